"""Small helpers of the fresh38 generators (stdlib only): the ledger records of POLICY_SPEC section 6,
emails written as bytes with email.policy.SMTP, threads with In-Reply-To/References, the expected cases,
and the self-checks (To: is the brand's inbox, Date: before the harness NOW, every file parses).
MIT, like the project; written for this project."""
from __future__ import annotations

import email
import email.policy
import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

LOB, OWB = "leadsoptima", "optima_webdesign"
INBOX = {LOB: "LeadsOptima Support <support@leadsoptima.com>",
         OWB: "Optima WebDesign <optimawebdesigns12@gmail.com>"}
BRAND_ADDRS = {LOB: {"support@leadsoptima.com", "info@leadsoptima.com", "billing@leadsoptima.com",
                     "noreply@leadsoptima.com"},
               OWB: {"optimawebdesigns12@gmail.com", "billing@optimawebdesign.com", "support@optimawebdesign.com"}}
IST = timezone(timedelta(hours=5, minutes=30))
NOW = datetime(2025, 10, 1, 10, 0, tzinfo=IST)
M = ("1499.00", "269.82")
Q = ("3999.00", "719.82")
A = ("11988.00", "2157.84")


def cust(email_, name, plan, status="active", start=None, end=None, trial_ends=None):
    return {"brand": LOB, "email": email_, "name": name, "plan": plan, "status": status,
            "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end}


def lopay(pid, inv, email_, plan, amount, tax, paid_at, ps, pe, status="paid"):
    return {"brand": LOB, "id": pid, "invoice": inv, "customer_email": email_, "kind": "subscription",
            "plan": plan, "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at,
            "period_start": ps, "period_end": pe, "status": status}


def proj(name, contract, started):
    return {"brand": OWB, "name": name, "contract_email": contract, "work_started_at": started}


def owpay(pid, inv, project, kind, amount, tax, paid_at, **kw):
    base = {"brand": OWB, "id": pid, "invoice": inv, "project": project, "kind": kind,
            "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": "paid",
            "setup_fee": None, "service_start": None, "next_billing_at": None,
            "period_start": None, "period_end": None, "milestone_status": None}
    base.update(kw)
    return base


def at(stamp: str, offset) -> datetime:
    """'2025-09-23 19:12' in the sender's own UTC offset (hours, or (hours, minutes))."""
    h, m = offset if isinstance(offset, tuple) else (offset, 0)
    sign = -1 if h < 0 else 1
    tz = timezone(sign * timedelta(hours=abs(h), minutes=m))
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(tzinfo=tz)


def ist_day(paid_at: str, sent: datetime) -> int:
    """Calendar days from the (naive IST) ledger time to the email, both in Asia/Kolkata."""
    return (sent.astimezone(IST).date() - datetime.fromisoformat(paid_at).date()).days


def ist_hours(paid_at: str, sent: datetime):
    return (sent - datetime.fromisoformat(paid_at).replace(tzinfo=IST)).total_seconds() / 3600


class Mail:
    def __init__(self, frm, subject, date, body, html=None, to=None, headers=None):
        self.frm, self.subject, self.date, self.body = frm, subject, date, body
        self.html, self.to, self.headers = html, to, headers or {}


def R(outcome, amount=None):
    return {"intent": "refund", "outcome": outcome, "amount": amount}


def K(outcome, eff=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if eff is not None:
        d["effective_date"] = eff
    return d


class Round:
    def __init__(self, here: Path, lang: str):
        self.here, self.lang = Path(here), lang
        self.cases, self.n = [], {LOB: 0, OWB: 0}
        (self.here / "emails").mkdir(exist_ok=True)
        for old in (self.here / "emails").glob("*.eml"):
            old.unlink()

    def case(self, slug, brand, mails, status, decisions=(), rules=(), missing=None, spec="",
             ambiguous=None, extra_ok=False):
        self.n[brand] += 1
        tag = ("l" if brand == LOB else "o") + f"{self.n[brand]:02d}"
        files, prev = [], None
        for i, m in enumerate(mails, 1):
            msg = EmailMessage()
            msg["From"] = m.frm
            msg["To"] = m.to or INBOX[brand]
            msg["Subject"] = m.subject
            msg["Date"] = format_datetime(m.date)
            mid = f"<{self.lang}38.{tag}.{i}@mail.example.org>"
            msg["Message-ID"] = mid
            if prev:
                msg["In-Reply-To"] = prev
                msg["References"] = prev
            for k, v in m.headers.items():
                msg[k] = v
            if m.html and not m.body:
                msg.set_content(m.html, subtype="html")
            else:
                msg.set_content(m.body)
                if m.html:
                    msg.add_alternative(m.html, subtype="html")
            name = f"emails/{tag}-{i}.eml"
            (self.here / name).write_bytes(msg.as_bytes(policy=email.policy.SMTP))
            files.append(name)
            prev = mid
        c = {"id": f"{self.lang}-{tag}-{slug}", "lang": self.lang, "files": files, "brand": brand,
             "status": status, "rules": list(rules)}
        if missing is not None:
            c["missing"] = list(missing)
        c["decisions"] = list(decisions)
        c["spec"] = spec
        if ambiguous:
            c["ambiguous"] = ambiguous
        if extra_ok:
            c["extra_ok"] = True
        self.cases.append(c)

    def write(self, ledger):
        (self.here / "ledger.json").write_text(json.dumps(ledger, indent=1, ensure_ascii=False) + "\n")
        (self.here / "expected.json").write_text(
            json.dumps({"cases": self.cases}, indent=1, ensure_ascii=False) + "\n")
        self.check(ledger)

    def check(self, ledger):
        ids = [p["id"] for p in ledger["payments"]]
        assert len(ids) == len(set(ids)), "payment ids not unique"
        for c in self.cases:
            for f in c["files"]:
                msg = email.message_from_bytes((self.here / f).read_bytes(), policy=email.policy.default)
                to = msg["To"].addresses[0].addr_spec.lower()
                assert to in BRAND_ADDRS[c["brand"]], (c["id"], to)
                assert msg["Date"].datetime <= NOW, (c["id"], "dated after NOW")
                assert msg.get_body(("plain", "html")) is not None, c["id"]
        per = {LOB: sum(c["brand"] == LOB for c in self.cases), OWB: sum(c["brand"] == OWB for c in self.cases)}
        print(f"{self.lang}: {len(self.cases)} cases, {per}")
