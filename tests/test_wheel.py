"""The wheel is the product: built from this checkout, installed into a fresh
virtual environment (its dependencies from the package index, pip's cache
helps), then run from an empty folder: ``mailbot init`` and ``mailbot demo
--once`` must work with nothing but what the wheel carries."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.helpers import ROOT

# One worker builds the wheel: `pip wheel` writes build/ and *.egg-info inside the checkout,
# and two builds at once (pytest-xdist workers) would race on them.
pytestmark = [pytest.mark.integration, pytest.mark.xdist_group("wheel")]
CLEAN_ENV = {k: v for k, v in os.environ.items()
             if k not in ("PYTHONPATH", "MAILBOT_CONFIG", "DATABASE_URL", "VIRTUAL_ENV", "PYTHONHOME")}


def run(argv: list, cwd: Path, timeout: int = 600) -> subprocess.CompletedProcess:
    done = subprocess.run([str(a) for a in argv], cwd=cwd, env=CLEAN_ENV, capture_output=True, text=True,
                          timeout=timeout)
    assert done.returncode == 0, f"{argv}: exit {done.returncode}\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheelhouse")
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--disable-pip-version-check", "-q", "-w", out, ROOT],
        cwd=out)
    (built,) = out.glob("mailbot-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """The ``bin/`` folder of a fresh virtual environment with the wheel installed."""
    venv = tmp_path_factory.mktemp("venv")
    run([sys.executable, "-m", "venv", venv], cwd=venv)
    run([venv / "bin" / "python", "-m", "pip", "install", "--disable-pip-version-check", "-q", wheel], cwd=venv)
    return venv / "bin"


def test_the_wheel_carries_defaults_migrations_and_web_files(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    package = ROOT / "mailbot"
    wanted = [p for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts
              and p.suffix in (".py", ".toml", ".eml", ".json", ".j2", ".html", ".css", ".mako", ".ini")]
    missing = [str(p.relative_to(ROOT)) for p in wanted if str(p.relative_to(ROOT)) not in names]
    assert not missing, missing
    for needed in ("mailbot/defaults/config/mailbot.toml", "mailbot/defaults/init/mailbot.toml",
                   "mailbot/defaults/examples/ledger.json", "mailbot/store/migrations/env.py",
                   "mailbot/store/migrations/script.py.mako", "mailbot/web/static/style.css",
                   "mailbot/web/templates/base.html"):
        assert needed in names
    metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
    requires = zipfile.ZipFile(wheel).read(metadata).decode()
    assert "Requires-Dist: aiosmtpd" in requires and "Requires-Dist: prometheus-client" in requires
    assert "psycopg[binary]" in requires and "extra == \"postgres\"" in requires


def test_init_then_demo_from_an_empty_folder(installed, tmp_path):
    folder = tmp_path / "fresh"
    folder.mkdir()
    done = run([installed / "mailbot", "init"], cwd=folder)
    assert "wrote mailbot.toml" in done.stdout
    done = run([installed / "mailbot", "demo", "--once"], cwd=folder)
    assert "packaged demo" not in done.stderr and "Traceback" not in done.stderr
    assert "DRAFT" in done.stdout and "leadsoptima/refund_approved" in done.stdout
    assert (folder / "var" / "mailbot.db").is_file()
    done = run([installed / "mailbot", "drafts", "list", "--json"], cwd=folder)
    assert len(done.stdout.splitlines()) >= 10


def test_no_configuration_uses_the_packaged_demo_and_says_so(installed, tmp_path):
    folder = tmp_path / "bare"
    folder.mkdir()
    done = run([installed / "mailbot", "config", "check"], cwd=folder)
    notice = [line for line in done.stderr.splitlines() if "packaged demo configuration" in line]
    assert len(notice) == 1 and str(folder / "var") in notice[0]
