"""Train the learned intent reader (mailbot/reading/intent_model.py) and write the shipped model
``mailbot/defaults/models/intents.ftz``.

    pip install --target FASTTEXT_DIR "fasttext-wheel==0.9.2"   # or: pip install '.[train]' in a venv
    PYTHONPATH=. python3 bench/train_intent_model.py --fasttext-path FASTTEXT_DIR

Training needs the full fastText (``fasttext-wheel``, the ``train`` extra); its module is named
``fasttext`` like the predict-only ``fasttext-predict`` that mailbot reads with, so it is best
installed in a separate folder (``--fasttext-path``) or virtualenv rather than over the runtime one.

Reproducible: fixed seed, one thread, examples in a fixed order (bench/intent_data.py).  Prints
the examples per language and label, the training time and the model's size.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from intent_data import Example, all_examples, counts, fasttext_line  # noqa: E402

from mailbot.reading.intent_model import MODEL_PATH  # noqa: E402


@dataclass(frozen=True)
class Recipe:
    """fastText's settings (one thread and a fixed seed make a run reproducible)."""

    epoch: int = 30
    lr: float = 0.5
    dim: int = 32
    word_ngrams: int = 2
    minn: int = 3
    maxn: int = 5
    bucket: int = 200_000
    min_count: int = 1
    seed: int = 22
    quantize: bool = True
    cutoff: int = 30_000


RECIPE = Recipe()


def training_fasttext(path: str | None = None):
    """The full fastText module (with ``train_supervised``), from ``path`` if given."""
    if path:
        sys.path.insert(0, path)
    for name in [n for n in sys.modules if n == "fasttext" or n.startswith("fasttext.")]:
        del sys.modules[name]
    module = importlib.import_module("fasttext")
    if not hasattr(module, "train_supervised"):
        sys.exit("train_intent_model: the 'fasttext' module found is the predict-only build; install "
                 "fasttext-wheel into a folder (pip install --target DIR fasttext-wheel) and pass --fasttext-path DIR")
    return module


def train(fasttext, examples: list[Example], out: Path, recipe: Recipe = RECIPE) -> Path:
    """Train on ``examples`` and save the model at ``out`` (``.ftz`` quantised, else ``.bin``)."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as handle:
        handle.write("\n".join(fasttext_line(e) for e in examples) + "\n")
        name = handle.name
    try:
        model = fasttext.train_supervised(
            input=name, epoch=recipe.epoch, lr=recipe.lr, dim=recipe.dim, wordNgrams=recipe.word_ngrams,
            minn=recipe.minn, maxn=recipe.maxn, bucket=recipe.bucket, minCount=recipe.min_count,
            loss="ova", thread=1, seed=recipe.seed, verbose=0)
        if recipe.quantize:
            model.quantize(input=name, qnorm=True, retrain=False, cutoff=recipe.cutoff, thread=1, verbose=0)
        model.save_model(str(out))
    finally:
        os.unlink(name)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fasttext-path", help="folder holding the full fastText (fasttext-wheel)")
    parser.add_argument("--out", default=str(MODEL_PATH), help="where to write the model (default: the shipped one)")
    parser.add_argument("--exclude", default="", help="comma-separated sources left out (e.g. fresh9: a fold of "
                        "bench/intent_model_eval.py)")
    parser.add_argument("--quiet", action="store_true", help="print nothing")
    args = parser.parse_args(argv)
    fasttext = training_fasttext(args.fasttext_path)
    from mailbot.config import load_config

    config = load_config(str(ROOT / "mailbot" / "defaults" / "config" / "mailbot.toml"))
    left_out = {name for name in args.exclude.split(",") if name}
    examples = [e for e in all_examples(config) if e.source not in left_out]
    if not args.quiet:
        print("training examples (first email of each labelled case; phrasebook phrases):")
        print(counts(examples))
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    started = time.process_time()
    train(fasttext, examples, out)
    if not args.quiet:
        print(f"trained in {time.process_time() - started:.1f} s CPU (one thread, seed {RECIPE.seed}); "
              f"{out.name}: {out.stat().st_size / 1024:.0f} KiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
