"""Reading rules of fix25c (English; the 'what is not a reason' rule in every pack) behind fresh18's misses,
each with sentences of its own (none copied from any round or from the phrasebook).

- A reason that only says what the request is for ('..., for the Lotus Yoga Loft project', '..., Lotus Yoga
  Loft ke liye', 'para el proyecto ...', 'für das Projekt ...', 'pour le projet ...', 'para o projeto ...') or
  points back at the request ('That is my reason, I need it back') is no reason (mailbot/reading/purpose.py,
  ``text.purpose_words`` in the six packs): the bot asks for one, it never approves on it.  A part with a word
  of its own ('the ... studio has closed', 'band ho gaya hai', 'cerró', 'schließt', 'a fermé', 'fechou') is kept.
- Two charges told by their sameness and closeness ('same amount, one minute apart'), 'two of the same payment',
  the card tried several times by us ('your billing system has had two goes at our card'), 'refund the duplicate
  one' are a duplicate (en); reminders sent minutes apart, the customer's own tries, 'the duplicate account' and
  'pay once a year' are not.
- 'we're owed one of them back' asks a refund (en); 'we are owed an apology' does not.
- A chargeback the customer disowns ('not the type to run to the bank for a chargeback') or tells of another
  provider ('a chargeback with our last provider') is no threat when no refund is asked (C4 covers threats;
  ``intents.dispute_disowned`` en es pt fr de); a threat after a contrast, or with a refund asked, still escalates.
"""

from __future__ import annotations

import functools
import json

import pytest

from tests.helpers import LO_ADDRESS, OWD_ADDRESS, config, email_bytes, inbound, ist, read_body

PROJECT = "Lotus Yoga Loft"


@functools.cache
def _owd_reader():
    from mailbot.reading.extract import Extractor
    return Extractor(config().brands["optima_webdesign"], project_names=[PROJECT])


def _owd(body: str):
    return _owd_reader().extract(inbound("nora@example.com", OWD_ADDRESS, "Hello", ist(2025, 9, 10, 10, 0), body))


# -- a reason that only says what the request is for ----------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Could you kindly arrange the refund of the deposit OWD-2025-7101 that we paid last week, for the Lotus Yoga Loft "
    "project.",
    "Bhai humne jo advance OWD-2025-7101 diya tha uska refund jaldi se kar do please, Lotus Yoga Loft ke liye.",
    "Les pido por favor el reembolso del anticipo OWD-2025-7101 que pagamos la semana pasada, para el proyecto Lotus "
    "Yoga Loft.",
    "Wir bitten Sie hiermit freundlich um die Erstattung der Anzahlung OWD-2025-7101 von letzter Woche, für das Projekt "
    "Lotus Yoga Loft.",
    "Nous vous prions de bien vouloir rembourser l'acompte OWD-2025-7101 versé la semaine dernière, pour le projet "
    "Lotus Yoga Loft.",
    "Solicito por gentileza o reembolso do sinal OWD-2025-7101 que pagamos na semana passada, para o projeto Lotus "
    "Yoga Loft.",
    "Please cancel the hosting plan. Reason: for the Lotus Yoga Loft project.",
])
def test_what_the_request_is_for_is_no_reason(body):
    assert _owd(body).fields.reason is None


@pytest.mark.parametrize("body,said", [
    ("Could you kindly arrange the refund of the deposit OWD-2025-7101 that we paid last week, the Lotus Yoga Loft "
     "studio has closed.", "closed"),
    ("Bhai humne jo advance OWD-2025-7101 diya tha uska refund jaldi se kar do please, Lotus Yoga Loft band ho gaya "
     "hai.", "band ho gaya"),
    ("Les pido por favor el reembolso del anticipo OWD-2025-7101 que pagamos la semana pasada, el estudio Lotus Yoga "
     "Loft cerró.", "cerró"),
    ("Wir bitten Sie hiermit freundlich um die Erstattung der Anzahlung OWD-2025-7101 von letzter Woche, das Studio "
     "Lotus Yoga Loft schließt.", "schließt"),
    ("Nous vous prions de bien vouloir rembourser l'acompte OWD-2025-7101 versé la semaine dernière, le studio Lotus "
     "Yoga Loft a fermé.", "fermé"),
    ("Solicito por gentileza o reembolso do sinal OWD-2025-7101 que pagamos na semana passada, o estúdio Lotus Yoga "
     "Loft fechou.", "fechou"),
    ("Please cancel the hosting plan. Reason: the Lotus Yoga Loft project was sold to another owner.", "sold"),
])
def test_a_word_of_its_own_beside_the_project_stays_the_reason(body, said):
    assert said in (_owd(body).fields.reason or "")


def test_the_request_pointed_at_is_no_reason():
    found = read_body("I need the money back for LO-INV-555, monthly plan. That is my reason, I need it back.")
    assert "refund" in found.intents and found.fields.reason is None


@pytest.mark.parametrize("body,said", [
    ("Refund LO-INV-555 please, monthly plan. That is my reason: we closed the studio for good.", "closed the studio"),
    ("Refund LO-INV-555 please, monthly plan. We want it back because the tool never loaded for us.", "never loaded"),
])
def test_a_reason_after_the_pointer_is_read(body, said):
    assert said in (read_body(body).fields.reason or "")


# -- en: duplicates in other words ----------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Our statement shows the monthly fee taken on the 5th at 09:00 and at 09:01, same amount, one minute apart.",
    "I see two monthly charges from you on Friday, LO-INV-91 and LO-INV-92, same amount, seconds apart.",
    "There are two of the same payment on my statement from yesterday, please sort it out.",
    "Your billing system has had two goes at our company card for one month of the plan, can you fix it?",
    "Please refund the duplicate one, LO-INV-880 is the extra.",
])
def test_en_duplicate_told_otherwise(body):
    assert read_body(body).fields.reason_code == "duplicate_payment"


@pytest.mark.parametrize("body", [
    "The reminder emails arrived two minutes apart with the same amount of text in them.",
    "I had two goes at my card before the payment finally went through.",
    "I only want to pay once a year, can I switch to annual?",
    "Please delete the duplicate account I created by accident.",
])
def test_en_no_duplicate_near_misses(body):
    assert read_body(body).fields.reason_code != "duplicate_payment"


def test_en_owed_back_asks_a_refund():
    assert "refund" in read_body("The quarterly plan renewed in June and I reckon we're owed one of them back.").intents


def test_en_owed_an_apology_asks_no_refund():
    assert "refund" not in read_body("We are owed an apology for the downtime last week, frankly.").intents


# -- C4: a chargeback disowned or told of another provider ----------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Please cancel my monthly plan; the season is over. I am not the type to run to my bank for a chargeback like I "
    "did with my previous provider, no refund needed.",
    "Please cancel my monthly plan. We had to file a chargeback with our last provider and never want that again, no "
    "refund is needed.",
    "Cancelen mi plan mensual, por favor. No soy de los que van al banco a pedir un contracargo, no necesito reembolso.",
    "Cancelem o meu plano mensal, por favor. Não sou do tipo que vai pedir estorno no banco, não preciso de reembolso.",
    "Merci de résilier mon abonnement mensuel. Je ne suis pas du genre à courir à la banque pour faire opposition, pas "
    "besoin de remboursement.",
    "Bitte kündigen Sie mein Monatsabo. Ich bin nicht der Typ, der gleich zur Bank rennt und einen Chargeback macht, "
    "eine Erstattung brauche ich nicht.",
])
def test_a_disowned_chargeback_is_no_threat(body):
    found = read_body(body)
    assert found.dispute is None and "cancellation" in found.intents


@pytest.mark.parametrize("body", [
    "Please cancel my monthly plan. I am not the type to complain, but I will file a chargeback if I am charged again.",
    "I am not the type to run to the bank for a chargeback, but I want a refund of LO-INV-12 now.",
    "Please cancel the plan. I will raise a chargeback with my bank otherwise.",
    "Cancelen mi plan mensual. No soy de los que se quejan, pero haré un contracargo si me cobran otra vez.",
    "Cancelem o meu plano mensal. Não sou do tipo que reclama, mas vou pedir estorno no banco.",
    "Bitte kündigen Sie mein Monatsabo. Ich bin nicht der Typ, der sich beschwert, aber beim nächsten Mal mache ich "
    "einen Chargeback.",
])
def test_a_chargeback_threat_still_escalates(body):
    assert read_body(body).dispute is not None


# -- end to end ------------------------------------------------------------------------------------------------------

CLIENT = "accounts@lotus-example.in"


def _owd_ledger(tmp_path):
    data = {"customers": [],
            "projects": [{"brand": "optima_webdesign", "name": PROJECT, "contract_email": CLIENT,
                          "work_started_at": None}],
            "payments": [{"brand": "optima_webdesign", "id": "pay_f25c", "invoice": "OWD-2025-7101",
                          "project": PROJECT, "kind": "deposit", "amount": "20000.00", "tax": "3600.00",
                          "currency": "INR", "paid_at": "2025-09-29T10:00:00", "status": "paid", "setup_fee": None,
                          "service_start": None, "next_billing_at": None, "period_start": None, "period_end": None,
                          "milestone_status": None}]}
    path = tmp_path / "ledger.json"
    path.write_text(json.dumps(data))
    return path


def _owd_triage(tmp_path, capsys, body):
    from mailbot.cli import main
    from tests.heldout import CONFIG

    mail = tmp_path / "m.eml"
    mail.write_bytes(email_bytes(CLIENT, OWD_ADDRESS, "Deposit OWD-2025-7101", ist(2025, 9, 30, 10, 0), body))
    code = main(["--config", str(CONFIG), "triage", "--ledger", str(_owd_ledger(tmp_path)),
                 "--now", "2025-10-01T10:00:00+05:30", "--json", str(mail)])
    assert code == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("body", [
    "Bhai humne jo advance OWD-2025-7101 diya tha uska refund jaldi se kar do please, Lotus Yoga Loft ke liye.",
    "Les pido por favor el reembolso del anticipo OWD-2025-7101 que pagamos la semana pasada, para el proyecto Lotus "
    "Yoga Loft.",
])
def test_deposit_refund_for_the_project_only_asks_the_reason(tmp_path, capsys, body):
    out = _owd_triage(tmp_path, capsys, body)
    assert (out["status"], out["missing"], out["decisions"]) == ("need_info", ["reason"], [])


def test_deposit_refund_with_a_reason_beside_the_project_is_approved(tmp_path, capsys):
    out = _owd_triage(tmp_path, capsys, "Les pido por favor el reembolso del anticipo OWD-2025-7101 que pagamos la "
                                        "semana pasada, el estudio Lotus Yoga Loft cerró.")
    assert [(d["outcome"], d["amount"]) for d in out["decisions"]] == [("approve", "20000.00")]


def test_two_of_the_same_charge_approves_the_duplicate():
    from mailbot.clock import FixedClock
    from mailbot.pipeline import Triage
    from tests.helpers import same_month_charges

    cfg = config()
    charges = same_month_charges({"LO-INV-741": "2025-09-05T09:00:00", "LO-INV-742": "2025-09-05T09:01:00"}, cfg)
    triage = Triage(cfg, charges, FixedClock(ist(2025, 9, 8, 10, 0)))
    text = "That makes two of the same charge on the 5th, the second one is LO-INV-742. Monthly plan, please fix it."
    verdict = triage.decide([inbound("nora@example.com", LO_ADDRESS, "card statement", ist(2025, 9, 7, 10, 0),
                                     text)]).verdict
    [decision] = verdict.decisions
    assert (decision.outcome, str(decision.amount)) == ("approve", "1499.00")


# -- en: the work moved elsewhere, its object between the verb and 'to' ----------------------------------------------

@pytest.mark.parametrize("body", [
    "We have shifted the whole site to our own in-house server and ask you to stop the hosting plan.",
    "Our team migrated the shop to another host over the weekend and would like the hosting cancelled.",
])
def test_work_moved_elsewhere_is_the_reason(body):
    assert _owd(body).fields.reason is not None


def test_a_meeting_moved_is_no_reason():
    assert _owd("We moved the kickoff meeting to our office and ask you to cancel the hosting plan.").fields.reason \
        is None


# -- es pt fr hi: one duplicate asked back, one charge told twice ----------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hola, por favor devuelvan el duplicado del plan mensual cuanto antes.",
    "En el extracto aparece dos veces el mismo cobro del plan mensual.",
    "Olá, por favor estornem a duplicada do plano mensal o quanto antes.",
    "Bonjour, merci de rembourser le doublon svp, le forfait mensuel est déjà payé.",
    "Sur mon relevé il y a deux fois le même prélèvement pour le forfait mensuel.",
    "Bhai mere card se monthly plan ka do baar same amount kata hai, dekh lo.",
])
def test_other_packs_duplicate_told_otherwise(body):
    assert read_body(body).fields.reason_code == "duplicate_payment"


@pytest.mark.parametrize("body", [
    "Hola, por favor borren la cuenta duplicada que abrí por error.",
    "Olá, por favor apaguem a conta duplicada que criei por engano.",
    "Bonjour, merci de supprimer le doublon du contact dans le CRM.",
    "Bhai do baar same message aaya hai reminder ka, dekh lo.",
])
def test_other_packs_no_duplicate_near_misses(body):
    assert read_body(body).fields.reason_code != "duplicate_payment"


# -- hi: the reason waved off ('reason vagera kya batau') is no reason -----------------------------------------------

def test_hi_reason_waved_off_is_no_reason():
    found = read_body("Reason vagera kya bataun, bas paisa wapas chahiye. Monthly plan hai, LO-INV-4410.")
    assert "refund" in found.intents and found.fields.reason is None


def test_hi_reason_after_the_wave_is_read():
    found = read_body("Kya bataun, hamari dukaan band ho gayi isliye paisa wapas chahiye. Monthly plan hai, LO-INV-4410.")
    assert "dukaan band" in (found.fields.reason or "")
