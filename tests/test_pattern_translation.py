"""A pack pattern's translation for RE2 (``\\w`` widened, counted repeats loosened) and the end of its groups (where
:mod:`mailbot.reading.pieces` cuts it) are what the plain walk over every character gives (perf35a: the walks go
from escape to bracket, from brace to brace, instead).

The plain walks are written out here as they were; each is checked on every pattern of the shipped brands'
engines and on generated patterns made of the pieces that matter (escapes, classes, braces, commas, digits).
"""

from __future__ import annotations

import random

from mailbot.reading.linear import pattern_tokens
from mailbot.reading.pieces import _class_end, _group_end
from mailbot.reading.patterns import NOT_WORD, SMALL_REPEAT, WORD, WORD_CHARS, relax, to_re2


def plain_to_re2(pattern: str) -> str:
    out = []
    for token, in_class in pattern_tokens(pattern):
        if token == "\\w":
            out.append(WORD_CHARS if in_class else WORD)
        elif token == "\\W" and not in_class:
            out.append(NOT_WORD)
        else:
            out.append(token)
    return "".join(out)


def plain_relax(pattern: str) -> str:
    out, i = [], 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if ch == "{":
            close = pattern.find("}", i)
            inner = pattern[i + 1:close] if close > 0 else ""
            low, comma, high = inner.partition(",")
            if comma and low.isdigit() and high.isdigit() and int(high) > SMALL_REPEAT:
                out.append("*" if low == "0" else ("+" if low == "1" else "{" + low + ",}"))
                i = close + 1
                continue
        out.append(ch)
        i += 1
    return "".join(out)


def plain_group_end(pattern: str, i: int) -> int:
    depth, j = 0, i
    while j < len(pattern):
        ch = pattern[j]
        if ch == "\\":
            j += 2
            continue
        if ch == "[":
            j = _class_end(pattern, j)
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    return j


def _openings(pattern: str) -> list[int]:
    return [at for at, ch in enumerate(pattern) if ch == "("]


PIECES = ["\\", "\\w", "\\W", "\\\\", "\\{", "\\[", "\\]", "[", "]", "[^", "{", "}", ",", "0", "1", "3", "7", "12",
          "40", "{0,40}", "{1,300}", "{2,9}", "{0,3}", "{3}", "{4,}", "{,9}", "\\x{E9}", "a", "é", "w", "W", "x", " ",
          "(?:", "(", ")", "|", "[a-z]", "[^.!?]", "*", "+", "?", ".", "-", "(?i)"]


def _patterns(seed: int, count: int, longest: int = 30):
    rng = random.Random(seed)
    for _ in range(count):
        yield "".join(rng.choice(PIECES) for _ in range(rng.randrange(0, longest)))


def test_translation_is_the_plain_walks_on_generated_patterns():
    for pattern in _patterns(35, 30_000):
        assert to_re2(pattern) == plain_to_re2(pattern), pattern
        assert relax(pattern) == plain_relax(pattern), pattern
        exact = plain_to_re2(pattern)
        assert relax(exact) == plain_relax(exact), pattern
        for at in _openings(pattern):
            assert _group_end(pattern, at) == plain_group_end(pattern, at), (pattern, at)


def test_translation_is_the_plain_walks_on_every_shipped_pattern():
    from mailbot.reading.extract import _shipped

    patterns = _shipped().patterns
    seen = {p for engine in (patterns.main, patterns.window, patterns.sentence) for p in engine.patterns}
    assert len(seen) > 3000
    for pattern in seen:
        exact = to_re2(pattern)
        assert exact == plain_to_re2(pattern), pattern
        assert relax(exact) == plain_relax(exact), pattern
        loose = relax(exact)
        for at in _openings(loose):
            assert _group_end(loose, at) == plain_group_end(loose, at), (pattern, at)


def test_translation_widens_and_loosens_what_it_should():
    assert to_re2(r"a\w+[\w-]\W\\w\[\w]") == f"a{WORD}+[{WORD_CHARS}-]{NOT_WORD}\\\\w\\[{WORD}]"
    assert to_re2(r"[\W]") == r"[\W]"  # a class's \W stays RE2's
    assert relax("a{0,40}b{1,300}c{2,9}d{0,6}e{3}") == "a*b+c{2,}d{0,6}e{3}"
    assert relax(r"\{0,40}\\{0,40}x{a{0,40}") == r"\{0,40}\\*x{a*"
