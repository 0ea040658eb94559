"""A forwarded message that asks for nothing gives no reason (fix14).

A customer forwards our own invoice, a receipt or a payment notice under a short note ("please
refund this deposit, do the needful"): the note restates the request and passes it on, and the
forwarded paperwork ("Please find your invoice ... attached") explains nothing.  Section 8: a
reason is the customer's own explanation, so none was given, and for a brand that requires one
(Optima WebDesign) it is asked for (C3) before any refund is approved.  A forwarded message that
carries the request itself (the director's mail forwarded by the accountant) still gives its
reason.  Sentences written for this test (none copied from any round), in the six shipped languages.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from mailbot.clock import FixedClock
from mailbot.pipeline import Triage
from tests.helpers import OWD_ADDRESS, config, inbound, ist, ledger

CFG = config()
CONTRACT = "hello@marigoldstudio.example"
PAID = ist(2025, 9, 1, 10, 0)
ASKED = PAID + timedelta(hours=20)  # inside O2's 72 hours, no work started: the rules would approve

LEDGER = {
    "projects": [{"brand": "optima_webdesign", "name": "Marigold Portfolio", "contract_email": CONTRACT,
                  "work_started_at": None}],
    "payments": [{"brand": "optima_webdesign", "id": "m1", "invoice": "OWD-2025-8801", "project": "Marigold Portfolio",
                  "kind": "deposit", "amount": "15000.00", "currency": "INR", "tax": "0.00", "status": "paid",
                  "paid_at": "2025-09-01T10:00:00"}],
}

NOTICE = {
    "en": ("-------- Forwarded Message --------\nSubject: Your invoice OWD-2025-8801\nFrom: Optima WebDesign "
           "<accounts@optima-billing.example>\n\nDear client,\nPlease find attached your invoice OWD-2025-8801 for the "
           "deposit on the project Marigold Portfolio, amount 15,000.00 INR.\nKind regards"),
    "fr": ("-------- Message transféré --------\nSujet : Votre facture OWD-2025-8801\nDe : Optima WebDesign "
           "<accounts@optima-billing.example>\n\nMadame, Monsieur,\nVous trouverez ci-joint la facture OWD-2025-8801 "
           "relative à l'acompte du projet Marigold Portfolio, d'un montant de 15 000,00 INR.\nCordialement"),
    "es": ("---------- Mensaje reenviado ---------\nAsunto: Su factura OWD-2025-8801\nDe: Optima WebDesign "
           "<accounts@optima-billing.example>\n\nEstimado cliente:\nAdjuntamos la factura OWD-2025-8801 correspondiente "
           "al anticipo del proyecto Marigold Portfolio por un importe de 15.000,00 INR.\nSaludos cordiales"),
    "pt": ("---------- Mensagem encaminhada ---------\nAssunto: A sua fatura OWD-2025-8801\nDe: Optima WebDesign "
           "<accounts@optima-billing.example>\n\nCaro cliente,\nSegue em anexo a fatura OWD-2025-8801 referente ao sinal "
           "do projeto Marigold Portfolio, no valor de 15.000,00 INR.\nCom os melhores cumprimentos"),
    "de": ("---------- Weitergeleitete Nachricht ---------\nBetreff: Ihre Rechnung OWD-2025-8801\nVon: Optima WebDesign "
           "<accounts@optima-billing.example>\n\nSehr geehrte Kundin, sehr geehrter Kunde,\nanbei erhalten Sie die "
           "Rechnung OWD-2025-8801 über die Anzahlung für das Projekt Marigold Portfolio in Höhe von 15.000,00 INR.\n"
           "Mit freundlichen Grüßen"),
    "hi": ("---------- Forwarded message ---------\nSubject: Your invoice OWD-2025-8801\nFrom: Optima WebDesign "
           "<accounts@optima-billing.example>\n\nDear client,\nPlease find attached your invoice OWD-2025-8801 for the "
           "deposit on the project Marigold Portfolio, amount 15,000.00 INR.\nKind regards"),
}

NOTE = {
    "en": "Hi team,\n\nSee the mail below. Please refund this deposit and do the needful.\n\nAsha",
    "fr": "Bonjour,\n\nCi-dessous la facture. Merci de me rembourser cet acompte au plus vite.\n\nAsha",
    "es": "Hola,\n\nOs reenvío la factura. Por favor, devolvednos este anticipo.\n\nAsha",
    "pt": "Olá,\n\nSegue abaixo a fatura. Peço o reembolso deste sinal, por favor.\n\nAsha",
    "de": "Hallo,\n\nsiehe unten. Bitte erstatten Sie uns diese Anzahlung.\n\nAsha",
    "hi": "Hi team,\n\nNeeche wala mail dekho. Ye deposit refund kar do please.\n\nAsha",
}

SUBJECT = {"en": "FW: Your invoice OWD-2025-8801", "fr": "TR: Votre facture OWD-2025-8801",
           "es": "RV: Su factura OWD-2025-8801", "pt": "ENC: A sua fatura OWD-2025-8801",
           "de": "WG: Ihre Rechnung OWD-2025-8801", "hi": "Fwd: Your invoice OWD-2025-8801"}


def _decide(subject: str, body: str):
    triage = Triage(CFG, ledger(LEDGER, CFG), FixedClock(ASKED + timedelta(days=2)))
    result = triage.decide([inbound(CONTRACT, OWD_ADDRESS, subject, ASKED, body)])
    verdict = result.verdict
    return verdict.status, verdict.missing, [(d.intent, d.outcome) for d in verdict.decisions]


@pytest.mark.parametrize("lang", sorted(NOTE))
def test_a_forwarded_invoice_under_a_bare_request_asks_for_the_reason(lang):
    body = f"{NOTE[lang]}\n\n{NOTICE[lang]}\n"
    assert _decide(SUBJECT[lang], body) == ("need_info", ["reason"], [])


def test_the_customers_own_reason_above_a_forwarded_invoice_is_read():
    body = ("Hi team,\n\nPlease refund this deposit: our funding round fell through and we are shelving the "
            "portfolio site for this year.\n\nAsha\n\n" + NOTICE["en"] + "\n")
    status, missing, decisions = _decide(SUBJECT["en"], body)
    assert (status, missing, decisions) == ("decided", [], [("refund", "approve")])


def test_a_forwarded_request_still_gives_its_reason():
    director = ("-------- Forwarded Message --------\nSubject: Marigold deposit\nFrom: Ravi Menon <hello@marigoldstudio.example>\n\n"
                "Hi,\nPlease ask Optima WebDesign to refund the deposit OWD-2025-8801 for Marigold Portfolio. We have "
                "decided to merge the portfolio into our parent company's website instead.\nRavi")
    body = "Hello,\n\nPlease see below from our director and do the needful.\n\nAsha\n\n" + director + "\n"
    status, missing, decisions = _decide("FW: Marigold deposit", body)
    assert (status, missing, decisions) == ("decided", [], [("refund", "approve")])


RECEIPTS = {
    "en": ("Begin forwarded message:\n\nFrom: Optima WebDesign <accounts@optima-billing.example>\nSubject: Payment received\n\n"
           "Thank you for your payment. We have received 15,000.00 INR towards invoice OWD-2025-8801 (deposit, "
           "Marigold Portfolio) on 1 September 2025 by bank transfer.\nOptima WebDesign Accounts"),
    "fr": ("Début du message réexpédié :\n\nDe : Optima WebDesign <accounts@optima-billing.example>\nObjet : Paiement reçu\n\n"
           "Nous vous remercions pour votre règlement. Nous avons bien reçu 15 000,00 INR au titre de la facture "
           "OWD-2025-8801 (acompte, Marigold Portfolio) le 1er septembre 2025 par virement.\nService comptable"),
}


@pytest.mark.parametrize("lang", sorted(RECEIPTS))
def test_a_forwarded_payment_receipt_gives_no_reason(lang):
    body = f"{NOTE[lang]}\n\n{RECEIPTS[lang]}\n"
    assert _decide(SUBJECT[lang], body) == ("need_info", ["reason"], [])
