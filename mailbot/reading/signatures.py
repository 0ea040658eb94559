"""(fix22) What in a customer's mail closes what they say and is never their reason: a line made only of courtesy
words, and a signature's line (POLICY_SPEC section 8: greetings, sign-offs and signatures are not reasons)."""

from __future__ import annotations

COURTESY_ONLY = "courtesy_only"
"""The sentence kind of a candidate made only of courtesy words (``text.courtesy_words``: "Quedo en espera
de su pronta respuesta", "Fico a aguardar as vossas notícias", "Über eine baldige Antwort würde ich mich freuen",
"Aapke jawab ka intezaar rahega").  Decision (POLICY_SPEC section 8, what a reason is): a candidate that carries no
content beyond a courtesy (awaiting a reply, thanks in advance, hoping for a quick resolution, confirm receipt) never
satisfies a brand's reason requirement, in whatever word order or register it is written; the customer has said why
nothing, so the bot asks (C3) and never approves on it.  The test is on whole words, so a sentence with one word of
its own ("Quedo en espera, cerramos la tienda el viernes") is still read."""

SIGNATURE_SEPARATORS = ("\u00b7", "\u2022", " | ", "\u2219")
"""A middle dot, a bullet or a bar between words: how a signature sets company, town and web address on one line."""
QUOTE_PAIRS = {"\"": "\"", "\u201c": "\u201d", "\u201e": "\u201c", "\u00ab": "\u00bb", "'": "'", "\u2018": "\u2019"}


def signature_line(sentence: str) -> bool:
    """Whether a line is a signature's: words set apart by a middle dot, a bullet or a bar ("Alfarería Ruiz ·
    Oaxaca", "Sales | Hale Pottery | Leeds"), or a tagline wholly inside quotation marks ("« L'art du feu depuis 1962 »",
    "“Handmade since 1962”").  Decision (POLICY_SPEC section 8: signatures are not reasons): a customer who writes no
    sign-off line ("Regards,") still signs; such a line is never their reason, whatever the language, so an Optima refund
    whose only candidate is a signature line asks for the reason (C3) instead of approving.  Plain scans, no regex."""
    line = sentence.strip().rstrip(".")
    if any(mark in line for mark in SIGNATURE_SEPARATORS):
        return True
    return len(line) > 2 and QUOTE_PAIRS.get(line[0]) == line[-1] and line[0] not in line[1:-1]
