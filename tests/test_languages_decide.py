"""Mail in each shipped language decided end to end against the sample ledger (dev tests,
not a held-out round): Asha's duplicate annual charge (LO-INV-1002, paid 3 July 2025)."""

from __future__ import annotations

import json

import pytest

from mailbot.clock import FixedClock
from mailbot.pipeline import Triage
from tests.helpers import EXAMPLES, LO_ADDRESS, config, inbound, ist, ledger

CFG = config()
TRIAGE = Triage(CFG, ledger(json.loads((EXAMPLES / "ledger.json").read_text(encoding="utf-8")), CFG),
                FixedClock(ist(2025, 7, 8, 12, 0)))

DUPLICATE = {
    "en": "Hi, I was charged twice for my annual plan. Invoice LO-INV-1002. Please refund the duplicate.",
    "es": "Hola, me cobraron dos veces el plan anual. Factura lo inv 1002. Por favor, reembolsen el cargo duplicado.",
    "pt": "Olá, fui cobrada duas vezes pelo plano anual. Fatura LO-INV-1002. Quero o estorno da cobrança duplicada.",
    "de": "Hallo, mein Jahresabo wurde doppelt abgebucht, Rechnung LO-INV-1002. Bitte erstatten Sie die "
          "zweite Zahlung.",
    "fr": "Bonjour, j'ai été débitée deux fois pour mon abonnement annuel, facture LO-INV-1002. Merci de "
          "rembourser le paiement en double.",
    "hi": "नमस्ते, मेरे वार्षिक प्लान के पैसे दो बार कट गए हैं। बिल LO-INV-1002 है। कृपया पैसे वापस कर दीजिए।",
    "hinglish": "Hello sir, mere annual plan ke paise do baar kat gaye hain, invoice LO-INV-1002. Refund kar dijiye.",
}


@pytest.mark.parametrize("language", DUPLICATE)
def test_a_duplicate_charge_is_refunded_in_every_language(language):
    msg = inbound("asha@example.in", LO_ADDRESS, "Refund", ist(2025, 7, 8, 10, 0), DUPLICATE[language])
    result = TRIAGE.decide([msg])
    assert result.verdict.status == "decided", result.verdict.trace
    [decision] = result.verdict.decisions
    assert (decision.intent, decision.outcome) == ("refund", "approve"), result.verdict.trace


def test_a_forward_from_an_accountant_asks_for_the_request_from_the_address_on_record():
    body = ("Please see below mail from our MD and do the needful.\n\n"
            "From: Asha Rao <asha@example.in>\nSent: Tuesday, 8 July 2025 09:00\nTo: Accounts <accounts@firm.example>\n"
            "Subject: LeadsOptima\n\nI was charged twice for my annual plan, invoice LO-INV-1002. Please get it "
            "refunded.\n")
    msg = inbound("accounts@firm.example", LO_ADDRESS, "FW: LeadsOptima", ist(2025, 7, 8, 10, 0), body)
    result = TRIAGE.decide([msg])
    assert result.verdict.status == "need_info" and "C2" in result.verdict.rules, result.verdict.trace


def test_a_hypothetical_question_is_left_for_staff_with_the_reason_in_the_trace():
    msg = inbound("asha@example.in", LO_ADDRESS, "Question", ist(2025, 7, 8, 10, 0),
                  "Hi, if the CRM integration doesn't work for us, would I be able to get a refund on the "
                  "quarterly plan?")
    result = TRIAGE.decide([msg])
    assert result.verdict.status == "other"
    assert any("policy question" in step.note for step in result.verdict.trace)
