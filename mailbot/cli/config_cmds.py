"""``mailbot config check``."""

from __future__ import annotations

from mailbot.config import collect
from mailbot.config.check import further_problems
from mailbot.config.docs import configuration_markdown


def register(sub) -> None:
    config = sub.add_parser("config", help="check the configuration")
    actions = config.add_subparsers(dest="action", metavar="ACTION")
    actions.required = True
    check = actions.add_parser("check", help="validate every setting; one line per problem")
    check.add_argument("--strict", action="store_true", help="fail on warnings too (unset environment "
                       "variables, brands without a mailbox, ...)")
    check.set_defaults(handler=check_config)
    docs = actions.add_parser("docs", help="print docs/configuration.md from the setting declarations")
    docs.set_defaults(handler=print_docs, needs_config=False)


def print_docs(args) -> int:
    print(configuration_markdown(), end="")
    return 0


def check_config(args) -> int:
    """One line per problem: the files' own problems, then the cross-setting
    ones (:mod:`mailbot.config.check`).  Warnings are listed but fail only
    with ``--strict``."""
    config, problems = collect(args.config)
    findings = further_problems(config) if config is not None else []
    for line in [*problems, *map(str, findings)]:
        print(line)
    errors = len(problems) + sum(1 for f in findings if not f.warning)
    warnings = sum(1 for f in findings if f.warning)
    if errors or (warnings and getattr(args, "strict", False)):
        return 1
    note = f", {warnings} warning{'s' if warnings != 1 else ''}" if warnings else ""
    print(f"{config.path}: OK ({len(config.brands)} brands, {len(config.mailboxes)} mailboxes{note})")
    return 0
