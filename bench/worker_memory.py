"""Where a parse worker's memory goes: by stage, then the pattern engine's share by kind.

    python bench/worker_memory.py [--count 2000] [--held-out]

Runs what a parse worker runs (``mailbot.reading.serve`` imported, the poll's
:class:`~mailbot.reading.intake.Reader` unpickled and prepared, then every email read) in a
fresh child process, and prints after each stage its RSS, its anonymous memory (the heap,
Python's arenas: what is its own) and what the C allocator holds in use (``mallinfo2``: RE2's
programs and automaton states, Python's larger objects).  The emails are generated here
(``bench/mailgen.py``, seed 7) and written to files the child reads one at a time, so that
they are not part of its memory; ``--held-out`` also reads the held-out mail of six languages
(``tests/data/fresh*_*/emails``), whose variety grows the automata far more.

At the end, the pattern engine's memory is freed kind by kind and each kind's share printed:
the patterns compiled alone for positions (:class:`~mailbot.reading.patterns.Finder`) and
joined (:mod:`mailbot.reading.combined`), the candidate patterns of the pieces confirmed alone
(:mod:`mailbot.reading.pieces`), the main set's four parts (program and automaton states),
and the other engines.  Issue 8 (memory): figures, not a test; a shared machine makes the
CPU figures noisy, the memory ones much less.
"""

from __future__ import annotations

import argparse
import os
import pickle
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CONFIG = ROOT / "mailbot" / "defaults" / "config" / "mailbot.toml"


def _reader_bytes() -> bytes:
    """The Reader a poll sends its zygote, pickled (built with the shipped configuration)."""
    sys.path.insert(0, str(ROOT))
    from mailbot.config import load_config
    from mailbot.ledger import ledger_from_data
    from mailbot.pipeline import Triage

    config = load_config(CONFIG)
    triage = Triage(config, ledger_from_data({"customers": [], "projects": [], "payments": []}, config.zone_of))
    return pickle.dumps(triage.reader(config.brands["leadsoptima"]))


CHILD = r'''
import ctypes, gc, os, pickle, sys, time
from pathlib import Path


class MallInfo2(ctypes.Structure):
    _fields_ = [(n, ctypes.c_size_t) for n in ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks",
                                               "fsmblks", "uordblks", "fordblks", "keepcost")]


try:
    LIBC = ctypes.CDLL(None)
    LIBC.mallinfo2.restype = MallInfo2
except (OSError, AttributeError):  # not glibc 2.33+
    LIBC = None


def in_use() -> float:
    gc.collect()
    if LIBC is None:
        return float("nan")
    info = LIBC.mallinfo2()
    return (info.uordblks + info.hblkhd) / 2 ** 20


def resident() -> float:
    """The process's anonymous memory, MB, after the C allocator gave back what it can (what
    dropping an object really frees: ``mallinfo2`` missed most of it, perf27a)."""
    gc.collect()
    if LIBC is not None:
        LIBC.malloc_trim(0)
    with open(f"/proc/{os.getpid()}/smaps_rollup") as rollup:
        for line in rollup:
            if line.startswith("Anonymous:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def stage(label: str) -> None:
    fields = {}
    with open(f"/proc/{os.getpid()}/smaps_rollup") as rollup:
        for line in rollup:
            key, value, *_ = line.split()
            if value.isdigit():
                fields[key.rstrip(":")] = int(value) / 1024
    print(f"  {label:44s} RSS {fields['Rss']:5.1f}  anonymous {fields['Anonymous']:5.1f}  "
          f"C heap in use {in_use():5.1f}  modules {len(sys.modules)}", flush=True)


stage("interpreter")
import mailbot.reading.serve  # noqa: E402,F401 - what the zygote imports first
from mailbot.reading.heap import release_free_memory  # noqa: E402
stage("import mailbot.reading.serve")
reader = pickle.loads(Path(sys.argv[1]).read_bytes())
stage("Reader unpickled (its modules imported)")
reader.prepare()
gc.collect()
release_free_memory()
stage("prepare (packs loaded, patterns compiled)")
for folder in sys.argv[2:]:
    files = sorted(Path(folder).glob("*.eml"))
    started = time.process_time()
    for n, path in enumerate(files, 1):
        reader(path.read_bytes(), path.name)
        if n % 64 == 0:
            release_free_memory()
    spent = (time.process_time() - started) / max(1, len(files)) * 1e6
    release_free_memory()
    stage(f"read {len(files)} emails of {Path(folder).parent.name} ({spent:,.0f} us CPU each)")

from mailbot.reading.engine import PatternEngine  # noqa: E402
from mailbot.reading.parts import PartedSet  # noqa: E402

engines, seen = [], set()


def walk(thing, depth=0):
    if id(thing) in seen or depth > 5:
        return
    seen.add(id(thing))
    if isinstance(thing, PatternEngine):
        engines.append(thing)
        for sub in thing._subsets.values():
            walk(sub, depth + 1)
    for value in (getattr(thing, "__dict__", None) or {}).values():
        walk(value, depth + 1)
    if isinstance(thing, (list, tuple)):
        for value in thing[:50]:
            walk(value, depth + 1)


walk(reader._extractor)
main = max(engines, key=lambda e: len(e.patterns))
print(f"the pattern engine's share ({len(engines)} engines, {sum(len(e.patterns) for e in engines)} patterns; "
      "MB of anonymous memory freed when each kind is dropped):")
before = resident()
finders = sum(c is not None for e in engines for c in e.compiled)
joined = sum(len(e._joined) for e in engines)
for e in engines:
    e.compiled = [None] * len(e.compiled)
    e._joined.clear()
import re2  # noqa: E402
re2._Regexp._make.cache_clear()  # re2.compile's cache of 128 patterns kept the finders' alive
print(f"  {before - resident():5.1f}  {finders} patterns compiled alone for positions, {joined} joined")
own = [getattr(e._set, "found", e._set) for e in engines]  # an engine.Lent: its own patterns' set
parts = [part for found in own if isinstance(found, PartedSet) for _, part in found.parts]
before = resident()
alone = sum(len(part.whole) for part in parts)
for part in parts:
    part.whole.clear()
print(f"  {before - resident():5.1f}  {alone} cut patterns alone (confirm sets)")
del own, parts  # held, they would keep every set alive below
before = resident()
for _, part in main._set.parts:
    part.found = None
print(f"  {before - resident():5.1f}  the main set's {len(main._set.parts)} parts ({len(main.patterns)} patterns): "
      "programs and automaton states")
before = resident()
for e in engines:
    e._set = None
    e._subsets.clear()
print(f"  {before - resident():5.1f}  the other engines' sets")
'''


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000, help="benchmark emails read")
    parser.add_argument("--held-out", action="store_true", help="then the held-out mail of six languages")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "bench"))
    from mailgen import support_mailbox

    with tempfile.TemporaryDirectory(prefix="worker-memory-") as tmp:
        folder = Path(tmp) / "bench" / "emails"
        folder.mkdir(parents=True)
        for n, (raw, _) in enumerate(support_mailbox(args.count, seed=7)):
            (folder / f"{n:06d}.eml").write_bytes(raw)
        reader = Path(tmp) / "reader.pickle"
        reader.write_bytes(_reader_bytes())
        folders = [str(folder)]
        if args.held_out:
            held = Path(tmp) / "held-out" / "emails"
            held.mkdir(parents=True)
            for path in sorted((ROOT / "tests" / "data").glob("fresh*_*/emails/*.eml")):
                (held / f"{path.parent.parent.name}-{path.name}").write_bytes(path.read_bytes())
            folders.append(str(held))
        print(f"a parse worker's memory, MB (one process; {args.count} benchmark emails"
              f"{', then the held-out mail of six languages' if args.held_out else ''}):")
        done = subprocess.run([sys.executable, "-c", CHILD, str(reader), *folders],
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
        if done.returncode:
            raise SystemExit(f"worker_memory: the measured process failed (exit {done.returncode})")


if __name__ == "__main__":
    main()
