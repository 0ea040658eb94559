"""Fresh held-out round 4, French (fr): writes ledger.json, emails/*.eml and expected.json here.

Written by a QA pass from POLICY_SPEC.md alone (MIT licence, like the project; every name,
company, address and text is invented for this project). Deterministic: no randomness.
Run: python3 make_cases.py
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
LO = "support@leadsoptima.com"
OWD = "optimawebdesigns12@gmail.com"
IST = timezone(timedelta(hours=5, minutes=30))

customers: list[dict] = []
projects: list[dict] = []
payments: list[dict] = []
cases: list[dict] = []
emails: dict[str, bytes] = {}


# ---------------------------------------------------------------- ledger helpers
def cust(email, name, plan, status="active", ps=None, pe=None, trial_ends=None):
    customers.append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan, "status": status,
                      "trial_ends": trial_ends, "current_period_start": ps, "current_period_end": pe})


def lopay(pid, inv, email, plan, amount, tax, paid_at, ps=None, pe=None, status="paid"):
    payments.append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email,
                     "kind": "subscription", "plan": plan, "amount": amount, "tax": tax, "currency": "INR",
                     "paid_at": paid_at, "period_start": ps, "period_end": pe, "status": status})


def proj(name, email, started=None):
    projects.append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                     "work_started_at": started})


def owdpay(pid, inv, project, kind, amount, tax, paid_at, status="paid", setup_fee=None, service_start=None,
           next_billing_at=None, ps=None, pe=None, milestone_status=None):
    payments.append({"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": project, "kind": kind,
                     "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": status,
                     "setup_fee": setup_fee, "service_start": service_start, "next_billing_at": next_billing_at,
                     "period_start": ps, "period_end": pe, "milestone_status": milestone_status})


# ---------------------------------------------------------------- email helpers
def when(ist: str, offset_hours: float) -> str:
    """`ist` is the request time in the brands' zone (Asia/Kolkata); the header is written in the
    sender's own offset, so the Date: line looks like the sender's client wrote it."""
    t = datetime.fromisoformat(ist).replace(tzinfo=IST)
    local = t.astimezone(timezone(timedelta(hours=offset_hours)))
    return format_datetime(local)


def mail(name, frm, to, subject, body, ist, tz=2.0, html=None, html_only=False, headers=None,
         reply_to=None, in_reply_to=None, domain="mail.example"):
    msg = EmailMessage(policy=SMTP)
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = when(ist, tz)
    msg["Message-ID"] = f"<{LANG}-{name}@{domain}>"
    msg["MIME-Version"] = "1.0"
    if reply_to:
        msg["Reply-To"] = reply_to
    if in_reply_to:
        msg["In-Reply-To"] = f"<{LANG}-{in_reply_to}@{domain}>"
        msg["References"] = f"<{LANG}-{in_reply_to}@{domain}>"
    for k, v in (headers or {}).items():
        msg[k] = v
    if html_only:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(body)
        if html:
            msg.add_alternative(html, subtype="html")
            msg.set_boundary(f"=_{LANG}_{name}_alt")  # fixed boundary: deterministic output
    fn = f"emails/{name}.eml"
    emails[fn] = bytes(msg)
    return fn


def raw(name, text):
    fn = f"emails/{name}.eml"
    emails[fn] = text.replace("\n", "\r\n").encode("utf-8")
    return fn


def case(cid, files, brand, status, decisions=(), rules=(), missing=None, spec="", extra_ok=False,
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


def refund(outcome, amount=None):
    d = {"intent": "refund", "outcome": outcome}
    if outcome == "approve":
        d["amount"] = amount
    return d


def cancel(outcome="cancel", eff=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if eff:
        d["effective_date"] = eff
    return d


LOB, OWB = "leadsoptima", "optima_webdesign"


# ================================================================= LeadsOptima
# l01 duplicate, short phone mail (France), sloppy reference
cust("camille.durand@orange.fr", "Camille Durand", "annual", ps="2025-09-24", pe="2026-09-23")
lopay("pay_fr_75101", "LO-INV-75101", "camille.durand@orange.fr", "annual", "11988.00", "2157.84",
      "2025-09-24T12:00:00", "2025-09-24", "2026-09-23")
lopay("pay_fr_75102", "LO-INV-75102", "camille.durand@orange.fr", "annual", "11988.00", "2157.84",
      "2025-09-24T12:01:00", "2025-09-24", "2026-09-23")
f = mail("l01-preleve-deux-fois", "Camille Durand <camille.durand@orange.fr>", LO, "prelevement en double",
         "Bonjour\nj'ai ete prelevee 2 fois pour l'abonnement annuel, 11 988 chacun. la 2eme c'est inv 75102. "
         "Merci de me rembourser\nCamille\n\nEnvoyé depuis mon smartphone Samsung Galaxy.\n",
         "2025-09-25T14:00:00")
case("l01-preleve-deux-fois", [f], LOB, "decided", [refund("approve", "11988.00")],
     spec="L2 duplicate_payment ('prelevee 2 fois'); pair LO-INV-75101/75102 same account, amount, period; charge "
          "2025-09-24, request 2025-09-25 = day 1 (L3) -> L4 approve the duplicate 11988.00 before tax (C6). "
          "'inv 75102' = LO-INV-75102 (section 8, separators and case ignored).")

# l02 three identical charges, the second outside the window, the third inside (section 8); Quebec
cust("m.tremblay@tremblay-renos.ca", "Mathieu Tremblay", "monthly", ps="2025-09-10", pe="2025-10-09")
for pid, t in (("75121", "2025-09-10T10:00:00"), ("75122", "2025-09-10T10:02:00"), ("75123", "2025-09-18T09:00:00")):
    lopay(f"pay_fr_{pid}", f"LO-INV-{pid}", "m.tremblay@tremblay-renos.ca", "monthly", "2499.00", "449.82", t,
          "2025-09-10", "2025-10-09")
f = mail("l02-trois-fois-quebec", "Mathieu Tremblay <m.tremblay@tremblay-renos.ca>", LO,
         "Facturé 3 fois pour le même mois",
         "Bonjour,\n\nJe viens de regarder mon relevé de carte de crédit pis vous m'avez chargé trois fois le "
         "forfait mensuel pour la même période : LO-INV-75121 et LO-INV-75122 le 10 septembre, pis encore "
         "LO-INV-75123 le 18. J'ai payé une seule fois, c'est clair. Pouvez-vous me rembourser les paiements "
         "en trop SVP?\n\nMerci,\nMathieu Tremblay\nRénovations Tremblay inc., Québec\n",
         "2025-09-19T20:00:00", tz=-4)
case("l02-trois-fois-quebec", [f], LOB, "decided", [refund("approve", "2499.00")],
     spec="Section 8 three identical charges (same account, 2499.00, period 2025-09-10..2025-10-09): 75122 and "
          "75123 are duplicates; request 2025-09-19 (10:30 EDT = 20:00 IST): 75122 charged 2025-09-10 = day 9 "
          "(outside L3), 75123 charged 2025-09-18 = day 1 (inside) -> refund = 2499.00, the sum of those inside.")

# l03 ledger time with an offset (section 8): the charge's UTC date is the day before its IST date
cust("julien.petit@petit-conseil.fr", "Julien Petit", "annual", ps="2025-09-10", pe="2026-09-09")
lopay("pay_fr_75131", "LO-INV-75131", "julien.petit@petit-conseil.fr", "annual", "11988.00", "2157.84",
      "2025-09-09T20:00:00Z", "2025-09-10", "2026-09-09")
lopay("pay_fr_75132", "LO-INV-75132", "julien.petit@petit-conseil.fr", "annual", "11988.00", "2157.84",
      "2025-09-09T20:01:30Z", "2025-09-10", "2026-09-09")
f = mail("l03-decalage-horaire", "Julien Petit <julien.petit@petit-conseil.fr>", LO,
         "Double débit abonnement annuel - LO-INV-75132",
         "Bonjour,\n\nMon abonnement annuel a été débité deux fois (LO-INV-75131 puis LO-INV-75132, 11 988,00 "
         "chacun). Je vous remercie de bien vouloir rembourser le second débit.\n\nCordialement,\nJulien Petit\n"
         "Petit Conseil SARL – Lyon\n", "2025-09-17T18:00:00")
case("l03-decalage-horaire", [f], LOB, "decided", [refund("approve", "11988.00")],
     spec="Section 8 'ledger times with an offset are converted to the brand's zone': paid 2025-09-09T20:00Z = "
          "2025-09-10 01:30 IST (day 0); request 2025-09-17 18:00 IST (14:30 CEST) = day 7, inside L3 -> L4 "
          "approve 11988.00.")

# l04 'charged twice' but the ledger holds one charge -> escalate (L4)
cust("n.peeters@peeters-immo.be", "Nathalie Peeters", "monthly", ps="2025-09-22", pe="2025-10-21")
lopay("pay_fr_75141", "LO-INV-75141", "n.peeters@peeters-immo.be", "monthly", "1999.00", "359.82",
      "2025-09-22T10:00:00", "2025-09-22", "2025-10-21")
f = mail("l04-doublon-introuvable", "Nathalie Peeters <n.peeters@peeters-immo.be>", LO, "Double paiement",
         "Bonjour,\n\nSur notre extrait de compte, je vois deux paiements de 1.999,00 pour LeadsOptima le 22/09. "
         "Notre facture est la LO-INV-75141 (forfait mensuel). Pourriez-vous rembourser le paiement en "
         "double s'il vous plaît ?\n\nBien à vous,\nNathalie Peeters\nPeeters Immo – Namur\n",
         "2025-09-24T12:00:00")
case("l04-doublon-introuvable", [f], LOB, "decided", [refund("escalate")],
     spec="L2 duplicate claim inside the window (day 2), but the ledger shows only one paid charge "
          "(LO-INV-75141) for that period -> L4 'No such pair in the ledger: escalate'.")

# l05 billing error: wrong amount (Senegal)
cust("a.diop@diop-services.sn", "Aminata Diop", "quarterly", ps="2025-09-27", pe="2025-12-26")
lopay("pay_fr_75151", "LO-INV-75151", "a.diop@diop-services.sn", "quarterly", "5997.00", "1079.46",
      "2025-09-27T10:00:00", "2025-09-27", "2025-12-26")
f = mail("l05-mauvais-montant-dakar", "Aminata Diop <a.diop@diop-services.sn>", LO,
         "Montant incorrect sur ma facture LO-INV-75151",
         "Bonjour l'équipe LeadsOptima,\n\nJ'espère que vous allez bien. Pour notre forfait trimestriel, "
         "le prix affiché lors de l'inscription était de 4 497, mais on m'a prélevé 5 997 le 27 septembre. "
         "Il s'agit donc d'un mauvais montant. Je vous prie de vérifier et de me rembourser la différence.\n\n"
         "Merci d'avance et bonne journée,\nAminata Diop\nDiop Services – Dakar, Sénégal\n",
         "2025-09-29T15:00:00", tz=0)
case("l05-mauvais-montant-dakar", [f], LOB, "decided", [refund("escalate")],
     spec="L2 billing_error ('mauvais montant', charged 5997 instead of 4497); charge 2025-09-27, request "
          "2025-09-29 = day 2 -> L5 escalate with the charge LO-INV-75151, no amount.")

# l06 charged after cancelling, but outside the window (Abidjan)
cust("k.kouame@kouame-distribution.ci", "Koffi Kouamé", "monthly", status="cancelled", ps="2025-09-05",
     pe="2025-10-04")
lopay("pay_fr_75161", "LO-INV-75161", "k.kouame@kouame-distribution.ci", "monthly", "1999.00", "359.82",
      "2025-09-05T10:00:00", "2025-09-05", "2025-10-04")
f = mail("l06-apres-resiliation-tard", "Koffi Kouamé <k.kouame@kouame-distribution.ci>", LO,
         "Prélèvement après résiliation",
         "Bonjour,\n\nJ'avais résilié mon abonnement mensuel le 1er septembre, et pourtant j'ai été débité le 5 "
         "septembre (LO-INV-75161). Je viens seulement de m'en rendre compte en faisant la comptabilité du "
         "mois. Merci de me rembourser ce prélèvement indu.\n\nCordialement\nKoffi Kouamé\nKouamé Distribution, "
         "Abidjan\n", "2025-09-15T16:00:00", tz=0)
case("l06-apres-resiliation-tard", [f], LOB, "decided", [refund("deny")],
     spec="L2 billing_error ('débité après résiliation'), but charge 2025-09-05 = day 0 and request 2025-09-15 "
          "= day 10 > 7 -> L3 deny.")

# l07 access failure inside the window (Quebec wording)
cust("g.bouchard@bouchard-assurances.qc.ca", "Geneviève Bouchard", "monthly", ps="2025-09-26", pe="2025-10-25")
lopay("pay_fr_75171", "LO-INV-75171", "g.bouchard@bouchard-assurances.qc.ca", "monthly", "1999.00", "359.82",
      "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
f = mail("l07-pas-capable-connexion", "Geneviève Bouchard <g.bouchard@bouchard-assurances.qc.ca>", LO,
         "Pas capable de me connecter depuis le renouvellement",
         "Allo,\n\nDepuis que mon forfait mensuel s'est renouvelé le 26 (facture LO-INV-75171), je ne suis plus "
         "capable de me connecter : mot de passe refusé, et la réinitialisation ne m'envoie jamais de courriel. "
         "Votre clavardage m'a dit d'attendre, ça fait trois jours. Je veux être remboursée.\n\n"
         "Geneviève Bouchard\nCourtière, Bouchard Assurances\n", "2025-09-29T19:30:00", tz=-4)
case("l07-pas-capable-connexion", [f], LOB, "decided", [refund("escalate")],
     spec="L2 access_failure (cannot log in since the renewal); charge 2025-09-26, request 2025-09-29 = day 3 "
          "-> L6 escalate.")

# l08 L1: changed mind (Switzerland, Romandie)
cust("l.favre@favre-architectes.ch", "Laurent Favre", "quarterly", ps="2025-09-28", pe="2025-12-27")
lopay("pay_fr_75181", "LO-INV-75181", "l.favre@favre-architectes.ch", "quarterly", "4497.00", "809.46",
      "2025-09-28T10:00:00", "2025-09-28", "2025-12-27")
f = mail("l08-change-avis-lausanne", "Laurent Favre <l.favre@favre-architectes.ch>", LO,
         "Remboursement abonnement trimestriel",
         "Bonjour,\n\nAprès réflexion, nous avons changé d'avis : notre bureau n'a finalement pas besoin d'un outil "
         "de prospection. L'abonnement trimestriel a été débité avant-hier (LO-INV-75181). Pourriez-vous nous le "
         "rembourser ?\n\nAvec mes meilleures salutations\nLaurent Favre\nFavre Architectes SA, Lausanne\n",
         "2025-09-30T11:00:00")
case("l08-change-avis-lausanne", [f], LOB, "decided", [refund("deny")],
     spec="L1: 'changé d'avis' is not an L2 reason -> deny even on day 2; the reply offers cancellation.")

# l09 'not used' refund + cancellation (Belgium): deny + cancel
cust("s.dubois@dubois-traiteur.be", "Sébastien Dubois", "monthly", ps="2025-09-18", pe="2025-10-17")
lopay("pay_fr_75191", "LO-INV-75191", "s.dubois@dubois-traiteur.be", "monthly", "1999.00", "359.82",
      "2025-09-18T10:00:00", "2025-09-18", "2025-10-17")
f = mail("l09-pas-utilise-liege", "Sébastien Dubois <s.dubois@dubois-traiteur.be>", LO,
         "Résiliation + remboursement",
         "Bonjour,\n\nJe souhaite résilier mon abonnement mensuel. Honnêtement je ne l'ai presque pas utilisé ce "
         "mois-ci, avec la saison des mariages je n'ai pas eu une minute, donc j'aimerais aussi être remboursé "
         "du mois en cours (LO-INV-75191).\n\nMerci et bonne journée\nSébastien Dubois\nDubois Traiteur, Liège\n",
         "2025-09-23T12:00:00")
case("l09-pas-utilise-liege", [f], LOB, "decided", [refund("deny"), cancel("cancel", "2025-10-17")],
     spec="Refund for 'pas utilisé' -> L1 deny (no partial refunds for unused days); cancellation -> L8 cancel, "
          "effective current_period_end 2025-10-17. Both parts decided (section 1).")

# l10 cancellation, L8 fallback: last charge + 3 months - 1 day
cust("e.lefebvre@lefebvre-auto.fr", "Émilie Lefebvre", "quarterly")
lopay("pay_fr_75201", "LO-INV-75201", "e.lefebvre@lefebvre-auto.fr", "quarterly", "4497.00", "809.46",
      "2025-05-12T10:00:00")
lopay("pay_fr_75202", "LO-INV-75202", "e.lefebvre@lefebvre-auto.fr", "quarterly", "4497.00", "809.46",
      "2025-08-12T10:00:00")
f = mail("l10-resiliation-formelle", "Émilie Lefebvre <e.lefebvre@lefebvre-auto.fr>", LO,
         "Résiliation de notre abonnement trimestriel",
         "Madame, Monsieur,\n\nPar la présente, nous vous informons de notre décision de résilier l'abonnement "
         "trimestriel souscrit au nom de la société Lefebvre Automobiles. Notre groupe a en effet choisi une "
         "solution de prospection commune à toutes ses concessions.\n\nNous vous remercions de bien vouloir nous "
         "confirmer la date de fin de l'abonnement.\n\nVeuillez agréer, Madame, Monsieur, l'expression de nos "
         "salutations distinguées.\n\nÉmilie Lefebvre\nResponsable marketing\nLefebvre Automobiles SAS – "
         "12 avenue de la Gare, 59000 Lille\nRCS Lille 512 345 678\n\nCe message et ses pièces jointes sont "
         "confidentiels et destinés exclusivement à leurs destinataires.\n", "2025-09-26T14:00:00",
         html_only=True,
         html=("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri\">"
               "<p>Madame, Monsieur,</p><p>Par la pr&eacute;sente, nous vous informons de notre d&eacute;cision de "
               "r&eacute;silier l&rsquo;abonnement <b>trimestriel</b> souscrit au nom de la soci&eacute;t&eacute; "
               "Lefebvre Automobiles. Notre groupe a en effet choisi une solution de prospection commune &agrave; "
               "toutes ses concessions.</p><p>Nous vous remercions de bien vouloir nous confirmer la date de fin de "
               "l&rsquo;abonnement.</p><p>Veuillez agr&eacute;er, Madame, Monsieur, l&rsquo;expression de nos "
               "salutations distingu&eacute;es.</p><table><tr><td><b>&Eacute;milie Lefebvre</b><br>Responsable "
               "marketing<br>Lefebvre Automobiles SAS &ndash; 12 avenue de la Gare, 59000 Lille<br>RCS Lille 512 "
               "345 678</td></tr></table><p style=\"font-size:8pt;color:#888\">Ce message et ses pi&egrave;ces "
               "jointes sont confidentiels et destin&eacute;s exclusivement &agrave; leurs destinataires.</p>"
               "</body></html>"))
case("l10-resiliation-formelle", [f], LOB, "decided", [cancel("cancel", "2025-11-11")],
     spec="HTML-only mail. L8 with no current_period_end in the ledger: last charge 2025-08-12 + 3 months (quarterly) - 1 day = "
          "2025-11-11.")

# l11 negation: no refund, just cancel (Cameroon)
cust("p.nkoulou@nkoulou-btp.cm", "Paul Nkoulou", "annual", ps="2025-02-01", pe="2026-01-31")
lopay("pay_fr_75211", "LO-INV-75211", "p.nkoulou@nkoulou-btp.cm", "annual", "11988.00", "2157.84",
      "2025-02-01T10:00:00", "2025-02-01", "2026-01-31")
f = mail("l11-pas-de-remboursement", "Paul Nkoulou <p.nkoulou@nkoulou-btp.cm>", LO, "Arrêt de l'abonnement",
         "Bonsoir,\n\nJe ne demande pas de remboursement, je sais que l'année est payée. Je voudrais seulement "
         "que l'abonnement annuel ne soit pas renouvelé en février : nous avons recruté deux commerciaux et "
         "n'avons plus besoin de l'outil.\n\nCordialement\nPaul Nkoulou\nNkoulou BTP, Douala\n",
         "2025-09-27T23:30:00", tz=1)
case("l11-pas-de-remboursement", [f], LOB, "decided", [cancel("cancel", "2026-01-31")],
     spec="Section 8 negation: 'Je ne demande pas de remboursement' adds no refund intent. L8 cancel, effective "
          "current_period_end 2026-01-31.")

# l12 hypothetical before buying -> other
f = mail("l12-et-si", "Claire Martin <claire@atelier-martin.fr>", LO, "Question avant abonnement",
         "Bonjour,\n\nJe réfléchis à prendre le forfait annuel. Si jamais l'outil ne convient pas à notre activité "
         "après un mois, est-ce que je pourrais être remboursée ? Merci de votre réponse.\n\nClaire Martin\n"
         "Atelier Martin, Nantes\n", "2025-09-24T10:00:00")
case("l12-et-si", [f], LOB, "other",
     spec="Section 8: 'would I get a refund if...' before buying is a policy question -> other.")

# l13 how-to question (change the card) -> other
cust("h.bernard@bernard-fleurs.fr", "Hélène Bernard", "monthly", ps="2025-09-15", pe="2025-10-14")
lopay("pay_fr_75221", "LO-INV-75221", "h.bernard@bernard-fleurs.fr", "monthly", "1999.00", "359.82",
      "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
f = mail("l13-changer-carte", "Hélène Bernard <h.bernard@bernard-fleurs.fr>", LO, "changer de carte bancaire",
         "Bonjour, ma carte expire fin octobre, comment je fais pour mettre la nouvelle sur mon compte ? je "
         "trouve pas dans les paramètres. Merci ! Hélène\n", "2025-09-30T09:00:00")
case("l13-changer-carte", [f], LOB, "other",
     spec="Section 1 'other': a how-to question about the payment card, neither refund nor cancellation.")

# l14 C2: writes from a personal address, names the registered one (Morocco)
cust("y.benali@benali-import.ma", "Youssef Benali", "quarterly", ps="2025-09-01", pe="2025-11-30")
lopay("pay_fr_75231", "LO-INV-75231", "y.benali@benali-import.ma", "quarterly", "4497.00", "809.46",
      "2025-09-01T10:00:00", "2025-09-01", "2025-11-30")
f = mail("l14-autre-adresse-casa", "Youssef Benali <youssef.benali75@hotmail.fr>", LO, "Résilier abonnement",
         "Salam / Bonjour,\n\nJe vous écris de mon adresse perso car je n'ai pas accès à la messagerie pro en "
         "déplacement. Le compte est au nom de y.benali@benali-import.ma. Merci de résilier l'abonnement "
         "trimestriel, nous arrêtons l'activité export.\n\nYoussef Benali\n", "2025-09-22T13:00:00", tz=1)
case("l14-autre-adresse-casa", [f], LOB, "need_info", rules=["C2"],
     spec="C2 (example 5): sender youssef.benali75@hotmail.fr is not the registered email he names "
          "(y.benali@benali-import.ma) -> need_info: write from the registered address; nothing about the account.")

# l15 TR: forward by the accountant, naming the client's registered email
cust("contact@garage-moreau.fr", "Garage Moreau", "monthly", ps="2025-09-20", pe="2025-10-19")
lopay("pay_fr_75241", "LO-INV-75241", "contact@garage-moreau.fr", "monthly", "1999.00", "359.82",
      "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
f = mail("l15-tr-comptable", "Cabinet Roux Expertise <compta@roux-expertise.fr>", LO,
         "TR: Abonnement LeadsOptima en double",
         "Bonjour,\n\nJe vous transfère la demande de notre client le Garage Moreau, dont nous tenons la "
         "comptabilité. Merci de faire le nécessaire.\n\nCordialement,\nAurélie Roux\nExpert-comptable\n\n"
         "________________________________\nDe : Garage Moreau <contact@garage-moreau.fr>\n"
         "Envoyé : lundi 22 septembre 2025 09:12\nÀ : compta@roux-expertise.fr\n"
         "Objet : Abonnement LeadsOptima en double\n\nAurélie, LeadsOptima nous a prélevé deux fois l'abonnement "
         "mensuel le 20/09 (compte contact@garage-moreau.fr). Tu peux leur demander le remboursement ? Merci, "
         "Didier\n", "2025-09-22T15:00:00")
case("l15-tr-comptable", [f], LOB, "need_info", rules=["C2"],
     spec="Section 8 forwards: the forwarded request names the registered email contact@garage-moreau.fr; the "
          "sender compta@roux-expertise.fr is not it -> C2 need_info asking for the request from that address.")

# l16 +tag address is another address (section 8)
cust("sophie.martin@laposte.net", "Sophie Martin", "monthly", ps="2025-09-25", pe="2025-10-24")
lopay("pay_fr_75251", "LO-INV-75251", "sophie.martin@laposte.net", "monthly", "1999.00", "359.82",
      "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
f = mail("l16-adresse-plus", "Sophie Martin <sophie.martin+leads@laposte.net>", LO, "Annulation",
         "Bonjour, merci d'annuler mon abonnement mensuel, je change de métier. Sophie Martin\n",
         "2025-09-28T09:00:00")
case("l16-adresse-plus", [f], LOB, "need_info", rules=["C2"],
     spec="Section 8: 'a +tag makes another address': sophie.martin+leads@laposte.net is not the registered "
          "sophie.martin@laposte.net -> C2 need_info.")

# l17 refund with a reason but no invoice; two charges on record -> need_info invoice_number
cust("t.girard@girard-peinture.fr", "Thomas Girard", "monthly", ps="2025-09-21", pe="2025-10-20")
lopay("pay_fr_75261", "LO-INV-75261", "t.girard@girard-peinture.fr", "monthly", "1999.00", "359.82",
      "2025-08-21T10:00:00", "2025-08-21", "2025-09-20")
lopay("pay_fr_75262", "LO-INV-75262", "t.girard@girard-peinture.fr", "monthly", "1999.00", "359.82",
      "2025-09-21T10:00:00", "2025-09-21", "2025-10-20")
f = mail("l17-sans-facture", "Thomas Girard <t.girard@girard-peinture.fr>", LO, "Plateforme inaccessible",
         "Bonjour,\n\nLa plateforme ne charge plus du tout depuis samedi, page blanche sur Chrome et Firefox. "
         "Je paie le forfait mensuel et je ne peux rien faire. Je demande le remboursement.\n\nThomas Girard\n",
         "2025-09-23T10:00:00")
case("l17-sans-facture", [f], LOB, "need_info", missing=["invoice_number"],
     spec="Section 3: a refund needs the invoice number (the charge must be identified). Registered email "
          "(sender), plan (monthly, from the ledger) and reason (platform not loading) are there; two charges "
          "are on record (LO-INV-75261, 75262), so the invoice is not filled from the ledger -> C3 need_info "
          "[invoice_number]. Not ambiguous (second-pass QA): section 1 fills from the ledger what it holds for "
          "the sender ('the plan of their one active subscription'), and with two charges it holds no single "
          "invoice; section 3 'the charge must be identified'; the outage began on 2025-09-20, the last day of "
          "LO-INV-75261's period, so picking a charge would be a guess.")

# l18 thread: refund without reason, then the reason (access failure) -> escalate
cust("m.lambert@lambert-coaching.be", "Marc Lambert", "quarterly", ps="2025-09-24", pe="2025-12-23")
lopay("pay_fr_75271", "LO-INV-75271", "m.lambert@lambert-coaching.be", "quarterly", "4497.00", "809.46",
      "2025-09-24T10:00:00", "2025-09-24", "2025-12-23")
f1 = mail("l18-fil-1", "Marc Lambert <m.lambert@lambert-coaching.be>", LO, "Demande de remboursement LO-INV-75271",
          "Bonjour,\nJe souhaiterais obtenir le remboursement de la facture LO-INV-75271 (trimestriel).\n"
          "Bien à vous,\nMarc Lambert\n", "2025-09-26T10:00:00")
f2 = mail("l18-fil-2", "Marc Lambert <m.lambert@lambert-coaching.be>", LO,
          "RE: Demande de remboursement LO-INV-75271 [LO-4470]",
          "Bonjour,\n\nLa raison : depuis le 24, je n'ai plus accès à mon compte, l'écran de connexion tourne en "
          "boucle. Votre support n'a pas trouvé la cause.\n\nMarc\n\n"
          "Le ven. 26 sept. 2025 à 09:02, LeadsOptima Support <support@leadsoptima.com> a écrit :\n"
          "> Pourriez-vous nous indiquer la raison de votre demande ?\n", "2025-09-27T10:00:00",
          in_reply_to="l18-fil-1")
case("l18-fil", [f1, f2], LOB, "decided", [refund("escalate")],
     spec="C3 thread: the answer gives the reason: no access ('je n'ai plus accès'). L2 access_failure; request "
          "time = first mail 2025-09-26 = day 2 after 2025-09-24 -> L6 escalate.")

# l19 C4: bank opposition + cancellation -> both escalate
cust("f.roussel@roussel-menuiserie.fr", "François Roussel", "monthly", ps="2025-09-21", pe="2025-10-20")
lopay("pay_fr_75281", "LO-INV-75281", "f.roussel@roussel-menuiserie.fr", "monthly", "1999.00", "359.82",
      "2025-09-21T10:00:00", "2025-09-21", "2025-10-20")
f = mail("l19-opposition-avocat", "François Roussel <f.roussel@roussel-menuiserie.fr>", LO,
         "INADMISSIBLE - résiliation immédiate",
         "Vous m'avez facturé le mauvais montant le 21/09 (LO-INV-75281) et personne ne répond à mes messages. "
         "Je résilie immédiatement cet abonnement et j'exige le remboursement. Sans réponse sous 48h je fais "
         "opposition auprès de ma banque et je transmets le dossier à mon avocat et à l'association de "
         "consommateurs.\n\nF. Roussel\n", "2025-09-24T21:00:00")
case("l19-opposition-avocat", [f], LOB, "decided", [refund("escalate"), cancel("escalate")], rules=["C4"],
     spec="C4: bank opposition (chargeback), lawyer ('avocat') and consumer association -> section 8 'C4 covers "
          "the whole case': the refund and the cancellation are both escalated.")

# l20 C7 out-of-office
f = mail("l20-absence", "Hélène Bernard <h.bernard@bernard-fleurs.fr>", LO,
         "Réponse automatique : Votre facture LeadsOptima",
         "Bonjour,\n\nJe suis absente jusqu'au 6 octobre inclus, avec un accès limité à mes e-mails. Pour toute "
         "commande urgente, appelez la boutique au 02 40 00 00 00.\n\nHélène\n", "2025-09-30T10:05:00",
         headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})
case("l20-absence", [f], LOB, "ignore", rules=["C7"],
     spec="C7: Auto-Submitted: auto-replied -> ignore.")

# l21 C7 mailing list (List-Id, Precedence: list)
f = mail("l21-liste-diffusion", "Club des Entrepreneurs Lyon <annonces@club-entrepreneurs-lyon.fr>", LO,
         "[Club Entrepreneurs] Programme d'octobre",
         "Bonjour à toutes et à tous,\n\nVoici le programme des rencontres d'octobre : atelier prospection le 7, "
         "apéro réseau le 16.\n\nPour vous désinscrire, répondez STOP.\n", "2025-09-29T08:00:00",
         headers={"List-Id": "Annonces du club <annonces.club-entrepreneurs-lyon.fr>", "Precedence": "list",
                  "List-Unsubscribe": "<mailto:annonces@club-entrepreneurs-lyon.fr?subject=unsubscribe>"})
case("l21-liste-diffusion", [f], LOB, "ignore", rules=["C7"],
     spec="C7: List-Id and Precedence: list (mailing list) -> ignore.")

# l22 duplicate inside the window, but the second charge is already refunded -> escalate
cust("o.mercier@mercier-photo.fr", "Olivier Mercier", "monthly", ps="2025-09-26", pe="2025-10-25")
lopay("pay_fr_75291", "LO-INV-75291", "o.mercier@mercier-photo.fr", "monthly", "1999.00", "359.82",
      "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
lopay("pay_fr_75292", "LO-INV-75292", "o.mercier@mercier-photo.fr", "monthly", "1999.00", "359.82",
      "2025-09-26T10:01:00", "2025-09-26", "2025-10-25", status="refunded")
f = mail("l22-deja-rembourse", "Olivier Mercier <o.mercier@mercier-photo.fr>", LO, "Payé deux fois",
         "Bonjour,\n\nj'ai payé deux fois le mensuel le 26/09, la facture en trop est LO-INV-75292. "
         "Merci de rembourser.\n\nOlivier Mercier – photographe\n", "2025-09-29T10:00:00")
case("l22-deja-rembourse", [f], LOB, "decided", [refund("escalate")],
     spec="Section 8 'Payments not paid (failed, refunded, disputed): a refund of one is escalated': "
          "LO-INV-75292 has status refunded; and L4 finds no pair of two paid charges -> escalate either way.")


# ================================================================= Optima WebDesign
# o01 deposit at 71 h, no work (Belgium): approve
proj("Brasserie Les Trois Tilleuls Site", "contact@troistilleuls.be")
owdpay("pay_fr_o501", "OWD-2025-501", "Brasserie Les Trois Tilleuls Site", "deposit", "20000.00", "3600.00",
       "2025-09-19T11:00:00")
f = mail("o01-acompte-71h", "Brasserie Les Trois Tilleuls <contact@troistilleuls.be>", OWD,
         "Refund Request — Brasserie Les Trois Tilleuls Site / OWD-2025-501",
         "Bonjour,\n\nNous avons versé l'acompte pour le projet Brasserie Les Trois Tilleuls Site (facture "
         "OWD-2025-501) vendredi. Entre-temps, notre associé a décidé de vendre sa part et le projet est "
         "suspendu. Nous souhaitons donc annuler et récupérer l'acompte.\n\nBien cordialement,\nVincent Jacobs\n",
         "2025-09-22T10:00:00")
case("o01-acompte-71h", [f], OWB, "decided", [refund("approve", "20000.00")], extra_ok=True,
     spec="O2: paid 2025-09-19 11:00 IST, request 2025-09-22 10:00 IST = 71 h < 72 h, work_started_at null -> "
          "approve 20000.00 (tax 3600.00 kept, C6). Cancelling the project too: extra_ok.")

# o02 deposit at 73 h (Quebec): deny
proj("Érablière Gagnon Boutique", "info@erabliere-gagnon.ca")
owdpay("pay_fr_o502", "OWD-2025-502", "Érablière Gagnon Boutique", "deposit", "16000.00", "2880.00",
       "2025-09-15T09:00:00")
f = mail("o02-acompte-73h", "Érablière Gagnon <info@erabliere-gagnon.ca>", OWD, "Annulation projet boutique",
         "Bonjour,\n\nOn a finalement décidé de rester avec notre boutique Shopify, donc on annule le projet "
         "Érablière Gagnon Boutique. Pouvez-vous nous rembourser le dépôt (facture OWD-2025-502)? On l'a payé "
         "lundi passé seulement.\n\nMerci bien,\nLouis Gagnon\n", "2025-09-18T10:00:00", tz=-4)
case("o02-acompte-73h", [f], OWB, "decided", [refund("deny")], extra_ok=True,
     spec="O2: paid 2025-09-15 09:00 IST; request 2025-09-18 10:00 IST (00:30 EDT) = 73 h >= 72 h -> deny "
          "(example 7).")

# o03 discovery, no work recorded (Senegal): approve
proj("Hôtel Teranga Stratégie Digitale", "direction@hotel-teranga.sn")
owdpay("pay_fr_o503", "OWD-2025-503", "Hôtel Teranga Stratégie Digitale", "discovery", "10000.00", "1800.00",
       "2025-09-20T10:00:00")
f = mail("o03-decouverte-dakar", "Direction Hôtel Teranga <direction@hotel-teranga.sn>", OWD,
         "Annulation atelier stratégie - OWD-2025-503",
         "Bonjour Madame, Monsieur,\n\nSuite à la décision du conseil d'administration de reporter la refonte "
         "de notre présence en ligne à l'année prochaine, nous annulons l'atelier de stratégie digitale prévu "
         "pour le projet Hôtel Teranga Stratégie Digitale, qui n'a pas encore eu lieu. Nous sollicitons le "
         "remboursement des frais de la facture OWD-2025-503.\n\nVeuillez agréer nos salutations distinguées.\n"
         "Fatou Ndiaye\nDirectrice\n", "2025-09-26T13:00:00", tz=0)
case("o03-decouverte-dakar", [f], OWB, "decided", [refund("approve", "10000.00")], extra_ok=True,
     spec="O1 discovery with work_started_at empty -> refundable in full: approve 10000.00 (tax kept, C6).")

# o04 discovery after sessions started: deny
proj("Domaine Chevalier Identité", "vins@domaine-chevalier.fr", started="2025-09-08T10:00:00")
owdpay("pay_fr_o504", "OWD-2025-504", "Domaine Chevalier Identité", "discovery", "9000.00", "1620.00",
       "2025-09-02T10:00:00")
f = mail("o04-decouverte-commencee", "Domaine Chevalier <vins@domaine-chevalier.fr>", OWD,
         "Remboursement phase découverte",
         "Bonjour,\n\nLes deux premiers ateliers pour le projet Domaine Chevalier Identité ne nous ont pas "
         "convaincus : les pistes proposées ne correspondent pas à l'esprit du domaine. Nous préférons arrêter là "
         "et demandons le remboursement de la facture OWD-2025-504.\n\nCordialement,\nAnne Chevalier\n",
         "2025-09-19T10:00:00")
case("o04-decouverte-commencee", [f], OWB, "decided", [refund("deny")], extra_ok=True,
     spec="O1: sessions started 2025-09-08 (work_started_at), before the request 2025-09-19 -> deny.")

# o05 milestone not started, sloppy reference (approve)
proj("Librairie Le Chat Lettré E-commerce", "librairie@chatlettre.fr")
owdpay("pay_fr_o505", "OWD-2025-505", "Librairie Le Chat Lettré E-commerce", "milestone", "18000.00", "3240.00",
       "2025-08-01T10:00:00", milestone_status="approved")
owdpay("pay_fr_o506", "OWD-2025-506", "Librairie Le Chat Lettré E-commerce", "milestone", "24000.00", "4320.00",
       "2025-09-01T10:00:00", milestone_status="not_started")
f = mail("o05-jalon-non-commence", "Librairie Le Chat Lettré <librairie@chatlettre.fr>", OWD,
         "jalon paiement en ligne",
         "Bonjour,\n\nfinalement on garde la vente uniquement en boutique, donc on n'a plus besoin du jalon "
         "\"paiement en ligne\" du projet Librairie Le Chat Lettré E-commerce, qui n'a pas commencé. Facture "
         "owd/2025/506. Merci de nous rembourser ce jalon.\n\nBelle journée,\nMarion\n", "2025-09-25T10:00:00")
case("o05-jalon-non-commence", [f], OWB, "decided", [refund("approve", "24000.00")], extra_ok=True,
     spec="O3: milestone OWD-2025-506 not_started -> approve its amount 24000.00 before tax; 'owd/2025/506' "
          "matches ignoring slashes and case (section 8).")

# o06 milestone completed: deny
proj("Cabinet Kiné Rivière Site", "kine.riviere@gmail.com")
owdpay("pay_fr_o507", "OWD-2025-507", "Cabinet Kiné Rivière Site", "milestone", "15000.00", "2700.00",
       "2025-08-25T10:00:00", milestone_status="completed")
f = mail("o06-jalon-termine", "Julie Rivière <kine.riviere@gmail.com>", OWD, "Remboursement maquettes",
         "Bonjour,\n\nLes maquettes livrées pour Cabinet Kiné Rivière Site (facture OWD-2025-507) ne me plaisent "
         "pas du tout finalement, les couleurs font trop « clinique ». Je voudrais être remboursée de ce "
         "jalon.\n\nJulie Rivière\nMasseur-kinésithérapeute\n", "2025-09-24T10:00:00")
case("o06-jalon-termine", [f], OWB, "decided", [refund("deny")],
     spec="O3/O6: milestone status completed -> deny ('Completed deliverables' are non-refundable).")

# o07 retainer, enough notice (Switzerland)
proj("Fiduciaire Rochat Contenus", "admin@fiduciaire-rochat.ch")
owdpay("pay_fr_o508", "OWD-2025-508", "Fiduciaire Rochat Contenus", "retainer", "7000.00", "1260.00",
       "2025-09-15T10:00:00", next_billing_at="2025-10-15T00:00:00", ps="2025-09-15", pe="2025-10-14")
f = mail("o07-forfait-preavis-ok", "Fiduciaire Rochat <admin@fiduciaire-rochat.ch>", OWD,
         "Résiliation contrat de rédaction",
         "Bonjour,\n\nNous résilions le contrat mensuel de rédaction de contenus (projet Fiduciaire Rochat "
         "Contenus, dernière facture OWD-2025-508). Motif : nous intégrons une chargée de communication à "
         "l'interne dès le 1er octobre.\n\nMeilleures salutations\nPierre Rochat\nFiduciaire Rochat Sàrl, "
         "Neuchâtel\n", "2025-09-29T12:00:00",
         html="<div dir=\"ltr\"><p>Bonjour,</p><p>Nous r&eacute;silions le contrat mensuel de r&eacute;daction de "
              "contenus (projet Fiduciaire Rochat Contenus, derni&egrave;re facture OWD-2025-508). Motif : nous "
              "int&eacute;grons une charg&eacute;e de communication &agrave; l&rsquo;interne d&egrave;s le 1er "
              "octobre.</p><p>Meilleures salutations<br>Pierre Rochat<br>Fiduciaire Rochat S&agrave;rl, "
              "Neuch&acirc;tel</p></div>")
case("o07-forfait-preavis-ok", [f], OWB, "decided", [cancel("cancel", "2025-10-14")],
     spec="O4/O8: next_billing_at 2025-10-15, request 2025-09-29 <= 2025-10-08 -> next charge avoided, "
          "effective_date = day before next_billing_at = 2025-10-14.")

# o08 retainer, short notice (Quebec)
proj("Clinique Vétérinaire Laval Réseaux", "gestion@cliniquevetlaval.ca")
owdpay("pay_fr_o509", "OWD-2025-509", "Clinique Vétérinaire Laval Réseaux", "retainer", "5500.00", "990.00",
       "2025-09-03T10:00:00", next_billing_at="2025-10-03T00:00:00", ps="2025-09-03", pe="2025-10-02")
f = mail("o08-forfait-preavis-court", "Clinique Vétérinaire Laval <gestion@cliniquevetlaval.ca>", OWD,
         "Fin du mandat réseaux sociaux",
         "Bonjour,\n\nOn met fin au mandat de gestion des réseaux sociaux pour Clinique Vétérinaire Laval Réseaux "
         "(facture OWD-2025-509). La nouvelle direction veut tout gérer à l'interne.\n\nMerci pour votre beau "
         "travail!\nIsabelle Roy\n", "2025-09-29T18:00:00", tz=-4)
case("o08-forfait-preavis-court", [f], OWB, "decided", [cancel("cancel", "2025-11-02")],
     spec="O4: next_billing_at 2025-10-03; 7 days before = 2025-09-26; request 2025-09-29 (08:30 EDT) is later "
          "-> the next cycle 2025-10-03..2025-11-02 (same length as 2025-09-03..2025-10-02) is billed: "
          "effective_date 2025-11-02.")

# o09 retainer with the next cycle already paid, enough notice -> escalate (section 8)
proj("Agence Immobilière Horizon Blog", "direction@horizon-immo.fr")
owdpay("pay_fr_o510", "OWD-2025-510", "Agence Immobilière Horizon Blog", "retainer", "6500.00", "1170.00",
       "2025-09-10T10:00:00", next_billing_at="2025-10-10T00:00:00", ps="2025-09-10", pe="2025-10-09")
owdpay("pay_fr_o511", "OWD-2025-511", "Agence Immobilière Horizon Blog", "retainer", "6500.00", "1170.00",
       "2025-09-20T10:00:00", next_billing_at="2025-11-10T00:00:00", ps="2025-10-10", pe="2025-11-09")
f = mail("o09-forfait-paye-avance", "Horizon Immobilier <direction@horizon-immo.fr>", OWD,
         "Arrêt de la gestion du blog",
         "Bonjour,\n\nNous arrêtons la gestion du blog (Agence Immobilière Horizon Blog). Le marché est "
         "trop calme, nous coupons les budgets. Nous avions déjà réglé le mois d'octobre d'avance (facture "
         "OWD-2025-511) : merci de nous dire ce qu'il en est.\n\nCordialement,\nKarim Haddad\n",
         "2025-09-25T10:00:00")
case("o09-forfait-paye-avance", [f], OWB, "decided", [cancel("escalate")], extra_ok=True,
     spec="Section 8 'retainer paid in advance': the next cycle (2025-10-10..2025-11-09, OWD-2025-511) is "
          "already paid and the notice is >= 7 days (2025-09-25 <= 2025-10-03) -> the cancellation is escalated "
          "(O4). A refund decision, if the bot reads one, is tolerated (extra_ok).")

# o10 annual hosting on day 14 exactly, uneven rounding
proj("Camping Les Pins Hébergement", "accueil@camping-lespins.fr")
owdpay("pay_fr_o512", "OWD-2025-512", "Camping Les Pins Hébergement", "hosting_annual", "10000.00", "1800.00",
       "2025-09-14T10:00:00", setup_fee="1111.00", service_start="2025-09-15")
f = mail("o10-hebergement-jour14", "Camping Les Pins <accueil@camping-lespins.fr>", OWD,
         "Résiliation hébergement + remboursement",
         "Bonjour,\n\nNous résilions l'hébergement annuel du projet Camping Les Pins Hébergement (facture "
         "OWD-2025-512), car notre centrale de réservation nous impose son propre hébergeur. Nous sommes dans "
         "les 14 jours, merci de nous rembourser au prorata.\n\nL'équipe du Camping Les Pins\n",
         "2025-09-29T15:00:00")
case("o10-hebergement-jour14", [f], OWB, "decided", [refund("approve", "8148.25"), cancel("cancel")],
     spec="O5: service_start 2025-09-15, request 2025-09-29 = day 14 (inside). monthly_value = (10000.00 - "
          "1111.00)/12 = 740.75; consumed_months 1; refund = 10000.00 - 1111.00 - 740.75 = 8148.25. 'Nous "
          "résilions' is a cancellation too: section 1 'both parts decided', O5 'such a refund ends the plan' -> "
          "cancellation cancel (effective date not fixed by the spec, not checked).")

# o11 annual maintenance before the service starts (section 8: consumed_months = 1)
proj("Pharmacie du Marché Maintenance", "pharmacie.dumarche@wanadoo.fr")
owdpay("pay_fr_o513", "OWD-2025-513", "Pharmacie du Marché Maintenance", "maintenance_annual", "14400.00",
       "2592.00", "2025-09-24T10:00:00", setup_fee="2400.00", service_start="2025-10-15")
f = mail("o11-maintenance-avant-debut", "Pharmacie du Marché <pharmacie.dumarche@wanadoo.fr>", OWD,
         "Annulation contrat de maintenance",
         "Bonjour,\n\nJe souhaite annuler le contrat de maintenance annuel (Pharmacie du Marché Maintenance, "
         "facture OWD-2025-513) qui doit démarrer le 15 octobre : notre groupement de pharmacies nous fournit "
         "désormais le site et sa maintenance. Merci de me rembourser ce qui peut l'être.\n\nCordialement\n"
         "Dr Bernard Lopez, pharmacien titulaire\n", "2025-09-28T10:00:00")
case("o11-maintenance-avant-debut", [f], OWB, "decided", [refund("approve", "11000.00"), cancel("cancel")],
     spec="O5 + section 8 'before the service starts consumed_months is 1': request 2025-09-28 is before "
          "service_start 2025-10-15, so within 14 days. monthly_value = (14400.00 - 2400.00)/12 = 1000.00; "
          "refund = 14400.00 - 2400.00 - 1000.00 = 11000.00. 'annuler le contrat' is a cancellation too (section 1 "
          "'both parts decided', O5 'such a refund ends the plan') -> cancellation cancel, date not checked.")

# o12 setup fee: deny (O6)
proj("Boulangerie Fournil d'Or Hébergement", "fournildor@free.fr")
owdpay("pay_fr_o514", "OWD-2025-514", "Boulangerie Fournil d'Or Hébergement", "setup", "3000.00", "540.00",
       "2025-09-22T10:00:00")
f = mail("o12-frais-installation", "Fournil d'Or <fournildor@free.fr>", OWD, "frais de mise en service",
         "Bonjour,\n\npourquoi payer 3 000 de frais de mise en service (OWD-2025-514, Boulangerie Fournil d'Or "
         "Hébergement) alors que mon neveu dit que ça prend 10 minutes ? Je trouve ça abusif, remboursez-moi "
         "ces frais svp.\n\nJean-Pierre\n", "2025-09-24T10:00:00")
case("o12-frais-installation", [f], OWB, "decided", [refund("deny")],
     spec="O6: kind setup ('setup/activation fees') is never refundable -> deny.")

# o13 change request outside scope: deny (O6)
proj("Association Sportive Val Fleuri Site", "bureau@asvalfleuri.fr")
owdpay("pay_fr_o515", "OWD-2025-515", "Association Sportive Val Fleuri Site", "change_request", "4500.00", "810.00",
       "2025-09-17T10:00:00")
f = mail("o13-demande-modification", "AS Val Fleuri <bureau@asvalfleuri.fr>", OWD,
         "Contestation facture modification",
         "Bonjour,\n\nLa facture OWD-2025-515 pour l'ajout de la page « Inscriptions » sur le site Association "
         "Sportive Val Fleuri Site nous paraît injustifiée : le bureau pensait que c'était compris dans le "
         "forfait de départ. Nous demandons son remboursement.\n\nSportivement,\nLe trésorier, Gilles Bonnet\n",
         "2025-09-23T10:00:00")
case("o13-demande-modification", [f], OWB, "decided", [refund("deny")],
     spec="O6: kind change_request ('change requests outside of the original scope') is never refundable -> deny.")

# o14 domain renewal: deny (O6), Abidjan
proj("Cosmétiques Akwaba Vitrine", "akwaba.cosmetiques@yahoo.fr")
owdpay("pay_fr_o516", "OWD-2025-516", "Cosmétiques Akwaba Vitrine", "third_party", "1800.00", "324.00",
       "2025-09-20T10:00:00")
f = mail("o14-domaine-abidjan", "Akwaba Cosmétiques <akwaba.cosmetiques@yahoo.fr>", OWD,
         "renouvellement nom de domaine",
         "Bonjour,\nvous avez renouvelé le nom de domaine du site Cosmétiques Akwaba Vitrine (facture "
         "OWD-2025-516) sans me demander, je voulais le laisser expirer car on change de nom. Je demande à être "
         "remboursée svp.\nMerci\nAdjoua Konan\nAbidjan\n", "2025-09-22T15:00:00", tz=0)
case("o14-domaine-abidjan", [f], OWB, "decided", [refund("deny")],
     spec="O6: kind third_party (domain renewal) is never refundable -> deny (example 10).")

# o15 C2: writes from another address (Belgium)
proj("Chocolaterie Maes Boutique", "info@chocolaterie-maes.be")
owdpay("pay_fr_o517", "OWD-2025-517", "Chocolaterie Maes Boutique", "deposit", "14000.00", "2520.00",
       "2025-09-29T10:00:00")
f = mail("o15-mauvaise-adresse", "Lucas Maes <lucas.maes@skynet.be>", OWD, "Acompte boutique chocolaterie",
         "Bonjour,\n\nJe suis le fils du patron de la Chocolaterie Maes. Papa a payé hier l'acompte OWD-2025-517 "
         "pour la boutique en ligne mais on a changé d'avis, on préfère attendre après les fêtes. Merci de "
         "rembourser l'acompte.\n\nLucas Maes\n", "2025-09-30T11:00:00")
case("o15-mauvaise-adresse", [f], OWB, "need_info", rules=["C2"],
     spec="C2: lucas.maes@skynet.be is not the contract email info@chocolaterie-maes.be -> need_info asking for "
          "the request from the contracting email; nothing about the project.")

# o16 C4: chargeback threat on a retainer cancellation
proj("Auto-École Prioritaire Annonces", "auto-ecole.prioritaire@orange.fr")
owdpay("pay_fr_o518", "OWD-2025-518", "Auto-École Prioritaire Annonces", "retainer", "4200.00", "756.00",
       "2025-09-12T10:00:00", next_billing_at="2025-10-12T00:00:00", ps="2025-09-12", pe="2025-10-11")
f = mail("o16-retrofacturation", "Auto-École Prioritaire <auto-ecole.prioritaire@orange.fr>", OWD,
         "Résiliation + litige",
         "Bonjour,\n\nJe résilie le forfait de gestion des annonces (Auto-École Prioritaire Annonces, "
         "OWD-2025-518) : en un mois, aucune annonce n'a été publiée. Je veux être remboursé du mois payé, "
         "sinon je lance un chargeback auprès de ma banque.\n\nMohamed Cherif\n", "2025-09-25T10:00:00")
case("o16-retrofacturation", [f], OWB, "decided", [refund("escalate"), cancel("escalate")], rules=["C4"],
     spec="C4: chargeback threat -> section 8 'C4 covers the whole case': refund and cancellation both "
          "escalated.")

# o17 contract email with two projects; no project, no invoice -> need_info
proj("Restaurant Le Baobab Site", "gerance@groupe-baobab.sn")
proj("Restaurant Le Baobab Traiteur", "gerance@groupe-baobab.sn")
owdpay("pay_fr_o519", "OWD-2025-519", "Restaurant Le Baobab Site", "deposit", "12000.00", "2160.00",
       "2025-09-26T10:00:00")
owdpay("pay_fr_o520", "OWD-2025-520", "Restaurant Le Baobab Traiteur", "deposit", "9000.00", "1620.00",
       "2025-09-26T10:05:00")
f = mail("o17-deux-projets", "Gérance Groupe Baobab <gerance@groupe-baobab.sn>", OWD, "Remboursement acompte",
         "Bonjour,\n\nNotre local a été endommagé par les pluies et nous devons fermer plusieurs mois pour "
         "travaux. Nous souhaitons donc être remboursés de l'acompte versé vendredi.\n\nCordialement,\n"
         "Ousmane Sarr, gérant\n", "2025-09-28T10:00:00", tz=0)
case("o17-deux-projets", [f], OWB, "need_info", missing=["project_name", "invoice_number"],
     spec="Section 4 required fields: contract email (sender, on record) and reason (closing for works) are "
          "given; the sender has two projects each with a deposit paid that Friday, so neither the project nor "
          "the invoice can be filled from the ledger -> C3 need_info [project_name, invoice_number].")

# o18 thread: cancellation without reason, then the reason
proj("Salon Coiffure Élégance Réservations", "salon.elegance@bluewin.ch")
owdpay("pay_fr_o521", "OWD-2025-521", "Salon Coiffure Élégance Réservations", "retainer", "3800.00", "684.00",
       "2025-09-18T10:00:00", next_billing_at="2025-10-18T00:00:00", ps="2025-09-18", pe="2025-10-17")
f1 = mail("o18-fil-1", "Salon Élégance <salon.elegance@bluewin.ch>", OWD,
          "Résiliation Salon Coiffure Élégance Réservations",
          "Bonjour,\nmerci de résilier l'abonnement pour Salon Coiffure Élégance Réservations, facture "
          "OWD-2025-521.\nMeilleures salutations\nNadia Perret\n", "2025-09-25T10:00:00")
f2 = mail("o18-fil-2", "Salon Élégance <salon.elegance@bluewin.ch>", OWD,
          "Re: Résiliation Salon Coiffure Élégance Réservations [OWD-5120]",
          "Bonjour,\n\nLa raison : nos clientes continuent de réserver par téléphone, le module de réservation "
          "en ligne n'est presque pas utilisé.\n\nNadia Perret\n\n"
          "Le 25 sept. 2025 à 09:40, Optima WebDesign <optimawebdesigns12@gmail.com> a écrit :\n"
          "> Merci de nous indiquer le motif de la résiliation.\n", "2025-09-26T10:00:00",
          in_reply_to="o18-fil-1")
case("o18-fil", [f1, f2], OWB, "decided", [cancel("cancel", "2025-10-17")],
     spec="C3 thread: the reply gives the reason. O4: request time = first mail 2025-09-25 <= 2025-10-11 "
          "(next_billing_at 2025-10-18 minus 7) -> effective_date 2025-10-17.")

# o19 forward whose only 'reason' is the forwarding note -> need_info reason
proj("Menuiserie Arnaud Vitrine", "menuiserie.arnaud@sfr.fr")
owdpay("pay_fr_o522", "OWD-2025-522", "Menuiserie Arnaud Vitrine", "deposit", "11000.00", "1980.00",
       "2025-09-29T10:00:00")
f = mail("o19-tr-sans-motif", "Menuiserie Arnaud <menuiserie.arnaud@sfr.fr>", OWD, "TR: Votre facture OWD-2025-522",
         "Bonjour,\n\nje souhaite être remboursé de cette facture, voir ci-dessous. Merci de faire le nécessaire."
         "\n\nCordialement\nPhilippe Arnaud\nMenuiserie Arnaud – 06 12 34 56 78\n\n"
         "-------- Message transféré --------\nDe : Optima WebDesign <billing@optimawebdesign.com>\n"
         "Date : lun. 29 sept. 2025 à 06:35\nObjet : Votre facture OWD-2025-522\nÀ : menuiserie.arnaud@sfr.fr\n\n"
         "Bonjour, veuillez trouver ci-joint la facture OWD-2025-522 (acompte, projet Menuiserie Arnaud "
         "Vitrine). Merci pour votre confiance.\n", "2025-09-30T10:00:00")
case("o19-tr-sans-motif", [f], OWB, "need_info", missing=["reason"],
     spec="Section 8 'what a reason is': the forwarding note ('voir ci-dessous', 'merci de faire le nécessaire'), "
          "the sign-off and the forwarded invoice notice are not reasons; contract email (sender), project and "
          "invoice are there -> C3 need_info [reason].")

# o20 C7: newsletter with List-Id / Precedence: bulk
f = mail("o20-newsletter", "Salon Web & Design Paris <newsletter@salon-webdesign.example>", OWD,
         "Dernier appel : exposez au Salon Web & Design 2025",
         "Bonjour,\n\nIl reste quelques stands pour le Salon Web & Design des 20 et 21 novembre. Réservez le vôtre "
         "avant le 10 octobre.\n\nSe désabonner : https://salon-webdesign.example/desabonnement\n",
         "2025-09-29T09:00:00", headers={"Precedence": "bulk", "List-Id": "<news.salon-webdesign.example>",
                                        "List-Unsubscribe": "<https://salon-webdesign.example/desabonnement>"})
case("o20-newsletter", [f], OWB, "ignore", rules=["C7"],
     spec="C7: Precedence: bulk and List-Id -> ignore.")

# o21 deposit already refunded in the ledger -> escalate
proj("Studio Photo Lumière Portfolio", "studio@photolumiere.fr")
owdpay("pay_fr_o523", "OWD-2025-523", "Studio Photo Lumière Portfolio", "deposit", "8500.00", "1530.00",
       "2025-09-27T10:00:00", status="refunded")
f = mail("o21-acompte-statut-rembourse", "Studio Lumière <studio@photolumiere.fr>", OWD,
         "Acompte Studio Photo Lumière Portfolio",
         "Bonjour,\n\nPour raisons de santé, je dois mettre mon activité en pause plusieurs mois. Je souhaite "
         "récupérer l'acompte du projet Studio Photo Lumière Portfolio (facture OWD-2025-523).\n\nMerci de votre "
         "compréhension,\nÉlodie Garnier\n", "2025-09-28T10:00:00")
case("o21-acompte-statut-rembourse", [f], OWB, "decided", [refund("escalate")], extra_ok=True,
     spec="Section 8 'Payments not paid (failed, refunded, disputed): a refund of one is escalated': "
          "OWD-2025-523 has status refunded -> escalate, though O2 alone would approve (24 h, no work).")

# o22 how-to question -> other
proj("Gîte Les Hirondelles Site", "gite.hirondelles@orange.fr")
owdpay("pay_fr_o524", "OWD-2025-524", "Gîte Les Hirondelles Site", "milestone", "16000.00", "2880.00",
       "2025-07-10T10:00:00", milestone_status="approved")
f = mail("o22-modifier-texte", "Gîte Les Hirondelles <gite.hirondelles@orange.fr>", OWD,
         "modifier les tarifs sur le site",
         "Bonjour,\n\nComment je fais pour changer les tarifs de la saison d'hiver sur la page « Tarifs » ? Je "
         "me suis connectée à l'administration mais je ne trouve pas où modifier le tableau.\n\nMerci beaucoup,\n"
         "Martine\n", "2025-09-30T10:00:00")
case("o22-modifier-texte", [f], OWB, "other",
     spec="Section 1 'other': a how-to question about editing the site, no refund or cancellation.")

# o23 hypothetical about a future cancellation -> other
proj("Cave Coopérative Saint-Roch Site", "direction@cave-saintroch.fr")
owdpay("pay_fr_o525", "OWD-2025-525", "Cave Coopérative Saint-Roch Site", "deposit", "15000.00", "2700.00",
       "2025-09-01T10:00:00")
f = mail("o23-hypothese", "Cave Saint-Roch <direction@cave-saintroch.fr>", OWD, "Question sur les conditions",
         "Bonjour,\n\nAvant de valider la maquette du site Cave Coopérative Saint-Roch Site, notre conseil "
         "d'administration se pose une question : si jamais nous devions arrêter le projet après la vendange, "
         "est-ce que les jalons déjà payés seraient remboursables ? Ce n'est pas à l'ordre du jour, c'est "
         "juste pour information.\n\nBien cordialement,\nHenri Fabre, directeur\n", "2025-09-26T10:00:00")
case("o23-hypothese", [f], OWB, "other",
     spec="Section 8: a hypothetical ('si jamais nous devions arrêter... seraient remboursables ?', 'juste pour "
          "information') is a policy question, not a request -> other.")


# ================================================================= more hard cases
# h01 Apple Mail forward ('Début du message réexpédié') of the customer's own cancellation, from the
# registered address; the plan is not named (filled from the ledger)
cust("r.lemoine@lemoine-patrimoine.fr", "Raphaël Lemoine", "quarterly", ps="2025-07-20", pe="2025-10-19")
lopay("pay_fr_75301", "LO-INV-75301", "r.lemoine@lemoine-patrimoine.fr", "quarterly", "4497.00", "809.46",
      "2025-07-20T10:00:00", "2025-07-20", "2025-10-19")
f = mail("h01-fwd-apple-mail", "Raphaël Lemoine <r.lemoine@lemoine-patrimoine.fr>", LO,
         "Fwd: Résiliation",
         "Je vous renvoie mon message du 12, resté sans réponse.\n\nEnvoyé de mon iPad\n\n"
         "Début du message réexpédié :\n\nDe: Raphaël Lemoine <r.lemoine@lemoine-patrimoine.fr>\n"
         "Date: 12 septembre 2025 à 18:20:41 UTC+2\nÀ: info@leadsoptima.com\nObjet: Résiliation\n\n"
         "Bonjour,\n\nJe prends ma retraite fin octobre et je cède le cabinet ; merci de résilier mon "
         "abonnement LeadsOptima.\n\nCordialement,\nRaphaël Lemoine\nLemoine Patrimoine – conseil en gestion "
         "de patrimoine\n", "2025-09-29T22:00:00")
case("h01-fwd-apple-mail", [f], LOB, "decided", [cancel("cancel", "2025-10-19")],
     spec="Section 8 forwards: read for the request it carries; the forward comes from the registered address "
          "itself, so no C2. Plan filled from the ledger (his one subscription, quarterly; section 1). L8 cancel, "
          "effective current_period_end 2025-10-19.")


# ================================================================= write everything
def main():
    out = HERE / "emails"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.eml"):
        old.unlink()
    for fn, data in emails.items():
        (HERE / fn).write_bytes(data)
    ids = [p["id"] for p in payments]
    assert len(ids) == len(set(ids)), "payment ids must be unique"
    invs = [p["invoice"] for p in payments]
    assert len(invs) == len(set(invs)), "invoices must be unique"
    (HERE / "ledger.json").write_text(json.dumps({"customers": customers, "projects": projects,
                                                  "payments": payments}, indent=1, ensure_ascii=False) + "\n")
    (HERE / "expected.json").write_text(json.dumps({"cases": cases}, indent=1, ensure_ascii=False) + "\n")
    print(f"{len(cases)} cases, {len(emails)} emails")


if __name__ == "__main__":
    main()
