"""Rules of fix34c behind fresh24's exception, threat and hypothetical misses, each with sentences of its own (none
copied from any round or from the phrasebook).

- A bank or card dispute threatened in any tense or on a condition is C4 ("or else we'll be disputing the payment
  with our bank", "sonst widerspreche ich der Belastung bei meiner Sparkasse", "contestaré el cobro con mi
  banco", "card company mein dispute kar denge"); a dispute with a landlord or an accountant names no bank.
- Charged for a plan the customer did not choose is a billing error even with a decimal amount between the plan
  and the charge ("we were on quarterly and got billed 4,211.50 for the annual"), every pack, and "I never
  clicked upgrade" is one too; the same plan named twice, or "not yet clicked upgrade", is none.
- A question after a condition that ends with a colon ("Suppose it fails:\\nwould we get the money back?") asks
  about that case (section 8 hypotheticals); "could one cancel mid-year?", "könnte man mitten im Jahr kündigen?",
  "¿se podría cancelar a mitad de año?", "daria para cancelar no meio do ano?" are policy questions; "Ich
  kündige noch nicht" declines; "Question before I cancel" / "Frage vor der Kündigung" subjects name a topic.
"""

from __future__ import annotations

import json

import pytest

from tests.helpers import LO_ADDRESS, email_bytes, ist, read_body


def intents(body: str, subject: str = "Hello") -> set:
    return set(read_body(body, subject=subject).intents)


# -- 1. a bank or card dispute threatened ----------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hi,\n\nRefund the annual fee now, or else we'll be disputing the payment with our bank next week.\n\nNora",
    "Hi,\n\nPlease cancel and refund me. If not, I'm disputing this charge through my credit card company.\n\nNora",
    "Hallo,\n\nBitte erstatten Sie den Betrag, sonst widerspreche ich der Belastung bei meiner Sparkasse.\n\nNora",
    "Hallo,\n\nKündigen und erstatten, andernfalls holen wir uns das Geld über unsere Bank zurück.\n\nNora",
    "Hola,\n\nDevuélvanme el dinero; si no, voy a contestar el cobro con mi banco.\n\nNora",
    "Namaste,\n\nRefund kar dijiye, nahi toh hum card company mein dispute kar denge.\n\nNora",
    "Namaste,\n\nPaise wapas karo warna main bank se iska dispute karunga.\n\nNora",
])
def test_a_dispute_threatened_at_the_bank_is_c4(body):
    assert read_body(body, "Refund").dispute


@pytest.mark.parametrize("body", [
    "Hi,\n\nWe had a long dispute with our landlord and are moving out, so please cancel the plan.\n\nNora",
    "Hi,\n\nI'm disputing the tax figures with my accountant; please cancel our subscription.\n\nNora",
    "Hallo,\n\nIch widerspreche Ihrer Darstellung. Bitte kündigen Sie den Plan.\n\nNora",
    "Hola,\n\nLes contesto desde el celular de mi banco en línea: cancelen el plan, por favor.\n\nNora",
    "Namaste,\n\nBank se koi dispute nahi hai, bas plan cancel kar dijiye.\n\nNora",
])
def test_a_dispute_with_no_bank_step_is_no_c4(body):
    assert read_body(body, "Cancellation").dispute is None


# -- 2. charged for a plan not chosen --------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hi,\n\nWe were on the quarterly plan and this morning got billed INR 4,211.50 for the annual one. "
    "Please refund it.\n\nNora",
    "Hi,\n\nI have always been on monthly, yet yesterday you debited Rs 9,870.25 for yearly. Refund please.\n\nNora",
    "Hi,\n\nWe never pressed upgrade. Please refund the charge.\n\nNora",
    "Hola,\n\nEstamos en el plan trimestral y nos cobraron 4.211,50 INR por el plan anual. Reembólsenlo.\n\nNora",
    "Olá,\n\nEstamos no plano trimestral e fomos cobrados em 4.211,50 INR pelo plano anual. Reembolsem.\n\nNora",
    "Bonjour,\n\nNous sommes sur le forfait trimestriel et on nous a débité 14 211,50 INR pour le plan annuel. "
    "Remboursez-nous.\n\nNora",
    "Hallo,\n\nWir haben den Quartalsplan, doch gestern wurden 4.211,50 INR für den Jahresplan abgebucht. "
    "Bitte erstatten.\n\nNora",
    "Namaste,\n\nHum quarterly plan par the, kal annual ke 4,211.50 kat gaye. Refund kar dijiye.\n\nNora",
    "Hallo,\n\nWir haben überhaupt nicht auf Upgrade geklickt. Bitte erstatten Sie das.\n\nNora",
    "Hola,\n\nJamás pulsamos el botón de actualizar. Devuelvan el cobro.\n\nNora",
    "Olá,\n\nNunca clicamos no botão de upgrade. Devolvam a cobrança.\n\nNora",
    "Bonjour,\n\nNous n'avons jamais cliqué sur le bouton upgrade. Remboursez ce débit.\n\nNora",
    "Namaste,\n\nHumne kabhi upgrade button dabaya nahi. Refund kar dijiye.\n\nNora",
])
def test_charged_for_a_plan_not_chosen_is_a_billing_error(body):
    assert read_body(body, "Refund").fields.reason_code == "billing_error"


@pytest.mark.parametrize("body", [
    "Hi,\n\nWe were on the annual plan and got billed INR 4,211.50 for the annual plan. It is too dear, "
    "refund please.\n\nNora",
    "Hola,\n\nEstamos en el plan anual y nos cobraron 4.211,50 INR por el plan anual. Es caro, reembólsenlo.\n\nNora",
    "Bonjour,\n\nNous sommes sur le forfait annuel et on nous a débité 4 211,50 INR pour l'annuel. Trop cher, "
    "remboursez-nous.\n\nNora",
    "Hallo,\n\nIch habe noch nicht auf Upgrade geklickt. Wie geht das?\n\nNora",
    "Hola,\n\nTodavía no hice clic en actualizar, ¿cómo se hace?\n\nNora",
    "Namaste,\n\nAbhi upgrade pe click nahi kiya, kaise karein?\n\nNora",
])
def test_the_same_plan_or_an_upgrade_not_yet_made_is_no_billing_error(body):
    assert read_body(body, "Refund").fields.reason_code != "billing_error"


# -- 3. hypotheticals, policy questions and 'not yet' ----------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hi,\n\nI'm weighing up the yearly plan. Suppose it turns out not to work for us:\nwould we get the money back?"
    "\n\nNora",
    "Hallo,\n\nWir denken über den Jahresplan nach. Gesetzt den Fall, er taugt nichts:\nbekämen wir dann das Geld "
    "zurück?\n\nNora",
    "Hola,\n\nEstamos viendo el plan anual. Supongamos que no nos convence:\n¿nos devolverían el dinero?\n\nNora",
])
def test_a_question_after_a_condition_ending_in_a_colon_asks_nothing(body):
    assert intents(body, "Before we buy") == set()


@pytest.mark.parametrize("body", [
    "Hi,\n\nHere is what I need:\nwould you refund the charge from Monday?\n\nNora",
    "Hallo,\n\nFolgendes:\nkönnten Sie mir die Abbuchung von Montag erstatten?\n\nNora",
])
def test_a_colon_without_a_condition_still_asks(body):
    assert "refund" in intents(body, "Refund")


@pytest.mark.parametrize("body", [
    "Hi,\n\nBefore signing up: could one also cancel partway through the year?\n\nNora",
    "Hallo,\n\nVor dem Abschluss: dürfte man auch unterjährig kündigen?\n\nNora",
    "Hola,\n\nAntes de contratar: ¿se puede cancelar durante el año?\n\nNora",
    "Olá,\n\nAntes de assinar: dá para cancelar durante o ano?\n\nNora",
])
def test_whether_one_could_cancel_mid_term_is_a_policy_question(body):
    assert intents(body, "Pre-sales") == set()


@pytest.mark.parametrize("body", [
    "Hi,\n\nCould you cancel my subscription, please?\n\nNora",
    "Hallo,\n\nKönnte man bitte meinen Vertrag kündigen?\n\nNora",
    "Hola,\n\n¿Se puede cancelar mi plan, por favor?\n\nNora",
    "Olá,\n\nDá para cancelar meu plano?\n\nNora",
])
def test_a_cancellation_of_one_s_own_plan_asked_still_asks(body):
    assert intents(body, "Plan") == {"cancellation"}


@pytest.mark.parametrize("body", [
    "Hallo,\n\nWir kündigen vorerst nicht, wollen aber die Bedingungen kennen.\n\nNora",
    "Hallo,\n\nIch kündige heute nicht. Was kostet der Jahresplan?\n\nNora",
])
def test_not_cancelling_yet_declines(body):
    assert intents(body, "Tarife") == set()


@pytest.mark.parametrize("body", [
    "Hallo,\n\nIch kündige jetzt, nicht erst zum Jahresende.\n\nNora",
    "Hallo,\n\nBitte kündigen Sie noch heute meinen Plan.\n\nNora",
])
def test_cancelling_now_still_asks(body):
    assert intents(body, "Tarife") == {"cancellation"}


@pytest.mark.parametrize("subject, body", [
    ("Question before I cancel", "Hi,\n\nHow long do you keep our contacts after the plan ends?\n\nNora"),
    ("A quick query before we cancel", "Hi,\n\nHow long do you keep our contacts after the plan ends?\n\nNora"),
    ("Frage vor der Kündigung", "Hallo,\n\nwie lange bewahren Sie unsere Kontakte nach dem Vertragsende auf?\n\nNora"),
])
def test_a_question_announced_before_cancelling_asks_nothing(subject, body):
    assert intents(body, subject) == set()


@pytest.mark.parametrize("subject", ["Question before I cancel", "Frage vor der Kündigung"])
def test_a_body_that_asks_to_cancel_still_asks(subject):
    assert intents("Hi,\n\nPlease cancel my plan today.\n\nNora", subject) == {"cancellation"}


# -- end to end: the decision ----------------------------------------------------------------------------------------

def _lo_ledger(tmp_path):
    data = {"customers": [{"brand": "leadsoptima", "email": "nora@example.com", "name": "Nora", "plan": "quarterly",
                           "status": "active", "trial_ends": None, "current_period_start": "2025-09-25",
                           "current_period_end": "2025-12-24"}],
            "projects": [],
            "payments": [{"brand": "leadsoptima", "id": "pay_f34c", "invoice": "LO-INV-8842",
                          "customer_email": "nora@example.com", "kind": "subscription", "plan": "annual",
                          "amount": "14999.00", "tax": "2699.82", "currency": "INR", "paid_at": "2025-09-25T10:00:00",
                          "period_start": "2025-09-25", "period_end": "2026-09-24", "status": "paid"}]}
    path = tmp_path / "ledger.json"
    path.write_text(json.dumps(data))
    return path


def _triage(tmp_path, capsys, subject, body):
    from mailbot.cli import main
    from tests.heldout import CONFIG

    mail = tmp_path / "m.eml"
    mail.write_bytes(email_bytes("nora@example.com", LO_ADDRESS, subject, ist(2025, 9, 27, 10, 0), body))
    code = main(["--config", str(CONFIG), "triage", "--ledger", str(_lo_ledger(tmp_path)),
                 "--now", "2025-10-01T10:00:00+05:30", "--json", str(mail)])
    assert code == 0
    got = json.loads(capsys.readouterr().out)
    return got[0] if isinstance(got, list) else got


def test_a_dispute_threat_escalates_the_refund_and_the_cancellation(tmp_path, capsys):
    got = _triage(tmp_path, capsys, "Cancel and refund",
                  "Hi,\n\nThe tool never did what you promised. Cancel the quarterly plan and refund LO-INV-8842, "
                  "or else we'll be disputing the payment with our bank on Monday.\n\nNora")
    assert sorted((d["intent"], d["outcome"]) for d in got["decisions"]) == [("cancellation", "escalate"),
                                                                          ("refund", "escalate")]


def test_a_wrong_plan_charged_with_a_decimal_amount_escalates(tmp_path, capsys):
    got = _triage(tmp_path, capsys, "Annual charge?",
                  "Hi,\n\nI was on the monthly plan, then on Thursday got charged the equivalent of INR 14,999.00 for "
                  "ANNUAL (LO-INV-8842). Please check and refund it.\n\nNora")
    refund = [d for d in got["decisions"] if d["intent"] == "refund"]
    assert [(d["outcome"], d["rules"][:1]) for d in refund] == [("escalate", ["L2"])]
