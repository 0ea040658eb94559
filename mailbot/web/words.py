"""Words for people: what the pages say instead of raw identifiers.

Brand names as customers know them (``display_name``), outcomes and statuses
in words, money through :func:`mailbot.money.format_money` in the brand's
locale (as the replies write it), and times in the brand's zone with the zone
shown.  A page about no single brand (History, the queues) shows times in the
brands' zone when they share one, else in UTC, and always says which.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone

from markupsafe import Markup, escape

from mailbot.money import DEFAULT_LOCALE, format_money
from mailbot.web.state import web_state

OUTCOMES = {
    "approve": "Refund approved",
    "deny": "Refund denied",
    "escalate": "For a person to decide",
    "cancel": "Cancellation confirmed",
    "need_info": "Details asked for",
    "verify_sender": "Asked to write from the address on record",
    "other": "Not a refund or cancellation",
    "ignore": "Ignored",
    "decided": "Decided",
    "person": "For a person",
    "received": "Received",
    "by_hand": "Written by hand",
}
DRAFT_STATUSES = {
    "pending": "waiting for approval", "superseded": "replaced by a newer draft", "approved": "approved, to be sent",
    "rejected": "rejected", "escalated": "handed to a person", "sending": "being sent", "sent": "sent",
    "failed": "failed to send",
}
QUEUE_TITLES = {
    "review": "Drafts waiting for review",
    "escalated": "Escalated cases",
    "person": "For a person",
    "waiting": "Waiting for the customer",
    "sent": "Sent",
    "ignored": "Ignored emails",
    "closed": "Closed",
}
QUEUE_NAV = {
    "review": "Review", "escalated": "Escalated", "person": "For a person", "waiting": "Waiting",
    "sent": "Sent", "ignored": "Ignored",
}
ACTIONS = {
    "draft.approve": "approved the reply", "draft.approve_edited": "approved the reply as edited",
    "draft.edit": "edited the draft", "draft.reject": "rejected the draft", "draft.escalate": "escalated the case",
    "draft.sent": "sent the reply", "draft.write": "wrote a reply by hand", "draft.hold": "held the draft",
    "draft.supersede": "replaced the draft", "draft.language": "switched the draft's language",
    "draft.redraft": "re-drafted with the templates in effect", "case.assign": "assigned the case",
    "message.make_case": "made the ignored email a case", "case.open_by_hand": "opened the case by hand",
    "notice.sent": "sent a notice", "notice.failed": "could not send a notice",
    "user.add": "added a user", "user.disable": "disabled a user", "user.enable": "enabled a user",
    "user.passwd": "reset a password",
}


def outcome_words(value: str | None) -> str:
    """``approve+cancel`` → ``Refund approved + Cancellation confirmed``."""
    if not value:
        return "—"
    return " + ".join(OUTCOMES.get(part, part.replace("_", " ")) for part in value.split("+"))


def template_words(value: str | None) -> str:
    """``leadsoptima/refund_approved`` → ``refund approved``."""
    if not value:
        return "—"
    short = value.rsplit("/", 1)[-1]
    return OUTCOMES.get(short) or short.replace("_", " ")


def draft_status_words(value: str | None) -> str:
    return DRAFT_STATUSES.get(value or "", (value or "—").replace("_", " "))


def action_words(value: str) -> str:
    return ACTIONS.get(value) or value.replace(".", " ").replace("_", " ")


def brand_name(name: str | None) -> str:
    if not name:
        return "—"
    brand = web_state().config.brands.get(name)
    return getattr(brand, "display_name", None) or name


def money(amount, currency, brand: str | None = None) -> str:
    found = web_state().config.brands.get(brand) if brand else None
    locale = getattr(found, "locale", None) or _common("locale") or DEFAULT_LOCALE
    return format_money(amount, currency, locale)


def _common(attribute: str):
    """The brands' value of ``attribute`` when they all share one, else None."""
    values = {str(getattr(b, attribute, "")) for b in web_state().config.brands.values()}
    return values.pop() if len(values) == 1 else None


def when(value: datetime | None, brand: str | None = None) -> str:
    """``2025-09-10 11:30 IST``: in the brand's zone (else the brands' common zone, else UTC)."""
    if not value:
        return "—"
    found = web_state().config.brands.get(brand) if brand else None
    if found is None:
        brands = list(web_state().config.brands.values())
        zones = {b.timezone for b in brands}
        found = brands[0] if len(zones) == 1 and brands else None
    zone = found.tz if found is not None else timezone.utc
    local = value.astimezone(zone)
    name = local.strftime("%Z") or "UTC"
    if name.startswith(("+", "-")):
        name = f"UTC{name}"
    return local.strftime("%Y-%m-%d %H:%M ") + name


_CODE = re.compile(r"`([^`]{1,200})`")


def inline_code(value: str) -> Markup:
    """Help text with its Markdown ``code`` spans as <code>, everything else escaped."""
    escaped = str(escape(value or ""))
    return Markup(_CODE.sub(lambda m: f"<code>{m.group(1)}</code>", escaped))


def link_args(values: dict) -> dict:
    """The query arguments of a link, without the empty ones and the defaults."""
    defaults = {"state": "review", "sort": "request", "page": 1}
    return {k: v for k, v in values.items() if v not in ("", None) and defaults.get(k) != v}


def register(app) -> None:
    app.jinja_env.filters.update(outcome=outcome_words, template_words=template_words,
                                 draft_status=draft_status_words, action=action_words, brand_name=brand_name,
                                 when=when, inline_code=inline_code,
                                 link_args=link_args)
    app.jinja_env.globals.update(money=money, QUEUE_TITLES=QUEUE_TITLES, QUEUE_NAV=QUEUE_NAV)
