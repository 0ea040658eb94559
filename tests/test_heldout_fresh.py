"""The fresh held-out round: mail nobody tuned to (tests/data/fresh_<lang>/).

Written after the language work of issue 9 had been tuned on the earlier rounds, by three QA passes that read
POLICY_SPEC.md, the published policies, the ledger format and the harness only (never mailbot's code or its
answers); a second, independent QA pass then checked every expected answer (each folder's REVIEW.md) before
mailbot was run on it.  So these figures are the honest measure of how well mailbot reads Spanish, Portuguese,
German, French, Hindi/Hinglish and hard English mail.

Each language is one round of the harness (tests/heldout.py check_round): it prints the mismatches and the
accuracy (unambiguous and overall), and asserts no crash, no unsafe approval on an unambiguous case, and the
floors below (the accuracy measured, rounded down: they guard against regressions).
"""

from __future__ import annotations

import pytest

from tests.heldout import ROOT, check_round

# Measured (unambiguous; overall), no crash and no unsafe approval in either run:
#   before the reading fixes of this round's session (main at c804d3c, the code the earlier rounds had tuned):
#     es 23/28 = 82.1%; 24/30 = 80.0%    pt 22/29 = 75.9%; 22/29 = 75.9%    de 23/32 = 71.9%; 24/33 = 72.7%
#     fr 26/32 = 81.2%; 26/33 = 78.8%    hi 25/27 = 92.6%; 26/28 = 92.9%    en 27/36 = 75.0%; 27/36 = 75.0%
#   after them (they were made on the earlier rounds, without reading this one), first run:
#     es 25/28 = 89.3%; 26/30 = 86.7%    pt 26/29 = 89.7%; 26/29 = 89.7%    de 27/32 = 84.4%; 28/33 = 84.8%
#     fr 27/32 = 84.4%; 27/33 = 81.8%    hi 25/27 = 92.6%; 26/28 = 92.9%    en 30/36 = 83.3%; 30/36 = 83.3%
#   after fix9 (general reading fixes from this round's mismatches; see tests/test_reading_rules_fix9.py):
#     es 28/28 = 100.0%; 29/30 = 96.7%   pt 29/29 = 100.0%; 29/29 = 100.0%  de 32/32 = 100.0%; 33/33 = 100.0%
#     fr 32/32 = 100.0%; 33/33 = 100.0%  hi 27/27 = 100.0%; 28/28 = 100.0%  en 36/36 = 100.0%; 36/36 = 100.0%
# The first-run code read 100% of the unambiguous cases of the earlier language rounds: the gap is what tuning on a
# round hides (the second round below measures the fix9 work).  The floors are the last figures, rounded down.
FLOORS = {
    "es": (1.00, 0.96),
    "pt": (1.00, 1.00),
    "de": (1.00, 1.00),
    "fr": (1.00, 1.00),
    "hi": (1.00, 1.00),
    "en": (1.00, 1.00),
}
NAMES = {"es": "Spanish", "pt": "Portuguese", "de": "German", "fr": "French", "hi": "Hindi / Hinglish",
         "en": "hard English"}


# The second fresh round (tests/data/fresh2_<lang>/), written and checked the same way while the misses of the first
# were being fixed (without reading it): it measures whether those fixes generalise.  Measured (unambiguous;
# overall), no crash, no unsafe approval, the same before and after the fix9 work (which took the first round to
# 100%: those fixes did not carry over to this round, whose 9 misses are the same 9 before and after):
#   es 15/16 = 93.8%; 16/17 = 94.1%    pt 14/17 = 82.4%; 14/17 = 82.4%    de 12/14 = 85.7%; 14/16 = 87.5%
#   fr 17/17 = 100%;  17/17 = 100%     hi 16/16 = 100%;  16/17 = 94.1%    en 14/16 = 87.5%; 15/17 = 88.2%
# after fix10 (general reading fixes from this round's 9 misses; see tests/test_reading_rules_fix10.py):
#   es 16/16 = 100%;  17/17 = 100%     pt 17/17 = 100%;  17/17 = 100%     de 14/14 = 100%;  16/16 = 100%
#   fr 17/17 = 100%;  17/17 = 100%     hi 16/16 = 100%;  17/17 = 100%     en 16/16 = 100%;  17/17 = 100%
FLOORS2 = {
    "es": (1.0, 1.0),
    "pt": (1.0, 1.0),
    "de": (1.0, 1.0),
    "fr": (1.0, 1.0),
    "hi": (1.0, 1.0),
    "en": (1.0, 1.0),
}


# The third fresh round (tests/data/fresh3_<lang>/, 306 cases: at least 40 per language and 60 hard English), written
# and checked the same way by three new QA writers and three new checkers (each folder's README.md and REVIEW.md).
# Measured (unambiguous; overall), no crash, no unsafe approval:
#   before this round's reading work (main at 9123dcb; the code that had been tuned on the first and second rounds):
#     es 46/47 = 97.9%; 47/48 = 97.9%    pt 41/44 = 93.2%; 41/44 = 93.2%    de 49/56 = 87.5%; 49/56 = 87.5%
#     fr 48/56 = 85.7%; 48/56 = 85.7%    hi 38/41 = 92.7%; 39/42 = 92.9%    en 58/62 = 93.5%; 59/63 = 93.7%
#   after the fixes of the second round's misses (fix10, made without reading this round), first run:
#     es 46/47 = 97.9%    pt 42/44 = 95.5%    de 51/56 = 91.1%    fr 48/56 = 85.7%    hi 39/41 = 95.1%    en 58/62 = 93.5%
#   after fix11 (general fixes from this round's misses; tests/test_reading_rules_fix11.py) and fix12: 100% in every
#   language (tuned on).
FLOORS3 = {
    "es": (1.0, 1.0),
    "pt": (1.0, 1.0),
    "de": (1.0, 1.0),
    "fr": (1.0, 1.0),
    "hi": (1.0, 1.0),
    "en": (1.0, 1.0),
}


# The fourth fresh round (tests/data/fresh4_<lang>/, 327 cases), written and checked the same way by independent QA
# from the spec alone, while the third round's misses were being fixed.  Measured (unambiguous; overall), no crash:
#   before any of that session's reading work (main at 7c7845e), ONE UNSAFE APPROVAL (hi-o23, below):
#     es 48/53 = 90.6%; 49/55 = 89.1%    pt 43/48 = 89.6%; 44/49 = 89.8%    de 41/46 = 89.1%; 41/46 = 89.1%
#     fr 39/46 = 84.8%; 39/46 = 84.8%    hi 41/45 = 91.1%; 42/46 = 91.3%    en 55/64 = 85.9%; 56/65 = 86.2%
#   after fix10 and fix11 (made without reading this round: its honest "after"; main at 1298d4b), still ONE
#   UNSAFE APPROVAL (hi-o23: a forwarder's note read as the refund's reason):
#     es 49/53 = 92.5%; 50/55 = 90.9%    pt 44/48 = 91.7%; 45/49 = 91.8%    de 43/46 = 93.5%; 43/46 = 93.5%
#     fr 42/46 = 91.3%; 42/46 = 91.3%    hi 41/45 = 91.1%; 42/46 = 91.3%    en 59/64 = 92.2%; 60/65 = 92.3%
#   after fix12 (general fixes from this round's misses; see tests/test_reading_rules_fix12.py), no unsafe approval:
#     es 53/53 = 100%;  55/55 = 100%     pt 48/48 = 100%;  49/49 = 100%     de 46/46 = 100%;  46/46 = 100%
#     fr 45/46 = 97.8%; 45/46 = 97.8%    hi 45/45 = 100%;  46/46 = 100%     en 64/64 = 100%;  65/65 = 100%
# fr-l01 is left: its expected answer reads "inv 75102" as LO-INV-75102, which section 8 does not allow ("no other
# correction is made"); the bot escalates the unknown reference to a person.
FLOORS4 = {
    "es": (1.0, 1.0),
    "pt": (1.0, 1.0),
    "de": (1.0, 1.0),
    "fr": (0.97, 0.97),
    "hi": (1.0, 1.0),
    "en": (1.0, 1.0),
}


# The fifth fresh round (tests/data/fresh5_<lang>/, 316 cases), written and checked the same way while the fourth
# round's misses were being fixed (fix12, without reading this one): the honest measure of the code as it stands.
# Measured (unambiguous; overall), no crash:
#   with fix10 and the first fix11 commits (main at 8727c23), ONE UNSAFE APPROVAL (en-o31, below):
#     es 47/55 = 85.5%; 48/56 = 85.7%    pt 40/50 = 80.0%; 41/52 = 78.8%    de 44/50 = 88.0%; 45/52 = 86.5%
#     fr 43/49 = 87.8%; 43/49 = 87.8%    hi 36/40 = 90.0%; 38/42 = 90.5%    en 58/62 = 93.5%; 59/63 = 93.7%
#   with all of fix10, fix11 and fix12 (main at 8275ee2), still ONE UNSAFE APPROVAL:
#     es 47/55 = 85.5%; 48/56 = 85.7%    pt 42/50 = 84.0%; 43/52 = 82.7%    de 44/50 = 88.0%; 45/52 = 86.5%
#     fr 44/49 = 89.8%; 44/49 = 89.8%    hi 37/40 = 92.5%; 39/42 = 92.9%    en 58/62 = 93.5%; 59/63 = 93.7%
#   en-o31 ("Would I get my deposit back?" as the subject over a body whose only question is conditional) was then
#   fixed in general terms (tests/test_reading_subject_question.py): en 59/62 = 95.2%; 60/63 = 95.2%, no unsafe
#   approval.  The other misses are left unread, so that this round stays a fair measure for the next fixes.
#   after fix13 (general fixes from this round's misses, tests/test_reading_rules_fix13_*.py) and fix14:
#     es 55/55 = 100.0%; 56/56 = 100.0%  pt 50/50 = 100.0%; 52/52 = 100.0%  de 50/50 = 100.0%; 51/52 = 98.1%
#     fr 49/49 = 100.0%; 49/49 = 100.0%  hi 40/40 = 100.0%; 42/42 = 100.0%  en 62/62 = 100.0%; 63/63 = 100.0%
#   (de-o22 is ambiguous: which date section 8's notice counts from.)
FLOORS5 = {
    "es": (1.0, 1.0),
    "pt": (1.0, 1.0),
    "de": (1.0, 0.98),
    "fr": (1.0, 1.0),
    "hi": (1.0, 1.0),
    "en": (1.0, 1.0),
}


# The sixth fresh round (tests/data/fresh6_<lang>/, 327 cases), written and checked the same way while the fifth
# round's misses were being fixed (fix13, by people who never read this one).
# Measured (unambiguous; overall), no crash:
#   on the code before fix13 (main at dcbf9da), ONE UNSAFE APPROVAL (fr-o20, below):
#     es 53/55 = 96.4%; 55/57 = 96.5%    pt 49/51 = 96.1%; 50/52 = 96.2%    de 48/52 = 92.3%; 50/54 = 92.6%
#     fr 46/49 = 93.9%; 49/52 = 94.2%    hi 46/47 = 97.9%; 47/48 = 97.9%    en 61/63 = 96.8%; 62/64 = 96.9%
#   after fix13 (made on the fifth round's misses only): the same figures, still ONE UNSAFE APPROVAL; fix13
#   fixed two of this round's cases (de-h13, es-o10) and broke two (de-h16, es-l15: English read inside
#   German and Spanish mail), repaired in fix14.
#   fr-o20 (a refund asked under "see below, do the needful" above our own forwarded invoice approved, the
#   invoice's text taken as the reason) was then fixed in general terms (tests/test_reading_rules_fix14.py).
#   after fix14 (general fixes from this round's misses, tests/test_reading_rules_fix14_*.py):
#     es 55/55 = 100.0%; 57/57 = 100.0%  pt 50/51 = 98.0%; 51/52 = 98.1%   de 52/52 = 100.0%; 54/54 = 100.0%
#     fr 49/49 = 100.0%; 52/52 = 100.0%  hi 46/47 = 97.9%; 47/48 = 97.9%   en 63/63 = 100.0%; 64/64 = 100.0%
#   Left: hi-o21 and pt-o12, a reason given after a comma in a short asking sentence (the wider rule that
#   read it took non-reasons elsewhere, so the bot asks for the reason instead: safe, but a needless question).
FLOORS6 = {
    "es": (1.0, 1.0),
    "pt": (0.98, 0.98),
    "de": (1.0, 1.0),
    "fr": (1.0, 1.0),
    "hi": (0.97, 0.97),
    "en": (1.0, 1.0),
}



# The seventh fresh round (tests/data/fresh7_<lang>/, 323 cases), written and checked the same way after fix14, by
# people who never read the code, and measured once on the final code of that session, before anyone read its
# misses (main at the merge of chk7c): the honest measure of fix13 and fix14.  No crash, no unsafe approval:
#     es 47/50 = 94.0%; 48/51 = 94.1%    pt 47/50 = 94.0%; 47/50 = 94.0%    de 49/50 = 98.0%; 53/54 = 98.1%
#     fr 50/50 = 100.0%; 52/54 = 96.3%   hi 44/47 = 93.6%; 44/47 = 93.6%    en 60/63 = 95.2%; 63/67 = 94.0%
# Its misses are left unread, so that it stays a fair measure for the next fixes.
FLOORS7 = {
    "es": (0.94, 0.94),
    "pt": (0.94, 0.94),
    "de": (0.98, 0.98),
    "fr": (1.0, 0.96),
    "hi": (0.93, 0.93),
    "en": (0.95, 0.94),
}

# Measured after fix15 (general fixes from the seventh round's misses): fresh7 100.0% unambiguous in every
# language (tests/test_reading_rules_fix15_*.py); FLOORS7 stays at the honest first measurement.

# The eighth fresh round (tests/data/fresh8_<lang>/, 329 cases), written and checked the same way, by people who
# never read the code.  Measured before its misses were read, on the code before fix15 and again after fix15
# (which never saw it): the same figures both times.  No crash, no unsafe approval:
#     es 52/53 = 98.1%; 54/55 = 98.2%    pt 52/53 = 98.1%; 54/55 = 98.2%    de 47/51 = 92.2%; 50/54 = 92.6%
#     fr 45/47 = 95.7%; 45/48 = 93.8%    hi 48/49 = 98.0%; 49/50 = 98.0%    en 64/65 = 98.5%; 66/67 = 98.5%
#   after fix16 (general fixes from this round's misses, tests/test_reading_rules_fix16_*.py):
#     es, pt, de, hi, en 100.0%; fr 47/47 = 100.0%; 47/48 = 97.9% (fr-o07 ambiguous)
FLOORS8 = {
    "es": (1.0, 1.0),
    "pt": (1.0, 1.0),
    "de": (1.0, 1.0),
    "fr": (1.0, 0.97),
    "hi": (1.0, 1.0),
    "en": (1.0, 1.0),
}

# The ninth fresh round (tests/data/fresh9_<lang>/, 302 cases), written and checked the same way while fix15 and
# fix16 were made, and measured before anyone read its misses: on the code before fix15, and on the final code
# (after fix15 and fix16), the honest measure of both passes.  No crash, no unsafe approval:
#   before fix15:
#     es 42/44 = 95.5%; 43/46 = 93.5%    pt 43/45 = 95.6%; 44/46 = 95.7%    de 48/48 = 100.0%; 49/49 = 100.0%
#     fr 43/47 = 91.5%; 43/47 = 91.5%    hi 46/48 = 95.8%; 47/49 = 95.9%    en 63/64 = 98.4%; 64/65 = 98.5%
#   final code (after fix15 and fix16): the same but fr 44/47 = 93.6%; 44/47 = 93.6%
# fix17 then read its misses (tuned to it): 100% unambiguous and overall in every language.
FLOORS9 = {
    "es": (1.0, 1.0),
    "pt": (1.0, 1.0),
    "de": (1.0, 1.0),
    "fr": (1.0, 1.0),
    "hi": (1.0, 1.0),
    "en": (1.0, 1.0),
}

# The tenth fresh round (tests/data/fresh10_<lang>/, 288 cases), written and checked the same way while fix17
# (from fresh9's misses) and pb17 (from the phrasebook, tests/data/phrasebook_<lang>/) were made, and measured
# before anyone read its misses: on the code before both passes, and on the final code.  No crash, no unsafe
# approval:
#   before fix17 and pb17:
#     es 43/44 = 97.7%; 44/45 = 97.8%    pt 42/44 = 95.5%; 42/44 = 95.5%    de 45/47 = 95.7%; 46/48 = 95.8%
#     fr 38/42 = 90.5%; 40/44 = 90.9%    hi 48/49 = 98.0%; 50/51 = 98.0%    en 60/62 = 96.8%; 61/63 = 96.8%
#   final code (after fix17 and pb17): the same but de 46/47 = 97.9%; 47/48 = 97.9% and fr 39/42 = 92.9%; 41/44 = 93.2%
# fix18 then read its misses (tuned to it): 100% unambiguous and overall in every language.
FLOORS10 = {
    "es": (1.0, 1.0),
    "pt": (1.0, 1.0),
    "de": (1.0, 1.0),
    "fr": (1.0, 1.0),
    "hi": (1.0, 1.0),
    "en": (1.0, 1.0),
}

# The eleventh fresh round (tests/data/fresh11_<lang>/, 280 cases), written and checked the same way while fix18
# (from fresh10's misses) was made, and measured before anyone read its misses, before and after fix18: the same
# figures both times (fix18 changed none of its readings).  No crash, no unsafe approval:
#     es 41/41 = 100.0%; 43/43 = 100.0%  pt 41/42 = 97.6%; 42/43 = 97.7%    de 41/45 = 91.1%; 42/46 = 91.3%
#     fr 41/41 = 100.0%; 43/43 = 100.0%  hi 45/45 = 100.0%; 45/45 = 100.0%  en 57/58 = 98.3%; 59/60 = 98.3%
# fix19 then read its misses (tuned to it): 100% unambiguous and overall in every language.
FLOORS11 = {
    "es": (1.0, 1.0),
    "pt": (1.0, 1.0),
    "de": (1.0, 1.0),
    "fr": (1.0, 1.0),
    "hi": (1.0, 1.0),
    "en": (1.0, 1.0),
}

# The twelfth fresh round (tests/data/fresh12_<lang>/, 345 cases), written and checked the same way while fix19
# (from fresh11's misses and the phrasebook) was made, and measured on the code before fix19, before anyone read
# its misses.  No crash, no unsafe approval:
#     es 45/47 = 95.7%; 46/49 = 93.9%    pt 57/61 = 93.4%; 57/61 = 93.4%    de 43/45 = 95.6%; 43/46 = 93.5%
#     fr 51/54 = 94.4%; 52/55 = 94.5%    hi 47/49 = 95.9%; 48/50 = 96.0%    en 73/77 = 94.8%; 74/79 = 93.7%
# fix20 then read its misses (tuned to it; fix19, made at the same time from fresh11 and the phrasebook, never
# read it): on the final code 100% unambiguous in every language; overall de 45/46 = 97.8%, en 78/79 = 98.7%,
# es 48/49 = 98.0%, the others 100% (the misses left are ambiguous cases).
FLOORS12 = {
    "es": (1.0, 0.97),
    "pt": (1.0, 1.0),
    "de": (1.0, 0.97),
    "fr": (1.0, 1.0),
    "hi": (1.0, 1.0),
    "en": (1.0, 0.98),
}

# The thirteenth fresh round (tests/data/fresh13_<lang>/, 337 cases), written and checked the same way while fix19
# and fix20 were made, and measured before anyone read its misses: on the code before both passes, and on the code
# after them (one French case apart, the same).  No crash; ONE unsafe approval (de-h12: an Apple Mail forward's
# quoted header line, cut at "27. September", taken as the reason an Optima deposit refund needs):
#   before fix19 and fix20:
#     es 54/55 = 98.2%; 54/55 = 98.2%    pt 52/54 = 96.3%; 52/54 = 96.3%    de 48/55 = 87.3%; 48/55 = 87.3%
#     fr 51/54 = 94.4%; 51/54 = 94.4%    hi 51/54 = 94.4%; 51/54 = 94.4%    en 59/64 = 92.2%; 60/65 = 92.3%
#   after fix19 and fix20 (unread): the same but fr 52/54 = 96.3%; 52/54 = 96.3%
# fix21 then read its misses (tuned to it; the unsafe approval fixed): es 98.2%, pt 98.1%, de 98.2%, fr 100%,
# hi 96.3%, en 96.9% (unambiguous; overall the same but en 63/65 = 96.9%).
# fix22a (stop 22) read its leftover misses: 100% in every language.
FLOORS13 = {lang: (1.0, 1.0) for lang in ("es", "pt", "de", "fr", "hi", "en")}

# The fourteenth fresh round (tests/data/fresh14_<lang>/, 369 cases), written by three QA writers from POLICY_SPEC.md
# alone at the start of stop 22 and checked by three second-pass checkers (no expected outcome changed; 17 ambiguity
# marks removed that L7, C1, C2 and section 8 settle), measured on main at 6d28766 before anyone read its misses.
# No crash; TWO unsafe approvals (es-h18, pt-h18: an Optima refund with no reason approved, a closing courtesy line
# "Quedo en espera de su pronta respuesta" / "Fico a aguardar as vossas notícias" taken as the reason):
#     es 57/59 = 96.6%; 57/59 = 96.6%    pt 54/57 = 94.7%; 55/58 = 94.8%    de 56/60 = 93.3%; 56/60 = 93.3%
#     fr 59/60 = 98.3%; 59/60 = 98.3%    hi 61/63 = 96.8%; 61/63 = 96.8%    en 63/68 = 92.6%; 64/69 = 92.8%
#   after fix22a (made at the same time from fresh13's leftovers and the phrasebook; never read fresh14): the same
#   but pt 55/57 = 96.5%; 56/58 = 96.6% and en 64/68 = 94.1%; 65/69 = 94.2% (the two unsafe approvals stay).
# fix22b and fix22c then read its misses (tuned to it; both unsafe approvals fixed: a sentence made only of courtesy
# words is never a reason): 100% in every language.
FLOORS14 = {lang: (1.0, 1.0) for lang in ("es", "pt", "de", "fr", "hi", "en")}


# The fifteenth fresh round (tests/data/fresh15_<lang>/, 360 cases: es 57, pt 53, de 67, fr 67, hi 50, en 66), written
# and checked the same way by three new QA writers and three new checkers (each folder's README.md and REVIEW.md; the
# checkers changed no decision).  Measured (unambiguous; overall), no crash, no unsafe approval:
#   before anyone read it (main at 6323f5a, the code at the start of this round's session):
#     es 55/57 = 96.5%; 55/57 = 96.5%    pt 52/53 = 98.1%; 52/53 = 98.1%    de 66/67 = 98.5%; 66/67 = 98.5%
#     fr 63/67 = 94.0%; 63/67 = 94.0%    hi 48/50 = 96.0%; 48/50 = 96.0%    en 64/65 = 98.5%; 65/66 = 98.5%
#   after fix23a and fix23b (breadth passes over the packs' vocabulary, made at the same time; never read it): the same
#   but hi 49/50 = 98.0%; 49/50 = 98.0% (short Hinglish mail now identified as Hindi).
# fix23c and fix23d then read its misses (tuned to it): 100% in every language.
FLOORS15 = {lang: (1.0, 1.0) for lang in ("es", "pt", "de", "fr", "hi", "en")}

# The sixteenth fresh round (tests/data/fresh16_<lang>/, 335 cases: es 54, pt 54, de 54, fr 54, hi 50, en 69), written
# and checked the same way by three new QA writers and three new checkers at the start of stop 24 (no decision changed;
# 6 ambiguity marks removed that L7, C4 and section 8 settle).  Measured (unambiguous; overall), no crash, no unsafe
# approval:
#   before anyone read it (main at 235d952, the code at the start of stop 24 but for one list of invoice separators):
#     es 48/53 = 90.6%; 49/54 = 90.7%    pt 53/54 = 98.1%; 53/54 = 98.1%    de 53/54 = 98.1%; 53/54 = 98.1%
#     fr 52/53 = 98.1%; 53/54 = 98.1%    hi 49/50 = 98.0%; 49/50 = 98.0%    en 65/69 = 94.2%; 65/69 = 94.2%
#   after xfer24a and xfer24b (constructions of earlier passes carried into every pack; never read it): the same.
# fix24a and fix24b then read its 14 misses (tuned to it): 100% in every language.
FLOORS16 = {lang: (1.0, 1.0) for lang in ("es", "pt", "de", "fr", "hi", "en")}

# The seventeenth fresh round (tests/data/fresh17_<lang>/, 346 cases: es 58, pt 57, de 54, fr 55, hi 57, en 65), written
# and checked the same way in stop 24 after fresh16 was measured, by three new QA writers (asked for more varied
# registers and constructions) and three new checkers (7 decisions changed by chk17b: a cancellation expected beside a
# refund where the customer asks for both; 5 ambiguity marks removed).  Measured (unambiguous; overall):
#   before anyone read it (main at 383a9ce: the start of stop 24 plus xfer24a/b):
#     es 56/58 = 96.6%; 56/58 = 96.6%    pt 52/57 = 91.2%; 52/57 = 91.2%    de 47/54 = 87.0%; 47/54 = 87.0%
#     fr 52/55 = 94.5%; 52/55 = 94.5%    hi 53/57 = 93.0%; 53/57 = 93.0%    en 55/65 = 84.6%; 55/65 = 84.6%
#     no crash; ONE unsafe approval (en-l57: an Optima deposit refund approved with "as per subject" / "please
#     process at the earliest" as its only reason).
#   after fix24a and fix24b (made from fresh16's misses; never read it): the same but es 57/58 = 98.3%.
# fix24c, fix24d, fix24e and fix24f then read its misses (tuned to it; the unsafe approval fixed in en, es and hi):
# 100% unambiguous in every language.  pt-o05 was marked ambiguous after the first run, on its checker's own flag
# (REVIEW.md): the code reads a refund alone where the checker expected an O8 cancel beside it.
FLOORS17 = {lang: (1.0, 1.0) for lang in ("es", "de", "fr", "hi", "en")} | {"pt": (1.0, 0.98)}

# The eighteenth fresh round (tests/data/fresh18_<lang>/, 368 cases: es 62, pt 62, de 56, fr 58, hi 57, en 73), written
# and checked the same way at the start of stop 25 by three new QA writers and three new checkers (no decision changed;
# 8 ambiguity marks removed that L7, O4 and section 8 settle).  Measured before anyone read it (main at 521c94d, the
# code at the end of stop 24), no ambiguous case, no crash:
#     es 56/62 = 90.3%    pt 62/62 = 100.0%    de 52/56 = 92.9%    fr 53/58 = 91.4%
#     hi 52/57 = 91.2%, ONE unsafe approval (hi-o18: an Optima deposit refund approved with "<project> ke liye" as
#     its only reason)    en 67/73 = 91.8%, one approval counted unsafe that was the expected answer's error: en-o22
#     expected the invoice reference asked for, but section 1 fills it from the ledger (the project has one payment);
#     corrected after the run (REVIEW.md), so en is 68/73 = 93.2% against the corrected answers.
# fix25a, fix25b and fix25c then read its misses (tuned to it; the unsafe family fixed in every pack by
# mailbot/reading/purpose.py): 100% in every language.
FLOORS18 = {lang: (1.0, 1.0) for lang in ("es", "pt", "de", "fr", "hi", "en")}

# The nineteenth fresh round (tests/data/fresh19_<lang>/, 370 cases: es 63, pt 63, de 61, fr 61, hi 54, en 68), written
# and checked the same way in stop 25 while fresh18's misses were being fixed, by three new QA writers and three new
# checkers (no decision changed; 4 ambiguity marks removed that L7 settles; extra_ok checked case by case).  Measured
# before anyone read it, no ambiguous case, no crash:
#   the code at the start of stop 25 (9c57419: 521c94d with six modules split, no reading changed):
#     es 60/63 = 95.2%    pt 62/63 = 98.4%    de 59/61 = 96.7%    fr 58/61 = 95.1%, ONE unsafe approval (fr-o20: an
#     Optima deposit refund approved with the amount restated in words, "soit quatorze mille", as its reason)
#     hi 51/54 = 94.4%    en 64/68 = 94.1%
#   after fix25a-c (made from fresh18's misses; never read it): the same 16 misses, case for case.
# fix26a, fix26b and fix26c then read its misses (tuned to it; number words count as figures in purpose.py, every
# pack): 100% in every language.
FLOORS19 = {lang: (1.0, 1.0) for lang in ("es", "pt", "de", "fr", "hi", "en")}

# The twentieth fresh round (tests/data/fresh20_<lang>/, 351 cases: es 56, pt 57, de 55, fr 57, hi 52, en 74), written
# and checked the same way at the start of stop 26 by three new QA writers and three new checkers (no decision
# changed; one ambiguity mark removed that C4 settles; the four C4 cases given C4 among their top-level rules before
# the first run).  Measured before anyone read it (main at 85f7b8a: the code at the end of stop 25), no crash, no
# unsafe approval:
#     es 56/56 = 100.0%    pt 56/57 = 98.2%    de 54/55 = 98.2%    fr 54/57 = 94.7%    hi 49/52 = 94.2%
#     en 70/74 = 94.6%
#   fix27l (older known bugs, never read this round) alone: the same 12 misses.
# fix27a and fix27c then read its misses (tuned to it; the invoice of a verified LeadsOptima sender's only charge is
# filled from the ledger, POLICY_SPEC section 1, which corrected five earlier expected answers: see their REVIEW.md):
# 100% in every language.
FLOORS20 = {lang: (1.0, 1.0) for lang in ("es", "pt", "de", "fr", "hi", "en")}

# The twenty-first fresh round (tests/data/fresh21_<lang>/, 347 cases: es 56, pt 57, de 56, fr 56, hi 55, en 67),
# written and checked the same way in stop 26 after fix27a/c/l were merged, by three new QA writers and three new
# checkers (no decision changed; 3 ambiguity marks removed that L7 and section 8 settle).  Measured before anyone
# read it, on the code of the end of stop 26's fix27 passes (main at 4b6b8de), no crash, no unsafe approval:
#     es 56/56 = 100.0%    pt 57/57 = 100.0%    de 53/56 = 94.6%    fr 53/56 = 94.6%    hi 53/55 = 96.4%
#     en 63/67 = 94.0%
# fix28a and fix28c then read its misses (tuned to it): 100% in every language.
FLOORS21 = {lang: (1.0, 1.0) for lang in ("es", "pt", "de", "fr", "hi", "en")}

# The twenty-second fresh round (tests/data/fresh22_<lang>/, 353 cases: es 53, pt 56, de 62, fr 60, hi 56, en 66),
# written and checked the same way at the start of stop 27 by three new QA writers and three new checkers (no
# decision changed by the es/pt and de/fr checkers; the hi/en checker required a cancellation beside 11 Optima
# refunds, two of which (en-o02, hi-o02, one-off deposits) the lead put back to the writer's extra_ok after the first
# run, following fix13: see their REVIEW.md).  Measured before anyone read it, on the code of the end of stop 26
# (da80efb), no crash, no unsafe approval:
#     es 51/53 = 96.2%    pt 55/56 = 98.2%    de 59/62 = 95.2%    fr 56/60 = 93.3%    hi 55/56 = 98.2%
#     en 66/66 = 100.0%   (with the checker's two answers: hi 54/56 = 96.4%, en 65/66 = 98.5%)
#   after fix29l and xfer29 (older known bugs, never read this round): the same, except hi 54/56 (hi-l24, a receipt's
#   narrower scope let its "Re:" subject ask again).
# fix30a, fix30b and fix30c then read its misses (tuned to it): 100% in every language.
FLOORS22 = {lang: (1.0, 1.0) for lang in ("es", "pt", "de", "fr", "hi", "en")}


ROUNDS = {  # folder prefix: (title, floors)
    "fresh": ("fresh round", FLOORS),
    "fresh2": ("second fresh round", FLOORS2),
    "fresh3": ("third fresh round", FLOORS3),
    "fresh4": ("fourth fresh round", FLOORS4),
    "fresh5": ("fifth fresh round", FLOORS5),
    "fresh6": ("sixth fresh round", FLOORS6),
    "fresh7": ("seventh fresh round", FLOORS7),
    "fresh8": ("eighth fresh round", FLOORS8),
    "fresh9": ("ninth fresh round", FLOORS9),
    "fresh10": ("tenth fresh round", FLOORS10),
    "fresh11": ("eleventh fresh round", FLOORS11),
    "fresh12": ("twelfth fresh round", FLOORS12),
    "fresh13": ("thirteenth fresh round", FLOORS13),
    "fresh14": ("fourteenth fresh round", FLOORS14),
    "fresh15": ("fifteenth fresh round", FLOORS15),
    "fresh16": ("sixteenth fresh round", FLOORS16),
    "fresh17": ("seventeenth fresh round", FLOORS17),
    "fresh18": ("eighteenth fresh round", FLOORS18),
    "fresh19": ("nineteenth fresh round", FLOORS19),
    "fresh20": ("twentieth fresh round", FLOORS20),
    "fresh21": ("twenty-first fresh round", FLOORS21),
    "fresh22": ("twenty-second fresh round", FLOORS22),
}


@pytest.mark.parametrize("folder, lang", [(f, lang) for f, (_, floors) in ROUNDS.items() for lang in sorted(floors)])
def test_heldout_fresh(capsys, folder, lang):
    title, floors = ROUNDS[folder]
    floor_unamb, floor_all = floors[lang]
    check_round(capsys, ROOT / "tests" / "data" / f"{folder}_{lang}", f"{title} {NAMES[lang]} ({lang})",
                floor_unamb, floor_all)
