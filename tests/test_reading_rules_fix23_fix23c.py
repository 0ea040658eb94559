"""Reading rules generalised from the fifteenth fresh round's misses in Spanish, Portuguese and French
(fix23c), each with sentences of its own (none copied from the round), in every one of these packs
where the same rule exists.

- The monthly support retainer called "soporte" / "suporte", no longer wanted or ended ("ya no queremos
  el soporte técnico", "informamos o encerramento do nosso suporte", and in English and German with its
  period: "we no longer want the monthly support", "den monatlichen Support ... nicht mehr"); "ya no
  necesito el soporte", "we no longer need support" (a ticket solved) and "o encerramento do chamado pelo
  suporte" ask nothing.
- Ending the service with "poner fin / poner término" or "pôr fim / pôr termo" in the infinitive or the
  imperative, the service named right after ("pedimos poner fin al contrato"); "poner fin al problema del
  servicio" and Portuguese "por fim" (finally) ask nothing.
- French "je résilie" / "nous résilions" with no object performs the cancellation; "je ne résilie pas"
  and a conditional question ("si je résilie maintenant, est-ce que je perds ... ?") do not; nor does a
  cancellation announced under a condition in the present ("si ça se confirme, je résilie", "si se
  confirma, cancelo", "se for confirmado, cancelo"), while a polite condition ("si vous le pouvez") still asks.
- The customer's own money asked for by its amount ("je veux mes 2 999 roupies", "quiero mis 1499
  rupias", and in English and German "I want my 1499 rupees.", "ich will meine 1499 Rupien."); paying that
  amount, or an invoice or a plan of that amount, asks nothing.
- A refund just received ("nous venons de recevoir le remboursement", "acabo de recibir el reembolso",
  "acabei de receber o estorno") asks for nothing, and the duplicate charge it settled asks no money
  back; a refund still awaited is still asked.
- A question about the terms of cancelling or of a refund ("Question sur les conditions d'annulation",
  "Dúvida sobre as condições de cancelamento") names the topic; questions about the outcome asked by
  inversion in the future ("serons-nous remboursés ?", "sera-t-il remboursé ?") or in the first person
  plural ("recebemos o sinal de volta?") under a condition are hypothetical; a request beside them is
  still read.
"""

from __future__ import annotations

import json

import pytest

from tests.helpers import LO_ADDRESS, OWD_ADDRESS, email_bytes, ist, read_body

# -- the support retainer called soporte / suporte --------------------------------------------------------


@pytest.mark.parametrize("body", [
    "Buenas tardes, les escribo para avisar que ya no queremos el soporte técnico de la web de la clínica "
    "(OWD-2025-501), nos lo llevará un sobrino.\n\nUn saludo\nMarta",
    "Ya no necesitamos el soporte mensual de la tienda, el hosting lo gestiona otra empresa.\n\nMarta",
    "Olá, informamos o encerramento do nosso suporte para o site da padaria a partir do próximo ciclo.\n\nJoana",
    "Não queremos mais o suporte do site, a equipe interna assume.\n\nJoana",
])
def test_the_support_retainer_ended(body):
    assert read_body(body, brand="owd").intents == {"cancellation"}


@pytest.mark.parametrize("body", [
    "Ya no necesito el soporte, el problema del formulario quedó resuelto, gracias.\n\nMarta",
    "Hubo una baja del nivel de soporte este mes y quería comentarlo.\n\nMarta",
    "Não entendi o encerramento do chamado pelo suporte sem solução.\n\nJoana",
    "O suporte já não responde tão rápido, isso me preocupa.\n\nJoana",
])
def test_support_named_without_ending_it(body):
    assert read_body(body, brand="owd").intents == set()


# -- poner fin / poner término, pôr fim / pôr termo ------------------------------------------------------------


@pytest.mark.parametrize("body", [
    "Por medio de la presente pedimos poner fin al contrato de mantenimiento de la web del hotel, lo llevará "
    "otra agencia.\n\nLuis",
    "Les ruego pongan término a nuestro plan de hosting desde el próximo mes, nos mudamos a otro proveedor.\n\nLuis",
    "Solicitamos pôr termo ao contrato de avença do site da clínica, vamos mudar de fornecedor.\n\nRui",
])
def test_the_service_ended_with_poner_fin(body):
    assert read_body(body, brand="owd").intents == {"cancellation"}


@pytest.mark.parametrize("body", [
    "Queremos poner fin al problema del servicio caído cuanto antes, ¿qué necesitan?\n\nLuis",
    "Por fim a manutenção do site ficou ótima, obrigado pela paciência.\n\nRui",
])
def test_poner_fin_to_something_else_asks_nothing(body):
    assert read_body(body, brand="owd").intents == set()


# -- je résilie --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("body", [
    "Bonjour, trop de doublons dans vos fichiers. Je résilie, merci de confirmer.\nPaul",
    "Nous résilions dès aujourd'hui, l'outil ne nous sert plus.\nPaul",
])
def test_je_resilie_without_an_object(body):
    assert read_body(body).intents == {"cancellation"}


@pytest.mark.parametrize("body", [
    "Je ne résilie pas, je voulais juste signaler un bug d'affichage.\nPaul",
    "Mon associé résilie son propre compte, pas le mien. Rien à faire de votre côté.\nPaul",
    "Si je résilie maintenant, est-ce que je perds mes crédits ?\nPaul",
    "Si j'annule maintenant, est-ce que je perds mes crédits ?\nPaul",
    "Si cancelo ahora, ¿pierdo mis créditos?\nLeo",
    "Si me doy de baja hoy, ¿tengo que pagar el mes entero?\nLeo",
])
def test_no_cancellation_said_or_only_asked_about(body):
    assert read_body(body).intents == set()


@pytest.mark.parametrize("body", [
    "Je résilie. Est-ce que je perds les crédits restants ?\nPaul",
    "Cancelen mi plan hoy mismo. ¿Pierdo los créditos que me quedan?\nLeo",
])
def test_a_cancellation_beside_a_question_about_its_outcome(body):
    assert read_body(body).intents == {"cancellation"}


@pytest.mark.parametrize("body", [
    "Bonjour,\n\nOn m'a dit que vos tarifs montent en mars. Si ça se confirme, je résilie, c'est dit. "
    "Vous pouvez confirmer ?\nMarc",
    "Hola, leí que suben los precios en enero. Si se confirma, cancelo, aviso desde ya. ¿Me lo confirman?\nMarc",
    "Olá, li que os preços sobem em janeiro. Se for confirmado, cancelo, já aviso. Podem confirmar?\nMarc",
])
def test_a_cancellation_announced_under_a_condition_is_not_asked_now(body):
    assert read_body(body).intents == set()


@pytest.mark.parametrize("body", [
    "Si vous le pouvez, je résilie dès ce soir, merci de confirmer.\nMarc",
    "Si es posible, cancelo hoy mismo mi plan.\nMarc",
    "Se possível, cancelo hoje mesmo o plano.\nMarc",
])
def test_a_polite_condition_still_asks(body):
    assert read_body(body).intents == {"cancellation"}


# -- money asked for by its amount -------------------------------------------------------------------------------


@pytest.mark.parametrize("body", [
    "Rien ne marche depuis deux semaines, je veux mes 2 999 roupies.\nPaul",
    "La plataforma no carga desde el lunes, quiero mis 1499 rupias.\nPablo",
    "Nada funciona, queremos os nossos 3999 rúpias.\nPaulo",
])
def test_own_money_asked_by_its_amount(body):
    assert read_body(body).intents == {"refund"}


@pytest.mark.parametrize("body", [
    "Je veux mes 500 leads du mois, pas 300.\nPaul",
    "Je veux payer mes 1499 roupies par virement plutôt que par carte.\nPaul",
    "Quiero pagar mis 1499 rupias con otra tarjeta.\nPablo",
])
def test_an_amount_not_asked_back(body):
    assert read_body(body).intents == set()


@pytest.mark.parametrize("body", [
    "Nothing works, I want my 1499 rupees.\nPaul",
    "Nichts funktioniert, ich will meine 1499 Rupien.\nPaul",
])
def test_own_money_asked_by_its_amount_in_english_and_german(body):
    assert read_body(body).intents == {"refund"}


@pytest.mark.parametrize("body", [
    "I want my 1499 rupees invoice re-sent with our GST number.\nPaul",
    "We need our 1499 rupees plan upgraded to quarterly.\nPaul",
    "Ich möchte meine 1499 Rupien per Überweisung bezahlen.\nPaul",
])
def test_an_amount_not_asked_back_in_english_and_german(body):
    assert read_body(body).intents == set()


@pytest.mark.parametrize("body,asked", [
    ("We no longer want the monthly support for the shop, our IT team takes over.\nPaul", {"cancellation"}),
    ("Wir brauchen den monatlichen Support für den Shop nicht mehr, unsere IT übernimmt.\nPaul", {"cancellation"}),
    ("We no longer need support, the form works now. Thanks!\nPaul", set()),
    ("Wir brauchen den Support nicht mehr, das Problem ist gelöst.\nPaul", set()),
    ("Den monatlichen Support erreichen wir seit Tagen nicht mehr.\nPaul", set()),
])
def test_the_support_retainer_in_english_and_german(body, asked):
    assert read_body(body, brand="owd").intents == asked


# -- a refund just received --------------------------------------------------------------------------------------


@pytest.mark.parametrize("subject,body", [
    ("Merci", "Bonjour,\nnous venons de recevoir le remboursement du paiement en double, merci pour la rapidité.\nLéa"),
    ("Merci", "Bonjour,\nle virement du remboursement vient d'arriver sur notre compte, merci.\nLéa"),
    ("Gracias", "Hola,\nacabo de recibir el reembolso del cargo duplicado, mil gracias.\nLeo"),
    ("Gracias", "Hola,\nel reembolso acaba de llegar a la cuenta, gracias.\nLeo"),
    ("Obrigado", "Olá,\nacabei de receber o estorno da cobrança em dobro, muito obrigado!\nLia"),
])
def test_a_refund_just_received_asks_nothing(subject, body):
    assert read_body(body, subject=subject).intents == set()


@pytest.mark.parametrize("body", [
    "Je viens de recevoir votre mail sur le remboursement, mais le virement n'est toujours pas arrivé. "
    "Merci de rembourser le double prélèvement.\nLéa",
    "Acabo de recibir la factura, pero el reembolso del cobro doble todavía no ha llegado.\nLeo",
    "Acabei de ver o extrato e o estorno da cobrança duplicada ainda não caiu.\nLia",
])
def test_a_refund_still_awaited_is_still_asked(body):
    assert read_body(body).intents == {"refund"}


# -- questions about the terms and the outcome ---------------------------------------------------------------------


@pytest.mark.parametrize("brand,subject,body", [
    ("lo", "Renseignements sur vos conditions de remboursement",
     "Bonjour, si nous prenons l'abonnement annuel et arrêtons au bout de deux mois, serons-nous remboursés "
     "du reste ?\nMerci, Alain"),
    ("owd", "Question avant de signer",
     "Bonjour, avant de signer : si le projet est annulé après une semaine, l'acompte sera-t-il remboursé ?\nKoffi"),
    ("owd", "Dúvida sobre as condições de cancelamento",
     "Olá, antes de assinar: se cancelarmos depois de um mês, recebemos o sinal de volta?\nAna"),
])
def test_questions_before_buying_ask_nothing(brand, subject, body):
    assert read_body(body, subject=subject, brand=brand).intents == set()


@pytest.mark.parametrize("brand,subject,body,asked", [
    ("lo", "Conditions de remboursement",
     "Je demande le remboursement de la facture LO-INV-1234, vos conditions de remboursement sont remplies.\nAlain",
     {"refund"}),
    ("lo", "Question sur les conditions d'annulation", "Je résilie mon abonnement dès aujourd'hui.\nAlain",
     {"cancellation"}),
    ("owd", "Pregunta sobre las condiciones de cancelación", "De todos modos, cancelen mi plan de hosting ya.\nAna",
     {"cancellation"}),
])
def test_a_request_beside_the_terms_is_still_read(brand, subject, body, asked):
    assert read_body(body, subject=subject, brand=brand).intents == asked


# -- end to end -----------------------------------------------------------------------------------------------------

CUSTOMER = "lea@atelier-example.fr"
CLIENT = "compras@ferreteria-example.mx"


def _ledger_file(tmp_path):
    def pay(n: int, minute: int) -> dict:
        return {"brand": "leadsoptima", "id": f"pay_c_{n}", "invoice": f"LO-INV-7731{n}", "customer_email": CUSTOMER,
                "kind": "subscription", "plan": "monthly", "amount": "1499.00", "tax": "269.82", "currency": "INR",
                "paid_at": f"2025-09-20T18:0{minute}:00", "period_start": "2025-09-20", "period_end": "2025-10-19",
                "status": "paid"}
    retainer = {"brand": "optima_webdesign", "id": "pay_c_r", "invoice": "OWD-2025-771", "project": "Ferretería Norte",
                "kind": "retainer", "amount": "9500.00", "tax": "1710.00", "currency": "INR",
                "paid_at": "2025-09-12T10:00:00", "status": "paid", "setup_fee": None, "service_start": None,
                "next_billing_at": "2025-10-12T00:00:00", "period_start": "2025-09-12", "period_end": "2025-10-11",
                "milestone_status": None}
    data = {"customers": [{"brand": "leadsoptima", "email": CUSTOMER, "name": "Léa", "plan": "monthly",
                           "status": "active", "trial_ends": None, "current_period_start": "2025-09-20",
                           "current_period_end": "2025-10-19"}],
            "projects": [{"brand": "optima_webdesign", "name": "Ferretería Norte", "contract_email": CLIENT,
                          "work_started_at": "2025-03-12T10:00:00"}],
            "payments": [pay(1, 0), pay(2, 2), retainer]}
    path = tmp_path / "ledger.json"
    path.write_text(json.dumps(data))
    return path


def _triage(tmp_path, capsys, sender, to, subject, body):
    from mailbot.cli import main
    from tests.heldout import CONFIG

    mail = tmp_path / "m.eml"
    mail.write_bytes(email_bytes(sender, to, subject, ist(2025, 9, 29, 15, 0), body))
    code = main(["--config", str(CONFIG), "triage", "--ledger", str(_ledger_file(tmp_path)),
                 "--now", "2025-10-01T10:00:00+05:30", "--json", str(mail)])
    assert code == 0
    return json.loads(capsys.readouterr().out)


def test_a_thank_you_for_a_refund_just_received_is_left_for_staff(tmp_path, capsys):
    got = _triage(tmp_path, capsys, CUSTOMER, LO_ADDRESS, "Merci !",
                  "Bonjour,\n\nnous venons de recevoir le remboursement du prélèvement en double, un grand merci.\n\nLéa")
    assert got["status"] == "other"
    assert got["decisions"] == []


def test_je_resilie_with_an_amount_and_a_bank_threat_escalates_both(tmp_path, capsys):
    got = _triage(tmp_path, capsys, CUSTOMER, LO_ADDRESS, "Fin",
                  "Plus rien ne fonctionne. Je résilie et je veux mes 1499 roupies (LO-INV-77312), sinon je fais "
                  "opposition auprès de ma banque.\nLéa")
    assert got["rules"] == ["C4"]
    assert sorted((d["intent"], d["outcome"]) for d in got["decisions"]) == \
        [("cancellation", "escalate"), ("refund", "escalate")]


def test_the_support_retainer_ended_is_cancelled(tmp_path, capsys):
    got = _triage(tmp_path, capsys, CLIENT, OWD_ADDRESS, "Soporte Ferretería Norte",
                  "Hola, con la presente les pedimos poner término al soporte mensual de Ferretería Norte "
                  "(OWD-2025-771). Un proveedor local llevará la web desde ahora.\n\nSaludos\nMario")
    assert got["status"] == "decided"
    assert [(d["intent"], d["outcome"]) for d in got["decisions"]] == [("cancellation", "cancel")]
