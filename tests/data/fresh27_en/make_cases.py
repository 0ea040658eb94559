"""fresh27 English cases (qa27c): regenerate with `python3 make_cases.py`."""
# ---- kit (stdlib only) ----
import json, sys
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LO_TO = "LeadsOptima Support <support@leadsoptima.com>"
OW_TO = "Optima WebDesign <optimawebdesigns12@gmail.com>"
LOB, OWB = "leadsoptima", "optima_webdesign"
LEDGER = {"customers": [], "projects": [], "payments": []}
CASES = []


def cust(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    LEDGER["customers"].append({"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
                                "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end})


def lopay(pid, inv, email, plan, amount, tax, paid_at, ps=None, pe=None, status="paid"):
    LEDGER["payments"].append({"brand": LOB, "id": pid, "invoice": inv, "customer_email": email,
                               "kind": "subscription", "plan": plan, "amount": amount, "tax": tax,
                               "currency": "INR", "paid_at": paid_at, "period_start": ps, "period_end": pe,
                               "status": status})


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
    """when = (y, m, d, H, M) local time of the sender; off = UTC offset in minutes."""
    return {"frm": frm, "subj": subj, "body": body, "when": when, "off": off, "to": to, "html": html,
            "hdr": hdr or {}}


def case(cid, brand, status, msgs, decisions=(), rules=(), missing=None, spec="", extra_ok=False,
         ambiguous=None, clauses=""):
    CASES.append({"cid": cid, "brand": brand, "status": status, "msgs": msgs, "decisions": list(decisions),
                  "rules": list(rules), "missing": missing, "spec": spec, "extra_ok": extra_ok,
                  "ambiguous": ambiguous, "clauses": clauses})


def R(outcome, amount=None):
    return {"intent": "refund", "outcome": outcome, "amount": amount}


def X(outcome="cancel", eff=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if eff is not None:
        d["effective_date"] = eff
    return d


def build(lang):
    (HERE / "emails").mkdir(exist_ok=True)
    for old in (HERE / "emails").glob("*.eml"):
        old.unlink()
    out = []
    for c in CASES:
        num, short = c["cid"].split("-", 1)
        files, ids = [], []
        for i, m in enumerate(c["msgs"]):
            msg = EmailMessage()
            msg["From"] = m["frm"]
            msg["To"] = m["to"] or (LO_TO if c["brand"] == LOB else OW_TO)
            msg["Subject"] = m["subj"]
            tz = timezone(timedelta(minutes=m["off"]))
            msg["Date"] = format_datetime(datetime(*m["when"], tzinfo=tz))
            mid = f"<{lang}.{num}.{i}.fresh27@mail.example>"
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
            (HERE / name).write_bytes(msg.as_bytes(policy=SMTP))
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
    (HERE / "ledger.json").write_text(json.dumps(LEDGER, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": out}, indent=1, ensure_ascii=False) + "\n",
                                        encoding="utf-8")
    return out


def readme_lines(out):
    lines = []
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
        lines.append(f"- `{e['id']}` ({e['brand']}): {ans}. {e['spec']}")
    return lines
# ---- end kit ----
from datetime import date as _date


def _plus_months(d, n):
    import calendar
    y, m = divmod(d.month - 1 + n, 12)
    return _date(d.year + y, m + 1, min(d.day, calendar.monthrange(d.year + y, m + 1)[1]))


def sub(email, name, plan, charges, start=None, end=None, status="active", pfx="x"):
    """A LeadsOptima customer and charges [(id, invoice, paid_at, period_start, status?)...];
    period_end is computed from the plan length."""
    cust(email, name, plan, status=status, start=start, end=end)
    price = {"monthly": ("1499.00", "269.82"), "quarterly": ("3999.00", "719.82"), "annual": ("11988.00", "2157.84")}
    months = {"monthly": 1, "quarterly": 3, "annual": 12}
    for ch in charges:
        pid, inv, paid, ps = ch[:4]
        st = ch[4] if len(ch) > 4 else "paid"
        pl = ch[5] if len(ch) > 5 else plan
        pe = None
        if ps:
            d = _date.fromisoformat(ps)
            pe = (_plus_months(d, months[pl]) - timedelta(days=1)).isoformat()
        lopay(pid, inv, email, pl, *price[pl], paid, ps, pe, status=st)

NG, KE, SG, PH, IE, SCO, JP, KR, CN, IN = 60, 180, 480, 480, 60, 60, 540, 540, 480, 330

# ---------------- LeadsOptima ----------------
sub("tunde.adeyemi@okaforlogistics.ng", "Tunde Adeyemi", "monthly",
    [("e01a", "LO-INV-81001", "2025-09-26T10:00:00", "2025-09-26"), ("e01b", "LO-INV-81002", "2025-09-26T10:02:00", "2025-09-26")],
    start="2025-09-26", end="2025-10-25")
case("l01-ng-gtbank-alert-spaced-ref", LOB, "decided", [M("Tunde Adeyemi <tunde.adeyemi@okaforlogistics.ng>",
     "URGENT!!! Double debit",
     "Good morning Sir/Ma,\n\nTrust you are doing great. I want to bring to your notice that my GTBank card was debited two times on Friday "
     "for the monthly plan, 1,499 each, two minutes apart. I have the alerts with me. The second one is lo inv 81002.\n\n"
     "Kindly reverse the extra one to my card. Thanks in anticipation.\n\nTunde Adeyemi\nOkafor Logistics Ltd, Ikeja\n"
     "Sent from my Tecno",
     (2025, 9, 29, 9, 0), NG)], [R("approve", "1499.00")],
     spec="L4: two paid monthly charges 2025-09-26 same period; request 2025-09-29 13:30 IST (day 3); refund the later charge LO-INV-81002 1499.00 (invoice typed with spaces, section 8).")

sub("wanjiku.njoroge@gmail.com", "Wanjiku Njoroge", "quarterly",
    [("e02a", "LO-INV-81011", "2025-09-22T23:30:00", "2025-09-22"), ("e02b", "LO-INV-81012", "2025-09-22T23:31:00", "2025-09-22")],
    start="2025-09-22", end="2025-12-21")
case("l02-ke-day7-evening-nairobi", LOB, "decided", [M("Wanjiku Njoroge <wanjiku.njoroge@gmail.com>",
     "Quarterly plan paid 2 times",
     "Hallo LeadsOptima,\n\nI have just been going through my statement and I see the quarterly subscription has been paid two times last Monday night, "
     "LO-INV-81011 and LO-INV-81012, same amount. Kindly refund the second one. Asante sana.\n\nWanjiku\nWestlands, Nairobi",
     (2025, 9, 29, 20, 45), KE)], [R("approve", "3999.00")],
     spec="Charges 2025-09-22 23:30 IST; sent 2025-09-29 20:45 +03:00 = 23:15 IST: day 7, inside (L3); refund LO-INV-81012 3999.00 (L4).")

sub("niamh.odonoghue@eircom.net", "Niamh O'Donoghue", "monthly",
    [("e03a", "LO-INV-81021", "2025-09-22T12:00:00", "2025-09-22"), ("e03b", "LO-INV-81022", "2025-09-22T12:01:00", "2025-09-22")],
    start="2025-09-22", end="2025-10-21")
case("l03-ie-day7-local-day8-ist", LOB, "decided", [M("Niamh O'Donoghue <niamh.odonoghue@eircom.net>",
     "Charged twice - LO-INV-81022",
     "Hi folks,\n\nSorry to be a pain but ye've charged me twice for the monthly last Monday - two lots of 1,499 within a minute of each other. "
     "Could ye refund the second one (LO-INV-81022)? I know it's a week today so hopefully I'm just in time!\n\nThanks a million,\nNiamh\nEnnistymon, Co. Clare",
     (2025, 9, 29, 21, 0), IE)], [R("deny")],
     spec="Sent Mon 2025-09-29 21:00 +01:00 = 2025-09-30 01:30 IST: day 8 after the 2025-09-22 charges, outside the 7-day window (L3): deny.")

sub("jasmine.lim@singnet.com.sg", "Jasmine Lim", "annual",
    [("e04a", "LO-INV-81031", "2025-09-23T08:00:00", "2025-09-23"), ("e04b", "LO-INV-81032", "2025-09-23T08:00:30", "2025-09-23")],
    start="2025-09-23", end="2026-09-22")
case("l04-sg-local-day8-ist-day7", LOB, "decided", [M("Jasmine Lim <jasmine.lim@singnet.com.sg>",
     "Fwd: DBS Card Transaction Alert",
     "Hi, see below - your company charged my card 2 times for annual plan on 23 Sep. Second one invoice LO-INV-81032. Pls refund the extra, thanks.\n\n"
     "Jasmine\n\n---------- Forwarded message ---------\nFrom: DBS Bank <ibanking.alert@dbs.com>\nDate: Tue, 23 Sep 2025 at 10:31\n"
     "Subject: Card Transaction Alert\nTo: <jasmine.lim@singnet.com.sg>\n\n"
     "Dear Sir / Madam, A transaction of INR 11,988.00 (SGD equivalent) was made on your DBS card ending 4471 at LEADSOPTIMA on 23 SEP. "
     "If unauthorised, please call 1800 111 1111.\n\n---------- Forwarded message ---------\nFrom: DBS Bank <ibanking.alert@dbs.com>\n"
     "Date: Tue, 23 Sep 2025 at 10:31\nSubject: Card Transaction Alert\n\nA transaction of INR 11,988.00 was made on your DBS card ending 4471 at LEADSOPTIMA on 23 SEP.\n",
     (2025, 10, 1, 0, 40), SG)], [R("approve", "11988.00")],
     spec="Forward by the registered customer of her own bank alerts. Sent 2025-10-01 00:40 +08:00 = 2025-09-30 22:10 IST: day 7 after 2025-09-23 (inside); refund LO-INV-81032 11988.00 (L4).")

sub("maricris.dizon@yahoo.com.ph", "Maricris Dizon", "monthly", [("e05a", "LO-INV-81041", "2025-09-27T14:00:00", "2025-09-27")],
    start="2025-09-27", end="2025-10-26")
case("l05-ph-taglish-cant-login", LOB, "decided", [M("Maricris Dizon <maricris.dizon@yahoo.com.ph>",
     "cannot login po",
     "Hello po!\n\nGood day. I paid for the monthly plan last Saturday po (LO-INV-81041) but until now I can't log in, it always says "
     "\"invalid session\". I tried na po on my laptop and cellphone. If it can't be fixed po, please refund na lang. Salamat po!\n\n"
     "Maricris\nQuezon City",
     (2025, 9, 29, 8, 15), PH)], [R("escalate")],
     spec="Access failure inside 7 days of the charge 2025-09-27 (request 2025-09-29): escalate, verified by support (L6).")

sub("t.watanabe@kobayashi-trading.co.jp", "Takeshi Watanabe", "quarterly",
    [("e06a", "LO-INV-81051", "2025-09-25T07:30:00", "2025-09-25", "paid", "annual")], start="2025-09-25", end="2025-12-24")
case("l06-jp-wrong-plan-yen-slip", LOB, "decided", [M("Takeshi Watanabe <t.watanabe@kobayashi-trading.co.jp>",
     "About wrong charge (LO-INV-81051)",
     "Dear LeadsOptima support team,\n\nI am Watanabe of Kobayashi Trading. Thank you for your service always.\n\n"
     "On 25th September I choosed Quarterly plan, but charged amount is 11,988 yen... excuse me, 11,988 rupee. "
     "This is amount of Annual plan, I think it is billing error. Please refund this wrong amount and charge correct quarterly price.\n\n"
     "Best regards,\nTakeshi Watanabe\nKobayashi Trading Co., Ltd. / Osaka",
     (2025, 9, 26, 10, 0), JP)], [R("escalate")],
     spec="Charged for the wrong plan inside the window (charge 2025-09-25, request 2025-09-26): billing error, escalate with the charge (L5).")

sub("minjun.park@hanbitsoft.co.kr", "Park Min-jun", "annual", [("e07a", "LO-INV-81061", "2025-09-27T11:00:00", "2025-09-27")],
    start="2025-09-27", end="2026-09-26")
case("l07-kr-team-leader-decide", LOB, "decided", [M("Park Min-jun <minjun.park@hanbitsoft.co.kr>",
     "Refund request for annual fee",
     "Hello.\n\nI am Park Min-jun from Hanbit Soft. Yesterday I paid annual fee (LO-INV-81061). But today our team leader decide to use "
     "other CRM tool which our headquarter already use. So we don't need LeadsOptima. Please refund annual fee.\n\n"
     "Thank you for your understanding.\nPark Min-jun / Manager\nHanbit Soft, Seoul",
     (2025, 9, 28, 15, 20), KR)], [R("deny")],
     spec="Changed mind (another tool chosen) is not an L2 exception: refund denied (L1), cancellation offered in the reply.")

sub("chen.wei@szbrightlight.cn", "Chen Wei", "monthly",
    [("e08a", "LO-INV-81071", "2025-09-25T09:00:00", "2025-09-25"), ("e08b", "LO-INV-81072", "2025-09-25T09:01:00", "2025-09-25"),
     ("e08c", "LO-INV-81073", "2025-09-25T09:03:00", "2025-09-25")], start="2025-09-25", end="2025-10-24")
case("l08-cn-three-deductions", LOB, "decided", [M("Chen Wei <chen.wei@szbrightlight.cn>",
     "Payment deduct 3 times!!",
     "Dear Sir,\n\nWhen I pay monthly plan the page is stuck, I click pay button again and again. Now bank show deducted three times 1499, "
     "invoices LO-INV-81071 / 81072 / 81073. Only need one. Please return other two money.\n\nThanks\nChen Wei\nShenzhen Brightlight Electronics",
     (2025, 9, 27, 16, 0), CN)], [R("approve", "2998.00")],
     spec="Three paid monthly charges, same period, 2025-09-25; request 2025-09-27 (day 2): both later charges are duplicates inside the window: 1499 x 2 = 2998.00 (section 8).")

sub("fraser.mcintyre@mcintyrejoinery.co.uk", "Fraser McIntyre", "quarterly", [("e09a", "LO-INV-81081", "2025-09-01T10:00:00", "2025-09-01")],
    start="2025-09-01", end="2025-11-30")
case("l09-sco-closing-shop-cancel", LOB, "decided", [M("Fraser McIntyre <fraser.mcintyre@mcintyrejoinery.co.uk>",
     "Cancel subscription",
     "Hiya,\n\nAfter thirty-odd year my da's finally retiring and we're shutting the joinery come November, so there's nae point keeping the leads thing going. "
     "Can ye cancel the quarterly subscription please. Nae refund wanted, we'll use it till the end.\n\nCheers the noo,\nFraser\nMcIntyre Joinery, Paisley",
     (2025, 9, 24, 14, 30), SCO)], [X("cancel", "2025-11-30")],
     spec="Cancellation; 'nae refund wanted' adds no refund (section 8): active until current_period_end 2025-11-30 (L8).")

cust("ciaran.walsh@corkbikes.ie", "Ciaran Walsh", "monthly")
lopay("e10a", "LO-INV-81091", "ciaran.walsh@corkbikes.ie", "monthly", "1499.00", "269.82", "2025-08-31T21:00:00+00:00", None, None)
case("l10-ie-fallback-utc-charge", LOB, "decided", [M("Ciaran Walsh <ciaran.walsh@corkbikes.ie>",
     "cancel my plan",
     "Hi there,\n\nPlease cancel my monthly plan. The season's over and the shop only does repairs in winter, we won't be chasing leads.\n\nCiaran\nCork Bikes, Douglas St.",
     (2025, 9, 20, 11, 0), IE)], [X("cancel", "2025-09-30")],
     spec="No current period in the ledger: last charge 2025-08-31 21:00 UTC = 2025-09-01 02:30 IST (local date 2025-09-01) + 1 month - 1 day = 2025-09-30 (L8, section 8 offsets).")

sub("accounts@okaforlogistics.ng", "Okafor Logistics", "annual",
    [("e11a", "LO-INV-81101", "2025-09-25T10:00:00", "2025-09-25"), ("e11b", "LO-INV-81102", "2025-09-25T10:01:00", "2025-09-25")],
    start="2025-09-25", end="2026-09-24")
case("l11-ng-md-yahoo-c2", LOB, "need_info", [M("Chinedu Okafor <chinedu.okafor@yahoo.com>",
     "Re: Double payment annual subscription",
     "Dear Sir,\n\nI am the MD of Okafor Logistics. Our company account (registered with accounts@okaforlogistics.ng) was billed twice for the annual plan on 25/09/2025, "
     "LO-INV-81101 and LO-INV-81102. Please refund the duplicate to our Zenith account immediately.\n\nChinedu Okafor\nManaging Director",
     (2025, 9, 26, 8, 0), NG)], rules=["C2"],
     spec="Sender is not the registered email he names: ask for the request from accounts@okaforlogistics.ng, disclose nothing (C2).")

sub("wanjiru.kamau@savannahagro.co.ke", "Wanjiru Kamau", "monthly", [("e12a", "LO-INV-81111", "2025-09-10T10:00:00", "2025-09-10")],
    start="2025-09-10", end="2025-10-09")
case("l12-ke-outlook-forward-finance", LOB, "need_info", [M("Savannah Agro Finance <finance@savannahagro.co.ke>",
     "FW: LeadsOptima subscription",
     "Dear Support,\n\nPlease action the below from our Marketing Lead.\n\nRegards,\nFinance Office\nSavannah Agro Ltd, Nakuru\n\n"
     "________________________________\nFrom: Wanjiru Kamau <wanjiru.kamau@savannahagro.co.ke>\nSent: Monday, September 22, 2025 4:12 PM\n"
     "To: Finance Office <finance@savannahagro.co.ke>\nSubject: LeadsOptima subscription\n\n"
     "Hi Finance, kindly ask LeadsOptima to cancel our monthly plan, the budget for Q4 was cut. Thanks, Wanjiru",
     (2025, 9, 23, 9, 0), KE)], rules=["C2"],
     spec="The forwarded request names wanjiru.kamau@savannahagro.co.ke (the registered email) but comes from finance@: C2, ask for it from the registered address (section 8 forwards).")

sub("grace.villanueva@gmail.com", "Grace Villanueva", "quarterly", [("e14a", "LO-INV-81121", "2025-09-24T10:00:00", "2025-09-24")],
    start="2025-09-24", end="2025-12-23")
case("l13-ph-po-no-reason", LOB, "need_info", [M("Grace Villanueva <grace.villanueva@gmail.com>",
     "Refund",
     "Good day po!\n\nPls process refund po for my quarterly plan, invoice LO-INV-81121.\n\nThank you po and God bless!\n\n"
     "Grace Villanueva\nVillanueva Catering Services | Cebu City\n\"Serving with love since 2009\"",
     (2025, 9, 26, 10, 0), PH)], missing=["reason"],
     spec="Only the request, courtesy and a signature motto: no reason (section 8); plan and invoice known: ask for the reason (C3).")

sub("otieno.ochieng@lakesidehotels.co.ke", "Otieno Ochieng", "annual",
    [("e15a", "LO-INV-81131", "2025-09-20T10:00:00", "2025-09-20", "paid", "monthly"),
     ("e15b", "LO-INV-81132", "2025-09-25T10:00:00", "2025-09-25")], start="2025-09-25", end="2026-09-24")
E15 = M("Otieno Ochieng <otieno.ochieng@lakesidehotels.co.ke>", "Billing error on my account",
        "Hello team,\n\nThere is a billing error on my account, you have charged me the wrong amount this month. Kindly look into it and refund me.\n\n"
        "Regards,\nOtieno Ochieng\nLakeside Hotels, Kisumu", (2025, 9, 27, 11, 0), KE)
case("l14-ke-billing-error-which-charge", LOB, "need_info", [E15], missing=["invoice_number"],
     spec="Billing error claimed, but two different charges this month (LO-INV-81131 monthly, LO-INV-81132 annual): the charge must be identified: ask for the invoice number (C3).")
case("l15-ke-thread-invoice-given", LOB, "decided", [E15, M("Otieno Ochieng <otieno.ochieng@lakesidehotels.co.ke>",
     "Re: Billing error on my account [LO-1015]",
     "Hello,\n\nIt is the annual one, LO-INV-81132. I had already paid monthly on the 20th, then this one also came.\n\nOtieno\n\n"
     "On Sat, 27 Sep 2025, LeadsOptima Support wrote:\n> Please tell us the invoice number of the charge.\n",
     (2025, 9, 28, 9, 30), KE)], [R("escalate")],
     spec="The reply names LO-INV-81132 (2025-09-25); request time is the first email 2025-09-27: billing error inside 7 days: escalate (L5).")

sub("aoife.brennan@galwaydental.ie", "Aoife Brennan", "annual", [("e16a", "LO-INV-81141", "2025-03-15T10:00:00", "2025-03-15")],
    start="2025-03-15", end="2026-03-14")
case("l16-ie-html-only-outlook", LOB, "decided", [M("Aoife Brennan <aoife.brennan@galwaydental.ie>",
     "Cancellation", None, (2025, 9, 25, 9, 10), IE,
     html="<html><body><div style='font-family:Calibri'><p>Dear LeadsOptima,</p><p>We have been bought out by a dental group that runs its own "
          "marketing, so please <b>cancel</b> our annual subscription at the end of the current term.</p><p>Kind regards,<br>Aoife Brennan<br>"
          "Practice Manager, Galway Dental Care<br><span style='font-size:8pt;color:grey'>This email and any files transmitted with it are confidential "
          "and intended solely for the use of the individual or entity to whom they are addressed.</span></p></div></body></html>")],
     [X("cancel", "2026-03-14")],
     spec="HTML-only cancellation: active until current_period_end 2026-03-14 (L8).")

case("l17-jp-auto-reply", LOB, "ignore", [M("Sato Yuki <y.sato@marunouchi-consult.jp>",
     "自動返信: Re: Your LeadsOptima invoice",
     "Thank you for your e-mail. I am out of office until 6 October (business trip). For urgent refund or cancellation matter, "
     "please contact my colleague. 佐藤",
     (2025, 9, 27, 9, 0), JP, hdr={"In-Reply-To": "<lo.invoice.81401@leadsoptima.com>", "References": "<lo.invoice.81401@leadsoptima.com>", "Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})], rules=["C7"],
     spec="Auto-Submitted: auto-replied: ignore (C7), though it speaks of refunds.")
case("l18-sg-bulk-newsletter", LOB, "ignore", [M("SaaS Deals Asia <news@saasdeals.asia>",
     "This week: 40% off CRM tools, refund guarantees compared",
     "Hi there, this week we compare refund guarantees of 12 CRM tools. Cancel anytime, chargeback tips inside.",
     (2025, 9, 28, 7, 0), SG, hdr={"Precedence": "bulk", "List-Unsubscribe": "<mailto:unsub@saasdeals.asia>"})], rules=["C7"],
     spec="Precedence: bulk: ignore (C7).")
case("l19-bounce", LOB, "ignore", [M("Mail Delivery Subsystem <MAILER-DAEMON@mx.kenet.or.ke>",
     "Undelivered Mail Returned to Sender",
     "This is the mail system at host mx.kenet.or.ke.\n\nI'm sorry to have to inform you that your message could not be delivered.\n\n"
     "<j.mwangi@kenet.or.ke>: host said: 550 5.1.1 User unknown\n\n--- original message ---\nSubject: Re: refund request [LO-1020]",
     (2025, 9, 28, 12, 0), KE)], rules=["C7"],
     spec="MAILER-DAEMON bounce: ignore (C7).")

sub("ifeoma.eze@gmail.com", "Ifeoma Eze", "monthly",
    [("e20a", "LO-INV-81151", "2025-09-26T09:00:00", "2025-09-26"), ("e20b", "LO-INV-81152", "2025-09-26T09:01:00", "2025-09-26")],
    start="2025-09-26", end="2025-10-25")
case("l20-ng-chargeback-threat", LOB, "decided", [M("Ifeoma Eze <ifeoma.eze@gmail.com>",
     "Double charge - final warning",
     "Hello,\n\nThis is my third mail. You people charged me twice (LO-INV-81152 is the extra one). If I don't see my money by Wednesday "
     "I will file a chargeback with Access Bank and tell everybody on Twitter. I am not joking.\n\nIfeoma, Enugu",
     (2025, 9, 29, 10, 0), NG)], [R("escalate")], rules=["C4"],
     spec="Chargeback threat: escalate (C4), though the duplicate would otherwise be approved.")

sub("benedict.tay@tayhardware.com.sg", "Benedict Tay", "quarterly",
    [("e21a", "LO-INV-81161", "2025-09-25T15:00:00", "2025-09-25"), ("e21b", "LO-INV-81162", "2025-09-25T15:00:40", "2025-09-25")],
    start="2025-09-25", end="2025-12-24")
case("l21-sg-rules-out-chargeback", LOB, "decided", [M("Benedict Tay <benedict.tay@tayhardware.com.sg>",
     "Double charge leh",
     "Hi,\n\nYour system charge me two times for quarterly plan on Thursday, LO-INV-81161 and LO-INV-81162. My bank say can do chargeback "
     "but I don't want to do that, very troublesome and I know it's system error only. Just refund the second one can already.\n\n"
     "Thanks\nBenedict\nTay Hardware, Ubi",
     (2025, 9, 27, 14, 0), SG)], [R("approve", "3999.00")],
     spec="The customer rules the chargeback out: no threat (section 8 negation), so no C4; duplicate inside the window (day 2): refund LO-INV-81162 3999.00 (L4).")

cust("joy.bautista@gmail.com", "Joy Bautista", "monthly", status="trial", trial_ends="2025-10-04")
case("l22-ph-trial-refund", LOB, "decided", [M("Joy Bautista <joy.bautista@gmail.com>",
     "refund of trial",
     "Hi! Im on the free trial po, can I have refund? I dont think it fits our small online shop. Thanks!",
     (2025, 9, 28, 21, 0), PH)], [R("deny")], extra_ok=True,
     spec="Free trial with no charges: nothing to refund (L7); the reply says no billing occurs unless she subscribes. A cancellation read into 'does not fit' approves nothing (extra_ok).")

sub("mwikali.musyoka@gmail.com", "Mwikali Musyoka", "monthly", [("e23a", "LO-INV-81171", "2025-09-18T10:00:00", "2025-09-18")],
    start="2025-09-18", end="2025-10-17")
case("l23-ke-not-asking-refund", LOB, "decided", [M("Mwikali Musyoka <mwikali.musyoka@gmail.com>",
     "Stop renewal",
     "Hi,\n\nI am not asking for a refund, I know the policy. Just stop the renewal please, I will finish this month and then stop. "
     "I'm moving back to Machakos and closing the salon.\n\nMwikali",
     (2025, 9, 26, 18, 0), KE)], [X("cancel", "2025-10-17")],
     spec="'Not asking for a refund' adds no refund intent (section 8); cancel, active until 2025-10-17 (L8).")

case("l24-kr-before-buying", LOB, "other", [M("Kim Seo-yeon <seoyeon.kim@daehanmedia.kr>",
     "Question before purchase",
     "Hello, I am considering to buy annual plan for our agency. If I buy and after 1 month our team don't like, is it possible to get refund? "
     "And can we pay by Korean credit card? Thank you.\nKim Seo-yeon",
     (2025, 9, 27, 11, 0), KR)],
     spec="A hypothetical before buying: a policy question, no request (section 8): other.")

sub("bola.akinwale@gmail.com", "Bola Akinwale", "monthly", [("e25a", "LO-INV-81181", "2025-09-12T10:00:00", "2025-09-12")],
    start="2025-09-12", end="2025-10-11")
case("l25-ng-thanks-refund-received", LOB, "other", [M("Bola Akinwale <bola.akinwale@gmail.com>",
     "Re: Your refund has been processed",
     "Good afternoon,\n\nI have received the refund in my account this morning. Thank you so much for the quick response, God bless your team.\n\nBola",
     (2025, 9, 27, 14, 0), NG, hdr={"In-Reply-To": "<lo.refund.81181@leadsoptima.com>", "References": "<lo.refund.81181@leadsoptima.com>"})],
     spec="Thanks for a refund already received: no request: other.")

sub("hamish.reid@reidplumbing.co.uk", "Hamish Reid", "annual", [("e26a", "LO-INV-81191", "2025-04-02T10:00:00", "2025-04-02")],
    start="2025-04-02", end="2026-04-01")
case("l26-sco-vat-invoice-copy", LOB, "other", [M("Hamish Reid <hamish.reid@reidplumbing.co.uk>",
     "Invoice copy for my accountant",
     "Afternoon,\n\nMy accountant's after a copy of the invoice for April's annual payment (LO-INV-81191) with your tax number on it. "
     "Last year ye sent it as a PDF, that'd be grand again.\n\nHamish Reid\nReid Plumbing & Heating, Kirkcaldy",
     (2025, 9, 25, 15, 0), SCO)],
     spec="An invoice copy request, neither refund nor cancellation: other.")

sub("liu.yang@hzteaexport.cn", "Liu Yang", "quarterly", [("e27a", "LO-INV-81201", "2025-09-10T10:00:00", "2025-09-10")],
    start="2025-09-10", end="2025-12-09")
case("l27-cn-cannot-open-late", LOB, "decided", [M("Liu Yang <liu.yang@hzteaexport.cn>",
     "Platform can not login",
     "Dear support,\n\nFrom 20 September I cannot login the platform, always error 502. I pay quarterly plan 10 September, LO-INV-81201. "
     "Please refund because I can not use.\n\nBest wishes\nLiu Yang\nHangzhou Tea Export",
     (2025, 9, 24, 9, 0), CN)], [R("deny")],
     spec="Access failure, but the charge 2025-09-10 is 14 days before the request 2025-09-24: outside 7 days: deny (L3).")

sub("sean.gallagher@gallagherauto.ie", "Sean Gallagher", "monthly", [("e28a", "LO-INV-81211", "2025-09-24T10:00:00", "2025-09-24")],
    start="2025-09-24", end="2025-10-23")
case("l28-ie-claims-twice-one-charge", LOB, "decided", [M("Sean Gallagher <sean.gallagher@gallagherauto.ie>",
     "Charged twice?",
     "Hi,\n\nLooks like I was charged twice for the monthly on Wednesday, there's two 1,499 lines on my Revolut. Invoice I have is LO-INV-81211. Can ye refund the double?\n\nSean",
     (2025, 9, 26, 12, 0), IE)], [R("escalate")],
     spec="Duplicate claimed but the ledger holds one charge only: no pair, escalate (L4).")

sub("yetunde.bakare@bakarefoods.ng", "Yetunde Bakare", "monthly",
    [("e29a", "LO-INV-81221", "2025-09-27T12:00:00", "2025-09-27"), ("e29b", "LO-INV-81222", "2025-09-27T12:02:00", "2025-09-27")],
    start="2025-09-27", end="2025-10-26")
case("l29-ng-double-and-cancel", LOB, "decided", [M("Yetunde Bakare <yetunde.bakare@bakarefoods.ng>",
     "Refund double payment + cancel",
     "Hello Sir/Ma,\n\n1. I was debited double on 27th (LO-INV-81221 and LO-INV-81222). Please refund the second one.\n"
     "2. After that please cancel the subscription entirely, we are going back to WhatsApp marketing.\n\nThank you.\nYetunde Bakare\nBakare Foods, Ibadan",
     (2025, 9, 29, 8, 0), NG)], [R("approve", "1499.00"), X("cancel", "2025-10-26")],
     spec="Duplicate inside the window (day 2): refund LO-INV-81222 1499.00 (L4); cancel, active until 2025-10-26 (L8).")

sub("jiwoo.lee@seoulbeauty.kr", "Lee Ji-woo", "quarterly", [("e30a", "LO-INV-81231", "2025-09-26T10:00:00", "2025-09-26")],
    start="2025-09-26", end="2025-12-25")
case("l30-kr-expensive-cancel-refund", LOB, "decided", [M("Lee Ji-woo <jiwoo.lee@seoulbeauty.kr>",
     "Cancel and refund please",
     "Hello,\n\nWe use 3 days and think price is too expensive for small shop like us (exchange rate also bad). Please cancel quarterly plan "
     "and refund the payment LO-INV-81231.\n\nSorry and thank you.\nLee Ji-woo, Seoul Beauty Lab",
     (2025, 9, 29, 13, 0), KR)], [R("deny"), X("cancel", "2025-12-25")],
     spec="Too expensive is not an exception: refund deny (L1); cancel, active until 2025-12-25 (L8).")

sub("maricel@santosbakeshop.ph", "Maricel Santos", "monthly", [("e31a", "LO-INV-81241", "2025-09-15T10:00:00", "2025-09-15")],
    start="2025-09-15", end="2025-10-14")
case("l31-ph-cancel-personal-gmail-c2", LOB, "need_info", [M("Maricel Santos <maricel.santos.2019@gmail.com>",
     "Pa-cancel po",
     "Hi po, please cancel na po our monthly plan. Our registered email po is maricel@santosbakeshop.ph but I can't open it right now. "
     "Salamat po!\n\nMaricel",
     (2025, 9, 27, 9, 0), PH)], rules=["C2"],
     spec="Sender is not the registered email she names: write from maricel@santosbakeshop.ph (C2), even for a cancellation.")

sub("dermot.kelly@kellysbar.ie", "Dermot Kelly", "monthly", [("e32a", "LO-INV-81251", "2025-09-05T10:00:00", "2025-09-05")],
    start="2025-09-05", end="2025-10-04")
case("l32-ie-dictated-no-punctuation", LOB, "decided", [M("Dermot Kelly <dermot.kelly@kellysbar.ie>",
     "Cancel",
     "hi this is Dermot from Kelly's bar in Ennis comma I'm driving so this is dictated sorry full stop please cancel the monthly plan on my account "
     "we didn't get any bookings out of it over the summer full stop thanks Dermot\n\nSent from my iPhone",
     (2025, 9, 25, 17, 0), IE)], [X("cancel", "2025-10-04")],
     spec="Dictated cancellation: active until current_period_end 2025-10-04 (L8).")

sub("kelvin.goh@gohmotor.sg", "Kelvin Goh", "annual", [("e33a", "LO-INV-81261", "2025-06-01T10:00:00", "2025-06-01")],
    start="2025-06-01", end="2026-05-31")
case("l33-sg-singlish-cancel", LOB, "decided", [M("Kelvin Goh <kelvin.goh@gohmotor.sg>",
     "cancel",
     "hi can help me cancel my plan or not? don't want auto renew next year. thanks ah",
     (2025, 9, 26, 22, 0), SG)], [X("cancel", "2026-05-31")],
     spec="Cancellation with no reason is not held up: active until 2026-05-31 (L8).")

sub("emeka.nwosu@nwosupharma.ng", "Emeka Nwosu", "quarterly",
    [("e34a", "LO-INV-81271", "2025-09-28T08:00:00", "2025-09-28"), ("e34b", "LO-INV-81272", "2025-09-28T08:05:00", "2025-09-28")],
    start="2025-09-28", end="2025-12-27")
case("l34-ng-amount-in-words", LOB, "decided", [M("Emeka Nwosu <emeka.nwosu@nwosupharma.ng>",
     "DOUBLE DEDUCTION OF THREE THOUSAND NINE HUNDRED AND NINETY NINE RUPEES",
     "Dear Sir,\n\nRE: DOUBLE DEDUCTION\n\nThe sum of Three Thousand, Nine Hundred and Ninety-Nine Rupees only was deducted twice from our account "
     "on 28th September, 2025 for the quarterly subscription (Ref: LO-INV-81272 being the second). Kindly refund same.\n\n"
     "Yours faithfully,\nEmeka Nwosu (Pharm.)\nNwosu Pharmacy, Onitsha",
     (2025, 9, 30, 9, 0), NG)], [R("approve", "3999.00")],
     spec="Two paid quarterly charges 2025-09-28; request 2025-09-30 (day 2): refund LO-INV-81272 3999.00 (L4); the amount in words is checked against the ledger.")

sub("callum.ross@rosscoffee.co.uk", "Callum Ross", "monthly",
    [("e35a", "LO-INV-81281", "2025-09-25T09:00:00", "2025-09-25"), ("e35b", "LO-INV-81282", "2025-09-25T09:00:20", "2025-09-25")],
    start="2025-09-25", end="2025-10-24")
case("l35-sco-top-post-over-receipt", LOB, "decided", [M("Callum Ross <callum.ross@rosscoffee.co.uk>",
     "Re: Your LeadsOptima receipt LO-INV-81282",
     "Got two of these the same morning - LO-INV-81281 and this one. Charged twice. Refund this one please.\n\nCallum\n\n"
     "On Thu, 25 Sep 2025 at 04:30, LeadsOptima <noreply@leadsoptima.com> wrote:\n> Thank you for your payment of INR 1,499.00 for the Monthly plan.\n"
     "> Invoice: LO-INV-81282\n> Payments are non-refundable except duplicate payments, billing errors and access failures.\n"
     "> To cancel, go to Billing > Cancel Plan.\n",
     (2025, 9, 26, 8, 30), SCO, hdr={"In-Reply-To": "<receipt.81282@leadsoptima.com>", "References": "<receipt.81282@leadsoptima.com>"})], [R("approve", "1499.00")],
     spec="Top-posted reply over a quoted receipt: duplicate inside the window (day 1): refund LO-INV-81282 1499.00 (L4); the quoted policy text adds nothing.")

sub("h.suzuki@suzuki-dental.jp", "Hiroshi Suzuki", "annual", [("e36a", "LO-INV-81291", "2025-01-20T10:00:00", "2025-01-20")],
    start="2025-01-20", end="2026-01-19")
case("l36-jp-question-then-cancel", LOB, "decided", [M("Hiroshi Suzuki <h.suzuki@suzuki-dental.jp>",
     "Two questions",
     "Dear Sir or Madam,\n\nI have two points.\n(1) How can I export all contact list as CSV? I can not find button.\n"
     "(2) After export is finished, please cancel our annual subscription. Our clinic will close in January because I retire.\n\n"
     "Thank you very much.\nHiroshi Suzuki, Suzuki Dental Clinic (Sapporo)",
     (2025, 9, 25, 10, 0), JP)], [X("cancel", "2026-01-19")],
     spec="A question and a cancellation: cancel, active until 2026-01-19 (L8); the question is for staff.")

sub("achieng.odhiambo@gmail.com", "Achieng Odhiambo", "monthly",
    [("e37a", "LO-INV-81301", "2025-09-27T10:00:00", "2025-09-27", "failed")])
case("l37-ke-failed-but-debited", LOB, "decided", [M("Achieng Odhiambo <achieng.odhiambo@gmail.com>",
     "Payment failed but money gone",
     "Hi,\n\nI tried to pay the monthly plan on Saturday, your page said payment FAILED (LO-INV-81301) but the money was taken from my card anyway. "
     "Please refund it, I will pay again once this is sorted.\n\nAchieng, Kisumu",
     (2025, 9, 29, 9, 0), KE)], [R("escalate")],
     spec="The payment's status is failed: a refund of a payment not paid is escalated (section 8).")

sub("zhang.min@wxtextiles.cn", "Zhang Min", "quarterly",
    [("e38a", "LO-INV-81311", "2025-09-20T10:00:00", "2025-09-20"), ("e38b", "LO-INV-81312", "2025-09-21T10:00:00", "2025-09-20"),
     ("e38c", "LO-INV-81313", "2025-09-23T10:00:00", "2025-09-20"), ("e38d", "LO-INV-81314", "2025-09-24T10:00:00", "2025-09-20")],
    start="2025-09-20", end="2025-12-19")
case("l38-cn-four-charges-window", LOB, "decided", [M("Zhang Min <zhang.min@wxtextiles.cn>",
     "Repeat charge many times",
     "Hello,\n\nMy quarterly subscription is charged again and again: 20 Sep, 21 Sep, 23 Sep, 24 Sep, every time 3999 (LO-INV-81311 to LO-INV-81314). "
     "It is duplicate payment. Only first one is correct. Please refund others.\n\nZhang Min\nWuxi Textiles",
     (2025, 9, 29, 12, 0), CN)], [R("approve", "7998.00")],
     spec="Four identical charges, same period; request 2025-09-29 09:30 IST: 09-21 is day 8 (out), 09-23 day 6 and 09-24 day 5 (in): 3999 x 2 = 7998.00 (section 8).")

sub("orla.fitzgerald@limerickflowers.ie", "Orla Fitzgerald", "monthly",
    [("e39a", "LO-INV-81321", "2025-09-24T06:00:00", "2025-09-24")], start="2025-09-24", end="2025-10-23")
case("l39-ie-charged-after-cancel", LOB, "decided", [M("Orla Fitzgerald <orla.fitzgerald@limerickflowers.ie>",
     "Charged after I cancelled!",
     "Hello,\n\nI cancelled through Billing > Cancel Plan back in August, I have the confirmation screen, and ye still charged me 1,499 on the 24th "
     "(LO-INV-81321). That's not on. Please refund it.\n\nOrla Fitzgerald\nLimerick Flowers",
     (2025, 9, 26, 10, 0), IE)], [R("escalate")],
     spec="Charged after cancelling is a billing error inside the window (day 2): escalate (L5).")

sub("wang.fang@sh-logistics.cn", "Wang Fang", "annual", [("e40a", "LO-INV-81331", "2025-09-27T10:00:00", "2025-09-27")],
    start="2025-09-27", end="2026-09-26")
case("l40-cn-company-lawyer", LOB, "decided", [M("Wang Fang <wang.fang@sh-logistics.cn>",
     "Refund request - no access",
     "Dear LeadsOptima,\n\nAfter payment (LO-INV-81331) we have no access to platform for 2 days. Our company lawyer say we should ask full refund "
     "officially. Please refund the annual fee.\n\nWang Fang\nShanghai Logistics Co.",
     (2025, 9, 29, 10, 0), CN)], [R("escalate")], rules=["C4"],
     spec="A lawyer is invoked: C4 escalate (the access failure would also be escalated, L6).")

sub("rowena.cruz@cruzrealty.ph", "Rowena Cruz", "monthly", [("e41a", "LO-INV-81341", "2025-09-25T10:00:00", "2025-09-25")],
    start="2025-09-25", end="2025-10-24")
E41 = M("Rowena Cruz <rowena.cruz@cruzrealty.ph>", "Refund LO-INV-81341",
        "Hi, can I request refund for LO-INV-81341 monthly plan? Thanks.\n\nRowena Cruz\nBroker, Cruz Realty Makati", (2025, 9, 27, 9, 0), PH)
case("l41-ph-thread-reason-not-exception", LOB, "decided", [E41, M("Rowena Cruz <rowena.cruz@cruzrealty.ph>",
     "Re: Refund LO-INV-81341 [LO-1041]",
     "Hello, reason is we did not really use it, the agents prefer Facebook groups. Thanks.\n\n> Please tell us the reason for your request.",
     (2025, 9, 28, 9, 0), PH)], [R("deny")],
     spec="The answer gives the reason (did not use it): not an L2 exception: refund denied (L1).")

sub("olumide.bankole@bankoleprints.ng", "Olumide Bankole", "quarterly", [("e42a", "LO-INV-81351", "2025-08-15T10:00:00", "2025-08-15")],
    start="2025-08-15", end="2025-11-14")
case("l42-ng-consumer-protection-cancel", LOB, "decided", [M("Olumide Bankole <olumide.bankole@bankoleprints.ng>",
     "Cancel my subscription NOW",
     "Sir,\n\nI have tried to cancel from the dashboard three times and the button doesn't work. Cancel my quarterly plan now. "
     "If I am charged again I will report you to the Federal Competition and Consumer Protection Commission.\n\nOlumide Bankole",
     (2025, 9, 27, 12, 0), NG)], [X("escalate")], rules=["C4"],
     spec="A consumer-protection complaint is threatened: C4 covers the whole case, the cancellation included: escalate (section 8).")

case("l43-own-billing-address", LOB, "ignore", [M("LeadsOptima Billing <billing@leadsoptima.com>",
     "Daily refund queue summary",
     "Refund requests pending: 4. Cancellations pending: 2. Oldest: LO-1031.",
     (2025, 9, 29, 7, 0), IN)], rules=["C7"],
     spec="Mail from the brand's own address: ignore (C7).")

sub("kofi.danso@accramart.com", "Kofi Danso", "monthly",
    [("e44a", "LO-INV-81361", "2025-09-26T11:00:00", "2025-09-26"), ("e44b", "LO-INV-81362", "2025-09-26T11:00:45", "2025-09-26")],
    start="2025-09-26", end="2025-10-25")
case("l44-reply-to-does-not-verify", LOB, "need_info", [M("Kofi Danso <kofi.danso.personal@gmail.com>",
     "double payment",
     "Hi, double payment on 26th for monthly plan, LO-INV-81362 is the second. Please refund. My account is under my work email kofi.danso@accramart.com, I have set reply-to to it.\nKofi",
     (2025, 9, 28, 10, 0), NG, hdr={"Reply-To": "kofi.danso@accramart.com"})], rules=["C2"],
     spec="From is a personal gmail; Reply-To is the registered email but never verifies anyone (section 8): C2.")

# ---------------- Optima WebDesign ----------------
proj("Lekki Bistro Website", "admin@lekkibistro.ng")
owpay("w01", "OWD-2025-301", "Lekki Bistro Website", "deposit", "25000.00", "4500.00", "2025-09-27T11:00:00")
case("o01-ng-deposit-50h", OWB, "decided", [M("Lekki Bistro <admin@lekkibistro.ng>",
     "Refund Request — Lekki Bistro Website / OWD-2025-301",
     "Good day,\n\nWe paid the booking deposit for the Lekki Bistro Website on Saturday (OWD-2025-301). Unfortunately our investor has pulled out "
     "and we can no longer go ahead with the restaurant this year. Kindly refund the deposit.\n\nWarm regards,\nAdaeze Obi\nLekki Bistro",
     (2025, 9, 29, 8, 30), NG)], [R("approve", "25000.00")], extra_ok=True,
     spec="Deposit paid 2025-09-27 11:00 IST; request 2025-09-29 08:30 +01:00 = 13:00 IST (50 h), no work started: full refund 25000.00 before tax (O2).")

proj("Kilimani Dental Site", "info@kilimanidental.co.ke")
owpay("w02", "OWD-2025-302", "Kilimani Dental Site", "deposit", "30000.00", "5400.00", "2025-09-25T14:30:00")
case("o02-ke-deposit-exactly-72h", OWB, "decided", [M("Kilimani Dental <info@kilimanidental.co.ke>",
     "Deposit refund - Kilimani Dental Site",
     "Dear Optima,\n\nKindly refund the deposit OWD-2025-302 for the Kilimani Dental Site. The partners have decided to redo the branding first "
     "and the website will have to wait to next year.\n\nDr. Njeri Wambui",
     (2025, 9, 28, 12, 0), KE)], [R("deny")], extra_ok=True,
     spec="Paid 2025-09-25 14:30 IST; request 2025-09-28 12:00 +03:00 = 14:30 IST: exactly 72 h is not before 72 h: deny (O2, section 8).")

proj("Orchard Road Florist", "hello@orchardflorist.sg", "2025-09-28T16:00:00")
owpay("w03", "OWD-2025-303", "Orchard Road Florist", "deposit", "20000.00", "3600.00", "2025-09-28T10:00:00")
case("o03-sg-deposit-work-started", OWB, "decided", [M("Orchard Road Florist <hello@orchardflorist.sg>",
     "Refund Request — Orchard Road Florist",
     "Hi Optima team,\n\nWe paid deposit yesterday (OWD-2025-303) for Orchard Road Florist site. Today my sister say she can build on Wix herself, "
     "so we want to stop and get back the deposit. Still within 72 hours right?\n\nThanks,\nMei Ling",
     (2025, 9, 29, 18, 30), SG)], [R("deny")], extra_ok=True,
     spec="Request 2025-09-29 16:00 IST is 30 h after payment but work started 2025-09-28 16:00: deny, whichever occurs first (O2).")

proj("Davao Durian Co Brand Strategy", "ops@davaodurian.ph")
owpay("w04", "OWD-2025-304", "Davao Durian Co Brand Strategy", "discovery", "15000.00", "2700.00", "2025-09-20T10:00:00")
case("o04-ph-discovery-not-started", OWB, "decided", [M("Davao Durian Co <ops@davaodurian.ph>",
     "Refund Request — Davao Durian Co Brand Strategy (OWD-2025-304)",
     "Hi Ma'am/Sir,\n\nGood day! We paid the discovery/strategy fee last 20 Sept (OWD-2025-304) but the workshop was not yet scheduled. "
     "Our owner decided to postpone the rebranding until after the harvest season so pa-refund na lang po. Thank you!\n\nJoanna Reyes\nMarketing, Davao Durian Co.",
     (2025, 9, 29, 10, 0), PH)], [R("approve", "15000.00")], extra_ok=True,
     spec="Discovery fee, no session or deliverable started (work_started_at empty): full refund 15000.00 (O1).")

proj("Temple Bar Hostel Site", "manager@templebarhostel.ie", "2025-09-22T15:00:00")
owpay("w05", "OWD-2025-305", "Temple Bar Hostel Site", "discovery", "12000.00", "2160.00", "2025-09-18T10:00:00")
case("o05-ie-discovery-workshop-held", OWB, "decided", [M("Temple Bar Hostel <manager@templebarhostel.ie>",
     "Discovery fee refund",
     "Hi,\n\nWe had the kick-off workshop with your team on Monday for the Temple Bar Hostel Site, but to be honest it wasn't what we expected. "
     "We'd like the discovery fee back please, invoice OWD-2025-305.\n\nRegards,\nPadraig Nolan",
     (2025, 9, 26, 10, 0), IE)], [R("deny")],
     spec="Discovery sessions commenced 2025-09-22 15:00 IST (10:30 in Dublin, work_started_at) before the request: non-refundable (O1).")

proj("Kyoto Ryokan Booking Site", "web@kyoto-ryokan.jp", "2025-09-01T10:00:00")
owpay("w06", "OWD-2025-306", "Kyoto Ryokan Booking Site", "milestone", "30000.00", "5400.00", "2025-09-15T10:00:00", milestone_status="not_started")
case("o06-jp-milestone-not-started", OWB, "decided", [M("Ryokan Web <web@kyoto-ryokan.jp>",
     "Refund Request — Kyoto Ryokan Booking Site / OWD-2025-306",
     "Dear Optima WebDesign,\n\nThank you for the design of top page. We paid milestone 3 (booking engine, OWD-2025-306) in advance, "
     "but our owner decided to use the booking system of travel agency instead. This milestone work is not started yet, so please refund it.\n\n"
     "Best regards,\nKeiko Yamamoto",
     (2025, 9, 27, 10, 0), JP)], [R("approve", "30000.00")],
     spec="Milestone not_started: refund the milestone amount 30000.00 before tax (O3).")

proj("Busan Seafood Mall", "admin@busanseafood.kr", "2025-08-20T10:00:00")
owpay("w07", "OWD-2025-307", "Busan Seafood Mall", "milestone", "45000.00", "8100.00", "2025-09-10T10:00:00", milestone_status="in_progress")
case("o07-kr-milestone-in-progress", OWB, "decided", [M("Busan Seafood <admin@busanseafood.kr>",
     "Refund for milestone OWD-2025-307",
     "Hello,\n\nFor project Busan Seafood Mall, milestone 2 (payment gateway) is going too slow, only half done after 3 weeks. "
     "We want to stop this milestone and get refund of the not finished part.\n\nRegards,\nChoi Dong-hyun",
     (2025, 9, 29, 11, 0), KR)], [R("escalate")], extra_ok=True,
     spec="Milestone in_progress: the billable value of work not started needs a person: escalate (O3). 'Stop this milestone' may also be read as a cancellation, which approves nothing (extra_ok).")

proj("Highland Whisky Tours", "bookings@highlandwhiskytours.co.uk", "2025-07-01T10:00:00")
owpay("w08", "OWD-2025-308", "Highland Whisky Tours", "milestone", "28000.00", "5040.00", "2025-08-10T10:00:00", milestone_status="approved")
case("o08-sco-milestone-signed-off", OWB, "decided", [M("Highland Whisky Tours <bookings@highlandwhiskytours.co.uk>",
     "Refund Request — Highland Whisky Tours / OWD-2025-308",
     "Hello,\n\nWe signed off the design milestone (OWD-2025-308) in August but having lived with it a month, the wife and I think it's a wee bit dull. "
     "We'd like that milestone refunded and we'll get a local lad to redo it.\n\nAlasdair Munro\nHighland Whisky Tours, Pitlochry",
     (2025, 9, 25, 10, 0), SCO)], [R("deny")],
     spec="Milestone approved: non-refundable (O3, O6).")

proj("Dublin Yoga Studio Retainer", "hello@dublinyoga.ie", "2025-06-06T10:00:00")
owpay("w09", "OWD-2025-309", "Dublin Yoga Studio Retainer", "retainer", "8000.00", "1440.00", "2025-09-06T10:00:00",
      period_start="2025-09-06", period_end="2025-10-05", next_billing_at="2025-10-06T00:00:00")
case("o09-ie-retainer-notice-exactly-7", OWB, "decided", [M("Dublin Yoga Studio <hello@dublinyoga.ie>",
     "Cancel retainer - Dublin Yoga Studio (OWD-2025-309)",
     "Hi Optima,\n\nWe'd like to end the monthly maintenance retainer for the Dublin Yoga Studio Retainer (last invoice OWD-2025-309). "
     "We're taking the site in-house now that Sinead has done a course. Please make sure we're not billed in October.\n\nNamaste,\nSinead Byrne",
     (2025, 9, 29, 19, 0), IE)], [X("cancel", "2025-10-05")],
     spec="next_billing_at 2025-10-06; request 2025-09-29 23:30 IST = exactly 7 days before: enough notice: cancel, effective 2025-10-05 (O4).")

proj("Mombasa Dhow Cruises Retainer", "info@dhowcruises.co.ke", "2025-05-05T10:00:00")
owpay("w10", "OWD-2025-310", "Mombasa Dhow Cruises Retainer", "retainer", "9000.00", "1620.00", "2025-09-05T10:00:00",
      period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05T00:00:00")
case("o10-ke-retainer-short-notice", OWB, "decided", [M("Dhow Cruises <info@dhowcruises.co.ke>",
     "Ending retainer - Mombasa Dhow Cruises Retainer",
     "Jambo,\n\nPlease cancel our retainer (OWD-2025-310). Tourist season is over and we cannot afford the monthly fee during low season.\n\n"
     "Kind regards,\nHassan Ali\nMombasa Dhow Cruises",
     (2025, 9, 29, 9, 0), KE)], [X("cancel", "2025-11-04")],
     spec="next_billing_at 2025-10-05, request 2025-09-29 (6 days' notice < 7): the next cycle 2025-10-05..2025-11-04 is billed; effective 2025-11-04 (O4).")

proj("Tiong Bahru Bakery Retainer", "admin@tiongbahrubakery.sg", "2025-06-10T10:00:00")
owpay("w11a", "OWD-2025-311", "Tiong Bahru Bakery Retainer", "retainer", "7000.00", "1260.00", "2025-09-10T10:00:00",
      period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10T00:00:00")
owpay("w11b", "OWD-2025-312", "Tiong Bahru Bakery Retainer", "retainer", "7000.00", "1260.00", "2025-09-25T10:00:00",
      period_start="2025-10-10", period_end="2025-11-09", next_billing_at="2025-11-10T00:00:00")
case("o11-sg-retainer-prepaid-october", OWB, "decided", [M("Tiong Bahru Bakery <admin@tiongbahrubakery.sg>",
     "Cancel retainer - Tiong Bahru Bakery Retainer",
     "Hi,\n\nPlease cancel our website retainer for Tiong Bahru Bakery Retainer. Our boss is selling the shop end of the year. "
     "Note: accounts already paid the October-November cycle in advance last week (OWD-2025-312).\n\nRegards\nSharon Koh",
     (2025, 9, 29, 14, 0), SG)], [X("escalate")],
     spec="Notice is at least 7 days before 2025-10-10 but the next cycle is already paid (OWD-2025-312): escalate (section 8 retainer paid in advance).")

proj("Boracay Dive Resort Hosting", "it@boracaydive.ph")
owpay("w12", "OWD-2025-313", "Boracay Dive Resort Hosting", "hosting_annual", "18000.00", "3240.00", "2025-09-22T10:00:00",
      setup_fee="1800.00", service_start="2025-09-22")
case("o12-ph-hosting-day7", OWB, "decided", [M("Boracay Dive IT <it@boracaydive.ph>",
     "Refund Request — Boracay Dive Resort Hosting OWD-2025-313",
     "Hello Optima,\n\nThe resort group just informed us that all properties must move to the head office's AWS account, so we need to cancel the annual hosting "
     "we started last 22 Sept and request the prorated refund. Thanks!\n\nMark Anthony Reyes\nIT Officer",
     (2025, 9, 29, 15, 0), PH)], [R("approve", "14850.00")], extra_ok=True,
     spec="Annual hosting within 14 days of 2025-09-22 (day 7): 18000 - 1800 - (16200/12 = 1350) x 1 = 14850.00 (O5).")

proj("Nagoya Clinic Maintenance", "office@nagoya-clinic.jp")
owpay("w13", "OWD-2025-314", "Nagoya Clinic Maintenance", "maintenance_annual", "9999.00", "1799.82", "2025-09-20T10:00:00",
      setup_fee="1000.00", service_start="2025-09-20")
case("o13-jp-maintenance-rounding", OWB, "decided", [M("Nagoya Clinic <office@nagoya-clinic.jp>",
     "Refund Request — Nagoya Clinic Maintenance / OWD-2025-314",
     "Dear Sir,\n\nWe contracted annual maintenance plan from 20 September. However, our clinic IT is now managed by the hospital group, "
     "so maintenance plan is not necessary. Please cancel and refund by prorate.\n\nBest regards,\nAkira Tanaka\nNagoya Clinic",
     (2025, 9, 30, 11, 0), JP)], [R("approve", "8249.08")], extra_ok=True,
     spec="Maintenance annual day 10: 9999.00 - 1000.00 - 8999/12 (749.9166...) x 1 = 8249.0833 -> 8249.08, rounded once at the end (O5, C6).")

proj("Galway Surf School Hosting", "info@galwaysurf.ie")
owpay("w14", "OWD-2025-315", "Galway Surf School Hosting", "hosting_annual", "12000.00", "2160.00", "2025-09-15T10:00:00",
      setup_fee="1200.00", service_start="2025-09-15")
case("o14-ie-hosting-local-day14-ist-day15", OWB, "decided", [M("Galway Surf School <info@galwaysurf.ie>",
     "Hosting refund - Galway Surf School Hosting",
     "Hi,\n\nWe're moving the site to Squarespace, so please cancel the annual hosting (OWD-2025-315) and refund the prorated amount - "
     "we're still inside the 14 days, it started on the 15th.\n\nCheers,\nRory",
     (2025, 9, 29, 22, 0), IE)], [R("deny")], extra_ok=True,
     spec="Sent 2025-09-29 22:00 +01:00 = 2025-09-30 02:30 IST: day 15 after service_start 2025-09-15: after 14 days: deny (O5).")

proj("Suzhou Silk Hosting", "it@suzhousilk.cn")
owpay("w15", "OWD-2025-316", "Suzhou Silk Hosting", "hosting_annual", "12000.00", "2160.00", "2025-09-26T10:00:00",
      setup_fee="0.00", service_start="2025-10-06")
case("o15-cn-hosting-before-start", OWB, "decided", [M("Suzhou Silk IT <it@suzhousilk.cn>",
     "Refund Request — Suzhou Silk Hosting OWD-2025-316",
     "Dear Optima,\n\nWe bought annual hosting, service will start 6 October. But our company must use hosting inside China for ICP license, "
     "so we cancel it before start. Please refund.\n\nRegards\nZhou Jie",
     (2025, 9, 28, 10, 0), CN)], [R("approve", "11000.00")], extra_ok=True,
     spec="Before service_start consumed_months is 1 (section 8): 12000 - 0 - 1000 x 1 = 11000.00 (O5).")

proj("Nakuru Farm Supplies Shop", "shop@nakurufarm.co.ke", "2025-09-01T10:00:00")
owpay("w16", "OWD-2025-317", "Nakuru Farm Supplies Shop", "third_party", "4500.00", "810.00", "2025-09-24T10:00:00")
case("o16-ke-ssl-refund", OWB, "decided", [M("Nakuru Farm Supplies <shop@nakurufarm.co.ke>",
     "Refund Request — Nakuru Farm Supplies Shop / OWD-2025-317",
     "Hello,\n\nYou charged us for an SSL certificate (OWD-2025-317) but Cloudflare gives it free. Kindly refund, we didn't need it.\n\nPeter Kiprop",
     (2025, 9, 26, 10, 0), KE)], [R("deny")],
     spec="SSL certificate is a third-party item: non-refundable (O6).")

proj("Edinburgh Fringe Cafe", "hello@fringecafe.co.uk", "2025-08-01T10:00:00")
owpay("w17", "OWD-2025-318", "Edinburgh Fringe Cafe", "rush", "6000.00", "1080.00", "2025-08-05T10:00:00")
case("o17-sco-rush-fee", OWB, "decided", [M("Fringe Cafe <hello@fringecafe.co.uk>",
     "Rush fee refund",
     "Hi there,\n\nWe paid the express fee (OWD-2025-318) for the Edinburgh Fringe Cafe site so it'd be live before the Festival, and it went live "
     "two days late. I'd like the rush fee back please, it wasn't rushed at all.\n\nKirsty",
     (2025, 9, 24, 10, 0), SCO)], [R("deny")],
     spec="Rush fee: never refundable (O6), whatever the delay.")

proj("Incheon Logistics Portal", "it@incheonlogis.kr", "2025-07-01T10:00:00")
owpay("w18", "OWD-2025-319", "Incheon Logistics Portal", "change_request", "18000.00", "3240.00", "2025-09-20T10:00:00")
case("o18-kr-change-request", OWB, "decided", [M("Incheon Logistics <it@incheonlogis.kr>",
     "Refund Request — Incheon Logistics Portal / OWD-2025-319",
     "Hello,\n\nWe requested extra tracking page (change request, OWD-2025-319) but our director cancelled this feature. Please refund.\n\nYoon Ha-eun",
     (2025, 9, 26, 10, 0), KR)], [R("deny")],
     spec="Change request outside the original scope: non-refundable (O6).")

proj("Abuja Law Chambers Site", "chambers@abujalaw.ng")
owpay("w19", "OWD-2025-320", "Abuja Law Chambers Site", "deposit", "22000.00", "3960.00", "2025-09-28T10:00:00")
case("o19-ng-gmail-not-contract-c2", OWB, "need_info", [M("Barr. Funmi Adebayo <funmiadebayo77@gmail.com>",
     "Refund of deposit - Abuja Law Chambers Site",
     "Good afternoon,\n\nOur contract email is chambers@abujalaw.ng but the server is down. Please refund our deposit OWD-2025-320 for the "
     "Abuja Law Chambers Site; the senior partner has decided against a new website.\n\nFunmi Adebayo",
     (2025, 9, 29, 14, 0), NG)], rules=["C2"],
     spec="The request must come from the contract email chambers@abujalaw.ng: C2.")

proj("Cebu Furniture Catalogue", "purchasing@cebufurniture.ph", "2025-09-01T10:00:00")
owpay("w20", "OWD-2025-321", "Cebu Furniture Catalogue", "milestone", "25000.00", "4500.00", "2025-09-15T10:00:00", milestone_status="not_started")
case("o20-ph-outlook-forward-assistant", OWB, "need_info", [M("Rhea Mendoza <rhea.mendoza@cebufurniture.ph>",
     "FW: Refund milestone 2",
     "Hi Optima,\n\nForwarding sir's email below, please process. Thank you po.\n\nRhea\nAdmin Assistant\n\n"
     "From: Purchasing Cebu Furniture <purchasing@cebufurniture.ph>\nSent: Friday, September 26, 2025 3:05 PM\nTo: Rhea Mendoza\n"
     "Subject: Refund milestone 2\n\nRhea, please ask Optima to refund milestone 2 of Cebu Furniture Catalogue (OWD-2025-321), not yet started. "
     "We will do the catalogue in print only this year.\n",
     (2025, 9, 27, 9, 0), PH)], rules=["C2"],
     spec="The forwarded request is from the contract email purchasing@, but the sender is the assistant's own address: C2 (section 8 forwards).")

proj("Marina Bay Yacht Club", "ops@mbyachtclub.sg", "2025-08-15T10:00:00")
owpay("w21", "OWD-2025-322", "Marina Bay Yacht Club", "milestone", "40000.00", "7200.00", "2025-09-05T10:00:00", milestone_status="not_started")
case("o21-sg-chargeback-milestone", OWB, "decided", [M("MBYC Ops <ops@mbyachtclub.sg>",
     "Refund Request — Marina Bay Yacht Club / OWD-2025-322",
     "Hi,\n\nMilestone 3 (OWD-2025-322) was paid but your team has not started at all after 3 weeks. Refund within 5 working days "
     "or we will raise a dispute with our credit card issuer.\n\nDesmond Ong\nOperations Manager",
     (2025, 9, 26, 10, 0), SG)], [R("escalate")], rules=["C4"],
     spec="Card dispute threat: escalate (C4), though the not_started milestone would otherwise be approved.")

proj("Wicklow Gardens Retainer", "info@wicklowgardens.ie", "2025-04-01T10:00:00")
owpay("w22", "OWD-2025-323", "Wicklow Gardens Retainer", "retainer", "6000.00", "1080.00", "2025-09-20T10:00:00",
      period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20T00:00:00")
case("o22-ie-retainer-cancel-no-reason", OWB, "need_info", [M("Wicklow Gardens <info@wicklowgardens.ie>",
     "Cancel - Wicklow Gardens Retainer OWD-2025-323",
     "Hi,\n\nPlease cancel the Wicklow Gardens Retainer, invoice OWD-2025-323.\n\nMany thanks,\nBrid Doyle\nWicklow Gardens | Est. 1987\n"
     "Registered in Ireland No. 123456. This e-mail is confidential.",
     (2025, 9, 25, 10, 0), IE)], missing=["reason"],
     spec="Optima requires a reason for cancellations too (section 8): contract email, project and invoice given: ask for the reason (C3).")

proj("Karen Coffee Roasters Shop", "admin@karencoffee.co.ke")
proj("Karen Coffee Roasters Blog", "admin@karencoffee.co.ke")
owpay("w23a", "OWD-2025-324", "Karen Coffee Roasters Shop", "deposit", "16000.00", "2880.00", "2025-09-28T09:00:00")
owpay("w23b", "OWD-2025-325", "Karen Coffee Roasters Blog", "deposit", "8000.00", "1440.00", "2025-09-28T09:05:00")
E23 = M("Karen Coffee <admin@karencoffee.co.ke>", "Refund please",
        "Hello,\n\nWe have decided to hold off on one of the two websites for now because the roastery expansion is delayed by KEBS certification. "
        "Please refund that deposit.\n\nWambui", (2025, 9, 29, 7, 30), KE)
case("o23-ke-two-projects-which", OWB, "need_info", [E23], missing=["project_name", "invoice_number"],
     spec="Reason given; the contract email holds two projects and deposits, and neither is named: ask for project name and invoice (C3).")
case("o24-ke-thread-answer-after-72h", OWB, "decided", [E23, M("Karen Coffee <admin@karencoffee.co.ke>",
     "Re: Refund please [OWD-1024]",
     "Hi, sorry for the delay. It is the Karen Coffee Roasters Blog, invoice OWD-2025-325.\n\nWambui\n\n> Please tell us the project name and the invoice.",
     (2025, 10, 1, 7, 0), KE)], [R("approve", "8000.00")],
     spec="Request time is the first email 2025-09-29 10:00 IST (24.9 h after payment 2025-09-28 09:05), not the answer (2025-10-01 09:30 IST, beyond 72 h): refund 8000.00 (O2, C3).")

proj("Stornoway Knitwear Shop", "orders@stornowayknit.co.uk")
owpay("w25", "OWD-2025-326", "Stornoway Knitwear Shop", "deposit", "15000.00", "2700.00", "2025-09-20T10:00:00")
case("o25-sco-statutory-rights", OWB, "decided", [M("Stornoway Knitwear <orders@stornowayknit.co.uk>",
     "Refund Request — Stornoway Knitwear Shop / OWD-2025-326",
     "Dear Sir or Madam,\n\nWe paid a deposit on 20 September and nobody has contacted us since. We wish to withdraw and have the deposit returned. "
     "I would remind you that our statutory rights are not affected by your terms.\n\nMorag MacLeod\nStornoway Knitwear",
     (2025, 9, 26, 10, 0), SCO)], [R("escalate")], rules=["C4"],
     spec="Statutory rights invoked: escalate (C4), though the deposit is past 72 h (O2 would deny).")

case("o26-jp-before-buying", OWB, "other", [M("Ito Mariko <m.ito@ito-sake.jp>",
     "Inquiry about website making",
     "Hello, we are sake brewery in Niigata and consider to request new English website. If we pay deposit and then cancel, "
     "do you refund? Also how long to make the site? Thank you.\nIto Mariko",
     (2025, 9, 27, 10, 0), JP)],
     spec="A question before buying (hypothetical refund): other (section 8).")
case("o27-ticket-auto-ack", OWB, "ignore", [M("Helpdesk <helpdesk@nairobiprinters.co.ke>",
     "[Ticket #55812] Re: Invoice OWD-2025-327",
     "This is an automatic acknowledgement. Your message has been received and a ticket has been created. Please do not reply.",
     (2025, 9, 28, 10, 0), KE, hdr={"In-Reply-To": "<owd.invoice.327@mail.gmail.com>", "References": "<owd.invoice.327@mail.gmail.com>", "Auto-Submitted": "auto-generated"})], rules=["C7"],
     spec="Auto-Submitted: auto-generated: ignore (C7).")

proj("Iloilo Pasalubong Store", "shop@iloilopasalubong.ph")
owpay("w28", "OWD-2025-328", "Iloilo Pasalubong Store", "deposit", "12000.00", "2160.00", "2025-09-27T10:00:00")
case("o28-ph-not-asking-refund-question", OWB, "other", [M("Iloilo Pasalubong <shop@iloilopasalubong.ph>",
     "Deposit paid - when start?",
     "Hello po! We paid the deposit (OWD-2025-328) last Saturday. Hindi po kami nagre-request ng refund ha, just asking when the designer will start "
     "and what photos we should send. Salamat po!\n\nLiza",
     (2025, 9, 29, 10, 0), PH)],
     spec="'Not requesting a refund' (Taglish negation) and a question: no request: other (section 8).")

proj("Sentosa Spa Booking", "admin@sentosaspa.sg")
owpay("w29", "OWD-2025-329", "Sentosa Spa Booking", "deposit", "12000.00", "2160.00", "2025-09-26T15:00:00+00:00")
case("o29-sg-ledger-utc-71h", OWB, "decided", [M("Sentosa Spa <admin@sentosaspa.sg>",
     "Refund Request — Sentosa Spa Booking / OWD-2025-329",
     "Hi, we paid the deposit for Sentosa Spa Booking on Friday night. Management has decided to go with the franchise's central booking site instead. "
     "Please refund the deposit, thank you.\n\nRachel Chua",
     (2025, 9, 29, 22, 0), SG)], [R("approve", "12000.00")], extra_ok=True,
     spec="Paid 2025-09-26 15:00 UTC = 20:30 IST (23:00 Friday in Singapore); sent 2025-09-29 22:00 +08:00 = 19:30 IST: 71 h, no work: refund 12000.00 (O2, section 8 offsets).")

proj("Eldoret Sports Academy", "info@eldoretsports.co.ke", "2025-09-10T10:00:00")
owpay("w30", "OWD-2025-330", "Eldoret Sports Academy", "deposit", "20000.00", "3600.00", "2025-09-05T10:00:00")
case("o30-ke-cancel-no-refund-wanted", OWB, "decided", [M("Eldoret Sports Academy <info@eldoretsports.co.ke>",
     "Cancellation - Eldoret Sports Academy / OWD-2025-330",
     "Dear Optima,\n\nWe have to cancel the Eldoret Sports Academy website project: the county grant that was funding it was withdrawn. "
     "We don't want a refund of the deposit (OWD-2025-330), we understand the work has begun. Please just stop the project and send "
     "whatever files exist.\n\nCoach Kiptoo",
     (2025, 9, 27, 10, 0), KE)], [X("cancel")],
     spec="Cancellation with project, invoice and reason; 'we don't want a refund' adds no refund (section 8): cancel (O8).")

proj("Abuja Pharmacy Online", "it@abujapharmacy.ng")
owpay("w31", "OWD-2025-331", "Abuja Pharmacy Online", "deposit", "16500.00", "2970.00", "2025-09-28T16:00:00")
case("o31-ng-invoice-slashes-lowercase", OWB, "decided", [M("Abuja Pharmacy IT <it@abujapharmacy.ng>",
     "Refund Request - Abuja Pharmacy Online - owd/2025/331",
     "Good evening Sir/Ma,\n\nWith respect to our deposit for Abuja Pharmacy Online paid yesterday (ref owd/2025/331), please be informed that the "
     "PCN has not yet approved online sales for our licence category, so the board has directed that the project be put on hold. "
     "Kindly refund the deposit to the same card.\n\nBest regards,\nEngr. Musa Ibrahim\nIT Unit",
     (2025, 9, 29, 19, 30), NG)], [R("approve", "16500.00")], extra_ok=True,
     spec="Invoice typed lower-case with slashes matches OWD-2025-331 (section 8); paid 2025-09-28 16:00 IST, request 2025-09-30 00:00 IST (32 h), no work: refund 16500.00 (O2).")

sub("eoin.murphy@murphyandsons.ie", "Eoin Murphy", "monthly", [("e45a", "LO-INV-81371", "2025-09-03T10:00:00", "2025-09-03")],
    start="2025-09-03", end="2025-10-02")
case("l45-ie-self-forward-wrong-inbox", LOB, "decided", [M("Eoin Murphy <eoin.murphy@murphyandsons.ie>",
     "FW: Cancel subscription",
     "Sent this to your info address last week by mistake I think, no reply. Forwarding again.\n\nEoin\n\n"
     "From: Eoin Murphy <eoin.murphy@murphyandsons.ie>\nSent: Tuesday 23 September 2025 08:14\nTo: info@leadsoptima.com\n"
     "Subject: Cancel subscription\n\nHello,\n\nPlease cancel the monthly plan for Murphy & Sons Builders. We've enough work booked through "
     "to next summer and don't need more leads.\n\nRegards,\nEoin Murphy\nMurphy & Sons Builders, Athlone\n",
     (2025, 9, 30, 8, 30), IE)], [X("cancel", "2025-10-02")],
     spec="Self-forward by the registered customer (the forwarded block is from his own address, so no C2); the request time is this email (2025-09-30), cancel until current_period_end 2025-10-02 (L8).")


if __name__ == "__main__":
    out = build("en")
    if "--readme" in sys.argv:
        print("\n".join(readme_lines(out)))
    print(f"{len(out)} cases", file=sys.stderr)
