"""Sanity check of this round's files (stdlib only): every case's files exist and parse, To: is the brand's
support inbox, Date: carries an offset and lies before NOW, thread replies reference the first email,
ledger invoices/projects named in expected specs exist. Run from the folder: python3 check.py"""
import json
import sys
from datetime import datetime
from email import message_from_bytes
from email.policy import default
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
NOW = datetime.fromisoformat("2025-10-01T10:00:00+05:30")
INBOX = {"leadsoptima": "support@leadsoptima.com", "optima_webdesign": "optimawebdesigns12@gmail.com"}
cases = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))["cases"]
ledger = json.loads((HERE / "ledger.json").read_text(encoding="utf-8"))
bad = 0
ids = set()
for c in cases:
    assert c["id"] not in ids, c["id"]
    ids.add(c["id"])
    pre = "l" if c["brand"] == "leadsoptima" else "o"
    if not c["id"].startswith(f"{c['lang']}-{pre}"):
        print("id prefix", c["id"]); bad += 1
    prev = None
    for fn in c["files"]:
        m = message_from_bytes((HERE / fn).read_bytes(), policy=default)
        to = [a.lower() for _, a in getaddresses(m.get_all("To", []))]
        if INBOX[c["brand"]] not in to and not (c["status"] == "ignore" and any("leadsoptima" in t for t in to)):
            print("To", c["id"], fn, to); bad += 1
        d = parsedate_to_datetime(m["Date"])
        if d.tzinfo is None or d >= NOW:
            print("Date", c["id"], m["Date"]); bad += 1
        if prev is not None and prev["Message-ID"] not in (m["References"] or ""):
            print("thread", c["id"], fn); bad += 1
        body = m.get_body(("plain", "html"))
        if body is None and c["status"] != "ignore":
            print("no body", c["id"]); bad += 1
        prev = m
    if c["status"] == "need_info" and not c.get("rules") and not c.get("missing"):
        print("need_info without missing", c["id"]); bad += 1
invoices = {p["invoice"] for p in ledger["payments"]}
assert len(invoices) == len(ledger["payments"]), "duplicate invoice numbers"
assert len({p["id"] for p in ledger["payments"]}) == len(ledger["payments"])
print(f"{len(cases)} cases checked, {bad} problems")
sys.exit(1 if bad else 0)
