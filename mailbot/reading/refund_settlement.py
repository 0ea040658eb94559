"""What settles or declines a refund the customer's words name (split from :mod:`mailbot.reading.intents`, fix35l):
a refund told as received (fix20, fix29l), a refusal accepted (fix34a, fix35l), a reply's subject restating a settled
refund (fix30c, fix32a), a decline cut by a hard wrap (fix21), a decline about another refund (fix14), a withdrawal
negated (fix33l), an exception stated outside a quoted policy (fix19) and a part known not refunded set aside (fix44z)."""

from __future__ import annotations

from bisect import bisect_left

from mailbot.reading.aside_declines import declines_a_dispute
from mailbot.reading.disputes import DisputeReading
from mailbot.reading.patterns import MAX_MATCHES
from mailbot.reading.reading_rules import SETTLEMENT_NAMES
from mailbot.reading.scan import Scan
from mailbot.reading.sentences import SENTENCE_REACH, hard_wraps, sentence_bounds
from mailbot.reading.wording import REASON_CODES


class RefundSettlement(DisputeReading):
    """Methods of :class:`~mailbot.reading.extract.Extractor` (it holds ``patterns``); read by
    :meth:`~mailbot.reading.intents.IntentReading.intents` before it reads a refund word as a request."""

    @staticmethod
    def _stated_outside_policy(scan: Scan, reason_code: str, policy, end: int) -> bool:
        """Whether the exception (a duplicate charge, a billing error) is stated outside every policy
        mention: the policy quoted from the site ("your site says \"refunds only for duplicate
        charges\"") names the exception, it does not claim it (fix19)."""
        return any(not any(s <= m.start() < e for s, e in policy)
                   for m in scan.finditer(f"reason.{reason_code}", end))

    def _refunds_received(self, scan: Scan, said: str, end: int, active) -> list[tuple[int, int]]:
        """The spans where the customer tells a refund already received ("the refund for the double
        charge of 12.09. has reached our account", "recebemos hoje o estorno"; ``intents.refund_received``):
        a past event, not a request (section 8), so the refund words inside ask for nothing, and the
        duplicate charge or billing error it settled asks for no money back (fix20).  A receipt whose
        sentence says the money is still awaited ("has not arrived yet", "ist noch nicht eingegangen";
        ``intents.refund_pending``) is no receipt: the refund is still asked.  (fix29l) A receipt told with decline
        words ("has reached our account", ``intents.refund_negated``) no longer declines the whole email: a refund
        asked in another sentence that states an exception of its own is a new request about another charge ("The
        September refund has arrived, thanks. This month you charged me twice again, please refund the extra one."),
        see :meth:`_settled_by_receipts`.  Decision: an exception stated with no refund asked in an email that tells
        a receipt still asks for nothing (it may be the story of the refunded charge; an unsafe approval is worse
        than a question).  (fix32a) The sentence of a receipt in the body stops at the subject line: with a hard wrap the
        first body line was read with the subject ("Re: Refund Request" + "received the refund in our account today"), and
        the subject's "request" made the receipt look still awaited.  (fix41k) Nor is a receipt inside a refund denied as
        received (``intents.refund_not_received``: "no refund has arrived so far", "aucun remboursement n'est arrivé"):
        the refund is still awaited, as "the refund hasn't arrived" is.  (fix43k) So is a receipt told with the refund
        after a colon (:meth:`_received_before_a_colon`)."""
        denied = [(m.start(), m.end()) for m in scan.finditer("refund_not_received", end)]
        spans = []
        pending = self.patterns.window.subset("refund_pending")
        awaited: dict[str, bool] = {}  # by sentence: an email that repeats one asks once (perf24b)
        topic = said.find("\n")  # the subject line ends there
        told = [m.span() for m in scan.finditer("refund_received", end)]
        for start, stop in told + self._received_before_a_colon(scan, said, end, active):
            first, last = sentence_bounds(said, start, wrapped=True)
            if start > topic >= first:
                first = topic + 1
            sentence = said[first:max(last, stop)]
            if sentence not in awaited:
                awaited[sentence] = pending.scan(sentence, active).has("refund_pending")
            if not awaited[sentence] and not any(s < stop and start < e for s, e in denied):
                spans.append((start, stop))
        return spans

    def _received_before_a_colon(self, scan: Scan, said: str, end: int, active) -> list[tuple[int, int]]:
        """(fix43k) A receipt told with the refund after a colon ("Arrived on our card this morning: the refund",
        "Heute auf dem Konto eingegangen: die Erstattung", "Caiu hoje no cartão: o estorno"): the refund's own words
        (at most two words after the colon, to a comma or the sentence's end) are read again before the clause the
        colon closes, as the receipt would be told in order ("the refund arrived on our card this morning"), with
        ``intents.refund_received`` of every read pack; each span runs from the clause's start to the refund's words'
        end.  Decision: only a refund that opens what follows the colon ("Arrived today: the refund" is a receipt;
        "Still waiting: please refund me" names no receipt, and a question or "not yet" is still awaited)."""
        windows = _after_colons(said)
        if windows is not None and not _refund_in(scan, windows, end):
            return []  # (perf44: most mail; its refund words are not stepped through)
        spans, topic = [], said.find("\n")  # (the subject line ends there)
        for m in scan.finditer("refund", end):
            at = m.start()
            if windows is not None and at > windows[-1][1]:
                break  # (in order: no later refund word follows a colon closely enough)
            if not _colon_just_before(said, at):
                continue  # (perf44: most refund words; the sentence's bounds are not looked for)
            first, last = sentence_bounds(said, at, wrapped=True)
            if at > topic >= first:
                first = topic + 1
            colon = said.rfind(":", first, at)
            if colon < first or not _opens_after_colon(said, colon, at):
                continue
            clause = max(first, said.rfind(",", first, colon) + 1, said.rfind(";", first, colon) + 1)
            stop = min([last] + [found for mark in ",;" if (found := said.find(mark, m.end(), last)) >= 0])
            words = f"{said[colon + 1:stop].strip().rstrip('.!?।')} {said[clause:colon].strip()}"
            if self.patterns.main.scan(words, active).has("refund_received"):
                spans.append((clause, stop))
        return spans

    @staticmethod
    def _settled_by_receipts(scan: Scan, said: str, end: int, received) -> list[tuple[int, int]]:
        """(fix29l) What a receipt told with decline words ("the refund has reached our account") settles: the whole
        email but the sentences, other than a receipt's, that state an exception of their own (a duplicate charge,
        a billing error, an access failure), where a refund asked is a new request about another charge.  Decision:
        a sentence without an exception asks nothing after such a receipt ("I got the refund, thank you. No further
        refund is needed."), as the receipt's decline settled the whole email before.  (fix30c) Nor is a reply's
        subject such a sentence ("Re: double charge refund" above "the refund for the double charge arrived today,
        thanks"): it restates the thread's topic, the very charge the receipt settles, and asks nothing new.
        Decision (POLICY_SPEC section 8: a thank-you for a past event asks nothing): only a subject opening with a
        reply prefix (``text.reply_subject``, any read pack); a fresh subject naming a duplicate ("Charged twice
        again") still counts, and an exception stated in the body's own sentences is still a new request."""
        own = {sentence_bounds(said, s, wrapped=True) for s, _ in received}
        topic = said.find("\n") if scan.has("reply_subject") else -1  # the reply's subject line ends there
        fresh = {bounds for code in REASON_CODES for m in scan.finditer(f"reason.{code}", end)
                 if m.start() >= topic and (bounds := sentence_bounds(said, m.start(), wrapped=True)) not in own}
        return _outside(fresh, end)

    @staticmethod
    def _settled_by_acceptance(scan: Scan, said: str, end: int, accepted) -> list[tuple[int, int]]:
        """(fix35l) What an accepted refusal ("fair enough re the refund", ``intents.refund_accepted``) settles: the
        refused refund it refers to, that is the whole email but what follows an exception of its own (a duplicate
        charge, a billing error, an access failure, ``reasons.*``) stated outside the acceptance: from that exception's
        sentence, or from the acceptance's end when it shares the sentence ("Fair enough re the refund, and could you
        refund the double charge from March?"), to the end of the next sentence ("... we were charged twice on 3
        March. Please refund the second payment.").  A refund asked there is a new request about another charge.
        Decision (scope): a refund asked with no exception near it stays settled ("Fair enough re the refund. Could you
        still refund half of it?" asks the refused refund again, as before), and an exception stated with no refund
        asked asks nothing after an acceptance (the final "charged twice" rule of :meth:`intents` is not applied: it may
        be the story of the refused refund; an unsafe approval is worse than a question).  A reply's subject ("Re:
        Refund request") restates the refused refund and is settled."""
        topic = said.find("\n") if scan.has("reply_subject") else -1
        fresh = []
        for code in REASON_CODES:
            for m in scan.finditer(f"reason.{code}", end):
                if m.start() < topic or any(s <= m.start() < e for s, e in accepted):
                    continue
                first, last = sentence_bounds(said, m.start(), wrapped=True)
                first = max([first] + [e for s, e in accepted if first <= s < m.start()])
                after = last
                while after < end and said[after] in " \t\n.!?;":
                    after += 1
                if after < end:
                    last = max(last, sentence_bounds(said, after, wrapped=True)[1])
                fresh.append((first, last))
        return _outside(fresh, end)

    @staticmethod
    def _reply_topic_of_receipt(scan: Scan, said: str, received) -> list[tuple[int, int]]:
        """(fix32a) A reply's subject above a receipt told in the body ("Re: Refund Request" over "received the
        refund in our bank account today, thank you"): the subject restates the thread's topic, the refund the body
        says has come, and asks nothing new, as (fix30c) when the receipt's words are also decline words.  Decision
        (POLICY_SPEC section 8: a thank-you for a past event asks nothing): only a subject opening with a reply prefix
        (``text.reply_subject``) and only a receipt in the body; a fresh subject ("Refund for April") and a refund
        asked in the body's own words are still read as requests."""
        topic = said.find("\n")
        if topic <= 0 or not scan.has("reply_subject") or not any(s > topic for s, _ in received):
            return []
        return [(0, topic)]

    def _declined_across_a_wrap(self, scan: Scan, said: str, end: int, active, settled=()) -> bool:
        """(fix21) Whether a refund decline is cut by a mail client's hard wrap ("Eine Rückerstattung
        möchte\nich ausdrücklich nicht", "Eine Rückzahlung\nbrauchen wir nicht"): the one-pass scan
        reads lines, so the sentence of each refund word that spans a single line break is read
        again with the break as a space.  Section 8: a negated part adds no intent.  As in the
        one-pass reading, a deadline ("without a refund within 48 hours") or a refund not yet
        received ("die Erstattung ist noch nicht eingegangen") is no decline, nor (fix29l) the sentence of a
        receipt and what it settles (``settled``: "the refund has reached our account" is a decline word too)."""
        wraps = hard_wraps(said)
        if not wraps:
            return False  # no sentence holds a line break
        seen, parts, spans, at = set(), [], [], 0
        for m in scan.finditer("refund", end):
            word = m.start()
            # The sentence of ``word`` lies within SENTENCE_REACH of it: without a hard wrap that near it
            # holds no line break, and no later refund word's does either once the last wrap is that far
            # behind (perf22a: the sentence of every refund word of a long email was looked for).
            if word - SENTENCE_REACH > wraps[-1]:
                break
            near = bisect_left(wraps, word - SENTENCE_REACH)
            if near == len(wraps) or wraps[near] >= word + SENTENCE_REACH:
                continue
            first, last = sentence_bounds(said, word, wrapped=True)
            if (first, last) in seen or "\n" not in said[first:last] or any(s <= word < e for s, e in settled):
                continue
            seen.add((first, last))
            parts.append(said[first:last].replace("\n", " "))
            spans.append((at, at + last - first))
            at += last - first + 2
        if not parts:
            return False
        # One scan over the sentences, joined by a paragraph break that no pattern crosses, instead
        # of one scan per sentence (the benchmark mail wraps nearly every sentence).
        declines = self.patterns.main.subset(*SETTLEMENT_NAMES)
        joined = "\n\n".join(parts)
        found = declines.scan(joined, active)
        if not found.has("refund_negated"):
            return False
        # (fix35l) an accepted refusal settles what it refers to (``settled``), it declines no other refund's sentence
        accepted = {m.span() for m in found.finditer("refund_accepted")}
        # (fix44z) nor does a part set aside ("..., sé que el setup no se devuelve") decline the refund asked beside it
        disputes = self.patterns.main.subset("dispute").scan(joined, active)  # (fix46k) a dispute turned down
        negations = [m.start() for m in found.finditer("refund_negated") if m.span() not in accepted
                     and not self._sets_a_part_aside(found, m, len(joined))
                     and not declines_a_dispute(self.patterns, found, joined, m, len(joined), active, disputes)]
        return any(any(a <= at < b for at in negations)
                   and found.search("refund_ultimatum", a, b) is None
                   and found.search("refund_not_received", a, b) is None
                   and found.search("refund_kept", a, b) is None for a, b in spans)

    def _declines_another_refund(self, scan: Scan, said: str, negation, reason_code: str | None) -> bool:
        """Whether a decline names no refund itself ("I'm not asking for that") and its sentence is
        about another refund ("I know you don't refund unused days and I'm not asking for that"),
        while a duplicate charge or a billing error is stated in another sentence: that decline
        sets the other refund aside, and the exception stated elsewhere still asks for its money
        back (fix14; section 8, a negated part adds nothing).  A decline naming the refund ("I don't
        need a refund") or sharing the exception's sentence ("charged twice, but I'm not asking for
        it") still declines it."""
        if reason_code not in ("duplicate_payment", "billing_error"):
            return False
        if scan.search("refund", negation.start(), negation.end()) is not None:
            return False
        first, last = sentence_bounds(said, negation.start(), wrapped=True)
        if scan.search("refund", first, last) is None:
            return False
        reason = scan.search(f"reason.{reason_code}", 0, len(said))
        return reason is not None and not first <= reason.start() < last

    @staticmethod
    def _sets_a_part_aside(scan: Scan, negation, end: int) -> bool:
        """(fix44z) Whether a decline only sets aside a part the customer knows is not refunded (``intents.
        refund_part_excluded``: "sé que el setup no se devuelve", "I know the setup fee isn't refundable") while a
        refund word outside that part asks for the rest ("Quiero cancelar el hosting anual y el reembolso que
        corresponde, sé que el setup no se devuelve"): the decline settles that part, not the refund asked.  Decision
        (an unsafe approval is worse than a miss): with no refund word of its own elsewhere the email asks nothing
        (the part's words ask no refund), and a decline of the refund by name ("no quiero reembolso") still declines."""
        parts = [m.span() for m in scan.finditer("refund_part_excluded", end)
                 if m.start() < negation.end() and negation.start() < m.end()]
        if not parts:
            return False
        return any(not any(s < m.end() and m.start() < e for s, e in parts + [negation.span()])
                   for m in scan.finditer("refund", end))

    @staticmethod
    def _kept(scan: Scan, at: int, said: str) -> bool:
        """(fix33l) Whether the refund word at ``at`` lies inside a withdrawal the customer negates (``intents.refund_kept``:
        "ignorieren Sie meine Erstattungsanfrage nicht", "refund request ignore mat kijiye"): the "nicht", the "mat" after
        it negates the withdrawal verb, not the refund, and the request stands (a reminder)."""
        return any(m.start() <= at < m.end() for m in scan.finditer("refund_kept", len(said)))


def _outside(kept, end: int) -> list[tuple[int, int]]:
    """The spans of the email (to ``end`` and one past it) outside every span of ``kept``: what a receipt or an
    accepted refusal settles when ``kept`` are the sentences that state an exception of their own."""
    spans, at = [], 0
    for first, last in sorted(kept):
        if first > at:
            spans.append((at, first))
        at = max(at, last)
    spans.append((at, max(at, end) + 1))
    return spans


def _colon_just_before(said: str, at: int) -> bool:
    """(perf44, issue 8) What :meth:`RefundSettlement._received_before_a_colon` asks of the words before a refund
    word, looked at without the sentence's bounds: a colon within :data:`SENTENCE_REACH` characters before it (the
    sentence's start is never further), the last one followed by at most two words and no comma or semicolon before
    the refund word.  False means that method would pass the word over (its colon is the same one, or none inside the
    sentence); finding the bounds of every refund word's sentence was ~15% of a parse worker's reading time."""
    colon = said.rfind(":", max(0, at - SENTENCE_REACH), at)
    return colon >= 0 and _opens_after_colon(said, colon, at)


def _opens_after_colon(said: str, colon: int, at: int) -> bool:
    """(fix45k, issue 8) Whether the refund word at ``at`` opens what follows the colon at ``colon``: at most two words
    and no comma or semicolon between them.  The one test of :func:`_colon_just_before` (the pre-filter) and
    :meth:`RefundSettlement._received_before_a_colon` (with the sentence's bounds), so the two cannot part."""
    between = said[colon + 1:at]
    return len(between.split()) <= 2 and "," not in between and ";" not in between


def _after_colons(said: str) -> list[tuple[int, int]] | None:
    """(perf44) Per colon of ``said``, in order: the colon and the last position a refund word passing
    :func:`_colon_just_before` with that colon can start at (at most :data:`SENTENCE_REACH` characters after it, not
    past the next colon, comma or semicolon, nor into the third word after it).  None past :data:`MAX_MATCHES`
    colons (a hostile run of them costs no Python step each: the refund words are stepped through, as before)."""
    windows, colon = [], said.find(":")
    if said.count(":") > MAX_MATCHES:
        return None
    while colon >= 0:
        last = colon + SENTENCE_REACH
        for mark in ":,;":
            found = said.find(mark, colon + 1, last)
            if found >= 0:
                last = found
        words = said[colon + 1:last].split(None, 2)
        if len(words) == 3:
            last = last - len(words[2])  # (the third word's start: a word starting there has two before it)
        windows.append((colon, last))
        colon = said.find(":", colon + 1)
    return windows


def _refund_in(scan: Scan, windows: list[tuple[int, int]], end: int) -> bool:
    """(perf44) Whether a refund word may start inside a window of :func:`_after_colons`: the leftmost refund word
    found from just after each colon (one search serves every colon before the word it found, so the text is
    searched about once).  False only when no refund word :meth:`Scan.finditer` gives starts in any window: each of
    those is a match at its start, and a search from a position before it finds a match starting no later."""
    found = -1
    for colon, last in windows:
        if found <= colon:
            m = scan.search("refund", colon + 1, end)
            if m is None:
                return False
            found = m.start()
        if found <= last:
            return True
    return False
