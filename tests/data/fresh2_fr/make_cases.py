"""Fresh round 2, French (fr): writes ledger.json, emails/*.eml, expected.json here.
Written by QA pass qa2b from POLICY_SPEC.md alone. MIT licence. Deterministic (no randomness)."""
import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LO, OWD = "support@leadsoptima.com", "billing@optimawebdesign.com"
IST = timezone(timedelta(hours=5, minutes=30))
CEST = timezone(timedelta(hours=2))

customers, projects, payments, cases = [], [], [], []
_pid = [0]


def cust(email, name, plan, start, end, status="active", trial_ends=None):
    customers.append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan, "status": status,
                      "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end})


def lopay(inv, email, plan, amount, paid_at, ps, pe, tax=None, status="paid"):
    _pid[0] += 1
    tax = tax or f"{(float(amount) * 0.18):.2f}"
    payments.append({"brand": "leadsoptima", "id": f"pay_fr{_pid[0]}", "invoice": inv, "customer_email": email,
                     "kind": "subscription", "plan": plan, "amount": amount, "tax": tax, "currency": "INR",
                     "paid_at": paid_at, "period_start": ps, "period_end": pe, "status": status})


def proj(name, email, started=None):
    projects.append({"brand": "optima_webdesign", "name": name, "contract_email": email, "work_started_at": started})


def owpay(inv, project, kind, amount, paid_at, setup_fee=None, service_start=None, next_billing_at=None,
          ps=None, pe=None, milestone_status=None, status="paid"):
    _pid[0] += 1
    payments.append({"brand": "optima_webdesign", "id": f"pay_fr{_pid[0]}", "invoice": inv, "project": project,
                     "kind": kind, "amount": amount, "tax": f"{(float(amount) * 0.18):.2f}", "currency": "INR",
                     "paid_at": paid_at, "status": status, "setup_fee": setup_fee, "service_start": service_start,
                     "next_billing_at": next_billing_at, "period_start": ps, "period_end": pe,
                     "milestone_status": milestone_status})


def mail(name, frm, to, subject, date, body, html=None, headers=None, msgid=None, reply_to=None):
    m = EmailMessage(policy=SMTP)
    m["From"], m["To"], m["Subject"] = frm, to, subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = msgid or f"<{name}@qa2b.fresh2.example>"
    if reply_to:
        m["In-Reply-To"] = reply_to
        m["References"] = reply_to
    for k, v in (headers or {}).items():
        m[k] = v
    if html and body is None:
        m.set_content(html, subtype="html")
    else:
        m.set_content(body)
        if html:
            m.add_alternative(html, subtype="html")
    (HERE / "emails").mkdir(exist_ok=True)
    (HERE / "emails" / f"{name}.eml").write_bytes(m.as_bytes())
    return f"emails/{name}.eml"


def case(cid, files, brand, status, decisions, spec, rules=(), missing=None, extra_ok=False, ambiguous=None):
    c = {"id": cid, "lang": "fr", "files": files, "brand": brand, "status": status, "rules": list(rules)}
    if missing is not None:
        c["missing"] = missing
    c["decisions"] = decisions
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if ambiguous:
        c["ambiguous"] = ambiguous
    cases.append(c)


def d(y, mo, day, h, mi, tz=IST):
    return datetime(y, mo, day, h, mi, tzinfo=tz)


# ---------------- LeadsOptima ----------------
# 1 three identical charges -> two duplicates
cust("claire.dubois@orange.fr", "Claire Dubois", "monthly", "2025-09-20", "2025-10-19")
for n, t in (("84001", "09:00"), ("84002", "09:01"), ("84003", "09:03")):
    lopay(f"LO-INV-{n}", "claire.dubois@orange.fr", "monthly", "999.00", f"2025-09-20T{t}:00", "2025-09-20", "2025-10-19")
f = mail("fr01-triple", "Claire Dubois <claire.dubois@orange.fr>", LO, "prélevée 3 fois !!",
         d(2025, 9, 22, 9, 40, CEST),
         "Bonjour,\n\nJe viens de regarder mon relevé : l'abonnement mensuel m'a été prélevé trois fois le 20/09 "
         "(3 x 999,00 INR, factures LO-INV-84001, 84002 et LO-INV-84003). Merci de me rembourser les deux prélèvements en trop.\n\n"
         "Cordialement,\nClaire Dubois\n\nEnvoyé de mon iPhone")
case("f2fr-l01-triple-charge", [f], "leadsoptima", "decided",
     [{"intent": "refund", "outcome": "approve", "amount": "1998.00"}],
     "L2 duplicate_payment ('prélevé trois fois'); section 8: three identical charges (same account, 999.00, period 2025-09-20..2025-10-19), "
     "every charge after the first is a duplicate; both inside L3 (request 2025-09-22 = day 2) -> approve 999.00 + 999.00 = 1998.00.")

# 2 duplicate, day 7 in Paris but day 8 in the brand zone
cust("h.lefevre@lefevre-conseil.fr", "Hugo Lefèvre", "annual", "2025-09-19", "2026-09-18")
lopay("LO-INV-84011", "h.lefevre@lefevre-conseil.fr", "annual", "11988.00", "2025-09-19T10:00:00", "2025-09-19", "2026-09-18")
lopay("LO-INV-84012", "h.lefevre@lefevre-conseil.fr", "annual", "11988.00", "2025-09-19T10:04:00", "2025-09-19", "2026-09-18")
f = mail("fr02-dup-zone-edge", "Hugo Lefèvre <h.lefevre@lefevre-conseil.fr>", LO, "Double facturation abonnement annuel",
         d(2025, 9, 26, 21, 0, CEST),
         "Bonsoir,\n\nvous m'avez facturé deux fois l'abonnement annuel le 19 septembre (11 988,00 INR x 2). "
         "La facture en double est la LO-INV-84012. Je demande le remboursement du doublon.\n\nBien à vous,\nHugo Lefèvre\nLefèvre Conseil SARL")
case("f2fr-l02-dup-day8-brand-zone", [f], "leadsoptima", "decided",
     [{"intent": "refund", "outcome": "deny"}],
     "Section 1: windows count calendar dates in the brand's zone. Date: Fri 2025-09-26 21:00 +02:00 = 2025-09-27 00:30 IST; "
     "charge 2025-09-19 = day 0, request = day 8 > 7 -> L3 deny (in Paris time it would be day 7).")

# 3 charged after cancelling -> L5 escalate
cust("nathalie.moreau@free.fr", "Nathalie Moreau", "quarterly", "2025-09-25", "2025-12-24")
lopay("LO-INV-84021", "nathalie.moreau@free.fr", "quarterly", "4499.00", "2025-09-25T06:00:00", "2025-09-25", "2025-12-24")
f = mail("fr03-after-cancel", "Nathalie Moreau <nathalie.moreau@free.fr>", LO, "Prelevement apres resiliation",
         d(2025, 9, 28, 10, 15, CEST),
         "Bonjour,\n\nj'avais resilie mon abonnement trimestriel debut septembre (je l'ai fait moi-meme dans Billing) "
         "et vous m'avez quand meme debitee le 25/09 de 4 499 INR, facture LO INV 84021. C'est une erreur de facturation, "
         "merci de me rembourser.\n\nNathalie Moreau")
case("f2fr-l03-charged-after-cancel", [f], "leadsoptima", "decided",
     [{"intent": "refund", "outcome": "escalate"}],
     "No accents. L2 billing_error ('débitée après résiliation', 'erreur de facturation'); charge 2025-09-25, request day 3 (L3); "
     "L5 escalate with the charge found, no amount. The cancellation is a past event, not a new request.")

# 4 too expensive: refund deny + cancel
cust("antoine.girard@gmail.com", "Antoine Girard", "monthly", "2025-09-18", "2025-10-17")
lopay("LO-INV-84031", "antoine.girard@gmail.com", "monthly", "1499.00", "2025-09-18T11:00:00", "2025-09-18", "2025-10-17")
f = mail("fr04-expensive", "Antoine Girard <antoine.girard@gmail.com>", LO, "Résiliation + remboursement",
         d(2025, 9, 24, 8, 0, CEST),
         "Salut,\n\nFranchement c'est trop cher pour ce que j'en fais, je n'ai presque pas utilisé l'outil ce mois-ci. "
         "Je veux résilier l'abonnement mensuel et être remboursé de la facture LO-INV-84031 (1 499,00).\n\nA+\nAntoine")
case("f2fr-l04-expensive-refund-and-cancel", [f], "leadsoptima", "decided",
     [{"intent": "refund", "outcome": "deny"}, {"intent": "cancellation", "outcome": "cancel", "effective_date": "2025-10-17"}],
     "Refund reason 'trop cher', 'presque pas utilisé' -> L1 deny (no partial refunds for unused days). Cancellation L8 effective current_period_end 2025-10-17.")

# 5 cancellation, ledger without current_period_end -> fallback
cust("s.roux@roux-architectes.fr", "Sophie Roux", "quarterly", None, None)
lopay("LO-INV-84041", "s.roux@roux-architectes.fr", "quarterly", "4499.00", "2025-05-12T10:00:00", "2025-05-12", "2025-08-11")
lopay("LO-INV-84042", "s.roux@roux-architectes.fr", "quarterly", "4499.00", "2025-08-12T10:00:00", "2025-08-12", "2025-11-11")
f = mail("fr05-cancel-fallback", "Sophie Roux <s.roux@roux-architectes.fr>", LO, "Arrêt de l'abonnement",
         d(2025, 9, 30, 14, 30, CEST),
         "Madame, Monsieur,\n\nJe vous prie de bien vouloir mettre fin à notre abonnement trimestriel à compter de la prochaine échéance. "
         "Notre agence réduit ses dépenses logicielles.\n\nVeuillez agréer mes salutations distinguées.\n\nSophie Roux\nRoux Architectes\n"
         "Ce message et ses pièces jointes sont confidentiels.")
case("f2fr-l05-cancel-fallback-date", [f], "leadsoptima", "decided",
     [{"intent": "cancellation", "outcome": "cancel", "effective_date": "2025-11-11"}],
     "L8 fallback (no current_period_end in the ledger): last charge 2025-08-12 + 3 months - 1 day = 2025-11-11.")

# 6 hypothetical -> other
cust("julien.petit@laposte.net", "Julien Petit", "monthly", None, None, status="trial", trial_ends="2025-10-08")
f = mail("fr06-hypothetical", "Julien Petit <julien.petit@laposte.net>", LO, "Question avant de passer à l'annuel",
         d(2025, 9, 27, 18, 0, CEST),
         "Bonjour,\n\nje suis en période d'essai. Si je prends le plan annuel et que finalement l'outil ne convient pas à mon équipe, "
         "est-ce que je pourrais être remboursé ? Je préfère savoir avant de payer.\n\nMerci,\nJulien")
case("f2fr-l06-hypothetical-other", [f], "leadsoptima", "other", [],
     "Section 8: 'would I get a refund if…' before buying is a policy question, no refund intent -> other.")

# 7 thread: access failure, invoice asked then given
cust("e.bernard@bernard-assurances.fr", "Émilie Bernard", "monthly", "2025-09-23", "2025-10-22")
lopay("LO-INV-84061", "e.bernard@bernard-assurances.fr", "monthly", "1499.00", "2025-08-23T09:00:00", "2025-08-23", "2025-09-22")
lopay("LO-INV-84062", "e.bernard@bernard-assurances.fr", "monthly", "1499.00", "2025-09-23T09:00:00", "2025-09-23", "2025-10-22")
f1 = mail("fr07a-access", "Émilie Bernard <e.bernard@bernard-assurances.fr>", LO, "Impossible de me connecter",
          d(2025, 9, 25, 9, 0, CEST),
          "Bonjour,\n\nDepuis mardi impossible de me connecter à LeadsOptima, j'ai un écran blanc après le login et le support chat ne répond pas. "
          "Je paie pour un outil que je ne peux pas utiliser, je souhaite être remboursée.\n\nÉmilie Bernard",
          msgid="<fr07a@bernard-assurances.fr>")
f2 = mail("fr07b-access-answer", "Émilie Bernard <e.bernard@bernard-assurances.fr>", LO, "RE: Impossible de me connecter",
          d(2025, 9, 26, 8, 45, CEST),
          "Bonjour,\nLe numéro de facture est le LO-INV-84062 (prélèvement du 23/09).\nCdlt,\nÉ. Bernard\n\n"
          "-----Message d'origine-----\nDe : LeadsOptima Support <support@leadsoptima.com>\nEnvoyé : jeudi 25 septembre 2025 15:10\n"
          "Objet : Re: Impossible de me connecter\n\nMerci d'indiquer le numéro de facture concerné.",
          reply_to="<fr07a@bernard-assurances.fr>")
case("f2fr-l07-access-thread", [f1, f2], "leadsoptima", "decided",
     [{"intent": "refund", "outcome": "escalate"}],
     "C3 thread: the account has two charges, the answer names LO-INV-84062. L2 access_failure ('impossible de me connecter'); "
     "charge 2025-09-23, first email 2025-09-25 12:30 IST = day 2 (L3); L6 escalate.")

# 8 bounce -> C7
f = mail("fr08-bounce", "Mail Delivery System <MAILER-DAEMON@smtp.wanadoo.fr>", LO, "Non remis : Votre facture LO-INV-84999",
         d(2025, 9, 29, 3, 12, CEST),
         "Ceci est un message automatique.\n\nVotre message n'a pas pu être remis à un ou plusieurs destinataires :\n"
         "  compta@ancien-domaine.fr : boîte aux lettres introuvable (550 5.1.1)\n",
         headers={"Auto-Submitted": "auto-generated"})
case("f2fr-c01-bounce", [f], "leadsoptima", "ignore", [],
     "C7: MAILER-DAEMON sender and Auto-Submitted: auto-generated (delivery failure) -> ignore.", rules=["C7"])

# ---------------- Optima WebDesign ----------------
# 9 deposit exactly 72 h -> deny
proj("Boulangerie Martin Site Vitrine", "contact@boulangerie-martin.fr")
owpay("OWD-2025-8401", "Boulangerie Martin Site Vitrine", "deposit", "20000.00", "2025-09-20T15:00:00")
f = mail("fr09-deposit-72h", "Boulangerie Martin <contact@boulangerie-martin.fr>", OWD,
         "Demande de remboursement — Boulangerie Martin Site Vitrine / OWD-2025-8401",
         d(2025, 9, 23, 11, 30, CEST),
         "Bonjour,\n\nNous avons versé l'acompte de 20 000 INR samedi pour le site vitrine (facture OWD-2025-8401). "
         "Mon associé ne veut finalement plus de site cette année. Pouvez-vous nous rembourser l'acompte ?\n\nMerci d'avance,\nPaul Martin")
case("f2fr-o01-deposit-exactly-72h", [f], "optima_webdesign", "decided",
     [{"intent": "refund", "outcome": "deny"}],
     "O2 + section 8: paid 2025-09-20 15:00 IST; request Tue 2025-09-23 11:30 +02:00 = 15:00 IST = exactly 72 h, not 'before 72 hours' -> deny.")

# 10 discovery started -> deny
proj("Cabinet Lambert Stratégie Digitale", "direction@cabinet-lambert.fr", started="2025-09-18T10:00:00")
owpay("OWD-2025-8411", "Cabinet Lambert Stratégie Digitale", "discovery", "15000.00", "2025-09-15T10:00:00")
f = mail("fr10-discovery", "Direction Cabinet Lambert <direction@cabinet-lambert.fr>", OWD, "Remboursement atelier de cadrage",
         d(2025, 9, 25, 10, 0, CEST),
         "Bonjour,\n\nSuite à l'atelier de découverte du 18 septembre pour le projet Cabinet Lambert Stratégie Digitale, nous avons décidé "
         "de ne pas poursuivre : les recommandations ne correspondent pas à notre budget. Nous demandons le remboursement de la facture "
         "OWD-2025-8411.\n\nCordialement,\nIsabelle Lambert")
case("f2fr-o02-discovery-started", [f], "optima_webdesign", "decided",
     [{"intent": "refund", "outcome": "deny"}],
     "O1: work_started_at 2025-09-18 is before the request (2025-09-25) -> sessions have commenced -> deny.")

# 11 milestone in progress -> escalate
proj("Association Les Amis du Vélo Portail", "bureau@amisduvelo.org", started="2025-08-01T10:00:00")
owpay("OWD-2025-8421", "Association Les Amis du Vélo Portail", "milestone", "35000.00", "2025-09-01T10:00:00", milestone_status="in_progress")
f = mail("fr11-milestone-progress", "Bureau Amis du Vélo <bureau@amisduvelo.org>", OWD, "Jalon 2 - remboursement ?",
         d(2025, 9, 26, 16, 0, CEST),
         "Bonjour,\n\nle conseil d'administration a voté l'arrêt du portail des adhérents faute de subventions. Le jalon 2 "
         "(Association Les Amis du Vélo Portail, facture OWD-2025-8421) est payé mais à peine commencé. Pouvez-vous nous rembourser "
         "la partie non réalisée ?\n\nAmicalement,\nMarc, trésorier")
case("f2fr-o03-milestone-in-progress", [f], "optima_webdesign", "decided",
     [{"intent": "refund", "outcome": "escalate"}],
     "O3: milestone status in_progress -> escalate (billable value of work not started needs a person), no amount.")

# 12 retainer with enough notice
proj("Fromagerie Garnier E-shop", "eshop@fromagerie-garnier.fr", started="2025-03-01T10:00:00")
owpay("OWD-2025-8431", "Fromagerie Garnier E-shop", "retainer", "18000.00", "2025-09-20T10:00:00",
      next_billing_at="2025-10-20", ps="2025-09-20", pe="2025-10-19")
f = mail("fr12-retainer-notice", "Fromagerie Garnier <eshop@fromagerie-garnier.fr>", OWD, "Résiliation contrat de maintenance mensuel",
         d(2025, 9, 29, 9, 30, CEST),
         "Bonjour,\n\nNous souhaitons résilier le forfait mensuel (retainer) du projet Fromagerie Garnier E-shop, dernière facture OWD-2025-8431, "
         "car nous internalisons la gestion du site avec notre nouvelle alternante.\n\nBonne journée,\nCamille Garnier")
case("f2fr-o04-retainer-enough-notice", [f], "optima_webdesign", "decided",
     [{"intent": "cancellation", "outcome": "cancel", "effective_date": "2025-10-19"}],
     "O4/O8: next_billing_at 2025-10-20; request 2025-09-29 <= 2025-10-13 (7 days' notice) -> no next charge; effective_date = day before = 2025-10-19.")

# 13 annual maintenance after 14 days -> deny
proj("Hôtel du Lac Annecy", "reception@hoteldulac-annecy.fr", started="2025-06-01T10:00:00")
owpay("OWD-2025-8441", "Hôtel du Lac Annecy", "maintenance_annual", "24000.00", "2025-09-01T10:00:00",
      setup_fee="2400.00", service_start="2025-09-01")
f = mail("fr13-maintenance-late", "Hôtel du Lac <reception@hoteldulac-annecy.fr>", OWD, "Remboursement maintenance annuelle",
         d(2025, 9, 18, 11, 0, CEST),
         "Bonjour,\n\nle groupe qui a racheté l'hôtel a son propre prestataire web. Nous voudrions donc un remboursement au prorata "
         "de la maintenance annuelle (Hôtel du Lac Annecy, OWD-2025-8441, 24 000 INR, démarrée le 1er septembre).\n\nCordialement,\nLa Direction")
case("f2fr-o05-maintenance-after-14-days", [f], "optima_webdesign", "decided",
     [{"intent": "refund", "outcome": "deny"}],
     "O5: service_start 2025-09-01, request 2025-09-18 = day 17 > 14 -> deny.", extra_ok=True)

# 14 cancellation with no reason (signature only) -> need_info reason
proj("Studio Pilates Nantes", "studio@pilates-nantes.fr", started="2025-02-01T10:00:00")
owpay("OWD-2025-8451", "Studio Pilates Nantes", "retainer", "9000.00", "2025-09-15T10:00:00",
      next_billing_at="2025-10-15", ps="2025-09-15", pe="2025-10-14")
f = mail("fr14-no-reason", "Studio Pilates Nantes <studio@pilates-nantes.fr>", OWD, "Résiliation",
         d(2025, 9, 26, 12, 0, CEST),
         "Bonjour,\n\nMerci de résilier le retainer du Studio Pilates Nantes (facture OWD-2025-8451).\n\n"
         "Cordialement,\nAurélie Fontaine\nGérante – Studio Pilates Nantes\n12 rue Crébillon, 44000 Nantes\n"
         "Pensez à l'environnement avant d'imprimer ce mail.")
case("f2fr-o06-cancel-no-reason", [f], "optima_webdesign", "need_info", [],
     "Section 8: Optima requires a reason for cancellations too; the mail only restates the request and has a signature -> need_info missing [reason] (C3).",
     missing=["reason"])

# 15 lawyer threat on hosting within 14 days -> escalate both
proj("Garage Faure Site", "garage.faure@wanadoo.fr", started="2025-07-01T10:00:00")
owpay("OWD-2025-8461", "Garage Faure Site", "hosting_annual", "12000.00", "2025-09-20T10:00:00",
      setup_fee="1200.00", service_start="2025-09-20")
f = mail("fr15-lawyer", "Garage Faure <garage.faure@wanadoo.fr>", OWD, "Hébergement - mise en demeure",
         d(2025, 9, 24, 18, 0, CEST),
         "Madame, Monsieur,\n\nle site du Garage Faure est hors ligne depuis trois jours alors que j'ai payé l'hébergement annuel "
         "(OWD-2025-8461). J'exige la résiliation immédiate et le remboursement. Sans réponse sous 48 h, je transmets le dossier à mon avocat "
         "et à l'association de consommateurs.\n\nR. Faure")
case("f2fr-o07-lawyer-threat", [f], "optima_webdesign", "decided",
     [{"intent": "refund", "outcome": "escalate"}, {"intent": "cancellation", "outcome": "escalate"}],
     "C4 ('mon avocat', consumer association) covers the whole case (section 8): refund and cancellation both escalate, although O5 alone would approve.",
     rules=["C4"])

# 16 rush fee -> deny
proj("Théâtre des Remparts Billetterie", "admin@theatre-remparts.fr", started="2025-08-20T10:00:00")
owpay("OWD-2025-8471", "Théâtre des Remparts Billetterie", "rush", "8000.00", "2025-09-10T10:00:00")
html = ("<div dir='ltr'><p>Bonjour,</p><p>Nous avons payé un supplément <i>urgence</i> de 8&nbsp;000&nbsp;INR (facture owd 2025 8471) "
        "pour le projet « Théâtre des Remparts Billetterie », mais la mise en ligne a quand même eu lieu avec deux jours de retard. "
        "Nous demandons le remboursement de ce supplément.</p><p>Cordialement,<br>Louise Perrin<br>Administratrice</p></div>")
f = mail("fr16-rush", "Admin Théâtre des Remparts <admin@theatre-remparts.fr>", OWD, "Supplément urgence",
         d(2025, 9, 22, 15, 0, CEST), None, html=html)
case("f2fr-o08-rush-fee", [f], "optima_webdesign", "decided",
     [{"intent": "refund", "outcome": "deny"}],
     "HTML-only. O6: kind rush (expedited fee) is never refundable -> deny, citing 'Non-refundable items'.")

# 17 deposit within 72 h but work already started -> deny
proj("Cave Rousseau Catalogue", "vins@cave-rousseau.fr", started="2025-09-26T09:00:00")
owpay("OWD-2025-8481", "Cave Rousseau Catalogue", "deposit", "25000.00", "2025-09-25T10:00:00")
f = mail("fr17-deposit-started", "Cave Rousseau <vins@cave-rousseau.fr>", OWD, "TR: acompte catalogue",
         d(2025, 9, 27, 8, 0, CEST),
         "Bonjour,\n\nJe vous transfère le reçu. On a changé d'avis pour le catalogue en ligne, on préfère rester sur le papier cette année. "
         "Merci de rembourser l'acompte du projet Cave Rousseau Catalogue.\n\nPierre Rousseau\n\n"
         "-------- Message transféré --------\nObjet : Reçu de paiement OWD-2025-8481\nDate : 25/09/2025\n\n"
         "Reçu : acompte de 25 000,00 INR + TVA pour le projet Cave Rousseau Catalogue.")
case("f2fr-o09-deposit-work-started", [f], "optima_webdesign", "decided",
     [{"intent": "refund", "outcome": "deny"}],
     "O2: paid 2025-09-25 10:00, work_started_at 2025-09-26 09:00; request 2025-09-27 11:30 IST is within 72 h but after work began "
     "('whichever occurs first') -> deny.")

(HERE / "ledger.json").write_text(json.dumps({"customers": customers, "projects": projects, "payments": payments},
                                             ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
(HERE / "expected.json").write_text(json.dumps({"cases": cases}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(cases), "cases")
