"""Reading rules generalised from the eleventh fresh round's German misses and the German phrasebook (fix19a),
each with sentences of its own (none copied from any round or the phrasebook), in every language where the
same rule exists.

- Money named first and the wish after it ("Den Betrag von 1.800,00 EUR (Rechnung X) möchten wir gern
  zurück"): the thousands dot of an amount no longer ends the span between the money and the wish.
- Money asked back beside another ask with its verb left out ("wir wollen den Vertrag kündigen und unser
  Geld zurück, weil ..."): the second object of the ask is a refund.
- The customer's own business closed in the first person or as the subject ("ich schließe mein Atelier",
  "unsere Praxis schließt") is a reason cue.
- A connector after 'und' / 'and' / 'y' / 'e' / 'et' with no comma ("... und kündige daher den Vertrag",
  "... and therefore cancel the plan") ends the reason, like the connector after a comma did.
- A sign-off with its own adjective or place ("Mit sonnigen Grüßen", "Herbstliche Grüße aus Kiel",
  "Warmest regards") ends the text before the signature, and a postal line of a signature ("Am Hang 7 ·
  24103 Kiel", "Bandra West · Mumbai 400050", "08012 Barcelona") is never the reason.
"""

from __future__ import annotations

import pytest

from mailbot.reading.extract import Extractor
from tests.helpers import LO_ADDRESS, OWD_ADDRESS, config, inbound, ist

CFG = config()
LO = Extractor(CFG.brands["leadsoptima"])
OWD = Extractor(CFG.brands["optima_webdesign"])


def read(body: str, subject: str = "Hallo"):
    return LO.extract(inbound("nora@example.com", LO_ADDRESS, subject, ist(2025, 9, 10, 10, 0), body))


def read_owd(body: str, subject: str = "Hallo"):
    return OWD.extract(inbound("nora@example.com", OWD_ADDRESS, subject, ist(2025, 9, 10, 10, 0), body))


# -- money named first, the wish after it, over an amount with a thousands dot ---------------------------

@pytest.mark.parametrize("body", [
    "Hallo,\n\nden Betrag von 1.800,00 EUR (Rechnung OWD-2025-77) möchten wir gern zurück. Der Kunde ist "
    "abgesprungen.\n\nGruß\nTim",
    "Hallo,\n\ndie Anzahlung über 12.500 Rs haetten wir gerne zurueck, da das Projekt gestrichen wurde.\n\n"
    "Gruß\nTim",
    "Hallo,\n\nunsere Gebühr für den Oktober wollen wir zurückhaben, weil nichts geliefert wurde.\n\nGruß\nTim",
    "Hallo,\n\ndie Pauschale von 2.000 € (OWD-2025-78) bräuchten wir bitte zurück.\n\nGruß\nTim",
])
def test_money_named_first_then_wished_back_is_a_refund(body):
    assert "refund" in read_owd(body).intents


@pytest.mark.parametrize("body", [
    "Hallo,\n\ndie Anzahlung von 3.000 € möchten wir nicht zurück, sie soll für das nächste Projekt bleiben."
    "\n\nGruß\nTim",
    "Hallo,\n\ndie Anzahlung von 3.000 € hätten wir gern zurück gehabt, aber das ist nun vorbei. Wie "
    "exportiere ich die Dateien?\n\nGruß\nTim",
    "Hallo,\n\ndie Zahlung von 1.500 € möchten wir nächste Woche leisten. Passt das?\n\nGruß\nTim",
])
def test_money_first_declined_or_told_is_no_refund(body):
    assert "refund" not in read_owd(body).intents


# -- money asked back beside another ask, the verb left out -------------------------------------------

@pytest.mark.parametrize("body", [
    "Hallo,\n\nwir möchten die Bestellung der Website stornieren und die Anzahlung zurück, weil der Umbau "
    "abgesagt ist.\n\nGruß\nIna",
    "Hallo,\n\nich will den Vertrag für das Logo kündigen und mein Geld zurück, da die Entwürfe nie kamen."
    "\n\nGruß\nIna",
    "Hallo,\n\nbitte beenden Sie das Projekt Seeblick sofort und unsere Anzahlung bitte zurück.\n\nGruß\nIna",
])
def test_money_asked_back_beside_another_ask_is_a_refund(body):
    assert "refund" in read_owd(body).intents


@pytest.mark.parametrize("body", [
    "Hallo,\n\nwir möchten den Vertrag kündigen und die Anzahlung zurückgezahlt wissen wir schon.\n\nGruß\nIna",
    "Hallo,\n\nwir möchten den Vertrag kündigen und die Anzahlung zurücklassen, sie ist verrechnet.\n\nGruß\nIna",
])
def test_and_money_without_back_alone_is_no_refund(body):
    assert "refund" not in read_owd(body).intents


# -- the customer's own business closed in the first person ------------------------------------------

@pytest.mark.parametrize("body", [
    "Hallo,\n\nich schließe mein Atelier Ende des Jahres und kündige daher den Wartungsvertrag.\n\nGruß\nEva",
    "Hallo,\n\nwir geben unseren Laden auf. Bitte kündigen Sie den Pflegevertrag.\n\nGruß\nEva",
    "Hallo,\n\nunsere Praxis schließt im Dezember. Bitte kündigen Sie den Betreuungsvertrag.\n\nGruß\nEva",
    "Hallo,\n\nwir verkaufen unser Café an einen Nachfolger und kündigen deshalb die Betreuung.\n\nGruß\nEva",
])
def test_own_business_closed_is_the_reason(body):
    found = read_owd(body)
    assert "cancellation" in found.intents
    assert found.fields.reason is not None


# -- a connector after 'and' without a comma ends the reason -------------------------------------------

@pytest.mark.parametrize("body, words", [
    ("Hallo,\n\nunser Team zieht nach Wien um und kündigt deshalb den Hostingvertrag.\n\nTschüss\nEva",
     "unser Team zieht nach Wien um"),
    ("Hi,\n\nour studio is moving to another city and therefore we cancel the hosting plan.\n\nThanks\nEva",
     "our studio is moving to another city"),
    ("Hola,\n\nnos mudamos a otra ciudad y por eso cancelamos el plan de hosting.\n\nGracias\nEva",
     "nos mudamos a otra ciudad"),
    ("Oi,\n\nvamos mudar para outra cidade e por isso cancelamos o plano de hospedagem.\n\nObrigada\nEva",
     "vamos mudar para outra cidade"),
    ("Bonjour,\n\nje déménage dans une autre ville et je résilie donc le contrat d'hébergement.\n\nMerci\nEva",
     "je déménage dans une autre ville"),
])
def test_connector_after_and_ends_the_reason(body, words):
    found = read_owd(body)
    assert "cancellation" in found.intents
    assert found.fields.reason == words


# -- a sign-off with its own adjective or place, and a postal line, are no reason ------------------------

@pytest.mark.parametrize("body", [
    "Hallo,\n\nhiermit kündigen wir den Wartungsvertrag Kieler Hof (OWD-2025-91).\n\nMit sonnigen Grüßen\n"
    "Ihr Kieler Hof\nAm Hang 7 · 24103 Kiel",
    "Hallo,\n\nhiermit kündigen wir den Wartungsvertrag Kieler Hof (OWD-2025-91).\n\nHerbstliche Grüße aus Kiel\n"
    "Familie Hof\nHafenstraße 2",
    "Hallo,\n\nhiermit kündigen wir den Wartungsvertrag Kieler Hof (OWD-2025-91).\n\nKieler Hof GmbH\n"
    "Am Hang 7 · 24103 Kiel",
    "Hi,\n\nPlease cancel the Sea Breeze care plan (OWD-2025-92).\n\nWarmest regards\nSea Breeze Resort\n"
    "Bandra West · Mumbai 400050",
    "Hola,\n\nCancelen el plan de mantenimiento Brisa (OWD-2025-93).\n\nSaludos desde Barcelona\nHotel Brisa\n"
    "Carrer Gran 5 · 08012 Barcelona",
])
def test_sign_off_and_postal_line_are_no_reason(body):
    found = read_owd(body)
    assert "cancellation" in found.intents
    assert found.fields.reason is None


@pytest.mark.parametrize("body", [
    "Hallo,\n\nhiermit kündigen wir den Wartungsvertrag (OWD-2025-91). Wir ziehen mit dem Hotel nach Lübeck um."
    "\n\nMit sonnigen Grüßen\nIhr Kieler Hof",
    "Hallo,\n\nwir wurden zweimal belastet, 12000 Rupien statt 6000. Bitte erstatten Sie den doppelten Betrag."
    "\n\nGruß\nTim",
])
def test_a_real_reason_beside_a_signature_is_kept(body):
    assert read_owd(body).fields.reason is not None
