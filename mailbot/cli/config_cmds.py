"""``mailbot config check``."""

from __future__ import annotations

from mailbot.config import collect
from mailbot.config.docs import configuration_markdown


def register(sub) -> None:
    config = sub.add_parser("config", help="check the configuration")
    actions = config.add_subparsers(dest="action", metavar="ACTION")
    actions.required = True
    check = actions.add_parser("check", help="validate every setting; one line per problem")
    check.set_defaults(handler=check_config)
    docs = actions.add_parser("docs", help="print docs/configuration.md from the setting declarations")
    docs.set_defaults(handler=print_docs)


def print_docs(args) -> int:
    print(configuration_markdown(), end="")
    return 0


def check_config(args) -> int:
    config, problems = collect(args.config)
    for line in problems:
        print(line)
    if problems:
        return 1
    print(f"{config.path}: OK ({len(config.brands)} brands, {len(config.mailboxes)} mailboxes)")
    return 0
