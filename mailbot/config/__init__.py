"""Loading and checking the configuration: ``config/mailbot.toml`` and one
``brands/<brand>.toml`` per brand.

Every setting is declared once (``settings.py`` for brands, ``app.py`` for the
main file) with its default and help.  Loading collects *every* problem as
one line naming the file and key; :func:`load_config` raises them together
in a :class:`~mailbot.errors.ConfigError`, ``mailbot config check`` prints them.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from mailbot.config.app import (
    APP_SECTIONS, DATABASE_SETTINGS, MAIN_SETTINGS, Mailbox, SmtpServer, WebSettings, check_table, parse_mailboxes,
    parse_smtp, parse_web,
)
from mailbot.config.settings import BRAND_KEYS, BRAND_SETTINGS, Setting
from mailbot.errors import ConfigError

PACKAGE_ROOT = Path(__file__).resolve().parents[1] / "defaults"
"""The embedded default shipped inside the package: ``config/``, ``templates/``, ``examples/``."""
DEFAULT_CONFIG = Path("config") / "mailbot.toml"


class Brand:
    """One brand's settings, as attributes named after the setting keys."""

    def __init__(self, values: dict[str, Any], source: Path):
        self.source = source
        for key, value in values.items():
            setattr(self, key, value)
        self.tz = ZoneInfo(values["timezone"])
        self.own_addresses = frozenset(values["addresses"])
        self.holidays = frozenset(values["holidays"])
        if not values.get("templates"):
            self.templates = values["name"]
        self.used_fields = frozenset((values["account_field"], "reason", *values["required_fields"],
                                      *values["refund_required_fields"], *values["cancellation_required_fields"]))
        """The fields this brand's policy reads; the others are always null."""

    def clause(self, rule: str) -> str:
        return self.clauses.get(rule, "")

    def __repr__(self) -> str:
        return f"Brand({self.name!r}, kind={self.kind!r})"


@dataclass
class Config:
    path: Path
    brands: dict[str, Brand]
    templates_dir: Path
    template_overrides: Path | None
    database_url: str
    mailboxes: list[Mailbox] = field(default_factory=list)
    smtp: dict[str, SmtpServer] = field(default_factory=dict)
    var_dir: Path = Path("var")
    parse_workers: int | str = "auto"
    """Processes that parse emails while the poll stores them (``auto``, or a number)."""
    log_format: str = "text"
    """``text`` or ``json``: how the worker and the web app write their log lines."""
    metrics_token_env: str = ""
    """The environment variable holding the bearer token ``/metrics`` asks for ('' = none)."""
    web: WebSettings = field(default_factory=WebSettings)
    """``[web]``: trusted proxies and the session cookie."""
    oauth2_key_env: str = "MAILBOT_OAUTH2_KEY"
    """The environment variable holding the Fernet key of stored OAuth2 tokens."""
    lease_seconds: int = 20
    """How long a worker holds a mailbox without renewing it (``mailbot.service.lease``)."""
    send_seconds: int = 30
    """Seconds between two runs of the worker's send job."""
    send_retry_seconds: int = 60
    """First wait before a reply answered 4xx is tried again (doubled each time)."""
    read_text_kb: int = 64
    """Kilobytes of an email's text read (the rest stays in the stored email)."""
    email_seconds: int = 10
    """Seconds one email may take in a parse worker."""
    triage_max_bytes: int = 25 * 1024 * 1024
    """Largest file ``mailbot triage`` reads."""
    worker_memory_mb: int = 120
    """RSS (MB) past which a parse worker retires after its batch (0: never; ``mailbot.reading.retire``)."""

    @property
    def read_limits(self):
        """The :class:`~mailbot.reading.limits.ReadLimits` of these settings."""
        from mailbot.reading.limits import ReadLimits

        return ReadLimits(text_chars=self.read_text_kb * 1024)

    def zone_of(self, brand: str) -> ZoneInfo | None:
        """A brand's time zone, None for an unknown brand (the ledger's ``tz_of``)."""
        found = self.brands.get(brand)
        return found.tz if found else None

    def brand_for(self, addresses: tuple[str, ...] | list[str]) -> Brand | None:
        """C1: the brand whose support address received the email."""
        for address in addresses:
            for brand in self.brands.values():
                if address in brand.own_addresses:
                    return brand
        return None


class Problems(list):
    """One-line problems collected while loading."""

    def add(self, path: Path, key: str, what: str) -> None:
        self.append(f"{path}: {key}: {what}" if key else f"{path}: {what}")


LOCAL_CONFIGS = (Path("mailbot.toml"), DEFAULT_CONFIG)
"""Where the current folder may hold a configuration, in the order they are tried."""
PACKAGED_CONFIG = PACKAGE_ROOT / DEFAULT_CONFIG


def resolve_config_path(path: str | os.PathLike | None) -> Path:
    """``--config`` (a file, or a folder holding ``mailbot.toml``), else
    ``$MAILBOT_CONFIG``, else ``mailbot.toml`` or ``config/mailbot.toml`` in the
    current folder or, failing those, the demo configuration shipped inside the
    package (:func:`uses_packaged_demo` tells; its data goes under the current
    folder, never under another checkout's)."""
    if path or os.environ.get("MAILBOT_CONFIG"):
        chosen = Path(path or os.environ["MAILBOT_CONFIG"])
        return chosen / "mailbot.toml" if chosen.is_dir() else chosen
    for local in LOCAL_CONFIGS:
        if local.is_file():
            return local
    return PACKAGED_CONFIG


def uses_packaged_demo(path: str | os.PathLike | None = None) -> bool:
    """Whether, with no ``--config`` (``path``) and no ``$MAILBOT_CONFIG``, nothing
    was found here and the packaged demo configuration stands in (named on
    purpose, as the tests do, it is just a configuration)."""
    if path or os.environ.get("MAILBOT_CONFIG"):
        return False
    return resolve_config_path(None) == PACKAGED_CONFIG


def packaged_demo_notice() -> str:
    """The one line a command prints when no configuration was found here."""
    return (f"mailbot: no --config, $MAILBOT_CONFIG, ./mailbot.toml or ./config/mailbot.toml: using the packaged "
            f"demo configuration, with its data under {Path.cwd() / 'var'} (`mailbot init` writes one to edit)")


def project_root(config_path: Path) -> Path:
    """The folder relative paths in ``mailbot.toml`` start from: the parent of a ``config/``
    folder, else the file's own folder.  For the embedded default shipped inside the
    package it is the current folder, so nothing is ever written into the installation."""
    base = config_path.resolve().parent
    if base.is_relative_to(PACKAGE_ROOT):
        return Path.cwd()
    return base.parent if base.name == "config" else base


def read_toml(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as f:
            return tomllib.load(f)
    except FileNotFoundError:
        raise ConfigError(f"{path}: file not found") from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path}: not valid TOML: {e}") from None
    except OSError as e:
        raise ConfigError(f"{path}: cannot read: {e.strerror}") from None


def did_you_mean(key: str, known: list[str] | tuple[str, ...]) -> str:
    import difflib  # only when a key is unknown: not on a poll's path (issue 8, memory)

    close = difflib.get_close_matches(key, known, n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def check_brand(data: dict[str, Any], path: Path, problems: Problems) -> dict[str, Any] | None:
    kind = data.get("kind")
    values: dict[str, Any] = {}
    for key in data:
        if key not in BRAND_KEYS:
            problems.add(path, key, "unknown setting" + did_you_mean(key, list(BRAND_KEYS)))
    for setting in BRAND_SETTINGS:
        values[setting.key] = _checked(setting, data, path, problems, kind)
    return values


def _checked(setting: Setting, data: dict, path: Path, problems: Problems, kind: str | None) -> Any:
    if setting.key not in data:
        if setting.default is None and setting.key != "templates":
            problems.add(path, setting.key, "missing (required)")
        return setting.default
    if kind in ("subscription", "agency") and kind not in setting.kinds:
        problems.add(path, setting.key, f"not used by kind {kind!r} policies")
        return setting.default
    try:
        return setting.check(data[setting.key])
    except ValueError as e:
        problems.add(path, setting.key, str(e))
        return setting.default


def load_brands(brands_dir: Path, problems: Problems) -> dict[str, Brand]:
    brands: dict[str, Brand] = {}
    files = sorted(brands_dir.glob("*.toml")) if brands_dir.is_dir() else []
    if not files:
        problems.add(brands_dir, "", "no brand files (*.toml) found")
    for path in files:
        try:
            data = read_toml(path)
        except ConfigError as e:
            problems.append(str(e))
            continue
        before = len(problems)
        values = check_brand(data, path, problems)
        if values is None or len(problems) > before:
            continue
        if values["name"] != path.stem:
            problems.add(path, "name", f"must match the file name {path.stem!r}, got {values['name']!r}")
            continue
        brands[values["name"]] = Brand(values, path)
    return brands


def collect(path: str | os.PathLike | None = None) -> tuple[Config | None, Problems]:
    """Load everything, returning the config (None if unusable) and every problem."""
    path = resolve_config_path(path)
    problems = Problems()
    try:
        data = read_toml(path)
    except ConfigError as e:
        problems.append(str(e))
        return None, problems
    base = path.parent
    for key in data:
        if key not in APP_SECTIONS:
            problems.add(path, key, "unknown section" + did_you_mean(key, list(APP_SECTIONS)))
    main = check_table(data.get("mailbot", {}), MAIN_SETTINGS, path, "mailbot", problems)
    database = check_table(data.get("database", {}), DATABASE_SETTINGS, path, "database", problems)
    brands = load_brands(base / main["brands_dir"], problems)
    templates_dir = (base / main["templates_dir"]).resolve() if main["templates_dir"] else PACKAGE_ROOT / "templates"
    if not templates_dir.is_dir():
        problems.add(path, "mailbot.templates_dir", f"folder not found: {templates_dir}")
    overrides_dir = (base / main["template_overrides"]).resolve() if main["template_overrides"] else None
    if overrides_dir is not None and not overrides_dir.is_dir():
        problems.add(path, "mailbot.template_overrides", f"folder not found: {overrides_dir}")
    # Relative paths in the main file are taken from the project folder (the parent of config/).
    project = project_root(path)
    var_dir = (project / main["var_dir"]).resolve()
    url = _anchor_sqlite(os.environ.get("DATABASE_URL") or database["url"], project)
    # A brand file with problems still counts as a brand here: one mistake, one line.
    brand_names = {p.stem for p in (base / main["brands_dir"]).glob("*.toml")}
    mailboxes = parse_mailboxes(data.get("mailboxes", []), path, brand_names, problems)
    smtp = parse_smtp(data.get("smtp", {}), path, problems)
    config = Config(path, brands, templates_dir, overrides_dir, url, mailboxes, smtp, var_dir,
                    main["parse_workers"], log_format=main["log_format"],
                    metrics_token_env=main["metrics_token_env"], web=parse_web(data.get("web", {}), path, problems),
                    oauth2_key_env=main["oauth2_key_env"], lease_seconds=main["lease_seconds"],
                    send_seconds=main["send_seconds"], send_retry_seconds=main["send_retry_seconds"],
                    read_text_kb=main["read_text_kb"], email_seconds=main["email_seconds"],
                    triage_max_bytes=main["triage_max_bytes"], worker_memory_mb=main["worker_memory_mb"])
    return config, problems


def _anchor_sqlite(url: str, root: Path) -> str:
    """A relative SQLite path is taken from the project folder, not the cwd."""
    m = re.match(r"sqlite:///(?!/)(.+)", url)
    if m and not m.group(1).startswith(":memory:"):
        return f"sqlite:///{(root / m.group(1)).resolve()}"
    return url


def load_config(path: str | os.PathLike | None = None) -> Config:
    config, problems = collect(path)
    if problems or config is None:
        raise ConfigError(problems[0] if len(problems) == 1 else
                          f"{len(problems)} problems: " + "; ".join(problems))
    return config
