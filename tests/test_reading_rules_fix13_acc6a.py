"""Reading rules generalised from the fifth fresh round's Spanish and Portuguese misses (fix13, acc6a),
each with sentences of its own (none copied from any round), in every language where the same rule
exists: a Spanish "baja" in its other forms and a renewal refused in the future tense are cancellations;
a cancellation dated in the past ("cancelamos el plan el día 3 ... y aun así nos cobraron") is no new
request; L2 billing errors (the wrong plan charged, an amount above the one agreed, a discount not
applied) and access failures ("não consigo aceder", "login dá erro") as people write them; duplicates
"em duplicado"; statutory consumer rights (CDC, derecho de desistimiento, Widerrufsrecht, droit de
rétractation, Consumer Protection Act) are C4 threats; a negation closed by a comma negates nothing
after it, and "nem"/"ni"/"nor" negate the verb after them; money "reaver"/"recuperar la cuota"
is asked back; English sentences inside Portuguese, Spanish or German mail are read in English, and the
English loanword "refund" declined in the mail's own language asks for no refund."""

from __future__ import annotations

from datetime import timedelta

import pytest

from mailbot.clock import FixedClock
from mailbot.pipeline import Triage
from mailbot.reading.extract import Extractor
from tests.helpers import LO_ADDRESS, OWD_ADDRESS, config, inbound, ist, ledger

CFG = config()
LO = Extractor(CFG.brands["leadsoptima"])
OWD = Extractor(CFG.brands["optima_webdesign"])


def read(body: str, subject: str = "Hola", reader=LO, to=LO_ADDRESS, sender="nora@example.com"):
    return reader.extract(inbound(sender, to, subject, ist(2025, 9, 10, 10, 0), body))


def owd(body: str, subject: str = "Hola"):
    return read(body, subject, reader=OWD, to=OWD_ADDRESS)


# -- cancellations written as "baja" and as a renewal refused ----------------------------------------

@pytest.mark.parametrize("body", [
    "Buenas tardes:\n\nEscribo para darle de baja a la cuenta de nuestra academia de idiomas.\n\nSaludos,\nInés",
    "Hola,\n\nLes notificamos la baja del plan trimestral a partir del mes que viene.\n\nUn saludo,\nPablo",
    "Hola,\n\nDamos de baja el servicio desde hoy, ya no organizamos eventos.\n\nGracias,\nMarta",
    "Buenos días,\n\nQueremos la baja del mantenimiento web de la tienda.\n\nAtentamente,\nJulio",
])
def test_es_baja_forms_are_cancellations(body):
    assert read(body).intents == {"cancellation"}


@pytest.mark.parametrize("body", [
    "Hola,\n\nNo queremos darnos de baja, solo cambiar al plan mensual.\n\nGracias",
    "Hola,\n\nLa resolución de los informes exportados es muy baja, ¿se puede mejorar?\n\nGracias",
    "Hola,\n\nNuestra gestora está de baja por maternidad, escribidle a partir de enero.\n\nGracias",
])
def test_es_baja_that_asks_no_cancellation(body):
    assert "cancellation" not in read(body).intents


@pytest.mark.parametrize("body, reader", [
    ("Buenos días,\n\nNo renovaremos el contrato de mantenimiento cuando venza, la empresa se fusiona.\n\nSaludos", owd),
    ("Hola,\n\nEste año no vamos a renovar la iguala de redes sociales.\n\nUn saludo", owd),
    ("Olá,\n\nNão vamos renovar o contrato de manutenção do site da clínica.\n\nCumprimentos", owd),
    ("Olá,\n\nNão renovaremos a avença de conteúdos no próximo ciclo.\n\nObrigado", owd),
    ("Hello,\n\nWe will not renew the content retainer next month.\n\nThanks", owd),
    ("Bonjour,\n\nNous ne renouvellerons pas le contrat de maintenance du site.\n\nCordialement", owd),
])
def test_a_renewal_refused_in_the_future_tense_is_a_cancellation(body, reader):
    assert reader(body).intents == {"cancellation"}


@pytest.mark.parametrize("body", [
    "Hola,\n\nRenovaremos el plan el año que viene con más usuarios.\n\nSaludos",
    "Olá,\n\nVamos renovar o contrato por mais um ano.\n\nObrigado",
])
def test_a_renewal_kept_is_no_cancellation(body):
    assert read(body).intents == set()


# -- a past cancellation with its date is no new request -----------------------------------------

@pytest.mark.parametrize("body", [
    "Hola,\n\nCancelamos el plan el día 3 desde el panel y aun así nos cobraron el día 12 (LO-INV-55021). "
    "Queremos que nos devuelvan ese cargo.\n\nGracias",
    "Hola,\n\nCancelamos la suscripción el 2 de septiembre pero nos han cobrado otra cuota. Devuélvanla, por favor.\n\nSaludos",
    "Olá,\n\nCancelamos a assinatura no dia 5 e mesmo assim fomos cobrados. Queremos o estorno.\n\nObrigado",
    "Olá,\n\nCancelamos o plano em 02/09 mas continuaram a cobrar a mensalidade. Peço a devolução.\n\nCumprimentos",
    "Hello,\n\nWe cancelled on 3 September and were still charged on the 12th. Please refund it.\n\nThanks",
    "Hallo,\n\nWir haben am 3. September gekündigt und trotzdem wurde am 12. abgebucht. Bitte erstatten.\n\nGrüße",
    "Bonjour,\n\nNous avons résilié le 3 septembre et avons quand même été prélevés. Merci de rembourser.\n\nCordialement",
    "Hi,\n\n3 September ko cancel kar diya tha phir bhi 12 ko paise kat gaye, refund kar do.\n\nThanks",
])
def test_charged_after_a_dated_cancellation_asks_only_the_money_back(body):
    found = read(body)
    assert found.intents == {"refund"}


@pytest.mark.parametrize("body", [
    "Hola,\n\nCancelamos nuestra suscripción: confirmen la baja, por favor.\n\nGracias",
    "Olá,\n\nCancelem o plano a partir de hoje, por favor.\n\nObrigado",
])
def test_a_cancellation_asked_now_still_counts(body):
    assert read(body).intents == {"cancellation"}


def test_es_and_pt_charged_after_cancelling_is_a_billing_error():
    assert read("Hola,\n\nCancelamos el plan el día 3 y aun así nos cobraron el día 12.\n\nGracias").fields.reason_code \
        == "billing_error"
    assert read("Olá,\n\nCancelamos no dia 5 e mesmo assim fomos cobrados.\n\nObrigado").fields.reason_code \
        == "billing_error"


# -- L2 billing errors and access failures as people write them -----------------------------------

@pytest.mark.parametrize("body", [
    "Hola,\n\nTenemos el plan trimestral y este mes nos facturaron el anual completo. Devuélvanlo.\n\nGracias",
    "Hola,\n\nNunca autorizamos el cambio de plan y nos cobraron 11.988. Solicitamos el reembolso.\n\nSaludos",
    "Hola,\n\nNos cobraron un importe mayor al acordado con ventas. Pedimos el reembolso de la diferencia.\n\nSaludos",
    "Hola,\n\nEl descuento del 15% no se aplicó en la renovación. Pedimos la devolución.\n\nSaludos",
    "Olá,\n\nFomos cobrados um valor maior do que o anunciado no site. Pedimos o reembolso.\n\nObrigado",
    "Olá,\n\nO desconto de 15% não foi aplicado na renovação, queremos a devolução da diferença.\n\nObrigado",
    "Olá,\n\nEstamos no plano mensal e foi debitado o anual inteiro. Queremos o estorno.\n\nObrigado",
    "Olá,\n\nNunca pedimos a mudança de plano e veio a cobrança anual. Peço o reembolso.\n\nObrigado",
])
def test_wrong_plan_and_wrong_amount_are_billing_errors(body):
    found = read(body)
    assert found.intents == {"refund"}
    assert found.fields.reason_code == "billing_error"


@pytest.mark.parametrize("body", [
    "Olá,\n\nO valor é maior do que eu esperava para uma loja pequena, quero o reembolso.\n\nObrigado",
    "Hola,\n\nTenemos el plan anual y es demasiado caro para nosotros, queremos el reembolso.\n\nGracias",
])
def test_too_expensive_is_no_billing_error(body):
    assert read(body).fields.reason_code != "billing_error"


@pytest.mark.parametrize("body", [
    "Olá,\n\nNão consigo aceder ao painel desde segunda. Peço o reembolso.\n\nObrigado",
    "Olá,\n\nO login dá erro desde ontem e já paguei a mensalidade. Quero o reembolso.\n\nObrigado",
    "Olá,\n\nA senha nova nunca chega no e-mail e estou sem usar a ferramenta. Peço o reembolso.\n\nObrigado",
    "Hola,\n\nMe sale un error al iniciar sesión desde el lunes. Quiero el reembolso.\n\nGracias",
    "Hola,\n\nLa página de acceso da error todo el rato. Quiero el reembolso.\n\nGracias",
])
def test_access_failures_as_people_write_them(body):
    assert read(body).fields.reason_code == "access_failure"


def test_access_that_works_is_no_access_failure():
    found = read("Olá,\n\nConsigo aceder sem problemas, mas vamos cancelar o plano.\n\nObrigado")
    assert found.fields.reason_code != "access_failure"


@pytest.mark.parametrize("body", [
    "Olá,\n\nA fatura de setembro foi paga em duplicado. Peço a devolução de uma delas.\n\nObrigado",
    "Olá,\n\nVieram dois débitos iguais no cartão este mês. Quero o reembolso do segundo.\n\nObrigado",
    "Hola,\n\nMe cobraron por duplicado la cuota de octubre. Devuélvanme una.\n\nGracias",
    "Hola,\n\nAparecen dos débitos en mi tarjeta por el mismo mes. Quiero el reembolso de uno.\n\nGracias",
])
def test_duplicates_written_en_duplicado_and_dos_debitos(body):
    assert read(body).fields.reason_code == "duplicate_payment"


# -- statutory consumer rights are C4 --------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Olá,\n\nInvoco o Código de Defesa do Consumidor: quero o cancelamento e o reembolso.\n\nObrigado",
    "Olá,\n\nExerço o meu direito de arrependimento e peço o reembolso.\n\nObrigado",
    "Hola,\n\nSegún la Ley de Defensa de los Consumidores, exijo el reembolso completo.\n\nGracias",
    "Hola,\n\nEjerzo mi derecho de desistimiento sobre la suscripción y pido el reembolso.\n\nGracias",
    "Hello,\n\nUnder the Consumer Protection Act I am entitled to a refund of this charge.\n\nThanks",
    "Hello,\n\nI am exercising my statutory right of withdrawal, please refund me.\n\nThanks",
    "Hallo,\n\nIch mache von meinem Widerrufsrecht Gebrauch und bitte um Erstattung.\n\nGrüße",
    "Bonjour,\n\nJ'exerce mon droit de rétractation et je demande le remboursement.\n\nCordialement",
    "Namaste team,\n\nMera refund abhi tak nahi mila hai, jaldi nahi hua to main upbhokta adalat mein case kar dunga.\n\nThanks",
])
def test_statutory_consumer_rights_are_a_threat(body):
    assert read(body).dispute


@pytest.mark.parametrize("body", [
    "Olá,\n\nNossos consumidores adoram a loja nova, mas queremos cancelar o plano.\n\nObrigado",
    "Hola,\n\nConsumimos pocos créditos al mes, así que cancelen el plan.\n\nGracias",
    "Hello,\n\nOur consumers love the new forms, but we need to cancel the plan.\n\nThanks",
])
def test_consumer_words_without_a_statute_are_no_threat(body):
    assert read(body).dispute is None


def test_a_consumer_law_threat_escalates_the_cancellation_too():
    when = ist(2025, 9, 10, 10, 0)
    data = {"customers": [{"brand": "leadsoptima", "email": "nora@example.com", "name": "Nora", "plan": "annual",
                           "status": "active", "trial_ends": None, "current_period_start": "2025-09-02",
                           "current_period_end": "2026-09-01"}],
            "payments": [{"brand": "leadsoptima", "id": "p1", "invoice": "LO-INV-55100", "customer_email": "nora@example.com",
                          "kind": "subscription", "plan": "annual", "amount": "11988.00", "tax": "0.00",
                          "currency": "INR", "paid_at": "2025-09-02T10:00:00", "period_start": "2025-09-02",
                          "period_end": "2026-09-01", "status": "paid"}]}
    triage = Triage(CFG, ledger(data, CFG), FixedClock(when + timedelta(hours=1)))
    body = ("Olá,\n\nNos termos do Código de Defesa do Consumidor, pedimos o cancelamento do plano anual e o "
            "reembolso da fatura LO-INV-55100.\n\nAtenciosamente,\nNora")
    result = triage.decide([inbound("nora@example.com", LO_ADDRESS, "Cancelamento", when, body)])
    assert "C4" in result.verdict.rules
    assert {(d.intent, d.outcome) for d in result.verdict.decisions} == {("refund", "escalate"),
                                                                          ("cancellation", "escalate")}


# -- negations: a comma closes one; "nem", "ni", "nor" negate the verb after them --------------------

@pytest.mark.parametrize("body", [
    "Não quero reembolso não, apenas cancelem o plano.",
    "Estorno não, só quero cancelar a assinatura mesmo.",
    "Reembolso no, solo quiero cancelar el plan trimestral.",
])
def test_pt_a_negation_closed_by_a_comma_leaves_the_cancellation(body):
    assert read(body, "Plano").intents == {"cancellation"}


@pytest.mark.parametrize("body", [
    "Olá,\n\nNão quero estorno nem pretendo cancelar, só preciso da segunda via da fatura.\n\nObrigado",
    "Hola,\n\nNo pido reembolso ni quiero cancelar; solo necesito la factura con otro CIF.\n\nGracias",
    "Hello,\n\nI'm not asking for a refund, nor do I want to cancel: I only need the invoice in our new name.\n\nThanks",
    "Hallo,\n\nIch möchte weder eine Erstattung noch kündigen, nur die Rechnung auf die neue Firma.\n\nGrüße",
])
def test_nor_negates_the_cancellation_after_it(body):
    assert read(body).intents == set()


@pytest.mark.parametrize("body", [
    "Olá,\n\nNão quero cancelar, só mudar para o plano anual.\n\nObrigado",
])
def test_pt_a_negated_cancellation_stays_negated(body):
    assert read(body).intents == set()


@pytest.mark.parametrize("body", [
    "Olá,\n\nNem pensar em continuar: cancelem o plano hoje.\n\nObrigado",
    "Hola,\n\nNi una semana más: cancelen el plan hoy mismo.\n\nGracias",
])
def test_nem_and_ni_far_from_the_verb_negate_nothing(body):
    assert read(body).intents == {"cancellation"}


# -- money asked back with other verbs --------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Olá,\n\nQueremos reaver a taxa de configuração do projeto Padaria Sol, que nem começou.\n\nObrigado",
    "Hola,\n\nQuisiera recuperar la cuota de alta del proyecto Café Norte, aún no ha empezado.\n\nGracias",
])
def test_money_asked_back_with_reaver_and_recuperar(body):
    assert "refund" in owd(body).intents


def test_reavaliar_is_no_refund():
    assert owd("Olá,\n\nVamos reavaliar o projeto com a diretoria e voltamos a falar.\n\nObrigado").intents == set()


# -- English inside other languages' mail ----------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Olá equipe, tudo certo? I want to cancel my plan please, vamos encerrar a loja em novembro.\n\nObrigado",
    "Hola equipo, ¿qué tal? Please cancel my subscription, cerramos la tienda este mes y no la usamos.\n\nGracias",
])
def test_english_request_inside_other_mail_is_read(body):
    assert read(body).intents == {"cancellation"}


@pytest.mark.parametrize("body", [
    "Bom dia! I'm not asking for a refund, só quero cancelar o plano porque mudei de área.\n\nObrigado",
    "Hola, no necesito refund, solo cancelen el plan mensual porque cambio de trabajo.\n\nGracias",
    "Hallo, kein Refund nötig, bitte nur das Abo kündigen, wir schließen das Büro.\n\nDanke",
    "Bonjour, pas de refund, merci de résilier l'abonnement, nous fermons la boutique.\n\nMerci",
])
def test_a_refund_loanword_declined_asks_no_refund(body):
    assert read(body).intents == {"cancellation"}


def test_portuguese_mail_without_english_words_is_not_read_in_english():
    found = read("Olá,\n\nQuero cancelar o plano anual da loja, vamos fechar as portas.\n\nObrigado")
    assert "en" not in found.languages


# -- the same L2 phrasings in the other packs ---------------------------------------------------------

@pytest.mark.parametrize("body, code", [
    ("Hello,\n\nThe 15% discount was never applied on the renewal, please refund the difference.\n\nThanks", "billing_error"),
    ("Hello,\n\nYou billed us the full price at renewal. Please refund the difference.\n\nThanks", "billing_error"),
    ("Hallo,\n\nSie haben uns mehr als vereinbart abgebucht. Bitte erstatten Sie die Differenz.\n\nGrüße", "billing_error"),
    ("Hallo,\n\nDer zugesagte Rabatt wurde bei der Abbuchung nicht abgezogen. Bitte erstatten.\n\nGrüße", "billing_error"),
    ("Hallo,\n\nWir nutzen das Monatsabo, aber im September wurde der Jahrestarif abgebucht. Bitte erstatten.\n\nGrüße",
     "billing_error"),
    ("Bonjour,\n\nLe montant prélevé est supérieur au tarif convenu. Merci de rembourser l'écart.\n\nCordialement",
     "billing_error"),
    ("Bonjour,\n\nNous avions le forfait trimestriel mais vous avez débité l'annuel. Merci de rembourser.\n\nCordialement",
     "billing_error"),
    ("Hello,\n\nThe login screen keeps throwing an error since Friday. I want a refund.\n\nThanks", "access_failure"),
    ("Hello,\n\nThe password reset email never arrives, so I want my money refunded.\n\nThanks", "access_failure"),
])
def test_l2_phrasings_in_the_other_packs(body, code):
    assert read(body).fields.reason_code == code


@pytest.mark.parametrize("body", [
    "Hallo,\n\nWir haben das Jahresabo, aber es ist uns zu teuer geworden. Bitte erstatten.\n\nGrüße",
    "Bonjour,\n\nNous avons le forfait annuel, prélevé chaque année, mais c'est trop cher. Remboursez-nous.\n\nCordialement",
    "Hello,\n\nWe have the annual plan and it was charged annually as expected, but it is too costly. Refund please.\n\nThanks",
])
def test_one_plan_charged_as_chosen_is_no_billing_error(body):
    assert read(body).fields.reason_code != "billing_error"


@pytest.mark.parametrize("body", [
    "Hola,\n\nPor la presente cancelamos el contrato con efecto el 30 de noviembre.\n\nAtentamente",
    "Olá,\n\nCancelamos o contrato com efeito em 30/11, por favor confirmem.\n\nObrigado",
])
def test_a_cancellation_with_an_effective_date_is_a_request(body):
    assert read(body).intents == {"cancellation"}


@pytest.mark.parametrize("body", [
    "Hola,\n\nCancelamos el plan mensual el día 3 desde el panel. Nos cobraron el 12 igualmente.\n\nGracias",
    "Olá,\n\nCancelamos o plano no dia 3 pelo painel. No dia 12 veio outra cobrança.\n\nObrigado",
])
def test_a_dated_cancellation_in_its_own_sentence_is_past(body):
    assert "cancellation" not in read(body).intents


@pytest.mark.parametrize("body", [
    "Hola,\n\nQuiero el reembolso del precio completo porque no usamos la herramienta.\n\nGracias",
    "Olá,\n\nQuero o reembolso do preço cheio, não usei a plataforma este mês.\n\nObrigado",
    "Bonjour,\n\nJe veux le remboursement au plein tarif, nous n'utilisons plus l'outil.\n\nCordialement",
])
def test_the_whole_price_asked_back_is_no_billing_error(body):
    assert read(body).fields.reason_code != "billing_error"


@pytest.mark.parametrize("body", [
    "Hola,\n\nNos cobraron el precio sin descuento en la renovación. Pedimos la devolución de la diferencia.\n\nGracias",
    "Olá,\n\nVeio o preço cheio na renovação, sem o desconto combinado. Queremos a diferença de volta.\n\nObrigado",
])
def test_the_full_price_charged_is_a_billing_error(body):
    assert read(body).fields.reason_code == "billing_error"


def test_accented_endings_are_read():
    """RE2's ``\\b`` is ASCII: the fix13 patterns end "renovaré", "aun así", "acepté" with ``(?:$|\\W)``."""
    assert owd("Hola,\n\nNo renovaré el contrato de mantenimiento en octubre.\n\nSaludos").intents == {"cancellation"}
    found = read("Hola,\n\nCancelamos la suscripción y aun así nos cobraron otra cuota. Devolución, por favor.")
    assert found.intents == {"refund"}
    assert read("Hola,\n\nNunca acepté el cambio de plan y me cobraron el anual. Reembolso, por favor.").fields.reason_code \
        == "billing_error"
