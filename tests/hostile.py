"""Hostile emails, generated at test time (nothing large is committed).

Each generator writes one email to a file, streaming, so the test process
itself stays small.  The kinds follow issue 8's list, plus the known
blow-ups it names (labelled address padded with spaces, "invoice" and 20,000
spaces, a 200 KB word with an @, 330 KB of Cc, 64,000 ``[`` in a subject,
``Date: +9999``, a re-split message/rfc822).
"""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Callable

TO = "support@leadsoptima.com"
MB = 1024 * 1024


def _head(subject: str = "Refund request", extra: str = "", ctype: str = "text/plain; charset=utf-8") -> bytes:
    return (f"From: Asha Rao <asha@example.in>\r\nTo: {TO}\r\nSubject: {subject}\r\n"
            f"Date: Mon, 3 Mar 2025 10:12:00 +0530\r\nMessage-ID: <hostile@example.in>\r\n{extra}"
            f"MIME-Version: 1.0\r\nContent-Type: {ctype}\r\n\r\n").encode()


def _repeat(out, chunk: bytes, total: int) -> None:
    block = chunk * max(1, (256 * 1024) // len(chunk))
    written = 0
    while written < total:
        piece = block[: total - written]
        out.write(piece)
        written += len(piece)


def huge_body(path: Path) -> None:
    """50 MB of text/plain (over the 25 MB size guard: exit 2, one line)."""
    with path.open("wb") as out:
        out.write(_head())
        _repeat(out, b"Please refund my order, it does not work as described.\r\n", 50 * MB)


def big_body_under_guard(path: Path) -> None:
    """20 MB of text/plain, under the size guard: read up to the text limit."""
    with path.open("wb") as out:
        out.write(_head())
        _repeat(out, b"Please refund my order, it does not work as described.\r\n", 20 * MB)


def huge_attachment(path: Path) -> None:
    """A 9 MB attachment (12 MB of base64) beside a short request."""
    with path.open("wb") as out:
        out.write(_head(ctype='multipart/mixed; boundary="b1"'))
        out.write(b"--b1\r\nContent-Type: text/plain\r\n\r\nPlease refund my plan.\r\n--b1\r\n"
                  b"Content-Type: application/pdf\r\nContent-Disposition: attachment; filename=x.pdf\r\n"
                  b"Content-Transfer-Encoding: base64\r\n\r\n")
        line = base64.b64encode(bytes(range(256)) * 3)[:76] + b"\r\n"
        _repeat(out, line, 12 * MB)
        out.write(b"--b1--\r\n")


def deep_multipart(path: Path, depth: int = 1000) -> None:
    with path.open("wb") as out:
        out.write(_head(ctype='multipart/mixed; boundary="b0"'))
        for i in range(1, depth):
            out.write(b'--b%d\r\nContent-Type: multipart/mixed; boundary="b%d"\r\n\r\n' % (i - 1, i))
        out.write(b"--b%d\r\nContent-Type: text/plain\r\n\r\nplease refund\r\n" % (depth - 1))
        for i in reversed(range(depth)):
            out.write(b"--b%d--\r\n" % i)


def deep_rfc822(path: Path, depth: int = 1000) -> None:
    with path.open("wb") as out:
        out.write(_head(ctype="message/rfc822"))
        for _ in range(depth):
            out.write(b"From: x@example.in\r\nSubject: fwd\r\nContent-Type: message/rfc822\r\n\r\n")
        out.write(b"From: x@example.in\r\nContent-Type: text/plain\r\n\r\nplease refund\r\n")


def many_headers(path: Path) -> None:
    """100,000 header fields before the body."""
    with path.open("wb") as out:
        out.write(b"From: Asha Rao <asha@example.in>\r\nTo: %s\r\n" % TO.encode())
        _repeat(out, b"X-Junk: 1\r\n", 100_000 * 11)
        out.write(b"Subject: Refund\r\n\r\nPlease refund my plan.\r\n")


def _long_header(filler: bytes) -> Callable[[Path], None]:
    def write(path: Path) -> None:
        with path.open("wb") as out:
            out.write(b"From: Asha Rao <asha@example.in>\r\nTo: %s\r\nSubject: " % TO.encode())
            _repeat(out, filler, 5 * MB)
            out.write(b"\r\nCc: ")
            _repeat(out, filler, 5 * MB)
            out.write(b"\r\nReferences: ")
            _repeat(out, filler, 1 * MB)
            out.write(b"\r\n\r\nPlease refund my plan.\r\n")
    write.__name__ = "header_of_" + filler[:8].decode().strip() or "spaces"
    return write


def _body_run(filler: bytes, size: int = MB) -> Callable[[Path], None]:
    def write(path: Path) -> None:
        with path.open("wb") as out:
            out.write(_head())
            out.write(b"Please refund invoice INV-1 ")
            _repeat(out, filler, size)
            out.write(b"\r\nThanks\r\n")
    return write


def garbage_encodings(path: Path) -> None:
    """Charset and transfer-encoding garbage in every part."""
    parts = [
        b'Content-Type: text/plain; charset="x-no-such\xff"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
        + b"!!!not*base64***" * 5000,
        b"Content-Type: text/plain; charset=utf-7\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
        + b"=ZZ=0=\r\n+AGEAYgBj-" * 5000,
        b"Content-Type: text/html; charset=utf-16\r\nContent-Transfer-Encoding: x-uuencode\r\n\r\n"
        + b"begin 644 x\r\nM\xff\xfe" * 3000,
        b"Content-Type: text/plain; charset*=''%ff%fe\r\nContent-Transfer-Encoding: 7bit; 8bit\r\n\r\n"
        + bytes(range(256)) * 2000,
    ]
    with path.open("wb") as out:
        out.write(_head(subject="=?x-bad?Q?=ZZ?= =?utf-8?B?!!!?= refund", ctype='multipart/mixed; boundary="g"'))
        for part in parts:
            out.write(b"--g\r\n" + part + b"\r\n")
        out.write(b"--g--\r\n")


def request_words(path: Path) -> None:
    """20 MB of request words: under the size guard, cut to the text limit."""
    with path.open("wb") as out:
        out.write(_head())
        _repeat(out, b"refund cancel invoice plan registered email reason ", 20 * MB)


def html_receipt_account(path: Path) -> None:
    """The 792-byte receipt whose "Account" cell inscriptis pads with spaces."""
    cells = "".join(f"<td>{' ' * 50}</td>" for _ in range(40))
    html = (f"<html><body><table><tr><td>Account</td>{cells}<td>asha@example.in</td></tr>"
            f"<tr><td>Amount</td><td>Rs. 499</td></tr></table></body></html>")
    path.write_bytes(_head(ctype="text/html; charset=utf-8") + html.encode())


def labelled_address_spaces(path: Path) -> None:
    path.write_bytes(_head() + b"Please refund.\r\nRegistered email:" + b" " * 20_000 + b"\r\n"
                     + b"Account" + b" " * 20_000 + b"asha@example.in\r\n")


def invoice_spaces(path: Path) -> None:
    path.write_bytes(_head() + b"Please refund invoice" + b" " * 20_000 + b"x\r\n")


def word_with_at(path: Path) -> None:
    path.write_bytes(_head() + b"Please refund " + b"a" * 100_000 + b"@" + b"b" * 100_000 + b"\r\n")


def cc_junk(path: Path) -> None:
    line = b"Cc: " + b"<" * 20_000 + b"a@" * 10_000 + b"(" * 10_000 + b'"' * 6000 + b"\r\n"
    path.write_bytes(_head(extra=(line * 5).decode("ascii")) + b"Please refund my plan.\r\n")


def subject_brackets(path: Path) -> None:
    path.write_bytes(_head(subject="[" * 64_000 + " refund") + b"Please refund my plan, registered email "
                     b"asha@example.in, reason: it does not work.\r\n")


def big_html_table(path: Path) -> None:
    row = "<tr>" + "<td>Account</td><td>   Rs. 499   </td>" * 5 + "</tr>\n"
    with path.open("wb") as out:
        out.write(_head(ctype="text/html; charset=utf-8"))
        out.write(b"<html><body><p>Please refund</p><table>")
        _repeat(out, row.encode(), 2 * MB)
        out.write(b"</table></body></html>")


def date_far_zone(path: Path) -> None:
    path.write_bytes(_head().replace(b"+0530", b"+9999") + b"Please refund my plan.\r\n")


def resplit_rfc822(path: Path) -> None:
    """A multipart whose boundary never occurs, re-split around a message/rfc822
    part that carries raw 8-bit bytes."""
    path.write_bytes(_head(ctype='multipart/mixed; boundary="missing"')
                     + b"--other\r\nContent-Type: message/rfc822\r\n\r\nFrom: \xe9\xe9 <x@y.in>\r\n"
                     b"Subject: \xff\xfe\r\nContent-Type: text/plain; charset=\xff\r\n\r\nrefund \xe9\r\n--other--\r\n")


HOSTILE: dict[str, Callable[[Path], None]] = {
    "huge_body_50mb": huge_body,
    "body_20mb": big_body_under_guard,
    "huge_attachment": huge_attachment,
    "deep_multipart_1000": deep_multipart,
    "deep_rfc822_1000": deep_rfc822,
    "headers_100000": many_headers,
    "header_5mb_brackets": _long_header(b"[<(\"[]"),
    "header_5mb_spaces": _long_header(b" \t  "),
    "header_5mb_at": _long_header(b"@a@"),
    "header_5mb_digits": _long_header(b"0123456789"),
    "header_5mb_encoded_words": _long_header(b"=?utf-8?B?cmVmdW5k?= =?x?Q?=ZZ?="),
    "body_1mb_digits": _body_run(b"0123456789"),
    "body_1mb_dots": _body_run(b"."),
    "body_1mb_at": _body_run(b"@"),
    "body_1mb_spaces": _body_run(b" "),
    "body_1mb_digit_dots": _body_run(b"1.2/3-"),
    # One asking sentence of a megabyte in parts: where its reason is looked for, each part is read once.
    "body_1mb_commas": _body_run(b"and the story goes on, "),
    "body_1mb_colons": _body_run(b"so: "),
    "encoding_garbage": garbage_encodings,
    "request_words_20mb": request_words,
    "html_receipt_account": html_receipt_account,
    "labelled_address_spaces": labelled_address_spaces,
    "invoice_20000_spaces": invoice_spaces,
    "word_200kb_with_at": word_with_at,
    "cc_330kb_junk": cc_junk,
    "subject_64000_brackets": subject_brackets,
    "html_table_2mb": big_html_table,
    "date_plus_9999": date_far_zone,
    "resplit_rfc822": resplit_rfc822,
}
