"""Reading rules generalised from the phrasebook's Spanish, Portuguese, Hindi and English misses (fix19c),
each with sentences of its own (none copied from the phrasebook or any round), in every language where the
same rule exists.

- Leaving a subscription-like service, wished or announced ("quiero dejar el servicio", "vamos a deixar de
  usar a plataforma", "we are leaving your platform at the end of the month", "service chhodna chahte
  hain") asks to cancel it.  Decision (POLICY_SPEC section 8 reads requests in every language like
  English): a wish or an announcement of leaving a service, a subscription, a plan or a platform is a
  cancellation; a project or a site given up ("desistimos do projeto ... quero o dinheiro de volta",
  held-out fresh8 pt-y08) stays the reason of a refund; a plan left as it is ("dejar el plan como está",
  "leave the plan as it is"), a negated wish and a stop told in the past ask for nothing.
- A courtesy sentence of its own after the request, gratitude promised in advance ("I would be very
  grateful", "Les estaría muy agradecido", "Ficaria muito grato", "Aapki badi kripa hogi", "आभारी
  रहूँगा") or a confirmation asked in writing ("Likhit confirmation bhejiye", "Confírmenlo por escrito"),
  is no reason (section 8: formalities are not reasons), so an Optima cancellation without one asks for it
  (C3).  The patterns hold the whole sentence: one that goes on after a comma with a reason is still read.
- "O estorno no cartão" names where a refund is credited (the original payment method, C5), not a dispute:
  only the card issuer or the bank asked for the reversal ("já pedi estorno no cartão", "vou pedir estorno
  junto ao banco", "vou estornar no cartão") is one (C4).
- Portuguese as written in Portugal puts the article before the possessive ("encerrem a minha
  assinatura"): it asks to cancel like "encerrem minha assinatura".
- A refund word in the subject is no request when the body tells a refund as made ("Subject: Refund from
  the registrar" over "the registrar refunded us the fee"): the subject names what the body tells.  A
  refund the body asks in its own words, or a duplicate charge it states, is still a request.
- A plan switched without the customer ("o site mudou sozinho", "me cambiaron al anual sin que lo
  pidiera", "the plan switched by itself", "plan apne aap badal gaya"), or the plan chosen named against
  another plan in the same sentence ("el dinero del anual: el plan que elegí era el mensual"), is a billing
  error (L2); so is a charge told and then "y yo la cancelé el día 3" (the cancellation before it, without
  "ya").  The same plan chosen and charged, or a plan changed by the customer, is no error.
- A relative clause telling that the thing asked about is unused, gone or never delivered ("la cuenta de
  mi empleado que ya se fue", "o plugin que nunca chegou a ser instalado", "an account of a colleague who
  has left"), or that it is left over or idle ("ficou sobrando", "está parada"), is the customer's reason,
  also after a negated other request.  A relative clause that only identifies the thing ("el plan que
  contraté en marzo", "the plan that we signed up for") is none.
- A cause named with "por falta de", "por causa de", "a causa de", "for lack of", "ki kami se" is a reason,
  also in a sentence that tells what happened before the refund is chased ("you closed the project for
  lack of slots and promised the deposit back").
- The refund named first and then declined with an asking verb ("Reembolso no pido", "Estorno não peço",
  "A refund I'm not asking for") declines it like "no pido reembolso" does (section 8, negation).
- A postscript below the signature ("PS:", "P.S.", "P.D.:", "NB:") is the customer's own words: when the
  request gives no reason, the postscript's is read (an L2 exception or a statement of its own).  A
  signature line that merely begins with the letters ("PS Consulting Ltd") or a question in the
  postscript gives none.
"""

from __future__ import annotations

import pytest

from mailbot.reading.extract import Extractor
from tests.helpers import LO_ADDRESS, OWD_ADDRESS, config, inbound, ist

CFG = config()
LO = Extractor(CFG.brands["leadsoptima"])
OWD = Extractor(CFG.brands["optima_webdesign"])


def read(body: str, subject: str = "Hello", brand: Extractor = LO):
    to = LO_ADDRESS if brand is LO else OWD_ADDRESS
    return brand.extract(inbound("nora@example.com", to, subject, ist(2025, 9, 10, 10, 0), body))


# -- leaving the service ------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Buenas,\n\nQueremos dejar el servicio a final de mes, el negocio no da para más.\n\nSaludos\nLuis",
    "Buenas,\n\nMe gustaría dejar la suscripción, ya casi no entro.\n\nSaludos\nLuis",
    "Buenas,\n\nHemos decidido dejar de usar la plataforma porque nos pasamos a una hoja de cálculo.\n\nSaludos\nLuis",
    "Buenas,\n\nDejaremos el plan anual el próximo mes.\n\nSaludos\nLuis",
    "Buenas,\n\nDesistimos de la suscripción, el socio se ha ido.\n\nSaludos\nLuis",
    "Bom dia,\n\nGostaria de deixar a assinatura, a agência fechou.\n\nObrigado\nRui",
    "Bom dia,\n\nVamos deixar de usar a ferramenta porque o orçamento acabou.\n\nObrigado\nRui",
    "Bom dia,\n\nDeixaremos o plano mensal no fim do mês.\n\nObrigado\nRui",
    "Bom dia,\n\nDesistimos da hospedagem, mudámos tudo para outro fornecedor.\n\nObrigado\nRui",
    "Hello,\n\nWe would like to stop using your platform, the team moved to another CRM.\n\nBest\nDana",
    "Hello,\n\nI have decided to leave the subscription at the end of this cycle.\n\nBest\nDana",
    "Hello,\n\nWe're leaving your service because our budget was cut.\n\nBest\nDana",
    "Namaste,\n\nHum ab subscription chhodna chahte hain, office band ho raha hai.\n\nDhanyavaad\nMeena",
    "Namaste,\n\nHum platform chhod rahe hain, naya tool mil gaya.\n\nDhanyavaad\nMeena",
    "नमस्ते,\n\nहम प्लान छोड़ना चाहते हैं, अब ज़रूरत नहीं है।\n\nधन्यवाद\nमीना",
    "Bonjour,\n\nNous souhaitons quitter votre plateforme, notre budget a été coupé.\n\nCordialement\nLéa",
    "Hallo,\n\nwir wollen das Abo nicht mehr nutzen, weil das Budget gestrichen wurde.\n\nGrüße\nJan",
])
def test_leaving_the_service_is_a_cancellation(body):
    assert "cancellation" in read(body).intents


@pytest.mark.parametrize("body", [
    "Buenas,\n\nQueremos dejar el plan como está y solo cambiar la tarjeta.\n\nSaludos\nLuis",
    "Buenas,\n\nNo queremos dejar el servicio, solo saber el precio del anual.\n\nSaludos\nLuis",
    "Buenas,\n\nQueremos dejar el servicio activo mientras migramos los datos.\n\nSaludos\nLuis",
    "Bom dia,\n\nQuero deixar o plano como está, só atualizar o cartão.\n\nObrigado\nRui",
    "Bom dia,\n\nNão queremos deixar o serviço, só mudar o e-mail de faturação.\n\nObrigado\nRui",
    "Hello,\n\nI'd like to leave the plan as it is and only update the billing address.\n\nBest\nDana",
    "Hello,\n\nWe don't want to stop using the service, only to add a user.\n\nBest\nDana",
    "Namaste,\n\nHum plan nahi chhodna chahte, bas invoice ki copy chahiye.\n\nDhanyavaad\nMeena",
    "Hallo,\n\nwir werden die Plattform nicht mehr nutzen können, wenn der Login weiter hakt.\n\nGrüße\nJan",
])
def test_keeping_or_not_leaving_the_service_is_no_cancellation(body):
    assert "cancellation" not in read(body).intents


def test_a_project_given_up_stays_the_reason_of_a_refund():
    found = read("Olá,\n\nPagámos a entrada na semana passada e desistimos do projeto porque o sócio saiu. "
                 "Queremos o dinheiro de volta.\n\nObrigado\nRui", brand=OWD)
    assert found.intents == {"refund"}


@pytest.mark.parametrize("body", [
    "Buenas,\n\nDejamos de usar la plataforma hace meses y aun así nos cobraron. Devuélvanme el dinero.\n\nSaludos\nLuis",
    "Hello,\n\nWe stopped using the platform in June, yet you charged us again. Please refund it.\n\nBest\nDana",
])
def test_a_stop_told_in_the_past_asks_no_cancellation(body):
    found = read(body)
    assert "cancellation" not in found.intents and "refund" in found.intents


# -- courtesies are no reason -------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hello,\n\nPlease close my account. We would be most grateful.\n\nThanks\nRay",
    "Hello,\n\nKindly cancel the plan. That would be much appreciated.\n\nThanks\nRay",
    "Buenas,\n\nDen de baja mi cuenta, por favor. Les quedaría muy agradecida.\n\nSaludos\nEva",
    "Buenas,\n\nCancelen el plan trimestral. Confírmenme la baja por escrito.\n\nSaludos\nEva",
    "Olá,\n\nCancelem o meu plano, por favor. Ficaríamos muito agradecidos.\n\nAbraço\nRui",
    "Olá,\n\nEncerrem a minha assinatura. Confirmem tudo por escrito.\n\nAbraço\nRui",
    "Namaste,\n\nMera subscription band kar dijiye. Aapki bahut meherbani hogi.\n\nDhanyavaad\nRavi",
    "Namaste,\n\nPlan cancel kar dijiye. Mail par confirmation bhej dijiye.\n\nDhanyavaad\nRavi",
    "नमस्ते,\n\nमेरा सब्सक्रिप्शन रद्द कर दीजिए। हम आपके आभारी रहेंगे।\n\nधन्यवाद\nरवि",
    "नमस्ते,\n\nमेरा प्लान कैंसिल कर दीजिए। आपकी अति कृपा होगी।\n\nधन्यवाद\nरवि",
    "Bonjour,\n\nMerci de clôturer mon abonnement. Nous vous en serions très reconnaissants.\n\nCordialement\nLuc",
    "Hallo,\n\nbitte kündigen Sie unser Abo. Wir wären Ihnen äußerst dankbar.\n\nGrüße\nPia",
])
def test_a_courtesy_after_the_request_is_no_reason(body):
    found = read(body)
    assert "cancellation" in found.intents and found.fields.reason is None


@pytest.mark.parametrize("body", [
    "Hello,\n\nPlease cancel the plan. I would be grateful, as our shop closed last month.\n\nThanks\nRay",
    "Buenas,\n\nCancelen el plan. Les estaría agradecido, cerramos la tienda el mes pasado.\n\nSaludos\nEva",
    "Namaste,\n\nPlan cancel kar dijiye. Budget khatam ho gaya hai, confirm kar dijiye.\n\nDhanyavaad\nRavi",
])
def test_a_courtesy_that_goes_on_with_a_reason_keeps_it(body):
    assert read(body).fields.reason


# -- the refund credited to the card is no dispute -----------------------------------------------------

@pytest.mark.parametrize("body", [
    "Olá,\n\nO estorno caiu no cartão hoje de manhã, muito obrigado!\n\nAbraço\nRui",
    "Olá,\n\nConfirmo que recebemos o estorno no cartão corporativo.\n\nAbraço\nRui",
    "Olá,\n\nPor favor façam o estorno no cartão que usei na compra, fui cobrado duas vezes.\n\nAbraço\nRui",
])
def test_a_refund_to_the_card_is_no_dispute(body):
    assert read(body).dispute is None


@pytest.mark.parametrize("body", [
    "Olá,\n\nSe até amanhã não devolverem, vou pedir estorno no cartão.\n\nAbraço\nRui",
    "Olá,\n\nJá pedimos estorno no cartão, ninguém respondeu aos e-mails.\n\nAbraço\nRui",
    "Olá,\n\nVamos estornar tudo pelo cartão se isto não se resolver.\n\nAbraço\nRui",
    "Olá,\n\nVou abrir uma contestação no banco ainda hoje.\n\nAbraço\nRui",
])
def test_the_card_issuer_asked_is_a_dispute(body):
    assert read(body).dispute is not None


# -- the subject names a refund the body tells as made ---------------------------------------------------

def read_subject(subject: str, body: str, brand: Extractor = LO):
    return read(body, subject=subject, brand=brand)


@pytest.mark.parametrize("subject,body", [
    ("Hosting refund last spring", "Hi,\n\nYou refunded our hosting fee in April when the launch slipped, thanks again. "
     "Could we book a call about a redesign?\n\nBest\nOmar"),
    ("Refund by the payment provider", "Hi,\n\nThe payment provider reimbursed us the extra fee directly, so we are all "
     "square.\n\nBest\nOmar"),
    ("Reembolso del año pasado", "Hola,\n\nEl año pasado nos reembolsaron el anticipo cuando aplazamos, gracias. "
     "¿Podemos retomar el proyecto?\n\nSaludos\nOmar"),
    ("Reembolso antigo", "Olá,\n\nVocês reembolsaram a entrada no ano passado quando adiámos, obrigado. "
     "Podemos recomeçar o projeto?\n\nAbraço\nOmar"),
    ("refund ka status", "Namaste,\n\nAapne likha tha ki refund process ho gaya, bank statement me dikh raha hai. "
     "Bas invoice ki copy bhej dijiye.\n\nDhanyavaad\nOmar"),
])
def test_a_subject_naming_a_refund_told_as_made_asks_nothing(subject, body):
    assert "refund" not in read_subject(subject, body, OWD).intents


@pytest.mark.parametrize("subject,body", [
    ("Refund", "Hi,\n\nYou refunded me the March charge, thanks. This month I was charged twice again.\n\nBest\nOmar"),
    ("Refund again", "Hi,\n\nYou refunded us once already. Please refund this month too, we cannot log in at all."
     "\n\nBest\nOmar"),
])
def test_a_refund_asked_or_an_exception_stated_in_the_body_still_asks(subject, body):
    assert "refund" in read_subject(subject, body).intents


# -- a plan switched without the customer is a billing error ---------------------------------------------

@pytest.mark.parametrize("body", [
    "Olá,\n\nA minha assinatura passou sozinha para o plano anual e debitaram o ano todo. Quero o estorno.\n\nRui",
    "Olá,\n\nDevolvam o valor do trimestral, o plano que contratei era o mensal.\n\nRui",
    "Buenas,\n\nLa plataforma nos pasó al plan anual sin nuestro consentimiento. Devuélvannos la diferencia.\n\nEva",
    "Buenas,\n\nQuiero que me devuelvan el trimestral, la opción que marqué era la mensual.\n\nEva",
    "Buenas,\n\nnos facturaron el trimestre pero nosotros lo cancelamos en agosto, devuélvanlo\n\nEva",
    "buenas\n\nme cargaron el plan otra vez y yo lo cancelé el 2 de junio devuélvanmelo\n\nEva",
    "Hi,\n\nOur subscription was switched to quarterly without our consent. Please refund the difference.\n\nAna",
    "Namaste,\n\nBina puche mera plan annual me upgrade ho gaya. Paise wapas kijiye.\n\nRavi",
    "नमस्ते,\n\nमेरा प्लान अपने आप सालाना में बदल गया। पैसे वापस कीजिए।\n\nरवि",
])
def test_a_plan_switched_without_the_customer_is_a_billing_error(body):
    assert read(body).fields.reason_code == "billing_error"


@pytest.mark.parametrize("body", [
    "Olá,\n\nO plano que escolhi foi o anual, quero cancelar a renovação porque fechámos a loja.\n\nRui",
    "Buenas,\n\nEl plan que elegí era el anual y quiero cancelarlo, cerramos la tienda.\n\nEva",
    "Hi,\n\nI switched my plan to annual myself last week; please refund it, it is too expensive for us.\n\nAna",
])
def test_the_plan_chosen_or_changed_by_the_customer_is_no_billing_error(body):
    assert read(body).fields.reason_code != "billing_error"


# -- a relative clause saying the thing is unused, gone or idle is a reason --------------------------------

@pytest.mark.parametrize("body,brand", [
    ("Buenas,\n\nSolo quiero dar de baja el usuario de una socia que ya no trabaja con nosotros.\n\nEva", LO),
    ("Buenas,\n\nNo cancelo el hosting. Pido la devolución del tema que al final no se instaló.\n\nEva", OWD),
    ("Buenas,\n\nQuiero cancelar la cuenta de pruebas que está parada.\n\nEva", LO),
    ("Olá,\n\nNão quero estorno. Só quero fechar a conta de uma colaboradora que já saiu.\n\nRui", LO),
    ("Olá,\n\nPeço a devolução da licença que nunca chegou a ser ativada.\n\nRui", OWD),
    ("Olá,\n\nQuero encerrar a conta secundária, está parada.\n\nRui", LO),
    ("Hi,\n\nNo refund needed. Please cancel the account of a colleague who has since left.\n\nAna", LO),
    ("Hi,\n\nPlease refund the theme add-on that was never installed.\n\nAna", OWD),
])
def test_a_clause_saying_the_thing_is_unused_or_gone_is_a_reason(body, brand):
    found = read(body, brand=brand)
    assert found.intents and found.fields.reason


@pytest.mark.parametrize("body", [
    "Buenas,\n\nQuiero cancelar el plan que contraté en marzo.\n\nEva",
    "Olá,\n\nQuero cancelar o plano que assinei em março.\n\nRui",
    "Hi,\n\nPlease cancel the plan that we signed up for in March.\n\nAna",
])
def test_a_clause_that_only_names_the_thing_is_no_reason(body):
    found = read(body)
    assert "cancellation" in found.intents and found.fields.reason is None


# -- a cause named with 'for lack of' is a reason ----------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Olá,\n\nEm julho vocês pararam o projeto por falta de equipa e prometeram devolver o sinal. Até agora nada.\n\nRui",
    "Buenas,\n\nEl proyecto se paró a causa de la mudanza y nos dijisteis que devolveríais el anticipo.\n\nEva",
    "Hi,\n\nYou paused the build for lack of developers and promised a refund of the deposit. Still waiting.\n\nAna",
    "Namaste,\n\nDesigner ki kami se aapne project rok diya tha, advance wapas kijiye.\n\nRavi",
])
def test_a_cause_named_is_a_reason(body):
    found = read(body, brand=OWD)
    assert "refund" in found.intents and found.fields.reason


# -- the refund named first, then declined ------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Buenas,\n\nDevolución no les pido, solo quiero cerrar la cuenta del local.\n\nEva",
    "Buenas,\n\nEl reembolso no lo estamos pidiendo; den de baja la suscripción.\n\nEva",
    "Olá,\n\nDevolução não lhes peço, só encerrem a assinatura.\n\nRui",
    "Olá,\n\nReembolso não estamos a pedir. Cancelem o plano, por favor.\n\nRui",
    "Hi,\n\nA refund we're not asking for. Please just cancel the subscription.\n\nAna",
])
def test_a_refund_named_first_then_declined_asks_none(body):
    assert read(body).intents == {"cancellation"}


# -- a postscript's reason is read --------------------------------------------------------------------------

@pytest.mark.parametrize("body,code", [
    ("Hi,\n\nPlease refund the March charge.\n\nThanks,\nLee\n\nPS: since your update last week I cannot log in "
     "at all.", "access_failure"),
    ("Hi,\n\nPlease cancel the subscription.\n\nBest,\nLee\n\nP.S. Our agency is merging with a bigger group "
     "next month.", "other"),
    ("Hola,\n\nQuiero el reembolso de este mes.\n\nSaludos,\nEva\n\nP.D.: me cobraron dos veces el mismo día.",
     "duplicate_payment"),
    ("Olá,\n\nCancelem a assinatura, por favor.\n\nAbraço,\nRui\n\nPS: a empresa foi vendida e o novo dono usa "
     "outra ferramenta.", "other"),
    ("Namaste,\n\nMera plan cancel kar dijiye.\n\nDhanyavaad,\nRavi\n\nPS: humari dukaan agle mahine band ho "
     "rahi hai.", "other"),
])
def test_a_postscript_gives_the_reason(body, code):
    found = read(body)
    assert found.fields.reason and found.fields.reason_code == code


@pytest.mark.parametrize("body", [
    "Hi,\n\nPlease cancel the subscription.\n\nRegards,\nLee Parker\nPS Consulting Ltd\n",
    "Hi,\n\nPlease cancel the subscription.\n\nRegards,\nLee\n\nPS: how was the conference last week?",
])
def test_no_postscript_or_a_question_gives_no_reason(body):
    assert read(body).fields.reason is None
