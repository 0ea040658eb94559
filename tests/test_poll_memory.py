"""Issue 8, memory of the poll's main process: what its command line imports,
and the SQLite page cache of its connections (figures: bench/poll_memory.py,
bench/ingest_bench.py; these tests check only the choices, never a size)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from mailbot.store.database import SQLITE_CACHE_KB, Store

ROOT = Path(__file__).resolve().parents[1]

NOT_FOR_A_POLL = ("alembic", "flask", "apscheduler", "webbrowser", "urllib.request", "http.client",
                  "mailbot.oauth.tokens", "mailbot.web", "mailbot.reading.extract", "difflib")


def modules_after(code: str) -> set[str]:
    """The modules a fresh interpreter has loaded after running ``code`` (which prints ``sys.modules``)."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    done = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    return set(done.stdout.split())


def test_the_poll_command_line_and_poll_path_import_no_web_oauth_or_migration_module():
    """Building the command line (every command is registered, a poll's too)
    and importing the poll path leaves out the web app, the scheduler, Alembic
    and the OAuth2 sign-in modules: a poll pays for none of them (nor ``difflib``, imported where a
    configuration key is unknown, a draft edited or a template saved: mem45)."""
    code = ("import sys, mailbot.cli as cli, mailbot.service.poll, mailbot.sources.imap\n"
            "cli.build_parser()\n"
            "print(' '.join(sys.modules))")
    loaded = modules_after(code)
    assert "mailbot.service.poll" in loaded and "mailbot.cli.auth_cmds" in loaded  # the probe ran
    assert sorted(name for name in NOT_FOR_A_POLL if name in loaded) == []


def test_opening_a_mailbox_imports_no_http_client_nor_mailbox_formats():
    """(perf25c) A poll opens its sources with :func:`mailbot.sources.open_source`, which imports
    the OAuth2 credentials for every IMAP mailbox: the token refresh's HTTP client
    (``urllib.request``, ``http.client``) is imported only when a token is refreshed, and the
    standard library's ``mailbox`` (Maildir and mbox files, for ``mailbot replay``) only when
    one is read."""
    code = ("import sys, mailbot.cli as cli, mailbot.service.poll, mailbot.sources.imap\n"
            "import mailbot.oauth.credentials, mailbot.replay\n"
            "cli.build_parser()\n"
            "print(' '.join(sys.modules))")
    loaded = modules_after(code)
    assert "mailbot.oauth.tokens" in loaded and "mailbot.replay" in loaded  # the probe ran
    assert sorted(name for name in ("urllib.request", "http.client", "mailbox") if name in loaded) == []


def test_a_token_refresh_and_a_maildir_replay_still_import_what_they_use(tmp_path):
    """The imports moved into the functions that use them still happen there."""
    import mailbox

    import pytest

    from mailbot.errors import OAuthError
    from mailbot.oauth.tokens import post_token
    from mailbot.replay import emails_at

    with pytest.raises(OAuthError, match="cannot reach"):
        post_token("http://127.0.0.1:9/token", {"grant_type": "refresh_token"}, timeout=2)
    box = mailbox.Maildir(tmp_path / "box", create=True)
    box.add(b"Subject: hello\n\nhi\n")
    assert [email.read() for email in emails_at([tmp_path / "box"])] == [b"Subject: hello\n\nhi\n"]


def test_the_auth_commands_still_reach_their_oauth_modules(monkeypatch, capsys):
    """The OAuth2 imports moved into the handlers: ``auth key`` still works."""
    from mailbot.cli import main

    assert main(["auth", "key"]) == 0
    assert len(capsys.readouterr().out.strip()) > 20


def test_every_sqlite_connection_keeps_the_small_page_cache(tmp_path):
    store = Store.open(f"sqlite:///{tmp_path / 'mailbot.db'}", check=False)
    try:
        with store.connect() as conn:
            size = conn.exec_driver_sql("PRAGMA cache_size").scalar()
        assert size == -SQLITE_CACHE_KB
    finally:
        store.close()


def test_the_drafts_pack_locales_are_the_packs_own_without_keeping_the_packs():
    """(perf25c) The main process's drafts ask only each pack's Babel locale: the same answer
    as the loaded packs give, and no pack kept for it (a process that reads has them already)."""
    from mailbot.reading import languages

    dirs = languages.pack_dirs(None)
    saved = dict(languages._CACHE)
    languages._CACHE.clear()
    try:
        locales = languages.pack_locales(dirs)
        assert languages._CACHE == {}
        packs = languages.load_packs(dirs)
        assert locales == {code: pack.locale for code, pack in packs.items()}
        assert {"en", "hi", "es", "pt", "de", "fr"} <= set(locales)
        assert languages.pack_locales(dirs) == locales  # answered from the kept packs
    finally:
        languages._CACHE.clear()
        languages._CACHE.update(saved)


def test_a_poll_command_line_registers_only_its_module_and_the_poll_path_imports_no_parser():
    """(perf28b) ``mailbot poll`` builds a command line of its own module only, and nothing a
    poll's main process imports brings the email parser (its parse workers import it)."""
    code = ("import sys, mailbot.cli as cli, mailbot.service.poll, mailbot.sources.imap, mailbot.pipeline\n"
            "import mailbot.oauth.credentials\n"
            "parser = cli.build_parser(cli.command_word(['--config', 'x.toml', '-v', 'poll', '--once']))\n"
            "assert parser.parse_args(['poll', '--once']).command == 'poll'\n"
            "print(' '.join(sys.modules))")
    loaded = modules_after(code)
    assert "mailbot.cli.store_cmds" in loaded and "mailbot.service.poll" in loaded  # the probe ran
    assert sorted(name for name in ("mailbot.reading.parse", "mailbot.reading.mimetree", "email.policy",
                                    "mailbot.cli.triage_cmds", "mailbot.cli.web_cmds", "mailbot.replay",
                                    "mailbot.preview") if name in loaded) == []


def test_each_command_named_for_its_module_alone_is_that_modules_and_others_get_every_command():
    import argparse
    import importlib

    from mailbot import cli

    for command, modules in cli.ONLY_THEIR_MODULE.items():
        sub = argparse.ArgumentParser().add_subparsers()
        for name in modules:
            importlib.import_module(f"mailbot.cli.{name}").register(sub)
        assert command in sub.choices
    assert cli.command_word(["--config", "poll", "-v", "run"]) == "run"
    assert cli.command_word(["-v"]) is None
    every = cli.build_parser("pol")._subparsers._group_actions[0].choices
    assert {"poll", "triage", "web", "run", "drafts"} <= set(every)
    alone = cli.build_parser("poll")._subparsers._group_actions[0].choices
    assert "poll" in alone and "triage" not in alone


def test_a_reader_parses_in_a_process_that_had_not_imported_the_parser():
    """The parser imported by :meth:`Reader.parse` when first asked (perf28b), as by an ingest
    whose workers failed."""
    code = ("import sys\n"
            "from mailbot.reading.intake import Reader\n"
            "assert 'mailbot.reading.parse' not in sys.modules\n"
            "print(Reader.of(None, []).parse(b'Subject: a lost parcel\\n\\nwhere is it?\\n', 'probe').subject)")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    done = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "a lost parcel"


def test_a_drafter_reads_the_packs_heads_once_for_both_its_locales_and_its_fallback_subjects(monkeypatch):
    """(perf33b) A reply in another language that repeats no subject needs its pack's locale and its
    fallback subject: each pack's head is read once for both, and no pack whole (each reading of
    the six whole was 50-120 ms of a poll's main process, and it read them up to three times)."""
    from types import SimpleNamespace

    from mailbot.drafting.drafter import Drafter
    from mailbot.reading import languages

    read: list[str] = []
    real = languages.pack_head

    def counted(path):
        read.append(path.stem)
        return real(path)

    def whole(path):
        raise AssertionError(f"{path.name} read whole")

    monkeypatch.setattr(languages, "pack_head", counted)
    monkeypatch.setattr(languages, "load_pack", whole)
    monkeypatch.setattr(languages, "_CACHE", {})
    drafter = Drafter.__new__(Drafter)  # only what the two questions use
    drafter.config, drafter._locales, drafter._fallback_subjects, drafter._strings = SimpleNamespace(), None, None, None
    assert drafter.locale_of("es") == "es_ES"
    assert drafter.fallback_subject("es") == "Su solicitud"
    assert drafter.locale_of("en") is None and drafter.fallback_subject("xx") == "Your request"
    assert sorted(read) == sorted(set(read)) and {"en", "es", "hi"} <= set(read)
