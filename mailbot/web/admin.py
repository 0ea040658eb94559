"""Admin pages of the staff UI: preview any reply template against a recent
case, and read the settings in effect.  Both are read-only (GET only), and
only admins see them (:func:`mailbot.web.auth.admin_required`).

Secrets never reach the page: a ``password_env`` setting shows the variable's
name and whether it is set, the database URL hides its password, and no
environment value is ever printed.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Any

from flask import Blueprint, redirect, render_template, request, url_for
from sqlalchemy import select

from mailbot import preview
from mailbot.config import Config
from mailbot.config.app import DATABASE_SETTINGS, MAILBOX_SETTINGS, MAIN_SETTINGS, SMTP_SETTINGS, WEB_SETTINGS
from mailbot.config.check import further_problems
from mailbot.config.settings import BRAND_SETTINGS, Setting
from mailbot.drafting import TEMPLATE_NAMES, Drafter
from mailbot.errors import MailbotError
from mailbot.store.database import safe_url
from mailbot.store.schema import cases
from mailbot.web.auth import admin_required
from mailbot.web.state import web_state

log = logging.getLogger(__name__)

admin_bp = Blueprint("admin", __name__, url_prefix="/admin")

RECENT_CASES = 50
SECRET_ENVIRONMENT = ("MAILBOT_SECRET_KEY", "DATABASE_URL")
"""Environment variables the UI reports as set or unset, never by value."""


# -- what the templates show ---------------------------------------------------------

@dataclass(frozen=True)
class RecentCase:
    id: int
    reference: str | None
    brand: str
    status: str
    outcome: str | None
    subject: str


@dataclass(frozen=True)
class ShownSetting:
    key: str
    value: str
    help: str
    secret: bool = False
    is_set: bool = False


@dataclass(frozen=True)
class SettingsGroup:
    title: str
    settings: list[ShownSetting]
    source: str = ""


def recent_cases(conn, limit: int = RECENT_CASES) -> list[RecentCase]:
    query = (select(cases.c.id, cases.c.reference, cases.c.brand, cases.c.status, cases.c.outcome, cases.c.subject)
             .order_by(cases.c.id.desc()).limit(limit))
    return [RecentCase(*row) for row in conn.execute(query)]


def shown_value(value: Any) -> str:
    """A setting's value as an admin wrote it, on as few lines as it takes."""
    if value is None or value == "" or value == () or value == {}:
        return "—"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "\n".join(f"{k} = {shown_value(v)}" for k, v in value.items())
    if isinstance(value, (list, tuple, frozenset, set)):
        return "\n".join(str(v) for v in value)
    return str(value)


def _shown(setting: Setting, value: Any, environ) -> ShownSetting:
    if setting.key.endswith("_env"):
        name = value or ""
        return ShownSetting(setting.key, name or "—", setting.help, secret=bool(name),
                            is_set=bool(name and environ.get(name)))
    if setting.key == "url":
        return ShownSetting(setting.key, safe_url(value), setting.help)
    return ShownSetting(setting.key, shown_value(value), setting.help)


def settings_in_effect(config: Config, environ=None) -> list[SettingsGroup]:
    """Every setting of every section, with the value mailbot uses."""
    environ = os.environ if environ is None else environ
    main_values = {"brands_dir": None, "templates_dir": config.templates_dir,
                   "template_overrides": config.template_overrides, "var_dir": config.var_dir,
                   "parse_workers": config.parse_workers, "log_format": config.log_format,
                   "metrics_token_env": config.metrics_token_env}
    groups = [
        SettingsGroup("[mailbot]", [_shown(s, main_values.get(s.key, s.default) if s.key != "brands_dir" else
                                           sorted({str(b.source.parent) for b in config.brands.values()}),
                                           environ) for s in MAIN_SETTINGS], str(config.path)),
        SettingsGroup("[database]", [_shown(s, config.database_url, environ) for s in DATABASE_SETTINGS],
                      str(config.path)),
    ]
    for mailbox in config.mailboxes:
        groups.append(SettingsGroup(f"[[mailboxes]] {mailbox.name}",
                                    [_shown(s, getattr(mailbox, s.key), environ) for s in MAILBOX_SETTINGS],
                                    str(config.path)))
    for name, server in config.smtp.items():
        groups.append(SettingsGroup(f"[smtp.{name}]", [_shown(s, getattr(server, s.key), environ)
                                                       for s in SMTP_SETTINGS], str(config.path)))
    groups.append(SettingsGroup("[web]", [_shown(s, getattr(config.web, s.key), environ) for s in WEB_SETTINGS],
                                str(config.path)))
    for brand in config.brands.values():
        shown = [_shown(s, getattr(brand, s.key, s.default), environ) for s in BRAND_SETTINGS
                 if brand.kind in s.kinds]
        groups.append(SettingsGroup(f"brand {brand.name}", shown, str(brand.source)))
    return groups


# -- pages -------------------------------------------------------------------------------

@admin_bp.route("/")
@admin_required
def index():
    return redirect(url_for("admin.preview_page"))


@admin_bp.route("/preview")
@admin_required
def preview_page():
    """Pick a brand, a template and a recent case (or the sample): see the reply."""
    state = web_state()
    config = state.config
    brands = list(config.brands)
    brand_name = request.args.get("brand") or (brands[0] if brands else "")
    name = request.args.get("template") or TEMPLATE_NAMES[0]
    case_id = request.args.get("case", "")
    with state.store.connect() as conn:
        recent = recent_cases(conn)
        reply, decided, problem = None, None, ""
        try:
            brand = config.brands.get(brand_name)
            if brand is None:
                raise preview.PreviewError(f"unknown brand {brand_name!r}")
            if name not in TEMPLATE_NAMES:
                raise preview.PreviewError(f"unknown template {name!r}")
            now = state.clock.now()
            if case_id:
                if not case_id.isdigit():
                    raise preview.PreviewError(f"case {case_id!r}: not a case number")
                decided = preview.stored_case(conn, config, int(case_id), now)
                if decided.case.brand != brand.name:
                    raise preview.PreviewError(f"{decided.label} belongs to brand {decided.case.brand}, "
                                               f"not {brand.name}")
            else:
                decided = preview.sample(brand, name)
            reply = preview.render_reply(_drafter(), brand, name, decided, now)
        except MailbotError as e:
            problem = str(e)
    status = 200 if not problem or reply is not None else 422
    return render_template("admin/preview.html", brands=brands, templates=TEMPLATE_NAMES, recent=recent,
                           chosen={"brand": brand_name, "template": name, "case": case_id},
                           reply=reply, decided=decided, problem=problem), status


@admin_bp.route("/settings")
@admin_required
def settings_page():
    """The settings in effect, read-only; secrets as set or unset."""
    config = web_state().config
    environment = [(name, bool(os.environ.get(name))) for name in SECRET_ENVIRONMENT]
    findings = further_problems(config)
    return render_template("admin/settings.html", groups=settings_in_effect(config), environment=environment,
                           findings=findings, config_path=str(config.path))


def _drafter() -> Drafter:
    """A fresh Drafter for each preview, so that a template file just edited
    is read again; texts edited in the browser come from the store."""
    from mailbot.service.templates import StoredTemplates

    state = web_state()
    return Drafter(state.config, StoredTemplates(state.store))
