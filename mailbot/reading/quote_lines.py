"""The lines of a quoted or forwarded email, each recognised on its own: quote headers ("On ... wrote:"),
Outlook and Gmail blocks ("-----Original Message-----", "From: ... Sent: ..."), forward lines ("---------- Forwarded
message ---------"), signature delimiters and "Sent from my iPhone" lines.

:mod:`~mailbot.reading.quotes` decides from these which lines are the customer's new words.  Every pattern is
anchored and bounded, and the cheap pre-checks in front of them (:mod:`~mailbot.reading.prechecks`) never say no
where a pattern would say yes (``tests/test_quote_prechecks.py``), so the time is linear in the line's length.
"""

from __future__ import annotations

import re

from mailbot.reading import linear, prechecks

MAX_LINE = 1000
"""Characters of a line that the patterns look at."""

WROTE = (
    r"wrote|writes|schrieb|schreibt|a\s+écrit|a\s+ecrit|écrit|schreef|escribió|escribio|"
    r"ha\s+scritto|scrisse|escreveu|napisał\(a\)|napisał|napisała|napisal|pisze|skrev|"
    r"kirjoitti|написал\(а\)|написал|написала|пишет|писал|написав|пише|писав|"
    r"έγραψε|yazdı|napsal|napísal|írta|a\s+scris|het\s+volgende\s+geschreven|geschreven|"
    r"đã\s+viết|viết|写道|寫道|쓴 글|작성"
)
ON = (
    r"on|am|le|op|el|il|em|w\s+dniu|dnia|den|på|dne|στις|в|pe|at|in\s+data|vào|"
    r"\d{1,4}[./-]|\w{3},|\d{1,2}\s|\d{4}年|在"
)
QUOTE_HEADER_START = linear.compile(rf"^[\s\-]*(?:{ON})", re.I)
# "(?:ON)(?<=\W)|(?:ON)(?=\W|$)" without look-around (RE2 has none): the word is
# followed by a non-word character or the end, or ends with one itself.
HEADER_FIRST_WORD = linear.compile(rf"^[\s\-]*(?:(?:{ON})(?:\W|$)|\d{{1,4}}[./-]|\w{{3}},|\d{{1,2}}\s)", re.I)
WROTE_ANY = linear.compile(rf"(?:^|[\s,)\">])(?:{WROTE})(?:\s|:|：|$|-)", re.I)
HEADER_END = linear.compile(r"(?:[:：]|-{3,})\s*$")
DIGIT = linear.compile(r"\d")
HEADER_ENDINGS = (":", "：", "-", "wrote", "Wrote", "WROTE")
WROTE_NO_COLON = linear.compile(rf"(?:{WROTE})\s*$", re.I)
WRAPPED_HEADER_END = linear.compile(rf"^>\s*(?:(?:{WROTE})\s*)?[:：]\s*$", re.I)
DATE_NAME_HEADER = linear.compile(
    # Gmail in some locales: "2011/4/7 Name <address>" or "2016-03-03 17:21 GMT+01:00 Name".
    r"^(?:\d{4}/\d{1,2}/\d{1,2}\s[^<>]{0,200}<[^<>@\s]+@[^<>\s]+>"
    r"|\d{4}-\d{2}-\d{2}\s\d{1,2}:\d{2}\s+GMT[+-]\d{1,2}:?\d{2}\s[^<>]{0,200}(?:<[^<>@\s]+@[^<>\s]+>)?)"
    r"\s*:?$"
)
ADDRESS_SENT = linear.compile(r"@[\w.-]+\s*[>)]\s*sent\s*[:：]\s*$", re.I)
ADDRESS_COLON = linear.compile(r"[\w.+-]+@[\w.-]+\s*(?:>|&gt;|\))+\s*[:：]\s*$")

SEPARATOR = linear.compile(r"^\s*[-_=*~]{3,}\s*$")
BANNER = linear.compile(r"^\s*[-=_*]{3,}[^-=_*]{1,80}[-=_*]{3,}\s*$")
UNDERSCORES = linear.compile(r"^\s*_{7,}\s*$")
ORIGINAL = linear.compile(
    r"^\s*[-=_*]{2,}\s*(?:original\s+message|ursprüngliche\s+nachricht|antwort\s+nachricht|"
    r"original\s*nachricht|oprindelig\s+besked|opprinnelig\s+melding|ursprungligt\s+meddelande|"
    r"message\s+d'origine|message\s+original|oorspronkelijk\s+bericht|mensaje\s+original|"
    r"messaggio\s+originale|mensagem\s+original|originalmeddelande|oprindelig\s+meddelelse|"
    r"opprinnelig\s+melding|исходное\s+сообщение|wiadomość\s+oryginalna|"
    r"alkuperäinen\s+viesti|původní\s+zpráva|eredeti\s+üzenet|reply\s+message)"
    r"\s*[-=_*]{2,}\s*$",
    re.I,
)
FORWARD = linear.compile(
    r"^\s*(?:[-=_*]{2,}\s*(?:forwarded\s+message|weitergeleitete\s+nachricht|"
    r"message\s+transféré|mensaje\s+reenviado|doorgestuurd\s+bericht|"
    r"messaggio\s+inoltrato|mensagem\s+encaminhada|videresendt\s+meddelelse|"
    r"vidarebefordrat\s+meddelande|videresendt\s+melding|wiadomość\s+przekazana|"
    r"пересланное\s+сообщение|пересылаемое\s+сообщение|välitetty\s+viesti|"
    # pb17: a Lotus Notes forward line naming who forwarded it ("----- Weitergeleitet von X am 25.11.2026 -----")
    r"(?:forwarded\s+by|weitergeleitet\s+von|transféré\s+par|reenviado\s+por|encaminhad[oa]\s+por)\s[^\n]{1,100}?)"
    r"\s*[-=_*]{2,}|(?:begin\s+forwarded\s+message|anfang\s+der\s+weitergeleiteten\s+nachricht|"
    r"début\s+du\s+message\s+réexpédié|inicio\s+del\s+mensaje\s+reenviado)\s*:)\s*$",
    re.I,
)
FROM = (
    r"from|von|de|van|da|fra|från|od|от|lähettäjä|feladó|kimden|dari|message\s+du|"
    r"发件人|寄件者|差出人|보낸\s*사람"
)
FIELD = (
    r"sent|date|to|subject|cc|gesendet|datum|an|betreff|envoyé|à|objet|date\s+d'envoi|"
    r"verzonden|aan|onderwerp|enviado|fecha|para|asunto|inviato|data|a|oggetto|sendt|"
    r"til|emne|dato|skickat|till|ämne|wysłano|wysłane|do|temat|отправлено|дата|кому|тема|"
    r"sujet|copie\s+à|cc\s*|envoyé\s+le|message\s+du|"
    r"lähetetty|vastaanottaja|aihe|发送时间|收件人|主题|日期|送信日時|件名|宛先"
)
FROM_LINE = linear.compile(rf"^\s*[*>]?\s*\**(?:{FROM})\s*\**\s*[:：]", re.I)
DATE_LINE = linear.compile(
    r"^\s*\**(?:date|sent|datum|gesendet|envoyé|date\s+d'envoi|fecha|enviado|data|inviato|"
    r"verzonden|skickat|sendt|wysłano|дата|отправлено)\s*\**\s*[:：]\s*\S[^\n]{0,200}\d",
    re.I,
)
FIELD_LINE = linear.compile(rf"^\s*[*>]?\s*\**(?:{FIELD})\s*\**\s*[:：]", re.I)

def is_header_field_line(line: str) -> bool:
    """(fix21) Whether ``line`` is a header line of a quoted or forwarded email ("> Datum: 27. September
    2025 um 18:40:12 MESZ", "Von: ...", "Subject: ..."), or the line that opens a forward ("Début du message
    réexpédié :"), quote marks ("> ", "> > ") set aside.  Such a line
    is never the customer's words; a dotted date inside it ("27. September") must not split it into a
    "sentence" that would be read as a reason (an Apple Mail forward quotes its header block)."""
    if ":" not in line[:120] and "\uff1a" not in line[:120]:
        return False
    bare = line.lstrip(" \t>")
    return len(bare) < 1000 and (linear.matches(FROM_LINE, bare) or linear.matches(FIELD_LINE, bare)
                                 or len(bare) < 120 and linear.matches(FORWARD, bare))


DELIMITER = linear.compile(r"^--\s*$")
SIGNATURE_AFTER_BLANK = linear.compile(r"^\s*(?:--|__|-\w)")
# Unbounded repeats instead of {1,30}: counted Unicode classes make RE2's program
# ~700,000 instructions; is_signature_line bounds the line instead.
SIGNATURE_LINE = linear.compile(
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
SIGNATURE_LONGEST = 200
"""Characters of a signature line at most (the patterns' repeats are unbounded)."""
SIGNATURE_WORDS = 10


def is_signature_line(line: str) -> bool:
    return (len(line) <= SIGNATURE_LONGEST and len(line.split()) <= SIGNATURE_WORDS
            and linear.matches(SIGNATURE_LINE, line))

INVISIBLE = " \t\n\x0b\x0c\xa0\u1427\u200b\u200c\u200d\u2060\ufeff"
SIGNATURE_FIRST = frozenset("SsGgEeVvIiWwОо")
FORWARD_FIRST = "-=_*BbAaDdIi"
"""What a line ``FORWARD`` matches starts with, after blanks: a rule, or
"begin", "anfang", "début", "inicio" in any case (RE2 folds none of these
letters with another character)."""
FORWARD_LAST = "-=_*:"
"""What a line ``FORWARD`` matches ends with, before blanks: a rule or a colon."""


def may_be_forward_line(line: str) -> bool:
    r"""False only where ``FORWARD`` cannot match: the line's last character before blanks
    (``str.rstrip`` strips every character RE2's ``\s`` matches) is not of :data:`FORWARD_LAST`.
    Issue 8: a line of the customer's starting with "I", "A", "D" or "B" no longer costs an
    engine call (three an email of the benchmark's mail)."""
    last = line.rstrip()[-1:]
    return bool(last) and last in FORWARD_LAST
SIGNATURE_LINE_FIRST = "-SsſGgEeVvIiWwОо"
"""What a line ``SIGNATURE_LINE`` matches starts with, after blanks: "--",
or the first letter of one of its phrases in either case ("ſ" is folded with "s")."""
HEADER_STARTS = prechecks.word_starts(ON)
"""The letters a quote header's first word starts with (see ``may_start_with_word``)."""


def has_non_ascii(text: str) -> bool:
    return not text.isascii()


FORWARD_WORDS = ("orward", "ORWARD", "eitergeleitet", "EITERGELEITET", "eenviad", "EENVIAD", "ncaminhad",
                  "NCAMINHAD")
"""Words one of which every ``FORWARD`` line holds when it is written in ASCII only ("Forwarded message",
"Weitergeleitete Nachricht", "Mensaje reenviado", "Mensagem encaminhada"); the other markers hold a
non-ASCII letter ("transféré", "réexpédié")."""


def may_name_a_forward(text: str) -> bool:
    """Whether ``text`` may hold a forward line: a cheap test before the lines are read.  (fix23a) A Spanish
    or Portuguese forward written in ASCII only ("---------- Mensaje reenviado ---------" above "Quiero dar
    de baja el plan") was passed over, so its request was read only when the note pointed to it."""
    return has_non_ascii(text) or any(word in text for word in FORWARD_WORDS)  # the one-pass test first


def is_quote_header(line: str) -> bool:
    if len(line) > 500:
        return False
    if linear.occurs(ADDRESS_SENT, line) and linear.matches(QUOTE_HEADER_START, line):
        return True
    if not linear.occurs(HEADER_END, line):
        # "On <date>, <name> <address> wrote" without the colon.
        return bool(
            "@" in line and linear.occurs(WROTE_NO_COLON, line) and linear.matches(QUOTE_HEADER_START, line)
        )
    if linear.occurs(ADDRESS_COLON, line) and ("@" in line):
        return True
    if not linear.occurs(WROTE_ANY, line):
        return False
    return bool(linear.matches(QUOTE_HEADER_START, line)) or "@" in line or ends_with_wrote(line)


WROTE_END = linear.compile(rf"(?:{WROTE})\s*(?:[:：]|-{{3,}})\s*$", re.I)


def ends_with_wrote(line: str) -> bool:
    return bool(linear.occurs(WROTE_END, line))


def is_rule_with_words(line: str) -> bool:
    """"----- Enter feedback below -----": a banner, not a signature delimiter."""
    line = line[:MAX_LINE].strip()
    return line.endswith(("--", "__")) and any(char.isalpha() for char in line)
