"""Forwards: whether an email hands on another message, its note, its quoted part and the
forwarded author, so that the request it carries is read (POLICY_SPEC section 8)."""

from __future__ import annotations

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
        return not self._extract(msg, tail).intents

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
