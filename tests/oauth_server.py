"""A local OAuth2 authorization server for the tests: token endpoint,
introspection endpoint, authorization (loopback) and device endpoints.

It issues opaque random tokens, expires them, rotates refresh tokens on every
refresh, and can refuse a refresh (as a provider does when consent is
withdrawn or the password changed).  The introspection endpoint accepts only
unexpired access tokens it issued; the private Dovecot's ``oauth2`` passdb and
the aiosmtpd authenticator both ask it.  Plain HTTP on 127.0.0.1, a free port,
one thread per request.

    with TokenServer() as tokens:
        access, refresh = tokens.issue("support@example.com")
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit

DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"


@dataclass
class Grant:
    """One sign-in: the user it is for and its current refresh token."""

    username: str
    refresh_token: str
    refused: bool = False


@dataclass
class State:
    access: dict[str, tuple[str, float]] = field(default_factory=dict)
    """access token -> (username, expires at, time.time())"""
    refresh: dict[str, Grant] = field(default_factory=dict)
    codes: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    """authorization code -> (username, redirect_uri, code_challenge)"""
    devices: dict[str, dict] = field(default_factory=dict)
    requests: list[tuple[str, dict]] = field(default_factory=list)


class TokenServer:
    """Start with ``start()`` (or ``with``); ``url`` is its base address."""

    __test__ = False

    def __init__(self, username: str = "support@example.com", lifetime: float = 3600.0, rotate: bool = True):
        self.username = username
        self.lifetime = lifetime
        self.rotate = rotate
        self.refuse_all = False
        self.auto_approve_devices = False
        """When set, a device sign-in is approved at its second poll (the first answers pending)."""
        self.state = State()
        self.lock = threading.Lock()
        self.refreshes = 0
        self.introspections = 0
        outer = self

        class Handler(_Handler):
            server_state = outer

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> "TokenServer":
        self._thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> "TokenServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- what the tests do ------------------------------------------------------

    def issue(self, username: str | None = None) -> tuple[str, str]:
        """A new sign-in: (access token, refresh token)."""
        with self.lock:
            return self._issue(Grant(username or self.username, ""))

    def expire_access_tokens(self) -> int:
        """Every access token issued so far stops working now."""
        with self.lock:
            for token, (user, _) in list(self.state.access.items()):
                self.state.access[token] = (user, 0.0)
            return len(self.state.access)

    def refuse(self, refresh_token: str) -> None:
        """Withdraw the consent behind ``refresh_token`` (and its later rotations)."""
        with self.lock:
            self.state.refresh[refresh_token].refused = True

    def approve_device(self, user_code: str) -> None:
        with self.lock:
            for flow in self.state.devices.values():
                if flow["user_code"] == user_code:
                    flow["approved"] = True
                    return
        raise KeyError(user_code)

    def active(self, token: str) -> str | None:
        """The user of an unexpired access token this server issued, else None."""
        with self.lock:
            entry = self.state.access.get(token)
        if entry is None or entry[1] <= time.time():
            return None
        return entry[0]

    # -- inside ----------------------------------------------------------------

    def _issue(self, grant: Grant) -> tuple[str, str]:
        access = "at-" + secrets.token_urlsafe(24)
        self.state.access[access] = (grant.username, time.time() + self.lifetime)
        if self.rotate or not grant.refresh_token:
            if grant.refresh_token:
                self.state.refresh.pop(grant.refresh_token, None)
            grant.refresh_token = "rt-" + secrets.token_urlsafe(24)
            self.state.refresh[grant.refresh_token] = grant
        return access, grant.refresh_token

    def _tokens(self, grant: Grant) -> dict:
        access, refresh = self._issue(grant)
        return {"access_token": access, "token_type": "Bearer", "expires_in": int(self.lifetime),
                "refresh_token": refresh, "scope": "mail"}

    def token(self, form: dict[str, str]) -> tuple[int, dict]:
        kind = form.get("grant_type")
        with self.lock:
            if kind == "refresh_token":
                self.refreshes += 1
                grant = self.state.refresh.get(form.get("refresh_token", ""))
                if grant is None or grant.refused or self.refuse_all:
                    return 400, {"error": "invalid_grant", "error_description": "consent withdrawn (test server)"}
                return 200, self._tokens(grant)
            if kind == "authorization_code":
                entry = self.state.codes.pop(form.get("code", ""), None)
                if entry is None or entry[1] != form.get("redirect_uri"):
                    return 400, {"error": "invalid_grant", "error_description": "unknown code"}
                if entry[2] and _challenge(form.get("code_verifier", "")) != entry[2]:
                    return 400, {"error": "invalid_grant", "error_description": "PKCE verifier does not match"}
                return 200, self._tokens(Grant(entry[0], ""))
            if kind == DEVICE_GRANT:
                flow = self.state.devices.get(form.get("device_code", ""))
                if flow is None:
                    return 400, {"error": "expired_token"}
                flow["polls"] += 1
                if self.auto_approve_devices and flow["polls"] >= 2:
                    flow["approved"] = True
                if not flow["approved"]:
                    return 400, {"error": "authorization_pending"}
                del self.state.devices[form["device_code"]]
                return 200, self._tokens(Grant(self.username, ""))
        return 400, {"error": "unsupported_grant_type"}

    def authorize(self, query: dict[str, str]) -> str:
        """The redirect a browser would follow once the user consented."""
        code = "code-" + secrets.token_urlsafe(12)
        with self.lock:
            self.state.codes[code] = (self.username, query.get("redirect_uri", ""), query.get("code_challenge", ""))
        return query["redirect_uri"] + "?" + urlencode({"code": code, "state": query.get("state", "")})

    def device(self, form: dict[str, str]) -> dict:
        device_code = secrets.token_urlsafe(16)
        user_code = secrets.token_hex(4).upper()
        with self.lock:
            self.state.devices[device_code] = {"user_code": user_code, "approved": False, "polls": 0}
        return {"device_code": device_code, "user_code": user_code, "verification_uri": f"{self.url}/device/verify",
                "expires_in": 600, "interval": 1,
                "message": f"To sign in, open {self.url}/device/verify and enter the code {user_code}."}


def _challenge(verifier: str) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()


class _Handler(BaseHTTPRequestHandler):
    server_state: TokenServer

    def log_message(self, *args) -> None:  # quiet
        pass

    def _form(self) -> dict[str, str]:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode()
        return {k: v[0] for k, v in parse_qs(body).items()}

    def _json(self, status: int, payload: dict) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self) -> None:
        tokens = self.server_state
        path = urlsplit(self.path).path
        form = self._form()
        tokens.state.requests.append((path, form))
        if path == "/token":
            self._json(*tokens.token(form))
        elif path == "/introspect":
            tokens.introspections += 1
            user = tokens.active(form.get("token", ""))
            self._json(200, {"active": True, "username": user} if user else {"active": False})
        elif path == "/device":
            self._json(200, tokens.device(form))
        else:
            self._json(404, {"error": "not_found"})

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        if parts.path != "/authorize":
            self._json(404, {"error": "not_found"})
            return
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        self.send_response(302)
        self.send_header("Location", self.server_state.authorize(query))
        self.send_header("Content-Length", "0")
        self.end_headers()
