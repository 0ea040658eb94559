"""A customer's attachments, opened from the case page.

- Download: ``/emails/ID/attachments/N`` serves the part's bytes as
  ``application/octet-stream`` with ``Content-Disposition: attachment`` and
  ``X-Content-Type-Options: nosniff``: the browser saves it, never renders it.
- Preview: ``/emails/ID/attachments/N/preview``, for PNG, JPEG, GIF and WebP
  only, recognised by their first bytes (never by the declared type: an SVG
  or HTML calling itself ``image/png`` is not previewed), served inline under
  ``Content-Security-Policy: sandbox; default-src 'none'`` so that even a
  crafted file opened on its own can run nothing.

The attachments are the ones the reader listed at ingest
(:func:`mailbot.reading.parse.attachment_files` walks the stored bytes the
same way, within the same limits), numbered from 1 in that order; the case
page lists them from the stored reading and never parses the email.  Both
routes need a signed-in user.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from flask import Blueprint, Response, abort

from mailbot.errors import MessageError
from mailbot.reading.mimetree import image_type
from mailbot.reading.parse import attachment_files
from mailbot.store import messages as message_store
from mailbot.web.auth import login_required
from mailbot.web.state import web_state

attachments_bp = Blueprint("attachments", __name__)

MOST_ATTACHMENTS = 100
PREVIEW_POLICY = "sandbox; default-src 'none'; img-src 'self'; style-src 'none'; script-src 'none'"
_UNSAFE_NAME = re.compile(r"[^\w.\- ()\[\]+@]")


@dataclass(frozen=True)
class StoredAttachment:
    number: int
    filename: str
    content_type: str
    data: bytes

    @property
    def size(self) -> int:
        return len(self.data)

    @property
    def image_type(self) -> str | None:
        return image_type(self.data)


@dataclass(frozen=True)
class AttachmentLink:
    """One attachment as the case page lists it (from the stored reading, no bytes)."""

    number: int
    filename: str
    content_type: str
    size: int
    image_type: str | None


def attachment_links(attachments) -> tuple[AttachmentLink, ...]:
    """Links for the attachments the reader listed (``InboundMessage.attachments``), in order."""
    return tuple(AttachmentLink(number, a.filename or "", a.content_type, a.size, a.image_type)
                 for number, a in enumerate(attachments[:MOST_ATTACHMENTS], start=1))


def attachments_of(raw: bytes | None) -> list[StoredAttachment]:
    """The attachments of an email's bytes, numbered from 1 (at most
    :data:`MOST_ATTACHMENTS`)."""
    if not raw:
        return []
    try:
        found = attachment_files(raw)
    except MessageError:  # not an email: nothing to offer
        return []
    return [StoredAttachment(number, found.filename or "", found.content_type, data)
            for number, (found, data) in enumerate(found[:MOST_ATTACHMENTS], start=1)]


def safe_filename(name: str, number: int) -> str:
    """A file name that cannot break a header or a path."""
    cleaned = _UNSAFE_NAME.sub("_", name or "").strip(" .")[:120]
    return cleaned or f"attachment-{number}"


def _find(message_id: int, number: int) -> StoredAttachment:
    with web_state().store.connect() as conn:
        raw = message_store.raw_bytes(conn, message_id)
    for attachment in attachments_of(raw):
        if attachment.number == number:
            return attachment
    abort(404, description=f"Email {message_id} has no attachment {number}.")


@attachments_bp.route("/emails/<int:message_id>/attachments/<int:number>")
@login_required
def download(message_id: int, number: int):
    found = _find(message_id, number)
    response = Response(found.data, mimetype="application/octet-stream")
    response.headers.set("Content-Disposition", "attachment", filename=safe_filename(found.filename, number))
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


@attachments_bp.route("/emails/<int:message_id>/attachments/<int:number>/preview")
@login_required
def preview(message_id: int, number: int):
    found = _find(message_id, number)
    kind = found.image_type
    if kind is None:
        abort(404, description="Only PNG, JPEG, GIF and WebP images are previewed: download the file instead.")
    response = Response(found.data, mimetype=kind)
    response.headers.set("Content-Disposition", "inline", filename=safe_filename(found.filename, number))
    response.headers["Content-Security-Policy"] = PREVIEW_POLICY
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response
