"""Reading rules generalised from the English and Hindi phrasebook misses (pb17c), each tested with
sentences of its own (none copied from the phrasebook), with near misses that must not trigger.

- A plan ended in other words: "turn off auto-renew", "pull the plug on the project", "kill the
  retainer", "end my sub", "unsubscribe me from the paid plan", "wind down the care plan", "make
  sure it is not rolled over"; Hinglish "plan khatam karo", "account close kar do", "unsubscribe kar
  dijiye", "renew nahi karenge"; Devanagari "कैंसिल" (the other spelling of कैंसल), "अनुबंध समाप्त
  करते हैं", "रिटेनर रोक दीजिए", "प्लान बंद हो जाए".  The same words told as done are a past event.
- A cancellation not asked now: "no cancellation", "we might have to cancel", "before I decide
  whether to cancel", "cancel karne par / से पहले", "शायद कैंसिल करना पड़े", "न कैंसिल करना है",
  "कैंसिल नहीं, ...", a cancellation someone already processed, "Cancellation confirmed?".
- A refund declined or taken back: "a refund isn't necessary", "we don't want to cancel or get a
  refund", "I'm withdrawing my refund request", "न रिफंड चाहिए", "refund ka to sawal hi nahi",
  "refund maanga tha, woh wapas le raha hu", "deposit bhi wapas mil gaya tha".
- Hypotheticals: "will I still be able to ...?", "are we entitled to ...", "could we cancel
  then?", "how long would the refund take?", "say we moved ..."; a subject "Refund if ...?";
  Hindi "agar ... to kya ...?", "... hoga ya ...?", "kar paunga?", "kitne din ...?", "होने पर रिफंड?".
"""

from __future__ import annotations

import pytest

from mailbot.reading.extract import Extractor
from tests.helpers import LO_ADDRESS, OWD_ADDRESS, config, inbound, ist

CFG = config()
LO = Extractor(CFG.brands["leadsoptima"])
OWD = Extractor(CFG.brands["optima_webdesign"])


def read(body: str, subject: str = "Hello", brand: Extractor = LO):
    to = LO_ADDRESS if brand is LO else OWD_ADDRESS
    return brand.extract(inbound("nora@example.com", to, subject, ist(2025, 9, 10, 10, 0), body))


# -- a plan ended in other words -----------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hi,\n\nPlease turn off auto-renew on our account, the team has moved to another tool.\n\nThanks\nMark",
    "Hi,\n\nCan you switch the automatic renewal off? We are closing the studio in May.\n\nThanks\nMark",
    "Hi,\n\nWe have to pull the plug on the landing page project, the client went under.\n\nMark",
    "Hi,\n\nKill the hosting plan please, we are moving everything in-house.\n\nMark",
    "end the sub today pls, not using it anymore",
    "Hi,\n\nUnsubscribe us from the premium plan, our pilot finished last week.\n\nMark",
    "Hi,\n\nWe are winding down the maintenance retainer at the end of March, budget cuts.\n\nMark",
    "Hi,\n\nPlease make sure the plan is not rolled over in April, we will not need it.\n\nMark",
])
def test_a_plan_ended_in_other_words_is_a_cancellation(body):
    assert "cancellation" in read(body).intents


@pytest.mark.parametrize("body", [
    "Hi,\n\nHow do I turn off notifications for new leads?\n\nMark",
    "Hi,\n\nPlease unsubscribe me from your marketing newsletter.\n\nMark",
    "Hi,\n\nThe campaign was a hit, we had to pull the plug on new sign-ups because of demand!\n\nMark",
])
def test_near_misses_of_the_plan_ended_are_not_a_cancellation(body):
    assert "cancellation" not in read(body).intents


@pytest.mark.parametrize("body", [
    "नमस्ते,\n\nमेरा सालाना प्लान कैंसिल कर दीजिए, अब हम दूसरा टूल इस्तेमाल कर रहे हैं।\n\nधन्यवाद\nरवि",
    "नमस्ते,\n\nहम होस्टिंग अनुबंध को समाप्त करते हैं क्योंकि वेबसाइट बंद हो रही है।\n\nरवि",
    "नमस्ते,\n\nअगले महीने से मेंटेनेंस रिटेनर रोक दीजिए, बजट नहीं है।\n\nरवि",
    "नमस्ते,\n\nइस तिमाही के बाद प्लान बंद हो जाए, हमारी कंपनी बिक गई है।\n\nरवि",
    "Hi, mera plan khatam kar dijiye, ab zarurat nahi hai.\nRavi",
    "Hi, hamara account close kar do, business shift ho gaya hai.\nRavi",
    "Premium plan se unsubscribe kar dijiye, ab use nahi karte.\nRavi",
    "Agle saal annual plan renew nahi karenge, team chhoti ho gayi hai.\nRavi",
])
def test_hindi_plan_ended_in_other_words_is_a_cancellation(body):
    assert "cancellation" in read(body).intents


@pytest.mark.parametrize("body", [
    "नमस्ते,\n\nमैंने जून में प्लान कैंसिल कर दिया था, फिर भी पैसा कटा। पैसे वापस कीजिए।\n\nरवि",
    "नमस्ते,\n\nहोस्टिंग कैंसिल करवाई थी, बस रसीद भेज दीजिए।\n\nरवि",
    "Hi, maine April me account band kar diya tha, bas invoice copy bhej dijiye.\nRavi",
    "नमस्ते,\n\nदो हफ़्ते के लिए काम रोक दीजिए, मैं बाहर हूँ।\n\nरवि",
])
def test_hindi_past_or_paused_plan_is_no_new_cancellation(body):
    assert "cancellation" not in read(body).intents


# -- a cancellation not asked now ------------------------------------------------------------------------

@pytest.mark.parametrize("body, subject", [
    ("Hi,\n\nNo cancellation please, but the setup fee was charged twice and we want one refunded.\n\nMark", "Setup fee"),
    ("Hi,\n\nWe may have to cancel in the spring if sales stay slow. Nothing needed today.\n\nMark", "Question"),
    ("Hi,\n\nWhat does the annual plan include? Asking before I decide whether to cancel.\n\nMark", "Question"),
    ("Hi,\n\nYour team already processed the cancellation of our hosting, thanks. Can you send the last invoice?\n\nMark", "Invoice"),
    ("Hi,\n\nI got the email yesterday. Is the plan still active until the 30th?\n\nMark", "Cancellation confirmed?"),
])
def test_a_cancellation_not_asked_now_is_no_cancellation(body, subject):
    assert "cancellation" not in read(body, subject).intents


@pytest.mark.parametrize("body", [
    "Agar mahine ke beech cancel karne par kuch paisa milta hai to bataiye?\nRavi",
    "नमस्ते,\n\nशायद अगले साल कैंसिल करना पड़े, अभी कुछ नहीं करना है।\n\nरवि",
    "नमस्ते,\n\nहमें न कैंसिल करना है न पैसे वापस चाहिए, बस प्लान बदलना है।\n\nरवि",
    "नमस्ते,\n\nकैंसिल करने से पहले यह जानना है कि डेटा कहाँ जाएगा।\n\nरवि",
])
def test_hindi_cancellation_not_asked_now_is_no_cancellation(body):
    assert read(body).intents == set()


def test_a_hindi_subject_declining_the_cancellation_with_a_comma():
    assert read("नमस्ते,\n\nबस एक महीने के लिए रोक दीजिए।\n\nरवि", "कैंसिल नहीं, सिर्फ़ विराम").intents == set()


# -- a refund declined or taken back ----------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hi,\n\nA refund isn't needed, the work was good. Please close the project, we are not launching.\n\nMark",
    "Hi,\n\nWe don't want to pause or get a refund, please close the project as we are not launching.\n\nMark",
])
def test_a_refund_declined_in_other_words_leaves_only_the_cancellation(body):
    assert read(body, brand=OWD).intents == {"cancellation"}


@pytest.mark.parametrize("body", [
    "Hi,\n\nI'm withdrawing my earlier refund request, we found the missing invoice.\n\nMark",
    "Hi,\n\nI asked for a refund on Monday but I am retracting that, the tool works now.\n\nMark",
    "Pichle hafte refund maanga tha, woh wapas le rahe hain, sab theek hai ab.\nRavi",
    "Refund ka to sawal hi nahi, bas invoice ki copy bhej dijiye.\nRavi",
    "नमस्ते,\n\nन ही रिफंड चाहिए, बस बिल की कॉपी भेज दीजिए।\n\nरवि",
    "Last year project cancel kiya tha aur advance bhi wapas mil gaya tha. Ab naya quote bhejiye.\nRavi",
])
def test_a_refund_declined_or_taken_back_asks_nothing(body):
    assert "refund" not in read(body).intents


@pytest.mark.parametrize("body", [
    "Hi,\n\nPlease refund the March charge, I never used the tool.\n\nMark",
    "Paise wapas kar dijiye, tool kaam nahi kar raha.\nRavi",
])
def test_a_plain_refund_is_still_asked(body):
    assert "refund" in read(body).intents


# -- hypotheticals --------------------------------------------------------------------------------------

@pytest.mark.parametrize("body, subject", [
    ("Hi,\n\nIf I cancel next week, will I still be able to download my reports?\n\nMark", "Question"),
    ("Hi,\n\nIn case the service is down for a week, are we entitled to a refund?\n\nMark", "Question"),
    ("Hi,\n\nSay we closed the office in June, could we cancel the plan then?\n\nMark", "Question"),
    ("Hi,\n\nIf a charge ever went through twice, how long would the refund take?\n\nMark", "Question"),
    ("Hi,\n\nOur finance team wants to know this for the audit file.\n\nMark", "Refund if we downgrade?"),
])
def test_a_question_under_a_condition_is_no_request(body, subject):
    assert read(body, subject).intents == set()


@pytest.mark.parametrize("body, subject", [
    ("Agar beech me plan band karna pada to kya baaki paisa milta hai? Bas jaankari ke liye.\nRavi", "sawal"),
    ("Agar milestone hata dein to woh amount refund hoga ya agle bill me adjust?\nRavi", "sawal"),
    ("Agar aaj cancel karun to kya data download kar paunga?\nRavi", "sawal"),
    ("Agar do baar charge ho jaye to refund kitne din me aata hai?\nRavi", "sawal"),
    ("नमस्ते,\n\nऑडिट फ़ाइल के लिए पूछ रहे हैं।\n\nरवि", "सर्विस बंद होने पर रिफंड?"),
])
def test_a_hindi_question_under_a_condition_is_no_request(body, subject):
    assert read(body, subject).intents == set()


def test_a_request_after_a_polite_condition_still_asks():
    assert read("Hi,\n\nIf possible, please cancel my plan today, we closed the shop.\n\nMark").intents == {"cancellation"}


# -- the same rules in the other packs ----------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hola,\n\nPor favor desactiven la renovación automática, cerramos la tienda en mayo.\n\nSaludos\nLuis",
    "Olá,\n\nPor favor desliguem a renovação automática, vamos fechar o escritório.\n\nAbraço\nLuís",
    "Hallo,\n\nBitte schalten Sie die automatische Verlängerung ab, wir schließen die Praxis.\n\nGrüße\nLuis",
    "Bonjour,\n\nMerci de désactiver le renouvellement automatique, nous fermons le cabinet.\n\nCordialement\nLouis",
])
def test_automatic_renewal_turned_off_is_a_cancellation_in_every_language(body):
    assert "cancellation" in read(body).intents


@pytest.mark.parametrize("body", [
    "Hola,\n\nRetiro mi solicitud de reembolso, encontramos el error en nuestra contabilidad.\n\nLuis",
    "Olá,\n\nCancelo o meu pedido de reembolso, o problema foi resolvido.\n\nLuís",
    "Hallo,\n\nMeinen Erstattungsantrag ziehe ich hiermit zurück, das Problem ist gelöst.\n\nLuis",
    "Bonjour,\n\nJe retire ma demande de remboursement, tout fonctionne maintenant.\n\nLouis",
])
def test_a_withdrawn_refund_request_asks_nothing_in_every_language(body):
    assert "refund" not in read(body).intents


@pytest.mark.parametrize("body, subject", [
    ("Hola,\n\nLo preguntamos para el manual de compras.\n\nLuis", "¿Reembolso si hay un cargo doble?"),
    ("Olá,\n\nÉ para o manual de compras.\n\nLuís", "Reembolso se houver cobrança dupla?"),
    ("Hallo,\n\nDas ist für unser Einkaufshandbuch.\n\nLuis", "Erstattung, wenn doppelt abgebucht wird?"),
    ("Bonjour,\n\nC'est pour notre manuel d'achat.\n\nLouis", "Remboursement si double prélèvement ?"),
])
def test_a_subject_asking_about_a_refund_under_a_condition_is_no_request(body, subject):
    assert read(body, subject).intents == set()


# -- money asked back in other words -------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hi,\n\nCould you reverse the quarterly payment, we stopped using the tool in July.\n\nMark",
    "Hi,\n\nWould you mind having the $29 refunded? It never synced with our CRM at all.\n\nMark",
    "Hi,\n\nWe'd like the €120 returned, the integration never worked for our shop.\n\nMark",
    "Hi,\n\nOur bookkeeper paid twice by mistake, please return the extra payment.\n\nMark",
    "Hi,\n\nPlease send back last month's fee, we were closed for renovation the whole time.\n\nMark",
    "Dear team,\n\nWe request the return of the deposit paid in August as the board cancelled the launch.\n\nMark",
    "Hi,\n\nThere was a charge on the 3rd for a plan we had paused. Can we get that one back, please?\n\nMark",
    "नमस्ते,\n\nप्रोजेक्ट रोक दिया है, बचा हुआ हिस्सा लौटा दीजिए, क्लाइंट ने काम बंद कर दिया।\n\nरवि",
    "Hi, baaki paisa wapas kar dijiye, project beech me ruk gaya hai.\nRavi",
])
def test_money_asked_back_in_other_words_is_a_refund(body):
    assert "refund" in read(body).intents


@pytest.mark.parametrize("body", [
    "Hi,\n\nCan we get the dashboard back online? It has been down since noon.\n\nMark",
    "Hi,\n\nPlease reverse the order of the columns in the export.\n\nMark",
    "Hi,\n\nWe'd like the old logo back on the invoice template.\n\nMark",
    "Hi,\n\nCan I get it back to the default settings?\n\nMark",
])
def test_near_misses_of_money_back_ask_no_refund(body):
    assert "refund" not in read(body).intents


# -- the three exception reasons (L2) in other words ----------------------------------------------------------

@pytest.mark.parametrize("body, code", [
    ("Hi,\n\nOur finance office paid invoice LO-INV-12345 two times last week. Please refund one.\n\nMark", "duplicate_payment"),
    ("Hi,\n\nThe annual renewal went through twice on the 4th. Please refund the second.\n\nMark", "duplicate_payment"),
    ("Hi,\n\nI never signed up for a paid plan, I only tried the free trial. Please refund.\n\nMark", "billing_error"),
    ("Hi,\n\nOur contract is in euros but we were charged in dollars this time. Please refund.\n\nMark", "billing_error"),
    ("Hi,\n\nEach time I log in the page shows a 500 error, for ten days now. Please refund this month.\n\nMark", "access_failure"),
    ("Hi,\n\nThe login code never arrives on my phone, I cannot work. Please refund.\n\nMark", "access_failure"),
    ("Hi, card se do baar ₹1,499 kat gaye. Ek wapas kar dijiye.\nRavi", "duplicate_payment"),
    ("Hi, accounts ne galti se invoice do baar pay kar diya. Ek wapas kijiye.\nRavi", "duplicate_payment"),
    ("Hi, maine Monthly choose kiya tha par Annual ka charge kata. Refund kar dijiye.\nRavi", "billing_error"),
    ("Hi, maine koi plan chuna hi nahi tha, trial tha. Paise wapas kijiye.\nRavi", "billing_error"),
    ("Hi, account close kiya tha par fir se charge kat gaya. Paise wapas kijiye.\nRavi", "billing_error"),
    ("नमस्ते,\n\nलॉगिन करते ही एरर आता है, हफ़्ते भर से काम बंद है। पैसे वापस कीजिए।\n\nरवि", "access_failure"),
    ("Hi, 4 din se login OTP nahi aa raha. Is mahine ka paisa wapas kijiye.\nRavi", "access_failure"),
    ("नमस्ते,\n\nपूरे हफ़्ते डैशबोर्ड डाउन रहा। इस महीने का पैसा वापस कीजिए।\n\nरवि", "access_failure"),
])
def test_the_exception_reasons_in_other_words(body, code):
    found = read(body)
    assert "refund" in found.intents
    assert found.fields.reason_code == code


@pytest.mark.parametrize("body", [
    "Hi,\n\nI paid the invoice on time, twice a year is our usual schedule. Please refund the March fee, we closed.\n\nMark",
    "Hi,\n\nI log in every morning without any problem, but please refund, we no longer need the tool.\n\nMark",
])
def test_near_misses_of_the_exception_reasons(body):
    assert read(body).fields.reason_code not in ("duplicate_payment", "access_failure")


# -- a payment-platform case is a dispute (C4) -----------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hi,\n\nI have opened a PayPal claim for the $49, please close my account.\n\nMark",
    "Hi, Stripe dispute daal diya hai, account band kar do.\nRavi",
    "नमस्ते,\n\nमैंने कार्ड कंपनी में डिस्प्यूट डाल दिया है। अकाउंट बंद कर दीजिए।\n\nरवि",
    "Hola,\n\nAbrí una reclamación en PayPal por el cobro. Cancelen la cuenta.\n\nLuis",
    "Olá,\n\nAbri uma disputa no PayPal pela cobrança. Cancelem a conta.\n\nLuís",
    "Hallo,\n\nIch habe einen PayPal-Konflikt eröffnet. Bitte kündigen Sie das Konto.\n\nLuis",
    "Bonjour,\n\nJ'ai ouvert un litige sur PayPal pour ce prélèvement. Résiliez le compte.\n\nLouis",
])
def test_a_payment_platform_case_is_a_dispute(body):
    assert read(body).dispute is not None


def test_paying_through_paypal_is_no_dispute():
    assert read("Hi,\n\nI paid through PayPal last week, please cancel the plan, we closed the shop.\n\nMark").dispute is None


# -- something other than the plan cancelled ---------------------------------------------------------------------

@pytest.mark.parametrize("body, subject", [
    ("Hi,\n\nI can't join Friday's training, can I cancel my booking and take the next one?\n\nMark", "Training"),
    ("Hi,\n\nPlease cancel the demo call on Tuesday, our manager is travelling.\n\nMark", "Demo"),
    ("Hi, Monday ka demo cancel karke agle hafte rakh sakte hain?\nRavi", "demo"),
    ("नमस्ते,\n\nकल की मीटिंग कैंसिल कर दीजिए, मैं बाहर हूँ।\n\nरवि", "मीटिंग"),
    ("Hi,\n\nClause 7 says either party can terminate with notice. Does that cover hosting?\n\nMark", "Contract question"),
])
def test_cancelling_something_other_than_the_plan_is_no_cancellation(body, subject):
    assert "cancellation" not in read(body, subject).intents


def test_the_plan_cancelled_beside_a_meeting_is_still_a_cancellation():
    found = read("Hi,\n\nPlease cancel my subscription and the onboarding call, we closed the shop.\n\nMark")
    assert "cancellation" in found.intents


# -- what is a reason and what is not -------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hi,\n\nPlease cancel the plan at the end of the month. Reason is in the ticket with Priya.\n\nThanks\nMark",
    "Hi team, please cancel the hosting and refund the deposit. Let us know when it's done.\n\nThanks\nMark",
    "नमस्ते,\n\nकृपया होस्टिंग कैंसिल कर दीजिए। हो जाए तो बता दीजिए।\n\nधन्यवाद\nरवि",
    "Call pe jaisa baat hui, annual plan ka refund kar dijiye.\n\nRavi",
    "नमस्ते,\n\nकृपया मेरा भुगतान वापस करें।\n\nसादर\nरवि\nयह ईमेल गोपनीय है और केवल प्राप्तकर्ता के लिए है।",
])
def test_words_that_are_no_reason(body):
    assert read(body, brand=OWD).fields.reason is None


@pytest.mark.parametrize("body", [
    "Hi,\n\nPlease end my plan this month as our sales team is now using a partner's tool.\n\nMark",
    "Hi,\n\nCancel the plan please. We've stopped running paid campaigns.\n\nMark",
    "Hi,\n\nThe annual plan, which an intern bought without approval, needs to be refunded.\n\nMark",
    "Deposit wapas kijiye. Wajah: building ka kaam ruk gaya hai.\nRavi",
    "Plan band kar do. Results bilkul nahi aaye.\nRavi",
    "नमस्ते,\n\nसालाना प्लान, जो बिना मंज़ूरी के ख़रीदा गया था, उसका रिफंड कर दीजिए।\n\nरवि",
])
def test_short_or_tucked_reasons_are_read(body):
    assert read(body).fields.reason


def test_a_cancellation_asked_only_if_not_fixed_is_not_asked_now():
    found = read("Hi, login nahi ho raha, refund chahiye aur agar theek nahi hua to cancel bhi kar dena.\nRavi")
    assert found.intents == {"refund"}


def test_two_calls_about_a_payment_are_no_duplicate_payment():
    found = read("Hi, maine do baar support ko phone kiya, payment ka jawab nahi mila. Refund kar dijiye, tool pasand nahi aaya.\nRavi")
    assert found.fields.reason_code != "duplicate_payment"


# -- a refund someone already made, told -----------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hi,\n\nIn 2023 you refunded us the setup fee when we paused, thanks again. Can we restart the project now?\n\nMark",
    "Hi,\n\nThe bank reimbursed me the fee already. Could you send the May invoice copy?\n\nMark",
    "नमस्ते,\n\nआपने लिखा था कि रिफंड प्रोसेस हो गया है। कृपया UTR नंबर भेज दीजिए।\n\nरवि",
    "Hola,\n\nEl año pasado nos reembolsaron el depósito. ¿Podemos retomar el proyecto?\n\nLuis",
    "Olá,\n\nNo ano passado vocês reembolsaram o depósito. Podemos retomar o projeto?\n\nLuís",
])
def test_a_refund_already_made_asks_nothing(body):
    assert "refund" not in read(body, "Project", OWD).intents


@pytest.mark.parametrize("body", [
    "Hi,\n\nYou refunded us only half of the deposit. Please refund the rest, the project never started.\n\nMark",
    "Hi,\n\nI want the fee refunded to my card, the project never started.\n\nMark",
])
def test_a_refund_asked_beside_a_past_one_is_still_asked(body):
    assert "refund" in read(body, "Deposit", OWD).intents


def test_the_cancellation_terms_named_are_no_request():
    assert read("Hi,\n\nDoes the hosting renew yearly? We are reviewing the contract before signing.\n\nMark",
                "Cancellation terms in the contract", OWD).intents == set()


# -- more reasons and past events ------------------------------------------------------------------------------------

@pytest.mark.parametrize("body, code", [
    ("Hi,\n\nYou took the monthly fee from my card after I cancelled in June. Refund it.\n\nMark", "billing_error"),
    ("Hi,\n\nYou collected a payment even though we had cancelled last month. Please refund.\n\nMark", "billing_error"),
])
def test_money_taken_after_cancelling_is_a_billing_error(body, code):
    assert read(body).fields.reason_code == code


@pytest.mark.parametrize("body", [
    "Hi,\n\nPlease cancel the plan. The company was sold.\n\nMark",
    "नमस्ते,\n\nप्लान बंद कर दीजिए। दुकान बिक गई है।\n\nरवि",
    "नमस्ते,\n\nडिपॉज़िट वापस कीजिए। वेबसाइट कभी डिलीवर ही नहीं हुई।\n\nरवि",
    "नमस्ते,\n\nडिपॉज़िट वापस कीजिए। जिस शादी के लिए साइट थी, वो परिवार ने रद्द कर दी।\n\nरवि",
])
def test_a_business_sold_or_a_service_never_delivered_is_a_reason(body):
    assert read(body, brand=OWD).fields.reason


def test_a_hindi_deposit_asked_back_is_a_refund():
    assert "refund" in read("नमस्ते,\n\nकाम शुरू नहीं हुआ, हमारा एडवांस वापस कर दीजिए।\n\nरवि", brand=OWD).intents


@pytest.mark.parametrize("body", [
    "नमस्ते,\n\nपिछली बार आपने डिपॉज़िट लौटा दिया था, धन्यवाद। अब नया प्रोजेक्ट शुरू करना है।\n\nरवि",
    "Hi, pichhle saal aapne advance wapas kar diya tha, shukriya. Ab naya kaam shuru karna hai.\nRavi",
])
def test_a_hindi_deposit_given_back_already_asks_nothing(body):
    assert "refund" not in read(body, "project", OWD).intents


# -- last families -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hola,\n\nQuizás tengamos que cancelar en marzo si no llega la financiación. Por ahora nada.\n\nLuis",
    "Olá,\n\nTalvez tenhamos de cancelar em março se o financiamento não vier. Por enquanto nada.\n\nLuís",
    "Bonjour,\n\nIl se peut que nous devions annuler en mars, selon le budget. Rien à faire pour l'instant.\n\nLouis",
    "Hallo,\n\nWir müssen eventuell im März kündigen, je nach Budget. Im Moment ist nichts zu tun.\n\nLuis",
])
def test_a_cancellation_one_may_have_to_make_is_not_asked_now(body):
    assert "cancellation" not in read(body).intents


@pytest.mark.parametrize("body", [
    "Hi,\n\nPlease refund the May charge. Finance said no.\n\nMark",
    "Refund kar dijiye. Boss ne mana kar diya.\nRavi",
])
def test_a_superior_who_refused_is_a_reason(body):
    assert read(body).fields.reason


@pytest.mark.parametrize("body", [
    "Hi,\n\nThis charge is wrong, we cancelled in April. Please refund.\n\nMark",
    "नमस्ते,\n\nयह चार्ज गलत है, हमने मई में प्लान कैंसिल कर दिया था। रिफंड कीजिए।\n\nरवि",
])
def test_a_charge_called_wrong_after_cancelling_is_a_billing_error(body):
    assert read(body).fields.reason_code == "billing_error"


def test_a_hindi_subject_about_refund_questions_asks_nothing():
    assert read("नमस्ते,\n\nरिकॉर्ड के लिए भेज रहा हूँ, कोई कार्रवाई नहीं चाहिए।\n\nरवि",
                "रिफंड के बारे में सवाल").intents == set()


def test_a_question_withdrawn_at_once_asks_nothing():
    assert read("Actually never mind, I just found the answer in the help centre - all good!\nMark",
                "Can I get a refund for the unused seat?").intents == set()


def test_never_mind_the_delay_still_asks():
    assert "refund" in read("Never mind the delay, just refund the March fee please, we closed.\nMark").intents
