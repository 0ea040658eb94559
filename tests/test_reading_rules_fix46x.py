"""(fix46x) C4 families the fresh37 and fresh38 rounds missed, each fixed as a family in every pack where its shape exists,
with sentences of the test's own (none taken from the round) in two languages or more, and near misses that must keep
reading as before.

A. A chargeback or bank dispute the customer rules out is no threat (section 8 negation), as people say it:
   - a reassurance up front, the request in a later, longer sentence opened by a bare contrast or holding a time limit
     ("we will not make a chargeback, your service was okay. But we are a bicycle shop ...", "keine Rückbuchung und
     nix. Die Saison ist vorbei, ... bis Ostern nicht mehr"): ``intents.dispute_hedge_near`` words ("but", "aber",
     "pero", "mas", "mais", "lekin", "until", "bis") keep the threat only in the refusal's sentence or a short one
     after it; a condition ("if", "wenn", "si") still keeps it from any later sentence in reach;
   - a list of things not done ("koi chargeback ya bank dispute nahi kar rahe", "बैंक में शिकायत या कोई विवाद नहीं
     करना चाहता", "we're not doing any chargeback or bank dispute"): the refusal reaches the first item through the
     others and a coordinator; the refusal in the progressive or with a light verb ("nahi kar rahe", "we're not
     doing", "no estamos haciendo", "não estamos fazendo", "on ne fait pas de");
   - someone else's suggestion refused ("Meine Freundin sagt, ich soll es über die Bank zurückholen, aber das will ich
     nicht") was read already: pinned with new words.
   A real threat beside a negated word, or a condition after the refusal, stays a threat.
B. "charge back" as two words told of a past time ("the duplicate charge back in February") is no chargeback
   (``intents.dispute_told_back``), and a thank-you for a charge problem sorted out in the past asks nothing
   (``intents.thanked_done``).  "I will file a charge back in March" is still a threat.
C. The request beside a threat is still read: the deposit, fee or amount not back by a deadline as the condition of a
   threat asks it back (refund and C4 both); a refund asked after a bank reversal ruled out in words that can also
   name a refund ("ich möchte keine Rückbuchung bei der Bank machen") is read.  Without a deadline, or with nothing
   asked in words, nothing new is read.
"""

from __future__ import annotations

import pytest

from tests.helpers import read_body


def read(body: str, subject: str = "Hello", brand: str = "lo"):
    return read_body(body + "\n\nNora", subject=subject, brand=brand)


# -- A. a dispute ruled out (no C4) ------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    # a reassurance up front, the request in a later sentence opened by a contrast or holding a time limit
    "Just so you know up front: I won't be doing a chargeback, the tool itself was fine. But the restaurant closes for "
    "the season and we have no use for the plan any more, so please cancel it.",
    "Vorab: ich will keine Rückbuchung, das Tool war in Ordnung. Aber unser Café schließt über den Winter und wir "
    "brauchen das Abo nicht mehr, bitte kündigen Sie es.",
    "Ich will keinen Ärger, keine Rückbuchung, nichts. Wir schließen den Laden zum Jahresende und brauchen das Abo bis "
    "auf Weiteres nicht mehr, bitte kündigen.",
    # a list of things not done, the refusal in the progressive or with a light verb
    "We're not doing any chargeback or bank dispute, you were good to us. Our son takes over the website now, so please "
    "cancel the plan.",
    "Hum koi dispute ya chargeback nahi kar rahe, service theek thi. Ab beta website dekhega, isliye plan cancel kar "
    "dijiye.",
    "मैं कोई विवाद या चार्जबैक नहीं करना चाहता, बस प्लान कैंसिल कर दीजिए।",
    "No estamos haciendo ningún contracargo ni reclamo al banco, el servicio fue bueno. Por favor cancelen el plan.",
    "On ne fait pas de chargeback ni d'opposition, le service était bien. Merci de résilier l'abonnement.",
])
def test_a_dispute_ruled_out_up_front_or_in_a_list_is_no_threat(body):
    found = read(body)
    assert "cancellation" in found.intents and found.dispute is None


@pytest.mark.parametrize("body", [
    # someone else's suggestion refused, the refund asked after it
    "My accountant says I should get it back through the bank, but I don't want that, I won't file a chargeback. You "
    "charged LO-INV-45101 twice, please refund the duplicate.",
    "Mein Steuerberater meint, ich soll das über die Kreditkarte zurückholen lassen, aber das will ich nicht, ich möchte "
    "keine Rückbuchung über die Karte. Sie haben LO-INV-45101 doppelt abgebucht. Bitte zahlen Sie den doppelten Betrag "
    "zurück.",
])
def test_a_suggestion_refused_is_no_threat_and_the_refund_is_read(body):
    found = read(body)
    assert "refund" in found.intents and found.dispute is None


@pytest.mark.parametrize("body", [
    # a condition of the customer's own after the refusal, in a later sentence
    "I won't do a chargeback, your service was okay. But if the duplicate is not refunded by Friday, I will do it. You "
    "charged LO-INV-45101 twice.",
    "Ich will keine Rückbuchung, der Service war ok. Aber wenn LO-INV-45101 nicht bis Freitag erstattet ist, mache ich "
    "sie doch.",
    # a real threat beside a negated word
    "We're not making a fuss, but refund LO-INV-45101 by Friday or we file a chargeback.",
    "No hago ningún drama, pero si no me devuelven LO-INV-45101 hago un contracargo.",
    "Hum koi jhagda nahi kar rahe, par LO-INV-45101 ka refund nahi aaya to chargeback kar denge.",
])
def test_a_threat_beside_a_refusal_or_with_a_condition_stays_a_threat(body):
    assert read(body).dispute is not None


# -- B. 'charge back' told of a past time; thanks for a charge problem sorted out ------------------------------------

@pytest.mark.parametrize("body", [
    "Many thanks for fixing the double charge back in March. Everything has run smoothly since, have a good week.",
    "Thank you for resolving that extra charge back then, and sorry for my impatience at the time. All fine now.",
    "Vielen Dank für die Klärung der doppelten Abbuchung im März. Seitdem läuft alles bestens.",
    "Gracias por solucionar el cobro duplicado en marzo. Desde entonces todo funciona muy bien.",
    "Obrigada por resolver a cobrança duplicada em março. Desde então está tudo ótimo.",
    "Merci d'avoir réglé le double prélèvement en mars. Tout fonctionne bien depuis.",
])
def test_thanks_for_a_charge_sorted_out_in_the_past_asks_nothing(body):
    found = read(body)
    assert found.intents == set() and found.dispute is None


@pytest.mark.parametrize("body", [
    "You charged LO-INV-45101 twice. Refund it or I will file a charge back in March.",
    "You charged LO-INV-45101 twice. Refund it this week or I'll do a charge back.",
])
def test_a_charge_back_threatened_stays_a_threat(body):
    assert read(body).dispute is not None


# -- C. the request beside a threat ------------------------------------------------------------------------------------

@pytest.mark.parametrize("body, brand", [
    ("I am cancelling the project OWD-2025-726. If the deposit isn't back within a week, I will do a chargeback.", "owd"),
    ("Ich storniere das Projekt OWD-2025-726. Falls der Betrag nicht binnen einer Woche zurück ist, lasse ich ihn per "
     "Chargeback zurückholen.", "owd"),
    ("Cancelo el proyecto OWD-2025-726. Si la seña no está en mi cuenta para el lunes, haré un contracargo.", "owd"),
    ("Cancelo o projeto OWD-2025-726. Se o depósito não for devolvido até segunda, abro um chargeback.", "owd"),
    ("J'annule le projet OWD-2025-726. Si l'acompte n'est pas remboursé d'ici lundi, je fais opposition.", "owd"),
])
def test_the_money_demanded_in_a_threats_condition_is_read_beside_the_threat(body, brand):
    found = read(body, brand=brand)
    assert "refund" in found.intents and found.dispute is not None


@pytest.mark.parametrize("body", [
    "If the deposit isn't enough, we will pay the rest next week.",
    "Wenn die Anzahlung nicht reicht, zahlen wir den Rest nach.",
    "Si el anticipo no alcanza, pagamos la diferencia.",
])
def test_the_money_without_a_deadline_asks_nothing(body):
    assert "refund" not in read(body).intents


def test_a_reversal_ruled_out_with_nothing_asked_in_words_still_declines():
    body = ("Sie haben LO-INV-45101 doppelt abgebucht, ich möchte keine Rückbuchung, verrechnen Sie es bitte mit dem "
            "nächsten Monat.")
    assert "refund" not in read(body).intents


def test_a_refund_asked_after_a_reversal_ruled_out_is_read():
    body = ("Sie haben LO-INV-45101 doppelt abgebucht. Ich möchte keine Rückbuchung bei meiner Sparkasse machen, wir "
            "regeln das lieber direkt.\n\nBitte zahlen Sie mir den doppelten Betrag zurück.")
    found = read(body)
    assert "refund" in found.intents and found.dispute is None
