"""Held-out language round, Hindi (tests/data/heldout_hi/): Indian customers writing to LeadsOptima and Optima
WebDesign in Hindi, in Devanagari and in romanised Hinglish, mixed with English as they really write
(POLICY_SPEC section 8: "Hindi (Devanagari and romanised Hinglish) ... decides them like English mail").
The facts and expected decisions are the shared scenarios of tests/data/langkit.py (the kit of the es/pt/de/fr rounds,
written from POLICY_SPEC.md alone); this file gives the people and the mail.

Run: python3 tests/data/heldout_hi/make_cases.py   (rewrites ledger.json, emails/ and expected.json here)
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # langkit.py, casekit.py
from langkit import Lang, d, sc  # noqa: E402

# ---- scenarios of this round (ids lh.. LeadsOptima, oh.. Optima WebDesign), on the shared ledger slots
sc("lh01-devanagari-negated-refund-cancel", "cm", "Tue, 30 Sep 2025 15:00:00 +0530", "decided",
   [d("cancellation", "cancel", eff="2025-10-14")],
   spec="Section 8 negation ('रिफंड नहीं चाहिए') adds no refund intent; L8 cancel, effective current_period_end "
        "2025-10-14")
sc("lh02-devanagari-hypothetical-integration", "hypo", "Tue, 30 Sep 2025 17:00:00 +0530", "other",
   spec="Section 8 hypothetical before buying ('अगर integration काम नहीं किया तो क्या refund मिलेगा?') -> other")
sc("lh03-past-cancel-gst-invoice", "past", "Mon, 22 Sep 2025 11:00:00 +0530", "other",
   spec="Past event: 'maine 14 September ko plan cancel kiya tha' is not a new cancellation; the ask is a GST "
        "invoice -> other")
sc("lh04-dup-amount-in-hindi-words-typed-invoice", "dup", "Thu, 04 Sep 2025 19:00:00 +0530", "decided",
   [d("refund", "approve", "1499.00")],
   spec="L2 duplicate_payment in Devanagari, amount in Hindi words, typed 'lo inv NNNN' (section 8) -> day 1, "
        "L4 approve 1499.00")
sc("oh01-hinglish-cancel-only-restated-reason", "ret7", "Wed, 01 Oct 2025 09:30:00 +0530", "need_info",
   missing=["reason"],
   spec="Section 8: 'cancel karna hai isliye cancel kar dijiye' restates the request and 'jaldi se jaldi' is no "
        "reason; Optima requires a reason for cancellations -> need_info [reason]")

PEOPLE = {
    "dup": ("Priya Sharma", "gmail.com"), "dup7": ("Rakesh Agarwal", "agarwaltraders.in"),
    "dup8": ("Sunita Verma", "yahoo.co.in"), "dup1": ("Amit Kulkarni", "kulkarniinfra.com"),
    "dup3": ("Neha Gupta", "gmail.com"), "berr": ("Vikram Singh", "singhrealty.in"),
    "berrout": ("Kavita Joshi", "rediffmail.com"), "past": ("Manoj Tiwari", "gmail.com"),
    "acc": ("Anjali Mehta", "mehtaconsulting.in"), "accout": ("Rohit Yadav", "outlook.com"),
    "l1": ("Pooja Reddy", "gmail.com"), "l1c": ("Suresh Patel", "patelfabrics.com"),
    "trial": ("Deepak Chauhan", "gmail.com"), "hypo": ("Arjun Nair", "nairdigital.in"),
    "cm": ("Meera Iyer", "iyerdesignstudio.in"), "ca": ("Sanjay Malhotra", "malhotraexports.com"),
    "cq": ("Ritu Saxena", "gmail.com"), "cnr": ("Harish Pandey", "pandeymotors.in"),
    "thr": ("Swati Deshmukh", "gmail.com"), "mreason": ("Gaurav Bansal", "bansalinsurance.in"),
    "c2": ("Shalini Bhatt", "bhattphysio.in"), "fwdok": ("Nitin Chopra", "chopralogistics.com"),
    "fwdboss": ("Rajesh Khanna", "khannaassociates.in"), "cb": ("Aarti Mishra", "gmail.com"),
    "legal": ("Dinesh Choudhary", "choudharyimports.in"),
}
PROJECTS = {
    "disc": ("Shree Ganesh Sweets", "info@shreeganeshsweets.in", "Shree Ganesh Sweets"),
    "disc2": ("Sanjeevani Dental Clinic", "admin@sanjeevanidental.in", "Dr. Kiran Rao"),
    "dep": ("Annapurna Tiffin Service", "orders@annapurnatiffin.in", "Lata Kapoor"),
    "dep72": ("Hotel Sagar Residency", "gm@sagarresidency.in", "Hotel Sagar Residency"),
    "depw": ("Jain Hardware Mart", "accounts@jainhardware.in", "Mahesh Jain"),
    "ms": ("Gharonda Realty Portal", "it@gharondarealty.in", "IT Team - Gharonda Realty"),
    "host": ("Saraswati Coaching Classes", "director@saraswaticlasses.in", "Saraswati Coaching Classes"),
    "maint": ("Pustak Bhandar", "contact@pustakbhandar.in", "Pustak Bhandar"),
    "maintr": ("Maa Durga Bakery", "orders@maadurgabakery.in", "Sushma - Maa Durga Bakery"),
    "nonref": ("Rajasthani Handicrafts Store", "sales@rajhandicrafts.in", "Rajasthani Handicrafts"),
    "ret8": ("FitZone Gym", "admin@fitzonegym.in", "FitZone Admin"),
    "ret7": ("Drishti Opticals", "contact@drishtiopticals.in", "Drishti Opticals"),
    "ret5": ("Balaji Auto Works", "office@balajiautoworks.in", "Balaji Auto Works"),
    "cproj": ("Phoolwala Florist", "hello@phoolwala.in", "Phoolwala Florist"),
    "thr": ("Goa Surf School", "info@goasurfschool.in", "Goa Surf School"),
    "failed": ("Chai Point Cafe", "admin@chaipointcafe.in", "Chai Point Cafe"),
}
EXTRA = {"c2_personal": "shalu.bhatt87@gmail.com", "unknown": "ravi.kumar@kumarevents.in",
         "assistant": "accounts@khannaassociates.in", "ow_personal": "ramesh.ganesh1972@gmail.com",
         "prospect": "sneha.decor@gmail.com"}

T = {
    # ---------------- LeadsOptima
    "l01-dup-inside": dict(
        subject="Payment do baar kat gaya",
        body="Hello team,\n\n3 Sept ko mere card se monthly plan ka Rs. 1,499 do baar kat gaya, 4-5 minute ke "
             "gap me. Dusra invoice {i[dup_2]} hai. Please duplicate payment wapas kar dijiye.\n\n"
             "Thanks,\nPriya Sharma\n"),
    "l02-dup-day7": dict(
        subject="क्वार्टरली प्लान का पेमेंट दो बार कटा",
        body="नमस्ते,\n\n20 अगस्त को मेरे खाते से क्वार्टरली प्लान के ₹3,999 दो बार कट गए (इनवॉइस {i[dup7]} और "
             "{i[dup7_2]})। मेरा एक ही अकाउंट है। कृपया दूसरे चार्ज {i[dup7_2]} का रिफंड कर दीजिए।\n\n"
             "धन्यवाद,\nराकेश अग्रवाल\nअग्रवाल ट्रेडर्स\n"),
    "l03-dup-day8": dict(
        subject="Annual plan double charge",
        body="Namaste,\n\n10 July ko annual plan ka payment do baar hua, Rs 11,988 x 2. Duplicate wala invoice "
             "{i[dup8_2]} hai. Kripya second payment refund karein.\n\nSunita Verma\n"),
    "l04-dup-no-pair": dict(
        subject="Duplicate payment - refund chahiye",
        body="Hi,\n\nmere bank statement me 22/09/2025 ko monthly subscription ka amount do baar debit dikh raha "
             "hai. Please ek payment refund kar do. Invoice: {i[dup1]}.\n\nRegards,\nAmit Kulkarni\n"
             "Kulkarni Infra, Pune\n"),
    "l05-dup-three-charges": dict(
        subject="एक ही दिन में तीन बार पैसे कटे!",
        body="Hello LeadsOptima,\n\n15 सितंबर को मेरा monthly subscription तीन बार charge हुआ: {i[dup3]}, "
             "{i[dup3_2]} और {i[dup3_3]}, हर एक ₹1,499.00। सिर्फ़ एक payment होना चाहिए था। बाकी दोनों "
             "extra payments का refund चाहिए।\n\nनेहा गुप्ता\n"),
    "l06-billing-error-wrong-plan": dict(
        subject="Galat plan ka charge laga",
        body="Hello,\n\n26 September ko mujhse quarterly plan ke Rs. 3,999/- le liye gaye, jabki maine monthly "
             "plan select kiya tha. Ye billing mistake hai. Invoice {i[berr]}. Is charge ka refund chahiye.\n\n"
             "Vikram Singh\nSingh Realty\n"),
    "l07-billing-error-outside": dict(
        subject="इनवॉइस {i[berrout]} में गलत अमाउंट",
        body="नमस्कार,\n\n1 अगस्त को annual plan के लिए ₹11,988 काटे गए, लेकिन आपके sales वाले ने कम "
             "amount बताया था। अमाउंट गलत है। कृपया इनवॉइस {i[berrout]} का पैसा वापस करें।\n\nकविता जोशी\n"),
    "l08-charged-after-cancelled": dict(
        subject="Cancel karne ke baad bhi paise kaat liye",
        body="Hello,\n\nmaine 14th September ko Billing > Cancel Plan se apna plan cancel kar diya tha, phir bhi "
             "18 September ko aapne Rs. 1,499 kaat liye (invoice {i[past]}). Ye paisa wapas chahiye.\n\n"
             "Manoj Tiwari\n"),
    "l09-access-inside": dict(
        subject="लॉगिन नहीं हो रहा - रिफंड",
        body="नमस्ते,\n\n24 सितंबर को annual plan का payment किया (invoice {i[acc]}) और अगले दिन से मैं login "
             "नहीं कर पा रही हूँ। पेज लोड होता रहता है फिर error आता है। Chat पर भी बताया, अभी तक ठीक नहीं "
             "हुआ। मुझे payment का refund चाहिए।\n\nसादर,\nअंजलि मेहता\nMehta Consulting\n"),
    "l10-access-outside": dict(
        subject="Access nahi hai, refund do",
        body="Bhai,\n\nkai hafton se account open nahi ho raha, dashboard load hi nahi hota. 5 August ko payment "
             "kiya tha (invoice {i[accout]}, monthly plan). Refund chahiye.\n\nRohit Yadav\n"),
    "l11-not-using-refund": dict(
        subject="Refund request",
        body="Hi,\n\nsach kahun to main tool use hi nahi kar rahi, setup karne ka time nahi mila. 20 September "
             "wala payment wapas kar dijiye please, invoice {i[l1]}, monthly plan.\n\nThanks,\nPooja Reddy\n"),
    "l12-unused-months-refund-and-cancel": dict(
        subject="प्लान कैंसिल करें और बचे महीनों का पैसा लौटाएँ",
        body="नमस्ते,\n\nहमारा business महीने के अंत में बंद हो रहा है, इसलिए मेरा quarterly plan cancel कर "
             "दीजिए। साथ ही October और November के जो दिन use नहीं होंगे उनका पैसा भी वापस कर दीजिए "
             "(invoice {i[l1c]})।\n\nसुरेश पटेल\nPatel Fabrics\n"),
    "l14-hypothetical-before-buying": dict(
        subject="Annual plan lene se pehle ek sawal",
        body="Hello,\n\nabhi main trial use kar raha hoon aur annual plan lene ka soch raha hoon. Agar le liya "
             "aur 2 mahine baad kaam ka nahi laga, to kya baaki mahino ka paisa refund milega? Payment se pehle "
             "clear karna chahta hoon.\n\nArjun Nair\nNair Digital, Kochi\n"),
    "l15-cancel-period-end": dict(
        subject="Subscription band karna hai",
        body="Namaste,\n\nmera monthly plan cancel kar dijiye. Hum wapas apne CRM se leads manage karenge.\n\n"
             "Meera Iyer\nIyer Design Studio\n"),
    "l16-cancel-annual-fallback": dict(
        subject="वार्षिक प्लान रद्द करें",
        body="सुप्रभात,\n\nहम अपनी LeadsOptima annual subscription रद्द करना चाहते हैं; sales team दूसरा tool "
             "ले रही है, इसलिए renew नहीं करेंगे।\n\nभवदीय,\nसंजय मल्होत्रा\nMalhotra Exports\n"),
    "l17-cancel-quarterly-month-end-html": dict(
        subject="Quarterly plan cancel", body=None,
        html="<html><body><div style='font-family:Arial'><p>Hi,</p><p>Mujhe apna quarterly subscription "
             "<b>cancel</b> karna hai. Reason: ab automatic prospecting ki zarurat nahi hai.</p>"
             "<p>Thanks,<br>Ritu Saxena</p><p style='color:#888'>Sent from my iPhone</p></div>"
             "</body></html>"),
    "l18-cancel-negated-refund": dict(
        subject="Cancel",
        body="Hello, refund nahi chahiye, bas monthly subscription cancel kar do taaki renew na ho.\n\n"
             "Harish Pandey\nPandey Motors\n"),
    "l19a-thread-dup-no-invoice": dict(
        subject="डुप्लिकेट चार्ज",
        body="नमस्ते,\n\nकल 26/09 को monthly fee दो बार कट गई। कृपया एक charge वापस कर दें।\n\nस्वाति देशमुख\n"),
    "l19b-thread-dup-answer": dict(
        subject="Re: डुप्लिकेट चार्ज",
        body="नमस्ते,\n\nडुप्लिकेट charge का invoice {i[thr_2]} है।\n\nधन्यवाद,\nस्वाति\n\n"
             "On Sat, 27 Sep 2025 at 10:00, Swati Deshmukh wrote:\n> नमस्ते,\n> कल 26/09 को monthly fee दो बार "
             "कट गई।\n"),
    "l20-missing-reason": dict(
        subject="Refund invoice {i[mreason]}",
        body="Dear Sir/Madam,\n\nKindly refund invoice {i[mreason]} at the earliest. Please do the needful.\n\n"
             "Dhanyavaad,\nGaurav Bansal\nBansal Insurance Advisors\n"),
    "l21-c2-other-address": dict(
        subject="Double payment", sender="Shalu <{e[c2_personal]}>",
        body="Hi, ye mera personal email hai. LeadsOptima me registered email {e[c2]} hai. 10 September ko do "
             "baar payment kat gaya, invoice {i[c2]}. Mere account me kitne charges hain bata dijiye aur "
             "duplicate wala refund kar dijiye.\n\nShalini Bhatt\n"),
    "l22-unknown-sender": dict(
        subject="Account cancel karna hai", sender="Ravi Kumar <{e[unknown]}>",
        body="नमस्ते, मेरा LeadsOptima account cancel कर दीजिए, अब ज़रूरत नहीं है।\n\nरवि कुमार\nKumar Events\n"),
    "l23-forward-own-request": dict(
        subject="Fwd: Annual plan ka double payment",
        body="Galti se info@ par bhej diya tha, isliye forward kar raha hoon.\n\n"
             "---------- Forwarded message ---------\nFrom: Nitin Chopra <{e[fwdok]}>\nDate: Mon, 29 Sep 2025 "
             "at 18:40\nSubject: Annual plan ka double payment\nTo: <info@leadsoptima.com>\n\nHello, aaj annual "
             "plan ka payment do baar ho gaya, gyarah hazaar nau sau athasi rupaye (Rs. 11,988) har baar. Dusra "
             "wala {i[typed_fwdok_2]} hai. Duplicate payment refund kijiye.\nNitin Chopra\n"),
    "l24-forward-by-assistant-c2": dict(
        subject="FW: LeadsOptima refund", sender="Accounts - Khanna Associates <{e[assistant]}>",
        body="Dear Team,\n\nPlease see below mail from our Director and do the needful.\n\nRegards,\nAccounts Dept.\n\n"
             "________________________________\nFrom: Rajesh Khanna\nSent: Sunday, September 7, 2025 8:15 PM\n"
             "To: Accounts\nSubject: LeadsOptima refund\n\nLeadsOptima ko ye bhej do: mera registered email "
             "{e[fwdboss]} hai, quarterly plan. 6 September se platform khul hi nahi raha, dashboard load nahi "
             "hota. Invoice {i[fwdboss]} ka refund chahiye.\n"),
    "l25-chargeback-threat": dict(
        subject="Refund do warna chargeback",
        body="Hello,\n\n10 September ko Rs. 1499 kaate (invoice {i[cb]}) aur tool bilkul waisa nahi hai jaisa "
             "bataya tha. Is hafte paisa wapas nahi aaya to main bank me chargeback file kar doongi.\n\n"
             "Aarti Mishra\n"),
    "l26-legal-threat-cancel-and-refund": dict(
        subject="प्लान रद्द और रिफंड - कानूनी नोटिस",
        body="महोदय,\n\nमैं अपना quarterly plan रद्द कर रहा हूँ और invoice {i[legal]} का पूरा refund चाहता हूँ। "
             "Service वादे के मुताबिक नहीं है। 48 घंटे में जवाब नहीं मिला तो मेरे वकील के ज़रिए consumer court "
             "में शिकायत करूँगा।\n\nदिनेश चौधरी\nChoudhary Imports\n"),
    "l27-auto-reply": dict(
        subject="Automatic reply: Aapka LeadsOptima invoice",
        body="Dhanyavaad. Main 6 October tak office se bahar hoon aur email check nahi kar paungi. Urgent kaam "
             "ke liye admin@iyerdesignstudio.in par likhein.\n\nMeera Iyer\n"),

    # ---------------- Optima WebDesign
    "o01-discovery-not-started": dict(
        subject="Refund Request — Shree Ganesh Sweets / {i[ow_disc]}",
        body="Namaste,\n\n22 September ko humne discovery phase ke Rs. 12,000 + GST pay kiye the, lekin abhi tak "
             "koi session nahi hua. Management ne website ka project 2026 tak postpone kar diya hai, isliye "
             "invoice {i[ow_disc]} ka refund chahiye.\n\nShree Ganesh Sweets\n"),
    "o02-discovery-started": dict(
        subject="स्ट्रैटेजी फ़ीस का रिफंड",
        body="नमस्ते,\n\nहमें invoice {i[ow_disc2]} (Sanjeevani Dental Clinic project की strategy phase) का "
             "पैसा वापस चाहिए। 5 सितंबर के पहले session के बाद लगा कि यह हमारे काम का नहीं है।\n\n"
             "डॉ. किरण राव\n"),
    "o03-deposit-48h-html": dict(
        subject="Deposit refund — Annapurna Tiffin Service", body=None,
        html="<html><body><p>Namaste Optima team,</p><p>Friday 26 September ko humne project <i>Annapurna "
             "Tiffin Service</i> ke liye <b>Rs. 20,000</b> deposit diya tha (invoice {i[ow_dep]}). Paison ki "
             "dikkat ki wajah se hum project aage nahi badha rahe, kripya deposit refund kar dijiye. Aapne abhi "
             "kaam shuru nahi kiya hai.</p><p>Dhanyavaad,<br>Lata Kapoor</p></body></html>"),
    "o04-deposit-exactly-72h": dict(
        subject="डिपॉज़िट रिफंड - Hotel Sagar Residency",
        body="नमस्कार,\n\nHotel Sagar Residency project के invoice {i[ow_dep72]} का deposit वापस करने की कृपा "
             "करें: मालिक ने होटल बेचने का फ़ैसला कर लिया है।\n\nHotel Sagar Residency\n"),
    "o05-deposit-work-started": dict(
        subject="Deposit wapas chahiye",
        body="Hello,\n\nkal humne Jain Hardware Mart project ka deposit diya tha (invoice {i[ow_depw]}), par "
             "bhai ne ek sasti agency dhoondh li hai. Deposit ka refund kar dijiye.\n\nMahesh Jain\n"),
    "o06-milestone-not-started": dict(
        subject="Milestone 4 refund - Gharonda Realty Portal",
        body="Hi,\n\nmilestone 4 (CRM integration), invoice {i[typed_ow_ms_4]}, abhi start nahi hua hai aur humne "
             "decide kiya hai ki ye integration hum in-house karenge. Us milestone ka refund chahiye.\n\n"
             "IT Team - Gharonda Realty\n"),
    "o07-milestone-in-progress": dict(
        subject="माइलस्टोन 3 का रिफंड",
        body="नमस्ते,\n\nGharonda Realty Portal project में milestone 3 (invoice {i[ms_in_progress]}) का refund "
             "चाहिए, क्योंकि property search कई हफ़्तों से delay है और हमारी priorities बदल गई हैं।\n\n"
             "IT Team - Gharonda Realty\n"),
    "o08-milestone-completed": dict(
        subject="Milestone 2 refund",
        body="Hello,\n\nGharonda Realty Portal ke invoice {i[ms_completed]} (milestone 2, listing page design) ka "
             "paisa wapas chahiye. Naye management ko alag style chahiye, ye design use nahi hoga.\n\n"
             "IT Team - Gharonda Realty\n"),
    "o10-milestone-no-invoice": dict(
        subject="Ek milestone ka refund",
        body="Hello,\n\nGharonda Realty Portal project ke ek payment ka refund chahiye, kyunki is quarter ka "
             "budget cut ho gaya hai.\n\nIT Team - Gharonda Realty\n"),
    "o11-hosting-within-14-days": dict(
        subject="Annual hosting cancel aur refund — Saraswati Coaching Classes",
        body="नमस्ते,\n\n19 सितंबर को annual hosting लिया था (invoice {i[ow_host]}), लेकिन हमारी head office "
             "अपने server पर ही site रखना चाहती है। कृपया hosting plan cancel करें और जो बनता है वह refund "
             "कर दें।\n\nSaraswati Coaching Classes\n"),
    "o12-maintenance-day15": dict(
        subject="Annual maintenance refund - Pustak Bhandar",
        body="Namaste,\n\n1 September se shuru hua annual maintenance cancel karke pro-rata paisa wapas kar "
             "dijiye (invoice {i[ow_maint]}). Humne mohalle ke ek computer wale ko rakh liya hai.\n\n"
             "Pustak Bhandar\n"),
    "o14-third-party-domain-ssl": dict(
        subject="डोमेन और SSL का रिफंड",
        body="नमस्ते,\n\nRajasthani Handicrafts Store project के invoice {i[tp]} (.in domain और SSL certificate) "
             "का refund चाहिए, क्योंकि हम अपना पुराना domain ही इस्तेमाल करेंगे।\n\nRajasthani Handicrafts\n"),
    "o18-retainer-11-days-no-refund": dict(
        subject="Retainer cancel — FitZone Gym",
        body="Hello,\n\nFitZone Gym project ka monthly retainer cancel kar dijiye (last invoice {i[ow_ret8]}). Is "
             "mahine ka refund nahi chahiye. Reason: hum ek full-time marketing wala rakh rahe hain.\n\n"
             "FitZone Admin\n"),
    "o19-retainer-exactly-7-days": dict(
        subject="Drishti Opticals retainer बंद करें",
        body="सुप्रभात,\n\nDrishti Opticals का monthly retainer (invoice {i[ow_ret7]}) बंद कर दीजिए। कारण: दुकान "
             "में renovation चल रहा है, खर्च कम करना है।\n\nDrishti Opticals\n"),
    "o20-retainer-5-days": dict(
        subject="Retainer cancel karna hai - Balaji Auto Works",
        body="Namaskar,\n\nBalaji Auto Works project ka retainer (invoice {i[ow_ret5]}) cancel karna hai, kyunki "
             "is quarter me sales bahut gir gayi hai.\n\nBalaji Auto Works\n"),
    "o21-cancel-project-o8": dict(
        subject="Phoolwala Florist project cancel",
        body="नमस्ते,\n\nदुख के साथ बता रहे हैं कि Phoolwala Florist project cancel करना पड़ रहा है (deposit "
             "invoice {i[ow_cproj]})। वजह: दूसरी दुकान बंद हो गई है, अब online orders वाली website की ज़रूरत "
             "नहीं रही।\n\nPhoolwala Florist\n"),
    "o22-cancel-no-reason": dict(
        subject="Retainer cancellation",
        body="Hi,\n\nFitZone Gym project ka retainer, invoice {i[ow_ret8]}, turant prabhav se cancel kar dijiye."
             "\n\nThanks & Regards,\nFitZone Admin\n"),
    "o23a-thread-deposit-no-reason": dict(
        subject="Refund Request — Goa Surf School / {i[ow_thr]}",
        body="Hello,\n\nGoa Surf School project ke liye kal jo deposit diya tha, invoice {i[ow_thr]}, uska "
             "refund chahiye.\n\nRegards,\nGoa Surf School\n"),
    "o23b-thread-deposit-answer": dict(
        subject="Re: Refund Request — Goa Surf School / {i[ow_thr]}",
        body="Hello,\n\nreason ye hai ki panchayat ne beach ka license renew nahi kiya, school agle season nahi "
             "khulega.\n\nRegards,\nGoa Surf School\n"),
    "o24-c2-personal-address": dict(
        subject="Shree Ganesh Sweets refund", sender="Ramesh Agrawal <{e[ow_personal]}>",
        body="Namaste, main Ramesh, Shree Ganesh Sweets se. Dukaan wala email ({e[ow_disc]}) abhi khul nahi "
             "raha isliye Gmail se likh raha hoon. Discovery ke invoice {i[ow_disc]} ka refund chahiye kyunki "
             "project aage khisak gaya hai. Ab tak humne kitna pay kiya hai wo bhi bata dijiye.\n"),
    "o25-chargeback-threat": dict(
        subject="URGENT: deposit refund warna chargeback",
        body="Hello,\n\nJain Hardware Mart ka deposit (invoice {i[ow_depw]}) aaj wapas nahi kiya to main card se "
             "chargeback kar doonga. Project ki shuruaat se hum khush nahi hain.\n\nMahesh Jain\n"),
    "o27-forward-own-request": dict(
        subject="Fwd: Discovery refund — Shree Ganesh Sweets",
        body="कल की request forward कर रहे हैं, शायद गलत email पर चली गई थी।\n\n"
             "---------- Forwarded message ---------\nFrom: Shree Ganesh Sweets <{e[ow_disc]}>\n"
             "Date: Wed, 24 Sep 2025 at 10:05\nSubject: Discovery refund — Shree Ganesh Sweets\n"
             "To: <optimawebdesign@gmail.com>\n\nनमस्ते, invoice {i[ow_disc]} (Shree Ganesh Sweets project की "
             "discovery phase) का refund चाहिए। अभी तक कोई session नहीं हुआ और management ने website 2026 तक "
             "टाल दी है।\n"),
    "o28-hypothetical-deposit": dict(
        subject="Deposit ke baare me sawal", sender="Sneha Kapoor <{e[prospect]}>",
        body="Hello,\n\nhum apni home decor shop ki website aapse banwane ka soch rahe hain. Agar deposit dene ke "
             "do din baad mann badal gaya to kya deposit wapas milega? Aur agar aapne kaam shuru kar diya ho "
             "tab?\n\nThanks,\nSneha\n"),
    "o29-auto-reply": dict(
        subject="स्वचालित उत्तर: Optima WebDesign invoice",
        body="यह एक स्वचालित संदेश है। FitZone का admin office 13 अक्टूबर तक छुट्टी पर है। लौटने पर आपके email "
             "का जवाब दिया जाएगा।\n"),
    "o30-payment-failed": dict(
        subject="Chai Point Cafe discovery refund",
        body="Hello,\n\n28 September ko Chai Point Cafe project ki discovery phase ka payment kiya (invoice "
             "{i[ow_failed]}). Bank bol raha hai payment fail hua, lekin account se paisa kat gaya hai. Hum "
             "project aage nahi le ja rahe, isliye ye amount refund kar dijiye.\n\nChai Point Cafe\n"),
    "lh01-devanagari-negated-refund-cancel": dict(
        subject="प्लान बंद करना है",
        body="नमस्ते,\n\nमुझे रिफंड नहीं चाहिए, बस अगले महीने से पैसे न कटें। मेरा monthly plan बंद कर दीजिए, "
             "हमारी टीम अब दूसरा software इस्तेमाल करेगी।\n\nमीरा अय्यर\n"),
    "lh02-devanagari-hypothetical-integration": dict(
        subject="खरीदने से पहले सवाल",
        body="नमस्ते,\n\nमैं अभी trial पर हूँ। हम Tally और Zoho के साथ integration चाहते हैं। अगर integration "
             "काम नहीं किया तो क्या मुझे refund मिलेगा? Payment करने से पहले जानना चाहता हूँ।\n\nअर्जुन नायर\n"),
    "lh03-past-cancel-gst-invoice": dict(
        subject="September ka GST invoice",
        body="Hello,\n\nmaine 14 September ko Billing > Cancel Plan se plan cancel kiya tha, wo theek hai. Bas "
             "18 September wale charge ({i[past]}) ka GST invoice humare GSTIN ke saath bhej dijiye, accounts ke "
             "liye chahiye.\n\nManoj Tiwari\n"),
    "lh04-dup-amount-in-hindi-words-typed-invoice": dict(
        subject="एक ही प्लान के पैसे दो बार कटे",
        body="नमस्ते जी,\n\n3 सितंबर को मेरे खाते से चौदह सौ निन्यानवे रुपये दो बार कटे। दूसरा वाला "
             "{i[typed_dup_2]} है। कृपया यह दोहरा भुगतान वापस कर दीजिए।\n\nप्रिया शर्मा\n"),
    "oh01-hinglish-cancel-only-restated-reason": dict(
        subject="Retainer cancel",
        body="Namaste sir,\n\nDrishti Opticals ka retainer, invoice {i[ow_ret7]}, cancel karna hai isliye "
             "cancel kar dijiye, jaldi se jaldi.\n\nDhanyavaad\nDrishti Opticals\n"),
}

if __name__ == "__main__":
    Lang("hi", HERE, 6600, 6600, PEOPLE, PROJECTS, T, EXTRA).build()
