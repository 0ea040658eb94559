"""``mailbot run``: the worker."""

from __future__ import annotations

from mailbot.config import load_config


def register(sub) -> None:
    run = sub.add_parser("run", help="the worker: poll every mailbox on a schedule (IMAP IDLE wakes it early)")
    run.set_defaults(handler=run_worker)


def run_worker(args) -> int:
    from mailbot.scheduler import Worker

    from mailbot.logs import configure_logging

    config = load_config(args.config)
    configure_logging(config.log_format)
    return Worker(config).run_until_stopped()
