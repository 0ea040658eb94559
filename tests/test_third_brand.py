"""A third brand is a config file: no code change.

In a temporary copy of ``config/`` and ``templates/``, a fictional brand,
Notizwerk (a note-taking subscription from Berlin), is added with its own
addresses, currency (EUR), time zone (Europe/Berlin), refund window (14 days)
and one template of its own, using the existing ``subscription`` kind.  Its
emails are triaged through ``mailbot triage`` like the shipped brands' are.
"""

from __future__ import annotations

import json
import shutil
import textwrap
import time
from pathlib import Path

import pytest

import mailbot.cli
from mailbot.cli import main
from tests.helpers import DEFAULTS, ROOT

ADDRESS = "hilfe@notizwerk.example"
NOW = "2025-09-20T12:00:00+02:00"

BRAND_FILE = textwrap.dedent(r"""
    # Notizwerk: note-taking subscription, billed monthly or yearly, from Berlin.
    name = "notizwerk"
    display_name = "Notizwerk"
    kind = "subscription"
    case_prefix = "NW"
    timezone = "Europe/Berlin"
    currency = "EUR"
    addresses = ["hilfe@notizwerk.example", "rechnung@notizwerk.example"]
    reply_from = "Notizwerk Hilfe <hilfe@notizwerk.example>"
    signature = "Ihr Notizwerk-Team"
    policy_name = "Erstattungs- und Kündigungsrichtlinie"
    holidays = ["2025-10-03", "2025-12-25", "2025-12-26"]
    overdue_business_days = 3
    promised_response = "1–2 business days"
    account_field = "registered_email"
    required_fields = ["registered_email"]
    refund_required_fields = ["plan", "reason", "invoice_number"]
    cancellation_required_fields = ["plan"]
    refund_window_days = 14
    self_serve_path = "Konto > Abo kündigen"
    invoice_patterns = ['\bNW-\d{4,}\b']
    dispute_keywords = ['charge-?back', 'lawyer', 'anwalt', 'rückbuchung']

    [plan_months]
    monthly = 1
    annual = 12

    [clauses]
    L1 = "Payments are non-refundable, except for duplicate payments, billing errors and access failures."
    L3 = "Write to us within 14 days of the charge if you believe your case qualifies."
    L7 = "Nothing is charged during the free trial."
    L8 = "After cancellation your account stays active until the end of the paid period."

    [reason_keywords]
    duplicate_payment = ['charged (?:me )?twice', 'doppelt (?:abgebucht|belastet)']
    billing_error = ['wrong amount', 'falscher betrag']
    access_failure = ['cannot log ?in', 'kein zugang']
    """)

OWN_TEMPLATE = textwrap.dedent("""\
    {#- Notizwerk's own cancellation words. -#}
    Ihre Kündigung ist bestätigt: your Notizwerk notebook stays open until {{ cancellation.last_active_day or "the end of the paid period" }}.

    Nothing more will be charged. You can also manage your plan under {{ brand.self_serve_path }}.
    """)

LEDGER = {
    "customers": [
        {"brand": "notizwerk", "email": "jonas@example.de", "name": "Jonas Weber", "plan": "annual",
         "status": "active", "trial_ends": None, "current_period_start": "2025-09-01",
         "current_period_end": "2026-08-31"},
        # On record with no plan and no charges: a known sender, so C3 asks for the brand's plan names
        # (a sender the ledger does not know is asked to write from the registered address: C2).
        {"brand": "notizwerk", "email": "eva@example.de", "name": "Eva Klein", "plan": None,
         "status": "active", "trial_ends": None, "current_period_start": None, "current_period_end": None},
    ],
    "projects": [],
    "payments": [
        # Just after midnight in Berlin: still 31 August in UTC (and already later on 1 September in India).
        {"brand": "notizwerk", "id": "nw_1", "invoice": "NW-20250901", "customer_email": "jonas@example.de",
         "kind": "subscription", "plan": "annual", "amount": "96.00", "tax": "15.33", "currency": "EUR",
         "paid_at": "2025-09-01T00:30:00+02:00", "period_start": "2025-09-01", "period_end": "2026-08-31",
         "status": "paid"},
        {"brand": "notizwerk", "id": "nw_2", "invoice": "NW-20250902", "customer_email": "jonas@example.de",
         "kind": "subscription", "plan": "annual", "amount": "96.00", "tax": "15.33", "currency": "EUR",
         "paid_at": "2025-09-01T00:31:00+02:00", "period_start": "2025-09-01", "period_end": "2026-08-31",
         "status": "paid"},
    ],
}


@pytest.fixture(autouse=True)
def admin_commands(monkeypatch):
    if "admin_cmds" not in mailbot.cli.COMMAND_MODULES:
        monkeypatch.setattr(mailbot.cli, "COMMAND_MODULES", (*mailbot.cli.COMMAND_MODULES, "admin_cmds"))


@pytest.fixture
def project(tmp_path, monkeypatch):
    shutil.copytree(DEFAULTS / "config", tmp_path / "config")
    shutil.copytree(DEFAULTS / "templates", tmp_path / "templates")
    (tmp_path / "config" / "brands" / "notizwerk.toml").write_text(BRAND_FILE, encoding="utf-8")
    (tmp_path / "templates" / "notizwerk").mkdir()
    (tmp_path / "templates" / "notizwerk" / "part_cancel_confirmed.txt.j2").write_text(OWN_TEMPLATE,
                                                                                        encoding="utf-8")
    main_file = tmp_path / "config" / "mailbot.toml"
    main_file.write_text(main_file.read_text() + textwrap.dedent("""
        [[mailboxes]]
        name = "notizwerk-local"
        brand = "notizwerk"
        maildir = "var/notizwerk-maildir"
        """))
    (tmp_path / "ledger.json").write_text(json.dumps(LEDGER), encoding="utf-8")
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def email(project: Path, name: str, subject: str, date: str, body: str, sender="Jonas Weber <jonas@example.de>",
          to=ADDRESS, **headers: str) -> str:
    extra = "".join(f"{k.replace('_', '-')}: {v}\n" for k, v in headers.items())
    path = project / f"{name}.eml"
    path.write_text(f"From: {sender}\nTo: {to}\nSubject: {subject}\nDate: {date}\n"
                    f"Message-ID: <{name}@mail.example>\n{extra}MIME-Version: 1.0\n"
                    f"Content-Type: text/plain; charset=utf-8\n\n{body}\n", encoding="utf-8")
    return str(path)


def triage(capsys, project: Path, *files: str) -> list[dict]:
    code = main(["--config", str(project / "config" / "mailbot.toml"), "triage", "--each", "--now", NOW,
                 "--ledger", str(project / "ledger.json"), *files])
    assert code == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert not [row for row in rows if "error" in row], rows  # (fix38l) an error line has no "brand"
    return rows


def test_the_three_brand_configuration_checks_clean(project, capsys):
    config = str(project / "config" / "mailbot.toml")
    assert main(["--config", config, "config", "check", "--strict"]) == 0
    assert capsys.readouterr().out.splitlines() == [f"{config}: OK (3 brands, 3 mailboxes)"]
    assert main(["--config", config, "templates", "check"]) == 0
    assert "3 brands (leadsoptima, notizwerk, optima_webdesign)" in capsys.readouterr().out


def test_duplicate_charge_on_day_14_in_berlin_is_approved_in_euros(project, capsys):
    # Day 14 counted in Europe/Berlin; in UTC or in India it would already be day 15.
    path = email(project, "nw-twice", "Doppelt abgebucht", "Mon, 15 Sep 2025 23:00:00 +0200",
                 "Hallo, I was charged twice for my yearly plan, invoice NW-20250902. Please refund one.\nJonas")
    (result,) = triage(capsys, project, path)
    assert (result["brand"], result["status"]) == ("notizwerk", "decided")
    (decision,) = result["decisions"]
    assert (decision["outcome"], decision["amount"], decision["currency"]) == ("approve", "96.00", "EUR")
    assert decision["payment_id"] == "nw_2" and decision["rules"] == ["L2", "L3", "L4"]
    assert result["case_ref"].startswith("NW-")
    draft = result["draft"]
    assert draft["template"] == "notizwerk/refund_approved"
    assert draft["subject"] == f"Re: Doppelt abgebucht [{result['case_ref']}]"
    assert "EUR 96.00" in draft["body"] and draft["body"].rstrip().endswith("Ihr Notizwerk-Team")
    assert "INR" not in draft["body"]


def test_day_15_in_berlin_is_outside_the_brand_window(project, capsys):
    path = email(project, "nw-late", "Charged twice", "Tue, 16 Sep 2025 00:30:00 +0200",
                 "I was charged twice for my yearly plan, invoice NW-20250902. Refund please.\nJonas")
    (result,) = triage(capsys, project, path)
    (decision,) = result["decisions"]
    assert (decision["outcome"], decision["rules"]) == ("deny", ["L2", "L3"])
    assert "Write to us within 14 days of the charge" in result["draft"]["body"]  # the brand's own clause


def test_cancellation_uses_the_brand_template_and_ledger_period(project, capsys):
    path = email(project, "nw-cancel", "Kündigung", "Thu, 18 Sep 2025 10:00:00 +0200",
                 "Please cancel my yearly subscription.\nJonas")
    (result,) = triage(capsys, project, path)
    (decision,) = result["decisions"]
    assert (decision["outcome"], decision["effective_date"]) == ("cancel", "2026-08-31")
    body = result["draft"]["body"]
    assert "Ihre Kündigung ist bestätigt" in body and "Monday, 31 August 2026" in body
    assert "Konto > Abo kündigen" in body


def test_brand_is_chosen_by_address_and_its_own_mail_is_ignored(project, capsys):
    other = email(project, "lo", "Refund", "Thu, 18 Sep 2025 10:00:00 +0200",
                  "Please cancel my subscription.", to="support@leadsoptima.com")
    own = email(project, "own", "Automatic reply", "Thu, 18 Sep 2025 10:00:00 +0200", "We are away.",
                sender="Notizwerk <rechnung@notizwerk.example>")
    unknown_customer = email(project, "stranger", "Refund", "Thu, 18 Sep 2025 10:00:00 +0200",
                             "I was charged twice, invoice NW-20250999, Refund please.",
                             sender="eva@example.de")
    to_lo, to_self, stranger = triage(capsys, project, other, own, unknown_customer)
    assert to_lo["brand"] == "leadsoptima"
    assert (to_self["brand"], to_self["status"], to_self["rules"]) == ("notizwerk", "ignore", ["C7"])
    assert stranger["brand"] == "notizwerk"
    # The brand's own plan names are asked for; an unknown customer is never approved.
    assert (stranger["status"], stranger["missing"]) == ("need_info", ["plan"])
    assert "your plan (monthly or annual)" in stranger["draft"]["body"]
    answered = email(project, "stranger-2", "Refund", "Thu, 18 Sep 2025 10:00:00 +0200",
                     "I was charged twice for my annual plan, invoice NW-20250999. Refund please.",
                     sender="eva@example.de")
    (result,) = triage(capsys, project, answered)
    assert [d["outcome"] for d in result["decisions"]] == ["escalate"]  # not in the ledger: a person checks


def test_replay_decides_the_third_brand_like_triage(project, capsys):
    mail = project / "mail"
    mail.mkdir()
    files = [
        email(mail, "a", "Charged twice", "Mon, 15 Sep 2025 23:00:00 +0200",
              "I was charged twice, invoice NW-20250902, yearly plan. Refund please."),
        email(mail, "b", "Cancel", "Thu, 18 Sep 2025 10:00:00 +0200", "Please cancel my plan."),
    ]
    expected = triage(capsys, project, *files)
    out = project / "decisions.jsonl"
    assert main(["--config", str(project / "config" / "mailbot.toml"), "replay", "--now", NOW, "--ledger",
                 str(project / "ledger.json"), "--out", str(out), str(mail)]) == 0
    assert "by brand: notizwerk 2" in capsys.readouterr().out
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [{k: v for k, v in r.items() if k not in ("source", "outcome")} for r in rows] == expected


def test_building_the_brands_reader_is_not_the_first_emails_time(project, capsys, monkeypatch):
    """(fix38l) The brand's reader (its patterns compiled, about a second, many under load) is built before the
    first email's ``email_seconds`` budget starts: under ``-n 2`` the first email once ran past the budget and came
    back as an error line with no "brand" (a KeyError here)."""
    from mailbot.reading.intake import Reader

    main_file = project / "config" / "mailbot.toml"
    main_file.write_text(main_file.read_text().replace("[mailbot]\n", "[mailbot]\nemail_seconds = 1\n", 1))
    built = Reader.of.__func__

    def slow_of(cls, *args, **kwargs):
        time.sleep(1.2)  # a build slower than the whole budget
        return built(cls, *args, **kwargs)

    monkeypatch.setattr(Reader, "of", classmethod(slow_of))
    path = email(project, "nw-slow", "Kündigung", "Thu, 18 Sep 2025 10:00:00 +0200",
                 "Please cancel my yearly subscription.\nJonas")
    (result,) = triage(capsys, project, path)
    assert (result["brand"], [d["outcome"] for d in result["decisions"]]) == ("notizwerk", ["cancel"])
