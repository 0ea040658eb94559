"""Checks of this round's generated files (stdlib only): every case's files exist and parse, To: is the
brand's support inbox, Date: has an offset and is before the harness's NOW, threads chain, ids are unique.
Run after make_cases.py.  MIT, like the project."""
from __future__ import annotations

import json
from email import message_from_bytes
from email.policy import default
from email.utils import parseaddr, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
NOW = parsedate_to_datetime("Wed, 01 Oct 2025 10:00:00 +0530")
INBOX = {"leadsoptima": "support@leadsoptima.com", "optima_webdesign": "optimawebdesigns12@gmail.com"}

cases = json.loads((HERE / "expected.json").read_text())["cases"]
ids = [c["id"] for c in cases]
assert len(ids) == len(set(ids)), "duplicate ids"
counts = {}
for c in cases:
    counts[c["brand"]] = counts.get(c["brand"], 0) + 1
    prefix = "l" if c["brand"] == "leadsoptima" else "o"
    assert c["id"].split("-")[1][0] == prefix, c["id"]
    prev = None
    for f in c["files"]:
        msg = message_from_bytes((HERE / f).read_bytes(), policy=default)
        to = parseaddr(str(msg["To"]))[1].lower()
        own = parseaddr(str(msg["From"]))[1].lower()
        assert to == INBOX[c["brand"]] or own.endswith("leadsoptima.com"), (c["id"], to)
        d = parsedate_to_datetime(str(msg["Date"]))
        assert d.tzinfo is not None and d < NOW, (c["id"], d)
        if prev is not None:
            assert prev in str(msg["References"]), (c["id"], "thread")
        prev = str(msg["Message-ID"])
        assert msg.get_body(("plain", "html")) is not None or msg.get_content_type().startswith("multipart/report"), c["id"]
    if c["status"] == "decided":
        assert c["decisions"], c["id"]
print(len(cases), "cases ok", counts)
