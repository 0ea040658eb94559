"""parse_message on crafted messages: headers, bodies, charsets, damage."""

from __future__ import annotations

import base64
from datetime import datetime, timedelta, timezone

import pytest

from mailbot.errors import MailbotError, MessageError
from mailbot.reading.htmltext import html_to_text
from mailbot.reading.parse import FALLBACK, parse_message

HEAD = (
    "From: Customer <Customer@Example.COM>\n"
    "To: support@leadsoptima.example\n"
    "Subject: Refund\n"
    "Date: Mon, 03 Jun 2024 10:15:00 +0200\n"
    "Message-ID: <abc@example.com>\n"
)


def _parse(text: str, **kw) -> object:
    return parse_message(text.encode("utf-8"), source="test.eml", **kw)


def test_rfc2047_subject_and_display_name():
    raw = (
        "From: =?UTF-8?Q?J=C3=BCrgen_M=C3=BCller?= <JM@Example.de>\n"
        "To: support@leadsoptima.example\n"
        "Subject: =?UTF-8?B?UsO8Y2tlcnN0YXR0dW5n?=\n =?iso-8859-1?Q?_f=FCr_Rechnung?=\n\tINV-7\n"
        "\nHallo\n"
    )
    message = _parse(raw)
    assert message.sender == "jm@example.de"
    assert message.sender_name == "Jürgen Müller"
    assert message.subject == "Rückerstattung für Rechnung INV-7"


def test_bad_encoded_word_charset_does_not_raise():
    message = _parse("From: a@b.example\nSubject: =?x-bogus?Q?caf=E9?= ok\n\nhi\n")
    assert message.subject == "café ok"


def test_recipients_reply_to_and_ids():
    raw = (
        'From: "Doe, Jane" <jane@example.com>\n'
        "To: Support <Support@LeadsOptima.example>, billing@leadsoptima.example\n"
        "Cc: boss@example.com\n"
        "Delivered-To: inbox@leadsoptima.example\n"
        "X-Original-To: support@leadsoptima.example\n"
        "Reply-To: Jane Private <jane.p@example.org>\n"
        "Subject: Re:  cancel\n   my plan\n"
        "In-Reply-To: <r1@leadsoptima.example>\n"
        "References: <r0@leadsoptima.example>\n <r1@leadsoptima.example> <r0@leadsoptima.example>\n"
        "Message-ID: <m1@example.com>\n\nPlease cancel.\n"
    )
    message = _parse(raw)
    assert message.sender_name == "Doe, Jane"
    # Delivery addresses first: they decide the brand (C1) when To names several.
    assert message.recipients == (
        "inbox@leadsoptima.example",
        "support@leadsoptima.example",
        "billing@leadsoptima.example",
        "boss@example.com",
    )
    assert message.reply_to == "jane.p@example.org"
    assert message.subject == "Re: cancel my plan"
    assert message.message_id == "<m1@example.com>"
    assert message.in_reply_to == "<r1@leadsoptima.example>"
    assert message.references == ("<r0@leadsoptima.example>", "<r1@leadsoptima.example>")


def test_group_syntax_recipients_do_not_crash():
    message = _parse("From: a@b.example\nTo: unlisted-recipients:; (no To-header on input)\n\nhi\n")
    assert message.recipients == ()
    assert message.text == "hi\n"


def test_date_aware_naive_and_bad():
    assert _parse(HEAD + "\nx\n").date == datetime(2024, 6, 3, 10, 15, tzinfo=timezone(timedelta(hours=2)))
    naive = _parse("From: a@b.example\nDate: Mon, 03 Jun 2024 10:15:00 -0000\n\nx\n").date
    assert naive == datetime(2024, 6, 3, 10, 15, tzinfo=timezone.utc)
    bad = _parse("From: a@b.example\nDate: the day after tomorrow-ish\n\nx\n")
    assert bad.date is None
    assert "unparseable Date" in bad.defects


def test_missing_message_id_and_headers_only():
    message = _parse("From: a@b.example\nSubject: only headers\n")
    assert message.message_id is None
    assert message.text == "" and message.new_text == ""
    assert message.subject == "only headers"


def test_not_an_email():
    with pytest.raises(MessageError) as caught:
        parse_message(b"", source="empty.eml")
    assert str(caught.value) == "empty.eml: not an email: empty"
    assert isinstance(caught.value, MailbotError)
    with pytest.raises(MessageError, match=r"^x\.pdf: not an email: binary data without a header line$"):
        parse_message(b"%PDF-1.4\n\x00\x01\x02 stream", source="x.pdf")


def test_text_without_headers_is_read_as_the_body():
    message = parse_message(b"just some words\nand more\n", source="x.eml")
    assert message.text.strip() == "just some words\nand more"
    assert message.sender is None
    assert any(d.startswith("no header lines") for d in message.defects)


def test_html_only_mail_hides_script_and_style():
    raw = (
        HEAD
        + "Content-Type: text/html; charset=utf-8\n\n"
        + "<html><head><title>T</title><style>p {color: red}</style></head><body>"
        + "<p>Please refund <b>INV-42</b>.</p><script>alert('owned')</script>"
        + "<p>Thanks &amp; bye</p></body></html>"
    )
    message = _parse(raw)
    assert "Please refund INV-42." in message.text
    assert "Thanks & bye" in message.text
    assert "alert" not in message.text and "color" not in message.text
    assert message.content_type == "text/html"


def test_plain_preferred_over_html():
    raw = (
        HEAD
        + 'Content-Type: multipart/alternative; boundary="b"\n\n'
        + "--b\nContent-Type: text/plain; charset=utf-8\n\nplain words\n"
        + "--b\nContent-Type: text/html; charset=utf-8\n\n<p>html words</p>\n--b--\n"
    )
    message = _parse(raw)
    assert message.text.strip() == "plain words"
    assert message.defects == ()


def test_attachments_listed():
    pdf = base64.b64encode(b"%PDF-1.4 " + b"x" * 991).decode()
    raw = (
        HEAD
        + 'Content-Type: multipart/mixed; boundary="m"\n\n'
        + "--m\nContent-Type: text/plain\n\nSee attached.\n"
        + "--m\nContent-Type: application/pdf\n"
        + 'Content-Disposition: attachment; filename="=?UTF-8?Q?Rechnung_M=C3=A4rz.pdf?="\n'
        + "Content-Transfer-Encoding: base64\n\n"
        + pdf
        + "\n--m\nContent-Type: image/png; name=shot.png\nContent-Transfer-Encoding: base64\n\n"
        + base64.b64encode(b"\x89PNG" + b"\0" * 96).decode()
        + "\n--m--\n"
    )
    message = _parse(raw)
    assert message.text.strip() == "See attached."
    assert [(a.filename, a.content_type, a.size) for a in message.attachments] == [
        ("Rechnung März.pdf", "application/pdf", 1000),
        ("shot.png", "image/png", 100),
    ]


def test_gmail_quoted_reply():
    raw = (
        HEAD
        + "Content-Type: text/plain; charset=utf-8\n\n"
        + "Yes, cancel it please.\n\n"
        + "On Sun, Jun 2, 2024 at 9:00 AM LeadsOptima <support@leadsoptima.example> wrote:\n\n"
        + "> Would you like to cancel?\n>\n> LeadsOptima Support\n"
    )
    message = _parse(raw)
    assert message.new_text == "Yes, cancel it please."
    assert "Would you like to cancel?" in message.text


def test_outlook_quoted_reply_with_signature():
    raw = (
        HEAD
        + "Content-Type: text/plain; charset=windows-1252\nContent-Transfer-Encoding: quoted-printable\n\n"
        + "I was charged twice =96 please refund.\n\nRegards,\nJane\n\n"
        + "-----Original Message-----\nFrom: LeadsOptima Support\nSent: Sunday, June 2, 2024 9:00 AM\n"
        + "To: Jane\nSubject: Your invoice\n\nYour invoice is attached.\n"
    )
    message = _parse(raw)
    assert message.new_text == "I was charged twice \u2013 please refund.\n\nRegards,\nJane"
    assert "Your invoice is attached." in message.text


def test_hinglish_text_kept_verbatim():
    body = "Mera paisa do baar kat gaya hai, please refund kar do. Invoice INV-2207 hai.\n\nDhanyavaad"
    message = _parse(HEAD + "Content-Type: text/plain; charset=utf-8\n\n" + body + "\n")
    assert message.new_text == body


def test_koi8_r_and_windows_1252_bodies():
    russian = "Верните деньги, пожалуйста."
    raw = (HEAD + "Content-Type: text/plain; charset=koi8-r\nContent-Transfer-Encoding: 8bit\n\n").encode()
    message = parse_message(raw + russian.encode("koi8-r") + b"\n", "ru.eml")
    assert message.text.strip() == russian
    raw = (HEAD + "Content-Type: text/plain; charset=windows-1252\n\n").encode()
    message = parse_message(raw + "Café “refund” €5".encode("cp1252") + b"\n", "w.eml")
    assert message.text.strip() == "Café “refund” €5"


def test_unknown_charset_and_raw_8bit_headers():
    raw = (
        b"From: M\xc3\xbcller <m@example.de>\nSubject: Gr\xfc\xdfe\n"
        b"Content-Type: text/plain; charset=x-unknown\n\nsch\xc3\xb6n\n"
    )
    message = parse_message(raw, "8bit.eml")
    assert message.sender_name == "Müller"
    assert message.subject == "Grüße"
    assert message.text.strip() == "schön"


def test_undecodable_charset_replaced_and_recorded():
    raw = HEAD.encode() + b"Content-Type: text/plain; charset=shift_jis\n\nok \x82\n"
    message = parse_message(raw, "sjis.eml")
    assert message.text.startswith("ok ")
    assert any("undecodable" in d for d in message.defects)


def test_forwarded_message_rfc822():
    raw = (
        HEAD
        + 'Content-Type: multipart/mixed; boundary="f"\n\n'
        + "--f\nContent-Type: text/plain\n\nSee below.\n"
        + "--f\nContent-Type: message/rfc822\n\n"
        + "From: Bob <bob@example.com>\nSubject: my refund\n\nPlease refund INV-9.\n"
        + "--f--\n"
    )
    message = _parse(raw)
    assert message.text.strip() == "See below."
    assert "Please refund INV-9." in message.forwarded_text
    assert "From: Bob <bob@example.com>" in message.forwarded_text


def test_report_falls_back_to_every_text_part():
    raw = (
        "From: MAILER-DAEMON@mx.example\nTo: support@leadsoptima.example\nSubject: Undelivered\n"
        "Auto-Submitted: auto-replied\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="r"\n\n'
        "--r\nContent-Type: text/plain\n\nYour message could not be delivered.\n"
        "--r\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example\n\n"
        "Final-Recipient: rfc822; gone@example.com\nAction: failed\nStatus: 5.1.1\n"
        "--r--\n"
    )
    message = _parse(raw)
    assert "could not be delivered" in message.text
    assert "5.1.1" in message.text
    assert any(d.startswith(FALLBACK) for d in message.defects)
    assert message.auto_headers["auto-submitted"] == "auto-replied"
    assert message.auto_headers["content-type"].startswith("multipart/report; report-type=delivery-status")


def test_missing_boundary_is_resplit():
    raw = (
        HEAD
        + 'Content-Type: multipart/mixed; boundary="declared"\n\n'
        + "--actual\nContent-Type: text/plain\n\nThe real text.\n--actual--\n"
    )
    message = _parse(raw)
    assert "The real text." in message.text
    assert any("boundary" in d for d in message.defects)


def test_deep_nesting_is_bounded():
    inner = "From: x@y.example\nContent-Type: text/plain\n\ncore text\n"
    for _ in range(60):
        inner = "From: x@y.example\nContent-Type: message/rfc822\n\n" + inner
    message = _parse(inner)
    assert any("nested deeper" in d for d in message.defects)
    assert "core text" not in message.text


def test_html_to_text_short_circuits_plain_strings():
    assert html_to_text("no tags &amp; here") == "no tags & here"
    assert html_to_text("") == ""
