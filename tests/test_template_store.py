"""Reply templates kept in the store (issue 14), on a real SQLite database
holding the triaged samples: the loader chain, every process seeing a save,
lint on save, history, rollback and reset with the audit log, import and
export, re-drafting a pending reply, and the ``mailbot templates`` commands."""

from __future__ import annotations

import dataclasses
import re

import pytest
from sqlalchemy import event

from mailbot.cli import main
from mailbot.drafting import Drafter
from mailbot.drafting.check import sample_cases
from mailbot.drafting.overrides import FixedOverrides, OverrideSet
from mailbot.service import templates as ts
from mailbot.service.demo import run_demo
from mailbot.store import cases as case_store
from mailbot.store.audit import audit_entries
from mailbot.store.database import Store, upgrade
from tests.helpers import DEFAULTS
from tests.webapp import START, MovingClock, open_staff_store, triaged_copy

DENIED = "part_refund_denied.txt.j2"
APPROVED = "part_refund_approved.txt.j2"
SHIPPED_DENIED = (DEFAULTS / "templates" / "_shared" / DENIED).read_text(encoding="utf-8")
SHIPPED_APPROVED = (DEFAULTS / "templates" / "_shared" / APPROVED).read_text(encoding="utf-8")
NEW_WORDS = "We looked at every detail of your request"


def denial(words: str = NEW_WORDS) -> str:
    return SHIPPED_DENIED.replace("We have reviewed your request", words)


@pytest.fixture(scope="module")
def triaged(tmp_path_factory, triaged_template):
    return triaged_copy(triaged_template, tmp_path_factory.mktemp("template-store-project"))


@pytest.fixture
def store(triaged, tmp_path):
    store = open_staff_store(triaged, tmp_path)
    yield store
    store.close()


def draft_for(config, brand_name: str, label: str, templates=None):
    brand = config.brands[brand_name]
    sample = next(s for s in sample_cases(brand) if s.label == label)
    return Drafter(config, templates).draft(sample.case, sample.extraction, sample.verdict, brand, START)


# -- the loader chain ---------------------------------------------------------------------

def test_the_store_wins_over_the_override_folder_which_wins_over_the_shipped_text(store, tmp_path):
    folder = tmp_path / "my-templates" / "leadsoptima"
    folder.mkdir(parents=True)
    (folder / DENIED).write_text(denial("FROM THE OVERRIDE FOLDER:"), encoding="utf-8")
    config = dataclasses.replace(store.config, template_overrides=tmp_path / "my-templates")
    stored = FixedOverrides(OverrideSet(1, {("leadsoptima", DENIED): denial("FROM THE STORE:")}))

    assert "FROM THE STORE:" in draft_for(config, "leadsoptima", "refund denied", stored).body
    assert "FROM THE OVERRIDE FOLDER:" in draft_for(config, "leadsoptima", "refund denied").body
    shipped = draft_for(config, "optima_webdesign", "refund denied", stored).body
    assert "We have reviewed your request" in shipped  # a stored text is for its brand only
    assert "FROM THE STORE:" in draft_for(config, "leadsoptima", "refund denied and cancel", stored).body


def test_a_save_through_one_store_is_used_by_the_next_draft_of_another(store, tmp_path):
    """Two processes, two engines over one file: the reader's drafter checks
    the change counter before each draft and reads the texts only when it moved."""
    other = Store.open(store.config.database_url)
    statements: list[str] = []
    event.listen(other.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    try:
        source = ts.StoredTemplates(other)
        drafter = Drafter(store.config, source)
        brand = store.config.brands["leadsoptima"]
        sample = next(s for s in sample_cases(brand) if s.label == "refund denied")

        def body() -> str:
            return drafter.draft(sample.case, sample.extraction, sample.verdict, brand, START).body

        assert NEW_WORDS not in body()
        first = source.current()
        statements.clear()
        body()
        assert source.current() is first
        assert not any("template_overrides" in s for s in statements)  # unchanged: the counter only

        ts.save_template(store, store.config, "leadsoptima", DENIED, denial(), who="root", now=START)
        assert NEW_WORDS in body()
        ts.reset_template(store, store.config, "leadsoptima", DENIED, who="root", now=START)
        assert NEW_WORDS not in body()
    finally:
        other.close()


# -- lint on save ---------------------------------------------------------------------------

def refused(store, name: str, text: str, brand: str = "leadsoptima") -> list[str]:
    with pytest.raises(ts.TemplateSaveError) as caught:
        ts.save_template(store, store.config, brand, name, text, who="root", now=START)
    with store.connect() as conn:
        assert all(e.action != "template.save" for e in audit_entries(conn, object_type="template"))
    return [str(p) for p in caught.value.problems]


def test_an_unknown_variable_is_refused_with_its_line_and_a_did_you_mean(store):
    problems = refused(store, DENIED, SHIPPED_DENIED.replace("{{ refund.clause }}", "{{ clase }}"))
    line = SHIPPED_DENIED.splitlines().index('    "{{ refund.clause }}"') + 1
    assert problems == [f"line {line}: unknown variable 'clase' (did you mean 'refund.clause'?)"]
    problems = refused(store, DENIED, SHIPPED_DENIED.replace("{{ refund.clause }}", "{{ refund.clase }}"))
    assert problems[0].startswith(f"line {line}: unknown variable 'refund.clase'") and "'refund.clause'?" in problems[0]
    loop = "{% for item in missing %}\n- {{ item.lable }}\n{% endfor %}\n"
    assert "line 2: unknown variable 'missing.lable'" in refused(store, "need_info", loop)[0]


def test_a_syntax_error_is_refused_with_its_line(store):
    text = SHIPPED_DENIED.replace("{% endif %}", "", 1)
    problems = refused(store, DENIED, text)
    assert len(problems) == 1 and re.match(r"line \d+: syntax error: Unexpected end of template", problems[0])


def test_a_reply_that_drops_a_required_part_is_refused(store):
    no_amount = SHIPPED_APPROVED.replace('{{ " of " ~ refund.amount if refund.amount else "" }}', "")
    problems = refused(store, APPROVED, no_amount)
    assert "reply refund_approved no longer states the refund amount ('INR 11,988.00') (sample: refund approved)" \
        in problems
    assert any(p.startswith("reply refund_and_cancel no longer states the refund amount") for p in problems)
    no_rule = SHIPPED_DENIED.replace('"{{ refund.clause }}"', "(see our website)")
    assert any("no longer states the rule it applies" in p for p in refused(store, DENIED, no_rule))
    need_info = (DEFAULTS / "templates" / "_shared" / "need_info.txt.j2").read_text(encoding="utf-8")
    problems = refused(store, "need_info", need_info.replace("- {{ item.label }}\n", "", 1))
    assert any("no longer states the missing field 'invoice_number'" in p for p in problems)


def test_an_undefined_value_at_render_time_is_refused(store):
    text = "{{ refund.amount }} {{ refund.timeline.credited_by }}\n"  # refund is None for a need_info reply
    problems = refused(store, "need_info", text)
    assert problems and all("undefined variable" in p and "(reply need_info, sample: " in p for p in problems)


def test_unknown_brand_or_file_is_refused_with_a_did_you_mean(store):
    with pytest.raises(ts.TemplateSaveError, match=r"no template 'refund_denyed.txt.j2' \(did you mean 'refund_denied'\?\)"):
        ts.save_template(store, store.config, "leadsoptima", "refund_denyed", "x", who="root", now=START)
    with pytest.raises(ts.TemplateSaveError, match=r"unknown brand 'leadoptima' \(did you mean 'leadsoptima'\?\)"):
        ts.save_template(store, store.config, "leadoptima", DENIED, "x", who="root", now=START)


# -- history, rollback, reset, audit --------------------------------------------------------

def test_history_rollback_and_reset_each_make_a_version_and_an_audit_entry(store):
    config = store.config
    first = ts.save_template(store, config, "leadsoptima", DENIED, denial("First wording:"), who="root", now=START)
    second = ts.save_template(store, config, "leadsoptima", DENIED, denial("Second wording:"), who="ana", now=START)
    assert "Second wording:" in draft_for(config, "leadsoptima", "refund denied", ts.StoredTemplates(store)).body

    back = ts.rollback_template(store, config, first.id, who="root", now=START)
    assert back.body == first.body and back.action == "rollback" and back.note == f"back to version {first.id}"
    assert "First wording:" in draft_for(config, "leadsoptima", "refund denied", ts.StoredTemplates(store)).body

    ts.reset_template(store, config, "leadsoptima", DENIED, who="root", now=START)
    assert draft_for(config, "leadsoptima", "refund denied", ts.StoredTemplates(store)).body == \
        draft_for(config, "leadsoptima", "refund denied").body
    assert (DEFAULTS / "templates" / "_shared" / DENIED).read_text(encoding="utf-8") == SHIPPED_DENIED

    history = ts.template_history(store, config, "leadsoptima", DENIED)
    assert [(h.version.action, h.version.who) for h in history] == [
        ("reset", "root"), ("rollback", "root"), ("save", "ana"), ("save", "root")]
    assert f"-{denial('First wording:').splitlines()[1]}" in history[2].diff
    assert f"+{denial('Second wording:').splitlines()[1]}" in history[2].diff
    assert history[0].diff and history[0].version.body is None
    with store.connect() as conn:
        entries = audit_entries(conn, object_type="template")
    assert [e.action for e in entries] == ["template.save", "template.save", "template.rollback", "template.reset"]
    assert entries[1].who == "ana" and entries[1].object_id == f"leadsoptima/{DENIED}"
    assert entries[1].detail == f"version {second.id}: +1 -1 lines"


# -- pending drafts and re-drafting -----------------------------------------------------------

def pending_denial(store):
    with store.connect() as conn:
        return next(d for d in case_store.list_drafts(conn, status="pending")
                    if d.template == "leadsoptima/refund_denied")


def test_pending_drafts_keep_their_text_until_re_drafted(store):
    draft = pending_denial(store)
    ts.save_template(store, store.config, "leadsoptima", DENIED, denial(), who="root", now=START)
    assert pending_denial(store).body == draft.body  # a save changes no pending draft

    redrafted = ts.redraft_case(store, store.config, draft.case_id, who="alice", now=START)
    assert redrafted.id == draft.id and redrafted.status == "pending"
    assert NEW_WORDS in redrafted.body and redrafted.body != draft.body
    with store.connect() as conn:
        entry = audit_entries(conn, object_type="draft", object_id=draft.id)[-1]
    assert entry.action == "draft.redraft" and entry.who == "alice"
    assert "leadsoptima/refund_denied" in entry.detail


def test_re_drafting_needs_a_pending_draft(store):
    draft = pending_denial(store)
    from mailbot.service.review import reject_draft

    reject_draft(store, draft.id, who="alice", now=START, reason="handled by phone")
    with pytest.raises(ts.RedraftError, match="no pending draft"):
        ts.redraft_case(store, store.config, draft.case_id, who="alice", now=START)


# -- export and import ------------------------------------------------------------------------

def test_import_is_all_or_nothing_and_linted(store, tmp_path):
    folder = tmp_path / "export"
    (folder / "leadsoptima").mkdir(parents=True)
    (folder / "leadsoptima" / DENIED).write_text(denial(), encoding="utf-8")
    (folder / "leadsoptima" / APPROVED).write_text(
        SHIPPED_APPROVED.replace('refund.invoice if', 'refund.invoyce if'), encoding="utf-8")
    with pytest.raises(ts.TemplateSaveError) as caught:
        ts.import_templates(store, store.config, folder, who="root", now=START)
    assert any(str(p).startswith(f"leadsoptima/{APPROVED}: line ") and "'refund.invoice'?" in str(p)
               for p in caught.value.problems)
    assert ts.stored_overrides(store).texts == {}

    (folder / "leadsoptima" / APPROVED).unlink()
    (folder / "optima_webdesign").mkdir()
    (folder / "optima_webdesign" / "nope.txt.j2").write_text("x", encoding="utf-8")
    with pytest.raises(ts.TemplateSaveError, match="nope.txt.j2: optima_webdesign: no template"):
        ts.import_templates(store, store.config, folder, who="root", now=START)
    (folder / "optima_webdesign" / "nope.txt.j2").unlink()

    done = ts.import_templates(store, store.config, folder, who="root", now=START)
    assert [(v.brand, v.name, v.action) for v in done] == [("leadsoptima", DENIED, "import")]
    assert ts.import_templates(store, store.config, folder, who="root", now=START) == []  # unchanged: no version


def drafts_of(config) -> list[tuple[str, str, str, str]]:
    store = Store.open(config.database_url)
    try:
        with store.connect() as conn:
            return [(d.template, d.to_address, d.subject, d.body) for d in case_store.list_drafts(conn)]
    finally:
        store.close()


def test_export_then_import_into_a_fresh_database_gives_the_same_drafts_byte_for_byte(store, triaged, tmp_path):
    config = store.config
    ts.save_template(store, config, "leadsoptima", DENIED, denial(), who="root", now=START)
    ts.save_template(store, config, "optima_webdesign", "layout.txt.j2",
                     (DEFAULTS / "templates" / "_shared" / "layout.txt.j2").read_text(encoding="utf-8")
                     .replace("Kind regards,", "With warm regards,"), who="root", now=START)
    folder = tmp_path / "in-git"
    written = ts.export_templates(store, folder)
    assert sorted(p.relative_to(folder).as_posix() for p in written) == [
        f"leadsoptima/{DENIED}", "optima_webdesign/layout.txt.j2"]

    saved = dataclasses.replace(config, database_url=f"sqlite:///{tmp_path / 'saved.db'}")
    imported = dataclasses.replace(config, database_url=f"sqlite:///{tmp_path / 'imported.db'}")
    for target, fill in ((saved, "copy"), (imported, "import")):
        upgrade(target.database_url)
        fresh = Store.open(target.database_url)
        try:
            if fill == "copy":
                for (brand, name), text in ts.stored_overrides(store).texts.items():
                    ts.save_template(fresh, target, brand, name, text, who="root", now=START)
            else:
                ts.import_templates(fresh, target, folder, who="root", now=START)
        finally:
            fresh.close()
        run_demo(target, MovingClock())
    made = drafts_of(saved)
    assert made == drafts_of(imported)
    assert any(NEW_WORDS in body for _, _, _, body in made)
    assert any("With warm regards," in body for template, _, _, body in made if template.startswith("optima_webdesign/"))
    assert not any("With warm regards," in body for template, _, _, body in made if template.startswith("leadsoptima/"))


# -- the command line -----------------------------------------------------------------------

def test_templates_export_import_and_history_commands(store, triaged, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("DATABASE_URL", store.config.database_url)
    folder = tmp_path / "repo"
    (folder / "leadsoptima").mkdir(parents=True)
    (folder / "leadsoptima" / DENIED).write_text(SHIPPED_DENIED.replace("{{ refund.clause }}", "{{ clase }}"))
    assert main(["--config", str(triaged), "templates", "import", str(folder), "--as", "root"]) == 1
    out = capsys.readouterr().out
    assert f"leadsoptima/{DENIED}: line " in out and "(did you mean 'refund.clause'?)" in out
    assert "nothing imported" in out

    (folder / "leadsoptima" / DENIED).write_text(denial())
    assert main(["--config", str(triaged), "templates", "import", str(folder), "--as", "root"]) == 0
    assert "1 template changed" in capsys.readouterr().out

    out_folder = tmp_path / "out"
    assert main(["--config", str(triaged), "templates", "export", str(out_folder)]) == 0
    assert (out_folder / "leadsoptima" / DENIED).read_text() == denial()

    assert main(["--config", str(triaged), "templates", "history", "leadsoptima", "part_refund_denied", "--diff"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"version \d+ .* import +root", out) and f"+{denial().splitlines()[1]}" in out
    assert main(["--config", str(triaged), "templates", "history", "leadsoptima", "refund_denyed"]) == 2
    assert "did you mean 'refund_denied'" in capsys.readouterr().err


def test_templates_check_with_store_names_a_stored_text_that_no_longer_renders(store, triaged, monkeypatch, capsys):
    """A stored text can break later (a shipped partial it includes changed
    in an upgrade): ``templates check --store`` finds it, naming the stored text."""
    from mailbot.store import templates as template_store

    monkeypatch.setenv("DATABASE_URL", store.config.database_url)
    assert main(["--config", str(triaged), "templates", "check", "--store"]) == 0
    capsys.readouterr()
    with store.begin() as conn:  # as if saved when it still rendered
        template_store.record_change(conn, brand="leadsoptima", name=DENIED, body="{{ refund.clause.nope }}\n",
                                     action="save", who="root", at=START)
    assert main(["--config", str(triaged), "templates", "check"]) == 0  # the files alone are fine
    capsys.readouterr()
    assert main(["--config", str(triaged), "templates", "check", "--store"]) == 1
    out = capsys.readouterr().out
    assert f"store:leadsoptima/{DENIED}:1: " in out


def test_templates_preview_of_a_stored_case_uses_the_stored_text(store, triaged, monkeypatch, capsys):
    monkeypatch.setenv("DATABASE_URL", store.config.database_url)
    draft = pending_denial(store)
    ts.save_template(store, store.config, "leadsoptima", DENIED, denial(), who="root", now=START)
    assert main(["--config", str(triaged), "templates", "preview", "leadsoptima", "refund_denied",
                 "--case", str(draft.case_id)]) == 0
    assert NEW_WORDS in capsys.readouterr().out
    assert main(["--config", str(triaged), "templates", "preview", "leadsoptima", "refund_denied"]) == 0
    assert NEW_WORDS not in capsys.readouterr().out  # the sample preview shows the files' text
