"""Replay: decide a pile of emails as the worker would, before going live.

Reads an mbox file, a Maildir, a folder of ``.eml`` files or single email
files, and runs every email through one :class:`~mailbot.pipeline.Triage`
as a case of its own (exactly what ``mailbot triage --each`` does).  Nothing
touches the database, nothing is sent.  Pure apart from reading the files:

    emails = list(emails_at(["archive.mbox"]))
    replay = Replay(Triage(config, ledger, clock))
    replayed = [replay.decide(email) for email in emails]
    summary = summarise(replayed)

:class:`Comparison` runs the same emails under a second configuration and tells
which decisions and which drafts a settings change would alter.
"""

from __future__ import annotations

import csv
import json
import logging
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Callable, Iterable, Iterator

from mailbot.errors import MailbotError, MessageError
from mailbot.models import TriageResult
from mailbot.reading.parse import parse_message
from mailbot.pipeline import Triage

if TYPE_CHECKING:
    import mailbox

log = logging.getLogger(__name__)

EMAIL_SUFFIXES = (".eml",)
"""Files of a folder that are read as emails (a Maildir is read whole)."""


class ReplayError(MailbotError):
    """Raised when a replay source cannot be read (missing path, bad mbox)."""


# -- where the emails come from ----------------------------------------------------

@dataclass(frozen=True, slots=True)
class SourceEmail:
    """One email to replay: where it comes from, and how to get its bytes."""

    label: str
    """The file path, or ``archive.mbox#12`` for the 12th email of an mbox."""
    read: Callable[[], bytes]


def _file_reader(path: Path) -> Callable[[], bytes]:
    def read() -> bytes:
        try:
            return path.read_bytes()
        except OSError as e:
            raise MessageError(f"{path}: cannot read: {e.strerror}") from None
    return read


def _box_reader(box: mailbox.Mailbox, key: str) -> Callable[[], bytes]:
    return lambda: box.get_bytes(key)


def is_maildir(path: Path) -> bool:
    return path.is_dir() and all((path / sub).is_dir() for sub in ("cur", "new", "tmp"))


def is_mbox(path: Path) -> bool:
    """An mbox file starts with a ``From `` line (an ``.eml`` never does),
    perhaps after a UTF-8 byte order mark."""
    if path.suffix.lower() == ".mbox":
        return True
    try:
        with open(path, "rb") as f:
            return f.read(8).removeprefix(b"\xef\xbb\xbf").startswith(b"From ")
    except OSError:
        return False


FORMATS = ("auto", "eml", "mbox", "maildir")


def emails_at(paths: Iterable[str | os.PathLike], fmt: str = "auto") -> Iterator[SourceEmail]:
    """Every email of the given paths, in a stable order: a Maildir (sorted by
    file name), a folder (its ``*.eml`` files, sorted, sub-folders included),
    an mbox file (in file order) or one email file.

    ``fmt`` says how a named *file* is read: ``auto`` takes a file that starts
    with a ``From `` line (or ends in ``.mbox``) as an mbox, ``eml`` reads each
    file as one email (what ``mailbot triage --each`` does), ``mbox`` reads
    each as an mbox.  ``maildir`` insists that folders are Maildirs."""
    if fmt not in FORMATS:
        raise ReplayError(f"unknown format {fmt!r} (known: {', '.join(FORMATS)})")
    for given in paths:
        path = Path(given)
        if is_maildir(path):
            yield from _maildir_emails(path)
        elif path.is_dir():
            if fmt == "maildir":
                raise ReplayError(f"{path}: not a Maildir (no cur/, new/ and tmp/ folders)")
            files = sorted(p for p in path.rglob("*") if p.suffix.lower() in EMAIL_SUFFIXES and p.is_file())
            for file in files:
                yield SourceEmail(str(file), _file_reader(file))
        elif path.is_file() and fmt != "maildir" and (fmt == "mbox" or (fmt == "auto" and is_mbox(path))):
            yield from _mbox_emails(path)
        elif path.is_file() and fmt != "maildir":
            yield SourceEmail(str(given), _file_reader(path))
        else:
            raise ReplayError(f"{path}: no such file, folder or Maildir")


def _maildir_emails(path: Path) -> Iterator[SourceEmail]:
    import mailbox  # here, not at the top: the command line imports this module for every
    # command, a poll's included, and the standard library's mailbox was ~0.3 MB of the
    # poll's main process (issue 8, perf25c)

    box = mailbox.Maildir(path, factory=None, create=False)
    names = {key: Path(box._lookup(key)) for key in box.keys()}  # noqa: SLF001 - its file name, for order
    for key in sorted(names, key=lambda k: (names[k].name, str(names[k]))):
        yield SourceEmail(f"{path}/{names[key]}", _box_reader(box, key))


def _mbox_emails(path: Path) -> Iterator[SourceEmail]:
    import mailbox  # see _maildir_emails

    try:
        box = mailbox.mbox(path, factory=None, create=False)
        keys = box.keys()
    except (OSError, mailbox.Error) as e:
        raise ReplayError(f"{path}: cannot read as an mbox file: {e}") from None
    for number, key in enumerate(keys, start=1):
        yield SourceEmail(f"{path}#{number}", _box_reader(box, key))


# -- one decision -------------------------------------------------------------------

@dataclass(slots=True)
class Replayed:
    """What the worker would have done with one email."""

    source: str
    result: TriageResult | None = None
    error: str | None = None
    """One line when the email could not be decided (not an email at all)."""

    @property
    def brand(self) -> str | None:
        return self.result.brand if self.result else None

    @property
    def status(self) -> str:
        return self.result.verdict.status if self.result else "error"

    @property
    def outcome(self) -> str:
        """``approve``, ``deny+cancel``… for decided cases, else the status."""
        if self.result is None:
            return "error"
        if self.status != "decided":
            return self.status
        return "+".join(dict.fromkeys(d.outcome for d in self.result.verdict.decisions)) or "decided"

    @property
    def rules(self) -> list[str]:
        if self.result is None:
            return []
        rules = list(self.result.verdict.rules)
        for decision in self.result.verdict.decisions:
            rules += decision.rules
        return list(dict.fromkeys(rules))

    def decision_key(self) -> tuple:
        """What must stay equal for two runs to have decided the same."""
        if self.result is None:
            return ("error", self.error)
        data = self.result.as_dict()
        return (data["brand"], data["status"], tuple(data["rules"]), tuple(data["missing"]),
                json.dumps(data["decisions"], sort_keys=True))

    def draft_key(self) -> tuple:
        draft = self.result.draft if self.result else None
        return (draft.template, draft.subject, draft.body) if draft else ()

    def as_dict(self) -> dict:
        """The row written to JSON lines: ``mailbot triage --json``'s object
        plus where the email came from and its outcome in one word."""
        data = {"source": self.source, "outcome": self.outcome}
        if self.result is None:
            data.update(status="error", error=self.error)
        else:
            data.update(self.result.as_dict())
        return data


CSV_COLUMNS = ("source", "message_id", "brand", "status", "outcome", "rules", "missing", "case_ref", "overdue",
               "template", "subject", "body", "error")


def csv_row(replayed: Replayed) -> dict[str, str]:
    result = replayed.result
    draft = result.draft if result else None
    return {
        "source": replayed.source,
        "message_id": (result.case.first.message_id or "") if result else "",
        "brand": replayed.brand or "",
        "status": replayed.status,
        "outcome": replayed.outcome,
        "rules": " ".join(replayed.rules),
        "missing": " ".join(result.verdict.missing) if result else "",
        "case_ref": (result.case.reference or "") if result else "",
        "overdue": "yes" if result and result.overdue else "",
        "template": draft.template if draft else "",
        "subject": draft.subject if draft else "",
        "body": draft.body if draft else "",
        "error": replayed.error or "",
    }


class Replay:
    """Decides emails one by one with a single, reused :class:`Triage`."""

    def __init__(self, triage: Triage, brand: str | None = None):
        self.triage = triage
        self.brand = brand

    def decide(self, email: SourceEmail) -> Replayed:
        """One email as a case of its own.  An email that cannot be read or
        decided is reported with its error, never raised: the replay goes on."""
        try:
            message = parse_message(email.read(), source=email.label)
            return Replayed(email.label, self.triage.decide([message], self.brand))
        except MailbotError as e:
            return Replayed(email.label, error=str(e))
        except Exception as e:  # the worker's crash barrier: record, keep going
            log.exception("replay of %s failed", email.label)
            return Replayed(email.label, error=f"{type(e).__name__}: {e}".splitlines()[0])


# -- summary --------------------------------------------------------------------------

@dataclass
class Summary:
    """Counts of a replay by brand, status, outcome and rule."""

    emails: int = 0
    brands: Counter = field(default_factory=Counter)
    statuses: Counter = field(default_factory=Counter)
    outcomes: Counter = field(default_factory=Counter)
    rules: Counter = field(default_factory=Counter)
    drafts: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, replayed: Replayed) -> None:
        self.emails += 1
        self.brands[replayed.brand or "(none)"] += 1
        self.statuses[replayed.status] += 1
        self.outcomes[replayed.outcome] += 1
        self.rules.update(replayed.rules)
        if replayed.result is not None and replayed.result.draft is not None:
            self.drafts += 1
        if replayed.error:
            error = replayed.error
            self.errors.append(error if error.startswith(replayed.source) else f"{replayed.source}: {error}")

    def lines(self) -> list[str]:
        def counts(title: str, counter: Counter) -> str:
            return f"{title}: " + (", ".join(f"{k} {n}" for k, n in sorted(counter.items(),
                                                                        key=lambda kv: (-kv[1], kv[0])))
                                    or "-")
        return [
            f"{self.emails} emails, {self.drafts} drafts, {len(self.errors)} unreadable",
            counts("by brand", self.brands),
            counts("by status", self.statuses),
            counts("by outcome", self.outcomes),
            counts("by rule", self.rules),
        ]


def summarise(replayed: Iterable[Replayed]) -> Summary:
    summary = Summary()
    for one in replayed:
        summary.add(one)
    return summary


# -- writing every decision ----------------------------------------------------------------

class DecisionWriter:
    """Writes each decision as it comes: CSV (``.csv``) or JSON lines (anything else)."""

    def __init__(self, out: IO[str], fmt: str, extra: tuple[str, ...] = ()):
        self.out = out
        self.fmt = fmt
        self.extra = extra
        self._csv = None
        if fmt == "csv":
            self._csv = csv.DictWriter(out, fieldnames=[*CSV_COLUMNS, *extra], extrasaction="ignore")
            self._csv.writeheader()

    @staticmethod
    def format_of(path: str | os.PathLike) -> str:
        suffix = Path(path).suffix.lower()
        if suffix == ".csv":
            return "csv"
        if suffix in (".jsonl", ".ndjson", ".json"):
            return "jsonl"
        raise ReplayError(f"{path}: write decisions to a .csv or a .jsonl file")

    def write(self, replayed: Replayed, **extra: str) -> None:
        if self._csv is not None:
            self._csv.writerow({**csv_row(replayed), **extra})
        else:
            self.out.write(json.dumps({**replayed.as_dict(), **extra}, ensure_ascii=False) + "\n")


# -- comparing two configurations ------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Change:
    """One email whose decision or draft differs under the other configuration."""

    before: Replayed
    after: Replayed

    @property
    def decision_changed(self) -> bool:
        return self.before.decision_key() != self.after.decision_key()

    @property
    def draft_changed(self) -> bool:
        return self.before.draft_key() != self.after.draft_key()

    @property
    def what(self) -> str:
        return "decision" if self.decision_changed else "draft" if self.draft_changed else ""

    def line(self) -> str:
        b, a = self.before, self.after
        if self.decision_changed:
            return (f"{b.source}: decision {b.brand or '-'}/{b.outcome} [{' '.join(b.rules)}] → "
                    f"{a.brand or '-'}/{a.outcome} [{' '.join(a.rules)}]")
        old, new = b.draft_key(), a.draft_key()
        if not old or not new or old[0] != new[0]:
            return f"{b.source}: draft {old[0] if old else 'none'} → {new[0] if new else 'none'}"
        parts = [name for name, x, y in zip(("template", "subject", "body"), old, new) if x != y]
        return f"{b.source}: draft {new[0]}: {' and '.join(parts)} changed{_first_difference(old[2], new[2])}"


def _first_difference(before: str, after: str) -> str:
    if before == after:
        return ""
    old, new = before.splitlines(), after.splitlines()
    for number, (x, y) in enumerate(zip(old, new), start=1):
        if x != y:
            return f" (line {number}: {x.strip()[:60]!r} → {y.strip()[:60]!r})"
    number = min(len(old), len(new)) + 1
    return f" (from line {number}: {len(old)} → {len(new)} lines)"


class Comparison:
    """The same emails decided under the current and the other configuration."""

    def __init__(self, current: Replay, other: Replay):
        self.current = current
        self.other = other
        self.changes: list[Change] = []

    def decide(self, email: SourceEmail) -> Change:
        cached = _Cached(email)
        change = Change(self.current.decide(cached.source), self.other.decide(cached.source))
        if change.what:
            self.changes.append(change)
        return change

    def lines(self) -> list[str]:
        decisions = sum(1 for c in self.changes if c.decision_changed)
        drafts = sum(1 for c in self.changes if not c.decision_changed and c.draft_changed)
        return [f"{decisions} decisions and {drafts} more drafts change", *(c.line() for c in self.changes)]


class _Cached:
    """An email read once although two configurations decide it."""

    def __init__(self, email: SourceEmail):
        self._email = email
        self._raw: bytes | None = None
        self.source = SourceEmail(email.label, self.read)

    def read(self) -> bytes:
        if self._raw is None:
            self._raw = self._email.read()
        return self._raw
