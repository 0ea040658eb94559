"""Installing and operating: ``mailbot init``, where the configuration is
found (and the notice when it is the packaged demo), ``postgres://`` URLs,
JSON log lines, and ``mailbot demo --port/--host`` stopped by SIGTERM."""

from __future__ import annotations

import json
import logging
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from mailbot.cli import main
from mailbot.config import load_config
from mailbot.logs import JsonFormatter, configure_logging
from mailbot.store.database import create_store_engine, normalise_url, safe_url
from tests.conftest import required_module
from tests.helpers import DEFAULTS, ROOT
from tests.postgres import postgres_cluster, postgres_url  # noqa: F401  (the fixtures)


@pytest.fixture
def empty_folder(tmp_path, monkeypatch):
    folder = tmp_path / "here"
    folder.mkdir()
    monkeypatch.chdir(folder)
    monkeypatch.delenv("MAILBOT_CONFIG", raising=False)
    monkeypatch.delenv("DATABASE_URL", raising=False)
    return folder


# -- mailbot init ----------------------------------------------------------------------------

def test_init_writes_a_configuration_that_checks_and_is_found_here(empty_folder, capsys):
    assert main(["init"]) == 0
    out = capsys.readouterr().out
    assert "wrote mailbot.toml" in out
    written = (empty_folder / "mailbot.toml").read_text()
    for section in ("[database]", "# [[mailboxes]]", "# [smtp.default]", "password_env"):
        assert section in written
    assert sorted(p.name for p in (empty_folder / "brands").iterdir()) == sorted(
        p.name for p in (DEFAULTS / "config" / "brands").glob("*.toml"))
    assert (empty_folder / "templates").is_dir() and not any((empty_folder / "templates").iterdir())

    assert main(["config", "check"]) == 0  # found without --config, and valid
    captured = capsys.readouterr()
    assert "mailbot.toml: OK (2 brands, 2 mailboxes)" in captured.out
    assert "packaged demo" not in captured.err
    config = load_config()
    assert config.path == Path("mailbot.toml")
    assert config.template_overrides == (empty_folder / "templates").resolve()
    assert config.templates_dir == DEFAULTS / "templates"  # the shipped templates, not a copy
    assert config.database_url == f"sqlite:///{empty_folder.resolve() / 'var' / 'mailbot.db'}"


def test_init_never_overwrites(empty_folder, capsys):
    assert main(["init", "cfg"]) == 0
    (empty_folder / "cfg" / "mailbot.toml").write_text("# mine\n")
    capsys.readouterr()
    assert main(["init", "cfg"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cfg/mailbot.toml: already exists; nothing written" in err
    assert (empty_folder / "cfg" / "mailbot.toml").read_text() == "# mine\n"


# -- where the configuration comes from --------------------------------------------------------

def test_without_a_configuration_the_packaged_demo_says_so_and_keeps_its_data_here(empty_folder, capsys):
    assert main(["config", "check"]) == 0
    captured = capsys.readouterr()
    notice = [line for line in captured.err.splitlines() if "packaged demo configuration" in line]
    assert len(notice) == 1 and str(empty_folder / "var") in notice[0]
    config = load_config()
    # Never the checkout's (or another folder's) database: the current folder's var/.
    assert config.database_url == f"sqlite:///{empty_folder.resolve() / 'var' / 'mailbot.db'}"
    assert not str(config.var_dir).startswith(str(ROOT / "var"))
    assert main(["--config", str(DEFAULTS / "config"), "config", "check"]) == 0  # named on purpose: no notice
    assert "packaged demo" not in capsys.readouterr().err


def test_config_folder_here_then_environment_then_option(empty_folder, tmp_path, monkeypatch, capsys):
    assert main(["init", "config"]) == 0
    assert load_config().path == Path("config") / "mailbot.toml"
    assert main(["init", str(tmp_path / "elsewhere")]) == 0
    monkeypatch.setenv("MAILBOT_CONFIG", str(tmp_path / "elsewhere"))
    assert load_config().path == tmp_path / "elsewhere" / "mailbot.toml"
    assert load_config("config").path == Path("config") / "mailbot.toml"
    capsys.readouterr()
    assert main(["config", "docs"]) == 0 and "packaged demo" not in capsys.readouterr().err


# -- DATABASE_URL -------------------------------------------------------------------------------

@pytest.mark.parametrize("given, used", [
    ("postgres://u:p@db.example:5432/mailbot", "postgresql://u:p@db.example:5432/mailbot"),
    ("postgresql://u@db.example/mailbot", "postgresql://u@db.example/mailbot"),
    ("postgres+psycopg2://u@db.example/mailbot", "postgresql+psycopg2://u@db.example/mailbot"),
    ("sqlite:///var/postgres://x.db", "sqlite:///var/postgres://x.db"),
])
def test_postgres_urls_are_read_as_sqlalchemy_names_them(given, used):
    assert normalise_url(given) == used


def test_both_postgres_forms_open_with_the_driver_the_postgres_extra_installs():
    required_module("psycopg", "the psycopg package (pip install 'mailbot[postgres]')")
    for url in ("postgres://mailbot:pw@127.0.0.1:1/mailbot", "postgresql://mailbot:pw@127.0.0.1:1/mailbot"):
        engine = create_store_engine(url)  # no connection is made yet
        assert (engine.dialect.name, engine.dialect.driver) == ("postgresql", "psycopg")
        engine.dispose()
    assert safe_url("postgres://mailbot:pw@db.example/mailbot") == "postgresql://mailbot:***@db.example/mailbot"


@pytest.mark.integration
def test_database_url_in_the_postgres_form_works_with_psycopg_3(postgres_url, empty_folder, monkeypatch, capsys):
    required_module("psycopg", "the psycopg package (pip install 'mailbot[postgres]')")
    assert postgres_url.startswith("postgresql+psycopg2://")
    heroku_style = "postgres://" + postgres_url.split("://", 1)[1]
    monkeypatch.setenv("DATABASE_URL", heroku_style)
    assert main(["init"]) == 0
    assert main(["db", "upgrade"]) == 0
    assert main(["demo", "--once"]) == 0
    out = capsys.readouterr().out
    assert "database postgresql://" in out and not (empty_folder / "var" / "mailbot.db").exists()
    assert main(["status", "--json"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[-1])["queues"]["drafts"]["pending"] > 0
    engine = create_store_engine(heroku_style)
    assert engine.dialect.driver == "psycopg"
    engine.dispose()


# -- JSON log lines -------------------------------------------------------------------------------

def test_json_log_lines(monkeypatch):
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    root.handlers = []
    try:
        configure_logging("json")
        assert len(root.handlers) == 1 and isinstance(root.handlers[0].formatter, JsonFormatter)
        configure_logging("json")  # twice: still one handler
        assert len(root.handlers) == 1
    finally:
        root.handlers, root.level = saved
    record = logging.LogRecord("mailbot.worker", logging.WARNING, __file__, 1, "poll %s failed: %s",
                               ("support", "refused"), None)
    line = JsonFormatter().format(record)
    assert "\n" not in line
    entry = json.loads(line)
    assert entry["level"] == "WARNING" and entry["logger"] == "mailbot.worker"
    assert entry["message"] == "poll support failed: refused" and entry["time"].endswith("+00:00")
    try:
        raise ValueError("bad")
    except ValueError:
        record.exc_info = sys.exc_info()
    assert "ValueError: bad" in json.loads(JsonFormatter().format(record))["exception"]


def test_log_format_setting_is_checked(empty_folder, capsys):
    assert main(["init"]) == 0
    text = (empty_folder / "mailbot.toml").read_text().replace('# log_format = "json"', 'log_format = "xml"')
    (empty_folder / "mailbot.toml").write_text(text)
    capsys.readouterr()
    assert main(["config", "check"]) == 1
    assert "mailbot.toml: mailbot.log_format: must be one of text, json, got 'xml'" in capsys.readouterr().out


# -- mailbot demo --port --host, and SIGTERM ----------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.integration
def test_demo_serves_on_the_port_asked_and_sigterm_stops_it_cleanly(empty_folder):
    required_module("aiosmtpd", "the aiosmtpd package")
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "MAILBOT_SECRET_KEY": "test-only"}
    env.pop("MAILBOT_CONFIG", None)
    env.pop("DATABASE_URL", None)
    process = subprocess.Popen([sys.executable, "-m", "mailbot", "demo", "--host", "127.0.0.1", "--port", str(port)],
                               cwd=empty_folder, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        lines = []
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            line = process.stdout.readline()
            if not line:
                break
            lines.append(line)
            if line.startswith("staff UI:"):
                break
        assert lines and lines[-1].startswith(f"staff UI: http://127.0.0.1:{port}/"), "".join(lines)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=10) as answer:
            assert answer.status == 200 and json.load(answer)["status"] == "ok"
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err[-2000:]
    assert "Traceback" not in err
    with socket.socket() as probe:  # the port is free again
        probe.bind(("127.0.0.1", port))


def test_demo_port_taken_is_one_line(empty_folder, capsys):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        from mailbot.cli.ops_cmds import usable_port
        from mailbot.errors import MailbotError

        with pytest.raises(MailbotError, match=f"demo: cannot listen on 127.0.0.1:{port}: "):
            usable_port("127.0.0.1", port, 8000)
    assert usable_port("127.0.0.1", None, 8000) == 8000


def test_the_web_app_under_gunicorn_follows_log_format(empty_folder, monkeypatch, capsys):
    assert main(["init"]) == 0
    text = (empty_folder / "mailbot.toml").read_text().replace('# log_format = "json"', 'log_format = "json"')
    (empty_folder / "mailbot.toml").write_text(text)
    monkeypatch.setenv("MAILBOT_CONFIG", str(empty_folder))
    monkeypatch.setenv("MAILBOT_SECRET_KEY", "test-only")
    assert main(["db", "upgrade"]) == 0
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    root.handlers = []
    try:
        from mailbot.web import create_app

        app = create_app()  # as gunicorn calls it: the configuration from $MAILBOT_CONFIG
        assert [type(h.formatter) for h in root.handlers] == [JsonFormatter]
        assert app.extensions["mailbot"].config.log_format == "json"
        app.extensions["mailbot"].store.close()
    finally:
        root.handlers, root.level = saved


def test_healthz_and_metrics_answer_503_when_the_database_does_not(empty_folder, capsys):
    required_module("psycopg", "the psycopg package (pip install 'mailbot[postgres]')")
    from mailbot.store.database import Store
    from mailbot.web import create_app

    assert main(["init"]) == 0
    config = load_config()
    with socket.socket() as closed:  # a port nothing listens on
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    store = Store(create_store_engine(f"postgresql://mailbot:db-secret@127.0.0.1:{port}/mailbot"))
    client = create_app(config, store=store, testing=True).test_client()
    answer = client.get("/healthz")
    assert answer.status_code == 503
    body = answer.get_json()
    assert body["status"] == "failing" and body["database"]["ok"] is False
    assert body["reasons"][0].startswith("database: ") and "db-secret" not in answer.get_data(as_text=True)
    assert all(not m["ok"] for m in body["mailboxes"]) and len(body["mailboxes"]) == 2
    metrics = client.get("/metrics")
    assert metrics.status_code == 503 and b"db-secret" not in metrics.data
    store.close()
