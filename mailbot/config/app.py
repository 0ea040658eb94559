"""Settings of the main file ``config/mailbot.toml``: mailboxes, database, SMTP.

Each table's keys are declared once with default and help, like the brand
settings; ``docs/configuration.md`` is generated from both.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from mailbot.models import SenderTrust
from mailbot.config.settings import Setting, list_of, nonempty_text, one_of, text, whole

APP_SECTIONS = ("mailbot", "database", "mailboxes", "smtp", "web")

MAIN_SETTINGS: tuple[Setting, ...] = (
    Setting("brands_dir", "brands", "Folder (beside this file) of the brand files.", nonempty_text),
    Setting("templates_dir", "", "Folder of the reply templates, one sub-folder per brand; empty: the templates "
            "shipped inside mailbot (change them with `template_overrides` instead).", text),
    Setting("template_overrides", "", "Optional folder whose templates replace the shipped ones of the same "
            "name.", text),
    Setting("var_dir", "var", "Folder for the database file, the demo Maildir and other state.", nonempty_text),
    Setting("parse_workers", "auto", "Processes that read fetched emails (parse, screen for automatic mail, "
            "extract the request) under the time budget `email_seconds` while the main process decides, drafts "
            "and stores them; a poll of fewer than 32 emails uses one.  `auto` is one (each further worker adds "
            "about 35 MB); `0` reads every email in the main process, with no time budget.",
            lambda v: _auto_or_whole(v)),
    Setting("log_format", "text", "How the worker and the web app write their log lines: `text` (one readable "
            "line) or `json` (one JSON object per line, for a log collector).", one_of("text", "json")),
    Setting("metrics_token_env", "", "Name of the environment variable that holds the bearer token `/metrics` "
            "asks for; empty: `/metrics` needs no token, as Prometheus exporters usually do.", text),
    Setting("oauth2_key_env", "MAILBOT_OAUTH2_KEY", "Name of the environment variable that holds the Fernet key "
            "(`mailbot auth key` makes one) with which OAuth2 tokens are encrypted in the database; needed only "
            "when a mailbox or SMTP server has `auth = \"xoauth2\"`.", nonempty_text),
    Setting("lease_seconds", 20, "Seconds a worker holds a mailbox (and its presence) without renewing it: "
            "a worker that dies loses its mailboxes after this long and another worker goes on from the "
            "stored position (at once when the dead worker ran on the same machine).  Its heartbeat renews "
            "every third of it.", whole(3, 600)),
    Setting("send_seconds", 30, "Seconds between two runs of the worker's send job (approved drafts out over "
            "SMTP).", whole(1, 86400)),
    Setting("send_retry_seconds", 60, "Seconds before a reply the SMTP server answered 4xx (or could not take) is "
            "tried again; doubled after each failed try, at most two hours.", whole(1, 7200)),
    Setting("read_text_kb", 64, "Kilobytes (thousands of characters) of an email's text that are read; the rest "
            "stays in the stored email and staff see that only the first part was read.", whole(4, 4096)),
    Setting("email_seconds", 10, "Seconds one email may take to read (parse, screen, extract) in a parse "
            "worker; past it the worker is replaced and the email recorded as failed.  `mailbot retry` reads "
            "the email again in a worker under the same budget.", whole(1, 3600)),
    Setting("worker_memory_mb", 120, "Megabytes of memory (RSS) past which a parse worker retires: it finishes "
            "the emails it is reading, hands back the rest and a fresh worker takes over (nothing is lost or "
            "read twice).  A worker's memory grows with the variety of mail it reads; it stays near 75 MB on "
            "ordinary mail, so the default is rarely reached.  `0`: never retire; else at least 64 (a fresh "
            "worker needs about 45).", lambda v: _never_or_at_least(v, 64)),
    Setting("triage_max_bytes", 25 * 1024 * 1024, "`mailbot triage` refuses files larger than this, like a "
            "mailbox's `max_bytes`.", whole(1024, 2 ** 31)),
)

DATABASE_SETTINGS: tuple[Setting, ...] = (
    Setting("url", "sqlite:///var/mailbot.db", "SQLAlchemy URL of the store; the environment variable "
            "`DATABASE_URL` overrides it.", nonempty_text),
)

OAUTH2_PROVIDERS = ("google", "microsoft", "generic")


def _oauth2_settings(what: str) -> tuple[Setting, ...]:
    """The sign-in keys shared by a mailbox and an SMTP server."""
    return (
        Setting("auth", "password", f"How mailbot signs in to the {what}: `password` (from `password_env`) or "
                "`xoauth2` (an OAuth2 token from `mailbot auth login`).", one_of("password", "xoauth2")),
        Setting("oauth2_provider", "", "With `auth = \"xoauth2\"`: `google`, `microsoft` or `generic` (any "
                "OAuth2 server, by its URLs).", lambda v: v if v == "" else one_of(*OAUTH2_PROVIDERS)(v)),
        Setting("oauth2_client_id", "", "OAuth2 client (application) id registered with the provider.", text),
        Setting("oauth2_client_secret_env", "", "Name of the environment variable that holds the OAuth2 client "
                "secret; empty for a public client (Microsoft device-code sign-in needs none).", text),
        Setting("oauth2_tenant", "organizations", "Microsoft: the directory (tenant) id or domain, or "
                "`organizations` for any work account.", nonempty_text),
        Setting("oauth2_token_url", "", "Generic provider: the token endpoint (Google and Microsoft have "
                "their own).", text),
        Setting("oauth2_scopes", (), "Scopes asked for; empty: the provider's mail scopes (Google "
                "`https://mail.google.com/`; Microsoft `IMAP.AccessAsUser.All` or `SMTP.Send`, with "
                "`offline_access`).", list_of(nonempty_text)),
        Setting("oauth2_auth_url", "", "Generic provider: the authorization endpoint, for the browser "
                "(loopback) sign-in.", text),
        Setting("oauth2_device_url", "", "Generic provider: the device authorization endpoint, for the "
                "device-code sign-in.", text),
    )


MAILBOX_SETTINGS: tuple[Setting, ...] = (
    Setting("name", None, "Unique name of the mailbox, shown in logs and `mailbot status`.", nonempty_text),
    Setting("brand", None, "The brand whose mail arrives here (C1).", nonempty_text),
    Setting("host", "", "IMAP server host name; leave out for a Maildir mailbox.", text),
    Setting("port", 993, "IMAP server port.", whole(1, 65535)),
    Setting("security", "ssl", "`ssl`, `starttls`, or `none` (allowed only for 127.0.0.1).",
            one_of("ssl", "starttls", "none")),
    Setting("username", "", "IMAP user name.", text),
    Setting("password_env", "", "Name of the environment variable that holds the IMAP password.", text),
    Setting("folder", "INBOX", "The folder watched for new mail.", nonempty_text),
    Setting("poll_seconds", 60, "Seconds between two polls of the mailbox.", whole(1, 86400)),
    Setting("idle", False, "Hold an IMAP IDLE connection that wakes the poll as soon as mail arrives.",
            lambda v: _boolean(v)),
    Setting("move_to", "", "Folder to move an email to once its case is stored; empty: leave it.", text),
    Setting("batch_size", 100, "Emails fetched per IMAP FETCH.", whole(1, 10000)),
    Setting("max_bytes", 25 * 1024 * 1024, "Emails larger than this are recorded for staff but not "
            "downloaded whole.", whole(1024, 2 ** 31)),
    Setting("maildir", "", "Path of a Maildir to read instead of IMAP (relative to the project folder).", text),
    Setting("sent_folder", "Sent", "IMAP folder that receives a copy of every reply sent.", text),
    Setting("trust_authserv_id", "", "The authserv-id of the server that receives this mailbox's mail (the first "
            "word of the `Authentication-Results` headers it adds, e.g. `mx.example.com`). When set, a sender "
            "counts as the customer on record only if that server found DMARC passing or an aligned DKIM "
            "signature (RFC 8601); others get the verify-sender reply, never sent without approval. Results "
            "from any other authserv-id are ignored. Empty: the From address is taken as written "
            "(`config check` warns).", text),
    Setting("trust_spf", False, "With `trust_authserv_id`: an SPF pass for an envelope domain aligned with "
            "the From domain is enough on its own.", lambda v: _boolean(v)),
    *_oauth2_settings("IMAP server"),
)

SMTP_SETTINGS: tuple[Setting, ...] = (
    Setting("host", "localhost", "SMTP submission server host name.", nonempty_text),
    Setting("port", 587, "SMTP server port.", whole(1, 65535)),
    Setting("security", "starttls", "`ssl`, `starttls`, or `none` (allowed only for 127.0.0.1).",
            one_of("ssl", "starttls", "none")),
    Setting("username", "", "SMTP user name; empty for a server without authentication.", text),
    Setting("password_env", "", "Name of the environment variable that holds the SMTP password.", text),
    Setting("sent_folder", "", "IMAP folder of the brand's mailbox that receives a copy of each reply; when set, "
            "it replaces the mailbox's own `sent_folder`.", text),
    *_oauth2_settings("SMTP server"),
    Setting("timeout_seconds", 60, "Seconds to wait for the server to connect and to answer each SMTP command; "
            "a reply whose server stops answering after its message was handed over is left for staff to check, "
            "never sent twice.", whole(1, 3600)),
)


WEB_SETTINGS: tuple[Setting, ...] = (
    Setting("trusted_proxies", 0, "How many reverse proxies stand in front of the staff UI (nginx, a load "
            "balancer). Their `X-Forwarded-For` and `X-Forwarded-Proto` headers are believed for that many hops: "
            "the client address (which the sign-in limit counts per account and client) and whether the request "
            "came over HTTPS (which makes the session cookie `Secure`). 0: the headers are ignored; never set "
            "it higher than the real number of proxies, or clients could forge their address.", whole(0, 10)),
    Setting("secure_cookies", "auto", "Whether the session cookie is `Secure` (sent back over HTTPS only): "
            "`auto` follows each request (HTTPS, or `X-Forwarded-Proto: https` from a trusted proxy); `true` "
            "always; `false` never. The environment variable `MAILBOT_SECURE_COOKIES=1` or `0` overrides it.",
            lambda v: _auto_or_boolean(v)),
)


@dataclass(frozen=True)
class WebSettings:
    """``[web]``: how the staff UI stands behind proxies and sets its cookie."""

    trusted_proxies: int = 0
    secure_cookies: bool | str = "auto"


def _auto_or_boolean(value: Any) -> bool | str:
    if value == "auto" or isinstance(value, bool):
        return value
    raise ValueError(f"expected auto, true or false, got {value!r}")


def parse_web(data: Any, path: Path, problems) -> WebSettings:
    values = check_table(data, WEB_SETTINGS, path, "web", problems)
    return WebSettings(**values)


def _auto_or_whole(value: Any) -> int | str:
    if value == "auto":
        return value
    if isinstance(value, str):
        raise ValueError(f"expected auto or a whole number, got {value!r}")
    return whole(0, 16)(value)


def _never_or_at_least(value: Any, low: int) -> int:
    """0, or a whole number from ``low`` up (a bound below what a worker needs to start would
    retire it after every batch)."""
    return 0 if value == 0 and not isinstance(value, bool) else whole(low, 1 << 20)(value)


def _boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"expected true or false, got {value!r}")
    return value


@dataclass(frozen=True, kw_only=True)
class SignIn:
    """How a mailbox or an SMTP server signs in (``_oauth2_settings``): a password from the
    environment, or an OAuth2 token (``auth = "xoauth2"``, :mod:`mailbot.oauth`)."""

    auth: str = "password"
    oauth2_provider: str = ""
    oauth2_client_id: str = ""
    oauth2_client_secret_env: str = ""
    oauth2_tenant: str = "organizations"
    oauth2_token_url: str = ""
    oauth2_scopes: tuple[str, ...] = ()
    oauth2_auth_url: str = ""
    oauth2_device_url: str = ""


@dataclass(frozen=True)
class Mailbox(SignIn):
    name: str
    brand: str
    host: str
    port: int
    security: str
    username: str
    password_env: str
    folder: str
    poll_seconds: int
    idle: bool
    move_to: str
    batch_size: int
    max_bytes: int
    maildir: str
    sent_folder: str
    trust_authserv_id: str = ""
    trust_spf: bool = False

    @property
    def is_maildir(self) -> bool:
        return bool(self.maildir)

    @property
    def sender_trust(self) -> SenderTrust | None:
        """Whose Authentication-Results count for this mailbox; None without the setting."""
        if not self.trust_authserv_id.strip():
            return None
        return SenderTrust(self.trust_authserv_id.strip(), self.trust_spf)

    @property
    def account(self) -> str:
        """The key of this mailbox's OAuth2 token in the store."""
        return f"mailbox:{self.name}"


@dataclass(frozen=True)
class SmtpServer(SignIn):
    name: str
    host: str
    port: int
    security: str
    username: str
    password_env: str
    sent_folder: str
    timeout_seconds: int = 60

    @property
    def account(self) -> str:
        """The key of this server's OAuth2 token in the store."""
        return f"smtp:{self.name}"


def check_table(data: Any, declared: tuple[Setting, ...], path: Path, where: str, problems) -> dict[str, Any]:
    from mailbot.config import did_you_mean

    keys = [s.key for s in declared]
    if not isinstance(data, dict):
        problems.add(path, where, f"expected a table, got {data!r}")
        return {s.key: s.default for s in declared}
    for key in data:
        if key not in keys:
            problems.add(path, f"{where}.{key}", "unknown setting" + did_you_mean(key, keys))
    values = {}
    for s in declared:
        if s.key not in data:
            if s.default is None:
                problems.add(path, f"{where}.{s.key}", "missing (required)")
            values[s.key] = s.default
            continue
        try:
            values[s.key] = s.check(data[s.key])
        except ValueError as e:
            problems.add(path, f"{where}.{s.key}", str(e))
            values[s.key] = s.default
    return values


def check_oauth2(values: dict[str, Any], path: Path, where: str, problems) -> None:
    """``auth = "xoauth2"`` needs a provider, a client id and a user name;
    the generic provider needs its token URL and a way to sign in."""
    if values["auth"] != "xoauth2":
        return
    if not values["oauth2_provider"]:
        problems.add(path, f"{where}.oauth2_provider", "missing: auth is xoauth2; say google, microsoft or generic")
    if not values["oauth2_client_id"]:
        problems.add(path, f"{where}.oauth2_client_id", "missing: auth is xoauth2; give the OAuth2 client id")
    if not values["username"]:
        problems.add(path, f"{where}.username", "missing: auth is xoauth2; give the mailbox's address")
    if values["oauth2_provider"] == "generic" and not values["oauth2_token_url"]:
        problems.add(path, f"{where}.oauth2_token_url", "missing: the generic provider needs its token URL")


def parse_mailboxes(data: Any, path: Path, brands, problems) -> list[Mailbox]:
    if not isinstance(data, list):
        problems.add(path, "mailboxes", "expected [[mailboxes]] tables")
        return []
    out, seen = [], set()
    for i, table in enumerate(data):
        where = f"mailboxes[{i}]"
        values = check_table(table, MAILBOX_SETTINGS, path, where, problems)
        name = values["name"] or where
        if name in seen:
            problems.add(path, f"{where}.name", f"duplicate mailbox name {name!r}")
        seen.add(name)
        if brands and values["brand"] and values["brand"] not in brands:
            problems.add(path, f"{where}.brand", f"unknown brand {values['brand']!r} (known: {', '.join(brands)})")
        if not values["maildir"] and not values["host"]:
            problems.add(path, where, "needs either host (IMAP) or maildir")
        if values["security"] == "none" and values["host"] and values["host"] != "127.0.0.1":
            problems.add(path, f"{where}.security", "'none' (no TLS) is allowed only for host 127.0.0.1")
        if not values["maildir"]:
            check_oauth2(values, path, where, problems)
        out.append(Mailbox(**{f.name: values[f.name] for f in fields(Mailbox)}))
    return out


def parse_smtp(data: Any, path: Path, problems) -> dict[str, SmtpServer]:
    if not isinstance(data, dict):
        problems.add(path, "smtp", "expected [smtp.NAME] tables")
        return {}
    out = {}
    for name, table in data.items():
        values = check_table(table, SMTP_SETTINGS, path, f"smtp.{name}", problems)
        if values["security"] == "none" and values["host"] not in ("127.0.0.1", "localhost"):
            problems.add(path, f"smtp.{name}.security", "'none' (no TLS) is allowed only for host 127.0.0.1")
        check_oauth2(values, path, f"smtp.{name}", problems)
        out[name] = SmtpServer(name=name, **values)
    return out


__all__ = ["APP_SECTIONS", "MAILBOX_SETTINGS", "SMTP_SETTINGS", "WEB_SETTINGS", "Mailbox", "SmtpServer",
           "WebSettings", "list_of"]
