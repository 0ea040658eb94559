"""The staff commands through ``mailbot.cli.main``: drafts approve/edit/
reject/escalate with ``--as`` in the audit log, ``send --once`` to a real
aiosmtpd, ``users add/list/disable`` (password from standard input)."""

from __future__ import annotations

import io
import json
import shutil

import pytest

import mailbot.cli
from mailbot.cli import main
from mailbot.store import Store
from mailbot.store.audit import audit_entries
from tests.helpers import EXAMPLES, DEFAULTS, ROOT
from tests.smtpd import smtpd  # noqa: F401  (the fixture)

pytestmark = pytest.mark.integration


@pytest.fixture(autouse=True)
def staff_commands(monkeypatch):
    """The staff commands, whether or not the command list names them yet."""
    if "staff_cmds" not in mailbot.cli.COMMAND_MODULES:
        monkeypatch.setattr(mailbot.cli, "COMMAND_MODULES", (*mailbot.cli.COMMAND_MODULES, "staff_cmds"))


@pytest.fixture
def project(tmp_path, monkeypatch, smtpd):
    """The shipped configuration, sending to the test SMTP server; the demo's drafts."""
    shutil.copytree(DEFAULTS / "config", tmp_path / "config")
    (tmp_path / "templates").symlink_to(DEFAULTS / "templates")
    (tmp_path / "examples").symlink_to(EXAMPLES)
    with open(tmp_path / "config" / "mailbot.toml", "a") as f:
        f.write(f'\n[smtp.default]\nhost = "127.0.0.1"\nport = {smtpd.port}\nsecurity = "none"\n')
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delenv("MAILBOT_CONFIG", raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(capsys, *argv: str, stdin: str | None = None, monkeypatch=None) -> tuple[int, str, str]:
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(["--config", "config/mailbot.toml", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def json_lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def pending(capsys) -> list[dict]:
    code, out, _ = run(capsys, "drafts", "list", "--json")
    assert code == 0
    return json_lines(out)


def draft_audit(project, draft_id) -> list[tuple[str, str]]:
    store = Store.open(f"sqlite:///{project / 'var' / 'mailbot.db'}")
    try:
        with store.connect() as conn:
            return [(e.who, e.action) for e in audit_entries(conn, object_type="draft", object_id=draft_id)]
    finally:
        store.close()


@pytest.fixture(scope="module")
def demo_var(tmp_path_factory):
    """The ``var/`` folder (database, Maildirs, the demo's ledger) of ``mailbot demo --once`` run through
    ``main`` once for the module in a project like :func:`project` (no SMTP server: the demo sends nothing):
    each test that needs the demo's drafts copies it instead of triaging the samples again (~5 s CPU each)."""
    root = tmp_path_factory.mktemp("staff-cli-demo")
    shutil.copytree(DEFAULTS / "config", root / "config")
    (root / "templates").symlink_to(DEFAULTS / "templates")
    (root / "examples").symlink_to(EXAMPLES)
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("DATABASE_URL", raising=False)
        patch.delenv("MAILBOT_CONFIG", raising=False)
        patch.chdir(root)
        assert main(["--config", "config/mailbot.toml", "demo", "--once"]) == 0
    return root / "var"


@pytest.fixture
def drafts(project, capsys, monkeypatch, demo_var):
    shutil.copytree(demo_var, project / "var")
    for name in ("alice", "bob", "carol", "dave"):  # --as names an active account
        assert run(capsys, "users", "add", name, "--role", "staff", stdin="a long enough secret\n",
                   monkeypatch=monkeypatch)[0] == 0
    found = pending(capsys)
    assert len(found) >= 4
    return found


def test_as_must_name_an_active_account(project, capsys, drafts):
    target = str(drafts[0]["id"])
    code, _, err = run(capsys, "drafts", "approve", target, "--as", "ghost")
    assert code == 2 and "--as ghost: no such staff account" in err and err.count("\n") == 1
    assert run(capsys, "users", "disable", "dave", "--as", "alice")[0] == 0
    code, _, err = run(capsys, "drafts", "escalate", target, "--as", "dave")
    assert code == 2 and "--as dave: the account is disabled" in err
    assert json_lines(run(capsys, "drafts", "show", target, "--json")[1])[0]["status"] == "pending"
    assert run(capsys, "drafts", "approve", target, "--as", "alice")[0] == 0


def test_approve_as_someone_then_send_once(project, capsys, drafts, smtpd):
    first = drafts[0]
    code, out, _ = run(capsys, "drafts", "approve", str(first["id"]), "--as", "alice")
    assert code == 0 and "approved" in out
    assert draft_audit(project, first["id"]) == [("alice", "draft.approve")]
    assert first["id"] not in [d["id"] for d in pending(capsys)]

    code, out, _ = run(capsys, "send", "--once")
    assert code == 0 and "1 sent" in out
    (got,) = smtpd.received
    assert got.message["Message-ID"] == first["message_id"]
    assert got.recipients == [first["to"]]
    code, out, _ = run(capsys, "send", "--once")
    assert code == 0 and "nothing to send" in out and len(smtpd.received) == 1
    _, out, _ = run(capsys, "drafts", "list", "--status", "sent", "--json")
    assert [d["id"] for d in json_lines(out)] == [first["id"]]


def test_edit_reject_escalate_are_recorded_with_who(project, capsys, drafts, monkeypatch):
    one, two, three = (d["id"] for d in drafts[:3])
    body = project / "reply.txt"
    body.write_text("Dear customer,\n\nWe have your request.\n")
    code, _, _ = run(capsys, "drafts", "edit", str(one), "--body-file", str(body), "--subject", "Your request",
                     "--as", "bob")
    assert code == 0
    code, out, _ = run(capsys, "drafts", "show", str(one), "--json")
    shown = json_lines(out)[0]
    assert shown["body"] == "Dear customer,\n\nWe have your request.\n" and shown["status"] == "pending"
    assert shown["subject"].startswith("Your request [")

    code, _, _ = run(capsys, "drafts", "edit", str(one), "--as", "bob", stdin="From standard input.\n",
                     monkeypatch=monkeypatch)
    assert code == 0
    assert json_lines(run(capsys, "drafts", "show", str(one), "--json")[1])[0]["body"] == "From standard input.\n"

    assert run(capsys, "drafts", "reject", str(two), "--reason", "duplicate request", "--as", "carol")[0] == 0
    assert run(capsys, "drafts", "escalate", str(three), "--note", "call them", "--as", "dave")[0] == 0
    assert draft_audit(project, one) == [("bob", "draft.edit"), ("bob", "draft.edit")]
    assert draft_audit(project, two) == [("carol", "draft.reject")]
    assert draft_audit(project, three) == [("dave", "draft.escalate")]

    code, _, err = run(capsys, "drafts", "approve", str(two), "--as", "alice")
    assert code == 2 and "is rejected; only a pending draft" in err and err.count("\n") == 1
    code, _, err = run(capsys, "drafts", "approve", "999")
    assert code == 2 and "draft 999: no such draft" in err
    with pytest.raises(SystemExit):  # argparse: --reason is required
        run(capsys, "drafts", "reject", str(one))


def test_a_refused_reply_fails_the_send_command_with_the_servers_words(project, capsys, drafts, smtpd):
    run(capsys, "drafts", "approve", str(drafts[0]["id"]))
    smtpd.answer("550")
    code, out, _ = run(capsys, "send", "--once")
    assert code == 1 and "1 failed" in out
    _, out, _ = run(capsys, "drafts", "list", "--status", "failed", "--json")
    (failed,) = json_lines(out)
    assert "550 5.7.1" in failed["send_error"]


def test_users_add_list_disable(project, capsys, monkeypatch):
    secret = "a very long secret 42"
    code, out, _ = run(capsys, "users", "add", "alice", "--role", "admin", stdin=secret + "\n",
                       monkeypatch=monkeypatch)
    assert code == 0 and "alice" in out and secret not in out
    code, _, err = run(capsys, "users", "add", "alice", "--role", "staff", stdin=secret + "\n",
                       monkeypatch=monkeypatch)
    assert code == 2 and "already exists" in err
    code, _, err = run(capsys, "users", "add", "bob", "--role", "staff", stdin="short\n", monkeypatch=monkeypatch)
    assert code == 2 and "too short" in err
    run(capsys, "users", "add", "bob", "--role", "staff", stdin="another long secret\n", monkeypatch=monkeypatch)

    code, out, _ = run(capsys, "users", "list", "--json")
    assert [(u["name"], u["role"], u["active"]) for u in json_lines(out)] == [("alice", "admin", True),
                                                                               ("bob", "staff", True)]
    code, out, _ = run(capsys, "users", "disable", "bob", "--as", "alice")
    assert code == 0
    assert [u["active"] for u in json_lines(run(capsys, "users", "list", "--json")[1])] == [True, False]
    code, _, err = run(capsys, "users", "disable", "ghost")
    assert code == 2 and "no such user" in err
    database = (project / "var" / "mailbot.db").read_bytes() + b"".join(
        p.read_bytes() for p in (project / "var").glob("mailbot.db-*"))
    assert secret.encode() not in database  # only the hash is stored
