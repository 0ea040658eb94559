"""The mailbox sources alone: IMAP against a private Dovecot, and a Maildir."""

from __future__ import annotations

import logging
import os
import threading
import time
from pathlib import Path

import pytest
from dovecot import CuttingProxy, message_id, support_email, varied_emails

from mailbot.errors import SourceError
from mailbot.sources import open_source
from mailbot.sources.base import Position
from mailbot.sources.idle import IdleWatcher
from mailbot.sources import imap as imap_module
from mailbot.sources.imap import ImapSource, Reconnect, _by_bytes
from mailbot.sources.maildir import MaildirSource

from dovecot import PASSWORD_ENV, mailbox_settings

integration = pytest.mark.integration


def read_all(source, position=None):
    try:
        return list(source.fetch_new(position))
    finally:
        source.close()


# -- IMAP -------------------------------------------------------------------


@integration
def test_every_delivered_email_is_fetched_once_in_uid_order(dovecot, imap_mailbox):
    emails = varied_emails(200)
    dovecot.deliver(emails)
    fetched = read_all(ImapSource(imap_mailbox(batch_size=37)))

    assert len(fetched) == 200
    uids = [int(f.uid) for f in fetched]
    assert uids == sorted(set(uids))
    assert [f.raw for f in fetched] == emails
    assert {f.uidvalidity for f in fetched} == {dovecot.uidvalidity()}
    assert all(f.internaldate is not None and f.internaldate.tzinfo is not None for f in fetched)
    assert all(f.size == len(f.raw) for f in fetched)


@integration
def test_a_batch_is_fetched_in_parts_of_bounded_bytes_each_asked_for_when_needed(dovecot, imap_mailbox, monkeypatch):
    from mailbot.sources import imap_fetch

    emails = varied_emails(60)
    dovecot.deliver(emails)
    most = 3 * sum(map(len, emails)) // len(emails)
    monkeypatch.setattr(imap_module, "FETCH_BYTES", most)  # about three emails a FETCH
    body_fetches: list[tuple[int, int]] = []
    real_fetch = imap_fetch.fetch

    def counting_fetch(client, messages, items):
        answer = real_fetch(client, messages, items)
        if b"BODY.PEEK[]" in items:
            body_fetches.append((len(messages), sum(len(d[b"BODY[]"]) for d in answer.values())))
        return answer

    monkeypatch.setattr(imap_fetch, "fetch", counting_fetch)
    source = ImapSource(imap_mailbox(batch_size=40))
    got = []
    try:
        for email in source.fetch_new(None):
            if not got:
                assert len(body_fetches) == 1  # only the first part was asked for
            got.append(email)
    finally:
        source.close()
    assert [f.raw for f in got] == emails  # each once, in order
    assert len(body_fetches) >= 15
    assert all(count == 1 or size <= most for count, size in body_fetches)


def test_bodies_are_asked_for_in_runs_of_bounded_bytes():
    sizes = {1: 10, 2: 60, 3: 50, 4: 200, 5: 5}
    assert list(_by_bytes([1, 2, 3, 4, 5], sizes, most=100)) == [[1, 2], [3], [4], [5]]  # 4 alone, over
    assert list(_by_bytes([1, 2, 3, 4, 5], sizes, most=120)) == [[1, 2, 3], [4], [5]]
    assert list(_by_bytes([1, 3, 5], sizes, most=1000)) == [[1, 3, 5]]
    assert list(_by_bytes([], sizes)) == []


@integration
def test_nothing_new_after_the_last_uid_even_though_n_star_matches_it(dovecot, imap_mailbox):
    dovecot.deliver(varied_emails(3))
    source = ImapSource(imap_mailbox())
    first = read_all(source)
    position = Position(first[-1].uidvalidity, int(first[-1].uid))

    assert read_all(source, position) == []

    dovecot.deliver([support_email(99)])
    again = read_all(source, position)
    assert [message_id(f.raw) for f in again] == [message_id(support_email(99))]
    assert int(again[0].uid) > position.last_uid


@integration
def test_fetching_never_marks_read_or_removes(dovecot, imap_mailbox):
    dovecot.deliver(varied_emails(5))
    read_all(ImapSource(imap_mailbox()))

    client = dovecot.client()
    client.select_folder("INBOX", readonly=True)
    flags = client.get_flags(client.search("ALL"))
    client.logout()
    assert len(flags) == 5
    assert all(b"\\Seen" not in f and b"\\Deleted" not in f for f in flags.values())


@integration
def test_an_email_over_max_bytes_is_handed_over_without_its_bytes(dovecot, imap_mailbox):
    big = support_email(1, pad_to=20_000)
    dovecot.deliver([support_email(0), big, support_email(2)])
    fetched = read_all(ImapSource(imap_mailbox(max_bytes=10_000)))

    assert [f.raw is None for f in fetched] == [False, True, False]
    assert fetched[1].size == len(big)


@integration
def test_a_new_uidvalidity_reads_the_folder_again(dovecot, imap_mailbox):
    emails = varied_emails(4)
    dovecot.recreate_folder("Support", emails)
    source = ImapSource(imap_mailbox(folder="Support"))
    first = read_all(source)
    position = Position(first[-1].uidvalidity, int(first[-1].uid))

    dovecot.recreate_folder("Support", emails)
    second = read_all(source, position)

    assert [f.raw for f in second] == emails
    assert second[0].uidvalidity != position.uidvalidity


@integration
def test_a_connection_dropped_mid_pass_is_reopened_and_nothing_is_lost(dovecot, imap_mailbox):
    emails = varied_emails(60)
    dovecot.deliver(emails)
    source = ImapSource(imap_mailbox(batch_size=10), reconnect=Reconnect(attempts=3, first_delay=0.01))
    seen = []
    for fetched in source.fetch_new(None):
        seen.append(fetched)
        if len(seen) in (10, 35):  # the batch in hand is done; the next FETCH meets a dead connection
            dovecot.kick()
    source.close()

    assert [f.raw for f in seen] == emails
    assert source.connections == 3


@integration
def test_a_connection_cut_in_the_middle_of_a_fetch_response_is_reopened(dovecot, imap_mailbox):
    emails = varied_emails(40, pad_to=4000)
    dovecot.deliver(emails)
    proxy = CuttingProxy(dovecot.port, cut_after=60_000)  # inside the first batch's bodies
    try:
        source = ImapSource(imap_mailbox(port=proxy.port, batch_size=25),
                            reconnect=Reconnect(attempts=3, first_delay=0.01))
        fetched = read_all(source)
    finally:
        proxy.close()
    assert proxy.cuts == 1
    assert source.connections == 2
    assert [f.raw for f in fetched] == emails


@integration
def test_done_moves_to_move_to_after_commit(dovecot, imap_mailbox):
    dovecot.deliver(varied_emails(3))
    source = ImapSource(imap_mailbox(move_to="Triaged"))
    fetched = list(source.fetch_new(None))
    source.done(fetched[0])
    source.close()

    assert dovecot.count("INBOX") == 2
    assert dovecot.count("Triaged") == 1


@integration
def test_a_wrong_password_is_a_source_error_that_names_the_mailbox_not_the_password(
        dovecot, imap_mailbox, monkeypatch):
    monkeypatch.setenv(PASSWORD_ENV, "not-the-Password-42")
    with pytest.raises(SourceError) as caught:
        read_all(ImapSource(imap_mailbox(name="leadsoptima-support")))
    assert "leadsoptima-support" in str(caught.value)
    assert "login" in str(caught.value)
    assert "not-the-Password-42" not in str(caught.value)


@integration
def test_the_password_is_never_logged(dovecot, imap_mailbox, caplog):
    dovecot.deliver(varied_emails(2))
    with caplog.at_level(logging.DEBUG):
        fetched = read_all(ImapSource(imap_mailbox()))
    assert len(fetched) == 2
    assert dovecot.password not in caplog.text
    assert dovecot.user in caplog.text  # the log did see the login


def test_a_missing_password_variable_is_a_source_error(monkeypatch):
    monkeypatch.delenv("NO_SUCH_PASSWORD_VAR", raising=False)
    source = ImapSource(mailbox_settings(host="127.0.0.1", port=1, security="none", username="u",
                                         password_env="NO_SUCH_PASSWORD_VAR"))
    with pytest.raises(SourceError, match="test-support: environment variable NO_SUCH_PASSWORD_VAR"):
        read_all(source)


def test_plain_imap_is_refused_for_any_host_but_loopback(monkeypatch):
    monkeypatch.setenv("PW", "x")
    source = ImapSource(mailbox_settings(host="imap.example.com", security="none", username="u",
                                         password_env="PW"))
    with pytest.raises(SourceError, match="only for 127.0.0.1"):
        read_all(source)


def test_a_refused_connection_is_a_source_error(monkeypatch):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed when the block ends: nobody listens
    monkeypatch.setenv("PW", "x")
    source = ImapSource(mailbox_settings(host="127.0.0.1", port=port, security="none", username="u",
                                         password_env="PW"))
    with pytest.raises(SourceError, match=r"test-support: cannot connect to 127\.0\.0\.1"):
        read_all(source)


# -- IDLE -------------------------------------------------------------------


@integration
def test_idle_wakes_the_callback_when_mail_arrives_and_stops_cleanly(dovecot, imap_mailbox):
    woken = threading.Event()
    watcher = IdleWatcher(imap_mailbox(idle=True), woken.set)
    watcher.start()
    try:
        assert watcher.wait_until_idling(10)
        dovecot.deliver([support_email(1)])
        assert woken.wait(10)
    finally:
        watcher.stop()
        watcher.join(10)
    assert not watcher.is_alive()


@integration
def test_idle_reconnects_after_the_server_drops_it(dovecot, imap_mailbox):
    woken = threading.Event()
    watcher = IdleWatcher(imap_mailbox(idle=True), woken.set, reconnect=Reconnect(first_delay=0.05))
    watcher.start()
    try:
        assert watcher.wait_until_idling(10)
        connections = watcher.connections
        dovecot.kick()
        deadline = time.monotonic() + 10
        while watcher.connections == connections and time.monotonic() < deadline:
            time.sleep(0.05)
        assert watcher.wait_until_idling(10)
        assert watcher.connections > connections
        woken.clear()
        dovecot.deliver([support_email(2)])
        assert woken.wait(10)
    finally:
        watcher.stop()
        watcher.join(10)


# -- Maildir ------------------------------------------------------------------


def make_maildir(root: Path, emails: dict[str, tuple[str, bytes, int]]) -> Path:
    for sub in ("new", "cur", "tmp"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    for name, (sub, raw, mtime) in emails.items():
        path = root / sub / name
        path.write_bytes(raw)
        os.utime(path, (mtime, mtime))
    return root


def test_maildir_reads_new_and_cur_oldest_first_without_touching_files(tmp_path):
    a, b, c = support_email(1), support_email(2), support_email(3)
    root = make_maildir(tmp_path / "md", {
        "1700000300.M1.host": ("new", a, 1_700_000_300),
        "1700000100.M2.host:2,S": ("cur", b, 1_700_000_100),
        "1700000200.M3.host": ("new", c, 1_700_000_200),
    })
    before = sorted((p.relative_to(root), p.stat().st_mtime_ns) for p in root.rglob("*") if p.is_file())

    source = MaildirSource(mailbox_settings(maildir=str(root)), root)
    fetched = read_all(source)

    assert [f.raw for f in fetched] == [b, c, a]
    assert [f.uid for f in fetched] == ["1700000100.M2.host", "1700000200.M3.host", "1700000300.M1.host"]
    assert {f.uidvalidity for f in fetched} == {0}
    assert fetched[0].internaldate.timestamp() == 1_700_000_100
    after = sorted((p.relative_to(root), p.stat().st_mtime_ns) for p in root.rglob("*") if p.is_file())
    assert after == before


def test_maildir_key_is_stable_when_a_reader_moves_the_message_to_cur(tmp_path):
    root = make_maildir(tmp_path / "md", {"111.M1.host": ("new", support_email(1), 1_700_000_000)})
    source = MaildirSource(mailbox_settings(maildir=str(root)), root)
    first = read_all(source)
    os.rename(root / "new" / "111.M1.host", root / "cur" / "111.M1.host:2,S")
    second = read_all(source)
    assert [f.uid for f in first] == [f.uid for f in second] == ["111.M1.host"]


def test_maildir_over_max_bytes_is_not_read(tmp_path):
    big = support_email(1, pad_to=5000)
    root = make_maildir(tmp_path / "md", {"1.M1.h": ("new", big, 1_700_000_000)})
    fetched = read_all(MaildirSource(mailbox_settings(maildir=str(root), max_bytes=1024), root))
    assert fetched[0].raw is None and fetched[0].size == len(big)


def test_a_missing_maildir_is_a_source_error(tmp_path):
    source = MaildirSource(mailbox_settings(name="local-demo", maildir="x"), tmp_path / "nowhere")
    with pytest.raises(SourceError, match="local-demo: .*nowhere: not a Maildir"):
        read_all(source)


def test_open_source_picks_maildir_relative_to_the_project_folder(tmp_path):
    from types import SimpleNamespace

    config = SimpleNamespace(path=tmp_path / "config" / "mailbot.toml")
    source = open_source(mailbox_settings(maildir="var/demo-maildir"), config)
    assert isinstance(source, MaildirSource)
    assert source.path == tmp_path / "var" / "demo-maildir"
    imap = open_source(mailbox_settings(host="imap.example.com"), config)
    assert isinstance(imap, ImapSource)


@integration
def test_a_poll_searches_only_the_uids_above_its_position(dovecot, imap_mailbox, monkeypatch):
    """``UID SEARCH UID n:*`` is answered by Dovecot with the new UIDs only
    (not the whole folder); ``*`` is the highest UID, so a position at or past
    it is answered with that one UID at most, and nothing is fetched."""
    import imapclient

    emails = varied_emails(50)
    dovecot.deliver(emails)
    answers: list[tuple[list, list[int]]] = []
    real_search = imapclient.IMAPClient.search

    def recording_search(self, criteria="ALL", charset=None):
        found = real_search(self, criteria, charset)
        answers.append((list(criteria), sorted(found)))
        return found

    monkeypatch.setattr(imapclient.IMAPClient, "search", recording_search)
    source = ImapSource(imap_mailbox())
    everything = read_all(source)
    uids = [int(f.uid) for f in everything]
    assert len(uids) == 50 and answers[-1][1] == uids

    middle = Position(everything[0].uidvalidity, uids[39])
    later = read_all(source, middle)
    assert [f.raw for f in later] == emails[40:]
    criteria, found = answers[-1]
    assert criteria == ["UID", f"{uids[39] + 1}:*"] and found == uids[40:]  # ten UIDs, not fifty

    for past in (uids[-1], uids[-1] + 1000):  # n above the last UID: "n:*" still matches the last one
        assert read_all(source, Position(everything[0].uidvalidity, past)) == []
        assert len(answers[-1][1]) <= 1
