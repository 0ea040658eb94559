"""Reading rules generalised from the ninth fresh round's Spanish, Portuguese and English misses (fix17a),
each with sentences of its own (none copied from any round), in every language where the same rule exists.

- Asking whether the money will be given back under a condition ("If you charge me after the trial, can you
  refund it?", "Se me cobrarem depois, podem devolver?") is a policy question, like "would I get a refund if
  ..."; a condition on the timing ("if it's not too late") or "if possible" only asks politely.
- A condition written on a line that ends with a comma and goes on in lower case on the next line ("Caso eu
  desista depois de pagar a entrada,\\neu recebo o valor de volta?") is one sentence: the question is still
  under its condition.
- A charge verb with the plan between it and the count ("se me cargó la cuota dos veces", "cobraram o plano
  duas vezes") and a repeated payment ("cobro repetido", "repeated charge") state a duplicate payment (L2).
- A formal lead-in joined to the sign-off on its line ("Sin otro particular, reciban un cordial saludo",
  "Sem mais de momento, com os melhores cumprimentos") ends the request: the signature and address after it
  are never the reason.
- A short statement of its own right after the ask ("Please cancel the hosting. We're switching providers.")
  is the reason when nothing longer gives one; a courtesy ("Hope you understand."), a closing, a reference
  with digits or a signature line ("Ravi, Tech team") never is.
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


# -- "can you give the money back?" under a condition -------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hi,\n\nI'm on the free trial for now. If you charge me once it ends, can you refund it?\n\nThanks\nAmit",
    "Hi,\n\nIf the annual renewal goes through by accident, will you give the money back?\n\nThanks\nAmit",
    "Hola,\n\nEstoy probando la plataforma. Si me cobran algo al terminar la prueba, ¿me pueden devolver "
    "el importe?\n\nGracias\nMarta",
    "Hola,\n\nSi se renueva sin querer el plan anual, ¿pueden reembolsarlo?\n\nSaludos\nMarta",
    "Olá,\n\nAinda estou no teste. Se houver alguma cobrança no fim do período, vocês podem devolver o "
    "valor?\n\nObrigado\nTiago",
    "Olá,\n\nCaso a renovação anual seja cobrada por engano, podem reembolsar?\n\nObrigado\nTiago",
    "Bonjour,\n\nSi vous me prélevez à la fin de l'essai, pouvez-vous me rembourser ?\n\nCordialement\nLuc",
    "Hallo,\n\nfalls nach der Testphase doch etwas abgebucht wird, können Sie das dann erstatten?\n\n"
    "Grüße\nPia",
    "Namaste,\n\nagar trial ke baad paise kat gaye to refund kar sakte ho?\n\nDhanyavaad\nRavi",
])
def test_a_refund_asked_under_a_condition_is_a_policy_question(body):
    assert read(body).intents == set()


@pytest.mark.parametrize("body", [
    # the charge happened: the same question asks for the money back
    "Hi,\n\nYou charged me twice on the 3rd. Can you refund the second charge?\n\nThanks\nAmit",
    # a condition on the timing, or "if possible", only asks politely
    "Hi,\n\nIf it's not too late, can you refund yesterday's renewal? I meant to cancel.\n\nThanks\nAmit",
    "Hola,\n\nMe cobraron dos veces el plan. ¿Me pueden devolver el segundo cargo?\n\nGracias\nMarta",
    "Hola,\n\nSi no es demasiado tarde, ¿pueden devolverme la renovación de ayer?\n\nGracias\nMarta",
    "Olá,\n\nFui cobrado duas vezes este mês. Podem devolver a segunda cobrança?\n\nObrigado\nTiago",
    "Olá,\n\nSe ainda for a tempo, podem devolver a renovação de ontem?\n\nObrigado\nTiago",
    "Olá,\n\nSe for possível, podem reembolsar a cobrança de ontem?\n\nObrigado\nTiago",
])
def test_a_refund_asked_without_a_real_condition_is_read(body):
    assert "refund" in read(body).intents


# -- a condition wrapped after its comma -----------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Olá! Quero contratar um site novo. Caso eu desista depois de pagar a entrada,\neu recebo o valor de "
    "volta?\nObrigado, Tiago",
    "Hola. Quiero encargar una web. Si me arrepiento después de pagar la señal,\n¿me devuelven el dinero?\n"
    "Gracias, Marta",
    "Hi. We may order a new site. If we change our minds after paying the deposit,\nwould we get the money "
    "back?\nThanks, Amit",
])
def test_a_condition_wrapped_after_its_comma_still_holds_the_question(body):
    assert read_owd(body).intents == set()


@pytest.mark.parametrize("body", [
    # a greeting line followed by the request: still a request
    "Hi team,\nplease refund the deposit I paid yesterday for the Linden site.\nThanks, Amit",
    "Olá equipe,\npeço o reembolso do sinal que paguei ontem.\nObrigado, Tiago",
])
def test_a_greeting_line_before_a_request_sets_no_condition(body):
    assert "refund" in read_owd(body).intents


# -- a duplicate charge told with a gap, or as a repeated payment ---------------------------------------

@pytest.mark.parametrize("body", [
    "Hola,\n\nEl día 4 se me cargó la cuota mensual dos veces. Quiero la devolución de una.\n\nGracias\nMarta",
    "Hola,\n\nNos cobró la renovación del plan anual dos veces, con un minuto de diferencia.\n\nSaludos\nMarta",
    "Hola,\n\nTengo un cobro repetido en la tarjeta del día 4. Devuélvanme el segundo.\n\nSaludos\nMarta",
    "Olá,\n\nCobraram o plano mensal duas vezes no dia 4. Quero o estorno de uma.\n\nObrigado\nTiago",
    "Olá,\n\nHá um pagamento repetido no meu cartão, do dia 4. Peço o reembolso.\n\nObrigado\nTiago",
    "Hi,\n\nThere is a repeated charge on my card from the 4th. Please refund one of them.\n\nThanks\nAmit",
    "Bonjour,\n\nJ'ai un paiement répété sur ma carte le 4. Merci de rembourser le second.\n\nCordialement\nLuc",
    "Hallo,\n\nauf meiner Karte ist eine wiederholte Abbuchung vom 4. Bitte erstatten Sie eine davon.\n\n"
    "Grüße\nPia",
])
def test_a_duplicate_charge_told_with_a_gap_or_as_repeated_is_read(body):
    assert read(body).fields.reason_code == "duplicate_payment"


@pytest.mark.parametrize("body", [
    "Hola,\n\nNo se me cargó la cuota dos veces, solo quiero cancelar el plan.\n\nGracias\nMarta",
    "Hola,\n\nEl cargo se rechazó dos veces y al final pagué con otra tarjeta. Quiero cancelar.\n\nGracias\nMarta",
    "Hola,\n\nMe cobró el plan mensual y no veo nada raro. Quiero cancelar.\n\nGracias\nMarta",
    "Hi,\n\nI'm a repeat customer and would like to cancel my plan now.\n\nThanks\nAmit",
])
def test_a_charge_not_made_twice_is_no_duplicate(body):
    assert read(body).fields.reason_code != "duplicate_payment"


# -- a formal lead-in on the sign-off line ---------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Buenos días,\n\nLes comunico la baja del mantenimiento mensual de la web, factura OWD-2025-41.\n\n"
    "Sin otro particular, reciban un cordial saludo.\n\nJulia Soto\nSoto Abogados Laboralistas\n"
    "Avda. de la Constitución 8, 41001 Sevilla",
    "Bom dia,\n\nVenho comunicar o cancelamento da manutenção mensal do site, fatura OWD-2025-41.\n\n"
    "Sem mais de momento, com os melhores cumprimentos.\n\nRita Lopes\nLopes Contabilidade Lda\n"
    "Rua das Flores 120, 4050-262 Porto",
    "Hello,\n\nPlease cancel the monthly maintenance for our website, invoice OWD-2025-41.\n\n"
    "That's all for now, thanks\n\nJohn Carter\nCarter & Sons Builders\n14 Mill Lane, Leeds LS1 4AB",
    "Bonjour,\n\nJe vous informe de la résiliation de la maintenance mensuelle du site, facture OWD-2025-41.\n\n"
    "Dans l'attente de votre retour, je vous prie d'agréer mes salutations distinguées.\n\nClaire Morel\n"
    "Cabinet Morel Expertise Comptable\n12 rue de la Paix, 75002 Paris",
    "Guten Tag,\n\nhiermit kündige ich die monatliche Wartung der Website, Rechnung OWD-2025-41.\n\n"
    "In Erwartung Ihrer Antwort verbleibe ich mit freundlichen Grüßen\n\nKarl Weber\nWeber Steuerberatung GmbH\n"
    "Hauptstraße 5, 10115 Berlin",
])
def test_a_formal_sign_off_line_ends_the_request(body):
    found = read_owd(body)
    assert found.intents == {"cancellation"}
    assert found.fields.reason is None


def test_a_reason_before_a_formal_sign_off_is_still_read():
    body = ("Buenos días,\n\nLes comunico la baja del mantenimiento mensual de la web, factura OWD-2025-41. "
            "Hemos contratado a un informático en plantilla que se encargará de todo.\n\n"
            "Sin otro particular, reciban un cordial saludo.\n\nJulia Soto")
    assert "informático" in (read_owd(body).fields.reason or "")


# -- a short reason of its own after the ask ------------------------------------------------------------

@pytest.mark.parametrize("body, words", [
    ("Hello,\n\nPlease cancel the monthly hosting for our site. We're switching providers.\n\nThanks\nAmit",
     "switching providers"),
    ("Hello,\n\nKindly end the maintenance retainer from next month. We hired a developer.\n\nRegards\nAmit",
     "hired a developer"),
    ("Hola,\n\nPor favor, den de baja el mantenimiento mensual. Cerramos el negocio.\n\nSaludos\nMarta",
     "Cerramos el negocio"),
    ("Olá,\n\nPor favor cancelem a manutenção mensal. Vamos internalizar o serviço.\n\nObrigado\nTiago",
     "internalizar o serviço"),
    ("Bonjour,\n\nMerci de résilier l'hébergement mensuel. Nous internalisons la maintenance.\n\nCordialement\nLuc",
     "internalisons la maintenance"),
    ("Hello,\n\nPlease cancel the monthly hosting. Budget got cut.\n\nThanks\nAmit", "Budget got cut"),
    ("Hallo,\n\nbitte kündigen Sie das monatliche Hosting. Wir wechseln den Anbieter.\n\nGrüße\nPia",
     "wechseln den Anbieter"),
])
def test_a_short_reason_after_the_ask_is_the_reason(body, words):
    assert words in (read_owd(body).fields.reason or "")


@pytest.mark.parametrize("body", [
    "Hello,\n\nPlease cancel the monthly hosting for our site. Hope you understand.\n\nThanks\nAmit",
    "Hello,\n\nPlease cancel the monthly hosting for our site. Let me know asap.\n\nThanks\nAmit",
    "Hello,\n\nPlease cancel the monthly hosting for our site. Invoice OWD-2025-77 attached.\n\nThanks\nAmit",
    "Hello,\n\nPlease cancel the monthly hosting for our site.\nRavi, Tech team",
    "Hello,\n\nPlease cancel the monthly hosting for our site. Thank you so much.\nAmit",
    "Hola,\n\nPor favor, den de baja el mantenimiento mensual. Espero su confirmación.\n\nSaludos\nMarta",
    "Olá,\n\nPor favor cancelem a manutenção mensal. Fico no aguardo.\n\nObrigado\nTiago",
    "Bonjour,\n\nMerci de résilier l'hébergement mensuel. Merci par avance.\n\nLuc",
    "Hallo,\n\nbitte kündigen Sie das monatliche Hosting. Ich hoffe auf Verständnis.\n\nPia",
])
def test_a_courtesy_or_signature_after_the_ask_is_no_reason(body):
    assert read_owd(body).fields.reason is None


# -- a postal address in the signature -------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Buenos días,\n\nLes comunico la baja del servicio mensual de la web, factura OWD-2025-41.\n\nJulia Soto\n"
    "Soto Asesores\nC/ Mayor 12, 28013 Madrid",
    "Bom dia,\n\nVenho pedir o cancelamento da manutenção mensal, fatura OWD-2025-41.\n\nRita Lopes\n"
    "Rua das Flores 120, 4050-262 Porto",
    "Bonjour,\n\nJe demande la résiliation de la maintenance, facture OWD-2025-41.\n\nClaire Morel\n"
    "12 rue de la Paix, 75002 Paris",
    "Guten Tag,\n\nich kündige die Wartung, Rechnung OWD-2025-41.\n\nKarl Weber\nHauptstraße 5, 10115 Berlin",
    "Hello,\n\nPlease cancel the monthly maintenance, invoice OWD-2025-41.\n\nJohn Carter\n14 Mill Lane, Leeds LS1 4AB",
])
def test_a_postal_address_in_the_signature_is_no_reason(body):
    assert read_owd(body).fields.reason is None


def test_a_reason_naming_a_street_is_still_read():
    body = ("Hello,\n\nPlease cancel the monthly maintenance, invoice OWD-2025-41. We are moving the office to "
            "14 Mill Lane and closing the web shop for good.\n\nJohn Carter")
    assert "closing the web shop" in (read_owd(body).fields.reason or "")


@pytest.mark.parametrize("body", [
    # after a refund asked, a terse line never stands for the reason: the bot asks for it (C3)
    "Hello,\n\nPlease refund the deposit for our site. Do it today.\n\nThanks\nAmit",
    "Hello,\n\nPlease refund the deposit for our site. Plans have changed.\n\nThanks\nAmit",
    "Hola,\n\nDevuélvanme la señal de la web. Háganlo hoy mismo.\n\nGracias\nMarta",
    # an order after a cancellation is no reason either
    "Hello,\n\nPlease cancel the monthly hosting for our site. Do it today.\n\nThanks\nAmit",
    "Hello,\n\nPlease cancel the monthly hosting for our site. Process it quickly.\n\nThanks\nAmit",
])
def test_a_terse_line_after_a_refund_or_an_order_is_no_reason(body):
    assert read_owd(body).fields.reason is None
