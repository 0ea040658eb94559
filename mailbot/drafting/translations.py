"""Translations of the replies: every language level is complete, and renders.

The *English level* is the files directly under ``_shared/`` and under a brand's folder; a
*language level* is ``_shared/<lang>/`` and ``<brand>/<lang>/`` (see
:mod:`mailbot.drafting.language`).  ``mailbot templates check`` adds, for every brand and
every language it reads that has a language level:

1. :func:`missing_translations`: each English-level file must exist at the language level,
   or the reply that needs it is drafted whole in English.  A file the brand overrides in
   English (``leadsoptima/part_cancel_confirmed.txt.j2``) must be overridden in the language
   too (``leadsoptima/es/...``): otherwise the shared translation would silently drop the
   brand's own wording.  This is checked once the brand has a ``<brand>/<lang>/`` folder: a
   brand added with its own English wording and no translations yet gets the shared
   translation (a correct, generic wording of the same decision), which is not a problem to
   fix before the brand can run.  The English level is the templates folder's (``templates_dir``): a
   file in the ``template_overrides`` folder changes the English reply only, and is not
   required in every language (an admin who rewords the English layout is not told to
   translate it; to change a translation, override ``<lang>/`` files too).  Decided as a support lead would: a half-translated language is a
   problem to fix, not a warning, because the fallback hides it from staff.
2. :func:`language_problems`: every sample case (``templates check``'s) rendered in the
   language, without the English fallback, and the decision's words stated: the refund
   amount, the quoted policy sentence (or the policy's name), the last active day, all in
   the language's format.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from mailbot.config import Brand, Config
from mailbot.drafting.build import build_context
from mailbot.drafting.environment import SHARED, SUFFIX, render, template_folders
from mailbot.drafting.language import formatting_locale
from mailbot.errors import TemplateError


def _folders(config: Config) -> list[Path]:
    return template_folders(config.templates_dir, config.template_overrides)


def _files(folder: Path) -> set[str]:
    return {p.name for p in folder.glob(f"*{SUFFIX}")} if folder.is_dir() else set()


def language_levels(config: Config, brand: Brand) -> list[str]:
    """The languages the brand reads that have templates (``_shared/<lang>/`` or ``<brand>/<lang>/``)."""
    found = []
    for language in getattr(brand, "languages", ()) or ():
        if any((root / sub / language).is_dir() for root in _folders(config) for sub in (SHARED, brand.templates)):
            found.append(language)
    return found


def missing_translations(config: Config, brand: Brand, languages: list[str] | None = None) -> list[str]:
    """One line per English-level file that a language level of ``brand`` lacks."""
    roots = _folders(config)
    shared = _files(config.templates_dir / SHARED)
    own = _files(config.templates_dir / brand.templates)
    lines = []
    for language in language_levels(config, brand) if languages is None else languages:
        shared_lang = set().union(*(_files(r / SHARED / language) for r in roots))
        own_lang = set().union(*(_files(r / brand.templates / language) for r in roots))
        translating_brand = any((r / brand.templates / language).is_dir() for r in roots)
        for name in sorted(shared | own):
            if name in own and name not in own_lang and translating_brand:
                lines.append(f"{brand.templates}/{language}/{name}: missing: {brand.name} has its own English "
                             f"{brand.templates}/{name}, so its {language} replies need their own too")
            elif name not in own and name not in shared_lang and name not in own_lang:
                lines.append(f"{SHARED}/{language}/{name}: missing: the English level has {SHARED}/{name} "
                             f"({brand.name}'s {language} replies that need it are drafted in English)")
    return lines


def language_problems(drafter, brand: Brand, samples, now: datetime, language: str) -> list[str]:
    """Each sample case rendered in ``language`` (no fallback): one line per failure."""
    from mailbot.drafting.drafter import choose_template, reply_subject

    lines = []
    for sample in samples:
        name = choose_template(sample.verdict)
        if name is None:
            continue
        where = f"(brand {brand.name}, language {language}, template {name}, sample: {sample.label})"
        subject = reply_subject(sample.case.first.subject, sample.case.reference)
        try:
            with formatting_locale(language, drafter.locale_of(language)):
                context = build_context(name, sample.case, sample.extraction, sample.verdict, brand,
                                        drafter.brand_view(brand), subject, now)
                body = render(drafter.template(brand, name, language), context.variables())
        except TemplateError as e:
            lines.append(f"{e} {where}")
            continue
        flat = " ".join(body.split())
        if not flat:
            lines.append(f"{brand.templates}/{language}/{name}{SUFFIX}: renders an empty reply {where}")
        for what, text in decision_words(context):
            if " ".join(text.split()) not in flat:
                lines.append(f"{brand.templates}/{language}/{name}{SUFFIX}: does not state {what} ({text!r}) {where}")
    return lines


def decision_words(context) -> list[tuple[str, str]]:
    """What a reply in any language must state (the lint's required parts but the field labels,
    which each translation words itself)."""
    parts = []
    refund, cancellation = context.refund, context.cancellation
    if refund is not None and refund.outcome == "approve" and refund.amount:
        parts.append(("the refund amount", refund.amount))
    if refund is not None and refund.outcome == "deny":
        parts.append(("the rule it applies", refund.clause or context.brand.policy_name))
    if cancellation is not None and cancellation.outcome == "cancel" and cancellation.last_active_day:
        parts.append(("the last active day", cancellation.last_active_day))
    return parts


def translation_problems(config: Config, drafter, brand: Brand, samples, now: datetime) -> list[str]:
    """Everything ``templates check`` says about ``brand``'s translations."""
    lines = []
    for language in language_levels(config, brand):
        lines.extend(missing_translations(config, brand, [language]))
        lines.extend(language_problems(drafter, brand, samples, now, language))
    return lines
