"""A real SMTP server for the tests: aiosmtpd's Controller on 127.0.0.1 (a
free port) with a handler that records every message it accepts and can be
told to answer 451 or 550 instead.

Use the ``smtpd`` fixture (import it into the test module).  aiosmtpd is a
pip package listed in the test extras; when it is missing the tests skip,
or fail under ``MAILBOT_REQUIRE_SERVERS=1``.
"""

from __future__ import annotations

import email
import errno
import email.policy
import socket
from dataclasses import dataclass, field

import pytest

ANSWERS = {
    "451": "451 4.3.0 Try again later (test server)",
    "550": "550 5.7.1 Relaying denied: the test server refuses this message",
}


@dataclass
class Received:
    """One message as the server took it."""

    sender: str
    recipients: list[str]
    data: bytes

    @property
    def message(self) -> email.message.EmailMessage:
        return email.message_from_bytes(self.data, policy=email.policy.default)


@dataclass
class RecordingHandler:
    """An aiosmtpd handler with only ``handle_DATA``: records the message, or
    answers ``answer`` ("451" or "550") while it is set."""

    received: list[Received] = field(default_factory=list)
    refused: list[Received] = field(default_factory=list)
    answer: str | None = None

    async def handle_DATA(self, server, session, envelope) -> str:
        item = Received(envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content or envelope.content)
        if self.answer:
            self.refused.append(item)
            return ANSWERS[self.answer]
        self.received.append(item)
        return "250 2.0.0 OK: queued"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class TestSmtpServer:
    __test__ = False

    def __init__(self):
        from aiosmtpd.controller import Controller

        self.handler = RecordingHandler()
        self.port = free_port()
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)

    @property
    def received(self) -> list[Received]:
        return self.handler.received

    def answer(self, code: str | None) -> None:
        self.handler.answer = code

    def start(self, tries: int = 5) -> None:
        """Start, on a new free port when the chosen one was taken before the
        server could bind it (pytest-xdist workers and other suites pick free
        ports too)."""
        from aiosmtpd.controller import Controller

        for attempt in range(1, tries + 1):
            try:
                self.controller.start()
                return
            except OSError as e:
                if attempt == tries or e.errno != errno.EADDRINUSE:
                    raise
                self.port = free_port()
                self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)

    def stop(self) -> None:
        self.controller.stop()


@pytest.fixture
def smtpd():
    try:
        import aiosmtpd  # noqa: F401
    except ImportError:
        from tests.conftest import missing_server

        missing_server("aiosmtpd")
    server = TestSmtpServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()
