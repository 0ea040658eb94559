"""C7: auto-generated mail is ignored and never answered.

Each check is a pure predicate over an :class:`InboundMessage` that returns the
reason it fired (or None), in the manner of Mailman's rules.
"""

from __future__ import annotations

from typing import Callable, Collection

from mailbot.models import InboundMessage

Check = Callable[[InboundMessage, Collection[str]], "str | None"]

_ROBOT_LOCALPARTS = ("mailer-daemon", "postmaster")


def auto_submitted(msg: InboundMessage, own: Collection[str]) -> str | None:
    value = msg.auto_headers.get("auto-submitted", "").strip().lower()
    if value and value.split(";")[0].strip() != "no":
        return f"Auto-Submitted: {value}"
    return None


def bulk_precedence(msg: InboundMessage, own: Collection[str]) -> str | None:
    value = msg.auto_headers.get("precedence", "").strip().lower()
    return f"Precedence: {value}" if value in ("bulk", "junk", "list") else None


def mailing_list(msg: InboundMessage, own: Collection[str]) -> str | None:
    """List-Id (C7), and List-Unsubscribe: only bulk senders offer one (a
    decision beyond the letter of C7: a person's own mail never carries it)."""
    for name in ("list-id", "list-unsubscribe"):
        if msg.auto_headers.get(name):
            return f"{name}: {msg.auto_headers[name][:80]}"
    return None


def autoreply_header(msg: InboundMessage, own: Collection[str]) -> str | None:
    for name in ("x-autoreply", "x-autorespond"):
        if msg.auto_headers.get(name):
            return f"{name}: {msg.auto_headers[name]}"
    return None


def robot_sender(msg: InboundMessage, own: Collection[str]) -> str | None:
    return_path = msg.auto_headers.get("return-path", "").strip()
    if return_path in ("<>", "") and "return-path" in msg.auto_headers:
        return "null sender (Return-Path: <>)"
    if not msg.sender:
        return "no sender address"
    local = msg.sender.split("@", 1)[0]
    if local in _ROBOT_LOCALPARTS:
        return f"sender {msg.sender}"
    return None


def own_address(msg: InboundMessage, own: Collection[str]) -> str | None:
    return f"sent from our own address {msg.sender}" if msg.sender in own else None


def delivery_report(msg: InboundMessage, own: Collection[str]) -> str | None:
    ctype = msg.auto_headers.get("content-type", msg.content_type).lower()
    if "multipart/report" in ctype or msg.content_type in (
        "message/delivery-status", "message/disposition-notification",
    ):
        return f"delivery or read report ({msg.content_type})"
    if msg.auto_headers.get("x-failed-recipients"):
        return "delivery failure (X-Failed-Recipients)"
    return None


CHECKS: tuple[Check, ...] = (
    auto_submitted, bulk_precedence, mailing_list, autoreply_header, robot_sender, own_address, delivery_report,
)


def why_ignored(msg: InboundMessage, own_addresses: Collection[str]) -> str | None:
    """The reason this email is auto-generated (C7), or None for a person's mail."""
    for check in CHECKS:
        reason = check(msg, own_addresses)
        if reason:
            return reason
    return None
