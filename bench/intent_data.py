"""The labelled examples of the learned intent reader (bench/train_intent_model.py,
bench/intent_model_eval.py), collected from the repository's own test data:

- the held-out rounds ``tests/data/fresh{,2..13}_<lang>/expected.json`` and the older
  ``tests/data/heldout*/expected.json``: a ``decided`` case gives the intents of its ``decisions``,
  an ``other`` case gives none; ``need_info`` (no decisions listed) and ``ignore`` cases are
  skipped (their intents are not stated); a thread gives its first email only;
- ``tests/data/phrasebook_<lang>/phrases.json``: each phrase with its explicit ``intents``.

The text is what mailbot's reader keeps of the email (the subject and the customer's own text,
``InboundMessage.new_text``: quotes, signatures and forwarding notes cut), normalised by
:func:`mailbot.reading.intent_model.model_text`.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from mailbot.cli.triage_cmds import read_email  # noqa: E402
from mailbot.reading.intent_model import model_text  # noqa: E402

DATA = ROOT / "tests" / "data"
LANGS = ("en", "es", "pt", "de", "fr", "hi")
ROUND_NAME = re.compile(r"fresh(\d*)_([a-z]{2})")
EVALUATED = ("fresh9", "fresh10", "fresh11", "fresh12", "fresh13")


@dataclass
class Example:
    """One labelled text: where it comes from, its language and the intents it asks."""

    source: str          # "fresh9", "heldout_es", "phrasebook"...
    lang: str
    case_id: str
    text: str            # normalised (model_text)
    intents: frozenset
    subject: str = ""
    body: str = ""
    folder: Path | None = None
    case: dict = field(default_factory=dict)   # the expected.json entry (rounds and heldout folders)


def round_folders() -> list[tuple[str, str, Path]]:
    """(round, lang, folder) of every held-out round folder, ``fresh`` named ``fresh1``."""
    found = []
    for path in sorted(DATA.glob("fresh*_*")):
        m = ROUND_NAME.fullmatch(path.name)
        if m and (path / "expected.json").is_file():
            found.append((f"fresh{m.group(1) or 1}", m.group(2), path))
    return found


def label_of(case: dict) -> frozenset | None:
    """The intents a case's expected answer states, or None when it states none (need_info, ignore)."""
    if case["status"] == "decided":
        return frozenset(d["intent"] for d in case.get("decisions") or [])
    if case["status"] == "other":
        return frozenset()
    return None


def case_examples(source: str, lang: str, folder: Path, config, every: bool = False) -> list[Example]:
    """A folder's cases as examples (``every``: the unlabelled ones too, with ``intents`` empty)."""
    out = []
    for case in json.loads((folder / "expected.json").read_text(encoding="utf-8"))["cases"]:
        label = label_of(case)
        if label is None and not every:
            continue
        try:
            msg = read_email(str(folder / case["files"][0]), config)
        except Exception:  # noqa: BLE001 - an unreadable email is no example
            continue
        out.append(Example(source, case.get("lang", lang), case["id"], model_text(msg.subject, msg.new_text),
                           label if label is not None else frozenset(), msg.subject, msg.new_text, folder, case))
    return out


def phrase_examples() -> list[Example]:
    out = []
    for path in sorted(DATA.glob("phrasebook_*/phrases.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for p in data["phrases"]:
            out.append(Example("phrasebook", data.get("lang", p.get("lang", "en")), p["id"],
                               model_text(p.get("subject", ""), p.get("body", "")),
                               frozenset(p.get("intents") or ()), p.get("subject", ""), p.get("body", "")))
    return out


def heldout_examples(config) -> list[Example]:
    out = []
    for folder in sorted(DATA.glob("heldout*")):
        if (folder / "expected.json").is_file():
            lang = folder.name.split("_")[1] if "_" in folder.name else "en"
            out += case_examples(folder.name, lang if lang in LANGS else "en", folder, config)
    return out


def all_examples(config) -> list[Example]:
    """Every labelled example: the rounds, the older held-out folders, the phrasebooks."""
    out = []
    for name, lang, folder in round_folders():
        out += case_examples(name, lang, folder, config)
    return out + heldout_examples(config) + phrase_examples()


def counts(examples: list[Example]) -> str:
    """Examples per language and label, as a small table."""
    rows = ["lang   total  refund  cancel  both  none"]
    for lang in LANGS + ("*",):
        chosen = [e for e in examples if lang == "*" or e.lang == lang]
        r = sum("refund" in e.intents and "cancellation" not in e.intents for e in chosen)
        c = sum("cancellation" in e.intents and "refund" not in e.intents for e in chosen)
        b = sum(len(e.intents) == 2 for e in chosen)
        n = sum(not e.intents for e in chosen)
        rows.append(f"{lang:<5} {len(chosen):>6} {r:>7} {c:>7} {b:>5} {n:>5}")
    return "\n".join(rows)


def fasttext_line(example: Example) -> str:
    labels = " ".join(f"__label__{i}" for i in sorted(example.intents)) or "__label__none"
    return f"{labels} {example.text}"
