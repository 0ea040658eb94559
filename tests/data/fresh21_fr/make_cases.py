"""fresh21 held-out cases for French (France, Belgium, Switzerland, Luxembourg, Quebec, West and Central Africa, Maghreb): writes ledger.json, emails/*.eml and expected.json beside this file.
Stdlib only, deterministic. MIT, like the project; all text written for this project."""
import json
import os
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

# ---- shared machinery (identical in every fresh21 language folder) ----
HERE = os.path.dirname(os.path.abspath(__file__))
LOA, OWA = "support@leadsoptima.com", "optimawebdesigns12@gmail.com"
LOB, OWB = "leadsoptima", "optima_webdesign"


def cust(email, plan, status="active", start=None, end=None, trial_ends=None, name=None):
    return {"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
            "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end}


PR = {"monthly": ("1499.00", "269.82"), "quarterly": ("3999.00", "719.82"), "annual": ("11988.00", "2157.84")}


def lopay(pid, inv, email, plan, paid_at, ps, pe, status="paid"):
    a, t = PR[plan]
    return {"brand": LOB, "id": pid, "invoice": inv, "customer_email": email, "kind": "subscription",
            "plan": plan, "amount": a, "tax": t, "currency": "INR", "paid_at": paid_at,
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


def when(s, off):
    h, m = divmod(int(round(off * 60)), 60)
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=timezone(timedelta(hours=h, minutes=m)))


def write_mail(fname, frm, to, subj, body, dt, html=None, headers=None, parent=None, refs=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subj
    m["Date"] = format_datetime(dt)
    mid = "<%s.%s@mail.fresh21.example>" % (fname.replace(".eml", ""), LANG)
    m["Message-ID"] = mid
    if parent:
        m["In-Reply-To"] = parent
        m["References"] = " ".join((refs or []) + [parent])
    for k, v in (headers or {}).items():
        m[k] = v
    if html and body is None:
        m.set_content(html, subtype="html")
    else:
        m.set_content(body)
        if html:
            m.add_alternative(html, subtype="html")
    os.makedirs(os.path.join(HERE, "emails"), exist_ok=True)
    with open(os.path.join(HERE, "emails", fname), "wb") as fh:
        fh.write(m.as_bytes(policy=SMTP))
    return mid


def dec(intent, outcome, amount=None, eff=None):
    d = {"intent": intent, "outcome": outcome, "amount": amount}
    if intent == "cancellation":
        d["effective_date"] = eff
    return d


def build(cases, ledger):
    edir = os.path.join(HERE, "emails")
    if os.path.isdir(edir):
        for f in os.listdir(edir):
            os.remove(os.path.join(edir, f))
    out = []
    for n, c in enumerate(cases, 1):
        files, parent, refs = [], None, []
        for k, mail in enumerate(c["mails"]):
            fname = "l%02d-%s%s.eml" % (n, c["name"], "" if len(c["mails"]) == 1 else "-%d" % (k + 1))
            to = mail.get("to") or (LOA if c["brand"] == LOB else OWA)
            p = None
            if k > 0:  # the answer to the bot's question (the bot's mail itself is not in the files)
                p = "<case-%s-%02d.bot@%s>" % (LANG, n, "leadsoptima.com" if c["brand"] == LOB else "optimawebdesign.com")
            mid = write_mail(fname, mail["from"], to, mail["subj"], mail.get("body"), when(*mail["date"]),
                             html=mail.get("html"), headers=mail.get("headers"), parent=p, refs=list(refs))
            refs.append(mid)
            parent = mid
            files.append("emails/" + fname)
        e = {"id": "%s-l%02d-%s" % (LANG, n, c["name"]), "lang": LANG, "files": files, "brand": c["brand"],
             "status": c["status"], "rules": c.get("rules", [])}
        if "missing" in c:
            e["missing"] = c["missing"]
        e["decisions"] = c.get("decisions", [])
        for k in ("extra_ok", "ambiguous"):
            if k in c:
                e[k] = c[k]
        e["spec"] = c["spec"]
        out.append(e)
    with open(os.path.join(HERE, "ledger.json"), "w", encoding="utf-8") as fh:
        json.dump(ledger, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump({"cases": out}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return out
LANG = "fr"
L = []  # ledger
def C(*a, **k): L.append(("c", cust(*a, **k)))
def P(*a, **k): L.append(("p", lopay(*a, **k)))
def J(*a, **k): L.append(("j", proj(*a, **k)))
def W(*a, **k): L.append(("p", owpay(*a, **k)))

SIG_DISC = ("\n\n--\nCabinet Mercier Expertise Comptable SARL - RCS Lyon 812 345 678\n"
            "Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive de leurs destinataires. "
            "Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire.")
# ---------------- LeadsOptima ledger ----------------
C("julien.moreau@orange.fr", "annual", start="2025-09-22", end="2026-09-21")
P("fr_p01", "LO-INV-8101", "julien.moreau@orange.fr", "annual", "2025-09-22T09:00:00", "2025-09-22", "2026-09-21")
P("fr_p02", "LO-INV-8102", "julien.moreau@orange.fr", "annual", "2025-09-22T09:03:00", "2025-09-22", "2026-09-21")
C("nathalie.dubois@skynet.be", "monthly", start="2025-09-05", end="2025-10-04")
P("fr_p03", "LO-INV-8111", "nathalie.dubois@skynet.be", "monthly", "2025-09-05T11:00:00", "2025-09-05", "2025-10-04")
P("fr_p04", "LO-INV-8112", "nathalie.dubois@skynet.be", "monthly", "2025-09-05T11:01:00", "2025-09-05", "2025-10-04")
C("sebastien.rochat@bluewin.ch", "quarterly", start="2025-09-16", end="2025-12-15")
P("fr_p05", "LO-INV-8121", "sebastien.rochat@bluewin.ch", "quarterly", "2025-09-16T20:00:00", "2025-09-16", "2025-12-15")
P("fr_p06", "LO-INV-8122", "sebastien.rochat@bluewin.ch", "quarterly", "2025-09-16T20:02:00", "2025-09-16", "2025-12-15")
C("marc-andre.tremblay@videotron.ca", "monthly", start="2025-09-15", end="2025-10-14")
P("fr_p07", "LO-INV-8131", "marc-andre.tremblay@videotron.ca", "monthly", "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
P("fr_p08", "LO-INV-8132", "marc-andre.tremblay@videotron.ca", "monthly", "2025-09-15T10:05:00", "2025-09-15", "2025-10-14")
C("aminata.diallo@yahoo.fr", "monthly", start="2025-09-20", end="2025-10-19")
P("fr_p09", "LO-INV-8141", "aminata.diallo@yahoo.fr", "monthly", "2025-09-20T07:30:00", "2025-09-20", "2025-10-19")
P("fr_p10", "LO-INV-8142", "aminata.diallo@yahoo.fr", "monthly", "2025-09-20T07:31:00", "2025-09-20", "2025-10-19")
P("fr_p11", "LO-INV-8143", "aminata.diallo@yahoo.fr", "monthly", "2025-09-20T07:33:00", "2025-09-20", "2025-10-19")
C("karim.benali@gmail.com", "annual", start="2025-09-24", end="2026-09-23")
P("fr_p12", "LO-INV-8151", "karim.benali@gmail.com", "annual", "2025-09-24T12:00:00", "2025-09-24", "2026-09-23")
C("sophie.lambert@free.fr", "quarterly", start="2025-09-25", end="2025-12-24")
P("fr_p13", "LO-INV-8161", "sophie.lambert@free.fr", "quarterly", "2025-09-25T08:00:00", "2025-09-25", "2025-12-24")
C("kevin.girard@laposte.net", "monthly", status="cancelled", start="2025-08-28", end="2025-09-27")
P("fr_p14", "LO-INV-8170", "kevin.girard@laposte.net", "monthly", "2025-08-28T06:00:00", "2025-08-28", "2025-09-27")
P("fr_p15", "LO-INV-8171", "kevin.girard@laposte.net", "monthly", "2025-09-28T06:00:00", "2025-09-28", "2025-10-27")
C("isabelle.gagnon@hotmail.ca", "monthly", start="2025-09-26", end="2025-10-25")
P("fr_p16", "LO-INV-8181", "isabelle.gagnon@hotmail.ca", "monthly", "2025-09-26T13:00:00", "2025-09-26", "2025-10-25")
C("laurent.weber@pt.lu", "annual", start="2025-09-01", end="2026-08-31")
P("fr_p17", "LO-INV-8191", "laurent.weber@pt.lu", "annual", "2025-09-01T10:00:00", "2025-09-01", "2026-08-31")
C("chloe.martin@sfr.fr", "monthly", start="2025-09-27", end="2025-10-26")
P("fr_p18", "LO-INV-8201", "chloe.martin@sfr.fr", "monthly", "2025-09-27T09:00:00", "2025-09-27", "2025-10-26")
C("yannick.mbarga@yahoo.com", "annual", start="2025-09-23", end="2026-09-22")
P("fr_p19", "LO-INV-8211", "yannick.mbarga@yahoo.com", "annual", "2025-09-23T15:00:00", "2025-09-23", "2026-09-22")
C("emma.petit@gmail.com", "monthly", status="trial", trial_ends="2025-10-05")
C("claude.favre@sunrise.ch", "quarterly", start="2025-09-01", end="2025-11-30")
P("fr_p20", "LO-INV-8231", "claude.favre@sunrise.ch", "quarterly", "2025-09-01T10:00:00", "2025-09-01", "2025-11-30")
C("fatou.kone@orange.ci", "monthly")
P("fr_p21", "LO-INV-8241", "fatou.kone@orange.ci", "monthly", "2025-08-12T09:00:00", None, None)
P("fr_p22", "LO-INV-8242", "fatou.kone@orange.ci", "monthly", "2025-09-12T09:00:00", None, None)
C("jean-pierre.leroy@wanadoo.fr", "annual")
P("fr_p23", "LO-INV-8251", "jean-pierre.leroy@wanadoo.fr", "annual", "2025-03-15T10:00:00", None, None)
C("youssef.elamrani@menara.ma", "monthly", start="2025-09-20", end="2025-10-19")
P("fr_p24", "LO-INV-8261", "youssef.elamrani@menara.ma", "monthly", "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
C("guillaume.fontaine@bell.net", "monthly", start="2025-09-18", end="2025-10-17")
P("fr_p25", "LO-INV-8271", "guillaume.fontaine@bell.net", "monthly", "2025-09-18T10:00:00", "2025-09-18", "2025-10-17")
C("helene.dupont@outlook.fr", "annual", start="2025-09-10", end="2026-09-09")
P("fr_p26", "LO-INV-8281", "helene.dupont@outlook.fr", "annual", "2025-09-10T10:00:00", "2025-09-10", "2026-09-09")
C("patrick.lefebvre@lefebvre-plomberie.fr", "monthly", start="2025-09-22", end="2025-10-21")
P("fr_p27", "LO-INV-8291", "patrick.lefebvre@lefebvre-plomberie.fr", "monthly", "2025-09-22T10:00:00", "2025-09-22", "2025-10-21")
P("fr_p28", "LO-INV-8292", "patrick.lefebvre@lefebvre-plomberie.fr", "monthly", "2025-09-22T10:01:00", "2025-09-22", "2025-10-21")
C("compta@boulangerie-rousseau.fr", "quarterly", start="2025-09-01", end="2025-11-30")
P("fr_p29", "LO-INV-8295", "compta@boulangerie-rousseau.fr", "quarterly", "2025-09-01T10:00:00", "2025-09-01", "2025-11-30")
C("valerie.mercier@orange.fr", "monthly", start="2025-09-26", end="2025-10-25")
P("fr_p30", "LO-INV-8301", "valerie.mercier@orange.fr", "monthly", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
C("olivier.bernard@gmail.com", "monthly", start="2025-09-24", end="2025-10-23")
P("fr_p31", "LO-INV-8311", "olivier.bernard@gmail.com", "monthly", "2025-09-24T18:00:00", "2025-09-24", "2025-10-23")
P("fr_p32", "LO-INV-8312", "olivier.bernard@gmail.com", "monthly", "2025-09-24T18:00:40", "2025-09-24", "2025-10-23")
C("francois.nguyen@numericable.fr", "monthly", start="2025-09-10", end="2025-10-09")
P("fr_p33", "LO-INV-8321", "francois.nguyen@numericable.fr", "monthly", "2025-09-10T10:00:00", "2025-09-10", "2025-10-09")
C("mamadou.traore@orange.sn", "quarterly", start="2025-09-25", end="2025-12-24")
P("fr_p34", "LO-INV-8331", "mamadou.traore@orange.sn", "quarterly", "2025-09-25T10:00:00", "2025-09-25", "2025-12-24")
P("fr_p35", "LO-INV-8332", "mamadou.traore@orange.sn", "quarterly", "2025-09-25T10:02:00", "2025-09-25", "2025-12-24", status="refunded")

# ---------------- Optima WebDesign ledger ----------------
J("Cabinet Dr Lemaire Site", "cabinet@dr-lemaire.fr")
W("fr_w01", "OWD-2025-401", "Cabinet Dr Lemaire Site", "deposit", "40000.00", "7200.00", "2025-09-22T10:00:00")
J("Fromagerie Vaudoise Boutique", "boutique@fromagerie-vaudoise.ch")
W("fr_w02", "OWD-2025-402", "Fromagerie Vaudoise Boutique", "deposit", "25000.00", "4500.00", "2025-09-15T14:00:00")
J("Domaine Castel Refonte", "contact@domaine-castel.fr", "2025-09-23T09:00:00")
W("fr_w03", "OWD-2025-403", "Domaine Castel Refonte", "deposit", "30000.00", "5400.00", "2025-09-22T12:00:00")
J("Studio Zen Montréal", "bonjour@studiozen.ca")
W("fr_w04", "OWD-2025-404", "Studio Zen Montréal", "discovery", "15000.00", "2700.00", "2025-09-20T10:00:00")
J("Garage Ndiaye Portail", "it@garage-ndiaye.sn", "2025-09-10T11:00:00")
W("fr_w05", "OWD-2025-405", "Garage Ndiaye Portail", "discovery", "12000.00", "2160.00", "2025-09-08T10:00:00")
J("Épicerie Lefort Boutique", "info@epicerie-lefort.fr", "2025-08-01T10:00:00")
W("fr_w06", "OWD-2025-406", "Épicerie Lefort Boutique", "milestone", "25000.00", "4500.00", "2025-09-10T10:00:00", milestone_status="not_started")
W("fr_w07", "OWD-2025-407", "Épicerie Lefort Boutique", "milestone", "20000.00", "3600.00", "2025-08-01T10:00:00", milestone_status="completed")
J("Clinique Dentaire Saint-Laurent App", "admin@cdsl.qc.ca", "2025-08-20T10:00:00")
W("fr_w08", "OWD-2025-408", "Clinique Dentaire Saint-Laurent App", "milestone", "35000.00", "6300.00", "2025-09-05T10:00:00", milestone_status="in_progress")
J("École de Musique Allegro", "secretariat@allegro-musique.be", "2025-08-01T10:00:00")
W("fr_w09", "OWD-2025-409", "École de Musique Allegro", "milestone", "18000.00", "3240.00", "2025-08-15T10:00:00", milestone_status="approved")
J("Atlas Fitness SEO", "marketing@atlas-fitness.ma", "2025-06-15T10:00:00")
W("fr_w10", "OWD-2025-410", "Atlas Fitness SEO", "retainer", "8000.00", "1440.00", "2025-09-15T10:00:00", period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T00:00:00")
J("Hôtel Les Cimes Réseaux Sociaux", "direction@hotel-lescimes.fr", "2025-05-01T10:00:00")
W("fr_w11", "OWD-2025-411", "Hôtel Les Cimes Réseaux Sociaux", "retainer", "12000.00", "2160.00", "2025-09-01T10:00:00", period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-10-01T00:00:00")
J("Coursiers Lausanne Pub", "admin@coursiers-lausanne.ch", "2025-07-07T10:00:00")
W("fr_w12", "OWD-2025-412", "Coursiers Lausanne Pub", "retainer", "6000.00", "1080.00", "2025-09-07T10:00:00", period_start="2025-09-07", period_end="2025-10-06", next_billing_at="2025-10-07T00:00:00")
J("Immo Kasongo Contenu", "contact@immo-kasongo.cd", "2025-04-01T10:00:00")
W("fr_w13", "OWD-2025-413", "Immo Kasongo Contenu", "retainer", "9000.00", "1620.00", "2025-09-01T10:00:00", period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-11-01T00:00:00")
W("fr_w14", "OWD-2025-414", "Immo Kasongo Contenu", "retainer", "9000.00", "1620.00", "2025-09-20T10:00:00", period_start="2025-10-01", period_end="2025-10-31", next_billing_at="2025-11-01T00:00:00")
J("Gîte du Lac Hébergement", "gite@gitedulac.fr", "2025-09-20T10:00:00")
W("fr_w15", "OWD-2025-415", "Gîte du Lac Hébergement", "hosting_annual", "18000.00", "3240.00", "2025-09-19T10:00:00", setup_fee="2400.00", service_start="2025-09-20")
J("Boucherie Tounsi Maintenance", "boucherie.tounsi@topnet.tn", "2025-09-01T10:00:00")
W("fr_w16", "OWD-2025-416", "Boucherie Tounsi Maintenance", "maintenance_annual", "9600.00", "1728.00", "2025-08-30T10:00:00", setup_fee="0.00", service_start="2025-09-01")
J("Pharmacie Kessler Maintenance", "officine@pharmacie-kessler.lu", "2025-09-25T10:00:00")
W("fr_w17", "OWD-2025-417", "Pharmacie Kessler Maintenance", "maintenance_annual", "10000.00", "1800.00", "2025-09-24T10:00:00", setup_fee="1234.56", service_start="2025-09-25")
J("Brasserie Le Zinc Site", "brasserie@lezinc.be", "2025-08-01T10:00:00")
W("fr_w18", "OWD-2025-418", "Brasserie Le Zinc Site", "third_party", "1800.00", "324.00", "2025-09-20T10:00:00")
W("fr_w18b", "OWD-2025-438", "Brasserie Le Zinc Site", "deposit", "20000.00", "3600.00", "2025-07-20T10:00:00")
J("Salon Expo Abidjan Page", "events@expo-abidjan.ci", "2025-09-12T10:00:00")
W("fr_w19", "OWD-2025-419", "Salon Expo Abidjan Page", "rush", "5000.00", "900.00", "2025-09-12T10:00:00")
W("fr_w19b", "OWD-2025-439", "Salon Expo Abidjan Page", "deposit", "15000.00", "2700.00", "2025-09-11T10:00:00")
J("Rugby Club Montauban Site", "bureau@rugby-montauban.fr", "2025-07-01T10:00:00")
W("fr_w20", "OWD-2025-420", "Rugby Club Montauban Site", "change_request", "4500.00", "810.00", "2025-09-18T10:00:00")
W("fr_w20b", "OWD-2025-440", "Rugby Club Montauban Site", "deposit", "10000.00", "1800.00", "2025-06-25T10:00:00")
J("Fleuriste Marchand Boutique", "boutique@fleurs-marchand.fr")
W("fr_w21", "OWD-2025-421", "Fleuriste Marchand Boutique", "deposit", "10000.00", "1800.00", "2025-09-29T10:00:00")
J("École de Danse Rythme Site", "info@danse-rythme.ch")
W("fr_w22", "OWD-2025-422", "École de Danse Rythme Site", "deposit", "12000.00", "2160.00", "2025-09-27T10:00:00", status="failed")
J("Galerie Lumière Catalogue", "contact@galerie-lumiere.fr")
W("fr_w23", "OWD-2025-423", "Galerie Lumière Catalogue", "discovery", "8000.00", "1440.00", "2025-09-24T10:00:00")
W("fr_w24", "OWD-2025-424", "Galerie Lumière Catalogue", "third_party", "1200.00", "216.00", "2025-09-24T10:05:00")
J("Kiné du Marché Site", "equipe@kine-du-marche.fr")
W("fr_w25", "OWD-2025-425", "Kiné du Marché Site", "deposit", "16000.00", "2880.00", "2025-09-25T10:00:00")
W("fr_w26", "OWD-2025-426", "Kiné du Marché Site", "discovery", "6000.00", "1080.00", "2025-09-25T10:05:00")
ledger = {"customers": [r for t, r in L if t == "c"], "projects": [r for t, r in L if t == "j"],
          "payments": [r for t, r in L if t == "p"]}
X = []
def case(name, brand, status, mails, spec, decisions=(), rules=(), **kw):
    d = dict(name=name, brand=brand, status=status, mails=mails, spec=spec, decisions=list(decisions), rules=list(rules))
    d.update(kw)
    X.append(d)
def m(frm, subj, body, date, off=2, **kw):
    return dict(kw, **{"from": frm, "subj": subj, "body": body, "date": (date, off)})

FR, BE, CHX, LU, QC, SN, CI, CM, CD, MA, DZ, TN = 2, 2, 2, 2, -4, 0, 0, 1, 1, 1, 1, 1

# ---------- LeadsOptima ----------
case("double-prelevement-annuel", LOB, "decided", [m("Julien Moreau <julien.moreau@orange.fr>", "Double prélèvement abonnement annuel",
 "Bonjour,\n\nJ'ai été prélevé deux fois pour l'abonnement annuel le 22/09 (2 x 11 988 Rs). La deuxième facture est la LO-INV-8102.\nMerci de me rembourser le doublon.\n\nCordialement,\nJulien Moreau", "2025-09-25 08:14", FR)],
 "L2 duplicate, L3 day 3, L4: pair 8101/8102 same period; refund the duplicate 11988.00 before tax.",
 [dec("refund", "approve", "11988.00")])
case("doublon-trop-tard-be", LOB, "decided", [m("Nathalie Dubois <nathalie.dubois@skynet.be>", "Paiement débité 2x",
 "Bonjour,\nMon abonnement mensuel a été débité deux fois le 5 septembre (LO-INV-8111 et LO-INV-8112). Pourriez-vous me rembourser le second paiement endéans la semaine s'il vous plaît ?\nBien à vous,\nNathalie Dubois\nNamur", "2025-09-14 10:00", BE)],
 "L3: charge 2025-09-05, request 2025-09-14 IST = day 9 > 7: deny.", [dec("refund", "deny")])
case("doublon-jour7-ch", LOB, "decided", [m("Sébastien Rochat <sebastien.rochat@bluewin.ch>", "Double débit abonnement trimestriel",
 "Bonsoir,\n\nVous m'avez débité deux fois l'abonnement trimestriel le 16.09 au soir (LO-INV-8121 et LO-INV-8122). Je vous prie de me rembourser le paiement à double LO-INV-8122.\n\nMeilleures salutations\nSébastien Rochat\nYverdon-les-Bains", "2025-09-23 20:00", CHX)],
 "Request 20:00 CEST = 23:30 IST on 2025-09-23, charge local date 2025-09-16 -> day 7, inside (L3); L4 pair: 3999.00.",
 [dec("refund", "approve", "3999.00")])
case("charge-en-double-jour8-qc", LOB, "decided", [m("Marc-André Tremblay <marc-andre.tremblay@videotron.ca>", "chargé en double",
 "Allo, vous m'avez chargé deux fois le 15 septembre pour le forfait mensuel, la facture LO-INV-8132 est en double. Remboursez-moi svp. Merci là\nMarc-André", "2025-09-22 16:45", QC)],
 "16:45 EDT on 22.09 is 2025-09-23 02:15 IST: charge 2025-09-15 is day 8 > 7 -> deny (L3).", [dec("refund", "deny")])
case("trois-prelevements-sn", LOB, "decided", [m("Aminata Diallo <aminata.diallo@yahoo.fr>", "Prélevée 3 fois !!",
 "Bonjour,\n\nSur mon relevé je vois l'abonnement mensuel débité TROIS fois le 20/09/2025 (1 499,00 Rs chaque fois, factures LO-INV-8141, LO-INV-8142 et LO-INV-8143). Je n'ai souscrit qu'une seule fois. Merci de rembourser les deux paiements en trop.\n\nCordialement\nAminata Diallo\nDakar", "2025-09-24 09:12", SN)],
 "Section 8 three identical charges: 2 duplicates inside L3: 2 x 1499.00 = 2998.00.", [dec("refund", "approve", "2998.00")])
case("doublon-sans-paire-dz", LOB, "decided", [m("Karim Benali <karim.benali@gmail.com>", "Double paiement LO-INV-8151",
 "Bonjour Monsieur/Madame,\n\nJe constate que l'abonnement annuel a été payé deux fois selon ma banque (facture LO-INV-8151). Je vous prie de bien vouloir me rembourser le montant payé en double.\n\nVeuillez agréer mes salutations distinguées.\nKarim Benali\nOran", "2025-09-26 11:40", DZ)],
 "L4: duplicate claimed but the ledger holds one charge of this account -> escalate.", [dec("refund", "escalate")])
case("mauvaise-formule", LOB, "decided", [m("Sophie Lambert <sophie.lambert@free.fr>", "Erreur de facturation",
 "Bonjour,\nJ'ai pris la formule mensuelle mais on m'a facturé le mauvais montant : 3 999 Rs pour le trimestriel au lieu de 1 499 (facture LO-INV-8161). Merci de corriger et de me rembourser la différence.\nSophie", "2025-09-27 14:05", FR)],
 "L2 billing_error (wrong amount / plan) inside 7 days (charge 09-25) -> escalate (L5).", [dec("refund", "escalate")])
case("preleve-apres-resiliation", LOB, "decided", [m("Kevin Girard <kevin.girard@laposte.net>", "Prélèvement après résiliation",
 "Bonjour,\n\nj'ai résilié mon abonnement mensuel en septembre et j'ai quand même été prélevé hier (LO-INV-8171). Merci de me rembourser ce prélèvement fait après ma résiliation.\n\nKevin", "2025-09-29 07:50", FR)],
 "L2 billing_error (charged after cancelling), charge 09-28 inside 7 days -> escalate (L5).", [dec("refund", "escalate")])
case("connexion-impossible-html-qc", LOB, "decided", [m("Isabelle Gagnon <isabelle.gagnon@hotmail.ca>", "Pas capable de me connecter", None, "2025-09-29 09:30", QC,
 html="<html><body><div>Bonjour,</div><div><br></div><div>Depuis vendredi je suis <b>pas capable de me connecter</b>, la plateforme ne charge pas pantoute. Le clavardage avec votre soutien n'a rien réglé. Je veux donc être remboursée pour mon forfait mensuel (facture LO-INV-8181).</div><div><br></div><div>Bonne journée,<br>Isabelle Gagnon<br>Sherbrooke (Québec)</div></body></html>")],
 "L2 access_failure inside 7 days (charge 09-26, request 09-29 19:00 IST) -> escalate (L6).", [dec("refund", "escalate")])
case("acces-trop-tard-lu", LOB, "decided", [m("Laurent Weber <laurent.weber@pt.lu>", "Accès impossible",
 "Bonjour,\n\nJe n'arrive plus à me connecter depuis plusieurs jours, aucun accès au tableau de bord. Je demande le remboursement de mon abonnement annuel (LO-INV-8191 du 1er septembre).\n\nSalutations\nLaurent Weber\nEsch-sur-Alzette", "2025-09-20 16:00", LU)],
 "L3: charge 2025-09-01, request 2025-09-20 = day 19 -> deny, even for access failure.", [dec("refund", "deny")])
case("plus-besoin-dictee", LOB, "decided", [m("Chloé Martin <chloe.martin@sfr.fr>", "remboursement",
 "bonjour jai plus besoin du logiciel jai trouve autre chose entre temps merci de me rembourser la facture lo inv 8201 merci chloe\n\nEnvoyé de mon iPhone", "2025-09-28 19:22", FR)],
 "L1: not needing it any more is no exception reason -> deny, cancellation offered.", [dec("refund", "deny")])
case("trop-cher-cm", LOB, "decided", [m("Yannick Mbarga <yannick.mbarga@yahoo.com>", "Annulation abonnement annuel et remboursement",
 "Bonjour,\n\nJ'ai souscrit hier l'abonnement annuel (LO-INV-8211) mais franchement c'est trop cher pour une petite structure comme la nôtre à Douala. Merci d'annuler et de me reverser les 11 988.\n\nCordialement\nY. Mbarga", "2025-09-24 10:00", CM)],
 "L1: too expensive is no exception reason -> deny (cancellation offered); an extra cancellation decision is harmless.",
 [dec("refund", "deny")], extra_ok=True)
case("periode-essai", LOB, "decided", [m("Emma Petit <emma.petit@gmail.com>", "Remboursement période d'essai",
 "Coucou, je suis en période d'essai gratuite et je veux pas continuer. Remboursez-moi tout ce que vous avez prélevé svp, l'outil c'est pas pour moi. Emma", "2025-09-27 12:00", FR)],
 "L7: trial account, no charges -> deny (nothing to refund; no billing unless they subscribe).", [dec("refund", "deny")],
 extra_ok=True)
case("resiliation-trimestre-ch", LOB, "decided", [m("Claude Favre <claude.favre@sunrise.ch>", "Résiliation",
 "Bonjour,\n\nPar la présente, je résilie mon abonnement trimestriel avec effet immédiat. Nous réorganisons notre marketing.\n\nMeilleures salutations\nClaude Favre", "2025-09-18 08:45", CHX)],
 "L8: current_period_end 2025-11-30 is the last active day.", [dec("cancellation", "cancel", eff="2025-11-30")])
case("arreter-mensuel-ci", LOB, "decided", [m("Fatou Koné <fatou.kone@orange.ci>", "Arrêter abonnement svp",
 "Bonsoir, svp il faut arrêter mon abonnement mensuel dès que possible. Merci beaucoup. Fatou Koné, Abidjan", "2025-09-19 21:10", CI)],
 "L8 fallback: no current_period_end; last charge 2025-09-12 + 1 month - 1 day = 2025-10-11.", [dec("cancellation", "cancel", eff="2025-10-11")])
case("lettre-resiliation-annuel", LOB, "decided", [m("Jean-Pierre Leroy <jean-pierre.leroy@wanadoo.fr>", "Résiliation de mon abonnement annuel",
 "Madame, Monsieur,\n\nPar la présente, je vous notifie la résiliation de mon abonnement annuel LeadsOptima. Motif : départ à la retraite en fin d'année et fermeture de mon cabinet.\nJe vous saurais gré de bien vouloir m'en accuser réception.\n\nJe vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n\nJean-Pierre Leroy\nTours", "2025-09-15 10:20", FR)],
 "L8 fallback: annual charge 2025-03-15 + 12 months - 1 day = 2026-03-14.", [dec("cancellation", "cancel", eff="2026-03-14")])
case("resilier-et-rembourser-ma", LOB, "decided", [m("Youssef El Amrani <youssef.elamrani@menara.ma>", "Résiliation + remboursement",
 "Salam,\nje veux résilier mon abonnement mensuel et être remboursé des jours restants, je ne l'utilise plus depuis une semaine. Facture LO-INV-8261.\nMerci, Youssef\nCasablanca", "2025-09-26 17:30", MA)],
 "Refund of unused days: L1 deny; cancellation L8: current_period_end 2025-10-19.",
 [dec("refund", "deny"), dec("cancellation", "cancel", eff="2025-10-19")])
case("retrofacturation-qc", LOB, "decided", [m("Guillaume Fontaine <guillaume.fontaine@bell.net>", "ANNULEZ MON ABONNEMENT",
 "Annulez mon abonnement tout de suite pis remboursez-moi les 1499 de la facture LO-INV-8271, votre outil marche pas. Sinon je fais un chargeback avec ma carte de crédit Desjardins.", "2025-09-21 13:55", QC)],
 "C4: chargeback threat covers the whole case: refund and cancellation both escalate (section 8).",
 [dec("refund", "escalate"), dec("cancellation", "escalate")], rules=["C4"])
case("avocat", LOB, "decided", [m("Hélène Dupont <helene.dupont@outlook.fr>", "Mise en demeure - LO-INV-8281",
 "Madame, Monsieur,\n\nL'abonnement annuel ne correspond en rien à ce qui était promis. J'exige le remboursement intégral. Mon avocat est informé et engagera une action en justice à défaut de paiement sous 7 jours.\n\nHélène Dupont", "2025-09-16 09:00", FR)],
 "C4: lawyer / legal action -> escalate.", [dec("refund", "escalate")], rules=["C4"])
case("adresse-perso-c2", LOB, "need_info", [m("Patrick Lefebvre <patrick.lefebvre.perso@gmail.com>", "Double prélèvement",
 "Bonjour, je vous écris de mon adresse perso. Mon compte est au nom de patrick.lefebvre@lefebvre-plomberie.fr. Vous m'avez prélevé deux fois l'abonnement mensuel (LO-INV-8292). Merci de rembourser. Patrick Lefebvre", "2025-09-23 12:00", FR)],
 "C2: the sender is not the registered email stated -> ask to write from it, disclose nothing.", rules=["C2"])
case("tr-transfert-c2", LOB, "need_info", [m("Thierry Rousseau <thierry.rousseau@gmail.com>", "TR: Remboursement abonnement trimestriel",
 "Bonjour, ci-dessous le mail de notre compta, merci de faire le nécessaire.\n\nThierry\n\n-----Message d'origine-----\nDe : Compta Boulangerie Rousseau <compta@boulangerie-rousseau.fr>\nEnvoyé : lundi 22 septembre 2025 09:12\nÀ : Thierry Rousseau <thierry.rousseau@gmail.com>\nObjet : Remboursement abonnement trimestriel\n\nMadame, Monsieur,\nNotre compte compta@boulangerie-rousseau.fr a été débité d'un montant erroné pour l'abonnement trimestriel (facture LO-INV-8295). Nous vous remercions de vérifier et de nous rembourser.\nCordialement,\nLa comptabilité", "2025-09-22 10:05", FR)],
 "Section 8 forwards + C2: the forwarded request names compta@boulangerie-rousseau.fr, the sender is another address -> ask for it from that address.", rules=["C2"])
case("reponse-automatique", LOB, "ignore", [m("Karim Benali <karim.benali@gmail.com>", "Réponse automatique : Votre demande [LO-3291]",
 "Bonjour, je suis absent du bureau jusqu'au 06/10 avec un accès limité à mes e-mails. Pour toute urgence, merci de contacter ma collègue.", "2025-09-27 08:00", DZ,
 headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})], "C7: Auto-Submitted auto-replied -> ignore.", rules=["C7"])
case("lettre-info-liste", LOB, "ignore", [m("La Lettre du SaaS <lettre@lettre-saas.fr>", "Résilier, se faire rembourser, contester : vos droits en 5 points",
 "Cette semaine : comment résilier un abonnement, obtenir un remboursement ou lancer une rétrofacturation.\n\nSe désinscrire : https://lettre-saas.fr/desinscription", "2025-09-24 06:00", FR,
 headers={"List-Id": "La Lettre du SaaS <hebdo.lettre-saas.fr>", "List-Unsubscribe": "<https://lettre-saas.fr/desinscription>", "Precedence": "list"})],
 "C7: List-Id / Precedence list -> ignore.", rules=["C7"])
case("non-remis", LOB, "ignore", [m("Mail Delivery Subsystem <MAILER-DAEMON@smtp.orange.fr>", "Non remis : Votre résiliation [LO-3240]",
 "Ceci est un message généré automatiquement.\nVotre message n'a pas pu être remis à : resiliation@ancienne-societe.fr\nRaison : 550 5.1.1 Utilisateur inconnu", "2025-09-25 03:12", FR,
 headers={"Auto-Submitted": "auto-generated"})], "C7: MAILER-DAEMON bounce -> ignore.", rules=["C7"])
case("sans-motif-mention-legale", LOB, "need_info", [m("Valérie Mercier <valerie.mercier@orange.fr>", "Remboursement LO-INV-8301",
 "Madame, Monsieur,\n\nJe vous prie de bien vouloir procéder au remboursement de la facture LO-INV-8301 (abonnement mensuel).\n\nRestant à votre disposition pour tout complément d'information.\n\nBien cordialement,\nValérie Mercier" + SIG_DISC, "2025-09-27 15:00", FR)],
 "Section 8 what a reason is: restatement, courtesy line, signature and disclaimer are no reason -> ask for the reason (C3).",
 missing=["reason"])
case("fil-motif-envoye", LOB, "decided", [
 m("Olivier Bernard <olivier.bernard@gmail.com>", "Remboursement", "Bonjour, merci de rembourser LO-INV-8312. Cdlt\nOlivier Bernard", "2025-09-25 07:30", FR),
 m("Olivier Bernard <olivier.bernard@gmail.com>", "Re: Remboursement [LO-3305]", "Bonjour,\n\nLe motif : l'abonnement mensuel a été prélevé deux fois le 24/09, une fois LO-INV-8311 et une fois LO-INV-8312.\n\nOlivier\n\nLe jeu. 25 sept. 2025 à 10:02, LeadsOptima Support <support@leadsoptima.com> a écrit :\n> Merci de nous indiquer le motif de votre demande de remboursement.", "2025-09-26 08:10", FR)],
 "C3: the answer gives the reason (duplicate); request time = first mail 2025-09-25, day 1; L4 pair -> 1499.00.",
 [dec("refund", "approve", "1499.00")])
case("ne-veut-pas-de-remboursement", LOB, "other", [m("François Nguyen <francois.nguyen@numericable.fr>", "Facture au nom de la société",
 "Bonjour,\n\nRassurez-vous, je ne demande PAS de remboursement et je ne veux pas résilier : j'aurais juste besoin de la facture LO-INV-8321 au nom de ma société (Nguyen Transports SAS, Lille) pour la compta.\n\nMerci d'avance\nFrançois", "2025-09-17 11:00", FR)],
 "Section 8 negation: no refund, no cancellation intent; an invoice request -> other.")
case("question-avant-achat-be", LOB, "other", [m("Menuiserie Gauthier <contact@menuiserie-gauthier.be>", "Question abonnement annuel",
 "Bonjour,\nNous pensons prendre l'abonnement annuel. Si ça ne nous convient pas, est-ce qu'on serait remboursés ? Et peut-on résilier chaque mois ?\nBien à vous,\nLuc Gauthier", "2025-09-18 14:30", BE)],
 "Section 8 hypothetical before buying: a policy question -> other.")
case("merci-remboursement", LOB, "other", [m("Julien Moreau <julien.moreau@orange.fr>", "Re: Double prélèvement abonnement annuel [LO-3288]",
 "Bonjour,\n\nLe remboursement est bien arrivé sur mon compte aujourd'hui. Merci beaucoup pour votre réactivité !\n\nJulien", "2025-09-30 18:00", FR, headers={"In-Reply-To": "<case-fr-29-done.bot@leadsoptima.com>", "References": "<case-fr-29-done.bot@leadsoptima.com>"})],
 "A thank-you after a refund asks for nothing -> other.")
case("question-gst-cm", LOB, "other", [m("Yannick Mbarga <yannick.mbarga@yahoo.com>", "Question facture LO-INV-8211",
 "Bonjour, que signifie la ligne GST 2 157,84 sur ma facture LO-INV-8211 ? Dois-je la déclarer au Cameroun ? Merci. Y. Mbarga", "2025-09-25 09:00", CM)],
 "An invoice question that asks for no refund or cancellation -> other.")
case("paiement-deja-rembourse-sn", LOB, "decided", [m("Mamadou Traoré <mamadou.traore@orange.sn>", "Double paiement trimestriel",
 "Bonjour, l'abonnement trimestriel a été payé en double le 25/9. Merci de rembourser le 2e paiement LO-INV-8332. Cordialement, Mamadou Traoré", "2025-09-27 10:00", SN)],
 "Section 8: the charge named is not paid (status refunded) -> escalate.", [dec("refund", "escalate")])

# ---------- Optima WebDesign ----------
case("acompte-49h", OWB, "decided", [m("Cabinet Dr Lemaire <cabinet@dr-lemaire.fr>", "Refund Request — Cabinet Dr Lemaire Site / OWD-2025-401",
 "Madame, Monsieur,\n\nNous avons réglé lundi l'acompte de 47 200,00 INR TTC (facture OWD-2025-401) pour le projet « Cabinet Dr Lemaire Site ». Le cabinet ayant entre-temps été repris par une maison de santé qui dispose déjà de son propre site, nous vous prions de bien vouloir nous rembourser cet acompte.\n\nCordialement,\nSecrétariat du Dr Lemaire", "2025-09-24 08:00", FR)],
 "O2: paid 2025-09-22 10:00 IST, request 11:30 IST 09-24 = 49.5 h, no work -> approve 40000.00 (before tax, C6).",
 [dec("refund", "approve", "40000.00")])
case("acompte-72h-pile-ch", OWB, "decided", [m("Fromagerie Vaudoise <boutique@fromagerie-vaudoise.ch>", "Remboursement acompte boutique",
 "Bonjour,\n\nNous renonçons au projet Fromagerie Vaudoise Boutique, le conseil d'administration a supprimé le budget. Merci de nous rembourser l'acompte selon facture OWD-2025-402.\n\nMeilleures salutations\nFromagerie Vaudoise SA", "2025-09-18 10:30", CHX)],
 "O2 + section 8: paid 2025-09-15 14:00 IST, request 10:30 CEST = 14:00 IST 09-18 = exactly 72 h -> deny.", [dec("refund", "deny")], extra_ok=True)
case("acompte-travail-commence", OWB, "decided", [m("Domaine Castel <contact@domaine-castel.fr>", "Annulation refonte",
 "Bonjour,\nNous souhaitons annuler la commande Domaine Castel Refonte, nous restons finalement avec notre agence actuelle. Merci de nous rembourser l'acompte OWD-2025-403.\nBien cordialement,\nLa famille Castel, Saint-Émilion", "2025-09-24 09:00", FR)],
 "O2: 48.5 h but work started 2025-09-23 09:00 before the request -> deny (whichever first).", [dec("refund", "deny")], extra_ok=True)
case("atelier-strategie-sans-facture-qc", OWB, "decided", [m("Studio Zen <bonjour@studiozen.ca>", "Annuler l'atelier stratégie",
 "Bonjour l'équipe,\n\nOn doit malheureusement annuler l'atelier de stratégie pour Studio Zen Montréal : mon associée a quitté le projet pis on met tout sur la glace. Pouvez-vous nous rembourser les frais?\n\nMerci beaucoup\nMaude", "2025-09-23 13:00", QC)],
 "O1: no session started; the project has exactly one payment, so the invoice is filled from the ledger (section 1) -> approve 15000.00.",
 [dec("refund", "approve", "15000.00")], extra_ok=True)
case("atelier-commence-transfert-sn", OWB, "decided", [m("IT Garage Ndiaye <it@garage-ndiaye.sn>", "TR: Frais d'ateliers",
 "Pour traitement, voir ci-dessous.\n\n---------- Message transféré ---------\nDe : Ousmane Ndiaye <o.ndiaye@garage-ndiaye.sn>\nDate : mer. 24 sept. 2025 à 17:02\nObjet : Frais d'ateliers\nÀ : IT Garage Ndiaye <it@garage-ndiaye.sn>\n\nLes ateliers pour le Garage Ndiaye Portail ne nous ont rien apporté, les livrables sont inutilisables. Récupérez les 12 000 de la facture OWD-2025-405 svp.\n\nO. Ndiaye", "2025-09-25 08:00", SN)],
 "Forward from the contract address (section 8): O1 discovery, sessions started 2025-09-10 -> deny.", [dec("refund", "deny")])
case("jalon-non-commence", OWB, "decided", [m("Épicerie Lefort <info@epicerie-lefort.fr>", "Annulation jalon 3",
 "Bonjour,\n\nPour Épicerie Lefort Boutique, nous ne souhaitons plus réaliser le jalon « connexion à la caisse » (facture OWD-2025-406) : on garde notre caisse actuelle pour le moment. Merci de nous rembourser ce jalon déjà payé.\n\nBonne journée\nPascal Lefort", "2025-09-25 19:00", FR)],
 "O3: milestone not_started -> approve its amount 25000.00 before tax.", [dec("refund", "approve", "25000.00")], extra_ok=True)
case("jalon-en-cours-qc", OWB, "decided", [m("Administration CDSL <admin@cdsl.qc.ca>", "Remboursement étape application",
 "Bonjour,\nPour Clinique Dentaire Saint-Laurent App (facture OWD-2025-408), nous demandons un remboursement : le design actuel ne nous convainc pas et finalement on n'a plus besoin de l'application de prise de rendez-vous.\nSalutations\nL'administration", "2025-09-26 10:00", QC)],
 "O3: milestone in_progress -> escalate (billable value of work not started).", [dec("refund", "escalate")])
case("jalon-valide-be", OWB, "decided", [m("École de Musique Allegro <secretariat@allegro-musique.be>", "Remboursement maquette",
 "Bonjour, nous avons validé la maquette pour l'École de Musique Allegro, mais finalement elle ne plaît plus au conseil. Nous voudrions récupérer les 18 000 (OWD-2025-409). Merci, le secrétariat", "2025-09-20 12:00", BE)],
 "O3/O6: approved milestone -> deny.", [dec("refund", "deny")])
case("forfait-seo-preavis-ok-ma", OWB, "decided", [m("Atlas Fitness Marketing <marketing@atlas-fitness.ma>", "Résiliation accompagnement SEO",
 "Bonjour,\n\nNous résilions l'accompagnement Atlas Fitness SEO (dernière facture OWD-2025-410). Motif : réduction du budget pour le dernier trimestre, le SEO sera fait en interne à partir d'octobre.\n\nCordialement\nÉquipe marketing, Rabat", "2025-09-26 09:00", MA)],
 "O4/O8: next_billing 2025-10-15, request 09-26 <= 10-08 -> cancel, effective 2025-10-14.",
 [dec("cancellation", "cancel", eff="2025-10-14")])
case("forfait-preavis-court", OWB, "decided", [m("Direction Hôtel Les Cimes <direction@hotel-lescimes.fr>", "Résiliation gestion réseaux sociaux",
 "Madame, Monsieur,\n\nNous résilions la prestation Hôtel Les Cimes Réseaux Sociaux (facture OWD-2025-411), car nous avons recruté une chargée de communication pour la saison d'hiver.\n\nCordialement,\nLa direction", "2025-09-26 15:00", FR)],
 "O4: next_billing 2025-10-01, notice < 7 days -> next cycle billed; effective = its last day 2025-10-31.",
 [dec("cancellation", "cancel", eff="2025-10-31")])
case("forfait-7-jours-pile-ch", OWB, "decided", [m("Coursiers Lausanne <admin@coursiers-lausanne.ch>", "Résiliation pub en ligne",
 "Bonsoir,\nNous résilions la prestation Coursiers Lausanne Pub (OWD-2025-412). Motif : la société a été vendue à une coopérative qui gère elle-même sa publicité.\nMerci et salutations\nAdmin", "2025-09-30 19:00", CHX)],
 "O4: 19:00 CEST = 22:30 IST on 2025-09-30 = next_billing 2025-10-07 minus 7 days -> enough notice; effective 2025-10-06.",
 [dec("cancellation", "cancel", eff="2025-10-06")])
case("forfait-paye-avance-cd", OWB, "decided", [m("Immo Kasongo <contact@immo-kasongo.cd>", "Fin du contrat contenu",
 "Bonjour,\n\nNous mettons fin au contrat Immo Kasongo Contenu (facture OWD-2025-413) car l'agence ferme ses portes en fin d'année.\n\nCordialement\nM. Kasongo, Kinshasa", "2025-09-24 11:00", CD)],
 "Section 8 retainer paid in advance: October already paid (OWD-2025-414), notice >= 7 days -> escalate.",
 [dec("cancellation", "escalate")])
case("hebergement-14-jours", OWB, "decided", [m("Gîte du Lac <gite@gitedulac.fr>", "Résiliation hébergement et remboursement",
 "Bonjour,\n\nNous vendons le gîte et n'avons plus besoin de l'hébergement (Gîte du Lac Hébergement, facture OWD-2025-415). Merci de résilier et de rembourser au prorata.\n\nMerci\nFamille Roux", "2025-09-27 10:00", FR)],
 "O5: start 2025-09-20, day 7: (18000-2400)/12 = 1300; 18000-2400-1300 = 14300.00.",
 [dec("refund", "approve", "14300.00")], extra_ok=True)
case("maintenance-jour15-tn", OWB, "decided", [m("Boucherie Tounsi <boucherie.tounsi@topnet.tn>", "Remboursement contrat maintenance",
 "Bonjour, nous n'avons pas besoin du contrat Boucherie Tounsi Maintenance (OWD-2025-416), mon neveu s'en occupe maintenant. Merci de rembourser. Tounsi, Sfax", "2025-09-16 10:00", TN)],
 "O5: service_start 2025-09-01, request 14:30 IST 2025-09-16 = day 15 > 14 -> deny.", [dec("refund", "deny")], extra_ok=True)
case("maintenance-arrondi-lu", OWB, "decided", [m("Pharmacie Kessler <officine@pharmacie-kessler.lu>", "Annulation maintenance",
 "Madame, Monsieur,\n\nNous souhaitons annuler la maintenance Pharmacie Kessler Maintenance (facture OWD-2025-417) et obtenir un remboursement au prorata, car nous passons à une solution de boutique avec support intégré.\n\nSalutations distinguées\nPharmacie Kessler, Luxembourg", "2025-09-29 08:30", LU)],
 "O5: (10000-1234.56)/12 = 730.4533..; 10000-1234.56-730.4533 = 8034.9867 -> 8034.99 (C6 rounded once).",
 [dec("refund", "approve", "8034.99")], extra_ok=True)
case("domaine-ssl-be", OWB, "decided", [m("Brasserie Le Zinc <brasserie@lezinc.be>", "Nom de domaine + SSL à rembourser",
 "Bonjour, pour Brasserie Le Zinc Site vous nous avez facturé le nom de domaine et le SSL (OWD-2025-418). On avait déjà un domaine, donc on voudrait être remboursés. Bien à vous, l'équipe du Zinc (Liège)", "2025-09-22 16:00", BE)],
 "O6: third_party (domain, SSL) -> deny.", [dec("refund", "deny")])
case("frais-urgence-ci", OWB, "decided", [m("Expo Abidjan Events <events@expo-abidjan.ci>", "Remboursement frais d'urgence",
 "Bonjour, la page pour Salon Expo Abidjan Page est arrivée à temps, mais on ne comprend pas les frais d'urgence (OWD-2025-419), le salon a été reporté de toute façon. Merci de rembourser. Cordialement, A. Kouassi", "2025-09-19 09:00", CI)],
 "O6: rush fee -> deny.", [dec("refund", "deny")])
case("demande-modification", OWB, "decided", [m("Bureau Rugby Club Montauban <bureau@rugby-montauban.fr>", "Facture modifications",
 "Bonjour, pour Rugby Club Montauban Site vous nous avez facturé des modifications supplémentaires (OWD-2025-420). L'assemblée générale ne les a pas votées, donc nous demandons le remboursement. Sportivement, le bureau", "2025-09-24 20:00", FR)],
 "O6: change_request outside scope -> deny.", [dec("refund", "deny")])
case("autre-adresse-c2", OWB, "need_info", [m("Dr Antoine Lemaire <antoine.lemaire@gmail.com>", "Acompte site du cabinet",
 "Bonjour, merci de rembourser l'acompte pour Cabinet Dr Lemaire Site (OWD-2025-401), on ne fait plus le projet. A. Lemaire", "2025-09-23 21:00", FR)],
 "C2: not the contract email cabinet@dr-lemaire.fr -> ask to write from it, nothing disclosed.", rules=["C2"])
case("menace-retrofacturation-ch", OWB, "decided", [m("Fromagerie Vaudoise <boutique@fromagerie-vaudoise.ch>", "Dernier rappel OWD-2025-402",
 "Bonjour,\n\nNous attendons toujours le remboursement de l'acompte pour Fromagerie Vaudoise Boutique (OWD-2025-402), le projet est abandonné. Sans réponse d'ici vendredi, nous ouvrirons un litige (chargeback) auprès de notre carte de crédit.\n\nFromagerie Vaudoise SA", "2025-09-22 09:00", CHX)],
 "C4: chargeback threat -> escalate.", [dec("refund", "escalate")], rules=["C4"])
case("sans-motif-iphone", OWB, "need_info", [m("Fleuriste Marchand <boutique@fleurs-marchand.fr>", "Remboursement",
 "Merci de rembourser l'acompte OWD-2025-421 pour Fleuriste Marchand Boutique.\n\nEnvoyé de mon iPhone", "2025-09-30 07:15", FR)],
 "Section 8: restating the request is no reason; Optima needs one -> ask for the reason.", missing=["reason"])
case("resiliation-sans-motif", OWB, "need_info", [m("Direction Hôtel Les Cimes <direction@hotel-lescimes.fr>", "Résiliation",
 "Madame, Monsieur,\nPar la présente nous résilions le contrat Hôtel Les Cimes Réseaux Sociaux, facture OWD-2025-411.\nCordialement\nLa direction de l'Hôtel Les Cimes\nTél. +33 4 50 12 34 56", "2025-09-12 10:00", FR)],
 "Section 8: Optima requires a reason for cancellations too; none given -> ask for it.", missing=["reason"])
case("paiement-echoue-ch", OWB, "decided", [m("École de Danse Rythme <info@danse-rythme.ch>", "Acompte à rembourser",
 "Bonjour,\nNous avons choisi un outil de création de site et voulons récupérer l'acompte pour École de Danse Rythme Site (OWD-2025-422).\nSalutations, l'École de Danse Rythme", "2025-09-28 09:00", CHX)],
 "Section 8: payment status failed (not paid) -> escalate.", [dec("refund", "escalate")])
case("sans-facture-deux-paiements", OWB, "need_info", [m("Galerie Lumière <contact@galerie-lumiere.fr>", "Annulation atelier",
 "Bonjour,\nPour Galerie Lumière Catalogue, nous annulons l'atelier de stratégie car l'exposition a été annulée. Merci de rembourser les frais de l'atelier.\nCordialement, Galerie Lumière", "2025-09-25 10:00", FR)],
 "C3: two payments on the project and no reference given -> ask for the invoice number.", missing=["invoice_number"])
case("fil-facture-envoyee", OWB, "decided", [
 m("Kiné du Marché <equipe@kine-du-marche.fr>", "Annulation acompte", "Bonjour,\nNous annulons Kiné du Marché Site, car nous n'avons finalement pas obtenu le local. Merci de rembourser l'acompte.\nL'équipe", "2025-09-26 09:00", FR),
 m("Kiné du Marché <equipe@kine-du-marche.fr>", "RE: Annulation acompte [OWD-2187]", "Bonjour, le numéro de facture est owd 2025 425.\nL'équipe\n\n> Merci de nous indiquer le numéro de facture.", "2025-09-26 13:00", FR)],
 "C3 thread: reference given (lowercase, spaces, section 8); deposit paid 09-25 10:00 IST, first mail 09-26 12:30 IST = 26.5 h, no work -> approve 16000.00.",
 [dec("refund", "approve", "16000.00")], extra_ok=True)

if __name__ == "__main__":
    out = build(X, ledger)
    print("%d cases written" % len(out))
