"""fresh25_fr: French held-out cases (Belgium, Quebec, Switzerland, Senegal, Côte d'Ivoire, France).

Stdlib only, deterministic. Run `python3 make_cases.py`: writes ledger.json, emails/*.eml and
expected.json beside this file. MIT, like the project; all text written for this project.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from casekit import LO, OWD, LOB, OWB, cust, lopay, proj, owpay, M, Q, A  # noqa: E402

LANG = "fr"
CEST = 2   # France, Belgium, Switzerland in September 2025
QC = -4    # Quebec (EDT)
GMT = 0    # Senegal, Côte d'Ivoire

customers, projects, payments = [], [], []
cases = []
EMAILS = HERE / "emails"


def dt(s, off=CEST):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=timezone(timedelta(hours=off)))


def mail(fn, frm, to, subject, when, body, html=None, parent=None, headers=None, off=CEST):
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(dt(when, off))
    msg["Message-ID"] = f"<{fn}.{LANG}25@mail.example>"
    if parent is not None:
        msg["In-Reply-To"] = parent["Message-ID"]
        refs = (parent.get("References", "") + " " + parent["Message-ID"]).strip()
        msg["References"] = refs
    for k, v in (headers or {}).items():
        msg[k] = v
    if html and body is None:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(body)
        if html:
            msg.add_alternative(html, subtype="html")
    EMAILS.mkdir(exist_ok=True)
    (EMAILS / f"{fn}.eml").write_bytes(msg.as_bytes(policy=policy.SMTP))
    msg._fn = f"emails/{fn}.eml"
    return msg


def case(cid, brand, status, msgs, decisions=(), rules=(), missing=None, spec="", extra_ok=False, ambiguous=None):
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": [m._fn for m in msgs], "brand": brand,
         "status": status, "rules": list(rules), "decisions": list(decisions), "spec": spec}
    if missing is not None:
        c["missing"] = missing
    if extra_ok:
        c["extra_ok"] = True
    if ambiguous:
        c["ambiguous"] = ambiguous
    cases.append(c)


def ref(outcome, amount=None):
    return {"intent": "refund", "outcome": outcome, "amount": amount}


def can(outcome, eff=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if eff:
        d["effective_date"] = eff
    return d


# ---------------------------------------------------------------- LeadsOptima
# l01 duplicate annual, Belgium -> approve
customers.append(cust("c.dubois@skynet.be", "Christine Dubois", "annual", start="2025-09-23", end="2026-09-22"))
payments += [lopay("fr_p01", "LO-INV-50101", "c.dubois@skynet.be", "annual", *A, "2025-09-23T11:00:00", "2025-09-23", "2026-09-22"),
             lopay("fr_p02", "LO-INV-50102", "c.dubois@skynet.be", "annual", *A, "2025-09-23T11:02:00", "2025-09-23", "2026-09-22")]
m = mail("l01-double-prelevement", "Christine Dubois <c.dubois@skynet.be>", LO, "Double prélèvement abonnement annuel",
         "2025-09-26 09:15",
         "Bonjour,\n\nEn vérifiant mes extraits de compte, je constate que vous m'avez débité deux fois l'abonnement annuel "
         "le 23 septembre (factures LO-INV-50101 et LO-INV-50102), à deux minutes d'intervalle. Pourriez-vous me rembourser "
         "le deuxième prélèvement s'il vous plaît ?\n\nBien à vous,\nChristine Dubois\nNamur")
case("l01-double-prelevement", LOB, "decided", [m], [ref("approve", "11988.00")],
     spec="L2 duplicate, L3 day 3, L4 pair same period -> refund the later charge LO-INV-50102, 11988.00 before tax.")

# l02 duplicate, Quebec afternoon = next IST day -> day 8 deny
customers.append(cust("genevieve.tremblay@videotron.ca", "Geneviève Tremblay", "monthly", start="2025-09-20", end="2025-10-19"))
payments += [lopay("fr_p03", "LO-INV-50111", "genevieve.tremblay@videotron.ca", "monthly", *M, "2025-09-20T10:00:00", "2025-09-20", "2025-10-19"),
             lopay("fr_p04", "LO-INV-50112", "genevieve.tremblay@videotron.ca", "monthly", *M, "2025-09-20T10:01:00", "2025-09-20", "2025-10-19")]
m = mail("l02-quebec-jour8", "Geneviève Tremblay <genevieve.tremblay@videotron.ca>", LO, "Facturée deux fois",
         "2025-09-27 16:00",
         "Bonjour,\n\nJe me permets de vous écrire car j'ai été facturée deux fois pour mon abonnement mensuel le 20 septembre "
         "(LO-INV-50112 est le doublon). Je vous saurais gré de bien vouloir me rembourser le montant prélevé en trop.\n\n"
         "Je vous remercie à l'avance de votre diligence et vous prie d'agréer mes salutations distinguées.\n\n"
         "Geneviève Tremblay\nSaint-Jean-sur-Richelieu (Québec)", off=QC)
case("l02-quebec-jour8", LOB, "decided", [m], [ref("deny")],
     spec="Section 1: 2025-09-27 16:00 -04:00 = 2025-09-28 01:30 IST = day 8 after 2025-09-20 -> L3 deny.")

# l03 three identical quarterly charges, Abidjan -> 2 x 3999
customers.append(cust("kone.ibrahim@yahoo.fr", "Ibrahim Koné", "quarterly", start="2025-09-25", end="2025-12-24"))
payments += [lopay(f"fr_p0{4+i}", f"LO-INV-5012{i}", "kone.ibrahim@yahoo.fr", "quarterly", *Q, f"2025-09-25T15:0{i}:00", "2025-09-25", "2025-12-24") for i in (1, 2, 3)]
m = mail("l03-trois-fois", "Ibrahim Koné <kone.ibrahim@yahoo.fr>", LO, "Prélèvement 3 fois - urgent",
         "2025-09-27 10:30",
         "Bonjour Monsieur/Madame,\n\nJe viens par la présente vous signaler que mon compte a été débité trois fois pour le même "
         "abonnement trimestriel le 25/09 (LO-INV-50121, LO-INV-50122, LO-INV-50123). Je vous prie de bien vouloir me "
         "reverser les deux prélèvements de trop.\n\nDans l'attente, recevez mes salutations.\nIbrahim Koné\nCocody, Abidjan", off=GMT)
case("l03-trois-fois", LOB, "decided", [m], [ref("approve", "7998.00")],
     spec="Section 8: three identical charges -> the 2nd and 3rd are duplicates, both day 2 -> 2 x 3999.00 = 7998.00.")

# l04 three identical charges, only the last inside the window -> 1499
customers.append(cust("n.favre@bluewin.ch", "Nathalie Favre", "monthly", start="2025-09-10", end="2025-10-09"))
payments += [lopay("fr_p08", "LO-INV-50131", "n.favre@bluewin.ch", "monthly", *M, "2025-09-10T10:00:00", "2025-09-10", "2025-10-09"),
             lopay("fr_p09", "LO-INV-50132", "n.favre@bluewin.ch", "monthly", *M, "2025-09-10T10:01:00", "2025-09-10", "2025-10-09"),
             lopay("fr_p10", "LO-INV-50133", "n.favre@bluewin.ch", "monthly", *M, "2025-09-19T10:00:00", "2025-09-10", "2025-10-09")]
m = mail("l04-trois-fenetre", "Nathalie Favre <n.favre@bluewin.ch>", LO, "Débité trois fois pour septembre",
         "2025-09-20 08:30",
         "Bonjour,\n\nVous m'avez débité trois fois pour le mois de septembre: deux fois le 10 et encore une fois hier, le 19 "
         "(LO-INV-50133). Je demande le remboursement des montants payés en double.\n\nMeilleures salutations\nNathalie Favre, Lausanne")
case("l04-trois-fenetre", LOB, "decided", [m], [ref("approve", "1499.00")],
     spec="Section 8: duplicates are the 2nd (2025-09-10, day 10, outside L3) and 3rd (2025-09-19, day 1) -> only the 3rd: 1499.00.")

# l05 charged after cancelling, Quebec -> escalate L5
customers.append(cust("m.gagnon@sympatico.ca", "Martin Gagnon", "monthly", start="2025-09-24", end="2025-10-23"))
payments.append(lopay("fr_p11", "LO-INV-50141", "m.gagnon@sympatico.ca", "monthly", *M, "2025-09-24T06:00:00", "2025-09-24", "2025-10-23"))
m = mail("l05-apres-annulation", "Martin Gagnon <m.gagnon@sympatico.ca>", LO, "Prélevé après annulation",
         "2025-09-26 09:00",
         "Bonjour,\n\nJ'ai annulé mon abonnement au mois d'août, j'ai même la confirmation dans mes courriels, et vous m'avez "
         "quand même chargé le 24 septembre. C'est clairement une erreur de facturation. Pouvez-vous me rembourser?\n\n"
         "Merci et bonne journée\nMartin Gagnon, Laval", off=QC)
case("l05-apres-annulation", LOB, "decided", [m], [ref("escalate")],
     spec="L2 billing_error (charged after cancelling), day 2 -> L5 escalate; invoice filled from the sender's one charge.")

# l06 access failure, Dakar -> escalate L6
customers.append(cust("aissatou.diop@orange.sn", "Aïssatou Diop", "annual", start="2025-09-25", end="2026-09-24"))
payments.append(lopay("fr_p12", "LO-INV-50151", "aissatou.diop@orange.sn", "annual", *A, "2025-09-25T12:00:00", "2025-09-25", "2026-09-24"))
m = mail("l06-dakar-connexion", "Aïssatou Diop <aissatou.diop@orange.sn>", LO, "Impossible de me connecter depuis le paiement",
         "2025-09-28 11:20",
         "Bonjour,\n\nDepuis que j'ai payé l'abonnement annuel (facture LO-INV-50151), impossible de me connecter à la plateforme. "
         "Le tableau de bord ne se charge pas, j'ai écrit deux fois au support technique sans solution. Je souhaite être "
         "remboursée.\n\nCordialement,\nAïssatou Diop\nDakar, Sénégal", off=GMT)
case("l06-dakar-connexion", LOB, "decided", [m], [ref("escalate")],
     spec="L2 access_failure (impossible de me connecter), day 3 -> L6 escalate.")

# l07 changed mind, France -> deny L1
customers.append(cust("julien.morel@free.fr", "Julien Morel", "monthly", start="2025-09-28", end="2025-10-27"))
payments.append(lopay("fr_p13", "LO-INV-50161", "julien.morel@free.fr", "monthly", *M, "2025-09-28T09:00:00", "2025-09-28", "2025-10-27"))
m = mail("l07-change-avis", "Julien Morel <julien.morel@free.fr>", LO, "rembourssement svp",
         "2025-09-29 13:02",
         "bonjour j'ai pris l'abonement un peu vite, finalement j'en ai pas besoin et c trop cher pour moi. "
         "vous pouvez me rembourser les 1499 ? merci\njulien")
case("l07-change-avis", LOB, "decided", [m], [ref("deny")],
     spec="L1: changed mind / too expensive is not an exception -> deny, cancellation offered.")

# l08 refund unused + cancel, Belgium -> deny + cancel
customers.append(cust("p.lambert@proximus.be", "Pierre Lambert", "quarterly", start="2025-09-02", end="2025-12-01"))
payments.append(lopay("fr_p14", "LO-INV-50171", "p.lambert@proximus.be", "quarterly", *Q, "2025-09-02T10:00:00", "2025-09-02", "2025-12-01"))
m = mail("l08-resiliation-prorata", "Pierre Lambert <p.lambert@proximus.be>", LO, "Résiliation + remboursement au prorata",
         "2025-09-29 10:40",
         "Madame, Monsieur,\n\nJe souhaite résilier mon abonnement trimestriel. Comme nous n'utilisons plus l'outil depuis la "
         "mi-septembre (changement de stratégie commerciale), je vous demande le remboursement au prorata des deux mois restants, "
         "soit environ deux mille six cent septante euros.\n\nBien à vous,\nPierre Lambert\nLambert & Fils SRL, Liège")
case("l08-resiliation-prorata", LOB, "decided", [m], [ref("deny"), can("cancel", "2025-12-01")],
     spec="L1/L8: no partial refund for unused days -> deny; cancel effective current_period_end 2025-12-01.")

# l09 trial, Quebec -> deny L7
customers.append(cust("sophie.bouchard@outlook.com", "Sophie Bouchard", "monthly", status="trial", trial_ends="2025-10-06"))
m = mail("l09-essai", "Sophie Bouchard <sophie.bouchard@outlook.com>", LO, "Remboursement période d'essai",
         "2025-09-29 14:15",
         "Bonjour,\n\nJe suis présentement en période d'essai et je voudrais me faire rembourser, l'outil ne convient pas à "
         "notre petite entreprise. Merci de faire le nécessaire.\n\nBonne fin de journée!\nSophie", off=QC)
case("l09-essai", LOB, "decided", [m], [ref("deny")],
     spec="L7: free trial, no charges -> deny; no billing unless they subscribe.")

# l10 cancel, mobile dictation without accents (Abidjan)
customers.append(cust("yao.kouassi@gmail.com", "Yao Kouassi", "monthly", start="2025-09-12", end="2025-10-11"))
payments.append(lopay("fr_p15", "LO-INV-50181", "yao.kouassi@gmail.com", "monthly", *M, "2025-09-12T10:00:00", "2025-09-12", "2025-10-11"))
m = mail("l10-mobile-resilier", "Yao Kouassi <yao.kouassi@gmail.com>", LO, "resiliation",
         "2025-09-25 07:45",
         "bonjour je veux resilier mon abonnement mensuel svp je ne vais plus l utiliser merci beaucoup yao\n\nEnvoyé de mon Android",
         off=GMT)
case("l10-mobile-resilier", LOB, "decided", [m], [can("cancel", "2025-10-11")],
     spec="L8: cancel active until current_period_end 2025-10-11.")

# l11 L8 fallback from a -04:00 paid_at
customers.append(cust("l.cote@cote-conseil.ca", "Louis Côté", "monthly"))
payments.append(lopay("fr_p16", "LO-INV-50191", "l.cote@cote-conseil.ca", "monthly", *M, "2025-09-14T22:00:00-04:00", None, None))
m = mail("l11-fallback-fuseau", "Louis Côté <l.cote@cote-conseil.ca>", LO, "Annulation de mon abonnement",
         "2025-09-22 10:00",
         "Bonjour,\n\nVeuillez prendre note que je désire annuler mon abonnement mensuel. Merci de me confirmer la date de fin.\n\n"
         "Louis Côté, CPA\nCôté Conseil inc., Sherbrooke", off=QC)
case("l11-fallback-fuseau", LOB, "decided", [m], [can("cancel", "2025-10-14")],
     spec="L8 fallback + section 8: paid 2025-09-14T22:00-04:00 = 2025-09-15 07:30 IST; +1 month -1 day = 2025-10-14.")

# l12 L8 fallback annual, France
customers.append(cust("contact@boulangerie-leroux.fr", "Boulangerie Leroux", "annual"))
payments.append(lopay("fr_p17", "LO-INV-50201", "contact@boulangerie-leroux.fr", "annual", *A, "2025-02-18T10:00:00", None, None))
m = mail("l12-fallback-annuel", "Boulangerie Leroux <contact@boulangerie-leroux.fr>", LO, "Demande de résiliation",
         "2025-09-17 06:10",
         "Bonjour,\nMerci de résilier notre abonnement annuel à son échéance. Nous fermons la boutique de Quimper.\n"
         "Cordialement\nAnne Leroux")
case("l12-fallback-annuel", LOB, "decided", [m], [can("cancel", "2026-02-17")],
     spec="L8 fallback: last charge 2025-02-18 + 12 months - 1 day = 2026-02-17.")

# l13 C2: accountant writes for a client
customers.append(cust("direction@menuiserie-roy.ch", "Menuiserie Roy SA", "quarterly", start="2025-09-22", end="2025-12-21"))
payments += [lopay("fr_p18", "LO-INV-50211", "direction@menuiserie-roy.ch", "quarterly", *Q, "2025-09-22T10:00:00", "2025-09-22", "2025-12-21"),
             lopay("fr_p19", "LO-INV-50212", "direction@menuiserie-roy.ch", "quarterly", *Q, "2025-09-22T10:00:20", "2025-09-22", "2025-12-21")]
m = mail("l13-fiduciaire", "Fiduciaire Berset <mandats@fiduciaire-berset.ch>", LO, "Notre mandant Menuiserie Roy SA - double débit",
         "2025-09-24 15:30",
         "Madame, Monsieur,\n\nNous intervenons en qualité de fiduciaire de la société Menuiserie Roy SA (compte enregistré "
         "direction@menuiserie-roy.ch). Lors de la révision des comptes, nous avons constaté un double débit de CHF 3'999.- "
         "hors TVA (LO-INV-50212). Nous vous prions de procéder au remboursement et de nous transmettre le justificatif.\n\n"
         "Avec nos meilleures salutations\nFiduciaire Berset Sàrl, Fribourg")
case("l13-fiduciaire", LOB, "need_info", [m], rules=["C2"],
     spec="C2: sender is the fiduciary, registered email is direction@menuiserie-roy.ch -> ask for the request from that address.")

# l14 C2 via a forward (Outlook FR, TR:)
customers.append(cust("f.ndiaye@ndiaye-transit.sn", "Fatou Ndiaye", "monthly", start="2025-09-15", end="2025-10-14"))
payments.append(lopay("fr_p20", "LO-INV-50221", "f.ndiaye@ndiaye-transit.sn", "monthly", *M, "2025-09-15T10:00:00", "2025-09-15", "2025-10-14"))
m = mail("l14-tr-assistant", "Assistant Direction <assistant@ndiaye-transit.sn>", LO, "TR: Abonnement LeadsOptima",
         "2025-09-22 09:40",
         "Bonjour,\n\nJe vous transfère la demande de Mme Ndiaye ci-dessous pour suite à donner.\n\nCordialement\nMoussa, assistant de direction\n\n"
         "De : Fatou Ndiaye <f.ndiaye@ndiaye-transit.sn>\nEnvoyé : dimanche 21 septembre 2025 20:14\nÀ : assistant@ndiaye-transit.sn\n"
         "Objet : Abonnement LeadsOptima\n\nMoussa, merci de demander la résiliation de l'abonnement LeadsOptima (compte "
         "f.ndiaye@ndiaye-transit.sn), nous passons sur un autre outil en octobre.\nFN", off=GMT)
case("l14-tr-assistant", LOB, "need_info", [m], rules=["C2"],
     spec="Section 8 forwards: forwarded request names registered f.ndiaye@..., sender assistant@... -> C2 need_info.")

# l15 missing reason, courteous Quebec letter
customers.append(cust("r.pelletier@pelletier-avocats.qc.ca", "Réjean Pelletier", "monthly", start="2025-09-26", end="2025-10-25"))
payments.append(lopay("fr_p21", "LO-INV-50231", "r.pelletier@pelletier-avocats.qc.ca", "monthly", *M, "2025-09-26T10:00:00", "2025-09-26", "2025-10-25"))
m = mail("l15-sans-motif", "Réjean Pelletier <r.pelletier@pelletier-avocats.qc.ca>", LO, "Demande de remboursement - facture LO-INV-50231",
         "2025-09-27 10:00",
         "Madame, Monsieur,\n\nPar la présente, je vous demande de bien vouloir procéder au remboursement de la facture "
         "LO-INV-50231.\n\nJe vous remercie de l'attention que vous porterez à la présente et vous prie d'agréer, Madame, "
         "Monsieur, l'expression de mes sentiments les meilleurs.\n\nRéjean Pelletier\nAdjoint administratif\n\n"
         "AVIS DE CONFIDENTIALITÉ : Ce courriel est confidentiel. Si vous l'avez reçu par erreur, veuillez le détruire et en aviser l'expéditeur.",
         off=QC)
case("l15-sans-motif", LOB, "need_info", [m], missing=["reason"],
     spec="Section 8 what a reason is: restatement, courtesy formula, confidentiality notice are no reason -> need_info reason.")

# l16 thread: reason supplied after need_info -> billing error escalate
customers.append(cust("e.girard@orange.fr", "Élodie Girard", "monthly", start="2025-09-25", end="2025-10-24"))
payments += [lopay("fr_p22", "LO-INV-50241", "e.girard@orange.fr", "annual", *A, "2025-09-25T10:00:00", "2025-09-25", "2026-09-24")]
m1 = mail("l16a-fil", "Élodie Girard <e.girard@orange.fr>", LO, "Remboursement facture LO-INV-50241", "2025-09-27 09:00",
          "Bonjour,\nJe souhaite le remboursement de la facture LO-INV-50241.\nCdlt\nÉlodie Girard")
m2 = mail("l16b-fil", LO, "Élodie Girard <e.girard@orange.fr>", "Re: Remboursement facture LO-INV-50241 [LO-3310]", "2025-09-27 15:00",
          "Dear Élodie,\n\nTo look into your request, please tell us the reason for the refund.\n\nLeadsOptima Support Team",
          parent=m1, off=5.5)
m3 = mail("l16c-fil", "Élodie Girard <e.girard@orange.fr>", LO, "Re: Remboursement facture LO-INV-50241 [LO-3310]", "2025-09-28 18:20",
          "Bonjour,\n\nVous m'avez facturé le plan annuel au lieu du plan mensuel que j'avais choisi, mauvais montant donc.\n\n"
          "Élodie\n\nLe sam. 27 sept. 2025 à 11:30, LeadsOptima Support <support@leadsoptima.com> a écrit :\n> please tell us the reason for the refund.",
          parent=m2)
case("l16-fil-motif", LOB, "decided", [m1, m2, m3], [ref("escalate")],
     spec="C3 merge: reply gives billing_error (annual instead of monthly); request time 2025-09-27, day 2 -> L5 escalate.")

# l17 invoice typed with dots, amount in Belgian words -> approve
customers.append(cust("marc.peeters@telenet.be", "Marc Peeters", "monthly", start="2025-09-24", end="2025-10-23"))
payments += [lopay("fr_p23", "LO-INV-50251", "marc.peeters@telenet.be", "monthly", *M, "2025-08-24T10:00:00", "2025-08-24", "2025-09-23"),
             lopay("fr_p24", "LO-INV-50252", "marc.peeters@telenet.be", "monthly", *M, "2025-09-24T10:00:00", "2025-09-24", "2025-10-23"),
             lopay("fr_p25", "LO-INV-50253", "marc.peeters@telenet.be", "monthly", *M, "2025-09-24T10:00:05", "2025-09-24", "2025-10-23")]
m = mail("l17-reference-points", "Marc Peeters <marc.peeters@telenet.be>", LO, "payé deux fois ce mois-ci",
         "2025-09-25 20:45",
         "Bonsoir,\n\nLe 24/09 j'ai payé deux fois mille quatre cent nonante-neuf (1.499,00) pour le mois. Le doublon c'est la "
         "facture lo.inv.50253. Merci de rembourser une des deux.\n\nMarc\n\nEnvoyé de mon GSM")
case("l17-reference-points", LOB, "decided", [m], [ref("approve", "1499.00")],
     spec="Section 8 invoice refs: lo.inv.50253 = LO-INV-50253, the later of the 2025-09-24 pair; sent 2025-09-25 20:45 +02:00 = 2025-09-26 00:15 IST = day 2 -> L4 approve 1499.00.")

# l18 missing invoice: two unrelated charges
customers.append(cust("s.mbaye@gmail.com", "Serigne Mbaye", "monthly", start="2025-09-26", end="2025-10-25"))
payments += [lopay("fr_p26", "LO-INV-50261", "s.mbaye@gmail.com", "monthly", *M, "2025-08-26T10:00:00", "2025-08-26", "2025-09-25"),
             lopay("fr_p27", "LO-INV-50262", "s.mbaye@gmail.com", "monthly", *M, "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")]
m = mail("l18-sans-facture", "Serigne Mbaye <s.mbaye@gmail.com>", LO, "Montant incorrect",
         "2025-09-28 12:00",
         "Bonjour,\n\nLe montant qu'on m'a prélevé est incorrect, ce n'est pas le prix affiché pour le plan mensuel. "
         "Merci de corriger et de me rembourser la différence.\n\nSerigne Mbaye\nThiès", off=GMT)
case("l18-sans-facture", LOB, "need_info", [m], missing=["invoice_number"],
     spec="Refund needs invoice_number; the sender has two charges -> C3 need_info invoice_number.")

# l19 refund of a failed payment -> escalate
customers.append(cust("v.rochat@netplus.ch", "Valérie Rochat", "monthly", start="2025-09-27", end="2025-10-26"))
payments.append(lopay("fr_p28", "LO-INV-50271", "v.rochat@netplus.ch", "monthly", *M, "2025-09-27T10:00:00", "2025-09-27", "2025-10-26", status="failed"))
m = mail("l19-paiement-echoue", "Valérie Rochat <v.rochat@netplus.ch>", LO, "Erreur de facturation LO-INV-50271",
         "2025-09-28 17:00",
         "Bonjour,\n\nSur votre portail, le paiement LO-INV-50271 apparaît comme échoué, mais ma banque l'a bien débité. "
         "C'est une erreur de facturation: merci de me rembourser.\n\nSalutations\nValérie Rochat, Neuchâtel")
case("l19-paiement-echoue", LOB, "decided", [m], [ref("escalate")],
     spec="Section 8 payments not paid: LO-INV-50271 is failed -> refund escalate (also L5 billing error).")

# l20 double charge claimed, one charge in ledger -> escalate
customers.append(cust("thierry.lefebvre@wanadoo.fr", "Thierry Lefebvre", "quarterly", start="2025-09-23", end="2025-12-22"))
payments.append(lopay("fr_p29", "LO-INV-50281", "thierry.lefebvre@wanadoo.fr", "quarterly", *Q, "2025-09-23T10:00:00", "2025-09-23", "2025-12-22"))
m = mail("l20-doublon-non-trouve", "Thierry Lefebvre <thierry.lefebvre@wanadoo.fr>", LO, "Double paiement ???",
         "2025-09-25 22:30",
         "Bonsoir, ma banque m'indique deux débits de 4 718,82 € pour LO-INV-50281. J'ai payé deux fois, remboursez-moi le doublon.\nT. Lefebvre, Lille")
case("l20-doublon-non-trouve", LOB, "decided", [m], [ref("escalate")],
     spec="L4: duplicate claimed but the ledger holds one charge -> escalate.")

# l21 billing error outside the window -> deny
customers.append(cust("k.traore@traore-btp.ci", "Karim Traoré", "monthly", start="2025-09-05", end="2025-10-04"))
payments.append(lopay("fr_p30", "LO-INV-50291", "k.traore@traore-btp.ci", "quarterly", *Q, "2025-09-05T10:00:00", "2025-09-05", "2025-12-04"))
m = mail("l21-erreur-hors-delai", "Karim Traoré <k.traore@traore-btp.ci>", LO, "Réclamation facture LO-INV-50291",
         "2025-09-22 09:00",
         "Bonjour,\n\nVous nous avez facturé le trimestriel à la place du mensuel le 5 septembre (LO-INV-50291). Nous n'avons "
         "jamais demandé ce changement de plan. Merci de rembourser.\n\nCordialement,\nKarim Traoré\nTraoré BTP, Yamoussoukro", off=GMT)
case("l21-erreur-hors-delai", LOB, "decided", [m], [ref("deny")],
     spec="L2 billing_error but L3: charge 2025-09-05, request 2025-09-22 = day 17 -> deny.")

# l22 C4 lawyer + cancel (France, angry) -> both escalate
customers.append(cust("b.roussel@sfr.fr", "Bernard Roussel", "monthly", start="2025-09-21", end="2025-10-20"))
payments.append(lopay("fr_p31", "LO-INV-50301", "b.roussel@sfr.fr", "monthly", *M, "2025-09-21T10:00:00", "2025-09-21", "2025-10-20"))
m = mail("l22-avocat", "Bernard Roussel <b.roussel@sfr.fr>", LO, "INADMISSIBLE",
         "2025-09-23 19:55",
         "Vous résiliez mon abonnement IMMÉDIATEMENT et vous me remboursez ce mois-ci, sinon mon avocat vous enverra une mise "
         "en demeure et je saisis l'association de consommateurs. Votre outil ne fonctionne pas.\nB. Roussel")
case("l22-avocat", LOB, "decided", [m], [ref("escalate"), can("escalate")], rules=["C4"],
     spec="C4 lawyer threat covers the whole case: refund and cancellation both escalate.")

# l23 C4 bank dispute (Belgium)
customers.append(cust("a.janssens@skynet.be", "Annick Janssens", "annual", start="2025-09-24", end="2026-09-23"))
payments.append(lopay("fr_p32", "LO-INV-50311", "a.janssens@skynet.be", "annual", *A, "2025-09-24T10:00:00", "2025-09-24", "2026-09-23"))
m = mail("l23-contestation-banque", "Annick Janssens <a.janssens@skynet.be>", LO, "Contestation prélèvement LO-INV-50311",
         "2025-09-26 11:10",
         "Bonjour,\n\nJe n'ai jamais accepté de passer à l'abonnement annuel. J'ai déjà demandé à ma banque de contester le "
         "prélèvement (chargeback sur ma carte Visa). Merci de me rembourser sans attendre.\n\nAnnick Janssens, Charleroi")
case("l23-contestation-banque", LOB, "decided", [m], [ref("escalate")], rules=["C4"],
     spec="C4: chargeback / bank dispute -> escalate.")

# l24 auto-reply -> ignore
m = mail("l24-reponse-auto", "Christine Dubois <c.dubois@skynet.be>", LO, "Réponse automatique : Re: Votre demande [LO-3301]",
         "2025-09-26 12:00",
         "Je suis absente du bureau jusqu'au 6 octobre inclus. Pour toute urgence, veuillez contacter le secrétariat au 081 12 34 56.",
         headers={"Auto-Submitted": "auto-replied",
                  "In-Reply-To": "<lo-3301.reply@leadsoptima.com>", "References": "<lo-3301.reply@leadsoptima.com>"})
case("l24-reponse-auto", LOB, "ignore", [m], rules=["C7"], spec="C7: Auto-Submitted auto-replied -> ignore.")

# l25 bounce (postmaster) -> ignore
m = mail("l25-non-remis", "postmaster@videotron.ca", LO, "Non remis : Re: Votre demande de remboursement",
         "2025-09-28 03:00",
         "Votre message n'a pas pu être remis à certains destinataires.\nDestinataire : genevieve.tremblay@videotron.ca\n"
         "Erreur : 550 5.1.1 Boîte aux lettres introuvable", headers={"Auto-Submitted": "auto-generated"}, off=QC)
case("l25-non-remis", LOB, "ignore", [m], rules=["C7"], spec="C7: postmaster sender / delivery failure -> ignore.")

# l26 mailing list -> ignore
m = mail("l26-liste", "Club SaaS Romandie <liste@club-saas.example>", "info@leadsoptima.com",
         "[club-saas] Remboursements et résiliations : vos retours ?", "2025-09-25 08:00",
         "Chers membres, quelqu'un a-t-il déjà obtenu un remboursement après résiliation d'un abonnement annuel ?",
         headers={"List-Id": "Club SaaS Romandie <club-saas.example>", "Precedence": "list"})
case("l26-liste", LOB, "ignore", [m], rules=["C7"], spec="C7: List-Id / Precedence list -> ignore.")

# l27 negation -> other
customers.append(cust("o.sow@sow-consulting.sn", "Oumar Sow", "annual", start="2025-09-05", end="2026-09-04"))
payments.append(lopay("fr_p33", "LO-INV-50331", "o.sow@sow-consulting.sn", "annual", *A, "2025-09-05T10:00:00", "2025-09-05", "2026-09-04"))
m = mail("l27-pas-de-remboursement", "Oumar Sow <o.sow@sow-consulting.sn>", LO, "Question sur la facture LO-INV-50331",
         "2025-09-18 10:00",
         "Bonjour,\n\nJe ne demande pas de remboursement et je ne souhaite pas résilier, rassurez-vous. Je voudrais seulement "
         "savoir si la facture LO-INV-50331 peut être établie au nom de Sow Consulting SARL avec notre NINEA.\n\nCordialement,\nOumar Sow", off=GMT)
case("l27-pas-de-remboursement", LOB, "other", [m], spec="Section 8 negation: no refund, no cancellation; invoice question -> other.")

# l28 hypothetical before buying (Quebec) -> other
m = mail("l28-avant-achat", "Marie-Ève Lavoie <me.lavoie@hotmail.com>", LO, "Question avant de m'abonner",
         "2025-09-24 13:00",
         "Allô!\n\nAvant de m'abonner au plan annuel, j'aimerais savoir: si jamais ça ne fait pas mon affaire après deux "
         "semaines, est-ce que je pourrais me faire rembourser? Sinon je vais magasiner ailleurs.\n\nMerci!\nMarie-Ève", off=QC)
case("l28-avant-achat", LOB, "other", [m], spec="Section 8 hypotheticals: question before buying -> other.")

# l29 thank-you -> other
m = mail("l29-merci", "Christine Dubois <c.dubois@skynet.be>", LO, "Re: Votre remboursement LO-INV-50102",
         "2025-09-30 16:00",
         "Bonjour,\n\nJe vous confirme avoir bien reçu le remboursement. Merci pour votre réactivité !\n\nBien à vous,\nChristine Dubois",
         headers={"In-Reply-To": "<refund-50102.lo@billing.leadsoptima.com>", "References": "<refund-50102.lo@billing.leadsoptima.com>"})
case("l29-merci", LOB, "other", [m], spec="Thanks after a refund (past event) -> other.")

# l30 accountant writes from the registered address for an attestation -> other
customers.append(cust("compta@cabinet-mercier.fr", "Cabinet Mercier", "annual", start="2025-03-01", end="2026-02-28"))
payments.append(lopay("fr_p34", "LO-INV-50341", "compta@cabinet-mercier.fr", "annual", *A, "2025-03-01T10:00:00", "2025-03-01", "2026-02-28"))
m = mail("l30-expert-comptable", "Cabinet Mercier <compta@cabinet-mercier.fr>", "billing@leadsoptima.com",
         "Demande de duplicata de facture", "2025-09-23 11:00",
         "Madame, Monsieur,\n\nDans le cadre de la clôture de l'exercice, pourriez-vous nous adresser un duplicata de la facture "
         "LO-INV-50341 ainsi qu'une attestation de paiement ? Il ne s'agit pas d'une réclamation.\n\nVeuillez agréer nos salutations distinguées.\n"
         "Cabinet Mercier, expertise comptable, Lyon")
case("l30-expert-comptable", LOB, "other", [m], spec="Invoice duplicate request, nothing refund/cancel -> other.")

# l31 HTML-only webmail: access failure + cancel
customers.append(cust("h.bernard@laposte.net", "Hélène Bernard", "monthly", start="2025-09-26", end="2025-10-25"))
payments.append(lopay("fr_p35", "LO-INV-50351", "h.bernard@laposte.net", "monthly", *M, "2025-09-26T10:00:00", "2025-09-26", "2025-10-25"))
m = mail("l31-html-acces", "Hélène Bernard <h.bernard@laposte.net>", LO, "Plus d'accès", "2025-09-28 09:30", None,
         html="<div dir=\"ltr\"><p>Bonjour,</p><p>Depuis le paiement du 26/09, je n'arrive plus à me connecter : "
              "<i>impossible de me connecter</i>, le site affiche une page blanche. Remboursez-moi et résiliez l'abonnement s'il vous plaît.</p>"
              "<p>Hélène Bernard<br>Bordeaux</p></div>")
case("l31-html-acces", LOB, "decided", [m], [ref("escalate"), can("cancel", "2025-10-25")],
     spec="HTML-only; access_failure day 2 -> L6 escalate; cancel L8 effective 2025-10-25.")

# l32 angry top-posted follow-up, cancellation thread
customers.append(cust("d.ouellet@ouellet-toitures.ca", "Denis Ouellet", "quarterly", start="2025-08-15", end="2025-11-14"))
payments.append(lopay("fr_p36", "LO-INV-50361", "d.ouellet@ouellet-toitures.ca", "quarterly", *Q, "2025-08-15T10:00:00", "2025-08-15", "2025-11-14"))
m1 = mail("l32a-relance", "Denis Ouellet <d.ouellet@ouellet-toitures.ca>", LO, "Annulation abonnement", "2025-09-18 08:00",
          "Bonjour, je voudrais annuler mon abonnement trimestriel. Merci.\nDenis", off=QC)
m2 = mail("l32b-relance", "Denis Ouellet <d.ouellet@ouellet-toitures.ca>", LO, "RE: Annulation abonnement", "2025-09-24 17:30",
          "Ça fait une semaine et pas de réponse. C'est quoi le problème? ANNULEZ mon abonnement.\n\n"
          "De : Denis Ouellet\nEnvoyé : 18 septembre 2025 08:00\nÀ : support@leadsoptima.com\nObjet : Annulation abonnement\n\n"
          "Bonjour, je voudrais annuler mon abonnement trimestriel. Merci.", parent=m1, off=QC)
case("l32-relance-quebec", LOB, "decided", [m1, m2], [can("cancel", "2025-11-14")],
     spec="Thread (follow-up top-posted): L8 cancel, active until current_period_end 2025-11-14.")

# l33 duplicate, Senegal evening = day 7 IST -> approve
customers.append(cust("mamadou.fall@orange.sn", "Mamadou Fall", "monthly", start="2025-09-18", end="2025-10-17"))
payments += [lopay("fr_p37", "LO-INV-50371", "mamadou.fall@orange.sn", "monthly", *M, "2025-09-18T09:00:00", "2025-09-18", "2025-10-17"),
             lopay("fr_p38", "LO-INV-50372", "mamadou.fall@orange.sn", "monthly", *M, "2025-09-18T09:00:45", "2025-09-18", "2025-10-17")]
m = mail("l33-dakar-jour7", "Mamadou Fall <mamadou.fall@orange.sn>", LO, "Paiement en double LO-INV-50372",
         "2025-09-25 18:00",
         "Salam, bonsoir\n\nJ'ai été débité 2 fois le 18/09 pour l'abonnement mensuel, la référence du doublon est LO-INV-50372. "
         "Merci de me rembourser.\n\nMamadou Fall, Saint-Louis", off=GMT)
case("l33-dakar-jour7", LOB, "decided", [m], [ref("approve", "1499.00")],
     spec="L3: 2025-09-25 18:00 GMT = 23:30 IST, day 7 after 2025-09-18 -> inside; L4 approve 1499.00.")

# ---------------------------------------------------------------- Optima WebDesign
# o01 discovery not started, Quebec -> approve
projects.append(proj("Érablière Gauthier", "info@erabliere-gauthier.ca", None))
payments.append(owpay("fr_w01", "OWD-2025-401", "Érablière Gauthier", "discovery", "30000.00", "5400.00", "2025-09-23T10:00:00"))
m = mail("o01-decouverte", "Érablière Gauthier <info@erabliere-gauthier.ca>", OWD, "Refund Request — Érablière Gauthier / OWD-2025-401",
         "2025-09-26 10:00",
         "Bonjour,\n\nNous avons payé l'atelier de découverte (OWD-2025-401) pour le projet Érablière Gauthier. Suite à la vente "
         "de l'érablière, nous n'irons pas de l'avant avec le site. Aucune rencontre n'a encore eu lieu. Nous aimerions être remboursés.\n\n"
         "Salutations distinguées,\nFrance Gauthier", off=QC)
case("o01-decouverte", OWB, "decided", [m], [ref("approve", "30000.00")], extra_ok=True,
     spec="O1: discovery, no session started -> full refund 30000.00 before tax.")

# o02 discovery started -> deny
projects.append(proj("Clinique Vétérinaire du Lac", "admin@veto-dulac.ch", "2025-09-19T10:00:00"))
payments.append(owpay("fr_w02", "OWD-2025-402", "Clinique Vétérinaire du Lac", "discovery", "24000.00", "4320.00", "2025-09-17T10:00:00"))
m = mail("o02-decouverte-commencee", "Clinique du Lac <admin@veto-dulac.ch>", OWD, "Remboursement atelier stratégie",
         "2025-09-24 14:00",
         "Bonjour,\n\nLa séance de stratégie du 19 septembre pour la Clinique Vétérinaire du Lac (OWD-2025-402) ne nous a rien "
         "apporté de concret. Nous demandons le remboursement.\n\nMeilleures salutations\nDr Aline Perret, Montreux")
case("o02-decouverte-commencee", OWB, "decided", [m], [ref("deny")],
     spec="O1: session started 2025-09-19, before the request -> deny.")

# o03 deposit, Quebec, 71 h 59 -> approve
projects.append(proj("Microbrasserie Le Houblon", "proprio@lehoublon.ca", None))
payments.append(owpay("fr_w03", "OWD-2025-403", "Microbrasserie Le Houblon", "deposit", "20000.00", "3600.00", "2025-09-21T20:00:00"))
m = mail("o03-acompte-quebec", "Le Houblon <proprio@lehoublon.ca>", OWD, "Annulation du projet et remboursement du dépôt",
         "2025-09-24 10:29",
         "Bonjour,\n\nNous devons malheureusement annuler le projet Microbrasserie Le Houblon : notre financement de la "
         "SADC a été refusé. Pourriez-vous nous rembourser le dépôt (facture OWD-2025-403)?\n\nMerci de votre compréhension,\nJean-François Roy", off=QC)
case("o03-acompte-quebec", OWB, "decided", [m], [ref("approve", "20000.00")], extra_ok=True,
     spec="O2: paid 2025-09-21 20:00 IST, request 2025-09-24 10:29 -04:00 = 19:59 IST = 71 h 59 min, no work -> approve 20000.00.")

# o04 deposit exactly 72 h, Senegal -> deny
projects.append(proj("Hôtel Teranga Saly", "direction@teranga-saly.sn", None))
payments.append(owpay("fr_w04", "OWD-2025-404", "Hôtel Teranga Saly", "deposit", "26000.00", "4680.00", "2025-09-22T15:30:00"))
m = mail("o04-acompte-72h", "Hôtel Teranga <direction@teranga-saly.sn>", OWD, "Remboursement acompte OWD-2025-404",
         "2025-09-25 10:00",
         "Bonjour,\n\nLe conseil d'administration a décidé de reporter la refonte du site de l'Hôtel Teranga Saly. Merci de "
         "rembourser l'acompte versé (OWD-2025-404).\n\nCordialement,\nLa Direction", off=GMT)
case("o04-acompte-72h", OWB, "decided", [m], [ref("deny")],
     spec="O2 + section 8: paid 2025-09-22 15:30 IST, request 2025-09-25 10:00 GMT = 15:30 IST = exactly 72 h -> deny.")

# o05 deposit, work started -> deny
projects.append(proj("Pâtisserie Vanden Bossche", "info@vandenbossche.be", "2025-09-26T10:00:00"))
payments.append(owpay("fr_w05", "OWD-2025-405", "Pâtisserie Vanden Bossche", "deposit", "15000.00", "2700.00", "2025-09-25T12:00:00"))
m = mail("o05-acompte-travail", "Pâtisserie Vanden Bossche <info@vandenbossche.be>", OWD, "acompte",
         "2025-09-27 08:00",
         "Bonjour,\n\nOn a changé d'avis pour le site de la Pâtisserie Vanden Bossche, mon beau-frère va le faire. "
         "Vous pouvez nous rendre l'acompte OWD-2025-405 svp ?\n\nBien à vous\nSylvie, Bruxelles")
case("o05-acompte-travail", OWB, "decided", [m], [ref("deny")], extra_ok=True,
     spec="O2: 47.5 h after payment (2025-09-25 12:00 -> 2025-09-27 11:30 IST) but work started 2025-09-26 10:00 -> deny (whichever first).")

# o06 milestone not_started -> approve
projects.append(proj("Coopérative Cacao Soubré", "contact@coop-soubre.ci", "2025-08-01T10:00:00"))
payments += [owpay("fr_w06", "OWD-2025-406", "Coopérative Cacao Soubré", "deposit", "10000.00", "1800.00", "2025-07-30T10:00:00"),
             owpay("fr_w07", "OWD-2025-407", "Coopérative Cacao Soubré", "milestone", "32500.00", "5850.00", "2025-09-15T10:00:00", milestone_status="not_started")]
m = mail("o06-jalon-non-commence", "Coopérative Soubré <contact@coop-soubre.ci>", OWD, "Remboursement jalon 3 (module export)",
         "2025-09-23 11:00",
         "Bonjour,\n\nPour le projet Coopérative Cacao Soubré, nous avons réglé le jalon 3 (module export, facture OWD-2025-407, "
         "trente-deux mille cinq cents roupies hors taxes). Le module n'est plus nécessaire car l'exportateur gère désormais "
         "la traçabilité. Merci de nous rembourser.\n\nCordialement\nLe Secrétaire général", off=GMT)
case("o06-jalon-non-commence", OWB, "decided", [m], [ref("approve", "32500.00")],
     spec="O3: milestone not_started -> refund its amount 32500.00 before tax.")

# o07 milestone in_progress -> escalate
projects.append(proj("Mairie de Plouzané Portail", "communication@plouzane.fr", "2025-07-01T10:00:00"))
payments.append(owpay("fr_w08", "OWD-2025-408", "Mairie de Plouzané Portail", "milestone", "45000.00", "8100.00", "2025-09-01T10:00:00", milestone_status="in_progress"))
m = mail("o07-jalon-en-cours", "Service Communication <communication@plouzane.fr>", OWD, "Demande de remboursement partiel - OWD-2025-408",
         "2025-09-24 15:00",
         "Madame, Monsieur,\n\nSuite à la décision du conseil municipal du 22 septembre, le module de réservation des salles "
         "du projet Mairie de Plouzané Portail est abandonné. Nous sollicitons le remboursement de la part non réalisée du "
         "jalon facturé sous la référence OWD-2025-408.\n\nVeuillez agréer, Madame, Monsieur, nos salutations distinguées.\n"
         "Le Responsable du service communication")
case("o07-jalon-en-cours", OWB, "decided", [m], [ref("escalate")],
     spec="O3: milestone in_progress -> escalate.")

# o08 milestone completed -> deny
projects.append(proj("Cabinet Dentaire Moreau", "secretariat@dr-moreau.fr", "2025-07-01T10:00:00"))
payments.append(owpay("fr_w09", "OWD-2025-409", "Cabinet Dentaire Moreau", "milestone", "21000.00", "3780.00", "2025-08-25T10:00:00", milestone_status="completed"))
m = mail("o08-jalon-termine", "Cabinet Moreau <secretariat@dr-moreau.fr>", OWD, "Remboursement maquettes",
         "2025-09-22 12:30",
         "Bonjour,\n\nLes maquettes livrées pour le Cabinet Dentaire Moreau (OWD-2025-409) ne plaisent finalement pas au Dr Moreau, "
         "trop sombres. Nous voudrions être remboursés.\n\nCordialement\nLe secrétariat")
case("o08-jalon-termine", OWB, "decided", [m], [ref("deny")],
     spec="O3/O6: milestone completed -> deny.")

# o09 retainer >= 7 days -> cancel day before next billing
projects.append(proj("Garage Dupuis Référencement", "garage.dupuis@outlook.be", "2025-05-01T10:00:00"))
payments.append(owpay("fr_w10", "OWD-2025-410", "Garage Dupuis Référencement", "retainer", "18000.00", "3240.00", "2025-09-12T10:00:00",
                      period_start="2025-09-12", period_end="2025-10-11", next_billing_at="2025-10-12T00:00:00"))
m = mail("o09-forfait-preavis", "Garage Dupuis <garage.dupuis@outlook.be>", OWD, "Fin du contrat de référencement",
         "2025-09-26 09:00",
         "Bonjour,\n\nNous mettons fin au contrat mensuel Garage Dupuis Référencement (dernière facture OWD-2025-410) : "
         "le garage est repris par un concessionnaire qui a son propre site.\n\nBien à vous,\nJacques Dupuis, Mons")
case("o09-forfait-preavis", OWB, "decided", [m], [can("cancel", "2025-10-11")],
     spec="O4/O8: next_billing 2025-10-12, request 2025-09-26 <= 2025-10-05 -> cancel effective 2025-10-11.")

# o10 retainer < 7 days -> next cycle billed
projects.append(proj("Association Les Amis du Rhône", "bureau@amis-du-rhone.fr", "2025-04-01T10:00:00"))
payments.append(owpay("fr_w11", "OWD-2025-411", "Association Les Amis du Rhône", "retainer", "6000.00", "1080.00", "2025-09-03T10:00:00",
                      period_start="2025-09-03", period_end="2025-10-02", next_billing_at="2025-10-03T00:00:00"))
m = mail("o10-forfait-tardif", "Les Amis du Rhône <bureau@amis-du-rhone.fr>", OWD, "Résiliation maintenance",
         "2025-09-29 18:00",
         "Bonjour,\n\nL'assemblée générale a voté la dissolution de l'association: nous résilions donc le forfait mensuel "
         "Association Les Amis du Rhône (OWD-2025-411).\n\nCordialement,\nLe trésorier, Valence")
case("o10-forfait-tardif", OWB, "decided", [m], [can("cancel", "2025-11-02")],
     spec="O4: next_billing 2025-10-03, cut-off 2025-09-26; request 2025-09-29 too late -> next cycle 2025-10-03..2025-11-02 billed.")

# o11 retainer, Quebec afternoon crosses into the next IST day -> too late
projects.append(proj("Dépanneur Chez Ginette", "ginette@chezginette.ca", "2025-03-01T10:00:00"))
payments.append(owpay("fr_w12", "OWD-2025-412", "Dépanneur Chez Ginette", "retainer", "7500.00", "1350.00", "2025-09-07T10:00:00",
                      period_start="2025-09-07", period_end="2025-10-06", next_billing_at="2025-10-07T00:00:00"))
m = mail("o11-forfait-quebec-soir", "Ginette Lapointe <ginette@chezginette.ca>", OWD, "Annulation forfait mensuel",
         "2025-09-30 16:00",
         "Bonjour,\n\nJe prends ma retraite et je ferme le dépanneur, alors j'annule le forfait Dépanneur Chez Ginette "
         "(OWD-2025-412). Merci pour tout!\n\nGinette", off=QC)
case("o11-forfait-quebec-soir", OWB, "decided", [m], [can("cancel", "2025-11-06")],
     spec="O4: cut-off 2025-09-30; sent 2025-09-30 16:00 -04:00 = 2025-10-01 01:30 IST -> <7 days; next cycle 2025-10-07..2025-11-06 billed.")

# o12 hosting annual within 14 days -> approve
projects.append(proj("Chalet Les Mélèzes Hébergement", "reservation@chalet-melezes.ch", None))
payments.append(owpay("fr_w13", "OWD-2025-413", "Chalet Les Mélèzes Hébergement", "hosting_annual", "15000.00", "2700.00", "2025-09-17T10:00:00",
                      setup_fee="1800.00", service_start="2025-09-18"))
m = mail("o12-hebergement-14j", "Chalet Les Mélèzes <reservation@chalet-melezes.ch>", OWD, "Résiliation hébergement annuel + remboursement",
         "2025-09-27 10:00",
         "Bonjour,\n\nNous résilions l'hébergement annuel Chalet Les Mélèzes Hébergement (OWD-2025-413) et demandons le "
         "remboursement au prorata: l'office du tourisme d'Anniviers héberge désormais les sites des chalets gratuitement.\n\n"
         "Meilleures salutations\nPascal Epiney")
case("o12-hebergement-14j", OWB, "decided", [m], [ref("approve", "12100.00")], extra_ok=True,
     spec="O5: day 9; 15000 - 1800 - (13200/12 = 1100) x 1 = 12100.00.")

# o13 maintenance annual, rounding
projects.append(proj("Imprimerie Kaboré", "imprimerie.kabore@gmail.com", None))
payments.append(owpay("fr_w14", "OWD-2025-414", "Imprimerie Kaboré", "maintenance_annual", "25000.00", "4500.00", "2025-09-21T10:00:00",
                      setup_fee="3500.00", service_start="2025-09-22"))
m = mail("o13-maintenance-arrondi", "Imprimerie Kaboré <imprimerie.kabore@gmail.com>", OWD, "Arrêt contrat maintenance OWD-2025-414",
         "2025-09-29 09:00",
         "Bonjour,\n\nNous arrêtons le contrat de maintenance annuel de l'Imprimerie Kaboré et demandons le remboursement "
         "prévu par vos conditions: l'imprimerie a été rachetée par un groupe qui a déjà son prestataire.\n\nCordialement\nAdama Kaboré, Bouaké", off=GMT)
case("o13-maintenance-arrondi", OWB, "decided", [m], [ref("approve", "19708.33")], extra_ok=True,
     spec="O5/C6: 25000 - 3500 - 21500/12 (1791.666...) = 19708.333... -> 19708.33.")

# o14 maintenance day 14 exactly, no setup fee -> approve
projects.append(proj("Librairie Papyrus", "papyrus@librairie-papyrus.be", None))
payments.append(owpay("fr_w15", "OWD-2025-415", "Librairie Papyrus", "maintenance_annual", "12000.00", "2160.00", "2025-09-14T10:00:00",
                      service_start="2025-09-15"))
m = mail("o14-maintenance-jour14", "Librairie Papyrus <papyrus@librairie-papyrus.be>", OWD, "Maintenance Librairie Papyrus - remboursement",
         "2025-09-29 10:00",
         "Bonjour,\n\nNous souhaitons arrêter la maintenance annuelle Librairie Papyrus (OWD-2025-415) et être remboursés au prorata : "
         "la librairie déménage à Tournai et nous rejoignons le site commun des libraires indépendants.\n\nBien à vous,\nMichel")
case("o14-maintenance-jour14", OWB, "decided", [m], [ref("approve", "11000.00")], extra_ok=True,
     spec="O5: service_start 2025-09-15, request 2025-09-29 = day 14, inside; no setup fee: 12000 - 1000 x 1 = 11000.00.")

# o15 hosting day 15 -> deny
projects.append(proj("Camping Les Flots Bleus", "accueil@flotsbleus.fr", None))
payments.append(owpay("fr_w16", "OWD-2025-416", "Camping Les Flots Bleus", "hosting_annual", "9600.00", "1728.00", "2025-09-09T10:00:00",
                      setup_fee="1200.00", service_start="2025-09-10"))
m = mail("o15-hebergement-jour15", "Camping Les Flots Bleus <accueil@flotsbleus.fr>", OWD, "Hébergement : demande de remboursement",
         "2025-09-25 09:30",
         "Bonjour,\n\nLa saison est finie et nous voulons arrêter l'hébergement du Camping Les Flots Bleus (OWD-2025-416) "
         "et récupérer une partie de la somme.\n\nCordialement\nFamille Le Gall, Bénodet")
case("o15-hebergement-jour15", OWB, "decided", [m], [ref("deny")], extra_ok=True,
     spec="O5: service_start 2025-09-10, request 2025-09-25 = day 15 > 14 -> deny.")

# o16 SSL/licence third party -> deny
projects.append(proj("Boutique Wax Abidjan", "boutique@waxabidjan.ci", "2025-06-01T10:00:00"))
payments.append(owpay("fr_w17", "OWD-2025-417", "Boutique Wax Abidjan", "third_party", "6500.00", "1170.00", "2025-09-26T10:00:00"))
m = mail("o16-licence", "Boutique Wax <boutique@waxabidjan.ci>", OWD, "Remboursement licence thème premium",
         "2025-09-27 16:00",
         "Bonjour,\n\nVous nous avez facturé le thème premium et la licence du plugin de paiement (OWD-2025-417) pour la Boutique Wax Abidjan, "
         "mais on préfère garder le thème gratuit. Merci de rembourser.\n\nAwa", off=GMT)
case("o16-licence", OWB, "decided", [m], [ref("deny")], spec="O6: third_party licences -> deny.")

# o17 setup fee -> deny
projects.append(proj("Fromagerie Bühler", "fromagerie.buhler@bluewin.ch", None))
payments.append(owpay("fr_w18", "OWD-2025-418", "Fromagerie Bühler", "setup", "3000.00", "540.00", "2025-09-25T10:00:00"))
m = mail("o17-frais-installation", "Fromagerie Bühler <fromagerie.buhler@bluewin.ch>", OWD, "Frais de mise en service",
         "2025-09-26 11:00",
         "Bonjour,\n\nPourquoi nous facturer des frais de mise en service (OWD-2025-418) pour la Fromagerie Bühler? Nous n'avons finalement "
         "pas besoin de la boutique en ligne. Merci de nous les rembourser.\n\nAvec nos meilleures salutations\nKurt Bühler, Gruyères")
case("o17-frais-installation", OWB, "decided", [m], [ref("deny")], spec="O6: setup/activation fee never refundable -> deny.")

# o18 C2 private address
projects.append(proj("Cabinet Kinésithérapie Mertens", "cabinet@kine-mertens.be", None))
payments.append(owpay("fr_w19", "OWD-2025-419", "Cabinet Kinésithérapie Mertens", "deposit", "12000.00", "2160.00", "2025-09-27T10:00:00"))
m = mail("o18-adresse-perso", "Luc Mertens <luc.mertens76@hotmail.com>", OWD, "Remboursement acompte",
         "2025-09-28 21:00",
         "Bonsoir, c'est Luc du Cabinet Kinésithérapie Mertens, j'écris depuis ma boîte perso. Merci de rembourser l'acompte "
         "OWD-2025-419, on a trouvé moins cher.\nLuc")
case("o18-adresse-perso", OWB, "need_info", [m], rules=["C2"],
     spec="C2: contract email is cabinet@kine-mertens.be; sender hotmail -> ask to write from the contract address.")

# o19 C2 via forward (Gmail FR)
projects.append(proj("Restaurant Le Baobab", "gerance@lebaobab.sn", None))
payments.append(owpay("fr_w20", "OWD-2025-420", "Restaurant Le Baobab", "deposit", "14000.00", "2520.00", "2025-09-28T10:00:00"))
m = mail("o19-transfert-c2", "Cheikh Sarr <cheikh.sarr@gmail.com>", OWD, "Fwd: Annulation site Restaurant Le Baobab",
         "2025-09-29 09:00",
         "Voir ci-dessous svp.\n\n---------- Forwarded message ---------\nDe : Gérance Le Baobab <gerance@lebaobab.sn>\n"
         "Date: dim. 28 sept. 2025 à 19:40\nSubject: Annulation site Restaurant Le Baobab\nTo: Cheikh Sarr <cheikh.sarr@gmail.com>\n\n"
         "Cheikh, demande à Optima d'annuler le projet Restaurant Le Baobab et de rembourser l'acompte OWD-2025-420, "
         "nous fermons pendant les travaux.\nLa gérance", off=GMT)
case("o19-transfert-c2", OWB, "need_info", [m], rules=["C2"],
     spec="Section 8 forwards: forwarded request from contract email gerance@lebaobab.sn, sender gmail -> C2 need_info.")

# o20 cancellation without reason -> need_info reason
projects.append(proj("Transports Bélanger Intranet", "ti@transports-belanger.ca", "2025-02-01T10:00:00"))
payments.append(owpay("fr_w21", "OWD-2025-421", "Transports Bélanger Intranet", "retainer", "22000.00", "3960.00", "2025-09-20T10:00:00",
                      period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20T00:00:00"))
m = mail("o20-sans-motif", "TI Transports Bélanger <ti@transports-belanger.ca>", OWD, "Résiliation - Transports Bélanger Intranet - OWD-2025-421",
         "2025-09-25 09:00",
         "Bonjour,\n\nVeuillez prendre note que nous mettons fin au contrat Transports Bélanger Intranet (OWD-2025-421). "
         "Merci de nous confirmer la réception du présent avis.\n\nCordialement,\nService des TI\nTransports Bélanger inc.\n"
         "Ce courriel et ses pièces jointes sont confidentiels.", off=QC)
case("o20-sans-motif", OWB, "need_info", [m], missing=["reason"],
     spec="Section 8: Optima requires a reason for cancellations; none given -> need_info reason.")

# o21 missing invoice: project has two payments
projects.append(proj("Salon Coiffure Élégance", "elegance.coiffure@orange.fr", None))
payments += [owpay("fr_w22", "OWD-2025-422", "Salon Coiffure Élégance", "deposit", "9000.00", "1620.00", "2025-09-27T10:00:00"),
             owpay("fr_w23", "OWD-2025-423", "Salon Coiffure Élégance", "third_party", "1500.00", "270.00", "2025-09-27T10:10:00")]
m = mail("o21-sans-facture", "Salon Élégance <elegance.coiffure@orange.fr>", OWD, "Annuler le projet Salon Coiffure Élégance",
         "2025-09-28 10:15",
         "Bonjour,\n\nJe dois annuler le projet Salon Coiffure Élégance, je vends le salon fin octobre. Remboursez-moi ce que j'ai payé svp.\n\nNadia, Marseille")
case("o21-sans-facture", OWB, "need_info", [m], missing=["invoice_number"],
     spec="C3: two payments on the project, none named -> need_info invoice_number.")

# o22 C4 (formal notice, consumer association) -> escalate
projects.append(proj("Ferme Équestre du Bocage", "ferme.bocage@wanadoo.fr", None))
payments.append(owpay("fr_w24", "OWD-2025-424", "Ferme Équestre du Bocage", "deposit", "11000.00", "1980.00", "2025-09-08T10:00:00"))
m = mail("o22-mise-en-demeure", "Ferme du Bocage <ferme.bocage@wanadoo.fr>", OWD, "MISE EN DEMEURE - acompte OWD-2025-424",
         "2025-09-24 21:30",
         "Madame, Monsieur,\n\nMalgré mes relances, le site de la Ferme Équestre du Bocage n'a jamais démarré. Je vous mets en demeure "
         "de rembourser l'acompte OWD-2025-424 sous huit jours, faute de quoi je saisirai mon avocat et ferai opposition "
         "auprès de ma banque (chargeback).\n\nM. Lemaire")
case("o22-mise-en-demeure", OWB, "decided", [m], [ref("escalate")], rules=["C4"],
     spec="C4: lawyer / chargeback threat -> escalate.")

# o23 thread answering need_info -> deposit approve? (reason later; request time first email)
projects.append(proj("Studio Yoga Shanti", "namaste@studio-shanti.ch", None))
payments.append(owpay("fr_w25", "OWD-2025-425", "Studio Yoga Shanti", "milestone", "16000.00", "2880.00", "2025-09-20T10:00:00", milestone_status="not_started"))
m1 = mail("o23a-fil", "Studio Shanti <namaste@studio-shanti.ch>", OWD, "Refund Request — Studio Yoga Shanti / OWD-2025-425",
          "2025-09-24 08:30",
          "Bonjour,\n\nMerci de rembourser la facture OWD-2025-425 du projet Studio Yoga Shanti.\n\nBelle journée\nClaire")
m2 = mail("o23b-fil", OWD, "Studio Shanti <namaste@studio-shanti.ch>", "Re: Refund Request — Studio Yoga Shanti / OWD-2025-425 [OWD-1203]",
          "2025-09-24 15:00", "Dear Claire,\n\nplease tell us the reason for your refund request.\n\nBilling & Refunds Desk — Optima WebDesign",
          parent=m1, off=5.5)
m3 = mail("o23c-fil", "Studio Shanti <namaste@studio-shanti.ch>", OWD, "Re: Refund Request — Studio Yoga Shanti / OWD-2025-425 [OWD-1203]",
          "2025-09-25 07:45",
          "Bonjour,\nLa raison: nous renonçons à la réservation en ligne des cours, les élèves préfèrent l'application de la salle.\nClaire\n\n"
          "Le 24 sept. 2025 à 11:30, Optima WebDesign a écrit :\n> please tell us the reason for your refund request.", parent=m2)
case("o23-fil-motif", OWB, "decided", [m1, m2, m3], [ref("approve", "16000.00")],
     spec="C3 merge: reason in the reply; O3 milestone not_started -> approve 16000.00.")

# o24 payment refunded already -> escalate
projects.append(proj("Agence Immo Bellevue", "contact@immo-bellevue.fr", None))
payments.append(owpay("fr_w26", "OWD-2025-426", "Agence Immo Bellevue", "deposit", "17000.00", "3060.00", "2025-09-28T10:00:00", status="refunded"))
m = mail("o24-deja-rembourse", "Immo Bellevue <contact@immo-bellevue.fr>", OWD, "Remboursement acompte Agence Immo Bellevue",
         "2025-09-29 10:00",
         "Bonjour,\n\nNous demandons le remboursement de l'acompte OWD-2025-426 (Agence Immo Bellevue) : l'agence est "
         "intégrée à un réseau national qui impose son propre site.\n\nCordialement\nSandrine Faure, Annecy")
case("o24-deja-rembourse", OWB, "decided", [m], [ref("escalate")], extra_ok=True,
     spec="Section 8: payment status refunded (not paid) -> refund escalate.")

# o25 auto-reply -> ignore
m = mail("o25-absence", "Cabinet Moreau <secretariat@dr-moreau.fr>", OWD, "Absence du cabinet",
         "2025-09-23 07:00", "Le cabinet est fermé jusqu'au 1er octobre. En cas d'urgence dentaire, appelez le 15.",
         headers={"Auto-Submitted": "auto-replied", "Precedence": "junk"})
case("o25-absence", OWB, "ignore", [m], rules=["C7"], spec="C7: Auto-Submitted / Precedence junk -> ignore.")

# o26 hypothetical -> other
m = mail("o26-question-hypothese", "Aminata Coulibaly <a.coulibaly@yahoo.fr>", "support@optimawebdesign.com", "Question avant signature",
         "2025-09-25 12:00",
         "Bonjour,\n\nAvant de signer le devis pour notre site, une question: si nous annulions après le versement de l'acompte, "
         "est-ce qu'il serait remboursé ? Et sous quel délai ?\n\nMerci d'avance\nAminata Coulibaly, Bamako/Abidjan", off=GMT)
case("o26-question-hypothese", OWB, "other", [m], spec="Section 8 hypotheticals: question before signing -> other.")

# o27 negation + thanks -> other
m = mail("o27-pas-remboursement", "Microbrasserie Le Houblon <proprio@lehoublon.ca>", OWD, "Merci / projet reporté",
         "2025-09-30 11:00",
         "Bonjour,\n\nPour être clair, on ne demande pas de remboursement pour le moment: on voulait juste vous remercier de votre "
         "patience et vous dire qu'on vous recontacte au printemps.\n\nJean-François", off=QC)
case("o27-pas-remboursement", OWB, "other", [m], spec="Section 8 negation: 'on ne demande pas de remboursement' -> no intent -> other.")

# o28 own address -> ignore
m = mail("o28-adresse-interne", "Optima WebDesign Support <support@optimawebdesign.com>", OWD, "Fwd: remboursement Vanden Bossche",
         "2025-09-27 12:00", "Pour info, le client demande son acompte, voir OWD-2025-405.", off=5.5)
case("o28-adresse-interne", OWB, "ignore", [m], rules=["C7"], spec="C7: the brand's own address -> ignore.")

# o29 retainer with the next cycle already paid in advance -> cancellation escalate
projects.append(proj("Pourvoirie du Lac-Bleu", "reservations@pourvoirie-lacbleu.ca", "2025-01-15T10:00:00"))
payments += [owpay("fr_w27", "OWD-2025-427", "Pourvoirie du Lac-Bleu", "retainer", "14000.00", "2520.00", "2025-09-01T10:00:00",
                   period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-11-01T00:00:00"),
             owpay("fr_w28", "OWD-2025-428", "Pourvoirie du Lac-Bleu", "retainer", "14000.00", "2520.00", "2025-09-19T10:00:00",
                   period_start="2025-10-01", period_end="2025-10-31", next_billing_at="2025-11-01T00:00:00")]
m = mail("o29-forfait-paye-avance", "Pourvoirie du Lac-Bleu <reservations@pourvoirie-lacbleu.ca>", OWD, "Fin du forfait de gestion du site",
         "2025-09-22 08:30",
         "Bonjour,\n\nNous souhaitons mettre fin au forfait mensuel Pourvoirie du Lac-Bleu : la pourvoirie a été vendue et le "
         "nouveau propriétaire a déjà son site. Nous avions déjà payé octobre d'avance (facture OWD-2025-428).\n\n"
         "Veuillez agréer nos salutations distinguées,\nMarc-André Simard, Mauricie", off=QC)
case("o29-forfait-paye-avance", OWB, "decided", [m], [can("escalate")],
     spec="O4 + section 8 retainer paid in advance: October (OWD-2025-428) already paid, notice >= 7 days -> cancellation escalate.")

# l34 Reply-To with the registered address never verifies -> C2
m = mail("l34-reply-to", "Julien Morel <jmorel.pro@gmail.com>", LO, "résiliation abonnement",
         "2025-09-30 09:00",
         "Bonjour, merci de résilier mon abonnement mensuel, je n'en ai plus l'utilité. Le compte est au nom de julien.morel@free.fr, répondez-moi là-dessus.\nJulien Morel",
         headers={"Reply-To": "julien.morel@free.fr"})
case("l34-reply-to", LOB, "need_info", [m], rules=["C2"],
     spec="C2 + section 8 addresses: the sender is From jmorel.pro@gmail.com; Reply-To julien.morel@free.fr never verifies -> need_info.")

EMAILS.mkdir(exist_ok=True)
(HERE / "ledger.json").write_text(json.dumps({"customers": customers, "projects": projects, "payments": payments},
                                             ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
(HERE / "expected.json").write_text(json.dumps({"cases": cases}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(f"{len(cases)} cases written")
