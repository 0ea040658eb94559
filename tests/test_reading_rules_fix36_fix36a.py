"""Rules of fix36a behind fresh25's negation, hypothetical, threat and thread-answer misses (es/pt/en), each with
sentences of its own (none copied from any round or from the phrasebook).

- A refund declined with any article or possessive ("no queremos la devolución", "não precisamos mais do reembolso",
  "we no longer need the refund", "nous n'avons plus besoin du remboursement") asks nothing, and so does an earlier
  refund mail withdrawn ("ignoren mi correo anterior sobre la devolución", "disregard my previous email about the
  refund"); "no recibimos la devolución" and "please don't ignore my email about the refund" still ask.
- In a thread, a later email that declines the refund takes back the refund an earlier email asked: nothing is
  approved; a later email that asks again keeps it.
- An email telling the customer has not bought yet (``intents.before_buying``: "we're evaluating CRMs", "estamos
  por contratar") asks nothing in its questions; "refund question" in a subject names a topic.
- A chargeback the customer rules out ("I've never filed a chargeback and won't start now") is no C4 threat, unless
  a hedge follows ("..., but I will if ...").
- A pt-PT Gmail quote header ("No dia sex., 12/09/2025 às 09:10, X escreveu:") below the customer's answer no
  longer hides that answer.
"""

from __future__ import annotations

import json

import pytest

from mailbot.clock import FixedClock
from mailbot.pipeline import Triage
from tests.helpers import EXAMPLES, LO_ADDRESS, config, inbound, ist, ledger, read_body


def intents(body: str, subject: str = "Hello") -> set:
    return set(read_body(body, subject=subject).intents)


# -- 1. a refund declined with any article or possessive ----------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hola,\n\nAl final nos quedamos con el servicio; no queremos la devolución.\n\nNora",
    "Hola,\n\nYa no necesitamos la devolución del depósito, seguimos adelante.\n\nNora",
    "Hola,\n\nNo quiero mi reembolso, me quedo con ustedes.\n\nNora",
    "Hola,\n\nNo pedimos esa devolución, era un malentendido.\n\nNora",
    "Olá,\n\nDecidimos continuar, não queremos a devolução.\n\nNora",
    "Olá,\n\nJá não precisamos do reembolso, obrigado.\n\nNora",
    "Olá,\n\nNão precisamos mais da devolução da entrada.\n\nNora",
    "Hi,\n\nWe talked it over and no longer need the refund.\n\nNora",
    "Hi,\n\nI no longer want my money back, we're carrying on.\n\nNora",
    "Bonjour,\n\nNous n'avons plus besoin du remboursement, nous continuons.\n\nNora",
])
def test_a_refund_declined_with_an_article_asks_nothing(body):
    assert "refund" not in intents(body, "Update")


@pytest.mark.parametrize("body", [
    "Hola,\n\nNo queremos esperar más, queremos la devolución del depósito.\n\nNora",
    "Hola,\n\nNo recibimos la devolución todavía.\n\nNora",
    "Hola,\n\nNo necesitamos más el servicio, queremos la devolución.\n\nNora",
    "Olá,\n\nNão recebemos a devolução até agora.\n\nNora",
    "Olá,\n\nNão precisamos mais do serviço, queremos o reembolso.\n\nNora",
    "Hi,\n\nWe no longer need the service, please refund the fee.\n\nNora",
    "Bonjour,\n\nNous n'avons plus besoin du site, merci de nous rembourser.\n\nNora",
])
def test_a_refund_asked_beside_a_negation_still_asks(body):
    assert "refund" in intents(body, "Update")


# -- 2. an earlier refund mail withdrawn ------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hola,\n\nOlviden mi correo anterior sobre la devolución, seguimos con ustedes.\n\nNora",
    "Hola,\n\nIgnoren lo del reembolso, al final continuamos.\n\nNora",
    "Hola,\n\nPueden ignorar mi pedido de devolución.\n\nNora",
    "Hola,\n\nDesistimos de la devolución.\n\nNora",
    "Olá,\n\nPodem ignorar o meu e-mail anterior sobre o reembolso.\n\nNora",
    "Olá,\n\nDesistimos do reembolso, vamos continuar.\n\nNora",
    "Hi,\n\nPlease disregard my previous email about the refund.\n\nNora",
    "Bonjour,\n\nNe tenez pas compte de ma demande de remboursement.\n\nNora",
    "Bonjour,\n\nOubliez mon mail précédent concernant le remboursement.\n\nNora",
])
def test_an_earlier_refund_mail_withdrawn_asks_nothing(body):
    assert "refund" not in intents(body, "Re: Update")


@pytest.mark.parametrize("body", [
    "Hola,\n\nNo olviden lo del reembolso, por favor.\n\nNora",
    "Hola,\n\nNo ignoren mi correo anterior sobre la devolución.\n\nNora",
    "Olá,\n\nNão ignorem o meu e-mail sobre o reembolso.\n\nNora",
    "Hi,\n\nPlease don't ignore my email about the refund.\n\nNora",
    "Hi,\n\nYou ignored my previous email about the refund, please refund me.\n\nNora",
])
def test_a_withdrawal_negated_or_told_still_asks(body):
    assert "refund" in intents(body, "Re: Update")


# -- 3. a later email of the thread takes the refund back -----------------------------------------------------------

CFG = config()
TRIAGE = Triage(CFG, ledger(json.loads((EXAMPLES / "ledger.json").read_text(encoding="utf-8")), CFG),
                FixedClock(ist(2025, 7, 8, 12, 0)))
ASKED = "Hi, I was charged twice for my annual plan. Invoice LO-INV-1002. Please refund the duplicate."


def _thread(answer: str):
    first = inbound("asha@example.in", LO_ADDRESS, "Refund", ist(2025, 7, 8, 10, 0), ASKED)
    later = inbound("asha@example.in", LO_ADDRESS, "Re: Refund", ist(2025, 7, 8, 11, 0), answer)
    return TRIAGE.decide([first, later])


@pytest.mark.parametrize("answer", [
    "Hi again, please forget my earlier mail: we sorted it out with our bank and don't want the refund.",
    "Hola de nuevo: olviden mi correo anterior, no queremos la devolución.",
    "Olá: desconsiderem o meu pedido de reembolso, já não precisamos do reembolso.",
])
def test_a_refund_declined_in_a_later_email_is_not_approved(answer):
    result = _thread(answer)
    assert not any(d.outcome == "approve" for d in result.verdict.decisions), result.verdict.trace
    assert result.verdict.status == "other", result.verdict.trace


def test_a_later_email_that_asks_again_keeps_the_refund():
    result = _thread("Hi, just checking: please go ahead with the refund of the duplicate charge.")
    assert [(d.intent, d.outcome) for d in result.verdict.decisions] == [("refund", "approve")], result.verdict.trace


# -- 4. a question before buying -----------------------------------------------------------------------------------

@pytest.mark.parametrize("subject, body", [
    ("Hello", "Hola,\n\nEstamos por contratar una tienda en línea. ¿El plan anual se puede cancelar?\n\nNora"),
    ("Hello", "Hola,\n\nTodavía no somos clientes. ¿La cuota de inicio se puede devolver?\n\nNora"),
    ("Hello", "Olá,\n\nEstamos pensando em contratar. Dá para cancelar a hospedagem anual?\n\nNora"),
    ("Hello", "Hi,\n\nWe're evaluating a few CRMs right now. Can we cancel the yearly plan later?\n\nNora"),
    ("Hello", "Hi,\n\nWe are about to sign up for the annual plan. Could I cancel it after two months?\n\nNora"),
    ("Yearly plan refund question", "Hi,\n\nIf we buy the yearly plan and stop in month three, is the rest "
                                    "refunded?\n\nNora"),
    ("Hello", "Bonjour,\n\nNous comparons plusieurs agences. Peut-on résilier l'hébergement annuel ?\n\nNora"),
    ("Hallo", "Hallo,\n\nWir vergleichen gerade mehrere Anbieter. Kann ich den Jahresplan später kündigen?\n\nNora"),
])
def test_a_question_before_buying_asks_nothing(subject, body):
    assert intents(body, subject) == set()


@pytest.mark.parametrize("subject, body", [
    ("Refund question", "Hi,\n\nWe were charged twice this month. Please refund the second charge.\n\nNora"),
    ("Hello", "Hola,\n\nEstamos por cerrar la tienda. ¿Pueden cancelar nuestro plan?\n\nNora"),
    ("Hello", "Hola,\n\nEstamos por contratar el plan anual. Cancelen mi plan mensual, por favor.\n\nNora"),
    ("Hello", "Hi,\n\nBefore we signed up you said refunds were easy. Can you refund the annual fee?\n\nNora"),
    ("Hello", "Hi,\n\nWe're thinking about cancelling. Can you cancel at the end of the month?\n\nNora"),
])
def test_a_request_beside_words_of_buying_still_asks(subject, body):
    assert intents(body, subject)


# -- 5. a chargeback ruled out ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hi,\n\nThe renewal was billed at the wrong price. I have never filed a chargeback and won't start now - just "
    "refund the difference.\n\nNora",
    "Hi,\n\nYou billed the wrong amount. We will not open a dispute, please simply refund the difference.\n\nNora",
    "Hola,\n\nMe cobraron un monto equivocado. Nunca he hecho un contracargo, solo quiero la diferencia.\n\nNora",
    "Olá,\n\nCobraram o valor errado. Não vou abrir contestação no cartão, só quero o estorno da diferença.\n\nNora",
    "Bonjour,\n\nMontant erroné. Je ne vais pas faire opposition au paiement, remboursez la différence.\n\nNora",
    "Hallo,\n\nFalscher Betrag. Ich werde keinen Chargeback veranlassen, bitte erstatten Sie die Differenz.\n\nNora",
    "Namaste,\n\nGalat amount kata. Maine kabhi chargeback nahi kiya, bas difference refund kar do.\n\nNora",
])
def test_a_chargeback_ruled_out_is_no_threat(body):
    assert read_body(body, "Wrong amount").dispute is None


@pytest.mark.parametrize("body", [
    "Hi,\n\nYou billed the wrong amount. I don't want to do a chargeback, but I will if this isn't fixed.\n\nNora",
    "Hi,\n\nYou billed the wrong amount. I won't file a chargeback yet. Please refund the difference.\n\nNora",
    "Hi,\n\nRefund the difference or I will file a chargeback with my bank.\n\nNora",
    "Hola,\n\nNo quiero hacer un contracargo, pero lo haré si no me devuelven la diferencia.\n\nNora",
    "Hallo,\n\nIch will keinen Chargeback machen, aber wenn nichts passiert, dann schon.\n\nNora",
    "Namaste,\n\nChargeback nahi karunga lekin agar refund nahi mila to sochunga.\n\nNora",
])
def test_a_chargeback_ruled_out_with_a_hedge_stays_a_threat(body):
    assert read_body(body, "Wrong amount").dispute


# -- 6. a pt-PT Gmail quote header below the answer -------------------------------------------------------------------

ANSWER = ("Olá, o motivo é que a fatura foi paga duas vezes no mesmo dia (a primeira é a LO-INV-1001).\n\nRita\n\n")


@pytest.mark.parametrize("header", [
    "No dia sex., 12/09/2025 às 09:10, LeadsOptima Suporte <support@leadsoptima.com> escreveu:\n",
    "Qqq sex., 12/09/2025 às 09:10, LeadsOptima Suporte <support@leadsoptima.com> escreveu:\n",
])
def test_the_answer_above_a_dated_quote_header_is_read(header):
    found = read_body(ANSWER + header + "> Indique o motivo do pedido, por favor.\n", "Re: Reembolso LO-INV-1002")
    assert found.fields.reason_code == "duplicate_payment"
    assert "refund" in found.intents


def test_a_header_wrapped_over_a_blank_line_is_still_one_header():
    body = ("Please cancel at the end of the month, we are closing the studio.\n\n"
            "On Fri, 12 Sep 2025 at 09:10\n\nLeadsOptima Support <support@leadsoptima.com> wrote:\n> Hello\n")
    found = read_body(body, "Re: Cancellation")
    assert "cancellation" in found.intents
    assert "Hello" not in (found.fields.reason or "")


@pytest.mark.parametrize("answer", [
    "Thanks, the refund has reached our account today.",
    "Gracias, ya recibí el reembolso.",
])
def test_a_refund_told_as_received_in_a_later_email_is_not_approved_again(answer):
    result = _thread(answer)
    assert not any(d.outcome == "approve" for d in result.verdict.decisions), result.verdict.trace


@pytest.mark.parametrize("body", [
    "Hola,\n\nDevuélvanme la diferencia, si no voy a hacer un contracargo con mi banco.\n\nNora",
    "Olá,\n\nDevolvam a diferença, se não vou abrir contestação no cartão.\n\nNora",
])
def test_a_negation_that_states_a_threats_condition_is_no_ruling_out(body):
    assert read_body(body, "Cobro").dispute
