"""Held-out round fresh19 (French): writes ledger.json, emails/*.eml and expected.json beside itself.

Stdlib only and deterministic. MIT, like the project; all text written for this project.
"""

from __future__ import annotations

import json
import shutil
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
EMAILS = HERE / "emails"
LOB, OWB = "leadsoptima", "optima_webdesign"
LO_SUPPORT = "LeadsOptima Support <support@leadsoptima.com>"
LO_BILLING = "billing@leadsoptima.com"
OWD_MAIN = "Optima WebDesign <optimawebdesigns12@gmail.com>"
OWD_BILLING = "billing@optimawebdesign.com"


def T(y, mo, d, h, mi, off):
    """A date-time in the sender's own UTC offset (hours, may be fractional)."""
    return datetime(y, mo, d, h, mi, tzinfo=timezone(timedelta(hours=off)))


def cust(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    return {"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
            "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end}


def lopay(pid, inv, email, plan, amount, tax, paid_at, ps, pe, status="paid"):
    return {"brand": LOB, "id": pid, "invoice": inv, "customer_email": email, "kind": "subscription",
            "plan": plan, "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at,
            "period_start": ps, "period_end": pe, "status": status}


def proj(name, contract, started):
    return {"brand": OWB, "name": name, "contract_email": contract, "work_started_at": started}


def owpay(pid, inv, project, kind, amount, tax, paid_at, **kw):
    base = {"brand": OWB, "id": pid, "invoice": inv, "project": project, "kind": kind,
            "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": "paid",
            "setup_fee": None, "service_start": None, "next_billing_at": None,
            "period_start": None, "period_end": None, "milestone_status": None}
    base.update(kw)
    return base


MSGS: dict[str, EmailMessage] = {}
OUT: dict[str, bytes] = {}


def mail(fname, frm, to, subject, body, date, *, html=False, reply=None, headers=None, cc=None, domain=None,
         via=None):
    """Build one email; ``reply`` is the file name of the message answered (thread headers); ``via`` is the
    Message-ID of our own reply in between that is quoted but not part of the case files (chk19b)."""
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    host = domain or (frm.split("@")[-1].strip(">").strip() or "mail.example")
    msg["Message-ID"] = f"<{fname.replace('.eml', '')}.fresh19@{host}>"
    if reply:
        parent = MSGS[reply.replace("emails/", "")]
        refs = (parent.get("References", "") + " " + parent["Message-ID"] + (" " + via if via else "")).strip()
        msg["In-Reply-To"] = via or parent["Message-ID"]
        msg["References"] = refs
    for k, v in (headers or {}).items():
        msg[k] = v
    if html:
        msg.set_content(body, subtype="html")
    else:
        msg.set_content(body)
    MSGS[fname] = msg
    OUT[fname] = msg.as_bytes(policy=policy.SMTP)
    return "emails/" + fname


CASES: list[dict] = []


def case(cid, brand, status, files, spec, decisions=(), rules=(), missing=None, **kw):
    c = {"id": cid, "lang": LANG, "files": list(files), "brand": brand, "status": status,
         "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    c["decisions"] = [dict(d) for d in decisions]
    c.update(kw)
    c["spec"] = spec
    CASES.append(c)


def ref(amount):
    return {"intent": "refund", "outcome": "approve", "amount": amount}


def deny():
    return {"intent": "refund", "outcome": "deny", "amount": None}


def esc(intent="refund"):
    return {"intent": intent, "outcome": "escalate", "amount": None}


def cancel(eff):
    d = {"intent": "cancellation", "outcome": "cancel", "amount": None}
    if eff:
        d["effective_date"] = eff
    return d


def write(ledger):
    if EMAILS.exists():
        shutil.rmtree(EMAILS)
    EMAILS.mkdir()
    for name, data in sorted(OUT.items()):
        (EMAILS / name).write_bytes(data)
    (HERE / "ledger.json").write_text(json.dumps(ledger, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, indent=1, ensure_ascii=False) + "\n",
                                        encoding="utf-8")
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)), "duplicate case id"
    for c in CASES:
        for f in c["files"]:
            assert (HERE / f).exists(), f
    print(f"{len(CASES)} cases, {len(OUT)} emails")

LANG = "fr"
FR = 2     # France, Belgium, Switzerland (CEST)
QC = -4    # Québec (EDT)
SN = 0     # Senegal, Côte d'Ivoire
MA = 1     # Morocco, Algeria, Tunisia
LB = 3     # Lebanon (EEST)

ledger = {"customers": [], "projects": [], "payments": []}
C, P, Y = ledger["customers"], ledger["projects"], ledger["payments"]
M = ("1499.00", "269.82")
Q = ("3999.00", "719.82")
A = ("11988.00", "2157.84")

def lo(email, name, plan, start, end, *pays, status="active", trial_ends=None):
    C.append(cust(email, name, plan, status=status, start=start, end=end, trial_ends=trial_ends))
    for pid, inv, amt, paid, ps, pe, *st in pays:
        Y.append(lopay(pid, inv, email, plan, *amt, paid, ps, pe, *(st or [])))

# ---------------------------------------------------------------- LeadsOptima ledger
lo("julie.tremblay@videotron.ca", "Julie Tremblay", "monthly", "2025-09-10", "2025-10-09",
   ("fr_p01", "LO-INV-5501", M, "2025-09-10T21:30:00", "2025-09-10", "2025-10-09"),
   ("fr_p02", "LO-INV-5502", M, "2025-09-10T21:31:00", "2025-09-10", "2025-10-09"))
lo("marc.gagnon@sympatico.ca", "Marc Gagnon", "quarterly", "2025-09-10", "2025-12-09",
   ("fr_p03", "LO-INV-5510", Q, "2025-09-10T08:00:00", "2025-09-10", "2025-12-09"),
   ("fr_p04", "LO-INV-5511", Q, "2025-09-10T08:00:30", "2025-09-10", "2025-12-09"))
lo("fatou.diop@orange.sn", "Fatou Diop", "monthly", "2025-09-01", "2025-09-30",
   ("fr_p05", "LO-INV-5520", M, "2025-09-01T10:00:00", "2025-09-01", "2025-09-30"),
   ("fr_p06", "LO-INV-5521", M, "2025-09-02T10:00:00", "2025-09-01", "2025-09-30"),
   ("fr_p07", "LO-INV-5522", M, "2025-09-12T10:00:00", "2025-09-01", "2025-09-30"))
lo("sophie.dubois@skynet.be", "Sophie Dubois", "quarterly", "2025-09-25", "2025-12-24",
   ("fr_p08", "LO-INV-5530", Q, "2025-09-25T10:00:00", "2025-09-25", "2025-12-24"))
lo("youssef.benali@menara.ma", "Youssef Benali", "annual", "2025-09-20", "2026-09-19",
   ("fr_p09", "LO-INV-5540", A, "2025-09-20T10:00:00", "2025-09-20", "2026-09-19"))
lo("karim.haddad@idm.net.lb", "Karim Haddad", "monthly", "2025-09-05", "2025-10-04",
   ("fr_p10", "LO-INV-5550", M, "2025-09-05T10:00:00", "2025-09-05", "2025-10-04"))
lo("thomas.martin@free.fr", "Thomas Martin", "monthly", "2025-09-27", "2025-10-26",
   ("fr_p11", "LO-INV-5560", M, "2025-09-27T10:00:00", "2025-09-27", "2025-10-26"))
lo("camille.bernard@laposte.net", "Camille Bernard", "annual", "2025-05-05", "2026-05-04",
   ("fr_p12", "LO-INV-5570", A, "2025-05-05T10:00:00", "2025-05-05", "2026-05-04"))
lo("aminata.kone@yahoo.fr", "Aminata Koné", "monthly", None, None, status="trial", trial_ends="2025-10-08")
lo("nicolas.favre@bluewin.ch", "Nicolas Favre", "quarterly", "2025-07-15", "2025-10-14",
   ("fr_p13", "LO-INV-5580", Q, "2025-07-15T10:00:00", "2025-07-15", "2025-10-14"))
lo("pierre.lefebvre@orange.fr", "Pierre Lefebvre", "annual", None, None,
   ("fr_p14", "LO-INV-5590", A, "2024-10-03T23:50:00+00:00", None, None))
lo("contact@boulangerie-moreau.fr", "Boulangerie Moreau", "monthly", "2025-09-23", "2025-10-22",
   ("fr_p15", "LO-INV-5600", M, "2025-09-23T10:00:00", "2025-09-23", "2025-10-22"),
   ("fr_p16", "LO-INV-5601", M, "2025-09-23T10:01:00", "2025-09-23", "2025-10-22"))
lo("direction@cabinet-roux.fr", "Cabinet Roux", "annual", "2025-02-01", "2026-01-31",
   ("fr_p17", "LO-INV-5610", A, "2025-02-01T10:00:00", "2025-02-01", "2026-01-31"))
lo("lea.petit@icloud.com", "Léa Petit", "monthly", "2025-09-24", "2025-10-23",
   ("fr_p18", "LO-INV-5620", M, "2025-09-24T10:00:00", "2025-09-24", "2025-10-23"),
   ("fr_p19", "LO-INV-5621", M, "2025-09-24T10:03:00", "2025-09-24", "2025-10-23"))
lo("olivier.girard@wanadoo.fr", "Olivier Girard", "monthly", "2025-09-12", "2025-10-11",
   ("fr_p20", "LO-INV-5630", M, "2025-09-12T10:00:00", "2025-09-12", "2025-10-11"))
lo("isabelle.roy@hotmail.ca", "Isabelle Roy", "annual", "2025-09-19", "2026-09-18",
   ("fr_p21", "LO-INV-5640", A, "2025-09-19T10:00:00", "2025-09-19", "2026-09-18"))
lo("manon.leroy@gmail.com", "Manon Leroy", "monthly", "2025-09-14", "2025-10-13",
   ("fr_p22", "LO-INV-5650", M, "2025-09-14T10:00:00", "2025-09-14", "2025-10-13"))
lo("vincent.mercier@cabinet-mercier.fr", "Vincent Mercier", "quarterly", "2025-09-22", "2025-12-21",
   ("fr_p23", "LO-INV-5660", Q, "2025-09-22T10:00:00", "2025-09-22", "2025-12-21"))
lo("ines.fontaine@outlook.fr", "Inès Fontaine", "monthly", "2025-09-21", "2025-10-20",
   ("fr_p24", "LO-INV-5670", M, "2025-09-21T10:00:00", "2025-09-21", "2025-10-20"))
lo("mehdi.saidi@topnet.tn", "Mehdi Saïdi", "monthly", "2025-09-18", "2025-10-17",
   ("fr_p25", "LO-INV-5680", M, "2025-09-18T10:00:00", "2025-09-18", "2025-10-17"),
   ("fr_p26", "LO-INV-5681", M, "2025-09-18T10:00:40", "2025-09-18", "2025-10-17"))
lo("antoine.chevalier@orange.fr", "Antoine Chevalier", "monthly", "2025-09-28", "2025-10-27",
   ("fr_p27", "LO-INV-5690", M, "2025-09-28T10:00:00", "2025-09-28", "2025-10-27"))
lo("rita.khoury@gmail.com", "Rita Khoury", "quarterly", "2025-09-26", "2025-12-25",
   ("fr_p28", "LO-INV-5700", Q, "2025-09-26T10:00:00", "2025-09-26", "2025-12-25"),
   ("fr_p29", "LO-INV-5701", Q, "2025-09-26T10:00:20", "2025-09-26", "2025-12-25"))
lo("gabriel.cote@videotron.ca", "Gabriel Côté", "monthly", "2025-09-16", "2025-10-15",
   ("fr_p30", "LO-INV-5710", M, "2025-09-16T10:00:00", "2025-09-16", "2025-10-15"))
lo("nathalie.lambert@orange.fr", "Nathalie Lambert", "annual", "2025-01-10", "2026-01-09",
   ("fr_p31", "LO-INV-5720", A, "2025-01-10T10:00:00", "2025-01-10", "2026-01-09"))
lo("helene.morel@sfr.fr", "Hélène Morel", "monthly", "2025-09-15", "2025-10-14",
   ("fr_p32", "LO-INV-5730", M, "2025-09-15T10:00:00", "2025-09-15", "2025-10-14"),
   ("fr_p33", "LO-INV-5731", M, "2025-09-15T10:05:00", "2025-09-15", "2025-10-14", "failed"))

# ---------------------------------------------------------------- Optima WebDesign ledger
def owd(pname, contract, started, *pays):
    P.append(proj(pname, contract, started))
    Y.extend(pays)

owd("Chocolaterie Vandenberghe", "info@chocolaterie-vdb.be", None,
    owpay("fr_o01", "OWD-2025-201", "Chocolaterie Vandenberghe", "deposit", "20000.00", "3600.00", "2025-09-15T09:00:00"))
owd("Érablière Côté Boutique", "boutique@erabliere-cote.ca", None,
    owpay("fr_o02", "OWD-2025-202", "Érablière Côté Boutique", "deposit", "16000.00", "2880.00", "2025-09-22T09:00:00"))
owd("Riad Yasmine Réservations", "contact@riad-yasmine.ma", None,
    owpay("fr_o03", "OWD-2025-203", "Riad Yasmine Réservations", "deposit", "24000.00", "4320.00", "2025-09-19T10:00:00"))
owd("Librairie Papyrus Stratégie", "papyrus@librairie-papyrus.fr", None,
    owpay("fr_o04", "OWD-2025-204", "Librairie Papyrus Stratégie", "discovery", "9000.00", "1620.00", "2025-09-16T10:00:00"))
owd("Clinique Vétérinaire Saint-Roch", "accueil@veto-saintroch.fr", "2025-09-17T14:00:00",
    owpay("fr_o05", "OWD-2025-205", "Clinique Vétérinaire Saint-Roch", "discovery", "11000.00", "1980.00", "2025-09-15T10:00:00"))
owd("Agence Immo Azur Portail", "direction@immo-azur.fr", "2025-06-01T10:00:00",
    owpay("fr_o06", "OWD-2025-206", "Agence Immo Azur Portail", "milestone", "27500.50", "4950.09", "2025-09-01T10:00:00", milestone_status="not_started"),
    owpay("fr_o07", "OWD-2025-207", "Agence Immo Azur Portail", "milestone", "32000.00", "5760.00", "2025-07-01T10:00:00", milestone_status="completed"),
    owpay("fr_o08", "OWD-2025-208", "Agence Immo Azur Portail", "milestone", "30000.00", "5400.00", "2025-08-01T10:00:00", milestone_status="in_progress"))
owd("Garage Lemaire Entretien", "garage.lemaire@orange.fr", "2025-01-05T10:00:00",
    owpay("fr_o09", "OWD-2025-209", "Garage Lemaire Entretien", "retainer", "9000.00", "1620.00", "2025-09-05T08:00:00",
          period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05T00:00:00"))
owd("Fromagerie Gruyère Plus SEO", "marketing@gruyereplus.ch", "2025-02-14T10:00:00",
    owpay("fr_o10", "OWD-2025-210", "Fromagerie Gruyère Plus SEO", "retainer", "14000.00", "2520.00", "2025-09-04T08:00:00",
          period_start="2025-09-04", period_end="2025-10-03", next_billing_at="2025-10-04T00:00:00"))
owd("Traiteur Beyrouth Gourmet", "contact@beyrouth-gourmet.com", "2025-03-07T10:00:00",
    owpay("fr_o11", "OWD-2025-211", "Traiteur Beyrouth Gourmet", "retainer", "7500.00", "1350.00", "2025-09-07T08:00:00",
          period_start="2025-09-07", period_end="2025-10-06", next_billing_at="2025-10-07T00:00:00"))
owd("Cabinet Dentaire Sourire Contenu", "cabinet@sourire-dentaire.fr", "2025-01-20T10:00:00",
    owpay("fr_o12", "OWD-2025-212", "Cabinet Dentaire Sourire Contenu", "retainer", "11000.00", "1980.00", "2025-09-20T08:00:00",
          period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20T00:00:00"),
    owpay("fr_o13", "OWD-2025-213", "Cabinet Dentaire Sourire Contenu", "retainer", "11000.00", "1980.00", "2025-09-20T08:10:00",
          period_start="2025-10-20", period_end="2025-11-19", next_billing_at="2025-11-20T00:00:00"))
owd("Auberge du Lac Hébergement", "reception@auberge-dulac.ch", "2025-09-18T10:00:00",
    owpay("fr_o14", "OWD-2025-214", "Auberge du Lac Hébergement", "hosting_annual", "15000.00", "2700.00", "2025-09-17T10:00:00",
          setup_fee="1500.00", service_start="2025-09-18"))
owd("Atelier Couture Dakar Maintenance", "atelier@couture-dakar.sn", "2025-09-20T10:00:00",
    owpay("fr_o15", "OWD-2025-215", "Atelier Couture Dakar Maintenance", "maintenance_annual", "9999.00", "1799.82", "2025-09-19T10:00:00",
          setup_fee="499.00", service_start="2025-09-20"))
owd("Pharmacie du Centre Hébergement", "pharmacie.centre@wanadoo.fr", "2025-08-25T10:00:00",
    owpay("fr_o16", "OWD-2025-216", "Pharmacie du Centre Hébergement", "hosting_annual", "12000.00", "2160.00", "2025-08-25T10:00:00",
          setup_fee="1200.00", service_start="2025-08-25"))
owd("Boulangerie Au Bon Pain Site", "aubonpain@gmail.com", "2025-08-01T10:00:00",
    owpay("fr_o17", "OWD-2025-217", "Boulangerie Au Bon Pain Site", "third_party", "2500.00", "450.00", "2025-09-20T10:00:00"),
    owpay("fr_o18", "OWD-2025-218", "Boulangerie Au Bon Pain Site", "setup", "3000.00", "540.00", "2025-09-20T10:05:00"),
    owpay("fr_o19", "OWD-2025-219", "Boulangerie Au Bon Pain Site", "change_request", "5500.00", "990.00", "2025-09-24T10:00:00"))
owd("Cave Saint-Émilion Vitrine", "cave@saint-emilion-vins.fr", None,
    owpay("fr_o20", "OWD-2025-220", "Cave Saint-Émilion Vitrine", "deposit", "18000.00", "3240.00", "2025-09-27T10:00:00"))
owd("Coiffure Élégance Site", "elegance.coiffure@orange.fr", "2025-04-12T10:00:00",
    owpay("fr_o21", "OWD-2025-221", "Coiffure Élégance Site", "retainer", "5000.00", "900.00", "2025-09-12T08:00:00",
          period_start="2025-09-12", period_end="2025-10-11", next_billing_at="2025-10-12T00:00:00"))
owd("Studio Pilates Namur", "hello@pilates-namur.be", None,
    owpay("fr_o22", "OWD-2025-222", "Studio Pilates Namur", "deposit", "14000.00", "2520.00", "2025-09-28T10:00:00"))
owd("Hôtel Belle Époque Refonte", "direction@belle-epoque-hotel.fr", "2025-08-01T10:00:00",
    owpay("fr_o23", "OWD-2025-223", "Hôtel Belle Époque Refonte", "milestone", "45000.00", "8100.00", "2025-09-10T10:00:00", milestone_status="not_started"))
owd("Dépanneur Chez Ti-Jean Entretien", "tijean@depanneur-tijean.ca", "2025-03-18T10:00:00",
    owpay("fr_o24", "OWD-2025-224", "Dépanneur Chez Ti-Jean Entretien", "retainer", "6000.00", "1080.00", "2025-09-18T08:00:00",
          period_start="2025-09-18", period_end="2025-10-17", next_billing_at="2025-10-18T00:00:00"))
owd("Épicerie Fine Lyon Boutique", "compta@epicerie-fine-lyon.fr", None,
    owpay("fr_o25", "OWD-2025-225", "Épicerie Fine Lyon Boutique", "deposit", "21000.00", "3780.00", "2025-09-25T10:00:00", status="failed"))
owd("Menuiserie Bouchard Vitrine", "info@menuiserie-bouchard.fr", None,
    owpay("fr_o26", "OWD-2025-226", "Menuiserie Bouchard Vitrine", "deposit", "17500.00", "3150.00", "2025-09-23T11:00:00"))
owd("Restaurant Le Cèdre Site", "gerant@lecedre-resto.fr", None,
    owpay("fr_o27", "OWD-2025-227", "Restaurant Le Cèdre Site", "deposit", "19000.00", "3420.00", "2025-09-26T10:00:00"))

# ================================================================ LeadsOptima cases
DISCLAIMER = """
Bien cordialement,

Vincent Mercier
Expert-comptable associé
Cabinet Mercier & Associés – 12, rue de la République – 69002 Lyon
Tél. : 04 78 00 00 00

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses
destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message
par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur. Pensez à l'environnement
avant d'imprimer ce courriel.
"""

f = mail("l01-quebec-charge-deux-fois-j7.eml", "Julie Tremblay <julie.tremblay@videotron.ca>", LO_SUPPORT,
         "Chargée deux fois sur ma carte de crédit",
         """Bonjour,

Je viens de voir sur mon relevé de carte de crédit que j'ai été chargée deux fois pour mon abonnement
mensuel le 10 septembre (faut dire que c'était le soir chez vous). La deuxième facture c'est la
LO-INV-5502. Pouvez-vous me rembourser le deuxième montant s.v.p.?

Merci beaucoup, bonne journée!
Julie Tremblay
Sherbrooke (Québec)
""", T(2025, 9, 17, 14, 0, QC))
case("fr-l01-quebec-charge-deux-fois-j7", LOB, "decided", [f],
     "L4: duplicate pair 2025-09-10 21:30/21:31 IST; email 2025-09-17 14:00 -04:00 = 23:30 IST = day 7 (inside): "
     "approve 1499.00.",
     [ref("1499.00")])

f = mail("l02-quebec-j8-fuseau.eml", "Marc Gagnon <marc.gagnon@sympatico.ca>", LO_SUPPORT,
         "Double prélèvement abonnement trimestriel",
         """Allô,

Vous m'avez passé l'abonnement trimestriel deux fois le 10 septembre (LO-INV-5510 pis LO-INV-5511).
Je vous écris dans les 7 jours comme c'est marqué dans votre politique, merci de me rembourser le double.

Marc
""", T(2025, 9, 17, 15, 0, QC))
case("fr-l02-quebec-j8-fuseau", LOB, "decided", [f],
     "L3: charges 2025-09-10 IST; email 2025-09-17 15:00 -04:00 = 2025-09-18 00:30 IST = day 8 in the brand's "
     "zone (day 7 in Québec): deny.",
     [deny()])

f = mail("l03-senegal-trois-fois.eml", "Fatou Diop <fatou.diop@orange.sn>", LO_BILLING,
         "Prélevée 3 fois pour le même mois",
         """Bonjour Madame, Monsieur,

Je viens par la présente vous signaler que mon abonnement mensuel de septembre a été prélevé trois fois :
le 01/09 (LO-INV-5520), le 02/09 (LO-INV-5521) et encore le 12/09 (LO-INV-5522). C'est le même mois !
Je sollicite le remboursement des prélèvements en trop.

Dans l'attente de votre retour, veuillez agréer mes salutations distinguées.
Fatou Diop
Dakar
""", T(2025, 9, 14, 12, 0, SN))
case("fr-l03-senegal-trois-fois", LOB, "decided", [f],
     "Section 8 three identical charges: charges 2 and 3 are duplicates; request 2025-09-14 17:30 IST: LO-INV-5521 "
     "(09-02) is day 12, outside L3; LO-INV-5522 (09-12) day 2, inside: refund 1499.00.",
     [ref("1499.00")])

f = mail("l04-belgique-mauvais-montant.eml", "Sophie Dubois <sophie.dubois@skynet.be>", LO_SUPPORT,
         "Montant facturé incorrect",
         """Bonjour,

On m'a facturé un mauvais montant pour l'abonnement trimestriel (facture LO-INV-5530 du 25/09) :
votre commercial m'avait promis le tarif de lancement à 2.999 roupies le trimestre, et j'ai payé
3.999 + TVA, soit mille roupies de trop pour nonante jours. Savez-vous rectifier et me rembourser la
différence ?

Merci d'avance,
Sophie Dubois – Liège
""", T(2025, 9, 26, 10, 30, FR))
case("fr-l04-belgique-mauvais-montant", LOB, "decided", [f],
     "L2 billing_error (wrong amount), L5: charge 2025-09-25, email 2025-09-26 (day 1): escalate, no amount.",
     [esc()])

f = mail("l05-maroc-connexion.eml", "Youssef Benali <youssef.benali@menara.ma>", LO_SUPPORT,
         "Impossible de me connecter depuis le paiement",
         """Salam,

Depuis que j'ai payé l'abonnement annuel samedi (facture LO-INV-5540), impossible de me connecter :
la plateforme ne charge pas, page blanche, sur Chrome et sur Safari. J'ai vidé le cache, rien.
J'ai payé 11 988 roupies pour rien. Je demande le remboursement.

Youssef – Casablanca
""", T(2025, 9, 23, 9, 0, MA))
case("fr-l05-maroc-connexion", LOB, "decided", [f],
     "L2 access_failure, L6: charge 2025-09-20, email 2025-09-23 (day 3): escalate.", [esc()])

f = mail("l06-liban-acces-j15.eml", "Karim Haddad <karim.haddad@idm.net.lb>", LO_SUPPORT,
         "no access / pas d'accès",
         """Bonjour,

Honestly c'est frustrant: depuis le début du mois I have no access to the dashboard, ça tourne dans le
vide. J'ai payé le 5 septembre (LO-INV-5550). Je demande le remboursement, merci.

Karim
Beyrouth
""", T(2025, 9, 20, 11, 0, LB))
case("fr-l06-liban-acces-j15", LOB, "decided", [f],
     "L2 access_failure but L3: charge 2025-09-05, email 2025-09-20 = day 15: deny. French/English code-switching.",
     [deny()])

f = mail("l07-change-d-avis.eml", "Thomas Martin <thomas.martin@free.fr>", LO_SUPPORT,
         "rembourssement",
         """bjr
j ai pris l abonement hier par erreur enfin pas par erreur mais j ai changé d avis, au final je vais
pas m en servir. vous pouvez me rembourser ? c la facture LO-INV-5560
merci
""", T(2025, 9, 28, 9, 0, FR))
case("fr-l07-change-d-avis", LOB, "decided", [f],
     "L1: change of mind / will not use it: deny (cancellation offered), although day 1. Typos, no apostrophes.",
     [deny()])

f = mail("l08-resilier-rembourser-mois.eml", "Camille Bernard <camille.bernard@laposte.net>", LO_SUPPORT,
         "Résiliation abonnement annuel et remboursement au prorata",
         """Madame, Monsieur,

Je souhaite résilier mon abonnement annuel (facture LO-INV-5570), notre association ayant perdu sa
subvention. Je vous remercie de me rembourser au prorata les mois restants jusqu'en mai prochain.

Cordialement,
Camille Bernard
Trésorière, Association Les Amis du Vieux Lille
""", T(2025, 9, 12, 18, 0, FR))
case("fr-l08-resilier-rembourser-mois", LOB, "decided", [f],
     "L1/L8: no prorata refund of unused months: refund deny; cancel effective current_period_end 2026-05-04.",
     [deny(), cancel("2026-05-04")])

f = mail("l09-essai-cote-ivoire.eml", "Aminata Koné <aminata.kone@yahoo.fr>", LO_SUPPORT,
         "Remboursement période d'essai",
         """Bonjour,

Je suis en période d'essai gratuite depuis une semaine. Je vous prie de bien vouloir me rembourser ce que
j'ai payé pour l'essai, la plateforme ne correspond pas à nos besoins à Abidjan.

Merci
Aminata Koné
""", T(2025, 9, 26, 10, 0, SN))
case("fr-l09-essai-cote-ivoire", LOB, "decided", [f],
     "L7: account on free trial, no charge in the ledger: refund deny (nothing is billed unless they subscribe).",
     [deny()])

f = mail("l10-suisse-resiliation.eml", "Nicolas Favre <nicolas.favre@bluewin.ch>", LO_SUPPORT,
         "Résiliation",
         """Bonjour,

Par la présente je résilie mon abonnement trimestriel LeadsOptima pour la prochaine échéance.
Nous avons trouvé une solution interne. Merci de me confirmer la date de fin.

Meilleures salutations
Nicolas Favre, Lausanne
""", T(2025, 9, 29, 8, 15, FR))
case("fr-l10-suisse-resiliation", LOB, "decided", [f],
     "L8: cancel; effective current_period_end 2025-10-14.", [cancel("2025-10-14")])

f = mail("l11-desabonnement-repli.eml", "Pierre Lefebvre <pierre.lefebvre@orange.fr>", LO_SUPPORT,
         "désabonnement",
         "Désabonnement svp. PL\n", T(2025, 9, 20, 7, 45, FR))
case("fr-l11-desabonnement-repli", LOB, "decided", [f],
     "L8 fallback + section 8 ledger offsets: no current period; last charge 2024-10-03T23:50Z = 2024-10-04 05:20 IST; "
     "annual: 2024-10-04 + 12 months - 1 day = 2025-10-03 (not 10-02).",
     [cancel("2025-10-03")])

f = mail("l12-gmail-c2.eml", "Jean Moreau <moreau.jean@gmail.com>", LO_SUPPORT,
         "prélèvement en double boulangerie",
         """Bonjour,

Je vous écris de ma boîte perso. Le compte LeadsOptima est au nom de contact@boulangerie-moreau.fr.
Vous avez débité deux fois l'abonnement le 23/09 (LO-INV-5601). Merci de rembourser et de m'envoyer
le détail des paiements sur cette adresse-ci.

Jean Moreau
""", T(2025, 9, 24, 6, 30, FR))
case("fr-l12-gmail-c2", LOB, "need_info", [f],
     "C2: names the registered email contact@boulangerie-moreau.fr, writes from gmail: ask to write from the "
     "registered address; nothing about the account.",
     rules=["C2"])

f = mail("l13-tr-outlook-c2.eml", "Secrétariat Cabinet Roux <secretariat@cabinet-roux.fr>", LO_SUPPORT,
         "TR: Résiliation LeadsOptima",
         """Bonjour,

Je vous transfère ci-dessous la demande de Maître Roux.

Bien à vous,
Chantal

________________________________
De : Philippe Roux <direction@cabinet-roux.fr>
Envoyé : lundi 22 septembre 2025 17:41
À : Secrétariat <secretariat@cabinet-roux.fr>
Objet : Résiliation LeadsOptima

Chantal, merci de résilier l'abonnement annuel LeadsOptima (compte direction@cabinet-roux.fr),
on ne s'en sert plus depuis la fusion.
PR
""", T(2025, 9, 23, 9, 10, FR))
case("fr-l13-tr-outlook-c2", LOB, "need_info", [f],
     "Section 8 forward + C2: TR: carries a cancellation for direction@cabinet-roux.fr, sent by secretariat@: "
     "ask for it from the registered address. 'Maître Roux' is a lawyer's title, no threat: no C4.",
     rules=["C2"])

f = mail("l14-apple-reexpedie-doublon.eml", "Léa Petit <lea.petit@icloud.com>", LO_BILLING,
         "Fwd: Paiement en double",
         """Je me permets de vous renvoyer mon message, envoyé par erreur à l'adresse de la newsletter.

Léa

Début du message réexpédié :

De: Léa Petit <lea.petit@icloud.com>
Objet: Paiement en double
Date: 25 septembre 2025 à 21:02:11 UTC+2
À: news@leadsoptima-mail.com

Bonsoir,
J'ai été débitée deux fois pour le mensuel hier, à 3 minutes d'écart. Le 2e paiement = LO-INV-5621.
Merci de me le rembourser.
Léa Petit
""", T(2025, 9, 26, 8, 20, FR))
case("fr-l14-apple-reexpedie-doublon", LOB, "decided", [f],
     "Forward (Apple Mail French wording) from the registered address of her own request: duplicate pair "
     "2025-09-24, request 2025-09-26 (day 2): approve 1499.00.",
     [ref("1499.00")])

f = mail("l15-opposition-avocat.eml", "Olivier Girard <olivier.girard@wanadoo.fr>", LO_SUPPORT,
         "Résiliation immédiate + remboursement",
         """Bonjour,

Je résilie mon abonnement avec effet immédiat et j'exige le remboursement du mois de septembre
(LO-INV-5630) : vos leads sont bidons, la moitié des numéros n'existent pas.
Sans réponse sous 48 h, je fais opposition auprès de ma banque et je transmets le dossier à mon avocat.

O. Girard
""", T(2025, 9, 15, 20, 0, FR))
case("fr-l15-opposition-avocat", LOB, "decided", [f],
     "C4 covers the whole case (bank opposition + lawyer): refund and cancellation both escalate.",
     [esc(), esc("cancellation")], rules=["C4"])

f = mail("l16-quebec-contester-opc.eml", "Isabelle Roy <isabelle.roy@hotmail.ca>", LO_SUPPORT,
         "Remboursement abonnement annuel",
         """Bonjour,

J'ai pris l'abonnement annuel le 19 septembre pensant que c'était le mensuel, c'est beaucoup trop cher pour
ma petite entreprise. Je demande un remboursement complet (LO-INV-5640). Sinon je vais contester la
transaction auprès de Desjardins et porter plainte à l'Office de la protection du consommateur.

Isabelle Roy
""", T(2025, 9, 21, 10, 0, QC))
case("fr-l16-quebec-contester-opc", LOB, "decided", [f],
     "C4: card dispute (contester la transaction) and consumer-protection office: escalate.",
     [esc()], rules=["C4"])

f = mail("l17-reponse-automatique.eml", "Manon Leroy <manon.leroy@gmail.com>", LO_SUPPORT,
         "Réponse automatique : Re: remboursement [LO-4410]",
         """Bonjour,
Je suis absente du bureau jusqu'au 23 septembre inclus. Pour toute demande urgente (résiliation,
remboursement), merci de contacter ma collègue.
Cordialement, Manon
""", T(2025, 9, 17, 6, 31, FR), headers={"Auto-Submitted": "auto-replied",
                                         "In-Reply-To": "<l26b-demande-motif.fresh19@leadsoptima.com>",
                                         "References": "<l26a-rembourser-sans-motif.fresh19@gmail.com> "
                                                       "<l26b-demande-motif.fresh19@leadsoptima.com>"})
case("fr-l17-reponse-automatique", LOB, "ignore", [f], "C7: Auto-Submitted: auto-replied.", rules=["C7"])

f = mail("l18-non-remis-postmaster.eml", "postmaster@orange.fr", LO_SUPPORT,
         "Non remis : Remboursement LO-INV-5690",
         """Votre message n'a pas pu être remis à certains destinataires.
Destinataire : antoine.chevallier@orange.fr
Motif : adresse inconnue (550 5.1.1)
""", T(2025, 9, 29, 10, 0, FR))
case("fr-l18-non-remis-postmaster", LOB, "ignore", [f], "C7: postmaster sender (bounce).", rules=["C7"])

f = mail("l19-promo-bulk.eml", "Outils Pro Magazine <promo@outilspro-mag.fr>", "info@leadsoptima.com",
         "-50 % : résiliez vos vieux abonnements CRM !",
         """Offre spéciale rentrée : remboursement garanti 30 jours sur nos formations.
Se désinscrire : https://outilspro-mag.fr/desinscription
""", T(2025, 9, 22, 6, 0, FR), headers={"Precedence": "bulk"})
case("fr-l19-promo-bulk", LOB, "ignore", [f], "C7: Precedence: bulk.", rules=["C7"])

f = mail("l20-adresse-interne.eml", "LeadsOptima Info <info@leadsoptima.com>", "support@leadsoptima.com",
         "TR: Remboursement client Mehdi Saïdi",
         "Pour traitement svp – client qui demande un remboursement (voir ticket).\n", T(2025, 9, 21, 12, 0, 5.5))
case("fr-l20-adresse-interne", LOB, "ignore", [f], "C7: from the brand's own address.", rules=["C7"])

f = mail("l21-algerie-question-avant-achat.eml", "Samir Belkacem <samir.belkacem@djaweb.dz>", "info@leadsoptima.com",
         "question avant abonnement",
         """Bonsoir,

Je compte prendre l'abonnement annuel pour ma société à Oran. Si jamais ça ne me convient pas après un
mois, est-ce que je serai remboursé ? Et est-ce qu'il y a un essai gratuit ?

Merci d'avance
Samir
""", T(2025, 9, 24, 21, 0, MA))
case("fr-l21-algerie-question-avant-achat", LOB, "other", [f],
     "Section 8 hypothetical before buying: policy question: other.")

f = mail("l22-merci-rembourse.eml", "Julie Tremblay <julie.tremblay@videotron.ca>", LO_SUPPORT,
         "Re: Chargée deux fois sur ma carte de crédit [LO-4401]",
         """Allô! Juste pour vous dire que j'ai bien reçu le remboursement, c'est parfait. Merci à l'équipe!
Julie
""", T(2025, 9, 30, 9, 0, QC), headers={"In-Reply-To": "<lo-4401.r2@leadsoptima.com>",
                                        "References": "<lo-4401.r1@leadsoptima.com> <lo-4401.r2@leadsoptima.com>"})
case("fr-l22-merci-rembourse", LOB, "other", [f], "Thank-you after a refund: nothing asked: other.")

f = mail("l23-facture-tva-pas-remboursement.eml", "Vincent Mercier <vincent.mercier@cabinet-mercier.fr>",
         "billing@leadsoptima.com", "Facture avec n° de TVA intracommunautaire",
         """Bonjour,

Je ne demande pas de remboursement, rassurez-vous. Pourriez-vous simplement rééditer la facture
LO-INV-5660 en y faisant figurer notre numéro de TVA intracommunautaire FR12345678901 ?

Merci, bonne journée.
V. Mercier
""", T(2025, 9, 30, 11, 0, FR))
case("fr-l23-facture-tva-pas-remboursement", LOB, "other", [f],
     "Negation ('je ne demande pas de remboursement') + invoice question: other.")

f = mail("l24-pas-rembourse-juste-arreter.eml", "Inès Fontaine <ines.fontaine@outlook.fr>", LO_SUPPORT,
         "Arrêt de l'abonnement",
         """Bonjour,
Je ne veux pas être remboursée, je veux juste arrêter l'abonnement mensuel à la fin du mois payé.
Merci !
Inès
""", T(2025, 9, 27, 15, 0, FR))
case("fr-l24-pas-rembourse-juste-arreter", LOB, "decided", [f],
     "Negation: no refund intent; L8 cancel effective 2025-10-20 (current_period_end).",
     [cancel("2025-10-20")])

f = mail("l25-signature-disclaimer.eml", "Vincent Mercier <vincent.mercier@cabinet-mercier.fr>", LO_SUPPORT,
         "Demande de remboursement – LO-INV-5660",
         "Madame, Monsieur,\n\nMerci de bien vouloir procéder au remboursement de la facture LO-INV-5660 "
         "du 22/09/2025 (3 999,00 INR HT).\n\nJe vous en remercie par avance.\n" + DISCLAIMER,
         T(2025, 9, 24, 9, 30, FR))
case("fr-l25-signature-disclaimer", LOB, "need_info", [f],
     "Section 8: restated request, courtesy line, signature and confidentiality disclaimer are no reason: ask for the reason.",
     missing=["reason"])

a = mail("l26a-rembourser-sans-motif.eml", "Manon Leroy <manon.leroy@gmail.com>", LO_SUPPORT,
         "remboursement",
         "Bonjour, je souhaite être remboursée de la facture LO-INV-5650. Cordialement, Manon Leroy\n",
         T(2025, 9, 16, 12, 0, FR))
b = mail("l26b-demande-motif.eml", LO_SUPPORT, "Manon Leroy <manon.leroy@gmail.com>",
         "Re: remboursement [LO-4410]",
         """Bonjour Manon,

Merci pour votre message au sujet de LO-INV-5650. Pourriez-vous nous indiquer le motif de votre demande
de remboursement ?

L'équipe LeadsOptima
""", T(2025, 9, 17, 10, 0, 5.5), reply=a, domain="leadsoptima.com")
c = mail("l26c-reponse-acces.eml", "Manon Leroy <manon.leroy@gmail.com>", LO_SUPPORT,
         "Re: remboursement [LO-4410]",
         """Bonjour,
Désolée pour le retard (j'étais en congé). Le motif : je n'arrive plus à me connecter depuis le 15, mon
compte affiche "accès refusé" alors que j'ai bien payé.
Manon

Le mer. 17 sept. 2025 à 06:30, LeadsOptima Support <support@leadsoptima.com> a écrit :
> Pourriez-vous nous indiquer le motif de votre demande de remboursement ?
""", T(2025, 9, 24, 8, 0, FR), reply=b)
case("fr-l26-thread-motif-acces", LOB, "decided", [a, b, c],
     "C3 thread: request time = first mail 2025-09-16 (day 2 after 2025-09-14); the answer (day 10) gives "
     "access failure: L6 escalate.",
     [esc()])

a = mail("l27a-rembourser.eml", "Antoine Chevalier <antoine.chevalier@orange.fr>", LO_SUPPORT,
         "Remboursement abonnement",
         "Bonjour,\nje veux être remboursé, facture LO-INV-5690.\nAntoine Chevalier\n", T(2025, 9, 28, 18, 0, FR))
b = mail("l27b-toujours-sans-motif.eml", "Antoine Chevalier <antoine.chevalier@orange.fr>", LO_SUPPORT,
         "RE: Remboursement abonnement [LO-4420]",
         """Comme je vous l'ai déjà dit je souhaite être remboursé de ma facture. Merci de faire le nécessaire.
Cordialement

________________________________
De : LeadsOptima Support <support@leadsoptima.com>
Envoyé : lundi 29 septembre 2025 08:00
À : Antoine Chevalier
Objet : Re: Remboursement abonnement [LO-4420]

Pourriez-vous nous indiquer le motif de votre demande ?
""", T(2025, 9, 29, 9, 0, FR), reply=a, via="<lo-4420.r1@leadsoptima.com>")
case("fr-l27-thread-toujours-sans-motif", LOB, "need_info", [a, b],
     "C3 thread: the answer restates the request ('faire le nécessaire'), still no reason: ask again.",
     missing=["reason"])

f = mail("l28-hypothese-client.eml", "Gabriel Côté <gabriel.cote@videotron.ca>", LO_SUPPORT,
         "Question",
         """Bonjour, question de même : si je passais au plan annuel pis que finalement ça fait pas mon affaire,
est-ce que je pourrais me faire rembourser? Je veux juste savoir avant de changer.
Gab
""", T(2025, 9, 29, 19, 0, QC))
case("fr-l28-hypothese-client", LOB, "other", [f], "Section 8 hypothetical (Québec 'si je passais'): other.")

f = mail("l29-html-echec-paiement.eml", "Hélène Morel <helene.morel@sfr.fr>", LO_SUPPORT,
         "Double débit le 15/09",
         """<html><head><meta charset="utf-8"></head><body style="font-family:Arial">
<p>Bonjour,</p><p>Je constate <u>deux débits</u> le 15/09 pour mon abonnement mensuel. Merci de me
rembourser le second, facture <b>LO-INV-5731</b>.</p>
<p>Cordialement,<br>Hélène Morel</p><hr><p style="font-size:9px">Envoyé depuis SFR Mail</p></body></html>""",
         T(2025, 9, 17, 13, 0, FR), html=True)
case("fr-l29-html-echec-paiement", LOB, "decided", [f],
     "Section 8 payments not paid: LO-INV-5731 is 'failed' in the ledger (no real duplicate): escalate. HTML-only.",
     [esc()])

f = mail("l30-tunisie-montant-en-lettres.eml", "Mehdi Saïdi <mehdi.saidi@topnet.tn>", LO_SUPPORT,
         "Paiement effectué 2 fois",
         """Bonjour,

J'ai payé deux fois le montant de mille quatre cent quatre-vingt-dix-neuf roupies (hors taxes) le 18
septembre pour le même mois. Les références sont LO/INV/5680 et LO/INV/5681. Merci de rembourser le
deuxième paiement.

Mehdi, Sfax
""", T(2025, 9, 20, 16, 0, MA))
case("fr-l30-tunisie-montant-en-lettres", LOB, "decided", [f],
     "L4: amount in words, invoices typed with slashes (section 8): duplicate LO-INV-5681, day 2: approve 1499.00.",
     [ref("1499.00")])

f = mail("l31-sans-accents-resilier.eml", "nathalie.lambert@orange.fr", LO_SUPPORT,
         "resiliation",
         "bonjour je voudrais resilier mon abonnement annuel svp on ferme la boutique merci nathalie\n",
         T(2025, 9, 23, 22, 10, FR))
case("fr-l31-sans-accents-resilier", LOB, "decided", [f],
     "L8: no accents, no punctuation; cancel effective current_period_end 2026-01-09.",
     [cancel("2026-01-09")])

f = mail("l32-liban-franglais-doublon.eml", "Rita Khoury <rita.khoury@gmail.com>", LO_SUPPORT,
         "Charged twice!! / débitée 2 fois",
         """Hi,
Bonjour, ya3ne I was charged twice hier pour le plan trimestriel, 2 fois 3 999 + tax. The second one is
LO-INV-5701, merci de me le rembourser asap.
Thanks / merci
Rita
""", T(2025, 9, 27, 12, 0, LB))
case("fr-l32-liban-franglais-doublon", LOB, "decided", [f],
     "L4: duplicate quarterly pair 2025-09-26, email 2025-09-27 (day 1): approve 3999.00. Code-switching.",
     [ref("3999.00")])

f = mail("l33-quebec-annulez-pas-rembourse.eml", "Gabriel Côté <gabriel.cote@videotron.ca>", LO_SUPPORT,
         "Annulation",
         """Salut, annulez mon abonnement svp, j'ai pas besoin d'un remboursement, je vais finir le mois pis c'est
tout. Ça fait pas mon affaire finalement.
Gab
""", T(2025, 9, 30, 20, 30, QC))
case("fr-l33-quebec-annulez-pas-rembourse", LOB, "decided", [f],
     "Negation (pas besoin d'un remboursement) + cancellation: L8 cancel effective 2025-10-15.",
     [cancel("2025-10-15")])

# ================================================================ Optima WebDesign cases
f = mail("o01-belgique-acompte-50h.eml", "Chocolaterie Vandenberghe <info@chocolaterie-vdb.be>", OWD_MAIN,
         "Demande de remboursement — Chocolaterie Vandenberghe / OWD-2025-201",
         """Bonjour,

Suite à la reprise de notre magasin de Bruges par un groupe, le nouveau site sera fait par leur agence.
Nous vous demandons donc le remboursement de l'acompte (facture OWD-2025-201, projet Chocolaterie
Vandenberghe). Aucun travail n'a démarré de votre côté, si je ne m'abuse.

Avec nos salutations chocolatées,
Marie Vandenberghe
""", T(2025, 9, 17, 8, 0, FR))
case("fr-o01-belgique-acompte-50h", OWB, "decided", [f],
     "O2: deposit paid 2025-09-15 09:00 IST, email 2025-09-17 08:00 +02:00 = 11:30 IST (50.5 h), no work: "
     "approve 20000.00 (before tax).",
     [ref("20000.00")])

f = mail("o02-quebec-acompte-71h59.eml", "Érablière Côté <boutique@erabliere-cote.ca>", OWD_MAIN,
         "Remboursement du dépôt – Érablière Côté Boutique",
         """Bonsoir,

On a décidé de repousser la boutique en ligne à l'an prochain, la saison des sucres a été mauvaise pis
le budget est plus là. SVP remboursez le dépôt (facture OWD-2025-202). Vous avez rien commencé encore.

Merci, bonne soirée
Denis Côté
""", T(2025, 9, 24, 23, 29, QC))
case("fr-o02-quebec-acompte-71h59", OWB, "decided", [f],
     "O2: paid 2025-09-22 09:00 IST; email 2025-09-24 23:29 -04:00 = 2025-09-25 08:59 IST = 71 h 59 min, no work: "
     "approve 16000.00.",
     [ref("16000.00")])

f = mail("o03-maroc-acompte-73h.eml", "Riad Yasmine <contact@riad-yasmine.ma>", OWD_BILLING,
         "Annulation projet et remboursement acompte",
         """Bonjour,

Nous annulons le projet Riad Yasmine Réservations : finalement nous restons sur Booking, c'est plus simple
pour nous. Merci de rembourser l'acompte OWD-2025-203.

Cordialement,
Nadia El Idrissi – Marrakech
""", T(2025, 9, 22, 6, 30, MA))
case("fr-o03-maroc-acompte-73h", OWB, "decided", [f],
     "O2: paid 2025-09-19 10:00 IST; email 2025-09-22 06:30 +01:00 = 11:00 IST = 73 h: deny.",
     [deny()], extra_ok=True)

f = mail("o04-discovery-rien-commence.eml", "Librairie Papyrus <papyrus@librairie-papyrus.fr>", OWD_MAIN,
         "Atelier stratégie – remboursement",
         """Bonjour,

Nous avons réglé l'atelier stratégie (Librairie Papyrus Stratégie, facture OWD-2025-204) mais la date n'a
jamais été fixée et entre-temps la librairie a été rachetée. Pourriez-vous nous rembourser ?

Bien à vous,
Claire Dumas, gérante
""", T(2025, 9, 20, 10, 0, FR))
case("fr-o04-discovery-rien-commence", OWB, "decided", [f],
     "O1: discovery, work_started_at empty: full refund 9000.00.", [ref("9000.00")])

f = mail("o05-discovery-atelier-fait.eml", "Clinique Saint-Roch <accueil@veto-saintroch.fr>", OWD_MAIN,
         "Remboursement OWD-2025-205",
         """Bonjour,

L'atelier de mercredi (Clinique Vétérinaire Saint-Roch) ne nous a rien apporté de concret, franchement
on s'attendait à mieux. Nous demandons le remboursement de la facture OWD-2025-205.

Dr Lucas Perrin
""", T(2025, 9, 19, 17, 0, FR))
case("fr-o05-discovery-atelier-fait", OWB, "decided", [f],
     "O1: session held 2025-09-17 (work_started_at) before the request: deny.", [deny()])

for fn, cid, inv, label, what, outcome, spec in [
        ("o06-jalon-non-commence.eml", "fr-o06-jalon-non-commence", "OWD-2025-206", "jalon 4 (espace propriétaires)",
         "Vous n'avez pas encore commencé l'espace propriétaires et nous l'abandonnons.", ref("27500.50"),
         "O3: milestone not_started: refund 27500.50 (amount before tax, paise kept)."),
        ("o07-jalon-livre.eml", "fr-o07-jalon-livre", "OWD-2025-207", "jalon 2 (maquettes)",
         "Les maquettes livrées en juillet ne plaisent finalement pas à notre nouveau directeur.", deny(),
         "O3/O6: milestone completed: deny."),
        ("o08-jalon-en-cours.eml", "fr-o08-jalon-en-cours", "OWD-2025-208", "jalon 3 (moteur de recherche)",
         "Le moteur de recherche est à moitié fait ; nous arrêtons là, le reste ne nous servira pas.", esc(),
         "O3: milestone in_progress: escalate.")]:
    f = mail(fn, "Immo Azur Direction <direction@immo-azur.fr>", OWD_MAIN,
             f"Agence Immo Azur Portail – {label}",
             f"""Bonjour,

Concernant le projet Agence Immo Azur Portail : {what}
Merci de nous rembourser le {label}, facture {inv}.

Cordialement,
Stéphane Blanc – Nice
""", T(2025, 9, 23, 14, 0, FR))
    case(cid, OWB, "decided", [f], spec, [outcome])

f = mail("o09-forfait-preavis-ok.eml", "Garage Lemaire <garage.lemaire@orange.fr>", OWD_MAIN,
         "résiliation contrat entretien site",
         """bonjour

je resilie le contrat d entretien du site (Garage Lemaire Entretien facture OWD-2025-209) car je pars a la
retraite et le garage ferme fin octobre

cordialement
R. Lemaire
""", T(2025, 9, 24, 11, 0, FR))
case("fr-o09-forfait-preavis-ok", OWB, "decided", [f],
     "O4/O8: next_billing_at 2025-10-05; request 2025-09-24 <= 2025-09-28: cancel effective 2025-10-04. No accents.",
     [cancel("2025-10-04")])

f = mail("o10-suisse-preavis-court.eml", "Fromagerie Gruyère Plus <marketing@gruyereplus.ch>", OWD_BILLING,
         "Résiliation du mandat SEO",
         """Bonjour,

Nous résilions le mandat « Fromagerie Gruyère Plus SEO » (OWD-2025-210) : la direction a décidé de
reprendre le référencement à l'interne dès le mois prochain.

Meilleures salutations
Sandrine Pittet, Bulle
""", T(2025, 9, 30, 9, 0, FR))
case("fr-o10-suisse-preavis-court", OWB, "decided", [f],
     "O4: next_billing_at 2025-10-04; request 2025-09-30 > 2025-09-27 (under 7 days' notice): next cycle "
     "2025-10-04..2025-11-03 billed: cancel effective 2025-11-03.",
     [cancel("2025-11-03")])

f = mail("o11-liban-preavis-pile-7j.eml", "Traiteur Beyrouth Gourmet <contact@beyrouth-gourmet.com>", OWD_MAIN,
         "Fin du contrat mensuel",
         """Bonsoir,

On arrête le contrat mensuel « Traiteur Beyrouth Gourmet » (facture OWD-2025-211) : on ferme le service
traiteur pour se concentrer sur le restaurant. Merci de confirmer.

Nour Haddad
""", T(2025, 9, 30, 21, 0, LB))
case("fr-o11-liban-preavis-pile-7j", OWB, "decided", [f],
     "O4 boundary: next_billing_at 2025-10-07, so the request must be on/before 2025-09-30 IST; sent 21:00 +03:00 = "
     "23:30 IST on 2025-09-30: exactly 7 days' notice: cancel effective 2025-10-06.",
     [cancel("2025-10-06")])

f = mail("o12-forfait-paye-d-avance.eml", "Cabinet Sourire <cabinet@sourire-dentaire.fr>", OWD_MAIN,
         "Résiliation – Cabinet Dentaire Sourire Contenu",
         """Bonjour,

Le cabinet est vendu au 31 octobre ; nous résilions donc le contrat de contenus (Cabinet Dentaire Sourire
Contenu). Nous avions payé deux mois d'avance en septembre (OWD-2025-212 et OWD-2025-213).

Bien cordialement,
Dr Émilie Garnier
""", T(2025, 9, 26, 10, 0, FR))
case("fr-o12-forfait-paye-d-avance", OWB, "decided", [f],
     "Section 8: next cycle 2025-10-20..11-19 already paid (OWD-2025-213), notice >= 7 days "
     "(2025-09-26 <= 2025-10-13): escalate.",
     [esc("cancellation")], extra_ok=True)

f = mail("o13-suisse-hebergement-prorata.eml", "Auberge du Lac <reception@auberge-dulac.ch>", OWD_MAIN,
         "Hébergement annuel – résiliation et remboursement",
         """Bonjour,

Nous résilions l'hébergement annuel « Auberge du Lac Hébergement » (OWD-2025-214) et demandons le
remboursement au prorata : notre nouvelle centrale de réservation inclut l'hébergement du site.

Avec nos meilleures salutations
Famille Rochat, Montreux
""", T(2025, 9, 25, 10, 0, FR))
case("fr-o13-suisse-hebergement-prorata", OWB, "decided", [f],
     "O5: service_start 2025-09-18, request 2025-09-25 (day 7): (15000-1500)/12 = 1125.00; "
     "15000 - 1500 - 1125 = 12375.00.",
     [ref("12375.00")], extra_ok=True)

f = mail("o14-senegal-maintenance-arrondi.eml", "Atelier Couture Dakar <atelier@couture-dakar.sn>", OWD_MAIN,
         "Remboursement maintenance annuelle",
         """Bonjour Monsieur,

Nous sollicitons l'annulation du contrat de maintenance annuelle « Atelier Couture Dakar Maintenance »
(facture OWD-2025-215) et le remboursement de la partie non consommée. Notre neveu, informaticien, s'en
occupera désormais.

Respectueusement,
Mame Diarra Ndiaye
""", T(2025, 9, 30, 9, 0, SN))
case("fr-o14-senegal-maintenance-arrondi", OWB, "decided", [f],
     "O5 + C6: (9999-499)/12 = 791.6666..; 9999 - 499 - 791.6666.. = 8708.3333.. -> 8708.33 (rounded once).",
     [ref("8708.33")], extra_ok=True)

f = mail("o15-hebergement-j16.eml", "Pharmacie du Centre <pharmacie.centre@wanadoo.fr>", OWD_MAIN,
         "Hébergement – remboursement",
         """Bonjour,
Nous souhaitons arrêter l'hébergement « Pharmacie du Centre Hébergement » (OWD-2025-216) et être remboursés,
le groupement de pharmacies nous impose son propre hébergeur.
Cordialement
""", T(2025, 9, 10, 10, 0, FR))
case("fr-o15-hebergement-j16", OWB, "decided", [f],
     "O5: service_start 2025-08-25, request 2025-09-10 = day 16 > 14: refund deny.",
     [deny()], extra_ok=True)

f = mail("o16-domaine-et-mise-en-service.eml", "Au Bon Pain <aubonpain@gmail.com>", OWD_MAIN,
         "rembourser domaine + frais de mise en service",
         """Bonjour,

On a finalement gardé notre ancien nom de domaine. Merci de nous rembourser le nom de domaine
(OWD-2025-217) et les frais de mise en service (OWD-2025-218) du projet Boulangerie Au Bon Pain Site.

Bonne journée,
Kevin
""", T(2025, 9, 22, 8, 0, FR))
case("fr-o16-domaine-et-mise-en-service", OWB, "decided", [f],
     "O6: third_party (domain) and setup fee are never refundable: refund deny.", [deny()])

f = mail("o17-demande-modification.eml", "Au Bon Pain <aubonpain@gmail.com>", OWD_BILLING,
         "Facture OWD-2025-219",
         """Re-bonjour,

La page « commandes de Noël » (modification hors devis, facture OWD-2025-219, Boulangerie Au Bon Pain Site)
on ne va pas s'en servir cette année, le four est en panne. Vous pouvez rembourser ?

Kevin
""", T(2025, 9, 26, 8, 0, FR))
case("fr-o17-demande-modification", OWB, "decided", [f], "O6: change_request: deny.", [deny()])

f = mail("o18-c2-hotmail.eml", "Bernard Lafite <b.lafite@hotmail.fr>", OWD_MAIN,
         "Acompte Cave Saint-Émilion",
         """Bonjour,
Je vous écris depuis mon adresse perso (l'adresse du contrat est cave@saint-emilion-vins.fr).
Nous annulons le projet Cave Saint-Émilion Vitrine, les vendanges ont été catastrophiques, merci de
rembourser l'acompte OWD-2025-220.
B. Lafite
""", T(2025, 9, 28, 19, 0, FR))
case("fr-o18-c2-hotmail", OWB, "need_info", [f],
     "C2: not from the contract email: ask to write from it; nothing about the project.", rules=["C2"])

f = mail("o19-resiliation-sans-motif.eml", "Coiffure Élégance <elegance.coiffure@orange.fr>", OWD_MAIN,
         "Résiliation contrat Coiffure Élégance Site",
         """Madame, Monsieur,

Par la présente, je vous informe de la résiliation du contrat mensuel « Coiffure Élégance Site »
(facture OWD-2025-221). Je vous remercie de bien vouloir m'en accuser réception.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Sylvie Renard
""", T(2025, 9, 22, 10, 0, FR))
case("fr-o19-resiliation-sans-motif", OWB, "need_info", [f],
     "Section 8: Optima requires a reason for cancellations; formal letter phrases are no reason: ask for it.",
     missing=["reason"])

f = mail("o20-belgique-remboursement-sans-motif.eml", "Studio Pilates Namur <hello@pilates-namur.be>", OWD_MAIN,
         "Remboursement acompte OWD-2025-222",
         """Bonjour,

Merci de procéder au remboursement de l'acompte OWD-2025-222 (Studio Pilates Namur), soit quatorze mille
roupies.

Merci d'avance et belle journée,
Aurélie
Studio Pilates Namur · Rue de Fer 12 · 5000 Namur
""", T(2025, 9, 29, 9, 0, FR))
case("fr-o20-belgique-remboursement-sans-motif", OWB, "need_info", [f],
     "Section 8: no reason (restated request, courtesy, signature): ask for it.", missing=["reason"])

f = mail("o21-mise-en-demeure.eml", "Hôtel Belle Époque <direction@belle-epoque-hotel.fr>", OWD_MAIN,
         "Mise en demeure – Hôtel Belle Époque Refonte",
         """Madame, Monsieur,

Le jalon réglé le 10 septembre (OWD-2025-223) n'a toujours pas été entamé. Nous renonçons à cette partie
et vous mettons en demeure de nous rembourser sous huit jours, faute de quoi notre avocat engagera une
procédure.

La Direction
""", T(2025, 9, 25, 10, 0, FR))
case("fr-o21-mise-en-demeure", OWB, "decided", [f],
     "C4: legal threat (avocat, procédure) escalates although O3 (not_started) would approve.",
     [esc()], rules=["C4"])

f = mail("o22-quebec-retrofacturation.eml", "Dépanneur Chez Ti-Jean <tijean@depanneur-tijean.ca>", OWD_MAIN,
         "Annulation entretien + remboursement",
         """Bonjour,

J'annule l'entretien du site (Dépanneur Chez Ti-Jean Entretien, OWD-2025-224), le site a planté deux fois
ce mois-ci. Je veux être remboursé du mois de septembre, sinon je fais une rétrofacturation sur ma carte.

Jean Tremblay
""", T(2025, 9, 26, 8, 0, QC))
case("fr-o22-quebec-retrofacturation", OWB, "decided", [f],
     "C4 covers the whole case (rétrofacturation = chargeback): refund and cancellation both escalate.",
     [esc(), esc("cancellation")], rules=["C4"])

f = mail("o23-paiement-echoue.eml", "Épicerie Fine Lyon <compta@epicerie-fine-lyon.fr>", OWD_MAIN,
         "Remboursement acompte Épicerie Fine Lyon Boutique",
         """Bonjour,

Nous renonçons au projet Épicerie Fine Lyon Boutique (budget réaffecté aux travaux du magasin). Merci de
rembourser l'acompte OWD-2025-225.

Service comptabilité
""", T(2025, 9, 26, 9, 0, FR))
case("fr-o23-paiement-echoue", OWB, "decided", [f],
     "Section 8 payments not paid: the deposit is 'failed' in the ledger: escalate.", [esc()])

a = mail("o24a-acompte-sans-motif.eml", "Menuiserie Bouchard <info@menuiserie-bouchard.fr>", OWD_MAIN,
         "Remboursement",
         "Bonjour, merci de rembourser l'acompte OWD-2025-226 pour Menuiserie Bouchard Vitrine. Cdt, Paul Bouchard\n",
         T(2025, 9, 24, 10, 0, FR))
b = mail("o24b-demande-motif.eml", OWD_MAIN, "Menuiserie Bouchard <info@menuiserie-bouchard.fr>",
         "Re: Remboursement [OWD-3105]",
         "Bonjour M. Bouchard, pourriez-vous nous indiquer le motif de votre demande ?\nOptima WebDesign\n",
         T(2025, 9, 26, 10, 0, 5.5), reply=a, domain="gmail.com")
c = mail("o24c-reponse-motif.eml", "Menuiserie Bouchard <info@menuiserie-bouchard.fr>", OWD_MAIN,
         "Re: Remboursement [OWD-3105]",
         """Bonjour,
Mon associé s'est retiré de l'affaire, on n'a plus les moyens de faire le site pour l'instant.
Paul

> pourriez-vous nous indiquer le motif de votre demande ?
""", T(2025, 9, 29, 18, 0, FR), reply=b)
case("fr-o24-thread-motif-acompte", OWB, "decided", [a, b, c],
     "C3 thread + request time: deposit paid 2025-09-23 11:00 IST; first mail 2025-09-24 10:00 +02:00 = 13:30 IST "
     "(26.5 h, no work); the reason comes 2025-09-29 (after 72 h) but the request time is the first mail: "
     "approve 17500.00.",
     [ref("17500.00")])

f = mail("o25-gmail-transfere-c2.eml", "Samir Khalil <associe@lecedre-resto.fr>", OWD_MAIN,
         "Fwd: Acompte site Le Cèdre",
         """Bonjour, je vous transfère le message de notre gérant, merci de traiter rapidement.

---------- Message transféré ---------
De : Georges Nassar <gerant@lecedre-resto.fr>
Date: sam. 27 sept. 2025 à 22:14
Subject: Acompte site Le Cèdre
To: Samir Khalil <associe@lecedre-resto.fr>

Samir, demande à Optima de rembourser l'acompte du Restaurant Le Cèdre Site (OWD-2025-219? non,
OWD-2025-227), on repousse le site après les travaux de la salle. Le contrat est à mon adresse
gerant@lecedre-resto.fr.
G.
""", T(2025, 9, 28, 9, 0, FR))
case("fr-o25-gmail-transfere-c2", OWB, "need_info", [f],
     "Section 8 forward + C2: the forwarded request names the contract email gerant@lecedre-resto.fr; the sender "
     "is associe@: ask for it from the contract address.",
     rules=["C2"])

f = mail("o26-facture-copie.eml", "Garage Lemaire <garage.lemaire@orange.fr>", OWD_BILLING,
         "copie facture",
         """bonjour pouvez vous me renvoyer la facture OWD-2025-209 pour mon comptable svp, je ne demande rien
d autre merci
""", T(2025, 9, 29, 10, 0, FR))
case("fr-o26-facture-copie", OWB, "other", [f], "Invoice copy request, asks for no refund or cancellation: other.")

f = mail("o27-ticket-auto.eml", "Helpdesk Immo Azur <noreply@helpdesk.immo-azur.fr>", OWD_MAIN,
         "[Ticket #88213] Votre demande a bien été reçue",
         """Ceci est un message automatique. Votre demande « Remboursement jalon » a été enregistrée sous le
numéro #88213. Merci de ne pas répondre.
""", T(2025, 9, 23, 14, 1, FR), headers={"Auto-Submitted": "auto-generated"})
case("fr-o27-ticket-auto", OWB, "ignore", [f], "C7: Auto-Submitted: auto-generated.", rules=["C7"])

f = mail("o28-bruxelles-merci-questions.eml", "Chocolaterie Vandenberghe <info@chocolaterie-vdb.be>", OWD_MAIN,
         "Re: Demande de remboursement — Chocolaterie Vandenberghe [OWD-3101]",
         """Bonjour,
Bien reçu la confirmation, merci beaucoup pour votre réactivité et bonne continuation à toute l'équipe.
Marie
""", T(2025, 9, 30, 15, 0, FR), headers={"In-Reply-To": "<CAowd3101r2@mail.gmail.com>",
                                        "References": "<CAowd3101r1@mail.gmail.com> <CAowd3101r2@mail.gmail.com>"})
case("fr-o28-bruxelles-merci", OWB, "other", [f], "Thank-you after a refund decision: other.")

EXTRA_OK = {"fr-o23-paiement-echoue",
            "fr-o04-discovery-rien-commence", "fr-o01-belgique-acompte-50h", "fr-o02-quebec-acompte-71h59",
            "fr-o24-thread-motif-acompte"}
for _c in CASES:
    if _c["id"] in EXTRA_OK:
        _c["extra_ok"] = True  # the mail also calls the project (part) off; a cancellation decision would be harmless

write(ledger)
