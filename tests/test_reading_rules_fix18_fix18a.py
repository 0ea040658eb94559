"""Reading rules generalised from the tenth fresh round's Spanish, Portuguese and English misses (fix18a),
each with sentences of its own (none copied from any round), in every language where the same rule exists.

- "dar de baja" asked in any person of the subjunctive or imperative ("que me deis de baja", "que me des
  de baja", "deme de baja") asks to cancel, like "den de baja" does; told in the past ("me di de baja")
  or negated it does not.
- A refund declined after "nem" / "ni" / "nor" with a verb ("não quero cancelar nada nem pedir
  reembolso", "no quiero darme de baja ni pedir un reembolso", "nor ask for a refund") adds no refund
  (section 8, a negated part adds nothing).
- A refund told as already arrived ("o estorno que pedi já caiu no cartão", "el reembolso ya me llegó",
  "my refund has finally come through") is a past event, not a request; a refund that has not arrived
  yet is still asked for (the older es/pt patterns read "el reembolso todavía no ha llegado" and "o reembolso
  ainda não caiu" as arrived: they now need "ya"/"já" or the verb right after the noun).
- "Haven't opened / loaded" is an access failure only with the thing as its subject ("the dashboard
  hasn't loaded"); the customer not opening the tool ("I haven't opened the tool in months") is not
  using it, no exception.
- A part after the request that only says when it takes effect ("with effect from the next cycle",
  "effective from the end of this month", "zum nächsten Zyklus") is no reason: Optima then asks for it.
"""

from __future__ import annotations

import pytest

from mailbot.reading.extract import Extractor
from tests.helpers import LO_ADDRESS, OWD_ADDRESS, config, inbound, ist

CFG = config()
LO = Extractor(CFG.brands["leadsoptima"])
OWD = Extractor(CFG.brands["optima_webdesign"])


def read(body: str, subject: str = "Hello"):
    return LO.extract(inbound("nora@example.com", LO_ADDRESS, subject, ist(2025, 9, 10, 10, 0), body))


def read_owd(body: str, subject: str = "Hello"):
    return OWD.extract(inbound("nora@example.com", OWD_ADDRESS, subject, ist(2025, 9, 10, 10, 0), body))


# -- 'dar de baja' in any person ------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hola,\n\nLa herramienta no me sirve para nada. Os pido que me deis de baja este mismo mes.\n\nSaludos\nLuis",
    "Hola,\n\nNecesito que me des de baja del plan mensual, ya no lo uso.\n\nGracias\nLuis",
    "Buenas tardes,\n\nPor favor, deme de baja de la suscripción anual.\n\nAtentamente\nLuis",
    "Hola,\n\nQuiero que nos deis de baja a los dos usuarios de la cuenta.\n\nSaludos\nLuis",
])
def test_dar_de_baja_in_any_person_asks_to_cancel(body):
    assert "cancellation" in read(body).intents


@pytest.mark.parametrize("body", [
    "Hola,\n\nNo quiero que me deis de baja, solo cambiar la tarjeta de pago.\n\nSaludos\nLuis",
    "Hola,\n\nEl mes pasado ya me di de baja del plan y hoy veo otro cargo.\n\nSaludos\nLuis",
    "Hola,\n\n¿Qué significa que una cuenta esté de baja temporal?\n\nSaludos\nLuis",
])
def test_dar_de_baja_negated_or_told_asks_no_cancellation(body):
    assert "cancellation" not in read(body).intents


# -- a refund declined after 'nem' / 'ni' / 'nor' ------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Oi,\n\nNão vou cancelar o plano nem pedir estorno, só preciso da segunda via da fatura de agosto."
    "\n\nAbraços\nRita",
    "Olá,\n\nNão queremos encerrar a conta nem solicitar reembolso nenhum: a dúvida é só sobre o boleto."
    "\n\nObrigado\nRita",
    "Hola,\n\nNo quiero darme de baja ni pedir un reembolso, solo saber cuándo se cobra la próxima "
    "factura.\n\nGracias\nPablo",
    "Hola,\n\nNo voy a cancelar nada ni reclamar la devolución; solo quiero el recibo de julio.\n\n"
    "Gracias\nPablo",
    "Hi,\n\nWe don't want to close the account, nor do we want to ask for a refund. We only need a copy of "
    "the August invoice.\n\nThanks\nOmar",
])
def test_refund_declined_after_nem_ni_nor_adds_no_intent(body):
    assert read(body).intents == set()


@pytest.mark.parametrize("body", [
    "Oi,\n\nQuero cancelar e pedir o estorno da mensalidade, nem uso mais a ferramenta.\n\nRita",
    "Hola,\n\nNo he podido entrar ni una vez este mes: pido el reembolso de la cuota.\n\nPablo",
    "Hi,\n\nNeither my team nor I can log in. Please refund this month.\n\nOmar",
])
def test_nem_ni_nor_elsewhere_keeps_the_refund(body):
    assert "refund" in read(body).intents


# -- a refund told as already arrived ----------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Oi,\n\nSó para avisar: o estorno da cobrança em dobro que solicitei já caiu na conta. Valeu!\n\nCaio",
    "Olá,\n\nO meu reembolso de agosto já foi creditado no cartão, obrigado pela rapidez.\n\nCaio",
    "Hola,\n\nOs escribo para decir que el reembolso del cargo doble ya me llegó a la tarjeta. Gracias."
    "\n\nMarta",
    "Hi,\n\nJust letting you know that my refund for the double charge has finally come through. "
    "Thanks!\n\nOmar",
    "Hi,\n\nThe refund you processed last week has already arrived in our account, many thanks.\n\nOmar",
])
def test_refund_already_arrived_is_no_request(body):
    assert read(body).intents == set()


@pytest.mark.parametrize("body", [
    "Oi,\n\nFui cobrada duas vezes e o estorno ainda não caiu na conta. Por favor, verifiquem.\n\nCaio",
    "Oi,\n\nPaguei duas vezes a mensalidade e o reembolso ainda não caiu. Aguardo.\n\nCaio",
    "Hola,\n\nMe cobrasteis dos veces y el reembolso todavía no ha llegado. Lo necesito ya.\n\nMarta",
    "Hi,\n\nI was charged twice and my refund has not arrived yet. Please refund the second charge."
    "\n\nOmar",
    "Hi,\n\nPlease refund me, the new invoice already arrived with the wrong amount.\n\nOmar",
])
def test_refund_not_yet_arrived_is_still_asked(body):
    assert "refund" in read(body).intents


# -- not opening the tool is not an access failure --------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hi,\n\nI haven't opened the dashboard since July. Please refund this month.\n\nAnu",
    "Hi,\n\nWe have not opened the app in weeks, so please refund the renewal.\n\nAnu",
    "Hi,\n\nHonestly I hadn't opened the tool once this quarter. Refund the renewal please.\n\nAnu",
])
def test_customer_not_opening_the_tool_is_no_access_failure(body):
    assert read(body).fields.reason_code != "access_failure"


@pytest.mark.parametrize("body", [
    "Hi,\n\nThe dashboard hasn't loaded for three days. Please refund this month.\n\nAnu",
    "Hi,\n\nMy reports have not loaded since Monday, please refund.\n\nAnu",
    "Hi,\n\nThe page has not been loading all week. Please refund.\n\nAnu",
    "Hi,\n\nIt hasn't opened since your update. Refund please.\n\nAnu",
])
def test_the_tool_not_loading_stays_an_access_failure(body):
    assert read(body).fields.reason_code == "access_failure"


# -- a part that only says when the request takes effect is no reason --------------------------------

@pytest.mark.parametrize("body", [
    "Dear team,\n\nPlease cancel the Blue Lotus Retainer, invoice OWD-2025-111, effective from the end of "
    "this month.\n\nRegards,\nAnil",
    "Dear team,\n\nKindly terminate the Blue Lotus Retainer (OWD-2025-111), starting from the next billing "
    "cycle.\n\nRegards,\nAnil",
    "Dear team,\n\nPlease cancel the Blue Lotus Retainer, invoice OWD-2025-111, from next month onwards."
    "\n\nRegards,\nAnil",
    "Hallo,\n\nbitte kündigen Sie den Blue Lotus Retainer, Rechnung OWD-2025-111, mit Wirkung zum "
    "Monatsende.\n\nGrüße\nAnna",
    "Hallo,\n\nbitte kündigen Sie den Blue Lotus Retainer, Rechnung OWD-2025-111, zum nächsten Zyklus."
    "\n\nGrüße\nAnna",
])
def test_a_timing_part_is_no_reason(body):
    found = read_owd(body)
    assert "cancellation" in found.intents
    assert found.fields.reason is None


@pytest.mark.parametrize("body", [
    "Dear team,\n\nPlease cancel the Blue Lotus Retainer, invoice OWD-2025-111, as our marketing budget for "
    "next year was cut.\n\nRegards,\nAnil",
    "Dear team,\n\nPlease cancel the Blue Lotus Retainer, invoice OWD-2025-111, from next month we move to "
    "an in-house team.\n\nRegards,\nAnil",
    "Hallo,\n\nbitte kündigen Sie den Blue Lotus Retainer, Rechnung OWD-2025-111, da wir das Marketing ab "
    "dem nächsten Jahr selbst machen.\n\nGrüße\nAnna",
])
def test_a_reason_with_a_time_in_it_stays_a_reason(body):
    found = read_owd(body)
    assert "cancellation" in found.intents
    assert found.fields.reason is not None
