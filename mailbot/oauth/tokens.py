"""Stored tokens are encrypted; fresh ones come from the token endpoint.

:class:`Cipher` is Fernet (``cryptography``) with the key from the environment
variable named by ``[mailbot] oauth2_key_env``: the database never holds a
token in the clear, and a key that is missing or wrong is one clear line.

:func:`refresh` posts the refresh-token grant (RFC 6749 section 6).  A refusal
``invalid_grant`` (revoked, expired, password changed, consent withdrawn) is
:class:`RefreshRefused`: the account needs a new sign-in.  Anything else (no
connection, a 5xx, a wrong client secret) is an :class:`OAuthError` that a
later try or a configuration fix may cure, so the account is not marked.
"""

from __future__ import annotations

import json
import os
import urllib.parse
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Mapping

from mailbot.errors import OAuthError
from mailbot.oauth.providers import Provider

TIMEOUT = 20.0
REFUSALS = ("invalid_grant",)
"""Token-endpoint errors that only a new sign-in cures."""


class RefreshRefused(OAuthError):
    """Raised when the token endpoint refuses a refresh token for good
    (``invalid_grant``); ``str()`` holds the provider's words."""


@dataclass(frozen=True)
class TokenGrant:
    """What the token endpoint gave: a new access token, maybe a rotated refresh token."""

    access_token: str
    refresh_token: str | None
    expires_at: datetime | None


def grant_from(payload: dict, now: datetime) -> TokenGrant:
    """A :class:`TokenGrant` from a token response (``expires_in`` seconds from ``now``)."""
    access = payload.get("access_token")
    if not isinstance(access, str) or not access:
        raise OAuthError("the token endpoint answered without an access_token")
    expires_in = payload.get("expires_in")
    try:
        expires_at = now + timedelta(seconds=int(expires_in)) if expires_in is not None else None
    except (TypeError, ValueError):
        expires_at = None
    refresh = payload.get("refresh_token")
    return TokenGrant(access, refresh if isinstance(refresh, str) and refresh else None, expires_at)


class Cipher:
    """Fernet encryption of tokens at rest."""

    def __init__(self, key: str | bytes):
        from cryptography.fernet import Fernet

        try:
            self._fernet = Fernet(key)
        except (ValueError, TypeError):
            raise OAuthError("the OAuth2 token key is not a Fernet key (32 url-safe base64 bytes; "
                             "`mailbot auth key` makes one)") from None

    @classmethod
    def from_environment(cls, variable: str, environ: Mapping[str, str] | None = None) -> "Cipher":
        environ = os.environ if environ is None else environ
        key = environ.get(variable)
        if not key:
            raise OAuthError(f"environment variable {variable} is not set: it holds the key that encrypts "
                             "OAuth2 tokens ([mailbot] oauth2_key_env; `mailbot auth key` makes one)")
        try:
            return cls(key.encode())
        except OAuthError as e:
            raise OAuthError(f"environment variable {variable}: {e}") from None

    @staticmethod
    def new_key() -> str:
        from cryptography.fernet import Fernet

        return Fernet.generate_key().decode()

    def encrypt(self, text: str) -> str:
        return self._fernet.encrypt(text.encode()).decode()

    def decrypt(self, token: str) -> str:
        from cryptography.fernet import InvalidToken

        try:
            return self._fernet.decrypt(token.encode()).decode()
        except InvalidToken:
            raise OAuthError("a stored OAuth2 token cannot be decrypted with the current key (was the key "
                             "changed?): sign in again with `mailbot auth login`") from None


def client_secret(provider: Provider, environ: Mapping[str, str] | None = None) -> str | None:
    """The client secret named by ``oauth2_client_secret_env``; None for a public client."""
    if not provider.client_secret_env:
        return None
    environ = os.environ if environ is None else environ
    secret = environ.get(provider.client_secret_env)
    if secret is None:
        raise OAuthError(f"environment variable {provider.client_secret_env} (the OAuth2 client secret) is not set")
    return secret


def post_token(url: str, form: dict[str, str], timeout: float = TIMEOUT) -> dict:
    """POST a form to the token endpoint; the JSON answer, or :class:`RefreshRefused`
    / :class:`OAuthError` with the provider's words (never the form's secrets)."""
    if not url:
        raise OAuthError("no token URL (oauth2_token_url)")
    # Imported here (issue 8, memory): every poll imports this module (its sources may use
    # OAuth2), and urllib.request with its HTTP client was ~0.5 MB of the main process's
    # memory at the poll's peak (perf25c, tracemalloc) for a call only a token refresh makes.
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url, data=urllib.parse.urlencode(form).encode(), method="POST",
                                     headers={"Content-Type": "application/x-www-form-urlencoded",
                                              "Accept": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:  # noqa: S310 - configured URL
            return _json(answer.read(), url)
    except urllib.error.HTTPError as e:
        payload = _json(e.read(), url, strict=False)
        error = str(payload.get("error") or "")
        words = " ".join(f"{error}: {payload.get('error_description') or ''}".split()).strip(": ")
        if e.code in (400, 401) and error in REFUSALS:
            raise RefreshRefused(f"{_host(url)} refused the token: {words}") from None
        raise OAuthError(f"{_host(url)} answered {e.code}: {words or e.reason}") from None
    except (urllib.error.URLError, OSError) as e:
        reason = getattr(e, "reason", None) or e
        raise OAuthError(f"cannot reach {_host(url)}: {reason}") from None


def _json(data: bytes, url: str, strict: bool = True) -> dict:
    try:
        payload = json.loads(data.decode("utf-8", "replace") or "{}")
    except ValueError:
        payload = None
    if not isinstance(payload, dict):
        if strict:
            raise OAuthError(f"{_host(url)} answered something that is not a JSON object")
        return {}
    return payload


def _host(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}{parts.path}"


def refresh(provider: Provider, refresh_token: str, now: datetime,
            environ: Mapping[str, str] | None = None) -> TokenGrant:
    """A new access token for ``refresh_token`` (and the rotated refresh token, if any)."""
    form = {"grant_type": "refresh_token", "refresh_token": refresh_token, "client_id": provider.client_id}
    if provider.scopes:
        form["scope"] = " ".join(provider.scopes)
    secret = client_secret(provider, environ)
    if secret:
        form["client_secret"] = secret
    return grant_from(post_token(provider.token_url, form), now)
