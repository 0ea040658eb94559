"""Held-out round 2: messy real-world mail, written from POLICY_SPEC alone (tests/data/heldout2/)."""

from tests.heldout import ROOT, check_round

# Regression floors (fraction of cases fully right); set a little below what the bot achieves
# (round 2 baseline before its fixes: unambiguous 62/76, overall 68/88, 3 unsafe approvals).
FLOOR_UNAMBIGUOUS = 0.98
FLOOR_OVERALL = 0.94


def test_heldout2_cases(capsys):
    check_round(capsys, ROOT / "tests" / "data" / "heldout2", "held-out round 2", FLOOR_UNAMBIGUOUS, FLOOR_OVERALL)
