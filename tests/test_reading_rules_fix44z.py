"""Families of the fresh33 and fresh34 rounds' misses taken by fix44z, each with sentences of its own (not the
round's) in two languages or more, and a negative that keeps reading as before.

- (1) Money asked back in words the packs did not know: "return us this money", the deposit, fee or booking asked
  "de vuelta" / "de volta", "rendre l'acompte d'hier" (an elided complement after the money); and a part the customer
  knows is not refunded ("sé que el setup no se devuelve", "the setup fee is non-refundable") set aside beside a
  refund asked for the rest: the refund stands (intents.refund_part_excluded).
- (2) A refund asked in misspelt or dyslexic writing ("pls giv that one bak", "debuelvan el dinero"), and the
  duplicate told that way ("took the mony 2 tims", "two paymnts same amont", "salio dos beses").
- (3) The second of two charges asked back by its rank ("doosra lauta dijiye", "give back the second one") beside a
  cancellation in the same mail: both requests are read.
- (4) The money asked back with the Urdu courtesy verb ("wapas farma dein") after an access failure.
- (5) A cancellation worded as resigning from the subscription ("resign from the subscription", "renunciar a la
  suscripción", "subscription se resign karna hai").
- (6) A charge after an earlier cancellation, told as a new charge that happened ("Yet a new charge happened",
  "un nouveau prélèvement a eu lieu", "hubo un nuevo cobro"): a billing error (L2), not a refund of unused time.
"""

from __future__ import annotations

import pytest

from tests.helpers import read_body


def read(body: str, brand: str = "lo", subject: str = "Hello"):
    return read_body(body + "\n\nNora", subject=subject, brand=brand)


# -- (1) money asked back in other words; a part set aside ------------------------------------------------------

@pytest.mark.parametrize("body", [
    "We paid the onboarding fee last week by mistake, please return us that amount.",
    "Please return me the deposit we transferred on Monday, the project is off.",
    "Necesitamos nuestra reserva de vuelta, el evento se canceló.",
    "Queremos la cuota de mantenimiento de vuelta, cerramos la tienda.",
    "Queremos nossa caução de volta, o projeto parou.",
    "Merci de nous rendre le dépôt d'août (OWD-2025-4410), le projet est abandonné.",
])
def test_money_asked_back_in_other_words_is_a_refund(body):
    assert "refund" in read(body, brand="owd").intents


@pytest.mark.parametrize("body", [
    "Cancelen el mantenimiento anual y hagan el reembolso que toque; ya sé que la cuota de alta no se devuelve.",
    "Please cancel the maintenance plan and refund what is due, I understand the setup fee is not refundable.",
    "Annulez l'hébergement et remboursez le reste, je sais que les frais d'installation ne sont pas remboursables.",
    "Bitte erstatten Sie das Wartungspaket anteilig, mir ist klar, dass die Einrichtungsgebühr nicht erstattet wird.",
    "Quero o reembolso da hospedagem anual, sei que a taxa de configuração não é reembolsável.",
])
def test_a_part_known_not_refunded_leaves_the_refund_asked(body):
    assert "refund" in read(body, brand="owd").intents


@pytest.mark.parametrize("body", [
    "Ya sé que la cuota de alta no se devuelve, así que solo cancelen el mantenimiento.",
    "I know the setup fee is non-refundable, so just cancel the hosting.",
    "Je sais que les frais d'installation ne sont pas remboursables. Résiliez l'hébergement.",
])
def test_a_part_known_not_refunded_asks_no_refund_alone(body):
    found = read(body, brand="owd")
    assert "refund" not in found.intents and "cancellation" in found.intents


@pytest.mark.parametrize("body", [
    "Please return the signed form to us by Friday.",
    "Quiero mi acceso de vuelta, no puedo entrar.",
    "Merci de rendre l'accès d'hier à notre graphiste.",
    "No quiero ningún reembolso, sé que el setup no se devuelve.",
])
def test_no_money_or_a_refund_declined_asks_no_refund(body):
    assert "refund" not in read(body, brand="owd").intents


# -- (2) misspelt writing ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "u charjed the muney 2 tiems for the anual plan, pls send the mony bak",
    "sory, i see 2 paymnts of the same amont this month. pls giv back the secnd one.",
    "me cobraron la cuota dos beses, porfavor debuelvan el dinero del segundo cobro",
])
def test_a_misspelt_duplicate_asked_back_is_a_refund(body):
    found = read(body)
    assert "refund" in found.intents and found.fields.reason_code == "duplicate_payment"


@pytest.mark.parametrize("body", [
    "I paid the invoice. Please sign the form and snd it bak, thx.",
    "You charged the right amount. The second contract is attached, please send that one back signed.",
])
def test_a_document_sent_back_misspelt_or_by_its_rank_is_no_refund(body):
    assert "refund" not in read(body).intents


@pytest.mark.parametrize("body", [
    "Can you giv that one bak, the old logo we had?",
    "I called the bank 2 tims about the login.",
    "Llamé dos beses al banco por el acceso.",
])
def test_misspelt_words_about_something_else_ask_nothing(body):
    found = read(body)
    assert "refund" not in found.intents and found.fields.reason_code != "duplicate_payment"


# -- (3) the second charge asked back beside a cancellation -----------------------------------------------------

@pytest.mark.parametrize("body", [
    "Is mahine do baar paisa kata, doosri wali lauta dijiye. Aur agle mahine se plan band kar dijiye.",
    "The monthly fee went out twice, please give back the second one. And please cancel the plan after this month.",
    "दो बार पैसा कटा, दूसरा लौटा दीजिए। प्लान भी बंद कर दीजिए।",
])
def test_a_duplicate_asked_back_by_its_rank_beside_a_cancellation(body):
    assert read(body).intents == {"refund", "cancellation"}


def test_another_thing_given_back_by_its_rank_asks_no_refund():
    assert read("Doosra laptop lauta dijiye, aur plan band kar dijiye.").intents == {"cancellation"}


# -- (4) the Urdu courtesy verb ---------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Janab-e-wala, hamein login mein dushwari pesh aa rahi hai, account mein dakhil nahi ho pa rahe. Adaa ki gayi "
    "raqam wapas farmaiye.",
    "Hazrat, hum apne account mein dakhil nahi ho paa rahe, har dafa error aata hai. Jo paise diye hain woh lauta "
    "farma dein.",
])
def test_money_asked_back_with_the_urdu_courtesy_verb_after_an_access_failure(body):
    found = read(body)
    assert "refund" in found.intents and found.fields.reason_code == "access_failure"


def test_a_file_asked_back_with_the_courtesy_verb_is_no_refund():
    assert "refund" not in read("Purani website file wapas farma dein, shukriya.").intents


# -- (5) resigning from the subscription ------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "We wish to resign from our annual plan as of next month, the board chose another tool.",
    "Renunciamos al contrato de mantenimiento, ya no lo necesitamos.",
    "Queremos renunciar à nossa assinatura, vamos fechar a loja.",
    "Mera mahina wala plan ab nahi chahiye, subscription se resign karna hai.",
])
def test_resigning_from_the_subscription_is_a_cancellation(body):
    assert "cancellation" in read(body).intents


@pytest.mark.parametrize("body", [
    "We resigned from the plan in May and came back in June, all good.",
    "I resign from my job next month, my colleague takes over the account.",
    "Renunciamos al reembolso, seguimos con el plan.",
])
def test_a_past_resignation_or_another_one_asks_no_cancellation(body):
    assert "cancellation" not in read(body).intents


# -- (6) a charge after an earlier cancellation -----------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "We had cancelled our plan back in August. Nevertheless a new payment was taken on 3 October, please refund it.",
    "Ya habíamos dado de baja el plan en agosto. Aun así apareció otro cargo el 3 de octubre, reembólsenlo.",
    "Já tínhamos cancelado em agosto. Mesmo assim caiu uma nova cobrança no dia 3, reembolsem por favor.",
    "J'avais résilié en août. Il y a eu un nouveau prélèvement le 3 octobre, remboursez-moi.",
])
def test_a_new_charge_after_an_earlier_cancellation_is_a_billing_error(body):
    found = read(body)
    assert "refund" in found.intents and found.fields.reason_code == "billing_error"


@pytest.mark.parametrize("body", [
    "We had cancelled the add-on in August. Will a new charge happen in October? Please refund the plan.",
    "Nous avions résilié l'option en août. Y aura-t-il un nouveau prélèvement ? Remboursez l'abonnement.",
])
def test_a_new_charge_asked_about_is_no_billing_error(body):
    assert read(body).fields.reason_code != "billing_error"
