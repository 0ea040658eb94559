"""How much of one email is read: the bounds that keep hostile mail cheap.

Every bound that cuts something records a defect on the email, so staff see
what was not read ("only the first 64 KB of text were read"); the bytes
themselves are always kept whole in the stored email.
"""

from __future__ import annotations

from dataclasses import dataclass

TEXT_CHARS = 65_536
"""Characters of the customer's text read per email (the ``read_text_kb`` setting)."""


@dataclass(frozen=True, slots=True)
class ReadLimits:
    """The bounds of one parse.  The defaults are the shipped settings."""

    text_chars: int = TEXT_CHARS
    """Characters of text read (body and forwarded text each)."""
    mime_depth: int = 50
    """Nesting levels of multipart and message/rfc822 parts; deeper containers
    are kept as opaque bytes (an ``application/octet-stream`` part)."""
    parts: int = 400
    """Parts visited at most."""
    header_count: int = 500
    """Header fields read from one header block; the rest are dropped."""
    header_chars: int = 16_384
    """Characters of one header field read at most."""
    address_chars: int = 2_000
    """An address header longer than this is not given to the general RFC 5322
    parser (quadratic on junk): address-shaped words are taken from it instead."""

    @property
    def html_chars(self) -> int:
        """Characters of HTML converted: twice the text (mail HTML is about 1.3
        times its text; a table of padded cells costs inscriptis the most)."""
        return self.text_chars * 2

    @property
    def text_note(self) -> str:
        """The defect staff see when the text was cut."""
        size = f"{self.text_chars // 1024} KB" if self.text_chars % 1024 == 0 else f"{self.text_chars} characters"
        return f"only the first {size} of text were read"


DEFAULT_LIMITS = ReadLimits()
