"""Rules of fix42x behind fresh29's and fresh30's cross-language misses, each family with sentences of its own (none
copied from the rounds), in at least two languages, and a negative that must keep reading as before.

- A. A question before buying is a policy question (section 8, hypotheticals): an email that tells the customer has
  not bought yet (``intents.before_buying``: weighing the business or one of its plans for a team or a project, a
  condition of buying, "if we took the annual plan", "si lo compro", "se eu pagar o sinal", a question asked "before we
  sign") asks nothing in its questions, and a subject naming the refund as the topic ("Refund terms", "Condiciones de
  reembolso") over such a body names the topic of the questions (IntentReading._asks).  An imperative, a refund of a
  charge already made or a cancellation asked beside it still asks.
- A'. A sign-off line with an intensifier ("Thanks so much,", "Mil gracias,", "Un grand merci,") ends the request: the
  name or footer under it is no dispute word and no request.
- B. A past refund acknowledged or a refund no longer needed asks nothing: a receipt told with its verb first and a
  place between ("ya nos llegó a la tarjeta la devolución", "chegou ontem no cartão o estorno"), a refund the business
  made told with "vosotros", the perfect or a time ("nos devolvisteis", "foi feito mês passado"), and a refund said
  no longer needed with the noun first or an adverb between ("le remboursement n'est donc plus nécessaire", "die
  Erstattung ist also nicht mehr nötig").  A receipt still awaited, or a refund still needed, asks.
"""

from __future__ import annotations

import pytest

from tests.helpers import read_body


def intents(body: str, subject: str = "Hello", brand: str = "lo") -> set:
    return set(read_body(body, subject=subject, brand=brand).intents)


# -- A. a question before buying ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("brand, subject, body", [
    ("lo", "Quick question", "Hello, we're evaluating your CRM for our sales team. If we signed up for the annual plan "
                             "and the import failed, would we get our money back?"),
    ("owd", "Pricing", "Hi! I'm looking at your starter package for my bakery. Suppose I pay the deposit and then my "
                       "partner says no, could I get it refunded?"),
    ("lo", "Plans", "Hi,\n\nBefore we sign up: would a refund be possible if the tool does not fit us?\n\nThanks"),
    ("lo", "consulta", "Buenas, estamos pensando en su plan anual para la oficina. Si lo contratamos y al mes no nos "
                       "convence, ¿nos reembolsan?"),
    ("owd", "presupuesto", "Hola, si pago el anticipo de la web y luego cambio de opinión, ¿me devuelven algo?"),
    ("owd", "orçamento", "Olá! Se a gente contratar o pacote completo e depois desistir, vocês reembolsam o sinal?"),
    ("lo", "question", "Bonjour, nous envisageons votre formule annuelle. Si nous prenons l'abonnement et que ça ne "
                       "marche pas, serons-nous remboursés ?"),
    ("lo", "Frage", "Hallo, wenn wir das Jahresabo buchen und es passt nicht, bekommen wir dann das Geld zurück?"),
])
def test_a_question_before_buying_asks_nothing(brand, subject, body):
    assert intents(body, subject, brand) == set()


@pytest.mark.parametrize("brand, subject, body", [
    ("owd", "Refund terms", "Hi, we're considering your agency for a new shop site. Before we commit: what if the "
                            "design is not what we hoped, does any of the deposit come back?"),
    ("lo", "Condiciones de reembolso", "Hola, estamos pensando en el plan mensual. Si lo compro y no me sirve, "
                                      "¿hay forma de recuperar el dinero?"),
    ("owd", "Reembolso - antes de contratar", "Oi, antes de contratar: se eu pagar a entrada e o projeto não andar, "
                                              "vocês devolvem?"),
])
def test_a_refund_topic_over_a_prospects_question_asks_nothing(brand, subject, body):
    assert intents(body, subject, brand) == set()


@pytest.mark.parametrize("brand, subject, body, expected", [
    ("lo", "Refund request", "Hi, we are thinking about your annual plan for next year. But first, please refund the "
                             "duplicate charge from March.", {"refund"}),
    ("lo", "Refund terms", "Hi, I bought the annual plan in June and it never worked for our team. Please refund me.",
     {"refund"}),
    ("lo", "Hello", "If we took the annual plan, could we get a refund? Also, please cancel my current monthly plan.",
     {"cancellation"}),
    ("lo", "Reembolso", "Hola, estamos pensando en el plan anual, pero antes devuélvanme el cobro doble de marzo.",
     {"refund"}),
    ("owd", "Reembolso do sinal", "Olá, paguei o sinal em agosto e desisti do projeto porque a loja fechou. Quero o "
                                  "reembolso do sinal.", {"refund"}),
])
def test_a_request_beside_or_after_buying_still_asks(brand, subject, body, expected):
    assert intents(body, subject, brand) == expected


# -- A'. a sign-off with an intensifier --------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hi, what are your opening hours for support calls?\n\nThank you very much,\nSue Patel",
    "Hi, do you have a webinar on lead scoring this month?\n\nThanks a lot!\nSue",
])
def test_a_name_under_an_intensified_thanks_is_no_dispute(body):
    found = read_body(body)
    assert found.dispute is None and set(found.intents) == set()


@pytest.mark.parametrize("body", [
    "Hola, ¿tienen un webinar sobre automatizaciones este mes?\n\nMil gracias,\nLucía\nResponsable de reembolsos y "
    "devoluciones",
    "Bonjour, avez-vous une formation sur les relances ce mois-ci ?\n\nUn grand merci,\nLéa\nService remboursements",
])
def test_a_footer_under_an_intensified_thanks_asks_nothing(body):
    assert intents(body) == set()


def test_a_request_before_an_intensified_thanks_still_asks():
    assert intents("Hi, the dashboard has not loaded for ten days, please refund this month.\n\nThanks so much,\n"
                   "Sue") == {"refund"}


# -- B. a past refund acknowledged, a refund no longer needed ----------------------------------------------------------

@pytest.mark.parametrize("subject, body", [
    ("Re: cobro repetido", "Hola, ayer entró en la cuenta el reintegro del cargo repetido. ¡Gracias!"),
    ("Re: cobro repetido", "Hola, ya se reflejó en el extracto la devolución, todo bien."),
    ("Re: cobrança repetida", "Oi, caiu hoje na minha conta o reembolso da cobrança repetida. Valeu!"),
    ("Re: prélèvement en double", "Bonjour, est bien arrivé ce matin sur notre compte le remboursement, merci."),
    ("Gracias", "Hola, solo para deciros que la semana pasada nos reembolsasteis la cuota cobrada dos veces. Todo ok."),
    ("Obrigado", "Olá, o estorno da mensalidade duplicada foi feito na semana passada, já vimos no extrato."),
    ("Re: login", "Hola, ya entramos sin problema, así que la devolución ya no hace falta."),
    ("Re: login", "Olá, o acesso voltou; o estorno não é mais necessário."),
    ("Re: connexion", "Bonjour, la connexion remarche : nous n'avons du coup plus besoin de remboursement."),
    ("Re: Login", "Hallo, alles läuft wieder, die Rückerstattung ist damit nicht mehr nötig."),
])
def test_a_past_or_unneeded_refund_asks_nothing(subject, body):
    assert intents(body, subject) == set()


@pytest.mark.parametrize("subject, body", [
    ("Re: cobro repetido", "Hola, todavía no entró en la cuenta el reintegro del cargo repetido."),
    ("Re: cobro repetido", "Hola, aún no nos habéis devuelto el cargo repetido, devolvédnoslo por favor."),
    ("Re: cobrança repetida", "Oi, ainda não caiu na conta o reembolso da cobrança repetida."),
    ("Re: login", "Hola, seguimos sin poder entrar: el reembolso es necesario."),
    ("Re: Login", "Hallo, der Login geht immer noch nicht, die Erstattung ist weiterhin nötig."),
])
def test_a_refund_still_awaited_or_needed_still_asks(subject, body):
    assert intents(body, subject) == {"refund"}
