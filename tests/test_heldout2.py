"""Held-out round 2: messy real-world mail, written from POLICY_SPEC alone (tests/data/heldout2/)."""

from tests.heldout import ROOT, check_round

# Regression floors (fraction of cases fully right); set a little below what the bot achieves
# (round 2 baseline before its fixes: unambiguous 62/76, overall 68/88, 3 unsafe approvals).
# Raised after the language-pack reading fixes (branch accuracy): unambiguous 75/76 = 98.7% -> 76/76 (m47, "we dont
# use it anymore", has its reason), overall 83/88 = 94.3% -> 87/88 = 98.9% (m22, o20: unknown senders get C2).
FLOOR_UNAMBIGUOUS = 1.0
FLOOR_OVERALL = 0.98


def test_heldout2_cases(capsys):
    check_round(capsys, ROOT / "tests" / "data" / "heldout2", "held-out round 2", FLOOR_UNAMBIGUOUS, FLOOR_OVERALL)
