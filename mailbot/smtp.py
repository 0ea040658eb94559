"""Handing a reply to the brand's SMTP server with smtplib.

:func:`connect` opens and logs in (``ssl``, ``starttls``, or plain only to
127.0.0.1; the password from the environment variable ``password_env``).
:class:`SmtpSession` runs one SMTP transaction per reply and says how it
ended, in three kinds the sender must treat differently:

- :class:`SmtpTemporary`: not handed over, try again later (a 4xx answer,
  no connection, a lost connection before ``DATA``);
- :class:`SmtpPermanent`: refused for good (a 5xx answer), with the server's words;
- :class:`SmtpUncertain`: the connection broke while the message was being
  handed over, so it may have been delivered: never send it again blindly.

Every refused transaction (sender, recipient, or the message after DATA) is
followed by RSET, so one refusal never leaves the connection inside a
transaction for the next reply ("503 nested MAIL command").  The connection
and every command wait at most the server's ``timeout_seconds``.
"""

from __future__ import annotations

import logging
import os
import smtplib
import socket
import ssl
from typing import Callable, Mapping

from mailbot.config.app import SmtpServer
from mailbot.errors import OAuthError, SendError

log = logging.getLogger(__name__)

PLAIN_HOSTS = ("127.0.0.1", "localhost")
"""``security = "none"`` is refused for any other host (the config check says the same)."""

TIMEOUT = 60.0
"""Seconds for a server without its own ``timeout_seconds`` (a test's SmtpServer)."""

TransportFactory = Callable[[SmtpServer], smtplib.SMTP]
"""Makes a connected, logged-in smtplib connection to a server (tests swap it)."""

CONNECTION_ERRORS = (smtplib.SMTPServerDisconnected, OSError, socket.timeout, ssl.SSLError, EOFError)


class SmtpTemporary(SendError):
    """Not handed over; trying again later may succeed (4xx, connection problems)."""

    def __init__(self, words: str, code: int | None = None):
        super().__init__(words)
        self.code = code


class SmtpPermanent(SendError):
    """The server refused the reply for good (5xx); ``str()`` holds its words."""

    def __init__(self, words: str, code: int | None = None):
        super().__init__(words)
        self.code = code


class SmtpUncertain(SendError):
    """The connection broke while the message was handed over: it may have gone out."""


def server_words(code: int | None, message: bytes | str | None) -> str:
    """The server's answer as one line: ``550 5.7.1 Relaying denied``."""
    text = message.decode("utf-8", "replace") if isinstance(message, bytes) else (message or "")
    text = " ".join(text.split())
    return f"{code} {text}".strip() if code is not None else text


def refused(code: int, message: bytes | str | None, what: str) -> SendError:
    """The error for an SMTP answer ``code`` (4xx temporary, else permanent)."""
    words = f"{what}: {server_words(code, message)}"
    if 400 <= code < 500 or code < 0:
        return SmtpTemporary(words, code)
    return SmtpPermanent(words, code)


def smtp_password(server: SmtpServer, environ: Mapping[str, str] | None = None) -> str | None:
    """The password named by ``password_env``; None for a server without authentication."""
    environ = os.environ if environ is None else environ
    if not server.username:
        return None
    if not server.password_env:
        raise SendError(f"smtp.{server.name}: username is set but password_env is not")
    password = environ.get(server.password_env)
    if password is None:
        raise SendError(f"smtp.{server.name}: environment variable {server.password_env} is not set")
    return password


def connect(server: SmtpServer, *, timeout: float | None = None, ssl_context: ssl.SSLContext | None = None,
            environ: Mapping[str, str] | None = None, credentials=None) -> smtplib.SMTP:
    """A connected, logged-in smtplib connection to ``server``; the socket's
    timeout (``timeout_seconds``) bounds the connection and every command.  With
    ``credentials`` (``auth = "xoauth2"``) it signs in with an OAuth2 token."""
    timeout = timeout if timeout is not None else float(getattr(server, "timeout_seconds", TIMEOUT) or TIMEOUT)
    if server.security == "none" and server.host not in PLAIN_HOSTS:
        raise SendError(f"smtp.{server.name}: security 'none' is allowed only for 127.0.0.1, not {server.host}")
    password = smtp_password(server, environ) if credentials is None else None
    context = ssl_context or ssl.create_default_context()
    if server.security == "ssl":
        client = smtplib.SMTP_SSL(server.host, server.port, timeout=timeout, context=context)
    else:
        client = smtplib.SMTP(server.host, server.port, timeout=timeout)
    try:
        client.ehlo()
        if server.security == "starttls":
            client.starttls(context=context)
            client.ehlo()
        if credentials is not None:
            credentials.smtp_login(client, server.username)
        elif password is not None:
            client.login(server.username, password)
    except BaseException:
        _close(client)
        raise
    return client


def _close(client: smtplib.SMTP | None) -> None:
    if client is None:
        return
    try:
        client.quit()
    except (smtplib.SMTPException, *CONNECTION_ERRORS):
        client.close()


class SmtpSession:
    """A connection to one server, opened on first use and reused for the
    replies of one send run."""

    def __init__(self, server: SmtpServer, factory: TransportFactory | None = None, credentials=None):
        self.server = server
        self.factory = factory or (lambda s: connect(s, credentials=credentials))
        self.client: smtplib.SMTP | None = None
        self.unreachable: str | None = None
        """Why the connection could not be opened in this run (the other replies then wait)."""

    @property
    def where(self) -> str:
        return f"{self.server.host}:{self.server.port}"

    def _open(self) -> smtplib.SMTP:
        if self.client is None:
            try:
                self.client = self.factory(self.server)
            except (SendError, OAuthError) as e:  # OAuthError: no usable token (SignInNeeded among them)
                self.unreachable = str(e)
            except smtplib.SMTPResponseException as e:  # refused greeting or login: the server's words
                self.unreachable = f"{self.where}: {server_words(e.smtp_code, e.smtp_error)}"
            except (smtplib.SMTPException, *CONNECTION_ERRORS) as e:
                self.unreachable = f"{self.where}: cannot connect: {e or type(e).__name__}"
            if self.client is None:
                raise SmtpTemporary(self.unreachable)
        return self.client

    def send(self, message: bytes, sender: str, recipients: list[str]) -> None:
        """One SMTP transaction; raises SmtpTemporary, SmtpPermanent or SmtpUncertain."""
        client = self._open()
        try:
            client.ehlo_or_helo_if_needed()
            code, answer = client.mail(sender)
            if code == 503:  # out of sequence: the connection's state, not this reply's fault
                self.drop()
                raise SmtpTemporary(f"{self.where} answered MAIL out of sequence: "
                                    f"{server_words(code, answer)}; a new connection is tried later", code)
            if code != 250:
                self._reset()
                raise refused(code, answer, f"{self.where} refused the sender {sender}")
            for recipient in recipients:
                code, answer = client.rcpt(recipient)
                if code not in (250, 251):
                    self._reset()
                    raise refused(code, answer, f"{self.where} refused the recipient {recipient}")
        except smtplib.SMTPHeloError as e:
            self.drop()
            raise SmtpTemporary(f"{self.where}: {server_words(e.smtp_code, e.smtp_error)}", e.smtp_code) from None
        except CONNECTION_ERRORS as e:
            self.drop()
            raise SmtpTemporary(f"{self.where}: connection lost before the message: {e or type(e).__name__}") from None
        try:
            code, answer = client.data(message)
        except smtplib.SMTPDataError as e:  # DATA itself refused: the message was not taken
            self._reset()
            raise refused(e.smtp_code, e.smtp_error, f"{self.where} refused the message") from None
        except CONNECTION_ERRORS as e:
            self.drop()
            raise SmtpUncertain(f"{self.where}: connection lost while handing over the message "
                                f"({e or type(e).__name__}); it may have been delivered") from None
        if code != 250:  # the server answered after the message: not taken; end the transaction
            self._reset()
            raise refused(code, answer, f"{self.where} refused the message")

    def _reset(self) -> None:
        try:
            self.client.rset()
        except (smtplib.SMTPException, *CONNECTION_ERRORS):
            self.drop()

    def drop(self) -> None:
        """Forget a broken connection (the next send opens a new one)."""
        client, self.client = self.client, None
        if client is not None:
            try:
                client.close()
            except OSError:
                pass

    def close(self) -> None:
        client, self.client = self.client, None
        _close(client)
