"""fresh32 Hindi / Hinglish cases (writer qa32c): regenerate with `python3 make_cases.py` (stdlib only).
MIT, like the project; all text written for this project."""
import sys
from pathlib import Path

from kit import (LOB, OWB, A, Q, Mo, M, R, X, acct, case, cust, lopay, proj, owpay, day_no, hours, build,
                 readme_lines, LO_TO)

HERE = Path(__file__).resolve().parent
IN, EDT, SAST = 330, -240, 120

# =============================== LeadsOptima ===============================
acct("bashir.shawls.sxr@gmail.com", "Bashir Ahmad Wani", "monthly", "2025-09-25T20:10:00",
     ["LO-INV-32101", "LO-INV-32102"], "hi_p01", gap_s=120)
assert day_no("2025-09-25T20:10:00", (2025, 9, 27, 11, 0), IN) == 2
case("l01-srinagar-janab-double", LOB, "decided", [M("Bashir Ahmad Wani <bashir.shawls.sxr@gmail.com>",
     "Janab, paisa do martaba kat gaya",
     "Assalam-o-Alaikum Janab,\n\nUmeed hai aap khairiyat se honge. Hum Lal Chowk mein pashmina shawl ka kaam karte hain. "
     "25 September ki shaam ko aapke monthly plan ka 1499 rupay do martaba kat gaya, ek LO-INV-32101 aur doosra LO-INV-32102, "
     "dono ek hi waqt pe. Net yahan bahut slow chalta hai, shayad is wajah se button do baar dab gaya. Meherbani karke doosra wala "
     "wapas kar dijiye.\n\nShukriya\nBashir Ahmad Wani\nWani Pashmina House, Srinagar\n+91 94190 xxxxx",
     (2025, 9, 27, 11, 0), IN)], [R("approve", "1499.00")],
     spec="Two paid monthly charges 2025-09-25 20:10/20:12 IST, same period; request 2025-09-27 (day 2): refund the later LO-INV-32102, 1499.00 (L4).")

acct("tenzing.gtk.student@gmail.com", "Tenzing Bhutia", "quarterly", "2025-09-22T19:40:00",
     ["LO-INV-32111", "LO-INV-32112"], "hi_p02", gap_s=60)
assert day_no("2025-09-22T19:40:00", (2025, 9, 29, 23, 30), IN) == 7
case("l02-gangtok-student-day7-midnight", LOB, "decided", [M("Tenzing Bhutia <tenzing.gtk.student@gmail.com>",
     "double debit quarterly plan!!",
     "hello support team\n\nsorry itni raat ko mail kar raha hu, abhi bank ka statement dekha. 22 tarik ko quarterly plan ka 3999 + gst "
     "2 bar debit hua hai, same minute me. invoice no lo-inv-32112 wala extra hai. hum college project ke liye use kar rahe the, "
     "paise papa ke card se gaye hai to please jaldi wapas kar do\n\nthanks\ntenzing\n(Gangtok, Sikkim)",
     (2025, 9, 29, 23, 30), IN)], [R("approve", "3999.00")],
     spec="Charges 2025-09-22 19:40/19:41 IST; request 2025-09-29 23:30 IST = day 7, inside (L3): refund LO-INV-32112 3999.00 (L4).")

acct("manager@singtomteaestate.in", "Singtom Tea Estate", "annual", "2025-09-21T20:00:00",
     ["LO-INV-32121", "LO-INV-32122"], "hi_p03", gap_s=45)
assert day_no("2025-09-21T20:00:00", (2025, 9, 29, 9, 10), IN) == 8
case("l03-darjeeling-estate-day8", LOB, "decided", [M("Estate Manager <manager@singtomteaestate.in>",
     "Annual plan - duplicate payment / दोहरा भुगतान",
     "Good morning,\n\nHamare estate office ke account se annual subscription do baar charge hua hai, 21-09-2025 ko. Dono invoice "
     "LO-INV-32121 aur LO-INV-32122 hain, Rs 11,988 + GST each. Plucking season chal raha tha is liye accounts wale ne aaj dekha. "
     "Kripya ek payment refund karein.\n\nRegards,\nP. Rai\nManager, Singtom Tea Estate, Darjeeling",
     (2025, 9, 29, 9, 10), IN)], [R("deny")],
     spec="Charges 2025-09-21, request 2025-09-29 = day 8: outside the 7-day window: deny (L3).")

acct("pravin.maharaj@telkomsa.net", "Pravin Maharaj", "monthly", "2025-09-26T20:30:00",
     ["LO-INV-32131", "LO-INV-32132"], "hi_p04", gap_s=30)
assert day_no("2025-09-26T20:30:00", (2025, 9, 28, 8, 0), SAST) == 2
case("l04-durban-bhai-two-times", LOB, "decided", [M("Pravin Maharaj <pravin.maharaj@telkomsa.net>",
     "Charged two times - Maharaj Spices Durban",
     "Namaste bhai,\n\nMy Hindi is not so good, nani used to speak to us, so I'll try. Aapne mera monthly plan do baar charge kiya, "
     "Friday evening ko, dono 1499 rupees ke, invoice LO-INV-32131 and LO-INV-32132. Ek wapas karo please, "
     "dhanyavaad.\n\nPravin\nMaharaj Spices, Overport, Durban\nSent from my Samsung Galaxy",
     (2025, 9, 28, 8, 0), SAST)], [R("approve", "1499.00")],
     spec="Charges 2025-09-26 20:30 IST (17:00 Friday in Durban); mail 2025-09-28 08:00 SAST = 11:30 IST, day 2: refund LO-INV-32132 1499.00 (L4).")

acct("gurdeep.brampton@hotmail.com", "Gurdeep Sandhu", "monthly", "2025-09-27T20:00:00", ["LO-INV-32141"], "hi_p05")
assert day_no("2025-09-27T20:00:00", (2025, 9, 28, 18, 0), EDT) == 2
case("l05-brampton-galat-amount", LOB, "decided", [M("Gurdeep Sandhu <gurdeep.brampton@hotmail.com>",
     "Galat amount charge hoya",
     "Sat Sri Akal ji,\n\nMain Brampton (Canada) ton likh reha haan. Mera monthly plan hai 1499 wala, par kal mere card te "
     "11,988 rupaye charge ho gaye, annual wala paisa. Main annual nahi liya si. Yeh wrong amount hai ji, please theek karo te "
     "extra paisa wapas karo. Invoice LO-INV-32141.\n\nGurdeep Singh Sandhu\nSandhu Trucking Ltd, Brampton ON",
     (2025, 9, 28, 18, 0), EDT)], [R("escalate")],
     spec="Billing error (wrong amount) inside the window: charge 2025-09-27, mail 2025-09-29 03:30 IST = day 2: escalate (L5).")

acct("harjit.dhillon.on@gmail.com", "Harjit Dhillon", "quarterly", "2025-09-22T20:00:00",
     ["LO-INV-32151", "LO-INV-32152"], "hi_p06", gap_s=50)
assert day_no("2025-09-22T20:00:00", (2025, 9, 29, 15, 0), EDT) == 8
case("l06-brampton-day7-local-day8-ist", LOB, "decided", [M("Harjit Dhillon <harjit.dhillon.on@gmail.com>",
     "duplicate charge 22 Sept",
     "Hello ji,\n\nAaj poore 7 din hue ne, policy ch likhya 7 din andar mail karo, so main time te haan. 22 September nu mera "
     "quarterly plan 2 baar charge hoya, LO-INV-32151 te LO-INV-32152. Doosra wala refund karo ji.\n\nHarjit\nMississauga Rd, Brampton",
     (2025, 9, 29, 15, 0), EDT)], [R("deny")],
     spec="Charges 2025-09-22 20:00 IST; mail 2025-09-29 15:00 EDT = 2025-09-30 00:30 IST = day 8 in the brand's zone: deny (L3), whatever his local calendar says.")

acct("karthik.s.chennai@gmail.com", "Karthikeyan S", "monthly", "2025-09-26T19:30:00", ["LO-INV-32161"], "hi_p07")
assert day_no("2025-09-26T19:30:00", (2025, 9, 29, 14, 20), IN) == 3
case("l07-tamil-hinglish-login", LOB, "decided", [M("Karthikeyan S <karthik.s.chennai@gmail.com>",
     "login problem sir",
     "Vanakkam sir,\n\nHamko Hindi thoda thoda aata, sorry for mistakes. Hum 26 ko monthly plan ka payment kiya. Uske baad se hum "
     "login nahi ho raha, password reset bhi kiya, fir bhi 'something went wrong' aata. Teen din se hamara leads ka kaam ruka hai. "
     "Aap thik nahi kar sakta to paisa wapas dena.\n\nKarthikeyan\nT. Nagar, Chennai",
     (2025, 9, 29, 14, 20), IN)], [R("escalate")],
     spec="Access failure inside the window (day 3); single charge LO-INV-32161 identifies the invoice: escalate (L6).")

acct("meenakshi.cbe@yahoo.co.in", "Meenakshi Sundaram", "monthly", "2025-09-17T19:30:00", ["LO-INV-32171"], "hi_p08")
assert day_no("2025-09-17T19:30:00", (2025, 9, 29, 16, 0), IN) == 12
case("l08-tamil-access-day12", LOB, "decided", [M("Meenakshi Sundaram <meenakshi.cbe@yahoo.co.in>",
     "Dashboard nahi khulta - refund",
     "Sir/Madam,\n\nDashboard open nahi ho raha 17 tarik se, hum payment kiya usi din se. Bahut baar call kiya, koi nahi uthata. "
     "Invoice LO-INV-32171. Ab hamko paisa wapas chahiye, hum dusra software lega.\n\nMeenakshi\nCoimbatore",
     (2025, 9, 29, 16, 0), IN)], [R("deny")], extra_ok=True,
     spec="Access failure, but the charge 2025-09-17 is 12 days before the request: outside the window, deny (L3); 'hum dusra software lega' drops the plan and may add a cancellation (extra_ok).")

acct("dic.lekha@udyogkendra.org.in", "जिला उद्योग केंद्र (लेखा अनुभाग)", "annual", "2025-04-10T12:00:00",
     ["LO-INV-32181"], "hi_p09")
case("l09-sarkari-nirast-patra", LOB, "decided", [M("लेखा अनुभाग <dic.lekha@udyogkendra.org.in>",
     "पत्रांक उ.के./लेखा/2025-26/412 — वार्षिक सदस्यता निरस्तीकरण विषयक",
     "सेवा में,\nग्राहक सेवा अधिकारी,\nलीड्सऑप्टिमा\n\nपत्रांक: उ.के./लेखा/2025-26/412\t\tदिनांक: 29.09.2025\n\n"
     "विषय: वार्षिक सदस्यता (पंजीकृत ई-मेल dic.lekha@udyogkendra.org.in) के निरस्तीकरण विषयक।\n\n"
     "महोदय,\nउपर्युक्त विषयक निवेदन है कि शासन के निर्देशानुसार अब समस्त विभागीय कार्य राज्य के ई-ऑफिस पोर्टल पर किया जाएगा, "
     "अतः इस कार्यालय की वार्षिक सदस्यता का नवीनीकरण आवश्यक नहीं है। कृपया उक्त सदस्यता को वर्तमान अवधि की समाप्ति पर निरस्त "
     "करने का कष्ट करें तथा कृत कार्यवाही से अधोहस्ताक्षरी को अवगत कराएँ।\n\nभवदीय,\n(ह०)\nलेखाधिकारी\nजिला उद्योग केंद्र\n\n"
     "प्रतिलिपि: महाप्रबंधक, सूचनार्थ।",
     (2025, 9, 29, 11, 45), IN)], [X("cancel", "2026-04-09")],
     spec="Formal sarkari letter, registered email: cancel at the end of the period, current_period_end 2026-04-09 (L8); the पत्रांक is a letter number, not an invoice.")

acct("karyalay@krishimandi-samiti.in", "कृषि उपज मंडी समिति", "annual", "2025-06-05T12:00:00",
     ["LO-INV-32191"], "hi_p10")
case("l10-sarkari-shesh-rashi", LOB, "decided", [M("सचिव कार्यालय <karyalay@krishimandi-samiti.in>",
     "सदस्यता समाप्ति एवं शेष अवधि की राशि की वापसी हेतु",
     "सेवा में,\nप्रबंधक, लीड्सऑप्टिमा\n\nविषय: वार्षिक सदस्यता (चालान संख्या LO-INV-32191) समाप्त करने एवं शेष अवधि की राशि लौटाने हेतु।\n\n"
     "महोदय,\nसमिति की बैठक दिनांक 25.09.2025 में निर्णय लिया गया है कि बजट के अभाव में उक्त सेवा बंद की जाए। "
     "अतः निवेदन है कि सदस्यता तत्काल प्रभाव से समाप्त कर शेष आठ माह की आनुपातिक राशि समिति के खाते में वापस करने का कष्ट करें।\n\n"
     "भवदीय\nसचिव\nकृषि उपज मंडी समिति",
     (2025, 9, 30, 15, 0), IN)], [R("deny"), X("cancel", "2026-06-04")],
     spec="Refund of the unused months for lack of budget: not an L2 exception, deny (L1, no partial refunds); cancel, active until 2026-06-04 (L8), not 'immediately'.")

acct("ramprasad.sharma1948@gmail.com", "Ram Prasad Sharma", "quarterly", "2025-09-24T19:15:00",
     ["LO-INV-32201", "LO-INV-32202"], "hi_p11", gap_s=200)
assert day_no("2025-09-24T19:15:00", (2025, 9, 26, 10, 5), IN) == 2
case("l11-elderly-voice-typing-dup", LOB, "decided", [M("Ram Prasad Sharma <ramprasad.sharma1948@gmail.com>",
     "पैसा दो बार",
     "नमस्कार बेटा मैं राम प्रसाद शर्मा बोल रहा हूं कॉमा मेरी उम्र 77 साल है फुल स्टॉप मेरे पोते ने मेरे लिए आपका तीन महीने वाला "
     "प्लान लिया था और मेरे कार्ड से दो बार पैसा कट गया है तीन हजार नौ सौ निन्यानवे रुपए दो बार फुल स्टॉप मैसेज बैंक से आया "
     "था 24 तारीख को फुल स्टॉप कृपया एक बार का पैसा वापस कर दो बेटा भगवान तुम्हारा भला करे\n\n"
     "पोते ने नीचे नंबर लिख दिया है: invoice LO INV 32202\n\nSent from my iPhone",
     (2025, 9, 26, 10, 5), IN)], [R("approve", "3999.00")],
     spec="Voice-typed Devanagari with dictated 'कॉमा'/'फुल स्टॉप'; amount in words; two paid quarterly charges 2025-09-24, request day 2: refund LO-INV-32202 3999.00 (L4).")

cust("savitri.devi.1951@gmail.com", "Savitri Devi", "monthly")
lopay("hi_p12", "LO-INV-32211", "savitri.devi.1951@gmail.com", "monthly", *Mo, "2025-08-14T19:00:00")
lopay("hi_p13", "LO-INV-32212", "savitri.devi.1951@gmail.com", "monthly", *Mo, "2025-09-14T19:00:00")
case("l12-elderly-voice-cancel-fallback", LOB, "decided", [M("Savitri Devi <savitri.devi.1951@gmail.com>",
     "बंद करना है",
     "राम राम जी मैं सावित्री देवी मेरा बेटा अब बाहर चला गया है और दुकान बंद कर दी है इसलिए यह आपका महीने वाला सामान बंद कर "
     "दीजिए आगे से पैसा मत काटना फुल स्टॉप धन्यवाद\n\nभेजा गया मेरे Android फ़ोन से",
     (2025, 9, 30, 17, 30), IN)], [X("cancel", "2025-10-13")],
     spec="Voice-typed cancellation; no current_period_end in the ledger: last charge 2025-09-14 + 1 month - 1 day = 2025-10-13 (L8).")

acct("aditya.vit22@gmail.com", "Aditya Raj", "monthly", "2025-09-27T21:00:00", ["LO-INV-32221"], "hi_p14")
case("l13-vit-student-exams", LOB, "decided", [M("Aditya Raj <aditya.vit22@gmail.com>",
     "refund pls bro",
     "hey team\n\nbro maine sat ko monthly plan liya tha startup idea ke liye but ab exams aa gaye, bilkul time nahi hai use karne ka, "
     "literally ek baar bhi login nahi kiya lol. pls refund kar do 1499, student hu yaar 🙏\n\naditya\nVIT Vellore hostel",
     (2025, 9, 29, 1, 40), IN)], [R("deny")],
     spec="No time / never used: not an L2 exception ('ek baar bhi login nahi kiya' is not an access failure): deny (L1), cancellation offered.")

cust("riya.hostel.ipu@gmail.com", "Riya Kapoor", "monthly", status="trial", trial_ends="2025-10-05")
case("l14-student-trial-refund", LOB, "decided", [M("Riya Kapoor <riya.hostel.ipu@gmail.com>",
     "trial refund??",
     "hii\n\nmaine free trial start kiya tha 28 ko, card details bhi daale the. kya paise katenge? mujhe refund chahiye jo bhi kata ho, "
     "main subscribe nahi karna chahti abhi.\n\nthanks\nriya",
     (2025, 9, 29, 20, 15), IN)], [R("deny")], extra_ok=True,
     spec="Free trial, no charge in the ledger: nothing to refund, deny (L7); 'subscribe nahi karna' may also read as a cancellation (extra_ok).")

acct("accounts@kashmirwalnut.co.in", "Kashmir Walnut Co.", "annual", "2025-09-20T20:00:00", ["LO-INV-32231"], "hi_p15")
case("l15-baramulla-personal-gmail-c2", LOB, "need_info", [M("Imtiyaz Mir <imtiyaz.mir.bla@gmail.com>",
     "Annual plan cancel + refund",
     "Janab,\n\nHamari company ka registered email accounts@kashmirwalnut.co.in hai, lekin woh mailbox abhi band hai kyunki server "
     "wala ladka chhutti par hai. Isliye personal id se likh raha hoon. Annual plan cancel karna hai aur 20 September ka payment "
     "do baar kata hai, ek wapas chahiye.\n\nImtiyaz Mir\nKashmir Walnut Co., Baramulla",
     (2025, 9, 25, 12, 0), IN)], rules=["C2"],
     spec="Writes from a personal gmail and names a different registered email: ask for the request from accounts@kashmirwalnut.co.in; nothing disclosed (C2).")

acct("sharma.tours.jammu@gmail.com", "Sharma Tours", "quarterly", "2025-09-24T20:00:00", ["LO-INV-32241"], "hi_p16")
case("l16-gmail-hindi-forward-munshi-c2", LOB, "need_info", [M("Office Sharma Tours <office.sharmatours@gmail.com>",
     "Fwd: LeadsOptima cancel",
     "Sir ne neeche wala mail bheja hai, please do the needful.\n\nRakesh (office)\n\n"
     "---------- फ़ॉरवर्ड किया गया संदेश ---------\nप्रेषक: Vinod Sharma <sharma.tours.jammu@gmail.com>\n"
     "दिनांक: सोम, 29 सित॰ 2025 को 9:02 am बजे\nविषय: LeadsOptima cancel\nप्रति: Office Sharma Tours <office.sharmatours@gmail.com>\n\n"
     "Rakesh, LeadsOptima ko likho ki hamara quarterly plan band karein, Vaishno Devi season ke baad hum khud WhatsApp se leads lenge. "
     "Mera registered email sharma.tours.jammu@gmail.com hai.\n",
     (2025, 9, 29, 10, 30), IN)], rules=["C2"],
     spec="Gmail Hindi-UI forward: the carried request names the registered sharma.tours.jammu@gmail.com, but the sender is the office address: C2.")

acct("ananya.srm@gmail.com", "Ananya Iyer", "monthly", "2025-09-27T20:30:00",
     ["LO-INV-32251", "LO-INV-32252"], "hi_p17", gap_s=20)
case("l17-student-plus-tag-c2", LOB, "need_info", [M("Ananya Iyer <ananya.srm+leads@gmail.com>",
     "double payment",
     "hi, mera monthly plan 2 baar charge hua 27 ko (LO-INV-32252 extra hai). please refund kar do. same gmail hai bas +leads laga hai "
     "filter ke liye\n\nananya",
     (2025, 9, 28, 12, 0), IN)], rules=["C2"],
     spec="name+tag@ is another address (section 8): the sender is not the registered ananya.srm@gmail.com: C2.")

acct("owner@gulmargskirentals.in", "Gulmarg Ski Rentals", "monthly", "2025-09-26T20:00:00", ["LO-INV-32261"], "hi_p18")
case("l18-reply-to-registered-c2", LOB, "need_info", [M("Farooq Lone <farooq.lone77@yahoo.com>",
     "Cancel monthly plan",
     "Salaam,\n\nGulmarg Ski Rentals ka monthly plan cancel karna hai, season abhi December mein shuru hoga. Jawab upar wale "
     "Reply-To par bhejna.\n\nFarooq Lone",
     (2025, 9, 28, 13, 0), IN, hdr={"Reply-To": "owner@gulmargskirentals.in"})], rules=["C2"],
     spec="From an unknown yahoo address; Reply-To names the registered email but never verifies (section 8): C2.")

proj("Pelling Homestay Website", "bookings@pellinghomestay.in", "2025-09-10T10:00:00")
owpay("hi_w90", "OWD-2025-390", "Pelling Homestay Website", "milestone", "15000.00", "2700.00", "2025-09-12T10:00:00",
      milestone_status="in_progress")
case("l19-optima-client-wrong-brand", LOB, "need_info", [M("Pelling Homestay <bookings@pellinghomestay.in>",
     "Refund - website milestone",
     "Namaste,\n\nHumne aapse homestay ki website banwayi thi, milestone 2 ka payment kiya tha OWD-2025-390. Design pasand nahi aaya, "
     "kaam rok dijiye aur paisa wapas kijiye.\n\nDorjee\nPelling, West Sikkim",
     (2025, 9, 29, 12, 0), IN)], rules=["C2"],
     spec="An Optima WebDesign client writes to the LeadsOptima inbox: C1 picks LeadsOptima, where the sender is unknown: C2 (section 8).")

acct("naseem.bakery@gmail.com", "Naseem Bakery", "monthly", "2025-09-27T20:00:00", ["LO-INV-32271"], "hi_p19")
case("l20-restate-only-no-reason", LOB, "need_info", [M("Naseem Bakery <naseem.bakery@gmail.com>",
     "Refund Request - LO-INV-32271",
     "Respected Sir/Madam,\n\nKindly refund my payment against invoice LO-INV-32271 at the earliest.\n\nPlease do the needful.\n\n"
     "Thanks & Regards\nNaseem Ahmed\nNaseem Bakery, Anantnag\n\n--\nThis e-mail and any attachments are confidential. "
     "Agar yeh mail galti se aapko mila hai to kripya delete kar dein.",
     (2025, 9, 29, 12, 0), IN)], missing=["reason"],
     spec="Only a restated request, courtesy and a disclaimer: no reason (section 8): ask for the reason (C3); plan from the ledger.")

acct("samten.momo@gmail.com", "Samten Momo Corner", "monthly", "2025-09-25T20:00:00",
     ["LO-INV-32281", "LO-INV-32282"], "hi_p20", gap_s=40)
assert day_no("2025-09-25T20:00:00", (2025, 9, 27, 11, 0), IN) == 2
case("l21-thread-reason-answered", LOB, "decided", [
    M("Samten Lepcha <samten.momo@gmail.com>", "refund LO-INV-32282",
      "Namaste, LO-INV-32282 ka refund chahiye. Monthly plan hai.\n\nSamten\nSamten Momo Corner, Kalimpong",
      (2025, 9, 27, 11, 0), IN),
    M("Samten Lepcha <samten.momo@gmail.com>", "Re: refund LO-INV-32282 [LO-3201]",
      "Ji reason ye hai ki 25 ko shaam ko ek hi plan ka paisa do baar kat gaya, 32281 aur 32282 dono. Isliye doosra wala wapas chahiye.\n\n"
      "Samten\n\n> Please tell us the reason for your refund request.\n> LeadsOptima Support Team",
      (2025, 10, 1, 8, 30), IN)], [R("approve", "1499.00")],
    spec="Thread: the answer gives the reason (charged twice); window from the first email 2025-09-27 (day 2): refund LO-INV-32282 1499.00 (L4).")

cust("rinchen.travels@gmail.com", "Rinchen Travels", "quarterly", start="2025-09-26", end="2025-12-25")
lopay("hi_p21", "LO-INV-32291", "rinchen.travels@gmail.com", "quarterly", *Q, "2025-06-26T20:00:00", "2025-06-26", "2025-09-25")
lopay("hi_p22", "LO-INV-32292", "rinchen.travels@gmail.com", "quarterly", "4999.00", "899.82", "2025-09-26T20:00:00",
      "2025-09-26", "2025-12-25")
case("l22-wrong-amount-no-invoice", LOB, "need_info", [M("Rinchen Travels <rinchen.travels@gmail.com>",
     "zyada paise kaat liye",
     "Tashi delek,\n\nIs baar quarterly plan ke renewal mein zyada paisa kata hai. Price badhne ki koi khabar nahi di thi. "
     "Ye wrong amount hai, extra paisa wapas karo.\n\nRinchen\nRinchen Travels, Gangtok",
     (2025, 9, 28, 10, 0), IN)], missing=["invoice_number"],
     spec="Billing error claimed, two charges on the account and no invoice quoted: ask for the invoice number (C3).")
case("l23-wrong-amount-thread-invoice", LOB, "decided", [
    M("Rinchen Travels <rinchen.travels@gmail.com>", "renewal amount galat",
      "Tashi delek,\n\nRenewal ka amount galat laga hai, 3999 ki jagah zyada kata. Please check karke extra refund karo.\n\nRinchen",
      (2025, 9, 28, 10, 30), IN),
    M("Rinchen Travels <rinchen.travels@gmail.com>", "Re: renewal amount galat [LO-3202]",
      "Invoice no. lo/inv/32292 hai ji, 26 Sept wala.\n\nRinchen",
      (2025, 9, 29, 9, 0), IN)], [R("escalate")],
    spec="Thread: the answer gives the invoice (slashes ignored, section 8); wrong amount inside the window (day 2): escalate (L5).")

acct("yousuf.dryfruits@gmail.com", "Yousuf Dry Fruits", "monthly", "2025-09-26T20:00:00",
     ["LO-INV-32301", "LO-INV-32302"], "hi_p23", gap_s=30)
case("l24-kashmir-consumer-forum", LOB, "decided", [M("Yousuf Dry Fruits <yousuf.dryfruits@gmail.com>",
     "Double charge - aakhri baar likh raha hoon",
     "Janab,\n\n26 tareekh ko do baar 1499 kata, LO-INV-32302 wapas karo. Teen din se koi jawab nahi. Agar 48 ghante mein refund nahi "
     "aaya to main District Consumer Forum Srinagar mein shikayat darj karunga.\n\nMohd Yousuf",
     (2025, 9, 29, 11, 0), IN)], [R("escalate")], rules=["C4"],
     spec="A duplicate inside the window, but a consumer forum threat: escalate the case (C4).")

acct("balwinder.freight@gmail.com", "Balwinder Freight", "quarterly", "2025-09-20T20:00:00", ["LO-INV-32311"], "hi_p24")
case("l25-brampton-chargeback-cancel", LOB, "decided", [M("Balwinder Grewal <balwinder.freight@gmail.com>",
     "cancel karo te paisa wapas",
     "Ji main plan cancel karna chaunda haan te jo paisa 20 nu kattya oh wapas chahida. Tusi leads di quality bilkul bekaar hai. "
     "Je refund na kitta te main apne bank nu chargeback file kar dena, RBC wale turant karde ne.\n\nBalwinder\nBrampton ON",
     (2025, 9, 26, 9, 0), EDT)], [R("escalate"), X("escalate")], rules=["C4"],
     spec="Chargeback threat: C4 covers the whole case: refund and cancellation both escalate (section 8).")

acct("pemala.craft@gmail.com", "Pemala Handicrafts", "monthly", "2025-09-26T20:00:00",
     ["LO-INV-32321", "LO-INV-32322"], "hi_p25", gap_s=25)
assert day_no("2025-09-26T20:00:00", (2025, 9, 29, 16, 0), IN) == 3
case("l26-chargeback-ruled-out", LOB, "decided", [M("Pemala Handicrafts <pemala.craft@gmail.com>",
     "2 baar payment",
     "Namaste ji,\n\nMera bank wala bol raha tha ki chargeback daal do, lekin main aisa nahi karna chahti, aap log se seedha baat "
     "karna theek hai. 26 ko monthly plan ka 1499 do baar kata, LO-INV-32322 wala wapas kar dijiye.\n\nPema Lhamu\nDarjeeling",
     (2025, 9, 29, 16, 0), IN)], [R("approve", "1499.00")],
     spec="She rules the chargeback out (section 8 negation): no C4; duplicate inside the window (day 3): refund LO-INV-32322 1499.00 (L4).")

acct("tamil.selvan.hosur@gmail.com", "Tamil Selvan", "monthly", "2025-09-15T20:00:00", ["LO-INV-32331"], "hi_p26")
case("l27-refund-nahi-chahiye-cancel", LOB, "decided", [M("Tamil Selvan <tamil.selvan.hosur@gmail.com>",
     "plan cancel",
     "Sir, hamko refund nahi chahiye, bas agla mahina se paisa mat katna. Monthly plan cancel kar do. Hamara factory ab "
     "distributor ke through leads leta.\n\nTamil Selvan\nHosur",
     (2025, 9, 30, 11, 0), IN)], [X("cancel", "2025-10-14")],
     spec="'refund nahi chahiye' adds no refund (section 8); cancel, active until current_period_end 2025-10-14 (L8).")

case("l28-student-hypothetical", LOB, "other", [M("Kabir Wadhwa <kabir.w.nsut@gmail.com>",
     "annual plan refund policy?",
     "hello!\n\nhum 4 dost ek startup shuru kar rahe hain. agar hum annual plan le aur 2 mahine baad pasand na aaye to kya baaki paise "
     "refund honge? ya monthly hi lena better hai? pls batao buy karne se pehle\n\nkabir",
     (2025, 9, 28, 22, 0), IN)],
     spec="A hypothetical before buying (section 8): a policy question, other.")

acct("tsering.wangmo@gmail.com", "Tsering Wangmo", "monthly", "2025-09-10T20:00:00", ["LO-INV-32341"], "hi_p27")
case("l29-thanks-refund-received", LOB, "other", [M("Tsering Wangmo <tsering.wangmo@gmail.com>",
     "Re: Refund processed [LO-3177]",
     "Bahut bahut dhanyavaad! Refund mil gaya account mein aaj subah. Aap log ki service acchi lagi, plan chalu rakhenge.\n\nTsering",
     (2025, 9, 29, 10, 0), IN, hdr={"In-Reply-To": "<LO-3177.2@leadsoptima.com>",
                                    "References": "<LO-3177.1@leadsoptima.com> <LO-3177.2@leadsoptima.com>"})],
     spec="Thanks after a refund, nothing asked: other.")

case("l30-hindi-out-of-office", LOB, "ignore", [M("Dr. Alok Pandit <alok.pandit@sher-kashmir.example.in>",
     "स्वचालित उत्तर: Re: आपकी सदस्यता",
     "नमस्कार,\nमैं 5 अक्टूबर तक अवकाश पर हूँ। आवश्यक कार्य हेतु कार्यालय से संपर्क करें। कृपया ध्यान दें: रिफंड/चार्ज संबंधी "
     "मेल मैं लौटकर देखूँगा।\n\nडॉ. आलोक पंडित",
     (2025, 9, 29, 8, 0), IN, hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes",
                                    "In-Reply-To": "<LO-3162.1@leadsoptima.com>",
                                    "References": "<LO-3162.1@leadsoptima.com>"})], rules=["C7"],
     spec="Auto-Submitted: auto-replied: ignore (C7), though it mentions refunds.")

case("l31-bounce-hindi-isp", LOB, "ignore", [M("Mail Delivery System <MAILER-DAEMON@mx.bsnl.example.in>",
     "Undelivered Mail Returned to Sender",
     "This is the mail system at host mx.bsnl.example.in.\n\nI'm sorry to have to inform you that your message could not\n"
     "be delivered to one or more recipients.\n\n<pradhan.sikkim@bsnl.example.in>: mailbox full\n\n"
     "--- मूल संदेश ---\nविषय: Re: रिफंड अनुरोध [LO-3150]\n",
     (2025, 9, 29, 8, 0), IN)], rules=["C7"],
     spec="MAILER-DAEMON sender (a bounce): ignore (C7).")

case("l32-bulk-promo", LOB, "ignore", [M("Digital Bharat Offers <offers@digibharat-deals.example>",
     "🎉 Dussehra dhamaka: refund guarantee wale SaaS tools!",
     "Namaste Business Owners!\nIs Dussehra apne business ko digital banaiye. 100% refund guarantee, koi chargeback jhanjhat nahi. "
     "Unsubscribe ke liye yahan click karein.",
     (2025, 9, 29, 8, 0), IN, hdr={"Precedence": "bulk", "List-Unsubscribe": "<mailto:unsub@digibharat-deals.example>"})],
     rules=["C7"], spec="Precedence: bulk promotion: ignore (C7).")

acct("nazir.carpets@gmail.com", "Nazir Carpets", "monthly", "2025-09-27T20:00:00", ["LO-INV-32351"], "hi_p28")
case("l33-dup-claim-single-charge", LOB, "decided", [M("Nazir Carpets <nazir.carpets@gmail.com>",
     "Paisa 2 baar deduct",
     "Janab, mere SBI account se 27 ko 1499 do baar deduct hua dikh raha hai, SMS bhi do aaye. Invoice sirf ek mila LO-INV-32351. "
     "Doosra paisa wapas karein.\n\nNazir Ahmad\nSrinagar",
     (2025, 9, 28, 12, 0), IN)], [R("escalate")],
     spec="Claims a duplicate but the ledger holds one charge only: no pair, escalate (L4).")

acct("dolma.cafe.dj@gmail.com", "Dolma Cafe", "quarterly", "2025-09-25T20:00:00",
     ["LO-INV-32361", "LO-INV-32362"], "hi_p29", gap_s=35, pstat={1: "refunded"})
case("l34-second-charge-already-refunded", LOB, "decided", [M("Dolma Cafe <dolma.cafe.dj@gmail.com>",
     "double payment LO-INV-32362",
     "Hello,\n\nQuarterly plan ka payment 25 ko do baar hua, LO-INV-32362 wala refund kijiye please.\n\nDolma\nDolma Cafe, Mall Road, Darjeeling",
     (2025, 9, 28, 12, 0), IN)], [R("escalate")],
     spec="The quoted second charge is 'refunded' in the ledger (not paid): a refund of it is escalate (section 8).")

acct("hotel.dalgate@gmail.com", "Hotel Dal Gate", "annual", "2025-09-26T20:00:00",
     ["LO-INV-32371", "LO-INV-32372", "LO-INV-32373"], "hi_p30", gap_s=70)
case("l35-three-annual-charges", LOB, "decided", [M("Hotel Dal Gate <hotel.dalgate@gmail.com>",
     "तीन बार पैसा कटा - annual plan",
     "नमस्ते,\n\nहमारे होटल के कार्ड से 26 सितंबर को annual plan का पैसा तीन बार कटा है: LO-INV-32371, LO-INV-32372 और LO-INV-32373, "
     "हर बार ₹11,988 + GST। एक रखिए, बाकी दो वापस कीजिए।\n\nमैनेजर\nहोटल डल गेट, श्रीनगर",
     (2025, 9, 29, 12, 0), IN)], [R("approve", "23976.00")],
     spec="Three identical paid annual charges 2025-09-26, request day 3: both later charges refunded, 11988.00 x 2 = 23976.00 (section 8).")

cust("rekha.boutique.gtk@gmail.com", "Rekha Boutique", "monthly", status="cancelled", start="2025-08-25", end="2025-09-24")
lopay("hi_p31", "LO-INV-32381", "rekha.boutique.gtk@gmail.com", "monthly", *Mo, "2025-08-25T20:00:00", "2025-08-25", "2025-09-24")
lopay("hi_p32", "LO-INV-32382", "rekha.boutique.gtk@gmail.com", "monthly", *Mo, "2025-09-25T20:00:00", "2025-09-25", "2025-10-24")
case("l36-charged-after-cancel", LOB, "decided", [M("Rekha Boutique <rekha.boutique.gtk@gmail.com>",
     "Cancel ke baad bhi paisa kata",
     "Namaste,\n\nMaine August mein hi plan cancel kar diya tha Billing > Cancel Plan se, screenshot bhi hai. Fir bhi 25 September ko "
     "1499 kat gaya (LO-INV-32382). Cancel karne ke baad charge kaise hua? Wapas kijiye.\n\nRekha Pradhan\nGangtok",
     (2025, 9, 27, 12, 0), IN)], [R("escalate")],
     spec="Charged after cancelling: billing error inside the window (day 2): escalate (L5).")

acct("ramlall.kavitha@webmail.co.za", "Kavitha Ramlall", "quarterly", "2025-08-18T20:00:00", ["LO-INV-32391"], "hi_p33")
case("l37-durban-html-cancel", LOB, "decided", [M("Kavitha Ramlall <ramlall.kavitha@webmail.co.za>",
     "Cancel quarterly",
     "", (2025, 9, 29, 14, 0), SAST,
     html="<html><body><div dir='ltr'><p>Namaste LeadsOptima,</p><p>Please mera quarterly plan <b>cancel</b> kar dijiye. "
          "Hum Diwali ke baad shop ko naye owner ko bech rahe hain, toh ab zaroorat nahi.</p><p>Shukriya,<br>Kavitha Ramlall<br>"
          "Chatsworth, Durban</p></div></body></html>")], [X("cancel", "2025-11-17")],
     spec="HTML-only mail from Durban: cancel, active until current_period_end 2025-11-17 (L8).")

cust("kumar.exports.ooty@gmail.com", "Kumar Exports", "annual")
lopay("hi_p34", "LO-INV-32401", "kumar.exports.ooty@gmail.com", "annual", *A, "2025-03-15T20:00:00")
case("l38-rambling-cancel-and-gst", LOB, "decided", [M("Kumar Exports <kumar.exports.ooty@gmail.com>",
     "few things",
     "Namaskaram sir,\n\nPehle to Diwali ki advance mein shubhkamnayein. Hamara tea export ka business Ooty mein hai, aapka software "
     "hum March se use kar raha, leads theek aata tha lekin ab buyers sab IndiaMART pe hi milta. Hamara accountant bola GST invoice "
     "mein hamara GSTIN galat chhapa hai 33AAxxxx, woh sudhar ke bhejo please. Aur annual plan ko cancel kar do, renewal nahi "
     "karna hai agle saal. Aur ek baat, hamara purana login ka naam badal sakta kya?\n\nRegards\nKumar\nKumar Exports, Ooty",
     (2025, 9, 29, 12, 0), IN)], [X("cancel", "2026-03-14")],
     spec="Rambling mail with the cancellation in the middle; no current_period_end: charge 2025-03-15 + 12 months - 1 day = 2026-03-14 (L8).")

cust("office@gangtokpharma.in", "Gangtok Pharma", None)
case("l39-plan-unknown-migrated", LOB, "need_info", [M("Gangtok Pharma <office@gangtokpharma.in>",
     "account band karna hai",
     "Namaste,\n\nHamara LeadsOptima account pichhle manager ne banaya tha, humein pata hi nahi ki kaun sa plan hai - monthly ya "
     "saal wala. Dukaan hum MG Marg wale party ko bech rahe hain, isliye account band kar dijiye.\n\nDhanyavaad\nNorbu\nGangtok Pharma",
     (2025, 9, 29, 12, 0), IN)], missing=["plan"],
     spec="Cancellation from the registered email; the ledger record (set up by a former manager) has no plan and no charges and the customer does not know it: ask for the plan (C3); the reason is given.")

# =============================== Optima WebDesign ===============================
proj("Kangri Crafts Online", "kangricrafts@gmail.com", None)
owpay("hi_w01", "OWD-2025-301", "Kangri Crafts Online", "deposit", "25000.00", "4500.00", "2025-09-28T12:00:00")
assert hours("2025-09-28T12:00:00", (2025, 9, 30, 10, 0), IN) == 46
case("o01-srinagar-deposit-46h", OWB, "decided", [M("Kangri Crafts <kangricrafts@gmail.com>",
     "Refund Request — Kangri Crafts Online / OWD-2025-301",
     "Assalam-o-Alaikum,\n\nHumne parson Kangri Crafts Online ke liye 25,000 + GST booking amount diya tha (OWD-2025-301). "
     "Ghar mein shaadi ki wajah se abhi project aage nahi badha sakte, paisa chahiye. Kaam abhi shuru nahi hua hai.\n\n"
     "Shukriya\nShabnam\nKangri Crafts, Srinagar",
     (2025, 9, 30, 10, 0), IN)], [R("approve", "25000.00")], extra_ok=True,
     spec="Deposit paid 2025-09-28 12:00 IST, request 2025-09-30 10:00 IST = 46 h, no work: full refund 25000.00 before tax (O2); the mail drops the project, so a cancellation may be added (extra_ok).")

proj("Punjab Da Dhaba Brampton", "info@punjabdadhaba.ca", None)
owpay("hi_w02", "OWD-2025-302", "Punjab Da Dhaba Brampton", "deposit", "30000.00", "5400.00", "2025-09-26T15:00:00")
assert hours("2025-09-26T15:00:00", (2025, 9, 29, 5, 30), EDT) == 72
case("o02-brampton-deposit-exactly-72h", OWB, "decided", [M("Punjab Da Dhaba <info@punjabdadhaba.ca>",
     "deposit wapas - OWD-2025-302",
     "Sat Sri Akal,\n\nSavere savere mail kar reha haan. Punjab Da Dhaba Brampton di website da deposit OWD-2025-302 wapas chahida, "
     "partner ne restaurant da naam badal dena, te nawaan brand pehlaan banauna. Tin din vi nahi hoye, so full refund banda hai.\n\n"
     "Manpreet\nPunjab Da Dhaba, Brampton",
     (2025, 9, 29, 5, 30), EDT)], [R("deny")], extra_ok=True,
     spec="Deposit 2025-09-26 15:00 IST; mail 2025-09-29 05:30 EDT = 15:00 IST, exactly 72 h: not before 72 h, deny (O2, section 8); the mail drops this website, so a cancellation may be added (extra_ok).")

proj("Doon Valley Honey", "doonvalleyhoney@gmail.com", "2025-09-29T11:00:00")
owpay("hi_w03", "OWD-2025-303", "Doon Valley Honey", "deposit", "18000.00", "3240.00", "2025-09-28T19:00:00")
assert hours("2025-09-28T19:00:00", (2025, 9, 30, 9, 0), IN) < 72
case("o03-deposit-work-started", OWB, "decided", [M("Doon Valley Honey <doonvalleyhoney@gmail.com>",
     "Doon Valley Honey - deposit refund",
     "Good morning,\n\nKal aapke designer ne call karke kaam shuru kar diya aur wireframe bhi bheja, lekin humne socha hai ki abhi "
     "Amazon pe hi bechenge. Deposit OWD-2025-303 wapas kar dijiye, 72 ghante to hue hi nahi.\n\nRegards\nGaurav",
     (2025, 9, 30, 9, 0), IN)], [R("deny")], extra_ok=True,
     spec="Under 72 h, but work started 2025-09-29 11:00, before the request: 'whichever occurs first': deny (O2); the mail drops the project (Amazon instead), so a cancellation may be added (extra_ok).")

proj("Yumthang Treks", "yumthangtreks@gmail.com", None)
owpay("hi_w04", "OWD-2025-304", "Yumthang Treks", "discovery", "12000.00", "2160.00", "2025-09-24T19:00:00")
case("o04-lachung-discovery-not-started", OWB, "decided", [M("Yumthang Treks <yumthangtreks@gmail.com>",
     "Discovery session cancel + refund",
     "Namaste,\n\nYumthang Treks ke liye discovery/strategy session book kiya tha (OWD-2025-304, Rs 12,000 + GST). Abhi tak koi session "
     "nahi hua. Landslide ki wajah se North Sikkim ka season hi band ho gaya, isliye abhi website nahi banwani. Pura paisa wapas kar "
     "dijiye.\n\nKarma\nLachung",
     (2025, 9, 29, 13, 0), IN)], [R("approve", "12000.00")], extra_ok=True,
     spec="Discovery fee, no session or deliverable started: full refund 12000.00 before tax (O1); 'cancel' of the session may add a cancellation (extra_ok).")

proj("Chettinad Silks", "chettinadsilks@gmail.com", "2025-09-22T11:00:00")
owpay("hi_w05", "OWD-2025-305", "Chettinad Silks", "discovery", "15000.00", "2700.00", "2025-09-20T19:00:00")
case("o05-tamil-discovery-started", OWB, "decided", [M("Chettinad Silks <chettinadsilks@gmail.com>",
     "discovery fees wapas",
     "Vanakkam,\n\nHum 22 ko aapka strategy wala meeting attend kiya, lekin hamko report pasand nahi aaya, bahut general tha. "
     "Chettinad Silks ka discovery fees OWD-2025-305 wapas dena.\n\nLakshmi\nKaraikudi",
     (2025, 9, 29, 13, 0), IN)], [R("deny")],
     spec="Discovery session held 2025-09-22, before the request: deny (O1).")

proj("Hemis Homestays", "hemishomestays@gmail.com", "2025-08-01T10:00:00")
owpay("hi_w06", "OWD-2025-306", "Hemis Homestays", "milestone", "35000.00", "6300.00", "2025-09-15T19:00:00",
      milestone_status="not_started")
case("o06-milestone-not-started", OWB, "decided", [M("Hemis Homestays <hemishomestays@gmail.com>",
     "Refund Request — Hemis Homestays / OWD-2025-306",
     "Julley!\n\nHemis Homestays ka booking-engine wala milestone (OWD-2025-306, 35,000 + 18% GST) hum drop kar rahe hain, "
     "kyunki hum MakeMyTrip ka engine use karenge. Aapki team ne ye part abhi shuru nahi kiya hai. Is milestone ka paisa wapas kar "
     "dijiye; baaki website chalu rakhiye.\n\nStanzin\nLeh",
     (2025, 9, 29, 13, 0), IN)], [R("approve", "35000.00")],
     spec="Milestone not_started: refund its amount before tax, 35000.00 (O3); the rest of the project continues.")

proj("Sopore Apple Traders", "soporeapples@gmail.com", "2025-08-01T10:00:00")
owpay("hi_w07", "OWD-2025-307", "Sopore Apple Traders", "milestone", "40000.00", "7200.00", "2025-09-05T19:00:00",
      milestone_status="in_progress")
case("o07-milestone-in-progress", OWB, "decided", [M("Sopore Apple Traders <soporeapples@gmail.com>",
     "milestone 2 refund",
     "Janab,\n\nSopore Apple Traders ki website ka milestone 2 (OWD-2025-307) aadha hi hua hai aur bahut slow chal raha hai. "
     "Jitna kaam nahi hua uska paisa wapas chahiye.\n\nGhulam Nabi",
     (2025, 9, 29, 13, 0), IN)], [R("escalate")],
     spec="Milestone in_progress: the value of work not started needs a person: escalate (O3).")

proj("Kalimpong Orchid Nursery", "orchids.kpg@gmail.com", "2025-07-01T10:00:00")
owpay("hi_w08", "OWD-2025-308", "Kalimpong Orchid Nursery", "milestone", "22000.00", "3960.00", "2025-08-20T19:00:00",
      milestone_status="approved")
case("o08-milestone-approved", OWB, "decided", [M("Kalimpong Orchid Nursery <orchids.kpg@gmail.com>",
     "design milestone ka refund",
     "Namaste,\n\nDesign wala milestone (OWD-2025-308) humne August mein approve kiya tha, lekin ab hamare bete ko design pasand nahi. "
     "Iska paisa wapas chahiye.\n\nSuresh Pradhan\nKalimpong",
     (2025, 9, 29, 13, 0), IN)], [R("deny")],
     spec="Approved milestone: non-refundable (O3, O6): deny.")

proj("Madras Filter Kaapi Co", "accounts@filterkaapico.in", "2025-02-01T10:00:00")
owpay("hi_w09", "OWD-2025-309", "Madras Filter Kaapi Co", "retainer", "12000.00", "2160.00", "2025-09-15T19:00:00",
      period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15")
case("o09-retainer-notice-ok", OWB, "decided", [M("Madras Filter Kaapi Co <accounts@filterkaapico.in>",
     "retainer band karna - Madras Filter Kaapi Co",
     "Vanakkam sir,\n\nMadras Filter Kaapi Co ka monthly maintenance retainer (OWD-2025-309) band karna hai, hamara nephew ab website "
     "sambhalega. Next month se bill mat bhejna.\n\nRaghavan\nMylapore, Chennai",
     (2025, 9, 30, 12, 0), IN)], [X("cancel", "2025-10-14")],
     spec="Retainer, next_billing_at 2025-10-15; request 2025-09-30 is at least 7 days before (cut-off 2025-10-08): cancel, effective 2025-10-14 (O4).")

proj("Namchi Organic Farm", "namchiorganic@gmail.com", "2025-03-01T10:00:00")
owpay("hi_w10", "OWD-2025-310", "Namchi Organic Farm", "retainer", "8000.00", "1440.00", "2025-09-05T19:00:00",
      period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05")
case("o10-retainer-short-notice", OWB, "decided", [M("Namchi Organic Farm <namchiorganic@gmail.com>",
     "retainer khatam",
     "Namaste,\n\nNamchi Organic Farm ka retainer OWD-2025-310 yahin khatam kar dijiye, farm ka kaam kam ho gaya hai aur budget nahi hai.\n\n"
     "Pasang\nNamchi",
     (2025, 9, 30, 12, 0), IN)], [X("cancel", "2025-11-04")],
     spec="next_billing_at 2025-10-05, request 2025-09-30: under 7 days' notice: the next cycle is billed, effective 2025-11-04 (O4).")

proj("Mirik Lake Cafe", "miriklakecafe@gmail.com", "2025-03-01T10:00:00")
owpay("hi_w11", "OWD-2025-311", "Mirik Lake Cafe", "retainer", "6000.00", "1080.00", "2025-09-07T19:00:00",
      period_start="2025-09-07", period_end="2025-10-06", next_billing_at="2025-10-07T10:00:00")
case("o11-retainer-exactly-7-days", OWB, "decided", [M("Mirik Lake Cafe <miriklakecafe@gmail.com>",
     "Mirik Lake Cafe retainer cancel (OWD-2025-311)",
     "Hello team,\n\nAaj 30 tarik hai, next billing 7 October ko hai, yaani poore 7 din pehle bata rahe hain. Mirik Lake Cafe ka "
     "retainer band kar do, cafe winter mein band rahega.\n\nNima\nMirik",
     (2025, 9, 30, 22, 0), IN)], [X("cancel", "2025-10-06")],
     spec="next_billing_at 2025-10-07; request dated 2025-09-30 = next billing date minus 7 days: enough notice, cancel effective 2025-10-06 (O4).")

proj("Toronto Bhangra Academy", "admin@torontobhangra.ca", "2025-01-01T10:00:00")
owpay("hi_w12", "OWD-2025-312", "Toronto Bhangra Academy", "retainer", "16000.00", "2880.00", "2025-09-18T19:00:00",
      period_start="2025-09-18", period_end="2025-10-17", next_billing_at="2025-10-18")
owpay("hi_w13", "OWD-2025-313", "Toronto Bhangra Academy", "retainer", "16000.00", "2880.00", "2025-09-25T19:00:00",
      period_start="2025-10-18", period_end="2025-11-17", next_billing_at="2025-11-18")
case("o12-retainer-prepaid-next", OWB, "decided", [M("Toronto Bhangra Academy <admin@torontobhangra.ca>",
     "Retainer cancel - advance paid",
     "Sat Sri Akal ji,\n\nAsi Toronto Bhangra Academy da retainer band karna chaunde haan, academy Brampton shift ho rahi hai te "
     "navin website oh log banaunge. Galti naal asi October-November da advance vi pay kar dita si (OWD-2025-313).\n\nJaspreet\nToronto",
     (2025, 9, 28, 11, 0), EDT)], [X("escalate")],
     spec="The next cycle is already paid (OWD-2025-313) and notice is over 7 days before 2025-10-18: escalate (section 8, O4).")

proj("Yuksom Retreat", "yuksomretreat@gmail.com", "2025-09-22T10:00:00")
owpay("hi_w14", "OWD-2025-314", "Yuksom Retreat", "hosting_annual", "18000.00", "3240.00", "2025-09-22T19:00:00",
      setup_fee="2400.00", service_start="2025-09-22")
case("o13-hosting-within-14", OWB, "decided", [M("Yuksom Retreat <yuksomretreat@gmail.com>",
     "hosting plan refund",
     "Namaste,\n\nYuksom Retreat ka annual hosting (OWD-2025-314) hum band karna chahte hain, hamare investor ke paas pehle se AWS "
     "hai. 22 ko start hua tha. Jo bhi banta hai refund kar dijiye.\n\nUgen\nYuksom",
     (2025, 9, 29, 12, 0), IN)], [R("approve", "14300.00")], extra_ok=True,
     spec="Hosting annual 18000 incl. setup 2400, start 2025-09-22, request day 7: 18000 - 2400 - 1300 x 1 = 14300.00 (O5); the refund ends the plan (extra_ok).")

proj("Pahalgam Pony Rides", "pahalgamponies@gmail.com", "2025-09-12T10:00:00")
owpay("hi_w15", "OWD-2025-315", "Pahalgam Pony Rides", "maintenance_annual", "9600.00", "1728.00", "2025-09-12T19:00:00",
      setup_fee="0.00", service_start="2025-09-14")
case("o14-maintenance-day15", OWB, "decided", [M("Pahalgam Pony Rides <pahalgamponies@gmail.com>",
     "maintenance annual refund",
     "Janab, Pahalgam Pony Rides ka saal bhar ka maintenance plan (OWD-2025-315) nahi chahiye, website hum khud update kar lete hain. "
     "Paisa wapas karein.\n\nAbdul Rashid",
     (2025, 9, 29, 12, 0), IN)], [R("deny")], extra_ok=True,
     spec="maintenance_annual, service_start 2025-09-14, request 2025-09-29 = day 15: after 14 days, deny (O5); 'nahi chahiye' may add a cancellation (extra_ok).")

proj("Siliguri Tea Traders", "siliguriteatraders@gmail.com", "2025-09-01T10:00:00")
owpay("hi_w16", "OWD-2025-316", "Siliguri Tea Traders", "third_party", "3500.00", "630.00", "2025-09-27T19:00:00")
case("o15-domain-ssl", OWB, "decided", [M("Siliguri Tea Traders <siliguriteatraders@gmail.com>",
     ".in domain + SSL refund",
     "Namaste,\n\nAapne Siliguri Tea Traders ke liye domain aur SSL kharida (OWD-2025-316), lekin hamare paas pehle se ek domain tha. "
     "Ye 3500 wapas kar dijiye.\n\nAgarwal\nSiliguri",
     (2025, 9, 29, 12, 0), IN)], [R("deny")],
     spec="Domain and SSL are third-party fees: non-refundable (O6): deny.")

proj("Dal Houseboat Booking", "dalhouseboats@gmail.com", "2025-09-01T10:00:00")
owpay("hi_w17", "OWD-2025-317", "Dal Houseboat Booking", "rush", "7000.00", "1260.00", "2025-09-25T19:00:00")
case("o16-rush-fee", OWB, "decided", [M("Dal Houseboat Booking <dalhouseboats@gmail.com>",
     "rush fee refund",
     "Janab, humne Dal Houseboat Booking ke liye 'express delivery' ka 7000 extra diya tha (OWD-2025-317), phir bhi site 2 din late "
     "live hui. Woh rush charge wapas kijiye.\n\nManzoor",
     (2025, 9, 29, 12, 0), IN)], [R("deny")],
     spec="Rush fee: non-refundable (O6): deny.")

proj("Gangtok Thangka Gallery", "thangkagallery.gtk@gmail.com", "2025-09-01T10:00:00")
owpay("hi_w18", "OWD-2025-318", "Gangtok Thangka Gallery", "deposit", "20000.00", "3600.00", "2025-09-29T19:00:00")
case("o17-personal-gmail-c2", OWB, "need_info", [M("Sonam Tashi <sonamtashi.1985@gmail.com>",
     "Thangka Gallery deposit refund",
     "Namaste,\n\nMain Gangtok Thangka Gallery ka owner hoon. Contract wala email thangkagallery.gtk@gmail.com mera manager dekhta hai. "
     "Deposit OWD-2025-318 ka refund chahiye, project abhi nahi karna.\n\nSonam Tashi",
     (2025, 9, 30, 12, 0), IN)], rules=["C2"],
     spec="Not the contract email: the email must come from thangkagallery.gtk@gmail.com (C2).")

proj("Tirunelveli Halwa House", "halwahouse.tvl@gmail.com", "2025-09-01T10:00:00")
owpay("hi_w19", "OWD-2025-319", "Tirunelveli Halwa House", "retainer", "5000.00", "900.00", "2025-09-20T19:00:00",
      period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20")
case("o18-outlook-forward-c2", OWB, "need_info", [M("Murugan Accounts <murugan.accts@outlook.com>",
     "FW: retainer cancel",
     "Sir, owner ka mail neeche hai, kindly process.\n\nMurugan\n\n________________________________\n"
     "प्रेषक: Halwa House <halwahouse.tvl@gmail.com>\nभेजा गया: सोमवार, 29 सितंबर 2025 10:12 AM\nप्रति: Murugan Accounts\n"
     "विषय: retainer cancel\n\nMurugan, Optima ko bolo Tirunelveli Halwa House ka retainer OWD-2025-319 band karna hai, hum Swiggy pe "
     "hi order lenge ab.\n",
     (2025, 9, 29, 11, 0), IN)], rules=["C2"],
     spec="Outlook (Hindi UI) forward by the accountant: the carried request is the contract email's, the sender is not: C2.")

proj("Ravangla Monastery Guesthouse", "ravanglaguesthouse@gmail.com", "2025-03-01T10:00:00")
owpay("hi_w20", "OWD-2025-320", "Ravangla Monastery Guesthouse", "retainer", "7000.00", "1260.00", "2025-09-22T19:00:00",
      period_start="2025-09-22", period_end="2025-10-21", next_billing_at="2025-10-22")
case("o19-cancel-no-reason", OWB, "need_info", [M("Ravangla Guesthouse <ravanglaguesthouse@gmail.com>",
     "Cancel - Ravangla Monastery Guesthouse / OWD-2025-320",
     "Namaste,\n\nRavangla Monastery Guesthouse ka retainer OWD-2025-320 cancel kar dijiye.\n\nDhanyavaad\nLobsang",
     (2025, 9, 29, 12, 0), IN)], missing=["reason"],
     spec="Optima requires a reason for cancellations too (section 8): project and invoice given, ask for the reason (C3).")
case("o20-cancel-thread-reason", OWB, "decided", [
    M("Ravangla Guesthouse <ravanglaguesthouse@gmail.com>", "Cancel retainer",
      "Namaste, Ravangla Monastery Guesthouse ka retainer OWD-2025-320 band karna hai.\n\nLobsang",
      (2025, 9, 29, 12, 30), IN),
    M("Ravangla Guesthouse <ravanglaguesthouse@gmail.com>", "Re: Cancel retainer [OWD-3203]",
      "Reason: guesthouse monastery trust ko de diya hai, unka apna IT wala hai. Isliye ab zarurat nahi.\n\nLobsang",
      (2025, 9, 30, 10, 0), IN)], [X("cancel", "2025-10-21")],
    spec="Thread: the answer gives the reason; first email 2025-09-29 is at least 7 days before 2025-10-22: cancel effective 2025-10-21 (O4, O8).")

proj("Kupwara Saffron Store", "kupwarasaffron@gmail.com", "2025-08-01T10:00:00")
proj("Kupwara Saffron Blog", "kupwarasaffron@gmail.com", "2025-08-01T10:00:00")
owpay("hi_w21", "OWD-2025-321", "Kupwara Saffron Store", "milestone", "20000.00", "3600.00", "2025-09-10T19:00:00",
      milestone_status="not_started")
owpay("hi_w22", "OWD-2025-322", "Kupwara Saffron Blog", "milestone", "8000.00", "1440.00", "2025-09-10T19:00:00",
      milestone_status="not_started")
case("o21-two-projects-vague", OWB, "need_info", [M("Kupwara Saffron <kupwarasaffron@gmail.com>",
     "refund",
     "Janab, kaam bahut slow hai aur hum khush nahi hain, jo milestone shuru nahi hua uska paisa wapas kijiye.\n\nFayaz",
     (2025, 9, 29, 12, 0), IN)], missing=["project_name", "invoice_number"],
     spec="The contract email holds two projects, each with a not-started milestone; neither project nor invoice named: ask for both (C3).")

proj("Cape Town Tiffin Service", "orders@capetowntiffin.co.za", None)
owpay("hi_w23", "OWD-2025-323", "Cape Town Tiffin Service", "deposit", "15000.00", "2700.00", "2025-09-20T19:00:00")
case("o22-vakil-notice", OWB, "decided", [M("Cape Town Tiffin <orders@capetowntiffin.co.za>",
     "deposit refund - last reminder",
     "Namaste,\n\nCape Town Tiffin Service ka deposit OWD-2025-323 wapas chahiye, aapne 10 din se kuch nahi kiya. Agar is hafte refund "
     "nahi mila to mera attorney aapko legal notice bhejega.\n\nReshma Ramdass\nCape Town",
     (2025, 9, 30, 9, 0), SAST)], [R("escalate")], rules=["C4"],
     spec="Attorney / legal notice threat: escalate (C4).")

case("o23-autoreply-owd", OWB, "ignore", [M("Sikkim Handloom Board <info@sikkimhandloom.example.in>",
     "स्वतः उत्तर: Website proposal",
     "आपका ईमेल प्राप्त हुआ। कार्यालय समय में उत्तर दिया जाएगा। यह स्वचालित संदेश है।",
     (2025, 9, 29, 20, 0), IN, hdr={"Auto-Submitted": "auto-replied",
                                     "In-Reply-To": "<OWD-3188.1@optimawebdesign.com>",
                                     "References": "<OWD-3188.1@optimawebdesign.com>"})], rules=["C7"],
     spec="Auto-Submitted: auto-replied from a government board: ignore (C7).")

case("o24-hypothetical-before-signing", OWB, "other", [M("Ayesha Khan <ayesha.khan.jmu@gmail.com>",
     "refund policy - website ke liye",
     "Hello,\n\nHum ek boutique ke liye website banwana soch rahe hain. Agar hum deposit de aur 2 din baad mann badal jaye, to kya "
     "refund milega? Aur hosting ka kya rule hai? Pehle samajhna chahte hain, phir contract sign karenge.\n\nAyesha\nJammu",
     (2025, 9, 29, 12, 0), IN)],
     spec="Hypothetical questions before signing (section 8): other.")

proj("Nathula Adventures", "nathula.adv@gmail.com", "2025-06-01T10:00:00")
owpay("hi_w24", "OWD-2025-324", "Nathula Adventures", "retainer", "9000.00", "1620.00", "2025-09-12T19:00:00",
      period_start="2025-09-12", period_end="2025-10-11", next_billing_at="2025-10-12")
case("o25-no-refund-just-colour", OWB, "other", [M("Nathula Adventures <nathula.adv@gmail.com>",
     "homepage colour change",
     "Namaste,\n\nRefund ya cancel kuch nahi chahiye, retainer chalne do. Bas homepage ka banner blue se saffron kar do, Dussehra offer "
     "ke liye, aur naya phone number daal do 98320 xxxxx.\n\nDorjee\nNathula Adventures",
     (2025, 9, 29, 12, 0), IN)],
     spec="Refund and cancellation ruled out; a content change request: other.")

proj("Rajya Hastshilp Nigam Portal", "nigam.it@hastshilp-nigam.org.in", "2025-09-25T10:00:00")
owpay("hi_w25", "OWD-2025-325", "Rajya Hastshilp Nigam Portal", "deposit", "50000.00", "9000.00", "2025-09-22T12:00:00")
case("o26-sarkari-deposit-late", OWB, "decided", [M("आईटी प्रकोष्ठ <nigam.it@hastshilp-nigam.org.in>",
     "अग्रिम राशि की वापसी विषयक — Rajya Hastshilp Nigam Portal (OWD-2025-325)",
     "सेवा में,\nऑप्टिमा वेबडिज़ाइन\n\nविषय: पोर्टल निर्माण हेतु जमा अग्रिम राशि की वापसी।\n\nमहोदय,\n"
     "निगम द्वारा दिनांक 22.09.2025 को Rajya Hastshilp Nigam Portal हेतु ₹50,000/- (जीएसटी अतिरिक्त) अग्रिम राशि जमा की गई थी "
     "(चालान OWD-2025-325)। निदेशक मंडल के निर्णयानुसार उक्त पोर्टल अब राष्ट्रीय सूचना विज्ञान केंद्र द्वारा विकसित किया जाएगा। "
     "अतः जमा अग्रिम राशि वापस करने का कष्ट करें।\n\nभवदीय\nउप महाप्रबंधक (आईटी)",
     (2025, 9, 29, 11, 0), IN)], [R("deny")], extra_ok=True,
     spec="Deposit 2025-09-22 12:00, request 2025-09-29 11:00 = 167 h (and work began 2025-09-25): deny (O2); the portal goes to NIC, so a cancellation may be added (extra_ok).")


if __name__ == "__main__":
    out = build(HERE, "hi")
    if "--readme" in sys.argv:
        print("\n".join(readme_lines(out)))
    print(f"{len(out)} cases", file=sys.stderr)
