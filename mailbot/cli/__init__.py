"""The ``mailbot`` command line.

Each command module registers its sub-commands; a handler returns the exit
status.  Errors mailbot raises on purpose (:class:`MailbotError`) are printed
as one line on standard error, exit status 2; never a traceback.
"""

from __future__ import annotations

import argparse
import functools
import logging
import sys

from mailbot.errors import MailbotError

COMMAND_MODULES = ("triage_cmds", "config_cmds", "store_cmds", "staff_cmds", "worker_cmds", "admin_cmds", "web_cmds",
                   "ops_cmds", "auth_cmds")


@functools.cache
def build_parser() -> argparse.ArgumentParser:
    """The whole command line, built once per process.

    Building it costs about 40 ms (49 sub-command parsers, each help text looked up
    through :mod:`gettext`, which searches the disk for catalogues every time);
    :func:`main` called again in one process (the test suite calls it thousands of
    times) parses with the same parser, which ``parse_args`` never changes."""
    parser = argparse.ArgumentParser(prog="mailbot", description="Support-inbox triage bot.")
    parser.add_argument("--config", help="configuration file or folder (default: $MAILBOT_CONFIG, else "
                                         "./mailbot.toml or ./config/mailbot.toml, else the packaged demo)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    import importlib

    for name in COMMAND_MODULES:
        importlib.import_module(f"mailbot.cli.{name}").register(sub)
    for command in _all_commands(parser):
        # `mailbot triage --config DIR ...` as POLICY_SPEC section 7 writes it, as well as
        # `mailbot --config PATH triage ...`.
        command.add_argument("--config", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    return parser


def _all_commands(parser: argparse.ArgumentParser):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for command in dict.fromkeys(action.choices.values()):
                yield command
                yield from _all_commands(command)


def _say_when_packaged_demo(args) -> None:
    """One line on standard error when no configuration was found and the
    packaged demo one is used, so nobody mistakes it for theirs."""
    from mailbot.config import packaged_demo_notice, uses_packaged_demo

    if getattr(args, "needs_config", True) and uses_packaged_demo(args.config):
        print(packaged_demo_notice(), file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        _say_when_packaged_demo(args)
        return args.handler(args)
    except MailbotError as e:
        print(f"mailbot: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
