"""fresh17_fr: French held-out cases (qa17c). stdlib only; run: python3 make_cases.py"""
LANG = "fr"
import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
LO_TO = "LeadsOptima Support <support@leadsoptima.com>"
OW_TO = "Optima WebDesign <optimawebdesigns12@gmail.com>"
LOB, OWB = "leadsoptima", "optima_webdesign"
LEDGER = {"customers": [], "projects": [], "payments": []}
CASES = []
FILES = {}


def when(s, off):
    h = int(off)
    m = int(round((off - h) * 60))
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=timezone(timedelta(hours=h, minutes=m)))


def cust(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    LEDGER["customers"].append({"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
                                "trial_ends": trial_ends, "current_period_start": start,
                                "current_period_end": end})


def lopay(pid, inv, email, plan, amount, paid_at, ps=None, pe=None, status="paid"):
    tax = {"1499.00": "269.82", "3999.00": "719.82", "11988.00": "2157.84"}.get(amount, "0.00")
    LEDGER["payments"].append({"brand": LOB, "id": pid, "invoice": inv, "customer_email": email,
                               "kind": "subscription", "plan": plan, "amount": amount, "tax": tax,
                               "currency": "INR", "paid_at": paid_at, "period_start": ps, "period_end": pe,
                               "status": status})


def proj(name, contract, started=None):
    LEDGER["projects"].append({"brand": OWB, "name": name, "contract_email": contract, "work_started_at": started})


def owpay(pid, inv, project, kind, amount, tax, paid_at, **kw):
    rec = {"brand": OWB, "id": pid, "invoice": inv, "project": project, "kind": kind, "amount": amount,
           "tax": tax, "currency": "INR", "paid_at": paid_at, "status": "paid", "setup_fee": None,
           "service_start": None, "next_billing_at": None, "period_start": None, "period_end": None,
           "milestone_status": None}
    rec.update(kw)
    LEDGER["payments"].append(rec)


def mail(fname, frm, to, subject, body, date, html=None, headers=None, reply=None, cc=None, mid=None):
    """Build one email; returns its Message-ID.  reply = list of earlier Message-IDs (thread)."""
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    dom = frm.split("@")[-1].strip(">").strip()
    mid = mid or "<%s.%s@%s>" % (fname.replace(".eml", ""), LANG, dom)
    msg["Message-ID"] = mid
    if reply:
        msg["In-Reply-To"] = reply[-1]
        msg["References"] = " ".join(reply)
    for k, v in (headers or {}).items():
        msg[k] = v
    if body is None:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(body)
        if html:
            msg.add_alternative(html, subtype="html")
    FILES["emails/" + fname] = msg.as_bytes(policy=policy.SMTP)
    return mid


def R(outcome, amount=None):
    return {"intent": "refund", "outcome": outcome, "amount": amount}


def CX(outcome="cancel", eff=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if eff:
        d["effective_date"] = eff
    return d


def case(n, short, files, brand, status, decisions=(), rules=(), missing=None, spec="", extra_ok=False,
         ambiguous=None):
    c = {"id": "%s-l%02d-%s" % (LANG, n, short), "lang": LANG, "files": ["emails/" + f for f in files],
         "brand": brand, "status": status, "rules": list(rules)}
    if missing is not None:
        c["missing"] = missing
    c["decisions"] = list(decisions)
    if extra_ok:
        c["extra_ok"] = True
    if ambiguous:
        c["ambiguous"] = ambiguous
    c["spec"] = spec
    CASES.append(c)


def write():
    out = os.path.join(HERE, "emails")
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    for name, data in sorted(FILES.items()):
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "ledger.json"), "w", encoding="utf-8") as fh:
        json.dump(LEDGER, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump({"cases": CASES}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    for c in CASES:
        for f in c["files"]:
            assert f in FILES, f
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids))
    print("%d cases, %d emails" % (len(CASES), len(FILES)))


# ---------------------------------------------------------------- LeadsOptima
P = 2  # Paris, Bruxelles, Genève, Luxembourg, Monaco (CEST)

cust("camille.durand@orange.fr", "Camille Durand", "monthly", start="2025-09-20", end="2025-10-19")
lopay("fr_p011", "LO-INV-71001", "camille.durand@orange.fr", "monthly", "1499.00", "2025-09-20T08:14:00", "2025-09-20", "2025-10-19")
lopay("fr_p012", "LO-INV-71002", "camille.durand@orange.fr", "monthly", "1499.00", "2025-09-20T08:15:00", "2025-09-20", "2025-10-19")
m01 = mail("l01-doublon-paris.eml", "Camille Durand <camille.durand@orange.fr>", LO_TO,
     "prélèvement en double ??",
     "Bonjour,\n\nEn regardant mon relevé ce matin je vois que vous m'avez prélevée deux fois le 20/09 pour "
     "l'abonnement mensuel, 2 x 1 499,00 roupies (enfin l'équivalent en euros, j'ai payé par carte).\n"
     "La deuxième facture c'est la lo inv 71002. Merci de me rembourser ce doublon.\n\n"
     "Bonne journée,\nCamille\n\n--\nCamille Durand | Cheffe de projet | 06 12 34 56 78",
     when("2025-09-23 09:12", P))
case(1, "doublon-paris", ["l01-doublon-paris.eml"], LOB, "decided", [R("approve", "1499.00")],
     spec="L2 duplicate_payment, L3 (charge 2025-09-20, request 2025-09-23 IST = day 3), L4 pair fr_p011/fr_p012 -> 1499.00; §8 typed reference 'lo inv 71002'.")

cust("thomas.peeters@skynet.be", "Thomas Peeters", "quarterly", start="2025-09-05", end="2025-12-04")
lopay("fr_p021", "LO-INV-71011", "thomas.peeters@skynet.be", "quarterly", "3999.00", "2025-09-05T11:00:00", "2025-09-05", "2025-12-04")
lopay("fr_p022", "LO-INV-71012", "thomas.peeters@skynet.be", "quarterly", "3999.00", "2025-09-05T11:03:00", "2025-09-05", "2025-12-04")
mail("l02-doublon-bruxelles-j8.eml", "Thomas Peeters <thomas.peeters@skynet.be>", LO_TO,
     "Double paiement trimestre - LO-INV-71012",
     "Bonjour Madame, Monsieur,\n\nJe reviens de congé et je constate sur mon extrait de compte que le "
     "trimestre a été payé deux fois le 5 septembre (3.999,00 INR deux fois, soit septante-sept euros et des "
     "poussières en tout). C'est clairement un double paiement. Pouvez-vous me rembourser la facture "
     "LO-INV-71012 s'il vous plaît ?\n\nJe reste joignable sur mon GSM.\n\nBien à vous,\nThomas Peeters\nIxelles",
     when("2025-09-13 10:05", P))
case(2, "doublon-bruxelles-j8", ["l02-doublon-bruxelles-j8.eml"], LOB, "decided", [R("deny")],
     spec="L3: charge 2025-09-05 (day 0), request 2025-09-13 13:35 IST = day 8 > 7 -> deny, although L4 pair exists.")

cust("n.rochat@bluewin.ch", "Nicolas Rochat", "annual", start="2025-09-10", end="2026-09-09")
lopay("fr_p031", "LO-INV-71021", "n.rochat@bluewin.ch", "annual", "11988.00", "2025-09-10T09:00:00", "2025-09-10", "2026-09-09")
lopay("fr_p032", "LO-INV-71022", "n.rochat@bluewin.ch", "annual", "11988.00", "2025-09-10T09:02:00", "2025-09-10", "2026-09-09")
mail("l03-doublon-geneve-j7.eml", "Nicolas Rochat <n.rochat@bluewin.ch>", LO_TO,
     "Abonnement annuel débité à double",
     "Bonsoir,\n\nVotre abonnement annuel m'a été débité à double le 10 septembre (deux fois 11'988.00 INR, "
     "factures LO-INV-71021 et LO-INV-71022). Je n'ai évidemment qu'un seul compte. Je vous prie de "
     "rembourser le second débit, LO-INV-71022.\n\nMeilleures salutations\nNicolas Rochat\nCarouge GE",
     when("2025-09-17 18:40", P))
case(3, "doublon-geneve-j7", ["l03-doublon-geneve-j7.eml"], LOB, "decided", [R("approve", "11988.00")],
     spec="L3 day 7 is inside: charge 2025-09-10, mail 18:40 +02:00 = 22:10 IST on 2025-09-17 (day 7); L4 -> 11988.00.")

cust("genevieve.tremblay@videotron.ca", "Geneviève Tremblay", "monthly", start="2025-09-12", end="2025-10-11")
lopay("fr_p041", "LO-INV-71031", "genevieve.tremblay@videotron.ca", "monthly", "1499.00", "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
lopay("fr_p042", "LO-INV-71032", "genevieve.tremblay@videotron.ca", "monthly", "1499.00", "2025-09-12T10:01:00", "2025-09-12", "2025-10-11")
mail("l04-doublon-quebec-minuit.eml", "Genevieve Tremblay <genevieve.tremblay@videotron.ca>", LO_TO,
     "chargée 2 fois",
     "Allo,\n\nJe viens de voir sur mon relevé de carte de crédit que vous m'avez chargée deux fois le 12 "
     "septembre pour le forfait mensuel. Ça a pas d'allure! La facture en double c'est LO-INV-71032. "
     "Je veux être remboursée pour le deuxième paiement svp.\n\nMerci pis bonne soirée\nGeneviève\nSaguenay",
     when("2025-09-19 21:30", -4))
case(4, "doublon-quebec-minuit", ["l04-doublon-quebec-minuit.eml"], LOB, "decided", [R("deny")],
     spec="Section 1 + L3: 21:30 -04:00 on 09-19 is 2025-09-20 07:00 IST = day 8 after 2025-09-12 -> deny (the sender's own date would be day 7).")

cust("marie.lefebvre@free.fr", "Marie Lefebvre", "monthly", start="2025-09-18", end="2025-10-17")
lopay("fr_p051", "LO-INV-71041", "marie.lefebvre@free.fr", "monthly", "1499.00", "2025-09-18T06:00:00", "2025-09-18", "2025-10-17")
mail("l05-preleve-apres-resiliation.eml", "Marie Lefebvre <marie.lefebvre@free.fr>", LO_TO,
     "Prélèvement après résiliation",
     "Bonjour,\n\nJ'avais résilié mon abonnement mensuel début septembre (je l'ai fait moi-même dans "
     "Facturation), et pourtant j'ai été prélevée le 18 septembre, facture LO-INV-71041. Je souhaite le "
     "remboursement de ce prélèvement qui n'aurait jamais dû avoir lieu.\n\nCordialement,\nMarie Lefebvre\nRoubaix",
     when("2025-09-21 14:02", P))
case(5, "preleve-apres-resiliation", ["l05-preleve-apres-resiliation.eml"], LOB, "decided", [R("escalate")],
     spec="L2 billing_error ('prélevée après avoir résilié'), day 3 -> L5 escalate; the earlier cancellation is a past event, not a new cancellation request.")

cust("julien.moreau@laposte.net", "Julien Moreau", "quarterly", start="2025-09-24", end="2025-12-23")
lopay("fr_p061", "LO-INV-71051", "julien.moreau@laposte.net", "quarterly", "3999.00", "2025-09-24T07:30:00", "2025-09-24", "2025-12-23")
mail("l06-acces-lyon-dictee.eml", "julien.moreau@laposte.net", LO_TO,
     "Connexion impossible",
     "bonjour depuis le renouvellement du 24 j arrive plus du tout a me connecter au tableau de bord ca "
     "tourne dans le vide page blanche j ai essaye sur chrome et sur le telephone pareil donc j ai paye "
     "3999 pour rien remboursez moi la facture LO-INV-71051 merci\n\nEnvoyé de mon iPhone",
     when("2025-09-26 08:47", P))
case(6, "acces-lyon-dictee", ["l06-acces-lyon-dictee.eml"], LOB, "decided", [R("escalate")],
     spec="L2 access_failure ('arrive plus a me connecter', page blanche), charge 09-24, request 09-26 -> L6 escalate.")

cust("sandrine.giraud@sfr.fr", "Sandrine Giraud", "monthly", start="2025-09-22", end="2025-10-21")
lopay("fr_p071", "LO-INV-71061", "sandrine.giraud@sfr.fr", "monthly", "1499.00", "2025-09-22T09:00:00", "2025-09-22", "2025-10-21")
mail("l07-plus-besoin-marseille.eml", "Sandrine Giraud <sandrine.giraud@sfr.fr>", LO_TO,
     "remboursement LO-INV-71061",
     "Bonjour,\n\nFranchement je m'en sers plus depuis qu'on a repris la boutique de mon beau-frère, "
     "j'ai pas le temps de faire de la prospection. Je voudrais être remboursée du mois prélevé le 22, "
     "facture LO-INV-71061, vu que je l'ai même pas ouvert.\n\nBien à vous\nSandrine, Aubagne",
     when("2025-09-24 17:20", P))
case(7, "plus-besoin-marseille", ["l07-plus-besoin-marseille.eml"], LOB, "decided", [R("deny")],
     spec="L1: not using the product is no exception reason -> deny (reply offers cancellation); no cancellation asked.")

cust("hugo.schneider@estvideo.fr", "Hugo Schneider", "annual", start="2025-03-15", end="2026-03-14")
lopay("fr_p081", "LO-INV-70081", "hugo.schneider@estvideo.fr", "annual", "11988.00", "2025-03-15T10:00:00", "2025-03-15", "2026-03-14")
mail("l08-jours-restants-alsace.eml", "Hugo Schneider <hugo.schneider@estvideo.fr>", LO_TO,
     "Résiliation + remboursement du reste de l'année",
     "Bonjour,\n\nNotre agence de Colmar ferme fin septembre. Merci de résilier notre abonnement annuel et "
     "de nous rembourser au prorata les mois non utilisés (facture LO-INV-70081), on n'en aura plus "
     "l'usage.\n\nMit freundlichen Grüßen / Cordialement\nHugo Schneider",
     when("2025-09-25 11:00", P))
case(8, "jours-restants-alsace", ["l08-jours-restants-alsace.eml"], LOB, "decided",
     [R("deny"), CX("cancel", "2026-03-14")],
     spec="Refund of unused months: L1/L8 no partial refunds (and charge is months old, L3) -> deny; cancellation L8 -> current_period_end 2026-03-14.")

cust("laurent.weber@pt.lu", "Laurent Weber", "quarterly", start="2025-09-01", end="2025-11-30")
lopay("fr_p091", "LO-INV-71071", "laurent.weber@pt.lu", "quarterly", "3999.00", "2025-09-01T10:00:00", "2025-09-01", "2025-11-30")
mail("l09-oneliner-lux.eml", "Laurent Weber <laurent.weber@pt.lu>", LO_TO, "résiliation",
     "Je veux résilier.\n\nL. Weber", when("2025-09-27 07:58", P))
case(9, "oneliner-lux", ["l09-oneliner-lux.eml"], LOB, "decided", [CX("cancel", "2025-11-30")],
     spec="Intent verb with no object; verified sender, plan from ledger; L8 -> current_period_end 2025-11-30 (reason not required for LO cancellations).")

cust("isabelle.rinaldi@monaco.mc", "Isabelle Rinaldi", "monthly")
lopay("fr_p101", "LO-INV-70101", "isabelle.rinaldi@monaco.mc", "monthly", "1499.00", "2025-08-14T16:30:00")
lopay("fr_p102", "LO-INV-71081", "isabelle.rinaldi@monaco.mc", "monthly", "1499.00", "2025-09-14T16:30:00")
mail("l10-question-monaco.eml", "Isabelle Rinaldi <isabelle.rinaldi@monaco.mc>", LO_TO,
     "Abonnement",
     "Madame, Monsieur,\n\nPourriez-vous mettre fin à mon abonnement mensuel ? Nous avons internalisé la "
     "prospection et l'outil fait doublon avec notre CRM.\n\nAvec mes remerciements,\nIsabelle Rinaldi\n"
     "Monte-Carlo", when("2025-09-29 15:10", P))
case(10, "question-monaco", ["l10-question-monaco.eml"], LOB, "decided", [CX("cancel", "2025-10-13")],
     spec="Request phrased as a question; L8 fallback (no current_period_end): last charge 2025-09-14 + 1 month - 1 day = 2025-10-13.")

cust("hery.rakoto@moov.mg", "Hery Rakotomalala", "quarterly")
lopay("fr_p111", "LO-INV-71091", "hery.rakoto@moov.mg", "quarterly", "3999.00", "2025-07-31T22:00:00+00:00")
mail("l11-fallback-decalage-mada.eml", "Hery Rakotomalala <hery.rakoto@moov.mg>", LO_TO,
     "Demande d'arrêt de l'abonnement trimestriel",
     "Bonjour,\n\nJe souhaite arrêter l'abonnement trimestriel à la fin de la période en cours, nous "
     "n'avons plus le budget pour cette année. Misaotra betsaka.\n\nHery\nAntananarivo",
     when("2025-09-22 10:15", 3))
case(11, "fallback-decalage-mada", ["l11-fallback-decalage-mada.eml"], LOB, "decided", [CX("cancel", "2025-10-31")],
     spec="§8 ledger offsets: paid 2025-07-31T22:00Z = 2025-08-01 03:30 IST; L8 fallback 2025-08-01 + 3 months - 1 day = 2025-10-31.")

cust("amel.benali@topnet.tn", "Amel Ben Ali", "monthly", status="trial", trial_ends="2025-10-05")
mail("l12-essai-tunis.eml", "Amel Ben Ali <amel.benali@topnet.tn>", LO_TO,
     "Remboursement période d'essai",
     "Bonjour,\n\nJe suis en période d'essai depuis le 21 septembre. L'outil ne correspond pas à nos "
     "besoins (pas de données pour la Tunisie). Je voudrais être remboursée de l'essai svp.\n\nCordialement\n"
     "Amel Ben Ali, Sfax", when("2025-09-28 12:40", 1))
case(12, "essai-tunis", ["l12-essai-tunis.eml"], LOB, "decided", [R("deny")],
     spec="L7: the account is on a free trial, no charges -> deny, nothing to refund.")

cust("y.lagadec@breizh-conseil.fr", "Yann Lagadec", "annual", start="2025-02-01", end="2026-01-31")
mail("l13-c2-gmail-bretagne.eml", "Yann Lagadec <yann.lagadec29@gmail.com>", LO_TO,
     "Résiliation compte y.lagadec@breizh-conseil.fr",
     "Bonjour,\n\nJe vous écris depuis ma boîte perso car je n'ai plus accès à ma messagerie pro. Le compte "
     "est au nom de y.lagadec@breizh-conseil.fr (annuel). Merci de le résilier, nous fermons le cabinet "
     "de Quimper.\n\nKenavo,\nYann", when("2025-09-24 19:03", P))
case(13, "c2-gmail-bretagne", ["l13-c2-gmail-bretagne.eml"], LOB, "need_info", rules=["C2"],
     spec="C2: sender gmail address is not the stated registered email y.lagadec@breizh-conseil.fr -> ask to write from it, nothing disclosed.")

cust("francois.dupuis@wanadoo.fr", "François Dupuis", "monthly", start="2025-09-09", end="2025-10-08")
mail("l14-c2-replyto.eml", "F. Dupuis <fdupuis.perso@hotmail.fr>", LO_TO, "arrêter l'abonnement",
     "Bonjour, merci d'arrêter l'abonnement LeadsOptima, on a changé d'outil. Répondez à mon adresse "
     "habituelle.\nF. Dupuis", when("2025-09-25 08:30", P),
     headers={"Reply-To": "francois.dupuis@wanadoo.fr"})
case(14, "c2-replyto", ["l14-c2-replyto.eml"], LOB, "need_info", rules=["C2"],
     spec="§8 addresses: the sender is From (hotmail, unknown); Reply-To naming the registered address verifies nobody -> C2.")

cust("sophie.marchand@gmail.com", "Sophie Marchand", "monthly", start="2025-09-19", end="2025-10-18")
lopay("fr_p151", "LO-INV-71101", "sophie.marchand@gmail.com", "monthly", "1499.00", "2025-09-19T09:00:00", "2025-09-19", "2025-10-18")
mail("l15-c4-opposition.eml", "Sophie Marchand <sophie.marchand@gmail.com>", LO_TO,
     "DERNIER AVERTISSEMENT",
     "Ça fait trois fois que j'écris. Je veux le remboursement de LO-INV-71101 (je n'ai jamais pu me "
     "connecter) et la résiliation immédiate. Sans réponse sous 48h je fais opposition auprès de ma "
     "banque et mon avocat prendra le relais.\n\nS. Marchand", when("2025-09-22 23:10", P))
case(15, "c4-opposition", ["l15-c4-opposition.eml"], LOB, "decided", [R("escalate"), CX("escalate")], rules=["C4"],
     spec="C4 (bank dispute 'opposition', lawyer) covers the whole case (§8): refund and cancellation both escalate.")

mail("l16-c7-absence.eml", "Camille Durand <camille.durand@orange.fr>", LO_TO,
     "Réponse automatique : Absente du bureau",
     "Bonjour,\n\nJe suis absente jusqu'au 6 octobre inclus. Pour toute question sur le remboursement de "
     "notre abonnement, merci de contacter compta@orange-partenaires.fr.\n\nCamille Durand",
     when("2025-09-26 09:00", P), headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})
case(16, "c7-absence", ["l16-c7-absence.eml"], LOB, "ignore", rules=["C7"],
     spec="C7: Auto-Submitted: auto-replied -> ignore, even from a known customer mentioning a refund.")

mail("l17-c7-bounce.eml", "Mail Delivery System <MAILER-DAEMON@smtp.laposte.net>", "support@leadsoptima.com",
     "Non remis : Re: Votre demande de remboursement",
     "Ceci est un message automatique du serveur smtp.laposte.net.\n\nVotre message n'a pas pu être remis "
     "à un ou plusieurs destinataires :\n\n  <j.moreau@laposte.invalid> : domaine introuvable\n\n"
     "--- Message d'origine ---\nObjet : Re: Votre demande de remboursement [LO-1188]",
     when("2025-09-27 03:12", P), headers={"Auto-Submitted": "auto-generated"})
case(17, "c7-bounce", ["l17-c7-bounce.eml"], LOB, "ignore", rules=["C7"],
     spec="C7: MAILER-DAEMON sender, delivery failure -> ignore.")

mail("l18-c7-liste.eml", "La Lettre du Growth Hacking <newsletter@growth-fr.org>", "billing@leadsoptima.com",
     "[Lettre #212] Résilier sans douleur : 5 astuces pour vos abonnements SaaS",
     "Cette semaine : comment obtenir un remboursement de vos outils SaaS, résilier à temps, et nos "
     "comparatifs.\n\nSe désabonner : https://growth-fr.org/unsub", when("2025-09-23 06:00", P),
     headers={"List-Id": "Lettre Growth <lettre.growth-fr.org>", "Precedence": "bulk",
              "List-Unsubscribe": "<https://growth-fr.org/unsub>"})
case(18, "c7-liste", ["l18-c7-liste.eml"], LOB, "ignore", rules=["C7"],
     spec="C7: List-Id and Precedence: bulk -> ignore although it speaks of refunds and cancelling.")

cust("olivier.faure@cabinet-faure.fr", "Olivier Faure", "annual", start="2025-09-01", end="2026-08-31")
lopay("fr_p191", "LO-INV-71111", "olivier.faure@cabinet-faure.fr", "annual", "11988.00", "2025-09-01T10:00:00", "2025-09-01", "2026-08-31")
mail("l19-negation-facture.eml", "Olivier Faure <olivier.faure@cabinet-faure.fr>", LO_TO,
     "Facture LO-INV-71111 au nom de la SARL",
     "Bonjour,\n\nJe ne demande pas de remboursement, rassurez-vous, et je ne compte pas résilier. J'ai "
     "seulement besoin que la facture LO-INV-71111 porte la raison sociale « SARL Cabinet Faure » et notre "
     "numéro de TVA intracommunautaire FR 12 345678901.\n\nMerci d'avance,\nOlivier Faure",
     when("2025-09-19 10:30", P))
case(19, "negation-facture", ["l19-negation-facture.eml"], LOB, "other",
     spec="§8 negation: 'je ne demande pas de remboursement', 'je ne compte pas résilier'; an invoice change -> other.")

mail("l20-hypothese-quebec.eml", "Maxime Gagnon <max.gagnon@sympatico.ca>", LO_TO, "Question avant de m'abonner",
     "Bonjour,\n\nSi je prends le forfait annuel pis que finalement ça marche pas pour mon équipe, est-ce que "
     "je vais pouvoir me faire rembourser? Ou je peux juste canceller à la fin?\n\nMerci!\nMax, Laval",
     when("2025-09-25 13:45", -4))
case(20, "hypothese-quebec", ["l20-hypothese-quebec.eml"], LOB, "other",
     spec="§8 hypotheticals: a policy question before subscribing, no request -> other.")

mail("l21-merci-rembourse.eml", "Camille Durand <camille.durand@orange.fr>", LO_TO,
     "Re: prélèvement en double ??",
     "Bonjour,\n\nPetit mot pour dire que le remboursement du doublon est bien arrivé sur mon compte hier. "
     "Tout est rentré dans l'ordre, merci beaucoup pour la rapidité !\n\nCamille",
     when("2025-09-30 08:05", P), reply=[m01, "<lo-1160.reply@leadsoptima.com>"])
case(21, "merci-rembourse", ["l21-merci-rembourse.eml"], LOB, "other",
     spec="Thanks closing a story: the refund is a past event, nothing is asked -> other.")

cust("pascal.girard@numericable.fr", "Pascal Girard", "quarterly", start="2025-08-10", end="2025-11-09")
mail("l22-ni-ni.eml", "Pascal Girard <pascal.girard@numericable.fr>", LO_TO, "Changement de carte",
     "Bonjour,\n\nPas de panique : je ne veux ni être remboursé ni résilier. Ma carte expire fin septembre "
     "et je voudrais savoir où mettre la nouvelle pour le prochain prélèvement.\n\nPascal",
     when("2025-09-20 18:22", P))
case(22, "ni-ni", ["l22-ni-ni.eml"], LOB, "other", spec="Both intents declined (§8 negation); card update question -> other.")

cust("c.bernard@bernard-avocats-conseils.fr", "Claire Bernard", "annual", start="2025-09-24", end="2026-09-23")
lopay("fr_p231", "LO-INV-71121", "c.bernard@bernard-avocats-conseils.fr", "annual", "11988.00", "2025-09-24T12:00:00", "2025-09-24", "2026-09-23")
mail("l23-raison-absente.eml", "Claire Bernard <c.bernard@bernard-avocats-conseils.fr>", LO_TO,
     "Demande de remboursement - LO-INV-71121",
     "Madame, Monsieur,\n\nJe vous saurais gré de bien vouloir procéder au remboursement de la facture "
     "LO-INV-71121 (abonnement annuel).\n\nVous en souhaitant bonne réception, je vous prie d'agréer mes "
     "salutations distinguées.\n\nClaire Bernard\nResponsable administrative\n\n"
     "Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de "
     "ses destinataires. Toute utilisation non conforme à sa destination est interdite. Si vous avez reçu "
     "ce message par erreur, merci d'en avertir immédiatement l'expéditeur.",
     when("2025-09-26 09:40", P))
case(23, "raison-absente", ["l23-raison-absente.eml"], LOB, "need_info", missing=["reason"],
     spec="§8 what a reason is: restating the request, courtesy formula and confidentiality disclaimer are not reasons; plan known, invoice given -> need_info reason.")

cust("antoine.roux@outlook.fr", "Antoine Roux", "monthly", start="2025-09-26", end="2025-10-25")
lopay("fr_p241", "LO-INV-71131", "antoine.roux@outlook.fr", "monthly", "11988.00", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
m1 = mail("l24-fil-a.eml", "Antoine Roux <antoine.roux@outlook.fr>", LO_TO, "remboursement",
          "Bonjour, merci de rembourser la facture LO-INV-71131.\nAntoine", when("2025-09-27 10:00", P))
mail("l24-fil-b.eml", "Antoine Roux <antoine.roux@outlook.fr>", LO_TO, "RE: remboursement [LO-1201]",
     "Bonjour,\n\nLa raison : je suis au forfait mensuel mais on m'a prélevé 11 988 au lieu de 1 499, "
     "c'est le prix de l'annuel. Mauvais montant.\n\nAntoine\n\n"
     "De : LeadsOptima Support <support@leadsoptima.com>\nEnvoyé : samedi 27 septembre 2025 15:02\n"
     "Objet : Re: remboursement [LO-1201]\n\n> Pour traiter votre demande, il nous manque : le motif.",
     when("2025-09-28 11:30", P), reply=[m1, "<lo-1201.reply@leadsoptima.com>"])
case(24, "fil-raison-repondue", ["l24-fil-a.eml", "l24-fil-b.eml"], LOB, "decided", [R("escalate")],
     spec="C3 thread: the answer gives the reason (wrong amount = billing_error); request time = first mail 09-27, charge 09-26 -> L5 escalate.")

cust("pierre.martin@cabinet-martin.fr", "Pierre Martin", "quarterly", start="2025-08-01", end="2025-10-31")
mail("l25-tr-c2.eml", "Nadia Assistante <assistante@cabinet-martin.fr>", LO_TO, "TR: résiliation LeadsOptima",
     "Bonjour, voir ci-dessous, merci de faire le nécessaire.\nNadia\n\n"
     "-----Message d'origine-----\nDe : Pierre Martin <pierre.martin@cabinet-martin.fr>\n"
     "Envoyé : lundi 22 septembre 2025 18:04\nÀ : Nadia Assistante <assistante@cabinet-martin.fr>\n"
     "Objet : résiliation LeadsOptima\n\nNadia, peux-tu résilier LeadsOptima (compte "
     "pierre.martin@cabinet-martin.fr, trimestriel) ? On ne s'en sert plus.\nPierre",
     when("2025-09-23 09:15", P))
case(25, "tr-c2", ["l25-tr-c2.eml"], LOB, "need_info", rules=["C2"],
     spec="§8 forwards: TR: carries a cancellation naming pierre.martin@…, sent by the assistant -> C2.")

cust("lucie.fontaine@gmail.com", "Lucie Fontaine", "monthly", start="2025-09-07", end="2025-10-06")
mail("l26-tr-soi-meme.eml", "Lucie Fontaine <lucie.fontaine@gmail.com>", LO_TO, "Fwd: arrêt abonnement",
     "Je vous renvoie mon mail de la semaine dernière, resté sans réponse.\n\n"
     "---------- Message transféré ---------\nDe : Lucie Fontaine <lucie.fontaine@gmail.com>\n"
     "Date : ven. 19 sept. 2025 à 21:14\nObjet : arrêt abonnement\nÀ : <info@leadsoptima.com>\n\n"
     "Bonsoir, je souhaite mettre un terme à mon abonnement mensuel, je change de métier. Lucie",
     when("2025-09-26 08:02", P))
case(26, "tr-soi-meme", ["l26-tr-soi-meme.eml"], LOB, "decided", [CX("cancel", "2025-10-06")],
     spec="Forward from the registered address itself: the carried cancellation is decided, L8 -> 2025-10-06.")

cust("kevin.lambert@yahoo.fr", "Kévin Lambert", "monthly", start="2025-09-25", end="2025-10-24")
for i, minute in ((1, "01"), (2, "02"), (3, "03")):
    lopay("fr_p27%d" % i, "LO-INV-7114%d" % i, "kevin.lambert@yahoo.fr", "monthly", "1499.00",
          "2025-09-25T10:%s:00" % minute, "2025-09-25", "2025-10-24")
mail("l27-trois-prelevements.eml", "kevin lambert <kevin.lambert@yahoo.fr>", LO_TO, "3 prélèvements !!!",
     "Bonjour\nvous m'avez prélevé TROIS fois 1499 le même jour (le 25/09) pour le même mois. factures "
     "LO-INV-71142 et LO-INV-71143 en trop. je veux récupérer les deux paiements en double.\nKévin (Lille)",
     when("2025-09-26 12:12", P))
case(27, "trois-prelevements", ["l27-trois-prelevements.eml"], LOB, "decided", [R("approve", "2998.00")],
     spec="§8 three identical charges: charges 2 and 3 are duplicates, both inside L3 -> 2 x 1499.00 = 2998.00.")

cust("aurelie.petit@free.fr", "Aurélie Petit", "monthly", start="2025-09-21", end="2025-10-20")
lopay("fr_p281", "LO-INV-71151", "aurelie.petit@free.fr", "monthly", "1499.00", "2025-09-21T10:00:00", "2025-09-21", "2025-10-20")
lopay("fr_p282", "LO-INV-71152", "aurelie.petit@free.fr", "monthly", "1499.00", "2025-09-21T10:00:30", "2025-09-21", "2025-10-20", status="refunded")
mail("l28-doublon-deja-rembourse.eml", "Aurélie Petit <aurelie.petit@free.fr>", LO_TO, "Double débit facture LO-INV-71152",
     "Bonjour, j'ai été débitée deux fois le 21 septembre, la facture en double est LO-INV-71152. Merci de "
     "me rembourser. Aurélie", when("2025-09-24 20:00", P))
case(28, "doublon-deja-rembourse", ["l28-doublon-deja-rembourse.eml"], LOB, "decided", [R("escalate")],
     spec="§8 payments not paid: the duplicate LO-INV-71152 is already 'refunded' (no paid pair either, L4) -> escalate.")

cust("serge.obame@gabontelecom.ga", "Serge Obame", "quarterly", start="2025-09-23", end="2025-12-22")
lopay("fr_p291", "LO-INV-71161", "serge.obame@gabontelecom.ga", "quarterly", "3999.00", "2025-09-23T10:00:00", "2025-09-23", "2025-12-22")
mail("l29-doublon-sans-paire.eml", "Serge Obame <serge.obame@gabontelecom.ga>", LO_TO, "Paiement effectué deux fois",
     "Bonjour,\n\nJ'ai payé deux fois l'abonnement trimestriel : une fois par carte et une fois par Airtel "
     "Money, car le premier paiement semblait bloqué. Facture LO-INV-71161. Je vous prie de me "
     "rembourser le paiement en trop.\n\nCordialement\nSerge Obame\nLibreville",
     when("2025-09-25 09:30", 1))
case(29, "doublon-sans-paire", ["l29-doublon-sans-paire.eml"], LOB, "decided", [R("escalate")],
     spec="L4: duplicate_payment claimed within the window but the ledger has only one charge -> escalate.")

cust("oumar.traore@orangemali.net", "Oumar Traoré", "monthly", start="2025-09-27", end="2025-10-26")
lopay("fr_p301", "LO-INV-71171", "oumar.traore@orangemali.net", "monthly", "1499.00", "2025-09-27T13:00:00", "2025-09-27", "2025-10-26")
lopay("fr_p302", "LO-INV-71172", "oumar.traore@orangemali.net", "monthly", "1499.00", "2025-09-27T13:04:00", "2025-09-27", "2025-10-26")
mail("l30-montant-lettres-mali.eml", "Oumar Traore <oumar.traore@orangemali.net>", LO_TO, "reclamation",
     "Salam, bonjour\n\nLe 27 septembre on a débité mon compte deux fois la somme de mille quatre cent "
     "quatre-vingt-dix-neuf roupies pour le même mois. Le deuxième reçu porte le numéro lo-inv.71172. "
     "Je demande qu'on me rende ce montant prélevé en double.\n\nOumar Traoré, Bamako",
     when("2025-09-29 08:00", 0))
case(30, "montant-lettres-mali", ["l30-montant-lettres-mali.eml"], LOB, "decided", [R("approve", "1499.00")],
     spec="Amount in words; §8 reference 'lo-inv.71172' = LO-INV-71172; L4 pair within L3 (day 2) -> 1499.00.")

proj("Cave Lambert Vins", "cave.lambert@vins-lambert.fr")
mail("l31-autre-marque.eml", "Cave Lambert <cave.lambert@vins-lambert.fr>", LO_TO, "résiliation",
     "Bonjour, merci de résilier notre contrat avec vous, nous arrêtons en octobre. Cave Lambert",
     when("2025-09-24 16:00", P))
case(31, "autre-marque", ["l31-autre-marque.eml"], LOB, "need_info", rules=["C2"],
     spec="§8 the other brand's customer: written to LeadsOptima by an Optima contract address; unknown in LeadsOptima's ledger -> C2/C3.")

cust("remi.leblanc@nb.sympatico.ca", "Rémi LeBlanc", "annual", start="2025-01-20", end="2026-01-19")
mail("l32-acadie-question.eml", "Remi LeBlanc <remi.leblanc@nb.sympatico.ca>", LO_TO, "canceller",
     "Bonjour, je voudrais canceller mon abonnement annuel, comment je fais ça? La business a fermé "
     "back en août pis j'ai pu besoin de l'outil asteure.\nMerci ben\nRémi, Moncton",
     when("2025-09-18 19:45", -3))
case(32, "acadie-question", ["l32-acadie-question.eml"], LOB, "decided", [CX("cancel", "2026-01-19")],
     spec="Acadian French (chiac) request phrased as a how-to question; L8 -> current_period_end 2026-01-19.")

cust("a.ouedraogo@fasonet.bf", "Aminata Ouédraogo", "quarterly", start="2025-07-28", end="2025-10-27")
mail("l33-lettre-burkina.eml", "Aminata OUEDRAOGO <a.ouedraogo@fasonet.bf>", LO_TO,
     "Objet : Demande de résiliation d'abonnement",
     "Ouagadougou, le 29 septembre 2025\n\nA Monsieur le Responsable du Service Client\n\n"
     "Monsieur,\n\nJ'ai l'honneur de venir très respectueusement solliciter auprès de votre haute "
     "bienveillance la résiliation de mon abonnement trimestriel, pour cause de restructuration de "
     "notre ONG.\n\nDans l'attente d'une suite favorable, veuillez agréer, Monsieur, l'expression de mes "
     "salutations distinguées.\n\nAminata OUEDRAOGO", when("2025-09-29 09:00", 0))
case(33, "lettre-burkina", ["l33-lettre-burkina.eml"], LOB, "decided", [CX("cancel", "2025-10-27")],
     spec="Formal administrative letter; L8 -> current_period_end 2025-10-27.")

cust("rami.haddad@idm.net.lb", "Rami Haddad", "monthly", start="2025-09-01", end="2025-09-30")
lopay("fr_p341", "LO-INV-71181", "rami.haddad@idm.net.lb", "monthly", "1499.00", "2025-09-01T10:00:00", "2025-09-01", "2025-09-30")
mail("l34-libanais-hors-delai.eml", "Rami Haddad <rami.haddad@idm.net.lb>", LO_TO, "access",
     "Bonjour, kifkon,\n\nDepuis le début du mois je n'ai aucun accès à la plateforme, elle ne charge pas "
     "du tout, yaane rien ne s'affiche. J'ai payé le 1er septembre, LO-INV-71181. Remboursez-moi svp, "
     "merci ktir.\n\nRami, Achrafieh", when("2025-09-15 11:00", 3))
case(34, "libanais-hors-delai", ["l34-libanais-hors-delai.eml"], LOB, "decided", [R("deny")],
     spec="L2 access_failure but L3: charge 09-01, request 09-15 = day 14 > 7 -> deny.")

# ---------------------------------------------------------------- Optima WebDesign
proj("Boulangerie Vasseur", "contact@boulangerie-vasseur.fr", None)
owpay("fr_o351", "OWD-2025-301", "Boulangerie Vasseur", "discovery", "15000.00", "2700.00", "2025-09-22T11:00:00")
mail("l35-decouverte-annulee.eml", "Boulangerie Vasseur <contact@boulangerie-vasseur.fr>", OW_TO,
     "Refund Request — Boulangerie Vasseur / OWD-2025-301",
     "Bonjour,\n\nNous avons réglé l'atelier de découverte (facture OWD-2025-301) pour le projet "
     "« Boulangerie Vasseur ». Entre-temps la mairie a refusé l'agrandissement du magasin et nous abandonnons "
     "le projet de site. Aucune séance n'a eu lieu. Pouvez-vous nous rembourser ?\n\nMerci,\nÉlodie Vasseur",
     when("2025-09-25 10:00", P))
case(35, "decouverte-annulee", ["l35-decouverte-annulee.eml"], OWB, "decided", [R("approve", "15000.00")], extra_ok=True,
     spec="O1: discovery, work_started_at empty -> full refund of the amount before tax 15000.00 (tax 2700 kept, C6); 'nous abandonnons le projet' may also be read as a cancellation: harmless extra.")

proj("Domaine du Lavaux", "info@domaine-lavaux.ch", "2025-09-10T10:00:00")
owpay("fr_o361", "OWD-2025-311", "Domaine du Lavaux", "discovery", "12000.00", "2160.00", "2025-09-05T10:00:00")
mail("l36-decouverte-commencee.eml", "Domaine du Lavaux <info@domaine-lavaux.ch>", OW_TO,
     "Atelier stratégie OWD-2025-311",
     "Bonjour,\n\nSuite à la séance de stratégie du 10 septembre pour le « Domaine du Lavaux », nous avons "
     "décidé de travailler avec une agence de Lausanne. Nous vous prions de nous rembourser la facture "
     "OWD-2025-311.\n\nAvec nos meilleures salutations,\nFamille Chappuis", when("2025-09-23 14:00", P))
case(36, "decouverte-commencee", ["l36-decouverte-commencee.eml"], OWB, "decided", [R("deny")],
     spec="O1: a session started 2025-09-10, before the request -> deny.")

proj("Atelier Morel", "atelier.morel@gmail.com", None)
owpay("fr_o371", "OWD-2025-321", "Atelier Morel", "deposit", "25000.00", "4500.00", "2025-09-15T14:00:00")
mail("l37-acompte-71h59.eml", "Atelier Morel <atelier.morel@gmail.com>", OW_TO, "Acompte Atelier Morel",
     "Bonjour,\n\nNous avons versé l'acompte de 25 000 INR + TVA lundi (OWD-2025-321) pour le site de "
     "l'Atelier Morel. Notre associé se retire, le projet est gelé. Merci de nous restituer l'acompte.\n\n"
     "Julie Morel", when("2025-09-18 10:29", P))
case(37, "acompte-71h59", ["l37-acompte-71h59.eml"], OWB, "decided", [R("approve", "25000.00")],
     spec="O2: paid 09-15 14:00 IST, request 10:29 +02:00 = 13:59 IST on 09-18 (71 h 59), no work -> 25000.00.")

proj("Érablière Côté", "info@erabliere-cote.ca", None)
owpay("fr_o381", "OWD-2025-331", "Érablière Côté", "deposit", "30000.00", "5400.00", "2025-09-16T09:30:00")
mail("l38-acompte-72h-pile.eml", "Erabliere Cote <info@erabliere-cote.ca>", OW_TO,
     "Remboursement dépôt - Érablière Côté - OWD-2025-331",
     "Bonsoir,\n\nOn a finalement décidé de garder notre vieux site pour la saison des sucres, le budget "
     "passe dans l'évaporateur. On aimerait récupérer le dépôt de la facture OWD-2025-331.\n\n"
     "Merci, Luc Côté", when("2025-09-19 00:00", -4))
case(38, "acompte-72h-pile", ["l38-acompte-72h-pile.eml"], OWB, "decided", [R("deny")],
     spec="§8 exactly 72 h: paid 09-16 09:30 IST, request 00:00 -04:00 = 09-19 09:30 IST -> not before 72 h -> deny (O2).")

proj("Chocolats Dumont", "commandes@chocolats-dumont.be", "2025-09-21T10:00:00")
owpay("fr_o391", "OWD-2025-341", "Chocolats Dumont", "deposit", "20000.00", "3600.00", "2025-09-20T10:00:00")
mail("l39-acompte-travaux-commences.eml", "Chocolats Dumont <commandes@chocolats-dumont.be>", OW_TO,
     "acompte OWD-2025-341",
     "Bonjour, pour le projet Chocolats Dumont : votre graphiste a commencé les maquettes dimanche mais "
     "finalement mon père ne veut plus de boutique en ligne. Je voudrais être remboursé de l'acompte "
     "OWD-2025-341 svp. Benoît Dumont, Namur", when("2025-09-22 16:00", P))
case(39, "acompte-travaux-commences", ["l39-acompte-travaux-commences.eml"], OWB, "decided", [R("deny")],
     spec="O2 'whichever occurs first': work started 09-21 10:00 before the request (09-22, < 72 h) -> deny.")

proj("Librairie Le Goff", "librairie.legoff@orange.fr", "2025-09-01T10:00:00")
owpay("fr_o401", "OWD-2025-351", "Librairie Le Goff", "milestone", "40000.00", "7200.00", "2025-09-12T10:00:00", milestone_status="not_started")
mail("l40-jalon-non-commence.eml", "Librairie Le Goff <librairie.legoff@orange.fr>", OW_TO,
     "Re: Jalon 3 - module de réservation",
     "Bonjour,\n\nPour faire suite à notre échange téléphonique : nous renonçons au module de réservation "
     "(jalon 3, facture OWD-2025-351, projet Librairie Le Goff), la région nous impose sa propre plateforme. "
     "Merci de rembourser ce jalon qui n'a pas démarré.\n\nAnne Le Goff\n\n"
     "Le 12/09/2025 à 11:02, Optima WebDesign a écrit :\n> Veuillez trouver la facture du jalon 3.",
     when("2025-09-24 09:30", P), reply=["<owd-351@optimawebdesign.com>"])
case(40, "jalon-non-commence", ["l40-jalon-non-commence.eml"], OWB, "decided", [R("approve", "40000.00")],
     spec="O3: milestone not_started -> its amount before tax, 40000.00.")

proj("Garage Benhamou", "garage.benhamou@gnet.tn", "2025-09-01T10:00:00")
owpay("fr_o411", "OWD-2025-361", "Garage Benhamou", "milestone", "35000.00", "6300.00", "2025-09-10T10:00:00", milestone_status="in_progress")
mail("l41-jalon-en-cours.eml", "Garage Benhamou <garage.benhamou@gnet.tn>", OW_TO,
     "Jalon prise de RDV en ligne - OWD-2025-361",
     "Bonjour,\n\nLe jalon « prise de rendez-vous » du projet Garage Benhamou (OWD-2025-361) avance "
     "beaucoup trop lentement et ne correspond plus à nos besoins. Nous souhaitons arrêter ce jalon et "
     "être remboursés de la partie non réalisée.\n\nCordialement, Karim Benhamou, Tunis",
     when("2025-09-25 11:00", 1))
case(41, "jalon-en-cours", ["l41-jalon-en-cours.eml"], OWB, "decided", [R("escalate")], extra_ok=True,
     spec="O3: milestone in_progress -> escalate (billable value of unstarted work needs a person); 'arrêter ce jalon' may also be read as a cancellation: harmless extra.")

proj("Hôtel Bellevue Spa", "direction@bellevue-spa.fr", "2025-08-01T10:00:00")
owpay("fr_o421", "OWD-2025-371", "Hôtel Bellevue Spa", "milestone", "50000.00", "9000.00", "2025-08-20T10:00:00", milestone_status="approved")
mail("l42-jalon-valide.eml", "Direction Bellevue <direction@bellevue-spa.fr>", OW_TO,
     "Contestation jalon maquettes OWD-2025-371",
     "Bonjour,\n\nNous avons validé les maquettes un peu vite en août (projet Hôtel Bellevue Spa, "
     "OWD-2025-371). Avec le recul elles ne nous plaisent pas. Nous demandons le remboursement de ce jalon.\n\n"
     "La Direction", when("2025-09-22 10:00", P))
case(42, "jalon-valide", ["l42-jalon-valide.eml"], OWB, "decided", [R("deny")],
     spec="O3/O6: an approved milestone is non-refundable -> deny.")

proj("Cabinet Dentaire Moreau", "secretariat@dentaire-moreau.fr", "2025-01-10T10:00:00")
owpay("fr_o431", "OWD-2025-381", "Cabinet Dentaire Moreau", "retainer", "8000.00", "1440.00", "2025-09-15T10:00:00",
      period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T00:00:00")
mail("l43-forfait-preavis-ok.eml", "Secrétariat Dr Moreau <secretariat@dentaire-moreau.fr>", OW_TO,
     "Fin du contrat de suivi mensuel - OWD-2025-381",
     "Bonjour,\n\nLe Dr Moreau part à la retraite et le cabinet est repris par un confrère qui a son propre "
     "prestataire. Merci de mettre fin au forfait mensuel de suivi du site (Cabinet Dentaire Moreau, "
     "dernière facture OWD-2025-381).\n\nBien cordialement,\nLe secrétariat", when("2025-09-24 15:00", P))
case(43, "forfait-preavis-ok", ["l43-forfait-preavis-ok.eml"], OWB, "decided", [CX("cancel", "2025-10-14")],
     spec="O4/O8: next_billing_at 2025-10-15, request 09-24 <= 10-08 (7 days' notice) -> cancel, last day 2025-10-14.")

proj("Pharmacie Kaboré", "pharmacie.kabore@fasonet.bf", "2025-05-01T10:00:00")
owpay("fr_o441", "OWD-2025-391", "Pharmacie Kaboré", "retainer", "6000.00", "1080.00", "2025-09-03T10:00:00",
      period_start="2025-09-03", period_end="2025-10-02", next_billing_at="2025-10-03T00:00:00")
mail("l44-forfait-preavis-court.eml", "Pharmacie Kabore <pharmacie.kabore@fasonet.bf>", OW_TO,
     "Arrêt maintenance mensuelle",
     "Bonjour,\n\nNous voulons arrêter le contrat mensuel (Pharmacie Kaboré, facture OWD-2025-391) car "
     "notre grossiste nous fournit maintenant un site clé en main.\n\nMerci\nDr Kaboré",
     when("2025-09-28 08:00", 0))
case(44, "forfait-preavis-court", ["l44-forfait-preavis-court.eml"], OWB, "decided", [CX("cancel", "2025-11-02")],
     spec="O4: next_billing_at 2025-10-03, request 09-28 > 09-26 (less than 7 days) -> next cycle billed, last day 2025-11-02.")

proj("Immo Lorraine", "gestion@immo-lorraine.fr", "2025-03-01T10:00:00")
owpay("fr_o451", "OWD-2025-401", "Immo Lorraine", "retainer", "10000.00", "1800.00", "2025-09-10T10:00:00",
      period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10T00:00:00")
owpay("fr_o452", "OWD-2025-402", "Immo Lorraine", "retainer", "10000.00", "1800.00", "2025-09-20T10:00:00",
      period_start="2025-10-10", period_end="2025-11-09", next_billing_at="2025-11-10T00:00:00")
mail("l45-forfait-paye-avance.eml", "Immo Lorraine <gestion@immo-lorraine.fr>", OW_TO,
     "Résiliation contrat SEO - Immo Lorraine",
     "Bonjour,\n\nNous avons été rachetés par un réseau national qui centralise le référencement. Nous "
     "résilions donc le contrat mensuel Immo Lorraine (factures OWD-2025-401 et OWD-2025-402 — nous avions "
     "payé octobre d'avance).\n\nCordialement,\nService gestion, Metz", when("2025-09-25 10:00", P))
case(45, "forfait-paye-avance", ["l45-forfait-paye-avance.eml"], OWB, "decided", [CX("escalate")],
     spec="§8 retainer paid in advance: next cycle (10-10..11-09) already paid, notice >= 7 days -> escalate.")

proj("Gîtes de la Baie", "gites.baie@wanadoo.fr", "2025-06-01T10:00:00")
owpay("fr_o461", "OWD-2025-411", "Gîtes de la Baie", "hosting_annual", "18000.00", "3240.00", "2025-09-17T10:00:00",
      setup_fee="2400.00", service_start="2025-09-18")
mail("l46-hebergement-14j.eml", "Gites de la Baie <gites.baie@wanadoo.fr>", OW_TO,
     "le truc qui garde le site en ligne", None, when("2025-09-26 21:00", P),
     html="<html><body><p>Bonjour,</p><p>On a payé la formule annuelle pour que le site des Gîtes de la Baie "
          "reste en ligne (facture OWD-2025-411), mais l'office de tourisme nous héberge gratuitement à partir "
          "d'octobre. On arrête donc et on voudrait le remboursement de ce qui reste.</p>"
          "<p>Merci<br>Gwen</p></body></html>")
case(46, "hebergement-14j", ["l46-hebergement-14j.eml"], OWB, "decided", [R("approve", "14300.00")], extra_ok=True,
     spec="O5 (HTML-only, hosting named by what it covers): start 09-18, request 09-27 IST (day 9) -> 18000 - 2400 - 15600/12 x 1 = 14300.00; the ending cancellation is harmless extra.")

proj("Cabinet Ravelojaona", "contact@ravelojaona-avocats.mg", "2025-07-01T10:00:00")
owpay("fr_o471", "OWD-2025-421", "Cabinet Ravelojaona", "maintenance_annual", "14999.00", "2699.82", "2025-08-30T10:00:00",
      setup_fee="1499.00", service_start="2025-09-01")
mail("l47-maintenance-apres-14j.eml", "Cabinet Ravelojaona <contact@ravelojaona-avocats.mg>", OW_TO,
     "Maintenance annuelle OWD-2025-421",
     "Bonjour,\n\nNous souhaitons annuler la maintenance annuelle du site du Cabinet Ravelojaona et obtenir "
     "le remboursement des mois restants (OWD-2025-421) : notre informaticien interne reprend la main.\n\n"
     "Cordialement", when("2025-09-20 09:00", 3))
case(47, "maintenance-apres-14j", ["l47-maintenance-apres-14j.eml"], OWB, "decided", [R("deny")], extra_ok=True,
     spec="O5: service_start 09-01, request 09-20 = day 19 > 14 -> deny (a cancellation decision would be harmless extra).")

proj("Marché Bio Nyanga", "marchebio.nyanga@gmail.com", "2025-09-01T10:00:00")
owpay("fr_o481", "OWD-2025-431", "Marché Bio Nyanga", "maintenance_annual", "14999.00", "2699.82", "2025-09-22T10:00:00",
      setup_fee="1499.00", service_start="2025-10-15")
mail("l48-maintenance-avant-debut.eml", "Marche Bio Nyanga <marchebio.nyanga@gmail.com>", OW_TO,
     "Refund Request — Marché Bio Nyanga / OWD-2025-431",
     "Bonjour,\n\nNous avons payé le contrat de maintenance annuel (OWD-2025-431) qui ne commence que le 15 "
     "octobre. Notre financement européen a été suspendu, nous ne pouvons plus assumer ce coût. Merci de "
     "rembourser ce qui peut l'être.\n\nPaulette, Libreville", when("2025-09-25 10:00", 1))
case(48, "maintenance-avant-debut", ["l48-maintenance-avant-debut.eml"], OWB, "decided", [R("approve", "12375.00")], extra_ok=True,
     spec="§8 O5 before the service starts: consumed 1 -> 14999 - 1499 - 13500/12 (1125) = 12375.00.")

proj("Fromagerie Aubert", "fromagerie.aubert@orange.fr", "2025-06-01T10:00:00")
owpay("fr_o491", "OWD-INV-4411", "Fromagerie Aubert", "third_party", "1800.00", "324.00", "2025-09-20T10:00:00")
mail("l49-nom-domaine.eml", "Fromagerie Aubert <fromagerie.aubert@orange.fr>", OW_TO, "renouvellement .fr",
     "Bonjour, vous avez renouvelé le nom de domaine fromagerie-aubert.fr (OWD-INV-4411) alors qu'on voulait "
     "le laisser expirer, on a pris un .com. Vous pouvez nous rembourser ? Projet Fromagerie Aubert. Merci, J. Aubert",
     when("2025-09-22 12:00", P))
case(49, "nom-domaine", ["l49-nom-domaine.eml"], OWB, "decided", [R("deny")],
     spec="O6: domain renewal is a third_party fee -> deny (non-refundable items).")

proj("Festival Jazz Rive", "orga@jazzrive.ch", "2025-08-15T10:00:00")
owpay("fr_o501", "OWD-2025-441", "Festival Jazz Rive", "rush", "9000.00", "1620.00", "2025-09-12T10:00:00")
mail("l50-supplement-urgence.eml", "Orga Jazz Rive <orga@jazzrive.ch>", OW_TO, "Supplément urgence OWD-2025-441",
     "Bonjour,\n\nVous nous avez facturé un supplément « urgence » (OWD-2025-441) pour le Festival Jazz Rive. "
     "Le site est sorti avec deux jours de retard sur la date promise, nous estimons que ce supplément doit "
     "nous être remboursé.\n\nMeilleures salutations, Le comité", when("2025-09-23 17:00", P))
case(50, "supplement-urgence", ["l50-supplement-urgence.eml"], OWB, "decided", [R("deny")],
     spec="O6: rush (expedited) fees are never refundable -> deny.")

proj("Traiteur Saveurs d'Oc", "contact@saveursdoc.fr", None)
owpay("fr_o511", "OWD-2025-451", "Traiteur Saveurs d'Oc", "deposit", "15000.00", "2700.00", "2025-09-24T10:00:00")
mail("l51-owd-c2.eml", "Marc Sabatier <marc.sabatier@gmail.com>", OW_TO,
     "Acompte Traiteur Saveurs d'Oc OWD-2025-451",
     "Bonjour, je suis le gérant du Traiteur Saveurs d'Oc (contrat au nom de contact@saveursdoc.fr). "
     "On annule le projet, le local a brûlé. Merci de rembourser l'acompte OWD-2025-451. Marc Sabatier",
     when("2025-09-25 09:00", P))
case(51, "owd-c2", ["l51-owd-c2.eml"], OWB, "need_info", rules=["C2"],
     spec="C2 (explicit for Optima): not sent from the contract email contact@saveursdoc.fr -> ask to write from it.")

proj("Salon Coiffure Mireille", "salon.mireille@laposte.net", "2025-04-01T10:00:00")
owpay("fr_o521", "OWD-2025-461", "Salon Coiffure Mireille", "retainer", "5000.00", "900.00", "2025-09-12T10:00:00",
      period_start="2025-09-12", period_end="2025-10-11", next_billing_at="2025-10-12T00:00:00")
mail("l52-owd-raison-absente.eml", "Salon Mireille <salon.mireille@laposte.net>", OW_TO,
     "Résiliation abonnement Salon Coiffure Mireille OWD-2025-461",
     "Bonjour,\n\nJe souhaite résilier l'abonnement mensuel du Salon Coiffure Mireille (OWD-2025-461).\n\n"
     "Bien cordialement,\nMireille\n\nEnvoyé de mon iPhone", when("2025-09-23 19:00", P))
case(52, "owd-raison-absente", ["l52-owd-raison-absente.eml"], OWB, "need_info", missing=["reason"],
     spec="§8 Optima requires a reason for cancellations too; 'Bien cordialement' / 'Envoyé de mon iPhone' are not reasons -> need_info reason.")

proj("Auto-École Diallo", "autoecole.diallo@orangemali.net", None)
owpay("fr_o531", "OWD-2025-471", "Auto-École Diallo", "deposit", "18000.00", "3240.00", "2025-09-24T10:00:00")
mail("l53-owd-c4-avocat.eml", "Auto-Ecole Diallo <autoecole.diallo@orangemali.net>", OW_TO,
     "Acompte OWD-2025-471 - mise en demeure",
     "Messieurs,\n\nVotre commercial nous avait promis un site en 10 jours, c'est faux. Nous exigeons le "
     "remboursement de l'acompte OWD-2025-471 (projet Auto-École Diallo). Notre avocat est en copie et une "
     "procédure sera engagée si nécessaire.\n\nM. Diallo", when("2025-09-25 10:00", 0),
     cc="Me Coulibaly <cabinet.coulibaly@orangemali.net>")
case(53, "owd-c4-avocat", ["l53-owd-c4-avocat.eml"], OWB, "decided", [R("escalate")], rules=["C4"],
     spec="C4: lawyer / legal proceedings threat -> escalate even though O2 alone would approve.")

proj("Boutique Nour", "boutique.nour@terra.net.lb", None)
owpay("fr_o541", "OWD-2025-481", "Boutique Nour", "deposit", "22000.00", "3960.00", "2025-09-25T10:00:00", status="failed")
mail("l54-owd-paiement-echoue.eml", "Boutique Nour <boutique.nour@terra.net.lb>", OW_TO,
     "Acompte Boutique Nour OWD-2025-481",
     "Bonjour,\n\nMa banque indique que le virement de l'acompte OWD-2025-481 est parti, votre portail dit "
     "« échec ». De toute façon nous reportons le projet Boutique Nour à l'année prochaine à cause de la "
     "situation. Merci de rembourser si le montant vous est parvenu.\n\nNour", when("2025-09-26 12:00", 3))
case(54, "owd-paiement-echoue", ["l54-owd-paiement-echoue.eml"], OWB, "decided", [R("escalate")],
     spec="§8 payments not paid: the deposit is 'failed' in the ledger -> escalate.")

mail("l55-owd-question-devis.eml", "Claire Lemaire <claire.lemaire@skynet.be>", OW_TO, "Question sur votre devis",
     "Bonjour,\n\nAvant de signer le devis pour notre asbl : si nous versons l'acompte et que le conseil "
     "d'administration refuse le budget la semaine suivante, est-ce qu'on récupère l'argent ? Et que se "
     "passe-t-il pour le nom de domaine ?\n\nMerci, Claire Lemaire, Liège", when("2025-09-24 11:00", P))
case(55, "owd-question-devis", ["l55-owd-question-devis.eml"], OWB, "other",
     spec="§8 hypothetical: question before signing, no request -> other.")

if __name__ == "__main__":
    write()
