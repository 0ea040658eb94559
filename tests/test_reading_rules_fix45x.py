"""(fix45x) C4 families the fresh35 and fresh36 rounds missed in German, Portuguese and English, each fixed as a family in
every pack where its shape exists, with sentences of the test's own (none taken from the round) in two languages or
more, and near misses that must keep reading as before.

A. A threat of reversing the payment through the bank, the card company or the payment service, in local words: a
   causative ("lasse ich die Abbuchung von der Sparkasse zurückholen", "haré que mi banco revierta el pago", "get my
   bank to claw it back"), the route named ("über meine Kreditkarte zurückbuchen"), the direct debit given back ("gebe
   ich die Lastschrift zurück", "devuelvo el recibo", "je fais rejeter le prélèvement"), buyer protection claimed
   ("Käuferschutz beantragen", "aciono a proteção ao comprador", "file a buyer protection claim"): C4 (section 8),
   never an approval.  The same words asked of us ("Bitte buchen Sie den Betrag über PayPal zurück"), said of the way
   the customer paid ("I paid with buyer protection") or with a negation inside ("lasse ich die Zahlung nicht
   zurückbuchen") are no threat.
B. A dispute the customer rules out (section 8 negation): the bank's question offering it ("my bank asked whether I
   wanted ...", "me preguntó si quería", "perguntou-me se queria", "m'a demandé si", "fragte, ob", "pucha ... kya"),
   whose "if" is no condition; the offer told with the pronoun after the verb, as Portugal writes ("sugeriu-me",
   "disse-me que podia"); a refusal closed by a dash ("I said no - ..."); the refusal in the progressive ("we won't
   be disputing it with the bank", "no estoy impugnando el cargo"); the German negation at the end of the clause
   ("ich widerrufe die Lastschrift nicht", "ich werde die Lastschrift nicht zurückgehen lassen").  A real threat
   beside a negated word, or a refusal with a condition of the customer's own after it, stays a threat.
"""

from __future__ import annotations

import pytest

from tests.helpers import read_body


def read(body: str, subject: str = "Hello", brand: str = "lo"):
    return read_body(body + "\n\nNora", subject=subject, brand=brand)


# -- A. a reversal through the bank, the card or the payment service (C4) ---------------------------------------------

@pytest.mark.parametrize("body", [
    # the causative 'lassen' and the route through the bank or card
    "Sie haben LO-INV-45101 doppelt abgebucht. Erstatten Sie das, sonst lasse ich das Geld von der Kreditkartenfirma "
    "zurückholen.",
    "Sie haben LO-INV-45101 doppelt abgebucht. Ohne Erstattung bis Montag buchen wir den Betrag über unsere Hausbank "
    "zurück.",
    "Me cobraron dos veces LO-INV-45101. Si no me lo devuelven, haré que mi banco revierta el pago.",
    "Cobraram duas vezes a LO-INV-45101. Se não devolverem, vou fazer o banco estornar a cobrança.",
    "You charged LO-INV-45101 twice. Refund it or I'll get my bank to claw it back.",
    "You charged LO-INV-45101 twice. Refund it this week or we will contest the charge with our card issuer.",
    # the direct debit given back by the customer
    "Sie haben LO-INV-45101 doppelt abgebucht. Wenn nichts kommt, gebe ich die Lastschrift zurück.",
    "Me cobraron dos veces LO-INV-45101. Si no me devuelven el dinero, devolveré el recibo.",
    "Vous avez prélevé deux fois LO-INV-45101. Remboursez le doublon, sinon je fais rejeter le prélèvement.",
    # buyer protection or a claim at the payment service
    "Sie haben LO-INV-45101 doppelt abgebucht. Sonst beantrage ich bei PayPal den Käuferschutz.",
    "Cobraram duas vezes a LO-INV-45101. Devolvam o valor ou aciono a proteção ao comprador.",
    "Me cobraron dos veces LO-INV-45101. Devuélvanlo o solicito la protección al comprador.",
    "You charged LO-INV-45101 twice. Refund it or I'll open a case with my payment provider.",
    "LO-INV-45101 do baar charge hua. Refund karo warna PayPal pe claim daal dunga.",
])
def test_a_reversal_through_the_bank_card_or_payment_service_is_a_threat(body):
    found = read(body)
    assert "refund" in found.intents and found.dispute is not None


@pytest.mark.parametrize("body", [
    # asked of us, or the way the customer paid
    "Sie haben LO-INV-45101 doppelt abgebucht. Bitte buchen Sie den doppelten Betrag über PayPal zurück.",
    "Sie haben LO-INV-45101 doppelt abgebucht. Können Sie den Betrag über meine Kreditkarte zurückbuchen?",
    "You charged LO-INV-45101 twice. Could you refund it through PayPal? I paid with buyer protection.",
    "Me cobraron dos veces LO-INV-45101. Por favor, devuélvanme el recibo duplicado.",
    "Cobraram duas vezes a LO-INV-45101. Por favor devolvam o débito direto duplicado.",
    # a negation inside the reversal
    "Sie haben LO-INV-45101 doppelt abgebucht. Ich lasse die Zahlung nicht zurückbuchen, bitte erstatten Sie den "
    "doppelten Betrag.",
])
def test_the_same_words_asked_of_us_or_negated_are_no_threat(body):
    found = read(body)
    assert "refund" in found.intents and found.dispute is None


def test_a_thing_sent_back_is_no_reversal():
    assert read("Ich lasse Ihnen die Unterlagen zurückgehen.").dispute is None


# -- B. a dispute ruled out (no C4) ------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    # the bank's question offering the dispute, then refused
    "You charged LO-INV-45101 twice. My bank asked whether I wanted to dispute the charge with them; I told them no. "
    "Please refund it.",
    "You charged LO-INV-45101 twice. My card company asked me if I'd like to file a chargeback and I said no - please "
    "refund the duplicate.",
    "Ihr habt LO-INV-45101 doppelt abgebucht. Meine Bank fragte, ob ich eine Rückbuchung möchte, das will ich aber "
    "nicht. Bitte erstatten Sie den Betrag.",
    "Me cobraron dos veces LO-INV-45101. El banco me preguntó si quería abrir un contracargo y le dije que no. "
    "Devuélvanme el duplicado.",
    "Cobraram duas vezes a LO-INV-45101. O banco perguntou-me se queria pedir estorno ao cartão, mas não vou fazer "
    "isso. Devolvam o valor duplicado.",
    "Vous avez prélevé deux fois LO-INV-45101. Ma banque m'a demandé si je voulais faire opposition, j'ai refusé. "
    "Remboursez le doublon svp.",
    "LO-INV-45101 do baar charge hua. Bank ne pucha chargeback karna hai kya, maine mana kar diya. Duplicate refund "
    "kar do.",
    # the offer with the pronoun after the verb (Portugal)
    "Cobraram duas vezes a LO-INV-45101. A minha gerente sugeriu-me abrir uma disputa com o banco, mas não quero. "
    "Devolvam o valor duplicado.",
    # the refusal in the progressive, or at the end of the German clause
    "You charged LO-INV-45101 twice. We won't be disputing it with the bank, please just refund it.",
    "You charged LO-INV-45101 twice. I'm not contesting the charge with my card issuer, just refund the duplicate.",
    "Me cobraron dos veces LO-INV-45101. No estoy impugnando el cargo con mi banco, solo devuélvanme el duplicado.",
    "Sie haben LO-INV-45101 doppelt abgebucht. Ich widerrufe die Lastschrift nicht, bitte erstatten Sie einfach den "
    "doppelten Betrag.",
    "Sie haben LO-INV-45101 doppelt abgebucht. Ich werde die Lastschrift nicht zurückgehen lassen, bitte erstatten "
    "Sie einfach den doppelten Betrag.",
])
def test_a_dispute_the_customer_rules_out_is_no_threat(body):
    found = read(body)
    assert "refund" in found.intents and found.dispute is None


@pytest.mark.parametrize("body", [
    # a threat beside a negated word
    "Ich will nicht streiten, aber sonst lasse ich die Zahlung über meine Bank zurückbuchen.",
    "I'm not disputing the quality, but refund it or I will file a claim with PayPal.",
    "No quiero problemas, pero si no me devuelven el dinero devuelvo el recibo.",
    "Não quero confusão, mas se não devolverem vou fazer o banco estornar a cobrança.",
    # the bank's question refused, then a condition of the customer's own
    "My bank asked if I wanted a chargeback. I said no for now, but if you don't refund by Friday I will.",
    "El banco me preguntó si quería un contracargo. Le dije que no, pero si no me devuelven el dinero lo haré.",
])
def test_a_threat_beside_a_negation_or_with_a_condition_stays_a_threat(body):
    found = read(body)
    assert "refund" in found.intents and found.dispute is not None
