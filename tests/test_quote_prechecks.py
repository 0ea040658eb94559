"""The cheap pre-checks in front of the quote and signature patterns
(mailbot/reading/quote_lines.py) never say no where the pattern says yes, so the
reading is the same with them: checked with Hypothesis on lines made of the
characters the patterns care about (every kind of white space, rules, digits
of several scripts, letters the patterns start with, case variants)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mailbot.reading import linear, prechecks, quote_lines

SPACES = " \t\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2007\u200a\u2028\u2029\u202f\u205f\u3000\u180e\u200b\ufeff"
PIECES = [*SPACES, "-", "--", "_", "__", "=", "*", ">", "/", ":", "0", "7", "٣", "५", "²", "Ⅻ", "a", "B", "d", "I",
          "ı", "İ", "ſ", "K", "begin forwarded message:", "Anfang der weitergeleiteten Nachricht:",
          "---------- Forwarded message ---------", "début du message réexpédié:", "inicio del mensaje reenviado:",
          "2011/4/7 Name <a@b.example>", "sent from my iPhone", "Sent with ProtonMail", "get Outlook for iOS",
          "envoyé de mon iPhone", "Gesendet von meinem", "von meinem Handy gesendet", "inviato da", "wysłane z",
          "отправлено с", "Отправлено с", "skickat från min", "verstuurd vanaf mijn", "-- ", "ſent from my phone",
          "On ", "am ", "Le ", "op", "EL", "il", "em", "w dniu", "Dnia", "den", "på", "dne", "στις", "Στις", "ΣΤΙΣ",
          "в", "В", "ᲀ", "pe", "At", "in data", "vào", "Vào", "2024年", "在", "Mon,", "Ça,", "12.", "7/", "1 ",
          "١٢.", "𑽐.", " - ", "--", "Ω", "k", "s", "2016-03-03 17:21 GMT+01:00 Name", "x", "é", " On ", "wrote:"]
LINES = st.lists(st.sampled_from(PIECES) | st.text(max_size=3), max_size=12).map("".join)


@settings(max_examples=3000, deadline=None)
@given(LINES)
def test_prechecks_never_hide_a_match(line):
    assert prechecks.has_digit(line) == bool(linear.occurs(quote_lines.DIGIT, line))
    if linear.matches(quote_lines.FORWARD, line):
        assert prechecks.starts_with(line, quote_lines.FORWARD_FIRST)
        assert quote_lines.may_be_forward_line(line)
    if linear.matches(quote_lines.SIGNATURE_AFTER_BLANK, line):
        assert prechecks.starts_with(line, "-_")
    if linear.matches(quote_lines.QUOTE_HEADER_START, line) or linear.matches(quote_lines.HEADER_FIRST_WORD, line):
        assert prechecks.may_start_with_word(line, quote_lines.HEADER_STARTS)
    if linear.matches(quote_lines.DELIMITER, line):
        assert line.startswith("--")
    if linear.matches(quote_lines.SIGNATURE_LINE, line):
        assert prechecks.starts_with(line, quote_lines.SIGNATURE_LINE_FIRST)
    if linear.matches(quote_lines.DATE_NAME_HEADER, line):
        assert line[4:5] in ("/", "-")


def test_unknown_word_forms_turn_the_header_check_off():
    assert quote_lines.HEADER_STARTS == prechecks.word_starts(quote_lines.ON) is not None
    assert prechecks.word_starts(r"on|(?:am)") is None and prechecks.word_starts(r"on|\w+,") is None
    assert prechecks.may_start_with_word("xyz", None) and not prechecks.may_start_with_word("xyz", "Oo")


def test_prechecks_let_the_real_lines_through():
    assert prechecks.starts_with("  ---------- Forwarded message ---------", quote_lines.FORWARD_FIRST)
    assert prechecks.starts_with("\u3000Begin forwarded message:", quote_lines.FORWARD_FIRST)
    assert quote_lines.may_be_forward_line("Begin forwarded message:\u3000 ") and quote_lines.may_be_forward_line("--- x ---")
    assert not quote_lines.may_be_forward_line("I forwarded it.") and not quote_lines.may_be_forward_line(" \t")
    assert not prechecks.starts_with("", "-_") and not prechecks.starts_with("   ", "-_")
    assert prechecks.has_digit("Order ٣") and prechecks.has_digit("on 7 May") and not prechecks.has_digit("no digits")
