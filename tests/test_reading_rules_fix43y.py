"""Families of the fresh31 and fresh32 rounds' misses taken by fix43y, each with sentences of its own (not the
round's) in two languages or more, and a negative that keeps reading as before.

- (1) The part of a milestone not yet done asked back by a relative clause, no money noun ("could we get back
  whatever hasn't been done", "récupérer ce qui n'a pas encore été fait"), or a paid milestone asked back with the
  clause closing on a colon or a line end ("den Meilenstein X möchten wir zurück: ...", "das geld will ich zurück"
  with no full stop): a refund is asked (O3 decides on the milestone's status).
- (2) Duplicate charges counted: a fee that "went two times", the system that "cut money 2 time", Urdu "do martaba",
  'veses' for 'vezes', the count before the amount on the statement ("saiu tres veses 3.999", "salió tres veces
  3.999", "sorti trois fois 3 999"): a duplicate payment (L2), also with a cancellation beside it.
- (3) The L2 exception reasons: the wrong package, tier or formula (billing error), the sign-in that breaks off and
  getting in no more after a time of two words (access failure).
"""

from __future__ import annotations

import pytest

from tests.helpers import read_body


def read(body: str, brand: str = "lo", subject: str = "Hello"):
    return read_body(body + "\n\nNora", subject=subject, brand=brand)


# -- (1) the unfinished part of a milestone asked back ------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "The shop opening is postponed. Please refund whatever has not been started yet on OWD-2025-4410.",
    "You've only done the wireframes, so can you pay us back whatever hasn't actually been built from OWD-2025-4410?",
    "Le projet est gelé : nous souhaitons récupérer ce qui n'a pas encore été commencé sur OWD-2025-4410.",
    "El proyecto se para: queremos recuperar lo que aún no se ha empezado del OWD-2025-4410.",
    "Das Projekt ruht. Können wir zurückbekommen, was noch nicht begonnen wurde von OWD-2025-4410?",
    "Den Meilenstein OWD-2025-4410 (Shop, Warenkorb) hätten wir gern zurück: der Verband gibt ein anderes Design vor.",
    "We would like the checkout milestone OWD-2025-4410 back: the board has picked another supplier.",
])
def test_the_unfinished_part_of_a_milestone_asked_back_is_a_refund(body):
    assert "refund" in read(body, brand="owd").intents


@pytest.mark.parametrize("body", [
    "Can we have what hasn't been done finished by Friday?",
    "We want the milestone OWD-2025-4410 back on track before the launch.",
    "Nous voulons récupérer ce qui a été livré sur OWD-2025-4410 au format ZIP.",
    "Den Meilenstein OWD-2025-4410 möchten wir zurückstellen: erst im Frühjahr weiter.",
])
def test_work_or_a_plan_asked_about_is_no_refund(body):
    assert "refund" not in read(body, brand="owd").intents


@pytest.mark.parametrize("body", [
    "das projekt stoppen, den betrag wollen wir zurück\nlg",
    "I want the whole project stopped and the milestone OWD-2025-4410 back\nthanks",
    "bitte Anzahlung OWD-2025-4410 zurück\nbeste grüsse",
])
def test_money_asked_back_at_a_line_end_without_a_full_stop(body):
    assert "refund" in read(body, brand="owd").intents


def test_a_line_ending_on_another_word_than_zurueck_asks_nothing():
    assert "refund" not in read("bitte Anzahlung OWD-2025-4410 zurückhalten\ngruss", brand="owd").intents


# -- (2) duplicate charges counted ------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Our quarterly fee was taken 3 times on Monday, please refund LO-INV-51002 and LO-INV-51003.",
    "The app cut money two time for the annual plan, please refund LO-INV-51002.",
    "Pichhle hafte subscription ka paisa teen martaba kata, LO-INV-51002 wapas kar dijiye.",
    "दो मर्तबा पैसे कट गए, LO-INV-51002 का रिफंड कर दीजिए।",
    "A parcela do plano saiu duas veses no cartão, quero a devolução da LO-INV-51002.",
    "No extrato do banco aparece três vezes R$ 3.999, quero o estorno das duas últimas.",
    "En el resumen de la tarjeta aparece dos veces el cargo de 3.999, quiero el reembolso de LO-INV-51002.",
    "Sur mon relevé, la banque affiche trois fois 3 999, remboursez les deux derniers prélèvements.",
])
def test_a_charge_counted_several_times_is_a_duplicate(body):
    found = read(body)
    assert "refund" in found.intents and found.fields.reason_code == "duplicate_payment"


@pytest.mark.parametrize("body", [
    "The monthly fee went two times on 3 Oct, please refund the later one. Please also cancel the plan after this "
    "month, we are closing.",
    "A mensalidade saiu duas veses dia 3, quero a devolução da segunda. Cancelem também a assinatura no fim do mês, "
    "vamos fechar.",
])
def test_a_duplicate_beside_a_cancellation_keeps_its_reason(body):
    found = read(body)
    assert found.intents == {"refund", "cancellation"} and found.fields.reason_code == "duplicate_payment"


@pytest.mark.parametrize("body", [
    "The price went up two times this year, please refund LO-INV-51002.",
    "Maine do martaba call kiya, LO-INV-51002 refund kar do.",
    "Liguei três vezes para o banco, quero a devolução da LO-INV-51002.",
    "J'ai appelé la banque trois fois, remboursez LO-INV-51002.",
])
def test_a_count_of_something_else_is_no_duplicate(body):
    assert read(body).fields.reason_code != "duplicate_payment"


@pytest.mark.parametrize("body", [
    "You charged the upgrade twice. Please kindly return money of the second one.",
    "We were billed annual instead of monthly, please refund us the difference.",
])
def test_money_asked_back_without_an_article_is_a_refund(body):
    assert "refund" in read(body).intents


# -- (3) the exception reasons ------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Please refund LO-INV-51002, you invoiced the incorrect bundle.",
    "Remboursez LO-INV-51002 : on m'a prélevé la mauvaise offre, pas celle de lancement.",
    "Bitte LO-INV-51002 erstatten, berechnet wurde das falsche Paket.",
    "Quero o estorno da LO-INV-51002, não é o pacote que contratei e cobraram o pacote errado.",
    "Reembolsen LO-INV-51002, no es el paquete contratado.",
    "LO-INV-51002 ka refund chahiye, wrong package ka charge laga hai.",
])
def test_the_wrong_package_is_a_billing_error(body):
    found = read(body)
    assert "refund" in found.intents and found.fields.reason_code == "billing_error"


@pytest.mark.parametrize("body", [
    "Please refund LO-INV-51002, I want a different package.",
    "Please refund LO-INV-51002, this is not the right package for us.",
    "Remboursez LO-INV-51002, ce n'est pas la bonne formule pour nous.",
])
def test_another_package_wanted_or_a_poor_fit_is_no_billing_error(body):
    assert read(body).fields.reason_code != "billing_error"


@pytest.mark.parametrize("body", [
    "Bitte LO-INV-51002 erstatten, der Login bricht jedes Mal ab.",
    "Bitte LO-INV-51002 erstatten, wir kommen seit letzter Woche nicht mehr ins Dashboard.",
    "Please refund LO-INV-51002, the sign-in keeps timing out.",
    "Please refund LO-INV-51002: since the update I can no longer log in.",
    "Remboursez LO-INV-51002, l'identification plante à chaque fois.",
    "Reembolsen LO-INV-51002, el acceso a mi cuenta se corta.",
])
def test_the_sign_in_breaking_off_is_an_access_failure(body):
    found = read(body)
    assert "refund" in found.intents and found.fields.reason_code == "access_failure"


@pytest.mark.parametrize("body", [
    "Please refund LO-INV-51002, we can no longer afford it.",
    "Bitte LO-INV-51002 erstatten, wir kommen seit dem Wochenende nicht mehr ins Büro.",
])
def test_no_longer_affording_or_the_office_is_no_access_failure(body):
    assert read(body).fields.reason_code != "access_failure"
