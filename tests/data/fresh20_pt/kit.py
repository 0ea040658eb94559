"""Tiny helpers for fresh20 make_cases.py (stdlib only)."""
import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

LO = "LeadsOptima Support <support@leadsoptima.com>"
OWD = "Optima WebDesign <optimawebdesigns12@gmail.com>"


def dt(y, mo, d, h, mi, off):
    return datetime(y, mo, d, h, mi, tzinfo=timezone(timedelta(hours=off)))


class Kit:
    def __init__(self, here, lang):
        self.here = Path(here).resolve().parent
        self.lang = lang
        self.cases = []
        (self.here / "emails").mkdir(exist_ok=True)

    def mail(self, fn, frm, to, subject, body, when, mid=None, irt=None, refs=None, html=None,
             headers=None, cc=None):
        m = EmailMessage(policy=SMTP)
        m["From"] = frm
        m["To"] = to
        if cc:
            m["Cc"] = cc
        m["Subject"] = subject
        m["Date"] = format_datetime(when)
        m["Message-ID"] = mid or f"<{fn.replace('.eml', '')}.{self.lang}@fresh20.example>"
        if irt:
            m["In-Reply-To"] = irt
            m["References"] = refs or irt
        for k, v in (headers or {}).items():
            m[k] = v
        if html and body is None:
            m.set_content(html, subtype="html")
        else:
            m.set_content(body)
            if html:
                m.add_alternative(html, subtype="html")
        (self.here / "emails" / fn).write_bytes(m.as_bytes(policy=SMTP))
        return m["Message-ID"]

    def case(self, cid, brand, files, status, decisions=(), rules=(), missing=None, spec="", **kw):
        c = {"id": f"{self.lang}-{cid}", "lang": self.lang, "files": [f"emails/{f}" for f in files],
             "brand": brand, "status": status, "rules": list(rules)}
        if missing is not None:
            c["missing"] = list(missing)
        c["decisions"] = [dict(d) for d in decisions]
        c.update(kw)
        c["spec"] = spec
        self.cases.append(c)

    def write(self, ledger):
        (self.here / "ledger.json").write_text(json.dumps(ledger, indent=1, ensure_ascii=False) + "\n")
        (self.here / "expected.json").write_text(
            json.dumps({"cases": self.cases}, indent=1, ensure_ascii=False) + "\n")


def R(outcome, amount=None):
    return {"intent": "refund", "outcome": outcome, "amount": amount}


def X(outcome="cancel", eff=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if eff:
        d["effective_date"] = eff
    return d


def cust(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    return {"brand": "leadsoptima", "email": email, "name": name, "plan": plan, "status": status,
            "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end}


PLAN = {"monthly": ("1499.00", "269.82"), "quarterly": ("3999.00", "719.82"), "annual": ("11988.00", "2157.84")}


def lopay(pid, inv, email, plan, paid_at, ps, pe, status="paid"):
    a, t = PLAN[plan]
    return {"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email, "kind": "subscription",
            "plan": plan, "amount": a, "tax": t, "currency": "INR", "paid_at": paid_at,
            "period_start": ps, "period_end": pe, "status": status}


def proj(name, contract, started=None):
    return {"brand": "optima_webdesign", "name": name, "contract_email": contract, "work_started_at": started}


def owpay(pid, inv, project, kind, amount, tax, paid_at, **kw):
    base = {"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": project, "kind": kind,
            "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": "paid",
            "setup_fee": None, "service_start": None, "next_billing_at": None,
            "period_start": None, "period_end": None, "milestone_status": None}
    base.update(kw)
    return base
