"""The checks ``mailbot config check`` runs once the files have loaded:
what each setting is worth together with the others and with the machine.

Loading (:func:`mailbot.config.collect`) checks each setting alone: type,
range, unknown keys.  :func:`further_problems` then looks across settings and
outside the files: environment variables named by ``password_env`` but unset,
reply templates a brand needs that no folder holds, override files that
replace nothing, addresses or case prefixes two brands share, denial clauses
a brand's replies would quote but that are not written.

Each finding is one line naming the file and the key.  A *warning* is
something that may be on purpose (a password not exported on this machine, a
brand without a mailbox): listed, but ``config check`` still passes.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

from mailbot.config import Config, did_you_mean

SUFFIX = ".txt.j2"
SHARED = "_shared"
REPLY_TEMPLATES = (
    "verify_sender", "need_info", "refund_approved", "refund_denied", "refund_escalated",
    "cancel_confirmed", "cancel_escalated", "refund_and_cancel",
)
"""Every reply a brand may send (mirrors ``mailbot.drafting.TEMPLATE_NAMES``; a test keeps them equal;
the config layer does not import the drafting layer)."""

DENIAL_CLAUSES = {
    "subscription": ("L1", "L3", "L7"),
    "agency": ("O1", "O2", "O3", "O4", "O5", "O6"),
}
"""The clause keys each policy kind's denials quote (a test reads them from ``mailbot/policy/``)."""

"""Case prefixes that ``mailbot.pipeline`` recognises in a reply's subject."""


@dataclass(frozen=True, slots=True)
class Finding:
    """One line of ``mailbot config check``."""

    text: str
    warning: bool = False

    def __str__(self) -> str:
        return f"{self.text} (warning)" if self.warning else self.text


def further_problems(config: Config, environ: Mapping[str, str] | None = None) -> list[Finding]:
    """Every cross-setting problem of a loaded configuration, one line each."""
    environ = os.environ if environ is None else environ
    return [
        *unset_secrets(config, environ),
        *missing_templates(config),
        *stray_overrides(config),
        *shared_addresses(config),
        *reference_prefixes(config),
        *missing_clauses(config),
        *brands_without_mailbox(config),
        *untrusted_senders(config),
        *oauth2_problems(config, environ),
    ]


def unset_secrets(config: Config, environ: Mapping[str, str]) -> list[Finding]:
    found = []
    for i, mailbox in enumerate(config.mailboxes):
        if mailbox.password_env and not environ.get(mailbox.password_env):
            found.append(Finding(f"{config.path}: mailboxes[{i}].password_env: environment variable "
                                 f"{mailbox.password_env} is not set (mailbox {mailbox.name} cannot log in)",
                                 warning=True))
        if mailbox.host and not mailbox.maildir and mailbox.username and not mailbox.password_env \
                and mailbox.auth != "xoauth2":
            found.append(Finding(f"{config.path}: mailboxes[{i}].password_env: missing: name the environment "
                                 f"variable that holds the password of {mailbox.username}"))
    for name, server in config.smtp.items():
        if server.password_env and not environ.get(server.password_env):
            found.append(Finding(f"{config.path}: smtp.{name}.password_env: environment variable "
                                 f"{server.password_env} is not set (replies cannot be sent)", warning=True))
    return found


def template_folders(config: Config) -> list[Path]:
    return [p for p in (config.template_overrides, config.templates_dir) if p is not None and p.is_dir()]


def _has_template(folders: list[Path], brand_folder: str, name: str) -> bool:
    return any((folder / sub / f"{name}{SUFFIX}").is_file() for folder in folders for sub in (brand_folder, SHARED))


def missing_templates(config: Config) -> list[Finding]:
    """A reply that neither the brand's folder nor ``_shared/`` holds, in
    the override folder or the shipped one."""
    folders = template_folders(config)
    if not folders:
        return []  # the loader already said the folder is missing
    found = []
    for brand in config.brands.values():
        if brand.templates != brand.name and not any((f / brand.templates).is_dir() for f in folders):
            found.append(Finding(f"{brand.source}: templates: folder {brand.templates!r} not found in "
                                 f"{' or '.join(str(f) for f in folders)}"))
        for name in REPLY_TEMPLATES:
            if not _has_template(folders, brand.templates, name):
                found.append(Finding(f"{brand.source}: templates: no {brand.templates}/{name}{SUFFIX} nor "
                                     f"{SHARED}/{name}{SUFFIX} in {' or '.join(str(f) for f in folders)}: "
                                     f"cases that call for it get no draft"))
    return found


def stray_overrides(config: Config) -> list[Finding]:
    """Files in the override folder that replace nothing: a misspelt name or a
    folder that is not a brand's.  Likely a mistake, so a warning."""
    overrides, shipped = config.template_overrides, config.templates_dir
    if overrides is None or not overrides.is_dir():
        return []
    folders = {SHARED, *(b.templates for b in config.brands.values())}
    known = {f"{n}{SUFFIX}" for n in REPLY_TEMPLATES}
    if shipped.is_dir():
        known |= {p.name for p in shipped.rglob(f"*{SUFFIX}")}
    found = []
    for path in sorted(overrides.rglob("*")):
        if not path.is_file() or path.name.startswith("."):
            continue
        relative = path.relative_to(overrides)
        if len(relative.parts) < 2 or relative.parts[0] not in folders:
            found.append(Finding(f"{config.path}: mailbot.template_overrides: {relative} is not in a brand's "
                                 f"folder nor in {SHARED}/{did_you_mean(relative.parts[0], sorted(folders))}: "
                                 f"it replaces nothing", warning=True))
        elif path.name not in known and not path.name.startswith("part_"):
            found.append(Finding(f"{config.path}: mailbot.template_overrides: {relative} replaces no shipped "
                                 f"template{did_you_mean(path.name, sorted(known))}", warning=True))
    return found


def shared_addresses(config: Config) -> list[Finding]:
    """C1 picks the brand by address: an address of two brands is ambiguous."""
    owner: dict[str, str] = {}
    found = []
    for brand in config.brands.values():
        for address in brand.addresses:
            if address in owner and owner[address] != brand.name:
                found.append(Finding(f"{brand.source}: addresses: {address} is also an address of brand "
                                     f"{owner[address]}"))
            owner.setdefault(address, brand.name)
    return found


def reference_prefixes(config: Config) -> list[Finding]:
    found, owner = [], {}
    for brand in config.brands.values():
        # The prefix's form is checked when the brand file loads (settings.case_prefix).
        if brand.case_prefix in owner:
            found.append(Finding(f"{brand.source}: case_prefix: {brand.case_prefix!r} is also brand "
                                 f"{owner[brand.case_prefix]}'s: replies would be matched to the wrong case"))
        owner.setdefault(brand.case_prefix, brand.name)
    return found


def missing_clauses(config: Config) -> list[Finding]:
    found = []
    for brand in config.brands.values():
        for key in DENIAL_CLAUSES.get(brand.kind, ()):
            if key not in brand.clauses:
                found.append(Finding(f"{brand.source}: clauses: no {key} clause: denials under rule {key} "
                                     f"will quote no policy sentence", warning=True))
    return found


def brands_without_mailbox(config: Config) -> list[Finding]:
    if not config.mailboxes:
        return []
    used = {m.brand for m in config.mailboxes}
    return [Finding(f"{brand.source}: no mailbox in {config.path} reads this brand's mail", warning=True)
            for brand in config.brands.values() if brand.name not in used]


def untrusted_senders(config: Config) -> list[Finding]:
    """An IMAP mailbox without ``trust_authserv_id`` takes every From address
    as written: anyone may write as a customer on record.  (A Maildir mailbox,
    the demo's, is not warned about.)"""
    return [Finding(f"{config.path}: mailboxes[{i}].trust_authserv_id: not set: the From address of mail to "
                    f"{m.name} is taken as written (name the receiving server's authserv-id so that only "
                    "authenticated senders count as customers on record)", warning=True)
            for i, m in enumerate(config.mailboxes) if m.host and not m.maildir and not m.trust_authserv_id.strip()]
def oauth2_problems(config: Config, environ: Mapping[str, str]) -> list[Finding]:
    """With any ``auth = "xoauth2"``: the token key must be set and be a
    Fernet key (an error: no stored token can be read without it); an unset
    client secret is a warning, as for passwords."""
    accounts = [(f"mailboxes[{i}]", m) for i, m in enumerate(config.mailboxes) if m.auth == "xoauth2"]
    accounts += [(f"smtp.{name}", s) for name, s in config.smtp.items() if s.auth == "xoauth2"]
    if not accounts:
        return []
    found = []
    key = environ.get(config.oauth2_key_env)
    names = ", ".join(where for where, _ in accounts)
    if not key:
        found.append(Finding(f"{config.path}: mailbot.oauth2_key_env: environment variable {config.oauth2_key_env} "
                             f"is not set: the OAuth2 tokens of {names} cannot be stored or read (`mailbot auth key` "
                             "makes a key)"))
    elif not _is_fernet_key(key):
        found.append(Finding(f"{config.path}: mailbot.oauth2_key_env: environment variable {config.oauth2_key_env} "
                             "does not hold a Fernet key (32 bytes, url-safe base64; `mailbot auth key` makes one)"))
    for where, settings in accounts:
        secret_env = settings.oauth2_client_secret_env
        if secret_env and not environ.get(secret_env):
            found.append(Finding(f"{config.path}: {where}.oauth2_client_secret_env: environment variable "
                                 f"{secret_env} is not set (its OAuth2 token cannot be refreshed)", warning=True))
    return found


def _is_fernet_key(key: str) -> bool:
    import base64
    import binascii

    try:
        return len(base64.urlsafe_b64decode(key.encode())) == 32
    except (binascii.Error, ValueError):
        return False
