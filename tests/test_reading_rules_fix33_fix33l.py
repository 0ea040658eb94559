"""Rules of fix33l (issue 9): readings earlier passes left, each with sentences of its own (none copied from any round
or from the phrasebook).

1. A withdrawal negated ("please don't forget my refund", "no olviden mi solicitud de reembolso", "vergessen Sie die
   Rückerstattung nicht", "refund request ignore mat kijiye") is a reminder: the refund request stands
   (``intents.refund_kept``, every pack); the withdrawal itself still asks nothing.
2. Cancelling told as not needed with its object between ("Cancelling our monthly plan isn't necessary", "Résilier
   l'abonnement n'est pas nécessaire"; ``intents.cancellation_unneeded``) adds no cancellation.
3. A charge named as the object before "cancel" (hi "doosri transaction cancel karke", de "die zweite Abbuchung
   stornieren"; ``intents.charge_cancelled``) is a refund of it, not a cancellation.
4. Access told as no longer needed ("wir brauchen keinen Zugriff mehr", "we need no access any more";
   ``reasons.access_unneeded``) is no access failure.
5. An objection to the business's cancellation ("Gegen Ihre Kündigung lege ich Widerspruch ein";
   ``intents.cancellation_contested``) is no cancellation request: the email reads as asking nothing ("other", a
   person reads it) with a note.
6. A doubt opening the clause of a cancellation word reaches it however long the words between ("I am considering
   whether or not, given the price rise, we should cancel"; ``intents.undecided``).
7. Access, files, a domain or data given back (es "¿nos pueden devolver el acceso?", pt "podem devolver os arquivos?";
   ``intents.refund_not_money``) is no refund.
8. The site's support or maintenance ended in the first person (pt "encerramos o suporte do site", "rescindimos a
   manutenção ... a partir de outubro", es "terminamos el soporte", fr "nous arrêtons le support") is a cancellation.
9. ``IntentReading._asks`` keeps its ``start`` argument for every intent word (a sentence's start has its own name).
"""

from __future__ import annotations

import pytest

from tests.helpers import ist, read_body


def intents(body: str, subject: str = "Hello", brand: str = "lo") -> set:
    return set(read_body(body, subject=subject, brand=brand).intents)


# -- 1. a negated withdrawal is a reminder ---------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hello, please don't forget about our refund, the dashboard is still down.",
    "Hi, do not forget my refund request from last week, nothing has changed.",
    "Hola, no se olviden del reembolso, la plataforma sigue caída.",
    "Hola, por favor no olviden nuestra solicitud de reembolso de la semana pasada.",
    "Olá, não esqueçam o reembolso, a plataforma continua fora do ar.",
    "Bonjour, merci de ne pas oublier le remboursement, la plateforme est toujours en panne.",
    "Hallo, vergessen Sie bitte unsere Rückerstattung nicht, das Dashboard geht immer noch nicht.",
    "Hallo, ignorieren Sie meine Erstattungsanfrage nicht, es ist weiterhin kaputt.",
    "Hallo, bitte die Erstattung nicht vergessen, es geht immer noch nicht.",
    "Namaste, hamari refund request ignore mat kijiye, dashboard abhi bhi band hai.",
    "Namaste, mera refund request ignore mat karna, problem wahi hai.",
])
def test_a_negated_withdrawal_keeps_the_refund_request(body):
    assert "refund" in intents(body, subject="Re: Dashboard down")


@pytest.mark.parametrize("body", [
    "Hello, it is working again, so forget my refund request. Thanks",
    "Hola, ya va bien. Olvídense del reembolso, gracias.",
    "Olá, já funciona. Esqueçam o reembolso, obrigado.",
    "Bonjour, ça remarche. Oubliez le remboursement, merci.",
    "Hallo, es geht wieder. Vergessen Sie die Rückerstattung, danke.",
    "Namaste, sab chal raha hai. Refund request ignore kar dijiye.",
    "Namaste, refund mat kijiye, sab sahi chal raha hai.",
])
def test_a_withdrawal_still_asks_nothing(body):
    assert intents(body, subject="Re: Dashboard down") == set()


# -- 2. cancelling told as not needed, its object between ------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hi, please refund the payment of Monday. Cancelling our monthly plan isn't necessary yet.",
    "Hi, please refund the payment of Monday. Cancelling the whole annual subscription is not necessary.",
    "Bonjour, remboursez le paiement de lundi svp. Résilier notre abonnement mensuel n'est pas nécessaire.",
    "Hola, reembolsen el pago del lunes por favor. Cancelar nuestra suscripción mensual no hace falta.",
    "Hola, reembolsen el pago del lunes por favor. Dar de baja el plan anual no es necesario.",
    "Olá, reembolsem o pagamento de segunda. Cancelar a nossa assinatura mensal não precisa.",
    "Hallo, bitte erstatten Sie die Zahlung vom Montag. Die Kündigung des Vertrags ist nicht nötig.",
])
def test_cancelling_with_its_object_told_unneeded_adds_none(body):
    assert intents(body) == {"refund"}


@pytest.mark.parametrize("body", [
    "Hi, please cancel the SEO add-on, which is not needed any more.",
    "Hi, please cancel the subscription that is no longer needed.",
    "Bonjour, résiliez l'option SEO, elle n'est pas nécessaire.",
    "Hola, cancelen el módulo extra que no es necesario.",
    "Olá, cancelem o módulo extra que não é necessário.",
    "Hallo, kündigen Sie die Option, die nicht nötig ist.",
    "Hi, cancelling the plan is necessary now, please do it.",
])
def test_a_cancellation_asked_beside_not_needed_still_cancels(body):
    assert "cancellation" in intents(body)


# -- 3. a charge cancelled, its object first --------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Namaste, card se do baar paise kate. Doosri transaction cancel karke paise wapas kar dijiye.",
    "Namaste, do baar payment hua hai. Extra payment ko cancel kar do please.",
    "नमस्ते, दो बार पैसे कटे। दूसरा पेमेंट कैंसल करके रिफंड कर दीजिए।",
    "Hallo, Sie haben zweimal abgebucht. Bitte die doppelte Abbuchung stornieren.",
])
def test_a_charge_cancelled_object_first_is_a_refund(body):
    assert intents(body) == {"refund"}


@pytest.mark.parametrize("body", [
    "Namaste, doosri transaction ka refund kijiye aur plan bhi cancel kar dijiye.",
    "Namaste, hamara plan cancel kar dijiye.",
    "Namaste, auto payment cancel kar do.",
    "Hallo, das Abo bitte stornieren.",
    "Hallo, die zweite Abbuchung erstatten und das Abo stornieren.",
])
def test_the_plan_cancelled_beside_a_charge_still_cancels(body):
    assert "cancellation" in intents(body)


# -- 4. access no longer needed ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hallo, bitte zum Quartalsende kündigen, wir benötigen keinen Zugang mehr.",
    "Hallo, wir kündigen, denn wir brauchen keinen Zugriff mehr auf das Tool.",
    "Hallo, bitte kündigen, kein Zugriff mehr nötig.",
    "Hi, please cancel at the end of the term, we need no access any more.",
    "Hi, please cancel, no access needed now that the project is over.",
])
def test_access_no_longer_needed_is_no_access_failure(body):
    fields = read_body(body).fields
    assert fields.reason_code != "access_failure"


@pytest.mark.parametrize("body", [
    "Hallo, bitte kündigen, wir haben keinen Zugriff mehr.",
    "Hallo, seit Dienstag kein Zugang zur Plattform, bitte kündigen.",
    "Hi, please cancel, we have had no access since Tuesday.",
])
def test_no_access_told_is_still_an_access_failure(body):
    assert read_body(body).fields.reason_code == "access_failure"


# -- 5. the business's cancellation contested -------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hallo, gegen Ihre fristlose Kündigung unseres Vertrags lege ich hiermit Widerspruch ein.",
    "Hallo, wir widersprechen Ihrer Kündigung ausdrücklich.",
    "Hi, we object to your termination of our agency contract.",
    "Hi, I contest the cancellation of my account by your team.",
    "Bonjour, nous contestons votre résiliation de notre contrat.",
    "Hola, nos oponemos a su rescisión del contrato.",
    "Olá, não aceitamos o seu cancelamento do nosso contrato.",
    "Namaste, aapke cancellation ke khilaaf hum objection darj karte hain.",
])
def test_an_objection_to_our_cancellation_is_no_request(body):
    found = read_body(body)
    assert "cancellation" not in found.intents
    assert any("objection" in note for note in found.notes)


@pytest.mark.parametrize("body", [
    "Hi, I object to your cancellation fee, and please cancel my plan.",
    "Hallo, ich kündige hiermit meinen Vertrag zum Monatsende.",
    "Bonjour, je conteste les frais, veuillez résilier mon contrat.",
    "Hola, quiero dar de baja mi contrato.",
])
def test_a_cancellation_asked_beside_an_objection_still_cancels(body):
    assert "cancellation" in intents(body)


# -- 6. undecided however long the clause ----------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Bonjour, nous ne savons pas encore très bien si, après la fin de la saison, nous allons résilier.",
    "Hi, I am considering whether or not, given the new prices, we should cancel the subscription.",
    "Hi, we are still debating whether, after the summer and the office move, we will cancel the plan.",
    "Hallo, wir überlegen gerade, ob wir nach dem Sommer und dem Umzug den Vertrag kündigen.",
    "Hola, estamos valorando si, con los nuevos precios y la mudanza de la oficina, cancelamos la suscripción.",
    "Olá, estamos avaliando se, com os novos preços e a mudança do escritório, cancelamos a nossa assinatura.",
    "Namaste, hum abhi soch rahe hain ki agle mahine se plan cancel karein ya nahi.",
])
def test_a_long_doubt_before_the_verb_asks_nothing(body):
    assert intents(body) == set()


@pytest.mark.parametrize("body", [
    "Hi, I'm not sure if my last email reached you, please cancel our plan.",
    "Hi, I was considering whether to stay. Please cancel our plan.",
    "Hallo, ich weiß nicht, ob Sie meine Mail bekommen haben, bitte kündigen Sie den Vertrag.",
    "Bonjour, je ne sais pas si vous avez reçu mon mail, svp résiliez l'abonnement.",
    "Hola, no sé si recibieron mi correo, por favor cancelen el plan.",
    "Namaste, soch rahe the ki rukein, par ab please plan cancel kar dijiye.",
])
def test_an_ask_after_a_doubt_still_cancels(body):
    assert "cancellation" in intents(body)


# -- 7. access, files or a domain given back --------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hola, ¿nos pueden devolver el acceso a la cuenta de administrador?",
    "Hola, por favor devuélvanme los archivos del sitio.",
    "Hola, ¿nos pueden devolver el dominio de la tienda?",
    "Olá, vocês podem devolver o acesso ao painel?",
    "Olá, podem nos devolver os arquivos do site antigo?",
])
def test_giving_back_what_is_no_money_is_no_refund(body):
    assert intents(body) == set()


@pytest.mark.parametrize("body", [
    "Hola, ¿nos pueden devolver la cuota de septiembre?",
    "Hola, ¿nos pueden devolver el acceso y también el dinero cobrado?",
    "Hola, devuélvanme el pago del dominio.",
    "Olá, podem devolver a mensalidade de setembro?",
    "Olá, devolvam o valor do domínio, por favor.",
])
def test_money_given_back_is_still_a_refund(body):
    assert "refund" in intents(body)


# -- 8. the site's support or maintenance ended -----------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Olá, encerramos o suporte técnico do nosso site.",
    "Olá, rescindimos a manutenção da loja online a partir de novembro.",
    "Hola, terminamos el soporte de la web a partir de noviembre.",
    "Hola, rescindimos el soporte técnico a partir del mes que viene.",
    "Bonjour, nous arrêtons le support du site à partir de novembre.",
])
def test_the_sites_support_ended_is_a_cancellation(body):
    assert "cancellation" in intents(body, brand="owd")


@pytest.mark.parametrize("body", [
    "Olá, rescindimos a manutenção em 2023 com outra agência.",
    "Olá, o suporte do site foi ótimo, obrigado.",
    "Hola, el soporte de la web fue excelente.",
    "Bonjour, le support ne répond pas depuis trois jours.",
])
def test_support_named_without_ending_it_cancels_nothing(body):
    assert "cancellation" not in intents(body, brand="owd")


# -- 9. _asks keeps its start ------------------------------------------------------------------------------------------

def test_asks_keeps_its_start_for_every_intent_word(monkeypatch):
    """White-box: the intent words are read in any order and the sentence of a later word may reach back before
    ``start`` (a wrapped reply subject); a word before ``start`` is skipped whatever was read before it.  Before
    fix33l the sentence's start overwrote ``start`` and the subject's request below was read as asked."""
    from mailbot.reading import intents as module
    from tests.helpers import _reader

    reader = _reader("leadsoptima")
    said = "cancel my plan\nif we cancel in march, would we get the rest back?"
    start = said.index("\n")
    scan = reader.patterns.main.scan(said)
    words = list(scan.finditer("cancellation", len(said)))
    assert [m.start() for m in words] == [0, said.index("cancel in")]

    class Reversed:  # the same scan, its cancellation words handed out last first
        def __getattr__(self, name):
            return getattr(scan, name)

        def finditer(self, name, end=None):
            found = list(scan.finditer(name, end))
            return iter(found[::-1] if name == "cancellation" else found)

    real = module.sentence_bounds

    def bounds(text, index, *args, **kwargs):  # the hypothetical sentence reaches back over the subject line
        return (0, real(text, index, *args, **kwargs)[1]) if index > start else (0, start)

    monkeypatch.setattr(module, "sentence_bounds", bounds)
    active = frozenset(reader.patterns.languages)
    assert reader._asks(Reversed(), "cancellation", said, [], active, start + 1) == "hypothetical"


# -- end to end: an objection to our cancellation approves nothing ---------------------------------------------------

def _decide(body: str):
    from mailbot.clock import FixedClock
    from mailbot.pipeline import Triage
    from tests.helpers import LO_ADDRESS, config, inbound, ledger

    cfg = config()
    data = {"customers": [{"brand": "leadsoptima", "email": "nora@example.com", "name": "Nora", "plan": "monthly",
                           "status": "active", "trial_ends": None, "current_period_start": "2025-09-05",
                           "current_period_end": "2025-10-04"}], "projects": [], "payments": []}
    triage = Triage(cfg, ledger(data, cfg), FixedClock(ist(2025, 9, 12, 9, 0)))
    return triage.decide([inbound("nora@example.com", LO_ADDRESS, "Your cancellation notice", ist(2025, 9, 12, 9, 0),
                                  body)])


def test_an_objection_to_our_cancellation_approves_nothing():
    result = _decide("Hello,\n\nI object to your cancellation of my monthly plan: we use the tool every day and "
                     "want to keep it.\n\nNora")
    assert result.verdict.decisions == []
    assert not any(d.intent == "cancellation" for d in result.verdict.decisions)


def test_a_cancellation_asked_is_still_decided():
    result = _decide("Hello,\n\nplease cancel my monthly plan, we have moved to another tool.\n\nNora")
    assert any(d.intent == "cancellation" for d in result.verdict.decisions)
