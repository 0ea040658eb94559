"""The one exception root of mailbot, and when each subclass is raised.

Every error a user can cause (a bad file, a wrong setting) is a subclass of
:class:`MailbotError` whose ``str()`` is one line naming the file and what is
wrong; the command line prints that line and never a traceback.
"""


class MailbotError(Exception):
    """Root of every error mailbot raises on purpose."""


class ConfigError(MailbotError):
    """Raised when a configuration file is missing, is not valid TOML, or a
    setting has the wrong type, is out of range or unknown.  The message names
    the file and the key."""


class PatternError(ConfigError):
    """A pattern (a brand setting or a language pack) that the linear-time engine (RE2)
    cannot compile; the message names its source."""


class LedgerError(MailbotError):
    """Raised when a ledger file cannot be read or a record does not validate.
    The message names the file, the record (list and index or id) and the field."""


class MessageError(MailbotError):
    """Raised when bytes cannot be read as an email at all (empty, or no
    header could be found).  Damaged but readable mail is *not* an error: it
    is parsed and its defects are recorded."""


class TemplateError(MailbotError):
    """Raised when a reply template is missing, has a syntax error, or uses a
    variable the context does not define.  The message names ``file:line``."""


class StoreError(MailbotError):
    """Raised when the database cannot be reached or is at the wrong schema."""


class SourceError(MailbotError):
    """Raised when a mailbox (IMAP server or Maildir) cannot be read: refused
    connection, failed login, missing folder.  The message names the mailbox
    and never contains a password."""


class SendError(MailbotError):
    """Raised when an approved reply cannot be handed to the SMTP server."""
