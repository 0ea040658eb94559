"""The fast MIME split (mailbot/reading/fastmime.py) builds exactly the tree
the stdlib's ``compat32`` parser builds, or declines.

Checked on every real email under tests/data and the shipped examples, and,
with Hypothesis, on mutations of them aimed at what the fast path looks at:
boundary lines planted, doubled, cut or closed early, header lines broken,
folded or turned into a Unix ``From`` line, bare CRs, line ends switched.
For each, the tree must be equal field for field, and ``parse_message`` must
give the same :class:`~mailbot.models.InboundMessage` (compared by ``repr``,
so time zones count) as with the fast path switched off.
"""

from __future__ import annotations

import email
import email.policy
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mailbot.errors import MessageError
from mailbot.reading import fastmime
from mailbot.reading.limits import ReadLimits
from mailbot.reading.parse import attachment_files, parse_message
from tests.helpers import EXAMPLES, ROOT

CORPUS = sorted(
    path for path in [*(EXAMPLES / "emails").glob("*.eml"), *(ROOT / "tests" / "data").rglob("*")]
    if path.is_file() and path.suffix in (".eml", ".msg") and "fresh3" not in path.parts[-2]
)
_BOUNDARY = re.compile(rb'boundary="?([^";\r\n]{1,70})', re.I)
MULTIPART = [path for path in CORPUS if _BOUNDARY.search(path.read_bytes())]


def tree(msg):
    """Everything the feed parser sets on a message and its parts."""
    payload = msg._payload
    return (type(msg), msg._headers, msg._unixfrom, msg._charset, msg.preamble, msg.epilogue,
            [(type(d).__name__, str(d)) for d in msg.defects], msg._default_type, msg.policy,
            [tree(part) for part in payload] if isinstance(payload, list) else payload)


def stdlib_tree(raw: bytes):
    return tree(email.message_from_bytes(raw, policy=email.policy.compat32))


def reading(raw: bytes, monkeypatch, fast: bool, limits: ReadLimits = ReadLimits()) -> str:
    """``repr`` of the parse (or of its error), with the fast path on or off."""
    with monkeypatch.context() as patch:
        if not fast:
            patch.setattr(fastmime, "message_from_bytes", lambda raw: None)
        try:
            msg = parse_message(raw, "probe", limits)
            files = [(found, len(data)) for found, data in attachment_files(raw, limits)]
        except MessageError as error:
            return f"MessageError: {error}"
    return repr((msg, files))


def test_every_real_email_splits_like_the_stdlib_or_declines():
    taken = 0
    for path in CORPUS:
        raw = path.read_bytes()
        fast = fastmime.message_from_bytes(raw)
        if fast is not None:
            taken += 1
            assert tree(fast) == stdlib_tree(raw), path
    # The fast path must actually carry the common mail, or this test proves nothing.
    assert taken >= len(CORPUS) * 0.8, (taken, len(CORPUS))


def test_every_real_email_reads_the_same_with_and_without_the_fast_path(monkeypatch):
    for path in CORPUS:
        raw = path.read_bytes()
        assert reading(raw, monkeypatch, True) == reading(raw, monkeypatch, False), path


def test_the_shapes_it_declines():
    plain = b"From: a@b.example\nSubject: hi\n\nbody\n"
    assert fastmime.message_from_bytes(plain) is not None
    assert fastmime.message_from_bytes(b"From a@b Mon Jan 1\n" + plain) is None  # Unix From line
    assert fastmime.message_from_bytes(b" folded first\n" + plain) is None  # continuation first
    assert fastmime.message_from_bytes(b"Subject : obsolete\n\nbody\n") is None  # not a field line
    assert fastmime.message_from_bytes(b"From: a@b.example\rSubject: x\n\nbody") is None  # bare CR
    assert fastmime.message_from_bytes(b"From: a@b.example\n\rX: y\n\nbody") is None  # a bare-CR blank line
    bare = b"From: a@b.example\n\nbody\rwith a bare CR\r\n"  # in a leaf's body: the same text
    assert tree(fastmime.message_from_bytes(bare)) == stdlib_tree(bare)
    assert fastmime.message_from_bytes(b"From: a@b.example\nSubject: no body") is None  # no blank line
    multipart = (b"Content-Type: multipart/mixed; boundary=\"b\"\n\npre\n--b\nContent-Type: text/plain\n\n"
                 b"one\n--b\n\ntwo\n--b--\nafter\n")
    split = fastmime.message_from_bytes(multipart)
    assert split is not None and tree(split) == stdlib_tree(multipart)
    assert [part._payload for part in split._payload] == ["one", "two"]
    assert (split.preamble, split.epilogue) == ("pre", "after\n")
    spaced = multipart.replace(b"--b\n\ntwo", b"--b \t\r\n\ntwo")  # blanks after a boundary: still one
    assert tree(fastmime.message_from_bytes(spaced)) == stdlib_tree(spaced)
    assert fastmime.message_from_bytes(multipart.replace(b"--b--\n", b"")) is None  # no close boundary
    assert fastmime.message_from_bytes(multipart.replace(b"one\n--b", b"one\r--b")) is None  # boundary after CR
    ended_by_cr = multipart.replace(b"--b\n\ntwo", b"--b\r\x00X: y\n\ntwo")  # a bare CR ends a boundary line
    assert fastmime.message_from_bytes(ended_by_cr) is None
    assert fastmime.message_from_bytes(multipart.replace(b"--b\n\ntwo", b"--b\n--b\n\ntwo")) is None
    assert fastmime.message_from_bytes(multipart.replace(b"mixed", b"digest")) is None
    folded = b'Content-Type: multipart/mixed; boundary="ab\n cd"\n\n--ab\n cd\n\none\n--ab\n cd--\n'
    assert fastmime.message_from_bytes(folded) is None  # a boundary across lines: never one for the stdlib
    assert fastmime.message_from_bytes(multipart.replace(b"text/plain", b"message/rfc822")) is None


def _mutations(raw: bytes) -> tuple[list[bytes], list[bytes]]:
    """Pieces planted into ``raw``: anywhere, and its own boundary lines."""
    planted = [b"\r", b"\n", b"\r\n", b"\n\n", b"\r\n\r\n", b"--", b":", b" ", b"\t", b"From ",
               b"X-Bad Name: x\n", b" folded\n", b"\xe9\xff", b"Content-Type: multipart/mixed; boundary=\"zz\"\n",
               b"--zz\n", b"--zz--\n", b"\n--zz\n\nx\n", b"Content-Type: message/rfc822\n",
               b"Content-Transfer-Encoding: base64\n", b"Content-Type: multipart/digest; boundary=zz\n"]
    boundaries = []
    for boundary in _BOUNDARY.findall(raw)[:3]:
        boundaries += [b"--" + boundary + b"\n", b"--" + boundary + b"--\n", b"--" + boundary + b" \t\r\n",
                       b"--" + boundary + b"\t\n", b"--" + boundary + b"-- \n", b"--" + boundary + b"-x\n",
                       b"--" + boundary, b"\n--" + boundary + b"--", b"--" + boundary + b"\r\n\r\n"]
    return planted, boundaries or planted


@st.composite
def mutated_email(draw) -> bytes:
    raw = Path(draw(st.sampled_from(CORPUS) | st.sampled_from(MULTIPART))).read_bytes()
    planted, boundaries = _mutations(raw)
    if draw(st.booleans()):
        raw = raw.replace(b"\r\n", b"\n") if b"\r\n" in raw else raw.replace(b"\n", b"\r\n")
    data = bytearray(raw)
    for _ in range(draw(st.integers(1, 4))):
        # Mostly at line starts, where the parsers look.
        at = draw(st.integers(0, len(data)))
        if draw(st.booleans()):
            line = data.rfind(b"\n", 0, at)
            at = line + 1
        kind = draw(st.integers(0, 5))
        if kind == 0 and data:
            data[min(at, len(data) - 1)] = draw(st.integers(0, 255))
        elif kind == 1:
            del data[at:at + draw(st.integers(1, 80))]
        elif kind == 2:
            end = data.find(b"\n", at)
            if end > at:
                data[at:at] = data[at:end + 1] * draw(st.integers(1, 3))
        elif kind == 3:
            data[at:at] = draw(st.sampled_from(planted))
        else:  # a boundary line, at the start of a line
            at = data.rfind(b"\n", 0, at) + 1
            data[at:at] = draw(st.sampled_from(boundaries))
    return bytes(data)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.data_too_large,
                                                                  HealthCheck.function_scoped_fixture])
@given(mutated_email())
def test_mutated_mail_splits_and_reads_like_the_stdlib_or_declines(monkeypatch, raw):
    fast = fastmime.message_from_bytes(raw)
    if fast is not None:
        assert tree(fast) == stdlib_tree(raw)
    limits = ReadLimits(text_chars=4_096, header_count=30, mime_depth=3)
    assert reading(raw, monkeypatch, True, limits) == reading(raw, monkeypatch, False, limits)


@pytest.mark.parametrize("depth", [1, 3, fastmime.MAX_DEPTH, fastmime.MAX_DEPTH + 1])
def test_nested_multiparts_split_like_the_stdlib_up_to_the_depth_bound(depth):
    raw = b"Subject: nest\n"
    for level in range(depth):
        raw += b"Content-Type: multipart/mixed; boundary=\"b%d\"\n\n--b%d\n" % (level, level)
    raw += b"Content-Type: text/plain\n\ninner\n"
    for level in reversed(range(depth)):
        raw += b"--b%d--\nepilogue %d\n" % (level, level)
    fast = fastmime.message_from_bytes(raw)
    if depth > fastmime.MAX_DEPTH:
        assert fast is None
    else:
        assert fast is not None and tree(fast) == stdlib_tree(raw)
