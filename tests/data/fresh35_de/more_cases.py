"""Second part of fresh35_de (run by make_cases.py, which defines r, C, P, PAY, Mail, R, K, at, DE...).
MIT, like the project; all text written for this project (every person, firm and club is invented)."""
# ---------------- ledger additions ----------------
C += [
    cust("verleih@ski-goslar.de", "Skiverleih Goslar", "monthly", start="2025-09-27", end="2025-10-26"),
    cust("mieten@radverleih-insel-lindau.de", "Radverleih Insel", "monthly", start="2025-09-05", end="2025-10-04"),
    cust("info@gaertnerei-brackwede.de", "Gärtnerei Brackwede", "quarterly", start="2025-09-10", end="2025-12-09"),
    cust("praxis@physio-aue.de", "Physiotherapie Aue", "monthly", start="2025-09-26", end="2025-10-25"),
    cust("laden@spitzenhaus-plauen.de", "Spitzenhaus Plauen", "monthly", start="2025-09-25", end="2025-10-24"),
    cust("schoppen@weinstube-sanderau.de", "Weinstube Sanderau", "monthly", start="2025-09-24", end="2025-10-23"),
    cust("hallo@huette-wasserkuppe.de", "Hütte Wasserkuppe", "monthly", start="2025-09-18", end="2025-10-17"),
    cust("dr.karimi@zahnarzt-karimi-mainz.de", "Zahnarztpraxis Dr. Karimi", "annual", start="2025-05-20", end="2026-05-19"),
    cust("kontakt@haushaltshilfe-herford.de", "Haushaltshilfe Herford", "monthly", start="2025-09-22", end="2025-10-21"),
    cust("diego.alvarez@web.de", "Diego Álvarez", "quarterly", start="2025-09-18", end="2025-12-17"),
    cust("urlaub@ferienwohnung-thale.de", "Ferienwohnung Bodetal", "monthly", start="2025-09-14", end="2025-10-13"),
    cust("buero@bergwacht-freunde-rhoen.de", "Förderkreis Bergwacht Rhön", "annual", start="2025-09-24", end="2026-09-23"),
]
PAY += [
    lopay("de35_p31", "LO-INV-83701", "verleih@ski-goslar.de", "monthly", *M, "2025-09-27T10:00:00", "2025-09-27", "2025-10-26"),
    lopay("de35_p32", "LO-INV-83711", "mieten@radverleih-insel-lindau.de", "monthly", *M, "2025-09-05T10:00:00", "2025-09-05", "2025-10-04"),
    lopay("de35_p33", "LO-INV-83721", "info@gaertnerei-brackwede.de", "quarterly", *Q, "2025-09-10T10:00:00", "2025-09-10", "2025-12-09"),
    lopay("de35_p34", "LO-INV-83731", "praxis@physio-aue.de", "monthly", *M, "2025-09-26T10:00:00", "2025-09-26", "2025-10-25"),
    lopay("de35_p35", "LO-INV-83741", "laden@spitzenhaus-plauen.de", "monthly", "1899.00", "341.82", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24"),
    lopay("de35_p36", "LO-INV-83751", "schoppen@weinstube-sanderau.de", "monthly", *M, "2025-09-24T09:00:00", "2025-09-24", "2025-10-23"),
    lopay("de35_p37", "LO-INV-83752", "schoppen@weinstube-sanderau.de", "monthly", *M, "2025-09-24T09:01:00", "2025-09-24", "2025-10-23"),
    lopay("de35_p38", "LO-INV-83761", "hallo@huette-wasserkuppe.de", "monthly", *M, "2025-09-18T10:00:00", "2025-09-18", "2025-10-17"),
    lopay("de35_p39", "LO-INV-83771", "dr.karimi@zahnarzt-karimi-mainz.de", "annual", *A, "2025-05-20T10:00:00", "2025-05-20", "2026-05-19"),
    lopay("de35_p40", "LO-INV-83781", "kontakt@haushaltshilfe-herford.de", "monthly", *M, "2025-09-22T10:00:00", "2025-09-22", "2025-10-21"),
    lopay("de35_p41", "LO-INV-83791", "diego.alvarez@web.de", "quarterly", *Q, "2025-09-18T10:00:00", "2025-09-18", "2025-12-17"),
    lopay("de35_p42", "LO-INV-83792", "diego.alvarez@web.de", "quarterly", *Q, "2025-09-18T10:01:00", "2025-09-18", "2025-12-17"),
    lopay("de35_p43", "LO-INV-83801", "urlaub@ferienwohnung-thale.de", "monthly", *M, "2025-09-14T10:00:00", "2025-09-14", "2025-10-13"),
    lopay("de35_p44", "LO-INV-83811", "buero@bergwacht-freunde-rhoen.de", "annual", *A, "2024-09-24T10:00:00", "2024-09-24", "2025-09-23"),
    lopay("de35_p45", "LO-INV-83812", "buero@bergwacht-freunde-rhoen.de", "annual", *A, "2025-09-24T10:00:00", "2025-09-24", "2026-09-23"),
]
P += [
    proj("Hotel Kaiserpfalz Hosting", "rezeption@hotel-kaiserpfalz-goslar.de", "2025-09-15T10:00:00"),
    proj("Bocksbeutel Vinothek Relaunch", "vinothek@bocksbeutel-randersacker.de", "2025-06-01T10:00:00"),
    proj("Teutoburger Hofladen Pflege", "hofladen@teuto-hof.de", "2025-03-01T10:00:00"),
    proj("Linzer Klangwerkstatt Website", "studio@klangwerkstatt-linz.at", None),
    proj("Kletterhalle Rhön Website", "team@kletterhalle-rhoen.de", None),
    proj("Schnitzerei Olbernhau Shop", "werkstatt@schnitzerei-olbernhau.de", "2025-09-20T10:00:00"),
]
PAY += [
    owpay("de35_o21", "OWD-2025-371", "Hotel Kaiserpfalz Hosting", "hosting_annual", "21600.00", "3888.00", "2025-09-14T10:00:00",
          setup_fee="3600.00", service_start="2025-09-15"),
    owpay("de35_o22", "OWD-2025-372", "Bocksbeutel Vinothek Relaunch", "milestone", "26000.00", "4680.00", "2025-07-01T10:00:00", milestone_status="completed"),
    owpay("de35_o23", "OWD-2025-373", "Teutoburger Hofladen Pflege", "retainer", "7500.00", "1350.00", "2025-09-07T09:00:00",
          period_start="2025-09-07", period_end="2025-10-06", next_billing_at="2025-10-07T09:00:00"),
    owpay("de35_o24", "OWD-2025-374", "Linzer Klangwerkstatt Website", "discovery", "6000.00", "1080.00", "2025-09-24T10:00:00"),
    owpay("de35_o25", "OWD-2025-375", "Kletterhalle Rhön Website", "discovery", "8000.00", "1440.00", "2025-09-25T10:00:00"),
    owpay("de35_o26", "OWD-2025-376", "Schnitzerei Olbernhau Shop", "deposit", "16000.00", "2880.00", "2025-09-18T10:00:00"),
]

# ---------------- LeadsOptima ----------------
r.case("goslar-zweimal-bezahlt-kein-paar", LOB, [Mail(
    "Skiverleih Goslar <verleih@ski-goslar.de>", "zweimal bezahlt", at("2025-09-29 16:20", DE),
    "Hallo,\n\nich glaube, ich habe das Monatsabo zweimal bezahlt: einmal hat die Karte abgebucht, und meine Frau hat "
    "zusätzlich per Überweisung bezahlt, weil sie dachte, die Karte ist abgelaufen. Bitte eine Zahlung zurück.\n\n"
    "Gruß aus dem Harz\nTorsten Bode, Skiverleih Goslar")],
    "decided", [R("escalate")],
    spec="L2 duplicate claimed, inside L3 (charge 2025-09-27, day 2), but the ledger holds one charge (LO-INV-83701 identifies the invoice) and no pair -> L4 escalate.")

r.case("lindau-radverleih-kuendigung-frage", LOB, [Mail(
    "Radverleih Insel <mieten@radverleih-insel-lindau.de>", "Kündigung + Export?", at("2025-09-30 18:10", DE),
    "Servus miteinand,\n\nzwei Sachen: 1) bitte kündigt unser Monatsabo, ab Oktober ist auf der Insel eh nix mehr los "
    "und nächstes Jahr probieren wir was anderes. 2) Kann ich die Kontakte vorher noch als Excel rausziehen und wo finde "
    "ich das?\n\nPfiat euch\nSepp Allgaier")],
    "decided", [K("cancel", "2025-10-04")],
    spec="L8 cancel effective current_period_end 2025-10-04; the export question needs no policy decision.")

r.case("brackwede-restbetrag-und-kuendigung", LOB, [Mail(
    "Gärtnerei Brackwede <info@gaertnerei-brackwede.de>", "Kündigung Quartalsabo", at("2025-09-29 07:45", DE),
    "Moin,\n\nwir kündigen dat Quartalsabo, is ja woll nix für ne Gärtnerei, die Leute kommen eh vorbei. Da wir das "
    "Programm die restlichen zweieinhalb Monate nicht mehr nutzen, hätten wir gern den Rest anteilig zurück "
    "(Rechnung LO-INV-83721).\n\nBeste Grüße aus Brackwede\nUlrich Niemöller")],
    "decided", [R("deny"), K("cancel", "2025-12-09")],
    spec="L1/L8: unused days are never refunded -> refund deny (also outside L3: charge 2025-09-10, day 19); cancel effective current_period_end 2025-12-09.")

r.case("aue-diktiert-login", LOB, [Mail(
    "Physiotherapie Aue <praxis@physio-aue.de>", "Login geht nicht", at("2025-09-29 12:40", DE),
    "Hallo liebes Team Komma ich kann mich seit Samstag nicht mehr ein loggen Punkt es kommt immer Fehler 500 Punkt "
    "ich hab am 26. bezahlt und will das Geld zurück wenn das nicht geht Punkt\nGruß Heike Schubert\n\n"
    "(Diktiert mit Siri, bitte Fehler entschuldigen)")],
    "decided", [R("escalate")],
    spec="L2 access_failure (cannot log in since Saturday) inside L3 (charge 2025-09-26, day 3) -> L6 escalate; one payment identifies LO-INV-83731.")

r.case("plauen-zu-viel-berechnet", LOB, [Mail(
    "Spitzenhaus Plauen <laden@spitzenhaus-plauen.de>", "Falscher Betrag LO-INV-83741", at("2025-09-27 10:30", DE),
    "Guten Tag,\n\nlaut Ihrer Preisliste kostet das Monatsabo 1.499 Rupien, abgebucht wurden am 25.09. aber 1.899. "
    "Sie haben uns also zu viel berechnet. Bitte korrigieren und die Differenz oder den ganzen Betrag erstatten.\n\n"
    "Mit freundlichen Grüßen\nGabriele Leistner\nSpitzenhaus Plauen - Plauener Spitze seit 1921")],
    "decided", [R("escalate")],
    spec="L2 billing_error (wrong amount) inside L3 (charge 2025-09-25, day 2) -> L5 escalate, no amount.")

r.case("wuerzburg-gmail-weiterleitung-bank", LOB, [Mail(
    "Weinstube Sanderau <schoppen@weinstube-sanderau.de>", "Fwd: Umsatzbenachrichtigung", at("2025-09-26 11:15", DE),
    "Hallo, schaut mal was meine Bank schreibt: zwei Mal dieselbe Abbuchung. Die zweite ist LO-INV-83752, bitte "
    "die zurück.\nGrüße, Hannes Zeller\n\n---------- Weitergeleitete Nachricht ---------\nVon: Mainfranken "
    "Bank Online <benachrichtigung@mainfranken-bank.example>\nDate: Mi., 24. Sept. 2025 um 05:45\nSubject: "
    "Umsatzbenachrichtigung\nTo: <schoppen@weinstube-sanderau.de>\n\nKartenumsatz: LEADSOPTIMA -1.499,00 INR\n"
    "Kartenumsatz: LEADSOPTIMA -1.499,00 INR")],
    "decided", [R("approve", "1499.00")],
    spec="Forward from the registered address (own bank notice): L4 duplicate pair on 2025-09-24 (05:30/05:31 CEST), request 2025-09-26 (day 2) -> approve LO-INV-83752 = 1499.00.")

r.case("wasserkuppe-pausieren-frage", LOB, [Mail(
    "Hütte Wasserkuppe <hallo@huette-wasserkuppe.de>", "Abo über den Winter pausieren?", at("2025-09-30 09:00", DE),
    "Hallo,\n\nwir sind eine kleine Hütte und haben im Winter nur am Wochenende auf. Kann man das Abo von November "
    "bis März pausieren, statt es zu kündigen? Kündigen wollen wir eigentlich nicht. Was würde das kosten?\n\n"
    "Schöne Grüße\nAnnika Hohmann")],
    "other", spec="A question about pausing; 'kündigen wollen wir eigentlich nicht' adds no cancellation (s.8 negation) -> other.")

r.case("mainz-persisch-kuendigung", LOB, [Mail(
    "Praxis Dr. Karimi <dr.karimi@zahnarzt-karimi-mainz.de>", "Kündigung Jahresvertrag", at("2025-09-30 13:30", DE),
    "Salam, sehr geehrte Damen und Herren,\n\nich gebe meine Praxis in Mainz-Bretzenheim zum Jahresende an einen "
    "Nachfolger ab. Deshalb kündige ich das Jahresabo. Bitte bestätigen Sie mir das Enddatum.\n\nMit freundlichen "
    "Grüßen\nDr. Parisa Karimi")],
    "decided", [K("cancel", "2026-05-19")],
    spec="L8: annual, current_period_end 2026-05-19 -> cancel effective 2026-05-19 (not the year end she names).")

r.case("herford-gesetzliche-rechte", LOB, [Mail(
    "Haushaltshilfe Herford <kontakt@haushaltshilfe-herford.de>", "Kündigung", at("2025-09-28 19:00", DE),
    "Guten Abend,\n\nich kündige das Monatsabo, die Anfragen über Ihr Programm passen nicht zu unserem Dienst. Ich "
    "weise darauf hin, dass ich meine gesetzlichen Rechte als Verbraucherin kenne und mir vorbehalte, sie "
    "wahrzunehmen.\n\nMonika Wellensiek, Haushaltshilfe Herford")],
    "decided", [K("escalate")], rules=["C4"],
    spec="C4: statutory consumer rights invoked -> the whole case is escalated, the cancellation included (s.8).")

r.case("konstanz-spanisch-tag9", LOB, [Mail(
    "Diego Álvarez <diego.alvarez@web.de>", "cobro doble / doppelte Zahlung", at("2025-09-27 10:00", DE),
    "Hola, guten Tag,\n\nam 18. September Sie haben zwei Mal das Quartal abgebucht (LO-INV-83791 und LO-INV-83792). "
    "Ich war in Spanien bei meine Familie und sehe erst jetzt. Bitte zurück die zweite, LO-INV-83792.\n\n"
    "Saludos desde Konstanz\nDiego Álvarez")],
    "decided", [R("deny")],
    spec="L3: duplicate pair 2025-09-18; request 2025-09-27 13:30 IST = day 9 > 7 -> deny citing the 7-day rule.")

r.case("thale-precedence-junk", LOB, [Mail(
    "Ferienwohnung Bodetal <urlaub@ferienwohnung-thale.de>", "Re: Ihre Rechnung LO-INV-83801", at("2025-09-29 06:00", DE),
    "Danke für Ihre Nachricht! Wir sind bis zum 5. Oktober im Urlaub. Ihre Anfrage zur Buchung beantworten wir danach.",
    headers={"Precedence": "junk"})],
    "ignore", rules=["C7"], spec="C7: Precedence: junk (vacation reply without Auto-Submitted) -> ignore.")

r.case("rhoen-bergwacht-verlaengerung-kein-doppel", LOB, [Mail(
    "Förderkreis Bergwacht Rhön <buero@bergwacht-freunde-rhoen.de>", "Doppelte Jahresgebühr?", at("2025-09-26 14:00", DE),
    "Hallo,\n\nunser Kassenwart hat gesehen, dass die Jahresgebühr 11.988 zweimal bezahlt wurde, einmal LO-INV-83811 "
    "und jetzt am 24.09. nochmal LO-INV-83812. Doppelt bezahlt! Bitte erstatten Sie die LO-INV-83812.\n\n"
    "Mit Bergwacht-Gruß\nKlaus Diel, Schriftführer")],
    "decided", [R("escalate")],
    spec="L4: LO-INV-83811 (2024-09-24, period 2024/25) and LO-INV-83812 (2025-09-24, period 2025/26) are different billing periods, no duplicate pair; duplicate claimed inside L3 (day 2) -> escalate.")

# ---------------- Optima WebDesign ----------------
r.case("rhoen-kletterhalle-reply-to-c2", OWB, [Mail(
    "Jonas Kreß <jonas.kress@gmx.de>", "Discovery stornieren - Kletterhalle Rhön Website", at("2025-09-27 12:00", DE),
    "Hallo,\n\nbitte die Discovery-Phase für die Kletterhalle Rhön Website (OWD-2025-375) stornieren und erstatten, "
    "der Verein hat die Halle doch nicht gepachtet. Antwort bitte an unsere Vereinsadresse (steht im Antwort-an).\n\n"
    "Jonas Kreß, Kassenwart", brand=OWB, headers={"Reply-To": "team@kletterhalle-rhoen.de"})],
    "need_info", rules=["C2"],
    spec="C2 + s.8: Reply-To never verifies; From is a private gmx address, not the contract email team@kletterhalle-rhoen.de.")

r.case("goslar-hosting-tag15", OWB, [Mail(
    "Hotel Kaiserpfalz <rezeption@hotel-kaiserpfalz-goslar.de>", "Hosting kündigen, Geld zurück", at("2025-09-30 10:00", DE),
    "Sehr geehrte Damen und Herren,\n\nunsere Hotelkette stellt zentral auf einen neuen Anbieter um. Wir möchten das "
    "Hosting-Jahrespaket Hotel Kaiserpfalz Hosting (OWD-2025-371) zurückgeben und bitten um anteilige Erstattung; "
    "es läuft erst seit zwei Wochen.\n\nMit freundlichen Grüßen\nRezeption Hotel Kaiserpfalz, Goslar", brand=OWB)],
    "decided", [R("deny")], extra_ok=True,
    spec="O5: service_start 2025-09-15, request 2025-09-30 = day 15 > 14 -> deny. extra_ok: a cancellation decision cannot hurt.")

r.case("randersacker-meilenstein-fertig", OWB, [Mail(
    "Bocksbeutel Vinothek <vinothek@bocksbeutel-randersacker.de>", "Erstattung Meilenstein OWD-2025-372", at("2025-09-29 15:10", DE),
    "Grüß Gott,\n\nder Meilenstein Design (OWD-2025-372) für den Bocksbeutel Vinothek Relaunch ist zwar geliefert, aber "
    "wir nutzen ihn nicht, weil wir den Relaunch auf 2026 verschieben. Bitte erstatten.\n\nFreundliche Grüße\n"
    "Theresa Kömm, Randersacker", brand=OWB)],
    "decided", [R("deny")],
    spec="O3/O6: milestone completed -> deny (completed deliverables are non-refundable).")

r.case("teuto-retainer-mitternacht-ist", OWB, [Mail(
    "Teutoburger Hofladen <hofladen@teuto-hof.de>", "Kündigung Pflegevertrag", at("2025-09-30 21:00", DE),
    "Guten Abend,\n\nhiermit kündigen wir den Pflegevertrag Teutoburger Hofladen Pflege (OWD-2025-373) mit "
    "einer Woche Frist zum 7.10. Grund: wir geben den Hofladen auf, der Hof geht an unseren Sohn, der nur noch "
    "Milchwirtschaft macht.\n\nMit freundlichen Grüßen\nFriedrich Meyer zu Heepen, Bielefeld-Heepen", brand=OWB)],
    "decided", [K("cancel", "2025-11-06")],
    spec="O4 in the brand zone: next_billing_at 2025-10-07, notice needed by 2025-09-30; email 2025-09-30 21:00 CEST = 2025-10-01 00:30 IST, local date 2025-10-01 is too late -> next cycle (2025-10-07..2025-11-06) billed, effective 2025-11-06.")

linz1 = Mail(
    "Linzer Klangwerkstatt <studio@klangwerkstatt-linz.at>", "Refund Request — Linzer Klangwerkstatt Website / OWD-2025-374",
    at("2025-09-26 14:00", DE),
    "Sehr geehrte Damen und Herren,\n\nwir ersuchen um Rückerstattung der Discovery-Gebühr OWD-2025-374 für das "
    "Projekt Linzer Klangwerkstatt Website.\n\nMit freundlichen Grüßen\nMag. Lukas Pühringer\nLinzer Klangwerkstatt, "
    "Tonstudio, Linz-Urfahr", brand=OWB)
r.case("linz-klangwerkstatt-grund-fehlt", OWB, [linz1], "need_info", missing=["reason"],
       spec="C3: contract email, project and invoice given, no reason -> ask for the reason.")
linz1b = Mail(linz1.frm, linz1.subject, linz1.when, linz1.body, brand=OWB)
r.case("linz-klangwerkstatt-thread", OWB, [linz1b, Mail(
    "Linzer Klangwerkstatt <studio@klangwerkstatt-linz.at>", "AW: Refund Request — Linzer Klangwerkstatt Website [OWD-3574]",
    at("2025-09-29 09:30", DE),
    "Grund: unser Förderantrag beim Land wurde abgelehnt, ohne Förderung können wir die Website heuer nicht "
    "finanzieren.\n\nL. Pühringer\n\n-----Ursprüngliche Nachricht-----\nVon: Optima WebDesign\nBetreff: Refund Request\n"
    "Bitte nennen Sie den Grund.", reply=linz1b, brand=OWB)],
    "decided", [R("approve", "6000.00")],
    spec="C3 thread + O1: discovery, work not started -> approve 6000.00 before tax.")

r.case("olbernhau-anwalt", OWB, [Mail(
    "Schnitzerei Olbernhau <werkstatt@schnitzerei-olbernhau.de>", "Anzahlung Schnitzerei Olbernhau Shop", at("2025-09-28 11:00", DE),
    "Sehr geehrte Damen und Herren,\n\nich verlange die Anzahlung OWD-2025-376 für den Schnitzerei Olbernhau Shop "
    "zurück, Ihre Entwürfe haben mit dem Erzgebirge nichts zu tun. Ich habe die Sache bereits meinem Anwalt "
    "übergeben.\n\nHochachtungsvoll\nGottfried Uhlmann", brand=OWB)],
    "decided", [R("escalate")], rules=["C4"],
    spec="C4: the matter is with a lawyer -> escalate (the deposit would otherwise be O2 deny: 240 h and work started).")

r.case("sonnenhang-danke", OWB, [Mail(
    "Weingut Sonnenhang <info@weingut-sonnenhang.de>", "Danke!", at("2025-09-30 17:30", DE),
    "Hallo Optima,\n\nnur kurz: danke für die schnelle Rückmeldung wegen dem Meilenstein. Und die neuen Fotos vom "
    "Weinberg sind super geworden! Wir melden uns nach der Lese.\n\nSusanne Dexheimer", brand=OWB)],
    "other", spec="A thank-you that asks for nothing -> other.")

thale1 = Mail(
    "Ferienwohnung Bodetal <fewo.bodetal@gmail.com>", "Kündigung Monatsabo", at("2025-09-29 20:15", DE),
    "Hallo,\n\nich möchte mein Monatsabo kündigen, wir vermieten die Ferienwohnung in Thale ab November nicht mehr.\n\n"
    "Gruß\nIngrid Bartels")
r.case("thale-c2-dann-richtige-adresse", LOB, [thale1, Mail(
    "Ferienwohnung Bodetal <urlaub@ferienwohnung-thale.de>", "Re: Kündigung Monatsabo [LO-3580]", at("2025-09-30 08:40", DE),
    "Guten Morgen,\n\nwie gewünscht schreibe ich jetzt von der Adresse, mit der ich registriert bin: bitte das "
    "Monatsabo kündigen, wir vermieten ab November nicht mehr.\n\nIngrid Bartels\n\n> Bitte schreiben Sie uns von der "
    "bei uns registrierten E-Mail-Adresse.", reply=thale1)],
    "decided", [K("cancel", "2025-10-13")],
    spec="C2 then C3 merge: the first email came from a gmail address (C2 asked); the answer comes from the registered urlaub@ferienwohnung-thale.de -> L8 cancel effective current_period_end 2025-10-13.")
