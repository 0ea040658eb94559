"""Everything one email's bytes tell, before the ledger is asked: parse,
screen (C7) and extract, as one picklable step for the parse workers.

:class:`Reader` needs only the mailbox's brand, the language packs, the
ledger's project names (a list of words, taken when the poll starts) and the
read limits, so a worker process (:mod:`mailbot.reading.serve`) runs it with
nothing but the reading modules imported: no database, no templates, no web.
The main process then only decides against the ledger, drafts and stores.

The result is a :class:`Reading`: the parsed email, the screen's reason when
it is automatic mail, and, for a person's email, its own extraction (not yet
merged with the case's earlier emails, nor checked against the ledger).
The whole of it runs under the email's time budget in the worker.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Iterable

from mailbot.models import Extraction, InboundMessage
from mailbot.reading.limits import DEFAULT_LIMITS, ReadLimits
from mailbot.reading.screen import why_ignored

WARM_EMAILS = Path(__file__).resolve().parents[1] / "defaults" / "examples" / "emails"
"""The shipped example emails, read once by :meth:`Reader.warm`."""
WARM_AMOUNTS = ("From: warm-up@example.invalid\r\nTo: warm-up@example.invalid\r\nSubject: Charged twice\r\n"
                "Content-Type: text/plain; charset=utf-8\r\n\r\nI was charged twice, \u20b91,49,999.50 and "
                "\u20ac1.499,00; please refund one.\r\n").encode("utf-8")
"""Read by :meth:`Reader.warm` too: amounts in both notations (the amount
patterns' first automaton states, the amount caches) before the workers are
forked; amounts need no Babel data (:data:`mailbot.reading.amounts.SEPARATORS`)."""


@dataclass(frozen=True, slots=True)
class Reading:
    """What the bytes of one email gave, before any ledger lookup."""

    message: InboundMessage
    ignored: str | None = None
    """Why it is automatic mail (C7), or None for a person's email."""
    extraction: Extraction | None = None
    """The email's own fields and intents (None when ignored).  The caller
    merges and checks it; it must copy it before changing it."""

    def __reduce__(self):
        """Pickled as its values in field order (a parse worker sends one per email): the default
        pickle of a frozen slotted dataclass names each field and sets it back one by one."""
        return Reading, tuple(getattr(self, name) for name in _READING_FIELDS)


_READING_FIELDS = tuple(f.name for f in fields(Reading))


@dataclass
class Reader:
    """Parse, screen and extract for one mailbox's brand; pickled to the
    workers once per poll.  The extractor (compiled patterns, not picklable)
    is built where it runs, once: :meth:`prepare`."""

    brand: Any
    """The mailbox's :class:`mailbot.config.Brand` (plain values: it pickles)."""
    pack_dirs: tuple[Path, ...]
    project_names: tuple[str, ...] = ()
    limits: ReadLimits = DEFAULT_LIMITS
    _extractor: Any = field(default=None, init=False, repr=False, compare=False)

    def __getstate__(self) -> dict:
        return {"brand": self.brand, "pack_dirs": self.pack_dirs, "project_names": self.project_names,
                "limits": self.limits}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state, _extractor=None)

    @classmethod
    def of(cls, brand, pack_dirs: Iterable[Path], project_names: Iterable[str] = (),
           limits: ReadLimits | None = None) -> Reader:
        return cls(brand, tuple(pack_dirs), tuple(project_names), limits or DEFAULT_LIMITS)

    def prepare(self) -> None:
        """Load the language packs and compile the brand's patterns (a worker
        does it before it says it is ready, so no email pays for it)."""
        if self._extractor is None:
            from mailbot.reading import parse  # noqa: F401 - imported here for the zygote to share; see :meth:`parse`
            from mailbot.reading.extract import Extractor
            from mailbot.reading.languages import load_packs

            self._extractor = Extractor(self.brand, self.project_names, load_packs(list(self.pack_dirs)))

    def warm(self) -> None:
        """Read the shipped example emails once, and load the language-id
        model: what the first emails would otherwise build in each parse worker
        (Babel's locale data, lazy imports, the pattern engine's first automaton
        states, the model) is built once in the zygote and shared by the
        workers it forks (:mod:`mailbot.reading.serve`).

        Decision: the model (4 MB) is loaded even if no email of the poll needs
        it: one email in another language would otherwise load a private copy
        in every worker, and the tree's peak would depend on the mail."""
        from mailbot.reading import langid

        self.prepare()
        for raw in [*(path.read_bytes() for path in sorted(WARM_EMAILS.glob("*.eml"))), WARM_AMOUNTS]:
            try:
                Reader.__call__(self, raw, "warm-up")
            except Exception:  # noqa: BLE001 - warming is an optimisation; the emails are read later
                pass
        langid.preload()

    def extractor(self):
        """The brand's :class:`~mailbot.reading.extract.Extractor`, built on first use."""
        self.prepare()
        return self._extractor

    def __call__(self, raw: bytes, source: str = "") -> Reading:
        return self.of_message(self.parse(raw, source))

    # -- the same reading in stages, for a batch (mailbot.reading.serve) --------------

    def reads_in_stages(self) -> bool:
        """Whether :meth:`parse`, :meth:`prescan` then :meth:`of_message` read as a call does: not
        for a subclass that reads otherwise (its own ``__call__``)."""
        return type(self).__call__ is Reader.__call__

    def parse(self, raw: bytes, source: str = "") -> InboundMessage:
        """The first stage: the email parsed (then :meth:`of_message`).

        The parser is imported here, not with this module (issue 8, memory): the main process of a
        poll holds a :class:`Reader` only to hand it to the parse workers, and the parser with what
        it brings (the MIME reader, the HTML reader, ``email.policy``) is 1.1 MB of Python objects,
        about 2 MB of the main process's RSS, that it never uses unless its workers fail.  A worker
        imports it once, in the zygote (:meth:`prepare`), before forking."""
        from mailbot.reading.parse import parse_message

        return parse_message(raw, source, self.limits)

    def prescan(self, messages: list[InboundMessage | None], before=None) -> None:
        """The second stage, for several emails parsed: the main pattern set run over the new text
        of each person's email among ``messages`` (None: one that could not be parsed), all
        together, for :meth:`of_message` to take (see
        :meth:`~mailbot.reading.extract.Extractor.prescan`: the same readings, less CPU).
        ``before(i)`` is called before each pass over ``messages[i]``."""
        own = self.brand.own_addresses
        people = [at for at, msg in enumerate(messages) if msg is not None and not why_ignored(msg, own)]
        self.extractor().prescan([messages[at] for at in people],
                                 None if before is None else lambda i: before(people[i]))

    def forget_prescans(self) -> None:
        """Drop the scans :meth:`prescan` made that no reading took (at the end of a batch)."""
        if self._extractor is not None:
            self._extractor.forget_prescans()

    def of_message(self, message: InboundMessage) -> Reading:
        """Screen and extract an email already parsed."""
        reason = why_ignored(message, self.brand.own_addresses)
        if reason:
            return Reading(message, reason)
        return Reading(message, None, self.extractor().extract(message))
