"""The reply sandbox's fast paths (perf24c) answer exactly as the sandbox did.

``ReplyEnvironment.getattr`` reads a context dataclass's field without the sandbox's
checks, and a template's globals are one plain dict: these tests hold what a template
may and may not reach, and that the tidied body is the same as before.  They are guards
for a speed change (they pass before it too), not new behaviour.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mailbot.drafting.context import BrandInfo, CaseInfo, CustomerInfo
from mailbot.drafting.drafter import tidy
from mailbot.drafting.environment import load, make_environment, render
from mailbot.errors import TemplateError

TEMPLATES = Path(__file__).parents[1] / "mailbot" / "defaults" / "templates"


def rendered(text: str, **variables) -> str:
    env = make_environment([TEMPLATES], {"probe.txt.j2": text}, "leadsoptima", "leadsoptima")
    return render(load(env, "leadsoptima/probe.txt.j2"), variables)


@pytest.fixture
def case_info():
    return CaseInfo(reference="LO-7", subject="Re: my plan [LO-7]")


def test_a_context_field_is_read(case_info):
    assert rendered("{{ case.reference }} / {{ case.subject }}", case=case_info) == "LO-7 / Re: my plan [LO-7]"


def test_a_context_field_through_a_filter_and_a_loop(case_info):
    text = "{% for c in [case, case] %}{{ c.reference | lower }};{% endfor %}"
    assert rendered(text, case=case_info) == "lo-7;lo-7;"


@pytest.mark.parametrize("name", ["__class__", "__init__", "_private", "__dataclass_fields__"])
def test_underscored_names_of_a_context_object_stay_out_of_reach(case_info, name):
    with pytest.raises(TemplateError):
        rendered(f"{{{{ case.{name} }}}}", case=case_info)


def test_a_name_that_is_not_a_field_is_an_undefined_variable(case_info):
    with pytest.raises(TemplateError, match="undefined"):
        rendered("{{ case.refrence }}", case=case_info)


def test_str_format_on_a_field_is_still_sandboxed(case_info):
    # the sandbox wraps str.format so that it cannot reach attributes; a field's string is
    # not a context object, so it goes through the sandbox as before
    with pytest.raises(TemplateError):
        rendered("{{ case.subject.format.__globals__ }}", case=case_info)
    assert rendered("{{ '{0}!'.format(case.reference) }}", case=case_info) == "LO-7!"


def test_other_objects_keep_the_sandbox():
    with pytest.raises(TemplateError):
        rendered("{{ ''.__class__.__mro__ }}")


def test_the_jinja_globals_are_there_and_a_template_cannot_change_another():
    assert rendered("{% for i in range(3) %}{{ i }}{% endfor %}") == "012"
    assert rendered("{% set range = 5 %}{{ range }}") == "5"
    assert rendered("{{ range(2) | list }}") == "[0, 1]"


def test_an_include_sees_the_including_templates_variables():
    brand = BrandInfo(name="leadsoptima", display_name="LeadsOptima", kind="subscription",
                      signature="The LeadsOptima team", policy_name="Refund policy", promised_response="2 days",
                      account_label="registered email", support_address="support@leadsoptima.com",
                      self_serve_path=None, notice_days=None, plans=[])
    customer = CustomerInfo(name="Asha", greeting="Hello Asha,")
    body = rendered('{% include "_shared/part_dispute.txt.j2" %}\n{{ customer.greeting }} {{ brand.signature }}',
                    brand=brand, customer=customer)
    assert body.startswith("We would be grateful") and body.endswith("Hello Asha, The LeadsOptima team")


@pytest.mark.parametrize("body, expected", [
    ("Hello,\n\n\n\nThanks.  \n\n", "Hello,\n\nThanks.\n"),
    ("\n\n  Hi\n \n\t\n x\n", "Hi\n\n x\n"),
    ("one\ntwo\r\nthree\u2028four", "one\ntwo\nthree\nfour\n"),
    ("", "\n"),
    ("   \n\n ", "\n"),
    ("a\n\nb\n\n\nc\n \n \nd", "a\n\nb\n\nc\n\nd\n"),
])
def test_tidy(body, expected):
    assert tidy(body) == expected
