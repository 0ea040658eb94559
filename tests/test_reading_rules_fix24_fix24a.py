"""Reading rules behind the fresh16 misses in Spanish, Portuguese and French (fix24a), each with sentences of
its own (none copied from any round or from the phrasebook).

- A refund declined as the second member of 'ni' / 'nem' with a gerund or a wish ('ni estoy reclamando
  devolución', 'nem quero estorno'); 'ni estoy contento' or 'nem quero esperar' names no refund and declines
  nothing.
- The non-renewal asked with the pronoun of the person ('que no se nos renueve', 'não nos renovarem a
  assinatura'); a past 'no se me renovó' asks nothing.
- Two charges counted in digits on the same day are a duplicate ('2 cobros ... el mismo día', '2 prélèvements
  ... le même jour'); two charges in two months are not.
- A question under a condition naming the money by its pronoun ('si cambio de idea, ¿me la devuelven?') asks
  about a hypothetical case.
- A disclaimer in the plural and the footer about printing ('son confidenciales', 'avant d'imprimer ce
  courriel') are boilerplate, never the reason.
- A closing word before anything was said opens the mail ('Saludos. Queremos dar de baja ...'): the reason
  after it is read; the same word after the request still ends it.
"""

from __future__ import annotations

import pytest

from tests.helpers import LO_ADDRESS, OWD_ADDRESS, inbound, ist, _reader


def read(body: str, brand: str = "leadsoptima", subject: str = "Consulta"):
    to = LO_ADDRESS if brand == "leadsoptima" else OWD_ADDRESS
    return _reader(brand).extract(inbound("nora@example.com", to, subject, ist(2025, 9, 10, 10, 0), body + "\n\nNora"))


@pytest.mark.parametrize("body", [
    "No pienso irme ni estoy reclamando ninguna devolución; solo quiero saber cómo descargar mis facturas.",
    "No me doy de baja ni busco un reembolso, solo tengo una duda sobre el IVA de la factura.",
    "Não vou cancelar nem quero estorno nenhum, só preciso da segunda via da fatura.",
    "Não queremos sair nem estamos pedindo devolução; queremos só atualizar o cartão.",
])
def test_refund_declined_after_ni_nem(body):
    assert read(body).intents == set()


@pytest.mark.parametrize("body", [
    "No recibí el acceso ni estoy contento con la atención: pido el reembolso.",
    "Não recebi o acesso nem quero esperar mais: quero o reembolso.",
])
def test_ni_nem_without_a_refund_declines_nothing(body):
    assert read(body).intents == {"refund"}


@pytest.mark.parametrize("body", [
    "¿Podrían hacer que no se nos renueve la suscripción anual? El equipo cambió de herramienta.",
    "¿Sería posible que no se le renueve el plan a mi empresa este año?",
    "É possível não nos renovarem a assinatura anual? Mudámos de ferramenta.",
    "Conseguem não me renovar o plano anual? Já não preciso dele.",
])
def test_non_renewal_with_a_pronoun(body):
    assert read(body).intents == {"cancellation"}


@pytest.mark.parametrize("body", [
    "¿Por qué no se me renovó el plan el mes pasado? Tuve que pagarlo a mano.",
    "Por que não me renovaram o plano no mês passado? Tive de pagar à mão.",
])
def test_a_past_non_renewal_asks_nothing(body):
    assert "cancellation" not in read(body).intents


@pytest.mark.parametrize("body", [
    "Me aparecieron 2 cobros de $650,00 en el mismo día por el plan mensual. Uno sobra.",
    "Me pasaron 2 cobros de $1.200,50 el mismo dia en la tarjeta.",
    "On m'a fait 2 prélèvements de 49,90 € le même jour pour l'abonnement.",
])
def test_two_charges_in_digits_the_same_day(body):
    assert read(body).fields.reason_code == "duplicate_payment"


@pytest.mark.parametrize("body", [
    "Me llegaron 2 cargos este trimestre, uno por mes, y quiero entenderlos.",
    "J'ai vu 2 prélèvements en août et en septembre, je voudrais comprendre.",
])
def test_two_charges_on_different_days_are_no_duplicate(body):
    assert read(body).fields.reason_code != "duplicate_payment"


def test_hypothetical_with_the_money_as_a_pronoun():
    found = read("Estoy por contratar el diseño de la web. Si abono la seña y luego cambio de idea, ¿me la devuelven?",
                 "optima_webdesign")
    assert found.intents == set()
    assert any("policy question" in note for note in found.notes)


def test_the_money_as_a_pronoun_without_a_condition_still_asks():
    found = read("Pagué la seña hace dos días y cambié de idea. Por favor, devuélvanmela.", "optima_webdesign")
    assert found.intents == {"refund"}


@pytest.mark.parametrize("body", [
    "Par la présente, je demande le remboursement de la facture LO-INV-40404. Dans l'attente de votre retour, "
    "recevez mes salutations les meilleures.\n\nLéa Martin\nComptable\n---\n"
    "Ce courriel et ses annexes sont confidentiels. Pensez à la planète avant d'imprimer ce courriel.",
    "Par la présente, je demande le remboursement de la facture LO-INV-40404. Dans l'attente de votre retour, "
    "recevez mes salutations les meilleures.\n\nLéa Martin\nComptable\n---\n"
    "Pensez à la planète avant d'imprimer ce courriel.",
    "Olá,\n\nPeço o reembolso da fatura LO-INV-40404.\n\nAna Costa\nContabilidade\n---\n"
    "Esta mensagem e os seus anexos são confidenciais. Pense na natureza antes de imprimir.",
    "Hola,\n\nPido el reembolso de la factura LO-INV-40404.\n\nAna Ruiz\nContabilidad\n---\n"
    "Este mensaje y sus anexos son confidenciales. Piense en la naturaleza antes de imprimir.",
])
def test_plural_disclaimer_and_print_footer_are_no_reason(body):
    assert read(body).fields.reason is None


def test_a_reason_about_printing_is_still_read():
    found = read("Pido el reembolso de la factura LO-INV-40404: la app no me deja imprimir las etiquetas de envío.")
    assert found.fields.reason and "imprimir" in found.fields.reason


def test_closing_word_opening_the_mail_is_a_greeting():
    found = read("Saludos. Queremos dar de baja el plan mensual de mantenimiento de la web. "
                 "Las ventas cayeron y ya no nos alcanza para pagarlo.", "optima_webdesign")
    assert found.intents == {"cancellation"}
    assert found.fields.reason == "Las ventas cayeron y ya no nos alcanza para pagarlo."


def test_closing_word_after_the_request_still_ends_it():
    found = read("Queremos dar de baja el plan mensual de mantenimiento de la web.\nSaludos.\n"
                 "Carlos Rivera, dueño de la ferretería del centro", "optima_webdesign")
    assert found.fields.reason is None
