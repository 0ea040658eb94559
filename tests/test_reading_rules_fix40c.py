"""(fix40c) Families the fresh28 round missed in Hindi/Hinglish and English, each with sentences of the test's own
(none taken from the round) and near misses that must keep reading as before.

- A dispute someone else suggested that the customer refuses, with the intention denied by a bare or regional
  'na' ('koi plan na hai') or the wish to talk to us directly ('seedha aap se'); a Portuguese hedge word ('se',
  'if') is no hedge in a Hinglish mail ('aap se' is 'with you'): hedges are read in the mail's own languages.
- A refund already made, told as history or as received: in the bare verb form ('the refund ... reach my account
  this morning') or with a colloquial subject ('y'all refunded a charge for me'): asks nothing; one still awaited
  or asked ('please', a modal, 'still haven't') is still asked.
- The reason told by what the customer sees: the platform that will not open at all ('खुल ही नहीं रहा') or is
  stuck on its loader ('loading pe hi atka', 'stuck on loading') is an access failure; one amount shown twice on
  the statement ('statement mein 1499 do baar dikh raha', 'my statement shows 1499 twice') a duplicate payment.
- A purchase still being considered, told as the wish to have a site made without naming us ('hum website banwana
  chahte hain', 'we are thinking of ordering a website'): the questions after it ask about the terms (section 8);
  a site already made ('website banwayi thi', 'the website you built') still asks.
- The same shapes carried into the other packs: the dispute refused by a denied intention or a wish to settle
  directly (de 'das habe ich nicht vor', 'ich kläre das lieber direkt mit Ihnen'; pt 'disse para fazer', 'não tenho
  nenhuma intenção'), one amount twice on the statement (es, fr), the platform stuck loading (de, fr).
"""

from __future__ import annotations

import pytest

from tests.helpers import read_body


def read(body: str, subject: str = "Hello", brand: str = "lo"):
    return read_body(body + "\n\nNora", subject=subject, brand=brand)


# -- 1. a dispute suggested by someone else, refused ---------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Dost bol raha tha chargeback kar do, lekin mera aisa koi plan na hai. Extra charge wapas kar dijiye.",
    "Bank wale keh rahe the chargeback kar lo, par hamara koi irada nahi hai, seedha aapse baat karni hai. "
    "Doosra charge refund kar do.",
    "My neighbour said to file a chargeback, but I have no intention of doing that, I'd rather sort it out with you "
    "directly. Please refund the second charge.",
])
def test_a_suggested_dispute_refused_is_no_threat(body):
    found = read(body)
    assert found.dispute is None
    assert "refund" in found.intents


@pytest.mark.parametrize("body", [
    "Chargeback kar dunga, seedha aap se baat kar raha hoon, refund do.",
    "Bank wale bol rahe the chargeback kar do, par agar aapne paise nahi lautaye to main karunga.",
    "My neighbour said to file a chargeback. If you don't refund me by Friday I will.",
])
def test_a_dispute_kept_stays_a_threat(body):
    assert read(body).dispute is not None


# -- 2. a refund already made or received, told ------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Good morning, the money for the extra charge come in my account yesterday, thanks plenty.",
    "Hi, the refund hit my card this morning. Cheers!",
    "Last year you all refunded a double charge for us, thanks. Can you send the August invoice again?",
    "Refund kal account mein aa gaya, bahut shukriya.",
    "Pichhle saal aap logon ne ek double charge refund kar diya tha, shukriya. August ka invoice dobara bhej dijiye.",
])
def test_a_refund_made_or_received_asks_nothing(body):
    assert "refund" not in read(body).intents


@pytest.mark.parametrize("body", [
    "Y'all still haven't refunded the double charge, please refund it.",
    "Please make sure the refund reach my account today.",
    "The refund should reach my account today, right?",
    "Refund abhi tak account mein nahi aaya, jaldi bhej dijiye.",
])
def test_a_refund_awaited_is_still_asked(body):
    assert "refund" in read(body).intents


# -- 3. the reason told by what the customer sees -----------------------------------------------------------------------

def reason(body: str) -> str | None:
    return read(body).fields.reason_code


@pytest.mark.parametrize("body", [
    "Dashboard kal se loading pe hi atka hai, kuch kaam nahi ho raha. Is mahine ka refund chahiye.",
    "डैशबोर्ड खुल ही नहीं रहा। पैसे वापस कीजिए।",
    "The dashboard is stuck on loading since the renewal, nothing works. Refund this month please.",
])
def test_a_platform_that_does_not_open_is_an_access_failure(body):
    assert reason(body) == "access_failure"


@pytest.mark.parametrize("body", [
    "Passbook mein ₹999 do baar aaya hai, ek wapas kar do.",
    "My statement shows $1,499.00 twice, please refund one.",
    "I see 1499 twice on my bank statement, please refund one.",
])
def test_one_amount_shown_twice_is_a_duplicate(body):
    assert reason(body) == "duplicate_payment"


@pytest.mark.parametrize("body", [
    "My statement shows 1499, twice the price I expected. Refund the difference.",
    "Do baar call aaya aapki team se, refund ka status batao.",
])
def test_twice_without_one_amount_is_no_duplicate(body):
    assert reason(body) != "duplicate_payment"


# -- 4. a purchase still being considered ------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hum ek online store banwane ki soch rahe hain. Deposit ke baad project band kiya to refund kaise milega?",
    "We are thinking of ordering a website. If we cancel after paying the deposit, do we get the deposit back? "
    "And would the refund be in USD or AED?",
    "We would like to have a new website built. Would the deposit be refunded if we stop halfway?",
])
def test_questions_before_ordering_ask_nothing(body):
    assert read(body, brand="owd").intents == set()


@pytest.mark.parametrize("body", [
    "Humne pichhle saal website banwayi thi, ab project cancel karo aur deposit wapas karo.",
    "The website you built is broken. Please refund the deposit.",
])
def test_a_site_already_made_still_asks(body):
    assert "refund" in read(body, brand="owd").intents


# -- 5. the same shapes in the other packs -----------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Mein Nachbar meinte, ich solle eine Rückbuchung machen, aber das habe ich nicht vor, ich kläre das lieber direkt "
    "mit Ihnen. Bitte erstatten Sie die doppelte Abbuchung.",
    "Meu vizinho disse para fazer um chargeback, mas não tenho nenhuma intenção disso, prefiro falar diretamente com "
    "vocês. Devolvam a cobrança duplicada.",
])
def test_a_suggested_dispute_refused_in_the_other_packs(body):
    assert read(body).dispute is None


@pytest.mark.parametrize("body", [
    "Mein Nachbar meinte, ich solle eine Rückbuchung machen, und wenn Sie bis Freitag nicht erstatten, mache ich das.",
    "Meu vizinho disse para fazer um chargeback e se não devolverem até sexta eu faço.",
])
def test_a_suggested_dispute_kept_in_the_other_packs(body):
    assert read(body).dispute is not None


@pytest.mark.parametrize("body, code", [
    ("En mi extracto aparece 1499 dos veces, devuélvanme uno por favor.", "duplicate_payment"),
    ("Mon relevé affiche 1499 deux fois, merci de rembourser l'un des deux.", "duplicate_payment"),
    ("Die Plattform bleibt seit der Verlängerung beim Laden hängen, nichts geht. Bitte erstatten Sie diesen Monat.",
     "access_failure"),
    ("Die Plattform öffnet sich seit Montag gar nicht. Bitte erstatten.", "access_failure"),
    ("La plateforme reste bloquée sur le chargement depuis le renouvellement. Remboursez ce mois s'il vous plaît.",
     "access_failure"),
])
def test_the_reason_told_by_what_is_seen_in_the_other_packs(body, code):
    assert reason(body) == code


@pytest.mark.parametrize("body", [
    "J'ai appelé deux fois, remboursez le mois.",
    "Llamé dos veces, devuélvanme el mes.",
    "Die Seite lädt langsam, bitte erstatten Sie den Monat.",
])
def test_twice_or_slow_names_neither(body):
    assert reason(body) not in ("duplicate_payment", "access_failure")
