"""Reading rules behind the fresh17 misses in French and Portuguese (fix24f), each with sentences of its own
(none copied from any round or from the phrasebook).

- The other branch of a question asked as an alternative ('Ou posso só encerrar no fim?', 'Ou bien je peux
  simplement résilier ensuite ?', '¿O puedo solo cancelar después?', 'Or can we just cancel later?') after a
  conditional question asks about the same hypothetical case; a plain 'Can I cancel?' still asks.
- A refund asked about as something one would 'have' under a condition ('se não funcionar, tenho reembolso?').
- A formal lead-in before the sign-off ('Vous en souhaitant bonne réception, je vous prie d'agréer ...', 'Sem
  mais de momento, subscrevemo-nos com os melhores cumprimentos'): a sign-off, never the reason.
- The money given back told in the past tense ('devolveram o dinheiro', 'nos devolvieron el importe'):
  history, not a refund request; 'devolvam o dinheiro' still asks.
- A plan that can no longer be kept ('não dá mais para manter a avença'); a monthly service ended without an
  article, as in a subject ('encerrar manutenção mensal').
- A sponsor or funding lost (pt/fr/es), costs being cut (pt/es): a reason ('perdemos o patrocinador', 'recortamos gastos').
"""

from __future__ import annotations

import pytest

from tests.helpers import LO_ADDRESS, OWD_ADDRESS, inbound, ist, _reader


def read(body: str, brand: str = "leadsoptima", subject: str = "Consulta"):
    to = LO_ADDRESS if brand == "leadsoptima" else OWD_ADDRESS
    return _reader(brand).extract(inbound("nora@example.com", to, subject, ist(2025, 9, 10, 10, 0), body + "\n\nNora"))


@pytest.mark.parametrize("body", [
    "Penso em assinar o plano trimestral. Se a equipe não se adaptar, recebo algo de volta? Ou posso só cancelar depois?",
    "J'hésite à prendre l'offre annuelle. Si l'outil ne convient pas, serai-je remboursée ? Ou bien je peux "
    "simplement résilier ensuite ?",
    "Estoy pensando en el plan anual. Si no nos sirve, ¿nos devuelven algo? ¿O puedo solo cancelar después?",
    "We are thinking about the yearly plan. If it does not suit us, do we get money back? Or can we just cancel later?",
])
def test_the_other_branch_of_a_conditional_question(body):
    found = read(body)
    assert found.intents == set()
    assert any("policy question" in note for note in found.notes)


@pytest.mark.parametrize("body", [
    "Posso cancelar o meu plano mensal? Já não uso a ferramenta.",
    "Je peux résilier mon abonnement ? Nous n'utilisons plus l'outil.",
    "¿Puedo cancelar mi plan mensual? Ya no lo usamos.",
    "Can I cancel my monthly plan? We no longer use it.",
])
def test_a_plain_question_to_cancel_still_asks(body):
    assert read(body).intents == {"cancellation"}


def test_a_refund_one_would_have_under_a_condition():
    found = read("Vou contratar o site da minha oficina. E o domínio anual, se não funcionar bem, tenho reembolso?",
                 "optima_webdesign")
    assert found.intents == set()


def test_a_refund_one_would_have_without_a_condition_still_asks():
    assert read("Paguei o sinal ontem e desisti do projeto. Tenho reembolso? Por favor devolvam o valor.",
                "optima_webdesign").intents == {"refund"}


@pytest.mark.parametrize("body, brand", [
    ("Je vous remercie de bien vouloir résilier mon abonnement mensuel.\n\nEn vous souhaitant bonne réception "
     "de ce courriel, je vous prie d'agréer mes salutations distinguées.", "leadsoptima"),
    ("Solicitamos o cancelamento da avença mensal do projeto Loja Azul, fatura OWD-2025-901.\n\nSem outro "
     "assunto de momento, subscrevemo-nos com os melhores cumprimentos,", "optima_webdesign"),
    ("Solicito o cancelamento da avença mensal do projeto Loja Azul, fatura OWD-2025-901.\n\nSem outro "
     "assunto, subscrevo-me com elevada consideração,", "optima_webdesign"),
])
def test_a_formal_lead_in_before_the_sign_off_is_no_reason(body, brand):
    assert read(body, brand).fields.reason is None


def test_a_wish_of_good_receipt_inside_a_reason_sentence_is_still_read():
    found = read("Je vous remercie de résilier mon abonnement : nous souhaitons une bonne réception des données "
                 "chez notre nouveau prestataire.")
    assert found.fields.reason and "prestataire" in found.fields.reason


@pytest.mark.parametrize("body", [
    "Em maio houve uma cobrança em dobro, mas depois devolveram o dinheiro e ficou resolvido. Agora quero "
    "cancelar a assinatura.",
    "En mayo hubo un cobro doble, pero luego nos devolvieron el importe y quedó resuelto. Ahora quiero cancelar "
    "la suscripción.",
])
def test_money_given_back_in_the_past_is_no_request(body):
    assert read(body).intents == {"cancellation"}


@pytest.mark.parametrize("body", [
    "Fui cobrado em dobro este mês. Por favor devolvam o dinheiro.",
    "Me cobraron dos veces este mes. Por favor devuélvanme el dinero.",
])
def test_money_asked_back_still_asks(body):
    assert "refund" in read(body).intents


@pytest.mark.parametrize("body, subject", [
    ("Boa tarde. Fechámos a loja física e não dá mais para manter a avença do site, fatura OWD-2025-902.", "site"),
    ("Boa tarde. Não conseguimos mais pagar a manutenção mensal do site, fatura OWD-2025-902.", "site"),
    ("Boa tarde. Fechámos a loja física, fatura OWD-2025-902. Obrigado.", "encerrar avença mensal"),
])
def test_a_plan_that_can_no_longer_be_kept(body, subject):
    assert read(body, "optima_webdesign", subject).intents == {"cancellation"}


@pytest.mark.parametrize("body, subject", [
    ("Boa tarde. Não dá para manter a avença assim: a fatura OWD-2025-902 veio com o valor errado.", "fatura"),
    ("Boa tarde. Não dá mais para acessar o painel do site, fatura OWD-2025-902.", "acesso"),
    ("Boa tarde. A manutenção mensal foi encerrada por engano? O site está fora do ar, fatura OWD-2025-902.",
     "manutenção mensal encerrada"),
])
def test_a_complaint_or_a_question_about_keeping_the_plan_is_no_cancellation(body, subject):
    assert "cancellation" not in read(body, "optima_webdesign", subject).intents


@pytest.mark.parametrize("body, brand, word", [
    ("Perdemos o patrocinador e não dá mais para manter a avença.", "optima_webdesign", "patrocinador"),
    ("Estamos cortando custos e vamos encerrar a assinatura mensal.", "leadsoptima", "custos"),
    ("On a perdu le financement et je résilie l'abonnement mensuel.", "leadsoptima", "financement"),
    ("Estamos recortando gastos. Por favor cancelen la suscripción mensual.", "leadsoptima", "gastos"),
])
def test_a_lost_sponsor_or_cost_cutting_is_a_reason(body, brand, word):
    found = read(body, brand)
    assert found.intents == {"cancellation"}
    assert found.fields.reason and word in found.fields.reason


@pytest.mark.parametrize("body", [
    "Agast mein do baar charge hua tha, phir refund mila tha, sab sahi hai. Ab hamein plan cancel karna hai.",
    "Pichhle saal ek galat charge ka refund mila tha. Is baar subscription cancel karni hai.",
])
def test_a_refund_received_in_the_past_is_history_hi(body):
    assert read(body).intents == {"cancellation"}


def test_a_refund_not_received_still_asks_hi():
    assert "refund" in read("Do baar charge hua tha aur refund nahi mila tha, please refund kar dijiye.").intents
