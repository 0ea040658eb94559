"""Fresh held-out round 11, hard English: writes ledger.json, emails/*.eml, expected.json (stdlib only, deterministic)."""
LANG = "en"
import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
IST = timezone(timedelta(hours=5, minutes=30))
LO = "support@leadsoptima.com"
OWD = "optimawebdesigns12@gmail.com"
customers, projects, payments, cases = [], [], [], []
_n = [0]


def locust(email, name, plan, ps, pe, status="active", trial=None):
    customers.append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan,
                      "status": status, "trial_ends": trial,
                      "current_period_start": ps, "current_period_end": pe})


def lopay(inv, email, plan, amount, paid_at, ps, pe, status="paid", tax="0.00"):
    _n[0] += 1
    payments.append({"brand": "leadsoptima", "id": "pay_%s_%d" % (LANG, _n[0]), "invoice": inv,
                     "customer_email": email, "kind": "subscription", "plan": plan,
                     "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at,
                     "period_start": ps, "period_end": pe, "status": status})


def owdproj(name, email, ws=None):
    projects.append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                     "work_started_at": ws})


def owdpay(inv, proj, kind, amount, tax, paid_at, status="paid", **kw):
    _n[0] += 1
    p = {"brand": "optima_webdesign", "id": "pay_%s_%d" % (LANG, _n[0]), "invoice": inv,
         "project": proj, "kind": kind, "amount": amount, "tax": tax, "currency": "INR",
         "paid_at": paid_at, "status": status, "setup_fee": None, "service_start": None,
         "next_billing_at": None, "period_start": None, "period_end": None,
         "milestone_status": None}
    p.update(kw)
    payments.append(p)


def mail(name, frm, to, subj, when, body, html=False, hdr=None, reply=None):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subj
    m["Date"] = format_datetime(datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=IST))
    mid = "<%s.%s@mail.example>" % (name, LANG)
    m["Message-ID"] = mid
    if reply:
        m["In-Reply-To"] = reply
        m["References"] = reply
    for k, v in (hdr or {}).items():
        m[k] = v
    if html:
        m.set_content(body, subtype="html")
    else:
        m.set_content(body)
    with open(os.path.join(HERE, "emails", name + ".eml"), "wb") as f:
        f.write(m.as_bytes())
    return mid


def case(cid, files, brand, status, dec, spec, rules=(), missing=None, extra_ok=False, amb=None):
    c = {"id": "%s-%s" % (LANG, cid), "lang": LANG, "files": ["emails/%s.eml" % f for f in files],
         "brand": brand, "status": status, "rules": list(rules)}
    if missing is not None:
        c["missing"] = missing
    ds = []
    for d in dec:
        x = {"intent": d[0], "outcome": d[1]}
        if d[1] == "approve":
            x["amount"] = d[2]
        if d[1] == "cancel" and len(d) > 3:
            x["effective_date"] = d[3]
        ds.append(x)
    c["decisions"] = ds
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if amb:
        c["ambiguous"] = amb
    cases.append(c)


def reset():
    d = os.path.join(HERE, "emails")
    if os.path.isdir(d):
        shutil.rmtree(d)
    os.makedirs(d)


def write():
    with open(os.path.join(HERE, "ledger.json"), "w", encoding="utf-8") as f:
        json.dump({"customers": customers, "projects": projects, "payments": payments}, f,
                  ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump({"cases": cases}, f, ensure_ascii=False, indent=1)
    invs = [p["invoice"] for p in payments]
    assert len(invs) == len(set(invs)), "duplicate invoice numbers"
    print(len(cases), "cases")


reset()


def lo(email, name, plan, ps, pe, **kw):
    locust(email, name, plan, ps, pe, **kw)


# ---------------- LeadsOptima ----------------
lo("hannah.whitfield@icloud.com", "Hannah Whitfield", "monthly", "2025-09-27", "2025-10-26")
lopay("LO-INV-71501", "hannah.whitfield@icloud.com", "monthly", "1299.00", "2025-09-27T08:00:00", "2025-09-27", "2025-10-26")
lopay("LO-INV-71502", "hannah.whitfield@icloud.com", "monthly", "1299.00", "2025-09-27T08:00:40", "2025-09-27", "2025-10-26")
mail("l01", "Hannah Whitfield <hannah.whitfield@icloud.com>", LO, "Charged twice?!", "2025-09-29 07:30",
     "Hi there,\n\nLooks like my card got hit twice on Saturday for the monthly plan - INR 1,299.00 each, forty seconds apart. "
     "The second one is lo-inv/71502. Could you reverse that one please?\n\nCheers,\nHannah\n\nSent from my iPhone")
case("l01-dup-inside", ["l01"], "leadsoptima", "decided", [("refund", "approve", "1299.00")],
     "POLICY_SPEC.md section 3 L2/L3/L4: two paid 1299.00 charges same period on 2025-09-27, request day 2 -> approve 1299.00; 'lo-inv/71502' matches LO-INV-71502 (section 8)")

lo("tom.nakamura@nakamura-studio.co", "Tom Nakamura", "quarterly", "2025-09-22", "2025-12-21")
lopay("LO-INV-71503", "tom.nakamura@nakamura-studio.co", "quarterly", "3897.00", "2025-09-21T18:40:00+00:00", "2025-09-22", "2025-12-21")
lopay("LO-INV-71504", "tom.nakamura@nakamura-studio.co", "quarterly", "3897.00", "2025-09-21T18:41:00+00:00", "2025-09-22", "2025-12-21")
mail("l02", "Tom Nakamura <tom.nakamura@nakamura-studio.co>", LO, "Duplicate quarterly charge LO-INV-71504", "2025-09-29 09:00",
     "Hello,\n\nYour system billed me twice for the quarterly renewal just after midnight on 22 September. "
     "Please refund the duplicate, LO-INV-71504.\n\nThanks,\nTom Nakamura\nNakamura Studio")
case("l02-dup-offset-day7", ["l02"], "leadsoptima", "decided", [("refund", "approve", "3897.00")],
     "section 8 ledger offsets: 2025-09-21T18:41Z is 2025-09-22 00:11 IST (day 0); request 2025-09-29 is day 7, inside (L3) -> L4 approve 3897.00")

lo("grace.obrien@obrienbakes.ie", "Grace O'Brien", "monthly", "2025-09-20", "2025-10-19")
lopay("LO-INV-71505", "grace.obrien@obrienbakes.ie", "monthly", "999.00", "2025-09-20T17:00:00Z", "2025-09-20", "2025-10-19")
lopay("LO-INV-71506", "grace.obrien@obrienbakes.ie", "monthly", "999.00", "2025-09-20T17:01:00Z", "2025-09-20", "2025-10-19")
mail("l03", "Grace O'Brien <grace.obrien@obrienbakes.ie>", LO, "double payment", "2025-09-28 01:00",
     "Hi, just noticed on my statement I paid twice for September's monthly subscription. Extra charge is LO-INV-71506. "
     "Refund please.\nGrace")
case("l03-dup-offset-day8", ["l03"], "leadsoptima", "decided", [("refund", "deny")],
     "section 8: 2025-09-20T17:01Z = 2025-09-20 22:31 IST (day 0); request 2025-09-28 01:00 IST is day 8 > 7 -> deny (L3); counted in UTC it would wrongly be day 7")

lo("priyanka.dsouza@coastalhomes.in", "Priyanka D'Souza", "monthly", "2025-09-26", "2025-10-25")
lopay("LO-INV-71507", "priyanka.dsouza@coastalhomes.in", "annual", "11988.00", "2025-09-26T10:00:00", "2025-09-26", "2026-09-25")
mail("l04", "Priyanka D'Souza <priyanka.dsouza@coastalhomes.in>", LO, "Wrong plan billed", "2025-09-28 14:00",
     "Hi,\n\nI renewed my monthly plan on Friday, but you charged me for the annual plan instead of the monthly one: "
     "INR 11,988 rather than 999 (LO-INV-71507). Please fix this and refund the difference.\n\nBest,\nPriyanka")
case("l04-wrong-plan", ["l04"], "leadsoptima", "decided", [("refund", "escalate")],
     "L2 billing_error (charged for the wrong plan), day 2 -> L5 escalate, no amount")

lo("marcus.bell@bellfreight.com", "Marcus Bell", "annual", "2025-09-25", "2026-09-24")
lopay("LO-INV-71508", "marcus.bell@bellfreight.com", "annual", "14388.00", "2025-09-25T10:00:00", "2025-09-25", "2026-09-24")
mail("l05", "Marcus Bell <marcus.bell@bellfreight.com>", LO, "Ticket #5521 still unresolved - refund", "2025-09-30 16:20",
     "To whom it may concern,\n\nSince renewing on the 25th (LO-INV-71508) my team has been locked out: the dashboard simply "
     "won't load past the spinner. Your support team acknowledged ticket #5521 four days ago and nothing has happened. "
     "Given the platform is unusable, I am requesting a refund of the annual fee.\n\nMarcus Bell\nHead of Ops, Bell Freight")
case("l05-access-failure", ["l05"], "leadsoptima", "decided", [("refund", "escalate")],
     "L2 access_failure (locked out, unresolved by support), day 5 -> L6 escalate")

lo("zoe.martins@gmail.com", "Zoe Martins", "monthly", "2025-09-28", "2025-10-27")
lopay("LO-INV-71509", "zoe.martins@gmail.com", "monthly", "999.00", "2025-09-28T10:00:00", "2025-09-28", "2025-10-27")
mail("l06", "Zoe Martins <zoe.martins@gmail.com>", LO, "prorated refund", "2025-09-30 19:00",
     "Hey - I only actually used the tool for three days this cycle (LO-INV-71509) before my client pulled the project. "
     "Can you refund the unused days? Doesn't seem fair to pay for a month I won't use.\nZoe")
case("l06-unused-days", ["l06"], "leadsoptima", "decided", [("refund", "deny")],
     "L1: unused days are not an exception ('no partial refunds for unused days') -> deny, cancellation offered in the reply (not a decision: she asks only for money back, so no extra decision is harmless)")

lo("oliver.grant@grantandco.uk", "Oliver Grant", "annual", "2025-02-01", "2026-01-31")
lopay("LO-INV-71510", "oliver.grant@grantandco.uk", "annual", "11988.00", "2025-02-01T10:00:00", "2025-02-01", "2026-01-31")
mail("l07", "Oliver Grant <oliver.grant@grantandco.uk>", LO, "Cancellation - not a refund request", "2025-09-24 11:00",
     "Hi team,\n\nTo be clear, I am not asking for a refund of any kind. I simply want our annual plan cancelled so it doesn't "
     "renew in January; we're consolidating tools after a merger.\n\nKind regards,\nOliver Grant")
case("l07-negation-cancel", ["l07"], "leadsoptima", "decided", [("cancellation", "cancel", None, "2026-01-31")],
     "section 8 negation adds no refund; L8 cancel until current_period_end 2026-01-31")

lo("ines.fischer@fischer-events.com", "Ines Fischer", "monthly", "2025-09-18", "2025-10-17")
lopay("LO-INV-71511", "ines.fischer@fischer-events.com", "monthly", "999.00", "2025-09-18T10:00:00", "2025-09-18", "2025-10-17")
mail("l08", "Ines Fischer <ines.fischer@fischer-events.com>", LO, "Question before upgrading", "2025-09-25 10:00",
     "Hello,\n\nWe're thinking of moving from monthly to annual. Hypothetically, if the HubSpot sync turns out not to work for us, "
     "would we be able to get our money back on the annual plan? Just want to understand the policy before committing.\n\nInes")
case("l08-hypothetical", ["l08"], "leadsoptima", "other", [],
     "section 8: 'would I get a refund if...' before buying is a policy question -> other")

lo("kwame.asante@asantelabs.com", "Kwame Asante", "quarterly", "2025-08-10", "2025-11-09")
lopay("LO-INV-71512", "kwame.asante@asantelabs.com", "quarterly", "2697.00", "2025-08-10T10:00:00", "2025-08-10", "2025-11-09")
mail("l09", "Kwame Asante <kwame.asante@asantelabs.com>", LO, "Adding a teammate", "2025-09-26 12:00",
     "Hi, how do I add a second user to our workspace? I can't find it under Settings. Also, does that change the price?\nThanks, Kwame")
case("l09-howto", ["l09"], "leadsoptima", "other", [], "how-to question, no refund or cancellation -> other")

lo("ruth.adeyemi@gmail.com", "Ruth Adeyemi", "monthly", None, None, status="trial", trial="2025-10-04")
mail("l10", "Ruth Adeyemi <ruth.adeyemi@gmail.com>", LO, "refund my trial", "2025-09-29 18:00",
     "I signed up for the free trial last week and never meant to subscribe. Refund whatever you took from me for the trial please.\nRuth")
case("l10-trial", ["l10"], "leadsoptima", "decided", [("refund", "deny")],
     "section 3 L7: account on a free trial has no charges -> deny (nothing to refund; no billing unless they subscribe)",
     amb="no invoice number is given; a trial has no charge to identify, so L7 is read as deciding before C3 asks for one (need_info for invoice_number would also be defensible)")

lo("maria@lopezcreative.com", "Maria Lopez", "monthly", "2025-09-26", "2025-10-25")
lopay("LO-INV-71513", "maria@lopezcreative.com", "monthly", "999.00", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
lopay("LO-INV-71514", "maria@lopezcreative.com", "monthly", "999.00", "2025-09-26T10:01:00", "2025-09-26", "2025-10-25")
mail("l11", "Maria Lopez <maria+billing@lopezcreative.com>", LO, "double charge LO-INV-71514", "2025-09-27 10:00",
     "Hi, you charged me twice on the 26th. Please refund LO-INV-71514.\nMaria")
case("l11-c2-plus-tag", ["l11"], "leadsoptima", "need_info", [],
     "section 8: a +tag makes another address; maria+billing@ is not the registered maria@ -> C2", rules=["C2"])

lo("daniel.okafor@okafor-partners.com", "Daniel Okafor", "monthly", "2025-09-25", "2025-10-24")
lopay("LO-INV-71515", "daniel.okafor@okafor-partners.com", "monthly", "1499.00", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
lopay("LO-INV-71516", "daniel.okafor@okafor-partners.com", "monthly", "1499.00", "2025-09-25T10:00:20", "2025-09-25", "2025-10-24")
mail("l12", "Daniel Okafor <Daniel.Okafor@Okafor-Partners.COM>", LO, "Billed two times", "2025-09-26 09:00",
     "Good morning,\nI've been billed two times for this month (1,499 each). Kindly refund LO-INV-71516.\nDaniel")
case("l12-case-insensitive-sender", ["l12"], "leadsoptima", "decided", [("refund", "approve", "1499.00")],
     "section 8: addresses compare case-insensitively -> verified; L4 duplicate day 1 -> approve 1499.00")

lo("sophie.laurent@laurentdesign.fr", "Sophie Laurent", "monthly", "2025-09-27", "2025-10-26")
lopay("LO-INV-71517", "sophie.laurent@laurentdesign.fr", "monthly", "999.00", "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
mail("l13", "Sophie L <sophie.l.personal@gmail.com>", LO, "can't log in - refund", "2025-09-29 10:00",
     "Cannot log in since the renewal on the 27th (LO-INV-71517), password reset emails never arrive. I want my money back.\nSophie",
     hdr={"Reply-To": "sophie.laurent@laurentdesign.fr"})
case("l13-c2-reply-to", ["l13"], "leadsoptima", "need_info", [],
     "section 8: the sender is the From address; Reply-To never verifies -> C2", rules=["C2"])

lo("ben.carter@cartermedia.com", "Ben Carter", "quarterly", "2025-09-24", "2025-12-23")
lopay("LO-INV-71518", "ben.carter@cartermedia.com", "quarterly", "2697.00", "2025-09-24T10:00:00", "2025-09-24", "2025-12-23")
mail("l14", "Ben Carter <ben.carter@cartermedia.com>", LO, "Final notice before I dispute with my bank", "2025-09-27 22:00",
     "Your product does not do what the sales rep promised. Refund LO-INV-71518 in full by Monday or I will dispute the charge "
     "with my bank.\nBen Carter")
case("l14-c4-dispute", ["l14"], "leadsoptima", "decided", [("refund", "escalate")], "C4: bank dispute threat -> escalate", rules=["C4"])

lo("eleanor.hughes@hughesconsult.co.uk", "Eleanor Hughes", "monthly", "2025-09-23", "2025-10-22")
lopay("LO-INV-71519", "eleanor.hughes@hughesconsult.co.uk", "monthly", "999.00", "2025-09-23T10:00:00", "2025-09-23", "2025-10-22")
mail("l15", "Eleanor Hughes <eleanor.hughes@hughesconsult.co.uk>", LO, "Refund - statutory rights", "2025-09-25 10:00",
     "Dear Sir or Madam,\n\nThe service has been materially different from its description. I am requesting a refund of LO-INV-71519 "
     "and remind you that your terms cannot override my statutory rights.\n\nYours faithfully,\nEleanor Hughes")
case("l15-c4-statutory", ["l15"], "leadsoptima", "decided", [("refund", "escalate")], "C4: statutory rights -> escalate", rules=["C4"])

mail("l16", "Growth Weekly <newsletter@growthweekly.io>", LO, "10 refund tricks SaaS founders hate", "2025-09-30 06:00",
     "This week: how to cut churn, why customers ask for refunds, and more. Unsubscribe any time.",
     hdr={"Precedence": "bulk", "List-Unsubscribe": "<mailto:unsub@growthweekly.io>"})
case("l16-c7-bulk", ["l16"], "leadsoptima", "ignore", [], "C7: Precedence: bulk -> ignore", rules=["C7"])

mail("l17", "Mail Delivery Subsystem <MAILER-DAEMON@mx.example.net>", LO, "Undelivered Mail Returned to Sender", "2025-09-30 07:00",
     "This is the mail system. I'm sorry to have to inform you that your message about your refund could not be delivered.\n"
     "<old.customer@defunct.example>: host not found")
case("l17-c7-mailer-daemon", ["l17"], "leadsoptima", "ignore", [], "C7: MAILER-DAEMON sender -> ignore", rules=["C7"])

mail("l18", "SaaS Founders <founders@groups.example.org>", LO, "[founders] anyone else get double charged by their CRM?", "2025-09-29 13:00",
     "Got charged twice by a vendor this month, had to ask for a refund. Anyone else?",
     hdr={"List-Id": "SaaS Founders <founders.groups.example.org>"})
case("l18-c7-list", ["l18"], "leadsoptima", "ignore", [], "C7: List-Id -> ignore", rules=["C7"])

mail("l19", "LeadsOptima <noreply@leadsoptima.com>", LO, "Your refund request has been received", "2025-09-29 13:05",
     "We have received your request to cancel and refund. Our team will reply within 2-3 business days.")
case("l19-c7-own-address", ["l19"], "leadsoptima", "ignore", [], "C7: the brand's own address -> ignore", rules=["C7"])

lo("aisha.rahman@rahmanretail.ae", "Aisha Rahman", "monthly", "2025-09-22", "2025-10-21")
lopay("LO-INV-71520", "aisha.rahman@rahmanretail.ae", "monthly", "1299.00", "2025-08-22T10:00:00", "2025-08-22", "2025-09-21")
lopay("LO-INV-71521", "aisha.rahman@rahmanretail.ae", "monthly", "1299.00", "2025-09-22T10:00:00", "2025-09-22", "2025-10-21")
m = mail("l20a", "Aisha Rahman <aisha.rahman@rahmanretail.ae>", LO, "Platform not loading", "2025-09-26 10:00",
         "Hi,\nThe platform is not loading at all for us since Tuesday, all three browsers. Your chat said they'd escalate and then nothing. "
         "I'd like this month's payment refunded.\nAisha")
mail("l20b", "Aisha Rahman <aisha.rahman@rahmanretail.ae>", LO, "Re: Platform not loading [LO-4410]", "2025-09-27 09:00",
     "It's LO-INV-71521.\n\n> Could you tell us the invoice number of the charge?", reply=m)
case("l20-c3-thread-access", ["l20a", "l20b"], "leadsoptima", "decided", [("refund", "escalate")],
     "C3: invoice asked and answered (merged by In-Reply-To); L2 access_failure, charge 2025-09-22, request 2025-09-26 day 4 -> L6 escalate")

lo("peter.schmidt@schmidtlogistik.de", "Peter Schmidt", "monthly", "2025-09-20", "2025-10-19")
lopay("LO-INV-71522", "peter.schmidt@schmidtlogistik.de", "monthly", "999.00", "2025-08-20T10:00:00", "2025-08-20", "2025-09-19")
lopay("LO-INV-71523", "peter.schmidt@schmidtlogistik.de", "monthly", "999.00", "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
lopay("LO-INV-71524", "peter.schmidt@schmidtlogistik.de", "monthly", "999.00", "2025-09-20T10:05:00", "2025-09-20", "2025-10-19")
m = mail("l21a", "Peter Schmidt <peter.schmidt@schmidtlogistik.de>", LO, "charged twice in September", "2025-09-26 18:00",
         "Hello, I was charged twice for the same month on 20 September. Please refund one of them.\nRegards, Peter Schmidt")
mail("l21b", "Peter Schmidt <peter.schmidt@schmidtlogistik.de>", LO, "Re: charged twice in September [LO-4412]", "2025-09-29 11:00",
     "Sorry for the late reply, the second invoice is LO-INV-71524.\n\nPeter\n\n> Please send the invoice number.", reply=m)
case("l21-c3-answer-after-window", ["l21a", "l21b"], "leadsoptima", "decided", [("refund", "approve", "999.00")],
     "section 1: request time is the FIRST email (2025-09-26, day 6); the answer on day 9 does not move it -> L4 approve 999.00")

lo("chloe.turner@turnerpr.com", "Chloe Turner", "monthly", "2025-09-24", "2025-10-23")
lopay("LO-INV-71525", "chloe.turner@turnerpr.com", "monthly", "999.00", "2025-08-24T10:00:00", "2025-08-24", "2025-09-23")
lopay("LO-INV-71526", "chloe.turner@turnerpr.com", "monthly", "999.00", "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
mail("l22", "Chloe Turner <chloe.turner@turnerpr.com>", LO, "Refund", "2025-09-26 10:00",
     "Hi,\n\nPlease refund my last payment.\n\nThanks so much!\nChloe Turner | Turner PR\nThis email and any attachments are confidential.")
case("l22-c3-reason-invoice", ["l22"], "leadsoptima", "need_info", [],
     "section 8: restating the request, sign-off and disclaimer are not reasons; two charges on record, 'last payment' is not an invoice number -> ask reason and invoice_number",
     missing=["reason", "invoice_number"],
     amb="'my last payment' could be read as identifying LO-INV-71526; the spec requires the invoice number and fills only unambiguous ledger fields, so it is asked for")

lo("james.whitaker@whitakerhomes.com", "James Whitaker", "monthly", "2025-08-20", "2025-09-19", status="cancelled")
lopay("LO-INV-71527", "james.whitaker@whitakerhomes.com", "monthly", "1299.00", "2025-08-20T10:00:00", "2025-08-20", "2025-09-19")
lopay("LO-INV-71528", "james.whitaker@whitakerhomes.com", "monthly", "1299.00", "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
mail("l23", "James Whitaker <james.whitaker@whitakerhomes.com>", LO, "Charged after cancelling", "2025-09-23 09:30",
     "I cancelled on the 14th through Billing > Cancel Plan and got the confirmation email, yet you charged me again on the 20th "
     "(LO-INV-71528). Please refund it.\nJames")
case("l23-past-cancel-charged", ["l23"], "leadsoptima", "decided", [("refund", "escalate")],
     "L2 billing_error: 'charged after I cancelled' is a past event, not a new cancellation; day 3 -> L5 escalate", extra_ok=True)

lo("lucy.brennan@brennanflowers.com", "Lucy Brennan", "monthly", "2025-09-20", "2025-10-19")
lopay("LO-INV-71529", "lucy.brennan@brennanflowers.com", "monthly", "999.00", "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
lopay("LO-INV-71530", "lucy.brennan@brennanflowers.com", "monthly", "999.00", "2025-09-22T10:00:00", "2025-09-20", "2025-10-19")
lopay("LO-INV-71531", "lucy.brennan@brennanflowers.com", "monthly", "999.00", "2025-09-30T08:00:00", "2025-09-20", "2025-10-19")
mail("l24", "Lucy Brennan <lucy.brennan@brennanflowers.com>", LO, "THIRD charge for the same month", "2025-09-30 12:00",
     "You've now charged me three times for the same September-October period: the 20th, the 22nd and again this morning "
     "(LO-INV-71531). Duplicate payments, obviously. Refund the extras.\nLucy")
case("l24-triple-partly-outside", ["l24"], "leadsoptima", "decided", [("refund", "approve", "999.00")],
     "section 8 three identical charges: the 22nd and the 30th are duplicates; refund the sum of those inside L3: 2025-09-22 is day 8 (outside), 2025-09-30 is day 0 -> 999.00")

lo("noah.kim@kimcoffee.com", "Noah Kim", "annual", "2025-09-28", "2026-09-27")
lopay("LO-INV-71532", "noah.kim@kimcoffee.com", "annual", "9588.00", "2025-09-28T10:00:00", "2025-09-28", "2026-09-27")
lopay("LO-INV-71533", "noah.kim@kimcoffee.com", "annual", "9588.00", "2025-09-28T10:00:10", "2025-09-28", "2026-09-27")
mail("l25", "Noah Kim <noah.kim@kimcoffee.com>", LO, "Double charge and cancel", "2025-09-30 08:00",
     "Hi - two identical annual charges hit on Sunday. Please refund the duplicate (LO-INV-71533). "
     "And please cancel the plan altogether, we're closing our second cafe and won't need the CRM next year.\nNoah")
case("l25-dup-and-cancel", ["l25"], "leadsoptima", "decided",
     [("refund", "approve", "9588.00"), ("cancellation", "cancel", None, "2026-09-27")],
     "L4 duplicate day 2 -> approve 9588.00; L8 cancel until current_period_end 2026-09-27")

lo("sam.patel@patelprint.co.uk", "Sam Patel", "quarterly", None, None)
lopay("LO-INV-71534", "sam.patel@patelprint.co.uk", "quarterly", "2697.00", "2025-07-15T10:00:00", None, None)
mail("l26", "Sam Patel <sam.patel@patelprint.co.uk>", LO, "Please cancel", "2025-09-27 10:00",
     "Please cancel our quarterly subscription at the end of the current term. We're moving to a print-only model.\nSam Patel")
case("l26-cancel-fallback-quarterly", ["l26"], "leadsoptima", "decided", [("cancellation", "cancel", None, "2025-10-14")],
     "L8 fallback: no current_period_end; last charge 2025-07-15 + 3 months - 1 day = 2025-10-14")

lo("fatima.zahra@zahracouture.com", "Fatima Zahra", "monthly", "2025-09-25", "2025-10-24")
lopay("LO-INV-71535", "fatima.zahra@zahracouture.com", "monthly", "1499.00", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
lopay("LO-INV-71536", "fatima.zahra@zahracouture.com", "monthly", "1499.00", "2025-09-25T10:00:30", "2025-09-25", "2025-10-24")
mail("l27", "Fatima Zahra <fatima.zahra@zahracouture.com>", LO, "Duplicate transaction", "2025-09-26 15:00",
     "<html><body><div style='font-family:Calibri'><p>Hello,</p><p>There is a <b>duplicate transaction</b> of &#8377;1,499.00 on my card "
     "for this month&#39;s subscription. Invoice of the second one: <span>LO-INV-71536</span>.</p><p>Please refund it.</p>"
     "<p>Regards,<br>Fatima Zahra<br>Zahra Couture</p></div></body></html>", html=True)
case("l27-dup-html", ["l27"], "leadsoptima", "decided", [("refund", "approve", "1499.00")],
     "HTML-only mail; L4 duplicate day 1 -> approve 1499.00")

lo("it@harborlogistics.com", "Harbor Logistics", "annual", "2025-09-24", "2026-09-23")
lopay("LO-INV-71537", "it@harborlogistics.com", "annual", "11988.00", "2025-09-24T10:00:00", "2025-09-24", "2026-09-23")
mail("l28", "Harbor IT <it@harborlogistics.com>", LO, "FW: CRM down", "2025-09-28 11:00",
     "FYI - see below. Please action.\n\n-----Original Message-----\nFrom: Dana Reyes <dana.reyes@harborlogistics.com>\n"
     "Sent: Saturday, September 27, 2025 6:12 PM\nTo: Harbor IT <it@harborlogistics.com>\nSubject: CRM down\n\n"
     "The LeadsOptima dashboard has been down since we renewed on Wednesday (LO-INV-71537), none of us can log in. "
     "Can you ask them for a refund?\n")
case("l28-outlook-forward-access", ["l28"], "leadsoptima", "decided", [("refund", "escalate")],
     "section 8 forward read for its request; sender it@ is the registered email and no other registered email is named; L2 access_failure day 4 -> L6 escalate")

lo("victor.hale@halefitness.com", "Victor Hale", "monthly", "2025-09-27", "2025-10-26")
lopay("LO-INV-71538", "victor.hale@halefitness.com", "monthly", "999.00", "2025-09-27T10:00:00", "2025-09-27", "2025-10-26", status="refunded")
mail("l29", "Victor Hale <victor.hale@halefitness.com>", LO, "overcharged", "2025-09-29 10:00",
     "You overcharged me on the 27th, LO-INV-71538. Refund the wrong amount please.\nVictor")
case("l29-refund-of-refunded", ["l29"], "leadsoptima", "decided", [("refund", "escalate")],
     "section 8: payment not paid (status refunded) -> a refund of it is escalated (L5 billing_error also escalates)")

lo("megan.ross@rossdesign.ca", "Megan Ross", "annual", "2025-09-26", "2026-09-25")
lopay("LO-INV-71539", "megan.ross@rossdesign.ca", "annual", "11988.00", "2025-09-26T10:00:00", "2025-09-26", "2026-09-25")
mail("l30", "Megan Ross <megan.ross@rossdesign.ca>", LO, "Cancel + refund the rest", "2025-09-29 10:00",
     "Hi,\nPlease cancel my annual plan (LO-INV-71539) and refund the remaining eleven-plus months; I changed my mind, "
     "the tool is more than I need.\nMegan")
case("l30-cancel-refund-mind", ["l30"], "leadsoptima", "decided",
     [("refund", "deny"), ("cancellation", "cancel", None, "2026-09-25")],
     "L1: changed mind is not an exception -> refund deny; L8 cancel until current_period_end 2026-09-25")

lo("george.hall@hallrealty.com", "George Hall", "monthly", "2025-09-23", "2025-10-22")
lopay("LO-INV-71540", "george.hall@hallrealty.com", "monthly", "999.00", "2025-09-23T10:00:00", "2025-09-23", "2025-10-22")
lopay("LO-INV-71541", "george.hall@hallrealty.com", "monthly", "999.00", "2025-09-23T10:01:00", "2025-09-23", "2025-10-22")
mail("l31", "George Hall <george.hall@hallrealty.com>", LO, "great job", "2025-09-25 10:00",
     "Really impressive work, charging my card twice for one month. Truly world-class billing. "
     "Kindly send back the second 999 (LO-INV-71541) before I lose my sense of humour.\nGeorge")
case("l31-sarcasm-dup", ["l31"], "leadsoptima", "decided", [("refund", "approve", "999.00")],
     "sarcastic but a clear duplicate claim; L4 day 2 -> approve 999.00")

lo("olivia.reed@reedbooks.com", "Olivia Reed", "monthly", "2025-09-25", "2025-10-24")
lopay("LO-INV-71542", "olivia.reed@reedbooks.com", "monthly", "999.00", "2025-08-25T10:00:00", "2025-08-25", "2025-09-24")
lopay("LO-INV-71543", "olivia.reed@reedbooks.com", "monthly", "999.00", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
mail("l32", "Olivia Reed <olivia.reed@reedbooks.com>", LO, "charged twice", "2025-09-27 10:00",
     "I think I was charged twice - I see 999 in August and 999 again now in September. Please refund LO-INV-71543.\nOlivia")
case("l32-dup-claim-no-pair", ["l32"], "leadsoptima", "decided", [("refund", "escalate")],
     "L4: the two charges are different billing periods (monthly renewals), no duplicate pair -> escalate")

lo("ethan.cole@colecycles.com", "Ethan Cole", "quarterly", "2025-08-01", "2025-10-31")
lopay("LO-INV-71544", "ethan.cole@colecycles.com", "quarterly", "2697.00", "2025-08-01T10:00:00", "2025-08-01", "2025-10-31")
mail("l33", "Ethan Cole <ethan.cole@colecycles.com>", LO, "cancel", "2025-09-26 10:00",
     "Go ahead and cancel, thanks. Shop's closing for the winter.\n\nEthan\n\n"
     "On Mon, 22 Sep 2025 at 11:02, LeadsOptima Support <support@leadsoptima.com> wrote:\n"
     "> Hi Ethan, as mentioned, refunds are only available for duplicate payments, billing errors\n"
     "> or access failures. If you'd like, we can cancel your plan instead.\n")
case("l33-quoted-history-cancel", ["l33"], "leadsoptima", "decided", [("cancellation", "cancel", None, "2025-10-31")],
     "new text asks only to cancel; the quoted support reply about refunds is history, not a request; L8 until 2025-10-31")

lo("anna.kowalski@kowalskiarch.pl", "Anna Kowalski", "monthly", "2025-09-15", "2025-10-14")
lopay("LO-INV-71545", "anna.kowalski@kowalskiarch.pl", "monthly", "1299.00", "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
mail("l34", "Anna Kowalski <anna.kowalski@kowalskiarch.pl>", LO, "Cancel, and exporting leads first?", "2025-09-30 10:00",
     "Hello,\nWe'd like to cancel our monthly plan - the studio is going on a hiatus. Before it ends, how do I export all our leads to CSV?\nAnna")
case("l34-cancel-plus-howto", ["l34"], "leadsoptima", "decided", [("cancellation", "cancel", None, "2025-10-14")],
     "L8 cancel until current_period_end 2025-10-14; the how-to question does not add an intent")

lo("raj.malhotra@malhotra-ca.com", "Raj Malhotra", "monthly", "2025-09-28", "2025-10-27")
lopay("LO-INV-71546", "raj.malhotra@malhotra-ca.com", "monthly", "999.00", "2025-09-28T10:00:00", "2025-09-28", "2025-10-27")
lopay("LO-INV-71547", "raj.malhotra@malhotra-ca.com", "monthly", "999.00", "2025-09-28T10:02:00", "2025-09-28", "2025-10-27")
mail("l35", "Raj Malhotra <raj.malhotra@malhotra-ca.com>", LO, "Deducted twice", "2025-09-29 10:00",
     "Dear Team,\nRupees nine hundred ninety-nine only has been deducted twice from my account on 28/09/2025 towards the monthly plan. "
     "Request you to refund the duplicate, Invoice No. LO.INV.71547.\nThanks & Regards,\nCA Raj Malhotra")
case("l35-dup-words-dots", ["l35"], "leadsoptima", "decided", [("refund", "approve", "999.00")],
     "amount in words; 'LO.INV.71547' matches ignoring dots (section 8); L4 day 1 -> approve 999.00")

# ---------------- Optima WebDesign ----------------
owdproj("Bluewave Surf School Site", "hello@bluewavesurf.com")
owdpay("OWD-2025-501", "Bluewave Surf School Site", "deposit", "20000.00", "3600.00", "2025-09-25T09:00:00")
mail("o01", "Bluewave Surf <hello@bluewavesurf.com>", OWD, "Refund Request — Bluewave Surf School Site / OWD-2025-501", "2025-09-28 08:59",
     "Hi Optima,\n\nWe paid the booking deposit on Thursday morning. The monsoon season wrecked our bookings and we can't go ahead "
     "with the site right now, so please cancel the project and refund the deposit before you start.\n\nThanks,\nKai")
case("o01-deposit-71h59", ["o01"], "optima_webdesign", "decided", [("refund", "approve", "20000.00")],
     "O2: paid 2025-09-25 09:00, request 2025-09-28 08:59 = 71 h 59 min < 72 h, no work -> approve 20000.00", extra_ok=True)

owdproj("Northstar Dental Rebrand", "ops@northstardental.com")
owdpay("OWD-2025-502", "Northstar Dental Rebrand", "deposit", "45000.00", "8100.00", "2025-09-25T04:30:00Z")
mail("o02", "Northstar Ops <ops@northstardental.com>", OWD, "Deposit refund - Northstar Dental Rebrand", "2025-09-28 09:30",
     "Hello,\nThe board vetoed the rebrand yesterday. Please refund deposit OWD-2025-502 for Northstar Dental Rebrand.\nOps team")
case("o02-deposit-offset", ["o02"], "optima_webdesign", "decided", [("refund", "approve", "45000.00")],
     "section 8 offsets: paid 2025-09-25T04:30Z = 10:00 IST; request 2025-09-28 09:30 IST = 71.5 h < 72 h, no work -> approve 45000.00", extra_ok=True)

owdproj("Copperleaf Tea Strategy", "founder@copperleaftea.com", ws="2025-10-03T10:00:00")
owdpay("OWD-2025-503", "Copperleaf Tea Strategy", "discovery", "18000.00", "3240.00", "2025-09-20T10:00:00")
mail("o03", "Copperleaf Founder <founder@copperleaftea.com>", OWD, "Cancel discovery workshop + refund", "2025-09-29 10:00",
     "Hi,\nWe've been acquired and the new owners have their own agency. Please call off the Copperleaf Tea Strategy discovery "
     "workshop scheduled for 3 October and refund OWD-2025-503.\nBest, Mira")
case("o03-discovery-scheduled-later", ["o03"], "optima_webdesign", "decided", [("refund", "approve", "18000.00")],
     "O1: work_started_at 2025-10-03 is later than the request 2025-09-29 -> nothing started, refund in full 18000.00", extra_ok=True)

owdproj("Ironclad Gym Website", "admin@ironcladgym.com")
owdpay("OWD-2025-504", "Ironclad Gym Website", "milestone", "30000.00", "5400.00", "2025-09-05T10:00:00", milestone_status="completed")
mail("o04", "Ironclad Admin <admin@ironcladgym.com>", OWD, "Milestone 2 refund", "2025-09-26 10:00",
     "The class-booking module for Ironclad Gym Website (OWD-2025-504) is done, but honestly our members prefer WhatsApp booking. "
     "We'd like that milestone refunded.\nAdmin")
case("o04-milestone-completed", ["o04"], "optima_webdesign", "decided", [("refund", "deny")], "O3/O6: completed milestone -> deny")

owdproj("Lumen Optics Store", "ecom@lumenoptics.com")
owdpay("OWD-2025-505", "Lumen Optics Store", "milestone", "45000.00", "8100.00", "2025-09-12T10:00:00", milestone_status="not_started")
mail("o05", "Lumen Ecom <ecom@lumenoptics.com>", OWD, "Drop the AR try-on milestone", "2025-09-29 10:00",
     "<html><body><p>Hi team,</p><p>For <b>Lumen Optics Store</b> we're descoping the AR try-on milestone (invoice OWD-2025-505) - "
     "our supplier now provides it for free. Please refund the &#8377;50,000 we paid for it.</p><p>Thanks,<br>Ecom team</p></body></html>",
     html=True)
case("o05-milestone-not-started-html", ["o05"], "optima_webdesign", "decided", [("refund", "approve", "45000.00")],
     "O3: not_started -> refund the milestone amount from the ledger, 45000.00 before tax (the email's 50,000 includes tax and is not trusted)", extra_ok=True)

owdproj("Quarry Hill Winery Ads", "marketing@quarryhillwines.com")
owdpay("OWD-2025-506", "Quarry Hill Winery Ads", "retainer", "25000.00", "4500.00", "2025-09-08T10:00:00",
       period_start="2025-09-08", period_end="2025-10-07", next_billing_at="2025-10-08")
mail("o06", "Quarry Hill Marketing <marketing@quarryhillwines.com>", OWD, "Ending the ads retainer", "2025-10-01 09:00",
     "Hi,\nWe're ending the Quarry Hill Winery Ads retainer (invoice OWD-2025-506) - harvest season means we're pausing all paid ads. "
     "Consider this our notice.\nMarketing")
case("o06-retainer-exactly-7", ["o06"], "optima_webdesign", "decided", [("cancellation", "cancel", None, "2025-10-07")],
     "O4: next_billing_at 2025-10-08 minus 7 days = 2025-10-01; request 2025-10-01 is on it -> cancel, effective 2025-10-07")

owdproj("Silverline Legal Blog", "web@silverlinellp.com")
owdpay("OWD-2025-507", "Silverline Legal Blog", "retainer", "15000.00", "2700.00", "2025-09-06T10:00:00",
       period_start="2025-09-06", period_end="2025-10-05", next_billing_at="2025-10-06")
mail("o07", "Silverline Web <web@silverlinellp.com>", OWD, "Content retainer - termination", "2025-09-30 10:00",
     "Dear Optima team,\nPlease terminate the Silverline Legal Blog content retainer (OWD-2025-507); the firm has hired an in-house writer.\n"
     "Regards,\nWeb desk, Silverline LLP")
case("o07-retainer-6-days", ["o07"], "optima_webdesign", "decided", [("cancellation", "cancel", None, "2025-11-05")],
     "O4: needed on/before 2025-09-29 (2025-10-06 - 7); request 2025-09-30 -> next cycle 2025-10-06..2025-11-05 billed, effective 2025-11-05")

owdproj("Pinecrest School Portal", "it@pinecrestschool.edu")
owdpay("OWD-2025-508", "Pinecrest School Portal", "retainer", "30000.00", "5400.00", "2025-09-10T10:00:00",
       period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10")
owdpay("OWD-2025-509", "Pinecrest School Portal", "retainer", "30000.00", "5400.00", "2025-09-25T10:00:00",
       period_start="2025-10-10", period_end="2025-11-09", next_billing_at="2025-11-10")
mail("o08", "Pinecrest IT <it@pinecrestschool.edu>", OWD, "Cancel support retainer", "2025-09-26 10:00",
     "Hello,\nThe district is centralising IT, so please cancel the Pinecrest School Portal support retainer. "
     "We already paid October's cycle in advance (OWD-2025-509).\nIT Office")
case("o08-retainer-paid-advance", ["o08"], "optima_webdesign", "decided", [("cancellation", "escalate")],
     "section 8 retainer paid in advance: next cycle (2025-10-10..2025-11-09) already paid and notice >= 7 days -> escalate", extra_ok=True)

owdproj("Saffron Kitchen Hosting", "owner@saffronkitchen.in")
owdpay("OWD-2025-510", "Saffron Kitchen Hosting", "hosting_annual", "36000.00", "6480.00", "2025-09-22T10:00:00",
       setup_fee="6000.00", service_start="2025-10-15")
mail("o09", "Saffron Kitchen <owner@saffronkitchen.in>", OWD, "Hosting refund before it starts", "2025-09-29 10:00",
     "Hi,\nWe prepaid the annual hosting for Saffron Kitchen Hosting (OWD-2025-510) but the restaurant opening is cancelled. "
     "Please cancel and refund what you can.\nRavi")
case("o09-hosting-before-start", ["o09"], "optima_webdesign", "decided", [("refund", "approve", "27500.00")],
     "O5 + section 8 (before the service starts consumed_months = 1): (36000 - 6000)/12 = 2500; 36000 - 6000 - 2500 = 27500.00", extra_ok=True)

owdproj("Harbourview Hotel Care", "gm@harbourviewhotel.com")
owdpay("OWD-2025-511", "Harbourview Hotel Care", "maintenance_annual", "10000.00", "1800.00", "2025-09-16T10:00:00",
       setup_fee="1999.99", service_start="2025-09-16")
mail("o10", "Harbourview GM <gm@harbourviewhotel.com>", OWD, "Maintenance plan - cancel within 14 days", "2025-09-30 23:30",
     "Dear Optima,\nWe are invoking the 14-day window on the Harbourview Hotel Care maintenance plan (OWD-2025-511): "
     "the hotel group has a global web vendor. Please cancel and refund pro rata.\nGeneral Manager")
case("o10-maintenance-day14-rounding", ["o10"], "optima_webdesign", "decided", [("refund", "approve", "7333.34")],
     "O5: day 14 inside (2025-09-16 -> 2025-09-30); (10000 - 1999.99)/12 = 666.6675; 10000 - 1999.99 - 666.6675 = 7333.3425 -> 7333.34 (rounded once, C6)", extra_ok=True)

owdproj("Redwood Clinic Hosting", "admin@redwoodclinic.com")
owdpay("OWD-2025-512", "Redwood Clinic Hosting", "hosting_annual", "12000.00", "2160.00", "2025-09-15T10:00:00",
       setup_fee="1200.00", service_start="2025-09-15")
mail("o11", "Redwood Admin <admin@redwoodclinic.com>", OWD, "Refund hosting", "2025-09-30 10:00",
     "Please cancel Redwood Clinic Hosting (OWD-2025-512) and refund it, we moved to the hospital's servers.\nAdmin")
case("o11-hosting-day15", ["o11"], "optima_webdesign", "decided", [("refund", "deny")],
     "O5: service_start 2025-09-15, request 2025-09-30 = day 15 > 14 -> deny", extra_ok=True)

owdproj("Velocity Launch Page", "growth@velocityapp.io")
owdpay("OWD-2025-513", "Velocity Launch Page", "rush", "12000.00", "2160.00", "2025-09-24T10:00:00")
mail("o12", "Velocity Growth <growth@velocityapp.io>", OWD, "Rush fee refund", "2025-09-26 10:00",
     "We paid the rush fee for Velocity Launch Page (OWD-2025-513) but the launch slipped a month anyway, so the rush was pointless. Refund it.\nGrowth")
case("o12-rush", ["o12"], "optima_webdesign", "decided", [("refund", "deny")], "O6: rush fees never refundable -> deny")

owdproj("Maple Accounting CRM", "partners@mapleaccounting.ca")
owdpay("OWD-2025-514", "Maple Accounting CRM", "setup", "7500.00", "1350.00", "2025-09-27T10:00:00")
mail("o13", "Maple Partners <partners@mapleaccounting.ca>", OWD, "Setup fee", "2025-09-28 10:00",
     "We're not continuing with Maple Accounting CRM, so we'd like the activation fee OWD-2025-514 back - nothing was really set up.\nPartners")
case("o13-setup", ["o13"], "optima_webdesign", "decided", [("refund", "deny")], "O6: setup/activation fees never refundable -> deny")

owdproj("Granite Law Website", "contracts@granitelaw.com")
owdpay("OWD-2025-515", "Granite Law Website", "deposit", "25000.00", "4500.00", "2025-09-29T10:00:00")
mail("o14", "Paralegal Desk <paralegal@granitelaw.com>", OWD, "FW: deposit refund", "2025-09-30 10:00",
     "Forwarding on behalf of our office manager.\n\n-----Original Message-----\nFrom: Office Manager <contracts@granitelaw.com>\n"
     "Sent: Tuesday, September 30, 2025 9:15 AM\nTo: Paralegal Desk\nSubject: deposit refund\n\n"
     "Please ask Optima to refund the Granite Law Website deposit OWD-2025-515; the partners decided against a redesign this year. "
     "Our contract email is contracts@granitelaw.com.\n")
case("o14-forward-c2", ["o14"], "optima_webdesign", "need_info", [],
     "section 8 forwards: names contract email contracts@ other than the sender paralegal@ -> C2", rules=["C2"])

owdproj("Summit Outdoor Store", "finance@summitoutdoor.com")
owdpay("OWD-2025-516", "Summit Outdoor Store", "milestone", "20000.00", "3600.00", "2025-09-15T10:00:00", milestone_status="in_progress")
mail("o15", "Summit Finance <finance@summitoutdoor.com>", OWD, "Refund or chargeback", "2025-09-29 10:00",
     "The Summit Outdoor Store checkout milestone (OWD-2025-516) is weeks late. Refund it this week or we'll file a chargeback with our card issuer.\nFinance")
case("o15-c4-chargeback", ["o15"], "optima_webdesign", "decided", [("refund", "escalate")], "C4: chargeback threat -> escalate", rules=["C4"], extra_ok=True)

mail("o16", "Riya Shah <riya@shahinteriors.in>", OWD, "Out of Office: Refund Request — Shah Interiors", "2025-09-29 10:00",
     "I'm away until 6 October with limited access to email. For urgent matters contact my assistant.",
     hdr={"Auto-Submitted": "auto-generated", "X-Autoreply": "yes"})
case("o16-c7-autogen", ["o16"], "optima_webdesign", "ignore", [], "C7: Auto-Submitted other than no -> ignore", rules=["C7"])

owdproj("Crescent Yoga Site", "studio@crescentyoga.com")
owdpay("OWD-2025-517", "Crescent Yoga Site", "retainer", "10000.00", "1800.00", "2025-09-20T10:00:00",
       period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20")
mail("o17", "Crescent Yoga <studio@crescentyoga.com>", OWD, "Cancel retainer and refund September", "2025-09-27 10:00",
     "Hi,\nPlease cancel the Crescent Yoga Site care retainer (OWD-2025-517) - we're closing the studio at the end of October - "
     "and refund this month's fee, we barely used it.\nLeela")
case("o17-retainer-refund-current", ["o17"], "optima_webdesign", "decided",
     [("refund", "deny"), ("cancellation", "cancel", None, "2025-10-19")],
     "O4: current period never refunded -> refund deny; notice: 2025-10-20 - 7 = 2025-10-13, request 2025-09-27 in time -> cancel effective 2025-10-19")

owdproj("Tidewater Marina Site", "office@tidewatermarina.com")
owdpay("OWD-2025-518", "Tidewater Marina Site", "deposit", "15000.00", "2700.00", "2025-09-26T12:00:00")
m = mail("o18a", "Tidewater Office <office@tidewatermarina.com>", OWD, "Refund our deposit", "2025-09-27 12:00",
         "Hi, the marina was sold yesterday and the new owners won't need a site. Please refund our deposit for Tidewater Marina Site.\nOffice")
mail("o18b", "Tidewater Office <office@tidewatermarina.com>", OWD, "Re: Refund our deposit [OWD-2210]", "2025-09-30 12:00",
     "Invoice is OWD-2025-518.\n\n> Please send the invoice or payment reference.", reply=m)
case("o18-c3-thread-deposit", ["o18a", "o18b"], "optima_webdesign", "decided", [("refund", "approve", "15000.00")],
     "C3 merged; request time is the first email 2025-09-27 12:00 = 24 h after payment (answer at 96 h does not move it); no work -> O2 approve 15000.00", extra_ok=True)

owdproj("Falcon Drones Catalogue", "ops@falcondrones.com")
owdpay("OWD-2025-519", "Falcon Drones Catalogue", "deposit", "22000.00", "3960.00", "2025-09-28T10:00:00", status="disputed")
mail("o19", "Falcon Ops <ops@falcondrones.com>", OWD, "Deposit refund Falcon Drones Catalogue", "2025-09-29 10:00",
     "Please refund deposit OWD-2025-519 for Falcon Drones Catalogue, we chose an in-house designer.\nOps")
case("o19-deposit-disputed", ["o19"], "optima_webdesign", "decided", [("refund", "escalate")],
     "section 8: payment not paid (disputed) -> refund escalated", extra_ok=True)

owdproj("Orchid Spa Website", "manager@orchidspa.com")
mail("o20", "Orchid Spa <manager@orchidspa.com>", OWD, "Question about deposits", "2025-09-25 10:00",
     "Hello,\nWe're about to sign for Orchid Spa Website. If we pay the deposit and then our funding falls through, would it be refundable? "
     "Just checking before we commit.\nManager")
case("o20-hypothetical", ["o20"], "optima_webdesign", "other", [], "section 8: hypothetical policy question before paying -> other")

owdproj("Atlas Movers Site", "it@atlasmovers.com")
mail("o21", "Atlas IT <it@atlasmovers.com>", OWD, "DNS change", "2025-09-26 10:00",
     "Hi, how do we point the Atlas Movers Site to our new mail provider? Which DNS records should we not touch?\nIT")
case("o21-howto", ["o21"], "optima_webdesign", "other", [], "a how-to question -> other")

owdproj("Beacon Analytics Dashboard", "billing@beaconanalytics.io")
owdpay("OWD-2025-520", "Beacon Analytics Dashboard", "third_party", "18500.00", "3330.00", "2025-09-27T10:00:00")
mail("o22", "Beacon Billing <billing@beaconanalytics.io>", OWD, "RE: Licence invoice OWD-2025-520", "2025-09-29 10:00",
     "<html><body><div class='WordSection1'><p class='MsoNormal'>Hi,</p><p class='MsoNormal'>We no longer need the premium charting "
     "plugin licence bought for Beacon Analytics Dashboard (OWD-2025-520) - engineering built it in-house. Please refund it.</p>"
     "<p class='MsoNormal'>Thanks,<br>Beacon Billing</p></div></body></html>", html=True)
case("o22-licence-outlook-html", ["o22"], "optima_webdesign", "decided", [("refund", "deny")],
     "O6: third_party (plugin licence) never refundable -> deny; Outlook HTML")

owdproj("Juniper Kids Club", "admin@juniperkids.org")
owdpay("OWD-2025-521", "Juniper Kids Club", "retainer", "8000.00", "1440.00", "2025-09-18T10:00:00",
       period_start="2025-09-18", period_end="2025-10-17", next_billing_at="2025-10-18")
mail("o23", "Juniper Admin <admin@juniperkids.org>", OWD, "Fwd: retainer", "2025-09-29 10:00",
     "See below.\n\n---------- Forwarded message ---------\nFrom: Juniper Admin <admin@juniperkids.org>\nDate: Sun, Sep 28, 2025\n"
     "Subject: retainer\n\nPlease cancel the Juniper Kids Club retainer, invoice OWD-2025-521.\n\nJuniper Kids Club\nadmin@juniperkids.org\n")
case("o23-forward-no-reason", ["o23"], "optima_webdesign", "need_info", [],
     "section 8: forwarding note and signature are not reasons; Optima requires a reason for cancellations -> need_info reason",
     missing=["reason"])

owdproj("Marigold Events Site", "team@marigoldevents.in", ws="2025-10-02T10:00:00")
owdpay("OWD-2025-522", "Marigold Events Site", "deposit", "18000.00", "3240.00", "2025-09-29T15:00:00")
mail("o24", "Marigold Team <team@marigoldevents.in>", OWD, "Refund Request — Marigold Events Site [OWD-2025-522]", "2025-09-30 20:00",
     "Hi,\nOur co-founder has left and we're shelving the events business for now. Please refund the deposit before your kickoff on the 2nd.\nTeam Marigold")
case("o24-deposit-before-kickoff", ["o24"], "optima_webdesign", "decided", [("refund", "approve", "18000.00")],
     "O2: request 2025-09-30 20:00 is 29 h after payment and before work_started_at 2025-10-02 -> approve 18000.00", extra_ok=True)

owdproj("Kestrel Apparel Store", "cfo@kestrelapparel.com")
owdproj("Kestrel Apparel Lookbook", "cfo@kestrelapparel.com")
owdpay("OWD-2025-523", "Kestrel Apparel Store", "milestone", "40000.00", "7200.00", "2025-09-20T10:00:00", milestone_status="not_started")
owdpay("OWD-2025-524", "Kestrel Apparel Lookbook", "milestone", "25000.00", "4500.00", "2025-09-20T10:05:00", milestone_status="not_started")
mail("o25", "Kestrel CFO <cfo@kestrelapparel.com>", OWD, "refund", "2025-09-27 10:00",
     "Hi Optima, we've frozen discretionary spend this quarter, so please refund the milestone we prepaid that hasn't started.\nCFO")
case("o25-c3-two-projects", ["o25"], "optima_webdesign", "need_info", [],
     "section 4 requires project and invoice; two projects each with a not-started milestone, neither named -> ask project_name and invoice_number",
     missing=["project_name", "invoice_number"])

write()
