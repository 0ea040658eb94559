"""Reading rules generalised from the eighth fresh round's English, Spanish, French and Portuguese misses
(fix16b), each with sentences of its own (none copied from any round), in every language where the same
rule exists.

- Asking that the plan not renew or end with its term ("please make sure it doesn't renew", "asegúrense de
  que no se renueve", "stellen Sie sicher, dass es sich nicht verlängert") asks for the cancellation; the
  imperative of the "terminate" verb ("Résiliez mon abonnement", "rescindam o contrato") too.
- Asking whether getting the money back is *possible* after a condition ("if it fails, is it possible to
  get my money back?", "se não servir, é possível pedir o reembolso?") is a policy question; the same
  question after a stated problem, without a condition, still asks.
- A legal word that is the customer's own name (inside an e-mail or web address, or in the firm's name
  that the sender's own address carries) is no threat (C4); "my lawyer" and a firm threatened with stay C4.
- A refund demanded by a deadline ("without a refund within 48 hours I will file a chargeback", "sans
  remboursement sous 48 h") asks for the refund; the plain decline ("sin reembolso, lo entiendo") declines it.
"""

from __future__ import annotations

import pytest

from mailbot.reading.extract import Extractor
from mailbot.reading.ownname import in_an_address, names_the_sender_firm
from tests.helpers import LO_ADDRESS, config, inbound, ist

CFG = config()
LO = Extractor(CFG.brands["leadsoptima"])


def read(body: str, sender: str = "nora@example.com", subject: str = "Hello"):
    return LO.extract(inbound(sender, LO_ADDRESS, subject, ist(2025, 9, 10, 10, 0), body))


# -- the plan asked not to renew, or to end with its term ------------------------------------------

@pytest.mark.parametrize("body", [
    "Hi,\n\nWe won't need the tool next year. Please make sure our subscription doesn't renew.\n\nThanks\nKiran",
    "Hi,\n\nKindly ensure the annual plan does not get renewed, we have our own CRM now.\n\nThanks\nKiran",
    "Hi,\n\nI'm not after any money back. Just make sure the plan ends at the end of the current term.\n\n"
    "Thanks\nKiran",
    "Hola,\n\nnos cambiamos a otra herramienta. Asegúrense de que la suscripción no se renueve en marzo.\n\n"
    "Saludos\nLucía",
    "Hola,\n\npor favor, que nuestra suscripción anual no se renueve este año.\n\nSaludos\nLucía",
    "Olá,\n\nmudámos de ferramenta. Garantam que a assinatura não seja renovada no próximo ciclo.\n\n"
    "Cumprimentos\nRita",
    "Bonjour,\n\nnous changeons d'outil. Veillez à ce que l'abonnement ne se renouvelle pas en mars.\n\n"
    "Cordialement\nJules",
    "Hallo,\n\nwir wechseln den Anbieter. Bitte stellen Sie sicher, dass der Vertrag nicht automatisch "
    "verlängert wird.\n\nGrüße\nJonas",
    "Namaste,\n\nhum dusra tool use kar rahe hain, please dhyan rakhiye ki plan renew na ho.\n\n"
    "Dhanyavaad\nKiran",
])
def test_asking_that_the_plan_not_renew_asks_to_cancel(body):
    assert read(body).intents == {"cancellation"}


@pytest.mark.parametrize("body", [
    "Bonjour,\n\nnous n'utilisons plus l'outil. Résiliez notre abonnement dès que possible.\n\n"
    "Cordialement\nJules",
    "Olá,\n\njá não usamos a plataforma. Rescindam o nosso contrato, por favor.\n\nCumprimentos\nRita",
    "Hola,\n\nya no usamos la plataforma. Rescindan el contrato a final de mes, por favor.\n\nSaludos\nLucía",
])
def test_the_imperative_of_terminate_asks_to_cancel(body):
    assert read(body).intents == {"cancellation"}


@pytest.mark.parametrize("body", [
    # a fact about the renewal date, a wish that it does renew: no cancellation
    "Hi,\n\nOur plan doesn't renew until March, right? I just need the date for our budget.\n\nThanks\nKiran",
    "Hi,\n\nPlease make sure the plan renews on the new card, the old one expired.\n\nThanks\nKiran",
    "Hola,\n\n¿por qué el plan no se renueva con la tarjeta nueva? Queremos seguir.\n\nSaludos\nLucía",
    "Bonjour,\n\nune question avant de signer : si vous résiliez un compte en cours de mois, est-ce que je "
    "serai remboursé du reste ?\n\nCordialement\nJules",
])
def test_a_renewal_fact_or_wish_asks_for_no_cancellation(body):
    assert "cancellation" not in read(body).intents


# -- "is it possible to get the money back?" after a condition --------------------------------------

@pytest.mark.parametrize("body", [
    "Hi,\n\nOne question first: if the WhatsApp sync turns out unreliable, is it possible to get our money "
    "back? We're deciding whether to onboard the sales team.\n\nThanks\nKiran",
    "Hola,\n\nuna consulta: si la sincronización no nos convence, ¿es posible pedir la devolución? Lo "
    "pregunto antes de dar de alta al equipo.\n\nSaludos\nLucía",
    "Hola,\n\nsi al final la herramienta no encaja, ¿se puede solicitar un reembolso? Es solo una consulta.\n\n"
    "Saludos\nLucía",
    "Olá,\n\numa pergunta: se a sincronização não correr bem, é possível pedir o reembolso? É só para "
    "decidir se avançamos.\n\nCumprimentos\nRita",
    "Olá,\n\nse a ferramenta não servir para a equipa, dá para pedir o dinheiro de volta? Só quero "
    "saber.\n\nCumprimentos\nRita",
    "Bonjour,\n\nune question : si la synchronisation ne convient pas, peut-on obtenir un remboursement ? "
    "C'est pour décider avant d'inscrire l'équipe.\n\nCordialement\nJules",
    "Hallo,\n\neine Frage: wenn die Synchronisierung nicht klappt, kann man dann eine Erstattung "
    "bekommen? Wir entscheiden gerade.\n\nGrüße\nJonas",
])
def test_asking_if_money_back_is_possible_under_a_condition_is_a_policy_question(body):
    found = read(body)
    assert found.intents == set()
    assert any("policy question" in note for note in found.notes)


@pytest.mark.parametrize("body", [
    # a problem stated, no condition: the same question asks
    "Hi,\n\nThe dashboard has been down since Monday. Is it possible to get a refund for this month?\n\n"
    "Thanks\nKiran",
    "Hola,\n\nya no usamos la herramienta desde agosto. ¿Se puede pedir el reembolso del último pago?\n\n"
    "Saludos\nLucía",
    "Olá,\n\njá não usamos a plataforma desde agosto. É possível pedir o reembolso do último pagamento?\n\n"
    "Cumprimentos\nRita",
    "Bonjour,\n\nnous n'utilisons plus l'outil depuis août. Peut-on obtenir le remboursement du dernier "
    "paiement ?\n\nCordialement\nJules",
    "Hallo,\n\nwir nutzen das Tool seit August nicht mehr. Kann man eine Erstattung der letzten Zahlung "
    "bekommen?\n\nGrüße\nJonas",
])
def test_the_same_question_after_a_stated_problem_asks(body):
    assert "refund" in read(body).intents


# -- a legal word in the customer's own name --------------------------------------------------------

@pytest.mark.parametrize("body, sender", [
    ("Bonjour,\n\nle compte est enregistré sous claire@roux-avocats.fr et j'ai été débitée deux fois le "
     "12/09, merci de rembourser le doublon.\n\nClaire Roux", "claire.roux@gmail.com"),
    ("Hi,\n\nOur account email is accounts@mehta-lawyers.in. We were charged twice on the 4th, please "
     "refund the second charge.\n\nRegards\nA. Mehta", "a.mehta@gmail.com"),
    ("Hola,\n\nsolicitamos el reembolso de la cuota de la web de Ortega y Ruiz Abogados, pagada dos veces "
     "el día 5.\n\nSaludos\nDespacho Ortega", "admin@ortegaruiz.es"),
    ("Olá,\n\npedimos o reembolso da cobrança em duplicado da conta Sousa & Pinto Advogados.\n\n"
     "Cumprimentos\nEscritório Sousa", "geral@sousapinto.pt"),
])
def test_a_legal_word_in_the_customers_own_name_is_no_threat(body, sender):
    found = read(body, sender=sender)
    assert found.dispute is None
    assert "refund" in found.intents


@pytest.mark.parametrize("body, sender", [
    ("Bonjour,\n\nsans réponse sous 8 jours, je transmets le dossier à mon avocat.\n\nClaire",
     "claire.roux@gmail.com"),
    ("Hi,\n\nRefund the double charge or I will hand this to Baker Lawyers.\n\nRegards\nA. Mehta",
     "a.mehta@gmail.com"),
    # the customer's surname in a personal address: maybe a firm they hire, so still a threat
    ("Hi,\n\nRefund the double charge or I will hand this to Mehta Lawyers.\n\nRegards\nA. Mehta",
     "a.mehta@gmail.com"),
    ("Hola,\n\nsi no nos devuelven el cargo, nuestros Abogados tomarán medidas.\n\nSaludos\nDespacho Ortega",
     "admin@ortegaruiz.es"),
    ("Bonjour,\n\nremboursez le doublon, sinon je saisis mon avocat.De plus je résilie.\n\nClaire",
     "claire.roux@gmail.com"),
])
def test_a_lawyer_named_as_a_threat_stays_c4(body, sender):
    assert read(body, sender=sender).dispute is not None


def test_the_own_name_predicates():
    low = "write to info@garcia-abogados.es or see www.garcia-abogados.es; mon avocat.de plus"
    at = low.find("abogados")
    assert in_an_address(low, at, at + 8)
    at = low.find("abogados", at + 1)
    assert in_an_address(low, at, at + 8)
    at = low.find("avocat")
    assert not in_an_address(low, at, at + 6)
    text = "del proyecto Ortega y Ruiz Abogados, pagado"
    at = text.find("Abogados")
    assert names_the_sender_firm(text, at, at + 8, "admin@ortegaruiz.es")
    assert not names_the_sender_firm(text, at, at + 8, "ortega.ruiz@gmail.com")
    text = "hablaré con mi abogado"
    at = text.find("abogado")
    assert not names_the_sender_firm(text, at, at + 7, "ortega@ortega.es")


# -- a refund demanded by a deadline ----------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hello,\n\nYou took the wrong amount on the 2nd. Without a refund within 3 days I will raise a chargeback.\n\n"
    "Regards\nKiran",
    "Hola,\n\nel importe cobrado no es correcto. Sin devolución en 72 horas, abriré un contracargo.\n\n"
    "Saludos\nLucía",
    "Olá,\n\no valor cobrado está errado. Sem estorno até segunda, faço chargeback no banco.\n\n"
    "Cumprimentos\nRita",
    "Bonjour,\n\nle montant débité est faux. Sans remboursement d'ici lundi, je fais opposition.\n\n"
    "Cordialement\nJules",
    "Hallo,\n\nder Betrag ist falsch. Ohne Erstattung innerhalb einer Woche veranlasse ich eine Rückbuchung.\n\n"
    "Grüße\nJonas",
    "Namaste,\n\nmaine 3 tareekh ko payment kiya tha aur amount galat kaata gaya hai. Agle 2 din mein refund "
    "nahi mila to main bank mein chargeback kar dunga.\n\nDhanyavaad\nRavi",
])
def test_a_refund_demanded_by_a_deadline_is_asked(body):
    found = read(body)
    assert "refund" in found.intents
    assert found.dispute is not None


@pytest.mark.parametrize("body", [
    "Hola,\n\ncancelen la suscripción, sin reembolso, lo entiendo perfectamente.\n\nSaludos\nLucía",
    "Bonjour,\n\nrésiliez mon abonnement, sans remboursement bien sûr.\n\nCordialement\nJules",
    "Hi,\n\nPlease cancel the plan, without any refund, that's fine.\n\nThanks\nKiran",
    # a word after the decline that is no deadline ("en fin de mois", "en efectivo")
    "Bonjour,\n\nrésiliez notre forfait en fin de mois, sans remboursement en contrepartie.\n\nCordialement\nJules",
    "Hola,\n\ncancelen el plan ya, sin reembolso en la tarjeta, lo entiendo.\n\nSaludos\nLucía",
])
def test_a_plain_decline_still_declines(body):
    assert read(body).intents == {"cancellation"}


def test_c4_with_an_ultimatum_and_a_cancellation_reads_both():
    body = ("Messieurs,\n\nle prélèvement du 4 ne correspond pas au prix convenu. Sans remboursement sous "
            "une semaine, je saisis mon avocat. Résiliez aussi notre abonnement.\n\nJ. Morel")
    found = read(body)
    assert found.intents == {"refund", "cancellation"}
    assert found.dispute is not None


# -- a wish that the plan end with its term, or that it not be let renew -----------------------------

@pytest.mark.parametrize("body", [
    "Hi,\n\nWe're winding the project down. I'd like our subscription to end when the current term is over."
    "\n\nThanks\nKiran",
    "Hi,\n\nPlease don't let my membership auto-renew next quarter.\n\nThanks\nKiran",
    "Hola,\n\nqueremos que nuestra suscripción termine con el periodo actual, gracias.\n\nSaludos\nLucía",
    "Hola,\n\npor favor, no permitan que el plan se renueve otra vez.\n\nSaludos\nLucía",
    "Olá,\n\nqueremos que a nossa assinatura termine com o período atual, obrigado.\n\nCumprimentos\nRita",
    "Olá,\n\npor favor não deixem o plano renovar outra vez.\n\nCumprimentos\nRita",
    "Bonjour,\n\nnous voudrions que notre abonnement prenne fin avec la période en cours.\n\nCordialement\nJules",
    "Bonjour,\n\nne laissez pas notre forfait se reconduire cette année.\n\nCordialement\nJules",
    "Hallo,\n\nwir möchten, dass unser Abonnement mit der laufenden Periode endet.\n\nGrüße\nJonas",
])
def test_a_wish_that_the_plan_end_asks_to_cancel(body):
    assert read(body).intents == {"cancellation"}


@pytest.mark.parametrize("body", [
    # the wish negated: the customer wants to stay
    "Hi,\n\nI don't want our subscription to end, please just update the billing address.\n\nThanks\nKiran",
    "Hola,\n\nno queremos que nuestra suscripción termine, solo cambien la dirección.\n\nSaludos\nLucía",
    "Olá,\n\nnão queremos que a nossa assinatura termine, só mudem a morada.\n\nCumprimentos\nRita",
    "Bonjour,\n\nnous ne voudrions pas que notre abonnement prenne fin, changez juste l'adresse.\n\n"
    "Cordialement\nJules",
    "Hallo,\n\nwir möchten nicht, dass unser Abonnement endet, bitte nur die Adresse ändern.\n\nGrüße\nJonas",
])
def test_the_negated_wish_asks_for_no_cancellation(body):
    assert "cancellation" not in read(body).intents
