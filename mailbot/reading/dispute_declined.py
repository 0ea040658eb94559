"""(fix39d) A chargeback or other dispute word the customer turns down: no threat (C4), read by clauses.

fix36a and fix37b ruled a chargeback out with one pattern a language holding the suggestion, the dispute word and
the refusal together; each round's next phrasing slipped past them ("Mi banco me ofreció ... no quiero hacer ningún
contracargo", "Bank wale bol rahe the chargeback kar do, par mujhe chargeback ka jhanjhat nahi karna", "My bank say
can do chargeback but I don't want to do that").  Here the shape is read once, in code, on the engine's hits and the
sentence spans, with each language's words as pack data (``intents.dispute_*``, see ``docs/languages.md``):

- a **decline** is the customer's own negated will: ``dispute_decline`` governs what follows it ("I don't want to",
  "no quiero", "ich mach keine", "je ne veux pas"), ``dispute_decline_post`` what comes before it, closing its
  clause ("das will ich nicht", "chargeback ka jhanjhat nahi karna");
- its **object** is a dispute word or a pronoun (``dispute_pronoun``: "that", "eso", "isso", "das", "ça", "aisa",
  and the bare dispute nouns) inside it or next to it, only ``dispute_object_words`` between ("to do a", "hacer ningún", "ka jhanjhat"), a
  pronoun closing its clause but for such words; or nothing, the decline alone in its clause ("but I don't want
  to.", "par main nahi karunga");
- (fix40a) a decline reaches on through a negative coordinator (``dispute_nor``: "nor", "ni", "nem", "noch") in its
  sentence, with no full stop between: "no voy a reclamar al banco ni a poner una reclamación en consumo", "não vou
  abrir contestação nem reclamar no Procon" turn down both; only object words between the coordinator and the word;
- the dispute word is **turned down** when a decline governs it itself (the mention and the refusal in one clause,
  either order), or when the dispute was offered or suggested in its sentence (``dispute_offered``: "my bank
  suggested", "can do", "me ofreció", "angeboten", "bol rahe the") and, later in that sentence or in the next one,
  a decline governs a pronoun, nothing, or a dispute word again, or a ``dispute_refusal`` stands before or after
  it ("I said no", "prefiero arreglarlo directo con ustedes"); in that second way not when the dispute word is the
  speaker itself (``dispute_as_subject``: "my lawyer says ..." involves a lawyer whatever is refused);
- a **hedge** keeps the threat (``dispute_hedge``: "if", "unless", "yet", "si", "wenn", "agar") before the words
  in the sentence, between them, or up to :data:`HEDGE_REACH` characters after them ("no quiero llegar a un
  contracargo, pero si no me devuelven lo haré"); a contrast opening the refusal (``dispute_contrast``: "but",
  "pero", "aber", "par") is no hedge before or between them, only after, where a concession holding a hedge word
  ("even if", "auch wenn", "même si") is none;
- (fix41k) a decline with no object of its own that a colon or a dash closes points ahead: "I don't want that: my
  bank suggested a chargeback", "Das möchte ich nicht: die Bank hat mir eine Rückbuchung vorgeschlagen", "No quiero
  eso: el banco me sugirió un contracargo" turn down the dispute suggested after the mark, in the same sentence or
  in the next one when the mark ends its line; without the mark the pronoun points back and the word stays a threat.

Decision (POLICY_SPEC C4 escalates chargeback *threats*; section 8, a negated part adds nothing): a dispute the
customer refuses is none, a refund asked or not; when unsure (no decline next to its object, an object the words
do not name, a hedge, a lawyer who speaks) the word stays a threat and a person decides.  Plain string work over
short spans and RE2 scans of the window engine: no other regular expression on customer text."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import takewhile
from typing import Iterable

from mailbot.reading.sentences import HARD_STOPS, sentence_bounds

HEDGE_REACH = 120
"""How far after the refusal a hedge keeps the threat (as fix36a's rule, whose patterns it replaces, did)."""
OBJECT_REACH = 40
"""At most this many characters between a decline and the object it governs."""
OBJECT_WORDS = 5
"""At most this many ``dispute_object_words`` between a decline and the object it governs."""
NOR_REACH = 120
"""(fix40a) At most this many characters between a decline and a dispute word it reaches through ``dispute_nor``."""
SUBJECT_REACH = 40
"""How much text after a dispute word ``dispute_as_subject`` reads (anchored at its start)."""
BREAKS = frozenset(",;:.!?()[]\n" + HARD_STOPS)
STOPS = frozenset(";:.!?()[]\n" + HARD_STOPS)
"""The characters a decline does not reach across through a coordinator (a comma it does: "no quiero eso, ni ...")."""
"""The characters that end a clause."""
QUOTES = "\"'“”‘’«»-–—*…"
DASHES = "-–—"
NAMES = ("dispute_decline", "dispute_decline_post", "dispute_pronoun", "dispute_refusal", "dispute_offered",
         "dispute_contrast")
HEDGES = ("dispute_hedge", "dispute_contrast", "dispute_offered")
"""The words :func:`_hedged` reads: the hedges, the contrasts and (fix45x) the offers whose question word is no hedge."""


@dataclass(frozen=True)
class Refusal:
    """A refusal in the text, ``start`` to ``end``, and the dispute word it governs (its span; None: a pronoun,
    nothing said, or a refusal that needs no object)."""

    start: int
    end: int
    governs: tuple[int, int] | None
    declined: bool = True
    """A decline (its object read), not a ``dispute_refusal``."""


def turned_down(patterns, low: str, word, disputes: Iterable[tuple[int, int]], end: int,
                written: frozenset[str] | None = None) -> bool:
    """Whether the dispute ``word`` (a match in ``low``) is one the customer turns down (see the module); the dispute
    words of the mail are at ``disputes`` (spans in ``low``, in order of start; read lazily, perf46: only up to the
    end of the word's sentence and the next, the only ones read), ``end`` is where the customer's words end.

    (fix40c) ``written``: the languages the mail is read in; a hedge is looked for in those only (Portuguese "se",
    "if", is Hinglish "from": "seedha aap se baat karni thi" hedges nothing).  None or empty: every language."""
    first, stop = sentence_bounds(low, word.start(), wrapped=True)
    stop = min(stop, end)
    if word.end() > stop:
        return False
    last = _next_sentence_end(low, stop, end)
    lead = _lead_in(low, first)
    everyone = frozenset(patterns.languages)
    found = patterns.window.subset(*NAMES).scan(low[lead:last], everyone)
    hits = {name: _spans(found, name, lead) for name in NAMES}
    region = Region(low, patterns.words("intents.dispute_object_words"), hits["dispute_contrast"], lead, last,
                    frozenset(span for span in takewhile(lambda span: span[0] <= last, disputes)
                              if lead <= span[0] and span[1] <= last),
                    patterns.words("intents.dispute_nor"))
    mine = (word.start(), word.end())
    offered = [(s, e) for s, e in hits["dispute_offered"] if first <= s and e <= stop]
    speaks = None
    for refusal in region.refusals(hits["dispute_decline"], hits["dispute_decline_post"], hits["dispute_pronoun"],
                                   hits["dispute_refusal"]):
        ahead = refusal.declined and refusal.end <= mine[0] and refusal.governs is None
        if refusal.start < first and not (ahead and offered and _points_ahead(low, refusal, first, offered)):
            continue  # (fix41k) the sentence before counts only for a decline pointing ahead by its colon or dash
        if refusal.governs != mine:
            if not offered or refusal.start < mine[1] and mine[0] < refusal.end:
                continue
            if ahead and not _points_ahead(low, refusal, first, offered):
                continue  # "We'll settle it with you, I don't want that. My bank offered ...": it points back
            if speaks is None:
                speaks = _speaks(patterns, low, word, stop, everyone)
            if speaks and not _answers_the_offer(low, mine, refusal, offered, region.disputes):
                continue
        if not _hedged(patterns, low, region, mine, refusal, end, written or everyone):
            return True
    return False


AHEAD_MARKS = ":-–—"
"""(fix41k) The marks after a decline with no object of its own that point ahead to what it refuses."""
CLOSING_QUOTES = "\"'”’»*"


def _lead_in(low: str, first: int) -> int:
    """(fix41k) Where the sentence before ``first`` starts when it ends in a colon or a dash ("Das möchte ich
    nicht:\nDie Bank hat mir eine Rückbuchung vorgeschlagen."): a decline there may point ahead.  ``first``
    otherwise."""
    before = low[:first].rstrip()
    if not before or before[-1] not in AHEAD_MARKS:
        return first
    return min(first, sentence_bounds(low, max(0, len(before) - 2), wrapped=True)[0])


def _points_ahead(low: str, refusal: Refusal, first: int, offered: list[tuple[int, int]]) -> bool:
    """(fix41k) Whether a decline with no object of its own ("I don't want that", "das möchte ich nicht", "no quiero
    eso") points ahead to a dispute suggested after it: a colon or a dash closes it, and the suggestion
    (``dispute_offered``, in the dispute word's sentence) comes after that mark, with no other sentence between."""
    rest = low[refusal.end:]
    head = rest.lstrip(" \t" + CLOSING_QUOTES)
    if not head or head[0] not in AHEAD_MARKS:
        return False
    mark = refusal.end + len(rest) - len(head)
    if mark < first and low[mark + 1:first].strip():
        return False
    return any(s > mark for s, _ in offered)


def _next_sentence_end(low: str, stop: int, end: int) -> int:
    """The end of the sentence after the one ending at ``stop`` (``stop`` when none starts before ``end``)."""
    at = stop
    while at < end and low[at].isspace():
        at += 1
    return min(sentence_bounds(low, at, wrapped=True)[1], end) if at < end else stop


def _spans(scan, name: str, offset: int) -> list[tuple[int, int]]:
    if not scan.has(name):
        return []
    return [(m.start() + offset, m.end() + offset) for m in scan.finditer(name)]


def _speaks(patterns, low: str, word, stop: int, everyone: frozenset[str]) -> bool:
    """Whether the dispute word is the subject of a telling verb right after it ("my lawyer says", "vakil ne kaha")."""
    after = low[word.end():min(stop, word.end() + SUBJECT_REACH)]
    return bool(after) and patterns.window.subset("dispute_as_subject").scan(after, everyone).has("dispute_as_subject")


def _answers_the_offer(low: str, mine: tuple[int, int], refusal: Refusal, offered: list[tuple[int, int]],
                       disputes: frozenset[tuple[int, int]]) -> bool:
    """(fix43k) Whether a refusal told with a verb of speech right after the dispute word, only spaces and commas
    between ("o banco sugeriu um chargeback, disse que não", "my bank offered a chargeback, said no"), is the
    customer's answer to the offer rather than the word speaking (:func:`_speaks`): the word is what was offered (an
    offer before it, no other dispute word between).  Decision: a dispute word that is no object of an offer ("my
    lawyer, said no ...") still speaks, and a hedge still keeps the threat."""
    if refusal.declined or refusal.start < mine[1] or low[mine[1]:refusal.start].strip(" ,"):
        return False
    return any(e <= mine[0] and not any(e <= s < mine[0] for s, _ in disputes) for _, e in offered)


def _hedged(patterns, low: str, region: Region, mine: tuple[int, int], refusal: Refusal, end: int,
            everyone: frozenset[str]) -> bool:
    """Whether a hedge keeps the threat: before the dispute word and the refusal in the sentence, between them (a
    contrast there opens the refusal, no hedge), or up to :data:`HEDGE_REACH` characters after them."""
    start, stop = min(mine[0], refusal.start), max(mine[1], refusal.end)
    if refusal.start >= mine[1]:
        between = low[mine[1]:refusal.start]
    elif refusal.end <= mine[0]:
        between = low[refusal.end:mine[0]]
    else:
        between = ""
    near = low[region.first:start] + "\n" + between
    # (fix41k) one scan: the words before and between, then (after a full stop no pattern crosses) those after
    found = patterns.window.subset(*HEDGES).scan(near + SEPARATOR + low[stop:min(end, stop + HEDGE_REACH)], everyone)
    return _hedge_in(found, len(near), _elsewhere(patterns, low, stop, len(near) + len(SEPARATOR)))


SHORT_SENTENCE = 40
"""(fix46x) A later sentence at most this long holding a ``dispute_hedge_near`` word still refers back to the refusal
("But I will.", "Bis Freitag warte ich noch.")."""


def _elsewhere(patterns, low: str, stop: int, offset: int):
    """(fix46x) Which hedge hits of :func:`_hedged`'s scan (by their start in it) are a bare contrast or time limit
    (``intents.dispute_hedge_near``: "but", "aber", "pero", "mas", "mais", "until", "bis") in a later sentence than
    the refusal's, longer than :data:`SHORT_SENTENCE` characters: a reassurance up front ("To be
    clear from the start: we will not make a chargeback, your service was okay. But we are a bicycle shop ...",
    "keine Rückbuchung und nix. Die Saison ist vorbei, ... ich brauch das bis Ostern nicht mehr") opens another
    matter there.  Decision: a condition ("if", "unless", "wenn", "sonst") keeps the threat from any sentence in
    reach, and so does a short follow-up ("No chargeback. But I will if ...", "But I will.")."""
    words = patterns.words("intents.dispute_hedge_near")

    def far(at: int, word: str) -> bool:
        at = stop + at - offset
        if word.strip().lower() not in words or at < sentence_bounds(low, max(0, stop - 1), wrapped=True)[1]:
            return False
        first, last = sentence_bounds(low, at, wrapped=True)
        return last - first > SHORT_SENTENCE
    return far


SEPARATOR = "\n.\n"
"""(fix41k) What parts the words around the refusal from those after it in :func:`_hedged`'s one scan."""


def _hedge_in(found, after: int, elsewhere=None) -> bool:
    """Whether a hedge occurs outside the contrasts; from ``after`` on (the words after the refusal) outside those
    longer than it, the concessions "even if", "auch wenn", "même si" (a bare "but" after the refusal still hedges:
    "but I will if ..."), before it outside any.

    (fix45x) Nor is a hedge the question word of an offer that holds it (``dispute_offered``: "my bank asked if I
    wanted a chargeback", "me preguntó si quería", "perguntou-me se queria", "m'a demandé si je voulais"): the
    bank's question, not the customer's condition; an "if" of the customer's own still hedges."""
    if not found.has("dispute_hedge"):
        return False
    contrasts = [(m.start(), m.end()) for m in found.finditer("dispute_contrast")] if found.has("dispute_contrast") else []
    asked = [(m.start(), m.end()) for m in found.finditer("dispute_offered")] if found.has("dispute_offered") else []
    return any(not any(s <= h.start() and h.end() <= e and (h.start() < after or e - s > h.end() - h.start())
                       for s, e in contrasts)
               and not any(s <= h.start() and h.end() <= e and e - s > h.end() - h.start() for s, e in asked)
               and not (elsewhere is not None and h.start() >= after and elsewhere(h.start(), h.group(0)))
               for h in found.finditer("dispute_hedge"))


class Region:
    """The sentence of a dispute word and the next one (``low[first:last]``), read by clauses: its object words,
    its contrasts and the dispute words in it."""

    def __init__(self, low: str, words: frozenset[str], contrasts: list[tuple[int, int]], first: int, last: int,
                 disputes: frozenset[tuple[int, int]], nor: frozenset[str] = frozenset()):
        self.low, self.words, self.contrasts, self.nor = low, words, contrasts, nor
        self.first, self.last, self.disputes = first, last, disputes

    def refusals(self, declines, posts, pronouns, refusals) -> list[Refusal]:
        """Every decline with each object it governs, then every ``dispute_refusal``."""
        objects = sorted(self.disputes) + [p for p in pronouns if p not in self.disputes]
        found = []
        for start, stop in declines:
            found += [self._refusal(start, stop, o) for o in self.after(start, stop, objects)]
        for start, stop in posts:
            found += [self._refusal(start, stop, o) for o in self.before(start, stop, objects)]
        return found + [Refusal(start, stop, None, declined=False) for start, stop in refusals]

    def _refusal(self, start: int, stop: int, governed: tuple[int, int] | None) -> Refusal:
        if governed is None:
            return Refusal(start, stop, None)
        return Refusal(min(start, governed[0]), max(stop, governed[1]),
                       governed if governed in self.disputes else None)

    def fillers(self, start: int, stop: int) -> bool:
        """Whether ``low[start:stop]`` holds no clause break and at most :data:`OBJECT_WORDS` words, every one an
        object word."""
        if stop - start > OBJECT_REACH:
            return False
        while start < stop and start > 0 and self.low[start - 1].isalnum() and self.low[start].isalnum():
            start += 1  # (fix46k) a dispute word matched by its stem ("bank se payment revers|e nahi karwaunga")
        gap = self._unlisted(start, stop)
        if any(ch in BREAKS for ch in gap):
            return False
        tokens = [t.strip(QUOTES) for t in gap.replace("'", " ").replace("’", " ").split()]
        tokens = [t for t in tokens if t]
        return len(tokens) <= OBJECT_WORDS and all(t in self.words for t in tokens)

    def _unlisted(self, start: int, stop: int) -> str:
        """(fix46x) ``low[start:stop]`` with the dispute words wholly inside it left out: a list of things not done
        ("koi chargeback ya bank dispute nahi kar rahe", "बैंक में शिकायत या कोई विवाद नहीं करना चाहता") reaches its
        first item through the others (only object words, such as the coordinator, between)."""
        inside = sorted(d for d in self.disputes if start <= d[0] and d[1] <= stop)
        if not inside:
            return self.low[start:stop]
        parts, at = [], start
        for s, e in inside:
            if s >= at:
                parts.append(self.low[at:s])
                at = e
        return " ".join(parts + [self.low[at:stop]])

    def clause_end(self, at: int) -> int:
        low, stop = self.low, self.last
        while at < stop and low[at] not in BREAKS and not self.dash(at):
            at += 1
        return at

    def clause_start(self, at: int) -> int:
        """Where the clause holding ``at`` opens: after a clause break, or after a contrast ("but I don't want to")."""
        low, start = self.low, at
        while start > self.first and low[start - 1] not in BREAKS and not self.dash(start - 1):
            start -= 1
        for s, e in self.contrasts:
            if start <= s and e <= at:
                start = e
        return start

    def dash(self, at: int) -> bool:
        """(fix41k) Whether ``low[at]`` is a dash set off by spaces ("I don't want that - my bank ..."): it ends a
        clause as a colon does (a hyphen inside a word does not)."""
        low = self.low
        return low[at] in DASHES and 0 < at < len(low) - 1 and low[at - 1].isspace() and \
            (low[at + 1].isspace() or low[at + 1] in DASHES)

    def closes(self, at: int) -> bool:
        """Whether only object words follow ``at`` to the end of its clause."""
        return self.fillers(at, self.clause_end(at))

    def alone(self, start: int, stop: int) -> bool:
        """Whether the decline at ``start:stop`` has only object words beside it in its clause ("but I don't want
        to.", "par main nahi karunga"): what it refuses is what was just said."""
        return self.fillers(self.clause_start(start), start) and self.closes(stop)

    def after(self, start: int, stop: int, objects) -> list[tuple[int, int] | None]:
        """What a decline at ``start:stop`` governs after it: each dispute word or pronoun inside it or next to it (a
        pronoun closing its clause but for object words: "that", not "that company"); None when it stands alone."""
        found = []
        for o in objects:
            if not (start <= o[0] < stop or o[0] >= stop and (self.fillers(stop, o[0]) or self.coordinated(stop, o))):
                continue
            if o not in self.disputes and not self.closes(max(o[1], stop)):
                continue
            found.append(o)
        if not found and self.alone(start, stop):
            found.append(None)
        return found

    def coordinated(self, stop: int, o: tuple[int, int]) -> bool:
        """(fix40a) Whether the dispute word ``o`` follows a negative coordinator (``dispute_nor``) that continues the
        decline ending at ``stop``: no full stop between, the word within :data:`NOR_REACH`, only object words after
        the last coordinator."""
        if not self.nor or o not in self.disputes or o[0] - stop > NOR_REACH:
            return False
        gap = self.low[stop:o[0]]
        if any(ch in STOPS for ch in gap):
            return False
        at, pos = None, 0
        for token in gap.split():
            pos = gap.index(token, pos) + len(token)
            if token.strip(QUOTES + ",") in self.nor:
                at = pos
        return at is not None and self.fillers(stop + at, o[0])

    def before(self, start: int, stop: int, objects) -> list[tuple[int, int] | None]:
        """What a decline at ``start:stop`` closing its clause governs before it: each dispute word or pronoun inside
        it or next to it; None when it stands alone."""
        if not self.closes(stop):
            return []
        found = [o for o in objects if start < o[1] <= stop or o[1] <= start and self.fillers(o[1], start)]
        if not found and self.alone(start, stop):
            found.append(None)
        return found
