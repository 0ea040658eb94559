"""A private PostgreSQL cluster for tests and benchmarks.

Never the system's PostgreSQL: each :class:`PrivateCluster` runs ``initdb`` in
its own temporary folder, listens on 127.0.0.1 on a free port (its unix socket
in the same folder), trusts local connections, runs with ``fsync=off`` (a test
database need not survive a power cut) and is stopped and deleted afterwards.

PostgreSQL refuses to run as root; as root the folder is handed to the
``postgres`` system user (made by the Debian package) and the server commands
run through ``runuser -u postgres --``.

    with PrivateCluster() as cluster:
        url = cluster.create_database("mailbot")   # postgresql+psycopg2://...
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

SYSTEM_USER = "postgres"
"""The account the server runs as when the tests run as root."""
SUPERUSER = "mailbot"
"""The database superuser initdb creates (trust auth: no password)."""


class PostgresMissing(RuntimeError):
    """The PostgreSQL server binaries are not installed."""


class ClusterError(RuntimeError):
    """The private cluster would not start, or a command against it failed."""


def find_bindir() -> Path | None:
    """The folder holding ``initdb``, ``pg_ctl`` and ``postgres``:
    ``MAILBOT_PG_BINDIR`` (empty string: none, to check the skip), else the
    newest Debian ``/usr/lib/postgresql/<version>/bin``, else ``$PATH``."""
    chosen = os.environ.get("MAILBOT_PG_BINDIR")
    if chosen is not None:
        return Path(chosen) if chosen and (Path(chosen) / "pg_ctl").exists() else None
    debian = [Path(p).parent for p in glob.glob("/usr/lib/postgresql/*/bin/pg_ctl")]
    if debian:
        return max(debian, key=lambda bindir: int(bindir.parent.name) if bindir.parent.name.isdigit() else 0)
    on_path = shutil.which("pg_ctl")
    return Path(on_path).resolve().parent if on_path else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PrivateCluster:
    """One PostgreSQL cluster owned by a test session; ``start()``/``stop()`` or ``with``."""

    def __init__(self, bindir: Path | None = None, port: int | None = None):
        found = bindir or find_bindir()
        if found is None:
            raise PostgresMissing("PostgreSQL server binaries (initdb, pg_ctl) not found")
        self.bindir = found
        self.port = port or free_port()
        self.as_root = os.getuid() == 0
        self.root: Path | None = None
        self.running = False

    # -- where things are ---------------------------------------------------------------

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def log_path(self) -> Path:
        return self.root / "postgres.log"

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg2://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    # -- running commands ---------------------------------------------------------------

    def _run(self, program: str, *args: str) -> subprocess.CompletedProcess:
        command = [str(self.bindir / program), *args]
        if self.as_root:
            command = ["runuser", "-u", SYSTEM_USER, "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, cwd=self.root)
        if done.returncode != 0:
            raise ClusterError(f"{program} failed ({done.returncode}): {done.stderr.strip() or done.stdout.strip()}"
                               f"{self._log_tail()}")
        return done

    def _log_tail(self) -> str:
        try:
            return "\n--- postgres.log ---\n" + "\n".join(self.log_path.read_text().splitlines()[-20:])
        except OSError:
            return ""

    # -- the life of the cluster ----------------------------------------------------------

    def start(self) -> PrivateCluster:
        self.root = Path(tempfile.mkdtemp(prefix="mailbot-postgres-"))
        if self.as_root:
            try:
                account = pwd.getpwnam(SYSTEM_USER)
            except KeyError:
                self.cleanup()
                raise PostgresMissing(f"running as root but there is no {SYSTEM_USER!r} system user") from None
            os.chown(self.root, account.pw_uid, account.pw_gid)
        try:
            self._run("initdb", "-D", str(self.data_dir), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8",
                      "--locale=C", "--no-sync")
            self._start_server()
        except BaseException:
            self.cleanup()
            raise
        self.running = True
        return self

    def _start_server(self, tries: int = 5) -> None:
        """``pg_ctl start``, on a new port when the chosen one was taken before
        the server could bind it (pytest-xdist workers and other suites on the
        machine pick free ports too; any client's ephemeral port may take it)."""
        for attempt in range(1, tries + 1):
            try:
                self._run("pg_ctl", "-D", str(self.data_dir), "-l", str(self.log_path), "-w", "-t", "60",
                          "-o", self._server_options(), "start")
                return
            except ClusterError as e:
                if attempt == tries or "already in use" not in str(e):
                    raise
                self.port = free_port()

    def _server_options(self) -> str:
        settings = {
            "listen_addresses": "127.0.0.1",
            "port": str(self.port),
            "unix_socket_directories": str(self.root),
            "fsync": "off",
            "synchronous_commit": "off",
            "full_page_writes": "off",
            "max_connections": "50",
            "shared_buffers": "32MB",
        }
        return " ".join(f"-c {name}={value}" for name, value in settings.items())

    def create_database(self, name: str) -> str:
        """Make an empty database and return its SQLAlchemy URL."""
        import psycopg2

        self._admin(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def _admin(self, statement: str) -> None:
        """One statement outside a transaction, as the superuser."""
        import psycopg2

        conn = psycopg2.connect(host="127.0.0.1", port=self.port, user=SUPERUSER, dbname="postgres")
        try:
            conn.autocommit = True
            with conn.cursor() as cursor:
                cursor.execute(statement)
        finally:
            conn.close()

    def stop(self) -> None:
        try:
            if self.running:
                self._run("pg_ctl", "-D", str(self.data_dir), "-m", "immediate", "-w", "stop")
                self.running = False
        except ClusterError:
            self._kill_postmaster()
            raise
        finally:
            self.cleanup()

    def _kill_postmaster(self) -> None:
        """pg_ctl could not stop it: kill our own server by the pid it wrote."""
        try:
            pid = int((self.data_dir / "postmaster.pid").read_text().split()[0])
            os.kill(pid, signal.SIGKILL)
        except (OSError, ValueError, IndexError):
            pass

    def cleanup(self) -> None:
        if self.root is not None:
            shutil.rmtree(self.root, ignore_errors=True)
            self.root = None

    def __enter__(self) -> PrivateCluster:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


# -- pytest fixtures (import them into the test module) ------------------------------------

_databases = itertools.count(1)


@pytest.fixture(scope="session")
def postgres_cluster():
    """One private cluster for the test session; skips (or fails under
    ``MAILBOT_REQUIRE_SERVERS=1``) when PostgreSQL or psycopg2 is missing."""
    from tests.conftest import missing_server

    try:
        import psycopg2  # noqa: F401
    except ImportError:
        missing_server("psycopg2 (pip install psycopg2-binary)")
    try:
        cluster = PrivateCluster()
    except PostgresMissing as e:
        missing_server(str(e))
    cluster.start()
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def postgres_url(postgres_cluster):
    """The SQLAlchemy URL of a new, empty database, dropped after the test."""
    name = f"mailbot_test_{next(_databases)}"
    url = postgres_cluster.create_database(name)
    try:
        yield url
    finally:
        postgres_cluster.drop_database(name)
