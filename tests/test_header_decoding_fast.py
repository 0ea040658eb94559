"""Encoded words, simple mailboxes, Message-IDs and the container hints of
the nesting limit are read with RE2's own matcher
(``linear.replace`` / ``linear.fullmatch_groups``) instead of the binding's
``sub``/``fullmatch`` match objects: the same text out, checked against the
binding on every header of the real mail under tests/data and, with
Hypothesis, on strings made of the pieces these patterns care about."""

from __future__ import annotations

import binascii
import email
import email.policy
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from mailbot.reading import decoding, fallbacks, headers, linear
from mailbot.reading.decoding import decode_bytes, decode_header_text, unescape_8bit
from tests.helpers import ROOT

_QP = linear.compile(r"=([0-9A-Fa-f]{2})")


def binding_decode_word(match) -> str:
    """The former ``_decode_word``, on the binding's match objects."""
    charset, encoding, payload = match.group(1), match.group(2), match.group(3)
    charset = charset.split("*", 1)[0]
    try:
        if encoding in "bB":
            payload = payload.strip()
            payload += "=" * (-len(payload) % 4)
            data = binascii.a2b_base64(payload.encode("ascii", "replace"))
        else:
            data = _QP.sub(lambda m: chr(int(m.group(1), 16)), payload.replace("_", " ")).encode("latin-1", "replace")
    except (binascii.Error, ValueError):
        return match.group(0)
    return decode_bytes(data, charset)


def binding_decode_header_text(value, limit=decoding.MAX_HEADER) -> str:
    if value is None:
        return ""
    text = unescape_8bit(str(value)[:limit])
    if "=?" in text:
        text = decoding._BETWEEN_WORDS.sub(r"\1\2", text)
        text = decoding._ENCODED_WORD.sub(binding_decode_word, text)
    return " ".join(text.split())


def binding_mailbox_groups(piece: str):
    match = headers._SIMPLE_MAILBOX.fullmatch(piece)
    return None if match is None else [match.group(0), *match.groups()]


def same_reading(value: str) -> None:
    assert decode_header_text(value) == binding_decode_header_text(value)
    assert linear.find_all(headers._MSG_ID, value) == headers._MSG_ID.findall(value)
    for piece in value.split(","):
        assert linear.fullmatch_groups(headers._SIMPLE_MAILBOX, piece) == binding_mailbox_groups(piece)


def test_every_header_of_the_real_mail_reads_the_same():
    seen = 0
    for path in sorted((ROOT / "tests" / "data").rglob("*.eml")):
        if "fresh3" in path.parts[-2]:
            continue
        raw = path.read_bytes()
        hints = [match.group(0) for match in fallbacks._CONTAINER_HINT.finditer(raw)]
        assert linear.find_all(fallbacks._CONTAINER_HINT, raw) == hints
        assert linear.find_all(fallbacks._CONTAINER_HINT, raw, 2) == hints[:2]
        msg = email.message_from_bytes(raw, policy=email.policy.compat32)
        for _, value in msg._headers:
            if isinstance(value, str):
                same_reading(unescape_8bit(value))
                seen += 1
    assert seen > 5_000


PIECES = ["=?", "?=", "?", "=", "_", " ", "\t", "\n", "\u3000", "utf-8", "UTF-8*en", "iso-8859-1", "x-bad", "B", "b",
          "Q", "q", "=C3=BC", "=E9", "=ZZ", "=4", "w7w=", "w7", "SGk", "<", ">", "@", '"', ",", "a@b.example",
          "Name", "Jürgen", "é", "\udce9", "<a@b>", "<", "<<x@y>>", "< a b >"]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(PIECES) | st.text(max_size=2), max_size=16).map("".join))
def test_built_headers_read_the_same(value):
    same_reading(unescape_8bit(value))


WORD = st.builds(
    lambda charset, kind, payload: f"=?{charset}?{kind}?{payload}?=",
    st.sampled_from(["utf-8", "iso-8859-1", "UTF-8*en", "x-bad", "cp1252"]), st.sampled_from("bBqQ"),
    st.lists(st.sampled_from(["=C3", "=BC", "=E9", "=4", "=4Z", "=Z4", "==", "_", "w7w=", "SGk", "a", " ", "="]),
             max_size=8).map("".join))


@settings(max_examples=2000, deadline=None)
@given(st.lists(WORD | st.sampled_from([" ", "\t ", "x", ", ", " <a@b.example>"]), max_size=6).map("".join))
def test_built_encoded_words_read_the_same(value):
    same_reading(value)


def test_unquoting_keeps_what_is_not_an_escape():
    assert decoding._unquote_word("a=41=4=ZZ==42=") == "aA=4=ZZ=B="
    assert decode_header_text("=?utf-8?q?J=C3=BCrgen_M?= =?utf-8?b?w7w=?=") == "Jürgen Mü"
