"""Word lists that were Python, now pack keys (issue 9, xfer29): an added language brings them in its file alone.

Italian is added by an admin with one ``it.toml`` (as in :mod:`tests.test_languages`): its titles ("Sig.") close no
sentence, its "per favore" opens a dictated ask, and the loader refuses a plain-word key that is not plain words.
Also: one greeting rule for the reason before the ask, in a comma'd sentence and in a dictated one."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

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


# (xfer33) The sentences hold no ask before their cue: one that asks first is quoted from its cause on
# (tests/test_reading_rules_fix33_xfer33.py), which would leave out the greeting with the ask.
ASK_BELOW = "\n\nbitte kündigen sie das abo zum monatsende.\n\nviele grüße\nJonas"


def test_a_german_reason_with_its_cue_leaves_an_english_greeting_out():
    found = lo("hi, unser büro in bonn schließt im herbst, weil der vermieter das haus verkauft." + ASK_BELOW)
    assert found.fields.reason == "unser büro in bonn schließt im herbst, weil der vermieter das haus verkauft."


def test_a_german_reason_with_its_cue_keeps_a_first_word_that_greets_no_one():
    found = lo("also, unser büro in bonn schließt im herbst, weil der vermieter das haus verkauft." + ASK_BELOW)
    assert found.fields.reason == "also, unser büro in bonn schließt im herbst, weil der vermieter das haus verkauft."


# xfer31 (issue 9): the one-word "please", the reply prefixes of a subject and amounts in words come from the pack too.

def _italian_subject(tmp_path, pack: str):
    path = _config_reading(tmp_path, '["en", "hi", "it"]')
    (path.parent / "languages").mkdir(exist_ok=True)
    (path.parent / "languages" / "it.toml").write_text(pack, encoding="utf-8")
    triage = Triage(load_config(path))

    def read(subject: str, body: str):
        msg = inbound("a@b.example", LO_ADDRESS, subject, ist(2025, 7, 8, 9, 0), body)
        return triage.extract(triage.config.brands["leadsoptima"], [msg])
    return read


TELEGRAPHIC = "disdire il piano annuale cortesemente il nostro negozio chiude a fine mese\n\nGrazie\nLuca"


def test_an_added_languages_one_word_please_runs_on_into_the_reason(tmp_path):
    read = _italian(tmp_path, _with_words(ITALIAN_TEXT + "\npoliteness_words = ['cortesemente']"))
    found = read(TELEGRAPHIC)
    assert "cancellation" in found.intents
    assert found.fields.reason == "il nostro negozio chiude a fine mese"


def test_a_please_the_pack_does_not_name_leaves_the_sentence_without_a_reason(tmp_path):
    read = _italian(tmp_path, _with_words())  # near miss: no politeness_words in the pack
    assert read(TELEGRAPHIC).fields.reason is None


def test_an_added_languages_reply_prefix_keeps_the_subject_from_giving_the_reason(tmp_path):
    read = _italian_subject(tmp_path, _with_words(ITALIAN_TEXT + "\nreply_subject = ['r', 'rif']"))
    body = "buongiorno, per favore disdire il piano annuale.\n\nGrazie\nLuca"
    assert read("R:disdire il piano – chiudiamo il negozio a dicembre", body).fields.reason is None  # written close
    found = read("disdire il piano – chiudiamo il negozio a dicembre", body)  # near miss: no prefix
    assert found.fields.reason == "chiudiamo il negozio a dicembre"


ITALIAN_AMOUNTS = "\n".join((
    "[amounts]",
    "compound_currency_words = ['euro']",
    "[amounts.compound_numerals]",
    "uno = 1", "due = 2", "tre = 3", "venti = 20", "cento = 100", "mille = 1000",
))


def test_an_added_languages_amount_in_words_is_read(tmp_path):
    read = _italian(tmp_path, IT_PACK + ITALIAN_AMOUNTS + "\n")
    found = read("vorrei il rimborso di milleduecento euro per il piano annuale")
    assert found.intents == {"refund"} and found.mentioned_amounts == (Decimal("1200"),)


def test_an_amount_in_words_without_a_currency_of_the_pack_is_not_read(tmp_path):
    read = _italian(tmp_path, IT_PACK + ITALIAN_AMOUNTS + "\n")  # near miss: "dollari" is no currency of the pack
    assert read("vorrei il rimborso di milleduecento dollari per il piano annuale").mentioned_amounts == ()


def test_a_brand_reads_the_amounts_in_words_of_its_own_languages_only(tmp_path):
    read = _italian(tmp_path, IT_PACK)  # the brand reads en, hi, it: German's run-together numerals are not read
    assert read("vorrei il rimborso, zweitausend euro, per il piano annuale").mentioned_amounts == ()
    assert lo("bitte erstatten sie zweitausend euro für den jahresplan").mentioned_amounts == (Decimal("2000"),)


@pytest.mark.parametrize("table, message", [
    ("[amounts.numerals]\nVenti = 20", "expected lower-case words"),
    ("[amounts.numerals]\nventi = '20'", "venti: expected a whole number"),
    ("[amounts]\nnumerals = ['venti']", "expected a table of words"),
    ("[dates]\nweekdays = ['lunedì', 'martedì']", "expected 7 day names"),
])
def test_the_loader_refuses_a_bad_number_table_or_day_list(tmp_path, table, message):
    bad = tmp_path / "xx.toml"
    bad.write_text(f'name = "X"\n{table}\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_pack(bad)


def test_every_shipped_pack_names_its_please_currencies_and_days():
    for path in sorted(SHIPPED.glob("*.toml")):
        pack = load_pack(path)
        assert pack.get("text.politeness_words") and pack.get("amounts.currency_after_figure"), path.name
        assert len(pack.get("dates.weekdays")) == 7, path.name


def test_an_added_languages_fallback_subject_comes_from_its_pack(tmp_path):
    from mailbot.drafting.drafter import Drafter

    path = _config_reading(tmp_path, '["en", "hi", "it"]')
    (path.parent / "languages").mkdir(exist_ok=True)
    (path.parent / "languages" / "it.toml").write_text(
        IT_PACK.replace('locale = "it_IT"\n', 'locale = "it_IT"\nfallback_subject = "La sua richiesta"\n'),
        encoding="utf-8")
    drafter = Drafter(load_config(path))
    assert drafter.fallback_subject("it") == "La sua richiesta"
    assert drafter.fallback_subject("de") == "Ihre Anfrage"
    assert drafter.fallback_subject("nl") == "Your request"  # near miss: no pack, the English pack's


def test_a_pack_without_a_fallback_subject_gets_the_english_packs(tmp_path):
    from mailbot.drafting.drafter import Drafter

    path = _config_reading(tmp_path, '["en", "hi", "it"]')
    (path.parent / "languages").mkdir(exist_ok=True)
    (path.parent / "languages" / "it.toml").write_text(IT_PACK, encoding="utf-8")
    assert Drafter(load_config(path)).fallback_subject("it") == "Your request"


def test_an_added_languages_titles_cut_only_the_sentences_of_brands_that_read_it(tmp_path):
    italian = _italian(tmp_path, _with_words())  # this process has now loaded an Italian pack with "sig"
    said = "Buongiorno,\n\nchiedo il rimborso perché la Sig. Bianchi ha venduto la sua bottega.\n\nGrazie\nLuca"
    assert italian(said).fields.reason == "chiedo il rimborso perché la Sig. Bianchi ha venduto la sua bottega."
    english = _italian_subject(tmp_path / "english", IT_PACK)  # near miss: an Italian pack without titles
    found = english("Rimborso", said)
    assert found.fields.reason == "chiedo il rimborso perché la Sig."


def test_the_shipped_titles_still_cut_no_sentence_in_any_brand():
    found = lo("Hello,\n\nplease refund the annual plan because Dr. Meyer closed the practice in Pune.\n\nThanks\nAsha")
    assert found.fields.reason == "Dr. Meyer closed the practice in Pune"  # xfer33: the cause after the ask


# xfer33 (issue 9): the forward lines' pre-check is worked out from what the lines are read with, an added pack's
# forward lines among them.

def _forward_of(tmp_path, pack: str, body: str) -> str:
    path = _config_reading(tmp_path, '["en", "hi", "it"]')
    (path.parent / "languages").mkdir(exist_ok=True)
    (path.parent / "languages" / "it.toml").write_text(pack, encoding="utf-8")
    triage = Triage(load_config(path))  # the brand's reading loads its packs, as a parse worker's does before any email
    triage.extract(triage.config.brands["leadsoptima"], [inbound("a@b.example", LO_ADDRESS, "Ciao", ist(2025, 7, 8), "Ciao")])
    return inbound("a@b.example", LO_ADDRESS, "Disdetta", ist(2025, 7, 8, 9, 0), body).forwarded_text


ITALIAN_FORWARD = "\n".join((
    "Vedi sotto, grazie.", "", "{line}", "Da: Anna Verdi <anna@bottega.example>", "Oggetto: disdetta",
    "", "Vorrei disdire il piano annuale, chiudiamo la bottega.",
))


def test_an_italian_forward_line_written_in_ascii_is_found(tmp_path):
    pack = IT_PACK.replace("[text]\n", "[text]\nforward_markers = ['-{2,} ?messaggio inoltrato ?-{2,}']\n")
    forwarded = _forward_of(tmp_path, pack, ITALIAN_FORWARD.format(line="---------- Messaggio inoltrato ---------"))
    assert forwarded.startswith("---------- Messaggio inoltrato ---------") and "chiudiamo la bottega" in forwarded


def test_a_dutch_forward_line_written_in_ascii_is_found():
    from mailbot.reading.quotes import find_forward
    found = find_forward("Zie hieronder.\n\n---------- Doorgestuurd bericht ---------\nVan: Piet <p@x.example>\n\nOpzeggen")
    assert found.startswith("---------- Doorgestuurd bericht")
    assert find_forward("Zie hieronder het doorgestuurd bericht van Piet.\n\nOpzeggen") == ""  # near miss: no rule line


def test_an_added_packs_own_forward_line_is_found(tmp_path):
    pack = IT_PACK.replace("[text]\n", "[text]\nforward_markers = ['inizio (?:del )?messaggio inoltrato\\s*:']\n")
    forwarded = _forward_of(tmp_path, pack, ITALIAN_FORWARD.format(line="Inizio messaggio inoltrato:"))
    assert forwarded.startswith("Inizio messaggio inoltrato:") and "chiudiamo la bottega" in forwarded


def test_an_added_packs_forward_words_inside_a_sentence_or_an_original_message_line_forward_nothing(tmp_path):
    pack = IT_PACK.replace("[text]\n", "[text]\nforward_markers = ['inizio (?:del )?messaggio inoltrato\\s*:', "
                                       "'-{2,} ?messaggio originale ?-{2,}']\n")
    said = ITALIAN_FORWARD.format(line="Ecco l'inizio del messaggio inoltrato: leggete sotto")
    assert _forward_of(tmp_path, pack, said) == ""  # near miss: the words inside a sentence of the customer's
    said = ITALIAN_FORWARD.format(line="-----Messaggio originale-----")
    assert _forward_of(tmp_path / "again", pack, said) == ""  # near miss: a reply's quote, no forward


def test_the_forward_pre_check_takes_one_word_of_each_pattern():
    from mailbot.reading.quote_lines import marker_word
    assert marker_word("-{2,} ?forwarded message ?-{2,}") == "forwarded"
    assert marker_word("in(?:í|i)cio da mensagem encaminhada:") == "encaminhada"
    assert marker_word("messaggi?") == "messagg" and marker_word("[ab]+|c") is None and marker_word("\\d+") is None


# xfer33 (issue 9): the words around a label, the currency marks, a draft's reply prefixes and the English dates' words
# are the packs'.

def _with_labels(copula: str) -> str:
    return IT_PACK.replace("[reasons]\n", "[reasons]\nlabels = ['\\bmotivo']\n") + f"[labels]\ncopulas = ['{copula}']\n"


def test_an_added_languages_copula_joins_its_reason_label(tmp_path):
    read = _italian(tmp_path, _with_labels("è"))
    found = read("Buongiorno, vorrei il rimborso del piano annuale.\nIl motivo è la chiusura della bottega a luglio.")
    assert found.fields.reason == "la chiusura della bottega a luglio."


def test_a_label_without_the_packs_copula_gives_no_reason(tmp_path):
    read = _italian(tmp_path, _with_labels("era"))  # near miss: the pack's copula is another word
    found = read("Buongiorno, vorrei il rimborso del piano annuale.\nIl motivo è la chiusura della bottega a luglio.")
    assert found.fields.reason != "la chiusura della bottega a luglio."


def test_an_added_languages_currency_mark_states_an_amount(tmp_path):
    read = _italian(tmp_path, IT_PACK + "[amounts]\ncurrency_marks = ['chf']\n")
    assert Decimal("120") in read("vorrei il rimborso di CHF 120 per il piano annuale").mentioned_amounts


def test_a_currency_mark_no_read_pack_names_states_no_amount(tmp_path):
    read = _italian(tmp_path, IT_PACK)  # near miss: no pack the brand reads names "chf" beside a figure
    assert Decimal("120") not in read("vorrei il rimborso di CHF 120 per il piano annuale").mentioned_amounts


def test_an_added_languages_reply_prefix_is_left_out_of_the_drafts_subject(tmp_path):
    from mailbot.drafting.drafter import Drafter, reply_subject

    path = _config_reading(tmp_path, '["en", "hi", "it"]')
    (path.parent / "languages").mkdir(exist_ok=True)
    (path.parent / "languages" / "it.toml").write_text(
        IT_PACK.replace("[text]\n", "[text]\nreply_subject = ['r', 'rif']\n"), encoding="utf-8")
    prefixes = Drafter(load_config(path)).reply_prefixes
    assert reply_subject("RIF: disdetta del piano", "LO-1", prefixes=prefixes) == "Re: disdetta del piano [LO-1]"
    assert reply_subject("Rif. disdetta del piano", None, prefixes=prefixes) == "Re: Rif. disdetta del piano"  # no colon


def test_a_drafts_subject_leaves_out_the_shipped_packs_reply_prefixes():
    from mailbot.drafting.drafter import reply_subject
    assert reply_subject("RES: sinal da obra", None) == "Re: sinal da obra"
    assert reply_subject("Rép : remboursement", None) == "Re: remboursement"
    assert reply_subject("SV: uppsägning", None) == "Re: SV: uppsägning"  # decision: no pack reads Swedish


def test_the_english_dates_words_come_from_the_english_pack():
    from mailbot.reading import mentions
    en = load_pack(SHIPPED / "en.toml")
    assert list(mentions.MONTHS) == [month[:3] for month in en.get("dates.months")]
    assert mentions._SUFFIXES == frozenset(en.get("dates.ordinal_suffixes")) == {"st", "nd", "rd", "th"}
    assert mentions.dates_in("paid on 3rd of july 2025, and again july 5th", 2025) == (date(2025, 7, 3), date(2025, 7, 5))


def test_every_shipped_pack_names_its_label_words_and_currency_marks():
    for path in sorted(SHIPPED.glob("*.toml")):
        pack = load_pack(path)
        assert pack.get("labels.number_words") and pack.get("amounts.currency_marks"), path.name
        assert pack.get("labels.copulas") or pack.get("labels.address_copulas"), path.name
