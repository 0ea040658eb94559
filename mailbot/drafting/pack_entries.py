"""One key's entries from the language packs, without keeping the packs.

Issue 8: a poll's main process needs a single list from the packs, the reply prefixes
(``text.reply_subject``: "re", "aw", "resp"), to strip them from a draft's subject, and only once a
subject opens like one (:func:`~mailbot.drafting.drafter.reply_prefixes`).  Loading the six shipped
packs (:func:`~mailbot.reading.languages.pack_words`: ~6,400 patterns made nukta-tolerant and kept)
for it cost that process 56-71 ms of CPU and their memory.  Here each file is parsed with ``tomllib``
and only the key's entries are kept, per file (:func:`_file_entries`: cached by the file's size and
modification time, so a long-running ``mailbot run`` reads each pack once and an edited pack again).

perf38: this replaced perf35b's reading of the key's own lines (135 lines of line-level TOML
checks); measured in one process over the six shipped packs, ~40-50 ms for the first poll of a
process against ~10 ms, nothing for the later ones; the parsed file is dropped at once (a peak of
~0.7 MB of short-lived objects, one file at a time).

:func:`pack_entries` gives what ``pack_words`` gives (the same files, later folders replacing
earlier ones, each entry once, in the same order, made nukta-tolerant as
:func:`~mailbot.reading.languages.load_pack` makes them).  A file that does not parse, has no clean
``name``, or whose key is not a list of non-empty strings is read by ``load_pack``, so that it raises
``load_pack``'s error.  Decision (as perf33b's): a mistake elsewhere in a pack's patterns is not met here
but where the packs are read (the parse workers, or the process reading in-process, load every pack
before an email).
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

from mailbot.reading import languages
from mailbot.reading.languages import PLAIN, TOP, load_pack
from mailbot.reading.scripts import nukta_tolerant


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
            try:
                stat = path.stat()
                stamp = (stat.st_size, stat.st_mtime_ns)
            except OSError:
                stamp = None
            found[path.stem] = _file_entries(path, key, stamp)
    return tuple(dict.fromkeys(entry for entries in found.values() for entry in entries))


@lru_cache(maxsize=64)
def _file_entries(path: Path, key: str, stamp) -> tuple[str, ...]:
    """The entries of ``key`` in the pack file ``path`` as :func:`load_pack` gives them (``stamp``: the
    file's size and modification time, so that a changed file is read again)."""
    section, _, name = key.partition(".")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        data = None
    if not _clean_head(data):
        return load_pack(path).get(key)  # its error (or, should it read, its entries)
    table = data.get(section, {})
    entries = table.get(name, []) if isinstance(table, dict) else None
    if not isinstance(entries, list) or not all(isinstance(entry, str) and entry for entry in entries):
        return load_pack(path).get(key)
    return tuple(nukta_tolerant(entry) for entry in entries)  # as load_pack makes them


def _clean_head(data) -> bool:
    """Whether a parsed pack has a ``name`` and its :data:`~mailbot.reading.languages.TOP` strings are each a
    non-empty string (what :func:`load_pack` checks of them)."""
    return isinstance(data, dict) and "name" in data and all(
        isinstance(data[key], str) and data[key].strip() for key in TOP & data.keys())
