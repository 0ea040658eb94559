"""Shared helpers of the fresh36 generators (stdlib only, deterministic).  MIT; written for this project."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

IST = timezone(timedelta(hours=5, minutes=30))
LOB, OWB = "leadsoptima", "optima_webdesign"
LO_ADDR, OW_ADDR = "support@leadsoptima.com", "optimawebdesigns12@gmail.com"
TAX = {"1499.00": "269.82", "3999.00": "719.82", "11988.00": "2157.84"}


def tz(h, m=0):
    return timezone(timedelta(hours=h, minutes=m))


def d(y, mo, dd, h, mi, zone):
    return datetime(y, mo, dd, h, mi, tzinfo=zone)


def ist_day(paid_at, when):
    """Calendar days from a naive IST ledger time (or an ISO time with offset) to an email's Date:."""
    p = datetime.fromisoformat(paid_at)
    p = p.replace(tzinfo=IST) if p.tzinfo is None else p.astimezone(IST)
    return (when.astimezone(IST).date() - p.date()).days


def hours(paid_at, when):
    p = datetime.fromisoformat(paid_at).replace(tzinfo=IST)
    return (when - p).total_seconds() / 3600


class Round:
    def __init__(self, here: Path, lang: str, tag: str, greetings: dict):
        self.here, self.lang, self.tag, self.greetings = here, lang, tag, greetings
        self.ledger = {"customers": [], "projects": [], "payments": []}
        self.cases = []
        (here / "emails").mkdir(exist_ok=True)
        for old in (here / "emails").glob("*.eml"):
            old.unlink()

    # ledger -------------------------------------------------------------------------------
    def cust(self, email, name, plan, status="active", start=None, end=None, trial_ends=None):
        self.ledger["customers"].append({"brand": LOB, "email": email, "name": name, "plan": plan,
                                         "status": status, "trial_ends": trial_ends,
                                         "current_period_start": start, "current_period_end": end})

    def lopay(self, pid, inv, email, plan, amount, paid_at, ps, pe, status="paid"):
        self.ledger["payments"].append({"brand": LOB, "id": pid, "invoice": inv, "customer_email": email,
                                        "kind": "subscription", "plan": plan, "amount": amount,
                                        "tax": TAX[amount], "currency": "INR", "paid_at": paid_at,
                                        "period_start": ps, "period_end": pe, "status": status})

    def proj(self, name, contract, started=None):
        self.ledger["projects"].append({"brand": OWB, "name": name, "contract_email": contract,
                                        "work_started_at": started})

    def owpay(self, pid, inv, project, kind, amount, tax, paid_at, **kw):
        base = {"brand": OWB, "id": pid, "invoice": inv, "project": project, "kind": kind,
                "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": "paid",
                "setup_fee": None, "service_start": None, "next_billing_at": None,
                "period_start": None, "period_end": None, "milestone_status": None}
        base.update(kw)
        self.ledger["payments"].append(base)

    # emails -------------------------------------------------------------------------------
    def _greeting_ok(self, body, when):
        head = body.lower()[:160]
        for word, (lo, hi) in self.greetings.items():
            if word in head:
                h = when.hour
                ok = lo <= h < hi if lo < hi else (h >= lo or h < hi)
                assert ok, f"greeting {word!r} at local hour {h}"

    def case(self, cid, brand, status, msgs, decisions=(), rules=(), missing=None, extra_ok=False,
             ambiguous=None, spec=""):
        files, prev = [], []
        for i, m in enumerate(msgs, 1):
            frm, to, subject, when, body = m[:5]
            opt = m[5] if len(m) > 5 else {}
            assert to.endswith(f"<{LO_ADDR}>" if brand == LOB else f"<{OW_ADDR}>") or \
                opt.get("to_ok"), (cid, to)
            if not opt.get("raw"):
                self._greeting_ok(body, when)
            msg = EmailMessage(policy=SMTP)
            msg["From"] = frm
            msg["To"] = to
            msg["Subject"] = subject
            msg["Date"] = format_datetime(when)
            mid = f"<{cid}.{i}.{int(when.timestamp())}@mail.{self.tag}.example>"
            msg["Message-ID"] = mid
            refs = list(prev)
            if opt.get("irt"):
                refs.append(opt["irt"])
            if refs:
                msg["In-Reply-To"] = refs[-1]
                msg["References"] = " ".join(refs)
            for k, v in opt.get("headers", {}).items():
                msg[k] = v
            msg["MIME-Version"] = "1.0"
            if opt.get("html"):
                msg.set_content(body, subtype="html")
            else:
                msg.set_content(body)
            if opt.get("irt"):
                prev.append(opt["irt"])
            prev.append(mid)
            name = f"emails/{cid.split('-')[1]}-{i}.eml"
            (self.here / name).write_bytes(msg.as_bytes(policy=SMTP))
            files.append(name)
        exp = {"id": cid, "lang": self.lang, "files": files, "brand": brand, "status": status,
               "rules": list(rules), "decisions": [dict(x) for x in decisions], "spec": spec}
        if missing is not None:
            exp["missing"] = list(missing)
        if extra_ok:
            exp["extra_ok"] = True
        if ambiguous:
            exp["ambiguous"] = ambiguous
        assert cid not in {c["id"] for c in self.cases}, cid
        self.cases.append(exp)

    def write(self):
        (self.here / "ledger.json").write_text(json.dumps(self.ledger, ensure_ascii=False, indent=1) + "\n",
                                               encoding="utf-8")
        (self.here / "expected.json").write_text(json.dumps({"cases": self.cases}, ensure_ascii=False,
                                                            indent=1) + "\n", encoding="utf-8")
        lo = sum(c["brand"] == LOB for c in self.cases)
        print(f"{len(self.cases)} cases ({lo} LeadsOptima, {len(self.cases) - lo} Optima WebDesign), "
              f"{len(self.ledger['payments'])} payments")


def R(outcome, amount=None):
    return {"intent": "refund", "outcome": outcome, "amount": amount}


def X(outcome="cancel", eff=None):
    out = {"intent": "cancellation", "outcome": outcome}
    if eff:
        out["effective_date"] = eff
    return out
