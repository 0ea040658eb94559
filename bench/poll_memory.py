"""Where the main process of ``mailbot poll`` spends its memory on imports, group by group.

    python bench/poll_memory.py

Imports, in a fresh child process, what a poll's main process imports, one group at a time in
the order a poll meets them, and prints after each its RSS, its anonymous memory (what is its
own) and the modules added; then the libraries a poll must *not* import (Alembic, Flask,
APScheduler...) if the command line or the poll path brought any.  Issue 8 (memory): figures,
not a test.  What the poll adds while it runs (the emails in flight, the group commit, SQLite's
page cache, the drafts' templates) is in ``bench/ingest_bench.py``'s per-process figures, and a
parse worker's memory in ``bench/worker_memory.py``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

GROUPS = [
    ("interpreter", []),
    ("standard library of the command line", ["logging", "argparse", "json"]),
    ("email (stdlib parser; policy.default is the workers')", ["email.parser", "email.utils"]),
    ("SQLAlchemy Core (it imports asyncio)", ["sqlalchemy", "sqlalchemy.dialects.sqlite"]),
    ("Jinja2 (drafts)", ["jinja2"]),
    ("Babel (amounts and dates in drafts)", ["babel.numbers", "babel.dates"]),
    ("imapclient", ["imapclient"]),
    ("google-re2", ["re2"]),
    ("mailbot: configuration", ["mailbot.config"]),
    ("mailbot: store", ["mailbot.store", "mailbot.store.schema"]),
    ("mailbot: reading modules the main process needs", ["mailbot.reading.intake", "mailbot.reading.serve"]),
    ("mailbot: pipeline, policy, drafting", ["mailbot.pipeline", "mailbot.drafting"]),
    ("mailbot: ingest and poll", ["mailbot.service.poll", "mailbot.sources.imap",
                                  "mailbot.oauth.credentials"]),  # open_source imports it for every mailbox
    ("mailbot: the command line (`mailbot poll`'s, its module only)", ["mailbot.cli"]),
]

NOT_FOR_A_POLL = ("alembic", "flask", "apscheduler", "werkzeug", "playwright", "mailbot.web",
                  "mailbot.reading.extract", "webbrowser", "urllib.request", "mailbox",
                  "mailbot.reading.parse", "email.policy", "mailbot.cli.triage_cmds", "difflib")

CHILD = r'''
import importlib, json, os, sys
groups = json.loads(sys.argv[1])


def memory():
    fields = {}
    with open(f"/proc/{os.getpid()}/smaps_rollup") as rollup:
        for line in rollup:
            key, value, *_ = line.split()
            if value.isdigit():
                fields[key.rstrip(":")] = int(value) / 1024
    return fields["Rss"], fields["Anonymous"]


rss0, anon0 = previous = memory()
for label, modules in groups:
    count = len(sys.modules)
    for name in modules:
        importlib.import_module(name)
    if label.startswith("mailbot: the command line"):
        sys.modules["mailbot.cli"].build_parser("poll")
    rss, anon = memory()
    print(f"  {label:55s} RSS {rss:5.1f} (+{rss - previous[0]:4.1f})  anonymous {anon:5.1f} "
          f"(+{anon - previous[1]:4.1f})  modules +{len(sys.modules) - count}")
    previous = (rss, anon)
print(f"  {'in all, over the bare interpreter':55s} RSS +{previous[0] - rss0:.1f}, anonymous "
      f"+{previous[1] - anon0:.1f}; {len(sys.modules)} modules")
'''


def main() -> int:
    import json

    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    print("the main process of `mailbot poll`: memory after each group of imports, MB")
    done = subprocess.run([sys.executable, "-c", CHILD, json.dumps(GROUPS)], env=env, cwd=ROOT)
    check = subprocess.run([sys.executable, "-c", "import sys, mailbot.cli as c, mailbot.service.poll, "
                            "mailbot.sources.imap, mailbot.oauth.credentials; c.build_parser('poll'); print(' '.join(sys.modules))"],
                           env=env, cwd=ROOT, capture_output=True, text=True)
    loaded = set(check.stdout.split())
    wrong = sorted(name for name in NOT_FOR_A_POLL if name in loaded)
    print(f"  imported by the command line and the poll path but not needed by a poll: {', '.join(wrong) or 'none'}")
    return done.returncode or check.returncode


if __name__ == "__main__":
    raise SystemExit(main())
