"""The 12 worked examples of POLICY_SPEC section 5, through the CLI's JSON.

The emails and the ledger are the shipped samples in ``examples/``.
"""

from __future__ import annotations

import json

import pytest

from mailbot.cli import main
from tests.helpers import CONFIG, EXAMPLES

EMAILS = EXAMPLES / "emails"


def triage(capsys, *files: str, extra=()) -> dict:
    code = main(["--config", str(CONFIG), "triage", "--ledger", str(EXAMPLES / "ledger.json"),
                 "--now", "2025-09-25T10:00:00+05:30", *extra, "--json", *[str(EMAILS / f) for f in files]])
    out = capsys.readouterr().out
    assert code == 0
    return json.loads(out)


def only(result: dict) -> dict:
    assert result["status"] == "decided", result
    assert len(result["decisions"]) == 1, result["decisions"]
    return result["decisions"][0]


def test_1_duplicate_charge_inside_window_is_approved(capsys):
    result = triage(capsys, "01-lo-charged-twice.eml")
    decision = only(result)
    assert (decision["outcome"], decision["amount"], decision["currency"]) == ("approve", "11988.00", "INR")
    assert decision["rules"] == ["L2", "L3", "L4"]
    assert decision["payment_id"] == "pay_2"
    assert result["fields"]["reason_code"] == "duplicate_payment"
    assert result["fields"]["invoice_number"] == "LO-INV-1002"
    assert result["draft"]["template"] == "leadsoptima/refund_approved"
    assert "11,988.00" in result["draft"]["body"]


def test_2_duplicate_charge_on_day_8_is_denied(capsys):
    decision = only(triage(capsys, "02-lo-charged-twice-late.eml"))
    assert decision["outcome"] == "deny" and "L3" in decision["rules"]
    assert decision["amount"] is None


def test_3_unused_days_are_denied_and_cancellation_offered(capsys):
    result = triage(capsys, "03-lo-unused-month.eml")
    decision = only(result)
    assert (decision["outcome"], decision["rules"]) == ("deny", ["L1"])
    assert "Billing > Cancel Plan" in result["draft"]["body"]


def test_4_cancellation_runs_to_period_end(capsys):
    decision = only(triage(capsys, "04-lo-please-cancel.eml"))
    assert (decision["intent"], decision["outcome"]) == ("cancellation", "cancel")
    assert decision["effective_date"] == "2025-08-31"
    assert decision["rules"] == ["L8"]


def test_5_other_address_is_asked_to_write_from_the_registered_one(capsys):
    result = triage(capsys, "05-lo-wrong-address.eml")
    assert result["status"] == "need_info"
    assert "C2" in result["rules"]
    assert result["decisions"] == []
    body = result["draft"]["body"]
    assert result["draft"]["template"] == "leadsoptima/verify_sender"
    for secret in ("1499", "monthly", "LO-INV-1030", "2025-08-04", "Vikram Shah"):
        assert secret not in body


def test_6_deposit_inside_72_hours_is_approved_before_tax(capsys):
    decision = only(triage(capsys, "06-owd-deposit-refund.eml"))
    assert (decision["outcome"], decision["amount"], decision["rules"]) == ("approve", "20000.00", ["O2"])


def test_7_deposit_after_73_hours_is_denied(capsys):
    decision = only(triage(capsys, "07-owd-deposit-late.eml"))
    assert (decision["outcome"], decision["rules"]) == ("deny", ["O2"])


def test_8_annual_hosting_within_14_days_is_prorated(capsys):
    result = triage(capsys, "08-owd-hosting-refund.eml")
    refund = next(d for d in result["decisions"] if d["intent"] == "refund")
    assert (refund["outcome"], refund["amount"], refund["rules"]) == ("approve", "9900.00", ["O5"])
    assert {d["intent"] for d in result["decisions"]} == {"refund", "cancellation"}
    assert result["draft"]["template"] == "optima_webdesign/refund_and_cancel"


def test_9_annual_hosting_after_14_days_is_denied(capsys):
    decision = only(triage(capsys, "09-owd-hosting-late.eml"))
    assert (decision["outcome"], decision["rules"]) == ("deny", ["O5"])


def test_10_third_party_domain_is_never_refunded(capsys):
    result = triage(capsys, "10-owd-domain-refund.eml")
    decision = only(result)
    assert (decision["outcome"], decision["rules"]) == ("deny", ["O6"])
    assert "Non-refundable items" in result["draft"]["body"]


def test_11_chargeback_threat_is_escalated(capsys):
    result = triage(capsys, "11-owd-chargeback.eml")
    decision = only(result)
    assert (decision["outcome"], decision["rules"]) == ("escalate", ["C4"])
    assert "C4" in result["rules"]


def test_12_out_of_office_is_ignored(capsys):
    result = triage(capsys, "12-lo-out-of-office.eml")
    assert (result["status"], result["rules"], result["draft"]) == ("ignore", ["C7"], None)


def test_html_only_retainer_cancellation_with_notice(capsys):
    decision = only(triage(capsys, "13-owd-retainer-cancel-html.eml"))
    assert (decision["outcome"], decision["effective_date"]) == ("cancel", "2025-09-30")


def test_thread_answer_fills_the_missing_invoice(capsys, tmp_path):
    from tests.helpers import email_bytes, ist
    answer = tmp_path / "answer.eml"
    answer.write_bytes(email_bytes(
        "Asha Rao <asha@example.in>", "support@leadsoptima.com", "Re: paise do baar kat gaye [LO-1042]",
        ist(2025, 7, 8, 10, 0), "Invoice number is LO-INV-1002.\n\nOn Mon, Asha wrote:\n> old text",
        In_Reply_To="<14-lo-hinglish-no-invoice@mail.example>"))
    first = triage(capsys, "14-lo-hinglish-no-invoice.eml")
    assert (first["status"], first["missing"]) == ("need_info", ["invoice_number"])
    code = main(["--config", str(CONFIG), "triage", "--ledger", str(EXAMPLES / "ledger.json"), "--json",
                 str(EMAILS / "14-lo-hinglish-no-invoice.eml"), str(answer)])
    result = json.loads(capsys.readouterr().out)
    assert code == 0
    decision = only(result)
    assert (decision["outcome"], decision["amount"]) == ("approve", "11988.00")
    assert result["request_time"].startswith("2025-07-07T21:10")


def test_each_prints_one_line_per_file_and_reports_bad_files(capsys, tmp_path):
    empty = tmp_path / "empty.eml"
    empty.write_bytes(b"")
    code = main(["--config", str(CONFIG), "triage", "--each", "--ledger", str(EXAMPLES / "ledger.json"),
                 "--json", str(EMAILS / "01-lo-charged-twice.eml"), str(empty), str(tmp_path / "nope.eml"),
                 str(EMAILS / "12-lo-out-of-office.eml")])
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert code == 0
    assert [line.get("status") for line in lines] == ["decided", None, None, "ignore"]
    assert "error" in lines[1] and "error" in lines[2]


@pytest.mark.parametrize("problem, expected", [
    ('{"customers": [{"brand": "leadsoptima"}]}', "customers[0]: email: missing"),
    ('{"payments": [{"brand": "leadsoptima", "id": "p", "kind": "subscription", "amount": 5, "currency": "INR",'
     ' "paid_at": "2025-07-01T00:00:00", "status": "paid", "customer_email": "a@b.example"}]}',
     "payments[0] (p): amount: amounts are decimal strings"),
    ("{not json", "not valid JSON"),
])
def test_bad_ledger_is_one_line_and_exit_2(capsys, tmp_path, problem, expected):
    bad = tmp_path / "ledger.json"
    bad.write_text(problem)
    code = main(["--config", str(CONFIG), "triage", "--ledger", str(bad), "--json",
                 str(EMAILS / "01-lo-charged-twice.eml")])
    err = capsys.readouterr().err
    assert code == 2
    assert expected in err and str(bad) in err
    assert len(err.strip().splitlines()) == 1


def test_unreadable_email_is_exit_2(capsys, tmp_path):
    empty = tmp_path / "empty.eml"
    empty.write_bytes(b"")
    assert main(["--config", str(CONFIG), "triage", "--json", str(empty)]) == 2
    assert "empty.eml" in capsys.readouterr().err


def test_no_brand_gives_null_brand_and_other(capsys, tmp_path):
    from tests.helpers import email_bytes, ist
    stray = tmp_path / "stray.eml"
    stray.write_bytes(email_bytes("a@b.example", "someone@else.example", "Refund", ist(2025, 7, 1, 9, 0),
                                  "Please refund me."))
    assert main(["--config", str(CONFIG), "triage", "--json", str(stray)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert (result["brand"], result["status"]) == (None, "other")


def test_config_folder_after_the_command_as_the_spec_writes_it(capsys, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    assert main(["triage", "--config", str(CONFIG.parent), "--ledger", str(EXAMPLES / "ledger.json"), "--json",
                 str(EMAILS / "04-lo-please-cancel.eml")]) == 0
    assert json.loads(capsys.readouterr().out)["decisions"][0]["effective_date"] == "2025-08-31"
