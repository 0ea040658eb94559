"""Shared helpers of round fresh37's generators (stdlib only). MIT, like the project; all text written for this project."""
from __future__ import annotations

import json
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage, Message
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

LO_ADDR = "LeadsOptima Support <support@leadsoptima.com>"
OWD_ADDR = "Optima WebDesign <optimawebdesigns12@gmail.com>"
LOB, OWB = "leadsoptima", "optima_webdesign"


def tz(h, m=0):
    return timezone(timedelta(hours=h, minutes=m))


def at(s, off):
    """'2025-09-23 19:12' in the sender's zone (an offset in hours)."""
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz(*off) if isinstance(off, tuple) else tz(off))


def cust(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    return {"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
            "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end}


def lopay(pid, inv, email, plan, amount, tax, paid_at, ps, pe, status="paid"):
    return {"brand": LOB, "id": pid, "invoice": inv, "customer_email": email, "kind": "subscription",
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


class Mail:
    def __init__(self, frm, subject, when, body, to=None, brand=LOB, html=None, headers=None,
                 reply=None, msgid=None, cc=None, dsn=None, refs_extra=None):
        self.frm, self.subject, self.when, self.body = frm, subject, when, body
        self.to = to or (LO_ADDR if brand == LOB else OWD_ADDR)
        self.brand, self.to_forced = brand, to is not None
        self.html, self.headers, self.reply, self.cc, self.dsn = html, headers or {}, reply, cc, dsn
        self.refs_extra = refs_extra or []
        self.msgid = msgid
        self.refs: list[str] = []

    def build(self, key):
        if not self.msgid:
            dom = self.frm.split("@")[-1].strip(">").strip() or "example.invalid"
            self.msgid = f"<{key}.{self.when.strftime('%Y%m%d%H%M')}@{dom}>"
        m = EmailMessage()
        m["From"] = self.frm
        m["To"] = self.to
        if self.cc:
            m["Cc"] = self.cc
        m["Subject"] = self.subject
        m["Date"] = format_datetime(self.when)
        m["Message-ID"] = self.msgid
        if self.reply is not None:
            chain = self.reply.refs + [self.reply.msgid] + self.refs_extra
            self.refs = chain
            m["In-Reply-To"] = chain[-1]
            m["References"] = " ".join(chain)
        elif self.refs_extra:
            self.refs = list(self.refs_extra)
            m["In-Reply-To"] = self.refs_extra[-1]
            m["References"] = " ".join(self.refs_extra)
        for k, v in self.headers.items():
            m[k] = v
        if self.dsn:
            m.set_content(self.body)
            m.make_mixed()
            part = Message()
            part["Content-Type"] = "message/delivery-status"
            blocks = []
            for block in self.dsn:
                b = Message()
                for k, v in block:
                    b[k] = v
                blocks.append(b)
            part.set_payload(blocks)
            m.attach(part)
            m.set_type("multipart/report")
            m.set_param("report-type", "delivery-status")
        elif self.html and self.body is None:
            m.set_content(self.html, subtype="html")
        else:
            m.set_content(self.body)
            if self.html:
                m.add_alternative(self.html, subtype="html")
        for i, part in enumerate(m.walk()):   # deterministic boundaries
            if part.get_content_maintype() == "multipart":
                part.set_boundary(f"=_{key}_{i}_=")
        return m


IST = tz(5, 30)
NOW = datetime(2025, 10, 1, 10, 0, tzinfo=IST)


def ist(dt):
    return dt.astimezone(IST)


def _local(iso):
    d = datetime.fromisoformat(iso)
    return d.replace(tzinfo=IST) if d.tzinfo is None else d.astimezone(IST)


def day_no(paid_iso, dt):
    """Calendar days in Asia/Kolkata from the payment's local date to the request's (POLICY_SPEC s.1)."""
    return (ist(dt).date() - _local(paid_iso).date()).days


def hours(paid_iso, dt):
    return (ist(dt) - _local(paid_iso)).total_seconds() / 3600


def o5(amount, setup, months=1):
    from decimal import ROUND_HALF_UP, Decimal
    a, s = Decimal(amount), Decimal(setup)
    return str((a - s - (a - s) / 12 * months).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def R(outcome, amount=None):
    return {"intent": "refund", "outcome": outcome, "amount": amount}


def K(outcome, date=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if outcome == "cancel":
        d["effective_date"] = date
    return d


class Round:
    def __init__(self, here: Path, lang: str):
        self.here, self.lang = here, lang
        self.cases: list[dict] = []
        self.files: dict[str, bytes] = {}
        self.n = {LOB: 0, OWB: 0}

    def case(self, name, brand, mails, status, decisions=(), rules=(), missing=None, extra_ok=False,
             ambiguous=None, spec=""):
        assert all(m.when < NOW for m in mails), name
        self.n[brand] += 1
        num = ("l" if brand == LOB else "o") + f"{self.n[brand]:02d}"
        files = []
        for i, mail in enumerate(mails, 1):
            key = f"{num}-{i}"
            fn = f"emails/{key}.eml"
            if mail.brand != brand and not mail.to_forced:
                raise AssertionError(f"{name}: mail built for {mail.brand}, case for {brand}")
            self.files[fn] = mail.build(f"{self.lang}{key}").as_bytes(policy=SMTP)
            files.append(fn)
        c = {"id": f"{self.lang}-{num}-{name}", "lang": self.lang, "files": files, "brand": brand,
             "status": status, "rules": list(rules)}
        if missing is not None:
            c["missing"] = list(missing)
        c["decisions"] = list(decisions)
        if extra_ok:
            c["extra_ok"] = True
        if ambiguous:
            c["ambiguous"] = ambiguous
        c["spec"] = spec
        self.cases.append(c)

    def write(self, ledger):
        out = self.here / "emails"
        if out.exists():
            shutil.rmtree(out)
        out.mkdir()
        for fn, data in self.files.items():
            (self.here / fn).write_bytes(data)
        (self.here / "ledger.json").write_text(json.dumps(ledger, indent=1, ensure_ascii=False) + "\n",
                                               encoding="utf-8")
        (self.here / "expected.json").write_text(
            json.dumps({"cases": self.cases}, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"{len(self.cases)} cases, {len(self.files)} emails")
