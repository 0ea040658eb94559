"""The drafting step: a decided case becomes a reply draft, rendered from the
brand's Jinja2 templates (``templates/<brand>/<name>.txt.j2``, falling back to
``templates/_shared/``).  Variables a template may use: docs/templates.md.

    drafter = Drafter(config)
    draft = drafter.draft(case, extraction, verdict, brand, now, to=recipient)   # Draft | None

``to`` is the case's verified recipient, which the caller chose (the pipeline's ``reply_address``); the
drafter never picks one itself.
"""

from mailbot.drafting.check import check_templates, sample_cases
from mailbot.drafting.context import TemplateContext, context_table
from mailbot.drafting.drafter import TEMPLATE_NAMES, Drafter, choose_template, reply_subject

__all__ = [
    "Drafter", "TEMPLATE_NAMES", "TemplateContext", "check_templates", "choose_template", "context_table",
    "reply_subject", "sample_cases",
]
