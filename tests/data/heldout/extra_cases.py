"""Second batch of held-out cases (imported by make_cases.py, which passes its helpers in)."""

from __future__ import annotations

from email.message import EmailMessage


def extra(g):
    plain, html, alt, raw, case, d, write, _base = (g[k] for k in (
        "plain", "html", "alt", "raw", "case", "d", "write", "_base"))
    LO, OWD, LOB, OWB = g["LO"], g["OWD"], g["LOB"], g["OWB"]
    outlook = g["outlook"]

    # ---------------------------------------------------------------- LeadsOptima
    f = plain("x01-dup-one-refunded", "Kabir Singh <kabir.singh@gmail.com>", LO, "Charged twice",
              "Thu, 18 Sep 2025 10:00:00 +0530",
              "Hi,\n\nI was charged twice for my monthly plan on 15th, invoices LO-INV-1221 and LO-INV-1222. Please "
              "refund one.\n\nKabir\n")
    case("x01-dup-one-refunded", f, "decided", LOB, [d("refund", "escalate")],
         spec="L4 needs 'two or more paid charges'; LO-INV-1222 is status refunded -> no pair -> escalate")

    f = plain("x02-two-charges-different-plans", "Nisha Verma <nisha.verma@gmail.com>", LO, "Charged twice!!",
              "Sat, 20 Sep 2025 11:00:00 +0530",
              "Hello, I got charged twice on 18th - once Rs 1499 for monthly and once Rs 3999 for a quarterly plan "
              "I never chose. Invoice LO-INV-1232. Please refund the quarterly charge.\n\nNisha\n")
    case("x02-two-charges-different-plans", f, "decided", LOB, [d("refund", "escalate")],
         spec="Different amounts/periods -> not an L4 pair -> escalate; read as billing_error -> L5 escalate too")

    msg = _base("=?utf-8?b?4KS44KSC4KSc4KSvIOCkl+ClgeCkquCljeCkpOCkvg==?= <sanjay.gupta@rediffmail.com>", LO,
                "=?utf-8?b?4KSq4KWI4KS44KWHIOCkpuCliyDgpKzgpL7gpLAg4KSV4KSfIOCkl+CkjyAvIHJlZnVuZA==?=",
                "Sat, 27 Sep 2025 18:45:00 +0000", "<x03-devanagari@mail.heldout.example>", {})
    msg.set_content("नमस्ते,\n\nमेरे quarterly plan के पैसे दो बार कट गए हैं। Invoice LO-INV-1242. कृपया एक "
                    "payment refund कर दीजिए।\n\nसंजय गुप्ता\n", charset="utf-8", cte="base64")
    f = write("x03-devanagari-dup-utc-next-day", msg)
    case("x03-devanagari-dup-utc-next-day", f, "decided", LOB, [d("refund", "approve", "3999.00")],
         spec="Hindi (Devanagari) 'paise do baar kat gaye'; payment 2025-09-27 23:50 IST, request 18:45 UTC = "
              "2025-09-28 00:15 IST (day 1) -> L4 approve 3999.00")

    f = plain("x04-dup-refund-and-cancel", "Priya Sharma <priya.sharma@gmail.com>", LO,
              "Double charge + cancel subscription", "Fri, 12 Sep 2025 13:00:00 +0530",
              "Hi,\n\nTwo things: 1) I was charged twice on 10th (LO-INV-1101, LO-INV-1102), please refund the "
              "duplicate. 2) Please also cancel my monthly subscription, we are moving to Zoho.\n\nPriya\n")
    case("x04-dup-refund-and-cancel", f, "decided", LOB,
         [d("refund", "approve", "1499.00"), d("cancellation", "cancel", eff="2025-10-09")],
         spec="Both parts decided: L4 approve 1499.00; L8 cancel effective 2025-10-09")

    f1 = plain("x05-c2-thread-1-personal", "Priya <priya.codes@protonmail.com>", LO, "Charged twice",
               "Fri, 12 Sep 2025 09:00:00 +0530",
               "Hi, my LeadsOptima account is priya.sharma@gmail.com. I was charged twice this month, invoice "
               "LO-INV-1102. Please refund.\n")
    msg = _base("Priya Sharma <priya.sharma@gmail.com>", LO, "Re: Charged twice", "Fri, 19 Sep 2025 10:00:00 +0530",
                "<x05-c2-thread-2-registered@mail.heldout.example>",
                {"In-Reply-To": "<bot-x05@leadsoptima.com>",
                 "References": "<x05-c2-thread-1-personal@mail.heldout.example> <bot-x05@leadsoptima.com>"})
    msg.set_content("Writing from my registered address as asked. Please refund the duplicate charge LO-INV-1102.\n\n"
                    "On Fri, 12 Sept 2025 at 09:30, LeadsOptima Support <support@leadsoptima.com> wrote:\n"
                    "> Please write to us from the email address registered on your account.\n")
    f2 = write("x05-c2-thread-2-registered", msg)
    case("x05-c2-thread-then-registered", [f1, f2], "decided", LOB, [d("refund", "approve", "1499.00")],
         ambiguous="Request time is the case's first email (day 2, from the unverified address); the verified "
                   "answer is day 9. Spec: request time = 'when the case's first email was received'",
         spec="C2 satisfied by the answer; C3 merge; L3 with request time of the first email -> approve")

    f = plain("x06-sender-case-insensitive", "Priya Sharma <Priya.Sharma@Gmail.com>", LO, "Double charge",
              "Sat, 13 Sep 2025 10:00:00 +0530",
              "Hi, double charge on my monthly plan, invoice LO-INV-1102. Kindly refund the duplicate.\n\nPriya\n")
    case("x06-sender-case-insensitive", f, "decided", LOB, [d("refund", "approve", "1499.00")],
         spec="Same address with different letter case is the registered email (domains are case-insensitive; "
              "Gmail local parts too) -> L4 approve")

    f = plain("x07-display-name-spoof", '"rahul.mehta@mehtatraders.in" <rahul.m.1985@protonmail.com>', LO,
              "Refund - double charge", "Fri, 26 Sep 2025 10:00:00 +0530",
              "Charged twice on LO-INV-1181, annual plan. Refund the duplicate.\n")
    case("x07-display-name-spoof", f, "need_info", LOB, rules=["C2"],
         ambiguous="Same class as lo34: unknown sender (the registered address is only in the display name) quoting "
                   "an invoice on another customer's record: C2 need_info vs escalate (no record for the sender)",
         spec="C2: the sender address is rahul.m.1985@protonmail.com; the display name is not the address")

    f = plain("x08-reply-to-registered", "Rahul (office) <accounts@mehtatraders.in>", LO, "Cancel annual plan",
              "Fri, 26 Sep 2025 10:00:00 +0530",
              "Hi, please cancel our annual plan and tell me the last active date. Reason: closing the unit.\n\n"
              "Rahul\n", headers={"Reply-To": "rahul.mehta@mehtatraders.in"})
    case("x08-reply-to-registered", f, "need_info", LOB, rules=["C2"],
         ambiguous="From is another address, Reply-To is the registered one. Spec: 'the address they write from'",
         spec="C2: request from another address -> ask to write from the registered one; no account details")

    f = plain("x09-other-customers-invoice", "Sneha Kulkarni <sneha.kulkarni@yahoo.co.in>", LO,
              "Charged twice", "Mon, 15 Sep 2025 10:00:00 +0530",
              "Hi, I was charged twice, invoice LO-INV-1101. Please refund.\n\nSneha\n")
    case("x09-other-customers-invoice", f, "decided", LOB, [d("refund", "escalate")],
         ambiguous="Verified sender quotes an invoice of another customer; escalate (no matching record for her) "
                   "or deny; never approve",
         spec="Section 1: no matching ledger record -> escalate")

    msg = _base("Rohan Das <rohan.das@gmail.com>", LO, "Duplicate charge - invoice attached",
                "Fri, 26 Sep 2025 09:00:00 +0530", "<x10-pdf-attachment@mail.heldout.example>", {})
    msg.set_content("Hi team,\n\nPFA the invoice for the duplicate charge (LO-INV-1191). The same amount got "
                    "debited twice from my account on 24th. Kindly do the needful and refund one payment.\n\n"
                    "Regards,\nRohan\n")
    msg.add_attachment(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n", maintype="application",
                       subtype="pdf", filename="LO-INV-1191.pdf")
    f = write("x10-pdf-attachment", msg)
    case("x10-pdf-attachment", f, "decided", LOB, [d("refund", "approve", "1499.00")],
         spec="Indian English 'debited twice... do the needful'; L4 approve 1499.00")

    msg = _base("Farhan Qureshi <farhan.qureshi@gmail.com>", LO, "I\u2019ve been charged twice",
                "Fri, 12 Sep 2025 08:00:00 +0530", "<x11-cp1252-base64@mail.heldout.example>", {})
    msg.set_content("Hello,\n\nI\u2019ve been charged twice for the \u201cmonthly\u201d plan \u2013 invoice "
                    "LO-INV-1121. Please refund the duplicate.\n\nFarhan\n", charset="windows-1252", cte="base64")
    f = write("x11-cp1252-base64", msg)
    case("x11-cp1252-base64", f, "decided", LOB, [d("refund", "approve", "1499.00")],
         spec="windows-1252 + base64 body; L4 approve 1499.00 (day 1 of the 09-11 IST charge)")

    f = alt("x12-yahoo-empty-text", "Mohit Jain <mohit.jain@jainandco.in>", LO, "Cancellation",
            "Tue, 16 Sep 2025 07:30:00 +0000", "\n",
            "<html><head></head><body><div style='font-family:Helvetica Neue'><div>Dear Team,</div><div><br></div>"
            "<div>Kindly cancel my subscription with immediate effect. Reason: not getting ROI.</div><div><br></div>"
            "<div>Regards,<br>Mohit Jain</div></div><div id='ymail_android_signature'>Sent from Yahoo Mail on "
            "Android</div></body></html>")
    case("x12-yahoo-empty-text", f, "decided", LOB, [d("cancellation", "cancel", eff="2025-09-30")],
         spec="Empty text/plain alternative, content in HTML; L8: active until current_period_end 2025-09-30 "
              "('with immediate effect' does not change the end of cycle)")

    f = plain("x13-debited-twice-indian-english", "Arjun Nair <arjun.nair@outlook.com>", LO,
              "Amount debited twice - urgent", "Sun, 21 Sep 2025 08:00:00 +0530",
              "Dear Sir,\n\nSame amount got debited two times from my HDFC card for quarterly plan. Invoice no "
              "LO-INV-1111. Kindly revert back with refund at the earliest.\n\nThanks & Regards\nArjun Nair\n")
    case("x13-debited-twice-indian-english", f, "decided", LOB, [d("refund", "approve", "3999.00")],
         spec="L2 duplicate_payment; L4 approve 3999.00")

    f = plain("x14-not-satisfied-leads", "Tanvi Shah <tanvi.shah@gmail.com>", LO, "Refund please",
              "Thu, 25 Sep 2025 16:00:00 +0530",
              "Hi,\n\nI am not satisfied with the quality of leads from LeadsOptima. Please refund my September "
              "payment, invoice LO-INV-1212.\n\nTanvi\n")
    case("x14-not-satisfied-leads", f, "decided", LOB, [d("refund", "deny")],
         spec="L1: not one of the three exceptions -> deny")

    f = plain("x15-how-do-i-cancel", "Deepa Iyer <deepa.iyer@iyerfoods.in>", LO, "How to cancel?",
              "Sat, 27 Sep 2025 10:00:00 +0530",
              "Hi, how do I cancel my subscription? We won't need it after this quarter.\n\nDeepa\n")
    case("x15-how-do-i-cancel", f, "decided", LOB, [d("cancellation", "cancel", eff="2025-11-11")],
         ambiguous="A question about how to cancel, with intent stated ('won't need it'): cancellation or other",
         spec="L8 cancel effective 2025-11-11; reply names Billing > Cancel Plan")

    f = plain("x16-negation-upgrade", "Rahul Mehta <rahul.mehta@mehtatraders.in>", LO, "Upgrade question",
              "Mon, 29 Sep 2025 10:00:00 +0530",
              "Hi,\n\nI don't want to cancel and I don't need a refund - I only want to know how to add two more "
              "seats to our annual plan and what it will cost.\n\nRahul\n")
    case("x16-negation-upgrade", f, "other", LOB,
         spec="Negated 'cancel'/'refund': the request is neither -> other")

    f = plain("x17-trial-cancel", "Ananya Rao <ananya.rao@gmail.com>", LO, "Cancel trial",
              "Sat, 27 Sep 2025 10:00:00 +0530",
              "Hi, please cancel my free trial, I don't want to be billed. Reason: not the right fit.\n\nAnanya\n")
    case("x17-trial-cancel", f, "decided", LOB, [d("cancellation", "cancel")],
         ambiguous="Trial has no billing cycle: L8 effective date undefined (trial_ends? today?); outcome cancel",
         spec="L8/L7: cancellation acknowledged; no billing occurs unless they subscribe")

    f = plain("x18-typo-domain", "Karthik S <karthik@techsprout.in>", "support@leadsoptima.co",
              "Cancel plan", "Wed, 24 Sep 2025 10:00:00 +0530", "Please cancel my monthly plan.\n")
    case("x18-typo-domain", f, "other", None, spec="C1/section 7: no configured brand address -> brand null, other")

    f = plain("x19-wrong-plan-billing-error-day7-2359", "Nisha Verma <nisha.verma@gmail.com>", LO,
              "Charged for the wrong plan", "Thu, 25 Sep 2025 23:59:00 +0530",
              "Hi, I was charged for the wrong plan - Rs 3999 quarterly on invoice LO-INV-1232 while I am on "
              "monthly. Please refund it.\n\nNisha\n")
    case("x19-wrong-plan-billing-error-day7-2359", f, "decided", LOB, [d("refund", "escalate")],
         spec="L5: billing_error on day 7 (23:59 IST) -> escalate")

    f = plain("x20-wrong-plan-day8-0001", "Nisha Verma <nisha.verma@gmail.com>", LO,
              "Charged for the wrong plan", "Thu, 25 Sep 2025 18:31:00 +0000",
              "Hi, I was charged for the wrong plan - quarterly on invoice LO-INV-1232 while I am on monthly. "
              "Please refund it.\n\nNisha\n")
    case("x20-wrong-plan-day8-0001", f, "decided", LOB, [d("refund", "deny")],
         spec="18:31 UTC = 2025-09-26 00:01 IST = day 8 -> L3 deny")

    # ---------------------------------------------------------------- Optima WebDesign
    f = plain("x21-deposit-exactly-72h", "Rohit Sharma <rohit@sharmasweets.in>", OWD, "Refund deposit",
              "Thu, 18 Sep 2025 21:30:00 +0530",
              "Hello, please refund the deposit for Sharma Sweets Website (OWD-2025-201). Reason: we found a "
              "cheaper local developer.\n\nRohit\n")
    case("x21-deposit-exactly-72h", f, "decided", OWB, [d("refund", "deny")],
         spec="O2: refundable only 'before' 72 h after paid_at; exactly 72 h is not before -> deny")

    f = plain("x22-maintenance-day0", "Verma Dental <admin@vermadental.in>", OWD, "Cancel maintenance + refund",
              "Mon, 22 Sep 2025 18:00:00 +0530",
              "Hi, please cancel the annual maintenance for Verma Dental Care (OWD-2025-291) and refund. Reason: "
              "the clinic group handles IT centrally now.\n\nAdmin\n")
    case("x22-maintenance-day0", f, "decided", OWB, [d("refund", "approve", "8250.92")], extra_ok=True,
         spec="O5: on service_start day, consumed_months = 1 -> 8,250.92")

    f = plain("x23-maintenance-before-start", "Verma Dental <admin@vermadental.in>", OWD, "Cancel maintenance + refund",
              "Sun, 21 Sep 2025 20:00:00 +0530",
              "Hi, we just paid but please cancel the annual maintenance for Verma Dental Care (OWD-2025-291) and "
              "refund. Reason: the clinic group handles IT centrally now.\n\nAdmin\n")
    case("x23-maintenance-before-start", f, "decided", OWB, [d("refund", "approve", "8250.92")], extra_ok=True,
         ambiguous="Request before service_start: 'months started' is 0, but the spec says 'within 14 days this "
                   "is 1'. 9,001.00 vs 8,250.92",
         spec="O5")

    body = outlook(["Hello,", "",
                    "I have raised a <b>dispute with my bank</b> for the SSL charge on invoice OWD-2025-301 (Desai "
                    "Jewellers). We never asked for this certificate. Please refund it.", "", "Regards,",
                    "Manish Desai"])
    f = html("x24-c4-bank-dispute-html", "Manish Desai <sales@desaijewellers.in>", OWD, "SSL charge dispute",
             "Sat, 27 Sep 2025 10:00:00 +0530", body)
    case("x24-c4-bank-dispute-html", f, "decided", OWB, [d("refund", "escalate")], rules=["C4"],
         spec="C4: payment dispute with the bank -> escalate (not the O6 deny)")

    f = plain("x25-retainer-prepaid-months", "Orbit Finance <finance@orbitanalytics.in>", OWD,
              "Cancel retainer and refund prepaid months", "Wed, 10 Sep 2025 10:00:00 +0530",
              "Hello,\n\nWe prepaid the Orbit Analytics retainer for October and November (OWD-2025-332, "
              "OWD-2025-333). Please cancel the retainer and refund the prepaid months. Reason: internal "
              "restructuring.\n\nOrbit Finance\n")
    case("x25-retainer-prepaid-months", f, "decided", OWB, [d("refund", "escalate"), d("cancellation", "cancel")],
         ambiguous="O4: 'periods paid in advance beyond the next cycle are escalated'; the next cycle (October) is "
                   "also prepaid and notice is >=7 days; how to split is unclear. Never approve automatically",
         spec="O4 (interp.) -> refund escalate; cancellation acknowledged")

    f = plain("x26-cc-and-delivered-to", "Neha Mehta <neha@mehtaconsultancy.com>", "Ritesh <ritesh@mehtaconsultancy.com>",
              "Discovery fee refund - Mehta Consultancy Rebrand", "Tue, 23 Sep 2025 10:00:00 +0530",
              "Hi Optima team (Ritesh in To for visibility),\n\nPlease refund the discovery fee for Mehta Consultancy "
              "Rebrand, invoice OWD-2025-221. Reason: we are doing the rebrand in-house; no session has been "
              "held.\n\nNeha\n",
              headers={"Cc": OWD, "Delivered-To": "optimawebdesigns12@gmail.com"})
    case("x26-cc-and-delivered-to", f, "decided", OWB, [d("refund", "approve", "15000.00")],
         spec="C1 via Delivered-To (we are in Cc); O1 approve 15,000.00")

    f = plain("x27-list-id-only", "Optima Clients Digest <digest@mailchimp.example>", OWD,
              "This week: refund policies and cancellation tips", "Mon, 22 Sep 2025 03:00:00 +0000",
              "Five tips to handle refund requests and cancellation emails.\n",
              headers={"List-Id": "Agency Digest <agency.digest.list-manage.example>",
                       "List-Unsubscribe": "<https://list-manage.example/unsubscribe>"})
    case("x27-list-id-only", f, "ignore", OWB, rules=["C7"], spec="C7: List-Id")

    report = """From: Zoho Mail <noreply@zohomail.example>
To: optimawebdesigns12@gmail.com
Subject: Delivery failure: Re: Refund Request - Rao Interiors
Date: Fri, 26 Sep 2025 11:00:00 +0530
Message-ID: <x28-report@zohomail.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b28"

--b28
Content-Type: text/plain; charset=us-ascii

Your message to studio@raointeriors.in could not be delivered: mailbox full.

--b28
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.zohomail.example

Final-Recipient: rfc822; studio@raointeriors.in
Action: failed
Status: 5.2.2

--b28
Content-Type: text/rfc822-headers

From: Optima WebDesign <optimawebdesigns12@gmail.com>
To: studio@raointeriors.in
Subject: Re: Refund Request - Rao Interiors

--b28--
"""
    f = raw("x28-dsn-other-sender", report)
    case("x28-dsn-other-sender", f, "ignore", OWB, rules=["C7"],
         spec="C7: delivery-status report (RFC 3464) even from a non-daemon sender")

    f1 = plain("x29-thread-1-no-invoice", "Studio Rao <studio@raointeriors.in>", OWD, "Refund rush fee",
               "Thu, 25 Sep 2025 09:00:00 +0530",
               "Hi, please refund the rush fee, the rush delivery was not needed after all.\n\nStudio Rao\n"
               "Rao Interiors\n")
    case("x29-thread-need-invoice", f1, "need_info", OWB, missing=["invoice_number"],
         ambiguous="Project is only in the signature (and the sender has one project); the sender has three "
                   "payments, one of them rush, so the ledger could arguably identify it",
         spec="Section 4: invoice / payment reference required")
    f2 = plain("x29-thread-2-subject-ref", "Studio Rao <studio@raointeriors.in>", OWD,
               "Re: Refund rush fee [OWD-1301]", "Thu, 25 Sep 2025 15:00:00 +0530",
               "Invoice is OWD-2025-311.\n\nStudio Rao\n")
    case("x29-thread-subject-ref-answer", [f1, f2], "decided", OWB, [d("refund", "deny")],
         spec="C3 merge (case reference in subject, no In-Reply-To); O6 rush -> deny")

    f = plain("x30-outlook-forwarded-request", "Amit Patel <amit@patelhardware.in>", OWD,
              "FW: Hosting refund", "Mon, 15 Sep 2025 10:00:00 +0530",
              "Please see below and process.\n\nAmit Patel\n\nFrom: Accounts - Patel Hardware "
              "<accounts@patelhardware.in>\nSent: Monday, September 15, 2025 9:30 AM\nTo: Amit Patel "
              "<amit@patelhardware.in>\nSubject: Hosting refund\n\nAmit, we moved the website to our own server. "
              "Please ask Optima to cancel the annual hosting for Patel Hardware Store (invoice OWD-2025-281) and "
              "refund as per their 14-day policy.\n")
    case("x30-outlook-forwarded-request", f, "decided", OWB, [d("refund", "approve", "14300.00")], extra_ok=True,
         ambiguous="The request itself is in the forwarded part; 'Please see below and process' from the contract "
                   "email adopts it",
         spec="O5 day 5 -> 14,300.00")

    f = plain("x31-milestone-completed", "Bharat Logistics IT <it@bharatlogistics.in>", OWD,
              "Refund Request \u2014 Bharat Logistics Portal / OWD-2025-254", "Sat, 27 Sep 2025 12:00:00 +0530",
              "Hi, please refund the QA milestone (OWD-2025-254) for Bharat Logistics Portal, we are not happy "
              "with the testing.\n\nIT Team\n")
    case("x31-milestone-completed", f, "decided", OWB, [d("refund", "deny")], spec="O3: completed -> deny")

    f = plain("x32-hinglish-retainer-band", "Lotus Yoga <hello@lotusyoga.in>", OWD, "retainer band karna hai",
              "Tue, 30 Sep 2025 11:00:00 +0530",
              "Namaste, Lotus Yoga Studio ka retainer (OWD-2025-271) band kar dijiye. Reason: online classes band "
              "ho rahi hain.\n\nLotus\n")
    case("x32-hinglish-retainer-band", f, "decided", OWB, [d("cancellation", "cancel", eff="2025-11-14")],
         spec="O4: notice before the 2025-11-08 cut-off -> effective 2025-11-14")

    f = plain("x33-reason-after-comma-lo", "Karthik S <karthik@techsprout.in>", LO, "Refund LO-INV-1141",
              "Wed, 10 Sep 2025 10:00:00 +0530",
              "Hi,\n\nPlease refund invoice LO-INV-1141 for my monthly plan, I cannot log in since Monday.\n\n"
              "Karthik\n")
    case("x33-reason-after-comma-lo", f, "decided", LOB, [d("refund", "escalate")],
         spec="Reason stated in a trailing clause; access_failure on day 5 -> L6 escalate")

    f = plain("x34-hinglish-paise-wapas", "Priya Sharma <priya.sharma@gmail.com>", LO, "paise wapas karo",
              "Fri, 12 Sep 2025 19:00:00 +0530",
              "Hello, mera payment do baar ho gaya (LO-INV-1102), monthly plan. Extra paise wapas karo please.\n\n"
              "Priya\n")
    case("x34-hinglish-paise-wapas", f, "decided", LOB, [d("refund", "approve", "1499.00")],
         spec="Hinglish 'paise wapas karo' = refund; 'payment do baar ho gaya' = duplicate; L4 approve 1499.00")

    f = plain("x35-c4-dispute-threat", "Studio Rao <studio@raointeriors.in>", OWD, "Setup fee refund",
              "Sat, 27 Sep 2025 11:00:00 +0530",
              "Hi, refund the setup fee for Rao Interiors (OWD-2025-312), it was never explained to us. Otherwise "
              "I will raise a dispute with my card issuer.\n\nStudio Rao\n")
    case("x35-c4-dispute-threat", f, "decided", OWB, [d("refund", "escalate")], rules=["C4"],
         spec="C4: payment-dispute threat -> escalate (not the O6 deny)")
