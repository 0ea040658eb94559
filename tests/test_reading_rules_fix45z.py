"""Families of the fresh35 and fresh36 rounds' misses taken by fix45z, each with sentences of its own (not the
round's) in two languages or more, and a negative that keeps reading as before.

- (1) A thank-you for a reply, an answer or help about the refund or the cancellation ("thanks for the quick answer
  about the refund", ``intents.thanked_done``) asks nothing, and a reply's subject that names the refund ("Re:
  Refund ...") over such a body asks nothing either; a refund told as given back already ("Sie haben das Geld schon
  zurückgegeben") is a past event.
- (2) A refund at another supplier told as context ("a refund from our previous provider", "un remboursement chez un
  autre fournisseur", ``intents.refund_past``): nothing asked of us.
- (3) The cancellation as the alternative turned down ("pause it instead of cancelling", "statt es zu kündigen", "en
  vez de cancelarlo") and a fronted cancellation negated with filler ("Cancelar, la verdad, no queremos"): no
  cancellation asked.
- (4) A refund declined in dialect or with a contracted subject ("we don't want no refund", "j'veux pas d'remboursement").
- (5) A purchase still being considered written with a learner's preposition ("estoy pensando a comprar", "I'm
  thinking to buy") and its question ("¿es posible a recibir un reembolso?"): a policy question.
- (6) A cancellation told as done in mixed script ("plan cancel कर दिया था") before a charge after it: only the billing
  error is asked, no new cancellation.
"""

from __future__ import annotations

import pytest

from tests.helpers import read_body


def read(body: str, brand: str = "lo", subject: str = "Hello"):
    return read_body(body + "\n\nNora", subject=subject, brand=brand)


# -- (1) thanks for an answer about the refund; a refund already given back --------------------------------------

@pytest.mark.parametrize("subject, body", [
    ("Re: Refund for the design stage", "Just wanted to thank you for the quick answer about the refund. All clear."),
    ("Re: Reembolso del diseño", "Solo quería agradecer la respuesta tan rápida sobre el reembolso. Todo claro."),
    ("Re: Erstattung Designphase", "Vielen Dank für die schnelle Antwort zur Erstattung, damit ist alles geklärt."),
    ("Re: Remboursement étape design", "Merci pour votre retour rapide concernant le remboursement, tout est clair."),
    ("Re: Reembolso etapa de design", "Obrigado pela ajuda com o reembolso, ficou tudo resolvido."),
])
def test_a_reply_that_thanks_for_an_answer_asks_nothing(subject, body):
    assert read(body, brand="owd", subject=subject).intents == set()


@pytest.mark.parametrize("body", [
    "Danke, Sie haben das Geld bereits zurückgegeben, alles gut.",
    "Kurze Rückmeldung: ihr habt die doppelte Abbuchung schon zurückgebucht, danke.",
])
def test_a_refund_told_as_given_back_asks_nothing(body):
    assert "refund" not in read(body).intents


@pytest.mark.parametrize("subject, body", [
    ("Re: Refund", "Thanks for the quick answer about the refund. Please refund LO-INV-4411 now as agreed."),
    ("Re: Erstattung", "Danke für die Antwort zur Erstattung. Bitte erstatten Sie jetzt die Rechnung LO-INV-4411."),
    ("Refund", "Please refund the duplicate charge LO-INV-4411."),
    ("Re: Cancel", "Thanks for your reply about the cancellation. Please go ahead and cancel it now."),
    ("Hello", "Thanks in advance for your help with the refund of LO-INV-4411."),
    ("Bonjour", "Merci d'avance pour votre aide concernant le remboursement de LO-INV-4411."),
    ("Hallo", "Danke im Voraus für Ihre Hilfe bei der Erstattung von LO-INV-4411."),
])
def test_a_request_beside_the_thanks_or_thanked_in_advance_still_asks(subject, body):
    assert read(body, subject=subject).intents & {"refund", "cancellation"}


# -- (2) a refund at another supplier --------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Last year we got a refund from our previous provider for a double charge; I only mention it because I check my "
    "statements. Could you send me invoice LO-INV-5521 as a PDF?",
    "El año pasado conseguí un reembolso con otro proveedor por un cobro doble. ¿Me mandan la factura LO-INV-5521?",
    "Bei einem anderen Anbieter habe ich mal eine Erstattung für eine doppelte Abbuchung bekommen. Schicken Sie mir "
    "bitte die Rechnung LO-INV-5521?",
    "No ano passado consegui um reembolso com outro fornecedor por uma cobrança dupla. Podem me enviar a fatura?",
])
def test_a_refund_at_another_supplier_asks_nothing(body):
    assert read(body).intents == set()


@pytest.mark.parametrize("body", [
    "Our previous provider refunded double charges within a day. You charged me twice for LO-INV-5521, "
    "please refund the second charge.",
    "We are moving to another provider so refund the unused month of LO-INV-5521.",
    "Vamos para outro fornecedor, então reembolsem a fatura LO-INV-5521.",
    "Nos vamos con otro proveedor, así que reembolsen la factura LO-INV-5521.",
])
def test_a_refund_asked_of_us_beside_another_supplier_still_asks(body):
    assert "refund" in read(body).intents


# -- (3) the cancellation turned down as the alternative --------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Können wir das Abo über den Sommer ruhen lassen, anstatt zu kündigen?",
    "Could we switch to a smaller plan rather than cancel it?",
    "¿Podemos bajar al plan básico en lugar de darnos de baja?",
    "Dá para mudar para o plano mensal em vez de cancelar?",
    "Peut-on passer à une formule moins chère au lieu de résilier ?",
    "kya plan ko cancel karne ke bajaye chhote plan par shift kar sakte hain?",
    "Cancelar, la verdad, no queremos. ¿Hay un plan más barato?",
    "Résilier, on ne veut pas vraiment. Avez-vous une formule moins chère ?",
])
def test_a_cancellation_turned_down_as_the_alternative_is_not_asked(body):
    assert "cancellation" not in read(body).intents


@pytest.mark.parametrize("body", [
    "Bitte kündigen Sie das Abo, statt es automatisch zu verlängern.",
    "Please cancel the plan instead of renewing it.",
    "En vez de renovar, cancelen el plan por favor.",
    "Cancelem a assinatura, não queremos continuar.",
])
def test_a_cancellation_asked_beside_another_alternative_still_asks(body):
    assert "cancellation" in read(body).intents


# -- (4) a refund declined in dialect ---------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "We don't want no refund, just cancel the plan so it don't renew.",
    "I ain't lookin' for a refund, just don't renew it.",
    "J'veux pas d'remboursement, résiliez juste le renouvellement.",
])
def test_a_refund_declined_in_dialect_is_not_asked(body):
    intents = read(body).intents
    assert "refund" not in intents and "cancellation" in intents


def test_a_dialect_refund_ask_still_asks():
    assert "refund" in read("I want my money back for LO-INV-7788, ain't no way I'm paying for that.").intents


# -- (5) before buying, a learner's preposition -----------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Estamos pensando de contratar el plan anual. Si lo tomamos y no funciona, ¿es posible de obtener un reembolso?",
    "Estou pensando de assinar o plano anual. Se eu assinar e não gostar, é possível de receber um reembolso?",
    "I'm thinking to buy the yearly plan for our club. Would we get a refund if we don't like it?",
    "Estoy pensando a suscribirme al plan anual para mi club. ¿Es posible a recibir un reembolso después de un mes?",
    "I'm thinking to purchase the annual plan for my team. Is it possible to get a refund after a month?",
    "Estamos pensando a contratar o plano anual. Dá para pedir reembolso depois de um mês?",
    "Je pense d'acheter le plan annuel pour mon association. Est-ce qu'on peut être remboursé après un mois ?",
])
def test_a_learners_question_before_buying_asks_nothing(body):
    assert read(body).intents == set()


def test_a_refund_asked_by_a_customer_still_asks():
    assert "refund" in read("Compré el plan anual ayer y no me gusta. Quiero un reembolso, por favor.").intents


# -- (6) a past cancellation in mixed script before a charge ---------------------------------------------------

@pytest.mark.parametrize("body", [
    "maine July mein hi subscription cancel कर दिया था, phir bhi 1499 kat gaya. Paise wapas kijiye.",
    "humne plan कैंसल kar diya tha, fir bhi is mahine charge hua. Refund kijiye.",
    "I cancelled in August, yet I was charged again on 25 September. Please refund it.",
])
def test_a_charge_after_a_past_cancellation_asks_no_new_cancellation(body):
    intents = read(body).intents
    assert "cancellation" not in intents and "refund" in intents


def test_a_mixed_script_cancellation_asked_now_still_asks():
    assert "cancellation" in read("please mera plan cancel कर दीजिए, ab zarurat nahi hai.").intents
