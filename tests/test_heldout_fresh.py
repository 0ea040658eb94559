"""The fresh held-out rounds: mail nobody tuned to (tests/data/fresh<N>_<lang>/).

Each round was written by independent QA passes that read POLICY_SPEC.md, the published policies, the ledger format
and the harness only (never mailbot's code or its answers); a second, independent QA pass then checked every
expected answer (each folder's REVIEW.md) before mailbot was run on it.  So a round's first run is the honest
measure of how well mailbot reads Spanish, Portuguese, German, French, Hindi/Hinglish and hard English mail; what was
measured on each round, first run and after, is kept in docs/heldout_rounds.md.

Each language of a round is one run of the harness (tests/heldout.py check_round): it prints the mismatches and the
accuracy (unambiguous and overall), and asserts no crash, no unsafe approval on an unambiguous case, and the floors
below (the accuracy measured last, rounded down: they guard against regressions).
"""

from __future__ import annotations

import pytest

from tests.heldout import ROOT, check_round

LANGUAGES = ("es", "pt", "de", "fr", "hi", "en")
NAMES = {"es": "Spanish", "pt": "Portuguese", "de": "German", "fr": "French", "hi": "Hindi / Hinglish",
         "en": "hard English"}
FULL = (1.0, 1.0)

# folder prefix: (title, floors below 100% as {lang: (unambiguous, overall)}); every other language is FULL.
# Why a floor is below 100% is written in docs/heldout_rounds.md under the round's name.
ROUNDS = {
    "fresh": ("fresh round", {"es": (1.0, 0.96)}),
    "fresh2": ("second fresh round", {}),
    "fresh3": ("third fresh round", {}),
    "fresh4": ("fourth fresh round", {"fr": (0.97, 0.97)}),
    "fresh5": ("fifth fresh round", {"de": (1.0, 0.98)}),
    "fresh6": ("sixth fresh round", {"pt": (0.98, 0.98), "hi": (0.97, 0.97)}),
    "fresh7": ("seventh fresh round", {"es": (0.94, 0.94), "pt": (0.94, 0.94), "de": (0.98, 0.98),
                                       "fr": (1.0, 0.96), "hi": (0.93, 0.93), "en": (0.95, 0.94)}),
    "fresh8": ("eighth fresh round", {"fr": (1.0, 0.97)}),
    "fresh9": ("ninth fresh round", {}),
    "fresh10": ("tenth fresh round", {}),
    "fresh11": ("eleventh fresh round", {}),
    "fresh12": ("twelfth fresh round", {"es": (1.0, 0.97), "de": (1.0, 0.97), "en": (1.0, 0.98)}),
    "fresh13": ("thirteenth fresh round", {}),
    "fresh14": ("fourteenth fresh round", {}),
    "fresh15": ("fifteenth fresh round", {}),
    "fresh16": ("sixteenth fresh round", {}),
    "fresh17": ("seventeenth fresh round", {"pt": (1.0, 0.98)}),
    "fresh18": ("eighteenth fresh round", {}),
    "fresh19": ("nineteenth fresh round", {}),
    "fresh20": ("twentieth fresh round", {}),
    "fresh21": ("twenty-first fresh round", {}),
    "fresh22": ("twenty-second fresh round", {}),
    "fresh23": ("twenty-third fresh round", {}),
    "fresh24": ("twenty-fourth fresh round", {}),
    "fresh25": ("twenty-fifth fresh round", {}),
    "fresh26": ("twenty-sixth fresh round", {}),
    "fresh27": ("twenty-seventh fresh round", {}),
    "fresh28": ("twenty-eighth fresh round", {}),
    "fresh29": ("twenty-ninth fresh round", {"fr": (1.0, 0.98)}),  # fr-l37 ambiguous (a lawyer's signature): escalated
    "fresh30": ("thirtieth fresh round", {}),
    "fresh31": ("thirty-first fresh round", {}),
    "fresh32": ("thirty-second fresh round", {}),
    "fresh33": ("thirty-third fresh round", {}),
    "fresh34": ("thirty-fourth fresh round", {}),
    "fresh35": ("thirty-fifth fresh round", {}),
    "fresh36": ("thirty-sixth fresh round", {}),
    "fresh37": ("thirty-seventh fresh round", {}),
    "fresh38": ("thirty-eighth fresh round", {"es": (1.0, 0.98), "pt": (1.0, 0.98)}),  # es/pt-o27 ambiguous (O8 with a refund asked)
}


def floors(folder: str, lang: str) -> tuple[float, float]:
    """The (unambiguous, overall) floors of one language of one round."""
    return ROUNDS[folder][1].get(lang, FULL)


@pytest.mark.parametrize("folder, lang", [(f, lang) for f in ROUNDS for lang in sorted(LANGUAGES)])
def test_heldout_fresh(capsys, folder, lang):
    floor_unamb, floor_all = floors(folder, lang)
    check_round(capsys, ROOT / "tests" / "data" / f"{folder}_{lang}", f"{ROUNDS[folder][0]} {NAMES[lang]} ({lang})",
                floor_unamb, floor_all)
