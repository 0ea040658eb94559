#!/usr/bin/env python3
"""Fresh held-out round 10, French (fr): writes ledger.json, emails/*.eml and expected.json here.

Written by a QA pass from POLICY_SPEC.md alone (no product code read). Licence: MIT.
Stdlib only, deterministic: run `python3 make_cases.py` in any directory.
"""
import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANG = "fr"
LO_TO = "support@leadsoptima.com"
OWD_TO = "optimawebdesigns12@gmail.com"
CEST, IST, CET = 120, 330, 60  # Paris summer time, India, Paris winter time

customers, projects, payments, cases = [], [], [], []


# ---------------------------------------------------------------- ledger helpers
def lo_cust(email, name, plan, ps=None, pe=None, status="active", trial_ends=None):
    customers.append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan, "status": status,
                      "trial_ends": trial_ends, "current_period_start": ps, "current_period_end": pe})


def lo_pay(pid, inv, email, plan, amount, paid_at, ps, pe, status="paid", tax="0.00"):
    payments.append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email,
                     "kind": "subscription", "plan": plan, "amount": amount, "tax": tax, "currency": "INR",
                     "paid_at": paid_at, "period_start": ps, "period_end": pe, "status": status})


def owd_proj(name, email, started=None):
    projects.append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                     "work_started_at": started})


def owd_pay(pid, inv, project, kind, amount, paid_at, tax="0.00", status="paid", setup_fee=None,
            service_start=None, next_billing_at=None, ps=None, pe=None, milestone_status=None):
    payments.append({"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": project, "kind": kind,
                     "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": status,
                     "setup_fee": setup_fee, "service_start": service_start, "next_billing_at": next_billing_at,
                     "period_start": ps, "period_end": pe, "milestone_status": milestone_status})


# ---------------------------------------------------------------- email helpers
EMAILS = {}


def when(y, mo, d, h, mi, off=CEST):
    return datetime(y, mo, d, h, mi, tzinfo=timezone(timedelta(minutes=off)))


def eml(name, frm, to, subject, dt, body=None, html=None, headers=None, reply_to=None, reply_of=None):
    """One email; reply_of names an earlier email of the thread (References/In-Reply-To)."""
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(dt)
    dom = frm.rsplit("@", 1)[-1].strip(">") if "@" in frm else "localhost"
    mid = f"<{LANG}10.{name}@{dom}>"
    msg["Message-ID"] = mid
    if reply_to:
        msg["Reply-To"] = reply_to
    if reply_of:
        orig = EMAILS[reply_of]
        bot = f"<reply.{reply_of}@mailbot.invalid>"
        msg["In-Reply-To"] = bot
        msg["References"] = f"{orig} {bot}"
    for k, v in (headers or {}).items():
        msg[k] = v
    if body is not None:
        msg.set_content(body)
        if html:
            msg.add_alternative(html, subtype="html")
    else:
        msg.set_content(html, subtype="html")
    EMAILS[name] = mid
    path = HERE / "emails" / f"{name}.eml"
    path.write_bytes(msg.as_bytes(policy=SMTP))
    return f"emails/{name}.eml"


def case(cid, files, brand, status, decisions=(), rules=(), spec="", missing=None, extra_ok=None,
         ambiguous=None):
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
    cases.append(c)


def d(intent, outcome, amount=None, eff=None):
    x = {"intent": intent, "outcome": outcome}
    if amount is not None:
        x["amount"] = amount
    if eff is not None:
        x["effective_date"] = eff
    return x


(HERE / "emails").mkdir(exist_ok=True)
for old in (HERE / "emails").glob("*.eml"):
    old.unlink()
SIG_CABINET = """
--
{name}
{title}
{firm}
{street} – {city}
Tél. : +33 {tel}

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires.
Si vous avez reçu ce message par erreur, merci d'en informer l'expéditeur et de le supprimer.
Pensez à l'environnement avant d'imprimer ce courriel.
"""

# ================================================================ LeadsOptima
# l01 duplicate, annual, invoice typed with a slash
lo_cust("camille.dubois@atelier-dubois.fr", "Camille Dubois", "annual", "2025-09-23", "2026-09-22")
lo_pay("fr10_p01a", "LO-INV-81010", "camille.dubois@atelier-dubois.fr", "annual", "17988.00",
       "2025-09-23T10:00:00", "2025-09-23", "2026-09-22")
lo_pay("fr10_p01b", "LO-INV-81011", "camille.dubois@atelier-dubois.fr", "annual", "17988.00",
       "2025-09-23T10:02:00", "2025-09-23", "2026-09-22")
f = eml("l01-double-prelevement-annuel", "Camille Dubois <camille.dubois@atelier-dubois.fr>", LO_TO,
        "Double prélèvement abonnement annuel", when(2025, 9, 25, 9, 20),
        """Bonjour,

En vérifiant nos relevés, je constate que l'abonnement annuel a été débité deux fois le 23/09
(2 x 17 988,00 INR), à deux minutes d'intervalle. Pouvez-vous rembourser le second prélèvement,
facture LO INV/81011 ?

Je vous remercie par avance.
Bien cordialement,
""" + SIG_CABINET.format(name="Camille Dubois", title="Gérante", firm="Atelier Dubois – Architecture d'intérieur",
                         street="12 rue des Carmes", city="35000 Rennes", tel="2 99 41 22 10"))
case("l01-double-prelevement-annuel", [f], "leadsoptima", "decided", [d("refund", "approve", "17988.00")],
     spec="POLICY_SPEC.md section 3 L2 duplicate_payment; two paid annual charges 17988.00 on 2025-09-23, same "
          "period; 'LO INV/81011' = LO-INV-81011 (section 8: slashes and spaces ignored); request "
          "2025-09-25 12:50 IST = day 2 (L3); L4 approve 17988.00.")

# l02 ledger time with an offset: the local date of the charge decides day 7
lo_cust("r.benali@benali-transports.fr", "Rachid Benali", "monthly", "2025-09-22", "2025-10-21")
lo_pay("fr10_p02a", "LO-INV-81020", "r.benali@benali-transports.fr", "monthly", "1999.00",
       "2025-09-21T20:00:00Z", "2025-09-22", "2025-10-21")
lo_pay("fr10_p02b", "LO-INV-81021", "r.benali@benali-transports.fr", "monthly", "1999.00",
       "2025-09-21T20:01:30Z", "2025-09-22", "2025-10-21")
f = eml("l02-offset-registre-jour7", "Rachid BENALI <r.benali@benali-transports.fr>", LO_TO,
        "prelevement en double !!", when(2025, 9, 29, 18, 0),
        """Bonsoir,

j'ai ete preleve 2 fois pour le mois (1999 roupies x2) la nuit du 21 au 22 septembre. merci de me
rembourser le deuxieme paiement, facture lo-inv-81021.

cdt
R. Benali
Benali Transports – Marseille
""")
case("l02-offset-registre-jour7", [f], "leadsoptima", "decided", [d("refund", "approve", "1999.00")],
     spec="Ledger times with an offset are converted to the brand's zone (section 8): 2025-09-21T20:00Z = "
          "2025-09-22 01:30 IST, day 0 = 2025-09-22. Date Mon 2025-09-29 18:00 +0200 = 21:30 IST = day 7, inside "
          "(L3). L2 duplicate_payment, same period: L4 approve 1999.00.")

# l03 access failure but outside the window (franglais)
lo_cust("s.lambert@lambert-immo.fr", "Sophie Lambert", "monthly", "2025-09-10", "2025-10-09")
lo_pay("fr10_p03", "LO-INV-81030", "s.lambert@lambert-immo.fr", "monthly", "2499.00",
       "2025-09-10T08:00:00", "2025-09-10", "2025-10-09")
f = eml("l03-acces-hors-delai", "Sophie Lambert <s.lambert@lambert-immo.fr>", LO_TO,
        "Impossible de me login", when(2025, 9, 22, 10, 0),
        """Hello,

Depuis le renouvellement du 10 septembre je ne peux plus me connecter, le dashboard reste bloqué sur
"loading". J'ai perdu presque deux semaines de prospection. Je veux être remboursée de la facture
LO-INV-81030 svp.

Sophie
Lambert Immobilier
""")
case("l03-acces-hors-delai", [f], "leadsoptima", "decided", [d("refund", "deny")],
     spec="L2 access_failure ('je ne peux plus me connecter'), but charge 2025-09-10, request 2025-09-22 13:30 IST "
          "= day 12 > 7: deny citing the 7-day rule (L3).")

# l04 wrong amount inside the window
lo_cust("nicolas.petit@petit-associes.fr", "Nicolas Petit", "quarterly", "2025-09-26", "2025-12-25")
lo_pay("fr10_p04", "LO-INV-81040", "nicolas.petit@petit-associes.fr", "quarterly", "8999.00",
       "2025-09-26T11:00:00", "2025-09-26", "2025-12-25")
f = eml("l04-montant-incorrect", "Nicolas Petit <nicolas.petit@petit-associes.fr>", LO_TO,
        "Facture LO-INV-81040 : montant incorrect", when(2025, 9, 28, 11, 5),
        """Madame, Monsieur,

Le renouvellement trimestriel du 26 septembre m'a été facturé 8 999,00 INR alors que le tarif convenu
avec votre commercial était de 5 999,00 INR (offre de lancement). Le montant prélevé est donc incorrect.
Je vous remercie de bien vouloir me rembourser le trop-perçu.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Nicolas Petit
Expert-comptable associé – Petit & Associés
""")
case("l04-montant-incorrect", [f], "leadsoptima", "decided", [d("refund", "escalate")],
     spec="L2 billing_error ('montant incorrect', not the agreed price); charge 2025-09-26, request 2025-09-28 "
          "= day 2: L5 escalate, a human verifies (no amount on an escalation).")

# l05 changed mind inside the window: still L1
lo_cust("emilie.garnier@orange.fr", "Émilie Garnier", "annual", "2025-09-27", "2026-09-26")
lo_pay("fr10_p05", "LO-INV-81050", "emilie.garnier@orange.fr", "annual", "14388.00",
       "2025-09-27T15:00:00", "2025-09-27", "2026-09-26")
f = eml("l05-change-d-avis", "Emilie Garnier <emilie.garnier@orange.fr>", LO_TO,
        "Remboursement abonnement", when(2025, 9, 28, 8, 45),
        """Bonjour,

J'ai souscrit hier l'abonnement annuel un peu vite. Finalement j'ai changé d'avis, je préfère rester
sur mon fichier Excel. Merci de me rembourser la facture LO-INV-81050 (14 388 INR), je n'ai quasiment
rien utilisé.

Merci d'avance,
Émilie
Envoyé de mon iPhone
""")
case("l05-change-d-avis", [f], "leadsoptima", "decided", [d("refund", "deny")],
     spec="Changed mind / did not use it is not an L2 exception: L1 deny even inside the 7-day window; the reply "
          "offers cancellation. No cancellation asked for.")

# l06 cancellation, L8 fallback on a monthly plan
lo_cust("contact@marchand-plomberie.fr", "Bruno Marchand", "monthly")
lo_pay("fr10_p06a", "LO-INV-81060", "contact@marchand-plomberie.fr", "monthly", "1499.00",
       "2025-08-30T08:00:00", "2025-08-30", "2025-09-29")
lo_pay("fr10_p06b", "LO-INV-81061", "contact@marchand-plomberie.fr", "monthly", "1499.00",
       "2025-09-30T08:00:00", None, None)
f = eml("l06-resiliation-retraite", "Plomberie Marchand <contact@marchand-plomberie.fr>", LO_TO,
        "Résiliation", when(2025, 9, 30, 17, 0),
        """Bonjour,

Je pars à la retraite fin octobre et je ferme l'entreprise. Merci de résilier mon abonnement
mensuel LeadsOptima.

Cordialement
Bruno Marchand
Plomberie – Chauffage, Angers
""")
case("l06-resiliation-retraite", [f], "leadsoptima", "decided", [d("cancellation", "cancel", eff="2025-10-29")],
     spec="L8 with no current_period_end in the ledger: last charge 2025-09-30 + 1 month - 1 day = 2025-10-29.")

# l07 negation: no refund, only cancel
lo_cust("h.rousseau@cabinet-rousseau.fr", "Hélène Rousseau", "quarterly", "2025-09-15", "2025-12-14")
lo_pay("fr10_p07", "LO-INV-81070", "h.rousseau@cabinet-rousseau.fr", "quarterly", "5999.00",
       "2025-09-15T09:00:00", "2025-09-15", "2025-12-14")
f = eml("l07-pas-de-remboursement", "Hélène Rousseau <h.rousseau@cabinet-rousseau.fr>", LO_TO,
        "Arrêt de l'abonnement", when(2025, 9, 29, 14, 30),
        """Bonjour,

Je ne demande pas de remboursement pour le trimestre en cours, je souhaite seulement que
l'abonnement ne soit pas renouvelé. Notre cabinet a décidé de travailler uniquement par
recommandation à partir de 2026.

Bien à vous,
Hélène Rousseau
Avocate au barreau de Lyon
""")
case("l07-pas-de-remboursement", [f], "leadsoptima", "decided", [d("cancellation", "cancel", eff="2025-12-14")],
     spec="'Je ne demande pas de remboursement' adds no refund intent (section 8); cancellation: L8 effective "
          "current_period_end 2025-12-14. The sender's profession in the signature ('Avocate') is no legal "
          "threat: no C4.",
     ambiguous="The signature 'Avocate au barreau de Lyon' contains the word for lawyer; the spec's C4 is about "
               "mentions of lawyers as a threat, which this is not.")

# l08 Reply-To does not verify
lo_cust("julien.morel@morel-conseil.fr", "Julien Morel", "monthly", "2025-09-18", "2025-10-17")
lo_pay("fr10_p08", "LO-INV-81080", "julien.morel@morel-conseil.fr", "monthly", "2499.00",
       "2025-09-18T09:00:00", "2025-09-18", "2025-10-17")
f = eml("l08-reply-to", "Julien Morel <julien.morel75@gmail.com>", LO_TO,
        "Résiliation compte Morel Conseil", when(2025, 9, 27, 11, 10),
        """Bonjour,

Merci de résilier l'abonnement de Morel Conseil, nous arrêtons la prospection par e-mail. Répondez
sur mon adresse pro svp (en réponse).

Julien Morel
""", reply_to="julien.morel@morel-conseil.fr")
case("l08-reply-to", [f], "leadsoptima", "need_info", rules=["C2"],
     spec="Section 8: the sender is the From address; Reply-To (the registered address) never verifies anyone. "
          "From julien.morel75@gmail.com is not on record: C2 need_info.")

# l09 thread: reason missing, then given
lo_cust("claire@fontaine-fleurs.fr", "Claire Fontaine", "monthly", "2025-09-28", "2025-10-27")
lo_pay("fr10_p09a", "LO-INV-81090", "claire@fontaine-fleurs.fr", "monthly", "1499.00",
       "2025-09-28T07:00:00", "2025-09-28", "2025-10-27")
lo_pay("fr10_p09b", "LO-INV-81091", "claire@fontaine-fleurs.fr", "monthly", "1499.00",
       "2025-09-28T07:00:40", "2025-09-28", "2025-10-27")
f1 = eml("l09a-motif-manquant", "Claire Fontaine <claire@fontaine-fleurs.fr>", LO_TO,
         "Remboursement facture LO-INV-81091", when(2025, 9, 29, 7, 30),
         """Bonjour,

Merci de procéder au remboursement de la facture LO-INV-81091.

Belle journée,
Claire Fontaine
Fontaine Fleurs – Artisan fleuriste
""")
f2 = eml("l09b-motif-donne", "Claire Fontaine <claire@fontaine-fleurs.fr>", LO_TO,
         "RE: Remboursement facture LO-INV-81091", when(2025, 9, 30, 9, 5), """Bonjour,

Oui pardon : j'ai été prélevée deux fois le 28/09 pour le même mois, c'est la deuxième facture
qu'il faut rembourser.

Claire

Le lun. 29 sept. 2025 à 12:15, LeadsOptima Support <support@leadsoptima.com> a écrit :
> Merci de nous indiquer le motif de votre demande de remboursement.
""", reply_of="l09a-motif-manquant")
case("l09-thread-motif-donne", [f1, f2], "leadsoptima", "decided", [d("refund", "approve", "1499.00")],
     spec="C3: the first mail only restates the request (no reason, section 8); the answer gives 'prélevée deux "
          "fois' (duplicate_payment). Request time = first mail 2025-09-29 11:00 IST, charge 2025-09-28 = day 1; "
          "LO-INV-81090/81091 same amount and period: L4 approve 1499.00.")

# l10 charged after cancelling, invoice missing (two charges on record)
lo_cust("l.girard@girard-btp.fr", "Laurent Girard", "monthly", "2025-09-25", "2025-10-24", status="cancelled")
lo_pay("fr10_p10a", "LO-INV-81100", "l.girard@girard-btp.fr", "monthly", "2499.00",
       "2025-08-25T09:00:00", "2025-08-25", "2025-09-24")
lo_pay("fr10_p10b", "LO-INV-81101", "l.girard@girard-btp.fr", "monthly", "2499.00",
       "2025-09-25T09:00:00", "2025-09-25", "2025-10-24")
f = eml("l10-preleve-apres-resiliation", "Laurent Girard <l.girard@girard-btp.fr>", LO_TO,
        "Prélèvement après résiliation", when(2025, 9, 27, 16, 40),
        """Bonjour,

J'ai résilié mon abonnement le 20 septembre et vous m'avez quand même prélevé cette semaine.
Je demande le remboursement de ce prélèvement.

Salutations
L. Girard
Girard BTP
""")
case("l10-preleve-apres-resiliation", [f], "leadsoptima", "need_info", missing=["invoice_number"],
     spec="Past event: 'J'ai résilié le 20 septembre et vous m'avez quand même prélevé' is a billing_error reason "
          "(L2). A refund needs the invoice number (section 3) and none is given; two charges on record: "
          "need_info missing invoice_number (C3).",
     ambiguous="The ledger has one charge after 2025-09-20 (LO-INV-81101); a bot that identifies the charge from "
               "the stated date could go on to escalate (L5) instead of asking.")

# l11 chargeback / bank dispute threat on a valid duplicate
lo_cust("marc.lefebvre@lefebvre-auto.fr", "Marc Lefebvre", "monthly", "2025-09-27", "2025-10-26")
lo_pay("fr10_p11a", "LO-INV-81110", "marc.lefebvre@lefebvre-auto.fr", "monthly", "2499.00",
       "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
lo_pay("fr10_p11b", "LO-INV-81111", "marc.lefebvre@lefebvre-auto.fr", "monthly", "2499.00",
       "2025-09-27T10:00:30", "2025-09-27", "2025-10-26")
f = eml("l11-opposition-banque", "Marc Lefebvre <marc.lefebvre@lefebvre-auto.fr>", LO_TO,
        "Double débit – dernier avertissement", when(2025, 9, 30, 10, 0),
        """Bonjour,

Deux débits identiques de 2 499,00 le 27/09, facture LO-INV-81111 en double. Si le remboursement
n'est pas fait sous 48h, je fais opposition et j'ouvre un litige (chargeback) auprès de ma banque.

M. Lefebvre
""")
case("l11-opposition-banque", [f], "leadsoptima", "decided", [d("refund", "escalate")], rules=["C4"],
     spec="C4: chargeback / bank dispute threat ('opposition', 'litige (chargeback) auprès de ma banque') "
          "escalates the case even though L4 alone would approve.")

# l12 hypothetical -> other
lo_cust("y.haddad@haddad-design.fr", "Yasmine Haddad", "monthly", status="trial", trial_ends="2025-10-08")
f = eml("l12-si-je-passe-a-l-annuel", "Yasmine Haddad <y.haddad@haddad-design.fr>", LO_TO,
        "Question avant de m'abonner", when(2025, 9, 30, 12, 0),
        """Bonjour,

Je suis en période d'essai. Si je prends la formule annuelle et que ça ne me convient pas au bout de
deux mois, est-ce que je pourrai être remboursée au prorata ? Je préfère demander avant.

Merci !
Yasmine
""")
case("l12-si-je-passe-a-l-annuel", [f], "leadsoptima", "other",
     spec="A hypothetical asked before buying ('Si je prends ... est-ce que je pourrai être remboursée ?') is a "
          "policy question: no refund intent; nothing else asked: other (section 8).")

# l13 how-to -> other
lo_cust("p.caron@caron-menuiserie.fr", "Pierre Caron", "annual", "2025-04-01", "2026-03-31")
f = eml("l13-ajout-utilisateur", "Pierre Caron <p.caron@caron-menuiserie.fr>", LO_TO,
        "Ajouter un collègue", when(2025, 9, 29, 9, 0),
        """Bonjour,

Comment est-ce que je peux donner accès à mon collègue (commercial) à nos campagnes sans lui donner
mon mot de passe ? Il y a une gestion des utilisateurs ?

Merci, bonne journée
Pierre Caron
Menuiserie Caron & Fils
""")
case("l13-ajout-utilisateur", [f], "leadsoptima", "other",
     spec="How-to question, neither refund nor cancellation: other (section 1).")

# l14 TR: forwarded by the accountant, naming the client's registered email
lo_cust("direction@boulangerie-vasseur.fr", "Boulangerie Vasseur", "quarterly", "2025-09-24", "2025-12-23")
lo_pay("fr10_p14", "LO-INV-81140", "direction@boulangerie-vasseur.fr", "quarterly", "5999.00",
       "2025-09-24T09:00:00", "2025-09-24", "2025-12-23")
f = eml("l14-tr-comptable", "Fiduciaire Lenoir – Service comptable <compta@fiduciaire-lenoir.fr>", LO_TO,
        "TR: facture LeadsOptima", when(2025, 9, 29, 15, 0),
        """Bonjour,

Je vous transfère la demande de notre cliente ci-dessous. Merci de faire le nécessaire.

Cordialement,
Service comptable – Fiduciaire Lenoir

-----Message d'origine-----
De : Boulangerie Vasseur <direction@boulangerie-vasseur.fr>
Envoyé : lundi 29 septembre 2025 10:12
À : compta@fiduciaire-lenoir.fr
Objet : facture LeadsOptima

Bonjour Mme Lenoir,
LeadsOptima nous a facturé le trimestre au mauvais tarif (LO-INV-81140), on devait être sur le tarif
mensuel. Pouvez-vous leur demander le remboursement ? Notre compte chez eux est
direction@boulangerie-vasseur.fr.
Merci, Nathalie Vasseur
""")
case("l14-tr-comptable", [f], "leadsoptima", "need_info", rules=["C2"],
     spec="Forward (TR:, Outlook 'Message d'origine' block) read for the request it carries; it names the "
          "registered email direction@boulangerie-vasseur.fr, the sender is the accountant: C2 need_info "
          "(section 8, forwards).")

# l15 "charged twice" but the second charge failed
lo_cust("t.faure@faure-elec.fr", "Thierry Faure", "monthly", "2025-09-26", "2025-10-25")
lo_pay("fr10_p15a", "LO-INV-81150", "t.faure@faure-elec.fr", "monthly", "1499.00",
       "2025-09-26T12:00:00", "2025-09-26", "2025-10-25")
lo_pay("fr10_p15b", "LO-INV-81151", "t.faure@faure-elec.fr", "monthly", "1499.00",
       "2025-09-26T12:01:00", "2025-09-26", "2025-10-25", status="failed")
f = eml("l15-deuxieme-paiement-echoue", "Thierry Faure <t.faure@faure-elec.fr>", LO_TO,
        "Payé deux fois ?", when(2025, 9, 27, 9, 0),
        """Bonjour,

Sur l'appli de ma banque je vois deux lignes LeadsOptima de 1 499 le 26/09, j'ai l'impression d'avoir
payé deux fois. La deuxième c'est la facture LO-INV-81151. Vous pouvez me la rembourser ?

Thierry Faure – Faure Électricité
""")
case("l15-deuxieme-paiement-echoue", [f], "leadsoptima", "decided", [d("refund", "escalate")],
     spec="L2 duplicate_payment inside the window, but LO-INV-81151 has status 'failed': no pair of paid charges "
          "(L4 escalate) and a refund of a payment that is not paid is escalate (section 8).")

# l16 duplicate + cancellation in one mail
lo_cust("isabelle.roux@roux-coaching.fr", "Isabelle Roux", "quarterly", "2025-09-24", "2025-12-23")
lo_pay("fr10_p16a", "LO-INV-81160", "isabelle.roux@roux-coaching.fr", "quarterly", "5999.00",
       "2025-09-24T18:30:00", "2025-09-24", "2025-12-23")
lo_pay("fr10_p16b", "LO-INV-81161", "isabelle.roux@roux-coaching.fr", "quarterly", "5999.00",
       "2025-09-24T18:31:00", "2025-09-24", "2025-12-23")
f = eml("l16-doublon-et-resiliation", "Isabelle Roux <isabelle.roux@roux-coaching.fr>", LO_TO,
        "Doublon + résiliation", when(2025, 9, 26, 20, 0),
        """Bonjour,

1) Vous m'avez débité deux fois le trimestre le 24 septembre (LO-INV-81160 et LO-INV-81161) :
merci de rembourser le doublon LO-INV-81161.
2) Par ailleurs je souhaite résilier : je change d'activité l'an prochain.

Merci,
Isabelle Roux
""")
case("l16-doublon-et-resiliation", [f], "leadsoptima", "decided",
     [d("refund", "approve", "5999.00"), d("cancellation", "cancel", eff="2025-12-23")],
     spec="Refund: L2 duplicate_payment, charge 2025-09-24, request 2025-09-26 23:30 IST = day 2, pair in the "
          "ledger: L4 approve 5999.00. Cancellation: L8 effective current_period_end 2025-12-23. Both decided, "
          "one reply (section 1).")

# l17 Belgian, HTML-only, access failure inside
lo_cust("luc.dupuis@dupuis-horeca.be", "Luc Dupuis", "monthly", "2025-09-25", "2025-10-24")
lo_pay("fr10_p17", "LO-INV-81170", "luc.dupuis@dupuis-horeca.be", "monthly", "999.00",
       "2025-09-25T13:00:00", "2025-09-25", "2025-10-24")
f = eml("l17-belge-html-acces", "Luc Dupuis <luc.dupuis@dupuis-horeca.be>", LO_TO,
        "Plateforme inaccessible", when(2025, 9, 29, 8, 30),
        html="""<html><head><meta charset="utf-8"></head><body style="font-family:Calibri">
<p>Bonjour,</p>
<p>Depuis le paiement de neuf cent nonante-neuf roupies du 25 septembre (facture LO-INV-81170), la
plateforme ne charge plus du tout chez nous&nbsp;: page blanche, sur trois PC diff&eacute;rents. Votre
chat dit que c&rsquo;est en cours depuis jeudi.</p>
<p>Je souhaiterais &ecirc;tre rembours&eacute; si ce n&rsquo;est pas r&eacute;solu.</p>
<p>Bien &agrave; vous,<br>Luc Dupuis<br><i>Dupuis Horeca SRL &ndash; Namur</i></p>
</body></html>""")
case("l17-belge-html-acces", [f], "leadsoptima", "decided", [d("refund", "escalate")],
     spec="HTML-only, Belgian French ('nonante-neuf'). L2 access_failure ('la plateforme ne charge plus'); "
          "charge 2025-09-25, request 2025-09-29 12:00 IST = day 4: L6 escalate.")

# l18 Quebec French cancellation, annual, current period from the ledger
lo_cust("m.tremblay@tremblay-reno.ca", "Martin Tremblay", "annual", "2025-02-17", "2026-02-16")
lo_pay("fr10_p18", "LO-INV-81180", "m.tremblay@tremblay-reno.ca", "annual", "14388.00",
       "2025-02-17T09:00:00", "2025-02-17", "2026-02-16")
f = eml("l18-quebec-annulation", "Martin Tremblay <m.tremblay@tremblay-reno.ca>", LO_TO,
        "Annuler mon abonnement", when(2025, 9, 28, 9, 0, off=-240),
        """Allô,

J'aimerais annuler mon abonnement annuel. On a fermé la business de rénovation cet été, fait que je
n'ai plus besoin de vos services.

Merci ben gros,
Martin Tremblay
Rénovations Tremblay inc., Trois-Rivières
""")
case("l18-quebec-annulation", [f], "leadsoptima", "decided", [d("cancellation", "cancel", eff="2026-02-16")],
     spec="Quebec French, Date -0400. Cancellation: L8 effective current_period_end 2026-02-16.")

# l19 unknown sender, nothing on record
f = eml("l19-expediteur-inconnu", "Gaëlle Bernard <gaelle.b@laposte.net>", LO_TO,
        "Résilier", when(2025, 9, 30, 13, 0),
        """Bonjour,

Veuillez résilier mon abonnement svp, je n'en ai plus l'utilité.

Gaëlle Bernard
""")
case("l19-expediteur-inconnu", [f], "leadsoptima", "need_info", rules=["C2"],
     spec="Sender not on record and no registered email named: the sender's address is taken as the registered "
          "email but the ledger has no such account; treated as an unknown sender (C2, C3, section 8): need_info.")

# ================================================================ Optima WebDesign
# o01 deposit at 70.5 hours
owd_proj("Site Domaine des Tilleuls", "contact@domainedestilleuls.fr")
owd_pay("fr10_o01", "OWD-2025-801", "Site Domaine des Tilleuls", "deposit", "24000.00",
        "2025-09-26T18:00:00", tax="4320.00")
f = eml("o01-acompte-70h", "Domaine des Tilleuls <contact@domainedestilleuls.fr>", OWD_TO,
        "Demande de remboursement — Site Domaine des Tilleuls / OWD-2025-801", when(2025, 9, 29, 13, 0),
        """Bonjour,

Notre banque vient de refuser le financement du projet œnotouristique, nous devons donc renoncer au
site. Je vous demande le remboursement de l'acompte versé vendredi (facture OWD-2025-801,
24 000,00 INR HT).

Cordialement,
Arnaud Perrot
Domaine des Tilleuls – Saint-Émilion
""")
case("o01-acompte-70h", [f], "optima_webdesign", "decided", [d("refund", "approve", "24000.00")], extra_ok=True,
     spec="O2: paid 2025-09-26 18:00 IST; Date 2025-09-29 13:00 +0200 = 16:30 IST = 70 h 30 min < 72 h; no work "
          "started: approve 24000.00 before tax (tax 4320.00 kept, C6).")

# o02 deposit after 4 days
owd_proj("Boutique Savonnerie Marius", "marius@savonnerie-marius.fr")
owd_pay("fr10_o02", "OWD-2025-802", "Boutique Savonnerie Marius", "deposit", "16000.00",
        "2025-09-20T10:00:00", tax="2880.00")
f = eml("o02-acompte-4-jours", "Savonnerie Marius <marius@savonnerie-marius.fr>", OWD_TO,
        "Remboursement acompte boutique", when(2025, 9, 24, 10, 0),
        """Bonjour l'équipe,

On a trouvé une solution Shopify clé en main, on ne fera donc pas la Boutique Savonnerie Marius avec
vous. Remboursez-nous l'acompte OWD-2025-802 s'il vous plaît.

Bonne journée
Marius Aubert
""")
case("o02-acompte-4-jours", [f], "optima_webdesign", "decided", [d("refund", "deny")], extra_ok=True,
     spec="O2: paid 2025-09-20 10:00 IST, request 2025-09-24 13:30 IST = 99.5 h > 72 h: deny.")

# o03 discovery scheduled after the request
owd_proj("Atelier stratégie Cabinet Perrin", "secretariat@cabinet-perrin.fr", started="2025-10-06T10:00:00")
owd_pay("fr10_o03", "OWD-2025-803", "Atelier stratégie Cabinet Perrin", "discovery", "18000.00",
        "2025-09-25T10:00:00", tax="3240.00")
f = eml("o03-atelier-pas-encore", "Secrétariat Cabinet Perrin <secretariat@cabinet-perrin.fr>", OWD_TO,
        "Annulation atelier du 6 octobre", when(2025, 9, 29, 11, 0),
        """Madame, Monsieur,

Maître Perrin part en congé maladie pour plusieurs mois ; nous devons annuler l'atelier de stratégie
prévu le 6 octobre (projet « Atelier stratégie Cabinet Perrin ») et vous prions de rembourser les
frais correspondants, facture OWD-2025-803.

Avec nos remerciements,
Le secrétariat
""")
case("o03-atelier-pas-encore", [f], "optima_webdesign", "decided", [d("refund", "approve", "18000.00")],
     extra_ok=True,
     spec="O1 discovery: work_started_at 2025-10-06 is later than the request (2025-09-29): nothing started, "
          "full refund before tax 18000.00.")

# o04 milestone completed
owd_proj("Refonte Librairie Lumière", "librairie.lumiere@free.fr")
owd_pay("fr10_o04", "OWD-2025-804", "Refonte Librairie Lumière", "milestone", "26000.00",
        "2025-09-02T10:00:00", tax="4680.00", milestone_status="completed")
f = eml("o04-jalon-termine", "Librairie Lumière <librairie.lumiere@free.fr>", OWD_TO,
        "Jalon 2 – remboursement", when(2025, 9, 26, 17, 0),
        """Bonjour,

Le jalon 2 de la Refonte Librairie Lumière (facture OWD-2025-804) est livré, mais franchement les
pages catalogue ne nous plaisent pas du tout. Nous souhaitons être remboursés de ce jalon.

Sylvie Marchetti, libraire
""")
case("o04-jalon-termine", [f], "optima_webdesign", "decided", [d("refund", "deny")],
     spec="O3: milestone status completed: deny (O6 completed deliverables).")

# o05 milestone not started, own forward (TR:) from the contract address
owd_proj("Application Crèche Les Lutins", "direction@creche-leslutins.fr")
owd_pay("fr10_o05", "OWD-2025-805", "Application Crèche Les Lutins", "milestone", "32000.00",
        "2025-09-18T10:00:00", tax="5760.00", milestone_status="not_started")
f = eml("o05-tr-jalon-non-commence", "Crèche Les Lutins <direction@creche-leslutins.fr>", OWD_TO,
        "TR: Jalon paiement en ligne", when(2025, 9, 30, 9, 40),
        """Je me permets de vous renvoyer mon message de la semaine dernière, resté sans réponse.

________________________________
De : Crèche Les Lutins <direction@creche-leslutins.fr>
Envoyé : mercredi 24 septembre 2025 16:03
À : billing@optimawebdesign.com
Objet : Jalon paiement en ligne

Bonjour,
La CAF nous impose finalement son propre portail de paiement : le jalon « paiement en ligne » de
l'Application Crèche Les Lutins (OWD-2025-805) n'a plus lieu d'être. Il n'a pas commencé, merci de
nous le rembourser.
Véronique Blanc, directrice
""")
case("o05-tr-jalon-non-commence", [f], "optima_webdesign", "decided", [d("refund", "approve", "32000.00")],
     extra_ok=True,
     spec="Forward (TR:) from the contract address itself: no C2. O3 milestone not_started: approve its amount "
          "before tax 32000.00.")

# o06 hosting before service start (consumed_months = 1)
owd_proj("Hébergement Clinique Vétérinaire du Parc", "clinique@veto-duparc.fr")
owd_pay("fr10_o06", "OWD-2025-806", "Hébergement Clinique Vétérinaire du Parc", "hosting_annual", "18000.00",
        "2025-09-25T10:00:00", tax="3240.00", setup_fee="2400.00", service_start="2025-10-15")
f = eml("o06-hebergement-avant-debut", "Clinique Vétérinaire du Parc <clinique@veto-duparc.fr>", OWD_TO,
        "Hébergement annuel – annulation", when(2025, 9, 27, 10, 0),
        """Bonjour,

Notre groupement de cliniques nous impose finalement son propre hébergeur. Nous annulons donc
l'hébergement annuel (Hébergement Clinique Vétérinaire du Parc, facture OWD-2025-806), qui ne devait
démarrer que le 15 octobre, et demandons le remboursement.

Dr Anne Collin
""")
case("o06-hebergement-avant-debut", [f], "optima_webdesign", "decided", [d("refund", "approve", "14300.00")],
     extra_ok=True,
     spec="O5 before service_start (2025-10-15): consumed_months = 1 (section 8). monthly_value = (18000.00 - "
          "2400.00)/12 = 1300.00; refund = 18000.00 - 2400.00 - 1300.00 = 14300.00. A cancellation decision "
          "may accompany it (extra_ok).")

# o07 maintenance with rounding
owd_proj("Maintenance Restaurant Le Galet", "legalet.resto@gmail.com")
owd_pay("fr10_o07", "OWD-2025-807", "Maintenance Restaurant Le Galet", "maintenance_annual", "10000.00",
        "2025-09-22T10:00:00", tax="1800.00", setup_fee="1499.00", service_start="2025-09-22")
f = eml("o07-maintenance-arrondi", "Restaurant Le Galet <legalet.resto@gmail.com>", OWD_TO,
        "Contrat maintenance", when(2025, 9, 30, 15, 0),
        """Bonjour,

Nous vendons le restaurant, le repreneur garde son propre prestataire. Merci de résilier la
maintenance annuelle (Maintenance Restaurant Le Galet, OWD-2025-807) et de rembourser ce qui peut
l'être.

Cordialement,
Yann Le Goff
Restaurant Le Galet – Étretat
""")
case("o07-maintenance-arrondi", [f], "optima_webdesign", "decided", [d("refund", "approve", "7792.58")],
     extra_ok=True,
     spec="O5: service_start 2025-09-22, request 2025-09-30 18:30 IST = day 8 <= 14; consumed_months 1; "
          "monthly_value = (10000.00 - 1499.00)/12 = 708.41666...; refund = 10000.00 - 1499.00 - 708.41666... = "
          "7792.58333... rounded half-up once at the end = 7792.58 (C6). A cancellation decision may accompany "
          "it (extra_ok).")

# o08 hosting: day 14 in Paris, day 15 in India
owd_proj("Hébergement Gîtes du Vercors", "resa@gites-vercors.fr")
owd_pay("fr10_o08", "OWD-2025-808", "Hébergement Gîtes du Vercors", "hosting_annual", "12000.00",
        "2025-09-16T10:00:00", tax="2160.00", setup_fee="0.00", service_start="2025-09-16")
f = eml("o08-hebergement-jour15-fuseau", "Gîtes du Vercors <resa@gites-vercors.fr>", OWD_TO,
        "Remboursement hébergement", when(2025, 9, 30, 21, 0),
        """Bonsoir,

Nous passons sur une plateforme de réservation qui héberge le site gratuitement. Je demande donc le
remboursement au prorata de l'hébergement annuel (Hébergement Gîtes du Vercors, OWD-2025-808),
souscrit il y a tout juste deux semaines.

Bien cordialement,
Céline Arnaud
""")
case("o08-hebergement-jour15-fuseau", [f], "optima_webdesign", "decided", [d("refund", "deny")], extra_ok=True,
     spec="O5: service_start 2025-09-16 is day 0; Date Tue 2025-09-30 21:00 +0200 = Wed 2025-10-01 00:30 IST = "
          "day 15 > 14 in the brand's zone (section 1): deny.")

# o09 change request
owd_proj("Site Cave Bordelaise", "cave@cave-bordelaise.fr")
owd_pay("fr10_o09", "OWD-2025-809", "Site Cave Bordelaise", "change_request", "6000.00",
        "2025-09-24T10:00:00", tax="1080.00")
f = eml("o09-demande-modification", "Cave Bordelaise <cave@cave-bordelaise.fr>", OWD_TO,
        "Module multilingue", when(2025, 9, 26, 11, 0),
        """Bonjour,

Finalement nous n'aurons pas de clients étrangers cette saison, le module multilingue demandé en plus
(demande de modification, facture OWD-2025-809, Site Cave Bordelaise) ne sert plus. Merci de nous
rembourser les 6 000.

François Delmas
""")
case("o09-demande-modification", [f], "optima_webdesign", "decided", [d("refund", "deny")],
     spec="O6: kind change_request (outside the original scope) is never refundable: deny.")

# o10 setup fee
owd_proj("E-boutique Chocolats Mathieu", "boutique@chocolats-mathieu.fr")
owd_pay("fr10_o10", "OWD-2025-810", "E-boutique Chocolats Mathieu", "setup", "4500.00",
        "2025-09-27T10:00:00", tax="810.00")
f = eml("o10-frais-mise-en-service", "Chocolats Mathieu <boutique@chocolats-mathieu.fr>", OWD_TO,
        "Frais de mise en service", when(2025, 9, 28, 10, 0),
        """Bonjour,

Nous reportons l'ouverture de l'E-boutique Chocolats Mathieu à l'an prochain (travaux dans l'atelier).
Pouvez-vous rembourser les frais de mise en service OWD-2025-810 ?

Gourmandes salutations,
Mathilde Mathieu
""")
case("o10-frais-mise-en-service", [f], "optima_webdesign", "decided", [d("refund", "deny")],
     spec="O6: kind setup (setup/activation fee) is never refundable: deny.")

# o11 domain renewal
owd_proj("Vitrine Pâtisserie Leroy", "patisserie.leroy@wanadoo.fr")
owd_pay("fr10_o11", "OWD-2025-811", "Vitrine Pâtisserie Leroy", "third_party", "1800.00",
        "2025-09-26T10:00:00", tax="324.00")
f = eml("o11-nom-de-domaine", "Patisserie Leroy <patisserie.leroy@wanadoo.fr>", OWD_TO,
        "renouvellement nom de domaine", when(2025, 9, 27, 9, 0),
        """bonjour

vous avez renouvele le nom de domaine de la Vitrine Pâtisserie Leroy (facture OWD-2025-811) mais mon
neveu l'avait deja renouvele chez OVH. je voudrais etre rembourse

merci
J. Leroy
""")
case("o11-nom-de-domaine", [f], "optima_webdesign", "decided", [d("refund", "deny")],
     spec="O6: kind third_party (domain renewal) is never refundable: deny.")

# o12 retainer, plenty of notice, negation of refund
owd_proj("Community management Salon Élodie", "salon.elodie@gmail.com")
owd_pay("fr10_o12", "OWD-2025-812", "Community management Salon Élodie", "retainer", "8000.00",
        "2025-09-20T10:00:00", tax="1440.00", next_billing_at="2025-10-20T10:00:00",
        ps="2025-09-20", pe="2025-10-19")
f = eml("o12-retainer-preavis-ok", "Salon Élodie <salon.elodie@gmail.com>", OWD_TO,
        "Fin du community management", when(2025, 9, 30, 8, 0),
        """Coucou l'équipe,

Je ne demande aucun remboursement du mois en cours, vous avez super bien bossé ! Mais je souhaite
arrêter le Community management Salon Élodie (facture OWD-2025-812) : ma fille reprend les réseaux
sociaux du salon.

Bisous
Élodie
""")
case("o12-retainer-preavis-ok", [f], "optima_webdesign", "decided", [d("cancellation", "cancel", eff="2025-10-19")],
     spec="O4/O8: next_billing_at 2025-10-20; 7 days before = 2025-10-13; request 2025-09-30 is on or before it: "
          "cancel effective the day before next_billing_at = 2025-10-19. 'Je ne demande aucun remboursement' adds "
          "no refund intent (section 8).")

# o13 quarterly retainer with 6 days notice
owd_proj("Référencement Hôtel Belle Vue", "direction@hotel-bellevue-annecy.fr")
owd_pay("fr10_o13", "OWD-2025-813", "Référencement Hôtel Belle Vue", "retainer", "36000.00",
        "2025-07-06T10:00:00", tax="6480.00", next_billing_at="2025-10-06T10:00:00",
        ps="2025-07-06", pe="2025-10-05")
f = eml("o13-retainer-trimestriel-tard", "Hôtel Belle Vue – Direction <direction@hotel-bellevue-annecy.fr>",
        OWD_TO, "Résiliation contrat référencement", when(2025, 9, 30, 9, 0),
        """Madame, Monsieur,

Suite au rachat de l'hôtel par un groupe, le référencement sera désormais géré par le siège. Nous
résilions donc le contrat « Référencement Hôtel Belle Vue » (dernière facture OWD-2025-813).

Je vous prie d'agréer mes salutations distinguées.
Philippe Rey, directeur
""")
case("o13-retainer-trimestriel-tard", [f], "optima_webdesign", "decided",
     [d("cancellation", "cancel", eff="2026-01-05")],
     spec="O4: next_billing_at 2025-10-06; 7 days before = 2025-09-29; request 2025-09-30 12:30 IST is later: "
          "less than 7 days' notice, the next cycle is billed. Cycle length from the current period "
          "2025-07-06..2025-10-05 (3 months): next cycle 2025-10-06..2026-01-05, effective_date 2026-01-05.")

# o14 court / consumer rights (C4), refund + cancellation
owd_proj("Site Association Les Amis du Rail", "bureau@amisdurail.fr")
owd_pay("fr10_o14", "OWD-2025-814", "Site Association Les Amis du Rail", "milestone", "14000.00",
        "2025-09-15T10:00:00", tax="2520.00", milestone_status="not_started")
f = eml("o14-tribunal-droits", "Bureau Les Amis du Rail <bureau@amisdurail.fr>", OWD_TO,
        "Mise en demeure – Site Association Les Amis du Rail", when(2025, 9, 29, 19, 0),
        """Madame, Monsieur,

Sans nouvelles de votre part depuis un mois, nous mettons fin au projet Site Association Les Amis du
Rail et exigeons le remboursement du jalon OWD-2025-814. À défaut sous huit jours, nous saisirons le
tribunal judiciaire et ferons valoir nos droits de consommateur.

Pour le bureau,
Gérard Fournier, président
""")
case("o14-tribunal-droits", [f], "optima_webdesign", "decided",
     [d("refund", "escalate"), d("cancellation", "escalate")], rules=["C4"],
     spec="C4: threat of court and consumer rights escalates every intent of the case, the cancellation "
          "included (section 8).")

# o15 C2: personal address of the contract holder
owd_proj("Portfolio Studio Nguyen", "studio@nguyen-photo.fr")
owd_pay("fr10_o15", "OWD-2025-815", "Portfolio Studio Nguyen", "deposit", "12000.00",
        "2025-09-29T10:00:00", tax="2160.00")
f = eml("o15-adresse-perso", "Thu Nguyen <thu.nguyen.photo@gmail.com>", OWD_TO,
        "Portfolio Studio Nguyen – annulation", when(2025, 9, 30, 7, 0),
        """Bonjour,

Je vous écris depuis mon adresse perso (le studio est fermé cette semaine). Je ne peux finalement pas
lancer le Portfolio Studio Nguyen, je dois déménager. Pouvez-vous rembourser l'acompte OWD-2025-815 ?
Le contrat est au nom de studio@nguyen-photo.fr.

Thu Nguyen
""")
case("o15-adresse-perso", [f], "optima_webdesign", "need_info", rules=["C2"],
     spec="C2 (explicit for Optima: 'emailed from the contracting email'): the sender is not "
          "studio@nguyen-photo.fr: need_info, ask to write from it.")

# o16 thread: reason missing, then given
owd_proj("Audit UX Mutuelle Horizon", "achats@mutuelle-horizon.fr")
owd_pay("fr10_o16", "OWD-2025-816", "Audit UX Mutuelle Horizon", "discovery", "20000.00",
        "2025-09-22T10:00:00", tax="3600.00")
f1 = eml("o16a-motif-manquant", "Service Achats – Mutuelle Horizon <achats@mutuelle-horizon.fr>", OWD_TO,
         "Demande de remboursement — Audit UX Mutuelle Horizon / OWD-2025-816", when(2025, 9, 29, 9, 0),
         """Bonjour,

Merci de bien vouloir procéder au remboursement de la facture OWD-2025-816 (projet Audit UX Mutuelle
Horizon).

Cordialement,
Service Achats
Mutuelle Horizon – 4 place de la République, 59000 Lille
Ce courriel et ses pièces jointes sont confidentiels.
""")
f2 = eml("o16b-motif-donne", "Service Achats – Mutuelle Horizon <achats@mutuelle-horizon.fr>", OWD_TO,
         "RE: Demande de remboursement — Audit UX Mutuelle Horizon / OWD-2025-816", when(2025, 9, 30, 10, 0),
         """Bonjour,

Notre direction a décidé d'internaliser l'audit UX ; aucune session n'a eu lieu.

Cordialement,
Service Achats

-----Message d'origine-----
De : Optima WebDesign <optimawebdesigns12@gmail.com>
Envoyé : lundi 29 septembre 2025 15:20
Objet : RE: Demande de remboursement
> Merci de nous préciser le motif de votre demande.
""", reply_of="o16a-motif-manquant")
case("o16-thread-motif-donne", [f1, f2], "optima_webdesign", "decided", [d("refund", "approve", "20000.00")],
     extra_ok=True,
     spec="C3: first mail restates the request, signature and disclaimer only (no reason, section 8); the "
          "answer gives it. O1 discovery, work_started_at empty: approve 20000.00 before tax.")

# o17 cancellation with reason, but project and invoice missing (two retainers)
owd_proj("SEO Garage Moreau", "garage.moreau@orange.fr")
owd_proj("Google Ads Garage Moreau", "garage.moreau@orange.fr")
owd_pay("fr10_o17a", "OWD-2025-817", "SEO Garage Moreau", "retainer", "7000.00", "2025-09-10T10:00:00",
        tax="1260.00", next_billing_at="2025-10-10T10:00:00", ps="2025-09-10", pe="2025-10-09")
owd_pay("fr10_o17b", "OWD-2025-818", "Google Ads Garage Moreau", "retainer", "9000.00", "2025-09-12T10:00:00",
        tax="1620.00", next_billing_at="2025-10-12T10:00:00", ps="2025-09-12", pe="2025-10-11")
f = eml("o17-projet-manquant", "Garage Moreau <garage.moreau@orange.fr>", OWD_TO,
        "arret abonnement", when(2025, 9, 29, 8, 0),
        """Bonjour,

je voudrais arreter l'abonnement mensuel, les resultats ne sont pas au rendez-vous depuis 3 mois.

Dominique Moreau
Garage Moreau – Agent Renault
""")
case("o17-projet-manquant", [f], "optima_webdesign", "need_info", missing=["project_name", "invoice_number"],
     spec="Optima requires project name and invoice reference (section 4); the contract email holds two "
          "retainers, so neither can be taken from the ledger: need_info missing project_name and "
          "invoice_number (C3). The reason is given.")

# o18 disputed payment
owd_proj("Site Auto-École Mistral", "autoecole.mistral@gmail.com")
owd_pay("fr10_o18", "OWD-2025-819", "Site Auto-École Mistral", "deposit", "15000.00",
        "2025-09-29T10:00:00", tax="2700.00", status="disputed")
f = eml("o18-paiement-conteste", "Auto-École Mistral <autoecole.mistral@gmail.com>", OWD_TO,
        "Acompte Site Auto-École Mistral", when(2025, 9, 30, 9, 0),
        """Bonjour,

Mon associé a payé l'acompte OWD-2025-819 sans mon accord, nous n'avons jamais validé le devis du
Site Auto-École Mistral. Merci de le rembourser.

Karim Saidi, co-gérant
""")
case("o18-paiement-conteste", [f], "optima_webdesign", "decided", [d("refund", "escalate")], extra_ok=True,
     spec="Section 8: payment status 'disputed' (not paid): a refund of it is escalate (O2 alone would "
          "approve at 26 h 30 min, no work started).")

# o19 how-to -> other
owd_proj("Vitrine Fromagerie Brunet", "fromagerie.brunet@sfr.fr")
f = eml("o19-modifier-horaires", "Fromagerie Brunet <fromagerie.brunet@sfr.fr>", OWD_TO,
        "Changer les horaires", when(2025, 9, 29, 10, 30),
        """Bonjour,

Comment est-ce que je modifie les horaires d'ouverture sur la page d'accueil ? On passe aux horaires
d'hiver lundi. Je n'arrive pas à retrouver l'accès à l'administration du site.

Merci !
Mme Brunet
""")
case("o19-modifier-horaires", [f], "optima_webdesign", "other",
     spec="How-to question about the site, neither refund nor cancellation: other.")

# o20 hypothetical before signing -> other
owd_proj("Site Pharmacie des Halles", "pharmacie.deshalles@gmail.com")
f = eml("o20-question-avant-devis", "Pharmacie des Halles <pharmacie.deshalles@gmail.com>", OWD_TO,
        "Question sur votre devis", when(2025, 9, 30, 11, 0),
        """Bonjour,

Avant de signer le devis pour le Site Pharmacie des Halles : si nous arrêtons après la maquette,
est-ce que l'acompte et les jalons suivants seraient remboursés ? Je préfère savoir avant de payer.

Bien à vous,
Dr Lucie Fabre, pharmacienne titulaire
""")
case("o20-question-avant-devis", [f], "optima_webdesign", "other",
     spec="Hypothetical before buying ('si nous arrêtons ... seraient remboursés ?'): a policy question, no refund "
          "intent (section 8): other.")

# ================================================================ hard / automatic
f = eml("h01-reponse-automatique", "Agnès Morin <a.morin@morin-avocats.fr>", OWD_TO,
        "Réponse automatique : Demande de remboursement", when(2025, 9, 30, 8, 0),
        """Bonjour,

Je suis absente du cabinet jusqu'au 13 octobre inclus. Pour toute demande urgente, merci de contacter
accueil@morin-avocats.fr. Votre message ne sera pas transféré.

Agnès Morin
""", headers={"Auto-Submitted": "auto-generated"})
case("h01-reponse-automatique", [f], "optima_webdesign", "ignore", rules=["C7"],
     spec="Auto-Submitted: auto-generated (not 'no'): ignore (C7), although the subject says 'remboursement'.")

dsn = (
    "From: Mail Delivery System <postmaster@laposte.net>\r\n"
    "To: support@leadsoptima.com\r\n"
    "Subject: Non remis : Résiliation de mon abonnement\r\n"
    f"Date: {format_datetime(when(2025, 9, 29, 11, 0))}\r\n"
    "Message-ID: <fr10.h02-non-remis@laposte.net>\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: multipart/report; report-type=delivery-status; boundary=\"DSN-FR10\"\r\n"
    "\r\n"
    "--DSN-FR10\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "Content-Transfer-Encoding: 8bit\r\n"
    "\r\n"
    "Votre message n'a pas pu être remis à un ou plusieurs destinataires.\r\n"
    "Destinataire : compta@entreprise-disparue.fr\r\n"
    "\r\n"
    "--DSN-FR10\r\n"
    "Content-Type: message/delivery-status\r\n"
    "\r\n"
    "Reporting-MTA: dns; mx.laposte.net\r\n"
    "\r\n"
    "Final-Recipient: rfc822; compta@entreprise-disparue.fr\r\n"
    "Action: failed\r\n"
    "Status: 5.1.1\r\n"
    "\r\n"
    "--DSN-FR10\r\n"
    "Content-Type: text/rfc822-headers\r\n"
    "\r\n"
    "From: support@leadsoptima.com\r\n"
    "Subject: Résiliation de mon abonnement\r\n"
    "\r\n"
    "--DSN-FR10--\r\n"
)
(HERE / "emails" / "h02-non-remis.eml").write_bytes(dsn.encode("utf-8"))
case("h02-non-remis", ["emails/h02-non-remis.eml"], "leadsoptima", "ignore", rules=["C7"],
     spec="Delivery-status report (multipart/report, RFC 3464) from postmaster: ignore (C7).")

f = eml("h03-adresse-de-la-marque", "Optima WebDesign <support@optimawebdesign.com>", OWD_TO,
        "Copie : confirmation de résiliation OWD-2025-812", when(2025, 9, 30, 12, 0),
        """Bonjour,

Nous vous confirmons la résiliation de votre contrat de community management. Aucun remboursement
n'est dû pour le mois en cours.

L'équipe Optima WebDesign
""")
case("h03-adresse-de-la-marque", [f], "optima_webdesign", "ignore", rules=["C7"],
     spec="From the brand's own address support@optimawebdesign.com: ignore (C7).")

f = eml("h04-liste-diffusion", "Club des Commerçants <club@commercants-rennes.example>", LO_TO,
        "[Club] Résilier ses abonnements logiciels : nos conseils", when(2025, 9, 30, 7, 0),
        """Chers membres,

Ce mois-ci : comment résilier un abonnement SaaS et obtenir un remboursement en cas de double
prélèvement. Rendez-vous jeudi au local.

Le bureau du Club
""", headers={"Precedence": "list", "List-Id": "<membres.commercants-rennes.example>"})
case("h04-liste-diffusion", [f], "leadsoptima", "ignore", rules=["C7"],
     spec="Precedence: list and List-Id: mailing list, ignore (C7).")

f = eml("h05-autre-marque", "Librairie Lumière <librairie.lumiere@free.fr>", LO_TO,
        "Résiliation", when(2025, 9, 30, 14, 0),
        """Bonjour,

Merci de résilier notre contrat, nous changeons de prestataire pour le site. Facture OWD-2025-804.

Sylvie Marchetti
""")
case("h05-autre-marque", [f], "leadsoptima", "need_info", rules=["C2"],
     spec="C1: sent to LeadsOptima; the sender is an Optima WebDesign client, unknown in LeadsOptima's ledger: "
          "treated as any unknown sender (section 8, 'The other brand's customer'): C2 need_info.")

# ---------------------------------------------------------------- write
ledger = {"customers": customers, "projects": projects, "payments": payments}
(HERE / "ledger.json").write_text(json.dumps(ledger, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
(HERE / "expected.json").write_text(json.dumps({"cases": cases}, ensure_ascii=False, indent=1) + "\n",
                                    encoding="utf-8")
ids = [p["id"] for p in payments]
invs = [p["invoice"] for p in payments]
assert len(ids) == len(set(ids)) and len(invs) == len(set(invs))
assert len({c["id"] for c in cases}) == len(cases)
print(f"{len(cases)} cases, {len(payments)} payments")
