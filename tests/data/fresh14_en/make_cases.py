"""fresh14_en: held-out hard-English cases for mailbot (QA pass, written from POLICY_SPEC.md alone). MIT licence."""
# ---- shared scaffold (stdlib only) ----
import json, os, shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
IST = timezone(timedelta(hours=5, minutes=30))
LO = "support@leadsoptima.com"
OWD = "optimawebdesigns12@gmail.com"
BRAND = {LO: "leadsoptima", OWD: "optima_webdesign", "billing@optimawebdesign.com": "optima_webdesign",
         "billing@leadsoptima.com": "leadsoptima"}

def tz(h, m=0):
    return timezone(timedelta(hours=h, minutes=m))

def T(s, z=IST):
    """'2025-09-24 10:15' in zone z."""
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=z)

CUSTOMERS, PROJECTS, PAYMENTS, CASES = [], [], [], []

def cust(email, name, plan, ps=None, pe=None, status="active", trial_ends=None):
    CUSTOMERS.append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan, "status": status,
                      "trial_ends": trial_ends, "current_period_start": ps, "current_period_end": pe})

def lpay(pid, inv, email, plan, amount, tax, paid_at, ps, pe, status="paid"):
    PAYMENTS.append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email,
                     "kind": "subscription", "plan": plan, "amount": amount, "tax": tax, "currency": "INR",
                     "paid_at": paid_at, "period_start": ps, "period_end": pe, "status": status})

def proj(name, email, started=None):
    PROJECTS.append({"brand": "optima_webdesign", "name": name, "contract_email": email, "work_started_at": started})

def opay(pid, inv, project, kind, amount, tax, paid_at, status="paid", setup_fee=None, service_start=None,
         next_billing_at=None, ps=None, pe=None, milestone_status=None):
    PAYMENTS.append({"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": project, "kind": kind,
                     "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": status,
                     "setup_fee": setup_fee, "service_start": service_start, "next_billing_at": next_billing_at,
                     "period_start": ps, "period_end": pe, "milestone_status": milestone_status})

def E(frm, subject, body, when, to=LO, html=None, headers=None, reply_to=None):
    return dict(frm=frm, subject=subject, body=body, when=when, to=to, html=html, headers=headers or {},
                reply_to=reply_to)

def case(cid, emails, status, decisions=(), rules=(), missing=None, spec="", ambiguous=None, extra_ok=False, brand="auto"):
    if isinstance(emails, dict):
        emails = [emails]
    CASES.append(dict(cid=cid, emails=emails, status=status, decisions=list(decisions), rules=list(rules),
                      missing=missing, spec=spec, ambiguous=ambiguous, extra_ok=extra_ok, brand=brand))

def D(intent, outcome, amount=None, eff=None):
    d = {"intent": intent, "outcome": outcome}
    if amount is not None:
        d["amount"] = amount
    if eff is not None:
        d["effective_date"] = eff
    return d

def build(lang):
    out = os.path.join(HERE, "emails")
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    exp = []
    for c in CASES:
        files, first_id, prev_ids = [], None, []
        for n, e in enumerate(c["emails"]):
            m = EmailMessage(policy=SMTP)
            m["From"] = e["frm"]
            m["To"] = e["to"]
            m["Date"] = format_datetime(e["when"])
            dom = e["frm"].rsplit("@", 1)[-1].strip(">").strip() or "example.invalid"
            mid = "<%s.%d.%s@%s>" % (c["cid"], n, e["when"].strftime("%Y%m%d%H%M"), dom)
            m["Message-ID"] = mid
            subj = e["subject"]
            if n > 0:
                to_dom = e["to"].rsplit("@", 1)[-1]
                ours = "<reply.%s.%d@%s>" % (c["cid"], n, to_dom)
                m["In-Reply-To"] = ours
                m["References"] = " ".join(prev_ids + [ours])
            if e["reply_to"]:
                m["Reply-To"] = e["reply_to"]
            m["Subject"] = subj
            for k, v in e["headers"].items():
                m[k] = v
            if e["html"] is not None and e["body"] is None:
                m.set_content(e["html"], subtype="html")
            else:
                m.set_content(e["body"])
                if e["html"] is not None:
                    m.add_alternative(e["html"], subtype="html")
            prev_ids.append(mid)
            fn = "emails/%s%s.eml" % (c["cid"].split("-", 1)[1], "" if len(c["emails"]) == 1 else "-%d" % (n + 1))
            with open(os.path.join(HERE, fn), "wb") as f:
                f.write(m.as_bytes(policy=SMTP))
            files.append(fn)
        brand = c["brand"]
        if brand == "auto":
            brand = BRAND.get(c["emails"][0]["to"])
        x = {"id": c["cid"], "lang": lang, "files": files, "brand": brand, "status": c["status"],
             "rules": c["rules"]}
        if c["missing"] is not None:
            x["missing"] = c["missing"]
        x["decisions"] = c["decisions"]
        if c["extra_ok"]:
            x["extra_ok"] = True
        x["spec"] = c["spec"]
        if c["ambiguous"]:
            x["ambiguous"] = c["ambiguous"]
        exp.append(x)
    ids = [p["id"] for p in PAYMENTS]
    invs = [p["invoice"] for p in PAYMENTS]
    assert len(ids) == len(set(ids)) and len(invs) == len(set(invs)), "duplicate ids/invoices"
    assert len({c["id"] for c in exp}) == len(exp)
    with open(os.path.join(HERE, "ledger.json"), "w", encoding="utf-8") as f:
        json.dump({"customers": CUSTOMERS, "projects": PROJECTS, "payments": PAYMENTS}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump({"cases": exp}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(len(exp), "cases")
# ---- end scaffold ----

EDT, PDT, AEST, BST, UTC = tz(-4), tz(-7), tz(10), tz(1), tz(0)
DISCLAIMER = """
------------------------------------------------------------
CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the
addressee(s) and may contain confidential or privileged information. If you are not the
intended recipient, please notify the sender and delete it. Any unauthorised review, use,
disclosure or distribution is prohibited. Please consider the environment before printing.
"""

# =================== LeadsOptima ===================
cust("s.raghavan@raghavanautoparts.com", "Srinivas Raghavan", "annual", "2025-09-25", "2026-09-24")
lpay("pay_en_8001", "LO-INV-80101", "s.raghavan@raghavanautoparts.com", "annual", "11988.00", "2157.84", "2025-09-25T15:20:00", "2025-09-25", "2026-09-24")
lpay("pay_en_8002", "LO-INV-80102", "s.raghavan@raghavanautoparts.com", "annual", "11988.00", "2157.84", "2025-09-25T15:26:00", "2025-09-25", "2026-09-24")
case("en-l01-dup-indian", E("Srinivas Raghavan <s.raghavan@raghavanautoparts.com>", "Excess amount debited - annual subscription",
"""Dear Sir/Madam,

This is to bring to your kind notice that an amount of Rs. 14,145.84/- has been debited twice from our company HDFC current account on 25.09.2025 towards the annual subscription. The second debit (invoice no. LO-INV-80102) is excess and kindly arrange to credit back the same at the earliest.

Thanking you,
Yours faithfully,
S. Raghavan
Accounts Dept., Raghavan Auto Parts, Coimbatore
""", T("2025-09-27 11:40")), "decided", [D("refund", "approve", "11988.00")],
spec="POLICY_SPEC.md section 3 L2 duplicate ('debited twice'), charge 2025-09-25, request day 2 -> L3 inside; L4 two paid identical charges -> approve the duplicate's amount before tax 11988.00 (C6)")

cust("eleanor.whitfield@whitfieldpottery.co.uk", "Eleanor Whitfield", "monthly", "2025-09-22", "2025-10-21")
lpay("pay_en_8011", "LO-INV-80111", "eleanor.whitfield@whitfieldpottery.co.uk", "monthly", "1499.00", "0.00", "2025-09-22T13:00:00", "2025-09-22", "2025-10-21")
lpay("pay_en_8012", "LO-INV-80112", "eleanor.whitfield@whitfieldpottery.co.uk", "monthly", "1499.00", "0.00", "2025-09-22T13:00:30", "2025-09-22", "2025-10-21")
case("en-l02-dup-british-slashes", E("Eleanor Whitfield <eleanor.whitfield@whitfieldpottery.co.uk>", "Billed twice?",
"""Hello there,

I appear to have been billed twice for September -- two identical payments went out of my business account on Monday, a few seconds apart. The receipt for the second one says lo/inv/80112. Could you pop that one back to my card, please?

Many thanks,
Eleanor

Sent from my iPad
""", T("2025-09-24 09:15", BST)), "decided", [D("refund", "approve", "1499.00")],
spec="L2 duplicate; 2025-09-24 09:15 BST = 13:45 IST, day 2; section 8 invoice refs ignore slashes: lo/inv/80112 = LO-INV-80112; L4 approve 1499.00")

cust("mike.delgado@delgadohvac.com", "Mike Delgado", "monthly", "2025-09-19", "2025-10-18")
lpay("pay_en_8021", "LO-INV-80121", "mike.delgado@delgadohvac.com", "monthly", "1499.00", "0.00", "2025-09-19T22:00:00", "2025-09-19", "2025-10-18")
lpay("pay_en_8022", "LO-INV-80122", "mike.delgado@delgadohvac.com", "monthly", "1499.00", "0.00", "2025-09-19T22:01:00", "2025-09-19", "2025-10-18")
lpay("pay_en_8023", "LO-INV-80123", "mike.delgado@delgadohvac.com", "monthly", "1499.00", "0.00", "2025-09-27T22:00:00", "2025-09-19", "2025-10-18")
case("en-l03-three-charges-window", E("Mike Delgado <mike.delgado@delgadohvac.com>", "3 charges for ONE month??",
"""Hey guys,

Looking at my Amex and you've hit me three times for the same month - twice on the 19th and then AGAIN this morning (LO-INV-80122 and LO-INV-80123 are the extras). I only have one seat. Refund the extra two please.

Mike Delgado
Delgado Heating & Air | Tucson, AZ
""", T("2025-09-27 18:30", tz(-7))), "decided", [D("refund", "approve", "1499.00")],
spec="section 8 three identical charges: charges 2 and 3 are duplicates; request 2025-09-27 18:30 MST (Arizona) = 2025-09-28 07:00 IST; LO-INV-80122 (2025-09-19) is day 9 -> outside L3; LO-INV-80123 (2025-09-27) is day 1 -> inside; refund = sum inside the window = 1499.00")

cust("jess.oconnor@coastalphysio.com.au", "Jess O'Connor", "quarterly", "2025-09-23", "2025-12-22")
lpay("pay_en_8031", "LO-INV-80131", "jess.oconnor@coastalphysio.com.au", "quarterly", "3999.00", "0.00", "2025-09-23T06:00:00", "2025-09-23", "2025-12-22")
case("en-l04-access-aussie", E("Jess O'Connor <jess.oconnor@coastalphysio.com.au>", "Platform's been down for us since Tuesday",
"""Hi team,

Bit frustrated here. We renewed the quarterly plan on the 23rd (LO-INV-80131) and since then none of us can get past the login screen - it just spins and kicks us back out. Your chat bot keeps telling me to clear my cache, done that about ten times. Not keen on paying for something we can't use, so I'd like that money back please.

Cheers,
Jess O'Connor
Practice Manager, Coastal Physio Byron Bay
""", T("2025-09-26 16:00", AEST)), "decided", [D("refund", "escalate")],
spec="L2 access_failure; request 2025-09-26 16:00 AEST = 11:30 IST, day 3 -> L6 escalate")

cust("tom.hargreaves@hargreavesjoinery.co.uk", "Tom Hargreaves", "monthly", "2025-09-10", "2025-10-09")
lpay("pay_en_8041", "LO-INV-80141", "tom.hargreaves@hargreavesjoinery.co.uk", "monthly", "1499.00", "0.00", "2025-09-10T12:00:00", "2025-09-10", "2025-10-09")
case("en-l05-access-late", E("Tom Hargreaves <tom.hargreaves@hargreavesjoinery.co.uk>", "no access + refund",
"""Hi,

Haven't been able to log in since the payment on the 10th. I've been away on a job in Cornwall so only chasing it now. Invoice LO-INV-80141 - I'd like it refunded as I've had no use of it.

Tom
""", T("2025-09-20 08:00", BST)), "decided", [D("refund", "deny")],
spec="L2 access_failure but charge 2025-09-10, request 2025-09-20 12:30 IST = day 10 > 7 -> L3 deny")

cust("rachel.kim@kimdentalgroup.com", "Rachel Kim", "monthly", "2025-09-08", "2025-10-07")
lpay("pay_en_8051", "LO-INV-80151", "rachel.kim@kimdentalgroup.com", "monthly", "1499.00", "0.00", "2025-09-08T10:00:00", "2025-09-08", "2025-10-07")
case("en-l06-negation-cancel", E("Rachel Kim <rachel.kim@kimdentalgroup.com>", "Please don't renew us",
"""Hi there,

To be clear up front: I'm not after a refund for this month, we've had our use out of it. I'd just like the subscription to stop at the end of the current cycle so nothing else comes out in October. We're consolidating onto the tool our parent company uses.

Thanks so much,
Rachel Kim
Office Manager | Kim Dental Group | Portland, OR
""", T("2025-09-29 09:00", PDT)), "decided", [D("cancellation", "cancel", eff="2025-10-07")],
spec="section 8 negation: 'not after a refund' adds no refund; L8 cancel effective current_period_end 2025-10-07")

cust("arvind.menon@menonarchitects.in", "Arvind Menon", "quarterly", "2025-09-26", "2025-12-25")
lpay("pay_en_8061", "LO-INV-80161", "arvind.menon@menonarchitects.in", "quarterly", "3999.00", "719.82", "2025-09-26T09:00:00", "2025-09-26", "2025-12-25")
lpay("pay_en_8062", "LO-INV-80162", "arvind.menon@menonarchitects.in", "quarterly", "3999.00", "719.82", "2025-09-26T09:03:00", "2025-09-26", "2025-12-25")
case("en-l07-refund-not-cancel", E("Arvind Menon <arvind.menon@menonarchitects.in>", "Duplicate quarterly charge (do NOT cancel)",
"""Hi,

Please note I do not want to cancel -- we are happy with the product. The issue is only that the quarterly renewal went through twice on 26 Sept. Please reverse the second one, LO-INV-80162.

Best,
Arvind Menon
""", T("2025-09-28 10:30")), "decided", [D("refund", "approve", "3999.00")],
spec="negated cancellation adds no cancellation intent; L2 duplicate day 2 -> L4 approve 3999.00 before tax (no cancellation decision expected)")

cust("greg.thompson@thompsonroofing.com", "Greg Thompson", "annual", "2025-04-14", "2026-04-13")
lpay("pay_en_8071", "LO-INV-80171", "greg.thompson@thompsonroofing.com", "annual", "11988.00", "0.00", "2025-04-14T10:00:00", "2025-04-14", "2026-04-13")
case("en-l08-hypothetical-plus-cancel", E("Greg Thompson <greg.thompson@thompsonroofing.com>", "renewal",
"""Hi,

Couple of things. If the October release still doesn't fix the Gmail sync, would I be able to get some money back for the months left? Not asking for anything right now, just want to know where I stand.

Either way, please switch off auto-renewal so the annual plan just ends in April rather than renewing. We'll decide then.

Greg
""", T("2025-09-23 07:30", EDT)), "decided", [D("cancellation", "cancel", eff="2026-04-13")],
spec="section 8: the hypothetical 'would I be able to get money back if...' and 'not asking for anything right now' add no refund; turning off renewal is a cancellation -> L8 effective current_period_end 2026-04-13")

case("en-l09-hypothetical-only", E("Fatima Sheikh <fatima@sheikhbridal.in>", "Question before we sign up",
"""Hello,

We are comparing a few lead-gen tools for our bridal boutique. Suppose we take the quarterly plan and after a month find it's not for us -- is there any way to get the remaining two months back, or is it gone once paid? Would like to know before I put the card in.

Regards,
Fatima
""", T("2025-09-30 15:45")), "other",
spec="section 8: a hypothetical refund question before buying is a policy question -> other")

cust("daniel.brooks@brookslandscaping.com", "Daniel Brooks", "annual", "2025-09-24", "2026-09-23")
lpay("pay_en_8091", "LO-INV-80191", "daniel.brooks@brookslandscaping.com", "annual", "11988.00", "0.00", "2025-09-24T20:00:00", "2025-09-24", "2026-09-23")
case("en-l10-changed-mind", E("Daniel Brooks <daniel.brooks@brookslandscaping.com>", "Refund on annual plan",
"""Hi,

My business partner signed us up for the annual plan on Wednesday without checking with me first. We've talked it over and we're going to stick with spreadsheets for now. Can we get the $ back on invoice LO-INV-80191? It was only a few days ago.

Thanks,
Dan
""", T("2025-09-27 12:00", EDT)), "decided", [D("refund", "deny")],
spec="L1: changed mind is not an exception, inside the window or not -> deny (reply offers cancellation); no cancellation asked")

cust("nigel.ashworth@ashworthaccountancy.co.uk", "Nigel Ashworth", "annual", "2025-06-02", "2026-06-01")
lpay("pay_en_8101", "LO-INV-80201", "nigel.ashworth@ashworthaccountancy.co.uk", "annual", "11988.00", "0.00", "2025-06-02T10:00:00", "2025-06-02", "2026-06-01")
case("en-l11-prorata-british", E("Nigel Ashworth <nigel.ashworth@ashworthaccountancy.co.uk>", "Cancellation and pro-rata refund",
"""Dear LeadsOptima,

We are winding down our outbound marketing and shall no longer require the platform. Please cancel our annual subscription and refund the unexpired portion (roughly eight months) on a pro-rata basis to the card on file, invoice LO-INV-80201.

Kind regards,
Nigel Ashworth FCA
Ashworth & Co. Chartered Accountants
""" + DISCLAIMER, T("2025-09-22 10:00", BST)), "decided", [D("refund", "deny"), D("cancellation", "cancel", eff="2026-06-01")],
spec="L1 / L8: no partial refunds for unused days -> refund deny (also outside L3); cancel effective current_period_end 2026-06-01")

cust("carla.mendes@mendesbakery.com", "Carla Mendes", "monthly", "2025-09-17", "2025-10-16", status="cancelled")
lpay("pay_en_8111", "LO-INV-80211", "carla.mendes@mendesbakery.com", "monthly", "1499.00", "0.00", "2025-09-17T10:00:00", "2025-09-17", "2025-10-16")
case("en-l12-cancelled-then-charged", E("Carla Mendes <carla.mendes@mendesbakery.com>", "Charged after cancelling",
"""Hi,

I cancelled on the 14th through Billing > Cancel Plan and got the confirmation email, but on the 17th you took another month anyway (LO-INV-80211). I'd like that charge reversed please, I wasn't expecting to pay anything further.

Carla Mendes
Mendes Bakery, Newark NJ
""", T("2025-09-19 09:00", EDT)), "decided", [D("refund", "escalate")],
spec="past event 'cancelled on the 14th, charged on the 17th' = L2 billing_error; request day 2 -> L5 escalate")

cust("kevin.walsh@walshplumbing.ie", "Kevin Walsh", "quarterly", "2025-09-01", "2025-11-30")
lpay("pay_en_8121", "LO-INV-80221", "kevin.walsh@walshplumbing.ie", "quarterly", "3999.00", "0.00", "2025-09-01T10:00:00", "2025-09-01", "2025-11-30")
case("en-l13-wrong-amount-late", E("Kevin Walsh <kevin.walsh@walshplumbing.ie>", "Wrong amount on my invoice",
"""Hello,

I signed up at the advertised price but invoice LO-INV-80221 from the 1st of September is for a higher amount than I agreed to. I'd like the difference refunded.

Kevin
""", T("2025-09-15 10:00", BST)), "decided", [D("refund", "deny")],
spec="L2 billing_error (wrong amount), but charge 2025-09-01 and request 2025-09-15 14:30 IST = day 14 > 7 -> L3 deny")

cust("procurement@vertexpharma.in", "Vertex Pharma", "annual", "2025-09-28", "2026-09-27")
lpay("pay_en_8131", "LO-INV-80231", "procurement@vertexpharma.in", "annual", "11988.00", "2157.84", "2025-09-28T10:00:00", "2025-09-28", "2026-09-27")
case("en-l14-refund-no-reason", E("Procurement | Vertex Pharma <procurement@vertexpharma.in>", "Refund request: LO-INV-80231",
"""Dear Team,

Please process refund against the captioned invoice at the earliest and share the credit note.

Warm regards,
Sunil K.
Procurement Cell | Vertex Pharma Ltd. | Baddi, HP
""" + DISCLAIMER, T("2025-09-29 10:15")), "need_info", missing=["reason"],
spec="section 8 'what a reason is': restating the request, signature and disclaimer are not a reason; plan from the ledger -> need_info reason (C3)")

cust("admin@brightsmiledental.com.au", "Bright Smile Dental", "monthly", "2025-09-15", "2025-10-14")
lpay("pay_en_8141", "LO-INV-80241", "admin@brightsmiledental.com.au", "monthly", "1499.00", "0.00", "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
case("en-l15-c2-gmail", E("Lauren Pike <laurenpike.bsd@gmail.com>", "cancel our account",
"""Hi,

I'm the practice manager at Bright Smile Dental. Our account is under admin@brightsmiledental.com.au but I can't get into that inbox from home. Can you cancel the monthly plan and let me know when it's paid up to?

Lauren
""", T("2025-09-25 19:00", AEST)), "need_info", rules=["C2"],
spec="C2: sender is not the registered email it names -> need_info, nothing about the account")

cust("j.patterson@pattersonlaw.com", "James Patterson", "monthly", "2025-09-24", "2025-10-23")
lpay("pay_en_8151", "LO-INV-80251", "j.patterson@pattersonlaw.com", "monthly", "1499.00", "0.00", "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
case("en-l16-c4-bank-dispute", E("James Patterson <j.patterson@pattersonlaw.com>", "Unauthorized renewal",
"""To whom it may concern,

I did not authorise the renewal on September 24 (LO-INV-80251). I have no interest in your product and I expect a full refund by Friday. If I do not see it, I will dispute the charge with my card issuer.

J. Patterson
""", T("2025-09-25 08:00", EDT)), "decided", [D("refund", "escalate")], rules=["C4"],
spec="C4: a payment-dispute threat escalates the case")

cust("sophie.turner@turnerflorist.co.uk", "Sophie Turner", "quarterly", "2025-08-20", "2025-11-19")
lpay("pay_en_8161", "LO-INV-80261", "sophie.turner@turnerflorist.co.uk", "quarterly", "3999.00", "0.00", "2025-08-20T10:00:00", "2025-08-20", "2025-11-19")
case("en-l17-c4-cancel-solicitor", E("Sophie Turner <sophie.turner@turnerflorist.co.uk>", "Third time of asking - CANCEL",
"""This is the third time I've asked. Cancel my subscription today. I've forwarded the whole chain to my solicitor and I'll be taking legal action if I'm charged one more penny.

Sophie Turner
""", T("2025-09-26 17:00", BST)), "decided", [D("cancellation", "escalate")], rules=["C4"],
spec="section 8: C4 covers the whole case, a cancellation included -> escalate ('legal action')")

cust("ben.carter.trial@outlook.com", "Ben Carter", None, status="trial", trial_ends="2025-10-04")
case("en-l18-trial-refund", E("Ben Carter <ben.carter.trial@outlook.com>", "money back",
"""Hi, I'm on the free trial and honestly the tool isn't for us. Please refund whatever I've paid and close it off.

Ben
""", T("2025-09-28 21:00", AEST)), "decided", [D("refund", "deny")], extra_ok=True,
spec="L7: trial account, no charges in the ledger -> deny (nothing to refund, no charge whose invoice could be asked for); the reply says nothing is billed unless they subscribe (extra_ok: 'close it off' may add a cancellation)")

cust("owen.price@pricefreight.com", "Owen Price", "annual")
lpay("pay_en_8181", "LO-INV-80281", "owen.price@pricefreight.com", "annual", "11988.00", "0.00", "2024-11-05T10:00:00", "2024-11-05", None)
case("en-l19-cancel-fallback-annual", E("Owen Price <owen.price@pricefreight.com>", "End of our annual term",
"""Hi,

We won't be renewing in November -- the sales team has moved to HubSpot. Please cancel the annual plan so it lapses at the end of the current term.

Owen Price
Price Freight, Leeds
""", T("2025-09-18 11:00", BST)), "decided", [D("cancellation", "cancel", eff="2025-11-04")],
spec="L8 fallback: no current_period_end; last charge 2024-11-05 + 12 months - 1 day = 2025-11-04")

cust("hello@lunayogastudio.com", "Luna Yoga Studio", "monthly", "2025-09-12", "2025-10-11")
lpay("pay_en_8191", "LO-INV-80291", "hello@lunayogastudio.com", "monthly", "1499.00", "0.00", "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
case("en-l20-html-only-cancel", E("Luna Yoga Studio <hello@lunayogastudio.com>", "Cancelling",
None, T("2025-09-24 14:00", PDT), html="""<html><head><style>p{font-family:Calibri}</style></head><body>
<div class="WordSection1"><p class="MsoNormal">Hi LeadsOptima team,<o:p></o:p></p>
<p class="MsoNormal">Please cancel our monthly plan. The studio is closing for renovation until spring and we won&#8217;t need lead campaigns in the meantime.<o:p></o:p></p>
<p class="MsoNormal">Namaste,<br>Maya<br><b>Luna Yoga Studio</b> | Santa Cruz, CA</p></div></body></html>"""),
"decided", [D("cancellation", "cancel", eff="2025-10-11")],
spec="HTML-only Outlook mail; L8 cancel effective current_period_end 2025-10-11")

cust("accounts@northstarsolar.com.au", "Northstar Solar", "quarterly", "2025-09-21", "2025-12-20")
lpay("pay_en_8201", "LO-INV-80301", "accounts@northstarsolar.com.au", "quarterly", "3999.00", "0.00", "2025-09-21T10:00:00", "2025-09-21", "2025-12-20")
lpay("pay_en_8202", "LO-INV-80302", "accounts@northstarsolar.com.au", "quarterly", "3999.00", "0.00", "2025-09-21T10:05:00", "2025-09-21", "2025-12-20")
case("en-l21-long-thread", [
 E("Northstar Solar Accounts <accounts@northstarsolar.com.au>", "Double up on the quarterly",
"""Hi,
Our bank rec shows the quarterly fee came out twice last weekend. Can you refund one of them?
Thanks, Priya (Accounts)
""", T("2025-09-23 09:00", AEST)),
 E("Northstar Solar Accounts <accounts@northstarsolar.com.au>", "Re: Double up on the quarterly [LO-4305]",
"""No worries, I'll dig out the invoice numbers from Xero tomorrow and send them through.
Priya

> Could you send us the invoice number of the charge you want refunded?
""", T("2025-09-23 15:00", AEST)),
 E("Northstar Solar Accounts <accounts@northstarsolar.com.au>", "Re: Double up on the quarterly [LO-4305]",
"""Found them - the doubled one is LO-INV-80302.
Priya

On 23 Sep 2025, at 5:12 pm, LeadsOptima Support <support@leadsoptima.com> wrote:
> Could you send us the invoice number of the charge you want refunded?
""", T("2025-09-25 10:00", AEST))], "decided", [D("refund", "approve", "3999.00")],
spec="C3 thread of three customer emails; request time = first email 2025-09-23 04:30 IST = day 2 after 2025-09-21; L4 approve the duplicate 3999.00")

case("en-l22-helpdesk-autoack", E("Vertex Pharma Helpdesk <helpdesk@vertexpharma.in>", "[Ticket #55821] Re: Your refund request has been received",
"""Dear Customer,

Thank you for contacting Vertex Pharma IT Helpdesk. Your ticket #55821 has been logged. Please do not reply to this email.
""", T("2025-09-29 11:00"), headers={"Auto-Submitted": "auto-generated"}), "ignore", rules=["C7"],
spec="C7: Auto-Submitted: auto-generated -> ignore")

cust("liam.nguyen@nguyenelectrical.com.au", "Liam Nguyen", "monthly", "2025-09-17", "2025-10-16")
lpay("pay_en_8221", "LO-INV-80321", "liam.nguyen@nguyenelectrical.com.au", "monthly", "1499.00", "0.00", "2025-09-16T20:00:00Z", "2025-09-17", "2025-10-16")
lpay("pay_en_8222", "LO-INV-80322", "liam.nguyen@nguyenelectrical.com.au", "monthly", "1499.00", "0.00", "2025-09-16T20:02:00Z", "2025-09-17", "2025-10-16")
case("en-l23-utc-ledger-day7", E("Liam Nguyen <liam.nguyen@nguyenelectrical.com.au>", "charged 2x",
"""Hi, got charged 2x for Sept, second one is LO-INV-80322. Refund that pls. Liam
""", T("2025-09-24 14:00", AEST)), "decided", [D("refund", "approve", "1499.00")],
spec="section 8 ledger times with an offset: 2025-09-16T20:02Z = 2025-09-17 01:32 IST (day 0); request 2025-09-24 14:00 AEST = 09:30 IST on 2025-09-24 = day 7 -> inside; L4 approve 1499.00")

cust("hannah.lee@leefamilydental.com", "Hannah Lee", "monthly", "2025-09-20", "2025-10-19")
lpay("pay_en_8231", "LO-INV-80331", "hannah.lee@leefamilydental.com", "monthly", "1499.00", "0.00", "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
lpay("pay_en_8232", "LO-INV-80332", "hannah.lee@leefamilydental.com", "monthly", "1499.00", "0.00", "2025-09-20T10:01:00", "2025-09-20", "2025-10-19", status="refunded")
case("en-l24-refunded-not-arrived", E("Hannah Lee <hannah.lee@leefamilydental.com>", "Where is my refund?",
"""Hi,

Your team told me on chat that the double charge from the 20th (LO-INV-80332) was refunded, but nothing has arrived on my card yet. Please send the money back for that duplicate.

Hannah
""", T("2025-09-26 10:00", PDT)), "decided", [D("refund", "escalate")],
spec="section 8: a refund of a payment that is not 'paid' (here 'refunded') is escalate")

cust("ops@kitekitchens.in", "Kite Kitchens", "monthly", "2025-09-26", "2025-10-25")
lpay("pay_en_8241", "LO-INV-80341", "ops@kitekitchens.in", "monthly", "2499.00", "449.82", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
lpay("pay_en_8242", "LO-INV-80342", "ops@kitekitchens.in", "monthly", "2499.00", "449.82", "2025-09-26T10:00:20", "2025-09-26", "2025-10-25")
case("en-l25-subject-only-ref", E("Kite Kitchens Ops <ops@kitekitchens.in>", "lo inv 80342 - paid two times",
"""Hi, pls see subject. Same payment went 2 times on 26th from our ICICI card, ₹2,948.82 each. Kindly revert the second.

Thanks & regards
Ops Team, Kite Kitchens
""", T("2025-09-27 13:00")), "decided", [D("refund", "approve", "2499.00")],
spec="invoice typed in the subject only ('lo inv 80342' = LO-INV-80342, section 8); L2 duplicate day 1 -> L4 approve 2499.00 before tax")

cust("marcus.bell@bellfitness.com", "Marcus Bell", "quarterly", "2025-08-05", "2025-11-04")
lpay("pay_en_8251", "LO-INV-80351", "marcus.bell@bellfitness.com", "quarterly", "3999.00", "0.00", "2025-08-05T10:00:00", "2025-08-05", "2025-11-04")
case("en-l26-cancel-with-question", E("Marcus Bell <marcus.bell@bellfitness.com>", "cancel + exporting contacts",
"""Yo,

We're moving everything in-house so go ahead and cancel us. Before it shuts off, how do I export all the leads to CSV? Don't want to lose them.

Marcus
Bell Fitness, Austin TX
""", T("2025-09-21 16:00", tz(-5))), "decided", [D("cancellation", "cancel", eff="2025-11-04")],
spec="L8 cancel effective current_period_end 2025-11-04; the extra how-to question does not change the decision")

cust("tanya.fernandes@fernandesevents.in", "Tanya Fernandes", "monthly", "2025-09-11", "2025-10-10")
lpay("pay_en_8261", "LO-INV-80361", "tanya.fernandes@fernandesevents.in", "monthly", "1499.00", "269.82", "2025-09-11T10:00:00", "2025-09-11", "2025-10-10")
case("en-l27-howto-card", E("Tanya Fernandes <tanya.fernandes@fernandesevents.in>", "Updating card details",
"""Hi,

My old card expires this month. Where do I update the payment method so the next renewal doesn't fail? I'd hate for the account to lapse in the middle of wedding season.

Tanya
""", T("2025-09-25 12:30")), "other",
spec="a how-to question, no refund or cancellation -> other")

cust("paul.richards@richardsauto.co.uk", "Paul Richards", "monthly", "2025-09-12", "2025-10-11")
lpay("pay_en_8271", "LO-INV-80371", "paul.richards@richardsauto.co.uk", "monthly", "1499.00", "0.00", "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
case("en-l28-complaint-no-ask", E("Paul Richards <paul.richards@richardsauto.co.uk>", "Feedback",
"""Hi,

I'm not asking for a refund and I'm not cancelling, but I do want to flag that the WhatsApp integration has dropped about a third of our leads this week. Could somebody technical ring me on 07700 900412 tomorrow morning?

Paul Richards
Richards Auto Repairs
""", T("2025-09-24 17:00", BST)), "other",
spec="section 8 negation: 'not asking for a refund and not cancelling' -> no intent; a support request -> other")

cust("Priya.Menon@MenonConsulting.com", "Priya Menon", "monthly", "2025-09-25", "2025-10-24")
lpay("pay_en_8281", "LO-INV-80381", "Priya.Menon@MenonConsulting.com", "monthly", "1499.00", "269.82", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
lpay("pay_en_8282", "LO-INV-80382", "Priya.Menon@MenonConsulting.com", "monthly", "1499.00", "269.82", "2025-09-25T10:00:45", "2025-09-25", "2025-10-24")
case("en-l29-address-case", E("Priya Menon <priya.menon@menonconsulting.com>", "Duplicate debit - LO-INV-80382",
"""Hello,

The September payment was deducted twice on 25/09. The duplicate is LO-INV-80382. Request you to refund it to the same card.

Regards,
Priya Menon
""", T("2025-09-26 18:00")), "decided", [D("refund", "approve", "1499.00")],
spec="section 8 addresses compare case-insensitively as a whole: priya.menon@menonconsulting.com = Priya.Menon@MenonConsulting.com; L4 approve 1499.00")

case("en-l30-display-name-spoof", E("\"jordan@harbourcafe.com.au\" <jordo1988@hotmail.com>", "cancel",
"""hey can u cancel the harbour cafe account asap, registered under jordan@harbourcafe.com.au. cheers
""", T("2025-09-27 10:00", AEST)), "need_info", rules=["C2"],
spec="section 8: the sender is the From address (jordo1988@hotmail.com), not the display name; it names registered email jordan@harbourcafe.com.au -> C2")
cust("jordan@harbourcafe.com.au", "Jordan Hale", "monthly", "2025-09-14", "2025-10-13")
lpay("pay_en_8291", "LO-INV-80391", "jordan@harbourcafe.com.au", "monthly", "1499.00", "0.00", "2025-09-14T10:00:00", "2025-09-14", "2025-10-13")

# =================== Optima WebDesign ===================
proj("Redwood Realty Listings", "team@redwoodrealty.com")
opay("pay_en_o01", "OWD-2025-401", "Redwood Realty Listings", "deposit", "35000.00", "6300.00", "2025-09-27T14:00:00")
case("en-o01-deposit-html", E("Redwood Realty <team@redwoodrealty.com>", "Refund Request — Redwood Realty Listings / OWD-2025-401",
None, T("2025-09-28 08:00", EDT), to=OWD, html="""<div style="font-family:Arial"><p>Hi Optima team,</p>
<p>We paid the booking deposit for <b>Redwood Realty Listings</b> yesterday (invoice OWD-2025-401). Our brokerage has just been acquired and the new owners have an in-house web team, so we need to pull out before anything kicks off.</p>
<p>Please refund the deposit to the original card.</p><p>Best,<br>Alicia Moreno<br>Marketing Director</p></div>"""),
"decided", [D("refund", "approve", "35000.00")],
spec="HTML-only; O2: paid 2025-09-27 14:00 IST, request 2025-09-28 08:00 EDT = 17:30 IST (27.5 h), no work started -> approve 35000.00 before tax")

proj("Maple Leaf Tutors Portal", "admin@mapleleaftutors.ca")
opay("pay_en_o02", "OWD-2025-402", "Maple Leaf Tutors Portal", "deposit", "20000.00", "3600.00", "2025-09-22T21:00:00")
case("en-o02-deposit-71h50-edt", E("Maple Leaf Tutors <admin@mapleleaftutors.ca>", "Deposit refund - Maple Leaf Tutors Portal",
"""Hello,

We'd like the deposit for Maple Leaf Tutors Portal (OWD-2025-402) back. Our board voted last night not to fund the portal this school year. Nothing has started on your side as far as I know.

Thank you,
Daniel Okafor
Executive Director
""", T("2025-09-25 11:20", EDT), to=OWD), "decided", [D("refund", "approve", "20000.00")],
spec="O2: paid 2025-09-22 21:00 IST; request 2025-09-25 11:20 EDT = 20:50 IST = 71 h 50 min < 72 h; no work -> approve 20000.00")

proj("Bondi Surf School Bookings", "crew@bondisurfschool.com.au")
opay("pay_en_o03", "OWD-2025-403", "Bondi Surf School Bookings", "deposit", "18000.00", "0.00", "2025-09-20T09:00:00")
case("en-o03-deposit-73h-aest", E("Bondi Surf School <crew@bondisurfschool.com.au>", "deposit back pls",
"""G'day,

Need to get our deposit back for Bondi Surf School Bookings, inv OWD-2025-403. Council knocked back our permit for the new beach so the booking site is off the table for this summer.

Cheers,
Kai
""", T("2025-09-23 15:30", AEST), to=OWD), "decided", [D("refund", "deny")],
spec="O2: paid 2025-09-20 09:00 IST; request 2025-09-23 15:30 AEST = 11:00 IST = 74 h > 72 h -> deny")

proj("Sterling Wealth Rebrand", "cmo@sterlingwealth.co.uk", started="2025-10-06T10:00:00")
opay("pay_en_o04", "OWD-2025-404", "Sterling Wealth Rebrand", "discovery", "15000.00", "0.00", "2025-09-19T10:00:00")
case("en-o04-discovery-future-session", E("Harriet Cole <cmo@sterlingwealth.co.uk>", "Discovery fee - Sterling Wealth Rebrand (OWD-2025-404)",
"""Dear Optima team,

Regrettably our compliance team has vetoed the rebrand for this financial year. The discovery workshop for the Sterling Wealth Rebrand is booked for 6 October and has not yet taken place, so I would be grateful if you could refund the discovery fee in full.

With best wishes,
Harriet Cole
Chief Marketing Officer
""", T("2025-09-26 09:00", BST), to=OWD), "decided", [D("refund", "approve", "15000.00")],
spec="O1: work_started_at 2025-10-06 is later than the request (2025-09-26) -> full refund 15000.00")

proj("Pinecrest Clinic Website", "it@pinecrestclinic.com", started="2025-09-16T10:00:00")
opay("pay_en_o05", "OWD-2025-405", "Pinecrest Clinic Website", "discovery", "10000.00", "1800.00", "2025-09-15T10:00:00")
case("en-o05-discovery-done", E("Pinecrest Clinic IT <it@pinecrestclinic.com>", "Refund of strategy fee",
"""Hi,

The strategy session for the Pinecrest Clinic Website on the 16th wasn't what we expected - mostly generic advice we could have found online. We'd like the strategy fee (OWD-2025-405) refunded.

Regards,
Brian Walsh, IT Lead
""", T("2025-09-19 10:00", EDT), to=OWD), "decided", [D("refund", "deny")],
spec="O1: session started 2025-09-16, before the request -> deny")

proj("Coastal Kayak Tours Site", "bookings@coastalkayak.com.au", started="2025-08-01T10:00:00")
opay("pay_en_o06", "OWD-2025-406", "Coastal Kayak Tours Site", "milestone", "12500.00", "0.00", "2025-09-10T10:00:00", milestone_status="not_started")
case("en-o06-milestone-not-started", E("Coastal Kayak Tours <bookings@coastalkayak.com.au>", "Milestone 2 - no longer needed",
"""Hi Optima,

We've decided to drop the online booking calendar (milestone 2 on the Coastal Kayak Tours Site, invoice OWD-2025-406) -- we're going with FareHarbor instead. As I understand it nobody's started on it yet, so could we have that payment back?

Thanks heaps,
Mel
""", T("2025-09-24 12:00", AEST), to=OWD), "decided", [D("refund", "approve", "12500.00")],
spec="O3: milestone not_started -> approve its amount before tax 12500.00")

proj("Granite & Oak Furniture Store", "owner@graniteandoak.com", started="2025-07-15T10:00:00")
opay("pay_en_o07", "OWD-2025-407", "Granite & Oak Furniture Store", "milestone", "28000.00", "5040.00", "2025-08-25T10:00:00", milestone_status="completed")
case("en-o07-milestone-completed", E("Granite & Oak <owner@graniteandoak.com>", "Product pages milestone",
"""Hi,

The product page templates for Granite & Oak Furniture Store (invoice OWD-2025-407) were marked complete but honestly they look dated next to our competitors. I'd like a refund on that milestone.

Rob Jensen
""", T("2025-09-22 13:00", PDT), to=OWD), "decided", [D("refund", "deny")],
spec="O3/O6: milestone completed -> deny")

proj("Willow Creek Vineyard Site", "web@willowcreekvineyard.com", started="2025-05-01T10:00:00")
opay("pay_en_o08", "OWD-2025-408", "Willow Creek Vineyard Site", "hosting_annual", "9999.00", "0.00", "2025-09-10T10:00:00", setup_fee="999.00", service_start="2025-09-15")
case("en-o08-hosting-day14", E("Willow Creek Vineyard <web@willowcreekvineyard.com>", "Cancel hosting - Willow Creek Vineyard Site",
"""Hi there,

We're moving the Willow Creek Vineyard Site onto our POS provider's built-in web store, so we won't need the annual hosting we just bought (OWD-2025-408). Please cancel it and refund what the policy allows.

Thank you,
Grace
""", T("2025-09-29 08:00", PDT), to=OWD), "decided", [D("refund", "approve", "8250.00")], extra_ok=True,
spec="O5: service_start 2025-09-15; request 2025-09-29 08:00 PDT = 20:30 IST on 2025-09-29 = day 14 -> inside; monthly_value = (9999.00-999.00)/12 = 750.00; refund = 9999.00-999.00-750.00 = 8250.00 (cancellation may also be decided, extra_ok)")

proj("Summit Legal Partners Care", "admin@summitlegalpartners.com", started="2025-03-01T10:00:00")
opay("pay_en_o09", "OWD-2025-409", "Summit Legal Partners Care", "maintenance_annual", "24000.00", "4320.00", "2025-09-25T10:00:00", service_start="2025-09-25")
case("en-o09-maintenance-no-setup", E("Summit Legal Partners <admin@summitlegalpartners.com>", "Refund Request — Summit Legal Partners Care / OWD-2025-409",
"""Good morning,

Our firm has merged with another practice whose IT team will maintain the combined website. Accordingly we no longer need the annual maintenance plan for Summit Legal Partners Care (OWD-2025-409), which started on 25 September. Please cancel it and issue the pro-rated refund.

Kind regards,
Office of the Managing Partner
""", T("2025-09-28 09:00"), to=OWD), "decided", [D("refund", "approve", "22000.00")], extra_ok=True,
spec="O5: no setup fee; request day 3; monthly_value 24000.00/12 = 2000.00; refund = 24000.00-0-2000.00 = 22000.00")

proj("Thistle Tearoom Website", "hello@thistletearoom.co.uk", started="2025-04-01T10:00:00")
opay("pay_en_o10", "OWD-2025-410", "Thistle Tearoom Website", "hosting_annual", "12000.00", "0.00", "2025-09-01T10:00:00", setup_fee="1200.00", service_start="2025-09-01")
case("en-o10-hosting-day15", E("Thistle Tearoom <hello@thistletearoom.co.uk>", "Hosting refund request",
"""Hello,

I'm afraid we've had to close the Thistle Tearoom for good, so we won't need the hosting for the Thistle Tearoom Website any longer. Could you refund the hosting (OWD-2025-410) please?

Warm regards,
Morag
""", T("2025-09-16 09:00", BST), to=OWD), "decided", [D("refund", "deny")], extra_ok=True,
spec="O5: service_start 2025-09-01, request 2025-09-16 13:30 IST = day 15 > 14 -> deny")

proj("Apex Plumbing Supplies", "web@apexplumbingsupplies.com", started="2025-06-01T10:00:00")
opay("pay_en_o11", "OWD-2025-411", "Apex Plumbing Supplies", "third_party", "4200.00", "756.00", "2025-09-20T10:00:00")
case("en-o11-plugin-licence", E("Apex Plumbing <web@apexplumbingsupplies.com>", "Premium plugin licence refund",
"""Hi,

You billed us for a premium WooCommerce filter plugin licence on Apex Plumbing Supplies (OWD-2025-411). We've found a free plugin that does the same thing, so we want that licence refunded.

Thanks,
Andre
""", T("2025-09-23 10:00", EDT), to=OWD), "decided", [D("refund", "deny")],
spec="O6: third_party (plugin licence) never refundable -> deny")

proj("Blue Gum Cafe Website", "manager@bluegumcafe.com.au", started="2025-09-05T10:00:00")
opay("pay_en_o12", "OWD-2025-412", "Blue Gum Cafe Website", "setup", "3000.00", "0.00", "2025-09-05T10:00:00")
case("en-o12-setup-fee", E("Blue Gum Cafe <manager@bluegumcafe.com.au>", "Setup fee?",
"""Hi,

Looking at our statement for the Blue Gum Cafe Website there's a $3000 "setup/activation" line (OWD-2025-412). Nobody mentioned a setup fee when we signed, so please refund it.

Nat
""", T("2025-09-12 10:00", AEST), to=OWD), "decided", [D("refund", "deny")],
spec="O6: setup/activation fees are never refundable -> deny")

proj("Harbor Lights Marketing Retainer", "cfo@harborlights.com", started="2025-01-08T10:00:00")
opay("pay_en_o13", "OWD-2025-413", "Harbor Lights Marketing Retainer", "retainer", "40000.00", "7200.00", "2025-09-08T10:00:00", next_billing_at="2025-10-08T00:00:00", ps="2025-09-08", pe="2025-10-07")
case("en-o13-retainer-exact-7", E("Harbor Lights CFO <cfo@harborlights.com>", "Termination of retainer",
"""Hi,

Please treat this as our notice to end the Harbor Lights Marketing Retainer (invoice OWD-2025-413). Budget has been reallocated to paid search, which our agency of record will run.

Regards,
Diane Cho, CFO
""", T("2025-09-30 21:00", EDT), to=OWD), "decided", [D("cancellation", "cancel", eff="2025-10-07")],
spec="O4: request 2025-09-30 21:00 EDT = 2025-10-01 06:30 IST; next_billing_at 2025-10-08 minus 7 days = 2025-10-01 -> on the cutoff, enough notice -> cancel effective 2025-10-07")

proj("Kingfisher Books SEO Retainer", "shop@kingfisherbooks.co.uk", started="2025-02-06T10:00:00")
opay("pay_en_o14", "OWD-2025-414", "Kingfisher Books SEO Retainer", "retainer", "15000.00", "0.00", "2025-09-06T10:00:00", next_billing_at="2025-10-06T00:00:00", ps="2025-09-06", pe="2025-10-05")
case("en-o14-retainer-6days", E("Kingfisher Books <shop@kingfisherbooks.co.uk>", "Ending SEO work",
"""Hello,

We'd like to stop the Kingfisher Books SEO Retainer, ref OWD-2025-414. Sales have dipped and we can't justify the monthly spend at the moment.

Best,
Oliver
""", T("2025-09-30 09:00", BST), to=OWD), "decided", [D("cancellation", "cancel", eff="2025-11-05")],
spec="O4: next_billing_at 2025-10-06, cutoff 2025-09-29; request 2025-09-30 13:30 IST is later -> next cycle 2025-10-06..2025-11-05 billed, effective 2025-11-05")

proj("Ironbark Gym Social Retainer", "admin@ironbarkgym.com.au", started="2025-03-20T10:00:00")
opay("pay_en_o15", "OWD-2025-415", "Ironbark Gym Social Retainer", "retainer", "8000.00", "0.00", "2025-09-20T10:00:00", next_billing_at="2025-10-20T00:00:00", ps="2025-09-20", pe="2025-10-19")
case("en-o15-retainer-refund-current", E("Ironbark Gym <admin@ironbarkgym.com.au>", "cancel social + refund this month",
"""Hi,

Please cancel the Ironbark Gym Social Retainer (OWD-2025-415) and refund this month as well -- the posts so far have been pretty average and engagement's gone backwards.

Cheers,
Shane
""", T("2025-09-25 10:00", AEST), to=OWD), "decided", [D("refund", "deny"), D("cancellation", "cancel", eff="2025-10-19")],
spec="O4: the current period is never refunded -> refund deny; notice before next_billing_at 2025-10-20 (cutoff 2025-10-13) is enough -> cancel effective 2025-10-19")

proj("Lotus Spa Booking Site", "lotus.spa.group@gmail.com", started="2025-06-01T10:00:00")
proj("Lotus Spa Gift Cards", "lotus.spa.group@gmail.com", started="2025-07-01T10:00:00")
opay("pay_en_o16a", "OWD-2025-416", "Lotus Spa Booking Site", "hosting_annual", "10000.00", "0.00", "2025-09-01T10:00:00", setup_fee="1000.00", service_start="2025-09-01")
opay("pay_en_o16b", "OWD-2025-417", "Lotus Spa Gift Cards", "retainer", "5000.00", "0.00", "2025-09-12T10:00:00", next_billing_at="2025-10-12T00:00:00", ps="2025-09-12", pe="2025-10-11")
case("en-o16-missing-project-invoice", E("Lotus Spa Group <lotus.spa.group@gmail.com>", "cancel",
"""Hi, we're selling the spa business at the end of October, so please cancel with you.

Thanks, Linh
""", T("2025-09-26 10:00", PDT), to=OWD), "need_info", missing=["project_name", "invoice_number"],
spec="section 4 required fields: the contract email has two projects and names neither, nor an invoice -> need_info project_name and invoice_number (reason given: selling the business)")

proj("Ridgeway Veterinary Site", "practice@ridgewayvets.co.uk", started="2025-09-01T10:00:00")
opay("pay_en_o17", "OWD-2025-418", "Ridgeway Veterinary Site", "deposit", "22000.00", "0.00", "2025-09-28T10:00:00")
case("en-o17-forward-c2", E("Amy Foster <amy.foster@ridgewayvets.co.uk>", "FW: Deposit refund",
"""Hi, please see below from our practice owner. Amy

________________________________
From: Ridgeway Vets <practice@ridgewayvets.co.uk>
Sent: 28 September 2025 14:02
To: Amy Foster <amy.foster@ridgewayvets.co.uk>
Subject: Deposit refund

Amy - can you get Optima to refund the deposit for the Ridgeway Veterinary Site (OWD-2025-418)? We're pausing the project while the merger goes through. The contract is under practice@ridgewayvets.co.uk.
""", T("2025-09-29 09:30", BST), to=OWD), "need_info", rules=["C2"],
spec="section 8 forwards: the forwarded request names contract email practice@ridgewayvets.co.uk, not the sender -> C2 need_info")

proj("Wattle & Co Candles Store", "hello@wattleandco.com.au", started="2025-08-10T10:00:00")
opay("pay_en_o18", "OWD-2025-419", "Wattle & Co Candles Store", "milestone", "16000.00", "0.00", "2025-09-15T10:00:00", milestone_status="in_progress")
case("en-o18-c4-consumer", E("Wattle & Co <hello@wattleandco.com.au>", "Refund or I go to Consumer Affairs",
"""Your team is three weeks behind on the checkout milestone for Wattle & Co Candles Store (OWD-2025-419). I want the milestone payment back. If I don't hear back by Friday I'm lodging a complaint with the consumer protection people and I know my statutory rights here.

Georgia
""", T("2025-09-26 20:00", AEST), to=OWD), "decided", [D("refund", "escalate")], rules=["C4"],
spec="C4: consumer protection / statutory rights -> escalate")

proj("Elm Street Dental Redesign", "office@elmstreetdental.com", started="2025-08-01T10:00:00")
opay("pay_en_o19", "OWD-2025-420", "Elm Street Dental Redesign", "milestone", "9000.00", "0.00", "2025-09-18T10:00:00", status="refunded", milestone_status="not_started")
case("en-o19-refunded-payment", E("Elm Street Dental <office@elmstreetdental.com>", "Refund for the blog milestone",
"""Hi,

We decided to skip the blog section of the Elm Street Dental Redesign since nobody here has time to write posts. Please refund that milestone, invoice OWD-2025-420.

Thanks,
Karen
""", T("2025-09-24 10:00", EDT), to=OWD), "decided", [D("refund", "escalate")],
spec="section 8: the payment is not 'paid' (status refunded) -> a refund of it is escalate")

proj("Oakridge Golf Club Members", "secretary@oakridgegolf.co.uk", started="2025-01-15T10:00:00")
opay("pay_en_o20", "OWD-2025-421", "Oakridge Golf Club Members", "retainer", "12000.00", "0.00", "2025-09-15T10:00:00", next_billing_at="2025-10-15T00:00:00", ps="2025-09-15", pe="2025-10-14")
case("en-o20-thread-reason-later", [
 E("Oakridge Golf Club <secretary@oakridgegolf.co.uk>", "Oakridge Golf Club Members - OWD-2025-421",
"""Dear Sirs,
Kindly cancel the above retainer.
Yours faithfully,
R. Pemberton, Club Secretary
""", T("2025-09-26 10:00", BST), to=OWD),
 E("Oakridge Golf Club <secretary@oakridgegolf.co.uk>", "Re: Oakridge Golf Club Members - OWD-2025-421 [OWD-2231]",
"""The committee has decided the members' area will be handled by the national federation's platform from next season.
R. Pemberton

> Could you tell us the reason for the cancellation?
""", T("2025-09-29 11:00", BST), to=OWD)], "decided", [D("cancellation", "cancel", eff="2025-10-14")],
spec="C3 thread: reason given in the answer; request time = first email 2025-09-26; next_billing_at 2025-10-15, cutoff 2025-10-08 -> cancel effective 2025-10-14")

proj("Saltwater Swim School Site", "info@saltwaterswim.com.au", started="2025-06-01T10:00:00")
opay("pay_en_o21", "OWD-2025-422", "Saltwater Swim School Site", "hosting_annual", "8000.00", "0.00", "2025-09-20T10:00:00", setup_fee="800.00", service_start="2025-09-20")
case("en-o21-unknown-invoice", E("Saltwater Swim School <info@saltwaterswim.com.au>", "Refund for hosting",
"""Hi team,

We'd like to back out of the hosting we paid for on the Saltwater Swim School Site -- turns out our booking software already includes a website. Invoice was OWD-2025-499 I think? Please refund.

Cheers, Bec
""", T("2025-09-24 10:00", AEST), to=OWD), "decided", [D("refund", "escalate")],
spec="section 1 Ledger: the quoted invoice OWD-2025-499 has no record (section 8: invoice references are matched ignoring case and separators, no other correction is made, so it is not OWD-2025-422) -> escalate, never approve; the reference is given, so it is not a missing field")

proj("Cedar Ridge B&B Site", "stay@cedarridgebnb.com", started="2025-09-10T10:00:00")
opay("pay_en_o22", "OWD-2025-423", "Cedar Ridge B&B Site", "deposit", "16000.00", "0.00", "2025-09-08T10:00:00")
case("en-o22-applemail-forward-own", E("Cedar Ridge B&B <stay@cedarridgebnb.com>", "Fwd: Deposit",
"""Sending again as I haven't heard back.

Begin forwarded message:

From: Cedar Ridge B&B <stay@cedarridgebnb.com>
Subject: Deposit
Date: September 18, 2025 at 9:12:44 AM EDT
To: optimawebdesigns12@gmail.com

Hi, we'd like our deposit back on the Cedar Ridge B&B Site (OWD-2025-423). My husband's health has taken a turn and we're putting the rebuild on hold indefinitely.

Lynn
""", T("2025-09-22 08:30", EDT), to=OWD), "decided", [D("refund", "deny")],
spec="forward by the contract email of its own request; O2: deposit 2025-09-08, work started 2025-09-10 and 72 h long passed before the request -> deny")

proj("Marigold Events Site", "hello@marigoldevents.in", started="2025-09-10T10:00:00")
opay("pay_en_o23", "OWD-2025-424", "Marigold Events Site", "hosting_annual", "14999.00", "2699.82", "2025-09-18T10:00:00", setup_fee="1499.00", service_start="2025-09-18")
case("en-o23-replyto-owd", E("Marigold Events <marigold.events.blr@gmail.com>", "hosting refund - Marigold Events Site",
"""Hi Optima,

Please refund the annual hosting for Marigold Events Site, invoice OWD-2025-424, as our parent company mandates hosting on their AWS account. Please reply to our official ID.

Regards,
Ananya
""", T("2025-09-25 12:00"), to=OWD, reply_to="hello@marigoldevents.in"), "need_info", rules=["C2"],
spec="section 8: Reply-To never verifies; From is not the contract email -> C2")

# =================== hard / mixed ===================
case("en-x01-postmaster-dsn", E("postmaster@outlook.com", "Undeliverable: Refund request",
"""Delivery has failed to these recipients or groups:

refunds@leadsoptima.co
The email address couldn't be found.

Original message subject: Refund request - charged twice
""", T("2025-09-25 06:00", UTC), headers={"Auto-Submitted": "auto-replied"}), "ignore", rules=["C7"],
spec="C7: postmaster sender / delivery report -> ignore")

case("en-x02-bulk-promo", E("SaaS Weekly <news@saasweekly.io>", "Cancel culture: why customers churn (and how refunds help)",
"""This week: how top SaaS companies handle cancellations, refunds and chargebacks...
Unsubscribe: https://saasweekly.example/unsub
""", T("2025-09-24 05:00", UTC), headers={"Precedence": "bulk"}), "ignore", rules=["C7"],
spec="C7: Precedence: bulk -> ignore")

case("en-x03-own-address", E("LeadsOptima Billing <billing@leadsoptima.com>", "Receipt LO-INV-80102",
"""Your payment of INR 14,145.84 was received. To request a refund, reply within 7 days.
""", T("2025-09-25 15:27")), "ignore", rules=["C7"],
spec="C7: mail from the brand's own address -> ignore")

case("en-x04-no-brand", E("Ravi Shankar <ravi.s@shankarimports.in>", "Refund for double charge",
"""Hi, you charged me twice this month, please refund one.
Ravi
""", T("2025-09-26 10:00"), to="accounts@shankarimports.in"), "other", brand=None,
spec="section 7: an email for no configured brand gets brand null, status other")

cust("finance@orbitlogistics.in", "Orbit Logistics", "quarterly", "2025-07-10", "2025-10-09")
lpay("pay_en_8401", "LO-INV-80401", "finance@orbitlogistics.in", "quarterly", "3999.00", "719.82", "2025-07-10T10:00:00", "2025-07-10", "2025-10-09")
case("en-x05-delivered-to", E("Orbit Logistics Finance <finance@orbitlogistics.in>", "Discontinue subscription",
"""Dear Team,

We wish to discontinue the LeadsOptima quarterly subscription effective from the end of the present quarter, as our sales function is being outsourced.

Regards,
Finance Team, Orbit Logistics
""", T("2025-09-24 16:00"), to="Internal Vendors <vendors@orbitlogistics.in>", headers={"Delivered-To": "billing@leadsoptima.com"}),
"decided", [D("cancellation", "cancel", eff="2025-10-09")], brand="leadsoptima",
spec="C1: the brand comes from the mailbox or the To/Delivered-To address (here Delivered-To: billing@leadsoptima.com, the To is the customer's own list); L8 cancel effective current_period_end 2025-10-09")

cust("chris.bennett@bennettmotors.com.au", "Chris Bennett", "monthly", "2025-09-22", "2025-10-21")
lpay("pay_en_8411", "LO-INV-80411", "chris.bennett@bennettmotors.com.au", "monthly", "1499.00", "0.00", "2025-09-22T10:00:00", "2025-09-22", "2025-10-21")
case("en-x06-quoted-policy-not-threat", E("Chris Bennett <chris.bennett@bennettmotors.com.au>", "Re: Your refund request [LO-4476]",
"""Fair enough, I get it. In that case just cancel the plan at the end of the month and we'll call it quits.

Chris

On Fri, 26 Sep 2025 at 3:10 pm, LeadsOptima Support <support@leadsoptima.com> wrote:
> Thanks for writing in. Under our Refund & Cancellation Policy, payments are non-refundable
> except for duplicate payments, billing errors or access failures. If you have a billing
> concern, please contact us before raising a chargeback or dispute with your bank.
""", T("2025-09-26 18:00", AEST), headers={"In-Reply-To": "<LO-4476.reply.1@leadsoptima.com>", "References": "<LO-4476.reply.1@leadsoptima.com>"}), "decided", [D("cancellation", "cancel", eff="2025-10-21")],
spec="the chargeback/dispute words are only in our own quoted reply, not the customer's threat -> no C4; cancel effective current_period_end 2025-10-21",
extra_ok=False)

cust("meera.kapoor@kapoorboutique.in", "Meera Kapoor", "monthly", "2025-09-19", "2025-10-18")
lpay("pay_en_8421", "LO-INV-80421", "meera.kapoor@kapoorboutique.in", "monthly", "1499.00", "269.82", "2025-09-19T10:00:00", "2025-09-19", "2025-10-18")
case("en-x07-gst-question-not-request", E("Meera Kapoor <meera.kapoor@kapoorboutique.in>", "GST on invoice LO-INV-80421",
"""Hi,

This is not a cancellation or refund request. I only need to understand how the 18% GST on LO-INV-80421 was split into CGST/SGST, as my CA needs it for filing. Could you send a GST-compliant invoice with our GSTIN 27AAACK1234F1Z5?

Meera
""", T("2025-09-22 11:00")), "other",
spec="section 8 negation: explicitly neither refund nor cancellation; an invoice question -> other")

cust("sam.wilson@wilsonbuild.com", "Sam Wilson", "monthly", "2025-09-02", "2025-10-01")
lpay("pay_en_8431", "LO-INV-80431", "sam.wilson@wilsonbuild.com", "monthly", "1499.00", "0.00", "2025-09-02T10:00:00", "2025-09-02", "2025-10-01")
case("en-x08-thanks-refund-received", E("Sam Wilson <sam.wilson@wilsonbuild.com>", "Re: Refund approved [LO-4390]",
"""Got the refund for the double charge today, thanks for sorting it so quickly. Much appreciated!

Sam
""", T("2025-09-17 09:00", PDT), headers={"In-Reply-To": "<LO-4390.reply.2@leadsoptima.com>", "References": "<LO-4390.reply.2@leadsoptima.com>"}), "other",
spec="a thank-you for a refund already received: no request -> other")

cust("aisha.rahman@rahmantextiles.co.uk", "Aisha Rahman", "quarterly", "2025-09-24", "2025-12-23")
lpay("pay_en_8440", "LO-INV-80440", "aisha.rahman@rahmantextiles.co.uk", "monthly", "1499.00", "0.00", "2025-08-24T10:00:00", "2025-08-24", "2025-09-23")
lpay("pay_en_8441", "LO-INV-80441", "aisha.rahman@rahmantextiles.co.uk", "quarterly", "3999.00", "0.00", "2025-09-24T10:00:00", "2025-09-24", "2025-12-23")
case("en-x09-outlook-forward-own-missing-invoice", E("Aisha Rahman <aisha.rahman@rahmantextiles.co.uk>", "FW: can't get in",
"""Please see below.

From: Aisha Rahman
Sent: 25 September 2025 09:12
To: support@leadsoptima.com
Subject: can't get in

Hi, since we upgraded to the quarterly plan yesterday nobody on my team can log in -- "account suspended" every time. I'd like my money back if this can't be fixed today.

Aisha
""", T("2025-09-27 10:00", BST)), "need_info", missing=["invoice_number"],
spec="forward of the sender's own request; L2 access_failure; refund needs invoice_number (section 3) and none is given -> need_info invoice_number",
ambiguous="The customer has two charges (August monthly, September quarterly) and 'yesterday' points at the second; section 1 fills fields 'that the ledger holds for a verified sender', which a reader could stretch to the invoice (then L6 escalate). Chosen: ask, as the spec's example of filling is the plan.")

cust("pete.morrison@morrisonbrewing.com", "Pete Morrison", "annual", "2025-09-26", "2026-09-25")
lpay("pay_en_8451", "LO-INV-80451", "pete.morrison@morrisonbrewing.com", "annual", "11988.00", "0.00", "2025-09-26T10:00:00", "2025-09-26", "2026-09-25")
case("en-x10-wrong-plan-upgrade", E("Pete Morrison <pete.morrison@morrisonbrewing.com>", "Charged for annual instead of monthly",
"""Hi,

I clicked monthly at checkout but got billed the annual price on the 26th (LO-INV-80451). Please refund the difference and put me on the monthly plan. Not trying to cancel, we like the tool.

Pete
Morrison Brewing Co., Denver
""", T("2025-09-27 09:00", tz(-6))), "decided", [D("refund", "escalate")],
spec="L2 billing_error (charged for the wrong plan); request 2025-09-27 20:30 IST, day 1 -> L5 escalate; 'not trying to cancel' adds no cancellation")

cust("lucy.chen@chenarchitecture.com.au", "Lucy Chen", "monthly", "2025-09-21", "2025-10-20")
lpay("pay_en_8461", "LO-INV-80461", "lucy.chen@chenarchitecture.com.au", "monthly", "1499.00", "0.00", "2025-09-21T10:00:00", "2025-09-21", "2025-10-20")
case("en-x11-no-reason-just-signature", E("Lucy Chen <lucy.chen@chenarchitecture.com.au>", "Refund LO-INV-80461",
"""Hi,

Could I please get a refund on LO-INV-80461?

Kind regards,

Lucy Chen | Principal
Chen Architecture Studio
Level 3, 88 George St, Sydney NSW 2000
"Designing spaces people love"
Chen Architecture acknowledges the Traditional Custodians of the land on which we work.
""", T("2025-09-24 09:00", AEST)), "need_info", missing=["reason"],
spec="section 8: signature, tagline and acknowledgement are not a reason -> need_info reason")

cust("harsh.vardhan@vardhanfinserv.in", "Harsh Vardhan", "monthly", "2025-09-20", "2025-10-19")
lpay("pay_en_8471", "LO-INV-80471", "harsh.vardhan@vardhanfinserv.in", "monthly", "1499.00", "269.82", "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
case("en-x12-do-the-needful-forward", E("Harsh Vardhan <harsh.vardhan@vardhanfinserv.in>", "Fwd: Refund - LO-INV-80471",
"""Kindly do the needful at the earliest.

---------- Forwarded message ---------
From: Harsh Vardhan <harsh.vardhan@vardhanfinserv.in>
Date: Mon, Sep 22, 2025 at 11:04 AM
Subject: Refund - LO-INV-80471
To: <support@leadsoptima.com>

Please refund the amount for LO-INV-80471.

--
Harsh Vardhan | Vardhan Finserv | Jaipur
""", T("2025-09-24 11:00")), "need_info", missing=["reason"],
spec="section 8: 'do the needful' is a forwarding note, restating the request is not a reason -> need_info reason")

cust("emma.clarke@clarkeinteriors.co.uk", "Emma Clarke", "monthly", "2025-09-25", "2025-10-24")
lpay("pay_en_8481", "LO-INV-80481", "emma.clarke@clarkeinteriors.co.uk", "monthly", "1499.00", "0.00", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
lpay("pay_en_8482", "LO-INV-80482", "emma.clarke@clarkeinteriors.co.uk", "monthly", "1499.00", "0.00", "2025-09-25T10:00:30", "2025-09-25", "2025-10-24")
case("en-x13-dup-and-cancel", E("Emma Clarke <emma.clarke@clarkeinteriors.co.uk>", "Two things",
"""Hi,

1) You've taken September's payment twice (LO-INV-80482 is the second one) - please refund it.
2) Separately, we've decided not to carry on after this month, so please cancel from the end of this cycle.

Thanks,
Emma
""", T("2025-09-26 10:00", BST)), "decided", [D("refund", "approve", "1499.00"), D("cancellation", "cancel", eff="2025-10-24")],
spec="both intents: L4 approve duplicate 1499.00 (day 1); L8 cancel effective current_period_end 2025-10-24")

# ---- additions ----
case("en-x14-ooo-british", E("Graham Fletcher <graham.fletcher@fletcherlegal.co.uk>", "Automatic reply: Refund for duplicate payment",
"""Thank you for your email. I am out of the office until Monday 6 October with limited access to email. For urgent billing matters, including refunds, please contact accounts@fletcherlegal.co.uk.

Graham Fletcher
""", T("2025-09-29 08:00", BST), headers={"Auto-Submitted": "auto-replied", "In-Reply-To": "<LO-4502.reply.1@leadsoptima.com>", "References": "<LO-4502.reply.1@leadsoptima.com>"}), "ignore", rules=["C7"],
spec="C7: Auto-Submitted: auto-replied -> ignore")

proj("Red Rock Outfitters Store", "ops@redrockoutfitters.com", started="2025-07-01T10:00:00")
opay("pay_en_o30", "OWD-2025-430", "Red Rock Outfitters Store", "milestone", "12000.00", "2160.00", "2025-09-12T10:00:00", milestone_status="not_started")
case("en-x15-wrong-amount-claimed", E("Red Rock Outfitters <ops@redrockoutfitters.com>", "Refund Request — Red Rock Outfitters Store / OWD-2025-430",
"""Hi,

We're cutting the loyalty-program milestone from the Red Rock Outfitters Store (OWD-2025-430) - our POS vendor now bundles one for free. Work hasn't started on it. Please refund the $25,000 we paid for it.

Thanks,
Jake Romero
""", T("2025-09-24 09:00", tz(-6)), to=OWD), "decided", [D("refund", "approve", "12000.00")],
spec="section 1: the bot never trusts an amount stated in an email over the ledger; O3 milestone not_started -> approve the ledger amount before tax 12000.00")

case("en-x16-owd-hypothetical", E("Olivia Grant <olivia@grantandgrantpr.com.au>", "Question about your hosting plan",
"""Hi Optima,

We're thinking about moving our site to your annual hosting. Hypothetically, if we signed up and then decided after a week that it wasn't working, what would we get back? Just trying to understand the fine print before committing.

Olivia
""", T("2025-09-30 09:00", AEST), to=OWD), "other",
spec="section 8: a hypothetical question before buying -> other")

if __name__ == "__main__":
    build("en")
