"""Throughput of the pure pipeline, parse to draft, on one core.

    python bench/triage_bench.py [--count 10000] [--mail realistic|varied] [--profile]

``--mail realistic`` (the default) reads the benchmark support mail of
``bench/mailgen.py`` (seed 7: about 7,000 characters of customer text each,
the mail ``bench/ingest_bench.py`` measures); ``varied`` the generator below.

Generates varied emails in memory (both brands; plain, HTML-only and
multipart; quoted replies; Hinglish; auto-replies; threats; missing details)
against a generated ledger, then times ``parse_message`` + ``Triage.decide``
(screen, extract, decide, draft) for each.  Prints messages per second,
microseconds per message, the outcome mix, and peak memory (RSS).
"""

from __future__ import annotations

import argparse
import email.policy
import random
import resource
import sys
import time
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
DEFAULTS = ROOT / "mailbot" / "defaults"
sys.path.insert(0, str(ROOT))

from mailbot.clock import FixedClock  # noqa: E402
from mailbot.config import load_config  # noqa: E402
from mailbot.ledger import ledger_from_data  # noqa: E402
from mailbot.reading.parse import parse_message  # noqa: E402
from mailbot.pipeline import Triage  # noqa: E402

IST = ZoneInfo("Asia/Kolkata")
START = datetime(2025, 7, 1, 9, 0, tzinfo=IST)

LO_BODIES = [
    "Hi team,\n\nI was charged twice for my {plan} plan. Invoice {invoice}. Please refund the duplicate.\n\nThanks,\n{name}",
    "Hello,\n\nPlease cancel my subscription, we are moving to another tool.\n\nRegards,\n{name}",
    "I don't use it any more, refund the rest of the month please.\n\n{name}",
    "Hello sir, mere account se {plan} plan ke paise do baar kat gaye hain. Invoice {invoice}. Refund kar dijiye.",
    "I cannot log in since Monday and the dashboard is not loading. Invoice {invoice}. I want a refund.\n{name}",
    "Refund me now or I will file a chargeback with my bank.",
    "Hi, how do I add a team member to my account?\n\nThanks\n{name}",
    "Please refund my payment and cancel the plan. Reason: too expensive for us. Invoice {invoice}.",
]
OWD_BODIES = [
    "Hello Optima team,\n\nPlease refund the deposit for {project} (invoice {invoice}) because our budget was cut.\n\n{name}",
    "Hi,\n\nWe want to cancel the annual hosting for {project} and get a refund, invoice {invoice}, as we are "
    "moving to our own server.\n\n{name}",
    "Please cancel our retainer for {project}. Reason: bringing maintenance in-house. Invoice {invoice}.",
    "Refund the domain renewal for {project}, invoice {invoice}, since I don't need it any more.",
    "Hi, please refund my payment.",
]
QUOTE = ("\n\nOn Mon, 7 Jul 2025 at 10:00, Support <support@leadsoptima.com> wrote:\n> Thank you for writing.\n"
         "> Could you tell us your invoice number?\n>\n> LeadsOptima Support Team\n")
PADDING = "\n\n" + "This message and its attachments are confidential. " * 20


def make_ledger(rng: random.Random, customers: int) -> dict:
    data: dict = {"customers": [], "projects": [], "payments": []}
    for i in range(customers):
        plan = rng.choice(["monthly", "quarterly", "annual"])
        paid = START + timedelta(days=rng.randrange(0, 20), hours=rng.randrange(0, 24))
        email = f"cust{i}@example.in"
        data["customers"].append({"brand": "leadsoptima", "email": email, "plan": plan, "status": "active",
                                  "current_period_end": (paid + timedelta(days=30)).date().isoformat()})
        for n in range(1 + (i % 5 == 0)):
            data["payments"].append({
                "brand": "leadsoptima", "id": f"lo_{i}_{n}", "invoice": f"LO-INV-{10000 + 2 * i + n}",
                "customer_email": email, "kind": "subscription", "plan": plan, "amount": "1499.00", "tax": "269.82",
                "currency": "INR", "paid_at": paid.isoformat(), "period_start": paid.date().isoformat(),
                "period_end": (paid + timedelta(days=29)).date().isoformat(), "status": "paid"})
        project = f"Project {i}"
        data["projects"].append({"brand": "optima_webdesign", "name": project, "contract_email": f"ops{i}@client.example",
                                 "work_started_at": None})
        kind = rng.choice(["deposit", "hosting_annual", "retainer", "third_party", "milestone"])
        data["payments"].append({
            "brand": "optima_webdesign", "id": f"owd_{i}", "invoice": f"OWD-2025-{100 + i}", "project": project,
            "kind": kind, "amount": "12000.00", "tax": "2160.00", "currency": "INR", "paid_at": paid.isoformat(),
            "status": "paid", "setup_fee": "1200.00" if kind == "hosting_annual" else None,
            "service_start": paid.date().isoformat() if kind == "hosting_annual" else None,
            "next_billing_at": (paid + timedelta(days=30)).isoformat() if kind == "retainer" else None,
            "period_start": paid.date().isoformat() if kind == "retainer" else None,
            "period_end": (paid + timedelta(days=29)).date().isoformat() if kind == "retainer" else None,
            "milestone_status": "not_started" if kind == "milestone" else None})
    return data


def make_email(rng: random.Random, i: int, customers: int) -> bytes:
    c = rng.randrange(customers)
    msg = EmailMessage()
    lo = rng.random() < 0.55
    if lo:
        body = rng.choice(LO_BODIES).format(plan=rng.choice(["monthly", "annual"]), invoice=f"LO-INV-{10000 + 2 * c}",
                                            name=f"Customer {c}")
        msg["From"], msg["To"] = f"Customer {c} <cust{c}@example.in>", "LeadsOptima <support@leadsoptima.com>"
    else:
        body = rng.choice(OWD_BODIES).format(project=f"Project {c}", invoice=f"OWD-2025-{100 + c}", name=f"Client {c}")
        msg["From"], msg["To"] = f"Client {c} <ops{c}@client.example>", "optimawebdesigns12@gmail.com"
    msg["Subject"] = rng.choice(["Refund request", "Cancel", "Billing problem", "Re: your invoice", "Help"])
    msg["Date"] = email.utils.format_datetime(START + timedelta(days=rng.randrange(0, 25), minutes=i))
    msg["Message-ID"] = f"<bench-{i}@client.example>"
    if rng.random() < 0.05:
        msg["Auto-Submitted"] = "auto-replied"
    if rng.random() < 0.4:
        body += QUOTE
    body += PADDING
    if rng.random() < 0.1:  # HTML-only
        html = "<html><body>" + "".join(f"<p>{line}</p>" for line in body.split("\n") if line) + "</body></html>"
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(body)
        if rng.random() < 0.2:
            msg.add_alternative(f"<html><body><pre>{body}</pre></body></html>", subtype="html")
    return msg.as_bytes(policy=email.policy.SMTP)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--profile", action="store_true", help="print the 25 costliest functions")
    parser.add_argument("--mail", choices=("realistic", "varied"), default="realistic")
    args = parser.parse_args()
    rng = random.Random(42)
    config = load_config(DEFAULTS / "config" / "mailbot.toml")
    customers = 2_000
    ledger = ledger_from_data(make_ledger(rng, customers), config.zone_of)
    if args.mail == "realistic":
        sys.path.insert(0, str(ROOT / "bench"))
        from mailgen import support_mailbox

        emails = [raw for raw, _ in support_mailbox(args.count, seed=7)]
    else:
        emails = [make_email(rng, i, customers) for i in range(args.count)]
    size = sum(map(len, emails)) / len(emails)
    parse_seconds = sum(_timed(parse_message, raw) for raw in emails[:1000])
    triage = Triage(config, ledger, FixedClock(datetime(2025, 8, 1, tzinfo=timezone.utc)))
    triage.decide([parse_message(emails[0])])  # compile templates and patterns once
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    outcomes: Counter = Counter()

    def run() -> None:
        for raw in emails:
            result = triage.decide([parse_message(raw)])
            outcomes[result.verdict.status] += 1

    started, cpu_started = time.perf_counter(), time.process_time()
    if args.profile:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        profiler.runcall(run)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
    else:
        run()
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"{args.mail} mail, emails: {args.count} (mean {size / 1024:.1f} KB)  outcomes: {dict(outcomes)}")
    print(f"pipeline parse→draft: {args.count / elapsed:,.0f} messages/s  ({elapsed / args.count * 1e6:.0f} µs/message)")
    print(f"process CPU time: {args.count / cpu:,.0f} messages/s  ({cpu / args.count * 1e6:.0f} µs/message; "
          "steadier than the wall clock on a shared machine)")
    print(f"of which parse alone: {parse_seconds / min(1000, len(emails)) * 1e6:.0f} µs/message "
          f"(one core; the machine may be shared: figures are noisy)")
    print(f"peak RSS: {peak / 1024:.0f} MB (before the run: {rss_before / 1024:.0f} MB)")


def _timed(function, *args) -> float:
    started = time.perf_counter()
    function(*args)
    return time.perf_counter() - started


if __name__ == "__main__":
    main()
