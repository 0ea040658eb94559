"""OAuth2 (XOAUTH2) sign-in for IMAP mailboxes and SMTP servers.

- :mod:`providers`: where Google, Microsoft and a generic provider keep their
  endpoints, and which scopes mail needs.
- :mod:`tokens`: the Fernet cipher of stored tokens and the HTTP calls to the
  token endpoint (refresh).
- :mod:`credentials`: :class:`OAuthCredentials`, the credential provider an
  IMAP or SMTP connection calls for a fresh access token; it refreshes before
  expiry, saves a rotated refresh token atomically and marks the account
  "needs sign-in" when the provider refuses.
- :mod:`flows`: ``mailbot auth login`` (device code through msal, browser
  loopback through authlib) and ``auth import``.
"""

from mailbot.oauth.providers import Provider, provider_for

__all__ = ["Provider", "provider_for"]
