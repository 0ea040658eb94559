"""(fix43c) Families the fresh31 and fresh32 rounds missed in Hindi and English, each with sentences of the test's own
(none taken from the rounds) in two languages or more, and near misses that must keep reading as before.

- A reference written bare between the plan word and its verb ('retainer OWD-2025-310 yahin khatam kar dijiye'), as a
  bracketed one is read, and the plan word bare before it in English ('Please end retainer OWD-2025-77'); the verb
  negated, or 'the end of retainer X' (a noun), asks nothing.
- The formal end asked with a phrase of time or manner, closed by its postposition, between the plan word and the verb
  ('सदस्यता को वर्तमान अवधि की समाप्ति पर निरस्त करने का कष्ट करें', 'सदस्यता तत्काल प्रभाव से समाप्त कर ...'); a verb told
  as done, or a phrase without the postposition, asks nothing.
- The charge told as taken again or a second time ('payment dubara ho gaya', 'went through a second time', 'por
  segunda vez', 'une deuxième fois', 'ein zweites Mal'): a duplicate payment (the ledger's pair decides, L4); a second
  try of something else names none, and 'charged again' stays a billing error.
- A one-word address before the comma that opens an asking sentence ('Janab, ...', 'Ravi, ...', 'श्रीमान, ...') or an
  honorific of two words ('Bhai sahab, ...'): the reason after it is read, as after 'Sir,'.
- The request word broken by a hyphen ('re-fund', 're-embolso', 'rem-boursement').
- The refund told as now on the account with the verb 'be' ('the refund is on my account today', 'die Erstattung ist
  heute auf meinem Konto'): a past event, no request; not yet there, or asked, it is still awaited.
"""

from __future__ import annotations

import pytest

from tests.helpers import read_body


def read(body: str, subject: str = "Hello", brand: str = "lo", sign: str = "Nora"):
    return read_body(body + (f"\n\n{sign}" if sign else ""), subject=subject, brand=brand)


# -- 1. a bare reference between the plan word and its verb -------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Maintenance contract OWD-2025-77 ab rok dijiye, naya developer mil gaya hai.",
    "Hamara hosting plan OWD-2025-12 abhi khatam karo, dukaan band ho gayi.",
    "SEO retainer OWD-2025-4410 is mahine samaapt kar dein, budget kam hai.",
    "Please end retainer OWD-2025-77 now, we found a new developer.",
    "होस्टिंग OWD-2025-12 अभी बंद कर दीजिए, दुकान बंद हो गई।",
])
def test_a_bare_reference_before_the_end_verb_still_cancels(body):
    assert "cancellation" in read(body, brand="owd").intents


@pytest.mark.parametrize("body", [
    "Retainer OWD-2025-77 khatam mat karo, kaam chalu rakhna hai.",
    "Retainer OWD-2025-77 ka pichla kaam khatam ho gaya, invoice bhej dijiye.",
    "What happens at the end of retainer OWD-2025-77? Is the report sent then?",
])
def test_a_bare_reference_before_a_negated_or_told_end_asks_nothing(body):
    assert "cancellation" not in read(body, brand="owd").intents


# -- 2. a phrase of time between the plan word and the formal verb --------------------------------------------------

@pytest.mark.parametrize("body", [
    "निवेदन है कि हमारी सदस्यता को 31 मार्च से समाप्त करने की कृपा करें। विभाग अब दूसरा सॉफ़्टवेयर लेगा।",
    "कृपया हमारे अनुबंध को इस माह के अंत में निरस्त कीजिए, बजट समाप्त हो गया है।",
    "Hamari membership ko agle mahine ki pehli tareekh se samapt kar dijiye, office shift ho raha hai.",
])
def test_a_formal_end_after_a_phrase_of_time_is_a_cancellation(body):
    assert "cancellation" in read(body).intents


@pytest.mark.parametrize("body", [
    "प्लान के साथ जो समस्या थी वह आपने समाप्त कर दी। धन्यवाद।",
    "हमारी सदस्यता की अवधि 31 मार्च को समाप्त हो रही है, नवीनीकरण का शुल्क बताइए।",
    "Membership ko pichle mahine se hi samapt kar chuke hain, ab sirf invoice chahiye.",
])
def test_a_phrase_of_time_before_an_end_told_or_coming_asks_nothing(body):
    assert "cancellation" not in read(body).intents


# -- 3. the charge taken again or a second time ---------------------------------------------------------------------

def reason(body: str) -> str | None:
    return read(body).fields.reason_code


@pytest.mark.parametrize("body", [
    "Quarterly plan ke paise dobara kat gaye kal raat, ek wapas kijiye.",
    "Sir dobara charge ho gaya monthly plan ka, dusra wala refund karo.",
    "Our quarterly fee was debited from our account a second time yesterday. Please refund the extra one.",
    "Nos cobraron por segunda vez la cuota trimestral ayer, devuelvan una.",
    "On nous a prélevé une deuxième fois l'abonnement trimestriel hier, remboursez-en un.",
    "Die Quartalsgebühr wurde gestern ein zweites Mal abgebucht, bitte eine zurück.",
    "A mensalidade foi cobrada pela segunda vez ontem, devolvam uma.",
])
def test_a_charge_taken_a_second_time_is_a_duplicate(body):
    assert reason(body) == "duplicate_payment"


@pytest.mark.parametrize("body", [
    "Payment fail hua tha to maine dobara try kiya, phir bhi login nahi hota. Refund karo.",
    "I tried a second time to import the leads and nothing happened. Please refund.",
    "Lo intenté por segunda vez y el panel sigue en blanco, reembolsen.",
])
def test_a_second_try_of_something_else_is_no_duplicate(body):
    assert reason(body) != "duplicate_payment"


def test_a_charge_again_after_a_cancellation_stays_a_billing_error():
    assert reason("I cancelled in July and you charged me again in September. Refund it.") == "billing_error"


# -- 4. a one-word address before the leading reason ----------------------------------------------------------------

@pytest.mark.parametrize("body, said", [
    ("Huzoor, designer ne teen hafte se kuch nahi bheja, jo milestone shuru nahi hua uska paisa lauta dijiye.",
     "designer ne teen hafte se kuch nahi bheja"),
    ("Ravi, kaam bilkul ruka hua hai aur launch nikal gaya, bacha hua deposit wapas kijiye.",
     "kaam bilkul ruka hua hai aur launch nikal gaya"),
    ("Bhai sahab, hum dusri agency ke saath ja rahe hain, retainer band kar dijiye.",
     "hum dusri agency ke saath ja rahe hain"),
    ("श्रीमान, डिज़ाइनर ने तीन हफ़्ते से कुछ नहीं भेजा, जो माइलस्टोन शुरू नहीं हुआ उसका पैसा लौटा दीजिए।",
     "डिज़ाइनर ने तीन हफ़्ते से कुछ नहीं भेजा"),
])
def test_the_reason_after_a_one_word_address_is_read(body, said):
    found = read(body, brand="owd")
    assert found.intents
    assert found.fields.reason == said


@pytest.mark.parametrize("body", [
    "Janab, milestone ka paisa wapas kijiye.",
    "Sir, please refund the deposit.",
])
def test_an_address_before_the_ask_alone_gives_no_reason(body):
    found = read(body, brand="owd")
    assert "refund" in found.intents
    assert found.fields.reason is None


# -- 5. the request word broken by a hyphen -------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Please kindly process re-fund for invoice LO-INV-11111, monthly plan.",
    "Kindly re-imburse invoice LO-INV-11111 at the earliest.",
    "Por favor tramiten el re-embolso de la factura LO-INV-11111.",
    "Merci de procéder au rem-boursement de la facture LO-INV-11111.",
])
def test_a_refund_word_broken_by_a_hyphen_is_a_refund(body):
    found = read(body)
    assert "refund" in found.intents
    assert found.fields.reason is None  # the request restated is no reason (section 8)


@pytest.mark.parametrize("body, subject", [
    ("Could you send the details for the transfer again?", "Re: Fund transfer for invoice LO-INV-11111"),
    ("Please re-send invoice LO-INV-11111 with our new address.", "Invoice"),
])
def test_a_reply_prefix_or_another_re_word_asks_no_refund(body, subject):
    assert "refund" not in read(body, subject=subject).intents


# -- 6. the refund told as now on the account -----------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hi,\nThe reimbursement for the duplicate charge is in our bank account now. Many thanks.",
    "Die Rückerstattung ist jetzt auf unserem Konto, vielen Dank.",
    "Le remboursement est bien sur notre compte, merci beaucoup.",
    "O estorno já está na nossa conta, obrigado.",
    "Duplicate charge ka refund ab hamare account mein hai, dhanyavaad.",
])
def test_a_refund_told_as_on_the_account_asks_nothing(body):
    assert "refund" not in read(body).intents


@pytest.mark.parametrize("body", [
    "The refund is not on my account yet, please check.",
    "Is the refund on my account today?",
    "Die Erstattung ist noch nicht auf meinem Konto, bitte prüfen.",
    "Refund abhi tak account mein nahi hai.",
])
def test_a_refund_not_yet_on_the_account_is_still_awaited(body):
    assert "refund" in read(body).intents


# -- 7. (stop 33, found by the phrasebook after the address rule) advance notice given is no reason ----------------

@pytest.mark.parametrize("body", [
    "Hola, le aviso con antelación: no quiero que se renueve el plan anual.",
    "Olá, aviso com antecedência: não quero renovar o plano anual.",
    "Bonjour, je vous préviens à l'avance : merci de résilier l'abonnement annuel à l'échéance.",
    "Hallo, ich gebe Ihnen rechtzeitig Bescheid: bitte kündigen Sie das Jahresabo zum Ende der Laufzeit.",
    "Hi, giving you advance notice: please cancel the annual plan at renewal.",
])
def test_advance_notice_given_is_no_reason(body):
    found = read(body)
    assert "cancellation" in found.intents
    assert found.fields.reason is None


@pytest.mark.parametrize("body, said", [
    ("Hola, le aviso con antelación porque cerramos la tienda: cancelen el plan anual.", "cerramos la tienda"),
    ("Hi, giving you advance notice as we are closing the shop: please cancel the annual plan.", "closing the shop"),
])
def test_a_cause_beside_the_notice_is_still_read(body, said):
    found = read(body)
    assert "cancellation" in found.intents
    assert said in (found.fields.reason or "")
