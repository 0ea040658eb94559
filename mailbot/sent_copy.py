"""A copy of each sent reply in the brand mailbox's Sent folder (IMAP APPEND),
so the team's own mail client shows the whole thread.

Its own short imapclient connection, with the mailbox's settings: TLS as
configured (``ssl`` or ``starttls``; plain only to 127.0.0.1), the password
from the environment variable ``password_env``.  The folder is created when
missing.  A failure raises :class:`SentCopyError`; the sender logs it and
records it in the audit log, and the reply stays sent.
"""

from __future__ import annotations

import imaplib
import logging
import os
import socket
import ssl
from datetime import datetime
from typing import Mapping

import imapclient
from imapclient.exceptions import IMAPClientError

from mailbot.config.app import Mailbox
from mailbot.errors import MailbotError, OAuthError

log = logging.getLogger(__name__)

PLAIN_HOSTS = ("127.0.0.1",)
TIMEOUT = 30.0
IMAP_ERRORS = (imaplib.IMAP4.error, IMAPClientError, OSError, socket.timeout, ssl.SSLError, EOFError)


class SentCopyError(MailbotError):
    """Raised when the copy of a sent reply cannot be appended; the message
    names the mailbox and folder, never the password."""


def append_sent_copy(mailbox: Mailbox, folder: str, message: bytes, when: datetime, *,
                     environ: Mapping[str, str] | None = None, timeout: float = TIMEOUT,
                     ssl_context: ssl.SSLContext | None = None, credentials=None) -> None:
    """APPEND ``message`` to ``folder`` of ``mailbox``, marked as read;
    ``credentials`` signs in with OAuth2 (``auth = "xoauth2"``) instead of the password."""
    where = f"mailbox {mailbox.name}: folder {folder}"
    if mailbox.is_maildir or not mailbox.host:
        raise SentCopyError(f"{where}: not an IMAP mailbox")
    if mailbox.security == "none" and mailbox.host not in PLAIN_HOSTS:
        raise SentCopyError(f"mailbox {mailbox.name}: security 'none' is allowed only for 127.0.0.1, "
                            f"not {mailbox.host}")
    environ = os.environ if environ is None else environ
    password = environ.get(mailbox.password_env) if mailbox.password_env else None
    if password is None and credentials is None:
        raise SentCopyError(f"mailbox {mailbox.name}: environment variable "
                            f"{mailbox.password_env or '(password_env)'} is not set")
    context = ssl_context or ssl.create_default_context()
    client = None
    try:
        client = imapclient.IMAPClient(mailbox.host, port=mailbox.port, ssl=mailbox.security == "ssl",
                                       ssl_context=context if mailbox.security == "ssl" else None,
                                       timeout=timeout)
        if mailbox.security == "starttls":
            client.starttls(context)
        if credentials is not None:
            credentials.imap_login(client, mailbox.username)
        else:
            client.login(mailbox.username, password)
        if not client.folder_exists(folder):
            client.create_folder(folder)
        client.append(folder, message, flags=(imapclient.SEEN,), msg_time=when)
        log.debug("%s: appended a sent reply (%d bytes)", where, len(message))
    except IMAP_ERRORS as e:
        text = str(e).replace(password, "***") if password else str(e)
        raise SentCopyError(f"{where}: {' '.join(text.split()) or type(e).__name__}") from None
    except OAuthError as e:  # no usable token: the reply stays sent, the copy is reported
        raise SentCopyError(f"{where}: {e}") from None
    finally:
        if client is not None:
            try:
                client.logout()
            except IMAP_ERRORS:
                pass
