"""Spelling variants of a script that one pattern should read alike (fix16).

Devanagari writes the borrowed sounds (फ़ f, ज़ z, क़ q, ख़ x, ग़ ġ, ड़ ṛ, ढ़ ṛh, य़) with a nukta dot
under the consonant, either as the consonant followed by U+093C or as one precomposed letter
(U+0958..U+095F, which Unicode normalisation turns back into the pair).  People type the same
word with and without the dot ("फ़ीस" and "फीस", "ज़रूरत" and "जरूरत"), so a pack's pattern reads
every form: :func:`nukta_tolerant` makes the dot optional after each such consonant and accepts
the precomposed letter, outside character classes.  Decision: the dot never changes which word a
support mail means, so reading a word with or without it is never a different request.

The nasal marks are typed as loosely: candrabindu and anusvara stand for each other ("माँग" / "मांग")
and are often left out ("नही" for "नहीं", "मे" for "में"); a pack's nasal mark reads either mark or
none (a pattern without one still needs none).
"""

from __future__ import annotations

from mailbot.reading.linear import pattern_tokens

NUKTA = "\u093c"
PRECOMPOSED = {"\u0958": "\u0915", "\u0959": "\u0916", "\u095a": "\u0917", "\u095b": "\u091c",
               "\u095c": "\u0921", "\u095d": "\u0922", "\u095e": "\u092b", "\u095f": "\u092f"}
"""Each precomposed nukta letter and its base consonant."""
BASES = {base: letter for letter, base in PRECOMPOSED.items()}
NASALS = "\u0901\u0902"
"""Candrabindu and anusvara."""
_TOUCHED = frozenset((*BASES, *PRECOMPOSED, *NASALS))
"""The characters :func:`nukta_tolerant` rewrites.  Issue 8 (perf33b): asking
``_TOUCHED.isdisjoint(pattern)`` (one C loop) instead of a generator over the pattern's characters
made loading the six shipped packs (~6,400 patterns) 40-60 ms faster in each process that reads
emails (a parse workers' zygote, or a process reading in-process)."""


def nukta_tolerant(pattern: str) -> str:
    """``pattern`` with each nukta-taking consonant read with or without its dot, in either encoding,
    and each nasal mark as either mark or none (unchanged when it has none: every pack but the
    Devanagari one)."""
    if _TOUCHED.isdisjoint(pattern):
        return pattern
    out, dot_follows = [], False
    for token, in_class in pattern_tokens(pattern):
        if dot_follows and token == NUKTA:
            dot_follows = False
            continue  # the dot written as its own character, already read by the group
        base = PRECOMPOSED.get(token, token)
        dot_follows = not in_class and token in BASES
        if not in_class and base in BASES:
            out.append(f"(?:{base}{NUKTA}?|{BASES[base]})")
        elif not in_class and token in NASALS:
            out.append(f"(?:[{NASALS}]?)")  # fix16: माँग = मांग, नही = नहीं
        else:
            out.append(token)
    return "".join(out)
