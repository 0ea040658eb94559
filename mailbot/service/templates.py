"""Admins' reply templates kept in the store: read them for drafting, save
(linted), roll back, reset to the shipped text, history, export and import,
and re-draft a pending reply with the text now in effect.

Every change is one transaction: the new version, the text in effect, and
the audit log entry (``template.save``, ``template.rollback``,
``template.reset``, ``template.import``; ``draft.redraft`` for a re-draft).
Shipped files are only ever read.

Decisions (a careful support lead's):

- Only the files a brand already has (its replies, the partials they include
  and the layout) can be overridden; a stored text is per brand, so two brands
  sharing a template folder keep their own words.
- A rollback restores an older version's text as a NEW version (history never
  shrinks) and is linted like a save: other templates may have changed since.
- ``templates import DIR`` applies the files the folder holds (``DIR/<brand>/<file>``)
  and leaves the other templates as they are; identical texts make no version.
  It is linted as a whole and stored all or nothing.
- Drafts already pending keep their text; re-drafting one renders the reply
  the draft was made with, for the case decided again now, and is refused
  when the case would now get another reply (staff then handle it by hand).
"""

from __future__ import annotations

import logging
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from mailbot.config import Brand, Config
from mailbot.drafting.check import template_files
from mailbot.drafting.drafter import Drafter, choose_template
from mailbot.drafting.environment import SUFFIX
from mailbot.drafting.overrides import FixedOverrides, OverrideSet
from mailbot.errors import MailbotError, TemplateError
from mailbot.store import cases as case_store
from mailbot.store import templates as template_store
from mailbot.store.audit import audit

if TYPE_CHECKING:
    from mailbot.drafting.lint import LintProblem
from mailbot.store.database import Store
from mailbot.store.templates import TemplateVersion

log = logging.getLogger(__name__)

MAX_TEXT = 100_000


class TemplateSaveError(MailbotError):
    """Raised when a template change is refused: unknown brand or file, or a
    text that fails the lint (``problems`` holds one line per spot)."""

    def __init__(self, message: str, problems: list[LintProblem] | list[str] = ()):
        super().__init__(message)
        self.problems = list(problems)


class RedraftError(MailbotError):
    """Raised when a case's draft cannot be re-drafted: no pending draft, or
    the case now calls for another reply."""


class StoredTemplates:
    """The template source of every worker and web process: the change
    counter is read (one row) at each call, the texts only when it moved."""

    def __init__(self, store: Store):
        self.store = store
        self._current = OverrideSet(version=-1)
        self._lock = threading.Lock()
        self._held = threading.local()

    @contextmanager
    def held(self) -> Iterator[OverrideSet]:
        """One read of the counter for a whole group commit: the drafts of one
        transaction (at most :data:`mailbot.service.poll.GROUP_EMAILS` emails, a
        fraction of a second) use the texts in effect when it began, as they
        would have if they had been drafted then.  Per thread."""
        outer = getattr(self._held, "texts", None)
        self._held.texts = outer or self.current()
        try:
            yield self._held.texts
        finally:
            self._held.texts = outer

    def current(self) -> OverrideSet:
        held = getattr(self._held, "texts", None)
        if held is not None:
            return held
        with self.store.connect() as conn:
            version = template_store.change_counter(conn)
            if version == self._current.version:
                return self._current
            texts = {(o.brand, o.name): o.body for o in template_store.all_overrides(conn)}
        with self._lock:
            if version != self._current.version:
                self._current = OverrideSet(version, texts)
                log.info("template texts from the store: change %d, %d stored", version, len(texts))
            return self._current


def stored_overrides(store: Store) -> OverrideSet:
    with store.connect() as conn:
        return OverrideSet(template_store.change_counter(conn),
                           {(o.brand, o.name): o.body for o in template_store.all_overrides(conn)})


# -- what can be edited --------------------------------------------------------------------

def did_you_mean(name: str, known: list[str]) -> str:
    """:func:`mailbot.drafting.lint.did_you_mean`, imported when a name is refused: the linter (with ``jinja2.meta``,
    ~0.5 MB) is not imported by a poll's main process, which holds this module for its drafts (perf38, issue 8)."""
    from mailbot.drafting.lint import did_you_mean as suggest

    return suggest(name, known)


def brand_of(config: Config, name: str) -> Brand:
    brand = config.brands.get(name)
    if brand is None:
        raise TemplateSaveError(f"unknown brand {name!r}{did_you_mean(name, list(config.brands))}")
    return brand


def file_name(config: Config, brand: Brand, name: str) -> str:
    """``refund_denied`` or ``refund_denied.txt.j2`` → the brand's file name; refused when unknown."""
    name = name if name.endswith(SUFFIX) else f"{name}{SUFFIX}"
    known = template_files(config, brand)
    if name not in known:
        raise TemplateSaveError(f"{brand.name}: no template {name!r}"
                                f"{did_you_mean(name.removesuffix(SUFFIX), [k.removesuffix(SUFFIX) for k in known])}")
    return name


def file_text(config: Config, brand: Brand, name: str) -> str:
    """The text the files give (override folder, else shipped): what a reset returns to."""
    env = Drafter(config).env
    source, _, _ = env.loader.get_source(env, f"{brand.templates}/{name}")
    return source


def clean_text(text: str) -> str:
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise TemplateSaveError("the template is empty")
    if len(text) > MAX_TEXT:
        raise TemplateSaveError(f"the template is too long ({len(text)} characters, at most {MAX_TEXT})")
    return text.rstrip("\n") + "\n"


def diff_lines(before: str, after: str, before_label: str = "before", after_label: str = "after") -> list[str]:
    import difflib  # only when staff save a template: not on a poll's path (issue 8, memory)

    return [line.rstrip("\n") for line in difflib.unified_diff(
        before.splitlines(), after.splitlines(), before_label, after_label, lineterm="")]


def _counts(before: str, after: str) -> str:
    added = removed = 0
    for line in diff_lines(before, after)[2:]:
        added += line.startswith("+")
        removed += line.startswith("-")
    return f"+{added} -{removed} lines"


# -- changes -----------------------------------------------------------------------------

def _change(store: Store, config: Config, brand: Brand, name: str, body: str | None, *, action: str,
            who: str, now: datetime, note: str = "", lint: bool = True) -> TemplateVersion:
    who = " ".join((who or "").split())[:128]
    if not who:
        raise TemplateSaveError("who: every template change names the person who makes it")
    if lint:
        from mailbot.drafting.lint import lint_template

        problems = lint_template(config, stored_overrides(store), brand, name, body)
        if problems:
            raise TemplateSaveError(f"{brand.name}/{name}: not saved: {problems[0]}"
                                    + (f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""), problems)
    with store.begin() as conn:
        before = template_store.get_override(conn, brand.name, name)
        old = before.body if before else file_text(config, brand, name)
        new = body if body is not None else file_text(config, brand, name)
        version = template_store.record_change(conn, brand=brand.name, name=name, body=body, action=action,
                                               who=who, at=now, note=note)
        audit(conn, who=who, action=f"template.{action}", object_type="template", object_id=f"{brand.name}/{name}",
              detail=f"version {version.id}: {_counts(old, new)}" + (f"; {note}" if note else ""), at=now)
    log.info("template %s/%s: %s by %s (version %d)", brand.name, name, action, who, version.id)
    return version


def save_template(store: Store, config: Config, brand_name: str, name: str, text: str, *, who: str,
                  now: datetime) -> TemplateVersion:
    """Lint ``text`` and make it brand's ``name``; raises TemplateSaveError with the problems."""
    brand = brand_of(config, brand_name)
    name = file_name(config, brand, name)
    return _change(store, config, brand, name, clean_text(text), action="save", who=who, now=now)


def rollback_template(store: Store, config: Config, version_id: int, *, who: str, now: datetime) -> TemplateVersion:
    """Bring back the text of an earlier version, as a new version."""
    with store.connect() as conn:
        old = template_store.get_version(conn, version_id)
    if old is None:
        raise TemplateSaveError(f"no template version {version_id}")
    brand = brand_of(config, old.brand)
    return _change(store, config, brand, old.name, old.body, action="rollback", who=who, now=now,
                   note=f"back to version {version_id}")


def reset_template(store: Store, config: Config, brand_name: str, name: str, *, who: str,
                   now: datetime) -> TemplateVersion:
    """The files decide again (the shipped default, or the override folder's file)."""
    brand = brand_of(config, brand_name)
    name = file_name(config, brand, name)
    return _change(store, config, brand, name, None, action="reset", who=who, now=now, lint=False)


# -- history -----------------------------------------------------------------------------

@dataclass(frozen=True)
class HistoryEntry:
    version: TemplateVersion
    diff: list[str]
    """Unified diff from the text before this version."""


def template_history(store: Store, config: Config, brand_name: str, name: str) -> list[HistoryEntry]:
    """Every version of one template, newest first, each with its diff."""
    brand = brand_of(config, brand_name)
    name = file_name(config, brand, name)
    files = file_text(config, brand, name)
    with store.connect() as conn:
        found = template_store.versions(conn, brand.name, name)
    entries, before = [], files
    for version in found:
        after = version.body if version.body is not None else files
        entries.append(HistoryEntry(version, diff_lines(before, after, "previous", f"version {version.id}")))
        before = after
    entries.reverse()
    return entries


# -- export and import --------------------------------------------------------------------

def export_templates(store: Store, folder: Path) -> list[Path]:
    """Write every stored text to ``folder/<brand>/<file>``; returns the files written."""
    written = []
    with store.connect() as conn:
        overrides = template_store.all_overrides(conn)
    for override in overrides:
        path = folder / override.brand / override.name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(override.body, encoding="utf-8", newline="\n")
        written.append(path)
    return written


def read_folder(config: Config, folder: Path) -> dict[tuple[str, str], str]:
    """``folder/<brand>/<file>`` → texts; one line per problem, all at once."""
    if not folder.is_dir():
        raise TemplateSaveError(f"{folder}: not a folder")
    texts, problems = {}, []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        relative = path.relative_to(folder)
        if len(relative.parts) < 2:
            problems.append(f"{path}: not in a brand's folder (<brand>/<file>{SUFFIX})")
            continue
        brand_name, name = relative.parts[0], "/".join(relative.parts[1:])
        try:
            brand = brand_of(config, brand_name)
            name = file_name(config, brand, name)
            texts[(brand.name, name)] = clean_text(path.read_text(encoding="utf-8"))
        except TemplateSaveError as e:
            problems.append(f"{path}: {e}")
        except (OSError, UnicodeDecodeError) as e:
            problems.append(f"{path}: cannot read: {e}")
    if problems:
        raise TemplateSaveError(f"{folder}: nothing imported: {problems[0]}", problems)
    return texts


def import_templates(store: Store, config: Config, folder: Path, *, who: str, now: datetime) -> list[TemplateVersion]:
    """Store every text of ``folder``, linted together; all or nothing."""
    texts = read_folder(config, folder)
    current = stored_overrides(store)
    candidate = current
    for (brand, name), text in texts.items():
        candidate = candidate.with_text(brand, name, text)
    from mailbot.drafting.lint import lint_all

    problems = lint_all(config, candidate)  # every stored text, with the imported ones in place
    if problems:
        raise TemplateSaveError(f"{folder}: nothing imported: {problems[0]}", problems)
    who = " ".join((who or "").split())[:128] or "-"
    done = []
    with store.begin() as conn:
        for (brand_name, name), text in sorted(texts.items()):
            before = template_store.get_override(conn, brand_name, name)
            if before is not None and before.body == text:
                continue
            brand = config.brands[brand_name]
            old = before.body if before else file_text(config, brand, name)
            version = template_store.record_change(conn, brand=brand_name, name=name, body=text, action="import",
                                                   who=who, at=now, note=f"from {folder}")
            audit(conn, who=who, action="template.import", object_type="template",
                  object_id=f"{brand_name}/{name}", detail=f"version {version.id}: {_counts(old, text)}", at=now)
            done.append(version)
    log.info("templates imported from %s by %s: %d changed", folder, who, len(done))
    return done


# -- re-draft ----------------------------------------------------------------------------

def redraft_case(store: Store, config: Config, case_id: int, *, who: str, now: datetime) -> case_store.StoredDraft:
    """Render the case's pending draft again with the templates in effect now.

    The case is decided again exactly as ingest decided it: against the stored
    ledger, with its mailbox's sender trust, and a sender who is not on record
    (or not authenticated) gets the cautious draft, which repeats none of their
    subject or wording.  The draft keeps its language."""
    from mailbot import preview
    from mailbot.service.draft_language import mailbox_trust

    who = " ".join((who or "").split())[:128]
    if not who:
        raise RedraftError("who: a re-draft names the person who asks for it")
    overrides = stored_overrides(store)
    with store.connect() as conn:
        pending = case_store.list_drafts(conn, case_id=case_id, status="pending")
        if not pending:
            raise RedraftError(f"case {case_id}: no pending draft to re-draft")
        draft = pending[-1]
        case = case_store.get_case(conn, case_id)
        if case is None or case.brand not in config.brands:
            raise RedraftError(f"case {case_id}: its brand is not configured")
        try:
            triage, result = preview.decide_stored(conn, config, case, now, FixedOverrides(overrides),
                                                   mailbox_trust(conn, config, case_id))
        except preview.PreviewError as e:
            raise RedraftError(str(e)) from None
    brand_name, _, rest = draft.template.partition("/")
    language, _, reply = rest.rpartition("/")  # "es/need_info": the draft's language is kept
    brand = config.brands.get(brand_name)
    if brand is None:
        raise RedraftError(f"case {case_id}: brand {brand_name!r} is not configured")
    chosen = choose_template(result.verdict)
    if chosen != reply:
        raise RedraftError(f"case {case_id}: decided again today it calls for {chosen or 'no reply'}, "
                           f"not {reply}: write this reply by hand")
    try:
        rendered = triage.drafter.draft(result.case, result.extraction, result.verdict, brand, now,
                                        cautious=not result.sender_known, language=language or "default",
                                        to=result.recipient)
    except TemplateError as e:
        raise RedraftError(f"case {case_id}: {e}") from None
    with store.begin() as conn:
        if not case_store.change_draft(conn, draft.id, expected="pending", now=now, body=rendered.body,
                                       template=rendered.template):
            raise RedraftError(f"draft {draft.id}: changed by someone else meanwhile; it is no longer pending")
        stored = template_store.get_override(conn, brand.name, f"{reply}{SUFFIX}")
        audit(conn, who=who, action="draft.redraft", object_type="draft", object_id=draft.id,
              detail=f"case {case_id}: {draft.template} with the templates at change {overrides.version}"
                     + (f" (reply version {stored.version_id})" if stored else ""), at=now)
        return case_store.get_draft(conn, draft.id)
