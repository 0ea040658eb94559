"""``mailbot replay``: every email decided as ``mailbot triage --each`` decides
it, over a folder, an mbox, a Maildir and the test corpora; a summary; every
decision in CSV or JSON lines; ``--compare`` lists what a settings change alters."""

from __future__ import annotations

import csv
import io
import json
import mailbox
import shutil
from pathlib import Path

import pytest

import mailbot.cli
from mailbot.cli import main
from mailbot.cli.admin_cmds import Progress
from mailbot.replay import ReplayError, emails_at
from tests.corpora import CORPORA, manifest_paths
from tests.helpers import CONFIG, EXAMPLES, DEFAULTS

EMAILS = EXAMPLES / "emails"
LEDGER = EXAMPLES / "ledger.json"
NOW = "2025-09-25T10:00:00+05:30"


@pytest.fixture(autouse=True)
def admin_commands(monkeypatch):
    """The admin commands, whether or not the CLI lists them yet."""
    if "admin_cmds" not in mailbot.cli.COMMAND_MODULES:
        monkeypatch.setattr(mailbot.cli, "COMMAND_MODULES", (*mailbot.cli.COMMAND_MODULES, "admin_cmds"))


def corpus_paths(kind: str) -> list[str]:
    return [str(CORPORA / path) for path in manifest_paths(kind)]


def triage_each(capsys, files, *extra, config=CONFIG) -> list[dict]:
    assert main(["--config", str(config), "triage", "--each", "--now", NOW, *extra, *map(str, files)]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def replay(capsys, tmp_path, paths, *extra, config=CONFIG, out="out.jsonl") -> tuple[str, list[dict]]:
    target = tmp_path / out
    assert main(["--config", str(config), "replay", "--now", NOW, "--out", str(target), *extra,
                 *map(str, paths)]) == 0
    stdout = capsys.readouterr().out
    if target.suffix == ".csv":
        return stdout, list(csv.DictReader(target.open(encoding="utf-8", newline="")))
    return stdout, [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]


def as_triage_line(row: dict) -> dict:
    """A replay row as ``triage --each`` prints the same email."""
    if row["status"] == "error":
        return {"file": row["source"], "error": row["error"]}
    return {k: v for k, v in row.items() if k not in ("source", "outcome")}


def test_examples_replay_equals_triage_each(capsys, tmp_path):
    files = sorted(EMAILS.glob("*.eml"))
    expected = triage_each(capsys, files, "--ledger", str(LEDGER))
    stdout, rows = replay(capsys, tmp_path, [EMAILS], "--ledger", str(LEDGER))
    assert [r["source"] for r in rows] == [str(f) for f in files]
    assert [as_triage_line(r) for r in rows] == expected
    assert stdout.startswith(f"{len(files)} emails, ")
    statuses = {r["status"] for r in rows}
    assert {"decided", "need_info"} <= statuses  # the examples are not all the same


@pytest.mark.parametrize("brand", [None, "leadsoptima", "optima_webdesign"])
def test_corpus_replay_runs_to_the_end_and_equals_triage_each(capsys, tmp_path, brand):
    files = corpus_paths("raw")
    extra = ("--brand", brand) if brand else ()
    expected = triage_each(capsys, files, *extra)
    stdout, rows = replay(capsys, tmp_path, files, "--format", "eml", *extra)
    assert len(rows) == len(files)
    assert [as_triage_line(r) for r in rows] == expected
    lines = stdout.splitlines()
    assert lines[0].startswith(f"{len(files)} emails, ")
    assert [line.split(":")[0] for line in lines[1:5]] == ["by brand", "by status", "by outcome", "by rule"]
    assert lines[-1].startswith("replayed in ")
    if brand:  # the corpora's mail, read as if sent to the brand, gets decisions and drafts
        assert sum(1 for r in rows if r.get("draft")) > 0


def test_mbox_replay_equals_triage_each_of_its_messages(capsys, tmp_path):
    boxes = corpus_paths("mbox")
    singles = tmp_path / "singles"
    singles.mkdir()
    files = []
    for box_path in boxes:
        box = mailbox.mbox(box_path, create=False)
        for number, key in enumerate(box.keys(), start=1):
            file = singles / f"{Path(box_path).name}-{number:03}.eml"
            file.write_bytes(box.get_bytes(key))
            files.append(file)
    expected = triage_each(capsys, files, "--brand", "leadsoptima")
    _, rows = replay(capsys, tmp_path, boxes, "--brand", "leadsoptima")
    assert len(rows) == len(files) > len(boxes)
    for row, line, file in zip(rows, expected, files):
        assert row["source"].split("#")[0] in boxes
        if "error" in line:  # the same complaint, naming where the email came from
            assert row["error"] == line["error"].replace(str(file), row["source"])
            continue
        # Only the provisional case reference may differ, for an email with neither Message-ID nor
        # subject: it is derived from where the email came from.
        if row["case_ref"] != line["case_ref"]:
            line = {**line, "case_ref": row["case_ref"], "draft": row["draft"]}
        assert as_triage_line(row) == line


def test_maildir_replay_equals_folder_replay(capsys, tmp_path):
    box = mailbox.Maildir(tmp_path / "Maildir", create=True)
    for file in sorted(EMAILS.glob("*.eml")):
        box.add(mailbox.MaildirMessage(file.read_bytes()))
    _, from_folder = replay(capsys, tmp_path, [EMAILS], "--ledger", str(LEDGER), out="folder.jsonl")
    _, from_maildir = replay(capsys, tmp_path, [tmp_path / "Maildir"], "--ledger", str(LEDGER), out="md.jsonl")

    def by_id(rows):
        return {r["draft"]["subject"] if r["draft"] else r["case_ref"]: (r["status"], r["decisions"])
                for r in rows}
    assert len(from_maildir) == len(from_folder)
    assert by_id(from_maildir) == by_id(from_folder)


def test_csv_has_one_row_per_email_with_the_draft(capsys, tmp_path):
    _, rows = replay(capsys, tmp_path, [EMAILS], "--ledger", str(LEDGER), out="out.csv")
    assert len(rows) == len(list(EMAILS.glob("*.eml")))
    approved = next(r for r in rows if r["source"].endswith("01-lo-charged-twice.eml"))
    assert (approved["brand"], approved["status"], approved["outcome"]) == ("leadsoptima", "decided", "approve")
    assert approved["template"] == "leadsoptima/refund_approved"
    assert "INR 11,988.00" in approved["body"] and approved["subject"].startswith("Re: ")


def test_unreadable_email_is_reported_and_the_replay_goes_on(capsys, tmp_path):
    folder = tmp_path / "mail"
    shutil.copytree(EMAILS, folder)
    (folder / "00-garbage.eml").write_bytes(b"\x00\x01 not an email at all")
    stdout, rows = replay(capsys, tmp_path, [folder])
    assert rows[0]["status"] == "error" and "00-garbage.eml" in rows[0]["error"]
    assert len(rows) == len(list(EMAILS.glob("*.eml"))) + 1
    assert "1 unreadable" in stdout.splitlines()[0]
    assert any(line.strip().startswith("unreadable: ") and "00-garbage.eml" in line for line in stdout.splitlines())


def test_missing_path_and_bad_output_name_are_one_line_errors(capsys, tmp_path):
    assert main(["--config", str(CONFIG), "replay", str(tmp_path / "nowhere")]) == 2
    assert capsys.readouterr().err.strip().endswith("no such file, folder or Maildir")
    assert main(["--config", str(CONFIG), "replay", "--out", str(tmp_path / "x.txt"), str(EMAILS)]) == 2
    assert "write decisions to a .csv or a .jsonl file" in capsys.readouterr().err
    with pytest.raises(ReplayError):
        list(emails_at([EMAILS], "maildir"))


@pytest.fixture
def other_config(tmp_path):
    """A copy of the configuration with a longer refund window and a reworded denial."""
    shutil.copytree(DEFAULTS / "config", tmp_path / "other" / "config")
    shutil.copytree(DEFAULTS / "templates", tmp_path / "other" / "templates")
    brand = tmp_path / "other" / "config" / "brands" / "leadsoptima.toml"
    brand.write_text(brand.read_text().replace("refund_window_days = 7", "refund_window_days = 30"))
    denied = tmp_path / "other" / "templates" / "_shared" / "part_refund_denied.txt.j2"
    denied.write_text(denied.read_text() + "\nWe are sorry we could not do more this time.\n")
    return tmp_path / "other" / "config" / "mailbot.toml"


def test_compare_lists_changed_decisions_and_drafts(capsys, tmp_path, other_config):
    stdout, rows = replay(capsys, tmp_path, [EMAILS], "--ledger", str(LEDGER), "--compare", str(other_config))
    before = {r["source"]: r for r in rows}
    _, after_rows = replay(capsys, tmp_path, [EMAILS], "--ledger", str(LEDGER), config=other_config,
                           out="after.jsonl")
    after = {r["source"]: r for r in after_rows}
    decision_changed = {s for s in before if (before[s]["status"], before[s]["decisions"]) !=
                        (after[s]["status"], after[s]["decisions"])}
    draft_only = {s for s in before if s not in decision_changed and before[s]["draft"] != after[s]["draft"]}
    assert decision_changed and draft_only  # the two edits each change something in the examples
    assert {s for s, r in before.items() if r["changed"] == "decision"} == decision_changed
    assert {s for s, r in before.items() if r["changed"] == "draft"} == draft_only
    report = stdout[stdout.index("compared with"):].splitlines()
    assert report[1] == f"{len(decision_changed)} decisions and {len(draft_only)} more drafts change"
    listed = [line.strip() for line in report[2:] if line.startswith("  ")]
    assert len(listed) == len(decision_changed) + len(draft_only)
    for source in decision_changed:
        assert any(line.startswith(f"{source}: decision ") and "→" in line for line in listed)
    for source in draft_only:
        assert any(line.startswith(f"{source}: draft ") and "body changed" in line for line in listed)


def test_compare_with_the_same_configuration_changes_nothing(capsys, tmp_path):
    stdout, rows = replay(capsys, tmp_path, [EMAILS], "--ledger", str(LEDGER), "--compare", str(CONFIG))
    assert "0 decisions and 0 more drafts change" in stdout
    assert all(r["changed"] == "" for r in rows)


class FakeClock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def test_progress_bar_appears_only_on_long_runs():
    stream, clock = io.StringIO(), FakeClock()
    bar = Progress(200, stream, clock)
    bar(1)
    assert stream.getvalue() == ""  # a short run shows nothing
    clock.now = 1.0
    bar(100)
    assert stream.getvalue() == "\r[" + "#" * 15 + "." * 15 + "] 100/200  100/s"
    clock.now = 1.05
    bar(101)  # redrawn at most ten times a second
    assert stream.getvalue().count("\r") == 1
    clock.now = 2.0
    bar(200)
    bar.finish()
    assert stream.getvalue().endswith("] 200/200  100/s\n")


def test_no_progress_bar_when_standard_error_is_not_a_terminal(capsys, tmp_path):
    replay(capsys, tmp_path, [EMAILS])
    assert capsys.readouterr().err == ""
