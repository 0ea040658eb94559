"""Where emails come from: IMAP mailboxes, Maildirs, files.

Every source yields :class:`Fetched` values; the service layer parses,
triages and stores them, then tells the source the message is done.
"""
