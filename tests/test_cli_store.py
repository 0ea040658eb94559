"""Every data command, run through ``mailbot.cli.main`` on a project folder
with the shipped configuration, a real Maildir and a real SQLite file."""

from __future__ import annotations

import json
import shutil

import pytest

from mailbot.cli import main
from tests.helpers import EXAMPLES, DEFAULTS, ROOT


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A copy of the shipped configuration; var/ (database, Maildirs) inside it."""
    shutil.copytree(DEFAULTS / "config", tmp_path / "config")
    (tmp_path / "templates").symlink_to(DEFAULTS / "templates")
    (tmp_path / "examples").symlink_to(EXAMPLES)
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delenv("MAILBOT_CONFIG", raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["--config", "config/mailbot.toml", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def json_lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def sample_count() -> int:
    return len(list((EXAMPLES / "emails").glob("*.eml")))


def test_db_upgrade_creates_the_database(project, capsys):
    code, out, _ = run(capsys, "db", "upgrade")
    assert code == 0 and "at revision" in out
    assert (project / "var" / "mailbot.db").exists()


def test_ledger_import_reports_counts_and_refuses_a_bad_file(project, capsys):
    code, out, _ = run(capsys, "ledger", "import", str(EXAMPLES / "ledger.json"), "--as", "alice")
    assert code == 0 and "customers" in out and "payments" in out
    bad = project / "bad.json"
    bad.write_text(json.dumps({"payments": [{"brand": "leadsoptima", "id": "p1"}]}))
    code, _, err = run(capsys, "ledger", "import", str(bad))
    assert code == 2
    assert err.count("\n") == 1 and "bad.json" in err and "payments[0]" in err


def test_demo_then_every_listing(project, capsys):
    code, out, _ = run(capsys, "demo", "--once")
    assert code == 0
    assert f"{sample_count()} sample emails delivered" in out
    assert (project / "var" / "demo-maildir" / "new").is_dir()
    assert out.count("\n--- draft ") >= 4 and "Hello " in out  # each draft's body, as the customer reads it
    assert (project / "var" / "demo-shift.json").is_file()  # the live demo: dates moved to this week

    code, out, _ = run(capsys, "messages", "list", "--json")
    received = json_lines(out)
    assert code == 0 and len(received) == sample_count()
    assert all({"id", "message_id", "status"} <= set(m) for m in received)
    assert {m["status"] for m in received} <= {"case", "ignored"}

    code, out, _ = run(capsys, "messages", "list")
    assert code == 0 and out.splitlines()[0].split()[:2] == ["ID", "STATUS"]

    code, out, _ = run(capsys, "cases", "list", "--json")
    listed = json_lines(out)
    assert code == 0 and listed
    assert all({"id", "reference", "status", "outcome", "overdue"} <= set(c) for c in listed)
    case = listed[0]

    code, out, _ = run(capsys, "cases", "show", str(case["id"]))
    assert code == 0 and case["reference"] in out and "drafts:" in out

    code, out, _ = run(capsys, "cases", "show", str(case["id"]), "--json")
    (shown,) = json_lines(out)
    assert shown["id"] == case["id"] and shown["decisions"] and shown["messages"]

    code, out, _ = run(capsys, "drafts", "list", "--json")
    drafts = json_lines(out)
    assert code == 0 and drafts and all(d["status"] == "pending" for d in drafts)

    code, out, _ = run(capsys, "drafts", "show", str(drafts[0]["id"]))
    assert code == 0 and f"Subject: {drafts[0]['subject']}" in out

    code, out, _ = run(capsys, "drafts", "show", str(drafts[0]["id"]), "--json")
    assert json_lines(out)[0]["body"]

    code, out, _ = run(capsys, "status", "--json")
    lines = json_lines(out)
    assert code == 0
    assert [line["mailbox"] for line in lines if "mailbox" in line] == ["local-demo", "local-demo-leadsoptima"]
    assert lines[-1]["queues"]["drafts"]["pending"] == len(drafts)

    code, out, _ = run(capsys, "status")
    assert code == 0 and "local-demo" in out


def test_demo_twice_adds_nothing(project, capsys):
    run(capsys, "demo", "--once")
    code, out, _ = run(capsys, "demo", "--once")
    assert code == 0 and "0 sample emails delivered" in out
    _, out, _ = run(capsys, "messages", "list", "--json")
    assert len(json_lines(out)) == sample_count()


def test_poll_once_records_a_broken_email_and_retry_reports_it(project, capsys):
    run(capsys, "demo", "--once")
    broken = project / "var" / "demo-maildir-leadsoptima" / "new" / "broken.eml"
    broken.write_bytes(b"\x00\x01 not an email")
    code, out, _ = run(capsys, "poll", "--once")
    assert code == 0 and "1 failed" in out

    _, out, _ = run(capsys, "messages", "list", "--status", "failed", "--json")
    (failed,) = json_lines(out)
    assert "not an email" in failed["error"]

    code, out, _ = run(capsys, "retry", str(failed["id"]), "--as", "alice")
    assert code == 1 and "failed again" in out

    _, out, _ = run(capsys, "messages", "list", "--status", "case", "--json")
    code, _, err = run(capsys, "retry", str(json_lines(out)[0]["id"]))
    assert code == 2 and "only failed messages" in err


def test_unknown_ids_are_one_line_errors(project, capsys):
    run(capsys, "db", "upgrade")
    for argv in (("cases", "show", "999"), ("drafts", "show", "999"), ("retry", "999")):
        code, _, err = run(capsys, *argv)
        assert code == 2 and err.startswith("mailbot: ") and err.count("\n") == 1


def test_reading_commands_ask_for_the_upgrade_first(project, capsys):
    code, _, err = run(capsys, "cases", "list")
    assert code == 2 and "mailbot db upgrade" in err
