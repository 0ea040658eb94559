"""The harness of the held-out rounds: cases written from POLICY_SPEC alone, each a list of .eml
files (one thread) with the expected status, rules, missing fields and decisions, run through
`mailbot triage --json`.

A round prints a table of mismatches and its accuracy (unambiguous and overall), and asserts no
crash, no unsafe approval, and accuracy at or above a regression floor.  Ambiguous cases (the spec
leaves room) are reported, never asserted.
"""

from __future__ import annotations

import json
import os
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path

from mailbot import pipeline
from mailbot.cli import main
from mailbot.cli import triage_cmds
from mailbot.reading.intake import Reader
from tests.figures import shown

ROOT = Path(__file__).resolve().parents[1]
DEFAULTS = ROOT / "mailbot" / "defaults"
CONFIG = DEFAULTS / "config" / "mailbot.toml"
NOW = "2025-10-01T10:00:00+05:30"
WATCHED_RULES = {"C2", "C4", "C7"}


_LOADED: dict[tuple, object] = {}
"""What :func:`loaded_once` read: the configuration and each round's ledger, by file and its state."""


def _once(load, path, *rest):
    """``load(path, *rest)``, read once per state of the file (its resolved path, size and change time)."""
    stat = os.stat(path)
    key = (load.__name__, str(Path(path).resolve()), stat.st_size, stat.st_mtime_ns, *rest)
    if key not in _LOADED:
        _LOADED[key] = load(path, *rest)
    return _LOADED[key]


_READERS: dict[tuple, Reader] = {}
"""The readers :class:`_SharedReaders` built, by brand, language-pack folders, project names and read limits."""


class _SharedReaders:
    """Stands in for :class:`~mailbot.reading.intake.Reader` in :mod:`mailbot.pipeline` while a case runs: the
    reader of one brand, pack folders, ledger project names and read limits (its extractor: the brand's patterns
    compiled, its subsets prepared) is built once per worker and read with again by the next case that asks for
    the same, as one ``mailbot run`` worker reads every email of its polls with one reader.  (ci44: building it
    was ~15% of each case's CPU; the language packs were already loaded once per process by the product.)"""

    @staticmethod
    def of(brand, pack_dirs, project_names=(), limits=None) -> Reader:
        key = (brand, tuple(pack_dirs), tuple(project_names), limits)
        if key not in _READERS:
            _READERS[key] = Reader.of(brand, pack_dirs, project_names, limits)
        return _READERS[key]


@contextmanager
def loaded_once():
    """While a case runs, ``mailbot triage`` reads the configuration and the round's ledger once per
    worker, not once per case: the same files give the same (never changed) objects, and parsing
    and validating them (tomllib, the ledger's records) was about a third of each case's time.  The
    brand's reader is shared by the cases too (:class:`_SharedReaders`), as a worker's is by its emails.  The
    command itself (cli.main, its arguments, the reading, the decision, the JSON) runs per case as
    before; a file that fails to load raises as before (nothing is kept), for that case alone."""
    real_config, real_ledger = triage_cmds.load_config, triage_cmds.load_ledger
    triage_cmds.load_config = lambda path=None: real_config(path) if path is None else _once(real_config, path)
    triage_cmds.load_ledger = lambda path, tz_of: _once(real_ledger, path, tz_of)
    pipeline.Reader = _SharedReaders
    try:
        yield
    finally:
        triage_cmds.load_config, triage_cmds.load_ledger = real_config, real_ledger
        pipeline.Reader = Reader


def run_case(capsys, data: Path, files: list[str]) -> tuple[dict | None, str | None]:
    argv = ["--config", str(CONFIG), "triage", "--ledger", str(data / "ledger.json"), "--now", NOW, "--json",
            *[str(data / f) for f in files]]
    try:
        with loaded_once():
            code = main(argv)
    except SystemExit as exc:  # argparse or a hard exit
        code = exc.code
    except Exception as exc:  # noqa: BLE001 - a crash is a finding
        captured = capsys.readouterr()
        return None, f"crash: {type(exc).__name__}: {exc}"
    captured = capsys.readouterr()
    if code != 0:
        return None, f"exit {code}: {captured.err.strip()[:200]}"
    try:
        return json.loads(captured.out), None
    except ValueError as exc:
        return None, f"bad JSON: {exc}"


def compare(exp: dict, got: dict) -> tuple[list[str], list[str]]:
    """Return (mismatches, unsafe) for one case."""
    problems: list[str] = []
    unsafe: list[str] = []
    if "brand" in exp and got.get("brand") != exp["brand"]:
        problems.append(f"brand {got.get('brand')!r} != {exp['brand']!r}")
    if got.get("status") != exp["status"]:
        problems.append(f"status {got.get('status')!r} != {exp['status']!r}")
    got_rules = set(got.get("rules") or []) & WATCHED_RULES
    if got_rules != set(exp.get("rules", [])):
        problems.append(f"rules {sorted(got_rules)} != {sorted(exp.get('rules', []))}")
    if "missing" in exp and set(got.get("missing") or []) != set(exp["missing"]):
        problems.append(f"missing {sorted(got.get('missing') or [])} != {sorted(exp['missing'])}")

    got_decisions = got.get("decisions") or []
    exp_decisions = exp.get("decisions") or []
    exp_by_intent = {d["intent"]: d for d in exp_decisions}
    # unsafe: any approval the expectation does not hold, or an amount above the expected one
    for g in got_decisions:
        if g.get("outcome") != "approve":
            continue
        e = exp_by_intent.get(g.get("intent"))
        if e is None or e["outcome"] != "approve":
            unsafe.append(f"approved {g.get('intent')} {g.get('amount')} (expected "
                          f"{e['outcome'] if e else 'no ' + str(g.get('intent'))})")
        elif "amount" in e and e["amount"] is not None and g.get("amount") is not None \
                and Decimal(g["amount"]) > Decimal(e["amount"]):
            unsafe.append(f"approved {g['amount']} > expected {e['amount']}")

    if exp["status"] == "decided":
        got_by_intent = {}
        for g in got_decisions:
            got_by_intent.setdefault(g.get("intent"), g)
        for e in exp_decisions:
            g = got_by_intent.get(e["intent"])
            if g is None:
                problems.append(f"no {e['intent']} decision")
                continue
            for key in ("outcome", "amount", "effective_date"):
                if key in e and g.get(key) != e[key]:
                    problems.append(f"{e['intent']}.{key} {g.get(key)!r} != {e[key]!r}")
        if not exp.get("extra_ok"):
            extra = set(got_by_intent) - set(exp_by_intent)
            if extra:
                problems.append(f"unexpected decisions {sorted(extra)}")
    return problems, unsafe


def summary(got: dict | None) -> str:
    if got is None:
        return "-"
    parts = [f"status={got.get('status')}"]
    rules = sorted(set(got.get("rules") or []))
    if rules:
        parts.append(f"rules={rules}")
    if got.get("missing"):
        parts.append(f"missing={got['missing']}")
    for g in got.get("decisions") or []:
        parts.append(f"{g.get('intent')}:{g.get('outcome')}/{g.get('amount')}/{g.get('effective_date')}"
                     f"{g.get('rules')}")
    return " ".join(parts)


def check_round(capsys, data: Path, title: str, floor_unambiguous: float, floor_overall: float) -> None:
    """Run every case of ``data/expected.json``, print the mismatches, assert the floors."""
    cases = json.loads((data / "expected.json").read_text())["cases"]
    rows, crashes, unsafe_all, maybe_unsafe = [], [], [], []
    right = right_unamb = n_unamb = 0
    for exp in cases:
        got, error = run_case(capsys, data, exp["files"])
        ambiguous = bool(exp.get("ambiguous"))
        n_unamb += not ambiguous
        if error:
            crashes.append((exp["id"], error))
            rows.append((exp["id"], ambiguous, [error], "-", exp))
            continue
        problems, unsafe = compare(exp, got)
        if ambiguous:  # the spec may allow it: reported, not asserted
            maybe_unsafe += [(exp["id"], u) for u in unsafe]
        else:
            unsafe_all += [(exp["id"], u) for u in unsafe]
        if problems or unsafe:
            rows.append((exp["id"], ambiguous, problems + [f"UNSAFE {u}" for u in unsafe], summary(got), exp))
        else:
            right += 1
            right_unamb += not ambiguous
    total = len(cases)
    acc = right / total
    acc_unamb = right_unamb / n_unamb if n_unamb else 1.0
    with shown():
        print(f"\n\n=== {title} mismatches ===")
        for cid, amb, problems, got, exp in rows:
            print(f"- {cid}{' [ambiguous]' if amb else ''}")
            print(f"    bot : {got}")
            print(f"    diff: {'; '.join(problems)}")
            print(f"    spec: {exp.get('spec', '')}")
            if amb:
                print(f"    why ambiguous: {exp['ambiguous']}")
        print(f"\n{title} accuracy: unambiguous {right_unamb}/{n_unamb} = {acc_unamb:.1%}; "
              f"overall {right}/{total} = {acc:.1%}; crashes {len(crashes)}; unsafe approvals {len(unsafe_all)}; "
              f"possibly unsafe (ambiguous cases) {maybe_unsafe}\n")
    assert not crashes, crashes
    assert not unsafe_all, unsafe_all
    assert acc_unamb >= floor_unambiguous, f"unambiguous accuracy {acc_unamb:.1%} < {floor_unambiguous:.0%}"
    assert acc >= floor_overall, f"overall accuracy {acc:.1%} < {floor_overall:.0%}"
