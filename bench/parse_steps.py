"""Where the time of ``parse_message`` goes, step by step, on the benchmark mail.

    python bench/parse_steps.py [--count 1000] [--repeat 3]

Reads the support mail of ``bench/mailgen.py`` (seed 7, the mail of
``bench/triage_bench.py``) and times, in process CPU time (steadier than the
wall clock on a shared machine; the best of ``--repeat`` runs), each step
``parse_message`` takes, in its order: the MIME tree within the limits
(``fastmime`` or the stdlib feed parser, as taken), header fields,
addresses, the screened headers, Message-IDs and subject, the date, the body
walk, ``split_reply`` and ``find_forward``; then ``parse_message`` whole,
with the fast MIME path and without it, and the screen step (C7).  Also
prints how many emails the fast MIME path took.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from mailgen import support_mailbox  # noqa: E402

from mailbot.reading import fastmime  # noqa: E402
from mailbot.reading.decoding import decode_header_text  # noqa: E402
from mailbot.reading.headers import (AUTO_HEADERS, RECIPIENT_HEADERS, Headers, addresses,  # noqa: E402
                                     message_ids, parse_date)
from mailbot.reading.limits import DEFAULT_LIMITS  # noqa: E402
from mailbot.reading.mimetree import Body, read_body  # noqa: E402
from mailbot.reading.parse import _mime, _normalise, parse_message  # noqa: E402
from mailbot.reading.quotes import find_forward, split_reply  # noqa: E402
from mailbot.reading.screen import why_ignored  # noqa: E402


def steps(emails: list[bytes]) -> dict[str, float]:
    spent: dict[str, float] = {}

    def timed(name, function, *args):
        started = time.process_time()
        result = function(*args)
        spent[name] = spent.get(name, 0.0) + time.process_time() - started
        return result

    limits = DEFAULT_LIMITS
    for raw in emails:
        msg, _, _ = timed("MIME tree (+ limits)", _mime, raw, "", limits)
        headers = timed("header fields", Headers, msg)

        def all_addresses():
            addresses(headers.all.get("from", []), limits)
            for name in RECIPIENT_HEADERS:
                if headers.all.get(name):
                    addresses(headers.all[name], limits)
            addresses(headers.all.get("reply-to", []), limits)

        def screened_ids_subject():
            for name in (*AUTO_HEADERS, "content-type"):
                if headers.get(name) is not None:
                    decode_header_text(headers.get(name), limits.header_chars)
            for name in ("message-id", "in-reply-to", "references"):
                message_ids(headers.get(name))
            decode_header_text(headers.get("subject"), limits.header_chars)

        timed("addresses", all_addresses)
        timed("screened headers, ids, subject", screened_ids_subject)
        timed("date", parse_date, headers.get("date"), [])
        text = timed("body walk + text", lambda: _normalise(read_body(msg, Body(limits))))
        timed("split_reply", split_reply, text)
        timed("find_forward", find_forward, text)
    return spent


def whole(emails: list[bytes], fast: bool) -> tuple[float, list]:
    original = fastmime.message_from_bytes
    if not fast:
        fastmime.message_from_bytes = lambda raw: None
    try:
        started = time.process_time()
        parsed = [parse_message(raw) for raw in emails]
        return time.process_time() - started, parsed
    finally:
        fastmime.message_from_bytes = original


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    emails = [raw for raw, _ in support_mailbox(args.count, seed=7)]
    per = 1e6 / len(emails)
    best: dict[str, float] = {}
    for _ in range(args.repeat):
        for name, seconds in steps(emails).items():
            best[name] = min(best.get(name, seconds), seconds)
    print(f"benchmark mail: {len(emails)} emails (bench/mailgen.py, seed 7); CPU µs/email, best of {args.repeat}")
    for name, seconds in best.items():
        print(f"  {name:<34} {seconds * per:7.1f}")
    print(f"  {'(sum of the steps)':<34} {sum(best.values()) * per:7.1f}")
    fast_runs, slow_runs = [], []
    for _ in range(args.repeat):
        fast_runs.append(whole(emails, True)[0])
        slow_runs.append(whole(emails, False)[0])
    _, parsed = whole(emails, True)
    taken = sum(fastmime.message_from_bytes(raw) is not None for raw in emails)
    print(f"parse_message, fast MIME path on:  {min(fast_runs) * per:7.1f}  (taken by {taken} of {len(emails)})")
    print(f"parse_message, fast MIME path off: {min(slow_runs) * per:7.1f}")
    started = time.process_time()
    for msg in parsed:
        why_ignored(msg, ("support@leadsoptima.com",))
    print(f"screen (C7): {(time.process_time() - started) * per:7.1f}")
    print("(one core; the machine may be shared with other work: figures are noisy)")


if __name__ == "__main__":
    main()
