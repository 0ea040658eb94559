"""Where each OAuth2 provider keeps its endpoints, and the scopes mail needs.

Google and Microsoft are presets: only ``oauth2_client_id`` (and Microsoft's
``oauth2_tenant``) are needed.  The generic provider takes its URLs from the
settings; that is also how the tests point every flow at a local server.

Decisions: Microsoft signs in with the device code (a terminal-only admin can
do it from any browser), Google with the browser loopback (Google does not
allow the mail scope in its device flow).  Microsoft's IMAP and SMTP scopes
differ, so a mailbox and an SMTP server of the same account sign in
separately; each keeps its own token.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mailbot.config.app import Mailbox, SmtpServer

GOOGLE_AUTH_URL = "https://accounts.google.com/o/oauth2/v2/auth"
GOOGLE_TOKEN_URL = "https://oauth2.googleapis.com/token"
GOOGLE_SCOPES = ("https://mail.google.com/",)

MICROSOFT_LOGIN = "https://login.microsoftonline.com"
MICROSOFT_IMAP_SCOPE = "https://outlook.office.com/IMAP.AccessAsUser.All"
MICROSOFT_SMTP_SCOPE = "https://outlook.office.com/SMTP.Send"
OFFLINE = "offline_access"
"""Microsoft gives a refresh token only when this scope is asked for."""


@dataclass(frozen=True)
class Provider:
    """One account's provider: endpoints, scopes, client, and the default sign-in flow."""

    name: str
    token_url: str
    scopes: tuple[str, ...]
    client_id: str
    client_secret_env: str = ""
    auth_url: str = ""
    device_url: str = ""
    auth_params: dict[str, str] = field(default_factory=dict)
    """Extra parameters of the browser sign-in (Google: a refresh token, every time)."""

    @property
    def default_flow(self) -> str:
        """``device`` when the provider has a device endpoint and is not Google, else ``loopback``."""
        if self.name == "google" or not self.device_url:
            return "loopback"
        return "device"


def provider_for(settings: Mailbox | SmtpServer) -> Provider:
    """The provider of a mailbox or SMTP server with ``auth = "xoauth2"``."""
    kind = settings.oauth2_provider
    smtp = isinstance(settings, SmtpServer)
    common = dict(client_id=settings.oauth2_client_id, client_secret_env=settings.oauth2_client_secret_env)
    if kind == "google":
        return Provider("google", GOOGLE_TOKEN_URL, tuple(settings.oauth2_scopes) or GOOGLE_SCOPES,
                        auth_url=GOOGLE_AUTH_URL, auth_params={"access_type": "offline", "prompt": "consent"},
                        **common)
    if kind == "microsoft":
        base = f"{MICROSOFT_LOGIN}/{settings.oauth2_tenant or 'organizations'}/oauth2/v2.0"
        scopes = tuple(settings.oauth2_scopes) or (MICROSOFT_SMTP_SCOPE if smtp else MICROSOFT_IMAP_SCOPE,)
        if OFFLINE not in scopes:
            scopes += (OFFLINE,)
        return Provider("microsoft", f"{base}/token", scopes, auth_url=f"{base}/authorize",
                        device_url=f"{base}/devicecode", **common)
    return Provider("generic", settings.oauth2_token_url, tuple(settings.oauth2_scopes),
                    auth_url=settings.oauth2_auth_url, device_url=settings.oauth2_device_url, **common)
