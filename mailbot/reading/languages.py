"""Language packs: the words mailbot reads in each language, as data.

One TOML file per language, named by its code (``es.toml``): the shipped packs live in
``mailbot/defaults/config/languages/``; an admin adds or replaces one by putting a file in the
``languages/`` folder beside their ``mailbot.toml`` — no code.  A brand lists the languages it
reads (its ``languages`` setting).  Every list holds RE2 patterns matched on lower-cased text;
they all go into the brand's one-pass engine (:mod:`mailbot.reading.engine`).

The keys a pack may hold (all optional but ``name``; an unknown key is an error, so a typo
does not silently read nothing):
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from mailbot.errors import ConfigError
from mailbot.reading.pack_keys import KEYS
from mailbot.reading.scripts import nukta_tolerant

SHIPPED = Path(__file__).resolve().parents[1] / "defaults" / "config" / "languages"

TOP = {"name", "locale", "fallback_subject"}
"""The pack's own strings: its language's ``name``, the Babel ``locale`` of replies in it, and (xfer31) the
``fallback_subject`` of a reply that repeats none of the customer's ("Su solicitud"; a cautious reply, an email
without a subject)."""
__doc__ += "\n".join(f"- ``{key}``: {help}" for key, help in KEYS.items()) + "\n"


@dataclass(frozen=True)
class LanguagePack:
    """One language's words (pattern lists by key, see :data:`KEYS`)."""

    code: str
    name: str
    locale: str
    source: Path
    words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    numbers: dict[str, dict[str, int]] = field(default_factory=dict)
    """(xfer31) The tables of :data:`NUMBERS` keys: word -> value."""
    fallback_subject: str | None = None
    """(xfer31) The subject of a reply in this language that repeats none of the customer's."""

    def get(self, key: str) -> tuple[str, ...]:
        return self.words.get(key, ())

    def values(self, key: str) -> dict[str, int]:
        return self.numbers.get(key, {})


WORDS = {"text.ask_openers", "text.ask_opener_glue", "text.politeness_words", "amounts.currency_after_figure", "dates.weekdays",
         "text.ask_subjects", "text.ask_subject_contrasts", "text.ask_subject_determiners",
         "amounts.joiners", "amounts.currency_words", "amounts.compound_joiners", "amounts.compound_articles",
         "amounts.compound_currency_words",
         "telltale_words", "common_words", "sentences.titles", "sentences.abbreviations",
         "sentences.abbreviations_before_number", "sentences.abbreviations_before_lower",
         "sentences.months_after_day_dot", "labels.copulas", "labels.address_copulas", "labels.number_words", "labels.from",
         "labels.spoken_separators", "labels.corrections", "labels.plan_or",
         "dates.ordinal_suffixes", "dates.day_joiners", "amounts.currency_marks",
         "text.name_joiners",
         "intents.dispute_object_words", "intents.dispute_nor",
         "intents.dispute_hedge_near"}
"""(xfer29) Keys whose entries are plain lower-case words looked up as written (not patterns): each is checked to be
one word, lower case, without white space (an abbreviation keeps its inner full stops: "z.b")."""

NUMBERS = {"amounts.numerals", "amounts.compound_numerals"}
"""(xfer31) Keys whose value is a table of plain lower-case words and their whole-number values (``twenty = 20``)."""

PLAIN = {"text.greetings", "text.closings", "text.courtesy_words", "text.purpose_words", "text.number_words",
         "text.sign_offs", "text.forward_subject", "text.reply_subject", "dates.months"}
"""Keys whose entries are joined into a larger pattern: checked as fragments, not alone."""


def load_pack(path: Path) -> LanguagePack:
    """One pack file; bad content raises :class:`ConfigError` naming the file and key."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read language pack: {exc}") from None
    words: dict[str, tuple[str, ...]] = {}
    numbers: dict[str, dict[str, int]] = {}
    for key, value in data.items():
        if key in TOP:
            if not isinstance(value, str) or not value.strip():
                raise ConfigError(f"{path}: {key}: expected a non-empty string")
            continue
        items = value.items() if isinstance(value, dict) else [(None, value)]
        for sub, patterns in items:
            full = f"{key}.{sub}" if sub else key
            if full not in KEYS:
                raise ConfigError(f"{path}: {full}: unknown key (known: {', '.join(sorted(KEYS))})")
            if full in NUMBERS:
                numbers[full] = _number_table(path, full, patterns)
                continue
            if not isinstance(patterns, list) or not all(isinstance(p, str) and p for p in patterns):
                raise ConfigError(f"{path}: {full}: expected a list of non-empty strings")
            if full in WORDS:
                bad = [p for p in patterns if p != p.lower() or p.split() != [p]]
                if bad:
                    raise ConfigError(f"{path}: {full}: expected lower-case words without spaces, got {bad[0]!r}")
            elif full != "dates.months":  # month names are looked up as written, not matched as patterns
                patterns = [nukta_tolerant(p) for p in patterns]  # fix16: फ़ीस reads as फीस
            words[full] = tuple(patterns)
    if "name" not in data:
        raise ConfigError(f"{path}: name: missing (the language's name, e.g. \"Spanish\")")
    months = words.get("dates.months", ())
    if months and len(months) != 12:
        raise ConfigError(f"{path}: dates.months: expected 12 month names, got {len(months)}")
    weekdays = words.get("dates.weekdays", ())
    if weekdays and len(weekdays) != 7:
        raise ConfigError(f"{path}: dates.weekdays: expected 7 day names, got {len(weekdays)}")
    return LanguagePack(path.stem, data["name"], data.get("locale", path.stem), path, words, numbers,
                        data.get("fallback_subject"))


def _number_table(path: Path, key: str, table) -> dict[str, int]:
    """(xfer31) A :data:`NUMBERS` key's table, checked: lower-case words without spaces, each a whole number >= 0."""
    if not isinstance(table, dict) or not table:
        raise ConfigError(f"{path}: {key}: expected a table of words and their values (twenty = 20)")
    for word, value in table.items():
        if word != word.lower() or word.split() != [word]:
            raise ConfigError(f"{path}: {key}: expected lower-case words without spaces, got {word!r}")
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise ConfigError(f"{path}: {key}: {word}: expected a whole number, got {value!r}")
    return dict(table)


def pack_dirs(config_path: Path | None) -> list[Path]:
    """Where packs are found, later folders overriding earlier: shipped, then the config's ``languages/``."""
    dirs = [SHIPPED]
    if config_path is not None:
        folder = (config_path.parent if config_path.suffix else config_path) / "languages"
        if folder.resolve() != SHIPPED and folder.is_dir():
            dirs.append(folder)
    return dirs


_CACHE: dict[tuple[Path, ...], dict[str, LanguagePack]] = {}


def load_packs(dirs: list[Path]) -> dict[str, LanguagePack]:
    """Every pack in ``dirs`` by language code (loaded once per set of folders)."""
    key = tuple(dirs)
    if key not in _CACHE:
        _CACHE[key] = _read_packs(dirs)
    return _CACHE[key]


def _read_packs(dirs: list[Path]) -> dict[str, LanguagePack]:
    """Every pack file in ``dirs`` read, by language code, a later folder's file replacing an earlier one's."""
    packs: dict[str, LanguagePack] = {}
    for folder in dirs:
        for path in sorted(folder.glob("*.toml")):
            packs[path.stem] = load_pack(path)
    return packs


def pack_locales(dirs: list[Path]) -> dict[str, str]:
    """The Babel locale of every pack in ``dirs`` by language code, as :func:`load_packs` gives
    them (the same files and values, read from the packs' heads: :func:`pack_strings`), without
    keeping the packs unless they are already kept.  Issue 8, memory (perf25c): the drafts of a
    poll's main process only need the locales, and the packs' words kept for them were ~0.75 MB
    of its memory; a process that reads emails itself has loaded them already and answers from them."""
    return {code: locale for code, (locale,) in pack_strings(dirs, ("locale",)).items()}


def pack_fallback_subjects(dirs: list[Path]) -> dict[str, str]:
    """(xfer31) The ``fallback_subject`` of every pack in ``dirs`` that has one, by language code, read as
    :func:`pack_locales` reads the locales."""
    return {code: subject for code, (subject,) in pack_strings(dirs, ("fallback_subject",)).items() if subject}


def pack_words(dirs: list[Path], key: str) -> tuple[str, ...]:
    """(xfer33) The entries of ``key`` in every pack in ``dirs`` (as :func:`load_packs` gives them), each once, read as
    :func:`pack_locales` reads the locales: a caller that needs a few words (a reply's subject prefixes, in the
    drafting process) does not keep the packs."""
    packs = _CACHE.get(tuple(dirs)) or _read_packs(dirs)
    return tuple(dict.fromkeys(word for pack in packs.values() for word in pack.get(key)))


def pack_strings(dirs: list[Path], names: tuple[str, ...]) -> dict[str, tuple]:
    """The top-level strings ``names`` (:data:`TOP`: ``locale``, ``fallback_subject``) of every pack in
    ``dirs``, by language code: the values :func:`load_packs` gives, from each file's head
    (:func:`pack_head`) when it is clean, else from the whole file (:func:`load_pack`, its errors).

    Issue 8 (perf33b): a poll's drafts need only these strings, and each reading of the six
    shipped packs whole (900 KB of TOML, ~6,400 patterns made nukta-tolerant) cost its main process
    50-120 ms of CPU, once per poll (10-40 us an email of a 3,000-5,000-email poll), and a few MB
    of short-lived objects; their heads take well under a millisecond.  Decision: a mistake in a
    pack's patterns is not met here but where the packs are read, as before perf33b for a poll's
    main process (the parse workers, or the process reading in-process, load every pack before an
    email: :meth:`~mailbot.drafting.drafter.Drafter.locale_of`)."""
    packs = _CACHE.get(tuple(dirs))
    if packs is not None:
        return {code: tuple(getattr(pack, name) for name in names) for code, pack in packs.items()}
    found: dict[str, tuple] = {}
    for folder in dirs:
        for path in sorted(folder.glob("*.toml")):
            head = pack_head(path)
            if head is None:
                pack = load_pack(path)  # the whole file: its values, or the error it has always raised
                head = {name: getattr(pack, name) for name in TOP}
            found[path.stem] = tuple(head.get(name) for name in names)
    return found


def pack_head(path: Path) -> dict[str, str | None] | None:
    """A pack's top-level strings (:data:`TOP`; ``locale`` defaults to the language code, as
    :func:`load_pack` gives it) read from the file's head alone, or None when the head is not
    clean: TOML before the file's first line opening with ``[`` that parses alone, whose
    :data:`TOP` keys are each a non-empty string, ``name`` among them.

    Why the head alone is the file's: TOML puts every top-level key before the first table
    header, which opens its line.  A ``[`` opening a line inside a multi-line string or array
    leaves that construct unclosed in the head, which then does not parse (None: the caller
    reads the whole file).  Anything else that is not clean gives None too, so a broken head
    raises :func:`load_pack`'s own error.  The head's other keys (lists of words) are not looked
    at here (see :func:`pack_strings`)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    at = text.find("\n[")
    try:
        data = tomllib.loads(text if at < 0 else text[:at + 1])
    except tomllib.TOMLDecodeError:
        return None
    if "name" not in data or not all(isinstance(data[key], str) and data[key].strip()
                                     for key in TOP & data.keys()):
        return None
    return {"name": data["name"], "locale": data.get("locale", path.stem),
            "fallback_subject": data.get("fallback_subject")}


def shipped_words(key: str) -> frozenset[str]:
    """(xfer31) The plain words of ``key`` in every shipped pack: what a caller reads that is given no brand's packs
    (a module-level helper called alone, as the tests do); a brand's reading takes its own packs' words
    (:meth:`~mailbot.reading.wording.BrandPatterns.words`)."""
    return frozenset(word for pack in load_packs([SHIPPED]).values() for word in pack.get(key))


def process_packs() -> list[LanguagePack]:
    """(xfer33, issue 9) Every pack loaded in the process so far (the shipped ones when none is) (a brand's
    ``languages/it.toml`` once its configuration is loaded), each once by source file: whose words count where a
    list must stay process-wide, read before the brand is known (an email's forward lines are found while it is
    parsed).  The list only grows; :func:`process_packs_key` tells a caller when to work its words out again."""
    seen: dict[str, LanguagePack] = {}
    for packs in list(_CACHE.values()) or [load_packs([SHIPPED])]:  # a brand's set holds the shipped packs already
        for pack in packs.values():
            seen.setdefault(str(pack.source), pack)
    return list(seen.values())


def added_packs() -> list[LanguagePack]:
    """(xfer33) The packs loaded in the process that are not shipped files (an admin's ``it.toml``), each once: loads
    nothing (a process that has loaded no configuration has none)."""
    seen: dict[str, LanguagePack] = {}
    for packs in list(_CACHE.values()):
        for pack in packs.values():
            if not is_shipped(pack):
                seen.setdefault(str(pack.source), pack)
    return list(seen.values())


def process_packs_key() -> int:
    """(xfer33) A number that changes when :func:`process_packs` would give more packs (the sets loaded)."""
    return len(_CACHE)


def is_shipped(pack: LanguagePack) -> bool:
    """(xfer33) Whether ``pack`` is one of the shipped files (not an admin's)."""
    return pack.source.parent == SHIPPED


def shipped_pack_words(code: str, key: str) -> tuple[str, ...]:
    """(xfer33) The entries of ``key`` in the shipped pack ``code``, from the packs loaded if they are, else read from
    its file alone (one TOML parse, the pack not kept: a module that needs a few words at import, as
    :mod:`~mailbot.reading.mentions` does the English month names, pays ~10 ms, not the six packs' load)."""
    packs = _CACHE.get((SHIPPED,))
    if packs is not None and code in packs:
        return packs[code].get(key)
    section, _, name = key.rpartition(".")
    try:
        data = tomllib.loads((SHIPPED / f"{code}.toml").read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{SHIPPED / f'{code}.toml'}: cannot read language pack: {exc}") from None
    value = (data.get(section, {}) if section else data).get(name, ())
    return tuple(value)
