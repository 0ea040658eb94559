"""The reading's shortcuts give what the plain ways give (unit tests of single functions).

Each shortcut of issue 8's "one pass, linear time" work (an open form for a bounded tail, digit
runs by ``bytes.translate``, dates tried only where one can start, offsets from remembered
marks) is checked against the plain way it replaces, written out here, on generated text
(fixed seeds: the same cases every run) and on hostile runs.
"""

from __future__ import annotations

import functools
import itertools
import random
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from mailbot.reading import linear
from mailbot.reading.encoded import Encoded
from mailbot.reading.patterns import Finder, compile_one, open_tail
from mailbot.reading.stated_fields import canonical_reference
from mailbot.reading.sentences import HARD_STOPS, SENTENCE_STOPS, SPACE, _wraps, inner_dot, sentence_bounds
from mailbot.reading.mentions import (
    AMOUNT_DIGITS, DAY_MONTH, ISO_DATE, MAX_RUNS, MONTH_DAY, MONTHS, NUMERIC_DATE, WINDOW, amounts_in, dates_in,
    digit_run_spans, digit_runs, month_starts,
)

PIECES = ["3", "12", "2025", "07", "/", ".", "-", " ", "\n", "\t", "st", "th", " of ", "of", "jan", "july", "sept.",
          "dec", "may", "decide", "rs", "rs.", "₹", "$", "inr", ",", "१२", "é", "x", "2025-07-04", "03/07/2025",
          "3rd july 2024", "july 3rd, 2024", "\u2003", "\xa0", "_", "31", "0", "5.50", "1,19,880", "😀"]
"""Pieces of text (a lone surrogate is left out: the plain way raises on one)."""


def _texts(seed: int, count: int, pieces=PIECES, longest: int = 25):
    rng = random.Random(seed)
    for _ in range(count):
        yield "".join(rng.choice(pieces) for _ in range(rng.randrange(0, longest)))


# -- the plain ways -----------------------------------------------------------------------

def plain_digit_runs(text: str) -> tuple[list[int], list[int]]:
    starts, lengths, before = [], [], False
    for at, char in enumerate(text):
        if char.isdecimal():
            if not before:
                starts.append(at)
                lengths.append(0)
            lengths[-1] += 1
        before = char.isdecimal()
    return starts, lengths


def plain_dates(text: str, year):
    """Every date form tried at every digit run and month word (the reading before issue 8)."""
    starts = set(plain_digit_runs(text)[0][:MAX_RUNS])
    for m in linear.compile("(?:" + "|".join(MONTHS) + ")").finditer(text):
        if len(starts) >= 2 * MAX_RUNS:
            break
        if m.start() == 0 or not text[m.start() - 1].isalpha():
            starts.add(m.start())
    found = []
    for at in sorted(starts):
        if at and (text[at - 1].isalnum() or text[at - 1] == "_"):
            continue
        window = text[at:at + WINDOW]
        if (m := DAY_MONTH.match(window)):
            found.append((m.group(3) or year, MONTHS[m.group(2)[:3]], m.group(1)))
        elif (m := MONTH_DAY.match(window)):
            found.append((m.group(3) or year, MONTHS[m.group(1)[:3]], m.group(2)))
        elif (m := ISO_DATE.match(window)):
            found.append((m.group(1), m.group(2), m.group(3)))
        elif (m := NUMERIC_DATE.match(window)):
            y = int(m.group(3))
            found.append((y + 2000 if y < 100 else y, m.group(2), m.group(1)))
    out = []
    for y, mo, d in found:
        try:
            out.append(date(int(y), int(mo), int(d)) if y else None)
        except ValueError:
            continue
    return tuple(d for d in out if d is not None)


# -- digit runs and dates -----------------------------------------------------------------

def test_digit_runs_match_a_scan_character_by_character():
    for text in list(_texts(1, 2500, PIECES + ["\ud800"])) + ["", "1", "a१२ 3", "9" * 50, "1 " * 3000]:
        starts, lengths = plain_digit_runs(text)
        assert digit_run_spans(text) == (starts[:2000], lengths[:2000]), text
        assert digit_runs(text) == starts[:2000]


def test_dates_are_those_every_form_at_every_start_finds():
    for text in _texts(2, 2500):
        for year in (None, 2025):
            assert dates_in(text, year) == plain_dates(text, year), text
            runs, lengths = digit_run_spans(text)
            assert dates_in(text, year, runs, lengths) == plain_dates(text, year), text
            assert dates_in(text, year, runs) == plain_dates(text, year), text


@pytest.mark.parametrize("text", [
    "3 july " * 3000, "may 3 " * 3000, "12/07/2025 " * 2000, "decmay" * 3000, "1 may " * 5000,
    ("3 july " + "x" * 70) * 100, "on 3 of july and july 4th, 2024 and 2025-07-04 or 04/07/25",
], ids=lambda text: f"{text[:12]!r}x{len(text)}")
def test_dates_on_long_runs_are_the_same(text):
    assert dates_in(text, 2025) == plain_dates(text, 2025)


def test_amounts_after_a_currency_mark():
    assert amounts_in("paid rs. 1,499.50 and ₹ 200, invoice 12345, usd 10") == (
        Decimal("1499.50"), Decimal("200"), Decimal("10"))


def plain_amounts(text: str) -> tuple[Decimal, ...]:
    """An amount after a currency mark, the window before every digit run looked at (before perf6)."""
    marks = ("₹", "$", "rs", "rs.", "inr", "usd")
    out = []
    for start in plain_digit_runs(text)[0][:MAX_RUNS]:
        before = text[max(0, start - 8):start].rstrip()
        mark = next((mark for mark in marks if before.endswith(mark)), None)
        if mark is None:
            continue
        i = len(before) - len(mark)
        if not (mark in ("₹", "$") or i == 0 or not before[i - 1].isalpha()):
            continue
        window = text[start:start + WINDOW]
        m = AMOUNT_DIGITS.match(window)
        after = window[len(m.group(0)):len(m.group(0)) + 2]
        if after[:1].isdigit() or (after[:1] == "," and after[1:2].isdigit()):
            continue
        out.append(Decimal(m.group(0).replace(",", "")))
    return tuple(out)


def test_amounts_are_those_the_window_before_every_run_finds():
    pieces = PIECES + ["mar", " 2025", "123", "xrs", "\u2003", "  ", "inr ", "usd", "$ "]
    for text in _texts(6, 4000, pieces):
        assert amounts_in(text) == plain_amounts(text), text
        assert amounts_in(text, digit_runs(text)) == plain_amounts(text), text


def test_month_words_after_no_letter_are_found_where_str_find_finds_them():
    pieces = PIECES + ["mar", "₹", "\ud800", "😀", "सितंबर", "janvier", "dé", "ma", "r", "Jan", "xjan", "éjan",
                       "\x80"]
    for text in _texts(8, 3000, pieces):
        plain = sorted(at for month in MONTHS for at in range(len(text)) if text.startswith(month, at))
        assert month_starts(text) == [at for at in plain if at == 0 or not text[at - 1].isalpha()], text


def test_dates_after_a_month_and_a_long_number_are_the_same():
    pieces = PIECES + ["mar", " 2025", "123", "jan.", "  ", "may\u2003", "7"]
    for text in _texts(7, 4000, pieces):
        assert dates_in(text, 2025) == plain_dates(text, 2025), text


# -- the engine ---------------------------------------------------------------------------

def test_a_bounded_tail_is_opened_only_where_that_is_exact():
    assert open_tail(r"reason\s*:\s*(.{3,300})") == r"reason\s*:\s*(.{3,})"
    assert open_tail(r"x(.{0,3})") is None  # an empty tail could change what the head matches
    assert open_tail(r"\(.{3,300})") is None  # an escaped parenthesis: no group
    assert open_tail(r"(a.{3,300})") is None
    assert open_tail(r"\\(.{3,300})") == r"\\(.{3,})"


@pytest.mark.parametrize("pattern", [
    r"(?:\breason(?:\s+for\s+(?:the\s+)?refund)?)\s*(?:is|ist|:|-)\s*(.{3,30})",
    r"(?m)^\s*why\s*[:-]\s*(.{1,5})",
    r"(?:kāraṇ|why|reason)(\s*)(?:is|:)?\s*(.{2,4})",
])
def test_an_opened_pattern_finds_what_the_exact_one_finds(pattern):
    exact = compile_one(pattern)
    finder = Finder(pattern)
    assert finder.fast is not None
    pieces = ["reason", " for the refund", ":", " ", "-", "is", "ist", "\n", "why", "abc", "x" * 40, "é", "  ",
              "kāraṇ", "कारण", "😀", "\xa0"]
    for text in _texts(3, 1500, pieces, 15):
        data = text.encode("utf-8")
        want = [[m.span(g) for g in range(exact.groups + 1)] for m in exact.finditer(data)]
        got = [[tuple(s) for s in spans] for spans in finder.each(data, 0, len(data))]
        assert got == want[:len(got)] and len(got) == min(len(want), 200), text
        for start in range(0, len(data), 7):
            m = exact.search(data, start)
            spans = finder.first(data, start, len(data))
            assert (spans and [tuple(s) for s in spans]) == (m and [m.span(g) for g in range(exact.groups + 1)])


def test_offsets_from_remembered_marks_are_the_plain_ones():
    rng = random.Random(4)
    shipped = Encoded.FEW
    for step, few in ((1, 0), (3, 0), (128, 0), (128, shipped)):
        Encoded.STEP, Encoded.FEW = step, few
        try:
            for _ in range(1000):
                text = "".join(chr(rng.choice([rng.randrange(0x20, 0x80), rng.randrange(0x80, 0x800),
                                               rng.randrange(0x800, 0xD000), 0xD800, 0x1F600]))
                               for _ in range(rng.randrange(0, 40)))
                enc = Encoded(text)
                for pos in range(-2, len(enc.data) + 2):
                    plain = pos if enc.ascii else len(enc.data[:pos].decode("utf-8", "replace"))
                    assert enc.to_char(pos) == plain, (text, pos)
                for pos in range(-2, len(text) + 2):
                    plain = pos if enc.ascii else len(text[:pos].encode("utf-8", "surrogatepass"))
                    assert enc.to_byte(pos) == plain, (text, pos)
        finally:
            Encoded.STEP, Encoded.FEW = 128, shipped


def test_offsets_of_a_long_text_with_a_few_accents_are_the_plain_ones():
    """(perf24b) The list of a text's few non-ASCII characters converts as decoding would, also past the
    limit of :data:`Encoded.FEW` (where the remembered marks take over) and with a lone surrogate."""
    rng = random.Random(5)
    for _ in range(60):
        chars = [chr(rng.randrange(0x20, 0x7F)) for _ in range(rng.randrange(200, 700))]
        for _ in range(rng.randrange(1, 40)):
            chars[rng.randrange(len(chars))] = rng.choice(["é", "₹", "\U0001F600", "\uD800", "ß", "क"])
        text = "".join(chars)
        enc = Encoded(text)
        for pos in range(-1, len(enc.data) + 2):
            assert enc.to_char(pos) == len(enc.data[:pos].decode("utf-8", "replace")), (text, pos)
        for pos in range(-1, len(text) + 2):
            assert enc.to_byte(pos) == len(text[:pos].encode("utf-8", "surrogatepass")), (text, pos)


def test_yes_or_no_line_checks_agree_with_match_and_search():
    pattern = linear.compile(r"^\s*(?:on|am)\s.*\d", 0)
    for text in _texts(5, 2000, ["on ", "am ", "x", "1", " ", "é", "\n"], 10):
        assert linear.matches(pattern, text) == (pattern.match(text) is not None)
        assert linear.occurs(pattern, text) == (pattern.search(text) is not None)


# -- sentences ----------------------------------------------------------------------------

def plain_sentence_bounds(text: str, index: int, limit: int = 400, wrapped: bool = False) -> tuple[int, int]:
    """The sentence around ``index``, one character at a time (the reading before perf6; fix26b: an
    abbreviation's dot, as an ordinal's, closes no sentence)."""
    start = index
    low = max(0, index - limit)
    while start > low:
        ch = text[start - 1]
        if ch == "\n" and wrapped and _wraps(text, start - 1):
            start -= 1
            continue
        if ch == "\n" or ch in HARD_STOPS or (ch in SPACE and start >= 2 and text[start - 2] in SENTENCE_STOPS
                                               and not inner_dot(text, start - 2)):
            break
        start -= 1
    end = index
    high = min(len(text), index + limit)
    while end < high:
        ch = text[end]
        stop = ch in SENTENCE_STOPS and (end + 1 >= len(text) or text[end + 1] in SPACE) and not inner_dot(text, end)
        if ch == "\n" and wrapped and _wraps(text, end):
            end += 1
            continue
        if ch == "\n" or ch in HARD_STOPS or stop:
            if ch != "\n":
                end += 1
            break
        end += 1
    return start, end


def test_sentence_bounds_by_find_are_the_plain_ones():
    pieces = [".", "!", "?", " ", "\n", "\n\n", "\u0964", "\u0965", ":", ",", ";", "a", "\t", "\r", "word",
              "rs. 1,234.56", "e.g.", "?!", "\xa0", "é", "am 15", "07.12", " 3"]
    rng = random.Random(11)
    for text in _texts(12, 3000, pieces, 30):
        for index in range(0, len(text) + 1):
            for limit in (400, rng.randrange(0, 12)):
                for wrapped in (False, True):
                    assert sentence_bounds(text, index, limit, wrapped) == \
                        plain_sentence_bounds(text, index, limit, wrapped), (text, index, limit, wrapped)


# -- references ---------------------------------------------------------------------------

def plain_hyphenated(ref: str) -> str:
    """A hyphen wherever a letter runs straight into a digit, one character at a time."""
    out = []
    for i, ch in enumerate(ref):
        if i and ch.isdigit() and ref[i - 1].isalpha():
            out.append("-")
        out.append(ch)
    return "".join(out)


def test_a_reference_with_nothing_to_separate_is_left_as_it_is():
    pieces = ["lo", "inv", "-", "5532", "2025", "a", "1", "é", "१", "²", "_", "x9", "Z", "0"]
    for text in _texts(9, 20000, pieces, 8):
        ref = text.upper()
        want = plain_hyphenated(ref) if "-" in ref else ref
        assert canonical_reference(text) == want, text


# -- patterns of one name joined ----------------------------------------------------------

JOINED_PATTERNS = [r"\brefund\w*", r"(refund)(s)?", r"(?i)\bREF(\d+)?", r"x*", r"(?m)^(ref)\b", r"(?:é|e)t(é)?",
                   r"\bmoney\W+(?:\w+\W+){0,2}back", r"fund"]


def _plain_spans(engine, scan, name):
    return [engine.finder(i) for i in scan._indices(name)], scan.encoded.data


def test_joined_patterns_find_what_each_pattern_finds_alone():
    from mailbot.reading.engine import PatternEngine
    from mailbot.reading.patterns import MAX_MATCHES

    engine = PatternEngine()
    engine.add("word", JOINED_PATTERNS)
    engine.compile()
    pieces = ["refund", "s", " ", "ref", "12", "\n", "REF", "money", "back", "x", "é", "et", "été", "fund", "-", ",",
              "😀"]
    joins = 0
    for text in _texts(10, 2500, pieces, 14):
        scan = engine.scan(text)
        finders, data = _plain_spans(engine, scan, "word")
        joins += len(finders) > 1
        streams = [list(f.each(data, 0, len(data))) for f in finders]
        got = [[tuple(span) for span in m._spans] for m in scan.finditer("word")]
        want = [[tuple(span) for span in spans] for spans in _merge_in_order(streams)][:MAX_MATCHES]
        assert got == want, text
        assert [[tuple(span) for span in m._spans] for m in itertools.islice(scan.finditer("word"), 1)] == want[:1]
        for pos in range(0, len(text) + 1, 3):
            best = None
            for f in finders:
                spans = f.first(data, scan._range(pos, None)[0], len(data))
                if spans and (best is None or spans[0][0] < best[0][0]):
                    best = spans
            m = scan.search("word", pos)
            assert (m and m._spans) == (best and [tuple(s) for s in best]), (text, pos)
            anchored = next((s for f in finders
                             if (s := f.first(data, scan._range(pos, None)[0], len(data), anchored=True))), None)
            m = scan.match("word", pos)
            assert (m and m._spans) == (anchored and [tuple(s) for s in anchored]), (text, pos)
    assert joins > 1000  # most texts hit several patterns: the joined pass is what was tested


def _merge_in_order(streams):
    import heapq

    return list(heapq.merge(*streams, key=lambda s: s[0][0]))


def test_a_subset_engine_finds_what_the_whole_finds_and_refuses_other_names():
    from mailbot.errors import PatternError
    from mailbot.reading.engine import PatternEngine

    engine = PatternEngine()
    engine.add("word", JOINED_PATTERNS[:3], language="en")
    engine.add("other", [r"\bback\b"], language="fr")
    engine.add("word", [r"fund"], language="fr")
    engine.compile()
    part = engine.subset("word")
    for text in _texts(13, 500, ["refund", " ", "REF", "12", "back", "fund", "é"], 10):
        for active in (None, frozenset({"en"}), frozenset({"fr"})):
            whole, small = engine.scan(text, active), part.scan(text, active)
            assert small.has("word") == whole.has("word"), text
            got, want = small.search("word"), whole.search("word")
            assert (got and got._spans) == (want and want._spans), text
    with pytest.raises(PatternError):
        part.scan("back").has("other")


def test_a_large_group_of_names_is_answered_by_its_whole_engine_without_a_set_of_its_own(monkeypatch):
    from mailbot.errors import PatternError
    from mailbot.reading import engine as engine_module
    from mailbot.reading.engine import Named, PatternEngine

    monkeypatch.setattr(engine_module, "VIEW_FROM", 3)  # the packs' groups are hundreds of patterns
    engine = PatternEngine()
    engine.add("word", JOINED_PATTERNS[:3], language="en")
    engine.add("other", [r"\bback\b"], language="fr")
    engine.add("word", [r"fund"], language="fr")
    engine.add("few", [r"\bre"], language="en")
    engine.compile()
    many, few = engine.subset("word"), engine.subset("few")
    assert isinstance(many, Named) and not hasattr(many, "_set")  # no automaton of its own
    assert isinstance(few, PatternEngine)  # a small group keeps its own small engine
    for text in _texts(17, 400, ["refund", " ", "REF", "12", "back", "fund", "é"], 10):
        for active in (None, frozenset({"en"}), frozenset({"fr"})):
            whole, view = engine.scan(text, active), many.scan(text, active)
            assert view.has("word") == whole.has("word"), text
            assert view.languages_hit() == whole.languages_hit(frozenset({"word"})), text
            got, want = view.search("word"), whole.search("word")
            assert (got and got._spans) == (want and want._spans), text
    assert engine.scan("back fund").has("other")
    with pytest.raises(PatternError):
        many.scan("back fund").has("other")  # asked only its own names, as an engine of them


def test_letters_are_counted_as_str_isalpha_counts_them():
    from mailbot.reading.samples import letters as _letters

    pieces = ["abc", " ", "1", "é", "\n", "ñ", "ß", "२", "क", "_", "Z", "ª", "!", "😀", "\u0301"]
    for text in _texts(14, 5000, pieces, 20):
        assert _letters(text) == sum(map(str.isalpha, text)), text


def test_pattern_tokens_keep_escapes_whole_and_know_classes():
    """The walker :func:`~mailbot.reading.engine.to_re2` and
    :func:`~mailbot.reading.scripts.nukta_tolerant` share: an escape is one token (an escaped
    bracket opens or closes no class), and each token knows whether it stands in a class."""
    pattern_tokens = linear.pattern_tokens
    assert list(pattern_tokens(r"a\w[\]b]\[c\\")) == [
        ("a", False), (r"\w", False), ("[", True), (r"\]", True), ("b", True), ("]", False),
        (r"\[", False), ("c", False), ("\\\\", False)]
    assert list(pattern_tokens("x\\")) == [("x", False), ("\\", False)]  # a trailing backslash alone
    assert "".join(token for token, _ in pattern_tokens(r"(?i)\bfoo[^.!?]{0,40}bar\b")) == r"(?i)\bfoo[^.!?]{0,40}bar\b"


@functools.cache
def _held_out_mail() -> tuple:
    """The held-out mail of every language (two rounds and the first held-out sets), parsed once per process:
    each brand's test reads the same messages."""
    from mailbot.reading.parse import parse_message

    data = Path(__file__).parent / "data"
    emails = sorted(data.glob("fresh1[45]_*/emails/*.eml")) + sorted(data.glob("heldout*/**/*.eml"))
    return tuple(parse_message(path.read_bytes(), path.name) for path in emails)


def _brand_names() -> list[str]:
    from tests.helpers import config

    return sorted(config().brands)


@pytest.mark.parametrize("brand_name", _brand_names())
def test_reading_compiles_no_subset_that_prepare_subsets_left_out(brand_name):
    """Every small engine the reading asks for is compiled when the brand's patterns are
    (extract.prepare_subsets): one compiled on first use would be paid inside that email's time
    budget, once in each parse worker.  Read on the held-out mail of every language, for each brand
    (one test per brand, so that the two can run on two workers)."""
    from mailbot.reading.extract import Extractor
    from mailbot.reading.languages import load_packs, pack_dirs
    from tests.helpers import config

    cfg = config()
    packs = load_packs(pack_dirs(cfg.path))
    messages = _held_out_mail()
    assert len(messages) > 700
    extractor = Extractor(cfg.brands[brand_name], (), packs)
    engines = (extractor.patterns.main, extractor.patterns.sentence, extractor.patterns.window)
    prepared = [set(engine._subsets) for engine in engines]
    for msg in messages:
        extractor.extract(msg)
    assert [set(engine._subsets) - names for engine, names in zip(engines, prepared)] == [set(), set(), set()]
    assert extractor.patterns.window._set is None  # mem46: the window engine is asked only through its subsets


def test_subsets_of_a_few_hundred_patterns_are_one_set_with_the_hits_of_parts_over_pieces():
    """(perf24b) The engines of a few names with 200-499 patterns (``not_reason`` with courtesy, the
    hypothesis words, the refund declines) are one RE2 set, and find on each line of the held-out mail
    what their patterns compiled as the whole engines are (parts over pieces)."""
    import re2

    from mailbot.reading.engine import PatternEngine
    from mailbot.reading.extract import _shipped
    from mailbot.reading.parts import PartedSet
    from mailbot.reading.reading_rules import DECLINE_NAMES, HYPOTHESIS_NAMES
    from mailbot.reading.signatures import COURTESY_ONLY

    lines = []
    for path in sorted(Path(__file__).parent.glob("data/fresh*_*/emails/*.eml"))[:400]:
        lines += [line.lower() for line in path.read_text("utf-8", "replace").splitlines() if len(line) > 20]
    patterns = _shipped().patterns
    for engine, names in ((patterns.sentence, ("not_reason", COURTESY_ONLY)), (patterns.window, HYPOTHESIS_NAMES),
                          (patterns.main, DECLINE_NAMES)):
        small = engine.subset(*names)
        assert 200 <= len(small.patterns) < 500 and isinstance(small._set, re2.Set), names
        parted = PatternEngine(only=small.only)
        for name, pattern, source, language in zip(small.names, small.patterns, small.sources, small.languages):
            parted.add(name, [pattern], source, language)
        assert isinstance(parted.compile()._set, PartedSet)
        for line in lines:
            assert small.scan(line).hits == parted.scan(line).hits, (names, line)
