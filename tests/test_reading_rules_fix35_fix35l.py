"""Rules of fix35l (readings left by earlier passes), each with sentences of its own (none copied from any round or
from the phrasebook).

1. A prohibition aimed at the business ("ni se les ocurra cancelar", "wehe, ihr kündigt", "gare à vous si vous
   résiliez", "nem se atrevam a cancelar", "cancel karne ki sochna bhi mat") asks no cancellation; English already
   read "don't you dare ..." as declined (its "don't"), so no English rule was added.
"""

from __future__ import annotations

import pytest

from tests.helpers import read_body


def intents(body: str, subject: str = "Hello") -> set:
    return set(read_body(body, subject=subject).intents)


# -- 1. a prohibition aimed at the business ------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hola,\n\nNi se te ocurra dar de baja mi cuenta, la uso cada día.\n\nLuz",
    "Hola,\n\nY que ni se les ocurra cancelarme la suscripción por un pago atrasado.\n\nLuz",
    "Hola,\n\nNi se atrevan a cancelar nuestro plan anual.\n\nLuz",
    "Hallo,\n\nWehe, ihr kündigt unseren Vertrag wegen einer verspäteten Zahlung!\n\nLuz",
    "Hallo,\n\nWehe Sie kündigen mein Abo.\n\nLuz",
    "Hallo,\n\nUnterstehen Sie sich, unser Abo zu kündigen.\n\nLuz",
    "Hallo,\n\nWagt es bloß nicht, mein Konto zu kündigen.\n\nLuz",
    "Hallo,\n\nKommt bloß nicht auf die Idee, das Abo zu kündigen.\n\nLuz",
    "Bonjour,\n\nGare à vous si vous résiliez notre contrat pour un simple retard.\n\nLuz",
    "Bonjour,\n\nJe vous interdis de résilier mon abonnement.\n\nLuz",
    "Olá,\n\nNem se atrevam a cancelar a nossa assinatura.\n\nLuz",
    "Olá,\n\nAi de vocês se cancelarem o meu plano por causa de um atraso.\n\nLuz",
    "Namaste,\n\nHamara plan cancel karne ki sochna bhi mat.\n\nLuz",
    "Namaste,\n\nMera subscription cancel karne ka sochiye bhi mat.\n\nLuz",
])
def test_a_prohibition_aimed_at_the_business_asks_no_cancellation(body):
    assert "cancellation" not in intents(body)


@pytest.mark.parametrize("body", [
    "Hola,\n\nSe me ocurrió que lo mejor es cancelar el plan. Cancélenlo, por favor.\n\nLuz",
    "Hola,\n\nNo se me ocurre otra salida: cancelen mi plan.\n\nLuz",
    "Hallo,\n\nBitte kündigen Sie mein Abo, wehe es wird noch einmal abgebucht.\n\nLuz",
    "Hallo,\n\nWir wagen es jetzt und kündigen das Abo.\n\nLuz",
    "Hallo,\n\nUns kam die Idee, das Abo zu kündigen. Bitte kündigen Sie es.\n\nLuz",
    "Bonjour,\n\nJe vous demande de résilier mon abonnement.\n\nLuz",
    "Bonjour,\n\nGare du Nord, notre agence ferme: résiliez l'abonnement.\n\nLuz",
    "Olá,\n\nAí de mim, preciso cancelar o plano.\n\nLuz",
    "Olá,\n\nSe atrevam a cancelar logo o meu plano, por favor.\n\nLuz",
    "Namaste,\n\nMaine socha aur faisla kiya, plan cancel kar dijiye.\n\nLuz",
])
def test_a_near_miss_of_a_prohibition_still_asks(body):
    assert "cancellation" in intents(body)
