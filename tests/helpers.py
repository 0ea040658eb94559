"""Small builders for test emails and ledgers (no I/O)."""

from __future__ import annotations

import email.policy
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

from mailbot.config import load_config
from mailbot.ledger import ledger_from_data
from mailbot.reading.parse import parse_message

ROOT = Path(__file__).resolve().parents[1]
DEFAULTS = ROOT / "mailbot" / "defaults"
"""The embedded default shipped in the package: configuration, templates, sample emails."""
CONFIG = DEFAULTS / "config" / "mailbot.toml"
EXAMPLES = DEFAULTS / "examples"
IST = ZoneInfo("Asia/Kolkata")
LO_ADDRESS = "support@leadsoptima.com"
OWD_ADDRESS = "optimawebdesigns12@gmail.com"


def email_bytes(sender: str, to: str, subject: str, when: datetime, body: str, html: str | None = None,
                message_id: str | None = None, **headers: str) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, to, subject
    msg["Date"] = email.utils.format_datetime(when)
    msg["Message-ID"] = message_id or email.utils.make_msgid(domain="test.example")
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    msg.set_content(body)
    if html:
        msg.add_alternative(html, subtype="html")
    return msg.as_bytes(policy=email.policy.SMTP)


def inbound(*args, **kwargs):
    return parse_message(email_bytes(*args, **kwargs), "test.eml")


def config():
    return load_config(CONFIG)


def ledger(data: dict, cfg=None):
    cfg = cfg or config()
    return ledger_from_data(data, cfg.zone_of)


def ist(*args) -> datetime:
    return datetime(*args, tzinfo=IST)
