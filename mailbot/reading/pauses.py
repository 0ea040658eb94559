"""(fix46k) A pause asked is no cancellation: the plan paused, frozen or put on hold, or stopped for a stated while.

"Please pause the plan", "put my subscription on hold", "pausar la suscripción", "das Abo pausieren", "mettre
l'abonnement en pause", "plan rok do kuch din ke liye", "merci de suspendre l'abonnement pendant deux mois": the
customer keeps the plan and asks to have it rest (``intents.cancellation_paused``, the packs' words).

Decision (docs/policy.md, settled points: a pause is not a cancellation): the cancellation words a pause's words
overlap ask for nothing, from where those cancellation words start ("merci de suspendre ..." is read from "merci");
the email is then ``other`` for a person unless it also asks to cancel in words of its own ("pause the plan, or
if you can't, cancel it" still asks).  A stop with no while stated ("stop my plan", "suspendre mon abonnement") is
read as before."""

from __future__ import annotations

from mailbot.reading.scan import Scan

CANCELLATION_SET_ASIDE = ("own_closing", "others_wish", "cancellation_unneeded", "charge_cancelled",
                          "cancellation_contested", "cancellation_other_object")
"""The names whose spans ask nothing for the cancellation (:meth:`~mailbot.reading.intents.IntentReading._asks`,
moved here by fix46k): the customer's own business closing, a third person's wish, a cancellation told unneeded, a
charge cancelled, the business's cancellation contested, a pronoun for something other than the plan."""


def paused(scan: Scan, size: int) -> list[tuple[int, int]]:
    """The spans that ask nothing for the cancellation (:meth:`~mailbot.reading.intents.IntentReading._asks`
    ``policy``): each pause's words, and each cancellation match they overlap, from its own start."""
    pauses = [m.span() for m in scan.finditer("cancellation_paused", size)]
    if not pauses:
        return []
    return pauses + [m.span() for m in scan.finditer("cancellation", size)
                     if any(m.start() < end and start < m.end() for start, end in pauses)]
