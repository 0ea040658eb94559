"""Fresh held-out round 13, French (fr): writes ledger.json, emails/*.eml and expected.json here.

Written by QA pass qa13b from POLICY_SPEC.md alone. MIT licence, like the project.
Stdlib only, deterministic: run `python3 make_cases.py` in this folder.
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
OWD = "optimawebdesigns12@gmail.com"

customers, projects, payments, cases = [], [], [], []


def dt(y, mo, d, h, mi, off_h, off_m=0):
    sign = 1 if off_h >= 0 else -1
    return datetime(y, mo, d, h, mi, tzinfo=timezone(timedelta(hours=off_h, minutes=sign * off_m)))


def cust(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    customers.append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan, "status": status,
                      "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end})


def lopay(pid, inv, email, plan, amount, tax, paid_at, ps=None, pe=None, status="paid"):
    payments.append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email,
                     "kind": "subscription", "plan": plan, "amount": amount, "tax": tax, "currency": "INR",
                     "paid_at": paid_at, "period_start": ps, "period_end": pe, "status": status})


def proj(name, email, started=None):
    projects.append({"brand": "optima_webdesign", "name": name, "contract_email": email, "work_started_at": started})


def owpay(pid, inv, project, kind, amount, tax, paid_at, status="paid", setup_fee=None, service_start=None,
          next_billing_at=None, ps=None, pe=None, milestone_status=None):
    payments.append({"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": project, "kind": kind,
                     "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": status,
                     "setup_fee": setup_fee, "service_start": service_start, "next_billing_at": next_billing_at,
                     "period_start": ps, "period_end": pe, "milestone_status": milestone_status})


_n = [0]


def mail(name, frm, to, date, subject, body=None, html=None, headers=None, reply_to=None, parent=None):
    """Build one .eml; returns (relative file name, message-id)."""
    _n[0] += 1
    msg = EmailMessage(policy=SMTP)
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    domain = frm.split("@")[-1].rstrip(">")
    mid = f"<q13{LANG}.{_n[0]:03d}.{name}@{domain}>"
    msg["Message-ID"] = mid
    if parent:
        msg["In-Reply-To"] = parent
        msg["References"] = parent
    if reply_to:
        msg["Reply-To"] = reply_to
    for k, v in (headers or {}).items():
        msg[k] = v
    if body is not None:
        msg.set_content(body)
        if html is not None:
            msg.add_alternative(html, subtype="html")
    else:
        msg.set_content(html, subtype="html")
    rel = f"emails/{name}.eml"
    (HERE / rel).write_bytes(msg.as_bytes())
    return rel, mid


def case(cid, files, brand, status, decisions=(), rules=(), missing=None, spec="", ambiguous=None,
         extra_ok=False):
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": files, "brand": brand, "status": status,
         "rules": list(rules)}
    if missing is not None:
        c["missing"] = missing
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
    else:
        d["amount"] = None
    return d


def cancel(outcome="cancel", effective=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if effective:
        d["effective_date"] = effective
    return d


LOB, OWB = "leadsoptima", "optima_webdesign"

(HERE / "emails").mkdir(exist_ok=True)
for old in (HERE / "emails").glob("*.eml"):
    old.unlink()

# ---------------------------------------------------------------- LeadsOptima

# 01 duplicate charge, Québec, evening EDT = next day IST
cust("genevieve.tremblay@videotron.ca", "Geneviève Tremblay", "annual", start="2025-09-18", end="2026-09-17")
lopay("fr_p0101", "LO-INV-80101", "genevieve.tremblay@videotron.ca", "annual", "23990.00", "4318.20",
      "2025-09-18T22:10:00", "2025-09-18", "2026-09-17")
lopay("fr_p0102", "LO-INV-80102", "genevieve.tremblay@videotron.ca", "annual", "23990.00", "4318.20",
      "2025-09-18T22:11:00", "2025-09-18", "2026-09-17")
f, _ = mail("lo-dup-quebec", "Geneviève Tremblay <genevieve.tremblay@videotron.ca>", LO, dt(2025, 9, 18, 21, 0, -4),
            "Chargée deux fois pour le forfait annuel",
            "Bonsoir,\n\nJe viens de regarder mon relevé de carte de crédit pis vous m'avez chargé deux fois le "
            "forfait annuel aujourd'hui, à une minute d'intervalle. La deuxième facture c'est la LO-INV-80102.\n"
            "Pouvez-vous me rembourser la charge en double SVP?\n\nMerci beaucoup,\nGen Tremblay\n")
case("lo-dup-quebec", [f], LOB, "decided", [refund("approve", "23990.00")],
     spec="POLICY_SPEC.md section 3 L2 duplicate_payment, L4: two paid annual charges 23990.00 on 2025-09-18 IST, "
          "same period; Date Thu 18 Sep 2025 21:00 -0400 = 2025-09-19 06:30 IST = day 1 -> approve the duplicate "
          "LO-INV-80102 = 23990.00 before tax (C6)")

# 02 duplicate, day 7 only once the ledger's UTC time is converted (Belgium)
cust("pierre.dubois@dubois-menuiserie.be", "Pierre Dubois", "monthly", start="2025-09-17", end="2025-10-16")
lopay("fr_p0201", "LO-INV-80111", "pierre.dubois@dubois-menuiserie.be", "monthly", "1999.00", "359.82",
      "2025-09-16T19:00:00Z", "2025-09-17", "2025-10-16")
lopay("fr_p0202", "LO-INV-80112", "pierre.dubois@dubois-menuiserie.be", "monthly", "1999.00", "359.82",
      "2025-09-16T19:02:00Z", "2025-09-17", "2025-10-16")
f, _ = mail("lo-dup-day7-utc", "Pierre Dubois <pierre.dubois@dubois-menuiserie.be>", LO, dt(2025, 9, 24, 10, 0, 2),
            "Double prélèvement abonnement",
            "Bonjour,\n\nJe constate sur mon extrait de compte deux paiements identiques pour l'abonnement mensuel, "
            "passés à deux minutes d'intervalle. Il s'agit manifestement d'un doublon.\n"
            "Pourriez-vous me rembourser le second (LO-INV-80112), s'il vous plaît ?\n\n"
            "Bien à vous,\n\nPierre Dubois\nMenuiserie Dubois - Namur\nGSM : 0475 12 34 56\n")
case("lo-dup-day7-utc", [f], LOB, "decided", [refund("approve", "1999.00")],
     spec="Section 8 'Ledger times with an offset': 2025-09-16T19:00Z = 2025-09-17 00:30 IST, day 0 = 2025-09-17; "
          "request Wed 24 Sep 2025 10:00 +0200 = 13:30 IST = day 7, inside (L3) -> L4 approve 1999.00 "
          "(counting from the UTC date would give day 8)")

# 03 duplicate outside the window (Switzerland, formal)
cust("c.favre@favre-horlogerie.ch", "Claude Favre", "quarterly", start="2025-09-02", end="2025-12-01")
lopay("fr_p0301", "LO-INV-80121", "c.favre@favre-horlogerie.ch", "quarterly", "5997.00", "1079.46",
      "2025-09-02T08:00:00", "2025-09-02", "2025-12-01")
lopay("fr_p0302", "LO-INV-80122", "c.favre@favre-horlogerie.ch", "quarterly", "5997.00", "1079.46",
      "2025-09-02T08:00:40", "2025-09-02", "2025-12-01")
f, _ = mail("lo-dup-late", "Claude Favre <c.favre@favre-horlogerie.ch>", LO, dt(2025, 9, 12, 16, 30, 2),
            "Débit à double - abonnement trimestriel",
            "Madame, Monsieur,\n\nÀ la lecture de mon relevé mensuel, reçu ce jour seulement, je constate que mon "
            "abonnement trimestriel a été débité à deux reprises le 2 septembre (factures LO-INV-80121 et "
            "LO-INV-80122). Je vous saurais gré de bien vouloir me rembourser le second débit.\n\n"
            "Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.\n\nClaude Favre\n"
            "Favre Horlogerie Sàrl, La Chaux-de-Fonds\n")
case("lo-dup-late", [f], LOB, "decided", [refund("deny")],
     spec="L3: charges 2025-09-02 (day 0), request 2025-09-12 20:00 IST = day 10 > 7 -> deny citing the 7-day rule, "
          "even though the duplicate is real")

# 04 three identical charges, both duplicates inside (France)
cust("sandrine.leroy@orange.fr", "Sandrine Leroy", "monthly", start="2025-09-25", end="2025-10-24")
for pid, inv, at in (("fr_p0401", "LO-INV-80131", "2025-09-25T10:00:00"),
                     ("fr_p0402", "LO-INV-80132", "2025-09-25T10:01:00"),
                     ("fr_p0403", "LO-INV-80133", "2025-09-25T10:02:00")):
    lopay(pid, inv, "sandrine.leroy@orange.fr", "monthly", "1499.00", "269.82", at, "2025-09-25", "2025-10-24")
f, _ = mail("lo-triple", "Sandrine Leroy <sandrine.leroy@orange.fr>", LO, dt(2025, 9, 26, 9, 15, 2),
            "3 prélèvements pour le même mois ?!",
            "Bonjour,\n\nhier j'ai eu TROIS prélèvements identiques pour mon abonnement mensuel (LO-INV-80131, "
            "LO-INV-80132 et LO-INV-80133). Un seul était normal évidemment. Merci de me rembourser les deux en "
            "trop, j'ai été débitée trois fois au lieu d'une.\n\nSandrine\n")
case("lo-triple", [f], LOB, "decided", [refund("approve", "2998.00")],
     spec="Section 8 'Three or more identical charges': 80132 and 80133 are duplicates of 80131, both day 1 "
          "(inside L3) -> refund = 1499.00 + 1499.00 = 2998.00")

# 05 'doublon' that is not one: two different amounts (France)
cust("thomas.girard@girard-immo.fr", "Thomas Girard", "monthly", start="2025-09-21", end="2025-10-20")
lopay("fr_p0501", "LO-INV-80141", "thomas.girard@girard-immo.fr", "monthly", "1999.00", "359.82",
      "2025-09-21T09:00:00", "2025-09-21", "2025-10-20")
lopay("fr_p0502", "LO-INV-80142", "thomas.girard@girard-immo.fr", "monthly", "2499.00", "449.82",
      "2025-09-21T09:30:00", "2025-09-21", "2025-10-20")
f, _ = mail("lo-dup-two-amounts", "Thomas Girard <thomas.girard@girard-immo.fr>", LO, dt(2025, 9, 23, 18, 5, 2),
            "Doublon de paiement",
            "Bonjour,\n\nDeux paiements le même jour pour mon abonnement, le 21 : LO-INV-80141 et LO-INV-80142. "
            "C'est un doublon, je n'ai qu'un seul abonnement. Merci de rembourser le LO-INV-80142.\n\n"
            "Cordialement,\nThomas Girard\nGirard Immobilier - Tours\n")
case("lo-dup-two-amounts", [f], LOB, "decided", [refund("escalate")],
     spec="L4: the two charges are 1999.00 and 2499.00 (not the same amount), so no duplicate pair in the ledger "
          "-> escalate (a billing_error reading would be L5 escalate too)")

# 06 wrong amount (Québec)
cust("marc-andre.gagnon@gmail.com", "Marc-André Gagnon", "monthly", start="2025-09-28", end="2025-10-27")
lopay("fr_p0601", "LO-INV-80151", "marc-andre.gagnon@gmail.com", "monthly", "2499.00", "449.82",
      "2025-09-28T11:00:00", "2025-09-28", "2025-10-27")
f, _ = mail("lo-wrong-amount", "Marc-André Gagnon <marc-andre.gagnon@gmail.com>", LO, dt(2025, 9, 29, 8, 20, -4),
            "Montant facturé pas le bon",
            "Allo,\n\nLe montant que vous m'avez facturé le 28 (LO-INV-80151) est pas le bon : j'ai toujours payé "
            "1 499 par mois pour le forfait mensuel, là c'est 2 499. J'ai rien changé dans mon compte. C'est une "
            "erreur de facturation, je veux être remboursé.\n\nMerci\nMarc-André\n")
case("lo-wrong-amount", [f], LOB, "decided", [refund("escalate")],
     spec="L2 billing_error ('wrong amount'), charge 2025-09-28, request 2025-09-29 17:50 IST (day 1) -> L5 "
          "escalate with the charge found; no amount (section 8)")

# 07 charged after cancelling, but written too late (France): past event
cust("ophelie.marchand@laposte.net", "Ophélie Marchand", "monthly", status="cancelled", start="2025-09-05",
     end="2025-10-04")
lopay("fr_p0701", "LO-INV-80161", "ophelie.marchand@laposte.net", "monthly", "1499.00", "269.82",
      "2025-08-05T10:00:00", "2025-08-05", "2025-09-04")
lopay("fr_p0702", "LO-INV-80162", "ophelie.marchand@laposte.net", "monthly", "1499.00", "269.82",
      "2025-09-05T10:00:00", "2025-09-05", "2025-10-04")
f, _ = mail("lo-after-cancel-late", "Ophélie Marchand <ophelie.marchand@laposte.net>", LO, dt(2025, 9, 20, 11, 0, 2),
            "Prélèvement après résiliation",
            "Bonjour,\n\nJ'avais résilié mon abonnement mensuel le 28 août depuis mon espace (Billing > Cancel Plan) et vous "
            "m'avez quand même prélevée le 5 septembre, facture LO-INV-80162. Je demande le remboursement de ce "
            "prélèvement qui n'aurait jamais dû avoir lieu.\n\nOphélie Marchand\n")
case("lo-after-cancel-late", [f], LOB, "decided", [refund("deny")],
     spec="L2 billing_error ('charged after I cancelled') but L3: charge 2025-09-05, request 2025-09-20 14:30 IST = "
          "day 15 > 7 -> deny citing the 7-day rule")

# 08 platform not loading (France)
cust("karim.benali@benali-conseil.fr", "Karim Benali", "quarterly", start="2025-09-27", end="2025-12-26")
lopay("fr_p0801", "LO-INV-80171", "karim.benali@benali-conseil.fr", "quarterly", "5997.00", "1079.46",
      "2025-09-27T07:45:00", "2025-09-27", "2025-12-26")
f, _ = mail("lo-access", "Karim Benali <karim.benali@benali-conseil.fr>", LO, dt(2025, 9, 29, 9, 40, 2),
            "Plateforme inutilisable depuis samedi",
            "Bonjour,\n\nDepuis samedi la plateforme ne charge plus : le tableau de bord reste bloqué sur l'écran de "
            "chargement, sur Chrome comme sur Firefox, et mes campagnes sont à l'arrêt. Le trimestre vient d'être "
            "payé (LO-INV-80171) et je ne peux pas m'en servir : je demande le remboursement de ce trimestre.\n\n"
            "Karim Benali\nBenali Conseil\n")
case("lo-access", [f], LOB, "decided", [refund("escalate")],
     spec="L2 access_failure ('la plateforme ne charge plus'), charge 2025-09-27, request 2025-09-29 (day 2) -> "
          "L6 escalate")

# 09 access failure + cancel (Belgium)
cust("an.peeters@skynet.be", "An Peeters", "monthly", start="2025-09-22", end="2025-10-21")
lopay("fr_p0901", "LO-INV-80181", "an.peeters@skynet.be", "monthly", "1499.00", "269.82", "2025-09-22T10:00:00",
      "2025-09-22", "2025-10-21")
f, _ = mail("lo-access-cancel", "An Peeters <an.peeters@skynet.be>", LO, dt(2025, 9, 25, 14, 0, 2),
            "Impossible de me connecter - remboursement et résiliation",
            "Bonjour,\n\nDepuis lundi il m'est impossible de me connecter à mon compte, j'ai un message « session "
            "expirée » en boucle. J'ai déjà perdu trois jours de travail. Je souhaite donc être remboursée de la "
            "facture LO-INV-80181 et résilier mon abonnement.\n\nMet vriendelijke groeten / Bien à vous,\nAn Peeters\n")
case("lo-access-cancel", [f], LOB, "decided", [refund("escalate"), cancel("cancel", "2025-10-21")],
     spec="Refund: L2 access_failure, charge 2025-09-22, request 2025-09-25 (day 3) -> L6 escalate; cancellation: "
          "L8 cancel effective current_period_end 2025-10-21")

# 10 did not use it (Québec)
cust("jf.lavoie@lavoiepaysagiste.ca", "Jean-François Lavoie", "monthly", start="2025-09-24", end="2025-10-23")
lopay("fr_p1001", "LO-INV-80191", "jf.lavoie@lavoiepaysagiste.ca", "monthly", "1999.00", "359.82",
      "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
f, _ = mail("lo-unused", "JF Lavoie <jf.lavoie@lavoiepaysagiste.ca>", LO, dt(2025, 9, 25, 7, 30, -4),
            "remboursement du mois",
            "Bonjour, j'ai pas utilisé la plateforme pantoute ce mois-ci, c'est la fin de la saison pour nous "
            "autres. Pouvez-vous me rembourser le mois que vous venez de prendre (LO-INV-80191)? Merci\nJF\n")
case("lo-unused", [f], LOB, "decided", [refund("deny")],
     spec="L1: did not use it is not an exception reason -> deny (reply offers cancellation)")

# 11 switching to a competitor: refund + cancel (France)
cust("direction@atelier-lumen.fr", "Atelier Lumen", "quarterly", start="2025-08-15", end="2025-11-14")
lopay("fr_p1101", "LO-INV-80201", "direction@atelier-lumen.fr", "quarterly", "5997.00", "1079.46",
      "2025-08-15T10:00:00", "2025-08-15", "2025-11-14")
f, _ = mail("lo-competitor", "Direction Atelier Lumen <direction@atelier-lumen.fr>", LO, dt(2025, 9, 17, 15, 0, 2),
            "Résiliation + remboursement trimestre",
            "Bonjour,\n\nNous avons choisi un autre outil, moins cher et mieux intégré à notre CRM. Merci de "
            "résilier notre abonnement trimestriel et de nous rembourser le trimestre entamé (LO-INV-80201) "
            "au prorata.\n\nCordialement,\nÉlise Garnier\nDirectrice, Atelier Lumen\n")
case("lo-competitor", [f], LOB, "decided", [refund("deny"), cancel("cancel", "2025-11-14")],
     spec="Refund: L1 (changed supplier, pro rata of unused days) -> deny, also day 33 > 7 (L3); cancellation: L8 "
          "cancel effective current_period_end 2025-11-14")

# 12 negation (Switzerland)
cust("l.rochat@bluewin.ch", "Louis Rochat", "monthly", start="2025-09-09", end="2025-10-08")
lopay("fr_p1201", "LO-INV-80211", "l.rochat@bluewin.ch", "monthly", "1499.00", "269.82", "2025-09-09T10:00:00",
      "2025-09-09", "2025-10-08")
f, _ = mail("lo-negation", "Louis Rochat <l.rochat@bluewin.ch>", LO, dt(2025, 9, 30, 8, 0, 2),
            "Résiliation abonnement",
            "Bonjour,\n\nJe ne demande aucun remboursement. Je souhaite simplement résilier mon abonnement mensuel à "
            "la fin de la période en cours. Motif : départ à la retraite.\n\nAvec mes meilleures salutations,\n"
            "Louis Rochat\n")
case("lo-negation", [f], LOB, "decided", [cancel("cancel", "2025-10-08")],
     spec="Section 8 negation: 'Je ne demande aucun remboursement' adds no refund; L8 cancel effective "
          "current_period_end 2025-10-08")

# 13 cancel annual, fallback, no accents (Belgium)
cust("info@brasserie-delahaye.be", "Brasserie Delahaye", "annual")
lopay("fr_p1301", "LO-INV-80221", "info@brasserie-delahaye.be", "annual", "23990.00", "4318.20", "2024-10-03T10:00:00")
f, _ = mail("lo-cancel-fallback", "Brasserie Delahaye <info@brasserie-delahaye.be>", LO, dt(2025, 9, 20, 10, 0, 2),
            "resiliation abonnement annuel",
            "Bonjour,\n\nmerci de resilier notre abonnement annuel, on ne le renouvellera pas l'an prochain : on "
            "revend la brasserie fin d'annee.\n\nBien a vous,\nDidier Delahaye\n")
case("lo-cancel-fallback", [f], LOB, "decided", [cancel("cancel", "2025-10-02")],
     spec="L8 fallback (no current_period_end): last charge 2024-10-03 + 12 months - 1 day = 2025-10-02")

# 14 hypothetical about cancelling (France) -> other
cust("amelie.roux@free.fr", "Amélie Roux", "annual", start="2025-04-02", end="2026-04-01")
lopay("fr_p1401", "LO-INV-80231", "amelie.roux@free.fr", "annual", "23990.00", "4318.20", "2025-04-02T10:00:00",
      "2025-04-02", "2026-04-01")
f, _ = mail("lo-hypothetical", "Amélie Roux <amelie.roux@free.fr>", LO, dt(2025, 9, 18, 21, 30, 2),
            "Question avant de décider",
            "Bonsoir,\n\nJe me pose une question avant de prendre une décision : si jamais je résiliais maintenant "
            "mon abonnement annuel, est-ce que les mois restants me seraient remboursés ? Je n'ai encore rien "
            "décidé, c'est juste pour savoir.\n\nMerci,\nAmélie\n")
case("lo-hypothetical", [f], LOB, "other",
     spec="Section 8: hypotheticals are not requests ('would I get a refund if...'); she states she has decided "
          "nothing -> policy question, other")

# 15 free trial (Belgium)
cust("sophie.lambert@telenet.be", "Sophie Lambert", "monthly", status="trial", trial_ends="2025-10-02")
f, _ = mail("lo-trial", "Sophie Lambert <sophie.lambert@telenet.be>", LO, dt(2025, 9, 27, 12, 0, 2),
            "Essai gratuit",
            "Bonjour,\n\nJ'ai testé votre outil pendant l'essai gratuit mais ça ne me convient pas du tout. Je "
            "voudrais être remboursée, s'il vous plaît.\n\nSophie Lambert\n")
case("lo-trial", [f], LOB, "decided", [refund("deny")],
     spec="L7: account on a free trial, no charges -> deny; the reply says no billing occurs unless she subscribes "
          "(L7 names this case, so no invoice is asked for)")

# 16 duplicate where the second charge failed (Québec)
cust("patrick.ouellet@cgocable.ca", "Patrick Ouellet", "monthly", start="2025-09-26", end="2025-10-25")
lopay("fr_p1601", "LO-INV-80241", "patrick.ouellet@cgocable.ca", "monthly", "1499.00", "269.82",
      "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
lopay("fr_p1602", "LO-INV-80242", "patrick.ouellet@cgocable.ca", "monthly", "1499.00", "269.82",
      "2025-09-26T10:01:00", "2025-09-26", "2025-10-25", status="failed")
f, _ = mail("lo-dup-failed", "Patrick Ouellet <patrick.ouellet@cgocable.ca>", LO, dt(2025, 9, 27, 9, 0, -4),
            "Débité 2 fois",
            "Bonjour, vous m'avez débité 2 fois hier pour le forfait mensuel, je vois deux transactions sur mon "
            "compte chez Desjardins. Remboursez la deuxième svp, LO-INV-80242.\nPatrick\n")
case("lo-dup-failed", [f], LOB, "decided", [refund("escalate")],
     spec="Section 8 'Payments not paid': LO-INV-80242 has status failed, so there are not two paid charges (L4 -> "
          "escalate) and a refund of a non-paid payment is escalated")

# 17 thread: invoice asked, then given (Switzerland)
cust("n.berset@berset-transports.ch", "Nadia Berset", "monthly", start="2025-09-20", end="2025-10-19")
lopay("fr_p1701", "LO-INV-80251", "n.berset@berset-transports.ch", "monthly", "1999.00", "359.82",
      "2025-08-20T10:00:00", "2025-08-20", "2025-09-19")
lopay("fr_p1702", "LO-INV-80252", "n.berset@berset-transports.ch", "monthly", "1999.00", "359.82",
      "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
lopay("fr_p1703", "LO-INV-80253", "n.berset@berset-transports.ch", "monthly", "1999.00", "359.82",
      "2025-09-20T10:03:00", "2025-09-20", "2025-10-19")
f1, m1 = mail("lo-thread-invoice-1", "Nadia Berset <n.berset@berset-transports.ch>", LO, dt(2025, 9, 22, 8, 10, 2),
              "Prélèvement en double",
              "Bonjour,\n\nOn nous a prélevé deux fois l'abonnement ce mois-ci. Merci de rembourser le doublon.\n\n"
              "Meilleures salutations\nNadia Berset\nBerset Transports SA, Bulle\n")
f2, _ = mail("lo-thread-invoice-2", "Nadia Berset <n.berset@berset-transports.ch>", LO, dt(2025, 9, 23, 7, 55, 2),
             "RE: Prélèvement en double",
             "Bonjour,\n\nVoici la référence demandée : lo-inv-80253.\n\nMeilleures salutations\nNadia Berset\n\n"
             "De : Nadia Berset\nEnvoyé : lundi, 22 septembre 2025 08:10\nÀ : support@leadsoptima.com\n"
             "Objet : Prélèvement en double\n", parent=m1)
case("lo-thread-invoice", [f1, f2], LOB, "decided", [refund("approve", "1999.00")],
     spec="C3 thread: invoice given in the answer ('lo-inv-80253' = LO-INV-80253); request time = first email "
          "2025-09-22 11:40 IST, day 2 after 2025-09-20; 80252/80253 same account, amount and period -> L4 approve "
          "1999.00")

# 18 refund with no reason (France): formal, signature, disclaimer
cust("g.moreau@cabinet-moreau.fr", "Gilles Moreau", "annual", start="2025-09-29", end="2026-09-28")
lopay("fr_p1801", "LO-INV-80261", "g.moreau@cabinet-moreau.fr", "annual", "23990.00", "4318.20",
      "2025-09-29T06:00:00", "2025-09-29", "2026-09-28")
f, _ = mail("lo-no-reason", "Gilles Moreau <g.moreau@cabinet-moreau.fr>", LO, dt(2025, 9, 30, 9, 5, 2),
            "Demande de remboursement",
            "Madame, Monsieur,\n\nJe vous prie de bien vouloir procéder au remboursement de la facture "
            "LO-INV-80261.\n\nDans l'attente de votre retour, je vous prie d'agréer mes salutations "
            "distinguées.\n\nGilles Moreau\nExpert-comptable\nCabinet Moreau & Associés\n12, rue des Carmes - "
            "45000 Orléans\n\nCe message et toutes les pièces jointes sont confidentiels et établis à l'intention "
            "exclusive de ses destinataires.\n")
case("lo-no-reason", [f], LOB, "need_info", missing=["reason"],
     spec="Section 3 refund fields: reason missing (section 8: formulas, signature and disclaimer are not reasons); "
          "plan filled from the ledger, invoice given -> C3 need_info [reason]")

# 19 how-to (Québec) -> other
cust("isabelle.cote@hotmail.com", "Isabelle Côté", "monthly", start="2025-09-14", end="2025-10-13")
lopay("fr_p1901", "LO-INV-80271", "isabelle.cote@hotmail.com", "monthly", "1499.00", "269.82", "2025-09-14T10:00:00",
      "2025-09-14", "2025-10-13")
f, _ = mail("lo-howto", "Isabelle Côté <isabelle.cote@hotmail.com>", LO, dt(2025, 9, 23, 13, 0, -4),
            "Ajouter un utilisateur",
            "Bonjour!\n\nComment j'ajoute une deuxième utilisatrice à mon compte? Mon adjointe aimerait avoir ses "
            "propres accès pour gérer les campagnes.\n\nBonne journée,\nIsabelle\n")
case("lo-howto", [f], LOB, "other", spec="Section 1 outcome other: a how-to question")

# 20 thanks for a refund already received (France): past event, no request
cust("vincent.perrin@gmail.com", "Vincent Perrin", "monthly", start="2025-09-11", end="2025-10-10")
lopay("fr_p2001", "LO-INV-80281", "vincent.perrin@gmail.com", "monthly", "1499.00", "269.82", "2025-09-11T10:00:00",
      "2025-09-11", "2025-10-10")
f, _ = mail("lo-thanks", "Vincent Perrin <vincent.perrin@gmail.com>", LO, dt(2025, 9, 19, 17, 0, 2),
            "Merci !",
            "Bonjour,\n\nJe viens de voir sur mon compte le remboursement du prélèvement en double de la semaine "
            "dernière. Merci beaucoup pour votre réactivité, c'est rare !\n\nBonne fin de semaine,\nVincent\n")
case("lo-thanks", [f], LOB, "other",
     spec="Past event, nothing asked: neither a refund nor a cancellation request -> other")

# ---------------------------------------------------------------- Optima WebDesign

# 21 deposit at 71.5 h (Québec)
proj("Érablière Chez Ti-Jean", "info@erablieretijean.ca")
owpay("fr_o2101", "OWD-2025-601", "Érablière Chez Ti-Jean", "deposit", "18000.00", "3240.00", "2025-09-26T20:00:00")
f, _ = mail("owd-deposit-71h", "Érablière Chez Ti-Jean <info@erablieretijean.ca>", OWD, dt(2025, 9, 29, 10, 0, -4),
            "Remboursement dépôt - Érablière Chez Ti-Jean",
            "Bonjour,\n\nOn vous a envoyé le dépôt vendredi pour le site de l'Érablière Chez Ti-Jean (facture "
            "OWD-2025-601). Malheureusement notre subvention a été refusée ce matin, on doit repousser le projet "
            "à l'année prochaine. On aimerait ravoir notre dépôt.\n\nMerci de votre compréhension,\nJosée Bergeron\n")
case("owd-deposit-71h", [f], OWB, "decided", [refund("approve", "18000.00")],
     spec="O2: paid 2025-09-26 20:00 IST; Date Mon 29 Sep 2025 10:00 -0400 = 19:30 IST = 71.5 h < 72 h, no work "
          "started -> approve 18000.00 before tax")

# 22 deposit at 73 h (France)
proj("Fournil des Halles", "contact@fournildeshalles.fr")
owpay("fr_o2201", "OWD-2025-602", "Fournil des Halles", "deposit", "12000.00", "2160.00", "2025-09-15T09:00:00")
f, _ = mail("owd-deposit-73h", "Le Fournil des Halles <contact@fournildeshalles.fr>", OWD, dt(2025, 9, 18, 6, 30, 2),
            "Annulation acompte",
            "Bonjour,\n\nJe vous ai versé l'acompte lundi pour le site du Fournil des Halles (OWD-2025-602). "
            "Finalement ma banque refuse le prêt pour l'agrandissement, donc je préfère tout arrêter. Comme c'est "
            "dans les 3 jours, pouvez-vous me rembourser l'acompte ?\n\nBien cordialement,\nBruno Lefèvre, "
            "artisan boulanger\n")
case("owd-deposit-73h", [f], OWB, "decided", [refund("deny")], extra_ok=True,
     spec="O2: paid 2025-09-15 09:00 IST; Date Thu 18 Sep 2025 06:30 +0200 = 10:00 IST = 73 h >= 72 h -> deny")

# 23 deposit within 24 h, but work began before the payment (Belgium)
proj("Friterie Chez Momo", "momo@friteriechezmomo.be", started="2025-09-10T10:00:00")
owpay("fr_o2301", "OWD-2025-603", "Friterie Chez Momo", "deposit", "8000.00", "1440.00", "2025-09-12T10:00:00")
f, _ = mail("owd-deposit-work-first", "Momo <momo@friteriechezmomo.be>", OWD, dt(2025, 9, 13, 9, 0, 2),
            "rembourser acompte svp",
            "Bonjour, j'ai paye l'acompte hier pour le site de la Friterie Chez Momo (OWD-2025-603) mais mon "
            "neveu va finalement me faire le site. Votre graphiste avait deja commence les maquettes du logo "
            "mercredi mais bon c'etait juste des croquis. Je voudrais etre rembourse svp.\nMerci, Momo\n")
case("owd-deposit-work-first", [f], OWB, "decided", [refund("deny")],
     spec="O2: request 2025-09-13 12:30 IST is 26.5 h after payment, but work_started_at 2025-09-10 is earlier "
          "('once project work begins, whichever occurs first') -> deny")

# 24 discovery with no session yet (Switzerland)
proj("Fromagerie du Jura", "admin@fromageriedujura.ch")
owpay("fr_o2401", "OWD-2025-604", "Fromagerie du Jura", "discovery", "8000.00", "1440.00", "2025-09-19T10:00:00")
f, _ = mail("owd-discovery-ok", "Fromagerie du Jura <admin@fromageriedujura.ch>", OWD, dt(2025, 9, 22, 14, 0, 2),
            "Atelier stratégie - annulation et remboursement",
            "Bonjour,\n\nNous avons réglé vendredi l'atelier de stratégie pour le projet Fromagerie du Jura "
            "(OWD-2025-604). Aucune date n'a encore été fixée. Notre conseil d'administration a décidé de geler "
            "tous les investissements numériques jusqu'à l'an prochain ; nous vous prions donc de nous rembourser.\n\n"
            "Avec nos meilleures salutations,\nMarc Gerber, administrateur\n")
case("owd-discovery-ok", [f], OWB, "decided", [refund("approve", "8000.00")], extra_ok=True,
     spec="O1: work_started_at empty -> no session or deliverable started -> approve in full 8000.00 before tax")

# 25 discovery started (Québec)
proj("Clinique Vétérinaire Saint-Laurent", "admin@cvsaintlaurent.ca", started="2025-09-15T14:00:00")
owpay("fr_o2501", "OWD-2025-605", "Clinique Vétérinaire Saint-Laurent", "discovery", "10000.00", "1800.00",
      "2025-09-12T10:00:00")
f, _ = mail("owd-discovery-started", "Clinique Vétérinaire Saint-Laurent <admin@cvsaintlaurent.ca>", OWD,
            dt(2025, 9, 25, 11, 0, -4), "Remboursement - atelier découverte",
            "Bonjour,\n\nOn a eu la première rencontre découverte le 15 pour la Clinique Vétérinaire Saint-Laurent "
            "mais on a trouvé ça trop générique, ça nous a rien appris. On aimerait être remboursés pour la facture "
            "OWD-2025-605.\n\nMerci,\nDre Caroline Roy\n")
case("owd-discovery-started", [f], OWB, "decided", [refund("deny")],
     spec="O1: work_started_at 2025-09-15 before the request 2025-09-25 -> sessions commenced -> deny")

# 26 milestone not started, odd amount (France)
proj("Cabinet Kiné Rive Gauche", "secretariat@kine-rivegauche.fr")
owpay("fr_o2601", "OWD-2025-606", "Cabinet Kiné Rive Gauche", "milestone", "32500.50", "5850.09",
      "2025-09-16T10:00:00", milestone_status="not_started")
f, _ = mail("owd-milestone-ok", "Secrétariat Kiné Rive Gauche <secretariat@kine-rivegauche.fr>", OWD,
            dt(2025, 9, 24, 11, 45, 2), "Refund Request — Cabinet Kiné Rive Gauche / OWD-2025-606",
            "Bonjour,\n\nPour le projet Cabinet Kiné Rive Gauche, nous avions réglé le jalon « prise de rendez-vous "
            "en ligne » (facture OWD-2025-606). L'Ordre nous impose désormais une plateforme agréée, nous ne "
            "pouvons donc pas utiliser le module prévu. Les travaux n'ont pas commencé : merci de nous rembourser "
            "ce jalon.\n\nCordialement,\nLe secrétariat\n")
case("owd-milestone-ok", [f], OWB, "decided", [refund("approve", "32500.50")],
     spec="O3: milestone OWD-2025-606 not_started -> approve its amount before tax 32500.50 (tax 5850.09 kept, C6)")

# 27 milestone completed (Belgium)
proj("Librairie Le Chat Lecteur", "librairie@lechatlecteur.be")
owpay("fr_o2701", "OWD-2025-607", "Librairie Le Chat Lecteur", "milestone", "15000.00", "2700.00",
      "2025-08-20T10:00:00", milestone_status="completed")
f, _ = mail("owd-milestone-done", "Librairie Le Chat Lecteur <librairie@lechatlecteur.be>", OWD,
            dt(2025, 9, 16, 16, 0, 2), "Catalogue en ligne",
            "Bonjour,\n\nVous nous avez livré le catalogue en ligne de la Librairie Le Chat Lecteur (jalon "
            "OWD-2025-607), mais nos clients ne l'utilisent pas, ils préfèrent passer en boutique. Nous demandons "
            "le remboursement de ce jalon.\n\nBien à vous,\nAnne-Sophie Claes\n")
case("owd-milestone-done", [f], OWB, "decided", [refund("deny")],
     spec="O3/O6: milestone completed (completed deliverable) -> deny")

# 28 milestone in progress (Switzerland)
proj("Cave Coopérative de Sierre", "direction@cave-sierre.ch")
owpay("fr_o2801", "OWD-2025-608", "Cave Coopérative de Sierre", "milestone", "20000.00", "3600.00",
      "2025-09-01T10:00:00", milestone_status="in_progress")
f, _ = mail("owd-milestone-progress", "Direction Cave de Sierre <direction@cave-sierre.ch>", OWD,
            dt(2025, 9, 23, 10, 30, 2), "Jalon boutique en ligne - arrêt",
            "Madame, Monsieur,\n\nLe jalon « boutique en ligne » du projet Cave Coopérative de Sierre (facture "
            "OWD-2025-608) est en cours depuis début septembre. Suite aux vendanges catastrophiques, nous devons "
            "réduire nos dépenses : nous vous demandons d'arrêter ce jalon et de nous rembourser la partie non "
            "réalisée.\n\nMeilleures salutations,\nJean-Luc Bonvin, directeur\n")
case("owd-milestone-progress", [f], OWB, "decided", [refund("escalate")],
     spec="O3: milestone in_progress -> escalate (value of work not started needs a person)")

# 29 retainer with long notice (France)
proj("Association Vélo Solidaire", "bureau@velosolidaire.org")
owpay("fr_o2901", "OWD-2025-609", "Association Vélo Solidaire", "retainer", "4500.00", "810.00",
      "2025-09-15T09:00:00", next_billing_at="2025-10-15T00:00:00", ps="2025-09-15", pe="2025-10-14")
f, _ = mail("owd-retainer-long", "Bureau Vélo Solidaire <bureau@velosolidaire.org>", OWD, dt(2025, 9, 20, 10, 0, 2),
            "Fin du contrat de maintenance",
            "Bonjour à toute l'équipe,\n\nSuite au vote de notre assemblée générale, notre budget a été fortement "
            "réduit (baisse des subventions) et nous devons mettre fin au contrat de maintenance mensuel du site "
            "de l'Association Vélo Solidaire, facture OWD-2025-609.\n\nMerci pour votre travail,\nLe bureau\n")
case("owd-retainer-long", [f], OWB, "decided", [cancel("cancel", "2025-10-14")],
     spec="O4/O8: request 2025-09-20, next_billing_at 2025-10-15 minus 7 = 2025-10-08, request before it -> "
          "cancel effective the day before next_billing_at = 2025-10-14")

# 30 retainer, 7 days locally but 6 in IST (Québec)
proj("Dépanneur Chez Lise", "lise@depanneurchezlise.ca")
owpay("fr_o3001", "OWD-2025-610", "Dépanneur Chez Lise", "retainer", "3500.00", "630.00", "2025-09-03T09:00:00",
      next_billing_at="2025-10-03T00:00:00", ps="2025-09-03", pe="2025-10-02")
f, _ = mail("owd-retainer-short", "Lise Pelletier <lise@depanneurchezlise.ca>", OWD, dt(2025, 9, 26, 21, 0, -4),
            "annuler forfait entretien",
            "Bonsoir, je vous écris une semaine d'avance comme c'est marqué dans votre politique : je veux annuler "
            "le forfait d'entretien mensuel du Dépanneur Chez Lise (facture OWD-2025-610). Je vends le commerce "
            "et le nouveau proprio veut pas de site web.\nMerci pour tout\nLise\n")
case("owd-retainer-short", [f], OWB, "decided", [cancel("cancel", "2025-11-02")],
     spec="O4: Date Fri 26 Sep 2025 21:00 -0400 = 2025-09-27 06:30 IST; next_billing_at 2025-10-03 minus 7 = "
          "2025-09-26 < 2025-09-27 -> less than 7 days' notice: next cycle 2025-10-03..2025-11-02 (monthly like the "
          "current 09-03..10-02) is billed, effective 2025-11-02")

# 31 retainer: cancel + refund of the current month (Belgium)
proj("Garage Van den Berg", "garage@vandenberg.be")
owpay("fr_o3101", "OWD-2025-611", "Garage Van den Berg", "retainer", "5000.00", "900.00", "2025-09-20T09:00:00",
      next_billing_at="2025-10-20T00:00:00", ps="2025-09-20", pe="2025-10-19")
f, _ = mail("owd-retainer-refund-current", "Garage Van den Berg <garage@vandenberg.be>", OWD,
            dt(2025, 9, 22, 8, 30, 2), "Arrêt forfait mensuel",
            "Bonjour,\n\nNous souhaitons arrêter le forfait mensuel du Garage Van den Berg (OWD-2025-611) car nous "
            "rejoignons un réseau de garages qui gère le site pour nous. Et comme nous n'avons demandé aucune "
            "modification ce mois-ci, nous aimerions être remboursés du mois en cours.\n\n"
            "Bien à vous,\nKoen Van den Berg\n")
case("owd-retainer-refund-current", [f], OWB, "decided", [refund("deny"), cancel("cancel", "2025-10-19")],
     spec="O4: 'The current period is never refunded' -> refund deny; notice 2025-09-22 vs next_billing_at "
          "2025-10-20 (>= 7 days) -> cancel effective 2025-10-19")

# 32 annual hosting inside 14 days (Switzerland)
proj("Hôtel des Alpes Verbier", "reception@hoteldesalpes-verbier.ch")
owpay("fr_o3201", "OWD-2025-612", "Hôtel des Alpes Verbier", "hosting_annual", "24000.00", "4320.00",
      "2025-09-19T10:00:00", setup_fee="3000.00", service_start="2025-09-20")
f, _ = mail("owd-hosting-ok", "Réception Hôtel des Alpes <reception@hoteldesalpes-verbier.ch>", OWD,
            dt(2025, 9, 23, 15, 0, 2), "Résiliation hébergement annuel",
            "Bonjour,\n\nLe groupe hôtelier qui nous a rachetés héberge tous les sites de ses établissements ; nous "
            "devons donc résilier l'hébergement annuel de l'Hôtel des Alpes Verbier (facture OWD-2025-612) et vous "
            "demander le remboursement au prorata prévu par vos conditions (14 jours).\n\n"
            "Meilleures salutations,\nMonique Besson\n")
case("owd-hosting-ok", [f], OWB, "decided", [refund("approve", "19250.00")], extra_ok=True,
     spec="O5: service_start 2025-09-20, request 2025-09-23 = day 3 <= 14; monthly_value = (24000.00 - 3000.00)/12 "
          "= 1750.00; refund = 24000.00 - 3000.00 - 1750.00 x 1 = 19250.00 before tax")

# 33 annual maintenance before the service starts (France)
proj("Cave à Vins Le Tire-Bouchon", "caviste@letirebouchon.fr")
owpay("fr_o3301", "OWD-2025-613", "Cave à Vins Le Tire-Bouchon", "maintenance_annual", "11000.00", "1980.00",
      "2025-09-22T10:00:00", setup_fee="1400.00", service_start="2025-10-06")
f, _ = mail("owd-maint-before-start", "Le Tire-Bouchon <caviste@letirebouchon.fr>", OWD, dt(2025, 9, 24, 18, 0, 2),
            "Contrat maintenance annuel : on arrête",
            "Bonjour,\n\nJ'ai signé lundi le contrat de maintenance annuel pour Cave à Vins Le Tire-Bouchon (facture "
            "OWD-2025-613) qui doit démarrer le 6 octobre. Mon associé n'était pas d'accord et on a décidé de "
            "s'en passer. Merci de l'annuler et de me rembourser ce qui peut l'être.\n\nCordialement,\nHugo Blanc\n")
case("owd-maint-before-start", [f], OWB, "decided", [refund("approve", "8800.00")], extra_ok=True,
     spec="O5 + section 8 'O5 before the service starts': consumed_months = 1; monthly_value = (11000.00 - 1400.00)"
          "/12 = 800.00; refund = 11000.00 - 1400.00 - 800.00 = 8800.00")

# 34 annual hosting after 14 days (Belgium)
proj("Institut de Beauté Éclat", "eclat.beaute@proximus.be")
owpay("fr_o3401", "OWD-2025-614", "Institut de Beauté Éclat", "hosting_annual", "9000.00", "1620.00",
      "2025-07-31T10:00:00", setup_fee="900.00", service_start="2025-08-01")
f, _ = mail("owd-hosting-late", "Institut Eclat <eclat.beaute@proximus.be>", OWD, dt(2025, 9, 15, 10, 0, 2),
            "Hebergement site",
            "Bonjour,\n\nje voudrais resilier l'hebergement annuel de l'Institut de Beaute Eclat (OWD-2025-614) et "
            "etre remboursee pour les mois qui restent, je ferme l'institut en novembre.\n\nBien a vous\nNathalie\n")
case("owd-hosting-late", [f], OWB, "decided", [refund("deny")], extra_ok=True,
     spec="O5: service_start 2025-08-01, request 2025-09-15 = day 45 > 14 -> refund deny")

# 35 premium plugin licence (Québec)
proj("Quincaillerie Beaulieu", "achats@quincailleriebeaulieu.ca")
owpay("fr_o3501", "OWD-2025-615", "Quincaillerie Beaulieu", "third_party", "4200.00", "756.00", "2025-09-25T10:00:00")
f, _ = mail("owd-plugin", "Achats Quincaillerie Beaulieu <achats@quincailleriebeaulieu.ca>", OWD,
            dt(2025, 9, 26, 9, 0, -4), "Licence extension",
            "Bonjour,\n\nVous nous avez facturé la licence annuelle de l'extension premium pour la boutique en ligne "
            "de Quincaillerie Beaulieu (OWD-2025-615), mais on a trouvé une extension gratuite qui fait la même "
            "chose. On veut se faire rembourser la licence.\n\nMerci\nRéjean Beaulieu\n")
case("owd-plugin", [f], OWB, "decided", [refund("deny")],
     spec="O6: kind third_party (premium plugin licence) is never refundable -> deny")

# 36 activation fee (Switzerland)
proj("École de Ski Les Diablerets", "info@ecoleski-diablerets.ch")
owpay("fr_o3601", "OWD-2025-616", "École de Ski Les Diablerets", "setup", "2500.00", "450.00", "2025-09-17T10:00:00")
f, _ = mail("owd-activation", "École de Ski Les Diablerets <info@ecoleski-diablerets.ch>", OWD,
            dt(2025, 9, 19, 9, 30, 2), "Frais d'activation",
            "Bonjour,\n\nNous avons payé des frais d'activation pour le module de réservation de l'École de Ski Les "
            "Diablerets (OWD-2025-616). Finalement la commune nous impose son propre système de réservation. "
            "Pourriez-vous nous rembourser ces frais ?\n\nSalutations,\nRémy Pasche\n")
case("owd-activation", [f], OWB, "decided", [refund("deny")],
     spec="O6: kind setup (setup/activation fees) is never refundable -> deny")

# 37 thread: cancellation reason asked, then given (Québec)
proj("Microbrasserie La Grange", "admin@microlagrange.ca")
owpay("fr_o3701", "OWD-2025-617", "Microbrasserie La Grange", "retainer", "4000.00", "720.00", "2025-09-12T09:00:00",
      next_billing_at="2025-10-12T00:00:00", ps="2025-09-12", pe="2025-10-11")
f1, m1 = mail("owd-thread-reason-1", "Admin La Grange <admin@microlagrange.ca>", OWD, dt(2025, 9, 19, 10, 0, -4),
              "Annulation forfait maintenance",
              "Bonjour, je veux annuler le forfait de maintenance de la Microbrasserie La Grange, facture "
              "OWD-2025-617.\n\nMerci\nSteve Gauthier\nMicrobrasserie La Grange\n")
f2, _ = mail("owd-thread-reason-2", "Admin La Grange <admin@microlagrange.ca>", OWD, dt(2025, 9, 20, 9, 15, -4),
             "Re: Annulation forfait maintenance",
             "Bonjour, la raison : on a engagé un développeur à temps plein à l'interne, il va s'occuper du site.\n"
             "Steve\n\nLe ven. 19 sept. 2025, à 10 h 00, Admin La Grange <admin@microlagrange.ca> a écrit :\n"
             "> Bonjour, je veux annuler le forfait de maintenance de la Microbrasserie La Grange, facture "
             "OWD-2025-617.\n", parent=m1)
case("owd-thread-reason", [f1, f2], OWB, "decided", [cancel("cancel", "2025-10-11")],
     spec="C3 thread: Optima needs a reason for cancellations (section 8); given in the answer; request time = first "
          "email 2025-09-19 19:30 IST, next_billing_at 2025-10-12 minus 7 = 2025-10-05 -> notice ok -> cancel "
          "effective 2025-10-11")

# 38 refund without a reason (Belgium)
proj("Cabinet Dentaire Dr Janssens", "secretariat@dentiste-janssens.be")
owpay("fr_o3801", "OWD-2025-618", "Cabinet Dentaire Dr Janssens", "milestone", "16000.00", "2880.00",
      "2025-09-18T10:00:00", milestone_status="not_started")
f, _ = mail("owd-no-reason", "Secrétariat Dr Janssens <secretariat@dentiste-janssens.be>", OWD,
            dt(2025, 9, 24, 9, 0, 2), "Remboursement",
            "Bonjour,\n\nPourriez-vous procéder au remboursement de la facture OWD-2025-618 pour le projet Cabinet "
            "Dentaire Dr Janssens ?\n\nD'avance merci.\n\nBien à vous,\n\nSecrétariat du Dr Janssens\n"
            "Avenue Louise 220 - 1050 Ixelles\nTél. 02 640 00 00\n")
case("owd-no-reason", [f], OWB, "need_info", missing=["reason"],
     spec="Section 4 required fields: reason missing (section 8: request, thanks and signature are not reasons) -> "
          "C3 need_info [reason], no decision yet")

# 39 colleague's address (France)
proj("Pharmacie du Marché", "titulaire@pharmaciedumarche.fr")
owpay("fr_o3901", "OWD-2025-619", "Pharmacie du Marché", "retainer", "3000.00", "540.00", "2025-09-10T09:00:00",
      next_billing_at="2025-10-10T00:00:00", ps="2025-09-10", pe="2025-10-09")
f, _ = mail("owd-c2-colleague", "Préparatrice Pharmacie du Marché <preparatrice@pharmaciedumarche.fr>", OWD,
            dt(2025, 9, 22, 12, 30, 2), "Résiliation maintenance",
            "Bonjour,\n\nÀ la demande de Mme Lemoine, la titulaire, je vous écris pour résilier le contrat de "
            "maintenance du site de la Pharmacie du Marché (OWD-2025-619), le groupement nous fournit désormais un "
            "site.\n\nCordialement,\nJulie, préparatrice\n")
case("owd-c2-colleague", [f], OWB, "need_info", rules=["C2"],
     spec="C2 (Optima: 'emailed from the contracting email'): preparatrice@pharmaciedumarche.fr is not the contract "
          "email titulaire@pharmaciedumarche.fr -> need_info, nothing about the account")

# 40 consumer-protection threat on an eligible deposit (Québec)
proj("Boutique Fleurs de Lys", "boutique@fleursdelys.ca")
owpay("fr_o4001", "OWD-2025-620", "Boutique Fleurs de Lys", "deposit", "9000.00", "1620.00", "2025-09-29T12:00:00")
f, _ = mail("owd-c4-consumer", "Boutique Fleurs de Lys <boutique@fleursdelys.ca>", OWD, dt(2025, 9, 30, 8, 0, -4),
            "Remboursement dépôt IMMÉDIATEMENT",
            "Bonjour,\n\nJ'ai payé un dépôt hier pour le site de la Boutique Fleurs de Lys (OWD-2025-620) et je "
            "viens d'apprendre que votre agence sous-traite tout à l'étranger, ce qui ne m'avait pas été dit. Je "
            "veux mon dépôt remboursé aujourd'hui, sinon je porte plainte à l'Office de la protection du "
            "consommateur.\n\nFrance Leblanc\n")
case("owd-c4-consumer", [f], OWB, "decided", [refund("escalate")], rules=["C4"],
     spec="C4: consumer-protection complaint threat -> escalate, although O2 alone would approve (29.5 h, no work)")

# 41 bank dispute threat on an annual hosting (France)
proj("Studio Yoga Lotus", "studio@yogalotus.fr")
owpay("fr_o4101", "OWD-2025-621", "Studio Yoga Lotus", "hosting_annual", "12000.00", "2160.00",
      "2025-09-21T10:00:00", setup_fee="1200.00", service_start="2025-09-22")
f, _ = mail("owd-c4-bank", "Studio Yoga Lotus <studio@yogalotus.fr>", OWD, dt(2025, 9, 25, 19, 0, 2),
            "Hébergement annuel - remboursement",
            "Bonjour,\n\nLe site du Studio Yoga Lotus est hors ligne depuis trois jours alors que je viens de payer "
            "l'hébergement annuel (OWD-2025-621). Je veux être remboursée. Si vous refusez, je conteste le "
            "prélèvement auprès de ma banque.\n\nNamasté quand même,\nClaire\n")
case("owd-c4-bank", [f], OWB, "decided", [refund("escalate")], rules=["C4"], extra_ok=True,
     spec="C4: threat to dispute the payment with the bank -> the whole case is escalated (section 8), although "
          "O5 alone would approve (day 3)")

# 42 Optima's customer writing to LeadsOptima (France)
proj("Traiteur Saveurs d'Alsace", "commandes@saveurs-alsace.fr")
owpay("fr_o4201", "OWD-2025-622", "Traiteur Saveurs d'Alsace", "deposit", "10000.00", "1800.00",
      "2025-09-28T10:00:00")
f, _ = mail("other-brand", "Traiteur Saveurs d'Alsace <commandes@saveurs-alsace.fr>", LO, dt(2025, 9, 29, 9, 0, 2),
            "Remboursement acompte",
            "Bonjour,\n\nNous avons versé hier un acompte pour notre site (OWD-2025-622). Nous avons changé d'avis "
            "suite à un devis concurrent plus intéressant et souhaitons le remboursement de cet acompte.\n\n"
            "Cordialement,\nPaul Schmitt\n")
case("other-brand", [f], LOB, "need_info", rules=["C2"],
     spec="C1: addressed to support@leadsoptima.com -> LeadsOptima; section 8 'The other brand's customer': the "
          "sender is unknown in LeadsOptima's ledger -> C2 need_info")

# ---------------------------------------------------------------- hard cases

# 43 out-of-office (France)
f, _ = mail("c7-absence", "Sandrine Leroy <sandrine.leroy@orange.fr>", LO, dt(2025, 9, 27, 8, 0, 2),
            "Réponse automatique : Absente du bureau",
            "Bonjour,\n\nJe suis absente jusqu'au 13 octobre inclus. Pour toute question concernant un "
            "remboursement ou une résiliation, merci de me recontacter à mon retour.\n\nSandrine Leroy\n",
            headers={"Auto-Submitted": "auto-replied"})
case("c7-absence", [f], LOB, "ignore", rules=["C7"],
     spec="C7: Auto-Submitted: auto-replied -> ignore (even from a customer on record, whatever it mentions)")

# 44 ticket acknowledgement (Québec)
f, _ = mail("c7-ticket-ack", "Soutien TI Laurentides <soutien@ti-laurentides.ca>", OWD, dt(2025, 9, 24, 7, 0, -4),
            "Accusé de réception - billet #4821 : Demande de remboursement",
            "Ceci est un message automatique. Nous avons bien reçu votre demande « Demande de remboursement » "
            "(billet #4821). Un agent vous répondra dans les 48 heures.\n\nNe répondez pas à ce courriel.\n",
            headers={"Auto-Submitted": "auto-generated", "Precedence": "junk"})
case("c7-ticket-ack", [f], OWB, "ignore", rules=["C7"],
     spec="C7: Auto-Submitted: auto-generated and Precedence: junk -> ignore")

# 45 delivery-status report (RFC 3464) from postmaster (France)
_n[0] += 1
raw = ("From: Mail Delivery System <postmaster@smtp.orange.fr>\n"
       "To: support@optimawebdesign.com\n"
       "Subject: Non remis : Re: Remboursement jalon\n"
       f"Date: {format_datetime(dt(2025, 9, 25, 4, 12, 2))}\n"
       f"Message-ID: <q13fr.{_n[0]:03d}.dsn@smtp.orange.fr>\n"
       "MIME-Version: 1.0\n"
       "Content-Type: multipart/report; report-type=delivery-status; boundary=\"dsn-b1\"\n\n"
       "--dsn-b1\nContent-Type: text/plain; charset=us-ascii\n\n"
       "Votre message n'a pas pu etre remis a compta@cabinet-ferme.fr.\n"
       "Adresse introuvable (550 5.1.1 user unknown).\n\n"
       "--dsn-b1\nContent-Type: message/delivery-status\n\n"
       "Reporting-MTA: dns; smtp.orange.fr\n\n"
       "Final-Recipient: rfc822; compta@cabinet-ferme.fr\nAction: failed\nStatus: 5.1.1\n\n"
       "--dsn-b1\nContent-Type: text/rfc822-headers\n\n"
       "From: support@optimawebdesign.com\nTo: compta@cabinet-ferme.fr\nSubject: Re: Remboursement jalon\n\n"
       "--dsn-b1--\n")
(HERE / "emails" / "c7-dsn.eml").write_bytes(raw.replace("\n", "\r\n").encode("ascii"))
case("c7-dsn", ["emails/c7-dsn.eml"], OWB, "ignore", rules=["C7"],
     spec="C7: postmaster sender and a multipart/report delivery-status report (RFC 3464) -> ignore; brand by the "
          "To: address support@optimawebdesign.com (C1)")

# 46 the brand's own address (invoice notification looping back)
f, _ = mail("c7-own-address", "LeadsOptima <noreply@leadsoptima.com>", LO, dt(2025, 9, 26, 10, 0, 5, 30),
            "Votre facture LO-INV-80999 / remboursement",
            "Bonjour,\n\nVotre facture LO-INV-80999 est disponible dans votre espace. Pour toute demande de "
            "remboursement ou de résiliation, écrivez à support@leadsoptima.com.\n\nL'équipe LeadsOptima\n")
case("c7-own-address", [f], LOB, "ignore", rules=["C7"],
     spec="C7: the sender is one of the brand's own addresses (noreply@leadsoptima.com) -> ignore")

# 47 accountant forwards (TR:) a client's request naming the contract email (Belgium)
proj("Restaurant Le Passeur", "info@restaurant-lepasseur.be")
owpay("fr_o4701", "OWD-2025-623", "Restaurant Le Passeur", "milestone", "14000.00", "2520.00", "2025-09-19T10:00:00",
      milestone_status="not_started")
f, _ = mail("fwd-accountant-c2", "Fiduciaire Lenoir <comptabilite@fiduciaire-lenoir.be>", OWD,
            dt(2025, 9, 23, 11, 0, 2), "TR: remboursement jalon menu en ligne",
            "Bonjour,\n\nJe vous transfère la demande de notre client ci-dessous.\n\nCordialement,\n"
            "Fiduciaire Lenoir sprl\n\n"
            "-----Message d'origine-----\nDe : Restaurant Le Passeur <info@restaurant-lepasseur.be>\n"
            "Envoyé : mardi 23 septembre 2025 09:12\nÀ : comptabilite@fiduciaire-lenoir.be\n"
            "Objet : remboursement jalon menu en ligne\n\n"
            "Bonjour Monsieur Lenoir,\nPouvez-vous demander à Optima WebDesign le remboursement du jalon « menu en "
            "ligne » (OWD-2025-623) du projet Restaurant Le Passeur ? On a décidé de passer par Deliveroo. Notre "
            "adresse de contrat chez eux est info@restaurant-lepasseur.be.\nMerci, Olivier\n")
case("fwd-accountant-c2", [f], OWB, "need_info", rules=["C2"],
     spec="Section 8 'Forwards': the forwarded request names the contract email info@restaurant-lepasseur.be, not "
          "the sender comptabilite@fiduciaire-lenoir.be -> C2 need_info asking for the request from that address")

# 48 forward (TR:) of one's own unanswered duplicate complaint (France)
cust("helene.garnier@wanadoo.fr", "Hélène Garnier", "monthly", start="2025-09-24", end="2025-10-23")
lopay("fr_p4801", "LO-INV-80291", "helene.garnier@wanadoo.fr", "monthly", "2499.00", "449.82", "2025-09-24T10:00:00",
      "2025-09-24", "2025-10-23")
lopay("fr_p4802", "LO-INV-80292", "helene.garnier@wanadoo.fr", "monthly", "2499.00", "449.82", "2025-09-24T10:02:00",
      "2025-09-24", "2025-10-23")
f, _ = mail("fwd-own-dup", "Hélène Garnier <helene.garnier@wanadoo.fr>", LO, dt(2025, 9, 30, 9, 30, 2),
            "TR: Paiement en double",
            "Je me permets de vous renvoyer mon message de jeudi, resté sans réponse.\n\nHélène Garnier\n\n"
            "-----Message d'origine-----\nDe : Hélène Garnier <helene.garnier@wanadoo.fr>\n"
            "Envoyé : jeudi 25 septembre 2025 09:14\nÀ : support@leadsoptima.com\nObjet : Paiement en double\n\n"
            "Bonjour,\nMon abonnement mensuel a été payé deux fois le 24 septembre (LO-INV-80291 et LO-INV-80292). "
            "Merci de me rembourser le paiement en double, LO-INV-80292.\nCordialement,\nHélène Garnier\n")
case("fwd-own-dup", [f], LOB, "decided", [refund("approve", "2499.00")],
     spec="Section 8 'Forwards': read for the request it carries, sender = registered email; request time = this "
          "email's Date 2025-09-30 13:00 IST = day 6 after 2025-09-24 -> L4 approve LO-INV-80292 = 2499.00")

# 49 HTML-only milestone refund (Belgium)
proj("Chocolaterie Praline d'Or", "info@pralinedor.be")
owpay("fr_o4901", "OWD-2025-624", "Chocolaterie Praline d'Or", "milestone", "14000.00", "2520.00",
      "2025-09-15T10:00:00", milestone_status="not_started")
f, _ = mail("html-milestone", "Chocolaterie Praline d'Or <info@pralinedor.be>", OWD, dt(2025, 9, 25, 16, 20, 2),
            "Remboursement jalon boutique B2B",
            html="<html><body><p>Bonjour,</p><p>Pour le projet <b>Chocolaterie Praline d'Or</b>, nous avions réglé "
                 "le jalon <i>boutique B2B</i> (facture <b>OWD-2025-624</b>). Notre grossiste principal a fait "
                 "faillite, nous n'avons donc plus besoin d'une boutique pour les professionnels. Les travaux sur ce "
                 "jalon n'ont pas débuté&nbsp;: merci de nous le rembourser.</p>"
                 "<p>Bien à vous,<br>Isabelle Wauters<br><span style=\"color:#7b3f00\">Chocolaterie Praline d'Or "
                 "&mdash; Bruges</span></p></body></html>")
case("html-milestone", [f], OWB, "decided", [refund("approve", "14000.00")],
     spec="HTML-only mail; O3: milestone OWD-2025-624 not_started -> approve 14000.00 before tax")

# 50 address in another case (Québec)
cust("sylvie.bouchard@sympatico.ca", "Sylvie Bouchard", "annual", start="2025-01-15", end="2026-01-14")
lopay("fr_p5001", "LO-INV-80301", "sylvie.bouchard@sympatico.ca", "annual", "23990.00", "4318.20",
      "2025-01-15T10:00:00", "2025-01-15", "2026-01-14")
f, _ = mail("case-insensitive", "Sylvie Bouchard <Sylvie.Bouchard@Sympatico.ca>", LO, dt(2025, 9, 22, 19, 0, -4),
            "Annulation",
            "Bonjour, SVP annulez mon abonnement annuel, je prends ma retraite en décembre. Merci\nSylvie\n")
case("case-insensitive", [f], LOB, "decided", [cancel("cancel", "2026-01-14")],
     spec="Section 8 'Addresses compare case-insensitively': Sylvie.Bouchard@Sympatico.ca is the registered email "
          "-> L8 cancel effective current_period_end 2026-01-14")

# 51 Franglais access failure (Québec)
cust("maxime.pelletier@startupmtl.ca", "Maxime Pelletier", "monthly", start="2025-09-25", end="2025-10-24")
lopay("fr_p5101", "LO-INV-80311", "maxime.pelletier@startupmtl.ca", "monthly", "1999.00", "359.82",
      "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
f, _ = mail("franglais-access", "Maxime Pelletier <maxime.pelletier@startupmtl.ca>", LO, dt(2025, 9, 27, 14, 0, -4),
            "compte barré??",
            "Salut,\n\nmon compte est barré depuis hier, chu pu capable de me logger, ça me dit « account "
            "suspended ». J'ai payé le mois le 25 (LO-INV-80311) pis je peux rien faire depuis, "
            "je veux mon argent back.\n\nMax\n")
case("franglais-access", [f], LOB, "decided", [refund("escalate")],
     spec="L2 access_failure ('chu pu capable de me logger', account blocked), charge 2025-09-25, request "
          "2025-09-27 (day 2) -> L6 escalate")

# 52 lawyer on a LeadsOptima cancellation (France)
cust("fabrice.noel@noel-btp.fr", "Fabrice Noël", "quarterly", start="2025-08-10", end="2025-11-09")
lopay("fr_p5201", "LO-INV-80321", "fabrice.noel@noel-btp.fr", "quarterly", "5997.00", "1079.46",
      "2025-08-10T10:00:00", "2025-08-10", "2025-11-09")
f, _ = mail("lo-lawyer-cancel", "Fabrice Noël <fabrice.noel@noel-btp.fr>", LO, dt(2025, 9, 24, 10, 0, 2),
            "Résiliation immédiate",
            "Bonjour,\n\nVos promesses commerciales (« 3x plus de leads ») ne correspondent à rien. Je résilie mon "
            "abonnement trimestriel avec effet immédiat. J'ai transmis le dossier à mon avocat qui étudie les "
            "suites à donner.\n\nFabrice Noël\nNoël BTP\n")
case("lo-lawyer-cancel", [f], LOB, "decided", [cancel("escalate")], rules=["C4"],
     spec="C4 + section 8 'C4 covers the whole case': mention of a lawyer escalates the cancellation")

# 53 chargeback on a refund that L1 would deny (Switzerland)
cust("r.schaller@schaller-immo.ch", "Roland Schaller", "monthly", start="2025-09-26", end="2025-10-25")
lopay("fr_p5301", "LO-INV-80331", "r.schaller@schaller-immo.ch", "monthly", "2499.00", "449.82",
      "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
f, _ = mail("lo-chargeback", "Roland Schaller <r.schaller@schaller-immo.ch>", LO, dt(2025, 9, 28, 18, 0, 2),
            "Remboursement ou chargeback",
            "Bonjour,\n\nLe renouvellement de ce mois (LO-INV-80331) est passé alors que je n'utilise plus l'outil "
            "depuis l'été. Remboursez-moi ce mois-ci, sinon je demande un chargeback à ma carte de crédit.\n\n"
            "Salutations\nR. Schaller\n")
case("lo-chargeback", [f], LOB, "decided", [refund("escalate")], rules=["C4"],
     spec="C4: chargeback threat -> escalate, although L1 alone would deny (not using the tool)")

# 54 Reply-To is the registered address, From is not (Belgium)
cust("k.maes@maes-traiteur.be", "Katrien Maes", "monthly", start="2025-09-23", end="2025-10-22")
lopay("fr_p5401", "LO-INV-80341", "k.maes@maes-traiteur.be", "monthly", "1999.00", "359.82", "2025-09-23T10:00:00",
      "2025-09-23", "2025-10-22")
lopay("fr_p5402", "LO-INV-80342", "k.maes@maes-traiteur.be", "monthly", "1999.00", "359.82", "2025-09-23T10:01:00",
      "2025-09-23", "2025-10-22")
f, _ = mail("reply-to-c2", "Katrien Maes <katrien.maes.perso@gmail.com>", LO, dt(2025, 9, 25, 20, 0, 2),
            "paiement en double",
            "Bonsoir,\n\nJ'ai été débitée deux fois le 23 (LO-INV-80341 et LO-INV-80342). Merci de rembourser le "
            "second. J'écris depuis mon adresse perso, répondez sur l'adresse du traiteur svp.\n\nKatrien\n",
            reply_to="k.maes@maes-traiteur.be")
case("reply-to-c2", [f], LOB, "need_info", rules=["C2"],
     spec="Section 8 'Addresses': the sender is the From address katrien.maes.perso@gmail.com, not on record; "
          "Reply-To never verifies anyone -> C2 need_info, no approval")

ledger = {"customers": customers, "projects": projects, "payments": payments}
ids = [p["id"] for p in payments]
invs = [p["invoice"] for p in payments]
assert len(ids) == len(set(ids)) and len(invs) == len(set(invs))
(HERE / "ledger.json").write_text(json.dumps(ledger, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
(HERE / "expected.json").write_text(json.dumps({"cases": cases}, ensure_ascii=False, indent=1) + "\n",
                                    encoding="utf-8")
print(f"{len(cases)} cases, {len(payments)} payments")
