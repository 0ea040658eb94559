"""Held-out round of HARD English mail (tests/data/heldout_en_hard/): the shared scenarios of
tests/data/langkit.py written the hard way, plus scenarios of this round (``lx..``/``ox..``, below), all
decided from POLICY_SPEC.md alone.  The focus (POLICY_SPEC section 8): negation ("I am not asking for a
refund"), hypotheticals ("would I be able to get a refund?" before buying -> other), missing reasons
(greetings, sign-offs, signatures, disclaimers, forwarding notes, restating the request and "with immediate
effect" are not reasons -> C3), forwards (Outlook FW: from an accountant carrying the director's request with
the registered address in the forwarded part -> C2), past events ("I cancelled on 14th September ... you still
charged me" is not a new cancellation) and typed references ("lo inv 7702", a stray space inside an invoice
number, amounts as "1.499,00" or in words).

Run: python3 tests/data/heldout_en_hard/make_cases.py   (rewrites ledger.json, emails/ and expected.json here)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # langkit.py, casekit.py
from langkit import Lang, d, sc  # noqa: E402

BASE = 7700

# ---- scenarios of this round (ids lx.. LeadsOptima, ox.. Optima WebDesign), on the shared ledger slots
sc("lx01-negated-refund-billing-date-question", "l1", "Wed, 24 Sep 2025 10:00:00 +0530", "other",
   spec="Section 8 negation: 'I am not looking for a refund' adds no refund intent; the only ask is the next "
        "billing date -> neither refund nor cancellation -> other")
sc("lx02-hypothetical-upgrade-existing-customer", "cm", "Mon, 29 Sep 2025 16:00:00 +0530", "other",
   spec="Section 8 hypothetical: 'if I upgrade to annual and it doesn't suit us, would I be able to get a "
        "refund?' asks about a purchase not made -> policy question -> other")
sc("lx03-past-cancellation-gst-invoice", "past", "Mon, 22 Sep 2025 11:00:00 +0530", "other",
   spec="Past event: 'I cancelled my plan on 14th September' is not a new cancellation; the ask is a GST "
        "invoice copy -> other")
sc("lx04-refund-negated-cancel", "dup", "Fri, 05 Sep 2025 12:30:00 +0530", "decided",
   [d("refund", "approve", "1499.00")],
   spec="Negation: 'I do not want to cancel' adds no cancellation intent; duplicate charges of 2025-09-03, "
        "day 2, typed 'lo inv NNNN' -> L4 approve 1499.00 and no cancellation decision")
sc("lx05-forward-md-do-the-needful-no-reason", "mreason", "Fri, 26 Sep 2025 15:00:00 +0530", "need_info",
   missing=["reason"], kind="fwd",
   spec="Section 8: 'Please see below mail from our MD and do the needful' is a forwarding note, the MD's mail "
        "only restates the request -> no reason; refund needs one (section 3); sender is the registered "
        "address, plan from the ledger, invoice stated -> need_info [reason]")
sc("lx06-reason-restates-request", "mreason", "Sat, 27 Sep 2025 10:00:00 +0530", "need_info",
   missing=["reason"],
   spec="Section 8: 'Reason: refund request' restates the request, it is not a reason -> need_info [reason]")
sc("lx07-thanks-with-quoted-request", "cm", "Tue, 30 Sep 2025 12:00:00 +0530", "other",
   spec="The new text only thanks staff; the request lives in the quoted history (a quote is not a new "
        "request) -> other")
sc("lx08-chargeback-negated", "dup", "Sat, 06 Sep 2025 10:00:00 +0530", "decided",
   [d("refund", "approve", "1499.00")],
   ambiguous="C4 escalates chargeback 'threats' and 'mentions of ... lawyers'; 'I do not want to go down the "
             "chargeback route' is a negated mention, not a threat: read as no C4 -> L4 approve (an escalation "
             "is also defensible)",
   spec="Duplicate charges 2025-09-03, request day 3, chargeback explicitly not threatened -> L4 approve 1499.00")
sc("lx09-cancel-immediate-effect", "cm", "Tue, 30 Sep 2025 14:00:00 +0530", "decided",
   [d("cancellation", "cancel", eff="2025-10-14")],
   spec="L8: 'with immediate effect' does not change the cycle: active until current_period_end 2025-10-14; no "
        "reason given but LeadsOptima does not hold a cancellation up for it (section 3)")
sc("lx10-not-charged-twice-wrong-plan", "berr", "Mon, 29 Sep 2025 12:00:00 +0530", "decided",
   [d("refund", "escalate")],
   spec="Negation: 'I was not charged twice' is not duplicate_payment; 'charged for the quarterly plan instead "
        "of monthly' = L2 billing_error, day 3 -> L5 escalate")

sc("ox01-fw-accountant-director-c2", "host", "Fri, 26 Sep 2025 11:00:00 +0530", "need_info", rules=["C2"],
   kind="fwd", sender="assistant",
   spec="Section 8 forwards: Outlook FW: from the accountant; the director's forwarded request names the contract "
        "email, which is not the sender -> C2 need_info, ask for the request from the contract email")
sc("ox02-fwd-md-do-the-needful-no-reason", "dep", "Sat, 27 Sep 2025 09:00:00 +0530", "need_info",
   missing=["reason"], kind="fwd",
   spec="Section 8: forwarding note + MD's one-line 'arrange refund of deposit' = no reason; Optima requires one "
        "-> need_info [reason] (contract email is the sender, project and invoice stated)")
sc("ox03-cancel-reason-restated", "ret8", "Wed, 01 Oct 2025 11:30:00 +0530", "need_info", missing=["reason"],
   spec="Section 8: 'Reason for cancellation: we wish to cancel' restates the request; Optima requires a reason "
        "for cancellations too -> need_info [reason]")
sc("ox04-hypothetical-milestone", "ms", "Tue, 30 Sep 2025 10:00:00 +0530", "other",
   spec="Section 8 hypothetical: 'if we pause after milestone 3, would milestone 4 be refundable?' is a policy "
        "question, nothing is asked -> other")
sc("ox05-negated-cancel-gst-question", "ret8", "Tue, 30 Sep 2025 10:00:00 +0530", "other",
   spec="Negation: 'we are not cancelling the retainer' adds no intent; the GST question -> other")
sc("ox06-hosting-no-refund-just-cancel", "host", "Sun, 28 Sep 2025 10:00:00 +0530", "decided",
   [d("cancellation", "cancel")],
   spec="Negation: 'we are not asking for a refund' -> no refund decision; cancellation with project, invoice and "
        "reason -> O8 cancel (effective date not asserted: hosting is not a retainer)")
sc("ox07-deposit-amount-in-words", "dep", "Sat, 27 Sep 2025 20:00:00 +0530", "decided",
   [d("refund", "approve", "20000.00")], extra_ok=True,
   spec="O2: paid 2025-09-26 10:00, request 09-27 20:00 = 34 h, no work -> approve 20000.00 (amount in words in "
        "the mail is only a claim; the ledger decides)")
sc("ox08-milestone-stray-space-invoice", "ms", "Mon, 29 Sep 2025 15:00:00 +0530", "decided",
   [d("refund", "approve", "40000.00")], extra_ok=True,
   spec="Section 8: 'OWD-2025- NNNN' (stray space) is the invoice; milestone not_started -> O3 approve 40000.00")

SIG_DISCLAIMER = ("\n--\nDISCLAIMER: This e-mail and any files transmitted with it are confidential and intended "
                  "solely for the addressee. If you have received this email in error, please notify the sender "
                  "and delete it. Any views expressed are those of the author and not of the company. Please "
                  "consider the environment before printing this e-mail.\n")

PEOPLE = {
    "dup": ("Karen Whitfield", "gmail.com"), "dup7": ("Thomas Reilly", "reillyaccounting.co.uk"),
    "dup8": ("Grace Okafor", "okaforlaw.ng"), "dup1": ("Daniel Brooks", "brooksroofing.com"),
    "dup3": ("Emily Chen", "outlook.com"), "berr": ("Michael Turner", "turnerrealestate.com.au"),
    "berrout": ("Sarah Lewis", "yahoo.com"), "past": ("Ravi Menon", "menonconsulting.sg"),
    "acc": ("Olivia Hart", "hartinteriors.com"), "accout": ("James O'Neill", "gmail.com"),
    "l1": ("Hannah Price", "gmail.com"), "l1c": ("Peter Novak", "novakbuild.ca"),
    "trial": ("Lucy Evans", "gmail.com"), "hypo": ("Mark Sullivan", "sullivangrowth.io"),
    "cm": ("Rachel Adams", "adamsstudio.com"), "ca": ("Robert King", "kingandpartners.com"),
    "cq": ("Sophie Walker", "gmail.com"), "cnr": ("Andrew Hughes", "hughesmotors.co.uk"),
    "thr": ("Chloe Martin", "gmail.com"), "mreason": ("Farhan Qureshi", "qureshitextiles.com"),
    "c2": ("Laura Bennett", "bennettphysio.com"), "fwdok": ("Kevin Doyle", "doylefreight.ie"),
    "fwdboss": ("Richard Grant", "grantholdings.com"), "cb": ("Megan Foster", "gmail.com"),
    "legal": ("Steven Clarke", "clarkeimports.com"),
}
PROJECTS = {
    "disc": ("Harbour View Bakery", "owner@harbourviewbakery.com", "Harbour View Bakery"),
    "disc2": ("Bright Smile Dental", "practice@brightsmile.dental", "Dr. Anne Porter"),
    "dep": ("Green Leaf Catering", "hello@greenleafcatering.com", "Jenny Moss"),
    "dep72": ("Seaside Guest House", "stay@seasideguesthouse.co.uk", "Seaside Guest House"),
    "depw": ("Parker Hardware", "accounts@parkerhardware.com", "Tom Parker"),
    "ms": ("Summit Realty Portal", "it@summitrealty.com", "IT Department - Summit Realty"),
    "host": ("Lexicon Language Academy", "director@lexiconacademy.com", "Lexicon Language Academy"),
    "maint": ("Corner Bookshop", "books@cornerbookshop.com", "Corner Bookshop"),
    "maintr": ("Golden Crust Bakery", "orders@goldencrust.com", "Rosa - Golden Crust"),
    "nonref": ("Artisan Crafts Online", "sales@artisancrafts.shop", "Artisan Crafts"),
    "ret8": ("IronCore Fitness", "admin@ironcorefitness.com", "IronCore Admin"),
    "ret7": ("ClearView Opticians", "office@clearviewopticians.com", "ClearView Opticians"),
    "ret5": ("Precision Auto Repairs", "workshop@precisionauto.com", "Precision Auto"),
    "cproj": ("Blossom Florists", "shop@blossomflorists.com", "Blossom Florists"),
    "thr": ("Wave Riders Surf School", "info@waveriders.surf", "Wave Riders Surf School"),
    "failed": ("Central Perk Cafe", "admin@centralperkcafe.com", "Central Perk Cafe"),
}
EXTRA = {"c2_personal": "laura.b.1984@hotmail.com", "unknown": "paul.reyes@reyesevents.com",
         "assistant": "accounts@grantholdings.com", "ow_personal": "neil.harbour@gmail.com",
         "prospect": "nina@ninadecor.com", "ow_accountant": "ap@lexiconacademy.com"}

T = {
    # ---------------- LeadsOptima
    "l01-dup-inside": dict(
        subject="Double charge on my monthly plan",
        body="Hi there,\n\nYou took the monthly fee twice on 3 September, a few minutes apart (INR 1.499,00 each "
             "according to my banking app). The second invoice is {i[spaced_dup_2]}.\n\nPlease refund the "
             "duplicate.\n\nKind regards,\nKaren Whitfield\n"),
    "l02-dup-day7": dict(
        subject="Quarterly plan charged twice",
        body="Good evening,\n\nGoing through the statement I see two debits of three thousand nine hundred and "
             "ninety-nine rupees on 20 August for the quarterly plan ({i[dup7]} and {i[typed_dup7_2]}). We only "
             "have one account. I am requesting a refund of the duplicate, {i[typed_dup7_2]}.\n\nRegards,\n"
             "Thomas Reilly ACA\nReilly Accounting Ltd\n"),
    "l03-dup-day8": dict(
        subject="Annual plan - double payment",
        body="Hello,\n\nOn 10 July my annual plan was charged twice (Rs. 11,988 each). The duplicate invoice is "
             "{i[dup8_2]}. Kindly refund the second charge.\n\nBest regards,\nGrace Okafor\nOkafor & Co. "
             "Legal Practitioners\n" + SIG_DISCLAIMER),
    "l04-dup-no-pair": dict(
        subject="Duplicate payment",
        body="Hi,\n\nmy card shows I was billed twice for the monthly subscription on 22/09/2025. Please refund "
             "the duplicate charge. Invoice: {i[typed_dup1]}.\n\nCheers,\nDan Brooks\nBrooks Roofing\n"),
    "l05-dup-three-charges": dict(
        subject="Three identical charges on the same day",
        body="Hello,\n\non the 15th of September I paid three times for the same monthly subscription: "
             "{i[dup3]}, {i[dup3_2]} and {i[dup3_3]}, ₹1,499.00 each. There should only be one. Please refund "
             "the extra payments.\n\nEmily Chen\n"),
    "l06-billing-error-wrong-plan": dict(
        subject="Wrong plan charged",
        body="Hi,\n\non Friday 26 September you charged me ₹3,999 for the quarterly plan, but I had chosen the "
             "monthly plan. Invoice {i[berr]}. Please refund this charge.\n\nMichael Turner\n"
             "Turner Real Estate\n"),
    "l07-billing-error-outside": dict(
        subject="Incorrect amount on invoice {i[berrout]}",
        body="Hello,\n\non 1 August I was charged ₹11,988 for the annual plan, but your sales rep quoted a lower "
             "price. The amount is incorrect. Please refund invoice {i[berrout]}.\n\nThanks,\nSarah Lewis\n"),
    "l08-charged-after-cancelled": dict(
        subject="Still charged after cancelling",
        body="Hi,\n\nI cancelled my plan on 14th September through Billing > Cancel Plan and I have the "
             "confirmation email. You still charged me on the 18th (invoice {i[past]}, Rs. 1,499). I want that "
             "money back.\n\nRavi Menon\n"),
    "l09-access-inside": dict(
        subject="Cannot log in since I paid",
        body="Hello,\n\nI paid for the annual plan on 24 September (invoice {i[acc]}) and since the next day I "
             "cannot log in: the page keeps spinning and then errors out. Your chat team could not fix it. I am "
             "not asking to cancel; I want the payment refunded until this is resolved.\n\nWarm regards,\n"
             "Olivia Hart\nHart Interiors\n"),
    "l10-access-outside": dict(
        subject="No access - refund",
        body="Hi,\n\nI have not been able to get into my account for weeks, the dashboard never loads. I paid on "
             "5 August (invoice {i[accout]}, monthly plan). Refund please.\n\nJames O'Neill\n"),
    "l11-not-using-refund": dict(
        subject="Refund request",
        body="Hi,\n\nto be clear, I'm not having any login issues and nothing is wrong with the billing, the "
             "tool works fine. I just haven't had the time to set it up. Could you refund the 20 September "
             "payment, invoice {i[l1]}, monthly plan?\n\nThanks,\nHannah Price\n"),
    "l12-unused-months-refund-and-cancel": dict(
        subject="Cancel and refund the remaining months",
        body="Hi,\n\nwe're closing the company at the end of the month, so please cancel my quarterly plan and "
             "refund the unused part of October and November (invoice {i[l1c]}).\n\nRegards,\nPeter Novak\n"
             "Novak Build Inc.\n"),
    "l13-trial-refund": dict(
        subject="Refund",
        body="Hi, I'm on the free trial and I'm not convinced. Please refund whatever you've charged me.\n\n"
             "Lucy Evans\n"),
    "l14-hypothetical-before-buying": dict(
        subject="Question before buying the annual plan",
        body="Hello,\n\nI'm on the trial and thinking of buying the annual plan. We rely on the Zoho CRM "
             "integration: if the integration doesn't work, would I be able to get a refund? I'd like to know "
             "before I pay.\n\nThanks,\nMark Sullivan\nSullivan Growth\n"),
    "l15-cancel-period-end": dict(
        subject="Cancel my subscription",
        body="Hello,\n\nplease cancel my monthly plan. We're moving lead management back into our CRM.\n\n"
             "Rachel Adams\nAdams Studio\n"),
    "l16-cancel-annual-fallback": dict(
        subject="Annual plan cancellation",
        body="Good morning,\n\nwe would like to cancel our LeadsOptima annual subscription; we will not renew "
             "because the sales team is switching tools.\n\nYours sincerely,\nRobert King\nKing & Partners\n"),
    "l17-cancel-quarterly-month-end-html": dict(
        subject="Cancel quarterly plan", body=None,
        html="<html><body><div style='font-family:Calibri'><p>Hi,</p><p>I want to <b>cancel</b> my quarterly "
             "subscription. The reason is we no longer need automated prospecting.</p><p>Thanks,<br>"
             "Sophie Walker</p><p style='color:#888'>Sent from my iPhone</p></div></body></html>"),
    "l18-cancel-negated-refund": dict(
        subject="Cancel",
        body="Hello, I am not asking for a refund, I know the policy. Just cancel the monthly subscription so it "
             "does not renew.\n\nAndrew Hughes\nHughes Motors\n"),
    "l19a-thread-dup-no-invoice": dict(
        subject="Duplicate charge",
        body="Hi,\n\nyesterday (26/09) you charged my monthly fee twice. Please refund one of them.\n\n"
             "Chloe Martin\n"),
    "l19b-thread-dup-answer": dict(
        subject="Re: Duplicate charge",
        body="Hi again,\n\nthe duplicate is {i[typed_thr_2]}.\n\nThanks,\nChloe\n\n"
             "On Sat, 27 Sep 2025 at 10:00, Chloe Martin wrote:\n> Hi,\n> yesterday (26/09) you charged my "
             "monthly fee twice.\n"),
    "l20-missing-reason": dict(
        subject="Refund invoice {i[mreason]}",
        body="Dear Sir/Madam,\n\nGreetings of the day!\n\nPlease process the refund of invoice {i[mreason]} with "
             "immediate effect.\n\nThanks & Regards,\nFarhan Qureshi\nQureshi Textiles Pvt. Ltd.\n"
             "Mob: +91 98200 12345\n" + SIG_DISCLAIMER),
    "l21-c2-other-address": dict(
        subject="Double payment", sender="Laura B <{e[c2_personal]}>",
        body="Hi, I'm writing from my personal mail. My registered email with LeadsOptima is {e[c2]}. On 10 "
             "September you charged me twice, invoice {i[c2]}. Could you list my charges and refund the "
             "duplicate?\n\nLaura Bennett\n"),
    "l22-unknown-sender": dict(
        subject="Cancel account", sender="Paul Reyes <{e[unknown]}>",
        body="Hi, please cancel my LeadsOptima account, we don't need it any more.\n\nPaul Reyes\nReyes Events\n"),
    "l23-forward-own-request": dict(
        subject="Fwd: Annual plan charged twice",
        body="Forwarding this, I sent it to info@ by mistake.\n\n"
             "---------- Forwarded message ---------\nFrom: Kevin Doyle <{e[fwdok]}>\nDate: Mon, 29 Sep 2025 "
             "at 18:40\nSubject: Annual plan charged twice\nTo: <info@leadsoptima.com>\n\nHi, today the annual "
             "plan was charged twice, ₹11,988 each. The second is {i[typed_fwdok_2]}. Please refund the "
             "duplicate payment.\nKevin Doyle\n"),
    "l24-forward-by-assistant-c2": dict(
        subject="FW: LeadsOptima - refund", sender="Accounts | Grant Holdings <{e[assistant]}>",
        body="Hi team,\n\nPlease see below mail from our Director and do the needful.\n\nRegards,\nPriya\n"
             "Accounts Executive\n\n________________________________\nFrom: Richard Grant\nSent: Sunday, "
             "September 7, 2025 8:15 PM\nTo: Accounts <{e[assistant]}>\nSubject: LeadsOptima - refund\n\n"
             "Priya, please send this to LeadsOptima: my registered email is {e[fwdboss]}, quarterly plan. "
             "Since 6 September the platform won't load at all. I want invoice {i[fwdboss]} refunded.\n"),
    "l25-chargeback-threat": dict(
        subject="Refund now or chargeback",
        body="Hi,\n\nyou took Rs. 1,499 on 10 September (invoice {i[cb]}) and the tool isn't what was "
             "advertised. If I don't get my money back this week I will file a chargeback with my bank.\n\n"
             "Megan Foster\n"),
    "l26-legal-threat-cancel-and-refund": dict(
        subject="Cancellation and refund - legal notice",
        body="Sirs,\n\nI hereby cancel my quarterly plan and demand a full refund of invoice {i[legal]}. The "
             "service does not do what was promised. If I hear nothing within 48 hours my lawyer will take "
             "this to the consumer court.\n\nSteven Clarke\nClarke Imports\n"),
    "l27-auto-reply": dict(
        subject="Automatic reply: Your LeadsOptima invoice",
        body="Thank you for your email. I am out of the office until 6 October with no access to email. I will "
             "not be able to cancel or refund anything until then; for urgent matters contact "
             "office@adamsstudio.com.\n\nRachel Adams\n"),

    # ---------------- Optima WebDesign
    "o01-discovery-not-started": dict(
        subject="Refund Request — Harbour View Bakery / {i[ow_disc]}",
        body="Hello,\n\nwe paid the discovery fee (twelve thousand rupees plus GST) on 22 September, but no "
             "session has taken place yet. The owners have postponed the website to 2026, so we request a refund "
             "of invoice {i[ow_disc]}.\n\nKind regards,\nHarbour View Bakery\n"),
    "o02-discovery-started": dict(
        subject="Strategy fee refund",
        body="Hi,\n\nwe'd like invoice {i[ow_disc2]} (strategy phase, Bright Smile Dental project) refunded. "
             "After the first session on 5 September we realised it is not what we were looking for.\n\n"
             "Dr. Anne Porter\n"),
    "o03-deposit-48h-html": dict(
        subject="Deposit refund — Green Leaf Catering", body=None,
        html="<html><body><p>Hi Optima team,</p><p>On Friday 26 September we paid the <b>₹20,000</b> deposit "
             "(invoice {i[ow_dep]}) for <i>Green Leaf Catering</i>. For budget reasons we are not going ahead "
             "and ask you to refund the deposit. You have not started work yet.</p><p>Best,<br>Jenny Moss</p>"
             "</body></html>"),
    "o04-deposit-exactly-72h": dict(
        subject="Deposit refund Seaside Guest House",
        body="Good morning,\n\nplease refund the deposit on invoice {i[ow_dep72]} for the Seaside Guest House "
             "project: the owner has decided to sell the business.\n\nSeaside Guest House\n"),
    "o05-deposit-work-started": dict(
        subject="Cancel and refund deposit",
        body="Hi,\n\nwe paid the deposit yesterday (invoice {i[ow_depw]}) for the Parker Hardware project, but my "
             "brother found a cheaper agency. Please refund the deposit.\n\nTom Parker\n"),
    "o06-milestone-not-started": dict(
        subject="Milestone 4 refund Summit Realty Portal",
        body="Hi,\n\nmilestone 4 (CRM integration), invoice {i[typed_ow_ms_4]}, has not started and we've decided "
             "to build that integration in-house. Please refund that milestone.\n\nIT Department - Summit Realty\n"),
    "o07-milestone-in-progress": dict(
        subject="Milestone 3 refund",
        body="Hello,\n\nregarding the Summit Realty Portal project, we want a refund of milestone 3 (invoice "
             "{i[ms_in_progress]}) because the property search is weeks late and our priorities changed.\n\n"
             "IT Department - Summit Realty\n"),
    "o08-milestone-completed": dict(
        subject="Milestone 2 refund",
        body="Hello,\n\nplease refund invoice {i[ms_completed]} of the Summit Realty Portal (milestone 2, listing "
             "page design). We won't use that design because new management wants a different look.\n\n"
             "IT Department - Summit Realty\n"),
    "o09-milestone-approved": dict(
        subject="Milestone 1 refund",
        body="Hi,\n\nwe would like to recover the payment for milestone 1 ({i[ms_approved]}) of the Summit Realty "
             "Portal: although we approved it in June, the end client has changed their mind about the home "
             "page.\n\nIT Department - Summit Realty\n"),
    "o10-milestone-no-invoice": dict(
        subject="Refund of a milestone",
        body="Hello,\n\nwe want a refund of one of the payments on the Summit Realty Portal project, because this "
             "quarter's budget has been cut.\n\nIT Department - Summit Realty\n"),
    "o11-hosting-within-14-days": dict(
        subject="Cancel annual hosting and refund — Lexicon Language Academy",
        body="Hello,\n\nwe bought annual hosting on 19 September (invoice {i[ow_host]}, 15.000,00 plus tax), but "
             "our group requires us to use its own server. Please cancel the hosting plan and refund whatever "
             "is due.\n\nLexicon Language Academy\n"),
    "o12-maintenance-day15": dict(
        subject="Annual maintenance refund Corner Bookshop",
        body="Hi,\n\nwe want to cancel the annual maintenance that started on 1 September and get the pro-rata "
             "refund (invoice {i[ow_maint]}). We've hired a local IT person.\n\nCorner Bookshop\n"),
    "o13-maintenance-rounding": dict(
        subject="Maintenance refund — Golden Crust Bakery / {i[ow_maintr]}",
        body="Hello,\n\nwe bought the annual maintenance (10,000.01) by mistake: our franchise already includes "
             "it. Please refund invoice {i[ow_maintr]} pro rata.\n\nRosa - Golden Crust\n"),
    "o14-third-party-domain-ssl": dict(
        subject="Domain and SSL refund",
        body="Hi,\n\nplease refund invoice {i[tp]} (.shop domain and SSL certificate) for the Artisan Crafts Online "
             "project, because we will keep using our existing domain.\n\nArtisan Crafts\n"),
    "o15-rush-fee": dict(
        subject="Rush fee refund",
        body="Hi,\n\nyou charged ₹8,000 for rush delivery (invoice {i[rush]}) on Artisan Crafts Online and the "
             "site was delivered only one day early. Please refund that charge.\n\nArtisan Crafts\n"),
    "o18-retainer-11-days-no-refund": dict(
        subject="Retainer cancellation — IronCore Fitness",
        body="Hello,\n\nplease cancel the monthly retainer for the IronCore Fitness project (last invoice "
             "{i[ow_ret8]}). We are not asking for a refund of the current month. The reason: we are hiring a "
             "full-time marketer.\n\nIronCore Admin\n"),
    "o19-retainer-exactly-7-days": dict(
        subject="ClearView Opticians retainer",
        body="Good morning,\n\nwe are cancelling the ClearView Opticians monthly retainer, invoice {i[ow_ret7]}. "
             "Reason: cost cutting while the shop is being refurbished.\n\nClearView Opticians\n"),
    "o20-retainer-5-days": dict(
        subject="Cancel retainer Precision Auto Repairs",
        body="Hi,\n\nwe want to cancel the retainer on the Precision Auto Repairs project (invoice {i[ow_ret5]}), "
             "because sales dropped sharply this quarter.\n\nPrecision Auto\n"),
    "o21-cancel-project-o8": dict(
        subject="Cancelling the Blossom Florists project",
        body="Hello,\n\nunfortunately we have to cancel the Blossom Florists project (deposit invoice "
             "{i[ow_cproj]}). The reason is that we closed our second shop and no longer need the online "
             "ordering website.\n\nBlossom Florists\n"),
    "o22-cancel-no-reason": dict(
        subject="Retainer cancellation",
        body="Dear Team,\n\nHope you are doing well.\n\nKindly cancel the retainer for the IronCore Fitness "
             "project, invoice {i[ow_ret8]}, with immediate effect.\n\nLooking forward to your confirmation.\n\n"
             "Thanks & Regards,\nIronCore Admin\n" + SIG_DISCLAIMER),
    "o23a-thread-deposit-no-reason": dict(
        subject="Refund Request — Wave Riders Surf School / {i[ow_thr]}",
        body="Hello,\n\nwe request a refund of the deposit paid yesterday for the Wave Riders Surf School project, "
             "invoice {i[ow_thr]}.\n\nBest regards,\nWave Riders Surf School\n"),
    "o23b-thread-deposit-answer": dict(
        subject="Re: Refund Request — Wave Riders Surf School / {i[ow_thr]}",
        body="Hello,\n\nthe reason is that the council did not renew our beach licence, so the school will not open "
             "next season.\n\nBest regards,\nWave Riders Surf School\n"),
    "o24-c2-personal-address": dict(
        subject="Harbour View Bakery refund", sender="Neil Harbour <{e[ow_personal]}>",
        body="Hi, Neil from Harbour View Bakery here. I'm writing from my Gmail because I can't get into the "
             "bakery mailbox ({e[ow_disc]}). We want a refund of discovery invoice {i[ow_disc]} as the project "
             "is postponed. Could you also confirm how much we've paid you so far?\n"),
    "o25-chargeback-threat": dict(
        subject="URGENT: deposit refund or chargeback",
        body="Hi,\n\nif you don't refund the deposit on invoice {i[ow_depw]} (Parker Hardware) today, I'll "
             "dispute the charge with my card issuer. We are unhappy with how the project started.\n\nTom Parker\n"),
    "o26-legal-threat-cancel": dict(
        subject="Cancellation of retainer - ClearView Opticians",
        body="Good morning,\n\nwe are cancelling the retainer (invoice {i[ow_ret7]}) because this month's service "
             "was poor. Be advised that our lawyer will review the contract and we will go to the consumer "
             "forum if necessary.\n\nClearView Opticians\n"),
    "o27-forward-own-request": dict(
        subject="Fwd: Discovery refund Harbour View Bakery",
        body="Forwarding our request from yesterday as an attachment; I think it went to the wrong address.\n\n"
             "Harbour View Bakery\n",
        attach=dict(sender="Harbour View Bakery <{e[ow_disc]}>", to="<optimawebdesign@gmail.com>",
                    subject="Discovery refund Harbour View Bakery", date="Wed, 24 Sep 2025 10:05:00 +0530",
                    body="Hello, we request a refund of invoice {i[ow_disc]} (discovery phase, Harbour View Bakery "
                         "project). No session has taken place yet and the owners have postponed the website to "
                         "2026.\n")),
    "o28-hypothetical-deposit": dict(
        subject="Question about the deposit", sender="Nina Shaw <{e[prospect]}>",
        body="Hi,\n\nwe're thinking of asking you to build the website for our decor shop. If we paid the deposit "
             "and changed our minds two days later, would we get it back? And what if you had already started?"
             "\n\nThanks,\nNina Shaw\n"),
    "o29-auto-reply": dict(
        subject="Out of Office: Optima WebDesign invoice",
        body="This is an automatic message. IronCore's admin office is on holiday until 13 October. Refund and "
             "cancellation requests will be handled when we return.\n"),
    "o30-payment-failed": dict(
        subject="Central Perk Cafe discovery refund",
        body="Hi,\n\non 28 September we paid the discovery phase of the Central Perk Cafe project (invoice "
             "{i[ow_failed]}). The bank says the payment failed but the money left our account. As we are not "
             "going ahead, please refund that amount.\n\nCentral Perk Cafe\n"),

    # ---------------- this round's scenarios
    "lx01-negated-refund-billing-date-question": dict(
        subject="Next billing date?",
        body="Hi,\n\nI am not looking for a refund or anything like that, the tool is great. I just need to know "
             "the date of my next renewal for our budget sheet (last invoice {i[l1]}).\n\nThanks,\nHannah\n"),
    "lx02-hypothetical-upgrade-existing-customer": dict(
        subject="Upgrading to annual?",
        body="Hi,\n\nwe're on the monthly plan and considering the annual one. If I upgrade to annual and it "
             "doesn't suit us after a couple of months, would I be able to get a refund for the rest of the "
             "year?\n\nRachel Adams\nAdams Studio\n"),
    "lx03-past-cancellation-gst-invoice": dict(
        subject="GST invoice for September",
        body="Hello,\n\nI cancelled my plan on 14th September via Billing > Cancel Plan and I know access runs until "
             "the end of the cycle, that's fine. Could you please send me the GST invoice for the 18 September "
             "charge ({i[past]}) with our GSTIN on it, for our accounts?\n\nRegards,\nRavi Menon\n"),
    "lx04-refund-negated-cancel": dict(
        subject="Charged twice - do NOT cancel",
        body="Hi,\n\nI do not want to cancel, we love the product. But you charged me twice on 3 Sept. Please "
             "refund the duplicate: {i[typed_dup_2]}.\n\nKaren\n"),
    "lx05-forward-md-do-the-needful-no-reason": dict(
        subject="FW: Refund",
        body="Dear Team,\n\nPlease see below mail from our MD and do the needful.\n\nRegards,\nFarhan Qureshi\n"
             "Qureshi Textiles Pvt. Ltd.\n\n-----Original Message-----\nFrom: Salim Qureshi (MD)\nSent: Friday, "
             "September 26, 2025 1:02 PM\nTo: Farhan Qureshi\nSubject: Refund\n\nFarhan,\nGet the LeadsOptima "
             "invoice {i[mreason]} refunded.\nSalim\n"),
    "lx06-reason-restates-request": dict(
        subject="Refund request - {i[mreason]}",
        body="Hello,\n\nRegistered email: {e[mreason]}\nPlan: monthly\nInvoice: {i[mreason]}\nReason: refund "
             "request\n\nRegards,\nFarhan Qureshi\n"),
    "lx07-thanks-with-quoted-request": dict(
        subject="Re: Cancel and refund?",
        body="Thanks, all sorted now - my colleague walked me through the settings and we'll keep the plan.\n\n"
             "Rachel\n\nOn Mon, 29 Sep 2025 at 09:12, Rachel Adams <{e[cm]}> wrote:\n> Hi, please cancel my "
             "monthly plan and refund this month, I can't figure out the settings.\n"),
    "lx08-chargeback-negated": dict(
        subject="Duplicate charge on 3 Sept",
        body="Hi,\n\nyou charged me twice on 3 September ({i[dup]} and {i[dup_2]}). I do not want to go down the "
             "chargeback route with my bank, I'd much rather you simply refund the duplicate {i[dup_2]}.\n\n"
             "Karen Whitfield\n"),
    "lx09-cancel-immediate-effect": dict(
        subject="Cancellation",
        body="Dear Sir/Madam,\n\nPlease cancel my subscription with immediate effect.\n\nRegards,\nRachel Adams\n"),
    "lx10-not-charged-twice-wrong-plan": dict(
        subject="Wrong plan - not a double charge",
        body="Hi,\n\njust to be clear, I was not charged twice. The problem is that on 26 Sep you charged me for "
             "the quarterly plan instead of monthly ({i[berr]}). Please refund it.\n\nMichael Turner\n"),
    "ox01-fw-accountant-director-c2": dict(
        subject="FW: Hosting refund - Lexicon Language Academy", sender="Accounts Payable <{e[ow_accountant]}>",
        body="Hi,\n\nPlease see below from our Director, kindly process.\n\nThanks,\nAccounts Payable\n"
             "Lexicon Language Academy\n\n________________________________\nFrom: Director <{e[ow_host]}>\n"
             "Sent: Thursday, September 25, 2025 6:30 PM\nTo: Accounts Payable <{e[ow_accountant]}>\nSubject: "
             "Hosting refund - Lexicon Language Academy\n\nPlease ask Optima WebDesign to cancel our annual "
             "hosting and refund it (invoice {i[ow_host]}, project Lexicon Language Academy). Our contract "
             "email with them is {e[ow_host]}. The group has mandated its own servers.\n"),
    "ox02-fwd-md-do-the-needful-no-reason": dict(
        subject="FW: Green Leaf Catering deposit",
        body="Hi,\n\nPlease see below mail from our MD and do the needful.\n\nJenny Moss\n\n"
             "-----Original Message-----\nFrom: David Moss (MD)\nSent: Saturday, September 27, 2025 8:40 AM\n"
             "To: Jenny Moss\nSubject: Green Leaf Catering deposit\n\nJenny - ask Optima to arrange the refund "
             "of the deposit, invoice {i[ow_dep]}, project Green Leaf Catering.\nDavid\n"),
    "ox03-cancel-reason-restated": dict(
        subject="Cancellation - IronCore Fitness",
        body="Hello,\n\nProject: IronCore Fitness\nInvoice: {i[ow_ret8]}\nReason for cancellation: we wish to "
             "cancel the retainer.\n\nIronCore Admin\n"),
    "ox04-hypothetical-milestone": dict(
        subject="Milestone question - Summit Realty Portal",
        body="Hi,\n\nwe're reviewing next year's budget. If we paused the Summit Realty Portal after milestone 3, "
             "would the payment for milestone 4 ({i[ms_not_started]}) be refundable? Just want to understand our "
             "options, no decision yet.\n\nIT Department - Summit Realty\n"),
    "ox05-negated-cancel-gst-question": dict(
        subject="IronCore retainer invoice",
        body="Hi,\n\nwe are not cancelling the retainer and we don't want a refund - quick question only: does "
             "invoice {i[ow_ret8]} include GST at 18%? Our auditor needs the breakdown.\n\nIronCore Admin\n"),
    "ox06-hosting-no-refund-just-cancel": dict(
        subject="Lexicon Language Academy hosting - do not renew",
        body="Hello,\n\nwe are not asking for a refund of the hosting (invoice {i[ow_host]}). Please cancel the "
             "annual hosting plan for the Lexicon Language Academy project so it does not renew, because we are "
             "moving to our group's servers.\n\nLexicon Language Academy\n"),
    "ox07-deposit-amount-in-words": dict(
        subject="Deposit refund - Green Leaf Catering",
        body="Hello,\n\nwe paid Rupees Twenty Thousand Only as the booking deposit yesterday (invoice "
             "{i[ow_dep]}, Green Leaf Catering project). Our client event was cancelled, so please refund the "
             "deposit; no work has been done.\n\nJenny Moss\n"),
    "ox08-milestone-stray-space-invoice": dict(
        subject="Milestone 4 refund",
        body="Hi,\n\nplease refund milestone 4 of the Summit Realty Portal, invoice {i[spaced_ow_ms_4]}, which has not "
             "been started: the CRM integration is being done by our own developer now.\n\n"
             "IT Department - Summit Realty\n"),
}


class HardLang(Lang):
    """Adds ``spaced_<key>``: the invoice number with a stray space before its last part ("LO-INV- 7702")."""

    def ledger(self):
        led = super().ledger()
        for k, v in list(self.i.items()):
            if not k.startswith("typed_"):
                head, tail = v.rsplit("-", 1)
                self.i["spaced_" + k] = f"{head}- {tail}"
        return led


if __name__ == "__main__":
    lang = HardLang("en_hard", HERE, BASE, BASE, PEOPLE, PROJECTS, T, EXTRA)
    lang.build()
    # the round's language is English ("en_hard" is only the round's name, used in ids and Message-IDs)
    exp = HERE / "expected.json"
    data = json.loads(exp.read_text())
    for c in data["cases"]:
        c["lang"] = "en"
    exp.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n")
