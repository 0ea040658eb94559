"""The third-party corpora in tests/data/corpora carry their licences: every
source has a licence file and a line in the NOTICE, every file is listed in
MANIFEST.json with the bytes it holds, and the folder stays small."""

from __future__ import annotations

import hashlib
import json

from tests.corpora import CORPORA


def test_every_file_is_listed_with_its_digest_and_every_source_has_its_licence():
    manifest = json.loads((CORPORA / "MANIFEST.json").read_text(encoding="utf-8"))
    listed = {entry["path"] for entry in manifest}
    on_disk = {str(p.relative_to(CORPORA)) for p in CORPORA.rglob("*") if p.is_file()}
    assert on_disk - listed == {"MANIFEST.json", "NOTICE", ".gitattributes"}
    assert listed <= on_disk
    for entry in manifest:
        data = (CORPORA / entry["path"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry["sha256"], entry["path"]
    notice = (CORPORA / "NOTICE").read_text(encoding="utf-8")
    sources = {entry["source"] for entry in manifest}
    licensed = {entry["source"] for entry in manifest if entry["kind"] == "license"}
    assert sources == licensed
    for source in sources:
        assert f"{source}/" in notice, source
    assert sum(entry["bytes"] for entry in manifest) < 10_000_000
    assert max(entry["bytes"] for entry in manifest) <= 1_000_000
