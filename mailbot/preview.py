"""Previewing a reply template: any template, against a sample, an email or a
stored case, rendered exactly as the drafting step renders it.

Used by ``mailbot templates preview`` and by the admins' preview page.  Like the
service layer it reads the store (a stored case's emails and the stored
ledger) but writes nothing.

    reply = render_reply(drafter, brand, "refund_denied", case_result(conn, config, 42, now), now)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection

from mailbot.clock import FixedClock
from mailbot.config import Brand, Config
from mailbot.drafting import Drafter, choose_template, sample_cases
from mailbot.drafting.build import build_context
from mailbot.drafting.drafter import reply_subject, tidy
from mailbot.drafting.environment import render
from mailbot.errors import MailbotError
from mailbot.models import Case, Extraction, Verdict
from mailbot.reading.parse import parse_message
from mailbot.pipeline import Triage


class PreviewError(MailbotError):
    """Raised when there is nothing to preview against: no such case, a case
    without stored email, no sample for the template."""


@dataclass(frozen=True, slots=True)
class Decided:
    """A case with its extraction and verdict: what a template is rendered for."""

    case: Case
    extraction: Extraction
    verdict: Verdict
    label: str
    """What it is, for a heading: ``sample: refund denied``, ``case LO-1042``."""

    @property
    def chosen(self) -> str | None:
        """The template the worker would use for it."""
        return choose_template(self.verdict)


@dataclass(frozen=True, slots=True)
class Reply:
    template: str
    subject: str
    body: str

    def as_text(self) -> str:
        return f"Subject: {self.subject}\n\n{self.body}"


def render_reply(drafter: Drafter, brand: Brand, name: str, decided: Decided, now: datetime,
                 language: str | None = None) -> Reply:
    """Template NAME rendered for this case (in ``language``'s translation and
    locale when given).  Raises TemplateError (``file:line: …``) when it does not
    render, for instance when the case has no refund decision and the template needs one."""
    from mailbot.drafting.language import default_language, formatting_locale

    language = language if language and language != default_language(brand) else None
    subject = reply_subject(decided.case.first.subject, decided.case.reference)
    reply_in = language or default_language(brand)
    with formatting_locale(reply_in, drafter.locale_of(reply_in)):  # xfer31: the pack's locale
        context = build_context(name, decided.case, decided.extraction, decided.verdict, brand,
                                drafter.brand_view(brand), subject, now)
        body = tidy(render(drafter.template(brand, name, language), context.variables()))
    return Reply(f"{brand.name}/{language}/{name}" if language else f"{brand.name}/{name}", subject, body)


def sample(brand: Brand, name: str) -> Decided:
    """The first sample case (``mailbot templates check``'s) that calls for NAME."""
    for one in sample_cases(brand):
        if choose_template(one.verdict) == name:
            return Decided(one.case, one.extraction, one.verdict, f"sample: {one.label}")
    raise PreviewError(f"no sample case calls for template {name!r}")


def decided_from(result) -> Decided:
    return Decided(result.case, result.extraction, result.verdict, f"case {result.case.reference}")


def stored_emails(conn: Connection, config: Config, case_id: int) -> list:
    """A case's emails as read at ingest (a record stored without a reading is parsed
    within the read limits: this serves actions and previews, never a page view)."""
    from mailbot.store.readings import case_readings

    emails = []
    for row_id, msg, raw, internaldate in case_readings(conn, case_id):
        if msg is None and raw is None:
            continue
        try:
            msg = msg or parse_message(raw, f"message {row_id}", config.read_limits)
        except MailbotError:
            continue
        if internaldate is not None:
            msg.received_at = internaldate
        emails.append(msg)
    return emails


def decide_stored(conn: Connection, config: Config, case, now: datetime, templates=None, trust=None):
    """A stored case's emails decided again now, against the stored ledger, as the worker decides
    them: returns ``(triage, result)`` (the triage's drafter renders the result's reply).
    ``templates``: the admins' stored template texts; ``trust``: the mailbox's sender trust."""
    from mailbot.store.ledger import load_stored_ledger

    emails = stored_emails(conn, config, case.id)
    if not emails:
        raise PreviewError(f"case {case.id}: no stored email to render against")
    triage = Triage(config, load_stored_ledger(conn, config.zone_of), FixedClock(now), templates)
    return triage, triage.decide(emails, case.brand, case.reference, trust)


def stored_case(conn: Connection, config: Config, case_id: int, now: datetime) -> Decided:
    """A stored case's emails decided again, against the stored ledger, as the
    worker decides them (the stored decision may be older than the settings)."""
    from mailbot.store import cases as case_store

    stored = case_store.get_case(conn, case_id)
    if stored is None:
        raise PreviewError(f"case {case_id}: no such case")
    if stored.brand not in config.brands:
        raise PreviewError(f"case {case_id}: brand {stored.brand!r} is not configured")
    _, result = decide_stored(conn, config, stored, now)
    return decided_from(result)
