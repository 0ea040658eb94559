#!/usr/bin/env python3
"""fresh22 held-out round, French (fr): writes ledger.json, emails/*.eml, expected.json, README.md.
Stdlib only, deterministic. Run: python3 make_cases.py"""
LANG = "fr"
import json
import shutil
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LO_TO = "LeadsOptima Support <support@leadsoptima.com>"
OWD_TO = "Optima WebDesign <optimawebdesigns12@gmail.com>"
LOB, OWB = "leadsoptima", "optima_webdesign"
CUSTOMERS, PROJECTS, PAYMENTS, CASES = [], [], [], []
M = ("1499.00", "269.82")
Q = ("3999.00", "719.82")
A = ("11988.00", "2157.84")


def zone(h, m=0):
    return timezone(timedelta(hours=h, minutes=m))


def at(y, mo, d, h, mi, z):
    return datetime(y, mo, d, h, mi, tzinfo=z)


def cust(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    CUSTOMERS.append({"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
                      "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end})


def lopay(pid, inv, email, plan, money, paid_at, ps, pe, status="paid"):
    PAYMENTS.append({"brand": LOB, "id": pid, "invoice": inv, "customer_email": email, "kind": "subscription",
                     "plan": plan, "amount": money[0], "tax": money[1], "currency": "INR", "paid_at": paid_at,
                     "period_start": ps, "period_end": pe, "status": status})


def proj(name, contract, started=None):
    PROJECTS.append({"brand": OWB, "name": name, "contract_email": contract, "work_started_at": started})


def owpay(pid, inv, project, kind, amount, tax, paid_at, status="paid", currency="INR", **kw):
    base = {"brand": OWB, "id": pid, "invoice": inv, "project": project, "kind": kind,
            "amount": amount, "tax": tax, "currency": currency, "paid_at": paid_at, "status": status,
            "setup_fee": None, "service_start": None, "next_billing_at": None,
            "period_start": None, "period_end": None, "milestone_status": None}
    base.update(kw)
    PAYMENTS.append(base)


def eml(name, frm, to, subject, dt, text=None, html=None, prev=None, headers=None, msgid=None):
    """Write emails/<name>.eml; return (relative path, Message-ID)."""
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = msgid or f"<{name}.{LANG}.fresh22@mail.example>"
    if prev:
        msg["In-Reply-To"] = prev[-1]
        msg["References"] = " ".join(prev)
    for k, v in (headers or {}).items():
        msg[k] = v
    if text is not None and html is not None:
        msg.set_content(text)
        msg.add_alternative(html, subtype="html")
    elif html is not None:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(text)
    (HERE / "emails" / f"{name}.eml").write_bytes(msg.as_bytes(policy=policy.SMTP))
    return f"emails/{name}.eml", msg["Message-ID"]


def R(outcome, amount=None):
    return {"intent": "refund", "outcome": outcome, "amount": amount}


def K(date, outcome="cancel"):
    d = {"intent": "cancellation", "outcome": outcome}
    if outcome == "cancel":
        d["effective_date"] = date
    return d


def case(cid, brand, status, files, decisions=(), rules=(), missing=None, extra_ok=False, ambiguous=None,
         spec="", clauses=""):
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": list(files), "brand": brand, "status": status,
         "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    c["decisions"] = list(decisions)
    if extra_ok:
        c["extra_ok"] = True
    if ambiguous:
        c["ambiguous"] = ambiguous
    c["spec"] = spec
    c["_clauses"] = clauses
    CASES.append(c)


def answer(c):
    if c["status"] != "decided":
        extra = f" missing={c['missing']}" if c.get("missing") else ""
        r = f" rules={c['rules']}" if c["rules"] else ""
        return c["status"] + extra + r
    parts = []
    for d in c["decisions"]:
        s = f"{d['intent']} {d['outcome']}"
        if d.get("amount"):
            s += f" {d['amount']}"
        if d.get("effective_date"):
            s += f" eff. {d['effective_date']}"
        parts.append(s)
    r = f" rules={c['rules']}" if c["rules"] else ""
    return "; ".join(parts) + r


def start():
    out = HERE / "emails"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()


def finish(readme_head):
    (HERE / "ledger.json").write_text(json.dumps({"customers": CUSTOMERS, "projects": PROJECTS,
                                                   "payments": PAYMENTS}, indent=2, ensure_ascii=False) + "\n")
    lines = []
    cases = []
    for c in CASES:
        clauses = c.pop("_clauses")
        cases.append(c)
        lines.append(f"- `{c['id']}` ({'LO' if c['brand'] == LOB else 'OWD'}): {answer(c)} | {clauses}")
    (HERE / "expected.json").write_text(json.dumps({"cases": cases}, indent=2, ensure_ascii=False) + "\n")
    (HERE / "README.md").write_text(readme_head + "\n## Cases\n\n" + "\n".join(lines) + "\n")

PARIS = zone(2)     # France, Belgium, Switzerland (CEST)
QC = zone(-4)       # Québec (EDT)
DAKAR = zone(0)     # Senegal, Côte d'Ivoire (GMT)
DOUALA = zone(1)    # Cameroon (WAT), Morocco (UTC+01:00 in September 2025)
REUNION = zone(4)   # La Réunion
start()

# ------------------------------------------------------------------ LeadsOptima
# l01 duplicate, approve (Paris), reference with slashes
cust("claire.martin@martin-conseil.fr", "Claire Martin", "monthly", start="2025-09-24", end="2025-10-23")
lopay("fr_p101", "LO-INV-8101", "claire.martin@martin-conseil.fr", "monthly", M, "2025-09-24T11:30:00", "2025-09-24", "2025-10-23")
lopay("fr_p102", "LO-INV-8102", "claire.martin@martin-conseil.fr", "monthly", M, "2025-09-24T11:31:00", "2025-09-24", "2025-10-23")
f, _ = eml("l01-preleve-deux-fois", "Claire Martin <claire.martin@martin-conseil.fr>", LO_TO,
           "Prélèvement en double", at(2025, 9, 25, 9, 20, PARIS),
           "Bonjour,\n\nJe constate sur mon relevé que vous m'avez prélevé deux fois l'abonnement mensuel hier "
           "(2 x 1 499,00 INR HT). La seconde facture porte le numéro lo/inv/8102. Merci de me rembourser le "
           "prélèvement en trop.\n\nBien cordialement,\nClaire Martin\nMartin Conseil – Lyon\n")
case("l01-preleve-deux-fois", LOB, "decided", [f], [R("approve", "1499.00")],
     spec="Duplicate pair charged 2025-09-24, request day 1: L4 approve the later charge LO-INV-8102 ('lo/inv/8102', section 8) = 1499.00 before tax.",
     clauses="L2 L3 L4 C6, section 8 references")

# l02 duplicate, Québec afternoon of day 7 = day 8 in IST -> deny
cust("m.tremblay@videotron.ca", "Marc-André Tremblay", "monthly", start="2025-09-15", end="2025-10-14")
lopay("fr_p111", "LO-INV-8111", "m.tremblay@videotron.ca", "monthly", M, "2025-09-15T20:00:00", "2025-09-15", "2025-10-14")
lopay("fr_p112", "LO-INV-8112", "m.tremblay@videotron.ca", "monthly", M, "2025-09-15T20:01:00", "2025-09-15", "2025-10-14")
f, _ = eml("l02-facture-en-double-qc", "Marc-Andre Tremblay <m.tremblay@videotron.ca>", LO_TO,
           "Facturé en double sur ma carte de crédit", at(2025, 9, 22, 15, 10, QC),
           "Bonjour,\n\nJe viens de voir sur mon relevé de carte de crédit que j'ai été facturé en double le 15 "
           "septembre pour mon abonnement mensuel. La deuxième facture c'est LO-INV-8112. Je suis dans les 7 jours "
           "fait que je m'attends à être remboursé.\n\nMerci bien,\nMarc-André\nSaguenay (Québec)\n")
case("l02-double-jour7-quebec-jour8-inde", LOB, "decided", [f], [R("deny")],
     spec="Charged 2025-09-15 20:00 IST (day 0); sent 2025-09-22 15:10 -04:00 = 2025-09-23 00:40 IST: day 8 > 7, deny L3 (the customer counts day 7 in Québec).",
     clauses="L3, section 1 days in IST")

# l03 three identical charges, all inside the window (Belgium)
cust("luc.peeters@skynet.be", "Luc Peeters", "quarterly", start="2025-09-20", end="2025-12-19")
lopay("fr_p121", "LO-INV-8121", "luc.peeters@skynet.be", "quarterly", Q, "2025-09-20T10:00:00", "2025-09-20", "2025-12-19")
lopay("fr_p122", "LO-INV-8122", "luc.peeters@skynet.be", "quarterly", Q, "2025-09-20T10:04:00", "2025-09-20", "2025-12-19")
lopay("fr_p123", "LO-INV-8123", "luc.peeters@skynet.be", "quarterly", Q, "2025-09-21T10:00:00", "2025-09-20", "2025-12-19")
f, _ = eml("l03-trois-fois", "Luc Peeters <luc.peeters@skynet.be>", LO_TO,
           "3x débité pour le même trimestre !", at(2025, 9, 24, 14, 0, PARIS),
           "Bonjour,\n\nVous m'avez débité TROIS fois l'abonnement trimestriel (3 999 INR chaque fois) pour la même "
           "période : factures LO-INV-8121, LO-INV-8122 et LO-INV-8123. Un seul paiement était dû, je vous prie de "
           "rembourser les deux paiements en double sur mon compte.\n\nUne fois, passe encore, mais "
           "trois fois...\n\nLuc Peeters\nGSM 0475 00 00 00\n")
case("l03-trois-prelevements", LOB, "decided", [f], [R("approve", "7998.00")],
     spec="Section 8 three identical charges: 8122 (2025-09-20) and 8123 (2025-09-21) are duplicates, both inside L3 on 2025-09-24: 2 x 3999.00 = 7998.00.",
     clauses="L4, section 8 three identical charges")

# l04 'deux fois' but only one charge in the ledger (Switzerland) -> escalate
cust("n.favre@bluewin.ch", "Nicolas Favre", "annual", start="2025-09-23", end="2026-09-22")
lopay("fr_p131", "LO-INV-8131", "n.favre@bluewin.ch", "annual", A, "2025-09-23T09:00:00", "2025-09-23", "2026-09-22")
f, _ = eml("l04-double-sans-paire", "Nicolas Favre <n.favre@bluewin.ch>", LO_TO,
           "Double débit abonnement annuel", at(2025, 9, 25, 8, 15, PARIS),
           "Bonjour,\n\nMa banque (PostFinance) m'indique deux débits de 11'988.– INR pour votre abonnement "
           "annuel, donc un double paiement. Je vous saurais gré de bien vouloir rembourser le débit en trop.\n\n"
           "Avec mes meilleures salutations\nNicolas Favre, Lausanne\n")
case("l04-double-une-seule-charge", LOB, "decided", [f], [R("escalate")],
     spec="Duplicate claim on day 2 but one paid charge in the ledger (LO-INV-8131, filled): L4 no pair, escalate, no amount.",
     clauses="L4 no pair, section 1 invoice filled")

# l05 billing error inside the window (Senegal) -> escalate
cust("a.diop@orange.sn", "Aminata Diop", "monthly", start="2025-09-26", end="2025-10-25")
lopay("fr_p141", "LO-INV-8141", "a.diop@orange.sn", "annual", A, "2025-09-26T12:00:00", "2025-09-26", "2026-09-25")
f, _ = eml("l05-mauvais-montant", "Aminata Diop <a.diop@orange.sn>", LO_TO,
           "Erreur de montant sur ma facture", at(2025, 9, 27, 10, 5, DAKAR),
           "Bonjour,\n\nJ'ai souscrit à la formule mensuelle mais on m'a prélevé le montant de l'annuel, 11 988 au "
           "lieu de 1 499. C'est une erreur de facturation, je n'ai jamais choisi l'annuel. Merci de régulariser et "
           "de me rembourser.\n\nCordialement,\nAminata Diop\nDakar\n")
case("l05-erreur-de-facturation", LOB, "decided", [f], [R("escalate")],
     spec="Billing error (charged for the wrong plan), the single charge LO-INV-8141 (filled) is day 1: L5 escalate.",
     clauses="L2 billing_error, L5")

# l06 access failure inside the window (Côte d'Ivoire) -> escalate
cust("k.kouassi@kouassi-immo.ci", "Kouadio Kouassi", "monthly", start="2025-09-25", end="2025-10-24")
lopay("fr_p150", "LO-INV-8150", "k.kouassi@kouassi-immo.ci", "monthly", M, "2025-08-25T10:00:00", "2025-08-25", "2025-09-24")
lopay("fr_p151", "LO-INV-8151", "k.kouassi@kouassi-immo.ci", "monthly", M, "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
f, _ = eml("l06-connexion-impossible", "Kouassi Immobilier <k.kouassi@kouassi-immo.ci>", LO_TO,
           "connexion impossible depuis le renouvellement", at(2025, 9, 28, 11, 40, DAKAR),
           "Bonjour à vous,\n\nDepuis le renouvellement du 25 (facture LO-INV-8151) je n'arrive pas à me connecter, "
           "la page tourne dans le vide. Mes agents ne peuvent plus suivre leurs prospects. Si ça ne se règle pas, "
           "remboursez-moi ce mois s'il vous plaît.\n\nKouassi K., Abidjan-Cocody\n")
case("l06-acces-impossible", LOB, "decided", [f], [R("escalate")],
     spec="Access failure, LO-INV-8151 charged 2025-09-25, request day 3: L6 escalate.",
     clauses="L2 access_failure, L6")

# l07 access failure day 8 (Cameroon) -> deny
cust("p.nkoulou@camtel.cm", "Paul Nkoulou", "monthly", start="2025-09-18", end="2025-10-17")
lopay("fr_p161", "LO-INV-8161", "p.nkoulou@camtel.cm", "monthly", M, "2025-09-18T09:00:00", "2025-09-18", "2025-10-17")
f, _ = eml("l07-plateforme-ne-charge-pas-j8", "Paul Nkoulou <p.nkoulou@camtel.cm>", LO_TO,
           "Plateforme ne charge pas", at(2025, 9, 26, 9, 30, DOUALA),
           "Bonjour,\n\nLa plateforme ne charge pas chez moi depuis une semaine, j'ai tout essayé (Chrome, "
           "Firefox, autre ordinateur). Je demande le remboursement de mon mois.\n\nPaul Nkoulou\nDouala\n")
case("l07-acces-jour8", LOB, "decided", [f], [R("deny")],
     spec="Access failure, but the single charge LO-INV-8161 is 2025-09-18 and the request 2025-09-26 14:00 IST is day 8: deny L3.",
     clauses="L2 access_failure, L3 outside")

# l08 too expensive -> deny L1 (Morocco)
cust("y.benali@benali-import.ma", "Youssef Benali", "quarterly", start="2025-09-27", end="2025-12-26")
lopay("fr_p171", "LO-INV-8171", "y.benali@benali-import.ma", "quarterly", Q, "2025-09-27T10:00:00", "2025-09-27", "2025-12-26")
f, _ = eml("l08-trop-cher", "Youssef Benali <y.benali@benali-import.ma>", LO_TO,
           "Remboursement trimestre", at(2025, 9, 29, 16, 0, DOUALA),
           "Salam, bonjour,\n\nAprès réflexion c'est trop cher pour notre petite société, on n'a même pas encore "
           "ouvert le tableau de bord. Je voudrais être remboursé du trimestre payé samedi (LO-INV-8171).\n\n"
           "Merci d'avance,\nYoussef Benali – Casablanca\n")
case("l08-trop-cher", LOB, "decided", [f], [R("deny")],
     spec="Too expensive / not used is no L2 exception: deny by L1 (the reply offers cancellation).", clauses="L1")

# l09 unused days + termination -> deny + cancel
cust("s.lefebvre@lefebvre-avocats.fr", "Sophie Lefebvre", "annual", start="2025-01-10", end="2026-01-09")
lopay("fr_p181", "LO-INV-8181", "s.lefebvre@lefebvre-avocats.fr", "annual", A, "2025-01-10T09:00:00", "2025-01-10", "2026-01-09")
f, _ = eml("l09-prorata-et-resiliation", "Sophie Lefebvre <s.lefebvre@lefebvre-avocats.fr>", LO_TO,
           "Résiliation et remboursement au prorata", at(2025, 9, 23, 18, 45, PARIS),
           "Madame, Monsieur,\n\nJe souhaite résilier mon abonnement annuel : le cabinet a confié sa prospection "
           "à une agence. Je vous demande par ailleurs le remboursement au prorata des mois non utilisés "
           "(octobre à janvier).\n\nJe vous prie d'agréer mes salutations distinguées.\nSophie Lefebvre\n")
case("l09-prorata-resiliation", LOB, "decided", [f], [R("deny"), K("2026-01-09")],
     spec="Pro-rata refund of unused months: deny (L1, clause 2); cancellation: L8 effective current_period_end 2026-01-09. (A sender whose firm is a law firm is no legal threat: C4 does not fire.)",
     clauses="L1 L8")

# l10 free trial (La Réunion) -> deny L7
cust("j.payet@payet-location.re", "Julie Payet", "monthly", status="trial", trial_ends="2025-10-03")
f, _ = eml("l10-essai-gratuit", "Julie Payet <j.payet@payet-location.re>", LO_TO,
           "fin de l'essai + remboursement", at(2025, 9, 26, 19, 0, REUNION),
           "Bonsoir, je suis en période d'essai gratuit sur la formule mensuelle, ça ne correspond pas à mon "
           "activité de location de voitures. Merci de me rembourser si jamais quelque chose a été prélevé et de "
           "ne rien facturer par la suite.\nJulie, Saint-Denis (974)\n")
case("l10-essai", LOB, "decided", [f], [R("deny")], extra_ok=True,
     spec="Trial account, no charge in the ledger: refund deny by L7 (no billing unless they subscribe). Ending the trial may add a cancellation (extra_ok).",
     clauses="L7")

# l11 cancellation, HTML-only (Orange webmail), period end from the ledger
cust("g.bernard@orange.fr", "Gilles Bernard", "quarterly", start="2025-08-05", end="2025-11-04")
lopay("fr_p191", "LO-INV-8191", "g.bernard@orange.fr", "quarterly", Q, "2025-08-05T10:00:00", "2025-08-05", "2025-11-04")
f, _ = eml("l11-resiliation-html", "Gilles BERNARD <g.bernard@orange.fr>", LO_TO,
           "Résiliation abonnement", at(2025, 9, 24, 10, 10, PARIS),
           html="<html><head><meta charset=\"utf-8\"></head><body><p>Bonjour,</p><p>Par la présente je résilie mon "
                "<strong>abonnement trimestriel</strong> LeadsOptima. Je pars à la retraite fin d'année et je ferme "
                "mon entreprise.</p><p>Cordialement,<br>Gilles Bernard<br>Plomberie Bernard, Nantes</p>"
                "<p style=\"font-size:10px;color:#999\">Envoyé depuis Mail Orange</p></body></html>")
case("l11-resiliation-html", LOB, "decided", [f], [K("2025-11-04")],
     spec="HTML-only cancellation: L8 cancel effective current_period_end 2025-11-04.", clauses="L8")

# l12 cancellation fallback with a ledger time carrying an offset
cust("e.gagnon@gagnon-reno.ca", "Émilie Gagnon", "quarterly")
lopay("fr_p201", "LO-INV-8201", "e.gagnon@gagnon-reno.ca", "quarterly", Q, "2025-07-15T20:00:00-04:00", None, None)
f, _ = eml("l12-canceller-fallback", "Émilie Gagnon <e.gagnon@gagnon-reno.ca>", LO_TO,
           "Canceller mon abonnement", at(2025, 9, 24, 9, 0, QC),
           "Allô,\n\nJ'aimerais canceller mon abonnement trimestriel svp. On a trop d'ouvrage présentement, on n'a "
           "plus besoin de chercher des clients.\n\nBonne journée!\nÉmilie Gagnon, Rénovations Gagnon, Laval\n")
case("l12-canceller-fallback-decalage", LOB, "decided", [f], [K("2025-10-15")],
     spec="No current_period_end: L8 fallback from the last charge 2025-07-15T20:00-04:00 = 2025-07-16 05:30 IST (section 8) + 3 months - 1 day = 2025-10-15.",
     clauses="L8 fallback, section 8 ledger offsets")

# l13 cancellation one-liner without reason
cust("t.dubois@free.fr", "Thomas Dubois", "monthly", start="2025-09-08", end="2025-10-07")
lopay("fr_p211", "LO-INV-8211", "t.dubois@free.fr", "monthly", M, "2025-09-08T08:00:00", "2025-09-08", "2025-10-07")
f, _ = eml("l13-resilier-sans-motif", "thomas dubois <t.dubois@free.fr>", LO_TO, "resiliation",
           at(2025, 9, 30, 23, 5, PARIS), "resiliez mon abonnement svp merci\n\nEnvoyé de mon iPhone\n")
case("l13-resilier-sans-motif", LOB, "decided", [f], [K("2025-10-07")],
     spec="Cancellation without reason is not held up (section 3); plan from the ledger: L8 effective 2025-10-07. Sent 23:05 +02:00 = 2025-10-01 02:35 IST, still before NOW.",
     clauses="L8, section 3")

# l14 C2 from hotmail
cust("r.moreau@moreau-batiment.fr", "Romain Moreau", "monthly", start="2025-09-27", end="2025-10-26")
lopay("fr_p221", "LO-INV-8221", "r.moreau@moreau-batiment.fr", "monthly", M, "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
f, _ = eml("l14-c2-hotmail", "Romain Moreau <romain.moreau56@hotmail.fr>", LO_TO, "accès compte",
           at(2025, 9, 28, 12, 0, PARIS),
           "Bonjour, je vous écris de ma boîte perso. Mon compte est au nom de r.moreau@moreau-batiment.fr. "
           "Impossible de me connecter depuis hier, je veux être remboursé du mois (LO-INV-8221).\nRomain\n")
case("l14-c2-adresse-perso", LOB, "need_info", [f], rules=["C2"],
     spec="Sender romain.moreau56@hotmail.fr is not the registered r.moreau@moreau-batiment.fr: C2, ask to write from that address, nothing about the account.",
     clauses="C2")

# l15 C2 via an Outlook forward (TR:) from an assistant
cust("direction@hotel-lesvignes.fr", "Hôtel Les Vignes", "annual", start="2025-05-01", end="2026-04-30")
lopay("fr_p231", "LO-INV-8231", "direction@hotel-lesvignes.fr", "annual", A, "2025-05-01T10:00:00", "2025-05-01", "2026-04-30")
f, _ = eml("l15-tr-assistante", "Accueil Hôtel Les Vignes <accueil@hotel-lesvignes.fr>", LO_TO,
           "TR: Résiliation LeadsOptima", at(2025, 9, 25, 11, 20, PARIS),
           "Bonjour,\n\nJe vous transfère la demande de notre directeur ci-dessous. Merci de faire le nécessaire.\n\n"
           "Camille, accueil\n\n-----Message d'origine-----\nDe : Direction Hôtel Les Vignes <direction@hotel-lesvignes.fr>\n"
           "Envoyé : mercredi 24 septembre 2025 18:32\nÀ : Accueil <accueil@hotel-lesvignes.fr>\n"
           "Objet : Résiliation LeadsOptima\n\nCamille, peux-tu résilier notre abonnement annuel LeadsOptima "
           "(compte direction@hotel-lesvignes.fr) ? On passe par Booking pour tout maintenant. Merci, P.\n")
case("l15-c2-transfert", LOB, "need_info", [f], rules=["C2"],
     spec="Forward (TR:) from accueil@ carrying a cancellation for the registered direction@hotel-lesvignes.fr: C2 via a forward (section 8).",
     clauses="C2, section 8 forwards")

# l16 Gmail forward from the registered address itself -> approve
cust("h.girard@girard-paysage.fr", "Hugo Girard", "monthly", start="2025-09-29", end="2025-10-28")
lopay("fr_p241", "LO-INV-8241", "h.girard@girard-paysage.fr", "monthly", M, "2025-09-29T08:00:00", "2025-09-29", "2025-10-28")
lopay("fr_p242", "LO-INV-8242", "h.girard@girard-paysage.fr", "monthly", M, "2025-09-29T08:00:40", "2025-09-29", "2025-10-28")
f, _ = eml("l16-fwd-releve-banque", "Hugo Girard <h.girard@girard-paysage.fr>", LO_TO,
           "Fwd: Alerte opération carte", at(2025, 9, 30, 8, 30, PARIS),
           "Regardez, deux fois le même montant hier. Remboursez la 2e svp (LO-INV-8242).\nHugo\n\n"
           "---------- Message transféré ---------\nDe : Crédit Agricole <alertes@ca.example>\n"
           "Date: lun. 29 sept. 2025 à 04:42\nSubject: Alerte opération carte\nTo: <h.girard@girard-paysage.fr>\n\n"
           "Opérations carte du 29/09/2025 :\nLEADSOPTIMA  1 768,82 INR\nLEADSOPTIMA  1 768,82 INR\n")
case("l16-transfert-du-client", LOB, "decided", [f], [R("approve", "1499.00")],
     spec="Gmail forward from the registered address itself: duplicate pair 2025-09-29, request day 1: L4 approve LO-INV-8242 1499.00 (the bank shows 1,768.82 incl. tax, C6).",
     clauses="L4 C6, section 8 forwards")

# l17 contest with the bank + cancellation -> C4 escalates both
cust("f.roux@roux-traiteur.fr", "Fabrice Roux", "quarterly", start="2025-09-02", end="2025-12-01")
lopay("fr_p251", "LO-INV-8251", "f.roux@roux-traiteur.fr", "quarterly", Q, "2025-09-02T10:00:00", "2025-09-02", "2025-12-01")
f, _ = eml("l17-opposition-banque", "Fabrice Roux <f.roux@roux-traiteur.fr>", LO_TO,
           "RÉSILIATION + REMBOURSEMENT", at(2025, 9, 26, 22, 10, PARIS),
           "Je résilie immédiatement. Votre outil ne m'a apporté aucun client en un mois. Remboursez-moi le "
           "trimestre sinon je fais opposition et je conteste le prélèvement auprès de ma banque (chargeback).\n"
           "F. Roux\n")
case("l17-contestation-banque", LOB, "decided", [f], [R("escalate"), K(None, "escalate")], rules=["C4"],
     spec="Bank contest / chargeback threat: C4 escalates the whole case, the cancellation included (section 8).",
     clauses="C4, section 8 C4 covers the whole case")

# l18 consumer association + lawyer -> C4
cust("b.petit@petit-optique.fr", "Brigitte Petit", "monthly", start="2025-09-27", end="2025-10-26")
lopay("fr_p261", "LO-INV-8261", "b.petit@petit-optique.fr", "monthly", M, "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
lopay("fr_p262", "LO-INV-8262", "b.petit@petit-optique.fr", "monthly", M, "2025-09-27T10:02:00", "2025-09-27", "2025-10-26")
f, _ = eml("l18-avocat", "Brigitte Petit <b.petit@petit-optique.fr>", LO_TO,
           "Mise en demeure – double prélèvement", at(2025, 9, 29, 14, 30, PARIS),
           "Madame, Monsieur,\n\nVous avez prélevé deux fois mon abonnement le 27/09 (facture LO-INV-8262). Sans "
           "remboursement sous 48 heures, je transmets le dossier à mon avocat et à l'UFC-Que Choisir.\n\n"
           "Brigitte Petit\n")
case("l18-avocat", LOB, "decided", [f], [R("escalate")], rules=["C4"],
     spec="Duplicate that L4 would approve, but the lawyer / consumer-association threat makes it C4 escalate.",
     clauses="C4 over L4")

# l19 out-of-office
f, _ = eml("l19-reponse-automatique", "Claire Martin <claire.martin@martin-conseil.fr>", LO_TO,
           "Réponse automatique : Re: Prélèvement en double [LO-8102]", at(2025, 9, 26, 9, 0, PARIS),
           "Bonjour,\n\nJe suis absente du bureau jusqu'au 6 octobre inclus, avec un accès limité à mes courriels. "
           "Pour toute urgence, contactez le 04 00 00 00 00.\n\nClaire Martin\n",
           headers={"Auto-Submitted": "auto-replied"})
case("l19-absence", LOB, "ignore", [f], rules=["C7"],
     spec="Auto-Submitted: auto-replied: C7 ignore.", clauses="C7")

# l20 bounce from postmaster
f, _ = eml("l20-non-remis", "postmaster@laposte.net", LO_TO,
           "Non remis : Re: Votre résiliation [LO-8191]", at(2025, 9, 27, 4, 2, PARIS),
           "Votre message n'a pas pu être remis aux destinataires suivants :\n\ng.bernad@laposte.net\n"
           "Le destinataire est introuvable (550 5.1.1).\n")
case("l20-rapport-non-remise", LOB, "ignore", [f], rules=["C7"],
     spec="postmaster sender, delivery failure: C7 ignore.", clauses="C7")

# l21 negation + invoice question -> other
f, _ = eml("l21-pas-de-remboursement", "Luc Peeters <luc.peeters@skynet.be>", LO_TO,
           "Facture avec numéro de TVA", at(2025, 9, 30, 10, 0, PARIS),
           "Re-bonjour,\n\nPour être clair je ne demande PAS de remboursement supplémentaire et je ne veux pas "
           "résilier. J'ai seulement besoin d'une facture LO-INV-8121 mentionnant notre numéro d'entreprise "
           "BE0123.456.789 pour la comptabilité.\n\nMerci, Luc\n")
case("l21-pas-de-remboursement-facture", LOB, "other", [f],
     spec="Negated refund and cancellation (section 8); an invoice request: other.", clauses="section 8 negation")

# l22 hypothetical before buying (Québec)
f, _ = eml("l22-question-avant-achat", "Boutique Chez Ginette <info@chezginette.ca>", LO_TO,
           "Question avant de m'abonner", at(2025, 9, 25, 10, 30, QC),
           "Bonjour,\n\nJe magasine des outils de prospection. Si je prends le forfait annuel pis que ça ne "
           "marche pas pour ma boutique, est-ce que je serais remboursée pour les mois qui restent?\n\nMerci!\n"
           "Ginette\n")
case("l22-hypothese-avant-achat", LOB, "other", [f],
     spec="Hypothetical before buying ('est-ce que je serais remboursée'): a policy question, other (section 8).",
     clauses="section 8 hypotheticals")

# l23 thanks after refund
f, _ = eml("l23-merci-remboursement", "Claire Martin <claire.martin@martin-conseil.fr>", LO_TO,
           "Re: Prélèvement en double", at(2025, 9, 30, 17, 15, PARIS),
           "Bonjour,\n\nC'est bien arrivé sur mon compte ce matin, merci pour votre réactivité !\n\nClaire\n",
           prev=["<lo-reply-8102@leadsoptima.com>"])
case("l23-merci-apres-remboursement", LOB, "other", [f],
     spec="Thank-you after a refund: asks for nothing, other.", clauses="section 8 past events")

# l24 missing reason: formal restatement + signature + disclaimer
cust("c.lambert@lambert-expertise.fr", "Christophe Lambert", "monthly", start="2025-09-26", end="2025-10-25")
lopay("fr_p271", "LO-INV-8271", "c.lambert@lambert-expertise.fr", "monthly", M, "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
f, _ = eml("l24-sans-motif", "Christophe Lambert <c.lambert@lambert-expertise.fr>", LO_TO,
           "Demande de remboursement – facture LO-INV-8271", at(2025, 9, 29, 9, 45, PARIS),
           "Madame, Monsieur,\n\nJe vous prie de bien vouloir procéder au remboursement de la facture LO-INV-8271 "
           "d'un montant de 1 499,00 INR HT, sur le moyen de paiement d'origine.\n\nDans l'attente de votre retour, "
           "je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n\n"
           "Christophe Lambert\nExpert-comptable associé\nLambert Expertise SAS – 12 rue de la Paix, 75002 Paris\n\n"
           "Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive de leurs "
           "destinataires. Toute utilisation non conforme à sa destination est interdite.\n")
case("l24-sans-motif", LOB, "need_info", [f], missing=["reason"],
     spec="Restating the request, formulas of politeness, signature and disclaimer are no reason (section 8): C3 ask for the reason.",
     clauses="C3, section 8 what a reason is")

# l25 thread: reason given in the reply; window from the first mail
cust("m.rousseau@rousseau-fleurs.fr", "Manon Rousseau", "monthly", start="2025-09-20", end="2025-10-19")
lopay("fr_p281", "LO-INV-8281", "m.rousseau@rousseau-fleurs.fr", "monthly", M, "2025-09-20T09:00:00", "2025-09-20", "2025-10-19")
lopay("fr_p282", "LO-INV-8282", "m.rousseau@rousseau-fleurs.fr", "monthly", M, "2025-09-20T09:01:00", "2025-09-20", "2025-10-19")
f1, m1 = eml("l25a-remboursement", "Manon Rousseau <m.rousseau@rousseau-fleurs.fr>", LO_TO,
             "Remboursement LO-INV-8282", at(2025, 9, 25, 12, 0, PARIS),
             "Bonjour, pourriez-vous me rembourser la facture LO-INV-8282 ? Merci. Manon\n")
f2, _ = eml("l25b-motif", "Manon Rousseau <m.rousseau@rousseau-fleurs.fr>", LO_TO,
            "Re: Remboursement LO-INV-8282 [LO-8282]", at(2025, 9, 30, 8, 40, PARIS),
            "Bonjour,\n\nLe motif : j'ai été débitée deux fois le 20 septembre pour le même mois, c'est la deuxième "
            "facture que je vous demande de rembourser.\n\nManon\n\n"
            "Le jeu. 25 sept. 2025 à 15:10, LeadsOptima Support a écrit :\n> Please tell us the reason for your request.\n",
            prev=[m1, "<lo-needinfo-8282@leadsoptima.com>"])
case("l25-fil-motif-apres-coup", LOB, "decided", [f1, f2], [R("approve", "1499.00")],
     spec="Reply gives the reason (charged twice); request time is the first mail 2025-09-25 (day 5; the reply is day 10): L4 approve LO-INV-8282 1499.00.",
     clauses="C3 thread, L4, section 1 request time")

# l26 billing error, two charges, no invoice -> need_info invoice_number
cust("o.laurent@laurent-auto.be", "Olivier Laurent", "monthly", start="2025-09-22", end="2025-10-21")
lopay("fr_p291", "LO-INV-8291", "o.laurent@laurent-auto.be", "monthly", M, "2025-08-22T10:00:00", "2025-08-22", "2025-09-21")
lopay("fr_p292", "LO-INV-8292", "o.laurent@laurent-auto.be", "monthly", M, "2025-09-22T10:00:00", "2025-09-22", "2025-10-21")
f, _ = eml("l26-sans-numero-facture", "Olivier Laurent <o.laurent@laurent-auto.be>", LO_TO,
           "montant incorrect", at(2025, 9, 24, 16, 30, PARIS),
           "Bonjour,\n\nLe montant qu'on m'a facturé n'est pas le bon : on m'avait promis septante pour cent de "
           "réduction la première année et je paie plein pot. Merci de corriger et de me rembourser la différence.\n\n"
           "Olivier Laurent, Namur\n")
case("l26-numero-facture-manquant", LOB, "need_info", [f], missing=["invoice_number"],
     spec="Refund for a billing error from the registered address; the account has two charges and none is named: C3 asks for the invoice number (section 3).",
     clauses="C3, section 3 invoice required")

# l27 access failure + cancellation
cust("v.henry@henry-coaching.ch", "Valérie Henry", "quarterly", start="2025-09-23", end="2025-12-22")
lopay("fr_p301", "LO-INV-8301", "v.henry@henry-coaching.ch", "quarterly", Q, "2025-09-23T10:00:00", "2025-09-23", "2025-12-22")
f, _ = eml("l27-acces-et-resiliation", "Valérie Henry <v.henry@henry-coaching.ch>", LO_TO,
           "Résiliation / remboursement", at(2025, 9, 26, 7, 50, PARIS),
           "Bonjour,\n\nDepuis le renouvellement de mardi je n'ai plus accès à mon compte (message « compte "
           "suspendu »). J'en ai assez : je résilie l'abonnement et je demande le remboursement du trimestre.\n\n"
           "Avec mes meilleures salutations\nValérie Henry, Genève\n")
case("l27-acces-plus-resiliation", LOB, "decided", [f], [R("escalate"), K("2025-12-22")],
     spec="Access failure day 3 (LO-INV-8301, filled): L6 escalate; cancellation: L8 effective 2025-12-22.",
     clauses="L6 L8")

# l28 payment failed but money taken -> escalate (payment not paid)
cust("d.mercier@mercier-transport.fr", "David Mercier", "monthly", start="2025-09-28", end="2025-10-27")
lopay("fr_p311", "LO-INV-8311", "d.mercier@mercier-transport.fr", "monthly", M, "2025-09-28T10:00:00", "2025-09-28", "2025-10-27", status="failed")
lopay("fr_p312", "LO-INV-8312", "d.mercier@mercier-transport.fr", "monthly", M, "2025-09-28T10:20:00", "2025-09-28", "2025-10-27")
f, _ = eml("l28-paiement-echoue", "David Mercier <d.mercier@mercier-transport.fr>", LO_TO,
           "Paiement échoué mais débité LO-INV-8311", at(2025, 9, 29, 11, 0, PARIS),
           "Bonjour,\n\nLe premier paiement du 28 (LO-INV-8311) a été marqué « échoué » chez vous, mais ma banque "
           "l'a bien débité, et j'ai dû repayer ensuite. J'ai donc payé deux fois. Merci de rembourser LO-INV-8311.\n\n"
           "David Mercier\n")
case("l28-paiement-non-paye", LOB, "decided", [f], [R("escalate")],
     spec="The named charge LO-INV-8311 has status failed: a refund of a payment that is not paid is escalate (section 8); no pair of paid charges (L4).",
     clauses="section 8 payments not paid, L4")

# l29 Reply-To does not verify
f, _ = eml("l29-reply-to", "Secrétariat Moreau Bâtiment <secretariat@moreau-batiment.fr>", LO_TO,
           "Résiliation abonnement", at(2025, 9, 29, 9, 5, PARIS),
           "Bonjour,\n\nPour le compte de M. Moreau, merci de résilier l'abonnement mensuel ; l'entreprise change "
           "d'outil. Répondez directement à M. Moreau svp.\n\nLe secrétariat\n",
           headers={"Reply-To": "Romain Moreau <r.moreau@moreau-batiment.fr>"})
case("l29-reply-to-ne-verifie-pas", LOB, "need_info", [f], rules=["C2"],
     spec="From secretariat@ (not registered); Reply-To never verifies anyone (section 8): C2.",
     clauses="C2, section 8 addresses")

# l30 duplicate, amount in words, Swiss 'septante/huitante' style, reference with spaces
cust("a.rochat@rochat-vins.ch", "Alain Rochat", "monthly", start="2025-09-27", end="2025-10-26")
lopay("fr_p321", "LO-INV-8321", "a.rochat@rochat-vins.ch", "monthly", M, "2025-09-27T15:00:00", "2025-09-27", "2025-10-26")
lopay("fr_p322", "LO-INV-8322", "a.rochat@rochat-vins.ch", "monthly", M, "2025-09-27T15:02:00", "2025-09-27", "2025-10-26")
f, _ = eml("l30-montant-en-lettres", "Alain Rochat <a.rochat@rochat-vins.ch>", LO_TO,
           "deux fois mille quatre cent nonante-neuf", at(2025, 9, 28, 10, 0, PARIS),
           "Bonjour,\n\nVous m'avez pris deux fois mille quatre cent nonante-neuf roupies hier pour le même mois, "
           "deux paiements identiques. La deuxième facture : lo inv 8322. Merci de me rembourser ce doublon.\n\n"
           "Salutations du Lavaux\nAlain Rochat\n")
case("l30-montant-en-lettres", LOB, "decided", [f], [R("approve", "1499.00")],
     spec="Duplicate pair 2025-09-27, request day 1; amount in (Swiss) words, 'lo inv 8322' = LO-INV-8322: L4 approve 1499.00.",
     clauses="L4, section 8 amounts in words and references")

# ------------------------------------------------------------------ Optima WebDesign
# o01 deposit inside 72 h (Paris), invoice filled from the single payment
proj("Boulangerie Moulin Site", "contact@boulangerie-moulin.fr")
owpay("fr_w301", "OWD-2025-301", "Boulangerie Moulin Site", "deposit", "16000.00", "2880.00", "2025-09-23T15:00:00")
f, _ = eml("o01-acompte-48h", "Boulangerie Moulin <contact@boulangerie-moulin.fr>", OWD_TO,
           "Acompte site Boulangerie Moulin", at(2025, 9, 25, 7, 0, PARIS),
           "Bonjour,\n\nNous avons versé mardi l'acompte pour le projet « Boulangerie Moulin Site ». Finalement la "
           "chambre des métiers nous offre un site vitrine gratuit, nous n'avons donc plus besoin de vos services. "
           "Pouvez-vous nous rembourser l'acompte ?\n\nBonne journée,\nÉlodie Moulin\n")
case("o01-acompte-remboursable", OWB, "decided", [f], [R("approve", "16000.00")],
     spec="Deposit paid 2025-09-23 15:00 IST, request 2025-09-25 10:30 IST (43.5 h), no work: O2 approve 16000.00; invoice filled from the project's single payment.",
     clauses="O2 O7, section 1 invoice filled")

# o02 deposit exactly 72 h (La Réunion) -> deny
proj("Gîtes du Volcan", "resa@gites-volcan.re")
owpay("fr_w302", "OWD-2025-302", "Gîtes du Volcan", "deposit", "22000.00", "3960.00", "2025-09-16T09:30:00")
f, _ = eml("o02-acompte-72h-pile", "Gîtes du Volcan <resa@gites-volcan.re>", OWD_TO,
           "Remboursement acompte OWD-2025-302", at(2025, 9, 19, 8, 0, REUNION),
           "Bonjour,\n\nSuite à la fermeture de la route du volcan pour travaux jusqu'en 2026, nous suspendons le "
           "projet « Gîtes du Volcan » et demandons le remboursement de l'acompte OWD-2025-302, toujours dans les "
           "72 heures.\n\nCordialement,\nFabienne Hoarau\n")
case("o02-acompte-pile-72h", OWB, "decided", [f], [R("deny")], extra_ok=True,
     spec="Paid 2025-09-16 09:30 IST; sent 2025-09-19 08:00 +04:00 = 09:30 IST: exactly 72 h is not before 72 h, deny (O2, section 8). 'nous suspendons le projet' may add a cancellation (extra_ok).",
     clauses="O2, section 8 exactly 72 h")

# o03 deposit at 71.5 h (Dakar) -> approve
proj("Teranga Voyages Site", "direction@teranga-voyages.sn")
owpay("fr_w303", "OWD-2025-303", "Teranga Voyages Site", "deposit", "14000.00", "2520.00", "2025-09-20T15:00:00")
f, _ = eml("o03-acompte-71h", "Teranga Voyages <direction@teranga-voyages.sn>", OWD_TO,
           "Annulation projet - remboursement acompte owd-2025-303", at(2025, 9, 23, 9, 0, DAKAR),
           "Bonjour Madame, Monsieur,\n\nLe conseil d'administration a gelé tous les investissements du dernier "
           "trimestre. Nous demandons donc le remboursement de l'acompte (réf. owd-2025-303) versé samedi pour le "
           "projet Teranga Voyages Site. Aucun travail n'a commencé à notre connaissance.\n\nSalutations "
           "distinguées,\nMamadou Ndiaye, Directeur\n")
case("o03-acompte-71h30", OWB, "decided", [f], [R("approve", "14000.00")], extra_ok=True,
     spec="Paid 2025-09-20 15:00 IST; sent 2025-09-23 09:00 +00:00 = 14:30 IST (71 h 30 min), no work: O2 approve 14000.00. 'Annulation projet' may add a cancellation (extra_ok, never an approval).",
     clauses="O2")

# o04 deposit, work started -> deny
proj("Cabinet Dentaire Lemaire", "secretariat@dentiste-lemaire.be", "2025-09-25T09:00:00")
owpay("fr_w304", "OWD-2025-304", "Cabinet Dentaire Lemaire", "deposit", "12000.00", "2160.00", "2025-09-24T12:00:00")
f, _ = eml("o04-travail-commence", "Secrétariat Dr Lemaire <secretariat@dentiste-lemaire.be>", OWD_TO,
           "Acompte OWD-2025-304 à rembourser", at(2025, 9, 25, 16, 0, PARIS),
           "Bonjour,\n\nLe docteur a changé d'avis, il préfère attendre l'an prochain pour le site du Cabinet "
           "Dentaire Lemaire. Nous sommes dans les 72 heures, merci de rembourser l'acompte OWD-2025-304.\n\n"
           "Bien à vous,\nNathalie, secrétariat\n")
case("o04-acompte-travail-commence", OWB, "decided", [f], [R("deny")],
     spec="Inside 72 h (31.5 h) but work started 2025-09-25 09:00 IST before the request (19:30 IST): whichever first, deny O2. Only a refund is asked for (the change of mind is the reason): no extra decision.",
     clauses="O2 work started")

# o05 discovery not started (Brussels) -> approve
proj("Brasserie Delvaux Stratégie", "info@brasserie-delvaux.be")
owpay("fr_w305", "OWD-2025-305", "Brasserie Delvaux Stratégie", "discovery", "9500.00", "1710.00", "2025-09-18T10:00:00")
f, _ = eml("o05-decouverte-pas-commencee", "Brasserie Delvaux <info@brasserie-delvaux.be>", OWD_TO,
           "Atelier stratégie – remboursement OWD 2025 305", at(2025, 9, 22, 11, 30, PARIS),
           "Bonjour,\n\nNotre brasserie est reprise par un groupe qui a sa propre agence. L'atelier découverte "
           "(Brasserie Delvaux Stratégie, OWD 2025 305) n'a pas encore eu lieu : pouvez-vous nous rembourser "
           "les frais ?\n\nBien à vous,\nJean-Philippe Delvaux\n")
case("o05-decouverte-approve", OWB, "decided", [f], [R("approve", "9500.00")],
     spec="Discovery, work_started_at empty: O1 approve 9500.00; 'OWD 2025 305' matches (section 8). Only a refund is asked for (the takeover is the reason): no extra decision.",
     clauses="O1, section 8 references")

# o06 discovery, sessions started (Cameroon) -> deny
proj("Cacao Sanaga Stratégie", "contact@cacao-sanaga.cm", "2025-09-15T10:00:00")
owpay("fr_w306", "OWD-2025-306", "Cacao Sanaga Stratégie", "discovery", "11000.00", "1980.00", "2025-09-10T10:00:00")
f, _ = eml("o06-decouverte-commencee", "Cacao Sanaga <contact@cacao-sanaga.cm>", OWD_TO,
           "Remboursement frais de découverte OWD-2025-306", at(2025, 9, 24, 10, 0, DOUALA),
           "Bonjour,\n\nNous avons eu deux séances pour Cacao Sanaga Stratégie mais les recommandations ne sont pas "
           "adaptées au marché camerounais. Nous demandons le remboursement des frais de découverte.\n\n"
           "Cordialement,\nHervé Mbarga\n")
case("o06-decouverte-deny", OWB, "decided", [f], [R("deny")],
     spec="Sessions started 2025-09-15, before the request: O1 deny.", clauses="O1")

# o07-o10: milestone project (Québec)
proj("Érablière Gagnon Boutique", "info@erabliere-gagnon.ca", "2025-08-10T10:00:00")
owpay("fr_w310", "OWD-2025-310", "Érablière Gagnon Boutique", "deposit", "20000.00", "3600.00", "2025-08-05T10:00:00")
owpay("fr_w311", "OWD-2025-311", "Érablière Gagnon Boutique", "milestone", "28000.00", "5040.00", "2025-08-28T10:00:00", milestone_status="completed")
owpay("fr_w312", "OWD-2025-312", "Érablière Gagnon Boutique", "milestone", "32000.00", "5760.00", "2025-09-12T10:00:00", milestone_status="not_started")
owpay("fr_w313", "OWD-2025-313", "Érablière Gagnon Boutique", "milestone", "15000.00", "2700.00", "2025-09-12T10:10:00", milestone_status="in_progress")
f, _ = eml("o07-jalon-pas-commence", "Érablière Gagnon <info@erabliere-gagnon.ca>", OWD_TO,
           "Refund Request — Érablière Gagnon Boutique / OWD-2025-312", at(2025, 9, 23, 9, 15, QC),
           "Bonjour,\n\nOn a décidé de faire la boutique en ligne nous-mêmes sur Shopify. Le jalon « Paiements et "
           "livraison » (OWD-2025-312) n'est pas commencé selon votre échéancier. On aimerait se faire rembourser "
           "ce jalon-là.\n\nMerci,\nSylvie Gagnon\n")
case("o07-jalon-approve", OWB, "decided", [f], [R("approve", "32000.00")],
     spec="Milestone OWD-2025-312 not_started: O3 approve 32000.00 before tax.", clauses="O3")
f, _ = eml("o08-jalon-en-cours", "Érablière Gagnon <info@erabliere-gagnon.ca>", OWD_TO,
           "Jalon contenu OWD.2025.313", at(2025, 9, 23, 9, 40, QC),
           "Re-bonjour,\n\nPour le jalon rédaction (OWD.2025.313) aussi, on voudrait un remboursement : notre fille "
           "va écrire les textes. Vous avez commencé deux pages, mais le reste est pas fait.\n\nSylvie, Érablière "
           "Gagnon Boutique\n")
case("o08-jalon-en-cours", OWB, "decided", [f], [R("escalate")],
     spec="Milestone OWD-2025-313 in_progress: O3 escalate, no amount; 'OWD.2025.313' matches (section 8).",
     clauses="O3 in_progress, section 8 references")
f, _ = eml("o09-jalon-livre", "Érablière Gagnon <info@erabliere-gagnon.ca>", OWD_TO,
           "Jalon design OWD-2025-311", at(2025, 9, 23, 10, 0, QC),
           "Pis tant qu'à y être : la maquette (jalon OWD-2025-311, Érablière Gagnon Boutique) a été livrée en août "
           "mais finalement on la trouve trop chargée. Est-ce qu'on peut ravoir notre argent pour ça aussi?\nSylvie\n")
case("o09-jalon-livre", OWB, "decided", [f], [R("deny")],
     spec="Milestone OWD-2025-311 completed: O3/O6 deny (completed deliverable).", clauses="O3 O6")
f, _ = eml("o10-jalon-sans-reference", "Érablière Gagnon <info@erabliere-gagnon.ca>", OWD_TO,
           "remboursement", at(2025, 9, 24, 8, 30, QC),
           "Bonjour, pour l'Érablière Gagnon Boutique, remboursez-nous le paiement pour lequel rien n'a été fait, "
           "on coupe dans les dépenses cette année. J'ai pas le numéro sous la main.\nSylvie\n")
case("o10-reference-manquante", OWB, "need_info", [f], missing=["invoice_number"],
     spec="Project with four payments and no reference: the invoice/payment reference is missing (section 4), C3 asks for it.",
     clauses="C3, section 4 required fields")

# o11 retainer, >= 7 days notice (Lyon)
proj("Salle Fitness Rhône Animation", "gerant@fitness-rhone.fr")
owpay("fr_w320", "OWD-2025-320", "Salle Fitness Rhône Animation", "retainer", "7000.00", "1260.00", "2025-09-12T09:00:00",
      period_start="2025-09-12", period_end="2025-10-11", next_billing_at="2025-10-12T09:00:00")
f, _ = eml("o11-forfait-resiliation", "Fitness Rhône <gerant@fitness-rhone.fr>", OWD_TO,
           "Résiliation forfait mensuel", at(2025, 9, 24, 13, 0, PARIS),
           "Bonjour,\n\nJe résilie le forfait mensuel « Salle Fitness Rhône Animation » (dernière facture "
           "OWD-2025-320) : la franchise nous impose désormais son propre prestataire pour les réseaux sociaux.\n\n"
           "Sportivement,\nKarim Haddad\n")
case("o11-retainer-preavis-ok", OWB, "decided", [f], [K("2025-10-11")],
     spec="Retainer, next_billing_at 2025-10-12; request 2025-09-24 <= 2025-10-05: O4/O8 cancel effective 2025-10-11.",
     clauses="O4 O8")

# o12 retainer from Québec: afternoon of the last possible day is the next IST day -> short notice
proj("Dépanneur Lavoie Réseaux sociaux", "lavoie.depanneur@videotron.ca")
owpay("fr_w321", "OWD-2025-321", "Dépanneur Lavoie Réseaux sociaux", "retainer", "4500.00", "810.00", "2025-09-07T09:00:00",
      period_start="2025-09-07", period_end="2025-10-06", next_billing_at="2025-10-07T09:00:00")
f, _ = eml("o12-forfait-quebec-trop-tard", "Dépanneur Lavoie <lavoie.depanneur@videotron.ca>", OWD_TO,
           "Annuler le forfait réseaux sociaux OWD-2025-321", at(2025, 9, 30, 15, 30, QC),
           "Bonjour,\n\nJe veux annuler le forfait « Dépanneur Lavoie Réseaux sociaux » (OWD-2025-321). On vend le "
           "commerce à la fin d'octobre. Je vous écris 7 jours avant le prochain paiement du 7, c'est correct?\n\n"
           "Merci, Réjean Lavoie\n")
case("o12-retainer-quebec-preavis-court", OWB, "decided", [f], [K("2025-11-06")],
     spec="next_billing_at 2025-10-07 needs a request on or before 2025-09-30 IST; sent 2025-09-30 15:30 -04:00 = 2025-10-01 01:00 IST: short notice, the next cycle 2025-10-07..2025-11-06 is billed, effective 2025-11-06 (O4).",
     clauses="O4 short notice, section 1 days in IST")

# o13 retainer with the next cycle already paid -> escalate
proj("Cave Dufour Newsletter", "cave@dufour-vins.fr")
owpay("fr_w322", "OWD-2025-322", "Cave Dufour Newsletter", "retainer", "5500.00", "990.00", "2025-09-01T09:00:00",
      period_start="2025-09-01", period_end="2025-09-30")
owpay("fr_w323", "OWD-2025-323", "Cave Dufour Newsletter", "retainer", "5500.00", "990.00", "2025-09-18T09:00:00",
      period_start="2025-10-01", period_end="2025-10-31", next_billing_at="2025-11-01T09:00:00")
f, _ = eml("o13-forfait-paye-d-avance", "Cave Dufour <cave@dufour-vins.fr>", OWD_TO,
           "Arrêt de la newsletter", at(2025, 9, 22, 10, 20, PARIS),
           "Bonjour,\n\nNous arrêtons la « Cave Dufour Newsletter » : nos clients préfèrent WhatsApp. Nous avons "
           "déjà réglé octobre par avance (OWD-2025-323). Merci de résilier.\n\nCordialement,\nPierre Dufour\n")
case("o13-retainer-paye-avance", OWB, "decided", [f], [K(None, "escalate")], extra_ok=True,
     spec="The next cycle (October, OWD-2025-323) is already paid and the notice is >= 7 days: the cancellation is escalate (section 8, O4); a refund decision for October would also be escalate (extra_ok).",
     clauses="O4, section 8 retainer paid in advance")

# o14 hosting annual, rounding half-up
proj("Auberge du Lac Hébergement", "web@auberge-dulac.ch")
owpay("fr_w330", "OWD-2025-330", "Auberge du Lac Hébergement", "hosting_annual", "20000.00", "3600.00", "2025-09-17T10:00:00",
      setup_fee="2500.00", service_start="2025-09-18")
f, _ = eml("o14-hebergement-arrondi", "Auberge du Lac <web@auberge-dulac.ch>", OWD_TO,
           "Résiliation hébergement annuel OWD-2025-330", at(2025, 9, 29, 17, 45, PARIS),
           "Bonjour,\n\nNotre groupe hôtelier impose un hébergement centralisé à Genève. Nous résilions donc "
           "l'hébergement annuel « Auberge du Lac Hébergement » (début le 18.09.) et demandons le remboursement "
           "au prorata selon vos conditions (14 jours).\n\nMeilleures salutations\nCorinne Jaquet\n")
case("o14-hebergement-prorata", OWB, "decided", [f], [R("approve", "16041.67")], extra_ok=True,
     spec="O5 day 11: 20000 - 2500 - 17500/12 (1458.333...) = 16041.6667 -> 16041.67 (half-up once, C6); a cancellation decision is harmless (extra_ok).",
     clauses="O5 C6 O7")

# o15 maintenance annual after 14 days -> deny
proj("Horlogerie Vuilleumier Maintenance", "atelier@vuilleumier-horlogerie.ch")
owpay("fr_w331", "OWD-2025-331", "Horlogerie Vuilleumier Maintenance", "maintenance_annual", "10000.00", "1800.00", "2025-09-05T10:00:00",
      setup_fee="1000.00", service_start="2025-09-08")
f, _ = eml("o15-maintenance-trop-tard", "Horlogerie Vuilleumier <atelier@vuilleumier-horlogerie.ch>", OWD_TO,
           "Contrat de maintenance OWD-2025-331", at(2025, 9, 25, 9, 0, PARIS),
           "Bonjour,\n\nNous souhaitons résilier le contrat de maintenance annuel « Horlogerie Vuilleumier "
           "Maintenance » et être remboursés au prorata : notre neveu informaticien s'en chargera.\n\n"
           "Avec nos salutations, Famille Vuilleumier, Le Locle\n")
case("o15-maintenance-apres-14j", OWB, "decided", [f], [R("deny")], extra_ok=True,
     spec="service_start 2025-09-08, request 2025-09-25 is day 17 > 14: O5 deny. 'résilier le contrat' may add a cancellation (extra_ok).", clauses="O5 after 14 days")

# o16 maintenance before the start, no setup fee -> consumed 1
proj("Association Les Amis du Quartier", "bureau@amisduquartier.org")
owpay("fr_w332", "OWD-2025-332", "Association Les Amis du Quartier", "maintenance_annual", "7200.00", "1296.00", "2025-09-26T10:00:00",
      service_start="2025-10-15")
f, _ = eml("o16-maintenance-avant-debut", "Les Amis du Quartier <bureau@amisduquartier.org>", OWD_TO,
           "Annulation maintenance", at(2025, 9, 28, 11, 0, PARIS),
           "Bonjour,\n\nL'assemblée générale a voté contre la dépense : merci d'annuler la maintenance annuelle de "
           "l'« Association Les Amis du Quartier » (OWD-2025-332), qui ne commence que le 15 octobre, et de nous "
           "rembourser.\n\nPour le bureau, Martine Leroy, trésorière\n")
case("o16-maintenance-avant-debut", OWB, "decided", [f], [R("approve", "6600.00")], extra_ok=True,
     spec="O5 before service_start: consumed_months 1 (section 8), no setup fee (setup_fee null = no fee kept back, docs/ledger.md: null and a missing key mean the same; the field is optional): 7200 - 0 - 7200/12 (600) = 6600.00. 'annuler la maintenance' may add a cancellation (extra_ok).",
     clauses="O5, section 8 before start")

# o17-o18: non-refundable kinds
proj("Librairie Papillon E-boutique", "libraire@papillon-livres.fr", "2025-08-20T10:00:00")
owpay("fr_w340", "OWD-2025-340", "Librairie Papillon E-boutique", "third_party", "4200.00", "756.00", "2025-09-15T10:00:00")
owpay("fr_w341", "OWD-2025-341", "Librairie Papillon E-boutique", "setup", "3000.00", "540.00", "2025-09-15T10:05:00")
owpay("fr_w342", "OWD-2025-342", "Librairie Papillon E-boutique", "deposit", "18000.00", "3240.00", "2025-08-18T10:00:00")
f, _ = eml("o17-theme-premium", "Librairie Papillon <libraire@papillon-livres.fr>", OWD_TO,
           "Thème premium et licence à rembourser", at(2025, 9, 26, 15, 20, PARIS),
           "Bonjour,\n\nVous nous avez facturé un thème premium et une licence de plugin (OWD-2025-340) pour la "
           "Librairie Papillon E-boutique. Nous préférons finalement le thème gratuit. Merci de rembourser.\n\n"
           "Anne Papillon\n")
case("o17-tiers-non-remboursable", OWB, "decided", [f], [R("deny")],
     spec="Kind third_party (theme, plugin licence): O6 deny.", clauses="O6")
f, _ = eml("o18-frais-mise-en-service", "Librairie Papillon <libraire@papillon-livres.fr>", OWD_TO,
           "Frais de mise en service OWD-2025-341", at(2025, 9, 26, 15, 35, PARIS),
           "Et les frais de mise en service (OWD-2025-341) pour la Librairie Papillon E-boutique, on peut les "
           "récupérer ? On trouve que c'est cher pour ce que c'est.\nAnne\n")
case("o18-frais-installation", OWB, "decided", [f], [R("deny")],
     spec="Kind setup: O6 deny (setup/activation fees are non-refundable).", clauses="O6")

# o19 C2 from a private address
f, _ = eml("o19-c2-adresse-perso", "Élodie Moulin <elodie.moulin33@yahoo.fr>", OWD_TO,
           "Acompte boulangerie", at(2025, 9, 25, 7, 30, PARIS),
           "Bonjour, c'est Élodie de la Boulangerie Moulin (contrat au nom de contact@boulangerie-moulin.fr), je "
           "vous écris de mon adresse perso. Pouvez-vous rembourser l'acompte du projet Boulangerie Moulin Site ? "
           "La chambre des métiers nous fait le site.\n")
case("o19-c2-adresse-perso", OWB, "need_info", [f], rules=["C2"],
     spec="Sender is not the contract email contact@boulangerie-moulin.fr: C2, ask to write from the contracting email, nothing about the project.",
     clauses="C2")

# o20 C2 via a Gmail forward from a colleague
f, _ = eml("o20-c2-transfert", "Awa Ndiaye <awa.ndiaye@teranga-voyages.sn>", OWD_TO,
           "Fwd: remboursement acompte", at(2025, 9, 23, 10, 0, DAKAR),
           "Bonjour, je vous fais suivre le message du directeur. Merci de traiter.\nAwa, comptabilité\n\n"
           "---------- Message transféré ---------\nDe : Mamadou Ndiaye <direction@teranga-voyages.sn>\n"
           "Date: mar. 23 sept. 2025 à 08:40\nSubject: remboursement acompte\nTo: Awa Ndiaye <awa.ndiaye@teranga-voyages.sn>\n\n"
           "Awa, demande à Optima le remboursement de l'acompte OWD-2025-303 du projet Teranga Voyages Site, le CA "
           "a gelé les investissements.\n")
case("o20-c2-via-transfert", OWB, "need_info", [f], rules=["C2"],
     spec="Gmail forward (Fwd:) from awa.ndiaye@ carrying a request of the contract email direction@teranga-voyages.sn: C2 via a forward (section 8).",
     clauses="C2, section 8 forwards")

# o21 chargeback (rétrofacturation) from Québec -> escalate
proj("Cantine Chez Lulu Site", "lulu@cantinechezlulu.ca")
owpay("fr_w350", "OWD-2025-350", "Cantine Chez Lulu Site", "deposit", "15000.00", "2700.00", "2025-09-25T21:00:00")
f, _ = eml("o21-retrofacturation", "Cantine Chez Lulu <lulu@cantinechezlulu.ca>", OWD_TO,
           "Remboursement OWD-2025-350 sinon rétrofacturation", at(2025, 9, 26, 10, 0, QC),
           "Bonjour,\n\nOn annule le projet Cantine Chez Lulu Site, mon associé s'est retiré. Remboursez l'acompte "
           "OWD-2025-350 sinon je demande une rétrofacturation (chargeback) à ma compagnie de carte de crédit.\n\n"
           "Lucie Bouchard\n")
case("o21-chargeback-quebec", OWB, "decided", [f], [R("escalate")], rules=["C4"], extra_ok=True,
     spec="Chargeback threat: C4 escalate, although the deposit would be O2 approve (22.5 h: paid 2025-09-25 21:00 IST, sent 2025-09-26 19:30 IST). Any cancellation decision would be escalate too (extra_ok).",
     clauses="C4 over O2")

# o22 statutory rights / consumer rights -> escalate
proj("Studio Photo Lumière Hébergement", "studio@photo-lumiere.fr")
owpay("fr_w351", "OWD-2025-351", "Studio Photo Lumière Hébergement", "hosting_annual", "9000.00", "1620.00", "2025-08-01T10:00:00",
      setup_fee="900.00", service_start="2025-08-01")
f, _ = eml("o22-droits-consommateur", "Studio Lumière <studio@photo-lumiere.fr>", OWD_TO,
           "Hébergement – remboursement exigé", at(2025, 9, 27, 11, 10, PARIS),
           "Bonjour,\n\nLe site « Studio Photo Lumière Hébergement » (OWD-2025-351) a été en panne trois fois en "
           "septembre. J'exige le remboursement de l'hébergement. Je connais mes droits : le code de la consommation "
           "prime sur vos conditions, et je saisirai le médiateur de la consommation et un avocat s'il le faut.\n\n"
           "Julien Faure\n")
case("o22-droits-legaux", OWB, "decided", [f], [R("escalate")], rules=["C4"],
     spec="Statutory rights, consumer mediator and lawyer mentioned: C4 escalate (O5 would deny after 14 days). Only a refund is asked for, no cancellation of the hosting: no extra decision.",
     clauses="C4")

# o23 cancellation without reason -> need_info reason
proj("Pressing Éclat Site vitrine", "pressing.eclat@gmail.com")
owpay("fr_w352", "OWD-2025-352", "Pressing Éclat Site vitrine", "retainer", "2500.00", "450.00", "2025-09-15T09:00:00",
      period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T09:00:00")
f, _ = eml("o23-resiliation-sans-motif", "Pressing Eclat <pressing.eclat@gmail.com>", OWD_TO,
           "resiliation", at(2025, 9, 26, 19, 20, DOUALA),
           "Bonsoir,\n\nMerci de résilier le contrat Pressing Éclat Site vitrine.\n\nCordialement\n"
           "Pressing Éclat – Rabat Agdal – Tél. +212 5 00 00 00 00\n")
case("o23-resiliation-sans-motif", OWB, "need_info", [f], missing=["reason"],
     spec="Optima requires a reason for cancellations too (section 8); project named, invoice filled from its single payment: ask for the reason.",
     clauses="C3, section 8 reason for Optima cancellations")

# o24 refund, subject form of the policy, no reason
proj("Mutuelle Solidaire Portail", "communication@mutuelle-solidaire.fr")
owpay("fr_w353", "OWD-2025-353", "Mutuelle Solidaire Portail", "deposit", "30000.00", "5400.00", "2025-09-29T10:00:00")
f, _ = eml("o24-demande-sans-motif", "Service Communication <communication@mutuelle-solidaire.fr>", OWD_TO,
           "Demande de remboursement — Mutuelle Solidaire Portail / OWD-2025-353", at(2025, 9, 30, 9, 30, PARIS),
           "Madame, Monsieur,\n\nNous vous saurions gré de bien vouloir procéder au remboursement de l'acompte "
           "OWD-2025-353 relatif au projet Mutuelle Solidaire Portail.\n\nVous en remerciant par avance, nous vous "
           "prions d'agréer nos salutations distinguées.\n\nLe Service Communication\n\nAVERTISSEMENT : ce courriel "
           "et ses pièces jointes sont confidentiels. S'il vous a été adressé par erreur, merci de le détruire.\n")
case("o24-remboursement-sans-motif", OWB, "need_info", [f], missing=["reason"],
     spec="Restated request, courtesy formulas and a disclaimer are no reason (section 8): C3 asks for the reason.",
     clauses="C3, section 8 what a reason is")

# o25 thread answering need_info: milestone; reason only in the reply
proj("Garage Fontaine Refonte", "garage.fontaine@wanadoo.fr", "2025-08-01T10:00:00")
owpay("fr_w354", "OWD-2025-354", "Garage Fontaine Refonte", "milestone", "18000.00", "3240.00", "2025-09-10T10:00:00", milestone_status="not_started")
f1, m1 = eml("o25a-demande", "Garage Fontaine <garage.fontaine@wanadoo.fr>", OWD_TO,
             "Garage Fontaine Refonte - jalon OWD-2025-354", at(2025, 9, 24, 8, 0, PARIS),
             "Bonjour, je souhaite le remboursement du jalon OWD-2025-354 (Garage Fontaine Refonte). Cordialement, "
             "G. Fontaine\n")
f2, _ = eml("o25b-motif", "Garage Fontaine <garage.fontaine@wanadoo.fr>", OWD_TO,
            "RE: Garage Fontaine Refonte - jalon OWD-2025-354 [OWD-354]", at(2025, 9, 29, 18, 0, PARIS),
            "Bonjour,\n\nLa raison : je vends le garage, le repreneur garde son propre site.\n\nG. Fontaine\n\n"
            "De : Optima WebDesign\nEnvoyé : mercredi 24 septembre 2025\n> Could you tell us the reason for your request?\n",
            prev=[m1, "<owd-needinfo-354@optimawebdesign.com>"])
case("o25-fil-motif-apres-coup", OWB, "decided", [f1, f2], [R("approve", "18000.00")],
     spec="The reply gives the reason; milestone OWD-2025-354 not_started: O3 approve 18000.00.",
     clauses="C3 thread, O3")

# o26 auto-generated notification -> ignore
f, _ = eml("o26-notification-auto", "Stripe <notifications@stripe.example>", OWD_TO,
           "Virement effectué vers votre compte", at(2025, 9, 27, 3, 0, PARIS),
           "Bonjour,\n\nUn virement de 54 200,00 INR a été effectué vers votre compte bancaire. Ce message est généré "
           "automatiquement, merci de ne pas y répondre.\n",
           headers={"Auto-Submitted": "auto-generated"})
case("o26-notification-automatique", OWB, "ignore", [f], rules=["C7"],
     spec="Auto-Submitted: auto-generated: C7 ignore.", clauses="C7")

# o27 negation: no refund, finish the site -> other
f, _ = eml("o27-pas-de-remboursement", "Érablière Gagnon <info@erabliere-gagnon.ca>", OWD_TO,
           "On continue finalement", at(2025, 9, 30, 8, 0, QC),
           "Bonjour,\n\nOubliez mes courriels de la semaine passée : on ne veut PAS de remboursement finalement et on "
           "n'annule rien. Continuez la boutique, on a juste hâte de la voir en ligne!\n\nSylvie\n")
case("o27-pas-de-remboursement", OWB, "other", [f],
     spec="Negated refund and cancellation (section 8): no policy intent, other.", clauses="section 8 negation")

# o28 retainer notice exactly 7 days, evening in Dakar still the same IST day
proj("Clinique Bien-Être SEO", "marketing@clinique-bienetre.ci")
owpay("fr_w355", "OWD-2025-355", "Clinique Bien-Être SEO", "retainer", "6500.00", "1170.00", "2025-09-06T10:00:00",
      period_start="2025-09-06", period_end="2025-10-05", next_billing_at="2025-10-06T10:00:00")
f, _ = eml("o28-preavis-7-jours-pile", "Clinique Bien-Etre <marketing@clinique-bienetre.ci>", OWD_TO,
           "Résiliation Clinique Bien-Être SEO OWD-2025-355", at(2025, 9, 29, 17, 55, DAKAR),
           "Bonsoir,\n\nNous résilions la prestation SEO « Clinique Bien-Être SEO » (OWD-2025-355) : la direction a "
           "recruté un chargé de communication à plein temps.\n\nBonne soirée,\nAïcha Koné, Abidjan\n")
case("o28-retainer-7-jours-pile", OWB, "decided", [f], [K("2025-10-05")],
     spec="next_billing_at 2025-10-06; sent 2025-09-29 17:55 +00:00 = 23:25 IST 2025-09-29 = 2025-10-06 minus 7 days: enough notice (O4), cancel effective 2025-10-05.",
     clauses="O4 O8 7-day boundary, section 1")

# o29 question before buying hosting -> other
f, _ = eml("o29-question-hebergement", "Camping Les Pins <accueil@camping-lespins.fr>", OWD_TO,
           "Question hébergement annuel", at(2025, 9, 24, 18, 0, PARIS),
           "Bonjour,\n\nAvant de signer : si on prend votre hébergement annuel et qu'on arrête au bout d'un mois, "
           "est-ce qu'on serait remboursés d'une partie ? Et les frais d'installation ?\n\nMerci, Stéphane\n")
case("o29-question-avant-achat", OWB, "other", [f],
     spec="Hypothetical question before buying: other (section 8).", clauses="section 8 hypotheticals")

# o30 refund of a payment already refunded -> escalate
proj("Atelier Céramique Brun", "atelier@ceramique-brun.fr")
owpay("fr_w356", "OWD-2025-356", "Atelier Céramique Brun", "deposit", "9000.00", "1620.00", "2025-09-27T10:00:00", status="refunded")
f, _ = eml("o30-deja-rembourse", "Atelier Céramique Brun <atelier@ceramique-brun.fr>", OWD_TO,
           "Acompte OWD-2025-356", at(2025, 9, 28, 16, 0, PARIS),
           "Bonjour,\n\nJe renonce au projet Atelier Céramique Brun, je déménage en Bretagne. Merci de me rembourser "
           "l'acompte OWD-2025-356 payé hier.\n\nMarion Brun\n")
case("o30-paiement-non-paye", OWB, "decided", [f], [R("escalate")], extra_ok=True,
     spec="The deposit's status is refunded (not paid): a refund of it is escalate (section 8), even inside 72 h. 'Je renonce au projet' may add a cancellation (extra_ok).",
     clauses="section 8 payments not paid, O2")

README = """# fresh22_fr: held-out round, French

Language: French (fr), written as customers in France (formal letters with « Je vous prie d'agréer… », webmail
HTML, Gmail « Message transféré » and Outlook « Message d'origine » / TR:), Belgium (septante, GSM, « Bien à
vous »), Switzerland (nonante, 11'988.–, « Meilleures salutations »), Québec (canceller, magasiner, courriel,
présentement, pis, rétrofacturation), West Africa (Dakar, Abidjan, Douala), Morocco and La Réunion write.
Date offsets: France/Belgium/Switzerland +02:00, Québec -04:00, Senegal/Côte d'Ivoire +00:00, Cameroon and
Morocco +01:00, La Réunion +04:00 (September 2025). Windows are counted in Asia/Kolkata (section 1): Québec
afternoons fall on the next IST day (l02, o12).

Licence: MIT, like the project; all text written for this project.

Regenerate: `python3 make_cases.py` (stdlib only, deterministic) writes `ledger.json`, `emails/*.eml`,
`expected.json` and this README.
"""
finish(README)
