"""(perf33b, issue 8) A poll's drafts read each language pack's own strings (its locale, its fallback
subject) from the file's head, not the whole pack: the same values as the whole file, the whole
file read (with its errors) whenever the head is not clean."""

from __future__ import annotations

import pytest

from mailbot.errors import ConfigError
from mailbot.reading import languages
from mailbot.reading.languages import SHIPPED, load_pack, pack_head, pack_locales, pack_strings

BODY = '\n[intents]\nrefund = ["\\\\bterugbetal\\\\w*"]\n'


def _pack(tmp_path, head: str, body: str = BODY):
    folder = tmp_path / "languages"
    folder.mkdir(exist_ok=True)
    path = folder / "nl.toml"
    path.write_text(head + body, encoding="utf-8")
    return path


def test_every_shipped_packs_head_gives_what_the_whole_pack_gives():
    for path in sorted(SHIPPED.glob("*.toml")):
        pack = load_pack(path)
        assert pack_head(path) == {"name": pack.name, "locale": pack.locale, "fallback_subject": pack.fallback_subject}


def test_the_head_alone_is_read_so_a_mistake_in_the_patterns_is_left_to_the_readers(tmp_path, monkeypatch):
    path = _pack(tmp_path, 'name = "Dutch"\nlocale = "nl_NL"\n', body='\n[intents]\nrefund = "not a list"\n')
    with pytest.raises(ConfigError):
        load_pack(path)  # what the parse workers meet before any email
    monkeypatch.setattr(languages, "_CACHE", {})
    assert pack_locales([path.parent])["nl"] == "nl_NL"
    assert pack_strings([path.parent], ("fallback_subject", "locale")) == {"nl": (None, "nl_NL")}


def test_a_pack_without_a_locale_gets_its_code_as_the_whole_pack_does(tmp_path):
    path = _pack(tmp_path, 'name = "Dutch"\n')
    assert pack_head(path)["locale"] == "nl" == load_pack(path).locale


@pytest.mark.parametrize("head", [
    'name = "Dutch"\nlocale = ""\n',  # an empty locale
    'name = "Dutch"\nlocale = 5\n',  # not a string
    'locale = "nl_NL"\n',  # no name
    'name = "Dutch"\nlocale = "nl_NL\n',  # not TOML
])
def test_a_head_that_is_not_clean_is_read_whole_with_the_whole_packs_error(tmp_path, monkeypatch, head):
    path = _pack(tmp_path, head)
    assert pack_head(path) is None
    monkeypatch.setattr(languages, "_CACHE", {})
    with pytest.raises(ConfigError):
        pack_locales([path.parent])


def test_a_line_opening_with_a_bracket_inside_a_multi_line_string_is_not_taken_for_a_table(tmp_path, monkeypatch):
    head = 'name = """Dutch\n[not a table]"""\nlocale = "nl_NL"\nfallback_subject = "Uw verzoek"\n'
    path = _pack(tmp_path, head)
    assert pack_head(path) is None  # the head cut there does not parse: the whole file is read
    monkeypatch.setattr(languages, "_CACHE", {})
    assert pack_strings([path.parent], ("fallback_subject", "locale")) == {"nl": ("Uw verzoek", "nl_NL")}
    assert load_pack(path).name == "Dutch\n[not a table]"


def test_an_indented_table_header_leaves_the_whole_file_read_for_the_same_strings(tmp_path):
    path = _pack(tmp_path, 'name = "Dutch"\nlocale = "nl_NL"\n', body='\n  [intents]\n  refund = ["\\\\bgeld\\\\b"]\n')
    assert pack_head(path) == {"name": "Dutch", "locale": "nl_NL", "fallback_subject": None}
