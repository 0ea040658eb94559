"""Does a learned intent reader generalise better than the pattern passes?  (issue 9)

Leave-one-round-out over the held-out rounds fresh9..fresh13: for each round k, a fastText model is
trained on every other round, the older held-out folders and the phrasebooks
(bench/train_intent_model.py --exclude k), and round k is read, per language:

  (a) model   the model's intent set (P >= 0.5) on each labelled case's first email
  (b) pattern the intents of the pattern reader's decisions on the same cases (the whole case as
              decided: an agency refund that also ends the project decides the refund only, as the
              labels do; flattered: the pattern passes have READ these rounds and were fixed on them)
      hybrid  the same with the model's second opinion (mailbot/reading/second_opinion.py)
  (c) full    FULL-case correctness with the real harness (tests/heldout.py compare) for the
              patterns alone and for the hybrid, every case of the round, and unsafe approvals.

The hybrid's thresholds for round k are chosen on the training folds only: on each other evaluated
round j, read by a model trained without j and without k, the pair (veto_below, add_above) that
reads the most intent sets right (ties: the most cautious pair).  Round k is never looked at.

    pip install --target FASTTEXT_DIR "fasttext-wheel==0.9.2"
    PYTHONPATH=. python3 bench/intent_model_eval.py --fasttext-path FASTTEXT_DIR [--keep DIR]

About 25 trainings of ~10 s and two full runs of ~1,700 cases: several minutes.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from intent_data import EVALUATED, LANGS, case_examples, label_of, round_folders  # noqa: E402

from mailbot.cli.triage_cmds import parse_now, read_email  # noqa: E402
from mailbot.clock import FixedClock  # noqa: E402
from mailbot.config import load_config  # noqa: E402
from mailbot.ledger import load_ledger  # noqa: E402
from mailbot.pipeline import Triage  # noqa: E402
from mailbot.reading.intent_model import IntentModel, IntentOdds  # noqa: E402
from mailbot.reading.second_opinion import SecondOpinion, Thresholds, weigh  # noqa: E402
from tests.heldout import CONFIG, NOW, compare  # noqa: E402

VETO_GRID = (0.0, 0.02, 0.05, 0.1, 0.2)
ADD_GRID = (1.01, 0.95, 0.9, 0.8)


@dataclass
class Row:
    """One case of an evaluated round: what the patterns and the harness said, what the model gives."""

    round: str
    lang: str
    case: dict
    folder: Path
    label: frozenset | None         # None: need_info / ignore (no intent set stated)
    subject: str
    body: str
    pattern: frozenset              # the pattern reader's intents on the first email
    cues: frozenset                 # the pattern names that hit the first email
    decided: frozenset = frozenset()  # the intents of the patterns' decisions (the case, as decided)
    pattern_ok: bool = False        # full case right (harness compare), patterns alone
    pattern_unsafe: int = 0
    hybrid_decided: frozenset = frozenset()
    hybrid_ok: bool = False
    hybrid_unsafe: int = 0
    odds: IntentOdds | None = None  # from the model that left this round out


def train_fold(fasttext_path: str | None, exclude: list[str], out: Path) -> IntentModel:
    if out.is_file():  # --keep: a fold model made by an earlier run
        return IntentModel(out)
    subprocess.run([sys.executable, str(ROOT / "bench" / "train_intent_model.py"), "--fasttext-path", fasttext_path,
                    "--exclude", ",".join(exclude), "--out", str(out), "--quiet"], check=True)
    return IntentModel(out)


class Runner:
    """Triage objects per round folder (its ledger), run in-process like ``mailbot triage --json``."""

    def __init__(self, config):
        self.config = config
        self.triages: dict[Path, Triage] = {}

    def triage(self, folder: Path) -> Triage:
        if folder not in self.triages:
            ledger = load_ledger(str(folder / "ledger.json"), self.config.zone_of)
            self.triages[folder] = Triage(self.config, ledger, FixedClock(parse_now(NOW)))
        return self.triages[folder]

    def set_opinion(self, opinion: SecondOpinion | None) -> None:
        for triage in self.triages.values():
            for brand in self.config.brands.values():
                triage.extractor(brand).second_opinion = opinion

    def run(self, folder: Path, case: dict, decided: list | None = None) -> tuple[bool, int]:
        """Whether the case is fully right, and its unsafe approvals (unambiguous cases only);
        ``decided`` receives the intents of its decisions."""
        triage = self.triage(folder)
        try:
            messages = [read_email(str(folder / f), self.config) for f in case["files"]]
            got = json.loads(json.dumps(triage.decide(messages).as_dict(), ensure_ascii=False))
        except Exception as exc:  # noqa: BLE001 - a crash is a finding
            print(f"  crash on {case['id']}: {type(exc).__name__}: {exc}")
            return False, 0
        if decided is not None and got.get("status") == "decided":
            decided.extend(d["intent"] for d in got.get("decisions") or [])
        problems, unsafe = compare(case, got)
        return not problems and not unsafe, 0 if case.get("ambiguous") else len(unsafe)

    def first_email(self, folder: Path, case: dict) -> tuple[frozenset, frozenset, str, str]:
        triage = self.triage(folder)
        msg = read_email(str(folder / case["files"][0]), self.config)
        brand = triage.brand_of([msg], None)
        if brand is None:
            return frozenset(), frozenset(), msg.subject, msg.new_text
        extractor = triage.extractor(brand)
        found = extractor.extract(msg)
        low = f"{msg.subject}\n{msg.new_text}".lower()
        scan = extractor.patterns.main.scan(low)
        cues = frozenset(scan.engine.names[i] for i in scan.hits)
        return frozenset(found.intents), cues, msg.subject, msg.new_text


def intent_set(odds: IntentOdds) -> frozenset:
    return frozenset(i for i in ("refund", "cancellation") if odds.of(i) >= 0.5)


def hybrid_set(row: Row, thresholds: Thresholds, odds: IntentOdds | None = None) -> frozenset:
    return weigh(row.pattern, odds or row.odds, row.cues, thresholds).intents


def choose(runner: Runner, calibration: list[tuple[Row, IntentOdds, IntentModel]]) -> tuple[Thresholds, int, int]:
    """The thresholds with the most FULL cases right on the calibration rows and no unsafe approval
    (ties: the most cautious pair).  A case whose first email the hybrid reads as the patterns do keeps
    the patterns' result; the others are run again through the harness with the hybrid."""
    best, best_right, best_changed = Thresholds(0.0, 1.01, 0.0), -1, 0
    for add in ADD_GRID:  # most cautious first: a later pair must do strictly better
        for veto in VETO_GRID:
            t = Thresholds(veto, add, 0.0)  # the refund veto only (a cancellation is never vetoed)
            right = unsafe = changed = 0
            for row, odds, model in calibration:
                if hybrid_set(row, t, odds) == row.pattern:
                    right += row.pattern_ok
                    unsafe += row.pattern_unsafe
                    continue
                changed += 1
                runner.set_opinion(SecondOpinion(model, t))
                ok, bad = runner.run(row.folder, row.case)
                right, unsafe = right + ok, unsafe + bad
            runner.set_opinion(None)
            if unsafe == 0 and right > best_right:
                best, best_right, best_changed = t, right, changed
    return best, best_right, best_changed


def pct(a: int, n: int) -> str:
    return f"{a}/{n} {a / n:6.1%}" if n else "-"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fasttext-path", help="folder holding the full fastText (fasttext-wheel), to train")
    parser.add_argument("--rounds", default=",".join(EVALUATED), help="rounds to leave out in turn")
    parser.add_argument("--keep", help="write the fold models into this folder (<k>.ftz, <k>-<j>.ftz), or read them "
                        "from it when they are there already (no training)")
    parser.add_argument("--model-only", action="store_true", help="only (a): the fold models' intent sets, no "
                        "harness runs and no calibration models")
    args = parser.parse_args(argv)
    rounds = [r for r in args.rounds.split(",") if r]
    if args.model_only:
        return model_only(args, rounds)
    config = load_config(str(CONFIG))
    runner = Runner(config)
    started = time.monotonic()

    rows: list[Row] = []
    for name, lang, folder in round_folders():
        if name not in rounds:
            continue
        for example in case_examples(name, lang, folder, config, every=True):
            case = example.case
            pattern, cues, subject, body = runner.first_email(folder, case)
            row = Row(name, example.lang, case, folder, label_of(case), subject, body, pattern, cues)
            decided: list = []
            row.pattern_ok, row.pattern_unsafe = runner.run(folder, case, decided)
            row.decided = frozenset(decided)
            rows.append(row)
    print(f"patterns alone: {len(rows)} cases read in {time.monotonic() - started:.0f} s", flush=True)

    with tempfile.TemporaryDirectory(prefix="intent-eval-") as tmp:
        folder = Path(args.keep) if args.keep else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        models = {}
        for k in rounds:
            models[(k,)] = train_fold(args.fasttext_path, [k], folder / f"{k}.ftz")
            for j in rounds:
                if j != k:
                    models[(k, j)] = train_fold(args.fasttext_path, [k, j], folder / f"{k}-{j}.ftz")
            print(f"fold {k}: {len(rounds)} models trained ({time.monotonic() - started:.0f} s)", flush=True)

        chosen: dict[str, Thresholds] = {}
        for k in rounds:
            model = models[(k,)]
            for row in rows:
                if row.round == k:
                    row.odds = model.odds(row.subject, row.body)
            calibration = [(r, models[(k, r.round)].odds(r.subject, r.body), models[(k, r.round)])
                           for r in rows if r.round != k]
            chosen[k], right, changed = choose(runner, calibration)
            print(f"fold {k}: thresholds {chosen[k]} ({right}/{len(calibration)} full cases right on the other "
                  f"rounds, {changed} read differently; {time.monotonic() - started:.0f} s)", flush=True)
            runner.set_opinion(SecondOpinion(model, chosen[k]))
            for row in rows:
                if row.round == k:
                    decided = []
                    row.hybrid_ok, row.hybrid_unsafe = runner.run(row.folder, row.case, decided)
                    row.hybrid_decided = frozenset(decided)
            runner.set_opinion(None)
    report(rows, rounds, chosen)
    print(f"\n(whole run {time.monotonic() - started:.0f} s; the machine is shared, times are noisy)")
    return 0


def model_only(args, rounds: list[str]) -> int:
    """(a) alone: each round's labelled first emails read by the model that left the round out."""
    config = load_config(str(CONFIG))
    with tempfile.TemporaryDirectory(prefix="intent-eval-") as tmp:
        folder = Path(args.keep) if args.keep else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        right: dict = {}
        for k in rounds:
            model = train_fold(args.fasttext_path, [k], folder / f"{k}.ftz")
            for name, lang, path in round_folders():
                if name == k:
                    for e in case_examples(name, lang, path, config):
                        ok = intent_set(model.odds(e.subject, e.body)) == e.intents
                        for key in ((k, e.lang), ("all", e.lang), ("all", "*")):
                            right.setdefault(key, [0, 0])
                            right[key][0] += ok
                            right[key][1] += 1
    print(f"{'round':<9}{'lang':<5}{'(a) model':>16}")
    for k in rounds + ["all"]:
        for lang in LANGS + ("*",):
            if (k, lang) in right:
                ok, n = right[(k, lang)]
                print(f"{k:<9}{lang:<5}{pct(ok, n):>16}")
    return 0


def report(rows: list[Row], rounds: list[str], chosen: dict[str, Thresholds]) -> None:
    print("\nLeave-one-round-out.  Intent sets: labelled cases' first emails.  Full: every case, harness compare.")
    print(f"{'round':<8}{'lang':<5}{'(a) model':>16}{'(b) pattern':>16}{'hybrid':>16}"
          f"{'(c) full pat.':>16}{'full hybrid':>16}{'unsafe p/h':>12}")
    groups = [(k, lang) for k in rounds for lang in LANGS] + [("all", lang) for lang in LANGS] + [("all", "*")]
    for k, lang in groups:
        chosen_rows = [r for r in rows if (k == "all" or r.round == k) and (lang == "*" or r.lang == lang)]
        labelled = [r for r in chosen_rows if r.label is not None]
        if not chosen_rows:
            continue
        model_right = sum(intent_set(r.odds) == r.label for r in labelled)
        pattern_right = sum(r.decided == r.label for r in labelled)
        hybrid_right = sum(r.hybrid_decided == r.label for r in labelled)
        n = len(chosen_rows)
        print(f"{k:<8}{lang:<5}{pct(model_right, len(labelled)):>16}{pct(pattern_right, len(labelled)):>16}"
              f"{pct(hybrid_right, len(labelled)):>16}{pct(sum(r.pattern_ok for r in chosen_rows), n):>16}"
              f"{pct(sum(r.hybrid_ok for r in chosen_rows), n):>16}"
              f"{sum(r.pattern_unsafe for r in chosen_rows):>6}/{sum(r.hybrid_unsafe for r in chosen_rows)}")
    print("\nCases the hybrid changed (full-case right: patterns -> hybrid):")
    for r in rows:
        if r.pattern_ok != r.hybrid_ok or r.hybrid_unsafe:
            print(f"  {r.round} {r.case['id']}: {r.pattern_ok} -> {r.hybrid_ok}; label {sorted(r.label or [])} "
                  f"patterns {sorted(r.pattern)} odds refund {r.odds.refund:.2f} cancellation "
                  f"{r.odds.cancellation:.2f}; unsafe {r.hybrid_unsafe}")


if __name__ == "__main__":
    raise SystemExit(main())
