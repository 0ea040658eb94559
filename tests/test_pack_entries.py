"""(perf35b, issue 8) A poll's drafts read the packs' reply prefixes from those lines alone, not the whole packs:
the same entries as the whole files give, each file read whole (with its errors) whenever its lines are not clean."""

from __future__ import annotations

import pytest

from mailbot.drafting import drafter, pack_entries as entries_module
from mailbot.drafting.pack_entries import key_lines, pack_entries
from mailbot.errors import ConfigError
from mailbot.reading import languages
from mailbot.reading.languages import PLAIN, SHIPPED, load_pack, pack_words
from mailbot.reading.scripts import nukta_tolerant

HEAD = 'name = "Dutch"\nlocale = "nl_NL"\n'
INTENTS = '\n[intents]\nrefund = ["\\\\bterugbetal\\\\w*"]\n'


def _pack(tmp_path, text: str, code: str = "nl"):
    folder = tmp_path / "languages"
    folder.mkdir(exist_ok=True)
    path = folder / f"{code}.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _no_whole_reads(monkeypatch):
    def whole(path):
        raise AssertionError(f"{path.name} read whole")
    monkeypatch.setattr(languages, "load_pack", whole)
    monkeypatch.setattr(entries_module, "load_pack", whole)
    monkeypatch.setattr(languages, "_CACHE", {})


def test_every_plain_key_of_every_shipped_pack_reads_as_the_whole_pack_gives_it():
    for path in sorted(SHIPPED.glob("*.toml")):
        pack = load_pack(path)
        for key in sorted(PLAIN - {"dates.months"}):
            found = key_lines(path, key)
            assert found is not None, (path.name, key)
            assert tuple(nukta_tolerant(entry) for entry in found) == pack.get(key), (path.name, key)
            assert pack_entries([SHIPPED], key) == pack_words([SHIPPED], key), key


def test_the_shipped_reply_prefixes_are_read_without_reading_a_pack_whole(monkeypatch):
    _no_whole_reads(monkeypatch)
    monkeypatch.setattr(drafter, "_REPLY_PREFIXES", {})
    assert drafter.reply_subject("AW: Kündigung zum Monatsende", "LO-7") == "Re: Kündigung zum Monatsende [LO-7]"
    assert drafter.reply_subject("Resp: reembolso", None) == "Re: reembolso"
    assert drafter.reply_subject("Odp: zwrot", None) == "Re: Odp: zwrot"  # near miss: no pack reads Polish


def test_an_added_packs_prefixes_on_several_lines_join_the_shipped_ones(tmp_path, monkeypatch):
    path = _pack(tmp_path, HEAD + INTENTS + "\n[text]  # words\nreply_subject = [\n  'antw',  # answered\n  'betr',\n]\n"
                 "sign_offs = ['groeten']\n")
    _no_whole_reads(monkeypatch)
    words = pack_entries([SHIPPED, path.parent], "text.reply_subject")
    assert words[-1] == "betr" and "antw" in words and "re" in words
    assert drafter.reply_prefixes([SHIPPED, path.parent]).pattern != drafter.reply_prefixes([SHIPPED]).pattern


def test_a_pack_without_the_key_has_no_entries_and_is_not_read_whole(tmp_path, monkeypatch):
    path = _pack(tmp_path, HEAD + INTENTS + "\n[text]\nsign_offs = ['groeten']\n")
    _no_whole_reads(monkeypatch)
    assert key_lines(path, "text.reply_subject") == ()
    assert pack_entries([path.parent], "text.reply_subject") == ()


def test_a_later_folders_pack_replaces_the_shipped_one(tmp_path):
    path = _pack(tmp_path, 'name = "English"\n\n[text]\nreply_subject = ["ref"]\n', code="en")
    words = pack_entries([SHIPPED, path.parent], "text.reply_subject")
    assert words == pack_words([SHIPPED, path.parent], "text.reply_subject")
    assert words[0] == "aw" and "ref" in words  # the packs' order: de, en (replaced), es...


@pytest.mark.parametrize("text", [
    HEAD + '\n[text]\nnote = """\n[text]\n"""\nreply_subject = ["antw"]\n',  # a multi-line string
    HEAD + '\n[text]\n"reply_subject" = ["antw"]\n',  # the key quoted
    HEAD + '\n[ text ]\nreply_subject = ["antw"]\n',  # the header spaced
    HEAD + '\n[text]\nreply_subject = ["antw", # unclosed\nsign_offs = ["groeten"]\n',  # not TOML
    HEAD + '\n[text]\nreply_subject = "antw"\n',  # not a list
])
def test_lines_that_are_not_clean_are_read_whole_with_the_whole_packs_answer(tmp_path, text):
    path = _pack(tmp_path, text)
    assert key_lines(path, "text.reply_subject") is None
    try:
        expected = load_pack(path).get("text.reply_subject")
    except ConfigError:
        with pytest.raises(ConfigError):
            pack_entries([path.parent], "text.reply_subject")
    else:
        assert pack_entries([path.parent], "text.reply_subject") == expected


def test_a_pack_without_a_name_raises_the_whole_packs_error(tmp_path):
    path = _pack(tmp_path, 'locale = "nl_NL"\n\n[text]\nreply_subject = ["antw"]\n')
    with pytest.raises(ConfigError, match="name: missing"):
        pack_entries([path.parent], "text.reply_subject")


def test_a_mistake_elsewhere_in_the_patterns_is_left_to_the_readers(tmp_path):
    path = _pack(tmp_path, HEAD + '\n[intents]\nrefund = "not a list"\n\n[text]\nreply_subject = ["antw"]\n')
    with pytest.raises(ConfigError):
        load_pack(path)  # what the parse workers meet before any email
    assert pack_entries([path.parent], "text.reply_subject") == ("antw",)


def test_only_a_tables_pattern_fragments_are_read_alone():
    for key in ("dates.months", "text.ask_openers", "name"):
        with pytest.raises(ValueError):
            pack_entries([SHIPPED], key)


@pytest.mark.parametrize("text", [
    HEAD + '\r\n[text]\r\nreply_subject = ["antw"]\r\n',  # Windows line ends
    HEAD + '\n  [text]   # indented, with a comment\nsign_offs = ["reply_subject = x"]\n  reply_subject=["antw"]\n',
    HEAD + '\n[intents]\nrefund = ["[text]"]\n\n[text]\nreply_subject = [ "antw" ]  # one line\n[labels]\nfrom = ["van"]\n',
])
def test_the_keys_own_lines_are_told_from_look_alikes(tmp_path, text):
    path = _pack(tmp_path, text)
    assert key_lines(path, "text.reply_subject") == ("antw",) == load_pack(path).get("text.reply_subject")


def test_a_process_that_keeps_the_packs_is_answered_from_them(monkeypatch):
    packs = {"en": languages.LanguagePack("en", "English", "en", SHIPPED / "en.toml", {"text.reply_subject": ("ref",)})}
    monkeypatch.setattr(languages, "_CACHE", {(SHIPPED,): packs})
    assert pack_entries([SHIPPED], "text.reply_subject") == ("ref",)
