"""The hybrid on UNREAD mail: each round k of fresh9..fresh13 read by the pattern code as it stood
before anyone read round k (the commit just before the first fix pass that read its misses), alone
and with the learned model's second opinion (the model of k's leave-one-round-out fold, the fold's
thresholds).  The patterns of today have read every round, so bench/intent_model_eval.py can only
show what the second opinion costs on mail the patterns know; this shows what it gains on mail
they did not know, which is what a new round (fresh14) is.

    PYTHONPATH=. python3 bench/intent_model_unread.py --models DIR [--grid 0.02/0.05/0.1/0.2] [--show]

Each round is read with every refund veto threshold of the grid (cancellation veto and addition off
unless asked); the threshold used for round k is chosen on the OTHER rounds' results (most cases
fixed minus broken, no new unsafe approval; no gain: off), never on k.

``DIR`` holds ``<round>.ftz``, the fold models (bench/intent_model_eval.py --keep DIR writes them).  The old code is
taken with ``git archive`` (read only; nothing in the repository changes) into a temporary folder,
with this tree's intent_model.py, second_opinion.py and policy/doubt.py copied in; the second opinion
is applied around the old extractor (the same rule, the same guard), not inside it, so the old code
needs no hook.  Caveat: the fold's model was trained on the rounds written after k too.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

UNREAD_CODE = {  # round: the main commit before the first fix pass that read the round's misses
    "fresh9": "273c548",   # before fix17a (the code after fix15 and fix16)
    "fresh10": "f279d06",  # before fix18a (after fix17 and pb17)
    "fresh11": "507c807",  # before fix19c (after fix18)
    "fresh12": "4d9ec2b",  # before fix20b (after fix19c, fix19b)
    "fresh13": "95e37b7",  # before fix21b (after fix19 and fix20)
}
LANGS = ("en", "es", "pt", "de", "fr", "hi")
NEW_MODULES = ("mailbot/reading/intent_model.py", "mailbot/reading/second_opinion.py", "mailbot/policy/doubt.py")


def export(commit: str, into: Path) -> Path:
    data = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", commit, "mailbot"],
                          check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        tar.extractall(into, filter="data")
    for name in NEW_MODULES:
        shutil.copy(ROOT / name, into / name)
    return into


def worker(round_name: str, model_path: str, grid: list[float], add: float, cveto: float) -> None:
    """Run in a process whose ``mailbot`` is the old tree: every case of the round, patterns alone and
    with the second opinion; one JSON line per case."""
    sys.path.append(str(ROOT))  # tests.heldout (compare), after the old mailbot
    import mailbot.pipeline as pipeline
    from mailbot.cli.triage_cmds import parse_now, read_email
    from mailbot.clock import FixedClock
    from mailbot.config import load_config
    from mailbot.ledger import load_ledger
    from mailbot.policy.doubt import escalate_doubted
    from mailbot.reading.extract import Extractor
    from mailbot.reading.intent_model import IntentModel
    from mailbot.reading.second_opinion import Thresholds, weigh
    from tests.heldout import NOW, compare

    model = IntentModel(model_path)
    state = {"thresholds": None, "added": set(), "firm": set()}
    original_extract, original_decide = Extractor._extract, pipeline.decide

    def _extract(self, msg, body):
        found = original_extract(self, msg, body)
        if state["thresholds"] is None or found.unread_language:
            return found
        scan = self.patterns.main.scan(f"{msg.subject}\n{body}".lower())
        cues = frozenset(scan.engine.names[i] for i in scan.hits)
        opinion = weigh(frozenset(found.intents), model.odds(msg.subject, body), cues, state["thresholds"])
        state["firm"] |= set(found.intents) - opinion.vetoed
        state["added"] |= opinion.added
        found.intents = set(opinion.intents)
        found.notes = tuple(found.notes) + opinion.reasons
        return found

    def decide(facts):
        return escalate_doubted(original_decide(facts), frozenset(state["added"] - state["firm"]))

    Extractor._extract, pipeline.decide = _extract, decide
    modes = {"pattern": None} | {f"v{v}": Thresholds(v, add, cveto) for v in grid}
    config = load_config(str(Path(pipeline.__file__).parent / "defaults" / "config" / "mailbot.toml"))
    for lang in LANGS:
        folder = ROOT / "tests" / "data" / f"{round_name}_{lang}"
        ledger = load_ledger(str(folder / "ledger.json"), config.zone_of)
        triage = pipeline.Triage(config, ledger, FixedClock(parse_now(NOW)))
        for case in json.loads((folder / "expected.json").read_text(encoding="utf-8"))["cases"]:
            out = {"round": round_name, "lang": lang, "id": case["id"]}
            for mode, thresholds in modes.items():
                state.update(thresholds=thresholds, added=set(), firm=set())
                try:
                    messages = [read_email(str(folder / f), config) for f in case["files"]]
                    got = json.loads(json.dumps(triage.decide(messages).as_dict(), ensure_ascii=False))
                    problems, unsafe = compare(case, got)
                except Exception as exc:  # noqa: BLE001 - a crash is a finding
                    problems, unsafe = [f"crash {type(exc).__name__}: {exc}"], []
                out[mode] = not problems and not unsafe
                out[f"{mode}_unsafe"] = 0 if case.get("ambiguous") else len(unsafe)
                out[f"{mode}_why"] = "; ".join(problems + unsafe)[:200]
            print(json.dumps(out), flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", required=True, help="folder with <round>.ftz, the leave-one-round-out models")
    parser.add_argument("--rounds", default=",".join(UNREAD_CODE), help="rounds to read")
    parser.add_argument("--grid", default="0.02/0.05/0.1/0.2", help="refund veto thresholds tried")
    parser.add_argument("--add", type=float, default=1.01, help="the addition threshold (above 1: off)")
    parser.add_argument("--cancellation-veto", type=float, default=0.0, help="the cancellation veto threshold")
    parser.add_argument("--worker", nargs=5, metavar=("ROUND", "MODEL", "GRID", "ADD", "CVETO"), help=argparse.SUPPRESS)
    parser.add_argument("--show", action="store_true", help="list the cases the second opinion changed")
    args = parser.parse_args(argv)
    if args.worker:
        name, path, grid, add, cveto = args.worker
        worker(name, path, [float(v) for v in grid.split("/")], float(add), float(cveto))
        return 0
    rounds = [r for r in args.rounds.split(",") if r]
    grid = [f"v{float(v)}" for v in args.grid.split("/")]
    results = []
    with tempfile.TemporaryDirectory(prefix="intent-unread-") as tmp:
        for name in rounds:
            tree = export(UNREAD_CODE[name], Path(tmp) / name)
            run = subprocess.run([sys.executable, __file__, "--models", args.models, "--worker", name,
                                  str(Path(args.models) / f"{name}.ftz"), args.grid, str(args.add),
                                  str(args.cancellation_veto)],
                                 env={**os.environ, "PYTHONPATH": str(tree)}, capture_output=True, text=True, check=False)
            if run.returncode:
                print(f"{name}: the old code failed: {run.stderr.strip().splitlines()[-1:]}")
                continue
            results += [json.loads(line) for line in run.stdout.splitlines() if line.startswith("{")]
            print(f"{name}: read with the code of {UNREAD_CODE[name]}", flush=True)

    def gain(rows, mode):  # cases fixed minus cases broken; None when it adds an unsafe approval
        if sum(r[f"{mode}_unsafe"] for r in rows) > sum(r["pattern_unsafe"] for r in rows):
            return None
        return sum(r[mode] for r in rows) - sum(r["pattern"] for r in rows)

    print(f"\nrefund veto threshold, all rounds (for information; not how a round's threshold is chosen):")
    for mode in grid:
        print(f"  {mode[1:]:>5}: fixed {sum(r[mode] and not r['pattern'] for r in results):>3}, broken "
              f"{sum(r['pattern'] and not r[mode] for r in results):>3}, unsafe "
              f"{sum(r[mode + '_unsafe'] for r in results)} (patterns alone {sum(r['pattern_unsafe'] for r in results)})")
    chosen = {}
    for k in rounds:  # chosen on the OTHER rounds: the most cases gained, ties to the lowest threshold; none: off
        others = [r for r in results if r["round"] != k]
        best, best_gain = "pattern", 0
        for mode in grid:
            g = gain(others, mode)
            if g is not None and g > best_gain:
                best, best_gain = mode, g
        chosen[k] = best
        for r in results:
            if r["round"] == k:
                r["hybrid"], r["hybrid_unsafe"], r["hybrid_why"] = r[best], r[f"{best}_unsafe"], r[f"{best}_why"]
    print("\nthreshold per round, chosen on the other rounds: "
          + ", ".join(f"{k} {'off' if m == 'pattern' else m[1:]}" for k, m in chosen.items()))
    print(f"\n{'round':<9}{'lang':<5}{'patterns (unread)':>20}{'hybrid':>18}{'fixed':>7}{'broken':>8}{'unsafe p/h':>12}")
    for k in rounds + ["all"]:
        for lang in LANGS + ("*",):
            rows = [r for r in results if (k == "all" or r["round"] == k) and (lang == "*" or r["lang"] == lang)]
            if not rows:
                continue
            n = len(rows)
            p, h = sum(r["pattern"] for r in rows), sum(r["hybrid"] for r in rows)
            print(f"{k:<9}{lang:<5}{f'{p}/{n} {p / n:.1%}':>20}{f'{h}/{n} {h / n:.1%}':>18}"
                  f"{sum(r['hybrid'] and not r['pattern'] for r in rows):>7}"
                  f"{sum(r['pattern'] and not r['hybrid'] for r in rows):>8}"
                  f"{sum(r['pattern_unsafe'] for r in rows):>6}/{sum(r['hybrid_unsafe'] for r in rows)}")
    if args.show:
        for r in results:
            changed = [m[1:] for m in grid if r[m] != r["pattern"]]
            if changed or r["hybrid_unsafe"]:
                print(f"  {r['round']} {r['id']}: patterns {r['pattern']}, changed at {changed}; chosen "
                      f"{r['hybrid']} ({r['hybrid_why'] or r['pattern_why']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
