"""The drafting step: a decided case becomes a reply for staff to approve."""

from __future__ import annotations

import logging
import re

from mailbot.reading import linear
from datetime import datetime

import jinja2

from mailbot.config import Brand, Config
from mailbot.drafting.build import brand_info, build_context, first_decision
from mailbot.drafting.context import BrandInfo
from mailbot.drafting.environment import SUFFIX, load, make_environment, render, template_folders
from mailbot.models import CANCELLATION, REFUND, Case, Draft, Extraction, Verdict

log = logging.getLogger(__name__)

TEMPLATE_NAMES = (
    "verify_sender", "need_info", "refund_approved", "refund_denied", "refund_escalated",
    "cancel_confirmed", "cancel_escalated", "refund_and_cancel",
)
REFUND_TEMPLATES = {"approve": "refund_approved", "deny": "refund_denied", "escalate": "refund_escalated"}

LONGEST_SUBJECT = 150
_BRACKETED = linear.compile(r"\[\s*([^\]]*?)\s*\]")
# Every leading "Re:", "AW:", "Re[2]:" at once (one linear pass, not one pass per prefix).
_REPLY_PREFIXES = linear.compile(r"^(?:\s*(?:re|aw|sv|antw|odp)\s*(?:\[\d+\]|\(\d+\))?\s*:\s*)+", re.IGNORECASE)


def choose_template(verdict: Verdict) -> str | None:
    """The reply a verdict calls for; None when the case gets no draft."""
    if verdict.status == "need_info":
        return "verify_sender" if "C2" in verdict.rules else "need_info"
    if verdict.status != "decided":
        return None
    refund = first_decision(verdict, REFUND)
    cancel = first_decision(verdict, CANCELLATION)
    if refund and cancel:
        return "refund_and_cancel"
    if refund:
        return REFUND_TEMPLATES.get(refund.outcome, "refund_escalated")
    if cancel:
        return "cancel_confirmed" if cancel.outcome == "cancel" else "cancel_escalated"
    return None


def reply_subject(original_subject: str, reference: str | None) -> str:
    """``Re: <original> [LO-1042]``: one ``Re:``, the reference once, one line,
    at most about 150 characters (the original is cut on a word)."""
    subject = " ".join((original_subject or "").split())
    subject = _REPLY_PREFIXES.sub("", subject, count=1)
    tag = ""
    if reference:
        reference = " ".join(reference.split())
        carried = {m.group(1).casefold() for m in _BRACKETED.finditer(subject)}
        if reference.casefold() not in carried:
            tag = f" [{reference}]"
    subject = subject or "Your request"
    room = LONGEST_SUBJECT - len("Re: ") - len(tag)
    if len(subject) > room:
        cut = subject[:room - 1]
        if " " in cut and subject[room - 1] != " ":
            cut = cut.rsplit(" ", 1)[0]
        subject = cut.rstrip(" ,;:-") + "…"
    return f"Re: {subject}{tag}"


class Drafter:
    """Renders reply drafts from the brand's templates, compiled once."""

    def __init__(self, config: Config):
        self.config = config
        self.env = make_environment(template_folders(config.templates_dir, config.template_overrides))
        self._templates: dict[tuple[str, str], jinja2.Template] = {}
        self._brands: dict[str, BrandInfo] = {}

    def template(self, brand: Brand, name: str) -> jinja2.Template:
        key = (brand.templates, name)
        found = self._templates.get(key)
        if found is None:
            found = self._templates[key] = load(self.env, f"{brand.templates}/{name}{SUFFIX}")
        return found

    def brand_view(self, brand: Brand) -> BrandInfo:
        view = self._brands.get(brand.name)
        if view is None:
            view = self._brands[brand.name] = brand_info(brand)
        return view

    def draft(self, case: Case, extraction: Extraction, verdict: Verdict, brand: Brand,
              now: datetime) -> Draft | None:
        name = choose_template(verdict)
        if name is None:
            if verdict.status == "decided":
                log.warning("case %s is decided but has no refund or cancellation decision: no draft",
                            case.reference)
            return None
        if now.tzinfo is None:
            raise ValueError("Drafter.draft needs a time-zone-aware 'now'")
        subject = reply_subject(case.first.subject, case.reference)
        context = build_context(name, case, extraction, verdict, brand, self.brand_view(brand), subject, now)
        body = render(self.template(brand, name), context.variables())
        return Draft(
            template=f"{brand.name}/{name}",
            subject=subject,
            body=tidy(body),
            to=case.first.reply_to or case.first.sender,
        )


def tidy(body: str) -> str:
    """No trailing spaces, at most one blank line in a row, one final newline."""
    lines = [line.rstrip() for line in body.strip().splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out) + "\n"
