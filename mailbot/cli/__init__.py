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

ONLY_THEIR_MODULE = {"poll": ("store_cmds",), "run": ("worker_cmds",)}
"""The commands of a long or busy process whose command line registers only the module that
defines them (issue 8, memory).  Registering every command imports every command module and
what each imports at the top (the email parser for ``triage``, the replay, the preview, the
configuration checker...) that a poll never uses: 5.2 MB of RSS over the poll's own imports
(2.2 MB of Python objects).  With the parser imported lazily (``Reader.parse``), ``mailbot poll
--once``'s main process went from 63.0 to 60.6 MB RSS (2,000 benchmark emails, 2 workers, medians
of 3 alternated runs, perf28b).  Any other command word, a misspelt one or none (``--help``) builds the
whole command line, so the help and argparse's errors list every command.
``tests/test_poll_memory.py`` checks that each named module defines its command."""

def command_word(argv: list[str]) -> str | None:
    """The sub-command's name in ``argv`` (skipping ``--config PATH`` and flags), or None."""
    words = iter(argv)
    for word in words:
        if word == "--config":
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line: every command, or only command ``only``'s module when it is one of
    :data:`ONLY_THEIR_MODULE`."""
    return _parser(only if only in ONLY_THEIR_MODULE else None)


@functools.cache
def _parser(only: str | None) -> argparse.ArgumentParser:
    """One command line, built once per process.

    Building the whole one costs about 40 ms (49 sub-command parsers, each help text looked
    up through :mod:`gettext`, which searches the disk for catalogues every time); :func:`main`
    called again in one process (the test suite calls it thousands of times) parses with the
    same parser, which ``parse_args`` never changes."""
    parser = argparse.ArgumentParser(prog="mailbot", description="Support-inbox triage bot.")
    parser.add_argument("--config", help="configuration file or folder (default: $MAILBOT_CONFIG, else "
                                         "./mailbot.toml or ./config/mailbot.toml, else the packaged demo)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    import importlib

    for name in ONLY_THEIR_MODULE.get(only, COMMAND_MODULES):
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
    if argv is None:
        argv = sys.argv[1:]
    args = build_parser(command_word(argv)).parse_args(argv)
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
