"""fresh4_en: a held-out round of hard English mail for mailbot (negation, hypotheticals, missing reasons,
signature- or forwarding-note-only reasons, Outlook/Gmail/Apple Mail/Thunderbird forwards, past events, sloppy
references, amounts and dates as people type them; UK, US, Indian, Australian and non-native writers), written from
POLICY_SPEC.md alone by a QA pass (qa4c). Deterministic, stdlib only. Run: python3 make_cases.py (writes ledger.json,
emails/*.eml and expected.json beside this file). MIT licence, like the project."""

import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LO = "support@leadsoptima.com"
OWD = "optimawebdesigns12@gmail.com"
IST = timezone(timedelta(hours=5, minutes=30))
LEDGER = {"customers": [], "projects": [], "payments": []}
CASES = []
MAILS = {}


def tz(spec):
    sign = -1 if spec[0] == "-" else 1
    return timezone(sign * timedelta(hours=int(spec[1:3]), minutes=int(spec[3:5])))


def dt(s, zone="+0530"):
    """'2025-09-22 09:15' in the given UTC offset (default IST)."""
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz(zone))


def cust(email, plan, cps=None, cpe=None, status="active", name=None, trial_ends=None):
    LEDGER["customers"].append({"brand": "leadsoptima", "email": email, "name": name or email.split("@")[0],
                                "plan": plan, "status": status, "trial_ends": trial_ends,
                                "current_period_start": cps, "current_period_end": cpe})


def lopay(pid, inv, email, plan, amount, tax, paid_at, ps=None, pe=None, status="paid"):
    LEDGER["payments"].append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email,
                               "kind": "subscription", "plan": plan, "amount": amount, "tax": tax,
                               "currency": "INR", "paid_at": paid_at, "period_start": ps, "period_end": pe,
                               "status": status})


def proj(name, email, work=None):
    LEDGER["projects"].append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                               "work_started_at": work})


def owpay(pid, inv, project, kind, amount, tax, paid_at, status="paid", setup_fee=None, service_start=None,
          next_billing_at=None, ps=None, pe=None, milestone_status=None):
    LEDGER["payments"].append({"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": project,
                               "kind": kind, "amount": amount, "tax": tax, "currency": "INR",
                               "paid_at": paid_at, "status": status, "setup_fee": setup_fee,
                               "service_start": service_start, "next_billing_at": next_billing_at,
                               "period_start": ps, "period_end": pe, "milestone_status": milestone_status})


def mail(fname, frm, to, subject, when, text=None, html=None, headers=(), irt=None, refs=None, cc=None):
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(when)
    m["Message-ID"] = "<%s.%s@mail.example>" % (fname.replace("/", ".").replace(".eml", ""), when.strftime("%Y%m%d%H%M"))
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = refs or irt
    for k, v in headers:
        m[k] = v
    if text is not None:
        m.set_content(text)
        if html is not None:
            m.add_alternative(html, subtype="html")
    else:
        m.set_content(html, subtype="html")
    MAILS["emails/" + fname] = m
    return "emails/" + fname, m["Message-ID"]


def case(cid, files, brand, status, rules, decisions, spec, missing=None, ambiguous=None, extra_ok=False):
    c = {"id": cid, "lang": LANG, "files": list(files), "brand": brand, "status": status, "rules": rules}
    if missing is not None:
        c["missing"] = missing
    c["decisions"] = decisions
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if ambiguous:
        c["ambiguous"] = ambiguous
    CASES.append(c)


def d(intent, outcome, amount=None, eff=None):
    r = {"intent": intent, "outcome": outcome}
    if outcome == "approve":
        r["amount"] = amount
    if intent == "cancellation" and eff is not None:
        r["effective_date"] = eff
    return r


def write():
    out = HERE / "emails"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.eml"):
        old.unlink()
    for name, m in MAILS.items():
        (HERE / name).write_bytes(m.as_bytes(policy=SMTP))
    ids = [p["id"] for p in LEDGER["payments"]]
    invs = [p["invoice"] for p in LEDGER["payments"]]
    assert len(ids) == len(set(ids)) and len(invs) == len(set(invs)), "duplicate id/invoice"
    cids = [c["id"] for c in CASES]
    assert len(cids) == len(set(cids))
    for c in CASES:
        for f in c["files"]:
            assert f in MAILS, f
    (HERE / "ledger.json").write_text(json.dumps(LEDGER, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, indent=1, ensure_ascii=False) + "\n",
                                        encoding="utf-8")
    print(len(CASES), "cases,", len(MAILS), "emails")

LANG = "en"


def lo_cases():
    # e01 UK duplicate inside, BST Date header
    cust("james.whitfield@whitfieldmarketing.co.uk", "monthly", "2025-09-15", "2025-10-14", name="James Whitfield")
    lopay("e_p0101", "LO-INV-75011", "james.whitfield@whitfieldmarketing.co.uk", "monthly", "1499.00", "269.82", "2025-09-15T14:20:00", "2025-09-15", "2025-10-14")
    lopay("e_p0102", "LO-INV-75012", "james.whitfield@whitfieldmarketing.co.uk", "monthly", "1499.00", "269.82", "2025-09-15T14:21:00", "2025-09-15", "2025-10-14")
    f, _ = mail("e01-uk-dup.eml", "James Whitfield <james.whitfield@whitfieldmarketing.co.uk>", LO, "Taken twice?",
                dt("2025-09-19 09:05", "+0100"),
                "Hiya,\n\nJust going through the card statement and you've taken the monthly fee twice on the 15th, "
                "INR 1,768.82 both times, a minute apart. Could you pop one of them back? The second one's LO-INV-75012.\n\n"
                "Cheers,\nJames\n\n--\nJames Whitfield | Whitfield Marketing Ltd | Leeds")
    case("en-l01-uk-dup", [f], "leadsoptima", "decided", [], [d("refund", "approve", "1499.00")],
         "section 3 L2 duplicate_payment ('taken the monthly fee twice'); two paid charges 1499.00 on 2025-09-15, same period; request 2025-09-19 13:35 IST = day 4; L4 approve 1499.00 before tax")

    # e02 US writer: day 7 in New York, day 8 in IST
    cust("megan.oconnor@brightpathco.com", "annual", "2025-09-12", "2026-09-11", name="Megan O'Connor")
    lopay("e_p0201", "LO-INV-75021", "megan.oconnor@brightpathco.com", "annual", "11988.00", "2157.84", "2025-09-12T08:00:00", "2025-09-12", "2026-09-11")
    lopay("e_p0202", "LO-INV-75022", "megan.oconnor@brightpathco.com", "annual", "11988.00", "2157.84", "2025-09-12T08:01:00", "2025-09-12", "2026-09-11")
    f, _ = mail("e02-us-dup-day8-ist.eml", "Megan O'Connor <megan.oconnor@brightpathco.com>", LO, "Double billed for annual plan",
                dt("2025-09-19 20:30", "-0400"),
                "Hi there,\n\nI was billed twice for our annual plan on 9/12 (invoice LO-INV-75022 is the extra one). "
                "I know you have a 7 day window, and it's exactly a week today, so I'm just in time. Please refund the duplicate.\n\n"
                "Thanks so much,\nMegan O'Connor\nOperations Manager, BrightPath Co.")
    case("en-l02-us-dup-day8", [f], "leadsoptima", "decided", [], [d("refund", "deny")],
         "section 1: windows count dates in the brand's zone; Date 2025-09-19 20:30 -0400 = 2025-09-20 06:00 IST; charge 2025-09-12 day 0 -> day 8 > 7 -> L3 deny (the writer's local day 7 does not count)")

    # e03 Indian formal English, sloppy invoice
    cust("venkat.subramanian@vsquareinfra.in", "quarterly", "2025-09-24", "2025-12-23", name="Venkat Subramanian")
    lopay("e_p0301", "LO-INV-75031", "venkat.subramanian@vsquareinfra.in", "quarterly", "3999.00", "719.82", "2025-09-24T11:00:00", "2025-09-24", "2025-12-23")
    lopay("e_p0302", "LO-INV-75032", "venkat.subramanian@vsquareinfra.in", "quarterly", "3999.00", "719.82", "2025-09-24T11:02:00", "2025-09-24", "2025-12-23")
    f, _ = mail("e03-in-dup-sloppy-inv.eml", "Venkat Subramanian <venkat.subramanian@vsquareinfra.in>", LO,
                "Amount deducted twice - reg.", dt("2025-09-25 10:00"),
                "Dear Sir/Madam,\n\nGreetings of the day.\n\nThis is to bring to your kind notice that an amount of Rs.4,718.82/- has been "
                "deducted twice from our corporate card towards the quarterly subscription on 24.09.2025. Kindly refund the duplicate "
                "transaction at the earliest.\n\nRef: lo/inv/75032\n\nKindly do the needful and revert.\n\nThanks & Regards,\n"
                "S. Venkat\nManager - Accounts\nV Square Infra Pvt. Ltd., Chennai")
    case("en-l03-in-dup-sloppy-inv", [f], "leadsoptima", "decided", [], [d("refund", "approve", "3999.00")],
         "section 8: 'lo/inv/75032' = LO-INV-75032 (slashes ignored); L2 duplicate ('deducted twice'); day 1; L4 approve 3999.00 (GST 719.82 kept, C6)")

    # e04 Australian access failure
    cust("liam.harris@harrisplumbing.com.au", "monthly", "2025-09-22", "2025-10-21", name="Liam Harris")
    lopay("e_p0401", "LO-INV-75041", "liam.harris@harrisplumbing.com.au", "monthly", "1499.00", "269.82", "2025-09-22T07:30:00", "2025-09-22", "2025-10-21")
    f, _ = mail("e04-au-access.eml", "Liam Harris <liam.harris@harrisplumbing.com.au>", LO, "can't log in - want my money back",
                dt("2025-09-25 11:00", "+1000"),
                "G'day,\n\nPaid the sub on Monday and haven't been able to log in since, keeps chucking a 500 error at me. "
                "Your chat bot's been no help whatsoever. If it can't be sorted I want my money back. Invoice is LO-INV-75041.\n\n"
                "Cheers\nLiam\nHarris Plumbing & Gas")
    case("en-l04-au-access", [f], "leadsoptima", "decided", [], [d("refund", "escalate")],
         "section 3 L2 access_failure ('haven't been able to log in'); charge 2025-09-22, request 2025-09-25 06:30 IST = day 3; L6 escalate")

    # e05 non-native English: wrong amount
    cust("klaus.berger@berger-consulting.de", "monthly", "2025-09-26", "2025-10-25", name="Klaus Berger")
    lopay("e_p0501", "LO-INV-75051", "klaus.berger@berger-consulting.de", "quarterly", "3999.00", "719.82", "2025-09-26T13:00:00", "2025-09-26", "2025-12-25")
    f, _ = mail("e05-nonnative-wrong-amount.eml", "Klaus Berger <klaus.berger@berger-consulting.de>", LO, "Wrong amount on invoice LO-INV-75051",
                dt("2025-09-27 09:14", "+0200"),
                "Dear Sirs,\n\nI have booked the monthly plan, but you have taken from my credit card 4.718,82 INR, this is not the amount "
                "I agreed. It seems you have charged the quarterly price. I ask you to correct this and give back the difference.\n\n"
                "Invoice: LO-INV-75051\n\nWith kind regards\nKlaus Berger\nBerger Consulting GmbH")
    case("en-l05-nonnative-wrong-amount", [f], "leadsoptima", "decided", [], [d("refund", "escalate")],
         "section 3 L2 billing_error ('not the amount I agreed', quarterly price on a monthly plan); charge 2025-09-26, request day 1; L5 escalate, no amount")

    # e06 US short: too expensive
    cust("tyler.brooks@brookslandscaping.com", "monthly", "2025-09-28", "2025-10-27", name="Tyler Brooks")
    lopay("e_p0601", "LO-INV-75061", "tyler.brooks@brookslandscaping.com", "monthly", "1499.00", "269.82", "2025-09-28T18:00:00", "2025-09-28", "2025-10-27")
    f, _ = mail("e06-us-too-expensive.eml", "Tyler Brooks <tyler.brooks@brookslandscaping.com>", LO, "refund",
                dt("2025-09-29 07:15", "-0500"),
                "Hey - honestly its too expensive for what we get out of it. Can I get a refund on LO-INV-75061?\n\nThx\nTyler\n\nSent from my iPhone")
    case("en-l06-too-expensive", [f], "leadsoptima", "decided", [], [d("refund", "deny")],
         "section 3 L1: 'too expensive' is not an exception reason -> deny, reply offers cancellation (inside the window makes no difference)")

    # e07 UK formal: refund unused months + cancel
    cust("practice.manager@hollandparkdental.co.uk", "annual", "2025-06-10", "2026-06-09", name="Holland Park Dental")
    lopay("e_p0701", "LO-INV-75071", "practice.manager@hollandparkdental.co.uk", "annual", "11988.00", "2157.84", "2025-06-10T10:00:00", "2025-06-10", "2026-06-09")
    f, _ = mail("e07-uk-formal-cancel-refund.eml", "Holland Park Dental Practice <practice.manager@hollandparkdental.co.uk>", LO,
                "Discontinuation of LeadsOptima subscription", dt("2025-09-16 15:30", "+0100"),
                "Dear Support Team,\n\nFurther to our partners' meeting on Friday, we have decided to discontinue our use of LeadsOptima, as the "
                "practice is now fully booked through referrals and we no longer require lead generation.\n\nPlease cancel our annual "
                "subscription with immediate effect and refund the unused portion (approximately nine months) to the card on file. "
                "Our invoice reference is LO-INV-75071.\n\nYours faithfully,\n\nMrs E. Thornton\nPractice Manager\nHolland Park Dental Practice\n\n"
                "This email and any attachments are confidential and intended solely for the addressee.")
    case("en-l07-uk-cancel-refund-unused", [f], "leadsoptima", "decided", [],
         [d("refund", "deny"), d("cancellation", "cancel", eff="2026-06-09")],
         "refund of unused months: section 3 L1 / clause 2 (no partial refunds) and L3 (day 98) -> deny; cancellation L8 -> current_period_end 2026-06-09 ('with immediate effect' does not change L8)")

    # e08 very short mobile cancel
    cust("jenny.lau@laudesignstudio.com", "quarterly", "2025-09-01", "2025-11-30", name="Jenny Lau")
    lopay("e_p0801", "LO-INV-75081", "jenny.lau@laudesignstudio.com", "quarterly", "3999.00", "719.82", "2025-09-01T09:00:00", "2025-09-01", "2025-11-30")
    f, _ = mail("e08-mobile-cancel.eml", "Jenny Lau <jenny.lau@laudesignstudio.com>", LO, "cancel",
                dt("2025-09-21 23:48", "+0800"), "pls cancel my sub. thx\n\nSent from my Galaxy")
    case("en-l08-mobile-cancel", [f], "leadsoptima", "decided", [], [d("cancellation", "cancel", eff="2025-11-30")],
         "section 3 L8: cancellation from the registered address; plan from the ledger (section 1); reason asked in the reply but not holding it up -> cancel, effective current_period_end 2025-11-30")

    # e09 cancel, L8 fallback with ledger times in UTC
    cust("rajesh.menon@menonlogix.in", "quarterly", name="Rajesh Menon")
    lopay("e_p0901", "LO-INV-75091", "rajesh.menon@menonlogix.in", "quarterly", "3999.00", "719.82", "2025-04-30T20:00:00Z")
    lopay("e_p0902", "LO-INV-75092", "rajesh.menon@menonlogix.in", "quarterly", "3999.00", "719.82", "2025-07-30T20:00:00Z")
    f, _ = mail("e09-cancel-fallback-utc.eml", "Rajesh Menon <rajesh.menon@menonlogix.in>", LO, "Please cancel - quarterly plan",
                dt("2025-09-26 12:00"),
                "Hi team,\n\nPlease cancel our quarterly plan, our sales team is moving everything to Salesforce from next month. "
                "Do not renew.\n\nRegards,\nRajesh")
    case("en-l09-cancel-fallback-utc", [f], "leadsoptima", "decided", [], [d("cancellation", "cancel", eff="2025-10-30")],
         "section 8: ledger time 2025-07-30T20:00Z = 2025-07-31 01:30 IST, local date 2025-07-31; L8 fallback (no current_period_end): 2025-07-31 + 3 months - 1 day = 2025-10-30")

    # e10 trial
    cust("sophie.martin@martinevents.com.au", "monthly", status="trial", trial_ends="2025-10-03", name="Sophie Martin")
    f, _ = mail("e10-trial-refund.eml", "Sophie Martin <sophie.martin@martinevents.com.au>", LO, "Refund please",
                dt("2025-09-24 19:20", "+1000"),
                "Hi,\n\nI'm on the trial and to be honest it's not what I expected for an events business. Please refund whatever "
                "you've charged me so far.\n\nThanks\nSophie")
    case("en-l10-trial", [f], "leadsoptima", "decided", [], [d("refund", "deny")],
         "section 3 L7: trial account (trial_ends 2025-10-03), no charges in the ledger -> deny, reply says no billing unless they subscribe",
         ambiguous="section 3 asks an invoice number for every refund and a trial has none: need_info [invoice_number] is another reading; L7 reads as the direct rule")

    # e11 C2: work address, registered gmail
    cust("daniel.okafor@gmail.com", "monthly", "2025-09-09", "2025-10-08", name="Daniel Okafor")
    lopay("e_p1101", "LO-INV-75111", "daniel.okafor@gmail.com", "monthly", "1499.00", "269.82", "2025-09-09T10:00:00", "2025-09-09", "2025-10-08")
    f, _ = mail("e11-c2-work-address.eml", "Daniel Okafor <d.okafor@okaforltd.co.uk>", LO, "Cancel subscription",
                dt("2025-09-23 14:02", "+0100"),
                "Hello,\n\nMy account is registered under daniel.okafor@gmail.com but I'm writing from work. Please cancel it and let me "
                "know when the last billing date is.\n\nMany thanks,\nDaniel Okafor")
    case("en-l11-c2-work-address", [f], "leadsoptima", "need_info", ["C2"], [],
         "section 2 C2: sender d.okafor@okaforltd.co.uk is not the registered daniel.okafor@gmail.com he names -> ask him to write from it, no account details")

    # e12 Outlook forward by a PA
    cust("vivek.kumar@kumarassociates.in", "annual", "2025-03-01", "2026-02-28", name="Vivek Kumar")
    lopay("e_p1201", "LO-INV-75121", "vivek.kumar@kumarassociates.in", "annual", "11988.00", "2157.84", "2025-03-01T10:00:00", "2025-03-01", "2026-02-28")
    f, _ = mail("e12-outlook-fw-pa.eml", "Sneha Pillai <pa.office@kumarassociates.in>", LO, "FW: LeadsOptima",
                dt("2025-09-25 10:05"),
                "Hi,\n\nPlease see below and action.\n\nThanks,\nSneha\nPA to Mr. Vivek Kumar\n\n"
                "________________________________\nFrom: Vivek Kumar <vivek.kumar@kumarassociates.in>\nSent: Thursday, September 25, 2025 9:12 AM\n"
                "To: Sneha Pillai <pa.office@kumarassociates.in>\nSubject: LeadsOptima\n\nSneha, please ask LeadsOptima to cancel our subscription, "
                "we are not renewing next year as the new CRM has its own lead module. My login is vivek.kumar@kumarassociates.in.\n\nVK\n")
    case("en-l12-outlook-fw-pa", [f], "leadsoptima", "need_info", ["C2"], [],
         "section 8 forwards: the forwarded request names the registered vivek.kumar@kumarassociates.in, the sender is pa.office@ -> C2: ask for the request from the registered address")

    # e13 thread: billing error, invoice asked then given sloppily
    cust("olivia.chen@chenfloral.com", "monthly", "2025-09-27", "2025-10-26", name="Olivia Chen")
    lopay("e_p1301", "LO-INV-75131", "olivia.chen@chenfloral.com", "monthly", "1499.00", "269.82", "2025-08-27T10:00:00", "2025-08-27", "2025-09-26")
    lopay("e_p1302", "LO-INV-75132", "olivia.chen@chenfloral.com", "annual", "11988.00", "2157.84", "2025-09-27T10:00:00", "2025-09-27", "2026-09-26")
    f1, mid = mail("e13a-wrong-plan.eml", "Olivia Chen <olivia.chen@chenfloral.com>", LO, "charged for annual instead of monthly??",
                   dt("2025-09-28 08:40", "+0800"),
                   "Hi, you charged me for the annual plan instead of monthly this month. I never upgraded. Please refund it.\n\nOlivia")
    f2, _ = mail("e13b-invoice.eml", "Olivia Chen <olivia.chen@chenfloral.com>", LO, "Re: charged for annual instead of monthly??",
                 dt("2025-09-29 09:10", "+0800"),
                 "Sorry - it's LO INV 75132.\n\nOlivia\n\nOn Sun, 28 Sep 2025 at 12:02, LeadsOptima Support wrote:\n> Could you tell us the invoice number?",
                 irt="<lo-reply-e13@leadsoptima.com>", refs=mid + " <lo-reply-e13@leadsoptima.com>")
    case("en-l13-thread-wrong-plan", [f1, f2], "leadsoptima", "decided", [], [d("refund", "escalate")],
         "C3: invoice missing, then 'LO INV 75132' = LO-INV-75132 (section 8); L2 billing_error (annual instead of monthly); charge 2025-09-27, request (first mail) 2025-09-28 06:10 IST day 1; L5 escalate")

    # e14 refund with only a signature and disclaimer as 'reason'
    cust("ashwin.rao@raoconsult.in", "monthly", "2025-09-26", "2025-10-25", name="Ashwin Rao")
    lopay("e_p1401", "LO-INV-75141", "ashwin.rao@raoconsult.in", "monthly", "1499.00", "269.82", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
    f, _ = mail("e14-reason-signature-only.eml", "Ashwin Rao <ashwin.rao@raoconsult.in>", LO, "Refund - LO-INV-75141",
                dt("2025-09-27 16:45"),
                "Hi,\n\nPlease refund invoice LO-INV-75141 at the earliest.\n\nRegards,\nAshwin Rao | Director | Rao Consulting Pvt Ltd\n"
                "+91 98450 12345 | www.raoconsult.in\n\nDISCLAIMER: This e-mail and any attachments are confidential and may be privileged. "
                "If you are not the intended recipient, please notify the sender immediately and delete it. Any views expressed are "
                "those of the individual sender.\nPlease consider the environment before printing this email.")
    case("en-l14-reason-signature-only", [f], "leadsoptima", "need_info", [], [],
         "section 8 'what a reason is': the request restated, signature and disclaimer are not reasons -> C3 asks for reason; plan from the ledger, invoice given",
         missing=["reason"])

    # e15 C4: dispute with the bank
    cust("ben.carter@cartercoffee.com", "monthly", "2025-09-20", "2025-10-19", name="Ben Carter")
    lopay("e_p1501", "LO-INV-75151", "ben.carter@cartercoffee.com", "monthly", "1499.00", "269.82", "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
    f, _ = mail("e15-c4-dispute.eml", "Ben Carter <ben.carter@cartercoffee.com>", LO, "Re: your invoice LO-INV-75151",
                dt("2025-09-22 08:30", "-0700"),
                "Third month in a row I've been charged for something I don't use. Refund LO-INV-75151 or I'll dispute the charge with my bank. "
                "Your call.\n\nBen", irt="<invoice-LO-INV-75151@leadsoptima.com>")
    case("en-l15-c4-dispute", [f], "leadsoptima", "decided", ["C4"], [d("refund", "escalate")],
         "section 2 C4: 'dispute the charge with my bank' -> escalate (ahead of L1)")

    # e16 C4: lawyers mentioned, refund + cancel
    cust("arjun.bhatt@bhattexim.com", "annual", "2025-09-15", "2026-09-14", name="Arjun Bhatt")
    lopay("e_p1601", "LO-INV-75161", "arjun.bhatt@bhattexim.com", "annual", "11988.00", "2157.84", "2025-09-15T10:00:00", "2025-09-15", "2026-09-14")
    f, _ = mail("e16-c4-lawyers.eml", "Arjun Bhatt <arjun.bhatt@bhattexim.com>", LO, "Annual renewal - cancel and refund",
                dt("2025-09-19 18:00"),
                "To whom it may concern,\n\nYour system renewed our annual plan on 15 Sept without the reminder your sales rep promised. "
                "Cancel the account and refund LO-INV-75161 in full. I would rather not get our lawyers involved over Rs 14k, but I will if I have to.\n\n"
                "Arjun Bhatt\nBhatt Exim")
    case("en-l16-c4-lawyers", [f], "leadsoptima", "decided", ["C4"], [d("refund", "escalate"), d("cancellation", "escalate")],
         "section 2 C4: mention of lawyers -> escalate; section 8: C4 covers the whole case, the cancellation included")

    # e17 newsletter
    f, _ = mail("e17-c7-newsletter.eml", "Growth Weekly <newsletter@growthweekly.io>", LO, "5 ways to cut churn (and refund requests)",
                dt("2025-09-23 18:00", "+0000"),
                "This week: why customers ask for refunds, and how to cancel less.\n\nUnsubscribe: https://growthweekly.io/u\n",
                headers=[("List-Id", "Growth Weekly <weekly.growthweekly.io>"), ("Precedence", "bulk"),
                         ("List-Unsubscribe", "<https://growthweekly.io/u>")])
    case("en-l17-c7-newsletter", [f], "leadsoptima", "ignore", ["C7"], [],
         "section 2 C7: List-Id and Precedence: bulk -> ignore")

    # e18 own address
    f, _ = mail("e18-c7-own-address.eml", "LeadsOptima Billing <billing@leadsoptima.com>", LO, "Payment receipt - your LeadsOptima plan",
                dt("2025-09-24 03:00"),
                "Thank you for your payment. If you were charged twice or want to cancel, reply to this email.\n")
    case("en-l18-c7-own-address", [f], "leadsoptima", "ignore", ["C7"], [],
         "section 2 C7: mail from the brand's own address billing@leadsoptima.com -> ignore")

    # e19 negation: not asking for a refund
    cust("hannah.wright@wrightphysio.co.uk", "monthly", "2025-09-08", "2025-10-07", name="Hannah Wright")
    lopay("e_p1901", "LO-INV-75191", "hannah.wright@wrightphysio.co.uk", "monthly", "1499.00", "269.82", "2025-09-08T10:00:00", "2025-09-08", "2025-10-07")
    f, _ = mail("e19-negation.eml", "Hannah Wright <hannah.wright@wrightphysio.co.uk>", LO, "Not renewing",
                dt("2025-09-24 12:30", "+0100"),
                "Hi,\n\nI'm not asking for a refund, I know the policy. I just don't want to be billed again in October. We've closed "
                "the second clinic so we don't need the lead gen any more.\n\nThanks,\nHannah")
    case("en-l19-negation", [f], "leadsoptima", "decided", [], [d("cancellation", "cancel", eff="2025-10-07")],
         "section 8 negation: 'I'm not asking for a refund' adds no refund; L8 cancel, effective current_period_end 2025-10-07")

    # e20 hypothetical from an existing customer
    cust("marcus.lee@leeautomotive.sg", "monthly", "2025-09-18", "2025-10-17", name="Marcus Lee")
    lopay("e_p2001", "LO-INV-75201", "marcus.lee@leeautomotive.sg", "monthly", "1499.00", "269.82", "2025-09-18T10:00:00", "2025-09-18", "2025-10-17")
    f, _ = mail("e20-hypothetical.eml", "Marcus Lee <marcus.lee@leeautomotive.sg>", LO, "Question before upgrading",
                dt("2025-09-26 10:00", "+0800"),
                "Hi,\n\nWe're thinking of moving from monthly to the annual plan. If we switch and the Zoho integration turns out not to work "
                "for us, could we get our money back? Or would we be stuck for the year?\n\nRegards,\nMarcus")
    case("en-l20-hypothetical", [f], "leadsoptima", "other", [], [],
         "section 8: 'if we switch ... could we get our money back?' is a policy question before buying, nothing else asked -> other")

    # e21 past event: cancelled then charged (non-native)
    cust("chloe.dupont@dupontcreative.fr", "monthly", "2025-08-16", "2025-09-15", status="cancelled", name="Chloé Dupont")
    lopay("e_p2101", "LO-INV-75210", "chloe.dupont@dupontcreative.fr", "monthly", "1499.00", "269.82", "2025-08-16T10:00:00", "2025-08-16", "2025-09-15")
    lopay("e_p2102", "LO-INV-75211", "chloe.dupont@dupontcreative.fr", "monthly", "1499.00", "269.82", "2025-09-16T10:00:00", "2025-09-16", "2025-10-15")
    f, _ = mail("e21-charged-after-cancel.eml", "Chloé Dupont <chloe.dupont@dupontcreative.fr>", LO, "charged after cancellation",
                dt("2025-09-18 10:20", "+0200"),
                "Hello,\n\nI have cancel my plan on 14 september (I have the confirmation email), and on the 16 you have charge me again "
                "1 499 INR + taxes. This is not normal. Please refund this, invoice LO-INV-75211.\n\nBest regards\nChloé Dupont")
    case("en-l21-charged-after-cancel", [f], "leadsoptima", "decided", [], [d("refund", "escalate")],
         "section 3 L2 billing_error (charged after I cancelled); charge 2025-09-16, request 2025-09-18 day 2; L5 escalate; the past cancellation is no new cancellation intent")

    # e22 past refund, thanks only
    cust("nathan.price@pricefitness.com", "monthly", "2025-09-10", "2025-10-09", name="Nathan Price")
    lopay("e_p2201", "LO-INV-75221", "nathan.price@pricefitness.com", "monthly", "1499.00", "269.82", "2025-09-10T10:00:00", "2025-09-10", "2025-10-09")
    f, _ = mail("e22-thanks-refund-arrived.eml", "Nathan Price <nathan.price@pricefitness.com>", LO, "Re: Refund for the double charge",
                dt("2025-09-25 09:00", "-0400"),
                "Just a quick note to say the refund for the double charge landed in my account this morning. Thanks for sorting it so quickly, "
                "much appreciated!\n\nNathan", irt="<refund-LO-INV-75221@leadsoptima.com>")
    case("en-l22-thanks-past-refund", [f], "leadsoptima", "other", [], [],
         "a past event with no request: the refund already arrived, nothing asked -> other (section 1 outcomes)")

    # e23 HTML-only Outlook, 'debited two times'
    cust("ananya.reddy@reddyhomes.in", "monthly", "2025-09-23", "2025-10-22", name="Ananya Reddy")
    lopay("e_p2301", "LO-INV-75231", "ananya.reddy@reddyhomes.in", "monthly", "1499.00", "269.82", "2025-09-23T12:00:00", "2025-09-23", "2025-10-22")
    lopay("e_p2302", "LO-INV-75232", "ananya.reddy@reddyhomes.in", "monthly", "1499.00", "269.82", "2025-09-23T12:03:00", "2025-09-23", "2025-10-22")
    f, _ = mail("e23-html-dup.eml", "Ananya Reddy <ananya.reddy@reddyhomes.in>", LO, "Duplicate debit - LO-INV-75232",
                dt("2025-09-24 17:25"), None,
                "<html><head><style>p{font-family:Calibri}</style></head><body><p>Hello Team,</p>"
                "<p>My card was debited two times on 23-Sep for the monthly plan:</p><table border='1'><tr><td>LO-INV-75231</td><td>Rs.1,768.82/-</td></tr>"
                "<tr><td>LO-INV-75232</td><td>Rs.1,768.82/-</td></tr></table><p>Please reverse the second one (LO-INV-75232).</p>"
                "<p>Regards,<br>Ananya Reddy<br>Reddy Homes, Hyderabad</p></body></html>")
    case("en-l23-html-dup", [f], "leadsoptima", "decided", [], [d("refund", "approve", "1499.00")],
         "HTML-only mail; L2 duplicate ('debited two times'); section 8: invoice is the duplicate LO-INV-75232; day 1; L4 approve 1499.00")

    # e24 duplicate claimed but only one charge in the ledger
    cust("george.miller@millerauto.com.au", "monthly", "2025-09-27", "2025-10-26", name="George Miller")
    lopay("e_p2401", "LO-INV-75241", "george.miller@millerauto.com.au", "monthly", "1499.00", "269.82", "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
    f, _ = mail("e24-dup-no-pair.eml", "George Miller <george.miller@millerauto.com.au>", LO, "charged twice",
                dt("2025-09-28 21:00", "+1000"),
                "Hi, you've charged me twice, I can see two transactions on the card from the 27th. Invoice LO-INV-75241. Refund one please.\n\nGeorge")
    case("en-l24-dup-no-pair", [f], "leadsoptima", "decided", [], [d("refund", "escalate")],
         "section 3 L4: the ledger shows one charge only, no pair -> escalate (the email's claim is not trusted over the ledger, section 1)")

    # e25 'charged twice' = two different periods
    cust("fatima.sheikh@sheikhbeauty.ae", "monthly", "2025-09-21", "2025-10-20", name="Fatima Sheikh")
    lopay("e_p2501", "LO-INV-75251", "fatima.sheikh@sheikhbeauty.ae", "monthly", "1499.00", "269.82", "2025-08-21T10:00:00", "2025-08-21", "2025-09-20")
    lopay("e_p2502", "LO-INV-75252", "fatima.sheikh@sheikhbeauty.ae", "monthly", "1499.00", "269.82", "2025-09-21T10:00:00", "2025-09-21", "2025-10-20")
    f, _ = mail("e25-dup-different-periods.eml", "Fatima Sheikh <fatima.sheikh@sheikhbeauty.ae>", LO, "Charged twice the same amount",
                dt("2025-09-23 11:00", "+0400"),
                "Dear LeadsOptima,\n\nYou charged me twice the same amount, 21 August and again 21 September (LO-INV-75252). I think this is "
                "a double charge, please refund the second one.\n\nFatima Sheikh")
    case("en-l25-dup-different-periods", [f], "leadsoptima", "decided", [], [d("refund", "escalate")],
         "section 3 L4: the two charges pay different periods (08-21..09-20 and 09-21..10-20), so no duplicate pair -> escalate; LO-INV-75252 is day 2 (L3 inside)")

    # e26 thread: reason given in the reply
    cust("kevin.walsh@walshrecruitment.ie", "monthly", "2025-09-25", "2025-10-24", name="Kevin Walsh")
    lopay("e_p2601", "LO-INV-75261", "kevin.walsh@walshrecruitment.ie", "quarterly", "3999.00", "719.82", "2025-09-25T10:00:00", "2025-09-25", "2025-12-24")
    f1, mid = mail("e26a-no-reason.eml", "Kevin Walsh <kevin.walsh@walshrecruitment.ie>", LO, "Refund LO-INV-75261",
                   dt("2025-09-26 09:00", "+0100"), "Please refund LO-INV-75261.\n\nKevin Walsh\nWalsh Recruitment, Cork")
    f2, _ = mail("e26b-reason.eml", "Kevin Walsh <kevin.walsh@walshrecruitment.ie>", LO, "Re: Refund LO-INV-75261",
                 dt("2025-09-26 15:30", "+0100"),
                 "That's the wrong amount - I'm on the monthly plan but you billed me the quarterly price.\n\nKevin",
                 irt="<lo-reply-e26@leadsoptima.com>", refs=mid + " <lo-reply-e26@leadsoptima.com>")
    case("en-l26-thread-reason", [f1, f2], "leadsoptima", "decided", [], [d("refund", "escalate")],
         "C3: reason missing, given in the reply; L2 billing_error ('wrong amount'); charge 2025-09-25, request 2025-09-26 day 1; L5 escalate")

    # e28 the other brand's customer writes to LeadsOptima
    proj("Sterling Dental Website", "admin@sterlingdental.co.uk")
    owpay("e_w2801", "OWD-2025-528", "Sterling Dental Website", "deposit", "20000.00", "3600.00", "2025-09-01T10:00:00")
    f, _ = mail("e28-other-brand-customer.eml", "Sterling Dental <admin@sterlingdental.co.uk>", LO, "Cancel my subscription",
                dt("2025-09-24 10:00", "+0100"),
                "Hello,\n\nPlease cancel my subscription, monthly plan. We don't need it any more.\n\nSterling Dental admin")
    case("en-l27-other-brand", [f], "leadsoptima", "need_info", ["C2"], [],
         "section 8 the other brand's customer: LeadsOptima's ledger has no customer admin@sterlingdental.co.uk (only an Optima project) -> unknown sender, C2/C3")

    # e29 email date claims 'yesterday', ledger says 12 days ago
    cust("ryan.fisher@fisherroofing.com", "monthly", "2025-09-14", "2025-10-13", name="Ryan Fisher")
    lopay("e_p2901", "LO-INV-75291", "ryan.fisher@fisherroofing.com", "monthly", "1499.00", "269.82", "2025-09-14T10:00:00", "2025-09-14", "2025-10-13")
    lopay("e_p2902", "LO-INV-75292", "ryan.fisher@fisherroofing.com", "monthly", "1499.00", "269.82", "2025-09-14T10:02:00", "2025-09-14", "2025-10-13")
    f, _ = mail("e29-claims-yesterday.eml", "Ryan Fisher <ryan.fisher@fisherroofing.com>", LO, "double charged yesterday",
                dt("2025-09-26 08:00", "-0500"),
                "You double charged me yesterday, LO-INV-75292. Refund the extra one please.\n\nRyan")
    case("en-l28-claims-yesterday", [f], "leadsoptima", "decided", [], [d("refund", "deny")],
         "section 1: the ledger's date wins over 'yesterday'; charges 2025-09-14, request 2025-09-26 18:30 IST = day 12 > 7 -> L3 deny")

    # e30 Reply-To does not verify
    cust("sam.taylor@taylorfreight.co.nz", "quarterly", "2025-08-05", "2025-11-04", name="Sam Taylor")
    lopay("e_p3001", "LO-INV-75301", "sam.taylor@taylorfreight.co.nz", "quarterly", "3999.00", "719.82", "2025-08-05T10:00:00", "2025-08-05", "2025-11-04")
    f, _ = mail("e30-reply-to.eml", "Ops Desk <ops.desk.99@gmail.com>", LO, "cancel account",
                dt("2025-09-22 16:00", "+1200"),
                "Hi, please cancel the LeadsOptima account for sam.taylor@taylorfreight.co.nz, we're closing the Auckland office.\n\nOps",
                headers=[("Reply-To", "Sam Taylor <sam.taylor@taylorfreight.co.nz>")])
    case("en-l29-reply-to", [f], "leadsoptima", "need_info", ["C2"], [],
         "section 8 addresses: the sender is the From address; Reply-To never verifies -> C2 (request names the registered sam.taylor@taylorfreight.co.nz)")

    # e31 +tag address is another address
    cust("asha.kulkarni@gmail.com", "monthly", "2025-09-24", "2025-10-23", name="Asha Kulkarni")
    lopay("e_p3101", "LO-INV-75311", "asha.kulkarni@gmail.com", "monthly", "1499.00", "269.82", "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
    lopay("e_p3102", "LO-INV-75312", "asha.kulkarni@gmail.com", "monthly", "1499.00", "269.82", "2025-09-24T10:01:00", "2025-09-24", "2025-10-23")
    f, _ = mail("e31-plus-tag.eml", "Asha Kulkarni <asha.kulkarni+billing@gmail.com>", LO, "charged twice - LO-INV-75312",
                dt("2025-09-25 09:30"),
                "Hi, I was charged twice yesterday for the monthly plan. Please refund LO-INV-75312.\nThanks, Asha")
    case("en-l30-plus-tag", [f], "leadsoptima", "need_info", ["C2"], [],
         "section 8 addresses: 'asha.kulkarni+billing@gmail.com' is another address than the registered asha.kulkarni@gmail.com -> C2")

    # e32 upper-case sender address still verifies
    cust("tom.baker@bakerbuilds.co.uk", "monthly", "2025-09-03", "2025-10-02", name="Tom Baker")
    lopay("e_p3201", "LO-INV-75321", "tom.baker@bakerbuilds.co.uk", "monthly", "1499.00", "269.82", "2025-09-03T10:00:00", "2025-09-03", "2025-10-02")
    f, _ = mail("e32-uppercase-address.eml", "Tom Baker <Tom.Baker@BakerBuilds.co.uk>", LO, "Cancel",
                dt("2025-09-27 17:00", "+0100"),
                "Afternoon,\n\nCan you cancel my LeadsOptima please, we've got more work than we can handle at the moment so no need for leads.\n\nTom")
    case("en-l31-uppercase-address", [f], "leadsoptima", "decided", [], [d("cancellation", "cancel", eff="2025-10-02")],
         "section 8: addresses compare case-insensitively -> verified; L8 cancel, effective current_period_end 2025-10-02")

    # e68 amount in words, dd/mm/yyyy, Canada
    cust("gurpreet.singh@singhtransport.ca", "monthly", "2025-09-27", "2025-10-26", name="Gurpreet Singh")
    lopay("e_p6801", "LO-INV-75681", "gurpreet.singh@singhtransport.ca", "monthly", "1499.00", "269.82", "2025-09-27T09:00:00", "2025-09-27", "2025-10-26")
    lopay("e_p6802", "LO-INV-75682", "gurpreet.singh@singhtransport.ca", "monthly", "1499.00", "269.82", "2025-09-27T09:00:30", "2025-09-27", "2025-10-26")
    f, _ = mail("e68-words-ddmm.eml", "Gurpreet Singh <gurpreet.singh@singhtransport.ca>", LO, "same payment two times",
                dt("2025-09-29 22:00", "-0400"),
                "Hello sir,\n\nOn 27/09/2025 my card paid same amount two times, one thousand four hundred ninety nine rupees plus GST each. "
                "Second one is LO-INV-75682. Kindly return the extra money.\n\nThank you\nGurpreet Singh\nSingh Transport Ltd, Brampton")
    case("en-l32-words-ddmm", [f], "leadsoptima", "decided", [], [d("refund", "approve", "1499.00")],
         "section 8 local formats (amount in words, dd/mm/yyyy); L2 duplicate ('paid same amount two times'); Date 2025-09-29 22:00 -0400 = 2025-09-30 07:30 IST, day 3; L4 approve 1499.00")


def owd_cases():
    # e33 UK formal deposit inside 72h
    proj("Harrow Lane Bakery Website", "orders@harrowlanebakery.co.uk")
    owpay("e_w3301", "OWD-2025-533", "Harrow Lane Bakery Website", "deposit", "20000.00", "3600.00", "2025-09-24T15:00:00")
    f, _ = mail("e33-uk-deposit-inside.eml", "Harrow Lane Bakery <orders@harrowlanebakery.co.uk>", OWD,
                "Refund Request — Harrow Lane Bakery Website / OWD-2025-533", dt("2025-09-25 10:00", "+0100"),
                "Dear Optima WebDesign,\n\nI am writing regarding the booking deposit paid yesterday for the Harrow Lane Bakery Website "
                "(invoice OWD-2025-533, Rs 23,600 incl. GST). Our trade association has since offered members a free website package, so we "
                "will not be proceeding. I should be grateful if you would refund the deposit to the original card.\n\n"
                "Kind regards,\nMargaret Ellis\nProprietor")
    case("en-o01-uk-deposit-inside", [f], "optima_webdesign", "decided", [], [d("refund", "approve", "20000.00")],
         "section 4 O2: paid 2025-09-24 15:00 IST, request 2025-09-25 10:00 +0100 = 14:30 IST (23.5 h < 72 h), no work started -> approve 20000.00 before tax")

    # e34 US deposit at 71h59m
    proj("Peak Yoga Studio Site", "hello@peakyogastudio.com")
    owpay("e_w3401", "OWD-2025-534", "Peak Yoga Studio Site", "deposit", "16000.00", "2880.00", "2025-09-20T09:00:00")
    f, _ = mail("e34-us-deposit-71h59.eml", "Peak Yoga Studio <hello@peakyogastudio.com>", OWD, "Deposit refund - Peak Yoga Studio Site",
                dt("2025-09-22 23:29", "-0400"),
                "Hi folks,\n\nBad news on our end: the lease on the new studio fell through today, so we have to put the Peak Yoga Studio Site on ice. "
                "Could you refund the deposit (OWD-2025-534, $220ish / INR 18,880)? Nothing's been started as far as I know.\n\nNamaste,\nJess")
    case("en-o02-us-deposit-71h59", [f], "optima_webdesign", "decided", [], [d("refund", "approve", "16000.00")],
         "section 4 O2: paid 2025-09-20 09:00 IST; Date 2025-09-22 23:29 -0400 = 2025-09-23 08:59 IST = 71 h 59 min < 72 h, no work -> approve 16000.00")

    # e35 deposit at 72.5h (writer believes within 3 days)
    proj("Castle Street Cafe Site", "manager@castlestreetcafe.co.uk")
    owpay("e_w3501", "OWD-2025-535", "Castle Street Cafe Site", "deposit", "12000.00", "2160.00", "2025-09-20T09:00:00")
    f, _ = mail("e35-deposit-72h30.eml", "Castle Street Cafe <manager@castlestreetcafe.co.uk>", OWD, "Castle Street Cafe Site - deposit back please",
                dt("2025-09-23 05:00", "+0100"),
                "Morning,\n\nWriting within three days of paying, so should be fine. The owners have decided to sell the cafe, so the "
                "Castle Street Cafe Site won't be needed. Deposit was OWD-2025-535.\n\nThanks\nRob")
    case("en-o03-deposit-72h30", [f], "optima_webdesign", "decided", [], [d("refund", "deny")],
         "section 4 O2: paid 2025-09-20 09:00 IST; Date 2025-09-23 05:00 +0100 = 09:30 IST = 72.5 h, not before 72 h -> deny")

    # e36 discovery, first session scheduled after the request
    proj("Nova Fintech Landing Page", "founders@novafintech.io", work="2025-10-03T10:00:00")
    owpay("e_w3601", "OWD-2025-536", "Nova Fintech Landing Page", "discovery", "25000.00", "4500.00", "2025-09-26T10:00:00")
    f, _ = mail("e36-discovery-scheduled-later.eml", "Nova Fintech <founders@novafintech.io>", OWD, "Cancelling discovery - Nova Fintech Landing Page",
                dt("2025-09-29 11:00"),
                "Hey team,\n\nWe've pivoted from consumer lending to B2B so the landing page brief is dead. Our discovery workshop was booked "
                "for 3 Oct and hasn't happened yet. Please refund the discovery fee, inv OWD-2025-536.\n\nAditi & Rohan\nNova Fintech")
    case("en-o04-discovery-not-yet", [f], "optima_webdesign", "decided", [], [d("refund", "approve", "25000.00")],
         "section 4 O1: work_started_at 2025-10-03 is later than the request 2025-09-29 -> full refund 25000.00 before tax",
         extra_ok=True)

    # e37 discovery started
    proj("Bluewater Resorts Brand Strategy", "marketing@bluewaterresorts.mv", work="2025-09-08T10:00:00")
    owpay("e_w3701", "OWD-2025-537", "Bluewater Resorts Brand Strategy", "discovery", "40000.00", "7200.00", "2025-09-03T10:00:00")
    f, _ = mail("e37-discovery-started.eml", "Bluewater Resorts Marketing <marketing@bluewaterresorts.mv>", OWD,
                "Bluewater Resorts Brand Strategy - refund of strategy fee", dt("2025-09-17 14:00", "+0500"),
                "Dear team,\n\nAfter the two strategy sessions our GM feels the direction does not fit a luxury resort. We request a refund of the "
                "strategy fee OWD-2025-537.\n\nBest,\nAishath Naseem\nMarketing, Bluewater Resorts")
    case("en-o05-discovery-started", [f], "optima_webdesign", "decided", [], [d("refund", "deny")],
         "section 4 O1: work_started_at 2025-09-08 is before the request 2025-09-17 (sessions held) -> deny")

    # e38 milestone not started
    proj("Kestrel Analytics Dashboard", "pm@kestrelanalytics.com")
    owpay("e_w3801", "OWD-2025-538", "Kestrel Analytics Dashboard", "milestone", "45000.00", "8100.00", "2025-09-01T10:00:00", milestone_status="not_started")
    f, _ = mail("e38-milestone-not-started.eml", "Kestrel PM <pm@kestrelanalytics.com>", OWD, "Descoping milestone 4 - Kestrel Analytics Dashboard",
                dt("2025-09-22 09:30", "-0700"),
                "Hi Optima,\n\nWe've decided to descope Milestone 4 (reporting module) of the Kestrel Analytics Dashboard: our BI vendor now ships "
                "the reports we needed. We prepaid it (₹45,000 + GST, invoice OWD-2025-538) and as far as I know nobody has started on it. "
                "Please refund that milestone. The rest of the project continues as planned.\n\nBest,\nDana Kowalski\nProduct Manager")
    case("en-o06-milestone-not-started", [f], "optima_webdesign", "decided", [], [d("refund", "approve", "45000.00")],
         "section 4 O3: milestone_status not_started -> refund the milestone amount before tax 45000.00 (GST 8100 kept, C6)")

    # e39 milestone in progress
    proj("Harbour Lights Hotel Booking", "gm@harbourlightshotel.com.au")
    owpay("e_w3901", "OWD-2025-539", "Harbour Lights Hotel Booking", "milestone", "60000.00", "10800.00", "2025-09-05T10:00:00", milestone_status="in_progress")
    f, _ = mail("e39-milestone-in-progress.eml", "Harbour Lights GM <gm@harbourlightshotel.com.au>", OWD, "Booking engine milestone",
                dt("2025-09-24 16:00", "+1000"),
                "Hi,\n\nThe booking engine milestone (OWD-2025-539) for Harbour Lights Hotel Booking is taking far longer than quoted and we've "
                "signed with SiteMinder instead. Refund what hasn't been done, please.\n\nCraig\nGeneral Manager")
    case("en-o07-milestone-in-progress", [f], "optima_webdesign", "decided", [], [d("refund", "escalate")],
         "section 4 O3: in_progress -> escalate (value of work not started needs a person); no amount (section 8)")

    # e40 milestone completed
    proj("Maple & Co Ecommerce", "owner@mapleandco.ca")
    owpay("e_w4001", "OWD-2025-540", "Maple & Co Ecommerce", "milestone", "28000.00", "5040.00", "2025-08-25T10:00:00", milestone_status="completed")
    f, _ = mail("e40-milestone-completed.eml", "Maple & Co <owner@mapleandco.ca>", OWD, "Refund Request — Maple & Co Ecommerce / OWD-2025-540",
                dt("2025-09-18 10:00", "-0400"),
                "Hello,\n\nThe product page templates (milestone OWD-2025-540) were delivered, but sales haven't picked up at all since launch. "
                "I'd like that milestone refunded.\n\nThanks,\nÉmilie Tremblay\nMaple & Co")
    case("en-o08-milestone-completed", [f], "optima_webdesign", "decided", [], [d("refund", "deny")],
         "section 4 O3/O6: milestone completed -> deny (completed deliverables non-refundable)")

    # e41 retainer exactly 7 days notice
    proj("Orbit Labs Growth Retainer", "finance@orbitlabs.in")
    owpay("e_w4101", "OWD-2025-541", "Orbit Labs Growth Retainer", "retainer", "35000.00", "6300.00", "2025-09-08T10:00:00",
          next_billing_at="2025-10-08T00:00:00", ps="2025-09-08", pe="2025-10-07")
    f, _ = mail("e41-retainer-exactly-7d.eml", "Orbit Labs Finance <finance@orbitlabs.in>", OWD, "Orbit Labs Growth Retainer - notice of termination",
                dt("2025-10-01 09:00"),
                "Hi,\n\nPlease treat this as our notice to end the Orbit Labs Growth Retainer (last invoice OWD-2025-541). Budget for growth marketing "
                "has been frozen for H2 after the funding round slipped. Please don't raise the October invoice.\n\nRegards,\nMeghna\nFinance, Orbit Labs")
    case("en-o09-retainer-exactly-7d", [f], "optima_webdesign", "decided", [], [d("cancellation", "cancel", eff="2025-10-07")],
         "section 1 notice: next_billing_at 2025-10-08 minus 7 days = 2025-10-01; request 2025-10-01 is on that date -> O4 cancel, effective the day before next billing 2025-10-07")

    # e42 retainer 6 days notice
    proj("Tidewater Realty Content Retainer", "ops@tidewaterrealty.com")
    owpay("e_w4201", "OWD-2025-542", "Tidewater Realty Content Retainer", "retainer", "18000.00", "3240.00", "2025-09-06T10:00:00",
          next_billing_at="2025-10-06T00:00:00", ps="2025-09-06", pe="2025-10-05")
    f, _ = mail("e42-retainer-6d.eml", "Tidewater Realty Ops <ops@tidewaterrealty.com>", OWD, "Cancel content retainer",
                dt("2025-09-30 08:00", "-0400"),
                "Hi there,\n\nWe need to cancel the Tidewater Realty Content Retainer (OWD-2025-542). The brokerage is merging with another firm "
                "and their marketing team takes over content.\n\nThanks,\nDerek")
    case("en-o10-retainer-6d", [f], "optima_webdesign", "decided", [], [d("cancellation", "cancel", eff="2025-11-05")],
         "section 4 O4: Date 2025-09-30 08:00 -0400 = 17:30 IST on 2025-09-30; cut-off 2025-10-06 - 7 = 2025-09-29 -> short notice; next cycle 2025-10-06..2025-11-05 (same length as 09-06..10-05) is billed; effective 2025-11-05")

    # e43 retainer with the next cycle paid in advance
    proj("Silverline Clinics SEO Retainer", "admin@silverlineclinics.in")
    owpay("e_w4301", "OWD-2025-543", "Silverline Clinics SEO Retainer", "retainer", "25000.00", "4500.00", "2025-09-12T10:00:00",
          ps="2025-09-12", pe="2025-10-11")
    owpay("e_w4302", "OWD-2025-544", "Silverline Clinics SEO Retainer", "retainer", "25000.00", "4500.00", "2025-09-20T10:00:00",
          next_billing_at="2025-11-12T00:00:00", ps="2025-10-12", pe="2025-11-11")
    f, _ = mail("e43-retainer-prepaid.eml", "Silverline Clinics <admin@silverlineclinics.in>", OWD, "Silverline Clinics SEO Retainer - cancellation",
                dt("2025-09-24 12:00"),
                "Dear Optima team,\n\nWe wish to cancel the Silverline Clinics SEO Retainer, as the group has appointed a national agency for all "
                "clinics. Note we already paid October's cycle in advance last week (OWD-2025-544). What happens to that?\n\nRegards,\nDr. Kiran Rao")
    case("en-o11-retainer-prepaid", [f], "optima_webdesign", "decided", [], [d("cancellation", "escalate")],
         "section 8 retainer paid in advance: the next cycle (2025-10-12..11-11, OWD-2025-544) is already paid and notice is >= 7 days -> escalate (O4)",
         extra_ok=True)

    # e44 hosting prorated with rounding
    proj("Aurora Dental Hosting", "it@auroradental.com.sg")
    owpay("e_w4401", "OWD-2025-545", "Aurora Dental Hosting", "hosting_annual", "14999.00", "2699.82", "2025-09-21T10:00:00",
          setup_fee="1999.00", service_start="2025-09-22")
    f, _ = mail("e44-hosting-rounding.eml", "Aurora Dental IT <it@auroradental.com.sg>", OWD, "Cancel hosting + refund (OWD-2025-545)",
                dt("2025-09-29 13:00", "+0800"),
                "Hi,\n\nPlease cancel the Aurora Dental Hosting annual plan and refund us pro rata. Head office has mandated that all clinic "
                "sites move to the group's AWS account.\n\nThanks,\nWei Ling Tan\nIT, Aurora Dental")
    case("en-o12-hosting-rounding", [f], "optima_webdesign", "decided", [], [d("refund", "approve", "11916.67"), d("cancellation", "cancel")],
         "section 4 O5: service_start 2025-09-22, request 2025-09-29 (day 7 <= 14); monthly_value = (14999 - 1999)/12 = 1083.333...; "
         "refund = 14999 - 1999 - 1083.333... = 11916.666... -> 11916.67 (C6, rounded once at the end); the mail asks to cancel too: section 1 'A request for both a refund and a cancellation gets both parts decided' and O5 'Such a refund ends the plan' -> cancellation cancel (no effective date asserted: section 4 gives none)")

    # e45 hosting refund before the service starts
    proj("Bramble Books Hosting", "shop@bramblebooks.co.uk")
    owpay("e_w4501", "OWD-2025-546", "Bramble Books Hosting", "hosting_annual", "9000.00", "1620.00", "2025-09-25T10:00:00",
          setup_fee="600.00", service_start="2025-10-05")
    f, _ = mail("e45-hosting-before-start.eml", "Bramble Books <shop@bramblebooks.co.uk>", OWD, "Bramble Books Hosting - changed our minds",
                dt("2025-09-28 11:00", "+0100"),
                "Hello,\n\nWe've changed our minds about the annual hosting (OWD-2025-546): Shopify came back with a charity discount we can't "
                "turn down. It hasn't started yet (5th Oct). Could we have a refund and cancel?\n\nBest wishes,\nClara\nBramble Books")
    case("en-o13-hosting-before-start", [f], "optima_webdesign", "decided", [], [d("refund", "approve", "7700.00"), d("cancellation", "cancel")],
         "section 8: O5 before the service starts, consumed_months = 1; monthly_value = (9000 - 600)/12 = 700; refund = 9000 - 600 - 700 = 7700.00; the mail asks to cancel too: section 1 'A request for both a refund and a cancellation gets both parts decided' and O5 'Such a refund ends the plan' -> cancellation cancel (no effective date asserted: section 4 gives none)")

    # e46 maintenance day 14 in IST (day 15 in Australia)
    proj("Quayside Marine Maintenance", "office@quaysidemarine.com.au")
    owpay("e_w4601", "OWD-2025-547", "Quayside Marine Maintenance", "maintenance_annual", "30000.00", "5400.00", "2025-09-15T10:00:00",
          setup_fee="6000.00", service_start="2025-09-16")
    f, _ = mail("e46-maintenance-day14.eml", "Quayside Marine <office@quaysidemarine.com.au>", OWD, "maintenance plan - refund",
                dt("2025-10-01 00:30", "+1000"),
                "Hi team,\n\nSorry for the late-night email. We're winding up Quayside Marine's online shop at the end of the year so the annual "
                "maintenance plan (OWD-2025-547) isn't needed. Please cancel and refund what you can.\n\nCheers,\nPaul")
    case("en-o14-maintenance-day14", [f], "optima_webdesign", "decided", [], [d("refund", "approve", "22000.00"), d("cancellation", "cancel")],
         "section 1: Date 2025-10-01 00:30 +1000 = 2025-09-30 20:00 IST; service_start 2025-09-16 day 0 -> day 14, within 14 days; "
         "O5 refund = 30000 - 6000 - (24000/12 = 2000) x 1 = 22000.00; the mail asks to cancel too: section 1 'A request for both a refund and a cancellation gets both parts decided' and O5 'Such a refund ends the plan' -> cancellation cancel (no effective date asserted: section 4 gives none)")

    # e47 hosting day 15
    proj("Fernwood Vet Hosting", "reception@fernwoodvets.co.nz")
    owpay("e_w4701", "OWD-2025-548", "Fernwood Vet Hosting", "hosting_annual", "12000.00", "2160.00", "2025-09-09T10:00:00",
          setup_fee="1200.00", service_start="2025-09-10")
    f, _ = mail("e47-hosting-day15.eml", "Fernwood Vets <reception@fernwoodvets.co.nz>", OWD, "Hosting refund Fernwood Vet",
                dt("2025-09-25 18:00", "+1200"),
                "Kia ora,\n\nWe'd like a pro-rata refund of the Fernwood Vet Hosting annual plan, inv OWD-2025-548. The practice has been bought "
                "by a group that runs its own hosting.\n\nNgā mihi,\nAroha")
    case("en-o15-hosting-day15", [f], "optima_webdesign", "decided", [], [d("refund", "deny")],
         "section 4 O5: Date 2025-09-25 18:00 +1200 = 2025-09-25 11:30 IST; service_start 2025-09-10 -> day 15 > 14 -> deny", extra_ok=True)

    # e48 third-party licence
    proj("Cobalt Gym Website", "admin@cobaltgym.com")
    owpay("e_w4801", "OWD-2025-549", "Cobalt Gym Website", "third_party", "8500.00", "1530.00", "2025-09-20T10:00:00")
    f, _ = mail("e48-plugin-licence.eml", "Cobalt Gym <admin@cobaltgym.com>", OWD, "Refund booking plugin licence",
                dt("2025-09-23 07:00", "-0500"),
                "Hey, we bought the premium class-booking plugin licence through you for the Cobalt Gym Website (OWD-2025-549). "
                "Turns out Mindbody already does it. Want a refund on the licence.\n\nMike")
    case("en-o16-plugin-licence", [f], "optima_webdesign", "decided", [], [d("refund", "deny")],
         "section 4 O6: kind third_party (plugin licence) never refundable -> deny citing Non-refundable items")

    # e49 setup fee
    proj("Lark & Finch Store", "team@larkandfinch.co")
    owpay("e_w4901", "OWD-2025-550", "Lark & Finch Store", "setup", "3500.00", "630.00", "2025-09-18T10:00:00")
    f, _ = mail("e49-setup-fee.eml", "Lark & Finch <team@larkandfinch.co>", OWD, "setup fee",
                dt("2025-09-19 12:00", "+0100"),
                "Hi, could we get the setup/activation fee back for Lark & Finch Store (OWD-2025-550)? We've decided to stay on Etsy for now.\n\nPoppy")
    case("en-o17-setup-fee", [f], "optima_webdesign", "decided", [], [d("refund", "deny")],
         "section 4 O6: kind setup never refundable -> deny")

    # e50 missing invoice only (project has two payments)
    proj("Redwood Physio Website", "admin@redwoodphysio.ca")
    owpay("e_w5001", "OWD-2025-551", "Redwood Physio Website", "deposit", "10000.00", "1800.00", "2025-09-27T10:00:00")
    owpay("e_w5002", "OWD-2025-552", "Redwood Physio Website", "third_party", "1500.00", "270.00", "2025-09-27T10:05:00")
    f, _ = mail("e50-missing-invoice.eml", "Redwood Physio <admin@redwoodphysio.ca>", OWD, "Redwood Physio Website refund",
                dt("2025-09-28 09:00", "-0400"),
                "Hello,\n\nWe'd like our money back for the Redwood Physio Website. Our clinic software provider includes a website in our plan "
                "from next month, so we don't need a separate one.\n\nThank you,\nNadia")
    case("en-o18-missing-invoice", [f], "optima_webdesign", "need_info", [], [],
         "section 4 required fields: invoice / payment reference missing (the project holds two payments, so it cannot be filled); contract email, project and reason given",
         missing=["invoice_number"])

    # e51 Outlook FW from an office address, contract email is the director's
    proj("Granite Peak Construction Site", "director@granitepeakconstruction.com")
    owpay("e_w5101", "OWD-2025-553", "Granite Peak Construction Site", "retainer", "15000.00", "2700.00", "2025-09-15T10:00:00",
          next_billing_at="2025-10-15T00:00:00", ps="2025-09-15", pe="2025-10-14")
    f, _ = mail("e51-outlook-fw-office.eml", "Granite Peak Office <office@granitepeakconstruction.com>", OWD, "FW: Optima retainer",
                dt("2025-09-24 08:30", "-0600"),
                "Forwarding as requested.\n\nLinda\nOffice Administrator\n\n"
                "From: Mark Jensen <director@granitepeakconstruction.com>\nSent: Tuesday, September 23, 2025 5:41 PM\n"
                "To: Office <office@granitepeakconstruction.com>\nSubject: Optima retainer\n\nLinda - please tell Optima to cancel the "
                "maintenance retainer for the Granite Peak Construction Site (OWD-2025-553). We're rebuilding the site in-house next year. "
                "The contract is under director@granitepeakconstruction.com.\n\nMark\n")
    case("en-o19-outlook-fw-office", [f], "optima_webdesign", "need_info", ["C2"], [],
         "section 8 forwards: the forwarded request names contract email director@granitepeakconstruction.com, sender is office@ -> C2")

    # e52 Apple Mail forward from iCloud
    proj("Willow & Sage Florist Site", "hello@willowandsage.com.au")
    owpay("e_w5201", "OWD-2025-554", "Willow & Sage Florist Site", "deposit", "9000.00", "1620.00", "2025-09-25T10:00:00")
    f, _ = mail("e52-applemail-fwd.eml", "Zoe Park <zoe.park88@icloud.com>", OWD, "Fwd: Optima deposit",
                dt("2025-09-26 16:40", "+1000"),
                "Hi, Georgia asked me to send this on to you.\n\nZoe\n\nSent from my iPhone\n\nBegin forwarded message:\n\n"
                "From: Georgia Willow <hello@willowandsage.com.au>\nDate: 26 September 2025 at 4:12:09 pm AEST\n"
                "To: Zoe Park <zoe.park88@icloud.com>\nSubject: Optima deposit\n\nZo, can you email Optima and ask for the deposit back on the "
                "Willow & Sage Florist Site (OWD-2025-554)? We've lost the shop lease so no website for now. Our contract email is "
                "hello@willowandsage.com.au.\n\nG x\n")
    case("en-o20-applemail-fwd", [f], "optima_webdesign", "need_info", ["C2"], [],
         "section 8 forwards: Apple Mail 'Begin forwarded message' names contract email hello@willowandsage.com.au; sender zoe.park88@icloud.com -> C2")

    # e53 C4 statutory rights
    proj("Brightside Tutoring Portal", "accounts@brightsidetutoring.co.uk")
    owpay("e_w5301", "OWD-2025-555", "Brightside Tutoring Portal", "deposit", "22000.00", "3960.00", "2025-09-10T10:00:00")
    f, _ = mail("e53-c4-statutory.eml", "Brightside Tutoring <accounts@brightsidetutoring.co.uk>", OWD,
                "Brightside Tutoring Portal - deposit OWD-2025-555", dt("2025-09-19 11:00", "+0100"),
                "Dear Sir or Madam,\n\nNothing has been delivered on the Brightside Tutoring Portal and your project manager has not replied in a "
                "fortnight. I want the deposit returned. I am aware of my statutory rights and will exercise them if necessary.\n\n"
                "Yours faithfully,\nP. Hargreaves\nDirector")
    case("en-o21-c4-statutory", [f], "optima_webdesign", "decided", ["C4"], [d("refund", "escalate")],
         "section 2 C4: mention of statutory rights -> escalate (ahead of O2, which would deny after 72 h)")

    # e54 C4 lawyer + retainer cancellation + refund
    proj("Pinnacle Auto SEO Retainer", "gm@pinnacleauto.in")
    owpay("e_w5401", "OWD-2025-556", "Pinnacle Auto SEO Retainer", "retainer", "30000.00", "5400.00", "2025-09-01T10:00:00",
          next_billing_at="2025-10-01T00:00:00", ps="2025-09-01", pe="2025-09-30")
    f, _ = mail("e54-c4-lawyer-retainer.eml", "Pinnacle Auto GM <gm@pinnacleauto.in>", OWD, "TERMINATION - Pinnacle Auto SEO Retainer",
                dt("2025-09-20 19:00"),
                "Your SEO retainer has delivered ZERO ranking improvement in six months. We are terminating the Pinnacle Auto SEO Retainer "
                "with immediate effect and want September's fee (OWD-2025-556) refunded. Our lawyer has been copied and will follow up.\n\n"
                "Vikram Sethi\nGeneral Manager, Pinnacle Auto", cc="R. Malhotra <r.malhotra@malhotralaw.in>")
    case("en-o22-c4-lawyer-retainer", [f], "optima_webdesign", "decided", ["C4"], [d("refund", "escalate"), d("cancellation", "escalate")],
         "section 2 C4 (lawyer) escalates every intent of the case (section 8), the cancellation included")

    # e55 ticketing auto-acknowledgement
    f, _ = mail("e55-c7-ticket-ack.eml", "Granite Peak Helpdesk <support@granitepeak.zendesk.com>", OWD, "[Request received] Re: Optima retainer",
                dt("2025-09-24 20:05"),
                "Your request (#4821) has been received and is being reviewed by our support staff. To add comments, reply to this email.\n",
                headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "junk")])
    case("en-o23-c7-ticket-ack", [f], "optima_webdesign", "ignore", ["C7"], [],
         "section 2 C7: Auto-Submitted: auto-generated and Precedence: junk -> ignore")

    # e56 retainer cancel, reason only signature/disclaimer
    proj("Atlas Freight Social Retainer", "marketing@atlasfreight.co.za")
    owpay("e_w5601", "OWD-2025-557", "Atlas Freight Social Retainer", "retainer", "14000.00", "2520.00", "2025-09-18T10:00:00",
          next_billing_at="2025-10-18T00:00:00", ps="2025-09-18", pe="2025-10-17")
    f, _ = mail("e56-cancel-signature-only.eml", "Thandi Mokoena <marketing@atlasfreight.co.za>", OWD, "Atlas Freight Social Retainer",
                dt("2025-09-25 09:00", "+0200"),
                "Hi,\n\nPlease cancel our retainer (Atlas Freight Social Retainer, inv OWD-2025-557) with effect from the next cycle.\n\n"
                "Kind regards,\nThandi Mokoena\nMarketing Coordinator | Atlas Freight (Pty) Ltd\nMoving Africa forward since 1998\n\n"
                "This email is subject to the Atlas Freight email disclaimer at www.atlasfreight.co.za/disclaimer")
    case("en-o24-cancel-signature-only", [f], "optima_webdesign", "need_info", [], [],
         "section 8: Optima requires a reason for cancellations; the slogan, signature and disclaimer are not reasons -> need_info",
         missing=["reason"])

    # e57 hypothetical from an existing client
    proj("Orchid Spa Website", "hello@orchidspa.co.th")
    owpay("e_w5701", "OWD-2025-558", "Orchid Spa Website", "retainer", "10000.00", "1800.00", "2025-09-05T10:00:00",
          next_billing_at="2025-10-05T00:00:00", ps="2025-09-05", pe="2025-10-04")
    f, _ = mail("e57-hypothetical-client.eml", "Orchid Spa <hello@orchidspa.co.th>", OWD, "Question about notice",
                dt("2025-09-22 15:00", "+0700"),
                "Hello,\n\nJust planning next year's budget. If we were to cancel the maintenance retainer at some point next year, how much "
                "notice would you need, and would we get anything back for the month we cancel in? We're not cancelling now.\n\nBest,\nMali")
    case("en-o25-hypothetical-client", [f], "optima_webdesign", "other", [], [],
         "section 8: 'if we were to cancel ... we're not cancelling now' is a policy question, no request -> other")

    # e58 how-to
    proj("Juniper Cafe Website", "info@junipercafe.ie")
    f, _ = mail("e58-howto.eml", "Juniper Cafe <info@junipercafe.ie>", OWD, "adding a user",
                dt("2025-09-23 10:30", "+0100"),
                "Hi lads, how do I add a new user to the WordPress admin so our new manager can update the menu? Ta, Siobhan")
    case("en-o26-howto", [f], "optima_webdesign", "other", [], [],
         "section 1 outcomes: neither refund nor cancellation -> other")

    # e59 Thunderbird forward of our own earlier mail (resend)
    proj("Stonebridge Architects Portfolio", "studio@stonebridgearchitects.com")
    owpay("e_w5901", "OWD-2025-559", "Stonebridge Architects Portfolio", "milestone", "32000.00", "5760.00", "2025-09-01T10:00:00", milestone_status="not_started")
    f, _ = mail("e59-thunderbird-resend.eml", "Helen Stone <studio@stonebridgearchitects.com>", OWD,
                "Fwd: Refund — Stonebridge Architects Portfolio milestone 3", dt("2025-09-29 10:00", "+0100"),
                "Sending this again as I've had no reply in a week.\n\nHelen\n\n-------- Forwarded Message --------\n"
                "Subject: Refund — Stonebridge Architects Portfolio milestone 3\nDate: Mon, 22 Sep 2025 11:04:31 +0100\n"
                "From: Helen Stone <studio@stonebridgearchitects.com>\nTo: optimawebdesigns12@gmail.com\n\nHello,\n\nWe are dropping milestone 3 "
                "(the 3D walkthrough gallery, OWD-2025-559) from the Stonebridge Architects Portfolio: our client confidentiality agreements "
                "don't allow us to publish the models after all. Work on it hasn't begun. Please refund it.\n\nHelen Stone\nStonebridge Architects\n")
    case("en-o27-thunderbird-resend", [f], "optima_webdesign", "decided", [], [d("refund", "approve", "32000.00")],
         "section 8 forwards are read for the request they carry (sender is the contract email, reason in the forwarded text); O3 not_started -> 32000.00 (no window applies)")

    # e60 angry, deposit after a week (no legal words)
    proj("Velvet Lounge Bar Website", "owner@velvetloungebar.com")
    owpay("e_w6001", "OWD-2025-560", "Velvet Lounge Bar Website", "deposit", "20000.00", "3600.00", "2025-09-15T12:00:00")
    f, _ = mail("e60-angry-deposit-late.eml", "Velvet Lounge <owner@velvetloungebar.com>", OWD, "ABSOLUTELY UNACCEPTABLE",
                dt("2025-09-22 23:55"),
                "I paid you people a deposit a WEEK ago (OWD-2025-560) for the Velvet Lounge Bar Website and nobody has even called me. "
                "I've found someone who actually answers the phone. GIVE ME MY DEPOSIT BACK. I will be leaving reviews everywhere.\n\nDev")
    case("en-o28-angry-deposit-late", [f], "optima_webdesign", "decided", [], [d("refund", "deny")],
         "section 4 O2: paid 2025-09-15 12:00, request 2025-09-22 23:55 = 179.9 h > 72 h -> deny; anger and review threats are not C4")

    # e61 long rambling retainer cancel
    proj("Harper Family Dentistry Retainer", "office@harperfamilydentistry.com")
    owpay("e_w6101", "OWD-2025-561", "Harper Family Dentistry Retainer", "retainer", "15000.00", "2700.00", "2025-09-20T10:00:00",
          next_billing_at="2025-10-20T00:00:00", ps="2025-09-20", pe="2025-10-19")
    f, _ = mail("e61-rambling-cancel.eml", "Harper Family Dentistry <office@harperfamilydentistry.com>", OWD, "retainer",
                dt("2025-09-27 14:00", "-0500"),
                "Hi everyone,\n\nHope you're all well! It's been a crazy few months here, we had the flood in the back office in July, then Dr. Harper's "
                "daughter got married, and now we're finally getting back to normal. Anyway I wanted to reach out about the website. You guys have "
                "been great and the new photos look wonderful, everyone at church has commented on them.\n\nSo the thing is, Dr. Harper is retiring "
                "next spring and the practice is being sold to a dental group that has its own marketing department, so they've asked us to wind down "
                "outside contracts. That means we need to cancel the Harper Family Dentistry Retainer (I think the last invoice was OWD-2025-561?). "
                "I'm sorry, I know it's not what you want to hear!\n\nLet me know if you need anything else from me. Have a blessed weekend.\n\n"
                "Warmly,\nBarb\nOffice Manager")
    case("en-o29-rambling-cancel", [f], "optima_webdesign", "decided", [], [d("cancellation", "cancel", eff="2025-10-19")],
         "O4/O8: reason (practice sold, wind down contracts) inside a long mail; request 2025-09-28 00:30 IST; cut-off 2025-10-20 - 7 = 2025-10-13 -> cancel, effective 2025-10-19")

    # e62 thread: project and invoice asked then given
    proj("Summit Outdoor Gear Store", "buying@summitoutdoorgear.com")
    proj("Summit Outdoor Blog", "buying@summitoutdoorgear.com")
    owpay("e_w6201", "OWD-2025-562", "Summit Outdoor Gear Store", "milestone", "26000.00", "4680.00", "2025-09-10T10:00:00", milestone_status="not_started")
    owpay("e_w6202", "OWD-2025-563", "Summit Outdoor Blog", "deposit", "8000.00", "1440.00", "2025-09-10T10:05:00")
    f1, mid = mail("e62a-missing.eml", "Summit Outdoor Buying <buying@summitoutdoorgear.com>", OWD, "product filter milestone",
                   dt("2025-09-25 10:00", "-0600"),
                   "Hi, we need to pull the plug on the product-filter milestone: our ERP vendor now provides faceted search out of the box. "
                   "Refund please.\n\nJake")
    f2, _ = mail("e62b-answer.eml", "Summit Outdoor Buying <buying@summitoutdoorgear.com>", OWD, "Re: product filter milestone",
                 dt("2025-09-26 08:00", "-0600"),
                 "Project: Summit Outdoor Gear Store\nInvoice: OWD 2025 562\n\nJake",
                 irt="<owd-reply-e62@optimawebdesign.com>", refs=mid + " <owd-reply-e62@optimawebdesign.com>")
    case("en-o30-thread-project-invoice", [f1, f2], "optima_webdesign", "decided", [], [d("refund", "approve", "26000.00")],
         "C3: project and invoice missing (two projects on the address), given in the reply; 'OWD 2025 562' = OWD-2025-562 (section 8); O3 not_started -> 26000.00")

    # e63 LeadsOptima customer writes to Optima
    cust("priyanka.das@dasorganics.in", "monthly", "2025-09-12", "2025-10-11", name="Priyanka Das")
    lopay("e_p6301", "LO-INV-75631", "priyanka.das@dasorganics.in", "monthly", "1499.00", "269.82", "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
    f, _ = mail("e63-lo-customer-to-owd.eml", "Priyanka Das <priyanka.das@dasorganics.in>", OWD, "cancel my monthly plan",
                dt("2025-09-26 18:00"),
                "Hi, please cancel my monthly plan, we're shutting down the online store. Thanks, Priyanka")
    case("en-o31-lo-customer-to-owd", [f], "optima_webdesign", "need_info", ["C2"], [],
         "section 8 the other brand's customer: C1 picks Optima (To), Optima's ledger has no project for priyanka.das@dasorganics.in -> unknown sender (C2, C3)")

    # e64 negation: no refund, just don't renew
    proj("Lumen Photography Care Plan", "studio@lumenphotography.com")
    owpay("e_w6401", "OWD-2025-564", "Lumen Photography Care Plan", "retainer", "6000.00", "1080.00", "2025-09-15T10:00:00",
          next_billing_at="2025-10-15T00:00:00", ps="2025-09-15", pe="2025-10-14")
    f, _ = mail("e64-negation-owd.eml", "Lumen Photography <studio@lumenphotography.com>", OWD, "Lumen Photography Care Plan",
                dt("2025-09-26 10:00", "+0100"),
                "Hi Optima,\n\nWe're not after a refund for anything, honestly you've been great. We just don't want the Lumen Photography Care Plan "
                "(OWD-2025-564) to renew in October, because we're moving the site to Squarespace to manage it ourselves.\n\nThanks,\nIsla")
    case("en-o32-negation", [f], "optima_webdesign", "decided", [], [d("cancellation", "cancel", eff="2025-10-14")],
         "section 8 negation: no refund intent; O4: next_billing_at 2025-10-15, cut-off 2025-10-08, request 2025-09-26 -> cancel, effective 2025-10-14")

    # e65 deposit with status failed
    proj("Crescent Moon Tattoo Site", "ink@crescentmoontattoo.com")
    owpay("e_w6501", "OWD-2025-565", "Crescent Moon Tattoo Site", "deposit", "10000.00", "1800.00", "2025-09-29T12:00:00", status="failed")
    f, _ = mail("e65-deposit-failed.eml", "Crescent Moon Tattoo <ink@crescentmoontattoo.com>", OWD, "payment failed but money taken",
                dt("2025-09-29 20:00"),
                "Hey, your payment page said FAILED for the Crescent Moon Tattoo Site deposit (OWD-2025-565) but the bank took 11,800 anyway. "
                "We've decided to hold off on the website till next year, so just refund it please.\n\nRaven")
    case("en-o33-deposit-failed", [f], "optima_webdesign", "decided", [], [d("refund", "escalate")],
         "section 8: a refund of a payment that is not 'paid' (status failed) is escalated; no amount")


if __name__ == "__main__":
    lo_cases()
    owd_cases()
    write()
