"""Reading rules generalised from the fresh round's misses (fix9), each with sentences of its own (not
copied from any round): hard-wrapped lines, ASCII spellings of German umlauts, a reply that points to
the sender's own quoted request, confirmations and signatures that are no reason, refunds already
received, French cancellation phrasings and "can I cancel at any time?" questions."""

from __future__ import annotations

import pytest

from mailbot.reading.extract import Extractor
from mailbot.reading.sentences import sentence_bounds
from tests.helpers import LO_ADDRESS, OWD_ADDRESS, config, inbound, ist

CFG = config()
LO = Extractor(CFG.brands["leadsoptima"])
OWD = Extractor(CFG.brands["optima_webdesign"])


def read(body: str, subject: str = "Hello", reader=LO, to=LO_ADDRESS, sender="nora@example.com", **headers):
    return reader.extract(inbound(sender, to, subject, ist(2025, 9, 10, 10, 0), body, **headers))


# -- a hard wrap does not end the sentence of a condition ---------------------------------

def test_a_hard_wrap_inside_a_sentence_is_joined_only_when_asked():
    text = "if the reports stay empty after the\nupgrade, would we get our money back?\n\nThanks"
    at = text.index("money")
    start, end = sentence_bounds(text, at)
    assert text[start:end].startswith("upgrade")
    start, end = sentence_bounds(text, at, wrapped=True)
    assert text[start:end].startswith("if the reports")
    assert "Thanks" not in text[start:end]


@pytest.mark.parametrize("body", [
    "Hallo,\nsollten die Berichte nach dem Wechsel leer\nbleiben, bekämen wir dann unser Geld zurück?\nGruß",
    "Bonjour,\nsi l'outil ne convient pas à notre\nagence, est-ce que je pourrais être remboursé ?\nMerci",
    "Olá,\ncaso o painel não sirva para a nossa\nequipa, teria direito a reembolso?\nObrigado",
])
def test_a_wrapped_conditional_refund_question_is_no_request(body):
    assert read(body).intents == set()


def test_a_negation_at_the_end_of_the_line_before_is_read():
    assert read("Bonjour, tout va bien, pas\nd'annulation prévue de notre côté. Merci", reader=OWD,
                to=OWD_ADDRESS).intents == set()
    # an intent word at the start of its own line is its own sentence
    assert "cancellation" in read("Not happy\nCancel my subscription today").intents


# -- German written without umlauts, and money asked back with "zurück" ----------------------

@pytest.mark.parametrize("body, intent", [
    ("hallo, ich kuendige hiermit mein abo zum naechsten termin", "cancellation"),
    ("Wir koennen uns seit Tagen nicht einloggen. Bitte die Gebuehr fuer das Quartal zurueck.", "refund"),
    ("Das Tool hilft uns nicht. Ich möchte den Betrag von 2.499,00 ₹ zurück.", "refund"),
])
def test_german_ascii_spellings_and_money_back(body, intent):
    assert intent in read(body).intents


# -- a reply that points to the sender's own quoted request ---------------------------------

def test_a_reply_saying_see_below_reads_the_senders_own_quoted_request():
    body = ("Bom dia, conforme abaixo.\n\nCumprimentos,\nRui\n\n"
            "De: Rui Faria <nora@example.com>\nEnviado: segunda-feira, 8 de setembro de 2025 10:00\n"
            "Para: support@leadsoptima.com\nAssunto: Plano\n\n"
            "Pedimos o cancelamento do plano trimestral.\n")
    found = read(body, subject="RE: Plano")
    assert found.intents == {"cancellation"}
    assert found.fields.reason is None  # the header lines and the request restated are no reason


def test_a_see_below_reply_quoting_someone_else_is_not_read_as_the_senders_request():
    body = ("Bom dia, conforme abaixo.\n\nRui\n\n"
            "De: Ana Lima <ana@another.example>\nEnviado: segunda-feira, 8 de setembro de 2025 10:00\n"
            "Assunto: Plano\n\nPedimos o cancelamento do plano trimestral.\n")
    assert read(body, subject="RE: Plano").intents == set()


def test_a_forward_notes_sign_off_does_not_hide_the_forwarded_request():
    body = ("Hola, tramitad lo de abajo por favor.\n\nUn saludo,\nPilar\n\n"
            "-----Mensaje original-----\nDe: Pilar <nora@example.com>\nEnviado el: lunes, 8 de septiembre de 2025\n\n"
            "Queremos dar de baja el plan mensual.\n")
    found = read(body, subject="RV: Plan mensual")
    assert found.intents == {"cancellation"}
    assert found.fields.reason is None


# -- confirmations and signatures are no reason --------------------------------------------

@pytest.mark.parametrize("body", [
    "Hallo, hiermit kündige ich den Wartungsvertrag für das Projekt Alpha.\nBitte bestätigt mir das kurz.\n\n"
    "Alles Liebe & Servus\nJo Berger\nAlpha Bäckerei · Hauptstraße 9 · 80331 München",
    "Hola, solicito la baja del mantenimiento del proyecto Alpha.\nPor favor confirmen la recepción.\n\n"
    "Un saludo\nJo Berger\nPanadería Alpha · Calle Mayor 9 · Madrid",
])
def test_a_request_for_confirmation_or_a_signature_is_no_reason(body):
    found = read(body, reader=OWD, to=OWD_ADDRESS)
    assert found.intents == {"cancellation"}
    assert found.fields.reason is None


# -- a refund already received is no request -----------------------------------------------

@pytest.mark.parametrize("body", [
    "Hi, the refund for the double payment came through today. Great job, no further action needed.",
    "Hola, ya recibí el reembolso del cobro duplicado. No hace falta nada más.",
    "Olá, o reembolso da cobrança em duplicado já caiu na conta. Obrigado!",
])
def test_a_refund_already_received_is_no_request(body):
    assert read(body).intents == set()


def test_charged_twice_without_wanting_the_money_back_adds_no_refund():
    assert read("You charged me twice, but I don't want a refund: keep it as credit.").intents == set()


# -- French cancellation phrasings, and the franglais verb only as a request -----------------

@pytest.mark.parametrize("body", [
    "Bonjour, merci de faire en sorte que le contrat ne soit pas reconduit en mars.",
    "Bonjour, je souhaite que mon abonnement soit résilié à la fin du mois.",
    "Bonjour, je voudrais arrêter le contrat de maintenance du site.",
    "Hello, je voudrais cancel mon abonnement, merci.",
])
def test_french_cancellation_phrasings(body):
    assert "cancellation" in read(body).intents


def test_a_french_mail_naming_the_cancel_plan_button_asks_nothing_by_it():
    assert "cancellation" not in read("Bonjour, j'ai cliqué sur Cancel Plan hier et tout est en ordre.").intents


@pytest.mark.parametrize("body", [
    "Before I subscribe: can I cancel at any time?",
    "¿Puedo cancelar el plan en cualquier momento?",
    "E posso cancelar a assinatura a qualquer momento?",
    "Est-ce que je peux résilier à tout moment ?",
    "Kann ich den Tarif jederzeit kündigen?",
])
def test_asking_whether_one_can_cancel_at_any_time_is_no_request(body):
    assert read(body).intents == set()


# -- charged for a plan the customer did not choose is a billing error (L2) -----------------

@pytest.mark.parametrize("body", [
    "I signed up for the quarterly plan but you billed me for the annual one instead. Please fix it.",
    "Tenemos contratado el plan trimestral y nos habéis cobrado el anual. Devolvednos la diferencia.",
    "Assinei o plano mensal e foi cobrado o anual. Quero o estorno, por favor.",
    "Wir haben den Monatstarif gebucht, abgebucht wurde aber der Jahrestarif. Bitte erstatten.",
])
def test_charged_for_a_plan_not_chosen_is_a_billing_error(body):
    found = read(body)
    assert found.fields.reason_code == "billing_error"
    assert "refund" in found.intents


# -- British legal threats are C4 ------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Refund me this week or my solicitors will take it from here.",
    "You will receive a letter before action on Monday unless the money is returned.",
    "I'll take this to the small claims court if I hear nothing.",
])
def test_a_british_legal_threat_is_a_dispute(body):
    assert read(body).dispute


# -- money the customer says need not come back ----------------------------------------------

@pytest.mark.parametrize("body", [
    "Queremos dar de baja el plan. No hace falta que nos devolváis nada, lo hemos usado.",
    "Queremos cancelar o plano. Não é preciso devolver nada.",
    "Merci de résilier notre abonnement, rien à nous rembourser.",
    "Bitte kündigen Sie unser Abo, es gibt nichts zu erstatten.",
    "Please cancel our plan; no need to refund anything for this month.",
])
def test_money_not_wanted_back_is_no_refund(body):
    assert read(body).intents == {"cancellation"}


def test_hinglish_after_cancelling_is_a_past_event():
    assert "cancellation" not in read("Plan cancel karne ke baad bhi paise kat gaye, wapas kijiye.").intents


# -- a forward's quoted request tells the reason the note does not ---------------------------

def test_a_forward_note_with_its_own_sentence_does_not_hide_the_forwarded_exception_reason():
    body = ("Sending this again, my first mail went to an old address by mistake.\n\nNora\n\n"
            "---------- Forwarded message ---------\nFrom: Nora <nora@example.com>\nDate: Mon, 8 Sep 2025\n"
            "Subject: renewal\n\nHi, the renewal went through twice on Friday. Please refund the second one.\n")
    found = read(body, subject="Fwd: renewal")
    assert found.intents == {"refund"}
    assert found.fields.reason_code == "duplicate_payment"


def test_a_forward_adds_the_intents_its_quoted_request_asks_for():
    body = ("Resending, no answer yet.\n\n"
            "---------- Forwarded message ---------\nFrom: Nora <nora@example.com>\nSubject: charged twice and cancel\n\n"
            "I was billed twice this month, refund the extra one. Also cancel my plan, we moved to another tool.\n")
    assert read(body, subject="Fwd: charged twice and cancel").intents == {"refund", "cancellation"}


@pytest.mark.parametrize("body", [
    "Your system took the payment twice yesterday. Please refund one of them.",
    "Die Gebühr wurde gestern doppelt von unserem Konto abgebucht. Bitte erstatten.",
])
def test_twice_apart_from_its_verb_is_a_duplicate_payment(body):
    assert read(body).fields.reason_code == "duplicate_payment"


# -- a retainer cycle paid in advance (section 8) -------------------------------------------

def test_ending_a_named_retainer_is_a_cancellation():
    assert "cancellation" in read("We are ending our SEO maintenance retainer at the end of this cycle.",
                                  reader=OWD, to=OWD_ADDRESS).intents
    assert "cancellation" not in read("Please refund the payment made at the end of the plan.").intents


@pytest.mark.parametrize("named, notice_days, outcome", [
    ("OWD-2025-014", 20, "escalate"),   # the current cycle named; the next one is already paid
    ("OWD-2025-015", 20, "escalate"),   # the advance payment named: its own next billing is a cycle later
    ("OWD-2025-015", 5, "cancel"),      # under 7 days before the paid cycle: it runs, nothing more is billed
])
def test_a_retainer_cycle_paid_in_advance_goes_to_a_person_with_enough_notice(named, notice_days, outcome):
    from datetime import timedelta

    from mailbot.clock import FixedClock
    from mailbot.pipeline import Triage
    from tests.helpers import ledger

    current = {"brand": "optima_webdesign", "id": "pay_r1", "invoice": "OWD-2025-014", "project": "Acme Storefront",
               "currency": "INR", "tax": "0.00", "status": "paid", "paid_at": "2025-09-01T10:00:00",
               "kind": "retainer", "amount": "25000.00", "period_start": "2025-09-01", "period_end": "2025-09-30",
               "next_billing_at": "2025-10-01T00:00:00"}
    advance = dict(current, id="pay_r2", invoice="OWD-2025-015", paid_at="2025-09-05T10:00:00",
                   period_start="2025-10-01", period_end="2025-10-31", next_billing_at="2025-11-01T00:00:00")
    data = {"projects": [{"brand": "optima_webdesign", "name": "Acme Storefront",
                          "contract_email": "ops@acme.example", "work_started_at": None}],
            "payments": [current, advance]}
    when = ist(2025, 10, 1, 10, 0) - timedelta(days=notice_days)
    triage = Triage(CFG, ledger(data, CFG), FixedClock(when + timedelta(hours=1)))
    result = triage.decide([inbound("ops@acme.example", OWD_ADDRESS, "Retainer", when,
                                    f"Please cancel our retainer for Acme Storefront, invoice {named}. "
                                    "Reason: our budget was cut.")])
    cancel = [d for d in result.verdict.decisions if d.intent == "cancellation"][0]
    assert cancel.outcome == outcome
