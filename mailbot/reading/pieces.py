r"""The main set pass without its sentence windows: a pattern set whose automaton fits its cache.

Issue 8.  The language packs' request and reason patterns join words across a window of the
sentence: ``\b(?:doppelt|zweimal)\b[^.!?\n]{0,40}\b(?:abgebucht|belastet)\b``, or a few words
``dispute\w*\W+(?:\w+\W+){0,3}(?:with|via) ...``.  In one ``re2.Set`` each such window stays
alive from its first word to the end of the sentence (the set pass loosens ``{0,40}`` to ``*``,
see :func:`~mailbot.reading.patterns.relax`), and RE2's DFA needs a state for every combination of
windows alive at once: on varied mail (the fresh held-out rounds, not the repetitive benchmark
text) the 16 MB cache of the ~970 patterns of six languages overflowed and was rebuilt every few
hundred bytes (~600-900 µs an email of 250 characters, ~3 µs a character), for every language's
mail, and a 64 MB cache costs ~49 MB per worker.  A set per language was not enough either (the
German part alone overflowed 16 MB on German mail, and six 16 MB caches are the memory again).

So the set pass runs over *pieces*.  A pattern is cut at its top-level windows (a negated class
such as ``[^.!?\n]``, ``\W`` or ``.`` under a repeat, or a repeated group holding one) into the
parts between them, and a leading or trailing ``[a-z]*``-like run is dropped from each part.  If
the whole pattern matches somewhere, each of its pieces matches somewhere (a piece is a part of
the match, searched anywhere), so a pattern some of whose pieces do not occur cannot occur:
the pieces are a necessary condition only.  A pattern all of whose pieces occur (a *candidate*,
a few an email) is then run whole, as the one big set would have run it (each alone, a search that
stops at its first match, see :meth:`PieceSet._confirmed`): the hits are
exactly the big set's (``tests/test_pieces.py`` checks that on every email file of the tests, and
``bench/reading_diff.py`` showed 0 differences).  Without windows the pieces' automaton stays
small: one pass costs about the same for one language as for six, and stays in a 16 MB cache.

Patterns that cannot be cut safely are kept whole in the pieces' set: a top-level ``|``, a flag
group anywhere but at the start (``(?i)`` at the start is given to every piece), or a piece RE2
refuses alone.
"""

from __future__ import annotations

import re
from collections import OrderedDict

import re2

from mailbot.reading.patterns import escaped, uncached

SPLIT_FROM = 200
"""Engines with at least this many patterns scan by pieces (the small engines of a few names, see
:meth:`~mailbot.reading.engine.PatternEngine.subset`, fit their cache whole: a second pass over
the candidates would only cost more)."""
MAX_MEM_CONFIRM = 1 << 20
"""Memory RE2 may use for one candidate pattern run alone (its DFA cache, grown as it is used)."""
MAX_CONFIRMS = 64
"""Cut patterns a pieces set keeps compiled alone to confirm them (:meth:`PieceSet._alone`); past it
the one used least recently is dropped (compiled again, ~60 µs, if it is a candidate again).
Issue 8 (perf28a, hostile-input bound): they were kept for good, so mail that made ever more
patterns candidates kept them all (~2,700 cut patterns in the main set's parts and the sentence
engine's: up to ~1 MB each with the states they grow).  The benchmark mail makes ~28 candidates in
all (no part near the bound: nothing is dropped there, and the recency order is kept only once a
set is full); the held-out mail of six languages: see the figures in the report (perf28a)."""

_FLAGS = re.compile(r"\(\?[imsU-]+\)")
_QUANT = re.compile(r"(?:[*+?]|\{\d+(?:,\d*)?\})\??")


def _class_end(pattern: str, i: int) -> int:
    """The index after the character class that opens at ``pattern[i]`` (``[``): the first ``]``
    not escaped (nor first in the class, nor closing a ``[:alpha:]``), found with ``str.find``
    (the packs' ``\\w`` is a long class: a loop over its characters made compiling slow)."""
    j = i + 1
    if pattern.startswith("^", j):
        j += 1
    if pattern.startswith("]", j):
        j += 1
    while True:
        close = pattern.find("]", j)
        if close < 0:
            return len(pattern)
        posix = pattern.find("[:", j, close)
        if posix >= 0 and not escaped(pattern, posix) and pattern.find(":]", posix + 2) >= 0:
            j = pattern.find(":]", posix + 2) + 2
            continue
        if not escaped(pattern, close):
            return close + 1
        j = close + 1


def _group_end(pattern: str, i: int) -> int:
    """The index after the group that opens at ``pattern[i]`` (``(``).

    Issue 8 (perf35a, process start): the walk goes from one of ``\\ [ ( )`` to the next
    (:data:`_GROUP_MARK`), not character by character: a group of alternatives is most of a pack pattern, and
    the walk was about half of cutting a brand's ~4,300 patterns at each start (the same ends: tests/test_pieces.py)."""
    depth, j = 0, i
    while True:
        found = _GROUP_MARK.search(pattern, j)
        if found is None:
            return max(j, len(pattern))  # past a trailing backslash: where the plain walk stopped too
        j = found.start()
        ch = pattern[j]
        if ch == "\\":
            j += 2
            continue
        if ch == "[":
            j = _class_end(pattern, j)
            continue
        if ch == "(":
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1


_GROUP_MARK = re.compile(r"[\\\[()]")
"""What :func:`_group_end` stops at: an escape, a class, a group's opening or closing bracket."""


def _atoms(body: str) -> list[tuple[str, str]] | None:
    """The top-level atoms of ``body`` with their repeat (``""`` when none); None when the
    pattern has a top-level ``|`` (then it is a union, not a sequence to cut)."""
    atoms, i = [], 0
    while i < len(body):
        ch = body[i]
        if ch == "|":
            return None
        if ch == "\\":
            end = i + 2
            if body[i + 1:i + 2] in ("x", "p", "P") and body.startswith("{", end):
                end = body.find("}", end) + 1 or len(body)
        elif ch == "[":
            end = _class_end(body, i)
        elif ch == "(":
            end = _group_end(body, i)
        else:
            end = i + 1
        quant = _QUANT.match(body, end)
        stop = quant.end() if quant else end
        atoms.append((body[i:end], body[end:stop]))
        i = stop
    return atoms


def _repeated(quant: str) -> bool:
    return quant[:1] in ("*", "+") or quant.startswith("{")


def _optional_run(quant: str) -> bool:
    """A repeat that may match nothing and may match many (``*``, ``{0,n}``)."""
    return quant[:1] == "*" or quant.startswith("{0,")


def _window(atom: str, quant: str) -> bool:
    """Whether an atom under ``quant`` is a sentence or word window (cut there)."""
    if not _repeated(quant):
        return False
    if atom.startswith("[^") or atom in (".", r"\W", r"\S", r"\D"):
        return True
    return atom.startswith("(") and ("[^" in atom or r"\W" in atom or r"\S" in atom)


def _run(atom: str, quant: str) -> bool:
    """Whether an atom is a class run that may be empty (dropped at a piece's edges)."""
    return _optional_run(quant) and (atom.startswith("[") or atom in (r"\w", r"\s", r"\d", "."))


def pieces(pattern: str) -> list[str] | None:
    """The pieces of an RE2 ``pattern`` for the set pass, or None when it is kept whole (no
    window to cut at, or it cannot be cut safely).  Each piece occurs wherever the pattern does."""
    flags = _FLAGS.match(pattern)
    lead = ""
    while flags:
        lead += flags.group(0)
        flags = _FLAGS.match(pattern, len(lead))
    body = pattern[len(lead):]
    if _FLAGS.search(body) or "(?" in body.replace("(?:", "").replace("(?P<", ""):
        return None  # a flag group past the start (or a construct not understood): kept whole
    atoms = _atoms(body)
    if atoms is None or not any(_window(atom, quant) for atom, quant in atoms):
        return None
    parts, current = [], []
    for atom, quant in atoms:
        if _window(atom, quant):
            parts.append(current)
            current = []
        else:
            current.append((atom, quant))
    parts.append(current)
    out = []
    for part in parts:
        while part and _run(*part[0]):
            part = part[1:]
        while part and _run(*part[-1]):
            part = part[:-1]
        if part:
            out.append(lead + "".join(atom + quant for atom, quant in part))
    return out or None


def _one_set(pattern: str, options) -> re2.Set:
    found = re2.Set.SearchSet(options)
    found.Add(pattern)
    found.Compile()
    return found


UNANCHORED = re2._Anchor.UNANCHORED


class _Alone:
    """One cut pattern, asked whether it occurs in a text (see :meth:`PieceSet._confirmed`)."""

    __slots__ = ("regexp", "found")

    def __init__(self, pattern: str, options):
        try:  # RE2 gives a pattern alone 2/3 of the budget a set gives it: a set where it does not fit
            self.regexp, self.found = uncached(pattern, options)._regexp, None
        except re2.error:
            self.regexp, self.found = None, _one_set(pattern, options)

    def occurs(self, data: bytes) -> bool:
        if self.regexp is None:
            return bool(self.found.Match(data))
        return self.regexp.Match(UNANCHORED, data, 0, len(data))[0][0] >= 0


class PieceSet:
    """Answers ``Match(data)`` as one ``re2.Set`` of ``patterns`` would (the indices of the
    patterns that occur, in ascending order), by pieces then candidates (see the module)."""

    def __init__(self, patterns: list[str], options, confirm_options):
        entries: dict[str, int] = {}
        whole_of: list[list[int]] = []
        trigger_of: list[list[int]] = []
        self.needs: dict[int, frozenset[int]] = {}
        """Per cut pattern: the entries (its pieces) that must all occur for it to be a candidate."""
        self.whole: OrderedDict[int, _Alone] = OrderedDict()
        """Per cut pattern that has been a candidate lately: itself alone, to confirm it (see
        :meth:`_alone`), :data:`MAX_CONFIRMS` at most, least recently used first."""
        self.confirm_options = confirm_options
        found = re2.Set.SearchSet(options)

        def entry_of(text: str) -> int:
            at = entries.get(text)
            if at is None:
                found.Add(text)  # a pattern RE2 refuses raises re2.error here, as before
                at = entries[text] = len(whole_of)
                whole_of.append([])
                trigger_of.append([])
            return at

        for index, pattern in enumerate(patterns):
            cut = pieces(pattern)
            if cut is not None:
                try:
                    _one_set(pattern, confirm_options)  # RE2 takes it alone (kept only once needed: _alone)
                    needed = frozenset(entry_of(piece) for piece in cut)
                except re2.error:  # RE2 refuses it, or a piece (one added before stays, unowned): whole
                    cut = None
            if cut is None:
                whole_of[entry_of(pattern)].append(index)
                continue
            self.needs[index] = needed
            trigger_of[entries[max(cut, key=len)]].append(index)  # the longest piece: likely the rarest
        found.Compile()
        self.found = found
        self.whole_of = [tuple(x) for x in whole_of]
        """Per entry of the pieces' set: the patterns it is (whole)."""
        self.trigger_of = [tuple(x) for x in trigger_of]
        """Per entry: the cut patterns looked at when it occurs (one of each one's pieces)."""
        self.cut_patterns = {index: patterns[index] for index in self.needs}
        """Per cut pattern: its text, compiled alone when it is a candidate (:meth:`_alone`).  Issue 8
        (perf43, memory): only these; the text of every pattern (~5,000 strings translated for RE2 in a
        brand's engines, ~1.6 MB of a parse worker) was kept, and a pattern kept whole is never asked
        again once its set is compiled."""

    def Match(self, data: bytes) -> list[int]:  # noqa: N802 - as re2.Set's
        hits, candidates = self._pieces(data)
        if candidates:
            hits += self._confirmed(candidates, data)
        hits.sort()
        return hits

    def _pieces(self, data: bytes) -> tuple[list[int], tuple[int, ...]]:
        """The patterns kept whole that occur in ``data``, and the cut ones all of whose pieces do
        (the candidates, ascending)."""
        got = self.found.Match(data)
        if not got:
            return [], ()
        whole_of, trigger_of = self.whole_of, self.trigger_of
        hits = [index for entry in got for index in whole_of[entry]]
        triggered = [index for entry in got for index in trigger_of[entry]]
        if not triggered:
            return hits, ()
        present, needs = set(got), self.needs
        return hits, tuple(sorted(index for index in triggered if needs[index] <= present))

    def _confirmed(self, candidates: tuple[int, ...], data: bytes) -> list[int]:
        """The candidates that occur whole in ``data``: each searched alone, up to its first match.

        Issue 8 (perf25b): the candidates of an email were joined into one set, compiled for each
        new combination (the 32 used last kept).  A set's pass reads the whole text, and its
        automaton is the product of the candidates' windows; a search stops at the first match, and
        most candidates occur, early in the text (one that does not costs a whole pass, as in the
        joined set).  On the benchmark mail (~8 candidates an email of ~6,700 bytes, one core,
        shared machine): ~52 µs an email joined against ~41 alone in a loop over the texts, plus
        ~30 µs an email of new combinations compiled (31 in 600 emails) and up to 32 x 2 MB of
        their automata; in a parse worker's batches the main set's pass went from ~430-470 to
        ~370-400 µs an email.  Bound: one pass over the text a candidate, at most."""
        return [index for index in candidates if self._alone(index).occurs(data)]

    def _alone(self, index: int) -> _Alone:
        """The cut pattern at ``index`` alone, compiled on its first time as a candidate.

        Memory (issue 8): compiled for every cut pattern at build, these ~950 patterns of a brand's
        engines took ~6 MB of a parse worker's ~60 (RSS) and most are never a candidate (on the
        benchmark mail a few dozen are).  Each is compiled at build all the same, to know whether
        RE2 takes it (a pattern it refuses is kept whole in the pieces' set), and dropped; the
        CPU is the same, plus ~60 µs for each one compiled again."""
        whole = self.whole
        found = whole.get(index)
        if found is None:
            found = whole[index] = _Alone(self.cut_patterns[index], self.confirm_options)
            if len(whole) > MAX_CONFIRMS:
                whole.popitem(last=False)
        elif len(whole) >= MAX_CONFIRMS:
            whole.move_to_end(index)
        return found
