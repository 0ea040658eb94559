"""What the staff queues and search cost on a store of many cases (SQLite):
the navigation counts, one sorted queue page, the first search (which
indexes every case) and a search once indexed.  Prints figures; asserts nothing.

    python bench/queues_bench.py [CASES]
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mailbot.store import cases as case_store  # noqa: E402
from mailbot.store import messages as message_store  # noqa: E402
from mailbot.store import queues  # noqa: E402
from mailbot.store.database import Store, upgrade  # noqa: E402
from mailbot.store.search import search_cases  # noqa: E402

START = datetime(2025, 9, 1, tzinfo=timezone.utc)
STATUSES = ("pending", "escalated", "sent", "rejected", None)


def email(n: int) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"customer{n}@example.in"
    msg["To"] = "support@leadsoptima.com"
    msg["Subject"] = f"Refund request {n}"
    msg["Message-ID"] = f"<bench-{n}@example.in>"
    msg.set_content(f"I was charged twice for my plan, invoice LO-INV-{10000 + n}. Please refund the duplicate.\n"
                    * 5)
    return msg.as_bytes()


def fill(store: Store, count: int) -> None:
    with store.begin() as conn:
        for n in range(count):
            now = START + timedelta(minutes=n)
            case_id, reference = case_store.open_case(conn, brand="leadsoptima", prefix="LO",
                                                      customer=f"customer{n}@example.in", subject=f"Refund {n}",
                                                      request_time=now, now=now)
            case_store.update_case(conn, case_id, status="decided", outcome="approve", fields=None, now=now,
                                   reference=reference)
            message_store.add_message(conn, mailbox="lo", uidvalidity=1, uid=str(n), brand="leadsoptima",
                                      size=1000, raw=email(n), internaldate=now, status="case", now=now,
                                      case_id=case_id)
            status = STATUSES[n % len(STATUSES)]
            if status:
                draft = case_store.add_draft(conn, case_id, decision_id=None, template="leadsoptima/refund_approved",
                                             subject="Re: Refund", body="Hello", to_address=f"customer{n}@example.in",
                                             in_reply_to=None, message_id=f"<d{n}@x>", now=now)
                case_store.change_draft(conn, draft, expected="pending", now=now, status=status)


def timed(what: str, run, repeat: int = 1):
    started = time.perf_counter()
    for _ in range(repeat):
        result = run()
    print(f"{what:<44} {(time.perf_counter() - started) / repeat * 1000:9.1f} ms")
    return result


def main(count: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'bench.db'}"
        upgrade(url)
        store = Store.open(url)
        fill(store, count)
        now = START + timedelta(days=60)
        print(f"{count} cases, one email each (SQLite; machine shared, figures noisy)")
        with store.connect() as conn:
            timed("navigation counts (every queue)", lambda: queues.queue_counts(conn), 20)
            timed("review queue, page 1 of 50, by request time", lambda: queues.queue_rows(
                conn, state="review", limit=50), 20)
            timed("sent queue sorted by customer, descending", lambda: queues.queue_rows(
                conn, state="sent", sort="customer", descending=True, limit=50), 20)
        from mailbot.store.search import refresh_index

        with store.begin() as conn:
            timed(f"index {count} cases (the worker's job)", lambda: refresh_index(conn, now))
        with store.begin() as conn:
            found = timed("search by invoice, once indexed", lambda: search_cases(conn, "LO-INV-10007", now), 20)
            timed("search by words, once indexed", lambda: search_cases(conn, "charged twice duplicate", now), 20)
        print(f"found {len(found)} case(s) for LO-INV-10007")
        store.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
