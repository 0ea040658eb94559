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
gives none, and the bot asks for the reason (C3) as before.  Linear: one pass over the words before the ask.

(xfer29, issue 9) The words are the packs': ``text.ask_openers`` ("bitte", "please", "svp", "favor", "kripya") and
``text.ask_opener_glue`` ("de", "me", "por", "mir", "mujhe"), of every language the brand reads (an admin's Italian
pack adds "favore" and "per": "... per favore rimborsatemi").  Decision: of the brand's languages, not only the email's
own, as the greeting passed over before the statement (:func:`mailbot.reading.reading_rules.opening_greeting`).

(fix45y) Voice-typed mail often has no "please" either: a first-person word just before the ask
(``text.ask_subjects``: "mujhe", "मुझे", "i", "we") opens it as well ("... wo bilkul bekaar hai mujhe mera 1499 wapas
chahiye", "... the numbers are switched off i want a refund"); "I want a refund." alone still gives no reason."""

from __future__ import annotations

MAX_OPENER_WORDS = 3


def dictated_lead(sentence: str, ask_start: int, ask_text: str, openers: frozenset[str],
                  glue: frozenset[str], subjects: frozenset[str] = frozenset(),
                  contrasts: frozenset[str] = frozenset(), determiners: frozenset[str] = frozenset()) -> str | None:
    """The words before the ask starting at ``ask_start`` (``ask_text``: the ask's matched words), the words
    opening the ask ("bitte", "merci de me") left out, when the ask is opened by one of ``openers`` (with
    ``glue`` words: the packs' ``text.ask_openers`` and ``text.ask_opener_glue``) and no punctuation mark inside
    the sentence comes before it; else None.
    (fix45y) Or opened by one of ``subjects`` (``text.ask_subjects``: "mujhe", "मुझे", "i", "we") as its first
    word or at most :data:`MAX_OPENER_WORDS` words before it, when no opener does: voice-typed mail runs "... leads
    bekaar hai mujhe mera 1499 wapas chahiye" with no "please" and no comma; the first-person word starts the ask
    as the comma would have, and the words from it on are left out; not after a contrast (``text.ask_subject_contrasts``:
    "The new design looks great but we want to cancel" gives no reason).
    (fix46k) Nor a subject right after a noun its determiner opens (``text.ask_subject_determiners``: "the plan i
    cancel now was his idea", "the plan i refund you for"): "i" opens a relative clause of that noun, not the ask,
    and the statement would be cut inside its noun phrase; no lead, the reason is read as before fix45y."""
    before = sentence[:ask_start]
    if any(ch in before for ch in ",;:!?"):
        return None
    words = before.split()
    asked = ask_text.split()
    opened = opens = bool(asked) and asked[0].lower() in openers
    if not opened and asked and asked[0].lower() in subjects:
        opened = True  # "... we [want to cancel]"
    elif not opened:
        for back in range(1, min(MAX_OPENER_WORDS, len(words)) + 1):
            if words[-back].lower() in subjects:  # "... mujhe mera 1499 [wapas chahiye]", "... i want a [refund]"
                if back + 2 <= len(words) and words[-back - 2].lower() in determiners:
                    break  # (fix46k) "... the plan i [cancel] now": a relative clause of "the plan"
                opened, words = True, words[:-back]
                break
    if opened and not opens and words and words[-1].lower() in contrasts:
        return None  # "looks great but we want to cancel": a contrast, no reason
    cut = len(words)
    while cut > 0 and len(words) - cut < MAX_OPENER_WORDS and (words[cut - 1].lower() in openers
                                                                 or words[cut - 1].lower() in glue):
        opened = opened or words[cut - 1].lower() in openers
        cut -= 1
    if not opened or cut == 0:
        return None
    return " ".join(words[:cut]).strip(" .")
