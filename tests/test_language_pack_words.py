"""Word lists that were Python, now pack keys (issue 9, xfer29): an added language brings them in its file alone.

Italian is added by an admin with one ``it.toml`` (as in :mod:`tests.test_languages`): its titles ("Sig.") close no
sentence, its "per favore" opens a dictated ask, and the loader refuses a plain-word key that is not plain words.
Also: one greeting rule for the reason before the ask, in a comma'd sentence and in a dictated one."""

from __future__ import annotations

import pytest

from mailbot.config import load_config
from mailbot.errors import ConfigError
from mailbot.pipeline import Triage
from mailbot.reading.languages import SHIPPED, load_pack
from tests.helpers import LO_ADDRESS, inbound, ist
from tests.test_languages import IT_PACK, _config_reading, lo

ITALIAN_WORDS = "\n".join((
    "[sentences]",
    "titles = ['sig', 'sig.ra']",
))
ITALIAN_TEXT = "\n".join((
    "greetings = ['buongiorno', 'ciao']",
    "ask_openers = ['favore']",
    "ask_opener_glue = ['per', 'mi']",
))


def _italian(tmp_path, pack: str):
    path = _config_reading(tmp_path, '["en", "hi", "it"]')
    (path.parent / "languages").mkdir(exist_ok=True)
    (path.parent / "languages" / "it.toml").write_text(pack, encoding="utf-8")
    triage = Triage(load_config(path))

    def read(body: str):
        msg = inbound("a@b.example", LO_ADDRESS, "Rimborso", ist(2025, 7, 8, 9, 0), body)
        return triage.extract(triage.config.brands["leadsoptima"], [msg])
    return read


def _with_words(text_words: str = ITALIAN_TEXT, sentence_words: str = ITALIAN_WORDS) -> str:
    return IT_PACK.replace("[text]\n", f"[text]\n{text_words}\n") + sentence_words + "\n"


def test_an_added_languages_title_closes_no_sentence(tmp_path):
    read = _italian(tmp_path, _with_words())
    found = read("Buongiorno,\n\nchiedo il rimborso perché la Sig.ra Bianchi ha venduto la sua bottega.\n\nGrazie\nLuca")
    assert found.intents == {"refund"}
    assert found.fields.reason == "chiedo il rimborso perché la Sig.ra Bianchi ha venduto la sua bottega."


def test_a_title_the_pack_does_not_name_still_ends_the_sentence(tmp_path):
    read = _italian(tmp_path, _with_words())  # near miss: "Geom." is no title of any pack
    found = read("Buongiorno,\n\nchiedo il rimborso perché il Geom. Bianchi ha venduto la sua bottega.\n\nGrazie\nLuca")
    assert found.fields.reason == "chiedo il rimborso perché il Geom."


def test_an_added_languages_ask_opener_reads_the_dictated_reason(tmp_path):
    read = _italian(tmp_path, _with_words())
    found = read("ciao il gestionale non ci serve più per favore rimborsatemi il piano annuale\n\nGrazie\nLuca")
    assert found.intents == {"refund"}
    assert (found.fields.reason_code, found.fields.reason) == ("other", "il gestionale non ci serve più")


def test_without_an_opener_the_dictated_sentence_gives_no_reason(tmp_path):
    read = _italian(tmp_path, _with_words(ITALIAN_TEXT.replace("'favore'", "'cortesemente'")))
    said = "ciao il gestionale non ci serve più per favore rimborsatemi il piano annuale\n\nGrazie\nLuca"
    assert read(said).fields.reason is None  # near miss: the pack names another opener
    read = _italian(tmp_path / "again", _with_words())
    assert read("ciao il gestionale non ci serve più rimborsatemi il piano annuale\n\nGrazie\nLuca").fields.reason \
        is None  # near miss: no opener written


@pytest.mark.parametrize("entry", ["'Sig'", "'sig ra'", "''"])
def test_the_loader_refuses_a_plain_word_key_that_is_not_plain_words(tmp_path, entry):
    bad = tmp_path / "xx.toml"
    bad.write_text(f'name = "X"\n[sentences]\ntitles = [{entry}]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"xx.toml: sentences.titles: expected"):
        load_pack(bad)


def test_the_loader_takes_plain_words_with_inner_full_stops(tmp_path):
    good = tmp_path / "xx.toml"
    good.write_text('name = "X"\n[sentences]\ntitles = ["sig.ra"]\n[text]\nask_openers = ["d\'"]\n', encoding="utf-8")
    assert load_pack(good).get("sentences.titles") == ("sig.ra",)


def test_every_shipped_pack_names_its_titles_and_ask_openers():
    for path in sorted(SHIPPED.glob("*.toml")):
        pack = load_pack(path)
        assert pack.get("sentences.titles") and pack.get("text.ask_openers"), path.name


def test_a_dictated_german_reason_opening_with_an_english_greeting_leaves_it_out():
    found = lo("hi wir haben den laden in köln für immer geschlossen bitte geld zurück für den jahresplan")
    assert found.fields.reason == "wir haben den laden in köln für immer geschlossen"


def test_a_dictated_reason_opening_with_no_greeting_keeps_its_first_word():
    found = lo("leider haben wir den laden in köln für immer geschlossen bitte geld zurück für den jahresplan")
    assert found.fields.reason == "leider haben wir den laden in köln für immer geschlossen"  # near miss


def test_a_german_reason_with_its_cue_leaves_an_english_greeting_out():
    found = lo("hi, wir kündigen das abo zum monatsende, weil unser büro in bonn schließt.\n\nviele grüße\nJonas")
    assert found.fields.reason == "wir kündigen das abo zum monatsende, weil unser büro in bonn schließt."


def test_a_german_reason_with_its_cue_keeps_a_first_word_that_greets_no_one():
    found = lo("also, wir kündigen das abo zum monatsende, weil unser büro in bonn schließt.\n\nviele grüße\nJonas")
    assert found.fields.reason == "also, wir kündigen das abo zum monatsende, weil unser büro in bonn schließt."
