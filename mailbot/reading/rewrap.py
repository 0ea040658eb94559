"""(fix22) A request cut by a mail client's hard wrap.

Plain-text mail is often wrapped at a fixed width, so one sentence runs over two lines ("wir möchten
die Anzahlung für das\\nProjekt X (Rechnung Y) zurück", "please cancel the annual\\nhosting plan").  The
one-pass scan reads lines: a request whose words straddle the break is not seen.  When an email
asks nothing, its body is read once more with each hard wrap joined by a space, and that reading
is kept only when it finds a request the first did not (:meth:`Extractor.extract`).

Decision: a line break is a hard wrap when the line before it is long (at least
:data:`MIN_WRAPPED`) characters, as wrapped text is, while greetings, sign-offs and signature lines
are short) and does not end a sentence (``. ! ? : ;``), and the next line goes on with text (not a
blank line, a quote ``>``, a list mark or a signature delimiter).  The joined text has the same
length as the original (the break becomes a space), so every position read stays the same.
"""

from __future__ import annotations

MIN_WRAPPED = 40
"""The shortest line taken as cut by a hard wrap (mail clients wrap at 72 to 78 characters)."""

_ENDS_A_SENTENCE = frozenset(".!?:;")
_STARTS_A_BLOCK = frozenset(">-*•–—|#")


def joined_wraps(body: str) -> str | None:
    """``body`` with its hard wraps joined by a space, or None when it has none (linear in its length)."""
    if "\n" not in body:
        return None
    lines = body.split("\n")
    cut = []
    for i in range(len(lines) - 1):
        line = lines[i].rstrip()
        nxt = lines[i + 1].lstrip()
        if len(line) < MIN_WRAPPED or line[-1] in _ENDS_A_SENTENCE or line.lstrip()[:1] in _STARTS_A_BLOCK:
            continue
        if not nxt or nxt[0] in _STARTS_A_BLOCK or nxt[0].isdigit() and nxt[1:2] in (".", ")"):
            continue
        cut.append(i)
    if not cut:
        return None
    for i in cut:
        lines[i] = lines[i] + " "
    out = []
    joined = set(cut)
    for i, line in enumerate(lines):
        out.append(line)
        if i < len(lines) - 1:
            out.append("" if i in joined else "\n")
    # each joined break: the line got a space and lost its "\n", so the length is unchanged
    return "".join(out)
