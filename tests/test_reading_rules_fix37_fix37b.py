"""Rules of fix37b behind fresh26's en/hi misses, each with sentences of its own (none copied from any round or from
the phrasebook).

- A dispute someone else suggested and the customer turns down ("my cousin said to file a chargeback, but we are not
  going to do that", "bhai ne kaha consumer court jao, lekin main aisa nahi karunga") is ruled out: no C4 threat,
  unless a hedge follows the refusal ("... unless you ignore us") or the refusal is of something else ("I don't want
  to wait").
- A refund waved off with the preposition dropped ("No need refund", "refund no need lah") asks nothing; "no need
  to wait, refund me" still asks.
- A retainer or subscription told no longer needed ("we won't need the hosting retainer any more") is a
  cancellation; "we don't need the annual plan, monthly suits us" (a plan change) is not.
- The formal Hindi verb "निरस्त" with the plan named is a cancellation; told as done it is none.
- A forward whose note asks a refund carries a threat made in the forwarded note of a person (C4).
"""

from __future__ import annotations

import pytest

from tests.helpers import read_body


def reading(body: str, subject: str = "Hello", brand: str = "lo"):
    return read_body(body, subject=subject, brand=brand)


# -- 1. a dispute someone else suggested, turned down -------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hi,\n\nMy cousin said to file a chargeback, but we are not going to do that. Please refund the extra payment.\n\nNora",
    "Hi,\n\nA friend of mine told me to get a lawyer. I won't go down that road, just refund the double charge.\n\nNora",
    "Hi,\n\nMy husband reckons we should dispute it with the bank but I'd rather not do that. Refund the duplicate?\n\nNora",
    "Hi,\n\nBhai ne kaha consumer court jao, lekin main aisa nahi karunga. Bas double payment refund kar do.\n\nNora",
    "Hi,\n\nMeri wife ne bola chargeback karo, par hum aisa kuch nahi karna chahte, refund de dijiye.\n\nNora",
    "नमस्ते,\n\nमेरे भाई ने कहा कि चार्जबैक करो, लेकिन मैं ऐसा नहीं करना चाहता। कृपया दोहरा भुगतान लौटा दें।\n\nनोरा",
    "Hola,\n\nMi socia me dijo que hiciera un contracargo, pero no queremos llegar a eso. Devuelvan el cargo repetido.\n\nNora",
    "Olá,\n\nMinha cunhada falou para abrir um chargeback, mas não vou fazer isso. Devolvam a cobrança repetida.\n\nNora",
    "Bonjour,\n\nMa voisine m'a conseillé de faire opposition, mais nous ne voulons pas en arriver là. Remboursez le prélèvement en double.\n\nNora",
    "Hallo,\n\nMeine Kollegin meinte, wir sollten eine Rückbuchung veranlassen. Das möchten wir aber nicht. Bitte erstatten Sie die doppelte Abbuchung.\n\nNora",
])
def test_a_dispute_suggested_and_turned_down_is_no_threat(body):
    assert reading(body, "Double charge").dispute is None


@pytest.mark.parametrize("body", [
    "Hi,\n\nMy cousin said to file a chargeback. We won't do that unless you ignore us. Refund the extra payment.\n\nNora",
    "Hi,\n\nMy cousin said to file a chargeback and I think I will do it. Refund the extra payment.\n\nNora",
    "Hi,\n\nMy cousin said to file a chargeback. I don't want to wait, refund the extra payment.\n\nNora",
    "Hi,\n\nMy lawyer said to sue, but I'm not going to do that yet. Refund the extra payment.\n\nNora",
    "Hi,\n\nBhai ne kaha chargeback karo, lekin main aisa nahi karunga agar refund aaj mil jaye.\n\nNora",
    "Hi,\n\nBhai ne kaha chargeback karo, main wait nahi karunga, refund do.\n\nNora",
    "Hola,\n\nMi socia me dijo que hiciera un contracargo, pero no queremos esperar más. Devuelvan el cargo repetido.\n\nNora",
    "Olá,\n\nMinha cunhada falou para abrir um chargeback, mas não vou fazer isso se devolverem hoje.\n\nNora",
    "Bonjour,\n\nMa voisine m'a conseillé de faire opposition, mais je ne veux pas attendre. Remboursez le prélèvement en double.\n\nNora",
    "Hallo,\n\nMeine Kollegin meinte, wir sollten eine Rückbuchung veranlassen, und ich will nicht länger warten. Bitte erstatten Sie die doppelte Abbuchung.\n\nNora",
])
def test_a_suggested_dispute_kept_or_hedged_stays_a_threat(body):
    assert reading(body, "Double charge").dispute


# -- 2. a refund waved off with the preposition dropped -----------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hi,\n\nPlease stop my monthly plan. No need refund, just don't bill me again.\n\nNora",
    "Hi,\n\nCancel the plan from next month please, no need any refund.\n\nNora",
    "Hi,\n\nPlease cancel my subscription. Refund no need lah, the shop is closing.\n\nNora",
])
def test_a_refund_waved_off_without_a_preposition_asks_nothing(body):
    found = reading(body, "Cancel")
    assert "refund" not in found.intents and "cancellation" in found.intents


@pytest.mark.parametrize("body", [
    "Hi,\n\nYou billed me twice. No need to wait for Monday, refund the second one now.\n\nNora",
    "Hi,\n\nYou billed me twice, please refund it, no need to call me.\n\nNora",
])
def test_a_refund_beside_no_need_still_asks(body):
    assert "refund" in reading(body, "Billing").intents


# -- 3. the plan told no longer needed ----------------------------------------------------------------------------

@pytest.mark.parametrize("body, brand", [
    ("Hi,\n\nWe're winding the shop down so we won't need the hosting retainer any more.\n\nNora", "owd"),
    ("Hi,\n\nWe no longer need the care retainer.\n\nNora", "owd"),
    ("Hi,\n\nWe will not be needing the subscription any longer, thanks for everything.\n\nNora", "lo"),
])
def test_the_plan_no_longer_needed_is_a_cancellation(body, brand):
    assert "cancellation" in reading(body, "Our account", brand).intents


@pytest.mark.parametrize("body, brand", [
    ("Hi,\n\nWe don't need the annual plan, the monthly one suits us better.\n\nNora", "lo"),
    ("Hi,\n\nWe no longer need the basic plan, please upgrade us.\n\nNora", "lo"),
    ("Hi,\n\nWe no longer need the retainer hours this month, next month is busier.\n\nNora", "owd"),
    ("Hi,\n\nWe don't need the contract copy any more, found it.\n\nNora", "owd"),
])
def test_a_plan_change_or_an_object_of_the_plan_is_no_cancellation(body, brand):
    assert "cancellation" not in reading(body, "Our account", brand).intents


# -- 4. the formal Hindi verb -------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "महोदय,\n\nकृपया हमारी मासिक सदस्यता निरस्त करने का कष्ट करें।\n\nनोरा",
    "महोदय,\n\nहमारा प्लान निरस्त करें, हम अब इसका उपयोग नहीं करते।\n\nनोरा",
])
def test_the_formal_hindi_verb_is_a_cancellation(body):
    assert "cancellation" in reading(body, "सदस्यता").intents


@pytest.mark.parametrize("body", [
    "महोदय,\n\nहमारी सदस्यता निरस्त कर दी गई है, धन्यवाद।\n\nनोरा",
    "महोदय,\n\nहमारी सदस्यता समाप्त कर दी गई है, धन्यवाद।\n\nनोरा",
    "महोदय,\n\nकृपया हमारी सदस्यता निरस्त न करें।\n\nनोरा",
    "महोदय,\n\nआपका पिछला आदेश निरस्त करने की कृपा करें।\n\nनोरा",
])
def test_the_formal_hindi_verb_done_negated_or_of_another_object_asks_nothing(body):
    assert "cancellation" not in reading(body, "सदस्यता").intents


# -- 5. a threat in the forwarded note of a person ----------------------------------------------------------------

FORWARD = ("Forwarding my sister's note, she deals with our paperwork. We want the design milestone refunded.\n\n"
           "Begin forwarded message:\n\n"
           "From: {name} <{address}>\n"
           "Subject: The site\n"
           "Date: September 8, 2025 at 4:10:00 PM EDT\n"
           "To: nora@example.com\n\n"
           "{words}\n")


@pytest.mark.parametrize("words", [
    "The pages they built are broken on every tablet. If they don't refund it I will hand it to my lawyer.",
    "The pages they built are broken. Tell them a chargeback is next if the money isn't back this week.",
])
def test_a_threat_in_a_forwarded_note_of_a_person_is_read(words):
    body = FORWARD.format(name="Mara Quint", address="mara.quint@example.org", words=words)
    assert reading(body, "Fwd: The site", "owd").dispute


@pytest.mark.parametrize("name, address, words", [
    ("Mara Quint", "mara.quint@example.org", "The pages they built are broken on every tablet, sadly."),
    ("Mara Quint", "mara.quint@example.org",
     "My friend said to get a lawyer, but I'm not going to do that. Just ask them for the money back."),
])
def test_a_forwarded_note_without_a_threat_adds_none(name, address, words):
    body = FORWARD.format(name=name, address=address, words=words)
    assert reading(body, "Fwd: The site", "owd").dispute is None
