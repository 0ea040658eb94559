"""The drafting step: a decided case becomes a reply for staff to approve."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from mailbot.reading import linear
from datetime import datetime

import jinja2

from mailbot.config import Brand, Config
from mailbot.drafting.build import brand_info, build_context, first_decision
from mailbot.drafting.context import BrandInfo
from mailbot.drafting.environment import (
    SUFFIX, ReplyEnvironment, load, make_environment, render, template_folders,
)
from mailbot.drafting.language import (
    default_language, formatting_locale, reply_language, staff_form, writes_devanagari,
)
from mailbot.drafting.overrides import NO_OVERRIDES, OverrideSet, TemplateSource
from mailbot.errors import TemplateError
from mailbot.models import CANCELLATION, REFUND, Case, Draft, Extraction, Verdict

log = logging.getLogger(__name__)

TEMPLATE_NAMES = (
    "verify_sender", "need_info", "refund_approved", "refund_denied", "refund_escalated",
    "cancel_confirmed", "cancel_escalated", "refund_and_cancel",
)
REFUND_TEMPLATES = {"approve": "refund_approved", "deny": "refund_denied", "escalate": "refund_escalated"}

LONGEST_SUBJECT = 150
_BRACKETED = linear.compile(r"\[\s*([^\]]*?)\s*\]")
_PREFIX_LIKE = linear.compile(r"^\s*[^\s:\[\]()]{1,12}\s*(?:\[\d+\]|\(\d+\))?\s*:")
"""What a subject opening with a reply prefix starts with (a short word, a count, a colon): only such a subject has the
packs' prefixes read."""
_REPLY_PREFIXES: dict[tuple, object] = {}


def reply_prefixes(dirs=None):
    """(xfer33, issue 9) Every leading "Re:", "AW:", "RES:", "Re[2]:" at once (one linear pass, not one pass per
    prefix): the ``text.reply_subject`` prefixes of every pack in ``dirs`` (the shipped ones by default; an admin's
    ``it.toml`` "R:" too).  None when no pack has one.  Decision: the prefixes are the packs' (they were a list here,
    "re", "aw", "sv", "antw", "odp"): a subject opening with "RES:", "Resp:" or "Rép:" now loses it ("Re: sinal",
    not "Re: RES: sinal"), and a Swedish "SV:" or a Polish "Odp:", languages no pack reads, is kept.  The packs'
    prefix lines alone are read (perf35b, :func:`~mailbot.drafting.pack_entries.pack_entries`: ~9 ms of a poll's
    main process once, not the ~66 ms of reading the six packs whole)."""
    from mailbot.drafting.pack_entries import pack_entries
    from mailbot.reading.languages import SHIPPED
    key = tuple(dirs or (SHIPPED,))
    if key not in _REPLY_PREFIXES:
        words = pack_entries(list(key), "text.reply_subject")
        _REPLY_PREFIXES[key] = words and linear.compile(
            rf"^(?:\s*(?:{'|'.join(f'(?:{word})' for word in words)})\s*(?:\[\d+\]|\(\d+\))?\s*:\s*)+", re.IGNORECASE)
    return _REPLY_PREFIXES[key]


def choose_template(verdict: Verdict) -> str | None:
    """The reply a verdict calls for; None when the case gets no draft."""
    if verdict.status == "need_info":
        return "verify_sender" if "C2" in verdict.rules else "need_info"
    if verdict.status != "decided":
        return None
    refund = first_decision(verdict, REFUND)
    cancel = first_decision(verdict, CANCELLATION)
    if refund and cancel:
        return "refund_and_cancel"
    if refund:
        return REFUND_TEMPLATES.get(refund.outcome, "refund_escalated")
    if cancel:
        return "cancel_confirmed" if cancel.outcome == "cancel" else "cancel_escalated"
    return None


def reply_subject(original_subject: str, reference: str | None,
                  fallback: str | Callable[[], str] = "Your request", prefixes: Callable[[], object] = reply_prefixes) -> str:
    """``Re: <original> [LO-1042]``: one ``Re:``, the reference once, one line,
    at most about 150 characters (the original is cut on a word).  ``fallback`` (a subject, or what gives it: asked
    only when the original leaves no subject) stands for an empty one; ``prefixes`` gives the reply prefixes to strip
    (:func:`reply_prefixes`, asked only of a subject that opens like one)."""
    subject = " ".join((original_subject or "").split())
    if subject and linear.occurs(_PREFIX_LIKE, subject):  # a cautious reply repeats no subject: nothing to strip
        pattern = prefixes()
        if pattern:
            subject = pattern.sub("", subject, count=1)
    tag = ""
    if reference:
        reference = " ".join(reference.split())
        carried = {m.group(1).casefold() for m in _BRACKETED.finditer(subject)} if "[" in subject else ()
        if reference.casefold() not in carried:
            tag = f" [{reference}]"
    subject = subject or (fallback() if callable(fallback) else fallback)
    room = LONGEST_SUBJECT - len("Re: ") - len(tag)
    if len(subject) > room:
        cut = subject[:room - 1]
        if " " in cut and subject[room - 1] != " ":
            cut = cut.rsplit(" ", 1)[0]
        subject = cut.rstrip(" ,;:-") + "…"
    return f"Re: {subject}{tag}"


class Drafter:
    """Renders reply drafts from the brand's templates, compiled once, and
    again only when ``templates`` (the texts admins keep in the store) says
    they changed: it is asked once per draft."""

    def __init__(self, config: Config, templates: TemplateSource | None = None):
        self.config = config
        self.source = templates
        self.folders = template_folders(config.templates_dir, config.template_overrides)
        self.env = make_environment(self.folders)
        """The files alone (override folder, shipped templates): no stored text."""
        self.overrides: OverrideSet = NO_OVERRIDES
        self._envs: dict[str, ReplyEnvironment] = {}
        self._templates: dict[tuple[str, str, str], jinja2.Template] = {}
        self._brands: dict[str, BrandInfo] = {}
        self._locales: dict[str, str] | None = None
        self._fallback_subjects: dict[str, str] | None = None
        self._strings: dict[str, tuple[str | None, str]] | None = None

    def locale_of(self, language: str) -> str | None:
        """The language pack's Babel locale (``languages/<code>.toml``), if it has one; None for
        English, whose replies keep the staff form whatever its pack's locale
        (:func:`~mailbot.drafting.language.language_locale`).

        Issue 8 (perf27b): so the packs are read only for a reply in another language.  Reading
        them (all six, with every pattern made nukta-tolerant) cost each poll's main process ~59 ms
        at its first draft, and their short-lived objects landed among the ones the first group
        keeps (compiled templates, SQL statements).  A broken pack is still met: the readers
        (parse workers, or this process reading in-process) load every pack before an email."""
        if staff_form(language):
            return None
        if self._locales is None:
            self._locales = {code: locale for code, (_, locale) in self._pack_strings().items() if locale != code}
        return self._locales.get(language)

    def fallback_subject(self, language: str) -> str:
        """(xfer31) The subject of a reply in ``language`` that repeats none of the customer's: its pack's
        ``fallback_subject`` ("Su solicitud"), else the English pack's, else "Your request".  The packs are read
        only when a reply needs one (a cautious reply, an email without a subject), as for :meth:`locale_of`."""
        if self._fallback_subjects is None:
            self._fallback_subjects = {code: subject for code, (subject, _) in self._pack_strings().items() if subject}
        return self._fallback_subjects.get(language) or self._fallback_subjects.get("en") or "Your request"

    def reply_prefixes(self):
        """(xfer33) The reply prefixes of the packs this configuration loads (:func:`reply_prefixes`), read once a
        subject opens like one."""
        from mailbot.reading.languages import pack_dirs
        return reply_prefixes(pack_dirs(getattr(self.config, "path", None)))

    def _pack_strings(self) -> dict[str, tuple[str | None, str]]:
        """Each pack's (``fallback_subject``, ``locale``), read once for both from the packs' heads
        (:func:`~mailbot.reading.languages.pack_strings`; perf33b: a poll that needed both read the six
        packs whole up to three times, 50-120 ms of the main process's CPU each time)."""
        if self._strings is None:
            from mailbot.reading.languages import pack_dirs, pack_strings

            self._strings = pack_strings(pack_dirs(getattr(self.config, "path", None)), ("fallback_subject", "locale"))
        return self._strings

    def refresh(self) -> OverrideSet:
        """The stored texts in effect; compiled templates are dropped when they changed."""
        if self.source is not None:
            current = self.source.current()
            if current is not self.overrides:
                self.overrides = current
                self._envs.clear()
                self._templates.clear()
        return self.overrides

    def environment(self, brand: Brand) -> ReplyEnvironment:
        """The brand's environment: its stored texts first, then the files."""
        stored = self.overrides.for_brand(brand.name)
        if not stored:
            return self.env
        env = self._envs.get(brand.name)
        if env is None:
            env = self._envs[brand.name] = make_environment(self.folders, stored, brand.templates, brand.name)
        return env

    def template(self, brand: Brand, name: str, language: str | None = None) -> jinja2.Template:
        """The brand's template ``name`` (its stored text first, then the files); with a
        ``language`` other than the brand's default, its translation under
        ``<brand>/<language>/`` or ``_shared/<language>/``."""
        self.refresh()
        folder = brand.templates if language in (None, default_language(brand)) else f"{brand.templates}/{language}"
        key = (brand.name, folder, name)
        found = self._templates.get(key)
        if found is None:
            found = self._templates[key] = load(self.environment(brand), f"{folder}/{name}{SUFFIX}")
        return found

    def brand_view(self, brand: Brand) -> BrandInfo:
        view = self._brands.get(brand.name)
        if view is None:
            view = self._brands[brand.name] = brand_info(brand)
        return view

    def draft(self, case: Case, extraction: Extraction, verdict: Verdict, brand: Brand,
              now: datetime, cautious: bool = False, language: str | None = None, *,
              to: str | None = None) -> Draft | None:
        """The reply for a case, addressed to ``to``: the case's verified recipient, which the caller chose
        (:func:`mailbot.pipeline.reply_address`: the ``From`` address C2 checked, never ``Reply-To``; (fix46t)
        the drafter picks no recipient itself, so no draft is built addressed to an unverified sender, even for
        a moment).  None: a draft addressed to nobody (the templates' samples, never sent).  ``cautious``
        (the sender is not on record, or not authenticated): the subject
        repeats none of theirs and the body only :func:`cautious_fields`.
        The reply is in the customer's language when the brand has its
        templates (:mod:`mailbot.drafting.language`); ``language="default"``
        drafts it in the brand's default language (staff's "draft in English")."""
        name = choose_template(verdict)
        if name is None:
            if verdict.status == "decided":
                log.warning("case %s is decided but has no refund or cancellation decision: no draft",
                            case.reference)
            return None
        if now.tzinfo is None:
            raise ValueError("Drafter.draft needs a time-zone-aware 'now'")
        default = default_language(brand)
        wanted = default if language == "default" else (language or customer_language(case, extraction))
        chosen = reply_language(brand, wanted, self.folders)
        for lang in dict.fromkeys((chosen, default)):
            subject = reply_subject("" if cautious else case.first.subject, case.reference,
                                    fallback=lambda lang=lang: self.fallback_subject(lang), prefixes=self.reply_prefixes)
            try:
                with formatting_locale(lang, self.locale_of(lang)):
                    context = build_context(name, case, extraction, verdict, brand, self.brand_view(brand),
                                            subject, now, cautious=cautious)
                    body = render(self.template(brand, name, lang), context.variables())
                break
            except TemplateError as exc:
                if lang == default:
                    raise
                log.warning("case %s: no %s reply (%s): drafted in %s", case.reference, lang, exc, default)
        return Draft(
            template=f"{brand.name}/{name}" if lang == default else f"{brand.name}/{lang}/{name}",
            subject=subject,
            body=tidy(body),
            to=to,
        )


def customer_language(case: Case, extraction: Extraction) -> str | None:
    """The language the customer is answered in: the one they wrote in, except that Hindi
    written in Latin letters (Hinglish) is answered in English (see
    :mod:`mailbot.drafting.language`)."""
    language = extraction.language
    if language == "hi" and not writes_devanagari("\n".join(m.new_text or m.text for m in case.messages)):
        return "en"
    return language


def tidy(body: str) -> str:
    """No trailing spaces, at most one blank line in a row, one final newline."""
    lines = [line.rstrip() for line in body.strip().splitlines()]
    # A blank line is kept when the line before it is not blank (the first line, after
    # strip(), never is): the same lines as appending one by one and looking at the last kept.
    return "\n".join([line for i, line in enumerate(lines) if line or (i and lines[i - 1])]) + "\n"
