"""Reading rules added for breadth (fix23b: German, hard English, Hindi/Hinglish), each with sentences of its own
(none copied from any round) and near-miss negatives.

- A thank-you for a refund or a cancellation already made ("Thanks for the quick refund!", "Vielen Dank für die
  schnelle Rückerstattung!", "Refund ke liye shukriya") tells a past event: it asks nothing (section 8).  A thanks
  in advance, or one beside a new ask, still asks.  A bare "Thanks for cancelling the hosting" stays a polite
  request (fix17b's decision, as French "Merci d'annuler"), in English and in Hinglish.  A gerund ("thank you for processing my refund") also closes a
  request, so it counts as a thank-you only with a word telling it done ("so fast", "yesterday").
- Other words that ask: 'revert the amount' (Indian English), 'unsubscribe from / opt out of / put a stop to /
  want out of' a plan, 'deactivate my subscription'; 'rücküberweisen', the Austrian 'Retournierung', 'Vertrag
  aufheben'; short romanised Hindi now read as Hindi (more Hinglish markers) so its words count.
- Declines and questions: 'don't bother with a refund', 'Kündigen möchte ich nicht', 'keine Gutschrift',
  'Wie funktioniert die Kündigung?', 'Gibt es eine Rückerstattung, wenn ...?', 'Do you offer refunds?'.
- Disputes by country: BBB, ACCC, Fair Trading, Citizens Advice; Arbeiterkammer, VKI, Konsumentenschutz,
  Strafanzeige, a debit sent back; cyber cell, police complaint.  A threat whose condition is the refund ('Ohne
  Rückerstattung gehe ich zum Anwalt', 'refund do nahi to ...') demands it.
"""

from __future__ import annotations

import pytest

from mailbot.reading.extract import Extractor
from tests.helpers import LO_ADDRESS, config, inbound, ist

LO = Extractor(config().brands["leadsoptima"])


def read(body: str, subject: str = "Query"):
    return LO.extract(inbound("cust@example.com", LO_ADDRESS, subject, ist(2025, 9, 10, 10, 0), body))


R, C, RC, NONE = {"refund"}, {"cancellation"}, {"refund", "cancellation"}, set()

# (intents, dispute, sentence): every positive here was read otherwise before fix23b
CHANGED = [
    # thanks for what was done: nothing asked
    (NONE, False, "Thanks for the quick refund!"),
    (NONE, False, "Thanks a ton for the refund."),
    (NONE, False, "Cheers for sorting the refund so fast."),
    (NONE, False, "Appreciate the refund, guys."),
    (NONE, False, "Got my money back, thanks a lot."),
    (NONE, False, "Thanks for sorting out my cancellation."),
    (NONE, False, "Thanks, the cancellation confirmation came through."),
    (NONE, False, "Vielen Dank für die schnelle Rückerstattung!"),
    (NONE, False, "Merci vielmal für die Gutschrift."),
    (NONE, False, "Passt, danke für die Stornierung."),
    (NONE, False, "Danke für die Bestätigung der Kündigung."),
    (NONE, False, "Ich habe die Kündigung erhalten, alles bestens."),
    (NONE, False, "Refund ke liye shukriya."),
    # other words that ask
    (R, False, "Please revert the amount to my bank account."),
    (R, False, "Kindly reverse the amount debited."),
    (C, False, "I want to unsubscribe from the paid plan."),
    (C, False, "I wish to opt out of the annual plan."),
    (C, False, "Please put a stop to the subscription."),
    (C, False, "I want out of the contract."),
    (C, False, "Please deactivate my subscription."),
    (R, False, "Können Sie mir das Geld rücküberweisen?"),
    (R, False, "Ich bitte um Retournierung des Betrags."),
    (R, False, "Ich hätt gern die Kohle zurück."),
    (C, False, "Bitte den Pauschalvertrag per Ende Monat aufheben."),
    (R, False, "Zyada paisa kat gaya, baaki wapas karo."),
    # declines and questions
    (NONE, False, "Don't bother with a refund."),
    (NONE, False, "Please cancel the invoice copy request, I found it."),
    (NONE, False, "Do you offer refunds on annual plans?"),
    (NONE, False, "Kündigen möchte ich nicht."),
    (NONE, False, "Ich brauche keine Gutschrift."),
    (NONE, False, "Wie funktioniert die Kündigung bei Ihnen?"),
    (NONE, False, "Gibt es eine Rückerstattung, wenn ich innerhalb von 14 Tagen kündige?"),
    # disputes
    (R, True, "Refund me or I will report you to the BBB."),
    (R, True, "Refund or I'm going to the ACCC."),
    (R, True, "Refund or I will complain to Citizens Advice."),
    (R, True, "Ohne Rückerstattung gehe ich zum Anwalt."),
    (R, True, "Bitte erstatten, ansonsten schalte ich die Arbeiterkammer ein."),
    (R, True, "Bitte erstatten, sonst wende ich mich an den VKI."),
    (R, True, "Ich fordere mein Geld zurück, sonst melde ich das dem Konsumentenschutz."),
    (R, True, "Ich werde die Lastschrift zurückgehen lassen, wenn Sie nicht erstatten."),
    (R, True, "Refund do nahi to bank mein chargeback karunga."),
    (R, True, "Refund karo nahi to cyber cell mein shikayat karunga."),
    # regional and other words (second pass)
    (C, False, "Ich möchte mein Abo per Ende Jahr künden."),
    (C, False, "Ich steige aus dem Vertrag aus."),
    (C, False, "Das Wartungspaket bitte nicht mehr verlängern."),
    (R, False, "Bitte den Betrag auf mein Konto zurückvergüten."),
    (C, False, "Can you please shut down my account and stop the billing?"),
    (R, False, "Please repay the amount."),
    (C, False, "Subscription hata do."),
    (NONE, False, "Die Kündigung ist durch, danke."),
    (NONE, False, "Sie haben mir das Geld bereits erstattet, danke."),
    (NONE, False, "Die Rückerstattung hat geklappt, danke."),
    (NONE, False, "Ist eine Erstattung möglich, falls ich mit dem Tool nicht zufrieden bin?"),
    (NONE, False, "Bis wann kann ich kündigen?"),
    (NONE, False, "Refund's gone through, cheers."),
    (NONE, False, "What's the notice period for cancelling?"),
    (NONE, False, "Until when can I cancel?"),
    (NONE, False, "Cancel karne ki notice period kitni hai?"),
    (NONE, False, "Kya aap log refund dete hain? Lena soch raha hoon."),
    (R, True, "Refund now or I'm reporting this to my credit card company as fraud."),
    (R, True, "Refund or I will go to the Consumer Disputes Redressal Commission."),
    (R, True, "Refund or I'm filing with VCAT."),
    (R, True, "Erstattung bitte, sonst widerrufe ich die Lastschrift bei meiner Bank."),
    (R, True, "Bitte erstatten, sonst leite ich ein Mahnverfahren ein."),
    (R, True, "Bitte erstatten, sonst melde ich es dem Kreditkartenunternehmen."),
    (NONE, True, "Ich erstatte Anzeige wegen Betrugs."),
    (NONE, False, "रद्द करने की ज़रूरत नहीं है।"),
    (NONE, False, "Cancel karwane ka koi irada nahi hai."),
    (NONE, False, "Refund ka process kya hai? Bas jaanna tha."),
    (NONE, False, "Maine toh pehle hi unsubscribe kar diya tha."),
]

# near misses: read the same before and after
KEPT = [
    (R, False, "Thanks in advance for the refund."),
    (R, False, "Thanks for the refund of March, but you still owe me April, please refund that too."),
    (R, False, "I haven't got my money back yet, please refund."),
    (C, False, "Thanks for your help, please cancel my plan."),
    (NONE, False, "Please unsubscribe me from your newsletter."),
    (NONE, False, "How do I opt out of marketing emails?"),
    (NONE, False, "Please revert with the invoice copy."),
    (R, False, "Vielen Dank im Voraus für die Rückerstattung."),
    (R, False, "Ich habe noch keine Gutschrift erhalten, bitte erstatten Sie den Betrag."),
    (C, False, "Hiermit kündige ich mein Abo. Vielen Dank für die Bearbeitung meiner Kündigung."),
    (NONE, False, "Bitte den Termin aufheben."),
    (NONE, False, "Können Sie die Sperre meines Kontos aufheben?"),
    (NONE, False, "Wir schalten eine Anzeige in der Zeitung, was kostet das?"),
    (RC, False, "Kündigen möchte ich und das Geld zurück bitte."),
    (R, False, "Advance mein refund ke liye thank you, jaldi karo please."),
    (R, False, "Refund ke liye request hai, paisa wapas karo."),
    (R, False, "Police verification ke liye account banaya tha, ab refund chahiye."),
    (NONE, False, "Unsere Kunden sind zufrieden, danke."),
    (NONE, False, "Please shut down the old test server, we no longer use it."),
    (NONE, False, "Plan se ye feature hata do, zarurat nahi hai."),
    (R, False, "Haben Sie mir das Geld schon erstattet? Falls nicht, bitte umgehend."),
    (R, False, "Sie haben mir die erste Abbuchung bereits erstattet, bitte erstatten Sie auch die zweite."),
    (R, False, "Die Rückerstattung hat nicht geklappt, bitte nochmal überweisen."),
    (C, False, "Wann können Sie mein Abo kündigen? Bitte sofort."),
    (R, False, "Has the refund gone through? If not, please refund me today."),
    (C, False, "When can you cancel my plan? Please do it today."),
    (C, False, "Please cancel my plan, what's the notice period?"),
    (R, False, "Refund milega kya? Mera paisa do baar kata hai."),
    (NONE, False, "I reported the bug to the team last week."),
    (NONE, False, "Do you accept payments via PayPal?"),
    (C, False, "Cancel karne ki zarurat hai, jaldi karo."),
    (C, False, "Unsubscribe kar do plan se."),
    (C, False, "Thanks for cancelling my plan, much appreciated."),
    (C, False, "Plan cancel karne ke liye thank you."),
]


@pytest.mark.parametrize("intents, dispute, body", CHANGED + KEPT)
def test_read_as_a_support_lead_would(intents, dispute, body):
    found = read(body)
    assert set(found.intents) == intents
    assert (found.dispute is not None) == dispute


# (reason code, sentence): the exception named in other words; every one was coded otherwise before fix23b
CODES = [
    ("duplicate_payment", "Do baar paisa kat gaya, ek wapas karo."),
    ("duplicate_payment", "Die Lastschrift kam doppelt, bitte erstatten."),
    ("billing_error", "Es wurde ein zu hoher Betrag abgebucht, bitte erstatten Sie die Differenz."),
    ("billing_error", "Zyada paisa kat gaya, baaki wapas karo."),
    ("access_failure", "Ich bin ausgesperrt und komme nicht an meine Daten, bitte rückerstatten."),
    ("access_failure", "Die Anmeldung schlägt immer fehl, ich möchte mein Geld zurück."),
    ("access_failure", "Account mein ghus nahi pa raha, refund chahiye."),
]

# near misses: the exception denied is no exception
NO_CODE = [
    "Ich bin nicht ausgesperrt, ich will einfach kündigen.",
    "Die Abbuchung kam nicht doppelt, ich möchte nur kündigen.",
    "Zyada paisa nahi kata, bas plan cancel karna hai.",
]


@pytest.mark.parametrize("code, body", CODES)
def test_the_exception_is_named(code, body):
    found = read(body)
    assert found.intents == {"refund"}
    assert found.fields.reason_code == code


@pytest.mark.parametrize("body", NO_CODE)
def test_a_denied_exception_is_none(body):
    found = read(body)
    assert found.intents == {"cancellation"}
    assert found.fields.reason_code not in ("duplicate_payment", "billing_error", "access_failure")
