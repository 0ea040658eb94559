"""The language of a case's reply draft, and staff's one-click switch between
the customer's language and the brand's default language ("Draft in English").

What the case page shows (:func:`draft_language`): the language(s) the email
was read in (stored at ingest, :mod:`mailbot.service.case_reading`), the
language the draft is written in, and why: the customer's language, or the
brand's default as a fallback (the brand does not reply in that language, or
has no template in it for this reply) or because a person switched it.

The switch (:func:`switch_draft_language`) renders the pending draft again,
for the case decided again now (as :func:`mailbot.service.templates.redraft_case`
does), in the other language, in one transaction with its audit entry
(``draft.language``).  Decisions (a careful support lead's):

- Only a *pending* draft is switched; an approved, sending or sent one is
  refused (too late), and so is a draft changed since the page was opened
  (``version``, as for approval: :class:`~mailbot.service.review.StaleDraftError`)
  or while the case was being decided again (the write is conditional on the text read).
- A staff member's words are never lost unseen.  What is in the editor when
  the button is pressed is compared with the stored draft: changed text is
  *saved as an edit* (``draft.edit``, as "Save edit" would) and the switch is
  refused, saying so.  A saved edit (a ``draft.edit`` since mailbot last
  wrote the draft) is replaced only when the person ticks "replace the edit"
  (``discard_edit``); the audit entry then names whose edit was replaced.
- A reply written by hand (``by_hand``) is never re-drafted by mailbot.
- When the case decided again now calls for another reply (the ledger or the
  settings changed), nothing is switched: staff write that reply by hand.
- Switching to the customer's language is offered only when the brand replies
  in it and has the template for this reply; otherwise the draft stays in the
  default language and the page says why.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, select, update

from mailbot.config import Brand, Config
from mailbot.drafting.drafter import choose_template
from mailbot.drafting.environment import SUFFIX, template_folders
from mailbot.drafting.language import default_language
from mailbot.drafting.overrides import FixedOverrides
from mailbot.errors import MailbotError
from mailbot.models import TriageResult
from mailbot.preview import decide_stored
from mailbot.service import review
from mailbot.service.case_reading import CaseReading, case_reading, language_label, language_name
from mailbot.store import cases as case_store
from mailbot.store.audit import AuditEntry, audit, audit_entries
from mailbot.store.database import Store
from mailbot.store.schema import drafts, messages

log = logging.getLogger(__name__)

BY_HAND = "by_hand"
TO_DEFAULT = "default"
TO_CUSTOMER = "customer"
SWITCH = "draft.language"
EDIT = "draft.edit"
RENDERS = ("draft.redraft", SWITCH)
"""Audit actions after which the draft's text is mailbot's again."""


class DraftLanguageError(MailbotError):
    """Raised when a draft's language is not switched: no such or no pending
    draft, a reply written by hand, no template in the language asked for, an
    unsaved or saved staff edit that would be replaced, or a case that now
    calls for another reply."""


# -- which language, and why -----------------------------------------------------------

def template_language(template: str, brand: Brand | None) -> str | None:
    """``leadsoptima/es/need_info`` → ``es``; ``leadsoptima/need_info`` → the
    brand's default; None for a reply written by hand."""
    if template == BY_HAND:
        return None
    parts = template.split("/")
    if len(parts) == 3:
        return parts[1]
    return default_language(brand) if brand is not None else None


def reply_name(template: str) -> str:
    return template.rsplit("/", 1)[-1]


def has_translation(config: Config, brand: Brand, language: str, reply: str) -> bool:
    """Whether the brand replies in ``language`` and has ``reply`` in it (its
    folder or ``_shared``, in the override folder or the shipped templates)."""
    if language not in (brand.languages or ()) or language == default_language(brand):
        return False
    name = f"{reply}{SUFFIX}"
    return any((folder / sub / language / name).is_file()
               for folder in template_folders(config.templates_dir, config.template_overrides)
               for sub in (brand.templates, "_shared"))


@dataclass(frozen=True)
class DraftLanguage:
    """What the case page says about languages, and which switch it offers."""

    reading: CaseReading
    draft: str | None
    """The language the draft is written in (None: by hand, or no draft)."""
    default: str
    why: str
    """One sentence: customer's language, fallback and its reason, or switched by whom."""
    fallback: bool
    offer: str | None = None
    """``default`` or ``customer``: the switch the page offers, if any."""
    offer_label: str = ""
    edited_by: AuditEntry | None = None
    """The staff edit a switch would replace (the page asks to confirm)."""

    @property
    def draft_label(self) -> str:
        return language_label(self.draft) if self.draft else ""


def last_edit(entries: list[AuditEntry]) -> AuditEntry | None:
    """The latest staff edit of a draft since mailbot last wrote it, or None."""
    found = None
    for entry in entries:
        if entry.action in RENDERS:
            found = None
        elif entry.action == EDIT:
            found = entry
    return found


def _entries(conn: Connection, draft_id: int) -> list[AuditEntry]:
    return audit_entries(conn, object_type="draft", object_id=draft_id)


def draft_language(conn: Connection, config: Config, case: case_store.StoredCase,
                   decision: case_store.StoredDecision | None, draft: case_store.StoredDraft | None,
                   history: list[AuditEntry] | None = None) -> DraftLanguage | None:
    """The languages of a case page (None for a brand no longer configured).
    ``history``: the case's audit entries when the page has them already (else they are read)."""
    brand = config.brands.get(case.brand)
    if brand is None:
        return None
    reading = case_reading(decision.result if decision else None)
    default = default_language(brand)
    customer = reading.language
    if draft is None:
        return DraftLanguage(reading, None, default, "", False)
    written = template_language(draft.template, brand)
    if written is None:
        return DraftLanguage(reading, None, default, "Written by hand: mailbot does not re-draft it.", False)
    entries = (_entries(conn, draft.id) if history is None else
               [e for e in history if e.object_type == "draft" and e.object_id == str(draft.id)])
    switched = next((e for e in reversed(entries) if e.action == SWITCH), None)
    reply = reply_name(draft.template)
    fallback = bool(customer) and written != customer
    if not reading.recorded:
        why = "The language was not recorded when this case was read (it was read by an older version)."
    elif written == customer:
        why = f"The draft is in the customer's language, {language_name(customer)}."
    elif switched is not None and written == default:
        why = f"Switched to {language_name(default)} by {switched.who}."
    elif customer and customer not in (brand.languages or ()):
        why = f"Fallback: this brand does not reply in {language_name(customer)}."
    elif customer:
        why = (f"Fallback: there is no {language_name(customer)} template for this reply ({reply}), "
               f"so it is in the brand's default language, {language_name(default)}.")
    else:
        why = f"The customer's language was not identified: the draft is in {language_name(default)}."
    offer, label = None, ""
    if draft.status == "pending":
        if written != default:
            offer, label = TO_DEFAULT, f"Draft in {language_name(default)}"
        elif customer and customer != default and has_translation(config, brand, customer, reply):
            offer, label = TO_CUSTOMER, f"Draft in {language_name(customer)}"
    return DraftLanguage(reading, written, default, why, fallback, offer, label,
                         last_edit(entries) if offer else None)


# -- the switch --------------------------------------------------------------------------

@dataclass(frozen=True)
class Switched:
    draft: case_store.StoredDraft
    before: str
    after: str
    replaced_edit: AuditEntry | None


def mailbox_trust(conn: Connection, config: Config, case_id: int):
    """The trust setting of the mailbox the case's first email arrived in, as at ingest."""
    mailbox = conn.execute(select(messages.c.mailbox).where(messages.c.case_id == case_id)
                           .order_by(messages.c.id).limit(1)).scalar()
    return next((m.sender_trust for m in config.mailboxes if m.name == mailbox), None)


def redecide(store: Store, config: Config, case: case_store.StoredCase, now: datetime):
    """The case decided again now, against the stored ledger and the stored
    template texts, with its mailbox's sender trust; returns (triage, result)."""
    from mailbot.service.templates import stored_overrides

    templates = FixedOverrides(stored_overrides(store))
    with store.connect() as conn:
        return decide_stored(conn, config, case, now, templates, mailbox_trust(conn, config, case.id))


def switch_draft_language(store: Store, config: Config, draft_id: int, *, to: str, who: str, now: datetime,
                          version: str | None = None, subject: str | None = None, body: str | None = None,
                          discard_edit: bool = False) -> Switched:
    """Write the pending draft again in the brand's default language
    (``to="default"``) or the customer's (``to="customer"``); see the module's rules.
    ``subject`` and ``body``: what the editor holds (an unsaved edit is saved, not lost)."""
    who = review._who(who)
    if to not in (TO_DEFAULT, TO_CUSTOMER):
        raise DraftLanguageError(f"draft {draft_id}: switch to {to!r}? say default or customer")
    with store.connect() as conn:
        draft = review._pending(conn, draft_id, "re-drafted", version)
        case = case_store.get_case(conn, draft.case_id)
        entries = _entries(conn, draft_id)
    brand = config.brands.get(case.brand) if case else None
    if brand is None:
        raise DraftLanguageError(f"draft {draft_id}: its brand is not configured")
    if draft.template == BY_HAND:
        raise DraftLanguageError(f"draft {draft_id}: written by hand; mailbot does not re-draft it "
                                 "(change its words in the editor, or write it again)")
    _keep_unsaved_edit(store, draft, who=who, now=now, subject=subject, body=body, version=version)
    edit = last_edit(entries)
    if edit is not None and not discard_edit:
        raise DraftLanguageError(
            f"Not switched: the draft holds an edit by {edit.who} ({edit.at:%Y-%m-%d %H:%M} UTC) that a new "
            "draft would replace. Tick “replace the edit” to switch anyway, or keep the edit.")
    before = template_language(draft.template, brand)
    triage, result = redecide(store, config, case, now)
    reply = reply_name(draft.template)
    now_calls_for = choose_template(result.verdict)
    if now_calls_for != reply:
        raise DraftLanguageError(f"case {case.id}: decided again now it calls for {now_calls_for or 'no reply'}, "
                                 f"not {reply}: write this reply by hand")
    new = _render(triage, result, brand, now, to)
    after = template_language(new.template, brand)
    if after == before:
        wanted = default_language(brand) if to == TO_DEFAULT else result.extraction.language
        raise DraftLanguageError(f"draft {draft_id}: already in {language_name(after)}"
                                 + ("" if wanted == after else
                                    f"; there is no {language_name(wanted)} template for {reply}"))
    with store.begin() as conn:
        if not _replace_unchanged(conn, draft, now, body=new.body, subject=new.subject, template=new.template):
            raise review.StaleDraftError(f"draft {draft.id}: changed by someone else meanwhile: check it again")
        detail = f"case {case.id}: {reply} from {language_label(before)} to {language_label(after)}"
        if edit is not None:
            detail += f"; replaced the edit by {edit.who} of {edit.at:%Y-%m-%d %H:%M} UTC"
        audit(conn, who=who, action=SWITCH, object_type="draft", object_id=draft.id, detail=detail, at=now)
        stored = case_store.get_draft(conn, draft.id)
    log.info("draft %d of case %d: language %s -> %s by %s", draft.id, case.id, before, after, who)
    return Switched(stored, before, after, edit)


def _replace_unchanged(conn: Connection, draft: case_store.StoredDraft, now: datetime, **values) -> bool:
    """Change the draft only if it is still pending with the text it was re-drafted from: an
    edit saved by someone else while the case was decided again is never overwritten."""
    found = conn.execute(update(drafts).where(
        drafts.c.id == draft.id, drafts.c.status == "pending", drafts.c.body == draft.body,
        drafts.c.subject == draft.subject, drafts.c.template == draft.template).values(updated_at=now, **values))
    return found.rowcount == 1


def _keep_unsaved_edit(store: Store, draft: case_store.StoredDraft, *, who: str, now: datetime,
                       subject: str | None, body: str | None, version: str | None) -> None:
    """Text changed in the editor but not saved: save it (audited) and refuse the switch."""
    if body is None and subject is None:
        return
    new_body = draft.body if body is None else review.clean_body(body)
    new_subject = draft.subject if subject is None else " ".join(subject.split()) or draft.subject
    if new_body == draft.body and new_subject == draft.subject:
        return
    review.save_edit(store, draft.id, who=who, now=now, body=new_body, subject=new_subject, version=version)
    raise DraftLanguageError("Not switched: the text in the editor was changed, so your edit is saved (nothing "
                             "is lost). Switching would replace it: tick “replace the edit” and click again "
                             "to switch anyway.")


def _render(triage, result: TriageResult, brand: Brand, now: datetime, to: str):
    """The reply for the re-decided case in the language asked for (the
    customer's, when the brand has it, is what ingest drafts)."""
    language = "default" if to == TO_DEFAULT else None
    draft = triage.drafter.draft(result.case, result.extraction, result.verdict, brand, now,
                                 cautious=not result.sender_known, language=language, to=result.recipient)
    if draft is None:
        raise DraftLanguageError(f"case {result.case.reference}: decided again now it gets no reply")
    return draft
