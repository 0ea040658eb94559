"""Rules of fix43x behind fresh31's and fresh32's cross-language misses, each family with sentences of its own (none
copied from the rounds), in at least two languages, and a negative that must keep reading as before.

- A. A question before buying is a policy question (section 8, hypotheticals): more shapes of ``intents.before_buying``
  (a question led in by the payment or the plan still to come, "Before paying: ...?", "Antes de pagar: ...?", "Avant de
  prendre l'abonnement : ...?", "Vor der Buchung: ...?"; the weighing with its subject left before "and", "we are a
  club and are thinking of taking your plan", "wir sind ein Verein und überlegen, das Abo abzuschließen"; a condition
  of buying in the present, "se eu pago o sinal", "agar hum aapka plan lein").  Paying an invoice or a renewal names no
  purchase: a cancellation asked there still asks.
- B. A refund or a cancellation negated in colloquial forms adds nothing (section 8, negation): French without "ne"
  ("on veut pas de remboursement"), a cancellation negated with money back joined by "or" ("not closing the account or
  after any money back"), "no question of" / "ka koi sawal nahi", "de reembolso nada", "não tô pedindo reembolso",
  "Erstattung brauch ich keine".  A request beside the negation still asks.
- C. A plan named only as one of two alternatives ("no idea which plan, monthly or yearly", "mahine wala ya saal wala")
  is not stated (``labels.plan_or``): with a ledger record that holds no plan and no charges, C3 asks for the plan.  A
  plan stated once, or "from monthly to annual", reads as before.
"""

from __future__ import annotations

import pytest

from tests.helpers import read_body


def intents(body: str, subject: str = "Hello", brand: str = "lo") -> set:
    return set(read_body(body, subject=subject, brand=brand).intents)


# -- A. a question before buying ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("brand, subject, body", [
    ("owd", "Deposit", "Hello,\n\nI'd love a small site for my pottery studio. Before paying anything: if the first "
                       "draft is awful, could I back out and get the deposit returned? And can the hosting be "
                       "cancelled after a year?\n\nBest,\nMaya"),
    ("lo", "Question", "Hi,\n\nWe are a rowing club and are thinking of taking your quarterly plan for the season. "
                       "Could we cancel early if the committee says no?\n\nTom"),
    ("lo", "consulta", "Hola:\n\nAntes de tomar el plan trimestral: si no nos sirve, ¿se puede cancelar antes de "
                       "tiempo y recuperar algo?\n\nSaludos,\nPaco"),
    ("owd", "Sinal", "Olá,\n\nSe a gente paga o sinal agora e o cliente desiste do evento, dá para pedir o dinheiro de "
                     "volta? E a manutenção mensal, pode-se cancelar quando quiser?\n\nAbraço,\nRita"),
    ("lo", "Question", "Bonjour,\n\nNous sommes un club de randonnée et envisageons de prendre votre formule "
                       "annuelle. Pourrait-on résilier en cours d'année si les adhérents ne suivent pas ?\n\nMarc"),
    ("lo", "Frage", "Hallo,\n\nwir sind ein kleiner Sportverein und überlegen, das Quartalsabo abzuschließen. Kann man "
                    "das vorzeitig kündigen, falls der Vorstand dagegen ist?\n\nGruß\nJens"),
    ("lo", "Frage", "Hallo,\n\nvor der Buchung noch eine Frage: bekommen wir Geld zurück, wenn die Schnittstelle nicht "
                    "läuft?\n\nGruß\nJens"),
    ("lo", "sawal", "Namaste,\n\nAgar hum aapka annual plan lein aur team ko pasand na aaye to kya refund milega? Aur "
                    "beech mein cancel ho sakta hai?\n\nRavi"),
])
def test_a_question_before_buying_asks_nothing(brand, subject, body):
    assert intents(body, subject, brand) == set()


@pytest.mark.parametrize("body, expected", [
    ("Hi, before paying the renewal invoice, can you cancel my plan?", {"cancellation"}),
    ("Olá, antes de pagar a renovação, podem cancelar o meu plano?", {"cancellation"}),
    ("Bonjour, avant de payer la facture de renouvellement, pouvez-vous résilier mon abonnement ?", {"cancellation"}),
    ("Hallo, bevor ich die nächste Rechnung bezahle: können Sie meinen Vertrag kündigen?", {"cancellation"}),
    ("Hi, we are a charity and are thinking of taking your annual plan. Please cancel our old monthly account.",
     {"cancellation"}),
])
def test_paying_an_invoice_or_an_imperative_beside_a_prospect_still_asks(body, expected):
    assert intents(body) == expected


# -- B. a refund or a cancellation negated in colloquial forms ---------------------------------------------------------

@pytest.mark.parametrize("brand, body", [
    ("lo", "Bonjour,\n\nc'est réglé, l'export remarche. On veut pas de remboursement, merci pour la réactivité.\n\nLéa"),
    ("lo", "Bonjour,\n\nJe réclame pas de remboursement hein, je voulais juste signaler le bug.\n\nLéa"),
    ("owd", "Hi,\n\nWe're not closing the account or after any money back, all fine. Could you resend the June invoice "
            "with our new address?\n\nCheers,\nKev"),
    ("lo", "Hi,\n\nNo question of cancelling or a refund, I only need the receipt for March.\n\nKev"),
    ("lo", "Namaste,\n\nRefund ya cancel ka koi sawal nahi hai, bas GST invoice dobara bhej dijiye.\n\nAmit"),
    ("lo", "Namaste,\n\nCancel karne ki koi zaroorat nahi, sab theek chal raha hai.\n\nAmit"),
    ("lo", "Hola,\n\nDe reembolso nada, que ya funciona todo; solo quería la factura con el CIF nuevo.\n\nPepe"),
    ("lo", "Oi,\n\nNão tô pedindo estorno nenhum, só preciso da nota fiscal de agosto.\n\nBia"),
    ("lo", "Hallo,\n\nGeld zurück will ich gar nicht, ich brauche nur die Rechnung mit neuer Anschrift.\n\nUwe"),
])
def test_a_colloquial_negation_asks_nothing(brand, body):
    assert intents(body, "Invoice", brand) == set()


@pytest.mark.parametrize("body, expected", [
    ("Je veux pas attendre le remboursement, remboursez-moi le doublon svp.", {"refund"}),
    ("We're not cancelling yet, but please refund the duplicate charge.", {"refund"}),
    ("Plan cancel kar dijiye, refund ka koi sawal nahi hai.", {"cancellation"}),
    ("Não recebi reembolso nenhum, devolvam o valor da cobrança duplicada.", {"refund"}),
    ("Kündigen will ich nicht, aber die doppelte Abbuchung bitte erstatten.", {"refund"}),
])
def test_a_request_beside_a_colloquial_negation_still_asks(body, expected):
    assert intents(body) == expected


# -- C. a plan named only as one of two alternatives -------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "I'm not sure what we pay for, monthly or annual.",
    "No sé si es el plan mensual o anual.",
    "Não sei se é mensal ou anual.",
    "Je ne sais pas si c'est mensuel ou annuel.",
    "Keine Ahnung, monatlich oder jährlich.",
    "Pata nahi mahine wala ya saal wala plan hai.",
    "Was it quarterly / annual? Can't remember.",
])
def test_a_plan_named_as_one_of_two_alternatives_is_not_stated(body):
    assert read_body(body).fields.plan is None


@pytest.mark.parametrize("body, plan", [
    ("We moved from monthly to annual in May.", "monthly"),
    ("We are on the annual plan (or was it quarterly?).", "annual"),
    ("Hum saal wale plan pe hain.", "annual"),
    ("Nuestro plan es anual.", "annual"),
])
def test_a_plan_stated_reads_as_before(body, plan):
    assert read_body(body).fields.plan == plan


def _cancel(body: str, subject: str = "Account"):
    from datetime import timedelta

    from mailbot.clock import FixedClock
    from mailbot.pipeline import Triage
    from tests.helpers import LO_ADDRESS, config, inbound, ist, ledger
    cfg = config()
    when = ist(2025, 9, 30, 10, 0)
    data = {"customers": [{"brand": "leadsoptima", "email": "nora@example.com", "name": "Nora", "plan": None,
                           "status": "active", "trial_ends": None, "current_period_start": None,
                           "current_period_end": None}], "payments": []}
    triage = Triage(cfg, ledger(data, cfg), FixedClock(when + timedelta(hours=1)))
    return triage.decide([inbound("nora@example.com", LO_ADDRESS, subject, when, body + "\n\nNora")]).verdict


@pytest.mark.parametrize("subject, body", [
    ("Shutting down", "Hi, the previous director opened this account and I can't tell whether it's monthly or "
                      "yearly. We are winding the company up, so please cancel it."),
    ("band karna hai", "Namaste, account purane partner ne khola tha, pata nahi mahine wala ya saal wala. Dukaan band "
                       "ho rahi hai, kripya account cancel kar dijiye."),
    ("Baja", "Hola, la cuenta la abrió el antiguo gerente y no sé si es mensual o anual. Cerramos, cancelen la "
             "suscripción por favor."),
])
def test_a_cancellation_with_the_plan_only_guessed_asks_for_it(subject, body):
    verdict = _cancel(body, subject)
    assert verdict.status == "need_info" and verdict.missing == ["plan"]


def test_a_cancellation_with_one_plan_stated_is_decided():
    verdict = _cancel("Hi, please cancel our yearly plan, we are winding the company up.")
    assert verdict.status == "decided"


@pytest.mark.parametrize("subject, body", [
    ("Closing our account", "Hi, we took over the café and found an old login. We don't need it, so please close it "
                            "down."),
])
def test_an_account_closed_by_a_pronoun_is_a_cancellation(subject, body):
    assert intents(body, subject) == {"cancellation"}


def test_a_shop_closing_down_asks_nothing():
    assert intents("Hi, the shop next door is closing down, do you know a good printer?", "Question") == set()
