"""Reading rules generalised from the sixth fresh round's French, Portuguese and Hindi misses (fix14,
fix14b), each with sentences of its own (none copied from any round): an access failure written the
Quebec way, without "ne" ("j'peux pas me connecter", "pu capable", "la plateforme charge pas") is L2
access_failure; the regional words for a chargeback ("rétrofacturation", "estorno na operadora",
"bank se reverse karwa") are C4; a European-Portuguese "anular a subscrição" is a cancellation; and
a reason written after the request in the same sentence ("..., the shop has closed") is the reason."""

from __future__ import annotations

import pytest

from mailbot.reading.extract import Extractor
from tests.helpers import LO_ADDRESS, OWD_ADDRESS, config, inbound, ist

CFG = config()
LO = Extractor(CFG.brands["leadsoptima"])
OWD = Extractor(CFG.brands["optima_webdesign"])


def read(body: str, subject: str = "Bonjour", reader=LO, to=LO_ADDRESS, sender="remi@example.com"):
    return reader.extract(inbound(sender, to, subject, ist(2025, 9, 10, 10, 0), body))


def owd(body: str, subject: str = "Bonjour"):
    return read(body, subject, reader=OWD, to=OWD_ADDRESS)


# -- access failures written without "ne" (Quebec French) --------------------------------------------

@pytest.mark.parametrize("body", [
    "Allo,\n\nDepuis lundi j'peux pas me connecter au tableau de bord. Remboursez-moi svp.\n\nMerci",
    "Bonjour,\n\nOn peut plus accéder à notre compte depuis la mise à jour, je veux un remboursement.\n\nMerci",
    "Salut,\n\nChu pu capable de me connecter, ça tourne dans le beurre. Je veux mon argent.\n\nMerci",
    "Bonjour,\n\nLa plateforme charge pas depuis trois jours, c'est vide. Je demande le remboursement.\n\nMerci",
    "Allo,\n\nMon compte s'ouvre plus pantoute. Je veux être remboursé.\n\nMerci",
])
def test_fr_access_failure_without_ne(body):
    assert read(body).fields.reason_code == "access_failure"


@pytest.mark.parametrize("body", [
    "Bonjour,\n\nJe peux me connecter sans souci, mais l'outil est trop cher. Je veux un remboursement.\n\nMerci",
    "Bonjour,\n\nLa plateforme charge vite et marche bien, mais on ferme la boutique. Remboursez-nous.\n\nMerci",
])
def test_fr_access_that_works_is_no_access_failure(body):
    assert read(body).fields.reason_code != "access_failure"


# -- regional chargeback words (C4) -----------------------------------------------------------------

@pytest.mark.parametrize("body, reader", [
    ("Bonjour,\n\nRemboursez le forfait, sinon je fais une rétrofacturation avec ma Visa.\n\nMerci", read),
    ("Bonjour,\n\nJ'ai demandé la rétrofacturation de ce paiement hier.\n\nMerci", owd),
    ("Bonjour,\n\nJe vais contester le paiement auprès de ma compagnie de carte si rien ne bouge.\n\nMerci", read),
    ("Olá,\n\nSe não devolverem, vou pedir o estorno à operadora do cartão.\n\nObrigado", read),
    ("Olá,\n\nJá abri uma contestação junto da administradora do cartão.\n\nObrigado", owd),
    ("Hi,\n\nRefund nahi mila toh main bank se payment reverse karwa dunga.\n\nThanks", read),
    ("Hi,\n\nMaine card company mein dispute raise kar diya hai, paisa wapas chahiye.\n\nThanks", owd),
])
def test_regional_chargeback_words_are_a_threat(body, reader):
    assert reader(body).dispute


@pytest.mark.parametrize("body, reader", [
    ("Bonjour,\n\nJ'ai payé avec ma carte de crédit, je veux annuler l'abonnement.\n\nMerci", read),
    ("Olá,\n\nQuero o estorno do valor pago em duplicado, por favor.\n\nObrigado", read),
    ("Hi,\n\nMaine bank se payment kiya tha, ab plan cancel karna hai.\n\nThanks", read),
])
def test_paying_by_card_or_asking_the_money_back_is_no_threat(body, reader):
    assert reader(body).dispute is None


# -- European-Portuguese "anular" -------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Bom dia,\n\nQueremos anular a nossa subscrição trimestral, o projeto terminou.\n\nCumprimentos",
    "Olá,\n\nVenho pedir a anulação da minha assinatura a partir do próximo mês.\n\nObrigado",
    "Boa tarde,\n\nPor favor terminem a minha subscrição, já não a usamos.\n\nObrigada",
    "Olá,\n\nGostaria de anular o plano anual que tenho convosco.\n\nCumprimentos",
])
def test_pt_anular_a_subscricao_is_a_cancellation(body):
    assert "cancellation" in read(body).intents


@pytest.mark.parametrize("body", [
    "Olá,\n\nPeço que anulem a cobrança duplicada de ontem e devolvam o valor.\n\nObrigado",
    "Olá,\n\nA reunião de amanhã foi anulada, marcamos outra data.\n\nObrigado",
])
def test_pt_anular_something_else_is_no_cancellation(body):
    assert "cancellation" not in read(body).intents

