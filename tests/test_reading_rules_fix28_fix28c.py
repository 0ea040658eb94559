"""Rules of fix28c behind fresh21's English and Hindi misses, each with sentences of its own (none copied from
any round or from the phrasebook).

- A terse English one-liner the language model gives, unsure, to another language whose request words do not
  occur ("pls cancel sub, dont renew": French for "dont") is read in English first (mailbot/reading/langid.py).
- A refund we made, told as history with a courtesy adverb ('You very kindly reimbursed ...') or in Hinglish as
  given ('refund diya tha'), asks nothing: the exception it settled asks no money back either (section 8).
- The bank or card company told of the customer's own dispute ('I've informed my bank that I am disputing the
  charge') is a payment-dispute threat (C4); 'I told my bank I'm not disputing anything' is none.
- 'Kaaran:' (the Hindi reason label with a long a) labels the reason.
"""

from __future__ import annotations

import pytest

from tests.helpers import read_body


def intents(body: str, brand: str = "lo") -> set:
    return set(read_body(body, brand=brand).intents)


# -- 1. an English one-liner the model gives, unsure, to another language -------------------------------------------

@pytest.mark.parametrize("body", ["pls cancel sub, dont renew", "cancel acct pls dont auto renew thx"])
def test_an_english_one_liner_given_to_french_is_read_in_english(body):
    found = read_body(body)
    assert set(found.intents) == {"cancellation"}
    assert found.language == "en"


@pytest.mark.parametrize("body, lang, wanted", [
    ("Je veux résilier mon abonnement, merci", "fr", {"cancellation"}),
    ("Bonjour, je voudrais un refund pour la facture du mois dernier, merci", "fr", {"refund"}),
])
def test_a_french_mail_keeps_its_language(body, lang, wanted):
    found = read_body(body)
    assert set(found.intents) == wanted
    assert found.language == lang


# -- 2. a past refund told beside a new cancellation ---------------------------------------------------------------

def test_a_refund_kindly_made_last_year_asks_none_beside_a_cancellation():
    body = "You very kindly reimbursed a duplicate payment for us last year, thanks. Now please cancel the plan."
    assert intents(body) == {"cancellation"}


@pytest.mark.parametrize("body", [
    "Could you kindly refund the duplicate charge? I was charged twice.",
    "You kindly refunded half of it in May; please refund the other half too, I was charged twice.",
])
def test_a_refund_kindly_asked_or_asked_again_still_asks(body):
    assert "refund" in intents(body)


def test_a_hinglish_refund_told_as_given_asks_none_beside_a_cancellation():
    body = "Pichhle saal aapne galat charge ka refund diya tha, shukriya. Ab plan cancel kar dijiye."
    assert intents(body) == {"cancellation"}


@pytest.mark.parametrize("body", [
    "Double charge hua hai, refund diya jaaye aur plan cancel kar do.",
    "Refund abhi tak nahi diya, jaldi refund dijiye, double charge hua tha.",
])
def test_a_hinglish_refund_still_wanted_asks(body):
    assert "refund" in intents(body)


# -- 3. the card company told of the customer's own dispute (C4) ----------------------------------------------------

@pytest.mark.parametrize("body", [
    "Please cancel my plan. I've informed my bank that I am disputing the charge.",
    "Please cancel. We let our card company know we will contest it.",
])
def test_the_bank_told_of_a_dispute_is_a_threat(body):
    assert read_body(body, brand="owd").dispute is not None


@pytest.mark.parametrize("body", [
    "Please cancel my plan. I told my bank I'm not disputing anything, it was my mistake.",
    "Please cancel my plan. I told my bank I am moving my account elsewhere.",
])
def test_the_bank_told_of_something_else_is_no_threat(body):
    assert read_body(body, brand="owd").dispute is None


# -- 4. 'Kaaran:' labels the reason ---------------------------------------------------------------------------------

def test_kaaran_with_a_colon_labels_the_reason():
    reason = read_body("Refund chahiye.\n\nKaaran: hum dukaan ka kaam ab offline hi karenge.", brand="owd").fields.reason
    assert reason is not None and "offline" in reason


def test_a_name_kaaran_without_a_colon_labels_nothing():
    assert read_body("Refund chahiye.\n\nKaaran Malhotra", brand="owd").fields.reason is None


# -- 3b. the same family in the other packs --------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Cancelem o contrato por favor. Já avisei o meu banco que estou contestando a cobrança de setembro.",
    "Plan band kar do. Maine card company ko bata diya hai ki main September ka charge dispute kar raha hoon.",
    "Plan band kar do. Bank ko bol diya hai ki charge reverse kar de.",
    "Bitte kündigen Sie den Vertrag. Ich habe meiner Bank bereits mitgeteilt, dass ich die Abbuchung anfechte.",
    "Veuillez résilier le contrat. J'ai déjà prévenu ma banque que je conteste le prélèvement de septembre.",
])
def test_the_bank_told_of_a_dispute_is_a_threat_in_every_pack(body):
    assert read_body(body, brand="owd").dispute is not None


@pytest.mark.parametrize("body", [
    "Cancelem o contrato. Avisei o banco que não vou contestar nada.",
    "Cancelem o contrato. Já avisei o meu banco que vou mudar de conta.",
    "Plan band kar do. Bank ko bata diya hai ki account number badal gaya hai.",
    "Plan band kar do. Bank ko bata diya ki dispute nahi karunga.",
    "Bitte kündigen Sie. Ich habe meiner Bank mitgeteilt, dass ich die Abbuchung nicht anfechte.",
    "Bitte kündigen Sie. Ich habe meiner Bank mitgeteilt, dass wir umgezogen sind.",
    "Veuillez résilier. J'ai informé ma banque que je ne conteste pas le prélèvement.",
    "Veuillez résilier. J'ai prévenu ma banque que je change de compte.",
])
def test_the_bank_told_of_something_else_is_no_threat_in_every_pack(body):
    assert read_body(body, brand="owd").dispute is None


def test_a_devanagari_refund_told_as_given_asks_none_beside_a_cancellation():
    assert intents("पिछली बार आपने डबल चार्ज का रिफंड दिया था, धन्यवाद। अब प्लान कैंसल कर दीजिए।") == {"cancellation"}


def test_a_devanagari_refund_to_be_given_still_asks():
    assert intents("डबल चार्ज हुआ है, रिफंड दिया जाए।") == {"refund"}


def test_a_portuguese_hypothetical_with_a_cancel_word_stays_portuguese():
    assert intents("Dá para explicar?\n\nE se cancelássemos agora? Ficávamos com algum crédito?") == set()
