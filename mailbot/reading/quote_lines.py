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
ON = (  # (fix36a) "no dia": Gmail in European Portuguese ("No dia qua., 24/09/2025 às 18:40, X escreveu:")
    r"on|am|le|op|el|il|em|no\s+dia|w\s+dniu|dnia|den|på|dne|στις|в|pe|at|in\s+data|vào|"
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

DATED = linear.compile(r"\d{1,2}:\d{2}|\d{1,4}[./-]\d{1,2}[./-]\d{2,4}")
"""(fix36a) A time or a numeric date inside a line: a quote header line holding one is a whole header of its own."""

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
FORWARD_TITLES = (
    "forwarded message", "weitergeleitete nachricht", "message transféré", "mensaje reenviado", "doorgestuurd bericht",
    "messaggio inoltrato", "mensagem encaminhada", "videresendt meddelelse", "vidarebefordrat meddelande",
    "videresendt melding", "wiadomość przekazana", "пересланное сообщение", "пересылаемое сообщение", "välitetty viesti",
)
"""(xfer33) What mail clients write between two rules to open a forwarded message ("---------- Forwarded message
---------"), in the languages of their users: read in every email, whatever languages the brand reads (the forwarder's
mail client writes it in its own language, not the customer's), so they stay here beside the other header words of
this module, not in the packs; an added pack's forward lines count too (``text.forward_markers``, see
:func:`is_added_forward_line`)."""
FORWARDED_BY = ("forwarded by", "weitergeleitet von", "transféré par", "reenviado por", "encaminhado por",
                "encaminhada por")
"""(pb17) A Lotus Notes forward line naming who forwarded it ("----- Weitergeleitet von X am 25.11.2026 -----")."""
FORWARD_OPENINGS = ("begin forwarded message", "anfang der weitergeleiteten nachricht", "début du message réexpédié",
                    "inicio del mensaje reenviado")
"""What Apple Mail writes, then a colon, to open a forwarded message ("Begin forwarded message:")."""


def _phrases(phrases) -> str:
    return "|".join(phrase.replace(" ", r"\s+") for phrase in phrases)


FORWARD = linear.compile(
    rf"^\s*(?:[-=_*]{{2,}}\s*(?:{_phrases(FORWARD_TITLES)}|(?:{_phrases(FORWARDED_BY)})\s[^\n]{{1,100}}?)"
    rf"\s*[-=_*]{{2,}}|(?:{_phrases(FORWARD_OPENINGS)})\s*:)\s*$",
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
# ~700,000 instructions; is_signature_line bounds the line instead.  Issue 8 (mem46): the branches that end in
# the same run share it ((A|B)C is AC|BC), and a branch another holds is left out ("gesendet von meinem X" is
# "gesendet von X", "envoyé de mon X" "envoyé de X", "sent from my mobile X" "sent from my \w+ X"): the same
# lines, with 9 copies of a Unicode word class instead of 22 (each ~1,500 RE2 instructions): the program 33,580 ->
# 14,260 instructions, 1.68 -> 0.73 MB of a parse worker after 3,000 benchmark emails (program and automaton
# states; tests/test_signature_line_form.py checks it against the earlier form).
SIGNATURE_LINE = linear.compile(
    r"^\s*(?:--\s*|"
    r"sent\s+from\s+my\s+(?:[\w'-]+\s*){1,4}|"
    r"get\s+outlook\s+for\s+\w+|"
    r"(?:sent\s+from\s+(?:yahoo\s+mail|mail|outlook|gmail|samsung|typeapp|bluemail|aquamail|my\s+\w+)|"
    r"sent\s+(?:with|using|via)\s+(?:sparrow|proton\s*mail|airmail|mailbird|spark|blackberry|"
    r"typeapp|bluemail|aquamail|newton|polymail|superhuman))[\w\s'.-]*|"
    r"von\s+meinem\s+[\w\s'-]+gesendet|"
    r"(?:(?:envoyé|envoye)\s+(?:à\s+partir\s+de|depuis|de)|gesendet\s+(?:von|mit)|verstuurd\s+vanaf\s+mijn|"
    r"enviado\s+desde\s+mi|inviato\s+da|enviado\s+do\s+meu|skickat\s+från\s+min|sendt\s+fra\s+min|"
    r"отправлено\s+с|wysłane\s+z)\s+[\w\s'-]+"
    r")[.!]?(?:\s*[<(\[][^<>()\[\]]*[>)\]])?\s*$",
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


def _longest_word(phrase: str) -> str:
    words = [word for word in phrase.split() if word.isalpha()]
    return max(words, key=len) if words else ""


def marker_word(pattern: str) -> str | None:
    """(xfer33) The longest run of letters written plainly in ``pattern`` (a pack's pattern): outside every group,
    class and escape, with no repeat after its last letter, so that every text the pattern matches holds it.  None
    when the pattern has a "|" outside its groups or no such letters (then no word is needed)."""
    runs, run, depth, i, n = [], [], 0, 0, len(pattern)
    while i < n:
        char = pattern[i]
        if char in "?*{":
            if run and depth == 0:
                run.pop()  # the letter before a repeat may be left out
            runs.append("".join(run))
            run = []
            if char == "{":
                close = pattern.find("}", i)
                i = n if close < 0 else close
        elif char == "|" and depth == 0:
            return None
        elif char.isalpha() and depth == 0:
            run.append(char)
        else:
            runs.append("".join(run))
            run = []
            if char == "\\":
                i += 1
            elif char == "[":
                i += 2 if pattern[i + 1:i + 2] == "]" else 1
                while i < n and pattern[i] != "]":
                    i += 2 if pattern[i] == "\\" else 1
            elif char == "(":
                depth += 1
            elif char == ")":
                depth -= 1
        i += 1
    runs.append("".join(run))
    words = [word for word in runs if word]
    return max(words, key=len) if words else None


_ADDED: list = [None, None, None]
"""(xfer33) The process's added forward lines and forward words, worked out for :func:`process_packs_key` ``[0]``:
``[1]`` the pattern of the added packs' forward lines (None: no added pack has one), ``[2]`` the pre-check's words
(None: a marker gives no word, every text is read)."""


def _added() -> list:
    from mailbot.reading.languages import added_packs, process_packs_key  # (the packs import nothing from here)
    key = process_packs_key()
    if _ADDED[0] != key:
        markers = [marker for pack in added_packs() for marker in pack.get("text.forward_markers")]
        words = [_longest_word(phrase) for phrase in FORWARD_TITLES + FORWARDED_BY + FORWARD_OPENINGS]
        words += [marker_word(marker) for marker in markers]
        found = None if None in words else sorted({word for word in words if word and word.isascii()})
        lines = linear.compile(rf"^\s*(?:{'|'.join(f'(?:{m})' for m in markers)})\s*$") if markers else None
        _ADDED[:] = [key, lines, found and linear.compile("(?i)" + "|".join(found))]
    return _ADDED


def is_added_forward_line(line: str, lines=None) -> bool:
    """(xfer33, issue 9) Whether ``line`` is a forward line of a pack an admin added (``text.forward_markers`` of a
    ``languages/it.toml``: "Inizio messaggio inoltrato:"), matched whole on the lower-cased line; an original
    message's line (:data:`ORIGINAL`) is a reply's quote, no forward.  Decision: the shipped packs' markers hold no
    forward line :data:`FORWARD` does not read, and the rest of them are original-message lines ("-----Original
    Message-----", "Ursprüngliche Nachricht"), which quote a reply: they are not read here, as before.  An added
    pack's ``text.forward_markers`` are read here: an admin lists the lines that open a forward in the language."""
    lines = _added()[1] if lines is None else lines
    return lines is not None and len(line) < 120 and bool(line.strip()) \
        and linear.matches(lines, line.lower()) and not linear.matches(ORIGINAL, line)


def added_forward_lines():
    """(xfer33) The pattern of the added packs' forward lines, or None (no admin's pack has one): what
    :func:`is_added_forward_line` is given for the lines of one text."""
    return _added()[1]


def may_name_a_forward(text: str) -> bool:
    """Whether ``text`` may hold a forward line: a cheap test before the lines are read.  (fix23a) A Spanish
    or Portuguese forward written in ASCII only ("---------- Mensaje reenviado ---------" above "Quiero dar
    de baja el plan") was passed over, so its request was read only when the note pointed to it.  (xfer33) The
    words are worked out from what the lines are read with, one word of each: :data:`FORWARD`'s phrases ("Messaggio
    inoltrato" and "Doorgestuurd bericht", written in ASCII, were passed over by a list of four languages' words kept
    beside them) and the added packs' ``text.forward_markers`` (:func:`marker_word`); a phrase with a letter outside
    ASCII needs none (the first test)."""
    if has_non_ascii(text):  # the one-pass test first
        return True
    words = _added()[2]
    return words is None or bool(linear.occurs(words, text))


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
