"""Shared helpers of round fresh32's generators (stdlib only, deterministic). MIT, like the project;
all text written for this project (writer qa32c)."""
import email
import json
from datetime import date, datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP, default
from email.utils import format_datetime, parseaddr
from pathlib import Path

LO_TO = "LeadsOptima Support <support@leadsoptima.com>"
OW_TO = "Optima WebDesign <optimawebdesigns12@gmail.com>"
LOB, OWB = "leadsoptima", "optima_webdesign"
INBOX = {LOB: "support@leadsoptima.com", OWB: "optimawebdesigns12@gmail.com"}
IST = timezone(timedelta(minutes=330))
LEDGER = {"customers": [], "projects": [], "payments": []}
CASES = []
MONTHS = {"monthly": 1, "quarterly": 3, "annual": 12}
A, Q, Mo = ("11988.00", "2157.84"), ("3999.00", "719.82"), ("1499.00", "269.82")


def addm(d, months):
    """The date ``months`` calendar months after ``d`` (clamped to the month's end)."""
    y, m = divmod(d.month - 1 + months, 12)
    y, m = d.year + y, m + 1
    last = (date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)).day
    return date(y, m, min(d.day, last))


def period_end(start, plan):
    return (addm(date.fromisoformat(start), MONTHS[plan]) - timedelta(days=1)).isoformat()


def cust(email_, name, plan, status="active", start=None, end=None, trial_ends=None):
    LEDGER["customers"].append({"brand": LOB, "email": email_, "name": name, "plan": plan, "status": status,
                                "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end})


def lopay(pid, inv, email_, plan, amount, tax, paid_at, ps=None, pe=None, status="paid"):
    LEDGER["payments"].append({"brand": LOB, "id": pid, "invoice": inv, "customer_email": email_,
                               "kind": "subscription", "plan": plan, "amount": amount, "tax": tax,
                               "currency": "INR", "paid_at": paid_at, "period_start": ps, "period_end": pe,
                               "status": status})


def acct(email_, name, plan, paid_at, invs, pid, gap_s=90, status="active", with_period=True, pstat=None):
    """A LeadsOptima customer whose current period starts on ``paid_at``'s date, with one charge per invoice in
    ``invs`` (same amount and period, ``gap_s`` seconds apart: duplicates when there are several)."""
    start = paid_at[:10]
    end = period_end(start, plan)
    cust(email_, name, plan, status, start if with_period else None, end if with_period else None)
    money = {"monthly": Mo, "quarterly": Q, "annual": A}[plan]
    t0 = datetime.fromisoformat(paid_at)
    for i, inv in enumerate(invs):
        st = (pstat or {}).get(i, "paid")
        lopay(f"{pid}{chr(97 + i)}", inv, email_, plan, *money, (t0 + timedelta(seconds=gap_s * i)).isoformat(),
              start, end, status=st)
    return end


def proj(name, contract, started=None):
    LEDGER["projects"].append({"brand": OWB, "name": name, "contract_email": contract, "work_started_at": started})


def owpay(pid, inv, project, kind, amount, tax, paid_at, **kw):
    base = {"brand": OWB, "id": pid, "invoice": inv, "project": project, "kind": kind, "amount": amount,
            "tax": tax, "currency": "INR", "paid_at": paid_at, "status": "paid", "setup_fee": None,
            "service_start": None, "next_billing_at": None, "period_start": None, "period_end": None,
            "milestone_status": None}
    base.update(kw)
    LEDGER["payments"].append(base)


def M(frm, subj, body, when, off, to=None, html=None, hdr=None):
    """when = (y, m, d, H, M) local time of the sender; off = the sender's UTC offset in minutes."""
    return {"frm": frm, "subj": subj, "body": body, "when": when, "off": off, "to": to, "html": html,
            "hdr": hdr or {}}


def local(when, off):
    return datetime(*when, tzinfo=timezone(timedelta(minutes=off)))


def day_no(paid_at, when, off):
    """Calendar days from the charge's IST date (day 0) to the request's IST date."""
    return (local(when, off).astimezone(IST).date() - date.fromisoformat(paid_at[:10])).days


def hours(paid_at, when, off):
    return (local(when, off) - datetime.fromisoformat(paid_at).replace(tzinfo=IST)).total_seconds() / 3600


def case(cid, brand, status, msgs, decisions=(), rules=(), missing=None, spec="", extra_ok=False,
         ambiguous=None):
    assert not any(c["cid"] == cid for c in CASES), cid
    CASES.append({"cid": cid, "brand": brand, "status": status, "msgs": msgs, "decisions": list(decisions),
                  "rules": list(rules), "missing": missing, "spec": spec, "extra_ok": extra_ok,
                  "ambiguous": ambiguous})


def R(outcome, amount=None):
    return {"intent": "refund", "outcome": outcome, "amount": amount}


def X(outcome="cancel", eff=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if eff is not None:
        d["effective_date"] = eff
    return d


def build(here, lang, rnd="fresh32"):
    here = Path(here)
    (here / "emails").mkdir(exist_ok=True)
    for old in (here / "emails").glob("*.eml"):
        old.unlink()
    out = []
    for c in CASES:
        num = c["cid"].split("-", 1)[0]
        files, ids = [], []
        for i, m in enumerate(c["msgs"]):
            msg = EmailMessage()
            msg["From"] = m["frm"]
            msg["To"] = m["to"] or (LO_TO if c["brand"] == LOB else OW_TO)
            msg["Subject"] = m["subj"]
            msg["Date"] = format_datetime(local(m["when"], m["off"]))
            mid = f"<{lang}.{num}.{i}.{rnd}@mail.example>"
            msg["Message-ID"] = mid
            if ids:
                msg["In-Reply-To"] = ids[-1]
                msg["References"] = " ".join(ids)
            for k, v in m["hdr"].items():
                msg[k] = v
            if m["html"] and not m["body"]:
                msg.set_content(m["html"], subtype="html")
            else:
                msg.set_content(m["body"])
                if m["html"]:
                    msg.add_alternative(m["html"], subtype="html")
            ids.append(mid)
            name = f"emails/{num}-{i + 1}.eml"
            (here / name).write_bytes(msg.as_bytes(policy=SMTP))
            files.append(name)
        e = {"id": f"{lang}-{c['cid']}", "lang": lang, "files": files, "brand": c["brand"],
             "status": c["status"], "rules": c["rules"]}
        if c["missing"] is not None:
            e["missing"] = c["missing"]
        e["decisions"] = c["decisions"]
        if c["extra_ok"]:
            e["extra_ok"] = True
        if c["ambiguous"]:
            e["ambiguous"] = c["ambiguous"]
        e["spec"] = c["spec"]
        out.append(e)
    (here / "ledger.json").write_text(json.dumps(LEDGER, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (here / "expected.json").write_text(json.dumps({"cases": out}, indent=1, ensure_ascii=False) + "\n",
                                        encoding="utf-8")
    check(here, out)
    return out


def check(here, out):
    """Every file exists and parses, its To: (or Delivered-To:) is its brand's inbox, and ids are unique."""
    assert len({e["id"] for e in out}) == len(out)
    ids = [p["id"] for p in LEDGER["payments"]]
    assert len(ids) == len(set(ids)), "duplicate payment id"
    for e in out:
        for f in e["files"]:
            msg = email.message_from_bytes((here / f).read_bytes(), policy=default)
            to = parseaddr(str(msg["To"]))[1].lower()
            dto = str(msg.get("Delivered-To", "")).lower()
            assert INBOX[e["brand"]] in (to, dto), (e["id"], to, dto)
            assert msg["Date"] and msg["From"] is not None and msg.get_body(("plain", "html")) is not None, e["id"]
        assert (e["status"] == "decided") == bool(e["decisions"]), e["id"]


def readme_lines(out):
    lines = ["| id | brand | expected | spec |", "|---|---|---|---|"]
    for e in out:
        ans = e["status"]
        if e["decisions"]:
            ans += " " + ", ".join(f"{d['intent']}:{d['outcome']}" + (f" {d['amount']}" if d.get("amount") else "")
                                   + (f" until {d['effective_date']}" if d.get("effective_date") else "")
                                   for d in e["decisions"])
        if e.get("missing"):
            ans += " missing=" + ",".join(e["missing"])
        if e["rules"]:
            ans += " rules=" + ",".join(e["rules"])
        if e.get("ambiguous"):
            ans += " (ambiguous)"
        lines.append(f"| `{e['id']}` | {e['brand']} | {ans} | {e['spec']} |")
    return lines
