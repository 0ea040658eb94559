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


class OAuthError(MailbotError):
    """Raised when an OAuth2 sign-in cannot be done or a token cannot be had:
    no key to decrypt the stored tokens, a provider that cannot be reached, a
    sign-in flow that failed.  The message names the mailbox or SMTP server
    and never contains a token or a secret."""


class SignInNeeded(OAuthError):
    """Raised when a mailbox or SMTP server has no usable token: never signed
    in, or its provider refused to refresh the token (revoked, password
    changed, consent withdrawn).  The account is marked "needs sign-in" in the
    store until ``mailbot auth login`` or ``auth import`` gives a new one."""


class LeaseLost(StoreError):
    """Raised inside a commit that would move a mailbox when this worker no
    longer holds the mailbox's lease (it expired and another worker took it,
    so the fencing token changed): the commit is rolled back, nothing moves."""


class TransientFault(StoreError):
    """Raised when the database is locked, unreachable or out of disk space
    for a while: nothing is stored or moved, and the poll is tried again
    later (never a reason to mark an email failed)."""
