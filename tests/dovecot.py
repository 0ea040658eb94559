"""A private Dovecot IMAP server for tests and benchmarks.

Never the system's Dovecot: each :class:`PrivateDovecot` writes its own
``dovecot.conf`` in a temporary folder (own base_dir, state_dir, log, Maildir
and passwd-file), listens on 127.0.0.1 on a free port, without TLS, and runs
as the current user.  Mail is delivered with IMAP APPEND.

    with PrivateDovecot(tmp_path) as server:
        server.deliver([raw_bytes, ...])
        # connect to 127.0.0.1:server.port as server.user / server.password
"""

from __future__ import annotations

import grp
import os
import pwd
import signal
import socket
import subprocess
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable

import imapclient

DOVECOT = Path(os.environ.get("MAILBOT_DOVECOT", "/usr/sbin/dovecot"))
"""The binary; ``MAILBOT_DOVECOT`` points elsewhere (or nowhere, to check the skip)."""
DOVEADM = Path("/usr/bin/doveadm")

CONFIG = """\
# A private test instance; written by tests/dovecot.py.
protocols = imap
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/state
instance_name = mailbot-test-{port}
login_greeting = {greeting}
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
debug_log_path = {root}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login{oauth2_mechanisms}
default_internal_user = {user}
default_internal_group = {group}
default_login_user = {login_user}
first_valid_uid = 0
first_valid_gid = 0
mail_uid = {uid}
mail_gid = {gid}
mail_location = maildir:{root}/mail/%u
mail_fsync = never
maildir_very_dirty_syncs = yes
shutdown_clients = yes
mailbox_idle_check_interval = 1 secs
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
{oauth2_passdb}userdb {{
  driver = passwd-file
  args = username_format=%u {root}/passwd
  default_fields = home={root}/home/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
  chroot =
  user = {login_user}
}}
service anvil {{
  chroot =
}}
service stats {{
  unix_listener stats-reader {{
    user = {user}
  }}
  unix_listener stats-writer {{
    user = {user}
  }}
}}
namespace inbox {{
  inbox = yes
  separator = /
}}
"""


OAUTH2_PASSDB = """\
auth_failure_delay = 0 secs
passdb {{
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = {root}/dovecot-oauth2.conf.ext
}}
"""

OAUTH2_CONF = """\
# Tokens are checked by POSTing them to the tests' local token server.
introspection_mode = post
introspection_url = {url}
force_introspection = yes
username_attribute = username
active_attribute = active
active_value = true
"""


class DovecotMissing(RuntimeError):
    """The Dovecot binary is not installed."""


class PortTaken(RuntimeError):
    """The port chosen for the server was taken before the server could bind it."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class PrivateDovecot:
    """One Dovecot process tree owned by a test; ``start()``/``stop()`` or ``with``."""

    root: Path
    user: str = "support@example.com"
    password: str = "s3cret-test-pass"
    port: int = field(default_factory=free_port)
    process: subprocess.Popen | None = None
    oauth2_introspection_url: str | None = None
    """When set, XOAUTH2 and OAUTHBEARER logins are checked by an ``oauth2``
    passdb against this introspection endpoint (``tests/oauth_server.py``)."""

    @property
    def config_path(self) -> Path:
        return self.root / "dovecot.conf"

    @property
    def log_path(self) -> Path:
        return self.root / "dovecot.log"

    def maildir(self, user: str | None = None) -> Path:
        return self.root / "mail" / (user or self.user)

    # -- life cycle -------------------------------------------------------

    @property
    def greeting(self) -> str:
        """This instance's IMAP greeting: the start waits for it, not for any
        server that happens to answer on the port."""
        return f"mailbot test {self.root.name} {self.port}"

    def start(self, timeout: float = 15.0, tries: int = 5) -> "PrivateDovecot":
        """Start and wait for the greeting. The free port was only free when
        chosen: another test process (pytest-xdist workers, other suites on the
        machine, any client's ephemeral port) may take it first; then Dovecot
        exits with "Address already in use" and it starts again on a new port."""
        if not DOVECOT.exists():
            raise DovecotMissing(f"{DOVECOT} not found (install dovecot-imapd)")
        for attempt in range(1, tries + 1):
            self._write_config()
            (self.root / "dovecot.log").unlink(missing_ok=True)
            self.process = subprocess.Popen(
                [str(DOVECOT), "-F", "-c", str(self.config_path)],
                stdout=subprocess.DEVNULL, stderr=open(self.root / "dovecot.stderr", "wb"),
                start_new_session=True)
            try:
                self._wait_for_port(timeout)
                return self
            except PortTaken:
                if attempt == tries:
                    raise
                self.port = free_port()
        return self

    def stop(self) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(5)
        self.process = None

    def __enter__(self) -> "PrivateDovecot":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def _write_config(self) -> None:
        for sub in ("run", "state", "mail", "home"):
            (self.root / sub).mkdir(parents=True, exist_ok=True)
        uid, gid = os.getuid(), os.getgid()
        user = pwd.getpwuid(uid).pw_name
        group = grp.getgrgid(gid).gr_name
        login_user = mail_user = user
        if uid == 0:
            # Dovecot refuses root for login and mail processes: use the
            # package's unprivileged users and let them reach the folders.
            login_user = "dovenull" if _user_exists("dovenull") else "nobody"
            mail_user = "dovecot" if _user_exists("dovecot") else "nobody"
            self._hand_over(pwd.getpwnam(mail_user))
        mail = pwd.getpwnam(mail_user)
        oauth2 = self.oauth2_introspection_url
        if oauth2:
            (self.root / "dovecot-oauth2.conf.ext").write_text(OAUTH2_CONF.format(url=oauth2))
        self.config_path.write_text(CONFIG.format(
            root=self.root, port=self.port, greeting=self.greeting, user=user, group=group, login_user=login_user,
            uid=mail.pw_uid, gid=mail.pw_gid, oauth2_mechanisms=" xoauth2 oauthbearer" if oauth2 else "",
            oauth2_passdb=OAUTH2_PASSDB.format(root=self.root) if oauth2 else ""))
        (self.root / "passwd").write_text(f"{self.user}:{{PLAIN}}{self.password}::::::\n")

    def _hand_over(self, account: pwd.struct_passwd) -> None:
        """Running as root: the mail user owns mail/ and home/ and can walk to them."""
        for sub in ("mail", "home"):
            os.chown(self.root / sub, account.pw_uid, account.pw_gid)
        path = self.root.resolve()
        while path != path.parent:
            mode = path.stat().st_mode
            if not mode & 0o001:
                path.chmod(mode | 0o011)
            path = path.parent

    def _wait_for_port(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                tail = self.log_tail()
                self.process = None
                if "in use" in tail:
                    raise PortTaken(f"127.0.0.1:{self.port} was taken: {tail}")
                raise RuntimeError(f"dovecot exited: {tail}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as s:
                    if self.greeting.encode() in s.recv(1024):
                        return
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"dovecot did not listen on 127.0.0.1:{self.port}: {self.log_tail()}")

    def log_tail(self, lines: int = 20) -> str:
        text = ""
        for name in ("dovecot.stderr", "dovecot.log"):
            path = self.root / name
            if path.exists():
                text += path.read_text(errors="replace")
        return "\n".join(text.splitlines()[-lines:])

    # -- talking to it ----------------------------------------------------

    def client(self) -> imapclient.IMAPClient:
        client = imapclient.IMAPClient("127.0.0.1", port=self.port, ssl=False, timeout=30)
        client.login(self.user, self.password)
        return client

    def deliver(self, messages: Iterable[bytes], folder: str = "INBOX",
                when: datetime | None = None) -> int:
        """APPEND each raw email to ``folder`` (created if missing); returns how many."""
        count = 0
        client = self.client()
        try:
            if folder != "INBOX" and not client.folder_exists(folder):
                client.create_folder(folder)
            stamp = when or datetime.now(timezone.utc)
            for raw in messages:
                client.append(folder, raw, msg_time=stamp)
                count += 1
        finally:
            _logout(client)
        return count

    def recreate_folder(self, folder: str, messages: Iterable[bytes]) -> int:
        """Delete ``folder`` and create it again with ``messages``: a new UIDVALIDITY.
        (INBOX cannot be deleted; tests that need this watch another folder.)"""
        if folder.upper() == "INBOX":
            raise ValueError("INBOX cannot be deleted; use another folder")
        client = self.client()
        try:
            if client.folder_exists(folder):
                client.delete_folder(folder)
            client.create_folder(folder)
        finally:
            _logout(client)
        return self.deliver(messages, folder)

    def uidvalidity(self, folder: str = "INBOX") -> int:
        client = self.client()
        try:
            return client.folder_status(folder, [b"UIDVALIDITY"])[b"UIDVALIDITY"]
        finally:
            _logout(client)

    def count(self, folder: str = "INBOX") -> int:
        client = self.client()
        try:
            return client.folder_status(folder, [b"MESSAGES"])[b"MESSAGES"]
        finally:
            _logout(client)

    def kick(self) -> None:
        """Drop every IMAP connection of the user (``doveadm kick``)."""
        subprocess.run([str(DOVEADM), "-c", str(self.config_path), "kick", self.user],
                       check=False, capture_output=True, timeout=10)


def _logout(client: imapclient.IMAPClient) -> None:
    try:
        client.logout()
    except Exception:  # noqa: BLE001 - the server may have gone already
        pass


def _user_exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
        return True
    except KeyError:
        return False


# -- emails to deliver ----------------------------------------------------

SUPPORT_ADDRESS = "support@leadsoptima.com"

_REQUESTS = (
    ("Refund request", "Hello,\n\nI was charged twice for my monthly plan this month (invoice INV-{n:05d}).\n"
     "Please refund the duplicate payment.\n\nThanks,\n{name}\n"),
    ("Cancel my subscription", "Hi team,\n\nPlease cancel my annual subscription, we no longer need it.\n"
     "Registered email: {addr}\n\nBest regards,\n{name}\n"),
    ("Can't log in since Monday", "Hello,\n\nI cannot log in to the platform since Monday and want my money back.\n"
     "Plan: quarterly. Invoice INV-{n:05d}.\n\n{name}\n"),
    ("Question about an invoice", "Hi,\n\nCould you send me a copy of invoice INV-{n:05d}? Nothing else.\n\n{name}\n"),
    ("Remboursement demandé — facture", "Bonjour,\n\nJe demande le remboursement de la facture INV-{n:05d}, "
     "montant erroné (49,00 €).\n\nCordialement,\n{name}\n"),
)


def _headers(n: int, sender: str, subject: str, extra: str = "") -> str:
    from email.header import Header
    from email.utils import format_datetime

    subject_header = Header(subject, "utf-8").encode() if not subject.isascii() else subject
    when = datetime(2025, 3, 1, 9, 0, tzinfo=timezone.utc).replace(minute=n % 60, second=n % 50)
    return (f"From: Customer {n} <{sender}>\r\nTo: LeadsOptima Support <{SUPPORT_ADDRESS}>\r\n"
            f"Subject: {subject_header}\r\nDate: {format_datetime(when)}\r\n"
            f"Message-ID: <request-{n}.{sender.replace('@', '.at.')}@customer.example>\r\n"
            f"MIME-Version: 1.0\r\n{extra}")


def support_email(n: int, *, sender: str | None = None, pad_to: int = 0, kind: str | None = None) -> bytes:
    """One customer email, varied by ``n`` (or by ``kind``): plain, HTML, with an
    attachment, non-ASCII, an auto-reply, or malformed; ``pad_to`` grows it
    with quoted history to about that many bytes."""
    kinds = ("plain", "html", "attachment", "plain", "auto_reply", "alternative", "plain", "malformed",
             "plain", "html")
    kind = kind or kinds[n % len(kinds)]
    sender = sender or f"customer{n}@customer.example"
    subject, body = _REQUESTS[n % len(_REQUESTS)]
    text = body.format(n=n, name=f"Customer {n}", addr=sender)
    if pad_to:
        line = "> On an earlier day you wrote: thanks for your message, we will look into it shortly.\n"
        text += "\n" + line * max(0, (pad_to - len(text) - 600) // len(line))
    text = text.replace("\n", "\r\n")
    html = "<html><body>" + "".join(f"<p>{p}</p>" for p in text.split("\r\n\r\n")) + "</body></html>"
    if kind == "plain":
        return (_headers(n, sender, subject) + "Content-Type: text/plain; charset=utf-8\r\n"
                "Content-Transfer-Encoding: 8bit\r\n\r\n" + text).encode()
    if kind == "html":
        return (_headers(n, sender, subject) + "Content-Type: text/html; charset=utf-8\r\n"
                "Content-Transfer-Encoding: 8bit\r\n\r\n" + html).encode()
    if kind == "alternative":
        return (_headers(n, sender, subject) + 'Content-Type: multipart/alternative; boundary="alt-b"\r\n\r\n'
                "--alt-b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + text +
                "\r\n--alt-b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html + "\r\n--alt-b--\r\n").encode()
    if kind == "attachment":
        import base64

        blob = base64.encodebytes(bytes((i * 7 + n) % 256 for i in range(3000))).decode().replace("\n", "\r\n")
        return (_headers(n, sender, subject) + 'Content-Type: multipart/mixed; boundary="mix-b"\r\n\r\n'
                "--mix-b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + text +
                f"\r\n--mix-b\r\nContent-Type: application/pdf; name=\"invoice-{n}.pdf\"\r\n"
                f"Content-Disposition: attachment; filename=\"invoice-{n}.pdf\"\r\n"
                "Content-Transfer-Encoding: base64\r\n\r\n" + blob + "--mix-b--\r\n").encode()
    if kind == "auto_reply":
        return (_headers(n, sender, "Out of office: " + subject, "Auto-Submitted: auto-replied\r\n") +
                "Content-Type: text/plain; charset=utf-8\r\n\r\nI am away until next week.\r\n").encode()
    if kind == "malformed":
        # Unterminated multipart, a header without colon, and bytes that are not UTF-8.
        return (_headers(n, sender, subject) + 'Content-Type: multipart/mixed; boundary="never-closed"\r\n'
                "This header line has no colon\r\n\r\n--never-closed\r\nContent-Type: text/plain\r\n\r\n"
                ).encode() + b"Refund please \xff\xfe\xfa broken bytes\r\n" + text.encode()
    raise ValueError(f"unknown kind {kind!r}")


def varied_emails(count: int, start: int = 0, pad_to: int = 0) -> list[bytes]:
    return [support_email(n, pad_to=pad_to) for n in range(start, start + count)]


def message_id(raw: bytes) -> str:
    from email.parser import BytesHeaderParser

    return str(BytesHeaderParser().parsebytes(raw)["Message-ID"]).strip()


# -- settings and projects that read this server ----------------------------

PASSWORD_ENV = "MAILBOT_TEST_IMAP_PASSWORD"
REPO = Path(__file__).resolve().parents[1]
DEFAULTS = REPO / "mailbot" / "defaults"


def mailbox_settings(**values):
    """A Mailbox with every declared default, and ``values`` on top."""
    from mailbot.config.app import MAILBOX_SETTINGS, Mailbox

    defaults = {s.key: s.default for s in MAILBOX_SETTINGS}
    defaults.update(name="test-support", brand="leadsoptima")
    defaults.update(values)
    return Mailbox(**defaults)


class TestProject:
    """A project folder (config/, var/) whose mailboxes read a PrivateDovecot.

    The brands and templates are the repository's own."""

    __test__ = False  # not a pytest test class

    def __init__(self, root: Path, server: PrivateDovecot):
        self.root = root
        self.server = server
        self.config_path = root / "config" / "mailbot.toml"
        self.database = root / "var" / "mailbot.db"
        self.write()

    @property
    def database_url(self) -> str:
        return f"sqlite:///{self.database}"

    def write(self, *mailboxes: dict, **settings) -> Path:
        """One IMAP mailbox with ``settings``, or the given mailbox tables."""
        tables = list(mailboxes) or [settings]
        lines = ["[mailbot]", f'brands_dir = "{DEFAULTS / "config" / "brands"}"',
                 f'templates_dir = "{DEFAULTS / "templates"}"', "", "[database]", f'url = "{self.database_url}"', ""]
        for table in tables:
            values = dict(name="support", brand="leadsoptima", host="127.0.0.1", port=self.server.port,
                          security="none", username=self.server.user, password_env=PASSWORD_ENV)
            values.update(table)
            lines.append("[[mailboxes]]")
            lines += [f"{key} = {_toml(value)}" for key, value in values.items()]
            lines.append("")
        self.config_path.parent.mkdir(parents=True, exist_ok=True)
        self.config_path.write_text("\n".join(lines))
        return self.config_path

    def config(self):
        from mailbot.config import load_config

        return load_config(self.config_path)


def _toml(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


# -- a loopback proxy that cuts a connection in the middle of a response -------


class CuttingProxy:
    """Forwards 127.0.0.1:``port`` to the server; the first connection is cut
    (both sides closed) after ``cut_after`` bytes from the server, mid-stream.
    Later connections pass through untouched."""

    def __init__(self, target_port: int, cut_after: int):
        import threading

        self.target_port = target_port
        self.cut_after = cut_after
        self.cuts = 0
        self.connections = 0
        self._listener = socket.socket()
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(16)
        self.port = self._listener.getsockname()[1]
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        import threading

        while not self._stopping.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            self.connections += 1
            limit = self.cut_after if self.connections == 1 else None
            server = socket.create_connection(("127.0.0.1", self.target_port))
            threading.Thread(target=self._pipe, args=(client, server, None), daemon=True).start()
            threading.Thread(target=self._pipe, args=(server, client, limit), daemon=True).start()

    def _pipe(self, source: socket.socket, sink: socket.socket, limit: int | None) -> None:
        sent = 0
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    break
                if limit is not None and sent + len(data) >= limit:
                    sink.sendall(data[:max(0, limit - sent)])
                    self.cuts += 1
                    break
                sink.sendall(data)
                sent += len(data)
        except OSError:
            pass
        finally:
            for s in (source, sink):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                s.close()

    def close(self) -> None:
        self._stopping.set()
        self._listener.close()
