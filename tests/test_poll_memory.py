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
                  "mailbot.oauth.tokens", "mailbot.web", "mailbot.reading.extract")


def test_the_poll_command_line_and_poll_path_import_no_web_oauth_or_migration_module():
    """Building the command line (every command is registered, a poll's too)
    and importing the poll path leaves out the web app, the scheduler, Alembic
    and the OAuth2 sign-in modules: a poll pays for none of them."""
    code = ("import sys, mailbot.cli as cli, mailbot.service.poll, mailbot.sources.imap\n"
            "cli.build_parser()\n"
            "print(' '.join(sys.modules))")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    done = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    loaded = set(done.stdout.split())
    assert "mailbot.service.poll" in loaded and "mailbot.cli.auth_cmds" in loaded  # the probe ran
    assert sorted(name for name in NOT_FOR_A_POLL if name in loaded) == []


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
