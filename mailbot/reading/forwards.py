"""Forwards: whether an email hands on another message, its note, its quoted part and the
forwarded author, so that the request it carries is read (POLICY_SPEC section 8)."""

from __future__ import annotations

import unicodedata

from mailbot.models import Extraction, InboundMessage
from mailbot.reading.scan import Scan
from mailbot.reading.reading_rules import RESTATE_NAMES, SUBJECT_NAMES, within
from mailbot.reading.wording import restates_request


class ForwardReading:
    """Methods of :class:`~mailbot.reading.extract.Extractor` (it holds ``patterns``, ``projects``,
    ``dates``, ``own_addresses``; see its ``__init__``)."""

    def _reason_from_a_notice(self, msg: InboundMessage, found: Extraction, again: Extraction,
                              tail: str) -> bool:
        """Whether reading the whole forward (``again``) adds only a reason taken from a forwarded
        message that itself asks for nothing: an invoice, a receipt, a payment notice forwarded
        under "please refund this, do the needful" (fix14).  That text is the sender's paperwork,
        not the customer's own explanation (section 8: a reason is the customer's own words), so
        the reason is asked for instead.  A forwarded message that carries the request (the
        director's mail forwarded by the accountant) still gives its reason."""
        reason = again.fields.reason
        if reason is None or found.fields.reason is not None or again.intents != found.intents:
            return False
        if within(reason, msg.new_text) or not tail.strip():
            return False
        return not self._extract(msg, tail).intents and not self._written_by_a_person(msg)

    def _threat_forwarded(self, msg: InboundMessage, found: Extraction, again: Extraction) -> bool:
        """(fix37b) Whether a forward whose note already asks what the forward reads (``again`` reads no more) carries a
        dispute or legal threat (C4) only in the forwarded message, written by a person of the customer's side (a
        partner, a relative acting as the customer's attorney: "tell them if it isn't refunded I'll take it up as your
        attorney").  Decision (POLICY_SPEC C4 escalates mentions of chargebacks and lawyers; section 8 reads a forward's
        request): the customer hands the threat on with the request, so a person decides; a forwarded invoice,
        receipt or notice of a business (not a person, :meth:`_written_by_a_person`) threatens nothing, and nothing
        changes when the note itself already holds a threat or asks nothing."""
        if found.dispute is not None or again.dispute is None or not found.intents:
            return False
        return again.intents >= found.intents and self._written_by_a_person(msg)

    def _written_by_a_person(self, msg: InboundMessage) -> bool:
        """(fix34b) Whether the forwarded message was written by a person, not sent by a business as paperwork: its
        ``From:`` line names someone whose name is in their own address ("Thierry Lemoine <thierry.lemoine@...>", a
        colleague or partner telling the account holder why the service is no longer needed), not the brand, not the
        sender.  Decision (section 8: the reason is the customer's own words): a person of the customer's side
        explaining the matter to the account holder, who forwards it with the request, gives the customer's reason;
        an invoice, a receipt or a payment notice ("Optima WebDesign <accounts@...>", "Bank <alerts@...>") does not
        (fix14)."""
        low = self._quoted_part(msg)[:20000].lower()
        m = self.patterns.main.subset("forward_from").scan(low).search("forward_from")
        if m is None:
            return False
        address = m.group(1).rstrip(".")
        domain = address.rpartition("@")[2]
        if address == (msg.sender or "").lower() or address in self.own_addresses \
                or any(own.rpartition("@")[2] == domain for own in self.own_addresses if not _free_mail(own)):
            return False
        line = low[low.rfind("\n", 0, m.start(1)) + 1:m.start(1)].partition(":")[2]
        local = _folded(address.partition("@")[0])
        names = _folded("".join(c if c.isalpha() else " " for c in line[:200])).split()
        return len(names) >= 2 and any(len(name) >= 3 and name in local for name in names)

    def _forward_of(self, msg: InboundMessage) -> bool:
        """Whether ``msg`` is a forward (asked several times while one email is read: answered once)."""
        memo = self._forward_memo
        if memo is not None and memo[0] is msg:
            return memo[1]
        answer = self._is_forward(msg)
        self._forward_memo = (msg, answer)
        return answer

    def _is_forward(self, msg: InboundMessage) -> bool:
        if msg.forwarded_text:
            return True
        subject = (msg.subject or "")[:200].lower()
        scan = self.patterns.main.subset(*SUBJECT_NAMES).scan(subject)
        return scan.has("forward_subject") or self._hands_on_a_mail(msg, scan)

    def _hands_on_a_mail(self, msg: InboundMessage, subject: Scan) -> bool:
        """A forward without its subject prefix (fix10): an email that answers none (no reply
        headers, no "Re:") whose own words hand a mail on ("os paso el correo de mi jefe", "please see
        below") above an Outlook header block written by someone else (not the sender, not the brand)."""
        if msg.in_reply_to or msg.references or subject.has("reply_subject") or msg.text == msg.new_text:
            return False
        # The quoted part's From: line first: most emails have none, and then the new text's
        # words need not be read (both must hold; neither reading changes the other).
        m = self.patterns.main.subset("forward_from").scan(self._quoted_part(msg).lower()).search("forward_from")
        author = m.group(1).rstrip(".") if m else None
        if not (bool(author) and author != (msg.sender or "").lower() and author not in self.own_addresses):
            return False
        return self.patterns.sentence.subset("not_reason").scan(msg.new_text[:2000].lower()).has("not_reason")

    @staticmethod
    def _quoted_part(msg: InboundMessage) -> str:
        """The quoted or forwarded text below the new text (empty when there is none)."""
        if msg.forwarded_text:
            return msg.forwarded_text
        return msg.text[len(msg.new_text):] if msg.text.startswith(msg.new_text) else ""

    def _forward_note(self, msg: InboundMessage, body: str) -> str:
        """The forwarder's own note above a forwarded message: a forward's new text, when a quoted
        or forwarded part follows it and the new text itself asks for nothing (a customer who asks
        in their own words above a forwarded receipt writes their own request, reason included).
        Empty for any other email, or when ``body`` is the forwarded part alone."""
        note = msg.new_text.strip()
        if not note or msg.text == msg.new_text or not self._forward_of(msg) or note not in body:
            return ""
        return "" if restates_request(self._restatement_scan(note[:2000], None)) else note

    def _restatement_scan(self, sentence: str, active) -> Scan:
        """``sentence`` (lower-cased here) scanned for what :func:`restates_request` asks, no more."""
        return self.patterns.sentence.subset(*RESTATE_NAMES).scan(sentence.lower(), active)

    def _points_to_own_quote(self, msg: InboundMessage) -> bool:
        """A reply that asks nothing itself but points to the quoted mail ("conforme abaixo",
        "please see below") quoting the sender's own earlier email: the quoted email is the
        request, read as a forward's (decision of fix9: only the sender's own quoted mail, so a
        quoted reply of ours or someone else's request never becomes this sender's)."""
        if msg.text == msg.new_text or not msg.sender:
            return False
        low = self._quoted_part(msg).lower()
        m = self.patterns.main.subset("forward_from").scan(low).search("forward_from")
        if not (bool(m) and m.group(1).rstrip(".") == msg.sender.lower()):
            return False  # (the cheaper question first; both must hold)
        return self.patterns.sentence.subset("not_reason").scan(msg.new_text[:2000].lower()).has("not_reason")

    def _forward_author(self, msg: InboundMessage) -> str | None:
        """The address in the forwarded message's ``From:`` line (any read language)."""
        for text in (msg.forwarded_text, msg.text[len(msg.new_text):] if msg.text.startswith(msg.new_text) else ""):
            low = text.lower()
            scan = self.patterns.main.subset("forward_from").scan(low)
            m = scan.search("forward_from")
            if m and m.group(1).rstrip(".") not in self.own_addresses:
                return m.group(1).rstrip(".")
        return None


FREE_MAIL = ("gmail.com", "googlemail.com", "yahoo.", "outlook.", "hotmail.", "live.", "icloud.com", "rediffmail.com",
             "laposte.net", "orange.fr", "web.de", "gmx.")
"""(fix34b) Mailbox providers shared by many people: a brand address there (optimawebdesigns12@gmail.com) says nothing
of another address at the same provider."""


def _free_mail(address: str) -> bool:
    domain = address.rpartition("@")[2]
    return any(domain == d or (d.endswith(".") and domain.startswith(d)) for d in FREE_MAIL)


def _folded(text: str) -> str:
    """``text`` without its accents ("agnès" -> "agnes"), as an address spells a name."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
