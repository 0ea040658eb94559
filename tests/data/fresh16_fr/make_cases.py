"""fresh16_fr: French held-out cases (qa16a). Stdlib only, deterministic.
Run `python3 make_cases.py` to write ledger.json, emails/*.eml and expected.json beside this file."""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANG = "fr"
LO = "LeadsOptima Support <support@leadsoptima.com>"
OWD = "Optima WebDesign <optimawebdesigns12@gmail.com>"
LOB, OWB = "leadsoptima", "optima_webdesign"
M, Q, A = ("1499.00", "269.82"), ("3999.00", "719.82"), ("11988.00", "2157.84")
# Sender offsets, September 2025
FR, BE, CH, QC, MA, DZ, SN, CM, CI, HT = 2, 2, 2, -4, 1, 1, 0, 1, 0, -4


def cust(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    return {"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
            "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end}


def lopay(pid, inv, email, plan, amt, paid_at, ps, pe, status="paid"):
    return {"brand": LOB, "id": pid, "invoice": inv, "customer_email": email, "kind": "subscription",
            "plan": plan, "amount": amt[0], "tax": amt[1], "currency": "INR", "paid_at": paid_at,
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


CUSTOMERS, PROJECTS, PAYMENTS, CASES = [], [], [], []


def when(day, h, mi, off, month=9):
    return datetime(2025, month, day, h, mi, tzinfo=timezone(timedelta(hours=off)))


def eml(name, frm, to, subject, body, dt, mid, reply_to_ids=None, headers=None, html=None, ctype=None):
    msg = EmailMessage(policy=SMTP)
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = f"<{mid}>"
    if reply_to_ids:
        msg["In-Reply-To"] = f"<{reply_to_ids[-1]}>"
        msg["References"] = " ".join(f"<{r}>" for r in reply_to_ids)
    for k, v in (headers or {}).items():
        msg[k] = v
    if html is not None and body is None:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(body)
        if html is not None:
            msg.add_alternative(html, subtype="html")
    path = HERE / "emails" / f"{name}.eml"
    path.write_bytes(msg.as_bytes(policy=SMTP))
    return f"emails/{name}.eml"


def case(cid, files, brand, status, spec, decisions=(), rules=(), missing=None, **kw):
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": files, "brand": brand, "status": status,
         "rules": list(rules), "decisions": list(decisions), "spec": spec}
    if missing is not None:
        c["missing"] = missing
    c.update(kw)
    CASES.append(c)


def R(outcome, amount=None):
    return {"intent": "refund", "outcome": outcome, "amount": amount}


def C(outcome, date=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if date:
        d["effective_date"] = date
    return d


def build():
    global PAYMENTS
    (HERE / "emails").mkdir(exist_ok=True)
    for old in (HERE / "emails").glob("*.eml"):
        old.unlink()
    S, B = "support@leadsoptima.com", "optimawebdesigns12@gmail.com"

    # ---------------- LeadsOptima ----------------
    e = "claire.dubois@orange.fr"
    CUSTOMERS.append(cust(e, "Claire Dubois", "annual", start="2025-09-23", end="2026-09-22"))
    PAYMENTS += [lopay("fr_p01", "LO-INV-53001", e, "annual", A, "2025-09-23T11:00:00", "2025-09-23", "2026-09-22"),
                 lopay("fr_p02", "LO-INV-53002", e, "annual", A, "2025-09-23T11:00:45", "2025-09-23", "2026-09-22")]
    f = eml("l01-double-prelevement", f"Claire Dubois <{e}>", S, "Double prélèvement abonnement annuel",
            "Bonjour,\n\nJe constate sur mon relevé deux prélèvements identiques de votre part le 23 septembre pour "
            "le renouvellement annuel (factures LO-INV-53001 et LO-INV-53002). Je vous remercie de bien vouloir me "
            "rembourser le second.\n\nCordialement,\nClaire Dubois\nLyon", when(25, 9, 30, FR), "fr01@orange.fr")
    case("l01-double-prelevement", [f], LOB, "decided",
         "L2 duplicate + L4: two paid 11988.00 charges same period on 09-23; request 09-25 (day 2): refund 11988.00.",
         [R("approve", "11988.00")])

    e = "t.vandenbroeck@skynet.be"
    CUSTOMERS.append(cust(e, "Thomas Vandenbroeck", "monthly", start="2025-09-12", end="2025-10-11"))
    PAYMENTS += [lopay("fr_p03", "LO-INV-53011", e, "monthly", M, "2025-09-12T08:00:00", "2025-09-12", "2025-10-11"),
                 lopay("fr_p04", "LO-INV-53012", e, "monthly", M, "2025-09-12T08:01:00", "2025-09-12", "2025-10-11")]
    f = eml("l02-deux-fois-trop-tard", f"Thomas Vandenbroeck <{e}>", S, "Payé deux fois",
            "Bonjour,\n\nJe rentre de congé et je vois que j'ai été débité deux fois le 12 pour l'abonnement mensuel "
            "(la facture en trop est la LO-INV-53012). Pourriez-vous me rembourser s'il vous plaît ?\n\nBien à vous,\nThomas",
            when(20, 14, 0, BE), "fr02@skynet.be")
    case("l02-deux-fois-trop-tard", [f], LOB, "decided",
         "L3: charge 09-12 (day 0), request 09-20 IST = day 8: deny.", [R("deny")])

    e = "genevieve.tremblay@videotron.ca"
    CUSTOMERS.append(cust(e, "Geneviève Tremblay", "monthly", start="2025-09-19", end="2025-10-18"))
    PAYMENTS += [lopay("fr_p05", "LO-INV-53021", e, "monthly", M, "2025-09-19T22:00:00", "2025-09-19", "2025-10-18"),
                 lopay("fr_p06", "LO-INV-53022", e, "monthly", M, "2025-09-19T22:03:00", "2025-09-19", "2025-10-18")]
    f = eml("l03-septieme-jour-quebec", f"Geneviève Tremblay <{e}>", S, "Chargée deux fois",
            "Allô,\n\nJ'ai été chargée deux fois pour mon abonnement du mois, le 19 (LO-INV-53021 pis LO-INV-53022). "
            "Est-ce que vous pouvez me rembourser le deuxième montant? Merci ben gros!\n\nGeneviève\nSherbrooke",
            when(26, 12, 0, QC), "fr03@videotron.ca")
    case("l03-septieme-jour-quebec", [f], LOB, "decided",
         "L3 edge: charge 09-19 22:03 IST (day 0); request 2025-09-26 12:00-04:00 = 21:30 IST 09-26 = day 7 (inside): refund 1499.00.",
         [R("approve", "1499.00")])

    e = "jn.pierre-louis@hainet.net"
    CUSTOMERS.append(cust(e, "Jean-Néhémie Pierre-Louis", "quarterly", start="2025-09-20", end="2025-12-19"))
    PAYMENTS += [lopay("fr_p07", "LO-INV-53031", e, "quarterly", Q, "2025-09-20T10:00:00", "2025-09-20", "2025-12-19"),
                 lopay("fr_p08", "LO-INV-53032", e, "quarterly", Q, "2025-09-20T10:00:30", "2025-09-20", "2025-12-19")]
    f = eml("l04-minuit-haiti", f"Jean-Néhémie Pierre-Louis <{e}>", S, "Double paiement trimestre",
            "Bonsoir,\n\nLe 20 septembre, mon abonnement trimestriel a été payé deux fois. Facture de trop : "
            "LO-INV-53032. Nous sommes le 27, donc encore dans les 7 jours. Merci de procéder au remboursement.\n\n"
            "Jean-Néhémie\nPétion-Ville", when(27, 15, 0, HT), "fr04@hainet.net")
    case("l04-minuit-haiti", [f], LOB, "decided",
         "L3: request 2025-09-27 15:00-04:00 = 00:30 IST 09-28 = day 8 in the brand zone: deny.", [R("deny")])

    e = "youssef.benali@menara.ma"
    CUSTOMERS.append(cust(e, "Youssef Benali", "monthly", start="2025-09-26", end="2025-10-25"))
    PAYMENTS += [lopay("fr_p09", "LO-INV-53041", e, "monthly", M, "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")]
    f = eml("l05-double-non-confirme", f"Youssef Benali <{e}>", S, "Prélèvement en double",
            "Salam, bonjour,\nMa banque m'a débité 2 fois 1 499 roupies le 26/09, facture LO-INV-53041. Merci de "
            "rembourser le doublon.\nYoussef, Casablanca", when(27, 11, 0, MA), "fr05@menara.ma")
    case("l05-double-non-confirme", [f], LOB, "decided",
         "L2 duplicate claimed inside window, ledger has a single charge: L4 no pair -> escalate.", [R("escalate")])

    e = "amina.kaci@djaweb.dz"
    CUSTOMERS.append(cust(e, "Amina Kaci", "monthly", start="2025-09-24", end="2025-10-23"))
    PAYMENTS += [lopay("fr_p10", "LO-INV-53051", e, "quarterly", Q, "2025-09-24T10:00:00", "2025-09-24", "2025-12-23")]
    f = eml("l06-mauvaise-formule", f"Amina Kaci <{e}>", S, "Erreur de facturation",
            "Bonjour,\n\nJe suis en formule mensuelle et le 24 vous m'avez facturé le trimestre (3 999,00, facture "
            "LO-INV-53051). Je n'ai rien modifié dans mon compte. C'est une erreur de votre part, je souhaiterais "
            "être remboursée de ce montant.\n\nCordialement\nAmina Kaci, Alger", when(26, 10, 0, DZ), "fr06@djaweb.dz")
    case("l06-mauvaise-formule", [f], LOB, "decided",
         "L2 billing_error (charged for the wrong plan), day 2: L5 escalate.", [R("escalate")])

    e = "moussa.diop@sentoo.sn"
    CUSTOMERS.append(cust(e, "Moussa Diop", "quarterly", start="2025-09-24", end="2025-12-23"))
    PAYMENTS += [lopay("fr_p11", "LO-INV-53061", e, "quarterly", Q, "2025-09-24T12:00:00", "2025-09-24", "2025-12-23")]
    f = eml("l07-acces-dicte", f"Moussa Diop <{e}>", S, "impossible de me connecter",
            "bonjour depuis que jai payé le trimestre impossible de me connecter la page reste blanche jai vidé le "
            "cache changé de navigateur rien votre support chat ma dit quil regarde mais toujours rien facture "
            "LO-INV-53061 je veux mon argent si ca marche pas merci\n\nEnvoyé de mon iPhone",
            when(29, 8, 0, SN), "fr07@sentoo.sn")
    case("l07-acces-dicte", [f], LOB, "decided",
         "L2 access_failure unresolved; charge 09-24, request 09-29 (day 5): L6 escalate.", [R("escalate")])

    e = "serge.mbarga@camtel.cm"
    CUSTOMERS.append(cust(e, "Serge Mbarga", "monthly", start="2025-09-27", end="2025-10-26"))
    PAYMENTS += [lopay("fr_p12", "LO-INV-53071", e, "monthly", M, "2025-09-27T09:00:00", "2025-09-27", "2025-10-26")]
    f = eml("l08-pas-convaincu", f"Serge Mbarga <{e}>", S, "Remboursement LO-INV-53071",
            "Bonjour la team,\nJ'ai souscrit samedi mais franchement l'outil ne me convient pas, c'est trop compliqué "
            "pour ma petite structure et c'est cher pour nous ici. Je demande le remboursement.\nMerci, Serge (Douala)",
            when(28, 12, 0, CM), "fr08@camtel.cm")
    case("l08-pas-convaincu", [f], LOB, "decided",
         "L1: not satisfied / too expensive is no exception: deny (cancellation offered).", [R("deny")])

    e = "kouassi.yao@aviso.ci"
    CUSTOMERS.append(cust(e, "Kouassi Yao", "annual", start="2025-04-15", end="2026-04-14"))
    PAYMENTS += [lopay("fr_p13", "LO-INV-53081", e, "annual", A, "2025-04-15T10:00:00", "2025-04-15", "2026-04-14")]
    f = eml("l09-resiliation-prorata", f"Kouassi Yao <{e}>", S, "Résiliation et remboursement au prorata",
            "Bonjour,\n\nNous arrêtons notre activité de prospection à Abidjan. Je vous demande de résilier notre "
            "abonnement annuel et de nous rembourser au prorata les mois non utilisés (facture LO-INV-53081).\n\n"
            "Cordialement,\nKouassi Yao", when(22, 10, 0, CI), "fr09@aviso.ci")
    case("l09-resiliation-prorata", [f], LOB, "decided",
         "L1 deny (unused months; also past L3); L8 cancel until current_period_end 2026-04-14.",
         [R("deny"), C("cancel", "2026-04-14")])

    e = "lea.rochat@bluewin.ch"
    CUSTOMERS.append(cust(e, "Léa Rochat", "monthly", status="trial", trial_ends="2025-10-08"))
    f = eml("l10-essai-gratuit", f"Léa Rochat <{e}>", S, "Remboursement période d'essai",
            "Bonjour,\n\nJe suis en période d'essai et je souhaiterais que vous me remboursiez l'essai, je n'ai pas "
            "le temps de m'en servir. Merci d'avance.\n\nMeilleures salutations,\nLéa Rochat\nLausanne",
            when(24, 9, 0, CH), "fr10@bluewin.ch")
    case("l10-essai-gratuit", [f], LOB, "decided",
         "L7: free trial account has no charges: deny, nothing to refund.", [R("deny")])

    e = "p.lemaire@free.fr"
    CUSTOMERS.append(cust(e, "Pascal Lemaire", "monthly", start="2025-09-18", end="2025-10-17"))
    PAYMENTS += [lopay("fr_p14", "LO-INV-53101", e, "monthly", M, "2025-09-18T07:00:00", "2025-09-18", "2025-10-17")]
    f = eml("l11-je-resilie", f"Pascal Lemaire <{e}>", S, "résiliation", "Je résilie.\n\nP. Lemaire",
            when(26, 18, 0, FR), "fr11@free.fr")
    case("l11-je-resilie", [f], LOB, "decided",
         "Intent verb with no object ('je résilie') from the registered email: L8 cancel until 2025-10-17.",
         [C("cancel", "2025-10-17")])

    e = "nathalie.favre@sunrise.ch"
    CUSTOMERS.append(cust(e, "Nathalie Favre", "quarterly"))
    PAYMENTS += [lopay("fr_p15", "LO-INV-53111", e, "quarterly", Q, "2025-07-31T10:00:00", None, None)]
    f = eml("l12-resiliation-sans-periode", f"Nathalie Favre <{e}>", S, "Fin d'abonnement",
            "Bonjour,\n\nJe vous prie de mettre fin à mon abonnement trimestriel à l'échéance. Nous passons à "
            "l'outil interne de notre groupe.\n\nAvec mes meilleures salutations,\nNathalie Favre\nGenève",
            when(23, 8, 0, CH), "fr12@sunrise.ch")
    case("l12-resiliation-sans-periode", [f], LOB, "decided",
         "L8 fallback: no current_period_end; last charge 2025-07-31 + 3 months - 1 day = 2025-10-30.",
         [C("cancel", "2025-10-30")])

    e = "m.gagnon@sympatico.ca"
    CUSTOMERS.append(cust(e, "Marc-André Gagnon", "annual", start="2025-05-01", end="2026-04-30"))
    html = ("<html><body><p>Bonjour,</p><p>Je souhaiterais que mon <b>abonnement annuel</b> ne soit pas reconduit "
            "l'an prochain : notre firme de courtage a été rachetée et on change de CRM.</p><p>Merci,<br>Marc-André "
            "Gagnon<br>Courtier immobilier, Laval</p></body></html>")
    f = eml("l13-html-souhaiterais", f"Marc-André Gagnon <{e}>", S, "Non-renouvellement", None,
            when(21, 10, 0, QC), "fr13@sympatico.ca", html=html)
    case("l13-html-souhaiterais", [f], LOB, "decided",
         "HTML-only, indirect ('je souhaiterais que... ne soit pas reconduit'): L8 cancel until 2026-04-30.",
         [C("cancel", "2026-04-30")])

    e = "direction@agence-meuse.be"
    CUSTOMERS.append(cust(e, "Agence Meuse", "monthly", start="2025-09-25", end="2025-10-24"))
    PAYMENTS += [lopay("fr_p16", "LO-INV-53131", e, "monthly", M, "2025-09-25T10:00:00", "2025-09-25", "2025-10-24"),
                 lopay("fr_p17", "LO-INV-53132", e, "monthly", M, "2025-09-25T10:00:40", "2025-09-25", "2025-10-24")]
    f = eml("l14-adresse-perso", "Olivier Renard <olivier.renard75@gmail.com>", S, "Double débit compte agence",
            "Bonjour,\nJe vous écris de mon adresse perso. Le compte est enregistré sous direction@agence-meuse.be ; "
            "nous avons été débités deux fois ce mois-ci (LO-INV-53132). Pouvez-vous me confirmer les montants et "
            "rembourser le doublon ?\nOlivier", when(26, 9, 0, BE), "fr14@gmail.com")
    case("l14-adresse-perso", [f], LOB, "need_info",
         "C2: sender is not the stated registered email: ask to write from it, disclose nothing.", rules=["C2"])

    e = "fatou.ndiaye@orange.sn"
    CUSTOMERS.append(cust(e, "Fatou Ndiaye", "monthly", start="2025-09-27", end="2025-10-26"))
    PAYMENTS += [lopay("fr_p18", "LO-INV-53141", e, "monthly", M, "2025-09-27T09:00:00", "2025-09-27", "2025-10-26")]
    f = eml("l15-sans-motif", f"Fatou Ndiaye <{e}>", S, "Demande de remboursement facture LO-INV-53141",
            "Bonjour Monsieur/Madame,\n\nJe viens par la présente solliciter le remboursement de la facture "
            "LO-INV-53141. Dans l'attente d'une suite favorable, veuillez agréer mes salutations distinguées.\n\n"
            "Fatou Ndiaye\nAssistante de direction\n---\nCe message et toutes les pièces jointes sont confidentiels. "
            "Pensez à l'environnement avant d'imprimer ce courriel.", when(28, 10, 0, SN), "fr15@orange.sn")
    case("l15-sans-motif", [f], LOB, "need_info",
         "Section 8: formulas, signature and disclaimer are not a reason: ask for reason (plan from ledger, invoice given).",
         missing=["reason"])

    e = "h.benkirane@gmail.com"
    CUSTOMERS.append(cust(e, "Hicham Benkirane", "monthly", start="2025-09-24", end="2025-10-23"))
    PAYMENTS += [lopay("fr_p19", "LO-INV-53151", e, "monthly", M, "2025-09-24T13:00:00", "2025-09-24", "2025-10-23"),
                 lopay("fr_p20", "LO-INV-53152", e, "monthly", M, "2025-09-24T13:02:00", "2025-09-24", "2025-10-23")]
    f1 = eml("l16a-fil-demande", f"Hicham Benkirane <{e}>", S, "Remboursement LO-INV-53152",
             "Bonjour, merci de me rembourser la facture LO-INV-53152.\nHicham", when(25, 10, 0, MA), "fr16a@gmail.com")
    f2 = eml("l16b-fil-reponse", f"Hicham Benkirane <{e}>", S, "RE: Remboursement LO-INV-53152 [LO-4361]",
             "Bonjour,\nOui pardon : j'ai été prélevé deux fois le 24 pour le même mois (53151 et 53152).\nHicham\n\n"
             "Le jeu. 25 sept. 2025 à 14:02, LeadsOptima Support <support@leadsoptima.com> a écrit :\n"
             "> Merci de nous indiquer le motif de votre demande.", when(25, 16, 0, MA), "fr16b@gmail.com",
             reply_to_ids=["fr16a@gmail.com", "lo-4361@leadsoptima.com"])
    case("l16-fil-repond-motif", [f1, f2], LOB, "decided",
         "C3 thread: reason in the reply (charged twice 09-24); request time 09-25 (day 1): refund 1499.00.",
         [R("approve", "1499.00")])

    e = "compta@imprimerie-ardennaise.be"
    CUSTOMERS.append(cust(e, "Imprimerie Ardennaise", "annual", start="2025-09-02", end="2026-09-01"))
    PAYMENTS += [lopay("fr_p21", "LO-INV-53161", e, "annual", A, "2025-09-02T10:00:00", "2025-09-02", "2026-09-01")]
    f = eml("l17-pas-de-remboursement", f"Service comptabilité <{e}>", "billing@leadsoptima.com",
            "Question facture LO-INV-53161",
            "Bonjour,\n\nIl ne s'agit pas d'une demande de remboursement ni de résiliation. Pourriez-vous simplement "
            "nous renvoyer la facture LO-INV-53161 avec notre numéro de TVA BE0123.456.789 ?\n\nMerci,\nLa comptabilité",
            when(23, 11, 0, BE), "fr17@imprimerie-ardennaise.be")
    case("l17-pas-de-remboursement", [f], LOB, "other",
         "Section 8 negation: explicitly neither refund nor cancellation; an invoice question: other.")

    f = eml("l18-question-avant", "Ibrahima Touré <ibrahima.toure@yahoo.fr>", "info@leadsoptima.com",
            "Question avant abonnement",
            "Bonjour,\nAvant de m'abonner : si je prends l'annuel et que ça ne marche pas pour mon équipe d'Abidjan, "
            "est-ce que je serais remboursé ? Et acceptez-vous le paiement par Mobile Money ?\nMerci\nIbrahima",
            when(22, 16, 0, CI), "fr18@yahoo.fr")
    case("l18-question-avant", [f], LOB, "other", "Section 8 hypothetical question before buying: other.")

    e = "celine.morel@laposte.net"
    CUSTOMERS.append(cust(e, "Céline Morel", "monthly", start="2025-09-06", end="2025-10-05"))
    PAYMENTS += [lopay("fr_p22", "LO-INV-53171", e, "monthly", M, "2025-09-06T09:00:00", "2025-09-06", "2025-10-05"),
                 lopay("fr_p23", "LO-INV-53172", e, "monthly", M, "2025-09-06T09:00:20", "2025-09-06", "2025-10-05", status="refunded")]
    f = eml("l19-merci-rembourse", f"Céline Morel <{e}>", S, "Re: Votre remboursement [LO-4302]",
            "Bonjour,\n\nJuste un petit mot pour vous dire que le remboursement du double prélèvement est bien arrivé "
            "sur mon compte ce matin. Merci pour votre réactivité, c'est rare !\n\nBonne journée,\nCéline",
            when(19, 9, 0, FR), "fr19@laposte.net", reply_to_ids=["lo-4302@leadsoptima.com"])
    case("l19-merci-rembourse", [f], LOB, "other", "Thanks closing the story (refund already received): other.")

    e = "w.jeanbaptiste@gmail.com"
    CUSTOMERS.append(cust(e, "Wilson Jean-Baptiste", "quarterly", start="2025-08-01", end="2025-10-31"))
    f = eml("l20-plainte-sans-demande", f"Wilson Jean-Baptiste <{e}>", S, "Lenteur inacceptable",
            "Bonjour,\nDepuis la mise à jour, les exports CSV prennent dix minutes. Je paie le trimestre pour ça ? "
            "Je ne demande rien de particulier, je voulais juste que vous le sachiez. Corrigez ça.\nWilson",
            when(25, 9, 0, HT), "fr20@gmail.com")
    case("l20-plainte-sans-demande", [f], LOB, "other", "Complaint that asks for nothing: other.")

    e = "arnaud.ferrand@wanadoo.fr"
    CUSTOMERS.append(cust(e, "Arnaud Ferrand", "monthly", start="2025-09-27", end="2025-10-26"))
    PAYMENTS += [lopay("fr_p24", "LO-INV-53191", e, "monthly", M, "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")]
    f = eml("l21-opposition-banque", f"Arnaud Ferrand <{e}>", S, "Prélèvement non autorisé",
            "Vous m'avez prélevé 1 499,00 ₹ (LO-INV-53191) alors que j'avais résilié. Remboursez-moi sous 48 h, "
            "sinon je fais opposition auprès de ma banque et je lance un chargeback.\n\nA. Ferrand",
            when(28, 20, 0, FR), "fr21@wanadoo.fr")
    case("l21-opposition-banque", [f], LOB, "decided",
         "C4: chargeback / bank opposition threat: escalate.", [R("escalate")], rules=["C4"], extra_ok=True)

    e = "karim.haddad@gmail.com"
    CUSTOMERS.append(cust(e, "Karim Haddad", "monthly", start="2025-09-20", end="2025-10-19"))
    PAYMENTS += [lopay("fr_p25", "LO-INV-53201", e, "monthly", M, "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")]
    f = eml("l22-avocat-tout", f"Karim Haddad <{e}>", S, "Résiliation + remboursement, dernier avertissement",
            "Je résilie mon compte avec effet immédiat et j'exige le remboursement de LO-INV-53201. Votre logiciel ne "
            "fait pas ce qui est promis. Mon avocat est en copie et je saisirai une association de consommateurs.\n\nK. Haddad",
            when(22, 10, 0, DZ), "fr22@gmail.com")
    case("l22-avocat-tout", [f], LOB, "decided",
         "C4 covers the whole case: lawyer threat escalates refund and cancellation.",
         [R("escalate"), C("escalate")], rules=["C4"])

    f = eml("l23-absence", "Sophie Bernard <sophie.bernard@orange.fr>", S,
            "Réponse automatique : Absence du bureau",
            "Bonjour,\nJe suis absente jusqu'au 6 octobre inclus. En cas d'urgence, contactez mon collègue.\nSophie",
            when(29, 8, 0, FR), "fr23@orange.fr", reply_to_ids=["lo-4380@leadsoptima.com"],
            headers={"Auto-Submitted": "auto-replied"})
    case("l23-absence", [f], LOB, "ignore", "C7: Auto-Submitted auto-reply.", rules=["C7"])

    f = eml("l24-postmaster", "postmaster@videotron.ca", S, "Non remis : Re: Votre demande [LO-4390]",
            "Votre message n'a pas pu être remis à certains destinataires.\nDestinataire : luc.b@videotron.ca\n"
            "Raison : boîte aux lettres introuvable (5.1.1)", when(30, 2, 0, QC), "fr24@videotron.ca")
    case("l24-postmaster", [f], LOB, "ignore", "C7: postmaster sender, non-delivery report.", rules=["C7"])

    e = "dg@transports-sanaga.cm"
    CUSTOMERS.append(cust(e, "Transports Sanaga", "annual", start="2025-09-26", end="2026-09-25"))
    PAYMENTS += [lopay("fr_p26", "LO-INV-53211", e, "annual", A, "2025-09-26T10:00:00", "2025-09-26", "2026-09-25"),
                 lopay("fr_p27", "LO-INV-53212", e, "annual", A, "2025-09-26T10:01:00", "2025-09-26", "2026-09-25")]
    f = eml("l25-transfert-secretaire", "Secrétariat DG <secretariat.sanaga@yahoo.fr>", S, "TR: double paiement annuel",
            "Bonjour,\nSuite à la demande de M. le Directeur, je vous transmets le message ci-dessous pour suite à donner.\n\n"
            "-------- Message transféré --------\nDe : Direction Générale <dg@transports-sanaga.cm>\n"
            "Date : ven. 26 sept. 2025 à 15:20\nÀ : Secrétariat <secretariat.sanaga@yahoo.fr>\nObjet : double paiement annuel\n\n"
            "Écrivez à LeadsOptima : l'abonnement annuel (compte dg@transports-sanaga.cm) a été payé deux fois, "
            "facture LO-INV-53212. Qu'ils remboursent le deuxième paiement.\n", when(27, 9, 0, CM), "fr25@yahoo.fr")
    case("l25-transfert-secretaire", [f], LOB, "need_info",
         "Section 8 forward (TR:): names registered email dg@... while the sender is a yahoo address: C2.", rules=["C2"])

    e = "laurent.giroud@bluewin.ch"
    CUSTOMERS.append(cust(e, "Laurent Giroud", "quarterly", start="2025-09-14", end="2025-12-13"))
    PAYMENTS += [lopay("fr_p28", "LO-INV-53221", e, "quarterly", Q, "2025-09-14T10:00:00", "2025-09-14", "2025-12-13"),
                 lopay("fr_p29", "LO-INV-53222", e, "quarterly", Q, "2025-09-16T10:00:00", "2025-09-14", "2025-12-13"),
                 lopay("fr_p30", "LO-INV-53223", e, "quarterly", Q, "2025-09-24T10:00:00", "2025-09-14", "2025-12-13")]
    f = eml("l26-trois-prelevements", f"Laurent Giroud <{e}>", S, "Trois prélèvements pour le même trimestre",
            "Bonjour,\n\nJe remarque trois débits identiques pour le même trimestre : le 14, le 16 et le 24 septembre "
            "(LO-INV-53221, LO-INV-53222, LO-INV-53223). Merci de me rembourser les deux paiements en trop.\n\n"
            "Meilleures salutations\nLaurent Giroud, Neuchâtel", when(25, 9, 0, CH), "fr26@bluewin.ch")
    case("l26-trois-prelevements", [f], LOB, "decided",
         "Section 8 three identical charges: duplicates 09-16 (day 9, outside L3) and 09-24 (day 1, inside); refund only the one inside: 3999.00.",
         [R("approve", "3999.00")])

    e = "rachid.ouali@gmail.com"
    CUSTOMERS.append(cust(e, "Rachid Ouali", "monthly", start="2025-09-27", end="2025-10-26"))
    PAYMENTS += [lopay("fr_p31", "LO-INV-53231", e, "monthly", M, "2025-09-27T08:00:00", "2025-09-27", "2025-10-26"),
                 lopay("fr_p32", "LO-INV-53232", e, "monthly", M, "2025-09-27T08:00:15", "2025-09-27", "2025-10-26")]
    f = eml("l27-reference-tapee", f"Rachid Ouali <{e}>", S, "debit x2",
            "slt, on ma debité 2 fois mille quatre cent quatre vingt dix neuf roupies le 27, la 2eme c la lo/inv/53232 "
            "vous pouvez rembourser stp merci", when(28, 22, 0, DZ), "fr27@gmail.com")
    case("l27-reference-tapee", [f], LOB, "decided",
         "Section 8: 'lo/inv/53232' = LO-INV-53232, amount in words; charges 09-27, request 09-29 02:30 IST (day 2): refund 1499.00.",
         [R("approve", "1499.00")])

    e = "ange.kouadio@moov.ci"
    CUSTOMERS.append(cust(e, "Ange Kouadio", "monthly", start="2025-09-24", end="2025-10-23"))
    PAYMENTS += [lopay("fr_p33", "LO-INV-53241", e, "monthly", M, "2025-09-24T11:00:00", "2025-09-24", "2025-10-23"),
                 lopay("fr_p34", "LO-INV-53242", e, "monthly", M, "2025-09-24T11:00:30", "2025-09-24", "2025-10-23", status="failed")]
    f = eml("l28-paiement-echoue", f"Ange Kouadio <{e}>", S, "Paiement en double",
            "Bonjour, j'ai payé deux fois le mois le 24 septembre, la facture en double est LO-INV-53242. "
            "Je demande le remboursement. Merci.\nAnge", when(25, 9, 0, CI), "fr28@moov.ci")
    case("l28-paiement-echoue", [f], LOB, "decided",
         "Section 8: the charge named is not 'paid' (failed): escalate.", [R("escalate")])

    e = "manon.leclerc@hotmail.fr"
    CUSTOMERS.append(cust(e, "Manon Leclerc", "monthly", start="2025-09-12", end="2025-10-11"))
    f = eml("l29-ni-l-un-ni-l-autre", f"Manon Leclerc <{e}>", S, "Changement de carte",
            "Bonjour,\nPas de panique : je ne veux ni résilier ni être remboursée ! Je veux seulement mettre à jour ma "
            "carte bancaire qui expire. Où est-ce que je fais ça ?\nMerci, Manon", when(24, 13, 0, FR), "fr29@hotmail.fr")
    case("l29-ni-l-un-ni-l-autre", [f], LOB, "other", "Declines both intents; asks how to update a card: other.")

    e = "patrick.lavoie@cgocable.ca"
    CUSTOMERS.append(cust(e, "Patrick Lavoie", "quarterly", start="2025-08-25", end="2025-11-24"))
    f = eml("l30-serait-il-possible", f"Patrick Lavoie <{e}>", S, "Mon abonnement",
            "Bonjour,\nSerait-il possible d'arrêter mon abonnement trimestriel à la fin de la période en cours? "
            "On a réduit l'équipe de vente.\nMerci à l'avance,\nPatrick", when(25, 14, 0, QC), "fr30@cgocable.ca")
    case("l30-serait-il-possible", [f], LOB, "decided",
         "Indirect cancellation ('serait-il possible d'arrêter'): L8 cancel until 2025-11-24.",
         [C("cancel", "2025-11-24")])

    # ---------------- Optima WebDesign ----------------
    ce = "contact@fromagerie-jura.fr"
    PROJECTS.append(proj("Fromagerie du Jura", ce))
    PAYMENTS.append(owpay("fr_w01", "OWD-2025-401", "Fromagerie du Jura", "discovery", "16000.00", "2880.00", "2025-09-21T11:00:00"))
    f = eml("l31-atelier-pas-commence", f"Fromagerie du Jura <{ce}>", B,
            "Refund Request — Fromagerie du Jura / OWD-2025-401",
            "Bonjour,\n\nNous avons réglé la phase de cadrage (OWD-2025-401) pour le site de la Fromagerie du Jura. "
            "Notre coopérative a finalement voté contre la vente en ligne ; aucun atelier n'a eu lieu. Nous vous "
            "demandons donc le remboursement intégral.\n\nBien cordialement,\nÉmilie Vuillemin",
            when(24, 11, 0, FR), "fr31@fromagerie-jura.fr")
    case("l31-atelier-pas-commence", [f], OWB, "decided",
         "O1: discovery, no session started: full refund before tax 16000.00.", [R("approve", "16000.00")], extra_ok=True)

    ce = "direction@riad-yasmine.ma"
    PROJECTS.append(proj("Riad Yasmine", ce, "2025-09-15T10:00:00"))
    PAYMENTS.append(owpay("fr_w02", "OWD-2025-402", "Riad Yasmine", "discovery", "14000.00", "2520.00", "2025-09-10T10:00:00"))
    f = eml("l32-cadrage-commence", f"Riad Yasmine <{ce}>", B, "Remboursement stratégie Riad Yasmine",
            "Bonjour,\nNous avons eu deux ateliers de stratégie (OWD-2025-402, projet Riad Yasmine) mais nous "
            "préférons finalement travailler avec une agence de Marrakech. Merci de nous rembourser.\nNadia Alaoui",
            when(23, 10, 0, MA), "fr32@riad-yasmine.ma")
    case("l32-cadrage-commence", [f], OWB, "decided",
         "O1: sessions already started (09-15): deny.", [R("deny")], extra_ok=True)

    ce = "bonjour@patisserie-saintmichel-bx.fr"
    PROJECTS.append(proj("Pâtisserie Saint-Michel", ce))
    PAYMENTS.append(owpay("fr_w03", "OWD-2025-403", "Pâtisserie Saint-Michel", "deposit", "20000.00", "3600.00", "2025-09-16T14:30:00"))
    f = eml("l33-acompte-72h-pile", f"Pâtisserie Saint-Michel <{ce}>", B, "Annulation acompte OWD-2025-403",
            "Bonjour,\n\nSuite à un dégât des eaux dans la boutique, nous devons reporter tout projet. Merci de "
            "rembourser l'acompte versé mardi pour le site de la Pâtisserie Saint-Michel (OWD-2025-403) ; vous "
            "n'avez encore rien commencé.\n\nCordialement,\nJulien Lacoste, Bordeaux", when(19, 11, 0, FR),
            "fr33@patisserie-saintmichel-bx.fr")
    case("l33-acompte-72h-pile", [f], OWB, "decided",
         "Section 8 / O2: paid 09-16 14:30 IST; request 2025-09-19 11:00+02:00 = 14:30 IST, exactly 72 h: deny.",
         [R("deny")], extra_ok=True)

    ce = "contact@teranga-traiteur.sn"
    PROJECTS.append(proj("Teranga Traiteur", ce))
    PAYMENTS.append(owpay("fr_w04", "OWD-2025-404", "Teranga Traiteur", "deposit", "25000.00", "4500.00", "2025-09-23T20:00:00"))
    f = eml("l34-acompte-a-temps", f"Teranga Traiteur <{ce}>", B, "Acompte Teranga Traiteur",
            "Bonjour,\nJe souhaiterais que vous nous remboursiez l'acompte OWD-2025-404 du site Teranga Traiteur : "
            "notre financement bancaire a été refusé hier, nous ne pouvons pas continuer pour le moment.\n"
            "Merci de votre compréhension,\nAïssatou Fall, Dakar", when(26, 12, 0, SN), "fr34@teranga-traiteur.sn")
    case("l34-acompte-a-temps", [f], OWB, "decided",
         "O2: paid 09-23 20:00 IST, request 2025-09-26 12:00+00:00 = 17:30 IST (69.5 h), no work: approve 25000.00 (tax kept).",
         [R("approve", "25000.00")], extra_ok=True)

    ce = "info@chocolaterie-namur.be"
    PROJECTS.append(proj("Chocolaterie de Namur", ce, "2025-09-22T10:00:00"))
    PAYMENTS.append(owpay("fr_w05", "OWD-2025-405", "Chocolaterie de Namur", "deposit", "22000.00", "3960.00", "2025-09-21T11:00:00"))
    f = eml("l35-acompte-travail-commence", f"Chocolaterie de Namur <{ce}>", B, "Remboursement acompte",
            "Bonjour,\nOn a reçu vos premières maquettes hier, mais on a décidé de confier le site à notre neveu. "
            "Merci de rembourser l'acompte OWD-2025-405 (Chocolaterie de Namur), ça fait moins de 72 heures.\nFrançoise",
            when(23, 9, 0, BE), "fr35@chocolaterie-namur.be")
    case("l35-acompte-travail-commence", [f], OWB, "decided",
         "O2: inside 72 h but work started 09-22 (whichever first): deny.", [R("deny")], extra_ok=True)

    ce = "projets@horlogerie-valdetravers.ch"
    PROJECTS.append(proj("Horlogerie Val-de-Travers", ce, "2025-08-01T10:00:00"))
    PAYMENTS.append(owpay("fr_w06", "OWD-2025-406", "Horlogerie Val-de-Travers", "milestone", "42000.00", "7560.00",
                          "2025-09-12T10:00:00", milestone_status="not_started"))
    f = eml("l36-jalon-pas-commence", f"Horlogerie Val-de-Travers <{ce}>", B, "Jalon 3 – boutique en allemand",
            "Bonjour,\n\nNous renonçons à la version allemande du site (jalon 3, facture OWD-2025-406, 42'000.00) : "
            "notre distributeur alémanique s'en charge. Ce jalon n'ayant pas commencé, merci de nous le rembourser. "
            "Le reste du projet Horlogerie Val-de-Travers continue.\n\nMeilleures salutations,\nBenoît Jeanneret",
            when(25, 10, 0, CH), "fr36@horlogerie.ch")
    case("l36-jalon-pas-commence", [f], OWB, "decided",
         "O3: milestone not_started: refund 42000.00 (amount '42'000.00' Swiss style).", [R("approve", "42000.00")])

    ce = "marketing@cafe-abidjan.ci"
    PROJECTS.append(proj("Café d'Abidjan", ce, "2025-08-10T10:00:00"))
    PAYMENTS.append(owpay("fr_w07", "OWD-2025-407", "Café d'Abidjan", "milestone", "30000.00", "5400.00",
                          "2025-09-05T10:00:00", milestone_status="in_progress"))
    f = eml("l37-jalon-en-cours", f"Café d'Abidjan <{ce}>", B, "Remboursement module blog",
            "Bonjour,\nLe conseil a décidé de supprimer le module blog (jalon 2, OWD-2025-407, projet Café "
            "d'Abidjan) pour raisons budgétaires. Je sais que vous avez commencé, mais merci de rembourser la partie "
            "non réalisée.\nCordialement,\nMarie-Laure Koffi", when(26, 11, 0, CI), "fr37@cafe-abidjan.ci")
    case("l37-jalon-en-cours", [f], OWB, "decided",
         "O3: milestone in_progress: escalate.", [R("escalate")])

    ce = "admin@boulangerie-kribi.cm"
    PROJECTS.append(proj("Boulangerie Kribi", ce, "2025-07-01T10:00:00"))
    PAYMENTS.append(owpay("fr_w08", "OWD-2025-408", "Boulangerie Kribi", "milestone", "28000.00", "5040.00",
                          "2025-08-25T10:00:00", milestone_status="completed"))
    f = eml("l38-jalon-livre", f"Boulangerie Kribi <{ce}>", B, "maquette pas bonne",
            "Bonjour, la maquette livrée (OWD-2025-408, Boulangerie Kribi) ne plaît plus à mon associé, il trouve "
            "les couleurs tristes. Nous voulons le remboursement de ce jalon.\nEric", when(23, 14, 0, CM), "fr38@boulangerie-kribi.cm")
    case("l38-jalon-livre", [f], OWB, "decided",
         "O3/O6: completed deliverable: deny.", [R("deny")])

    ce = "gerance@gite-montreux.ch"
    PROJECTS.append(proj("Gîte de Montreux", ce, "2025-03-01T10:00:00"))
    PAYMENTS.append(owpay("fr_w09", "OWD-2025-409", "Gîte de Montreux", "retainer", "12000.00", "2160.00",
                          "2025-09-16T10:00:00", period_start="2025-09-16", period_end="2025-10-15",
                          next_billing_at="2025-10-16T00:00:00"))
    f = eml("l39-forfait-preavis-ok", f"Gîte de Montreux <{ce}>", B, "Fin du forfait mensuel",
            "Bonjour,\nNous mettons fin au forfait mensuel de mise à jour du site du Gîte de Montreux "
            "(dernière facture OWD-2025-409) : la propriété est vendue. Merci de ne plus nous facturer.\n"
            "Meilleures salutations,\nClaude Berthoud", when(26, 9, 0, CH), "fr39@gite-montreux.ch")
    case("l39-forfait-preavis-ok", [f], OWB, "decided",
         "O4/O8: next_billing_at 10-16, request 09-26 <= 10-09: cancel effective 2025-10-15.", [C("cancel", "2025-10-15")])

    ce = "contact@garage-oran.dz"
    PROJECTS.append(proj("Garage d'Oran", ce, "2025-05-01T10:00:00"))
    PAYMENTS.append(owpay("fr_w10", "OWD-2025-410", "Garage d'Oran", "retainer", "8000.00", "1440.00",
                          "2025-09-03T10:00:00", period_start="2025-09-03", period_end="2025-10-02",
                          next_billing_at="2025-10-03T00:00:00"))
    f = eml("l40-forfait-preavis-court", f"Garage d'Oran <{ce}>", B, "Arrêt maintenance mensuelle",
            "Bonjour,\nJe veux arrêter la maintenance mensuelle du site Garage d'Oran, facture OWD-2025-410. "
            "Les affaires ne vont pas bien en ce moment.\nMerci\nSofiane", when(29, 10, 0, DZ), "fr40@garage-oran.dz")
    case("l40-forfait-preavis-court", [f], OWB, "decided",
         "O4: next_billing_at 10-03, request 09-29 > 09-26 (< 7 days): next cycle 10-03..11-02 billed; effective 2025-11-02.",
         [C("cancel", "2025-11-02")])

    ce = "info@erabliere-beauce.ca"
    PROJECTS.append(proj("Érablière de la Beauce", ce, "2025-04-01T10:00:00"))
    PAYMENTS.append(owpay("fr_w11", "OWD-2025-411", "Érablière de la Beauce", "retainer", "9000.00", "1620.00",
                          "2025-09-08T10:00:00", period_start="2025-09-08", period_end="2025-10-07",
                          next_billing_at="2025-10-08T00:00:00"))
    f = eml("l41-forfait-sept-jours-pile", f"Érablière de la Beauce <{ce}>", B, "Annulation forfait contenu",
            "Bonjour,\nOn ferme la boutique en ligne de l'Érablière de la Beauce jusqu'au temps des sucres, donc on "
            "annule le forfait mensuel de contenu (OWD-2025-411). Je vous avise d'avance pour que ça ne se renouvelle "
            "pas le 8.\nMerci!\nMathieu Poulin", when(30, 16, 0, QC), "fr41@erabliere-beauce.ca")
    case("l41-forfait-sept-jours-pile", [f], OWB, "decided",
         "O4 edge: next_billing 10-08; request 2025-09-30 16:00-04:00 = 01:30 IST 10-01 = 10-08 minus 7 days: in time; effective 2025-10-07.",
         [C("cancel", "2025-10-07")])

    ce = "associes@cabinet-lefort.fr"
    PROJECTS.append(proj("Cabinet Lefort", ce, "2025-01-10T10:00:00"))
    PAYMENTS += [owpay("fr_w12", "OWD-2025-412", "Cabinet Lefort", "retainer", "15000.00", "2700.00",
                       "2025-09-01T10:00:00", period_start="2025-09-01", period_end="2025-09-30"),
                 owpay("fr_w13", "OWD-2025-413", "Cabinet Lefort", "retainer", "15000.00", "2700.00",
                       "2025-09-12T10:00:00", period_start="2025-10-01", period_end="2025-10-31",
                       next_billing_at="2025-11-01T00:00:00")]
    f = eml("l42-forfait-paye-avance", f"Cabinet Lefort <{ce}>", B, "Résiliation contrat de maintenance",
            "Madame, Monsieur,\n\nNous vous notifions la résiliation du contrat mensuel de maintenance du site du "
            "Cabinet Lefort, le cabinet rejoignant un réseau national doté de son propre site. Nous avons déjà réglé "
            "le mois d'octobre (OWD-2025-413).\n\nVeuillez agréer nos salutations distinguées.\nMe Hélène Lefort",
            when(20, 11, 0, FR), "fr42@cabinet-lefort.fr")
    case("l42-forfait-paye-avance", [f], OWB, "decided",
         "Section 8 retainer paid in advance (October paid, notice >= 7 days before 11-01): escalate.",
         [C("escalate")],
         ambiguous="the prepaid month is mentioned but nothing is asked back; whether that is a refund request is not settled (a refund decision, escalate, may also be drafted). No extra_ok: an extra refund decision could approve the prepaid month")

    ce = "web@hotel-tamuda.ma"
    PROJECTS.append(proj("Hôtel Tamuda", ce, "2025-08-01T10:00:00"))
    PAYMENTS.append(owpay("fr_w14", "OWD-2025-414", "Hôtel Tamuda", "hosting_annual", "30000.00", "5400.00",
                          "2025-09-18T10:00:00", setup_fee="3000.00", service_start="2025-09-18"))
    f = eml("l43-hebergement-14-jours", f"Hôtel Tamuda <{ce}>", B, "Remboursement formule serveur + sauvegardes",
            "Bonjour,\nNous avions pris la formule annuelle qui couvre le serveur, les sauvegardes et le certificat "
            "du site de l'Hôtel Tamuda (OWD-2025-414). Le groupe nous impose son hébergeur, nous souhaitons donc "
            "l'arrêter et être remboursés de ce qui peut l'être.\nCordialement,\nOmar Tazi", when(25, 10, 0, MA),
            "fr43@hotel-tamuda.ma")
    case("l43-hebergement-14-jours", [f], OWB, "decided",
         "O5: start 09-18, request 09-25 (day 7): 30000 - 3000 - (27000/12)*1 = 24750.00.",
         [R("approve", "24750.00")], extra_ok=True)

    ce = "contact@librairie-liege.be"
    PROJECTS.append(proj("Librairie de Liège", ce, "2025-08-01T10:00:00"))
    PAYMENTS.append(owpay("fr_w15", "OWD-2025-415", "Librairie de Liège", "maintenance_annual", "20000.00", "3600.00",
                          "2025-09-20T10:00:00", setup_fee="1500.00", service_start="2025-09-20"))
    f = eml("l44-maintenance-arrondi", f"Librairie de Liège <{ce}>", B, "Maintenance annuelle – arrêt",
            "Bonjour,\nSuite à la reprise de la librairie par un groupe, la maintenance du site Librairie de Liège "
            "sera assurée en interne. Merci d'arrêter le contrat de maintenance annuel (OWD-2025-415, 20.000,00 HTVA) "
            "et de nous rembourser le prorata.\nBien à vous,\nJacques Delvaux", when(30, 9, 0, BE), "fr44@librairie-liege.be")
    case("l44-maintenance-arrondi", [f], OWB, "decided",
         "O5: start 09-20, request 09-30 (day 10): 20000 - 1500 - 18500/12 = 16958.333... -> 16958.33 (C6 rounded once).",
         [R("approve", "16958.33")], extra_ok=True)

    ce = "info@ecole-yaounde.cm"
    PROJECTS.append(proj("École Les Manguiers", ce, "2025-08-01T10:00:00"))
    PAYMENTS.append(owpay("fr_w16", "OWD-2025-416", "École Les Manguiers", "hosting_annual", "18000.00", "3240.00",
                          "2025-09-10T10:00:00", setup_fee="1800.00", service_start="2025-09-10"))
    f = eml("l45-hebergement-trop-tard", f"École Les Manguiers <{ce}>", B, "Hébergement",
            "Bonjour,\nLe ministère nous fournit désormais l'hébergement. Nous demandons le remboursement de "
            "l'hébergement annuel du site École Les Manguiers (OWD-2025-416) et l'arrêt du service.\nLe Directeur",
            when(25, 10, 0, CM), "fr45@ecole-yaounde.cm")
    case("l45-hebergement-trop-tard", [f], OWB, "decided",
         "O5: start 09-10, request 09-25 (day 15 > 14): refund deny.", [R("deny")], extra_ok=True)

    ce = "contact@rhum-jacmel.ht"
    PROJECTS.append(proj("Rhum Jacmel", ce, "2025-06-01T10:00:00"))
    PAYMENTS.append(owpay("fr_w17", "OWD-2025-417", "Rhum Jacmel", "third_party", "4200.00", "756.00", "2025-09-24T10:00:00"))
    f = eml("l46-licence-theme", f"Rhum Jacmel <{ce}>", B, "Remboursement thème premium",
            "Bonjour,\nVous nous avez facturé la licence du thème premium et les photos de banque d'images "
            "(OWD-2025-417, Rhum Jacmel). Finalement on garde le thème gratuit. Merci de rembourser.\nRoseline",
            when(25, 9, 0, HT), "fr46@rhum-jacmel.ht")
    case("l46-licence-theme", [f], OWB, "decided", "O6: third_party (theme licence, stock): deny.", [R("deny")])

    ce = "contact@cave-bourgogne.fr"
    PROJECTS.append(proj("Cave de Bourgogne", ce, "2025-09-01T10:00:00"))
    PAYMENTS.append(owpay("fr_w18", "OWD-2025-418", "Cave de Bourgogne", "change_request", "7000.00", "1260.00", "2025-09-22T10:00:00"))
    f = eml("l47-demande-modif", f"Cave de Bourgogne <{ce}>", B, "Facture modification hors devis",
            "Bonjour,\nVous nous avez facturé l'ajout du module de réservation (OWD-2025-418, hors devis initial) "
            "pour la Cave de Bourgogne. Nous ne l'utiliserons pas finalement : merci de nous le rembourser.\nPierre",
            when(24, 9, 0, FR), "fr47@cave-bourgogne.fr")
    case("l47-demande-modif", [f], OWB, "decided", "O6: change request outside the original scope: deny.", [R("deny")])

    ce = "admin@saveurs-dakar.sn"
    PROJECTS.append(proj("Saveurs de Dakar", ce))
    PAYMENTS.append(owpay("fr_w19", "OWD-2025-419", "Saveurs de Dakar", "deposit", "20000.00", "3600.00", "2025-09-28T10:00:00"))
    f = eml("l48-owd-autre-adresse", "Awa Sow <awa.sow.perso@gmail.com>", B, "Acompte Saveurs de Dakar OWD-2025-419",
            "Bonjour,\nJe vous écris de ma boîte perso, le contrat est au nom de admin@saveurs-dakar.sn. Nous "
            "n'avons plus de budget, merci de rembourser l'acompte OWD-2025-419.\nAwa Sow", when(28, 15, 0, SN), "fr48@gmail.com")
    case("l48-owd-autre-adresse", [f], OWB, "need_info", "C2: not from the contract email.", rules=["C2"])

    ce = "direction@lodge-grand-bassam.ci"
    PROJECTS.append(proj("Lodge Grand-Bassam", ce, "2025-02-01T10:00:00"))
    PAYMENTS.append(owpay("fr_w20", "OWD-2025-420", "Lodge Grand-Bassam", "retainer", "10000.00", "1800.00",
                          "2025-09-20T10:00:00", period_start="2025-09-20", period_end="2025-10-19",
                          next_billing_at="2025-10-20T00:00:00"))
    f = eml("l49-owd-sans-motif", f"Lodge Grand-Bassam <{ce}>", B, "Résiliation OWD-2025-420",
            "Messieurs,\n\nJe vous prie de bien vouloir procéder à la résiliation du forfait mensuel du projet Lodge "
            "Grand-Bassam, facture OWD-2025-420.\n\nDans l'attente de votre confirmation, recevez mes salutations "
            "distinguées.\n\nM. Koné Adama\nDirecteur Général", when(24, 9, 0, CI), "fr49@lodge.ci")
    case("l49-owd-sans-motif", [f], OWB, "need_info",
         "Section 8: Optima requires a reason for cancellations; formulas and signature are not one.", missing=["reason"])

    ce = "info@artisanat-cap-haitien.ht"
    PROJECTS.append(proj("Artisanat du Cap", ce, "2025-03-01T10:00:00"))
    PAYMENTS.append(owpay("fr_w21", "OWD-2025-421", "Artisanat du Cap", "retainer", "11000.00", "1980.00",
                          "2025-09-18T10:00:00", period_start="2025-09-18", period_end="2025-10-17",
                          next_billing_at="2025-10-18T00:00:00"))
    f1 = eml("l50a-owd-fil-demande", f"Artisanat du Cap <{ce}>", B, "Annuler forfait Artisanat du Cap OWD-2025-421",
             "Bonjour, svp annulez le forfait mensuel du site Artisanat du Cap (OWD-2025-421).\nMerci\nJudith",
             when(24, 10, 0, HT), "fr50a@artisanat.ht")
    f2 = eml("l50b-owd-fil-reponse", f"Artisanat du Cap <{ce}>", B,
             "Re: Annuler forfait Artisanat du Cap OWD-2025-421 [OWD-2310]",
             "Bonjour,\nLa raison : l'association a eu une coupure de subvention et ne peut plus payer le forfait.\n"
             "Judith\n\nLe 24 sept. 2025 à 11:30, Optima WebDesign a écrit :\n> Merci de nous indiquer le motif.",
             when(25, 9, 0, HT), "fr50b@artisanat.ht", reply_to_ids=["fr50a@artisanat.ht", "owd-2310@optimawebdesign.com"])
    case("l50-owd-fil-repond", [f1, f2], OWB, "decided",
         "C3 thread: reason given in reply; request 09-24 (first mail), next_billing 10-18, 09-24 <= 10-11: cancel effective 2025-10-17.",
         [C("cancel", "2025-10-17")])

    ce = "direction@immobiliere-rhone.fr"
    PROJECTS.append(proj("Immobilière du Rhône", ce, "2025-09-02T10:00:00"))
    PAYMENTS.append(owpay("fr_w22", "OWD-2025-422", "Immobilière du Rhône", "milestone", "45000.00", "8100.00",
                          "2025-09-10T10:00:00", milestone_status="not_started"))
    f = eml("l51-owd-mise-en-demeure", f"Immobilière du Rhône <{ce}>", B, "Mise en demeure – OWD-2025-422",
            "Madame, Monsieur,\n\nLe jalon OWD-2025-422 (projet Immobilière du Rhône) n'a jamais démarré malgré nos "
            "relances. Nous exigeons son remboursement sous huit jours, faute de quoi notre avocat engagera une "
            "action en justice.\n\nLa Direction", when(23, 9, 0, FR), "fr51@immobiliere-rhone.fr")
    case("l51-owd-mise-en-demeure", [f], OWB, "decided",
         "C4: lawyer / legal action threat escalates even an otherwise refundable milestone.",
         [R("escalate")], rules=["C4"])

    f = eml("l52-newsletter", "Le Journal du Web <lettre@journaldunet-exemple.fr>", "support@optimawebdesign.com",
            "La lettre du mardi : remboursements et résiliations, ce qui change",
            "Au sommaire : résiliation en trois clics, remboursement des abonnements...\n\nSe désinscrire",
            when(30, 7, 0, FR), "fr52@journaldunet.fr",
            headers={"List-Id": "<lettre.journaldunet-exemple.fr>", "Precedence": "list"})
    case("l52-newsletter", [f], OWB, "ignore", "C7: List-Id / Precedence: list newsletter.", rules=["C7"])

    f = eml("l53-owd-question-avant", "Stéphanie Joseph <steph.joseph@hotmail.com>", B, "Avant de signer",
            "Bonjour,\nAvant de signer le devis pour mon site, une question : si je verse l'acompte et que je change "
            "d'avis deux jours après, est-ce remboursé ? Et le nom de domaine ?\nMerci\nStéphanie (Montréal)",
            when(26, 14, 0, QC), "fr53@hotmail.com")
    case("l53-owd-question-avant", [f], OWB, "other", "Section 8 hypothetical before signing: other.")

    ce = "contact@tissages-tlemcen.dz"
    PROJECTS.append(proj("Tissages de Tlemcen", ce, "2025-07-01T10:00:00"))
    f = eml("l54-owd-plainte", f"Tissages de Tlemcen <{ce}>", B, "Déçus",
            "Bonjour,\nCela fait deux semaines que nous attendons la mise en ligne des photos du site Tissages de "
            "Tlemcen. Personne ne répond. Nous ne demandons rien, nous voulons simplement que vous sachiez que nous "
            "sommes déçus.\nYasmina", when(29, 18, 0, DZ), "fr54@tissages.dz")
    case("l54-owd-plainte", [f], OWB, "other", "Complaint that expressly asks for nothing: other.")

    Path(HERE / "ledger.json").write_text(json.dumps(
        {"customers": CUSTOMERS, "projects": PROJECTS, "payments": PAYMENTS}, ensure_ascii=False, indent=1) + "\n")
    Path(HERE / "expected.json").write_text(json.dumps({"cases": CASES}, ensure_ascii=False, indent=1) + "\n")


if __name__ == "__main__":
    build()
    print(f"{len(CASES)} cases")
