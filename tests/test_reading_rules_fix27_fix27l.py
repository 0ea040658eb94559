"""Reading rules of fix27l (issue 9, the reading bugs earlier passes left), each with sentences of its own (none
copied from any round or from the phrasebook).

1. A project label's copula is a whole word ('le projet est sur pause' reads no project 't sur pause'); after a
   copula only, the words are a name when written as one (a capital or a quote).
2. A negation does not reach over a conjunction opening a new clause with its own subject ('Es funktioniert
   nicht mehr und ich kündige' asks); en 'we want nothing back and nothing cancelled' asks nothing.
3. A title before a name ('Dr.', 'Mr.', 'Sra.', 'Hr.', 'Prof.') closes no sentence.
4. A reason cue's word may hold an apostrophe ('as my partner's niece is ...').
5. A duplicate charge told with 'gebucht'/'gezogen' on the card or account (de), the card run or put through
   twice (en), 'passé ma carte deux fois' (fr).
6. A thank-you for a refund or a cancellation done, with its time, and money told as given or got back, ask
   nothing; de 'Geld ... zurück' stays within one sentence.
7. A third person's cancellation told names what happened under a cancellation subject, it asks nothing.
8. German amounts in words are read as stated amounts.
9. Language id: unsure mail is read first in a likely language whose request words occur.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from mailbot.reading.amounts import german_words_value, stated_amounts
from mailbot.reading.sentences import sentence_around
from tests.helpers import read_body


def owd(body: str, subject: str = "Hello"):
    return read_body(body, subject=subject, brand="owd")


# -- 1. project label ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Bonjour, notre projet est en attente depuis juin, merci de rembourser l'acompte.",
    "Das Projekt ist seit Mai gestoppt, bitte erstatten Sie die Anzahlung.",
    "Our project is stalled since spring, please refund the deposit.",
])
def test_a_project_state_after_a_copula_names_no_project(body):
    assert owd(body).fields.project_name is None


@pytest.mark.parametrize("body, name", [
    ("Unser Projekt ist Bäckerei Sonnental, bitte erstatten Sie die Anzahlung.", "Bäckerei Sonnental"),
    ("Le projet est « Atelier Lumière », merci de rembourser l'acompte.", "Atelier Lumière"),
    ("Projet : atelier lumière. Merci de rembourser l'acompte.", "atelier lumière"),
    ("Our project is Harbour Lights Cafe, please refund the deposit.", "Harbour Lights Cafe"),
])
def test_a_project_name_after_a_label_is_still_read(body, name):
    assert owd(body).fields.project_name == name


# -- 2. negation and a new clause ----------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Es lädt nicht mehr und ich kündige.",
    "Geht nicht und wir kündigen.",
    "Ich will nicht pausieren sondern kündigen.",
    "No carga y quiero cancelar.",
    "Não abre e eu cancelo o plano.",
    "Le tableau de bord ne charge plus et je résilie mon abonnement.",
    "It won't load and we cancel.",
])
def test_a_negation_does_not_reach_over_a_new_clause(body):
    assert read_body(body).intents == {"cancellation"}


@pytest.mark.parametrize("body", [
    "Ich will nicht kündigen und ich will auch keine Erstattung.",
    "Wir wollen nichts zurück und nichts kündigen.",
    "Le tableau de bord ne charge plus et je ne résilie pas pour autant.",
    "La app no carga bien y no quiero cancelar, solo avisarles.",
    "We want nothing refunded and we do not cancel.",
])
def test_a_negation_in_its_own_clause_still_declines(body):
    assert read_body(body).intents == set()


def test_en_nothing_cancelled_declines():
    assert read_body("We want nothing back and nothing cancelled, just a fix.").intents == set()


@pytest.mark.parametrize("body", [
    "I want my annual plan cancelled.",
    "We'd like everything cancelled by Friday.",
    "I need it cancelled now.",
])
def test_en_want_cancelled_still_asks(body):
    assert read_body(body).intents == {"cancellation"}


# -- 3. titles ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, index, sentence", [
    ("Please cancel my plan because Mr. Verma runs the ads now.", 5,
     "Please cancel my plan because Mr. Verma runs the ads now."),
    ("Bitte kündigen Sie, weil Hr. Albers die Praxis übernimmt.", 5,
     "Bitte kündigen Sie, weil Hr. Albers die Praxis übernimmt."),
    ("Cancelen mi plan porque la Sra. Ortega ya no trabaja aquí.", 5,
     "Cancelen mi plan porque la Sra. Ortega ya no trabaja aquí."),
    ("Our advisor Prof. Menon says it is not needed. Thanks.", 5, "Our advisor Prof. Menon says it is not needed."),
    ("Hallo. Seit dem 3. Oktober nutzen wir es nicht. Danke.", 8, "Seit dem 3. Oktober nutzen wir es nicht."),
])
def test_a_title_closes_no_sentence(text, index, sentence):
    assert sentence_around(text, index) == sentence


@pytest.mark.parametrize("text, index, sentence", [
    ("Cancel it by Fri. Then refund the rest.", 2, "Cancel it by Fri."),
    ("Please cancel my plan. Mr Verma runs the ads now.", 2, "Please cancel my plan."),
    ("Cancel it. Dry cleaning is our business now.", 2, "Cancel it."),
    ("We are the Fundación Sol MX. Our board said no.", 2, "We are the Fundación Sol MX."),
    ("Wir zahlten 2023. Oktober war ruhig.", 2, "Wir zahlten 2023."),
])
def test_other_full_stops_still_end_a_sentence(text, index, sentence):
    assert sentence_around(text, index) == sentence


def test_a_reason_after_a_title_is_read_whole():
    reason = read_body("Please cancel my plan because Mr. Verma runs the ads now.").fields.reason
    assert reason is not None and "Verma runs the ads" in reason


# -- 4. apostrophes in a reason cue -------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Please cancel my plan as my brother's firm will run our campaigns.",
    "Please cancel my plan as my sister’s agency is doing it now.",
])
def test_a_cue_word_may_hold_an_apostrophe(body):
    fields = read_body(body).fields
    assert fields.reason_code == "other" and ("agency" in fields.reason or "firm" in fields.reason)


def test_no_cue_as_discussed():
    assert read_body("Please cancel my plan as discussed with my brother's team.").fields.reason is None


# -- 5. duplicates -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Sie haben zweimal auf meine Kreditkarte gebucht. Bitte erstatten Sie eine Zahlung.",
    "Der Monatsbeitrag wurde zweimal gebucht, bitte erstatten.",
    "Es wurde dreimal von meinem Girokonto gezogen, bitte erstatten Sie das.",
    "You put our company card through twice, please refund one of them.",
    "Vous avez passé ma carte bancaire deux fois, remboursez-en un svp.",
])
def test_a_duplicate_told_on_the_card(body):
    assert read_body(body).fields.reason_code == "duplicate_payment"


@pytest.mark.parametrize("body", [
    "Ich habe zweimal einen Termin gebucht, bitte erstatten Sie die Gebühr.",
    "Sie haben einmal auf meine Karte gebucht, bitte erstatten.",
    "Ich habe zweimal auf meine Karte geschaut, bitte erstatten Sie den Betrag.",
    "You ran my card once, but please refund it.",
    "Vous avez passé ma commande deux fois en revue, remboursez svp.",
])
def test_no_duplicate_near_misses(body):
    assert read_body(body).fields.reason_code != "duplicate_payment"


# -- 6. past events and thanks -------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Thanks a lot, you sent the money back on Monday.",
    "Thank you for refunding us yesterday, all sorted.",
    "Thanks for cancelling my subscription two days ago, all good now.",
    "Gracias por cancelar mi suscripción anteayer.",
    "Obrigada por cancelar a minha assinatura ontem.",
    "Danke, dass Sie vorgestern den Betrag erstattet haben.",
    "Wir haben den Beitrag gekündigt und zurückbekommen.",
    "Danke, das Geld ist inzwischen wieder zurück.",
    "Das Geld war gut angelegt. Die alte Startseite will ich aber zurück.",
    "kal plan cancel karne ke liye shukriya",
])
def test_a_thanks_or_a_past_event_asks_nothing(body):
    assert read_body(body).intents == set()


@pytest.mark.parametrize("body, intents", [
    ("Please send the money back.", {"refund"}),
    ("You never sent the money back, please do.", {"refund"}),
    ("Thank you for refunding me.", {"refund"}),
    ("Thanks for refunding the charge from last week.", {"refund"}),
    ("Gracias por cancelar mi suscripción.", {"cancellation"}),
    ("Obrigada por cancelar a minha assinatura.", {"cancellation"}),
    ("Wir haben den Beitrag noch nicht zurückbekommen.", {"refund"}),
    ("Wir möchten den Beitrag kündigen und zurückbekommen.", {"cancellation", "refund"}),
    ("Bitte das Geld zurück. Danke.", {"refund"}),
    ("plan cancel karne ke liye shukriya", {"cancellation"}),
])
def test_a_request_with_thanks_still_asks(body, intents):
    assert read_body(body).intents == intents


# -- 7. a third person's cancellation ------------------------------------------------------------------------------

@pytest.mark.parametrize("subject, body", [
    ("Cancellation", "My co-founder cancelled her plan in May. Can you move her contacts to my account?"),
    ("Cancelación", "Mi compañera canceló su suscripción. Yo sigo con mi plan."),
    ("Cancelamento", "Minha sócia cancelou a assinatura dela. Eu continuo."),
    ("Résiliation", "Mon associée a résilié son abonnement. Je garde le mien."),
])
def test_a_third_persons_cancellation_asks_nothing(subject, body):
    assert read_body(body, subject=subject).intents == set()


@pytest.mark.parametrize("subject, body", [
    ("Cancellation", "My co-founder cancelled her plan, and I want to cancel mine too."),
    ("Cancellation", "Please cancel my plan. My co-founder cancelled her plan already."),
    ("Cancellation", "My co-founder cancelled the meeting, so please cancel my plan now."),
])
def test_the_senders_own_cancellation_still_asks(subject, body):
    assert read_body(body, subject=subject).intents == {"cancellation"}


# -- 8. German amounts in words -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, amount", [
    ("ich will meine eintausendvierhundertneunundneunzig euro zurück.", Decimal(1499)),
    ("bitte erstatten sie zweitausend rupien.", Decimal(2000)),
    ("es waren fünfzehnhundert euro", Decimal(1500)),
    ("dreiundzwanzig tausend rupien", Decimal(23000)),
])
def test_german_amounts_in_words(text, amount):
    assert stated_amounts(text) == (amount,)


@pytest.mark.parametrize("text", ["eine euro-rechnung", "ein paar euro", "meine euro", "keinen euro"])
def test_german_words_that_are_no_amount(text):
    assert stated_amounts(text) == ()


def test_german_words_value_refuses_other_words():
    assert german_words_value("zweitausendundeins") == 2001
    assert german_words_value("zweiundzwanzigfoo") is None


def test_german_amount_in_words_in_an_email():
    assert read_body("Bitte erstatten Sie meine neunhundertneunundneunzig Rupien.").mentioned_amounts == (Decimal(999),)


# -- 9. language id ------------------------------------------------------------------------------------------------

def test_unsure_mail_is_read_in_the_language_whose_request_words_occur():
    found = read_body("Pela presente, rescindo.")
    assert found.language == "pt" and found.intents == {"cancellation"}


@pytest.mark.parametrize("body, language", [
    ("Por la presente, rescindo el contrato de mantenimiento.", "es"),
    ("Hiermit kündige ich meinen Vertrag fristgerecht.", "de"),
])
def test_confident_or_asked_languages_keep_their_reading(body, language):
    assert read_body(body).language == language
