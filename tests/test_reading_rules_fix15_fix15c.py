"""Reading rules generalised from the seventh fresh round's Hindi/Hinglish misses (fix15c), each with
sentences of its own (none copied from any round), in every language where the same rule exists.

- The no-refund rule stated as a fact ("I heard refunds aren't given after renewal", "renewal ke baad
  refund nahi milta", "después de la renovación no hay reembolso") names the policy: it asks for no
  refund.  A refund asked for in other words of the same email still counts.
- A Devanagari past cancellation ("कैंसल कर दिया", "रद्द कर दी") is no longer read inside the polite
  imperative that asks for one ("कैंसल कर दीजिए", "रद्द कर दीजिए").
- A refund already received ("the refund you sent has reached my account, thank you", "jo refund aapne
  kiya tha wo account mein aa gaya") is a past event: the email asks for no refund.
"""

from __future__ import annotations

import pytest

from mailbot.reading.extract import Extractor
from tests.helpers import LO_ADDRESS, config, inbound, ist

CFG = config()
LO = Extractor(CFG.brands["leadsoptima"])
OWD = Extractor(CFG.brands["optima_webdesign"])


def read(body: str, subject: str = "Hello", reader: Extractor = LO):
    return reader.extract(inbound("nora@example.com", LO_ADDRESS, subject, ist(2025, 9, 10, 10, 0), body))


# -- the no-refund rule stated as a fact ---------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hi,\n\nA friend told me refunds aren't given once the plan renews. Please cancel my plan before that.\n\n"
    "Thanks\nOmar",
    "Hi,\n\nI understand you don't offer refunds after the renewal date. Kindly cancel the subscription today.\n\n"
    "Omar",
    "Hi,\n\nAs I read it, no refunds are given after renewal. If I miss the date, would I get a refund? "
    "Either way please cancel the plan now.\n\nOmar",
    "Namaste,\n\nmere dost ne bataya ki renewal ke baad refund nahi milta. Isliye mera plan aaj hi cancel kar "
    "dijiye.\n\nSuresh",
    "Hello,\n\naapke yahan refund bilkul nahi hota, pata hai. Bas monthly plan cancel kar do.\n\nSuresh",
    "नमस्ते,\n\nसुना है कि रिन्यूअल के बाद रिफंड नहीं मिलता। मेरा प्लान आज ही कैंसल कर दीजिए।\n\nसुरेश",
    "Hola,\n\nMe dijeron que tras la renovación no hay reembolsos. Por favor cancelen mi suscripción hoy.\n\n"
    "Saludos\nIrene",
    "Olá,\n\nPelo que entendi, não há reembolso depois da renovação. Por favor cancelem minha assinatura hoje.\n\n"
    "Abraço\nRui",
    "Bonjour,\n\nsi je comprends bien, il n'y a pas de remboursement après le renouvellement. Merci d'annuler "
    "mon abonnement aujourd'hui.\n\nLéa",
])
def test_the_no_refund_rule_stated_asks_for_no_refund(body):
    assert read(body).intents == {"cancellation"}


@pytest.mark.parametrize("body", [
    # the rule is known, and the refund is asked for anyway; or the customer's own refund is late
    "Hi,\n\nI know refunds aren't given after renewal, but please refund me this one time: the renewal went "
    "through while I was in hospital.\n\nOmar",
    "Hi,\n\nMy refund is not showing yet. Please refund the duplicate charge from Monday.\n\nOmar",
    "Namaste,\n\npata hai refund nahi milta, phir bhi paise wapas kar dijiye, galti se renew ho gaya.\n\nSuresh",
    "Namaste,\n\nrefund nahi mila abhi tak, please jaldi refund kar dijiye.\n\nSuresh",
    "Hola,\n\nSé que no hay reembolsos después de la renovación, pero les pido que me devuelvan el dinero "
    "esta vez.\n\nIrene",
    "Bonjour,\n\nje sais qu'il n'y a pas de remboursement après le renouvellement, mais je vous demande un "
    "remboursement cette fois.\n\nLéa",
])
def test_a_refund_asked_beside_the_rule_is_read(body):
    assert "refund" in read(body).intents


# -- a Devanagari polite imperative is no past cancellation --------------------------------------------

@pytest.mark.parametrize("body", [
    "नमस्ते,\n\nकृपया मेरा मासिक प्लान कैंसल कर दीजिए, अब टीम छोटी हो गई है।\n\nरवि",
    "नमस्ते,\n\nहमारा सालाना प्लान रद्द कर दीजिए।\n\nरवि",
])
def test_a_devanagari_polite_imperative_asks_to_cancel(body):
    assert "cancellation" in read(body).intents


@pytest.mark.parametrize("body", [
    "नमस्ते,\n\nमैंने प्लान पिछले हफ्ते कैंसल कर दिया था, उसकी पुष्टि भेज दीजिए।\n\nरवि",
    "नमस्ते,\n\nमैंने सदस्यता रद्द कर दी थी, बस रसीद चाहिए।\n\nरवि",
])
def test_a_devanagari_past_cancellation_is_no_request(body):
    assert "cancellation" not in read(body).intents


# -- a refund already received ---------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hello,\n\nThe refund you sent on Friday has reached my account, thank you. Could you also mail me "
    "a receipt for our books?\n\nPriya",
    "Hello,\n\nWe have received the refund for the old plan, thanks a lot. Please send an updated invoice "
    "for the audit.\n\nPriya",
    "Namaste,\n\njo refund aapne last week bheja tha woh bank mein credit ho gaya hai, shukriya. Uska ek "
    "credit note bhej dijiye.\n\nPriya",
    "Namaste,\n\nrefund jo aapne approve kiya tha mere account mein aa gaya, thanks. Receipt mil jaye to "
    "acha rahega.\n\nPriya",
    "नमस्ते,\n\nजो रिफंड आपने पिछले हफ्ते किया था वह मेरे खाते में पहुँच गया है, धन्यवाद। उसकी रसीद भेज "
    "दीजिए।\n\nप्रिया",
])
def test_a_refund_already_received_asks_for_no_refund(body):
    assert "refund" not in read(body).intents


@pytest.mark.parametrize("body", [
    "Hello,\n\nThe refund you promised has not arrived yet. Please refund the double charge now.\n\nPriya",
    "Hello,\n\nI have not received the refund yet, thanks for checking. Please refund me this week.\n\nPriya",
    "Namaste,\n\nrefund jo aapne approve kiya tha woh abhi tak nahi aaya, please refund bhej dijiye.\n\nPriya",
    "नमस्ते,\n\nजो रिफंड आपने मंज़ूर किया था वह अभी तक नहीं आया, कृपया रिफंड भेज दीजिए।\n\nप्रिया",
])
def test_a_refund_still_missing_is_asked(body):
    assert "refund" in read(body).intents


# -- closing the customer's own business ("dukaan band kar rahe hain") -----------------------------

@pytest.mark.parametrize("body", [
    "Namaste,\n\nwebsite ke maintenance plan ka refund chahiye, koi order nahi aa raha aur hum dukaan band "
    "karne wale hain.\n\nMohan",
    "Hello sir,\n\nhosting ka refund kar dijiye please, hamara restaurant hi band kar rahe hain agle mahine "
    "se.\n\nMohan",
    "नमस्ते,\n\nहोस्टिंग प्लान का रिफंड चाहिए, ऑर्डर बिल्कुल नहीं आ रहे और हम अपनी दुकान बंद करने की सोच "
    "रहे हैं।\n\nमोहन",
])
def test_closing_the_own_business_is_a_reason_not_a_cancellation(body):
    found = read(body, reader=OWD)
    assert found.intents == {"refund"}
    assert found.fields.reason is not None and "band" in found.fields.reason.replace("बंद", "band")


@pytest.mark.parametrize("body", [
    # the plan itself is closed ("business plan" is a plan's name), or both are
    "Hi,\n\nhumara business plan band kar do please.\n\nMohan",
    "Hi,\n\nhum office band kar rahe hain, isliye monthly plan bhi band kar dijiye.\n\nMohan",
    "नमस्ते,\n\nहम दुकान बंद कर रहे हैं, इसलिए मेरा प्लान भी बंद कर दीजिए।\n\nमोहन",
])
def test_a_plan_closed_beside_the_business_is_still_cancelled(body):
    assert "cancellation" in read(body).intents


# -- a short statement closing an asking sentence after its last comma ------------------------------

@pytest.mark.parametrize("body, reason", [
    ("Hi,\n\nPlease cancel the hosting plan, the bakery was sold.\n\nMira", "the bakery was sold"),
    ("Namaste,\n\nSalon Care Plan band karna hai, hum Pune shift ho rahe hain.\n\nMira",
     "hum Pune shift ho rahe hain"),
    ("Olá,\n\nquero cancelar o plano de manutenção, o café fechou.\n\nMira", "o café fechou"),
    ("Hola,\n\nquiero dar de baja el mantenimiento, el local cerró.\n\nMira", "el local cerró"),
    ("Hallo,\n\nbitte kündigen Sie den Wartungsvertrag, die Praxis schließt.\n\nMira", "die Praxis schließt"),
    ("Bonjour,\n\nmerci d'annuler le contrat de maintenance, la boutique a fermé.\n\nMira", "la boutique a fermé"),
])
def test_a_short_trailing_statement_is_the_reason(body, reason):
    assert read(body, reader=OWD).fields.reason == reason


@pytest.mark.parametrize("body", [
    "Hi,\n\nPlease cancel the hosting plan, with effect from next month.\n\nMira",
    "Hi,\n\nPlease cancel the hosting plan, I know the policy.\n\nMira",
    "Namaste,\n\nmaintenance plan cancel kar dijiye, jaldi se jaldi.\n\nMira",
    "Hallo,\n\nbitte kündigen Sie den Wartungsvertrag, damit er sich nicht verlängert.\n\nMira",
    "Hola,\n\nquiero dar de baja el mantenimiento, lo antes posible por favor.\n\nMira",
    "Olá,\n\nquero cancelar o plano de manutenção, a partir do mês que vem.\n\nMira",
    "Bonjour,\n\nmerci d'annuler le contrat de maintenance, à partir du mois prochain.\n\nMira",
    "Hi,\n\nPlease cancel the hosting plan, invoice OWD-2025-1234.\n\nMira",
])
def test_a_trailing_time_purpose_or_reference_is_no_reason(body):
    assert read(body, reader=OWD).fields.reason is None


def test_a_reason_sentence_of_its_own_is_preferred_to_a_trailing_part():
    body = ("Hi,\n\nPlease cancel the hosting plan, the team got smaller.\n"
            "We moved all our sites to an in-house server last month.\n\nMira")
    assert read(body, reader=OWD).fields.reason == "We moved all our sites to an in-house server last month."
