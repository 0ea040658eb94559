"""The set pass by pieces (mailbot/reading/pieces.py) finds exactly what one plain ``re2.Set`` finds.

The shortcut (issue 8: the main set's automaton overflowed its cache on varied mail) is checked
against the plain way it replaced, a single ``re2.Set`` of the same loosened patterns (given a
cache large enough not to matter): the engine's own set (its parts) on every email file of the tests and on
the benchmark mail, one pieces set of all the packs on every fifth of those texts, both on generated text
mixing the packs' words and on hostile runs; and :func:`pieces` on its own.  On the ~22,700 email texts
the plain reference is one plain set per slice of 100 patterns (:class:`PlainSlices`, the same hits as one
set of all, checked), as one set of all spends ~97 s of CPU on them.
"""

from __future__ import annotations

import functools
import random
import sys
from pathlib import Path

import pytest
import re2

from mailbot.config import load_config
from mailbot.reading import pieces as cut
from mailbot.reading.patterns import _options, relax, to_re2
from mailbot.reading.extract import Extractor
from mailbot.reading.languages import load_packs, pack_dirs
from mailbot.reading.parts import PART_OF, PartedSet
from mailbot.reading.parse import parse_message

ROOT = Path(__file__).resolve().parents[1]
CONFIG = ROOT / "mailbot" / "defaults" / "config" / "mailbot.toml"
ALL_PACKS_MEM = 48 << 20
"""RE2 memory of a piece set holding every pack's patterns at once.  The product splits them in
parts, each with its own budget (mailbot/reading/parts.py ``PART_MEM``); the pieces of all six packs
together outgrew one part's 16 MB in stop 22, and 32 MB in stop 31 (~3,070 patterns)."""


def plain_set(patterns: list[str], mem: int = 64 << 20) -> re2.Set:
    """The plain way: one set of all the patterns (64 MB: its speed does not matter here)."""
    found = re2.Set.SearchSet(_options(mem))
    for pattern in patterns:
        found.Add(pattern)
    found.Compile()
    return found


SLICE = 100
"""Patterns per plain set of :class:`PlainSlices`: 100, not 200 (ci43), spends ~35% less CPU on the email
texts (smaller automata: fewer of their states built again; ~7.3 against ~4.7 s of CPU on every 8th text)."""


class PlainSlices:
    """The plain way, quicker on many texts: plain sets of consecutive slices of the patterns
    (``SLICE`` each, 16 MB each), whose hits, shifted by each slice's start, are put together.

    Whether a pattern of an RE2 set matches a text does not depend on the other patterns of the
    set, so this finds what one plain set of all the patterns finds (checked by
    ``test_the_plain_slices_find_what_one_plain_set_finds``).  It is no shortcut under test: no
    pattern is cut, the slices follow the patterns' order, not the product's parts.  One set of all
    ~2,900 patterns keeps too few of its automaton's states in its cache to reuse them: on the
    ~17,700 email texts it spent ~97 s of CPU building states over and over; the slices ~21 s."""

    def __init__(self, patterns: list[str]):
        self.slices = [(start, plain_set(patterns[start:start + SLICE], 16 << 20))
                       for start in range(0, len(patterns), SLICE)]

    def Match(self, data: bytes) -> list[int]:  # noqa: N802 - re2.Set's name
        return sorted(start + i for start, found in self.slices for i in (found.Match(data) or []))


@pytest.fixture(scope="module")
def engine():
    config = load_config(CONFIG)
    brand = config.brands["leadsoptima"]
    packs = load_packs(pack_dirs(CONFIG))
    brand.languages = tuple(packs)
    return Extractor(brand, packs=packs).patterns.main


@pytest.fixture(scope="module")
def both(engine):
    relaxed = [relax(to_re2(p)) for p in engine.patterns]
    return cut.PieceSet(relaxed, _options(ALL_PACKS_MEM), _options(cut.MAX_MEM_CONFIRM)), plain_set(relaxed)


@pytest.fixture(scope="module")
def plain_slices(engine) -> PlainSlices:
    return PlainSlices([relax(to_re2(p)) for p in engine.patterns])


@pytest.fixture(scope="module")
def email_texts(plain_slices) -> list[tuple[bytes, list[int]]]:
    """Every email file's text (and the benchmark mail's), with what the plain sets find in it: worked out once
    for the module (by :class:`PlainSlices`), as the plain pass over ~17,700 texts is the slow half of each
    comparison."""
    return [(data, plain_slices.Match(data)) for data in (text.encode() for text in _texts())]


@functools.cache
def _texts() -> tuple[str, ...]:
    """Every email file's text (new text, and the whole text when it differs) and the benchmark mail's,
    lower-cased: parsed once per process."""
    texts = []
    for path in sorted((ROOT / "tests" / "data").rglob("*.eml")):
        msg = parse_message(path.read_bytes())
        texts.append(f"{msg.subject}\n{msg.new_text}".lower())
        if msg.text != msg.new_text:
            texts.append(msg.text.lower())
    sys.path.insert(0, str(ROOT / "bench"))
    from mailgen import support_mailbox

    for raw, _ in support_mailbox(60, seed=7):
        msg = parse_message(raw)
        texts.append(f"{msg.subject}\n{msg.new_text}".lower())
    return tuple(texts)


def test_the_main_engine_scans_by_pieces(engine):
    """Not a vacuous check: the six packs' main engine is cut, in four parts, and many patterns are."""
    assert isinstance(engine._set, PartedSet)
    assert all(isinstance(found, cut.PieceSet) for _, found in engine._set.parts)
    assert len(engine._set.parts) == 4  # the brand's own with English, Hindi alone, the others two by two
    assert sorted(len(indices) for indices, _ in engine._set.parts)[0] >= 200  # four real parts
    assert sum(len(found.needs) for _, found in engine._set.parts) >= 100


def test_the_parts_find_what_one_plain_set_finds(engine, both, email_texts):
    """The engine's own set (a pieces set per pack, mailbot/reading/parts.py) against one plain set:
    the same hits, in the same order, on every email file and on text mixing the packs' words."""
    _, plain = both
    words = sorted({w for p in engine.patterns for w in re2.findall(r"[a-zà-ÿ\x{0900}-\x{097f}]{3,}", p)})
    rng = random.Random(9)
    mixed = (" ".join(rng.choice(words) for _ in range(rng.randrange(1, 40))).encode() for _ in range(500))
    hits = 0
    for data, expected in email_texts + [(data, sorted(plain.Match(data) or [])) for data in mixed]:
        assert engine._set.Match(data) == expected, data[:120]
        hits += len({engine.languages[i] for i in expected}) > 1
    assert hits > 50  # texts whose hits come from several parts: the union is checked


def test_the_plain_slices_find_what_one_plain_set_finds(engine, both, plain_slices, email_texts):
    """The reference of the email texts and of the generated text (:class:`PlainSlices`) against one plain set of
    all the patterns, on every 40th email text, on text mixing the packs' words (with spaces, and with the sentence
    stops of :func:`generated`) and on the hostile runs: the same hits."""
    _, plain = both
    assert len(plain_slices.slices) > 10
    words = sorted({w for p in engine.patterns for w in re2.findall(r"[a-zà-ÿ\x{0900}-\x{097f}]{3,}", p)})
    rng = random.Random(4)
    mixed = [" ".join(rng.choice(words) for _ in range(rng.randrange(1, 40))).encode() for _ in range(300)]
    mixed += [text.encode() for text in generated(words, random.Random(5), 200)]
    hostile = [text.encode() for text in HOSTILE]
    hits = 0
    for data in [data for data, _ in email_texts[::40]] + mixed + hostile:
        expected = sorted(plain.Match(data) or [])
        assert plain_slices.Match(data) == expected, data[:120]
        hits += len({start for start, found in plain_slices.slices if found.Match(data)}) > 1
    assert hits > 50  # texts whose hits come from several slices: the union is checked


def test_parted_set_keeps_the_indices_of_each_part():
    patterns = ["b[^.]*c", "apple", "x(?:y|z)", "d[^.]*e", "apple pie"]
    found = PartedSet(patterns, ["es", None, "de", "xx", "de"], _options(), _options(cut.MAX_MEM_CONFIRM))
    assert len(found.parts) == 4  # en with None; de, es, and a pack not named in PART_OF: its own
    assert found.Match(b"apple pie: b c, xz. d e") == [0, 1, 2, 3, 4]
    assert found.Match(b"b. c xy apple") == [1, 2]
    assert found.Match(b"nothing") == []
    with pytest.raises(ValueError):
        PartedSet(patterns, ["en"], _options(), _options(cut.MAX_MEM_CONFIRM))


EVERY = 5
"""The all-packs pieces set is compared on every ``EVERY``-th email text
(:func:`test_same_hits_as_one_plain_set_on_every_fifth_email_text`)."""


def test_same_hits_as_one_plain_set_on_every_fifth_email_text(engine, both, email_texts):
    """One pieces set of all six packs' patterns against one plain set, on every ``EVERY``-th email text.

    Narrowed (ci43) from every email text (~22,700 texts; ~215 s of one core unloaded, the slowest test of the
    suite) to every fifth (~4,500, every folder of mail, ~3,300 of them with hits from several parts).  One
    pieces set of all the packs is no product path: the product's engine is cut in parts, each a pieces set of
    the same cut patterns, checked on every email text by ``test_the_parts_find_what_one_plain_set_finds``.
    Whether a pattern is a hit of a pieces set depends on its own pieces and itself alone (its confirmation), not
    on the other patterns of the set, but for RE2's budget for the set's automaton (``ALL_PACKS_MEM``, this test's
    own figure): that budget, and pieces shared by patterns of several packs, are what this test adds."""
    by_pieces, _ = both
    sample = email_texts[::EVERY]
    assert len(sample) > 2000
    parts = [{PART_OF.get(engine.languages[i], engine.languages[i]) for i in expected} for _, expected in sample]
    assert sum(len(found) > 1 for found in parts) > 500  # hits from several parts: pieces of several packs
    differ = [data[:80] for data, expected in sample if by_pieces.Match(data) != expected]
    assert differ == []


HOSTILE = ["a " * 50_000, "zurück " * 20_000, "@" * 100_000, "[" * 50_000, "refund " + " " * 100_000 + "back",
           "doppelt" + "x" * 30_000 + " abgebucht", ""]
"""Hostile runs: long repeats of a word, a symbol or a bracket, and pieces far apart."""


def generated(words: list[str], rng: random.Random, count: int) -> list[str]:
    """``count`` texts of up to 60 of the packs' words, each followed by a space or a stop."""
    stops = [" ", " ", " ", ", ", ". ", "\n", "! ", " 2 ", " x ", "-"]
    return ["".join(rng.choice(words) + rng.choice(stops) for _ in range(rng.randrange(1, 60))) for _ in range(count)]


def test_same_hits_on_generated_and_hostile_text(engine, both, plain_slices):
    """The all-packs pieces set against the plain reference on generated and hostile text.  The reference is
    :class:`PlainSlices` (ci43): one plain set of all spent ~13 s of CPU on the 1,500 generated texts, the slices
    ~1.5; they find what one set of all finds on text of both shapes (test_the_plain_slices_find_what_one_...)."""
    by_pieces, _ = both
    words = sorted({w for p in engine.patterns for w in re2.findall(r"[a-zà-ÿ\x{0900}-\x{097f}]{3,}", p)})
    texts = generated(words, random.Random(8), 1500) + HOSTILE
    hits = 0
    for text in texts:
        data = text.encode()
        expected = plain_slices.Match(data)
        assert by_pieces.Match(data) == expected, text[:120]
        hits += bool(expected)
    assert hits > 1000  # the generated text does hit patterns, cut ones among them


def test_candidates_are_confirmed(both):
    """All pieces of a cut pattern occurring is not enough: the pattern itself must."""
    by_pieces, plain = both
    text = b"i was charged twice. and then billed again"  # pieces apart, across a sentence stop
    assert by_pieces.Match(text) == sorted(plain.Match(text) or [])


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"\bdoppelt\b[^.!?\n]*\babgebucht\b", [r"\bdoppelt\b", r"\babgebucht\b"]),
    (r"(?i)refund[^.]+back", ["(?i)refund", "(?i)back"]),
    (r"dispute\w*\W+(?:\w+\W+){0,3}(?:with|via) bank", ["dispute", "(?:with|via) bank"]),
    (r"[a-zäöü]*(?:geld|betrag)\w*\b[^.!?\n]*zurück", [r"(?:geld|betrag)\w*\b", "zurück"]),
    (r"a[^.]*b|c", None),  # a top-level alternation: kept whole
    (r"abc(?i)d[^.]*e", None),  # a flag group past the start: kept whole
    (r"refund\w*", None),  # no window
    (r"x.*", ["x"]),
])
def test_pieces(pattern, expected):
    assert cut.pieces(pattern) == expected


def test_each_piece_occurs_where_its_pattern_does(engine):
    """The necessary condition the shortcut rests on, checked directly on matches of the packs' own
    patterns (each cut pattern's match, searched alone, holds every piece)."""
    rng = random.Random(3)
    checked = 0
    for pattern in (relax(to_re2(p)) for p in engine.patterns):
        parts = cut.pieces(pattern)
        if not parts:
            continue
        for piece in parts:
            assert re2.compile(piece)  # each piece is a pattern RE2 takes alone
        words = re2.findall(r"[a-zà-ÿ]{3,}", pattern)
        for _ in range(20):
            text = " ".join(rng.choice(words) for _ in range(rng.randrange(2, 8))) if words else ""
            m = re2.search(pattern, text)
            if m:
                checked += 1
                assert all(re2.search(piece, m.group(0)) or re2.search(piece, text) for piece in parts)
    assert checked > 20


def test_many_texts_together_find_what_each_finds_alone(engine, email_texts):
    """The batch pass (:meth:`PartedSet.match_many`, a part over every text, then the next) finds
    what ``Match`` finds text by text (on every 5th email text: the plain sets' hits, which are ``Match``'s), and
    calls ``before(i)`` before each pass over text ``i``."""
    extra = [b"", b"i was charged twice. and then billed again"]
    texts = [data for data, _ in email_texts[::5]] + extra
    seen = []
    found = engine._set.match_many(texts, seen.append)
    # What Match finds on these email texts is the plain sets' hits (test_the_parts_find_what_one_plain_set_finds,
    # on every email text): compared with those, not found again text by text (~28 s of one core).
    assert found == [expected for _, expected in email_texts[::5]] + [engine._set.Match(data) for data in extra]
    assert set(seen) == set(range(len(texts)))
    assert sum(map(bool, found)) > 100


def test_a_cut_pattern_alone_is_compiled_only_once_a_candidate():
    """Memory: the confirm set of a cut pattern is built on its first time as a candidate; a
    pattern RE2 refuses alone (too large for the confirm budget) is still kept whole, as before."""
    huge = "q" + "ab" * 10000 + "[^.]*end"
    patterns = ["b[^.]*c", "d[^.]*e", huge, "apple"]
    found = cut.PieceSet(patterns, _options(), _options(cut.MAX_MEM_CONFIRM))
    assert found.whole == {}
    assert set(found.needs) == {0, 1}  # the huge one does not fit the confirm budget alone: kept whole
    assert found.Match(b"apple. b, c") == [0, 3]
    assert set(found.whole) == {0}
    assert found.Match(b"b then e. d c") == [] and set(found.whole) == {0, 1}  # candidates, not hits
    assert found.Match(b"q" + b"ab" * 10000 + b" to the end") == [2]


def test_parts_that_need_more_get_their_measured_memory(monkeypatch):
    from mailbot.reading import parts

    given = {}
    real = parts.PieceSet

    def recording(patterns, options, *rest):
        given[tuple(patterns)] = (options.max_mem, options.log_errors)
        return real(patterns, options, *rest)

    monkeypatch.setattr(parts, "PieceSet", recording)
    patterns = ["b[^.]*c", "apple", "x(?:y|z)", "hi[^.]*there"]
    found = PartedSet(patterns, ["de", None, "pt", "hi"], _options(), _options(cut.MAX_MEM_CONFIRM))
    assert given[("b[^.]*c",)] == (parts.PART_MEM[parts.PART_OF["de"]], False)
    assert given[("x(?:y|z)",)] == (parts.PART_MEM[parts.PART_OF["pt"]], False)
    assert given[("hi[^.]*there",)] == (parts.PART_MEM[parts.PART_OF["hi"]], False)
    assert given[("apple",)] == (_options().max_mem, False)  # English and the brand's own: the engine's
    assert found.Match(b"apple, b c, xz, hi there") == [0, 1, 2, 3]
