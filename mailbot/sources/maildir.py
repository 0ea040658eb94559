"""A Maildir read with the standard library: the demo's mailbox, and bots
running on the mail host.

Messages are only read, never moved from ``new/`` to ``cur/``, flagged or
deleted.  A Maildir has no UIDs: the UID handed over is the message's key (the
file name without its ``:2,`` flags) and UIDVALIDITY is 0, so every pass lists
the whole folder and the store's unique key (mailbox, 0, key) drops what it
already has.  The internal date is the file's modification time.
"""

from __future__ import annotations

import logging
import mailbox as stdlib_mailbox
import os
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

from mailbot.config.app import Mailbox
from mailbot.errors import SourceError
from mailbot.sources.base import Fetched, Position

log = logging.getLogger(__name__)


class MaildirSource:
    """The :class:`~mailbot.sources.base.Source` of one Maildir folder."""

    def __init__(self, mailbox: Mailbox, path: Path | str, *, create: bool = False):
        self.mailbox = mailbox
        self.name = mailbox.name
        self.path = Path(path)
        self.create = create
        self._maildir: stdlib_mailbox.Maildir | None = None

    def open(self) -> stdlib_mailbox.Maildir:
        if self._maildir is None:
            if not self.create and not (self.path / "cur").is_dir():
                raise SourceError(f"mailbox {self.name}: {self.path}: not a Maildir (no cur/ folder)")
            try:
                self._maildir = stdlib_mailbox.Maildir(self.path, factory=None, create=self.create)
            except OSError as e:
                raise SourceError(f"mailbox {self.name}: {self.path}: {e.strerror}") from None
        return self._maildir

    def fetch_new(self, position: Position | None) -> Iterator[Fetched]:
        """Yield every email of the Maildir, oldest file first.

        ``position`` is not used: a Maildir has no UIDs; the store recognises
        the emails it already has by their key."""
        maildir = self.open()
        limit = self.mailbox.max_bytes
        for key, path, stat in self._listing(maildir):
            raw = None
            if stat.st_size <= limit:
                try:
                    raw = path.read_bytes()
                except FileNotFoundError:
                    continue  # removed meanwhile by someone else
                except OSError as e:
                    raise SourceError(f"mailbox {self.name}: {path}: {e.strerror}") from None
            else:
                log.warning("mailbox %s: %s is %d bytes, over max_bytes %d: not read",
                            self.name, key, stat.st_size, limit)
            yield Fetched(mailbox=self.name, uidvalidity=0, uid=key, raw=raw, size=stat.st_size,
                          internaldate=datetime.fromtimestamp(stat.st_mtime, timezone.utc))

    def _listing(self, maildir: stdlib_mailbox.Maildir) -> list[tuple[str, Path, os.stat_result]]:
        """(key, file, stat) of every message in new/ and cur/, oldest first."""
        found = []
        for sub in ("new", "cur"):
            try:
                entries = list(os.scandir(self.path / sub))
            except OSError as e:
                raise SourceError(f"mailbox {self.name}: {self.path / sub}: {e.strerror}") from None
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                try:
                    stat = entry.stat()
                except FileNotFoundError:
                    continue  # moved between new/ and cur/ by a mail reader
                if not os.path.isfile(entry.path):
                    continue
                key = entry.name.split(maildir.colon)[0]
                found.append((key, Path(entry.path), stat))
        found.sort(key=lambda item: (item[2].st_mtime_ns, item[0]))
        return found

    def done(self, fetched: Fetched) -> None:
        """A Maildir is never modified."""

    def close(self) -> None:
        self._maildir = None
