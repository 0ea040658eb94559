"""Shared fixtures: a private Dovecot, and mailboxes that point at it.

Integration tests (``@pytest.mark.integration``) skip when a server binary is
missing, unless ``MAILBOT_REQUIRE_SERVERS=1``: then they fail.
"""

from __future__ import annotations

import importlib
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from dovecot import DOVECOT, PASSWORD_ENV, PrivateDovecot, TestProject, mailbox_settings  # noqa: E402

from tests import balance, figures  # noqa: E402


def servers_required() -> bool:
    return os.environ.get("MAILBOT_REQUIRE_SERVERS") == "1"


def missing_server(what: str) -> None:
    """Skip the test, or fail it when servers are required (CI)."""
    if servers_required():
        pytest.fail(f"{what} is required (MAILBOT_REQUIRE_SERVERS=1) but missing")
    pytest.skip(f"{what} not installed")


def required_module(name: str, what: str):
    """``import name``; a missing module skips the test, or fails it when servers are required (CI), like a
    missing server (``pytest.importorskip`` would skip it in CI too)."""
    try:
        return importlib.import_module(name)
    except ImportError:
        missing_server(what)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item, nextitem):
    """Tell tests/figures.py which test is running, so ``shown()`` keeps its text on that test."""
    figures.current_item = item
    try:
        return (yield)
    finally:
        figures.current_item = None


@pytest.hookimpl(tryfirst=True)
def pytest_cmdline_main(config):
    """Under ``-n`` (pytest-xdist), distribute by group unless ``--dist`` was given: tests
    marked ``xdist_group`` share one worker. Runs before xdist's own hook, which would
    otherwise choose plain "load". Without xdist installed the option does not exist and
    the tests run in one process."""
    if getattr(config.option, "numprocesses", None) and config.option.dist == "no":
        config.option.dist = "loadgroup"
    if getattr(config.option, "dist", None) == "loadgroup":
        # Hand out the units in the order tests/balance.py gives them (slowest first), not by their number of tests.
        config.option.loadscopereorder = False


SHARED_SCOPES = ("module", "class", "package")
"""Fixture scopes whose set-up the tests of one module (or class) share."""


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    """Under ``--dist loadgroup``, the tests of a module that uses a module-scoped fixture run on
    one worker (``xdist_group`` named after the module), so the fixture is built once, not once
    on each worker: ``loadgroup`` otherwise hands out single tests in turn, and each worker that
    gets a test of the module builds its fixtures (``triaged`` in tests/webapp.py, a demo run and a
    poll with its parse worker, ~5 s CPU, in six modules; test_hostile's start-up measure, three
    ``mailbot triage`` processes).  The tests and their fixtures are unchanged; xdist's scheduler
    sends the units slowest first (tests/balance.py), the quick ones fill the end.  Runs before xdist's own
    hook, which turns the marks into the group suffix of the test ids (``...::test_x@test_web``)."""
    if not getattr(config.option, "loadgroup", False):  # set in each xdist worker (its own "dist" is "no")
        return
    for item in items:
        if item.get_closest_marker("xdist_group") is not None:
            continue
        info = getattr(item, "_fixtureinfo", None)
        if info is None:
            continue
        if any(defs and defs[-1].scope in SHARED_SCOPES for defs in info.name2fixturedefs.values()):
            item.add_marker(pytest.mark.xdist_group(Path(str(item.path)).stem))
    items[:] = balance.slowest_first(items, balance.measured())


@pytest.hookimpl(optionalhook=True)  # a pytest-xdist hook: plain pytest without xdist works too
def pytest_configure_node(node):
    """(pytest-xdist, in the controlling process) Tell each worker the distribution mode: a
    worker parses the command line again, without the ``--dist`` that
    :func:`pytest_cmdline_main` chose, so it would not know to add the group suffixes to the
    test ids, and the ``xdist_group`` marks (the wheel's one worker) would do nothing."""
    node.workerinput["mailbot_dist"] = node.config.option.dist


def pytest_configure(config):
    """(in an xdist worker) Group by ``xdist_group`` when the controller distributes by group."""
    workerinput = getattr(config, "workerinput", None)
    if workerinput is not None and workerinput.get("mailbot_dist") == "loadgroup":
        config.option.loadgroup = True


KEPT_FIGURES: list[tuple[str, str]] = []
"""(test id, text) of every test that printed figures, in the order their reports came in."""


def pytest_runtest_logreport(report):
    """Collect the figures of each test (in the controlling process too, under xdist)."""
    if report.when != "call":
        return
    texts = [value for key, value in report.user_properties if key == figures.PROPERTY]
    if texts:
        KEPT_FIGURES.append((report.nodeid, "\n".join(texts)))


def pytest_terminal_summary(terminalreporter):
    """Print the kept figures after the run; a worker's own output is never shown."""
    if not KEPT_FIGURES:
        return
    terminalreporter.section("figures")
    for nodeid, text in KEPT_FIGURES:
        terminalreporter.line(f"{nodeid}:")
        terminalreporter.line(text)
        terminalreporter.line("")


@pytest.fixture(autouse=True)
def quick_password_hashes(request, monkeypatch):
    """Password hashes at scrypt N=2^14 in tests: at the product's 2^17 each
    costs one to two seconds on a shared machine, and most tests make accounts.
    Tests marked ``real_password_cost`` (tests/test_signin.py) keep 2^17."""
    if request.node.get_closest_marker("real_password_cost") is None:
        from mailbot.store import users

        monkeypatch.setattr(users, "SCRYPT_N", 2 ** 14)


@pytest.fixture(scope="session")
def triaged_template(tmp_path_factory) -> Path:
    """The samples (and the hostile email) triaged once per test process, each xdist worker: the
    config file of a project that tests copy with ``tests/webapp.py`` ``triaged_copy`` instead of
    triaging the samples again (a demo run and a poll, ~5 s CPU each time).  Never changed itself."""
    from tests.webapp import MovingClock, triaged_project

    return triaged_project(tmp_path_factory.mktemp("triaged-template"), MovingClock())


CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def chromium():
    """Debian's chromium driven by Playwright, launched once per test module: each test takes a
    fresh context of it (tests/test_browser.py ``browser``).  Starting Playwright's driver and the
    browser cost several seconds each time; a fresh context costs one.  Module scope, not session:
    while the sync API runs, the main thread holds its event loop as the running loop, which the
    other tests of a worker must not meet."""
    if not CHROMIUM.exists():
        missing_server(str(CHROMIUM))
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing_server("the playwright package")
    with sync_playwright() as playwright:
        found = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        try:
            yield found
        finally:
            found.close()


@pytest.fixture
def dovecot(tmp_path_factory):
    """A private Dovecot on 127.0.0.1 with one user and an empty INBOX."""
    if not DOVECOT.exists():
        missing_server(str(DOVECOT))
    if os.getuid() == 0:
        # Dovecot's mail processes cannot run as root; they must reach the
        # folder, and pytest keeps its temporary folders private (0700).
        root = Path(tempfile.mkdtemp(prefix="mailbot-dovecot-"))
    else:
        root = tmp_path_factory.mktemp("dovecot")
    server = PrivateDovecot(root)
    server.start()
    try:
        yield server
    finally:
        server.stop()
        if os.getuid() == 0:
            shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def imap_mailbox(dovecot, monkeypatch):
    """A factory of Mailbox settings that read the private Dovecot."""
    monkeypatch.setenv(PASSWORD_ENV, dovecot.password)

    def make(**values):
        base = dict(host="127.0.0.1", port=dovecot.port, security="none", username=dovecot.user,
                    password_env=PASSWORD_ENV)
        base.update(values)
        return mailbox_settings(**base)

    return make


@pytest.fixture
def project(dovecot, tmp_path, monkeypatch):
    """A project folder whose config/mailbot.toml reads the private Dovecot
    into a SQLite file; ``project.write(**mailbox_settings)`` rewrites it."""
    monkeypatch.setenv(PASSWORD_ENV, dovecot.password)
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delenv("MAILBOT_CONFIG", raising=False)
    return TestProject(tmp_path / "project", dovecot)
