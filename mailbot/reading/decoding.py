"""Bytes and encoded words to text: charsets, transfer encodings, RFC 2047.

Nothing here raises on damaged input: an unknown charset falls back to UTF-8
then windows-1252, undecodable bytes are replaced, and what went wrong is
appended to the caller's ``defects``.
"""

from __future__ import annotations

import binascii
from email.message import Message

from mailbot.reading import linear

MAX_HEADER = 16_384
"""Characters of one header value decoded at most."""

_ENCODED_WORD = linear.compile(r"=\?([^?\s]+)\?([bBqQ])\?([^?]*)\?=")
_BETWEEN_WORDS = linear.compile(r"(\?=)\s+(=\?)")
_SPACES = linear.compile(r"\s+")
_HEX = "0123456789ABCDEFabcdef"
_NOT_BASE64 = bytes(c for c in range(256) if not (chr(c).isascii() and (chr(c).isalnum() or chr(c) in "+/")))

# Charset names that lie or that Python does not know under that name.
_CHARSET_ALIASES = {
    "ks_c_5601-1987": "cp949",
    "ks_c_5601": "cp949",
    "euc-kr": "cp949",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "x-sjis": "cp932",
    "sjis": "cp932",
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "iso-8859-8-i": "iso-8859-8",
    "iso-8859-6-i": "iso-8859-6",
    "windows-874": "cp874",
    "unicode-1-1-utf-7": "utf-7",
    "x-mac-roman": "mac_roman",
    "macintosh": "mac_roman",
    "utf8": "utf-8",
}
_UNKNOWN_CHARSETS = frozenset(
    {"", "us-ascii", "ascii", "x-unknown", "unknown", "unknown-8bit", "x-user-defined",
     "default", "charset", "none", "us_ascii", "ansi_x3.4-1968"}
)


def decode_bytes(data: bytes, charset: str | None, defects: list[str] | None = None) -> str:
    """Text of ``data`` in ``charset``; never raises.

    An unknown or missing charset tries UTF-8 and then windows-1252; bytes the
    charset cannot decode are replaced, and the problem noted in ``defects``.
    """
    name = (charset or "").strip().strip("\"'").lower()[:64]
    if name in _UNKNOWN_CHARSETS or data.isascii():
        if data.isascii():
            return data.decode("ascii")
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode("cp1252", "replace")
    codec = _CHARSET_ALIASES.get(name, name)
    try:
        return data.decode(codec)
    except LookupError:
        if defects is not None:
            defects.append(f"unknown charset {name[:40]}")
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode("latin-1")
    except (UnicodeDecodeError, ValueError, TypeError):
        if codec != "utf-8":
            # Mislabelled UTF-8 is common; try it before replacing.
            try:
                return data.decode("utf-8")
            except UnicodeDecodeError:
                pass
        if defects is not None:
            defects.append(f"undecodable {name[:40]} text")
        try:
            return data.decode(codec, "replace")
        except Exception:  # noqa: BLE001 - a codec that fails even with "replace"
            return data.decode("cp1252", "replace")


def unescape_8bit(value: str) -> str:
    """Raw 8-bit header bytes arrive as surrogate escapes; decode them."""
    try:
        value.encode("utf-8")
        return value
    except UnicodeEncodeError:
        data = value.encode("utf-8", "surrogateescape")
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode("cp1252", "replace")


def _unquote_word(payload: str) -> str:
    """Each ``=XX`` (two hex digits) as that character, any other ``=`` kept:
    the one left-to-right pass a ``=([0-9A-Fa-f]{2})`` substitution makes (an
    escape never contains a ``=``, so splitting on them finds the same ones)."""
    pieces = payload.split("=")
    out = [pieces[0]]
    for piece in pieces[1:]:
        if len(piece) >= 2 and piece[0] in _HEX and piece[1] in _HEX:
            out += (chr(int(piece[:2], 16)), piece[2:])
        else:
            out += ("=", piece)
    return "".join(out)


def _decode_word(groups: list) -> str:
    whole, charset, encoding, payload = groups
    charset = charset.split("*", 1)[0]  # RFC 2231 language suffix
    try:
        if encoding in "bB":
            payload = payload.strip()
            payload += "=" * (-len(payload) % 4)
            data = binascii.a2b_base64(payload.encode("ascii", "replace"))
        else:
            data = _unquote_word(payload.replace("_", " ")).encode("latin-1", "replace")
    except (binascii.Error, ValueError):
        return whole
    return decode_bytes(data, charset)


def _join_words(groups: list) -> str:
    return groups[1] + groups[2]


def decode_header_text(value: object, limit: int = MAX_HEADER) -> str:
    """An unstructured header (Subject, a display name) as one line of text."""
    if value is None:
        return ""
    text = unescape_8bit(str(value)[:limit])
    if "=?" in text:
        text = linear.replace(_BETWEEN_WORDS, text, _join_words)
        text = linear.replace(_ENCODED_WORD, text, _decode_word)
    return " ".join(text.split())


def transfer_encoding(part: Message) -> str:
    value = part.get("content-transfer-encoding")
    if value is None:
        return ""
    return str(value).split(";", 1)[0].strip().strip("\"'").lower()[:40]


def payload_bytes(part: Message, defects: list[str] | None = None, limit: int | None = None) -> bytes:
    """The decoded bytes of a leaf part (Content-Transfer-Encoding undone).

    With ``limit`` (characters of text wanted) only the start of the payload
    is decoded: enough encoded bytes for ``limit`` characters of UTF-8."""
    # The raw payload: get_payload() would already decode 8-bit text lossily.
    payload = part._payload
    if isinstance(payload, list):
        return b""
    if not isinstance(payload, str):
        payload = str(payload)
    cut = limit is not None and len(payload) > limit * 8
    if cut:
        payload = payload[: limit * 8]  # base64 lines and QP escapes: ≤ 8 encoded per character
    try:
        data = payload.encode("ascii", "surrogateescape")
    except UnicodeError:
        data = payload.encode("utf-8", "surrogateescape")
    cte = transfer_encoding(part)
    if cte == "base64":
        try:
            return binascii.a2b_base64(data)
        except binascii.Error:
            cleaned = data.translate(None, _NOT_BASE64)
            cleaned = cleaned[: len(cleaned) - len(cleaned) % 4]
            if defects is not None and not cut:
                defects.append("bad base64")
            try:
                return binascii.a2b_base64(cleaned)
            except binascii.Error:
                return data
    if cte == "quoted-printable":
        return binascii.a2b_qp(data)
    if cte in ("x-uuencode", "uuencode", "uue", "x-uue"):
        try:
            decoded = part.get_payload(decode=True)
        except Exception:  # noqa: BLE001 - uuencode damage
            decoded = None
        return decoded if isinstance(decoded, bytes) else data
    return data


def content_charset(part: Message) -> str | None:
    try:
        charset = part.get_content_charset()
    except Exception:  # noqa: BLE001 - RFC 2231 damage
        return None
    return charset if isinstance(charset, str) else None
