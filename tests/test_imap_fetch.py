"""The poll's own FETCH reader gives what imapclient's parser gives, on
every shape imaplib hands over, and on a real Dovecot."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from dovecot import varied_emails
from imapclient.datetime_util import parse_to_datetime
from imapclient.response_parser import parse_fetch_response

from mailbot.sources import imap_fetch
from mailbot.sources.imap_fetch import read_answer, read_fetch_data

integration = pytest.mark.integration

BODY = b"From: a@example.com\r\nSubject: (odd) \"quoted\" {12}\r\n\r\nBODY[] {5}\r\n)\r\n"


def imapclient_reads(data):
    return dict(parse_fetch_response(data, False, True))


USUAL = [
    [b'1 (UID 7 RFC822.SIZE 812 INTERNALDATE "30-Nov-2026 08:19:00 +0100")',
     b'2 (UID 9 RFC822.SIZE 1 INTERNALDATE " 1-Jan-2025 23:59:59 -0530")'],
    [(b"1 (UID 7 BODY[] {%d}" % len(BODY), BODY), b")",
     (b"2 (UID 9 BODY[] {3}", b"abc"), b")"],
    [(b"4 (BODY[] {%d}" % len(BODY), BODY), b" UID 12)"],  # UID after the body
    [(b"4 (uid 12 body[] {3}", b"a\r\n"), b")"],  # item names in lower case
    [None],  # nothing (every UID expunged)
]

UNUSUAL = [
    [b"1 (UID 7 FLAGS (\\Seen) RFC822.SIZE 812)"],  # an unsolicited or extra parenthesised item
    [(b"1 (UID 7 BODY[] {3}", b"abc"), b" FLAGS (\\Seen))"],
    [b'1 (UID 7 BODY[] "abc")'],  # a quoted body
    [b'1 (UID 7 INTERNALDATE "30-Nov-2026 08:19:00 \\"+0100")'],  # an escaped quote
    [b"1 (UID 7 RFC822.SIZE NIL)"],
    [(b"1 (UID 7 BODY[HEADER] {3}", b"abc"), b")"],
    [b'1 (UID 7 INTERNALDATE "not a date")'],
]


@pytest.mark.parametrize("data", USUAL)
def test_the_usual_answers_are_read_here_as_imapclient_reads_them(data):
    assert read_fetch_data(data) == imapclient_reads(data)


@pytest.mark.parametrize("data", UNUSUAL[:-1])
def test_an_answer_of_another_shape_goes_to_imapclients_parser(data):
    with pytest.raises(imap_fetch._Unusual):
        read_fetch_data(data)
    assert read_answer(data) == imapclient_reads(data)


def test_an_unreadable_date_is_none_as_imapclient_makes_it():
    data = UNUSUAL[-1]
    assert read_fetch_data(data) == imapclient_reads(data) == {7: {b"SEQ": 1, b"INTERNALDATE": None}}


def test_the_date_keeps_its_offset_and_the_body_its_bytes():
    meta = read_fetch_data(USUAL[0])
    assert meta[9][b"INTERNALDATE"].utcoffset() == -timedelta(hours=5, minutes=30)
    assert meta[7][b"RFC822.SIZE"] == 812
    assert read_fetch_data(USUAL[1])[7][b"BODY[]"] is BODY


DATES = [
    b"30-Nov-2026 08:19:00 +0000", b" 1-Jan-2025 23:59:59 -0530", b"01-Jan-2025 00:00:00 +1400",
    b"1-Feb-2024 12:00:00 -0800", b"29-Feb-2024 10:11:12 +0099", b"07-Jul-2031 07:07:07 -0030",
]
"""INTERNALDATEs of RFC 3501's shape: read by :func:`imap_fetch._usual_internaldate`."""
ODD_DATES = [
    b"30-Nov-2026 08:19:00 -0000",  # an unknown zone: imapclient makes it naive
    b"30-nov-2026 08:19:00 +0000", b"30-Nov-26 08:19:00 +0000", b"30-Nov-0099 08:19:00 +0000",
    b"30-Nov-2026 08:19 +0000", b"30-Nov-2026  08:19:00 +0000", b"Mon, 30 Nov 2026 08:19:00 +0000",
    b"31-Feb-2026 08:19:00 +0000", b"30-Nov-2026 24:00:00 +0000", b"30-Nov-2026 08:19:00 GMT",
    b"30-Nov-2026 08:19:00 +00000", b"", b"not a date at all, not at all",
]
"""Other shapes (and impossible dates): left to imapclient, as before."""


def imapclient_date(value):
    try:
        return parse_to_datetime(value, normalise=False)
    except ValueError:
        return None


@pytest.mark.parametrize("value", DATES + ODD_DATES)
def test_a_date_is_read_as_imapclient_reads_it(value):
    ours, theirs = imap_fetch._internaldate(value), imapclient_date(value)
    assert ours == theirs
    if theirs is not None:
        assert (ours.replace(tzinfo=None), type(ours.tzinfo), ours.tzname(), ours.utcoffset(), ours.isoformat()) \
            == (theirs.replace(tzinfo=None), type(theirs.tzinfo), theirs.tzname(), theirs.utcoffset(),
                theirs.isoformat())


@pytest.mark.parametrize("value", DATES)
def test_the_usual_dates_are_read_without_imapclient(value, monkeypatch):
    monkeypatch.setattr(imap_fetch, "parse_to_datetime", None)  # would fail if it were asked
    assert imap_fetch._internaldate(value) == imapclient_date(value)


@pytest.mark.parametrize("value", ODD_DATES)
def test_the_other_shapes_are_not_read_by_splitting(value):
    with pytest.raises((imap_fetch._Unusual, ValueError)):
        imap_fetch._usual_internaldate(value)


def test_a_literal_of_another_length_than_announced_is_not_taken():
    with pytest.raises(imap_fetch._Unusual):
        read_fetch_data([(b"1 (UID 7 BODY[] {4}", b"abc"), b")"])


@integration
def test_on_dovecot_the_reader_gives_what_imapclient_fetch_gives(dovecot):
    emails = varied_emails(25)
    dovecot.deliver(emails[:10], when=datetime(2025, 3, 1, 8, 0, tzinfo=timezone(timedelta(hours=2))))
    dovecot.deliver(emails[10:])
    client = dovecot.client()
    try:
        client.normalise_times = False
        client.select_folder("INBOX", readonly=True)
        uids = client.search(["ALL"])
        asked = [*uids[3:], 10_000]  # one UID that is not there
        for items, words in ((b"(RFC822.SIZE INTERNALDATE)", [b"RFC822.SIZE", b"INTERNALDATE"]),
                             (b"(BODY.PEEK[])", [b"BODY.PEEK[]"])):
            ours = imap_fetch.fetch(client, asked, items)
            assert ours == client.fetch(asked, words)
            assert set(ours) == set(uids[3:])
        bodies = imap_fetch.fetch(client, uids, b"(BODY.PEEK[])")
        assert [bodies[uid][b"BODY[]"] for uid in uids] == emails
        assert imap_fetch.fetch(client, [], b"(BODY.PEEK[])") == {}
    finally:
        client.logout()


@integration
def test_imaplib_formats_nothing_unless_its_debug_lines_are_kept(dovecot, imap_mailbox):
    import logging

    from mailbot.sources.imap import ImapSource

    logger = logging.getLogger("imapclient.imaplib")
    source = ImapSource(imap_mailbox())
    try:
        assert source.open()._imap.debug == 0
    finally:
        source.close()
    before = logger.level
    logger.setLevel(logging.DEBUG)
    try:
        source = ImapSource(imap_mailbox())
        try:
            assert source.open()._imap.debug == 5  # -v: imapclient's own level, every line logged
        finally:
            source.close()
    finally:
        logger.setLevel(before)
