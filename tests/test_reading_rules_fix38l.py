"""Rules of fix38l (near misses noticed and left by earlier passes), each read as a family in every pack where its
shape exists, with sentences of its own (none copied from any round or from the phrasebook).  Each family has a
phrasing its patterns were not written from (marked "other phrasing") and a negative that reads as before.

1. A later email of a thread that takes back an earlier cancellation ("please ignore my cancellation, we are
   staying", "olvidad la baja", ``intents.cancellation_withdrawn``) withdraws it, as a declined refund does
   (``Extraction.withdrawn``); a withdrawal negated ("please don't ignore my cancellation") is none.
2. German "retournieren" is a refund only when its object is the money ("das Paket retournieren" returns a parcel),
   and a negated intention ("Wir haben nicht vor, etwas zurückzufordern", "we have no intention of asking for our
   money back", "no tenemos ninguna intención de pedir un reembolso") declines the refund, and before a cancellation
   word the cancellation, in every pack.
3. A prohibition aimed at the business reaches the cancellation word across asides set off by commas ("Don't you
   dare, under any circumstances, cancel my account", ``intents.prohibition``); a plain negation does not ("It does
   not work, unfortunately, cancel my plan" asks).
4. Considering is not requesting ("cancel karne ki soch rahe hain", "on réfléchit à résilier"), unless the mail also
   asks plainly.
5. The first person present after "and" with its subject left out performs the cancellation ("... et résilions notre
   abonnement", "... nicht mehr und kündigen hiermit den Jahresplan").
6. A short real reason is kept by its shape: a clause joined to the ask by "and" and a new subject needs three words
   ("A temporada acabou e queremos cancelar"); a short word that is no pronoun before "und"/"and"/"et" closes a
   clause ("Es läuft nicht gut und wir kündigen").
7. A reason found by a cue or an exception word is its whole sentence across the mail client's hard wraps.
8. ``text.other_asks`` in the Hindi pack ("Kya aap ...", "क्या आप ...").
(9. tests/test_third_brand.py: the brand's reader is built before the first email's time budget.)
"""

from __future__ import annotations

import json

import pytest

from mailbot.clock import FixedClock
from mailbot.pipeline import Triage
from tests.helpers import EXAMPLES, LO_ADDRESS, config, inbound, ist, ledger, read_body


def intents(body: str, subject: str = "Hello") -> set:
    return set(read_body(body, subject=subject).intents)


# -- 1. a cancellation taken back -------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hi,\n\nPlease ignore my cancellation, we are staying.\n\nLuz",
    "Hi,\n\nKindly disregard the termination notice I sent on Monday.\n\nLuz",  # other phrasing
    "Hi,\n\nWe are withdrawing our cancellation request, the team wants to keep the tool.\n\nLuz",
    "Hola,\n\nOlvidad la baja, nos quedamos.\n\nLuz",
    "Hola,\n\nPor favor ignoren mi correo anterior sobre la cancelación.\n\nLuz",  # other phrasing
    "Olá,\n\nDesconsiderem o meu pedido de cancelamento, vamos continuar.\n\nLuz",
    "Olá,\n\nPodem esquecer aquilo do cancelamento.\n\nLuz",  # other phrasing
    "Bonjour,\n\nNe tenez pas compte de ma demande de résiliation.\n\nLuz",
    "Bonjour,\n\nMerci d'oublier mon mail précédent concernant la résiliation.\n\nLuz",  # other phrasing
    "Hallo,\n\nBitte vergessen Sie meine Kündigung, wir bleiben.\n\nLuz",
    "Hallo,\n\nWir nehmen unsere Kündigung hiermit zurück.\n\nLuz",  # other phrasing
    "Namaste,\n\nMera cancellation request ignore kar dijiye, hum rukenge.\n\nLuz",
    "Namaste,\n\nCancel wali baat bhool jaiye, plan chalne dijiye.\n\nLuz",  # other phrasing
    "नमस्ते,\n\nकैंसिलेशन की रिक्वेस्ट को नज़रअंदाज़ कर दीजिए।\n\nLuz",
])
def test_a_cancellation_taken_back_asks_none_and_is_withdrawn(body):
    found = read_body(body, "Re: Cancellation")
    assert "cancellation" not in found.intents
    assert "cancellation" in found.withdrawn


@pytest.mark.parametrize("body", [
    "Hi,\n\nPlease don't ignore my cancellation, I still want to cancel.\n\nLuz",
    "Olá,\n\nNão esqueçam o meu pedido de cancelamento.\n\nLuz",
    "Hi,\n\nPlease cancel my plan. Ignore my cancellation request from last week, it named the wrong plan.\n\nLuz",
])
def test_a_withdrawal_negated_or_beside_a_new_ask_still_asks(body):
    found = read_body(body, "Hello")
    assert "cancellation" in found.intents and "cancellation" not in found.withdrawn


CFG = config()
TRIAGE = Triage(CFG, ledger(json.loads((EXAMPLES / "ledger.json").read_text(encoding="utf-8")), CFG),
                FixedClock(ist(2025, 7, 8, 12, 0)))


def _thread(answer: str):
    first = inbound("asha@example.in", LO_ADDRESS, "Cancellation", ist(2025, 7, 8, 10, 0),
                    "Hi, please cancel my annual plan.\nAsha", message_id="<cancel-1@test.example>")
    later = inbound("asha@example.in", LO_ADDRESS, "Re: Cancellation", ist(2025, 7, 8, 11, 0), answer,
                    In_Reply_To="<cancel-1@test.example>")
    return TRIAGE.decide([first, later])


@pytest.mark.parametrize("answer", [
    "Hi, please ignore my cancellation, we are staying.",
    "Hola, olvidad la baja, nos quedamos.",
    "Hallo, bitte vergessen Sie meine Kündigung, wir bleiben doch.",
])
def test_a_cancellation_taken_back_in_a_later_email_is_not_made(answer):
    result = _thread(answer)
    assert not result.verdict.decisions, result.verdict.trace
    assert result.verdict.status == "other", result.verdict.trace


def test_a_later_email_that_asks_again_keeps_the_cancellation():
    result = _thread("Hi, just checking: please go ahead with the cancellation.")
    assert [(d.intent, d.outcome) for d in result.verdict.decisions] == [("cancellation", "cancel")]


# -- 2. returning a parcel; a negated intention ------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hallo,\n\nDie Zahlung ist da, wir möchten das Paket retournieren.\n\nLuz",
    "Hallo,\n\nNach Eingang der Zahlung möchten wir die Ware retournieren.\n\nLuz",  # other phrasing
])
def test_returning_goods_is_no_refund(body):
    assert "refund" not in intents(body)


@pytest.mark.parametrize("body", [
    "Hallo,\n\nBitte den Betrag von 49 € umgehend retournieren.\n\nLuz",
    "Hallo,\n\nDie Anzahlung (OWD-2025-305) bitte retournieren.\n\nLuz",
])
def test_returning_the_money_is_still_a_refund(body):
    assert "refund" in intents(body)


@pytest.mark.parametrize("body", [
    "Hallo,\n\nWir haben nicht vor, etwas zurückzufordern.\n\nLuz",
    "Hallo,\n\nEs ist nicht unsere Absicht, eine Rückerstattung zu verlangen.\n\nLuz",  # other phrasing
    "Hi,\n\nWe have no intention of asking for our money back.\n\nLuz",
    "Hi,\n\nIt is not my intention to claim a refund, just to tell you.\n\nLuz",  # other phrasing
    "Hola,\n\nNo tenemos ninguna intención de pedir un reembolso.\n\nLuz",
    "Hola,\n\nNo es nuestra intención reclamar la devolución.\n\nLuz",  # other phrasing
    "Olá,\n\nNão temos nenhuma intenção de pedir o reembolso.\n\nLuz",
    "Olá,\n\nNão pretendemos reclamar o estorno.\n\nLuz",  # other phrasing
    "Bonjour,\n\nNous n'avons aucune intention de demander le remboursement.\n\nLuz",
    "Bonjour,\n\nCe n'est pas notre intention de réclamer un remboursement.\n\nLuz",  # other phrasing
    "Namaste,\n\nRefund maangne ka hamara koi irada nahi hai.\n\nLuz",
    "नमस्ते,\n\nहमारा रिफंड माँगने का कोई इरादा नहीं है।\n\nLuz",  # other phrasing
])
def test_a_negated_intention_asks_no_refund(body):
    assert "refund" not in intents(body, "Update")


@pytest.mark.parametrize("body", [
    "Hi,\n\nWe have no intention of cancelling.\n\nLuz",
    "Hi,\n\nI have no intention whatsoever of cancelling my account.\n\nLuz",  # other phrasing
    "Hallo,\n\nWir haben nicht die Absicht, den Vertrag zu kündigen.\n\nLuz",
    "Hola,\n\nNo tenemos ninguna intención de dar de baja el plan.\n\nLuz",
    "Hola,\n\nNo es nuestra intención cancelar la suscripción.\n\nLuz",  # other phrasing
    "Olá,\n\nNão temos intenção de cancelar.\n\nLuz",
    "Bonjour,\n\nNous n'avons aucune intention de résilier notre abonnement.\n\nLuz",
])
def test_a_negated_intention_asks_no_cancellation(body):
    assert "cancellation" not in intents(body, "Update")


@pytest.mark.parametrize("body, intent", [
    ("Hi,\n\nWe have no intention of waiting any longer, please refund us.\n\nLuz", "refund"),
    ("Hola,\n\nNo tenemos intención de esperar más: devuélvannos el dinero.\n\nLuz", "refund"),
    ("Bonjour,\n\nNous n'avons pas l'intention d'attendre, remboursez-nous.\n\nLuz", "refund"),
    ("Olá,\n\nNão temos intenção de esperar mais, devolvam o dinheiro.\n\nLuz", "refund"),
    ("Hi,\n\nWe have no intention of staying, please cancel our plan.\n\nLuz", "cancellation"),
])
def test_a_negated_intention_of_something_else_still_asks(body, intent):
    assert intent in intents(body, "Update")


# -- 3. a prohibition across asides ---------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hi,\n\nDon't you dare, under any circumstances, cancel my account.\n\nLuz",
    "Hi,\n\nPlease don't, whatever happens, cancel our subscription.\n\nLuz",  # other phrasing
    "Hi,\n\nUnder no circumstances cancel my plan.\n\nLuz",
    "Hallo,\n\nBloß nicht, ich wiederhole, das Abo kündigen.\n\nLuz",
    "Hallo,\n\nBitte, unter keinen Umständen, unser Abo kündigen.\n\nLuz",  # other phrasing
    "Hola,\n\nNi se les ocurra, bajo ningún concepto, cancelar mi plan.\n\nLuz",
    "Hola,\n\nPor favor, bajo ningún concepto, den de baja mi cuenta.\n\nLuz",  # other phrasing
    "Olá,\n\nNão, em hipótese alguma, cancelem a minha assinatura.\n\nLuz",
    "Olá,\n\nNem pensem, de jeito nenhum, em cancelar o meu plano.\n\nLuz",  # other phrasing
    "Bonjour,\n\nN'allez surtout pas, même si je paie en retard, résilier mon abonnement.\n\nLuz",
])
def test_a_prohibition_across_asides_asks_no_cancellation(body):
    assert "cancellation" not in intents(body)


@pytest.mark.parametrize("body", [
    "Hi,\n\nIt does not work, unfortunately, cancel my plan.\n\nLuz",
    "Hi,\n\nNever mind, thanks, please cancel my plan.\n\nLuz",
    "Hallo,\n\nEs funktioniert nicht, leider, kündigen Sie bitte.\n\nLuz",
    "Hola,\n\nNo funciona, lamentablemente, cancelen el plan.\n\nLuz",
    "Bonjour,\n\nÇa ne marche pas, hélas, résiliez mon abonnement.\n\nLuz",
    "Olá,\n\nNão funciona, infelizmente, cancelem o plano.\n\nLuz",
    "Hallo,\n\nAuf keinen Fall verlängern, wir kündigen den Vertrag.\n\nLuz",
])
def test_a_negation_beside_an_aside_still_asks(body):
    assert "cancellation" in intents(body)


# -- 4. considering is not requesting -------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Namaste,\n\nHum cancel karne ki soch rahe hain.\n\nLuz",
    "Namaste,\n\nMain subscription band karne ki soch raha hoon.\n\nLuz",
    "Namaste,\n\nHum plan cancel karne par vichar kar rahe hain.\n\nLuz",  # other phrasing
    "नमस्ते,\n\nहम प्लान कैंसल करने की सोच रहे हैं।\n\nLuz",
    "Bonjour,\n\nOn réfléchit à résilier.\n\nLuz",
    "Bonjour,\n\nJe pense à résilier mon abonnement.\n\nLuz",  # other phrasing
    "Hi,\n\nWe are toying with the idea of cancelling.\n\nLuz",
    "Hi,\n\nWe're thinking of cancelling.\n\nLuz",
    "Hola,\n\nEstamos pensando en dar de baja el plan.\n\nLuz",
    "Hallo,\n\nWir denken ernsthaft darüber nach, das Abo zu kündigen.\n\nLuz",
    "Olá,\n\nEstamos pensando em cancelar.\n\nLuz",
])
def test_considering_a_cancellation_asks_none(body):
    assert "cancellation" not in intents(body, "Update")


@pytest.mark.parametrize("body", [
    "Namaste,\n\nHum cancel karne ki soch rahe hain. Please plan cancel kar dijiye.\n\nLuz",
    "Bonjour,\n\nOn réfléchit à résilier. Finalement, résiliez notre abonnement.\n\nLuz",
    "Hi,\n\nWe're thinking of cancelling. Actually, please cancel our plan now.\n\nLuz",
])
def test_considering_then_asking_plainly_asks(body):
    assert "cancellation" in intents(body, "Update")


# -- 5. the first person present after "and", its subject left out -----------------------------------------------

@pytest.mark.parametrize("body", [
    "Bonjour,\n\nNous fermons la boutique et résilions notre abonnement.\n\nLuz",
    "Bonjour,\n\nNous ne sommes pas satisfaits et résilions notre abonnement.\n\nLuz",
    "Bonjour,\n\nNous n'utilisons plus l'outil et arrêtons le contrat de maintenance.\n\nLuz",  # other phrasing
    "Hallo,\n\nWir nutzen das Tool nicht mehr und kündigen hiermit den Jahresplan.\n\nLuz",
    "Hallo,\n\nWir haben keine Leads bekommen und kündigen fristgerecht zum Monatsende.\n\nLuz",  # other phrasing
    "Hallo,\n\nIch nutze es nicht mehr und kündige mein Abo.\n\nLuz",
])
def test_the_first_person_after_and_performs_the_cancellation(body):
    assert "cancellation" in intents(body)


@pytest.mark.parametrize("body", [
    "Bonjour,\n\nJe ne pense pas que Paul arrête et résilie notre contrat.\n\nLuz",
    "Hallo,\n\nWir wollen nicht mehr zahlen und kündigen.\n\nLuz",
    "Bonjour,\n\nNous ne voulons pas payer et résilier.\n\nLuz",
    "Bonjour,\n\nNous ne résilions pas notre abonnement.\n\nLuz",
])
def test_a_third_person_or_an_infinitive_after_and_reads_as_before(body):
    assert "cancellation" not in intents(body)


# -- 6. a short real reason; a short word before "and" ---------------------------------------------------------------

@pytest.mark.parametrize("body, reason", [
    ("Olá,\n\nA temporada acabou e queremos cancelar o plano.\n\nLuz", "A temporada acabou"),
    ("Hola,\n\nLa temporada terminó y queremos cancelar el plan.\n\nLuz", "La temporada terminó"),
    ("Hi,\n\nThe shop closed and we want to cancel.\n\nLuz", "The shop closed"),
    ("Hallo,\n\nDer Laden schließt und wir kündigen.\n\nLuz", "Der Laden schließt"),
    ("Bonjour,\n\nLa boutique ferme et nous voulons résilier.\n\nLuz", "La boutique ferme"),
    ("Namaste,\n\nSeason khatam ho gaya aur hum plan cancel karna chahte hain.\n\nLuz", "Season khatam ho gaya"),
])
def test_a_short_clause_joined_to_the_ask_is_its_reason(body, reason):
    found = read_body(body, "Cancellation")
    assert "cancellation" in found.intents and found.fields.reason == reason


def test_a_greeting_joined_to_the_ask_is_no_reason():
    assert read_body("Hi team and we want to cancel the plan.\n\nLuz", "Cancellation").fields.reason is None


@pytest.mark.parametrize("body", [
    "Hallo,\n\nEs läuft nicht gut und wir kündigen.\n\nLuz",
    "Bonjour,\n\nÇa ne marche pas et je résilie mon abonnement.\n\nLuz",
    "Hi,\n\nIt's not ok and we cancel our plan.\n\nLuz",
])
def test_a_short_word_before_and_closes_the_negated_clause(body):
    assert "cancellation" in intents(body)


@pytest.mark.parametrize("body", [
    "Hallo,\n\nSie und ich kündigen nicht.\n\nLuz",
    "Hi,\n\nYou and I do not cancel.\n\nLuz",
])
def test_a_compound_subject_stays_declined(body):
    assert "cancellation" not in intents(body)


# -- 7. a cue or exception reason across a hard wrap ----------------------------------------------------------------

@pytest.mark.parametrize("subject, body, reason", [
    ("Refund", "Hi,\n\nPlease refund the deposit because the municipality now offers a free directory for all the\n"
     "shops in the old town, so we no longer need the site.\n\nNora",
     "the municipality now offers a free directory for all the shops in the old town, so we no longer need the site"),
    ("Kündigung", "Hallo,\n\nbitte kündigen Sie das Abo, weil die Gemeinde jetzt ein kostenloses Verzeichnis für "
     "alle\nGeschäfte der Altstadt anbietet.\n\nNora",
     "die Gemeinde jetzt ein kostenloses Verzeichnis für alle Geschäfte der Altstadt anbietet"),
    ("Refund", "Hi,\n\nI was charged twice for the annual plan this month, the same amount debited on the 3rd and\n"
     "again on the 5th. Please refund one.\n\nNora",
     "I was charged twice for the annual plan this month, the same amount debited on the 3rd and again on the 5th."),
])
def test_a_cue_or_exception_reason_is_read_across_a_wrap(subject, body, reason):
    assert read_body(body, subject).fields.reason == reason


def test_a_name_under_the_wrapped_line_is_not_read_into_a_cue_reason():
    body = "Hi,\n\nPlease cancel because we closed the shop last month, thanks to everyone really quick\nLucía Pérez"
    assert "Lucía" not in (read_body(body, "Cancel").fields.reason or "")


# -- 8. another ask in Hindi -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Namaste,\n\nMujhe invoice LO-INV-5511 ka refund chahiye.\nKya aap billing address bhi naye office ka kar sakte "
    "hain.\n\nRavi",
    "नमस्ते,\n\nमुझे इनवॉइस LO-INV-5511 का रिफंड चाहिए।\nक्या आप बिलिंग पता नए ऑफिस का कर सकते हैं।\n\nRavi",
    "Namaste,\n\nMujhe invoice LO-INV-5511 ka refund chahiye.\nKya yeh sambhav hai ki GST number bhi update ho "
    "jaye.\n\nRavi",  # other phrasing
])
def test_another_ask_in_hindi_is_no_reason(body):
    found = read_body(body, "Refund")
    assert "refund" in found.intents and found.fields.reason is None


def test_a_hindi_reason_after_the_ask_is_still_read():
    found = read_body("Namaste,\n\nMujhe invoice LO-INV-5511 ka refund chahiye. Humari dukaan pichhle mahine band ho "
                      "gayi hai.\n\nRavi", "Refund")
    assert found.fields.reason == "Humari dukaan pichhle mahine band ho gayi hai."
