"""(fix42d) Whether a dispute word (C4) is the customer's own first name, signed on its own line at the close of the
mail: "Can we get a refund?\\n\\nSue" is signed by Sue, who threatens nobody.

A name that is also a legal word ("Sue") comes at the end of the mail, set apart: on a line of its own, after a
blank line or a sign-off line ("Thanks,", "Regards"), written with capitals as a name is ("Sue", "Sue Dawson"), with
at most a few short signature lines (company, town, telephone) after it and nothing the customer still says.
Decision (POLICY_SPEC C4 escalates *threats*; section 8, signatures are not what the customer asks): such a line is
the signature and no threat.  Anything else stays a threat when unsure: a lower-case "sue", a line that goes on
("Sue you all"), a sentence ending ("I will Sue."), words after it that read as a sentence, a name line in the
middle of the mail.  Plain string work over the lines around the word, no regular expression on customer text."""

from __future__ import annotations

NAME_WORDS = 3
"""At most this many words on the name line ("Sue", "Sue Dawson", "Sue M. Dawson")."""
TAIL_LINES = 4
"""At most this many non-empty signature lines after the name line."""
TAIL_LINE_CHARS = 60
"""A signature line after the name is at most this long."""
SENTENCE_ENDS = ".!?"
CLOSED = ".!?,;:)…\"'”’*"
"""How the words above a signed name end: a sentence or a sign-off closed."""


def _is_name_word(word: str) -> bool:
    bare = word.rstrip(",")
    core = bare.rstrip(".") if len(bare) <= 2 else bare  # an initial: "M."
    return bool(core) and core[0].isupper() and all(c.isalpha() or c in "-'’" for c in core)


def _sign_off_before(lines: list[str], at: int) -> bool:
    """A blank line or a sign-off line ("Thanks,", "Kind regards", "Cheers!") right before line ``at``."""
    if at == 0:
        return False
    above = lines[at - 1].strip()
    if not above:
        return True
    return len(above.split()) <= 3 and above.endswith((",", "!"))


def signed_name(text: str, start: int, stop: int, end: int) -> bool:
    """Whether ``text[start:stop]`` opens a line holding only a name, set apart at the close of the mail (before
    ``end``: the quoted part and anything after the customer's words do not count)."""
    if not text or start < 0 or stop > len(text):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False  # the word does not open its line ("Hi Sue,", "we will sue")
    line_end = text.find("\n", stop)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end].strip()
    words = line.split()
    if not words or len(words) > NAME_WORDS or not all(map(_is_name_word, words)):
        return False
    if line[-1] in SENTENCE_ENDS and not (len(words[-1]) <= 2 and line.endswith(".")):
        return False  # "Sue!" or "Will Sue." reads as a sentence
    before = text[:line_start - 1].split("\n") if line_start else []  # the lines above, a blank one kept
    if not before or not _sign_off_before(before + [line], len(before)):
        return False
    said = next((b.strip() for b in reversed(before) if b.strip()), "")
    if said and len(said.split()) > 3 and said[-1] not in CLOSED:
        return False  # "Refund me now or I will\n\nSue": the sentence above runs on into the word
    tail = [t.strip() for t in text[line_end:max(end, line_end)].split("\n")]
    tail = [t for t in tail if t and not t.startswith(">")]
    if len(tail) > TAIL_LINES:
        return False
    return all(len(t) <= TAIL_LINE_CHARS and t[-1] not in "?!" for t in tail)
