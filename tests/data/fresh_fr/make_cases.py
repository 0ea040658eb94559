#!/usr/bin/env python3
"""Fresh held-out round, French (fr): writes ledger.json, emails/*.eml and expected.json beside
this file. Written by a QA pass from POLICY_SPEC.md alone. MIT licence. Deterministic, stdlib only."""
LANG = "fr"
# ---------------------------------------------------------------- engine (stdlib only)
import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
IST = timezone(timedelta(hours=5, minutes=30))
CEST = timezone(timedelta(hours=2))
LO = "support@leadsoptima.com"
OWD = "optimawebdesigns12@gmail.com"

LEDGER = {"customers": [], "projects": [], "payments": []}
CASES = []


def cust(email, name, plan, status="active", cps=None, cpe=None, trial_ends=None):
    LEDGER["customers"].append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan,
                                "status": status, "trial_ends": trial_ends,
                                "current_period_start": cps, "current_period_end": cpe})


def lopay(inv, email, plan, amount, tax, paid_at, ps=None, pe=None, status="paid"):
    LEDGER["payments"].append({"brand": "leadsoptima", "id": "pay_" + inv.lower().replace("-", "_"),
                               "invoice": inv, "customer_email": email, "kind": "subscription",
                               "plan": plan, "amount": amount, "tax": tax, "currency": "INR",
                               "paid_at": paid_at, "period_start": ps, "period_end": pe, "status": status})


def proj(name, email, started=None):
    LEDGER["projects"].append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                               "work_started_at": started})


def owpay(inv, project, kind, amount, tax, paid_at, status="paid", setup_fee=None, service_start=None,
          next_billing_at=None, ps=None, pe=None, milestone_status=None):
    LEDGER["payments"].append({"brand": "optima_webdesign", "id": "pay_" + inv.lower().replace("-", "_"),
                               "invoice": inv, "project": project, "kind": kind, "amount": amount,
                               "tax": tax, "currency": "INR", "paid_at": paid_at, "status": status,
                               "setup_fee": setup_fee, "service_start": service_start,
                               "next_billing_at": next_billing_at, "period_start": ps, "period_end": pe,
                               "milestone_status": milestone_status})


def case(cid, brand, msgs, status, decisions=(), rules=(), missing=None, spec="", ambiguous=None,
         extra_ok=False):
    """msgs: list of dicts(frm, to, subject, date, body | html, headers)."""
    files, prev_ids = [], []
    for i, m in enumerate(msgs):
        name = f"{cid}.eml" if len(msgs) == 1 else f"{cid}-{i + 1}.eml"
        msg = EmailMessage(policy=SMTP)
        msg["From"] = m["frm"]
        msg["To"] = m.get("to") or (LO if brand == "leadsoptima" else OWD)
        msg["Subject"] = m["subject"]
        msg["Date"] = format_datetime(m["date"])
        mid = f"<{cid}.{i + 1}@{m['frm'].split('@')[-1].rstrip('>')}>"
        msg["Message-ID"] = mid
        if m.get("in_reply_to"):
            msg["In-Reply-To"] = m["in_reply_to"]
            msg["References"] = " ".join(prev_ids + [m["in_reply_to"]])
        for k, v in (m.get("headers") or {}).items():
            msg[k] = v
        if m.get("html") and not m.get("body"):
            msg.set_content(m["html"], subtype="html")
        else:
            msg.set_content(m["body"])
            if m.get("html"):
                msg.add_alternative(m["html"], subtype="html")
        (HERE / "emails").mkdir(exist_ok=True)
        (HERE / "emails" / name).write_bytes(msg.as_bytes())
        files.append("emails/" + name)
        prev_ids.append(mid)
    exp = {"id": cid, "lang": LANG, "files": files, "brand": brand, "status": status, "rules": list(rules)}
    if missing is not None:
        exp["missing"] = list(missing)
    exp["decisions"] = [dict(d) for d in decisions]
    if extra_ok:
        exp["extra_ok"] = True
    exp["spec"] = spec
    if ambiguous:
        exp["ambiguous"] = ambiguous
    CASES.append(exp)
    return files


def d(intent, outcome, amount=None, effective_date=None):
    out = {"intent": intent, "outcome": outcome}
    if amount is not None:
        out["amount"] = amount
    if effective_date is not None:
        out["effective_date"] = effective_date
    return out


def write():
    (HERE / "ledger.json").write_text(json.dumps(LEDGER, indent=1, ensure_ascii=False) + "\n")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, indent=1, ensure_ascii=False) + "\n")
    invs = [p["invoice"] for p in LEDGER["payments"]]
    assert len(invs) == len(set(invs)), "invoice numbers must be unique"
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids))
    print(f"{len(CASES)} cases written to {HERE}")


def T(y, mo, dd, h, mi, tz=CEST):
    return datetime(y, mo, dd, h, mi, tzinfo=tz)


MENTIONS = """--
Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs
destinataires. Si vous avez reçu ce message par erreur, merci de le détruire et d'en avertir
l'expéditeur. Pensez à l'environnement avant d'imprimer ce courriel."""

# ============================================================ LeadsOptima
cust("claire.martin@atelier-martin.fr", "Claire Martin", "quarterly", cps="2025-09-23", cpe="2025-12-22")
lopay("LO-INV-74001", "claire.martin@atelier-martin.fr", "quarterly", "3999.00", "719.82", "2025-09-23T08:10:00", "2025-09-23", "2025-12-22")
lopay("LO-INV-74002", "claire.martin@atelier-martin.fr", "quarterly", "3999.00", "719.82", "2025-09-23T08:12:00", "2025-09-23", "2025-12-22")
case("ffr-l01-dup-day7", "leadsoptima", [dict(
    frm="Claire Martin <claire.martin@atelier-martin.fr>", subject="Double prélèvement abonnement trimestriel",
    date=T(2025, 9, 30, 18, 0),
    body="""Bonjour,

En faisant ma compta ce soir je m'aperçois que mon abonnement trimestriel a été prélevé deux fois
le 23 septembre : 2 x 3 999,00 ₹ hors taxes. La facture en double porte le n° LO-INV-74002.
Merci de bien vouloir me rembourser ce second prélèvement.

Bien cordialement,
Claire Martin
Atelier Martin – Tapisserie d'ameublement
""")], "decided", [d("refund", "approve", "3999.00")],
    spec="L2 duplicate ('prélevé deux fois'); two paid quarterly charges 2025-09-23 same period; request 2025-09-30 18:00 +02:00 = 21:30 IST, local date 09-30 = day 7, inside (L3: day 7 is inside) -> L4 approve 3999.00 before tax.")

cust("hugo.lefebvre@lefebvre-immo.fr", "Hugo Lefebvre", "monthly", cps="2025-09-18", cpe="2025-10-17")
lopay("LO-INV-74003", "hugo.lefebvre@lefebvre-immo.fr", "monthly", "1499.00", "269.82", "2025-08-18T09:00:00", "2025-08-18", "2025-09-17")
lopay("LO-INV-74004", "hugo.lefebvre@lefebvre-immo.fr", "monthly", "1499.00", "269.82", "2025-09-18T09:00:00", "2025-09-18", "2025-10-17")
case("ffr-l02-dup-claim-no-pair", "leadsoptima", [dict(
    frm="Hugo Lefebvre <hugo.lefebvre@lefebvre-immo.fr>", subject="debite 2 fois ??",
    date=T(2025, 9, 21, 11, 30),
    body="""Bonjour,

sauf erreur de ma part vous m'avez debite deux fois 1 499 ₹ pour l'abonnement mensuel, je vois
deux lignes LeadsOptima sur mon releve. Pouvez vous rembourser le doublon ? Facture LO-INV-74004.

Cdlt
Hugo Lefebvre
Lefebvre Immobilier
""")], "decided", [d("refund", "escalate")],
    spec="L2 duplicate claimed; the ledger shows only one charge per period (74003 for 08-18..09-17, 74004 for 09-18..10-17): no pair of the same period -> L4 'no such pair in the ledger: escalate' (charge 09-18, request day 3, inside L3).")

cust("sophie.bernard@cabinet-bernard.fr", "Sophie Bernard", "monthly", cps="2025-09-10", cpe="2025-10-09")
lopay("LO-INV-74005", "sophie.bernard@cabinet-bernard.fr", "monthly", "999.00", "179.82", "2025-09-10T07:00:00", "2025-09-10", "2025-10-09")
case("ffr-l03-access-day14", "leadsoptima", [dict(
    frm="Sophie Bernard <sophie.bernard@cabinet-bernard.fr>", subject="Impossible de me connecter depuis 2 semaines",
    date=T(2025, 9, 24, 9, 5),
    body="""Madame, Monsieur,

Depuis le renouvellement de mon abonnement mensuel le 10/09, je n'arrive plus à me connecter :
la page de connexion tourne dans le vide. J'ai perdu deux semaines de prospection.
Je vous demande le remboursement de la facture LO-INV-74005.

Veuillez agréer mes salutations distinguées.
Sophie Bernard
""")], "decided", [d("refund", "deny")],
    spec="L2 access_failure, but charge 2025-09-10 and request 2025-09-24 = day 14 > 7 -> L3 deny citing the 7-day rule.")

cust("nicolas.petit@petit-transports.fr", "Nicolas Petit", "monthly", cps="2025-09-26", cpe="2025-10-25")
lopay("LO-INV-74006", "nicolas.petit@petit-transports.fr", "monthly", "1499.00", "269.82", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
case("ffr-l04-wrong-amount", "leadsoptima", [dict(
    frm="Nicolas Petit <nicolas.petit@petit-transports.fr>", subject="Montant incorrect sur la facture LO-INV-74006",
    date=T(2025, 9, 27, 10, 22),
    body="""Bonjour,

On m'a facturé 1 499 ₹ au lieu de 999 ₹ ce mois-ci alors que je n'ai pas changé de formule
(mensuel). C'est une erreur de facturation, merci de me rembourser la différence.

Nicolas Petit
Petit Transports SARL
""")], "decided", [d("refund", "escalate")],
    spec="L2 billing_error ('facturé 1 499 au lieu de 999', 'erreur de facturation'); charge 2025-09-26, request day 1 -> L5 escalate with the charge found; escalations carry no amount.")

cust("julien.moreau@gmail.com", "Julien Moreau", "annual", cps="2025-04-01", cpe="2026-03-31")
lopay("LO-INV-74007", "julien.moreau@gmail.com", "annual", "11988.00", "2157.84", "2025-04-01T09:00:00", "2025-04-01", "2026-03-31")
case("ffr-l05-changed-mind-plus-cancel", "leadsoptima", [dict(
    frm="Julien Moreau <julien.moreau@gmail.com>", subject="Résiliation + remboursement",
    date=T(2025, 9, 29, 20, 45),
    body="""Bonsoir,

J'ai changé d'avis sur l'outil, on ne s'en sert quasiment plus depuis l'été. Je souhaite résilier
mon abonnement annuel et être remboursé des mois restants (facture LO-INV-74007).

Merci d'avance,
Julien
""")], "decided", [d("refund", "deny"), d("cancellation", "cancel", effective_date="2026-03-31")],
    spec="Refund reason 'changé d'avis', unused months: not an L2 exception -> L1 deny (no partial refunds for unused days); cancellation -> L8 cancel, effective current_period_end 2026-03-31.")

cust("isabelle.roux@roux-conseil.fr", "Isabelle Roux", "annual", cps="2025-06-01", cpe="2026-05-31")
lopay("LO-INV-74008", "isabelle.roux@roux-conseil.fr", "annual", "11988.00", "2157.84", "2025-06-01T09:00:00", "2025-06-01", "2026-05-31")
case("ffr-l06-negation-cancel", "leadsoptima", [dict(
    frm="Isabelle Roux <isabelle.roux@roux-conseil.fr>", subject="Fin de l'abonnement",
    date=T(2025, 9, 25, 15, 10),
    body="""Bonjour,

Je ne demande pas de remboursement, je souhaite simplement que l'abonnement annuel ne soit pas
reconduit et qu'il soit résilié à son échéance. Nous avons internalisé la génération de leads.

Bonne journée,
Isabelle Roux
Responsable marketing
""")], "decided", [d("cancellation", "cancel", effective_date="2026-05-31")],
    spec="Negation 'Je ne demande pas de remboursement' adds no refund intent. L8 cancel effective current_period_end 2026-05-31.")

cust("marc.girard@girard-paysage.fr", "Marc Girard", "quarterly")
lopay("LO-INV-74009", "marc.girard@girard-paysage.fr", "quarterly", "3999.00", "719.82", "2025-07-31T22:00:00+00:00")
case("ffr-l07-cancel-fallback-quarterly", "leadsoptima", [dict(
    frm="Marc Girard <marc.girard@girard-paysage.fr>", subject="resiliation",
    date=T(2025, 9, 18, 7, 55),
    body="""Bonjour
merci de resilier mon abonnement trimestriel, la saison est finie et on arrete la prospection
jusqu'au printemps.
Marc
Envoyé de mon iPhone
""")], "decided", [d("cancellation", "cancel", effective_date="2025-10-31")],
    spec="L8 with no current_period_end: last charge 2025-07-31T22:00Z = 2025-08-01 03:30 IST (local date 2025-08-01) + 3 months - 1 day = 2025-10-31.")

cust("direction@boulangerie-lambert.fr", "Pierre Lambert", "monthly", cps="2025-09-20", cpe="2025-10-19")
lopay("LO-INV-74010", "direction@boulangerie-lambert.fr", "monthly", "999.00", "179.82", "2025-09-20T09:00:00", "2025-09-20", "2025-10-19")
lopay("LO-INV-74011", "direction@boulangerie-lambert.fr", "monthly", "999.00", "179.82", "2025-09-20T09:03:00", "2025-09-20", "2025-10-19")
case("ffr-l08-tr-forward-c2", "leadsoptima", [dict(
    frm="Émilie Faure <compta@boulangerie-lambert.fr>", subject="TR: double paiement LeadsOptima",
    date=T(2025, 9, 23, 14, 0),
    body="""Bonjour,

Je vous transfère la demande de M. Lambert ci-dessous, merci de faire le nécessaire.

Émilie Faure
Comptabilité

-------- Message transféré --------
De : Pierre Lambert <direction@boulangerie-lambert.fr>
Date : mar. 23 sept. 2025 à 10:12
Objet : double paiement LeadsOptima
À : Émilie Faure <compta@boulangerie-lambert.fr>

Émilie, LeadsOptima nous a prélevé deux fois les 999 ₹ le 20/09 (facture LO-INV-74011).
Peux-tu leur demander le remboursement ? Le compte est à mon adresse direction@boulangerie-lambert.fr.
P.L.
""")], "need_info", rules=["C2"],
    spec="Forward (TR:) whose request names the registered email direction@boulangerie-lambert.fr; the sender is compta@boulangerie-lambert.fr -> C2 (settled: Forwards): need_info asking for the request from the registered address; no account details.")

cust("thomas.david@david-menuiserie.fr", "Thomas David", "monthly", cps="2025-09-25", cpe="2025-10-24")
lopay("LO-INV-74012", "thomas.david@david-menuiserie.fr", "monthly", "1499.00", "269.82", "2025-08-25T09:00:00", "2025-08-25", "2025-09-24")
lopay("LO-INV-74013", "thomas.david@david-menuiserie.fr", "monthly", "1499.00", "269.82", "2025-09-25T09:00:00", "2025-09-25", "2025-10-24")
case("ffr-l09-thread-access-invoice", "leadsoptima", [dict(
    frm="Thomas David <thomas.david@david-menuiserie.fr>", subject="Plateforme inaccessible",
    date=T(2025, 9, 26, 8, 30),
    body="""Bonjour,

Depuis hier la plateforme ne se charge plus du tout chez nous, écran blanc après la connexion,
sur Chrome comme sur Firefox. Je ne peux pas payer pour un service que je ne peux pas utiliser :
je demande le remboursement du dernier prélèvement.

Thomas David
Menuiserie David
"""), dict(
    frm="Thomas David <thomas.david@david-menuiserie.fr>", subject="Re: Plateforme inaccessible [LO-5531]",
    date=T(2025, 9, 26, 13, 2), in_reply_to="<support-ask-ffr-l09@leadsoptima.com>",
    body="""Bonjour,
Voici le numéro : lo inv 74013.
Toujours pas d'accès à l'heure où je vous écris.
T. David

Le ven. 26 sept. 2025 à 12:40, LeadsOptima Support <support@leadsoptima.com> a écrit :
> Merci de nous indiquer le numéro de facture concerné.
""")], "decided", [d("refund", "escalate")],
    spec="C3 thread: the invoice is missing first (two charges on the account), answered 'lo inv 74013' (= LO-INV-74013, settled). L2 access_failure ('ne se charge plus', 'pas d'accès'); charge 2025-09-25, request 09-26 day 1 -> L6 escalate.")

cust("lea.fontaine@fontaine-coaching.fr", "Léa Fontaine", "monthly", status="trial", trial_ends="2025-10-10")
case("ffr-l10-hypothetical-trial", "leadsoptima", [dict(
    frm="Léa Fontaine <lea.fontaine@fontaine-coaching.fr>", subject="Question avant de passer à l'abonnement",
    date=T(2025, 9, 29, 11, 0),
    body="""Bonjour,

Je suis en période d'essai et j'hésite à prendre l'abonnement trimestriel. Si jamais ça ne
fonctionne pas pour mon activité de coaching, est-ce que je pourrais être remboursée ?
Et est-ce que l'essai se transforme automatiquement en abonnement payant ?

Merci !
Léa
""")], "other",
    spec="Hypothetical policy question before buying (section 8): no refund or cancellation intent -> other.")

case("ffr-l11-bounce-mailer-daemon", "leadsoptima", [dict(
    frm="Mail Delivery System <MAILER-DAEMON@mx.orange.fr>", subject="Non remis : Re: Votre demande de remboursement [LO-5502]",
    date=T(2025, 9, 28, 3, 12),
    body="""Ceci est un message automatique du serveur de messagerie.

Votre message n'a pas pu être remis à un ou plusieurs destinataires :

  jp.renaud@orange.fr : boîte aux lettres introuvable (550 5.1.1)

--- Message d'origine ---
Objet : Re: Votre demande de remboursement [LO-5502]
""")], "ignore", rules=["C7"],
    spec="C7: MAILER-DAEMON sender (delivery failure) -> ignore, never answered.")

cust("antoine.mercier@mercier-auto.fr", "Antoine Mercier", "quarterly", cps="2025-09-15", cpe="2025-12-14")
lopay("LO-INV-74014", "antoine.mercier@mercier-auto.fr", "quarterly", "3999.00", "719.82", "2025-09-15T09:00:00", "2025-09-15", "2025-12-14")
case("ffr-l12-opposition-bank", "leadsoptima", [dict(
    frm="Antoine Mercier <antoine.mercier@mercier-auto.fr>", subject="Remboursement immédiat sinon opposition",
    date=T(2025, 9, 19, 17, 40),
    body="""Bonjour,

Je n'ai jamais souscrit à l'offre trimestrielle, c'est un prélèvement abusif (LO-INV-74014).
Remboursez-moi sous 48h, sinon je conteste le paiement auprès de ma banque (chargeback) et je
saisis une association de consommateurs ainsi que mon avocat.

A. Mercier
""")], "decided", [d("refund", "escalate")], rules=["C4"],
    spec="C4: chargeback / bank dispute and lawyer threat ('chargeback', 'avocat', 'association de consommateurs') -> escalate.")

cust("camille.blanc@blanc-design.fr", "Camille Blanc", "monthly", cps="2025-09-12", cpe="2025-10-11")
lopay("LO-INV-74015", "camille.blanc@blanc-design.fr", "monthly", "1499.00", "269.82", "2025-09-12T09:00:00", "2025-09-12", "2025-10-11")
case("ffr-l13-howto-users", "leadsoptima", [dict(
    frm="Camille Blanc <camille.blanc@blanc-design.fr>", subject="Ajouter une collaboratrice",
    date=T(2025, 9, 23, 10, 15),
    body="""Bonjour l'équipe,

Comment est-ce que je peux ajouter ma collaboratrice sur notre compte sans partager mon mot de
passe ? Et est-ce que ça change le prix de l'abonnement ?

Merci et belle journée,
Camille
""")], "other",
    spec="A how-to question, no refund or cancellation -> other.")

cust("jean.dupont@gmail.com", "Jean Dupont", "monthly", cps="2025-09-27", cpe="2025-10-26")
lopay("LO-INV-74016", "jean.dupont@gmail.com", "monthly", "999.00", "179.82", "2025-09-27T09:00:00", "2025-09-27", "2025-10-26")
lopay("LO-INV-74017", "jean.dupont@gmail.com", "monthly", "999.00", "179.82", "2025-09-27T09:01:00", "2025-09-27", "2025-10-26")
case("ffr-l14-plus-tag-sender", "leadsoptima", [dict(
    frm="Jean Dupont <jean.dupont+leads@gmail.com>", subject="Paiement en double",
    date=T(2025, 9, 28, 9, 45),
    body="""Bonjour,

J'ai été débité deux fois de 999 ₹ hier matin pour mon abonnement mensuel. Merci de rembourser
la facture LO-INV-74017.

Jean Dupont
""")], "need_info", rules=["C2"],
    spec="Settled (Addresses): a +tag makes another address; jean.dupont+leads@gmail.com is not the registered jean.dupont@gmail.com -> C2 need_info, no account details.")

cust("nathalie.garnier@garnier-fleurs.fr", "Nathalie Garnier", "monthly", status="cancelled", cps="2025-09-15", cpe="2025-10-14")
lopay("LO-INV-74018", "nathalie.garnier@garnier-fleurs.fr", "monthly", "1499.00", "269.82", "2025-09-15T09:00:00", "2025-09-15", "2025-10-14")
case("ffr-l15-charged-after-cancel-late", "leadsoptima", [dict(
    frm="Nathalie Garnier <nathalie.garnier@garnier-fleurs.fr>", subject="Prélèvement après résiliation",
    date=T(2025, 9, 29, 16, 5),
    body="""Bonjour,

J'avais résilié mon abonnement mensuel le 3 septembre et vous m'avez quand même prélevée le 15
(1 499 ₹, facture LO-INV-74018). Je ne l'ai vu que maintenant sur mon relevé. Merci de me
rembourser.

Nathalie Garnier
Garnier Fleurs
""")], "decided", [d("refund", "deny")],
    spec="Past event: charged after cancelling = L2 billing_error, but the charge 2025-09-15 is 14 days before the request 2025-09-29 -> L3 deny (outside 7 days). No new cancellation is asked.")

cust("olivier.chevalier@chevalier-conseil.fr", "Olivier Chevalier", "quarterly", cps="2025-08-10", cpe="2025-11-09")
lopay("LO-INV-74019", "olivier.chevalier@chevalier-conseil.fr", "quarterly", "3999.00", "719.82", "2025-08-10T09:00:00", "2025-08-10", "2025-11-09")
case("ffr-l16-franglais-replyto", "leadsoptima", [dict(
    frm="Olivier Chevalier <olivier.chevalier@chevalier-conseil.fr>", subject="Cancel my plan svp",
    date=T(2025, 9, 26, 12, 0), headers={"Reply-To": "o.chevalier.perso@yahoo.fr"},
    body="""Hello,

Je voudrais cancel mon plan quarterly, on a switché sur un autre CRM qui fait aussi le lead gen.
Pas besoin de refund, juste stop le renouvellement. Thx !

Olivier
Chevalier Conseil
""")], "decided", [d("cancellation", "cancel", effective_date="2025-11-09")],
    spec="Mixed French/English; From is the registered email (Reply-To is irrelevant, settled: Addresses); 'Pas besoin de refund' is a negation. L8 cancel effective current_period_end 2025-11-09.")

cust("manon.robin@robin-photo.fr", "Manon Robin", "monthly", cps="2025-09-27", cpe="2025-10-26")
lopay("LO-INV-74020", "manon.robin@robin-photo.fr", "monthly", "1499.00", "269.82", "2025-09-27T18:00:00", "2025-09-27", "2025-10-26")
lopay("LO-INV-74021", "manon.robin@robin-photo.fr", "monthly", "1499.00", "269.82", "2025-09-27T18:00:30", "2025-09-27", "2025-10-26")
case("ffr-l17-html-dup", "leadsoptima", [dict(
    frm="Manon Robin <manon.robin@robin-photo.fr>", subject="Facture en double",
    date=T(2025, 9, 30, 9, 20),
    html="""<div dir="ltr"><div>Bonjour,</div><div><br></div>
<div>Samedi après-midi j'ai reçu <u>deux factures identiques</u> pour mon abonnement mensuel
(1&nbsp;499,00&nbsp;₹ chacune) et les deux montants ont été débités de ma carte : j'ai donc payé deux fois.
La seconde est la <b>LO-INV-74021</b>. Pourriez-vous la rembourser&nbsp;?</div><div><br></div>
<div>Merci beaucoup,</div><div>Manon Robin<br><span style="color:#888">Robin Photographie – mariages &amp; portraits</span></div></div>""")],
    "decided", [d("refund", "approve", "1499.00")],
    spec="HTML-only mail. L2 duplicate ('payé deux fois'); two paid charges 2025-09-27 same account/amount/period; request 09-30 day 3 -> L4 approve 1499.00.")

# ============================================================ Optima WebDesign
proj("Domaine des Tilleuls", "contact@domaine-des-tilleuls.fr")
owpay("OWD-2025-7401", "Domaine des Tilleuls", "discovery", "12000.00", "2160.00", "2025-09-22T10:00:00")
case("ffr-o01-discovery-not-started", "optima_webdesign", [dict(
    frm="Domaine des Tilleuls <contact@domaine-des-tilleuls.fr>", subject="Refund Request — Domaine des Tilleuls / OWD-2025-7401",
    date=T(2025, 9, 25, 10, 30),
    body="""Bonjour,

Nous avons réglé l'atelier de découverte pour le projet Domaine des Tilleuls (facture
OWD-2025-7401, 12 000,00 ₹ HT), mais aucune séance n'a encore eu lieu. Suite au décès de notre
associé, nous suspendons tous les investissements du domaine cette année.
Nous vous remercions de bien vouloir nous rembourser.

Cordialement,
Hélène Vasseur
Domaine des Tilleuls – Vins de Loire
""" + MENTIONS)], "decided", [d("refund", "approve", "12000.00")],
    spec="O1: discovery fee, work_started_at empty -> refundable in full: approve 12000.00 before tax (C6).")

proj("Librairie Au Fil des Pages", "librairie@aufildespages.fr", "2025-10-03T10:00:00")
owpay("OWD-2025-7402", "Librairie Au Fil des Pages", "discovery", "9000.00", "1620.00", "2025-09-24T10:00:00")
case("ffr-o02-discovery-scheduled-later", "optima_webdesign", [dict(
    frm="Librairie Au Fil des Pages <librairie@aufildespages.fr>", subject="Annulation atelier stratégie + remboursement",
    date=T(2025, 9, 29, 16, 50),
    body="""Bonjour,

L'atelier stratégie du projet « Librairie Au Fil des Pages » est prévu le 3 octobre. Nous
préférons l'annuler : la mairie vient de nous proposer un site mutualisé pour les commerces
du centre-ville, gratuit. Pourriez-vous rembourser la facture OWD-2025-7402 ?

Bien à vous,
Gérard Leroy, libraire
""")], "decided", [d("refund", "approve", "9000.00")], extra_ok=True,
    spec="O1: work_started_at 2025-10-03 is later than the request 2025-09-29 (the session has not started) -> approve 9000.00 before tax. ('annuler' the workshop may add a cancellation; extra_ok.)")

proj("Cabinet Kiné Rivière", "cabinet@kine-riviere.fr", "2025-09-28T10:00:00")
owpay("OWD-2025-7403", "Cabinet Kiné Rivière", "deposit", "20000.00", "3600.00", "2025-09-27T10:00:00")
case("ffr-o03-deposit-work-started", "optima_webdesign", [dict(
    frm="Cabinet Kiné Rivière <cabinet@kine-riviere.fr>", subject="Acompte site cabinet",
    date=T(2025, 9, 29, 4, 30),
    body="""Bonjour,

Nous avons versé l'acompte samedi pour le projet Cabinet Kiné Rivière (OWD-2025-7403).
Mon associé n'est finalement pas d'accord pour la refonte, nous vous demandons donc le
remboursement de l'acompte, puisque nous sommes encore dans les 72 heures.

Cordialement,
Yann Rivière, masseur-kinésithérapeute
""")], "decided", [d("refund", "deny")],
    spec="O2: paid 2025-09-27 10:00 IST; request 2025-09-29 04:30 +02:00 = 08:00 IST (46 h, under 72 h) but work_started_at 2025-09-28 10:00 came first -> 'whichever occurs first': deny.")

proj("Fromagerie Vallet E-shop", "eshop@fromagerie-vallet.fr", "2025-06-01T10:00:00")
owpay("OWD-2025-7404", "Fromagerie Vallet E-shop", "milestone", "35000.00", "6300.00", "2025-08-20T10:00:00", milestone_status="approved")
case("ffr-o04-milestone-approved", "optima_webdesign", [dict(
    frm="Fromagerie Vallet <eshop@fromagerie-vallet.fr>", subject="Remboursement jalon maquettes",
    date=T(2025, 9, 26, 14, 0),
    body="""Bonjour,

Nous avions validé les maquettes du projet Fromagerie Vallet E-shop en août (jalon facturé
OWD-2025-7404), mais à l'usage elles ne plaisent pas à nos clients. Nous souhaitons être
remboursés de ce jalon.

Salutations fromagères,
Denis Vallet
""")], "decided", [d("refund", "deny")],
    spec="O3/O6: milestone OWD-2025-7404 milestone_status approved -> deny (approved milestones are non-refundable).")

proj("Agence Horizon Voyages SEA", "direction@horizon-voyages.fr", "2025-05-08T10:00:00")
owpay("OWD-2025-7405", "Agence Horizon Voyages SEA", "retainer", "15000.00", "2700.00", "2025-09-08T10:00:00",
      next_billing_at="2025-10-08T00:00:00", ps="2025-09-08", pe="2025-10-07")
case("ffr-o05-retainer-exactly-7-days", "optima_webdesign", [dict(
    frm="Horizon Voyages <direction@horizon-voyages.fr>", subject="Résiliation contrat SEA",
    date=T(2025, 10, 1, 4, 30),
    body="""Bonjour,

Par la présente, nous résilions le contrat de gestion des campagnes (projet « Agence Horizon
Voyages SEA », dernière facture OWD-2025-7405). Motif : fusion avec le réseau Sélectour, qui
gère la publicité en central.

Merci de confirmer qu'aucun nouveau prélèvement n'aura lieu le 8 octobre.

Cordialement,
Florence Aubert
Directrice
""")], "decided", [d("cancellation", "cancel", effective_date="2025-10-07")],
    spec="O4: next_billing_at 2025-10-08; request 2025-10-01 04:30 +02:00 = 08:00 IST, local date 2025-10-01 = 2025-10-08 minus 7 days -> on or before, enough notice -> cancel, effective the day before next billing 2025-10-07.")

proj("Studio Pilates Lumière", "studio@pilates-lumiere.fr", "2025-03-12T10:00:00")
owpay("OWD-2025-7406", "Studio Pilates Lumière", "retainer", "7000.00", "1260.00", "2025-09-12T10:00:00",
      next_billing_at="2025-10-12T00:00:00", ps="2025-09-12", pe="2025-10-11")
owpay("OWD-2025-7407", "Studio Pilates Lumière", "retainer", "7000.00", "1260.00", "2025-09-24T10:00:00",
      next_billing_at="2025-11-12T00:00:00", ps="2025-10-12", pe="2025-11-11")
case("ffr-o06-retainer-paid-ahead", "optima_webdesign", [dict(
    frm="Studio Pilates Lumière <studio@pilates-lumiere.fr>", subject="Arrêt de la maintenance",
    date=T(2025, 9, 26, 11, 0),
    body="""Bonjour,

Je souhaite arrêter le contrat de maintenance du Studio Pilates Lumière (factures OWD-2025-7406
et OWD-2025-7407 : j'avais payé octobre en avance). Je ferme le studio fin octobre pour raisons
de santé.

Merci de votre compréhension,
Aurélie Lumière
""")], "decided", [d("cancellation", "escalate")], extra_ok=True,
    spec="Settled (Retainer paid in advance): the next cycle 10-12..11-11 is already paid (OWD-2025-7407) and notice is at least 7 days (2025-09-26 <= 2025-10-05) -> the cancellation is escalated (a person decides on refunding that cycle, O4).",
    ambiguous="The ledger format has no field for 'cycle paid in advance'; here it is a second retainer payment for 10-12..11-11 whose own next_billing_at is 2025-11-12. A reader who takes the latest payment's next_billing_at could answer cancel effective 2025-11-11 instead of the settled escalate.")

proj("Gîtes du Vercors Maintenance", "gites@gites-vercors.fr", "2025-09-25T10:00:00")
owpay("OWD-2025-7408", "Gîtes du Vercors Maintenance", "maintenance_annual", "10000.00", "1800.00", "2025-09-24T10:00:00",
      service_start="2025-09-25")
case("ffr-o07-maintenance-rounding", "optima_webdesign", [dict(
    frm="Gîtes du Vercors <gites@gites-vercors.fr>", subject="Résiliation maintenance annuelle – remboursement au prorata",
    date=T(2025, 9, 30, 19, 25),
    body="""Bonjour,

Nous venons de souscrire la maintenance annuelle (Gîtes du Vercors Maintenance, facture
OWD-2025-7408, 10 000 ₹ HT) mais notre neveu, développeur, reprend finalement le site.
Nous résilions donc et demandons le remboursement au prorata prévu dans vos conditions.

Bien cordialement,
Bernard et Odile Chabert
""")], "decided", [d("refund", "approve", "9166.67"), d("cancellation", "cancel")],
    spec="O5: service_start 2025-09-25, request 2025-09-30 day 5 <= 14; setup_fee none (0); monthly_value = 10000.00/12 = 833.333...; consumed_months 1; refund = 10000.00 - 0 - 833.333... = 9166.666... rounded once half-up = 9166.67 (C6). The cancellation is acknowledged.")

proj("Restaurant Le Bouchon Hosting", "resto@lebouchon-lyon.fr")
owpay("OWD-2025-7409", "Restaurant Le Bouchon Hosting", "hosting_annual", "24000.00", "4320.00", "2025-09-20T10:00:00",
      setup_fee="3000.00", service_start="2025-10-15")
case("ffr-o08-hosting-before-start", "optima_webdesign", [dict(
    frm="Le Bouchon <resto@lebouchon-lyon.fr>", subject="Annulation hébergement avant mise en service",
    date=T(2025, 9, 27, 15, 0),
    body="""Bonjour,

Le restaurant change de propriétaire au 1er octobre et le nouveau gérant garde son propre
hébergeur. Nous annulons donc l'hébergement annuel « Restaurant Le Bouchon Hosting »
(OWD-2025-7409), qui ne devait démarrer que le 15 octobre, et demandons le remboursement.

Cordialement,
Paul Bocquet
""")], "decided", [d("refund", "approve", "19250.00"), d("cancellation", "cancel")],
    spec="O5 before the service starts (settled): consumed_months = 1; monthly_value = (24000.00 - 3000.00)/12 = 1750.00; refund = 24000.00 - 3000.00 - 1750.00 = 19250.00. The cancellation is acknowledged.")

proj("Association Les Petits Loups", "bureau@petitsloups-asso.fr", "2025-07-01T10:00:00")
owpay("OWD-2025-7410", "Association Les Petits Loups", "change_request", "4500.00", "810.00", "2025-09-22T10:00:00")
case("ffr-o09-change-request", "optima_webdesign", [dict(
    frm="Les Petits Loups <bureau@petitsloups-asso.fr>", subject="Facture page inscriptions",
    date=T(2025, 9, 24, 20, 10),
    body="""Bonjour,

Nous avons payé la demande de modification « formulaire d'inscription » (OWD-2025-7410) pour le
site Association Les Petits Loups. Finalement la fédération nous impose son propre outil
d'inscription, la page ne servira pas. Serait-il possible d'être remboursés ?

Pour le bureau,
Sylvie Marchand, trésorière
""")], "decided", [d("refund", "deny")],
    spec="O6: kind change_request (outside the original scope) is never refundable -> deny citing Non-refundable items.")

proj("Atelier Céramique Sauvage", "atelier@ceramique-sauvage.fr")
owpay("OWD-2025-7411", "Atelier Céramique Sauvage", "deposit", "18000.00", "3240.00", "2025-09-29T17:00:00")
case("ffr-o10-apple-forward-own", "optima_webdesign", [dict(
    frm="Atelier Céramique Sauvage <atelier@ceramique-sauvage.fr>", subject="Fwd: Remboursement acompte",
    date=T(2025, 9, 30, 22, 15),
    body="""Je me suis trompée d'adresse, je vous renvoie mon message.

Début du message réexpédié :

De: Atelier Céramique Sauvage <atelier@ceramique-sauvage.fr>
Objet: Remboursement acompte
Date: 30 septembre 2025 à 21:58:12 UTC+2
À: contact@optima-web.fr

Bonjour,
Je vous ai versé hier l'acompte pour le site Atelier Céramique Sauvage (OWD-2025-7411, 18 000 ₹).
Mon four vient de lâcher et je dois mettre tout mon budget dans un nouveau four, je ne peux plus
financer le site cette année. Pouvez-vous me rembourser l'acompte ?
Merci infiniment,
Inès Sauvage
""")], "decided", [d("refund", "approve", "18000.00")],
    spec="Apple Mail forward of the sender's own earlier mail (contract email = sender, no C2). O2: paid 2025-09-29 17:00 IST, request 2025-09-30 22:15 +02:00 = 2025-10-01 01:45 IST = 32.75 h < 72 h, no work started -> approve 18000.00.")

proj("Chocolaterie Perrin", "contact@chocolaterie-perrin.fr")
owpay("OWD-2025-7412", "Chocolaterie Perrin", "deposit", "16000.00", "2880.00", "2025-09-28T10:00:00")
case("ffr-o11-c2-personal-address", "optima_webdesign", [dict(
    frm="Lucie Perrin <lucie.perrin74@hotmail.fr>", subject="Demande de remboursement acompte Chocolaterie Perrin",
    date=T(2025, 9, 29, 21, 0),
    body="""Bonsoir,

Je vous écris de mon adresse perso car je n'ai pas accès à la boîte de la boutique ce soir.
Le contrat est au nom de contact@chocolaterie-perrin.fr. Nous abandonnons le projet
Chocolaterie Perrin (acompte OWD-2025-7412) car le local a été vendu. Remboursez-nous svp.

Lucie Perrin
""")], "need_info", rules=["C2"],
    spec="C2 (explicit for Optima): sender lucie.perrin74@hotmail.fr is not the contract email contact@chocolaterie-perrin.fr it names -> need_info asking to write from the contract email; nothing about the project.")

proj("Garage Dumas Site", "garage.dumas@wanadoo.fr", "2025-06-01T10:00:00")
proj("Garage Dumas Réseaux sociaux", "garage.dumas@wanadoo.fr", "2025-06-01T10:00:00")
owpay("OWD-2025-7413", "Garage Dumas Site", "milestone", "14000.00", "2520.00", "2025-09-01T10:00:00", milestone_status="not_started")
owpay("OWD-2025-7414", "Garage Dumas Réseaux sociaux", "retainer", "6000.00", "1080.00", "2025-09-15T10:00:00",
      next_billing_at="2025-10-15T00:00:00", ps="2025-09-15", pe="2025-10-14")
case("ffr-o12-missing-project-invoice", "optima_webdesign", [dict(
    frm="Garage Dumas <garage.dumas@wanadoo.fr>", subject="rembourssement",
    date=T(2025, 9, 25, 18, 40),
    body="""bonjour
je veux etre remboursé de ce que j'ai payé, je pars a la retraite et je vends le garage a la fin
de l'année donc plus besoin de tout ca
cordialement
R. Dumas
""")], "need_info", missing=["project_name", "invoice_number"],
    spec="C3: the sender is the contract email of two projects with several payments, so neither the project nor the invoice can be filled from the ledger; reason given (retirement, selling the garage) -> need_info asking for project_name and invoice_number.")

proj("Salon Coiffure Élégance", "salon@coiffure-elegance.fr", "2025-02-03T10:00:00")
owpay("OWD-2025-7415", "Salon Coiffure Élégance", "retainer", "5500.00", "990.00", "2025-09-03T10:00:00",
      next_billing_at="2025-10-03T00:00:00", ps="2025-09-03", pe="2025-10-02")
case("ffr-o13-thread-short-notice", "optima_webdesign", [dict(
    frm="Salon Coiffure Élégance <salon@coiffure-elegance.fr>", subject="arret contrat",
    date=T(2025, 9, 27, 9, 10),
    body="""Bonjour,
Je souhaite arrêter le contrat mensuel pour le Salon Coiffure Élégance.
Bonne journée
Karima
"""), dict(
    frm="Salon Coiffure Élégance <salon@coiffure-elegance.fr>", subject="Re: arret contrat [OWD-3307]",
    date=T(2025, 9, 29, 10, 5), in_reply_to="<owd-ask-ffr-o13@optimawebdesign.com>",
    body="""Bonjour,

La facture c'est OWD-2025-7415. Pour la raison : le salon est racheté par une franchise qui a
déjà son site national.

Karima Benali

Le 27/09/2025 à 15:30, Optima WebDesign a écrit :
> Merci de nous indiquer la référence de facture et le motif de la résiliation.
""")], "decided", [d("cancellation", "cancel", effective_date="2025-11-02")],
    spec="C3 thread: invoice and reason missing first, answered second. Request time = first email 2025-09-27; next_billing_at 2025-10-03 needs a request on or before 2025-09-26 -> short notice (O4): the next cycle 2025-10-03..2025-11-02 is billed, effective_date 2025-11-02.")

proj("Cave Saint-Vincent", "cave@cave-saintvincent.fr", "2025-01-10T10:00:00")
owpay("OWD-2025-7416", "Cave Saint-Vincent", "retainer", "9500.00", "1710.00", "2025-09-10T10:00:00",
      next_billing_at="2025-10-10T00:00:00", ps="2025-09-10", pe="2025-10-09")
case("ffr-o14-mise-en-demeure-cancel", "optima_webdesign", [dict(
    frm="Cave Saint-Vincent <cave@cave-saintvincent.fr>", subject="Résiliation – mise en demeure",
    date=T(2025, 9, 22, 13, 30),
    body="""Madame, Monsieur,

Je résilie le contrat de référencement de la Cave Saint-Vincent (OWD-2025-7416) : en neuf mois,
aucune progression dans Google, malgré vos promesses.
Sans confirmation écrite sous huit jours, mon avocat vous adressera une mise en demeure et je
saisirai le tribunal compétent.

Jean-Baptiste Morel
Gérant
""")], "decided", [d("cancellation", "escalate")], rules=["C4"],
    spec="C4: lawyer / court threat ('mon avocat', 'mise en demeure', 'tribunal') -> escalate; settled: C4 covers the whole case, the cancellation included.")

proj("Boutique Mode Camélia", "boutique@mode-camelia.fr", "2025-06-01T10:00:00")
owpay("OWD-2025-7417", "Boutique Mode Camélia", "milestone", "25000.00", "4500.00", "2025-09-10T10:00:00", milestone_status="completed")
case("ffr-o15-thanks-not-request", "optima_webdesign", [dict(
    frm="Boutique Camélia <boutique@mode-camelia.fr>", subject="Merci pour le nouveau site !",
    date=T(2025, 9, 23, 19, 0),
    body="""Bonsoir à toute l'équipe,

Le site de la Boutique Mode Camélia est en ligne depuis lundi et nos clientes adorent ! Pas
d'annulation ni de remboursement à prévoir de notre côté, bien au contraire : pourriez-vous
nous envoyer un devis pour ajouter une page « Lookbook » ?

Merci encore,
Camille Dubreuil
""")], "other",
    spec="No refund or cancellation (explicit negation 'Pas d'annulation ni de remboursement'); a quote request for new work -> other.")

proj("Pâtisserie Les Délices d'Anaïs", "anais@delices-anais.fr")
owpay("OWD-2025-7418", "Pâtisserie Les Délices d'Anaïs", "deposit", "12500.00", "2250.00", "2025-09-28T10:00:00", status="refunded")
case("ffr-o16-deposit-already-refunded", "optima_webdesign", [dict(
    frm="Anaïs Carpentier <anais@delices-anais.fr>", subject="Acompte Délices d'Anaïs",
    date=T(2025, 9, 30, 10, 0),
    body="""Bonjour,

Je me permets de relancer : je souhaite le remboursement de l'acompte du projet Pâtisserie Les
Délices d'Anaïs (OWD-2025-7418), car je déménage à Bordeaux et je reporte l'ouverture.
Je n'ai rien vu arriver sur mon compte.

Belle journée,
Anaïs
""")], "decided", [d("refund", "escalate")],
    spec="Settled (Payments not paid): OWD-2025-7418 has status refunded -> a refund of it is escalated (a person checks), whatever O2 would say.")

write()
