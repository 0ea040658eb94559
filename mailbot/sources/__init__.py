"""Where emails come from: IMAP mailboxes, Maildirs, files.

Every source yields :class:`Fetched` values; the service layer parses,
triages and stores them, then tells the source the message is done.
"""

from __future__ import annotations

import ssl
from pathlib import Path
from typing import TYPE_CHECKING

from mailbot.config.app import Mailbox
from mailbot.sources.base import Fetched, Position, Source

if TYPE_CHECKING:
    from mailbot.config import Config

__all__ = ["Fetched", "Position", "Source", "open_source", "project_folder"]


def project_folder(config: "Config") -> Path:
    """The folder relative paths in ``mailbot.toml`` start from (as for the database)."""
    from mailbot.config import project_root

    return project_root(config.path)


def open_source(mailbox: Mailbox, config: "Config", *, ssl_context: ssl.SSLContext | None = None,
                store=None) -> Source:
    """The source that reads ``mailbox``: a Maildir when ``maildir`` is set, IMAP otherwise.

    Nothing is connected yet; the first :meth:`Source.fetch_new` connects.
    ``store`` holds the OAuth2 tokens of an ``auth = "xoauth2"`` mailbox
    (default: the configured database, opened when first needed)."""
    if mailbox.is_maildir:
        from mailbot.sources.maildir import MaildirSource

        path = Path(mailbox.maildir)
        if not path.is_absolute():
            path = project_folder(config) / path
        return MaildirSource(mailbox, path)
    from mailbot.oauth.credentials import credentials_for
    from mailbot.sources.imap import ImapSource

    return ImapSource(mailbox, ssl_context=ssl_context, credentials=credentials_for(mailbox, config, store=store))
