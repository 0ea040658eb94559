"""fresh24 French cases (qa24b): writes ledger.json, emails/*.eml and expected.json beside this file."""

# ---- generator engine (stdlib only, deterministic) ----
import json
import shutil
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LOB, OWB = "leadsoptima", "optima_webdesign"
LO_TO = "LeadsOptima Support <support@leadsoptima.com>"
OW_TO = "Optima WebDesign <optimawebdesigns12@gmail.com>"
M = ("1499.00", "269.82")
Q = ("3999.00", "719.82")
A = ("11988.00", "2157.84")
CUSTOMERS, PROJECTS, PAYMENTS, CASES = [], [], [], []


def cust(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    CUSTOMERS.append({"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
                      "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end})


def lopay(pid, inv, email, plan, money, paid_at, ps=None, pe=None, status="paid"):
    PAYMENTS.append({"brand": LOB, "id": pid, "invoice": inv, "customer_email": email, "kind": "subscription",
                     "plan": plan, "amount": money[0], "tax": money[1], "currency": "INR", "paid_at": paid_at,
                     "period_start": ps, "period_end": pe, "status": status})


def proj(name, contract, started=None):
    PROJECTS.append({"brand": OWB, "name": name, "contract_email": contract, "work_started_at": started})


def owpay(pid, inv, project, kind, amount, tax, paid_at, **kw):
    base = {"brand": OWB, "id": pid, "invoice": inv, "project": project, "kind": kind,
            "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": "paid",
            "setup_fee": None, "service_start": None, "next_billing_at": None,
            "period_start": None, "period_end": None, "milestone_status": None}
    base.update(kw)
    PAYMENTS.append(base)


def when(local, offset_hours):
    """Sender's local wall-clock time 'YYYY-MM-DD HH:MM' at UTC offset (hours)."""
    tz = timezone(timedelta(minutes=round(offset_hours * 60)))
    return datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=tz)


def mail(name, frm, to, subject, date, body=None, html=None, headers=None, reply_to_ids=None, msgid=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    dom = frm.rsplit("@", 1)[-1].strip(">") if "@" in frm else "localhost"
    m["Message-ID"] = msgid or f"<{name}.{date.strftime('%Y%m%d%H%M')}@{dom}>"
    if reply_to_ids:
        m["In-Reply-To"] = reply_to_ids[-1]
        m["References"] = " ".join(reply_to_ids)
    for k, v in (headers or {}).items():
        m[k] = v
    if body is not None:
        m.set_content(body)
        if html is not None:
            m.add_alternative(html, subtype="html")
    else:
        m.set_content(html, subtype="html")
    path = HERE / "emails" / f"{name}.eml"
    path.write_bytes(m.as_bytes(policy=policy.SMTP))
    return f"emails/{name}.eml", m["Message-ID"]


def refund(outcome, amount=None):
    return {"intent": "refund", "outcome": outcome, "amount": amount}


def cancel(outcome, eff=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if eff is not None or outcome == "cancel":
        d["effective_date"] = eff
    return d


def case(cid, brand, files, status, spec, rules=(), decisions=(), missing=None, extra_ok=False, ambiguous=None):
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": list(files), "brand": brand, "status": status,
         "rules": list(rules), "decisions": list(decisions)}
    if missing is not None:
        c["missing"] = list(missing)
    if extra_ok:
        c["extra_ok"] = True
    if ambiguous:
        c["ambiguous"] = ambiguous
    c["spec"] = spec
    CASES.append(c)


def start():
    shutil.rmtree(HERE / "emails", ignore_errors=True)
    (HERE / "emails").mkdir()


def finish():
    (HERE / "ledger.json").write_text(json.dumps(
        {"customers": CUSTOMERS, "projects": PROJECTS, "payments": PAYMENTS}, indent=1, ensure_ascii=False) + "\n",
        encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, indent=1, ensure_ascii=False) + "\n",
                                        encoding="utf-8")
    print(f"{len(CASES)} cases, {len(list((HERE / 'emails').glob('*.eml')))} emails")
# ---- end of engine ----


LANG = "fr"
FR = BE = CH = 2   # CEST, September 2025
QC = -4            # EDT (Montréal, Québec)
SN = CI = 0        # Dakar, Abidjan
CM = MA = 1        # Douala, Casablanca

start()

# ------------------------------------------------------------------ LeadsOptima
# l01 duplicate, France, formal -> approve
cust("c.lefebvre@lefebvre-immobilier.fr", "Claire Lefebvre", "monthly", start="2025-09-19", end="2025-10-18")
lopay("fr_p01a", "LO-INV-34100", "c.lefebvre@lefebvre-immobilier.fr", "monthly", M, "2025-09-19T10:00:00", "2025-09-19", "2025-10-18")
lopay("fr_p01b", "LO-INV-34101", "c.lefebvre@lefebvre-immobilier.fr", "monthly", M, "2025-09-19T10:00:45", "2025-09-19", "2025-10-18")
f, _ = mail("l01-preleve-deux-fois", "Claire Lefebvre <c.lefebvre@lefebvre-immobilier.fr>", LO_TO,
            "Double prélèvement abonnement mensuel – facture LO-INV-34101", when("2025-09-23 09:15", FR), """\
Madame, Monsieur,

Je constate sur mon relevé bancaire que l'abonnement mensuel a été prélevé deux fois le 19 septembre
(2 × 1 499,00 HT). La seconde opération, facture LO-INV-34101, est manifestement un doublon.
Je vous remercie de bien vouloir me la rembourser.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Claire Lefebvre
Lefebvre Immobilier – 14 rue Nationale, 37000 Tours
""")
case("l01-preleve-deux-fois", LOB, [f], "decided", "L2 duplicate_payment, charges 09-19, email 09-23 = day 4 (L3); L4 pair: approve 1499.00 (later charge LO-INV-34101).",
     decisions=[refund("approve", "1499.00")])

# l02 Québec: local day 7 but IST day 8 -> deny
cust("m.tremblay@tremblay-toitures.ca", "Marc Tremblay", "quarterly", start="2025-09-10", end="2025-12-09")
lopay("fr_p02a", "LO-INV-34110", "m.tremblay@tremblay-toitures.ca", "quarterly", Q, "2025-09-10T12:00:00", "2025-09-10", "2025-12-09")
lopay("fr_p02b", "LO-INV-34111", "m.tremblay@tremblay-toitures.ca", "quarterly", Q, "2025-09-10T12:01:00", "2025-09-10", "2025-12-09")
f, _ = mail("l02-quebec-jour8", "Marc Tremblay <m.tremblay@tremblay-toitures.ca>", LO_TO,
            "Chargé deux fois", when("2025-09-17 16:00", QC), """\
Bonjour,

Vous m'avez chargé deux fois pour mon forfait trimestriel le 10 septembre (LO-INV-34110 et LO-INV-34111).
J'aimerais me faire rembourser la deuxième transaction. Je suis dans les 7 jours, on est le 17.

Merci d'avance
Marc Tremblay
Toitures Tremblay inc., Trois-Rivières (Qc)
""")
case("l02-quebec-jour8", LOB, [f], "decided", "Charges 2025-09-10 IST; email 16:00 EDT 09-17 = 01:30 IST 2025-09-18 = day 8 in the brand's zone: deny (L3).",
     decisions=[refund("deny")])

# l03 Belgium annual duplicate -> approve
cust("info@brasserie-vandamme.be", "Brasserie Vandamme", "annual", start="2025-09-24", end="2026-09-23")
lopay("fr_p03a", "LO-INV-34120", "info@brasserie-vandamme.be", "annual", A, "2025-09-24T15:00:00", "2025-09-24", "2026-09-23")
lopay("fr_p03b", "LO-INV-34121", "info@brasserie-vandamme.be", "annual", A, "2025-09-24T15:02:00", "2025-09-24", "2026-09-23")
f, _ = mail("l03-debite-a-deux-reprises", "Brasserie Vandamme <info@brasserie-vandamme.be>", LO_TO,
            "Abonnement annuel débité à deux reprises", when("2025-09-26 11:40", BE), """\
Bonjour,

Notre abonnement annuel a été débité à deux reprises ce 24/09 (11.988,00 EUR chaque fois, hors TVA).
Pouvez-vous nous rembourser le doublon (LO-INV-34121) ? On n'a évidemment qu'un seul abonnement.

D'avance merci et bonne journée,
Sébastien Vandamme
Brasserie Vandamme – Namur
""")
case("l03-debite-a-deux-reprises", LOB, [f], "decided", "Duplicate annual charge 09-24, email 09-26 day 2: approve 11988.00 (L4), amount 11.988,00 written the Belgian way.",
     decisions=[refund("approve", "11988.00")])

# l04 billing error, Suisse romande -> escalate
cust("n.favre@favre-fiduciaire.ch", "Nathalie Favre", "quarterly", start="2025-09-22", end="2025-12-21")
lopay("fr_p04", "LO-INV-34130", "n.favre@favre-fiduciaire.ch", "quarterly", Q, "2025-09-22T09:30:00", "2025-09-22", "2025-12-21")
f, _ = mail("l04-montant-errone", "Nathalie Favre <n.favre@favre-fiduciaire.ch>", LO_TO,
            "Montant erroné sur facture LO-INV-34130", when("2025-09-24 08:20", CH), """\
Bonjour,

J'avais choisi la formule mensuelle, or vous m'avez facturé le trimestre (LO-INV-34130). C'est un mauvais
montant, ce n'est pas le forfait que j'ai souscrit. Merci de corriger et de me rembourser.

Avec mes meilleures salutations
Nathalie Favre
Favre Fiduciaire SA, Lausanne
""")
case("l04-montant-errone", LOB, [f], "decided", "billing_error (wrong plan/amount), charge 09-22, email 09-24 day 2: escalate (L5).",
     decisions=[refund("escalate")])

# l05 access failure, Dakar -> escalate
cust("contact@ndiaye-logistique.sn", "Ndiaye Logistique", "monthly", start="2025-09-24", end="2025-10-23")
lopay("fr_p05", "LO-INV-34140", "contact@ndiaye-logistique.sn", "monthly", M, "2025-09-24T13:00:00", "2025-09-24", "2025-10-23")
f, _ = mail("l05-impossible-connexion", "Ndiaye Logistique <contact@ndiaye-logistique.sn>", LO_TO,
            "Impossible de me connecter depuis le paiement", when("2025-09-27 10:00", SN), """\
Bonjour,

Depuis que j'ai payé l'abonnement mensuel le 24, impossible de me connecter : la page de connexion tourne
dans le vide puis affiche "erreur serveur". J'ai essayé sur téléphone et sur ordinateur, même problème.
Je ne peux pas travailler. Je demande le remboursement de ce mois.

Cordialement,
Moussa Ndiaye
Ndiaye Logistique, Dakar
""")
case("l05-impossible-connexion", LOB, [f], "decided", "access_failure, charge 09-24, email 09-27 15:30 IST day 3; the one charge fills the invoice (section 1): escalate (L6).",
     decisions=[refund("escalate")])

# l06 did not use it -> deny L1 (Cameroun)
cust("e.mbarga@mbarga-consulting.cm", "Éric Mbarga", "quarterly", start="2025-09-25", end="2025-12-24")
lopay("fr_p06", "LO-INV-34150", "e.mbarga@mbarga-consulting.cm", "quarterly", Q, "2025-09-25T11:00:00", "2025-09-25", "2025-12-24")
f, _ = mail("l06-pas-utilise", "Eric Mbarga <e.mbarga@mbarga-consulting.cm>", LO_TO,
            "Remboursement svp", when("2025-09-26 09:05", CM), """\
Bonjour à vous,

Je me suis abonné hier mais finalement je n'aurai pas le temps de l'utiliser ce trimestre, nous avons
un gros marché à livrer. Je sollicite donc le remboursement de mon paiement.

Merci de votre compréhension.
Eric Mbarga
""")
case("l06-pas-utilise", LOB, [f], "decided", "'Won't have time to use it' is not an L2 exception: deny (L1) though inside the window.",
     decisions=[refund("deny")])

# l07 Belgium: cancel + prorata refund -> deny + cancel
cust("j.peeters@peeters-compta.be", "Julie Peeters", "monthly", start="2025-09-08", end="2025-10-07")
lopay("fr_p07", "LO-INV-34160", "j.peeters@peeters-compta.be", "monthly", M, "2025-09-08T08:00:00", "2025-09-08", "2025-10-07")
f, _ = mail("l07-resiliation-prorata", "Julie Peeters <j.peeters@peeters-compta.be>", LO_TO,
            "Résiliation + remboursement prorata", when("2025-09-18 14:30", BE), """\
Bonjour,

Suite au rachat de notre bureau par une fiduciaire qui a son propre outil, je souhaite résilier mon abonnement
mensuel. Pourriez-vous me rembourser au prorata les jours non utilisés ? Il reste une petite vingtaine de
jours sur la période en cours.

Bien à vous,
Julie Peeters
""")
case("l07-resiliation-prorata", LOB, [f], "decided", "Prorata refund for unused days: deny (L1, no partial refunds); cancellation: cancel, active until 2025-10-07 (L8).",
     decisions=[refund("deny"), cancel("cancel", "2025-10-07")])

# l08 free trial -> deny L7 (Maroc)
cust("y.benali@benali-design.ma", "Yasmine Benali", "monthly", status="trial", trial_ends="2025-10-03")
f, _ = mail("l08-essai-gratuit", "Yasmine Benali <y.benali@benali-design.ma>", LO_TO,
            "Essai gratuit - remboursement", when("2025-09-24 13:10", MA), """\
Bonjour,

Je suis en période d'essai gratuit et l'outil ne correspond pas à mes besoins (je travaille surtout avec
Instagram). Je vois un débit "LEADSOPTIMA" sur ma carte, merci de me rembourser.

Cordialement
Yasmine Benali
""")
case("l08-essai-gratuit", LOB, [f], "decided", "Trial account, no charge in the ledger: refund deny (L7), nothing is billed unless they subscribe.",
     decisions=[refund("deny")])

# l09 plain resiliation, no reason -> cancel
cust("contact@boulangerie-martin.fr", "Boulangerie Martin", "annual", start="2025-01-15", end="2026-01-14")
lopay("fr_p09", "LO-INV-34170", "contact@boulangerie-martin.fr", "annual", A, "2025-01-15T10:00:00", "2025-01-15", "2026-01-14")
f, _ = mail("l09-resiliation-simple", "Boulangerie Martin <contact@boulangerie-martin.fr>", LO_TO,
            "Résiliation abonnement", when("2025-09-16 06:40", FR), """\
Bonjour,

Par la présente, je vous informe de ma décision de résilier mon abonnement annuel. Merci de m'en accuser
réception.

Cordialement,
Boulangerie Martin
""")
case("l09-resiliation-simple", LOB, [f], "decided", "Cancellation is not held up for a missing reason (section 3): cancel, active until current_period_end 2026-01-14 (L8).",
     decisions=[cancel("cancel", "2026-01-14")])

# l10 L8 fallback with an offset ledger time (Québec)
cust("admin@garage-gagnon.ca", "Garage Gagnon", "quarterly")
lopay("fr_p10", "LO-INV-34180", "admin@garage-gagnon.ca", "quarterly", Q, "2025-06-30T20:00:00-04:00")
f, _ = mail("l10-annuler-quebec", "Luc Gagnon <admin@garage-gagnon.ca>", LO_TO,
            "Annuler mon abonnement", when("2025-09-20 09:30", QC), """\
Allô,

Je voudrais annuler mon abonnement trimestriel. Je prends ma retraite et je vends le garage à mon neveu,
qui a déjà son propre système. Merci de ne plus me facturer.

Bonne fin de semaine,
Luc Gagnon
Garage Gagnon, Saint-Hyacinthe
""")
case("l10-annuler-quebec", LOB, [f], "decided", "No current_period_end: L8 fallback; last charge 2025-06-30T20:00-04:00 = 2025-07-01 05:30 IST, + 3 months - 1 day = 2025-09-30.",
     decisions=[cancel("cancel", "2025-09-30")])

# l11 C2: hotmail naming the registered address
cust("compta@girard-transports.fr", "Girard Transports", "monthly", start="2025-09-20", end="2025-10-19")
lopay("fr_p11a", "LO-INV-34190", "compta@girard-transports.fr", "monthly", M, "2025-09-20T09:00:00", "2025-09-20", "2025-10-19")
lopay("fr_p11b", "LO-INV-34191", "compta@girard-transports.fr", "monthly", M, "2025-09-20T09:01:00", "2025-09-20", "2025-10-19")
f, _ = mail("l11-adresse-perso", "Pascal Girard <pascal.girard62@hotmail.fr>", LO_TO,
            "double debit", when("2025-09-22 20:15", FR), """\
bonjour je vous ecris de mon adresse perso, le compte est au nom de compta@girard-transports.fr (forfait
mensuel). vous avez debite 2 fois le 20/09 facture LO-INV-34191 merci de rembourser
pascal girard

Envoyé de mon iPhone
""")
case("l11-adresse-perso", LOB, [f], "need_info", "Sender hotmail is not the registered compta@girard-transports.fr: C2, nothing about the account.",
     rules=["C2"])

# l12 C2 via a TR: forward from Outlook
cust("direction@hotel-les-tilleuls.fr", "Hôtel Les Tilleuls", "annual", start="2025-05-01", end="2026-04-30")
lopay("fr_p12", "LO-INV-34195", "direction@hotel-les-tilleuls.fr", "annual", A, "2025-05-01T10:00:00", "2025-05-01", "2026-04-30")
f, _ = mail("l12-tr-transfere", "Accueil Hôtel Les Tilleuls <accueil@hotel-les-tilleuls.fr>", LO_TO,
            "TR: résiliation LeadsOptima", when("2025-09-25 10:20", FR), """\
Bonjour,

Pour suite à donner, cf. ci-dessous.

Cordialement,
L'accueil

________________________________
De : Hélène Morel <direction@hotel-les-tilleuls.fr>
Envoyé : mercredi 24 septembre 2025 18:47
À : Accueil Hôtel Les Tilleuls <accueil@hotel-les-tilleuls.fr>
Objet : résiliation LeadsOptima

Pouvez-vous écrire à LeadsOptima pour résilier notre abonnement annuel (compte
direction@hotel-les-tilleuls.fr) ? Nous passons par la centrale de réservation du groupe désormais.
H. Morel
""")
case("l12-tr-transfere", LOB, [f], "need_info", "Forward (TR:) carrying a cancellation for registered direction@; sender accueil@ is another address: C2 via the forward (section 8).",
     rules=["C2"])

# l13 C4 Québec: rétrofacturation + avocat; refund and cancellation both escalate
cust("s.lavoie@lavoie-paysagement.ca", "Sophie Lavoie", "monthly", start="2025-09-21", end="2025-10-20")
lopay("fr_p13", "LO-INV-34200", "s.lavoie@lavoie-paysagement.ca", "monthly", M, "2025-09-21T18:00:00", "2025-09-21", "2025-10-20")
f, _ = mail("l13-avocat-retrofacturation", "Sophie Lavoie <s.lavoie@lavoie-paysagement.ca>", LO_TO,
            "Facturée après annulation — dernier avis", when("2025-09-22 08:10", QC), """\
J'ai annulé le 12 septembre et vous m'avez quand même facturée le 21!! C'est assez.
Remboursez-moi d'ici vendredi sinon je conteste la transaction auprès de ma carte de crédit
(rétrofacturation) et mon avocat s'en occupe. Et confirmez l'annulation, tant qu'à y être.

Sophie Lavoie
""")
case("l13-avocat-retrofacturation", LOB, [f], "decided", "Chargeback (rétrofacturation / contest with the card) and lawyer: C4 escalates the whole case, refund and cancellation (section 8).",
     rules=["C4"], decisions=[refund("escalate"), cancel("escalate")])

# l14 C7 out-of-office
f, _ = mail("l14-reponse-automatique", "Claire Lefebvre <c.lefebvre@lefebvre-immobilier.fr>", LO_TO,
            "Réponse automatique : Votre demande de remboursement [LO-2231]", when("2025-09-24 12:00", FR), """\
Bonjour,

Je suis absente du bureau jusqu'au 6 octobre inclus. Pour toute question urgente (facturation,
remboursement, résiliation), merci de contacter accueil@lefebvre-immobilier.fr.

Claire Lefebvre
""", headers={"Auto-Submitted": "auto-replied"})
case("l14-reponse-automatique", LOB, [f], "ignore", "Out-of-office, Auto-Submitted: auto-replied: ignore (C7).", rules=["C7"])

# l15 C7 delivery failure from postmaster
f, _ = mail("l15-non-remis", "postmaster@orange.fr", LO_TO,
            "Non remis : Re: Votre remboursement", when("2025-09-23 15:02", FR), """\
Le message n'a pas pu être remis aux destinataires suivants :

vieille.adresse@orange.fr
Le serveur distant a renvoyé : 550 5.1.1 Adresse inconnue
""")
case("l15-non-remis", LOB, [f], "ignore", "Delivery failure from postmaster: ignore (C7).", rules=["C7"])

# l16 negation: no refund, just an invoice with the VAT number -> other
cust("compta@atelier-roux.fr", "Atelier Roux", "monthly", start="2025-09-15", end="2025-10-14")
lopay("fr_p16", "LO-INV-34210", "compta@atelier-roux.fr", "monthly", M, "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
f, _ = mail("l16-pas-de-remboursement", "Atelier Roux – Comptabilité <compta@atelier-roux.fr>", LO_TO,
            "Facture LO-INV-34210 – n° de TVA intracom", when("2025-09-19 16:30", FR), """\
Bonjour,

Je ne demande pas de remboursement, rassurez-vous, et nous ne résilions pas non plus ! Il nous faut
simplement la facture LO-INV-34210 avec notre numéro de TVA intracommunautaire FR 12 345678901
pour notre expert-comptable.

Merci,
Odile Roux
""")
case("l16-pas-de-remboursement", LOB, [f], "other", "Negated refund and cancellation; only an invoice correction: other (section 8).")

# l17 hypothetical before buying -> other
f, _ = mail("l17-question-avant-achat", "Karim Haddad <karim.haddad@outlook.fr>", LO_TO,
            "Question avant abonnement", when("2025-09-21 18:50", FR), """\
Bonjour,

Avant de m'abonner au plan annuel : si jamais l'outil ne convient pas après un mois, est-ce que je serais
remboursé ? Et est-il possible de résilier à tout moment ?

Merci pour votre retour,
Karim
""")
case("l17-question-avant-achat", LOB, [f], "other", "Hypothetical before buying ('serais-je remboursé si...'): a policy question, other (section 8).")

# l18 thank you -> other
f, _ = mail("l18-merci-remboursement", "Sébastien Vandamme <info@brasserie-vandamme.be>", LO_TO,
            "RE: Votre remboursement [LO-2240]", when("2025-09-30 10:05", BE), """\
Bonjour,

Bien reçu le remboursement sur notre compte ce matin. Merci pour la rapidité, c'est très apprécié.

Bien à vous,
Sébastien
""", reply_to_ids=["<lo-2240-approved@leadsoptima.com>"])
case("l18-merci-remboursement", LOB, [f], "other", "Thank-you after a refund, asks for nothing: other.")

# l19 missing reason: restated request + signature + disclaimer
cust("f.mercier@mercier-conseil.fr", "François Mercier", "quarterly", start="2025-09-23", end="2025-12-22")
lopay("fr_p19", "LO-INV-34220", "f.mercier@mercier-conseil.fr", "quarterly", Q, "2025-09-23T10:00:00", "2025-09-23", "2025-12-22")
f, _ = mail("l19-sans-motif", "François Mercier <f.mercier@mercier-conseil.fr>", LO_TO,
            "Demande de remboursement", when("2025-09-25 11:00", FR), """\
Madame, Monsieur,

Je vous saurais gré de bien vouloir procéder au remboursement du paiement correspondant à la facture
LO-INV-34220 (abonnement trimestriel). Je reste à votre disposition pour tout complément d'information.

Bien cordialement,

François Mercier
Directeur administratif et financier
Mercier Conseil – 8 cours de l'Intendance, 33000 Bordeaux

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses
destinataires. Toute utilisation non conforme à sa destination est interdite.
""")
case("l19-sans-motif", LOB, [f], "need_info", "Restated request, courtesy line, signature and confidentiality disclaimer give no reason: need_info reason (C3, section 8).",
     missing=["reason"])

# l20 thread: need_info answered -> approve
cust("a.diallo@diallo-import.ci", "Awa Diallo", "monthly", start="2025-09-26", end="2025-10-25")
lopay("fr_p20a", "LO-INV-34230", "a.diallo@diallo-import.ci", "monthly", M, "2025-09-26T12:00:00", "2025-09-26", "2025-10-25")
lopay("fr_p20b", "LO-INV-34231", "a.diallo@diallo-import.ci", "monthly", M, "2025-09-26T12:00:30", "2025-09-26", "2025-10-25")
f1, id1 = mail("l20-fil-1", "Awa Diallo <a.diallo@diallo-import.ci>", LO_TO,
               "remboursement", when("2025-09-26 16:00", CI), """\
Bonjour, je voudrais être remboursée pour ce mois svp. Merci
Awa Diallo
""")
f2, _ = mail("l20-fil-2", "Awa Diallo <a.diallo@diallo-import.ci>", LO_TO,
             "Re: remboursement [LO-2255]", when("2025-09-27 09:45", CI), """\
Bonjour, pardon j'ai oublié de préciser : j'ai été prélevée deux fois le même jour, 2 fois 1499.
Le deuxième numéro de facture c'est LO-INV-34231.

Le ven. 26 sept. 2025 à 17:12, LeadsOptima Support <support@leadsoptima.com> a écrit :
> Merci de nous indiquer le motif de votre demande et le numéro de facture.
""", reply_to_ids=[id1, "<lo-2255-needinfo@leadsoptima.com>"])
case("l20-fil-reponse", LOB, [f1, f2], "decided", "Thread: first mail lacks reason and invoice (two charges); the answer gives 'prélevée deux fois' and LO-INV-34231; request time 09-26 21:30 IST = day 0; approve 1499.00 (L4).",
     decisions=[refund("approve", "1499.00")])

# l21 three identical charges, one duplicate outside the window -> approve only the one inside
cust("p.rousseau@rousseau-menuiserie.fr", "Pierre Rousseau", "quarterly", start="2025-09-10", end="2025-12-09")
lopay("fr_p21a", "LO-INV-34240", "p.rousseau@rousseau-menuiserie.fr", "quarterly", Q, "2025-09-10T09:00:00", "2025-09-10", "2025-12-09")
lopay("fr_p21b", "LO-INV-34241", "p.rousseau@rousseau-menuiserie.fr", "quarterly", Q, "2025-09-10T09:05:00", "2025-09-10", "2025-12-09")
lopay("fr_p21c", "LO-INV-34242", "p.rousseau@rousseau-menuiserie.fr", "quarterly", Q, "2025-09-19T09:00:00", "2025-09-10", "2025-12-09")
f, _ = mail("l21-trois-prelevements", "Pierre Rousseau <p.rousseau@rousseau-menuiserie.fr>", LO_TO,
            "3 prélèvements pour le même trimestre !", when("2025-09-20 08:30", FR), """\
Bonjour,

Je viens de voir que vous m'avez prélevé TROIS fois le trimestre : deux fois le 10/09 et encore une fois
le 19/09 (LO-INV-34240, LO-INV-34241, LO-INV-34242). Un seul abonnement ! Je veux être remboursé des
paiements en double.

Pierre Rousseau
Menuiserie Rousseau, Angers
""")
case("l21-trois-prelevements", LOB, [f], "decided", "Three identical charges, same period: duplicates LO-INV-34241 (09-10, day 10, outside L3) and LO-INV-34242 (09-19, day 1, inside): refund the sum inside the window = 3999.00 (section 8).",
     decisions=[refund("approve", "3999.00")])

# l22 duplicate claimed, ledger has one charge -> escalate
cust("l.bonnet@bonnet-architectes.fr", "Laure Bonnet", "monthly", start="2025-09-25", end="2025-10-24")
lopay("fr_p22", "LO-INV-34250", "l.bonnet@bonnet-architectes.fr", "monthly", M, "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
f, _ = mail("l22-double-selon-banque", "Laure Bonnet <l.bonnet@bonnet-architectes.fr>", LO_TO,
            "Débit en double", when("2025-09-26 17:40", FR), """\
Bonjour,

Ma banque m'indique deux débits de 1 499,00 € le 25/09 pour LeadsOptima. Pouvez-vous vérifier et me
rembourser le débit en double ?

Merci,
Laure Bonnet
""")
case("l22-double-selon-banque", LOB, [f], "decided", "duplicate_payment claimed, ledger holds a single charge (LO-INV-34250, filled as the only one): no pair, escalate (L4).",
     decisions=[refund("escalate")])

# l23 no accents, loose invoice reference, Abidjan -> escalate access failure
cust("k.kouassi@kouassi-btp.ci", "Koffi Kouassi", "monthly", start="2025-09-22", end="2025-10-21")
lopay("fr_p23a", "LO-INV-34350", "k.kouassi@kouassi-btp.ci", "monthly", M, "2025-09-22T14:00:00", "2025-09-22", "2025-10-21")
lopay("fr_p23b", "LO-INV-34349", "k.kouassi@kouassi-btp.ci", "monthly", M, "2025-08-22T14:00:00", "2025-08-22", "2025-09-21")
f, _ = mail("l23-sans-accents-acces", "Koffi Kouassi <k.kouassi@kouassi-btp.ci>", LO_TO,
            "acces bloque", when("2025-09-25 19:00", CI), """\
bjr, depuis lundi je n arrive plus a acceder a mon compte, ca dit compte suspendu alors que j ai paye
le mensuel. facture lo inv/34350. svp rembourser ou debloquer vite on a des clients qui attendent
merci
koffi
""")
case("l23-sans-accents-acces", LOB, [f], "decided", "'lo inv/34350' is LO-INV-34350 (section 8); charged 09-22, email 2025-09-26 00:30 IST day 4; no access: escalate (L6).",
     decisions=[refund("escalate")])

# l24 charged after cancelling -> escalate L5
cust("v.garnier@garnier-evenements.fr", "Virginie Garnier", "monthly", status="cancelled", start="2025-08-18", end="2025-09-17")
lopay("fr_p24a", "LO-INV-34260", "v.garnier@garnier-evenements.fr", "monthly", M, "2025-08-18T10:00:00", "2025-08-18", "2025-09-17")
lopay("fr_p24b", "LO-INV-34261", "v.garnier@garnier-evenements.fr", "monthly", M, "2025-09-18T10:00:00", "2025-09-18", "2025-10-17")
f, _ = mail("l24-facturee-apres-resiliation", "Virginie Garnier <v.garnier@garnier-evenements.fr>", LO_TO,
            "Prélèvement après résiliation", when("2025-09-22 13:15", FR), """\
Bonjour,

J'ai résilié le 5 septembre (capture d'écran à l'appui) et j'ai malgré tout été prélevée le 18/09,
facture LO-INV-34261. Merci de me rembourser ce prélèvement effectué après ma résiliation.

Virginie Garnier
""")
case("l24-facturee-apres-resiliation", LOB, [f], "decided", "billing_error (charged after cancelling), charge 09-18, email 09-22 day 4: escalate (L5).",
     decisions=[refund("escalate")])

# l25 HTML-only cancellation (Belgium) -> cancel
cust("gerance@friterie-chez-momo.be", "Friterie Chez Momo", "quarterly", start="2025-08-01", end="2025-10-31")
lopay("fr_p25", "LO-INV-34270", "gerance@friterie-chez-momo.be", "quarterly", Q, "2025-08-01T10:00:00", "2025-08-01", "2025-10-31")
f, _ = mail("l25-html-resiliation", "Friterie Chez Momo <gerance@friterie-chez-momo.be>", LO_TO,
            "Résiliation", when("2025-09-29 21:00", BE), html="""\
<html><body><p>Bonjour,</p><p>On remet la friterie en vente, donc <strong>je résilie l'abonnement</strong>
trimestriel. Pas de renouvellement en novembre svp.</p><p>Une fois.<br>Momo</p>
<p style="font-size:10px;color:#999">Envoyé depuis Proximus Webmail</p></body></html>
""")
case("l25-html-resiliation", LOB, [f], "decided", "HTML-only cancellation: cancel, active until current_period_end 2025-10-31 (L8).",
     decisions=[cancel("cancel", "2025-10-31")])

# l26 Reply-To does not verify -> C2
cust("b.chevalier@chevalier-sport.fr", "Bruno Chevalier", "monthly", start="2025-09-12", end="2025-10-11")
lopay("fr_p26", "LO-INV-34280", "b.chevalier@chevalier-sport.fr", "monthly", M, "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
f, _ = mail("l26-reply-to", "Bruno Chevalier <bruno.chevalier@free.fr>", LO_TO,
            "Arrêt abonnement", when("2025-09-23 22:10", FR), """\
Bonsoir, merci d'arrêter mon abonnement mensuel, le magasin ferme fin octobre.
Répondez sur mon adresse pro svp.
B. Chevalier
""", headers={"Reply-To": "b.chevalier@chevalier-sport.fr"})
case("l26-reply-to", LOB, [f], "need_info", "From bruno.chevalier@free.fr; Reply-To b.chevalier@chevalier-sport.fr (registered) verifies no one (section 8): C2.",
     rules=["C2"])

# l27 "je ne veux pas résilier": duplicate refund only -> approve, no cancellation
cust("m.girard@girard-pharma.ch", "Mélanie Girard", "monthly", start="2025-09-17", end="2025-10-16")
lopay("fr_p27a", "LO-INV-34290", "m.girard@girard-pharma.ch", "monthly", M, "2025-09-17T10:00:00", "2025-09-17", "2025-10-16")
lopay("fr_p27b", "LO-INV-34291", "m.girard@girard-pharma.ch", "monthly", M, "2025-09-17T10:00:20", "2025-09-17", "2025-10-16")
f, _ = mail("l27-pas-resilier", "Mélanie Girard <m.girard@girard-pharma.ch>", LO_TO,
            "Doublon facture LO-INV-34291", when("2025-09-19 09:50", CH), """\
Bonjour,

Surtout ne résiliez pas notre abonnement, nous en sommes très contents ! Il y a simplement eu un doublon :
le mensuel a été débité deux fois le 17 septembre. Merci de rembourser le second débit (LO-INV-34291).

Meilleures salutations
Mélanie Girard, Genève
""")
case("l27-pas-resilier", LOB, [f], "decided", "Negated cancellation ('ne résiliez pas') adds no intent; duplicate 09-17, email 09-19 day 2: approve 1499.00 (L4).",
     decisions=[refund("approve", "1499.00")])

# ------------------------------------------------------------------ Optima WebDesign
# o01 deposit 71 h 59 min (Dakar) -> approve
proj("Site vitrine Cabinet Sow", "cabinet@sow-conseil.sn")
owpay("fr_w01", "OWD-2025-401", "Site vitrine Cabinet Sow", "deposit", "30000.00", "5400.00", "2025-09-16T14:30:00")
f, _ = mail("o01-acompte-71h59", "Cabinet Sow <cabinet@sow-conseil.sn>", OW_TO,
            "Refund Request — Site vitrine Cabinet Sow / OWD-2025-401", when("2025-09-19 08:59", SN), """\
Bonjour,

Notre associé principal quitte le cabinet et le projet "Site vitrine Cabinet Sow" est suspendu. Nous
demandons le remboursement de l'acompte versé (facture OWD-2025-401). Aucun travail n'a encore démarré.

Cordialement,
Aminata Sow
""")
case("o01-acompte-71h59", OWB, [f], "decided", "Deposit paid 2025-09-16 14:30 IST; email 08:59 GMT 09-19 = 14:29 IST = 71 h 59 min < 72 h, no work: approve 30000.00 before tax (O2).",
     decisions=[refund("approve", "30000.00")])

# o02 deposit exactly 72 h (Québec) -> deny
proj("Boutique en ligne Érablière Côté", "info@erabliere-cote.ca")
owpay("fr_w02", "OWD-2025-402", "Boutique en ligne Érablière Côté", "deposit", "22000.00", "3960.00", "2025-09-15T18:00:00")
f, _ = mail("o02-depot-72h-pile", "Érablière Côté <info@erabliere-cote.ca>", OW_TO,
            "Remboursement du dépôt – Boutique en ligne Érablière Côté", when("2025-09-18 08:30", QC), """\
Bonjour,

On a décidé de passer par la coopérative des producteurs pour vendre en ligne. J'aimerais récupérer le
dépôt de la facture OWD-2025-402 (Boutique en ligne Érablière Côté). Vous n'avez pas commencé, je crois.

Merci là,
Jacques Côté
""")
case("o02-depot-72h-pile", OWB, [f], "decided", "Paid 2025-09-15 18:00 IST; email 08:30 EDT 09-18 = 18:00 IST = exactly 72 h: not before 72 h, deny (O2, section 8).",
     decisions=[refund("deny")])

# o03 deposit, work started -> deny
proj("Refonte site Mairie de Saint-Aubin", "communication@saint-aubin.fr", "2025-09-23T10:00:00")
owpay("fr_w03", "OWD-2025-403", "Refonte site Mairie de Saint-Aubin", "deposit", "35000.00", "6300.00", "2025-09-22T12:00:00")
f, _ = mail("o03-acompte-travaux-commences", "Service communication <communication@saint-aubin.fr>", OW_TO,
            "Refonte site Mairie de Saint-Aubin – remboursement de l'acompte", when("2025-09-24 09:00", FR), """\
Madame, Monsieur,

Le conseil municipal a voté hier le report de la refonte à 2026 faute de crédits. Nous sollicitons le
remboursement de l'acompte (facture OWD-2025-403).

Veuillez agréer nos salutations distinguées.
Le service communication
""")
case("o03-acompte-travaux-commences", OWB, [f], "decided", "Email 09-24 12:30 IST, 48.5 h after payment, but work started 09-23 10:00: deny (O2, whichever first).",
     decisions=[refund("deny")])

# o04 discovery not started -> approve
proj("Atelier stratégie Chocolaterie Lambert", "marketing@chocolaterie-lambert.be")
owpay("fr_w04", "OWD-2025-404", "Atelier stratégie Chocolaterie Lambert", "discovery", "12000.00", "2160.00", "2025-09-17T10:00:00")
f, _ = mail("o04-atelier-pas-commence", "Chocolaterie Lambert <marketing@chocolaterie-lambert.be>", OW_TO,
            "Annulation atelier stratégie", when("2025-09-22 15:10", BE), """\
Bonjour,

Notre maison mère impose désormais son agence à Bruxelles ; l'atelier stratégie (projet "Atelier stratégie
Chocolaterie Lambert", facture OWD-2025-404) n'a pas encore eu lieu. Pourriez-vous nous rembourser ?

Bien à vous,
Hélène Lambert
""")
case("o04-atelier-pas-commence", OWB, [f], "decided", "Discovery, work_started_at empty: approve 12000.00 (O1). The customer also cancels the project/milestone, so an extra cancellation decision is tolerated (extra_ok; it moves no money).",
     decisions=[refund("approve", "12000.00")], extra_ok=True)

# o05 discovery started -> deny
proj("Audit UX Clinique du Lac", "direction@clinique-du-lac.ch", "2025-09-08T10:00:00")
owpay("fr_w05", "OWD-2025-405", "Audit UX Clinique du Lac", "discovery", "16000.00", "2880.00", "2025-09-03T10:00:00")
f, _ = mail("o05-audit-commence", "Direction Clinique du Lac <direction@clinique-du-lac.ch>", OW_TO,
            "Audit UX Clinique du Lac", when("2025-09-25 10:30", CH), """\
Bonjour,

Après les deux premières séances, nous constatons que l'audit ne répond pas à nos attentes.
Nous demandons le remboursement de la facture OWD-2025-405 (Audit UX Clinique du Lac).

Meilleures salutations
Dr Pierre-Alain Rochat
""")
case("o05-audit-commence", OWB, [f], "decided", "Discovery sessions started 2025-09-08, before the request: deny (O1).",
     decisions=[refund("deny")])

# o06 milestone not started -> approve
proj("Application Association Les Amis du Vélo", "bureau@amisduvelo.fr", "2025-07-15T10:00:00")
owpay("fr_w06a", "OWD-2025-406", "Application Association Les Amis du Vélo", "milestone", "20000.00", "3600.00", "2025-07-15T10:00:00", milestone_status="completed")
owpay("fr_w06b", "OWD-2025-407", "Application Association Les Amis du Vélo", "milestone", "18500.00", "3330.00", "2025-09-12T10:00:00", milestone_status="not_started")
f, _ = mail("o06-jalon-non-commence", "Bureau Les Amis du Vélo <bureau@amisduvelo.fr>", OW_TO,
            "Jalon 2 – remboursement", when("2025-09-26 19:20", FR), """\
Bonjour,

L'assemblée générale a refusé le module de réservation (jalon 2) : trop cher à maintenir pour une association.
Le jalon 1 nous convient très bien. Merci de nous rembourser le jalon 2, facture OWD-2025-407,
projet Application Association Les Amis du Vélo.

Pour le bureau,
Gérard Fontaine, trésorier
""")
case("o06-jalon-non-commence", OWB, [f], "decided", "Milestone OWD-2025-407 not_started: approve its amount 18500.00 before tax (O3).",
     decisions=[refund("approve", "18500.00")])

# o07 milestone in progress -> escalate
proj("Extranet Coopérative Agricole du Gers", "si@coop-gers.fr", "2025-08-25T10:00:00")
owpay("fr_w07", "OWD-2025-408", "Extranet Coopérative Agricole du Gers", "milestone", "26000.00", "4680.00", "2025-09-01T10:00:00", milestone_status="in_progress")
f, _ = mail("o07-jalon-en-cours", "SI Coopérative du Gers <si@coop-gers.fr>", OW_TO,
            "Arrêt du jalon en cours – Extranet", when("2025-09-23 10:45", FR), """\
Bonjour,

Suite à la fusion avec une coopérative voisine, l'extranet sera repris par leur prestataire. Merci d'arrêter
le jalon en cours (OWD-2025-408, Extranet Coopérative Agricole du Gers) et de rembourser la partie non réalisée.

Cordialement,
Service informatique
""")
case("o07-jalon-en-cours", OWB, [f], "decided", "Milestone in_progress: escalate (O3), no amount. The customer also cancels the project/milestone, so an extra cancellation decision is tolerated (extra_ok; it moves no money).",
     decisions=[refund("escalate")], extra_ok=True)

# o08 milestone completed -> deny
proj("Charte graphique Pâtisserie Benjelloun", "contact@patisserie-benjelloun.ma", "2025-07-01T10:00:00")
owpay("fr_w08", "OWD-2025-409", "Charte graphique Pâtisserie Benjelloun", "milestone", "14000.00", "2520.00", "2025-08-05T10:00:00", milestone_status="completed")
f, _ = mail("o08-jalon-livre", "Pâtisserie Benjelloun <contact@patisserie-benjelloun.ma>", OW_TO,
            "Remboursement charte graphique", when("2025-09-22 12:00", MA), """\
Bonjour,

Nous avons reçu la charte graphique (projet Charte graphique Pâtisserie Benjelloun, facture OWD-2025-409),
mais finalement ma sœur préfère l'ancien logo. Nous souhaitons être remboursés.

Merci, Salma Benjelloun
""")
case("o08-jalon-livre", OWB, [f], "decided", "Completed deliverable (milestone completed): deny (O3, O6).",
     decisions=[refund("deny")])

# o09 hosting annual day 14 exactly (Douala) -> approve 19250.00
proj("Hébergement Hôtel La Falaise", "reservation@hotel-lafalaise.cm", "2025-09-10T00:00:00")
owpay("fr_w09", "OWD-2025-410", "Hébergement Hôtel La Falaise", "hosting_annual", "24000.00", "4320.00", "2025-09-09T10:00:00",
      setup_fee="3000.00", service_start="2025-09-10")
f, _ = mail("o09-hebergement-jour14", "Hôtel La Falaise <reservation@hotel-lafalaise.cm>", OW_TO,
            "Résiliation hébergement annuel + remboursement", when("2025-09-24 15:00", CM), """\
Bonjour,

Le groupe hôtelier qui nous a rachetés héberge tous ses sites lui-même. Nous résilions donc l'hébergement
annuel (Hébergement Hôtel La Falaise, facture OWD-2025-410) et demandons le remboursement au prorata.

Cordialement,
Direction Hôtel La Falaise, Kribi
""")
case("o09-hebergement-jour14", OWB, [f], "decided", "Start 09-10, email 15:00 WAT 09-24 = 19:30 IST = day 14, inside: 24000 - 3000 - 21000/12 (1750) x 1 = 19250.00 (O5).",
     decisions=[refund("approve", "19250.00")], extra_ok=True)

# o10 maintenance day 20 -> deny
proj("Maintenance site Domaine des Vignes", "contact@domainedesvignes.fr", "2025-09-01T00:00:00")
owpay("fr_w10", "OWD-2025-411", "Maintenance site Domaine des Vignes", "maintenance_annual", "9600.00", "1728.00", "2025-08-31T10:00:00",
      setup_fee="600.00", service_start="2025-09-01")
f, _ = mail("o10-maintenance-jour20", "Domaine des Vignes <contact@domainedesvignes.fr>", OW_TO,
            "Contrat de maintenance – remboursement", when("2025-09-21 11:00", FR), """\
Bonjour,

Mon gendre, qui est développeur, va s'occuper du site. Je souhaite donc mettre fin au contrat de
maintenance (Maintenance site Domaine des Vignes, OWD-2025-411) et être remboursé.

Bien cordialement,
Henri Duval
""")
case("o10-maintenance-jour20", OWB, [f], "decided", "Maintenance start 09-01, email 09-21 = day 20 > 14: deny (O5).",
     decisions=[refund("deny")], extra_ok=True)

# o11 maintenance rounding -> approve 5958.33
proj("Maintenance Librairie Le Bouquin", "librairie@lebouquin.be", "2025-09-20T00:00:00")
owpay("fr_w11", "OWD-2025-412", "Maintenance Librairie Le Bouquin", "maintenance_annual", "7000.00", "1260.00", "2025-09-19T10:00:00",
      setup_fee="500.00", service_start="2025-09-20")
f, _ = mail("o11-maintenance-arrondi", "Librairie Le Bouquin <librairie@lebouquin.be>", OW_TO,
            "Maintenance Librairie Le Bouquin – on arrête", when("2025-09-22 18:00", BE), """\
Bonjour,

Nous fermons la librairie en décembre (départ à la pension), la maintenance annuelle n'a donc plus de sens.
Merci de nous rembourser ce qui peut l'être sur la facture OWD-2025-412.

Bien à vous,
Martine et Jean-Luc
""")
case("o11-maintenance-arrondi", OWB, [f], "decided", "Start 09-20, email 09-22 day 2: 7000 - 500 - 6500/12 (541.6667) = 5958.3333 -> 5958.33 (O5, C6).",
     decisions=[refund("approve", "5958.33")], extra_ok=True)

# o12 premium plugin licence -> deny
proj("Boutique Maroquinerie Dubois", "boutique@maroquinerie-dubois.fr", "2025-06-01T10:00:00")
owpay("fr_w12", "OWD-2025-413", "Boutique Maroquinerie Dubois", "third_party", "4500.00", "810.00", "2025-09-18T10:00:00")
f, _ = mail("o12-licence-plugin", "Maroquinerie Dubois <boutique@maroquinerie-dubois.fr>", OW_TO,
            "Licence plugin WooCommerce", when("2025-09-19 14:00", FR), """\
Bonjour,

Vous nous avez facturé la licence du plugin premium de paiement (OWD-2025-413, Boutique Maroquinerie Dubois)
mais on va finalement utiliser le module gratuit de notre banque. Remboursez-nous la licence svp.

Cordialement,
Lucie Dubois
""")
case("o12-licence-plugin", OWB, [f], "decided", "Premium plugin licence, kind third_party: never refundable, deny (O6).",
     decisions=[refund("deny")])

# o13 change request -> deny
proj("Site Camping Les Pins", "accueil@camping-lespins.fr", "2025-05-01T10:00:00")
owpay("fr_w13", "OWD-2025-414", "Site Camping Les Pins", "change_request", "6000.00", "1080.00", "2025-09-10T10:00:00")
f, _ = mail("o13-demande-modification", "Camping Les Pins <accueil@camping-lespins.fr>", OW_TO,
            "Remboursement modif page tarifs", when("2025-09-17 20:30", FR), """\
Bonsoir,

La modification de la page tarifs (hors devis initial, OWD-2025-414, Site Camping Les Pins) a été faite,
mais on trouve qu'elle n'était pas vraiment nécessaire au final. On aimerait être remboursés.

Bonne soirée,
Nadia
""")
case("o13-demande-modification", OWB, [f], "decided", "Change request outside the original scope: non-refundable, deny (O6).",
     decisions=[refund("deny")])

# o14 retainer, enough notice -> cancel
proj("Community management Salon Coiffure Élégance", "salon@coiffure-elegance.fr", "2025-04-18T10:00:00")
owpay("fr_w14", "OWD-2025-415", "Community management Salon Coiffure Élégance", "retainer", "8000.00", "1440.00", "2025-09-18T10:00:00",
      period_start="2025-09-18", period_end="2025-10-17", next_billing_at="2025-10-18T00:00:00")
f, _ = mail("o14-forfait-preavis-ok", "Salon Élégance <salon@coiffure-elegance.fr>", OW_TO,
            "Résiliation du forfait community management", when("2025-09-24 12:30", FR), """\
Bonjour,

Je résilie le forfait mensuel "Community management Salon Coiffure Élégance" (dernière facture OWD-2025-415) :
le salon déménage et nous faisons une pause dans la communication jusqu'à la réouverture.

Merci et belle journée,
Sandrine
""")
case("o14-forfait-preavis-ok", OWB, [f], "decided", "Retainer next_billing_at 2025-10-18, cut-off 10-11; email 09-24: cancel effective 2025-10-17 (O4, O8).",
     decisions=[cancel("cancel", "2025-10-17")])

# o15 retainer short notice -> next cycle billed
proj("SEO Agence Immobilière Habitat Plus", "agence@habitatplus-lyon.fr", "2025-03-05T10:00:00")
owpay("fr_w15", "OWD-2025-416", "SEO Agence Immobilière Habitat Plus", "retainer", "7000.00", "1260.00", "2025-09-05T10:00:00",
      period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05T00:00:00")
f, _ = mail("o15-forfait-preavis-court", "Habitat Plus <agence@habitatplus-lyon.fr>", OW_TO,
            "Fin du contrat SEO", when("2025-09-30 09:00", FR), """\
Bonjour,

Nous arrêtons le référencement (SEO Agence Immobilière Habitat Plus, facture owd.2025.416) : le franchiseur
centralise désormais le SEO de toutes les agences.

Cordialement,
Thomas Blanc, gérant
""")
case("o15-forfait-preavis-court", OWB, [f], "decided", "'owd.2025.416' is OWD-2025-416 (section 8); next_billing_at 2025-10-05, cut-off 09-28; email 09-30 gives 5 days: the next cycle (10-05 to 11-04) is billed, effective 2025-11-04 (O4).",
     decisions=[cancel("cancel", "2025-11-04")])

# o16 retainer next cycle prepaid -> escalate
proj("Maintenance évolutive Auto-École Dupuis", "autoecole.dupuis@wanadoo.fr", "2025-02-12T10:00:00")
owpay("fr_w16a", "OWD-2025-417", "Maintenance évolutive Auto-École Dupuis", "retainer", "5500.00", "990.00", "2025-09-12T10:00:00",
      period_start="2025-09-12", period_end="2025-10-11", next_billing_at="2025-10-12T00:00:00")
owpay("fr_w16b", "OWD-2025-418", "Maintenance évolutive Auto-École Dupuis", "retainer", "5500.00", "990.00", "2025-09-15T10:00:00",
      period_start="2025-10-12", period_end="2025-11-11", next_billing_at="2025-11-12T00:00:00")
f, _ = mail("o16-forfait-paye-avance", "Auto-Ecole Dupuis <autoecole.dupuis@wanadoo.fr>", OW_TO,
            "resiliation contrat maintenance", when("2025-09-21 10:15", FR), """\
Bonjour,

Je cesse mon activité fin septembre et je résilie donc la Maintenance évolutive Auto-École Dupuis
(OWD-2025-417). J'avais déjà réglé la période d'octobre d'avance (OWD-2025-418).

Cordialement,
René Dupuis
""")
case("o16-forfait-paye-avance", OWB, [f], "decided", "Next cycle already paid (OWD-2025-418), notice >= 7 days: escalate (O4, section 8).",
     decisions=[cancel("escalate")], extra_ok=True)

# o17 C2 from another address
proj("Site Traiteur Saveurs d'Afrique", "contact@saveurs-afrique.ci")
owpay("fr_w17", "OWD-2025-419", "Site Traiteur Saveurs d'Afrique", "deposit", "12000.00", "2160.00", "2025-09-24T10:00:00")
f, _ = mail("o17-autre-adresse", "Fatou Traoré <fatou.traore@yahoo.fr>", OW_TO,
            "Acompte site traiteur", when("2025-09-25 11:30", CI), """\
Bonjour, c'est Fatou de Saveurs d'Afrique, j'écris de mon yahoo car je n'ai pas accès à la boîte du
restaurant. Je veux annuler le site (Site Traiteur Saveurs d'Afrique, OWD-2025-419) et récupérer l'acompte,
on déménage à Yamoussoukro.
Merci
""")
case("o17-autre-adresse", OWB, [f], "need_info", "Sender is not the contract email contact@saveurs-afrique.ci: C2, nothing about the project.",
     rules=["C2"])

# o18 C4: mise en demeure, association de consommateurs, avocat
proj("Refonte Cabinet Dentaire Morel", "secretariat@dentiste-morel.fr", "2025-08-01T10:00:00")
owpay("fr_w18", "OWD-2025-420", "Refonte Cabinet Dentaire Morel", "milestone", "24000.00", "4320.00", "2025-08-20T10:00:00", milestone_status="completed")
f, _ = mail("o18-mise-en-demeure", "Cabinet Dentaire Morel <secretariat@dentiste-morel.fr>", OW_TO,
            "Mise en demeure – Refonte Cabinet Dentaire Morel", when("2025-09-25 17:00", FR), """\
Madame, Monsieur,

Le site livré (Refonte Cabinet Dentaire Morel, facture OWD-2025-420) ne s'affiche pas correctement sur mobile.
Je vous mets en demeure de me rembourser sous huit jours. À défaut, mon avocat engagera une action en justice
et je ferai opposition auprès de ma banque.

Dr Alain Morel
""")
case("o18-mise-en-demeure", OWB, [f], "decided", "Lawyer, legal action and bank opposition: C4 escalate.",
     rules=["C4"], decisions=[refund("escalate")])

# o19 cancellation without reason -> need_info reason
proj("Forfait SEA Pressing du Centre", "pressing.centre@orange.fr", "2025-03-01T10:00:00")
owpay("fr_w19", "OWD-2025-421", "Forfait SEA Pressing du Centre", "retainer", "4000.00", "720.00", "2025-09-22T10:00:00",
      period_start="2025-09-22", period_end="2025-10-21", next_billing_at="2025-10-22T00:00:00")
f, _ = mail("o19-resiliation-sans-motif", "Pressing du Centre <pressing.centre@orange.fr>", OW_TO,
            "Résiliation", when("2025-09-24 08:45", FR), """\
Bonjour,

Par la présente, je résilie le Forfait SEA Pressing du Centre (facture OWD-2025-421).
Merci de me confirmer la bonne prise en compte de ma demande.

Salutations,
M. Lemaire
Pressing du Centre – 3 place de la République, 59000 Lille
""")
case("o19-resiliation-sans-motif", OWB, [f], "need_info", "Optima requires a reason for a cancellation too (section 8); the restated notice and courtesy line are no reason: need_info reason.",
     missing=["reason"])

# o20 two payments, no reference -> need_info invoice_number
proj("Site Fondation Kaboré", "administration@fondation-kabore.org", "2025-08-01T10:00:00")
owpay("fr_w20a", "OWD-2025-422", "Site Fondation Kaboré", "milestone", "15000.00", "2700.00", "2025-08-01T10:00:00", milestone_status="completed")
owpay("fr_w20b", "OWD-2025-423", "Site Fondation Kaboré", "milestone", "15000.00", "2700.00", "2025-09-18T10:00:00", milestone_status="not_started")
f, _ = mail("o20-sans-reference", "Fondation Kaboré <administration@fondation-kabore.org>", OW_TO,
            "Site Fondation Kaboré – remboursement", when("2025-09-24 10:00", SN), """\
Bonjour,

Notre bailleur de fonds a suspendu le financement du Site Fondation Kaboré. Nous vous prions de bien
vouloir procéder au remboursement ; je n'ai malheureusement pas la facture sous les yeux.

Veuillez agréer nos salutations distinguées.
Le secrétariat général
""")
case("o20-sans-reference", OWB, [f], "need_info", "Two payments on the project, none named: invoice_number missing (C3); the rest is given.",
     missing=["invoice_number"])

# o21 thread answering with the reference -> approve
proj("Application Resto Chez Ginette", "ginette@chezginette.ca", "2025-08-15T10:00:00")
owpay("fr_w21a", "OWD-2025-424", "Application Resto Chez Ginette", "setup", "2500.00", "450.00", "2025-08-15T10:00:00")
owpay("fr_w21b", "OWD-2025-425", "Application Resto Chez Ginette", "milestone", "17000.00", "3060.00", "2025-09-15T10:00:00", milestone_status="not_started")
f1, id1 = mail("o21-fil-1", "Ginette Pelletier <ginette@chezginette.ca>", OW_TO,
               "Application Resto Chez Ginette", when("2025-09-22 10:00", QC), """\
Bonjour,

Avec les travaux sur la rue qui durent jusqu'au printemps, on met l'application de commande en ligne sur la
glace. J'aimerais me faire rembourser la phase commande en ligne qui n'est pas commencée.

Merci, Ginette
""")
f2, _ = mail("o21-fil-2", "Ginette Pelletier <ginette@chezginette.ca>", OW_TO,
             "RE: Application Resto Chez Ginette [OWD-1122]", when("2025-09-23 07:50", QC), """\
Bonjour, la facture c'est OWD-2025-425. Merci!

De : Optima WebDesign <optimawebdesigns12@gmail.com>
Envoyé : lundi 22 septembre 2025 13:05
À : Ginette Pelletier <ginette@chezginette.ca>
Objet : Re: Application Resto Chez Ginette [OWD-1122]

Pourriez-vous nous indiquer la référence de la facture ou du paiement ?
""", reply_to_ids=[id1, "<owd-1122-needinfo@mail.gmail.com>"])
case("o21-fil-reponse", OWB, [f1, f2], "decided", "Thread: reference missing (two payments), answered with OWD-2025-425, a not_started milestone: approve 17000.00 (O3).",
     decisions=[refund("approve", "17000.00")])

# o22 Apple Mail forward by the contract holder -> approve deposit
proj("Site Ferme Équestre du Bocage", "ferme.bocage@laposte.net")
owpay("fr_w22", "OWD-2025-426", "Site Ferme Équestre du Bocage", "deposit", "10000.00", "1800.00", "2025-09-21T09:00:00")
f, _ = mail("o22-fwd-apple-mail", "Ferme du Bocage <ferme.bocage@laposte.net>", OW_TO,
            "Fwd: site internet", when("2025-09-22 21:10", FR), """\
Bonsoir, voir ci-dessous, merci de rembourser l'acompte (OWD-2025-426). Agnès

Début du message réexpédié :

De: Thierry Lemoine <thierry.lemoine@gmail.com>
Objet: site internet
Date: 22 septembre 2025 à 19:02:11 UTC+2
À: Ferme du Bocage <ferme.bocage@laposte.net>

Agnès, le Conseil départemental finance finalement un site commun pour toutes les fermes équestres du
Bocage, gratuit pour nous. On n'a donc plus besoin du Site Ferme Équestre du Bocage chez Optima.
Thierry
""")
case("o22-fwd-apple-mail", OWB, [f], "decided", "Forward from the contract email itself; reason in the forwarded block; paid 09-21 09:00 IST, email 2025-09-23 00:40 IST = 39 h 40 min, no work: approve 10000.00 (O2).",
     decisions=[refund("approve", "10000.00")])

# o23 question before signing -> other
f, _ = mail("o23-question-devis", "Olivier Masson <o.masson@masson-architectes.be>", OW_TO,
            "Question sur votre devis", when("2025-09-19 12:15", BE), """\
Bonjour,

Avant de signer votre devis pour notre site, une question : si nous devions annuler après le versement de
l'acompte, serions-nous remboursés, et dans quel délai ?

Bien à vous,
Olivier Masson
""")
case("o23-question-devis", OWB, [f], "other", "Hypothetical before signing ('si nous devions annuler... serions-nous remboursés ?'): policy question, other (section 8).")

# o24 the brand's own address -> ignore
f, _ = mail("o24-propre-adresse", "Optima WebDesign <optimawebdesigns12@gmail.com>", OW_TO,
            "Re: Remboursement acompte [OWD-1098]", when("2025-09-23 14:00", 5.5), """\
Bonjour,

Nous avons bien reçu votre demande de remboursement et revenons vers vous sous 2 à 3 jours ouvrés.

Billing & Refunds Desk — Optima WebDesign
""", reply_to_ids=["<CAK7f2sH0wq9dXk3Lp@mail.gmail.com>"])
case("o24-propre-adresse", OWB, [f], "ignore", "Mail from the brand's own address: ignore (C7).", rules=["C7"])

# o25 C2 via a forward naming the contract email
proj("Boutique Épicerie Fine Lebrun", "lebrun.epicerie@gmail.com")
owpay("fr_w25", "OWD-2025-427", "Boutique Épicerie Fine Lebrun", "deposit", "14000.00", "2520.00", "2025-09-24T10:00:00")
f, _ = mail("o25-tr-adresse-contrat", "Comptable Lebrun <cabinet.roussel-compta@orange.fr>", OW_TO,
            "TR: remboursement acompte Épicerie Lebrun", when("2025-09-25 16:00", FR), """\
Bonjour,

Je vous transfère la demande de ma cliente, Mme Lebrun. Merci de faire le nécessaire.

Cabinet Roussel, expertise comptable

-------- Message transféré --------
Sujet : remboursement acompte
Date : Thu, 25 Sep 2025 09:12:40 +0200
De : Lebrun Épicerie <lebrun.epicerie@gmail.com>
Pour : cabinet.roussel-compta@orange.fr

Pouvez-vous demander à Optima de rembourser l'acompte de la Boutique Épicerie Fine Lebrun (OWD-2025-427) ?
Le local commercial nous a été refusé, le projet est annulé. Le contrat est à mon adresse
lebrun.epicerie@gmail.com.
""")
case("o25-tr-adresse-contrat", OWB, [f], "need_info", "Forward (Thunderbird block) carrying a refund for contract email lebrun.epicerie@gmail.com, sent by the accountant: C2 via the forward (section 8).",
     rules=["C2"])

# l28 past event only, asks for something else -> other
f, _ = mail("l28-evenement-passe", "Claire Lefebvre <c.lefebvre@lefebvre-immobilier.fr>", LO_TO,
            "Ajout d'un utilisateur", when("2025-09-29 10:30", FR), """\
Bonjour,

L'an dernier vous m'aviez remboursé un double prélèvement, et j'avais même failli résilier à l'époque...
mais aujourd'hui tout va bien ! Je voudrais simplement savoir comment ajouter ma nouvelle assistante
comme utilisatrice sur le compte.

Bonne journée,
Claire Lefebvre
""")
case("l28-evenement-passe", LOB, [f], "other", "Past refund and past near-cancellation are events, not requests; the mail asks how to add a user: other (section 8).")

finish()
