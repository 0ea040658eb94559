"""The phrasebook: many short customer emails per language, each labelled by QA (from POLICY_SPEC.md
alone) with what a careful support lead reads in it: the intents asked for now, whether the customer
gives a reason of their own, the L2 exception reason, and a C4 threat.

It measures *reading* breadth, not decisions (no ledger): the held-out rounds measure decisions.  It
is training material: developers read it and make the reader handle it, so its figures are not an
honest measure of unseen mail (the newest held-out round is).

Run ``python3 -m tests.phrasebook [lang ...]`` to print every miss with what was expected and read.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from mailbot.reading.extract import Extractor
from mailbot.reading.parse import parse_message
from tests.helpers import LO_ADDRESS, config, email_bytes, ist

DATA = Path(__file__).resolve().parent / "data"
SENDER = "customer.phrasebook@example.com"
WHEN = ist(2025, 9, 20, 10, 0)
INTENTS = {"refund", "cancellation"}
REASON_CODES = {"duplicate_payment", "billing_error", "access_failure"}
FAMILIES = {"refund", "cancellation", "both", "negated", "hypothetical", "past_event", "exception",
            "no_reason", "reason_tricky", "dispute", "forward", "not_a_request"}
BRAND_ADDRESS = {"leadsoptima": LO_ADDRESS, "optima_webdesign": "support@optimawebdesign.com"}
LABELS = ("intents", "reason", "reason_code", "dispute")


@dataclass(frozen=True)
class Phrase:
    """One labelled email of the phrasebook."""

    id: str
    family: str
    brand: str
    subject: str
    body: str
    intents: frozenset[str]
    reason: bool | None
    reason_code: str | None
    dispute: bool | None
    note: str = ""


@dataclass
class Reading:
    """What mailbot read in a phrase, in the phrasebook's labels."""

    intents: frozenset[str]
    reason: bool
    reason_code: str | None
    dispute: bool
    reason_text: str | None = None


@dataclass
class Tally:
    """Right and wrong phrases of one language, overall and per family and per label."""

    total: int = 0
    right: int = 0
    families: Counter = field(default_factory=Counter)
    family_right: Counter = field(default_factory=Counter)
    label_wrong: Counter = field(default_factory=Counter)
    misses: list = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0


def languages() -> list[str]:
    return sorted(p.name.split("_", 1)[1] for p in DATA.glob("phrasebook_*") if (p / "phrases.json").is_file())


def load(lang: str) -> list[Phrase]:
    raw = json.loads((DATA / f"phrasebook_{lang}" / "phrases.json").read_text(encoding="utf-8"))
    return [Phrase(id=p["id"], family=p["family"], brand=p["brand"], subject=p["subject"], body=p["body"],
                   intents=frozenset(p["intents"]), reason=p["reason"], reason_code=p["reason_code"],
                   dispute=p["dispute"], note=p.get("note", ""))
            for p in raw["phrases"]]


def problems(phrases: list[Phrase]) -> list[str]:
    """What is wrong with the file's shape (an empty list when it is sound)."""
    found = []
    ids = Counter(p.id for p in phrases)
    found += [f"{i}: id used {n} times" for i, n in ids.items() if n > 1]
    for p in phrases:
        if p.family not in FAMILIES:
            found.append(f"{p.id}: unknown family {p.family!r}")
        if p.brand not in BRAND_ADDRESS:
            found.append(f"{p.id}: unknown brand {p.brand!r}")
        if not p.intents <= INTENTS:
            found.append(f"{p.id}: unknown intents {sorted(p.intents - INTENTS)}")
        if p.reason_code not in REASON_CODES | {None}:
            found.append(f"{p.id}: unknown reason_code {p.reason_code!r}")
        if not p.body.strip():
            found.append(f"{p.id}: empty body")
    return found


class Reader:
    """Reads phrases with the packaged default config, one extractor per brand."""

    def __init__(self):
        cfg = config()
        self.extractors = {name: Extractor(cfg.brands[name]) for name in BRAND_ADDRESS}

    def read(self, phrase: Phrase) -> Reading:
        raw = email_bytes(SENDER, BRAND_ADDRESS[phrase.brand], phrase.subject, WHEN, phrase.body)
        found = self.extractors[phrase.brand].extract(parse_message(raw, f"{phrase.id}.eml"))
        code = found.fields.reason_code
        return Reading(intents=frozenset(found.intents) & INTENTS, reason=bool(found.fields.reason),
                       reason_code=code if code in REASON_CODES else None, dispute=found.dispute is not None,
                       reason_text=found.fields.reason)


def wrong_labels(phrase: Phrase, read: Reading) -> list[str]:
    """The labels mailbot read differently from QA (a label set to null is not judged)."""
    wrong = []
    if read.intents != phrase.intents:
        wrong.append("intents")
    if phrase.reason is not None and phrase.intents and read.reason != phrase.reason:
        wrong.append("reason")
    if phrase.reason_code is not None and read.reason_code != phrase.reason_code:
        wrong.append("reason_code")
    if phrase.dispute is not None and read.dispute != phrase.dispute:
        wrong.append("dispute")
    return wrong


def tally(lang: str, reader: Reader | None = None) -> Tally:
    reader = reader or Reader()
    result = Tally()
    for phrase in load(lang):
        read = reader.read(phrase)
        wrong = wrong_labels(phrase, read)
        result.total += 1
        result.families[phrase.family] += 1
        if wrong:
            result.label_wrong.update(wrong)
            result.misses.append((phrase, read, wrong))
        else:
            result.right += 1
            result.family_right[phrase.family] += 1
    return result


def summary(lang: str, result: Tally) -> str:
    families = ", ".join(f"{name} {result.family_right[name]}/{n}" for name, n in sorted(result.families.items()))
    labels = ", ".join(f"{name} {result.label_wrong[name]}" for name in LABELS if result.label_wrong[name])
    return (f"phrasebook {lang}: {result.right}/{result.total} = {100 * result.accuracy:.1f}% read as QA labelled"
            f" (wrong labels: {labels or 'none'}); {families}")


def report_misses(lang: str, result: Tally) -> str:
    lines = []
    for phrase, read, wrong in result.misses:
        lines.append(f"- {phrase.id} [{phrase.family}, {phrase.brand}] wrong: {', '.join(wrong)}")
        lines.append(f"    expected: intents={sorted(phrase.intents)} reason={phrase.reason} "
                     f"reason_code={phrase.reason_code} dispute={phrase.dispute}")
        lines.append(f"    read    : intents={sorted(read.intents)} reason={read.reason_text!r} "
                     f"reason_code={read.reason_code} dispute={read.dispute}")
        lines.append(f"    note    : {phrase.note}")
        lines.append(f"    subject : {phrase.subject}")
        lines.extend("    | " + line for line in phrase.body.splitlines())
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    reader = Reader()
    for lang in argv or languages():
        result = tally(lang, reader)
        print(summary(lang, result))
        print(report_misses(lang, result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
