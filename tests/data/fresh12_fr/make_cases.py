"""Fresh held-out round 12, French: writes ledger.json, emails/*.eml and expected.json here.

Written by a QA pass from POLICY_SPEC.md alone (no product code read). Stdlib only, deterministic.
Licence: MIT (all text written for this project).
Run: python3 make_cases.py
"""

import json
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
EMAILS = HERE / "emails"
LO = "support@leadsoptima.com"
OWD = "optimawebdesigns12@gmail.com"
LANG = "fr"

LEDGER = {"customers": [], "projects": [], "payments": []}
CASES = []
WRITTEN = {}


def customer(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    LEDGER["customers"].append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan,
                                "status": status, "trial_ends": trial_ends,
                                "current_period_start": start, "current_period_end": end})


def lo_pay(pid, invoice, email, plan, amount, tax, paid_at, ps=None, pe=None, status="paid", currency="INR"):
    LEDGER["payments"].append({"brand": "leadsoptima", "id": pid, "invoice": invoice, "customer_email": email,
                               "kind": "subscription", "plan": plan, "amount": amount, "tax": tax,
                               "currency": currency, "paid_at": paid_at, "period_start": ps, "period_end": pe,
                               "status": status})


def project(name, email, started=None):
    LEDGER["projects"].append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                               "work_started_at": started})


def owd_pay(pid, invoice, proj, kind, amount, tax, paid_at, status="paid", currency="INR", setup_fee=None,
            service_start=None, next_billing_at=None, ps=None, pe=None, milestone_status=None):
    LEDGER["payments"].append({"brand": "optima_webdesign", "id": pid, "invoice": invoice, "project": proj,
                               "kind": kind, "amount": amount, "tax": tax, "currency": currency,
                               "paid_at": paid_at, "status": status, "setup_fee": setup_fee,
                               "service_start": service_start, "next_billing_at": next_billing_at,
                               "period_start": ps, "period_end": pe, "milestone_status": milestone_status})


def mail(name, frm, to, subject, date, body=None, html=None, headers=(), reply_to=None, thread=None, cc=None):
    """Write emails/<name>.eml. date: 'YYYY-MM-DD HH:MM +HHMM'. thread: name of the email this answers."""
    msg = EmailMessage(policy=SMTP)
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    if reply_to:
        msg["Reply-To"] = reply_to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime.strptime(date, "%Y-%m-%d %H:%M %z"))
    domain = frm.split("@")[-1].rstrip(">") if "@" in frm else "localhost"
    mid = f"<{name}.{LANG}12@{domain}>"
    msg["Message-ID"] = mid
    if thread:
        parent = WRITTEN[thread]
        bot_reply = f"<reply-{thread}.{LANG}12@mailbot.invalid>"
        msg["In-Reply-To"] = bot_reply
        msg["References"] = f"{parent} {bot_reply}"
    for k, v in headers:
        msg[k] = v
    if body is not None and html is not None:
        msg.set_content(body)
        msg.add_alternative(html, subtype="html")
    elif html is not None:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(body)
    WRITTEN[name] = mid
    (EMAILS / f"{name}.eml").write_bytes(msg.as_bytes())
    return f"emails/{name}.eml"


def raw(name, text):
    (EMAILS / f"{name}.eml").write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    return f"emails/{name}.eml"


def case(cid, files, brand, status, rules, decisions, spec, missing=None, extra_ok=False, ambiguous=None):
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": files if isinstance(files, list) else [files],
         "brand": brand, "status": status, "rules": rules}
    if missing is not None:
        c["missing"] = missing
    c["decisions"] = decisions
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


def cancel(outcome="cancel", eff=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if eff is not None:
        d["effective_date"] = eff
    return d


B_LO, B_OWD = "leadsoptima", "optima_webdesign"


def build():
    # ------------------------------------------------------------------ LeadsOptima
    customer("camille.roux@agence-roux.fr", "Camille Roux", "monthly", start="2025-09-24", end="2025-10-23")
    lo_pay("pay_fr_8101", "LO-INV-81101", "camille.roux@agence-roux.fr", "monthly", "49.00", "9.80",
           "2025-09-24T15:20:00", "2025-09-24", "2025-10-23", currency="EUR")
    lo_pay("pay_fr_8102", "LO-INV-81102", "camille.roux@agence-roux.fr", "monthly", "49.00", "9.80",
           "2025-09-24T15:21:00", "2025-09-24", "2025-10-23", currency="EUR")
    f = mail("lo-doublon-j2", "Camille Roux <camille.roux@agence-roux.fr>", LO,
             "preleve 2 fois ce mois ci", "2025-09-26 09:12 +0200",
             "Bonjour,\n\nJe viens de voir sur mon releve que l'abonnement mensuel a ete preleve 2 fois le 24 "
             "(2 x 58,80 € TTC). La 2e facture c'est la lo inv 81102. Vous pouvez me rembourser le doublon svp ?\n\n"
             "Merci d'avance,\nCamille\n\nAgence Roux - Communication & Evenementiel - Lyon 3e\n")
    case("lo-doublon-j2", f, B_LO, "decided", [], [refund("approve", "49.00")],
         "L2 duplicate_payment (preleve 2 fois); two paid monthly charges 49.00 EUR same period 2025-09-24; "
         "request 2025-09-26 12:42 IST = day 2 -> L4 approve 49.00 before tax (C6); 'lo inv 81102' = LO-INV-81102")

    customer("julien.marchand@vertcompas.fr", "Julien Marchand", "annual", start="2025-09-21", end="2026-09-20")
    lo_pay("pay_fr_8103", "LO-INV-81103", "julien.marchand@vertcompas.fr", "annual", "468.00", "93.60",
           "2025-09-21T10:00:00", "2025-09-21", "2026-09-20", currency="EUR")
    lo_pay("pay_fr_8104", "LO-INV-81104", "julien.marchand@vertcompas.fr", "annual", "468.00", "93.60",
           "2025-09-21T10:06:00", "2025-09-21", "2026-09-20", currency="EUR")
    f = mail("lo-doublon-j7-soir", "Julien Marchand <julien.marchand@vertcompas.fr>", LO,
             "Double débit abonnement annuel – LO-INV-81104", "2025-09-28 19:45 +0200",
             "Bonjour,\n\nDimanche soir, je fais ma compta et je constate que l'abonnement annuel (468,00 € HT) a "
             "été débité deux fois le 21 septembre : factures LO-INV-81103 et LO-INV-81104. Merci de "
             "rembourser la seconde.\n\nBien cordialement,\nJulien Marchand\nVert Compas – Nantes\n")
    case("lo-doublon-j7-soir", f, B_LO, "decided", [], [refund("approve", "468.00")],
         "L2 duplicate_payment; charges 2025-09-21 (day 0 IST); Date 2025-09-28 19:45 +0200 = 23:15 IST "
         "2025-09-28 = day 7 -> inside L3; L4 approve 468.00")

    customer("sophie.lefevre@atelier-lumen.be", "Sophie Lefèvre", "monthly", start="2025-09-18", end="2025-10-17")
    lo_pay("pay_fr_8105", "LO-INV-81105", "sophie.lefevre@atelier-lumen.be", "monthly", "49.00", "10.29",
           "2025-09-18T09:00:00", "2025-09-18", "2025-10-17", currency="EUR")
    lo_pay("pay_fr_8106", "LO-INV-81106", "sophie.lefevre@atelier-lumen.be", "monthly", "49.00", "10.29",
           "2025-09-18T09:02:00", "2025-09-18", "2025-10-17", currency="EUR")
    f = mail("lo-doublon-j8-minuit", "Sophie Lefèvre <sophie.lefevre@atelier-lumen.be>", LO,
             "Paiement en double", "2025-09-25 21:15 +0200",
             "Bonsoir,\n\nVous m'avez facturé deux fois la mensualité du 18/09 (LO-INV-81105 et LO-INV-81106). "
             "Nous sommes le 25, je suis donc dans les 7 jours. Je vous remercie de me rembourser le second "
             "paiement.\n\nSophie Lefèvre\nAtelier Lumen – Namur\n")
    case("lo-doublon-j8-minuit", f, B_LO, "decided", [], [refund("deny")],
         "charges 2025-09-18 (day 0 IST); Date 2025-09-25 21:15 +0200 = 2025-09-26 00:45 IST = day 8 -> "
         "outside L3 -> deny (windows count in the brand's zone, section 1)")

    customer("thomas.girard@pixelnord.fr", "Thomas Girard", "quarterly", start="2025-09-29", end="2025-12-28")
    for i, t in enumerate(["08:10", "08:11", "08:13"]):
        lo_pay(f"pay_fr_811{i}", f"LO-INV-8111{i}", "thomas.girard@pixelnord.fr", "quarterly", "129.00",
               "25.80", f"2025-09-29T{t}:00", "2025-09-29", "2025-12-28", currency="EUR")
    f = mail("lo-trois-prelevements", "Thomas Girard <thomas.girard@pixelnord.fr>", LO,
             "3 prélèvements pour un seul trimestre !", "2025-09-30 08:30 +0200",
             "Bonjour,\n\nLa page de paiement a planté et j'ai été prélevé trois fois pour le même trimestre "
             "(LO-INV-81110, LO-INV-81111, LO-INV-81112 – 129 € HT chacun). Merci de me rembourser les deux "
             "paiements en trop.\n\nThomas\nPixel Nord, Lille\n")
    case("lo-trois-prelevements", f, B_LO, "decided", [], [refund("approve", "258.00")],
         "section 8 three identical charges: every charge after the first is a duplicate; both inside L3 "
         "(day 1) -> 2 x 129.00 = 258.00")

    customer("ines.benali@studio-atlas.fr", "Inès Benali", "monthly", start="2025-09-26", end="2025-10-25")
    lo_pay("pay_fr_8120", "LO-INV-81120", "ines.benali@studio-atlas.fr", "annual", "468.00", "93.60",
           "2025-09-26T11:00:00", "2025-09-26", "2026-09-25", currency="EUR")
    f = mail("lo-erreur-plan", "Inès Benali <ines.benali@studio-atlas.fr>", LO,
             "Erreur de formule", "2025-09-27 10:05 +0200",
             "Bonjour,\n\nJ'avais choisi la formule mensuelle à 49 € et on m'a facturé la formule annuelle "
             "(468 € HT, facture LO-INV-81120). Ce n'est pas ce que j'ai commandé, merci de corriger et de me "
             "rembourser.\n\nInès Benali\n")
    case("lo-erreur-plan", f, B_LO, "decided", [], [refund("escalate")],
         "L2 billing_error (wrong plan charged); charge 2025-09-26, request day 1 -> L5 escalate")

    customer("marc.dubois@dubois-immo.fr", "Marc Dubois", "monthly", start="2025-09-22", end="2025-10-21")
    lo_pay("pay_fr_8121", "LO-INV-81121", "marc.dubois@dubois-immo.fr", "monthly", "59.00", "11.80",
           "2025-09-22T10:00:00", "2025-09-22", "2025-10-21", currency="EUR")
    f = mail("lo-montant-errone", "Marc Dubois <marc.dubois@dubois-immo.fr>", LO,
             "Montant prélevé incorrect – facture LO INV 81121", "2025-09-23 14:40 +0200",
             "Madame, Monsieur,\n\nLe tarif convenu avec votre commercial était de 49,00 € HT par mois ; vous "
             "avez prélevé 59,00 € HT (facture LO INV 81121). Je vous prie de bien vouloir me rembourser la "
             "différence.\n\nVeuillez agréer, Madame, Monsieur, mes salutations distinguées.\n\nMarc Dubois\n"
             "Dubois Immobilier\n")
    case("lo-montant-errone", f, B_LO, "decided", [], [refund("escalate")],
         "L2 billing_error (wrong amount); charge 2025-09-22, request day 1 -> L5 escalate; 'LO INV 81121' "
         "= LO-INV-81121 (section 8)")

    customer("lea.fontaine@fontaine-conseil.fr", "Léa Fontaine", "quarterly", start="2025-09-23", end="2025-12-22")
    lo_pay("pay_fr_8122", "LO-INV-81122", "lea.fontaine@fontaine-conseil.fr", "quarterly", "129.00", "25.80",
           "2025-09-23T10:00:00", "2025-09-23", "2025-12-22", currency="EUR")
    f = mail("lo-acces-bloque", "Léa Fontaine <lea.fontaine@fontaine-conseil.fr>", LO,
             "Impossible de me connecter depuis le renouvellement", "2025-09-27 17:00 +0200",
             "Bonjour,\n\nDepuis le renouvellement trimestriel du 23 (LO-INV-81122), impossible de me connecter : "
             "la page de login tourne dans le vide. Votre support m'a répondu « on regarde » il y a 3 jours, "
             "rien depuis. Si ce n'est pas réglé je veux être remboursée.\n\nLéa Fontaine\nFontaine Conseil\n")
    case("lo-acces-bloque", f, B_LO, "decided", [], [refund("escalate")],
         "L2 access_failure (impossible de me connecter); charge 2025-09-23, request day 4 -> L6 escalate")

    customer("nicolas.perrin@perrin-btp.fr", "Nicolas Perrin", "monthly", start="2025-08-25", end="2025-09-24")
    lo_pay("pay_fr_8123", "LO-INV-81123", "nicolas.perrin@perrin-btp.fr", "monthly", "49.00", "9.80",
           "2025-08-25T10:00:00", "2025-08-25", "2025-09-24", currency="EUR")
    f = mail("lo-acces-hors-delai", "Nicolas Perrin <nicolas.perrin@perrin-btp.fr>", LO,
             "Remboursement – plateforme inaccessible", "2025-09-15 08:20 +0200",
             html="<html><body><p>Bonjour,</p><p>La plateforme ne charge plus du tout depuis fin août, je n'ai "
                  "<b>plus aucun accès</b> à mes campagnes. Je demande le remboursement de la facture "
                  "<b>LO-INV-81123</b> (abonnement mensuel).</p><p>Cdlt,<br>N. Perrin<br>Perrin BTP</p>"
                  "</body></html>")
    case("lo-acces-hors-delai", f, B_LO, "decided", [], [refund("deny")],
         "HTML-only; L2 access_failure but charge 2025-08-25, request 2025-09-15 = day 21 -> outside L3 -> deny")

    customer("helene.morel@morel-traiteur.fr", "Hélène Morel", "monthly", start="2025-09-20", end="2025-10-19")
    lo_pay("pay_fr_8124", "LO-INV-81124", "helene.morel@morel-traiteur.fr", "monthly", "49.00", "9.80",
           "2025-09-20T10:00:00", "2025-09-20", "2025-10-19", currency="EUR")
    f = mail("lo-l1-pas-utilise", "Hélène Morel <helene.morel@morel-traiteur.fr>", LO,
             "demande de remboursement", "2025-09-22 11:00 +0200",
             "Bonjour,\n\nAvec la saison des mariages on n'a pas eu une minute pour se servir de l'outil ce "
             "mois-ci. Pouvez-vous nous rembourser la mensualité de septembre (LO-INV-81124) ? Le logiciel "
             "marche bien, c'est juste nous qui n'avons pas le temps.\n\nHélène\nMorel Traiteur\n")
    case("lo-l1-pas-utilise", f, B_LO, "decided", [], [refund("deny")],
         "reason 'not used this month' is not an L2 exception -> L1 deny, cancellation offered in the reply; "
         "no cancellation asked")

    customer("antoine.blanc@blanc-avocats.fr", "Antoine Blanc", "annual", start="2025-04-12", end="2026-04-11")
    lo_pay("pay_fr_8125", "LO-INV-81125", "antoine.blanc@blanc-avocats.fr", "annual", "468.00", "93.60",
           "2025-04-12T10:00:00", "2025-04-12", "2026-04-11", currency="EUR")
    f = mail("lo-l1-plus-resiliation", "Antoine Blanc <antoine.blanc@blanc-avocats.fr>", LO,
             "Résiliation + remboursement au prorata", "2025-09-24 16:00 +0200",
             "Bonjour,\n\nLe cabinet réduit ses frais généraux : l'abonnement annuel nous revient trop cher pour "
             "l'usage qu'on en a. Merci de résilier l'abonnement et de nous rembourser les mois restants au "
             "prorata (facture LO-INV-81125).\n\nCordialement,\nAntoine Blanc\n")
    case("lo-l1-plus-resiliation", f, B_LO, "decided", [],
         [refund("deny"), cancel("cancel", "2026-04-11")],
         "refund reason 'too expensive', pro-rata of unused months -> L1 deny (no partial refunds); cancellation "
         "-> L8 effective current_period_end 2026-04-11. Sender domain 'blanc-avocats' is a law firm's own "
         "name, not a lawyer threat (C4 not fired)")

    customer("pauline.garnier@les-jardins-de-pauline.fr", "Pauline Garnier", "quarterly", start="2025-08-10",
             end="2025-11-09")
    lo_pay("pay_fr_8126", "LO-INV-81126", "pauline.garnier@les-jardins-de-pauline.fr", "quarterly", "129.00",
           "25.80", "2025-08-10T10:00:00", "2025-08-10", "2025-11-09", currency="EUR")
    f = mail("lo-negation-resiliation", "Pauline Garnier <pauline.garnier@les-jardins-de-pauline.fr>", LO,
             "Arrêt de l'abonnement", "2025-09-29 13:30 +0200",
             "Bonjour,\n\nJe ne demande pas de remboursement, le trimestre en cours est payé et c'est normal. "
             "Je souhaite simplement que l'abonnement trimestriel ne soit pas reconduit en novembre : je prends "
             "ma retraite.\n\nBelle journée,\nPauline\n")
    case("lo-negation-resiliation", f, B_LO, "decided", [], [cancel("cancel", "2025-11-09")],
         "negated refund adds no refund intent (section 8); 'ne soit pas reconduit' = cancellation -> L8 "
         "effective current_period_end 2025-11-09")

    customer("olivier.caron@caron-paysage.fr", "Olivier Caron", "annual", start="2025-02-01", end="2026-01-31")
    lo_pay("pay_fr_8127", "LO-INV-81127", "olivier.caron@caron-paysage.fr", "annual", "468.00", "93.60",
           "2025-02-01T10:00:00", "2025-02-01", "2026-01-31", currency="EUR")
    f = mail("lo-resiliation-sans-raison", "Olivier Caron <olivier.caron@caron-paysage.fr>", LO,
             "resiliation", "2025-09-30 07:50 +0200",
             "Bonjour, merci de resilier mon abonnement annuel.\nOlivier Caron\nEnvoyé de mon iPhone\n")
    case("lo-resiliation-sans-raison", f, B_LO, "decided", [], [cancel("cancel", "2026-01-31")],
         "section 3: for a LeadsOptima cancellation the reason is asked in the reply but does not hold it up -> "
         "L8 cancel, effective current_period_end 2026-01-31")

    customer("manon.robert@robert-fleurs.fr", "Manon Robert", "monthly")
    lo_pay("pay_fr_8128", "LO-INV-81128", "manon.robert@robert-fleurs.fr", "monthly", "49.00", "9.80",
           "2025-08-14T20:30:00+02:00", currency="EUR")
    lo_pay("pay_fr_8129", "LO-INV-81129", "manon.robert@robert-fleurs.fr", "monthly", "49.00", "9.80",
           "2025-09-14T20:30:00+02:00", currency="EUR")
    f = mail("lo-resiliation-fallback", "Manon Robert <manon.robert@robert-fleurs.fr>", LO,
             "Fin d'abonnement", "2025-09-25 10:00 +0200",
             "Bonjour,\n\nJe ferme la boutique fin octobre, merci de mettre fin à mon abonnement mensuel.\n\n"
             "Manon – Robert Fleurs\n")
    case("lo-resiliation-fallback", f, B_LO, "decided", [], [cancel("cancel", "2025-10-14")],
         "L8 fallback (no current_period_end): last charge 2025-09-14T20:30+02:00 = 2025-09-15 00:00 IST (local "
         "date 2025-09-15, section 8) + 1 month = 2025-10-15 minus one day = 2025-10-14")

    customer("hugo.lambert@lambert-velo.fr", "Hugo Lambert", "monthly", status="trial", trial_ends="2025-10-08")
    f = mail("lo-essai-gratuit", "Hugo Lambert <hugo.lambert@lambert-velo.fr>", LO,
             "remboursement essai", "2025-09-30 18:00 +0200",
             "Bonjour,\nJe suis en période d'essai et je voudrais être remboursé, l'outil est trop compliqué pour "
             "un petit magasin de vélos comme le mien.\nHugo\n")
    case("lo-essai-gratuit", f, B_LO, "decided", [], [refund("deny")],
         "L7: account on free trial, no charges -> deny; reply says no billing unless they subscribe; L7 names "
         "this very case, and the invoice a trial can never have is not asked for (checker chk12c: not ambiguous)")

    f = mail("lo-hypothese-avant-achat", "Élodie Martin <elodie.martin.pro@orange.fr>", LO,
             "Question avant abonnement", "2025-09-26 15:10 +0200",
             "Bonjour,\n\nJe réfléchis à prendre la formule annuelle. Si jamais l'outil ne convient pas à mon "
             "activité au bout de quelques semaines, est-ce que je pourrais être remboursée ? Merci de votre "
             "retour.\n\nÉlodie Martin, consultante RH\n")
    case("lo-hypothese-avant-achat", f, B_LO, "other", [], [],
         "section 8: hypothetical before buying ('si jamais ... est-ce que je pourrais être remboursée') is a "
         "policy question -> other")

    customer("bastien.henry@henry-auto.fr", "Bastien Henry", "monthly", start="2025-09-12", end="2025-10-11")
    lo_pay("pay_fr_8130", "LO-INV-81130", "bastien.henry@henry-auto.fr", "monthly", "49.00", "9.80",
           "2025-09-12T10:00:00", "2025-09-12", "2025-10-11", currency="EUR")
    f = mail("lo-question-export", "Bastien Henry <bastien.henry@henry-auto.fr>", LO,
             "export des contacts", "2025-09-29 09:00 +0200",
             "Bonjour, comment est-ce que j'exporte mes leads en CSV pour les importer dans mon logiciel de "
             "garage ? Je ne trouve pas le bouton. Merci !\nBastien\n")
    case("lo-question-export", f, B_LO, "other", [], [],
         "how-to question, neither refund nor cancellation -> other")

    customer("chloe.faure@faure-design.fr", "Chloé Faure", "quarterly", start="2025-07-05", end="2025-10-04")
    lo_pay("pay_fr_8131", "LO-INV-81131", "chloe.faure@faure-design.fr", "quarterly", "129.00", "25.80",
           "2025-07-05T10:00:00", "2025-07-05", "2025-10-04", currency="EUR")
    f = mail("lo-c2-adresse-perso", "Chloé F. <chloe.faure75@hotmail.fr>", LO,
             "Résilier mon abonnement", "2025-09-27 12:00 +0200",
             "Bonjour,\n\nJ'écris depuis ma boîte perso car je n'ai plus accès à ma messagerie pro (changement "
             "d'hébergeur). Mon compte est enregistré sous chloe.faure@faure-design.fr. Merci de résilier "
             "l'abonnement trimestriel, je passe en salariée.\n\nChloé Faure\n")
    case("lo-c2-adresse-perso", f, B_LO, "need_info", ["C2"], [],
         "C2: sender is not the registered email named in the mail -> need_info, write from the registered "
         "address, nothing about the account (worked example 5)")

    customer("romain.petit@petit-menuiserie.fr", "Romain Petit", "monthly", start="2025-09-25", end="2025-10-24")
    lo_pay("pay_fr_8132", "LO-INV-81132", "romain.petit@petit-menuiserie.fr", "monthly", "49.00", "9.80",
           "2025-09-25T10:00:00", "2025-09-25", "2025-10-24", currency="EUR")
    lo_pay("pay_fr_8133", "LO-INV-81133", "romain.petit@petit-menuiserie.fr", "monthly", "49.00", "9.80",
           "2025-09-25T10:01:00", "2025-09-25", "2025-10-24", currency="EUR")
    f = mail("lo-tr-comptable-c2", "Cabinet Vasseur Expertise <compta@vasseur-expertise.fr>", LO,
             "TR: double prélèvement LeadsOptima", "2025-09-26 15:30 +0200",
             "Bonjour,\n\nPour faire suite à l'email ci-dessous de notre client, merci de faire le nécessaire.\n\n"
             "Cordialement,\nCabinet Vasseur Expertise Comptable\n\n"
             "De : Romain Petit <romain.petit@petit-menuiserie.fr>\nEnvoyé : jeudi 25 septembre 2025 18:02\n"
             "À : compta@vasseur-expertise.fr\nObjet : double prélèvement LeadsOptima\n\n"
             "Bonjour Mme Vasseur,\nLeadsOptima m'a prélevé deux fois aujourd'hui (LO-INV-81132 et LO-INV-81133). "
             "Le compte est à mon adresse romain.petit@petit-menuiserie.fr. Vous pouvez leur demander de "
             "rembourser le doublon ?\nRomain\n")
    case("lo-tr-comptable-c2", f, B_LO, "need_info", ["C2"], [],
         "section 8 Forwards: the forwarded request names registered email romain.petit@petit-menuiserie.fr, the "
         "sender is the accountant -> C2 need_info; 'merci de faire le nécessaire' is a forwarding note")

    customer("sarah.mercier@mercier-coaching.fr", "Sarah Mercier", "monthly", start="2025-09-27", end="2025-10-26")
    lo_pay("pay_fr_8134", "LO-INV-81134", "sarah.mercier@mercier-coaching.fr", "monthly", "49.00", "9.80",
           "2025-09-27T10:00:00", "2025-09-27", "2025-10-26", currency="EUR")
    lo_pay("pay_fr_8135", "LO-INV-81135", "sarah.mercier@mercier-coaching.fr", "monthly", "49.00", "9.80",
           "2025-09-27T10:00:20", "2025-09-27", "2025-10-26", currency="EUR")
    f = mail("lo-c4-opposition", "Sarah Mercier <sarah.mercier@mercier-coaching.fr>", LO,
             "Double prélèvement – dernier avertissement", "2025-09-29 20:00 +0200",
             "Bonjour,\n\nDeuxième mail sans réponse. Vous m'avez débitée deux fois le 27 (LO-INV-81135 est le "
             "doublon). Sans remboursement sous 48 h, je fais opposition auprès de ma banque et je lance un "
             "litige sur la carte.\n\nSarah Mercier\n")
    case("lo-c4-opposition", f, B_LO, "decided", ["C4"], [refund("escalate")],
         "C4: payment-dispute threat (opposition / litige bancaire = chargeback) -> escalate, although L4 "
         "would otherwise approve")

    customer("vincent.roussel@roussel-imprimerie.fr", "Vincent Roussel", "annual", start="2025-03-15",
             end="2026-03-14")
    lo_pay("pay_fr_8136", "LO-INV-81136", "vincent.roussel@roussel-imprimerie.fr", "annual", "468.00", "93.60",
           "2025-03-15T10:00:00", "2025-03-15", "2026-03-14", currency="EUR")
    f = mail("lo-c4-avocat-resiliation", "Vincent Roussel <vincent.roussel@roussel-imprimerie.fr>", LO,
             "Résiliation immédiate", "2025-09-30 11:00 +0200",
             "Messieurs,\n\nJe vous demande de résilier mon abonnement annuel, vos promesses commerciales n'ont "
             "jamais été tenues. J'ai transmis le dossier à mon avocat qui examinera la suite à donner.\n\n"
             "V. Roussel\nImprimerie Roussel\n")
    case("lo-c4-avocat-resiliation", f, B_LO, "decided", ["C4"], [cancel("escalate")],
         "C4: lawyer mention; section 8: C4 covers the whole case, the cancellation included -> escalate")

    f = mail("lo-reponse-auto", "Julien Marchand <julien.marchand@vertcompas.fr>", LO,
             "Réponse automatique : Re: Double débit abonnement annuel [LO-5521]", "2025-09-29 08:00 +0200",
             "Bonjour,\n\nJe suis absent du bureau jusqu'au 6 octobre inclus. Pour toute urgence, merci de "
             "contacter accueil@vertcompas.fr.\n\nCordialement,\nJulien Marchand\n",
             headers=[("Auto-Submitted", "auto-replied")])
    case("lo-reponse-auto", f, B_LO, "ignore", ["C7"], [],
         "C7: Auto-Submitted: auto-replied -> ignore")

    customer("agathe.simon@simon-ceramique.fr", "Agathe Simon", "monthly", start="2025-09-28", end="2025-10-27")
    lo_pay("pay_fr_8137", "LO-INV-81137", "agathe.simon@simon-ceramique.fr", "monthly", "49.00", "9.80",
           "2025-09-28T10:00:00", "2025-09-28", "2025-10-27", currency="EUR")
    lo_pay("pay_fr_8138", "LO-INV-81138", "agathe.simon@simon-ceramique.fr", "monthly", "49.00", "9.80",
           "2025-09-28T10:04:00", "2025-09-28", "2025-10-27", currency="EUR")
    f1 = mail("lo-raison-fil-1", "Agathe Simon <agathe.simon@simon-ceramique.fr>", LO,
              "Remboursement LO-INV-81138", "2025-09-29 09:00 +0200",
              "Bonjour,\nPouvez-vous me rembourser la facture LO-INV-81138 (abonnement mensuel) ?\nMerci,\n"
              "Agathe\n")
    f2 = mail("lo-raison-fil-2", "Agathe Simon <agathe.simon@simon-ceramique.fr>", LO,
              "RE: Remboursement LO-INV-81138", "2025-09-30 10:15 +0200",
              "Bonjour,\n\nBien sûr : la carte a été débitée deux fois dimanche pour le même mois, la 81138 est "
              "le doublon de la 81137.\n\nAgathe\n\n> Merci de nous indiquer le motif de votre demande.\n",
              thread="lo-raison-fil-1")
    case("lo-raison-fil", [f1, f2], B_LO, "decided", [], [refund("approve", "49.00")],
         "C3 thread: first mail has no reason; answer gives duplicate_payment; pair same period 2025-09-28; "
         "request time = first mail 2025-09-29 12:30 IST (day 1) -> L4 approve 49.00")

    customer("maxime.andre@andre-fitness.fr", "Maxime André", "quarterly", start="2025-09-19", end="2025-12-18")
    lo_pay("pay_fr_8139", "LO-INV-81139", "maxime.andre@andre-fitness.fr", "quarterly", "129.00", "25.80",
           "2025-09-19T10:00:00", "2025-09-19", "2025-12-18", currency="EUR")
    f = mail("lo-raison-manquante", "Maxime André <maxime.andre@andre-fitness.fr>", LO,
             "Demande de remboursement", "2025-09-22 10:00 +0200",
             "Bonjour,\n\nJe souhaite être remboursé de la facture LO-INV-81139 (formule trimestrielle).\n\n"
             "Sportivement,\nMaxime André\nAndré Fitness – Coaching & Nutrition\n\nCe message et ses pièces "
             "jointes sont confidentiels et destinés exclusivement à leur destinataire.\n")
    case("lo-raison-manquante", f, B_LO, "need_info", [], [],
         "restated request + signature + disclaimer: no reason (section 8) -> C3 ask reason", missing=["reason"])

    customer("claire.bonnet@bonnet-optique.fr", "Claire Bonnet", "monthly", status="cancelled",
             start="2025-08-18", end="2025-09-17")
    lo_pay("pay_fr_8140", "LO-INV-81140", "claire.bonnet@bonnet-optique.fr", "monthly", "49.00", "9.80",
           "2025-08-18T10:00:00", "2025-08-18", "2025-09-17", currency="EUR")
    lo_pay("pay_fr_8141", "LO-INV-81141", "claire.bonnet@bonnet-optique.fr", "monthly", "49.00", "9.80",
           "2025-09-18T10:00:00", "2025-09-18", "2025-10-17", currency="EUR")
    f = mail("lo-resilie-puis-preleve", "Claire Bonnet <claire.bonnet@bonnet-optique.fr>", LO,
             "Prélèvement après résiliation", "2025-09-20 12:00 +0200",
             "Bonjour,\n\nJ'avais résilié mon abonnement mensuel le 12 septembre depuis Facturation > Annuler, et vous "
             "m'avez quand même prélevée le 18 (facture LO-INV-81141). Merci de me rembourser ce prélèvement.\n\n"
             "Claire Bonnet\nBonnet Optique\n")
    case("lo-resilie-puis-preleve", f, B_LO, "decided", [], [refund("escalate")],
         "past event 'j'avais résilié le 12' is not a new cancellation; refund for billing_error (charged after "
         "cancelling), charge 2025-09-18, request day 2 -> L5 escalate")

    # ------------------------------------------------------------------ Optima WebDesign
    project("Boulangerie Ducasse", "contact@boulangerie-ducasse.fr")
    owd_pay("pay_fr_o01", "OWD-2025-401", "Boulangerie Ducasse", "deposit", "1200.00", "240.00",
            "2025-09-28T11:00:00", currency="EUR")
    f = mail("owd-acompte-48h", "Boulangerie Ducasse <contact@boulangerie-ducasse.fr>", OWD,
             "Demande de remboursement — Boulangerie Ducasse / OWD-2025-401", "2025-09-30 08:30 +0200",
             "Bonjour,\n\nSuite à un souci de santé de mon mari, nous mettons le projet de site en pause pour "
             "une durée indéterminée. Nous avons versé l'acompte de 1 200,00 € HT dimanche (facture "
             "OWD-2025-401). Aucun travail n'a commencé. Pourriez-vous nous le rembourser ?\n\n"
             "Merci de votre compréhension,\nNathalie Ducasse\n")
    case("owd-acompte-48h", f, B_OWD, "decided", [], [refund("approve", "1200.00")],
         "O2: paid 2025-09-28 11:00 IST, request 2025-09-30 08:30 +0200 = 12:00 IST = 49 h < 72 h, work not "
         "started -> approve 1200.00 before tax")

    project("Cave Saint-Vincent", "vins@cave-saintvincent.fr")
    owd_pay("pay_fr_o02", "OWD-2025-402", "Cave Saint-Vincent", "deposit", "900.00", "180.00",
            "2025-09-19T14:00:00", currency="EUR")
    f = mail("owd-acompte-72h-depasse", "Cave Saint-Vincent <vins@cave-saintvincent.fr>", OWD,
             "Annulation projet et acompte", "2025-09-22 10:35 +0200",
             "Bonjour,\n\nNous avons trouvé un prestataire local moins cher pour la boutique en ligne de la "
             "Cave Saint-Vincent. Merci d'annuler et de rembourser l'acompte versé vendredi (OWD-2025-402). "
             "On est encore dans les 3 jours.\n\nPierre-Yves\n")
    case("owd-acompte-72h-depasse", f, B_OWD, "decided", [], [refund("deny")], extra_ok=True,
         spec="O2: paid 2025-09-19 14:00 IST; request 2025-09-22 10:35 +0200 = 14:05 IST = 72 h 05 min -> not "
              "before 72 h -> deny; a cancellation decision alongside is accepted (extra_ok)")

    project("Cabinet Kiné Rivière", "secretariat@kine-riviere.fr", started="2025-09-23T09:00:00")
    owd_pay("pay_fr_o03", "OWD-2025-403", "Cabinet Kiné Rivière", "deposit", "750.00", "150.00",
            "2025-09-22T10:00:00", currency="EUR")
    f = mail("owd-acompte-travail-commence", "Secrétariat Kiné Rivière <secretariat@kine-riviere.fr>", OWD,
             "Remboursement acompte OWD 2025 403", "2025-09-24 09:00 +0200",
             "Bonjour,\n\nLes associés du cabinet ne sont finalement pas d'accord sur le budget. Nous demandons "
             "le remboursement de l'acompte (OWD 2025 403, projet Cabinet Kiné Rivière), versé il y a moins de "
             "72 heures.\n\nLe secrétariat\n")
    case("owd-acompte-travail-commence", f, B_OWD, "decided", [], [refund("deny")],
         "O2: 50 h 30 min after payment (2025-09-22 10:00 -> 2025-09-24 12:30 IST), but work_started_at "
         "2025-09-23 09:00 is before the request -> whichever "
         "occurs first -> deny; 'OWD 2025 403' = OWD-2025-403")

    project("Fromagerie des Alpes", "info@fromagerie-alpes.ch")
    owd_pay("pay_fr_o04", "OWD-2025-404", "Fromagerie des Alpes", "discovery", "600.00", "48.60",
            "2025-09-18T10:00:00", currency="CHF")
    f = mail("owd-decouverte-non-commencee", "Fromagerie des Alpes <info@fromagerie-alpes.ch>", OWD,
             "Atelier découverte – annulation", "2025-09-25 14:00 +0200",
             "Grüezi / Bonjour,\n\nNous avions réservé l'atelier de découverte (facture OWD-2025-404, CHF 600.– "
             "HT) pour la Fromagerie des Alpes, mais la date n'a jamais été fixée et entre-temps la coopérative "
             "a décidé de passer par l'agence cantonale. Merci de nous rembourser.\n\nMeilleures salutations,\n"
             "Urs Berger\n")
    case("owd-decouverte-non-commencee", f, B_OWD, "decided", [], [refund("approve", "600.00")], extra_ok=True,
         spec="O1: discovery, work_started_at empty -> full refund 600.00 CHF before tax; a cancellation decision "
              "alongside accepted (extra_ok)")

    project("Librairie Les Mots Passants", "librairie@motspassants.fr", started="2025-09-16T14:00:00")
    owd_pay("pay_fr_o05", "OWD-2025-405", "Librairie Les Mots Passants", "discovery", "800.00", "160.00",
            "2025-09-10T10:00:00", currency="EUR")
    f = mail("owd-decouverte-commencee", "Les Mots Passants <librairie@motspassants.fr>", OWD,
             "remboursement atelier strategie", "2025-09-23 18:00 +0200",
             "Bonjour,\n\nL'atelier stratégie du 16 ne nous a rien appris qu'on ne savait déjà. Je souhaite être "
             "remboursée des frais de découverte (OWD-2025-405), projet Librairie Les Mots Passants.\n\n"
             "Anne-Laure\n")
    case("owd-decouverte-commencee", f, B_OWD, "decided", [], [refund("deny")],
         "O1: session held 2025-09-16, before the request -> deny")

    project("Appli Covoit'Campus", "projet@covoitcampus.fr", started="2025-08-01T10:00:00")
    owd_pay("pay_fr_o06", "OWD-2025-406", "Appli Covoit'Campus", "milestone", "3500.00", "700.00",
            "2025-09-15T10:00:00", currency="EUR", milestone_status="not_started")
    owd_pay("pay_fr_o07", "OWD-2025-407", "Appli Covoit'Campus", "milestone", "2500.00", "500.00",
            "2025-08-01T10:00:00", currency="EUR", milestone_status="completed")
    f = mail("owd-jalon-non-commence", "Covoit'Campus <projet@covoitcampus.fr>", OWD,
             "Jalon 3 – remboursement", "2025-09-26 11:00 +0200",
             "Bonjour,\n\nL'université a refusé l'intégration avec l'ENT, donc le jalon 3 (module de connexion "
             "ENT, facture OWD-2025-406, 3 500,00 € HT) n'a plus lieu d'être. Il n'a pas démarré. Merci de nous "
             "le rembourser (projet Appli Covoit'Campus). Le jalon 2 (OWD-2025-407) est livré et on le garde, évidemment.\n\nL'équipe "
             "Covoit'Campus\n")
    case("owd-jalon-non-commence", f, B_OWD, "decided", [], [refund("approve", "3500.00")],
         "O3: milestone OWD-2025-406 not_started -> refund its amount 3500.00 before tax")

    project("Domaine de la Combe", "domaine@delacombe.fr", started="2025-08-20T10:00:00")
    owd_pay("pay_fr_o08", "OWD-2025-408", "Domaine de la Combe", "milestone", "2800.00", "560.00",
            "2025-09-01T10:00:00", currency="EUR", milestone_status="in_progress")
    f = mail("owd-jalon-en-cours", "Domaine de la Combe <domaine@delacombe.fr>", OWD,
             "Arrêt du jalon e-boutique", "2025-09-24 17:45 +0200",
             "Bonjour,\n\nLes vendanges ont été catastrophiques (grêle), nous n'aurons pas de vin à vendre en "
             "ligne cette année. Merci d'arrêter le développement de la boutique (jalon facturé OWD-2025-408, "
             "Domaine de la Combe) et de nous rembourser la partie non réalisée.\n\nFamille Vidal\n")
    case("owd-jalon-en-cours", f, B_OWD, "decided", [], [refund("escalate")], extra_ok=True,
         spec="O3: milestone in_progress -> escalate (value of work not started needs a person); cancellation "
              "decision alongside accepted (extra_ok)")

    project("Studio Yoga Prana", "bonjour@yogaprana.fr", started="2025-07-10T10:00:00")
    owd_pay("pay_fr_o09", "OWD-2025-409", "Studio Yoga Prana", "milestone", "1900.00", "380.00",
            "2025-08-05T10:00:00", currency="EUR", milestone_status="completed")
    f = mail("owd-jalon-termine", "Yoga Prana <bonjour@yogaprana.fr>", OWD,
             "Remboursement maquettes", "2025-09-22 10:00 +0200",
             "Bonjour,\n\nLes maquettes livrées en août (OWD-2025-409) ne correspondent finalement pas à "
             "l'esprit du Studio Yoga Prana, mon associée les trouve trop froides. Je voudrais être remboursée "
             "de ce jalon.\n\nOm shanti,\nAude\n")
    case("owd-jalon-termine", f, B_OWD, "decided", [], [refund("deny")],
         "O3/O6: milestone completed -> deny (completed deliverables non-refundable)")

    project("Garage Lemaire Référencement", "garage.lemaire@wanadoo.fr")
    owd_pay("pay_fr_o10", "OWD-2025-410", "Garage Lemaire Référencement", "retainer", "450.00", "90.00",
            "2025-09-12T10:00:00", currency="EUR", next_billing_at="2025-10-12T10:00:00", ps="2025-09-12",
            pe="2025-10-11")
    f = mail("owd-forfait-preavis-ok", "Garage Lemaire <garage.lemaire@wanadoo.fr>", OWD,
             "arret du forfait referencement", "2025-09-26 10:00 +0200",
             "Bonjour,\n\nje part a la retraite en decembre et mon fils reprend le garage, il a deja quelqu'un "
             "pour le site. Merci d'arreter le forfait mensuel de referencement (Garage Lemaire Référencement, "
             "facture OWD-2025-410) a la prochaine echeance.\n\nGerard Lemaire\n")
    case("owd-forfait-preavis-ok", f, B_OWD, "decided", [], [cancel("cancel", "2025-10-11")],
         "O4/O8: request 2025-09-26 <= next_billing 2025-10-12 minus 7 = 2025-10-05 -> next charge avoided, "
         "effective the day before next_billing_at = 2025-10-11")

    project("Escape Game L'Énigme", "contact@escape-enigme.fr")
    owd_pay("pay_fr_o11", "OWD-2025-411", "Escape Game L'Énigme", "retainer", "600.00", "120.00",
            "2025-09-05T10:00:00", currency="EUR", next_billing_at="2025-10-05T10:00:00", ps="2025-09-05",
            pe="2025-10-04")
    f = mail("owd-forfait-preavis-court", "Escape Game L'Énigme <contact@escape-enigme.fr>", OWD,
             "Résiliation contrat réseaux sociaux", "2025-09-29 09:00 +0200",
             "Bonjour,\n\nNous résilions le contrat mensuel de gestion des réseaux sociaux (Escape Game "
             "L'Énigme, dernière facture OWD-2025-411) : les résultats ne sont pas au rendez-vous depuis 4 "
             "mois.\n\nCordialement,\nKevin Morin, gérant\n")
    case("owd-forfait-preavis-court", f, B_OWD, "decided", [], [cancel("cancel", "2025-11-04")],
         "O4: next_billing_at 2025-10-05 minus 7 = 2025-09-28; request 2025-09-29 is later -> less than 7 days' "
         "notice, next cycle 2025-10-05..2025-11-04 (monthly like 2025-09-05..2025-10-04) billed -> effective "
         "2025-11-04")

    project("Hôtel Les Tilleuls Hébergement", "reception@hotel-lestilleuls.fr")
    owd_pay("pay_fr_o12", "OWD-2025-412", "Hôtel Les Tilleuls Hébergement", "hosting_annual", "1440.00",
            "288.00", "2025-09-24T10:00:00", currency="EUR", setup_fee="240.00", service_start="2025-09-24")
    f = mail("owd-hebergement-j5", "Hôtel Les Tilleuls <reception@hotel-lestilleuls.fr>", OWD,
             "Demande de remboursement — Hôtel Les Tilleuls Hébergement / OWD-2025-412", "2025-09-29 16:00 +0200",
             "Bonjour,\n\nLe groupe hôtelier qui vient de nous racheter impose son propre hébergement web. Nous "
             "devons donc résilier l'hébergement annuel souscrit le 24 septembre (1 440,00 € HT dont 240,00 € "
             "de mise en service) et vous demandons le remboursement prévu dans les 14 jours.\n\n"
             "Bien à vous,\nLa direction\n")
    case("owd-hebergement-j5", f, B_OWD, "decided", [], [refund("approve", "1100.00")], extra_ok=True,
         spec="O5: day 5 of service (2025-09-24 -> 2025-09-29 19:30 IST); monthly = (1440.00 - 240.00)/12 = "
              "100.00; consumed 1 -> 1440.00 - 240.00 - 100.00 = 1100.00; cancellation part accepted (extra_ok)")

    project("Crêperie Ty Breizh Hébergement", "tybreizh@creperie-tybreizh.fr")
    owd_pay("pay_fr_o13", "OWD-2025-413", "Crêperie Ty Breizh Hébergement", "hosting_annual", "960.00",
            "192.00", "2025-09-05T10:00:00", currency="EUR", setup_fee="120.00", service_start="2025-09-05")
    f = mail("owd-hebergement-j20", "Crêperie Ty Breizh <tybreizh@creperie-tybreizh.fr>", OWD,
             "hebergement – remboursement", "2025-09-25 12:00 +0200",
             "Bonjour, finalement on passe tout sur Instagram, on n'a plus besoin du site ni de l'hébergement "
             "(Crêperie Ty Breizh Hébergement, OWD-2025-413). Vous pouvez rembourser le reste de l'année ?\n\n"
             "Yann\n")
    case("owd-hebergement-j20", f, B_OWD, "decided", [], [refund("deny")], extra_ok=True,
         spec="O5: service_start 2025-09-05, request 2025-09-25 = day 20 > 14 -> deny; cancellation part "
              "accepted (extra_ok)")

    project("Érablière Gagnon Entretien", "info@erabliere-gagnon.ca")
    owd_pay("pay_fr_o14", "OWD-2025-414", "Érablière Gagnon Entretien", "maintenance_annual", "2400.00",
            "360.00", "2025-09-22T10:00:00", currency="CAD", setup_fee="300.00", service_start="2025-09-22")
    f = mail("owd-entretien-quebec", "Érablière Gagnon <info@erabliere-gagnon.ca>", OWD,
             "Annulation du forfait d'entretien", "2025-09-26 16:00 -0400",
             "Bonjour,\n\nOn vient de réaliser que notre neveu peut faire les mises à jour du site lui-même, "
             "fait qu'on n'a plus besoin du forfait d'entretien annuel (Érablière Gagnon Entretien, facture "
             "OWD-2025-414, 2 400,00 $). Svp annuler pis nous rembourser selon votre politique des 14 jours.\n\n"
             "Merci ben gros,\nRéjean Gagnon\nÉrablière Gagnon, Saint-Joseph-de-Beauce\n")
    case("owd-entretien-quebec", f, B_OWD, "decided", [], [refund("approve", "1925.00")], extra_ok=True,
         spec="O5: request 2025-09-26 16:00 -0400 = 2025-09-27 01:30 IST, day 5 of service from 2025-09-22; "
              "monthly = (2400.00 - 300.00)/12 = 175.00; 2400.00 - 300.00 - 175.00 = 1925.00")

    project("Atelier Bois Flotté", "atelier@boisflotte.fr", started="2025-07-01T10:00:00")
    owd_pay("pay_fr_o15", "OWD-2025-415", "Atelier Bois Flotté", "third_party", "189.00", "37.80",
            "2025-09-25T10:00:00", currency="EUR")
    f = mail("owd-licence-plugin", "Atelier Bois Flotté <atelier@boisflotte.fr>", OWD,
             "licence plugin inutile", "2025-09-26 09:30 +0200",
             "Bonjour,\n\nVous nous avez facturé une licence de plugin de réservation premium (OWD-2025-415, "
             "189 €) alors qu'on prend nos rendez-vous par téléphone. On ne l'utilisera jamais, merci de nous la "
             "rembourser. Projet : Atelier Bois Flotté.\n\nMarine\n")
    case("owd-licence-plugin", f, B_OWD, "decided", [], [refund("deny")],
         "O6: third_party (plugin licence) never refundable -> deny citing Non-refundable items")

    project("Cabinet Dentaire Sourire", "cabinet@dentaire-sourire.fr", started="2025-09-01T10:00:00")
    owd_pay("pay_fr_o16", "OWD-2025-416", "Cabinet Dentaire Sourire", "setup", "150.00", "30.00",
            "2025-09-20T10:00:00", currency="EUR")
    f = mail("owd-frais-mise-en-service", "Cabinet Dentaire Sourire <cabinet@dentaire-sourire.fr>", OWD,
             "Frais de mise en service", "2025-09-23 10:00 +0200",
             "Bonjour,\n\nJe conteste les frais de mise en service (OWD-2025-416, projet Cabinet Dentaire "
             "Sourire) : votre commercial nous avait dit qu'ils seraient offerts. Merci de les rembourser.\n\n"
             "Dr Hamon\n")
    case("owd-frais-mise-en-service", f, B_OWD, "decided", [], [refund("deny")],
         "O6: setup/activation fee never refundable -> deny. 'Je conteste les frais' is a complaint to Optima, "
         "not a bank dispute or chargeback threat (C4 not fired)",
         ambiguous="'je conteste' could be read as a dispute; it is addressed to Optima, with no bank, card, "
                   "chargeback or court named, so C4 is not applied here")

    project("Pâtisserie Clément", "commandes@patisserie-clement.fr")
    owd_pay("pay_fr_o17", "OWD-2025-417", "Pâtisserie Clément", "deposit", "1000.00", "200.00",
            "2025-09-29T10:00:00", currency="EUR")
    f = mail("owd-c2-mauvaise-adresse", "Isabelle Clément <isabelle.clement62@gmail.com>", OWD,
             "Remboursement acompte Pâtisserie Clément", "2025-09-30 07:30 +0200",
             "Bonjour,\n\nJe vous écris de mon adresse personnelle (le contrat est au nom de "
             "commandes@patisserie-clement.fr). Nous abandonnons le projet de site, la boutique est en vente. "
             "Merci de rembourser l'acompte OWD-2025-417 versé hier.\n\nIsabelle Clément\n")
    case("owd-c2-mauvaise-adresse", f, B_OWD, "need_info", ["C2"], [],
         "C2 (Optima: 'emailed from the contracting email'): sender not the contract email -> need_info, write "
         "from it; no approval")

    project("Association Les Petits Pas", "bureau@lespetitspas-asso.fr")
    owd_pay("pay_fr_o18", "OWD-2025-418", "Association Les Petits Pas", "retainer", "300.00", "0.00",
            "2025-09-20T10:00:00", currency="EUR", next_billing_at="2025-10-20T10:00:00", ps="2025-09-20",
            pe="2025-10-19")
    f1 = mail("owd-raison-fil-1", "Association Les Petits Pas <bureau@lespetitspas-asso.fr>", OWD,
              "Résiliation forfait – OWD-2025-418", "2025-09-24 20:00 +0200",
              "Bonjour,\n\nMerci de bien vouloir résilier le forfait mensuel de l'Association Les Petits Pas "
              "(facture OWD-2025-418).\n\nBien cordialement,\nLe bureau\n")
    f2 = mail("owd-raison-fil-2", "Association Les Petits Pas <bureau@lespetitspas-asso.fr>", OWD,
              "Re: Résiliation forfait – OWD-2025-418", "2025-09-25 19:00 +0200",
              "Bonjour,\n\nLa subvention de la mairie n'a pas été renouvelée, nous n'avons plus le budget.\n\n"
              "Le bureau\n\nLe 25/09/2025 à 09:12, Optima WebDesign a écrit :\n> Pourriez-vous nous indiquer le "
              "motif de la résiliation ?\n", thread="owd-raison-fil-1")
    case("owd-raison-fil", [f1, f2], B_OWD, "decided", [], [cancel("cancel", "2025-10-19")],
         "C3 thread: Optima requires a reason for cancellations (section 8); answer gives it; request time "
         "2025-09-24 23:30 IST <= next_billing 2025-10-20 minus 7 = 2025-10-13 -> O4 cancel effective 2025-10-19")

    project("Ferme du Bocage Vente Directe", "ferme@dubocage.fr")
    owd_pay("pay_fr_o19", "OWD-2025-419", "Ferme du Bocage Vente Directe", "deposit", "700.00", "140.00",
            "2025-09-29T09:00:00", currency="EUR")
    f = mail("owd-raison-manquante", "Ferme du Bocage <ferme@dubocage.fr>", OWD,
             "Demande de remboursement — Ferme du Bocage Vente Directe / OWD-2025-419", "2025-09-30 06:45 +0200",
             "Bonjour,\n\nMerci de procéder au remboursement de l'acompte OWD-2025-419 pour le projet Ferme du "
             "Bocage Vente Directe.\n\nCordialement,\nMichel\nFerme du Bocage – Produits fermiers en direct\n")
    case("owd-raison-manquante", f, B_OWD, "need_info", [], [],
         "Optima requires a reason; only the restated request and a signature (its tagline is not a reason) -> "
         "C3 ask reason", missing=["reason"])

    project("Cinéma Le Rex Billetterie", "direction@cinema-lerex.fr")
    owd_pay("pay_fr_o20", "OWD-2025-420", "Cinéma Le Rex Billetterie", "deposit", "2000.00", "400.00",
            "2025-09-29T10:00:00", currency="EUR")
    f = mail("owd-c4-contestation-banque", "Cinéma Le Rex <direction@cinema-lerex.fr>", OWD,
             "Acompte OWD-2025-420", "2025-09-30 17:00 +0200",
             "Bonjour,\n\nLa mairie a voté la fermeture du cinéma hier soir, le projet de billetterie Cinéma Le "
             "Rex Billetterie est donc annulé. Remboursez l'acompte OWD-2025-420, sans quoi je contesterai le "
             "paiement auprès de ma banque.\n\nF. Texier, directeur\n")
    case("owd-c4-contestation-banque", f, B_OWD, "decided", ["C4"], [refund("escalate")], extra_ok=True,
         spec="C4: payment-dispute threat (contester le paiement auprès de ma banque) -> escalate the whole case, "
              "though O2 would approve; cancellation part, if any, also escalate but not scored (extra_ok)")

    f = raw("owd-bounce-fr", """From: MAILER-DAEMON@smtp.orange.fr
To: optimawebdesigns12@gmail.com
Subject: =?utf-8?q?=C3=89chec_de_la_remise_du_message?=
Date: Mon, 29 Sep 2025 10:41:00 +0200
Message-ID: <dsn-0929-owd.fr12@smtp.orange.fr>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="sep42"

--sep42
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Votre message n'a pas pu être remis à boutique@ancien-client.fr : boîte aux lettres introuvable.
Objet du message d'origine : Remboursement de votre acompte

--sep42
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp.orange.fr

Final-Recipient: rfc822; boutique@ancien-client.fr
Action: failed
Status: 5.1.1

--sep42--
""")
    case("owd-bounce-fr", f, B_OWD, "ignore", ["C7"], [],
         "C7: MAILER-DAEMON sender, delivery-status report (RFC 3464) -> ignore")

    project("Salon Coiffure Éclat", "salon@coiffure-eclat.fr", started="2025-08-01T10:00:00")
    owd_pay("pay_fr_o21", "OWD-2025-421", "Salon Coiffure Éclat", "milestone", "1200.00", "240.00",
            "2025-08-20T10:00:00", currency="EUR", milestone_status="approved")
    f = mail("owd-autre-facture", "Salon Coiffure Éclat <salon@coiffure-eclat.fr>", OWD,
             "duplicata facture", "2025-09-25 11:00 +0200",
             "Bonjour, mon comptable me réclame un duplicata de la facture OWD-2025-421 avec notre numéro de "
             "TVA intracommunautaire. Pouvez-vous me la renvoyer ? Merci beaucoup !\nSandrine\n")
    case("owd-autre-facture", f, B_OWD, "other", [], [],
         "request for an invoice copy: neither refund nor cancellation -> other")

    project("Brasserie du Port Réseaux", "gerance@brasserieduport.fr")
    owd_pay("pay_fr_o22", "OWD-2025-422", "Brasserie du Port Réseaux", "retainer", "350.00", "70.00",
            "2025-09-18T10:00:00", currency="EUR", next_billing_at="2025-10-18T10:00:00", ps="2025-09-18",
            pe="2025-10-17")
    f = mail("owd-tr-propre-message", "Brasserie du Port <gerance@brasserieduport.fr>", OWD,
             "TR: Résiliation contrat réseaux sociaux", "2025-09-27 10:00 +0200",
             "Je vous renvoie ce message envoyé la semaine dernière à votre adresse support, resté sans "
             "réponse.\n\n-------- Message transféré --------\nSujet : Résiliation contrat réseaux sociaux\n"
             "Date : Fri, 19 Sep 2025 18:20:00 +0200\nDe : Brasserie du Port <gerance@brasserieduport.fr>\n"
             "Pour : support@optimawebdesign.com\n\nBonjour,\nNous souhaitons mettre fin au contrat de gestion "
             "des réseaux sociaux (Brasserie du Port Réseaux, facture OWD-2025-422) : nous avons embauché une "
             "serveuse qui s'en occupe très bien.\nCordialement,\nLa gérance\n")
    case("owd-tr-propre-message", f, B_OWD, "decided", [], [cancel("cancel", "2025-10-17")],
         "forward read for the request it carries; same contract address forwarded its own mail, no C2; "
         "request time = this email 2025-09-27 (13:30 IST) <= next_billing 2025-10-18 minus 7 = 2025-10-11 -> O4 "
         "cancel effective 2025-10-17")

    project("Domaine Équestre Les Aulnes", "ecurie@lesaulnes.fr")
    owd_pay("pay_fr_o23", "OWD-2025-423", "Domaine Équestre Les Aulnes", "retainer", "400.00", "80.00",
            "2025-09-14T10:00:00", currency="EUR", next_billing_at="2025-10-14T10:00:00", ps="2025-09-14",
            pe="2025-10-13")
    f = mail("owd-negation-resiliation", "Domaine Équestre Les Aulnes <ecurie@lesaulnes.fr>", OWD,
             "Fin du forfait mensuel", "2025-09-30 14:00 +0200",
             "Bonjour,\n\nJe ne vous demande aucun remboursement, le travail de septembre a été fait et bien "
             "fait. Mais nous vendons le domaine, donc merci de mettre fin au forfait mensuel (Domaine Équestre "
             "Les Aulnes, OWD-2025-423).\n\nCordialement,\nSolène\n")
    case("owd-negation-resiliation", f, B_OWD, "decided", [], [cancel("cancel", "2025-10-13")],
         "negated refund adds no refund intent; request 2025-09-30 <= next_billing 2025-10-14 minus 7 = "
         "2025-10-07 -> O4 cancel effective 2025-10-13")

    project("Musée Vivant de la Dentelle", "accueil@musee-dentelle.fr")
    f = mail("owd-hypothese-acompte", "Musée de la Dentelle <accueil@musee-dentelle.fr>", OWD,
             "Question sur l'acompte", "2025-09-24 10:00 +0200",
             "Bonjour,\n\nAvant de signer le devis : si nous versons l'acompte et que le conseil municipal ne "
             "valide pas le budget le mois prochain, l'acompte serait-il remboursable ?\n\nMerci,\nCorinne, "
             "chargée d'accueil\n")
    case("owd-hypothese-acompte", f, B_OWD, "other", [], [],
         "section 8: hypothetical before paying ('si nous versons ... serait-il remboursable') -> other")

    project("Camping Les Pins Hébergement", "camping@lespins.fr")
    owd_pay("pay_fr_o24", "OWD-2025-424", "Camping Les Pins Hébergement", "hosting_annual", "720.00", "144.00",
            "2025-09-26T10:00:00", currency="EUR", setup_fee="120.00", service_start="2025-09-26")
    f = mail("owd-hebergement-resilie-seul", "Camping Les Pins <camping@lespins.fr>", OWD,
             "hébergement annuel: on arrête", "2025-09-28 09:00 +0200",
             "bonjour\nnous avons souscrit l'hebergement annuel vendredi (Camping Les Pins Hébergement, "
             "OWD-2025-424) mais notre federation de campings nous offre l'hebergement gratuit. Merci "
             "d'annuler et de nous rendre ce qui peut l'etre.\nCordialement\nM. et Mme Joly\n")
    case("owd-hebergement-resilie-seul", f, B_OWD, "decided", [], [refund("approve", "550.00")], extra_ok=True,
         spec="O5: day 2 of service (2025-09-26 -> 2025-09-28); monthly = (720.00 - 120.00)/12 = 50.00; "
              "720.00 - 120.00 - 50.00 = 550.00; 'nous rendre ce qui peut l'être' asks the money back")

    # ------------------------------------------------------------------ cas supplémentaires
    f = mail("owd-adresse-interne", "Optima WebDesign Support <support@optimawebdesign.com>", OWD,
             "TR: Demande de remboursement — client Fromagerie", "2025-09-26 09:00 +0530",
             "Pour info, demande reçue sur l'adresse support, à traiter par le desk remboursements.\n\n"
             "-------- Message transféré --------\nDe : Fromagerie des Alpes <info@fromagerie-alpes.ch>\n"
             "Objet : Atelier découverte – annulation\n\nMerci de nous rembourser l'atelier.\n")
    case("owd-adresse-interne", f, B_OWD, "ignore", ["C7"], [],
         "C7: the sender is one of the brand's own addresses (support@optimawebdesign.com) -> ignore, never answered")

    f = mail("lo-lettre-info", "Le Club des Growth Hackers <newsletter@club-growth.fr>", LO,
             "Lettre n°87 : résilier un abonnement SaaS sans douleur", "2025-09-30 07:00 +0200",
             "Au sommaire : comment obtenir un remboursement de son logiciel, les pièges des abonnements "
             "annuels, et notre sélection d'outils de prospection.\nSe désabonner : cliquez ici.\n",
             headers=[("Precedence", "bulk"), ("List-Unsubscribe", "<mailto:desabo@club-growth.fr>")])
    case("lo-lettre-info", f, B_LO, "ignore", ["C7"], [],
         "C7: Precedence: bulk -> ignore, whatever the text says about refunds")

    customer("yannick.leroy@leroy-drone.fr", "Yannick Leroy", "monthly", start="2025-09-26", end="2025-10-25")
    lo_pay("pay_fr_8150", "LO-INV-81150", "yannick.leroy@leroy-drone.fr", "monthly", "49.00", "9.80",
           "2025-09-26T10:00:00", "2025-09-26", "2025-10-25", currency="EUR")
    f = mail("lo-doublon-sans-paire", "Yannick Leroy <yannick.leroy@leroy-drone.fr>", LO,
             "debit en double ?", "2025-09-27 18:00 +0200",
             "Salut,\n\nj'ai l'impression d'avoir payé deux fois l'abonnement mensuel hier, ma banque affiche deux "
             "lignes LeadsOptima de 58,80 €. La facture que j'ai reçue c'est LO-INV-81150. Vous pouvez "
             "rembourser le doublon ?\n\nYannick – Leroy Drone Services\n")
    case("lo-doublon-sans-paire", f, B_LO, "decided", [], [refund("escalate")],
         "L2 duplicate_payment inside L3 (day 1), but the ledger holds one charge only -> L4: no such pair -> "
         "escalate")

    project("Pressing du Marché", "pressing.marche@laposte.net")
    owd_pay("pay_fr_o30", "OWD-2025-430", "Pressing du Marché", "deposit", "500.00", "100.00",
            "2025-09-29T15:00:00", currency="EUR", status="failed")
    f = mail("owd-paiement-echoue", "Pressing du Marché <pressing.marche@laposte.net>", OWD,
             "acompte débité mais marqué échoué", "2025-09-30 09:00 +0200",
             "Bonjour,\n\nFinalement ma sœur nous fait le site gratuitement, donc on arrête le projet Pressing du "
             "Marché. Votre mail dit que le paiement de l'acompte OWD-2025-430 a échoué, mais mon compte a bien "
             "été débité de 600 €. Merci de me rembourser.\n\nMme Carpentier\n")
    case("owd-paiement-echoue", f, B_OWD, "decided", [], [refund("escalate")], extra_ok=True,
         spec="section 8: a payment not 'paid' (failed) -> a refund of it is escalated, even inside 72 h")

    project("Traiteur Saveurs d'Asie Réseaux", "contact@saveurs-asie.fr")
    owd_pay("pay_fr_o31", "OWD-2025-431", "Traiteur Saveurs d'Asie Réseaux", "retainer", "380.00", "76.00",
            "2025-09-07T09:00:00", currency="EUR", next_billing_at="2025-10-07T09:00:00", ps="2025-09-07",
            pe="2025-10-06")
    f = mail("owd-preavis-minuit-ist", "Saveurs d'Asie <contact@saveurs-asie.fr>", OWD,
             "Fin du contrat réseaux sociaux – Traiteur Saveurs d'Asie Réseaux", "2025-09-30 21:30 +0200",
             "Bonsoir,\n\nNous arrêtons l'activité traiteur pour nous concentrer sur le restaurant. Merci de "
             "résilier le forfait réseaux sociaux (OWD-2025-431). Nous sommes le 30, soit 7 jours avant la "
             "prochaine échéance du 7 octobre, donc pas de nouveau prélèvement.\n\nMinh Nguyen\n")
    case("owd-preavis-minuit-ist", f, B_OWD, "decided", [], [cancel("cancel", "2025-11-06")],
         "O4 edge across zones: Date 2025-09-30 21:30 +0200 = 2025-10-01 01:00 IST; cutoff = next_billing "
         "2025-10-07 minus 7 = 2025-09-30; request local date 2025-10-01 is later -> less than 7 days' notice: "
         "next cycle 2025-10-07..2025-11-06 billed -> effective 2025-11-06")

    project("Gîtes du Vercors Maintenance", "gites@vercors-nature.fr")
    owd_pay("pay_fr_o32", "OWD-2025-432", "Gîtes du Vercors Maintenance", "maintenance_annual", "1800.00",
            "360.00", "2025-09-16T10:00:00", currency="EUR", service_start="2025-09-16")
    f = mail("owd-maintenance-j14", "Gîtes du Vercors <gites@vercors-nature.fr>", OWD,
             "Demande de remboursement — Gîtes du Vercors Maintenance / OWD-2025-432", "2025-09-30 18:00 +0200",
             "Bonjour,\n\nNotre office de tourisme propose désormais la maintenance des sites des gîtes adhérents "
             "gratuitement. Nous souhaitons donc résilier le contrat de maintenance annuel démarré le 16 "
             "septembre et être remboursés au prorata, dans le délai de 14 jours.\n\nCordialement,\nBéatrice "
             "et Luc\n")
    case("owd-maintenance-j14", f, B_OWD, "decided", [], [refund("approve", "1650.00")], extra_ok=True,
         spec="O5: service_start 2025-09-16; Date 2025-09-30 18:00 +0200 = 21:30 IST 2025-09-30 = day 14 -> "
              "inside; no setup fee; monthly 1800.00/12 = 150.00; 1800.00 - 150.00 = 1650.00")


def main():
    EMAILS.mkdir(parents=True, exist_ok=True)
    for old in EMAILS.glob("*.eml"):
        old.unlink()
    build()
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)), "duplicate case id"
    invs = [p["invoice"] for p in LEDGER["payments"]]
    assert len(invs) == len(set(invs)), "duplicate invoice"
    (HERE / "ledger.json").write_text(json.dumps(LEDGER, indent=1, ensure_ascii=False) + "\n")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, indent=1, ensure_ascii=False) + "\n")
    print(f"{len(CASES)} cases")


if __name__ == "__main__":
    main()
