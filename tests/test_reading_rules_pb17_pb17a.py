"""Reading rules generalised from the Spanish and Portuguese phrasebook misses (pb17a), each with sentences of
its own (none copied from the phrasebook), and near misses that must not trigger.

- More ways to end a plan or a project: "dar por terminado", "rescindir el proyecto", "darlo de baja",
  "canceléis", "no me renueven", "paramos la web", "desactiven la renovación automática", "dejen de
  cobrarme", "ya no quiero el plan", "cierren mi cuenta"; "desliguem a renovação automática", "encerrar a
  hospedagem", "deem o projeto por terminado", "terminassem o contrato", "que a manutenção termine", "fechar
  a conta", "não quero mais o plano", "parem de me cobrar", "parar com a manutenção",
  "denúncia do contrato"; typed typos ("vaja", "canselar").
- The English loanword asked for in Spanish and Portuguese ("necesito un refund", "preciso de um refund").
- A refund declined in more words ("no os voy a pedir que me devolváis", "ni pedimos devolución", "nada de
  estornos", "¿Reembolso? No", "não a quero de volta", "não é pra devolver nada"), or one already received or
  approved, asks for nothing.
- A cancellation only considered ("estoy pensando en cancelar") or told after a time that is gone ("el mes
  pasado pedimos la baja") asks for nothing; questions about the outcome of a case are policy questions.
- A document sent back ("devolvimos el contrato firmado") is no refund.
- Disputes (C4): a charge disowned with the card, the statutory right of withdrawal invoked, a consumer
  authority or arbitration centre, a charge contested with the card operator.
- L2 reasons: "pagué doble", two purchases, "cobrança a dobrar", an undue charge, the full price without the
  discount, an invoice for more than the plan costs, the login broken or the platform down.
"""

from __future__ import annotations

import pytest

from mailbot.reading.extract import Extractor
from tests.helpers import LO_ADDRESS, OWD_ADDRESS, config, inbound, ist

CFG = config()
LO = Extractor(CFG.brands["leadsoptima"])
OWD = Extractor(CFG.brands["optima_webdesign"])


def read(body: str, subject: str = "Consulta", brand=LO):
    to = LO_ADDRESS if brand is LO else OWD_ADDRESS
    return brand.extract(inbound("marta@example.com", to, subject, ist(2025, 9, 10, 10, 0), body))


# -- more ways to end a plan or a project ------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hola, damos por terminado el contrato de mantenimiento de la tienda a partir del mes que viene, la tienda cierra.",
    "Buenas tardes, la junta ha decidido rescindir el proyecto de la nueva web corporativa.",
    "Por favor quiero darlo de baja ya mismo, el servicio de hosting no lo usamos desde el verano.",
    "Os ruego que canceléis la iguala de redes sociales, hemos contratado a una persona en la empresa.",
    "Hola, no me renueven el plan anual el mes que viene, ya no lo necesito para nada.",
    "Buenas, paramos el desarrollo de la app de reservas porque el local no va a abrir este año.",
    "Desactiven la renovación automática de mi cuenta por favor, no voy a seguir usándola.",
    "Dejen de cobrarme cada mes, ya no trabajo con la herramienta desde hace tiempo.",
    "Ya no queremos el mantenimiento de la web, nuestro sobrino se encarga a partir de ahora.",
    "Cierren mi cuenta por favor, me mudo a otro país y no voy a usar la plataforma.",
    "kiero darme de vaja del servicio, no lo uso nunca",
])
def test_spanish_ways_to_end_a_plan_are_cancellations(body):
    assert "cancellation" in read(body, brand=OWD).intents


@pytest.mark.parametrize("body", [
    "Bom dia, desliguem a renovação automática do meu plano, não vou continuar no próximo ano.",
    "Olá, vamos encerrar a hospedagem da loja virtual porque migramos tudo para outra plataforma.",
    "Boa tarde. Pedimos que deem a campanha de anúncios por terminada a partir de hoje.",
    "Agradecia que terminassem o contrato de manutenção no fim deste mês, a empresa vai fechar.",
    "Peço apenas que a avença de redes sociais termine em dezembro, a sobrinha vai tratar disso.",
    "Quero fechar a minha conta, a empresa foi vendida e os novos donos usam outro sistema.",
    "Não queremos mais o plano de manutenção, vamos tratar do site internamente.",
    "Por favor parem de me cobrar todos os meses, já não uso a ferramenta.",
    "A partir de janeiro vamos parar com a manutenção, o site vai sair do ar.",
    "Venho por este meio comunicar a denúncia do contrato de prestação de serviços.",
    "canselar minha assinatura pf, não tenho usado",
])
def test_portuguese_ways_to_end_a_plan_are_cancellations(body):
    assert "cancellation" in read(body, brand=OWD).intents


@pytest.mark.parametrize("body", [
    "Hola, ¿la renovación automática está activada en mi cuenta? Solo quiero saberlo, gracias.",
    "Ayer desactivé la renovación automática desde el panel y funcionó bien, gracias por la ayuda.",
    "Buenas, ¿cómo cierro la sesión en el móvil? No encuentro el botón, gracias.",
    "Olá, a renovação automática está ligada na minha conta? É só para saber, obrigado.",
    "Bom dia, como faço para fechar a fatura do mês no painel? Obrigado.",
    "Olá, fechamos o plano anual ontem com o vosso comercial e está tudo certo, obrigado.",
])
def test_near_misses_are_not_cancellations(body):
    assert "cancellation" not in read(body).intents


# -- the English loanword ----------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hola, necesito un refund del plan trimestral, la herramienta no tiene la función de WhatsApp que nos vendieron.",
    "Oi, queria um refund da mensalidade de outubro, a ferramenta não tem a integração que a gente precisava.",
])
def test_the_english_loanword_asks_for_a_refund(body):
    assert read(body).intents == {"refund"}


@pytest.mark.parametrize("body", [
    "Hola, no necesito un refund, solo quiero cancelar el plan trimestral porque cerramos la tienda.",
    "Oi, não quero refund nenhum, só cancelem o plano mensal porque fechamos a loja.",
])
def test_the_english_loanword_declined_is_no_refund(body):
    assert read(body).intents == {"cancellation"}


# -- a refund declined in more words, or one already received ----------------------------------------------

@pytest.mark.parametrize("body", [
    "No os voy a pedir que me devolváis el mes en curso. Dadme de baja del plan, por favor.",
    "Ni pedimos reembolso ni nada parecido: solo cancelen la suscripción a final de mes.",
    "¿Reembolso? No, tranquilos. Solo cancelen la suscripción mensual.",
    "Nada de reembolsos, solo quiero cancelar la suscripción mensual y ya.",
    "Não a quero de volta, a mensalidade fica paga. Só cancelem a assinatura, por favor.",
    "Não é pra devolver nada, tá bom? Só cancelem a assinatura no fim do mês.",
    "Nada de estornos, só quero cancelar a assinatura mensal.",
])
def test_a_refund_declined_in_more_words_leaves_the_cancellation(body):
    assert read(body).intents == {"cancellation"}


@pytest.mark.parametrize("body", [
    "Hola, ya me llegó la devolución a la cuenta del banco. Muchas gracias por la rapidez.",
    "Buenas, os confirmo que hemos recibido el reembolso del cargo de agosto. Un saludo.",
    "Olá, já recebi o estorno na conta corrente, obrigado pela rapidez de vocês.",
    "Bom dia, o meu reembolso foi aprovado na semana passada, só queria agradecer.",
])
def test_a_refund_already_received_asks_for_nothing(body):
    assert read(body).intents == set()


# -- considered, past, hypothetical, a document sent back --------------------------------------------------

@pytest.mark.parametrize("body", [
    "Estamos pensando en cancelar pero antes queremos saber si se pueden exportar los informes.",
    "Estou pensando em cancelar, mas antes queria saber se consigo exportar os contatos.",
    "Buenas, la semana pasada pedimos la baja del hosting y nos la confirmasteis. ¿Queda algo pendiente?",
    "Si me doy de baja hoy, ¿me seguirían cobrando la cuota de diciembre?",
    "Si contrato el plan anual y no me convence, ¿me devolvéis el dinero?",
    "Imaginemos que aprovamos o layout e depois o cliente desiste — há alguma devolução possível?",
    "Quem paga por boleto tem direito a reembolso igual a quem paga no cartão?",
])
def test_considered_past_and_hypothetical_cases_ask_for_nothing(body):
    assert read(body).intents == set()


@pytest.mark.parametrize("body", [
    "Hola, os devolvimos la propuesta firmada ayer por la tarde. ¿Cuándo empieza el diseño?",
    "Olá, devolvemos o contrato assinado por correio ontem. Quando começa o projeto?",
])
def test_a_document_sent_back_is_no_refund(body):
    assert "refund" not in read(body, brand=OWD).intents


def test_a_cancellation_asked_now_is_still_read_after_a_time_word():
    assert read("Desde hoy mismo, por favor, den de baja mi suscripción mensual.").intents == {"cancellation"}


# -- disputes ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Ya presenté el desconocimiento del cobro ante mi banco. Aun así, den de baja la cuenta.",
    "Tengo derecho a desistir del contrato según la ley, así que exijo que me devuelvan el anticipo.",
    "Ya presenté una queja ante la superintendencia por este cobro. Quiero el reembolso del cargo.",
    "Vou levar isto ao centro de arbitragem se não devolverem o sinal.",
    "Já contestei o pagamento junto à operadora do cartão. Cancelem a conta.",
])
def test_more_dispute_words(body):
    assert read(body, brand=OWD).dispute is not None


@pytest.mark.parametrize("body", [
    "Soy abogada y uso la herramienta para el despacho. Quiero cancelar la suscripción porque me jubilo.",
    "Nuestro cliente es un despacho de abogados y nos pide cambiar la tipografía. ¿Cuánto costaría?",
])
def test_a_lawyer_by_profession_is_no_threat(body):
    assert read(body).dispute is None


# -- L2 reasons --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("body, code", [
    ("Buenas, al renovar pagué doble la mensualidad, quiero que me devuelvan uno de los cargos.", "duplicate_payment"),
    ("Oi, o banco mostra duas compras iguais da LeadsOptima no mesmo dia. Quero o estorno de uma.", "duplicate_payment"),
    ("Olá, houve cobrança a dobrar na renovação. Peço o reembolso de uma delas.", "duplicate_payment"),
    ("Hola, tengo un cargo indebido del día 5 en la tarjeta. Solicito la devolución.", "billing_error"),
    ("Me aplicaron el precio sin la promoción de lanzamiento. Devuélvanme la diferencia.", "billing_error"),
    ("A fatura veio com 210 reais mas o plano que assinei custa 180. Devolvam a diferença.", "billing_error"),
    ("El login no funciona desde el lunes y nadie me responde. Quiero el reembolso del mes.", "access_failure"),
    ("O sistema está fora do ar há três dias para a nossa equipe. Quero o reembolso do mês.", "access_failure"),
])
def test_more_exception_reasons(body, code):
    found = read(body)
    assert found.fields.reason_code == code
    assert "refund" in found.intents


@pytest.mark.parametrize("body", [
    "Buenas, ¿el plan anual sale el doble de caro que el mensual? Solo pregunto, gracias.",
    "Olá, fiz duas compras de créditos extra este mês e está tudo certo, obrigado.",
])
def test_near_misses_are_no_exception_reason(body):
    assert read(body).fields.reason_code in (None, "other")


# -- a negation that states a threat's condition ------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Voy a ir a la Profeco si no me cancelan la cuenta esta semana. No uso el servicio desde junio.",
    "Abro reclamação no Procon se não cancelarem a assinatura até sexta. Já não uso a ferramenta.",
    "I will file a chargeback with my bank if you don't cancel my subscription today.",
])
def test_a_negated_intent_inside_a_threat_is_demanded(body):
    found = read(body)
    assert "cancellation" in found.intents
    assert found.dispute is not None


@pytest.mark.parametrize("body", [
    "Si no me cancelan la cuenta automáticamente al terminar la prueba, ¿me cobran algo?",
    "Se não cancelarem a assinatura sozinhos no fim do teste, vou ser cobrado?",
])
def test_a_negated_intent_without_a_threat_stays_negated(body):
    assert "cancellation" not in read(body).intents


# -- more in Spanish and Portuguese: credited back, non-renewal, received, before, forgot ------------------

def test_the_amount_asked_to_be_credited_back_with_vosotros():
    assert read("El hito 2 no ha empezado. Os pido que nos abonéis ese importe, el cliente ha recortado gastos.",
                brand=OWD).intents == {"refund"}


def test_the_plain_non_renewal_is_a_cancellation_in_portuguese():
    assert read("Não é pra estornar nada. Só não renovem o plano trimestral em outubro, obrigada.").intents == {"cancellation"}


@pytest.mark.parametrize("body, subject", [
    ("Para vuestros archivos. Todo correcto por nuestra parte.", "Fwd: reembolso recibido"),
    ("Para os vossos registos. Está tudo certo do nosso lado.", "Fwd: estorno confirmado"),
])
def test_a_subject_naming_a_refund_received_asks_for_nothing(body, subject):
    assert read(body, subject=subject).intents == set()


@pytest.mark.parametrize("body", [
    "Antes de cancelar quiero saber si puedo descargar las facturas del año.",
    "Antes de cancelar queria saber se consigo baixar as faturas do ano.",
])
def test_before_cancelling_asks_for_nothing(body):
    assert read(body, subject="Pregunta").intents == set()


@pytest.mark.parametrize("body", [
    "Se me olvidó darme de baja antes de la renovación, así que quiero que me devolváis el cargo anual.",
    "Esqueci de cancelar antes da renovação, por isso quero que me devolvam a cobrança anual.",
])
def test_a_forgotten_cancellation_is_the_reason_of_a_refund(body):
    assert read(body).intents == {"refund"}


@pytest.mark.parametrize("body", [
    "Si me paso al plan anual y luego lo dejo, ¿me hacen el reembolso de los meses sin usar?",
    "Se eu mudar para o anual e depois sair, vocês fazem o reembolso dos meses que sobrarem?",
])
def test_asking_whether_they_would_refund_a_case_is_a_policy_question(body):
    assert read(body).intents == set()


# -- lines that are no reason ------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Buen día, me apoyan con la baja de mi suscripción mensual, de antemano gracias, quedo al pendiente.",
    "Reitero lo que les pedí en el chat: cancelen mi suscripción mensual.",
    "No es para pedir nada de dinero, tranquilos. Cancelen la suscripción mensual.",
    "Ya hice el desconocimiento del cobro en el banco. De todas formas cancelen la suscripción.",
    "Cancelem a assinatura mensal. Já é o segundo email que mando sobre isto.",
    "Já contestei o débito com o banco emissor. Mesmo assim, cancelem a assinatura.",
    "Na qualidade de sócio-gerente da Padaria Lima, Lda., solicito o cancelamento da assinatura.",
])
def test_courtesy_chasing_and_dispute_lines_are_no_reason(body):
    found = read(body)
    assert "cancellation" in found.intents
    assert found.fields.reason is None


@pytest.mark.parametrize("body", [
    "Cancelen el plan xq ya no tengo clientes en esa zona, gracias.",
    "Cancelem o plano pq a empresa mudou de ramo, obrigado.",
    "Cancelo. Caro demais para o tamanho da minha equipe.",
])
def test_short_causal_words_give_the_reason(body):
    found = read(body)
    assert "cancellation" in found.intents
    assert found.fields.reason


# -- the same rules in English, German and French ----------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Please switch off auto-renew on our account, the project ends in March.",
    "Kindly disable the automatic renewal of my plan, we are winding the agency down.",
    "Please stop charging my card, I stopped using the dashboard in May.",
    "Bitte deaktivieren Sie die automatische Verlängerung unseres Vertrags, das Projekt endet im März.",
    "Bitte stellen Sie die automatische Verlängerung für mein Konto ab, ich gehe in Rente.",
    "Bitte keine weiteren Abbuchungen mehr, wir haben das Büro geschlossen.",
    "Merci de couper le renouvellement automatique de notre abonnement, le projet se termine en mars.",
    "Arrêtez de nous facturer chaque mois, nous avons fermé le cabinet.",
])
def test_auto_renewal_off_and_stop_charging_are_cancellations(body):
    assert "cancellation" in read(body).intents


@pytest.mark.parametrize("body", [
    "Hi, we got the refund on our company card this morning. Thanks for sorting it out.",
    "Hallo, die Rückerstattung ist heute eingegangen. Vielen Dank für die schnelle Hilfe.",
    "Bonjour, nous avons obtenu le remboursement sur la carte de la société. Merci beaucoup.",
    "Nobody in our team has asked for a refund, we only need a copy of the invoice.",
    "Niemand bei uns möchte sein Geld zurück, wir brauchen nur eine Rechnungskopie.",
    "Personne ici n'a réclamé de remboursement, il nous faut juste une copie de la facture.",
])
def test_a_refund_received_or_asked_by_nobody_is_no_request(body):
    assert read(body).intents == set()


@pytest.mark.parametrize("body", [
    "We are considering cancelling, but first: can we export the lead lists to CSV?",
    "Wir spielen mit dem Gedanken zu kündigen. Kann man vorher die Leads als CSV exportieren?",
    "Nous envisageons de résilier, mais peut-on d'abord exporter les listes en CSV ?",
])
def test_a_cancellation_only_considered_asks_for_nothing(body):
    assert read(body).intents == set()


@pytest.mark.parametrize("body", [
    "Ich veranlasse eine Rückbuchung bei meiner Bank, falls Sie den Vertrag nicht sofort kündigen.",
    "Je ferai opposition auprès de ma banque si vous ne résiliez pas mon abonnement cette semaine.",
])
def test_a_negated_cancellation_inside_a_threat_is_demanded_in_german_and_french(body):
    found = read(body)
    assert "cancellation" in found.intents
    assert found.dispute is not None


def test_a_refund_not_yet_received_still_asks_for_the_duplicate():
    found = read("I have not received any refund yet. Please refund the duplicate charge on invoice LO-INV-4410.")
    assert "refund" in found.intents


# -- a charge told first, the earlier cancellation after it (L2 billing_error) -----------------------------

@pytest.mark.parametrize("body", [
    "Me cargaron la cuota trimestral aunque ya había dado de baja el plan en julio. Devuélvanme el cargo.",
    "Debitaram a mensalidade de outubro mas eu já tinha cancelado em setembro. Quero o estorno.",
    "You billed the quarterly fee although we had already cancelled in July. Please refund the charge.",
    "Vous avez facturé le trimestre alors que nous avions résilié en juillet. Merci de rembourser.",
    "Sie haben die Quartalsgebühr berechnet, obwohl wir im Juli gekündigt hatten. Bitte erstatten Sie sie.",
])
def test_a_charge_after_an_earlier_cancellation_is_a_billing_error(body):
    found = read(body)
    assert found.fields.reason_code == "billing_error"
    assert "refund" in found.intents


@pytest.mark.parametrize("body", [
    "Me cobraron la cuota de octubre y cancelé dos días después. ¿Me devuelven la parte no usada?",
    "Cobraram a mensalidade de outubro e eu cancelei dois dias depois. Devolvem a parte não usada?",
    "You charged the October fee and I cancelled two days later. Can I get the unused part back?",
])
def test_a_cancellation_after_the_charge_is_no_billing_error(body):
    assert read(body).fields.reason_code != "billing_error"


def test_a_change_of_business_is_a_short_reason():
    found = read("Cancelar a assinatura — mudança de ramo.", subject="Cancelar")
    assert found.intents == {"cancellation"}
    assert found.fields.reason
