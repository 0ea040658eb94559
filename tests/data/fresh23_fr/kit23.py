"""Shared builder for the fresh23 generators (stdlib only)."""
from __future__ import annotations

import json
import sys
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

IST = timezone(timedelta(hours=5, minutes=30))


def tz(h, m=0):
    return timezone(timedelta(hours=h, minutes=m))


class Round:
    def __init__(self, here: Path, lang: str, domain: str):
        self.here, self.lang, self.domain = here, lang, domain
        self.ledger = {"customers": [], "projects": [], "payments": []}
        self.cases = []
        self.n = 0
        (here / "emails").mkdir(exist_ok=True)
        for old in (here / "emails").glob("*.eml"):
            old.unlink()

    def mail(self, name, frm, to, subject, body, when, zone, *, parent=None, html=None, headers=None,
             cc=None, reply_to=None):
        """Write one email; `when` is 'YYYY-MM-DD HH:MM' in the sender's zone. Returns (file, msgid, refs)."""
        msg = EmailMessage()
        msg["From"] = frm
        msg["To"] = to
        if cc:
            msg["Cc"] = cc
        if reply_to:
            msg["Reply-To"] = reply_to
        msg["Subject"] = subject
        dt = datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=zone)
        msg["Date"] = format_datetime(dt)
        mid = f"<{name}.{dt.strftime('%Y%m%d%H%M')}@{self.domain}>"
        msg["Message-ID"] = mid
        refs = []
        if parent is not None:
            refs = parent[2] + [parent[1]]
            msg["In-Reply-To"] = parent[1]
            msg["References"] = " ".join(refs)
        for k, v in (headers or {}).items():
            msg[k] = v
        if html and body is None:
            msg.set_content(html, subtype="html")
        else:
            msg.set_content(body)
            if html:
                msg.add_alternative(html, subtype="html")
        path = self.here / "emails" / f"{name}.eml"
        path.write_bytes(msg.as_bytes(policy=msg.policy.clone(linesep="\r\n")))
        return (f"emails/{name}.eml", mid, refs, dt)

    def case(self, short, brand, mails, status, decisions=(), rules=(), missing=None, spec="",
             extra_ok=False, ambiguous=None):
        c = {"id": f"{self.lang}-{short}", "lang": self.lang, "files": [m[0] for m in mails],
             "brand": brand, "status": status, "rules": sorted(rules),
             "decisions": [dict(d) for d in decisions], "spec": spec}
        if missing is not None:
            c["missing"] = sorted(missing)
        if extra_ok:
            c["extra_ok"] = True
        if ambiguous:
            c["ambiguous"] = ambiguous
        c["_first_ist"] = mails[0][3].astimezone(IST).isoformat()
        self.cases.append(c)

    def write(self):
        out = []
        for c in self.cases:
            c = dict(c)
            c.pop("_first_ist")
            out.append(c)
        (self.here / "ledger.json").write_text(json.dumps(self.ledger, ensure_ascii=False, indent=1) + "\n")
        (self.here / "expected.json").write_text(json.dumps({"cases": out}, ensure_ascii=False, indent=1) + "\n")
        if "-v" in sys.argv:
            for c in self.cases:
                print(c["id"], c["_first_ist"], c["status"], c["decisions"])


def ref(d_out, intent, outcome, amount=None, eff=None):
    d = {"intent": intent, "outcome": outcome, "amount": amount}
    if intent == "cancellation":
        d["effective_date"] = eff
    return d
