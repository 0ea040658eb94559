"""Reading cost per language: the main pattern set's pass and ``extract``, per email, on real mail.

    python bench/language_bench.py [--languages en,hi,es,pt,de,fr] [--repeat 3] [--bench-count 300]

For each language, the emails of the fresh held-out rounds written in it
(``tests/data/fresh*_<lang>/emails``) and, as ``bench``, the benchmark support mail of
``bench/mailgen.py`` (seed 7) are parsed once; then prints process CPU µs per email of

1. the main set pass alone (``PatternEngine.scan`` of the LeadsOptima brand reading all six
   shipped languages, on the lower-cased subject and new text, as ``extract`` scans it), and
2. ``Extractor.extract`` end to end,

each the least of ``--repeat`` passes, after a warm-up pass; and the peak RSS of the process at
the end (the automata's caches grow with the variety of text read; a parse worker reads all).

Issue 8: the cost must not grow with the number of languages; the main set used to overflow its
DFA cache on varied (non-benchmark) mail and rebuild it every few hundred bytes.  CPU time, not
the wall clock: on a shared machine it is the steadier figure; still noisy.
"""

from __future__ import annotations

import argparse
import resource
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from mailbot.config import load_config  # noqa: E402
from mailbot.ledger import ledger_from_data  # noqa: E402
from mailbot.pipeline import Triage  # noqa: E402
from mailbot.reading.parse import parse_message  # noqa: E402
from reading_bench import cpu_per_email as cpu_per_item  # noqa: E402

CONFIG = ROOT / "mailbot" / "defaults" / "config" / "mailbot.toml"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--languages", default="en,hi,es,pt,de,fr")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--bench-count", type=int, default=300)
    args = parser.parse_args()
    config = load_config(CONFIG)
    triage = Triage(config, ledger_from_data({"customers": [], "projects": [], "payments": []}, config.zone_of))
    extractor = triage.extractor(config.brands["leadsoptima"])
    main_set = extractor.patterns.main
    corpora: dict[str, list] = {}
    for code in args.languages.split(","):
        files = sorted((ROOT / "tests" / "data").glob(f"fresh*_{code}/emails/*.eml"))
        corpora[code] = [parse_message(p.read_bytes()) for p in files]
    from mailgen import support_mailbox

    corpora["bench"] = [parse_message(raw) for raw, _ in support_mailbox(args.bench_count, seed=7)]
    print(f"main set: {len(main_set.patterns)} patterns, languages {','.join(extractor.patterns.languages)}; "
          f"process CPU µs/email, least of {args.repeat} passes (noisy on a shared machine)")
    print(f"{'mail':6s} {'emails':>6s} {'chars':>6s} {'set pass':>9s} {'extract':>9s}")
    for code, messages in corpora.items():
        lows = [f"{m.subject}\n{m.new_text}".lower() for m in messages]
        for m in messages:
            extractor.extract(m)  # warm-up: compile on first use, fill the caches once
        scan = cpu_per_item(main_set.scan, lows, args.repeat)
        extract = cpu_per_item(extractor.extract, messages, args.repeat)
        chars = sum(map(len, lows)) // max(1, len(lows))
        print(f"{code:6s} {len(messages):6d} {chars:6d} {scan:9.0f} {extract:9.0f}")
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
