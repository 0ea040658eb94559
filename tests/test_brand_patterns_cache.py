"""Compiled brand engines are reused within a process, and never stale.

Compiling a brand's patterns takes about a second, so :meth:`BrandPatterns.of` keeps the engines
of the last few brands by everything they are compiled from (:func:`_patterns_key`).  These tests
check that a second reader reuses them, and that a change to any input compiles anew."""

from __future__ import annotations

from dataclasses import dataclass, field

from mailbot.reading import wording
from mailbot.reading.extract import Extractor
from mailbot.reading.languages import load_pack
from mailbot.reading.wording import BrandPatterns
from tests.helpers import LO_ADDRESS, inbound, ist

PACK = r"""
name = "Testish"
locale = "en_GB"
[intents]
refund = ['\b{word}\b']
"""


@dataclass
class Brand:
    source: str = "brand.toml"
    reason_keywords: dict = field(default_factory=dict)
    dispute_keywords: tuple = ()
    invoice_patterns: tuple = ()
    own_addresses: frozenset = frozenset()
    languages: tuple = ("xx",)


def _pack(tmp_path, word: str, name: str = "xx"):
    path = tmp_path / f"{name}.toml"
    path.write_text(PACK.format(word=word), encoding="utf-8")
    return load_pack(path)


def _intents(extractor: Extractor, body: str) -> set[str]:
    msg = inbound("a@b.example", LO_ADDRESS, "Hello", ist(2025, 7, 8, 9, 0), body)
    return set(extractor.extract(msg).intents)


def test_a_second_reader_of_the_same_brand_reuses_the_engines(tmp_path):
    packs = {"xx": _pack(tmp_path, "moneyback")}
    first, second = Extractor(Brand(), packs=packs), Extractor(Brand(), packs=packs)
    assert second.patterns.main is first.patterns.main
    assert second.patterns.sentence is first.patterns.sentence
    assert _intents(second, "I want a moneyback now.") == _intents(first, "I want a moneyback now.") == {"refund"}


def test_changed_pack_words_compile_anew_and_are_read(tmp_path):
    old = Extractor(Brand(), packs={"xx": _pack(tmp_path, "moneyback")})
    new = Extractor(Brand(), packs={"xx": _pack(tmp_path, "payback")})  # same file, new words
    assert new.patterns.main is not old.patterns.main
    assert _intents(new, "I want a payback now.") == {"refund"}
    assert _intents(new, "I want a moneyback now.") == set()


def test_changed_brand_words_compile_anew(tmp_path):
    packs = {"xx": _pack(tmp_path, "moneyback")}
    plain = Extractor(Brand(), packs=packs)
    disputing = Extractor(Brand(dispute_keywords=(r"\bbankfight\b",)), packs=packs)
    assert disputing.patterns.main is not plain.patterns.main
    assert disputing.patterns.main.scan("a bankfight it is").has("dispute")
    assert not plain.patterns.main.scan("a bankfight it is").has("dispute")


def test_every_pack_goes_with_reused_engines(tmp_path):
    """Language identification names languages the brand does not read: the packs given now count."""
    read = _pack(tmp_path, "moneyback")
    Extractor(Brand(), packs={"xx": read})
    more = {"xx": read, "yy": _pack(tmp_path, "zurück", "yy")}
    patterns = BrandPatterns.of(Brand(), more)
    assert patterns.packs is more


def test_only_the_last_few_brands_are_kept(tmp_path):
    packs = {"xx": _pack(tmp_path, "moneyback")}
    first = BrandPatterns.of(Brand(source="brand-0.toml"), packs)
    for i in range(1, wording.COMPILED_KEPT + 1):
        BrandPatterns.of(Brand(source=f"brand-{i}.toml"), packs)
    assert len(wording._COMPILED) <= wording.COMPILED_KEPT
    assert BrandPatterns.of(Brand(source="brand-0.toml"), packs).main is not first.main
