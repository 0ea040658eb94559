import json
import os
import shutil
import email.utils
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage

HERE = os.path.dirname(os.path.abspath(__file__))
IST = timezone(timedelta(hours=5, minutes=30))
LO_TO = "LeadsOptima Support <support@leadsoptima.com>"
OW_TO = "Optima WebDesign <optimawebdesigns12@gmail.com>"
LOB, OWB = "leadsoptima", "optima_webdesign"
PRICE = {"monthly": ("1499.00", "269.82"), "quarterly": ("3999.00", "719.82"), "annual": ("11988.00", "2157.84")}
LEDGER = {"customers": [], "projects": [], "payments": []}
CASES = []
FILES = {}


def C(email, name, plan, start=None, end=None, status="active", trial=None):
    LEDGER["customers"].append({"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
                                "trial_ends": trial, "current_period_start": start, "current_period_end": end})


def P(pid, inv, email, plan, paid_at, ps, pe, status="paid"):
    amount, tax = PRICE[plan]
    LEDGER["payments"].append({"brand": LOB, "id": pid, "invoice": inv, "customer_email": email,
                               "kind": "subscription", "plan": plan, "amount": amount, "tax": tax,
                               "currency": "INR", "paid_at": paid_at, "period_start": ps, "period_end": pe,
                               "status": status})


def J(name, contract, started=None):
    LEDGER["projects"].append({"brand": OWB, "name": name, "contract_email": contract, "work_started_at": started})


def W(pid, inv, project, kind, amount, tax, paid_at, **kw):
    rec = {"brand": OWB, "id": pid, "invoice": inv, "project": project, "kind": kind, "amount": amount,
           "tax": tax, "currency": "INR", "paid_at": paid_at, "status": "paid", "setup_fee": None,
           "service_start": None, "next_billing_at": None, "period_start": None, "period_end": None,
           "milestone_status": None}
    rec.update(kw)
    LEDGER["payments"].append(rec)


def when(ist, off="+05:30"):
    """A Date: header for the IST moment `ist`, written in the sender's own offset."""
    dt = datetime.strptime(ist, "%Y-%m-%d %H:%M").replace(tzinfo=IST)
    sign = 1 if off[0] == "+" else -1
    h, m = off[1:].split(":")
    return email.utils.format_datetime(dt.astimezone(timezone(sign * timedelta(hours=int(h), minutes=int(m)))))


def M(fname, frm, to, subject, body, ist, off="+05:30", html=None, headers=None, reply=None, cc=None):
    """Build one email; `reply` is the file name of the message it answers (threads)."""
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = when(ist, off)
    dom = email.utils.parseaddr(frm)[1].split("@")[-1] or "localhost"
    mid = "<%s.%s@%s>" % (fname.replace(".eml", ""), ist.replace(" ", "T").replace(":", ""), dom)
    msg["Message-ID"] = mid
    if reply:
        parent = FILES[reply]
        msg["In-Reply-To"] = parent["mid"]
        msg["References"] = " ".join(parent["refs"] + [parent["mid"]])
        refs = parent["refs"] + [parent["mid"]]
    else:
        refs = []
    for k, v in (headers or {}).items():
        msg[k] = v
    if body is not None:
        msg.set_content(body)
        if html:
            msg.add_alternative(html, subtype="html")
    else:
        msg.set_content(html, subtype="html")
    FILES[fname] = {"mid": mid, "refs": refs, "msg": msg}
    return "emails/" + fname


def case(cid, brand, status, files, spec, decisions=(), rules=(), missing=None, extra_ok=False, ambiguous=None):
    c = {"id": "%s-%s" % (LANG, cid), "lang": LANG, "files": list(files), "brand": brand, "status": status,
         "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    c["decisions"] = [dict(d) for d in decisions]
    if extra_ok:
        c["extra_ok"] = True
    if ambiguous:
        c["ambiguous"] = ambiguous
    c["spec"] = spec
    CASES.append(c)


def R(outcome, amount=None):
    return {"intent": "refund", "outcome": outcome, "amount": amount}


def X(outcome="cancel", eff=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if eff:
        d["effective_date"] = eff
    return d


def write_all():
    out = os.path.join(HERE, "emails")
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    for fname in sorted(FILES):
        with open(os.path.join(out, fname), "wb") as fh:
            fh.write(FILES[fname]["msg"].as_bytes(policy=email.policy.SMTP))
    with open(os.path.join(HERE, "ledger.json"), "w", encoding="utf-8") as fh:
        json.dump(LEDGER, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump({"cases": CASES}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("%d cases, %d emails" % (len(CASES), len(FILES)))


import email.policy  # noqa: E402


LANG = "en"

# ---------------- LeadsOptima ----------------
C("dana.whitfield@brightpathhomes.com", "Dana Whitfield", "annual", "2025-09-15", "2026-09-14")
P("en_p0101", "LO-INV-66101", "dana.whitfield@brightpathhomes.com", "annual", "2025-09-15T09:00:00", "2025-09-15", "2026-09-14")
P("en_p0102", "LO-INV-66102", "dana.whitfield@brightpathhomes.com", "annual", "2025-09-15T09:00:20", "2025-09-15", "2026-09-14")
f = M("l01-ohio-late-evening.eml", "Dana Whitfield <dana.whitfield@brightpathhomes.com>", LO_TO, "Charged twice for annual??",
      "Hi there,\n\nJust reconciling our Amex and I see two identical charges from LeadsOptima on Sept 15 for the annual plan. "
      "The second one is LO-INV-66102. Can you reverse that one please? We only have one account.\n\nThanks,\nDana\n"
      "Brightpath Homes | Columbus, OH", "2025-09-22 22:30", "-04:00")
case("l01-ohio-late-evening", LOB, "decided", [f], "Charge 15 Sep IST; mail 22 Sep 13:00 EDT = 22 Sep 22:30 IST, day 7 (inside, L3); pair in ledger: approve 11988.00 (L4).",
     [R("approve", "11988.00")])

C("marcus.obi@peachtreeleads.com", "Marcus Obi", "monthly", "2025-09-10", "2025-10-09")
P("en_p0201", "LO-INV-66111", "marcus.obi@peachtreeleads.com", "monthly", "2025-09-10T10:00:00", "2025-09-10", "2025-10-09")
P("en_p0202", "LO-INV-66112", "marcus.obi@peachtreeleads.com", "monthly", "2025-09-10T10:01:00", "2025-09-10", "2025-10-09")
f = M("l02-exactly-a-week-my-time.eml", "Marcus Obi <marcus.obi@peachtreeleads.com>", LO_TO, "Duplicate charge - still inside 7 days",
      "Hello,\n\nI was double charged on the 10th (invoice LO-INV-66112 is the extra one). It's exactly 7 days today so I'm within "
      "your window. Kindly refund.\n\nMarcus\nPeachtree Leads, Atlanta GA", "2025-09-18 05:30", "-04:00")
case("l02-exactly-a-week-my-time", LOB, "decided", [f], "Mail 17 Sep 20:00 EDT = 18 Sep 05:30 IST: day 8 in the brand zone, outside 7 days: deny (L3, sec. 1).",
     [R("deny")])

C("jen.park@parkdentalgroup.com", "Jen Park", "monthly", "2025-09-01", "2025-09-30")
P("en_p0301", "LO-INV-66121", "jen.park@parkdentalgroup.com", "monthly", "2025-09-01T10:00:00", "2025-09-01", "2025-09-30")
P("en_p0302", "LO-INV-66122", "jen.park@parkdentalgroup.com", "monthly", "2025-09-02T10:00:00", "2025-09-01", "2025-09-30")
P("en_p0303", "LO-INV-66123", "jen.park@parkdentalgroup.com", "monthly", "2025-09-09T10:00:00", "2025-09-01", "2025-09-30")
f = M("l03-three-one-stale.eml", "Jen Park <jen.park@parkdentalgroup.com>", LO_TO, "You've billed us THREE times for September",
      "Our office manager just flagged that we paid for September three times: Sept 1, Sept 2 and again Sept 9 "
      "(LO-INV-66122 and LO-INV-66123 are the extras). Please refund both duplicates.\n\nJen Park, DDS", "2025-09-10 09:00", "-07:00")
case("l03-three-one-stale", LOB, "decided", [f], "Three identical charges, same period: 2 Sep duplicate is day 8 (outside), 9 Sep is day 1: only 1499.00 refunded (sec. 8, L3).",
     [R("approve", "1499.00")])

C("tom.h@harlowcoffee.co.uk", "Tom Harlow", "quarterly", "2025-09-20", "2025-12-19")
P("en_p0401", "LO-INV-66131", "tom.h@harlowcoffee.co.uk", "monthly", "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
P("en_p0402", "LO-INV-66132", "tom.h@harlowcoffee.co.uk", "quarterly", "2025-09-20T10:05:00", "2025-09-20", "2025-12-19")
f = M("l04-two-different-charges.eml", "Tom Harlow <tom.h@harlowcoffee.co.uk>", LO_TO, "charged twice when switching plan",
      "Hiya, I switched from monthly to quarterly on Saturday and your system charged me twice - once for each plan. "
      "The monthly one (LO-INV-66131) shouldn't be there. Cheers, Tom", "2025-09-22 11:00", "+01:00")
case("l04-two-different-charges", LOB, "decided", [f], "'Charged twice' but the two charges differ in amount and period: no identical pair; billing error either way: escalate (L4/L5).",
     [R("escalate")])

C("priya.n@northstarrealty.sg", "Priya Nathan", "monthly", "2025-09-29", "2025-10-28")
P("en_p0501", "LO-INV-66141", "priya.n@northstarrealty.sg", "monthly", "2025-08-29T10:00:00", "2025-08-29", "2025-09-28")
P("en_p0502", "LO-INV-66142", "priya.n@northstarrealty.sg", "monthly", "2025-09-29T10:00:00", "2025-09-29", "2025-10-28")
f = M("l05-renewal-not-dupe.eml", "Priya Nathan <priya.n@northstarrealty.sg>", LO_TO, "Double charged this month",
      "Hi, I see two LeadsOptima charges of INR 1,768.82 on my DBS card within a month, 29 Aug and 29 Sep. That's a double charge, "
      "please refund LO-INV-66142.\n\nBest,\nPriya", "2025-09-30 14:00", "+08:00")
case("l05-renewal-not-dupe", LOB, "decided", [f], "The two charges are for different billing periods (renewals), not a duplicate pair: escalate, never approve (L4).",
     [R("escalate")])

C("kevin@kbrewsolar.com.au", "Kevin Brewster", "monthly", "2025-09-16", "2025-10-15", status="cancelled")
P("en_p0601", "LO-INV-66151", "kevin@kbrewsolar.com.au", "monthly", "2025-09-16T10:00:00", "2025-09-16", "2025-10-15")
f = M("l06-cancelled-still-billed.eml", "Kevin Brewster <kevin@kbrewsolar.com.au>", LO_TO, "Still billing me after I cancelled mate",
      "G'day,\n\nCancelled through Billing > Cancel Plan back in August, got the confirmation email and everything, and you lot still "
      "took $ for September (LO-INV-66151). Sort it out and send it back please.\n\nKev\nKBrew Solar, Brisbane", "2025-09-18 09:00", "+10:00")
case("l06-cancelled-still-billed", LOB, "decided", [f], "Charged after cancellation = billing error (L2), day 2: escalate (L5).", [R("escalate")])

C("ops@cedarandpine.ca", "Cedar & Pine", "quarterly", "2025-09-24", "2025-12-23")
P("en_p0701", "LO-INV-66161", "ops@cedarandpine.ca", "quarterly", "2025-09-24T10:00:00", "2025-09-24", "2025-12-23")
f = M("l07-price-hike.eml", "Cedar & Pine Ops <ops@cedarandpine.ca>", LO_TO, "Invoice LO-INV-66161 - not the price we signed up for",
      "Hello,\n\nOur quarterly renewal came through at a higher figure than the price we were quoted when we signed up in June. Nobody "
      "told us about a price change. Please correct the invoice and refund the difference.\n\nRegards,\nAccounts Payable\nCedar & Pine, Toronto",
      "2025-09-25 20:00", "-04:00")
case("l07-price-hike", LOB, "decided", [f], "Wrong amount charged = billing error (L2), day 1: escalate (L5).", [R("escalate")])

C("liam.murphy@murphyinsure.ie", "Liam Murphy", "monthly", "2025-09-23", "2025-10-22")
P("en_p0801", "LO-INV-66171", "liam.murphy@murphyinsure.ie", "monthly", "2025-09-23T10:00:00", "2025-09-23", "2025-10-22")
a = M("l08a-ticket.eml", "Liam Murphy <liam.murphy@murphyinsure.ie>", LO_TO, "Login loop",
      "Hi, since Tuesday I'm stuck in a login loop - enter password, get bounced back to the sign-in page. Cleared cookies, tried Chrome "
      "and Edge. Liam", "2025-09-24 14:00", "+01:00")
b = M("l08b-toppost.eml", "Liam Murphy <liam.murphy@murphyinsure.ie>", LO_TO, "Re: Login loop",
      "Still can't get in and it's been four days with your support chat saying 'we're looking into it'. At this point I want the "
      "September payment back, LO-INV-66171.\n\nLiam Murphy\nMurphy Insurance Brokers, Cork\n\n"
      "On Wed 24 Sep 2025 at 09:30, Liam Murphy <liam.murphy@murphyinsure.ie> wrote:\n> Hi, since Tuesday I'm stuck in a login loop - "
      "enter password, get bounced back\n> to the sign-in page.", "2025-09-27 12:00", "+01:00", reply="l08a-ticket.eml")
case("l08-login-loop-thread", LOB, "decided", [a, b], "Access failure unresolved by support; request time is the first mail 24 Sep, day 1: escalate (L6).", [R("escalate")])

C("sarah.k@kleinevents.com", "Sarah Klein", "annual", "2025-09-26", "2026-09-25")
P("en_p0901", "LO-INV-66181", "sarah.k@kleinevents.com", "annual", "2025-09-26T10:00:00", "2025-09-26", "2026-09-25")
f = M("l09-too-pricey.eml", "Sarah Klein <sarah.k@kleinevents.com>", LO_TO, "Refund - annual plan (LO-INV-66181)",
      "Hi,\n\nHonestly I clicked annual without thinking. Paying for a whole year upfront is more than our events business can justify "
      "right now. Can I get my money back for LO-INV-66181? I've barely touched it.\n\nSarah", "2025-09-27 08:00", "-07:00")
case("l09-too-pricey", LOB, "decided", [f], "Too expensive / barely used: no exception reason (L1): deny, cancellation offered.", [R("deny")])

C("brian.oconnell@oconnellplumbing.com", "Brian O'Connell", "quarterly", "2025-08-10", "2025-11-09")
P("en_p1001", "LO-INV-66191", "brian.oconnell@oconnellplumbing.com", "quarterly", "2025-08-10T10:00:00", "2025-08-10", "2025-11-09")
f = M("l10-unused-cancel.eml", "Brian O'Connell <brian.oconnell@oconnellplumbing.com>", LO_TO, "cancel + refund unused",
      "we never got round to setting it up. cancel the quarterly and refund whatever's left of it, invoice lo-inv-66191\n\nsent from my phone, excuse typos",
      "2025-09-14 19:00", "-04:00")
case("l10-unused-cancel", LOB, "decided", [f], "Refund of unused time: L1 deny; cancel effective current_period_end 2025-11-09 (L8).",
     [R("deny"), X("cancel", "2025-11-09")])

C("admin@wellingtonlaw.co.nz", "Wellington Law Admin", "annual")
P("en_p1101", "LO-INV-66201", "admin@wellingtonlaw.co.nz", "annual", "2023-10-20T10:00:00", "2023-10-20", None)
P("en_p1102", "LO-INV-66202", "admin@wellingtonlaw.co.nz", "annual", "2024-10-20T10:00:00", "2024-10-20", None)
f = M("l11-fallback-annual.eml", "Practice Admin <admin@wellingtonlaw.co.nz>", LO_TO, "Non-renewal notice",
      "Kia ora,\n\nPlease treat this as notice that we will not be renewing our LeadsOptima annual subscription in October. The partners "
      "have decided to bring marketing in-house.\n\nNgā mihi,\nPractice Administrator", "2025-09-22 10:00", "+12:00")
case("l11-fallback-annual", LOB, "decided", [f], "No current_period_end: L8 fallback from the last charge 20 Oct 2024 + 12 months - 1 day = 2025-10-19.",
     [X("cancel", "2025-10-19")])

C("hello@sunnysidebakery.com", "Sunnyside Bakery", "monthly")
P("en_p1201", "LO-INV-66211", "hello@sunnysidebakery.com", "monthly", "2025-08-31T20:00:00+00:00", None, None)
f = M("l12-offset-ledger.eml", "Sunnyside Bakery <hello@sunnysidebakery.com>", LO_TO, "Cancel please",
      "Hi! Please cancel our monthly subscription - we're closing the second location and don't need lead gen anymore. "
      "Thanks so much, Maria @ Sunnyside", "2025-09-20 20:30", "-05:00")
case("l12-offset-ledger", LOB, "decided", [f], "Ledger charge 31 Aug 20:00 UTC = 1 Sep 01:30 IST: local date 1 Sep + 1 month - 1 day = 2025-09-30 (sec. 8 offsets, L8).",
     [X("cancel", "2025-09-30")])

C("george.t@tannerauto.com", "George Tanner", "monthly", "2025-09-05", "2025-10-04")
P("en_p1301", "LO-INV-66221", "george.t@tannerauto.com", "monthly", "2025-09-05T10:00:00", "2025-09-05", "2025-10-04")
f = M("l13-not-asking-refund.eml", "George Tanner <george.t@tannerauto.com>", LO_TO, "Cancellation",
      "To whom it may concern,\n\nI am not asking for a refund - I understand the policy and we did use the service this month. "
      "I simply want the subscription cancelled so it doesn't renew. The dealership was sold.\n\nGeorge Tanner", "2025-09-15 09:00", "-05:00")
case("l13-not-asking-refund", LOB, "decided", [f], "Negated refund adds no intent (sec. 8); cancel effective 2025-10-04 (L8).", [X("cancel", "2025-10-04")])

f = M("l14-would-i-get.eml", "Nadia Hassan <nadia@hassanconsulting.ae>", LO_TO, "Question before upgrading",
      "Hello,\n\nWe're on the demo right now. If we buy the annual plan and the CRM integration turns out not to work with our Zoho setup, "
      "would we get a refund? Trying to work out the risk before I get sign-off.\n\nRegards,\nNadia", "2025-09-16 11:00", "+04:00")
case("l14-would-i-get", LOB, "other", [f], "Hypothetical before buying: a policy question, other (sec. 8).")

C("rachel.green@greenleafyoga.com", "Rachel Green", "monthly", "2025-09-12", "2025-10-11")
P("en_p1501", "LO-INV-66231", "rachel.green@greenleafyoga.com", "monthly", "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
f = M("l15-past-refund.eml", "Rachel Green <rachel.green@greenleafyoga.com>", LO_TO, "Cancelling",
      "Hi team, you were great back in March when I got double charged and you refunded it within the week, so no complaints there. "
      "But the studio is closing end of October so please cancel my plan. No refund needed for this month.\n\nRachel", "2025-09-19 20:00", "-04:00")
case("l15-past-refund", LOB, "decided", [f], "The double charge and refund are past events; 'no refund needed' is negated: only a cancellation, effective 2025-10-11 (L8).",
     [X("cancel", "2025-10-11")])

C("paul.d@dixonroofing.com", "Paul Dixon", "monthly", "2025-09-08", "2025-10-07")
P("en_p1601", "LO-INV-66241", "paul.d@dixonroofing.com", "monthly", "2025-09-08T10:00:00", "2025-09-08", "2025-10-07")
f = M("l16-thanks.eml", "Paul Dixon <paul.d@dixonroofing.com>", LO_TO, "Re: Your refund for LO-INV-66241 [LO-2310]",
      "Got it, thanks! Money's back on the card. Appreciate the quick turnaround.\n\nPaul\n\n"
      "> Your refund of INR 1,499.00 has been approved and will be credited to the original payment method.", "2025-09-26 21:00", "-06:00",
      headers={"In-Reply-To": "<LO-2310.20250925T1015@leadsoptima.com>", "References": "<LO-2310.20250925T1015@leadsoptima.com>"})
case("l16-thanks", LOB, "other", [f], "Thank-you after a refund asks for nothing: other.")

C("accounts@meridianfreight.co.za", "Meridian Freight", "annual", "2025-09-03", "2026-09-02")
P("en_p1701", "LO-INV-66251", "accounts@meridianfreight.co.za", "annual", "2025-09-03T10:00:00", "2025-09-03", "2026-09-02")
f = M("l17-vat-invoice.eml", "Meridian Accounts <accounts@meridianfreight.co.za>", LO_TO, "Tax invoice for LO-INV-66251",
      "Good day,\n\nCould you please reissue LO-INV-66251 as a full tax invoice showing our company registration and VAT number "
      "(4123456789)? Our auditors need it. The charge itself is fine.\n\nKind regards\nMeridian Freight Accounts, Durban", "2025-09-09 14:30", "+02:00")
case("l17-vat-invoice", LOB, "other", [f], "Invoice question, asks for no refund or cancellation: other.")

C("amy.chen@chenarch.com", "Amy Chen", "quarterly", "2025-09-21", "2025-12-20")
P("en_p1801", "LO-INV-66261", "amy.chen@chenarch.com", "quarterly", "2025-09-21T10:00:00", "2025-09-21", "2025-12-20")
f = M("l18-what-is-this.eml", "Amy Chen <amy.chen@chenarch.com>", LO_TO, "What is this charge?",
      "Hi - saw a charge of 4,718.82 on my statement, description LEADSOPTIMA. Is that the quarterly renewal? Just want to match it "
      "up for the bookkeeper.\nAmy", "2025-09-22 22:00", "-07:00")
case("l18-what-is-this", LOB, "other", [f], "A billing question that asks for nothing: other.")

C("cfo@halcyonmedia.com", "Halcyon Media CFO", "annual", "2025-09-25", "2026-09-24")
P("en_p1901", "LO-INV-66271", "cfo@halcyonmedia.com", "annual", "2025-09-25T10:00:00", "2025-09-25", "2026-09-24")
P("en_p1902", "LO-INV-66272", "cfo@halcyonmedia.com", "annual", "2025-09-25T10:02:00", "2025-09-25", "2026-09-24")
f = M("l19-outlook-fw.eml", "Jordan Lee <jordan.lee@halcyonmedia.com>", LO_TO, "FW: LeadsOptima duplicate",
      "Hi LeadsOptima - see below from our CFO. Can you action?\n\nJordan Lee | Finance Associate\n\n"
      "________________________________\nFrom: Ellen Marsh <cfo@halcyonmedia.com>\nSent: Friday, September 26, 2025 4:12 PM\n"
      "To: Jordan Lee <jordan.lee@halcyonmedia.com>\nSubject: LeadsOptima duplicate\n\nJordan - LeadsOptima billed our annual plan twice "
      "yesterday. Registered email on the account is cfo@halcyonmedia.com. Second invoice is LO-INV-66272. Please get it refunded.\n\nEllen",
      "2025-09-27 02:00", "-04:00")
case("l19-outlook-fw", LOB, "need_info", [f], "Forwarded request names registered email cfo@ while sender is jordan.lee@: C2 via a forward (sec. 8); no account details.",
     rules=["C2"])

C("ops@quillandink.co", "Quill & Ink", "monthly", "2025-09-26", "2025-10-25")
P("en_p2001", "LO-INV-66281", "ops@quillandink.co", "monthly", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
P("en_p2002", "LO-INV-66282", "ops@quillandink.co", "monthly", "2025-09-26T10:00:45", "2025-09-26", "2025-10-25")
f = M("l20-fwd-to-self.eml", "Quill & Ink Ops <ops@quillandink.co>", LO_TO, "Fwd: double charge",
      "Forwarding what I sent from my phone by mistake - this is the registered address.\n\n"
      "Begin forwarded message:\n\nFrom: Tasha Reid <tasha.reid@icloud.com>\nSubject: double charge\nDate: 26 September 2025 at 18:40:11 BST\n"
      "To: support@leadsoptima.com\n\nYou charged our monthly plan twice today, 2nd one is LO-INV-66282. Account is ops@quillandink.co. Refund the extra please.\n",
      "2025-09-27 13:30", "+01:00")
case("l20-fwd-to-self", LOB, "decided", [f], "Apple Mail forward from the registered address carrying a duplicate claim naming that same address: verified; day 1: approve 1499.00.",
     [R("approve", "1499.00")])

C("asha@example-studio.in", "Asha Rao", "annual", "2025-09-24", "2026-09-23")
P("en_p2101", "LO-INV-66291", "asha@example-studio.in", "annual", "2025-09-24T10:00:00", "2025-09-24", "2026-09-23")
P("en_p2102", "LO-INV-66292", "asha@example-studio.in", "annual", "2025-09-24T10:01:00", "2025-09-24", "2026-09-23")
f = M("l21-plus-tag.eml", "Asha Rao <asha+billing@example-studio.in>", LO_TO, "Duplicate annual charge",
      "Hi, the annual plan was charged twice yesterday; LO-INV-66292 is the duplicate. Please refund it.\nAsha", "2025-09-25 10:00")
case("l21-plus-tag", LOB, "need_info", [f], "asha+billing@ is another address than asha@ (sec. 8): C2, ask for the request from the registered address.",
     rules=["C2"])

C("Mike.Rossi@RossiPizzeria.com", "Mike Rossi", "quarterly", "2025-07-01", "2025-09-30")
P("en_p2201", "LO-INV-66301", "Mike.Rossi@RossiPizzeria.com", "quarterly", "2025-07-01T10:00:00", "2025-07-01", "2025-09-30")
f = M("l22-caps-sender.eml", "MIKE ROSSI <MIKE.ROSSI@ROSSIPIZZERIA.COM>", LO_TO, "STOP THE SUBSCRIPTION",
      "PLEASE CANCEL BEFORE IT RENEWS. WE ARE SWITCHING TO A FRANCHISE SYSTEM THAT INCLUDES MARKETING.\nMIKE", "2025-09-25 20:00", "-04:00")
case("l22-caps-sender", LOB, "decided", [f], "Address matches the ledger case-insensitively (sec. 8): cancel effective current_period_end 2025-09-30 (L8).",
     [X("cancel", "2025-09-30")])

C("finance@oakridgevets.com", "Oakridge Vets", "monthly", "2025-09-24", "2025-10-23")
P("en_p2301", "LO-INV-66311", "finance@oakridgevets.com", "monthly", "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
P("en_p2302", "LO-INV-66312", "finance@oakridgevets.com", "monthly", "2025-09-24T10:00:10", "2025-09-24", "2025-10-23")
f = M("l23-reply-to-trick.eml", "Oakridge Vets Finance <oakridgevets.finance@gmail.com>", LO_TO, "Duplicate payment LO-INV-66312",
      "Hello, duplicate payment on 24 Sep, LO-INV-66312. Please refund and reply to our main address (set as reply-to).\nFinance",
      "2025-09-25 19:30", "-04:00", headers={"Reply-To": "finance@oakridgevets.com"})
case("l23-reply-to-trick", LOB, "need_info", [f], "From an unknown gmail; Reply-To never verifies (sec. 8): C2.", rules=["C2"])

C("d.kowalski@kowalskibuild.com", "Dariusz Kowalski", "monthly", "2025-09-25", "2025-10-24")
P("en_p2401", "LO-INV-66321", "d.kowalski@kowalskibuild.com", "monthly", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
f = M("l24-no-reason-signature.eml", "Dariusz Kowalski <d.kowalski@kowalskibuild.com>", LO_TO, "Refund request INV 66321",
      "Dear Sir/Madam,\n\nAs per your Refund & Cancellation Policy, I am hereby requesting a refund of invoice LO-INV-66321.\n\n"
      "I look forward to hearing from you at your earliest convenience.\n\nYours faithfully,\nDariusz Kowalski\nManaging Director\n"
      "Kowalski Build Ltd | Reg. No. 09876543 | Leeds\n\nPlease consider the environment before printing this email. This message is "
      "confidential and intended solely for the addressee.", "2025-09-26 15:00", "+01:00")
case("l24-no-reason-signature", LOB, "need_info", [f], "Restatement, courtesy lines, signature and disclaimer are not reasons (sec. 8): ask for the reason (C3).",
     missing=["reason"])

C("ben@tidewaterkayaks.com", "Ben Alvarez", "monthly", "2025-09-20", "2025-10-19")
P("en_p2501", "LO-INV-66331", "ben@tidewaterkayaks.com", "monthly", "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
P("en_p2502", "LO-INV-66332", "ben@tidewaterkayaks.com", "monthly", "2025-09-20T10:01:00", "2025-09-20", "2025-10-19")
a = M("l25a-no-invoice.eml", "Ben Alvarez <ben@tidewaterkayaks.com>", LO_TO, "charged twice",
      "you guys charged my card twice on the 20th for the same month. refund one pls. ben", "2025-09-21 20:00", "-04:00")
b = M("l25b-bot.eml", "LeadsOptima Support <support@leadsoptima.com>", "Ben Alvarez <ben@tidewaterkayaks.com>", "Re: charged twice [LO-2402]",
      "Hello Ben,\n\nWe understood: refund, duplicate payment, monthly plan. Please send us the invoice number of the charge in question.\n\nLeadsOptima Support Team",
      "2025-09-21 20:15", reply="l25a-no-invoice.eml")
c = M("l25c-late-answer.eml", "Ben Alvarez <ben@tidewaterkayaks.com>", "support@leadsoptima.com", "Re: charged twice [LO-2402]",
      "sorry was out on the water all week. it's LO-INV-66332\n\n-----Original Message-----\nFrom: LeadsOptima Support\n"
      "Please send us the invoice number of the charge in question.", "2025-09-29 09:00", "-04:00", reply="l25b-bot.eml")
case("l25-late-answer-thread", LOB, "decided", [a, b, c], "Answer arrives 29 Sep (day 9) but the request time is the first mail, 21 Sep (day 1): approve 1499.00 (sec. 1, C3, L4).",
     [R("approve", "1499.00")])

C("info@rivertownpilates.com", "Rivertown Pilates", "quarterly", "2025-09-22", "2025-12-21")
P("en_p2601", "LO-INV-66341", "info@rivertownpilates.com", "quarterly", "2025-09-22T10:00:00", "2025-09-22", "2025-12-21")
a = M("l26a-ask.eml", "Rivertown Pilates <info@rivertownpilates.com>", LO_TO, "Refund for LO-INV-66341",
      "Hi, requesting a refund for LO-INV-66341 please.\nThanks, Claire", "2025-09-23 15:00", "+01:00")
b = M("l26b-bot.eml", "LeadsOptima Support <support@leadsoptima.com>", "Rivertown Pilates <info@rivertownpilates.com>",
      "Re: Refund for LO-INV-66341 [LO-2415]",
      "Hello Claire,\n\nWe understood: refund, invoice LO-INV-66341, quarterly plan. Could you tell us the reason for the refund?\n\nLeadsOptima Support Team",
      "2025-09-23 15:50", reply="l26a-ask.eml")
c = M("l26c-reason.eml", "Rivertown Pilates <info@rivertownpilates.com>", LO_TO, "Re: Refund for LO-INV-66341 [LO-2415]",
      "Hi again - you asked why. Our new studio manager says we don't really need it, we get enough leads from Instagram. That's all.\n\n"
      "On 23 Sep 2025, at 11:20, LeadsOptima Support <support@leadsoptima.com> wrote:\n> Could you tell us the reason for the refund?",
      "2025-09-24 13:30", "+01:00", reply="l26b-bot.eml")
case("l26-reason-is-l1", LOB, "decided", [a, b, c], "The reason supplied in the thread is 'don't need it': not an exception, deny (L1).", [R("deny")])

f = M("l27-crm-newsletter.eml", "Growth Weekly <newsletter@growthweekly.io>", LO_TO, "Why refunds kill SaaS growth (and how to avoid them)",
      "This week: refund policies, chargebacks and cancellations - what the data says. Unsubscribe at any time.",
      "2025-09-18 06:00", "+00:00", headers={"Precedence": "bulk", "List-Unsubscribe": "<mailto:unsub@growthweekly.io>"})
case("l27-crm-newsletter", LOB, "ignore", [f], "Precedence: bulk newsletter mentioning refunds and chargebacks: ignore (C7).", rules=["C7"])

f = M("l28-postmaster.eml", "postmaster@outlook.com", LO_TO, "Undeliverable: Re: Your cancellation [LO-2380]",
      "Delivery has failed to these recipients or groups:\n\njoe.bloggs@contoso-old.com\nThe email address you entered couldn't be found.\n\n"
      "Original message: I want to cancel and get a refund.", "2025-09-20 04:00", "+00:00")
case("l28-postmaster", LOB, "ignore", [f], "postmaster sender, non-delivery report: ignore (C7).", rules=["C7"])

f = M("l29-own-noreply.eml", "LeadsOptima <noreply@leadsoptima.com>", LO_TO, "Payment receipt LO-INV-66999 - refund requested by customer",
      "Automated notice: a customer clicked 'request refund' on invoice LO-INV-66999.", "2025-09-21 10:00")
case("l29-own-noreply", LOB, "ignore", [f], "The brand's own address: ignore (C7).", rules=["C7"])

f = M("l30-google-group.eml", "Hannah Wu <hannah.wu@gmail.com>", "saas-founders@googlegroups.com", "Re: LeadsOptima refund experiences?",
      "I asked for a refund after a double charge and got it in a week. Cancel via Billing > Cancel Plan is easy.",
      "2025-09-21 10:00", "-07:00", headers={"List-Id": "SaaS Founders <saas-founders.googlegroups.com>", "Delivered-To": "support@leadsoptima.com",
                                             "Precedence": "list",
                                             "In-Reply-To": "<CAF3x9q1-saasfounders-0919@mail.gmail.com>",
                                             "References": "<CAF3x9q1-saasfounders-0919@mail.gmail.com>"})
case("l30-google-group", LOB, "ignore", [f], "Mailing list (List-Id, Precedence: list) delivered to support: ignore (C7).", rules=["C7"])

C("victor.h@hendersonhvac.com", "Victor Henderson", "annual", "2025-09-20", "2026-09-19")
P("en_p3101", "LO-INV-66351", "victor.h@hendersonhvac.com", "annual", "2025-09-20T10:00:00", "2025-09-20", "2026-09-19")
f = M("l31-chargeback-cancel.eml", "Victor Henderson <victor.h@hendersonhvac.com>", LO_TO, "Cancel NOW",
      "Your platform has been garbage since day one. Cancel my account immediately and refund the annual fee (LO-INV-66351) or I'm "
      "calling Chase tomorrow to do a chargeback.\n\nV. Henderson", "2025-09-23 20:30", "-05:00")
case("l31-chargeback-cancel", LOB, "decided", [f], "Chargeback threat covers the whole case: refund and cancellation escalated (C4, sec. 8).",
     [R("escalate"), X("escalate")], rules=["C4"])

C("lucy.b@bellamyflorist.co.uk", "Lucy Bellamy", "monthly", "2025-09-24", "2025-10-23")
P("en_p3201", "LO-INV-66361", "lucy.b@bellamyflorist.co.uk", "monthly", "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
f = M("l32-amex-dispute.eml", "Lucy Bellamy <lucy.b@bellamyflorist.co.uk>", LO_TO, "LO-INV-66361",
      "FYI I've already raised a dispute with Amex over this charge since nobody answered my last two emails about being billed the wrong amount. "
      "If you refund it directly I'll withdraw it.\nLucy", "2025-09-26 15:00", "+01:00")
case("l32-amex-dispute", LOB, "decided", [f], "A payment dispute already raised with the card issuer: escalate (C4).", [R("escalate")], rules=["C4"])

C("omar.farouk@faroukgroup.ae", "Omar Farouk", "monthly", "2025-09-27", "2025-10-26")
P("en_p3301", "LO-INV-66371", "omar.farouk@faroukgroup.ae", "monthly", "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
P("en_p3302", "LO-INV-66372", "omar.farouk@faroukgroup.ae", "monthly", "2025-09-27T10:00:30", "2025-09-27", "2025-10-26")
f = M("l33-no-chargeback-wanted.eml", "Omar Farouk <omar.farouk@faroukgroup.ae>", LO_TO, "Duplicate debit 27 Sept",
      "Dear Support,\n\nMy card was debited twice on 27 Sept for the monthly plan; the second is LO-INV-66372. I'd much rather sort this out "
      "with you directly than go through my bank, so please refund the duplicate.\n\nBest regards,\nOmar", "2025-09-28 10:00", "+04:00")
case("l33-no-chargeback-wanted", LOB, "decided", [f], "Preferring not to involve the bank is not a dispute threat; duplicate day 1: approve 1499.00 (L4).",
     [R("approve", "1499.00")],
     ambiguous="'rather ... than go through my bank' mentions the bank route without threatening it; a cautious reader could escalate under C4.")

C("grace.adeyemi@adeyemiconsult.ng", "Grace Adeyemi", "quarterly", "2025-09-25", "2025-12-24")
P("en_p3401", "LO-INV-66381", "grace.adeyemi@adeyemiconsult.ng", "quarterly", "2025-09-25T10:00:00", "2025-09-25", "2025-12-24")
f = M("l34-statutory.eml", "Grace Adeyemi <grace.adeyemi@adeyemiconsult.ng>", LO_TO, "Refund demand - LO-INV-66381",
      "Good morning,\n\nSince the renewal on the 25th I have been unable to access the dashboard at all. I am aware of my statutory rights as a "
      "consumer and expect a full refund of LO-INV-66381.\n\nGrace Adeyemi", "2025-09-27 14:00", "+01:00")
case("l34-statutory", LOB, "decided", [f], "Statutory rights mentioned: escalate (C4), on top of an access failure.", [R("escalate")], rules=["C4"])

C("trial.user@fernhillcreative.com", "Fernhill Creative", "monthly", status="trial", trial="2025-09-29")
f = M("l35-trial-refund.eml", "Fernhill Creative <trial.user@fernhillcreative.com>", LO_TO, "refund trial",
      "We're on the 14 day trial and it's not for us. Please refund us and close the account, we won't be subscribing.\nFernhill", "2025-09-24 15:00", "+01:00")
case("l35-trial-refund", LOB, "decided", [f], "Trial account, no charge: refund deny (L7); closing the trial may be acknowledged.", [R("deny")], extra_ok=True)

f = M("l36-unknown-sender.eml", "Stefan Novak <stefan.novak@novakmedia.eu>", LO_TO, "Refund LO-INV-66999",
      "Hi, I was charged twice last week. Invoice LO-INV-66999. Please refund.\nStefan", "2025-09-23 14:30", "+02:00")
case("l36-unknown-sender", LOB, "need_info", [f], "Sender unknown to the ledger, no other address named: C2/C3, nothing disclosed, never approve.",
     rules=["C2"])

C("ivy.morgan@morganpr.com", "Ivy Morgan", "annual", "2025-09-22", "2026-09-21")
P("en_p3701", "LO-INV-66391", "ivy.morgan@morganpr.com", "annual", "2025-09-22T10:00:00", "2025-09-22", "2026-09-21")
P("en_p3702", "LO-INV-66392", "ivy.morgan@morganpr.com", "annual", "2025-09-22T10:00:05", "2025-09-22", "2026-09-21")
f = M("l37-amounts-words.eml", "Ivy Morgan <ivy.morgan@morganpr.com>", LO_TO, "Rs. 14,145.84 taken two times",
      "Hello,\n\nOn 22nd Sept you took Rs. 14,145.84 (fourteen thousand one hundred and forty-five rupees) two times for our annual "
      "subscription, i.e. INR 28,291.68 in total. Invoices: LO-INV-66391 / LO INV 66392. Please return the second one.\n\nIvy", "2025-09-23 15:00", "+01:00")
case("l37-amounts-words", LOB, "decided", [f], "Amounts stated with tax and in words; ledger pair, day 1: refund the duplicate's 11988.00 before tax (L4, C6).",
     [R("approve", "11988.00")])

C("noah.b@bakerlandscapes.com", "Noah Baker", "monthly", "2025-09-24", "2025-10-23")
P("en_p3801", "LO-INV-66401", "noah.b@bakerlandscapes.com", "monthly", "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
P("en_p3802", "LO-INV-66402", "noah.b@bakerlandscapes.com", "monthly", "2025-09-24T10:00:50", "2025-09-24", "2025-10-23", status="failed")
f = M("l38-failed-but-debited.eml", "Noah Baker <noah.b@bakerlandscapes.com>", LO_TO, "Payment failed but money gone",
      "The checkout said payment failed so I paid again, but both came out of my account. Refund the failed one, LO-INV-66402.\nNoah",
      "2025-09-25 20:30", "-05:00")
case("l38-failed-but-debited", LOB, "decided", [f], "The charge named has status failed (not paid): escalate (sec. 8), never approve.", [R("escalate")])

C("ella.s@sorensenarch.dk", "Ella Sorensen", "quarterly", "2025-09-26", "2025-12-25")
P("en_p3901", "LO-INV-66411", "ella.s@sorensenarch.dk", "quarterly", "2025-09-26T10:00:00", "2025-09-26", "2025-12-25")
f = M("l39-html-access-cancel.eml", "Ella Sorensen <ella.s@sorensenarch.dk>", LO_TO, "Account",
      None, "2025-09-29 10:00", "+02:00",
      html="<html><head><style>p{margin:0}</style></head><body><p>Hi,</p><p>&nbsp;</p><p>Since the renewal the platform simply won't load "
           "for any of our 4 users (blank white screen after login). Your chat agent Raj couldn't fix it either.</p><p>Please refund "
           "LO-INV-66411 and cancel the quarterly subscription.</p><p>&nbsp;</p><p>Med venlig hilsen / Kind regards<br>Ella Sorensen<br>"
           "Sorensen Arkitekter</p></body></html>")
case("l39-html-access-cancel", LOB, "decided", [f], "HTML-only; access failure day 3: refund escalate (L6); cancellation effective current_period_end 2025-12-25 (L8).",
     [R("escalate"), X("cancel", "2025-12-25")])

J("Hartley Bistro Website", "owner@hartleybistro.com", "2025-08-01T10:00:00")
W("en_w4001", "OWD-2025-401", "Hartley Bistro Website", "retainer", "15000.00", "2700.00", "2025-09-05T10:00:00",
  period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05T00:00:00")
f = M("l40-wrong-mailbox.eml", "Hartley Bistro <owner@hartleybistro.com>", LO_TO, "Cancel our website retainer",
      "Hi, please cancel the monthly website retainer for Hartley Bistro Website (OWD-2025-401) - we've sold the restaurant.\nJames Hartley",
      "2025-09-20 15:00", "+01:00")
case("l40-wrong-mailbox", LOB, "need_info", [f], "An Optima client writes to LeadsOptima's mailbox: C1 picks LeadsOptima, sender unknown there (sec. 8): C2/C3.",
     rules=["C2"])

# ---------------- Optima WebDesign ----------------
J("Bluebird Dental Clinic", "practice@bluebirddental.com", None)
W("en_w4101", "OWD-2025-411", "Bluebird Dental Clinic", "deposit", "30000.00", "5400.00", "2025-09-15T10:00:00")
f = M("l41-72h-on-the-dot.eml", "Bluebird Dental <practice@bluebirddental.com>", OW_TO, "Refund Request — Bluebird Dental Clinic / OWD-2025-411",
      "Hello,\n\nWe paid the booking deposit (OWD-2025-411) for Bluebird Dental Clinic on Monday. Our board has since frozen all capital spend "
      "for the quarter, so we need to withdraw. I'm writing within your 72-hour window. Please refund it.\n\nDr. Karen Holt", "2025-09-18 10:00", "-04:00")
case("l41-72h-on-the-dot", OWB, "decided", [f], "Deposit 15 Sep 10:00 IST; mail 18 Sep 00:30 EDT = 18 Sep 10:00 IST, exactly 72 h: not before 72 h, deny (O2, sec. 8).",
     [R("deny")])

J("Thistle & Co Gin", "hello@thistleandcogin.co.uk", None)
W("en_w4201", "OWD-2025-412", "Thistle & Co Gin", "deposit", "45000.00", "8100.00", "2025-09-20T10:00:00")
f = M("l42-one-minute-early.eml", "Thistle & Co <hello@thistleandcogin.co.uk>", OW_TO, "Deposit refund OWD-2025-412 (Thistle & Co Gin)",
      "Morning,\n\nApologies for the early email. We've had an offer to be acquired and the new owners have their own agency, so we need to cancel "
      "the Thistle & Co Gin project and get the deposit back (OWD-2025-412). Nothing has been started as far as I know.\n\nFiona MacLeod", "2025-09-23 09:59", "+01:00")
case("l42-one-minute-early", OWB, "decided", [f], "Deposit 20 Sep 10:00 IST; mail 23 Sep 09:59 IST (05:29 BST) = 71 h 59 min, no work: approve 45000.00 before tax (O2).",
     [R("approve", "45000.00")], extra_ok=True)

J("Summit Physio", "admin@summitphysio.com.au", "2025-09-23T09:00:00")
W("en_w4301", "OWD-2025-413", "Summit Physio", "deposit", "20000.00", "3600.00", "2025-09-22T10:00:00")
f = M("l43-work-began.eml", "Summit Physio Admin <admin@summitphysio.com.au>", OW_TO, "Deposit - change of plans",
      "Hi Optima team, we're well inside 72 hours so please refund the Summit Physio deposit, OWD 2025 413. The "
      "practice owners want to wait until after the rebrand.\n\nCheers, Mel", "2025-09-23 18:00", "+10:00")
case("l43-work-began", OWB, "decided", [f], "Inside 72 h but work started 23 Sep 09:00, before the 18:00 request: 'whichever occurs first', deny (O2).", [R("deny")])

J("Maple Street Books", "owner@maplestreetbooks.com", "2025-09-26T10:00:00")
W("en_w4401", "OWD-2025-414", "Maple Street Books", "deposit", "18000.00", "3240.00", "2025-09-23T15:00:00")
f = M("l44-kickoff-booked-later.eml", "Maple Street Books <owner@maplestreetbooks.com>", OW_TO, "Please cancel before Friday's kickoff",
      "Hi folks,\n\nWe paid the deposit for the Maple Street Books site yesterday (OWD-2025-414). My business partner has just told me the lease on "
      "the shop isn't being renewed, so there's no point in a website. Please cancel the project before Friday's kickoff and refund the deposit.\n\n"
      "Thanks,\nRuth", "2025-09-24 21:00", "-04:00")
case("l44-kickoff-booked-later", OWB, "decided", [f], "Deposit 23 Sep 15:00; request 24 Sep 21:00 IST (30 h); work starts 26 Sep, after the request: approve 18000.00 (O2).",
     [R("approve", "18000.00")], extra_ok=True)

J("Northwind Analytics", "pm@northwindanalytics.io", "2025-09-29T10:00:00")
W("en_w4501", "OWD-2025-415", "Northwind Analytics", "discovery", "60000.00", "10800.00", "2025-09-15T10:00:00")
f = M("l45-discovery-scheduled.eml", "Northwind PM <pm@northwindanalytics.io>", OW_TO, "Discovery fee refund — Northwind Analytics (OWD-2025-415)",
      "Hi,\n\nOur discovery workshop is scheduled for the 29th but leadership has cut the redesign from this year's roadmap. Since no sessions have "
      "taken place yet, please refund the discovery fee on OWD-2025-415.\n\nPriyanka Shah, Product", "2025-09-24 22:00", "-07:00")
case("l45-discovery-scheduled", OWB, "decided", [f], "Discovery work_started_at 29 Sep is later than the 24 Sep request: full refund 60000.00 (O1).",
     [R("approve", "60000.00")])

J("Harbourview Marina", "office@harbourviewmarina.com", "2025-07-15T10:00:00")
W("en_w4601", "OWD-2025-416", "Harbourview Marina", "milestone", "50000.00", "9000.00", "2025-09-12T10:00:00", milestone_status="not_started")
f = M("l46-milestone-incl-gst.eml", "Harbourview Marina <office@harbourviewmarina.com>", OW_TO, "Milestone 4 (booking engine) — refund",
      "Hello Optima,\n\nWe prepaid Milestone 4 - the berth booking engine - INR 59,000 incl. GST, invoice OWD-2025-416, for Harbourview Marina. "
      "The harbour authority has mandated their own booking system, so we no longer need it, and your PM confirms nothing has been started on it.\n\n"
      "Please refund the 59,000.\n\nRegards,\nAlan Pierce, Harbourmaster", "2025-09-25 15:00", "+01:00")
case("l46-milestone-incl-gst", OWB, "decided", [f], "Milestone not_started: refund its amount before tax, 50000.00, not the 59,000 claimed (O3, C6; ledger over email).",
     [R("approve", "50000.00")])

J("Copperleaf Cafe", "copperleafcafe@outlook.com", "2025-07-01T10:00:00")
W("en_w4701", "OWD-2025-417", "Copperleaf Cafe", "milestone", "25000.00", "4500.00", "2025-08-20T10:00:00", milestone_status="completed")
f = M("l47-milestone-done.eml", "Copperleaf Cafe <copperleafcafe@outlook.com>", OW_TO, "not happy with menu pages",
      "hi, the menu pages milestone (OWD-2025-417) for Copperleaf Cafe was delivered but honestly the photos look cheap and the fonts are hard to read "
      "on mobile. i want that milestone refunded.\n\nsam", "2025-09-16 10:00", "+10:00")
case("l47-milestone-done", OWB, "decided", [f], "Milestone completed: completed deliverables are non-refundable (O3, O6).", [R("deny")])

J("Vantage Logistics Portal", "it-procurement@vantagelogistics.com", "2025-08-01T10:00:00")
W("en_w4801", "OWD-2025-418", "Vantage Logistics Portal", "milestone", "120000.00", "21600.00", "2025-09-01T10:00:00", milestone_status="in_progress")
f = M("l48-milestone-partial.eml", "Vantage IT Procurement <it-procurement@vantagelogistics.com>", OW_TO, "RE: Milestone 2 - partial refund request [PO 7781]",
      "Team,\n\nFurther to our call, we're descoping the driver app from Milestone 2 of the Vantage Logistics Portal (invoice OWD-2025-418, our PO 7781). "
      "The web dashboard half can continue. Please refund the unstarted driver-app portion.\n\nRegards,\nIT Procurement\nVantage Logistics Ltd, Singapore",
      "2025-09-22 10:00", "+08:00",
      headers={"In-Reply-To": "<OWD-PM-0918.20250918T1600@optimawebdesign.com>", "References": "<OWD-PM-0918.20250918T1600@optimawebdesign.com>"})
case("l48-milestone-partial", OWB, "decided", [f], "Milestone in_progress: the value of the work not started needs a person: escalate (O3).", [R("escalate")])

J("Bondi Surf School", "bookings@bondisurfschool.com.au", "2025-05-01T10:00:00")
W("en_w4901", "OWD-2025-419", "Bondi Surf School", "retainer", "20000.00", "3600.00", "2025-09-03T10:00:00",
  period_start="2025-09-03", period_end="2025-10-02", next_billing_at="2025-10-03T00:00:00")
f = M("l49-retainer-cutoff-day.eml", "Bondi Surf School <bookings@bondisurfschool.com.au>", OW_TO, "Ending our retainer - Bondi Surf School",
      "Hi guys,\n\nWe'd like to end the monthly care retainer for Bondi Surf School (OWD-2025-419). Winter bookings were dismal and we need to cut costs. "
      "Hopefully this gets in before the next bill.\n\nThanks heaps,\nJosh", "2025-09-26 22:30", "+10:00")
case("l49-retainer-cutoff-day", OWB, "decided", [f], "Next billing 3 Oct; mail 27 Sep 03:00 AEST = 26 Sep 22:30 IST = 3 Oct - 7 days: on time, cancel effective 2025-10-02 (O4, sec. 1).",
     [X("cancel", "2025-10-02")])

J("Lakeside Veterinary", "manager@lakesidevet.com", "2025-04-01T10:00:00")
W("en_w5001", "OWD-2025-420", "Lakeside Veterinary", "retainer", "16000.00", "2880.00", "2025-09-02T10:00:00",
  period_start="2025-09-02", period_end="2025-10-01", next_billing_at="2025-10-02T00:00:00")
f = M("l50-retainer-six-days.eml", "Lakeside Vet Manager <manager@lakesidevet.com>", OW_TO, "Cancel retainer effective immediately",
      "Hello,\n\nPlease cancel the Lakeside Veterinary retainer, invoice OWD-2025-420, effective immediately. We've been bought by a national group "
      "that handles all web work centrally. We do not want to be billed again.\n\nDeborah Lane, Practice Manager", "2025-09-26 20:30", "-05:00")
case("l50-retainer-six-days", OWB, "decided", [f], "Next billing 2 Oct; request 26 Sep is after the 25 Sep cut-off: next cycle 2 Oct-1 Nov billed, effective 2025-11-01 (O4).",
     [X("cancel", "2025-11-01")])

J("Evergreen Credit Union", "digital@evergreencu.org", "2025-03-01T10:00:00")
W("en_w5101", "OWD-2025-421", "Evergreen Credit Union", "retainer", "40000.00", "7200.00", "2025-09-15T10:00:00",
  period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-11-15T00:00:00")
W("en_w5102", "OWD-2025-422", "Evergreen Credit Union", "retainer", "40000.00", "7200.00", "2025-09-20T10:00:00",
  period_start="2025-10-15", period_end="2025-11-14", next_billing_at="2025-11-15T00:00:00")
f = M("l51-retainer-prepaid.eml", "Evergreen CU Digital <digital@evergreencu.org>", OW_TO, "Retainer termination - Evergreen Credit Union",
      "Hello,\n\nPer the board's vendor review we are terminating the Evergreen Credit Union web retainer. Note we prepaid October-November last week "
      "(OWD-2025-422). Please confirm the termination and how the prepaid cycle will be handled.\n\nMichael Tran, Digital Services", "2025-09-24 22:00", "-07:00")
case("l51-retainer-prepaid", OWB, "decided", [f], "Next cycle already paid and notice >= 7 days before 15 Nov: cancellation escalated (sec. 8 retainer paid in advance, O4).",
     [X("escalate")], extra_ok=True)

J("Kestrel Accountants", "partners@kestrelaccountants.co.uk", "2025-02-01T10:00:00")
W("en_w5201", "OWD-2025-423", "Kestrel Accountants", "retainer", "22000.00", "3960.00", "2025-09-10T10:00:00",
  period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10T00:00:00")
f = M("l52-retainer-refund-current.eml", "Kestrel Partners <partners@kestrelaccountants.co.uk>", OW_TO, "Retainer - cancel and refund September",
      "Dear Optima,\n\nWe wish to cancel the Kestrel Accountants retainer (OWD-2025-423). Frankly very little was done this month - two minor "
      "text edits - so we'd also like September's fee refunded.\n\nYours sincerely,\nH. Patel, Partner", "2025-09-22 15:00", "+01:00")
case("l52-retainer-refund-current", OWB, "decided", [f], "Current retainer period is never refunded (O4): refund deny; 18 days' notice before 10 Oct: cancel effective 2025-10-09.",
     [R("deny"), X("cancel", "2025-10-09")])

J("Aurora Boutique Hotel", "gm@aurorahotel.is", None)
W("en_w5301", "OWD-2025-424", "Aurora Boutique Hotel", "hosting_annual", "24000.00", "4320.00", "2025-09-20T10:00:00",
  setup_fee="3000.00", service_start="2025-10-01")
f = M("l53-hosting-not-started.eml", "Aurora Hotel GM <gm@aurorahotel.is>", OW_TO, "Managed hosting - cancel before go-live",
      "Hello,\n\nWe signed up for the annual managed hosting for the Aurora Boutique Hotel site (OWD-2025-424), starting 1 October. Our parent "
      "company has since mandated their group hosting contract, so please cancel and refund what you can.\n\nBest,\nSigrid", "2025-09-25 15:30", "+00:00")
case("l53-hosting-not-started", OWB, "decided", [f], "Before service start consumed_months = 1 (sec. 8): 24000 - 3000 - 21000/12 = 19250.00 (O5).",
     [R("approve", "19250.00")], extra_ok=True)

J("Pinecrest Realty", "broker@pinecrestrealty.com", "2025-09-01T10:00:00")
W("en_w5401", "OWD-2025-425", "Pinecrest Realty", "hosting_annual", "9999.00", "1799.82", "2025-09-08T10:00:00",
  setup_fee="999.00", service_start="2025-09-10")
f = M("l54-hosting-day-14.eml", "Pinecrest Broker <broker@pinecrestrealty.com>", OW_TO, "hosting refund - pinecrest",
      "Hi, cancelling hosting for Pinecrest Realty (OWD-2025-425), our MLS provider now includes IDX hosting for free. Today is day 14 so I "
      "believe I qualify for the prorated refund. Thanks, Dale", "2025-09-24 23:00", "-05:00")
case("l54-hosting-day-14", OWB, "decided", [f], "Service start 10 Sep; request 24 Sep 23:00 IST (12:30 CDT) is day 14, inside: 9999 - 999 - 750 = 8250.00 (O5).",
     [R("approve", "8250.00")], extra_ok=True)

J("Redwood Chiropractic", "frontdesk@redwoodchiro.com", "2025-09-01T10:00:00")
W("en_w5501", "OWD-2025-426", "Redwood Chiropractic", "maintenance_annual", "18000.00", "3240.00", "2025-09-05T10:00:00",
  setup_fee="0.00", service_start="2025-09-08")
f = M("l55-maintenance-day-15.eml", "Redwood Front Desk <frontdesk@redwoodchiro.com>", OW_TO, "Cancel maintenance plan",
      "Hello - please cancel our annual maintenance plan for Redwood Chiropractic (invoice OWD-2025-426) and refund the unused months. Dr. Ruiz's "
      "nephew is taking over the site.\n\nThanks,\nFront Desk", "2025-09-23 09:00", "-07:00")
case("l55-maintenance-day-15", OWB, "decided", [f], "Service start 8 Sep; mail 22 Sep 20:30 PDT = 23 Sep 09:00 IST, day 15 > 14: refund deny (O5).",
     [R("deny")], extra_ok=True)

J("Glasshouse Gallery", "curator@glasshousegallery.org", "2025-09-15T10:00:00")
W("en_w5601", "OWD-2025-427", "Glasshouse Gallery", "hosting_annual", "10000.00", "1800.00", "2025-09-15T10:00:00",
  setup_fee="0.00", service_start="2025-09-16")
f = M("l56-hosting-rounding.eml", "Glasshouse Curator <curator@glasshousegallery.org>", OW_TO, "Refund Request — Glasshouse Gallery / OWD-2025-427",
      "Dear Optima WebDesign,\n\nThe gallery's funding round fell through and we must cancel the annual hosting (OWD-2025-427) taken out on Monday. "
      "Please process the prorated refund.\n\nWith thanks,\nMira Okafor, Curator", "2025-09-19 15:00", "+01:00")
case("l56-hosting-rounding", OWB, "decided", [f], "Day 3: 10000 - 0 - 833.333... = 9166.666... rounded once at the end, half-up: 9166.67 (O5, C6).",
     [R("approve", "9166.67")], extra_ok=True)

J("Ironclad Fitness", "owner@ironcladfitness.com", "2025-08-01T10:00:00")
W("en_w5701", "OWD-2025-428", "Ironclad Fitness", "third_party", "8500.00", "1530.00", "2025-09-22T10:00:00")
f = M("l57-plugin-licence.eml", "Ironclad Fitness <owner@ironcladfitness.com>", OW_TO, "Refund the booking plugin",
      "Yo, you guys bought that premium booking plugin licence for Ironclad Fitness (OWD-2025-428) two days ago and we've found a free one that does "
      "the same. Refund it pls.\nDre", "2025-09-24 20:00", "-04:00")
case("l57-plugin-licence", OWB, "decided", [f], "Premium plugin licence is third_party: never refundable (O6), however recent.", [R("deny")])

J("Saffron Kitchen", "saffronkitchen.la@gmail.com", "2025-09-10T10:00:00")
W("en_w5801", "OWD-2025-429", "Saffron Kitchen", "setup", "5000.00", "900.00", "2025-09-10T10:00:00")
f = M("l58-setup-fee.eml", "Saffron Kitchen <saffronkitchen.la@gmail.com>", OW_TO, "Setup fee",
      "Hi, we're moving the Saffron Kitchen site to Squarespace ourselves. Can we get the activation/setup fee back (OWD-2025-429)? It was "
      "only a couple of weeks ago.\nAnita", "2025-09-23 22:00", "-07:00")
case("l58-setup-fee", OWB, "decided", [f], "Setup/activation fee: non-refundable (O6).", [R("deny")])

J("Mariner Insurance", "web@marinerinsurance.com", "2025-06-01T10:00:00")
W("en_w5901", "OWD-2025-430", "Mariner Insurance", "change_request", "14000.00", "2520.00", "2025-09-12T10:00:00")
f = M("l59-change-request.eml", "Mariner Web Team <web@marinerinsurance.com>", OW_TO, "CR-12 refund",
      "Hello, the change request for the quote calculator (OWD-2025-430, Mariner Insurance) was billed but marketing has reversed the decision "
      "to add it. Please refund CR-12.\nThanks, Web Team", "2025-09-18 20:00", "-04:00")
case("l59-change-request", OWB, "decided", [f], "Change request outside original scope: non-refundable (O6).", [R("deny")])

J("Foxglove Florals", "foxglovefloralsuk@gmail.com", "2025-05-01T10:00:00")
W("en_w6001", "OWD-2025-431", "Foxglove Florals", "retainer", "8000.00", "1440.00", "2025-09-05T10:00:00",
  period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05T00:00:00")
a = M("l60a-cancel-no-reason.eml", "Foxglove Florals <foxglovefloralsuk@gmail.com>", OW_TO, "Cancellation — Foxglove Florals — OWD-2025-431",
      "Hello,\n\nPlease cancel the Foxglove Florals retainer (OWD-2025-431) with effect from the next billing date.\n\n"
      "Many thanks in advance, and have a lovely weekend!\n\nWarm wishes,\nBeatrice\nFoxglove Florals · Bath · 'Say it with flowers'", "2025-09-20 15:00", "+01:00")
case("l60-cancel-no-reason", OWB, "need_info", [a], "Optima requires a reason for cancellations (sec. 8); courtesy lines and a shop slogan are not one: need_info reason.",
     missing=["reason"])
b = M("l61b-bot.eml", "Optima WebDesign <optimawebdesigns12@gmail.com>", "foxglovefloralsuk@gmail.com", "Re: Cancellation — Foxglove Florals — OWD-2025-431 [OWD-3301]",
      "Dear Beatrice,\n\nWe understood: cancellation, project Foxglove Florals, invoice OWD-2025-431. Please tell us the reason for the cancellation.\n\n"
      "Billing & Refunds Desk — Optima WebDesign", "2025-09-20 15:20", reply="l60a-cancel-no-reason.eml")
c = M("l61c-answer.eml", "Foxglove Florals <foxglovefloralsuk@gmail.com>", OW_TO, "Re: Cancellation — Foxglove Florals — OWD-2025-431 [OWD-3301]",
      "Sorry for the slow reply! The reason: I'm retiring and closing the shop at the end of October.\n\nB.\n\n> Please tell us the reason for the cancellation.",
      "2025-09-30 10:00", "+01:00", reply="l61b-bot.eml")
case("l61-reason-after-cutoff", OWB, "decided", [a, b, c], "Reason arrives 30 Sep (after the 28 Sep cut-off), but request time is the first mail 20 Sep: >= 7 days before 5 Oct, cancel effective 2025-10-04 (O4, C3).",
     [X("cancel", "2025-10-04")])

J("Halden Architects", "studio@haldenarchitects.no", "2025-08-01T10:00:00")
W("en_w6201", "OWD-2025-432", "Halden Architects", "deposit", "25000.00", "4500.00", "2025-08-01T10:00:00")
W("en_w6202", "OWD-2025-433", "Halden Architects", "milestone", "35000.00", "6300.00", "2025-09-01T10:00:00", milestone_status="not_started")
f = M("l62-which-invoice.eml", "Halden Studio <studio@haldenarchitects.no>", OW_TO, "Refund - Halden Architects",
      "Hei,\n\nWe would like a refund for the Halden Architects project. The partners decided to postpone the new website until the office move "
      "is done next spring.\n\nVennlig hilsen / Best regards\nIngrid", "2025-09-18 14:30", "+02:00")
case("l62-which-invoice", OWB, "need_info", [f], "Contract email, project and reason present; two payments on the project and no reference: ask for invoice_number (C3).",
     missing=["invoice_number"])

J("Crescent Moon Yoga", "namaste@crescentmoonyoga.com", "2025-08-01T10:00:00")
W("en_w6301", "OWD-2025-434", "Crescent Moon Yoga", "milestone", "20000.00", "3600.00", "2025-09-15T10:00:00", milestone_status="not_started")
f = M("l63-fw-from-agency.eml", "Tara Quinn <tara@quinnmarketing.co>", OW_TO, "Fw: Crescent Moon Yoga - refund",
      "Hi Optima, I handle marketing for Crescent Moon Yoga. Forwarding the owner's note below - please process.\n\nTara\n\n"
      "-------- Forwarded Message --------\nSubject: Crescent Moon Yoga - refund\nDate: Mon, 22 Sep 2025 08:14:55 -0700\n"
      "From: Luna Reyes <namaste@crescentmoonyoga.com>\nTo: Tara Quinn <tara@quinnmarketing.co>\n\nTara, please ask Optima to refund milestone 3 "
      "(OWD-2025-434). We're not doing the online classes section after all - too few sign-ups. My contract email with them is namaste@crescentmoonyoga.com.\n",
      "2025-09-23 22:00", "-07:00")
case("l63-fw-from-agency", OWB, "need_info", [f], "Thunderbird forward: request names contract email namaste@ but comes from tara@: C2 via a forward (sec. 8).",
     rules=["C2"])

J("Blackstone Legal", "admin@blackstonelegal.com", "2025-06-01T10:00:00")
W("en_w6401", "OWD-2025-435", "Blackstone Legal", "retainer", "30000.00", "5400.00", "2025-09-08T10:00:00",
  period_start="2025-09-08", period_end="2025-10-07", next_billing_at="2025-10-08T00:00:00")
f = M("l64-cancel-dispute.eml", "Blackstone Legal Admin <admin@blackstonelegal.com>", OW_TO, "Termination of retainer OWD-2025-435",
      "Optima,\n\nWe hereby terminate the Blackstone Legal retainer (OWD-2025-435). The site has been down three times this month. If September's "
      "fee is not credited we will dispute the payment with our card issuer.\n\nOffice Administrator", "2025-09-21 15:00", "+01:00")
case("l64-cancel-dispute", OWB, "decided", [f], "Payment-dispute threat covers the whole case: the cancellation (and any refund) escalated (C4, sec. 8).",
     [X("escalate")], rules=["C4"], extra_ok=True)

f = M("l65-before-signing.eml", "Olivia Grant <olivia@grantandfield.com>", OW_TO, "Question about your deposit terms",
      "Hi there,\n\nBefore we sign the SoW: if we pay the booking deposit and then our funding is delayed, could we get it back within the first "
      "few days? And is the discovery fee refundable if we cancel before the workshop?\n\nThanks,\nOlivia Grant, Grant & Field", "2025-09-17 20:00", "-04:00")
case("l65-before-signing", OWB, "other", [f], "Questions before buying: policy questions, other (sec. 8).")

J("Tidepool Aquatics", "swim@tidepoolaquatics.com", "2025-09-01T10:00:00")
W("en_w6601", "OWD-2025-436", "Tidepool Aquatics", "hosting_annual", "12000.00", "2160.00", "2025-08-30T10:00:00",
  setup_fee="1200.00", service_start="2025-09-01")
f = M("l66-not-cancelling.eml", "Tidepool Aquatics <swim@tidepoolaquatics.com>", OW_TO, "Re: hosting invoice OWD-2025-436",
      "Hi, to be clear we are NOT cancelling the hosting and we don't want a refund - we love the new site! We just need the invoice re-issued "
      "with our new billing address: 14 Harbour Rd, Fremantle WA 6160.\n\nCheers, Kim", "2025-09-12 10:00", "+08:00",
      headers={"In-Reply-To": "<OWD-2025-436.20250830T1000@optimawebdesign.com>", "References": "<OWD-2025-436.20250830T1000@optimawebdesign.com>"})
case("l66-not-cancelling", OWB, "other", [f], "Negated cancellation and refund (sec. 8); an invoice address change: other.")

write_all()
