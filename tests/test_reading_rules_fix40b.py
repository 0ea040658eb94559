"""Families of the fresh28 round's German and French misses (fix40b), each with sentences of its own.

- The provider's own rules invoked as a formula before the ask ('Conformément à votre politique, je demande ...',
  'Gemäss Ihren Richtlinien verlange ich ...'): no reason, so Optima asks for one; a real cause said after it is read.
"""

from __future__ import annotations

import pytest

from tests.helpers import read_body


def read(body: str, brand: str = "lo", subject: str = "Hello"):
    return read_body(body + "\n\nNora", subject=subject, brand=brand)


@pytest.mark.parametrize("body", [
    "Conformément à vos règles, nous sollicitons le remboursement de l'acompte OWD-2025-411.",
    "En application de votre politique de remboursement, merci de rembourser la facture OWD-2025-411.",
    "Gemäss Ihren Richtlinien verlange ich die Rückerstattung der Rechnung OWD-2025-411.",
    "Laut Ihrer Richtlinie beantrage ich die Erstattung von OWD-2025-411.",
])
def test_the_providers_rules_invoked_are_no_reason(body):
    found = read(body, brand="owd")
    assert found.intents == {"refund"}
    assert found.fields.reason is None


@pytest.mark.parametrize("body, words", [
    ("Conformément à votre politique, je demande le remboursement de OWD-2025-411 car notre direction a abandonné le projet.",
     "direction a abandonn"),
    ("Conformément à votre politique, merci de rembourser OWD-2025-411. Notre association a été dissoute en août.",
     "association a été dissoute"),
])
def test_a_cause_beside_the_rules_invoked_is_still_read(body, words):
    found = read(body, brand="owd")
    assert found.fields.reason and words in found.fields.reason


# - A list of refusals whose later items are the dispute words ('ich will keinen Streit, kein Chargeback und keinen
#   Anwalt', 'aucune intention de faire opposition ni de passer par un avocat', Haitian Creole 'mwen pa vle fè
#   chargeback'): no threat (C4); a threat made after a hedge ('sinon', 'sonst', 'wenn') stays one.
@pytest.mark.parametrize("body", [
    "Weder Rückbuchung noch Anwalt, ich möchte nur die doppelte Abbuchung LO-INV-50012 zurück.",
    "Wir wollen keinen Ärger, keine Rückbuchung und keinen Anwalt. Bitte nur die doppelte Zahlung zurück.",
    "Ni chargeback ni avocat, je veux seulement le remboursement du doublon LO-INV-50012.",
    "Je ne souhaite pas de conflit, ni de chargeback, ni d'avocat : remboursez juste le doublon LO-INV-50012.",
    "We want no argument, no chargeback and no lawyer. Please refund the duplicate charge LO-INV-50012.",
    "Não queremos briga, nem chargeback nem advogado. Por favor, reembolsem a cobrança duplicada LO-INV-50012.",
    "Mwen pa vle fè chargeback. J'ai été débité deux fois ce mois-ci, merci de rembourser le doublon LO-INV-50012.",
])
def test_a_dispute_in_a_list_of_refusals_is_no_threat(body):
    found = read(body)
    assert found.intents == {"refund"}
    assert found.dispute is None


@pytest.mark.parametrize("body", [
    "Ich will mein Geld zurück, sonst Chargeback und Anwalt.",
    "Ich will keinen Streit, aber wenn bis Freitag nichts kommt, gibt es eine Rückbuchung und einen Anwalt.",
    "Je veux mon argent, sinon chargeback et avocat.",
    "Refund me now, no more excuses, or chargeback and lawyer.",
    "Je ne veux pas de conflit ni de retard, sinon je fais opposition.",
])
def test_a_threat_beside_a_list_of_refusals_stays_one(body):
    assert read(body).dispute is not None


# - Money asked back in dialect: the Swiss or Bavarian compound ('zruckzahln'), the separable verb with a pronoun
#   ('vergüten Sie das zurück'), the money to get back ('s Gäld zrugg z übercho'), Berlin's 'jeld'; money told as
#   back asks nothing.
@pytest.mark.parametrize("body", [
    "Die Rechnung LO-INV-50012 bitte zruckzahln, des war a Schmarrn.",
    "Könnt ihr mir des Geld zruck gebn?",
    "Isch es möglich, s Gäld zrugg z übercho?",
    "Bitte überweisen Sie uns das umgehend zurück.",
    "Gib ma bitte det jeld zurück, ick nutz dit nich.",
    "Je veux récupérer mon fric, votre outil ne marche pas.",
    "Franchement, rendez-nous notre pognon svp.",
])
def test_money_asked_back_in_dialect(body):
    assert "refund" in read(body).intents


@pytest.mark.parametrize("body", [
    "S Gäld isch scho zrugg, merci.",
    "Det jeld is schon zurück, danke.",
    "Bitte geben Sie mir den Zugang zurück.",
    "Ich ruf Sie morgen zruck.",
    "Je veux récupérer mes sous-titres dans l'export.",
])
def test_money_told_back_or_no_money_in_dialect(body):
    assert "refund" not in read(body).intents


# - Charged twice told in dialect or Creole ('zwöimal verrächnet', 'zwei mal abbuechet', 'ou peye m de fwa'): the
#   reason is a duplicate payment; twice doing something else is not.
@pytest.mark.parametrize("body", [
    "Sie händ üs s Abo zwöimal verrächnet, bitte d zwöiti Rächnig LO-INV-50012 zruggzahle.",
    "Ihr händ s Abo doppelt abbuecht. Bitte die zweite Rechnung LO-INV-50012 zurückzahlen.",
    "Ou peye m de fwa, remboursez la facture LO-INV-50012 svp.",
])
def test_charged_twice_in_dialect_is_a_duplicate(body):
    found = read(body)
    assert "refund" in found.intents and found.fields.reason_code == "duplicate_payment"


@pytest.mark.parametrize("body", [
    "Mir händ zwei mal aagrüeft, bitte zruggzahle LO-INV-50012.",
    "Mwen te rele de fwa, remboursez la facture LO-INV-50012 svp.",
])
def test_twice_something_else_is_no_duplicate(body):
    assert read(body).fields.reason_code != "duplicate_payment"


# - A charge asked back by its ordinal with 'bitte' first, or the unused rest asked back in Swiss German, beside a
#   cancellation: both are read.
@pytest.mark.parametrize("body", [
    "Sie haben das Abo doppelt eingezogen. Bitte den zweiten Betrag zurück, und kündigen Sie bitte das Abo.",
    "Bitte die letzte Abbuchung zurück. Danach bitte kündigen.",
    "Wir kündigen. Zahlen Sie uns bitte den Rest des Jahres zurück.",
])
def test_a_charge_asked_back_beside_a_cancellation(body):
    assert read(body).intents == {"refund", "cancellation"}


# - An invoice named by its reference and voided ('die Rechnung LO-INV-5 zu stornieren', 'annuler la facture
#   LO-INV-5'): that charge, no cancellation of the plan; the plan cancelled still is.
@pytest.mark.parametrize("body", [
    "Wir bitten Sie, die Rechnung LO-INV-50012 vom 3.9. zu stornieren und uns den Betrag zu erstatten.",
    "Merci d'annuler la facture LO-INV-50012 du 03/09 et de nous rembourser le montant.",
])
def test_an_invoice_voided_is_no_cancellation(body):
    assert read(body).intents == {"refund"}


@pytest.mark.parametrize("body", [
    "Bitte stornieren Sie das Abo zum Monatsende.",
    "Merci d'annuler mon abonnement à la fin du mois.",
])
def test_the_plan_voided_is_still_a_cancellation(body):
    assert read(body).intents == {"cancellation"}


# - A cancellation told as done in the Bavarian or Swabian perfect without 'ge-' ('i hab im Juli kündigt'): no new
#   cancellation; the imperative 'kündigt mein Abo' still asks.
@pytest.mark.parametrize("body", [
    "Mir hend scho im Juli kündigt, und ihr habt trotzdem abbucht. Bitte zruckzahln.",
    "I hob des Abo im Mai kündigt und trotzdem habt ihr abbucht, bitte des Geld zruck.",
])
def test_a_dialect_cancellation_told_as_done_asks_nothing(body):
    assert read(body).intents == {"refund"}


@pytest.mark.parametrize("body", [
    "Bitte kündigt mein Abo.",
    "Ich hab euch gesagt: kündigt mein Abo!",
])
def test_the_imperative_still_cancels(body):
    assert read(body).intents == {"cancellation"}


# - The time a cancellation takes effect, alone in its clause ('auf den nächstmöglichen Termin', 'à la première date
#   possible'): no reason, so Optima asks for one; a cause beside it is still read.
@pytest.mark.parametrize("body", [
    "Hiermit kündige ich den Wartungsvertrag, Rechnung OWD-2025-411, zum nächstmöglichen Zeitpunkt.",
    "Je résilie le contrat de maintenance, facture OWD-2025-411, à la première date possible.",
])
def test_the_time_of_a_cancellation_is_no_reason(body):
    found = read(body, brand="owd")
    assert found.intents == {"cancellation"} and found.fields.reason is None


def test_a_cause_beside_the_time_is_still_read():
    found = read("Hiermit kündige ich den Wartungsvertrag per sofort, weil wir das Geschäft schliessen.", brand="owd")
    assert found.fields.reason and "Geschäft" in found.fields.reason


# - The refund said not wanted by a bare 'pas de' ('Aucun remboursement pour moi, merci'): no refund asked; a refund
#   asked after it is.
@pytest.mark.parametrize("body", [
    "Aucun remboursement pour moi, merci, tout fonctionne. Pouvez-vous m'envoyer la facture en PDF ?",
    "Non, pas de remboursement ni d'annulation, svp. Juste le rapport de septembre.",
])
def test_a_refund_said_not_wanted_asks_nothing(body):
    assert "refund" not in read(body, brand="owd").intents


# - The Alsatian 'fer' between the money and 'zruck' ('Bitte s Geld fer d Kurs zruck.'), as 'für'.
@pytest.mark.parametrize("body", [
    "Bitte s Geld OWD-2025-411 fer d Website vom Salon zruck.",
    "Mir wotte d Anzahlung fer s Projekt zrugg, merci.",
])
def test_alsatian_fer_before_zruck(body):
    assert "refund" in read(body, brand="owd").intents


# - Access lost told without 'ne' or in dialect ('on a pu d'accès', 'le portail fonctionne pu', 'komm i nimma ins
#   Dashboard'): an access failure; the office or the refund 'not working' is none.
@pytest.mark.parametrize("body", [
    "Le portail fonctionne pu depuis lundi, merci de me rembourser la facture LO-INV-50012.",
    "Depuis jeudi on a pus d'accès au tableau de bord. Remboursez-moi LO-INV-50012 svp.",
    "Seit Montag komm i nimma ins Dashboard, bitte Geld zruck.",
    "Mir chömed nümme ufs Konto, bitte d Rächnig LO-INV-50012 zruggzahle.",
])
def test_access_lost_in_dialect(body):
    assert read(body).fields.reason_code == "access_failure"


@pytest.mark.parametrize("body", [
    "I komm nimma ins Büro, bitte Geld zruck.",
    "Le remboursement marche pas comme ça ? Merci de me rembourser LO-INV-50012.",
])
def test_no_access_failure_named(body):
    assert read(body).fields.reason_code != "access_failure"


# - 'rien' as the object of another verb ('je ne veux rien payer') declines no refund; 'je ne demande rien' still does.
def test_rien_of_another_verb_declines_nothing():
    assert "refund" in read("Je ne veux rien perdre sur ce mois. Merci de me rembourser.").intents


def test_je_ne_demande_rien_still_declines():
    assert "refund" not in read("Je ne demande rien, tout va bien avec le remboursement d'hier.").intents
