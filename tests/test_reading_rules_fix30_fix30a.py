"""Rules of fix30a behind fresh22's Spanish, French and Hindi misses, each with sentences of its own (none copied from
any round or from the phrasebook).

- Hindi 'X कैंसिल करके Y कर दीजिए' (cancel and then do Y): the conjunctive 'करके' is no past tense, so the
  cancellation is asked beside Y; 'कैंसिल करके/करने के बाद' and a clause that ends in a past verb ('प्लान कैंसिल करके
  दूसरी एजेंसी ले ली') still tell it as done (``intents.cancellation_past``).
- A thank-you for a refund already received asks nothing (section 8), also when the receipt names no refund
  ('It landed in our account yesterday, thanks') under a reply subject that named the duplicate charge, or when
  the refund is seen on the statement with any article ('vi en el estado de cuenta la devolución'):
  ``intents.refund_received`` in en es pt fr de hi; a receipt still awaited or asked about is no receipt.
- A negated refund and cancellation ('on ne veut pas de remboursement', 'nous n'annulons rien', 'we're cancelling
  nothing', 'wir stornieren nichts') adds no intent; 'cancel, nothing works' still asks.
"""

from __future__ import annotations

import json

import pytest

from tests.helpers import OWD_ADDRESS, email_bytes, ist, read_body


def intents(body: str, subject: str = "Hello", brand: str = "lo") -> set:
    return set(read_body(body, subject=subject, brand=brand).intents)


# -- 1. Hindi 'कैंसिल करके ... कर दीजिए' -----------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "हमारा सालाना होस्टिंग प्लान कैंसिल करके बाकी रकम लौटा दीजिए।",
    "वेबसाइट की होस्टिंग कैंसिल करके रिफंड भेज दीजिए, सर्वर अब हम खुद चलाएंगे।",
])
def test_cancel_then_refund_asks_both(body):
    assert intents(body, brand="owd") == {"cancellation", "refund"}


def test_writing_to_cancel_asks_the_cancellation():
    assert intents("नमस्ते, मैं अपना मासिक प्लान कैंसिल करने के लिए लिख रहा हूँ।") == {"cancellation"}


@pytest.mark.parametrize("body", [
    "पिछले साल प्लान कैंसिल करके हमने दूसरी एजेंसी ले ली।",
    "प्लान कैंसिल करने के बाद भी पैसा कट गया, रिफंड दीजिए।",
])
def test_a_cancellation_told_as_done_asks_none(body):
    assert "cancellation" not in intents(body)


# -- 2. a refund received, thanked for --------------------------------------------------------------------------------

@pytest.mark.parametrize("subject, body", [
    ("Re: Double payment", "Hi,\n\nIt landed in our account yesterday, thank you so much!\n\nPriya"),
    ("Re: Double payment", "Hello, the money is back in our account now. Many thanks!"),
    ("Re: Pago doble", "Hola, ya vi en el estado de cuenta la devolución del pago doble. ¡Gracias!"),
    ("Re: Pago doble", "Hola, el dinero ya está en mi cuenta, mil gracias."),
    ("Re: Pagamento em dobro", "Olá, vi no extrato a devolução do pagamento em dobro, obrigada!"),
    ("Re: Pagamento em dobro", "Olá, o dinheiro já voltou para a minha conta, obrigado."),
    ("Re: Paiement en double", "Bonjour, l'argent est bien revenu sur notre compte hier, merci !"),
    ("Re: Paiement en double", "Bonjour,\n\nC'est arrivé sur mon compte hier, merci beaucoup.\n\nLuc"),
    ("Re: Doppelte Zahlung", "Hallo, ist gestern auf unserem Konto eingegangen, danke!"),
    ("Re: Double payment", "रिफंड परसों मिला, धन्यवाद।"),
    ("Re: Double payment", "refund kal mila, bahut shukriya"),
])
def test_a_refund_received_asks_nothing(subject, body):
    assert intents(body, subject) == set()


@pytest.mark.parametrize("subject, body", [
    ("Re: Double payment", "Hi, it has not landed in our account yet."),
    ("Re: Double payment", "Hi, it hit my account twice this morning, please refund one."),
    ("Re: Pago doble", "Hola, todavía no veo en el estado de cuenta la devolución del pago doble."),
    ("Re: Pago doble", "Hola, me llegó el cargo a la tarjeta dos veces, devuélvanme uno."),
    ("Re: Pagamento em dobro", "Olá, o dinheiro ainda não voltou para a minha conta."),
    ("Re: Pagamento em dobro", "A cobrança caiu duas vezes na minha conta, quero o estorno."),
    ("Re: Paiement en double", "Bonjour, ce n'est toujours pas arrivé sur mon compte."),
    ("Re: Paiement en double", "Bonjour, c'est passé deux fois sur mon compte, remboursez-moi."),
    ("Re: Doppelte Zahlung", "Hallo, ist es schon auf unserem Konto eingegangen?"),
    ("Re: Double payment", "रिफंड अभी तक नहीं मिला।"),
    ("Re: Double payment", "bill mein double amount aaya, refund kijiye"),
])
def test_a_refund_awaited_or_a_charge_told_still_asks(subject, body):
    assert "refund" in intents(body, subject)


# -- 3. a negated refund and cancellation -----------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Bonjour, tout compte fait on ne veut plus aucun remboursement, et nous n'annulons rien. Continuez le site !",
    "We're cancelling nothing after all, keep going with the site.",
    "Wir stornieren nichts, bitte machen Sie weiter.",
])
def test_a_negated_refund_and_cancellation_asks_nothing(body):
    assert intents(body, brand="owd") == set()


@pytest.mark.parametrize("body, wanted", [
    ("On ne veut pas attendre trois semaines, remboursez-nous l'acompte.", "refund"),
    ("Annulez l'abonnement, rien ne fonctionne.", "cancellation"),
    ("Please cancel the plan, nothing works.", "cancellation"),
    ("Bitte kündigen Sie den Vertrag, nichts funktioniert.", "cancellation"),
])
def test_a_request_beside_a_nothing_still_asks(body, wanted):
    assert wanted in intents(body)


# -- 4. end to end: the annual hosting cancelled and paid back, both decided -------------------------------------------

CUSTOMER = "owner@saree-example.in"


def _ledger_file(tmp_path):
    data = {"customers": [],
            "projects": [{"brand": "optima_webdesign", "name": "Saree Corner", "contract_email": CUSTOMER,
                          "work_started_at": "2025-06-01T10:00:00"}],
            "payments": [{"brand": "optima_webdesign", "id": "ow_t30", "invoice": "OWD-2025-930",
                          "project": "Saree Corner", "kind": "hosting_annual", "amount": "12000.00", "tax": "2160.00",
                          "currency": "INR", "paid_at": "2025-09-01T10:00:00", "status": "paid", "setup_fee": "1200.00",
                          "service_start": "2025-09-01", "next_billing_at": None, "period_start": None,
                          "period_end": None}]}
    path = tmp_path / "ledger.json"
    path.write_text(json.dumps(data))
    return path


def test_annual_hosting_cancelled_and_paid_back_decides_both(tmp_path, capsys):
    from mailbot.cli import main
    from tests.heldout import CONFIG

    mail = tmp_path / "a.eml"
    mail.write_bytes(email_bytes(CUSTOMER, OWD_ADDRESS, "होस्टिंग", ist(2025, 9, 26, 11, 0),
                                 "नमस्ते,\n\nSaree Corner की सालाना होस्टिंग (OWD-2025-930) कैंसिल करके बाकी पैसा लौटा "
                                 "दीजिए। अब हम दूसरी कंपनी से होस्टिंग लेंगे।\n\nरमेश",
                                 message_id="<a.30@saree-example.in>"))
    assert main(["--config", str(CONFIG), "triage", "--ledger", str(_ledger_file(tmp_path)),
                 "--now", "2025-10-01T10:00:00+05:30", "--json", str(mail)]) == 0
    got = json.loads(capsys.readouterr().out)
    assert got["status"] == "decided"
    assert {d["intent"]: d["outcome"] for d in got["decisions"]} == {"refund": "deny", "cancellation": "cancel"}
