"""Reading rules generalised from the tenth fresh round's French and Hindi misses (fix18b), each with
sentences of its own (none copied from any round), in every language where the same rule exists.

- A hard-wrapped line between the French request word and the stop verb ("nous voulons\\narrêter le
  suivi") still asks for the cancellation; a past wish wrapped the same way ("nous avons voulu\\narrêter")
  asks nothing.
- Ending the project or the collaboration with "mettre fin" ("nous mettons fin au projet"), "put an end
  to" or a conjugated "pôr fim" ("pomos fim ao projeto") asks for the cancellation; the agency's own
  past act ("vous avez mis fin au projet") does not.
- A bare small count after the ask ("depuis 3 mois", "for 6 weeks") does not keep the statement from being
  the reason; a figure of the payment (an invoice, an amount, a date) still does.
- The customer's own website, blog or channel closed, told as their plan ("hum website band kar rahe hain",
  "वेबसाइट बंद कर रहे हैं"), is their news, a reason, not a restated request (hi); asked ("website band kar
  dijiye") it still cancels.
- The German money asked back with a demonstrative or possessive ("Bitte diese Anzahlung zurück", "Bitte
  unseren Monatsbeitrag zurück") asks for the refund like "Bitte die Anzahlung zurück".
"""

from __future__ import annotations

import pytest

from mailbot.reading.extract import Extractor
from tests.helpers import OWD_ADDRESS, config, inbound, ist

CFG = config()
OWD = Extractor(CFG.brands["optima_webdesign"])


def read(body: str):
    return OWD.extract(inbound("nora@example.com", OWD_ADDRESS, "Hello", ist(2025, 9, 10, 10, 0), body))


# -- a request word wrapped away from its stop verb (fr) -------------------------------------------

@pytest.mark.parametrize("body", [
    "Bonjour,\n\nUn grand merci pour ces mois ! Cependant nous voulons\narrêter la gestion des réseaux "
    "(facture OWD-2025-7101) : notre stagiaire s'en charge.\n\nJules",
    "Bonjour,\n\nJe voudrais\narreter le suivi mensuel (facture OWD-2025-7102), le budget est coupé.\n\nJules",
    "Bonjour,\n\nMerci de\n  stopper la newsletter dès ce mois-ci (facture OWD-2025-7103).\n\nJules",
])
def test_a_wrapped_request_to_stop_asks_the_cancellation(body):
    assert read(body).intents == {"cancellation"}


@pytest.mark.parametrize("body", [
    "Bonjour,\n\nNous avons voulu\narrêter le suivi en mars, puis nous avons continué. Une question sur "
    "la facture OWD-2025-7104 ?\n\nJules",
    "Bonjour,\n\nVous aviez proposé\narrêter le suivi en été, nous avons refusé.\n\nJules",
])
def test_a_wrapped_past_stop_asks_nothing(body):
    assert read(body).intents == set()


# -- ending the project or the collaboration ------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Bonjour,\n\nFaute de réponse, nous mettons fin au projet Boutique Verte (facture OWD-2025-7105).\n\nJules",
    "Bonjour,\n\nJe mets fin à la collaboration sur le site Atelier Rouge (facture OWD-2025-7106).\n\nJules",
    "Hello,\n\nWe are putting an end to the redesign project Blue Shop (invoice OWD-2025-7107).\n\nKiran",
    "Hello,\n\nPlease put an end to our collaboration on the hosting (invoice OWD-2025-7108).\n\nKiran",
    "Olá,\n\nPomos fim ao projeto Loja Azul por falta de resposta (fatura OWD-2025-7109).\n\nRita",
    "Olá,\n\nNão estamos satisfeitos, queremos pôr fim à parceria do site Casa Verde (fatura OWD-2025-7110).\n\nRita",
])
def test_ending_the_project_asks_the_cancellation(body):
    assert read(body).intents == {"cancellation"}


@pytest.mark.parametrize("body", [
    "Bonjour,\n\nVous avez mis fin au projet Boutique Verte sans prévenir (facture OWD-2025-7105). "
    "Pourquoi ?\n\nJules",
    "Hello,\n\nThe new manager put an end to the confusion about invoice OWD-2025-7107, thanks.\n\nKiran",
    "Olá,\n\nA equipa pôs fim ao problema da fatura OWD-2025-7109, obrigada.\n\nRita",
])
def test_an_end_told_or_of_something_else_asks_nothing(body):
    assert read(body).intents == set()


# -- a small count in the reason after the ask ----------------------------------------------------

@pytest.mark.parametrize(("body", "reason"), [
    ("Bonjour,\n\nje voudrais arrêter la maintenance du site, nous ne l'utilisons plus depuis 4 mois.\n\nJules",
     "nous ne l'utilisons plus depuis 4 mois"),
    ("Hi,\n\nI want to cancel the care plan, we have had no traffic for 6 weeks.\n\nKiran",
     "we have had no traffic for 6 weeks"),
    ("Hallo,\n\nich möchte die Wartung kündigen, der Laden ist seit 2 Monaten geschlossen.\n\nIda",
     "der Laden ist seit 2 Monaten geschlossen"),
    ("Namaste,\n\nhosting cancel karni hai, 3 mahine se koi customer nahi aaya.\n\nGaurav",
     "3 mahine se koi customer nahi aaya"),
])
def test_a_small_count_stays_in_the_trailing_reason(body, reason):
    found = read(body)
    assert found.intents == {"cancellation"}
    assert found.fields.reason == reason


@pytest.mark.parametrize("body", [
    "Bonjour,\n\nje voudrais arrêter la maintenance du site, facture du 12.09.2025.\n\nJules",
    "Hi,\n\nI want to cancel the care plan, it costs 49 euros a month.\n\nKiran",
    "Hi,\n\nI want to cancel the care plan, the one for 12 euros monthly.\n\nKiran",
])
def test_a_figure_of_the_payment_is_no_trailing_reason(body):
    assert read(body).fields.reason is None


@pytest.mark.parametrize(("words", "expected"), [
    ("depuis 3 mois", False),
    ("for 12 weeks now", False),
    ("invoice OWD-2025-7101", True),
    ("paid 4999 last week", True),
    ("costs 12 euros", True),
    ("costs 49€", True),
    ("on 12.09.2025", True),
])
def test_names_a_figure(words, expected):
    from mailbot.reading.unlabelled_reason import names_a_figure
    assert names_a_figure(words.split()) is expected


# -- the customer's own website closed, told (hi) ------------------------------------------------

@pytest.mark.parametrize(("body", "reason"), [
    ("Namaste,\n\nMaintenance plan cancel karna hai, hum Instagram pe shift ho rahe hain aur blog band kar rahe "
     "hain.\n\nRavi", "hum Instagram pe shift ho rahe hain aur blog band kar rahe hain"),
    ("Namaste,\n\nSEO ka kaam cancel kijiye, agle mahine se hum website hi band karne wale hain.\n\nRavi",
     "agle mahine se hum website hi band karne wale hain"),
    ("नमस्ते,\n\nहोस्टिंग कैंसल करनी है, हम ऐप पर ध्यान दे रहे हैं और वेबसाइट बंद कर रहे हैं।\n\nरवि",
     "हम ऐप पर ध्यान दे रहे हैं और वेबसाइट बंद कर रहे हैं"),
])
def test_the_customers_own_website_closed_is_their_reason(body, reason):
    found = read(body)
    assert found.intents == {"cancellation"}
    assert found.fields.reason is not None and reason in found.fields.reason


@pytest.mark.parametrize("body", [
    "Namaste,\n\nWebsite band kar dijiye, bahut slow hai (invoice OWD-2025-7111).\n\nRavi",
    "Namaste,\n\nKripya hamari website ka hosting band kar do, humein ab zarurat nahi hai.\n\nRavi",
])
def test_asking_to_close_the_website_still_cancels(body):
    assert read(body).intents == {"cancellation"}


# -- the money asked back with a demonstrative (de) ------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hallo,\n\nwir haben den Workshop doch selbst organisiert. Bitte diese Anzahlung zurück.\n\nIda",
    "Hallo,\n\nder Kurs fiel zweimal aus, bitte unseren Monatsbeitrag zurück.\n\nIda",
    "Hallo,\n\nwir haben aus Versehen doppelt gezahlt: bitte einfach diesen Betrag zurück, danke.\n\nIda",
])
def test_money_asked_back_with_a_demonstrative_asks_the_refund(body):
    assert read(body).intents == {"refund"}


@pytest.mark.parametrize("body", [
    "Hallo,\n\nbitte diese Anzahlung zurückhalten, bis wir über das Projekt entschieden haben.\n\nIda",
    "Hallo,\n\nbitte diese Rechnung an unsere Buchhaltung schicken, wir prüfen sie gerade.\n\nIda",
])
def test_money_held_or_a_bill_sent_asks_no_refund(body):
    assert read(body).intents == set()
