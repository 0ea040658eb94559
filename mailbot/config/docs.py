"""``docs/configuration.md``, generated from the setting declarations.

``mailbot config docs > docs/configuration.md`` rewrites it; a test fails
when the file and the declarations differ, so no setting goes undocumented.
"""

from __future__ import annotations

from mailbot.config.app import DATABASE_SETTINGS, MAILBOX_SETTINGS, MAIN_SETTINGS, SMTP_SETTINGS, WEB_SETTINGS
from mailbot.config.settings import BRAND_SETTINGS, Setting

SECTIONS = (
    ("`config/mailbot.toml`: `[mailbot]`", MAIN_SETTINGS),
    ("`config/mailbot.toml`: `[database]`", DATABASE_SETTINGS),
    ("`config/mailbot.toml`: `[[mailboxes]]` (one table per support mailbox)", MAILBOX_SETTINGS),
    ("`config/mailbot.toml`: `[smtp.default]` and `[smtp.BRAND]`", SMTP_SETTINGS),
    ("`config/mailbot.toml`: `[web]` (the staff UI behind proxies, its cookie)", WEB_SETTINGS),
    ("`config/brands/BRAND.toml`: one file per brand", BRAND_SETTINGS),
)


def _default(setting: Setting) -> str:
    if setting.default is None:
        return "*required*"
    if setting.default in ((), {}, ""):
        return "empty"
    if isinstance(setting.default, bool):
        return "true" if setting.default else "false"
    if isinstance(setting.default, tuple):
        return "`[" + ", ".join(f'"{v}"' for v in setting.default) + "]`"
    if isinstance(setting.default, dict):
        return "`{" + ", ".join(f"{k} = {v}" for k, v in setting.default.items()) + "}`"
    return f"`{setting.default}`"


def configuration_markdown() -> str:
    lines = [
        "# Configuration",
        "",
        "Generated from the declarations in `mailbot/config/` by `mailbot config docs`; do not edit by hand.",
        "Check a configuration with `mailbot config check`: it prints one line per problem, naming the file",
        "and the key. Secrets are never written in these files: settings ending in `_env` name the",
        "environment variable that holds them.",
    ]
    for title, settings in SECTIONS:
        lines += ["", f"## {title}", "", "| setting | default | policy kinds | meaning |", "|---|---|---|---|"]
        for s in settings:
            kinds = ", ".join(s.kinds) if title.startswith("`config/brands") else "-"
            lines.append(f"| `{s.key}` | {_default(s)} | {kinds} | {s.help} |")
    return "\n".join(lines) + "\n"
