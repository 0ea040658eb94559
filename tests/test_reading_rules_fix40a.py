"""fix40a: the fresh28 round's Spanish and Portuguese misses, read as families, each with phrasings of its own (none
copied from the round) in two languages or more, and near misses that must keep reading as before.

- A refund named as already approved, asked about ('la devolución que nos confirmaron, ¿cuándo llega?', 'o estorno
  que vocês aprovaram', 'the refund you approved', 'le remboursement que vous avez validé', 'die Erstattung, die Sie
  genehmigt haben'): nothing new asked (other); a refund of what was paid is still asked.
- A refund thanked for beside something else, the sentence ending there ('obrigada pelo atendimento e pelo estorno.'):
  nothing asked; a refund still to come beside the thanks is still asked.
- A LeadsOptima cancellation from a record that holds no plan (no plan, no charges) and none stated: C3 asks for it.
- Money asked back with 'retornar' ('que nos retornen el anticipo', 'nos retornem o sinal'), only to the customer.
- A dispute the customer rules out, several at once joined by a negative coordinator ('no voy a reclamar al banco ni a
  presentar una hoja de reclamación en consumo', 'não vou abrir disputa no cartão nem registrar queixa no Procon',
  'I won't go to my bank nor file a chargeback'), or with the will denied by its object ('no tengo ninguna intención
  de', 'não tenho nenhuma intenção de'): no C4 threat (section 8). A hedge after it ('a não ser que', 'si no')
  keeps the threat, and so does a dispute after a 'ni' that no decline governs.
"""

from __future__ import annotations

import pytest

from tests.helpers import read_body


def read(body: str, brand: str = "lo", subject: str = "Hello"):
    return read_body(body + "\n\nNora", subject=subject, brand=brand)


@pytest.mark.parametrize("body", [
    "Cobrado dos veces (LO-INV-2830 y LO-INV-2831). No vamos a quejarnos al banco ni a presentar una hoja de "
    "reclamación en consumo. Devolvednos el segundo cargo.",
    "Nos cobraron dos veces. No tenemos la menor intención de hacer un contracargo ni de poner una reclamación en "
    "consumo; por favor devuelvan el cargo repetido.",
    "Cobrança em dobro (LO-INV-2931 e LO-INV-2932). Não vou abrir disputa no cartão nem registrar queixa no Procon. "
    "Por favor, devolvam o valor da segunda cobrança.",
    "Cobrança em dobro (LO-INV-2931 e LO-INV-2932). Não tenho nenhuma intenção de abrir chargeback no banco nem de "
    "reclamar no Procon. Por favor, devolvam o valor da segunda cobrança.",
    "Charged twice (LO-INV-2830 and LO-INV-2831). I won't go to my bank nor file a chargeback, just refund the "
    "second charge please.",
])
def test_disputes_ruled_out_together_are_no_threat(body):
    result = read(body)
    assert "refund" in result.intents
    assert result.dispute is None


@pytest.mark.parametrize("body", [
    "Cobrança em dobro (LO-INV-2931 e LO-INV-2932). Não vou abrir disputa no cartão nem registrar queixa no Procon, "
    "a não ser que demorem. Por favor, devolvam o valor da segunda cobrança.",
    "Cobrado dos veces (LO-INV-2830 y LO-INV-2831). No vamos a quejarnos al banco ni a nadie, pero si no me "
    "devolvéis el dinero haré un contracargo.",
    "Cobrado dos veces (LO-INV-2830 y LO-INV-2831). No quiero esperar más ni un día: haré un contracargo.",
    "Cobrança em dobro (LO-INV-2931 e LO-INV-2932). Não vou esperar nem mais um dia, vou abrir um chargeback.",
    "Cobrança em dobro (LO-INV-2931 e LO-INV-2932). Vou registrar queixa no Procon. Devolvam o valor da segunda.",
])
def test_a_dispute_not_ruled_out_stays_a_threat(body):
    assert read(body).dispute is not None


# -- a refund thanked for beside something else, the sentence ending there: nothing asked (pt-l27's family) ----------
@pytest.mark.parametrize("body", [
    "Obrigada pelo atendimento atencioso e pelo estorno. Tudo resolvido por aqui.",
    "Muchas gracias por la paciencia y por la devolución. Un saludo.",
    "Thanks a lot for your patience and the refund.",
    "Merci pour votre patience et pour le remboursement.",
    "Vielen Dank für die Geduld und die Erstattung.",
])
def test_a_refund_thanked_for_beside_something_else_asks_nothing(body):
    assert read(body, subject="Re: Pagamento duplicado [LO-4244]").intents == set()


@pytest.mark.parametrize("body", [
    "Gracias por la paciencia y por la devolución que me harán, espero que sea pronto.",
    "Obrigado pela atenção. Quero o reembolso da cobrança duplicada (LO-INV-2931).",
    "Thanks for your help and the refund, which I still haven't received.",
])
def test_a_refund_still_asked_beside_thanks_is_still_asked(body):
    assert "refund" in read(body).intents


# -- a refund named as already approved, asked about (when, where it arrives): nothing new asked (es-o24's family) ----
@pytest.mark.parametrize("body", [
    "Buenas, el reembolso que ya me confirmaron ¿llega a la tarjeta o por transferencia?",
    "Oi, o estorno que vocês aprovaram cai em quantos dias úteis? Obrigada",
    "Hi, the refund you approved last week, how many days until it shows on my card?",
    "Bonjour, le remboursement que vous avez validé la semaine dernière, il arrive sous combien de jours ?",
    "Hallo, die Erstattung, die Sie bereits genehmigt haben: wann ist sie auf dem Konto?",
])
def test_a_question_about_an_approved_refund_asks_nothing(body):
    assert read(body, brand="owd", subject="Consulta").intents == set()


@pytest.mark.parametrize("body", [
    "Hola, quiero la devolución del depósito que pagamos ayer, el proyecto ya no sigue.",
    "Oi, quero o reembolso do sinal que paguei ontem, desistimos do projeto.",
    "Hi, I want the refund of the deposit we paid yesterday, we dropped the project.",
])
def test_a_refund_of_what_was_paid_is_still_asked(body):
    assert "refund" in read(body, brand="owd", subject="Consulta").intents


# -- a cancellation from a record on file that holds no plan (no plan, no charges): C3 asks for the plan (es-l39) -----
def _cancel(body: str, plan):
    from datetime import timedelta

    from mailbot.clock import FixedClock
    from mailbot.pipeline import Triage
    from tests.helpers import LO_ADDRESS, config, inbound, ist, ledger
    cfg = config()
    when = ist(2025, 9, 30, 10, 0)
    data = {"customers": [{"brand": "leadsoptima", "email": "nora@example.com", "name": "Nora", "plan": plan,
                           "status": "active", "trial_ends": None, "current_period_start": "2025-09-28",
                           "current_period_end": "2025-10-27"}], "payments": []}
    triage = Triage(cfg, ledger(data, cfg), FixedClock(when + timedelta(hours=1)))
    return triage.decide([inbound("nora@example.com", LO_ADDRESS, "Cuenta", when, body + "\n\nNora")]).verdict


@pytest.mark.parametrize("body", [
    "Por favor, cancelen nuestra suscripción; la abrió un antiguo socio y no sé qué tarifa tiene. Cerramos el negocio.",
    "Por favor, cancelem a nossa assinatura; foi o antigo sócio que contratou e não sei qual é o plano. Vamos fechar.",
    "Please cancel our account, my former partner set it up and I have no idea which plan it is. We are closing.",
])
def test_a_cancellation_without_a_plan_anywhere_asks_for_it(body):
    verdict = _cancel(body, None)
    assert verdict.status == "need_info" and verdict.missing == ["plan"]


def test_a_cancellation_with_the_plan_on_record_is_decided():
    verdict = _cancel("Por favor, cancelen nuestra suscripción, cerramos el negocio.", "monthly")
    assert verdict.status == "decided"


def test_a_cancellation_with_the_plan_stated_is_decided():
    verdict = _cancel("Por favor, cancelen nuestro plan mensual, cerramos el negocio.", None)
    assert verdict.status == "decided"


# -- money asked back with 'retornar' (es-o20's first mail; Catalonia, the Southern Cone, Portuguese) ----------------
@pytest.mark.parametrize("body", [
    "Queremos anular el proyecto y que nos retornen el anticipo, gracias.",
    "Retórnennos el depósito, por favor, el proyecto no sigue.",
    "Bom dia, desistimos do site, por favor nos retornem o sinal que pagamos.",
])
def test_money_asked_back_with_retornar_is_a_refund(body):
    assert "refund" in read(body, brand="owd").intents


@pytest.mark.parametrize("body", [
    "La API nos retorna el listado de clientes vacío.",
    "A API nos retorna a lista de clientes vazia.",
    "Cuando retornen de vacaciones, llámennos para ver el diseño.",
])
def test_retornar_without_money_asks_nothing(body):
    assert "refund" not in read(body, brand="owd").intents
