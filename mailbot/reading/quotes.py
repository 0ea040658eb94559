"""What the customer wrote in a reply, without quoted emails or signature.

Follows the convention of GitHub's (and zapier's) ``email_reply_parser``: the
text is cut into fragments from the bottom up; quoted fragments, quote
headers ("On ... wrote:") and signatures ("-- ", "Sent from my iPhone") below
the last thing the customer wrote are hidden.  Two additions for a support
bot: quoted lines between inline answers are hidden too (the customer's
answers are kept), and Outlook/Gmail blocks ("-----Original Message-----",
"From: ... Sent: ... To: ...", "---------- Forwarded message ---------") end
the new text wherever they are.  Quote headers may be localized, wrapped over
a few lines, share a line with the reply, or stand at the very top (then only
the header is hidden).

Every check works on one line (or a few joined lines) with anchored, bounded
regular expressions, so the time is linear in the text's length.
"""

from __future__ import annotations

import re

from mailbot.reading import linear, prechecks

MAX_LINE = 1000
"""Characters of a line that the patterns look at."""

_WROTE = (
    r"wrote|writes|schrieb|schreibt|a\s+écrit|a\s+ecrit|écrit|schreef|escribió|escribio|"
    r"ha\s+scritto|scrisse|escreveu|napisał\(a\)|napisał|napisała|napisal|pisze|skrev|"
    r"kirjoitti|написал\(а\)|написал|написала|пишет|писал|написав|пише|писав|"
    r"έγραψε|yazdı|napsal|napísal|írta|a\s+scris|het\s+volgende\s+geschreven|geschreven|"
    r"đã\s+viết|viết|写道|寫道|쓴 글|작성"
)
_ON = (
    r"on|am|le|op|el|il|em|w\s+dniu|dnia|den|på|dne|στις|в|pe|at|in\s+data|vào|"
    r"\d{1,4}[./-]|\w{3},|\d{1,2}\s|\d{4}年|在"
)
_QUOTE_HEADER_START = linear.compile(rf"^[\s\-]*(?:{_ON})", re.I)
# "(?:ON)(?<=\W)|(?:ON)(?=\W|$)" without look-around (RE2 has none): the word is
# followed by a non-word character or the end, or ends with one itself.
_HEADER_FIRST_WORD = linear.compile(rf"^[\s\-]*(?:(?:{_ON})(?:\W|$)|\d{{1,4}}[./-]|\w{{3}},|\d{{1,2}}\s)", re.I)
_WROTE_ANY = linear.compile(rf"(?:^|[\s,)\">])(?:{_WROTE})(?:\s|:|：|$|-)", re.I)
_HEADER_END = linear.compile(r"(?:[:：]|-{3,})\s*$")
_DIGIT = linear.compile(r"\d")
_HEADER_ENDINGS = (":", "：", "-", "wrote", "Wrote", "WROTE")
_WROTE_NO_COLON = linear.compile(rf"(?:{_WROTE})\s*$", re.I)
_WRAPPED_HEADER_END = linear.compile(rf"^>\s*(?:(?:{_WROTE})\s*)?[:：]\s*$", re.I)
_DATE_NAME_HEADER = linear.compile(
    # Gmail in some locales: "2011/4/7 Name <address>" or "2016-03-03 17:21 GMT+01:00 Name".
    r"^(?:\d{4}/\d{1,2}/\d{1,2}\s[^<>]{0,200}<[^<>@\s]+@[^<>\s]+>"
    r"|\d{4}-\d{2}-\d{2}\s\d{1,2}:\d{2}\s+GMT[+-]\d{1,2}:?\d{2}\s[^<>]{0,200}(?:<[^<>@\s]+@[^<>\s]+>)?)"
    r"\s*:?$"
)
_ADDRESS_SENT = linear.compile(r"@[\w.-]+\s*[>)]\s*sent\s*[:：]\s*$", re.I)
_ADDRESS_COLON = linear.compile(r"[\w.+-]+@[\w.-]+\s*(?:>|&gt;|\))+\s*[:：]\s*$")

_SEPARATOR = linear.compile(r"^\s*[-_=*~]{3,}\s*$")
_BANNER = linear.compile(r"^\s*[-=_*]{3,}[^-=_*]{1,80}[-=_*]{3,}\s*$")
_UNDERSCORES = linear.compile(r"^\s*_{7,}\s*$")
_ORIGINAL = linear.compile(
    r"^\s*[-=_*]{2,}\s*(?:original\s+message|ursprüngliche\s+nachricht|antwort\s+nachricht|"
    r"original\s*nachricht|oprindelig\s+besked|opprinnelig\s+melding|ursprungligt\s+meddelande|"
    r"message\s+d'origine|message\s+original|oorspronkelijk\s+bericht|mensaje\s+original|"
    r"messaggio\s+originale|mensagem\s+original|originalmeddelande|oprindelig\s+meddelelse|"
    r"opprinnelig\s+melding|исходное\s+сообщение|wiadomość\s+oryginalna|"
    r"alkuperäinen\s+viesti|původní\s+zpráva|eredeti\s+üzenet|reply\s+message)"
    r"\s*[-=_*]{2,}\s*$",
    re.I,
)
_FORWARD = linear.compile(
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
_FROM = (
    r"from|von|de|van|da|fra|från|od|от|lähettäjä|feladó|kimden|dari|message\s+du|"
    r"发件人|寄件者|差出人|보낸\s*사람"
)
_FIELD = (
    r"sent|date|to|subject|cc|gesendet|datum|an|betreff|envoyé|à|objet|date\s+d'envoi|"
    r"verzonden|aan|onderwerp|enviado|fecha|para|asunto|inviato|data|a|oggetto|sendt|"
    r"til|emne|dato|skickat|till|ämne|wysłano|wysłane|do|temat|отправлено|дата|кому|тема|"
    r"sujet|copie\s+à|cc\s*|envoyé\s+le|message\s+du|"
    r"lähetetty|vastaanottaja|aihe|发送时间|收件人|主题|日期|送信日時|件名|宛先"
)
_FROM_LINE = linear.compile(rf"^\s*[*>]?\s*\**(?:{_FROM})\s*\**\s*[:：]", re.I)
_DATE_LINE = linear.compile(
    r"^\s*\**(?:date|sent|datum|gesendet|envoyé|date\s+d'envoi|fecha|enviado|data|inviato|"
    r"verzonden|skickat|sendt|wysłano|дата|отправлено)\s*\**\s*[:：]\s*\S[^\n]{0,200}\d",
    re.I,
)
_FIELD_LINE = linear.compile(rf"^\s*[*>]?\s*\**(?:{_FIELD})\s*\**\s*[:：]", re.I)

def is_header_field_line(line: str) -> bool:
    """(fix21) Whether ``line`` is a header line of a quoted or forwarded email ("> Datum: 27. September
    2025 um 18:40:12 MESZ", "Von: ...", "Subject: ..."), or the line that opens a forward ("Début du message
    réexpédié :"), quote marks ("> ", "> > ") set aside.  Such a line
    is never the customer's words; a dotted date inside it ("27. September") must not split it into a
    "sentence" that would be read as a reason (an Apple Mail forward quotes its header block)."""
    if ":" not in line[:120] and "\uff1a" not in line[:120]:
        return False
    bare = line.lstrip(" \t>")
    return len(bare) < 1000 and (linear.matches(_FROM_LINE, bare) or linear.matches(_FIELD_LINE, bare)
                                 or len(bare) < 120 and linear.matches(_FORWARD, bare))


_DELIMITER = linear.compile(r"^--\s*$")
_SIGNATURE_AFTER_BLANK = linear.compile(r"^\s*(?:--|__|-\w)")
# Unbounded repeats instead of {1,30}: counted Unicode classes make RE2's program
# ~700,000 instructions; _is_signature_line bounds the line instead.
_SIGNATURE_LINE = linear.compile(
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


def _is_signature_line(line: str) -> bool:
    return (len(line) <= SIGNATURE_LONGEST and len(line.split()) <= SIGNATURE_WORDS
            and linear.matches(_SIGNATURE_LINE, line))

_INVISIBLE = " \t\n\x0b\x0c\xa0\u1427\u200b\u200c\u200d\u2060\ufeff"
_SIGNATURE_FIRST = frozenset("SsGgEeVvIiWwОо")
_EMPTY, _TEXT, _QUOTED, _HEADER = 0, 1, 2, 3


def split_reply(text: str) -> tuple[str, str]:
    """``(new text, the rest)``: the customer's own words, and what was cut
    (quoted emails, forwarded messages, signature), both stripped."""
    if not text:
        return "", ""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = _split_shared_lines(text.split("\n"))
    cut = _hard_cut(lines)
    kinds, cut = _kinds(lines, cut)
    visible = _visible(lines, kinds, cut)
    new = [lines[i].rstrip() if kinds[i] != _EMPTY else "" for i in range(cut) if visible[i]]
    rest = [lines[i] for i in range(cut) if not visible[i]] + lines[cut:]
    return "\n".join(new).strip(), "\n".join(rest).strip()


def find_forward(text: str) -> str:
    """The inline forwarded message ("---------- Forwarded message ----------"
    and what follows), or "" when the text forwards nothing."""
    if not text or not _may_name_a_forward(text):
        return ""
    lines = text.replace("\r\n", "\n").split("\n")
    for index, line in enumerate(lines):
        if line and len(line) < 120 and prechecks.starts_with(line, _FORWARD_FIRST) \
                and _may_be_forward_line(line) and linear.matches(_FORWARD, line):
            return "\n".join(lines[index:]).strip()
    return ""


def _split_shared_lines(lines: list[str]) -> list[str]:
    """Put a quote header that shares its line with the reply ("reply On
    <date>, <name> wrote:" above quoted lines) on a line of its own."""
    result: list[str] = []
    done = 0
    for index, line in enumerate(lines):
        if len(line) > MAX_LINE or not line.rstrip().endswith((":", "：")) or line.lstrip()[:1] == ">":
            continue
        split = _shared_header_start(line)
        if split and _quoted_lines_follow(lines, index + 1, len(lines)):
            result.extend(lines[done:index])
            result.extend((line[:split].rstrip(" -"), line[split:]))
            done = index + 1
    if not done:
        return lines
    result.extend(lines[done:])
    return result


def _shared_header_start(line: str) -> int:
    """Where "On <date> ... wrote:" starts inside a line of text, or 0."""
    start = 1
    for _ in range(3):
        found = line.find("On ", start)
        if found < 0:
            return 0
        if line[found - 1] in " -" and line[:found].strip(" -"):
            header = line[found:].strip()
            if prechecks.has_digit(header) and _is_quote_header(header):
                return found
        start = found + 1
    return 0


_FORWARD_FIRST = "-=_*BbAaDdIi"
"""What a line ``_FORWARD`` matches starts with, after blanks: a rule, or
"begin", "anfang", "début", "inicio" in any case (RE2 folds none of these
letters with another character)."""
_FORWARD_LAST = "-=_*:"
"""What a line ``_FORWARD`` matches ends with, before blanks: a rule or a colon."""


def _may_be_forward_line(line: str) -> bool:
    r"""False only where ``_FORWARD`` cannot match: the line's last character before blanks
    (``str.rstrip`` strips every character RE2's ``\s`` matches) is not of :data:`_FORWARD_LAST`.
    Issue 8: a line of the customer's starting with "I", "A", "D" or "B" no longer costs an
    engine call (three an email of the benchmark's mail)."""
    last = line.rstrip()[-1:]
    return bool(last) and last in _FORWARD_LAST
_SIGNATURE_LINE_FIRST = "-SsſGgEeVvIiWwОо"
"""What a line ``_SIGNATURE_LINE`` matches starts with, after blanks: "--",
or the first letter of one of its phrases in either case ("ſ" is folded with "s")."""
_HEADER_STARTS = prechecks.word_starts(_ON)
"""The letters a quote header's first word starts with (see ``may_start_with_word``)."""


def _has_non_ascii(text: str) -> bool:
    return not text.isascii()


_FORWARD_WORDS = ("orward", "ORWARD", "eitergeleitet", "EITERGELEITET", "eenviad", "EENVIAD", "ncaminhad",
                  "NCAMINHAD")
"""Words one of which every ``_FORWARD`` line holds when it is written in ASCII only ("Forwarded message",
"Weitergeleitete Nachricht", "Mensaje reenviado", "Mensagem encaminhada"); the other markers hold a
non-ASCII letter ("transféré", "réexpédié")."""


def _may_name_a_forward(text: str) -> bool:
    """Whether ``text`` may hold a forward line: a cheap test before the lines are read.  (fix23a) A Spanish
    or Portuguese forward written in ASCII only ("---------- Mensaje reenviado ---------" above "Quiero dar
    de baja el plan") was passed over, so its request was read only when the note pointed to it."""
    return _has_non_ascii(text) or any(word in text for word in _FORWARD_WORDS)  # the one-pass test first


def _hard_cut(lines: list[str]) -> int:
    """Index of the first line of an Outlook/Gmail quoted or forwarded block."""
    count = len(lines)
    for index, line in enumerate(lines):
        if not line or len(line) > 200:
            continue
        first = line.lstrip()[:1]
        if not first or first == ">":
            continue
        if first in "-=_*":
            if linear.matches(_ORIGINAL, line) or linear.matches(_FORWARD, line):
                return _back_over_separators(lines, index)
            banner = linear.matches(_UNDERSCORES, line) or linear.matches(_BANNER, line)
            if banner and _header_block_follows(lines, index + 1, count):
                return _back_over_separators(lines, index)
        elif first in "BbAaDdIi" and _may_be_forward_line(line) and linear.matches(_FORWARD, line):
            return _back_over_separators(lines, index)
        if first in _SIGNATURE_FIRST and _is_signature_line(line):
            return index
        if (":" in line or "：" in line) and _is_header_block(lines, index, count):
            return _back_over_separators(lines, index)
    return count


def _header_block_follows(lines: list[str], start: int, count: int) -> bool:
    seen = 0
    for index in range(start, min(start + 6, count)):
        if not lines[index].strip():
            continue
        seen += 1
        if linear.matches(_FROM_LINE, lines[index]) or linear.matches(_FIELD_LINE, lines[index]):
            return True
        if seen >= 2:
            break
    return False


def _is_header_block(lines: list[str], start: int, count: int) -> bool:
    """A ``From:`` (or ``Date:``) line followed closely by ``Sent:``/``To:``/
    ``Subject:`` lines: two of them, or one when the first line names an
    address or a date."""
    line = lines[start]
    if len(line) >= 1000:
        return False
    if linear.matches(_FROM_LINE, line):
        needed = 1 if "@" in line else 2
    elif linear.matches(_DATE_LINE, line):
        needed = 1
    else:
        return False
    fields = 0
    for index in range(start + 1, min(start + 7, count)):
        line = lines[index]
        if not line.strip():
            if fields:
                break
            continue
        if len(line) < 1000 and (linear.matches(_FIELD_LINE, line) or linear.matches(_FROM_LINE, line)):
            fields += 1
            if fields >= needed:
                return True
    return False


def _back_over_separators(lines: list[str], index: int) -> int:
    """Move a cut up over blank lines and one separator line above it."""
    top = index
    probe = index - 1
    while probe >= 0 and not lines[probe].strip():
        probe -= 1
    if probe >= 0 and linear.matches(_SEPARATOR, lines[probe]) and probe != index:
        top = probe
    return top


def _kinds(lines: list[str], cut: int) -> tuple[list[int], int]:
    """Each line's kind, and where the quoted part begins when a quote
    header is followed by unquoted text (Gmail "Inbox", Outlook): then
    everything from the header on is the earlier email."""
    kinds = [_TEXT] * cut
    ends_like_header = [line.strip().endswith(_HEADER_ENDINGS) for line in lines[:cut]]
    seen_text = False
    index = 0
    while index < cut:
        line = lines[index]
        stripped = line.strip(_INVISIBLE)
        if not stripped:
            kinds[index] = _EMPTY
        elif stripped[0] == ">":
            kinds[index] = _TEXT if _is_banner(lines, index, cut, stripped) else _QUOTED
        elif (
            index
            and kinds[index - 1] == _QUOTED
            and len(lines[index - 1]) >= 60
            and (index < 2 or kinds[index - 2] == _QUOTED)
        ):
            kinds[index] = _QUOTED  # a quoted line wrapped without its ">"
        elif index and kinds[index - 1] == _QUOTED and _breaks_quote_with_link(lines, index, cut):
            kinds[index] = _QUOTED
        else:
            span = _quote_header_span(lines, index, cut, ends_like_header)
            if span:
                if seen_text and not _quoted_lines_follow(lines, index + span, cut):
                    return kinds[:index], index
                # A header at the very top quotes nothing the customer wrote
                # below it: only the header is hidden.
                for offset in range(span):
                    kinds[index + offset] = _HEADER
                index += span
                continue
            seen_text = True
        index += 1
    return kinds, cut


def _is_banner(lines: list[str], index: int, cut: int, stripped: str) -> bool:
    """">>> http://www.example.com <<<" between lines of text is no quote."""
    if stripped[-1] != "<":
        return False
    above = lines[index - 1].lstrip() if index else ""
    below = lines[index + 1].lstrip() if index + 1 < cut else ""
    return not above.startswith(">") and not below.startswith(">")


def _breaks_quote_with_link(lines: list[str], index: int, cut: int) -> bool:
    """A long link wrapped out of a quote: "(http://..." on a line of its own,
    or the end of a link whose start is on the quoted line above."""
    line = lines[index][:MAX_LINE].strip()
    above = lines[index - 1][:MAX_LINE]
    opened = max(above.rfind("(http"), above.rfind("<http"))
    if not (line.startswith(("(http", "<http")) or opened > max(above.rfind(")"), above.rfind(">", opened))):
        return False
    return index + 1 < cut and lines[index + 1].lstrip().startswith(">")


def _quoted_lines_follow(lines: list[str], start: int, cut: int) -> bool:
    for index in range(start, cut):
        stripped = lines[index].lstrip()
        if stripped:
            return stripped[0] == ">"
    return start >= cut


def _quote_header_span(lines: list[str], index: int, cut: int, ends_like_header: list[bool]) -> int:
    """How many lines (1-6) an "On <date>, <name> wrote:" header covers, or 0.

    A header may be wrapped over a few lines, with blank lines in between
    (Polymail) and with its last line starting with ">" when a wrapped
    address closes there ("<support@example.com\n>:").

    ``ends_like_header[i]``: whether ``lines[i].strip()`` ends with one of :data:`_HEADER_ENDINGS`,
    computed once for all the lines by :func:`_kinds` (issue 8: each line of text looked at the five
    below it, ~25 µs an email of the benchmark's mail)."""
    line = lines[index][:MAX_LINE].strip()
    if line.endswith(_HEADER_ENDINGS) and _is_quote_header(line):
        return 1
    if len(line) > 300:
        return 0
    if line[4:5] in ("/", "-") and linear.matches(_DATE_NAME_HEADER, line):  # "^\d{4}[/-]" or no match
        return 1
    if True not in ends_like_header[index + 1:min(index + 6, cut)]:
        return 0  # a wrapped header ends on a later line that ends like one (the loop below): none does
    has_digit = prechecks.has_digit(line)
    may_start = prechecks.may_start_with_word(line, _HEADER_STARTS)
    starts_like_header = has_digit and may_start and bool(linear.matches(_HEADER_FIRST_WORD, line))
    if not (has_digit or may_start and linear.matches(_QUOTE_HEADER_START, line)):
        return 0
    joined = line
    blank = False
    for extra in range(1, 6):
        if index + extra >= cut:
            break
        more = lines[index + extra].strip()
        if not more:
            if starts_like_header and extra < 4:
                blank = True
                continue
            break
        if blank and more.endswith(_HEADER_ENDINGS) and linear.matches(_HEADER_FIRST_WORD, more) \
                and _is_quote_header(more):
            return 0  # "Olá, a fatura é LO-INV-3392." above a blank line and a whole header of its own
        blank = False
        if more[0] == ">" and not linear.matches(_WRAPPED_HEADER_END, more):
            break
        if (not starts_like_header and prechecks.has_digit(more) and prechecks.may_start_with_word(more, _HEADER_STARTS)
                and linear.matches(_HEADER_FIRST_WORD, more)):
            return 0  # the header starts on a later line
        joined = f"{joined} {more[:MAX_LINE]}"
        if len(joined) > 500:
            break
        if more.endswith(_HEADER_ENDINGS) and _is_quote_header(joined):
            return extra + 1
    return 0


def _is_quote_header(line: str) -> bool:
    if len(line) > 500:
        return False
    if linear.occurs(_ADDRESS_SENT, line) and linear.matches(_QUOTE_HEADER_START, line):
        return True
    if not linear.occurs(_HEADER_END, line):
        # "On <date>, <name> <address> wrote" without the colon.
        return bool(
            "@" in line and linear.occurs(_WROTE_NO_COLON, line) and linear.matches(_QUOTE_HEADER_START, line)
        )
    if linear.occurs(_ADDRESS_COLON, line) and ("@" in line):
        return True
    if not linear.occurs(_WROTE_ANY, line):
        return False
    return bool(linear.matches(_QUOTE_HEADER_START, line)) or "@" in line or _ends_with_wrote(line)


_WROTE_END = linear.compile(rf"(?:{_WROTE})\s*(?:[:：]|-{{3,}})\s*$", re.I)


def _ends_with_wrote(line: str) -> bool:
    return bool(linear.occurs(_WROTE_END, line))


def _is_rule_with_words(line: str) -> bool:
    """"----- Enter feedback below -----": a banner, not a signature delimiter."""
    line = line[:MAX_LINE].strip()
    return line.endswith(("--", "__")) and any(char.isalpha() for char in line)


def _visible(lines: list[str], kinds: list[int], cut: int) -> list[bool]:
    """Which lines (above ``cut``) are the customer's new words.

    Bottom-up, as in email_reply_parser: fragments below the last visible one
    are hidden when they are quoted, quote headers, signatures or blank.
    Quoted fragments above it (inline replies) are hidden as well.
    """
    visible = [False] * cut
    found_visible = False
    # Fragments are built bottom-up: a run of lines with the same quotedness.
    fragment: list[int] = []
    quoted = False
    signature = False

    def finish() -> None:
        nonlocal found_visible, fragment, signature
        if not fragment:
            return
        blank = all(kinds[i] == _EMPTY for i in fragment)
        hidden = quoted or ((blank or signature) and not found_visible)
        if not hidden:
            found_visible = True
            for i in fragment:
                visible[i] = True
        fragment = []
        signature = False

    for index in range(cut - 1, -1, -1):
        kind = kinds[index]
        is_empty = kind == _EMPTY
        is_quoted = kind in (_QUOTED, _HEADER)
        if fragment and not quoted and is_empty:
            top = lines[fragment[-1]]
            if (prechecks.starts_with(top[:MAX_LINE], "-_") and linear.matches(_SIGNATURE_AFTER_BLANK, top[:MAX_LINE])
                    and not _is_rule_with_words(top)):
                signature = True
                finish()
        if fragment and (quoted == is_quoted or (quoted and is_empty)):
            fragment.append(index)
        else:
            finish()
            quoted = is_quoted
            fragment = [index]
        if kind == _TEXT and not found_visible and len(lines[index]) < 120:
            line = lines[index]
            if line.startswith("--") and linear.matches(_DELIMITER, line):
                signature = True  # "-- " and everything below it
                finish()
            elif prechecks.starts_with(line, _SIGNATURE_LINE_FIRST) and _is_signature_line(line):
                fragment.pop()
                finish()
                fragment, signature = [index], True
                finish()
    finish()
    return visible
