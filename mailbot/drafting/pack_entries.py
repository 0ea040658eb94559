"""One key's entries from the language packs, read from that key's own lines, not the whole files.

Issue 8 (perf35b): a poll's main process needs a single list from the packs, the reply prefixes
(``text.reply_subject``: "re", "aw", "resp"), to strip them from a draft's subject, and only once a
subject opens like one (:func:`~mailbot.drafting.drafter.reply_prefixes`).  Reading the six shipped
packs whole for it (:func:`~mailbot.reading.languages.pack_words`: 950 KB of TOML, ~6,400 patterns
made nukta-tolerant) cost that process 56-71 ms of CPU (median 66; ~170 ms in a fresh process) and a
1.6 MB peak of short-lived objects at the first such subject of every poll (13-22 us an email of a
3,000-5,000-email poll); the packs' heads and the key's own lines take 8-10 ms (median 9) and 0.7 MB
(five alternated runs each, load 14-16).  perf33b did the same for the packs' own strings, read from
their heads (:func:`~mailbot.reading.languages.pack_strings`).

:func:`pack_entries` gives what ``pack_words`` gives (the same files, later folders replacing
earlier ones, each entry once, in the same order, made nukta-tolerant as
:func:`~mailbot.reading.languages.load_pack` makes them), reading a file whole whenever its key's
lines are not clean (:func:`key_lines`), so that a broken file still raises ``load_pack``'s error.
Decision (as perf33b's): a mistake elsewhere in a pack's patterns is not met here but where the
packs are read (the parse workers, or the process reading in-process, load every pack before an
email).  The pack files are an admin's configuration, not customer text: Python ``re`` on them is
bounded by the file and never backtracks (each pattern is one line, without nested repeats).
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from mailbot.reading import languages
from mailbot.reading.languages import PLAIN, load_pack, pack_head
from mailbot.reading.scripts import nukta_tolerant

_KEY = re.compile(r"[ \t]*[\w\"'.-]+[ \t]*=")
"""A line opening a key (bare, quoted or dotted)."""
_TABLE = re.compile(r"^[ \t]*\[", re.MULTILINE)
"""A line opening a table header (searched from a header on: it stops at the next one)."""
_BLANK = " \t\r"


def pack_entries(dirs: list[Path], key: str) -> tuple[str, ...]:
    """The entries of ``key`` (a :data:`~mailbot.reading.languages.PLAIN` key in a table:
    ``text.reply_subject``) in every pack in ``dirs``, each once: what
    :func:`~mailbot.reading.languages.pack_words` gives, without reading or keeping the packs (a process
    that keeps them already, one reading emails itself, is answered from them, as ``pack_words`` does)."""
    if key not in PLAIN or key == "dates.months" or "." not in key:
        raise ValueError(f"{key}: only a table's pattern-fragment key is read alone")
    if tuple(dirs) in languages._CACHE:
        return languages.pack_words(dirs, key)
    found: dict[str, tuple[str, ...]] = {}
    for folder in dirs:
        for path in sorted(folder.glob("*.toml")):
            entries = key_lines(path, key) if pack_head(path) is not None else None
            if entries is None:
                entries = load_pack(path).get(key)  # the whole file: its entries, or its error
            else:
                entries = tuple(nukta_tolerant(entry) for entry in entries)  # as load_pack makes them
            found[path.stem] = entries
    return tuple(dict.fromkeys(entry for entries in found.values() for entry in entries))


def key_lines(path: Path, key: str) -> tuple[str, ...] | None:
    """The raw entries of ``key`` (``section.name``) read from its own lines of ``path``, or None when
    they cannot be told apart from the rest of the file with certainty (the caller reads it whole).

    Why the lines are the key's: in a TOML file without multi-line strings (none of ``'''`` or
    ``\"\"\"``) a line ``[section]`` is the table's one header (a header is on its own line; inside an
    array, ``[section]`` is not a value), the table's keys follow it up to the next line opening with
    ``[``, and a line there opening with ``name =`` starts that key (an array's inner lines open with a
    value or a comment).  Its value ends at the first line with which the lines so far parse.
    None for anything else: a multi-line string anywhere, no header or two, the key quoted,
    written twice, or a value that is not a list of non-empty strings."""
    section, _, name = key.rpartition(".")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    if "'''" in text or '"""' in text:
        return None
    headers = _header_ends(text, f"[{section}]")
    if len(headers) != 1:
        return None
    following = _TABLE.search(text, headers[0])
    body = text[headers[0]:following.start() if following else len(text)]
    if name not in body and "\\u" not in body and "\\U" not in body:
        return ()  # absent: a key spelled without its name's letters needs a \u escape in a quoted key
    starts = _key_starts(body, name)
    if len(starts) != 1 or starts[0][1]:
        return None  # none (written some other way), twice, or quoted
    lines = body[starts[0][0]:].splitlines(keepends=True)
    for count in range(1, len(lines) + 1):
        if count > 1 and _KEY.match(lines[count - 1]):
            return None  # the next key, the value unclosed: not TOML the whole file would read
        try:
            data = tomllib.loads("".join(lines[:count]))
        except tomllib.TOMLDecodeError:
            continue
        value = data.get(name)
        if list(data) != [name] or not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            return None
        return tuple(value)
    return None


def _header_ends(text: str, header: str) -> list[int]:
    """Where each line that is ``header`` alone (spaces, a comment after it) ends.  ``str.find``, not a
    ``^...$`` pattern: Python's ``re`` tries such a pattern at every character of the 150-175 KB file
    (~2/3 of the key's read time)."""
    ends = []
    at = text.find(header)
    while at >= 0:
        line = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        rest = text[at + len(header):end].strip(_BLANK)
        if not text[line:at].strip(_BLANK) and (not rest or rest.startswith("#")):
            ends.append(end)
        at = text.find(header, at + len(header))
    return ends


def _key_starts(body: str, name: str) -> list[tuple[int, bool]]:
    """(where its line starts, whether quoted) of each line of ``body`` opening with the key ``name``
    (bare or quoted, before ``=``)."""
    found = []
    at = body.find(name)
    while at >= 0:
        line = body.rfind("\n", 0, at) + 1
        lead = body[line:at].strip(_BLANK)
        after = at + len(name)
        if lead in ('"', "'") and body.startswith(lead, after):
            after += 1  # the closing quote
        if lead in ("", '"', "'") and body[after:after + 80].lstrip(_BLANK).startswith("="):
            found.append((line, bool(lead)))
        at = body.find(name, at + len(name))
    return found
