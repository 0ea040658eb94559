"""(mem46) ``quote_lines.SIGNATURE_LINE`` with its branches' shared runs factored out matches the same lines as its
earlier form (issue 8: a smaller RE2 program, ~33,600 -> ~14,300 instructions, and its automaton's states)."""

from __future__ import annotations

import random
import re
from pathlib import Path

from mailbot.reading import linear
from mailbot.reading.quote_lines import SIGNATURE_LINE

BEFORE = linear.compile(
    r"^\s*(?:--\s*|"
    r"sent\s+from\s+my\s+(?:[\w'-]+\s*){1,4}|"
    r"sent\s+from\s+(?:yahoo\s+mail|mail|outlook|gmail|samsung|my\s+mobile)[\w\s'.-]*|"
    r"get\s+outlook\s+for\s+\w+|"
    r"sent\s+(?:with|using|via)\s+(?:sparrow|proton\s*mail|airmail|mailbird|spark|blackberry|"
    r"typeapp|bluemail|aquamail|newton|polymail|superhuman)[\w\s'.-]*|"
    r"sent\s+from\s+(?:typeapp|bluemail|aquamail|my\s+\w+)[\w\s'.-]*|"
    r"(?:envoyé|envoye)\s+(?:à\s+partir\s+de|depuis|de)\s+[\w\s'-]+|"
    r"gesendet\s+(?:von|mit)\s+[\w\s'-]+|"
    r"von\s+meinem\s+[\w\s'-]+gesendet|gesendet\s+von\s+meinem\s+[\w\s'-]+|"
    r"envoyé\s+de\s+mon\s+[\w\s'-]+|verstuurd\s+vanaf\s+mijn\s+[\w\s'-]+|"
    r"enviado\s+desde\s+mi\s+[\w\s'-]+|inviato\s+da\s+[\w\s'-]+|"
    r"enviado\s+do\s+meu\s+[\w\s'-]+|skickat\s+från\s+min\s+[\w\s'-]+|"
    r"sendt\s+fra\s+min\s+[\w\s'-]+|отправлено\s+с\s+[\w\s'-]+|"
    r"wysłane\s+z\s+[\w\s'-]+)[.!]?(?:\s*[<(\[][^<>()\[\]]*[>)\]])?\s*$",
    re.I,
)
"""The form before mem46 (as quote_lines had it)."""

HEADS = ["--", "sent from my", "sent from", "Sent From My", "get outlook for", "sent with", "sent using", "sent via",
         "envoyé depuis", "envoye de", "envoyé à partir de", "envoyé de mon", "gesendet von", "gesendet mit",
         "gesendet von meinem", "von meinem", "verstuurd vanaf mijn", "enviado desde mi", "inviato da",
         "enviado do meu", "skickat från min", "sendt fra min", "отправлено с", "wysłane z",
         "SENT FROM MY"]
WORDS = ["yahoo", "mail", "outlook", "gmail", "samsung", "mobile", "typeapp", "bluemail", "aquamail", "sparrow",
         "proton", "protonmail", "airmail", "spark", "blackberry", "superhuman", "my", "iphone", "galaxy", "gesendet",
         "ipad", "o'neil", "-x", "'s", "12", "é", "ß", "x.y", "k", "ſ", "K", "Mobile", "android", "de", "mon"]
GLUE = [" ", "  ", "\t", "", "\u00a0", ".", "!", "-", "'", ",", " <", ">", " (", ")", "[", "]", "?", "\u2003"]


def _lines(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        parts = [rng.choice(["", " ", "  ", "\t"]), rng.choice(HEADS)]
        for _ in range(rng.randrange(0, 7)):
            parts += [rng.choice(GLUE), rng.choice(WORDS)]
        if rng.random() < 0.3:
            parts.append(rng.choice(GLUE))
        out.append("".join(parts))
    return out


def test_signature_line_matches_what_its_earlier_form_matched():
    lines = _lines(40_000, 46)
    root = Path(__file__).parent / "data"
    for path in sorted(root.glob("*/emails/*.eml"))[:3000]:
        lines += path.read_text("utf-8", "replace").splitlines()
    hits = 0
    for line in lines:
        expected = linear.matches(BEFORE, line)
        assert linear.matches(SIGNATURE_LINE, line) == expected, line
        hits += expected
    assert hits > 2_000  # the generated lines reach the branches (a third or so match)
    assert SIGNATURE_LINE._regexp.ProgramSize() < BEFORE._regexp.ProgramSize() / 2
