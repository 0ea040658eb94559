"""The repository explains itself: every relative link of README.md and docs/
resolves to a file inside the repository, and docs/policy.md explains every
rule id that traces and brand files use."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.helpers import ROOT

DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
_LINK = re.compile(r"!?\[[^\]\n]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_REFERENCE = re.compile(r"^\s*\[[^\]]+\]:\s*(\S+)", re.M)
_EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|#)", re.I)


def links(document: Path) -> list[str]:
    text = document.read_text(encoding="utf-8")
    text = re.sub(r"```.*?```", "", text, flags=re.S)  # code blocks hold examples, not links
    return _LINK.findall(text) + _REFERENCE.findall(text)


def test_the_documents_are_there():
    names = {p.name for p in DOCUMENTS}
    assert {"README.md", "policy.md", "ledger.md", "deploy.md", "design.md", "configuration.md"} <= names


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: p.name)
def test_every_relative_link_resolves_inside_the_repository(document):
    root = ROOT.resolve()
    checked = 0
    for target in links(document):
        if _EXTERNAL.match(target):
            continue
        path = target.split("#", 1)[0]
        assert not path.startswith("/"), f"{document.name}: absolute link {target}"
        resolved = (document.parent / path).resolve()
        assert resolved.is_relative_to(root), f"{document.name}: {target} points outside the repository"
        assert resolved.exists(), f"{document.name}: {target} does not exist"
        checked += 1
    if document.name == "README.md":
        assert checked >= 5


def test_the_link_check_finds_links():
    assert links_of("see [the spec](../outside/SPEC.md) and [x](docs/a.md#part)") == [
        "../outside/SPEC.md", "docs/a.md#part"]


def links_of(text: str) -> list[str]:
    return _LINK.findall(text)


def test_policy_explains_every_rule_id():
    policy = (ROOT / "docs" / "policy.md").read_text(encoding="utf-8")
    ids = [f"L{i}" for i in range(1, 10)] + [f"O{i}" for i in range(1, 9)] + [f"C{i}" for i in range(1, 8)]
    for rule in ids:
        assert re.search(rf"^\| `{rule}` \| \*\*", policy, re.M), f"{rule} has no row in docs/policy.md"
    assert "## Settled points" in policy and "## Worked examples" in policy

