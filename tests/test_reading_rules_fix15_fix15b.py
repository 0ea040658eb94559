"""Reading rules generalised from the seventh fresh round's English and German misses (fix15b), each
with sentences of its own (none copied from any round), in every language where the same rule exists.

- Money asked back without a refund word: the payment wanted back in the passive ("we'd like the
  advance on OWD-7 returned"), handed back ("give back the deposit", "return the retainer fee"), or the
  part of a payment not yet worked on ("get back whatever portion is unused", "recuperar la parte que
  no se ha hecho", "récupérer la partie non réalisée").  And the same money declined ("we don't need
  the advance returned", "no hace falta devolver el depósito"): no refund is asked.
- A duplicate charge described as two identical charges, or as one charge shown twice on a statement
  ("zwei gleiche Abbuchungen", "the same debit shows up twice", "le même débit apparaît deux fois"), is
  the duplicate_payment exception; a charge "twice as high" or two questions about charges is not.
"""

from __future__ import annotations

import pytest

from mailbot.reading.extract import Extractor
from tests.helpers import LO_ADDRESS, config, inbound, ist

CFG = config()
LO = Extractor(CFG.brands["leadsoptima"])


def read(body: str, subject: str = "Hello"):
    return LO.extract(inbound("nora@example.com", LO_ADDRESS, subject, ist(2025, 9, 10, 10, 0), body))


# -- money asked back without a refund word -------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hello,\n\nOur board voted to shelve the launch. We would like the advance on OWD-2025-7 returned.\n\n"
    "Regards\nNora",
    "Hi team,\n\nThe event was called off last night, so I'd like my booking fee reimbursed to the card.\n\n"
    "Thanks\nNora",
    "Hi,\n\nCould we get the retainer (paid on 3 Sept) returned? The client pulled the contract.\n\nNora",
    "Hello,\n\nWe are not going ahead with the shop. Please give back the deposit for the storefront.\n\n"
    "Regards\nNora",
    "Hi,\n\nThe launch is shelved for good. Kindly return the advance we paid in August.\n\nThanks\nNora",
    "Hi,\n\nWe will not use the second phase after all, so please pay the instalment back.\n\nNora",
    "Hello,\n\nThe board cut the budget and we'd rather pause the copywriting milestone and get back "
    "whatever portion is unused.\n\nBest\nNora",
    "Hi,\n\nWe only need half the pages now; please send us back the difference.\n\nThanks\nNora",
])
def test_en_money_asked_back_without_a_refund_word_is_a_refund(body):
    assert "refund" in read(body).intents


@pytest.mark.parametrize("body", [
    "Hi,\n\nPlease get back to me about the new landing page when you can.\n\nThanks\nNora",
    "Hello,\n\nI wanted to check whether the payment was reversed by my bank or by you.\n\nThanks\nNora",
    "Hi,\n\nI will send back the signed payment form tomorrow morning.\n\nRegards\nNora",
    "Hello,\n\nCould you get back the rest of the design files from the old server?\n\nThanks\nNora",
    "Hi,\n\nI returned the fee schedule with my notes on Monday.\n\nNora",
])
def test_en_other_things_asked_back_are_no_refund(body):
    assert "refund" not in read(body).intents


@pytest.mark.parametrize("body", [
    "Hola,\n\nEl cliente ha cancelado la campaña. Queremos recuperar la parte que todavía no se ha hecho.\n\n"
    "Saludos\nNora",
    "Hola,\n\nSolo usamos dos semanas del servicio; pedimos que nos devuelvan el saldo no utilizado.\n\n"
    "Saludos\nNora",
    "Olá,\n\nO cliente desistiu do site. Queremos recuperar a parte do trabalho que ainda não foi feita.\n\n"
    "Abraço\nNora",
    "Olá,\n\nSó usamos metade do pacote, gostaríamos de reaver o saldo não utilizado.\n\nAbraço\nNora",
    "Bonjour,\n\nLe salon a été annulé. Merci de nous rendre l'acompte versé en août.\n\nCordialement\nNora",
    "Bonjour,\n\nLe chantier s'arrête ; nous voudrions récupérer la part non réalisée du forfait.\n\n"
    "Cordialement\nNora",
    "Bonjour,\n\nLe projet est abandonné, rendez-nous les arrhes svp.\n\nCordialement\nNora",
])
def test_money_asked_back_without_a_refund_word_in_other_languages(body):
    assert "refund" in read(body).intents


@pytest.mark.parametrize("body", [
    "Hola,\n\nNo pude recuperar el resto de los archivos del servidor antiguo.\n\nSaludos\nNora",
    "Olá,\n\nNão consigo recuperar o resto das fotos da galeria.\n\nAbraço\nNora",
    "Bonjour,\n\nPouvez-vous rendre le paiement plus simple sur le site ? Indiquez-nous le montant exact.\n\n"
    "Cordialement\nNora",
    "Bonjour,\n\nJe n'arrive pas à récupérer le reste de mes fichiers.\n\nCordialement\nNora",
])
def test_other_things_recovered_are_no_refund_in_other_languages(body):
    assert "refund" not in read(body).intents


# -- the same money declined ----------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hi,\n\nPlease cancel our plan because we are closing the studio. We don't need the advance returned.\n\n"
    "Thanks\nNora",
    "Hello,\n\nPlease cancel the subscription, we moved to another tool. There is no need to pay the fee back.\n\n"
    "Regards\nNora",
    "Hi,\n\nCancel my plan please, the budget is gone. I'm not asking for the money back.\n\nNora",
    "Hola,\n\nCancelen el plan porque cerramos la tienda. No queremos el anticipo de vuelta.\n\nSaludos\nNora",
    "Hola,\n\nCancelen el plan porque cerramos la tienda. No hace falta devolver la cuota.\n\nSaludos\nNora",
    "Olá,\n\nCancelem o plano porque vamos fechar a loja. Não queremos de volta a mensalidade.\n\nAbraço\nNora",
    "Olá,\n\nCancelem o plano porque vamos fechar a loja. Não precisam devolver o sinal.\n\nAbraço\nNora",
    "Bonjour,\n\nMerci d'annuler l'abonnement car nous fermons. Pas la peine de nous rendre l'acompte.\n\n"
    "Cordialement\nNora",
    "Bonjour,\n\nMerci d'annuler l'abonnement car nous fermons. Nous ne comptons pas récupérer les frais.\n\n"
    "Cordialement\nNora",
    "Hallo,\n\nbitte kündigen Sie das Abo, weil wir schließen. Die Gebühr müssen Sie uns nicht zurückzahlen.\n\n"
    "Grüße\nNora",
])
def test_money_declined_back_asks_for_no_refund(body):
    assert read(body).intents == {"cancellation"}


@pytest.mark.parametrize("body", [
    "Hi,\n\nI don't want the project any more, I want the advance back.\n\nThanks\nNora",
    "Hola,\n\nNo queremos seguir con el proyecto y pedimos el anticipo de vuelta.\n\nSaludos\nNora",
    "Hallo,\n\nwir haben die Anzahlung noch nicht zurückbekommen, bitte zurückzahlen.\n\nGrüße\nNora",
])
def test_money_still_asked_back_beside_a_negation_is_a_refund(body):
    assert "refund" in read(body).intents


# -- two identical charges, or one charge shown twice ---------------------------------------------

@pytest.mark.parametrize("body", [
    "Hi,\n\nThe same debit shows up twice on my card for the monthly plan. Please refund LO-INV-5512.\n\nNora",
    "Hello,\n\nI see two matching payments for this month's subscription. Please refund LO-INV-5512.\n\nNora",
    "Hallo,\n\nim Kontoauszug stehen zwei gleiche Lastschriften für das Monatsabo. Bitte erstatten Sie "
    "LO-INV-5512.\n\nGrüße\nNora",
    "Hallo,\n\ndie Buchung vom 3. September erscheint zweimal auf meiner Karte, bitte LO-INV-5512 "
    "erstatten.\n\nGrüße\nNora",
    "Hola,\n\nel cobro del plan mensual aparece dos veces en la tarjeta. Reembolsen LO-INV-5512, por "
    "favor.\n\nSaludos\nNora",
    "Hola,\n\nveo dos cargos repetidos del plan mensual. Reembolsen LO-INV-5512, por favor.\n\nSaludos\nNora",
    "Bonjour,\n\nle débit de l'abonnement figure deux fois sur mon relevé. Merci de rembourser "
    "LO-INV-5512.\n\nCordialement\nNora",
    "Bonjour,\n\nj'ai deux transactions identiques pour le mois de septembre. Merci de rembourser "
    "LO-INV-5512.\n\nCordialement\nNora",
    "Hi,\n\nMere statement mein do same payments aa rahe hain, LO-INV-5512 refund kar dijiye.\n\nNora",
    "Hi,\n\nSeptember ka payment card par do baar dikh raha hai, LO-INV-5512 refund kar dijiye.\n\nNora",
])
def test_two_identical_charges_or_one_shown_twice_is_a_duplicate(body):
    assert read(body).fields.reason_code == "duplicate_payment"


@pytest.mark.parametrize("body", [
    "Hi,\n\nI have two questions about the charges for my plan and I want a refund of LO-INV-5512 because "
    "it is too expensive.\n\nNora",
    "Hallo,\n\nder Betrag ist doppelt so hoch wie erwartet, das ist uns zu teuer. Bitte erstatten Sie "
    "LO-INV-5512.\n\nGrüße\nNora",
    "Hola,\n\nel cargo es dos veces más caro que la competencia. Reembolsen LO-INV-5512, por favor.\n\n"
    "Saludos\nNora",
    "Bonjour,\n\nle montant est deux fois plus élevé que chez la concurrence. Merci de rembourser "
    "LO-INV-5512.\n\nCordialement\nNora",
    "Hi,\n\nMaine do baar call kiya, payment ke baare mein koi jawab nahi aaya, LO-INV-5512 refund kar "
    "dijiye kyunki tool pasand nahi aaya.\n\nNora",
])
def test_a_charge_twice_as_high_or_two_questions_is_no_duplicate(body):
    assert read(body).fields.reason_code != "duplicate_payment"
