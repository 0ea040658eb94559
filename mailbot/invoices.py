"""How an invoice reference may be typed, shared by the reading (which writes what the customer typed
the way the ledger writes it) and the ledger (which matches a reference with its separators removed,
POLICY_SPEC.md section 8).

One list, so that a separator the reading accepts is one the ledger ignores: a customer's
"LO‑INV‑5533" typed with non-breaking hyphens reads and matches like "LO-INV-5533".
"""

from __future__ import annotations

DASHES = "\u2013\u2014\u2011"
"""En dash, em dash and non-breaking hyphen: written as a plain hyphen in a reference."""
LOOSE_SEPARATORS = " ./"
"""Separators besides hyphens that people type between a reference's parts ("lo inv 66120", "LO.INV.66120")."""

_TO_HYPHEN = str.maketrans({c: "-" for c in DASHES})
_REMOVED = {ord(c): None for c in "-" + DASHES + LOOSE_SEPARATORS}


def plain_dashes(reference: str) -> str:
    """The reference with every dash written as a plain hyphen."""
    return reference.translate(_TO_HYPHEN)


def loose(reference: str) -> str:
    """The reference without the separators between its parts, case-folded: the key the ledger
    matches a reference typed in one piece or with other separators by ("LOINV55342")."""
    return reference.casefold().translate(_REMOVED)
