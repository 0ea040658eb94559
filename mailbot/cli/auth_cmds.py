"""``mailbot auth``: OAuth2 sign-in of mailboxes and SMTP servers.

- ``auth login NAME``: the provider's sign-in (Microsoft: device code;
  Google: the browser on a loopback port; generic: whichever endpoint is set,
  or ``--flow``).
- ``auth import NAME``: a refresh token from standard input (scripts).
- ``auth status``: each OAuth2 account, its state and its token's expiry.
- ``auth key``: a new encryption key for ``[mailbot] oauth2_key_env``.

NAME is a mailbox name, or ``smtp.NAME`` for an ``[smtp.NAME]`` server.

The OAuth2 modules (``urllib.request``, ``http.client``, ``webbrowser``) are
imported by the handlers that use them, not when the command line is built:
every command, a poll too, builds it (issue 8, memory of ``poll``).
"""

from __future__ import annotations

import json
import sys
from datetime import datetime

from mailbot.clock import SystemClock
from mailbot.config import Config, load_config
from mailbot.config.app import Mailbox, SmtpServer
from mailbot.errors import MailbotError
from mailbot.store import oauth as token_store
from mailbot.store.database import Store, upgrade


class AccountError(MailbotError):
    """Raised when ``mailbot auth`` names no mailbox or SMTP server, or one that signs in with a password."""


def register(sub) -> None:
    auth = sub.add_parser("auth", help="OAuth2 sign-in of mailboxes and SMTP servers")
    actions = auth.add_subparsers(dest="action", metavar="ACTION", required=True)
    login = actions.add_parser("login", help="sign in with the provider and store the tokens")
    login.add_argument("name", metavar="NAME", help="a mailbox name, or smtp.NAME")
    login.add_argument("--flow", choices=("device", "loopback"), help="device code or browser loopback "
                       "(default: the provider's)")
    login.add_argument("--no-browser", action="store_true", help="print the sign-in address instead of "
                       "opening a browser")
    login.add_argument("--port", type=int, default=0, help="loopback port for the browser's answer (default: any)")
    login.set_defaults(handler=auth_login)

    imp = actions.add_parser("import", help="store a refresh token read from standard input")
    imp.add_argument("name", metavar="NAME", help="a mailbox name, or smtp.NAME")
    imp.add_argument("--no-check", action="store_true", help="store it without asking the provider first")
    imp.set_defaults(handler=auth_import)

    status = actions.add_parser("status", help="each OAuth2 account: state and token expiry")
    status.add_argument("--json", action="store_true", help="one JSON object per line")
    status.set_defaults(handler=auth_status)

    actions.add_parser("key", help="print a new key for [mailbot] oauth2_key_env").set_defaults(handler=auth_key)


def oauth_accounts(config: Config) -> list[Mailbox | SmtpServer]:
    return [*(m for m in config.mailboxes if m.auth == "xoauth2"),
            *(s for s in config.smtp.values() if s.auth == "xoauth2")]


def find_account(config: Config, name: str) -> Mailbox | SmtpServer:
    settings = next((m for m in config.mailboxes if m.name == name), None)
    if settings is None and name.startswith("smtp."):
        settings = config.smtp.get(name[len("smtp."):])
    if settings is None:
        from mailbot.oauth.credentials import login_name

        known = ", ".join(login_name(a) for a in oauth_accounts(config)) or "none"
        raise AccountError(f"{config.path}: no mailbox named {name!r} and no [smtp.{name.removeprefix('smtp.')}] "
                           f"(OAuth2 accounts: {known})")
    if settings.auth != "xoauth2":
        where = f"smtp.{settings.name}" if isinstance(settings, SmtpServer) else f"mailbox {settings.name}"
        raise AccountError(f"{config.path}: {where} signs in with a password: set auth = \"xoauth2\" and "
                           "oauth2_provider first")
    return settings


def _open(config: Config) -> Store:
    upgrade(config.database_url)
    return Store.open(config.database_url)


def auth_login(args) -> int:
    import webbrowser

    from mailbot.oauth.credentials import login_name
    from mailbot.oauth.flows import device_sign_in, loopback_sign_in, save_grant
    from mailbot.oauth.providers import provider_for
    from mailbot.oauth.tokens import Cipher

    config = load_config(args.config)
    settings = find_account(config, args.name)
    cipher = Cipher.from_environment(config.oauth2_key_env)
    provider = provider_for(settings)
    flow = args.flow or provider.default_flow
    clock = SystemClock()
    if flow == "device":
        grant = device_sign_in(provider, lambda text: print(text, flush=True), clock.now)
    else:
        def show(url: str) -> None:
            print(f"Sign in at: {url}", flush=True)
            if not args.no_browser:
                webbrowser.open(url)

        grant = loopback_sign_in(provider, show, clock.now, port=args.port)
    store = _open(config)
    try:
        save_grant(store, cipher, settings, grant, clock.now())
    finally:
        store.close()
    print(f"{login_name(settings)}: signed in ({provider.name}); tokens stored encrypted")
    return 0


def auth_import(args) -> int:
    from mailbot.oauth.credentials import login_name
    from mailbot.oauth.flows import import_refresh_token, save_grant
    from mailbot.oauth.providers import provider_for
    from mailbot.oauth.tokens import Cipher

    config = load_config(args.config)
    settings = find_account(config, args.name)
    cipher = Cipher.from_environment(config.oauth2_key_env)
    clock = SystemClock()
    token = sys.stdin.readline()
    grant = import_refresh_token(provider_for(settings), token, clock.now(), check=not args.no_check)
    store = _open(config)
    try:
        save_grant(store, cipher, settings, grant, clock.now())
    finally:
        store.close()
    print(f"{login_name(settings)}: refresh token imported" + ("" if args.no_check else " and checked"))
    return 0


def account_states(config: Config, store: Store) -> list[dict]:
    """Each OAuth2 account as ``auth status`` shows it."""
    from mailbot.oauth.credentials import login_name

    with store.connect() as conn:
        rows = {t.account: t for t in token_store.list_tokens(conn)}
    out = []
    for settings in oauth_accounts(config):
        row = rows.get(settings.account)
        if row is None or (row.refresh_token is None and not row.needs_sign_in):
            state = "not signed in"
        elif row.needs_sign_in:
            state = "needs sign-in"
        else:
            state = "signed in"
        out.append({"name": login_name(settings), "provider": settings.oauth2_provider, "state": state,
                    "access_token_expires_at": row.expires_at.isoformat() if row and row.expires_at else None,
                    "refreshed_at": row.refreshed_at.isoformat() if row and row.refreshed_at else None,
                    "signed_in_at": row.signed_in_at.isoformat() if row and row.signed_in_at else None,
                    "reason": row.reason if row else None})
    return out


def auth_status(args) -> int:
    config = load_config(args.config)
    store = _open(config)
    try:
        states = account_states(config, store)
    finally:
        store.close()
    if args.json:
        for state in states:
            print(json.dumps(state, ensure_ascii=False))
        return 0
    if not states:
        print("no mailbox or SMTP server signs in with OAuth2 (auth = \"xoauth2\")")
        return 0
    now = SystemClock().now()
    for s in states:
        expiry = s["access_token_expires_at"]
        if expiry:
            left = int((datetime.fromisoformat(expiry) - now).total_seconds())
            expiry = f"access token {'expires in ' + str(left // 60) + ' min' if left > 0 else 'expired'} ({expiry})"
        line = f"{s['name']}: {s['state']} ({s['provider']})"
        if s["state"] == "needs sign-in":
            line += f": {s['reason']}: run `mailbot auth login {s['name']}`"
        elif expiry:
            line += f", {expiry}"
        print(line)
    return 1 if any(s["state"] != "signed in" for s in states) else 0


def auth_key(args) -> int:
    from mailbot.oauth.tokens import Cipher

    print(Cipher.new_key())
    return 0


__all__ = ["register", "find_account", "account_states", "oauth_accounts"]
