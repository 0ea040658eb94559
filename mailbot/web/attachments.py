"""A customer's attachments, opened from the case page.

- Download: ``/emails/ID/attachments/N`` serves the part's bytes as
  ``application/octet-stream`` with ``Content-Disposition: attachment`` and
  ``X-Content-Type-Options: nosniff``: the browser saves it, never renders it.
- Preview: ``/emails/ID/attachments/N/preview``, for PNG, JPEG, GIF and WebP
  only, recognised by their first bytes (never by the declared type: an SVG
  or HTML calling itself ``image/png`` is not previewed), served inline under
  ``Content-Security-Policy: sandbox; default-src 'none'`` so that even a
  crafted file opened on its own can run nothing.

The attachments are the leaf parts of the stored email that are not its
text: a part marked ``attachment``, a part with a file name, or any part that
is neither text nor multipart.  Both routes need a signed-in user.
"""

from __future__ import annotations

import email
import email.policy
import re
from dataclasses import dataclass

from flask import Blueprint, Response, abort

from mailbot.store import messages as message_store
from mailbot.web.auth import login_required
from mailbot.web.state import web_state

attachments_bp = Blueprint("attachments", __name__)

MOST_ATTACHMENTS = 100
IMAGE_TYPES = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)
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


def image_type(data: bytes) -> str | None:
    """The image type of these bytes when they are a PNG, JPEG, GIF or WebP."""
    for magic, kind in IMAGE_TYPES:
        if data.startswith(magic):
            return kind
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def _is_attachment(part) -> bool:
    if part.is_multipart() or part.get_content_type() == "message/rfc822":
        return False
    disposition = (part.get_content_disposition() or "").lower()
    if disposition == "attachment" or part.get_filename():
        return True
    return part.get_content_maintype() != "text"


def attachments_of(raw: bytes | None) -> list[StoredAttachment]:
    """The attachments of an email's bytes, numbered from 1."""
    if not raw:
        return []
    try:
        msg = email.message_from_bytes(raw, policy=email.policy.default)
    except Exception:  # noqa: BLE001 - a broken email has no attachments to offer
        return []
    found = []
    for part in msg.walk():
        if len(found) >= MOST_ATTACHMENTS:
            break
        try:
            if not _is_attachment(part):
                continue
            data = part.get_payload(decode=True) or b""
            name = part.get_filename() or ""
        except Exception:  # noqa: BLE001 - a damaged part is skipped, the others stay
            continue
        found.append(StoredAttachment(len(found) + 1, str(name), part.get_content_type(), data))
    return found


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
