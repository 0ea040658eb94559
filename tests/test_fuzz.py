"""Property: whatever the bytes, parse and triage never let an exception
escape.  Real emails (the shipped examples and the held-out test emails) are
mutated by Hypothesis: bytes flipped, inserted, deleted, lines duplicated,
headers re-split, MIME markers and charset names planted.  The only error
allowed is :class:`~mailbot.errors.MessageError` ("not an email")."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mailbot.clock import FixedClock
from mailbot.errors import MessageError
from mailbot.ledger import Ledger
from mailbot.pipeline import Triage
from mailbot.reading.limits import ReadLimits
from mailbot.reading.parse import parse_message
from tests.helpers import EXAMPLES, ROOT, config

CORPUS = sorted([*(EXAMPLES / "emails").glob("*.eml"), *(ROOT / "tests" / "data").rglob("*.eml")])[:400]
PLANTED = [b"\r\n", b"\n\n", b"--", b"boundary=", b"Content-Type: multipart/mixed; boundary=\"x\"\r\n",
           b"Content-Type: message/rfc822\r\n", b"Content-Transfer-Encoding: base64\r\n", b"charset=utf-16",
           b"charset=\"x-\xff\"", b"=?utf-8?B?", b"?=", b"=?x?Q?=ZZ", b"Date: Mon, 3 Mar 2025 10:00:00 +9999\r\n",
           b"<", b">", b"@", b"\"", b"(", b"\x00", b"\xff\xfe", b"\xe9", b" " * 50, b"[" * 40,
           b"From: ", b"Subject: ", b"Re: " * 10, b"Cc: a@b, \"c\" <d@e>, (f)\r\n"]

_TRIAGE = None


def triage() -> Triage:
    global _TRIAGE
    if _TRIAGE is None:
        _TRIAGE = Triage(config(), Ledger(), FixedClock(datetime(2025, 7, 1, 9, 0, tzinfo=timezone.utc)))
    return _TRIAGE


@st.composite
def mutated_email(draw) -> bytes:
    raw = bytearray(Path(draw(st.sampled_from(CORPUS))).read_bytes())
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(0, len(raw)))
        kind = draw(st.integers(0, 5))
        if kind == 0 and raw:
            raw[min(at, len(raw) - 1)] = draw(st.integers(0, 255))
        elif kind == 1:
            raw[at:at] = draw(st.binary(min_size=1, max_size=40))
        elif kind == 2:
            del raw[at:at + draw(st.integers(1, 200))]
        elif kind == 3:
            raw[at:at] = draw(st.sampled_from(PLANTED))
        elif kind == 4:
            end = raw.find(b"\n", at)
            if end > at:
                raw[at:at] = raw[at:end + 1] * draw(st.integers(2, 30))
        else:
            raw[at:at] = draw(st.sampled_from(PLANTED)) * draw(st.integers(2, 200))
    return bytes(raw)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.data_too_large])
@given(mutated_email())
def test_no_exception_escapes_parse_and_triage(raw):
    try:
        msg = parse_message(raw, "fuzz", ReadLimits(text_chars=16_384))
    except MessageError:
        return
    result = triage().decide([msg])
    assert result.verdict.status
    result.as_dict()


def test_a_delivery_report_whose_block_cannot_be_serialised_is_read():
    """Found by the property test above: a top-level ``Content-Transfer-Encoding: base64`` over a
    multipart report, and a byte ``\\x80`` opening a field line of its delivery-status block, made the
    block's ``as_string`` raise UnicodeEncodeError (mailbot/reading/mimetree.py ``_status_block``)."""
    raw = (ROOT / "tests" / "data" / "corpora" / "mailgun-flanker" / "messages" / "bounce" / "mailbox-full.eml").read_bytes()
    raw = b"Content-Transfer-Encoding: base64\r\n" + raw.replace(b"Content-Type: ", b"Content-Type:", 1)
    at = raw.index(b"Content-Transfer-Encoding: 7bit", raw.index(b'charset="us-ascii"\nContent-Transfer'))
    raw = raw[:at] + b"\x80" + raw[at + 1:]
    msg = parse_message(raw, "fuzz", ReadLimits(text_chars=16_384))
    assert "Final-Recipient" in msg.text or "Action" in msg.text
    assert triage().decide([msg]).verdict.status
