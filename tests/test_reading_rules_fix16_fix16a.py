"""Reading rules generalised from the eighth fresh round's German and Hindi misses (fix16a), each with
sentences of its own (none copied from any round), in every language where the same rule exists.

- Devanagari written with or without the nukta dot ("फ़ीस" / "फीस", "ज़रूरत" / "जरूरत"), in either
  encoding (the dot as its own character or the precomposed letter), reads alike, and so do the nasal
  marks (candrabindu for anusvara, or none: "नही" for "नहीं"): every pack pattern is made tolerant
  when the pack is loaded (:mod:`mailbot.reading.scripts`).
- German as people type it: "Gebür"/"Gebuer" for Gebühr and "zurük" for zurück; a "Beitrag"
  (Monatsbeitrag, Quartalsbeitrag) asked back is money asked back like a "Betrag"; so is a periodic
  fee elsewhere ("a anuidade de volta", "rendez la cotisation", "kist lauta dijiye").
- Asking for the amount to be credited back ("bitte gutschreiben", "please credit it to my card",
  "que nos abonen", "creditem o valor", "recréditer", "credit kar dijiye") asks for a refund; a credit
  already received, a credit card, or paying ("abonar la factura") asks for nothing.
- A part of an asking sentence set between two asks ("wir kündigen ..., da unsere Kanzlei fusioniert,
  und bitten um Erstattung", "We are cancelling the plan, as our clinic is merging, and would like a
  refund") is the reason, in every language; Hindi gains the causal connectors "chunki", "ki wajah se",
  "के कारण" as reason cues.
"""

from __future__ import annotations

import pytest

from mailbot.reading.extract import Extractor
from mailbot.reading.scripts import nukta_tolerant
from tests.helpers import LO_ADDRESS, config, inbound, ist

CFG = config()
LO = Extractor(CFG.brands["leadsoptima"])


def read(body: str, subject: str = "Hello"):
    return LO.extract(inbound("nora@example.com", LO_ADDRESS, subject, ist(2025, 9, 10, 10, 0), body))


# -- Devanagari with and without the nukta dot ---------------------------------------------------------

@pytest.mark.parametrize("body", [
    "नमस्ते,\n\nपिछले महीने की फ\u093cीस लौटा दीजिए, हमने प्लान इस्तेमाल ही नहीं किया।\n\nधन्यवाद\nसुनील",
    "नमस्ते,\n\nपिछले महीने की \u095eीस लौटा दीजिए, हमने प्लान इस्तेमाल ही नहीं किया।\n\nधन्यवाद\nसुनील",
    "नमस्ते,\n\nजो अतिरिक्त फ\u093cीस ली गई थी वह वापस कर दीजिए।\n\nधन्यवाद\nसुनील",
])
def test_a_fee_written_with_the_nukta_is_asked_back(body):
    assert read(body).intents == {"refund"}


@pytest.mark.parametrize("body", [
    "नमस्ते,\n\nकृपया फ\u093cीस की रसीद ईमेल पर भेज दीजिए।\n\nधन्यवाद\nसुनील",
    "नमस्ते,\n\nक्या अगले महीने की फ\u093cीस बढ़ने वाली है?\n\nधन्यवाद\nसुनील",
])
def test_a_fee_named_with_the_nukta_is_not_a_request(body):
    assert "refund" not in read(body).intents


@pytest.mark.parametrize("body", [
    "नमस्ते,\n\nमेरा प्लान रद्द कर दीजिए, रिफंड नही चाहिए।\n\nधन्यवाद\nसुनील",
    "नमस्ते,\n\nसब्सक्रिप्शन रद्द कर दीजिए। हम रिफंड नही माँग रहे।\n\nधन्यवाद\nसुनील",
])
def test_a_refund_declined_without_the_nasal_mark_is_declined(body):
    assert read(body).intents == {"cancellation"}


@pytest.mark.parametrize("body", [
    "नमस्ते,\n\nमेरा प्लान रद्द कर दीजिए और रिफंड दीजिए, हमने इस्तेमाल नही किया।\n\nधन्यवाद\nसुनील",
])
def test_a_refund_asked_beside_a_nasal_less_negation_is_read(body):
    assert read(body).intents == {"cancellation", "refund"}


def test_nukta_tolerance_reads_every_form_and_leaves_other_scripts_alone():
    import re
    pattern = nukta_tolerant("(?:फीस|ज़रूरत)")
    for text in ("फीस", "फ\u093cीस", "\u095eीस", "जरूरत", "ज\u093cरूरत", "\u095bरूरत"):
        assert re.fullmatch(pattern, text), text
    assert not re.fullmatch(pattern, "पीस")
    assert nukta_tolerant(r"\bgeld zur(?:ü|ue|u)ck\b") == r"\bgeld zur(?:ü|ue|u)ck\b"
    assert nukta_tolerant("[^फ]") == "[^फ]"  # a character class is left as written
    nasal = nukta_tolerant("नहीं (?:मांग|माँग)")
    for text in ("नहीं मांग", "नही माँग", "नहीं माग"):
        assert re.fullmatch(nasal, text), text


# -- German as people type it: Gebür, zurük, Beitrag -----------------------------------------------

@pytest.mark.parametrize("body", [
    "Hallo,\n\nich möchte die Anmeldegebür bitte wieder zurück, wir nutzen das Tool nicht.\n\nGruß\nJonas",
    "Hallo,\n\nbitte die Bearbeitungsgebuer zurueck, das war nicht abgesprochen.\n\nGruß\nJonas",
    "Hallo,\n\nwir hätten gerne das Geld zurük, der Dienst lief nie richtig.\n\nGruß\nJonas",
    "Hallo,\n\nich will meinen Monatsbeitrag zurück, ich konnte den Dienst gar nicht nutzen.\n\nGruß\nJonas",
    "Hallo,\n\nbitte den Quartalsbeitrag zurück, wir haben das Konto nie eingerichtet.\n\nGruß\nJonas",
])
def test_german_fee_asked_back_as_typed(body):
    assert "refund" in read(body).intents


@pytest.mark.parametrize("body", [
    "Bom dia,\n\nQuero a anuidade de volta, nunca usámos o serviço.\n\nObrigado\nTiago",
    "Bonjour,\n\nRendez-nous la cotisation annuelle, le service n'a jamais marché.\n\nCordialement\nLuc",
    "Namaste,\n\npichhle mahine ki kist lauta dijiye, app chala hi nahi.\n\nDhanyavaad\nRavi",
    "नमस्ते,\n\nपिछले महीने की किस्त लौटा दीजिए, ऐप चला ही नहीं।\n\nधन्यवाद\nसुनील",
])
def test_a_periodic_fee_asked_back_in_other_languages(body):
    assert "refund" in read(body).intents


@pytest.mark.parametrize("body", [
    "Bom dia,\n\nA anuidade foi paga ontem, obrigado pela confirmação.\n\nObrigado\nTiago",
    "Bonjour,\n\nLa cotisation annuelle est bien réglée, merci.\n\nCordialement\nLuc",
    "Namaste,\n\nagle mahine ki kist kab kategi, bata dijiye.\n\nDhanyavaad\nRavi",
])
def test_a_periodic_fee_named_asks_no_refund(body):
    assert "refund" not in read(body).intents


@pytest.mark.parametrize("body", [
    "Hallo,\n\nwir möchten die Geburtsurkunde zurück, die wir Ihnen versehentlich geschickt haben.\n\nGruß\nJonas",
    "Hallo,\n\nder Monatsbeitrag ist korrekt abgebucht worden, vielen Dank.\n\nGruß\nJonas",
    "Hallo,\n\ndie Gebür auf der Rechnung ist so in Ordnung.\n\nGruß\nJonas",
])
def test_german_near_misses_ask_no_refund(body):
    assert "refund" not in read(body).intents


# -- the amount asked to be credited back ------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hallo,\n\nbitte schreiben Sie uns die 49 € gut, wir haben doppelt bezahlt.\n\nGruß\nJonas",
    "Hallo,\n\nwir bitten Sie, den Restbetrag unserem Konto gutzuschreiben.\n\nGruß\nJonas",
    "Hallo,\n\ndas Zusatzmodul nutzen wir nicht. Bitte den Betrag gutschreiben.\n\nGruß\nJonas",
    "Hi,\n\nPlease credit the 49 dollars to my card, we never used the seat.\n\nThanks\nNora",
    "Hi,\n\nCould you credit the setup fee back? The onboarding never happened.\n\nThanks\nNora",
    "Buenas,\n\nLes pido que nos abonen el importe del último mes, no usamos la cuenta.\n\nSaludos\nMarta",
    "Buenas,\n\nAcredítenme los 30 € en la tarjeta, por favor.\n\nSaludos\nMarta",
    "Bom dia,\n\nPor favor, creditem o valor no meu cartão, não usamos a conta.\n\nObrigado\nTiago",
    "Bonjour,\n\nMerci de recréditer ma carte du montant prélevé.\n\nCordialement\nLuc",
    "Bonjour,\n\nPouvez-vous créditer mon compte de la somme payée en trop ?\n\nCordialement\nLuc",
    "Namaste,\n\nwoh amount mere account mein credit kar dijiye, plan use nahi hua.\n\nDhanyavaad\nRavi",
    "नमस्ते,\n\nवह राशि मेरे खाते में क्रेडिट कर दीजिए।\n\nधन्यवाद\nसुनील",
])
def test_an_amount_asked_to_be_credited_back_is_a_refund(body):
    assert "refund" in read(body).intents


@pytest.mark.parametrize("body", [
    "Hallo,\n\nSie müssen uns nichts gutschreiben, bitte nur das Abo kündigen.\n\nGruß\nJonas",
    "Hi,\n\nI saw a credit to my account yesterday, thanks for sorting it out.\n\nThanks\nNora",
    "Hi,\n\nI paid by credit card on the 3rd, the receipt is attached.\n\nThanks\nNora",
    "Buenas,\n\nTengo que abonar la factura de octubre mañana, ¿me mandan el enlace?\n\nSaludos\nMarta",
    "Bom dia,\n\nO valor foi creditado ontem na minha conta, obrigado.\n\nObrigado\nTiago",
    "Bonjour,\n\nJe paie par carte de crédit, le montant a été crédité hier.\n\nCordialement\nLuc",
    "Namaste,\n\nCredit card se payment kiya tha, receipt bhej dijiye.\n\nDhanyavaad\nRavi",
])
def test_a_credit_received_or_a_card_named_asks_no_refund(body):
    assert "refund" not in read(body).intents


# -- a reason opened by a causal connector with its own subject -------------------------------------------

@pytest.mark.parametrize("body, words", [
    # the reason between two asks: neither the sentence before nor the part after the last comma gives it
    ("Hallo,\n\nwir kündigen den Tarif zum Monatsende, da unsere Kanzlei fusioniert, und bitten um Erstattung "
     "des Restbetrags.\n\nGruß\nJonas", "fusioniert"),
    ("Hallo,\n\nich kündige das Abo, da sich mein Büro auflöst, und bitte um Rückerstattung.\n\nGruß\nJonas",
     "auflöst"),
    ("Hi,\n\nWe are cancelling the plan, as our clinic is merging, and would like a refund of the unused "
     "months.\n\nThanks\nNora", "merging"),
    ("Buenas,\n\nCancelamos el plan, visto que la empresa cambia de sede, y pedimos el reembolso del resto."
     "\n\nSaludos\nMarta", "sede"),
    ("Bom dia,\n\nCancelamos o plano, uma vez que a loja vai mudar de dono, e pedimos o reembolso do restante."
     "\n\nObrigado\nTiago", "dono"),
    ("Bonjour,\n\nNous résilions l'abonnement, vu que la boutique déménage, et demandons le remboursement du "
     "solde.\n\nCordialement\nLuc", "déménage"),
    ("Namaste,\n\nplan band kar dijiye, chunki office shift ho raha hai, aur baaki paise wapas kar dijiye."
     "\n\nDhanyavaad\nRavi", "shift"),
])
def test_a_causal_connector_gives_the_reason(body, words):
    fields = read(body).fields
    assert fields.reason and words in fields.reason


@pytest.mark.parametrize("body", [
    "Hallo,\n\nwir kündigen den Tarif, da kam gestern die Rechnung, und bitten um Erstattung.\n\nGruß\nJonas",
    "Hi,\n\nWe are cancelling the plan, as per the contract, and would like a refund.\n\nThanks\nNora",
])
def test_a_connector_that_is_not_causal_gives_no_reason(body):
    assert read(body).fields.reason is None
