"""How fast ``mailbot.reading.authres`` reads Authentication-Results headers,
and that hostile headers cost time in proportion to their length (no
backtracking): µs per header for typical headers and for pathological ones of
growing length up to the reader's bound.

    python bench/authres_bench.py [--count 20000]
"""

from __future__ import annotations

import argparse
import time

from mailbot.models import SenderTrust
from mailbot.reading.authres import MAX_HEADER_CHARS, check_sender, parse_header
from mailbot.reading.parse import parse_message

TYPICAL = (
    "mx.example.com; dkim=pass (2048-bit key; unprotected) header.d=example.in header.i=@example.in "
    "header.a=rsa-sha256 header.s=s1 header.b=AbCdEf12; spf=pass (mx.example.com: domain of "
    "asha@example.in designates 192.0.2.1 as permitted sender) smtp.mailfrom=asha@example.in; "
    "dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=example.in"
)
HOSTILE = {
    "nested comments": lambda n: "(" * n,
    "escapes in a quote": lambda n: '"' + "\\x" * (n // 2),
    "empty statements": lambda n: "; " * (n // 2),
    "a=a=a=...": lambda n: "a=" * (n // 2),
}


def per_call(fn, arg, count: int) -> float:
    started = time.perf_counter()
    for _ in range(count):
        fn(arg)
    return (time.perf_counter() - started) / count * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=20000)
    args = parser.parse_args()
    print(f"typical header ({len(TYPICAL)} chars): {per_call(parse_header, TYPICAL, args.count):.1f} µs/parse")
    msg = parse_message(f"Authentication-Results: {TYPICAL}\r\nFrom: asha@example.in\r\n"
                        "To: support@leadsoptima.com\r\nSubject: x\r\n\r\nHi\r\n".encode(), "bench")
    trust = SenderTrust("mx.example.com")
    print(f"check_sender on one email: {per_call(lambda m: check_sender(m, trust), msg, args.count):.1f} µs")
    for name, make in HOSTILE.items():
        cells = []
        for n in (1000, 2000, 4000, MAX_HEADER_CHARS):
            cells.append(f"{n} chars {per_call(parse_header, make(n), max(args.count // 100, 20)):.0f} µs")
        print(f"hostile, {name}: " + ", ".join(cells))


if __name__ == "__main__":
    main()
