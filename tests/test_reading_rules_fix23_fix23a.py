"""Reading rules for the words customers of every region use (fix23a: Spanish, Portuguese, French), each
with sentences of its own (none copied from any round or from the phrasebook).

- Refund asked in regional or formal words: 'regrésenme mi lana' (Mexico), 'que me restituyan', 'que me
  reversen el cobro' (Latin America), 'recuperar lo que pagué'; 'receber de volta o que paguei', 'peço que
  me ressarçam', 'a minha massa de volta' (Portugal); 'me retourner mon dépôt'.
- Cancellation in regional or formal words: 'desafiliarme del plan', 'finiquitar el contrato' (Chile),
  'la terminación anticipada del contrato', 'me quiero salir del plan'; 'dar baixa na assinatura', 'me
  desvincular do plano', 'o distrato', 'denunciar o contrato' (Portugal); 'me désabonner de la formule',
  'je dénonce le contrat' (Belgium, Switzerland), 'procéder à la fermeture de mon compte', 'on ne reconduit
  pas le contrat'.
- Reasons: charged double ('descontaron doble', 'cobraram em dobro'), an undue or unauthorised charge
  ('un monto que no corresponde', 'valor indevido', 'prélèvement non autorisé'), charged on after
  cancelling ('continuaram a cobrar depois que cancelei'), a login refused ('no me deja iniciar sesión', 'impossible de
  me loguer'), a verification code that never comes.
- Declines and receipts: 'no busco que me devuelvan', 'ya me acreditaron el reembolso', 'vocês já
  devolveram o dinheiro', 'je ne cherche pas à être remboursé', 'le remboursement est rentré'.
- Threats: 'los demando', 'una reclamación en Consumo', 'entrar na justiça', 'queixa na DECO', 'je porte
  plainte', 'Test-Achats', 'FRC', 'sans remboursement, je saisis ...'.
- Hypotheticals: a fee or a penalty asked under a condition ('si decido darme de baja, ¿hay penalidad?',
  'si je résilie, y a-t-il des frais ?'), 'suis-je remboursé ?'.
- Forwards: a Spanish or Portuguese forward line in ASCII only is found (quotes.find_forward).
"""

from __future__ import annotations

import pytest

from mailbot.reading.quotes import find_forward
from tests.helpers import OWD_ADDRESS, inbound, ist, _reader


def read(body: str, subject: str = "Hola"):
    return _reader("optima_webdesign").extract(
        inbound("nora@example.com", OWD_ADDRESS, subject, ist(2025, 9, 10, 10, 0), body + "\n\nNora"))


@pytest.mark.parametrize("body", [
    "Por favor regrésenme mi lana, el sitio nunca funcionó.",
    "Pido que me restituyan el dinero del anticipo.",
    "Quiero recuperar lo que pagué por el plan.",
    "Quiero que me reversen el cobro del mes.",
    "Gostaria de receber de volta o que paguei pela manutenção.",
    "Peço que me ressarçam o montante cobrado.",
    "Quero a minha massa de volta.",
    "Je vous prie de me retourner mon dépôt.",
])
def test_money_asked_back_in_regional_words(body):
    assert read(body).intents == {"refund"}


@pytest.mark.parametrize("body", [
    "Quiero desafiliarme del plan.",
    "Quiero finiquitar el contrato de mantenimiento.",
    "Solicito la terminación anticipada del contrato.",
    "Me quiero salir del plan mensual.",
    "Quero dar baixa na assinatura.",
    "Quero me desvincular do plano.",
    "Solicito o distrato do contrato de manutenção.",
    "Pretendo denunciar o contrato de avença no fim do mês.",
    "Je veux me désabonner de la formule premium.",
    "Je dénonce le contrat d'hébergement à son échéance.",
    "Merci de procéder à la fermeture de mon compte.",
    "On ne reconduit pas le contrat.",
    "Je renonce à l'abonnement, merci de l'arrêter.",
    "Pouvez-vous désactiver la reconduction tacite ?",
])
def test_leaving_the_plan_in_regional_words(body):
    assert read(body).intents == {"cancellation"}


@pytest.mark.parametrize("body, code", [
    ("Me descontaron doble la cuota, quiero el reembolso de la diferencia.", "duplicate_payment"),
    ("Cobraram em dobro o plano, quero o reembolso.", "duplicate_payment"),
    ("Me cobraron un monto que no corresponde, pido la devolución.", "billing_error"),
    ("Continuaram a cobrar depois que cancelei, quero o reembolso.", "billing_error"),
    ("Cobraram um valor indevido, peço o estorno.", "billing_error"),
    ("Prélèvement non autorisé sur mon compte, remboursez-moi.", "billing_error"),
    ("No me deja iniciar sesión en la plataforma, devuélvanme el dinero.", "access_failure"),
    ("No me llega el código de verificación para entrar, quiero el reembolso.", "access_failure"),
    ("O código de verificação não chega e não consigo acessar, quero o reembolso.", "access_failure"),
    ("Impossible de me loguer sur la plateforme, je demande le remboursement.", "access_failure"),
    ("Le mot de passe ne marche pas et je n'ai plus accès, je veux un remboursement.", "access_failure"),
])
def test_the_charge_named_gives_the_reason(body, code):
    found = read(body)
    assert found.intents == {"refund"} and found.fields.reason_code == code


@pytest.mark.parametrize("body", [
    "Si no me devuelven el importe pondré una reclamación en consumo.",
    "Devuélvanme el dinero o los demando.",
    "Se não me reembolsarem vou entrar na justiça.",
    "Se não me reembolsarem apresento queixa na DECO.",
    "Si vous ne me remboursez pas, je porte plainte.",
    "Si pas de remboursement, je saisis Test-Achats.",
    "Sans remboursement, je saisis l'UFC-Que Choisir.",
])
def test_a_threat_in_regional_words_is_a_dispute(body):
    found = read(body)
    assert found.intents == {"refund"} and found.dispute is not None


@pytest.mark.parametrize("body", [
    # declined, received, thanked for
    "No busco que me devuelvan el dinero, solo una factura.",
    "Les confirmo que ya me acreditaron el reembolso.",
    "Muchas gracias por el reintegro, ya lo vi en mi cuenta.",
    "Ya me devolvieron mi lana, gracias por todo.",
    "Ya les había pedido la baja el mes pasado y quedó todo bien.",
    "Vocês já devolveram o dinheiro, obrigado.",
    "Je ne cherche pas à être remboursé, juste une facture.",
    "Vous m'avez déjà remboursé, merci.",
    "Le remboursement est rentré hier, merci.",
    # a fee asked about under a condition
    "Si decido darme de baja del plan, ¿hay penalidad?",
    "Si je résilie l'abonnement, y a-t-il des frais ?",
    "Si je me désinscris du forfait, suis-je remboursé ?",
    # the same words that ask nothing of ours
    "Quiero salir del plan básico al premium.",
    "Queremos sair do plano básico e ir para o anual.",
    "Je veux me retirer du programme de parrainage, merci.",
    "Nos restituyeron el acceso, todo funciona. Gracias.",
    "Merci de me retourner le formulaire signé.",
    "O distrato com o antigo fornecedor já foi assinado, agora vamos começar com vocês.",
    "No pedimos la reversión del cargo, solo información.",
    # a refund thanked for as done; whether one may cancel later, asked indirectly; a cancellation forgotten
    "Gracias por la devolución, todo en orden.",
    "Obrigado pelo reembolso, tudo certo.",
    "Merci pour le remboursement, tout est bon.",
    "Antes de contratar quería saber si puedo cancelar cuando quiera.",
    "Antes de assinar, queria saber se posso cancelar quando quiser.",
    "Avant de m'engager, je voudrais savoir si je peux résilier quand je veux.",
    "J'ai oublié de résilier, mais ce n'est pas grave, je garde l'abonnement.",
])
def test_near_misses_ask_nothing(body):
    assert read(body).intents == set()


@pytest.mark.parametrize("body", [
    "Por favor, devuélvanme la mensualidad. Gracias por la devolución.",
    "Necesito el reembolso. Gracias de antemano por la devolución.",
    "Quero o estorno da mensalidade. Obrigado desde já pelo reembolso.",
    "Merci pour le remboursement que vous allez effectuer sous 48 h.",
])
def test_thanks_that_close_a_request_still_ask(body):
    assert read(body).intents == {"refund"}


@pytest.mark.parametrize("body", [
    "Quería saber si pueden cancelar mi plan hoy mismo.",
    "Je voudrais savoir si vous pouvez résilier mon abonnement aujourd'hui.",
])
def test_a_polite_indirect_request_still_asks(body):
    assert read(body).intents == {"cancellation"}


@pytest.mark.parametrize("body", [
    "Un client a porté plainte contre nous, il nous faut un nouveau site pour le cabinet.",
    "Test-Achats a publié un comparatif de notre produit, pouvez-vous l'ajouter au site ?",
    "A DECO publicou um artigo sobre o nosso produto, podem pôr no site?",
])
def test_a_body_named_without_a_threat_is_no_dispute(body):
    assert read(body).dispute is None


@pytest.mark.parametrize("note, marker", [
    ("Mira esto.", "---------- Mensaje reenviado ---------"),
    ("Mira esto.", "Inicio del mensaje reenviado:"),
    ("Vejam isto.", "---------- Mensagem encaminhada ---------"),
])
def test_an_ascii_forward_carries_its_request(note, marker):
    body = (f"{note}\n\n{marker}\nDe: Marta Gil <marta@example.com>\nAsunto: Plan\n\n"
            "Quiero dar de baja el plan y que me devuelvan la mensualidad.")
    assert find_forward(body).startswith(marker)
    assert read(body).intents == {"cancellation", "refund"}


def test_an_ascii_mail_without_a_forward_line_has_none():
    assert find_forward("Hola,\n\nQuiero dar de baja el plan.\n\n-- \nMarta") == ""
