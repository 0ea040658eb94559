"""Rules of fix39c behind fresh27's Hindi and English misses, read as families, each with sentences of its own (none
copied from the round or from the phrasebook).

- A sentence that only asks for the needed action ("do the needful" and its formal cousins: 'Request you to take the
  necessary action at the earliest', 'उचित कार्रवाई करने का कष्ट करें', 'Agradezco realizar los trámites necesarios',
  'Bitte veranlassen Sie das Nötige') gives no reason (section 8): the bot asks for one; a reason written beside it
  in the same sentence is still read (``text.not_reason`` of en hi es de, anchored to the whole sentence).
- A period named before a duplicate charge ('ek hi mahine ke liye do baar payment hua', 'इसी महीने के लिए दो बार
  पैसे कटे') names the month charged twice: the duplicate is stated (hi ``intents.negation_before``: a pause needs
  a counted while, 'do hafte ke liye band kar do', and stays a pause).
- A refund or cancellation declined in a dialect's or a mixed language's own negation: Scots ('we dinnae need a
  refund', 'we're no after a refund', 'we dinnae want to cancel'), Taglish ('hindi ako humihingi ng refund',
  'hindi po namin gustong i-cancel'), Hinglish texting 'nhi'/'ni' ('refund nhi chahiye'): nothing is asked;
  a refund not yet received, or a failure told with the same negation, still asks (en ``intents.refund_negated``,
  ``intents.negation_before``; hi ``intents.refund_negated``).
"""

from __future__ import annotations

import pytest

from tests.helpers import read_body


def reading(body: str, subject: str = "Hello", brand: str = "lo"):
    return read_body(body, subject=subject, brand=brand)


def intents(body: str, subject: str = "Hello", brand: str = "lo") -> set:
    return set(reading(body, subject, brand).intents)


# -- 1. "do the needful" is no reason ---------------------------------------------------------------------------------

@pytest.mark.parametrize("subject, body", [
    ("Refund", "Dear team,\n\nPlease refund invoice LO-INV-5521.\n\nRequest you to take the necessary action at the "
               "earliest.\n\nRegards\nAnil"),
    ("Refund", "Hello,\n\nI want my money back for LO-INV-5521. Kindly initiate the required steps.\n\nThanks"),
    ("रिफंड", "महोदय,\n\nइनवॉइस LO-INV-5521 की राशि लौटा दीजिए।\n\nउचित कार्रवाई करने का कष्ट करें।\n\nभवदीय\nरमेश"),
    ("Refund", "Namaste,\n\nLO-INV-5521 ka refund chahiye.\n\nAavashyak karyavahi karne ki kripa karein.\n\nDhanyavaad"),
    ("Reembolso", "Buenos días:\n\nSolicito el reembolso de la factura LO-INV-5521. Les ruego hagan las gestiones "
                  "oportunas.\n\nAtentamente,\nMarta"),
    ("Erstattung", "Guten Tag,\n\nbitte erstatten Sie mir die Rechnung LO-INV-5521. Um entsprechende Veranlassung "
                   "wird gebeten.\n\nMit freundlichen Grüßen\nJonas"),
])
def test_a_request_with_only_the_needful_formula_has_no_reason(subject, body):
    found = reading(body, subject)
    assert found.intents == {"refund"}
    assert found.fields.reason is None


@pytest.mark.parametrize("subject, body", [
    ("Refund", "Hello,\n\nPlease refund LO-INV-5521 and take the necessary action, you charged my card twice."),
    ("रिफंड", "नमस्ते,\n\nआवश्यक कार्यवाही करें, मेरा पैसा दो बार कट गया है।"),
])
def test_a_reason_beside_the_formula_is_still_read(subject, body):
    assert reading(body, subject).fields.reason_code == "duplicate_payment"


# -- 2. a period named before a duplicate charge ----------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Refund chahiye, isi mahine ke liye do baar paisa kat gaya.",
    "रिफंड चाहिए, इसी महीने के लिए दो बार भुगतान हो गया।",
    "Please refund, for the same month I was charged twice.",
    "Quiero un reembolso, por el mismo mes me cobraron dos veces.",
])
def test_the_month_charged_twice_states_the_duplicate(body):
    found = reading(body, "Refund")
    assert found.intents == {"refund"}
    assert found.fields.reason_code == "duplicate_payment"


@pytest.mark.parametrize("body", [
    "Namaste, do hafte ke liye service band kar dijiye, hum bahar hain.",
    "नमस्ते, कुछ दिन के लिए काम रोक दीजिए, मैं बाहर हूँ।",
])
def test_a_stop_for_a_counted_while_is_still_a_pause(body):
    assert "cancellation" not in intents(body, brand="owd")


# -- 3. a dialect's or a mixed language's negation --------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hiya, can ye cancel the monthly plan please. We dinnae need a refund, we'll use it up.",
    "Cancel the plan please, we're no after a refund.",
    "Hi po, please cancel our plan. Hindi ako humihingi ng refund, okay lang.",
    "Please cancel our plan. Hindi refund ang hinihingi namin, cancellation lang po.",
    "Plan cancel kar do please, refund nhi chahiye.",
    "Plan band kar dijiye, paise wapas ni chahiye.",
])
def test_a_refund_declined_in_dialect_asks_only_the_cancellation(body):
    assert intents(body) == {"cancellation"}


@pytest.mark.parametrize("body", [
    "We paid the deposit on Friday. Di po kami magre-request ng refund, just asking when you start.",
    "Hello, we dinnae want to cancel the plan, just to change the card on file.",
    "Hello po, hindi po namin gustong i-cancel ang plan, we only want a new invoice.",
])
def test_a_dialect_negation_asks_neither(body):
    assert intents(body, brand="owd") == set()


@pytest.mark.parametrize("body, asked", [
    ("Still nae refund after three weeks, please send it back, you charged us twice.", {"refund"}),
    ("Hindi gumagana ang site so please cancel our plan.", {"cancellation"}),
    ("It disnae work at all, cancel it please.", {"cancellation"}),
    ("Refund nhi mila abhi tak, do baar paisa kata tha, wapas kijiye.", {"refund"}),
])
def test_the_same_negation_telling_a_failure_still_asks(body, asked):
    assert intents(body) == asked
