"""Reading rules generalised from the seventh fresh round's Spanish and Portuguese misses (fix15a), each
with sentences of its own (none copied from any round), in every language where the same rule exists.

- A stated intention not to ask for a refund ("I'm not going to ask for a refund", "Não tenciono
  solicitar qualquer estorno") declines the refund like "I don't want a refund" does.
"""

from __future__ import annotations

import pytest

from mailbot.reading.extract import Extractor
from tests.helpers import LO_ADDRESS, config, inbound, ist

CFG = config()
LO = Extractor(CFG.brands["leadsoptima"])


def read(body: str, subject: str = "Hello"):
    return LO.extract(inbound("nora@example.com", LO_ADDRESS, subject, ist(2025, 9, 10, 10, 0), body))


# -- no intention to ask for a refund ----------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hi,\n\nPlease close my subscription at the end of the cycle. I'm not going to ask for a refund "
    "for this month.\n\nThanks\nAmit",
    "Hi,\n\nKindly cancel the plan. We don't plan to request any refund, we just want no further renewals."
    "\n\nBest\nMaya",
    "Hi,\n\nPlease cancel my account. I have no intention of claiming a refund.\n\nRegards\nOlu",
    "Buenas,\n\nQuiero cancelar la suscripción mensual. No voy a pedir ningún reembolso, solo que "
    "no se renueve.\n\nSaludos\nMarta",
    "Buenas,\n\nCancelen el plan, por favor. No tenemos intención de reclamar la devolución del mes.\n\n"
    "Saludos\nMarta",
    "Bom dia,\n\nQuero cancelar o plano mensal. Não vamos pedir reembolso nenhum, só não queremos renovar."
    "\n\nObrigado\nTiago",
    "Bom dia,\n\nPor favor cancelem a assinatura. Não estou a pedir o estorno deste mês.\n\nObrigado\nTiago",
    "Bonjour,\n\nMerci de résilier mon abonnement. Nous n'allons pas réclamer de remboursement pour ce "
    "mois.\n\nCordialement\nLuc",
    "Hallo,\n\nbitte kündigen Sie unser Abo. Wir haben nicht vor, eine Rückerstattung zu verlangen.\n\n"
    "Grüße\nPia",
    "Namaste,\n\nhumara plan cancel kar dijiye. Refund lene ka koi irada nahi hai.\n\nDhanyavaad\nRavi",
])
def test_no_intention_to_ask_for_a_refund_declines_it(body):
    assert read(body).intents == {"cancellation"}


@pytest.mark.parametrize("body", [
    # the intention declined is something else (waiting, paying): the refund is still asked
    "Hi,\n\nI'm not going to wait another week: please refund the charge from the 3rd and cancel.\n\n"
    "Thanks\nAmit",
    "Buenas,\n\nNo voy a seguir pagando, cancelen el plan y devuélvanme el último cargo.\n\nSaludos\nMarta",
    "Bom dia,\n\nNão vou esperar mais: cancelem o plano e quero o reembolso da última cobrança.\n\n"
    "Obrigado\nTiago",
    "Bonjour,\n\nJe ne vais pas attendre davantage : résiliez et remboursez le dernier prélèvement.\n\n"
    "Cordialement\nLuc",
])
def test_a_refund_asked_beside_another_declined_intention_is_read(body):
    assert "refund" in read(body).intents
