"""Every raw message of the corpora parses, and no text is lost.

The corpora (tests/data/corpora, see its NOTICE) hold ~400 third-party
messages: broken MIME, a dozen charsets, bounces, forwards, torture tests.
They are read by the paths in MANIFEST.json.
"""

from __future__ import annotations

import email
import email.policy
import re

from mailbot.errors import MessageError
from mailbot.reading.parse import FALLBACK, parse_message
from tests.corpora import CORPORA, manifest_paths
from tests.figures import shown

_HEADER = re.compile(rb"^[\x21-\x39\x3b-\x7e]+[ \t]*:")


def _has_text_leaf(raw: bytes) -> bool:
    """Whether the stdlib sees a non-empty text/* leaf part (independent check)."""
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    for part in msg.walk():
        if part.is_multipart() or part.get_content_maintype() != "text":
            continue
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes) and payload.strip():
            return True
    return False


def _has_header_line(raw: bytes) -> bool:
    head = raw.lstrip().split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0]
    return any(_HEADER.match(line) for line in head.splitlines())


def test_every_raw_message_parses():
    paths = manifest_paths("raw")
    assert len(paths) > 300
    parsed = with_defects = fallback = not_email = forwarded = 0
    lost = []
    for path in paths:
        raw = (CORPORA / path).read_bytes()
        try:
            message = parse_message(raw, path)
        except MessageError as exc:
            # Allowed only for binary bytes without a single header line.
            assert not _has_header_line(raw) and b"\x00" in raw[:4096], f"{path}: {exc}"
            not_email += 1
            continue
        parsed += 1
        assert message.raw_size == len(raw) and message.source == path
        with_defects += bool(message.defects)
        fallback += any(d.startswith(FALLBACK) for d in message.defects)
        forwarded += bool(message.forwarded_text)
        if not message.text.strip() and _has_text_leaf(raw):
            lost.append(path)
    with shown():
        print(
            f"\ncorpus: {len(paths)} raw messages, {parsed} parsed, {not_email} not an email "
            f"(binary, no header line), {with_defects} with defects, {fallback} used the fallback, "
            f"{forwarded} with forwarded text, {len(lost)} lost text"
        )
    assert not lost, lost
