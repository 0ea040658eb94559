"""Reading rules of the fix24c pass (English and Spanish), each with sentences of its own (none copied from any
round or from the phrasebook).  The pointer and the ask to process are also in the Hinglish pack (same family).

- No reason: a sentence that only points at the subject ('As per subject.', 'Según asunto.') or only asks to
  process ('Kindly process the same asap.', 'Favor de tramitarlo cuanto antes.') is never the reason, so an
  Optima deposit refund asked with nothing else is asked for its reason (C3), never approved.
- Declines: the customer accepting that nothing is refunded ('I know the unused days won't be refunded, that's
  fine', 'entiendo que no se reembolsa, no pasa nada'); 'no os pido ningún reembolso' (a pronoun before the verb).
- Receipts: refunds told as landed in the plural ('both refunds landed today').
- Billing error: another plan's price taken when the amount follows 'Rs.' (its full stop ends no sentence), and
  'I'm on the monthly plan' with its contraction.
- Refund asked: 'I want to take back my money'.
- Cancellation asked: the plan called 'the thing' ('could you end the thing for me').
- A landlord not renewing the customer's lease is their news and reason, not a cancellation of the plan.
"""

from __future__ import annotations

import json

import pytest

from tests.helpers import LO_ADDRESS, OWD_ADDRESS, email_bytes, ist, read_body


def _lo(body: str):
    return read_body(body + "\n\nNora")


def _owd(body: str, subject: str = "Hello"):
    return read_body(body + "\n\nNora", subject=subject, brand="owd")


# -- a pointer to the subject, or an ask to process, is no reason ------------------------------------------------

@pytest.mark.parametrize("body", [
    "Refund of the deposit OWD-2025-7101 please. Details as per the subject.",
    "Refund of the deposit OWD-2025-7101 please. Kindly process the same asap.",
    "Refund of the deposit OWD-2025-7101 please. We request you to process it on priority.",
    "Solicito el reembolso del anticipo OWD-2025-7101. Favor de tramitarlo cuanto antes.",
    "Deposit OWD-2025-7101 ka refund chahiye. Kripya process kar dijiye turant.",
    "Solicito el reembolso del anticipo OWD-2025-7101. Les ruego procesarlo a la mayor brevedad.",
])
def test_a_pointer_or_an_ask_to_process_is_no_reason(body):
    got = _owd(body)
    assert got.intents == {"refund"}
    assert got.fields.reason is None


@pytest.mark.parametrize("body,words", [
    ("Refund of the deposit OWD-2025-7101 please. Kindly process it soon, our investor walked away.", "investor"),
    ("Please process the refund of the deposit OWD-2025-7101 quickly: the shop was sold last week.", "shop"),
    ("Solicito el reembolso del anticipo OWD-2025-7101. Favor de tramitarlo, el socio se retiró del negocio.",
     "socio"),
    ("Deposit OWD-2025-7101 ka refund chahiye. Kripya process kar dijiye, hamare partner ne project chhod diya.",
     "partner"),
])
def test_a_reason_beside_the_ask_to_process_is_still_read(body, words):
    got = _owd(body)
    assert got.intents == {"refund"}
    assert words in (got.fields.reason or "")


# -- declines and receipts -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Please cancel my plan from next month. I know the unused days won't be refunded, that's fine.",
    "Please end my subscription. We understand there is no refund for the current month.",
    "Quiero darme de baja. Entiendo que lo que queda del mes no se reembolsa, no pasa nada.",
    "Quiero darme de baja. Sé que no hay devolución por el mes en curso.",
    "No les estoy reclamando devolución, solo quiero la baja del plan.",
    "Os aviso de que me doy de baja del plan; no os voy a pedir reembolso.",
])
def test_a_refund_accepted_as_not_given_is_no_request(body):
    assert _lo(body).intents == {"cancellation"}


@pytest.mark.parametrize("body,asked", [
    ("Please cancel. I know unused days are not refunded, but you charged me twice and I want that back.",
     {"cancellation", "refund"}),
    ("I understand fees are not refunded, but please make an exception and refund me.", {"refund"}),
    ("Quiero darme de baja. Sé que no se reembolsa el mes, pero me cobrasteis dos veces.",
     {"cancellation", "refund"}),
    ("Quiero la baja. No os pido permiso, os pido el reembolso del mes cobrado dos veces.",
     {"cancellation", "refund"}),
])
def test_a_claim_after_the_acceptance_still_asks(body, asked):
    assert _lo(body).intents == asked


def test_refunds_told_as_landed_ask_nothing():
    assert _lo("All sorted, thanks: both refunds landed on my card today.").intents == set()


@pytest.mark.parametrize("body", [
    "The refunds have still not landed, please check again.",
    "When will the two refunds land on my card?",
])
def test_refunds_still_awaited_are_still_asked(body):
    assert _lo(body).intents == {"refund"}


# -- billing error after 'Rs.' ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "I'm on the monthly plan, yet this month you debited Rs. 11,988, the yearly price, instead of the usual one. "
    "Refund the difference please.",
    "We're on the monthly plan and you charged Rs. 11988 for annual. Please refund.",
    "You billed Rs. 11,988 instead of the usual Rs. 1,499 this month. Please refund.",
])
def test_another_plans_price_after_rs_is_a_billing_error(body):
    got = _lo(body)
    assert got.intents == {"refund"}
    assert got.fields.reason_code == "billing_error"


@pytest.mark.parametrize("body", [
    "I'm on the monthly plan and was charged Rs. 1,499 as usual. Please refund, I no longer use it.",
    "You took Rs. 1,499 for the monthly plan as always. Please refund me, I changed jobs.",
])
def test_the_usual_price_after_rs_is_no_billing_error(body):
    assert _lo(body).fields.reason_code != "billing_error"


# -- refund and cancellation asked in other words -------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "The numbers you sent were mostly dead, so I want to take back my money.",
    "Could we take back the deposit, please? The project fell through.",
])
def test_money_taken_back_is_a_refund(body):
    assert "refund" in _lo(body).intents


@pytest.mark.parametrize("body", [
    "I want to take back my complaint, the leads are fine now.",
    "You cannot just take back my money like that and call it a fee.",
])
def test_taking_back_no_money_or_a_complaint_asks_nothing(body):
    assert "refund" not in _lo(body).intents


@pytest.mark.parametrize("body", [
    "I can't find the cancel option anywhere. Could you just end the thing for me, I've found another tool.",
    "Honestly just kill the whole thing please, we closed the office.",
])
def test_the_plan_called_the_thing_is_cancelled(body):
    assert _lo(body).intents == {"cancellation"}


@pytest.mark.parametrize("body", [
    "Can you stop the thing from logging me out every morning?",
    "We will end the thing for the client next quarter and tell you.",
])
def test_the_thing_that_is_no_plan_is_not_cancelled(body):
    assert "cancellation" not in _lo(body).intents


# -- a landlord not renewing the lease -------------------------------------------------------------------------------

@pytest.mark.parametrize("body,words", [
    ("The landlord won't renew our lease for the bakery. We need the deposit back.", "lease"),
    ("The letting agent is not renewing our tenancy. We need the deposit back.", "tenancy"),
])
def test_a_lease_not_renewed_is_a_reason_not_a_cancellation(body, words):
    got = _owd(body)
    assert got.intents == {"refund"}
    assert words in (got.fields.reason or "")


@pytest.mark.parametrize("body", [
    "We are not renewing the hosting plan. Please confirm.",
    "The owner is not renewing the contract with your agency.",
])
def test_not_renewing_the_plan_still_cancels(body):
    assert "cancellation" in _owd(body).intents


# -- end to end: an Optima deposit refund with no reason is asked for it -------------------------------------------

CLIENT = "accounts@yoga-example.in"


def _ledger_file(tmp_path):
    data = {"customers": [],
            "projects": [{"brand": "optima_webdesign", "name": "Lotus Yoga Loft", "contract_email": CLIENT,
                          "work_started_at": None}],
            "payments": [{"brand": "optima_webdesign", "id": "pay_f24c", "invoice": "OWD-2025-7101",
                          "project": "Lotus Yoga Loft", "kind": "deposit", "amount": "20000.00", "tax": "3600.00",
                          "currency": "INR", "paid_at": "2025-09-29T10:00:00", "status": "paid", "setup_fee": None,
                          "service_start": None, "next_billing_at": None, "period_start": None, "period_end": None,
                          "milestone_status": None}]}
    path = tmp_path / "ledger.json"
    path.write_text(json.dumps(data))
    return path


def _triage(tmp_path, capsys, subject, body):
    from mailbot.cli import main
    from tests.heldout import CONFIG

    mail = tmp_path / "m.eml"
    mail.write_bytes(email_bytes(CLIENT, OWD_ADDRESS, subject, ist(2025, 9, 30, 10, 0), body))
    code = main(["--config", str(CONFIG), "triage", "--ledger", str(_ledger_file(tmp_path)),
                 "--now", "2025-10-01T10:00:00+05:30", "--json", str(mail)])
    assert code == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("subject,body", [
    ("Deposit refund - Lotus Yoga Loft / OWD-2025-7101",
     "Hello,\n\nAs per subject line. Kindly process the same on priority.\n\nWarm regards\nAccounts\nLotus Yoga Loft"),
    ("Reembolso del anticipo - Lotus Yoga Loft / OWD-2025-7101",
     "Hola,\n\nSegún asunto. Favor de procesarlo a la brevedad.\n\nSaludos\nContabilidad\nLotus Yoga Loft"),
])
def test_a_deposit_refund_with_no_reason_is_asked_for_it(tmp_path, capsys, subject, body):
    got = _triage(tmp_path, capsys, subject, body)
    assert got["status"] == "need_info"
    assert got["missing"] == ["reason"]
    assert got["decisions"] == []


def test_a_deposit_refund_with_a_reason_is_approved(tmp_path, capsys):
    got = _triage(tmp_path, capsys, "Deposit refund - Lotus Yoga Loft / OWD-2025-7101",
                  "Hello,\n\nOur landlord won't renew our lease, so the studio closes. Kindly process the deposit "
                  "refund on priority.\n\nWarm regards\nAccounts\nLotus Yoga Loft")
    assert [(d["intent"], d["outcome"], d["amount"]) for d in got["decisions"]] == [("refund", "approve", "20000.00")]
