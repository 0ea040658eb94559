"""Replies in Spanish, Portuguese, German, French and Hindi: every English template is
translated, each renders for every outcome with the language's money and dates, quotes the
policy in its original English, keeps the English replies' safety, and says nothing in English
but the names it must keep (policy title, self-service path, signature, customer words)."""

from __future__ import annotations

import re
import shutil
from dataclasses import replace
from decimal import Decimal

import pytest

import mailbot.cli
from mailbot.cli import main
from mailbot.config import load_config
from mailbot.drafting import Drafter, check_templates
from mailbot.drafting.check import SAMPLE_NOW, sample_cases
from mailbot.drafting.drafter import choose_template
from mailbot.drafting.language import writes_devanagari
from mailbot.drafting.translations import missing_translations
from tests.helpers import CONFIG, DEFAULTS, config

SHIPPED = ("es", "pt", "de", "fr", "hi")
TEMPLATES = DEFAULTS / "templates"
CFG = config()
DRAFTER = Drafter(CFG)

# Written out by hand (not computed with Babel) so that a wrong locale fails.
AMOUNT = {"es": "11.988,00 INR", "pt": "₹ 11.988,00", "de": "11.988,00 ₹", "fr": "11 988,00 ₹", "hi": "₹11,988.00"}
LAST_DAY = {"es": "viernes, 31 de octubre de 2025", "pt": "sexta-feira, 31 de outubro de 2025",
            "de": "Freitag, 31. Oktober 2025", "fr": "vendredi 31 octobre 2025", "hi": "शुक्रवार, 31 अक्टूबर 2025"}
REFUND_STARTS = {"es": "jueves, 30 de octubre de 2025", "pt": "quinta-feira, 30 de outubro de 2025",
                 "de": "Donnerstag, 30. Oktober 2025", "fr": "jeudi 30 octobre 2025", "hi": "गुरुवार, 30 अक्टूबर 2025"}
ORIGINAL_ENGLISH = {"es": "(texto original de la política, en inglés)", "pt": "(texto original da política, em inglês)",
                    "de": "(Originaltext der Richtlinie, auf Englisch)", "fr": "(texte original de la politique, en anglais)",
                    "hi": "(नीति का मूल अंग्रेज़ी पाठ)"}
GREETING = {"es": "Hola, Asha Rao:", "pt": "Olá, Asha Rao,", "de": "Guten Tag Asha Rao,", "fr": "Bonjour Asha Rao,",
            "hi": "नमस्ते Asha Rao,"}
NO_NAME_GREETING = {"es": "Hola:", "pt": "Olá,", "de": "Guten Tag,", "fr": "Bonjour,", "hi": "नमस्ते,"}
SIGN_OFF = {"es": "Saludos cordiales,", "pt": "Atenciosamente,", "de": "Mit freundlichen Grüßen", "fr": "Cordialement,",
            "hi": "सादर,"}
PROMISE = {"es": "2–3 días hábiles", "pt": "2–3 dias úteis", "de": "2–3 Werktagen", "fr": "2–3 jours ouvrés",
           "hi": "2–3 कार्यदिवसों"}
ENGLISH = re.compile(r"\b(?:hello|regards|thank|business days?|registered email|contract email|the|your|we|you|"
                     r"refunds?|cancel(?:s|led|lation)?|please|policy|invoice number)\b", re.IGNORECASE)


def flat(text: str) -> str:
    """One line, every kind of space (no-break, narrow no-break) a plain one."""
    return " ".join(text.split())


def english_level() -> list[tuple[str, str]]:
    """(folder, file) of every English-level template: ``_shared/`` and each brand's folder."""
    folders = ["_shared", *sorted({brand.templates for brand in CFG.brands.values()})]
    return [(folder, path.name) for folder in folders for path in sorted((TEMPLATES / folder).glob("*.txt.j2"))]


def drafts(language: str, cautious: bool = False):
    """(brand, sample, draft) for every sample case of every brand, drafted in ``language``."""
    for brand in CFG.brands.values():
        for sample in sample_cases(brand):
            draft = DRAFTER.draft(sample.case, sample.extraction, sample.verdict, brand, SAMPLE_NOW,
                                  cautious=cautious, language=language)
            yield brand, sample, draft


def without_kept_english(body: str, brand, sample) -> str:
    """The reply without what stays in English on purpose: the quoted clause, the policy's title,
    the self-service path, the signature, the brand's name and the customer's own words."""
    decided = sample.verdict.decisions
    kept = [CFG.brands[brand.name].clause(d.clause) for d in decided if d.clause]
    kept += [brand.policy_name, brand.self_serve_path or "", brand.signature, brand.display_name,
             sample.extraction.fields.reason or "", sample.extraction.fields.project_name or "", "Asha Rao"]
    text = flat(body)
    for words in sorted(filter(None, kept), key=len, reverse=True):
        text = text.replace(flat(words), " ")
    return text


# -- completeness -------------------------------------------------------------------------

@pytest.mark.parametrize("language", SHIPPED)
def test_every_english_template_has_a_translation(language):
    missing = [f"{folder}/{language}/{name}" for folder, name in english_level()
               if not (TEMPLATES / folder / language / name).is_file()]
    assert not missing, (
        f"the English level has {len(missing)} template(s) without a {language!r} translation: "
        f"{', '.join(missing)}. Add them (docs/templates.md, 'Replies in other languages'), or the "
        f"{language} replies that need them are drafted in English.")
    assert all(language in brand.languages for brand in CFG.brands.values())


def test_the_shipped_templates_check_clean_in_every_language():
    assert check_templates(CFG) == []


def test_a_missing_translation_is_one_clear_line_from_templates_check(tmp_path, capsys, monkeypatch):
    shutil.copytree(DEFAULTS / "config", tmp_path / "config")
    shutil.copytree(TEMPLATES, tmp_path / "templates")
    (tmp_path / "templates" / "_shared" / "de" / "part_refund_denied.txt.j2").unlink()
    (tmp_path / "templates" / "leadsoptima" / "fr" / "part_cancel_confirmed.txt.j2").unlink()
    toml = tmp_path / "config" / "mailbot.toml"
    text = toml.read_text()
    assert "templates_dir" in text
    toml.write_text(re.sub(r'(?m)^templates_dir\s*=.*$', 'templates_dir = "../templates"', text))
    loaded = load_config(toml)
    lines = missing_translations(loaded, loaded.brands["leadsoptima"], ["de", "fr"])
    assert lines == [
        "_shared/de/part_refund_denied.txt.j2: missing: the English level has _shared/part_refund_denied.txt.j2 "
        "(leadsoptima's de replies that need it are drafted in English)",
        "leadsoptima/fr/part_cancel_confirmed.txt.j2: missing: leadsoptima has its own English "
        "leadsoptima/part_cancel_confirmed.txt.j2, so its fr replies need their own too",
    ]
    if "admin_cmds" not in mailbot.cli.COMMAND_MODULES:
        monkeypatch.setattr(mailbot.cli, "COMMAND_MODULES", (*mailbot.cli.COMMAND_MODULES, "admin_cmds"))
    assert main(["--config", str(toml), "templates", "check"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert any(line.startswith("_shared/de/part_refund_denied.txt.j2: missing:") for line in out), out
    assert any(line.startswith("leadsoptima/fr/part_cancel_confirmed.txt.j2: missing:") for line in out), out


# -- rendering ----------------------------------------------------------------------------

@pytest.mark.parametrize("language", SHIPPED)
def test_every_outcome_renders_in_the_language_with_its_money_dates_and_the_english_clause(language):
    seen = set()
    for brand, sample, draft in drafts(language):
        name = choose_template(sample.verdict)
        seen.add(name)
        where = f"{brand.name} {language} {name} ({sample.label})"
        assert draft.template == f"{brand.name}/{language}/{name}", f"{where}: drafted as {draft.template}"
        body = flat(draft.body)
        greeting = GREETING[language] if sample.case.first.sender_name else NO_NAME_GREETING[language]
        assert draft.body.splitlines()[0] == greeting, where
        assert SIGN_OFF[language] in draft.body and draft.body.rstrip().endswith(brand.signature), where
        assert not re.search(r"\b[LOC]\d{1,2}\b", draft.body), f"{where}: a rule id reached the customer"
        refund = next((d for d in sample.verdict.decisions if d.intent == "refund"), None)
        cancel = next((d for d in sample.verdict.decisions if d.intent == "cancellation"), None)
        if refund is not None and refund.outcome == "approve":
            assert AMOUNT[language] in body, where
            assert "INR 11,988.00" not in body, where
            if brand.refund_initiated_business_days:
                assert REFUND_STARTS[language] in body, where
        if refund is not None and refund.outcome == "deny":
            clause = brand.clause(refund.clause)
            if clause:
                assert f'"{flat(clause)}"' in body and ORIGINAL_ENGLISH[language] in body, where
            else:
                assert brand.policy_name in body, where
        if cancel is not None and cancel.outcome == "cancel" and cancel.effective_date:
            assert LAST_DAY[language] in body, where
        if "escalated" in name or (name == "need_info" and not sample.verdict.missing):
            assert PROMISE[language] in body, where
        if sample.verdict.status == "need_info":
            for field in (f for f in sample.verdict.missing if "_" in f):  # registered_email, invoice_number...
                assert field not in body, f"{where}: the field name {field!r} is shown"
        leaks = ENGLISH.findall(without_kept_english(draft.body, brand, sample))
        assert not leaks, f"{where}: English words in the reply: {leaks}"
    assert seen == {"verify_sender", "need_info", "refund_approved", "refund_denied", "refund_escalated",
                    "cancel_confirmed", "cancel_escalated", "refund_and_cancel"}


@pytest.mark.parametrize("language", SHIPPED)
def test_a_request_for_details_names_each_missing_field_in_the_language(language):
    brand = CFG.brands["leadsoptima"]
    sample = next(s for s in sample_cases(brand) if s.label == "every field missing")
    draft = DRAFTER.draft(sample.case, sample.extraction, sample.verdict, brand, SAMPLE_NOW, language=language)
    plans = {"es": "(mensual, trimestral o anual)", "pt": "(mensal, trimestral ou anual)",
             "de": "(monatlich, vierteljährlich oder jährlich)", "fr": "(mensuel, trimestriel ou annuel)",
             "hi": "(मासिक, त्रैमासिक या वार्षिक)"}[language]
    lines = [line for line in draft.body.splitlines() if line.startswith("- ")]
    assert len(lines) == len(sample.verdict.missing) == 4
    assert plans in draft.body


# -- safety -------------------------------------------------------------------------------

@pytest.mark.parametrize("language", SHIPPED)
def test_asking_the_sender_to_verify_reveals_nothing_about_the_account(language):
    for brand in CFG.brands.values():
        sample = next(s for s in sample_cases(brand) if s.label == "sender not on record")
        draft = DRAFTER.draft(sample.case, sample.extraction, sample.verdict, brand, SAMPLE_NOW, language=language)
        assert draft.template == f"{brand.name}/{language}/verify_sender"
        for secret in ("INV-1001", "asha@example.in", "I was charged twice", "Acme Storefront", "11", "2025"):
            assert secret not in draft.body, f"{brand.name} {language}: verify_sender shows {secret!r}"


@pytest.mark.parametrize("language", SHIPPED)
def test_a_cautious_reply_repeats_no_name_and_no_free_text(language):
    for brand, sample, draft in drafts(language, cautious=True):
        where = f"{brand.name} {language} ({sample.label})"
        assert draft.body.splitlines()[0] == NO_NAME_GREETING[language], where
        assert "Asha Rao" not in draft.body and "I was charged twice" not in draft.body, where
        assert "Acme Storefront" not in draft.body, where
        fallback = {"es": "Su solicitud", "pt": "Sua solicitação", "de": "Ihre Anfrage", "fr": "Votre demande",
                    "hi": "आपका अनुरोध"}[language]
        assert draft.subject == f"Re: {fallback} [{sample.case.reference}]", where


# -- which language, and its locale -------------------------------------------------------

def test_devanagari_writers_are_told_from_hinglish_and_english_writers():
    assert writes_devanagari("नमस्ते, मेरे वार्षिक प्लान के लिए दो बार पैसे कट गए। कृपया रिफंड करें।")
    assert writes_devanagari("मुझे refund चाहिए, मेरा registered email asha@example.in है, invoice LO-INV-1001")
    assert not writes_devanagari("Mere plan ka payment do baar kat gaya hai, refund kar dijiye. Dhanyavaad")
    assert not writes_devanagari("Please refund the duplicate charge on my annual plan.\n\nधन्यवाद,\nAsha")
    assert not writes_devanagari("")


def test_the_language_pack_locale_formats_the_reply(tmp_path):
    languages = tmp_path / "languages"
    languages.mkdir()
    pack = (DEFAULTS / "config" / "languages" / "pt.toml").read_text(encoding="utf-8")
    (languages / "pt.toml").write_text(pack.replace('locale = "pt_BR"', 'locale = "pt_PT"'), encoding="utf-8")
    cfg = config()
    cfg.path = tmp_path / "mailbot.toml"
    brand = cfg.brands["leadsoptima"]
    sample = next(s for s in sample_cases(brand) if s.label == "refund approved")
    portugal = Drafter(cfg).draft(sample.case, sample.extraction, sample.verdict, brand, SAMPLE_NOW, language="pt")
    brazil = DRAFTER.draft(sample.case, sample.extraction, sample.verdict, brand, SAMPLE_NOW, language="pt")
    assert "11 988,00 ₹" in flat(portugal.body)
    assert "₹ 11.988,00" in flat(brazil.body)


def test_english_replies_keep_the_staff_money_form():
    brand = CFG.brands["leadsoptima"]
    sample = next(s for s in sample_cases(brand) if s.label == "refund approved")
    draft = DRAFTER.draft(sample.case, sample.extraction, sample.verdict, brand, SAMPLE_NOW)
    assert draft.template == "leadsoptima/refund_approved"
    assert "INR 11,988.00" in draft.body
    assert replace(sample.extraction, language="es").language == "es"
    spanish = DRAFTER.draft(sample.case, replace(sample.extraction, language="es"), sample.verdict, brand, SAMPLE_NOW)
    assert spanish.template == "leadsoptima/es/refund_approved"
    assert AMOUNT["es"] in flat(spanish.body)
    assert Decimal("11988.00") == sample.verdict.decisions[0].amount


# -- the reply editor's lint ----------------------------------------------------------------

def test_the_lint_renders_an_edited_translation_in_its_language():
    from mailbot.drafting.lint import lint_template
    from mailbot.drafting.overrides import NO_OVERRIDES

    brand = CFG.brands["leadsoptima"]
    name = "es/part_refund_denied.txt.j2"
    shipped = (TEMPLATES / "_shared" / name).read_text(encoding="utf-8")
    assert lint_template(CFG, NO_OVERRIDES, brand, name, None) == []
    assert lint_template(CFG, NO_OVERRIDES, brand, name, shipped) == []
    without_clause = shipped.replace('    "{{ refund.clause }}"\n', "")
    problems = [str(p) for p in lint_template(CFG, NO_OVERRIDES, brand, name, without_clause)]
    assert problems and all("does not state the rule it applies" in p for p in problems), problems
    assert any("language es, template refund_denied" in p for p in problems), problems
    broken = shipped.replace("refund.invoice", "refund.invoise", 1)
    problems = [str(p) for p in lint_template(CFG, NO_OVERRIDES, brand, name, broken)]
    assert problems == ["line 2: unknown variable 'refund.invoise': refund has no field 'invoise' "
                        "(did you mean 'refund.invoice'?)"], problems
