"""Templates admins keep in the store, from a terminal (sub-commands of ``mailbot templates``):

    mailbot templates export DIR                 # every stored text to DIR/<brand>/<file>
    mailbot templates import DIR [--as USER]     # linted, all or nothing
    mailbot templates history BRAND NAME [--diff] [--json]

Export and import keep the texts edited in the browser in version control; an
import is linted as a save is and stores nothing when any file fails (one
line per problem, exit status 1).
"""

from __future__ import annotations

import json
from pathlib import Path

from mailbot.cli.shared import _open, _user, _who
from mailbot.clock import SystemClock
from mailbot.service import templates as template_service


def register(actions) -> None:
    export = actions.add_parser("export", help="write every template text stored by admins to DIR/<brand>/<file>")
    export.add_argument("folder", metavar="DIR")
    export.set_defaults(handler=templates_export)
    load = actions.add_parser("import", help="store the texts of DIR/<brand>/<file>, linted; all or nothing")
    load.add_argument("folder", metavar="DIR")
    _who(load)
    load.set_defaults(handler=templates_import)
    history = actions.add_parser("history", help="every version of one template: who, when, what changed")
    history.add_argument("brand", metavar="BRAND")
    history.add_argument("name", metavar="NAME", help="a reply (refund_denied) or a file (part_refund_denied.txt.j2)")
    history.add_argument("--diff", action="store_true", help="print each version's diff")
    history.add_argument("--json", action="store_true", help="one JSON object per version")
    history.set_defaults(handler=templates_history)


def templates_export(args) -> int:
    _, store = _open(args)
    try:
        written = template_service.export_templates(store, Path(args.folder))
    finally:
        store.close()
    for path in written:
        print(path)
    print(f"{len(written)} template{'s' if len(written) != 1 else ''} exported to {args.folder}")
    return 0


def templates_import(args) -> int:
    config, store = _open(args)
    try:
        done = template_service.import_templates(store, config, Path(args.folder), who=_user(args),
                                                 now=SystemClock().now())
    except template_service.TemplateSaveError as e:
        for line in e.problems or [str(e)]:
            print(str(line))
        print(f"nothing imported from {args.folder}: {len(e.problems) or 1} problem(s)")
        return 1
    finally:
        store.close()
    for version in done:
        print(f"{version.brand}/{version.name}: version {version.id}")
    print(f"{len(done)} template{'s' if len(done) != 1 else ''} changed")
    return 0


def templates_history(args) -> int:
    config, store = _open(args)
    try:
        entries = template_service.template_history(store, config, args.brand, args.name)
    finally:
        store.close()
    for entry in entries:
        v = entry.version
        if args.json:
            print(json.dumps({"version": v.id, "brand": v.brand, "name": v.name, "action": v.action, "who": v.who,
                              "at": v.at.isoformat(), "note": v.note, "shipped": v.body is None,
                              "diff": entry.diff}))
            continue
        print(f"version {v.id}  {v.at:%Y-%m-%d %H:%M} UTC  {v.action:<8} {v.who}"
              + (f"  ({v.note})" if v.note else "") + ("  [shipped text]" if v.body is None else ""))
        if args.diff:
            for line in entry.diff:
                print(f"    {line}")
    if not entries:
        print(f"{args.brand}/{args.name}: never edited (the files decide)")
    return 0
