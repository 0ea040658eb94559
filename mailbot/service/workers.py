"""Reading fetched emails in worker processes while the main process stores them.

Reading an email (parse: MIME, HTML to text, quotes and signature; screen:
C7; extract: the request's fields and intents) is pure: it needs only the
bytes, the mailbox's brand, the language packs and the ledger's project
names.  So a poll hands the raw bytes to a worker process, which runs a
:class:`~mailbot.reading.intake.Reader` and sends back a
:class:`~mailbot.reading.intake.Reading`, while the main process threads,
decides against the ledger, drafts and commits the emails before it, in
order, several per transaction (group commit).

Workers never touch the database: they receive bytes and send back
readings.  They are forked by a zygote, ``python -m mailbot.reading.serve``
(:mod:`mailbot.service.processes`: nothing of the parent's database or IMAP
connections is inherited, only the reading modules are imported, and the
workers share what the zygote built; no ``multiprocessing`` resource tracker
beside them), fed and answering through pipes; they ignore Ctrl-C and SIGTERM (a service manager
signals the whole group; the main process finishes the email in hand, then
stops them), and exit on their own as soon as the main process is gone, even
after ``kill -9``.

This module is how a poll uses them: how many (:func:`worker_count`), when (:data:`SMALL_BATCH`), and
its emails fed ahead of the store and taken back in order (:func:`parsed_in_order`, :data:`WINDOW`).
The workers themselves, seen from the main process, are :mod:`mailbot.service.worker_pool`.
"""

from __future__ import annotations

import functools
import logging
from collections import deque
from typing import TYPE_CHECKING, Iterable, Iterator

from mailbot.reading.limits import ReadLimits
from mailbot.reading.serve import ParseWorkerError
from mailbot.service.worker_pool import ParseWorkers, Parsed
from mailbot.sources.base import Fetched

if TYPE_CHECKING:
    from mailbot.service.standing import StandingWorkers

log = logging.getLogger(__name__)

AUTO = "auto"
SMALL_BATCH = 32
"""A poll with fewer new emails than this starts one worker, not
``parse_workers`` (and none when emails have no time budget): see
:func:`parsed_in_order`."""
WINDOW = 64
WINDOW_BYTES = 4 * 1024 * 1024
"""How far the workers may run ahead of the store: emails, and their bytes."""


def worker_count(setting: int | str, cores: int | None = None) -> int:
    """The number of parse processes for the ``parse_workers`` setting.

    Decision (issue 8): ``auto`` is one worker whatever the number of cores.
    One, not none on a single core: the time budget of an email
    (``email_seconds``) can only be enforced on a worker.  One, not one per
    core: each further worker adds about 35 MB (PSS; more in RSS) to the
    process tree, which then no longer fits the 100 MB goal (measured by
    ``bench/ingest_bench.py``); set a number to trade memory for throughput.
    ``cores`` is kept for callers that pass it."""
    if setting == AUTO:
        return 1
    return int(setting)


def source_label(mailbox: str, fetched: Fetched) -> str:
    """Where the bytes came from, as the parsed message's ``source``."""
    return f"{mailbox}:{fetched.uid}"



def parsed_in_order(fetched: Iterable[Fetched], mailbox: str, processes: int, parse=None,
                    parse_while_starting: bool = True, limits: ReadLimits | None = None,
                    email_seconds: float | None = None,
                    standing: StandingWorkers | None = None,
                    memory_mb: int = 0) -> Iterator[tuple[Fetched, Parsed | None]]:
    """Every fetched email, oldest first, with its parse when a worker made it
    (None: the ingestor parses it in-process).

    With ``processes`` above 0, all of them are started when at least
    :data:`SMALL_BATCH` emails are waiting.  A smaller poll (an IDLE wake-up
    brings one or two) is read by one worker when the emails have a time
    budget (``email_seconds``): reading in-process could not be stopped, and a
    hostile email in a small poll would hang the mailbox; without a budget it
    is read in-process (a worker would cost more to start than it saves).
    While the workers start, the first emails are parsed in-process unless
    ``parse_while_starting`` is False (every email then goes through them, and
    so under the budget).  A worker that dies fails the email it had in hand
    (with its error) and is replaced (:meth:`ParseWorkers._replace_dead`); past
    :data:`REPLACED_DEATHS` deaths, or when it names no email, the rest of the
    poll is parsed in-process.  The
    workers are stopped when the caller stops iterating, whatever the reason.
    ``limits`` are the read limits of :func:`parse_message` (when it is the
    parse); ``email_seconds`` the time budget of one email in a worker.
    ``standing``: workers kept from poll to poll, used for a poll of any
    size when free (:class:`StandingWorkers`).  Decision: a small poll that
    comes while they are still starting (the first second or two after
    ``mailbot run`` starts) is read in-process, without the time budget,
    rather than wait for them: an IDLE email's draft is due within 2 s.
    ``memory_mb``: a worker whose RSS passes it retires after its batch and a
    fresh one takes the rest (:mod:`mailbot.reading.retire`; 0: never)."""
    if parse is None:  # the parser, imported only now (see mailbot.reading.intake.Reader.parse)
        from mailbot.reading.parse import parse_message

        parse = parse_message if limits is None else functools.partial(parse_message, limits=limits)
    emails = iter(fetched)
    ahead: deque[Fetched] = deque()
    if processes > 0:
        for email in emails:
            ahead.append(email)
            if len(ahead) >= SMALL_BATCH:
                break
    small = len(ahead) < SMALL_BATCH
    if processes <= 0 or (small and not (email_seconds and any(e.raw is not None for e in ahead))):
        yield from ((email, None) for email in ahead)
        yield from ((email, None) for email in emails)
        return
    if standing is not None and ahead:
        with standing.lend(parse) as lent:
            if lent is not None and (lent.ready or not small):
                if not parse_while_starting:
                    lent.wait_ready()
                yield from _through_workers(lent, ahead, emails, mailbox)
                return
            if lent is not None:  # still starting (just after `mailbot run` started): no wait, see above
                yield from ((email, None) for email in ahead)
                yield from ((email, None) for email in emails)
                return
    if small:
        processes = 1
    workers = ParseWorkers(processes, parse, email_seconds, memory_mb)
    try:
        if not parse_while_starting:
            workers.wait_ready()
        yield from _through_workers(workers, ahead, emails, mailbox)
    finally:
        workers.close()


def read_in_worker(reader, raw: bytes, source: str, email_seconds: float | None) -> Parsed:
    """One email read by a worker of its own, under the time budget (``mailbot
    retry``): a hostile email is stopped as at ingest, never hangs the command."""
    workers = ParseWorkers(1, reader, email_seconds)
    try:
        workers.wait_ready()
        workers.submit(1, raw, source)
        return workers.result(1)
    except ParseWorkerError as error:
        return Parsed(error=error)
    finally:
        workers.close()


def _through_workers(workers: ParseWorkers, ahead: deque[Fetched], emails: Iterator[Fetched],
                     mailbox: str) -> Iterator[tuple[Fetched, Parsed | None]]:
    submitted: dict[int, int] = {}  # id of a queued Fetched -> its sequence number
    seq = 0
    in_flight_bytes = 0
    exhausted = caught_up = False

    def submit(email: Fetched) -> None:
        nonlocal seq, in_flight_bytes
        if email.raw is not None:
            seq += 1
            submitted[id(email)] = seq
            in_flight_bytes += len(email.raw)
            workers.submit(seq, email.raw, source_label(mailbox, email))

    while ahead or not exhausted:
        if workers is not None and workers.ready:  # keep the workers busy ahead of the store
            if not caught_up:  # the emails pulled while they started
                for email in ahead:
                    submit(email)
                caught_up = True
            while not exhausted and len(ahead) < WINDOW and in_flight_bytes < WINDOW_BYTES:
                email = next(emails, None)
                if email is None:
                    exhausted = True
                    break
                ahead.append(email)
                submit(email)
        if not ahead:
            email = next(emails, None)
            if email is None:
                exhausted = True
                continue
            ahead.append(email)
        email = ahead.popleft()
        number = submitted.pop(id(email), None)
        if number is None:
            yield email, None
            continue
        in_flight_bytes -= len(email.raw or b"")
        try:
            parsed = workers.result(number)
        except ParseWorkerError as error:  # this email fails; the rest are parsed here
            log.error("mailbox %s: %s; parsing in-process from now on", mailbox, error)
            workers = None
            submitted.clear()
            parsed = Parsed(error=error)
        yield email, parsed
