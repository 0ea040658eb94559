"""The keys a language pack may hold, each with its help text: declared once, here.

:mod:`mailbot.reading.languages` checks every pack against them (an unknown key is an error, so a typo does
not silently read nothing) and lists them in its own docstring; ``docs/languages.md`` documents each one
(``tests/test_docs.py`` fails when one is missing).  Kept apart from the loader so that the loader stays short.
"""

from __future__ import annotations

KEYS: dict[str, str] = {
    "intents.refund": "words that ask for money back",
    "intents.cancellation": "words that ask to cancel or end a plan, retainer or service",
    "intents.cancellation_past": "a cancellation word that tells what already happened (matched where it starts)",
    "intents.refund_negated": "phrases that say no refund is wanted",
    "intents.refund_accepted": "a refusal of a refund accepted (\"fair enough re the refund\", \"verstanden wegen der "
                               "Erstattung\"): read as a decline (``refund_negated``) everywhere, but it settles only the "
                               "refund it refers to: a refund asked in another sentence that states an exception of its "
                               "own (a duplicate charge, a billing error, an access failure) is still asked (fix34a, fix35l)",
    "intents.cancellation_done": "a cancellation told as made already, with its tense (\"ich habe im August gekündigt\", "
                                 "\"we cancelled in June\"; searched in the body): under it, the subject's cancellation "
                                 "word names the matter, it asks nothing new",
    "intents.refund_past": "a refund word that tells a refund someone already made (\"you refunded us the fee\"; "
                           "matched where it starts, or a match covering it that opens at its subject or a time "
                           "word: \"last spring you refunded a double charge\"): that word asks for nothing",
    "intents.refund_ultimatum": "a refund demanded by a deadline (\"without a refund within 48 hours, I will ...\"): "
                                "a refund decline inside it declines nothing",
    "intents.negation_before": "a negation ending just before an intent word (pattern ends with $)",
    "intents.negation_after": "a negation just after an intent word (pattern starts with ^)",
    "intents.thanked_done": "a thank-you for a refund or a cancellation already made, with its time (\"Gracias por "
                            "cancelar mi plan ayer\", \"thanks for refunding me yesterday\"; searched in the body): "
                            "the intent words inside ask for nothing (fix27l); (fix46y) also an intention told in the "
                            "past and given up, a 'but' after it (\"I was going to cancel, but ...\")",
    "intents.new_clause": "a conjunction opening a new clause with its own subject (\"... and I\", \"... und ich\", "
                          "\"... y quiero\"; searched in the words before an intent word): a negation before it "
                          "does not reach the intent word after it (fix27l)",
    "intents.restriction": "a restriction right after the intent's first word (fr \"n'annulons que\", es "
                           "\"no cancelamos más que\", pt \"não cancelamos senão\"; pattern starts with ^): the "
                           "negation before only restricts the intent to what follows, it still asks (fix31l)",
    "intents.threat_condition": "a condition opening a threat, ending just before a negated intent word (\"si no me "
                                "cancelan ... Profeco\"; pattern ends with $): with a dispute threat in the sentence, "
                                "the negation states the threat's condition and the intent is demanded",
    "intents.past_before": "a cue ending just before a cancellation word that tells it already happened "
                           "(\"after\", \"despite\"; pattern ends with $)",
    "intents.hypothetical_condition": "a condition (\"if\"): with a question below, the sentence is hypothetical",
    "intents.hypothetical_question": "a question about an outcome (\"would I get\")",
    "intents.polite_condition": "a polite phrase whose condition word sets no condition (\"if possible\")",
    "intents.condition_met": "a condition that restates a failure going on (\"wenn das nicht läuft\"): with an access "
                             "failure stated in the email, a refund wish under it is asked now, not a hypothetical; a "
                             "question under it stays one (fix36b)",
    "intents.closing_own_business": "a cancellation word whose object is the customer's own business "
                                     "(\"dukaan band kar rahe hain\"), matched from that object: closing it is "
                                     "the customer's news (a reason), never a request to cancel",
    "intents.others_wish": "a third person's wish to cancel their own plan (\"my colleague wants to cancel his "
                           "plan\", \"mi socio quiere cancelar su cuenta\"), matched from that person: the sender "
                           "tells it, it asks nothing (fix29l)",
    "intents.refund_by_pronoun": "a refund word's ask back by a pronoun or with no object (\"can we get it back?\", "
                                 "\"wapas mil sakti hai kya?\"): it counts only with money named in reach (fix31l)",
    "intents.money_named": "a money noun, an amount or a refund word (\"fee\", \"paise\", \"200 €\"): in reach of "
                           "an ask back by a pronoun, the pronoun stands for money (fix31l)",
    "intents.policy_mention": "words that name the policy, not a request (\"refund policy\")",
    "intents.dispute": "chargeback, dispute and legal threats (C4)",
    "reasons.duplicate_payment": "words for a duplicate payment (L2)",
    "reasons.billing_error": "words for a technical billing error (L2)",
    "reasons.access_failure": "words for a platform access failure (L2)",
    "reasons.own_plan_change": "a plan change the customer tells as their own (\"I upgraded to annual myself\", \"we switched us "
                               "to annual\", \"maine khud annual mein upgrade kiya\"): a billing error stated in its sentence "
                               "with no other plan charged after it is none (fix35l)",
    "reasons.access_unneeded": "access told as no longer needed (\"wir brauchen keinen Zugriff mehr\", \"no access needed any "
                               "more\"): a reason for cancelling, not a platform access failure; an access failure's words "
                               "inside it state none (fix33l)",
    "reasons.price_complaint": "a price told too high for the customer (\"The monthly charge was too high for us\", \"trop "
                               "élevé pour nous\"): a price complaint, their reason; a billing error's words inside it "
                               "state none (fix45k)",
    "reasons.cues": "words that introduce the customer's reason (\"because\")",
    "reasons.consequence": "a connector after the reason (\"..., so please cancel\"): the reason is the part "
                           "of the sentence before it",
    "reasons.cause_openers": "the words that open the customer's cause after the ask in the same sentence (\"because\", "
                             "\"weil\", \"parce que\", \"porque\", \"kyunki\"), each ending with what follows it (a space, "
                             "an apostrophe): the reason a cue finds there is what follows them, the ask left out (\"please "
                             "cancel my plan because we have closed the shop\" gives \"we have closed the shop\"; xfer33)",
    "reasons.labels": "a reason label (\"Reason\", \"Motivo\"), followed by a colon and the reason",
    "text.not_reason": "sentences that are never a reason: forwarding notes, formalities, signatures",
    "text.no_leading_reason": "a part before the request in the same sentence that is no reason: one "
                              "opening as a reference or a condition (\"regarding\", \"if\"; ^), or "
                              "naming the payment (\"the deposit we paid\")",
    "text.other_asks": "a polite ask opening a sentence, after a list mark or not (\"could you\", \"pouvez-vous\", "
                       "\"können Sie\"; plain alternatives): a sentence that opens with one and asks no refund or "
                       "cancellation asks for something else (a new address, another user): it is no reason (fix37a)",
    "text.greetings": "greetings that open a sentence (plain alternatives)",
    "text.closings": "closings that open a sentence (plain alternatives)",
    "text.courtesies": "courtesies and small talk opening a sentence (\"hope you understand\", \"let me know\"; "
                       "plain alternatives): a short sentence after the request that opens with one is no reason",
    "text.sign_offs": "sign-off lines; what follows is signature and footer (plain alternatives)",
    "text.courtesy_words": "the words of a courtesy line (\"awaiting your reply\", \"thanks in advance\", \"please "
                           "confirm receipt\") and the small words around them, each a whole word (plain alternatives): "
                           "a sentence made of them only says nothing beyond the courtesy and is never a reason",
    "text.request": "words that restate the request (a short sentence with them is no reason)",
    "text.purpose_words": "the small words that only say what a request is for or about, the names of the payment and "
                          "the request's own verbs (\"for\", \"the\", \"regarding\", \"ke liye\", \"project\", "
                          "\"invoice\", \"want\", \"reason\"), each a whole word (plain alternatives): a reason made "
                          "only of them, the ledger's project names, references and the request restated is no reason "
                          "(fix25c)",
    "text.number_words": "the words that write out a number or an amount: numerals, their multipliers and the names of "
                         "the currency (\"fourteen\", \"thousand\", \"lakh\", \"rupees\"), each a whole word (plain "
                         "alternatives): in a candidate reason they count like a word holding a digit, so an amount "
                         "restated in words is no reason (fix26a)",
    "text.boilerplate": "disclaimer words: what follows is boilerplate",
    "text.field_words": "a field label (\"Invoice:\"): a short sentence with it is no reason",
    "text.forward_subject": "subject prefixes of a forward, before the colon (plain alternatives)",
    "text.forward_markers": "lines that open a forwarded message",
    "text.reply_subject": "subject prefixes of a reply, before the colon (plain alternatives)",
    "labels.email": "labels of the account or contract address (\"registered email\")",
    "labels.invoice": "labels of an invoice or payment reference (\"Rechnungsnummer\")",
    "labels.project": "labels of the project name",
    "plans.monthly": "words for the monthly plan",
    "plans.quarterly": "words for the quarterly plan",
    "plans.annual": "words for the annual plan",
    "dates.months": "the twelve month names, January first (plain words)",
    "romanised_markers": "words that tell this language written in Latin letters from English",
    "intents.refund_received": "a refund told as already received (\"the refund has reached our account\"): "
                               "the refund words inside ask for nothing, and a charge it settled asks for no money back",
    "intents.refund_pending": "words that say a refund is still awaited (\"not\", \"yet\"): a receipt in the same "
                              "sentence is none",
    "intents.dispute_asked": "a reversal asked of the company itself in a word that can also name a bank's chargeback "
                             "(\"ich bitte um Rückbuchung des Betrags\"): a dispute word wholly inside it is no threat",
    "intents.dispute_told_back": "'back' told of a past time after the word 'charge' (\"the duplicate charge back in "
                                 "February\", \"that double charge back then\"): a dispute word wholly inside it is no "
                                 "threat (fix46x)",
    "intents.refund_kept": "a refund request the customer asks us not to drop, a withdrawal negated (\"please don't ignore "
                           "my refund request\", \"no olviden mi solicitud de reembolso\", \"vergessen Sie die "
                           "Rückerstattung nicht\", \"refund request ignore mat kijiye\"): a reminder, the request stands; a "
                           "refund decline overlapping it declines nothing, and a negation after a refund word inside it "
                           "negates the withdrawal verb, not the refund (fix33l)",
    "intents.refund_part_excluded": "a part of the payment named as not refunded (\"sé que el setup no se devuelve\", "
                                    "\"the setup fee is non-refundable\"): a refund decline overlapping it sets that part "
                                    "aside, a refund word outside it still asks for the rest (fix44z)",
    "intents.cancellation_other_object": "a pronoun that stands for something other than the plan, asked stopped (hi "
                                         "\"Reminder mails aa rahe hain, inhe band kar do\"): the cancellation words "
                                         "inside ask for nothing (fix45k)",
    "intents.cancellation_paused": "a pause asked: the plan paused, frozen or put on hold, or stopped for a stated while "
                                   "(\"pause the plan\", \"mettre l'abonnement en pause\", \"plan rok do kuch din ke "
                                   "liye\"): the cancellation words it overlaps ask for nothing (fix46k)",
    "intents.cancellation_unneeded": "a cancellation told as not needed, the verb opening its clause and its object before the "
                                     "\"not necessary\" (\"Cancelling our monthly plan isn't necessary\", \"Résilier "
                                     "l'abonnement n'est pas nécessaire\"; matched from the clause's start): the cancellation "
                                     "words inside ask for nothing, however many words the object takes (fix33l)",
    "intents.charge_cancelled": "a charge or transaction named, by its rank or its kind, as the object before a cancellation "
                                "word (hi \"doosri transaction cancel karke refund kar dijiye\", de \"die zweite Abbuchung "
                                "stornieren\"; matched from that object): cancelling a charge is a refund of it, never the "
                                "end of the plan, so the cancellation words inside ask for nothing (fix33l); (fix44y) also "
                                "with its reference or date between (\"die zweite Buchung, lo inv 33112, bitte stornieren\"), "
                                "after the refund verb (\"annuler et rembourser la deuxième opération\") or cancelled "
                                "through the bank (\"lasse die Kreditkartenzahlung stornieren\", \"ask my bank to cancel "
                                "the card payment\"): a refund or a chargeback",
    "intents.unwanted_beside_refund": "the service or plan told as no longer wanted or needed (\"ya no quiero el servicio\", "
                                      "\"we don't need the subscription anymore\", \"wir brauchen kein Abo mehr\"): beside "
                                      "a refund asked in the same email it is that refund's reason, the cancellation words "
                                      "inside ask for nothing (section 5, example 3: a cancellation offered); alone, or "
                                      "beside a cancellation asked in words of its own, it reads as before (fix44y)",
    "intents.refund_not_money": "a refund verb whose object is no money (es \"¿nos pueden devolver el acceso?\", pt "
                                "\"podem devolver os arquivos?\"; matched from the verb to the object): access, files, a "
                                "domain or data given back are no refund, so the refund words inside ask for nothing unless "
                                "money is named after the object in its sentence (fix33l)",
    "intents.before_buying": "the customer telling they have not bought yet (\"we're comparing CRMs\", \"estamos por contratar\", "
                             "\"antes de firmar quería preguntar\"): a refund or cancellation asked in a question of that email "
                             "is a policy question before buying (section 8), no request (fix36a)",
    "intents.dispute_hedge": "a hedge after a chargeback ruled out (\"but\", \"unless\", \"if\", \"yet\", \"for now\"; "
                             "read from 12 characters before the ruling out to 120 after it): the chargeback stays a threat (fix36a)",
    "intents.cancellation_withdrawn": "an earlier cancellation request taken back (\"please ignore my cancellation\", "
                                      "\"olvidad la baja\", \"vergessen Sie meine Kündigung\", \"je retire ma demande de "
                                      "résiliation\", \"cancellation request ignore kar dijiye\"; a negated withdrawal, "
                                      "\"don't ignore my cancellation\", is none): the cancellation words inside ask for "
                                      "nothing, and in a thread it takes back the cancellation an earlier email asked (fix38l)",
    "intents.prohibition": "a prohibition aimed at the business that closes just before words set off by commas before a "
                           "cancellation word (\"don't you dare, under any circumstances, cancel\", \"bloß nicht, ich "
                           "wiederhole, kündigen\", \"ni se les ocurra, bajo ningún concepto, cancelar\"; pattern ends "
                           "with $, read on the words before the set-off words): it reaches the word across them (fix38l)",
    # fix39d: a dispute word the customer turns down, read by clauses (mailbot.reading.dispute_declined)
    "intents.dispute_decline": "the customer's own negated will, governing what follows it (\"I don't want to\", \"no quiero "
                               "hacer\", \"ich mach keine\", \"je ne veux pas\"): a dispute word or ``dispute_pronoun`` next "
                               "to it (only ``dispute_object_words`` between), or nothing else in its clause, is turned down "
                               "(fix39d)",
    "intents.dispute_decline_post": "the customer's own negated will closing its clause and governing what comes before it "
                                    "(\"das will ich nicht\", \"chargeback ka jhanjhat nahi karna\", \"isso não quero\") "
                                    "(fix39d)",
    "intents.dispute_pronoun": "a pronoun a decline may govern in place of the dispute word it points back to (\"that\", "
                               "\"eso\", \"isso\", \"das\", \"ça\", \"aisa\") (fix39d)",
    "intents.dispute_object_words": "the words that may stand between a decline and what it governs, or beside a decline "
                                    "alone in its clause: articles, determiners, light verbs, the customer's own pronoun "
                                    "(\"to\", \"do\", \"a\", \"ningún\", \"hacer\", \"ka\", \"jhanjhat\", \"mujhe\"; "
                                    "plain words) (fix39d)",
    "intents.dispute_hedge_near": "the bare contrasts and time limits among the hedges (\"but\", \"until\", \"aber\", "
                                  "\"bis\", \"pero\", \"mas\", \"mais\", \"lekin\"; plain words): after a dispute "
                                  "ruled out they keep the threat only in its sentence or a short one after it (fix46x)",
    "intents.dispute_nor": "a negative coordinator through which a decline reaches a further dispute word in its sentence "
                           "(\"nor\", \"ni\", \"nem\", \"noch\"; plain words): \"no voy a reclamar al banco ni a "
                           "consumo\" turns down both (fix40a)",
    "intents.dispute_refusal": "a refusal that needs no object, or the wish to settle with us instead (\"I said no\", \"les "
                               "dije que no\", \"ich habe abgelehnt\", \"prefer to sort it out with you\"): turns down a "
                               "dispute offered in its sentence (fix39d)",
    "intents.dispute_offered": "a dispute suggested or offered by someone else, or only possible (\"my bank suggested\", "
                               "\"can do\", \"me ofreció\", \"hat angeboten\", \"bol rahe the\"): a refusal in a later "
                               "clause or the next sentence may turn it down (fix39d)",
    "intents.dispute_contrast": "a contrast opening a refusal (\"but\", \"pero\", \"aber\", \"mas\", \"mais\", \"par\"): "
                                "no hedge before the refusal, only after it (fix39d)",
    "intents.dispute_as_subject": "a telling verb right after a dispute word (pattern starts with ^; \"my lawyer says\", "
                                  "\"vakil ne kaha\"): the dispute word speaks, no refusal in a later clause turns it "
                                  "down (fix39d)",
    "intents.cancellation_contested": "an objection to a cancellation made by the business (\"I object to your cancellation\", "
                                      "\"gegen Ihre Kündigung lege ich Widerspruch ein\", \"je conteste votre résiliation\"): "
                                      "the customer wants the plan kept, the cancellation words inside ask for nothing (fix33l)",
    "intents.undecided": "a doubt or a deliberation opening a clause before a cancellation word, with the clause's words "
                         "after it up to that word (\"I am considering whether ... \", \"nous ne savons pas encore si ...\"; "
                         "pattern ends with $, read over the intent word's clause, at most 200 characters back): "
                         "undecided, no request however long the clause, unless an ask opener (\"please\") follows the "
                         "doubt (fix33l)",
    "intents.undecided_closed": "a doubt whose own clause is closed before the cancellation word: the doubt's complement "
                                "has a subject of its own (\"not sure if you got my mail\", \"no sé si recibieron mi "
                                "correo\"), then a comma and the writer's new clause (\", we want to\", \", queremos\"); "
                                "read over the words from the doubt to the intent word: the doubt no longer reaches it "
                                "(fix35l)",
    "intents.refund_not_received": "a refund denied as received (\"ainda não recebi o reembolso\"): a refund decline "
                                   "overlapping it declines nothing, the refund is still awaited",
    "intents.dispute_own_trade": "the customer naming their own legal trade or a client's (\"ich bin Rechtsanwalt\", "
                                 "\"we are a law firm\", \"a lawyer client of mine\"): a dispute word wholly inside it "
                                 "is no threat when the email asks no refund (fix22)",
    "intents.dispute_disowned": "a chargeback or dispute the customer disowns or tells of another provider (\"I am not the "
                                "type to go to the bank for a chargeback\", \"a chargeback like the one with my last "
                                "provider\"): a dispute word wholly inside it is no threat when the email asks no refund "
                                "(fix25c)",
    # xfer29 (issue 9): word lists that were Python, read as plain words (see WORDS)
    "text.ask_openers": "the one word that opens an ask in dictated mail, where a writer would have put a comma (\"bitte\", "
                        "\"please\", \"svp\"; \"favor\" of \"por favor\"): the statement before it, no punctuation between, "
                        "is read as the reason (fix28a; plain words)",
    "text.ask_opener_glue": "the short words that go with an ask opener before the ask (\"de\" and \"me\" of \"merci de me "
                            "rembourser\", \"por\" of \"por favor\", \"mir\" of \"bitte mir\"; plain words)",
    "text.ask_subjects": "(fix45y) the first-person word that opens an ask in voice-typed mail when no \"please\" does (\"mujhe\", "
                         "\"मुझे\", \"i\", \"we\"), right before the ask: the statement before it, no punctuation between, "
                         "is read as the reason, as before an ask opener (plain words)",
    "text.ask_subject_contrasts": "(fix45y) a contrast just before an ask subject (\"but\", \"lekin\"): \"looks great but we "
                                  "want to cancel\" gives no reason (plain words)",
    "text.ask_subject_determiners": "(fix46k) a determiner two words before an ask subject (\"the\", \"my\"): \"the plan i "
                                    "cancel now was his idea\", a relative clause, opens no ask (plain words)",
    # xfer31 (issue 9): the last word lists that were Python
    "text.politeness_words": "the one-word \"please\" of the language (\"please\", \"pls\", \"bitte\", \"svp\"), after which "
                             "telegraphic mail goes straight on to the reason (\"cancel sub pls moving abroad\"): the words after "
                             "it are read as after a colon (fix19; plain words)",
    "dates.weekdays": "the seven day names, Monday first (plain words); the English pack's write the staff form of a "
                      "reply's dates (\"Monday, 20 October 2025\"), a reply in another language is dated by Babel in its "
                      "pack's locale",
    "amounts.numerals": "amounts written in words, a word apart (\"one lakh twenty thousand rupees\", \"paanch hazaar "
                        "rupaye\"): a table of each numeral word and its value (\"twenty\" = 20, \"thousand\" = 1000); a "
                        "value below 100 is added, 100 or more multiplies what comes before it (fix27l; the values of "
                        "every pack the brand reads are read together)",
    "amounts.joiners": "the small words between numerals that add nothing (\"and\" of \"one hundred and five\", \"aur\"; "
                       "plain words)",
    "amounts.currency_words": "the names of a currency that close an amount written in words (\"rupees\", \"rupaye\", "
                              "\"euros\"; plain words)",
    "amounts.compound_numerals": "in a language that writes a numeral as one word (German \"eintausendvierhundertneunundneunzig "
                                 "Euro\"), the parts it is made of and their values, as ``amounts.numerals``: each word "
                                 "is cut into the longest parts from its start (fix27l)",
    "amounts.compound_joiners": "the part that joins a unit to its tens inside a compound numeral (German \"und\"; plain "
                                "words)",
    "amounts.compound_articles": "compound-numeral parts that are also an article (German \"ein\", \"eine\"): words made "
                                 "only of them are no amount (\"eine Euro-Rechnung\"; plain words)",
    "amounts.compound_currency_words": "the names of a currency that close a compound numeral (\"euro\", \"rupien\", \"€\"; "
                                       "plain words)",
    "amounts.currency_after_figure": "the names of a currency written after a figure (\"12 euros\", \"500 rs\", \"5 k\"): a "
                                     "count with one after it names the payment, not how long or how many (fix18; plain "
                                     "words)",
    "telltale_words": "common words of this language, texting ones too, that no other pack's language shares (\"my\", "
                      "\"pls\"): one of them tells this language's request word from a cousin's (\"cancel\" in "
                      "\"cancelássemos\"); read for English, whose words are read first in mail the model gives, "
                      "unsure, to a language none of whose request words occur (fix28c; plain words)",
    "common_words": "the language's commonest words (\"the\", \"and\", \"to\"): four of them make text plainly "
                    "this language, read without asking the language model, and two, with this language's request "
                    "words, have mail the model gives to another language read in this one too (fix13); read for "
                    "English (plain words)",
    # xfer33 (issue 9): the last word lists that were Python
    "labels.copulas": "the word that joins a label to its value (\"is\", \"es\", \"ist\", \"est\", \"é\": \"Reason is ...\", "
                      "\"el proyecto es ...\"), of every language the brand reads (plain words)",
    "labels.address_copulas": "more words that join an address label to its address (\"was\", \"era\", \"lautet\", "
                              "\"hai\": \"my registered email was ...\"), besides ``labels.copulas`` (plain words)",
    "labels.number_words": "the words for \"number\" between a reference label and the reference (\"no\", \"nr\", "
                           "\"número\", \"nummer\": \"Rechnung Nr. LO-1\"), a full stop after them or not (plain words)",
    "labels.from": "the label of the sender's line in a forwarded or quoted header (\"from\", \"von\", \"de\": "
                   "\"From: ana@example.com\"; plain words)",
    "labels.corrections": "the words with which a customer corrects a reference just written (\"sorry\", \"mean\", "
                          "\"perdón\", \"digo\", \"korrektur\", \"plutôt\", \"matlab\": \"LO-INV-61061 - sorry, LO-INV-91061\"): "
                          "between two references, as the last or last but one word of a short gap, the first "
                          "reference goes last, the second is the one meant (fix42d; plain words)",
    "labels.plan_or": "the words joining two plans named as alternatives (\"or\", \"ya\", \"o\", \"ou\", \"oder\": \"no idea "
                      "which plan, monthly or yearly\"): a plan named only so is not stated, C3 asks for it when the "
                      "ledger holds none (fix43x; plain words)",
    "labels.spoken_separators": "the words a dictated reference says for a separator between its parts (\"guion\", "
                                "\"hífen\", \"dash\", \"bindestrich\": \"factura LO guion INV guion 27102\"): read as a "
                                "hyphen in an invoice reference, of every language the brand reads (fix39a; plain words)",
    "dates.day_joiners": "the small word between a day and its month (\"of\" of \"3rd of July\"): read with the English "
                         "pack's month names in the dates kept for staff (plain words)",
    "text.name_joiners": "the words joining partners' names in a firm's name (\"and\", \"und\", \"y\", \"et\": \"Herrera y López "
                         "Abogados\"): a legal word after such names, one of them in the sender's own domain, is the "
                         "customer's firm, no threat (fix16; plain words; of every pack loaded, read before the brand "
                         "is known)",
    "amounts.currency_marks": "the currency marks written beside a figure, before or after it (\"₹\", \"rs.\", \"inr\", \"€\", "
                              "\"r$\": \"Rs. 1,19,880\", \"1.499,00 €\"): the amounts a customer states, shown to staff "
                              "(plain words; of every language the brand reads)",
    "dates.ordinal_suffixes": "the letters written after a day's figure (\"st\", \"nd\", \"rd\", \"th\" of \"3rd July\"): "
                              "read with the English pack's month names in the dates kept for staff (plain words)",
    "sentences.titles": "titles written before a name with a full stop (\"dr\", \"sra\", \"hr\" for \"Dr. Meyer\", "
                        "\"Sra. López\", \"Hr. Weber\"): the full stop closes no sentence when a space and a letter "
                        "follow (fix27l; plain words, without the full stop)",
    "sentences.abbreviations": "abbreviations written with a full stop inside a sentence (\"zzgl\", \"e.g\", \"p.ej\"): "
                               "their last full stop never closes a sentence (fix26b; plain words, inner full stops "
                               "kept)",
    "sentences.abbreviations_before_number": "abbreviations that close no sentence when a number follows (\"nr\" of "
                                             "\"Rechnung Nr. 4711\", \"rs\" of \"Rs. 999\"), though they may end "
                                             "one otherwise (fix26b; plain words)",
    "sentences.abbreviations_before_lower": "abbreviations that close no sentence when a lower-case word follows (\"ust\" "
                                            "of \"zzgl. USt. auf das Konto\"), though they often end one (fix26b; plain "
                                            "words)",
    "sentences.months_after_day_dot": "in a language that writes a day with a full stop (German \"am 5. September\"), "
                                      "the month names as written after it, other spellings too (\"jänner\"): that "
                                      "full stop closes no sentence, the month name capitalised or not (fix27l; plain "
                                      "words)",
}
