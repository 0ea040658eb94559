"""A parse worker's memory bound (setting ``worker_memory_mb``): a worker past it retires.

Why (issue 8, bounded memory whatever arrives): a parse worker's memory grows with the variety of
the mail it reads, not with its amount: the pattern engine's automaton states (RE2 builds them
as texts need them, up to each program's budget), the patterns compiled alone for positions and
the pieces' confirm patterns (built on first use), RE2's own caches.  Measured (perf27a,
``bench/worker_memory.py``, one worker): ~45 MB RSS once prepared, ~72 MB after 2,000 benchmark
emails (``bench/mailgen.py``), ~247 MB after all 6,870 held-out emails of six languages as well.
Workers kept from poll to poll (``mailbot run``) and a 50,000-email backlog would pass any bound.

Decision: rather than cap each cache (many owners, some inside RE2), a worker whose own RSS has
passed the bound finishes the batch it has in hand, returns it, says it is retiring (a message,
not a death: :data:`mailbot.reading.serve.RETIRING`) and exits; the main process hands the
emails it had not started to a fresh worker from a zygote
(:meth:`mailbot.service.worker_pool.ParseWorkers._retire`).  Nothing is lost, nothing read
twice, the order of storing is the caller's as always; no email fails and no death is counted.
The bound is checked between batches only (one ``/proc/self/statm`` read, ~10 µs, a batch of up
to 32 emails), so a worker can pass it by what one batch adds; the cost of a retirement is a
fresh worker's start (~0.5 s of one core: ``prepare``) and the automaton states it builds again,
so the bound is set where ordinary mail never reaches it.

Measured (perf27c, ``bench/worker_retirement.py``: one worker, 2,000 benchmark emails then the
7,238 held-out emails of six languages, shared machine, load 3.5-7.5): without a bound the
worker's peak RSS is 76 MB on the benchmark mail and 259 MB after the held-out mail.  With the
default, 120 MB: 75 MB and no retirement on the benchmark mail (bound/main 342/344, 255/215
emails/s alternated: no cost), 129-130 MB peak over the held-out mail, at 34 retirements (one
every ~210 of those emails) and about a third of their throughput (44-54 vs 113-165 emails/s).
160 MB: 169 MB peak, 17 retirements, 65 emails/s; 200 MB: 203 MB, 5 retirements, 133 emails/s.
Decision: 120 MB (the bound matters for memory; six languages back to back is the worst case
of variety, a brand's mailbox is mostly one or two); ``0`` turns it off.
"""

from __future__ import annotations

import os

PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def resident_bytes() -> int:
    """This process's resident set (RSS) in bytes, from ``/proc/self/statm``; 0 where there is none."""
    try:
        with open("/proc/self/statm", "rb") as statm:
            return int(statm.read().split()[1]) * PAGE
    except (OSError, ValueError, IndexError):
        return 0


def past_bound(memory_bytes: int) -> int:
    """This process's RSS when ``memory_bytes`` is set (above 0) and it is past it, else 0."""
    if memory_bytes <= 0:
        return 0
    rss = resident_bytes()
    return rss if rss > memory_bytes else 0
