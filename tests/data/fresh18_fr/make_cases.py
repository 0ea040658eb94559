"""fresh18_fr: French held-out cases (France, Belgium, Switzerland, Québec, West/North Africa). Stdlib only, deterministic.

Run `python3 make_cases.py`; it writes ledger.json, emails/*.eml and expected.json beside itself.
MIT, like the project; all text written for this project.
"""
import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
LANG = "fr"
LO = "LeadsOptima Support <support@leadsoptima.com>"
OWD = "Optima WebDesign <optimawebdesigns12@gmail.com>"
LOB, OWB = "leadsoptima", "optima_webdesign"
CEST = timezone(timedelta(hours=2))  # France, Belgium, Switzerland
QC = timezone(timedelta(hours=-4))  # Québec (EDT)
MA = timezone(timedelta(hours=1))  # Morocco, Algeria, Tunisia
SN = timezone(timedelta(hours=0))  # Senegal, Côte d'Ivoire
CUSTOMERS, PROJECTS, PAYMENTS, CASES = [], [], [], []
EMAILS = {}
M = ("1499.00", "269.82")
Q = ("3999.00", "719.82")
A = ("11988.00", "2157.84")


def d(y, mo, day, h=9, mi=0, tz=CEST):
    return datetime(y, mo, day, h, mi, tzinfo=tz)


def cust(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    CUSTOMERS.append({"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
                      "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end})


def lopay(pid, inv, email, plan, money, paid_at, ps, pe, status="paid"):
    PAYMENTS.append({"brand": LOB, "id": pid, "invoice": inv, "customer_email": email, "kind": "subscription",
                     "plan": plan, "amount": money[0], "tax": money[1], "currency": "INR", "paid_at": paid_at,
                     "period_start": ps, "period_end": pe, "status": status})


def proj(name, contract, started=None):
    PROJECTS.append({"brand": OWB, "name": name, "contract_email": contract, "work_started_at": started})


def owpay(pid, inv, project, kind, amount, tax, paid_at, **kw):
    base = {"brand": OWB, "id": pid, "invoice": inv, "project": project, "kind": kind,
            "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": "paid",
            "setup_fee": None, "service_start": None, "next_billing_at": None,
            "period_start": None, "period_end": None, "milestone_status": None}
    base.update(kw)
    PAYMENTS.append(base)


def mail(name, frm, to, subject, body, when, html=None, headers=(), refs=()):
    """One .eml; returns (path, message-id)."""
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    domain = frm.split("@")[-1].strip(">").strip() or "localhost"
    mid = f"<{name}.{LANG}18@{domain}>"
    msg["Message-ID"] = mid
    if refs:
        msg["In-Reply-To"] = refs[-1]
        msg["References"] = " ".join(refs)
    for k, v in headers:
        msg[k] = v
    if body is None:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(body)
        if html:
            msg.add_alternative(html, subtype="html")
    path = f"emails/{name}.eml"
    EMAILS[path] = msg.as_bytes(policy=policy.SMTP)
    return path, mid


def R(outcome, amount=None):
    return {"intent": "refund", "outcome": outcome, "amount": amount}


def C(date, outcome="cancel"):
    dd = {"intent": "cancellation", "outcome": outcome}
    if date:
        dd["effective_date"] = date
    return dd


def case(cid, brand, files, status, spec, decisions=(), rules=(), missing=None, extra_ok=False,
         ambiguous=None):
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": list(files), "brand": brand, "status": status,
         "rules": list(rules), "decisions": list(decisions), "spec": spec}
    if missing is not None:
        c["missing"] = missing
    if extra_ok:
        c["extra_ok"] = True
    if ambiguous:
        c["ambiguous"] = ambiguous
    CASES.append(c)


TO_LO = "support@leadsoptima.com"
TO_OWD = "optimawebdesigns12@gmail.com"

# ---------------------------------------------------------------- LeadsOptima

# l01 Québec, duplicate, informal
cust("mathieu.gagnon@videotron.ca", "Mathieu Gagnon", "monthly", start="2025-09-21", end="2025-10-20")
lopay("fr_p011", "LO-INV-30411", "mathieu.gagnon@videotron.ca", "monthly", M, "2025-09-21T04:00:00", "2025-09-21", "2025-10-20")
lopay("fr_p012", "LO-INV-30412", "mathieu.gagnon@videotron.ca", "monthly", M, "2025-09-21T04:01:00", "2025-09-21", "2025-10-20")
f, _ = mail("l01-charge-deux-fois", "Mathieu Gagnon <mathieu.gagnon@videotron.ca>", TO_LO, "chargé 2 fois",
            "Allo,\n\nJ'ai checké mon relevé de carte pis vous m'avez chargé deux fois l'abonnement mensuel samedi soir. "
            "C'est la facture LO-INV-30412 qui est de trop. Pouvez-vous me rembourser celle-là svp?\n\nMerci ben,\nMat\n",
            d(2025, 9, 23, 19, 30, QC))
case("l01-charge-deux-fois", LOB, [f], "decided",
     "Duplicate 1499.00, same period, 2025-09-21 IST; email 2025-09-23 19:30 -04:00 = 2025-09-24 05:00 IST = day 3: approve 1499.00 (L4, C6).",
     [R("approve", "1499.00")])

# l02 Belgium, day 8
cust("compta@boulangerie-dewitte.be", "Boulangerie Dewitte", "annual", start="2025-09-02", end="2026-09-01")
lopay("fr_p021", "LO-INV-30421", "compta@boulangerie-dewitte.be", "annual", A, "2025-09-02T10:00:00", "2025-09-02", "2026-09-01")
lopay("fr_p022", "LO-INV-30422", "compta@boulangerie-dewitte.be", "annual", A, "2025-09-02T10:00:45", "2025-09-02", "2026-09-01")
f, _ = mail("l02-doublon-jour8", "Comptabilité Dewitte <compta@boulangerie-dewitte.be>", "billing@leadsoptima.com",
            "Double prélèvement abonnement annuel",
            "Madame, Monsieur,\n\nNous constatons sur nos extraits de compte que l'abonnement annuel a été prélevé deux fois "
            "le 2 septembre (onze mille neuf cent quatre-vingt-huit roupies hors TVA, chaque fois). La seconde facture porte "
            "le numéro LO-INV-30422. Pourriez-vous nous rembourser le montant payé en double, s'il vous plaît ?\n\n"
            "Bien à vous,\nSophie Dewitte\nBoulangerie Dewitte SRL – Chaussée de Wavre 170, 1050 Ixelles\n",
            d(2025, 9, 10, 8, 0))
case("l02-doublon-jour8", LOB, [f], "decided",
     "Charges 2025-09-02 (day 0); email 2025-09-10 08:00 +02:00 = 11:30 IST = day 8: deny (L3).",
     [R("deny")])

# l03 Québec, day 7 in IST while the customer's local date is still day 6
cust("isabelle.tremblay@sympatico.ca", "Isabelle Tremblay", "quarterly", start="2025-09-16", end="2025-12-15")
lopay("fr_p031", "LO-INV-30431", "isabelle.tremblay@sympatico.ca", "quarterly", Q, "2025-09-16T01:00:00", "2025-09-16", "2025-12-15")
lopay("fr_p032", "LO-INV-30432", "isabelle.tremblay@sympatico.ca", "quarterly", Q, "2025-09-16T01:00:30", "2025-09-16", "2025-12-15")
f, _ = mail("l03-jour7-quebec", "Isabelle Tremblay <isabelle.tremblay@sympatico.ca>", TO_LO, "Facturation en double",
            "Bonsoir,\n\nMon abonnement trimestriel a été facturé en double (LO-INV-30431 et LO-INV-30432). Je n'ai passé "
            "qu'une seule commande. Merci de créditer le deuxième montant sur ma carte.\n\nIsabelle Tremblay\nSherbrooke (Qc)\n",
            d(2025, 9, 22, 20, 0, QC))
case("l03-jour7-quebec", LOB, [f], "decided",
     "Day 0 = 2025-09-16 IST; email 2025-09-22 20:00 -04:00 = 2025-09-23 05:30 IST = day 7, inside (L3): approve 3999.00 (L4).",
     [R("approve", "3999.00")])

# l04 Senegal, believes day 7, is day 8 in IST
cust("aminata.diop@orange.sn", "Aminata Diop", "quarterly", start="2025-09-12", end="2025-12-11")
lopay("fr_p041", "LO-INV-30441", "aminata.diop@orange.sn", "quarterly", Q, "2025-09-12T09:00:00", "2025-09-12", "2025-12-11")
lopay("fr_p042", "LO-INV-30442", "aminata.diop@orange.sn", "quarterly", Q, "2025-09-12T09:03:00", "2025-09-12", "2025-12-11")
f, _ = mail("l04-dakar-minuit", "Aminata Diop <aminata.diop@orange.sn>", TO_LO, "Réclamation paiement en double",
            "Bonsoir Messieurs-Dames,\n\nJe viens par la présente vous signaler que mon abonnement trimestriel a été débité "
            "deux fois le 12/09 (LO-INV-30441 et LO-INV-30442). Je suis encore dans les 7 jours donc je sollicite le "
            "remboursement du second débit.\n\nDans l'attente, veuillez agréer mes salutations distinguées.\nAminata Diop\n",
            d(2025, 9, 19, 19, 0, SN))
case("l04-dakar-minuit", LOB, [f], "decided",
     "Day 0 = 2025-09-12 IST; email 2025-09-19 19:00 +00:00 = 2025-09-20 00:30 IST = day 8: deny (L3, brand's zone).",
     [R("deny")])

# l05 Morocco, three identical charges
cust("youssef.benali@gmail.com", "Youssef Benali", "monthly", start="2025-09-27", end="2025-10-26")
for i, t in ((1, "13:10"), (2, "13:11"), (3, "13:11")):
    lopay(f"fr_p05{i}", f"LO-INV-3045{i}", "youssef.benali@gmail.com", "monthly", M, f"2025-09-27T{t}:{10 * i:02d}", "2025-09-27", "2025-10-26")
f, _ = mail("l05-trois-fois", "Youssef Benali <youssef.benali@gmail.com>", TO_LO, "prelevement 3 fois !!",
            "Salam, bonjour\n\nLe paiement a bloqué sur votre site et j'ai cliqué plusieurs fois, résultat on m'a prélevé 3 fois "
            "le mensuel : LO-INV-30451, LO-INV-30452, LO-INV-30453. Je veux garder un seul abonnement, remboursez les 2 autres svp.\n\n"
            "Merci d'avance\nYoussef – Casablanca\n", d(2025, 9, 27, 20, 0, MA))
case("l05-trois-fois", LOB, [f], "decided",
     "Three identical 1499.00 charges on 2025-09-27, same period; every charge after the first is a duplicate: 2998.00 (section 8, L4).",
     [R("approve", "2998.00")])

# l06 charged after cancelling
cust("p.lefebvre@free.fr", "Pierre Lefebvre", "monthly", start="2025-09-18", end="2025-10-17")
lopay("fr_p061", "LO-INV-30461", "p.lefebvre@free.fr", "monthly", M, "2025-09-18T06:00:00", "2025-09-18", "2025-10-17")
f, _ = mail("l06-preleve-apres-resiliation", "Pierre Lefebvre <p.lefebvre@free.fr>", TO_LO, "Prélèvement après résiliation",
            "Bonjour,\n\nJ'ai résilié mon abonnement mensuel fin août (j'ai même reçu un mail de confirmation) et vous m'avez "
            "quand même prélevé le 18/09, facture LO-INV-30461. Merci de me rembourser ce prélèvement.\n\nCordialement,\nP. Lefebvre\n",
            d(2025, 9, 19, 10, 5))
case("l06-preleve-apres-resiliation", LOB, [f], "decided",
     "Charged after cancelling = billing_error (L2), day 1: escalate (L5).",
     [R("escalate")])

# l07 access failure
cust("contact@atelier-mireille.fr", "Mireille Garnier", "annual", start="2025-09-24", end="2026-09-23")
lopay("fr_p071", "LO-INV-30471", "contact@atelier-mireille.fr", "annual", A, "2025-09-24T12:00:00", "2025-09-24", "2026-09-23")
f, _ = mail("l07-impossible-connexion", "Atelier Mireille <contact@atelier-mireille.fr>", TO_LO, "Impossible de me connecter",
            "Bonjour,\n\nDepuis le renouvellement de mon abonnement annuel (LO-INV-30471), impossible de me connecter : la page "
            "de connexion tourne dans le vide, j'ai réinitialisé le mot de passe, vidé le cache, essayé sur Chrome et Firefox. "
            "Si je ne peux pas utiliser l'outil, je demande le remboursement.\n\nMireille\n", d(2025, 9, 27, 14, 0))
case("l07-impossible-connexion", LOB, [f], "decided",
     "access_failure (L2), day 3: escalate (L6).",
     [R("escalate")])

# l08 changed mind -> deny
cust("lucas.moreau93@hotmail.fr", "Lucas Moreau", "monthly", start="2025-09-28", end="2025-10-27")
lopay("fr_p081", "LO-INV-30481", "lucas.moreau93@hotmail.fr", "monthly", M, "2025-09-28T08:00:00", "2025-09-28", "2025-10-27")
f, _ = mail("l08-change-avis", "Lucas Moreau <lucas.moreau93@hotmail.fr>", TO_LO, "rembourssement",
            "slt jai pris labo hier mais en fait jai changer d avis c trop cher pour moi, vous pouvez me rembourser la facture "
            "LO-INV-30481 ? merci\n\nEnvoyé de mon Galaxy\n", d(2025, 9, 29, 23, 50))
case("l08-change-avis", LOB, [f], "decided",
     "Changed mind / too expensive is no L2 exception: deny (L1); reply offers cancellation.",
     [R("deny")])

# l09 cancel + pro-rata refund
cust("direction@cabinet-rousseau.fr", "Cabinet Rousseau", "annual", start="2025-02-15", end="2026-02-14")
lopay("fr_p091", "LO-INV-30491", "direction@cabinet-rousseau.fr", "annual", A, "2025-02-15T11:00:00", "2025-02-15", "2026-02-14")
f, _ = mail("l09-prorata", "Cabinet Rousseau <direction@cabinet-rousseau.fr>", TO_LO, "Résiliation et remboursement au prorata",
            "Madame, Monsieur,\n\nPar la présente, je vous notifie la résiliation de notre abonnement annuel. Le cabinet cesse "
            "son activité de prospection. Je vous saurais gré de bien vouloir nous rembourser au prorata les mois non utilisés "
            "(facture LO-INV-30491).\n\nJe vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n"
            "Hélène Rousseau\nAvocate associée\n", d(2025, 9, 21, 16, 0))
case("l09-prorata", LOB, [f], "decided",
     "Pro-rata refund of unused months: deny (L1/clause 2; also far outside L3); cancel, active until 2026-02-14 (L8). The signature title 'Avocate associée' is the sender's own job: a signature is not part of the request (section 8) and C4 escalates a chargeback, dispute or legal threat (section 8), of which there is none: no C4.",
     [R("deny"), C("2026-02-14")])

# l10 Swiss Romand cancellation
cust("c.favre@bluewin.ch", "Claude Favre", "quarterly", start="2025-09-08", end="2025-12-07")
lopay("fr_p101", "LO-INV-30501", "c.favre@bluewin.ch", "quarterly", Q, "2025-09-08T08:00:00", "2025-09-08", "2025-12-07")
f, _ = mail("l10-resiliation-suisse", "Claude Favre <c.favre@bluewin.ch>", TO_LO, "Résiliation",
            "Bonjour,\n\nJe vous prie de bien vouloir résilier mon abonnement pour la prochaine échéance. Nous passons à une "
            "autre solution à la rentrée.\n\nAvec mes meilleures salutations\nClaude Favre, Lausanne\n", d(2025, 9, 24, 11, 20))
case("l10-resiliation-suisse", LOB, [f], "decided",
     "Cancellation (L8): active until current_period_end 2025-12-07.",
     [C("2025-12-07")])

# l11 fallback with a Québec offset in the ledger
cust("julie.cote@gmail.com", "Julie Côté", "monthly")
lopay("fr_p111", "LO-INV-30511", "julie.cote@gmail.com", "monthly", M, "2025-09-04T22:00:00-04:00", None, None)
f, _ = mail("l11-annulation-fallback", "Julie Côté <julie.cote@gmail.com>", TO_LO, "Annuler mon abonnement",
            "Bonjour, j'aimerais annuler mon abonnement. Mon contrat avec le client pour qui je l'utilisais est terminé. "
            "Bonne journée! Julie\n", d(2025, 9, 20, 9, 40, QC))
case("l11-annulation-fallback", LOB, [f], "decided",
     "No current_period_end; last charge 2025-09-04T22:00-04:00 = 2025-09-05 07:30 IST; + 1 month - 1 day = 2025-10-04 (L8, section 8 offsets).",
     [C("2025-10-04")])

# l12 trial
cust("emma.lambert@laposte.net", "Emma Lambert", "monthly", status="trial", trial_ends="2025-10-06")
f, _ = mail("l12-essai-gratuit", "Emma Lambert <emma.lambert@laposte.net>", TO_LO, "Remboursement période d'essai",
            "Bonjour,\n\nJe suis en période d'essai gratuite et l'outil ne correspond pas à nos besoins. Je voudrais être "
            "remboursée de ce que j'ai payé.\n\nEmma Lambert\n", d(2025, 9, 28, 10, 0))
case("l12-essai-gratuit", LOB, [f], "decided",
     "Trial account, no charges: deny, nothing to refund; no billing unless they subscribe (L7). L7 decides a trial refund outright: there is no charge to identify, so no invoice_number is asked for.",
     [R("deny")])

# l13 C2: other address
cust("karim.haddad@haddad-transports.fr", "Karim Haddad", "monthly", start="2025-09-22", end="2025-10-21")
lopay("fr_p131", "LO-INV-30521", "karim.haddad@haddad-transports.fr", "monthly", M, "2025-09-22T09:00:00", "2025-09-22", "2025-10-21")
lopay("fr_p132", "LO-INV-30522", "karim.haddad@haddad-transports.fr", "monthly", M, "2025-09-22T09:01:00", "2025-09-22", "2025-10-21")
f, _ = mail("l13-adresse-perso", "Karim H <karimh69@hotmail.com>", TO_LO, "double paiement",
            "Bonjour je vous écris de mon adresse perso, le compte est au nom de karim.haddad@haddad-transports.fr. "
            "Vous avez débité deux fois, remboursez la LO-INV-30522 svp. Abonnement mensuel. Karim\n", d(2025, 9, 23, 7, 5))
case("l13-adresse-perso", LOB, [f], "need_info",
     "Sender is not the registered email it names: ask for the request from that address, disclose nothing (C2).",
     rules=["C2"])

# l14 C2 via Outlook forward (TR:)
cust("m.dubois@etude-dubois.fr", "Maître Dubois", "quarterly", start="2025-08-01", end="2025-10-31")
lopay("fr_p141", "LO-INV-30531", "m.dubois@etude-dubois.fr", "quarterly", Q, "2025-08-01T10:00:00", "2025-08-01", "2025-10-31")
f, _ = mail("l14-tr-secretariat", "Secrétariat Étude Dubois <secretariat@etude-dubois.fr>", TO_LO, "TR: Résiliation LeadsOptima",
            "Bonjour,\n\nVeuillez trouver ci-dessous la demande de Me Dubois. Merci de faire le nécessaire.\n\nCordialement,\n"
            "Nathalie, secrétariat\n\n"
            "________________________________\nDe : Me Dubois <m.dubois@etude-dubois.fr>\nEnvoyé : lundi 22 septembre 2025 08:47\n"
            "À : Secrétariat Étude Dubois <secretariat@etude-dubois.fr>\nObjet : Résiliation LeadsOptima\n\n"
            "Nathalie, merci de résilier l'abonnement trimestriel LeadsOptima (compte m.dubois@etude-dubois.fr), "
            "nous ne l'utilisons plus.\nMD\n", d(2025, 9, 22, 9, 3))
case("l14-tr-secretariat", LOB, [f], "need_info",
     "Forward (TR:) carries a cancellation for m.dubois@...; sender is the secretariat: C2 via a forward (section 8).",
     rules=["C2"])

# l15 C4: mise en demeure / avocat / association de consommateurs
cust("g.martin@martin-plomberie.fr", "Gilles Martin", "monthly", start="2025-09-25", end="2025-10-24")
lopay("fr_p151", "LO-INV-30541", "g.martin@martin-plomberie.fr", "monthly", M, "2025-09-25T09:00:00", "2025-09-25", "2025-10-24")
f, _ = mail("l15-mise-en-demeure", "Gilles Martin <g.martin@martin-plomberie.fr>", TO_LO, "MISE EN DEMEURE",
            "Ca fait 5 jours que la plateforme ne charge plus, votre support ne répond pas. Je vous mets en demeure de me "
            "rembourser la facture LO-INV-30541 sous 8 jours, faute de quoi je transmets le dossier à mon avocat et à "
            "l'UFC-Que Choisir.\n\nG. Martin\n", d(2025, 9, 30, 8, 0))
case("l15-mise-en-demeure", LOB, [f], "decided",
     "Formal notice with lawyer / consumer-association threat: escalate (C4), no amount.",
     [R("escalate")], rules=["C4"])

# l16 C4 covers the cancellation: contest with the bank
cust("v.roux@roux-evenements.fr", "Vincent Roux", "quarterly", start="2025-09-26", end="2025-12-25")
lopay("fr_p161", "LO-INV-30551", "v.roux@roux-evenements.fr", "quarterly", Q, "2025-09-26T12:00:00", "2025-09-26", "2025-12-25")
lopay("fr_p162", "LO-INV-30552", "v.roux@roux-evenements.fr", "quarterly", Q, "2025-09-26T12:00:40", "2025-09-26", "2025-12-25")
f, _ = mail("l16-opposition-banque", "Vincent Roux <v.roux@roux-evenements.fr>", TO_LO, "Résiliation + double débit",
            "Bonjour,\n\nVous m'avez débité deux fois le trimestre (LO-INV-30552). Je résilie mon abonnement avec effet "
            "immédiat. Si le remboursement n'est pas fait d'ici mercredi, je conteste le prélèvement auprès de ma banque "
            "et je fais opposition.\n\nV. Roux\n", d(2025, 9, 27, 13, 13))
case("l16-opposition-banque", LOB, [f], "decided",
     "Bank-dispute threat covers the whole case (C4, section 8): refund and cancellation both escalate.",
     [R("escalate"), C(None, "escalate")], rules=["C4"])

# l17 out-of-office
f, _ = mail("l17-absence", "Mathieu Gagnon <mathieu.gagnon@videotron.ca>", TO_LO,
            "Réponse automatique : Re: [LO-3290] Votre demande",
            "Bonjour, je suis absent du bureau jusqu'au 6 octobre inclusivement avec un accès limité à mes courriels. "
            "Pour toute urgence, contactez le 514 555-0199.\n", d(2025, 9, 25, 9, 0, QC),
            headers=(("Auto-Submitted", "auto-replied"),), refs=("<lo-3290-reply@leadsoptima.com>",))
case("l17-absence", LOB, [f], "ignore", "Out-of-office with Auto-Submitted: auto-replied: ignore (C7).", rules=["C7"])

# l18 bounce from postmaster
f, _ = mail("l18-echec-remise", "postmaster@orange.fr", TO_LO, "Échec de la remise du message",
            "Ce message a été créé automatiquement par le logiciel de distribution du courrier.\n\nVotre message n'a pas pu "
            "être remis à un ou plusieurs destinataires :\n  ancien.client@orange.fr : boîte aux lettres inexistante\n",
            d(2025, 9, 24, 3, 2))
case("l18-echec-remise", LOB, [f], "ignore", "postmaster sender / delivery failure: ignore (C7).", rules=["C7"])

# l19 missing reason: restatement + corporate disclaimer
cust("comptabilite@imprimerie-leroy.fr", "Imprimerie Leroy", "quarterly", start="2025-09-24", end="2025-12-23")
lopay("fr_p191", "LO-INV-30561", "comptabilite@imprimerie-leroy.fr", "quarterly", Q, "2025-09-24T10:00:00", "2025-09-24", "2025-12-23")
f, _ = mail("l19-sans-motif", "Comptabilité Imprimerie Leroy <comptabilite@imprimerie-leroy.fr>", TO_LO,
            "Demande de remboursement LO-INV-30561",
            "Bonjour,\n\nNous vous prions de bien vouloir procéder au remboursement de la facture LO-INV-30561.\n\n"
            "Vous en remerciant par avance, nous vous prions d'agréer nos sincères salutations.\n\nService comptabilité\n"
            "Imprimerie Leroy SAS – 12 rue des Artisans, 59000 Lille\n\n"
            "Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses "
            "destinataires. Toute utilisation non conforme à sa destination est interdite. Pensez à l'environnement avant "
            "d'imprimer ce courriel.\n", d(2025, 9, 26, 9, 15))
case("l19-sans-motif", LOB, [f], "need_info",
     "Refund with invoice, plan from ledger, but no reason: restated request, courtesy line and disclaimer are not reasons (section 8, C3).",
     missing=["reason"])

# l20 thread answering need_info (Gmail French quote header)
cust("n.girard@girard-electricite.fr", "Nicolas Girard", "monthly", start="2025-09-23", end="2025-10-22")
lopay("fr_p201", "LO-INV-30571", "n.girard@girard-electricite.fr", "monthly", M, "2025-09-23T09:00:00", "2025-09-23", "2025-10-22")
lopay("fr_p202", "LO-INV-30572", "n.girard@girard-electricite.fr", "monthly", M, "2025-09-23T09:00:20", "2025-09-23", "2025-10-22")
f1, m1 = mail("l20a-remboursement", "Nicolas Girard <n.girard@girard-electricite.fr>", TO_LO, "Remboursement",
              "Bonjour, merci de rembourser la LO-INV-30572. Cordialement, N. Girard\n", d(2025, 9, 24, 17, 0))
f2, _ = mail("l20b-reponse", "Nicolas Girard <n.girard@girard-electricite.fr>", TO_LO, "Re: Remboursement [LO-3291]",
             "C'est un doublon : 30571 et 30572 le même jour, même montant.\n\n"
             "Le jeu. 25 sept. 2025 à 10:02, LeadsOptima Support <support@leadsoptima.com> a écrit :\n"
             "> Merci pour votre message. Pourriez-vous nous indiquer le motif de votre demande de remboursement ?\n",
             d(2025, 9, 25, 18, 30), refs=(m1, "<lo-3291-reply@leadsoptima.com>"))
case("l20-motif-fourni", LOB, [f1, f2], "decided",
     "Thread: first mail 2025-09-24 (day 1) had no reason; the reply gives a duplicate; merged (C3): approve 1499.00 (L4).",
     [R("approve", "1499.00")])

# l21 negation + invoice question
cust("achats@bernard-sa.fr", "Bernard SA", "annual", start="2025-09-05", end="2026-09-04")
lopay("fr_p211", "LO-INV-30581", "achats@bernard-sa.fr", "annual", A, "2025-09-05T10:00:00", "2025-09-05", "2026-09-04")
f, _ = mail("l21-pas-de-remboursement", "Service Achats Bernard SA <achats@bernard-sa.fr>", TO_LO, "Facture LO-INV-30581 – SIRET",
            "Bonjour,\n\nPour être clair : nous ne demandons pas de remboursement et nous ne résilions pas. Il manque "
            "simplement notre numéro SIRET et notre n° de TVA intracommunautaire sur la facture LO-INV-30581. "
            "Pourriez-vous la rééditer ?\n\nCordialement\n", d(2025, 9, 10, 11, 0))
case("l21-pas-de-remboursement", LOB, [f], "other",
     "Negated refund and cancellation add no intent (section 8); invoice correction: other.")

# l22 pre-sales hypothetical (Tunisia)
f, _ = mail("l22-question-avant-achat", "Sami Trabelsi <sami.trabelsi@topnet.tn>", "info@leadsoptima.com", "Question avant abonnement",
            "Bonjour,\n\nAvant de prendre l'abonnement annuel : si jamais l'outil ne marche pas avec nos fichiers, est-ce que je "
            "serais remboursé ? Et si je suis prélevé deux fois par erreur ?\n\nBien cordialement\nSami Trabelsi, Sfax\n",
            d(2025, 9, 18, 15, 30, MA))
case("l22-question-avant-achat", LOB, [f], "other",
     "Hypothetical question before buying: a policy question, not a request: other (section 8).")

# l23 thank-you after refund
cust("f.mercier@mercier-conseil.ch", "François Mercier", "monthly", start="2025-09-02", end="2025-10-01")
lopay("fr_p231", "LO-INV-30591", "f.mercier@mercier-conseil.ch", "monthly", M, "2025-09-02T09:00:00", "2025-09-02", "2025-10-01")
lopay("fr_p232", "LO-INV-30592", "f.mercier@mercier-conseil.ch", "monthly", M, "2025-09-02T09:00:10", "2025-09-02", "2025-10-01", status="refunded")
f, _ = mail("l23-merci", "François Mercier <f.mercier@mercier-conseil.ch>", TO_LO, "Re: [LO-3204] Remboursement accordé",
            "Bonjour,\n\nLe remboursement du double prélèvement est bien arrivé sur mon compte ce matin. Merci pour la "
            "rapidité, c'est appréciable !\n\nMeilleures salutations\nF. Mercier\n", d(2025, 9, 29, 10, 45),
            refs=("<lo-3204-reply@leadsoptima.com>",))
case("l23-merci", LOB, [f], "other", "Thank-you after a refund asks for nothing: other.")

# l24 HTML-only webmail, wrong amount
cust("sandrine.petit@orange.fr", "Sandrine Petit", "monthly", start="2025-09-27", end="2025-10-26")
lopay("fr_p241", "LO-INV-30601", "sandrine.petit@orange.fr", "monthly", ("2499.00", "449.82"), "2025-09-27T16:00:00", "2025-09-27", "2025-10-26")
f, _ = mail("l24-html-mauvais-montant", "Sandrine Petit <sandrine.petit@orange.fr>", TO_LO, "Montant erroné", None,
            d(2025, 9, 28, 12, 10),
            html="<html><body><p>Bonjour,</p><p>Je suis au forfait <b>mensuel</b> à 1&nbsp;499&nbsp;Rs mais on m'a "
                 "d&eacute;bit&eacute; 2&nbsp;499&nbsp;Rs HT (facture LO-INV-30601). Il s'agit d'une erreur de facturation, "
                 "merci de me rembourser la diff&eacute;rence.</p><p>Cordialement,<br>Sandrine Petit</p>"
                 "<p style=\"color:#888\">Envoy&eacute; depuis Mail Orange</p></body></html>")
case("l24-html-mauvais-montant", LOB, [f], "decided",
     "Wrong amount = billing_error (L2), day 1: escalate (L5), no amount.",
     [R("escalate")])

# l25 duplicate claimed, ledger one charge, French number format
cust("d.fontaine@fontaine-batiment.fr", "David Fontaine", "monthly", start="2025-09-26", end="2025-10-25")
lopay("fr_p251", "LO-INV-30611", "d.fontaine@fontaine-batiment.fr", "monthly", M, "2025-09-26T09:00:00", "2025-09-26", "2025-10-25")
f, _ = mail("l25-un-seul-debit", "David Fontaine <d.fontaine@fontaine-batiment.fr>", TO_LO, "2 x 1 499,00 débités",
            "Bonjour, sur mon relevé je vois deux débits de 1\u202f499,00 Rs (+ taxes), facture LO-INV-30611. "
            "Merci de rembourser le doublon. Abonnement mensuel. D. Fontaine\n", d(2025, 9, 27, 9, 0))
case("l25-un-seul-debit", LOB, [f], "decided",
     "duplicate_payment claimed; the ledger holds one charge only: escalate (L4).",
     [R("escalate")])

# l26 the other brand's customer
proj("Cabinet Vétérinaire Les Tilleuls", "accueil@veto-tilleuls.fr")
owpay("fr_w261", "OWD-2025-260", "Cabinet Vétérinaire Les Tilleuls", "deposit", "20000.00", "3600.00", "2025-08-01T10:00:00")
f, _ = mail("l26-mauvaise-marque", "Clinique Les Tilleuls <accueil@veto-tilleuls.fr>", TO_LO, "Résiliation",
            "Bonjour, merci de résilier notre abonnement dès que possible, nous n'en avons plus l'utilité.\nL'accueil\n",
            d(2025, 9, 23, 12, 0))
case("l26-mauvaise-marque", LOB, [f], "need_info",
     "C1 picks LeadsOptima; the sender is only an Optima contact, unknown to LO's ledger: unknown sender (C2, C3).",
     rules=["C2"])

# l27 +tag address
cust("chloe.bonnet@proton.me", "Chloé Bonnet", "monthly", start="2025-09-10", end="2025-10-09")
lopay("fr_p271", "LO-INV-30621", "chloe.bonnet@proton.me", "monthly", M, "2025-09-10T09:00:00", "2025-09-10", "2025-10-09")
f, _ = mail("l27-adresse-plus", "Chloé Bonnet <chloe.bonnet+saas@proton.me>", TO_LO, "arreter abonnement",
            "bonjour, je veux arreter mon abonnement, j en ai plus besoin. merci chloe\n", d(2025, 9, 21, 20, 0))
case("l27-adresse-plus", LOB, [f], "need_info",
     "A +tag makes another address (section 8): not the registered email: C2.", rules=["C2"])

# l28 Reply-To does not verify
cust("o.chevalier@chevalier-avocats.be", "Olivier Chevalier", "quarterly", start="2025-08-15", end="2025-11-14")
lopay("fr_p281", "LO-INV-30631", "o.chevalier@chevalier-avocats.be", "quarterly", Q, "2025-08-15T09:00:00", "2025-08-15", "2025-11-14")
f, _ = mail("l28-reply-to", "Olivier Chevalier <olivier.chevalier@skynet.be>", TO_LO, "Resiliation abonnement trimestriel",
            "Bonjour, je souhaite resilier mon abonnement trimestriel. Merci de repondre a mon adresse professionnelle. "
            "O. Chevalier\n", d(2025, 9, 19, 8, 30), headers=(("Reply-To", "o.chevalier@chevalier-avocats.be"),))
case("l28-reply-to", LOB, [f], "need_info",
     "Reply-To never verifies (section 8); From is not the registered email: C2.", rules=["C2"])

# l29 newsletter
f, _ = mail("l29-infolettre", "La Lettre du Marketing <infolettre@lettre-marketing.fr>", "info@leadsoptima.com",
            "5 astuces pour réduire vos résiliations",
            "Bonjour,\nDans ce numéro : comment éviter les remboursements, réduire le churn...\nSe désinscrire : https://lettre-marketing.example/desinscription\n",
            d(2025, 9, 25, 6, 0), headers=(("List-Id", "Lettre Marketing <hebdo.lettre-marketing.fr>"), ("Precedence", "list")))
case("l29-infolettre", LOB, [f], "ignore", "List-Id / Precedence: list: ignore (C7).", rules=["C7"])

# l30 franglais, dotted invoice reference
cust("hugo.laurent@startup-lyon.io", "Hugo Laurent", "quarterly", start="2025-09-29", end="2025-12-28")
lopay("fr_p301", "LO-INV-30641", "hugo.laurent@startup-lyon.io", "quarterly", Q, "2025-09-29T11:00:00", "2025-09-29", "2025-12-28")
lopay("fr_p302", "LO-INV-30642", "hugo.laurent@startup-lyon.io", "quarterly", Q, "2025-09-29T11:00:05", "2025-09-29", "2025-12-28")
f, _ = mail("l30-franglais", "Hugo Laurent <hugo.laurent@startup-lyon.io>", TO_LO, "double charge sur l'upgrade",
            "Hello la team,\n\nJ'ai upgradé en quarterly ce matin et j'ai été débité deux fois, same amount, same minute. "
            "Le second invoice c'est LO.INV.30642. Vous pouvez refund ? Thanks !\n\nHugo\n--\nHugo Laurent | Growth @ StartupLyon\n",
            d(2025, 9, 29, 12, 0))
case("l30-franglais", LOB, [f], "decided",
     "Duplicate same day; 'LO.INV.30642' = LO-INV-30642 (section 8 references); approve 3999.00 (L4).",
     [R("approve", "3999.00")])

# l31 refund of an already refunded payment
cust("a.perrin@perrin-voyages.fr", "Alain Perrin", "monthly", start="2025-09-25", end="2025-10-24")
lopay("fr_p311", "LO-INV-30651", "a.perrin@perrin-voyages.fr", "monthly", M, "2025-09-25T09:00:00", "2025-09-25", "2025-10-24")
lopay("fr_p312", "LO-INV-30652", "a.perrin@perrin-voyages.fr", "monthly", M, "2025-09-25T09:00:30", "2025-09-25", "2025-10-24", status="refunded")
f, _ = mail("l31-deja-rembourse", "Alain Perrin <a.perrin@perrin-voyages.fr>", TO_LO, "Paiement en double LO-INV-30652",
            "Bonjour,\nle 25/09 le mensuel a été payé deux fois, deuxième facture LO-INV-30652. Merci de rembourser.\nA. Perrin\n",
            d(2025, 9, 28, 19, 0))
case("l31-deja-rembourse", LOB, [f], "decided",
     "The duplicate LO-INV-30652 is status refunded: a refund of a payment not 'paid' is escalated (section 8).",
     [R("escalate")])

# l32 Algeria, dictated, no accents, access failure outside the window
cust("rachid.bouzid@yahoo.fr", "Rachid Bouzid", "monthly", start="2025-09-15", end="2025-10-14")
lopay("fr_p321", "LO-INV-30661", "rachid.bouzid@yahoo.fr", "monthly", M, "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
f, _ = mail("l32-alger-acces-tard", "Rachid Bouzid <rachid.bouzid@yahoo.fr>", TO_LO, "pas acces",
            "bonjour depuis le debut du mois je narrive pas a acceder a mon compte la page reste blanche facture LO-INV-30661 "
            "je veux etre rembourse merci rachid\n", d(2025, 9, 26, 11, 0, MA))
case("l32-alger-acces-tard", LOB, [f], "decided",
     "access_failure, but charge 2025-09-15 and request 2025-09-26 15:30 IST = day 11 > 7: deny (L3).",
     [R("deny")])

# ---------------------------------------------------------------- Optima WebDesign

# o01 deposit within 72h (Québec)
proj("Érablière Bouchard Boutique", "info@erabliere-bouchard.ca")
owpay("fr_w011", "OWD-2025-201", "Érablière Bouchard Boutique", "deposit", "35000.00", "6300.00", "2025-09-22T15:00:00")
f, _ = mail("o01-depot-72h", "Érablière Bouchard <info@erabliere-bouchard.ca>", TO_OWD,
            "Refund Request — Érablière Bouchard Boutique / OWD-2025-201",
            "Bonjour,\n\nNous avons versé le dépôt lundi pour la boutique en ligne (facture OWD-2025-201). Finalement, notre "
            "coopérative nous offre une plateforme commune, on n'ira donc pas de l'avant. Pourriez-vous nous rembourser le "
            "dépôt?\n\nMerci beaucoup,\nLouise Bouchard\n", d(2025, 9, 24, 10, 0, QC))
case("o01-depot-72h", OWB, [f], "decided",
     "Deposit 2025-09-22 15:00 IST; email 2025-09-24 10:00 -04:00 = 19:30 IST = 52.5 h, no work: approve 35000.00 before tax (O2, C6).",
     [R("approve", "35000.00")])

# o02 exactly 72h (Morocco)
proj("Riad Zitoun Réservations", "contact@riad-zitoun.ma")
owpay("fr_w021", "OWD-2025-202", "Riad Zitoun Réservations", "deposit", "28000.00", "5040.00", "2025-09-15T16:30:00")
f, _ = mail("o02-pile-72h", "Riad Zitoun <contact@riad-zitoun.ma>", TO_OWD, "Annulation et remboursement acompte",
            "Bonjour,\n\nSuite à la décision des associés, nous annulons le projet \"Riad Zitoun Réservations\" : le riad "
            "sera vendu. Merci de nous rembourser l'acompte (facture OWD-2025-202).\n\nCordialement\nNadia El Amrani, Marrakech\n",
            d(2025, 9, 18, 12, 0, MA))
case("o02-pile-72h", OWB, [f], "decided",
     "Paid 2025-09-15 16:30 IST; email 2025-09-18 12:00 +01:00 = 16:30 IST = exactly 72 h: deny (O2, section 8). extra_ok: the customer cancels the project ('nous annulons le projet'); a cancellation decision is harmless.",
     [R("deny")], extra_ok=True)

# o03 work started first
proj("Fromagerie Vuillemin", "fromagerie@vuillemin.ch", "2025-09-17T09:00:00")
owpay("fr_w031", "OWD-2025-203", "Fromagerie Vuillemin", "deposit", "25000.00", "4500.00", "2025-09-16T10:00:00")
f, _ = mail("o03-travail-commence", "Fromagerie Vuillemin <fromagerie@vuillemin.ch>", TO_OWD, "Remboursement acompte",
            "Bonjour,\n\nJe souhaite récupérer l'acompte du projet Fromagerie Vuillemin (OWD-2025-203). Mon neveu va finalement "
            "faire le site.\n\nMeilleures salutations\nJean-Daniel Vuillemin\n", d(2025, 9, 17, 15, 0))
case("o03-travail-commence", OWB, [f], "decided",
     "Within 72 h (2025-09-17 18:30 IST) but work started 2025-09-17 09:00: whichever first, deny (O2).",
     [R("deny")])

# o04 discovery not started
proj("Domaine Carrière Relance", "domaine@carriere-vins.fr")
owpay("fr_w041", "OWD-2025-204", "Domaine Carrière Relance", "discovery", "18000.00", "3240.00", "2025-09-19T12:00:00")
f, _ = mail("o04-atelier-annule", "Domaine Carrière <domaine@carriere-vins.fr>", TO_OWD, "Annulation atelier stratégie",
            "Bonjour,\n\nNous devons annuler l'atelier stratégie (projet Domaine Carrière Relance, facture OWD-2025-204) : "
            "les vendanges commencent plus tôt cette année et nous n'aurons pas de temps avant l'hiver. Aucune séance n'a eu "
            "lieu. Merci de nous rembourser.\n\nBien cordialement\nFamille Carrière\n", d(2025, 9, 23, 17, 0))
case("o04-atelier-annule", OWB, [f], "decided",
     "Discovery fee, no session started: full refund 18000.00 before tax (O1). extra_ok: the workshop is cancelled ('annuler l\'atelier'); a cancellation decision is harmless.",
     [R("approve", "18000.00")], extra_ok=True)

# o05 discovery started (Côte d'Ivoire)
proj("Auto-École Kouassi", "autoecole.kouassi@gmail.com", "2025-09-10T11:00:00")
owpay("fr_w051", "OWD-2025-205", "Auto-École Kouassi", "discovery", "12000.00", "2160.00", "2025-09-05T10:00:00")
f, _ = mail("o05-seance-faite", "Auto-École Kouassi <autoecole.kouassi@gmail.com>", TO_OWD, "remboursement atelier",
            "Bonjour à vous, on a fait la première séance le 10 mais ça ne nous a pas convaincu vraiment. Projet Auto-École "
            "Kouassi, facture OWD-2025-205. On veut notre argent. Merci, Koffi Kouassi (Abidjan)\n", d(2025, 9, 25, 13, 0, SN))
case("o05-seance-faite", OWB, [f], "decided",
     "Discovery session held 2025-09-10, before the request: deny (O1).",
     [R("deny")])

# o06 milestone not started
proj("Crèche Les Petits Loups Portail", "direction@petits-loups.fr", "2025-08-20T10:00:00")
owpay("fr_w061", "OWD-2025-206", "Crèche Les Petits Loups Portail", "milestone", "22500.00", "4050.00", "2025-09-12T10:00:00",
      milestone_status="not_started")
f, _ = mail("o06-jalon-non-commence", "Crèche Les Petits Loups <direction@petits-loups.fr>", TO_OWD, "Jalon 3 – annulation",
            "Bonjour l'équipe,\n\nLa mairie a supprimé la subvention pour l'espace parents, nous n'avons donc plus besoin du "
            "jalon 3 (facture OWD-2025-206, projet Crèche Les Petits Loups Portail), qui n'a pas encore été commencé. "
            "Merci de nous rembourser ce montant.\n\nBelle journée\nCéline, directrice\n", d(2025, 9, 26, 8, 45))
case("o06-jalon-non-commence", OWB, [f], "decided",
     "Milestone not_started: refund its amount 22500.00 before tax (O3). extra_ok: the customer cancels milestone 3 ('Jalon 3 – annulation'); a cancellation decision is harmless.",
     [R("approve", "22500.00")], extra_ok=True)

# o07 milestone in progress
proj("Club de Hockey Les Castors App", "president@castors-hockey.ca", "2025-08-01T10:00:00")
owpay("fr_w071", "OWD-2025-207", "Club de Hockey Les Castors App", "milestone", "30000.00", "5400.00", "2025-09-01T10:00:00",
      milestone_status="in_progress")
f, _ = mail("o07-jalon-en-cours", "Les Castors – Président <president@castors-hockey.ca>", TO_OWD, "Remboursement jalon en cours",
            "Bonjour,\nLe CA a décidé de mettre l'appli sur la glace (sans jeu de mots) : l'AGA n'a pas voté le budget. "
            "Pour le jalon en cours OWD-2025-207 (Club de Hockey Les Castors App), on demande le remboursement de ce qui "
            "n'a pas été fait.\nSportivement,\nRéjean Pelletier, président\n", d(2025, 9, 20, 10, 0, QC))
case("o07-jalon-en-cours", OWB, [f], "decided",
     "Milestone in_progress: escalate (O3, interp.).",
     [R("escalate")])

# o08 milestone completed
proj("Hôtel Le Belvédère Réservation", "direction@hotel-belvedere.fr", "2025-07-01T10:00:00")
owpay("fr_w081", "OWD-2025-208", "Hôtel Le Belvédère Réservation", "milestone", "35000.00", "6300.00", "2025-08-20T10:00:00",
      milestone_status="completed")
f, _ = mail("o08-jalon-termine", "Hôtel Le Belvédère <direction@hotel-belvedere.fr>", TO_OWD, "Réclamation maquettes",
            "Madame, Monsieur,\n\nLes maquettes (jalon OWD-2025-208, projet Hôtel Le Belvédère Réservation) ont été livrées "
            "en août, mais la nouvelle direction ne les apprécie pas. Nous sollicitons le remboursement de ce jalon.\n\n"
            "Salutations distinguées\nLa Direction\n", d(2025, 9, 16, 11, 0))
case("o08-jalon-termine", OWB, [f], "decided",
     "Milestone completed: deny (O3, O6 completed deliverables).",
     [R("deny")])

# o09 hosting within 14 days
proj("Gîte du Moulin", "gite.dumoulin@wanadoo.fr", "2025-09-01T10:00:00")
owpay("fr_w091", "OWD-2025-209", "Gîte du Moulin", "hosting_annual", "15000.00", "2700.00", "2025-09-18T10:00:00",
      setup_fee="1800.00", service_start="2025-09-18")
f, _ = mail("o09-hebergement-14j", "Gîte du Moulin <gite.dumoulin@wanadoo.fr>", TO_OWD, "Résiliation hébergement + remboursement",
            "Bonjour,\n\nNous vendons le gîte et n'avons plus besoin de l'hébergement annuel (Gîte du Moulin, facture "
            "OWD-2025-209). Merci de résilier et de rembourser ce qui peut l'être.\n\nCordialement\nM. et Mme Roche\n",
            d(2025, 9, 29, 19, 0))
case("o09-hebergement-14j", OWB, [f], "decided",
     "Service start 2025-09-18, email day 11: 15000 - 1800 - (13200/12 = 1100) x 1 = 12100.00 (O5).",
     [R("approve", "12100.00")], extra_ok=True)

# o10 maintenance: Québec local day 14, IST day 15
proj("Clinique Dentaire Pelletier", "admin@dentiste-pelletier.ca", "2025-06-01T10:00:00")
owpay("fr_w101", "OWD-2025-210", "Clinique Dentaire Pelletier", "maintenance_annual", "24000.00", "4320.00", "2025-09-05T10:00:00",
      setup_fee="0.00", service_start="2025-09-05")
f, _ = mail("o10-maintenance-jour15", "Clinique Dentaire Pelletier <admin@dentiste-pelletier.ca>", TO_OWD,
            "Contrat de maintenance – remboursement",
            "Bonjour,\nNotre nouveau fournisseur informatique prend en charge le site. Nous annulons donc le contrat de "
            "maintenance (Clinique Dentaire Pelletier, OWD-2025-210) et demandons le remboursement. On est encore dans les 14 jours.\n"
            "L'administration\n", d(2025, 9, 19, 15, 0, QC))
case("o10-maintenance-jour15", OWB, [f], "decided",
     "service_start 2025-09-05 (day 0); email 2025-09-19 15:00 -04:00 = 2025-09-20 00:30 IST = day 15 > 14: deny (O5, brand's zone).",
     [R("deny")], extra_ok=True)

# o11 maintenance day 14, rounding
proj("Expert-Comptable Morel", "cabinet@morel-expertise.fr", "2025-05-01T10:00:00")
owpay("fr_w111", "OWD-2025-211", "Expert-Comptable Morel", "maintenance_annual", "20000.00", "3600.00", "2025-09-12T10:00:00",
      setup_fee="1500.00", service_start="2025-09-12")
f, _ = mail("o11-maintenance-jour14", "Cabinet Morel <cabinet@morel-expertise.fr>", TO_OWD,
            "Refund Request — Expert-Comptable Morel / OWD-2025-211",
            "Madame, Monsieur,\n\nNotre cabinet fusionnant avec un confrère au 1er janvier, le site sera fermé. Nous résilions "
            "le contrat de maintenance et sollicitons le remboursement au prorata prévu par vos conditions.\n\n"
            "Veuillez agréer nos salutations distinguées.\nC. Morel\n", d(2025, 9, 26, 16, 0))
case("o11-maintenance-jour14", OWB, [f], "decided",
     "Start 2025-09-12, email 2025-09-26 = day 14: 20000 - 1500 - 18500/12 (1541.666...) = 16958.333... -> 16958.33 (O5, C6 rounded once).",
     [R("approve", "16958.33")], extra_ok=True)

# o12 hosting before the service starts
proj("Restaurant Chez Fatou", "chezfatou.dakar@gmail.com", "2025-09-01T10:00:00")
owpay("fr_w121", "OWD-2025-212", "Restaurant Chez Fatou", "hosting_annual", "12000.00", "2160.00", "2025-09-25T10:00:00",
      setup_fee="0.00", service_start="2025-10-15")
f, _ = mail("o12-hebergement-avant-debut", "Chez Fatou <chezfatou.dakar@gmail.com>", TO_OWD, "Annuler hébergement",
            "Bonjour, on a payé l'hébergement pour un an mais le restaurant ne va plus ouvrir, le bail est annulé. "
            "Projet Restaurant Chez Fatou, facture OWD-2025-212. Remboursez-nous svp. Fatou Ndiaye\n",
            d(2025, 9, 27, 12, 0, SN))
case("o12-hebergement-avant-debut", OWB, [f], "decided",
     "Request before service_start 2025-10-15: consumed_months is 1 (section 8): 12000 - 0 - 1000 = 11000.00 (O5).",
     [R("approve", "11000.00")], extra_ok=True)

# o13 premium theme
proj("Librairie Le Marque-Page", "libraire@marque-page.be", "2025-07-01T10:00:00")
owpay("fr_w131", "OWD-2025-213", "Librairie Le Marque-Page", "third_party", "4200.00", "756.00", "2025-09-25T10:00:00")
f, _ = mail("o13-theme-premium", "Librairie Le Marque-Page <libraire@marque-page.be>", TO_OWD, "Thème premium",
            "Bonjour, le thème premium (OWD-2025-213, projet Librairie Le Marque-Page) ne nous plaît finalement pas, on "
            "préfère le thème gratuit. Pouvez-vous nous rembourser ? Une fois, merci ! Anne\n", d(2025, 9, 26, 7, 30))
case("o13-theme-premium", OWB, [f], "decided",
     "Premium theme is a third-party fee: deny (O6).",
     [R("deny")])

# o14 setup fee
proj("Salon Coiffure Nadège", "salon.nadege@sfr.fr", "2025-09-15T10:00:00")
owpay("fr_w141", "OWD-2025-214", "Salon Coiffure Nadège", "setup", "5000.00", "900.00", "2025-09-15T10:00:00")
f, _ = mail("o14-frais-installation", "Salon Nadège <salon.nadege@sfr.fr>", TO_OWD, "frais de mise en service",
            "Bonjour,\nJe trouve abusif de payer des frais de mise en service (OWD-2025-214, Salon Coiffure Nadège) pour "
            "un site qui a mis 10 jours à être en ligne. Je demande qu'on me les rembourse.\nNadège\n", d(2025, 9, 22, 14, 0))
case("o14-frais-installation", OWB, [f], "decided",
     "Setup/activation fee: non-refundable, deny (O6).",
     [R("deny")])

# o15 retainer, enough notice
proj("SEO Garage Lemaire", "direction@garage-lemaire.fr", "2025-06-20T10:00:00")
owpay("fr_w151", "OWD-2025-215", "SEO Garage Lemaire", "retainer", "20000.00", "3600.00", "2025-09-20T10:00:00",
      period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20T00:00:00")
f, _ = mail("o15-forfait-preavis-ok", "Garage Lemaire <direction@garage-lemaire.fr>", TO_OWD, "Résiliation forfait SEO",
            "Bonjour,\n\nNous résilions le forfait mensuel \"SEO Garage Lemaire\" (dernière facture OWD-2025-215). Le "
            "constructeur nous impose son agence à partir du T4.\n\nCordialement\nPatrick Lemaire\n", d(2025, 9, 29, 10, 0))
case("o15-forfait-preavis-ok", OWB, [f], "decided",
     "next_billing_at 2025-10-20; cut-off 2025-10-13; request 2025-09-29: cancel, effective 2025-10-19 (O4, O8).",
     [C("2025-10-19")])

# o16 retainer, notice exactly 7 days
proj("Community Management Brasserie du Port", "brasserieduport@outlook.fr", "2025-05-06T10:00:00")
owpay("fr_w161", "OWD-2025-216", "Community Management Brasserie du Port", "retainer", "11000.00", "1980.00", "2025-09-06T10:00:00",
      period_start="2025-09-06", period_end="2025-10-05", next_billing_at="2025-10-06T00:00:00")
f, _ = mail("o16-preavis-7j-pile", "Brasserie du Port <brasserieduport@outlook.fr>", TO_OWD, "fin du community management",
            "Bonjour, on arrête le community management (Community Management Brasserie du Port, OWD-2025-216), on reprend "
            "Instagram en interne avec notre nouvelle serveuse qui s'y connaît. Je préviens 7 jours avant comme demandé. "
            "Yann\n", d(2025, 9, 29, 10, 0))
case("o16-preavis-7j-pile", OWB, [f], "decided",
     "next_billing_at 2025-10-06; cut-off = 2025-09-29; request 2025-09-29 13:30 IST is on the cut-off: cancel, effective 2025-10-05 (O4).",
     [C("2025-10-05")])

# o17 retainer short notice (Belgium)
proj("Newsletter Chocolaterie Wittamer", "info@chocolaterie-wittamer.be", "2025-04-03T10:00:00")
owpay("fr_w171", "OWD-2025-217", "Newsletter Chocolaterie Wittamer", "retainer", "9000.00", "1620.00", "2025-09-03T10:00:00",
      period_start="2025-09-03", period_end="2025-10-02", next_billing_at="2025-10-03T00:00:00")
f, _ = mail("o17-preavis-court", "Chocolaterie Wittamer <info@chocolaterie-wittamer.be>", TO_OWD, "Arrêt newsletter",
            "Bonjour,\n\nNous souhaitons arrêter la gestion de notre newsletter (projet Newsletter Chocolaterie Wittamer, "
            "facture OWD-2025-217) : le magasin ferme pour travaux jusqu'en janvier. Merci de résilier.\n\n"
            "Bien à vous,\nMarc\n", d(2025, 9, 28, 9, 0))
case("o17-preavis-court", OWB, [f], "decided",
     "next_billing_at 2025-10-03; cut-off 2025-09-26; request 2025-09-28 is late: next cycle billed, effective 2025-11-02 (last day of 2025-10-03 – 2025-11-02, O4).",
     [C("2025-11-02")])

# o18 C2: private address
proj("Studio Pilates Harmonie", "studio@pilates-harmonie.fr", "2025-09-01T10:00:00")
owpay("fr_w181", "OWD-2025-218", "Studio Pilates Harmonie", "deposit", "20000.00", "3600.00", "2025-09-25T10:00:00")
f, _ = mail("o18-adresse-perso", "Laure <laure.b.1985@gmail.com>", TO_OWD, "acompte Studio Pilates Harmonie",
            "Bonjour, je vous écris de ma boîte perso, le contrat est au nom de studio@pilates-harmonie.fr. Nous voulons "
            "récupérer l'acompte OWD-2025-218, nous déménageons et la réouverture n'est pas datée.\nLaure Blanc\n",
            d(2025, 9, 26, 8, 0))
case("o18-adresse-perso", OWB, [f], "need_info",
     "Not sent from the contract email (C2): ask to write from studio@..., disclose nothing.", rules=["C2"])

# o19 C4: tribunal / avocat
proj("Garage Benhamou", "garage.benhamou@orange.fr", "2025-09-10T10:00:00")
owpay("fr_w191", "OWD-2025-219", "Garage Benhamou", "milestone", "20000.00", "3600.00", "2025-09-05T10:00:00",
      milestone_status="completed")
f, _ = mail("o19-tribunal", "Garage Benhamou <garage.benhamou@orange.fr>", TO_OWD, "Remboursement ou tribunal",
            "Le site est plein de bugs, ce n'est pas un travail fini. Projet Garage Benhamou, facture OWD-2025-219. "
            "Je veux être remboursé, sinon je saisis mon avocat et le tribunal de commerce. S. Benhamou\n", d(2025, 9, 25, 17, 0))
case("o19-tribunal", OWB, [f], "decided",
     "Lawyer / court threat: escalate (C4), whatever O3/O6 would say.",
     [R("escalate")], rules=["C4"])

# o20 cancellation without reason
proj("Maintenance Syndic Lacroix", "gestion@syndic-lacroix.fr", "2025-03-01T10:00:00")
owpay("fr_w201", "OWD-2025-220", "Maintenance Syndic Lacroix", "retainer", "10000.00", "1800.00", "2025-09-05T10:00:00",
      period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05T00:00:00")
f, _ = mail("o20-resiliation-sans-motif", "Syndic Lacroix <gestion@syndic-lacroix.fr>", TO_OWD, "Résiliation contrat",
            "Madame, Monsieur,\n\nPar la présente, nous résilions le contrat \"Maintenance Syndic Lacroix\", facture "
            "OWD-2025-220, dans le respect du préavis.\nMerci de nous accuser réception.\n\nCordialement,\nSyndic Lacroix SARL\n"
            "RCS Nantes 123 456 789 – Carte professionnelle CPI 4401 2018\n", d(2025, 9, 15, 10, 0))
case("o20-resiliation-sans-motif", OWB, [f], "need_info",
     "Optima requires a reason for cancellations (section 8); 'dans le respect du préavis', sign-off and RCS line are not reasons (C3).",
     missing=["reason"])

# o21 missing invoice, two payments
proj("École de Danse Arabesque", "contact@arabesque-danse.fr", "2025-08-01T10:00:00")
owpay("fr_w211", "OWD-2025-221", "École de Danse Arabesque", "milestone", "15000.00", "2700.00", "2025-08-01T10:00:00", milestone_status="approved")
owpay("fr_w212", "OWD-2025-222", "École de Danse Arabesque", "milestone", "15000.00", "2700.00", "2025-09-10T10:00:00", milestone_status="not_started")
f, _ = mail("o21-sans-facture", "École Arabesque <contact@arabesque-danse.fr>", TO_OWD, "Remboursement 2e jalon",
            "Bonjour,\nPour le projet École de Danse Arabesque, nous voudrions être remboursés du deuxième jalon : nous "
            "abandonnons les cours en ligne, pas assez d'inscrits.\nMerci, Inès\n", d(2025, 9, 24, 12, 0))
case("o21-sans-facture", OWB, [f], "need_info",
     "Contract email, project and reason given; no invoice/PO reference and the project has two payments: ask for invoice_number (C3).",
     missing=["invoice_number"])

# o22 Apple Mail forward from the contract address: rush fee
proj("Traiteur Saveurs du Sud", "traiteur@saveurs-du-sud.fr", "2025-08-01T10:00:00")
owpay("fr_w221", "OWD-2025-223", "Traiteur Saveurs du Sud", "rush", "7000.00", "1260.00", "2025-09-18T10:00:00")
f, _ = mail("o22-reexpedie-urgence", "Traiteur Saveurs du Sud <traiteur@saveurs-du-sud.fr>", TO_OWD, "Fwd: Frais d'urgence",
            "Envoyé à la mauvaise adresse, je vous le renvoie.\n\nEnvoyé de mon iPhone\n\nDébut du message réexpédié :\n\n"
            "De: Traiteur Saveurs du Sud <traiteur@saveurs-du-sud.fr>\nDate: 19 septembre 2025 à 21:14:05 UTC+2\n"
            "À: contact@optima-web.example\nObjet: Frais d'urgence\n\n"
            "Bonjour, vous avez facturé des frais d'urgence (OWD-2025-223, projet Traiteur Saveurs du Sud) alors que le site "
            "a été livré avec deux jours de retard. Je demande leur remboursement.\n", d(2025, 9, 20, 8, 0))
case("o22-reexpedie-urgence", OWB, [f], "decided",
     "Forward read for the request it carries, sender is the contract email; rush fee: non-refundable, deny (O6).",
     [R("deny")])

# o23 negation + invoice question
proj("Fleurs de Léa Boutique", "boutique@fleursdelea.fr", "2025-07-01T10:00:00")
owpay("fr_w231", "OWD-2025-224", "Fleurs de Léa Boutique", "milestone", "18000.00", "3240.00", "2025-09-02T10:00:00", milestone_status="completed")
f, _ = mail("o23-question-facture", "Fleurs de Léa <boutique@fleursdelea.fr>", TO_OWD, "Question facture OWD-2025-224",
            "Coucou l'équipe !\nRassurez-vous, on ne veut ni remboursement ni résiliation, tout est top 🙂 Juste : pouvez-vous "
            "mettre la facture OWD-2025-224 au nom de \"Fleurs de Léa SARL\" plutôt qu'au mien ? Mon comptable insiste.\nBisous, Léa\n",
            d(2025, 9, 12, 9, 0))
case("o23-question-facture", OWB, [f], "other", "Negated refund/cancellation; invoice correction only: other (section 8).")

# o24 thread: need_info answered (Québec)
proj("Bureau d'Architectes Gauthier", "bureau@gauthier-architectes.ca")
owpay("fr_w241", "OWD-2025-225", "Bureau d'Architectes Gauthier", "discovery", "13500.00", "2430.00", "2025-09-22T10:00:00")
f1, m1 = mail("o24a-remboursement", "Gauthier Architectes <bureau@gauthier-architectes.ca>", TO_OWD, "Remboursement atelier",
              "Bonjour,\nNous souhaitons annuler l'atelier stratégique réservé et être remboursés : notre associé quitte le bureau "
              "et le projet est sur pause.\nSalutations, F. Gauthier\n", d(2025, 9, 23, 16, 0, QC))
f2, _ = mail("o24b-complement", "Gauthier Architectes <bureau@gauthier-architectes.ca>", TO_OWD,
             "RE: Remboursement atelier [OWD-4310]",
             "Projet : Bureau d'Architectes Gauthier\nFacture : owd 2025 225\n\nF. Gauthier\n\n"
             "De : Optima WebDesign Billing & Refunds <optimawebdesigns12@gmail.com>\nEnvoyé : mercredi 24 septembre 2025 11:20\n"
             "Objet : Re: Remboursement atelier [OWD-4310]\n\nMerci d'indiquer le nom du projet et le numéro de facture.\n",
             d(2025, 9, 24, 14, 0, QC), refs=(m1, "<owd-4310-reply@gmail.com>"))
case("o24-complement-fourni", OWB, [f1, f2], "decided",
     "Thread: the reply gives project and invoice ('owd 2025 225' = OWD-2025-225); discovery not started: approve 13500.00 (O1, C3). extra_ok: the workshop is cancelled ('annuler l\'atelier'); a cancellation decision is harmless.",
     [R("approve", "13500.00")], extra_ok=True)

# o25 Gmail forward from an employee: C2 via a forward
proj("Chambres d'hôtes La Bastide", "proprietaire@labastide-provence.fr", "2025-08-01T10:00:00")
owpay("fr_w251", "OWD-2025-226", "Chambres d'hôtes La Bastide", "retainer", "8000.00", "1440.00", "2025-09-10T10:00:00",
      period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10T00:00:00")
f, _ = mail("o25-message-transfere", "Accueil La Bastide <accueil@labastide-provence.fr>", "support@optimawebdesign.com",
            "Fwd: Résiliation suivi du site",
            "Pour info, le patron est en vacances.\n\n---------- Message transféré ---------\n"
            "De : Jean Arnaud <proprietaire@labastide-provence.fr>\nDate: lun. 22 sept. 2025 à 07:58\n"
            "Subject: Résiliation suivi du site\nTo: Accueil La Bastide <accueil@labastide-provence.fr>\n\n"
            "Transmets à Optima : on résilie le suivi du site (Chambres d'hôtes La Bastide, OWD-2025-226), la maison est "
            "mise en gérance.\n", d(2025, 9, 22, 8, 20))
case("o25-message-transfere", OWB, [f], "need_info",
     "Forwarded request names the contract email proprietaire@...; sender is the reception address: C2 via a forward (section 8).",
     rules=["C2"])

# o26 payment disputed -> escalate
proj("Cabinet Kiné Mbaye", "kine.mbaye@gmail.com")
owpay("fr_w271", "OWD-2025-227", "Cabinet Kiné Mbaye", "deposit", "20000.00", "3600.00", "2025-09-26T10:00:00", status="disputed")
f, _ = mail("o26-paiement-conteste", "Cabinet Kiné Mbaye <kine.mbaye@gmail.com>", TO_OWD, "Rembourser acompte",
            "Bonjour, projet Cabinet Kiné Mbaye, facture OWD-2025-227 : nous annulons le projet car le local n'est "
            "finalement pas disponible. Merci de rembourser l'acompte versé vendredi.\nDr Mbaye\n", d(2025, 9, 27, 10, 0, SN))
case("o26-paiement-conteste", OWB, [f], "decided",
     "Deposit within 72 h, but the ledger payment status is 'disputed': a refund of a payment not 'paid' is escalated (section 8). extra_ok: the customer cancels the project ('nous annulons le projet'); a cancellation decision is harmless.",
     [R("escalate")], extra_ok=True)


def main():
    out = os.path.join(HERE, "emails")
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    for path, data in EMAILS.items():
        with open(os.path.join(HERE, path), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "ledger.json"), "w", encoding="utf-8") as fh:
        json.dump({"customers": CUSTOMERS, "projects": PROJECTS, "payments": PAYMENTS}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump({"cases": CASES}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"{len(CASES)} cases, {len(EMAILS)} emails")


if __name__ == "__main__":
    main()
