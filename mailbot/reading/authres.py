"""Sender trust from ``Authentication-Results`` (RFC 8601).

The receiving mail server checks SPF, DKIM and DMARC and writes what it found
in an ``Authentication-Results`` header that starts with its *authserv-id*.
Anyone can write such a header into an email, so only the ones that carry the
authserv-id the mailbox trusts count (RFC 8601 section 5: the receiving server
removes forged headers with its own id; every other id is ignored here).

A sender counts as verified when, in the trusted results:

- DMARC passes (and, when the result names ``header.from``, for the From domain), or
- a DKIM signature passes whose signing domain (``header.d``, else the domain of
  ``header.i``) is aligned with the From domain, or
- SPF passes for an envelope domain (``smtp.mailfrom``) aligned with the From
  domain, only when the mailbox allows SPF alone.

A DMARC ``fail`` in the trusted results outweighs any pass.

Decisions taken (documented for staff and admins):

- *Alignment* is relaxed alignment without the public-suffix list: the two
  domains are equal, or one is a sub-domain of the other (``mail.example.in``
  and ``example.in``); a bare top-level name (no dot) never aligns.
- Which headers: the trusted headers from the topmost one with the trusted id
  down to the next header with another id (milters such as OpenDKIM and
  OpenDMARC add one each, together, on top).  A trusted-id header further down
  is the sender's, not the server's, and is ignored.
- The header is read by a small hand-written tokenizer: one pass over at most
  ``MAX_HEADER_CHARS`` characters, no regular expression; a longer header or
  one that cannot be read gives no result (so nothing is verified by it).
"""

from __future__ import annotations

from dataclasses import dataclass

from mailbot.models import InboundMessage, SenderTrust

MAX_HEADER_CHARS = 8192
MAX_TOKENS = 1024
_SPECIAL = frozenset(";=")
_SPACE = frozenset(" \t\r\n")
_STOP = _SPACE | _SPECIAL | frozenset('()"')


@dataclass(frozen=True, slots=True)
class MethodResult:
    """One ``method=result`` of a header, with its properties (``header.d`` …)."""

    method: str
    result: str
    properties: tuple[tuple[str, str], ...] = ()

    def prop(self, name: str) -> str | None:
        return next((v for k, v in self.properties if k == name), None)


@dataclass(frozen=True, slots=True)
class AuthResults:
    """One parsed ``Authentication-Results`` header."""

    authserv_id: str
    results: tuple[MethodResult, ...]


@dataclass(frozen=True, slots=True)
class SenderCheck:
    """Whether the From address is authenticated, and why (for the trace)."""

    verified: bool
    reason: str


# -- reading the header -------------------------------------------------------------

def tokens(value: str) -> list[tuple[str, str]] | None:
    """``(kind, text)`` tokens: ``word``, ``quoted``, ``;`` and ``=``; comments
    and folding white space dropped.  None when the header is too long."""
    if len(value) > MAX_HEADER_CHARS:
        return None
    out: list[tuple[str, str]] = []
    i, end = 0, len(value)
    while i < end:
        c = value[i]
        if c in _SPACE:
            i += 1
        elif c == "(":  # a comment, possibly nested, with quoted-pairs
            depth, i = 1, i + 1
            while i < end and depth:
                c = value[i]
                if c == "\\":
                    i += 1
                elif c == "(":
                    depth += 1
                elif c == ")":
                    depth -= 1
                i += 1
        elif c == '"':
            chars, i = [], i + 1
            while i < end and value[i] != '"':
                if value[i] == "\\" and i + 1 < end:
                    i += 1
                chars.append(value[i])
                i += 1
            i += 1
            out.append(("quoted", "".join(chars)))
        elif c in _SPECIAL:
            out.append((c, c))
            i += 1
        elif c == ")":
            i += 1  # a stray closing parenthesis: ignored
        else:
            start = i
            while i < end and value[i] not in _STOP:
                i += 1
            out.append(("word", value[start:i]))
        if len(out) > MAX_TOKENS:
            return None
    return out


def parse_header(value: str) -> AuthResults | None:
    """The authserv-id and the results of one header; None when unreadable.
    A result statement that cannot be read is left out (it verifies nothing)."""
    found = tokens(value)
    if not found:
        return None
    statements: list[list[tuple[str, str]]] = [[]]
    for token in found:
        if token[0] == ";":
            statements.append([])
        else:
            statements[-1].append(token)
    head = statements[0]
    if not head or head[0][0] not in ("word", "quoted"):
        return None
    results = []
    for statement in statements[1:]:
        result = _method_result(statement)
        if result is not None:
            results.append(result)
    return AuthResults(head[0][1].strip().lower(), tuple(results))


def _method_result(statement: list[tuple[str, str]]) -> MethodResult | None:
    """``method[/version] = result [reason=...] [ptype.property=value ...]``."""
    pairs: list[tuple[str, str]] = []
    i, end = 0, len(statement)
    while i < end:
        if i + 2 >= end or statement[i][0] != "word" or statement[i + 1][0] != "=" \
                or statement[i + 2][0] not in ("word", "quoted"):
            return None
        key, value = statement[i][1].lower(), statement[i + 2][1]
        i += 3
        while i < end and statement[i][0] == "=":  # base64 padding of a value (header.b=...==)
            value += "="
            i += 1
        pairs.append((key, value))
    if not pairs:
        return None
    method = pairs[0][0].split("/", 1)[0]
    return MethodResult(method, pairs[0][1].lower(), tuple(pairs[1:]))


# -- judging the sender -----------------------------------------------------------------

def trusted_results(headers: tuple[str, ...] | list[str], trust: SenderTrust) -> list[AuthResults]:
    """The headers of the trusted server: from the topmost with its id down to
    the next header with another id (see the module's docstring)."""
    wanted = trust.authserv_id.strip().lower()
    out: list[AuthResults] = []
    for value in headers:
        parsed = parse_header(value)
        mine = parsed is not None and parsed.authserv_id == wanted
        if mine:
            out.append(parsed)
        elif out:
            break
    return out


def domain_of(address: str | None) -> str:
    address = (address or "").strip().lower()
    return address.rpartition("@")[2].strip(".") if "@" in address else address.strip(".")


def aligned(one: str, other: str) -> bool:
    """Relaxed alignment without the public-suffix list (module docstring)."""
    if not one or not other or "." not in one or "." not in other:
        return False
    return one == other or one.endswith("." + other) or other.endswith("." + one)


def check_sender(msg: InboundMessage, trust: SenderTrust) -> SenderCheck:
    """Whether the trusted server authenticated ``msg``'s From address."""
    domain = domain_of(msg.sender)
    if not domain:
        return SenderCheck(False, "the email has no From address")
    found = trusted_results(msg.authentication_results, trust)
    if not found:
        return SenderCheck(False, f"no Authentication-Results from {trust.authserv_id}")
    results = [r for header in found for r in header.results]
    if any(r.method == "dmarc" and r.result == "fail" for r in results):
        return SenderCheck(False, f"{trust.authserv_id}: dmarc=fail for {domain}")
    for r in results:
        if r.result != "pass":
            continue
        if r.method == "dmarc" and aligned_or_unnamed(r.prop("header.from"), domain, exact=True):
            return SenderCheck(True, f"{trust.authserv_id}: dmarc=pass for {domain}")
        if r.method == "dkim":
            signer = (r.prop("header.d") or domain_of(r.prop("header.i"))).lower()
            if aligned(signer, domain):
                return SenderCheck(True, f"{trust.authserv_id}: dkim=pass, d={signer} aligned with {domain}")
        if r.method == "spf" and trust.spf_enough:
            envelope = domain_of(r.prop("smtp.mailfrom"))
            if aligned(envelope, domain):
                return SenderCheck(True, f"{trust.authserv_id}: spf=pass for {envelope} aligned with {domain}")
    seen = ", ".join(f"{r.method}={r.result}" for r in results) or "no results"
    hint = "" if trust.spf_enough else " (SPF alone is not enough for this mailbox)"
    return SenderCheck(False, f"{trust.authserv_id}: {seen}: no DMARC pass or aligned DKIM pass for "
                              f"{domain}{hint}")


def aligned_or_unnamed(named: str | None, domain: str, *, exact: bool = False) -> bool:
    """A result about ``named`` counts for ``domain`` (a result that names no domain counts)."""
    if named is None:
        return True
    named = domain_of(named)
    return named == domain if exact else aligned(named, domain)
