"""OAuth2 sign-in: provider presets, the encrypted token store, refresh and
rotation against the local token server, and the ``mailbot auth`` flows
(device code and browser loopback) through the generic provider."""

from __future__ import annotations

import io
import urllib.request
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from mailbot.cli import main
from mailbot.clock import FixedClock
from mailbot.config import collect
from mailbot.config.app import SMTP_SETTINGS, SmtpServer
from mailbot.config.check import oauth2_problems
from mailbot.errors import OAuthError, SignInNeeded
from mailbot.oauth.credentials import OAuthCredentials, decoded_xoauth2, xoauth2_string
from mailbot.oauth.flows import save_grant
from mailbot.oauth.providers import (
    GOOGLE_AUTH_URL, GOOGLE_TOKEN_URL, MICROSOFT_IMAP_SCOPE, MICROSOFT_SMTP_SCOPE, provider_for,
)
from mailbot.oauth.tokens import Cipher, TokenGrant
from mailbot.store import Store, upgrade
from mailbot.store import oauth as token_store
from mailbot.store.schema import oauth_tokens
from tests.dovecot import mailbox_settings
from tests.oauth_server import TokenServer
from tests.postgres import postgres_cluster, postgres_url  # noqa: F401  (the fixtures)

KEY_ENV = "MAILBOT_OAUTH2_KEY"
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)


def smtp_settings(**values) -> SmtpServer:
    defaults = {s.key: s.default for s in SMTP_SETTINGS}
    defaults.update(name="default", **values)
    return SmtpServer(**defaults)


# -- the presets --------------------------------------------------------------------

def test_google_preset_uses_googles_endpoints_and_the_full_mail_scope():
    provider = provider_for(mailbox_settings(auth="xoauth2", oauth2_provider="google", oauth2_client_id="id-1"))
    assert provider.token_url == GOOGLE_TOKEN_URL == "https://oauth2.googleapis.com/token"
    assert provider.auth_url == GOOGLE_AUTH_URL == "https://accounts.google.com/o/oauth2/v2/auth"
    assert provider.scopes == ("https://mail.google.com/",)
    assert provider.auth_params == {"access_type": "offline", "prompt": "consent"}
    assert provider.default_flow == "loopback" and provider.client_id == "id-1"
    same_for_smtp = provider_for(smtp_settings(auth="xoauth2", oauth2_provider="google", oauth2_client_id="id-1"))
    assert same_for_smtp.scopes == ("https://mail.google.com/",)


def test_microsoft_preset_uses_the_tenants_endpoints_and_imap_or_smtp_scope():
    imap = provider_for(mailbox_settings(auth="xoauth2", oauth2_provider="microsoft", oauth2_client_id="app",
                                         oauth2_tenant="contoso.onmicrosoft.com"))
    base = "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0"
    assert (imap.token_url, imap.device_url, imap.auth_url) == (f"{base}/token", f"{base}/devicecode",
                                                                f"{base}/authorize")
    assert imap.scopes == (MICROSOFT_IMAP_SCOPE, "offline_access")
    assert MICROSOFT_IMAP_SCOPE == "https://outlook.office.com/IMAP.AccessAsUser.All"
    assert imap.default_flow == "device"
    smtp = provider_for(smtp_settings(auth="xoauth2", oauth2_provider="microsoft", oauth2_client_id="app"))
    assert smtp.scopes == ("https://outlook.office.com/SMTP.Send", "offline_access") == (MICROSOFT_SMTP_SCOPE,
                                                                                         "offline_access")
    assert smtp.token_url == "https://login.microsoftonline.com/organizations/oauth2/v2.0/token"


def test_generic_provider_takes_its_urls_and_scopes_from_the_settings():
    provider = provider_for(mailbox_settings(auth="xoauth2", oauth2_provider="generic", oauth2_client_id="c",
                                             oauth2_token_url="https://id.example/token",
                                             oauth2_device_url="https://id.example/device",
                                             oauth2_scopes=("mail", "offline")))
    assert (provider.token_url, provider.device_url, provider.scopes) == (
        "https://id.example/token", "https://id.example/device", ("mail", "offline"))
    assert provider.default_flow == "device"


def test_xoauth2_string_is_the_sasl_initial_response():
    assert xoauth2_string("a@b.example", "tok") == "user=a@b.example\x01auth=Bearer tok\x01\x01"
    import base64

    assert decoded_xoauth2(base64.b64encode(xoauth2_string("a@b", "t").encode()).decode()) == ("a@b", "t")


# -- the configuration ----------------------------------------------------------------

def _write_config(tmp_path, mailbox_lines: str):
    from tests.dovecot import DEFAULTS

    path = tmp_path / "mailbot.toml"
    path.write_text(f'[mailbot]\nbrands_dir = "{DEFAULTS / "config" / "brands"}"\n'
                    f'templates_dir = "{DEFAULTS / "templates"}"\n\n[[mailboxes]]\nname = "support"\n'
                    f'brand = "leadsoptima"\nhost = "imap.example.com"\nusername = "support@example.com"\n'
                    + mailbox_lines)
    return path


def test_xoauth2_without_provider_or_client_id_is_one_line_each(tmp_path):
    config, problems = collect(_write_config(tmp_path, 'auth = "xoauth2"\n'))
    text = "\n".join(problems)
    assert "mailboxes[0].oauth2_provider: missing" in text
    assert "mailboxes[0].oauth2_client_id: missing" in text
    config, problems = collect(_write_config(tmp_path, 'auth = "xoauth2"\noauth2_provider = "generic"\n'
                                                       'oauth2_client_id = "c"\n'))
    text = "\n".join(problems)
    assert "oauth2_token_url: missing" in text
    config, problems = collect(_write_config(tmp_path, 'auth = "oauth"\n'))
    text = "\n".join(problems)
    assert "mailboxes[0].auth: must be one of password, xoauth2" in text


def test_config_check_reports_a_missing_or_malformed_token_key(tmp_path):
    config, problems = collect(_write_config(tmp_path, 'auth = "xoauth2"\noauth2_provider = "google"\n'
                                                       'oauth2_client_id = "c"\noauth2_client_secret_env = "GSECRET"\n'))
    assert config is not None
    found = [str(f) for f in oauth2_problems(config, {})]
    assert any("environment variable MAILBOT_OAUTH2_KEY is not set" in f and "(warning)" not in f for f in found)
    assert any("GSECRET is not set" in f and f.endswith("(warning)") for f in found)
    assert any("not a Fernet key" in f or "does not hold a Fernet key" in f
               for f in map(str, oauth2_problems(config, {KEY_ENV: "short"})))
    assert [str(f) for f in oauth2_problems(config, {KEY_ENV: Cipher.new_key(), "GSECRET": "s"})] == []


def test_config_check_command_names_the_missing_key(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv(KEY_ENV, raising=False)
    path = _write_config(tmp_path, 'auth = "xoauth2"\noauth2_provider = "microsoft"\noauth2_client_id = "c"\n')
    assert main(["--config", str(path), "config", "check"]) != 0
    out = capsys.readouterr()
    assert "MAILBOT_OAUTH2_KEY is not set" in out.out + out.err


# -- encryption and the store -----------------------------------------------------------

def test_cipher_round_trip_and_clear_errors():
    cipher = Cipher(Cipher.new_key())
    sealed = cipher.encrypt("rt-secret")
    assert "rt-secret" not in sealed and cipher.decrypt(sealed) == "rt-secret"
    with pytest.raises(OAuthError, match="cannot be decrypted with the current key"):
        Cipher(Cipher.new_key()).decrypt(sealed)
    with pytest.raises(OAuthError, match="MY_KEY is not set"):
        Cipher.from_environment("MY_KEY", {})
    with pytest.raises(OAuthError, match="MY_KEY: the OAuth2 token key is not a Fernet key"):
        Cipher.from_environment("MY_KEY", {"MY_KEY": "nope"})


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.integration)])
def store(request, tmp_path):
    """The token store on SQLite, and on a private PostgreSQL."""
    url = f"sqlite:///{tmp_path / 'mailbot.db'}" if request.param == "sqlite" else \
        request.getfixturevalue("postgres_url")
    upgrade(url)
    store = Store.open(url)
    yield store
    store.close()


def test_store_versions_every_change_and_saves_a_refresh_only_over_its_version(store):
    with store.begin() as conn:
        assert token_store.save_sign_in(conn, "mailbox:a", "generic", refresh_token="R1", access_token="A1",
                                        expires_at=NOW, now=NOW) == 1
        assert token_store.save_refresh(conn, "mailbox:a", expected_version=1, access_token="A2",
                                        expires_at=NOW, refresh_token="R2", now=NOW)
        assert not token_store.save_refresh(conn, "mailbox:a", expected_version=1, access_token="A3",
                                            expires_at=NOW, refresh_token="R3", now=NOW)
        row = token_store.get_token(conn, "mailbox:a")
        assert (row.access_token, row.refresh_token, row.version) == ("A2", "R2", 2)
        assert not token_store.mark_needs_sign_in(conn, "mailbox:a", "old", NOW, expected_version=1)
        assert token_store.mark_needs_sign_in(conn, "mailbox:a", "revoked", NOW, expected_version=2)
        assert token_store.mark_needs_sign_in(conn, "smtp:default", "never", NOW)
        assert token_store.needs_sign_in(conn) == ["mailbox:a", "smtp:default"]
        assert token_store.get_token(conn, "mailbox:a").access_token is None
        token_store.save_sign_in(conn, "mailbox:a", "generic", refresh_token="R9", access_token=None,
                                 expires_at=None, now=NOW)
        assert token_store.needs_sign_in(conn) == ["smtp:default"]


# -- refresh and rotation against the local token server ------------------------------------

@pytest.fixture
def tokens():
    with TokenServer(lifetime=3600) as server:
        yield server


def generic_mailbox(tokens: TokenServer, name: str = "support", **values):
    base = dict(name=name, auth="xoauth2", oauth2_provider="generic", oauth2_client_id="mailbot-test",
                oauth2_token_url=f"{tokens.url}/token", oauth2_auth_url=f"{tokens.url}/authorize",
                oauth2_device_url=f"{tokens.url}/device", username="support@example.com")
    base.update(values)
    return mailbox_settings(**base)


def signed_in(store, cipher, tokens, mailbox, now=NOW) -> OAuthCredentials:
    access, refresh = tokens.issue()
    save_grant(store, cipher, mailbox, TokenGrant(access, refresh, now + timedelta(seconds=tokens.lifetime)), now)
    return OAuthCredentials(mailbox, store, cipher, clock=FixedClock(now))


def test_a_token_is_reused_until_near_expiry_then_refreshed_and_the_rotation_saved(store, tokens):
    cipher = Cipher(Cipher.new_key())
    mailbox = generic_mailbox(tokens)
    credentials = signed_in(store, cipher, tokens, mailbox)
    first = credentials.access_token()
    assert tokens.active(first) and credentials.access_token() == first and tokens.refreshes == 0
    with store.connect() as conn:
        before = token_store.get_token(conn, mailbox.account)
    old_refresh = cipher.decrypt(before.refresh_token)
    credentials.clock = FixedClock(NOW + timedelta(seconds=3600) - timedelta(minutes=4))  # inside the margin
    second = credentials.access_token()
    assert second != first and tokens.refreshes == 1 and tokens.active(second)
    with store.connect() as conn:
        after = token_store.get_token(conn, mailbox.account)
        raw = conn.execute(select(oauth_tokens.c.refresh_token, oauth_tokens.c.access_token)).one()
    new_refresh = cipher.decrypt(after.refresh_token)
    assert new_refresh != old_refresh and after.version == before.version + 1
    assert second not in "".join(raw) and new_refresh not in "".join(raw)  # only ciphertext in the database
    assert tokens.token({"grant_type": "refresh_token", "refresh_token": old_refresh})[0] == 400  # spent


def test_a_refused_refresh_marks_needs_sign_in_and_asks_the_provider_no_more(store, tokens):
    cipher = Cipher(Cipher.new_key())
    mailbox = generic_mailbox(tokens)
    credentials = signed_in(store, cipher, tokens, mailbox)
    with store.connect() as conn:
        refresh = cipher.decrypt(token_store.get_token(conn, mailbox.account).refresh_token)
    tokens.refuse(refresh)
    with pytest.raises(SignInNeeded, match=r"mailbox support: needs sign-in \(.*invalid_grant.*\): run `mailbot "
                                           r"auth login support`"):
        credentials.access_token(stale=credentials.access_token())
    assert tokens.refreshes == 1
    with store.connect() as conn:
        assert token_store.needs_sign_in(conn) == ["mailbox:support"]
    with pytest.raises(SignInNeeded):
        credentials.access_token()
    assert tokens.refreshes == 1


def test_a_refresh_lost_to_another_process_uses_the_winners_token(store, tokens):
    """Two workers refresh at once; the provider refuses the loser's spent refresh
    token: the account is not marked, the winner's newer token is used."""
    cipher = Cipher(Cipher.new_key())
    mailbox = generic_mailbox(tokens)
    winner = signed_in(store, cipher, tokens, mailbox)
    loser = OAuthCredentials(mailbox, store, cipher, clock=FixedClock(NOW))
    with store.connect() as conn:
        stale_row = token_store.get_token(conn, mailbox.account)
    fresh = winner.access_token(stale=winner.access_token())
    assert loser._refresh(stale_row) is None  # refused, but the row had changed: read again
    assert loser.access_token() == fresh
    with store.connect() as conn:
        assert token_store.needs_sign_in(conn) == []


def test_no_key_fails_this_account_only_when_a_token_is_asked(store, tokens, monkeypatch):
    monkeypatch.delenv("NO_SUCH_KEY_ENV", raising=False)
    credentials = OAuthCredentials(generic_mailbox(tokens), store, key_env="NO_SUCH_KEY_ENV", environ={})
    with pytest.raises(OAuthError, match="NO_SUCH_KEY_ENV is not set"):
        credentials.access_token()


# -- mailbot auth login / import / status through the generic provider ----------------------

@pytest.fixture
def project(tmp_path, tokens, monkeypatch):
    from tests.dovecot import DEFAULTS

    monkeypatch.setenv(KEY_ENV, Cipher.new_key())
    monkeypatch.delenv("DATABASE_URL", raising=False)
    path = tmp_path / "config" / "mailbot.toml"
    path.parent.mkdir()
    path.write_text(
        f'[mailbot]\nbrands_dir = "{DEFAULTS / "config" / "brands"}"\ntemplates_dir = "{DEFAULTS / "templates"}"\n'
        f'[database]\nurl = "sqlite:///{tmp_path / "var" / "mailbot.db"}"\n\n'
        f'[[mailboxes]]\nname = "support"\nbrand = "leadsoptima"\nhost = "127.0.0.1"\nsecurity = "none"\n'
        f'username = "support@example.com"\nauth = "xoauth2"\noauth2_provider = "generic"\n'
        f'oauth2_client_id = "mailbot-test"\noauth2_token_url = "{tokens.url}/token"\n'
        f'oauth2_auth_url = "{tokens.url}/authorize"\noauth2_device_url = "{tokens.url}/device"\n'
        f'oauth2_scopes = ["mail", "offline"]\n')
    return path


def stored_refresh(path) -> str:
    from mailbot.config import load_config

    config = load_config(path)
    store = Store.open(config.database_url)
    try:
        with store.connect() as conn:
            row = token_store.get_token(conn, "mailbox:support")
    finally:
        store.close()
    return Cipher.from_environment(KEY_ENV).decrypt(row.refresh_token)


def test_device_code_login_against_the_local_server(project, tokens, capsys):
    tokens.auto_approve_devices = True
    assert main(["--config", str(project), "auth", "login", "support", "--flow", "device"]) == 0
    out = capsys.readouterr().out
    assert "enter the code" in out and "support: signed in (generic)" in out
    device_requests = [form for path, form in tokens.state.requests if path == "/device"]
    assert device_requests and device_requests[0]["scope"] == "mail offline"
    assert stored_refresh(project) in tokens.state.refresh
    assert main(["--config", str(project), "auth", "status"]) == 0
    assert "support: signed in (generic), access token expires in 59 min" in capsys.readouterr().out


def test_loopback_login_against_the_local_server(project, tokens, capsys, monkeypatch):
    seen = []

    def browser(url: str) -> bool:  # the user's browser: consent, then the redirect to the loopback port
        seen.append(url)
        urllib.request.urlopen(url, timeout=10).read()
        return True

    monkeypatch.setattr("webbrowser.open", browser)
    assert main(["--config", str(project), "auth", "login", "support", "--flow", "loopback"]) == 0
    assert "code_challenge_method=S256" in seen[0] and "state=" in seen[0]
    code_exchanges = [form for path, form in tokens.state.requests
                      if path == "/token" and form.get("grant_type") == "authorization_code"]
    assert len(code_exchanges) == 1 and code_exchanges[0]["code_verifier"]
    assert stored_refresh(project) in tokens.state.refresh
    assert "support: signed in (generic)" in capsys.readouterr().out


def test_auth_import_checks_the_token_and_a_wrong_one_is_one_line(project, tokens, capsys, monkeypatch):
    _, refresh = tokens.issue()
    monkeypatch.setattr("sys.stdin", io.StringIO(refresh + "\n"))
    assert main(["--config", str(project), "auth", "import", "support"]) == 0
    assert stored_refresh(project) != refresh and stored_refresh(project) in tokens.state.refresh  # rotated
    monkeypatch.setattr("sys.stdin", io.StringIO("rt-not-issued\n"))
    assert main(["--config", str(project), "auth", "import", "support"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "refused the token: invalid_grant" in err and "rt-not-issued" not in err
    assert main(["--config", str(project), "auth", "login", "nobody"]) == 2
    assert "no mailbox named 'nobody'" in capsys.readouterr().err
