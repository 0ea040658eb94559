"""``mailbot auth login`` and ``auth import``: getting a first refresh token.

- Device code (RFC 8628), through msal's OAuth2 client
  (``msal.oauth2cli``): mailbot shows a code and an address, the admin
  signs in from any browser, mailbot polls the token endpoint.  Microsoft's
  preset uses it; so does a generic provider with ``oauth2_device_url``.
  Decision: msal's ``PublicClientApplication`` accepts only Microsoft-style
  HTTPS authorities, so the generic OAuth2 client underneath it is used for
  every provider; the Microsoft preset feeds it the tenant's own endpoints,
  and the tests drive the very same code against the local token server.
- Browser loopback (RFC 8252), through authlib: a one-request HTTP server on
  127.0.0.1 receives the redirect; PKCE (S256) and ``state`` protect the code.
  Google's preset uses it; so does a generic provider with ``oauth2_auth_url``.
- Import: a refresh token read from standard input, checked by one refresh
  (``--no-check`` stores it unchecked, for setups without the network).

Every flow ends in :func:`save_grant`: the tokens, encrypted, replace what
the store held and clear "needs sign-in", so polling resumes where it stopped.
"""

from __future__ import annotations

import logging
import threading
from datetime import datetime
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import TYPE_CHECKING, Callable, Mapping
from urllib.parse import parse_qs, urlsplit

from mailbot.errors import OAuthError
from mailbot.oauth.providers import Provider
from mailbot.oauth.tokens import Cipher, TokenGrant, client_secret, grant_from, refresh
from mailbot.store import oauth as token_store

if TYPE_CHECKING:
    from mailbot.config.app import Mailbox, SmtpServer
    from mailbot.store.database import Store

log = logging.getLogger(__name__)

LOGIN_TIMEOUT = 600.0
"""Seconds the browser sign-in waits for the redirect."""


# -- device code ----------------------------------------------------------------

def device_sign_in(provider: Provider, show: Callable[[str], None], now: Callable[[], datetime], *,
                   environ: Mapping[str, str] | None = None, http_client=None) -> TokenGrant:
    """Run the device-code flow; ``show`` prints the instructions for the admin."""
    from msal.oauth2cli.oauth2 import Client

    if not provider.device_url:
        raise OAuthError(f"provider {provider.name} has no device authorization endpoint (oauth2_device_url)")
    client = Client({"token_endpoint": provider.token_url, "device_authorization_endpoint": provider.device_url},
                    provider.client_id, client_secret=client_secret(provider, environ), http_client=http_client)
    try:
        flow = client.initiate_device_flow(scope=list(provider.scopes))
    except (OSError, ValueError) as e:
        raise OAuthError(f"cannot start the device sign-in at {provider.device_url}: {e}") from None
    if "device_code" not in flow:
        raise OAuthError(f"{provider.device_url} refused the device sign-in: {_words(flow)}")
    show(flow.get("message") or f"To sign in, open {flow.get('verification_uri')} and enter the code "
                                f"{flow.get('user_code')}")
    try:
        result = client.obtain_token_by_device_flow(flow)
    except OSError as e:
        raise OAuthError(f"the device sign-in failed: {e}") from None
    if "access_token" not in result:
        raise OAuthError(f"the device sign-in did not complete: {_words(result)}")
    return grant_from(result, now())


def _words(answer: dict) -> str:
    return " ".join(f"{answer.get('error', 'no answer')}: {answer.get('error_description') or ''}".split()).strip(": ")


# -- browser loopback -----------------------------------------------------------

class _Redirect(BaseHTTPRequestHandler):
    """Catches the provider's redirect to ``http://127.0.0.1:PORT/``."""

    received: list[str]

    def do_GET(self) -> None:
        query = parse_qs(urlsplit(self.path).query)
        done = "code" in query or "error" in query
        if done:
            self.received.append(self.path)
        body = (b"mailbot: signed in; you may close this window." if "code" in query else
                b"mailbot: the sign-in did not complete; see the terminal." if done else b"")
        self.send_response(200 if done else 404)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


class LoopbackReceiver:
    """A one-shot HTTP server on 127.0.0.1 that waits for the authorization redirect."""

    def __init__(self, port: int = 0):
        received: list[str] = []
        handler = type("Redirect", (_Redirect,), {"received": received})
        self.received = received
        self.httpd = HTTPServer(("127.0.0.1", port), handler)
        self.httpd.timeout = 0.5
        self.port = self.httpd.server_address[1]

    @property
    def redirect_uri(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def wait(self, timeout: float) -> str:
        """The full redirect URL, or OAuthError after ``timeout`` seconds."""
        import time

        deadline = time.monotonic() + timeout
        try:
            while not self.received and time.monotonic() < deadline:
                self.httpd.handle_request()
        finally:
            self.httpd.server_close()
        if not self.received:
            raise OAuthError(f"no answer from the browser within {int(timeout)} seconds")
        return f"{self.redirect_uri.rstrip('/')}{self.received[0]}"


def loopback_sign_in(provider: Provider, open_browser: Callable[[str], object], now: Callable[[], datetime], *,
                     environ: Mapping[str, str] | None = None, port: int = 0,
                     timeout: float = LOGIN_TIMEOUT) -> TokenGrant:
    """Run the browser flow: ``open_browser(url)`` shows the provider's
    consent page, whose redirect comes back to a loopback port."""
    from authlib.common.errors import AuthlibBaseError as AuthlibError
    from authlib.common.security import generate_token
    from authlib.integrations.requests_client import OAuth2Session

    if not provider.auth_url:
        raise OAuthError(f"provider {provider.name} has no authorization endpoint (oauth2_auth_url)")
    receiver = LoopbackReceiver(port)
    secret = client_secret(provider, environ)
    session = OAuth2Session(provider.client_id, secret, scope=" ".join(provider.scopes),
                            redirect_uri=receiver.redirect_uri, code_challenge_method="S256",
                            token_endpoint_auth_method="client_secret_post" if secret else "none")
    verifier = generate_token(64)
    url, state = session.create_authorization_url(provider.auth_url, code_verifier=verifier, **provider.auth_params)
    threading.Thread(target=open_browser, args=(url,), daemon=True).start()
    answer = receiver.wait(timeout)
    query = parse_qs(urlsplit(answer).query)
    if "error" in query:
        raise OAuthError(f"the provider refused the sign-in: {query['error'][0]}")
    if query.get("state", [""])[0] != state:
        raise OAuthError("the browser's answer does not carry this sign-in's state: ignored")
    try:
        token = session.fetch_token(provider.token_url, authorization_response=answer, code_verifier=verifier)
    except (AuthlibError, OSError, ValueError) as e:
        raise OAuthError(f"{provider.token_url} refused the code: {e}") from None
    finally:
        session.close()
    return grant_from(dict(token), now())


# -- import, and saving ---------------------------------------------------------

def import_refresh_token(provider: Provider, refresh_token: str, now: datetime, *, check: bool = True,
                         environ: Mapping[str, str] | None = None) -> TokenGrant:
    """A grant for a refresh token from outside; ``check`` refreshes it once
    (the provider may rotate it) so a wrong token is refused now, not at the next poll."""
    refresh_token = refresh_token.strip()
    if not refresh_token or any(c.isspace() for c in refresh_token):
        raise OAuthError("standard input holds no refresh token (one line, no spaces)")
    if not check:
        return TokenGrant("", refresh_token, None)
    grant = refresh(provider, refresh_token, now, environ)
    return TokenGrant(grant.access_token, grant.refresh_token or refresh_token, grant.expires_at)


def save_grant(store: "Store", cipher: Cipher, settings: "Mailbox | SmtpServer", grant: TokenGrant,
               now: datetime) -> None:
    """Store a sign-in's tokens (encrypted), replacing any older ones."""
    if not grant.refresh_token:
        raise OAuthError("the provider gave no refresh token (Microsoft needs the offline_access scope; "
                         "Google gives one only with access_type=offline and prompt=consent)")
    with store.begin() as conn:
        token_store.save_sign_in(
            conn, settings.account, settings.oauth2_provider or "generic",
            refresh_token=cipher.encrypt(grant.refresh_token),
            access_token=cipher.encrypt(grant.access_token) if grant.access_token else None,
            expires_at=grant.expires_at, now=now)
    log.info("%s: signed in with OAuth2; tokens stored encrypted", settings.account)
