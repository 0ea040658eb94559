"""Fresh round 7, French: generator for ledger.json, emails/*.eml and expected.json.

Written by QA pass qa7b from POLICY_SPEC.md alone. MIT licence. Deterministic, stdlib only.
Run: python3 make_cases.py   (writes into this script's own folder)
"""
import json
import os
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
os.makedirs(os.path.join(HERE, "emails"), exist_ok=True)
LANG = "fr"
LO = "support@leadsoptima.com"
LO_B = "billing@leadsoptima.com"
OWD = "optimawebdesigns12@gmail.com"
OWD_B = "billing@optimawebdesign.com"
FR = timezone(timedelta(hours=2))

ledger = {"customers": [], "projects": [], "payments": []}
cases = []


def cust(email, plan, ps, pe, name="Kunde", status="active", trial_ends=None):
    ledger["customers"].append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan,
                                "status": status, "trial_ends": trial_ends,
                                "current_period_start": ps, "current_period_end": pe})


def lpay(pid, inv, email, plan, amount, paid_at, ps, pe, status="paid", tax="0.00"):
    ledger["payments"].append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email,
                               "kind": "subscription", "plan": plan, "amount": amount, "tax": tax,
                               "currency": "INR", "paid_at": paid_at, "period_start": ps, "period_end": pe,
                               "status": status})


def proj(name, email, started=None):
    ledger["projects"].append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                               "work_started_at": started})


def opay(pid, inv, project, kind, amount, paid_at, tax="0.00", setup_fee=None, service_start=None,
         next_billing_at=None, ps=None, pe=None, ms=None, status="paid"):
    ledger["payments"].append({"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": project,
                               "kind": kind, "amount": amount, "tax": tax, "currency": "INR",
                               "paid_at": paid_at, "status": status, "setup_fee": setup_fee,
                               "service_start": service_start, "next_billing_at": next_billing_at,
                               "period_start": ps, "period_end": pe, "milestone_status": ms})


def mail(cid, n, frm, to, subject, body, when, html=False, headers=None, reply_to_id=None):
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(when)
    mid = f"<{cid}-{n}@mail.fresh7{LANG}.example>"
    m["Message-ID"] = mid
    if reply_to_id:
        m["In-Reply-To"] = reply_to_id
        m["References"] = reply_to_id
    for k, v in (headers or {}).items():
        m[k] = v
    if html:
        m.set_content(body, subtype="html")
    else:
        m.set_content(body)
    name = f"emails/{cid}-{n}.eml" if n else f"emails/{cid}.eml"
    with open(os.path.join(HERE, name), "wb") as fh:
        fh.write(m.as_bytes())
    return name, mid


def case(cid, brand, status, decisions, spec, msgs, rules=(), missing=None, extra_ok=False, ambiguous=None):
    """msgs: list of (frm, to, subject, body, when, opts)."""
    files = []
    prev = None
    for i, (frm, to, subj, body, when, *opt) in enumerate(msgs):
        o = opt[0] if opt else {}
        n = i + 1 if len(msgs) > 1 else 0
        f, prev = mail(cid, n, frm, to, subj, body, when, html=o.get("html", False),
                       headers=o.get("headers"), reply_to_id=prev if i else None)
        files.append(f)
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": files, "brand": brand, "status": status,
         "rules": list(rules), "decisions": decisions, "spec": spec}
    if missing is not None:
        c["missing"] = missing
    if extra_ok:
        c["extra_ok"] = True
    if ambiguous:
        c["ambiguous"] = ambiguous
    cases.append(c)


def d(y, mo, da, h=10, mi=0, tz=FR):
    return datetime(y, mo, da, h, mi, tzinfo=tz)


def R(outcome, amount=None):
    x = {"intent": "refund", "outcome": outcome}
    if amount:
        x["amount"] = amount
    return x


def C(outcome="cancel", eff=None):
    x = {"intent": "cancellation", "outcome": outcome}
    if eff:
        x["effective_date"] = eff
    return x


QC = timezone(timedelta(hours=-4))
BE = timezone(timedelta(hours=2))
WA = timezone(timedelta(hours=0))
CM = timezone(timedelta(hours=1))


# ---------------------------------------------------------------- LeadsOptima
e = "claire.dubois@dubois-immobilier.fr"
cust(e, "annual", "2025-09-24", "2026-09-23", "Claire Dubois")
lpay("fr_p01a", "LO-INV-72001", e, "annual", "11988.00", "2025-09-24T11:00:00", "2025-09-24", "2026-09-23")
lpay("fr_p01b", "LO-INV-72002", e, "annual", "11988.00", "2025-09-24T11:03:00", "2025-09-24", "2026-09-23")
case("l01-dup-inside", "leadsoptima", "decided", [R("approve", "11988.00")],
     "L2 duplicate_payment ('prélevé deux fois'); two paid annual charges 11988.00 on 2025-09-24 same period; request 2025-09-26 = day 2 (L3); L4 approve the duplicate's amount 11988.00",
     [(f"Claire Dubois <{e}>", LO, "Double prélèvement abonnement annuel",
       "Bonjour,\n\nJe constate sur mon relevé que mon abonnement annuel a été prélevé deux fois le 24 septembre, 2 x 11 988,00 ₹. "
       "La facture en double porte le numéro LO-INV-72002. Merci de me rembourser ce second prélèvement.\n\n"
       "Cordialement,\nClaire Dubois\nDubois Immobilier - Lyon", d(2025, 9, 26, 9, 20))])

e = "jp.tremblay@tremblay-toitures.ca"
cust(e, "monthly", "2025-09-12", "2025-10-11", "Jean-Philippe Tremblay")
lpay("fr_p02a", "LO-INV-72011", e, "monthly", "1499.00", "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
lpay("fr_p02b", "LO-INV-72012", e, "monthly", "1499.00", "2025-09-12T10:01:00", "2025-09-12", "2025-10-11")
case("l02-dup-day8", "leadsoptima", "decided", [R("deny")],
     "L2 duplicate_payment; charges 2025-09-12; request 2025-09-20 09:00 EDT = 18:30 IST 2025-09-20 = day 8 > 7 -> L3 deny",
     [(f"Jean-Philippe Tremblay <{e}>", LO, "chargé deux fois",
       "Allo,\n\nJe viens de voir que vous m'avez chargé deux fois pour le forfait mensuel le 12 sept. (facture LO-INV-72012). "
       "Pouvez-vous me rembourser le deuxième montant svp?\n\nMerci bien\nJP Tremblay\nToitures Tremblay inc., Lévis (Qc)",
       d(2025, 9, 20, 9, 0, QC))])

e = "s.peeters@peeters-consult.be"
cust(e, "quarterly", "2025-09-19", "2025-12-18", "Sophie Peeters")
lpay("fr_p03a", "LO-INV-72021", e, "quarterly", "3999.00", "2025-09-19T09:00:00", "2025-09-19", "2025-12-18")
lpay("fr_p03b", "LO-INV-72022", e, "quarterly", "3999.00", "2025-09-19T09:02:00", "2025-09-19", "2025-12-18")
case("l03-dup-day7", "leadsoptima", "decided", [R("approve", "3999.00")],
     "L2 duplicate_payment; charges 2025-09-19; request 2025-09-26 10:00 +02:00 = 13:30 IST = day 7, inside (L3); L4 approve 3999.00",
     [(f"Sophie Peeters <{e}>", LO, "Paiement en double - facture LO-INV-72022",
       "Bonjour,\n\nNotre comptable a remarqué deux paiements identiques pour le forfait trimestriel, le 19/09. "
       "Le second (LO-INV-72022) doit être une erreur de votre système, pourriez-vous le rembourser ?\n\n"
       "Bien à vous,\nSophie Peeters\nPeeters Consult SRL, Namur", d(2025, 9, 26, 10, 0, BE))])

e = "m.ndiaye@ndiaye-distribution.sn"
cust(e, "monthly", "2025-09-21", "2025-10-20", "Moussa Ndiaye")
lpay("fr_p04", "LO-INV-72031", e, "monthly", "1499.00", "2025-09-21T10:00:00", "2025-09-21", "2025-10-20")
case("l04-changed-mind-deny", "leadsoptima", "decided", [R("deny")],
     "L1: reason 'l'équipe commerciale n'a pas adopté l'outil' is none of the L2 exceptions -> deny (cancellation offered)",
     [(f"Moussa Ndiaye <{e}>", LO, "Demande de remboursement",
       "Bonjour Madame, Monsieur,\n\nJe vous écris pour solliciter le remboursement de mon abonnement mensuel (facture LO-INV-72031). "
       "En effet, notre équipe commerciale n'a finalement pas adopté l'outil, ils préfèrent continuer avec leurs fichiers Excel.\n\n"
       "Dans l'attente de votre retour favorable, veuillez agréer mes salutations distinguées.\n\nMoussa Ndiaye\nNdiaye Distribution SARL, Dakar",
       d(2025, 9, 24, 10, 0, WA))])

e = "antoine.leroy@leroy-artisan.fr"
cust(e, "quarterly", "2025-08-20", "2025-11-19", "Antoine Leroy")
lpay("fr_p05", "LO-INV-72041", e, "quarterly", "3999.00", "2025-08-20T10:00:00", "2025-08-20", "2025-11-19")
case("l05-cancel-quarterly", "leadsoptima", "decided", [C("cancel", "2025-11-19")],
     "L8 cancel; current_period_end 2025-11-19",
     [(f"Antoine Leroy <{e}>", LO, "Résiliation abonnement",
       "Bonjour,\n\nPar la présente, je souhaite résilier mon abonnement trimestriel LeadsOptima. Merci de me confirmer la prise en compte.\n\n"
       "Cordialement\nAntoine Leroy\nLeroy Menuiserie", d(2025, 9, 23, 15, 0))])

e = "g.lambert@lambert-photo.fr"
cust(e, "monthly", None, None, "Gaëlle Lambert")
lpay("fr_p06", "LO-INV-72051", e, "monthly", "1499.00", "2025-09-08T12:00:00", None, None)
case("l06-cancel-fallback", "leadsoptima", "decided", [C("cancel", "2025-10-07")],
     "L8 fallback: no current_period_end; last charge 2025-09-08 + 1 month - 1 day = 2025-10-07",
     [(f"Gaelle Lambert <{e}>", LO, "arreter abonnement",
       "bonjour, je voudrais arreter mon abonnement mensuel svp, je ferme mon activite de photographe a la fin du mois. merci\ngaelle\n\n"
       "Envoyé de mon iPhone", d(2025, 9, 28, 12, 0))])

e = "p.girard@girard-assurances.fr"
cust(e, "annual", "2025-02-10", "2026-02-09", "Pierre Girard")
lpay("fr_p07", "LO-INV-72061", e, "annual", "11988.00", "2025-02-10T09:00:00", "2025-02-10", "2026-02-09")
case("l07-negation-cancel", "leadsoptima", "decided", [C("cancel", "2026-02-09")],
     "Section 8 negation: 'je ne demande pas de remboursement' adds no refund intent; L8 cancel at current_period_end 2026-02-09",
     [(f"Pierre Girard <{e}>", LO, "Non-renouvellement",
       "Bonjour,\n\nJe ne demande pas de remboursement, je sais que l'année est payée. Je voudrais simplement résilier pour que "
       "l'abonnement annuel ne soit pas reconduit en février.\n\nBonne journée,\nPierre Girard", d(2025, 9, 25, 11, 0))])

e = "f.kouassi@kouassi-btp.ci"
cust(e, "monthly", "2025-09-26", "2025-10-25", "Fatou Kouassi")
lpay("fr_p08", "LO-INV-72071", e, "monthly", "1499.00", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
case("l08-access-escalate", "leadsoptima", "decided", [R("escalate")],
     "L2 access_failure ('impossible de me connecter'); charge 2025-09-26, request 2025-09-29 day 3; L6 escalate",
     [(f"Fatou Kouassi <{e}>", LO, "Impossible de me connecter depuis le paiement",
       "Bonjour,\n\nDepuis que j'ai payé le forfait mensuel vendredi, impossible de me connecter : la page reste blanche après le mot de passe. "
       "J'ai essayé sur le téléphone et sur l'ordinateur, c'est pareil. Dans ces conditions, je veux être remboursée (facture LO-INV-72071).\n\n"
       "Merci\nFatou Kouassi\nKouassi BTP, Abidjan", d(2025, 9, 29, 9, 0, WA))])

e = "l.gagnon@gagnon-comptable.ca"
cust(e, "monthly", "2025-09-27", "2025-10-26", "Louise Gagnon", status="cancelled")
lpay("fr_p09", "LO-INV-72081", e, "monthly", "1499.00", "2025-09-27T07:00:00", "2025-09-27", "2025-10-26")
case("l09-past-cancel-charged", "leadsoptima", "decided", [R("escalate")],
     "Past event: cancelled on the 15th, charged 2025-09-27 -> L2 billing_error ('facturée après avoir annulé'); request 2025-09-29 day 2; L5 escalate. The cancellation itself is past, not a new request",
     [(f"Louise Gagnon <{e}>", LO, "Prélèvement après annulation",
       "Bonjour,\n\nJ'ai annulé mon abonnement mensuel le 15 septembre (j'ai le courriel de confirmation) et pourtant vous m'avez facturée "
       "de nouveau le 27, facture LO-INV-72081. C'est une erreur de facturation, je veux être remboursée.\n\nLouise Gagnon, CPA\nSherbrooke",
       d(2025, 9, 29, 8, 0, QC))])

e = "e.moreau@moreau-events.fr"
cust(e, "annual", "2025-05-01", "2026-04-30", "Émilie Moreau")
lpay("fr_p10", "LO-INV-72091", e, "annual", "11988.00", "2025-05-01T10:00:00", "2025-05-01", "2026-04-30")
case("l10-c2-other-sender", "leadsoptima", "need_info", [],
     "C2: sent from a personal hotmail address, names the registered email e.moreau@moreau-events.fr -> need_info, write from the address on record",
     [("Emilie Moreau <emilie.moreau75@hotmail.fr>", LO, "résiliation",
       "Bonjour, je vous écris depuis ma boîte perso car je n'ai plus accès à la boîte pro. Merci de résilier l'abonnement annuel "
       "du compte e.moreau@moreau-events.fr.\nÉmilie", d(2025, 9, 24, 22, 0))], rules=["C2"])

e = "h.benali@benali-auto.fr"
cust(e, "monthly", "2025-09-25", "2025-10-24", "Hakim Benali")
lpay("fr_p11a", "LO-INV-72101", e, "monthly", "1499.00", "2025-09-25T08:00:00", "2025-09-25", "2025-10-24")
lpay("fr_p11b", "LO-INV-72102", e, "monthly", "1499.00", "2025-09-25T08:01:00", "2025-09-25", "2025-10-24")
case("l11-thread-invoice", "leadsoptima", "decided", [R("approve", "1499.00")],
     "C3 thread: first mail states the duplicate but no invoice; answer 'LO INV 72102' (section 8 matching); request time = first mail 2025-09-27 = day 2; L4 approve 1499.00",
     [(f"Hakim Benali <{e}>", LO, "payé 2 fois",
       "Salut, j'ai payé 2 fois le mensuel ce mois ci, vous pouvez me rendre le doublon ? merci\nHakim", d(2025, 9, 27, 10, 0)),
      (f"Hakim Benali <{e}>", LO, "Re: payé 2 fois",
       "Re, c'est la facture LO INV 72102 (la deuxième).\nHakim\n\nLe sam. 27 sept. 2025 à 14:02, LeadsOptima Support a écrit :\n"
       "> Merci d'indiquer le numéro de facture.", d(2025, 9, 27, 16, 0))])

e = "n.fontaine@fontaine-voyages.fr"
cust(e, "quarterly", "2025-09-22", "2025-12-21", "Nicolas Fontaine")
lpay("fr_p12", "LO-INV-72111", e, "quarterly", "3999.00", "2025-09-22T10:00:00", "2025-09-22", "2025-12-21")
case("l12-chargeback", "leadsoptima", "decided", [R("escalate")],
     "C4: 'je fais opposition auprès de ma banque / rétrofacturation' -> escalate",
     [(f"Nicolas Fontaine <{e}>", LO, "Dernier avertissement LO-INV-72111",
       "Bonjour,\n\nLa plateforme ne charge plus depuis lundi et personne ne répond. Soit vous me remboursez les 3 999 du trimestre d'ici vendredi, "
       "soit je lance une procédure de chargeback auprès de ma banque.\n\nN. Fontaine", d(2025, 9, 27, 13, 0))], rules=["C4"])

e = "v.dupont@dupont-avocats.be"
cust(e, "annual", "2025-09-20", "2026-09-19", "Valérie Dupont")
lpay("fr_p13", "LO-INV-72121", e, "annual", "11988.00", "2025-09-20T10:00:00", "2025-09-20", "2026-09-19")
case("l13-consumer-rights-both", "leadsoptima", "decided", [R("escalate"), C("escalate")],
     "C4 (section 8: covers the whole case): threat of 'avocat' and 'droits de consommateur' -> refund and cancellation both escalate",
     [(f"Valérie Dupont <{e}>", LO, "Mise en demeure - résiliation et remboursement",
       "Madame, Monsieur,\n\nJe résilie avec effet immédiat l'abonnement annuel et exige le remboursement de la facture LO-INV-72121, "
       "le montant prélevé ne correspondant pas au tarif convenu. À défaut, je confierai le dossier à mon avocat et ferai valoir mes droits de consommateur.\n\n"
       "V. Dupont", d(2025, 9, 23, 9, 0, BE))], rules=["C4"])

case("l14-autoreply", "leadsoptima", "ignore", [],
     "C7: Auto-Submitted: auto-replied (message d'absence) -> ignore",
     [("Claire Dubois <claire.dubois@dubois-immobilier.fr>", LO, "Réponse automatique : Re: votre demande",
       "Bonjour,\n\nJe suis absente du bureau jusqu'au 6 octobre inclus, avec un accès limité à ma messagerie. Pour toute urgence, "
       "merci de contacter l'agence au 04 72 00 00 00.\n\nCordialement,\nClaire Dubois", d(2025, 9, 29, 7, 0),
       {"headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}})], rules=["C7"])

e = "a.roy@roy-renovation.ca"
cust(e, "monthly", "2025-09-14", "2025-10-13", "Alexandre Roy")
lpay("fr_p15", "LO-INV-72141", e, "monthly", "1499.00", "2025-09-14T10:00:00", "2025-09-14", "2025-10-13")
case("l15-howto-other", "leadsoptima", "other", [],
     "How-to question (adding a user) -> other",
     [(f"Alexandre Roy <{e}>", LO, "Ajouter un utilisateur",
       "Bonjour,\n\nComment est-ce que j'ajoute mon adjointe comme utilisatrice sur mon compte? Je ne trouve pas l'option dans les paramètres. "
       "Merci d'avance!\n\nAlex Roy\nRénovations Roy, Québec", d(2025, 9, 25, 9, 0, QC))])

case("l16-hypothetical", "leadsoptima", "other", [],
     "Section 8: hypothetical before buying ('si ça ne convient pas, est-ce que je serai remboursé ?') -> other",
     [("Ibrahima Sow <ibrahima.sow@sow-agro.sn>", LO, "Question avant abonnement",
       "Bonjour,\n\nJe compte prendre le forfait annuel pour ma société. Si l'outil ne convient pas à notre marché, est-ce que je serai remboursé ? "
       "Y a-t-il une période d'essai gratuite ?\n\nCordialement,\nIbrahima Sow", d(2025, 9, 22, 11, 0, WA))])

e = "c.martin@martin-fleurs.fr"
cust(e, "monthly", "2025-09-24", "2025-10-23", "Camille Martin")
lpay("fr_p17", "LO-INV-72161", e, "monthly", "1499.00", "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
case("l17-dup-no-pair", "leadsoptima", "decided", [R("escalate")],
     "L2 duplicate_payment claimed; ledger holds only one charge -> L4 no pair: escalate",
     [(f"Camille Martin <{e}>", LO, "double débit ?",
       "Bonjour, ma banque m'indique un double débit pour l'abonnement mensuel (facture LO-INV-72161). Pouvez-vous vérifier et me rembourser le doublon ?\n"
       "Camille Martin - Martin Fleurs", d(2025, 9, 26, 10, 0))])

e = "y.garnier@garnier-transports.fr"
cust(e, "monthly", "2025-09-22", "2025-10-21", "Yves Garnier")
lpay("fr_p18", "LO-INV-72171", e, "monthly", "1499.00", "2025-09-22T10:00:00", "2025-09-22", "2025-10-21")
case("l18-no-reason", "leadsoptima", "need_info", [],
     "Refund request with plan and invoice but no reason (restating the request, signature, disclaimer) -> C3 need_info missing reason",
     [(f"Yves Garnier <{e}>", LO, "Remboursement LO-INV-72171",
       "Bonjour,\n\nMerci de bien vouloir procéder au remboursement de la facture LO-INV-72171 (abonnement mensuel).\n\n"
       "Cordialement,\nYves Garnier\nDirecteur administratif\nGarnier Transports SAS - RCS Lille 123 456 789\n\n"
       "Ce message et ses pièces jointes sont confidentiels. Si vous n'en êtes pas le destinataire, merci de le détruire et d'en avertir l'expéditeur.",
       d(2025, 9, 24, 11, 0))], missing=["reason"])

e = "a.diallo@diallo-formation.fr"
cust(e, "monthly", "2025-09-16", "2025-10-15", "Aminata Diallo")
lpay("fr_p19", "LO-INV-72181", e, "monthly", "1499.00", "2025-09-16T10:00:00", "2025-09-16", "2025-10-15")
case("l19-cancel-refund-prorata", "leadsoptima", "decided", [R("deny"), C("cancel", "2025-10-15")],
     "Refund of unused days -> deny (L1, L8 no partial refunds); cancellation L8 at current_period_end 2025-10-15",
     [(f"Aminata Diallo <{e}>", LO, "Résiliation + remboursement au prorata",
       "Bonjour l'équipe,\n\nNous arrêtons les formations en présentiel, donc je souhaite résilier l'abonnement mensuel et être remboursée "
       "au prorata des jours non utilisés (LO-INV-72181). Merci !\nAminata", d(2025, 9, 26, 18, 0))])

e = "o.mercier@mercier-optique.fr"
cust(e, "quarterly", "2025-08-05", "2025-11-04", "Olivier Mercier")
lpay("fr_p20", "LO-INV-72191", e, "quarterly", "3999.00", "2025-08-05T10:00:00", "2025-08-05", "2025-11-04")
case("l20-html-cancel", "leadsoptima", "decided", [C("cancel", "2025-11-04")],
     "HTML-only mail; L8 cancel at current_period_end 2025-11-04",
     [(f"Olivier Mercier <{e}>", LO, "Résiliation de mon abonnement trimestriel",
       "<html><body><div>Bonjour,</div><div><br></div><div>Je vous informe de ma d&eacute;cision de <b>r&eacute;silier</b> mon abonnement "
       "trimestriel LeadsOptima.</div><div><br></div><div>Cordialement,<br>Olivier Mercier<br><span style='color:gray'>Mercier Optique - Bordeaux</span></div></body></html>",
       d(2025, 9, 24, 9, 30), {"html": True})])

e = "r.bouchard@bouchard-cliniques.ca"
cust(e, "monthly", "2025-09-20", "2025-10-19", "Richard Bouchard")
lpay("fr_p21", "LO-INV-72201", e, "monthly", "1499.00", "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
case("l21-forward-other-address", "leadsoptima", "need_info", [],
     "Section 8 forwards: TR: from the secretary's address carrying Richard Bouchard's request naming r.bouchard@bouchard-cliniques.ca -> C2 need_info",
     [("Secrétariat Cliniques Bouchard <secretariat@bouchard-cliniques.ca>", LO, "TR: Annulation LeadsOptima",
       "Bonjour, voir le courriel de M. Bouchard ci-dessous.\n\n-------- Message transféré --------\n"
       "De : Richard Bouchard <r.bouchard@bouchard-cliniques.ca>\nDate : jeu. 25 sept. 2025 à 08:40\nÀ : secretariat@bouchard-cliniques.ca\n"
       "Objet : Annulation LeadsOptima\n\nPeux-tu faire annuler notre abonnement mensuel LeadsOptima (compte r.bouchard@bouchard-cliniques.ca)? "
       "On ne s'en sert plus.\nRichard", d(2025, 9, 25, 9, 0, QC))], rules=["C2"])

e = "t.lefevre@lefevre-plomberie.fr"
cust(e, "monthly", "2025-09-21", "2025-10-20", "Thierry Lefèvre")
lpay("fr_p22", "LO-INV-72211", e, "annual", "11988.00", "2025-09-21T10:00:00", "2025-09-21", "2026-09-20")
case("l22-wrong-plan", "leadsoptima", "decided", [R("escalate")],
     "L2 billing_error ('facturé l'annuel au lieu du mensuel'); charge 2025-09-21, request 2025-09-23 day 2; L5 escalate",
     [(f"Thierry Lefèvre <{e}>", LO, "Mauvais forfait facturé",
       "Bonjour,\n\nJ'avais choisi le forfait mensuel mais vous m'avez facturé l'annuel à 11 988 ₹ au lieu du mensuel (facture LO-INV-72211). "
       "Je vous demande de me rembourser ce montant, c'est une erreur de votre part.\n\nThierry Lefèvre", d(2025, 9, 23, 8, 30))])

e = "b.tchamba@tchamba-services.cm"
cust(e, "monthly", None, None, "Bertrand Tchamba", status="trial", trial_ends="2025-10-04")
case("l23-trial-refund", "leadsoptima", "decided", [R("deny")],
     "L7: account on free trial, no charges in the ledger -> deny (no billing unless they subscribe)",
     [(f"Bertrand Tchamba <{e}>", LO, "remboursement essai",
       "Bonsoir, je suis encore dans la periode d'essai et l'outil ne me convient pas pour le marche camerounais. "
       "Je demande le remboursement de ce que vous avez preleve. Merci\nBertrand", d(2025, 9, 28, 20, 0, CM))],
     ambiguous="A refund requires an invoice number (section 3), but a trial account has no charge; L7 is taken to decide (deny) rather than asking for an invoice that cannot exist.")

e = "m.rousseau@rousseau-cabinet.fr"
cust(e, "monthly", "2025-09-26", "2025-10-25", "Marc Rousseau")
lpay("fr_p24a", "LO-INV-72241", e, "monthly", "1499.00", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
lpay("fr_p24b", "LO-INV-72242", e, "monthly", "1499.00", "2025-09-26T10:01:00", "2025-09-26", "2025-10-25")
lpay("fr_p24c", "LO-INV-72243", e, "monthly", "1499.00", "2025-09-26T10:02:00", "2025-09-26", "2025-10-25")
case("l24-three-charges", "leadsoptima", "decided", [R("approve", "2998.00")],
     "Section 8 three identical charges: the second and third are duplicates, both inside L3 (request 2025-09-28, day 2) -> 2 x 1499.00 = 2998.00",
     [(f"Marc Rousseau <{e}>", LO, "3 prélèvements identiques !",
       "Bonjour,\n\nTrois prélèvements de 1 499,00 le 26/09 pour le même abonnement mensuel (LO-INV-72241, 72242 et 72243), "
       "alors qu'un seul était prévu. Merci de rembourser les deux prélèvements en trop.\n\nMarc Rousseau", d(2025, 9, 28, 10, 0))])

e = "k.traore@traore-import.ml"
cust(e, "monthly", "2025-09-17", "2025-10-16", "Karim Traoré")
lpay("fr_p25", "LO-INV-72251", e, "monthly", "999.00", "2025-09-17T10:00:00", "2025-09-17", "2025-10-16")
case("l25-very-short-cancel", "leadsoptima", "decided", [C("cancel", "2025-10-16")],
     "Very short mail; L8 cancel at current_period_end 2025-10-16",
     [(f"Karim Traore <{e}>", LO, "annulation",
       "Annulez mon abonnement svp. Merci", d(2025, 9, 30, 12, 0, WA))])

# ---------------------------------------------------------------- Optima WebDesign
e = "contact@boulangerie-petit.fr"
proj("Boulangerie Petit Site Vitrine", e, None)
opay("fr_o01", "OWD-2025-7201", "Boulangerie Petit Site Vitrine", "deposit", "25000.00", "2025-09-23T10:00:00", tax="4500.00")
case("o01-deposit-48h", "optima_webdesign", "decided", [R("approve", "25000.00")],
     "O2: deposit paid 2025-09-23 10:00 IST, no work started; request 2025-09-25 08:00 +02:00 = 11:30 IST, 49.5 h < 72 h -> approve 25000.00 (before tax)",
     [(f"Boulangerie Petit <{e}>", OWD, "Demande de remboursement — Boulangerie Petit Site Vitrine / OWD-2025-7201",
       "Bonjour,\n\nNous avons versé l'acompte mardi (OWD-2025-7201) pour le site de la boulangerie. Malheureusement, notre banque a refusé "
       "le prêt pour le second magasin et nous devons annuler le projet. Pourriez-vous nous rembourser l'acompte ?\n\nCordialement,\nNathalie Petit",
       d(2025, 9, 25, 8, 0))])

e = "direction@cabinet-lemaire.be"
proj("Cabinet Lemaire Site", e, None)
opay("fr_o02", "OWD-2025-7202", "Cabinet Lemaire Site", "deposit", "18000.00", "2025-09-20T14:00:00", tax="3240.00")
case("o02-deposit-72h-exact", "optima_webdesign", "decided", [R("deny")],
     "O2 + section 8: deposit paid 2025-09-20 14:00 IST; request 2025-09-23 10:30 +02:00 = 14:00 IST, exactly 72 h -> deny",
     [(f"Cabinet Lemaire <{e}>", OWD, "Acompte Cabinet Lemaire Site",
       "Bonjour,\n\nAprès réflexion, les associés ont choisi de confier le site à une agence bruxelloise. Nous sollicitons le "
       "remboursement de l'acompte OWD-2025-7202 versé pour le projet Cabinet Lemaire Site.\n\nBien cordialement,\nMe Lemaire",
       d(2025, 9, 23, 10, 30, BE))])

e = "info@gite-les-tilleuls.fr"
proj("Gîte Les Tilleuls", e, "2025-09-19T12:00:00")
opay("fr_o03", "OWD-2025-7203", "Gîte Les Tilleuls", "deposit", "15000.00", "2025-09-18T12:00:00", tax="2700.00")
case("o03-deposit-work-started", "optima_webdesign", "decided", [R("deny")],
     "O2: deposit 2025-09-18 12:00; work started 2025-09-19 12:00, before request 2025-09-20 -> deny (whichever occurs first)",
     [(f"Gîte Les Tilleuls <{e}>", OWD, "annulation acompte",
       "Bonjour, on a decide de vendre le gite finalement donc plus besoin du site (projet Gîte Les Tilleuls). "
       "Merci de rembourser l'acompte facture OWD-2025-7203.\nBonne journee\nMichel", d(2025, 9, 20, 10, 0))])

e = "it@hotel-bellevue.ch"
proj("Hôtel Bellevue Hébergement", e, "2025-09-16T10:00:00")
opay("fr_o04", "OWD-2025-7204", "Hôtel Bellevue Hébergement", "hosting_annual", "36000.00", "2025-09-16T10:00:00",
     tax="6480.00", setup_fee="3600.00", service_start="2025-09-16")
case("o04-hosting-inside", "optima_webdesign", "decided", [R("approve", "29700.00")],
     "O5: hosting_annual 36000.00, setup 3600.00, service_start 2025-09-16; request 2025-09-26 = day 10 <= 14; monthly = 32400/12 = 2700.00; refund 36000 - 3600 - 2700 = 29700.00; extra_ok for the cancellation",
     [(f"Hôtel Bellevue IT <{e}>", OWD, "Résiliation hébergement OWD-2025-7204",
       "Bonjour,\n\nLe groupe qui vient de racheter l'hôtel impose son propre hébergeur, nous devons donc résilier l'hébergement annuel "
       "(projet Hôtel Bellevue Hébergement, facture OWD-2025-7204) et demandons le remboursement au prorata prévu par vos conditions.\n\n"
       "Meilleures salutations\nLuc Favre, informatique\nHôtel Bellevue, Montreux", d(2025, 9, 26, 10, 0, BE))], extra_ok=True)

e = "web@garage-renaud.fr"
proj("Garage Renaud Hébergement", e, "2025-09-02T10:00:00")
opay("fr_o05", "OWD-2025-7205", "Garage Renaud Hébergement", "hosting_annual", "12000.00", "2025-09-02T10:00:00",
     tax="2160.00", setup_fee="1200.00", service_start="2025-09-02")
case("o05-hosting-day15", "optima_webdesign", "decided", [R("deny")],
     "O5: service_start 2025-09-02; request 2025-09-17 = day 15 > 14 -> deny",
     [(f"Garage Renaud <{e}>", OWD, "Remboursement hébergement",
       "Bonjour,\n\nNous migrons le site (Garage Renaud Hébergement) chez le prestataire de la marque automobile. "
       "Merci de nous rembourser l'hébergement annuel OWD-2025-7205 au prorata.\n\nSalutations,\nD. Renaud", d(2025, 9, 17, 11, 0))], extra_ok=True)

e = "equipe@studio-yoga-lumiere.fr"
proj("Yoga Lumière Maintenance", e, "2025-09-21T10:00:00")
opay("fr_o06", "OWD-2025-7206", "Yoga Lumière Maintenance", "maintenance_annual", "6000.00", "2025-09-21T10:00:00",
     tax="1080.00", setup_fee="600.00", service_start="2025-09-21")
case("o06-maintenance-inside", "optima_webdesign", "decided", [R("approve", "4950.00")],
     "O5: maintenance_annual 6000.00, setup 600.00, service_start 2025-09-21; request 2025-09-29 = day 8; monthly = 5400/12 = 450.00; refund 6000 - 600 - 450 = 4950.00; extra_ok",
     [(f"Studio Yoga Lumière <{e}>", OWD, "contrat de maintenance",
       "Bonjour à toute l'équipe,\n\nMon neveu est développeur et va s'occuper du site bénévolement, donc le contrat de maintenance "
       "(Yoga Lumière Maintenance, facture OWD-2025-7206) ne nous sert plus. Pouvez-vous l'arrêter et rembourser ce qui peut l'être ?\n\nNamasté,\nIsabelle",
       d(2025, 9, 29, 12, 0))], extra_ok=True)

e = "marketing@domaine-laurent.fr"
proj("Domaine Laurent Boutique", e, "2025-08-01T10:00:00")
opay("fr_o07", "OWD-2025-7207", "Domaine Laurent Boutique", "milestone", "35000.00", "2025-08-20T10:00:00", tax="6300.00",
     ms="not_started")
case("o07-milestone-not-started", "optima_webdesign", "decided", [R("approve", "35000.00")],
     "O3: milestone not_started -> approve its amount 35000.00",
     [(f"Domaine Laurent <{e}>", OWD, "Jalon 3 - Domaine Laurent Boutique",
       "Bonjour,\n\nLe jalon 3 (connecteur avec notre logiciel de cave, facture OWD-2025-7207) n'a plus lieu d'être puisque nous changeons "
       "de logiciel en janvier. Comme il n'est pas commencé, merci de nous le rembourser.\n\nBien à vous,\nHélène Laurent",
       d(2025, 9, 22, 15, 0))])

e = "accueil@kine-du-parc.fr"
proj("Kiné du Parc", e, "2025-07-01T10:00:00")
opay("fr_o08", "OWD-2025-7208", "Kiné du Parc", "milestone", "20000.00", "2025-08-01T10:00:00", tax="3600.00",
     ms="approved")
case("o08-milestone-approved", "optima_webdesign", "decided", [R("deny")],
     "O3/O6: milestone approved -> deny",
     [(f"Kiné du Parc <{e}>", OWD, "Remboursement maquettes",
       "Bonjour,\n\nNous avions validé les maquettes du projet Kiné du Parc (OWD-2025-7208) mais avec le recul elles ne nous plaisent plus du tout. "
       "Nous souhaiterions être remboursés de cette étape.\n\nCordialement,\nJulien Perrin", d(2025, 9, 24, 10, 0))])

e = "projet@mairie-saint-aubin.fr"
proj("Portail Saint-Aubin", e, "2025-08-01T10:00:00")
opay("fr_o09", "OWD-2025-7209", "Portail Saint-Aubin", "milestone", "50000.00", "2025-09-01T10:00:00", tax="9000.00",
     ms="in_progress")
case("o09-milestone-in-progress", "optima_webdesign", "decided", [R("escalate")],
     "O3: milestone in_progress -> escalate",
     [(f"Mairie de Saint-Aubin <{e}>", OWD, "Remboursement partiel jalon OWD-2025-7209",
       "Madame, Monsieur,\n\nLe conseil municipal a supprimé le module de prise de rendez-vous du Portail Saint-Aubin. Nous vous demandons "
       "le remboursement de la part non réalisée du jalon 2 (facture OWD-2025-7209).\n\nPour le Maire,\nle Directeur général des services",
       d(2025, 9, 25, 9, 0))])

e = "salut@torrefaction-leblanc.fr"
proj("Torréfaction Leblanc", e, "2025-08-01T10:00:00")
opay("fr_o10", "OWD-2025-7210", "Torréfaction Leblanc", "third_party", "2400.00", "2025-09-20T10:00:00", tax="432.00")
case("o10-theme-third-party", "optima_webdesign", "decided", [R("deny")],
     "O6: third_party (premium theme licence) -> deny",
     [(f"Torrefaction Leblanc <{e}>", OWD, "licence theme",
       "salut, vous nous avez facture un theme premium 2 400 (OWD-2025-7210) pour Torréfaction Leblanc mais on prefere finalement "
       "le design sur mesure, donc on voudrait etre rembourses du theme. merci!\nthomas", d(2025, 9, 23, 20, 0))])

e = "vente@meubles-caron.fr"
proj("Meubles Caron Landing", e, "2025-09-10T10:00:00")
opay("fr_o11", "OWD-2025-7211", "Meubles Caron Landing", "rush", "7500.00", "2025-09-10T10:00:00", tax="1350.00")
case("o11-rush-fee", "optima_webdesign", "decided", [R("deny")],
     "O6: rush fee -> deny",
     [(f"Meubles Caron <{e}>", OWD, "Frais d'urgence OWD-2025-7211",
       "Bonjour,\n\nNous avons payé des frais d'urgence pour Meubles Caron Landing (OWD-2025-7211) mais la page est sortie avec "
       "seulement un jour d'avance. Je réclame le remboursement de ces frais.\n\nH. Caron", d(2025, 9, 24, 14, 0))])

e = "compta@auto-ecole-mbarga.cm"
proj("Auto-école Mbarga SEO", e, "2025-06-01T10:00:00")
opay("fr_o12", "OWD-2025-7212", "Auto-école Mbarga SEO", "retainer", "15000.00", "2025-09-16T10:00:00", tax="2700.00",
     next_billing_at="2025-10-16", ps="2025-09-16", pe="2025-10-15")
case("o12-retainer-notice-ok", "optima_webdesign", "decided", [C("cancel", "2025-10-15")],
     "O4/O8: next_billing_at 2025-10-16; request 2025-09-26 <= 2025-10-09 (7 days' notice) -> cancel, effective 2025-10-15",
     [(f"Auto-école Mbarga <{e}>", OWD, "Résiliation accompagnement SEO",
       "Bonjour,\n\nNous mettons fin à l'accompagnement SEO mensuel (Auto-école Mbarga SEO, dernière facture OWD-2025-7212) "
       "car nous avons recruté une chargée de communication qui s'en occupera en interne.\n\nSalutations distinguées,\nLa comptabilité\nAuto-école Mbarga, Yaoundé",
       d(2025, 9, 26, 10, 0, CM))])

e = "patron@brasserie-du-port.fr"
proj("Brasserie du Port Réseaux", e, "2025-05-01T10:00:00")
opay("fr_o13", "OWD-2025-7213", "Brasserie du Port Réseaux", "retainer", "10000.00", "2025-09-01T10:00:00", tax="1800.00",
     next_billing_at="2025-10-01", ps="2025-09-01", pe="2025-09-30")
case("o13-retainer-short-notice", "optima_webdesign", "decided", [C("cancel", "2025-10-31")],
     "O4: next_billing_at 2025-10-01; request 2025-09-28 > 2025-09-24 (less than 7 days' notice) -> next monthly cycle 2025-10-01..2025-10-31 billed; effective 2025-10-31",
     [(f"Brasserie du Port <{e}>", OWD, "arrêt gestion réseaux sociaux",
       "Bonjour,\n\nLa saison a été catastrophique avec la météo, on doit couper dans les dépenses. Merci d'arrêter la gestion des réseaux "
       "sociaux (Brasserie du Port Réseaux, facture OWD-2025-7213) dès que possible.\n\nFranck", d(2025, 9, 28, 15, 0))],
     ambiguous="The ledger gives no length for the next cycle; a monthly retainer whose current period is 2025-09-01..2025-09-30 is taken to renew for 2025-10-01..2025-10-31.")

e = "agence@archi-morel.fr"
proj("Atelier Morel Architectes", e, None)
opay("fr_o14", "OWD-2025-7214", "Atelier Morel Architectes", "deposit", "20000.00", "2025-09-26T10:00:00", tax="3600.00")
case("o14-c2-wrong-sender", "optima_webdesign", "need_info", [],
     "C2 (explicit for Optima): written from a gmail address, not the contract email agence@archi-morel.fr -> need_info",
     [("Sylvain Morel <sylvain.morel.archi@gmail.com>", OWD, "Acompte Atelier Morel Architectes",
       "Bonjour,\n\nJe vous écris de mon adresse perso car je suis en déplacement. Nous souhaitons récupérer l'acompte OWD-2025-7214 "
       "(projet Atelier Morel Architectes), le client final a annulé la commande.\n\nSylvain Morel", d(2025, 9, 27, 19, 0))], rules=["C2"])

e = "info@fleuriste-bernard.be"
proj("Fleuriste Bernard Boutique", e, "2025-07-01T10:00:00")
opay("fr_o15", "OWD-2025-7215", "Fleuriste Bernard Boutique", "milestone", "16000.00", "2025-09-01T10:00:00", tax="2880.00",
     ms="completed")
case("o15-chargeback", "optima_webdesign", "decided", [R("escalate")],
     "C4: 'contester le paiement auprès de ma banque / chargeback' -> escalate",
     [(f"Fleuriste Bernard <{e}>", OWD, "RE: Facture OWD-2025-7215",
       "Vous ne répondez pas à ma réclamation. La boutique (Fleuriste Bernard Boutique) ne fonctionne pas correctement sur mobile. "
       "Sans remboursement d'ici lundi, je fais un chargeback via ma carte de crédit.\n\nR. Bernard", d(2025, 9, 26, 17, 0, BE),
       {"headers": {"In-Reply-To": "<owd-2025-7215-invoice@optimawebdesign.example>",
                    "References": "<owd-2025-7215-invoice@optimawebdesign.example>"}})], rules=["C4"])

e = "ceo@startup-aurore.fr"
proj("Aurore Discovery", e, None)
opay("fr_o16", "OWD-2025-7216", "Aurore Discovery", "discovery", "15000.00", "2025-09-21T10:00:00", tax="2700.00")
case("o16-discovery-not-started", "optima_webdesign", "decided", [R("approve", "15000.00")],
     "O1: discovery, no session started (work_started_at empty) -> approve 15000.00",
     [(f"Aurore SAS <{e}>", OWD, "Annulation atelier stratégie",
       "Hello l'équipe,\n\nOn doit annuler l'atelier stratégie (Aurore Discovery, OWD-2025-7216) : notre levée de fonds est tombée à l'eau "
       "et on met le projet en pause. L'atelier était prévu en octobre de toute façon. Vous pouvez rembourser ?\n\nMerci, Léa",
       d(2025, 9, 24, 12, 0))])

e = "contact@notaire-vidal.fr"
proj("Étude Vidal Discovery", e, "2025-09-22T10:00:00")
opay("fr_o17", "OWD-2025-7217", "Étude Vidal Discovery", "discovery", "12000.00", "2025-09-15T10:00:00", tax="2160.00")
case("o17-discovery-started", "optima_webdesign", "decided", [R("deny")],
     "O1: first session 2025-09-22 before request 2025-09-26 -> deny",
     [(f"Étude Vidal <{e}>", OWD, "Frais de découverte OWD-2025-7217",
       "Madame, Monsieur,\n\nÀ l'issue de la première séance du 22 septembre, nous avons décidé de ne pas poursuivre le projet "
       "Étude Vidal Discovery, les propositions ne correspondant pas à l'image d'une étude notariale. Nous sollicitons le remboursement des frais.\n\n"
       "Maître Vidal", d(2025, 9, 26, 9, 0))])

e = "admin@dentiste-roche.fr"
proj("Cabinet Roche", e, "2025-06-01T10:00:00")
opay("fr_o18", "OWD-2025-7218", "Cabinet Roche", "retainer", "9000.00", "2025-09-12T10:00:00", tax="1620.00",
     next_billing_at="2025-10-12", ps="2025-09-12", pe="2025-10-11")
case("o18-cancel-no-reason", "optima_webdesign", "need_info", [],
     "Section 8: Optima requires a reason for cancellations; project and invoice given, no reason -> need_info missing reason",
     [(f"Cabinet Roche <{e}>", OWD, "Résiliation contrat",
       "Bonjour,\n\nPar la présente nous résilions le contrat de suivi pour le Cabinet Roche, facture OWD-2025-7218.\n"
       "Merci d'accuser réception.\n\nCordialement,\nLe secrétariat\n\nCabinet dentaire Dr Roche | 12 rue des Lilas | 31000 Toulouse",
       d(2025, 9, 24, 8, 30))], missing=["reason"])

case("o19-bounce", "optima_webdesign", "ignore", [],
     "C7: postmaster / delivery-status report -> ignore",
     [("postmaster@orange.fr", OWD, "Non remis : Votre facture",
       "Ceci est un message généré automatiquement.\nLa remise du message aux destinataires suivants a échoué :\n\n  compta@ancien-client.fr\n\n"
       "Motif : boîte aux lettres inexistante.", d(2025, 9, 25, 3, 0), {"headers": {"Auto-Submitted": "auto-generated"}})], rules=["C7"])

e = "equipe@agence-perrot.fr"
proj("Refonte Perrot", e, "2025-08-01T10:00:00")
opay("fr_o20", "OWD-2025-7220", "Refonte Perrot", "change_request", "6000.00", "2025-09-18T10:00:00", tax="1080.00")
case("o20-change-request-fwd", "optima_webdesign", "decided", [R("deny")],
     "O6: change_request outside the original scope -> deny. Gmail-style forward of the sender's own earlier mail, read for the request it carries",
     [(f"Agence Perrot <{e}>", OWD, "Fwd: Demande supplémentaire version anglaise",
       "Bonjour, envoyé la semaine dernière à la mauvaise adresse, voir ci-dessous.\nJeanne\n\n---------- Forwarded message ---------\n"
       "De : Agence Perrot <equipe@agence-perrot.fr>\nDate: mar. 23 sept. 2025 à 11:02\nSubject: Demande supplémentaire version anglaise\n"
       "To: <projets@optimawebdesign.example>\n\nBonjour, nous voudrions annuler et nous faire rembourser la demande de modification "
       "« version anglaise » pour Refonte Perrot (OWD-2025-7220), notre client ne vise finalement que la France.\nJeanne Perrot",
       d(2025, 9, 29, 10, 0))])

e = "info@camping-les-pins.fr"
proj("Camping Les Pins Site", e, "2025-07-01T10:00:00")
opay("fr_o21", "OWD-2025-7221", "Camping Les Pins Site", "milestone", "14000.00", "2025-08-20T10:00:00", tax="2520.00",
     ms="not_started")
case("o21-thread-project", "optima_webdesign", "decided", [R("approve", "14000.00")],
     "C3 thread: first mail has invoice and reason but no project name (filled from the ledger for the verified sender, or asked); answer names it; O3 not_started -> approve 14000.00",
     [(f"Camping Les Pins <{e}>", OWD, "module réservation plus nécessaire",
       "Bonjour,\n\nNous avons rejoint un réseau de campings qui fournit son propre moteur de réservation, donc le jalon « module de réservation » "
       "(facture OWD-2025-7221) ne nous sert plus. Vous ne l'avez pas commencé, merci de le rembourser.\n\nBien cordialement,\nMarie Castel",
       d(2025, 9, 23, 10, 0)),
      (f"Camping Les Pins <{e}>", OWD, "Re: module réservation plus nécessaire",
       "Bonjour, le projet s'appelle Camping Les Pins Site.\nMarie\n\n> Merci d'indiquer le nom du projet.", d(2025, 9, 23, 16, 0))])

case("o22-other-brand-customer", "optima_webdesign", "need_info", [],
     "Section 8 'the other brand's customer': a LeadsOptima customer writes to the Optima address; unknown sender there -> C2/C3 need_info; never approve",
     [("Claire Dubois <claire.dubois@dubois-immobilier.fr>", OWD, "double prélèvement",
       "Bonjour, merci de résilier mon abonnement et de rembourser le double prélèvement du 24/09.\nClaire Dubois", d(2025, 9, 27, 10, 0))],
     rules=["C2"],
     ambiguous="Section 8 names C2 and C3 for an unknown sender of the other brand; C2 is expected in rules, and missing is left open.")

e = "gestion@syndic-faure.fr"
proj("Syndic Faure Extranet", e, "2025-08-01T10:00:00")
opay("fr_o23", "OWD-2025-7223", "Syndic Faure Extranet", "setup", "5000.00", "2025-09-20T10:00:00", tax="900.00")
case("o23-setup-fee-long", "optima_webdesign", "decided", [R("deny")],
     "O6: setup/activation fee -> deny; long rambling mail with the reason in the middle",
     [(f"Syndic Faure <{e}>", OWD, "Frais de mise en service extranet",
       "Bonjour Madame, Monsieur,\n\nJ'espère que vous allez bien. Suite à notre rendez-vous de juillet avec votre chef de projet, très "
       "agréable d'ailleurs, et aux premières maquettes du Syndic Faure Extranet qui ont beaucoup plu à la direction, je me permets de revenir vers vous "
       "car il s'avère que notre logiciel de gestion de copropriété intègre désormais son propre extranet, ce que personne ne nous avait dit lors de la "
       "signature, et donc la mise en service séparée ne nous sert à rien. Le reste du projet continue bien sûr, là n'est pas la question. "
       "Je vous saurais donc gré de nous rembourser les frais de mise en service (OWD-2025-7223, 5 000,00 HT). Je reste joignable le matin.\n\n"
       "Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n\nGeneviève Faure\nSyndic Faure & Associés\nTél. 04 91 00 00 00",
       d(2025, 9, 25, 11, 0))])

e = "s.colin@colin-patrimoine.fr"
cust(e, "monthly", "2025-09-24", "2025-10-23", "Sandrine Colin")
lpay("fr_p26a", "LO-INV-72261", e, "monthly", "1499.00", "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
lpay("fr_p26b", "LO-INV-72262", e, "monthly", "1499.00", "2025-09-24T10:01:00", "2025-09-24", "2025-10-23", status="failed")
case("l26-second-charge-failed", "leadsoptima", "decided", [R("escalate")],
     "L2 duplicate claimed for LO-INV-72262, ledger status 'failed': no pair of paid charges (L4) and section 8 'payments not paid: escalated' -> escalate",
     [(f"Sandrine Colin <{e}>", LO, "Facture LO-INV-72262 en double",
       "Bonjour,\n\nLa facture LO-INV-72262 fait doublon avec la LO-INV-72261 pour le forfait mensuel, j'ai été débitée deux fois. Merci de rembourser.\n\nS. Colin",
       d(2025, 9, 26, 10, 0))])

e = "didier@morin-web.be"
cust(e, "monthly", "2025-09-15", "2025-10-14", "Didier Morin")
lpay("fr_p27", "LO-INV-72271", e, "monthly", "1499.00", "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
case("l27-plus-tag-sender", "leadsoptima", "need_info", [],
     "Section 8 addresses: didier+crm@morin-web.be is another address than the registered didier@morin-web.be -> C2 need_info",
     [("Didier Morin <didier+crm@morin-web.be>", LO, "Résilier",
       "Bonjour, je souhaite résilier mon abonnement mensuel, on passe sur un autre CRM. Bien à vous, Didier", d(2025, 9, 25, 10, 0, BE))],
     rules=["C2"])

case("l28-newsletter-bulk", "leadsoptima", "ignore", [],
     "C7: Precedence: bulk and List-Id (newsletter) -> ignore",
     [("La Lettre du Commercial <lettre@lettre-commercial.fr>", LO_B, "Votre lettre hebdo : comment éviter les demandes de remboursement",
       "Bonjour,\n\nAu sommaire cette semaine : résiliations, remboursements et fidélisation.\n\nSe désabonner : cliquez ici",
       d(2025, 9, 26, 6, 0), {"headers": {"Precedence": "bulk", "List-Id": "<hebdo.lettre-commercial.fr>"}})], rules=["C7"])

e = "dsi@transports-giraud.fr"
proj("Transports Giraud Support", e, "2025-06-01T10:00:00")
opay("fr_o24a", "OWD-2025-7224", "Transports Giraud Support", "retainer", "10000.00", "2025-09-20T10:00:00", tax="1800.00",
     next_billing_at="2025-10-20", ps="2025-09-20", pe="2025-10-19")
opay("fr_o24b", "OWD-2025-7225", "Transports Giraud Support", "retainer", "10000.00", "2025-09-20T10:05:00", tax="1800.00",
     ps="2025-10-20", pe="2025-11-19")
case("o24-retainer-paid-ahead", "optima_webdesign", "decided", [C("escalate")],
     "Section 8 'retainer paid in advance': next cycle 2025-10-20..2025-11-19 already paid (OWD-2025-7225); notice 2025-09-26 <= 2025-10-13 -> escalate",
     [(f"DSI Transports Giraud <{e}>", OWD, "Fin du contrat de support Transports Giraud Support",
       "Bonjour,\n\nNous avons internalisé l'administration du site et mettons donc fin au forfait de support (Transports Giraud Support, OWD-2025-7224). "
       "Merci de tenir compte du mois suivant déjà réglé d'avance (OWD-2025-7225).\n\nCordialement,\nLa DSI",
       d(2025, 9, 26, 10, 0))], extra_ok=True,
     ambiguous="The ledger shape for a cycle paid in advance is not fixed by the spec; here it is a second paid retainer payment with period 2025-10-20..2025-11-19.")

e = "web@remontees-valbelle.fr"
proj("Valbelle Hébergement", e, None)
opay("fr_o25", "OWD-2025-7226", "Valbelle Hébergement", "hosting_annual", "18000.00", "2025-09-24T10:00:00", tax="3240.00",
     setup_fee="1800.00", service_start="2025-10-10")
case("o25-hosting-before-start", "optima_webdesign", "decided", [R("approve", "14850.00")],
     "O5 + section 8 'before the service starts: consumed_months is 1': 18000 - 1800 - (16200/12 = 1350.00) x 1 = 14850.00; extra_ok for the cancellation",
     [(f"Remontées Valbelle <{e}>", OWD, "Annuler l'hébergement avant démarrage",
       "Bonjour,\n\nL'hébergement annuel Valbelle Hébergement (facture OWD-2025-7226) ne démarre que le 10 octobre, mais l'office de tourisme "
       "va finalement héberger tous les sites de la station. Merci d'annuler et de rembourser ce qui est possible.\n\nA. Blanc",
       d(2025, 9, 26, 9, 0))], extra_ok=True)

e = "contact@bar-a-vin-roux.fr"
proj("Bar à Vin Roux", e, None)
opay("fr_o26", "OWD-2025-7227", "Bar à Vin Roux", "deposit", "10000.00", "2025-09-25T10:00:00", tax="1800.00")
case("o26-reply-to-not-verified", "optima_webdesign", "need_info", [],
     "Section 8: 'Reply-To never verifies anyone': From a gmail address with Reply-To the contract email -> C2 need_info",
     [("Martin Roux <martin.roux.77@gmail.com>", OWD, "acompte Bar à Vin Roux",
       "Bonjour, la mairie nous refuse la terrasse donc on met le site (Bar à Vin Roux) en pause. Pouvez vous rembourser l'acompte OWD-2025-7227 ?\nMartin",
       d(2025, 9, 26, 10, 0), {"headers": {"Reply-To": "contact@bar-a-vin-roux.fr"}})], rules=["C2"])


def main():
    os.makedirs(os.path.join(HERE, "emails"), exist_ok=True)
    with open(os.path.join(HERE, "ledger.json"), "w", encoding="utf-8") as fh:
        json.dump(ledger, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump({"cases": cases}, fh, ensure_ascii=False, indent=1)
    print(len(cases), "cases")


if __name__ == "__main__":
    main()
