"""The drafting step: which reply a case gets and what each reply says."""

from __future__ import annotations

import copy
import dataclasses
import re
import shutil
from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path

import pytest

from mailbot.config import load_config
from mailbot.drafting import Drafter, check_templates, reply_subject
from mailbot.drafting.build import long_date, money
from mailbot.drafting.context import context_table, with_table
from mailbot.errors import TemplateError
from mailbot.models import CANCELLATION, REFUND, Case, Decision, Extraction, Fields, InboundMessage, Verdict

ROOT = Path(__file__).parents[1]
DEFAULTS = ROOT / "mailbot" / "defaults"
CONFIG = DEFAULTS / "config" / "mailbot.toml"
# Friday 17 October 2025, 15:30 in Asia/Kolkata; 21 and 22 October are configured holidays.
NOW = datetime(2025, 10, 17, 10, 0, tzinfo=timezone.utc)
RULE_ID = re.compile(r"\b[CLO]\d\b")


@pytest.fixture(scope="module")
def config():
    return load_config(CONFIG)


@pytest.fixture(scope="module")
def drafter(config):
    return Drafter(config)


@pytest.fixture(scope="module")
def lo(config):
    return config.brands["leadsoptima"]


@pytest.fixture(scope="module")
def owd(config):
    return config.brands["optima_webdesign"]


def message(name="Asha Rao", subject="Charged twice", sender="asha@example.in", reply_to=None):
    return InboundMessage(
        sender=sender, sender_name=name, recipients=("support@leadsoptima.com",), subject=subject,
        date=NOW, message_id="<1@example.in>", in_reply_to=None, references=(), text="Hi", new_text="Hi",
        reply_to=reply_to,
    )


def case(reference="LO-1042", **kw):
    return Case([message(**kw)], "leadsoptima", reference=reference)


def lo_fields(**kw):
    values = dict(registered_email="asha@example.in", plan="annual", reason="I was charged twice",
                  reason_code="duplicate_payment", invoice_number="LO-INV-1001")
    values.update(kw)
    return Fields(**values)


def extraction(fields=None, intents=(REFUND,)):
    return Extraction(fields or lo_fields(), set(intents))


def approve(amount="11988.00", **kw):
    return Decision(REFUND, "approve", ["L2", "L3", "L4"], amount=Decimal(amount), currency="INR", **kw)


def cancel(last_day=date(2025, 8, 31), **kw):
    return Decision(CANCELLATION, "cancel", ["L8"], effective_date=last_day, **kw)


def decided(*decisions, rules=()):
    return Verdict("decided", list(rules), decisions=list(decisions))


def draft(drafter, brand, verdict, fields=None, intents=None, the_case=None, now=NOW):
    intents = intents or {d.intent for d in verdict.decisions} or {REFUND}
    return drafter.draft(the_case or case(), extraction(fields, intents), verdict, brand, now)


# -- which reply --------------------------------------------------------------

@pytest.mark.parametrize("status", ["ignore", "other"])
def test_ignored_and_other_cases_get_no_draft(drafter, lo, status):
    assert draft(drafter, lo, Verdict(status, ["C7"])) is None


@pytest.mark.parametrize("decisions, expected", [
    ([approve()], "refund_approved"),
    ([Decision(REFUND, "deny", ["L1"], clause="L1")], "refund_denied"),
    ([Decision(REFUND, "escalate", ["L5"])], "refund_escalated"),
    ([cancel()], "cancel_confirmed"),
    ([Decision(CANCELLATION, "escalate", ["O4"])], "cancel_escalated"),
    ([approve(), cancel()], "refund_and_cancel"),
])
def test_template_follows_the_decisions(drafter, lo, decisions, expected):
    assert draft(drafter, lo, decided(*decisions)).template == f"leadsoptima/{expected}"


def test_need_info_templates(drafter, lo):
    assert draft(drafter, lo, Verdict("need_info", ["C2"], missing=["registered_email"])).template \
        == "leadsoptima/verify_sender"
    assert draft(drafter, lo, Verdict("need_info", ["C3"], missing=["plan"])).template == "leadsoptima/need_info"


def test_reply_goes_to_the_recipient_it_is_given_never_to_reply_to(drafter, lo):
    """(fix46t) The drafter picks no recipient: the caller passes the verified one (the pipeline's
    reply_address), so no draft is built addressed to an unverified sender, even for a moment."""
    verdict = decided(cancel())
    the_case = case(reply_to="billing@asha.example")
    assert draft(drafter, lo, verdict, the_case=the_case).to is None
    told = drafter.draft(the_case, extraction(None, {CANCELLATION}), verdict, lo, NOW, to="asha@example.in")
    assert told.to == "asha@example.in"


def test_the_pipeline_addresses_the_sender_never_reply_to(config):
    from mailbot.pipeline import Triage
    from tests.helpers import LO_ADDRESS, inbound, ist

    msg = inbound("Asha <asha@example.in>", LO_ADDRESS, "Cancel", ist(2025, 9, 29, 9, 0),
                  "Hi,\n\nplease cancel my monthly plan.\n\nAsha", Reply_To="billing@asha.example")
    got = Triage(config).decide([msg])
    assert got.draft is not None and got.draft.to == got.recipient == "asha@example.in"


# -- what each reply says ------------------------------------------------------

def test_every_reply_greets_by_name_and_signs(drafter, lo, owd):
    named = draft(drafter, lo, decided(cancel()))
    assert named.body.startswith("Hello Asha Rao,\n")
    assert named.body.rstrip().endswith(lo.signature)
    anonymous = drafter.draft(case(name=""), extraction(), decided(approve()), owd, NOW)
    assert anonymous.body.startswith("Hello,\n")
    assert anonymous.body.rstrip().endswith(owd.signature)


def test_approved_refund_states_amount_currency_and_payment_method(drafter, lo):
    body = draft(drafter, lo, decided(approve("11988"))).body
    assert "INR 11,988.00" in body
    assert "original payment method" in body
    assert "tax" in body
    assert "Thursday" not in body  # LeadsOptima promises no O7 dates


def test_money_is_rounded_half_up_with_separators():
    assert money(Decimal("1234567.005"), "INR") == "INR 1,234,567.01"
    assert money(Decimal("9900"), "USD") == "USD 9,900.00"
    assert money(Decimal("120000"), "JPY") == "JPY 120,000"


def test_o7_dates_skip_weekend_and_holidays(drafter, owd):
    body = drafter.draft(case(), extraction(), decided(approve("20000.00")), owd, NOW).body
    # From Friday 17 October: Mon 20 is day 1, Tue 21 and Wed 22 are holidays,
    # Sat/Sun 25-26 are skipped, so day 7 is Thursday 30 October and day 10
    # is Tuesday 4 November; credit 5 business days after the first (Wed 5 Nov
    # is a holiday) and 15 after the last.
    assert "between Thursday, 30 October 2025 and Tuesday, 4 November 2025" in body
    assert "between Friday, 7 November 2025 and Wednesday, 26 November 2025" in body
    assert "INR 20,000.00" in body


def test_o7_dates_move_when_holidays_are_removed(config, owd):
    no_holidays = copy.copy(owd)
    no_holidays.holidays = ()
    body = Drafter(config).draft(case(), extraction(), decided(approve()), no_holidays, NOW).body
    assert "between Tuesday, 28 October 2025 and Friday, 31 October 2025" in body


def test_o7_dates_use_the_brand_time_zone(drafter, owd):
    # 20:00 UTC on Thursday 16 October is already Friday 01:30 in Kolkata: the
    # count starts on Friday 17 (counted in UTC it would start on Thursday and
    # the first date would be Wednesday 29).
    late = datetime(2025, 10, 16, 20, 0, tzinfo=timezone.utc)
    body = drafter.draft(case(), extraction(), decided(approve()), owd, late).body
    assert "between Thursday, 30 October 2025 and Tuesday, 4 November 2025" in body
    early = datetime(2025, 10, 16, 18, 0, tzinfo=timezone.utc)  # Thursday 23:30 in Kolkata
    body = drafter.draft(case(), extraction(), decided(approve()), owd, early).body
    assert "between Wednesday, 29 October 2025 and Monday, 3 November 2025" in body


def test_denial_cites_policy_and_quotes_the_clause(drafter, lo, owd):
    body = draft(drafter, lo, decided(Decision(REFUND, "deny", ["L3"], clause="L3"))).body
    assert lo.policy_name in body
    assert f'"{lo.clause("L3")}"' in body
    assert lo.self_serve_path not in body
    body = drafter.draft(case(), extraction(), decided(Decision(REFUND, "deny", ["O6"], clause="O6")),
                         owd, NOW).body
    assert f'"{owd.clause("O6")}"' in body and owd.policy_name in body


def test_l1_denial_offers_cancellation_and_says_how(drafter, lo):
    verdict = decided(Decision(REFUND, "deny", ["L1"], clause="L1", offer_cancellation=True))
    body = draft(drafter, lo, verdict).body
    assert f'"{lo.clause("L1")}"' in body
    assert "cancel your plan instead" in body
    assert lo.self_serve_path in body


def test_verify_sender_reveals_nothing_about_the_account(drafter, lo, owd):
    secrets = lo_fields(plan="quarterly", invoice_number="LO-INV-7781", registered_email="asha.rao@corp.example",
                        reason="charged twice on 3 July for 11988")
    verdict = Verdict("need_info", ["C2"], missing=["registered_email"],
                      decisions=[approve("11988.00", effective_date=date(2025, 7, 3))])
    ex = Extraction(secrets, {REFUND, CANCELLATION}, stated_email="asha.rao@corp.example",
                    mentioned_amounts=(Decimal("11988.00"),), mentioned_dates=(date(2025, 7, 3),))
    body = drafter.draft(case(), ex, verdict, lo, NOW).body
    for secret in ("quarterly", "LO-INV-7781", "asha.rao@corp.example", "11988", "11,988", "INR", "July",
                   "charged twice", "refund"):
        assert secret.lower() not in body.lower(), secret
    assert not re.search(r"\d", body.replace(lo.display_name, ""))
    assert "registered email address" in body
    owd_body = drafter.draft(case(), ex, verdict, owd, NOW).body
    assert "contract email address" in owd_body


def test_need_info_names_each_missing_field_and_repeats_what_we_know(drafter, lo, owd):
    fields = lo_fields(plan=None, invoice_number=None)
    body = draft(drafter, lo, Verdict("need_info", ["C3"], missing=["plan", "invoice_number"]), fields=fields).body
    assert "- your plan (monthly, quarterly or annual)" in body
    assert "- the invoice number of the charge" in body
    assert "Reason: I was charged twice" in body
    assert "Registered email: asha@example.in" in body
    assert "the reason for your request" not in body  # not missing, not asked
    assert "a refund" in body
    empty = Fields()
    verdict = Verdict("need_info", ["C3"], missing=["contract_email", "project_name", "invoice_number", "reason"])
    body = drafter.draft(case(), Extraction(empty, {CANCELLATION}), verdict, owd, NOW).body
    for words in ("the email address on your contract with us", "the name of your project",
                  "the invoice, PO or payment reference", "the reason for your request"):
        assert f"- {words}" in body
    assert "understood so far" not in body
    assert "to cancel" in body


def test_escalation_promises_a_person_and_dispute_is_asked_politely(drafter, lo, owd):
    plain = draft(drafter, lo, decided(Decision(REFUND, "escalate", ["L6"]))).body
    assert lo.promised_response in plain
    assert "bank" not in plain
    dispute = drafter.draft(case(), extraction(), decided(Decision(REFUND, "escalate", ["C4"]), rules=["C4"]),
                            owd, NOW).body
    assert owd.promised_response in dispute
    assert "resolve this with you directly" in dispute
    for threat in ("suspen", "debt", "collection", "legal action"):
        assert threat not in dispute.lower()


def test_lo_cancellation_states_last_day_no_charges_no_partial_refund_and_self_serve(drafter, lo):
    body = draft(drafter, lo, decided(cancel()), fields=lo_fields(reason=None)).body
    assert "Sunday, 31 August 2025" in body
    assert "No further charges" in body
    assert "partial refunds for unused days" in body
    assert lo.self_serve_path in body
    assert "why you decided to leave" in body
    with_reason = draft(drafter, lo, decided(cancel())).body
    assert "why you decided" not in with_reason


def test_optima_retainer_cancelled_late_says_next_cycle_is_billed(drafter, owd):
    fields = Fields(contract_email="ops@acme.example", project_name="Acme Storefront", invoice_number="OWD-2025-014",
                    reason="moving in-house.")
    verdict = decided(cancel(date(2025, 11, 30), next_cycle_billed=True))
    body = drafter.draft(case(), Extraction(fields, {CANCELLATION}), verdict, owd, NOW).body
    assert "next cycle will be billed" in body
    assert f"{owd.retainer_notice_days} days" in body
    assert "Sunday, 30 November 2025" in body
    assert "Acme Storefront" in body and "OWD-2025-014" in body and '"moving in-house".' in body
    on_time = drafter.draft(case(), Extraction(fields, {CANCELLATION}), decided(cancel(date(2025, 10, 31))),
                            owd, NOW).body
    assert "billed" not in on_time and "Friday, 31 October 2025" in on_time


def test_refund_and_cancel_is_one_reply_with_both_parts(drafter, lo):
    verdict = decided(approve(), cancel())
    body = draft(drafter, lo, verdict).body
    assert "INR 11,988.00" in body and "original payment method" in body
    assert "Sunday, 31 August 2025" in body and "No further charges" in body
    assert body.count(lo.signature) == 1 and body.count("Hello") == 1
    denied = decided(Decision(REFUND, "deny", ["L1"], clause="L1", offer_cancellation=True), cancel())
    body = draft(drafter, lo, denied).body
    assert f'"{lo.clause("L1")}"' in body
    assert "cancel your plan instead" not in body  # they are cancelling already


def test_no_reply_shows_rule_ids(config, drafter):
    from mailbot.drafting import sample_cases

    for brand in config.brands.values():
        for s in sample_cases(brand):
            body = drafter.draft(s.case, s.extraction, s.verdict, brand, NOW).body
            assert not RULE_ID.search(body), (brand.name, s.label, RULE_ID.search(body))
            assert "{{" not in body and "{%" not in body and "\n\n\n" not in body


def test_long_date_format():
    assert long_date(date(2025, 10, 20)) == "Monday, 20 October 2025"


def test_naive_now_is_refused(drafter, lo):
    with pytest.raises(ValueError):
        draft(drafter, lo, decided(cancel()), now=datetime(2025, 10, 17, 10, 0))


# -- subject ------------------------------------------------------------------

@pytest.mark.parametrize("original, reference, expected", [
    ("Charged twice", "LO-1042", "Re: Charged twice [LO-1042]"),
    ("Re: Charged twice", "LO-1042", "Re: Charged twice [LO-1042]"),
    ("RE: re:Re[2]: Charged twice", "LO-1042", "Re: Charged twice [LO-1042]"),
    ("Re: Charged twice [LO-1042]", "LO-1042", "Re: Charged twice [LO-1042]"),
    ("Charged [lo-1042] twice", "LO-1042", "Re: Charged [lo-1042] twice"),
    ("Charged\r\n twice\n", "LO-1042", "Re: Charged twice [LO-1042]"),
    ("", "LO-1042", "Re: Your request [LO-1042]"),
    ("Charged twice", None, "Re: Charged twice"),
    ("Fwd: invoice", None, "Re: Fwd: invoice"),
])
def test_reply_subject(original, reference, expected):
    assert reply_subject(original, reference) == expected


def test_long_subject_is_cut_on_a_word_and_keeps_the_reference():
    original = " ".join(["refund"] * 60)
    subject = reply_subject(original, "OWD-1042")
    assert len(subject) <= 150
    assert subject.endswith("… [OWD-1042]")
    assert subject.removeprefix("Re: ").removesuffix("… [OWD-1042]").split(" ")[-1] == "refund"


# -- template problems --------------------------------------------------------

@pytest.fixture
def broken_dir(tmp_path):
    shutil.copytree(DEFAULTS / "templates", tmp_path / "templates")
    return tmp_path / "templates"


def with_templates(config, folder, overrides=None):
    return dataclasses.replace(config, templates_dir=folder, template_overrides=overrides)


def test_undefined_variable_names_file_and_line(config, lo, broken_dir):
    target = broken_dir / "leadsoptima" / "refund_approved.txt.j2"
    target.write_text('{% extends "layout.txt.j2" %}\n{% block body %}\nline two\n{{ refund.amout }}\n'
                      '{% endblock %}\n')
    with pytest.raises(TemplateError) as e:
        Drafter(with_templates(config, broken_dir)).draft(case(), extraction(), decided(approve()), lo, NOW)
    line = str(e.value)
    assert "\n" not in line
    assert f"{target}:4:" in line and "amout" in line


def test_undefined_variable_in_a_shared_partial(config, lo, broken_dir):
    target = broken_dir / "_shared" / "part_dispute.txt.j2"
    target.write_text("Please talk to us first.\n{{ brand.phone }}\n")
    verdict = decided(Decision(REFUND, "escalate", ["C4"]), rules=["C4"])
    with pytest.raises(TemplateError, match=re.escape(f"{target}:2: undefined variable") + ".*phone"):
        Drafter(with_templates(config, broken_dir)).draft(case(), extraction(), verdict, lo, NOW)


def test_syntax_error_names_file_and_line(config, lo, tmp_path):
    overrides = tmp_path / "overrides"
    (overrides / "leadsoptima").mkdir(parents=True)
    target = overrides / "leadsoptima" / "cancel_confirmed.txt.j2"
    target.write_text("Hello\n\n{% if cancellation %}\nunclosed\n")
    with pytest.raises(TemplateError) as e:
        Drafter(with_templates(config, DEFAULTS / "templates", overrides)).draft(
            case(), extraction(), decided(cancel()), lo, NOW)
    assert "\n" not in str(e.value)
    assert str(e.value).startswith(f"{target}:") and "syntax error" in str(e.value)


def test_override_folder_replaces_the_shipped_template(config, lo, tmp_path):
    overrides = tmp_path / "overrides"
    (overrides / "_shared").mkdir(parents=True)
    (overrides / "_shared" / "part_dispute.txt.j2").write_text("Custom dispute words.\n")
    verdict = decided(Decision(REFUND, "escalate", ["C4"]), rules=["C4"])
    body = Drafter(with_templates(config, DEFAULTS / "templates", overrides)).draft(
        case(), extraction(), verdict, lo, NOW).body
    assert "Custom dispute words." in body and "resolve this with you directly" not in body


def test_check_templates_passes_on_shipped_templates(config):
    assert check_templates(config) == []


def test_check_templates_reports_each_problem_on_one_line(config, broken_dir):
    (broken_dir / "optima_webdesign" / "part_ask_reason.txt.j2").write_text("Why? {{ customer.age }}\n")
    (broken_dir / "leadsoptima" / "extra.txt.j2").write_text("{% for x in %}\n")
    (broken_dir / "_shared" / "need_info.txt.j2").unlink()
    problems = check_templates(with_templates(config, broken_dir))
    assert problems and all("\n" not in p for p in problems)
    joined = "\n".join(problems)
    assert f"{broken_dir / 'optima_webdesign' / 'part_ask_reason.txt.j2'}:1: undefined variable" in joined
    assert f"{broken_dir / 'leadsoptima' / 'extra.txt.j2'}:1: syntax error" in joined
    assert "need_info.txt.j2: template not found" in joined


# -- documentation ------------------------------------------------------------

def test_templates_doc_lists_exactly_the_context_variables():
    doc = (ROOT / "docs" / "templates.md").read_text(encoding="utf-8")
    assert context_table() in doc
    assert with_table(doc) == doc, "docs/templates.md is stale: run python -m mailbot.drafting docs/templates.md"


def test_every_variable_templates_use_is_documented():
    documented = {row.split("`")[1].replace("[]", "") for row in context_table().splitlines()[2:]}
    roots = {name.split(".")[0] for name in documented}
    loops = {"item"}
    used = set()
    for path in (DEFAULTS / "templates").rglob("*.txt.j2"):
        text = path.read_text(encoding="utf-8")
        # Names the file binds itself (a translation's words.txt.j2 macros, their arguments,
        # the alias it is imported as, loop and set variables) and filter names are not context.
        bound = set(re.findall(r"\bimport\s+\"[^\"]+\"\s+as\s+(\w+)", text))
        bound |= set(re.findall(r"\b(?:set|for)\s+(\w+)", text)) | set(re.findall(r"\|\s*(\w+)", text))
        for macro, args in re.findall(r"\bmacro\s+(\w+)\(([^)]*)\)", text):
            bound |= {macro, "loop", *(a.split("=")[0].strip() for a in args.split(","))}
        for expr in re.findall(r"\{[{%](.*?)[}%]\}", text, re.S):
            used.update((path.name, n) for n in re.findall(r"(?<![.\w])([a-z_]+(?:\.[a-z_]+)*)",
                                                             re.sub(r"(['\"]).*?\1", "", expr))
                        if n.split(".")[0] not in bound)
    keywords = {"if", "else", "elif", "endif", "for", "in", "endfor", "include", "extends", "block", "endblock",
                "length", "not", "and", "or", "is", "none", "true", "false", "import", "as", "macro", "endmacro", "set"}
    for path, name in sorted(used):
        if name in keywords:
            continue
        head = name.split(".")[0]
        if head in loops or head in {"body", "closing"}:
            continue
        assert head in roots and name in documented, f"{path}: {name} is not a documented variable"


def test_templates_cannot_reach_python_internals(config, lo, tmp_path):
    overrides = tmp_path / "overrides"
    (overrides / "leadsoptima").mkdir(parents=True)
    target = overrides / "leadsoptima" / "cancel_confirmed.txt.j2"
    target.write_text("{{ customer.greeting }}\n{{ customer.__class__.__mro__ }}\n")
    with pytest.raises(TemplateError, match=re.escape(f"{target}:2: SecurityError")):
        Drafter(with_templates(config, DEFAULTS / "templates", overrides)).draft(
            case(), extraction(), decided(cancel()), lo, NOW)
