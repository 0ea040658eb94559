"""Held-out round fresh14: generator (stdlib only, deterministic).

Written by a QA pass from POLICY_SPEC.md alone; MIT licence like the project.
Run `python3 make_cases.py` in this folder: it writes ledger.json, emails/*.eml, expected.json.
"""
from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
IST = timezone(timedelta(hours=5, minutes=30))
LO_TO = "support@leadsoptima.com"
OWD_TO = "optimawebdesigns12@gmail.com"
OWD_TO2 = "billing@optimawebdesign.com"

LEDGER = {"customers": [], "projects": [], "payments": []}
CASES: list[dict] = []
EMAILS: dict[str, bytes] = {}


def dt(s: str) -> datetime:
    """'2025-09-22 09:14 +0200' -> aware datetime."""
    return datetime.strptime(s, "%Y-%m-%d %H:%M %z")


def ist_date(s: str) -> date:
    return dt(s).astimezone(IST).date()


def days(paid_local: str, mail: str) -> int:
    """Calendar days from a ledger local date-time/date (IST) to the mail's IST date."""
    return (ist_date(mail) - date.fromisoformat(paid_local[:10])).days


def hours(paid_local: str, mail: str) -> float:
    p = datetime.fromisoformat(paid_local).replace(tzinfo=IST)
    return (dt(mail) - p).total_seconds() / 3600


def cust(email, name, plan, ps=None, pe=None, status="active", trial_ends=None):
    LEDGER["customers"].append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan,
                                "status": status, "trial_ends": trial_ends,
                                "current_period_start": ps, "current_period_end": pe})


def lopay(pid, inv, email, plan, amount, tax, paid_at, ps, pe, status="paid"):
    LEDGER["payments"].append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email,
                               "kind": "subscription", "plan": plan, "amount": amount, "tax": tax,
                               "currency": "INR", "paid_at": paid_at, "period_start": ps, "period_end": pe,
                               "status": status})


def proj(name, email, started=None):
    LEDGER["projects"].append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                               "work_started_at": started})


def owdpay(pid, inv, project, kind, amount, tax, paid_at, status="paid", setup_fee=None, service_start=None,
           next_billing_at=None, period_start=None, period_end=None, milestone_status=None):
    LEDGER["payments"].append({"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": project,
                               "kind": kind, "amount": amount, "tax": tax, "currency": "INR",
                               "paid_at": paid_at, "status": status, "setup_fee": setup_fee,
                               "service_start": service_start, "next_billing_at": next_billing_at,
                               "period_start": period_start, "period_end": period_end,
                               "milestone_status": milestone_status})


def mail(name, frm, to, subject, when, body=None, html=None, headers=None, reply_to=None):
    """Build one .eml; returns (relative path, Message-ID). reply_to = Message-ID answered."""
    msg = EmailMessage(policy=SMTP)
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(dt(when))
    dom = frm.split("@")[-1].strip(">") if "@" in frm else "localhost"
    mid = f"<{name}.{dt(when).strftime('%Y%m%d%H%M')}@{dom}>"
    msg["Message-ID"] = mid
    if reply_to:
        msg["In-Reply-To"] = reply_to
        msg["References"] = reply_to
    for k, v in (headers or {}).items():
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    if body is not None and html is not None:
        msg.set_content(body)
        msg.add_alternative(html, subtype="html")
    elif html is not None:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(body)
    if msg.is_multipart():
        msg.set_boundary(f"=_fresh14_{name}")  # fixed boundary: the output is deterministic
    rel = f"emails/{name}.eml"
    EMAILS[rel] = msg.as_bytes()
    return rel, mid


def case(cid, lang, files, brand, status, decisions=(), rules=(), spec="", missing=None, extra_ok=False,
         ambiguous=None, title=""):
    c = {"id": f"{lang}-{cid}", "lang": lang, "files": list(files), "brand": brand, "status": status,
         "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    c["decisions"] = [dict(d) for d in decisions]
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if ambiguous:
        c["ambiguous"] = ambiguous
    c["_title"] = title
    CASES.append(c)


def R(outcome, amount=None, **kw):
    d = {"intent": "refund", "outcome": outcome}
    if amount is not None:
        d["amount"] = amount
    d.update(kw)
    return d


def C(outcome="cancel", eff=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if eff is not None:
        d["effective_date"] = eff
    return d


def write_all(lang):
    ids = [p["id"] for p in LEDGER["payments"]]
    invs = [p["invoice"] for p in LEDGER["payments"]]
    assert len(ids) == len(set(ids)) and len(invs) == len(set(invs)), "duplicate id/invoice"
    assert len({c["id"] for c in CASES}) == len(CASES)
    (HERE / "emails").mkdir(exist_ok=True)
    for old in (HERE / "emails").glob("*.eml"):
        old.unlink()
    for rel, data in EMAILS.items():
        (HERE / rel).write_bytes(data)
    (HERE / "ledger.json").write_text(json.dumps(LEDGER, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    out = [{k: v for k, v in c.items() if not k.startswith("_")} for c in CASES]
    (HERE / "expected.json").write_text(json.dumps({"cases": out}, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")
    return out

L = "fr"
LO, OWD = "leadsoptima", "optima_webdesign"

# ---------------------------------------------------------------- LeadsOptima
# l01 Belgium, duplicate day 2
cust("compta@brasserie-vandenbossche.be", "Brasserie Vandenbossche", "monthly", "2025-09-20", "2025-10-19")
lopay("pay_fr_7201", "LO-INV-72201", "compta@brasserie-vandenbossche.be", "monthly", "1499.00", "269.82",
      "2025-09-20T11:00:00", "2025-09-20", "2025-10-19")
lopay("pay_fr_7202", "LO-INV-72202", "compta@brasserie-vandenbossche.be", "monthly", "1499.00", "269.82",
      "2025-09-20T11:01:00", "2025-09-20", "2025-10-19")
w = "2025-09-22 09:40 +0200"; assert days("2025-09-20", w) == 2
f, _ = mail("l01-deux-reprises", "Comptabilité Vandenbossche <compta@brasserie-vandenbossche.be>", LO_TO,
            "Prélèvement en double – facture LO-INV-72202", w,
            "Bonjour,\n\nEn pointant nos extraits de compte, je constate que votre abonnement mensuel a été prélevé "
            "à deux reprises le 20/09 (2 x 1.499,00 INR hors TVA). La seconde opération correspond à la facture "
            "LO-INV-72202. Pourriez-vous nous reverser ce montant, s'il vous plaît ?\n\nJe vous remercie "
            "d'avance.\n\nBien à vous,\n\nNathalie Dubois\nService comptable – Brasserie Vandenbossche SRL\n"
            "Chaussée de Louvain 412, 1030 Schaerbeek\n")
case("l01-preleve-deux-fois-be", L, [f], LO, "decided", [R("approve", "1499.00")],
     spec="L2 duplicate; two paid 1499.00 charges, same period 2025-09-20..10-19; request day 2 -> L4 approve 1499.00",
     title="Belgian 'prélevé à deux reprises', day 2 -> approve 1499.00")

# l02 Québec duplicate annual, day 6
cust("info@erabliere-gagnon.ca", "Érablière Gagnon", "annual", "2025-09-19", "2026-09-18")
lopay("pay_fr_7203", "LO-INV-72203", "info@erabliere-gagnon.ca", "annual", "11988.00", "2157.84",
      "2025-09-19T20:00:00", "2025-09-19", "2026-09-18")
lopay("pay_fr_7204", "LO-INV-72204", "info@erabliere-gagnon.ca", "annual", "11988.00", "2157.84",
      "2025-09-19T20:04:00", "2025-09-19", "2026-09-18")
w = "2025-09-25 08:15 -0400"; assert days("2025-09-19", w) == 6
f, _ = mail("l02-quebec", "Érablière Gagnon <info@erabliere-gagnon.ca>", LO_TO,
            "Chargé deux fois sur ma carte de crédit", w,
            "Bonjour,\n\nJ'ai magasiné vos forfaits la semaine passée pis j'ai pris l'annuel. Sauf que sur mon "
            "relevé de carte de crédit, je vois deux transactions pareilles de LeadsOptima le même soir. La "
            "deuxième, c'est la facture LO-INV-72204. Pouvez-vous me rembourser celle-là?\n\nMerci bien,\n"
            "Sylvain Gagnon\nÉrablière Gagnon, Saint-Pierre-Baptiste (Qc)\n")
case("l02-charge-deux-fois-qc", L, [f], LO, "decided", [R("approve", "11988.00")],
     spec="Québec morning mail 2025-09-25 08:15 -0400 = 17:45 IST same date; charge 2025-09-19 -> day 6 inside; "
          "pair in ledger -> L4 approve 11988.00",
     title="Québec 'chargé deux fois', annual, day 6 -> approve 11988.00")

# l03 France, duplicate day 8 -> deny
cust("contact@atelier-lemoine.fr", "Atelier Lemoine", "quarterly", "2025-09-10", "2025-12-09")
lopay("pay_fr_7205", "LO-INV-72205", "contact@atelier-lemoine.fr", "quarterly", "3999.00", "719.82",
      "2025-09-10T09:00:00", "2025-09-10", "2025-12-09")
lopay("pay_fr_7206", "LO-INV-72206", "contact@atelier-lemoine.fr", "quarterly", "3999.00", "719.82",
      "2025-09-10T09:02:00", "2025-09-10", "2025-12-09")
w = "2025-09-18 10:00 +0200"; assert days("2025-09-10", w) == 8
f, _ = mail("l03-jour8", "Atelier Lemoine <contact@atelier-lemoine.fr>", LO_TO,
            "Double débit abonnement trimestriel", w,
            "Bonjour,\n\nje rentre de congés et découvre que mon abonnement trimestriel a été débité deux fois le "
            "10 septembre. Merci de bien vouloir me rembourser le second débit (facture LO-INV-72206).\n\n"
            "Cordialement,\nClaire Lemoine\nAtelier Lemoine – Ébénisterie d'art, Nantes\n")
case("l03-double-debit-jour8", L, [f], LO, "decided", [R("deny")],
     spec="L2 duplicate, but charge 2025-09-10, request 2025-09-18 = day 8 > 7 -> L3 deny",
     title="back from holiday, duplicate found on day 8 -> deny L3")

# l04 Morocco, duplicate claimed, one charge only -> escalate
cust("youssef.bennani@gmail.com", "Youssef Bennani", "monthly", "2025-09-28", "2025-10-27")
lopay("pay_fr_7207", "LO-INV-72207", "youssef.bennani@gmail.com", "monthly", "1499.00", "269.82",
      "2025-09-28T14:00:00", "2025-09-28", "2025-10-27")
w = "2025-09-29 11:30 +0100"
f, _ = mail("l04-maroc", "Youssef Bennani <youssef.bennani@gmail.com>", LO_TO, "paiement 2 fois", w,
            "Salam,\n\nsvp j'ai ete debite 2 fois pour l'abonnement mensuel, la banque m'a envoye deux SMS. "
            "facture inv 72207. merci de me rembourser le 2eme paiement.\n\nYoussef\nCasablanca\n")
case("l04-debite-2-fois-sans-paire", L, [f], LO, "decided", [R("escalate")],
     spec="L2 duplicate claimed, day 1; ledger has one paid charge for the period -> L4 escalate",
     title="Moroccan phone mail without accents, 'débité 2 fois', one charge in ledger -> escalate")

# l05 too expensive -> deny
cust("direction@cabinet-rousseau-avocats.fr", "Cabinet Rousseau", "annual", "2025-09-24", "2026-09-23")
lopay("pay_fr_7208", "LO-INV-72208", "direction@cabinet-rousseau-avocats.fr", "annual", "11988.00", "2157.84",
      "2025-09-24T10:00:00", "2025-09-24", "2026-09-23")
w = "2025-09-26 17:20 +0200"
f, _ = mail("l05-trop-cher", "Cabinet Rousseau <direction@cabinet-rousseau-avocats.fr>", LO_TO,
            "Demande de remboursement – LO-INV-72208", w,
            "Madame, Monsieur,\n\nAprès réflexion, le forfait annuel s'avère nettement au-dessus du budget que nous "
            "pouvons consacrer à la prospection cette année. Je vous saurais gré de bien vouloir procéder au "
            "remboursement de la facture LO-INV-72208.\n\nVeuillez agréer, Madame, Monsieur, l'expression de mes "
            "salutations distinguées.\n\nHélène Rousseau\n")
case("l05-trop-cher", L, [f], LO, "decided", [R("deny")],
     spec="refund because it is over budget (too expensive) -> not an L2 exception -> L1 deny",
     title="formal 'au-dessus du budget' refund -> deny L1")

# l06 did not use it: refund + cancel
cust("bonjour@studio-pilates-lyon.fr", "Studio Pilates Lyon", "monthly", "2025-09-15", "2025-10-14")
lopay("pay_fr_7209", "LO-INV-72209", "bonjour@studio-pilates-lyon.fr", "monthly", "1499.00", "269.82",
      "2025-09-15T09:00:00", "2025-09-15", "2025-10-14")
w = "2025-09-21 12:00 +0200"
f, _ = mail("l06-pas-utilise", "Studio Pilates Lyon <bonjour@studio-pilates-lyon.fr>", LO_TO,
            "Résiliation + remboursement", w,
            "Coucou l'équipe,\n\nhonnêtement je ne me suis pas connectée une seule fois ce mois-ci, je n'ai pas le "
            "temps de m'en occuper. Vous pouvez résilier mon abonnement et me rembourser septembre (LO-INV-72209) "
            "vu que je n'ai rien utilisé ?\n\nBelle journée,\nÉmilie\n")
case("l06-pas-utilise-et-resiliation", L, [f], LO, "decided", [R("deny"), C("cancel", "2025-10-14")],
     spec="refund because not used -> L1 deny; cancellation -> L8 effective current_period_end 2025-10-14",
     title="'je n'ai rien utilisé', refund + résiliation -> deny + cancel 2025-10-14")

# l07 access failure inside -> escalate
cust("webmaster@immo-provence.fr", "Immo Provence", "monthly", "2025-09-22", "2025-10-21")
lopay("pay_fr_7210", "LO-INV-72210", "webmaster@immo-provence.fr", "monthly", "1499.00", "269.82",
      "2025-09-22T09:00:00", "2025-09-22", "2025-10-21")
w = "2025-09-27 10:10 +0200"
f, _ = mail("l07-connexion", "Immo Provence <webmaster@immo-provence.fr>", LO_TO,
            "Impossible de me connecter depuis 4 jours", w,
            "Bonjour,\n\nDepuis mardi, impossible de me connecter : le message « session expirée » s'affiche en "
            "boucle, même après réinitialisation du mot de passe. J'ai ouvert un ticket (n° 55812) sans réponse. "
            "Je souhaite être remboursé de la facture LO-INV-72210, je paie pour un service auquel je n'ai pas "
            "accès.\n\nCordialement,\nMarc Aubert\n")
case("l07-impossible-connexion", L, [f], LO, "decided", [R("escalate")],
     spec="L2 access_failure, day 5 inside -> L6 escalate", title="'impossible de me connecter', day 5 -> escalate L6")

# l08 promo price not applied -> billing error
cust("hello@kombucha-paris.fr", "Kombucha Paris", "quarterly", "2025-09-23", "2025-12-22")
lopay("pay_fr_7211", "LO-INV-72211", "hello@kombucha-paris.fr", "quarterly", "3999.00", "719.82",
      "2025-09-23T09:00:00", "2025-09-23", "2025-12-22")
w = "2025-09-24 15:30 +0200"
f, _ = mail("l08-mauvais-montant", "Inès | Kombucha Paris <hello@kombucha-paris.fr>", LO_TO,
            "Mauvais montant facturé (LO-INV-72211)", w,
            "Hello,\n\nj'ai souscrit au trimestriel avec le code promo de votre webinar, le checkout affichait bien "
            "la remise, mais on m'a prélevé le plein tarif. Ce n'est pas le montant convenu. Merci de me rembourser "
            "la différence, ou tout et je repasse commande proprement.\n\nMerci !\nInès\n")
case("l08-montant-errone", L, [f], LO, "decided", [R("escalate")],
     spec="L2 billing_error (wrong amount, promo not applied), day 1 inside -> L5 escalate",
     title="promo code not applied, wrong amount -> escalate L5")

# l09 Québec: cancelled on the 12th, charged anyway
cust("marie-eve.tremblay@videotron.ca", "Marie-Ève Tremblay", "monthly", "2025-09-17", "2025-10-16")
lopay("pay_fr_7212", "LO-INV-72212", "marie-eve.tremblay@videotron.ca", "monthly", "1499.00", "269.82",
      "2025-09-17T10:00:00", "2025-09-17", "2025-10-16")
w = "2025-09-19 09:00 -0400"; assert days("2025-09-17", w) == 2
f, _ = mail("l09-annule-facture", "Marie-Ève Tremblay <marie-eve.tremblay@videotron.ca>", LO_TO,
            "Facturée après mon annulation", w,
            "Bonjour,\n\nJ'ai annulé mon abonnement le 12 septembre (j'ai même le courriel de confirmation), puis "
            "le 17 vous m'avez quand même facturé 1 499,00 $... euh, roupies, peu importe. Facture LO-INV-72212. "
            "Je veux ravoir mon argent, s'il vous plaît.\n\nMerci,\nMarie-Ève\n")
case("l09-facturee-apres-annulation", L, [f], LO, "decided", [R("escalate")],
     spec="past event 'j'ai annulé le 12, facturé quand même' = L2 billing_error; day 2 -> L5 escalate; the past "
          "cancellation is no new cancellation request",
     title="Québec: cancelled on the 12th, charged on the 17th -> escalate L5")

# l10 billing error outside window -> deny
cust("gerance@camping-les-pins.fr", "Camping Les Pins", "monthly", "2025-09-05", "2025-10-04")
lopay("pay_fr_7213", "LO-INV-72213", "gerance@camping-les-pins.fr", "monthly", "1499.00", "269.82",
      "2025-09-05T09:00:00", "2025-09-05", "2025-10-04")
w = "2025-09-15 14:00 +0200"; assert days("2025-09-05", w) == 10
f, _ = mail("l10-erreur-tard", "Camping Les Pins <gerance@camping-les-pins.fr>", LO_TO,
            "Erreur de facturation septembre", w,
            "Bonjour,\n\nvous m'avez facturé le mauvais forfait le 5 septembre : j'étais censé passer en forfait "
            "réduit hors saison. Merci de rembourser la facture LO-INV-72213.\n\nPatrick Giraud, gérant\n")
case("l10-erreur-facturation-jour10", L, [f], LO, "decided", [R("deny")],
     spec="L2 billing_error (wrong plan), but charge 2025-09-05, request day 10 > 7 -> L3 deny",
     title="wrong plan charged, written on day 10 -> deny L3")

# l11 cancel, explicit negation of refund
cust("s.martin@martin-paysagiste.fr", "Sébastien Martin", "annual", "2025-01-20", "2026-01-19")
lopay("pay_fr_7214", "LO-INV-72214", "s.martin@martin-paysagiste.fr", "annual", "11988.00", "2157.84",
      "2025-01-20T09:00:00", "2025-01-20", "2026-01-19")
w = "2025-09-23 08:30 +0200"
f, _ = mail("l11-pas-remboursement", "Sébastien Martin <s.martin@martin-paysagiste.fr>", LO_TO,
            "Non-reconduction de mon abonnement", w,
            "Bonjour,\n\nJe ne vous demande aucun remboursement, je souhaite simplement que mon abonnement annuel "
            "ne soit pas reconduit en janvier. Je pars à la retraite et l'entreprise ferme.\n\nBonne continuation,"
            "\nSébastien Martin\n")
case("l11-aucun-remboursement-resiliation", L, [f], LO, "decided", [C("cancel", "2026-01-19")],
     spec="'Je ne vous demande aucun remboursement' -> no refund intent (section 8); non-renewal = cancellation "
          "-> L8 effective current_period_end 2026-01-19",
     title="'je ne vous demande aucun remboursement', non-renewal -> cancel 2026-01-19")

# l12 cancel, fallback from last charge (quarterly)
cust("resa@gite-des-vignes.fr", "Gîte des Vignes", "quarterly")
lopay("pay_fr_7215", "LO-INV-72215", "resa@gite-des-vignes.fr", "quarterly", "3999.00", "719.82",
      "2025-07-15T09:00:00", "2025-07-15", None)
w = "2025-09-24 19:00 +0200"
f, _ = mail("l12-fallback", "Gîte des Vignes <resa@gite-des-vignes.fr>", LO_TO, "Arrêt de l'abonnement", w,
            "Bonsoir,\n\nmerci d'arrêter mon abonnement trimestriel, la saison est terminée et le gîte ferme "
            "jusqu'en avril.\n\nAmicalement,\nFrançoise\n")
case("l12-resiliation-sans-fin-de-periode", L, [f], LO, "decided", [C("cancel", "2025-10-14")],
     spec="L8 fallback: no current_period_end; last charge 2025-07-15 + 3 months - 1 day = 2025-10-14",
     title="quarterly cancel, ledger without period end -> cancel 2025-10-14")

# l13 Swiss romand HTML-only annual cancel
cust("secretariat@fiduciaire-rochat.ch", "Fiduciaire Rochat", "annual", "2025-06-01", "2026-05-31")
lopay("pay_fr_7216", "LO-INV-72216", "secretariat@fiduciaire-rochat.ch", "annual", "11988.00", "2157.84",
      "2025-06-01T09:00:00", "2025-06-01", "2026-05-31")
w = "2025-09-30 08:45 +0200"
f, _ = mail("l13-html", "Fiduciaire Rochat SA <secretariat@fiduciaire-rochat.ch>", LO_TO,
            "Résiliation de l'abonnement annuel", w,
            html="<html><body><div>Madame, Monsieur,</div><div><br></div><div>Par la présente, nous résilions "
                 "notre abonnement annuel LeadsOptima pour la prochaine échéance. Notre nouvelle direction a "
                 "choisi un autre outil pour l'ensemble du groupe.</div><div><br></div><div>Avec nos meilleures "
                 "salutations</div><div><b>Fiduciaire Rochat SA</b><br>Av. de la Gare 17, 1003 Lausanne</div>"
                 "</body></html>")
case("l13-html-resiliation-ch", L, [f], LO, "decided", [C("cancel", "2026-05-31")],
     spec="HTML-only cancellation from the registered email -> L8 effective current_period_end 2026-05-31",
     title="Swiss romand HTML-only annual cancellation -> cancel 2026-05-31")

# l14 trial question -> other
cust("julien.perrin@free.fr", "Julien Perrin", None, status="trial", trial_ends="2025-10-06")
w = "2025-09-28 21:00 +0200"
f, _ = mail("l14-essai", "Julien Perrin <julien.perrin@free.fr>", LO_TO, "Fin de l'essai gratuit", w,
            "Bonsoir,\n\nmon essai se termine la semaine prochaine. Est-ce que je serai prélevé automatiquement à la "
            "fin, ou faut-il que je choisisse une formule moi-même ? Je n'ai pas encore décidé.\n\nMerci,\nJulien\n")
case("l14-question-essai", L, [f], LO, "other",
     spec="trial user asks whether billing starts automatically: a question, no refund or cancellation -> other",
     title="trial user asks if he'll be charged automatically -> other")

# l15 hypothetical before buying
w = "2025-09-26 13:00 +0100"
f, _ = mail("l15-si-jamais", "Karim Haddad <k.haddad@agence-sahel.dz>", LO_TO, "Question avant abonnement", w,
            "Bonjour,\n\nnous sommes une petite agence à Alger et nous hésitons à prendre le forfait trimestriel. "
            "Si jamais vos leads ne couvrent pas l'Algérie, est-ce qu'on pourra se faire rembourser ?\n\n"
            "Merci d'avance pour votre retour,\nKarim Haddad\n")
case("l15-si-jamais-rembourse", L, [f], LO, "other",
     spec="hypothetical before subscribing ('Si jamais ..., est-ce qu'on pourra se faire rembourser ?') -> policy "
          "question, other (section 8)", title="Algerian prospect: refundable if leads don't cover Algeria? -> other")

# l16 C2: writes from hotmail, names the registered address
cust("admin@boulangerie-lefevre.fr", "Boulangerie Lefèvre", "monthly", "2025-09-25", "2025-10-24")
lopay("pay_fr_7217", "LO-INV-72217", "admin@boulangerie-lefevre.fr", "monthly", "1499.00", "269.82",
      "2025-09-25T06:00:00", "2025-09-25", "2025-10-24")
w = "2025-09-27 06:15 +0200"
f, _ = mail("l16-hotmail", "Thierry Lefevre <thierry.lefevre62@hotmail.fr>", LO_TO,
            "Compte admin@boulangerie-lefevre.fr", w,
            "Bonjour, je vous écris depuis ma boîte perso. Mon compte est admin@boulangerie-lefevre.fr. Je n'arrive "
            "plus à me connecter depuis jeudi et je voudrais le remboursement de ce mois (LO-INV-72217). "
            "Thierry\n\nEnvoyé de mon smartphone Samsung Galaxy.\n")
case("l16-adresse-perso", L, [f], LO, "need_info", rules=["C2"],
     spec="sender thierry.lefevre62@hotmail.fr is not the registered email it names -> C2 need_info",
     title="writes from personal Hotmail, names company account -> need_info C2")

# l17 refund with no reason
cust("facturation@transports-morel.fr", "Transports Morel", "quarterly", "2025-09-25", "2025-12-24")
lopay("pay_fr_7218", "LO-INV-72218", "facturation@transports-morel.fr", "quarterly", "3999.00", "719.82",
      "2025-09-25T09:00:00", "2025-09-25", "2025-12-24")
w = "2025-09-26 11:00 +0200"
f, _ = mail("l17-sans-motif", "Facturation Transports Morel <facturation@transports-morel.fr>", LO_TO,
            "TR: LO-INV-72218", w,
            "Bonjour,\n\nVoir ci-dessous. Merci de faire le nécessaire pour le remboursement.\n\nCdlt\n"
            "Stéphanie Morel\n\n-------- Message transféré --------\nSujet : \tVotre facture LO-INV-72218\n"
            "Date : \tThu, 25 Sep 2025 09:00:12 +0530\nDe : \tLeadsOptima <billing@leadsoptima.com>\n"
            "Pour : \tfacturation@transports-morel.fr\n\nMerci pour votre paiement de 3 999,00 INR (HT) pour votre "
            "forfait trimestriel. Facture : LO-INV-72218.\n\n"
            "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires.\n")
case("l17-transfert-sans-motif", L, [f], LO, "need_info", missing=["reason"],
     spec="forwarding note ('Voir ci-dessous. Merci de faire le nécessaire') + our own invoice mail: a refund is "
          "asked with an invoice but no reason (section 8: forwarding notes and restated requests are not "
          "reasons) -> C3 need_info [reason]",
     title="TR: forward of our invoice, 'merci de faire le nécessaire' -> need_info reason")

# l18 thread: invoice missing (several charges), then given -> escalate access failure
cust("pro@coiffure-nadia.fr", "Coiffure Nadia", "monthly", "2025-09-23", "2025-10-22")
for pid, inv, d, pe in [("pay_fr_7219", "LO-INV-72219", "2025-07-23", "2025-08-22"),
                        ("pay_fr_7220", "LO-INV-72220", "2025-08-23", "2025-09-22"),
                        ("pay_fr_7221", "LO-INV-72221", "2025-09-23", "2025-10-22")]:
    lopay(pid, inv, "pro@coiffure-nadia.fr", "monthly", "1499.00", "269.82", d + "T09:00:00", d, pe)
w1 = "2025-09-25 10:00 +0200"; w2 = "2025-09-30 18:00 +0200"
f1, m1 = mail("l18-a", "Nadia Benali <pro@coiffure-nadia.fr>", LO_TO, "plateforme inaccessible", w1,
              "Bonjour, depuis le renouvellement la plateforme ne charge plus du tout chez moi (page blanche, sur "
              "PC et sur téléphone). Je voudrais être remboursée du dernier prélèvement. Nadia\n")
f2, _ = mail("l18-b", "Nadia Benali <pro@coiffure-nadia.fr>", LO_TO, "Re: plateforme inaccessible [LO-7221]", w2,
             "Re-bonjour, le numéro de facture c'est LO-INV-72221. Et toujours rien qui charge.\nNadia\n\n"
             "Le 25/09/2025 à 14:02, LeadsOptima Support a écrit :\n> Merci de nous indiquer le numéro de "
             "facture concerné.\n", reply_to=m1)
case("l18-facture-donnee-apres", L, [f1, f2], LO, "decided", [R("escalate")],
     spec="first mail: access_failure, invoice missing (three charges on record) -> C3; answer gives LO-INV-72221 "
          "(2025-09-23); request time = first mail 2025-09-25 = day 2 -> L6 escalate",
     title="thread: platform not loading, invoice given in reply -> escalate L6")

# l19 C4: opposition bancaire
cust("gerant@pizzeria-da-enzo.fr", "Pizzeria da Enzo", "monthly", "2025-09-26", "2025-10-25")
lopay("pay_fr_7222", "LO-INV-72222", "gerant@pizzeria-da-enzo.fr", "monthly", "1499.00", "269.82",
      "2025-09-26T09:00:00", "2025-09-26", "2025-10-25")
w = "2025-09-29 16:00 +0200"
f, _ = mail("l19-opposition", "Enzo Ricci <gerant@pizzeria-da-enzo.fr>", LO_TO, "Remboursement sinon opposition", w,
            "Bonjour,\n\nVotre outil ne m'a rapporté aucun client, c'est de l'arnaque. Je veux être remboursé de la "
            "facture LO-INV-72222 sous 48h, sinon je fais opposition auprès de ma banque et je lance un chargeback.\n\n"
            "Enzo Ricci\n")
case("l19-menace-opposition", L, [f], LO, "decided", [R("escalate")], rules=["C4"],
     spec="threat of a bank chargeback ('opposition auprès de ma banque', 'chargeback') -> C4 escalate",
     title="'sinon je fais opposition / chargeback' -> escalate C4")

# l20 C4 on a pure cancellation (lawyer, association de consommateurs)
cust("contact@optique-girard.fr", "Optique Girard", "annual", "2025-03-15", "2026-03-14")
lopay("pay_fr_7223", "LO-INV-72223", "contact@optique-girard.fr", "annual", "11988.00", "2157.84",
      "2025-03-15T09:00:00", "2025-03-15", "2026-03-14")
w = "2025-09-25 11:45 +0200"
f, _ = mail("l20-avocat", "Optique Girard <contact@optique-girard.fr>", LO_TO, "Résiliation immédiate", w,
            "Madame, Monsieur,\n\nJe vous demande de résilier immédiatement mon abonnement. Cela fait trois "
            "semaines que mes demandes restent sans réponse. Sans confirmation écrite sous huit jours, je transmets "
            "le dossier à mon avocat et à une association de défense des consommateurs.\n\nJean-Luc Girard\n")
case("l20-resiliation-menace-avocat", L, [f], LO, "decided", [C("escalate")], rules=["C4"],
     spec="cancellation with a lawyer / consumer association threat -> C4 covers the whole case, the cancellation "
          "is escalated (section 8)",
     title="cancellation with lawyer threat -> escalate cancellation C4")

# l21 out-of-office
w = "2025-09-23 08:00 +0200"
f, _ = mail("l21-absence", "Agnès Colin <a.colin@colin-conseil.fr>", LO_TO, "Réponse automatique : Absent(e) du bureau",
            w, "Bonjour,\n\nJe suis absente jusqu'au 3 octobre inclus, sans accès à ma messagerie. Pour toute "
               "demande urgente, merci de contacter accueil@colin-conseil.fr.\n\nCordialement,\nAgnès Colin\n",
            headers={"Auto-Submitted": "auto-replied"})
case("l21-absence", L, [f], LO, "ignore", rules=["C7"], spec="Auto-Submitted: auto-replied -> C7 ignore",
     title="'Réponse automatique : Absent(e) du bureau' -> ignore C7")

# l22 list mail
w = "2025-09-22 07:00 +0200"
f, _ = mail("l22-liste", "Club des Commerciaux <liste@club-commerciaux.fr>", LO_TO,
            "[club-commerciaux] Faut-il résilier ses outils de prospection ?", w,
            "Bonjour à tous,\n\nsuite à la discussion d'hier : qui a déjà demandé un remboursement à son outil de "
            "prospection ? Partagez vos retours !\n\n--\nPour vous désinscrire : liste-unsubscribe@club-commerciaux.fr\n",
            headers={"List-Id": "<club-commerciaux.lists.club-commerciaux.fr>", "Precedence": "list"})
case("l22-liste-diffusion", L, [f], LO, "ignore", rules=["C7"],
     spec="List-Id + Precedence: list -> C7 ignore", title="mailing list post about refunds -> ignore C7")

# l23 how-to
cust("equipe@startup-nuage.fr", "Nuage SAS", "annual", "2025-05-01", "2026-04-30")
lopay("pay_fr_7224", "LO-INV-72224", "equipe@startup-nuage.fr", "annual", "11988.00", "2157.84",
      "2025-05-01T09:00:00", "2025-05-01", "2026-04-30")
w = "2025-09-29 10:20 +0200"
f, _ = mail("l23-collaborateur", "Nuage SAS <equipe@startup-nuage.fr>", LO_TO, "Ajouter un collaborateur", w,
            "Salut,\n\ncomment on ajoute un deuxième utilisateur sur le compte ? Je ne trouve pas l'option dans les "
            "settings. Et est-ce que ça change le prix ?\n\nMerci,\nHugo\n")
case("l23-ajout-utilisateur", L, [f], LO, "other", spec="how-to / pricing question -> other",
     title="how to add a second user -> other")

# ---------------------------------------------------------------- Optima WebDesign
# o01 discovery not started -> approve
proj("Domaine Chantebise Site Vitrine", "domaine@chantebise.fr", None)
owdpay("pay_fr_8201", "OWD-2025-801", "Domaine Chantebise Site Vitrine", "discovery", "20000.00", "3600.00",
       "2025-09-19T09:00:00")
w = "2025-09-23 10:00 +0200"
f, _ = mail("o01-discovery", "Domaine de Chantebise <domaine@chantebise.fr>", OWD_TO,
            "Refund Request — Domaine Chantebise Site Vitrine / OWD-2025-801", w,
            "Madame, Monsieur,\n\nÀ la suite de la grêle de cet été, nous devons reporter tous nos investissements. "
            "L'atelier de cadrage n'a pas encore eu lieu : nous vous prions donc de bien vouloir nous rembourser "
            "les frais de découverte (facture OWD-2025-801).\n\nBien cordialement,\nAnne-Sophie Chantebise\n")
case("o01-cadrage-pas-commence", L, [f], OWD, "decided", [R("approve", "20000.00")],
     spec="O1 discovery, work_started_at empty -> full refund 20000.00 (before tax)",
     title="discovery fee, workshop not held, hail damage -> approve 20000.00")

# o02 discovery started -> deny
proj("Clinique Vétérinaire du Lac Refonte", "direction@clinique-veto-lac.ch", "2025-09-17T14:00:00")
owdpay("pay_fr_8202", "OWD-2025-802", "Clinique Vétérinaire du Lac Refonte", "discovery", "16000.00", "2880.00",
       "2025-09-12T09:00:00")
w = "2025-09-24 09:30 +0200"
f, _ = mail("o02-discovery-commence", "Direction Clinique du Lac <direction@clinique-veto-lac.ch>", OWD_TO,
            "Remboursement phase de découverte", w,
            "Bonjour,\n\nSuite au premier atelier du 17 septembre, nous avons constaté que vos propositions ne "
            "correspondaient pas à nos attentes. Nous demandons le remboursement de la phase de découverte du projet "
            "Clinique Vétérinaire du Lac Refonte (OWD-2025-802).\n\nMeilleures salutations\nDr Pascale Favre\n")
case("o02-decouverte-apres-atelier", L, [f], OWD, "decided", [R("deny")],
     spec="O1 discovery; work_started_at 2025-09-17 is before the request 2025-09-24 -> deny",
     title="Swiss: discovery refund after first workshop -> deny O1")

# o03 deposit at 70 h -> approve
proj("Boucherie Morin E-shop", "boucherie.morin@orange.fr", None)
owdpay("pay_fr_8203", "OWD-2025-803", "Boucherie Morin E-shop", "deposit", "24000.00", "4320.00",
       "2025-09-22T15:00:00")
w = "2025-09-25 09:30 +0200"; assert 69 < hours("2025-09-22T15:00:00", w) < 72
f, _ = mail("o03-acompte-70h", "Boucherie Morin <boucherie.morin@orange.fr>", OWD_TO,
            "annulation commande e-shop et remboursement acompte", w,
            "Bonjour,\n\nJ'ai versé lundi l'acompte pour l'e-shop (Boucherie Morin E-shop, facture OWD-2025-803). "
            "Finalement ma fille reprend la boutique l'an prochain et elle veut choisir elle-même son prestataire. "
            "Je souhaite donc récupérer l'acompte.\n\nMerci\nGérard Morin\n")
case("o03-acompte-70h", L, [f], OWD, "decided", [R("approve", "24000.00")], extra_ok=True,
     spec="O2 deposit paid 2025-09-22 15:00 IST; request 2025-09-25 13:00 IST = 70 h < 72 h, no work started -> "
          "approve 24000.00; extra_ok: 'annulation commande' may add a cancellation intent",
     title="deposit refund at 70 hours -> approve 24000.00")

# o04 deposit at 73 h, Québec -> deny
proj("Cabane à sucre Pelletier Réservations", "reservations@cabane-pelletier.ca", None)
owdpay("pay_fr_8204", "OWD-2025-804", "Cabane à sucre Pelletier Réservations", "deposit", "19000.00", "3420.00",
       "2025-09-22T18:30:00")
w = "2025-09-25 10:30 -0400"; assert hours("2025-09-22T18:30:00", w) == 73.5
f, _ = mail("o04-acompte-73h", "Cabane Pelletier <reservations@cabane-pelletier.ca>", OWD_TO,
            "Remboursement du dépôt", w,
            "Allô,\n\nOn a changé d'idée pour le système de réservations, notre fédération en offre un gratuit. "
            "Pourriez-vous nous remettre le dépôt versé lundi? Projet : Cabane à sucre Pelletier Réservations, "
            "facture OWD-2025-804.\n\nMerci ben gros,\nJosée Pelletier\n")
case("o04-depot-73h-qc", L, [f], OWD, "decided", [R("deny")],
     spec="O2 deposit paid 2025-09-22 18:30 IST; Québec mail 2025-09-25 10:30 -0400 = 20:00 IST = 73.5 h >= 72 h -> deny",
     title="Québec 'remettre le dépôt' at 73.5 hours -> deny O2")

# o05 deposit, work scheduled after the request -> approve
proj("Cabinet Dentaire Leroy Site", "secretariat@dentiste-leroy.fr", "2025-09-29T09:00:00")
owdpay("pay_fr_8205", "OWD-2025-805", "Cabinet Dentaire Leroy Site", "deposit", "17500.00", "3150.00",
       "2025-09-26T11:00:00")
w = "2025-09-27 10:00 +0200"
f, _ = mail("o05-acompte-avant-kickoff", "Secrétariat Dr Leroy <secretariat@dentiste-leroy.fr>", OWD_TO,
            "Cabinet Dentaire Leroy Site – annulation avant lancement", w,
            "Bonjour,\n\nLe Dr Leroy a finalement décidé de rejoindre un centre de santé qui dispose déjà d'un site. "
            "Le lancement était prévu lundi 29 ; pouvez-vous l'annuler et nous rembourser l'acompte OWD-2025-805 ?\n\n"
            "Cordialement,\nLe secrétariat\n")
case("o05-acompte-avant-lancement", L, [f], OWD, "decided", [R("approve", "17500.00")], extra_ok=True,
     spec="O2: request 2025-09-27 13:30 IST is 26.5 h after payment and before work_started_at 2025-09-29 "
          "(later than the request) -> approve 17500.00; extra_ok for a cancellation reading of 'annuler'",
     title="deposit, kick-off planned after the request -> approve 17500.00")

# o06 milestone not started -> approve
proj("Mairie de Saint-Aubin Portail", "communication@mairie-saint-aubin.fr", "2025-06-01T09:00:00")
owdpay("pay_fr_8206", "OWD-2025-806", "Mairie de Saint-Aubin Portail", "milestone", "38000.00", "6840.00",
       "2025-09-05T09:00:00", milestone_status="not_started")
w = "2025-09-24 11:00 +0200"
f, _ = mail("o06-jalon", "Service Communication <communication@mairie-saint-aubin.fr>", OWD_TO,
            "Portail – suppression du lot « e-démarches »", w,
            "Madame, Monsieur,\n\nLe conseil municipal a décidé de passer par la plateforme régionale pour les "
            "démarches en ligne. Le jalon correspondant du projet Mairie de Saint-Aubin Portail (facture "
            "OWD-2025-806), réglé d'avance, n'a pas été entamé. Nous sollicitons son remboursement.\n\n"
            "Veuillez agréer nos salutations distinguées.\nLe service communication\n")
case("o06-jalon-non-entame", L, [f], OWD, "decided", [R("approve", "38000.00")],
     spec="O3 milestone not_started -> refund its amount 38000.00 (before tax)",
     title="town hall drops a not-started milestone -> approve 38000.00")

# o07 milestone completed -> deny
proj("Librairie Le Marque-Page Site", "librairie@lemarquepage.be", "2025-06-15T09:00:00")
owdpay("pay_fr_8207", "OWD-2025-807", "Librairie Le Marque-Page Site", "milestone", "14000.00", "2520.00",
       "2025-08-25T09:00:00", milestone_status="completed")
w = "2025-09-22 14:45 +0200"
f, _ = mail("o07-jalon-termine", "Librairie Le Marque-Page <librairie@lemarquepage.be>", OWD_TO,
            "Maquettes – demande de remboursement", w,
            "Bonjour,\n\nLes maquettes livrées fin août (projet Librairie Le Marque-Page Site, OWD-2025-807) ne "
            "nous plaisent finalement pas du tout, on ne s'y retrouve pas. Est-ce qu'on peut être remboursés "
            "de cette étape ? Septante pages à refaire, ce n'est pas possible.\n\nBien à vous,\nGeoffrey\n")
case("o07-jalon-livre", L, [f], OWD, "decided", [R("deny")],
     spec="O3 milestone completed -> deny (O6 completed deliverables)",
     title="Belgian: delivered mockups disliked -> deny O3")

# o08 milestone in progress -> escalate
proj("Tunis Tech Academy LMS", "admin@tunistech-academy.tn", "2025-07-01T09:00:00")
owdpay("pay_fr_8208", "OWD-2025-808", "Tunis Tech Academy LMS", "milestone", "42000.00", "7560.00",
       "2025-09-01T09:00:00", milestone_status="in_progress")
w = "2025-09-26 12:00 +0100"
f, _ = mail("o08-jalon-en-cours", "Tunis Tech Academy <admin@tunistech-academy.tn>", OWD_TO,
            "Jalon LMS OWD-2025-808", w,
            "Bonjour,\n\nLe module de paiement du projet Tunis Tech Academy LMS est en cours chez vous, mais notre "
            "banque nous impose finalement sa propre solution. Nous voudrions récupérer la partie du jalon qui "
            "n'a pas encore été réalisée.\n\nCordialement,\nMehdi Trabelsi\n")
case("o08-jalon-en-cours", L, [f], OWD, "decided", [R("escalate")],
     spec="O3 milestone in_progress -> escalate", title="Tunisian: milestone in progress, partial refund -> escalate O3")

# o09 retainer with notice >= 7 days
proj("Fromagerie Bouvier Réseaux sociaux", "fromagerie.bouvier@gmail.com", "2025-02-01T09:00:00")
owdpay("pay_fr_8209", "OWD-2025-809", "Fromagerie Bouvier Réseaux sociaux", "retainer", "7000.00", "1260.00",
       "2025-09-14T09:00:00", next_billing_at="2025-10-14T09:00:00", period_start="2025-09-14",
       period_end="2025-10-13")
w = "2025-09-22 18:00 +0200"
f, _ = mail("o09-retainer", "Fromagerie Bouvier <fromagerie.bouvier@gmail.com>", OWD_TO,
            "Fin de l'accompagnement réseaux sociaux", w,
            "Bonjour à toute l'équipe,\n\nNous mettons fin à l'accompagnement « Fromagerie Bouvier Réseaux "
            "sociaux » (OWD-2025-809) : notre nouvelle apprentie s'occupera d'Instagram en interne. Pas besoin de "
            "remboursement, le mois en cours est normal.\n\nMerci pour tout !\nOdile Bouvier\n")
case("o09-retainer-preavis-ok", L, [f], OWD, "decided", [C("cancel", "2025-10-13")],
     spec="negated refund; O4 next_billing_at 2025-10-14, request 2025-09-22 <= 2025-10-07 -> effective 2025-10-13",
     title="retainer ended 22 days ahead, 'pas besoin de remboursement' -> cancel 2025-10-13")

# o10 retainer < 7 days
proj("Garage Dupuis Google Ads", "garage.dupuis@wanadoo.fr", "2025-03-01T09:00:00")
owdpay("pay_fr_8210", "OWD-2025-810", "Garage Dupuis Google Ads", "retainer", "11000.00", "1980.00",
       "2025-09-02T09:00:00", next_billing_at="2025-10-02T09:00:00", period_start="2025-09-02",
       period_end="2025-10-01")
w = "2025-09-29 08:00 +0200"
f, _ = mail("o10-retainer-tard", "Garage Dupuis <garage.dupuis@wanadoo.fr>", OWD_TO,
            "arret google ads", w,
            "bonjour, on arrete la gestion google ads (Garage Dupuis Google Ads, OWD-2025-810), le garage a trop de "
            "travail, plus besoin de pub. merci. Dupuis\n")
case("o10-retainer-preavis-court", L, [f], OWD, "decided", [C("cancel", "2025-11-01")],
     spec="O4 next_billing_at 2025-10-02; request 2025-09-29 > 2025-09-25 -> next cycle 2025-10-02..2025-11-01 "
          "billed, effective 2025-11-01",
     title="no accents, retainer stopped 3 days before renewal -> cancel 2025-11-01")

# o11 retainer 6 days -> next cycle
proj("Association Les Jardins Partagés Site", "bureau@jardins-partages-liege.be", "2025-01-10T09:00:00")
owdpay("pay_fr_8211", "OWD-2025-811", "Association Les Jardins Partagés Site", "retainer", "4000.00", "720.00",
       "2025-09-05T09:00:00", next_billing_at="2025-10-05T09:00:00", period_start="2025-09-05",
       period_end="2025-10-04")
w = "2025-09-29 10:00 +0200"
f, _ = mail("o11-retainer-6j", "Jardins Partagés <bureau@jardins-partages-liege.be>", OWD_TO,
            "Résiliation maintenance du site", w,
            "Bonjour,\n\nL'assemblée générale a voté la fin du contrat de maintenance mensuelle (Association Les "
            "Jardins Partagés Site – OWD-2025-811) : un bénévole informaticien reprend le site. Merci de nous "
            "confirmer la résiliation endéans la semaine.\n\nPour le bureau,\nMartine Lambotte\n")
case("o11-retainer-6-jours", L, [f], OWD, "decided", [C("cancel", "2025-11-04")],
     spec="O4 next_billing_at 2025-10-05; cutoff 2025-09-28; request 2025-09-29 (6 days) -> next cycle "
          "2025-10-05..2025-11-04 billed, effective 2025-11-04",
     title="Belgian association, 6 days' notice -> cancel 2025-11-04")

# o12 hosting day 14 exactly -> approve
proj("Hôtel Belle Rive Hébergement", "reception@hotel-bellerive.fr", "2025-09-10T09:00:00")
owdpay("pay_fr_8212", "OWD-2025-812", "Hôtel Belle Rive Hébergement", "hosting_annual", "21000.00", "3780.00",
       "2025-09-09T09:00:00", setup_fee="3000.00", service_start="2025-09-10")
w = "2025-09-24 16:00 +0200"; assert days("2025-09-10", w) == 14
f, _ = mail("o12-hebergement-j14", "Hôtel Belle Rive <reception@hotel-bellerive.fr>", OWD_TO,
            "Résiliation hébergement annuel et remboursement", w,
            "Bonjour,\n\nLe groupe qui rachète l'hôtel impose son propre hébergeur. Nous résilions donc "
            "l'hébergement annuel (Hôtel Belle Rive Hébergement, facture OWD-2025-812) et demandons le "
            "remboursement au prorata.\n\nCordialement,\nLa direction\n")
case("o12-hebergement-jour-14", L, [f], OWD, "decided", [R("approve", "16500.00"), C("cancel")],
     spec="O5: service_start 2025-09-10, request 2025-09-24 = day 14, inside; (21000 - 3000)/12 = 1500; refund = "
          "21000 - 3000 - 1500 x 1 = 16500.00",
     title="annual hosting cancelled on day 14 -> approve 16500.00 + cancel")

# o13 hosting day 15 -> deny
proj("Restaurant L'Olivier Hébergement", "contact@restaurant-olivier.fr", "2025-09-08T09:00:00")
owdpay("pay_fr_8213", "OWD-2025-813", "Restaurant L'Olivier Hébergement", "hosting_annual", "15000.00", "2700.00",
       "2025-09-07T09:00:00", setup_fee="1500.00", service_start="2025-09-08")
w = "2025-09-23 12:00 +0200"; assert days("2025-09-08", w) == 15
f, _ = mail("o13-hebergement-j15", "Restaurant L'Olivier <contact@restaurant-olivier.fr>", OWD_TO,
            "Remboursement hébergement", w,
            "Bonjour,\n\nnotre nouveau logiciel de caisse inclut un site et l'hébergement. Nous voudrions donc le "
            "remboursement de l'hébergement annuel du Restaurant L'Olivier Hébergement (OWD-2025-813), au prorata.\n\n"
            "Merci, bonne journée\nKarim\n")
case("o13-hebergement-jour-15", L, [f], OWD, "decided", [R("deny")], extra_ok=True,
     spec="O5: service_start 2025-09-08, request 2025-09-23 = day 15 > 14 -> deny; extra_ok for a cancellation reading",
     title="annual hosting refund on day 15 -> deny O5")

# o14 maintenance, setup_fee null, refund only
proj("Cave Coopérative Vallon Maintenance", "cave@vallon-coop.fr", "2025-09-26T09:00:00")
owdpay("pay_fr_8214", "OWD-2025-814", "Cave Coopérative Vallon Maintenance", "maintenance_annual", "7200.00",
       "1296.00", "2025-09-25T09:00:00", service_start="2025-09-26")
w = "2025-09-29 09:15 +0200"
f, _ = mail("o14-maintenance", "Cave Coopérative du Vallon <cave@vallon-coop.fr>", OWD_TO,
            "Contrat de maintenance – remboursement", w,
            "Bonjour,\n\nnotre fédération vient de signer un contrat de maintenance groupé pour toutes les caves, "
            "le nôtre (Cave Coopérative Vallon Maintenance, OWD-2025-814) fait donc doublon. Pouvez-vous nous "
            "rembourser ce qui peut l'être ?\n\nBien cordialement,\nJean-Pierre Fabre, président\n")
case("o14-maintenance-doublon", L, [f], OWD, "decided", [R("approve", "6600.00")], extra_ok=True,
     spec="O5 maintenance_annual, day 3; setup_fee null = 0; 7200/12 = 600; refund = 7200 - 0 - 600 = 6600.00; "
          "extra_ok: the refund ends the plan, a cancellation decision may be added",
     title="maintenance duplicates a federation contract, day 3 -> approve 6600.00")

# o15 premium theme + plugin licence -> deny
proj("Salon Élégance Site", "salon.elegance@laposte.net", "2025-08-01T09:00:00")
owdpay("pay_fr_8215", "OWD-2025-815", "Salon Élégance Site", "third_party", "5600.00", "1008.00",
       "2025-09-20T09:00:00")
w = "2025-09-22 15:00 +0200"
f, _ = mail("o15-theme", "Salon Élégance <salon.elegance@laposte.net>", OWD_TO,
            "Thème premium et plugin de réservation", w,
            "Bonjour,\n\nvous m'avez facturé un thème premium et la licence d'un plugin de réservation (OWD-2025-815, "
            "Salon Élégance Site). Je préfère finalement garder le thème gratuit, merci de me rembourser ces "
            "licences.\n\nSandrine\n")
case("o15-theme-plugin", L, [f], OWD, "decided", [R("deny")],
     spec="O6 third_party (premium theme, plugin licence) -> deny", title="premium theme + plugin licence -> deny O6")

# o16 rush fee, Belgium -> deny
proj("Friterie Chez Momo Site", "chezmomo.friterie@skynet.be", "2025-09-01T09:00:00")
owdpay("pay_fr_8216", "OWD-2025-816", "Friterie Chez Momo Site", "rush", "4500.00", "810.00",
       "2025-09-18T09:00:00")
w = "2025-09-25 19:30 +0200"
f, _ = mail("o16-urgence", "Chez Momo <chezmomo.friterie@skynet.be>", OWD_TO, "Supplément urgence", w,
            "Bonjour,\n\nJ'ai payé un supplément urgence (OWD-2025-816) pour que le site Friterie Chez Momo Site soit "
            "en ligne pour la braderie, mais la braderie a été annulée. Je voudrais récupérer ce supplément, une fois.\n\n"
            "Momo\n")
case("o16-supplement-urgence", L, [f], OWD, "decided", [R("deny")],
     spec="O6 rush (expedited fee) -> deny", title="Belgian friterie: rush fee, event cancelled -> deny O6")

# o17 C2 personal address
proj("Cabinet Kiné Moreau Site", "cabinet@kine-moreau.fr", None)
owdpay("pay_fr_8217", "OWD-2025-817", "Cabinet Kiné Moreau Site", "deposit", "13000.00", "2340.00",
       "2025-09-28T09:00:00")
w = "2025-09-29 07:30 +0200"
f, _ = mail("o17-perso", "Luc Moreau <luc.moreau.kine@gmail.com>", OWD_TO, "Acompte OWD-2025-817", w,
            "Bonjour,\n\nje vous écris de ma boîte perso. Pour le Cabinet Kiné Moreau Site, mon associé refuse "
            "finalement le projet ; merci de rembourser l'acompte OWD-2025-817.\n\nLuc Moreau\n")
case("o17-adresse-perso", L, [f], OWD, "need_info", rules=["C2"],
     spec="contract_email is cabinet@kine-moreau.fr, sender luc.moreau.kine@gmail.com -> C2",
     title="physio writes from Gmail, not the contract email -> need_info C2")

# o18 refund without reason -> need_info reason
proj("Menuiserie Caron Site", "contact@menuiserie-caron.fr", None)
owdpay("pay_fr_8218", "OWD-2025-818", "Menuiserie Caron Site", "deposit", "11000.00", "1980.00",
       "2025-09-29T09:00:00")
w = "2025-09-30 09:00 +0200"
f, _ = mail("o18-sans-motif", "Menuiserie Caron <contact@menuiserie-caron.fr>", OWD_TO,
            "Refund Request — Menuiserie Caron Site / OWD-2025-818", w,
            "Bonjour,\n\nJe vous prie de procéder au remboursement de l'acompte référencé en objet.\n\n"
            "Salutations,\nAlain Caron\nMenuiserie Caron – 02 31 44 55 66\n")
case("o18-acompte-sans-motif", L, [f], OWD, "need_info", missing=["reason"],
     spec="project and invoice in the subject, sender verified; no reason (restated request + signature) -> C3 "
          "need_info [reason]", title="policy-style subject, no reason -> need_info reason")

# o19 two projects, neither project nor invoice named -> need_info
proj("Groupe Fontaine Site Corporate", "marketing@groupe-fontaine.fr", None)
proj("Groupe Fontaine Intranet", "marketing@groupe-fontaine.fr", None)
owdpay("pay_fr_8219", "OWD-2025-819", "Groupe Fontaine Site Corporate", "deposit", "30000.00", "5400.00",
       "2025-09-29T09:00:00")
owdpay("pay_fr_8220", "OWD-2025-820", "Groupe Fontaine Intranet", "deposit", "25000.00", "4500.00",
       "2025-09-29T09:05:00")
w = "2025-09-30 10:00 +0200"
f, _ = mail("o19-deux-projets", "Marketing Groupe Fontaine <marketing@groupe-fontaine.fr>", OWD_TO,
            "Remboursement acompte", w,
            "Bonjour,\n\nLa direction a gelé un de nos deux chantiers web suite à la réorganisation. Merci de "
            "rembourser l'acompte correspondant.\n\nCordialement,\nAurélie Fontaine\n")
case("o19-deux-projets-sans-reference", L, [f], OWD, "need_info", missing=["project_name", "invoice_number"],
     spec="verified sender with two projects, each with a deposit; neither project nor invoice named -> C3 asks "
          "both", title="two projects, 'l'acompte correspondant' -> need_info project + invoice")

# o20 thread answered -> milestone not started approve
proj("Association Sportive Vénissieux Site", "bureau@as-venissieux.fr", "2025-08-01T09:00:00")
owdpay("pay_fr_8221", "OWD-2025-821", "Association Sportive Vénissieux Site", "milestone", "9000.00", "1620.00",
       "2025-09-15T09:00:00", milestone_status="not_started")
owdpay("pay_fr_8222", "OWD-2025-822", "Association Sportive Vénissieux Site", "milestone", "9000.00", "1620.00",
       "2025-08-15T09:00:00", milestone_status="approved")
w1 = "2025-09-24 20:00 +0200"; w2 = "2025-09-29 12:00 +0200"
f1, m1 = mail("o20-a", "AS Vénissieux <bureau@as-venissieux.fr>", OWD_TO, "Boutique en ligne abandonnée", w1,
              "Bonsoir,\n\nle club a signé avec un équipementier qui gère lui-même la boutique, donc la partie "
              "e-boutique ne sert plus. Pouvez-vous nous rembourser ce jalon ?\n\nSportivement,\nRachid\n")
f2, _ = mail("o20-b", "AS Vénissieux <bureau@as-venissieux.fr>", OWD_TO, "RE: Boutique en ligne abandonnée", w2,
             "Bonjour,\n\nc'est la facture OWD-2025-821 (jalon e-boutique), projet Association Sportive Vénissieux "
             "Site.\n\nRachid\n\nDe : Optima WebDesign Billing & Refunds <optimawebdesigns12@gmail.com>\n"
             "Envoyé : jeudi 25 septembre 2025 10:12\nÀ : bureau@as-venissieux.fr\nObjet : Re: Boutique en ligne "
             "abandonnée\n\nMerci de préciser le numéro de facture.\n", reply_to=m1)
case("o20-facture-precisee", L, [f1, f2], OWD, "decided", [R("approve", "9000.00")],
     spec="C3: first mail lacks the invoice (two milestones), answer names OWD-2025-821 (not_started) -> O3 approve "
          "9000.00", title="thread: milestone invoice named in reply -> approve 9000.00")

# o21 C4 chargeback Optima
proj("Traiteur Saveurs d'Orient Site", "contact@saveurs-orient.fr", "2025-08-20T09:00:00")
owdpay("pay_fr_8223", "OWD-2025-823", "Traiteur Saveurs d'Orient Site", "deposit", "15000.00", "2700.00",
       "2025-08-18T09:00:00")
w = "2025-09-26 14:00 +0200"
f, _ = mail("o21-litige", "Saveurs d'Orient <contact@saveurs-orient.fr>", OWD_TO,
            "Dernier avertissement avant litige bancaire", w,
            "Bonjour,\n\nCela fait un mois que le projet Traiteur Saveurs d'Orient Site n'avance plus. Je veux le "
            "remboursement de l'acompte OWD-2025-823, sinon j'ouvre un litige auprès de ma banque pour faire "
            "annuler le paiement.\n\nFarid Mansouri\n")
case("o21-litige-bancaire", L, [f], OWD, "decided", [R("escalate")], rules=["C4"],
     spec="'j'ouvre un litige auprès de ma banque' = payment dispute threat -> C4 escalate (O2 would deny)",
     title="'j'ouvre un litige auprès de ma banque' -> escalate C4")

# o22 payment already refunded -> escalate
proj("Atelier Céramique Lune Site", "atelier@ceramique-lune.fr", None)
owdpay("pay_fr_8224", "OWD-2025-824", "Atelier Céramique Lune Site", "deposit", "8000.00", "1440.00",
       "2025-09-20T09:00:00", status="refunded")
w = "2025-09-25 10:00 +0200"
f, _ = mail("o22-deja-rembourse", "Atelier Céramique Lune <atelier@ceramique-lune.fr>", OWD_TO,
            "Remboursement acompte pas reçu", w,
            "Bonjour,\n\nJe n'ai toujours pas vu le remboursement de l'acompte OWD-2025-824 (Atelier Céramique Lune "
            "Site) sur mon compte. J'ai annulé le projet car je déménage à l'étranger. Pouvez-vous me rembourser ?\n\n"
            "Lucie\n")
case("o22-paiement-rembourse", L, [f], OWD, "decided", [R("escalate")],
     spec="payment status 'refunded' (not paid) -> refund of it is escalate (section 8)",
     title="deposit already marked refunded, customer asks again -> escalate")

# o23 TR: forward by a colleague, names the contract email -> C2
proj("Optique Vision Plus Site", "direction@visionplus-optique.fr", None)
owdpay("pay_fr_8225", "OWD-2025-825", "Optique Vision Plus Site", "deposit", "18000.00", "3240.00",
       "2025-09-29T09:00:00")
w = "2025-09-30 09:30 +0200"
f, _ = mail("o23-tr", "Kevin Roux <k.roux@visionplus-optique.fr>", OWD_TO, "TR: remboursement acompte", w,
            "Bonjour, je vous transfère la demande de ma directrice.\nKevin\n\n"
            "De : Isabelle Perret <direction@visionplus-optique.fr>\nEnvoyé : lundi 29 septembre 2025 19:02\n"
            "À : Kevin Roux <k.roux@visionplus-optique.fr>\nObjet : remboursement acompte\n\nKevin, peux-tu "
            "demander à Optima le remboursement de l'acompte OWD-2025-825 (Optique Vision Plus Site) ? On passe par "
            "l'agence de l'enseigne finalement. Le contrat est à mon adresse direction@visionplus-optique.fr.\n"
            "Isabelle\n")
case("o23-tr-collegue-c2", L, [f], OWD, "need_info", rules=["C2"],
     spec="'TR:' forward from k.roux@ of a request naming contract email direction@ -> section 8 Forwards: C2",
     title="Outlook TR: forward by a colleague, contract email is the director's -> need_info C2")

# o24 bounce from postmaster
w = "2025-09-24 02:00 +0200"
f, _ = mail("o24-non-remis", "postmaster@orange.fr", OWD_TO, "Non remis : Votre facture OWD-2025-813", w,
            "Votre message n'a pas pu être remis à un ou plusieurs destinataires.\n\n"
            "  ancien.contact@restaurant-olivier.fr : boîte aux lettres introuvable (550 5.1.1)\n",
            headers={"Auto-Submitted": "auto-generated"})
case("o24-non-remis", L, [f], OWD, "ignore", rules=["C7"],
     spec="postmaster sender + Auto-Submitted: auto-generated -> C7 ignore", title="'Non remis' bounce -> ignore C7")

# o25 question -> other
proj("Yoga Shanti Site", "namaste@yoga-shanti.fr", "2025-06-01T09:00:00")
owdpay("pay_fr_8226", "OWD-2025-826", "Yoga Shanti Site", "milestone", "10000.00", "1800.00",
       "2025-06-01T09:00:00", milestone_status="approved")
w = "2025-09-28 11:00 +0200"
f, _ = mail("o25-question", "Yoga Shanti <namaste@yoga-shanti.fr>", OWD_TO, "Planning des cours sur le site", w,
            "Bonjour,\n\nest-ce que je peux mettre à jour moi-même le planning des cours sur le site (Yoga Shanti "
            "Site) ? Si oui, vous auriez un petit tuto ?\n\nDouce journée,\nLaure\n")
case("o25-question-planning", L, [f], OWD, "other", spec="how-to question -> other",
     title="how can I update the class schedule myself -> other")

# ---------------------------------------------------------------- hard cases
# h01 three identical charges, the first duplicate outside the window
cust("contact@auto-ecole-liberte.fr", "Auto-école Liberté", "monthly", "2025-09-15", "2025-10-14")
lopay("pay_fr_7230", "LO-INV-72230", "contact@auto-ecole-liberte.fr", "monthly", "1499.00", "269.82",
      "2025-09-15T09:00:00", "2025-09-15", "2025-10-14")
lopay("pay_fr_7231", "LO-INV-72231", "contact@auto-ecole-liberte.fr", "monthly", "1499.00", "269.82",
      "2025-09-15T09:00:30", "2025-09-15", "2025-10-14")
lopay("pay_fr_7232", "LO-INV-72232", "contact@auto-ecole-liberte.fr", "monthly", "1499.00", "269.82",
      "2025-09-22T09:00:00", "2025-09-15", "2025-10-14")
w = "2025-09-24 10:00 +0200"
assert days("2025-09-15", w) == 9 and days("2025-09-22", w) == 2
f, _ = mail("h01-trois-debits", "Auto-école Liberté <contact@auto-ecole-liberte.fr>", LO_TO,
            "Trois prélèvements pour un seul mois !", w,
            "Bonjour,\n\nPour septembre, vous m'avez prélevé trois fois le même montant : deux fois le 15 et encore "
            "une fois le 22 (LO-INV-72232). Je ne paie qu'un abonnement. Remboursez-moi les débits en trop.\n\n"
            "Cordialement,\nFabrice Noël\n")
case("h01-triple-debit-fenetre", L, [f], LO, "decided", [R("approve", "1499.00")],
     spec="section 8 'Three or more identical charges': charges 2 and 3 are duplicates; the refund is the sum of "
          "those inside L3: 2025-09-15 charge is day 9 (out), 2025-09-22 charge is day 2 (in) -> approve 1499.00",
     title="three charges, one duplicate outside 7 days -> approve 1499.00")

# h02 brand's own address
w = "2025-09-25 05:00 +0530"
f, _ = mail("h02-propre-adresse", "LeadsOptima Billing <billing@leadsoptima.com>", LO_TO,
            "Rappel : votre facture LO-INV-72299", w,
            "Bonjour,\n\nvotre paiement est en attente. Pour éviter une interruption de service, merci de mettre à "
            "jour votre moyen de paiement.\n")
case("h02-adresse-de-la-marque", L, [f], LO, "ignore", rules=["C7"],
     spec="sender billing@leadsoptima.com is one of the brand's own addresses -> C7 ignore",
     title="our own billing reminder loops into support -> ignore C7")

# h03 thanks
cust("m.leclerc@leclerc-architecte.fr", "Mathieu Leclerc", "monthly", "2025-09-10", "2025-10-09")
lopay("pay_fr_7233", "LO-INV-72233", "m.leclerc@leclerc-architecte.fr", "monthly", "1499.00", "269.82",
      "2025-09-10T09:00:00", "2025-09-10", "2025-10-09")
w = "2025-09-30 16:00 +0200"
f, _ = mail("h03-merci", "Mathieu Leclerc <m.leclerc@leclerc-architecte.fr>", LO_TO, "Re: Votre remboursement", w,
            headers={"In-Reply-To": "<reply.LO-7233.202509261415@leadsoptima.com>",
                     "References": "<reply.LO-7233.202509261415@leadsoptima.com>"},
            body=
            "Bonjour,\n\nJuste un mot pour vous dire que le remboursement est bien arrivé sur mon compte ce matin. "
            "Merci pour votre réactivité, c'est rare !\n\nBonne fin de journée,\nMathieu\n")
case("h03-remerciement", L, [f], LO, "other",
     spec="thanks for a refund received (past event) -> no request -> other", title="'le remboursement est bien arrivé, merci' -> other")

# h04 Belgian statutory right of withdrawal -> C4
cust("info@fleuriste-lilas.be", "Fleuriste Lilas", "quarterly", "2025-09-23", "2025-12-22")
lopay("pay_fr_7234", "LO-INV-72234", "info@fleuriste-lilas.be", "quarterly", "3999.00", "719.82",
      "2025-09-23T09:00:00", "2025-09-23", "2025-12-22")
w = "2025-09-26 09:00 +0200"
f, _ = mail("h04-retractation", "Fleuriste Lilas <info@fleuriste-lilas.be>", LO_TO,
            "Exercice du droit de rétractation – LO-INV-72234", w,
            "Madame, Monsieur,\n\nConformément au Code de droit économique, j'exerce mon droit légal de "
            "rétractation de quatorze jours et vous demande le remboursement intégral de la facture LO-INV-72234. "
            "Mes droits de consommatrice priment sur vos conditions générales.\n\nBien à vous,\nDelphine Peeters\n")
case("h04-droit-retractation", L, [f], LO, "decided", [R("escalate")], rules=["C4"], extra_ok=True,
     spec="statutory withdrawal right invoked ('droit légal de rétractation', 'mes droits de consommatrice') -> C4 "
          "escalate; extra_ok: withdrawal may also be read as a cancellation",
     title="Belgian legal withdrawal right invoked -> escalate C4")

# h05 Outlook forward from the verified contract email of a colleague's note -> decided (O3 approve)
proj("Pharmacie du Centre Click & Collect", "titulaire@pharmacie-centre-niort.fr", "2025-07-01T09:00:00")
owdpay("pay_fr_8227", "OWD-2025-827", "Pharmacie du Centre Click & Collect", "milestone", "26000.00", "4680.00",
       "2025-09-10T09:00:00", milestone_status="not_started")
w = "2025-09-25 08:40 +0200"
f, _ = mail("h05-tr-verifie", "Pharmacie du Centre <titulaire@pharmacie-centre-niort.fr>", OWD_TO,
            "TR: module ordonnances", w,
            "Bonjour,\n\nJe vous transfère la note de mon adjointe, je confirme la demande.\n\nPierre Garnier, "
            "pharmacien titulaire\n\n-----Message d'origine-----\nDe : Camille Roy <adjointe@pharmacie-centre-niort.fr>"
            "\nEnvoyé : mercredi 24 septembre 2025 18:20\nÀ : titulaire@pharmacie-centre-niort.fr\nObjet : module "
            "ordonnances\n\nPierre, le groupement impose son propre module d'envoi d'ordonnances, donc le jalon "
            "« module ordonnances » du projet Pharmacie du Centre Click & Collect (OWD-2025-827) ne sert plus. "
            "Optima ne l'a pas commencé, on peut demander le remboursement.\nCamille\n")
case("h05-transfert-adresse-contrat", L, [f], OWD, "decided", [R("approve", "26000.00")],
     spec="forward sent by the contract email itself; forwarded note names no other contract email -> no C2; "
          "O3 milestone not_started -> approve 26000.00",
     title="contract holder forwards his assistant's note -> approve 26000.00")

# h06 Tunisian phone mail, duplicate quarterly -> approve
cust("sami.jlassi@topnet.tn", "Sami Jlassi", "quarterly", "2025-09-29", "2025-12-28")
lopay("pay_fr_7235", "LO-INV-72235", "sami.jlassi@topnet.tn", "quarterly", "3999.00", "719.82",
      "2025-09-29T13:00:00", "2025-09-29", "2025-12-28")
lopay("pay_fr_7236", "LO-INV-72236", "sami.jlassi@topnet.tn", "quarterly", "3999.00", "719.82",
      "2025-09-29T13:00:45", "2025-09-29", "2025-12-28")
w = "2025-09-30 09:10 +0100"
f, _ = mail("h06-tunisie", "Sami Jlassi <sami.jlassi@topnet.tn>", LO_TO, "double paiement", w,
            "Aslema,\n\nle paiement trimestriel est passe deux fois hier, j'ai clique une seule fois mais la page "
            "a bugue. facture en double : LO-INV-72236. svp rembourser le deuxieme, barcha merci\n\nSami\n")
case("h06-double-paiement-tn", L, [f], LO, "decided", [R("approve", "3999.00")],
     spec="L2 duplicate ('passé deux fois'); pair in ledger; day 1 -> L4 approve 3999.00",
     title="Tunisian no-accent mail, paid twice -> approve 3999.00")

# h07 withdrawal with quoted history -> other
cust("v.picard@picard-conseil.fr", "Valérie Picard", "monthly", "2025-09-24", "2025-10-23")
lopay("pay_fr_7237", "LO-INV-72237", "v.picard@picard-conseil.fr", "monthly", "1499.00", "269.82",
      "2025-09-24T09:00:00", "2025-09-24", "2025-10-23")
w = "2025-09-26 18:00 +0200"
f, _ = mail("h07-oubliez", "Valérie Picard <v.picard@picard-conseil.fr>", LO_TO, "Re: accès bloqué", w,
            "Bonsoir,\n\noubliez ma demande d'hier : c'était mon antivirus qui bloquait la page, tout fonctionne "
            "à nouveau. Inutile de me rembourser quoi que ce soit.\n\nValérie\n\n"
            "Le jeu. 25 sept. 2025 à 10:02, Valérie Picard <v.picard@picard-conseil.fr> a écrit :\n"
            "> Bonjour, je n'ai plus accès à mon compte depuis hier, merci de me rembourser\n"
            "> la facture LO-INV-72237.\n",
            headers={"In-Reply-To": "<h07-orig.202509251002@picard-conseil.fr>",
                     "References": "<h07-orig.202509251002@picard-conseil.fr>"})
case("h07-demande-retiree", L, [f], LO, "other",
     spec="own text withdraws the quoted request ('oubliez ma demande', 'Inutile de me rembourser') -> other. "
          "Not ambiguous (QA pass 2): section 8 'negation ... is not a request', and a single file is a one-email "
          "case (section 7): the quoted earlier mail is not part of it",
     title="'oubliez ma demande', old request quoted -> other")

# h08 Québec retainer: local date on time, IST date one day late
proj("Microbrasserie Le Castor Infolettre", "info@microbrasserie-castor.ca", "2025-04-01T09:00:00")
owdpay("pay_fr_8228", "OWD-2025-828", "Microbrasserie Le Castor Infolettre", "retainer", "6500.00", "1170.00",
       "2025-09-02T09:00:00", next_billing_at="2025-10-02T09:00:00", period_start="2025-09-02",
       period_end="2025-10-01")
w = "2025-09-25 16:00 -0400"; assert ist_date(w).isoformat() == "2025-09-26"
f, _ = mail("h08-castor", "Microbrasserie Le Castor <info@microbrasserie-castor.ca>", OWD_TO,
            "Fin du contrat d'infolettre", w,
            "Bonjour,\n\nOn met fin au contrat d'infolettre mensuelle (Microbrasserie Le Castor Infolettre, "
            "OWD-2025-828) : on a engagé une coordonnatrice marketing à temps plein qui va s'en occuper.\n\n"
            "Bonne fin de journée!\nFrédéric Lavoie\n")
case("h08-retainer-fuseau-qc", L, [f], OWD, "decided", [C("cancel", "2025-11-01")],
     spec="O4 next_billing_at 2025-10-02, cutoff 2025-09-25; Québec mail 2025-09-25 16:00 -0400 = 2025-09-26 "
          "01:30 IST -> local date in the brand's zone is 09-26 > cutoff -> next cycle 2025-10-02..2025-11-01 "
          "billed, effective 2025-11-01 (section 1: dates in the brand's time zone)",
     title="Québec afternoon mail is past the cut-off in IST -> cancel 2025-11-01")

# h09 HTML + text hosting refund (maintenance) day 10 -> approve
proj("Domaine Équestre des Saules Maintenance", "ecurie@domaine-des-saules.fr", "2025-09-15T09:00:00")
owdpay("pay_fr_8229", "OWD-2025-829", "Domaine Équestre des Saules Maintenance", "maintenance_annual", "13500.00",
       "2430.00", "2025-09-14T09:00:00", setup_fee="900.00", service_start="2025-09-15")
w = "2025-09-25 10:00 +0200"; assert days("2025-09-15", w) == 10
txt = ("Bonjour,\n\nNous arrêtons l'activité pension de chevaux à la fin de l'année ; la maintenance annuelle "
       "(Domaine Équestre des Saules Maintenance, OWD-2025-829) n'a plus lieu d'être. Merci de la résilier et de "
       "nous rembourser au prorata.\n\nCordialement,\nHélène Marchand\n")
f, _ = mail("h09-html", "Domaine des Saules <ecurie@domaine-des-saules.fr>", OWD_TO,
            "Résiliation maintenance annuelle", w, txt,
            html="<html><body><p>Bonjour,</p><p>Nous arrêtons l'activité pension de chevaux à la fin de l'année ; "
                 "la maintenance annuelle (<b>Domaine Équestre des Saules Maintenance</b>, OWD-2025-829) n'a plus "
                 "lieu d'être. Merci de la résilier et de nous rembourser au prorata.</p><p>Cordialement,<br>"
                 "Hélène Marchand</p><img src=\"cid:logo-saules\" alt=\"Domaine des Saules\"></body></html>")
case("h09-maintenance-html", L, [f], OWD, "decided", [R("approve", "11550.00"), C("cancel")],
     spec="O5 day 10; (13500 - 900)/12 = 1050; refund = 13500 - 900 - 1050 = 11550.00",
     title="text+HTML mail, annual maintenance day 10 -> approve 11550.00 + cancel")

# h10 forward of a bank notice with only a forwarding note (Maghreb, 'faire le nécessaire') -> reason missing
proj("Riad Yasmine Réservations", "contact@riad-yasmine.ma", None)
owdpay("pay_fr_8230", "OWD-2025-830", "Riad Yasmine Réservations", "deposit", "21000.00", "3780.00",
       "2025-09-29T12:00:00")
w = "2025-09-30 10:00 +0100"
f, _ = mail("h10-faire-le-necessaire", "Riad Yasmine <contact@riad-yasmine.ma>", OWD_TO,
            "Fwd: Avis de débit – Riad Yasmine Réservations", w,
            "Bonjour,\n\nCi-dessous l'avis de la banque. Merci de faire le nécessaire pour le remboursement de "
            "l'acompte OWD-2025-830 (Riad Yasmine Réservations).\n\nCordialement\nLa gérance\n\n"
            "---------- Forwarded message ---------\nDe : Attijariwafa bank <notifications@attijariwafa.ma>\n"
            "Date: lun. 29 sept. 2025 à 08:31\nSubject: Avis de débit\n\nVotre compte a été débité d'un virement "
            "international au profit de OPTIMA WEBDESIGN.\n")
case("h10-transfert-avis-banque", L, [f], OWD, "need_info", missing=["reason"],
     spec="forwarding note + bank notice; 'merci de faire le nécessaire' is a forwarding note, not a reason "
          "(section 8) -> C3 need_info [reason]",
     title="Moroccan riad forwards bank notice, 'faire le nécessaire' -> need_info reason")

# h11 Québec trial account asks a refund -> deny L7
cust("genevieve.cote@outlook.com", "Geneviève Côté", None, status="trial", trial_ends="2025-10-08")
w = "2025-09-29 09:30 -0400"
f, _ = mail("h11-essai-qc", "Geneviève Côté <genevieve.cote@outlook.com>", LO_TO, "Montant retenu pendant l'essai", w,
            "Bonjour,\n\nJe suis encore dans mon essai gratuit, mais ma banque me montre un montant retenu au nom de "
            "LeadsOptima. Je n'ai jamais choisi de forfait payant. Remboursez-moi ça svp, je ne veux pas payer pour "
            "un essai.\n\nMerci,\nGeneviève\n")
case("h11-essai-gratuit-qc", L, [f], LO, "decided", [R("deny")],
     spec="customer status trial (trial_ends 2025-10-08), no charge in the ledger -> L7 deny, nothing to refund. "
          "Not ambiguous (QA pass 2): L7 is the rule for exactly this case ('an account on a free trial has no "
          "charges: deny'); the invoice field exists to identify the charge (section 3), and L7 says there is none; "
          "the bank hold is an email claim the ledger does not hold (section 1)",
     title="Québec trial user sees a bank hold, asks refund -> deny L7")

# h12 Swiss romand hosting, rounding half-up
proj("Horlogerie Jaquet Hébergement", "atelier@horlogerie-jaquet.ch", "2025-09-24T09:00:00")
owdpay("pay_fr_8231", "OWD-2025-831", "Horlogerie Jaquet Hébergement", "hosting_annual", "17999.00", "3239.82",
       "2025-09-23T09:00:00", setup_fee="1999.00", service_start="2025-09-24")
w = "2025-09-29 14:00 +0200"; assert days("2025-09-24", w) == 5
f, _ = mail("h12-arrondi", "Horlogerie Jaquet <atelier@horlogerie-jaquet.ch>", OWD_TO,
            "Hébergement annuel – résiliation au prorata (OWD-2025-831)", w,
            "Bonjour,\n\nNotre faîtière horlogère nous offre désormais l'hébergement de notre site. Nous souhaitons "
            "donc mettre un terme à l'hébergement annuel « Horlogerie Jaquet Hébergement » et obtenir le "
            "remboursement de la part possible, frais de mise en service déduits bien entendu.\n\n"
            "Avec nos meilleures salutations\nDidier Jaquet\n")
case("h12-hebergement-arrondi", L, [f], OWD, "decided", [R("approve", "14666.67"), C("cancel")],
     spec="O5 day 5: monthly_value = (17999.00 - 1999.00)/12 = 1333.333...; refund = 17999.00 - 1999.00 - "
          "1333.333... = 14666.666... -> half-up once 14666.67 (C6)",
     title="Swiss hosting, rounding up to 14666.67 + cancel")

out = write_all(L)


def readme_lines():
    return [f"- `{c['id']}` ({c['brand']}, {c['status']}): {c['_title']}" for c in CASES]


if __name__ == "__main__":
    print(len(out), "cases")
