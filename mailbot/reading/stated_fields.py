"""The fields the customer states, read from one scan: the plan, the address they name, the invoice
references (written as the ledger writes them, :func:`canonical_reference`) and the project
(:class:`ProjectNames`, the ledger's, found by their words).  A mixin of
:class:`~mailbot.reading.extract.Extractor`, which reads the request itself."""

from __future__ import annotations

from typing import Iterable

from mailbot.invoices import LOOSE_SEPARATORS, plain_dashes
from mailbot.reading.scan import Scan
from mailbot.reading.reading_rules import CASE_REFERENCE, INVOICE_NAMES, PART_SPLIT, words_of
from mailbot.reading.wording import PLANS
from mailbot.reading.sentences import sentence_bounds


PLAN_OR_GAP = 12
"""(fix43x) The most characters between two plans named as alternatives ("monthly or yearly", " ya ")."""

_LETTER_DIGIT = bytes(97 if chr(b).isalpha() else 49 if chr(b).isdigit() else 45 for b in range(128)) + b"-" * 128
"""An ASCII reference's bytes as ``a`` (a letter), ``1`` (a digit) or ``-`` (anything else)."""


def _only_or(gap: str, either: frozenset[str]) -> bool:
    """(fix43x) Whether the words between two plans only join them as alternatives ("monthly or yearly",
    "mensual / anual"): a short gap of ``labels.plan_or`` words, or a slash alone."""
    if len(gap) > PLAN_OR_GAP:
        return False
    words = words_of(gap)
    return all(w in either for w in words) if words else gap.strip() in ("/", "|")


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def unspoken(found: str, spoken: frozenset[str]) -> str:
    """(fix39a) A reference dictated with its separators said as words ("LO guion INV guion 27102", "lo dash inv
    dash 5533", the packs' ``labels.spoken_separators``), those words left out: its parts, a space apart."""
    if not spoken:
        return found
    return " ".join(word for word in found.split() if word.lower() not in spoken)


def canonical_reference(found: str) -> str:
    """An invoice reference as the ledger writes it: upper case; where the customer separated
    its parts with spaces, dots, slashes or dashes, a hyphen instead ("lo inv 66120" → LO-INV-66120,
    "LO–INV–5533" → LO-INV-5533); and in a hyphenated reference, a hyphen where letters run straight
    into its number ("lo-inv5532" → LO-INV-5532: the ledger's references separate every part)."""
    ref = plain_dashes(found.upper().strip())
    if any(c in ref for c in LOOSE_SEPARATORS):
        out, gap = [], False
        for ch in ref:
            if ch in "-/. ":
                gap = True
                continue
            if gap and out:
                out.append("-")
            gap = False
            out.append(ch)
        ref = "".join(out)
    if "-" not in ref or (ref.isascii() and b"a1" not in ref.encode("ascii").translate(_LETTER_DIGIT)):
        return ref  # no letter runs straight into a digit: nothing to separate
    out = []
    for i, ch in enumerate(ref):
        if i and ch.isdigit() and ref[i - 1].isalpha():
            out.append("-")
        out.append(ch)
    return "".join(out)


class ProjectNames:
    """The ledger's project names, found in text by their words (one dict
    lookup per word and name length, however many projects there are)."""

    def __init__(self, names: Iterable[str]):
        self.by_words: dict[tuple[str, ...], str] = {}
        for name in names:
            words = tuple(words_of(name))
            if words:
                self.by_words.setdefault(words, name)
        self.lengths = sorted({len(k) for k in self.by_words}, reverse=True)

    def find(self, text: str) -> str | None:
        """The first project name ``text`` holds (the longest at a place), if any."""
        if not self.by_words:
            return None
        return next((name for _, _, name in self._runs(words_of(text))), None)

    def without(self, words: list[str]) -> list[str]:
        """``words`` without every run of them that is a project name (:mod:`mailbot.reading.purpose`)."""
        if not self.by_words:
            return words
        out, at = [], 0
        for start, end, _ in self._runs(words):
            out += words[at:start]
            at = end
        return out + words[at:]

    def _runs(self, words: list[str]):
        """Each ``(start, end, name)`` run of ``words`` that is a project name, left to right, the longest name
        at a place, the next looked for after it: one dict lookup per word and name length."""
        i = 0
        while i < len(words):
            for n in self.lengths:
                name = self.by_words.get(tuple(words[i:i + n]))
                if name:
                    yield i, i + n, name
                    i += n
                    break
            else:
                i += 1


CORRECTION_GAP = 40
"""(fix42d) At most this many characters between a reference and the one that corrects it."""
CORRECTION_WORDS = 4
"""(fix42d) At most this many words between them ("- sorry, I mean")."""


def corrected_last(found: list[str], spans: list[tuple[int, int, str]], low: str, corrections: frozenset[str]) -> list[str]:
    """(fix42d) The references the customer corrected right after writing them ("LO-INV-61061 - sorry, LO-INV-91061",
    "OWD-2025-14, I mean OWD-2025-41", "LO-INV-1, perdón, digo LO-INV-2") moved last: the later one is the one meant.
    A correction is a short gap (:data:`CORRECTION_GAP` characters, :data:`CORRECTION_WORDS` words) between two
    references whose last or last but one word is one of the packs' ``labels.corrections``.  Decision (as
    ``_outside_refund_declines``): the order changes, no reference is dropped (the ledger still finds either); "LO-INV-1
    (sorry about that) and LO-INV-2" ends its gap with other words and changes nothing.  Plain string work."""
    if len(spans) < 2 or not corrections:
        return found
    groups: list[list] = []  # overlapping matches ("LO-INV-1" and its "INV-1") are one reference written
    for start, end, name in sorted(spans):
        if groups and start < groups[-1][1]:
            groups[-1][1] = max(groups[-1][1], end)
            groups[-1][2].add(name)
        else:
            groups.append([start, end, {name}])
    replaced: set[str] = set()
    for (_, first_end, first), (second_start, _, second) in zip(groups, groups[1:]):
        if first & second or not 0 < second_start - first_end <= CORRECTION_GAP:
            continue
        words = words_of(low[first_end:second_start])
        if 0 < len(words) <= CORRECTION_WORDS and any(w in corrections for w in words[-2:]):
            replaced |= first
    if not replaced:
        return found
    return [f for f in found if f not in replaced] + [f for f in found if f in replaced]


class FieldReading:
    """Methods of :class:`~mailbot.reading.extract.Extractor` (it holds ``patterns``, ``projects``,
    ``own_addresses``; see its ``__init__``)."""

    def plan(self, scan: Scan, low: str, end: int) -> str | None:
        """The plan named first.  (fix43x) A plan named only as one of two alternatives ("No idea which plan they
        were on, monthly or yearly", "pata nahi kaun sa plan hai - monthly ya saal wala", "mensual o anual") is not
        stated: the customer does not know it, and C3 asks when the ledger holds none.  Decision: only two different
        plans with nothing between them but the packs' ``labels.plan_or`` words ("or", "ya", "o", "ou", "oder") or a
        slash; "from monthly to annual" or "annual (or was it quarterly?)" read as before."""
        named = []
        for plan in PLANS:
            found = scan.finditer(f"plan.{plan}", end)
            first = next(found, None)
            if first is not None:
                named.append((plan, first, found))
        if len(named) < 2:  # (fix44k) one plan named (or none): no alternatives, its first mention answers
            return named[0][0] if named else None
        mentions = []
        for hit in sorted((m.start(), m.end(), plan) for plan, first, rest in named for m in (first, *rest)):
            if mentions and hit[0] < mentions[-1][1]:
                continue  # "saal wala plan" matched twice: one mention
            mentions.append(hit)
        either = self.patterns.words("labels.plan_or")
        alternatives = set()
        for one, other in zip(mentions, mentions[1:]):
            if one[2] != other[2] and _only_or(low[one[1]:other[0]], either):
                alternatives |= {one, other}
        return next((plan for start, stop, plan in mentions if (start, stop, plan) not in alternatives), None)

    def stated_email(self, scan: Scan, low: str) -> tuple[str | None, bool]:
        """An address the customer wrote, and whether they named it as their account's."""
        if "@" not in low:
            return None, False
        own = self.own_addresses
        for m in scan.finditer("label_email"):
            start = m.start(1)
            if start > 0 and (_is_word(low[start - 1]) or low[start - 1] in ".+'-"):
                continue
            if m.group(1) not in own:
                return m.group(1).rstrip("."), True
        for m in scan.finditer("email"):
            address = m.group(0).rstrip(".")
            if address not in own:
                return address, False
        return None, False

    def _outside_refund_declines(self, scan: Scan, low: str, end: int, invoices: list[str]) -> list[str]:
        """(fix21) With several references named, those only named in a sentence that declines a refund
        ("We're not after a refund for the domain (OWD-2025-725) ... please cancel the retainer,
        OWD-2025-724") come last: the customer sets that payment aside, the request is about the other
        one.  Decision: the order changes, no reference is dropped; with one reference, or all of them
        in declining sentences, the order stays as written."""
        if len(invoices) < 2:
            return invoices
        declined = [sentence_bounds(low, m.start(), wrapped=True) for m in scan.finditer("refund_negated", end)]
        if not declined:
            return invoices
        asked = set()
        for m in scan.finditer_each("invoice"):
            if not any(s <= m.start() < e for s, e in declined):
                asked.add(canonical_reference(unspoken(m.group(0), self.patterns.words("labels.spoken_separators"))))
        if not asked:
            return invoices
        return [i for i in invoices if i in asked] + [i for i in invoices if i not in asked]

    def invoices_in(self, text: str, active) -> list[str]:
        if not text:
            return []
        low = text.lower()
        return self.invoices(self.patterns.main.subset(*INVOICE_NAMES).scan(low, active), low)

    def invoices(self, scan: Scan, low: str) -> list[str]:
        found: list[str] = []
        spoken = self.patterns.words("labels.spoken_separators")  # fix39a: "LO guion INV guion 27102"
        spans: list[tuple[int, int, str]] = []
        for m in scan.finditer_each("invoice"):  # the brand's patterns in their order
            if (at := m.start()) == 0 or not _is_word(low[at - 1]):
                found.append(canonical_reference(unspoken(m.group(0), spoken)))
                spans.append((m.start(), m.end(), found[-1]))
        found = corrected_last(found, spans, low, self.patterns.words("labels.corrections"))
        for m in scan.finditer("label_invoice"):
            ref = m.group(1).upper().rstrip("-/_")
            if any(map(str.isdigit, ref)) and not any(ref in f or f in ref for f in found):
                found.append(ref)
        return list(dict.fromkeys(found))

    def project(self, scan: Scan, text: str, low: str) -> str | None:
        known = self.projects.find(low)
        if known:
            return known
        return self._labelled_project(scan, text, low) or self._bracketed(scan, text, low)

    def forwarded_project(self, text: str, active) -> str | None:
        if not text:
            return None
        low = text.lower()
        if len(low) != len(text):
            text = low
        return self._labelled_project(self.patterns.main.subset("label_project").scan(low, active), text, low)

    def _labelled_project(self, scan: Scan, text: str, low: str) -> str | None:
        """The name after a project label.  (fix27l) After a copula only ("the project is ...", "le projet est
        ...", "das Projekt ist ..."), the words are a name when written as one (a capital or a quote opening them:
        "Our project is Green Leaf"); "the project is on hold", "le projet est sur pause" tell its state and name
        none.  Decision: then no name is read (the ledger's own names are still found, and a missing name is
        asked or filled from the ledger); a colon or a dash after the label reads any words, as before."""
        for m in scan.finditer("label_project"):
            name = text[m.start(1):m.end(1)].strip()
            joint = text[m.start():m.start(1)].rstrip()
            if not name:
                continue
            if joint.endswith((":", "-", "–", "—")) or joint[-1:] in "\"'“«" or name[0] in "\"'“«" \
                    or name[0].isupper():
                return name
        return None

    def _bracketed(self, scan: Scan, text: str, low: str) -> str | None:
        line_end = low.find("\n")
        line_end = len(low) if line_end < 0 else line_end
        for m in scan.finditer("brackets", line_end):
            if m.end() > line_end:
                break
            for part in PART_SPLIT.split(text[m.start(1):m.end(1)]):
                part = part.strip()
                low_part = part.lower()
                if part and not self.invoices(self.patterns.main.subset(*INVOICE_NAMES).scan(low_part), low_part) \
                        and not CASE_REFERENCE.fullmatch(part):
                    return part
        return None
