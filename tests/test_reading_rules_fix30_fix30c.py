"""Reading rules of fix30c, each with sentences of its own (none copied from any round or from the phrasebook).

1. A formal opener that is the whole part before the ask ("By means of this letter, ...", "Por medio de la
   presente, ...") is courtesy, no reason, in every pack; an opener that goes on with the customer's news is read.
2. A formula closing the letter ("Nothing further at this time", "Sem outro assunto de momento, apresento os meus
   cumprimentos", "Sin más por el momento, ...") is courtesy, no reason.
3. Where the refund goes ("to my original card", "sur le moyen de paiement d'origine") says nothing of why.
4. A reply's subject restating the thread's topic above a thank-you for a refund received asks nothing; an
   exception stated in the body's own sentences is still a new request.
In all, a refund with no real reason asks for it (C3), never denied on a fake one (end to end).
"""

from __future__ import annotations

import json

import pytest

from tests.helpers import LO_ADDRESS, email_bytes, ist, read_body


# -- 1. a formal opener is no reason -----------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Good morning,\n\nBy means of this letter, I kindly request a refund of my most recent charge.\n\nRegards,\nNora",
    "Buenos días:\n\nPor medio de la presente, le solicito la devolución de mi cobro más reciente.\n\nSaludos,\nNora",
    "Bom dia,\n\nPor meio da presente, solicito a devolução da minha cobrança mais recente.\n\nCumprimentos,\nNora",
    "Bom dia,\n\nVenho por este meio, solicitar a devolução da minha cobrança mais recente.\n\nCumprimentos,\nNora",
    "Bonjour,\n\nPar le présent courriel, je sollicite le remboursement de mon dernier prélèvement.\n\nCordialement,"
    "\nNora",
    "Namaste,\n\nIs email ke madhyam se, main apne last payment ka refund maangti hoon.\n\nDhanyavaad,\nNora",
])
def test_a_formal_opener_is_no_reason(body):
    assert read_body(body, "Refund").fields.reason is None


@pytest.mark.parametrize("body, word", [
    ("Hola:\n\nPor este medio les informo que cerramos la tienda en octubre, cancelen el plan y devuelvan el último "
     "cobro.\n\nSaludos,\nNora", "cerramos"),
    ("Hello,\n\nBy this letter we confirm our studio shut down for good, please refund the last charge.\n\nRegards,"
     "\nNora", "shut down"),
])
def test_an_opener_that_goes_on_with_news_is_read(body, word):
    reason = read_body(body, "Refund").fields.reason
    assert reason is not None and word in reason


# -- 2. a closing formula is no reason ---------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Olá,\n\nPeço a devolução da última mensalidade.\n\nSem outro assunto de momento, apresento os meus melhores "
    "cumprimentos.\n\nNora Lopes\nGestora",
    "Hola,\n\nPido la devolución de la última cuota.\n\nSin más por el momento, le envío un cordial saludo y quedo "
    "pendiente.\n\nNora López\nGerente",
    "Hello,\n\nI request a refund of the latest monthly fee.\n\nNothing further at this time, I look forward to "
    "hearing from you.\n\nNora Lane\nManager",
    "Guten Tag,\n\nich bitte um Erstattung des letzten Monatsbeitrags.\n\nBei Fragen stehe ich gerne jederzeit "
    "telefonisch bereit.\n\nNora Lang\nLeitung",
])
def test_a_closing_formula_is_no_reason(body):
    assert read_body(body, "Refund").fields.reason is None


@pytest.mark.parametrize("body, word", [
    ("Hola,\n\nPido la devolución de la última cuota. Sin más remedio que cerrar, dejamos la agencia este mes."
     "\n\nNora", "cerrar"),
    ("Hola,\n\nPido la devolución de la última cuota. Sin más, cerramos la tienda este mes.\n\nNora", "cerramos"),
    ("Namaste,\n\nLast payment ka refund chahiye. Bas itna hi kehna hai ki humari dukaan band ho gayi.\n\nNora",
     "dukaan"),
    ("Hello,\n\nI request a refund of the latest fee. Nothing else works since the September update broke the "
     "dashboard.\n\nNora", "dashboard"),
])
def test_a_sentence_that_only_opens_like_a_closing_is_read(body, word):
    reason = read_body(body, "Refund").fields.reason
    assert reason is not None and word in reason


# -- 3. where the refund goes is no reason -----------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hello,\n\nPlease refund invoice LO-INV-4410, to my original card.\n\nThanks,\nNora",
    "Hola,\n\nSolicito el reembolso de la factura LO-INV-4410, a la cuenta de origen.\n\nGracias,\nNora",
    "Olá,\n\nPeço o reembolso da fatura LO-INV-4410, na conta de origem.\n\nObrigada,\nNora",
    "Bonjour,\n\nMerci de rembourser la facture LO-INV-4410, sur la carte utilisée initialement.\n\nMerci,\nNora",
    "Hallo,\n\nich bitte um Erstattung der Rechnung LO-INV-4410, auf die gleiche Karte wie bei der Zahlung.\n\nDanke,"
    "\nNora",
    "Namaste,\n\nMujhe invoice LO-INV-4410 ka refund chahiye, usi khate mein wapas.\n\nDhanyavaad,\nNora",
])
def test_where_the_refund_goes_is_no_reason(body):
    assert read_body(body, "Refund").fields.reason is None


@pytest.mark.parametrize("body, word", [
    ("Hello,\n\nPlease refund invoice LO-INV-4410, my original card was cloned and used by someone else.\n\nNora",
     "cloned"),
    ("Bonjour,\n\nMerci de rembourser la facture LO-INV-4410 : ma carte d'origine a été volée la semaine dernière."
     "\n\nNora", "volée"),
])
def test_a_payment_means_with_news_is_still_a_reason(body, word):
    reason = read_body(body, "Refund").fields.reason
    assert reason is not None and word in reason


# -- 4. a reply's subject above a receipt asks nothing -----------------------------------------------------------------

@pytest.mark.parametrize("subject, body", [
    ("Re: charged twice refund", "Hi,\n\nThe refund for the double charge has reached my account today. Thanks a lot!"),
    ("Re: double payment refund", "Namaste,\n\nPichle hafte wala refund aaj account mein aa gaya, bahut shukriya."),
])
def test_a_reply_subject_over_a_receipt_asks_nothing(subject, body):
    assert read_body(body, subject).intents == set()


@pytest.mark.parametrize("subject, body", [
    ("Re: charged twice refund", "Hi,\n\nThe August refund is back in my account, thanks. This month you charged "
     "me twice again, please refund the extra one."),
    ("Re: charged twice", "Hi,\n\nStill no refund for the double charge, please send it."),
    ("Re: double payment refund", "Namaste,\n\nPichla refund aa gaya, shukriya. Par is mahine phir se do baar paisa "
     "kata hai, wo bhi refund karo."),
])
def test_a_new_or_awaited_refund_under_a_reply_subject_is_still_asked(subject, body):
    assert read_body(body, subject).intents == {"refund"}


# -- end to end: no real reason asks for it (C3), never a deny on a fake one ------------------------------------------

def _ledger_file(tmp_path):
    data = {"customers": [{"brand": "leadsoptima", "email": "nora@example.com", "name": "Nora", "plan": "monthly",
                           "status": "active", "trial_ends": None, "current_period_start": "2025-09-05",
                           "current_period_end": "2025-10-04"}],
            "projects": [],
            "payments": [{"brand": "leadsoptima", "id": "pay_f30c", "invoice": "LO-INV-4410",
                          "customer_email": "nora@example.com", "kind": "subscription", "plan": "monthly",
                          "amount": "1499.00", "tax": "269.82", "currency": "INR", "paid_at": "2025-09-05T10:00:00",
                          "period_start": "2025-09-05", "period_end": "2025-10-04", "status": "paid"}]}
    path = tmp_path / "ledger.json"
    path.write_text(json.dumps(data))
    return path


def _triage(tmp_path, capsys, subject, body):
    from mailbot.cli import main
    from tests.heldout import CONFIG

    mail = tmp_path / "m.eml"
    mail.write_bytes(email_bytes("nora@example.com", LO_ADDRESS, subject, ist(2025, 9, 20, 10, 0), body))
    code = main(["--config", str(CONFIG), "triage", "--ledger", str(_ledger_file(tmp_path)),
                 "--now", "2025-10-01T10:00:00+05:30", "--json", str(mail)])
    assert code == 0
    got = json.loads(capsys.readouterr().out)
    return got[0] if isinstance(got, list) else got


@pytest.mark.parametrize("subject, body", [
    ("Solicitud de devolución", "Buenos días:\n\nPor medio de la presente, le solicito la devolución de mi cobro más "
     "reciente.\n\nSaludos,\nNora"),
    ("Pedido de devolução", "Olá,\n\nPeço a devolução da última mensalidade.\n\nSem outro assunto de momento, "
     "apresento os meus melhores cumprimentos.\n\nNora Lopes\nGestora"),
    ("Remboursement", "Bonjour,\n\nMerci de rembourser la facture LO-INV-4410, sur la carte utilisée initialement."
     "\n\nMerci,\nNora"),
])
def test_no_real_reason_asks_for_it(tmp_path, capsys, subject, body):
    got = _triage(tmp_path, capsys, subject, body)
    assert got["status"] == "need_info" and got["missing"] == ["reason"] and got["decisions"] == []


def test_a_real_reason_is_still_decided(tmp_path, capsys):
    got = _triage(tmp_path, capsys, "Remboursement", "Bonjour,\n\nMerci de rembourser la facture LO-INV-4410, nous "
                  "fermons notre agence à la fin du mois.\n\nMerci,\nNora")
    assert [(d["intent"], d["outcome"]) for d in got["decisions"]] == [("refund", "deny")]


def test_a_reply_subject_over_a_receipt_is_left_for_staff(tmp_path, capsys):
    got = _triage(tmp_path, capsys, "Re: double charge refund",
                  "Hi,\n\nThe refund for the double charge has reached my account this morning. Many thanks!\n\nNora")
    assert got["status"] == "other" and got["decisions"] == []
