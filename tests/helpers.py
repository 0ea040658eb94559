"""Small builders for test emails and ledgers (no I/O)."""

from __future__ import annotations

import dataclasses
import email.policy
import functools
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


def same_month_charges(invoices_paid_at: dict[str, str], cfg=None):
    """A ledger of one LeadsOptima customer (nora@example.com, monthly plan, period 5 Sep – 4 Oct 2025) charged
    1,499.00 once per ``{invoice: paid_at}``, all in that period: identical charges, as a duplicate leaves them."""
    payments = [{"brand": "leadsoptima", "id": f"pay_{n}", "invoice": invoice, "customer_email": "nora@example.com",
                 "kind": "subscription", "plan": "monthly", "amount": "1499.00", "tax": "269.82", "currency": "INR",
                 "paid_at": paid_at, "period_start": "2025-09-05", "period_end": "2025-10-04", "status": "paid"}
                for n, (invoice, paid_at) in enumerate(invoices_paid_at.items(), start=1)]
    return ledger({"customers": [{"brand": "leadsoptima", "email": "nora@example.com", "name": "Nora",
                                  "plan": "monthly", "status": "active", "trial_ends": None,
                                  "current_period_start": "2025-09-05", "current_period_end": "2025-10-04"}],
                   "projects": [], "payments": payments}, cfg)


@functools.cache
def _reader(brand: str):
    from mailbot.reading.extract import Extractor
    return Extractor(config().brands[brand])


def read_body(body: str, subject: str = "Hello", brand: str = "lo"):
    """What the packaged default reads in one plain email from nora@example.com to a brand ("lo":
    LeadsOptima, anything else: Optima WebDesign), sent 2025-09-10 10:00 IST."""
    name, to = ("leadsoptima", LO_ADDRESS) if brand == "lo" else ("optima_webdesign", OWD_ADDRESS)
    return _reader(name).extract(inbound("nora@example.com", to, subject, ist(2025, 9, 10, 10, 0), body))


def in_process(cfg):
    """``cfg`` reading every email in the polling process (``parse_workers = 0``), for a test that polls a few
    emails in to have cases to work on: the setting's one parse worker would be started, load the reading
    modules and compile the brand's patterns (~1.5 s of CPU, a few seconds of waiting under load) for each
    poll.  The reading, the decision, the draft and the store are the same; the parse workers have their own
    tests (tests/test_worker*.py, test_parallel_ingest.py, test_reading_workers.py, test_small_poll_budget.py)."""
    return cfg if cfg.parse_workers == 0 else dataclasses.replace(cfg, parse_workers=0)
