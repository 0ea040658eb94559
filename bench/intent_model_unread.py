"""The hybrid on UNREAD mail: each round k of fresh9..fresh13 read by the pattern code as it stood
before anyone read round k (the commit just before the first fix pass that read its misses), alone
and with the learned model's second opinion (the model of k's leave-one-round-out fold, the fold's
thresholds).  The patterns of today have read every round, so bench/intent_model_eval.py can only
show what the second opinion costs on mail the patterns know; this shows what it gains on mail
they did not know, which is what a new round (fresh14) is.

    PYTHONPATH=. python3 bench/intent_model_unread.py --models DIR --thresholds fresh9=0.01/1.01[/0.0],...

(``round=veto/add/cancellation_veto``: the refund veto, the addition and the cancellation veto thresholds.)

``DIR`` holds ``<round>.ftz`` (bench/intent_model_eval.py --keep DIR writes them).  The old code is
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


def worker(round_name: str, model_path: str, veto: float, add: float, cveto: float) -> None:
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

    model, thresholds = IntentModel(model_path), Thresholds(veto, add, cveto)
    state = {"on": False, "added": set(), "firm": set()}
    original_extract, original_decide = Extractor.extract, pipeline.decide

    def extract(self, msg):
        found = original_extract(self, msg)
        if not state["on"] or found.unread_language:
            return found
        scan = self.patterns.main.scan(f"{msg.subject}\n{msg.new_text}".lower())
        cues = frozenset(scan.engine.names[i] for i in scan.hits)
        opinion = weigh(frozenset(found.intents), model.odds(msg.subject, msg.new_text), cues, thresholds)
        state["firm"] |= set(found.intents) - opinion.vetoed
        state["added"] |= opinion.added
        found.intents = set(opinion.intents)
        found.notes = tuple(found.notes) + opinion.reasons
        return found

    def decide(facts):
        return escalate_doubted(original_decide(facts), frozenset(state["added"] - state["firm"]))

    Extractor.extract, pipeline.decide = extract, decide
    config = load_config(str(Path(pipeline.__file__).parent / "defaults" / "config" / "mailbot.toml"))
    for lang in LANGS:
        folder = ROOT / "tests" / "data" / f"{round_name}_{lang}"
        ledger = load_ledger(str(folder / "ledger.json"), config.zone_of)
        triage = pipeline.Triage(config, ledger, FixedClock(parse_now(NOW)))
        for case in json.loads((folder / "expected.json").read_text(encoding="utf-8"))["cases"]:
            out = {"round": round_name, "lang": lang, "id": case["id"]}
            for mode in ("pattern", "hybrid"):
                state.update(on=mode == "hybrid", added=set(), firm=set())
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
    parser.add_argument("--thresholds", required=True, help="round=veto/add,... (the folds' chosen thresholds)")
    parser.add_argument("--worker", nargs=5, metavar=("ROUND", "MODEL", "VETO", "ADD", "CVETO"), help=argparse.SUPPRESS)
    parser.add_argument("--show", action="store_true", help="list the cases the second opinion changed")
    args = parser.parse_args(argv)
    if args.worker:
        name, path, veto, add, cveto = args.worker
        worker(name, path, float(veto), float(add), float(cveto))
        return 0
    chosen = {}
    for part in args.thresholds.split(","):  # round=veto/add[/cancellation_veto]
        k, v = part.split("=")
        values = [float(x) for x in v.split("/")]
        chosen[k] = (values[0], values[1], values[2] if len(values) > 2 else values[0])
    results = []
    with tempfile.TemporaryDirectory(prefix="intent-unread-") as tmp:
        for name, (veto, add, cveto) in chosen.items():
            tree = export(UNREAD_CODE[name], Path(tmp) / name)
            run = subprocess.run([sys.executable, __file__, "--models", args.models, "--thresholds", args.thresholds,
                                  "--worker", name, str(Path(args.models) / f"{name}.ftz"), str(veto), str(add),
                                  str(cveto)],
                                 env={**os.environ, "PYTHONPATH": str(tree)}, capture_output=True,
                                 text=True, check=False)
            if run.returncode:
                print(f"{name}: the old code failed: {run.stderr.strip().splitlines()[-1:]}")
                continue
            results += [json.loads(line) for line in run.stdout.splitlines() if line.startswith("{")]
            print(f"{name}: {UNREAD_CODE[name]} read ({veto=}, {add=}, {cveto=})", flush=True)
    print(f"\n{'round':<9}{'lang':<5}{'patterns (unread)':>20}{'hybrid':>18}{'fixed':>7}{'broken':>8}{'unsafe p/h':>12}")
    for k in list(chosen) + ["all"]:
        for lang in LANGS + ("*",):
            rows = [r for r in results if (k == "all" or r["round"] == k) and (lang == "*" or r["lang"] == lang)]
            if not rows or (k != "all" and lang == "*" and len(chosen) == 1):
                continue
            n = len(rows)
            p, h = sum(r["pattern"] for r in rows), sum(r["hybrid"] for r in rows)
            print(f"{k:<9}{lang:<5}{f'{p}/{n} {p / n:.1%}':>20}{f'{h}/{n} {h / n:.1%}':>18}"
                  f"{sum(r['hybrid'] and not r['pattern'] for r in rows):>7}"
                  f"{sum(r['pattern'] and not r['hybrid'] for r in rows):>8}"
                  f"{sum(r['pattern_unsafe'] for r in rows):>6}/{sum(r['hybrid_unsafe'] for r in rows)}")
    if args.show:
        for r in results:
            if r["pattern"] != r["hybrid"] or r["hybrid_unsafe"]:
                print(f"  {r['round']} {r['id']}: {r['pattern']} -> {r['hybrid']}  ({r['hybrid_why'] or r['pattern_why']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
