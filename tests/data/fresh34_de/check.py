"""Sanity checks for fresh34 (not a test): To: is the brand inbox, files parse, IST dates of the first email."""
import json, re, sys, tomllib
from datetime import timedelta, timezone, datetime
from email import message_from_bytes, policy
from email.utils import parsedate_to_datetime, getaddresses
from pathlib import Path

root = Path(__file__).resolve().parents[3]
brands = {}
for f in (root / "mailbot/defaults/config/brands").glob("*.toml"):
    d = tomllib.loads(f.read_text())
    brands[d["name"]] = {a.lower() for a in d["addresses"]}
IST = timezone(timedelta(hours=5, minutes=30))
for d in sys.argv[1:]:
    d = Path(d)
    cases = json.loads((d / "expected.json").read_text())["cases"]
    led = json.loads((d / "ledger.json").read_text())
    invs = {p["invoice"]: p for p in led["payments"]}
    ids = set()
    for c in cases:
        assert c["id"] not in ids; ids.add(c["id"])
        pre = c["id"].split("-")[1][0]
        assert (pre == "l") == (c["brand"] == "leadsoptima"), c["id"]
        first = None
        for fn in c["files"]:
            m = message_from_bytes((d / fn).read_bytes(), policy=policy.default)
            to = {a.lower() for _, a in getaddresses([m["To"]])}
            if c["rules"] != ["C7"] or "MAILER" not in m["From"]:
                assert to & brands[c["brand"]], (c["id"], m["To"])
            dt = parsedate_to_datetime(m["Date"])
            assert dt.tzinfo is not None
            body = m.get_body(("plain", "html")).get_content()
            first = first or (dt, body, m["Subject"])
        dt, body, subj = first
        found = sorted(set(re.findall(r"(?:LO|OWD)[\s/.-]*(?:INV|\d{4})[\s/.-]*\d{3,5}", subj + " " + body)))
        dec = "; ".join(f"{x['intent']}:{x['outcome']}/{x.get('amount')}/{x.get('effective_date', '')}" for x in c["decisions"])
        print(f"{c['id']:55} {dt.strftime('%a %m-%d %H:%M%z')} IST {dt.astimezone(IST).strftime('%m-%d %H:%M')} "
              f"{c['status']:9} {c['rules']} {c.get('missing','')} {dec}")
        for f in found:
            k = re.sub(r"[\s/.]+", "-", f).upper()
            k = re.sub(r"-+", "-", k)
            p = invs.get(k)
            if p:
                print(f"      {k} {p['kind']} {p['amount']} paid {p['paid_at']} {p.get('status')} ms={p.get('milestone_status')} nb={p.get('next_billing_at')} ss={p.get('service_start')}")
            else:
                print(f"      {k} NOT IN LEDGER")
    print(d, len(cases), {b: sum(c['brand'] == b for c in cases) for b in brands})
