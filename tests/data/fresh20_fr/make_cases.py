"""fresh20_fr: French (France, Belgium, Switzerland, Quebec, West/Central Africa) held-out cases, written from POLICY_SPEC alone.
Run `python3 make_cases.py`: writes ledger.json, emails/*.eml and expected.json beside this file."""

LANG = "fr"
# ---- shared helpers (stdlib only, deterministic) ----
import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LO = "LeadsOptima Support <support@leadsoptima.com>"
OWD = "Optima WebDesign <optimawebdesigns12@gmail.com>"
LOB, OWB = "leadsoptima", "optima_webdesign"


def cust(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    return {"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
            "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end}


def lopay(pid, inv, email, plan, amount, tax, paid_at, ps, pe, status="paid"):
    return {"brand": LOB, "id": pid, "invoice": inv, "customer_email": email, "kind": "subscription",
            "plan": plan, "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at,
            "period_start": ps, "period_end": pe, "status": status}


def proj(name, contract, started=None):
    return {"brand": OWB, "name": name, "contract_email": contract, "work_started_at": started}


def owpay(pid, inv, project, kind, amount, tax, paid_at, **kw):
    base = {"brand": OWB, "id": pid, "invoice": inv, "project": project, "kind": kind,
            "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": "paid",
            "setup_fee": None, "service_start": None, "next_billing_at": None,
            "period_start": None, "period_end": None, "milestone_status": None}
    base.update(kw)
    return base


M = ("1499.00", "269.82")
Q = ("3999.00", "719.82")
A = ("11988.00", "2157.84")

CASES, FILES = [], {}


def when(stamp, offset):
    sign = 1 if offset[0] == "+" else -1
    hh, mm = offset[1:].split(":")
    tz = timezone(sign * timedelta(hours=int(hh), minutes=int(mm)))
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(tzinfo=tz)


def mail(name, frm, to, subject, body, stamp, offset, html=None, headers=None, reply=None, mid=None):
    """One .eml; returns its Message-ID. reply=(parent_id, [references])."""
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when(stamp, offset))
    dom = frm.split("@")[-1].strip(">").strip() or "localhost"
    msg_id = mid or f"<{LANG}-{name}@{dom}>"
    msg["Message-ID"] = msg_id
    if reply:
        msg["In-Reply-To"] = reply[0]
        msg["References"] = " ".join(reply[1])
    for k, v in (headers or {}).items():
        msg[k] = v
    if html is not None and body is None:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(body)
        if html is not None:
            msg.add_alternative(html, subtype="html")
    FILES[f"emails/{name}.eml"] = msg.as_bytes(policy=SMTP)
    return msg_id


def bounce(name, to, subject, human, stamp, offset, orig_to):
    """A delivery-status report (RFC 3464), parsed into an EmailMessage from fixed text."""
    from email import message_from_bytes
    from email.policy import default
    b = f"=_{LANG}-{name}"
    raw = (f"From: Mail Delivery System <MAILER-DAEMON@mx.example-mail.net>\r\nTo: {to}\r\n"
           f"Subject: {subject}\r\nDate: {format_datetime(when(stamp, offset))}\r\n"
           f"Message-ID: <{LANG}-{name}@mx.example-mail.net>\r\nAuto-Submitted: auto-replied\r\n"
           f"MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"{b}\"\r\n\r\n"
           f"--{b}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
           + human.replace("\n", "\r\n") +
           f"\r\n--{b}\r\nContent-Type: message/delivery-status\r\n\r\n"
           f"Reporting-MTA: dns; mx.example-mail.net\r\n\r\nFinal-Recipient: rfc822; {orig_to}\r\n"
           f"Action: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\r\n"
           f"\r\n--{b}--\r\n")
    msg = message_from_bytes(raw.encode("utf-8"), policy=default)
    FILES[f"emails/{name}.eml"] = msg.as_bytes(policy=SMTP)


def case(cid, files, brand, status, spec, decisions=(), rules=(), missing=None, extra_ok=False,
         ambiguous=None):
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": [f"emails/{f}.eml" for f in files], "brand": brand,
         "status": status, "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    c["decisions"] = [dict(d) for d in decisions]
    if extra_ok:
        c["extra_ok"] = True
    if ambiguous:
        c["ambiguous"] = ambiguous
    c["spec"] = spec
    CASES.append(c)


def refund(outcome, amount=None):
    return {"intent": "refund", "outcome": outcome, "amount": amount}


def cancel(date, outcome="cancel"):
    d = {"intent": "cancellation", "outcome": outcome}
    if date:
        d["effective_date"] = date
    return d


def write(ledger):
    (HERE / "emails").mkdir(exist_ok=True)
    for old in (HERE / "emails").glob("*.eml"):
        old.unlink()
    for rel, data in FILES.items():
        (HERE / rel).write_bytes(data)
    (HERE / "ledger.json").write_text(json.dumps(ledger, indent=1, ensure_ascii=False) + "\n")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, indent=1, ensure_ascii=False) + "\n")
    print(f"{len(CASES)} cases, {len(FILES)} emails")
# ---- end of helpers ----

SUP = "LeadsOptima Support <support@leadsoptima.com>"
OW = "optimawebdesigns12@gmail.com"
FR = BE = CH = "+02:00"   # CEST
QC = "-04:00"             # EDT, Montréal/Québec
SN = CI = "+00:00"        # Dakar, Abidjan
CM = "+01:00"             # Douala, Kinshasa

customers = [
    cust("j.dubois@dubois-immo.be", "Julien Dubois", "annual", start="2025-09-19", end="2026-09-18"),
    cust("m.tremblay@tremblay-renos.ca", "Marc Tremblay", "monthly", start="2025-09-10", end="2025-10-09"),
    cust("a.diop@diop-services.sn", "Aminata Diop", "quarterly", start="2025-09-22", end="2025-12-21"),
    cust("c.moreau@moreau-conseil.fr", "Céline Moreau", "monthly", start="2025-09-18", end="2025-10-17"),
    cust("p.favre@favre-horlogerie.ch", "Pascal Favre", "monthly", status="cancelled", start="2025-08-25", end="2025-09-24"),
    cust("e.gagnon@gagnon-ventes.ca", "Émilie Gagnon", "quarterly", start="2025-09-24", end="2025-12-23"),
    cust("s.lefebvre@lefebvre-design.fr", "Sophie Lefebvre", "monthly", start="2025-09-21", end="2025-10-20"),
    cust("r.ngono@ngono-btp.cm", "Roger Ngono", "annual", start="2025-09-15", end="2026-09-14"),
    cust("l.peeters@peeters-compta.be", "Lieve Peeters", "monthly", status="trial", trial_ends="2025-10-03"),
    cust("f.girard@girard-transports.fr", "François Girard", "quarterly", start="2025-08-15", end="2025-11-14"),
    cust("g.roy@roy-paysagement.ca", "Guillaume Roy", "monthly"),
    cust("c.martin@martin-fleurs.fr", "Claire Martin", "monthly", start="2025-09-08", end="2025-10-07"),
    cust("b.rousseau@rousseau-menuiserie.fr", "Bernard Rousseau", "quarterly", start="2025-08-20", end="2025-11-19"),
    cust("v.garnier@garnier-auto.fr", "Vincent Garnier", "monthly", start="2025-09-26", end="2025-10-25"),
    cust("h.janssens@janssens-velos.be", "Hélène Janssens", "monthly", start="2025-09-12", end="2025-10-11"),
    cust("k.kone@kone-distribution.ci", "Kouassi Koné", "monthly", start="2025-09-11", end="2025-10-10"),
    cust("m.lambert@lambert-pharma.fr", "Mathilde Lambert", "monthly", start="2025-09-25", end="2025-10-24"),
    cust("y.bernard@bernard-elec.fr", "Yves Bernard", "monthly", start="2025-09-24", end="2025-10-23"),
    cust("d.faure@faure-fitness.fr", "David Faure", "monthly", start="2025-09-20", end="2025-10-19"),
    cust("t.mercier@mercier-archi.ch", "Thierry Mercier", "quarterly", start="2025-09-25", end="2025-12-24"),
    cust("nadine.blanc@orange.fr", "Nadine Blanc", "annual", start="2025-02-01", end="2026-01-31"),
    cust("k.sarr@sarr-logistique.sn", "Khadija Sarr", "monthly", start="2025-09-20", end="2025-10-19"),
    cust("i.bouchard@bouchard-media.ca", "Isabelle Bouchard", "monthly", start="2025-09-05", end="2025-10-04"),
    cust("p.cote@cote-marketing.ca", "Patrick Côté", "monthly", start="2025-09-20", end="2025-10-19"),
]
payments = [
    lopay("fr_p01", "LO-INV-82001", "j.dubois@dubois-immo.be", "annual", *A, "2025-09-19T10:00:00", "2025-09-19", "2026-09-18"),
    lopay("fr_p02", "LO-INV-82002", "j.dubois@dubois-immo.be", "annual", *A, "2025-09-19T10:02:00", "2025-09-19", "2026-09-18"),
    lopay("fr_p03", "LO-INV-82011", "m.tremblay@tremblay-renos.ca", "monthly", *M, "2025-09-10T09:00:00", "2025-09-10", "2025-10-09"),
    lopay("fr_p04", "LO-INV-82012", "m.tremblay@tremblay-renos.ca", "monthly", *M, "2025-09-10T09:01:00", "2025-09-10", "2025-10-09"),
    lopay("fr_p05", "LO-INV-82021", "a.diop@diop-services.sn", "quarterly", *Q, "2025-09-22T10:00:00", "2025-09-22", "2025-12-21"),
    lopay("fr_p06", "LO-INV-82022", "a.diop@diop-services.sn", "quarterly", *Q, "2025-09-22T10:03:00", "2025-09-22", "2025-12-21"),
    lopay("fr_p07", "LO-INV-82031", "c.moreau@moreau-conseil.fr", "monthly", *M, "2025-09-18T09:00:00", "2025-09-18", "2025-10-17"),
    lopay("fr_p08", "LO-INV-82032", "c.moreau@moreau-conseil.fr", "monthly", *M, "2025-09-18T09:01:00", "2025-09-18", "2025-10-17"),
    lopay("fr_p09", "LO-INV-82033", "c.moreau@moreau-conseil.fr", "monthly", *M, "2025-09-26T09:00:00", "2025-09-18", "2025-10-17"),
    lopay("fr_p10", "LO-INV-82041", "p.favre@favre-horlogerie.ch", "monthly", *M, "2025-08-25T09:00:00", "2025-08-25", "2025-09-24"),
    lopay("fr_p11", "LO-INV-82042", "p.favre@favre-horlogerie.ch", "monthly", *M, "2025-09-25T09:00:00", "2025-09-25", "2025-10-24"),
    lopay("fr_p12", "LO-INV-82051", "e.gagnon@gagnon-ventes.ca", "quarterly", *Q, "2025-09-24T11:00:00", "2025-09-24", "2025-12-23"),
    lopay("fr_p13", "LO-INV-82061", "s.lefebvre@lefebvre-design.fr", "monthly", *M, "2025-09-21T09:00:00", "2025-09-21", "2025-10-20"),
    lopay("fr_p14", "LO-INV-82071", "r.ngono@ngono-btp.cm", "annual", *A, "2025-09-15T09:00:00", "2025-09-15", "2026-09-14"),
    lopay("fr_p15", "LO-INV-82081", "f.girard@girard-transports.fr", "quarterly", *Q, "2025-08-15T09:00:00", "2025-08-15", "2025-11-14"),
    lopay("fr_p16", "LO-INV-82091", "g.roy@roy-paysagement.ca", "monthly", *M, "2025-08-14T23:45:00-04:00", None, None),
    lopay("fr_p17", "LO-INV-82092", "g.roy@roy-paysagement.ca", "monthly", *M, "2025-09-14T23:45:00-04:00", None, None),
    lopay("fr_p18", "LO-INV-82101", "c.martin@martin-fleurs.fr", "monthly", *M, "2025-09-08T09:00:00", "2025-09-08", "2025-10-07"),
    lopay("fr_p19", "LO-INV-82105", "b.rousseau@rousseau-menuiserie.fr", "quarterly", *Q, "2025-08-20T09:00:00", "2025-08-20", "2025-11-19"),
    lopay("fr_p20", "LO-INV-82111", "v.garnier@garnier-auto.fr", "monthly", *M, "2025-09-26T09:00:00", "2025-09-26", "2025-10-25"),
    lopay("fr_p21", "LO-INV-82115", "h.janssens@janssens-velos.be", "monthly", *M, "2025-09-12T09:00:00", "2025-09-12", "2025-10-11"),
    lopay("fr_p22", "LO-INV-82117", "k.kone@kone-distribution.ci", "monthly", *M, "2025-09-11T09:00:00", "2025-09-11", "2025-10-10"),
    lopay("fr_p23", "LO-INV-82118", "k.kone@kone-distribution.ci", "monthly", *M, "2025-09-11T09:01:00", "2025-09-11", "2025-10-10", status="refunded"),
    lopay("fr_p24", "LO-INV-82121", "m.lambert@lambert-pharma.fr", "monthly", *M, "2025-09-25T09:00:00", "2025-09-25", "2025-10-24"),
    lopay("fr_p25", "LO-INV-82130", "y.bernard@bernard-elec.fr", "monthly", *M, "2025-09-24T15:00:00", "2025-09-24", "2025-10-23"),
    lopay("fr_p26", "LO-INV-82131", "y.bernard@bernard-elec.fr", "monthly", *M, "2025-09-24T15:01:00", "2025-09-24", "2025-10-23"),
    lopay("fr_p27", "LO-INV-82141", "d.faure@faure-fitness.fr", "monthly", *M, "2025-09-20T09:00:00", "2025-09-20", "2025-10-19"),
    lopay("fr_p28", "LO-INV-82142", "d.faure@faure-fitness.fr", "monthly", *M, "2025-09-20T09:01:00", "2025-09-20", "2025-10-19", status="failed"),
    lopay("fr_p29", "LO-INV-82150", "t.mercier@mercier-archi.ch", "quarterly", *Q, "2025-09-25T08:00:00", "2025-09-25", "2025-12-24"),
    lopay("fr_p30", "LO-INV-82151", "t.mercier@mercier-archi.ch", "quarterly", *Q, "2025-09-25T08:04:00", "2025-09-25", "2025-12-24"),
    lopay("fr_p31", "LO-INV-82161", "nadine.blanc@orange.fr", "annual", *A, "2025-02-01T09:00:00", "2025-02-01", "2026-01-31"),
    lopay("fr_p32", "LO-INV-82165", "k.sarr@sarr-logistique.sn", "monthly", *M, "2025-09-20T09:00:00", "2025-09-20", "2025-10-19"),
    lopay("fr_p33", "LO-INV-82171", "i.bouchard@bouchard-media.ca", "monthly", *M, "2025-09-05T09:00:00", "2025-09-05", "2025-10-04"),
    lopay("fr_p34", "LO-INV-82180", "p.cote@cote-marketing.ca", "monthly", *M, "2025-09-20T10:00:00", "2025-09-20", "2025-10-19"),
    lopay("fr_p35", "LO-INV-82181", "p.cote@cote-marketing.ca", "monthly", *M, "2025-09-20T10:01:00", "2025-09-20", "2025-10-19"),
]

# ---------------- LeadsOptima ----------------
mail("l01-double-prelevement-be", "Julien Dubois <j.dubois@dubois-immo.be>", SUP,
     "Double prélèvement abonnement annuel",
     "Bonjour,\n\nJe constate sur mon extrait de compte que le renouvellement de mon abonnement annuel a été prélevé "
     "deux fois le 19/09 (2 x 11.988,00 INR). La deuxième facture porte le numéro LO-INV-82002. "
     "Pourriez-vous me rembourser le montant prélevé en double, s'il vous plaît ?\n\nJe vous remercie d'avance.\n"
     "Bien à vous,\n\nJulien Dubois\nDubois Immo SRL - Avenue Louise 54, 1050 Ixelles\n",
     "2025-09-23 11:00", BE)
case("l01-double-prelevement-be", ["l01-double-prelevement-be"], LOB, "decided",
     "L2 duplicate + L4: two paid annual charges, same period, 2025-09-19; request 2025-09-23 = day 4: refund the duplicate 11988.00 (before tax).",
     [refund("approve", "11988.00")])

mail("l02-quebec-jour8", "Marc Tremblay <m.tremblay@tremblay-renos.ca>", SUP,
     "Chargé 2 fois",
     "Bonjour,\n\nJ'ai été chargé deux fois pour mon abonnement mensuel le 10 septembre, la facture en double c'est "
     "LO-INV-82012. Je veux être remboursé pour le deuxième paiement svp.\n\nMerci, bonne soirée\nMarc Tremblay\n"
     "Rénovations Tremblay inc., Lévis\n",
     "2025-09-17 18:30", QC)
case("l02-quebec-jour8", ["l02-quebec-jour8"], LOB, "decided",
     "L3 in the brand's zone: charges 2025-09-10 IST (day 0); email 2025-09-17 18:30-04:00 = 2025-09-18 04:00 IST = day 8: deny, although it is still day 7 in Lévis.",
     [refund("deny")])

mail("l03-dakar-jour7", "Aminata Diop <a.diop@diop-services.sn>", SUP,
     "Réclamation : double débit abonnement trimestriel",
     "Bonjour Monsieur/Madame,\n\nJe viens par la présente vous signaler que mon abonnement trimestriel a été débité "
     "deux fois le 22 septembre 2025 (3 999 roupies chacun). Je vous prie de bien vouloir me rembourser le deuxième "
     "débit, facture LO-INV-82022.\n\nDans l'attente d'une suite favorable, veuillez agréer mes salutations distinguées.\n\n"
     "Aminata DIOP\nDiop Services SARL, Dakar - Sénégal\n",
     "2025-09-29 17:00", SN)
case("l03-dakar-jour7", ["l03-dakar-jour7"], LOB, "decided",
     "L3 edge: charges 2025-09-22 10:00 IST (day 0); email 2025-09-29 17:00+00:00 = 22:30 IST on 09-29 = day 7, inside: L4 approve 3999.00.",
     [refund("approve", "3999.00")])

mail("l04-trois-fois-une-hors-delai", "Céline Moreau <c.moreau@moreau-conseil.fr>", SUP,
     "Prélevée TROIS fois ce mois-ci ?!",
     "Bonjour,\n\nJe viens de faire mes comptes : vous m'avez prélevé l'abonnement mensuel trois fois pour le même "
     "mois ! Deux fois le 18/09 et encore une fois hier, le 26/09 (factures LO-INV-82032 et LO-INV-82033). "
     "Merci de me rembourser les prélèvements en trop au plus vite.\n\nCordialement,\nCéline Moreau\nMoreau Conseil\n",
     "2025-09-27 10:00", FR)
case("l04-trois-fois-une-hors-delai", ["l04-trois-fois-une-hors-delai"], LOB, "decided",
     "Section 8 three identical charges (same account, amount, period 09-18..10-17): charges 2 (09-18, day 9) and 3 (09-26, day 1) are duplicates; only those inside L3 are refunded: 1499.00.",
     [refund("approve", "1499.00")])

mail("l05-preleve-apres-resiliation", "Pascal Favre <p.favre@favre-horlogerie.ch>", SUP,
     "Prélèvement après résiliation",
     "Bonjour,\n\nJ'ai résilié mon abonnement le 10 septembre (via Billing > Cancel Plan) et vous m'avez quand même "
     "prélevé le 25 septembre (LO-INV-82042). C'est une erreur de facturation, merci de me rembourser.\n\n"
     "Avec mes meilleures salutations\nPascal Favre\nFavre Horlogerie, La Chaux-de-Fonds\n",
     "2025-09-26 08:45", CH)
case("l05-preleve-apres-resiliation", ["l05-preleve-apres-resiliation"], LOB, "decided",
     "L2 billing_error (charged after cancelling) inside L3 (charge 2025-09-25, day 1): L5 escalate.",
     [refund("escalate", None)])

mail("l06-pas-capable-connecter", "Émilie Gagnon <e.gagnon@gagnon-ventes.ca>", SUP,
     "Pas capable de me connecter depuis mercredi",
     "Allo,\n\nÇa fait depuis mercredi que je suis pas capable de me connecter à mon compte, la page tourne dans le "
     "beurre pis ça finit par une erreur. J'ai payé mon trimestre le 24 (LO-INV-82051) pis je peux rien faire avec. "
     "Je veux un remboursement.\n\nÉmilie\n",
     "2025-09-26 10:00", QC)
case("l06-pas-capable-connecter", ["l06-pas-capable-connecter"], LOB, "decided",
     "L2 access_failure (Quebec 'pas capable de me connecter') inside L3 (charge 09-24, request 09-26 19:30 IST = day 2): L6 escalate.",
     [refund("escalate", None)])

mail("l07-change-avis", "Sophie Lefebvre <s.lefebvre@lefebvre-design.fr>", SUP,
     "remboursement",
     "Bonjour,\n\nJ'ai souscrit un peu vite dimanche, finalement j'ai changé d'avis, l'outil ne correspond pas à "
     "ma façon de prospecter. Pouvez-vous me rembourser la facture LO-INV-82061 ?\n\nMerci, bonne journée\nSophie\n",
     "2025-09-23 14:20", FR)
case("l07-change-avis", ["l07-change-avis"], LOB, "decided",
     "L1: 'changé d'avis' / does not fit is no L2 exception: refund deny (cancellation offered in the reply).",
     [refund("deny")])

mail("l08-resiliation-et-remboursement-cm", "Roger Ngono <r.ngono@ngono-btp.cm>", SUP,
     "Résiliation abonnement annuel et remboursement",
     "Bonjour,\n\nSuite à la réorganisation de notre service commercial, nous n'utiliserons plus votre plateforme. "
     "Je demande donc la résiliation de mon abonnement annuel et le remboursement des mois non utilisés "
     "(facture LO-INV-82071 du 15/09/2025).\n\nCordialement\nRoger NGONO\nDirecteur commercial, Ngono BTP - Douala\n",
     "2025-09-17 09:30", CM)
case("l08-resiliation-et-remboursement-cm", ["l08-resiliation-et-remboursement-cm"], LOB, "decided",
     "Both intents: refund of unused months is L1 deny (no partial refunds); cancellation L8 effective current_period_end 2026-09-14.",
     [refund("deny"), cancel("2026-09-14")])

mail("l09-essai-gratuit-be", "Lieve Peeters <l.peeters@peeters-compta.be>", SUP,
     "Remboursement période d'essai",
     "Bonjour,\n\nJe suis en période d'essai depuis une semaine et je ne compte pas continuer, c'est trop compliqué "
     "pour notre petite fiduciaire. Merci de me rembourser ce que j'ai payé pour l'essai.\n\nÀ tantôt,\nLieve Peeters\n",
     "2025-09-24 16:00", BE)
case("l09-essai-gratuit-be", ["l09-essai-gratuit-be"], LOB, "decided",
     "L7: status trial (trial_ends 2025-10-03), no charge in the ledger: refund deny, no billing unless they subscribe.",
     [refund("deny")])

mail("l10-lettre-resiliation", "François Girard <f.girard@girard-transports.fr>", SUP,
     "Résiliation de l'abonnement trimestriel",
     "Madame, Monsieur,\n\nPar la présente, je vous informe de ma décision de résilier mon abonnement trimestriel "
     "à LeadsOptima, associé à l'adresse f.girard@girard-transports.fr. Notre groupe a choisi une solution interne.\n\n"
     "Je vous remercie de bien vouloir m'adresser une confirmation écrite de cette résiliation ainsi que sa date d'effet.\n\n"
     "Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n\nFrançois Girard\n"
     "Directeur administratif et financier\nGirard Transports SAS - 69007 Lyon\n",
     "2025-09-22 09:00", FR)
case("l10-lettre-resiliation", ["l10-lettre-resiliation"], LOB, "decided",
     "L8: cancel, effective current_period_end 2025-11-14; plan filled from the ledger.",
     [cancel("2025-11-14")])

mail("l11-quebec-fallback", "Guillaume Roy <g.roy@roy-paysagement.ca>", SUP,
     "Annulation abonnement",
     "Bonjour,\n\nLa saison de paysagement achève, je voudrais annuler mon abonnement mensuel. "
     "On va se reprendre au printemps peut-être.\n\nMerci!\nGuillaume Roy\nRoy Paysagement, Sherbrooke\n",
     "2025-09-22 08:00", QC)
case("l11-quebec-fallback", ["l11-quebec-fallback"], LOB, "decided",
     "L8 fallback (no current_period_end): last charge 2025-09-14T23:45-04:00 = 2025-09-15 09:15 IST (local date 09-15, section 8) + 1 month - 1 day = 2025-10-14.",
     [cancel("2025-10-14")])

mail("l12-hotmail-autre-adresse", "Claire Martin <claire.martin@hotmail.fr>", SUP,
     "Résilier mon abonnement",
     "Bonjour,\n\nje vous écris depuis ma boîte perso car je n'ai plus accès à celle du magasin. Mon compte est au nom de "
     "c.martin@martin-fleurs.fr. Je voudrais résilier et savoir combien il me reste à payer.\n\nMerci\nClaire Martin\n",
     "2025-09-24 21:10", FR)
case("l12-hotmail-autre-adresse", ["l12-hotmail-autre-adresse"], LOB, "need_info",
     "C2: from claire.martin@hotmail.fr, names registered c.martin@martin-fleurs.fr: ask her to write from it, disclose nothing.",
     rules=["C2"])

mail("l13-applemail-reexpedie", "Cabinet Leroux <compta@cabinet-leroux.fr>", SUP,
     "Fwd: Résiliation LeadsOptima",
     "Bonjour,\n\nNous sommes l'expert-comptable de M. Rousseau, voir sa demande ci-dessous.\n\nCabinet Leroux\n\n"
     "Début du message réexpédié :\n\nDe: Bernard Rousseau <b.rousseau@rousseau-menuiserie.fr>\n"
     "Objet: Résiliation LeadsOptima\nDate: 24 septembre 2025 à 18:02:11 UTC+2\nÀ: compta@cabinet-leroux.fr\n\n"
     "Bonsoir, pouvez-vous résilier pour moi l'abonnement LeadsOptima (compte b.rousseau@rousseau-menuiserie.fr) ? "
     "On réduit les frais fixes. Merci. B. Rousseau\n\nEnvoyé de mon iPhone\n",
     "2025-09-25 09:15", FR)
case("l13-applemail-reexpedie", ["l13-applemail-reexpedie"], LOB, "need_info",
     "Section 8 forwards (Apple Mail 'Début du message réexpédié'): the request names b.rousseau@...; the sender compta@cabinet-leroux.fr is not it: C2.",
     rules=["C2"])

mail("l14-opposition-avocat", "Vincent Garnier <v.garnier@garnier-auto.fr>", SUP,
     "Remboursement immédiat LO-INV-82111",
     "Bonjour,\n\nVous m'avez prélevé 1499 le 26/09 alors que je n'ai jamais demandé le renouvellement. Je veux être "
     "remboursé immédiatement. Sans réponse sous 48h, je fais opposition et contestation du prélèvement auprès de ma "
     "banque, et mon avocat vous adressera une mise en demeure.\n\nV. Garnier\n",
     "2025-09-27 07:30", FR)
case("l14-opposition-avocat", ["l14-opposition-avocat"], LOB, "decided",
     "C4: bank dispute (contestation auprès de ma banque) and a lawyer: escalate.",
     [refund("escalate", None)], rules=["C4"])

mail("l15-reponse-automatique", "Nicolas Petit <n.petit@petit-traiteur.fr>", SUP,
     "Réponse automatique : Votre demande [LO-2260]",
     "Bonjour,\n\nJe suis absent du bureau jusqu'au 6 octobre inclus. Pour toute urgence, merci de contacter "
     "contact@petit-traiteur.fr.\n\nCordialement,\nNicolas Petit\n",
     "2025-09-29 08:00", FR, headers={"Auto-Submitted": "auto-replied"})
case("l15-reponse-automatique", ["l15-reponse-automatique"], LOB, "ignore",
     "C7: Auto-Submitted: auto-replied: ignore.", rules=["C7"])

bounce("l16-non-remis", SUP, "Non remis : Confirmation de résiliation [LO-2244]",
       "Votre message n'a pas pu être remis à un ou plusieurs destinataires.\n\n"
       "  compta@ancienne-societe.fr\n\nL'adresse de messagerie est introuvable.\n",
       "2025-09-24 05:00", FR, "compta@ancienne-societe.fr")
case("l16-non-remis", ["l16-non-remis"], LOB, "ignore",
     "C7: MAILER-DAEMON sender and a delivery-status report (RFC 3464): ignore.", rules=["C7"])

mail("l17-liste-diffusion", "Club des Entrepreneurs <club-entrepreneurs@listes.example.fr>", "info@leadsoptima.com",
     "[Club Entrepreneurs] Qui a déjà obtenu un remboursement d'un SaaS ?",
     "Bonjour à tous,\n\nQuelqu'un a-t-il déjà réussi à se faire rembourser un abonnement SaaS annulé ? "
     "Je pense résilier LeadsOptima...\n\n--\nPour vous désabonner : club-entrepreneurs+unsubscribe@listes.example.fr\n",
     "2025-09-25 12:00", FR, headers={"List-Id": "Club des Entrepreneurs <club-entrepreneurs.listes.example.fr>",
                                   "Precedence": "list"})
case("l17-liste-diffusion", ["l17-liste-diffusion"], LOB, "ignore",
     "C7: List-Id and Precedence: list: ignore, whatever it says.", rules=["C7"])

mail("l18-pas-de-remboursement-be", "Hélène Janssens <h.janssens@janssens-velos.be>", SUP,
     "Arrêt de l'abonnement",
     "Bonjour,\n\nJe souhaite arrêter mon abonnement mensuel, je remets le magasin de vélos à mon neveu. "
     "Je ne demande pas de remboursement pour septembre, c'est tout à fait normal. Merci simplement de ne plus "
     "rien prélever par après.\n\nBien à vous,\nHélène Janssens\n",
     "2025-09-26 15:00", BE)
case("l18-pas-de-remboursement-be", ["l18-pas-de-remboursement-be"], LOB, "decided",
     "Negation (section 8): 'je ne demande pas de remboursement' adds no refund; L8 cancel effective 2025-10-11.",
     [cancel("2025-10-11")])

mail("l19-question-avant-achat-qc", "Boutique L'Érable <info@boutique-erable.ca>", SUP,
     "Question avant de magasiner votre forfait",
     "Bonjour,\n\nJe magasine des outils de génération de leads. Si je prends le forfait annuel pis que ça fait pas "
     "pour nous autres, est-ce que je peux me faire rembourser, ou au moins annuler sans frais?\n\nMerci!\nJosée\n",
     "2025-09-23 13:00", QC)
case("l19-question-avant-achat-qc", ["l19-question-avant-achat-qc"], LOB, "other",
     "Section 8 hypotheticals: a question before buying ('si je prends ... est-ce que je peux ...') is a policy question: other.")

mail("l20-merci-remboursement-ci", "Kouassi Koné <k.kone@kone-distribution.ci>", SUP,
     "Re: Double débit [LO-2199]",
     "Bonjour,\n\nJe confirme avoir bien reçu le remboursement du double débit sur ma carte. Merci beaucoup pour "
     "votre diligence, c'est apprécié.\n\nBonne continuation\nKouassi Koné\nKoné Distribution, Abidjan\n",
     "2025-09-26 10:00", CI, reply=("<LO-2199.reply@leadsoptima.com>", ["<LO-2199.reply@leadsoptima.com>"]))
case("l20-merci-remboursement-ci", ["l20-merci-remboursement-ci"], LOB, "other",
     "A thank-you after a refund asks for nothing: other.")

mail("l21-facture-siret", "François Girard <f.girard@girard-transports.fr>", SUP,
     "Facture LO-INV-82081 - mention SIRET",
     "Bonjour,\n\nPourriez-vous nous renvoyer la facture LO-INV-82081 avec notre numéro SIRET (812 345 678 00021) "
     "et notre numéro de TVA intracommunautaire ? Notre service comptable en a besoin.\n\nCordialement,\nF. Girard\n",
     "2025-09-19 10:00", FR)
case("l21-facture-siret", ["l21-facture-siret"], LOB, "other",
     "An invoice question (SIRET, VAT number) that asks for no refund or cancellation: other.")

mail("l22-sans-motif-disclaimer", "Mathilde Lambert <m.lambert@lambert-pharma.fr>", SUP,
     "Demande de remboursement - LO-INV-82121",
     "Madame, Monsieur,\n\nJe vous saurais gré de bien vouloir procéder au remboursement de la facture LO-INV-82121 "
     "du 25 septembre 2025.\n\nRestant à votre disposition pour tout complément d'information, je vous prie d'agréer "
     "mes salutations distinguées.\n\nMathilde Lambert\nPharmacienne titulaire\nPharmacie Lambert - 33000 Bordeaux\n\n"
     "Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses "
     "destinataires. Toute utilisation non conforme à sa destination est interdite. Si vous avez reçu ce message "
     "par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur.\n"
     "Pensez à l'environnement avant d'imprimer ce courriel.\n",
     "2025-09-26 09:00", FR)
case("l22-sans-motif-disclaimer", ["l22-sans-motif-disclaimer"], LOB, "need_info",
     "Section 8 reason: a restated request, courtesy formulas, signature and disclaimer are no reason; email, plan (ledger) and invoice known: ask for the reason only.",
     missing=["reason"])

m1 = mail("l23a-remboursement", "Yves Bernard <y.bernard@bernard-elec.fr>", SUP,
          "remboursement LO-INV-82131",
          "Bonjour, merci de rembourser LO-INV-82131. Cdlt, Yves Bernard\n",
          "2025-09-25 10:12", FR)
mail("l23b-motif", "Yves Bernard <y.bernard@bernard-elec.fr>", SUP,
     "Re: remboursement LO-INV-82131 [LO-2262]",
     "Bonjour,\n\nLe motif : l'abonnement du mois a été débité deux fois le 24/09 (82130 et 82131).\n\nCdlt\nYves Bernard\n\n"
     "Le 25/09/2025 à 14:00, LeadsOptima Support a écrit :\n> Pouvez-vous nous indiquer le motif de votre demande ?\n",
     "2025-09-29 08:30", FR, reply=("<LO-2262.ask@leadsoptima.com>", [m1, "<LO-2262.ask@leadsoptima.com>"]))
case("l23-fil-motif-donne", ["l23a-remboursement", "l23b-motif"], LOB, "decided",
     "C3 thread: the answer gives the reason (duplicate); request time = first email 2025-09-25 (day 1 after 09-24): L4 approve 1499.00.",
     [refund("approve", "1499.00")])

mail("l24-paiement-echoue", "David Faure <d.faure@faure-fitness.fr>", SUP,
     "Double paiement LO-INV-82142",
     "Bonjour,\n\nMon abonnement a été payé deux fois le 20 septembre. Merci de me rembourser le paiement "
     "LO-INV-82142.\n\nSportivement,\nDavid Faure\n",
     "2025-09-22 18:00", FR)
case("l24-paiement-echoue", ["l24-paiement-echoue"], LOB, "decided",
     "Section 8 payments not paid: LO-INV-82142 has status 'failed' (no pair of paid charges, L4): escalate, never approve.",
     [refund("escalate", None)])

mail("l25-reference-tapee-ch", "Thierry Mercier <t.mercier@mercier-archi.ch>", SUP,
     "Trimestre débité à double",
     "Bonjour,\n\nLe trimestre m'a été débité à double le 25 septembre (2 x 3'999.–). La facture du doublon est la "
     "lo/inv/82151. Je vous remercie de me rembourser ce montant.\n\nMeilleures salutations\nThierry Mercier, "
     "architecte EPFL\n",
     "2025-09-26 11:00", CH)
case("l25-reference-tapee-ch", ["l25-reference-tapee-ch"], LOB, "decided",
     "Section 8 references: 'lo/inv/82151' = LO-INV-82151; two paid quarterly charges 2025-09-25, request day 1: L4 approve 3999.00.",
     [refund("approve", "3999.00")])

mail("l26-html-orange", "Nadine Blanc <nadine.blanc@orange.fr>", SUP,
     "resiliation",
     None, "2025-09-20 22:30", FR,
     html="<html><body><p>Bonsoir,</p><p>je souhaite <u>résilier</u> mon abonnement annuel LeadsOptima, je pars "
          "à la retraite en décembre.</p><p>Cordialement<br>Nadine Blanc</p>"
          "<p style=\"font-size:9px;color:#888\">Envoyé depuis l'application Mail Orange</p></body></html>")
case("l26-html-orange", ["l26-html-orange"], LOB, "decided",
     "HTML-only webmail: L8 cancel effective current_period_end 2026-01-31.",
     [cancel("2026-01-31")])

mail("l27-dictee-sans-motif", "Khadija Sarr <k.sarr@sarr-logistique.sn>", SUP,
     "annulation",
     "bonjour je veux annuler mon abonnement mensuel leadsoptima merci de confirmer khadija sarr\n\n"
     "Envoyé depuis mon Galaxy\n",
     "2025-09-25 12:40", SN)
case("l27-dictee-sans-motif", ["l27-dictee-sans-motif"], LOB, "decided",
     "LeadsOptima cancellations are not held up for a missing reason (section 3): L8 cancel effective 2025-10-19.",
     [cancel("2025-10-19")])

mail("l28-reponse-en-haut-hors-delai", "Isabelle Bouchard <i.bouchard@bouchard-media.ca>", SUP,
     "RE: Bienvenue chez LeadsOptima",
     "Bonjour, je réponds sur ce courriel-là parce que c'est le seul que j'ai. Je suis pas capable d'accéder à mon "
     "tableau de bord depuis le début du mois, ça charge pas. Je veux le remboursement de LO-INV-82171.\n\n"
     "Isabelle\n\n-----Message d'origine-----\nDe : LeadsOptima Support <support@leadsoptima.com>\n"
     "Envoyé : 5 septembre 2025 00:10\nÀ : i.bouchard@bouchard-media.ca\nObjet : Bienvenue chez LeadsOptima\n\n"
     "Bienvenue ! Votre abonnement mensuel est actif.\n",
     "2025-09-20 09:00", QC, reply=("<welcome-82171@leadsoptima.com>", ["<welcome-82171@leadsoptima.com>"]))
case("l28-reponse-en-haut-hors-delai", ["l28-reponse-en-haut-hors-delai"], LOB, "decided",
     "L2 access_failure but L3: charge 2025-09-05, request 2025-09-20 18:30 IST = day 15 > 7: deny citing the 7-day rule.",
     [refund("deny")])

mail("l29-franglais-qc", "Patrick Côté <p.cote@cote-marketing.ca>", SUP,
     "Duplicate charge sur ma carte",
     "Hey, j'ai été chargé deux fois le 20 sept pour le plan monthly, c'est clairement un duplicate charge. "
     "La 2e facture c'est LO-INV-82181. Pouvez-vous me refund ça? Thanks!\n\nPat\nCôté Marketing - Montréal\n",
     "2025-09-24 20:00", QC)
case("l29-franglais-qc", ["l29-franglais-qc"], LOB, "decided",
     "Code-switching: duplicate; request 2025-09-24 20:00-04:00 = 2025-09-25 05:30 IST = day 5 after 09-20: L4 approve 1499.00.",
     [refund("approve", "1499.00")])

# ---------------- Optima WebDesign ----------------
projects = [
    proj("Boulangerie Lemaire Site", "contact@boulangerie-lemaire.fr", None),
    proj("Friterie Chez Momo", "momo@friterie-momo.be", "2025-09-18T10:00:00"),
    proj("Érablière Gauthier Site", "info@erabliere-gauthier.ca", None),
    proj("Dakar Tissus Boutique", "contact@dakar-tissus.sn", None),
    proj("Abidjan Saveurs Site", "gerance@abidjan-saveurs.ci", None),
    proj("Cabinet Dentaire Roux", "secretariat@dentaire-roux.fr", "2025-09-26T09:00:00"),
    proj("Domaine Chablis Boutique", "domaine@chablis-vigneron.fr", "2025-08-01T10:00:00"),
    proj("Agence Immo Léman App", "direction@immo-leman.ch", "2025-08-01T10:00:00"),
    proj("Clinique Véto Horizon", "admin@veto-horizon.fr", "2025-07-01T10:00:00"),
    proj("Fromagerie Dupuis SEO", "boutique@fromagerie-dupuis.fr", "2025-05-01T10:00:00"),
    proj("Garage Pelletier Entretien", "service@garage-pelletier.ca", "2025-04-01T10:00:00"),
    proj("Librairie Vauban Réseaux", "librairie@vauban-livres.fr", "2025-03-01T10:00:00"),
    proj("Traiteur Ndiaye Réseaux", "contact@traiteur-ndiaye.sn", "2025-05-15T10:00:00"),
    proj("Gîte Les Tilleuls Hébergement", "gite@les-tilleuls.fr", "2025-09-20T10:00:00"),
    proj("Kiné Namur Maintenance", "cabinet@kine-namur.be", "2025-09-22T10:00:00"),
    proj("Pâtisserie Bélanger Hébergement", "commandes@patisserie-belanger.ca", "2025-09-10T10:00:00"),
    proj("Studio Photo Lumière", "studio@photo-lumiere.fr", "2025-08-01T10:00:00"),
    proj("Auto-École Rapide Site", "contact@autoecole-rapide.fr", "2025-09-05T10:00:00"),
    proj("FC Lausanne Juniors Entretien", "comite@fc-lausanne-juniors.ch", "2025-06-01T10:00:00"),
    proj("Pharmacie du Centre Site", "pharmacie@pharmacie-centre.fr", None),
    proj("Salon Éclat Réseaux", "salon@eclat-coiffure.be", "2025-06-20T10:00:00"),
    proj("Hôtel Bellevue Refonte", "direction@hotel-bellevue.fr", None),
    proj("Camping Les Pins Site", "gerant@camping-les-pins.fr", "2025-06-01T10:00:00"),
    proj("Menuiserie Kaboré Site", "contact@menuiserie-kabore.bf", "2025-09-10T10:00:00"),
    proj("Résidence Les Mimosas Maintenance", "syndic@residence-mimosas.fr", "2025-06-01T10:00:00"),
]
payments += [
    owpay("fr_w01", "OWD-2025-401", "Boulangerie Lemaire Site", "discovery", "14000.00", "2520.00", "2025-09-23T10:00:00"),
    owpay("fr_w02", "OWD-2025-402", "Friterie Chez Momo", "discovery", "8000.00", "1440.00", "2025-09-16T10:00:00"),
    owpay("fr_w03", "OWD-2025-403", "Érablière Gauthier Site", "deposit", "22000.00", "3960.00", "2025-09-22T20:00:00"),
    owpay("fr_w04", "OWD-2025-404", "Dakar Tissus Boutique", "deposit", "16000.00", "2880.00", "2025-09-16T15:30:00"),
    owpay("fr_w05", "OWD-2025-405", "Abidjan Saveurs Site", "deposit", "19000.00", "3420.00", "2025-09-16T15:30:00"),
    owpay("fr_w06", "OWD-2025-406", "Cabinet Dentaire Roux", "deposit", "27000.00", "4860.00", "2025-09-25T10:00:00"),
    owpay("fr_w07", "OWD-2025-407", "Domaine Chablis Boutique", "milestone", "25000.00", "4500.00", "2025-08-01T10:00:00", milestone_status="approved"),
    owpay("fr_w08", "OWD-2025-408", "Domaine Chablis Boutique", "milestone", "18750.50", "3375.09", "2025-09-12T10:00:00", milestone_status="not_started"),
    owpay("fr_w09", "OWD-2025-409", "Agence Immo Léman App", "milestone", "45000.00", "8100.00", "2025-09-01T10:00:00", milestone_status="in_progress"),
    owpay("fr_w10", "OWD-2025-410", "Clinique Véto Horizon", "milestone", "21000.00", "3780.00", "2025-08-20T10:00:00", milestone_status="completed"),
    owpay("fr_w11", "OWD-2025-411", "Fromagerie Dupuis SEO", "retainer", "15000.00", "2700.00", "2025-09-07T09:00:00",
          period_start="2025-09-07", period_end="2025-10-06", next_billing_at="2025-10-07T09:00:00"),
    owpay("fr_w12", "OWD-2025-412", "Garage Pelletier Entretien", "retainer", "9000.00", "1620.00", "2025-09-04T09:00:00",
          period_start="2025-09-04", period_end="2025-10-03", next_billing_at="2025-10-04T09:00:00"),
    owpay("fr_w13", "OWD-2025-413", "Librairie Vauban Réseaux", "retainer", "11000.00", "1980.00", "2025-09-02T09:00:00",
          period_start="2025-09-02", period_end="2025-10-01", next_billing_at="2025-10-02T09:00:00"),
    owpay("fr_w14", "OWD-2025-414", "Traiteur Ndiaye Réseaux", "retainer", "13000.00", "2340.00", "2025-09-15T09:00:00",
          period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T09:00:00"),
    owpay("fr_w15", "OWD-2025-415", "Traiteur Ndiaye Réseaux", "retainer", "13000.00", "2340.00", "2025-09-20T09:00:00",
          period_start="2025-10-15", period_end="2025-11-14", next_billing_at="2025-11-15T09:00:00"),
    owpay("fr_w16", "OWD-2025-416", "Gîte Les Tilleuls Hébergement", "hosting_annual", "14500.00", "2610.00", "2025-09-20T09:00:00",
          setup_fee="1450.00", service_start="2025-09-20"),
    owpay("fr_w17", "OWD-2025-417", "Kiné Namur Maintenance", "maintenance_annual", "24000.00", "4320.00", "2025-09-22T09:00:00",
          setup_fee="3000.00", service_start="2025-09-22"),
    owpay("fr_w18", "OWD-2025-418", "Pâtisserie Bélanger Hébergement", "hosting_annual", "12000.00", "2160.00", "2025-09-10T09:00:00",
          setup_fee="1200.00", service_start="2025-09-10"),
    owpay("fr_w19", "OWD-2025-419", "Studio Photo Lumière", "third_party", "5200.00", "936.00", "2025-09-21T09:00:00"),
    owpay("fr_w20", "OWD-2025-420", "Auto-École Rapide Site", "setup", "3500.00", "630.00", "2025-09-05T09:00:00"),
    owpay("fr_w21", "OWD-2025-421", "FC Lausanne Juniors Entretien", "retainer", "6000.00", "1080.00", "2025-09-10T09:00:00",
          period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10T09:00:00"),
    owpay("fr_w22", "OWD-2025-422", "Pharmacie du Centre Site", "deposit", "17000.00", "3060.00", "2025-09-26T11:00:00"),
    owpay("fr_w23", "OWD-2025-423", "Salon Éclat Réseaux", "retainer", "7000.00", "1260.00", "2025-09-20T09:00:00",
          period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20T09:00:00"),
    owpay("fr_w24", "OWD-2025-424", "Hôtel Bellevue Refonte", "deposit", "30000.00", "5400.00", "2025-09-24T10:00:00"),
    owpay("fr_w25", "OWD-2025-425", "Camping Les Pins Site", "retainer", "9500.00", "1710.00", "2025-09-12T09:00:00",
          period_start="2025-09-12", period_end="2025-10-11", next_billing_at="2025-10-12T09:00:00"),
    owpay("fr_w26", "OWD-2025-426", "Menuiserie Kaboré Site", "deposit", "20000.00", "3600.00", "2025-09-08T10:00:00"),
    owpay("fr_w27", "OWD-2025-427", "Menuiserie Kaboré Site", "retainer", "5000.00", "900.00", "2025-09-15T09:00:00",
          period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T09:00:00"),
    owpay("fr_w28", "OWD-2025-428", "Résidence Les Mimosas Maintenance", "maintenance_annual", "9000.00", "1620.00", "2025-06-01T09:00:00",
          setup_fee="0.00", service_start="2025-06-01"),
]

mail("o01-decouverte-sans-facture", "Boulangerie Lemaire <contact@boulangerie-lemaire.fr>", OW,
     "Refund Request — Boulangerie Lemaire Site",
     "Bonjour,\n\nNous avons réglé mardi la phase de découverte pour le site de la boulangerie. Entre-temps, le "
     "propriétaire des murs nous a annoncé la vente du local et nous devons déménager : le projet est suspendu. "
     "Aucun atelier n'a encore eu lieu. Pourriez-vous nous rembourser ?\n\nBien cordialement,\nJeanne Lemaire\n",
     "2025-09-25 11:00", FR)
case("o01-decouverte-sans-facture", ["o01-decouverte-sans-facture"], OWB, "decided",
     "Section 1: invoice filled from the ledger (the named project has exactly one payment, OWD-2025-401). O1 discovery, no work started: approve 14000.00.",
     [refund("approve", "14000.00")])

mail("o02-decouverte-commencee-be", "Friterie Chez Momo <momo@friterie-momo.be>", OW,
     "Remboursement découverte OWD-2025-402",
     "Salut l'équipe,\n\nOn a eu l'atelier le 18 mais franchement on n'a pas accroché avec les propositions. "
     "Je voudrais récupérer les sous de la découverte (OWD-2025-402) svp.\n\nÀ tantôt, Momo\n",
     "2025-09-24 12:00", BE)
case("o02-decouverte-commencee-be", ["o02-decouverte-commencee-be"], OWB, "decided",
     "O1: the session started 2025-09-18, before the request 2025-09-24: deny.",
     [refund("deny")])

mail("o03-depot-quebec-59h", "Érablière Gauthier <info@erabliere-gauthier.ca>", OW,
     "Annulation du dépôt - OWD-2025-403",
     "Bonjour,\n\nOn a versé le dépôt lundi pour le site de l'érablière, mais notre subvention a été refusée à matin. "
     "On peut pas aller de l'avant cette année. Est-ce possible de ravoir notre dépôt (OWD-2025-403)?\n\n"
     "Merci beaucoup\nLouise Gauthier\n",
     "2025-09-24 22:00", QC)
case("o03-depot-quebec-59h", ["o03-depot-quebec-59h"], OWB, "decided",
     "O2: paid 2025-09-22 20:00 IST; email 2025-09-24 22:00-04:00 = 2025-09-25 07:30 IST = 59.5 h < 72 h, no work: approve 22000.00. Subject 'Annulation' and 'on peut pas aller de l'avant': an extra cancellation of the abandoned project is harmless (extra_ok).",
     [refund("approve", "22000.00")], extra_ok=True)

mail("o04-acompte-72h-pile", "Dakar Tissus <contact@dakar-tissus.sn>", OW,
     "Remboursement acompte boutique en ligne",
     "Bonjour,\n\nSuite à un désaccord entre associés, nous renonçons à la boutique en ligne. Merci de nous rembourser "
     "l'acompte OWD-2025-404 versé mardi.\n\nCordialement\nFatou Ndoye, gérante\n",
     "2025-09-19 10:00", SN)
case("o04-acompte-72h-pile", ["o04-acompte-72h-pile"], OWB, "decided",
     "Section 8: paid 2025-09-16 15:30 IST; email 2025-09-19 10:00+00:00 = 15:30 IST = exactly 72 h: not before: deny (O2).",
     [refund("deny")])

mail("o05-acompte-71h59", "Abidjan Saveurs <gerance@abidjan-saveurs.ci>", OW,
     "Remboursement acompte OWD-2025-405",
     "Bonjour,\n\nLe restaurant ne rouvrira pas après les travaux, le bailleur a résilié notre bail. "
     "Nous demandons le remboursement de l'acompte OWD-2025-405.\n\nMerci d'avance\nLa gérance\n",
     "2025-09-19 09:59", CI)
case("o05-acompte-71h59", ["o05-acompte-71h59"], OWB, "decided",
     "O2: paid 2025-09-16 15:30 IST; email 2025-09-19 09:59+00:00 = 15:29 IST = 71 h 59 min < 72 h, no work: approve 19000.00.",
     [refund("approve", "19000.00")])

mail("o06-acompte-travaux-commences", "Cabinet Dentaire Roux <secretariat@dentaire-roux.fr>", OW,
     "Acompte site cabinet - OWD-2025-406",
     "Bonjour,\n\nLe Dr Roux a finalement décidé de confier le site à l'agence de son confrère. Nous vous demandons "
     "le remboursement de l'acompte versé jeudi (OWD-2025-406).\n\nCordialement,\nLe secrétariat\n",
     "2025-09-27 09:00", FR)
case("o06-acompte-travaux-commences", ["o06-acompte-travaux-commences"], OWB, "decided",
     "O2 whichever first: request 2025-09-27 12:30 IST is 50.5 h after payment but work started 2025-09-26 09:00: deny.",
     [refund("deny")])

mail("o07-jalon-non-commence", "Domaine Chablis <domaine@chablis-vigneron.fr>", OW,
     "Remboursement jalon 2 - Domaine Chablis Boutique",
     "Bonjour,\n\nLe premier jalon (maquettes) est validé, merci. En revanche nous abandonnons le module de vente en "
     "ligne : l'interprofession nous impose sa plateforme. Le jalon 2 (OWD-2025-408, 18 750,50) n'a pas commencé, "
     "merci de nous le rembourser.\n\nBien à vous\nAntoine Ravaud\n",
     "2025-09-24 10:00", FR)
case("o07-jalon-non-commence", ["o07-jalon-non-commence"], OWB, "decided",
     "O3: milestone OWD-2025-408 not_started: approve its amount 18750.50 (before tax).",
     [refund("approve", "18750.50")])

mail("o08-jalon-en-cours-ch", "Immo Léman <direction@immo-leman.ch>", OW,
     "Jalon application - remboursement partiel",
     "Bonjour,\n\nLe jalon OWD-2025-409 (application mobile) avance beaucoup trop lentement à notre goût. Nous "
     "souhaitons arrêter là et être remboursés de la partie non réalisée.\n\nMeilleures salutations\nDirection Immo Léman\n",
     "2025-09-25 09:00", CH)
case("o08-jalon-en-cours-ch", ["o08-jalon-en-cours-ch"], OWB, "decided",
     "O3: milestone in_progress: escalate, no amount.",
     [refund("escalate", None)], extra_ok=True)

mail("o09-jalon-termine", "Clinique Véto Horizon <admin@veto-horizon.fr>", OW,
     "Remboursement OWD-2025-410",
     "Bonjour,\n\nLe jalon OWD-2025-410 a été livré mais l'équipe trouve finalement le design trop sombre. "
     "Nous souhaitons être remboursés.\n\nCordialement\nAdministration\n",
     "2025-09-22 14:00", FR)
case("o09-jalon-termine", ["o09-jalon-termine"], OWB, "decided",
     "O3/O6: milestone completed: deny.",
     [refund("deny")])

mail("o10-forfait-7-jours-pile", "Fromagerie Dupuis <boutique@fromagerie-dupuis.fr>", OW,
     "Résiliation forfait SEO",
     "Bonjour,\n\nNous résilions le forfait SEO mensuel (Fromagerie Dupuis SEO, facture OWD-2025-411) : nos ventes "
     "passent désormais surtout par le marché et les salons.\n\nBonne journée\nPaul Dupuis\n",
     "2025-09-30 10:00", FR)
case("o10-forfait-7-jours-pile", ["o10-forfait-7-jours-pile"], OWB, "decided",
     "O4 edge: next_billing_at 2025-10-07; 10-07 - 7 = 2025-09-30 = request date (13:30 IST): notice is enough: cancel effective 2025-10-06.",
     [cancel("2025-10-06")])

mail("o11-forfait-quebec-soir", "Garage Pelletier <service@garage-pelletier.ca>", OW,
     "Annulation contrat d'entretien du site",
     "Bonjour,\n\nJe veux annuler le contrat d'entretien du site web (Garage Pelletier Entretien, OWD-2025-412). "
     "Mon gendre s'en occupe maintenant.\n\nBonne soirée\nRéjean Pelletier\n",
     "2025-09-26 20:00", QC)
case("o11-forfait-quebec-soir", ["o11-forfait-quebec-soir"], OWB, "decided",
     "O4 in IST: next_billing_at 2025-10-04, notice needed by 09-27; email 2025-09-26 20:00-04:00 = 2025-09-27 05:30 IST: on time: cancel effective 2025-10-03.",
     [cancel("2025-10-03")])

mail("o12-forfait-preavis-court", "Librairie Vauban <librairie@vauban-livres.fr>", OW,
     "Arrêt gestion réseaux sociaux",
     "Bonjour,\n\nNous arrêtons la gestion de nos réseaux sociaux par votre agence (Librairie Vauban Réseaux, "
     "OWD-2025-413) : une stagiaire s'en chargera.\n\nCordialement,\nMarie Vauban\n",
     "2025-09-28 11:00", FR)
case("o12-forfait-preavis-court", ["o12-forfait-preavis-court"], OWB, "decided",
     "O4: next_billing_at 2025-10-02, notice needed by 09-25; request 09-28: next cycle 2025-10-02..2025-11-01 is billed: effective 2025-11-01.",
     [cancel("2025-11-01")])

mail("o13-forfait-deja-paye-sn", "Traiteur Ndiaye <contact@traiteur-ndiaye.sn>", OW,
     "Résiliation gestion réseaux sociaux",
     "Bonjour,\n\nNous résilions la gestion de nos réseaux (Traiteur Ndiaye Réseaux) car nous fermons pour travaux "
     "jusqu'en janvier. Le mois d'octobre a déjà été réglé (OWD-2025-415).\n\nCordialement\nIbrahima Ndiaye\n",
     "2025-09-24 11:00", SN)
case("o13-forfait-deja-paye-sn", ["o13-forfait-deja-paye-sn"], OWB, "decided",
     "Section 8 retainer paid in advance: next cycle (10-15..11-14, OWD-2025-415) already paid, notice >= 7 days (09-24 <= 10-08): cancellation escalate.",
     [cancel(None, "escalate")], extra_ok=True)

mail("o14-hebergement-arrondi", "Gîte Les Tilleuls <gite@les-tilleuls.fr>", OW,
     "Résiliation hébergement + remboursement OWD-2025-416",
     "Bonjour,\n\nNous avons trouvé un hébergement inclus avec notre centrale de réservation. Merci de résilier "
     "l'hébergement annuel et de nous rembourser au prorata (démarré le 20/09).\n\nCordialement\nM. et Mme Perrin\n",
     "2025-09-26 10:00", FR)
case("o14-hebergement-arrondi", ["o14-hebergement-arrondi"], OWB, "decided",
     "O5: day 6 of service_start 2025-09-20; (14500 - 1450) = 13050; 13050 - 1087.50 x 1 = 11962.50.",
     [refund("approve", "11962.50")], extra_ok=True)

mail("o15-maintenance-be", "Cabinet Kiné Namur <cabinet@kine-namur.be>", OW,
     "Maintenance - rétractation",
     "Bonjour,\n\nNotre fédération professionnelle propose finalement la maintenance gratuitement à ses membres. "
     "Nous souhaitons donc résilier le contrat de maintenance Kiné Namur Maintenance (OWD-2025-417) et être "
     "remboursés au prorata.\n\nBien à vous\nCabinet de kinésithérapie\n",
     "2025-09-25 09:00", BE)
case("o15-maintenance-be", ["o15-maintenance-be"], OWB, "decided",
     "O5: day 3 of service_start 2025-09-22; (24000 - 3000) = 21000; 21000 - 1750 x 1 = 19250.00.",
     [refund("approve", "19250.00")], extra_ok=True)

mail("o16-hebergement-jour15-quebec", "Pâtisserie Bélanger <commandes@patisserie-belanger.ca>", OW,
     "Remboursement hébergement",
     "Bonjour,\n\nOn change de plateforme pour notre site de commandes (Shopify nous convient mieux). "
     "Je voudrais annuler l'hébergement OWD-2025-418 et avoir un remboursement au prorata, on est encore dans les 14 jours.\n\n"
     "Merci\nNathalie Bélanger\n",
     "2025-09-24 15:00", QC)
case("o16-hebergement-jour15-quebec", ["o16-hebergement-jour15-quebec"], OWB, "decided",
     "O5 in IST: service_start 2025-09-10 (day 0); email 2025-09-24 15:00-04:00 = 2025-09-25 00:30 IST = day 15 > 14: refund deny (day 14 in Quebec).",
     [refund("deny")], extra_ok=True)

mail("o17-licence-theme", "Studio Photo Lumière <studio@photo-lumiere.fr>", OW,
     "Remboursement licence thème premium",
     "Bonjour,\n\nVous nous avez facturé 5 200 pour la licence du thème premium et des plugins (OWD-2025-419). "
     "Nous n'utilisons finalement pas ce thème, merci de nous rembourser.\n\nCordialement\nLéa\n",
     "2025-09-23 10:00", FR)
case("o17-licence-theme", ["o17-licence-theme"], OWB, "decided",
     "O6: third_party (theme/plugin licences): deny.",
     [refund("deny")])

mail("o18-frais-mise-en-service", "Auto-École Rapide <contact@autoecole-rapide.fr>", OW,
     "Frais de mise en service",
     "Bonjour,\n\nJe conteste les frais de mise en service de 3 500 (OWD-2025-420), je trouve ça abusif pour "
     "une simple installation. Merci de les rembourser.\n\nCordialement\nKarim Benali\n",
     "2025-09-22 10:00", FR)
case("o18-frais-mise-en-service", ["o18-frais-mise-en-service"], OWB, "decided",
     "O6: setup/activation fee never refundable: deny. Not C4: 'je conteste les frais' is a complaint made to the agency itself (the policy's 'contact us first'), with no chargeback or bank/payment-dispute threat, no court, lawyer or statutory right (C4, section 8).",
     [refund("deny")])

mail("o19-resiliation-sans-motif-ch", "FC Lausanne Juniors <comite@fc-lausanne-juniors.ch>", OW,
     "Résiliation",
     "Bonjour,\n\nPar la présente, le comité résilie le contrat FC Lausanne Juniors Entretien (OWD-2025-421).\n"
     "Merci de nous confirmer la bonne réception.\n\nAvec nos salutations sportives\nLe comité\n",
     "2025-09-23 19:00", CH)
case("o19-resiliation-sans-motif-ch", ["o19-resiliation-sans-motif-ch"], OWB, "need_info",
     "Section 8: Optima requires a reason for cancellations too; email, project and invoice given: ask for the reason only.",
     missing=["reason"])

mail("o20-faire-le-necessaire", "Pharmacie du Centre <pharmacie@pharmacie-centre.fr>", OW,
     "TR: acompte site",
     "Merci de faire le nécessaire.\n\n-----Message d'origine-----\nDe : Pharmacie du Centre "
     "<pharmacie@pharmacie-centre.fr>\nEnvoyé : samedi 27 septembre 2025 08:40\nÀ : contact@optima-web.fr\n"
     "Objet : acompte site\n\nBonjour, merci de procéder au remboursement de l'acompte OWD-2025-422 "
     "(Pharmacie du Centre Site). Cordialement.\n",
     "2025-09-27 09:00", FR)
case("o20-faire-le-necessaire", ["o20-faire-le-necessaire"], OWB, "need_info",
     "Section 8: 'Merci de faire le nécessaire' (forwarding note) and the restated request are no reason: ask for the reason.",
     missing=["reason"])

m2 = mail("o21a-resiliation", "Salon Éclat <salon@eclat-coiffure.be>", OW,
          "Résiliation Salon Éclat Réseaux OWD-2025-423",
          "Bonjour, nous souhaitons résilier le contrat Salon Éclat Réseaux (OWD-2025-423). Merci. Sandrine\n",
          "2025-09-24 10:00", BE)
mail("o21b-motif", "Salon Éclat <salon@eclat-coiffure.be>", OW,
     "Re: Résiliation Salon Éclat Réseaux OWD-2025-423 [OWD-3188]",
     "Bonjour,\n\nLe motif : je remets le salon en octobre, le repreneur a son propre graphiste.\n\nSandrine\n\n"
     "Le mer. 24 sept. 2025 à 15:20, Optima WebDesign a écrit :\n> Merci de nous indiquer le motif de la résiliation.\n",
     "2025-09-26 09:00", BE, reply=("<OWD-3188.ask@optimawebdesign.com>", [m2, "<OWD-3188.ask@optimawebdesign.com>"]))
case("o21-fil-motif", ["o21a-resiliation", "o21b-motif"], OWB, "decided",
     "C3 thread: the answer gives the reason; request time = first email 2025-09-24; next_billing_at 2025-10-20 (notice by 10-13): O4/O8 cancel effective 2025-10-19.",
     [cancel("2025-10-19")])

mail("o22-gmail-perso", "Hugo Lambert <hugo.lambert.perso@gmail.com>", OW,
     "Refund Request — Hôtel Bellevue Refonte / OWD-2025-424",
     "Bonjour,\n\nJe suis le directeur de l'Hôtel Bellevue (contrat : direction@hotel-bellevue.fr), je vous écris de "
     "ma boîte perso en déplacement. Le groupe a racheté l'hôtel et impose son site : merci de rembourser l'acompte "
     "OWD-2025-424 et de me dire ce qui a déjà été facturé.\n\nHugo Lambert\n",
     "2025-09-25 08:00", FR)
case("o22-gmail-perso", ["o22-gmail-perso"], OWB, "need_info",
     "C2: sender is not the contract email direction@hotel-bellevue.fr: ask for the request from it, disclose nothing.",
     rules=["C2"])

mail("o23-tr-outlook", "Accueil Camping Les Pins <accueil@camping-les-pins.fr>", OW,
     "TR: Résiliation contrat site",
     "Bonjour, je vous transfère la demande du gérant.\n\n________________________________\n"
     "De : Gérard Pinson <gerant@camping-les-pins.fr>\nEnvoyé : jeudi 25 septembre 2025 07:55\n"
     "À : Accueil Camping Les Pins <accueil@camping-les-pins.fr>\nObjet : Résiliation contrat site\n\n"
     "Peux-tu envoyer à Optima la résiliation du contrat Camping Les Pins Site (OWD-2025-425) ? La saison est "
     "finie et on vend le camping. Contrat à mon adresse gerant@camping-les-pins.fr.\n",
     "2025-09-25 08:10", FR)
case("o23-tr-outlook", ["o23-tr-outlook"], OWB, "need_info",
     "Section 8 forwards: Outlook 'TR:' carries the manager's cancellation naming gerant@...; sender accueil@... is not the contract email: C2.",
     rules=["C2"])

mail("o24-mise-en-demeure", "Menuiserie Kaboré <contact@menuiserie-kabore.bf>", OW,
     "MISE EN DEMEURE - remboursement et résiliation",
     "Messieurs,\n\nVotre travail sur le site Menuiserie Kaboré Site ne correspond en rien à ce qui était convenu. "
     "Je résilie le contrat de maintenance (OWD-2025-427) et j'exige le remboursement de l'acompte OWD-2025-426. "
     "J'ai déjà contacté ma banque pour contester le paiement et mon avocat est saisi du dossier.\n\n"
     "Issouf Kaboré\n",
     "2025-09-25 10:00", SN)
case("o24-mise-en-demeure", ["o24-mise-en-demeure"], OWB, "decided",
     "C4: bank dispute and a lawyer: escalate every intent (refund and cancellation, section 8).",
     [refund("escalate", None), cancel(None, "escalate")], rules=["C4"])

mail("o25-adresse-maison", "Optima WebDesign Support <support@optimawebdesign.com>", OW,
     "Fwd: Résiliation Salon Éclat",
     "Pour info, transfert interne de la demande de résiliation du Salon Éclat.\n",
     "2025-09-24 15:00", "+05:30")
case("o25-adresse-maison", ["o25-adresse-maison"], OWB, "ignore",
     "C7: the brand's own address: ignore.", rules=["C7"])

mail("o26-accuse-ticket", "Support Immo Léman <support@immo-leman.ch>", OW,
     "[Ticket #48213] Nous avons bien reçu votre demande",
     "Ceci est un message automatique. Votre demande concernant le remboursement a bien été enregistrée sous le "
     "numéro #48213. Merci de ne pas répondre.\n",
     "2025-09-25 09:05", CH, headers={"Auto-Submitted": "auto-generated"})
case("o26-accuse-ticket", ["o26-accuse-ticket"], OWB, "ignore",
     "C7: Auto-Submitted: auto-generated (a helpdesk acknowledgement): ignore.", rules=["C7"])

mail("o27-question-hebergement", "Chocolaterie Mertens <info@chocolaterie-mertens.be>", OW,
     "Question hébergement annuel",
     "Bonjour,\n\nAvant de signer pour l'hébergement annuel : si jamais nous résilions dans les quinze premiers "
     "jours, combien serait remboursé exactement ? Les frais d'installation sont-ils perdus ?\n\nMerci\nAn Mertens\n",
     "2025-09-22 10:00", BE)
case("o27-question-hebergement", ["o27-question-hebergement"], OWB, "other",
     "Section 8 hypotheticals: a policy question before signing: other.")

mail("o28-resilier-sans-remboursement", "Syndic Les Mimosas <syndic@residence-mimosas.fr>", OW,
     "Résiliation contrat de maintenance - Résidence Les Mimosas",
     "Bonjour,\n\nL'assemblée générale a voté la fin du site de la résidence ; nous résilions donc le contrat de "
     "maintenance Résidence Les Mimosas Maintenance (OWD-2025-428). Nous ne demandons aucun remboursement, "
     "l'année en cours est due.\n\nCordialement\nLe syndic\n",
     "2025-09-23 10:00", FR)
case("o28-resilier-sans-remboursement", ["o28-resilier-sans-remboursement"], OWB, "decided",
     "Negation: 'nous ne demandons aucun remboursement' adds no refund; O8 cancellation acknowledged with project, invoice and reason (no effective date checked: the spec gives none for annual maintenance).",
     [cancel(None)])

write({"customers": customers, "projects": projects, "payments": payments})
