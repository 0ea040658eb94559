"""``mailbot triage`` on a short email in each reply language (tests/data/translations/): the
duplicate charge is refunded and the plan cancelled, and the draft is in the customer's
language with its money and dates; romanised Hindi (Hinglish) is answered in English."""

from __future__ import annotations

import json

import pytest

from mailbot.cli import main
from tests.helpers import CONFIG, ROOT

DATA = ROOT / "tests" / "data" / "translations"
NOW = "2025-07-05T10:00:00+05:30"

EXPECTED = {
    "es": ("Hola, Lucía Fernández:", "Hemos aprobado su reembolso de 11.988,00 INR correspondiente a LO-INV-2012.",
           "jueves, 2 de julio de 2026", "Saludos cordiales,"),
    "pt": ("Olá, João Silva,", "Aprovamos o seu reembolso de ₹ 11.988,00 referente a LO-INV-2022.",
           "quinta-feira, 2 de julho de 2026", "Atenciosamente,"),
    "de": ("Guten Tag Lena Schmidt,", "Wir haben Ihre Rückerstattung über 11.988,00 ₹ für LO-INV-2032 genehmigt.",
           "Donnerstag, 2. Juli 2026", "Mit freundlichen Grüßen"),
    "fr": ("Bonjour Camille Martin,", "Nous avons approuvé votre remboursement de 11 988,00 ₹ pour LO-INV-2042.",
           "jeudi 2 juillet 2026", "Cordialement,"),
    "hi": ("नमस्ते राहुल शर्मा,", "हमने LO-INV-2052 के लिए आपका ₹11,988.00 का रिफंड स्वीकृत कर दिया है।",
           "गुरुवार, 2 जुलाई 2026", "सादर,"),
    "hinglish": ("Hello Rohit Verma,", "We have approved your refund of INR 11,988.00 for LO-INV-2062.",
                 "Thursday, 2 July 2026", "Kind regards,"),
}
TEMPLATE = {"hinglish": "leadsoptima/refund_and_cancel"}


@pytest.mark.parametrize("language", list(EXPECTED))
def test_triage_drafts_the_reply_in_the_customers_language(language, capsys):
    email = DATA / f"{language}.eml"
    assert main(["--config", str(CONFIG), "triage", "--json", "--now", NOW, "--ledger", str(DATA / "ledger.json"),
                 str(email)]) == 0
    result = json.loads(capsys.readouterr().out)
    draft = result["draft"]
    assert draft["template"] == TEMPLATE.get(language, f"leadsoptima/{language}/refund_and_cancel"), draft["template"]
    body = " ".join(draft["body"].split())
    greeting, approved, last_day, sign_off = EXPECTED[language]
    assert draft["body"].splitlines()[0] == greeting
    assert approved in body
    assert last_day in body
    assert sign_off in draft["body"]
    assert [d["outcome"] for d in result["decisions"]] == ["approve", "cancel"]
