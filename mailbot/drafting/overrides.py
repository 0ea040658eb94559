"""Template texts that admins keep in the store, as the drafting step sees them.

The drafting step is pure: it never reads the database.  It is handed a
:class:`TemplateSource` whose :meth:`~TemplateSource.current` returns the
overrides in effect as an immutable :class:`OverrideSet`; the service layer's
source (:class:`mailbot.service.templates.StoredTemplates`) reads a change
counter before every draft and the texts only when the counter moved, and
returns the very same object while nothing changed, so the :class:`Drafter`
keeps its compiled templates until then.

Keys are ``(brand name, file name)``, the file name relative to the brand's
folder (``refund_denied.txt.j2``, ``part_refund_denied.txt.j2``; once replies
have languages, ``de/part_refund_denied.txt.j2`` would be another key).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Mapping, Protocol

STORE_PREFIX = "store:"
"""How a stored text names itself in error lines: ``store:leadsoptima/refund_denied.txt.j2:4``."""


@dataclass(frozen=True)
class OverrideSet:
    """The stored texts in effect, and the change counter they were read at."""

    version: int = 0
    texts: Mapping[tuple[str, str], str] = field(default_factory=lambda: MappingProxyType({}))

    def for_brand(self, brand: str) -> dict[str, str]:
        return {name: text for (owner, name), text in self.texts.items() if owner == brand}

    def get(self, brand: str, name: str) -> str | None:
        return self.texts.get((brand, name))

    def with_text(self, brand: str, name: str, text: str | None) -> OverrideSet:
        """A copy with one text replaced (None: removed), as a save would make it."""
        texts = dict(self.texts)
        if text is None:
            texts.pop((brand, name), None)
        else:
            texts[(brand, name)] = text
        return OverrideSet(self.version, MappingProxyType(texts))


def store_filename(brand: str, name: str) -> str:
    return f"{STORE_PREFIX}{brand}/{name}"


NO_OVERRIDES = OverrideSet()


class TemplateSource(Protocol):
    def current(self) -> OverrideSet:
        """The overrides in effect now; the same object while nothing changed."""


class FixedOverrides:
    """A source that never changes: for the lint of a text not yet saved, and for tests."""

    def __init__(self, overrides: OverrideSet = NO_OVERRIDES):
        self.overrides = overrides

    def current(self) -> OverrideSet:
        return self.overrides
