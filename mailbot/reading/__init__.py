"""Reading customer mail: everything between the raw bytes and the fields a policy needs.

- :mod:`~mailbot.reading.parse`: bytes to an :class:`~mailbot.models.InboundMessage`;
- :mod:`~mailbot.reading.htmltext`: HTML bodies to text;
- :mod:`~mailbot.reading.quotes`: the customer's new text, without quoted history and signatures
  (:mod:`~mailbot.reading.quote_lines`: what each line of a quote, forward or signature looks like);
- :mod:`~mailbot.reading.mentions`: dates and amounts as customers write them;
- :mod:`~mailbot.reading.screen`: C7, auto-generated mail;
- :mod:`~mailbot.reading.extract`: fields and intents.

These modules are pure (no network, no database, no clock but an injected one) and import
only the base layer, so the parse workers import nothing else.
"""
