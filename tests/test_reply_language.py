"""Replies in the customer's language (unit tests of the drafting step)."""

from __future__ import annotations

import shutil
from datetime import date
from decimal import Decimal

from mailbot.clock import FixedClock
from mailbot.drafting.build import long_date, money
from mailbot.drafting.language import formatting_locale
from mailbot.pipeline import Triage
from tests.helpers import LO_ADDRESS, config, inbound, ist, ledger

# Lucía is on record (a sender the ledger does not know is asked to write from the registered address, C2).
LEDGER = {"customers": [{"brand": "leadsoptima", "email": "lucia@ejemplo.es", "name": "Lucía", "plan": "monthly",
                         "status": "active", "trial_ends": None, "current_period_start": None,
                         "current_period_end": None}], "projects": [], "payments": []}
TRIAGE = Triage(config(), ledger(LEDGER), clock=FixedClock(ist(2025, 7, 8, 10, 0)))


def draft_for(body: str, subject: str = "Hola"):
    msg = inbound("lucia@ejemplo.es", LO_ADDRESS, subject, ist(2025, 7, 8, 9, 0), body)
    return TRIAGE.decide([msg])


def test_a_spanish_request_gets_a_spanish_reply_asking_for_what_is_missing():
    result = draft_for("Hola, me cobraron dos veces la suscripción. Quiero un reembolso, por favor.")
    assert result.verdict.status == "need_info"
    assert result.draft.template == "leadsoptima/es/need_info"
    assert result.draft.body.startswith("Hola:")
    assert "Entendemos que desea un reembolso" in result.draft.body
    assert "el número de factura del cobro" in result.draft.body
    assert "Saludos cordiales" in result.draft.body


def test_staff_can_draft_the_same_reply_in_the_default_language():
    result = draft_for("Hola, me cobraron dos veces la suscripción. Quiero un reembolso, por favor.")
    english = TRIAGE.drafter.draft(result.case, result.extraction, result.verdict,
                                   TRIAGE.config.brands["leadsoptima"], TRIAGE.clock.now(), language="default")
    assert english.template == "leadsoptima/need_info"
    assert "We understand you would like a refund" in english.body


def test_a_language_without_templates_is_answered_in_the_default_language(tmp_path):
    shutil.copytree(TRIAGE.config.templates_dir, tmp_path / "templates",
                    ignore=lambda folder, names: ["de"] if "de" in names else [])
    cfg = config()
    cfg.templates_dir = tmp_path / "templates"
    triage = Triage(cfg, clock=TRIAGE.clock)
    msg = inbound("lena@beispiel.de", LO_ADDRESS, "Hallo", ist(2025, 7, 8, 9, 0),
                  "Hallo, mir wurde der Betrag doppelt abgebucht. Ich möchte eine Rückerstattung.")
    result = triage.decide([msg])
    assert result.extraction.language == "de"
    # Lena is not on record, so the reply asks her to write from the address on record (C2, section 8), and with
    # no German templates it is the brand's default-language one, not a de/ template.
    assert result.draft.template == "leadsoptima/verify_sender"


def test_money_and_dates_follow_the_reply_locale():
    assert money(Decimal("1499"), "EUR") == "EUR 1,499.00"
    with formatting_locale("de"):
        assert money(Decimal("1499"), "EUR") == "1.499,00\xa0€"
        assert long_date(date(2025, 10, 20)) == "Montag, 20. Oktober 2025"
    with formatting_locale("es"):
        assert long_date(date(2025, 10, 20)) == "lunes, 20 de octubre de 2025"
    assert long_date(date(2025, 10, 20)) == "Monday, 20 October 2025"
