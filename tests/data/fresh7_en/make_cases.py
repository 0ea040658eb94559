"""Fresh held-out round 7, hard English. Written by QA pass qa7c from POLICY_SPEC.md alone. MIT."""
LANG = "en"
PREFIX = "e7"
# ---- engine (stdlib only) ----
import json, os
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
IST = timezone(timedelta(hours=5, minutes=30))
LO_TO = "support@leadsoptima.com"
OWD_TO = "optimawebdesigns12@gmail.com"
LEDGER = {"customers": [], "projects": [], "payments": []}
CASES = []
_n = [0]


def cust(email, plan, ps, pe, name="", status="active", trial_ends=None):
    LEDGER["customers"].append({"brand": "leadsoptima", "email": email, "name": name or email.split("@")[0],
                                "plan": plan, "status": status, "trial_ends": trial_ends,
                                "current_period_start": ps, "current_period_end": pe})


def pay(inv, email, plan, amount, paid_at, ps, pe, status="paid", tax="0.00"):
    _n[0] += 1
    LEDGER["payments"].append({"brand": "leadsoptima", "id": "%s_p%d" % (PREFIX, _n[0]), "invoice": inv,
                               "customer_email": email, "kind": "subscription", "plan": plan,
                               "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at,
                               "period_start": ps, "period_end": pe, "status": status})


def proj(name, email, work_started_at=None):
    LEDGER["projects"].append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                               "work_started_at": work_started_at})


def opay(inv, project, kind, amount, paid_at, tax="0.00", setup_fee=None, service_start=None,
         next_billing_at=None, period_start=None, period_end=None, milestone_status=None, status="paid"):
    _n[0] += 1
    LEDGER["payments"].append({"brand": "optima_webdesign", "id": "%s_p%d" % (PREFIX, _n[0]), "invoice": inv,
                               "project": project, "kind": kind, "amount": amount, "tax": tax,
                               "currency": "INR", "paid_at": paid_at, "status": status,
                               "setup_fee": setup_fee, "service_start": service_start,
                               "next_billing_at": next_billing_at, "period_start": period_start,
                               "period_end": period_end, "milestone_status": milestone_status})


def mail(cid, k, frm, to, subject, when, body, html=False, headers=None, reply_to_id=None):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    y, mo, d, h, mi = when
    m["Date"] = format_datetime(datetime(y, mo, d, h, mi, tzinfo=IST))
    mid = "<%s-%d@mail.%s.example>" % (cid, k, PREFIX)
    m["Message-ID"] = mid
    if reply_to_id:
        m["In-Reply-To"] = reply_to_id
        m["References"] = reply_to_id
    for hk, hv in (headers or {}).items():
        m[hk] = hv
    if html:
        m.set_content(body, subtype="html")
    else:
        m.set_content(body)
    name = "emails/%s-%d.eml" % (cid, k)
    os.makedirs(os.path.join(HERE, "emails"), exist_ok=True)
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(m.as_bytes())
    return name, mid


def case(cid, brand, status, rules, decisions, spec, msgs, missing=None, ambiguous=None, extra_ok=False, note=""):
    """msgs: list of (from, subject, when, body, opts)."""
    files = []
    prev = None
    to = LO_TO if brand == "leadsoptima" else OWD_TO
    for k, msg in enumerate(msgs, 1):
        frm, subject, when, body = msg[:4]
        opts = msg[4] if len(msg) > 4 else {}
        name, mid = mail(cid, k, frm, opts.get("to", to), subject, when, body, html=opts.get("html", False),
                         headers=opts.get("headers"), reply_to_id=prev if k > 1 else None)
        files.append(name)
        prev = mid
    c = {"id": "%s-%s" % (LANG, cid), "lang": LANG, "files": files, "brand": brand, "status": status,
         "rules": rules}
    if missing is not None:
        c["missing"] = missing
    c["decisions"] = decisions
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if ambiguous:
        c["ambiguous"] = ambiguous
    c["_note"] = note
    CASES.append(c)


def R(outcome, amount=None):
    d = {"intent": "refund", "outcome": outcome}
    if amount is not None:
        d["amount"] = amount
    return d


def C(outcome, eff=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if eff is not None:
        d["effective_date"] = eff
    return d


def write():
    with open(os.path.join(HERE, "ledger.json"), "w", encoding="utf-8") as f:
        json.dump(LEDGER, f, ensure_ascii=False, indent=1)
    invs = [p["invoice"] for p in LEDGER["payments"]]
    assert len(invs) == len(set(invs)), "duplicate invoice"
    out = []
    for c in CASES:
        c = dict(c)
        c.pop("_note")
        out.append(c)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump({"cases": out}, f, ensure_ascii=False, indent=1)
    print(len(out), "cases")
# ---- end engine ----

N = [0]


def lo(email, plan, ps, pe, charges, name="", status="active", period=None):
    """customer + charges [(inv, amount, paid_at[, status])], all of the same period."""
    cust(email, plan, ps, pe, name, status=status)
    for ch in charges:
        pps, ppe = period or (ps, pe)
        pay(ch[0], email, plan, ch[1], ch[2], pps, ppe, status=(ch[3] if len(ch) > 3 else "paid"))


# ================= LeadsOptima =================
lo("dana.whitfield@whitfieldpt.com", "monthly", "2025-09-24", "2025-10-23",
   [("LO-INV-72001", "1499.00", "2025-09-24T09:00:00"), ("LO-INV-72002", "1499.00", "2025-09-24T09:00:40")])
case("l01-dup-us-short", "leadsoptima", "decided", [], [R("approve", "1499.00")],
     "L2 duplicate ('hit twice'... 'double charge'); charges 2025-09-24, request 2025-09-25 day 1; L4 approve LO-INV-72002 1499.00",
     [("Dana Whitfield <dana.whitfield@whitfieldpt.com>", "double charge??", (2025, 9, 25, 8, 12),
       "Hey - looks like my card got hit twice on the 24th for the monthly plan, same amount 40 seconds apart. Pretty sure that's a double charge on your end. "
       "Second one is LO-INV-72002. Can you send that one back?\n\nDana\nWhitfield Physical Therapy, Boise ID")])

lo("gareth.evans@evansjoinery.co.uk", "quarterly", "2025-09-02", "2025-12-01",
   [("LO-INV-72010", "3999.00", "2025-09-02T14:00:00"), ("LO-INV-72011", "3999.00", "2025-09-02T14:01:00")])
case("l02-dup-day9-uk", "leadsoptima", "decided", [], [R("deny")],
     "L2 duplicate but charges 2025-09-02, request 2025-09-11 = day 9 > 7: L3 deny",
     [("Gareth Evans <gareth.evans@evansjoinery.co.uk>", "Duplicate payment - quarterly", (2025, 9, 11, 15, 30),
       "Hiya,\n\nOur bookkeeper has just flagged that we were billed twice for the quarterly subscription on 2 September (£ equivalent, two identical transactions). "
       "Invoice ref lo-inv-72011 appears to be the duplicate. Could you refund it please.\n\nCheers,\nGareth\nEvans Joinery Ltd, Swansea")])

lo("priya.raman@ramanlegalaid.in", "annual", "2025-09-23", "2026-09-22",
   [("LO-INV-72020", "11988.00", "2025-09-23T00:15:00"), ("LO-INV-72021", "11988.00", "2025-09-23T00:16:00")])
case("l03-dup-day7-midnight", "leadsoptima", "decided", [], [R("approve", "11988.00")],
     "L2 duplicate; charges local date 2025-09-23 00:15 IST; request 2025-09-30 23:55 IST = day 7, inside; L4 approve 11988.00",
     [("Priya Raman <priya.raman@ramanlegalaid.in>", "Charged twice for annual renewal", (2025, 9, 30, 23, 55),
       "Dear Support,\n\nI was charged twice for the annual renewal just after midnight on 23rd September (Rs. 11,988 each). Kindly reverse the second charge, "
       "invoice no. LO-INV-72021.\n\nRegards,\nPriya Raman")])

lo("tom.oconnell@oconnellplumbing.com.au", "monthly", "2025-09-19", "2025-10-18",
   [("LO-INV-72030", "1499.00", "2025-09-19T10:00:00")])
case("l04-too-expensive-au", "leadsoptima", "decided", [], [R("deny")],
     "L1: 'doesn't stack up cost-wise' / barely used is not an exception -> deny",
     [("Tom O'Connell <tom.oconnell@oconnellplumbing.com.au>", "refund mate", (2025, 9, 22, 7, 5),
       "G'day,\n\nSigned up for the monthly thinking it'd sort our quoting leads but honestly we've barely touched it and for a two-van outfit it doesn't stack up "
       "cost-wise. Can I get the $ back for LO-INV 72030? No dramas if you need me to cancel too.\n\nTom\nO'Connell Plumbing, Geelong")],
     extra_ok=True)

lo("hannah.schultz@brightsidemarketing.com", "monthly", "2025-09-26", "2025-10-25",
   [("LO-INV-72040", "1499.00", "2025-09-26T10:00:00")])
case("l05-access-escalate", "leadsoptima", "decided", [], [R("escalate")],
     "L2 access_failure ('dashboard just spins, can't log in'), charge 2025-09-26, request 2025-09-29 day 3: L6 escalate",
     [("Hannah Schultz <hannah.schultz@brightsidemarketing.com>", "Paid but locked out", (2025, 9, 29, 13, 0),
       "Hi there,\n\nSince the renewal went through on Friday I've been locked out - the dashboard just spins and then kicks me back to the sign-in page. Tried three browsers "
       "and incognito. Your chat bot keeps sending me the same help article. I paid for a month I can't use, so if this can't be fixed I'd like LO-INV-72040 refunded.\n\n"
       "Thanks,\nHannah Schultz\nBrightside Marketing")])

lo("raj.patel@patelaccountancy.co.uk", "monthly", "2025-09-27", "2025-10-26",
   [("LO-INV-72050", "3999.00", "2025-09-27T10:00:00")])
case("l06-overcharged-escalate", "leadsoptima", "decided", [], [R("escalate")],
     "L2 billing_error ('charged the quarterly price on a monthly plan / wrong amount'), charge 2025-09-27, request 2025-09-28: L5 escalate",
     [("Raj Patel <raj.patel@patelaccountancy.co.uk>", "Wrong amount taken - LO-INV-72050", (2025, 9, 28, 10, 45),
       "Good morning,\n\nWe're on the monthly plan (1,499) but on 27 Sept you took 3,999, which I believe is the quarterly price. That's the wrong amount. "
       "Please correct and refund the difference.\n\nKind regards,\nRaj Patel ACA\nPatel Accountancy")])

lo("melissa.grant@grantrealty.com", "quarterly", "2025-08-01", "2025-10-31",
   [("LO-INV-72060", "3999.00", "2025-08-01T10:00:00")])
case("l07-not-refund-just-cancel", "leadsoptima", "decided", [], [C("cancel", "2025-10-31")],
     "Negation 'I'm not after a refund' adds no refund intent (section 8); L8 cancel effective current_period_end 2025-10-31",
     [("Melissa Grant <melissa.grant@grantrealty.com>", "Cancel at end of quarter", (2025, 9, 18, 16, 40),
       "Hi,\n\nTo be clear up front: I'm not after a refund, I know how it works. Please just cancel our quarterly plan so it doesn't renew. We're merging "
       "with another brokerage and they have their own CRM.\n\nThanks so much,\nMelissa Grant | Grant Realty")])

lo("ken.watanabe@kwphoto.com", "monthly", "2025-09-09", "2025-10-08",
   [("LO-INV-72070", "1499.00", "2025-09-09T10:00:00")])
case("l08-cancel-one-liner", "leadsoptima", "decided", [], [C("cancel", "2025-10-08")],
     "L8 cancel, one line; effective current_period_end 2025-10-08",
     [("Ken Watanabe <ken.watanabe@kwphoto.com>", "cancel", (2025, 9, 30, 6, 2), "pls cancel my sub. thx\n\nSent from my iPhone")])

lo("olivia.brooks@brooksbakery.com", "annual", "2025-02-14", "2026-02-13",
   [("LO-INV-72080", "11988.00", "2025-02-14T10:00:00")])
case("l09-c2-personal-gmail", "leadsoptima", "need_info", ["C2"], [],
     "C2: From o.brooks1988@gmail.com not on record; names registered olivia.brooks@brooksbakery.com -> need_info, write from it",
     [("Olivia Brooks <o.brooks1988@gmail.com>", "Cancelling - Brooks Bakery account", (2025, 9, 20, 19, 0),
       "Hi, writing from my personal email since the bakery domain is down this week. The account is under olivia.brooks@brooksbakery.com. "
       "Please cancel the annual plan and tell me what date it runs out.\nOlivia")])

case("l10-c2-unknown-no-address", "leadsoptima", "need_info", ["C2"], [],
     "C2: unknown sender, no registered email named -> need_info with C2",
     [("Jay <jaybird.sales@yahoo.com>", "refund", (2025, 9, 27, 1, 30),
       "you guys charged me twice this month. refund it.")])

lo("steve.morales@moralesroofing.com", "monthly", "2025-09-25", "2025-10-24",
   [("LO-INV-72090", "1499.00", "2025-09-25T10:00:00"), ("LO-INV-72091", "1499.00", "2025-09-25T10:03:00")])
case("l11-thread-invoice-later", "leadsoptima", "decided", [], [R("approve", "1499.00")],
     "C3 thread: first mail has a reason (charged twice) but no invoice -> asked; answer types 'LO INV 72091' (= LO-INV-72091, section 8 invoice references); request time 2025-09-26 day 1: L4 approve 1499.00",
     [("Steve Morales <steve.morales@moralesroofing.com>", "charged twice", (2025, 9, 26, 9, 0),
       "Hello, I got charged twice yesterday for the monthly plan. Can you refund the extra one? Thanks, Steve"),
      ("Steve Morales <steve.morales@moralesroofing.com>", "Re: charged twice", (2025, 9, 27, 8, 30),
       "Sure - the second one is LO INV 72091.\n\nSteve\n\nOn Fri, Sep 26, 2025 at 3:10 PM LeadsOptima Support <support@leadsoptima.com> wrote:\n> Could you send us the invoice number of the charge?")])

lo("aisha.bello@bellobeauty.co.uk", "monthly", "2025-09-21", "2025-10-20",
   [("LO-INV-72100", "1499.00", "2025-09-21T10:00:00")])
case("l12-no-reason-restating", "leadsoptima", "need_info", [], [],
     "Section 8: 'I would like a refund of my payment' restates the request; no reason -> need_info missing reason",
     [("Aisha Bello <aisha.bello@bellobeauty.co.uk>", "Refund request LO-INV-72100", (2025, 9, 23, 12, 0),
       "Hello,\n\nI would like a refund of my payment for invoice LO-INV-72100 please. I look forward to hearing from you.\n\nMany thanks,\nAisha Bello\n"
       "Bello Beauty | 07700 900123\nThis email is confidential and intended solely for the addressee.")], missing=["reason"])

lo("craig.mcdonald@mcdonaldgarage.co.uk", "monthly", "2025-09-15", "2025-10-14",
   [("LO-INV-72110", "1499.00", "2025-09-15T10:00:00")], status="cancelled")
case("l13-charged-after-cancel", "leadsoptima", "decided", [], [R("escalate")],
     "Past event: 'cancelled on the 12th and you still billed me on the 15th' = billing_error; request 2025-09-17 day 2: L5 escalate",
     [("Craig McDonald <craig.mcdonald@mcdonaldgarage.co.uk>", "Billed after cancelling", (2025, 9, 17, 11, 20),
       "Hi,\n\nI cancelled on the 12th through Billing > Cancel Plan and got the confirmation, yet you still billed me on the 15th (LO-INV-72110). "
       "I'd like that charge refunded please.\n\nCraig")])

lo("beth.carter@cartercounseling.com", "monthly", "2025-09-05", "2025-10-04",
   [("LO-INV-72120", "1499.00", "2025-09-05T10:00:00")])
case("l14-hypothetical-other", "leadsoptima", "other", [], [],
     "Section 8: 'if I upgrade and it doesn't work, could I get my money back?' is a policy question -> other",
     [("Beth Carter <beth.carter@cartercounseling.com>", "Question before upgrading", (2025, 9, 24, 17, 0),
       "Hi team,\n\nI'm thinking of moving from monthly to annual to save a bit. If I upgrade and the calendar sync still doesn't work with our practice software, "
       "could I get my money back? Just want to understand the policy before I commit.\n\nBest,\nBeth")])

lo("liam.fraser@fraserfitness.com.au", "monthly", "2025-09-12", "2025-10-11",
   [("LO-INV-72130", "1499.00", "2025-09-12T10:00:00")])
case("l15-howto-other", "leadsoptima", "other", [], [],
     "How-to question (export contacts to CSV) -> other",
     [("Liam Fraser <liam.fraser@fraserfitness.com.au>", "export leads?", (2025, 9, 25, 8, 0),
       "Hey, how do I export all my leads to a CSV? Can't find it anywhere in the new UI. Cheers, Liam")])

cust("nora.jensen@jensendesign.com", "annual", None, None, "Nora Jensen")
pay("LO-INV-72140", "nora.jensen@jensendesign.com", "annual", "11988.00", "2025-01-31T10:00:00", "2025-01-31", "2026-01-30")
case("l16-cancel-fallback", "leadsoptima", "decided", [], [C("cancel", "2026-01-30")],
     "L8 fallback: no current_period_end; last charge 2025-01-31 + 12 months - 1 day = 2026-01-30",
     [("Nora Jensen <nora.jensen@jensendesign.com>", "Please don't renew", (2025, 9, 16, 10, 0),
       "Hi,\nWe're winding down the studio at the end of the year, so please cancel the annual plan and make sure it doesn't renew in January.\nNora")])

lo("derek.huang@huangdental.com", "monthly", "2025-09-22", "2025-10-21",
   [("LO-INV-72150", "1499.00", "2025-09-22T10:00:00"), ("LO-INV-72151", "1499.00", "2025-09-22T10:02:00")])
case("l17-dup-plus-cancel-html", "leadsoptima", "decided", [], [R("approve", "1499.00"), C("cancel", "2025-10-21")],
     "HTML-only; duplicate 2025-09-22, request 2025-09-25 day 3: L4 approve 1499.00; cancel L8 2025-10-21",
     [("Derek Huang <derek.huang@huangdental.com>", "Duplicate payment and cancellation", (2025, 9, 25, 16, 0),
       "<div>Hello,</div><div><br></div><div>You took two payments of 1,499.00 on Sept 22 (LO-INV-72150 and LO-INV-72151) - a duplicate payment. "
       "Please refund the second one.</div><div>Also, please cancel the plan; we're moving to our dental software's built-in recall tool.</div>"
       "<div><br></div><div>Derek Huang, DDS</div>", {"html": True})])

lo("sarah.kim@kimfloral.com", "monthly", "2025-09-03", "2025-10-02",
   [("LO-INV-72160", "1499.00", "2025-09-03T10:00:00")])
case("l18-access-outside-window", "leadsoptima", "decided", [], [R("deny")],
     "L2 access_failure but charge 2025-09-03, request 2025-09-19 = day 16 > 7: L3 deny",
     [("Sarah Kim <sarah.kim@kimfloral.com>", "Can't log in - refund", (2025, 9, 19, 14, 0),
       "Hi, I haven't been able to log in for two weeks. Refund LO-INV-72160 please.\nSarah")])

cust("will.turner@turnerco.com", "monthly", "2025-09-28", "2025-10-27", "Will Turner", status="trial", trial_ends="2025-10-12")
case("l19-trial-refund", "leadsoptima", "decided", [], [R("deny")],
     "L7: account on free trial, no charges -> deny (nothing to refund)",
     [("Will Turner <will.turner@turnerco.com>", "Refund my trial?", (2025, 9, 30, 9, 0),
       "Hi - I'm on the free trial and the tool isn't right for us. Please refund whatever I've been charged and close it.\nWill")],
     ambiguous="Free-trial account has no invoice; L7 deny is expected rather than asking for an invoice (nothing can be identified). A cancellation decision may also be produced.",
     extra_ok=True)

lo("frank.russo@russopizza.com", "monthly", "2025-09-17", "2025-10-16",
   [("LO-INV-72170", "1499.00", "2025-09-17T10:00:00", "refunded")])
case("l20-refund-of-refunded", "leadsoptima", "decided", [], [R("escalate")],
     "Section 8: the payment is not 'paid' (refunded); a refund of it is escalated",
     [("Frank Russo <frank.russo@russopizza.com>", "where is my refund", (2025, 9, 20, 12, 0),
       "Hi, you billed me the wrong amount on LO-INV-72170 on the 17th. Please refund it.\nFrank, Russo's Pizza")])

# ================= Optima WebDesign =================
proj("Harbourview B&B Site", "stay@harbourviewbnb.co.nz", None)
opay("OWD-2025-401", "Harbourview B&B Site", "deposit", "20000.00", "2025-09-10T10:00:00", tax="3600.00")
case("o01-deposit-spec-ex6", "optima_webdesign", "decided", [], [R("approve", "20000.00")],
     "O2: paid 2025-09-10 10:00, request 2025-09-12 09:00 = 47 h, no work -> approve 20000.00 (section 5 ex. 6)",
     [("Harbourview B&B <stay@harbourviewbnb.co.nz>", "Refund Request — Harbourview B&B Site / OWD-2025-401", (2025, 9, 12, 9, 0),
       "Kia ora,\n\nWe paid the deposit for Harbourview B&B Site on Wednesday. Unfortunately the sale of the property has fallen through and we won't be running the "
       "B&B, so we need to pull out. Please refund the deposit.\n\nNgā mihi,\nAroha & Pete")], extra_ok=True)

proj("Caldwell Law Rebrand", "admin@caldwelllaw.com", None)
opay("OWD-2025-402", "Caldwell Law Rebrand", "deposit", "30000.00", "2025-09-20T09:30:00", tax="5400.00")
case("o02-deposit-73h", "optima_webdesign", "decided", [], [R("deny")],
     "O2: paid 2025-09-20 09:30, request 2025-09-23 10:30 = 73 h >= 72 -> deny",
     [("Caldwell Law Admin <admin@caldwelllaw.com>", "Deposit - Caldwell Law Rebrand", (2025, 9, 23, 10, 30),
       "Good morning,\n\nThe partners have decided to postpone the rebrand until next financial year. We'd like the deposit on OWD-2025-402 returned.\n\nRegards,\nJanet, Office Manager")])

proj("Mitchell Farm Shop", "hello@mitchellfarmshop.co.uk", "2025-09-25T14:00:00")
opay("OWD-2025-403", "Mitchell Farm Shop", "deposit", "15000.00", "2025-09-24T10:00:00", tax="2700.00")
case("o03-deposit-kickoff-done", "optima_webdesign", "decided", [], [R("deny")],
     "O2: request 2025-09-26 09:00 within 72 h but after work_started_at 2025-09-25 14:00 -> deny",
     [("Jo Mitchell <hello@mitchellfarmshop.co.uk>", "Change of plan", (2025, 9, 26, 9, 0),
       "Hi both,\n\nThanks for the kick-off call yesterday. Having slept on it, we've found a Shopify template that'll do for now, so we'd like to cancel "
       "Mitchell Farm Shop and get the deposit back (OWD-2025-403).\n\nJo")], extra_ok=True)

proj("Ortega Auto Body Site", "office@ortegaautobody.com", "2025-08-01T10:00:00")
opay("OWD-2025-404", "Ortega Auto Body Site", "milestone", "28000.00", "2025-09-05T10:00:00", tax="5040.00", milestone_status="not_started")
case("o04-milestone-not-started", "optima_webdesign", "decided", [], [R("approve", "28000.00")],
     "O3: milestone not_started -> approve 28000.00",
     [("Luis Ortega <office@ortegaautobody.com>", "Drop the booking widget milestone", (2025, 9, 22, 15, 0),
       "Hey team, we're dropping the online booking milestone for Ortega Auto Body Site (OWD-2025-404) - our insurer mandates their own booking portal now, so we "
       "can't use it. Nothing's been started on that piece, so please refund it.\nLuis")])

proj("Greene Accounting Portal", "it@greeneaccounting.com", "2025-07-15T10:00:00")
opay("OWD-2025-405", "Greene Accounting Portal", "milestone", "45000.00", "2025-08-15T10:00:00", tax="8100.00", milestone_status="approved")
case("o05-milestone-approved", "optima_webdesign", "decided", [], [R("deny")],
     "O3: milestone approved -> deny",
     [("Greene Accounting IT <it@greeneaccounting.com>", "Refund - client portal milestone", (2025, 9, 19, 10, 0),
       "Hi,\nWe signed off the client portal milestone (OWD-2025-405) last month but the firm has since moved to a SaaS portal, so it's gone unused. "
       "Requesting a refund for it.\nThanks, Marcus")])

proj("Sunrise Yoga Hosting", "namaste@sunriseyoga.com.au", "2025-09-18T10:00:00")
opay("OWD-2025-406", "Sunrise Yoga Hosting", "hosting_annual", "12000.00", "2025-09-18T10:00:00", tax="2160.00", setup_fee="1200.00", service_start="2025-09-18")
case("o06-hosting-prorated", "optima_webdesign", "decided", [], [R("approve", "9900.00")],
     "O5: service_start 2025-09-18, request 2025-09-29 = 11 days <= 14; (12000-1200)/12 = 900; refund 12000-1200-900 = 9900.00",
     [("Sunrise Yoga <namaste@sunriseyoga.com.au>", "Cancel hosting & refund", (2025, 9, 29, 8, 0),
       "Hi lovely people,\n\nWe've decided to move Sunrise Yoga Hosting onto our booking platform's built-in site builder, so we no longer need the annual hosting "
       "(OWD-2025-406). Please cancel and refund whatever's due under your 14-day policy.\n\nLove & light,\nKaz")], extra_ok=True)

proj("Bishop Pharmacy Maintenance", "manager@bishoppharmacy.com", "2025-08-20T10:00:00")
opay("OWD-2025-407", "Bishop Pharmacy Maintenance", "maintenance_annual", "24000.00", "2025-09-14T10:00:00", tax="4320.00", setup_fee="3000.00", service_start="2025-09-15")
case("o07-maintenance-day14-edge", "optima_webdesign", "decided", [], [R("approve", "19250.00")],
     "O5: service_start 2025-09-15, request 2025-09-29 = day 14, inside; (24000-3000)/12 = 1750; refund 24000-3000-1750 = 19250.00",
     [("Pete Bishop <manager@bishoppharmacy.com>", "Maintenance contract", (2025, 9, 29, 17, 0),
       "Hi,\nHead office has told us all branch websites now come under the group contract, so we have to cancel Bishop Pharmacy Maintenance (inv OWD-2025-407). "
       "Please process the prorated refund.\nPete")], extra_ok=True)

proj("Delgado Tacos Hosting", "delgadotacos@gmail.com", "2025-09-01T10:00:00")
opay("OWD-2025-408", "Delgado Tacos Hosting", "hosting_annual", "12000.00", "2025-09-01T10:00:00", tax="2160.00", setup_fee="1200.00", service_start="2025-09-01")
case("o08-hosting-day20", "optima_webdesign", "decided", [], [R("deny")],
     "O5: service_start 2025-09-01, request 2025-09-21 = 20 days > 14 -> deny (section 5 ex. 9 pattern)",
     [("Maria Delgado <delgadotacos@gmail.com>", "hosting refund pls", (2025, 9, 21, 20, 0),
       "hi, we closed the food truck so Delgado Tacos Hosting (OWD-2025-408) isn't needed, refund please")], extra_ok=True)

proj("Whitman Tutoring Site", "whitmantutoring@outlook.com", "2025-06-01T10:00:00")
opay("OWD-2025-409", "Whitman Tutoring Site", "third_party", "4500.00", "2025-09-20T10:00:00", tax="810.00")
case("o09-theme-licence-deny", "optima_webdesign", "decided", [], [R("deny")],
     "O6: third_party (premium theme licence) -> deny",
     [("Grace Whitman <whitmantutoring@outlook.com>", "Theme licence refund", (2025, 9, 22, 11, 0),
       "Hello,\nThe premium theme you bought for Whitman Tutoring Site (OWD-2025-409) isn't being used - we went with the simpler layout in the end. Can that be refunded?\nGrace")])

proj("Keane Consulting SEO", "accounts@keaneconsulting.ie", "2025-03-01T10:00:00")
opay("OWD-2025-410", "Keane Consulting SEO", "retainer", "18000.00", "2025-09-20T10:00:00", tax="3240.00", next_billing_at="2025-10-20", period_start="2025-09-20", period_end="2025-10-19")
case("o10-retainer-notice-ok", "optima_webdesign", "decided", [], [C("cancel", "2025-10-19")],
     "O4: next_billing_at 2025-10-20; request 2025-09-30 <= 2025-10-13 -> cancel, effective 2025-10-19",
     [("Keane Consulting Accounts <accounts@keaneconsulting.ie>", "Ending SEO retainer", (2025, 9, 30, 12, 0),
       "Hi there,\n\nPlease take this as notice to end the Keane Consulting SEO retainer (last invoice OWD-2025-410). We've hired an in-house marketing lead who'll take it over.\n\n"
       "Kind regards,\nSiobhán Keane")])

proj("Lopez Dental Social", "marketing@lopezdental.com", "2025-04-01T10:00:00")
opay("OWD-2025-411", "Lopez Dental Social", "retainer", "9000.00", "2025-09-05T10:00:00", tax="1620.00", next_billing_at="2025-10-05", period_start="2025-09-05", period_end="2025-10-04")
case("o11-retainer-short-notice", "optima_webdesign", "decided", [], [C("cancel", "2025-11-04")],
     "O4: next_billing_at 2025-10-05; request 2025-09-30 > 2025-09-28 -> next cycle billed; effective last day of that cycle 2025-11-04",
     [("Lopez Dental Marketing <marketing@lopezdental.com>", "Cancel social media retainer", (2025, 9, 30, 15, 0),
       "Hi, we need to cancel Lopez Dental Social (OWD-2025-411) - budget cuts after losing a partner dentist. Sorry for the short notice!\nAna")])

proj("Ashford Bakery Website", "ashfordbakery@btinternet.com", None)
opay("OWD-2025-412", "Ashford Bakery Website", "deposit", "16000.00", "2025-09-29T10:00:00", tax="2880.00")
case("o12-c2-forward-other-address", "optima_webdesign", "need_info", ["C2"], [],
     "C2 + section 8 forwards: forwarded by a daughter; the forwarded request is from the contract address ashfordbakery@btinternet.com -> need_info",
     [("Emily Ashford <emily.ashford92@gmail.com>", "Fw: deposit", (2025, 9, 30, 8, 0),
       "Hi, forwarding this on behalf of my mum who can't work out how to email you.\n\n-----Original Message-----\nFrom: Ashford Bakery <ashfordbakery@btinternet.com>\n"
       "Sent: 29 September 2025 21:14\nTo: emily.ashford92@gmail.com\nSubject: deposit\n\nEm can you ask the web people to give back the deposit for Ashford Bakery Website, "
       "OWD-2025-412, your dad's not well and we're not doing it this year. Love Mum x\n")])

proj("Nakamura Studio Retainer", "yuki@nakamurastudio.com", "2025-05-01T10:00:00")
opay("OWD-2025-413", "Nakamura Studio Retainer", "retainer", "11000.00", "2025-09-25T10:00:00", tax="1980.00", next_billing_at="2025-10-25", period_start="2025-09-25", period_end="2025-10-24")
case("o13-retainer-no-reason", "optima_webdesign", "need_info", [], [],
     "Section 8: Optima needs a reason for cancellations; 'see below' + signature is none -> need_info missing reason",
     [("Yuki Nakamura <yuki@nakamurastudio.com>", "Cancellation - Nakamura Studio Retainer OWD-2025-413", (2025, 9, 26, 10, 0),
       "Hello,\n\nPlease cancel the Nakamura Studio Retainer (OWD-2025-413) effective at the end of this cycle. Please confirm receipt.\n\nBest regards,\nYuki Nakamura\n"
       "Nakamura Studio | Architecture & Interiors")], missing=["reason"])

proj("Pierce Fitness App", "chris@piercefitness.com", "2025-07-01T10:00:00")
opay("OWD-2025-414", "Pierce Fitness App", "milestone", "50000.00", "2025-09-01T10:00:00", tax="9000.00", milestone_status="completed")
case("o14-chargeback-threat", "optima_webdesign", "decided", ["C4"], [R("escalate")],
     "C4: 'I'll file a chargeback with Amex' -> escalate",
     [("Chris Pierce <chris@piercefitness.com>", "Unacceptable", (2025, 9, 24, 23, 0),
       "The app you delivered for Pierce Fitness App crashes on every Android device we own. Refund the 50k for OWD-2025-414 by Friday or I'll file a chargeback with Amex. "
       "I'm done waiting.\nChris")])

proj("Singh Realty Launch", "ops@singhrealty.ca", "2025-09-01T10:00:00")
opay("OWD-2025-415", "Singh Realty Launch", "setup", "7500.00", "2025-09-02T10:00:00", tax="1350.00")
case("o15-setup-fee-deny", "optima_webdesign", "decided", [], [R("deny")],
     "O6: setup fee never refundable -> deny",
     [("Harjit Singh <ops@singhrealty.ca>", "Setup fee", (2025, 9, 18, 14, 0),
       "Hi, could we get the setup fee on OWD-2025-415 back for Singh Realty Launch? We ended up using our franchise's template site so the setup wasn't really needed. Thanks, Harjit")])

proj("Bloom Florist Strategy", "hello@bloomflorist.com", "2025-09-28T10:00:00")
opay("OWD-2025-416", "Bloom Florist Strategy", "discovery", "10000.00", "2025-09-22T10:00:00", tax="1800.00")
case("o16-discovery-started", "optima_webdesign", "decided", [], [R("deny")],
     "O1: discovery work_started_at 2025-09-28 before request 2025-09-30 -> deny",
     [("Bloom Florist <hello@bloomflorist.com>", "Discovery refund", (2025, 9, 30, 9, 30),
       "Hi, after the first workshop on Sunday we realised we're not ready for a full strategy. Could you refund Bloom Florist Strategy, OWD-2025-416?\nThanks, Rosa")])

proj("Fenwick Books Discovery", "fenwickbooks@gmail.com", None)
opay("OWD-2025-417", "Fenwick Books Discovery", "discovery", "8000.00", "2025-09-25T10:00:00", tax="1440.00")
case("o17-discovery-not-started", "optima_webdesign", "decided", [], [R("approve", "8000.00")],
     "O1: no session started -> approve 8000.00",
     [("Alan Fenwick <fenwickbooks@gmail.com>", "Refund Request — Fenwick Books Discovery", (2025, 9, 27, 11, 0),
       "Dear Sirs,\n\nI must regretfully withdraw from Fenwick Books Discovery (OWD-2025-417). The shop's lease is not being renewed and I shall be closing at Christmas. "
       "We have not yet had our first session. I should be grateful for a refund.\n\nYours faithfully,\nAlan Fenwick")], extra_ok=True)

proj("Morgan Vet Retainer", "practice@morganvets.co.uk", "2025-01-10T10:00:00")
opay("OWD-2025-418", "Morgan Vet Retainer", "retainer", "14000.00", "2025-09-10T10:00:00", tax="2520.00", next_billing_at="2025-10-10", period_start="2025-09-10", period_end="2025-10-09")
opay("OWD-2025-419", "Morgan Vet Retainer", "retainer", "14000.00", "2025-09-25T10:00:00", tax="2520.00", next_billing_at="2025-11-10", period_start="2025-10-10", period_end="2025-11-09")
case("o18-retainer-prepaid-escalate", "optima_webdesign", "decided", [], [C("escalate")],
     "Section 8: next cycle (2025-10-10..2025-11-09) already paid and notice >= 7 days (request 2025-09-27 <= 2025-10-03) -> cancellation escalated",
     [("Morgan Veterinary Practice <practice@morganvets.co.uk>", "Retainer - notice to cancel", (2025, 9, 27, 10, 0),
       "Hello,\n\nWe've been acquired by a larger group whose marketing team will run our site, so please cancel the Morgan Vet Retainer. Our accounts team paid "
       "October's invoice early (OWD-2025-419) by mistake.\n\nThanks,\nDr Helen Morgan")],
     ambiguous="The customer does not ask outright for the advance payment back; section 8 escalates the cancellation either way. A refund decision, if produced, should be escalate.",
     extra_ok=True)

# ================= hard cases =================
case("x01-ooo-auto-submitted", "leadsoptima", "ignore", ["C7"], [],
     "C7: Auto-Submitted: auto-replied -> ignore",
     [("Melissa Grant <melissa.grant@grantrealty.com>", "Out of Office: Cancel at end of quarter", (2025, 9, 18, 16, 41),
       "Thank you for your email. I am out of the office until Monday 22 September with limited access to email. For urgent matters please call the office.",
       {"headers": {"Auto-Submitted": "auto-replied"}})])

case("x02-mailer-daemon", "optima_webdesign", "ignore", ["C7"], [],
     "C7: MAILER-DAEMON sender (bounce) -> ignore",
     [("Mail Delivery Subsystem <MAILER-DAEMON@mx.bigmail.example>", "Undelivered Mail Returned to Sender", (2025, 9, 26, 4, 0),
       "This is the mail system at host mx.bigmail.example.\n\nI'm sorry to have to inform you that your message could not be delivered. "
       "<refunds@oldclient.example>: host not found\n\nSubject: Re: Refund Request — OWD-2025-999")])

case("x03-list-id", "leadsoptima", "ignore", ["C7"], [],
     "C7: List-Id and Precedence: list -> ignore",
     [("SaaS Founders Digest <digest@saasfounders.example>", "This week: refund policies that cut churn", (2025, 9, 24, 6, 0),
       "Top stories: why 'no refunds' policies backfire; cancel flows that retain users; chargeback ratios explained.",
       {"headers": {"List-Id": "SaaS Founders Digest <digest.saasfounders.example>", "Precedence": "list"}})])

case("x04-x-autoreply-vacation", "optima_webdesign", "ignore", ["C7"], [],
     "C7: Auto-Submitted: auto-generated (vacation responder) -> ignore",
     [("Chris Pierce <chris@piercefitness.com>", "Automatic reply: Unacceptable", (2025, 9, 24, 23, 1),
       "I'm travelling until October 6. If this is about a refund or invoice, contact my assistant.",
       {"headers": {"Auto-Submitted": "auto-generated"}})])

lo("rachel.adams@adamsbookkeeping.com", "monthly", "2025-09-18", "2025-10-17",
   [("LO-INV-72200", "1499.00", "2025-09-18T10:00:00"), ("LO-INV-72201", "1499.00", "2025-09-18T10:01:00")])
case("x05-accountant-fw-c2", "leadsoptima", "need_info", ["C2"], [],
     "Section 8 forwards: accountant forwards client's duplicate complaint; the forwarded request names rachel.adams@adamsbookkeeping.com (not the sender) -> C2",
     [("Mark Levin CPA <mark@levincpa.com>", "FW: LeadsOptima duplicate charge", (2025, 9, 20, 10, 0),
       "Hi LeadsOptima,\n\nSee below from my client. Please advise.\n\nMark Levin, CPA\n\nFrom: Rachel Adams <rachel.adams@adamsbookkeeping.com>\n"
       "Sent: Friday, September 19, 2025 5:02 PM\nTo: Mark Levin <mark@levincpa.com>\nSubject: LeadsOptima duplicate charge\n\n"
       "Mark - LeadsOptima charged me twice on the 18th (1,499 x 2). Can you get the second one (LO-INV-72201) refunded? My login email is rachel.adams@adamsbookkeeping.com.\n")])

lo("jim.baker@bakerhvac.com", "monthly", "2025-09-23", "2025-10-22",
   [("LO-INV-72210", "1499.00", "2025-09-23T10:00:00"), ("LO-INV-72211", "1499.00", "2025-09-23T10:02:00")])
case("x06-self-forward-dup", "leadsoptima", "decided", [], [R("approve", "1499.00")],
     "Forward of the customer's own bank alert from his registered address (no other address named as account): duplicate 2025-09-23, request 2025-09-24 day 1 -> L4 approve LO-INV-72211 1499.00",
     [("Jim Baker <jim.baker@bakerhvac.com>", "Fwd: Card alert", (2025, 9, 24, 7, 30),
       "See below - you charged me twice yesterday. Second one is LO-INV-72211, refund that please.\n\nJim\n\n---------- Forwarded message ---------\n"
       "From: Chase Alerts <no.reply.alerts@chase.example>\nDate: Tue, Sep 23, 2025 at 10:02 AM\nSubject: Card alert\n\n"
       "A charge of INR 1,499.00 at LEADSOPTIMA was approved. A charge of INR 1,499.00 at LEADSOPTIMA was approved.\n")])

lo("nina.petrov@petrovtranslations.com", "monthly", "2025-09-20", "2025-10-19",
   [("LO-INV-72220", "1499.00", "2025-09-20T10:00:00")])
case("x07-dispute-bank", "leadsoptima", "decided", ["C4"], [R("escalate"), C("escalate")],
     "C4: 'dispute it with my bank' -> escalate every intent, cancellation included",
     [("Nina Petrov <nina.petrov@petrovtranslations.com>", "Cancel and refund NOW", (2025, 9, 22, 18, 0),
       "I asked for help three times. Cancel my account and refund LO-INV-72220 today, otherwise I will dispute the charge with my bank.\nNina Petrov")])

lo("george.hill@hillsolicitors.co.uk", "quarterly", "2025-09-10", "2025-12-09",
   [("LO-INV-72230", "3999.00", "2025-09-10T10:00:00")])
case("x08-statutory-rights", "leadsoptima", "decided", ["C4"], [R("escalate")],
     "C4: 'statutory rights' mention -> escalate",
     [("George Hill <george.hill@hillsolicitors.co.uk>", "LO-INV-72230", (2025, 9, 14, 9, 0),
       "Dear Sirs,\n\nThe platform has been materially unavailable since our subscription commenced. Notwithstanding your refund policy, our statutory rights as consumers of a "
       "digital service prevail. Kindly refund invoice LO-INV-72230 in full.\n\nYours faithfully,\nGeorge Hill\nHill & Co Solicitors")])

lo("ben.cooper@coopercoffee.com", "monthly", "2025-09-08", "2025-10-07",
   [("LO-INV-72240", "1499.00", "2025-09-08T10:00:00")])
case("x09-not-disputing-negated", "leadsoptima", "decided", [], [C("cancel", "2025-10-07")],
     "Negated threat and negated refund: 'I'm not going to dispute anything and I don't need a refund' -> no C4, no refund; L8 cancel 2025-10-07",
     [("Ben Cooper <ben.cooper@coopercoffee.com>", "closing account", (2025, 9, 25, 12, 0),
       "Hi folks, no drama here - I don't need a refund and I'm not going to dispute anything. We sold the cafe, so please just close the account at the end of the month.\nBen")],
     ambiguous="A negated dispute mention; the spec's C4 covers threats, and this is expressly not one. Decided as no C4.")

lo("claire.dubois@duboisdesign.ca", "monthly", "2025-09-21", "2025-10-20",
   [("LO-INV-72250", "1499.00", "2025-09-21T10:00:00")])
case("x10-would-refund-if-cancel", "leadsoptima", "other", [], [],
     "Section 8: hypothetical 'if I cancelled today, would I get the rest of the month back?' with nothing else asked -> other",
     [("Claire Dubois <claire.dubois@duboisdesign.ca>", "quick question", (2025, 9, 26, 14, 0),
       "Hi! Just curious - if I cancelled today, would I get the rest of the month back or does it just run to the end? Not cancelling yet, just planning.\nClaire")])

lo("ahmed.hassan@hassanimports.com", "annual", "2025-09-15", "2026-09-14",
   [("LO-INV-72260", "11988.00", "2025-09-15T10:00:00")])
case("x11-reason-in-middle-wrongplan", "leadsoptima", "decided", [], [R("escalate")],
     "Long mail; the reason sits mid-paragraph ('charged for the annual instead of the monthly'); charge 2025-09-15, request 2025-09-19 day 4: L5 escalate",
     [("Ahmed Hassan <ahmed.hassan@hassanimports.com>", "Following up", (2025, 9, 19, 16, 0),
       "Hello again,\n\nSorry for the long email. We've been with you since last year and the lead scoring has honestly been great for our wholesale side, so this is not "
       "a complaint about the product. The problem is that on the 15th, when the renewal went through, we were charged for the annual instead of the monthly, which we never "
       "agreed to - our finance lead only approved the monthly budget line. I spoke to someone on chat who said to email. Could you refund LO-INV-72260 and put us back "
       "on monthly?\n\nAppreciate your help,\nAhmed Hassan\nHassan Imports LLC\n\nCONFIDENTIALITY NOTICE: This e-mail may contain privileged information.")])

lo("lucy.martin@martinphysio.com.au", "monthly", "2025-09-24", "2025-10-23",
   [("LO-INV-72270", "1499.00", "2025-09-24T10:00:00")])
case("x12-fwd-only-note", "leadsoptima", "need_info", [], [],
     "Section 8: forwarding note 'FYI, please action' is not a reason; forwarded block is the customer's own invoice email -> refund with no reason -> need_info missing reason",
     [("Lucy Martin <lucy.martin@martinphysio.com.au>", "Fwd: Your LeadsOptima invoice LO-INV-72270", (2025, 9, 25, 9, 0),
       "Please refund this one, thanks.\n\n---------- Forwarded message ---------\nFrom: LeadsOptima Billing <billing@leadsoptima.com>\nDate: Wed, Sep 24, 2025\n"
       "Subject: Your LeadsOptima invoice LO-INV-72270\n\nThanks for your payment of INR 1,499.00 for the monthly plan.\n")],
     missing=["reason"])

lo("omar.farouk@faroukcatering.com", "monthly", "2025-09-26", "2025-10-25",
   [("LO-INV-72280", "1499.00", "2025-09-26T10:00:00"), ("LO-INV-72281", "1499.00", "2025-09-26T10:01:00")])
case("x13-sloppy-ref-dup", "leadsoptima", "decided", [], [R("approve", "1499.00")],
     "Section 8 invoice references: 'lo inv/72281' is LO-INV-72281; duplicate 2025-09-26, request 2025-09-27 day 1 -> approve 1499.00",
     [("Omar Farouk <omar.farouk@faroukcatering.com>", "paid 2 times", (2025, 9, 27, 21, 0),
       "salam, paid two times on friday for same month, the extra one is lo inv/72281. pls refund to same card. omar")])

lo("eva.lindqvist@lindqvistarch.se", "monthly", "2025-09-16", "2025-10-15",
   [("LO-INV-72290", "1499.00", "2025-09-16T10:00:00")])
case("x14-past-refund-received-other", "leadsoptima", "other", [], [],
     "Past event: 'you refunded me last week, thanks' + question about invoice copy -> no request -> other",
     [("Eva Lindqvist <eva.lindqvist@lindqvistarch.se>", "Thanks + credit note", (2025, 9, 29, 10, 0),
       "Hi, the refund you processed last week has landed, thank you. Could you send a credit note for our records?\nEva")])

lo("paul.nguyen@nguyennails.com", "monthly", "2025-09-14", "2025-10-13",
   [("LO-INV-72300", "1499.00", "2025-09-14T10:00:00")])
case("x15-cancel-negated-refund-other-order", "leadsoptima", "decided", [], [C("cancel", "2025-10-13")],
     "Negation after the request: 'cancel ... no need to refund anything' -> cancel only, L8 2025-10-13",
     [("Paul Nguyen <paul.nguyen@nguyennails.com>", "Cancel plan", (2025, 9, 29, 18, 0),
       "Please cancel my plan at the end of this billing period. No need to refund anything, we just don't get enough walk-ins from online anymore.\nPaul")])

lo("karen.oneill@oneillcleaning.com", "monthly", "2025-09-22", "2025-10-21",
   [("LO-INV-72310", "1499.00", "2025-09-22T10:00:00")])
case("x16-thread-cancel-then-refund-reason", "leadsoptima", "decided", [], [R("deny"), C("cancel", "2025-10-21")],
     "C3 thread: refund+cancel with no reason; answer gives 'we just don't use it enough' -> L1 deny refund; L8 cancel 2025-10-21",
     [("Karen O'Neill <karen.oneill@oneillcleaning.com>", "cancel + refund", (2025, 9, 23, 9, 0),
       "Hi, please cancel and refund LO-INV-72310.\nKaren"),
      ("Karen O'Neill <karen.oneill@oneillcleaning.com>", "Re: cancel + refund", (2025, 9, 24, 9, 0),
       "Reason is we just don't use it enough, it's only me and two staff.\n\n> Could you tell us why you'd like the refund?")])

proj("Ramirez Roofing Site", "carlos@ramirezroofing.com", "2025-08-01T10:00:00")
opay("OWD-2025-420", "Ramirez Roofing Site", "milestone", "32000.00", "2025-09-12T10:00:00", tax="5760.00", milestone_status="in_progress")
case("x17-owd-in-progress-long", "optima_webdesign", "decided", [], [R("escalate")],
     "O3: milestone in_progress -> escalate; reason mid-paragraph",
     [("Carlos Ramirez <carlos@ramirezroofing.com>", "Gallery milestone", (2025, 9, 25, 19, 0),
       "Hi guys,\n\nAppreciate the work so far on Ramirez Roofing Site. Here's the thing though: after the storm season our crew is booked solid through spring and we "
       "really don't need the project gallery right now, so I'd rather stop that milestone (OWD-2025-420) and get back whatever part hasn't been done.\n\nCarlos\n"
       "Ramirez Roofing | Licensed & Insured")], extra_ok=True)

proj("Hughes Legal Hosting", "pa@hugheslegal.com", "2025-09-20T10:00:00")
opay("OWD-2025-421", "Hughes Legal Hosting", "hosting_annual", "12000.00", "2025-09-20T10:00:00", tax="2160.00", setup_fee="1200.00", service_start="2025-09-20")
case("x18-owd-lawyer-hosting", "optima_webdesign", "decided", ["C4"], [R("escalate")],
     "C4: 'our lawyer' -> escalate even though O5 would approve",
     [("Hughes Legal PA <pa@hugheslegal.com>", "Hosting - OWD-2025-421", (2025, 9, 24, 12, 0),
       "Good afternoon,\n\nThe site on Hughes Legal Hosting has been down twice this week. We wish to cancel and receive the refund due. "
       "Our lawyer has reviewed the terms and will be copied on further correspondence.\n\nRegards,\nPA to Mr Hughes")], extra_ok=True)

proj("Tran Family Pho Site", "tranpho@gmail.com", "2025-08-15T10:00:00")
opay("OWD-2025-422", "Tran Family Pho Site", "milestone", "18000.00", "2025-09-10T10:00:00", tax="3240.00", milestone_status="not_started")
case("x19-owd-hypothetical-other", "optima_webdesign", "other", [], [],
     "Section 8: 'if we pause the menu page, would that milestone be refundable?' policy question, nothing asked -> other",
     [("Tran Family Pho <tranpho@gmail.com>", "question on menu milestone", (2025, 9, 27, 10, 0),
       "Hello, if we decided to pause the online menu page later, would that milestone be refundable? We haven't decided anything, just asking. Thanks, Linh")])

proj("Olsen Marine Site", "sales@olsenmarine.com", "2025-08-01T10:00:00")
opay("OWD-2025-423", "Olsen Marine Site", "retainer", "10000.00", "2025-09-15T10:00:00", tax="1800.00", next_billing_at="2025-10-15", period_start="2025-09-15", period_end="2025-10-14")
case("x20-owd-c2-other-domain", "optima_webdesign", "need_info", ["C2"], [],
     "C2: From erik@olsen-marine.net is not the contract email sales@olsenmarine.com (a whole-address compare) -> need_info",
     [("Erik Olsen <erik@olsen-marine.net>", "Cancel retainer - Olsen Marine Site", (2025, 9, 22, 9, 0),
       "Hi, please cancel the Olsen Marine Site retainer (OWD-2025-423), we're selling the business.\nErik")])

proj("Baxter Gym Site", "owner@baxtergym.com", "2025-08-01T10:00:00")
opay("OWD-2025-424", "Baxter Gym Site", "milestone", "20000.00", "2025-09-16T10:00:00", tax="3600.00", milestone_status="not_started")
case("x21-owd-thread-project-later", "optima_webdesign", "decided", [], [R("approve", "20000.00")],
     "C3 thread: first mail lacks project name; answer names Baxter Gym Site; O3 not_started -> approve 20000.00",
     [("Dean Baxter <owner@baxtergym.com>", "Refund for the member app milestone", (2025, 9, 22, 8, 0),
       "Hi, we'd like the member app milestone refunded, invoice OWD-2025-424. Our franchisor now provides an app so we can't use ours.\nDean"),
      ("Dean Baxter <owner@baxtergym.com>", "Re: Refund for the member app milestone", (2025, 9, 23, 8, 0),
       "It's the Baxter Gym Site project.\nDean\n\nOn 22 Sep 2025, at 14:00, Optima WebDesign <optimawebdesigns12@gmail.com> wrote:\n> Which project is this for?")],
     )

proj("Ellis Photography Site", "studio@ellisphoto.com", "2025-06-01T10:00:00")
opay("OWD-2025-425", "Ellis Photography Site", "change_request", "5500.00", "2025-09-20T10:00:00", tax="990.00")
case("x22-owd-past-cancel-claim", "optima_webdesign", "decided", [], [R("deny")],
     "Past event ('I told your PM on the 18th I didn't want the change'); kind change_request -> O6 deny",
     [("Sam Ellis <studio@ellisphoto.com>", "Change request charge", (2025, 9, 23, 15, 0),
       "Hi, I told your PM on the 18th that I didn't want the portfolio filter change after all, but you still invoiced it on the 20th (OWD-2025-425). "
       "Please refund it.\nSam")],
     ambiguous="The customer says the change was called off before it was invoiced; O6 says change requests are never refundable, so deny; a reviewer might escalate.")

case("x23-postmaster-bounce", "leadsoptima", "ignore", ["C7"], [],
     "C7: postmaster sender + delivery-status report -> ignore",
     [("postmaster@mail.corpmail.example", "Delivery Status Notification (Failure)", (2025, 9, 28, 3, 0),
       "Delivery to the following recipient failed permanently: refunds@ex-customer.example\n\nOriginal subject: Re: charged twice [LO-2231]")])

lo("meera.krishnan@krishnanarch.in", "monthly", "2025-09-21", "2025-10-20",
   [("LO-INV-72320", "1499.00", "2025-09-21T10:00:00")])
case("x24-reply-to-does-not-verify", "leadsoptima", "need_info", ["C2"], [],
     "Section 8: the sender is the From address; Reply-To (the registered address) never verifies -> C2 need_info",
     [("Meera K <meerak.home@outlook.com>", "Please cancel", (2025, 9, 25, 20, 0),
       "Hello, kindly cancel my LeadsOptima plan, the firm is shifting to Zoho. Reply to my office id please.\nAr. Meera Krishnan",
       {"headers": {"Reply-To": "meera.krishnan@krishnanarch.in"}})])

lo("sam.oakley@oakleyelectric.com", "monthly", "2025-09-23", "2025-10-22",
   [("LO-INV-72330", "1499.00", "2025-09-23T10:00:00")])
case("x25-plus-tag-address", "leadsoptima", "need_info", ["C2"], [],
     "Section 8: a +tag makes another address: sam.oakley+billing@oakleyelectric.com is not the registered sam.oakley@oakleyelectric.com -> C2",
     [("Sam Oakley <sam.oakley+billing@oakleyelectric.com>", "cancel subscription", (2025, 9, 26, 11, 0),
       "Hi, please cancel our subscription, we've retired the sales team's CRM.\nSam")])

lo("ivy.chen@chenteahouse.com", "monthly", "2025-09-20", "2025-10-19",
   [("LO-INV-72340", "1499.00", "2025-09-20T10:00:00")])
case("x26-other-brand-customer", "optima_webdesign", "need_info", ["C2"], [],
     "Section 8 'the other brand's customer': a LeadsOptima customer writes to Optima; the ledger is searched in Optima only -> unknown sender, C2",
     [("Ivy Chen <ivy.chen@chenteahouse.com>", "Cancel my subscription", (2025, 9, 24, 13, 0),
       "Hi, please cancel my subscription (LO-INV-72340), our tea house is closing for renovation.\nIvy")])

lo("arvind.rao@raoenterprises.in", "monthly", "2025-09-29", "2025-10-28",
   [("LO-INV-72350", "1499.00", "2025-09-29T10:00:00"), ("LO-INV-72351", "1499.00", "2025-09-29T10:01:00")])
case("x27-billing-address-amount-words", "leadsoptima", "decided", [], [R("approve", "1499.00")],
     "C1: To billing@leadsoptima.com is LeadsOptima; amount in words; debited twice 2025-09-29, request 2025-09-30 day 1 -> L4 approve LO-INV-72351 1499.00",
     [("Arvind Rao <arvind.rao@raoenterprises.in>", "Amount debited twice", (2025, 9, 30, 11, 0),
       "Dear Sir/Madam,\n\nThis is to bring to your notice that rupees one thousand four hundred ninety-nine only has been debited twice from my HDFC account on 29/09/2025 "
       "towards the monthly subscription. Kindly refund the second debit against invoice LO-INV-72351 at the earliest.\n\nThanking you,\nArvind Rao\nRao Enterprises, Hyderabad",
       {"to": "billing@leadsoptima.com"})])

lo("sneha.kapoor@kapoorboutique.in", "quarterly", "2025-09-01", "2025-11-30",
   [("LO-INV-72360", "3999.00", "2025-09-01T10:00:00")])
case("x28-consumer-forum", "leadsoptima", "decided", ["C4"], [R("escalate")],
     "C4: 'approach the consumer forum' -> escalate",
     [("Sneha Kapoor <sneha.kapoor@kapoorboutique.in>", "Complaint - LO-INV-72360", (2025, 9, 6, 12, 0),
       "Your software has not loaded even once since I paid on 1st September. I want my Rs. 3,999 back. If I don't hear in 48 hours I will approach the consumer forum.\nSneha Kapoor")])

lo("george.wu@wuimports.com", "monthly", "2025-09-15", "2025-10-14",
   [("LO-INV-72370", "1499.00", "2025-09-15T10:00:00")])
case("x29-cancel-and-unused-days", "leadsoptima", "decided", [], [R("deny"), C("cancel", "2025-10-14")],
     "L1: refund of unused days is not an exception -> deny (clause 2: no partial refunds); L8 cancel effective 2025-10-14",
     [("George Wu <george.wu@wuimports.com>", "Cancel + pro-rata refund", (2025, 9, 18, 10, 0),
       "Hi, please cancel effective immediately and refund the unused days of this month on LO-INV-72370. We've consolidated tools after an audit.\nGeorge")])

write()
