"""(fix28a) The reason dictated before the ask, in a sentence without punctuation.

Mail dictated on a phone often runs the reason and the ask together without a comma: "hallo ich brauche
das programm nicht mehr bitte geld zurück für ...", "bonjour j'ai plus besoin du logiciel merci de me
rembourser ...", "hi dont need it anymore found another tool please refund ...".  The one-word "please" (or
"merci de", "por favor") that opens the ask is where a writer would have put the comma: what comes before it is
the customer's statement, read as the part before a comma is (POLICY_SPEC section 8: not needing it any more is
a reason, which L1 then judges; it is not a missing one).

Decision: only when the ask is opened by such a word, and nothing (comma, colon, semicolon) separates the
sentence before the ask; the part before must be a statement of some length of its own (checked by the caller,
:meth:`~mailbot.reading.unlabelled_reason.UnlabelledReasonReading._reason_beside_request`).  A sentence that asks
without a "please" ("ich möchte mein geld zurück") or whose part before is short ("ich hätte gerne bitte ...")
gives none, and the bot asks for the reason (C3) as before.  Linear: one pass over the words before the ask."""

from __future__ import annotations

ASK_OPENERS = frozenset(("bitte", "please", "pls", "plz", "plss", "svp", "stp", "merci", "favor", "porfa", "pf",
                         "kripya", "kindly"))
"""Words of the shipped languages that open an ask in dictated mail ("bitte", "merci de", "por favor")."""

OPENER_GLUE = frozenset(("de", "d'", "me", "nous", "por", "mir", "uns", "nos", "mujhe", "hume", "hamein"))
"""Short words that go with an ask opener before the ask ("merci de me", "por favor", "bitte mir")."""

MAX_OPENER_WORDS = 3


def dictated_lead(sentence: str, ask_start: int, ask_text: str) -> str | None:
    """The words before the ask starting at ``ask_start`` (``ask_text``: the ask's matched words), the words
    opening the ask ("bitte", "merci de me") left out, when the ask is opened by one of ``ASK_OPENERS`` and
    no punctuation mark inside the sentence comes before it; else None."""
    before = sentence[:ask_start]
    if any(ch in before for ch in ",;:!?"):
        return None
    words = before.split()
    opened = bool(ask_text.split()) and ask_text.split()[0].lower() in ASK_OPENERS
    cut = len(words)
    while cut > 0 and len(words) - cut < MAX_OPENER_WORDS and words[cut - 1].lower() in ASK_OPENERS | OPENER_GLUE:
        opened = opened or words[cut - 1].lower() in ASK_OPENERS
        cut -= 1
    if not opened or cut == 0:
        return None
    return " ".join(words[:cut]).strip(" .")
