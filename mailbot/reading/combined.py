"""The patterns of one name that hit a text, asked for positions in one RE2 pass instead of one each.

:class:`~mailbot.reading.scan.Scan` asks positions only of the patterns that occur (the set pass
says which).  A name often has several that occur ("refund": three English patterns and the French
pack's ``refund\\w*``), and each used to be searched on its own, from the start of the text: on a
7 KB email every such search costs tens of microseconds, mostly in bringing that pattern's automaton
back into the cache.  Here they are joined into one alternation, each alternative a group of its
own, ``(p1)|(p2)|...``, in the order added, and compiled once per combination that occurs.

Why the answer is the same (RE2 has Perl's leftmost-first semantics):

- *search*: the joined pattern's match starts at the leftmost start any of them can match at and,
  there, takes the first alternative that matches, with that alternative's own choices: the match
  the plain way keeps (the earliest start; on a tie the pattern added first).
- *match* (anchored at one position): the first alternative that matches there, as the plain way
  tries them in order.
- *finditer*: the first element of the merged streams is that search's match; the rest (other
  patterns matching at the same start, later matches) come from the plain merge, so a caller that
  stops at the first (most do: "is this refund word a request?") pays one pass.

A pattern searched in an open form (a bounded tail, :class:`~mailbot.reading.patterns.Finder`) is
not joined: its exact form would bring back the slow automaton the open form avoids.  Nor are
combinations past :data:`MAX_JOINED` (a hostile stream of new combinations cannot grow memory);
those are searched one by one, as before.
"""

from __future__ import annotations

import re2

ANCHOR_START = re2._Anchor.ANCHOR_START
UNANCHORED = re2._Anchor.UNANCHORED

MAX_JOINED = 256
"""Joined patterns kept per engine (each a few tens of KB at most)."""


class Joined:
    """Several patterns as one alternation; a match says which one matched and its own spans."""

    __slots__ = ("regexp", "groups")

    def __init__(self, regexp, groups: list[tuple[int, int]]):
        self.regexp = regexp
        self.groups = groups
        """Per pattern: the index of its wrapping group, and how many groups it has itself."""

    def first(self, data: bytes, pos: int, endpos: int, anchored: bool = False) -> list | None:
        """The spans of the first match (as the matching pattern alone gives them), or None."""
        spans = self.regexp.Match(ANCHOR_START if anchored else UNANCHORED, data, pos, endpos)
        if spans[0][0] < 0:
            return None
        for at, count in self.groups:
            if spans[at][0] >= 0:
                return [spans[0], *spans[at + 1:at + 1 + count]]
        return None  # not reached: one alternative always took part


def joined(engine, indices: tuple[int, ...]) -> Joined | None:
    """The patterns at ``indices`` of ``engine`` joined (compiled on first use), or None when
    they cannot be (an open-form pattern, RE2 refuses the join, or too many joins kept)."""
    cache = engine._joined
    if indices in cache:
        return cache[indices]
    found = None
    finders = [engine.finder(i) for i in indices]
    if all(finder.fast is None for finder in finders) and len(cache) < MAX_JOINED:
        from mailbot.reading.patterns import _options, to_re2

        parts, groups, at = [], [], 1
        for i, finder in zip(indices, finders):
            count = finder.exact.NumberOfCapturingGroups()
            parts.append(f"({to_re2(engine.patterns[i])})")
            groups.append((at, count))
            at += 1 + count
        try:
            from mailbot.reading.patterns import MAX_MEM_ONE, uncached

            found = Joined(uncached("|".join(parts), _options(MAX_MEM_ONE))._regexp, groups)
        except re2.error:
            found = None
    if len(cache) < MAX_JOINED:
        cache[indices] = found
    return found
