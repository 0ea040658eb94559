"""Where the third-party email corpora the tests read live: ``tests/data/corpora``
(see its NOTICE for each source, commit and licence; MANIFEST.json lists every file)."""

from __future__ import annotations

import json
from pathlib import Path

CORPORA = Path(__file__).resolve().parent / "data" / "corpora"


def manifest_paths(kind: str) -> list[str]:
    """Paths (relative to :data:`CORPORA`) of every file of one kind: raw, mbox, body-text..."""
    manifest = json.loads((CORPORA / "MANIFEST.json").read_text(encoding="utf-8"))
    return [entry["path"] for entry in manifest if entry["kind"] == kind]
