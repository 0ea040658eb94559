"""Reading Authentication-Results (RFC 8601) and judging the sender by it:
unit tests of the tokenizer and the trust rules, the triage command's flags,
and the config check's warning."""

from __future__ import annotations

import json
import time

import pytest

from mailbot.config.check import untrusted_senders
from mailbot.models import SenderTrust
from mailbot.reading.authres import MAX_HEADER_CHARS, aligned, check_sender, parse_header, tokens
from tests.conftest import mailbox_settings
from tests.helpers import LO_ADDRESS, config, email_bytes, inbound, ist

MX = "mx.leadsoptima.com"
TRUST = SenderTrust(MX)


def asha(*results: str):
    return inbound("Asha Rao <asha@example.in>", LO_ADDRESS, "Refund", ist(2025, 7, 8, 11, 0), "Hi",
                   **({} if not results else {"Authentication_Results": results[0]}))


def with_headers(*values: str):
    msg = asha()
    msg.authentication_results = values
    return msg


def test_the_header_is_read_with_comments_quotes_versions_and_padding():
    parsed = parse_header(f'{MX} 1; dkim/1 = pass (good (nested) sig) reason="ok; fine" header.d=example.in '
                          'header.b=ab/c+d==; spf=softfail smtp.mailfrom="x@evil.example"; dmarc=pass '
                          'header.from=example.in')
    assert parsed.authserv_id == MX
    dkim, spf, dmarc = parsed.results
    assert (dkim.method, dkim.result, dkim.prop("header.d"), dkim.prop("header.b"), dkim.prop("reason")) == \
        ("dkim", "pass", "example.in", "ab/c+d==", "ok; fine")
    assert (spf.method, spf.result, spf.prop("smtp.mailfrom")) == ("spf", "softfail", "x@evil.example")
    assert (dmarc.method, dmarc.result) == ("dmarc", "pass")
    assert parse_header(f"{MX}; none").results == ()
    assert parse_header("") is None and parse_header("; dkim=pass") is None
    assert parse_header(f"{MX}; dkim pass; dmarc=pass").results[0].method == "dmarc"  # the bad one is left out


def test_the_tokenizer_is_linear_and_bounded():
    assert tokens("x" * (MAX_HEADER_CHARS + 1)) is None
    for hostile in ("(" * 8000, "\\(" * 4000, '"' + "\\" * 8000, "a=" * 4000, "; " * 4000):
        started = time.perf_counter()
        tokens(hostile)
        parse_header(hostile)
        assert time.perf_counter() - started < 1.0  # generous: a backtracking regex takes minutes here


@pytest.mark.parametrize("results, verified", [
    ("dmarc=pass header.from=example.in", True),
    ("dmarc=pass", True),
    ("dmarc=pass header.from=evil.example", False),
    ("dkim=pass header.d=example.in", True),
    ("dkim=pass header.d=mail.example.in", True),
    ("dkim=pass header.i=@example.in", True),
    ("dkim=pass header.d=evil.example", False),
    ("dkim=fail header.d=example.in", False),
    ("spf=pass smtp.mailfrom=asha@example.in", False),
    ("dkim=pass header.d=example.in; dmarc=fail header.from=example.in", False),
    ("none", False),
])
def test_who_counts_as_verified(results, verified):
    check = check_sender(asha(f"{MX}; {results}"), TRUST)
    assert check.verified is verified, check.reason


def test_spf_counts_only_when_allowed_and_aligned():
    spf = f"{MX}; spf=pass smtp.mailfrom=asha@example.in"
    assert not check_sender(asha(spf), TRUST).verified
    assert check_sender(asha(spf), SenderTrust(MX, spf_enough=True)).verified
    other = f"{MX}; spf=pass smtp.mailfrom=bounce@evil.example"
    assert not check_sender(asha(other), SenderTrust(MX, spf_enough=True)).verified


def test_headers_of_any_other_authserv_id_are_ignored():
    forged = "relay.evil.example; dmarc=pass header.from=example.in"
    check = check_sender(asha(forged), TRUST)
    assert not check.verified and f"no Authentication-Results from {MX}" in check.reason
    # the server's own header on top; a forged one with its id further down, below another id
    msg = with_headers(f"{MX}; dmarc=none", "relay.evil.example; x=y", f"{MX}; dmarc=pass")
    assert not check_sender(msg, TRUST).verified
    # two headers of the trusted server together (one per milter) count together
    assert check_sender(with_headers(f"{MX}; dkim=none", f"{MX.upper()}; dmarc=pass"), TRUST).verified


def test_alignment_without_the_public_suffix_list():
    assert aligned("example.in", "example.in") and aligned("mail.example.in", "example.in")
    assert not aligned("in", "example.in") and not aligned("evil.example", "example.in")
    assert not aligned("notexample.in", "example.in")


def test_the_parser_keeps_the_headers_topmost_first():
    raw = (f"Authentication-Results: {MX}; dmarc=pass\r\n"
           "Authentication-Results: other.example; dmarc=fail\r\n").encode() + \
        email_bytes("asha@example.in", LO_ADDRESS, "x", ist(2025, 7, 8, 11, 0), "Hi")
    from mailbot.reading.parse import parse_message

    msg = parse_message(raw, "t.eml")
    assert msg.authentication_results[0].startswith(MX)
    assert check_sender(msg, TRUST).verified


def test_config_check_warns_for_an_imap_mailbox_without_a_trust_setting():
    cfg = config()
    cfg.mailboxes = [mailbox_settings(name="imap", host="imap.example.com"),
                     mailbox_settings(name="trusted", host="imap.example.com", trust_authserv_id=MX),
                     mailbox_settings(name="maildir", maildir="var/box")]
    found = untrusted_senders(cfg)
    assert len(found) == 1 and found[0].warning and "mailboxes[0].trust_authserv_id" in found[0].text


def test_triage_takes_the_trust_setting_from_a_flag(tmp_path, capsys):
    from mailbot.cli import main

    path = tmp_path / "spoofed.eml"
    path.write_bytes(f"Authentication-Results: {MX}; dmarc=fail header.from=example.in\r\n".encode() + email_bytes(
        "Asha Rao <asha@example.in>", LO_ADDRESS, "Charged twice", ist(2025, 7, 8, 11, 0),
        "I was charged twice for my annual plan, invoice LO-INV-1002. Please refund the duplicate.\n\nAsha"))
    from tests.helpers import EXAMPLES

    args = ["triage", "--ledger", str(EXAMPLES / "ledger.json"), "--now", "2025-07-08T18:00:00+05:30", "--json",
            str(path)]
    assert main(args) == 0
    trusting_nobody = json.loads(capsys.readouterr().out)
    assert main([*args[:1], "--trust-authserv-id", MX, *args[1:]]) == 0
    trusting_mx = json.loads(capsys.readouterr().out)
    assert trusting_nobody["status"] == "decided"
    assert trusting_mx["status"] == "need_info" and trusting_mx["rules"] == ["C2"]
    assert trusting_mx["draft"]["template"] == "leadsoptima/verify_sender"
