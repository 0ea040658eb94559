"""Fresh held-out round 11, French (fr): written by QA from POLICY_SPEC.md alone. MIT licence.

Writes ledger.json, emails/*.eml and expected.json beside this file. Deterministic, stdlib only.
"""
import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANG = "fr"
LO = "support@leadsoptima.com"
OW = "billing@optimawebdesign.com"
IST = timezone(timedelta(hours=5, minutes=30))
CET = timezone(timedelta(hours=2))  # Paris, summer time

ledger = {"customers": [], "projects": [], "payments": []}
cases = []


def lo_cust(email, name, plan, ps, pe, status="active", trial=None):
    ledger["customers"].append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan,
                                "status": status, "trial_ends": trial,
                                "current_period_start": ps, "current_period_end": pe})


def lo_pay(pid, inv, email, plan, amount, tax, paid_at, ps, pe, status="paid"):
    ledger["payments"].append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email,
                               "kind": "subscription", "plan": plan, "amount": amount, "tax": tax,
                               "currency": "INR", "paid_at": paid_at, "period_start": ps,
                               "period_end": pe, "status": status})


def ow_proj(name, email, ws=None):
    ledger["projects"].append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                               "work_started_at": ws})


def ow_pay(pid, inv, project, kind, amount, tax, paid_at, setup_fee=None, service_start=None,
           next_billing_at=None, ps=None, pe=None, ms=None, status="paid"):
    ledger["payments"].append({"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": project,
                               "kind": kind, "amount": amount, "tax": tax, "currency": "INR",
                               "paid_at": paid_at, "status": status, "setup_fee": setup_fee,
                               "service_start": service_start, "next_billing_at": next_billing_at,
                               "period_start": ps, "period_end": pe, "milestone_status": ms})


def mail(name, frm, to, when, subject, body, html=False, headers=None, reply_to_id=None, msgid=None):
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(when)
    m["Message-ID"] = msgid or f"<{name}.{LANG}@fresh11.example>"
    if reply_to_id:
        m["In-Reply-To"] = reply_to_id
        m["References"] = reply_to_id
    for k, v in (headers or {}).items():
        m[k] = v
    if html:
        m.set_content(body, subtype="html")
    else:
        m.set_content(body)
    (HERE / "emails").mkdir(exist_ok=True)
    (HERE / "emails" / f"{name}.eml").write_bytes(m.as_bytes())
    return f"emails/{name}.eml"


def case(cid, files, brand, status, decisions=None, rules=None, missing=None, spec="", ambiguous=None,
         extra_ok=False):
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": files, "brand": brand, "status": status,
         "rules": rules or []}
    if missing is not None:
        c["missing"] = missing
    c["decisions"] = decisions or []
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if ambiguous:
        c["ambiguous"] = ambiguous
    cases.append(c)


def d(intent, outcome, amount=None, eff=None):
    x = {"intent": intent, "outcome": outcome}
    if outcome == "approve":
        x["amount"] = amount
    if eff:
        x["effective_date"] = eff
    return x


def t(y, mo, da, h, mi, tz=IST):
    return datetime(y, mo, da, h, mi, tzinfo=tz)


LOB, OWB = "leadsoptima", "optima_webdesign"

# ---------------------------------------------------------------- LeadsOptima
lo_cust("claire.dubois@orange.fr", "Claire Dubois", "monthly", "2025-09-19", "2025-10-18")
lo_pay("pay_fr_5101", "LO-INV-5101", "claire.dubois@orange.fr", "monthly", "1499.00", "269.82", "2025-09-19T09:00:00", "2025-09-19", "2025-10-18")
lo_pay("pay_fr_5102", "LO-INV-5102", "claire.dubois@orange.fr", "monthly", "1499.00", "269.82", "2025-09-19T09:01:00", "2025-09-19", "2025-10-18")
lo_pay("pay_fr_5103", "LO-INV-5103", "claire.dubois@orange.fr", "monthly", "1499.00", "269.82", "2025-09-27T09:00:00", "2025-09-19", "2025-10-18")
f = mail("l01-trois-prelevements", "Claire Dubois <claire.dubois@orange.fr>", LO, t(2025, 9, 27, 15, 0, CET),
         "Prélevé 3 fois pour le même mois !",
         "Bonjour,\n\nJe viens de voir sur mon relevé que vous m'avez débité trois fois 1 499,00 Rs pour le même mois "
         "d'abonnement mensuel : deux fois le 19/09 et encore une fois aujourd'hui (LO-INV-5103). Merci de me rembourser "
         "les prélèvements en double.\n\nCordialement,\nClaire Dubois")
case("l01-trois-prelevements", [f], LOB, "decided", [d("refund", "approve", "1499.00")],
     spec="section 8: three identical charges same period; duplicates pay_5102 (2025-09-19, day 8 at request 2025-09-27 -> outside L3) and pay_5103 (2025-09-27, day 0 -> inside); refund only those inside = 1499.00 (second-pass QA: not ambiguous, section 8 says 'the refund is the sum of those inside the L3 window')")

lo_cust("j.moreau@moreau-avocats.fr", "Julien Moreau", "quarterly", "2025-09-22", "2025-12-21")
lo_pay("pay_fr_5201", "LO-INV-5201", "j.moreau@moreau-avocats.fr", "quarterly", "4497.00", "809.46", "2025-09-22T10:00:00", "2025-09-22", "2025-12-21")
f = mail("l02-trop-facture", "Julien Moreau <j.moreau@moreau-avocats.fr>", LO, t(2025, 9, 24, 10, 0, CET),
         "Montant erroné facture LO-INV-5201",
         "Madame, Monsieur,\n\nLa facture LO-INV-5201 de mon abonnement trimestriel affiche 4 497,00 Rs alors que le tarif "
         "annoncé sur votre site était de 2 997 Rs. Il s'agit manifestement d'un montant erroné. Je vous remercie de "
         "rembourser la différence.\n\nBien à vous,\nJulien Moreau")
case("l02-trop-facture", [f], LOB, "decided", [d("refund", "escalate")],
     spec="L2 billing_error (montant erroné); charge 2025-09-22, request day 2 -> L5 escalate")

lo_cust("sophie.lambert@free.fr", "Sophie Lambert", "monthly", "2025-09-18", "2025-10-17")
lo_pay("pay_fr_5301", "LO-INV-5301", "sophie.lambert@free.fr", "monthly", "999.00", "179.82", "2025-09-18T12:00:00", "2025-09-18", "2025-10-17")
f = mail("l03-acces-j8", "Sophie Lambert <sophie.lambert@free.fr>", LO, t(2025, 9, 26, 8, 0, CET),
         "impossible de me connecter",
         "bonjour\n\ndepuis une semaine impossible de me connecter a mon compte, la page reste blanche. je veux etre "
         "remboursee de la facture LO-INV-5301 (mensuel), je n'ai rien pu utiliser.\n\nsophie")
case("l03-acces-j8", [f], LOB, "decided", [d("refund", "deny")],
     spec="L2 access_failure but charge 2025-09-18, request 2025-09-26 11:30 IST = day 8 -> L3 deny")

lo_cust("pierre.garnier@wanadoo.fr", "Pierre Garnier", "annual", "2025-09-21", "2026-09-20")
lo_pay("pay_fr_5401", "LO-INV-5401", "pierre.garnier@wanadoo.fr", "annual", "11988.00", "2157.84", "2025-09-21T18:00:00", "2025-09-21", "2026-09-20")
f = mail("l04-acces-j7", "Pierre Garnier <pierre.garnier@wanadoo.fr>", LO, t(2025, 9, 28, 20, 10, CET),
         "Plateforme inaccessible - remboursement abonnement annuel",
         "Bonsoir,\n\nDepuis le paiement de mon abonnement annuel (LO-INV-5401) la plateforme ne se charge pas, j'ai "
         "ouvert deux tickets au support sans solution. Je demande le remboursement.\n\nPierre Garnier\n06 12 34 56 78")
case("l04-acces-j7", [f], LOB, "decided", [d("refund", "escalate")],
     spec="L3 edge: Date 2025-09-28 20:10 +0200 = 23:40 IST, local date 2025-09-28 = day 7 from 2025-09-21 -> inside; L6 escalate")

lo_cust("nathalie.roux@roux-coiffure.fr", "Nathalie Roux", "monthly", "2025-09-05", "2025-10-04")
lo_pay("pay_fr_5501", "LO-INV-5501", "nathalie.roux@roux-coiffure.fr", "monthly", "999.00", "179.82", "2025-09-05T10:00:00", "2025-09-05", "2025-10-04")
f = mail("l05-resilier-sans-remb", "Nathalie Roux <nathalie.roux@roux-coiffure.fr>", LO, t(2025, 9, 29, 9, 0, CET),
         "Résiliation",
         "Bonjour,\n\nJe ne demande pas de remboursement, je souhaite simplement résilier mon abonnement mensuel : "
         "le salon n'a plus besoin de prospection en ce moment.\n\nBelle journée,\nNathalie\nRoux Coiffure – Lyon 3e")
case("l05-resilier-sans-remb", [f], LOB, "decided", [d("cancellation", "cancel", eff="2025-10-04")],
     spec="negation 'je ne demande pas de remboursement' (section 8); L8 cancel effective current_period_end 2025-10-04")

lo_cust("m.lefebvre@lefebvre-plomberie.fr", "Marc Lefebvre", "quarterly", "2025-09-25", "2025-12-24")
lo_pay("pay_fr_5601", "LO-INV-5601", "m.lefebvre@lefebvre-plomberie.fr", "quarterly", "2997.00", "539.46", "2025-09-25T10:00:00", "2025-09-25", "2025-12-24")
f = mail("l06-trop-cher-resilier", "Marc Lefebvre <m.lefebvre@lefebvre-plomberie.fr>", LO, t(2025, 9, 26, 9, 0, CET),
         "Résiliation + remboursement LO-INV-5601",
         "Bonjour,\n\nAprès réflexion c'est trop cher pour une petite entreprise comme la mienne. Je résilie mon "
         "abonnement trimestriel et je voudrais être remboursé de la facture LO-INV-5601 payée hier.\n\nCdlt\nMarc Lefebvre")
case("l06-trop-cher-resilier", [f], LOB, "decided", [d("refund", "deny"), d("cancellation", "cancel", eff="2025-12-24")],
     spec="L1: too expensive is no exception -> deny; L8 cancel effective 2025-12-24")

ow_proj("Boulangerie Martin Site", "contact@boulangerie-martin.fr", "2025-08-01T10:00:00")
f = mail("l07-autre-marque", "Boulangerie Martin <contact@boulangerie-martin.fr>", LO, t(2025, 9, 27, 10, 0, CET),
         "Annulation abonnement",
         "Bonjour,\n\nMerci d'annuler mon abonnement mensuel, nous fermons la boutique en octobre.\n\nFrançois Martin")
case("l07-autre-marque", [f], LOB, "need_info", rules=["C2"],
     spec="section 8 other brand's customer: contact@boulangerie-martin.fr is only an Optima contract email; LO ledger has no such customer -> unknown sender (C2, C3)",
     )

lo_cust("e.bernard@bernard-conseil.fr", "Élodie Bernard", "annual", "2025-09-24", "2026-09-23")
lo_pay("pay_fr_5801", "LO-INV-5801", "e.bernard@bernard-conseil.fr", "annual", "11988.00", "2157.84", "2025-09-24T10:00:00", "2025-09-24", "2026-09-23")
f = mail("l08-avocat-resiliation", "Élodie Bernard <e.bernard@bernard-conseil.fr>", LO, t(2025, 9, 29, 11, 0, CET),
         "Mise en demeure – LO-INV-5801",
         "Madame, Monsieur,\n\nVotre outil ne fonctionne pas depuis mon paiement du 24/09 (je ne peux pas me connecter). "
         "Je résilie l'abonnement annuel et exige le remboursement intégral, faute de quoi je saisirai mon avocat et "
         "ferai opposition au paiement auprès de ma banque (chargeback).\n\nÉlodie Bernard")
case("l08-avocat-resiliation", [f], LOB, "decided", [d("refund", "escalate"), d("cancellation", "escalate")], rules=["C4"],
     spec="C4 covers the whole case (section 8): lawyer + chargeback -> refund and cancellation both escalate")

f = mail("l09-bounce", "Mail Delivery Subsystem <MAILER-DAEMON@mx.sfr.fr>", LO, t(2025, 9, 30, 3, 0, CET),
         "Undelivered Mail Returned to Sender",
         "Ceci est un message automatique.\n\nVotre message n'a pas pu être remis à : x.petit@sfr.fr\nAdresse introuvable.",
         headers={"Auto-Submitted": "auto-generated"})
case("l09-bounce", [f], LOB, "ignore", rules=["C7"], spec="C7: MAILER-DAEMON sender, Auto-Submitted: auto-generated -> ignore")

f = mail("l10-propre-adresse", "LeadsOptima <noreply@leadsoptima.com>", LO, t(2025, 9, 30, 5, 0, CET),
         "Votre facture LO-INV-0001 / remboursement",
         "Bonjour, votre remboursement a été traité. Ceci est un message automatique, merci de ne pas répondre.")
case("l10-propre-adresse", [f], LOB, "ignore", rules=["C7"], spec="C7: sender is the brand's own address noreply@leadsoptima.com -> ignore")

lo_cust("antoine.fournier@gmail.com", "Antoine Fournier", "monthly", "2025-09-23", "2025-10-22")
lo_pay("pay_fr_6101", "LO-INV-6101", "antoine.fournier@gmail.com", "monthly", "1499.00", "269.82", "2025-09-23T10:00:00", "2025-09-23", "2025-10-22", status="failed")
f = mail("l11-paiement-echoue", "Antoine Fournier <antoine.fournier@gmail.com>", LO, t(2025, 9, 25, 10, 0, CET),
         "Double débit ?? LO-INV-6101",
         "Salut,\n\nj'ai l'impression d'avoir été débité deux fois pour la facture LO-INV-6101 (mensuel), ma banque "
         "affiche deux lignes. Vous pouvez me rembourser ?\n\nAntoine")
case("l11-paiement-echoue", [f], LOB, "decided", [d("refund", "escalate")],
     spec="section 8: the invoiced payment is not 'paid' (failed) -> escalate; also no duplicate pair in the ledger (L4 escalate)")

lo_cust("isabelle.mercier@mercier-immo.fr", "Isabelle Mercier", "quarterly", None, None)
lo_pay("pay_fr_6201", "LO-INV-6201", "isabelle.mercier@mercier-immo.fr", "quarterly", "2997.00", "539.46", "2025-08-31T22:30:00+02:00", "2025-09-01", "2025-11-30")
f = mail("l12-trimestre-fallback", "Isabelle Mercier <isabelle.mercier@mercier-immo.fr>", LO, t(2025, 9, 30, 10, 0, CET),
         "Arrêt de l'abonnement",
         "Bonjour,\n\nje souhaite arrêter mon abonnement trimestriel, l'agence passe sur l'outil du réseau national.\n\n"
         "Isabelle Mercier\nMercier Immobilier")
case("l12-trimestre-fallback", [f], LOB, "decided", [d("cancellation", "cancel", eff="2025-11-30")],
     spec="L8 fallback with offset (section 8): paid 2025-08-31 22:30+02:00 = 2025-09-01 02:00 IST; 2025-09-01 + 3 months - 1 day = 2025-11-30 (equals period_end)")

lo_cust("lucas.girard@girard-transports.fr", "Lucas Girard", "monthly", "2025-09-26", "2025-10-25")
lo_pay("pay_fr_6301", "LO-INV-6301", "lucas.girard@girard-transports.fr", "monthly", "1499.00", "269.82", "2025-09-26T08:00:00", "2025-09-26", "2025-10-25")
lo_pay("pay_fr_6302", "LO-INV-6302", "lucas.girard@girard-transports.fr", "monthly", "1499.00", "269.82", "2025-09-26T08:00:40", "2025-09-26", "2025-10-25")
f = mail("l13-sans-facture", "Lucas Girard <lucas.girard@girard-transports.fr>", LO, t(2025, 9, 27, 9, 0, CET),
         "Payé deux fois",
         "Bonjour,\n\nJ'ai payé deux fois l'abonnement mensuel hier, le paiement a été pris en double. Merci de "
         "rembourser le second.\n\nLucas Girard\nGirard Transports SARL")
case("l13-sans-facture", [f], LOB, "need_info", missing=["invoice_number"],
     spec="section 3: a refund needs the invoice number; plan from ledger, reason given -> need_info invoice_number (C3)",
     ambiguous="the ledger shows exactly one duplicate pair, so a bot could identify the charge itself; the spec requires the field")

lo_cust("camille.bonnet@bonnet-studio.fr", "Camille Bonnet", "monthly", "2025-09-24", "2025-10-23")
lo_pay("pay_fr_6401", "LO-INV-6401", "camille.bonnet@bonnet-studio.fr", "monthly", "999.00", "179.82", "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
f1 = mail("l14-thread-a", "Camille Bonnet <camille.bonnet@bonnet-studio.fr>", LO, t(2025, 9, 26, 9, 0, CET),
          "Demande de remboursement LO-INV-6401", "Bonjour,\n\nMerci de me rembourser la facture LO-INV-6401.\n\nCordialement,\nCamille Bonnet\nBonnet Studio – Photographie",
          msgid="<l14a.fr@fresh11.example>")
f2 = mail("l14-thread-b", "Camille Bonnet <camille.bonnet@bonnet-studio.fr>", LO, t(2025, 9, 26, 16, 0, CET),
          "RE: Demande de remboursement LO-INV-6401 [LO-3310]",
          "Bonjour,\n\nLa raison : je n'arrive pas à me connecter depuis le 25, le tableau de bord ne s'ouvre pas.\n\nCamille\n\n"
          "Le ven. 26 sept. 2025 à 14:02, LeadsOptima Support a écrit :\n> Pourriez-vous nous indiquer la raison de votre demande ?",
          reply_to_id="<l14a.fr@fresh11.example>")
case("l14-thread-raison", [f1, f2], LOB, "decided", [d("refund", "escalate")],
     spec="C3: reason asked, answered 'je n'arrive pas a me connecter' = L2 access_failure; charge 2025-09-24, first email day 2 -> L6 escalate")

lo_cust("hugo.chevalier@chevalier-sport.fr", "Hugo Chevalier", "monthly", "2025-09-10", "2025-10-09")
lo_pay("pay_fr_6501", "LO-INV-6501", "hugo.chevalier@chevalier-sport.fr", "monthly", "1499.00", "269.82", "2025-09-10T10:00:00", "2025-09-10", "2025-10-09")
f = mail("l15-si-jamais", "Hugo Chevalier <hugo.chevalier@chevalier-sport.fr>", LO, t(2025, 9, 28, 10, 0, CET),
         "Question avant de passer à l'annuel",
         "Bonjour,\n\nJe pense passer à la formule annuelle. Si jamais l'outil ne nous convient plus dans quelques mois, "
         "est-ce que je pourrais être remboursé du reste de l'année ? Je préfère demander avant de payer.\n\nMerci,\nHugo")
case("l15-si-jamais", [f], LOB, "other", spec="section 8: hypothetical before buying -> other")

lo_cust("manon.david@david-traiteur.fr", "Manon David", "annual", "2025-02-01", "2026-01-31")
lo_pay("pay_fr_6601", "LO-INV-6601", "manon.david@david-traiteur.fr", "annual", "11988.00", "2157.84", "2025-02-01T10:00:00", "2025-02-01", "2026-01-31")
f = mail("l16-carte-bancaire", "Manon David <manon.david@david-traiteur.fr>", LO, t(2025, 9, 29, 14, 0, CET),
         "Changer la carte bancaire",
         "<html><body><p>Bonjour,</p><p>Ma carte expire fin octobre. Où est-ce que je peux modifier la carte enregistrée "
         "pour le prochain renouvellement ?</p><p>Merci d'avance,<br>Manon</p></body></html>", html=True)
case("l16-carte-bancaire", [f], LOB, "other", spec="HTML-only how-to question -> other")

lo_cust("thomas.robin@robin-archi.fr", "Thomas Robin", "monthly", "2025-09-25", "2025-10-24")
lo_pay("pay_fr_6701", "LO-INV-6701", "thomas.robin@robin-archi.fr", "monthly", "1499.00", "269.82", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
lo_pay("pay_fr_6702", "LO-INV-6702", "thomas.robin@robin-archi.fr", "monthly", "1499.00", "269.82", "2025-09-25T10:02:00", "2025-09-25", "2025-10-24")
f = mail("l17-tag-plus", "Thomas Robin <thomas.robin+factures@robin-archi.fr>", LO, t(2025, 9, 26, 10, 0, CET),
         "Double facturation LO-INV-6702",
         "Bonjour,\n\nJ'ai été facturé deux fois (LO-INV-6701 et LO-INV-6702) pour le mois de septembre, abonnement mensuel. "
         "Merci de rembourser le doublon.\n\nThomas Robin, architecte")
case("l17-tag-plus", [f], LOB, "need_info", rules=["C2"],
     spec="section 8 Addresses: a +tag makes another address; thomas.robin+factures@ is not the registered email -> C2 need_info")

lo_cust("audrey.faure@faure-compta.fr", "Audrey Faure", "monthly", "2025-09-28", "2025-10-27")
lo_pay("pay_fr_6801", "LO-INV-6801", "audrey.faure@faure-compta.fr", "monthly", "999.00", "179.82", "2025-09-28T10:00:00", "2025-09-28", "2025-10-27")
lo_pay("pay_fr_6802", "LO-INV-6802", "audrey.faure@faure-compta.fr", "monthly", "999.00", "179.82", "2025-09-28T10:05:00", "2025-09-28", "2025-10-27")
f = mail("l18-tr-apple", "Audrey Faure <audrey.faure@faure-compta.fr>", LO, t(2025, 9, 29, 8, 0, CET),
         "TR: Avis de prélèvement",
         "Bonjour, voir ci-dessous : prélevé deux fois ce week-end. Facture du doublon : lo inv 6802. Merci de rembourser.\n\n"
         "Audrey\n\nDébut du message réexpédié :\n\nDe: Banque Populaire <alertes@banquepop.example>\nDate: 28 septembre 2025 à 10:12:00 UTC+2\n"
         "À: audrey.faure@faure-compta.fr\nObjet: Avis de prélèvement\n\nDeux prélèvements LEADSOPTIMA de 999,00 INR ont été effectués sur votre compte.")
case("l18-tr-apple", [f], LOB, "decided", [d("refund", "approve", "999.00")],
     spec="Apple Mail forward of a bank notice from the registered sender; 'lo inv 6802' matches LO-INV-6802 (section 8); L4 pair 2025-09-28, request day 1 -> approve 999.00")

lo_cust("kevin.blanc@blanc-auto.fr", "Kévin Blanc", "monthly", None, None, status="trial", trial="2025-10-05")
f = mail("l19-essai-annuler", "Kévin Blanc <kevin.blanc@blanc-auto.fr>", LO, t(2025, 9, 29, 10, 0, CET),
         "fin d'essai",
         "Bonjour, je suis en période d'essai gratuite. Est-ce que je vais être prélevé automatiquement à la fin de "
         "l'essai ? Je ne veux pas être débité.\nKévin")
case("l19-essai-question", [f], LOB, "other",
     spec="question about billing after the free trial, no refund or cancellation asked -> other (L7 clause 4 is the answer staff give)",
     ambiguous="'je ne veux pas etre debite' could be read as an implicit cancellation of the trial")

lo_cust("sarah.perrin@perrin-yoga.fr", "Sarah Perrin", "quarterly", "2025-07-15", "2025-10-14")
lo_pay("pay_fr_7001", "LO-INV-7001", "sarah.perrin@perrin-yoga.fr", "quarterly", "2997.00", "539.46", "2025-07-15T10:00:00", "2025-07-15", "2025-10-14")
f = mail("l20-passe-annule", "Sarah Perrin <sarah.perrin@perrin-yoga.fr>", LO, t(2025, 9, 30, 9, 0, CET),
         "Résiliation trimestre",
         "Bonjour,\n\nPouvez-vous résilier mon abonnement trimestriel ? Je ne veux surtout pas être renouvelée le 15 octobre, "
         "je ferme le studio de yoga.\n\nNamasté\nSarah")
case("l20-resilier-trimestre", [f], LOB, "decided", [d("cancellation", "cancel", eff="2025-10-14")],
     spec="L8 cancel, effective current_period_end 2025-10-14")

# ---------------------------------------------------------------- Optima WebDesign
ow_proj("Domaine des Tilleuls Site", "contact@domaine-tilleuls.fr", "2025-10-06T10:00:00")
ow_pay("pay_fr_o101", "OWD-2025-501", "Domaine des Tilleuls Site", "discovery", "20000.00", "3600.00", "2025-09-22T10:00:00")
f = mail("o01-discovery-planifiee", "Domaine des Tilleuls <contact@domaine-tilleuls.fr>", OW, t(2025, 9, 29, 9, 0, CET),
         "Demande de remboursement — Domaine des Tilleuls Site / OWD-2025-501",
         "Bonjour,\n\nNous avons réglé l'atelier stratégique (OWD-2025-501) prévu le 6 octobre pour le projet Domaine des "
         "Tilleuls Site. Suite à la grêle de la semaine dernière, la récolte est perdue et nous devons geler tout investissement. "
         "Merci de nous rembourser.\n\nBien cordialement,\nHélène Vasseur, Domaine des Tilleuls")
case("o01-discovery-planifiee", [f], OWB, "decided", [d("refund", "approve", "20000.00")],
     spec="O1: work_started_at 2025-10-06 is later than the request (2025-09-29) -> refundable in full 20000.00")

ow_proj("Cabinet Kiné Rivière App", "secretariat@kine-riviere.fr", None)
ow_pay("pay_fr_o201", "OWD-2025-502", "Cabinet Kiné Rivière App", "deposit", "22000.00", "3960.00", "2025-09-26T10:00:00")
f = mail("o02-acompte-71h", "Secrétariat Kiné Rivière <secretariat@kine-riviere.fr>", OW, t(2025, 9, 29, 5, 30, CET),
         "Annulation projet et acompte OWD-2025-502",
         "Bonjour,\n\nLes associés du cabinet ont finalement voté contre l'application (Cabinet Kiné Rivière App). Nous "
         "annulons donc et demandons le remboursement de l'acompte de 22 000,00 Rs HT.\n\nCordialement,\nLe secrétariat")
case("o02-acompte-71h", [f], OWB, "decided", [d("refund", "approve", "22000.00")], extra_ok=True,
     spec="O2: paid 2025-09-26 10:00 IST, request 2025-09-29 05:30 +0200 = 09:00 IST = 71 h < 72 h, no work -> approve 22000.00")

ow_proj("Librairie Page Blanche Boutique", "libraire@pageblanche.fr", "2025-09-29T09:00:00")
ow_pay("pay_fr_o301", "OWD-2025-503", "Librairie Page Blanche Boutique", "deposit", "15000.00", "2700.00", "2025-09-28T10:00:00")
f = mail("o03-acompte-travail", "Librairie Page Blanche <libraire@pageblanche.fr>", OW, t(2025, 9, 30, 8, 0, CET),
         "acompte boutique en ligne",
         "Bonjour,\n\nfinalement on passe par la plateforme du syndicat des libraires, donc on arrête le projet Librairie "
         "Page Blanche Boutique. Je voudrais récupérer l'acompte (facture OWD 2025 503).\n\nMerci\nJeanne")
case("o03-acompte-travail", [f], OWB, "decided", [d("refund", "deny")], extra_ok=True,
     spec="O2: within 72 h (49.5 h) but work_started_at 2025-09-29 09:00 before the request -> deny")

ow_proj("Mairie de Saint-Aubin Portail", "communication@saint-aubin.fr", "2025-07-01T10:00:00")
ow_pay("pay_fr_o401", "OWD-2025-504", "Mairie de Saint-Aubin Portail", "milestone", "60000.00", "10800.00", "2025-09-05T10:00:00", ms="not_started")
f1 = mail("o04-thread-a", "Service communication <communication@saint-aubin.fr>", OW, t(2025, 9, 24, 10, 0, CET),
          "Remboursement étape 4", "Bonjour,\n\nSuite au vote du budget, l'étape 4 « espace démarches en ligne » est supprimée. "
          "Elle n'a pas été commencée. Merci de procéder au remboursement.\n\nLe service communication",
          msgid="<o04a.fr@fresh11.example>")
f2 = mail("o04-thread-b", "Service communication <communication@saint-aubin.fr>", OW, t(2025, 9, 25, 9, 0, CET),
          "Re: Remboursement étape 4", "Bonjour,\n\nIl s'agit du projet Mairie de Saint-Aubin Portail, facture OWD-2025-504 (60 000 Rs HT).\n\n"
          "Cordialement\n\n> Merci de préciser le nom du projet et la référence de facture.", reply_to_id="<o04a.fr@fresh11.example>")
case("o04-thread-jalon", [f1, f2], OWB, "decided", [d("refund", "approve", "60000.00")],
     spec="C3 answered with project and invoice; O3 milestone not_started -> approve 60000.00 before tax")

ow_proj("Fromagerie Lacroix Boutique", "boutique@fromagerie-lacroix.fr", "2025-06-01T10:00:00")
ow_pay("pay_fr_o501", "OWD-2025-505", "Fromagerie Lacroix Boutique", "milestone", "28000.00", "5040.00", "2025-08-10T10:00:00", ms="completed")
f = mail("o05-jalon-termine", "Fromagerie Lacroix <boutique@fromagerie-lacroix.fr>", OW, t(2025, 9, 27, 10, 0, CET),
         "Remboursement jalon OWD-2025-505",
         "Bonjour,\n\nLe module de paiement (Fromagerie Lacroix Boutique, jalon OWD-2025-505) est livré mais nous avons changé "
         "de banque et ne l'utiliserons pas. Nous souhaitons un remboursement.\n\nPaul Lacroix")
case("o05-jalon-termine", [f], OWB, "decided", [d("refund", "deny")], spec="O3/O6: milestone completed -> deny")

ow_proj("Agence Horizon Maintenance", "direction@agence-horizon.fr", "2025-01-01T10:00:00")
ow_pay("pay_fr_o601", "OWD-2025-506", "Agence Horizon Maintenance", "retainer", "7000.00", "1260.00", "2025-09-01T10:00:00", next_billing_at="2025-10-01", ps="2025-09-01", pe="2025-09-30")
ow_pay("pay_fr_o602", "OWD-2025-507", "Agence Horizon Maintenance", "retainer", "7000.00", "1260.00", "2025-09-01T10:05:00", next_billing_at="2025-11-01", ps="2025-10-01", pe="2025-10-31")
f = mail("o06-retainer-avance", "Direction Agence Horizon <direction@agence-horizon.fr>", OW, t(2025, 9, 12, 10, 0, CET),
         "Fin du contrat de maintenance",
         "Bonjour,\n\nNous mettons fin au contrat de maintenance Agence Horizon Maintenance (dernières factures OWD-2025-506 "
         "et OWD-2025-507, octobre payé d'avance) car l'agence est rachetée par un groupe qui a sa propre équipe web.\n\nCordialement,\nM. Perret")
case("o06-retainer-avance", [f], OWB, "decided", [d("cancellation", "escalate")],
     spec="section 8 Retainer paid in advance: next cycle (October) already paid and notice >= 7 days (request 2025-09-12) -> escalate (second-pass QA: not ambiguous, the request falls in the September period of pay_fr_o601, whose next cycle is already paid by pay_fr_o602; section 8 'Retainer paid in advance' settles it)")

ow_proj("Crêperie Ty Breizh Site", "tybreizh@orange.fr", "2025-03-01T10:00:00")
ow_pay("pay_fr_o701", "OWD-2025-508", "Crêperie Ty Breizh Site", "retainer", "3500.00", "630.00", "2025-09-04T10:00:00", next_billing_at="2025-10-04", ps="2025-09-04", pe="2025-10-03")
f = mail("o07-retainer-preavis-court", "Crêperie Ty Breizh <tybreizh@orange.fr>", OW, t(2025, 9, 30, 10, 0, CET),
         "Résiliation contrat mensuel Crêperie Ty Breizh Site",
         "Bonjour,\n\nJe résilie le contrat mensuel de mise à jour (OWD-2025-508) car je vends la crêperie le mois prochain.\n\n"
         "Kenavo,\nYann Le Goff")
case("o07-retainer-preavis-court", [f], OWB, "decided", [d("cancellation", "cancel", eff="2025-11-03")],
     spec="O4: next_billing_at 2025-10-04, request 2025-09-30 > 2025-09-27 -> less than 7 days; next cycle 2025-10-04..2025-11-03 billed, effective 2025-11-03")

ow_proj("Cave Saint-Vincent Hébergement", "caviste@cave-stvincent.fr", "2025-09-15T10:00:00")
ow_pay("pay_fr_o801", "OWD-2025-509", "Cave Saint-Vincent Hébergement", "hosting_annual", "11000.00", "1980.00", "2025-09-15T10:00:00", setup_fee="1500.00", service_start="2025-09-18")
f = mail("o08-hebergement-arrondi", "Cave Saint-Vincent <caviste@cave-stvincent.fr>", OW, t(2025, 9, 25, 10, 0, CET),
         "Résiliation hébergement annuel + remboursement",
         "Bonjour,\n\nNotre fédération nous offre l'hébergement, nous résilions donc l'hébergement annuel du site Cave "
         "Saint-Vincent Hébergement (OWD-2025-509, 11 000 Rs) et demandons le remboursement au prorata.\n\nCordialement,\nBernard Vigneau")
case("o08-hebergement-arrondi", [f], OWB, "decided", [d("refund", "approve", "8708.33")], extra_ok=True,
     spec="O5: service_start 2025-09-18, request day 7; monthly (11000-1500)/12 = 791.666..; 11000-1500-791.666.. = 8708.333.. -> 8708.33 (C6 half-up, rounded once)")

ow_proj("Studio Pilates Envol Hébergement", "bonjour@pilates-envol.fr", None)
ow_pay("pay_fr_o901", "OWD-2025-510", "Studio Pilates Envol Hébergement", "hosting_annual", "9000.00", "1620.00", "2025-09-25T10:00:00", setup_fee="1800.00", service_start="2025-10-15")
f = mail("o09-hebergement-pas-commence", "Studio Pilates Envol <bonjour@pilates-envol.fr>", OW, t(2025, 9, 28, 10, 0, CET),
         "Annulation hébergement avant démarrage",
         "Bonjour,\n\nL'ouverture du studio est repoussée à l'an prochain, nous annulons l'hébergement annuel (Studio Pilates "
         "Envol Hébergement, facture OWD-2025-510) qui ne devait démarrer que le 15 octobre. Merci de rembourser.\n\nAmélie")
case("o09-hebergement-pas-commence", [f], OWB, "decided", [d("refund", "approve", "6600.00")], extra_ok=True,
     spec="O5 + section 8: before service_start consumed_months = 1; monthly (9000-1800)/12 = 600.00; 9000-1800-600 = 6600.00")

ow_proj("Garage Mécanique Dupuis Site", "garage.dupuis@sfr.fr", "2025-05-01T10:00:00")
ow_pay("pay_fr_o1001", "OWD-2025-511", "Garage Mécanique Dupuis Site", "third_party", "1800.00", "324.00", "2025-09-26T10:00:00")
f = mail("o10-domaine", "Garage Dupuis <garage.dupuis@sfr.fr>", OW, t(2025, 9, 27, 10, 0, CET),
         "remboursement nom de domaine",
         "bonjour\nvous m'avez facturé le renouvellement du nom de domaine (OWD-2025-511, site Garage Mécanique Dupuis Site) "
         "alors que je voulais le laisser expirer, on a un nouveau nom. merci de rembourser\nRené Dupuis")
case("o10-domaine", [f], OWB, "decided", [d("refund", "deny")], spec="O6: domain renewal is third_party -> deny")

ow_proj("Atelier Céramique Terre Site", "atelier@terre-ceramique.fr", "2025-06-01T10:00:00")
ow_pay("pay_fr_o1101", "OWD-2025-512", "Atelier Céramique Terre Site", "third_party", "5200.00", "936.00", "2025-09-23T10:00:00")
f = mail("o11-theme-premium", "Atelier Terre <atelier@terre-ceramique.fr>", OW, t(2025, 9, 25, 10, 0, CET),
         "Thème premium non utilisé",
         "Bonjour,\n\nLe thème premium acheté pour l'Atelier Céramique Terre Site (OWD-2025-512) ne nous plaît pas et vous "
         "êtes partis sur un autre design. Pouvez-vous nous rembourser la licence ?\n\nMerci\nLouise")
case("o11-theme-premium", [f], OWB, "decided", [d("refund", "deny")], spec="O6: premium theme licence (third_party) -> deny")

ow_proj("Association Les Amis du Port Site", "bureau@amis-du-port.fr", None)
ow_pay("pay_fr_o1201", "OWD-2025-513", "Association Les Amis du Port Site", "deposit", "12000.00", "2160.00", "2025-09-29T10:00:00")
f = mail("o12-tr-autre-contrat", "Gilles Marin <gilles.marin@laposte.net>", OW, t(2025, 9, 29, 18, 0, CET),
         "TR: Remboursement acompte",
         "Bonjour, je transfère la demande de notre présidente.\nGilles, trésorier\n\n"
         "-------- Message transféré --------\nSujet : Remboursement acompte\nDate : Mon, 29 Sep 2025 16:40:12 +0200\n"
         "De : Bureau Amis du Port <bureau@amis-du-port.fr>\nPour : Gilles Marin <gilles.marin@laposte.net>\n\n"
         "Gilles, peux-tu écrire à Optima ? Le contrat est au nom de bureau@amis-du-port.fr. L'AG a refusé le projet "
         "Association Les Amis du Port Site, on veut récupérer l'acompte OWD-2025-513.\nMartine")
case("o12-tr-autre-contrat", [f], OWB, "need_info", rules=["C2"],
     spec="section 8 Forwards: forwarded request names contract email bureau@amis-du-port.fr, sender is gilles.marin@laposte.net -> C2 need_info")

ow_proj("Restaurant Le Bistrot Gourmand Site", "lebistrot@gourmand.fr", "2025-07-01T10:00:00")
ow_pay("pay_fr_o1301", "OWD-2025-514", "Restaurant Le Bistrot Gourmand Site", "milestone", "26000.00", "4680.00", "2025-09-20T10:00:00", ms="not_started")
f = mail("o13-opposition", "Le Bistrot Gourmand <lebistrot@gourmand.fr>", OW, t(2025, 9, 26, 10, 0, CET),
         "Remboursement jalon OWD-2025-514 sinon litige",
         "Bonjour,\n\nLe projet Restaurant Le Bistrot Gourmand Site est en retard de trois semaines. Remboursez le jalon "
         "OWD-2025-514 sous 48 h, sinon j'ouvre un litige avec ma banque et je contacte une association de consommateurs.\n\nR. Gautier")
case("o13-litige-banque", [f], OWB, "decided", [d("refund", "escalate")], rules=["C4"],
     spec="C4: bank dispute threat and consumer association -> escalate (even though the milestone is not_started)")

f = mail("o14-reponse-auto", "Cabinet Morel <accueil@cabinet-morel.fr>", OW, t(2025, 9, 29, 12, 0, CET),
         "Réponse automatique : Votre facture OWD-2025-999",
         "Bonjour,\n\nLe cabinet est fermé du 29 septembre au 6 octobre inclus. Votre message sera traité à notre retour.\n\nCabinet Morel",
         headers={"Auto-Submitted": "auto-replied"})
case("o14-reponse-auto", [f], OWB, "ignore", rules=["C7"], spec="C7: Auto-Submitted: auto-replied -> ignore")

ow_proj("Salon Belle Époque Site", "salon@belle-epoque.fr")  # second-pass QA: no work started, so only the payment status decides
ow_pay("pay_fr_o1501", "OWD-2025-515", "Salon Belle Époque Site", "deposit", "10000.00", "1800.00", "2025-09-29T10:00:00", status="refunded")
f = mail("o15-deja-rembourse", "Salon Belle Époque <salon@belle-epoque.fr>", OW, t(2025, 9, 30, 7, 0, CET),
         "Acompte OWD-2025-515",
         "Bonjour,\n\nNous renonçons finalement au site (Salon Belle Époque Site) car la gérante part à la retraite. "
         "Merci de rembourser l'acompte OWD-2025-515.\n\nCordialement, Odile")
case("o15-deja-rembourse", [f], OWB, "decided", [d("refund", "escalate")], extra_ok=True,
     spec="section 8: payment status 'refunded' (not paid) -> escalate; no work started and 24.5 h after payment, so only the status stops an O2 approval")

ow_proj("Ferme du Bocage Maintenance", "ferme.bocage@gmail.com", "2025-04-01T10:00:00")
ow_pay("pay_fr_o1601", "OWD-2025-516", "Ferme du Bocage Maintenance", "retainer", "2500.00", "450.00", "2025-09-18T10:00:00", next_billing_at="2025-10-18", ps="2025-09-18", pe="2025-10-17")
f1 = mail("o16-thread-a", "Ferme du Bocage <ferme.bocage@gmail.com>", OW, t(2025, 9, 26, 8, 0, CET),
          "Résiliation Ferme du Bocage Maintenance", "Bonjour,\n\nMerci de résilier le contrat Ferme du Bocage Maintenance (OWD-2025-516).\n\n"
          "Bonne journée\n--\nFerme du Bocage – vente directe de produits laitiers", msgid="<o16a.fr@fresh11.example>")
f2 = mail("o16-thread-b", "Ferme du Bocage <ferme.bocage@gmail.com>", OW, t(2025, 9, 26, 17, 0, CET),
          "Re: Résiliation Ferme du Bocage Maintenance",
          "Re bonjour,\n\nLa raison : nous arrêtons la vente en ligne, trop de travail pour nous deux.\n\nSylvie\n\n"
          "> Pourriez-vous nous indiquer le motif de la résiliation ?", reply_to_id="<o16a.fr@fresh11.example>")
case("o16-thread-motif", [f1, f2], OWB, "decided", [d("cancellation", "cancel", eff="2025-10-17")],
     spec="C3 reason asked (Optima requires it, section 8) and answered; O4: next_billing_at 2025-10-18, request 2025-09-26 <= 2025-10-11 -> effective 2025-10-17")

ow_proj("Camping Les Pins Réservation", "camping@lespins.fr", "2025-09-01T10:00:00")
ow_pay("pay_fr_o1701", "OWD-2025-517", "Camping Les Pins Réservation", "rush", "8000.00", "1440.00", "2025-09-02T10:00:00")
ow_pay("pay_fr_o1702", "OWD-2025-518", "Camping Les Pins Réservation", "setup", "2000.00", "360.00", "2025-09-02T10:05:00")
f = mail("o17-urgence-activation", "Camping Les Pins <camping@lespins.fr>", OW, t(2025, 9, 22, 10, 0, CET),
         "Frais d'urgence et d'activation",
         "Bonjour,\n\nPour le Camping Les Pins Réservation nous avons payé des frais d'urgence (OWD-2025-517) alors que la mise "
         "en ligne a eu lieu une semaine après la date promise. Nous demandons le remboursement de ces frais d'urgence.\n\n"
         "Cordialement,\nLa direction")
case("o17-frais-urgence", [f], OWB, "decided", [d("refund", "deny")], spec="O6: rush fee never refundable -> deny")

ow_proj("Chocolaterie Cacao Vert Site", "hello@cacaovert.fr", "2025-09-10T10:00:00")
f = mail("o18-question-devis", "Cacao Vert <hello@cacaovert.fr>", OW, t(2025, 9, 29, 10, 0, CET),
         "Devis traduction anglaise",
         "Bonjour,\n\nCombien coûterait l'ajout d'une version anglaise au site Chocolaterie Cacao Vert Site ? Pouvez-vous nous "
         "envoyer un devis ?\n\nMerci !\nInès")
case("o18-question-devis", [f], OWB, "other", spec="quote request, neither refund nor cancellation -> other")

ow_proj("Opticien Vision Nette Hébergement", "vision.nette@optique.fr", "2025-08-25T10:00:00")
ow_pay("pay_fr_o1901", "OWD-2025-519", "Opticien Vision Nette Hébergement", "maintenance_annual", "12000.00", "2160.00", "2025-08-25T10:00:00", setup_fee="1200.00", service_start="2025-09-01")
f = mail("o19-maintenance-tard", "Vision Nette <vision.nette@optique.fr>", OW, t(2025, 9, 29, 10, 0, CET),
         "Remboursement maintenance annuelle OWD-2025-519",
         "Bonjour,\n\nNous ne sommes pas satisfaits de la réactivité, nous arrêtons la maintenance annuelle "
         "(Opticien Vision Nette Hébergement) et souhaitons un remboursement au prorata.\n\nM. Caron")
case("o19-maintenance-tard", [f], OWB, "decided", [d("refund", "deny")], extra_ok=True,
     spec="O5: service_start 2025-09-01, request 2025-09-29 = day 28 > 14 -> deny")

ow_proj("Chorale Voix du Lac Site", "chorale@voixdulac.fr", None)
ow_pay("pay_fr_o2001", "OWD-2025-520", "Chorale Voix du Lac Site", "deposit", "8000.00", "1440.00", "2025-09-28T10:00:00")
f = mail("o20-sans-motif", "Chorale Voix du Lac <chorale@voixdulac.fr>", OW, t(2025, 9, 29, 9, 0, CET),
         "Refund Request — Chorale Voix du Lac Site / OWD-2025-520",
         "Bonjour,\n\nMerci de bien vouloir procéder au remboursement de l'acompte OWD-2025-520 (projet Chorale Voix du Lac Site).\n\n"
         "Cordialement,\nLe bureau de la chorale\n\nCe message et ses pièces jointes sont confidentiels.")
case("o20-sans-motif", [f], OWB, "need_info", missing=["reason"],
     spec="section 8: restating the request, signature and disclaimer are not a reason; Optima requires it -> need_info reason")

lo_cust("yasmine.haddad@haddad-events.fr", "Yasmine Haddad", "monthly", "2025-09-08", "2025-10-07")
lo_pay("pay_fr_7101", "LO-INV-7101", "yasmine.haddad@haddad-events.fr", "monthly", "1499.00", "269.82", "2025-09-08T10:00:00", "2025-09-08", "2025-10-07")
f = mail("l21-franglais-html", "Yasmine Haddad <yasmine.haddad@haddad-events.fr>", LO, t(2025, 9, 29, 18, 0, CET),
         "cancel mon plan svp",
         "<html><body><div>Hello la team,</div><div>pouvez-vous <b>cancel</b> mon plan mensuel svp ? On a fini la saison "
         "des mariages, plus besoin de leads avant le printemps. Pas besoin de refund hein, juste stopper.</div>"
         "<div>Merci bcp !<br>Yasmine<br><i>Haddad Events – Wedding planner</i></div></body></html>", html=True)
case("l21-franglais-html", [f], LOB, "decided", [d("cancellation", "cancel", eff="2025-10-07")],
     spec="HTML-only, mixed French/English; 'pas besoin de refund' is negation; L8 cancel effective current_period_end 2025-10-07")

f = mail("l22-liste", "Club des Entrepreneurs <liste@club-entrepreneurs.fr>", LO, t(2025, 9, 30, 7, 0, CET),
         "[Club] Compte rendu : résilier ses abonnements SaaS",
         "Bonjour à tous,\n\nvoici le compte rendu de notre atelier : comment résilier ses abonnements SaaS et obtenir un remboursement.\n\n"
         "Pour vous désinscrire : https://club-entrepreneurs.example/desinscription",
         headers={"Precedence": "list", "List-Id": "Club des Entrepreneurs <club.club-entrepreneurs.fr>"})
case("l22-liste", [f], LOB, "ignore", rules=["C7"], spec="C7: Precedence: list / List-Id -> ignore")

ow_proj("Brasserie du Canal Site", "brasserie.canal@gmail.com", "2025-09-24T10:00:00")
ow_pay("pay_fr_o2101", "OWD-2025-521", "Brasserie du Canal Site", "discovery", "14000.00", "2520.00", "2025-09-20T10:00:00")
f = mail("o21-discovery-commencee", "Brasserie du Canal <brasserie.canal@gmail.com>", OW, t(2025, 9, 28, 23, 0, CET),
         "rembourser atelier",
         "Bonjour\n\nl'atelier de mercredi pour le Brasserie du Canal Site ne nous a rien appris de neuf, on préfère arrêter là. "
         "Remboursez svp la facture OWD-2025-521.\n\nEnvoyé de mon iPhone")
case("o21-discovery-commencee", [f], OWB, "decided", [d("refund", "deny")], extra_ok=True,
     spec="O1: discovery, work_started_at 2025-09-24 before the request (2025-09-29 02:30 IST) -> deny")

# ---------------------------------------------------------------- write
(HERE / "ledger.json").write_text(json.dumps(ledger, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
(HERE / "expected.json").write_text(json.dumps({"cases": cases}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
invs = [p["invoice"] for p in ledger["payments"]]
assert len(invs) == len(set(invs)), "duplicate invoice numbers"
print(len(cases), "cases")
