"""Whether a dispute word (C4) is part of the customer's own name or address, not a threat (fix16).

A law firm writing about its own account names itself: "pauline@mercier-avocats.fr", "the project
García & Ruiz Abogados", "Sharma Advocates".  The legal word there names who the customer is; it
threatens nobody.  POLICY_SPEC C4 escalates *mentions of lawyers* as threats, so the decision taken
here (a careful support lead's, written down because the spec does not say it) is deliberately
narrow, and when unsure the word stays a threat:

- a dispute word inside an e-mail address or a web address written in the mail (a token holding
  ``@``, ``://`` or ``www.``, or a domain of several parts such as ``mercier-avocats.fr``) is a name;
- a capitalised dispute word ("Abogados", "Avocats", "Solicitors") right after capitalised names
  (joined by "&", "y", "e", "et", "and", "und") of which one is also in the domain of the sender's
  own address ("López" in ``socios@bufeteherreraylopez.es``) is the customer's firm.  Only the
  domain counts: a firm writes from its own domain, while a surname in a personal address or display
  name ("rahul.sharma@gmail.com" naming "Sharma Advocates") may well be a firm the customer threatens
  to hire.

Anything else ("mon avocat", "I have instructed Smith Solicitors", "Mi Abogado") stays a threat.
Pure functions; each looks at a bounded window around the word (linear, no regex on the text).
"""

from __future__ import annotations

import unicodedata

WINDOW = 80
"""How far around the word an address token is looked for (characters)."""

NAME_WORDS = 3
"""How many capitalised words before the legal word may form the firm's name."""

CONNECTORS = frozenset({"&", "-"})
"""The signs joining the partners' names in a firm's name ("Herrera & López"); the words ("Herrera y López") are the
packs' ``text.name_joiners`` (:func:`connectors`)."""
_JOINERS: list = [None, CONNECTORS]


def connectors() -> frozenset[str]:
    """(xfer33, issue 9) :data:`CONNECTORS` and the ``text.name_joiners`` of every pack loaded in the process ("and",
    "und", "y", "e", "et", an admin's Italian "e"): asked inside the reading of a C4 word, where the brand's languages
    are not at hand, so every loaded pack's words count (a name is joined the same whatever the email's language)."""
    from mailbot.reading.languages import process_packs, process_packs_key
    key = process_packs_key()
    if _JOINERS[0] != key:
        _JOINERS[:] = [key, CONNECTORS | {word for pack in process_packs() for word in pack.get("text.name_joiners")}]
    return _JOINERS[1]

TOKEN_STOPS = frozenset(" \t\r\n<>()[]\"',;")

DOMAIN_ENDINGS = frozenset({
    "com", "net", "org", "in", "co", "io", "biz", "info", "law", "legal", "es", "pt", "br", "fr", "de",
    "at", "ch", "be", "it", "uk", "eu", "mx", "ar", "cl", "lu", "ca", "us",
})
"""Last parts of a domain written without ``@`` or ``www.`` ("mercier-avocats.fr")."""


def in_an_address(low: str, start: int, end: int) -> bool:
    """Whether ``low[start:end]`` lies inside an e-mail or web address written in the text.  A word
    ending a sentence without a space after it ("mon avocat.De plus") is no address: a bare domain
    counts only when the word is joined to something before it in the same token."""
    left, bound = start, max(0, start - WINDOW)
    while left > bound and low[left - 1] not in TOKEN_STOPS:
        left -= 1
    right, bound = end, min(len(low), end + WINDOW)
    while right < bound and low[right] not in TOKEN_STOPS:
        right += 1
    token = low[left:right].rstrip(".:!?")
    if "@" in token or "://" in token or token.startswith("www."):
        return True
    dot = token.rfind(".")
    joined_before = left < start and low[start - 1] in "-._"
    return joined_before and dot > end - left and token[dot + 1:] in DOMAIN_ENDINGS


def names_the_sender_firm(text: str, start: int, end: int, sender: str | None) -> bool:
    """Whether the capitalised dispute word ``text[start:end]`` follows capitalised names one of which
    (three letters or more) is also in the domain of the sender's address: the customer's firm."""
    if not text[start:start + 1].isupper() or not sender or "@" not in sender:
        return False
    line_start = text.rfind("\n", max(0, start - WINDOW), start) + 1
    words = text[max(line_start, start - WINDOW):start].split()
    names: list[str] = []
    joiners = connectors()
    for word in reversed(words):
        word = word.strip(",.;:()\"'«»“”")
        if word.lower() in joiners:
            continue
        if not word[:1].isupper():
            break
        names.append(word)
        if len(names) == NAME_WORDS:
            break
    own = _folded(sender.rsplit("@", 1)[1])
    return any(len(name) >= 3 and _folded(name) in own for name in names)


def _folded(words: str) -> str:
    """Lower-cased, without accents ("López" -> "lopez")."""
    decomposed = unicodedata.normalize("NFKD", words.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
