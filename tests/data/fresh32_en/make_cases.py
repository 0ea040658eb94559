"""fresh32 hard-English cases (writer qa32c): regenerate with `python3 make_cases.py` (stdlib only).
MIT, like the project; all text written for this project."""
import sys
from pathlib import Path

from kit import (LOB, OWB, A, Q, Mo, M, R, X, acct, case, cust, lopay, proj, owpay, day_no, hours, build,
                 readme_lines)

HERE = Path(__file__).resolve().parent
IN, MDT, PDT, BST, CEST, EEST, IDT, CAT, WIB = 330, -360, -420, 60, 120, 180, 180, 120, 420
ICT = 420

# =============================== LeadsOptima ===============================
acct("megan.larsen@wasatchmail.com", "Megan Larsen", "monthly", "2025-09-26T20:00:00",
     ["LO-INV-33001", "LO-INV-33002"], "en_p01", gap_s=40)
assert day_no("2025-09-26T20:00:00", (2025, 9, 27, 9, 15), MDT) == 1
case("l01-utah-oh-my-heck-double", LOB, "decided", [M("Megan Larsen <megan.larsen@wasatchmail.com>",
     "Double charge on my account??",
     "Hi there!\n\nOh my heck, I just looked at my card and it looks like I got charged twice for the monthly plan yesterday "
     "morning, two charges of 1,499 rupees (about $18 each) just a minute apart. The invoices are LO-INV-33001 and LO-INV-33002. "
     "Could you please refund the second one? No rush, I know these things happen!\n\nThanks so much,\nMegan\n"
     "Larsen Family Quilts - Provo, UT",
     (2025, 9, 27, 9, 15), MDT)], [R("approve", "1499.00")],
    spec="Two paid monthly charges 2025-09-26 20:00 IST (08:30 MDT 'yesterday morning'); mail 2025-09-27 09:15 MDT = 20:45 IST day 1: refund LO-INV-33002 1499.00 (L4).")

acct("shop@telluridetuning.com", "Telluride Ski Tuning", "quarterly", "2025-09-27T20:00:00",
     ["LO-INV-33011", "LO-INV-33012"], "en_p02", gap_s=10)
case("l02-colorado-terse-phone", LOB, "decided", [M("Telluride Ski Tuning <shop@telluridetuning.com>",
     "2x charge",
     "charged twice sat. inv lo-inv-33012 is the dupe. refund pls\n\n-J\nSent from my iPhone",
     (2025, 9, 28, 7, 5), MDT)], [R("approve", "3999.00")],
    spec="Terse phone mail; two paid quarterly charges 2025-09-27 (Saturday 08:30 MDT); request day 1: refund LO-INV-33012 3999.00 (L4).")

acct("ops@driftlabs.ai", "Drift Labs", "monthly", "2025-09-22T20:00:00",
     ["LO-INV-33021", "LO-INV-33022"], "en_p03", gap_s=5)
assert day_no("2025-09-22T20:00:00", (2025, 9, 29, 19, 45), PDT) == 8
case("l03-sf-startup-day7-local-day8-ist", LOB, "decided", [M("Priya Raman <ops@driftlabs.ai>",
     "dup charge - still inside your 7 days",
     "hey folks 👋\n\nquick one: our card got hit twice for the monthly plan on 9/22 (LO-INV-33021 + LO-INV-33022). finance only "
     "flagged it in our weekly close today. your policy says 7 days and today's the 29th so we're right at the wire, lmk when the "
     "refund for 33022 is in flight 🙏\n\npriya\nops @ Drift Labs | SoMa, SF\n\nThis message may contain confidential information. "
     "If you are not the intended recipient please delete it.",
     (2025, 9, 29, 19, 45), PDT)], [R("deny")],
    spec="Charges 2025-09-22 20:00 IST (07:30 PDT); mail 2025-09-29 19:45 PDT = 2025-09-30 08:15 IST = day 8 in the brand's zone: deny (L3).")

acct("noppadol.k@siamorchid.co.th", "Noppadol Kittisak", "monthly", "2025-09-22T20:30:00",
     ["LO-INV-33031", "LO-INV-33032"], "en_p04", gap_s=60)
assert day_no("2025-09-22T20:30:00", (2025, 9, 30, 1, 0), ICT) == 7
case("l04-bangkok-day8-local-day7-ist", LOB, "decided", [M("Noppadol Kittisak <noppadol.k@siamorchid.co.th>",
     "Request refund for pay 2 time",
     "Dear LeadsOptima team,\n\nSorry for disturb you late night. I am check my credit card and found the system cut money 2 time "
     "for monthly package on 22 Sep 2025, same amount 1,499 baht... sorry, rupee. Invoice number LO-INV-33031 and LO-INV-33032. "
     "Please kindly return money of the second one krub.\n\nBest regards,\nNoppadol K.\nSiam Orchid Export Co., Ltd. Bangkok",
     (2025, 9, 30, 1, 0), ICT)], [R("approve", "1499.00")],
    spec="Charges 2025-09-22 20:30 IST (22:00 Bangkok); mail 2025-09-30 01:00 ICT = 2025-09-29 23:30 IST = day 7, inside: refund LO-INV-33032 1499.00 (L4).")

acct("dewi.santoso@batikjaya.co.id", "Dewi Santoso", "monthly", "2025-09-25T20:00:00", ["LO-INV-33041"], "en_p05")
case("l05-jakarta-wrong-package", LOB, "decided", [M("Dewi Santoso <dewi.santoso@batikjaya.co.id>",
     "Wrong package charged",
     "Dear Sir/Madam,\n\nI want to inform that I am choose the monthly package, but system is charge me for annual package. In my "
     "bank statement I see Rp equivalent of INR 11.988. This is not correct package. Invoice LO-INV-33041. Please help to check "
     "and return the different.\n\nTerima kasih,\nDewi Santoso\nBatik Jaya, Jakarta Selatan",
     (2025, 9, 27, 10, 0), WIB)], [R("escalate")],
    spec="Charged for the wrong plan inside the window (day 2): billing error, escalate (L5). The ledger amount is not changed by the claim.")

cust("stay@penwithcottage.co.uk", "Penwith Cottage B&B", "monthly", status="cancelled", start="2025-08-26", end="2025-09-25")
lopay("en_p06", "LO-INV-33051", "stay@penwithcottage.co.uk", "monthly", *Mo, "2025-08-26T20:00:00", "2025-08-26", "2025-09-25")
lopay("en_p07", "LO-INV-33052", "stay@penwithcottage.co.uk", "monthly", *Mo, "2025-09-26T20:00:00", "2025-09-26", "2025-10-25")
case("l06-cornwall-charged-after-cancel", LOB, "decided", [M("Penwith Cottage B&B <stay@penwithcottage.co.uk>",
     "Still being billed after cancelling",
     "Afternoon,\n\nProper fed up, me. I cancelled our plan back in August through Billing > Cancel Plan (I've a screenshot), season's "
     "over down here in St Just and we don't need it till Easter. Yet you've taken another £14-odd (1,499 rupees) off us on Friday, "
     "invoice LO-INV-33052. Please put it back where it came from.\n\nCheers me 'ansum,\nTamsin Pascoe\nPenwith Cottage B&B, St Just, Cornwall",
     (2025, 9, 28, 14, 30), BST)], [R("escalate")],
    spec="Charged after cancelling, day 2: billing error, escalate (L5).")

acct("bill.yeo@dartmoorbeef.co.uk", "Bill Yeo", "quarterly", "2025-09-27T20:00:00", ["LO-INV-33061"], "en_p08")
case("l07-devon-cant-log-in", LOB, "decided", [M("Bill Yeo <bill.yeo@dartmoorbeef.co.uk>",
     "cant get in",
     "Morning\n\nPaid for the quarter Saturday and haven't been able to log in since, it just keeps going round in a circle back to the "
     "sign in page. Tried the grandson's laptop and all. If you can't sort it I'd like the money back please.\n\nBill Yeo\n"
     "Dartmoor Beef, nr Widecombe",
     (2025, 9, 29, 7, 40), BST)], [R("escalate")],
    spec="Access failure inside the window (charge 2025-09-27, day 2); single charge identifies the invoice: escalate (L6).")

acct("info@vallettaboats.com.mt", "Valletta Boats", "monthly", "2025-09-18T20:00:00", ["LO-INV-33071"], "en_p09")
case("l08-malta-access-late", LOB, "decided", [M("Joseph Camilleri <info@vallettaboats.com.mt>",
     "Platform not loading since 18th",
     "Good evening,\n\nSince we paid on 18 September the platform is not loading at all, only white screen. Our IT guy in Sliema "
     "tried also. Invoice LO-INV-33071. We want refund because we lost two weeks of leads, ta.\n\nGrazzi,\nJoseph Camilleri\n"
     "Valletta Boats Ltd",
     (2025, 9, 28, 19, 30), CEST)], [R("deny")],
    spec="Access failure but the charge 2025-09-18 is 10 days before the request: outside the window, deny (L3).")

acct("andreas@limassolmarine.com.cy", "Andreas Georgiou", "annual", "2025-09-23T20:00:00", ["LO-INV-33081"], "en_p10")
case("l09-cyprus-expensive-cancel", LOB, "decided", [M("Andreas Georgiou <andreas@limassolmarine.com.cy>",
     "Cancellation and refund",
     "Dear team,\n\nWe took the annual plan last week but honestly it is too expensive for a small company like ours, our accountant "
     "is not happy. Please cancel the subscription and return the money of invoice LO-INV-33081.\n\nKind regards,\nAndreas Georgiou\n"
     "Limassol Marine Services",
     (2025, 9, 29, 11, 0), EEST)], [R("deny"), X("cancel", "2026-09-22")],
    spec="Too expensive: not an L2 exception, refund deny (L1); cancel, active until current_period_end 2026-09-22 (L8).")

acct("noa@telavivyoga.co.il", "Noa Ben-David", "annual", "2025-02-10T20:00:00", ["LO-INV-33091"], "en_p11")
case("l10-israel-cancel-annual", LOB, "decided", [M("Noa Ben-David <noa@telavivyoga.co.il>",
     "cancel subscription",
     "Hi,\n\nShana tova! After the chagim we are closing the studio on Dizengoff and moving online only, so we don't need the lead "
     "tool anymore. Please cancel our annual subscription so it doesn't renew in February. Toda!\n\nNoa\nTel Aviv Yoga",
     (2025, 9, 29, 10, 0), IDT)], [X("cancel", "2026-02-09")],
    spec="Cancel, active until current_period_end 2026-02-09 (L8).")

cust("j.hoffmann@hoffmann-metallbau.de", "Jürgen Hoffmann", "monthly")
lopay("en_p12", "LO-INV-33101", "j.hoffmann@hoffmann-metallbau.de", "monthly", *Mo, "2025-08-31T20:00:00")
lopay("en_p13", "LO-INV-33102", "j.hoffmann@hoffmann-metallbau.de", "monthly", *Mo, "2025-09-30T20:00:00")
case("l11-german-immediate-effect-fallback", LOB, "decided", [M("Jürgen Hoffmann <j.hoffmann@hoffmann-metallbau.de>",
     "Termination of contract",
     "Dear Sirs,\n\nHereby I terminate my subscription (monthly) with immediate effect. Please send me a written confirmation of the "
     "termination with the date.\n\nThe reason: we have not become enough leads from the platform in the last months.\n\n"
     "With kind regards\nJürgen Hoffmann\nHoffmann Metallbau GmbH\nGeschäftsführer: Jürgen Hoffmann | Amtsgericht Stuttgart HRB 12345",
     (2025, 9, 30, 17, 0), CEST)], [X("cancel", "2025-10-29")],
    spec="'With immediate effect' still runs to the cycle's end; no current_period_end: last charge 2025-09-30 (20:00 IST) + 1 month - 1 day = 2025-10-29 (L8).")

acct("c.lefevre@atelier-lefevre.fr", "Claire Lefèvre", "quarterly", "2025-09-24T20:00:00", ["LO-INV-33111"], "en_p14")
case("l12-french-reimburse-unused", LOB, "decided", [M("Claire Lefèvre <c.lefevre@atelier-lefevre.fr>",
     "Demand of reimbursement",
     "Hello,\n\nI permit myself to write you because we have subscribed the quarterly offer the 24 september but finally we will use "
     "only the first month, because our commercial agent has quit the society. I would like to be reimbursed of the two months "
     "which we will not use (invoice LO-INV-33111). I remain at your disposal.\n\nCordially,\nClaire Lefèvre\nAtelier Lefèvre, Lyon",
     (2025, 9, 29, 16, 0), CEST)], [R("deny")], extra_ok=True,
    spec="Refund of unused months: not an L2 exception, no partial refunds: deny (L1), cancellation offered; 'we will use only the first month' may be read as a cancellation too (extra_ok).")

cust("thabo@kalaharisafaris.co.bw", "Thabo Molefe", "monthly", start="2025-09-20", end="2025-10-19")
lopay("en_p15", "LO-INV-33121", "thabo@kalaharisafaris.co.bw", "monthly", *Mo, "2025-09-20T20:00:00", "2025-09-20", "2025-10-19")
lopay("en_p16", "LO-INV-33122", "thabo@kalaharisafaris.co.bw", "monthly", *Mo, "2025-09-21T20:00:00", "2025-09-20", "2025-10-19")
lopay("en_p17", "LO-INV-33123", "thabo@kalaharisafaris.co.bw", "monthly", *Mo, "2025-09-28T20:00:00", "2025-09-20", "2025-10-19")
assert day_no("2025-09-21T20:00:00", (2025, 9, 29, 10, 0), CAT) == 8
assert day_no("2025-09-28T20:00:00", (2025, 9, 29, 10, 0), CAT) == 1
case("l13-botswana-three-charges-one-late", LOB, "decided", [M("Thabo Molefe <thabo@kalaharisafaris.co.bw>",
     "Charged three times same month",
     "Dumela,\n\nYour system has charged us three times for the same month of the monthly plan: 20 Sept (fine), then again on 21 Sept "
     "(LO-INV-33122) and again yesterday 28 Sept (LO-INV-33123). Please refund both extra charges.\n\nKe a leboga,\nThabo Molefe\n"
     "Kalahari Safaris, Maun",
     (2025, 9, 29, 10, 0), CAT)], [R("approve", "1499.00")],
    spec="Three identical charges for one period: duplicates 2025-09-21 (day 8, outside) and 2025-09-28 (day 1): only the one inside L3 is refunded, 1499.00 (section 8).")

cust("anna.shikongo@swakopfish.com.na", "Anna Shikongo", "monthly", status="trial", trial_ends="2025-10-06")
case("l14-namibia-trial", LOB, "decided", [M("Anna Shikongo <anna.shikongo@swakopfish.com.na>",
     "Refund of trial",
     "Good day,\n\nI signed up for the trial on the 22nd to test for our fish shop. Please refund whatever was taken, I do not want to "
     "carry on after.\n\nRegards\nAnna\nSwakop Fresh Fish, Swakopmund",
     (2025, 9, 29, 9, 0), CAT)], [R("deny")], extra_ok=True,
    spec="Free trial with no charge: nothing to refund, deny (L7); 'not carry on' may add a cancellation (extra_ok).")

acct("billing@quantaleap.io", "Quanta Leap Inc.", "annual", "2025-09-25T20:00:00",
     ["LO-INV-33131", "LO-INV-33132"], "en_p18", gap_s=30)
case("l15-palo-alto-founder-gmail-c2", LOB, "need_info", [M("Kevin Tran <kevtran.dev@gmail.com>",
     "dup annual charge - Quanta Leap",
     "Hey, founder of Quanta Leap here. Our registered email is billing@quantaleap.io but nobody monitors that alias, so writing from "
     "my personal. We were double charged for annual on Thursday (LO-INV-33132). Can you reverse the second one to the same card?\n\n"
     "Kevin\nQuanta Leap | Palo Alto",
     (2025, 9, 27, 10, 0), PDT)], rules=["C2"],
    spec="Personal gmail naming another registered email: ask for the request from billing@quantaleap.io; nothing disclosed (C2).")

acct("r.gauci@gozo-olive.com.mt", "Rita Gauci", "monthly", "2025-09-24T20:00:00", ["LO-INV-33141"], "en_p19")
case("l16-outlook-forward-pa-c2", LOB, "need_info", [M("Office Gozo Olive <office@gozo-olive.com.mt>",
     "FW: LeadsOptima",
     "Hi, please see below from Ms Gauci.\n\nRegards,\nMaria (office)\n\n________________________________\n"
     "From: Rita Gauci <r.gauci@gozo-olive.com.mt>\nSent: Monday, September 29, 2025 8:41 AM\nTo: Office Gozo Olive <office@gozo-olive.com.mt>\n"
     "Subject: LeadsOptima\n\nMaria, tell LeadsOptima to cancel my monthly plan, the harvest season is starting and I have no time for it. "
     "My login is r.gauci@gozo-olive.com.mt.\n",
     (2025, 9, 29, 9, 15), CEST)], rules=["C2"],
    spec="Outlook forward by the office: the carried request is the registered customer's, the sender is another address: C2 (section 8).")

acct("hana@kibbutzhoney.co.il", "Hana Levi", "quarterly", "2025-09-28T20:00:00",
     ["LO-INV-33151", "LO-INV-33152"], "en_p20", gap_s=30)
case("l17-apple-mail-forward-cofounder-c2", LOB, "need_info", [M("Yoav Peretz <yoav@kibbutzhoney.co.il>",
     "Fwd: double charge",
     "Handling this for Hana while she's at reserve duty. Please refund the duplicate.\n\nYoav\n\n"
     "Begin forwarded message:\n\nFrom: Hana Levi <hana@kibbutzhoney.co.il>\nSubject: double charge\n"
     "Date: 29 September 2025 at 08:02:11 GMT+3\nTo: Yoav Peretz <yoav@kibbutzhoney.co.il>\n\n"
     "Yoav, LeadsOptima took the quarterly twice yesterday, LO-INV-33152 is the extra. Can you deal with it? My account is "
     "hana@kibbutzhoney.co.il.\n",
     (2025, 9, 29, 9, 30), IDT)], rules=["C2"],
    spec="Apple Mail forward by a colleague on the same domain: not the registered address: C2.")

acct("dale.mckinnon@bozemanflyshop.com", "Dale McKinnon", "monthly", "2025-09-28T20:00:00",
     ["LO-INV-33161", "LO-INV-33162"], "en_p21", gap_s=30)
case("l18-montana-address-case-differs", LOB, "decided", [M("Dale McKinnon <Dale.McKinnon@BozemanFlyShop.com>",
     "charged twice",
     "Howdy,\n\nLooks like you folks charged me twice this morning for the monthly, LO-INV-33161 and LO-INV-33162. Please send the "
     "second one back.\n\nTight lines,\nDale\nBozeman Fly Shop, MT",
     (2025, 9, 28, 16, 0), MDT)], [R("approve", "1499.00")],
    spec="The From address differs only in letter case: addresses compare case-insensitively, so it is the registered email (section 8); day 1: refund LO-INV-33162 1499.00 (L4).")

proj("Sedona Crystal Retreats", "hello@sedonacrystal.com", "2025-09-01T10:00:00")
owpay("en_w90", "OWD-2025-590", "Sedona Crystal Retreats", "deposit", "20000.00", "3600.00", "2025-09-27T20:00:00")
case("l19-optima-client-wrong-inbox", LOB, "need_info", [M("Sedona Crystal Retreats <hello@sedonacrystal.com>",
     "refund of website deposit",
     "Hi! We paid a deposit for our retreat website (OWD-2025-590) on Saturday and have changed our minds, the retreat is moving to "
     "Taos. Could you refund it? Namaste,\nSkye\nSedona Crystal Retreats, AZ",
     (2025, 9, 29, 9, 0), -420)], rules=["C2"],
    spec="An Optima WebDesign client writes to the LeadsOptima inbox: C1 picks LeadsOptima, the sender is unknown there: C2 (section 8).")

acct("admin@boiseroofing.com", "Boise Roofing", "monthly", "2025-09-26T20:00:00", ["LO-INV-33171"], "en_p22")
case("l20-idaho-no-reason", LOB, "need_info", [M("Boise Roofing Admin <admin@boiseroofing.com>",
     "Refund LO-INV-33171",
     "Hello,\n\nPlease process a refund for invoice LO-INV-33171 on our monthly plan.\n\nThank you,\nCarla\nOffice Manager\n"
     "Boise Roofing & Gutters | Licensed, Bonded & Insured | RCE-12345",
     (2025, 9, 29, 8, 30), MDT)], missing=["reason"],
    spec="Only the restated request and a signature: no reason (section 8): ask for it (C3).")

acct("founders@pixelpeach.app", "Pixel Peach", "monthly", "2025-09-26T20:00:00", ["LO-INV-33181"], "en_p23")
case("l21-la-thread-reason-not-used", LOB, "decided", [
    M("Pixel Peach <founders@pixelpeach.app>", "refund request",
      "hi - requesting a refund for LO-INV-33181 (monthly). thx\n\nzoe\npixel peach / LA",
      (2025, 9, 28, 11, 0), PDT),
    M("Pixel Peach <founders@pixelpeach.app>", "Re: refund request [LO-3301]",
      "oh sure - honestly we pivoted to B2C last week so we never really ended up using it. that's the reason.\n\nzoe\n\n"
      "> Could you tell us the reason for the refund?",
      (2025, 9, 30, 9, 0), PDT)], [R("deny")],
    spec="Thread: the answer gives the reason (pivoted, not used): not an L2 exception: deny (L1), cancellation offered.")

cust("orders@padstowpasties.co.uk", "Padstow Pasties", "monthly", start="2025-09-25", end="2025-10-24")
lopay("en_p24", "LO-INV-33191", "orders@padstowpasties.co.uk", "monthly", *Mo, "2025-08-25T20:00:00", "2025-08-25", "2025-09-24")
lopay("en_p25", "LO-INV-33192", "orders@padstowpasties.co.uk", "monthly", "1999.00", "359.82", "2025-09-25T20:00:00",
      "2025-09-25", "2025-10-24")
case("l22-padstow-overcharge-no-invoice", LOB, "need_info", [M("Padstow Pasties <orders@padstowpasties.co.uk>",
     "Overcharged",
     "Hiya,\n\nYou've overcharged us on the monthly plan, that's not the price we signed up for. Please refund the "
     "difference.\n\nTa,\nKerensa\nPadstow Pasties",
     (2025, 9, 27, 12, 0), BST)], missing=["invoice_number"],
    spec="Billing error claimed; two charges on the account, no invoice quoted: ask for the invoice number (C3).")

acct("accounts@mdinagelato.com.mt", "Mdina Gelato", "quarterly", "2025-09-26T20:00:00", ["LO-INV-33201"], "en_p26")
case("l23-malta-thread-invoice", LOB, "decided", [
    M("Mdina Gelato <accounts@mdinagelato.com.mt>", "wrong amount on our card",
      "Hello,\n\nThe amount charged on our card for the quarterly plan is wrong, it is not the price we signed up for. Please "
      "refund the extra.\n\nSaħħa,\nLuke Borg",
      (2025, 9, 27, 10, 0), CEST),
    M("Mdina Gelato <accounts@mdinagelato.com.mt>", "Re: wrong amount on our card [LO-3302]",
      "The invoice is LO INV 33201.\n\nLuke",
      (2025, 9, 29, 10, 0), CEST)], [R("escalate")],
    spec="Wrong amount, inside the window (day 1 from the first email); invoice given in the answer: escalate (L5). The account has one charge, so the first mail already identified it: either way escalate.")

acct("eitan@haifaprint.co.il", "Eitan Mizrahi", "monthly", "2025-09-27T20:00:00",
     ["LO-INV-33211", "LO-INV-33212"], "en_p27", gap_s=30)
case("l24-israel-isracard-dispute", LOB, "decided", [M("Eitan Mizrahi <eitan@haifaprint.co.il>",
     "Double charge - will dispute",
     "Hi. You charged me twice on 27/9, LO-INV-33212 is the double. If this isn't refunded by Thursday I'll dispute the charge with "
     "Isracard. Not interested in long emails.\n\nEitan",
     (2025, 9, 28, 9, 0), IDT)], [R("escalate")], rules=["C4"],
    spec="Card dispute threat: escalate (C4), though the duplicate itself would be approved.")

acct("hank@missoularanchsupply.com", "Hank Olsen", "annual", "2025-09-24T20:00:00", ["LO-INV-33221"], "en_p28")
case("l25-montana-attorney-cancel", LOB, "decided", [M("Hank Olsen <hank@missoularanchsupply.com>",
     "Cancel and refund or else",
     "To whom it may concern,\n\nCancel my annual plan effective now and refund the full amount. Your sales guy promised 50 leads a "
     "week and we got 6. My attorney has already reviewed the sales call recording.\n\nHank Olsen\nMissoula Ranch Supply",
     (2025, 9, 29, 8, 0), MDT)], [R("escalate"), X("escalate")], rules=["C4"],
    spec="Mentions his attorney: C4 covers the whole case, refund and cancellation both escalate (section 8).")

acct("m.weber@weber-baeckerei.de", "Monika Weber", "quarterly", "2025-09-27T20:00:00",
     ["LO-INV-33231", "LO-INV-33232"], "en_p29", gap_s=45)
case("l26-german-no-chargeback", LOB, "decided", [M("Monika Weber <m.weber@weber-baeckerei.de>",
     "Double debit / Doppelte Abbuchung",
     "Dear Ladies and Gentlemen,\n\nOn 27.09.2025 the quarterly fee was debited two times from our account (LO-INV-33231 and "
     "LO-INV-33232). My bank advised me to make a chargeback, but I do not want this, I prefer to clear it with you directly. "
     "Please refund the second debit.\n\nWith friendly greetings\nMonika Weber\nBäckerei Weber, Freiburg im Breisgau",
     (2025, 9, 29, 14, 0), CEST)], [R("approve", "3999.00")],
    spec="She rules the chargeback out (section 8 negation): no C4; duplicate inside the window (day 2): refund LO-INV-33232 3999.00 (L4).")

acct("lior@jerusalemtours.co.il", "Lior Cohen", "monthly", "2025-09-18T20:00:00", ["LO-INV-33241"], "en_p30")
case("l27-israel-no-refund-cancel", LOB, "decided", [M("Lior Cohen <lior@jerusalemtours.co.il>",
     "Cancel please (no refund needed)",
     "Hi,\n\nI don't want a refund, I know how it works. Just cancel the monthly so it stops renewing. Tourism is dead right now.\n\n"
     "Thanks,\nLior",
     (2025, 9, 29, 12, 0), IDT)], [X("cancel", "2025-10-17")],
    spec="'I don't want a refund' adds no refund (section 8); cancel, active until current_period_end 2025-10-17 (L8).")

case("l28-jakarta-hypothetical", LOB, "other", [M("Budi Hartono <budi.hartono@gmail.com>",
     "Question before subscribe",
     "Dear LeadsOptima,\n\nI am interest to subscribe annual package. If after 1 month I am not satisfied, can I get refund for the "
     "remaining 11 month? Or better I take monthly first? Please advice before I make payment.\n\nThank you\nBudi",
     (2025, 9, 29, 14, 0), WIB)],
    spec="A hypothetical before buying (section 8): other.")

acct("sue@exmoorriding.co.uk", "Sue Hext", "monthly", "2025-09-10T20:00:00", ["LO-INV-33251"], "en_p31")
case("l29-exmoor-thanks", LOB, "other", [M("Sue Hext <sue@exmoorriding.co.uk>",
     "Re: Your refund [LO-3190]",
     "Lovely, that's come through now. Thank you ever so much for sorting it so quickly, we'll carry on with the plan.\n\nSue",
     (2025, 9, 29, 18, 0), BST, hdr={"In-Reply-To": "<LO-3190.2@leadsoptima.com>",
                                     "References": "<LO-3190.1@leadsoptima.com> <LO-3190.2@leadsoptima.com>"})],
    spec="Thanks after a refund; nothing asked: other.")

case("l30-german-ooo", LOB, "ignore", [M("Stefan Braun <s.braun@braun-logistik.de>",
     "Automatische Antwort: Re: Your cancellation [LO-3250]",
     "Thank you for your message. I am out of the office until 06.10.2025 with no access to e-mails. In urgent cases regarding "
     "refunds or cancellations please contact buchhaltung@braun-logistik.de.\n\nVielen Dank für Ihre Nachricht. Ich bin bis 06.10.2025 "
     "nicht im Büro.",
     (2025, 9, 29, 9, 0), CEST, hdr={"Auto-Submitted": "auto-replied", "In-Reply-To": "<LO-3250.2@leadsoptima.com>",
                                     "References": "<LO-3250.1@leadsoptima.com> <LO-3250.2@leadsoptima.com>"})], rules=["C7"],
    spec="Auto-Submitted: auto-replied: ignore (C7).")

case("l31-postmaster-bounce", LOB, "ignore", [M("postmaster@outlook.example.com",
     "Undeliverable: Re: Refund decision [LO-3260]",
     "Delivery has failed to these recipients or groups:\n\nnoa.old@telavivyoga.co.il\nThe email address you entered couldn't be "
     "found.\n\nDiagnostic information for administrators:\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound'",
     (2025, 9, 29, 9, 0), 0)], rules=["C7"],
    spec="postmaster sender, a delivery failure: ignore (C7).")

case("l32-list-newsletter", LOB, "ignore", [M("Bay Area SaaS Founders <list@bayareasaas.example.org>",
     "[BASF] Chargebacks, refunds and your SaaS billing - weekly digest",
     "This week: how to handle chargeback threats, why refund policies matter, and a thread about lead-gen tools.\n\n"
     "You are receiving this because you subscribed to the Bay Area SaaS Founders list.",
     (2025, 9, 29, 6, 0), PDT, hdr={"List-Id": "Bay Area SaaS Founders <basf.bayareasaas.example.org>",
                                    "Precedence": "list"})], rules=["C7"],
    spec="List-Id mailing list: ignore (C7), though it speaks of refunds and chargebacks.")

case("l33-own-billing-address", LOB, "ignore", [M("LeadsOptima Billing <billing@leadsoptima.com>",
     "Payment receipt LO-INV-33999",
     "Thank you for your payment of INR 1,768.82 (incl. GST). Your monthly plan renews on 2025-10-28.",
     (2025, 9, 28, 20, 5), IN)], rules=["C7"],
    spec="From the brand's own billing address: ignore (C7).")

acct("nat@chiangmaicoffee.co.th", "Nattaya Srisuk", "monthly", "2025-09-27T20:00:00", ["LO-INV-33261"], "en_p32")
case("l34-chiang-mai-dup-one-charge", LOB, "decided", [M("Nattaya Srisuk <nat@chiangmaicoffee.co.th>",
     "Double payment",
     "Hello ka,\n\nMy bank app show 2 payment to LeadsOptima on 27 Sep, 1,499 each. I receive only 1 invoice LO-INV-33261. "
     "Please refund the double one ka.\n\nNattaya\nChiang Mai Coffee Roasters",
     (2025, 9, 28, 11, 0), ICT)], [R("escalate")],
    spec="Claims a duplicate but the ledger has one charge: no pair, escalate (L4).")

acct("yusuf@surabayafurniture.co.id", "Yusuf Wijaya", "quarterly", "2025-09-26T20:00:00",
     ["LO-INV-33271", "LO-INV-33272"], "en_p33", gap_s=20, pstat={1: "failed"})
case("l35-surabaya-failed-second", LOB, "decided", [M("Yusuf Wijaya <yusuf@surabayafurniture.co.id>",
     "Refund for double transaction LO-INV-33272",
     "Dear Sir,\n\nThere is double transaction for quarterly package on 26/09/2025, number LO-INV-33271 and LO-INV-33272. Kindly "
     "refund LO-INV-33272.\n\nBest Regards,\nYusuf Wijaya\nSurabaya",
     (2025, 9, 28, 10, 0), WIB)], [R("escalate")],
    spec="The quoted second charge is 'failed' in the ledger (not paid): a refund of it is escalate (section 8).")

acct("info@windhoekauto.com.na", "Windhoek Auto Spares", "quarterly", "2025-09-27T20:00:00",
     ["LO-INV-33281", "LO-INV-33282", "LO-INV-33283"], "en_p34", gap_s=40)
case("l36-windhoek-three-charges", LOB, "decided", [M("Windhoek Auto Spares <info@windhoekauto.com.na>",
     "3x quarterly charge",
     "Morning,\n\nThe quarterly fee went off three times on Saturday: LO-INV-33281, -33282 and -33283. We only want one. Refund the "
     "other two please.\n\nRegards,\nPieter van Wyk\nWindhoek Auto Spares",
     (2025, 9, 29, 8, 30), CAT)], [R("approve", "7998.00")],
    spec="Three identical paid quarterly charges 2025-09-27, request day 2: both later charges refunded, 3999.00 x 2 = 7998.00 (section 8).")

cust("office@nicosia-dental.com.cy", "Nicosia Dental", "quarterly")
lopay("en_p35", "LO-INV-33291", "office@nicosia-dental.com.cy", "quarterly", *Q, "2025-08-30T20:00:00")
case("l37-cyprus-html-cancel-fallback", LOB, "decided", [M("Nicosia Dental <office@nicosia-dental.com.cy>",
     "Subscription",
     "", (2025, 9, 29, 12, 0), EEST,
     html="<html><head><meta name=Generator content='Microsoft Word 15'></head><body lang=EN-GB><div class=WordSection1>"
          "<p class=MsoNormal>Dear Sir/Madam,<o:p></o:p></p><p class=MsoNormal>Kindly cancel our quarterly subscription as the "
          "clinic has been sold.<o:p></o:p></p><p class=MsoNormal>Best regards,<br>Eleni Christodoulou<br>Practice Manager</p>"
          "</div></body></html>")], [X("cancel", "2025-11-29")],
    spec="Outlook HTML-only; no current_period_end: charge 2025-08-30 + 3 months - 1 day = 2025-11-29 (L8).")

acct("vail.espresso@gmail.com", "Vail Espresso", "monthly", "2025-09-12T20:00:00", ["LO-INV-33301"], "en_p36")
case("l38-terse-cancel", LOB, "decided", [M("vail.espresso@gmail.com", "cancel",
     "cancel my plan. thx\n\nSent from my iPhone",
     (2025, 9, 29, 6, 50), MDT)], [X("cancel", "2025-10-11")],
    spec="Terse cancellation (no reason needed): cancel, active until current_period_end 2025-10-11 (L8).")

acct("finance@loopwise.dev", "Loopwise", "annual", "2025-07-15T20:00:00", ["LO-INV-33311"], "en_p37")
case("l39-sf-rambling-cancel-refund", LOB, "decided", [M("Jordan Blake <finance@loopwise.dev>",
     "a few things re: our account",
     "Hi team,\n\nHope you're well! A few things, in no particular order:\n\n1) Loved the webinar last week, great stuff.\n"
     "2) We're consolidating our GTM stack after the Series A, so we're going to cancel LeadsOptima. Please cancel the annual plan.\n"
     "3) Since we're only ~2.5 months into the year, can you refund the unused ~9.5 months pro-rata? Invoice LO-INV-33311.\n"
     "4) Can you also export our lead lists as CSV before we go?\n\nAppreciate it!\nJordan\nFinance & Ops, Loopwise (Mountain View)",
     (2025, 9, 29, 15, 0), PDT)], [R("deny"), X("cancel", "2026-07-14")],
    spec="Pro-rata refund of unused months: deny (L1, no partial refunds); cancel, active until current_period_end 2026-07-14 (L8); the CSV export is for staff.")

acct("jenna@fowey-kayaks.co.uk", "Jenna Rowe", "monthly", "2025-09-19T20:00:00",
     ["LO-INV-33321", "LO-INV-33322"], "en_p38", gap_s=30)
assert day_no("2025-09-19T20:00:00", (2025, 9, 28, 10, 0), BST) == 9
case("l40-fowey-dup-day9", LOB, "decided", [M("Jenna Rowe <jenna@fowey-kayaks.co.uk>",
     "double payment",
     "Hi, been away paddling, just spotted you took the monthly twice on the 19th (LO-INV-33321 / LO-INV-33322). Refund the second "
     "one please.\n\nJenna\nFowey Kayaks",
     (2025, 9, 28, 10, 0), BST)], [R("deny")],
    spec="Duplicate 2025-09-19, request 2025-09-28 = day 9: outside the window, deny (L3).")

acct("tom@totnescider.co.uk", "Tom Widdicombe", "monthly", "2025-09-22T20:00:00", ["LO-INV-33331"], "en_p39")
assert day_no("2025-09-22T20:00:00", (2025, 9, 29, 19, 0), BST) == 7
case("l41-totnes-annual-instead-day7", LOB, "decided", [M("Tom Widdicombe <tom@totnescider.co.uk>",
     "charged for the wrong plan",
     "Evening all,\n\nYou charged me for the annual instead of the monthly a week ago today (22nd) - LO-INV-33331. I never ticked annual. "
     "Please sort it out and give me back the difference.\n\nTom\nTotnes Cider Co., Devon",
     (2025, 9, 29, 19, 0), BST)], [R("escalate")],
    spec="Wrong plan billed; mail 2025-09-29 19:00 BST = 23:30 IST, day 7, inside: escalate (L5).")

acct("pim@phuketdive.co.th", "Pim Charoen", "annual", "2025-05-20T20:00:00", ["LO-INV-33341"], "en_p40")
case("l42-phuket-cancel-no-more-charge", LOB, "decided", [M("Pim Charoen <pim@phuketdive.co.th>",
     "Stop the subscription",
     "Hello LeadsOptima,\n\nPlease stop our annual subscription, do not charge more next year. Our dive shop will close because the "
     "owner retire. Thank you for your service kha.\n\nPim\nPhuket Dive Center",
     (2025, 9, 29, 13, 0), ICT)], [X("cancel", "2026-05-19")],
    spec="Cancel, active until current_period_end 2026-05-19 (L8).")

cust("hello@salcombecrab.co.uk", "Salcombe Crab Shack", None)
case("l43-devon-plan-unknown", LOB, "need_info", [M("Salcombe Crab Shack <hello@salcombecrab.co.uk>",
     "closing our account",
     "Hi there,\n\nWe bought the Crab Shack in the summer and inherited a LeadsOptima login from the previous owners. No idea which "
     "plan they were on, monthly or yearly or what. We don't want it - we get all our trade from walk-ins - so please close it down.\n\n"
     "Cheers,\nDan\nSalcombe Crab Shack, Devon",
     (2025, 9, 29, 12, 0), BST)], missing=["plan"],
    spec="Cancellation from the registered email; the ledger record has no plan and no charges and the customer does not know it: ask for the plan (C3).")

# =============================== Optima WebDesign ===============================
proj("Boulder Climbing Co-op", "team@bouldercoop.org", None)
owpay("en_w01", "OWD-2025-501", "Boulder Climbing Co-op", "deposit", "40000.00", "7200.00", "2025-09-28T20:00:00")
assert hours("2025-09-28T20:00:00", (2025, 9, 29, 14, 30), MDT) == 30
case("o01-boulder-deposit-32h", OWB, "decided", [M("Boulder Climbing Co-op <team@bouldercoop.org>",
     "Refund Request — Boulder Climbing Co-op / OWD-2025-501",
     "Hi Optima folks,\n\nOur board voted last night not to go ahead with the new site this year (budget got cut after the gym "
     "lease went up). We paid the deposit yesterday morning, OWD-2025-501, and nothing has started. Could we get it back?\n\n"
     "Cheers,\nRiley\nBoulder Climbing Co-op",
     (2025, 9, 29, 14, 30), MDT)], [R("approve", "40000.00")], extra_ok=True,
    spec="Deposit 2025-09-28 20:00 IST (08:30 MDT), mail 2025-09-29 14:30 MDT = 2025-09-30 02:00 IST = 30 h, no work: approve 40000.00 (O2); the mail drops the project, so a cancellation may be added (extra_ok).")

proj("Santa Cruz Surf Rentals", "owner@sc-surfrentals.com", None)
owpay("en_w02", "OWD-2025-502", "Santa Cruz Surf Rentals", "deposit", "25000.00", "4500.00", "2025-09-25T20:00:00")
assert hours("2025-09-25T20:00:00", (2025, 9, 28, 21, 0), PDT) > 72
case("o02-santa-cruz-deposit-late", OWB, "decided", [M("Santa Cruz Surf Rentals <owner@sc-surfrentals.com>",
     "deposit refund OWD-2025-502",
     "Hey, paid the deposit Thursday morning for Santa Cruz Surf Rentals, still within 3 days as I count it. We're selling the shop, "
     "so no website. Refund pls.\n\nMatt",
     (2025, 9, 28, 21, 0), PDT)], [R("deny")], extra_ok=True,
    spec="Deposit 2025-09-25 20:00 IST (Thursday 07:30 PDT); mail 2025-09-28 21:00 PDT = 2025-09-29 09:30 IST = 85.5 h: after 72 h, deny (O2); 'selling the shop, so no website' drops the project (extra_ok for a cancellation).")

proj("St Ives Gallery Shop", "hello@stivesgallery.co.uk", None)
owpay("en_w03", "OWD-2025-503", "St Ives Gallery Shop", "discovery", "14000.00", "2520.00", "2025-09-23T20:00:00")
case("o03-st-ives-discovery-not-started", OWB, "decided", [M("St Ives Gallery Shop <hello@stivesgallery.co.uk>",
     "Discovery session - refund please",
     "Hello,\n\nWe booked a discovery session for the St Ives Gallery Shop site (OWD-2025-503) but it hasn't taken place yet and the "
     "gallery has been offered a shared online shop by the Arts Council, so we don't need our own. Could we have the fee back?\n\n"
     "Kind regards,\nMorwenna\nSt Ives",
     (2025, 9, 29, 11, 0), BST)], [R("approve", "14000.00")], extra_ok=True,
    spec="Discovery fee, no session yet: full refund 14000.00 before tax (O1).")

proj("Exeter Physio Clinic", "admin@exeterphysio.co.uk", "2025-09-24T15:00:00")
owpay("en_w04", "OWD-2025-504", "Exeter Physio Clinic", "discovery", "14000.00", "2520.00", "2025-09-22T20:00:00")
case("o04-exeter-discovery-held", OWB, "decided", [M("Exeter Physio Clinic <admin@exeterphysio.co.uk>",
     "Refund - discovery workshop",
     "Hi,\n\nWe had the discovery workshop on Wednesday for Exeter Physio Clinic but the partners have decided not to proceed. Please "
     "refund invoice OWD-2025-504.\n\nThanks,\nGemma",
     (2025, 9, 29, 10, 0), BST)], [R("deny")], extra_ok=True,
    spec="The discovery workshop took place 2025-09-24, before the request: deny (O1); 'decided not to proceed' drops the project (extra_ok for a cancellation).")

proj("Mellieha Dive Resort", "reservations@mellieha-dive.com.mt", "2025-08-01T10:00:00")
owpay("en_w05", "OWD-2025-505", "Mellieha Dive Resort", "milestone", "45000.00", "8100.00", "2025-09-10T20:00:00",
      milestone_status="not_started")
case("o05-malta-milestone-not-started", OWB, "decided", [M("Mellieha Dive Resort <reservations@mellieha-dive.com.mt>",
     "Milestone 3 - Mellieha Dive Resort",
     "Good afternoon,\n\nWe would like to remove milestone 3 (booking integration, OWD-2025-505) from the scope, as our booking "
     "provider now offers its own widget. Your team confirmed it was not started yet. Please refund that milestone.\n\n"
     "Best regards,\nMarija Vella",
     (2025, 9, 29, 14, 0), CEST)], [R("approve", "45000.00")],
    spec="Milestone not_started: refund its amount before tax, 45000.00 (O3).")

proj("Paphos Villas", "info@paphosvillas.com.cy", "2025-08-01T10:00:00")
owpay("en_w06", "OWD-2025-506", "Paphos Villas", "milestone", "30000.00", "5400.00", "2025-09-05T20:00:00",
      milestone_status="in_progress")
case("o06-paphos-milestone-in-progress", OWB, "decided", [M("Paphos Villas <info@paphosvillas.com.cy>",
     "Refund of milestone not done",
     "Dear team,\n\nThe multilingual milestone for Paphos Villas (OWD-2025-506) is half done and we decided Greek and Russian is not "
     "needed anymore. Please refund the part of the work not done.\n\nRegards,\nChristos",
     (2025, 9, 29, 14, 0), EEST)], [R("escalate")],
    spec="Milestone in_progress: escalate (O3).")

proj("Negev Solar Website", "office@negevsolar.co.il", "2025-07-01T10:00:00")
owpay("en_w07", "OWD-2025-507", "Negev Solar Website", "milestone", "28000.00", "5040.00", "2025-08-28T20:00:00",
      milestone_status="completed")
case("o07-negev-milestone-completed", OWB, "decided", [M("Negev Solar <office@negevsolar.co.il>",
     "refund milestone 2",
     "Hi, milestone 2 of Negev Solar Website (OWD-2025-507) was delivered but our CEO doesn't like the design direction now. "
     "Refund it please.\n\nDana",
     (2025, 9, 29, 14, 0), IDT)], [R("deny")],
    spec="Completed milestone: non-refundable (O3, O6): deny.")

proj("Gaborone Law Chambers", "admin@gaboronechambers.co.bw", "2025-02-01T10:00:00")
owpay("en_w08", "OWD-2025-508", "Gaborone Law Chambers", "retainer", "15000.00", "2700.00", "2025-09-16T20:00:00",
      period_start="2025-09-16", period_end="2025-10-15", next_billing_at="2025-10-16")
case("o08-gaborone-retainer-ok", OWB, "decided", [M("Gaborone Law Chambers <admin@gaboronechambers.co.bw>",
     "Termination of maintenance retainer - OWD-2025-508",
     "Dear Sir/Madam,\n\nKindly note that Gaborone Law Chambers wishes to terminate the website maintenance retainer (OWD-2025-508), "
     "as the firm has merged with another practice which has its own IT department.\n\nYours faithfully,\nK. Seretse\nPractice Administrator",
     (2025, 9, 29, 9, 0), CAT)], [X("cancel", "2025-10-15")],
    spec="A law firm cancelling (no threat made). next_billing_at 2025-10-16, request 2025-09-29 >= 7 days before: cancel effective 2025-10-15 (O4).")

proj("Swakopmund Adventure Tours", "bookings@swakopadventure.com.na", "2025-03-01T10:00:00")
owpay("en_w09", "OWD-2025-509", "Swakopmund Adventure Tours", "retainer", "11000.00", "1980.00", "2025-09-04T20:00:00",
      period_start="2025-09-04", period_end="2025-10-03", next_billing_at="2025-10-04")
case("o09-swakop-retainer-short", OWB, "decided", [M("Swakopmund Adventure Tours <bookings@swakopadventure.com.na>",
     "cancel retainer",
     "Hi,\n\nPlease cancel the Swakopmund Adventure Tours retainer, invoice OWD-2025-509. We've hired a local developer.\n\nCheers\nJan",
     (2025, 9, 29, 16, 0), CAT)], [X("cancel", "2025-11-03")],
    spec="next_billing_at 2025-10-04, request 2025-09-29: less than 7 days' notice, the next cycle is billed: effective 2025-11-03 (O4).")

proj("Heidelberg Bike Tours", "info@heidelberg-biketours.de", "2025-01-01T10:00:00")
owpay("en_w10", "OWD-2025-510", "Heidelberg Bike Tours", "retainer", "13000.00", "2340.00", "2025-09-20T20:00:00",
      period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20")
owpay("en_w11", "OWD-2025-511", "Heidelberg Bike Tours", "retainer", "13000.00", "2340.00", "2025-09-26T20:00:00",
      period_start="2025-10-20", period_end="2025-11-19", next_billing_at="2025-11-20")
case("o10-heidelberg-prepaid", OWB, "decided", [M("Heidelberg Bike Tours <info@heidelberg-biketours.de>",
     "Cancellation of retainer",
     "Dear Sir or Madam,\n\nWe hereby cancel the support retainer for Heidelberg Bike Tours. We are closing the season and will do the "
     "website ourselves in winter. Please note we have already paid the next period in advance (OWD-2025-511).\n\nWith kind regards\n"
     "Florian Schmitt",
     (2025, 9, 29, 10, 0), CEST)], [X("escalate")],
    spec="Next cycle already paid and notice over 7 days before 2025-10-20: escalate (section 8, O4).")

proj("Bali Yoga Villas", "hello@baliyogavillas.co.id", "2025-09-18T10:00:00")
owpay("en_w12", "OWD-2025-512", "Bali Yoga Villas", "hosting_annual", "15500.00", "2790.00", "2025-09-18T20:00:00",
      setup_fee="1750.00", service_start="2025-09-18")
case("o11-bali-hosting-within-14", OWB, "decided", [M("Bali Yoga Villas <hello@baliyogavillas.co.id>",
     "Hosting refund request OWD-2025-512",
     "Dear Optima,\n\nWe would like to cancel the annual hosting for Bali Yoga Villas which start on 18 September, because our "
     "franchise require us to use their hosting. Please refund according to your policy.\n\nSuksma,\nKadek",
     (2025, 9, 30, 10, 0), 480)], [R("approve", "12604.17")], extra_ok=True,
    spec="Hosting 15500 incl. setup 1750, start 2025-09-18, request 2025-09-30 (day 12): 15500 - 1750 - 13750/12 x 1 = 12604.1666... -> 12604.17 (O5, C6).")

proj("Krabi Longtail Tours", "info@krabilongtail.co.th", "2025-09-25T10:00:00")
owpay("en_w13", "OWD-2025-513", "Krabi Longtail Tours", "maintenance_annual", "24000.00", "4320.00", "2025-09-25T20:00:00",
      setup_fee="0.00", service_start="2025-10-15")
case("o12-krabi-maintenance-before-start", OWB, "decided", [M("Krabi Longtail Tours <info@krabilongtail.co.th>",
     "Cancel maintenance plan before start",
     "Hello,\n\nWe paid the yearly maintenance (OWD-2025-513) but it only start on 15 October. Our nephew study IT now and he will "
     "maintain website. Please cancel and refund.\n\nThank you kha\nSomchai",
     (2025, 9, 29, 15, 0), ICT)], [R("approve", "22000.00")], extra_ok=True,
    spec="Before service_start: consumed_months is 1 (section 8): 24000 - 0 - 2000 x 1 = 22000.00 (O5).")

proj("Bordeaux Wine Cellar", "contact@cave-bordeaux.fr", "2025-09-05T10:00:00")
owpay("en_w14", "OWD-2025-514", "Bordeaux Wine Cellar", "hosting_annual", "12000.00", "2160.00", "2025-09-05T20:00:00",
      setup_fee="1200.00", service_start="2025-09-08")
case("o13-bordeaux-hosting-late", OWB, "decided", [M("Bordeaux Wine Cellar <contact@cave-bordeaux.fr>",
     "Resiliation of hosting",
     "Hello,\n\nI wish to resiliate the annual hosting of Bordeaux Wine Cellar (OWD-2025-514) and to be reimbursed of the prorata, "
     "because my cousin has proposed a cheaper solution.\n\nCordially,\nPierre Duval",
     (2025, 9, 29, 11, 0), CEST)], [R("deny")], extra_ok=True,
    spec="service_start 2025-09-08, request 2025-09-29 (day 21): after 14 days, deny (O5).")

proj("Tahoe Cabin Rentals", "stay@tahoecabins.com", "2025-09-01T10:00:00")
owpay("en_w15", "OWD-2025-515", "Tahoe Cabin Rentals", "third_party", "6500.00", "1170.00", "2025-09-26T20:00:00")
case("o14-tahoe-plugin-licence", OWB, "decided", [M("Tahoe Cabin Rentals <stay@tahoecabins.com>",
     "refund booking plugin",
     "Hey, you bought a premium booking plugin licence for Tahoe Cabin Rentals (OWD-2025-515) but we're going with Airbnb only. "
     "Refund please.\n\nLogan",
     (2025, 9, 28, 10, 0), PDT)], [R("deny")],
    spec="Premium plugin licence: third-party fee, non-refundable (O6): deny.")

proj("Larnaca Bakery", "orders@larnacabakery.com.cy", "2025-08-01T10:00:00")
owpay("en_w16", "OWD-2025-516", "Larnaca Bakery", "change_request", "9000.00", "1620.00", "2025-09-20T20:00:00")
case("o15-larnaca-change-request", OWB, "decided", [M("Larnaca Bakery <orders@larnacabakery.com.cy>",
     "Refund change request",
     "Dear Sirs,\n\nWe paid the change request for the online ordering page of Larnaca Bakery (OWD-2025-516). We don't use it. "
     "Please refund.\n\nNicos",
     (2025, 9, 29, 11, 0), EEST)], [R("deny")],
    spec="Change request outside the original scope: non-refundable (O6): deny.")

proj("Haifa Dental Lab", "lab@haifadentallab.co.il", "2025-09-20T10:00:00")
owpay("en_w17", "OWD-2025-517", "Haifa Dental Lab", "setup", "5000.00", "900.00", "2025-09-20T20:00:00")
case("o16-haifa-setup-fee", OWB, "decided", [M("Haifa Dental Lab <lab@haifadentallab.co.il>",
     "setup fee",
     "Hi. The setup fee for Haifa Dental Lab (OWD-2025-517) - we want it back, the setup took you 10 minutes. Thanks, Avi",
     (2025, 9, 29, 11, 0), IDT)], [R("deny")],
    spec="Setup/activation fee: non-refundable (O6): deny.")

proj("Moab Jeep Tours", "office@moabjeeptours.com", "2025-09-01T10:00:00")
owpay("en_w18", "OWD-2025-518", "Moab Jeep Tours", "deposit", "20000.00", "3600.00", "2025-09-29T20:00:00")
case("o17-moab-personal-email-c2", OWB, "need_info", [M("Travis Lund <travis.lund.moab@gmail.com>",
     "Moab Jeep Tours deposit",
     "Hey, it's Travis, owner of Moab Jeep Tours. Writing from my personal since the office email is on my wife's laptop. Need the "
     "deposit OWD-2025-518 back, we're not doing the site this year after all.\n\nTravis",
     (2025, 9, 29, 18, 0), MDT)], rules=["C2"],
    spec="Not the contract email office@moabjeeptours.com: C2.")

proj("Rhodes Sailing School", "school@rhodessailing.gr", "2025-06-01T10:00:00")
owpay("en_w19", "OWD-2025-519", "Rhodes Sailing School", "retainer", "10000.00", "1800.00", "2025-09-18T20:00:00",
      period_start="2025-09-18", period_end="2025-10-17", next_billing_at="2025-10-18")
case("o18-reply-to-contract-c2", OWB, "need_info", [M("Giorgos Pappas <g.pappas@mailbox.example.gr>",
     "Cancel retainer Rhodes Sailing School",
     "Hello,\n\nPlease cancel the retainer for Rhodes Sailing School (OWD-2025-519), the school closes for the winter and we will not "
     "reopen. Reply to the school address please.\n\nGiorgos",
     (2025, 9, 29, 11, 0), EEST, hdr={"Reply-To": "school@rhodessailing.gr"})], rules=["C2"],
    spec="Reply-To names the contract email but never verifies (section 8): the sender is not it: C2.")

proj("Munich Craft Brewery", "kontakt@muenchen-craft.de", "2025-09-01T10:00:00")
owpay("en_w20", "OWD-2025-520", "Munich Craft Brewery", "milestone", "26000.00", "4680.00", "2025-09-15T20:00:00",
      milestone_status="not_started")
case("o19-gmail-forward-c2", OWB, "need_info", [M("Lukas Bauer <lukas.bauer@gmx.de>",
     "Fwd: Milestone refund",
     "FYI - my boss asked me to send this to you.\n\n---------- Forwarded message ---------\nFrom: Munich Craft Brewery "
     "<kontakt@muenchen-craft.de>\nDate: Mon, 29 Sept 2025 at 09:12\nSubject: Milestone refund\nTo: Lukas Bauer <lukas.bauer@gmx.de>\n\n"
     "Lukas, please ask Optima to refund the shop milestone OWD-2025-520 of Munich Craft Brewery, we don't need an online shop "
     "anymore because we sell only in the taproom.\n",
     (2025, 9, 29, 10, 0), CEST)], rules=["C2"],
    spec="Gmail forward: the carried request comes from the contract email, but the sender is an employee's gmx address: C2.")

proj("Cotswold Lavender Farm", "farm@cotswoldlavender.co.uk", "2025-03-01T10:00:00")
owpay("en_w21", "OWD-2025-521", "Cotswold Lavender Farm", "retainer", "8500.00", "1530.00", "2025-09-22T20:00:00",
      period_start="2025-09-22", period_end="2025-10-21", next_billing_at="2025-10-22")
case("o20-terse-cancel-no-reason", OWB, "need_info", [M("Cotswold Lavender Farm <farm@cotswoldlavender.co.uk>",
     "cancel OWD-2025-521",
     "pls cancel retainer for Cotswold Lavender Farm OWD-2025-521\n\nsent from my phone",
     (2025, 9, 29, 8, 0), BST)], missing=["reason"],
    spec="Optima requires a reason for cancellations (section 8): project and invoice given, ask for the reason (C3).")

proj("Silicon Slopes Dental", "frontdesk@siliconslopesdental.com", None)
owpay("en_w22", "OWD-2025-522", "Silicon Slopes Dental", "deposit", "22000.00", "3960.00", "2025-09-28T20:00:00")
owpay("en_w23", "OWD-2025-523", "Silicon Slopes Dental", "third_party", "4000.00", "720.00", "2025-09-28T20:05:00")
case("o21-utah-deposit-no-invoice", OWB, "need_info", [M("Silicon Slopes Dental <frontdesk@siliconslopesdental.com>",
     "refund for Silicon Slopes Dental",
     "Hi there,\n\nDr. Nielsen decided to go with the DSO's corporate website instead, so we need to back out of the Silicon Slopes "
     "Dental project. Can you refund what we paid this weekend?\n\nThanks!\nAshley, front desk\nLehi, UT",
     (2025, 9, 29, 8, 0), MDT)], missing=["invoice_number"],
    spec="Project named, reason given, but two payments on it (deposit and a domain) and no invoice: ask for the invoice (C3).")
case("o22-utah-thread-invoice", OWB, "decided", [
    M("Silicon Slopes Dental <frontdesk@siliconslopesdental.com>", "refund - Silicon Slopes Dental",
      "Hi again,\n\nWe're not going ahead with the Silicon Slopes Dental website - the DSO is giving us theirs. Please refund our "
      "payment.\n\nAshley",
      (2025, 9, 29, 9, 0), MDT),
    M("Silicon Slopes Dental <frontdesk@siliconslopesdental.com>", "Re: refund - Silicon Slopes Dental [OWD-3301]",
      "Sure, it's the deposit, OWD-2025-522.\n\nAshley",
      (2025, 9, 29, 20, 0), MDT)], [R("approve", "22000.00")], extra_ok=True,
    spec="Thread: the deposit invoice comes in the answer; request time is the first mail 2025-09-29 09:00 MDT = 20:30 IST = 24.5 h after payment, no work: approve 22000.00 (O2); the mail drops the project (extra_ok for a cancellation).")

proj("Park City Ski Lodge", "gm@parkcitylodge.com", "2025-09-01T10:00:00")
owpay("en_w24", "OWD-2025-524", "Park City Ski Lodge", "milestone", "32000.00", "5760.00", "2025-09-12T20:00:00",
      milestone_status="not_started")
case("o23-park-city-chargeback", OWB, "decided", [M("Park City Ski Lodge <gm@parkcitylodge.com>",
     "Milestone refund - chargeback next",
     "We want the un-started milestone OWD-2025-524 for Park City Ski Lodge refunded this week. The season opens in November and "
     "we've moved on. If it's not back by Friday I'm filing a chargeback with Amex.\n\nBrett\nGM, Park City Ski Lodge",
     (2025, 9, 29, 9, 0), MDT)], [R("escalate")], rules=["C4"],
    spec="Chargeback threat: escalate (C4), though the milestone is not started.")

proj("Eilat Dive Center", "info@eilatdive.co.il", "2025-09-01T10:00:00")
owpay("en_w25", "OWD-2025-525", "Eilat Dive Center", "milestone", "18000.00", "3240.00", "2025-09-14T20:00:00",
      milestone_status="not_started")
case("o24-eilat-no-dispute", OWB, "decided", [M("Eilat Dive Center <info@eilatdive.co.il>",
     "Refund Request — Eilat Dive Center / OWD-2025-525",
     "Hi,\n\nWe'd like to drop the blog milestone (OWD-2025-525) for Eilat Dive Center, nobody here has time to write posts. I'm not "
     "going to dispute anything with the card company, just asking for the refund of that milestone since it hasn't started.\n\n"
     "Thanks,\nRoni",
     (2025, 9, 29, 12, 0), IDT)], [R("approve", "18000.00")],
    spec="The dispute is ruled out (section 8 negation): no C4; milestone not_started: refund 18000.00 (O3).")

case("o25-autoreply-owd", OWB, "ignore", [M("Jakarta Kopi Co <sales@jakartakopi.co.id>",
     "Auto Reply: Your proposal",
     "Thank you for your email. Our office is closed today for the annual company outing. We will reply on next working day.",
     (2025, 9, 29, 9, 0), WIB, hdr={"Auto-Submitted": "auto-replied", "In-Reply-To": "<OWD-3297.1@optimawebdesign.com>",
                                    "References": "<OWD-3297.1@optimawebdesign.com>"})], rules=["C7"],
    spec="Auto-Submitted: auto-replied: ignore (C7).")

case("o26-walvis-hypothetical", OWB, "other", [M("Elna Botha <elna.botha@walvisguesthouse.com.na>",
     "Question about your refund policy",
     "Good day,\n\nBefore we sign your proposal for our guesthouse website: if we pay the deposit and then cancel a week later, "
     "would we get anything back? And is the hosting refundable if we move it later?\n\nKind regards\nElna Botha\nWalvis Bay",
     (2025, 9, 29, 10, 0), CAT)],
    spec="Hypothetical questions before signing (section 8): other.")

proj("Truckee Bakehouse", "bake@truckeebakehouse.com", "2025-06-01T10:00:00")
owpay("en_w26", "OWD-2025-526", "Truckee Bakehouse", "third_party", "1200.00", "216.00", "2025-06-01T20:00:00",
      status="refunded")
case("o27-truckee-past-refund-question", OWB, "other", [M("Truckee Bakehouse <bake@truckeebakehouse.com>",
     "quick q",
     "hey - back in June you guys refunded our old domain thing. was that $ sent to the amex or the debit card? our bookkeeper is "
     "reconciling. thx\n\nsent from my phone",
     (2025, 9, 29, 9, 0), PDT)],
    spec="A question about a past event; no refund or cancellation asked: other.")

proj("Lisbon Tile Studio", "studio@lisbontiles.pt", "2025-02-01T10:00:00")
owpay("en_w27", "OWD-2025-527", "Lisbon Tile Studio", "retainer", "9500.00", "1710.00", "2025-09-19T20:00:00",
      period_start="2025-09-19", period_end="2025-10-18", next_billing_at="2025-10-19")
case("o28-retainer-cancel-and-current-refund", OWB, "decided", [M("Lisbon Tile Studio <studio@lisbontiles.pt>",
     "Cancel retainer + refund this month",
     "Hello,\n\nPlease cancel the Lisbon Tile Studio retainer (OWD-2025-527); we are moving the site to Shopify. Also we paid this "
     "month on 19 September and nobody has done anything since, so please refund this month's payment too.\n\nObrigada,\nInês",
     (2025, 9, 29, 12, 0), BST)], [R("deny"), X("cancel", "2025-10-18")],
    spec="Retainer: the current period is never refunded (O4): refund deny; notice >= 7 days before 2025-10-19: cancel effective 2025-10-18 (O4, O8).")


if __name__ == "__main__":
    out = build(HERE, "en")
    if "--readme" in sys.argv:
        print("\n".join(readme_lines(out)))
    print(f"{len(out)} cases", file=sys.stderr)
