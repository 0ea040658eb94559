"""The admin commands, through ``mailbot.cli.main`` on a copy of the shipped
configuration: ``templates check``, ``templates preview`` and the extra checks
of ``config check``.  Every broken template or setting is one clear line."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

import mailbot.cli
from mailbot.cli import main
from mailbot.config import load_config
from mailbot.config import check as config_check
from mailbot.drafting import TEMPLATE_NAMES, reply_subject
from tests.helpers import CONFIG, EXAMPLES, DEFAULTS, ROOT

EMAILS = EXAMPLES / "emails"
NOW = "2025-09-25T10:00:00+05:30"


@pytest.fixture(autouse=True)
def admin_commands(monkeypatch):
    """The admin commands, whether or not the CLI lists them yet."""
    if "admin_cmds" not in mailbot.cli.COMMAND_MODULES:
        monkeypatch.setattr(mailbot.cli, "COMMAND_MODULES", (*mailbot.cli.COMMAND_MODULES, "admin_cmds"))


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A writable copy of config/ and templates/; var/ inside it."""
    shutil.copytree(DEFAULTS / "config", tmp_path / "config")
    shutil.copytree(DEFAULTS / "templates", tmp_path / "templates")
    (tmp_path / "examples").symlink_to(EXAMPLES)
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delenv("MAILBOT_CONFIG", raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(capsys, *argv: str, config: str | None = None) -> tuple[int, list[str], str]:
    code = main(["--config", config or str(Path("config/mailbot.toml").resolve()), *argv])
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


def set_line(path: Path, key: str, value: str) -> None:
    lines = path.read_text().splitlines()
    assert any(line.startswith(f"{key} =") for line in lines), key
    path.write_text("\n".join(f"{key} = {value}" if line.startswith(f"{key} =") else line for line in lines) + "\n")


# -- templates check ----------------------------------------------------------------

def test_templates_check_passes_on_the_shipped_templates(capsys):
    code, out, _ = run(capsys, "templates", "check", config=str(CONFIG))
    assert code == 0
    assert out == [f"templates OK: {len(TEMPLATE_NAMES)} replies for each of 2 brands (leadsoptima, optima_webdesign)"]


def test_undefined_variable_is_one_line_with_file_line_and_name(project, capsys):
    target = project / "templates" / "_shared" / "refund_denied.txt.j2"
    lines = target.read_text().splitlines()
    lines.insert(2, "Your refund of {{ refund.amont }} is denied.")
    target.write_text("\n".join(lines) + "\n")
    code, out, _ = run(capsys, "templates", "check")
    assert code == 1
    assert len(out) == 1  # one problem, however many samples hit it
    assert out[0].startswith(f"{target}:3: undefined variable") and "amont" in out[0]


def test_syntax_error_is_one_line_with_file_and_line(project, capsys):
    target = project / "templates" / "leadsoptima" / "part_cancel_confirmed.txt.j2"
    target.write_text("Line one\n{% if cancellation.last_active_day %}\nno endif here\n")
    code, out, _ = run(capsys, "templates", "check")
    assert code == 1
    assert len(out) == 1
    assert re.fullmatch(re.escape(str(target)) + r":3: syntax error: .+", out[0])


def test_outcome_without_template_is_one_line(project, capsys):
    (project / "templates" / "_shared" / "cancel_escalated.txt.j2").unlink()
    code, out, _ = run(capsys, "templates", "check")
    assert code == 1
    assert any("cancel_escalated.txt.j2" in line and "not found" in line for line in out)
    assert all("\n" not in line for line in out)


def test_override_folder_is_checked_too(project, capsys):
    overrides = project / "my-templates" / "optima_webdesign"
    overrides.mkdir(parents=True)
    (overrides / "refund_approved.txt.j2").write_text("{{ customer.greeting }}\n{{ refund.amount_due }}\n")
    config_file = project / "config" / "mailbot.toml"
    config_file.write_text(config_file.read_text().replace('# template_overrides = "../my-templates"',
                                                           'template_overrides = "../my-templates"'))
    code, out, _ = run(capsys, "templates", "check")
    assert code == 1
    assert len(out) == 1
    assert out[0].startswith(f"{overrides / 'refund_approved.txt.j2'}:2: undefined variable")
    assert "amount_due" in out[0]


# -- templates preview -------------------------------------------------------------------

def test_preview_with_sample_data(capsys):
    code, out, _ = run(capsys, "templates", "preview", "optima_webdesign", "cancel_confirmed", "--now", NOW,
                       config=str(CONFIG))
    assert code == 0
    assert out[0].startswith("# optima_webdesign/cancel_confirmed rendered with sample data")
    assert out[1].startswith("Subject: Re: ") and "[OWD-1042]" in out[1]
    assert out[-1] == "Billing & Refunds Desk — Optima WebDesign"


def test_preview_with_an_email_and_a_ledger_equals_the_triage_draft(capsys):
    email = str(EMAILS / "01-lo-charged-twice.eml")
    ledger = str(EXAMPLES / "ledger.json")
    assert main(["--config", str(CONFIG), "triage", "--json", "--now", NOW, "--ledger", ledger, email]) == 0
    draft = json.loads(capsys.readouterr().out)["draft"]
    code, out, _ = run(capsys, "templates", "preview", "leadsoptima", "refund_approved", "--eml", email,
                       "--ledger", ledger, "--now", NOW, config=str(CONFIG))
    assert code == 0
    assert "the worker would use refund_approved" in out[0]
    assert out[1:] == [f"Subject: {draft['subject']}", "", *draft["body"].splitlines()]


def test_preview_of_a_template_the_case_cannot_fill_is_one_line(capsys):
    email = str(EMAILS / "04-lo-please-cancel.eml")
    code, out, err = run(capsys, "templates", "preview", "leadsoptima", "refund_approved", "--eml", email,
                         "--now", NOW, config=str(CONFIG))
    assert code == 2
    assert err.count("\n") == 1
    assert re.search(r"refund_approved\.txt\.j2:\d+: undefined variable", err), err


def test_preview_refuses_unknown_brand_and_template(capsys):
    code, _, err = run(capsys, "templates", "preview", "acme", "need_info", config=str(CONFIG))
    assert code == 2 and "unknown brand 'acme'" in err
    code, _, err = run(capsys, "templates", "preview", "leadsoptima", "refund_aproved", config=str(CONFIG))
    assert code == 2 and "unknown template 'refund_aproved'" in err


def test_preview_of_a_stored_case(project, capsys):
    assert run(capsys, "demo", "--once")[0] == 0
    _, out, _ = run(capsys, "cases", "list", "--json")
    cases = [json.loads(line) for line in out]
    case = next(c for c in cases if c["brand"] == "leadsoptima" and c["status"] == "decided")
    _, out, _ = run(capsys, "drafts", "list", "--case", str(case["id"]), "--json")
    stored = [json.loads(line) for line in out][-1]
    name = stored["template"].split("/")[1]
    code, out, _ = run(capsys, "templates", "preview", "leadsoptima", name, "--case", str(case["id"]))
    assert code == 0
    assert out[0].startswith(f"# leadsoptima/{name} for case {case['reference']}")
    assert out[1] == f"Subject: {stored['subject']}"
    code, _, err = run(capsys, "templates", "preview", "leadsoptima", name, "--case", "9999")
    assert code == 2 and err.strip() == "mailbot: case 9999: no such case"


# -- subjects --------------------------------------------------------------------------

def test_subjects_are_one_bounded_line_whatever_the_customer_wrote():
    subject = reply_subject("Refund\r\nBcc: victim@example.com\n" + "very long words " * 100, "LO-1042")
    assert "\n" not in subject and "\r" not in subject
    assert len(subject) <= 150 and subject.endswith("[LO-1042]")


# -- config check --------------------------------------------------------------------------

@pytest.mark.parametrize("key, value, expected", [
    ("overdue_business_days", '"two"', "overdue_business_days: expected a whole number, got 'two'"),
    ("overdue_business_days", "0", "overdue_business_days: must be between 1 and 60, got 0"),
])
def test_broken_setting_is_one_line(project, capsys, key, value, expected):
    brand = project / "config" / "brands" / "leadsoptima.toml"
    set_line(brand, key, value)
    code, out, _ = run(capsys, "config", "check")
    assert code == 1
    assert out == [f"{brand}: {expected}"]


def test_unknown_key_is_one_line_with_did_you_mean(project, capsys):
    brand = project / "config" / "brands" / "leadsoptima.toml"
    brand.write_text(brand.read_text().replace("refund_window_days =", "refund_windows_days ="))
    code, out, _ = run(capsys, "config", "check")
    assert code == 1
    assert f"{brand}: refund_windows_days: unknown setting (did you mean 'refund_window_days'?)" in out
    assert len(out) == 1


def test_password_env_named_but_unset_is_a_warning_line(project, capsys, monkeypatch):
    config_file = project / "config" / "mailbot.toml"
    config_file.write_text(config_file.read_text() + '\n[smtp.default]\nhost = "smtp.example.com"\n'
                           'username = "support@leadsoptima.com"\npassword_env = "MAILBOT_TEST_SMTP_SECRET"\n')
    monkeypatch.delenv("MAILBOT_TEST_SMTP_SECRET", raising=False)
    code, out, _ = run(capsys, "config", "check")
    assert code == 0
    assert out[0] == (f"{config_file}: smtp.default.password_env: environment "
                      "variable MAILBOT_TEST_SMTP_SECRET is not set (replies cannot be sent) (warning)")
    assert out[-1].endswith("OK (2 brands, 2 mailboxes, 1 warning)")
    assert run(capsys, "config", "check", "--strict")[0] == 1
    monkeypatch.setenv("MAILBOT_TEST_SMTP_SECRET", "s3cret")
    code, out, _ = run(capsys, "config", "check")
    assert code == 0 and len(out) == 1 and "s3cret" not in out[0]


def test_brand_without_its_templates_is_one_line_per_reply(project, capsys):
    brand = project / "config" / "brands" / "optima_webdesign.toml"
    brand.write_text('templates = "optima_new"\n' + brand.read_text())
    (project / "templates" / "_shared" / "refund_and_cancel.txt.j2").unlink()
    code, out, _ = run(capsys, "config", "check")
    assert code == 1
    assert f"{brand}: templates: folder 'optima_new' not found in {project / 'templates'}" in out
    missing = [line for line in out if "no " in line and "refund_and_cancel.txt.j2" in line]
    assert len(missing) == 2  # one per brand
    assert not any("need_info" in line for line in out)  # _shared still serves the other replies


def test_override_that_replaces_nothing_is_a_warning_with_did_you_mean(project, capsys):
    overrides = project / "my-templates"
    (overrides / "leadsoptima").mkdir(parents=True)
    (overrides / "leadsoptima" / "refund_aproved.txt.j2").write_text("Hello\n")
    (overrides / "leadsoptma").mkdir()
    (overrides / "leadsoptma" / "need_info.txt.j2").write_text("Hello\n")
    config_file = project / "config" / "mailbot.toml"
    config_file.write_text(config_file.read_text().replace('# template_overrides', 'template_overrides'))
    code, out, _ = run(capsys, "config", "check")
    assert code == 0
    assert any("leadsoptima/refund_aproved.txt.j2 replaces no shipped template (did you mean "
               "'refund_approved.txt.j2'?) (warning)" in line for line in out)
    assert any("leadsoptma/need_info.txt.j2 is not in a brand's folder" in line and "'leadsoptima'" in line
               for line in out)


def test_missing_override_folder_is_one_line(project, capsys):
    config_file = project / "config" / "mailbot.toml"
    config_file.write_text(config_file.read_text().replace('# template_overrides', 'template_overrides'))
    code, out, _ = run(capsys, "config", "check")
    assert code == 1
    assert out == [f"{config_file}: mailbot.template_overrides: folder not found: "
                   f"{project / 'my-templates'}"]


def test_shared_address_and_case_prefix_are_caught(project, capsys):
    brand = project / "config" / "brands" / "optima_webdesign.toml"
    text = brand.read_text().replace('"support@optimawebdesign.com"', '"support@leadsoptima.com"')
    brand.write_text(text.replace('case_prefix = "OWD"', 'case_prefix = "LO"'))
    code, out, _ = run(capsys, "config", "check")
    assert code == 1
    assert f"{brand}: addresses: support@leadsoptima.com is also an address of brand leadsoptima" in out
    assert any(line.startswith(f"{brand}: case_prefix: 'LO' is also brand leadsoptima's") for line in out)


def test_case_prefix_that_replies_cannot_carry(project, capsys):
    brand = project / "config" / "brands" / "leadsoptima.toml"
    set_line(brand, "case_prefix", '"lo-case"')
    code, out, _ = run(capsys, "config", "check")
    assert code == 1 and len(out) == 1 and out[0].startswith(f"{brand}: case_prefix: expected a capital letter")


def test_mailbox_of_a_brand_without_a_file(project, capsys):
    config_file = project / "config" / "mailbot.toml"
    config_file.write_text(config_file.read_text().replace('brand = "leadsoptima"', 'brand = "leadoptima"'))
    code, out, _ = run(capsys, "config", "check")
    assert code == 1
    assert any("mailboxes[1].brand: unknown brand 'leadoptima'" in line for line in out)


def test_reply_template_names_agree_with_drafting():
    assert config_check.REPLY_TEMPLATES == TEMPLATE_NAMES


def test_denial_clauses_agree_with_the_policy_modules():
    for kind, keys in config_check.DENIAL_CLAUSES.items():
        source = (ROOT / "mailbot" / "policy" / f"{kind}.py").read_text()
        assert tuple(sorted(set(re.findall(r'deny\(\[[^\]]*\], "(\w+)"', source)))) == keys


def test_shipped_configuration_has_no_finding():
    assert config_check.further_problems(load_config(CONFIG), environ={}) == []
