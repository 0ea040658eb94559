"""(fix31l) Whether a refund word that asks something back by a pronoun or with no object named ("Can we get it
back?", hi "wapas mil sakti hai kya?", es "¿Nos lo pueden devolver?", pt "Podem devolver?") stands for money: it
counts as a refund request only when money is named in reach (C4 intents, section 8)."""

from __future__ import annotations

from mailbot.reading.scan import Scan
from mailbot.reading.sentences import sentence_bounds

MONEY_BEFORE = 300
"""How far before the pronoun's ask a money word still gives the pronoun its sense (a few sentences)."""

MONEY_AFTER = 120
"""How far after it ("Can we get it back? It was 200 EUR.")."""


def unnamed_money(scan: Scan, said: str, end: int) -> list[tuple[int, int]]:
    """The spans of the asks back by a pronoun or with no object (``intents.refund_by_pronoun``) that have no money
    named in reach (``intents.money_named``: a money noun, an amount, a refund word; in the subject, or from
    :data:`MONEY_BEFORE` characters before the ask to :data:`MONEY_AFTER` after it): the refund words inside ask for
    nothing.  Decision (an unsafe approval is worse than a miss): "The site was deleted. Can we get it back?",
    "files wapas mil sakti hai kya?" ask no refund (files, access, a domain or data back are no money), while "We
    paid a 200 dollar fee. Can we get it back?" and "paise wapas mil sakte hain?" still do; a pronoun tied to its
    money noun in the same clause (fr "les frais, on peut les récupérer ?", fix30b) is no such ask and is kept."""
    if not scan.has("refund_by_pronoun"):
        return []
    subject_end = said.find("\n")
    if subject_end > 0 and scan.search("money_named", 0, subject_end) is not None:
        return []  # "Subject: Deposit" over "Can we get it back?"
    return [(m.start(), m.end()) for m in scan.finditer("refund_by_pronoun", end)
            if scan.search("money_named", max(0, m.start() - MONEY_BEFORE), min(len(said), m.end() + MONEY_AFTER))
            is None]


def not_money(scan: Scan, said: str, end: int) -> list[tuple[int, int]]:
    """(fix33l) The spans of a refund verb whose object is no money (``intents.refund_not_money``: es "¿nos pueden
    devolver el acceso?", pt "podem devolver os arquivos do site?"), unless money is named after that object in its
    sentence ("devolver el acceso y el dinero"): the refund words inside ask for nothing.  Decision (C4; an unsafe
    approval is worse than a miss): access, files, a domain, data or an account given back are no refund, as with a
    pronoun (:func:`unnamed_money`); a money noun after them makes the sentence ask for money too."""
    if not scan.has("refund_not_money"):
        return []
    spans = []
    for m in scan.finditer("refund_not_money", end):
        stop = sentence_bounds(said, m.start(), wrapped=True)[1]
        if scan.search("money_named", m.end(), max(m.end(), stop)) is None:
            spans.append((m.start(), m.end()))
    return spans
