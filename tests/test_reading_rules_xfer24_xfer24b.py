"""Constructions earlier passes taught Spanish, Portuguese and French, carried into German, English and
Hindi/Hinglish (xfer24b), each with sentences of its own (none copied from any round or the phrasebook), and
near misses that must not trigger.

- The retainer named by what it covers, no longer wanted ('we no longer want the website maintenance', 'Die
  Website-Betreuung wollen wir nicht mehr', 'website maintenance ab nahi chahiye'): fix23c's "soporte" rule.
  A qualifier is needed: a maintenance window, an appointment, or a ticket solved asks nothing.
- The outcome of a case asked under a condition: in the present ('If I cancel now, do I lose my credits?'),
  in the passive ('werde ich für den Rest erstattet?', 'are we refunded for the rest?'), a fee or a penalty
  ('is there a penalty?', 'gibt es eine Vertragsstrafe?', 'koi penalty lagegi?', fix23a), the money coming
  back ('baaki paisa wapas aayega?'), and German's inverted 'Sollten wir ...' (fix20).
- A cancellation announced under a condition ('If the price rise is confirmed, I cancel', 'agar ... to main
  cancel kar dunga'): not asked now (fix23c 'si ça se confirme, je résilie').
- Hindi negation in the progressive or the future ('Main cancel nahi kar raha', 'refund nahi karwayenge').
- A refund just come in ('Eben ist die Gutschrift gekommen', 'रिफंड अभी अभी खाते में आ गया'): asks nothing
  (fix23c); one still awaited, or asked beside it ('कृपया'), is still asked.
- The customer's own money by its amount in Hindi ('mere 1499 rupees do'), as fix23c in the other packs.
- A threat whose condition is the money not back by a deadline, in German ('Wenn ich bis Freitag kein Geld
  zurück habe, gehe ich zum Anwalt'): it demands the refund, as in English and Hinglish.
- A cause named 'aus Kostengründen' / 'for cost reasons' / 'zyada hone se' (fix19c 'por falta de'), and the
  labels 'Hintergrund:' / 'Background:' are the reason.
"""

from __future__ import annotations

import pytest

from tests.helpers import read_body


def intents(body: str, brand: str = "lo", subject: str = "Hello") -> set:
    return read_body(body + "\n\nNora", subject=subject, brand=brand).intents


@pytest.mark.parametrize("body", [
    "Hi, we no longer want the website maintenance, our nephew will look after it.",
    "We don't need the monthly SEO management any more.",
    "We no longer need the website hosting from next month, we moved to another host.",
    "Die Website-Betreuung wollen wir ab nächstem Monat nicht mehr, das macht jetzt unser Neffe.",
    "Den Wartungsvertrag brauchen wir künftig nicht mehr.",
    "Wir möchten die SEO-Betreuung ab Januar nicht mehr.",
    "Humein ab website maintenance nahi chahiye, hamara bhatija sambhal lega.",
    "Monthly support ki ab zarurat nahi hai, in-house team dekh legi.",
])
def test_the_retainer_named_by_what_it_covers(body):
    assert intents(body, brand="owd") == {"cancellation"}


@pytest.mark.parametrize("body", [
    "We don't need the maintenance window on Sunday, Monday works.",
    "We don't need the monthly SEO support call this week, all fine.",
    "Den Wartungstermin brauchen wir nicht mehr.",
    "Wir machen das Lokal über den Winter zu und wollen die Wartung nicht mehr. Bitte die Anzahlung zurück.",
    "Die Wartung brauchen wir heute nicht mehr zu machen, das Update lief schon.",
    "Maintenance window ki zarurat nahi hai, kal hi update kar do.",
    "Support ki zarurat nahi hai ab, form theek ho gaya.",
])
def test_maintenance_named_without_ending_the_retainer(body):
    # Decision (German): without a time from which it ends, 'wollen die Wartung nicht mehr' beside a refund tells why
    assert intents(body, brand="owd") <= {"refund"}


@pytest.mark.parametrize("body", [
    "If I cancel now, will I lose my credits?",
    "If we cancel mid-month, do we lose the remaining leads?",
    "Hello, suppose we take the annual plan and stop after two months, are we refunded for the rest?",
    "If I cancel before the term ends, is there a penalty?",
    "If we terminate early, are there any fees?",
    "If the price rise is confirmed, I cancel. Can you confirm?",
    "Falls wir früher kündigen, gibt es eine Vertragsstrafe?",
    "Wenn ich das Jahresabo nehme und nach zwei Monaten aufhöre, werde ich für den Rest erstattet?",
    "Angenommen, wir kündigen nach einem Monat, kriegen wir die Anzahlung zurück?",
    "Sollten wir das Projekt abbrechen, wird die Anzahlung erstattet?",
    "Agar main beech mein cancel karun to koi penalty lagegi?",
    "Agar do mahine baad band kar diya to baaki paisa wapas aayega?",
    "Annual plan lene ke baad agar mann badal gaya to refund hoga?",
    "अगर दो महीने बाद बंद कर दिया तो बाकी पैसे वापस आएंगे?",
    "Agar price badha to main cancel kar dunga. Kya aap confirm kar sakte hain?",
    "अगर कीमत बढ़ी तो मैं प्लान रद्द कर दूँगा। क्या आप बता सकते हैं?",
])
def test_a_case_asked_about_under_a_condition_asks_nothing(body):
    assert intents(body) == set()


@pytest.mark.parametrize("body, asked", [
    ("Please cancel my plan today. Do I lose the remaining leads?", {"cancellation"}),
    ("Please cancel my plan now. Is there a cancellation fee?", {"cancellation"}),
    ("If possible, I cancel today, please confirm.", {"cancellation"}),
    ("Agar ho sake to aaj hi cancel kar dijiye.", {"cancellation"}),
    ("Please refund the double charge. Do I need to send the invoice?", {"refund"}),
])
def test_a_request_beside_a_question_or_under_a_polite_condition_still_asks(body, asked):
    assert intents(body) == asked


@pytest.mark.parametrize("body", [
    "Main cancel nahi kar raha, bas ek bug batana tha.",
    "Hum refund nahi karwayenge, bas invoice chahiye.",
    "हम रद्द नहीं कर रहे, बस एक सवाल था।",
])
def test_hindi_intent_declined_in_the_progressive_or_future(body):
    assert intents(body) == set()


@pytest.mark.parametrize("body, asked", [
    ("Plan cancel kar do, hum renew nahi karenge.", {"cancellation"}),
    ("Refund kar do, hum plan aage nahi kar rahe.", {"refund"}),
])
def test_hindi_negation_of_another_verb_keeps_the_request(body, asked):
    assert intents(body) == asked


@pytest.mark.parametrize("subject, body", [
    ("Danke", "Eben ist die Gutschrift gekommen, danke fürs schnelle Bearbeiten."),
    ("Danke", "Die Gutschrift ist gerade da, danke!"),
    ("धन्यवाद", "रिफंड अभी अभी खाते में आ गया, धन्यवाद।"),
])
def test_a_refund_just_come_in_asks_nothing(subject, body):
    assert intents(body, subject=subject) == set()


@pytest.mark.parametrize("body", [
    "Die Erstattung ist noch nicht gekommen, bitte überweisen Sie das Geld.",
    "Eben ist Ihre Mail gekommen, aber die Gutschrift fehlt noch. Bitte erstatten Sie den Betrag.",
    "रिफंड अभी तक नहीं आया, कृपया जल्दी भेजिए।",
    "मेरा रिफंड कब आएगा? कृपया रिफंड कर दीजिए।",
])
def test_a_refund_still_awaited_is_still_asked(body):
    assert intents(body, subject="Refund") == {"refund"}


@pytest.mark.parametrize("body, asked", [
    ("Platform chal hi nahi raha, mere 1499 rupees do.", {"refund"}),
    ("प्लेटफॉर्म काम नहीं कर रहा, मुझे मेरे 1499 रुपये चाहिए।", {"refund"}),
    ("Mere 1499 rupaye ka bill bhej do.", set()),
    ("Mere 1499 rupees ke plan ka invoice chahiye.", set()),
    ("Mujhe mere 1499 rupaye card se nahi, UPI se pay karne hain.", set()),
])
def test_hindi_own_money_by_its_amount(body, asked):
    assert intents(body) == asked


def test_a_german_threat_conditioned_on_the_money_demands_it():
    reading = read_body("Wenn ich bis Freitag kein Geld zurück habe, gehe ich zum Anwalt.\n\nNora")
    assert reading.intents == {"refund"}
    reading = read_body("Kriege ich bis Freitag kein Geld zurück, gehe ich zur Verbraucherzentrale.\n\nNora")
    assert reading.intents == {"refund"}


@pytest.mark.parametrize("body, reason", [
    ("Aus Kostengründen kündigen wir den Wartungsvertrag.", "Aus Kostengründen kündigen wir den Wartungsvertrag."),
    ("For cost reasons we are cancelling the retainer.", "For cost reasons we are cancelling the retainer."),
    ("Kharcha zyada hone se retainer band kar dijiye.", "Kharcha zyada hone se retainer band kar dijiye."),
    ("Kündigung der Wartung. Hintergrund: wir machen es jetzt selbst.", "wir machen es jetzt selbst."),
])
def test_a_cause_or_a_label_gives_the_reason(body, reason):
    reading = read_body(body + "\n\nNora", brand="owd")
    assert reading.intents == {"cancellation"}
    assert reading.fields.reason == reason


@pytest.mark.parametrize("body, brand, project, labelled", [
    ("Refund kar dijiye.\nProject ka naam: Cafe Venezia", "owd", "Cafe Venezia", False),
    ("Bitte erstatten Sie die Anzahlung.\nE-Mail-Adresse des Vertrags: anna@cafe-example.de", "owd", None, True),
    ("Bitte Abo kündigen.\nAngemeldet mit: anna@cafe-example.de", "lo", None, True),
    ("Bitte Abo kündigen. Anna (anna@cafe-example.de)", "lo", None, False),
    ("Refund kar dijiye. Project ka naam yaad nahi, invoice OWD-2025-771 hai.", "owd", None, False),
])
def test_label_value_fields_in_german_and_hinglish(body, brand, project, labelled):
    reading = read_body(body + "\n\nNora", brand=brand)
    assert reading.fields.project_name == project
    assert reading.stated_email_labelled is labelled


@pytest.mark.parametrize("body, asked", [
    ("Wir steigen aus, bitte bestätigen.", {"cancellation"}),
    ("We hereby give notice.", {"cancellation"}),
    ("मैं सदस्यता छोड़ रहा हूँ, कृपया पुष्टि करें।", {"cancellation"}),
    ("We give notice that our billing address has changed.", set()),
    ("Wir steigen aus dem Webinar aus, das war zu lang. Sonst alles gut.", set()),
    ("Wir steigen auf den Jahresplan um, bitte Rechnung schicken.", set()),
    ("हम सेवा नहीं छोड़ रहे, बस सवाल था।", set()),
])
def test_the_intent_told_with_no_object(body, asked):
    assert intents(body) == asked
