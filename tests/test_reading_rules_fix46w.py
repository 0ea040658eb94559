"""(fix46w) Families the fresh37 and fresh38 rounds missed, each with sentences of the test's own (none taken from the
rounds) in two languages or more, and near misses that must keep reading as before.

- The plan named a clause or a sentence before, words between, then ended by its pronoun in the sentence that asks the
  money back ('The care plan is no use to us now; please terminate it and refund what is left', 'Le forfait
  d'hébergement ne sert plus. Merci d'y mettre fin et de rembourser le reste'): both a cancellation and a refund.
  The end negated, asked as a question, or no end asked beside the refund: the refund alone, as before.
- The plan word written in Latin letters inside Devanagari before the formal verbs ('हमारा hosting plan निरस्त करने की
  कृपा करें'), as its Devanagari word and the romanised sentence are read; told as done, or a trial that ended, asks
  nothing.  (A thread whose first mail asks this way and whose answer gives the reason is then decided.)
"""

from __future__ import annotations

import pytest

from tests.helpers import read_body


def read(body: str, subject: str = "Hello", brand: str = "owd", sign: str = "Nora"):
    return read_body(body + (f"\n\n{sign}" if sign else ""), subject=subject, brand=brand)


# -- 1. the plan named before, ended by its pronoun beside the money asked back ------------------------------------

@pytest.mark.parametrize("body", [
    "The care plan is no use to us now; please terminate it and refund what is left.",
    "We sold the shop, so the hosting package (OWD-2025-88) is pointless. Kindly end it and refund the unused months.",
    "El plan anual de hosting ya no nos sirve tras la mudanza. Por favor, termínenlo y reembolsen los meses que quedan.",
    "O contrato de hospedagem perdeu o sentido com a mudança. Por favor, encerrem-no e devolvam os meses restantes.",
    "Le forfait d'hébergement ne nous sert plus. Merci d'y mettre fin et de rembourser les mois restants.",
    "Hosting package ki ab zaroorat nahi, isko khatam karke bache hue mahino ka refund kar dijiye.",
    "Den Hosting-Vertrag brauchen wir nach dem Umzug nicht mehr. Bitte beenden Sie ihn und erstatten Sie die Restmonate.",
    "Our SEO retainer ends up costing more than it brings in, so please discontinue it and reimburse the unused weeks.",
])
def test_the_plan_ended_by_its_pronoun_beside_the_refund_is_both(body):
    assert read(body).intents == {"refund", "cancellation"}


@pytest.mark.parametrize("body", [
    "You charged the care plan twice. Please don't end it and refund only the duplicate.",
    "Our hosting plan renewed fine. Can you end it and refund? Just asking what would happen.",
    "The maintenance plan was charged twice; please fix it and refund the extra charge.",
    "El contrato de hosting está bien. Devuelvan el cobro duplicado, por favor.",
    "Le forfait d'hébergement nous convient. Merci de rembourser le double prélèvement.",
    "O contrato de hospedagem está ótimo. Devolvam a cobrança em duplicado, por favor.",
])
def test_no_end_asked_beside_the_refund_is_the_refund_alone(body):
    assert read(body).intents == {"refund"}


@pytest.mark.parametrize("body", [
    "The hosting package has been a good deal for years. Please end it, thanks.",
    "The hosting package is fine; please keep it and send us the new login details.",
])
def test_a_pronoun_end_far_from_the_plan_with_no_money_asked_reads_as_before(body):
    assert read(body).intents == set()


# -- 2. the plan word in Latin letters inside Devanagari before the formal verb -----------------------------------

@pytest.mark.parametrize("body", [
    "हमारा hosting plan अगले महीने से निरस्त करने की कृपा करें, विभाग दूसरी कंपनी ले रहा है।",
    "हमारा maintenance contract समाप्त करने का कष्ट करें, दुकान बंद हो गई है।",
    "Hamara maintenance contract samapt karne ka kasht karein, dukaan band ho gayi hai.",
    "कृपया हमारा SEO retainer (OWD-2025-501) तुरंत बंद कर दीजिए, बजट खत्म हो गया है।",
])
def test_a_latin_plan_word_before_the_formal_end_verb_is_a_cancellation(body):
    assert "cancellation" in read(body).intents


@pytest.mark.parametrize("body", [
    "हमारा hosting plan पिछले महीने समाप्त कर दिया गया था, अब केवल बिल चाहिए।",
    "plan का trial समाप्त हो गया, अब आगे क्या करना होगा?",
    "हमारा retainer जारी रखें, काम अच्छा चल रहा है।",
])
def test_a_latin_plan_word_told_ended_or_kept_asks_nothing(body):
    assert "cancellation" not in read(body).intents
