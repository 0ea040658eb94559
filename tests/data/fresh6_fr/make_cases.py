#!/usr/bin/env python3
"""fresh6_fr: French held-out cases for mailbot, written by QA pass qa6b from POLICY_SPEC.md alone (MIT)."""
import json
import os
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
LO = "support@leadsoptima.com"
OWD = "optimawebdesigns12@gmail.com"
CEST = timezone(timedelta(hours=2))
CET = timezone(timedelta(hours=1))
EDT = timezone(timedelta(hours=-4))
IST = timezone(timedelta(hours=5, minutes=30))

LEDGER = {"customers": [], "projects": [], "payments": []}
CASES = []
MAILS = {}


def cust(email, name, plan, ps=None, pe=None, status="active", trial_ends=None):
    LEDGER["customers"].append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan,
                                "status": status, "trial_ends": trial_ends,
                                "current_period_start": ps, "current_period_end": pe})


def lopay(pid, inv, email, plan, amount, tax, paid_at, ps=None, pe=None, status="paid", cur="INR"):
    LEDGER["payments"].append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email,
                               "kind": "subscription", "plan": plan, "amount": amount, "tax": tax,
                               "currency": cur, "paid_at": paid_at, "period_start": ps, "period_end": pe,
                               "status": status})


def proj(name, email, started=None):
    LEDGER["projects"].append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                               "work_started_at": started})


def owpay(pid, inv, project, kind, amount, tax, paid_at, cur="INR", status="paid", setup_fee=None,
          service_start=None, next_billing_at=None, ps=None, pe=None, milestone_status=None):
    LEDGER["payments"].append({"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": project,
                               "kind": kind, "amount": amount, "tax": tax, "currency": cur,
                               "paid_at": paid_at, "status": status, "setup_fee": setup_fee,
                               "service_start": service_start, "next_billing_at": next_billing_at,
                               "period_start": ps, "period_end": pe, "milestone_status": milestone_status})


def mail(fname, frm, to, subject, date, body=None, html=None, headers=(), reply_to=None,
         in_reply_to=None, references=None):
    msg = EmailMessage(policy=SMTP)
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    dom = frm.split("@")[-1].strip(">") if "@" in frm else "localhost"
    msg["Message-ID"] = "<%s@%s>" % (fname.replace(".eml", "").replace("/", "."), dom)
    if reply_to:
        msg["Reply-To"] = reply_to
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    if references:
        msg["References"] = references
    for k, v in headers:
        msg[k] = v
    if body is not None:
        msg.set_content(body)
        if html is not None:
            msg.add_alternative(html, subtype="html")
    else:
        msg.set_content(html, subtype="html")
    MAILS["emails/" + fname] = bytes(msg)
    return "emails/" + fname


def mid(fname, dom):
    return "<%s@%s>" % (fname.replace(".eml", ""), dom)


def case(cid, lang, files, brand, status, decisions=(), rules=(), spec="", missing=None, extra_ok=False,
         ambiguous=None, title=""):
    c = {"id": cid, "lang": lang, "files": list(files), "brand": brand, "status": status,
         "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    c["decisions"] = [dict(d) for d in decisions]
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if ambiguous:
        c["ambiguous"] = ambiguous
    c["title"] = title
    CASES.append(c)


def R(outcome, amount=None, effective_date=None):
    d = {"intent": "refund", "outcome": outcome}
    if amount is not None:
        d["amount"] = amount
    if effective_date is not None:
        d["effective_date"] = effective_date
    return d


def C(outcome, effective_date=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if effective_date is not None:
        d["effective_date"] = effective_date
    return d


def write_all():
    os.makedirs(os.path.join(HERE, "emails"), exist_ok=True)
    for old in os.listdir(os.path.join(HERE, "emails")):
        if old.endswith(".eml"):
            os.remove(os.path.join(HERE, "emails", old))
    for path, data in sorted(MAILS.items()):
        with open(os.path.join(HERE, path), "wb") as fh:
            fh.write(data)
    invs = [p["invoice"] for p in LEDGER["payments"]]
    ids = [p["id"] for p in LEDGER["payments"]]
    assert len(set(invs)) == len(invs), "invoice numbers must be unique"
    assert len(set(ids)) == len(ids), "payment ids must be unique"
    with open(os.path.join(HERE, "ledger.json"), "w", encoding="utf-8") as fh:
        json.dump(LEDGER, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    out = [{k: v for k, v in c.items() if k != "title"} for c in CASES]
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump({"cases": out}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    for c in CASES:
        for f in c["files"]:
            assert f in MAILS, f
    print("%d cases, %d emails" % (len(CASES), len(MAILS)))
    for c in CASES:
        print("- `%s`: %s -> %s %s" % (c["id"], c["title"], c["status"],
                                       ", ".join(d["intent"] + " " + d["outcome"] + (" " + d["amount"] if d.get("amount") else "") + (" until " + d["effective_date"] if d.get("effective_date") else "") for d in c["decisions"])))


def T(s, tz=CEST):
    return datetime.fromisoformat(s).replace(tzinfo=tz)


L = "fr"
LOB = "leadsoptima"
OWB = "optima_webdesign"

# ---------------------------------------------------------------- LeadsOptima
cust("marie.dubois@orange.fr", "Marie Dubois", "monthly", "2025-09-08", "2025-10-07")
lopay("pay_fr_80111", "LO-INV-80111", "marie.dubois@orange.fr", "monthly", "1999.00", "359.82", "2025-09-08T07:00:00", "2025-09-08", "2025-10-07")
lopay("pay_fr_80112", "LO-INV-80112", "marie.dubois@orange.fr", "monthly", "1999.00", "359.82", "2025-09-08T07:01:00", "2025-09-08", "2025-10-07")
f = mail("l01-preleve-deux-fois.eml", "Marie Dubois <marie.dubois@orange.fr>", LO, "Prélèvement en double",
         T("2025-09-11T09:00:00"),
         "Bonjour,\n\nJe constate sur mon relevé que mon abonnement mensuel a été prélevé deux fois le 8 septembre "
         "(2 × 1 999,00 ₹ HT). La seconde facture porte le numéro LO-INV-80112.\n"
         "Je précise que je ne souhaite pas résilier : l'outil me convient très bien, je veux simplement récupérer "
         "le doublon.\n\nBien cordialement,\nMarie Dubois\n")
case("fr-l01-double-prelevement", L, [f], LOB, "decided", [R("approve", "1999.00")],
     spec="L2 duplicate_payment; LO-INV-80111/80112, 1999.00 each, same period, both 2025-09-08; request 2025-09-11 day 3 (L3); L4 approve 1999.00 before tax; 'je ne souhaite pas résilier' adds no cancellation (section 8 negation)",
     title="monthly charged twice, explicitly does not want to cancel")

cust("contact@brasserie-lambic.be", "Brasserie du Lambic", "annual", "2025-09-01", "2026-08-31")
lopay("pay_fr_80121", "LO-INV-80121", "contact@brasserie-lambic.be", "annual", "11988.00", "2157.84", "2025-09-01T12:00:00", "2025-09-01", "2026-08-31")
lopay("pay_fr_80122", "LO-INV-80122", "contact@brasserie-lambic.be", "annual", "11988.00", "2157.84", "2025-09-01T12:03:00", "2025-09-01", "2026-08-31")
f = mail("l02-double-jour9.eml", "Brasserie du Lambic <contact@brasserie-lambic.be>", LO, "Double facturation abonnement annuel",
         T("2025-09-10T10:00:00"),
         "Bonjour Madame, Monsieur,\n\nNotre comptable vient de remarquer que l'abonnement annuel a été payé deux fois le "
         "1er septembre : factures LO-INV-80121 et LO-INV-80122, chacune de 11 988 roupies hors TVA. Pouvez-vous nous "
         "rembourser la deuxième ?\n\nAvec nos salutations distinguées,\nVincent Peeters\nBrasserie du Lambic sprl, Bruxelles\n")
case("fr-l02-double-hors-delai", L, [f], LOB, "decided", [R("deny")],
     spec="L2 duplicate_payment, charges 2025-09-01 (day 0); request 2025-09-10 10:00 CEST = 13:30 IST is day 9 > 7: L3 deny",
     title="Belgian annual duplicate reported on day 9")

cust("julien.moreau@free.fr", "Julien Moreau", "monthly", "2025-09-26", "2025-10-25")
lopay("pay_fr_80131", "LO-INV-80131", "julien.moreau@free.fr", "monthly", "2499.00", "449.82", "2025-09-26T08:00:00", "2025-09-26", "2025-10-25")
f = mail("l03-mauvais-montant.eml", "Julien Moreau <julien.moreau@free.fr>", LO, "Montant prélevé incorrect",
         T("2025-09-27T11:20:00"),
         "Bonjour,\n\nJe me suis inscrit avec l'offre de lancement à 1 499 ₹ par mois, or vous m'avez débité 2 499 ₹ hier "
         "(facture LO-INV-80131). Ce n'est pas le tarif convenu, il y a manifestement une erreur de facturation. "
         "Merci de me rembourser la différence ou de corriger.\n\nCdt,\nJ. Moreau\n")
case("fr-l03-erreur-montant", L, [f], LOB, "decided", [R("escalate")],
     spec="L2 billing_error (not the agreed price / wrong amount); charge 2025-09-26, request day 1; L5 escalate, no amount",
     title="launch offer price not applied, wrong amount")

cust("gabriel.tremblay@videotron.ca", "Gabriel Tremblay", "monthly", "2025-09-15", "2025-10-14")
lopay("pay_fr_80141", "LO-INV-80141", "gabriel.tremblay@videotron.ca", "monthly", "1499.00", "269.82", "2025-09-15T20:00:00", "2025-09-15", "2025-10-14")
f = mail("l04-pas-acces-quebec.eml", "Gabriel Tremblay <gabriel.tremblay@videotron.ca>", LO, "Pu capable de me connecter",
         T("2025-09-19T09:00:00", EDT),
         "Allo,\n\nÇa fait 4 jours que j'peux pas me connecter à mon compte, la plateforme charge pas pantoute (écran "
         "blanc). J'ai écrit au chat deux fois, personne m'a revenu. Je veux être remboursé pour la facture "
         "LO-INV-80141, j'ai payé pour rien.\n\nMerci\nGab Tremblay\nRimouski\n")
case("fr-l04-acces-quebec", L, [f], LOB, "decided", [R("escalate")],
     spec="L2 access_failure (cannot log in, platform not loading); charge 2025-09-15 20:00 IST; request 2025-09-19 09:00 EDT = 18:30 IST, day 4; L6 escalate",
     title="Quebec customer cannot log in (joual)")

cust("claire.petit@wanadoo.fr", "Claire Petit", "annual", "2025-09-20", "2026-09-19")
lopay("pay_fr_80151", "LO-INV-80151", "claire.petit@wanadoo.fr", "annual", "11988.00", "2157.84", "2025-09-20T09:00:00", "2025-09-20", "2026-09-19")
f = mail("l05-trop-cher.eml", "Claire Petit <claire.petit@wanadoo.fr>", LO, "Demande de remboursement",
         T("2025-09-22T14:00:00"),
         "Bonjour,\n\nJ'ai souscrit l'abonnement annuel samedi (facture LO-INV-80151) mais en refaisant mes comptes je me "
         "rends compte que c'est beaucoup trop cher pour ma petite structure. Serait-il possible d'être remboursée ? "
         "Je n'ai quasiment pas utilisé le logiciel.\n\nMerci d'avance,\nClaire Petit\nSophrologue\n")
case("fr-l05-trop-cher", L, [f], LOB, "decided", [R("deny")],
     spec="'trop cher' / not used is no L2 exception: L1 deny (reply offers cancellation)",
     title="annual plan found too expensive, refund asked (L1)")

cust("nicolas.bernard@laposte.net", "Nicolas Bernard", "monthly", "2025-09-12", "2025-10-11")
lopay("pay_fr_80161", "LO-INV-80161", "nicolas.bernard@laposte.net", "monthly", "999.00", "179.82", "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
f = mail("l06-resiliation.eml", "Nicolas Bernard <nicolas.bernard@laposte.net>", LO, "Résiliation de mon abonnement",
         T("2025-09-30T08:10:00"),
         "Madame, Monsieur,\n\nPar la présente, je vous informe de ma décision de résilier mon abonnement mensuel "
         "LeadsOptima, mon activité de conseil s'arrêtant à la fin de l'année.\nJe vous remercie de bien vouloir me "
         "confirmer la date de fin.\n\nVeuillez agréer, Madame, Monsieur, mes salutations distinguées.\nNicolas Bernard\n")
case("fr-l06-resiliation", L, [f], LOB, "decided", [C("cancel", "2025-10-11")],
     spec="L8 cancel; current_period_end 2025-10-11",
     title="formal French cancellation letter")

cust("direction@hotel-les-tilleuls.fr", "Hôtel Les Tilleuls", "annual")
lopay("pay_fr_80171", "LO-INV-80171", "direction@hotel-les-tilleuls.fr", "annual", "11988.00", "2157.84", "2025-01-31T11:00:00", "2025-01-31", None)
f = mail("l07-resiliation-annuel.eml", "Hôtel Les Tilleuls - Direction <direction@hotel-les-tilleuls.fr>", LO,
         "Non-reconduction abonnement", T("2025-09-15T16:40:00"),
         "Bonjour,\n\nNous ne souhaitons pas reconduire notre abonnement annuel. Merci de le résilier dès maintenant ; "
         "l'hôtel change de propriétaire au printemps.\n\nCordialement,\nFrançoise Aubert\nDirectrice\n")
case("fr-l07-annuel-fallback", L, [f], LOB, "decided", [C("cancel", "2026-01-30")],
     spec="L8 cancel; no current_period_end, so last charge 2025-01-31 + 12 months - 1 day = 2026-01-30",
     title="annual cancellation, end date from the last charge")

cust("e.leroy@cabinet-leroy.fr", "Emmanuel Leroy", "quarterly", "2025-08-05", "2025-11-04")
lopay("pay_fr_80181", "LO-INV-80181", "e.leroy@cabinet-leroy.fr", "quarterly", "3999.00", "719.82", "2025-08-05T09:00:00", "2025-08-05", "2025-11-04")
f = mail("l08-tr-comptable.eml", "Compta Cabinet Leroy <compta@cabinet-leroy.fr>", LO, "TR: résiliation LeadsOptima",
         T("2025-09-23T10:00:00"),
         "Bonjour,\n\nJe vous transfère la demande de M. Leroy ci-dessous.\n\nBonne journée,\nSandrine\nService comptabilité\n\n"
         "________________________________\nDe : Emmanuel Leroy <e.leroy@cabinet-leroy.fr>\n"
         "Envoyé : lundi 22 septembre 2025 18:30\nÀ : Compta Cabinet Leroy <compta@cabinet-leroy.fr>\n"
         "Objet : résiliation LeadsOptima\n\nSandrine,\nPouvez-vous résilier notre abonnement trimestriel LeadsOptima "
         "(compte e.leroy@cabinet-leroy.fr) ? On ne prospecte plus en ligne.\nMerci, EL\n")
case("fr-l08-transfert-comptable", L, [f], LOB, "need_info", rules=["C2"],
     spec="section 8 Forwards: Outlook 'TR:' forward names the registered e.leroy@cabinet-leroy.fr, sender compta@: C2, ask for the request from the registered address",
     title="accountant forwards (TR:) the owner's cancellation")

cust("sophie.garnier@gmail.com", "Sophie Garnier", "quarterly", "2025-08-01", "2025-10-31")
lopay("pay_fr_80191", "LO-INV-80191", "sophie.garnier@gmail.com", "quarterly", "3999.00", "719.82", "2025-08-01T09:00:00", "2025-08-01", "2025-10-31")
f = mail("l09-pas-de-remboursement.eml", "Sophie Garnier <sophie.garnier@gmail.com>", LO, "arreter mon abonnement",
         T("2025-09-18T20:30:00"),
         "Bonsoir,\n\nje ne vous demande pas de remboursement, je sais que le trimestre est entame. je voudrais juste "
         "que vous arretiez l'abonnement pour qu'il ne se renouvelle pas fin octobre. je pars en conge maternite.\n\n"
         "merci bcp\nSophie\n")
case("fr-l09-sans-remboursement", L, [f], LOB, "decided", [C("cancel", "2025-10-31")],
     spec="negation 'je ne vous demande pas de remboursement' adds no refund intent (section 8); L8 cancel until current_period_end 2025-10-31. 20:30 CEST = 2025-09-19 00:00 IST",
     title="cancel only, 'je ne vous demande pas de remboursement' (no accents)")

f = mail("l10-hypothese.eml", "Fromagerie de la Gruyère <info@fromagerie-gruyere.ch>", LO, "Question avant abonnement",
         T("2025-09-16T11:00:00"),
         "Bonjour,\n\nNous hésitons à prendre l'abonnement trimestriel. Si jamais l'outil ne convient pas à notre "
         "boutique en ligne, est-ce qu'on pourrait être remboursés ? Et y a-t-il une période d'essai ?\n\n"
         "Meilleures salutations,\nPascal Rime\nFromagerie de la Gruyère, Bulle\n")
case("fr-l10-hypothetique", L, [f], LOB, "other",
     spec="hypothetical question before buying ('si jamais... est-ce qu'on pourrait être remboursés ?') is a policy question, not a request (section 8): other",
     title="Swiss prospect asks whether they could be refunded")

cust("lucas.roux@roux-immobilier.fr", "Lucas Roux", "quarterly", "2025-09-24", "2025-12-23")
lopay("pay_fr_80201", "LO-INV-80201", "lucas.roux@roux-immobilier.fr", "quarterly", "3999.00", "719.82", "2025-09-24T09:00:00", "2025-09-24", "2025-12-23")
f1 = mail("l11a-acces-sans-facture.eml", "Lucas Roux <lucas.roux@roux-immobilier.fr>", LO, "Impossible de me connecter",
          T("2025-09-26T09:30:00"),
          "Bonjour,\n\nDepuis le renouvellement de mon abonnement trimestriel, impossible de me connecter : le site me "
          "renvoie une erreur 500 à chaque connexion. Je demande le remboursement du renouvellement.\n\nLucas Roux\n"
          "Roux Immobilier\n")
f2 = mail("l11b-numero-facture.eml", "Lucas Roux <lucas.roux@roux-immobilier.fr>", LO, "RE: Impossible de me connecter",
          T("2025-09-29T08:00:00"),
          "Bonjour,\n\nIl s'agit de la facture LO INV 80201. Et toujours pas d'accès ce matin.\n\nLucas Roux\n\n"
          "Le ven. 26 sept. 2025 à 15:10, LeadsOptima Support <support@leadsoptima.com> a écrit :\n"
          "> Pourriez-vous nous indiquer le numéro de facture concerné ?\n",
          in_reply_to="<fr-l11-reply@leadsoptima.com>",
          references=mid("l11a-acces-sans-facture.eml", "roux-immobilier.fr") + " <fr-l11-reply@leadsoptima.com>")
case("fr-l11-fil-numero-facture", L, [f1, f2], LOB, "decided", [R("escalate")],
     spec="C3 thread: invoice missing, answer gives 'LO INV 80201' (= LO-INV-80201, section 8); L2 access_failure; request time = first mail 2025-09-26, day 2; L6 escalate",
     title="access failure, invoice given in the reply")

cust("camille.fontaine@sfr.fr", "Camille Fontaine", "monthly", "2025-09-27", "2025-10-26")
lopay("pay_fr_80211", "LO-INV-80211", "camille.fontaine@sfr.fr", "monthly", "1499.00", "269.82", "2025-09-27T09:00:00", "2025-09-27", "2025-10-26")
f = mail("l12-sans-motif.eml", "Camille Fontaine <camille.fontaine@sfr.fr>", LO, "Remboursement facture LO-INV-80211",
         T("2025-09-29T09:45:00"),
         "Bonjour,\n\nMerci de bien vouloir procéder au remboursement de la facture LO-INV-80211.\n\n"
         "Dans l'attente de votre retour,\nCordialement,\n\nCamille Fontaine\nAssistante de direction\n"
         "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires.\n")
case("fr-l12-sans-motif", L, [f], LOB, "need_info", missing=["reason"],
     spec="refund needs a reason (section 3); restating the request, sign-off, signature and disclaimer are not reasons (section 8): need_info reason",
     title="refund request with invoice, no reason, confidentiality disclaimer")

cust("thierry.lambert@lambert-btp.fr", "Thierry Lambert", "monthly", "2025-09-25", "2025-10-24")
lopay("pay_fr_80221", "LO-INV-80221", "thierry.lambert@lambert-btp.fr", "monthly", "2499.00", "449.82", "2025-09-25T09:00:00", "2025-09-25", "2025-10-24")
f = mail("l13-opposition-dgccrf.eml", "Thierry Lambert <thierry.lambert@lambert-btp.fr>", LO, "Remboursement immédiat",
         T("2025-09-26T17:30:00"),
         "Bonjour,\n\nVous m'avez prélevé 2 499 ₹ (LO-INV-80221) alors que je n'utilise plus votre service depuis des mois. "
         "J'exige le remboursement sous 48h. À défaut je fais opposition auprès de ma banque et je saisis la DGCCRF "
         "et mon avocat.\n\nT. Lambert\n")
case("fr-l13-menace-avocat", L, [f], LOB, "decided", [R("escalate")], rules=["C4"], extra_ok=True,
     spec="C4: bank dispute ('opposition auprès de ma banque'), consumer authority (DGCCRF) and lawyer ('mon avocat'): escalate, although the reason alone would be an L1 deny",
     title="threatens bank opposition, DGCCRF and a lawyer")

cust("hugo.blanchard@outlook.fr", "Hugo Blanchard", None, status="trial", trial_ends="2025-10-08")
f = mail("l14-essai-gratuit.eml", "Hugo Blanchard <hugo.blanchard@outlook.fr>", LO, "Essai gratuit",
         T("2025-09-28T10:00:00"),
         "Bonjour,\n\nJe suis en période d'essai depuis une semaine et franchement l'outil ne me sert à rien pour mon "
         "activité. Je souhaite être remboursé.\n\nHugo\n")
case("fr-l14-essai", L, [f], LOB, "decided", [R("deny")],
     spec="L7: trial account (status trial) has no charges: deny, no billing unless they subscribe",
     ambiguous="a refund needs plan and invoice number (section 3) and a trial has neither; the bot could ask for them (need_info) before applying L7",
     title="trial user asks to be refunded")

cust("amelie.robert@hotmail.fr", "Amélie Robert", "monthly", "2025-08-05", "2025-09-04", status="cancelled")
lopay("pay_fr_80231", "LO-INV-80231", "amelie.robert@hotmail.fr", "monthly", "999.00", "179.82", "2025-08-05T09:00:00", "2025-08-05", "2025-09-04")
lopay("pay_fr_80232", "LO-INV-80232", "amelie.robert@hotmail.fr", "monthly", "999.00", "179.82", "2025-09-05T09:00:00", "2025-09-05", "2025-10-04")
f = mail("l15-resiliee-mais-debitee.eml", "Amélie Robert <amelie.robert@hotmail.fr>", LO, "Prélèvement après résiliation",
         T("2025-09-09T12:15:00"),
         "Bonjour,\n\nJ'ai résilié mon abonnement le 2 septembre (j'ai reçu le mail de confirmation) et vous m'avez quand "
         "même débité 999 roupies le 5 (LO-INV-80232). Je vous demande de me rembourser ce prélèvement.\n\n"
         "Merci,\nAmélie Robert\n")
case("fr-l15-debitee-apres-resiliation", L, [f], LOB, "decided", [R("escalate")],
     spec="past event 'résilié le 2, débité le 5' is L2 billing_error (charged after I cancelled); charge 2025-09-05, request 2025-09-09 day 4; L5 escalate",
     title="charged after cancelling (past event)")

f = mail("l16-ajouter-utilisateur.eml", "Marie Dubois <marie.dubois@orange.fr>", LO, "Ajouter une collègue",
         T("2025-09-24T10:00:00"),
         "Re-bonjour,\n\nComment puis-je ajouter ma collègue à mon compte pour qu'elle voie les leads ? Est-ce compris "
         "dans l'abonnement mensuel ou faut-il payer un siège en plus ?\n\nMerci !\nMarie\n")
case("fr-l16-question-pratique", L, [f], LOB, "other",
     spec="how-to question (adding a user), neither refund nor cancellation: other",
     title="how-to: add a colleague to the account")

cust("paul.girard@girard-auto.fr", "Paul Girard", "monthly", "2025-09-23", "2025-10-22")
lopay("pay_fr_80241", "LO-INV-80241", "paul.girard@girard-auto.fr", "monthly", "1499.00", "269.82", "2025-09-23T09:00:00", "2025-09-23", "2025-10-22")
f = mail("l17-double-non-trouve.eml", "Paul Girard <paul.girard@girard-auto.fr>", LO, "Débité deux fois ?",
         T("2025-09-25T15:00:00"),
         "Bonjour,\n\nMa banque m'indique que j'ai été débité deux fois pour l'abonnement ce mois-ci (facture "
         "LO-INV-80241). Pouvez-vous rembourser le paiement en trop ?\n\nCordialement,\nPaul Girard\nGarage Girard\n")
case("fr-l17-double-sans-preuve", L, [f], LOB, "decided", [R("escalate")],
     spec="L2 duplicate_payment inside the window (day 2), but the ledger holds one charge only (LO-INV-80241): L4 'No such pair in the ledger: escalate'",
     title="claims a double charge the ledger does not show")

cust("emilie.gagnon@hotmail.ca", "Émilie Gagnon", "monthly", "2025-09-21", "2025-10-20")
lopay("pay_fr_80251", "LO-INV-80251", "emilie.gagnon@hotmail.ca", "monthly", "999.00", "179.82", "2025-09-21T22:00:00", "2025-09-21", "2025-10-20")
lopay("pay_fr_80252", "LO-INV-80252", "emilie.gagnon@hotmail.ca", "monthly", "999.00", "179.82", "2025-09-21T22:01:00", "2025-09-21", "2025-10-20")
f = mail("l18-chargee-2-fois.eml", "emilie gagnon <emilie.gagnon@hotmail.ca>", LO, "chargee 2 fois",
         T("2025-09-22T21:00:00", EDT),
         "bonjour\n\njai ete chargee 2 fois pour mon abonnement mensuel dimanche, meme montant 999 les deux fois. la "
         "deuxieme cest LO-INV-80252. svp me rembourser le doublon\n\nmerci!\nemilie\n\nEnvoyé de mon iPhone\n")
case("fr-l18-quebec-sans-accents", L, [f], LOB, "decided", [R("approve", "999.00")],
     spec="L2 duplicate_payment (Quebec 'chargée 2 fois', no accents); charges 2025-09-21 22:00 IST; request 2025-09-22 21:00 EDT = 2025-09-23 06:30 IST, day 2; L4 approve 999.00",
     title="Quebec, lowercase without accents, charged twice")

# ---------------------------------------------------------------- Optima WebDesign
proj("Érablière Gagnon Boutique", "info@erabliere-gagnon.ca", None)
owpay("pay_fr_o401", "OWD-2025-401", "Érablière Gagnon Boutique", "deposit", "35000.00", "6300.00", "2025-09-10T10:00:00")
f = mail("o01-acompte-quebec.eml", "Érablière Gagnon <info@erabliere-gagnon.ca>", OWD, "Remboursement acompte - OWD-2025-401",
         T("2025-09-12T20:00:00", EDT),
         "Bonsoir,\n\nNous avons versé mercredi l'acompte pour la boutique en ligne (projet Érablière Gagnon Boutique, "
         "facture OWD-2025-401). Malheureusement, la récolte a été catastrophique cette année et nous devons reporter "
         "tout investissement. Nous demandons le remboursement de l'acompte.\n\nBien à vous,\nDenis Gagnon\n"
         "Érablière Gagnon, Saint-Georges (Québec)\n")
case("fr-o01-acompte-quebec", L, [f], OWB, "decided", [R("approve", "35000.00")], extra_ok=True,
     spec="O2 deposit paid 2025-09-10 10:00 IST; request 2025-09-12 20:00 EDT = 2025-09-13 05:30 IST, 67.5 h < 72 h, no work started: approve 35000.00 (tax 6300.00 kept, C6)",
     title="Quebec deposit refund at 67.5 hours (evening EDT)")

proj("Boulangerie Martin Site", "contact@boulangerie-martin.fr", None)
owpay("pay_fr_o402", "OWD-2025-402", "Boulangerie Martin Site", "deposit", "12000.00", "2160.00", "2025-09-15T09:00:00")
f = mail("o02-acompte-80h.eml", "Boulangerie Martin <contact@boulangerie-martin.fr>", OWD, "Annulation projet et acompte",
         T("2025-09-18T13:30:00"),
         "Bonjour,\n\nSuite à un désaccord avec mon associé, nous renonçons au site internet de la Boulangerie Martin. "
         "Je souhaiterais récupérer l'acompte versé lundi (OWD-2025-402).\n\nCordialement,\nÉric Martin\n")
case("fr-o02-acompte-80h", L, [f], OWB, "decided", [R("deny")], extra_ok=True,
     spec="O2: paid 2025-09-15 09:00 IST, request 2025-09-18 13:30 CEST = 17:00 IST, 80 h >= 72 h: deny",
     title="deposit refund after 80 hours")

proj("Cabinet Kiné Lefèvre", "secretariat@kine-lefevre.fr", "2025-09-12T14:00:00")
owpay("pay_fr_o403", "OWD-2025-403", "Cabinet Kiné Lefèvre", "discovery", "7500.00", "1350.00", "2025-09-11T09:00:00")
f = mail("o03-decouverte-commencee.eml", "Cabinet Kiné Lefèvre <secretariat@kine-lefevre.fr>", OWD, "Atelier découverte",
         T("2025-09-17T09:00:00"),
         "Bonjour,\n\nAprès le premier atelier de découverte vendredi dernier, nous avons compris que le projet était "
         "trop ambitieux pour le cabinet. Nous souhaitons être remboursés des frais de découverte (OWD-2025-403, "
         "Cabinet Kiné Lefèvre).\n\nBien cordialement,\nAnne Lefèvre\n")
case("fr-o03-decouverte-commencee", L, [f], OWB, "decided", [R("deny")],
     spec="O1 discovery, work_started_at 2025-09-12 (first workshop held) before the request 2025-09-17: deny",
     title="discovery fee after the first workshop")

proj("Domaine Viticole Chevalier", "domaine@chevalier-vins.fr", "2025-10-03T10:00:00")
owpay("pay_fr_o404", "OWD-2025-404", "Domaine Viticole Chevalier", "discovery", "9000.00", "1620.00", "2025-09-24T09:00:00")
f = mail("o04-decouverte-pas-commencee.eml", "Domaine Chevalier <domaine@chevalier-vins.fr>", OWD, "Refund Request — Domaine Viticole Chevalier",
         T("2025-09-26T18:00:00"),
         "Bonjour,\n\nLa séance de stratégie prévue le 3 octobre n'aura pas lieu de notre côté : les vendanges ont pris "
         "du retard et je n'aurai pas le temps de m'occuper du site avant l'an prochain. Pouvez-vous me rembourser "
         "les frais de stratégie payés (facture OWD/2025/404) ?\n\nAmitiés,\nGeorges Chevalier\n")
case("fr-o04-decouverte-future", L, [f], OWB, "decided", [R("approve", "9000.00")], extra_ok=True,
     spec="O1 discovery; work_started_at 2025-10-03 is later than the request 2025-09-26, so no session has started: refund in full 9000.00; 'OWD/2025/404' matches OWD-2025-404 (section 8)",
     title="strategy session scheduled later, full refund; invoice typed with slashes")

proj("Agence Immo Rivière Portail", "web@immo-riviere.fr", "2025-07-01T09:00:00")
owpay("pay_fr_o405", "OWD-2025-405", "Agence Immo Rivière Portail", "milestone", "27500.50", "4950.09", "2025-09-15T09:00:00", milestone_status="not_started")
f = mail("o05-jalon-non-commence.eml", "Agence Immo Rivière <web@immo-riviere.fr>", OWD, "Jalon 4 - remboursement",
         T("2025-09-23T11:00:00"),
         "Bonjour,\n\nConcernant le projet Agence Immo Rivière Portail, nous avons réglé d'avance le jalon 4 (visites "
         "virtuelles, facture OWD-2025-405, 27 500,50 ₹ HT). Le groupe nous impose finalement un prestataire national "
         "pour les visites 3D ; le travail n'ayant pas commencé, merci de nous rembourser ce jalon.\n\n"
         "Sincères salutations,\nLaurent Rivière\n")
case("fr-o05-jalon-non-commence", L, [f], OWB, "decided", [R("approve", "27500.50")],
     spec="O3 milestone OWD-2025-405 not_started: refund its amount 27500.50 before tax",
     title="milestone not started, amount with paise")

proj("Librairie Mercier Boutique", "librairie.mercier@gmail.com", "2025-06-01T09:00:00")
owpay("pay_fr_o406", "OWD-2025-406", "Librairie Mercier Boutique", "milestone", "14000.00", "2520.00", "2025-08-01T09:00:00", milestone_status="completed")
f = mail("o06-jalon-termine.eml", "Librairie Mercier <librairie.mercier@gmail.com>", OWD, "remboursement catalogue",
         T("2025-09-19T10:00:00"),
         "Bonjour,\n\nLe module catalogue de la Librairie Mercier Boutique (facture OWD-2025-406) est livré mais il ne "
         "nous sert finalement pas, nos clients commandent par téléphone. Pouvons-nous être remboursés ?\n\n"
         "Merci,\nHélène Mercier\n")
case("fr-o06-jalon-termine", L, [f], OWB, "decided", [R("deny")],
     spec="O3/O6 milestone OWD-2025-406 completed: deny (completed deliverables are non-refundable)",
     title="completed milestone no longer wanted")

proj("Clinique Vétérinaire Dupont App", "direction@veto-dupont.be", "2025-08-01T09:00:00")
owpay("pay_fr_o407", "OWD-2025-407", "Clinique Vétérinaire Dupont App", "milestone", "21000.00", "3780.00", "2025-09-01T09:00:00", milestone_status="in_progress")
f = mail("o07-jalon-en-cours.eml", "Clinique Vétérinaire Dupont <direction@veto-dupont.be>", OWD, "Prise de rendez-vous en ligne",
         T("2025-09-24T14:00:00"),
         "Bonjour,\n\nPour la Clinique Vétérinaire Dupont App, vous avez commencé le module de prise de rendez-vous "
         "(OWD-2025-407). Notre fédération nous fournit désormais un outil gratuit. Pourriez-vous nous rembourser la "
         "partie du jalon qui n'a pas encore été réalisée ?\n\nBien à vous,\nDr Philippe Dupont, Namur\n")
case("fr-o07-jalon-en-cours", L, [f], OWB, "decided", [R("escalate")],
     spec="O3 milestone OWD-2025-407 in_progress: escalate (interp.)",
     title="Belgian milestone in progress, partial refund")

proj("Restaurant Le Cep SEO", "resa@restaurant-lecep.fr", "2025-05-01T09:00:00")
owpay("pay_fr_o408", "OWD-2025-408", "Restaurant Le Cep SEO", "retainer", "5500.00", "990.00", "2025-09-01T09:00:00",
      next_billing_at="2025-10-01T09:00:00", ps="2025-09-01", pe="2025-09-30")
f = mail("o08-forfait-7-jours.eml", "Restaurant Le Cep <resa@restaurant-lecep.fr>", OWD, "Arrêt du forfait référencement",
         T("2025-09-24T10:00:00"),
         "Bonjour,\n\nNous mettons fin au forfait mensuel de référencement (Restaurant Le Cep SEO, dernière facture "
         "OWD-2025-408). Le restaurant ferme pour travaux jusqu'au printemps.\n\nCordialement,\nChef Olivier Roussel\n")
case("fr-o08-forfait-preavis-7j", L, [f], OWB, "decided", [C("cancel", "2025-09-30")],
     spec="O4: next_billing_at 2025-10-01; 7 days' notice means request date on or before 2025-10-01 - 7 = 2025-09-24; request 2025-09-24 (edge, inside): cancel, effective 2025-09-30",
     title="retainer cancelled with exactly 7 days' notice (edge)")

proj("Studio Pilates Lyon Contenu", "bonjour@pilates-lyon.fr", "2025-04-03T09:00:00")
owpay("pay_fr_o409", "OWD-2025-409", "Studio Pilates Lyon Contenu", "retainer", "4800.00", "864.00", "2025-09-03T09:00:00",
      next_billing_at="2025-10-03T09:00:00", ps="2025-09-03", pe="2025-10-02")
f = mail("o09-forfait-6-jours.eml", "Studio Pilates Lyon <bonjour@pilates-lyon.fr>", OWD, "resiliation forfait contenu",
         T("2025-09-27T09:30:00"),
         "Coucou l'equipe,\n\nOn arrete le forfait contenus (Studio Pilates Lyon Contenu, facture OWD-2025-409), on a "
         "embauche une community manager en interne. Merci pour tout !\n\nBises,\nLea\n")
case("fr-o09-forfait-preavis-court", L, [f], OWB, "decided", [C("cancel", "2025-11-02")],
     spec="O4: next_billing_at 2025-10-03, deadline 2025-09-26, request 2025-09-27 (6 days' notice): next cycle 2025-10-03..2025-11-02 is billed, effective 2025-11-02",
     ambiguous="the next cycle's length is not in the ledger; taken as one month like the current period 2025-09-03..2025-10-02",
     title="retainer cancelled with 6 days' notice (casual, no accents)")

proj("Maison Duval Réseaux Sociaux", "contact@maison-duval.fr", "2025-03-15T09:00:00")
owpay("pay_fr_o410", "OWD-2025-410", "Maison Duval Réseaux Sociaux", "retainer", "6500.00", "1170.00", "2025-09-15T09:00:00",
      next_billing_at="2025-10-15T09:00:00", ps="2025-09-15", pe="2025-10-14")
owpay("pay_fr_o411", "OWD-2025-411", "Maison Duval Réseaux Sociaux", "retainer", "6500.00", "1170.00", "2025-09-25T09:00:00",
      next_billing_at="2025-11-15T09:00:00", ps="2025-10-15", pe="2025-11-14")
f = mail("o10-forfait-deja-paye.eml", "Maison Duval <contact@maison-duval.fr>", OWD, "Résiliation gestion réseaux sociaux",
         T("2025-09-29T10:00:00"),
         "Bonjour,\n\nNous souhaitons résilier la gestion de nos réseaux sociaux (Maison Duval Réseaux Sociaux). Nous "
         "avons payé le mois d'octobre par avance la semaine dernière (OWD-2025-411), mais la maison est vendue et "
         "l'activité cesse à la mi-octobre.\n\nCordialement,\nBéatrice Duval\n")
case("fr-o10-forfait-paye-avance", L, [f], OWB, "decided", [C("escalate")], extra_ok=True,
     spec="section 8 'Retainer paid in advance': the next cycle (OWD-2025-411, 2025-10-15..2025-11-14) is already paid and the notice is at least 7 days (request 2025-09-29 <= 2025-10-15 - 7): escalate the cancellation",
     ambiguous="how a prepaid next cycle shows in the ledger is not specified; modelled as a paid retainer whose period starts at the current payment's next_billing_at",
     title="retainer: next month already paid, cancelled with notice")

proj("Gîte des Alpes Hébergement", "gite.desalpes@orange.fr", "2025-09-05T09:00:00")
owpay("pay_fr_o412", "OWD-2025-412", "Gîte des Alpes Hébergement", "hosting_annual", "15000.00", "2700.00", "2025-09-05T09:00:00",
      setup_fee="1800.00", service_start="2025-09-05")
f = mail("o11-hebergement-jour14.eml", "Gîte des Alpes <gite.desalpes@orange.fr>", OWD, "Annulation hébergement annuel",
         T("2025-09-19T10:00:00"),
         "Bonjour,\n\nNous souhaitons annuler l'hébergement annuel du Gîte des Alpes Hébergement (facture OWD-2025-412), "
         "notre office de tourisme héberge désormais gratuitement les sites des gîtes du canton. Merci de nous "
         "rembourser au prorata comme prévu dans vos conditions.\n\nBien cordialement,\nMonique et Jean Favre\n")
case("fr-o11-hebergement-jour14", L, [f], OWB, "decided", [R("approve", "12100.00")], extra_ok=True,
     spec="O5 hosting_annual, service_start 2025-09-05 (day 0), request 2025-09-19 10:00 CEST = 13:30 IST is day 14 (inside): monthly_value = (15000 - 1800)/12 = 1100; refund = 15000 - 1800 - 1100 = 12100.00",
     title="annual hosting cancelled on day 14 (edge inside)")

proj("Pourvoirie Lac-Bleu Hébergement", "reservations@lac-bleu.qc.ca", "2025-09-04T09:00:00")
owpay("pay_fr_o413", "OWD-2025-413", "Pourvoirie Lac-Bleu Hébergement", "hosting_annual", "20000.00", "3600.00", "2025-09-04T09:00:00",
      setup_fee="2000.00", service_start="2025-09-04")
f = mail("o12-hebergement-fuseau.eml", "Pourvoirie Lac-Bleu <reservations@lac-bleu.qc.ca>", OWD, "Annuler hébergement",
         T("2025-09-18T22:30:00", EDT),
         "Bonsoir,\n\nOn voudrait annuler l'hébergement annuel (Pourvoirie Lac-Bleu Hébergement, OWD-2025-413) et avoir "
         "le remboursement au prorata. Notre fournisseur de réservations inclut l'hébergement du site finalement. "
         "On est encore dans les 14 jours, le service a commencé le 4.\n\nMerci!\nJosée Bouchard\n")
case("fr-o12-hebergement-fuseau", L, [f], OWB, "decided", [R("deny")], extra_ok=True,
     spec="O5: service_start 2025-09-04; request 2025-09-18 22:30 EDT = 2025-09-19 08:00 IST is day 15 in the brand's zone (section 1), > 14: deny (day 14 in Quebec)",
     title="Quebec evening mail: day 14 locally, day 15 in IST")

proj("Les Amis du Vélo Maintenance", "bureau@amisduvelo.org", "2025-09-22T09:00:00")
owpay("pay_fr_o414", "OWD-2025-414", "Les Amis du Vélo Maintenance", "maintenance_annual", "9999.99", "1800.00", "2025-09-22T09:00:00",
      setup_fee=None, service_start="2025-09-22")
f = mail("o13-maintenance-arrondi.eml", "Les Amis du Vélo <bureau@amisduvelo.org>", OWD, "Contrat de maintenance - annulation",
         T("2025-09-26T19:00:00"),
         "Bonjour,\n\nLe bureau de l'association a voté contre la dépense du contrat de maintenance annuel "
         "(Les Amis du Vélo Maintenance, facture OWD-2025-414). Nous l'annulons donc et demandons le remboursement "
         "prévu pour une annulation dans les 14 jours.\n\nPour le bureau,\nYves Caron, trésorier\n")
case("fr-o13-maintenance-arrondi", L, [f], OWB, "decided", [R("approve", "9166.66")], extra_ok=True,
     spec="O5 maintenance_annual, no setup fee, service_start 2025-09-22, request day 4: monthly_value = 9999.99/12 = 833.3325; refund = 9999.99 - 833.3325 = 9166.6575 -> 9166.66 (C6, rounded once, half-up)",
     title="annual maintenance without setup fee, rounding")

proj("Fleuriste Rose & Lys Site", "roseetlys@fleuriste-rl.fr", "2025-09-01T09:00:00")
owpay("pay_fr_o415", "OWD-2025-415", "Fleuriste Rose & Lys Site", "setup", "2500.00", "450.00", "2025-09-20T09:00:00")
f = mail("o14-frais-mise-en-service.eml", "Rose & Lys <roseetlys@fleuriste-rl.fr>", OWD, "Frais de mise en service",
         T("2025-09-22T09:00:00"),
         "Bonjour,\n\nJe ne comprends pas pourquoi je paie des frais de mise en service (OWD-2025-415) pour le Fleuriste "
         "Rose & Lys Site alors que le site n'est même pas en ligne. Je demande le remboursement de ces frais.\n\n"
         "Florence\n")
case("fr-o14-frais-installation", L, [f], OWB, "decided", [R("deny")],
     spec="O6: kind setup (setup/activation fees) is never refundable: deny",
     title="setup fee refund asked")

proj("Cave à Bières Houblon Boutique", "patron@houblon-cave.be", "2025-08-15T09:00:00")
owpay("pay_fr_o416", "OWD-2025-416", "Cave à Bières Houblon Boutique", "third_party", "4200.00", "756.00", "2025-09-18T09:00:00")
f = mail("o15-licence-theme.eml", "Cave Houblon <patron@houblon-cave.be>", OWD, "Thème premium et plugin",
         T("2025-09-23T16:00:00"),
         "Salut,\n\nSur la facture OWD-2025-416 (Cave à Bières Houblon Boutique) vous avez compté un thème premium et "
         "une licence de plugin de paiement. On préfère finalement le thème gratuit. Vous pouvez me rembourser "
         "les 4 200 ?\n\nA+\nKevin\n")
case("fr-o15-licence-theme", L, [f], OWB, "decided", [R("deny")],
     spec="O6: kind third_party (premium theme, plugin licence) is never refundable: deny",
     title="premium theme + plugin licence")

proj("Opticien Vasseur Site", "m.vasseur@optique-vasseur.fr", None)
owpay("pay_fr_o417", "OWD-2025-417", "Opticien Vasseur Site", "deposit", "16000.00", "2880.00", "2025-09-24T09:00:00")
f = mail("o16-tr-accueil.eml", "Accueil Optique Vasseur <accueil@optique-vasseur.fr>", OWD, "TR: Acompte site internet",
         T("2025-09-25T09:00:00"),
         "Bonjour,\n\nVoir ci-dessous de la part de Mme Vasseur.\n\nL'accueil\n\n"
         "-----Message d'origine-----\nDe : Martine Vasseur <m.vasseur@optique-vasseur.fr>\n"
         "Envoyé : mercredi 24 septembre 2025 19:02\nÀ : accueil@optique-vasseur.fr\nObjet : Acompte site internet\n\n"
         "Pouvez-vous écrire à l'agence web pour annuler le projet Opticien Vasseur Site et récupérer l'acompte "
         "OWD-2025-417 ? Le franchiseur impose son propre site. Mon adresse contrat est m.vasseur@optique-vasseur.fr.\n"
         "Martine\n")
case("fr-o16-transfert-accueil", L, [f], OWB, "need_info", rules=["C2"],
     spec="section 8 Forwards + C2 (Optima explicit): forward names the contract email m.vasseur@, sender accueil@: ask for the request from the contract email",
     title="reception desk forwards the owner's deposit refund")

proj("Atelier Céramique Blanc", "atelier.blanc@laposte.net", "2025-08-01T09:00:00")
owpay("pay_fr_o418", "OWD-2025-418", "Atelier Céramique Blanc", "milestone", "11000.00", "1980.00", "2025-09-10T09:00:00", milestone_status="not_started")
f1 = mail("o17a-sans-projet.eml", "Nathalie Blanc <atelier.blanc@laposte.net>", OWD, "Dernière étape",
          T("2025-09-22T10:00:00"),
          "Bonjour,\n\nJe déménage en Bretagne et je ferme l'atelier. Je voudrais donc être remboursée de la dernière "
          "étape que j'ai payée d'avance, puisque vous ne l'avez pas encore commencée.\n\nNathalie\n")
f2 = mail("o17b-projet-facture.eml", "Nathalie Blanc <atelier.blanc@laposte.net>", OWD, "Re: Dernière étape",
          T("2025-09-23T09:00:00"),
          "Bonjour,\n\nOui pardon : projet Atelier Céramique Blanc, facture OWD-2025-418.\n\nNathalie\n\n"
          "Le 22/09/2025 à 16:30, Optima WebDesign a écrit :\n> Merci de nous indiquer le nom du projet et la "
          "référence de facture.\n",
          in_reply_to="<fr-o17-reply@gmail.com>",
          references=mid("o17a-sans-projet.eml", "laposte.net") + " <fr-o17-reply@gmail.com>")
case("fr-o17-fil-projet-facture", L, [f1, f2], OWB, "decided", [R("approve", "11000.00")], extra_ok=True,
     spec="C3 thread: project and invoice given in the answer; O3 milestone OWD-2025-418 not_started: approve 11000.00",
     title="milestone refund, project and invoice given in the reply")

proj("Garage Perrin Entretien", "garage.perrin@wanadoo.fr", "2025-02-01T09:00:00")
owpay("pay_fr_o419", "OWD-2025-419", "Garage Perrin Entretien", "retainer", "3000.00", "540.00", "2025-09-01T09:00:00",
      next_billing_at="2025-10-01T09:00:00", ps="2025-09-01", pe="2025-09-30")
f = mail("o18-tribunal.eml", "Garage Perrin <garage.perrin@wanadoo.fr>", OWD, "Résiliation IMMÉDIATE",
         T("2025-09-29T08:00:00"),
         "Bonjour,\n\nJe résilie avec effet immédiat le contrat Garage Perrin Entretien (OWD-2025-419) : le site est en "
         "panne une semaine sur deux. Si vous me facturez octobre, mon avocat s'en occupera et je porterai l'affaire "
         "devant le tribunal de commerce.\n\nJacques Perrin\n")
case("fr-o18-menace-tribunal", L, [f], OWB, "decided", [C("escalate")], rules=["C4"], extra_ok=True,
     spec="C4: lawyer and court threat ('mon avocat', 'tribunal de commerce') escalates every intent, the cancellation included (section 8)",
     title="retainer cancellation with a lawyer/court threat")

proj("Pharmacie du Centre Site", "pharmacie.centre@orange.fr", "2025-01-10T09:00:00")
owpay("pay_fr_o420", "OWD-2025-420", "Pharmacie du Centre Site", "retainer", "4000.00", "720.00", "2025-09-10T09:00:00",
      next_billing_at="2025-10-10T09:00:00", ps="2025-09-10", pe="2025-10-09")
f = mail("o19-resiliation-sans-motif.eml", "Pharmacie du Centre <pharmacie.centre@orange.fr>", OWD, "Résiliation contrat",
         T("2025-09-15T09:00:00"),
         "Madame, Monsieur,\n\nJe vous prie de bien vouloir résilier le contrat mensuel relatif au projet Pharmacie du "
         "Centre Site (facture OWD-2025-420).\n\nJe vous prie d'agréer mes salutations distinguées.\n\nPh. Mallet\n"
         "Docteur en pharmacie\n")
case("fr-o19-resiliation-sans-motif", L, [f], OWB, "need_info", missing=["reason"],
     spec="Optima requires a reason for cancellations too (section 8); only formulas and signature: need_info reason",
     title="Optima retainer cancellation without a reason")

proj("Traiteur Bonnet Site", "contact@traiteur-bonnet.fr", None)
owpay("pay_fr_o421", "OWD-2025-421", "Traiteur Bonnet Site", "deposit", "10000.00", "1800.00", "2025-09-29T09:00:00")
f = mail("o20-tr-sans-motif.eml", "Traiteur Bonnet <contact@traiteur-bonnet.fr>", OWD, "TR: Votre facture OWD-2025-421",
         T("2025-09-30T09:00:00"),
         "Bonjour,\n\nVoir ci-dessous. Je souhaite le remboursement de cet acompte, merci de faire le nécessaire.\n\n"
         "Pascal Bonnet\n\n-------- Message transféré --------\nSujet : Votre facture OWD-2025-421\n"
         "Date : Mon, 29 Sep 2025 09:05:00 +0530\nDe : Optima WebDesign <billing@optimawebdesign.com>\n"
         "Pour : contact@traiteur-bonnet.fr\n\nBonjour,\nVeuillez trouver votre facture OWD-2025-421 (acompte, projet "
         "Traiteur Bonnet Site) : 10 000,00 INR + TVA 1 800,00 INR.\nOptima WebDesign\n")
case("fr-o20-transfert-sans-motif", L, [f], OWB, "need_info", missing=["reason"],
     spec="the forwarding note ('Voir ci-dessous', 'merci de faire le nécessaire') and the restated request are not a reason (section 8); the forwarded invoice notice gives none: need_info reason",
     title="forwards the invoice mail with 'voir ci-dessous', no reason")

# ---------------------------------------------------------------- hard cases
f = mail("h01-reponse-automatique.eml", "Pharmacie du Centre <pharmacie.centre@orange.fr>", OWD, "Réponse automatique : Résiliation contrat",
         T("2025-09-16T09:00:00"),
         "Bonjour,\n\nLa pharmacie est fermée pour congés annuels du 15 au 28 septembre. Pour toute urgence, "
         "contactez la pharmacie de garde au 3237.\n\nCordialement\n",
         headers=[("Auto-Submitted", "auto-replied")])
case("fr-h01-reponse-automatique", L, [f], OWB, "ignore", rules=["C7"],
     spec="C7: Auto-Submitted: auto-replied (out of office) is ignored",
     title="French out-of-office reply, subject mentions Résiliation")

f = mail("h02-liste-diffusion.eml", "Réseau Entrepreneurs Québec <liste@entrepreneurs-qc.ca>", LO, "[REQ] Remboursement d'abonnements SaaS : vos droits",
         T("2025-09-21T08:00:00", EDT),
         "Bonjour à tous,\n\nCette semaine : comment obtenir le remboursement d'un abonnement logiciel, et comment "
         "résilier sans frais.\n\nPour vous désabonner : https://entrepreneurs-qc.ca/desabonnement\n",
         headers=[("Precedence", "list"), ("List-Id", "Reseau Entrepreneurs <req.entrepreneurs-qc.ca>")])
case("fr-h02-liste-diffusion", L, [f], LOB, "ignore", rules=["C7"],
     spec="C7: Precedence: list and List-Id (a mailing list about refunds) is ignored",
     title="Quebec mailing list about SaaS refunds")

BOUNCE = (
    "From: postmaster@orange.fr\r\n"
    "To: " + OWD + "\r\n"
    "Subject: =?utf-8?q?Non_remis_=3A_R=C3=A9siliation_contrat?=\r\n"
    "Date: " + format_datetime(T("2025-09-17T12:00:00")) + "\r\n"
    "Message-ID: <h03-non-remis@orange.fr>\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b-fr-h03\"\r\n\r\n"
    "--b-fr-h03\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    "Votre message n'a pas pu être remis à ancien.client@orange.fr : adresse inconnue.\r\n\r\n"
    "--b-fr-h03\r\nContent-Type: message/delivery-status\r\n\r\n"
    "Reporting-MTA: dns; smtp.orange.fr\r\n\r\nFinal-Recipient: rfc822; ancien.client@orange.fr\r\nAction: failed\r\n"
    "Status: 5.1.1\r\n\r\n--b-fr-h03--\r\n")
MAILS["emails/h03-non-remis.eml"] = BOUNCE.encode("utf-8")
case("fr-h03-non-remis", L, ["emails/h03-non-remis.eml"], OWB, "ignore", rules=["C7"],
     spec="C7: postmaster sender and a delivery-status report (RFC 3464)",
     title="French bounce ('Non remis') from postmaster")

cust("info@friterie-chez-jose.be", "Friterie Chez José", "quarterly", "2025-08-10", "2025-11-09")
lopay("pay_fr_80261", "LO-INV-80261", "info@friterie-chez-jose.be", "quarterly", "3999.00", "719.82", "2025-08-10T09:00:00", "2025-08-10", "2025-11-09")
f = mail("h04-html-belgique.eml", "Friterie Chez José <info@friterie-chez-jose.be>", "info@leadsoptima.com", "Résiliation",
         T("2025-09-20T11:00:00"),
         html="<html><body><p>Bonjour,</p><p>Par la présente, je <b>résilie</b> mon abonnement trimestriel. "
              "On a eu septante demandes en trois mois, mais des clients de friterie on en trouve autrement, "
              "ça ne vaut pas la peine pour nous.</p><p>Une fois ;-) merci quand même !<br>José Vandenberghe<br>"
              "<span style=\"color:#888\">Friterie Chez José &ndash; Place Flagey &ndash; Ixelles</span></p></body></html>")
case("fr-h04-html-belgique", L, [f], LOB, "decided", [C("cancel", "2025-11-09")],
     spec="HTML-only, sent to info@leadsoptima.com (a LeadsOptima address, C1); L8 cancel until current_period_end 2025-11-09",
     title="Belgian HTML-only cancellation sent to info@")

cust("julie.marchand@icloud.com", "Julie Marchand", "monthly", "2025-09-24", "2025-10-23")
lopay("pay_fr_80271", "LO-INV-80271", "julie.marchand@icloud.com", "monthly", "2499.00", "449.82", "2025-09-24T09:00:00", "2025-09-24", "2025-10-23")
lopay("pay_fr_80272", "LO-INV-80272", "julie.marchand@icloud.com", "monthly", "2499.00", "449.82", "2025-09-24T09:02:00", "2025-09-24", "2025-10-23")
f = mail("h05-apple-mail-reexpedie.eml", "Julie Marchand <julie.marchand@icloud.com>", LO, "Fwd: Alerte opérations carte",
         T("2025-09-26T07:40:00"),
         "Bonjour,\n\nRegardez ci-dessous : ma banque m'alerte de deux débits identiques le 24/09 pour mon abonnement, "
         "un seul était voulu. La facture du deuxième est LO-INV-80272. Merci de me rembourser ce doublon.\n\nJulie\n\n"
         "Début du message réexpédié :\n\nDe: Ma Banque <alertes@mabanque.fr>\nObjet: Alerte opérations carte\n"
         "Date: 24 septembre 2025 à 10:15:00 UTC+2\nÀ: julie.marchand@icloud.com\n\n"
         "Opération carte : LEADSOPTIMA 2 948,82 INR\nOpération carte : LEADSOPTIMA 2 948,82 INR\n")
case("fr-h05-apple-mail-doublon", L, [f], LOB, "decided", [R("approve", "2499.00")],
     spec="Apple Mail forward of a bank alert from the registered address; L2 duplicate_payment; charges 2025-09-24, request 2025-09-26 day 2; L4 approve the duplicate's amount before tax 2499.00 (the bank shows 2948.82 incl. tax, C6)",
     title="Apple Mail forward of a bank alert, tax-inclusive amounts in the bank text")

cust("antoine.faure@faure-conseil.fr", "Antoine Faure", "monthly", "2025-09-26", "2025-10-25")
lopay("pay_fr_80281", "LO-INV-80281", "antoine.faure@faure-conseil.fr", "monthly", "1499.00", "269.82", "2025-09-26T09:00:00", "2025-09-26", "2025-10-25")
lopay("pay_fr_80282", "LO-INV-80282", "antoine.faure@faure-conseil.fr", "monthly", "1499.00", "269.82", "2025-09-26T09:01:00", "2025-09-26", "2025-10-25")
f = mail("h06-doublon-et-resiliation.eml", "Antoine Faure <antoine.faure@faure-conseil.fr>", LO, "Doublon + résiliation",
         T("2025-09-28T12:00:00"),
         "Bonjour,\n\nDeux choses :\n1) le renouvellement du 26/09 a été facturé deux fois (LO-INV-80281 et "
         "LO-INV-80282), merci de rembourser le second paiement ;\n2) je souhaite par ailleurs résilier l'abonnement "
         "à la fin de la période en cours, je prends ma retraite.\n\nBien à vous,\nAntoine Faure\n")
case("fr-h06-doublon-et-resiliation", L, [f], LOB, "decided", [R("approve", "1499.00"), C("cancel", "2025-10-25")],
     spec="refund: L2 duplicate_payment, day 2, L4 approve 1499.00; cancellation: L8 cancel until current_period_end 2025-10-25; both parts decided (section 1)",
     title="duplicate refund and cancellation in one numbered mail")

cust("hugo.masson@masson-archi.fr", "Hugo Masson", "quarterly", "2025-09-15", "2025-12-14")
lopay("pay_fr_80291", "LO-INV-80291", "hugo.masson@masson-archi.fr", "quarterly", "3999.00", "719.82", "2025-09-15T09:00:00", "2025-09-15", "2025-12-14")
f = mail("h07-majuscules-adresse.eml", "Hugo Masson <Hugo.Masson@Masson-Archi.FR>", LO, "résilier",
         T("2025-09-25T18:00:00"),
         "Bonjour, je voudrais résilier mon abonnement trimestriel, on ferme l'agence en décembre. Merci. Hugo Masson\n")
case("fr-h07-adresse-majuscules", L, [f], LOB, "decided", [C("cancel", "2025-12-14")],
     spec="section 8 Addresses compare case-insensitively: Hugo.Masson@Masson-Archi.FR is the registered hugo.masson@masson-archi.fr; L8 cancel until 2025-12-14",
     title="registered address written with capitals")

proj("Boutique Vélo Québec Maintenance", "admin@velo-quebec.ca", "2025-09-23T09:00:00")
owpay("pay_fr_o422", "OWD-2025-422", "Boutique Vélo Québec Maintenance", "maintenance_annual", "6000.00", "1080.00", "2025-09-23T09:00:00",
      setup_fee="600.00", service_start="2025-09-23")
f = mail("h08-franglais-quebec.eml", "Boutique Vélo Québec <admin@velo-quebec.ca>", "billing@optimawebdesign.com", "Canceller le plan de maintenance",
         T("2025-09-26T10:00:00", EDT),
         "Salut,\n\nOn aimerait canceller notre plan de maintenance annuel (Boutique Vélo Québec Maintenance, invoice "
         "OWD-2025-422). Notre nouveau partenaire Shopify fait la maintenance dans son forfait, fait que ça fait "
         "double emploi. On est en dedans des 14 jours, so on voudrait le refund au prorata.\n\nMerci ben gros,\n"
         "Maxime Pelletier\n")
case("fr-h08-franglais-quebec", L, [f], OWB, "decided", [R("approve", "4950.00")], extra_ok=True,
     spec="C1: billing@optimawebdesign.com is an Optima address. O5 maintenance_annual, service_start 2025-09-23, request 2025-09-26 10:00 EDT = 19:30 IST day 3: monthly_value = (6000 - 600)/12 = 450; refund = 6000 - 600 - 450 = 4950.00",
     title="Quebec franglais ('canceller', 'refund') to billing@")

f = mail("h09-question-acompte.eml", "Studio Photo Lumière <contact@studio-lumiere.fr>", OWD, "Question acompte",
         T("2025-09-17T15:00:00"),
         "Bonjour,\n\nAvant de signer votre devis pour notre site : si on change d'avis après avoir versé l'acompte, "
         "est-il remboursable ? Et dans quel délai ?\n\nMerci,\nInès Benali\nStudio Photo Lumière\n")
case("fr-h09-question-acompte", L, [f], OWB, "other",
     spec="hypothetical policy question before signing (no project, no payment): other (section 8)",
     title="prospect asks whether a deposit is refundable")

proj("Pâtisserie Ouellet Site", "commandes@patisserie-ouellet.ca", "2025-08-20T09:00:00")
owpay("pay_fr_o423", "OWD-2025-423", "Pâtisserie Ouellet Site", "third_party", "2600.00", "468.00", "2025-09-22T09:00:00")
f = mail("h10-retrofacturation.eml", "Pâtisserie Ouellet <commandes@patisserie-ouellet.ca>", OWD, "Nom de domaine facturé",
         T("2025-09-24T13:00:00", EDT),
         "Bonjour,\n\nVous m'avez facturé un nom de domaine et un certificat SSL (OWD-2025-423, Pâtisserie Ouellet Site) alors "
         "que j'avais déjà mon domaine chez GoDaddy. Je veux être remboursée, sinon je vais demander une "
         "rétrofacturation à ma compagnie de carte de crédit.\n\nLouise Ouellet\n")
case("fr-h10-retrofacturation", L, [f], OWB, "decided", [R("escalate")], rules=["C4"],
     spec="C4: Quebec 'rétrofacturation' (chargeback) via the credit card company escalates, although a third_party refund alone would be an O6 deny",
     title="Quebec chargeback threat ('rétrofacturation') on a domain/SSL invoice")

f = mail("h11-accuse-ticket.eml", "Support Garage Girard <support@girard-auto.fr>", LO, "[Ticket #45821] Nous avons bien reçu votre demande",
         T("2025-09-25T15:01:00"),
         "Bonjour,\n\nCeci est un message automatique : votre demande concernant « remboursement abonnement » a bien "
         "été enregistrée sous le numéro #45821. Un conseiller vous répondra sous 48 h.\n\nLe service client\n",
         headers=[("Auto-Submitted", "auto-generated")])
case("fr-h11-accuse-automatique", L, [f], LOB, "ignore", rules=["C7"],
     spec="C7: Auto-Submitted: auto-generated (a ticketing acknowledgement mentioning 'remboursement') is ignored",
     title="customer's helpdesk auto-acknowledgement")

proj("Camping Les Pins Hébergement", "accueil@camping-lespins.fr", "2025-09-08T09:00:00")
owpay("pay_fr_o424", "OWD-2025-424", "Camping Les Pins Hébergement", "hosting_annual", "12000.00", "2160.00", "2025-09-08T09:00:00",
      setup_fee="1200.00", service_start="2025-09-08")
f = mail("h12-date-fausse.eml", "Camping Les Pins <accueil@camping-lespins.fr>", OWD, "Remboursement hébergement",
         T("2025-09-29T10:00:00"),
         "Bonjour,\n\nNous avons souscrit l'hébergement annuel il y a une dizaine de jours seulement (Camping Les Pins "
         "Hébergement, OWD-2025-424). La saison est finie et le camping est vendu : merci de l'annuler et de nous "
         "rembourser au prorata, nous sommes dans les 14 jours.\n\nCordialement,\nRégis Fabre\n")
case("fr-h12-date-annoncee-fausse", L, [f], OWB, "decided", [R("deny")], extra_ok=True,
     spec="the ledger, not the mail, gives dates (section 1): service_start 2025-09-08, request 2025-09-29 is day 21 > 14: O5 deny, whatever 'il y a une dizaine de jours' claims",
     title="customer claims to be within 14 days; the ledger says day 21")

cust("olivier.henry@henry-plomberie.fr", "Olivier Henry", "monthly", "2025-09-27", "2025-10-26")
lopay("pay_fr_80301", "LO-INV-80301", "olivier.henry@henry-plomberie.fr", "monthly", "999.00", "179.82", "2025-09-27T09:00:00", "2025-09-27", "2025-10-26")
lopay("pay_fr_80302", "LO-INV-80302", "olivier.henry@henry-plomberie.fr", "monthly", "999.00", "179.82", "2025-09-27T09:00:40", "2025-09-27", "2025-10-26")
f = mail("h13-montant-annonce-faux.eml", "Olivier Henry <olivier.henry@henry-plomberie.fr>", LO, "payé 2 fois",
         T("2025-09-29T07:30:00"),
         "Bonjour,\n\nJ'ai payé deux fois mon abonnement samedi, 2 × 1 499 € d'après moi (facture du doublon : "
         "LO-INV-80302). Merci de me rendre les 1 499 €.\n\nO. Henry\nHenry Plomberie\n")
case("fr-h13-montant-annonce-faux", L, [f], LOB, "decided", [R("approve", "999.00")],
     spec="the bot never trusts an amount stated in an email over the ledger (section 1): duplicate LO-INV-80301/80302 of 999.00 on 2025-09-27, request day 2: L4 approve 999.00, not the 1499 claimed",
     title="duplicate with a wrong amount and currency claimed in the mail")

proj("Cabinet Dentaire Morel Site", "cabinet.morel@dentiste-morel.fr", "2025-02-01T09:00:00")
owpay("pay_fr_o425", "OWD-2025-425", "Cabinet Dentaire Morel Site", "retainer", "3500.00", "630.00", "2025-09-18T09:00:00",
      next_billing_at="2025-10-18T09:00:00", ps="2025-09-18", pe="2025-10-17")
f1 = mail("h14a-resiliation-sans-motif.eml", "Cabinet Dentaire Morel <cabinet.morel@dentiste-morel.fr>", OWD, "Résiliation forfait - Cabinet Dentaire Morel Site",
          T("2025-09-22T09:00:00"),
          "Bonjour,\n\nMerci de résilier notre forfait mensuel (facture OWD-2025-425).\n\nCordialement,\nDr Morel\n")
f2 = mail("h14b-motif.eml", "Cabinet Dentaire Morel <cabinet.morel@dentiste-morel.fr>", OWD, "RE: Résiliation forfait - Cabinet Dentaire Morel Site",
          T("2025-09-23T08:30:00"),
          "Bonjour,\n\nLe motif : nous rejoignons un centre dentaire qui a son propre site, le nôtre va fermer.\n\n"
          "Dr Morel\n",
          in_reply_to="<fr-h14-reply@gmail.com>",
          references=mid("h14a-resiliation-sans-motif.eml", "dentiste-morel.fr") + " <fr-h14-reply@gmail.com>")
case("fr-h14-fil-motif", L, [f1, f2], OWB, "decided", [C("cancel", "2025-10-17")],
     spec="C3 thread: the reason missing in the first mail is given in the answer; O4/O8: next_billing_at 2025-10-18, request time = first mail 2025-09-22 <= 2025-10-11: cancel, effective 2025-10-17",
     title="Optima cancellation, reason given in the reply")

write_all()
