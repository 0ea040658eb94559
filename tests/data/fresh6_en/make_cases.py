# Shared scaffolding, inlined into make_cases.py (kept self-contained).
import json
import os
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
IST = timezone(timedelta(hours=5, minutes=30))
LO = "support@leadsoptima.com"
OWD = "optimawebdesigns12@gmail.com"
LEDGER = {"customers": [], "projects": [], "payments": []}
CASES = []
_SEEN_INV = set()


def when(s, tz=IST):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz)


def cust(email, name, plan, start=None, end=None, status="active", trial_ends=None):
    LEDGER["customers"].append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan,
                                "status": status, "trial_ends": trial_ends,
                                "current_period_start": start, "current_period_end": end})


def lopay(pid, inv, email, plan, amount, paid_at, ps, pe, tax="0.00", status="paid"):
    assert inv not in _SEEN_INV, inv
    _SEEN_INV.add(inv)
    LEDGER["payments"].append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email,
                               "kind": "subscription", "plan": plan, "amount": amount, "tax": tax,
                               "currency": "INR", "paid_at": paid_at, "period_start": ps,
                               "period_end": pe, "status": status})


def proj(name, email, work_started_at=None):
    LEDGER["projects"].append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                               "work_started_at": work_started_at})


def owpay(pid, inv, project, kind, amount, paid_at, tax, status="paid", setup_fee=None,
          service_start=None, next_billing_at=None, period_start=None, period_end=None,
          milestone_status=None):
    assert inv not in _SEEN_INV, inv
    _SEEN_INV.add(inv)
    LEDGER["payments"].append({"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": project,
                               "kind": kind, "amount": amount, "tax": tax, "currency": "INR",
                               "paid_at": paid_at, "status": status, "setup_fee": setup_fee,
                               "service_start": service_start, "next_billing_at": next_billing_at,
                               "period_start": period_start, "period_end": period_end,
                               "milestone_status": milestone_status})


def mail(frm, to, subject, date, body=None, html=None, headers=None):
    return {"from": frm, "to": to, "subject": subject, "date": date, "body": body, "html": html,
            "headers": headers or {}}


def _build(cid, n, m, prev_ids, domain):
    msg = EmailMessage(policy=SMTP)
    msg["From"] = m["from"]
    msg["To"] = m["to"]
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(m["date"])
    mid = f"<{cid}.{n}.{m['date'].strftime('%Y%m%d%H%M')}@{domain}>"
    msg["Message-ID"] = mid
    if prev_ids:
        # the support desk's reply sat between the customer's emails
        support_id = f"<reply.{cid}.{n}@{ 'leadsoptima.com' if 'leadsoptima' in m['to'] else 'optimawebdesign.com'}>"
        msg["In-Reply-To"] = support_id
        msg["References"] = " ".join(prev_ids + [support_id])
        prev_ids = prev_ids + [support_id]
    for k, v in m["headers"].items():
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    if m["body"] is not None and m["html"] is not None:
        msg.set_content(m["body"])
        msg.add_alternative(m["html"], subtype="html")
        msg.set_boundary(f"=_alt_{cid}_{n}")  # fixed boundary: deterministic output
    elif m["html"] is not None:
        msg.set_content(m["html"], subtype="html")
    else:
        msg.set_content(m["body"])
    return msg, prev_ids + [mid]


def case(cid, brand, emails, status, decisions=(), rules=(), missing=None, spec="", ambiguous=None,
         extra_ok=False):
    files = []
    ids = []
    for n, m in enumerate(emails, 1):
        domain = m["from"].split("@")[-1].strip(">").strip() if "@" in m["from"] else "localhost"
        msg, ids = _build(cid, n, m, ids, domain)
        name = f"{cid}.eml" if len(emails) == 1 else f"{cid}-{n}.eml"
        with open(os.path.join(HERE, "emails", name), "wb") as fh:
            fh.write(bytes(msg))
        files.append(f"emails/{name}")
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": files, "brand": brand, "status": status,
         "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    c["decisions"] = [dict(d) for d in decisions]
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if ambiguous:
        c["ambiguous"] = ambiguous
    CASES.append(c)


def D(intent, outcome, amount=None, effective_date=None):
    d = {"intent": intent, "outcome": outcome}
    if outcome == "approve":
        d["amount"] = amount
    if effective_date is not None:
        d["effective_date"] = effective_date
    return d


def write_all():
    with open(os.path.join(HERE, "ledger.json"), "w", encoding="utf-8") as fh:
        json.dump(LEDGER, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump({"cases": CASES}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"{len(CASES)} cases written")


def setup():
    os.makedirs(os.path.join(HERE, "emails"), exist_ok=True)
    for f in os.listdir(os.path.join(HERE, "emails")):
        os.remove(os.path.join(HERE, "emails", f))


LANG = "en"
EDT = timezone(timedelta(hours=-4))
PDT = timezone(timedelta(hours=-7))
BST = timezone(timedelta(hours=1))
AEST = timezone(timedelta(hours=10))


def build():
    setup()
    # ================================================================ LeadsOptima
    cust("megan.holt@holtroofing.com", "Megan Holt", "annual", "2025-09-24", "2026-09-23")
    lopay("epay_101", "LO-INV-73101", "megan.holt@holtroofing.com", "annual", "11988.00", "2025-09-24T19:40:00", "2025-09-24", "2026-09-23")
    lopay("epay_102", "LO-INV-73102", "megan.holt@holtroofing.com", "annual", "11988.00", "2025-09-24T19:41:30", "2025-09-24", "2026-09-23")
    case("l01-annual-double", "leadsoptima", [mail(
        "Megan Holt <megan.holt@holtroofing.com>", LO, "Double charge on our annual renewal",
        when("2025-09-26 09:15", EDT),
        "Hi there,\n\nOur card got hit twice for the annual plan on Sept 24 - same amount, about a minute apart. "
        "The second one is invoice LO-INV-73102. Can you please reverse that one? We obviously only need one year.\n\n"
        "Thanks so much,\nMegan Holt\nOffice Manager | Holt Roofing & Gutters\nColumbus, OH\n")],
        "decided", [D("refund", "approve", "11988.00")],
        spec="L2 duplicate; two paid annual charges 11988.00 on 2025-09-24, same period; request 2025-09-26 09:15 EDT = 2025-09-26 18:45 IST, day 2 -> L4 approve 11988.00")

    cust("derek.lyons@lyonsplumbing.us", "Derek Lyons", "monthly", "2025-09-10", "2025-10-09")
    lopay("epay_111", "LO-INV-73111", "derek.lyons@lyonsplumbing.us", "monthly", "1499.00", "2025-09-10T09:00:00", "2025-09-10", "2025-10-09")
    lopay("epay_112", "LO-INV-73112", "derek.lyons@lyonsplumbing.us", "monthly", "1499.00", "2025-09-10T09:00:50", "2025-09-10", "2025-10-09")
    case("l02-dup-timezone-day8", "leadsoptima", [mail(
        "Derek Lyons <derek.lyons@lyonsplumbing.us>", LO, "charged twice - still within your 7 days",
        when("2025-09-17 19:30", EDT),
        "Hey,\n\nJust noticed you billed me twice on the 10th (LO-INV-73112 is the extra one). "
        "Today's the 17th so I'm inside your 7 day window. Please refund the duplicate.\n\nDerek\n")],
        "decided", [D("refund", "deny")],
        spec="Section 1: windows count calendar dates in the brand's zone. 2025-09-17 19:30 EDT = 2025-09-18 05:00 IST; charge day 0 = 2025-09-10 -> day 8 > 7 -> L3 deny")

    cust("harriet.cole@colebakes.co.uk", "Harriet Cole", "monthly", "2025-09-20", "2025-10-19")
    lopay("epay_121", "LO-INV-73121", "harriet.cole@colebakes.co.uk", "monthly", "1499.00", "2025-09-19T20:00:00Z", "2025-09-20", "2025-10-19")
    lopay("epay_122", "LO-INV-73122", "harriet.cole@colebakes.co.uk", "monthly", "1499.00", "2025-09-19T20:02:00Z", "2025-09-20", "2025-10-19")
    case("l03-dup-utc-ledger-day7", "leadsoptima", [mail(
        "Harriet Cole <harriet.cole@colebakes.co.uk>", LO, "Payment taken twice",
        when("2025-09-27 05:10", BST),
        "Morning,\n\nYou've taken two payments for my monthly plan, both on the evening of the 19th. "
        "Invoice numbers LO-INV-73121 and LO-INV-73122 - I only need the one, could you refund the second please?\n\n"
        "Cheers,\nHarriet\nCole Bakes, Bristol\n")],
        "decided", [D("refund", "approve", "1499.00")],
        spec="Section 8: ledger times with an offset are converted: 2025-09-19T20:02Z = 2025-09-20 01:32 IST (day 0 = 2025-09-20). Request 2025-09-27 05:10 BST = 09:40 IST, day 7 -> inside -> L4 approve 1499.00")

    cust("tomas.reyes@reyesautoglass.com", "Tomas Reyes", "monthly", "2025-09-22", "2025-10-21")
    for i, t in enumerate(("08:00:00", "08:00:40", "08:01:15"), 1):
        lopay(f"epay_13{i}", f"LO-INV-7313{i}", "tomas.reyes@reyesautoglass.com", "monthly", "999.00", f"2025-09-22T{t}", "2025-09-22", "2025-10-21", "179.82")
    case("l04-three-charges", "leadsoptima", [mail(
        "Tomas Reyes <tomas.reyes@reyesautoglass.com>", LO, "Charged 3x for one month??",
        when("2025-09-25 11:00"),
        "Hello,\n\nMy bank shows THREE identical charges from LeadsOptima on Sep 22 for my monthly plan. "
        "Invoices LO-INV-73132 and LO-INV-73133 are the extra ones. Please refund both duplicates.\n\n"
        "Tomas Reyes\nReyes Auto Glass\n")],
        "decided", [D("refund", "approve", "1998.00")],
        spec="Section 8: three identical charges -> every charge after the first is a duplicate; both inside L3 (day 3) -> refund 999.00 + 999.00 = 1998.00 (before tax)")

    cust("lena.fischer@fischerphysio.com", "Lena Fischer", "monthly", "2025-09-26", "2025-10-25")
    lopay("epay_141", "LO-INV-73141", "lena.fischer@fischerphysio.com", "monthly", "1999.00", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
    case("l05-dup-claim-no-pair", "leadsoptima", [mail(
        "Lena Fischer <lena.fischer@fischerphysio.com>", LO, "Duplicate payment LO-INV-73141",
        when("2025-09-28 14:00"),
        "Hi,\n\nI think I paid twice this month - I see two pending debits on my card, one of them is LO-INV-73141. "
        "Please refund the duplicate charge.\n\nLena Fischer, Fischer Physio\n")],
        "decided", [D("refund", "escalate")],
        spec="L4: duplicate_payment claimed inside the window but the ledger shows only one charge (no pair) -> escalate")

    cust("gary.whitman@whitmanhvac.com", "Gary Whitman", "quarterly", "2025-08-15", "2025-11-14")
    lopay("epay_151", "LO-INV-73151", "gary.whitman@whitmanhvac.com", "quarterly", "3999.00", "2025-08-15T10:00:00", "2025-08-15", "2025-11-14")
    case("l06-not-asking-refund", "leadsoptima", [mail(
        "Gary Whitman <gary.whitman@whitmanhvac.com>", LO, "Cancel - no refund needed",
        when("2025-09-22 16:20", EDT),
        "To whom it may concern,\n\nI'm not asking for a refund - I read the policy and I know the quarter is paid. "
        "I just want the plan cancelled so it doesn't auto-renew in November. We've moved our lead gen to our franchise's system.\n\n"
        "Gary Whitman\nWhitman Heating & Air\n")],
        "decided", [D("cancellation", "cancel", effective_date="2025-11-14")],
        spec="Section 8 negation: 'not asking for a refund' adds no refund intent -> L8 cancel, effective current_period_end 2025-11-14")

    cust("olivia.grant@grantstaffing.com", "Olivia Grant", "monthly", "2025-09-18", "2025-10-17")
    lopay("epay_161", "LO-INV-73161", "olivia.grant@grantstaffing.com", "monthly", "2499.00", "2025-09-18T10:00:00", "2025-09-18", "2025-10-17")
    case("l07-hypothetical-existing", "leadsoptima", [mail(
        "Olivia Grant <olivia.grant@grantstaffing.com>", LO, "Question before we upgrade",
        when("2025-09-23 12:00"),
        "Hi,\n\nWe're on monthly and thinking about going annual. Quick question: if we upgrade and the new HubSpot sync "
        "turns out not to work for us, would we be able to get our money back for the annual plan, or at least the unused months?\n\n"
        "Thanks,\nOlivia\n")],
        "other",
        spec="Section 8: a hypothetical ('if … would we be able to get our money back') is a policy question, not a request -> other")

    cust("sam.okafor@okaforcleaning.com", "Sam Okafor", "monthly", "2025-09-21", "2025-10-20", status="cancelled")
    lopay("epay_171", "LO-INV-73171", "sam.okafor@okaforcleaning.com", "monthly", "1499.00", "2025-09-21T06:00:00", "2025-09-21", "2025-10-20")
    case("l08-cancelled-then-charged", "leadsoptima", [mail(
        "Sam Okafor <sam.okafor@okaforcleaning.com>", LO, "Why was I charged on the 21st?",
        when("2025-09-24 18:30", BST),
        "Hello,\n\nI cancelled on the 14th through Billing > Cancel Plan and got the confirmation email. "
        "You still charged me on the 21st (LO-INV-73171). I'd like that money back please.\n\nSam Okafor\nOkafor Cleaning Services Ltd\n")],
        "decided", [D("refund", "escalate")],
        spec="Past event: cancelled on the 14th, charged on the 21st = L2 billing_error ('charged after I cancelled'); request 2025-09-24 23:00 IST = day 3 -> L5 escalate; the earlier cancellation is history, no new cancellation decision")

    cust("ramesh.iyengar@iyengarcpa.com", "Ramesh Iyengar", "quarterly", "2025-09-10", "2025-12-09")
    lopay("epay_181", "LO-INV-73181", "ramesh.iyengar@iyengarcpa.com", "quarterly", "4999.00", "2025-09-10T10:00:00", "2025-09-10", "2025-12-09")
    case("l09-wrong-amount-late", "leadsoptima", [mail(
        "Ramesh Iyengar <ramesh.iyengar@iyengarcpa.com>", LO, "Incorrect amount on LO-INV-73181",
        when("2025-09-24 10:00"),
        "Dear Sir/Madam,\n\nWhile closing our books I noticed invoice LO-INV-73181 was charged at Rs. 4,999 whereas our quarterly "
        "plan was quoted at Rs. 3,999. This is a wrong amount. Kindly refund the difference.\n\nWarm regards,\nRamesh Iyengar, CPA\n")],
        "decided", [D("refund", "deny")],
        spec="L2 billing_error but charge 2025-09-10, request 2025-09-24 = day 14 > 7 -> L3 deny")

    cust("becky.nguyen@nguyennails.com", "Becky Nguyen", "monthly", "2025-09-05", "2025-10-04")
    lopay("epay_191", "LO-INV-73191", "becky.nguyen@nguyennails.com", "monthly", "1499.00", "2025-09-05T10:00:00", "2025-09-05", "2025-10-04")
    case("l10-access-late", "leadsoptima", [mail(
        "Becky Nguyen <becky.nguyen@nguyennails.com>", LO, "can't log in - want refund",
        when("2025-09-19 20:00", PDT),
        "hi i havent been able to log in since like the 8th, keeps saying session expired. "
        "i want this months payment back LO-INV-73191\n\nbecky\nsent from my iphone\n")],
        "decided", [D("refund", "deny")],
        spec="L2 access_failure; charge 2025-09-05, request 2025-09-19 20:00 PDT = 2025-09-20 08:30 IST = day 15 > 7 -> L3 deny")

    cust("wei.chen@chenimports.com.au", "Wei Chen", "monthly", "2025-09-25", "2025-10-24")
    lopay("epay_201", "LO-INV-73201", "wei.chen@chenimports.com.au", "monthly", "2499.00", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
    lopay("epay_202", "LO-INV-73202", "wei.chen@chenimports.com.au", "monthly", "2499.00", "2025-09-25T10:02:00", "2025-09-25", "2025-10-24")
    case("l11-sloppy-ref", "leadsoptima", [mail(
        "Wei Chen <wei.chen@chenimports.com.au>", LO, "re double payment lo.inv.73202",
        when("2025-09-29 09:00", AEST),
        "G'day,\n\nPaid twice for the monthly on the 25th, second one is lo/inv/73202. Refund that one thanks.\n\nWei\nChen Imports Pty Ltd\n")],
        "decided", [D("refund", "approve", "2499.00")],
        spec="Section 8: 'lo/inv/73202' matches LO-INV-73202 (slashes/dots ignored); duplicate pair 2025-09-25, request 2025-09-29 04:30 IST day 4 -> L4 approve 2499.00")

    cust("julia.santos@santosevents.com", "Julia Santos", "monthly", "2025-09-23", "2025-10-22")
    lopay("epay_211", "LO-INV-73211", "julia.santos@santosevents.com", "monthly", "1999.00", "2025-09-23T10:00:00", "2025-09-23", "2025-10-22")
    lopay("epay_212", "LO-INV-73212", "julia.santos@santosevents.com", "monthly", "1999.00", "2025-09-23T10:01:00", "2025-09-23", "2025-10-22")
    case("l12-thread-invoice", "leadsoptima", [
        mail("Julia Santos <julia.santos@santosevents.com>", LO, "Charged twice this month", when("2025-09-24 15:00"),
             "Hi team, my card was charged twice for the monthly plan yesterday. Could you refund the extra one?\n\nJulia\n"),
        mail("Julia Santos <julia.santos@santosevents.com>", LO, "Re: Charged twice this month", when("2025-09-25 09:30"),
             "Sure - the second invoice is LO INV 73212.\n\nJulia\n\nOn Wed, 24 Sep 2025, LeadsOptima Support wrote:\n> Could you share the invoice number of the charge?\n")],
        "decided", [D("refund", "approve", "1999.00")],
        spec="C3 thread: invoice asked and answered 'LO INV 73212'; duplicate pair 2025-09-23, request (first email) 2025-09-24 = day 1 -> L4 approve 1999.00")

    cust("peter.ward@wardcarpentry.co.uk", "Peter Ward", None, status="trial", trial_ends="2025-10-03")
    case("l13-trial-refund", "leadsoptima", [mail(
        "Peter Ward <peter.ward@wardcarpentry.co.uk>", LO, "Refund please",
        when("2025-09-26 17:00", BST),
        "Hello,\n\nI've been on your free trial this week and to be honest it's not for a one-man carpentry business. "
        "Please refund whatever I've paid.\n\nRegards\nPeter Ward\n")],
        "decided", [D("refund", "deny")],
        ambiguous="No invoice is given, but the account is a trial with no charges: L7 decides deny rather than asking for an invoice",
        spec="L7: free-trial account, no charges in the ledger -> deny; the reply says no billing occurs unless they subscribe")

    cust("finance@brightsmiledental.com", "Bright Smile Dental", "annual", "2025-02-01", "2026-01-31")
    lopay("epay_231", "LO-INV-73231", "finance@brightsmiledental.com", "annual", "11988.00", "2025-02-01T10:00:00", "2025-02-01", "2026-01-31")
    case("l14-other-address-named", "leadsoptima", [mail(
        "Dr. Karen Lowe <karen.lowe.dds@gmail.com>", LO, "Cancel subscription - Bright Smile Dental",
        when("2025-09-23 21:00", EDT),
        "Hi,\n\nI'm the owner of Bright Smile Dental. Our account is registered under finance@brightsmiledental.com, "
        "but our office manager who handles that inbox is out on leave. Please cancel our annual plan and tell me when it ends.\n\nKaren Lowe, DDS\n")],
        "need_info", rules=["C2"],
        spec="C2: sender karen.lowe.dds@gmail.com is not the registered email finance@brightsmiledental.com that she names -> need_info, ask her to write from it; no account details (section 5 example 5)")

    cust("jane.porter@porterflorals.com", "Jane Porter", "monthly", "2025-09-12", "2025-10-11")
    lopay("epay_241", "LO-INV-73241", "jane.porter@porterflorals.com", "monthly", "1499.00", "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
    case("l15-plus-tag", "leadsoptima", [mail(
        "Jane Porter <jane.porter+billing@porterflorals.com>", LO, "cancel",
        when("2025-09-25 11:30", EDT),
        "Please cancel my LeadsOptima monthly plan. Wedding season's over and I can't justify it.\n\nJane\nPorter Florals\n")],
        "need_info", rules=["C2"],
        spec="Section 8: a +tag makes another address; jane.porter+billing@ is not on record (jane.porter@ is) -> unknown sender: C2 need_info, no account details")

    cust("mark.delaney@delaneyfitness.com", "Mark Delaney", "monthly", "2025-09-24", "2025-10-23")
    lopay("epay_251", "LO-INV-73251", "mark.delaney@delaneyfitness.com", "monthly", "2499.00", "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
    case("l16-amex-dispute", "leadsoptima", [mail(
        "Mark Delaney <mark.delaney@delaneyfitness.com>", LO, "Refund or I dispute it",
        when("2025-09-27 08:00", EDT),
        "Your software has been useless for my gym. Refund LO-INV-73251 and cancel my account today, "
        "or I'm disputing the charge with Amex on Monday. Not interested in a call.\n\nMark Delaney\n")],
        "decided", [D("refund", "escalate"), D("cancellation", "escalate")], rules=["C4"],
        spec="C4: 'disputing the charge with Amex' -> escalate; section 8: C4 covers the whole case, the cancellation included")

    case("l17-newsletter-list", "leadsoptima", [mail(
        "GrowthWeekly <newsletter@growthweekly.io>", LO, "5 ways to cut churn (and why refunds matter)",
        when("2025-09-24 07:00", EDT),
        "Hi there,\n\nThis week: should you offer refunds? How to cancel the churn spiral. Unsubscribe anytime.\n\n"
        "GrowthWeekly, 123 Market St, San Francisco\n",
        headers={"List-Id": "GrowthWeekly <weekly.growthweekly.io>", "Precedence": "bulk",
                 "List-Unsubscribe": "<mailto:unsubscribe@growthweekly.io>"})],
        "ignore", rules=["C7"],
        spec="C7: List-Id and Precedence: bulk (mailing list) -> ignore, whatever the words 'refunds'/'cancel' in it")

    cust("helpdesk@marlowinsurance.com", "Marlow Insurance", "annual", "2025-05-01", "2026-04-30")
    case("l18-helpdesk-ack", "leadsoptima", [mail(
        "Marlow Insurance Helpdesk <helpdesk@marlowinsurance.com>", LO, "[Ticket #88213] Re: Your refund request has been received",
        when("2025-09-25 10:02", EDT),
        "Thank you for contacting Marlow Insurance IT. Your ticket #88213 has been created. "
        "An agent will respond within 24 hours. Please do not reply to this message.\n",
        headers={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"})],
        "ignore", rules=["C7"],
        spec="C7: Auto-Submitted: auto-generated (ticket acknowledgement) -> ignore")

    cust("owner@lakesidemotel.com", "Lakeside Motel", "quarterly", "2025-09-01", "2025-11-30")
    lopay("epay_271", "LO-INV-73271", "owner@lakesidemotel.com", "quarterly", "3999.00", "2025-09-01T10:00:00", "2025-09-01", "2025-11-30")
    case("l19-bookkeeper-fw", "leadsoptima", [mail(
        "Dana Kruger <dana@krugerbookkeeping.com>", LO, "FW: LeadsOptima - stop the plan",
        when("2025-09-24 13:45", EDT),
        "Hi LeadsOptima,\n\nForwarding on behalf of my client, see below. Please action.\n\nDana Kruger\nKruger Bookkeeping LLC\n\n"
        "________________________________\nFrom: Tom Becker <owner@lakesidemotel.com>\nSent: Tuesday, September 23, 2025 6:12 PM\n"
        "To: Dana Kruger <dana@krugerbookkeeping.com>\nSubject: LeadsOptima - stop the plan\n\n"
        "Dana - can you get them to cancel the LeadsOptima quarterly thing? We're selling the motel. Login is owner@lakesidemotel.com.\n\nTom\n")],
        "need_info", rules=["C2"],
        spec="Section 8 forwards: the forwarded request is from / names owner@lakesidemotel.com, the sender is the bookkeeper -> C2 need_info")

    cust("anil.desai@desaioptical.in", "Anil Desai", "monthly", "2025-09-09", "2025-10-08")
    lopay("epay_281", "LO-INV-73281", "anil.desai@desaioptical.in", "monthly", "1499.00", "2025-09-09T10:00:00", "2025-09-09", "2025-10-08")
    case("l20-own-forward", "leadsoptima", [mail(
        "Anil Desai <anil.desai@desaioptical.in>", LO, "Fwd: Cancellation of subscription",
        when("2025-09-26 10:30"),
        "Sending again as nobody replied on info@.\n\n---------- Forwarded message ---------\n"
        "From: Anil Desai <anil.desai@desaioptical.in>\nDate: Mon, 22 Sept 2025 at 11:02\nSubject: Cancellation of subscription\n"
        "To: <info@leadsoptima.com>\n\nHello, please cancel my monthly subscription. We have opened only one store instead of three "
        "so we don't need this many leads.\n\nRegards,\nAnil Desai\nDesai Opticals, Surat\n")],
        "decided", [D("cancellation", "cancel", effective_date="2025-10-08")],
        spec="Section 8: a forward is read for the request it carries; the customer forwards his own request from his registered address -> L8 cancel, effective current_period_end 2025-10-08")

    cust("accounts@zenithtiles.in", "Zenith Tiles", "monthly", "2025-09-25", "2025-10-24")
    lopay("epay_291", "LO-INV-73291", "accounts@zenithtiles.in", "monthly", "2499.00", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
    case("l21-no-reason-disclaimer", "leadsoptima", [mail(
        "Accounts - Zenith Tiles <accounts@zenithtiles.in>", LO, "Refund request - LO-INV-73291",
        when("2025-09-27 12:40"),
        "Dear Team,\n\nGreetings of the day!\n\nRequest you to kindly process the refund against LO-INV-73291 at the earliest "
        "and revert with the confirmation.\n\nThanks and regards,\nAccounts Department\nZenith Tiles Pvt. Ltd.\n\n"
        "DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee. "
        "If you have received it in error please notify the sender and delete it. Please consider the environment before printing.\n")],
        "need_info", missing=["reason"],
        spec="Section 8: greetings, the restated request and the disclaimer are not a reason; LO refund requires one -> need_info [reason] (plan from the ledger, invoice stated)")

    cust("chris.baxter@baxterlandscaping.com", "Chris Baxter", "quarterly", None, None)
    lopay("epay_301", "LO-INV-73301", "chris.baxter@baxterlandscaping.com", "quarterly", "3999.00", "2025-07-31T10:00:00", None, None)
    case("l22-too-expensive-both", "leadsoptima", [mail(
        "Chris Baxter <chris.baxter@baxterlandscaping.com>", LO, "Cancel + refund",
        when("2025-09-21 09:00", EDT),
        "Hi,\n\nHonestly it's just too expensive for what we get. Cancel the plan and refund what's left of the quarter "
        "(invoice LO-INV-73301).\n\nChris\n")],
        "decided", [D("refund", "deny"), D("cancellation", "cancel", effective_date="2025-10-30")],
        spec="'too expensive' is not an L2 exception (and day 52 is outside L3) -> refund deny (L1); cancellation L8 with no current_period_end: last charge 2025-07-31 + 3 months = 2025-10-31, minus one day = 2025-10-30")

    cust("nora.blake@blakeyoga.com", "Nora Blake", "monthly", None, None)
    lopay("epay_311", "LO-INV-73311", "nora.blake@blakeyoga.com", "monthly", "999.00", "2025-09-14T20:00:00Z", None, None)
    case("l23-cancel-utc-fallback", "leadsoptima", [mail(
        "Nora Blake <nora.blake@blakeyoga.com>", LO, "Please cancel my plan",
        when("2025-09-20 08:00", EDT),
        "Hi! Please cancel my monthly plan - I'm closing the studio for the winter. Thanks, Nora\n")],
        "decided", [D("cancellation", "cancel", effective_date="2025-10-14")],
        spec="Section 8: the L8 fallback uses the charge's local date: 2025-09-14T20:00Z = 2025-09-15 01:30 IST; + 1 month - 1 day = 2025-10-14")

    cust("sophie.marsh@marshvet.co.uk", "Sophie Marsh", "annual", "2025-03-01", "2026-02-28")
    lopay("epay_321", "LO-INV-73321", "sophie.marsh@marshvet.co.uk", "annual", "11988.00", "2025-03-01T10:00:00", "2025-03-01", "2026-02-28")
    case("l24-downgrade-not-cancel", "leadsoptima", [mail(
        "Sophie Marsh <sophie.marsh@marshvet.co.uk>", LO, "Switching to monthly",
        when("2025-09-22 14:00", BST),
        "Hello,\n\nI don't want to cancel - we're happy with the platform - but when our annual plan comes up in February "
        "I'd like to switch to monthly billing. How do I do that?\n\nKind regards,\nSophie Marsh\nPractice Manager, Marsh Veterinary Surgery\n")],
        "other",
        spec="Section 8 negation: 'I don't want to cancel' is no cancellation; a plan-switch how-to question -> other")

    cust("leo.martins@martinsroofing.com", "Leo Martins", "monthly", "2025-09-18", "2025-10-17")
    lopay("epay_331", "LO-INV-73331", "leo.martins@martinsroofing.com", "monthly", "1499.00", "2025-09-18T10:00:00", "2025-09-18", "2025-10-17", status="failed")
    case("l25-please-dont-cancel", "leadsoptima", [mail(
        "Leo Martins <leo.martins@martinsroofing.com>", LO, "Please don't cancel my account",
        when("2025-09-21 10:00", EDT),
        "Hi, I got an email that my card payment failed and the account will be cancelled. Please DON'T cancel it - "
        "I've updated the card. Can you retry the payment?\n\nLeo\n")],
        "other",
        spec="Negation: 'please don't cancel' is no cancellation request; asking to retry a payment is neither refund nor cancellation -> other")

    cust("ben.hughes@hughesmovers.com", "Ben Hughes", "monthly", "2025-09-25", "2025-10-24")
    lopay("epay_341", "LO-INV-73341", "ben.hughes@hughesmovers.com", "monthly", "1999.00", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
    case("l26-already-disputed", "leadsoptima", [mail(
        "Ben Hughes <ben.hughes@hughesmovers.com>", LO, "LO-INV-73341",
        when("2025-09-28 19:00", EDT),
        "FYI I've already raised a dispute with my bank for LO-INV-73341 since nobody answered my chat. "
        "If you refund it directly I'll withdraw the dispute. The leads were all out of state.\n\nBen Hughes\n")],
        "decided", [D("refund", "escalate")], rules=["C4"],
        spec="C4: a payment dispute already raised with the bank -> escalate")

    cust("priyanka.sethi@sethihomes.in", "Priyanka Sethi", "quarterly", "2025-09-26", "2025-12-25")
    lopay("epay_351", "LO-INV-73351", "priyanka.sethi@sethihomes.in", "quarterly", "3999.00", "2025-09-26T11:00:00", "2025-09-26", "2025-12-25", "719.82")
    lopay("epay_352", "LO-INV-73352", "priyanka.sethi@sethihomes.in", "quarterly", "3999.00", "2025-09-26T11:04:00", "2025-09-26", "2025-12-25", "719.82")
    case("l27-debited-twice-html", "leadsoptima", [mail(
        "Priyanka Sethi <priyanka.sethi@sethihomes.in>", LO, "Amount debited twice - quarterly plan",
        when("2025-09-27 10:10"),
        "Hi Team,\n\nThe amount of Rs. 4,718.82 has got debited twice from my HDFC card on 26/09 for the same quarterly plan. "
        "PFA bank SMS below.\n\n> HDFC Bank: Rs 4718.82 debited from card xx4411 at LEADSOPTIMA on 26-09-25 11:00\n"
        "> HDFC Bank: Rs 4718.82 debited from card xx4411 at LEADSOPTIMA on 26-09-25 11:04\n\n"
        "Second invoice no. LO-INV-73352. Kindly refund the extra debit.\n\nRegards,\nPriyanka Sethi\nSethi Homes\n",
        html="<div>Hi Team,<br><br>The amount of <b>Rs. 4,718.82</b> has got debited twice from my HDFC card on 26/09 for the same quarterly plan. "
             "PFA bank SMS below.<br><blockquote>HDFC Bank: Rs 4718.82 debited from card xx4411 at LEADSOPTIMA on 26-09-25 11:00<br>"
             "HDFC Bank: Rs 4718.82 debited from card xx4411 at LEADSOPTIMA on 26-09-25 11:04</blockquote>"
             "Second invoice no. LO-INV-73352. Kindly refund the extra debit.<br><br>Regards,<br>Priyanka Sethi<br>Sethi Homes</div>")],
        "decided", [D("refund", "approve", "3999.00")],
        spec="L4 duplicate pair 2025-09-26, request day 1; the email states the amount with GST (4,718.82) but the refund is the ledger amount before tax 3999.00 (section 1: the ledger over the email; C6)")

    cust("marco.rossi@rossipizzeria.com", "Marco Rossi", "monthly", "2025-09-24", "2025-10-23")
    lopay("epay_361", "LO-INV-73361", "marco.rossi@rossipizzeria.com", "monthly", "1499.00", "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
    case("l28-forward-note-only", "leadsoptima", [mail(
        "Marco Rossi <marco.rossi@rossipizzeria.com>", LO, "Fwd: Your LeadsOptima receipt LO-INV-73361",
        when("2025-09-25 22:15"),
        "pls refund this\n\nSent from my Galaxy\n\n-------- Original message --------\nFrom: LeadsOptima Billing <billing@leadsoptima.com>\n"
        "Date: 24/09/2025 10:00 (GMT+05:30)\nTo: marco.rossi@rossipizzeria.com\nSubject: Your LeadsOptima receipt LO-INV-73361\n\n"
        "Thank you for your payment. Plan: Monthly. Amount: Rs. 1,499.00. Invoice: LO-INV-73361.\n")],
        "need_info", missing=["reason"],
        spec="Section 8: a forwarding note ('pls refund this') restates the request and the forwarded receipt gives no explanation -> LO refund without a reason -> need_info [reason]")

    cust("fiona.reid@reidaccountancy.co.uk", "Fiona Reid", "monthly", "2025-09-23", "2025-10-22")
    lopay("epay_371", "LO-INV-73371", "fiona.reid@reidaccountancy.co.uk", "monthly", "2499.00", "2025-09-23T10:00:00", "2025-09-23", "2025-10-22")
    case("l29-locked-out-uk", "leadsoptima", [mail(
        "Fiona Reid <fiona.reid@reidaccountancy.co.uk>", LO, "Locked out since Tuesday - refund",
        when("2025-09-26 16:40", BST),
        "Hello,\n\nI've been locked out of my account since Tuesday - the password reset link never arrives and your chat bot goes round in circles. "
        "We renewed on the 23rd (LO-INV-73371) and haven't been able to use it once. I'd like a refund for this month, please.\n\n"
        "Many thanks,\nFiona Reid ACA\nReid Accountancy, Edinburgh\n")],
        "decided", [D("refund", "escalate")],
        spec="L2 access_failure (locked out); charge 2025-09-23, request 2025-09-26 21:10 IST day 3 -> L6 escalate")

    cust("priya.menon@menonconsulting.in", "Priya Menon", "annual", "2025-06-10", "2026-06-09")
    lopay("epay_381", "LO-INV-73381", "priya.menon@menonconsulting.in", "annual", "11988.00", "2025-06-10T10:00:00", "2025-06-10", "2026-06-09")
    case("l30-address-case", "leadsoptima", [mail(
        "Priya Menon <Priya.Menon@MenonConsulting.IN>", LO, "Discontinue annual plan",
        when("2025-09-24 17:00"),
        "Hello,\n\nPlease discontinue our annual plan at the end of the current term. We are merging with a larger firm which has its own CRM.\n\n"
        "Best,\nPriya Menon\nMenon Consulting\n")],
        "decided", [D("cancellation", "cancel", effective_date="2026-06-09")],
        spec="Section 8: addresses compare case-insensitively, so Priya.Menon@MenonConsulting.IN is the registered email -> L8 cancel, effective current_period_end 2026-06-09")

    cust("kevin.odonnell@odonnellelectric.ie", "Kevin O'Donnell", "monthly", "2025-09-26", "2025-10-25")
    lopay("epay_391", "LO-INV-73391", "kevin.odonnell@odonnellelectric.ie", "monthly", "1499.00", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
    case("l31-reply-to-trick", "leadsoptima", [mail(
        "Kevin O'Donnell <kodonnell.home@outlook.com>", LO, "Cancel my plan",
        when("2025-09-27 12:00", BST),
        "Hi, please cancel the monthly plan for O'Donnell Electric. I've set the reply-to to my work address.\n\nKevin\n",
        headers={"Reply-To": "kevin.odonnell@odonnellelectric.ie"})],
        "need_info", rules=["C2"],
        spec="Section 8: the sender is the From address; Reply-To never verifies anyone -> kodonnell.home@outlook.com is not on record: C2 need_info")

    proj("Harbor Street Deli Website", "owner@harborstreetdeli.com", None)
    case("l32-other-brand-customer", "leadsoptima", [mail(
        "Harbor Street Deli <owner@harborstreetdeli.com>", LO, "Cancel my website project",
        when("2025-09-25 09:00", EDT),
        "Hi, please cancel the website project and send back the deposit. We've decided to wait until spring.\n\nGus\n")],
        "need_info", rules=["C2"],
        spec="Section 8 'The other brand's customer': C1 picks LeadsOptima, the sender is not in its ledger -> unknown sender, need_info with C2")


    cust("dan.kowalski@kowalskidetailing.com", "Dan Kowalski", "monthly", "2025-09-27", "2025-10-26")
    lopay("epay_401", "LO-INV-73401", "dan.kowalski@kowalskidetailing.com", "monthly", "1999.00", "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
    lopay("epay_402", "LO-INV-73402", "dan.kowalski@kowalskidetailing.com", "monthly", "1999.00", "2025-09-27T10:03:00", "2025-09-27", "2025-10-26")
    case("l33-not-unused-days-but-dup", "leadsoptima", [mail(
        "Dan Kowalski <dan.kowalski@kowalskidetailing.com>", LO, "Not asking for unused days - just the double charge",
        when("2025-09-29 07:45", EDT),
        "Hi,\n\nBefore anyone quotes the policy at me: I know you don't refund unused days and I'm not asking for that. "
        "What I want back is the second charge from the 27th - you billed me twice for the same month. The extra one is LO-INV-73402.\n\n"
        "Dan Kowalski\nKowalski Mobile Detailing\n")],
        "decided", [D("refund", "approve", "1999.00")],
        spec="The negated part ('not asking for' unused days) adds nothing; the real request is L2 duplicate: pair 2025-09-27, request 2025-09-29 17:15 IST day 2 -> L4 approve 1999.00")

    cust("office@greenleafpediatrics.com", "Greenleaf Pediatrics", "quarterly", "2025-08-20", "2025-11-19")
    lopay("epay_411", "LO-INV-73411", "office@greenleafpediatrics.com", "quarterly", "3999.00", "2025-08-20T10:00:00", "2025-08-20", "2025-11-19")
    case("l34-outlook-html-cancel", "leadsoptima", [mail(
        "Greenleaf Pediatrics Office <office@greenleafpediatrics.com>", LO, "Cancellation - Greenleaf Pediatrics",
        when("2025-09-26 14:20", EDT),
        html="<html><head><style>p.MsoNormal{margin:0in;font-family:Calibri}</style></head><body lang=EN-US>"
             "<div class=WordSection1><p class=MsoNormal>Good afternoon,</p><p class=MsoNormal>&nbsp;</p>"
             "<p class=MsoNormal>Please cancel our LeadsOptima subscription effective at the end of the current quarter. "
             "Our practice was acquired by a hospital network and marketing is now handled centrally.</p><p class=MsoNormal>&nbsp;</p>"
             "<p class=MsoNormal>Thank you,</p><p class=MsoNormal><b>Tricia Lane</b><br>Practice Administrator | Greenleaf Pediatrics</p>"
             "<p class=MsoNormal><span style='font-size:8pt;color:gray'>CONFIDENTIALITY NOTICE: This message may contain protected health "
             "information. If you are not the intended recipient, please delete it.</span></p></div></body></html>")],
        "decided", [D("cancellation", "cancel", effective_date="2025-11-19")],
        spec="HTML-only Outlook mail; cancellation -> L8 cancel, effective current_period_end 2025-11-19")

    # ================================================================ Optima WebDesign
    proj("Coastline Kayak Tours Site", "hello@coastlinekayak.com", None)
    owpay("epay_501", "OWD-2025-901", "Coastline Kayak Tours Site", "deposit", "30000.00", "2025-09-28T09:00:00", "5400.00")
    case("o01-deposit-pdt-71h", "optima_webdesign", [mail(
        "Coastline Kayak Tours <hello@coastlinekayak.com>", OWD, "Refund Request — Coastline Kayak Tours Site / OWD-2025-901",
        when("2025-09-30 20:00", PDT),
        "Hi Optima team,\n\nWe paid the booking deposit for the Coastline Kayak Tours Site on Saturday (OWD-2025-901). "
        "Our investor pulled out this afternoon so we have to put the whole project on ice. Nothing has been started yet per your PM. "
        "Please refund the deposit.\n\nBest,\nJenna Park\nCoastline Kayak Tours, Santa Cruz CA\n")],
        "decided", [D("refund", "approve", "30000.00")], extra_ok=True,
        spec="O2: paid 2025-09-28 09:00 IST; request 2025-09-30 20:00 PDT = 2025-10-01 08:30 IST = 71h30m < 72h, no work -> approve 30000.00 (tax 5400.00 kept, C6) (the customer also calls this work off, so a cancellation decision alongside is allowed)")

    proj("Ashford Dental Rebuild", "practice@ashforddental.co.uk", None)
    owpay("epay_511", "OWD-2025-911", "Ashford Dental Rebuild", "deposit", "20000.00", "2025-09-24T10:00:00", "3600.00")
    case("o02-deposit-73h", "optima_webdesign", [mail(
        "Ashford Dental <practice@ashforddental.co.uk>", OWD, "Deposit refund - Ashford Dental Rebuild",
        when("2025-09-27 06:30", BST),
        "Dear Optima,\n\nFurther to our call, the partners have decided not to proceed with the Ashford Dental Rebuild: the practice is being sold and the buyer has their own group website. "
        "We'd like the deposit on OWD-2025-911 refunded, please.\n\nKind regards,\nClaire Bennett\nPractice Manager\n")],
        "decided", [D("refund", "deny")], extra_ok=True,
        spec="O2: paid 2025-09-24 10:00 IST; request 2025-09-27 06:30 BST = 11:00 IST = 73h after payment -> deny (the customer also calls this work off, so a cancellation decision alongside is allowed)")

    proj("Thornbury Gin Brand Sprint", "studio@thornburygin.co.uk", "2025-09-19T14:00:00")
    owpay("epay_521", "OWD-2025-921", "Thornbury Gin Brand Sprint", "discovery", "18000.00", "2025-09-17T10:00:00", "3240.00")
    case("o03-discovery-workshop-done", "optima_webdesign", [mail(
        "Thornbury Gin <studio@thornburygin.co.uk>", OWD, "Thornbury Gin Brand Sprint - refund of discovery fee",
        when("2025-09-24 11:00", BST),
        "Hello,\n\nWe attended the first brand workshop on the 19th and, frankly, it wasn't what we'd hoped - rather generic. "
        "We'd like the discovery fee (OWD-2025-921) back and will not be continuing.\n\nRegards,\nRupert Ames\nThornbury Gin Co.\n")],
        "decided", [D("refund", "deny")], extra_ok=True,
        spec="O1: discovery session started 2025-09-19, before the request -> deny (the customer also calls this work off, so a cancellation decision alongside is allowed)")

    proj("Kestrel Outdoor Store", "ops@kestreloutdoor.com", "2025-08-01T10:00:00")
    owpay("epay_531", "OWD-2025-931", "Kestrel Outdoor Store", "milestone", "55000.00", "2025-09-10T10:00:00", "9900.00", milestone_status="not_started")
    case("o04-milestone-not-started", "optima_webdesign", [mail(
        "Kestrel Outdoor Ops <ops@kestreloutdoor.com>", OWD, "Kestrel Outdoor Store - drop Milestone 3",
        when("2025-09-23 09:30", EDT),
        "Hi team,\n\nWe're dropping the loyalty-program integration (Milestone 3, invoice OWD-2025-931) - corporate has signed with "
        "a loyalty vendor that includes its own storefront plugin. My understanding is work on it hasn't started. Please refund that milestone.\n\n"
        "Thanks,\nAaron Pike\nDigital Ops, Kestrel Outdoor\n")],
        "decided", [D("refund", "approve", "55000.00")], extra_ok=True,
        spec="O3: milestone not_started -> approve its amount 55000.00 (before tax) (the customer also calls this work off, so a cancellation decision alongside is allowed)")

    proj("Lumen Yoga App Landing", "founder@lumenyoga.app", "2025-07-15T10:00:00")
    owpay("epay_541", "OWD-2025-941", "Lumen Yoga App Landing", "milestone", "25000.00", "2025-08-20T10:00:00", "4500.00", milestone_status="completed")
    case("o05-milestone-completed", "optima_webdesign", [mail(
        "Ava Lindqvist <founder@lumenyoga.app>", OWD, "Landing page milestone - want refund",
        when("2025-09-25 18:00", BST),
        "Hi,\n\nThe landing page for Lumen Yoga App Landing (OWD-2025-941) is live but conversion is awful - 0.4%. "
        "I'd like a refund for that milestone, it clearly isn't doing its job.\n\nAva\n")],
        "decided", [D("refund", "deny")],
        spec="O3/O6: milestone completed -> deny (completed deliverables are non-refundable)")

    proj("Granite Peak Hosting", "it@granitepeakcpa.com", "2025-09-15T10:00:00")
    owpay("epay_551", "OWD-2025-951", "Granite Peak Hosting", "hosting_annual", "14400.00", "2025-09-18T10:00:00", "2592.00",
          setup_fee="1500.00", service_start="2025-09-20")
    case("o06-hosting-refund-and-cancel", "optima_webdesign", [mail(
        "Granite Peak CPA IT <it@granitepeakcpa.com>", OWD, "Refund Request — Granite Peak Hosting / OWD-2025-951",
        when("2025-09-29 10:00", EDT),
        "Hello,\n\nOur parent firm mandates Azure hosting for all member practices, so we have to cancel Granite Peak Hosting "
        "(annual plan, OWD-2025-951) and request the prorated refund under your 14-day clause.\n\n"
        "Regards,\nMaya Collins\nIT Coordinator, Granite Peak CPA\n")],
        "decided", [D("refund", "approve", "11825.00")], extra_ok=True,
        spec="O5: service_start 2025-09-20, request 2025-09-29 19:30 IST day 9 <= 14; monthly_value (14400.00-1500.00)/12 = 1075.00; refund 14400.00-1500.00-1075.00 = 11825.00; the cancellation part may be decided alongside")

    proj("Willow Creek Hosting", "admin@willowcreekvets.com", "2025-09-10T10:00:00")
    owpay("epay_561", "OWD-2025-961", "Willow Creek Hosting", "hosting_annual", "11111.00", "2025-09-12T10:00:00", "2000.00",
          setup_fee="1111.00", service_start="2025-09-16")
    case("o07-hosting-day14-rounding", "optima_webdesign", [mail(
        "Willow Creek Vets <admin@willowcreekvets.com>", OWD, "Hosting refund - Willow Creek Hosting",
        when("2025-09-30 21:00"),
        "Hi,\n\nWe need to cancel Willow Creek Hosting (invoice OWD-2025-961) - the clinic group we joined already hosts all sites. "
        "Today is day 14 since it started, so please refund per the policy.\n\nThanks\nDr. Sam Ortiz\n")],
        "decided", [D("refund", "approve", "9166.67")], extra_ok=True,
        spec="O5: service_start 2025-09-16, request 2025-09-30 = day 14 (inside); monthly_value = (11111.00-1111.00)/12 = 833.333...; refund = 11111.00-1111.00-833.333... = 9166.666... -> rounded once, half-up: 9166.67 (C6)")

    proj("Bramble Cafe Maintenance", "bramblecafe@outlook.com", "2025-09-15T10:00:00")
    owpay("epay_571", "OWD-2025-971", "Bramble Cafe Maintenance", "maintenance_annual", "9600.00", "2025-09-14T10:00:00", "1728.00",
          setup_fee="0.00", service_start="2025-09-15")
    case("o08-maintenance-day15", "optima_webdesign", [mail(
        "Bramble Cafe <bramblecafe@outlook.com>", OWD, "Maintenance plan refund",
        when("2025-09-30 11:00"),
        "Hi there,\n\nCould we get a refund on the Bramble Cafe Maintenance annual plan (OWD-2025-971)? My nephew is going to look after the site now.\n\n"
        "Cheers, Hannah\n")],
        "decided", [D("refund", "deny")], extra_ok=True,
        spec="O5: service_start 2025-09-15, request 2025-09-30 = day 15 > 14 -> deny")

    proj("Northwind Freight Care", "webops@northwindfreight.com", "2025-09-01T10:00:00")
    owpay("epay_581", "OWD-2025-981", "Northwind Freight Care", "maintenance_annual", "24000.00", "2025-09-26T10:00:00", "4320.00",
          setup_fee="2400.00", service_start="2025-10-05")
    case("o09-maintenance-before-start", "optima_webdesign", [mail(
        "Northwind Freight Web Ops <webops@northwindfreight.com>", OWD, "Refund Request — Northwind Freight Care / OWD-2025-981",
        when("2025-09-28 14:00", EDT),
        "Hello,\n\nProcurement approved the Northwind Freight Care maintenance plan (OWD-2025-981) by mistake - we already have a support "
        "contract with our platform vendor. The plan doesn't even start until October 5. Please cancel and refund.\n\nBest,\nLiam Foster\n")],
        "decided", [D("refund", "approve", "19800.00")], extra_ok=True,
        spec="O5 + section 8: request before service_start -> consumed_months = 1; monthly_value (24000.00-2400.00)/12 = 1800.00; refund 24000.00-2400.00-1800.00 = 19800.00")

    proj("Sterling Realty SEO", "marketing@sterlingrealty.com", "2025-05-01T10:00:00")
    owpay("epay_591", "OWD-2025-991", "Sterling Realty SEO", "retainer", "20000.00", "2025-09-08T10:00:00", "3600.00",
          next_billing_at="2025-10-08T00:00:00", period_start="2025-09-08", period_end="2025-10-07")
    case("o10-retainer-exactly-7", "optima_webdesign", [mail(
        "Sterling Realty Marketing <marketing@sterlingrealty.com>", OWD, "Sterling Realty SEO retainer - notice of cancellation",
        when("2025-10-01 09:30"),
        "Hi,\n\nPlease treat this as our notice to end the Sterling Realty SEO retainer (latest invoice OWD-2025-991). "
        "We're consolidating all marketing under our new brokerage's agency.\n\nThanks,\nRita Gomez\n")],
        "decided", [D("cancellation", "cancel", effective_date="2025-10-07")],
        spec="O4: next_billing_at 2025-10-08; request 2025-10-01 = 2025-10-08 minus 7 days -> on time (section 1: on or before) -> cancel effective 2025-10-07")

    proj("Pinecrest Clinic Social", "comms@pinecrestclinic.org", "2025-04-06T10:00:00")
    owpay("epay_601", "OWD-2025-1001", "Pinecrest Clinic Social", "retainer", "16000.00", "2025-09-06T10:00:00", "2880.00",
          next_billing_at="2025-10-06T00:00:00", period_start="2025-09-06", period_end="2025-10-05")
    case("o11-retainer-6-days", "optima_webdesign", [mail(
        "Pinecrest Clinic Comms <comms@pinecrestclinic.org>", OWD, "End social media retainer",
        when("2025-09-30 12:00"),
        "Hello Optima,\n\nWe'd like to end the Pinecrest Clinic Social retainer (OWD-2025-1001). The board has frozen all outsourced marketing spend.\n\n"
        "Regards,\nGrace Tan\nCommunications Lead\n")],
        "decided", [D("cancellation", "cancel", effective_date="2025-11-05")],
        spec="O4: next_billing_at 2025-10-06, deadline 2025-09-29; request 2025-09-30 is 6 days before -> next cycle 2025-10-06..2025-11-05 is billed; effective_date 2025-11-05")

    proj("Redwood Vineyards Content", "admin@redwoodvineyards.com", "2025-03-04T10:00:00")
    owpay("epay_611", "OWD-2025-1011", "Redwood Vineyards Content", "retainer", "18000.00", "2025-09-04T10:00:00", "3240.00",
          next_billing_at="2025-10-04T00:00:00", period_start="2025-09-04", period_end="2025-10-03")
    case("o12-retainer-tz-late", "optima_webdesign", [mail(
        "Redwood Vineyards <admin@redwoodvineyards.com>", OWD, "Cancel content retainer - 7 days notice",
        when("2025-09-27 22:00", EDT),
        "Hi,\n\nGiving you our 7 days' notice today (Sept 27) to cancel the Redwood Vineyards Content retainer, invoice OWD-2025-1011. "
        "Harvest season is over and we've hired an in-house content writer. Please confirm we won't be billed on Oct 4.\n\nThanks,\nOffice Administrator\nRedwood Vineyards\n")],
        "decided", [D("cancellation", "cancel", effective_date="2025-11-03")],
        spec="Section 1: dates in the brand's zone: 2025-09-27 22:00 EDT = 2025-09-28 07:30 IST; next_billing_at 2025-10-04, deadline 2025-09-27 -> late by one day -> next cycle 2025-10-04..2025-11-03 billed; effective 2025-11-03")

    proj("Maple & Oak Furniture Site", "info@mapleoakfurniture.ca", "2025-08-20T10:00:00")
    owpay("epay_621", "OWD-2025-1021", "Maple & Oak Furniture Site", "setup", "7500.00", "2025-09-22T10:00:00", "1350.00")
    case("o13-setup-fee", "optima_webdesign", [mail(
        "Maple & Oak Furniture <info@mapleoakfurniture.ca>", OWD, "Setup fee refund - Maple & Oak Furniture Site",
        when("2025-09-24 10:00", EDT),
        "Hello,\n\nWe were charged a setup/activation fee (OWD-2025-1021) on the Maple & Oak Furniture Site, but your sales rep told us "
        "setup was included. Please refund it.\n\nSincerely,\nÉtienne Roy\n")],
        "decided", [D("refund", "deny")],
        spec="O6: setup/activation fees are never refundable -> deny (a claimed sales promise is for staff, not the rule)")

    proj("Summit Physio Booking", "tech@summitphysio.com.au", "2025-07-01T10:00:00")
    owpay("epay_631", "OWD-2025-1031", "Summit Physio Booking", "change_request", "12500.00", "2025-09-20T10:00:00", "2250.00")
    case("o14-change-request", "optima_webdesign", [mail(
        "Summit Physio Tech <tech@summitphysio.com.au>", OWD, "Refund for change request OWD-2025-1031",
        when("2025-09-26 09:00", AEST),
        "Hi,\n\nWe asked for the extra multi-clinic calendar (change request on Summit Physio Booking, OWD-2025-1031) but management has "
        "now scrapped the second clinic. Can we have the change request fee refunded?\n\nCheers,\nJosh Whitfield\n")],
        "decided", [D("refund", "deny")],
        spec="O6: change requests outside the original scope are never refundable -> deny")

    proj("Ironbridge Brewing Shop", "shop@ironbridgebrewing.com", "2025-08-01T10:00:00")
    owpay("epay_641", "OWD-2025-1041", "Ironbridge Brewing Shop", "third_party", "6800.00", "2025-09-27T10:00:00", "1224.00")
    case("o15-premium-plugin", "optima_webdesign", [mail(
        "Ironbridge Brewing <shop@ironbridgebrewing.com>", OWD, "Plugin licence refund",
        when("2025-09-28 10:00", BST),
        "Hi,\n\nYou bought a premium subscriptions plugin licence for the Ironbridge Brewing Shop (OWD-2025-1041) but we've decided not "
        "to sell subscriptions after all. Only bought yesterday - can we get that back?\n\nTa,\nOwen\n")],
        "decided", [D("refund", "deny")],
        spec="O6: third_party (premium plugin licence) is never refundable -> deny")

    proj("Bluebird Boutique Store", "bluebirdboutique.owner@gmail.com", None)
    owpay("epay_651", "OWD-2025-1051", "Bluebird Boutique Store", "deposit", "15000.00", "2025-09-29T10:00:00", "2700.00")
    case("o16-agency-on-behalf", "optima_webdesign", [mail(
        "Ritu Kaul <ritu@pixelforgeagency.com>", OWD, "Refund on behalf of our client - Bluebird Boutique Store",
        when("2025-09-30 11:00"),
        "Hi Optima team,\n\nWe're the marketing agency for Bluebird Boutique. Our client has decided to build on Shopify with us instead, "
        "so please refund the deposit OWD-2025-1051 for the Bluebird Boutique Store project. The client's contract email is "
        "bluebirdboutique.owner@gmail.com.\n\nBest,\nRitu Kaul\nAccount Director, PixelForge Agency\n")],
        "need_info", rules=["C2"],
        spec="C2 (Optima, explicit): an agency writes for the client; the contract email bluebirdboutique.owner@gmail.com is not the sender -> need_info asking for the request from the contract email")

    proj("Harborview Marina Retainer", "office@harborviewmarina.com", "2025-02-01T10:00:00")
    owpay("epay_661", "OWD-2025-1061", "Harborview Marina Retainer", "retainer", "14000.00", "2025-09-20T10:00:00", "2520.00",
          next_billing_at="2025-10-20T00:00:00", period_start="2025-09-20", period_end="2025-10-19")
    case("o17-thread-project-invoice", "optima_webdesign", [
        mail("Harborview Marina <office@harborviewmarina.com>", OWD, "Cancel our monthly plan", when("2025-09-23 10:00", EDT),
             "Hi, we need to cancel our monthly website plan with you. The marina has been sold and the new owners have their own web team.\n\nPaula\n"),
        mail("Harborview Marina <office@harborviewmarina.com>", OWD, "Re: Cancel our monthly plan", when("2025-09-24 09:15", EDT),
             "Sorry - it's the Harborview Marina Retainer, last invoice OWD-2025-1061.\n\nPaula\n\n"
             "> Please tell us the project name and the invoice / payment reference.\n")],
        "decided", [D("cancellation", "cancel", effective_date="2025-10-19")],
        spec="C3 thread: project and invoice asked, answered; O4 next_billing_at 2025-10-20, request (first email) 2025-09-23 19:30 IST <= 2025-10-13 -> cancel effective 2025-10-19")

    proj("Vantage Motors Portal", "gm@vantagemotors.com", "2025-06-01T10:00:00")
    owpay("epay_671", "OWD-2025-1071", "Vantage Motors Portal", "milestone", "60000.00", "2025-09-15T10:00:00", "10800.00", milestone_status="not_started")
    case("o18-attorney", "optima_webdesign", [mail(
        "Vantage Motors GM <gm@vantagemotors.com>", OWD, "Vantage Motors Portal - milestone 4 refund",
        when("2025-09-26 15:00", EDT),
        "Refund milestone 4 (OWD-2025-1071) for the Vantage Motors Portal - nothing has been started and we're ending the relationship. "
        "I've cc'd our attorney; if this isn't resolved this week we will pursue it.\n\nBrad Keller\nGeneral Manager\n",
        headers={"Cc": "Dana Whitlock <dwhitlock@whitlocklegal.com>"})],
        "decided", [D("refund", "escalate")], rules=["C4"], extra_ok=True,
        spec="C4: an attorney involved / threat -> escalate, although the milestone is not_started and O3 alone would approve (the customer also calls this work off, so a cancellation decision alongside is allowed)")

    proj("Cobalt Coworking Site", "finance@cobaltcowork.com", None)
    owpay("epay_681", "OWD-2025-1081", "Cobalt Coworking Site", "deposit", "22000.00", "2025-09-29T10:00:00", "3960.00", status="refunded")
    case("o19-already-refunded", "optima_webdesign", [mail(
        "Cobalt Coworking Finance <finance@cobaltcowork.com>", OWD, "Deposit refund - Cobalt Coworking Site",
        when("2025-09-30 10:00"),
        "Hello,\n\nFollowing our decision to go with an in-house developer, please refund the deposit for Cobalt Coworking Site, invoice OWD-2025-1081.\n\n"
        "Regards,\nFinance, Cobalt Coworking\n")],
        "decided", [D("refund", "escalate")], extra_ok=True,
        spec="Section 8: a payment not `paid` (status refunded) -> refund escalate, never approve (the customer also calls this work off, so a cancellation decision alongside is allowed)")

    proj("Fernhill Design Work", "studio@fernhillhomes.com", "2025-06-01T10:00:00")
    proj("Fernhill Care Retainer", "studio@fernhillhomes.com", "2025-06-01T10:00:00")
    owpay("epay_691", "OWD-2025-1091", "Fernhill Design Work", "milestone", "40000.00", "2025-08-01T10:00:00", "7200.00", milestone_status="approved")
    owpay("epay_692", "OWD-2025-1092", "Fernhill Care Retainer", "retainer", "9000.00", "2025-09-15T10:00:00", "1620.00",
          next_billing_at="2025-10-15T00:00:00", period_start="2025-09-15", period_end="2025-10-14")
    case("o20-no-money-back-just-cancel", "optima_webdesign", [mail(
        "Fernhill Homes Studio <studio@fernhillhomes.com>", OWD, "Fernhill Care Retainer - cancellation",
        when("2025-09-25 12:00", BST),
        "Hi all,\n\nTo be clear, we are NOT after any money back for the design work - it turned out beautifully. "
        "But please cancel the Fernhill Care Retainer (OWD-2025-1092): we're bringing maintenance in-house now that we've hired a developer.\n\n"
        "Warmly,\nIsla Fern\nFernhill Homes\n")],
        "decided", [D("cancellation", "cancel", effective_date="2025-10-14")],
        spec="Section 8 negation: 'NOT after any money back' adds no refund; O4 next_billing_at 2025-10-15, request 2025-09-25 <= 2025-10-08 -> cancel effective 2025-10-14")

    case("o21-hypothetical-prospect", "optima_webdesign", [mail(
        "Nate Brooks <nate@brooksbarbershop.com>", OWD, "Question about your deposit policy",
        when("2025-09-24 13:00", EDT),
        "Hi,\n\nThinking about hiring you for a new site for my barbershop. If we pay the deposit and then have to pause "
        "for a few weeks, would the deposit be refundable? Just want to know before I sign.\n\nNate\n")],
        "other",
        spec="Section 8: hypothetical before buying -> policy question -> other")

    proj("Quarry Lane Pottery Site", "hello@quarrylanepottery.com", "2025-08-01T10:00:00")
    case("o22-customer-ooo", "optima_webdesign", [mail(
        "Quarry Lane Pottery <hello@quarrylanepottery.com>", OWD, "Automatic reply: Invoice OWD-2025-1101 for Quarry Lane Pottery Site",
        when("2025-09-25 08:00", BST),
        "Thanks for your email. The studio is closed for kiln maintenance until 6 October. For urgent orders call 01632 960123.\n",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All", "Precedence": "junk"})],
        "ignore", rules=["C7"],
        spec="C7: Auto-Submitted: auto-replied, Precedence: junk (Outlook out-of-office) -> ignore")

    case("o23-own-address", "optima_webdesign", [mail(
        "Optima WebDesign Billing <billing@optimawebdesign.com>", OWD, "Refund processed - OWD-2025-0777",
        when("2025-09-26 10:00"),
        "Internal: refund for OWD-2025-0777 has been processed to the original payment method. Please cancel the retainer in the tracker.\n")],
        "ignore", rules=["C7"],
        spec="C7: mail from the brand's own address (billing@optimawebdesign.com) -> ignore")

    proj("Saffron Table Catering Site", "orders@saffrontable.com", None)
    owpay("epay_721", "OWD-2025-1121", "Saffron Table Catering Site", "deposit", "12000.00", "2025-09-29T12:00:00", "2160.00")
    case("o24-please-see-below", "optima_webdesign", [mail(
        "Saffron Table <orders@saffrontable.com>", OWD, "Refund Request — Saffron Table Catering Site / OWD-2025-1121",
        when("2025-09-30 09:00"),
        "Hi,\n\nPlease process the refund for the above. Details below for your reference.\n\nProject: Saffron Table Catering Site\n"
        "Invoice: OWD-2025-1121\nContract email: orders@saffrontable.com\n\nThanks & regards,\nNeeraj Bhatia\nSaffron Table Catering\n")],
        "need_info", missing=["reason"],
        spec="Section 8: 'please process the refund', 'details below' and the signature are not a reason; Optima requires one -> need_info [reason]")

    proj("Tidewater Surf Co Discovery", "crew@tidewatersurf.com.au", None)
    owpay("epay_731", "OWD-2025-1131", "Tidewater Surf Co Discovery", "discovery", "9500.00", "2025-09-25T10:00:00", "1710.00")
    case("o25-discovery-not-started-au", "optima_webdesign", [mail(
        "Tidewater Surf Co <crew@tidewatersurf.com.au>", OWD, "Discovery fee back please - Tidewater Surf Co Discovery",
        when("2025-09-29 08:00", AEST),
        "Hey team,\n\nWe booked the discovery package (OWD-2025-1131) for Tidewater Surf Co Discovery but the shop flooded in last week's storm "
        "and we're shut for a couple of months. We haven't had a session yet - can we get the full fee back?\n\nCheers,\nMick\n")],
        "decided", [D("refund", "approve", "9500.00")],
        spec="O1: discovery, work_started_at empty (no session) -> refundable in full: approve 9500.00 (before tax)")

    proj("Anand Sweets Online", "anand.sweets@anandsweets.co.in", None)
    owpay("epay_741", "OWD-2025-1141", "Anand Sweets Online", "deposit", "8499.00", "2025-09-29T18:00:00", "1529.82")
    case("o26-rupee-total-with-gst", "optima_webdesign", [mail(
        "Anand Sweets <anand.sweets@anandsweets.co.in>", OWD, "Refund of advance Rs. 10,028.82 - Anand Sweets Online",
        when("2025-09-30 16:45"),
        "Respected Sir/Madam,\n\nWe had paid advance of Rs. 10,028.82 (Rupees Ten Thousand Twenty Eight and Eighty Two Paise only) "
        "yesterday evening against invoice OWD-2025-1141 for Anand Sweets Online. Due to sudden demise in the family the owner has "
        "decided to postpone all new work. Kindly refund the full amount.\n\nThanking you,\nFor Anand Sweets\nS. Anand\n")],
        "decided", [D("refund", "approve", "8499.00")], extra_ok=True,
        spec="O2: deposit paid 2025-09-29 18:00, request 2025-09-30 16:45 = 22h45m, no work -> approve the amount before tax 8499.00; the GST 1529.82 in the customer's Rs. 10,028.82 is not refunded (C6; the ledger over the email) (the customer also calls this work off, so a cancellation decision alongside is allowed)")

    case("o27-dsn-report", "optima_webdesign", [mail(
        "postmaster@outlook.com", OWD, "Undeliverable: Refund Request — Bluebird Boutique Store",
        when("2025-09-30 11:02"),
        "Delivery has failed to these recipients or groups:\n\nclient-old@bluebirdboutique.com\n"
        "The email address you entered couldn't be found.\n",
        headers={"Auto-Submitted": "auto-replied"})],
        "ignore", rules=["C7"],
        spec="C7: postmaster sender and Auto-Submitted (non-delivery report) -> ignore")

    proj("Crescent Hotel Group Site", "it@crescenthotels.com", "2025-05-01T10:00:00")
    owpay("epay_761", "OWD-2025-1161", "Crescent Hotel Group Site", "retainer", "25000.00", "2025-09-01T10:00:00", "4500.00",
          next_billing_at="2025-10-01T00:00:00", period_start="2025-09-01", period_end="2025-09-30")
    case("o28-how-to-add-user", "optima_webdesign", [mail(
        "Crescent Hotels IT <it@crescenthotels.com>", OWD, "Adding a new editor to the CMS",
        when("2025-09-26 11:30"),
        "Hi,\n\nHow do I add our new marketing coordinator as an editor on the Crescent Hotel Group Site? I can't find the "
        "user settings. Also, is the retainer invoice for October going out on the 1st as usual?\n\nThanks,\nDavid\n")],
        "other",
        spec="How-to question and a billing-date question: neither refund nor cancellation -> other")

    proj("Hollis & Reed Brand Discovery", "partners@hollisreed.co.uk", "2025-09-22T11:00:00")
    owpay("epay_771", "OWD-2025-1171", "Hollis & Reed Brand Discovery", "discovery", "16000.00", "2025-09-18T10:00:00", "2880.00")
    case("o29-thread-reason", "optima_webdesign", [
        mail("Hollis & Reed <partners@hollisreed.co.uk>", OWD, "Refund Request — Hollis & Reed Brand Discovery / OWD-2025-1171",
             when("2025-09-24 09:00", BST), "Hello,\n\nPlease refund the discovery fee, invoice OWD-2025-1171.\n\nKind regards,\nJames Reed\nHollis & Reed\n"),
        mail("Hollis & Reed <partners@hollisreed.co.uk>", OWD, "Re: Refund Request — Hollis & Reed Brand Discovery / OWD-2025-1171",
             when("2025-09-25 10:30", BST),
             "Of course. The reason is that we've decided to merge with another practice, so a separate brand no longer makes sense.\n\n"
             "James\n\n> Could you tell us the reason for the refund request?\n")],
        "decided", [D("refund", "deny")], extra_ok=True,
        spec="C3 thread: reason asked and answered; O1: work started 2025-09-22 11:00, before the request (first email 2025-09-24 13:30 IST) -> deny (the customer also calls this work off, so a cancellation decision alongside is allowed)")

    proj("Ellery Books Webshop", "shop@ellerybooks.co.uk", None)
    owpay("epay_781", "OWD-2025-1181", "Ellery Books Webshop", "deposit", "14000.00", "2025-09-29T10:00:00", "2520.00")
    case("o30-statutory-rights", "optima_webdesign", [mail(
        "Ellery Books <shop@ellerybooks.co.uk>", OWD, "Ellery Books Webshop deposit",
        when("2025-09-30 08:00", BST),
        "Dear Optima,\n\nWe have decided not to proceed with the Ellery Books Webshop as the shop lease was not renewed. "
        "Please refund the deposit (OWD-2025-1181). I'd remind you that my statutory rights under the Consumer Rights Act 2015 are not affected by your terms.\n\n"
        "Yours faithfully,\nMargaret Ellery\n")],
        "decided", [D("refund", "escalate")], rules=["C4"], extra_ok=True,
        spec="C4: a mention of statutory rights -> escalate, although O2 alone (deposit, 26h30m after payment, no work) would approve (the customer also calls this work off, so a cancellation decision alongside is allowed)")

    write_all()


if __name__ == "__main__":
    build()
