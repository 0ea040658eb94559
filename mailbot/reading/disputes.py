"""Chargeback, dispute and legal-threat words (C4), read with the customer's own names and the reversals asked of
the company itself set aside (split out of :mod:`mailbot.reading.intents`, fix33l, to keep that module short)."""

from __future__ import annotations

import itertools

from mailbot.models import InboundMessage
from mailbot.reading.dispute_declined import turned_down
from mailbot.reading.ownname import in_an_address, names_the_sender_firm
from mailbot.reading.scan import Scan
from mailbot.reading.signed_name import signed_name



def holds_a_dispute(scan: Scan, decline, end: int) -> bool:
    """(fix46x) Whether a refund decline (``intents.refund_negated``) holds a dispute word not asked of us: "ich möchte
    keine Rückbuchung bei der Bank machen" rules out a reversal through the bank, it declines no refund, and "Bitte
    überweisen Sie den doppelten Betrag zurück" after it is still read.  Decision: only a refund asked in words
    stands beside it; a charge stated twice with nothing asked still reads the decline (the customer may mean the
    booking back by us)."""
    asked = [(a.start(), a.end()) for a in scan.finditer("dispute_asked", end)]
    return any(decline.start() <= d.start() and d.end() <= decline.end()
               and not any(s <= d.start() and d.end() <= e for s, e in asked) for d in scan.finditer("dispute", end))


class DisputeReading:
    """Methods of :class:`~mailbot.reading.extract.Extractor` (through
    :class:`~mailbot.reading.intents.IntentReading`, through
    :class:`~mailbot.reading.refund_settlement.RefundSettlement`)."""

    def dispute(self, scan: Scan, low: str, end: int, text: str = "", msg: InboundMessage | None = None) -> str | None:
        """The first chargeback, dispute or legal-threat words (C4) before the sign-off, those that are
        the customer's own name excepted: a legal word inside an address ("mercier-avocats.fr") or in the
        sender's own firm name ("Herrera y López Abogados" from ``@bufeteherreraylopez.es``) threatens
        nobody (fix16, see :mod:`mailbot.reading.ownname`; when unsure the word stays a threat).

        A reversal asked of the company itself is a refund request, not a threat; two passes read it:
        (fix20) a dispute word lying wholly inside ``intents.dispute_asked`` ("ich bitte um Rückbuchung des
        doppelten Betrags", where "Rückbuchung" is the everyday German word for a reversed booking), and
        (fix19) a dispute word that closes the words of a refund asked of the brand ("Ich ersuche um
        Rückbuchung der zwei überzähligen Belastungen").  Decision: only a request addressed to us counts;
        a reversal through the bank ("Rückbuchung über meine Bank", "das Geld per Chargeback über die
        Kreditkarte zurückholen") reaches beyond the ask or sits inside it, and stays a threat."""
        asked = [(a.start(), a.end()) for a in scan.finditer("dispute_asked", end)]
        # (fix46x) "the duplicate charge back in February": a past time, no chargeback (skipped as a reversal asked is)
        asked += [(a.start(), a.end()) for a in scan.finditer("dispute_told_back", end)]
        for m in scan.finditer("dispute", end):
            if in_an_address(low, m.start(), m.end()):
                continue
            if any(s <= m.start() and m.end() <= e for s, e in asked):
                continue  # "ich bitte um Rückbuchung des doppelten Betrags": a reversal asked of us (fix20)
            # (the refund words come in order of start: only those that start before the dispute word
            # are read, not every refund word of the email; perf22a)
            before = itertools.takewhile(lambda r: r.start() < m.start(), scan.finditer("refund", end))
            if any(r.end() == m.end() for r in before):
                continue  # (fix19) "ich ersuche um Rückbuchung": the reversal asked of us is the refund
            if next(iter(scan.finditer("refund", end)), None) is None and self._names_own_trade(scan, m, end):
                continue  # (fix22) "ich bin Rechtsanwalt", "a lawyer client of mine": who they are, no threat
            if turned_down(self.patterns, low, m, ((d.start(), d.end()) for d in scan.finditer("dispute", end)), end,
                           scan.languages_hit()):
                # (fix39d) "my bank offered a chargeback but I don't want that": turned down, by clauses; (fix41k) also
                # "I've never filed a chargeback", fix36a's ``intents.dispute_ruled_out`` patterns it generalises
                continue
            if self._disowned(scan, m, end):
                continue  # (fix25c) "I am not the type to run to the bank for a chargeback": no threat to us
            if msg is not None and len(text) == len(low) and \
                    names_the_sender_firm(text, m.start(), m.end(), msg.sender):
                continue
            if len(text) == len(low) and signed_name(text, m.start(), m.end(), end):
                continue  # (fix42d) "Can we get a refund?\n\nSue": the customer's name, signed alone at the close
            return m.group(0)
        return None

    @staticmethod
    def _disowned(scan: Scan, word, end: int) -> bool:
        """(fix25c) Whether the dispute word lies wholly inside a chargeback or dispute the customer disowns or
        tells of another provider (``intents.dispute_disowned``: "I am not the type to run to the bank for a
        chargeback", "like the chargeback I had to file with my last provider"), in an email that asks no refund
        (every refund word of it inside a decline: "No refund is needed").  Decision (POLICY_SPEC C4 escalates
        chargeback *threats*; section 8): a customer who says they would not turn to their bank, or names a
        chargeback against someone else, threatens us with nothing when no money is asked back; with a refund
        asked, the same words read as a veiled threat and a person decides, as does any other dispute word."""
        if not scan.has("dispute_disowned"):
            return False
        disowned = [(o.start(), o.end()) for o in scan.finditer("dispute_disowned", end)]
        if not any(s <= word.start() and word.end() <= e for s, e in disowned):
            return False
        # a refund word inside the disowned words ("não sou do tipo que vai pedir estorno no banco") asks nothing
        quiet = disowned + [(d.start(), d.end()) for d in scan.finditer("refund_negated", end)]
        return all(any(s <= r.start() < e for s, e in quiet) for r in scan.finditer("refund", end))

    @staticmethod
    def _names_own_trade(scan: Scan, word, end: int) -> bool:
        """(fix22) Whether the dispute word lies wholly inside the customer's naming of their own legal
        trade or a client's (``intents.dispute_own_trade``: "wir sind eine Anwaltskanzlei", "En tant
        qu'avocate", "a lawyer client of mine").  Decision (POLICY_SPEC C4 escalates *mentions of
        lawyers*; a careful support lead reads a lawyer brought against us there, not the customer's
        profession): the caller applies it only when the email asks no refund at all, and any other
        dispute word in the email still escalates, so a lawyer demanding money back is still a threat."""
        return any(s <= word.start() and word.end() <= e
                   for s, e in ((o.start(), o.end()) for o in scan.finditer("dispute_own_trade", end)))
