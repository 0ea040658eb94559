"""Fresh held-out round 3, French (fr): writes ledger.json, emails/*.eml and expected.json here.

Written by a QA pass from POLICY_SPEC.md (docs/policy.md) alone; deterministic, stdlib only.
Licence: MIT (like the project). All text was written for this project.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANG = "fr"
IST = timezone(timedelta(hours=5, minutes=30))
CEST = timezone(timedelta(hours=2))
EDT = timezone(timedelta(hours=-4))
LO_TO = "LeadsOptima Support <support@leadsoptima.com>"
OWD_TO = "Optima WebDesign <billing@optimawebdesign.com>"
OWD_GMAIL = "optimawebdesigns12@gmail.com"

LEDGER: dict = {"customers": [], "projects": [], "payments": []}
CASES: list = []
_EML: dict = {}
_N = [0]


def tax(amount: str) -> str:
    from decimal import Decimal, ROUND_HALF_UP
    return str((Decimal(amount) * Decimal("0.18")).quantize(Decimal("0.01"), ROUND_HALF_UP))


def lo_customer(email, name, plan, start, end, status="active", trial_ends=None):
    LEDGER["customers"].append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan,
                                "status": status, "trial_ends": trial_ends,
                                "current_period_start": start, "current_period_end": end})


def lo_pay(pid, inv, email, plan, amount, paid_at, ps, pe, status="paid"):
    LEDGER["payments"].append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email,
                               "kind": "subscription", "plan": plan, "amount": amount, "tax": tax(amount),
                               "currency": "INR", "paid_at": paid_at, "period_start": ps, "period_end": pe,
                               "status": status})


def owd_project(name, email, work_started_at=None):
    LEDGER["projects"].append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                               "work_started_at": work_started_at})


def owd_pay(pid, inv, project, kind, amount, paid_at, status="paid", setup_fee=None, service_start=None,
            next_billing_at=None, period_start=None, period_end=None, milestone_status=None):
    LEDGER["payments"].append({"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": project,
                               "kind": kind, "amount": amount, "tax": tax(amount), "currency": "INR",
                               "paid_at": paid_at, "status": status, "setup_fee": setup_fee,
                               "service_start": service_start, "next_billing_at": next_billing_at,
                               "period_start": period_start, "period_end": period_end,
                               "milestone_status": milestone_status})


def mail(name, frm, to, subject, when, body, html=None, headers=None, reply_to=None):
    """One email; `reply_to` is the file name of the customer's earlier email in the thread."""
    _N[0] += 1
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    mid = f"<fresh3-{LANG}-{_N[0]:03d}.{name}@mail.example>"
    msg["Message-ID"] = mid
    if reply_to:
        first = _EML[reply_to]
        support = f"<reply-{first.strip('<>')}>"
        msg["In-Reply-To"] = support
        msg["References"] = f"{first} {support}"
    for k, v in (headers or {}).items():
        msg[k] = v
    if html is not None and body is None:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(body)
        if html is not None:
            msg.add_alternative(html, subtype="html")
    _EML[name] = mid
    path = HERE / "emails" / f"{name}.eml"
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(msg.as_bytes(policy=SMTP))
    return f"emails/{name}.eml"


def case(cid, files, brand, status, spec, rules=(), decisions=(), missing=None, extra_ok=False, ambiguous=None):
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": list(files), "brand": brand, "status": status,
         "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    c["decisions"] = [dict(d) for d in decisions]
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if ambiguous:
        c["ambiguous"] = ambiguous
    CASES.append(c)


def refund(outcome, amount=None):
    d = {"intent": "refund", "outcome": outcome}
    if outcome == "approve":
        d["amount"] = amount
    return d


def cancel(outcome, effective_date=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if effective_date:
        d["effective_date"] = effective_date
    return d


def ist(y, mo, d, h=10, mi=0):
    return datetime(y, mo, d, h, mi, tzinfo=IST)


def cest(y, mo, d, h=10, mi=0):
    return datetime(y, mo, d, h, mi, tzinfo=CEST)


def edt(y, mo, d, h=10, mi=0):
    return datetime(y, mo, d, h, mi, tzinfo=EDT)


NNBSP = "\u202f"  # the narrow no-break space French writes in amounts ("1 499,00 ₹")

SIG_DISCLAIMER = """
--
Bien cordialement,

Élodie Marchand
Responsable administrative et financière
Marchand & Fils SAS — 14 rue des Tanneurs, 69002 Lyon
Tél. : 04 78 00 12 34

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de
ses destinataires. Toute utilisation non conforme à sa destination, toute diffusion ou toute
publication, totale ou partielle, est interdite, sauf autorisation expresse.
Pensez à l'environnement avant d'imprimer ce message.
"""


# ---------------------------------------------------------------------------------------------
# LeadsOptima
# ---------------------------------------------------------------------------------------------

def leadsoptima():
    # l01 duplicate inside the window, invoice typed sloppily
    lo_customer("julien.moreau@moreau-conseil.fr", "Julien Moreau", "quarterly", "2025-09-23", "2025-12-22")
    lo_pay("pfr_101", "LO-INV-81001", "julien.moreau@moreau-conseil.fr", "quarterly", "3999.00",
           "2025-09-23T09:40:00", "2025-09-23", "2025-12-22")
    lo_pay("pfr_102", "LO-INV-81002", "julien.moreau@moreau-conseil.fr", "quarterly", "3999.00",
           "2025-09-23T09:41:00", "2025-09-23", "2025-12-22")
    f = mail("l01-preleve-deux-fois", "Julien Moreau <julien.moreau@moreau-conseil.fr>", LO_TO,
             "Prélèvement en double", cest(2025, 9, 25, 10, 5),
             "Bonjour,\n\nJe constate sur mon relevé que l'abonnement trimestriel a été prélevé deux fois le 23"
             f" septembre (2 x 3{NNBSP}999,00 ₹). La facture du second prélèvement est la LO INV 81002.\n"
             "Pourriez-vous me rembourser le doublon ?\n\nMerci d'avance,\nJulien Moreau\nMoreau Conseil")
    case("l01-dup-inside", [f], "leadsoptima", "decided",
         "L2 duplicate_payment; two paid quarterly charges 3999.00 on 2025-09-23, same period; request"
         " 2025-09-25 (day 2) inside L3; L4 approve the duplicate's amount 3999.00; 'LO INV 81002' ="
         " LO-INV-81002 (section 8 invoice references)",
         decisions=[refund("approve", "3999.00")])

    # l02 duplicate: day 6 in Quebec, day 7 in the brand's zone -> still inside
    lo_customer("genevieve.tremblay@videotron.ca", "Geneviève Tremblay", "monthly", "2025-09-19", "2025-10-18")
    lo_pay("pfr_103", "LO-INV-81011", "genevieve.tremblay@videotron.ca", "monthly", "1499.00",
           "2025-09-19T22:00:00", "2025-09-19", "2025-10-18")
    lo_pay("pfr_104", "LO-INV-81012", "genevieve.tremblay@videotron.ca", "monthly", "1499.00",
           "2025-09-19T22:02:00", "2025-09-19", "2025-10-18")
    f = mail("l02-quebec-jour7", "Geneviève Tremblay <genevieve.tremblay@videotron.ca>", LO_TO,
             "Chargée deux fois pour le mois", edt(2025, 9, 25, 20, 0),
             "Allô,\n\nj'ai été chargée deux fois pour mon abonnement mensuel (1499 roupies, pis encore 1499"
             " deux minutes plus tard, le 19 septembre). Pouvez-vous me rembourser le deuxième paiement, facture"
             " LO-INV-81012 ?\n\nMerci beaucoup,\nGeneviève\n\nEnvoyé de mon iPhone")
    case("l02-dup-day7-quebec", [f], "leadsoptima", "decided",
         "Date 2025-09-25 20:00 -04:00 = 2025-09-26 05:30 IST; charges 2025-09-19 22:00 IST (day 0), request"
         " local date day 7 -> inside (L3 'day 7 is inside'); L4 approve 1499.00",
         decisions=[refund("approve", "1499.00")])

    # l03 duplicate on day 8
    lo_customer("c.lefevre@lefevre-avocats.fr", "Claire Lefèvre", "annual", "2025-09-10", "2026-09-09")
    lo_pay("pfr_105", "LO-INV-81021", "c.lefevre@lefevre-avocats.fr", "annual", "11988.00",
           "2025-09-10T11:00:00", "2025-09-10", "2026-09-09")
    lo_pay("pfr_106", "LO-INV-81022", "c.lefevre@lefevre-avocats.fr", "annual", "11988.00",
           "2025-09-10T11:00:30", "2025-09-10", "2026-09-09")
    f = mail("l03-doublon-jour8", "Claire Lefèvre <c.lefevre@lefevre-avocats.fr>", LO_TO,
             "Double débit abonnement annuel — LO-INV-81022", ist(2025, 9, 18, 9, 15),
             "Madame, Monsieur,\n\nNotre cabinet a été débité deux fois de 11.988,00 INR le 10/09 pour"
             " l'abonnement annuel. Je vous remercie de bien vouloir rembourser le second débit (LO-INV-81022)."
             "\n\nCordialement,\nClaire Lefèvre")
    case("l03-dup-day8", [f], "leadsoptima", "decided",
         "charge 2025-09-10 day 0; request 2025-09-18 day 8 > 7 -> L3 deny",
         decisions=[refund("deny")])

    # l04 billing error: wrong amount
    lo_customer("nicolas.girard@girard-batiment.fr", "Nicolas Girard", "monthly", "2025-09-24", "2025-10-23")
    lo_pay("pfr_107", "LO-INV-81031", "nicolas.girard@girard-batiment.fr", "monthly", "3999.00",
           "2025-09-24T08:00:00", "2025-09-24", "2025-10-23")
    f = mail("l04-montant-errone", "Nicolas Girard <nicolas.girard@girard-batiment.fr>", LO_TO,
             "Montant erroné facture LO-INV-81031", ist(2025, 9, 26, 12, 30),
             "Bonjour,\n\nJe suis sur la formule mensuelle à 1 499 ₹ mais ce mois-ci vous m'avez prélevé"
             " 3 999 ₹ (facture LO-INV-81031). Il doit y avoir une erreur de facturation, je n'ai rien changé."
             " Merci de me rembourser le trop-perçu.\n\nNicolas Girard\nGirard Bâtiment")
    case("l04-wrong-amount", [f], "leadsoptima", "decided",
         "L2 billing_error (wrong amount); charge 2025-09-24, request 2025-09-26 day 2 -> L5 escalate, no amount",
         decisions=[refund("escalate")])

    # l05 access failure inside
    lo_customer("amelie.roux@roux-immo.fr", "Amélie Roux", "annual", "2025-09-22", "2026-09-21")
    lo_pay("pfr_108", "LO-INV-81041", "amelie.roux@roux-immo.fr", "annual", "11988.00",
           "2025-09-22T10:00:00", "2025-09-22", "2026-09-21")
    f = mail("l05-impossible-connexion", "Amélie Roux <amelie.roux@roux-immo.fr>", LO_TO,
             "impossible de me connecter depuis le renouvellement", cest(2025, 9, 27, 8, 50),
             "Bonjour,\n\ndepuis le renouvellement de mon abonnement annuel le 22, impossible de me connecter :"
             " la page tourne dans le vide puis affiche une erreur 500. Votre support m'a dit d'attendre mais"
             " rien ne bouge depuis 4 jours. Je demande le remboursement de la facture LO-INV-81041.\n\n"
             "Amélie Roux")
    case("l05-access-inside", [f], "leadsoptima", "decided",
         "L2 access_failure (cannot log in); charge 2025-09-22, request 2025-09-27 12:20 IST day 5 -> L6 escalate",
         decisions=[refund("escalate")])

    # l06 past event: cancelled, charged anyway, but too late
    lo_customer("thomas.bernard@orange.fr", "Thomas Bernard", "monthly", "2025-09-02", "2025-10-01",
                status="cancelled")
    lo_pay("pfr_109", "LO-INV-81051", "thomas.bernard@orange.fr", "monthly", "1499.00",
           "2025-09-02T07:00:00", "2025-09-02", "2025-10-01")
    f = mail("l06-resilie-preleve-tard", "Thomas Bernard <thomas.bernard@orange.fr>", LO_TO,
             "prélevé après résiliation", ist(2025, 9, 20, 18, 0),
             "Bonjour\n\nJ'ai résilié le 28 août et vous m'avez quand même prélevé le 2 septembre (facture"
             " LO-INV-81051). Je veux être remboursé, ce n'est pas normal d'être débité après résiliation.\n\n"
             "T. Bernard")
    case("l06-charged-after-cancel-late", [f], "leadsoptima", "decided",
         "L2 billing_error ('charged after I cancelled'), but charge 2025-09-02 and request 2025-09-20 = day 18"
         " > 7 -> L3 deny. The past cancellation is a fact, not a new request.",
         decisions=[refund("deny")])

    # l07 L1: never used it, refund only
    lo_customer("sophie.dubois@dubois-traiteur.fr", "Sophie Dubois", "monthly", "2025-09-26", "2025-10-25")
    lo_pay("pfr_110", "LO-INV-81061", "sophie.dubois@dubois-traiteur.fr", "monthly", "1499.00",
           "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
    f = mail("l07-pas-utilise", "Sophie Dubois <sophie.dubois@dubois-traiteur.fr>", LO_TO,
             "Remboursement", ist(2025, 9, 27, 11, 0),
             "Bonjour,\n\nJe n'ai pas eu le temps d'utiliser la plateforme ce mois-ci (grosse saison des mariages)."
             " Serait-il possible de me rembourser la facture LO-INV-81061 ?\n\nBonne journée\nSophie Dubois\n"
             "Dubois Traiteur")
    case("l07-not-used", [f], "leadsoptima", "decided",
         "'did not use the product' is no L2 exception -> L1 deny (reply offers cancellation); no cancellation"
         " asked for",
         decisions=[refund("deny")])

    # l08 L1 + cancellation of the annual plan
    lo_customer("m.petit@petit-assurances.be", "Marc Petit", "annual", "2025-04-15", "2026-04-14")
    lo_pay("pfr_111", "LO-INV-81071", "m.petit@petit-assurances.be", "annual", "11988.00",
           "2025-04-15T10:00:00", "2025-04-15", "2026-04-14")
    f = mail("l08-resilier-prorata", "Marc Petit <m.petit@petit-assurances.be>", LO_TO,
             "Résiliation + remboursement au prorata", cest(2025, 9, 23, 14, 0),
             "Bonjour,\n\nNous fermons l'agence de Namur fin octobre. Je souhaite donc résilier notre abonnement"
             " annuel et être remboursé au prorata des mois non utilisés (facture LO-INV-81071).\n\n"
             "Salutations distinguées,\nMarc Petit\nPetit Assurances SPRL")
    case("l08-prorata-cancel", [f], "leadsoptima", "decided",
         "pro-rata refund of unused months is no L2 exception -> L1 deny ('no partial refunds for unused days');"
         " cancellation -> L8 cancel, effective current_period_end 2026-04-14",
         decisions=[refund("deny"), cancel("cancel", "2026-04-14")])

    # l09 L7 free trial
    lo_customer("hugo.fontaine@gmail.com", "Hugo Fontaine", "monthly", None, None, status="trial",
                trial_ends="2025-10-08")
    f = mail("l09-periode-essai", "Hugo Fontaine <hugo.fontaine@gmail.com>", LO_TO,
             "remboursement essai", ist(2025, 9, 28, 23, 10),
             "bonjour, je suis en periode d'essai gratuite et finalement l'outil ne me convient pas du tout"
             " (trop complique pour un auto-entrepreneur). merci de me rembourser et de ne rien me facturer."
             " hugo")
    case("l09-free-trial", [f], "leadsoptima", "decided",
         "account on a free trial, no charges in the ledger -> L7 deny (nothing to refund; no billing unless they"
         " subscribe); 'ne rien me facturer' is no cancellation of a paid plan",
         decisions=[refund("deny")], extra_ok=True)

    # l10 cancellation, monthly
    lo_customer("isabelle.mercier@mercier-deco.fr", "Isabelle Mercier", "monthly", "2025-09-08", "2025-10-07")
    lo_pay("pfr_112", "LO-INV-81081", "isabelle.mercier@mercier-deco.fr", "monthly", "1499.00",
           "2025-09-08T10:00:00", "2025-09-08", "2025-10-07")
    f = mail("l10-resiliation", "Isabelle Mercier <isabelle.mercier@mercier-deco.fr>", LO_TO,
             "Résiliation abonnement", ist(2025, 9, 24, 15, 0),
             "Bonjour,\n\nPar la présente je vous informe de la résiliation de mon abonnement mensuel. Merci de"
             " m'envoyer une confirmation.\n\nCordialement,\nIsabelle Mercier")
    case("l10-cancel-monthly", [f], "leadsoptima", "decided",
         "cancellation, reason not required (section 3) -> L8 cancel, effective current_period_end 2025-10-07",
         decisions=[cancel("cancel", "2025-10-07")])

    # l11 cancellation, fallback from a charge stored with a UTC offset
    lo_customer("contact@atelier-gaspard.fr", "Atelier Gaspard", "monthly", None, None)
    lo_pay("pfr_113", "LO-INV-81091", "contact@atelier-gaspard.fr", "monthly", "1499.00",
           "2025-08-31T21:00:00+00:00", "2025-09-01", None)
    f = mail("l11-arreter-abonnement", "Atelier Gaspard <contact@atelier-gaspard.fr>", LO_TO,
             "Arrêt de l'abonnement", ist(2025, 9, 19, 10, 0),
             "Bonjour,\n\nmerci d'arrêter notre abonnement mensuel LeadsOptima, nous n'en avons plus besoin depuis"
             " que nous travaillons uniquement sur recommandation.\n\nL'équipe de l'Atelier Gaspard")
    case("l11-cancel-fallback-offset", [f], "leadsoptima", "decided",
         "L8 fallback (no current_period_end): last charge 2025-08-31T21:00+00:00 = 2025-09-01 02:30 IST, local"
         " date 2025-09-01 (section 8 ledger times with an offset); + 1 month - 1 day = 2025-09-30",
         decisions=[cancel("cancel", "2025-09-30")])

    # l12 negation: not asking for a refund, just cancel
    lo_customer("pierre.lambert@lambert-auto.fr", "Pierre Lambert", "quarterly", "2025-07-20", "2025-10-19")
    lo_pay("pfr_114", "LO-INV-81101", "pierre.lambert@lambert-auto.fr", "quarterly", "3999.00",
           "2025-07-20T10:00:00", "2025-07-20", "2025-10-19")
    f = mail("l12-pas-de-remboursement", "Pierre Lambert <pierre.lambert@lambert-auto.fr>", LO_TO,
             "Fin d'abonnement", ist(2025, 9, 25, 9, 0),
             "Bonjour,\n\nJe ne demande pas de remboursement, le trimestre en cours est payé et c'est normal. Je"
             " souhaite simplement que l'abonnement ne soit pas reconduit en octobre.\n\nCdlt\nPierre Lambert\n"
             "Garage Lambert")
    case("l12-negated-refund", [f], "leadsoptima", "decided",
         "section 8 negation adds no refund intent; 'not renewed' is a cancellation -> L8 cancel, effective"
         " current_period_end 2025-10-19",
         decisions=[cancel("cancel", "2025-10-19")])

    # l13 hypothetical from a prospect
    f = mail("l13-si-jamais", "Karim Benali <karim.benali@benali-transports.fr>", LO_TO,
             "Question avant abonnement", ist(2025, 9, 22, 16, 0),
             "Bonjour,\n\nAvant de prendre la formule trimestrielle : si jamais la plateforme ne fonctionne pas"
             " avec notre CRM, est-ce que je pourrai être remboursé ? Sous quel délai faut-il le signaler ?\n\n"
             "Merci,\nKarim Benali")
    case("l13-hypothetical", [f], "leadsoptima", "other",
         "section 8: 'would I get a refund if...' before buying is a policy question -> other")

    # l14 how-to
    lo_customer("laura.blanc@blanc-formation.fr", "Laura Blanc", "annual", "2025-06-01", "2026-05-31")
    lo_pay("pfr_115", "LO-INV-81111", "laura.blanc@blanc-formation.fr", "annual", "11988.00",
           "2025-06-01T10:00:00", "2025-06-01", "2026-05-31")
    f = mail("l14-ajouter-utilisateur", "Laura Blanc <laura.blanc@blanc-formation.fr>", LO_TO,
             "Ajouter une collègue ?", ist(2025, 9, 30, 10, 0),
             "Bonjour,\n\nComment puis-je ajouter une collègue sur notre compte ? Je ne trouve pas l'option dans"
             " les paramètres.\n\nMerci !\nLaura")
    case("l14-howto", [f], "leadsoptima", "other",
         "how-to question, neither refund nor cancellation -> other")

    # l15 C2: personal hotmail, names the registered address
    lo_customer("v.garnier@garnier-paysage.fr", "Vincent Garnier", "monthly", "2025-09-15", "2025-10-14")
    lo_pay("pfr_116", "LO-INV-81121", "v.garnier@garnier-paysage.fr", "monthly", "1499.00",
           "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
    f = mail("l15-adresse-perso", "Vincent Garnier <vince.garnier@hotmail.fr>", LO_TO,
             "résilier mon compte", ist(2025, 9, 26, 20, 45),
             "Bonsoir,\n\nje vous écris depuis mon adresse perso car je n'ai plus accès à ma boîte pro. Mon compte"
             " est au nom de v.garnier@garnier-paysage.fr, je voudrais le résilier et savoir jusqu'à quand il"
             " reste actif.\n\nVincent Garnier")
    case("l15-c2-personal-address", [f], "leadsoptima", "need_info",
         "C2: sender vince.garnier@hotmail.fr is not the registered v.garnier@garnier-paysage.fr -> ask to write"
         " from the address on record, nothing about the account (worked example 5)", rules=["C2"])

    # l16 C2: Outlook TR: forward by a colleague
    lo_customer("a.robert@robert-menuiserie.fr", "Alain Robert", "annual", "2025-09-25", "2026-09-24")
    lo_pay("pfr_117", "LO-INV-81131", "a.robert@robert-menuiserie.fr", "annual", "11988.00",
           "2025-09-25T10:00:00", "2025-09-25", "2026-09-24")
    lo_pay("pfr_118", "LO-INV-81132", "a.robert@robert-menuiserie.fr", "annual", "11988.00",
           "2025-09-25T10:01:00", "2025-09-25", "2026-09-24")
    f = mail("l16-tr-collegue", "Compta Robert Menuiserie <compta@robert-menuiserie.fr>", LO_TO,
             "TR: double prélèvement LeadsOptima", ist(2025, 9, 26, 15, 30),
             "Bonjour,\n\nJe vous transfère la demande de M. Robert ci-dessous.\n\nCordialement,\nNadia, service"
             " comptabilité\n\n-----Message d'origine-----\nDe : Alain Robert <a.robert@robert-menuiserie.fr>\n"
             "Envoyé : vendredi 26 septembre 2025 10:12\nÀ : Compta <compta@robert-menuiserie.fr>\n"
             "Objet : double prélèvement LeadsOptima\n\nNadia, LeadsOptima nous a débité deux fois l'abonnement"
             " annuel hier (LO-INV-81132 est le doublon). Peux-tu leur demander le remboursement ? Le compte est"
             " à mon adresse a.robert@robert-menuiserie.fr.\nAlain")
    case("l16-c2-forward", [f], "leadsoptima", "need_info",
         "section 8 Forwards: the forwarded request names registered email a.robert@robert-menuiserie.fr, the"
         " sender is compta@... -> C2 (no approval although the duplicate is real)", rules=["C2"])

    # l17 C2: a customer of the other brand writes to LeadsOptima
    owd_project("Boulangerie Paulette Site", "paulette@boulangerie-paulette.fr", work_started_at="2025-08-01T10:00:00")
    owd_pay("qfr_290", "OWD-2025-490", "Boulangerie Paulette Site", "milestone", "18000.00", "2025-08-01T10:00:00",
            milestone_status="approved")
    f = mail("l17-mauvaise-marque", "Boulangerie Paulette <paulette@boulangerie-paulette.fr>", LO_TO,
             "Demande de remboursement", ist(2025, 9, 24, 7, 30),
             "Bonjour,\n\nJe souhaite le remboursement de la facture OWD-2025-490 pour le site de la boulangerie,"
             " le résultat ne nous plaît pas du tout.\n\nPaulette Girard")
    case("l17-c2-other-brand", [f], "leadsoptima", "need_info",
         "section 8 the other brand's customer: C1 picks LeadsOptima, the sender is unknown there -> C2",
         rules=["C2"])

    # l18 C4: opposition bancaire + UFC
    lo_customer("francois.caron@caron-pharma.fr", "François Caron", "quarterly", "2025-09-24", "2025-12-23")
    lo_pay("pfr_119", "LO-INV-81141", "francois.caron@caron-pharma.fr", "quarterly", "3999.00",
           "2025-09-24T10:00:00", "2025-09-24", "2025-12-23")
    f = mail("l18-opposition-bancaire", "François Caron <francois.caron@caron-pharma.fr>", LO_TO,
             "Réclamation LO-INV-81141", ist(2025, 9, 26, 11, 0),
             "Madame, Monsieur,\n\nJe n'ai jamais souscrit à la formule trimestrielle et je constate un"
             f" prélèvement de 3{NNBSP}999 ₹ (LO-INV-81141). Sans remboursement sous 48 heures, je fais opposition"
             " auprès de ma banque et je saisis l'UFC-Que Choisir.\n\nFrançois Caron")
    case("l18-c4-bank-dispute", [f], "leadsoptima", "decided",
         "C4: payment dispute through the bank ('opposition auprès de ma banque') and a consumer association ->"
         " escalate, no amount", rules=["C4"], decisions=[refund("escalate")])

    # l19 C4 covers the cancellation: avocat / mise en demeure
    lo_customer("direction@hotel-belvedere.fr", "Hôtel Belvédère", "annual", "2025-09-21", "2026-09-20")
    lo_pay("pfr_120", "LO-INV-81151", "direction@hotel-belvedere.fr", "annual", "11988.00",
           "2025-09-21T10:00:00", "2025-09-21", "2026-09-20")
    f = mail("l19-avocat-resiliation", "Direction Hôtel Belvédère <direction@hotel-belvedere.fr>", LO_TO,
             "Mise en demeure – résiliation et remboursement", ist(2025, 9, 23, 10, 0),
             "Madame, Monsieur,\n\nVotre plateforme ne charge plus depuis le 21 septembre, jour même du"
             " renouvellement (facture LO-INV-81151). Je résilie notre abonnement avec effet immédiat et exige le"
             " remboursement intégral. À défaut, notre avocat vous adressera une mise en demeure.\n\n"
             "La Direction")
    case("l19-c4-cancel-too", [f], "leadsoptima", "decided",
         "C4 (lawyer, formal notice) covers the whole case (section 8): refund and cancellation both escalate",
         rules=["C4"], decisions=[refund("escalate"), cancel("escalate")])

    # l20 C3 thread: invoice asked, then answered
    lo_customer("emma.chevalier@chevalier-yoga.fr", "Emma Chevalier", "monthly", "2025-09-21", "2025-10-20")
    lo_pay("pfr_121", "LO-INV-81161", "emma.chevalier@chevalier-yoga.fr", "monthly", "1499.00",
           "2025-08-21T10:00:00", "2025-08-21", "2025-09-20")
    lo_pay("pfr_122", "LO-INV-81162", "emma.chevalier@chevalier-yoga.fr", "monthly", "1499.00",
           "2025-09-21T10:00:00", "2025-09-21", "2025-10-20")
    f1 = mail("l20-acces-bloque", "Emma Chevalier <emma.chevalier@chevalier-yoga.fr>", LO_TO,
              "Compte bloqué", cest(2025, 9, 24, 9, 0),
              "Bonjour,\n\nMon compte est bloqué, je n'ai plus accès au tableau de bord depuis plusieurs jours"
              " malgré deux tickets au support. Je souhaite être remboursée.\n\nEmma Chevalier")
    f2 = mail("l20-reponse-facture", "Emma Chevalier <emma.chevalier@chevalier-yoga.fr>", LO_TO,
              "RE: Compte bloqué", cest(2025, 9, 25, 8, 0),
              "Bonjour,\n\nIl s'agit de la facture LO-INV-81162 (prélèvement du 21 septembre).\n\nEmma\n\n"
              "> Merci de nous indiquer le numéro de la facture concernée.", reply_to="l20-acces-bloque")
    case("l20-c3-invoice-asked", [f1], "leadsoptima", "need_info",
         "C3: access-failure refund, two charges on record and none named -> ask for invoice_number (plan from the"
         " ledger, reason given)", missing=["invoice_number"])
    case("l20b-c3-invoice-answered", [f1, f2], "leadsoptima", "decided",
         "C3 answer merged (In-Reply-To/References); access_failure on LO-INV-81162, charge 2025-09-21, request"
         " time = first email 2025-09-24 12:30 IST day 3 -> L6 escalate",
         decisions=[refund("escalate")])

    # l21 three identical charges
    lo_customer("gerance@sci-les-tilleuls.fr", "SCI Les Tilleuls", "quarterly", "2025-09-27", "2025-12-26")
    for i, t in enumerate(["10:00", "10:02", "10:05"]):
        lo_pay(f"pfr_13{i}", f"LO-INV-8117{i + 1}", "gerance@sci-les-tilleuls.fr", "quarterly", "3999.00",
               f"2025-09-27T{t}:00", "2025-09-27", "2025-12-26")
    f = mail("l21-trois-prelevements", "Gérance SCI Les Tilleuls <gerance@sci-les-tilleuls.fr>", LO_TO,
             "3 prélèvements au lieu d'un !", ist(2025, 9, 29, 9, 45),
             "Bonjour,\n\nLe 27/09 vous avez prélevé trois fois 3 999,00 ₹ pour le même trimestre (factures"
             " LO-INV-81172 et LO-INV-81173 en trop). Merci de rembourser les deux paiements en double.\n\n"
             "La gérance")
    case("l21-triple-charge", [f], "leadsoptima", "decided",
         "section 8 three or more identical charges: the 2nd and 3rd are duplicates, both inside L3 (day 2) ->"
         " approve 3999.00 + 3999.00 = 7998.00", decisions=[refund("approve", "7998.00")])

    # l22 reason missing: request + signature + disclaimer
    lo_customer("e.marchand@marchand-fils.fr", "Élodie Marchand", "monthly", "2025-09-28", "2025-10-27")
    lo_pay("pfr_134", "LO-INV-81181", "e.marchand@marchand-fils.fr", "monthly", "1499.00",
           "2025-09-28T10:00:00", "2025-09-28", "2025-10-27")
    f = mail("l22-sans-motif", "Élodie Marchand <e.marchand@marchand-fils.fr>", LO_TO,
             "Remboursement facture LO-INV-81181", ist(2025, 9, 29, 14, 0),
             "Bonjour,\n\nMerci de bien vouloir procéder au remboursement de la facture LO-INV-81181.\n"
             + SIG_DISCLAIMER)
    case("l22-reason-missing", [f], "leadsoptima", "need_info",
         "section 8 What a reason is: restating the request, signature and disclaimer are no reason; refunds need"
         " one -> need_info reason (plan from the ledger, invoice given)", missing=["reason"])

    # l23 C7 out-of-office
    f = mail("l23-reponse-auto", "Julien Moreau <julien.moreau@moreau-conseil.fr>", LO_TO,
             "Réponse automatique : Re: Prélèvement en double [LO-2214]", cest(2025, 9, 26, 7, 0),
             "Bonjour,\n\nJe suis absent du bureau jusqu'au lundi 6 octobre inclus, avec un accès limité à mes"
             " e-mails. Pour toute urgence, merci de contacter Léa au 01 23 45 67 89.\n\nCordialement,\n"
             "Julien Moreau", headers={"Auto-Submitted": "auto-replied"})
    case("l23-c7-out-of-office", [f], "leadsoptima", "ignore",
         "C7: Auto-Submitted: auto-replied -> ignore (worked example 12)", rules=["C7"])

    # l24 C7 newsletter
    f = mail("l24-newsletter", "Les Échos Entrepreneurs <newsletter@echos-entrepreneurs.example>", LO_TO,
             "Votre lettre hebdo : 5 astuces pour fidéliser vos clients", ist(2025, 9, 30, 6, 0),
             "Cette semaine : remboursements, résiliations, comment garder vos clients ?\n\nSe désinscrire :"
             " https://echos-entrepreneurs.example/desinscription",
             headers={"Precedence": "bulk", "List-Id": "Hebdo <hebdo.echos-entrepreneurs.example>",
                      "List-Unsubscribe": "<https://echos-entrepreneurs.example/desinscription>"})
    case("l24-c7-newsletter", [f], "leadsoptima", "ignore",
         "C7: Precedence: bulk and List-Id (mailing list) -> ignore", rules=["C7"])

    # l25 HTML-only duplicate
    lo_customer("olivier.faure@faure-energies.fr", "Olivier Faure", "monthly", "2025-09-29", "2025-10-28")
    lo_pay("pfr_135", "LO-INV-81191", "olivier.faure@faure-energies.fr", "monthly", "1499.00",
           "2025-09-29T06:00:00", "2025-09-29", "2025-10-28")
    lo_pay("pfr_136", "LO-INV-81192", "olivier.faure@faure-energies.fr", "monthly", "1499.00",
           "2025-09-29T06:00:40", "2025-09-29", "2025-10-28")
    f = mail("l25-html-doublon", "Olivier Faure <olivier.faure@faure-energies.fr>", LO_TO,
             "Paiement en double", ist(2025, 9, 30, 9, 0), None,
             html="<html><body><div>Bonjour,</div><div><br></div><div>J'ai payé deux fois l'abonnement mensuel ce"
                  " matin du 29 (deux lignes identiques de 1&nbsp;499&nbsp;₹). Merci de rembourser le doublon,"
                  " facture <b>LO-INV-81192</b>.</div><div><br></div><div>Olivier Faure<br>Faure Énergies</div>"
                  "</body></html>")
    case("l25-html-dup", [f], "leadsoptima", "decided",
         "HTML-only; duplicate pair 2025-09-29 same period, request day 1 -> L4 approve 1499.00",
         decisions=[refund("approve", "1499.00")])

    # l26 +tag address
    lo_customer("manon.perrin@perrin-photo.fr", "Manon Perrin", "monthly", "2025-09-12", "2025-10-11")
    lo_pay("pfr_137", "LO-INV-81201", "manon.perrin@perrin-photo.fr", "monthly", "1499.00",
           "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
    f = mail("l26-plus-tag", "Manon Perrin <manon.perrin+leads@perrin-photo.fr>", LO_TO,
             "Résilier", ist(2025, 9, 23, 13, 0),
             "Bonjour, je souhaite résilier mon abonnement mensuel. Merci, Manon Perrin")
    case("l26-c2-plus-tag", [f], "leadsoptima", "need_info",
         "section 8 Addresses: a +tag makes another address; manon.perrin+leads@ is not on record -> C2",
         rules=["C2"])


# ---------------------------------------------------------------------------------------------
# Optima WebDesign
# ---------------------------------------------------------------------------------------------

def optima():
    # o01 deposit inside 72 h (Belgian client)
    owd_project("Friterie Chez Luc Site", "luc@friterie-chezluc.be")
    owd_pay("qfr_201", "OWD-2025-401", "Friterie Chez Luc Site", "deposit", "12000.00", "2025-09-24T23:30:00")
    f = mail("o01-acompte-20h", "Friterie Chez Luc <luc@friterie-chezluc.be>", OWD_TO,
             "Remboursement acompte OWD-2025-401", cest(2025, 9, 25, 10, 0),
             "Bonjour,\n\nNous avons versé hier soir l'acompte pour le Friterie Chez Luc Site (facture"
             " OWD-2025-401). Ce matin le propriétaire du local nous a annoncé qu'il ne renouvelle pas le bail,"
             " nous fermons fin d'année. Pouvez-vous nous rembourser l'acompte ?\n\nUne fois, merci !\nLuc")
    case("o01-deposit-inside", [f], "optima_webdesign", "decided",
         "O2: paid 2025-09-24 23:30 IST (20:00 in Belgium, 'hier soir'); request 2025-09-25 10:00 +02:00 ="
         " 13:30 IST, 14 h, no work started ->"
         " approve 12000.00 (before tax)", decisions=[refund("approve", "12000.00")])

    # o02 deposit at 71 h 59
    owd_project("Cabinet Vétérinaire des Alpes", "accueil@veto-des-alpes.fr")
    owd_pay("qfr_202", "OWD-2025-402", "Cabinet Vétérinaire des Alpes", "deposit", "18000.00", "2025-09-10T10:00:00")
    f = mail("o02-acompte-71h59", "Cabinet Vétérinaire des Alpes <accueil@veto-des-alpes.fr>", OWD_TO,
             "Annulation projet et acompte", cest(2025, 9, 13, 6, 29),
             "Bonjour,\n\nSuite au départ de notre associée, nous annulons le projet Cabinet Vétérinaire des Alpes"
             " et demandons le remboursement de l'acompte (OWD-2025-402).\n\nCordialement,\nDr Anne Vidal")
    case("o02-deposit-71h59", [f], "optima_webdesign", "decided",
         "O2: paid 2025-09-10 10:00 IST; request 2025-09-13 06:29 +02:00 = 09:59 IST = 71 h 59 min < 72 h, no"
         " work started -> approve 18000.00", decisions=[refund("approve", "18000.00")], extra_ok=True)

    # o03 deposit after 4 days
    owd_project("Librairie Le Marque-Page", "libraire@lemarquepage.fr")
    owd_pay("qfr_203", "OWD-2025-403", "Librairie Le Marque-Page", "deposit", "10000.00", "2025-09-18T10:00:00")
    f = mail("o03-acompte-4-jours", "Librairie Le Marque-Page <libraire@lemarquepage.fr>", OWD_TO,
             "acompte OWD-2025-403", ist(2025, 9, 22, 17, 0),
             "Bonjour,\n\nFinalement la mairie nous offre une page sur le site de la ville, on n'a plus besoin"
             " de notre propre site (Librairie Le Marque-Page). Est-ce qu'on peut récupérer l'acompte"
             " OWD-2025-403 ?\n\nBien à vous,\nMathilde")
    case("o03-deposit-too-late", [f], "optima_webdesign", "decided",
         "O2: paid 2025-09-18 10:00, request 2025-09-22 17:00 IST = 103 h >= 72 h -> deny",
         decisions=[refund("deny")])

    # o04 discovery, work scheduled after the request
    owd_project("Domaine Rivière Œnotourisme", "contact@domaine-riviere.fr", work_started_at="2025-10-03T10:00:00")
    owd_pay("qfr_204", "OWD-2025-404", "Domaine Rivière Œnotourisme", "discovery", "20000.00", "2025-09-12T10:00:00")
    f = mail("o04-atelier-pas-commence", "Domaine Rivière <contact@domaine-riviere.fr>", OWD_TO,
             "Annulation atelier stratégie", ist(2025, 9, 26, 10, 0),
             "Bonjour,\n\nL'atelier de cadrage du Domaine Rivière Œnotourisme est prévu le 3 octobre, donc rien n'a"
             " encore commencé. Les vendanges ont été catastrophiques (grêle) et nous gelons tous les"
             " investissements. Merci de rembourser la facture OWD-2025-404.\n\nBien cordialement,\n"
             "Bertrand Rivière")
    case("o04-discovery-later-start", [f], "optima_webdesign", "decided",
         "O1: work_started_at 2025-10-03 is later than the request 2025-09-26 -> no session started -> approve in"
         " full 20000.00", decisions=[refund("approve", "20000.00")], extra_ok=True)

    # o05 discovery, deliverable delivered
    owd_project("Crèche Les Petits Loups", "direction@creche-petitsloups.fr", work_started_at="2025-09-08T10:00:00")
    owd_pay("qfr_205", "OWD-2025-405", "Crèche Les Petits Loups", "discovery", "9000.00", "2025-09-01T10:00:00")
    f = mail("o05-audit-livre", "Crèche Les Petits Loups <direction@creche-petitsloups.fr>", OWD_TO,
             "Remboursement audit OWD-2025-405", ist(2025, 9, 24, 11, 0),
             "Bonjour,\n\nL'audit livré le 15 septembre pour la Crèche Les Petits Loups ne nous apporte rien de"
             " concret, ce sont des généralités. Nous demandons le remboursement de la facture OWD-2025-405.\n\n"
             "Sylvie Morel, directrice")
    case("o05-discovery-started", [f], "optima_webdesign", "decided",
         "O1: work started 2025-09-08 (before the request), deliverable delivered -> deny",
         decisions=[refund("deny")])

    # o06 milestone not started
    owd_project("Club de Tennis Val d'Or App", "secretariat@tc-valdor.fr", work_started_at="2025-07-15T10:00:00")
    owd_pay("qfr_206", "OWD-2025-406", "Club de Tennis Val d'Or App", "milestone", "30000.00", "2025-07-15T10:00:00",
            milestone_status="completed")
    owd_pay("qfr_207", "OWD-2025-407", "Club de Tennis Val d'Or App", "milestone", "24500.00", "2025-09-05T10:00:00",
            milestone_status="not_started")
    f = mail("o06-jalon-pas-commence", "TC Val d'Or <secretariat@tc-valdor.fr>", OWD_TO,
             "Jalon 3 – paiement en ligne", ist(2025, 9, 25, 18, 0),
             "Bonjour,\n\nLe bureau du club a voté contre le paiement en ligne des cotisations. Le jalon 3 du"
             " Club de Tennis Val d'Or App (facture OWD-2025-407, 24 500 ₹) n'a pas démarré : merci de nous le"
             " rembourser.\n\nSportivement,\nLe secrétariat")
    case("o06-milestone-not-started", [f], "optima_webdesign", "decided",
         "O3: milestone OWD-2025-407 not_started -> approve its amount 24500.00",
         decisions=[refund("approve", "24500.00")])

    # o07 milestone approved
    owd_project("Opticien Lumière E-shop", "boutique@opticien-lumiere.fr", work_started_at="2025-06-01T10:00:00")
    owd_pay("qfr_208", "OWD-2025-408", "Opticien Lumière E-shop", "milestone", "32000.00", "2025-08-10T10:00:00",
            milestone_status="approved")
    f = mail("o07-jalon-valide", "Opticien Lumière <boutique@opticien-lumiere.fr>", OWD_TO,
             "Remboursement maquettes", ist(2025, 9, 19, 12, 0),
             "Bonjour,\n\nNous avions validé les maquettes (Opticien Lumière E-shop, OWD-2025-408) mais en les"
             " revoyant avec notre franchiseur elles ne respectent pas la charte. Nous souhaitons être"
             " remboursés.\n\nCordialement,\nPatrick Lumière")
    case("o07-milestone-approved", [f], "optima_webdesign", "decided",
         "O3/O6: milestone approved -> deny (approved milestones are non-refundable)",
         decisions=[refund("deny")])

    # o08 milestone in progress
    owd_project("Association Les Restos du Quartier", "bureau@restos-quartier.org", work_started_at="2025-08-01T10:00:00")
    owd_pay("qfr_209", "OWD-2025-409", "Association Les Restos du Quartier", "milestone", "15000.00",
            "2025-09-01T10:00:00", milestone_status="in_progress")
    f = mail("o08-jalon-en-cours", "Les Restos du Quartier <bureau@restos-quartier.org>", OWD_TO,
             "Arrêt du jalon en cours OWD-2025-409", ist(2025, 9, 23, 15, 0),
             "Bonjour,\n\nNotre subvention n'a pas été renouvelée. Pour l'Association Les Restos du Quartier,"
             " pouvez-vous arrêter le jalon en cours et nous rembourser la partie non réalisée (OWD-2025-409) ?"
             "\n\nMerci pour votre compréhension,\nJeanne, trésorière")
    case("o08-milestone-in-progress", [f], "optima_webdesign", "decided",
         "O3: milestone in_progress -> escalate (value of work not started needs a person), no amount",
         decisions=[refund("escalate")], extra_ok=True)

    # o09 retainer, ample notice
    owd_project("Clinique Saint-Roch Blog", "communication@clinique-saintroch.fr", work_started_at="2025-01-20T10:00:00")
    owd_pay("qfr_210", "OWD-2025-410", "Clinique Saint-Roch Blog", "retainer", "16000.00", "2025-09-20T10:00:00",
            next_billing_at="2025-10-20", period_start="2025-09-20", period_end="2025-10-19")
    f = mail("o09-forfait-resiliation", "Communication Clinique Saint-Roch <communication@clinique-saintroch.fr>",
             OWD_TO, "Résiliation forfait mensuel — Clinique Saint-Roch Blog", ist(2025, 9, 30, 10, 0),
             "Bonjour,\n\nNous résilions le forfait de rédaction mensuel pour le Clinique Saint-Roch Blog (dernière"
             " facture OWD-2025-410) : le groupe centralise désormais la communication au siège.\n\n"
             "Cordialement,\nService communication")
    case("o09-retainer-notice-ok", [f], "optima_webdesign", "decided",
         "O4/O8: next_billing_at 2025-10-20, 7 days before = 2025-10-13; request 2025-09-30 -> cancel, effective"
         " 2025-10-19", decisions=[cancel("cancel", "2025-10-19")])

    # o10 retainer: 7 days in Paris, 6 days in the brand's zone
    owd_project("Fromagerie Duval Réseaux", "fromagerie.duval@wanadoo.fr", work_started_at="2025-03-06T10:00:00")
    owd_pay("qfr_211", "OWD-2025-411", "Fromagerie Duval Réseaux", "retainer", "7500.00", "2025-09-06T10:00:00",
            next_billing_at="2025-10-06", period_start="2025-09-06", period_end="2025-10-05")
    f = mail("o10-preavis-fuseau", "Fromagerie Duval <fromagerie.duval@wanadoo.fr>", OWD_TO,
             "fin de la gestion des réseaux sociaux", cest(2025, 9, 29, 21, 0),
             "Bonsoir,\n\nje vous préviens 7 jours avant comme prévu au contrat : j'arrête la gestion des réseaux"
             " sociaux (Fromagerie Duval Réseaux, facture OWD-2025-411). Ma fille reprend Instagram elle-même.\n\n"
             "Bonne soirée\nRené Duval")
    case("o10-retainer-notice-zone", [f], "optima_webdesign", "decided",
         "O4: Date 2025-09-29 21:00 +02:00 = 2025-09-30 00:30 IST; next_billing_at 2025-10-06 minus 7 ="
         " 2025-09-29 < 2025-09-30 -> less than 7 days: next cycle 2025-10-06..2025-11-05 is billed; cancel"
         " effective 2025-11-05", decisions=[cancel("cancel", "2025-11-05")])

    # o11 retainer, short notice
    owd_project("Agence Horizon Voyages SEA", "marketing@horizon-voyages.fr", work_started_at="2025-02-02T10:00:00")
    owd_pay("qfr_212", "OWD-2025-412", "Agence Horizon Voyages SEA", "retainer", "14000.00", "2025-09-02T10:00:00",
            next_billing_at="2025-10-02", period_start="2025-09-02", period_end="2025-10-01")
    f = mail("o11-preavis-court", "Horizon Voyages Marketing <marketing@horizon-voyages.fr>", OWD_TO,
             "Arrêt campagnes Google Ads", ist(2025, 9, 29, 12, 0),
             "Bonjour,\n\nNous mettons fin à la gestion des campagnes (Agence Horizon Voyages SEA, OWD-2025-412) :"
             " notre budget publicitaire est coupé jusqu'à l'an prochain.\n\nMerci,\nKevin Rousseau")
    case("o11-retainer-short-notice", [f], "optima_webdesign", "decided",
         "O4: next_billing_at 2025-10-02, notice 3 days < 7 -> next cycle 2025-10-02..2025-11-01 is billed;"
         " cancel effective 2025-11-01", decisions=[cancel("cancel", "2025-11-01")])

    # o12 retainer: next cycle already paid, notice >= 7 days
    owd_project("Mutuelle Solidaire Extranet", "dsi@mutuelle-solidaire.fr", work_started_at="2025-01-01T10:00:00")
    owd_pay("qfr_213", "OWD-2025-413", "Mutuelle Solidaire Extranet", "retainer", "25000.00", "2025-09-01T10:00:00",
            period_start="2025-09-01", period_end="2025-09-30")
    owd_pay("qfr_214", "OWD-2025-414", "Mutuelle Solidaire Extranet", "retainer", "25000.00", "2025-09-15T10:00:00",
            next_billing_at="2025-11-01", period_start="2025-10-01", period_end="2025-10-31")
    f = mail("o12-octobre-deja-paye", "DSI Mutuelle Solidaire <dsi@mutuelle-solidaire.fr>", OWD_TO,
             "Résiliation contrat de maintenance extranet", ist(2025, 9, 19, 11, 0),
             "Bonjour,\n\nNous résilions le contrat mensuel pour la Mutuelle Solidaire Extranet à la fin du mois de"
             " septembre ; l'extranet est remplacé par l'outil de notre fédération. Octobre a déjà été réglé"
             " (OWD-2025-414), merci de nous dire ce qu'il en est.\n\nCordialement,\nLa DSI")
    case("o12-retainer-paid-ahead", [f], "optima_webdesign", "decided",
         "section 8 Retainer paid in advance: cycle 2025-10-01..10-31 is paid and starts 12 days after the"
         " request (>= 7 days) -> the cancellation is escalate", decisions=[cancel("escalate")], extra_ok=True)

    # o13 hosting annual within 14 days, rounding
    owd_project("Camping Les Flots Bleus Site", "accueil@camping-flotsbleus.fr", work_started_at="2025-06-01T10:00:00")
    owd_pay("qfr_215", "OWD-2025-415", "Camping Les Flots Bleus Site", "hosting_annual", "24000.00",
            "2025-09-15T10:00:00", setup_fee="2500.00", service_start="2025-09-15")
    f = mail("o13-hebergement-prorata", "Camping Les Flots Bleus <accueil@camping-flotsbleus.fr>", OWD_TO,
             "Hébergement annuel : résiliation et remboursement", ist(2025, 9, 25, 16, 0),
             "Bonjour,\n\nNotre nouvelle centrale de réservation héberge le site gratuitement. Nous souhaitons"
             " donc résilier l'hébergement annuel du Camping Les Flots Bleus Site (facture OWD-2025-415) et être"
             " remboursés au prorata.\n\nCordialement,\nFamille Le Goff")
    case("o13-hosting-rounding", [f], "optima_webdesign", "decided",
         "O5: service_start 2025-09-15, request 2025-09-25 day 10 <= 14; monthly_value = (24000 - 2500)/12 ="
         " 1791.666...; refund = 24000 - 2500 - 1791.666... = 19708.333... -> 19708.33 (C6); a cancellation"
         " decision may accompany it", decisions=[refund("approve", "19708.33")], extra_ok=True)

    # o14 maintenance annual before the service starts
    owd_project("Notaires Associés Morel Site", "office@notaires-morel.fr", work_started_at="2025-08-01T10:00:00")
    owd_pay("qfr_216", "OWD-2025-416", "Notaires Associés Morel Site", "maintenance_annual", "12000.00",
            "2025-09-26T10:00:00", setup_fee="0.00", service_start="2025-10-05")
    f = mail("o14-maintenance-avant-debut", "Office Notarial Morel <office@notaires-morel.fr>", OWD_TO,
             "Contrat de maintenance OWD-2025-416", ist(2025, 9, 28, 10, 0),
             "Maître Morel souhaite annuler le contrat de maintenance annuel du Notaires Associés Morel Site"
             " (OWD-2025-416) avant même son démarrage : l'étude fusionne avec un autre office qui dispose déjà"
             " d'un prestataire. Merci de procéder au remboursement.\n\nPour l'office,\nCorinne Masson")
    case("o14-maintenance-before-start", [f], "optima_webdesign", "decided",
         "O5 + section 8 (before the service starts consumed_months is 1): monthly_value = 12000/12 = 1000;"
         " refund = 12000 - 0 - 1000 = 11000.00", decisions=[refund("approve", "11000.00")], extra_ok=True)

    # o15 hosting annual day 20
    owd_project("Salon de Thé Madeleine Site", "bonjour@the-madeleine.fr", work_started_at="2025-07-01T10:00:00")
    owd_pay("qfr_217", "OWD-2025-417", "Salon de Thé Madeleine Site", "hosting_annual", "9600.00",
            "2025-09-05T10:00:00", setup_fee="1200.00", service_start="2025-09-05")
    f = mail("o15-hebergement-jour20", "Salon de Thé Madeleine <bonjour@the-madeleine.fr>", OWD_TO,
             "Remboursement hébergement", ist(2025, 9, 25, 10, 0),
             "Bonjour,\n\nJe pensais que l'hébergement était inclus dans le prix du site. Je voudrais annuler"
             " l'hébergement du Salon de Thé Madeleine Site (OWD-2025-417) et être remboursée.\n\nMadeleine")
    case("o15-hosting-day20", [f], "optima_webdesign", "decided",
         "O5: service_start 2025-09-05, request 2025-09-25 day 20 > 14 -> deny", decisions=[refund("deny")],
         extra_ok=True)

    # o16 third party: premium theme + plugin licences
    owd_project("Cave à Bières Houblon Shop", "houblon@cave-houblon.fr", work_started_at="2025-08-01T10:00:00")
    owd_pay("qfr_218", "OWD-2025-418", "Cave à Bières Houblon Shop", "third_party", "5400.00", "2025-09-20T10:00:00")
    f = mail("o16-theme-licences", "Cave Houblon <houblon@cave-houblon.fr>", OWD_TO,
             "licences thème + plugins", ist(2025, 9, 21, 19, 0),
             "Salut l'équipe,\n\nvous nous avez facturé le thème premium et les licences de plugins"
             " (OWD-2025-418, Cave à Bières Houblon Shop). On a trouvé un thème gratuit qui nous plaît plus,"
             " vous pouvez nous rembourser ?\n\nMerci !\nAntoine")
    case("o16-third-party", [f], "optima_webdesign", "decided",
         "O6: kind third_party (premium theme, plugin licences) -> deny citing Non-refundable items",
         decisions=[refund("deny")])

    # o17 rush fee
    owd_project("Salon Auto Rétro Évènement", "orga@salon-auto-retro.fr", work_started_at="2025-09-01T10:00:00")
    owd_pay("qfr_219", "OWD-2025-419", "Salon Auto Rétro Évènement", "rush", "8000.00", "2025-09-02T10:00:00")
    f = mail("o17-frais-urgence", "Salon Auto Rétro <orga@salon-auto-retro.fr>", OWD_TO,
             "Frais d'urgence OWD-2025-419", ist(2025, 9, 24, 9, 0),
             "Bonjour,\n\nLe salon a été reporté au printemps, la livraison express du site Salon Auto Rétro"
             " Évènement ne servait donc à rien. Nous demandons le remboursement des frais d'urgence"
             " (OWD-2025-419).\n\nL'organisation")
    case("o17-rush", [f], "optima_webdesign", "decided",
         "O6: kind rush (expedited fee) -> deny", decisions=[refund("deny")])

    # o18 setup fee
    owd_project("Institut Beauté Zen Réservation", "contact@institut-zen.fr", work_started_at="2025-09-10T10:00:00")
    owd_pay("qfr_220", "OWD-2025-420", "Institut Beauté Zen Réservation", "setup", "4000.00", "2025-09-27T10:00:00")
    f = mail("o18-frais-installation", "Institut Zen <contact@institut-zen.fr>", OWD_TO,
             "Frais de mise en service", ist(2025, 9, 28, 11, 0),
             "Bonjour,\n\nOn nous a facturé des frais de mise en service (OWD-2025-420) pour l'Institut Beauté Zen"
             " Réservation alors que le module n'est pas encore utilisé par nos clientes. Je souhaite qu'ils"
             " soient remboursés.\n\nCordialement,\nSamia")
    case("o18-setup", [f], "optima_webdesign", "decided",
         "O6: kind setup (setup/activation fee) -> deny", decisions=[refund("deny")])

    # o19 C2: TR: forward from the web agency's freelancer naming the contract email
    owd_project("Pâtisserie Aurore Vitrine", "aurore@patisserie-aurore.fr")
    owd_pay("qfr_221", "OWD-2025-421", "Pâtisserie Aurore Vitrine", "deposit", "11000.00", "2025-09-29T10:00:00")
    f = mail("o19-tr-prestataire", "Lucas Renard <lucas.renard.freelance@gmail.com>", OWD_TO,
             "TR: acompte Pâtisserie Aurore", ist(2025, 9, 30, 9, 0),
             "Bonjour, je transfère pour ma cliente, merci de faire le nécessaire.\n\n"
             "-------- Message transféré --------\nSujet : acompte Pâtisserie Aurore\n"
             "Date : Mon, 29 Sep 2025 18:40:11 +0200\nDe : Aurore Lemaire <aurore@patisserie-aurore.fr>\n"
             "Pour : Lucas Renard <lucas.renard.freelance@gmail.com>\n\nLucas, peux-tu demander à Optima de me"
             " rembourser l'acompte OWD-2025-421 pour la Pâtisserie Aurore Vitrine ? Je préfère finalement"
             " garder ma page Facebook, c'est suffisant. Mon adresse du contrat est aurore@patisserie-aurore.fr."
             "\nAurore")
    case("o19-c2-forward", [f], "optima_webdesign", "need_info",
         "section 8 Forwards: the forwarded request names contract email aurore@patisserie-aurore.fr; sender is a"
         " gmail address -> C2, no refund although within 72 h", rules=["C2"])

    # o20 C2: unknown sender
    f = mail("o20-inconnu", "Service Achats <achats@groupe-vasseur.fr>", OWD_TO,
             "Remboursement facture OWD-2025-499", ist(2025, 9, 27, 10, 0),
             "Bonjour,\n\nNous vous prions de rembourser la facture OWD-2025-499 relative au projet Vasseur"
             " Intranet, la prestation ayant été annulée par notre direction.\n\nLe service achats")
    case("o20-c2-unknown-sender", [f], "optima_webdesign", "need_info",
         "C2: sender achats@groupe-vasseur.fr is no contract email on record (no such project or invoice either)"
         " -> ask for the request from the contract email", rules=["C2"])

    # o21 C4: contestation bancaire + médiateur
    owd_project("Garage Mécanique Leroy Site", "garage.leroy@orange.fr", work_started_at="2025-08-15T10:00:00")
    owd_pay("qfr_222", "OWD-2025-422", "Garage Mécanique Leroy Site", "milestone", "21000.00", "2025-09-01T10:00:00",
            milestone_status="completed")
    f = mail("o21-contestation", "Garage Leroy <garage.leroy@orange.fr>", OWD_TO,
             "Litige facture OWD-2025-422", ist(2025, 9, 26, 8, 0),
             "Bonjour,\n\nLe site du Garage Mécanique Leroy livré ne fonctionne pas sur mobile, les clients ne"
             " peuvent pas prendre rendez-vous. Je veux être remboursé de la facture OWD-2025-422. Sinon je"
             " conteste le paiement auprès de ma banque et je saisis le médiateur de la consommation.\n\n"
             "Didier Leroy")
    case("o21-c4-dispute", [f], "optima_webdesign", "decided",
         "C4: disputing the payment with the bank and a consumer mediator -> escalate",
         rules=["C4"], decisions=[refund("escalate")])

    # o22 C3 thread: reason asked; answered after 72 h, request time is the first email
    owd_project("Ferme Bio du Vallon Boutique", "ferme@biovallon.fr")
    owd_pay("qfr_223", "OWD-2025-423", "Ferme Bio du Vallon Boutique", "deposit", "8500.00", "2025-09-20T09:00:00")
    f1 = mail("o22-acompte-sans-motif", "Ferme Bio du Vallon <ferme@biovallon.fr>", OWD_TO,
              "Acompte Ferme Bio du Vallon Boutique", ist(2025, 9, 21, 15, 0),
              "Bonjour,\n\nMerci de rembourser l'acompte OWD-2025-423 (projet Ferme Bio du Vallon Boutique).\n\n"
              "Cordialement,\nPaul et Agnès Vallon\nFerme Bio du Vallon — Paniers bio tous les jeudis")
    f2 = mail("o22-motif", "Ferme Bio du Vallon <ferme@biovallon.fr>", OWD_TO,
              "RE: Acompte Ferme Bio du Vallon Boutique [OWD-3307]", ist(2025, 9, 24, 12, 0),
              "Bonjour,\n\nLa raison : la coopérative dont nous faisons partie lance une boutique commune, nous"
              " n'avons plus besoin de la nôtre.\n\nPaul Vallon\n\n> Pourriez-vous nous indiquer le motif de votre"
              " demande ?", reply_to="o22-acompte-sans-motif")
    case("o22-c3-reason-asked", [f1], "optima_webdesign", "need_info",
         "C3: Optima requires a reason; the mail only restates the request and signs -> need_info reason",
         missing=["reason"])
    case("o22b-c3-reason-answered", [f1, f2], "optima_webdesign", "decided",
         "C3 answer merged; request time = first email 2025-09-21 15:00 (section 1), 30 h after payment"
         " 2025-09-20 09:00, no work started -> O2 approve 8500.00 (the answer came 75 h after payment)",
         decisions=[refund("approve", "8500.00")])

    # o23 C7: the brand's own address
    f = mail("o23-propre-adresse", "Optima WebDesign Support <support@optimawebdesign.com>", OWD_TO,
             "Fwd: rappel facture OWD-2025-410", ist(2025, 9, 29, 9, 0),
             "Pour info, relance envoyée au client. Remboursement à vérifier.\n")
    case("o23-c7-own-address", [f], "optima_webdesign", "ignore",
         "C7: mail from the brand's own address -> ignore", rules=["C7"])

    # o24 other: invoice copy
    owd_project("Bijouterie Opale Site", "opale@bijouterie-opale.fr", work_started_at="2025-07-01T10:00:00")
    owd_pay("qfr_224", "OWD-2025-424", "Bijouterie Opale Site", "milestone", "19000.00", "2025-09-10T10:00:00",
            milestone_status="in_progress")
    f = mail("o24-duplicata-facture", "Bijouterie Opale <opale@bijouterie-opale.fr>", OWD_TO,
             "Duplicata facture", ist(2025, 9, 30, 15, 0),
             "Bonjour,\n\nPourriez-vous me renvoyer la facture OWD-2025-424 en PDF avec notre numéro de TVA"
             " intracommunautaire ? Notre comptable la réclame.\n\nMerci,\nCéline")
    case("o24-other-invoice-copy", [f], "optima_webdesign", "other",
         "request for an invoice copy: neither refund nor cancellation -> other")

    # o25 negation, cancel a retainer
    owd_project("Cabinet Kiné Moulin Newsletter", "kine.moulin@gmail.com", work_started_at="2025-02-15T10:00:00")
    owd_pay("qfr_225", "OWD-2025-425", "Cabinet Kiné Moulin Newsletter", "retainer", "4500.00", "2025-09-15T10:00:00",
            next_billing_at="2025-10-15", period_start="2025-09-15", period_end="2025-10-14")
    f = mail("o25-pas-de-remboursement", "Cabinet Kiné Moulin <kine.moulin@gmail.com>", OWD_TO,
             "Newsletter", ist(2025, 9, 27, 13, 0),
             "Bonjour,\n\nPas besoin de remboursement pour septembre, tout s'est bien passé. Par contre on"
             " arrête la newsletter mensuelle (Cabinet Kiné Moulin Newsletter, OWD-2025-425) car je pars à la"
             " retraite fin octobre.\n\nMerci pour tout,\nGérard Moulin")
    case("o25-negated-refund-cancel", [f], "optima_webdesign", "decided",
         "section 8 negation adds no refund intent; O4: next_billing_at 2025-10-15, 7 days before = 2025-10-08,"
         " request 2025-09-27 -> cancel, effective 2025-10-14", decisions=[cancel("cancel", "2025-10-14")])

    # o26 HTML-only Gmail forward from the contract address itself
    owd_project("Auberge du Lac Réservations", "auberge.dulac@free.fr")
    owd_pay("qfr_226", "OWD-2025-426", "Auberge du Lac Réservations", "discovery", "11500.00", "2025-09-16T10:00:00")
    f = mail("o26-html-transfert", "Auberge du Lac <auberge.dulac@free.fr>", OWD_GMAIL,
             "Fwd: Annulation atelier", ist(2025, 9, 23, 10, 0), None,
             html="<div>Je vous renvoie mon message, envoyé par erreur à votre ancienne adresse.</div><br>"
                  "<div class='gmail_quote'>---------- Forwarded message ---------<br>De&nbsp;: <b>Auberge du Lac"
                  "</b> &lt;auberge.dulac@free.fr&gt;<br>Date: lun. 22 sept. 2025 à 17:03<br>Subject: Annulation"
                  " atelier<br>To: &lt;contact@optima-old.example&gt;<br><br><div>Bonjour, nous annulons l'atelier de"
                  " découverte prévu pour l'Auberge du Lac Réservations (facture OWD-2025-426) : l'auberge est mise"
                  " en vente. Merci de nous rembourser.<br>Hélène Besson</div></div>")
    case("o26-html-forward-discovery", [f], "optima_webdesign", "decided",
         "HTML-only forward by the contract address itself to the brand's gmail mailbox; O1: discovery with"
         " work_started_at empty -> approve 11500.00", decisions=[refund("approve", "11500.00")], extra_ok=True)

    # o27 deposit whose payment failed
    owd_project("Studio Danse Étoile Site", "studio@danse-etoile.fr")
    owd_pay("qfr_227", "OWD-2025-427", "Studio Danse Étoile Site", "deposit", "9500.00", "2025-09-29T10:00:00",
            status="failed")
    f = mail("o27-paiement-echoue", "Studio Danse Étoile <studio@danse-etoile.fr>", OWD_TO,
             "Acompte OWD-2025-427", ist(2025, 9, 30, 12, 0),
             "Bonjour,\n\nNous avons décidé de reporter le projet Studio Danse Étoile Site à l'an prochain (travaux"
             " dans la salle). Merci de rembourser l'acompte OWD-2025-427, ma banque indique un débit.\n\n"
             "Claire Dumont")
    case("o27-payment-failed", [f], "optima_webdesign", "decided",
         "section 8 Payments not paid: OWD-2025-427 has status failed -> escalate (even though 26 h < 72 h)",
         decisions=[refund("escalate")])

    # o28 C3: cancellation whose only 'reason' is a forwarding note
    owd_project("Plomberie Masson SEO", "plomberie.masson@sfr.fr", work_started_at="2025-04-10T10:00:00")
    owd_pay("qfr_228", "OWD-2025-428", "Plomberie Masson SEO", "retainer", "6000.00", "2025-09-10T10:00:00",
            next_billing_at="2025-10-10", period_start="2025-09-10", period_end="2025-10-09")
    f = mail("o28-note-de-transfert", "Plomberie Masson <plomberie.masson@sfr.fr>", OWD_TO,
             "TR: SEO", ist(2025, 9, 24, 18, 0),
             "Voir ci-dessous, merci de faire le nécessaire.\n\n-----Message d'origine-----\nDe : Masson Jacques\n"
             "Envoyé : mercredi 24 septembre 2025 11:02\nÀ : Plomberie Masson\nObjet : SEO\n\nArrêter le contrat"
             " SEO Plomberie Masson SEO chez Optima, facture OWD-2025-428.\nJM")
    case("o28-forward-note-no-reason", [f], "optima_webdesign", "need_info",
         "section 8: forwarding notes ('voir ci-dessous', 'faire le nécessaire') and restating the request are no"
         " reason; Optima requires one for cancellations -> need_info reason", missing=["reason"])


README_HEAD = """# Fresh held-out round 3: {lang_name} (`{lang}`)

Written by a QA pass in this session, from POLICY_SPEC.md (`docs/policy.md`) alone, without reading
the product's code, its language packs or the earlier rounds' emails; the bot's answers were not
looked at. All names, companies, addresses and texts are invented and were written for this project.

Licence: MIT, like the project.

`make_cases.py` (stdlib only, deterministic) writes `ledger.json`, `emails/*.eml`, `expected.json`
and this README; run `python3 make_cases.py` in this folder. The harness runs each case with
`--now 2025-10-01T10:00:00+05:30`; a request's time is its first email's `Date:` header (some are in
{zone_note}, and are counted in the brands' zone, Asia/Kolkata).

Windows are counted in calendar days in Asia/Kolkata (payment day 0), amounts are before tax as
Decimal strings, effective dates are the last active day (POLICY_SPEC.md sections 1, 3, 4 and 8).
Threads list the customer's emails only, the answer carrying In-Reply-To/References.

## Cases ({n})

One line each: id (brand, files): expected status and decisions; why.

"""


def write_readme(lang_name, zone_note):
    lines = []
    for c in CASES:
        dec = ", ".join(f"{x['intent']} {x['outcome']}" + (f" {x['amount']}" if x.get("amount") else "")
                        + (f" until {x['effective_date']}" if x.get("effective_date") else "")
                        for x in c["decisions"])
        bits = [c["status"]] + ([dec] if dec else [])
        if c["rules"]:
            bits.append("rules " + "/".join(c["rules"]))
        if c.get("missing"):
            bits.append("missing " + ",".join(c["missing"]))
        amb = " (ambiguous)" if c.get("ambiguous") else ""
        lines.append(f"- `{c['id']}` ({c['brand']}, {len(c['files'])}): {'; '.join(bits)}{amb}. {c['spec']}")
    text = README_HEAD.format(lang_name=lang_name, lang=LANG, zone_note=zone_note, n=len(CASES))
    (HERE / "README.md").write_text(text + "\n".join(lines) + "\n", encoding="utf-8")


def main():
    for p in (HERE / "emails").glob("*.eml"):
        p.unlink()
    leadsoptima()
    optima()
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids))
    invs = [p["invoice"] for p in LEDGER["payments"]]
    assert len(invs) == len(set(invs)), "invoice numbers must be unique"
    (HERE / "ledger.json").write_text(json.dumps(LEDGER, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, indent=1, ensure_ascii=False) + "\n",
                                        encoding="utf-8")
    write_readme("French", "French/Belgian summer time, +02:00, or Quebec time, -04:00")
    print(len(CASES), "cases")


if __name__ == "__main__":
    main()
