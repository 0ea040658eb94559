"""How fast approved replies go out to a local aiosmtpd, and what a sign-in
(scrypt) costs.  Prints figures; asserts nothing.

    python bench/send_bench.py [DRAFTS]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mailbot.service.review import approve_draft  # noqa: E402
from mailbot.service.send import send_approved  # noqa: E402
from mailbot.store.users import add_user, authenticate  # noqa: E402
from tests.casework import CLOCK, Inbox, charged_twice, make_config, open_store, pending_drafts  # noqa: E402
from tests.smtpd import TestSmtpServer  # noqa: E402


def main(count: int) -> None:
    server = TestSmtpServer()
    server.start()
    try:
        with tempfile.TemporaryDirectory() as folder:
            cfg = make_config(server.port)
            store = open_store(Path(folder), cfg)
            inbox = Inbox(cfg, store)
            for i in range(count):
                inbox.deliver(charged_twice(f"<b{i}@example.in>", sender=f"Customer {i} <c{i}@example.in>"))
            drafts = pending_drafts(store)
            started = time.perf_counter()
            for d in drafts:
                approve_draft(store, d.id, who="bench", now=CLOCK.now())
            approving = time.perf_counter() - started
            started = time.perf_counter()
            report = send_approved(cfg, store, CLOCK, sent_copy=lambda *a: None)
            sending = time.perf_counter() - started
            assert len(report.sent) == len(drafts) == len(server.received)
            with store.begin() as conn:
                add_user(conn, "bench", "staff", "a long bench password", CLOCK.now())
            started = time.perf_counter()
            for _ in range(10):
                with store.connect() as conn:
                    authenticate(conn, "bench", "a long bench password")
            signing_in = (time.perf_counter() - started) / 10
            store.close()
    finally:
        server.stop()
    print(f"{len(drafts)} drafts: approve {approving / len(drafts) * 1000:.1f} ms each; "
          f"send run {sending:.2f} s = {len(drafts) / sending:.0f} replies/s "
          f"({sending / len(drafts) * 1000:.1f} ms each, one SMTP connection, two commits per reply)")
    print(f"sign-in (scrypt n=2**14, r=8, p=1): {signing_in * 1000:.0f} ms")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
