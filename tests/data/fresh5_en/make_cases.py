"""Generator for fresh held-out round 5 (en). Stdlib only; deterministic.
Written by a QA pass from POLICY_SPEC.md alone (sections 1-8). MIT licence."""
import json
import os
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email import policy as _policy
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
IST = timezone(timedelta(hours=5, minutes=30))
LO_TO = "LeadsOptima Support <support@leadsoptima.com>"
OWD_TO = "Optima WebDesign <optimawebdesigns12@gmail.com>"
LANG = "en"
PFX = "f5en"

customers, projects, payments, cases = [], [], [], []
_files = {}


def cust(email, name, plan, start=None, end=None, status="active", trial_ends=None):
    customers.append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan,
                      "status": status, "trial_ends": trial_ends,
                      "current_period_start": start, "current_period_end": end})


def lopay(pid, inv, email, plan, amount, paid_at, ps, pe, status="paid", tax="0.00"):
    payments.append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email,
                     "kind": "subscription", "plan": plan, "amount": amount, "tax": tax,
                     "currency": "INR", "paid_at": paid_at, "period_start": ps, "period_end": pe,
                     "status": status})


def proj(name, email, work_started_at=None):
    projects.append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                     "work_started_at": work_started_at})


def owdpay(pid, inv, project, kind, amount, paid_at, tax="0.00", status="paid", setup_fee=None,
           service_start=None, next_billing_at=None, ps=None, pe=None, milestone_status=None):
    payments.append({"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": project,
                     "kind": kind, "amount": amount, "tax": tax, "currency": "INR",
                     "paid_at": paid_at, "status": status, "setup_fee": setup_fee,
                     "service_start": service_start, "next_billing_at": next_billing_at,
                     "period_start": ps, "period_end": pe, "milestone_status": milestone_status})


def mail(name, frm, to, subject, when, body, html=None, headers=None, reply_to=None):
    """when: (y, m, d, H, M) in IST. reply_to: name of an earlier mail this one answers."""
    m = EmailMessage(policy=_policy.SMTP)
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(datetime(*when, tzinfo=IST))
    mid = "<%s.%s@mail.example>" % (PFX, name)
    m["Message-ID"] = mid
    if reply_to:
        prev = _files[reply_to]
        m["In-Reply-To"] = prev
        m["References"] = prev
    for k, v in (headers or {}).items():
        m[k] = v
    if body is None:
        m.set_content(html, subtype="html")
    else:
        m.set_content(body)
        if html:
            m.add_alternative(html, subtype="html")
    _files[name] = mid
    path = os.path.join(HERE, "emails", name + ".eml")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    data = m.as_bytes()
    # deterministic MIME boundaries
    import re
    bounds = sorted(set(re.findall(rb'boundary="([^"]+)"', data)))
    for i, b in enumerate(bounds):
        data = data.replace(b, ("==%s_%s_%d==" % (PFX, name, i)).encode())
    with open(path, "wb") as f:
        f.write(data)
    return "emails/%s.eml" % name


def case(cid, files, brand, status, decisions=(), rules=(), spec="", missing=None,
         extra_ok=None, ambiguous=None, title=""):
    c = {"id": "%s-%s" % (LANG, cid), "lang": LANG, "files": list(files), "brand": brand,
         "status": status, "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    c["decisions"] = [dict(d) for d in decisions]
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if ambiguous:
        c["ambiguous"] = ambiguous
    c["_title"] = title
    cases.append(c)


def R(outcome, amount=None):
    d = {"intent": "refund", "outcome": outcome}
    if amount is not None:
        d["amount"] = amount
    return d


def X(outcome="cancel", eff=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if eff is not None:
        d["effective_date"] = eff
    return d


def finish():
    with open(os.path.join(HERE, "ledger.json"), "w", encoding="utf-8") as f:
        json.dump({"customers": customers, "projects": projects, "payments": payments}, f,
                  ensure_ascii=False, indent=1)
        f.write("\n")
    titles = [(c["id"], c.pop("_title")) for c in cases]
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump({"cases": cases}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids)), "duplicate case id"
    invs = [p["invoice"] for p in payments if p.get("invoice")]
    assert len(invs) == len(set(invs)), "duplicate invoice"
    pids = [p["id"] for p in payments]
    assert len(pids) == len(set(pids)), "duplicate payment id"
    for cid, t in titles:
        print("- `%s`: %s" % (cid, t))
    print(len(cases), "cases")


# ---------------------------------------------------------------- LeadsOptima
T = LO_TO
BILL = "LeadsOptima Billing <billing@leadsoptima.com>"

cust("jake.morrison@brightpathrealty.com", "Jake Morrison", "monthly", "2025-09-28", "2025-10-27")
lopay("e_p101", "LO-INV-62101", "jake.morrison@brightpathrealty.com", "monthly", "1299.00", "2025-09-28T21:10:00", "2025-09-28", "2025-10-27")
lopay("e_p102", "LO-INV-62102", "jake.morrison@brightpathrealty.com", "monthly", "1299.00", "2025-09-28T21:11:00", "2025-09-28", "2025-10-27")
f = mail("e01", "Jake Morrison <jake.morrison@brightpathrealty.com>", T, "You charged me twice??", (2025, 9, 30, 7, 45),
         "Hey guys,\n\nLooks like you charged me twice on Sunday night for the monthly plan - two hits of 1,299.00 a minute apart. "
         "The second one is LO-INV-62102. Can you kick that one back to my card?\n\nThanks,\nJake\n\n--\nJake Morrison | BrightPath Realty | Austin, TX")
case("l01-us-charged-twice", [f], "leadsoptima", "decided", [R("approve", "1299.00")],
     spec="L2 duplicate_payment ('charged me twice'); pair 2025-09-28, same period; request 2025-09-30 = day 2 (L3); L4 approve 1299.00",
     title="US, monthly charged twice, day 2, approve 1299.00")

cust("fiona.mcleod@thistlelettings.co.uk", "Fiona McLeod", "annual", "2025-09-23", "2026-09-22")
lopay("e_p111", "LO-INV-62111", "fiona.mcleod@thistlelettings.co.uk", "annual", "12990.00", "2025-09-23T00:20:00", "2025-09-23", "2026-09-22")
lopay("e_p112", "LO-INV-62112", "fiona.mcleod@thistlelettings.co.uk", "annual", "12990.00", "2025-09-23T00:25:00", "2025-09-23", "2026-09-22")
f = mail("e02", "Fiona McLeod <fiona.mcleod@thistlelettings.co.uk>", T, "Billed twice for annual renewal", (2025, 9, 30, 23, 50),
         "Hello,\n\nI've just noticed on our statement that we were billed twice for the annual renewal on 23/09 - "
         "INR 12,990.00 each time. The duplicate is invoice LO-INV-62112. I'd be grateful if you could refund it.\n\n"
         "Kind regards,\nFiona\n\nFiona McLeod\nOperations Manager, Thistle Lettings Ltd, Edinburgh\n"
         "This email and any attachments are confidential and intended solely for the addressee.")
case("l02-uk-billed-twice-day7", [f], "leadsoptima", "decided", [R("approve", "12990.00")],
     spec="L2 duplicate_payment ('billed twice'); charges 2025-09-23 00:20/00:25 IST = day 0; request 2025-09-30 23:50 IST = day 7, inside (L3); L4 approve 12990.00",
     title="UK, annual billed twice, request late on day 7, approve 12990.00")

cust("chinedu.okafor@lagosprime.ng", "Chinedu Okafor", "quarterly", "2025-09-19", "2025-12-18")
lopay("e_p121", "LO-INV-62121", "chinedu.okafor@lagosprime.ng", "quarterly", "3597.00", "2025-09-19T14:00:00", "2025-09-19", "2025-12-18")
lopay("e_p122", "LO-INV-62122", "chinedu.okafor@lagosprime.ng", "quarterly", "3597.00", "2025-09-19T14:02:00", "2025-09-19", "2025-12-18")
f = mail("e03", "Chinedu Okafor <chinedu.okafor@lagosprime.ng>", T, "DEBITED TWO TIMES - KINDLY REVERT", (2025, 9, 28, 9, 0),
         "Good day Sir/Ma,\n\nI am writing to bring to your notice that my account was debited two times for the quarterly plan on 19th September. "
         "Kindly refund the second debit with invoice no LO-INV-62122 at your earliest convenience.\n\nI will appreciate your prompt response.\n\n"
         "Yours faithfully,\nChinedu Okafor\nLagos Prime Logistics")
case("l03-ng-debited-two-times-day9", [f], "leadsoptima", "decided", [R("deny")],
     spec="L2 duplicate_payment ('debited two times'); charges 2025-09-19, request 2025-09-28 = day 9 > 7: L3 deny",
     title="Nigerian, quarterly debited two times, day 9, deny (L3)")

cust("rakesh.menon@menonauto.in", "Rakesh Menon", "monthly", "2025-09-24", "2025-10-23")
for i, mm in enumerate(("10:00", "10:01", "10:03")):
    lopay("e_p13%d" % (i + 1), "LO-INV-6213%d" % (i + 1), "rakesh.menon@menonauto.in", "monthly", "1299.00", "2025-09-24T%s:00" % mm, "2025-09-24", "2025-10-23")
f = mail("e04", "Rakesh Menon <rakesh.menon@menonauto.in>", T, "Payment deducted 3 times", (2025, 9, 26, 11, 20),
         "Dear Team,\n\nThe payment gateway hung and when I retried, my card got charged 3 times for the same monthly plan on 24th "
         "(Rs. 1,299 x 3). Invoices LO-INV-62132 and LO-INV-62133 are the extra ones. Please refund both duplicate payments.\n\n"
         "Thanks and regards,\nRakesh Menon\nMenon Automobiles, Kochi")
case("l04-in-three-charges", [f], "leadsoptima", "decided", [R("approve", "2598.00")],
     spec="Section 8 'three or more identical charges': 3 x 1299.00 on 2025-09-24, same period; both later charges are duplicates inside the window (day 2): approve 1299.00 + 1299.00 = 2598.00",
     title="Indian, three identical charges, approve 2598.00 (section 8)")

cust("wei.ling.tan@harbourfoods.sg", "Tan Wei Ling", "monthly", "2025-09-25", "2025-10-24")
lopay("e_p141", "LO-INV-62141", "wei.ling.tan@harbourfoods.sg", "monthly", "1299.00", "2025-09-25T09:00:00", "2025-09-25", "2025-10-24")
f = mail("e05", "Tan Wei Ling <wei.ling.tan@harbourfoods.sg>", T, "cannot login since renew", (2025, 9, 29, 14, 30),
         "Hi,\n\nSince renew on 25 Sep cannot login at all, keep say session expired. Already try incognito, other laptop also same. "
         "Chat with your support twice already but still cannot. Pay already but cannot use, can refund? Inv LO-INV-62141.\n\n"
         "Thanks\nWei Ling\nHarbour Foods Pte Ltd")
case("l05-sg-cannot-login", [f], "leadsoptima", "decided", [R("escalate")],
     spec="L2 access_failure ('cannot login'); charge 2025-09-25, request day 4 (L3); L6 escalate",
     title="Singaporean, cannot log in after renewal, escalate (L6)")

cust("maria.santos@santosdental.ph", "Maria Santos", "monthly", "2025-09-27", "2025-10-26")
lopay("e_p151", "LO-INV-62151", "maria.santos@santosdental.ph", "monthly", "1499.00", "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
f = mail("e06", "Maria Santos <maria.santos@santosdental.ph>", T, "Incorrect amount on my invoice", (2025, 9, 29, 16, 0),
         "Hello,\n\nMy plan is the monthly one at 1,299 but I was charged 1,499.00 this month (LO-INV-62151). I think it's the wrong amount. "
         "Could you refund the difference or the whole thing and recharge correctly?\n\nThank you,\nMaria")
case("l06-wrong-amount", [f], "leadsoptima", "decided", [R("escalate")],
     spec="L2 billing_error ('charged ... wrong amount'); day 2 (L3); L5 escalate, no amount",
     title="Filipino writer, charged more than the plan price, escalate (L5)")

cust("oleksandr.k@kovalmedia.eu", "Oleksandr Koval", "quarterly", "2025-09-26", "2025-12-25")
lopay("e_p161", "LO-INV-62161", "oleksandr.k@kovalmedia.eu", "quarterly", "3597.00", "2025-09-26T10:00:00", "2025-09-26", "2025-12-25")
f = mail("e07", "Oleksandr Koval <oleksandr.k@kovalmedia.eu>", T, "refund for quarter plan", (2025, 9, 27, 12, 0),
         "Hello,\n\nI have bought quarter plan yesterday, but after I see price again it is too expensive for our small agency, "
         "competitor is half price. Please make refund of invoice LO-INV-62161, I did not start using yet.\n\nBest regards\nOleksandr")
case("l07-too-expensive", [f], "leadsoptima", "decided", [R("deny")],
     spec="'too expensive' / 'did not start using' is not an L2 exception: L1 deny (reply offers cancellation)",
     title="Non-native, too expensive, refund deny (L1)")

cust("hannah.brooks@brookscoaching.com", "Hannah Brooks", "annual", "2025-03-10", "2026-03-09")
lopay("e_p171", "LO-INV-62171", "hannah.brooks@brookscoaching.com", "annual", "12990.00", "2025-03-10T10:00:00", "2025-03-10", "2026-03-09")
f = mail("e08", "Hannah Brooks <hannah.brooks@brookscoaching.com>", T, "Cancelling - NOT asking for a refund", (2025, 9, 29, 18, 0),
         "Hi there,\n\nTo be clear up front: I am not asking for a refund. I know the annual plan is non-refundable and that's fine. "
         "I just don't want it to auto-renew in March, so please cancel my subscription.\n\nCheers,\nHannah")
case("l08-not-asking-refund", [f], "leadsoptima", "decided", [X("cancel", "2026-03-09")],
     spec="Negation 'I am not asking for a refund' adds no refund intent (section 8); L8 cancel, effective current_period_end 2026-03-09",
     title="US, cancel only, explicit 'not asking for a refund', cancel 2026-03-09 (L8)")

cust("daniel.oconnor@oconnorplumbing.ie", "Daniel O'Connor", "monthly", "2025-09-15", "2025-10-14")
lopay("e_p181", "LO-INV-62181", "daniel.oconnor@oconnorplumbing.ie", "monthly", "1299.00", "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
f = mail("e09", "Daniel O'Connor <daniel.oconnor@oconnorplumbing.ie>", T, "Question about the new reporting module", (2025, 9, 26, 10, 0),
         "Hi,\n\nWe're thinking of moving up to the annual plan for the new reporting module. If it turns out it doesn't work with our "
         "CRM, would we be able to get our money back? Or is it the same no-refund rule?\n\nThanks,\nDaniel")
case("l09-hypothetical-upgrade", [f], "leadsoptima", "other",
     spec="Hypothetical ('if it doesn't work ... would we be able to get our money back?') before buying: policy question, other (section 8)",
     title="Irish, hypothetical refund question before upgrading, other")

cust("priya.raman@ramanarchitects.in", "Priya Raman", "monthly", "2025-09-20", "2025-10-19", status="cancelled")
lopay("e_p191", "LO-INV-62191", "priya.raman@ramanarchitects.in", "monthly", "1299.00", "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
f = mail("e10", "Priya Raman <priya.raman@ramanarchitects.in>", T, "Charged after cancellation", (2025, 9, 22, 9, 10),
         "Hi,\n\nI cancelled my subscription on the 14th (got the confirmation mail too) and you still charged me Rs 1299 on the 20th. "
         "Invoice LO-INV-62191. Please reverse this charge.\n\nRegards,\nPriya Raman\nRaman Architects, Chennai")
case("l10-charged-after-cancel", [f], "leadsoptima", "decided", [R("escalate")],
     spec="Past event: 'cancelled on the 14th and you still charged me' = L2 billing_error ('charged after I cancelled'); day 2; L5 escalate. 'reverse this charge' is addressed to us, not a bank dispute",
     title="Indian, charged after cancelling on the 14th, escalate (L5)")

cust("tom.fletcher@fletcherjoinery.co.uk", "Tom Fletcher", "monthly", "2025-09-12", "2025-10-11")
lopay("e_p201", "LO-INV-62201", "tom.fletcher@fletcherjoinery.co.uk", "monthly", "1299.00", "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
f = mail("e11", "Tom Fletcher <tom.fletcher@fletcherjoinery.co.uk>", T, "Re: your refund", (2025, 9, 27, 12, 0),
         "Hiya,\n\nJust to let you know the refund for the double payment back in August has landed in my account today. "
         "Cheers for sorting it so quick, much appreciated.\n\nTom")
case("l11-refund-arrived-thanks", [f], "leadsoptima", "other",
     spec="Past event, thank-you note (refund received): no refund or cancellation requested -> other",
     title="UK, thanks, earlier refund arrived, other")

cust("suresh.babu@babutraders.in", "Suresh Babu", "monthly", "2025-09-25", "2025-10-24")
lopay("e_p211", "LO-INV-62211", "suresh.babu@babutraders.in", "monthly", "1299.00", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
f = mail("e12", "Suresh Babu <suresh.babu@babutraders.in>", T, "Refund request - LO-INV-62211", (2025, 9, 27, 10, 0),
         "Dear Sir/Madam,\n\nKindly process the refund for the below invoice at the earliest.\n\nInvoice: LO-INV-62211\nAmount: Rs.1,299/-\n\n"
         "Please do the needful.\n\nThanks & Regards,\nSuresh Babu\nProprietor, Babu Traders\nMob: +91 98450 xxxxx\n\n"
         "DISCLAIMER: This e-mail is intended for the named recipient only. If you are not the intended recipient please delete it.")
case("l12-reason-only-needful", [f], "leadsoptima", "need_info", missing=["reason"],
     spec="'Kindly process the refund', 'do the needful', signature and disclaimer are not reasons (section 8); invoice given, plan filled from ledger; C3 asks reason",
     title="Indian, refund with only 'do the needful' + signature/disclaimer, need_info reason")

cust("grace.adeyemi@adeyemiconsult.com", "Grace Adeyemi", "annual", "2025-09-20", "2026-09-19")
lopay("e_p221", "LO-INV-62221", "grace.adeyemi@adeyemiconsult.com", "annual", "12990.00", "2025-09-20T10:00:00", "2025-09-20", "2026-09-19")
f = mail("e13", "Grace Adeyemi <grace.adeyemi@adeyemiconsult.com>", T, "Refund", (2025, 9, 23, 15, 0),
         "Please refund my money.\n\nSent from my Samsung Galaxy smartphone.")
case("l13-bare-refund", [f], "leadsoptima", "need_info", missing=["reason"],
     spec="Bare 'Please refund my money' + device signature: no reason; plan and invoice filled from the ledger (one active annual plan, its only charge LO-INV-62221: section 1; stop 26 correction, was missing invoice_number and reason, marked ambiguous on this point); C3 asks the reason",
     title="Nigerian, bare 'please refund my money' from phone, need_info invoice_number + reason")

cust("r.whitfield@whitfieldlaw-consult.com", "Richard Whitfield", "annual", "2025-09-24", "2026-09-23")
lopay("e_p231", "LO-INV-62231", "r.whitfield@whitfieldlaw-consult.com", "annual", "12990.00", "2025-09-24T10:00:00", "2025-09-24", "2026-09-23")
lopay("e_p232", "LO-INV-62232", "r.whitfield@whitfieldlaw-consult.com", "annual", "12990.00", "2025-09-24T10:02:00", "2025-09-24", "2026-09-23")
f = mail("e14", "Emma Clarke <emma.clarke@whitfield-pa.com>", T, "FW: duplicate annual charge", (2025, 9, 26, 9, 30),
         "Hi LeadsOptima,\n\nPlease see below from Richard - could you sort this out?\n\nMany thanks,\nEmma Clarke\nPA to Richard Whitfield\n\n"
         "________________________________\nFrom: Richard Whitfield <r.whitfield@whitfieldlaw-consult.com>\nSent: 25 September 2025 18:02\n"
         "To: Emma Clarke <emma.clarke@whitfield-pa.com>\nSubject: duplicate annual charge\n\n"
         "Emma - LeadsOptima took the annual fee twice yesterday. The account is under r.whitfield@whitfieldlaw-consult.com. "
         "Can you ask them to refund the second one, LO-INV-62232?\n\nR")
case("l14-outlook-fw-pa-c2", [f], "leadsoptima", "need_info", rules=["C2"],
     spec="Outlook forward (section 8) from the PA's address; the forwarded request names registered email r.whitfield@... which is not the sender: C2, ask for the request from that address, no account details",
     title="UK, PA forwards boss's duplicate-charge note in Outlook, C2")

cust("anita.desai@desaiinteriors.in", "Anita Desai", "monthly", "2025-09-22", "2025-10-21")
lopay("e_p241", "LO-INV-62241", "anita.desai@desaiinteriors.in", "monthly", "1299.00", "2025-09-22T10:00:00", "2025-09-22", "2025-10-21")
lopay("e_p242", "LO-INV-62242", "anita.desai@desaiinteriors.in", "monthly", "1299.00", "2025-09-22T10:01:00", "2025-09-22", "2025-10-21")
f = mail("e15", "Anita Desai <anita.desai+billing@desaiinteriors.in>", T, "double charge on 22 Sep", (2025, 9, 24, 10, 0),
         "Hi,\n\nWe got a double charge on 22 Sep for the monthly plan. Second invoice LO-INV-62242. Please refund.\n\nAnita")
case("l15-plus-tag-sender", [f], "leadsoptima", "need_info", rules=["C2"],
     spec="Section 8: a +tag makes another address; sender anita.desai+billing@... is not on record and states no registered email: unknown sender, C2 (section 8, 'treated as any unknown sender')",
     title="Sender uses a +billing tag of the registered address, C2")

cust("kwame.mensah@mensahfarms.com", "Kwame Mensah", "monthly", "2025-09-25", "2025-10-24")
lopay("e_p251", "LO-INV-62251", "kwame.mensah@mensahfarms.com", "monthly", "1299.00", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
lopay("e_p252", "LO-INV-62252", "kwame.mensah@mensahfarms.com", "monthly", "1299.00", "2025-09-25T10:01:00", "2025-09-25", "2025-10-24")
f = mail("e16", "Kwame Mensah <kwame.mensah1980@gmail.com>", T, "charged twice", (2025, 9, 26, 10, 0),
         "Hello, you charged me twice on the 25th, invoice LO-INV-62252. Please refund.\nKwame",
         headers={"Reply-To": "Kwame Mensah <kwame.mensah@mensahfarms.com>"})
case("l16-reply-to-not-verify", [f], "leadsoptima", "need_info", rules=["C2"],
     spec="Section 8: the sender is the From address (gmail, not on record); Reply-To with the registered address never verifies anyone: C2",
     title="From gmail with Reply-To set to the registered address, C2")

cust("brandon.lee@leeautogroup.com", "Brandon Lee", "quarterly", "2025-09-24", "2025-12-23")
lopay("e_p261", "LO-INV-62261", "brandon.lee@leeautogroup.com", "quarterly", "3597.00", "2025-09-24T10:00:00", "2025-09-24", "2025-12-23")
f = mail("e17", "Brandon Lee <brandon.lee@leeautogroup.com>", T, "Unauthorized renewal - refund or dispute", (2025, 9, 26, 19, 0),
         "I never authorized a quarterly renewal. Refund invoice LO-INV-62261 by Friday or I will dispute the charge with my credit card company.\n\nBrandon Lee")
case("l17-us-dispute-threat", [f], "leadsoptima", "decided", [R("escalate")], rules=["C4"],
     spec="C4: 'I will dispute the charge with my credit card company' -> escalate",
     title="US, dispute threat with card company, escalate (C4)")

cust("sarah.thompson@thompsonfloristry.co.uk", "Sarah Thompson", "monthly", "2025-09-27", "2025-10-26")
lopay("e_p271", "LO-INV-62271", "sarah.thompson@thompsonfloristry.co.uk", "monthly", "1299.00", "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
f = mail("e18", "Sarah Thompson <sarah.thompson@thompsonfloristry.co.uk>", T, "Cancellation and refund", (2025, 9, 28, 11, 0),
         "Dear LeadsOptima,\n\nPlease cancel my account with immediate effect and refund this month's fee (LO-INV-62271). The product "
         "does not do what your sales video showed. I am aware of my statutory rights under the Consumer Rights Act and will rely on them if necessary.\n\n"
         "Yours sincerely,\nSarah Thompson")
case("l18-uk-statutory-rights", [f], "leadsoptima", "decided", [R("escalate"), X("escalate")], rules=["C4"],
     spec="C4 'statutory rights' covers the whole case (section 8): refund and cancellation both escalate",
     title="UK, cancel + refund citing statutory rights, both escalate (C4)")

f = mail("e19", "Growth Weekly <newsletter@growthweekly.io>", T, "10 lead-gen tricks for Q4 (and a refund-proof pricing page)", (2025, 9, 30, 6, 0),
         "This week: how to cancel churn before it happens, why refunds kill margins, and more.\n\nUnsubscribe: https://growthweekly.io/u/123",
         headers={"List-Id": "Growth Weekly <weekly.growthweekly.io>", "Precedence": "bulk",
                  "List-Unsubscribe": "<https://growthweekly.io/u/123>"})
case("l19-newsletter", [f], "leadsoptima", "ignore", rules=["C7"],
     spec="C7: List-Id and Precedence: bulk -> ignore (the words 'refund'/'cancel' do not matter)",
     title="Newsletter mentioning refunds, List-Id/Precedence bulk, ignore (C7)")

f = mail("e20", "LeadsOptima <noreply@leadsoptima.com>", T, "Your invoice LO-INV-99999 - payment received", (2025, 9, 29, 3, 0),
         "Hi,\n\nWe received your payment of INR 1,299.00. If you were charged twice, reply to this email for a refund.\n\nLeadsOptima Billing")
case("l20-own-address", [f], "leadsoptima", "ignore", rules=["C7"],
     spec="C7: mail from the brand's own address (noreply@leadsoptima.com) -> ignore",
     title="Our own noreply receipt looped back into support, ignore (C7)")

cust("james.harrington@harringtonco.com", "James Harrington", "annual", "2025-06-01", "2026-05-31")
lopay("e_p281", "LO-INV-62281", "james.harrington@harringtonco.com", "annual", "12990.00", "2025-06-01T10:00:00", "2025-06-01", "2026-05-31")
f = mail("e21", "James Harrington <james.harrington@harringtonco.com>", T, "Please cancel - end of contract", (2025, 9, 30, 10, 0),
         "Hello,\n\nWe've been acquired and the group uses a different platform, so please cancel our annual plan. I understand "
         "it runs to 31/05/2026 and won't renew after that - that's fine, no refund needed.\n\nBest,\nJames")
case("l21-annual-cancel-uk-date", [f], "leadsoptima", "decided", [X("cancel", "2026-05-31")],
     spec="L8 cancel, effective current_period_end 2026-05-31; 'no refund needed' is negation (section 8)",
     title="UK, annual cancel after acquisition, cancel 2026-05-31 (L8)")

cust("li.na@zhangtrading.cn", "Li Na", "monthly")
lopay("e_p291", "LO-INV-62291", "li.na@zhangtrading.cn", "monthly", "1299.00", "2025-09-04T20:00:00Z", None, None)
f = mail("e22", "Li Na <li.na@zhangtrading.cn>", T, "Stop subscription", (2025, 9, 20, 10, 0),
         "Dear support,\n\nPlease stop my monthly subscription, our company close the India office. Thank you.\n\nLi Na")
case("l22-cancel-fallback-utc", [f], "leadsoptima", "decided", [X("cancel", "2025-10-04")],
     spec="L8 fallback: last charge 2025-09-04T20:00Z = 2025-09-05 01:30 IST (section 8: converted to the brand zone); + 1 month - 1 day = 2025-10-04",
     title="Non-native, monthly cancel, no period in ledger, UTC charge crosses midnight, cancel 2025-10-04 (L8)")

cust("ben.carter@cartermedia.com.au", "Ben Carter", "monthly", "2025-09-26", "2025-10-25")
lopay("e_p301", "LO-INV-62301", "ben.carter@cartermedia.com.au", "monthly", "1299.00", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
lopay("e_p302", "LO-INV-62302", "ben.carter@cartermedia.com.au", "monthly", "1299.00", "2025-09-26T10:00:40", "2025-09-26", "2025-10-25")
f = mail("e23", "Ben Carter <ben.carter@cartermedia.com.au>", "LeadsOptima Billing <billing@leadsoptima.com>", "Fwd: Payment receipt LO-INV-62302", (2025, 9, 27, 8, 0),
         "Got two of these receipts for the same month - you've taken the payment twice. Refund the second one please.\n\nBen\n\n"
         "Begin forwarded message:\n\nFrom: LeadsOptima Billing <billing@leadsoptima.com>\nSubject: Payment receipt LO-INV-62302\n"
         "Date: 26 September 2025 at 10:00:41 IST\nTo: ben.carter@cartermedia.com.au\n\n"
         "Thanks for your payment of INR 1,299.00 for LeadsOptima Monthly (26 Sep - 25 Oct 2025).\n")
case("l23-apple-fwd-receipt", [f], "leadsoptima", "decided", [R("approve", "1299.00")],
     spec="Apple Mail forward (section 8) of our own receipt by the registered customer (outer From is the customer, so not C7); 'taken the payment twice' with LO-INV-62302, the later of the pair 2025-09-26; day 1; L4 approve 1299.00",
     title="Australian, Apple Mail forward of our receipt to billing@, approve 1299.00")

cust("nkechi.eze@ezefashion.ng", "Nkechi Eze", "monthly", "2025-09-24", "2025-10-23")
lopay("e_p311", "LO-INV-62311", "nkechi.eze@ezefashion.ng", "monthly", "1299.00", "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
lopay("e_p312", "LO-INV-62312", "nkechi.eze@ezefashion.ng", "monthly", "1299.00", "2025-09-24T10:01:00", "2025-09-24", "2025-10-23", status="refunded")
f = mail("e24", "Nkechi Eze <nkechi.eze@ezefashion.ng>", T, "Double payment refund", (2025, 9, 26, 12, 0),
         "Hello,\n\nPlease I was charged twice on 24/09 for my monthly plan. The extra invoice is LO-INV-62312. Kindly refund me.\n\nThanks\nNkechi")
case("l24-dup-already-refunded", [f], "leadsoptima", "decided", [R("escalate")],
     spec="Section 8: payments not 'paid' (LO-INV-62312 is 'refunded') -> a refund of one is escalated",
     title="Nigerian, duplicate already refunded in ledger, escalate (section 8)")

cust("mark.evans@evansgarage.co.uk", "Mark Evans", "monthly", "2025-09-25", "2025-10-24")
lopay("e_p321", "LO-INV-62321", "mark.evans@evansgarage.co.uk", "monthly", "1299.00", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
f = mail("e25", "Mark Evans <mark.evans@evansgarage.co.uk>", T, "Charged twice?", (2025, 9, 27, 9, 0),
         "Hi, my bank app shows you charged twice this week, I reckon. Invoice I have is LO-INV-62321. Please refund the double.\n\nMark")
case("l25-dup-no-pair", [f], "leadsoptima", "decided", [R("escalate")],
     spec="L4: 'charged twice' but the ledger holds one charge only (no pair): escalate",
     title="UK, claims double charge but ledger has one charge, escalate (L4)")

cust("emily.nguyen@nguyenbakery.com", "Emily Nguyen", "monthly", "2025-09-19", "2025-10-18")
lopay("e_p331", "LO-INV-62331", "emily.nguyen@nguyenbakery.com", "monthly", "1299.00", "2025-09-19T10:00:00", "2025-09-19", "2025-10-18")
f = mail("e26", "Emily Nguyen <emily.nguyen@nguyenbakery.com>", T, "Platform not loading since last Friday", (2025, 9, 27, 16, 0),
         "Hi,\n\nThe dashboard hasn't been loading at all since last Friday (the 19th, the day I paid). I wrote to chat on the 20th and nobody fixed it. "
         "Refund for LO-INV-62331 please.\n\nEmily")
case("l26-access-day8", [f], "leadsoptima", "decided", [R("deny")],
     spec="L2 access_failure ('not loading'), but charge 2025-09-19, request 2025-09-27 = day 8 > 7: L3 deny",
     title="US, platform not loading, request on day 8, deny (L3)")

cust("ahmed.farouk@faroukimports.ae", "Ahmed Farouk", "quarterly", "2025-09-24", "2025-12-23")
lopay("e_p341", "LO-INV-62341", "ahmed.farouk@faroukimports.ae", "quarterly", "3597.00", "2025-09-24T10:00:00", "2025-09-24", "2025-12-23")
f1 = mail("e27a", "Ahmed Farouk <ahmed.farouk@faroukimports.ae>", T, "account locked", (2025, 9, 25, 10, 0),
          "Dear team, after payment yesterday my account is locked out, I cannot access anything. Please refund the quarterly payment.\nAhmed")
f2 = mail("e27b", "Ahmed Farouk <ahmed.farouk@faroukimports.ae>", T, "RE: account locked", (2025, 9, 29, 10, 0),
          "Invoice is LO/INV/62341.\n\nAhmed\n\n-----Original Message-----\nFrom: LeadsOptima Support <support@leadsoptima.com>\n"
          "Sent: Thursday, September 25, 2025 2:00 PM\nSubject: RE: account locked\n\nPlease send the invoice number.", reply_to="e27a")
case("l27-thread-invoice-slashes", [f1, f2], "leadsoptima", "decided", [R("escalate")],
     spec="Thread (C3): invoice 'LO/INV/62341' = LO-INV-62341 (section 8: slashes ignored); L2 access_failure ('locked out'); request time = first mail 2025-09-25 = day 1; L6 escalate",
     title="Thread, locked out, invoice given with slashes in the reply, escalate (L6)")

cust("lucy.harper@harperevents.co.uk", "Lucy Harper", "quarterly", "2025-09-01", "2025-11-30")
lopay("e_p351", "LO-INV-62351", "lucy.harper@harperevents.co.uk", "quarterly", "3597.00", "2025-09-01T10:00:00", "2025-09-01", "2025-11-30")
f = mail("e28", "Lucy Harper <lucy.harper@harperevents.co.uk>", T, "Query about my invoice (not a refund request)", (2025, 9, 29, 12, 0),
         "Hi,\n\nI'm not after any money back - just trying to understand why invoice LO-INV-62351 says 'Quarterly' when I thought "
         "I'd signed up monthly. Where can I see which plan I'm on in the settings?\n\nThanks,\nLucy")
case("l28-not-refund-question", [f], "leadsoptima", "other",
     spec="Negation 'I'm not after any money back' + how-to question about the plan shown: no request -> other",
     title="UK, explicitly not a refund, asks where to see her plan, other")

cust("vijay.krishnan@vkenterprises.in", "Vijay Krishnan", "monthly", "2025-09-26", "2025-10-25")
lopay("e_p361", "LO-INV-62361", "vijay.krishnan@vkenterprises.in", "monthly", "1299.00", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
lopay("e_p362", "LO-INV-62362", "vijay.krishnan@vkenterprises.in", "monthly", "1299.00", "2025-09-26T10:05:00", "2025-09-26", "2025-10-25")
f = mail("e29", "Vijay Krishnan <vijay.krishnan@vkenterprises.in>", T, "amount debited twice", (2025, 9, 28, 19, 0),
         "Sir,\n\nRupees one thousand two hundred ninety nine only was debited twice from my HDFC card on 26-Sep-25 for the same monthly plan. "
         "Kindly refund the second debit, inv no. LO INV 62362.\n\nVijay Krishnan")
case("l29-amount-in-words", [f], "leadsoptima", "decided", [R("approve", "1299.00")],
     spec="L2 duplicate ('debited twice'); amount in words is only the customer's claim, the ledger decides; pair 2025-09-26, day 2; L4 approve 1299.00",
     title="Indian, amount in words, debited twice, approve 1299.00")

cust("olivia.grant@grantwellness.com", "Olivia Grant", "monthly", "2025-08-25", "2025-09-24")
lopay("e_p371", "LO-INV-62371", "olivia.grant@grantwellness.com", "monthly", "1299.00", "2025-08-25T10:00:00", "2025-08-25", "2025-09-24")
lopay("e_p372", "LO-INV-62372", "olivia.grant@grantwellness.com", "monthly", "1299.00", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
f = mail("e30", "Olivia Grant <olivia.grant@grantwellness.com>", T, "Two payments in a month??", (2025, 9, 27, 10, 0),
         "Hi,\n\nI've paid you two times in about a month - 25 Aug and again 25 Sep. That's a duplicate payment surely? Please refund LO-INV-62372.\n\nOlivia")
case("l30-two-periods-not-dup", [f], "leadsoptima", "decided", [R("escalate")],
     spec="L4: the two charges are for different billing periods (Aug-Sep and Sep-Oct), so no duplicate pair in the ledger: escalate",
     title="US, two consecutive monthly charges taken for a duplicate, escalate (L4)")

cust("ngozi.bello@bellopharma.ng", "Ngozi Bello", "monthly", "2025-09-10", "2025-10-09")
lopay("e_p381", "LO-INV-62381", "ngozi.bello@bellopharma.ng", "monthly", "1299.00", "2025-09-10T10:00:00", "2025-09-10", "2025-10-09")
f = mail("e31", "Ngozi Bello <ngozi.bello@bellopharma.ng>", T, "Cancel with immediate effect", (2025, 9, 29, 13, 0),
         "Good afternoon,\n\nPlease cancel my subscription with immediate effect. We have decided to handle leads in-house going forward.\n\n"
         "Best regards,\nNgozi Bello (Mrs)\nBello Pharmacy Ltd")
case("l31-cancel-immediate", [f], "leadsoptima", "decided", [X("cancel", "2025-10-09")],
     spec="L8: 'with immediate effect' still ends at the end of the current cycle: effective current_period_end 2025-10-09",
     title="Nigerian, cancel 'with immediate effect', cancel 2025-10-09 (L8)")

cust("sophie.martin@martinyoga.com", "Sophie Martin", "monthly", "2025-09-25", "2025-10-24")
lopay("e_p391", "LO-INV-62391", "sophie.martin@martinyoga.com", "monthly", "1299.00", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
lopay("e_p392", "LO-INV-62392", "sophie.martin@martinyoga.com", "monthly", "1299.00", "2025-09-25T10:02:00", "2025-09-25", "2025-10-24")
f = mail("e32", "Sophie Martin <sophie.martin@martinyoga.com>", T, "Fwd: charged twice", (2025, 9, 27, 9, 0),
         "see below\n\n-------- Forwarded Message --------\nSubject: charged twice\nDate: Thu, 25 Sep 2025 11:00:00 +0530\n"
         "From: Sophie Martin <sophie.martin@martinyoga.com>\nTo: support@leadsoptima.com\n\n"
         "Hello, I was charged twice today for my monthly plan. Duplicate invoice: LO-INV-62392. Please refund it.\nSophie\n")
case("l32-thunderbird-self-fwd", [f], "leadsoptima", "decided", [R("approve", "1299.00")],
     spec="Thunderbird forward of her own earlier unanswered mail; request read from the forwarded block (section 8), same registered address; request time = this mail's Date 2025-09-27 = day 2; L4 approve 1299.00",
     title="Thunderbird forward of her own earlier mail, 'see below' only, approve 1299.00")

# ---------------------------------------------------------------- Optima WebDesign
O = OWD_TO

proj("Northwind Coffee Rebrand", "ops@northwindcoffee.com")
owdpay("e_o401", "OWD-2025-701", "Northwind Coffee Rebrand", "deposit", "40000.00", "2025-09-23T10:00:00", tax="7200.00")
f = mail("e40", "Northwind Coffee Ops <ops@northwindcoffee.com>", O, "Refund Request — Northwind Coffee Rebrand / OWD-2025-701", (2025, 9, 26, 9, 59),
         "Hi Optima team,\n\nOur board pulled the rebrand budget last night, so we need to cancel before you start. Please refund the "
         "booking deposit on OWD-2025-701.\n\nThanks,\nDana Whitaker\nOperations, Northwind Coffee Co.")
case("o01-deposit-71h59", [f], "optima_webdesign", "decided", [R("approve", "40000.00")], extra_ok=True,
     spec="O2: paid 2025-09-23 10:00, request 2025-09-26 09:59 = 71 h 59 min < 72 h, no work started: approve 40000.00 (before tax)",
     title="US, deposit refund one minute before 72 h, approve 40000.00 (O2)")

proj("Kampong Spices E-shop", "admin@kampongspices.sg")
owdpay("e_o411", "OWD-2025-711", "Kampong Spices E-shop", "deposit", "22000.00", "2025-09-22T20:00:00Z", tax="3960.00")
f = mail("e41", "Kampong Spices <admin@kampongspices.sg>", O, "deposit refund pls", (2025, 9, 25, 23, 0),
         "Hi,\n\nFor Kampong Spices E-shop, we paid deposit on 23 Sep morning (inv OWD-2025-711). Boss decide to use marketplace only, "
         "no need own e-shop already. Can refund the deposit? Nothing started yet right.\n\nThanks\nMei Fen")
case("o02-deposit-utc-offset", [f], "optima_webdesign", "decided", [R("approve", "22000.00")],
     spec="O2: paid_at 2025-09-22T20:00Z = 2025-09-23 01:30 IST; request 2025-09-25 23:00 IST = 69.5 h < 72 h, no work: approve 22000.00",
     title="Singaporean, deposit paid at a UTC time, 69.5 h, approve 22000.00 (O2)")

proj("Lakeside Clinic Strategy", "manager@lakesideclinic.co.uk", "2025-10-03T10:00:00")
owdpay("e_o421", "OWD-2025-721", "Lakeside Clinic Strategy", "discovery", "18000.00", "2025-09-24T10:00:00", tax="3240.00")
f = mail("e42", "Lakeside Clinic <manager@lakesideclinic.co.uk>", O, "Discovery workshop - refund", (2025, 9, 29, 11, 0),
         "Hello,\n\nWe booked the discovery workshop for Lakeside Clinic Strategy (OWD-2025-721), scheduled for 3rd October. "
         "Unfortunately the partners have decided to postpone the website project until next year, so we'd like a refund please.\n\n"
         "Kind regards,\nHelen Price\nPractice Manager")
case("o03-discovery-scheduled-later", [f], "optima_webdesign", "decided", [R("approve", "18000.00")],
     spec="O1: work_started_at 2025-10-03 is later than the request 2025-09-29: no session started, approve 18000.00",
     title="UK, discovery workshop scheduled after the request, approve 18000.00 (O1)")

proj("Redwood Legal Portal", "it@redwoodlegal.com")
owdpay("e_o431", "OWD-2025-731", "Redwood Legal Portal", "milestone", "60000.00", "2025-08-15T10:00:00", tax="10800.00", milestone_status="completed")
f = mail("e43", "Redwood IT <it@redwoodlegal.com>", O, "Refund - milestone 2", (2025, 9, 26, 10, 0),
         "Hi,\n\nMilestone 2 of the Redwood Legal Portal (OWD-2025-731) was delivered but honestly the quality isn't what we expected. "
         "We'd like that milestone refunded.\n\nRegards,\nIT, Redwood Legal")
case("o04-milestone-completed", [f], "optima_webdesign", "decided", [R("deny")],
     spec="O3/O6: milestone_status completed -> deny ('Completed deliverables')",
     title="US, completed milestone, unhappy with quality, deny (O3)")

proj("Abuja Realtors Website", "info@abujarealtors.ng")
owdpay("e_o441", "OWD-2025-741", "Abuja Realtors Website", "milestone", "32500.00", "2025-09-12T10:00:00", tax="5850.00", milestone_status="not_started")
f = mail("e44", "Abuja Realtors <info@abujarealtors.ng>", O, "REQUEST FOR REFUND OF MILESTONE PAYMENT", (2025, 9, 27, 10, 0),
         "Dear Sir/Ma,\n\nWith reference to the above subject matter, we paid for Milestone 3 (property listings module) of the Abuja Realtors Website, "
         "invoice OWD-2025-741, N32,500 (sic) equivalent. Due to change in management direction, we no longer require the listings module. "
         "Kindly refund same as work has not commenced.\n\nThank you for your anticipated cooperation.\n\nYours faithfully,\nEngr. Tunde Bakare\nfor: Abuja Realtors")
case("o05-ng-milestone-not-started", [f], "optima_webdesign", "decided", [R("approve", "32500.00")],
     spec="O3 milestone not_started: approve the milestone amount 32500.00 from the ledger (the email's currency slip is not trusted)",
     title="Nigerian formal letter, milestone not started, approve 32500.00 (O3)")

proj("Bluebell Florist SEO", "hello@bluebellflorist.co.uk")
owdpay("e_o451", "OWD-2025-751", "Bluebell Florist SEO", "retainer", "15000.00", "2025-09-08T10:00:00", tax="2700.00",
       next_billing_at="2025-10-08T10:00:00", ps="2025-09-08", pe="2025-10-07")
f = mail("e45", "Bluebell Florist <hello@bluebellflorist.co.uk>", O, "Cancel SEO retainer", (2025, 10, 1, 8, 30),
         "Morning,\n\nPlease cancel the Bluebell Florist SEO retainer (last invoice OWD-2025-751). We're closing the second shop and can't justify the spend.\n\n"
         "Thanks,\nRosie")
case("o06-retainer-exact-7d", [f], "optima_webdesign", "decided", [X("cancel", "2025-10-07")],
     spec="O4: next_billing_at 2025-10-08; request 2025-10-01 = 2025-10-08 - 7 days: 'on or before' holds (section 1), next charge avoided, effective 2025-10-07",
     title="UK, retainer cancel exactly 7 days before billing, cancel 2025-10-07 (O4)")

proj("Summit Gear Ads", "marketing@summitgear.com")
owdpay("e_o461", "OWD-2025-761", "Summit Gear Ads", "retainer", "20000.00", "2025-09-06T10:00:00", tax="3600.00",
       next_billing_at="2025-10-06T10:00:00", ps="2025-09-06", pe="2025-10-05")
f = mail("e46", "Summit Gear Marketing <marketing@summitgear.com>", O, "Ending our ads retainer", (2025, 9, 30, 17, 0),
         "Hi all,\n\nWe're bringing paid ads in-house, so please cancel the Summit Gear Ads retainer (OWD-2025-761). "
         "I realise it's short notice before the 6th.\n\nBest,\nKyle")
case("o07-retainer-6d", [f], "optima_webdesign", "decided", [X("cancel", "2025-11-05")],
     spec="O4: next_billing_at 2025-10-06; request 2025-09-30 is after 2025-09-29 (6 - 7): short notice, next cycle 2025-10-06..2025-11-05 (monthly like the current period) is billed; effective 2025-11-05",
     title="US, retainer cancel 6 days before billing, next cycle billed, cancel 2025-11-05 (O4)")

proj("Harbourview Hotel Content", "gm@harbourviewhotel.com")
owdpay("e_o471", "OWD-2025-771", "Harbourview Hotel Content", "retainer", "25000.00", "2025-09-10T10:00:00", tax="4500.00",
       next_billing_at="2025-10-10T10:00:00", ps="2025-09-10", pe="2025-10-09")
owdpay("e_o472", "OWD-2025-772", "Harbourview Hotel Content", "retainer", "25000.00", "2025-09-27T10:00:00", tax="4500.00",
       next_billing_at="2025-11-10T10:00:00", ps="2025-10-10", pe="2025-11-09")
f = mail("e47", "Harbourview GM <gm@harbourviewhotel.com>", O, "Content retainer - cancel", (2025, 9, 29, 10, 0),
         "Hello,\n\nOwnership has changed and the new group has its own agency, so we must cancel Harbourview Hotel Content. "
         "Our accounts team already paid October in advance last week (OWD-2025-772). Please advise.\n\nRegards,\nGeneral Manager")
case("o08-retainer-prepaid", [f], "optima_webdesign", "decided", [X("escalate")], extra_ok=True,
     spec="Section 8 'retainer paid in advance': the next cycle (2025-10-10..11-09) is already paid and notice to 2025-10-10 is 11 days >= 7: cancellation escalate",
     title="Retainer cancel with next cycle already paid, escalate (section 8)")

proj("Greenleaf Nursery Hosting", "owner@greenleafnursery.in")
owdpay("e_o481", "OWD-2025-781", "Greenleaf Nursery Hosting", "hosting_annual", "12000.00", "2025-09-25T10:00:00", tax="2160.00",
       setup_fee="0.00", service_start="2025-10-15")
f = mail("e48", "Greenleaf Nursery <owner@greenleafnursery.in>", O, "Cancel hosting before it starts", (2025, 9, 28, 12, 0),
         "Hi,\n\nWe paid for annual hosting for Greenleaf Nursery Hosting (OWD-2025-781) starting 15 Oct, but my nephew has offered to host it for free. "
         "Please cancel and refund.\n\nThanks,\nRamesh")
case("o09-hosting-before-start", [f], "optima_webdesign", "decided", [R("approve", "11000.00"), X("cancel")],
     spec="O5 before service_start (section 8: consumed_months 1): monthly_value = (12000 - 0)/12 = 1000.00; refund = 12000 - 0 - 1000 = 11000.00; the plan ends",
     title="Indian, annual hosting cancelled before service start, approve 11000.00 + cancel (O5)")

proj("Maple Tutors Hosting", "accounts@mapletutors.ca")
owdpay("e_o491", "OWD-2025-791", "Maple Tutors Hosting", "hosting_annual", "9600.00", "2025-09-16T10:00:00", tax="1728.00",
       setup_fee="1200.00", service_start="2025-09-16")
f = mail("e49", "Maple Tutors Accounts <accounts@mapletutors.ca>", O, "Hosting plan - cancel & prorated refund", (2025, 9, 30, 18, 30),
         "Hello,\n\nWe'd like to cancel the Maple Tutors Hosting annual plan (OWD-2025-791) and get the prorated refund. "
         "We're consolidating all our sites with one provider.\n\nThank you,\nAccounts Payable, Maple Tutors Inc.")
case("o10-hosting-day14", [f], "optima_webdesign", "decided", [R("approve", "7700.00"), X("cancel")],
     spec="O5: service_start 2025-09-16, request 2025-09-30 = day 14 (inside); monthly_value = (9600 - 1200)/12 = 700.00; refund = 9600 - 1200 - 700 = 7700.00",
     title="Canadian, annual hosting on day 14, approve 7700.00 + cancel (O5)")

proj("Orchid Spa Maintenance", "director@orchidspa.my")
owdpay("e_o501", "OWD-2025-801", "Orchid Spa Maintenance", "maintenance_annual", "10000.00", "2025-09-25T10:00:00", tax="1800.00",
       setup_fee="999.99", service_start="2025-09-25")
f = mail("e50", "Orchid Spa <director@orchidspa.my>", O, "Maintenance plan cancel", (2025, 9, 29, 15, 0),
         "Dear Optima,\n\nKindly cancel our annual maintenance for Orchid Spa Maintenance, inv OWD-2025-801, and refund the balance as per your policy. "
         "Our IT vendor has included maintenance in their package.\n\nThank you.\nDirector, Orchid Spa Sdn Bhd")
case("o11-maintenance-rounding", [f], "optima_webdesign", "decided", [R("approve", "8250.01"), X("cancel")],
     spec="O5: day 4; monthly_value = (10000.00 - 999.99)/12 = 750.000833...; refund = 10000.00 - 999.99 - 750.000833 = 8250.009167, rounded once at the end half-up (C6) = 8250.01",
     title="Malaysian, annual maintenance with odd setup fee, approve 8250.01 (O5 rounding)")

proj("Pioneer Tools Hosting", "it@pioneertools.com")
owdpay("e_o511", "OWD-2025-811", "Pioneer Tools Hosting", "hosting_annual", "14400.00", "2025-09-15T10:00:00", tax="2592.00",
       setup_fee="2400.00", service_start="2025-09-15")
f = mail("e51", "Pioneer Tools IT <it@pioneertools.com>", O, "Cancel hosting, refund", (2025, 9, 30, 9, 0),
         "Hi, we're migrating to AWS, please cancel Pioneer Tools Hosting and refund the unused months. Invoice OWD-2025-811.\n\n-- \nPioneer Tools IT")
case("o12-hosting-day15", [f], "optima_webdesign", "decided", [R("deny"), X("cancel")],
     spec="O5: service_start 2025-09-15, request 2025-09-30 = day 15 > 14: refund deny; cancellation acknowledged",
     title="US, annual hosting on day 15, refund deny (O5) + cancel")

proj("Crescent Bakery Site", "hello@crescentbakery.com")
owdpay("e_o521", "OWD-2025-821", "Crescent Bakery Site", "third_party", "6500.00", "2025-09-26T10:00:00", tax="1170.00")
f = mail("e52", "Crescent Bakery <hello@crescentbakery.com>", O, "Refund premium theme", (2025, 9, 27, 11, 0),
         "Hi,\n\nYou bought a premium theme licence for the Crescent Bakery Site (OWD-2025-821) but we went with the free one in the end. "
         "Can we have the 6.5k back? It was only yesterday.\n\nAmira")
case("o13-theme-licence", [f], "optima_webdesign", "decided", [R("deny")],
     spec="O6: kind third_party (premium theme licence) is never refundable, however recent: deny",
     title="UK, premium theme licence bought yesterday, deny (O6)")

proj("Velocity Gym App", "pm@velocitygym.com")
owdpay("e_o531", "OWD-2025-831", "Velocity Gym App", "change_request", "12000.00", "2025-09-20T10:00:00", tax="2160.00")
f = mail("e53", "Velocity Gym PM <pm@velocitygym.com>", O, "refund CR-07", (2025, 9, 26, 14, 0),
         "Hi,\n\nWe approved change request 7 (class booking widget, OWD-2025-831) but management has since dropped the feature. "
         "Please refund it since the feature won't go live.\n\nJordan")
case("o14-change-request", [f], "optima_webdesign", "decided", [R("deny")],
     spec="O6: kind change_request is never refundable: deny",
     title="US, change request dropped, deny (O6)")

proj("Thornbury Estates Portal", "c.hughes@thornburyestates.co.uk")
owdpay("e_o541", "OWD-2025-841", "Thornbury Estates Portal", "milestone", "45000.00", "2025-09-05T10:00:00", tax="8100.00", milestone_status="in_progress")
f = mail("e54", "Charles Hughes <c.hughes@thornburyestates.co.uk>", O, "Formal complaint - Thornbury Estates Portal", (2025, 9, 29, 11, 0),
         "Dear Sirs,\n\nMilestone 2 (OWD-2025-841) is now three weeks overdue. Unless the payment is refunded in full within 7 days, "
         "I have instructed my solicitor to commence legal proceedings.\n\nYours faithfully,\nCharles Hughes\nDirector")
case("o15-uk-solicitor", [f], "optima_webdesign", "decided", [R("escalate")], rules=["C4"],
     spec="C4: solicitor (a lawyer) and 'legal proceedings' -> escalate",
     title="UK, solicitor and legal proceedings threat, escalate (C4)")

proj("Horizon Travel Social", "admin@horizontravel.com")
owdpay("e_o551", "OWD-2025-851", "Horizon Travel Social", "retainer", "18000.00", "2025-09-20T10:00:00", tax="3240.00",
       next_billing_at="2025-10-20T10:00:00", ps="2025-09-20", pe="2025-10-19")
f = mail("e55", "Horizon Travel <admin@horizontravel.com>", O, "cancel retainer NOW", (2025, 9, 27, 13, 0),
         "Cancel the Horizon Travel Social retainer (OWD-2025-851) today. Posts have been late every week. If you bill us again I will file a chargeback "
         "with my bank, no further discussion.\n\nAdmin, Horizon Travel")
case("o16-cancel-chargeback", [f], "optima_webdesign", "decided", [X("escalate")], rules=["C4"],
     spec="C4 covers the whole case, a cancellation included (section 8): 'file a chargeback' -> cancellation escalate",
     title="Cancel-only mail with a chargeback threat, cancellation escalate (C4)")

proj("Sterling Accountants Website", "partner@sterlingaccountants.com")
owdpay("e_o561", "OWD-2025-861", "Sterling Accountants Website", "deposit", "30000.00", "2025-09-28T10:00:00", tax="5400.00")
f = mail("e56", "Megan Doyle <megan.doyle@sterlingpa.com>", O, "FW: Refund Request — Sterling Accountants Website", (2025, 9, 29, 9, 0),
         "Hello,\n\nForwarding on behalf of Mr Sterling, see below.\n\nMegan Doyle | Executive Assistant\n\n"
         "-----Original Message-----\nFrom: Paul Sterling <partner@sterlingaccountants.com>\nSent: Sunday, September 28, 2025 9:14 PM\n"
         "To: Megan Doyle <megan.doyle@sterlingpa.com>\nSubject: Refund Request — Sterling Accountants Website\n\n"
         "Megan, please ask Optima to refund the deposit OWD-2025-861 - we're merging with another firm and the site is on hold. "
         "The contract is under partner@sterlingaccountants.com.\n\nPaul")
case("o17-outlook-fw-assistant-c2", [f], "optima_webdesign", "need_info", rules=["C2"],
     spec="Outlook forward: the forwarded request names contract email partner@sterlingaccountants.com, the sender is the assistant: C2 (section 8); nothing about the project disclosed",
     title="Outlook FW by an assistant naming the partner's contract email, C2")

proj("Blue Mango Cafe Website", "owner@bluemangocafe.in")
owdpay("e_o571", "OWD-2025-871", "Blue Mango Cafe Website", "deposit", "15000.00", "2025-09-24T10:00:00", tax="2700.00")
owdpay("e_o572", "OWD-2025-872", "Blue Mango Cafe Website", "milestone", "20000.00", "2025-09-25T10:00:00", tax="3600.00", milestone_status="not_started")
f = mail("e57", "Blue Mango Cafe <owner@bluemangocafe.in>", O, "Refund for Blue Mango Cafe Website", (2025, 9, 27, 10, 0),
         "Hi,\n\nWe're selling the cafe, so please refund what we paid for the Blue Mango Cafe Website.\n\nThanks,\nAnjali")
case("o18-missing-invoice", [f], "optima_webdesign", "need_info", missing=["invoice_number"],
     spec="Contract email verified, project and reason given; two payments on the project so the invoice cannot be filled from the ledger: C3 asks invoice_number",
     title="Indian, refund with project + reason but no invoice (two payments on record), need_info invoice_number")

proj("Falcon Logistics Dashboard", "ops@falconlogistics.ae")
owdpay("e_o581", "OWD-2025-881", "Falcon Logistics Dashboard", "discovery", "25000.00", "2025-09-25T10:00:00", tax="4500.00")
f = mail("e58", "Falcon Logistics Ops <ops@falconlogistics.ae>", O, "Refund Request — Falcon Logistics Dashboard [OWD-2025-881]", (2025, 9, 27, 10, 0),
         "Dear Team,\n\nPlease process the refund for the above at the earliest and confirm.\n\nRegards,\nOperations\nFalcon Logistics LLC | Dubai\n"
         "This message is confidential. If received in error, please notify the sender and delete.")
case("o19-subject-only-no-reason", [f], "optima_webdesign", "need_info", missing=["reason"],
     spec="Project and invoice in the subject; body only restates the request plus signature/disclaimer: no reason (section 8); C3 asks reason",
     title="Refund in the policy's subject format, no reason, need_info reason")

proj("Coral Reef Diving Site", "bookings@coralreefdiving.mv")
owdpay("e_o591", "OWD-2025-891", "Coral Reef Diving Site", "milestone", "28000.00", "2025-09-18T10:00:00", tax="5040.00", milestone_status="not_started",)
owdpay("e_o592", "PO-4471", "Coral Reef Diving Site", "milestone", "14000.00", "2025-09-18T10:05:00", tax="2520.00", milestone_status="not_started")
f1 = mail("e59a", "Coral Reef Diving <bookings@coralreefdiving.mv>", O, "refund booking engine part", (2025, 9, 26, 10, 0),
          "Hello, we want refund for the online booking engine part, we will use a Padi partner tool instead. Thanks, Ahmed")
f2 = mail("e59b", "Coral Reef Diving <bookings@coralreefdiving.mv>", O, "Re: refund booking engine part", (2025, 9, 27, 10, 0),
          "Project is Coral Reef Diving Site, and the booking engine was our PO 4471.\n\nAhmed\n\nOn 26/09/2025, Optima WebDesign wrote:\n> Please send the project name and invoice/PO.",
          reply_to="e59a")
case("o20-thread-po", [f1, f2], "optima_webdesign", "decided", [R("approve", "14000.00")],
     spec="Thread (C3): project and 'PO 4471' (= PO-4471, section 8 separators) given in the reply; O3 milestone not_started: approve 14000.00",
     title="Thread, project and PO given in the reply, milestone not started, approve 14000.00")

f = mail("e60", "Greg Walsh <greg@walshcarpentry.com.au>", O, "Adding a gallery page?", (2025, 9, 29, 10, 0),
         "G'day,\n\nHow much would it be to add a project gallery page to our site? And roughly how long would it take?\n\nCheers,\nGreg")
case("o21-quote-question", [f], "optima_webdesign", "other",
     spec="Quote request, no refund or cancellation: other",
     title="Australian, asks for a quote for a new page, other")

f = mail("e61", "Isabel Cruz <isabel@cruzphotography.com>", O, "Hosting question before signing", (2025, 9, 29, 11, 0),
         "Hi,\n\nBefore we sign up for annual hosting: if we cancelled after a couple of months, would any of it be refunded? "
         "And is the setup fee refundable?\n\nThanks,\nIsabel")
case("o22-hypothetical-hosting", [f], "optima_webdesign", "other",
     spec="Hypothetical before buying ('if we cancelled... would any of it be refunded?'): policy question, other (section 8)",
     title="US, hypothetical hosting refund question before signing, other")

f = mail("e62", "WebDev India Forum <forum@webdevindia.org>", O, "[webdev-india] Digest: refunds for clients who cancel", (2025, 9, 30, 5, 0),
         "Today's topics:\n 1. How do you handle refund requests when a client cancels mid-project?\n 2. Retainer notice periods\n",
         headers={"List-Id": "<webdev-india.webdevindia.org>", "Precedence": "list"})
case("o23-mailing-list", [f], "optima_webdesign", "ignore", rules=["C7"],
     spec="C7: List-Id / Precedence: list -> ignore",
     title="Mailing-list digest about refunds, ignore (C7)")

f = mail("e63", "postmaster@mail.optimawebdesign.com", O, "Delivery Status Notification (Failure)", (2025, 9, 30, 7, 0),
         "Delivery to the following recipient failed permanently:\n\n     finance@oldclient.example\n\nTechnical details of permanent failure:\n550 5.1.1 The email account that you tried to reach does not exist.\n",
         headers={"Auto-Submitted": "auto-generated"})
case("o24-postmaster-dsn", [f], "optima_webdesign", "ignore", rules=["C7"],
     spec="C7: postmaster sender, Auto-Submitted: auto-generated -> ignore",
     title="Postmaster delivery failure, ignore (C7)")

cust("liam.kelly@kellyrecruit.com", "Liam Kelly", "monthly", "2025-09-20", "2025-10-19")
lopay("e_p601", "LO-INV-62601", "liam.kelly@kellyrecruit.com", "monthly", "1299.00", "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
f = mail("e64", "Liam Kelly <liam.kelly@kellyrecruit.com>", O, "Cancel my subscription", (2025, 9, 28, 10, 0),
         "Hi,\n\nPlease cancel my monthly subscription, we've stopped using it since the team shrank.\n\nLiam")
case("o25-other-brand-customer", [f], "optima_webdesign", "need_info", rules=["C2"],
     spec="Section 8 'the other brand's customer': the mail reached Optima (C1); the sender is a LeadsOptima customer, unknown in Optima's ledger: treated as an unknown sender (C2, C3)",
     title="LeadsOptima customer writes to Optima's mailbox, unknown sender, C2")

proj("Willow Interiors Site", "studio@willowinteriors.com")
owdpay("e_o611", "OWD-2025-911", "Willow Interiors Site", "deposit", "20000.00", "2025-09-05T10:00:00", tax="3600.00", status="refunded")
f = mail("e65", "Willow Interiors <studio@willowinteriors.com>", O, "Re: deposit refund", (2025, 9, 29, 12, 0),
         "Hi team,\n\nJust confirming the deposit refund for Willow Interiors Site came through on our card today. Thanks for handling it so smoothly.\n\nBest,\nClaire")
case("o26-refund-received-thanks", [f], "optima_webdesign", "other",
     spec="Past event: thanks, refund already received; no request -> other",
     title="UK, thanks for a refund already received, other")

proj("Metro Dental Social", "practice@metrodental.com")
owdpay("e_o621", "OWD-2025-921", "Metro Dental Social", "retainer", "16000.00", "2025-09-20T10:00:00", tax="2880.00",
       next_billing_at="2025-10-20T10:00:00", ps="2025-09-20", pe="2025-10-19")
f = mail("e66", "Metro Dental <practice@metrodental.com>", O, "Cancel retainer + refund this month", (2025, 9, 25, 12, 0),
         "Hello,\n\nPlease cancel the Metro Dental Social retainer (OWD-2025-921) and refund this month - we've hardly had any posts "
         "since the 20th and we're moving marketing to our parent group.\n\nThanks,\nDr. Patel's office")
case("o27-retainer-refund-current", [f], "optima_webdesign", "decided", [R("deny"), X("cancel", "2025-10-19")],
     spec="O4: the current period is never refunded: refund deny; next_billing_at 2025-10-20, request 2025-09-25 <= 2025-10-13: cancel effective 2025-10-19",
     title="US, retainer cancel + refund of the current month, refund deny + cancel 2025-10-19 (O4)")

proj("Lion City Tuition Hosting", "admin@lioncitytuition.sg")
owdpay("e_o631", "OWD-2025-931", "Lion City Tuition Hosting", "hosting_annual", "8400.00", "2025-09-22T10:00:00", tax="756.00",
       setup_fee="600.00", service_start="2025-09-22")
f = mail("e67", "Lion City Tuition <admin@lioncitytuition.sg>", O, "hosting - can cancel and refund or not?", (2025, 9, 27, 10, 0),
         "Hi Optima,\n\nOur centre is merging with another one, they already got their own hosting. Can cancel our Lion City Tuition Hosting "
         "annual plan and refund or not? Invoice OWD-2025-931. Paid last Monday only.\n\nThanks ah,\nJasmine")
case("o28-sg-can-or-not", [f], "optima_webdesign", "decided", [R("approve", "7150.00"), X("cancel")],
     spec="Singlish 'can cancel and refund or not?' is a real request about an existing plan, not a hypothetical. O5 day 5: monthly_value = (8400 - 600)/12 = 650.00; refund = 8400 - 600 - 650 = 7150.00",
     title="Singaporean, 'can cancel and refund or not?', hosting day 5, approve 7150.00 + cancel (O5)")

proj("Riverside Church Website", "office@riversidechurch.org")
owdpay("e_o641", "OWD-2025-941", "Riverside Church Website", "deposit", "25000.00", "2025-09-29T18:00:00", tax="4500.00")
f = mail("e68", "Riverside Church Office <office@riversidechurch.org>", O, "deposit refund (2.5 lakh)", (2025, 9, 30, 19, 0),
         "Dear Optima team,\n\nThe church committee did not approve the website budget at yesterday's meeting. Please refund our deposit of Rs 2.5 lakh "
         "paid on 29/9 for Riverside Church Website, inv owd 2025 941.\n\nGod bless,\nPastor Samuel")
case("o29-amount-typed-wrong", [f], "optima_webdesign", "decided", [R("approve", "25000.00")],
     spec="O2: paid 2025-09-29 18:00, request 2025-09-30 19:00 = 25 h, no work: approve the ledger amount 25000.00 (the email's '2.5 lakh' is not trusted, section 1); 'owd 2025 941' = OWD-2025-941",
     title="Indian, deposit with the amount mistyped as '2.5 lakh', approve ledger 25000.00 (O2)")

proj("Schmidt Maschinenbau Landing Page", "k.schmidt@schmidt-mb.de", "2025-09-22T10:00:00")
owdpay("e_o651", "OWD-2025-951", "Schmidt Maschinenbau Landing Page", "discovery", "20000.00", "2025-09-18T10:00:00", tax="3600.00")
f = mail("e69", "Klaus Schmidt <k.schmidt@schmidt-mb.de>", O, "Refund of discovery fee", (2025, 9, 29, 9, 0),
         "Dear Sirs,\n\nhereby I request the refund of the discovery fee for the Schmidt Maschinenbau Landing Page (invoice OWD-2025-951). "
         "After the first workshop we have decided to give the project to a local agency, because of the language.\n\n"
         "With kind regards\nKlaus Schmidt\nGeschäftsführer")
case("o30-discovery-after-workshop", [f], "optima_webdesign", "decided", [R("deny")],
     spec="O1: the first workshop happened (work_started_at 2025-09-22, before the request): deny",
     title="Non-native (German) English, discovery after the first workshop, deny (O1)")

proj("Kente Threads Online Store", "kofi@kentethreads.gh")
owdpay("e_o661", "OWD-2025-961", "Kente Threads Online Store", "deposit", "18000.00", "2025-09-26T10:00:00", tax="3240.00")
f = mail("e70", "Kofi Asante <kofi@kentethreads.gh>", O, "Would I get my deposit back?", (2025, 9, 27, 10, 0),
         "Hello,\n\nWe paid the deposit yesterday for Kente Threads Online Store (OWD-2025-961). I'm not cancelling, just asking - "
         "if our supplier deal falls through next month, would the deposit be refundable then?\n\nKofi")
case("o31-hypothetical-existing", [f], "optima_webdesign", "other",
     spec="Hypothetical about a future event ('if our supplier deal falls through ... would the deposit be refundable?') with 'I'm not cancelling': no request, other (section 8)",
     title="Ghanaian, hypothetical about an existing deposit, explicitly not cancelling, other")

finish()
