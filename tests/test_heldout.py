"""Held-out round 1: cases written from POLICY_SPEC alone (tests/data/heldout/)."""

from tests.heldout import ROOT, check_round

# Regression floors (fraction of cases fully right); set a little below what the bot achieves.
FLOOR_UNAMBIGUOUS = 0.98
FLOOR_OVERALL = 0.96


def test_heldout_cases(capsys):
    check_round(capsys, ROOT / "tests" / "data" / "heldout", "held-out", FLOOR_UNAMBIGUOUS, FLOOR_OVERALL)
