"""fresh30_fr: French held-out cases (DR Congo, Mali, Lebanon, Ontario and Manitoba francophones, Corsica and Nice,
Mauritius; French written by Arabic and Vietnamese speakers). Stdlib only, deterministic.
Run: python3 make_cases.py  -> ledger.json, emails/*.eml, expected.json beside this file.
MIT, like the project; all text written for this project (names, firms and addresses are invented)."""
from __future__ import annotations

import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from kit import (IST, LOB, OWB, Mail, K, R, Round, at, check, cust, day_no, hours, lopay, owpay, proj)  # noqa: E402

M = ("1499.00", "269.82")
Q = ("3999.00", "719.82")
A = ("11988.00", "2157.84")
KIN = 1     # Kinshasa (WAT)
LUB = 2     # Lubumbashi (CAT)
BKO = 0     # Bamako (GMT)
BEY = 3     # Beirut, summer time (EEST) in September
ONT = -4    # Ontario (EDT)
MB = -5     # Manitoba (CDT)
FR = 2      # Corsica, Nice, Paris (CEST)
MU = 4      # Mauritius
DXB = 4     # Dubai
VN = 7      # Hanoi / Ho Chi Minh City

ledger = {"customers": [], "projects": [], "payments": []}
C, P, PAY = ledger["customers"], ledger["projects"], ledger["payments"]
PAID = {}


def pay(rec):
    PAY.append(rec)
    PAID[rec["invoice"]] = rec
    return rec


def o5(amount, setup, months=1):
    a, s = Decimal(amount), Decimal(setup)
    return str((a - s - (a - s) / 12 * months).quantize(Decimal("0.01"), ROUND_HALF_UP))


def lo_days(inv, when, lo, hi):
    d = day_no(PAID[inv]["paid_at"], when)
    check(lo <= d <= hi, f"{inv}: day {d} not in [{lo}, {hi}]")


# ---------------- LeadsOptima ledger ----------------
C += [
    cust("jp.mbuyi@kinshasa-distri.cd", "Jean-Pierre Mbuyi Kabasele", "monthly", start="2025-09-24", end="2025-10-23"),
    cust("m.lavoie@vianet.on.ca", "Mélanie Lavoie", "annual", start="2025-09-20", end="2026-09-19"),
    cust("contact@ylang-voyages.mu", "Ylang Voyages Ltée", "quarterly", start="2025-09-21", end="2025-12-20"),
    cust("tresorerie@assoc-bocce-nissarda.fr", "Association Bocce Nissarda", "quarterly", start="2025-09-26", end="2025-12-25"),
    cust("plomberie.casanova@orange.fr", "Plomberie Casanova", "monthly", start="2025-09-25", end="2025-10-24"),
    cust("rami@cedarlabs.io", "CedarLabs SAL", "annual", start="2025-09-26", end="2026-09-25"),
    cust("thu.nguyen@free.fr", "Nguyễn Thị Thu", "quarterly", start="2025-09-22", end="2025-12-21"),
    cust("direction@sahel-agro.ml", "Sahel Agro SARL", "monthly", start="2025-09-08", end="2025-10-07"),
    cust("gilles.fontaine@mymts.net", "Gilles Fontaine", "monthly", start="2025-09-27", end="2025-10-26"),
    cust("hello@pousse-app.fr", "Pousse SAS", "monthly", status="trial", trial_ends="2025-10-09"),
    cust("accueil@camping-porticcio.fr", "Camping U Porticcio", "quarterly", start="2025-08-18", end="2025-11-17"),
    cust("contact@katanga-mines-services.cd", "Katanga Mines Services", "annual"),
    cust("office@etude-santoni-nice.fr", "Étude de Maître Santoni, notaire", "annual", start="2025-02-20", end="2026-02-19"),
    cust("contact@menuiserie-ferracci.fr", "Menuiserie Ferracci", "monthly", start="2025-09-19", end="2025-10-18"),
    cust("info@hotel-lescedres.lb", "Hôtel Les Cèdres Byblos", "quarterly", start="2025-09-02", end="2025-12-01"),
    cust("sylvie.hebert@ottawa-immo.ca", "Sylvie Hébert", "monthly", start="2025-09-16", end="2025-10-15"),
    cust("karim.belkacem@outlook.fr", "Karim Belkacem", "monthly", start="2025-09-23", end="2025-10-22"),
    cust("tresorier@chorale-saint-boniface.ca", "Chorale de Saint-Boniface", "monthly", start="2025-09-23", end="2025-10-22"),
    cust("boutique@saveurs-du-cedre.lb", "Saveurs du Cèdre", "monthly", start="2025-09-26", end="2025-10-25"),
    cust("contact@garage-diarra.ml", "Garage Diarra et Frères", "monthly", start="2025-09-11", end="2025-10-10"),
    cust("info@pharmacie-curepipe.mu", "Pharmacie de Curepipe", "monthly", start="2025-09-29", end="2025-10-28"),
    cust("compta@studio-lotus.fr", "Studio Lotus", "monthly", start="2025-09-26", end="2025-10-25"),
    cust("atelier@couture-kalala.cd", "Atelier Couture Kalala", "monthly", start="2025-09-26", end="2025-10-25"),
    cust("patrick.leblanc@sympatico.ca", "Patrick Leblanc", "monthly", start="2025-09-24", end="2025-10-23"),
    cust("auto-ecole.tomasi@wanadoo.fr", "Auto-école Tomasi", "quarterly"),
    cust("cabinet@kine-bastia.fr", "Cabinet de kiné Bastia", "monthly", start="2025-09-17", end="2025-10-16"),
    cust("librairie@lepointdumaroc.fr", "Librairie Le Point du Maroc", "annual", start="2025-01-20", end="2026-01-19"),
    cust("minh.tran@phobaguette.fr", "Trần Văn Minh", "monthly", start="2025-09-25", end="2025-10-24"),
    cust("nadia.haddad@idm.net.lb", "Nadia Haddad", "monthly", start="2025-09-15", end="2025-10-14"),
    cust("bureau@amicale-sudbury.ca", "Amicale franco-ontarienne de Sudbury", "monthly", start="2025-09-12", end="2025-10-11"),
    cust("salam@traiteur-elbaz.ae", "Traiteur El Baz", "monthly", start="2025-09-13", end="2025-10-12"),
    cust("info@gites-cap-corse.fr", "Gîtes du Cap Corse", "monthly", start="2025-09-14", end="2025-10-13"),
    cust("contact@electricite-lumbala.cd", "Électricité Lumbala", "monthly", start="2025-09-25", end="2025-10-24"),
    cust("me.nguyen@hoa-sen-spa.fr", "Hoa Sen Spa", "monthly", start="2025-09-20", end="2025-10-19"),
]
pay(lopay("f3_p01", "LO-INV-84001", "jp.mbuyi@kinshasa-distri.cd", "monthly", *M, "2025-09-24T11:00:00", "2025-09-24", "2025-10-23"))
pay(lopay("f3_p02", "LO-INV-84002", "jp.mbuyi@kinshasa-distri.cd", "monthly", *M, "2025-09-24T11:00:50", "2025-09-24", "2025-10-23"))
pay(lopay("f3_p03", "LO-INV-84011", "m.lavoie@vianet.on.ca", "annual", *A, "2025-09-20T19:00:00", "2025-09-20", "2026-09-19"))
pay(lopay("f3_p04", "LO-INV-84012", "m.lavoie@vianet.on.ca", "annual", *A, "2025-09-20T19:01:00", "2025-09-20", "2026-09-19"))
pay(lopay("f3_p05", "LO-INV-84021", "contact@ylang-voyages.mu", "quarterly", *Q, "2025-09-21T10:00:00", "2025-09-21", "2025-12-20"))
pay(lopay("f3_p06", "LO-INV-84022", "contact@ylang-voyages.mu", "quarterly", *Q, "2025-09-21T10:02:00", "2025-09-21", "2025-12-20"))
pay(lopay("f3_p07", "LO-INV-84031", "tresorerie@assoc-bocce-nissarda.fr", "quarterly", *Q, "2025-09-26T08:00:00", "2025-09-26", "2025-12-25"))
pay(lopay("f3_p08", "LO-INV-84032", "tresorerie@assoc-bocce-nissarda.fr", "quarterly", *Q, "2025-09-26T08:00:40", "2025-09-26", "2025-12-25"))
pay(lopay("f3_p09", "LO-INV-84033", "tresorerie@assoc-bocce-nissarda.fr", "quarterly", *Q, "2025-09-26T08:01:30", "2025-09-26", "2025-12-25"))
pay(lopay("f3_p10", "LO-INV-84041", "plomberie.casanova@orange.fr", "monthly", *M, "2025-09-25T09:00:00", "2025-09-25", "2025-10-24"))
pay(lopay("f3_p11", "LO-INV-84051", "rami@cedarlabs.io", "annual", *A, "2025-09-26T12:00:00", "2025-09-26", "2026-09-25"))
pay(lopay("f3_p12", "LO-INV-84061", "thu.nguyen@free.fr", "quarterly", *Q, "2025-09-22T09:00:00", "2025-09-22", "2025-12-21"))
pay(lopay("f3_p13", "LO-INV-84071", "direction@sahel-agro.ml", "monthly", *M, "2025-09-08T09:00:00", "2025-09-08", "2025-10-07"))
pay(lopay("f3_p14", "LO-INV-84081", "gilles.fontaine@mymts.net", "monthly", *M, "2025-09-27T19:00:00", "2025-09-27", "2025-10-26"))
pay(lopay("f3_p15", "LO-INV-84091", "accueil@camping-porticcio.fr", "quarterly", *Q, "2025-08-18T09:00:00", "2025-08-18", "2025-11-17"))
pay(lopay("f3_p16", "LO-INV-84101", "contact@katanga-mines-services.cd", "annual", *A, "2024-10-15T12:00:00", None, None))
pay(lopay("f3_p17", "LO-INV-84111", "office@etude-santoni-nice.fr", "annual", *A, "2025-02-20T09:00:00", "2025-02-20", "2026-02-19"))
pay(lopay("f3_p18", "LO-INV-84121", "contact@menuiserie-ferracci.fr", "monthly", *M, "2025-09-19T09:00:00", "2025-09-19", "2025-10-18"))
pay(lopay("f3_p19", "LO-INV-84131", "info@hotel-lescedres.lb", "quarterly", *Q, "2025-09-02T09:00:00", "2025-09-02", "2025-12-01"))
pay(lopay("f3_p20", "LO-INV-84141", "sylvie.hebert@ottawa-immo.ca", "monthly", *M, "2025-09-16T09:00:00", "2025-09-16", "2025-10-15"))
pay(lopay("f3_p21", "LO-INV-84151", "karim.belkacem@outlook.fr", "monthly", *M, "2025-09-23T09:00:00", "2025-09-23", "2025-10-22"))
pay(lopay("f3_p22", "LO-INV-84152", "karim.belkacem@outlook.fr", "monthly", *M, "2025-09-23T09:01:00", "2025-09-23", "2025-10-22"))
pay(lopay("f3_p23", "LO-INV-84161", "tresorier@chorale-saint-boniface.ca", "monthly", *M, "2025-09-23T19:00:00", "2025-09-23", "2025-10-22"))
pay(lopay("f3_p24", "LO-INV-84162", "tresorier@chorale-saint-boniface.ca", "monthly", *M, "2025-09-23T19:00:30", "2025-09-23", "2025-10-22"))
pay(lopay("f3_p25", "LO-INV-84171", "boutique@saveurs-du-cedre.lb", "monthly", *M, "2025-09-26T09:00:00", "2025-09-26", "2025-10-25"))
pay(lopay("f3_p26", "LO-INV-84181", "contact@garage-diarra.ml", "monthly", *M, "2025-09-11T09:00:00", "2025-09-11", "2025-10-10"))
pay(lopay("f3_p27", "LO-INV-84191", "info@pharmacie-curepipe.mu", "monthly", *M, "2025-09-29T09:00:00", "2025-09-29", "2025-10-28"))
pay(lopay("f3_p28", "LO-INV-84201", "compta@studio-lotus.fr", "monthly", *M, "2025-09-26T10:00:00", "2025-09-26", "2025-10-25"))
pay(lopay("f3_p29", "LO-INV-84202", "compta@studio-lotus.fr", "monthly", *M, "2025-09-26T10:00:25", "2025-09-26", "2025-10-25",
          status="failed"))
pay(lopay("f3_p30", "LO-INV-84211", "atelier@couture-kalala.cd", "monthly", *M, "2025-07-26T09:00:00", "2025-07-26", "2025-08-25"))
pay(lopay("f3_p31", "LO-INV-84212", "atelier@couture-kalala.cd", "monthly", *M, "2025-08-26T09:00:00", "2025-08-26", "2025-09-25"))
pay(lopay("f3_p32", "LO-INV-84213", "atelier@couture-kalala.cd", "monthly", *M, "2025-09-26T09:00:00", "2025-09-26", "2025-10-25"))
pay(lopay("f3_p33", "LO-INV-84221", "patrick.leblanc@sympatico.ca", "monthly", *M, "2025-09-23T20:30:00-04:00", "2025-09-24", "2025-10-23"))
pay(lopay("f3_p34", "LO-INV-84222", "patrick.leblanc@sympatico.ca", "monthly", *M, "2025-09-23T20:31:00-04:00", "2025-09-24", "2025-10-23"))
pay(lopay("f3_p35", "LO-INV-84231", "auto-ecole.tomasi@wanadoo.fr", "quarterly", *Q, "2025-08-30T09:00:00", None, None))
pay(lopay("f3_p36", "LO-INV-84241", "cabinet@kine-bastia.fr", "monthly", *M, "2025-09-17T09:00:00", "2025-09-17", "2025-10-16"))
pay(lopay("f3_p37", "LO-INV-84251", "librairie@lepointdumaroc.fr", "annual", *A, "2025-01-20T09:00:00", "2025-01-20", "2026-01-19"))
pay(lopay("f3_p38", "LO-INV-84261", "minh.tran@phobaguette.fr", "monthly", *M, "2025-09-25T09:00:00", "2025-09-25", "2025-10-24"))
pay(lopay("f3_p39", "LO-INV-84271", "nadia.haddad@idm.net.lb", "monthly", *M, "2025-09-15T09:00:00", "2025-09-15", "2025-10-14"))
pay(lopay("f3_p40", "LO-INV-84281", "bureau@amicale-sudbury.ca", "monthly", *M, "2025-09-12T19:00:00", "2025-09-12", "2025-10-11"))
pay(lopay("f3_p41", "LO-INV-84291", "salam@traiteur-elbaz.ae", "monthly", "1999.00", "359.82", "2025-09-13T09:00:00", "2025-09-13", "2025-10-12"))
pay(lopay("f3_p42", "LO-INV-84301", "info@gites-cap-corse.fr", "monthly", *M, "2025-09-14T09:00:00", "2025-09-14", "2025-10-13"))
pay(lopay("f3_p43", "LO-INV-84311", "contact@electricite-lumbala.cd", "monthly", *M, "2025-09-25T09:00:00", "2025-09-25", "2025-10-24"))
pay(lopay("f3_p44", "LO-INV-84312", "contact@electricite-lumbala.cd", "monthly", *M, "2025-09-25T09:01:00", "2025-09-25", "2025-10-24"))
pay(lopay("f3_p45", "LO-INV-84321", "me.nguyen@hoa-sen-spa.fr", "monthly", *M, "2025-09-20T09:00:00", "2025-09-20", "2025-10-19"))

# ---------------- Optima WebDesign ledger ----------------
P += [
    proj("Restaurant U Fanale", "contact@ufanale-bastia.fr", None),
    proj("Portail Tourisme Kivu", "projets@tourisme-kivu.cd", "2025-09-16T10:00:00"),
    proj("Boulangerie Le Fournil de Bamako", "fournil.bamako@gmail.com", "2025-09-30T10:00:00"),
    proj("Clinique Dentaire Achrafieh", "admin@clinique-achrafieh.lb", None),
    proj("Ferme Bio de la Rivière-Rouge", "info@fermebio-riviererouge.ca", None),
    proj("Galerie Sable Noir", "galerie@sablenoir.mu", None),
    proj("Épicerie Phở Saigon", "contact@epicerie-phosaigon.fr", "2025-09-28T10:00:00"),
    proj("Coopérative Karité Ségou", "coop@karite-segou.ml", "2025-08-20T10:00:00"),
    proj("Domaine Vinicole Ksara Boutique", "digital@domaine-ksara-boutique.lb", "2025-06-01T10:00:00"),
    proj("Centre culturel franco-manitobain", "communications@ccfm-mb.ca", "2025-05-01T10:00:00"),
    proj("Cabinet Haddad Avocats Site", "secretariat@haddad-avocats.lb", "2025-04-01T10:00:00"),
    proj("Résidence Les Filaos", "direction@residence-filaos.mu", "2025-04-01T10:00:00"),
    proj("Hébergement Hôtel Kivu Lodge", "it@kivulodge.cd", "2025-09-20T10:00:00"),
    proj("Maintenance Oliveraie Balagne", "oliveraie.balagne@orange.fr", "2025-09-18T10:00:00"),
    proj("Hébergement Pâtisserie Nice Port", "contact@patisserie-niceport.fr", "2025-09-01T10:00:00"),
    proj("Start-up Baobab Pay", "founders@baobabpay.io", None),
    proj("Club de hockey Les Voyageurs", "info@voyageurs-hockey.ca", "2025-08-01T10:00:00"),
    proj("Association des Libanais de Lyon", "bureau@libanais-lyon.fr", "2025-08-15T10:00:00"),
    proj("Transport Ilunga Express", "info@ilunga-express.cd", None),
    proj("Salon de thé Hoàng Lan", "hoanglan.salon@gmail.com", None),
    proj("Cabinet vétérinaire Pamplemousses", "veto@pamplemousses-veto.mu", None),
    proj("Cabinet vétérinaire Pamplemousses Boutique", "veto@pamplemousses-veto.mu", None),
]
pay(owpay("f3_o01", "OWD-2025-931", "Restaurant U Fanale", "discovery", "14000.00", "2520.00", "2025-09-23T12:00:00"))
pay(owpay("f3_o02", "OWD-2025-932", "Portail Tourisme Kivu", "discovery", "11500.00", "2070.00", "2025-09-12T12:00:00"))
pay(owpay("f3_o03", "OWD-2025-933", "Boulangerie Le Fournil de Bamako", "discovery", "8500.00", "1530.00", "2025-09-25T12:00:00"))
pay(owpay("f3_o04", "OWD-2025-934", "Clinique Dentaire Achrafieh", "deposit", "24000.00", "4320.00", "2025-09-26T10:00:00"))
pay(owpay("f3_o05", "OWD-2025-935", "Ferme Bio de la Rivière-Rouge", "deposit", "17500.00", "3150.00", "2025-09-26T18:00:00"))
pay(owpay("f3_o06", "OWD-2025-936", "Galerie Sable Noir", "deposit", "13000.00", "2340.00", "2025-09-27T15:00:00"))
pay(owpay("f3_o07", "OWD-2025-937", "Épicerie Phở Saigon", "deposit", "15000.00", "2700.00", "2025-09-27T09:00:00"))
pay(owpay("f3_o08", "OWD-2025-938", "Coopérative Karité Ségou", "milestone", "26000.00", "4680.00", "2025-08-20T10:00:00", milestone_status="approved"))
pay(owpay("f3_o09", "OWD-2025-939", "Coopérative Karité Ségou", "milestone", "31500.00", "5670.00", "2025-09-12T10:00:00", milestone_status="not_started"))
pay(owpay("f3_o10", "OWD-2025-940", "Coopérative Karité Ségou", "milestone", "12500.00", "2250.00", "2025-09-12T10:05:00", milestone_status="in_progress"))
pay(owpay("f3_o11", "OWD-2025-941", "Domaine Vinicole Ksara Boutique", "retainer", "12000.00", "2160.00", "2025-09-16T09:00:00",
          period_start="2025-09-16", period_end="2025-10-15", next_billing_at="2025-10-16T09:00:00"))
pay(owpay("f3_o12", "OWD-2025-942", "Centre culturel franco-manitobain", "retainer", "8000.00", "1440.00", "2025-09-07T09:00:00",
          period_start="2025-09-07", period_end="2025-10-06", next_billing_at="2025-10-07T09:00:00"))
pay(owpay("f3_o13", "OWD-2025-943", "Cabinet Haddad Avocats Site", "retainer", "10500.00", "1890.00", "2025-09-03T09:00:00",
          period_start="2025-09-03", period_end="2025-10-02", next_billing_at="2025-10-03T09:00:00"))
pay(owpay("f3_o14", "OWD-2025-944", "Résidence Les Filaos", "retainer", "9500.00", "1710.00", "2025-09-14T09:00:00",
          period_start="2025-09-14", period_end="2025-10-13", next_billing_at="2025-10-14T09:00:00"))
pay(owpay("f3_o15", "OWD-2025-945", "Résidence Les Filaos", "retainer", "9500.00", "1710.00", "2025-09-22T09:00:00",
          period_start="2025-10-14", period_end="2025-11-13", next_billing_at="2025-11-14T09:00:00"))
pay(owpay("f3_o16", "OWD-2025-946", "Hébergement Hôtel Kivu Lodge", "hosting_annual", "15600.00", "2808.00", "2025-09-18T09:00:00",
          setup_fee="2400.00", service_start="2025-09-20"))
pay(owpay("f3_o17", "OWD-2025-947", "Maintenance Oliveraie Balagne", "maintenance_annual", "13333.00", "2399.94", "2025-09-16T09:00:00",
          setup_fee="1500.00", service_start="2025-09-18"))
pay(owpay("f3_o18", "OWD-2025-948", "Hébergement Pâtisserie Nice Port", "hosting_annual", "9000.00", "1620.00", "2025-09-03T09:00:00",
          setup_fee="1200.00", service_start="2025-09-05"))
pay(owpay("f3_o19", "OWD-2025-949", "Start-up Baobab Pay", "hosting_annual", "7200.00", "1296.00", "2025-09-27T09:00:00",
          setup_fee="900.00", service_start="2025-10-15"))
pay(owpay("f3_o20", "OWD-2025-950", "Club de hockey Les Voyageurs", "third_party", "3800.00", "684.00", "2025-09-23T09:00:00"))
pay(owpay("f3_o21", "OWD-2025-951", "Association des Libanais de Lyon", "change_request", "5500.00", "990.00", "2025-09-24T09:00:00"))
pay(owpay("f3_o22", "OWD-2025-952", "Transport Ilunga Express", "deposit", "11000.00", "1980.00", "2025-09-28T11:00:00"))
pay(owpay("f3_o23", "OWD-2025-953", "Salon de thé Hoàng Lan", "deposit", "9000.00", "1620.00", "2025-09-28T12:00:00"))
pay(owpay("f3_o24", "OWD-2025-954", "Cabinet vétérinaire Pamplemousses", "discovery", "6500.00", "1170.00", "2025-09-23T12:00:00"))
pay(owpay("f3_o25", "OWD-2025-955", "Cabinet vétérinaire Pamplemousses Boutique", "rush", "4000.00", "720.00", "2025-09-24T12:00:00"))

r = Round(HERE, "fr")

# ======================= LeadsOptima =======================
w = at("2025-09-25 10:20", KIN)
lo_days("LO-INV-84002", w, 1, 1)
r.case("kinshasa-double-debit-formel", LOB, [Mail(
    "Jean-Pierre MBUYI KABASELE <jp.mbuyi@kinshasa-distri.cd>", "Réclamation : double prélèvement abonnement mensuel", w,
    "Monsieur le Responsable du Service Client,\n\nJ'ai l'honneur de venir très respectueusement auprès de votre haute "
    "bienveillance solliciter le remboursement d'un montant prélevé deux fois sur ma carte Visa (Rawbank) en date du "
    "24/09/2025 pour le même abonnement mensuel. La facture du second prélèvement porte le n° LO-INV-84002.\n\n"
    "Dans l'attente d'une suite favorable, je vous prie d'agréer, Monsieur, l'expression de mes sentiments distingués.\n\n"
    "Jean-Pierre MBUYI KABASELE\nGérant, Kinshasa Distribution SARL\nAv. du Commerce n° 45, Gombe, Kinshasa, RDC\n"
    "Tél. : +243 81 555 12 34")],
    "decided", [R("approve", "1499.00")],
    spec="L2 duplicate ('prélevé deux fois') + L4: f3_p01/f3_p02 same account, amount, period 2025-09-24; request 2025-09-25 IST (day 1) -> LO-INV-84002 = 1499.00.")

w = at("2025-09-27 20:00", ONT)
lo_days("LO-INV-84012", w, 8, 8)
r.case("sudbury-jour8-fuseau", LOB, [Mail(
    "Mélanie Lavoie <m.lavoie@vianet.on.ca>", "Facturée deux fois pour le plan annuel", w,
    "Bonsoir,\n\nJe viens de m'apercevoir en faisant ma conciliation bancaire que vous m'avez facturée deux fois pour le "
    "plan annuel le 20 septembre (LO-INV-84011 et LO-INV-84012), 11 988 roupies chaque fois. Pourriez-vous me rembourser "
    "le deuxième montant, SVP?\n\nMerci et bonne fin de semaine,\nMélanie Lavoie\nSudbury (Ontario)")],
    "decided", [R("deny")],
    spec="L3: charge 2025-09-20 IST; email Sat 2025-09-27 20:00 -04:00 (Ontario) = 2025-09-28 05:30 IST, day 8 > 7 -> deny, although it is day 7 in Sudbury.")

w = at("2025-09-28 21:00", MU)
lo_days("LO-INV-84022", w, 7, 7)
r.case("maurice-jour7-soir", LOB, [Mail(
    "Ylang Voyages <contact@ylang-voyages.mu>", "Double paiement abonnement trimestriel", w,
    "Bonzour,\n\nNous constatons sur notre relevé MCB que l'abonnement trimestriel a été payé deux fois le 21 septembre : "
    "LO-INV-84021 et LO-INV-84022, Rs 3 999 chacune. Merci de rembourser le doublon LO-INV-84022.\n\nMersi ek "
    "bonswar,\nVéronique Appadoo\nYlang Voyages Ltée, Grand Baie, Île Maurice\nBRN C0712345")],
    "decided", [R("approve", "3999.00")],
    spec="L3 boundary: charge 2025-09-21 (day 0); email 2025-09-28 21:00 +04:00 = 22:30 IST, local date 2025-09-28 = day 7, inside; L4 -> 3999.00.")

w = at("2025-09-27 18:30", FR)
lo_days("LO-INV-84033", w, 1, 1)
r.case("tresoriere-nice-triple", LOB, [Mail(
    "Association Bocce Nissarda - Trésorerie <tresorerie@assoc-bocce-nissarda.fr>", "Prélèvement en triple - abonnement trimestriel", w,
    "Bonjour,\n\nEn tant que trésorière de l'association, je prépare les comptes pour l'assemblée générale et je constate "
    "que l'abonnement trimestriel a été prélevé TROIS fois le 26/09/2025 (factures LO-INV-84031, LO-INV-84032 et "
    "LO-INV-84033, 3 999,00 ₹ chacune). Seule la première est justifiée.\n\nMerci de nous rembourser les deux paiements "
    "en trop.\n\nAdiu e bòna serada,\nJosette Giordano\nTrésorière, Association Bocce Nissarda (loi 1901)\n"
    "Siège : Place Garibaldi, 06300 Nice")],
    "decided", [R("approve", "7998.00")],
    spec="s.8 three identical charges 2025-09-26; request 2025-09-27 (day 1): every charge after the first is a duplicate, 2 x 3999.00 = 7998.00.")

w = at("2025-09-26 07:05", FR)
lo_days("LO-INV-84041", w, 1, 1)
r.case("plombier-corse-une-seule", LOB, [Mail(
    "Plomberie Casanova <plomberie.casanova@orange.fr>", "debite 2 fois", w,
    "bjr\nje suis sur un chantier a porto vecchio je fais vite. vous m avez debite 2 fois l abonnement ce mois ci "
    "facture lo inv 84041 et une autre pareil. remboursez la 2eme svp\nAnto Casanova\n\nEnvoyé de mon iPhone")],
    "decided", [R("escalate")],
    spec="L2 duplicate claimed inside L3 (charge 2025-09-25, request day 1) but the ledger holds one charge only (f3_p10) -> L4 no pair: escalate, no amount.")

w = at("2025-09-27 11:00", BEY)
lo_days("LO-INV-84051", w, 1, 1)
r.case("beyrouth-startup-mauvais-plan", LOB, [Mail(
    "Rami Khoury <rami@cedarlabs.io>", "Wrong plan / mauvais plan facturé", w,
    "Hi / Bonjour,\n\nOn a souscrit hier au plan mensuel mais vous nous avez facturé le plan annuel, 11 988 INR au lieu "
    "de 1 499 (invoice LO-INV-84051). C'est clairement une erreur de facturation, wrong plan. Can you fix it asap et "
    "nous rembourser? Yalla, merci!\n\nRami Khoury\nCo-founder, CedarLabs SAL · Mar Mikhael, Beyrouth\n"
    "This email and any attachments are confidential.")],
    "decided", [R("escalate")],
    spec="L2 billing_error ('facturé le plan annuel au lieu du mensuel') inside L3 (charge 2025-09-26, request 2025-09-27) -> L5 escalate, no amount.")

w = at("2025-09-27 09:15", FR)
lo_days("LO-INV-84061", w, 5, 5)
r.case("vietnamienne-connexion", LOB, [Mail(
    "Nguyen Thi Thu <thu.nguyen@free.fr>", "Je ne peux pas connecter", w,
    "Bonjour Madame, Monsieur,\n\nJe ai payé abonnement 3 mois le 22 septembre, facture LO-INV-84061. Depuis mardi je ne "
    "peux pas me connecter, le site dit toujours « erreur » et page blanche. Mon fils aussi essayé sur son ordinateur, "
    "pareil. Je voudrais remboursement s'il vous plaît car je ne peux pas utiliser.\n\nCảm ơn, merci beaucoup\n"
    "Nguyễn Thị Thu\nParis 13e")],
    "decided", [R("escalate")],
    spec="L2 access_failure ('je ne peux pas me connecter') inside L3 (charge 2025-09-22, request 2025-09-27, day 5) -> L6 escalate.")

w = at("2025-09-24 10:00", BKO)
lo_days("LO-INV-84071", w, 16, 16)
r.case("bamako-acces-trop-tard", LOB, [Mail(
    "Sahel Agro - Direction <direction@sahel-agro.ml>", "Problème d'accès et remboursement", w,
    "Bonjour,\n\nJ'espère que vous vous portez bien ainsi que toute l'équipe. Depuis le début du mois nous n'avons plus "
    "accès au tableau de bord, il ne charge pas avec notre connexion. Nous avons attendu le retour de notre informaticien "
    "de Ségou. Nous demandons le remboursement de la facture LO-INV-84071.\n\nCordialement,\nAmadou Traoré\n"
    "Directeur, Sahel Agro SARL, ACI 2000, Bamako")],
    "decided", [R("deny")],
    spec="L2 access_failure but L3: charge 2025-09-08, request 2025-09-24 = day 16 > 7 -> deny citing the 7-day rule.")

w = at("2025-09-28 15:00", MB)
lo_days("LO-INV-84081", w, 2, 2)
r.case("saint-boniface-change-idee", LOB, [Mail(
    "Gilles Fontaine <gilles.fontaine@mymts.net>", "Remboursement", w,
    "Bonjour,\n\nJ'ai pris l'abonnement mensuel hier (facture LO-INV-84081) mais j'ai changé d'idée, finalement ma "
    "blonde et moi on va garder notre petit tableur pour la cabane à sucre. Est-ce que vous pouvez me rembourser?\n\n"
    "Merci bien,\nGilles Fontaine\nSaint-Boniface (Winnipeg)")],
    "decided", [R("deny")],
    spec="L1: changed mind is none of the L2 reasons -> deny and offer cancellation (email 2025-09-28 15:00 -05:00 = 2025-09-29 01:30 IST, day 2; the window does not matter).")

r.case("essai-gratuit-startup", LOB, [Mail(
    "Inès Rahmani <hello@pousse-app.fr>", "refund du trial svp", at("2025-09-30 09:30", FR),
    "Hello,\n\nOn est en trial chez vous pour Pousse, la CB est enregistrée et notre appli bancaire montre une ligne "
    "LeadsOptima. Merci de refund, on veut décider après la période d'essai, pas avant.\n\nBest,\nInès\n"
    "Pousse SAS · Station F · Paris")],
    "decided", [R("deny")],
    spec="L7: the account is on a free trial (trial_ends 2025-10-09) with no charges -> deny, nothing to refund; no billing unless they subscribe.")

r.case("corse-resiliation-formelle", LOB, [Mail(
    "Camping U Porticcio <accueil@camping-porticcio.fr>", "Résiliation de notre abonnement trimestriel",
    at("2025-09-23 09:00", FR),
    "Madame, Monsieur,\n\nPar la présente, nous vous informons de notre décision de résilier notre abonnement "
    "trimestriel. La saison est terminée et nous fermons le camping jusqu'en avril.\n\nMerci de nous confirmer la "
    "résiliation par retour de mail.\n\nSalutations distinguées,\nPaule-Marie Leca\nCamping U Porticcio, 20166 Porticcio")],
    "decided", [K("cancel", "2025-11-17")],
    spec="L8: cancel, active until current_period_end 2025-11-17 (quarterly 2025-08-18 - 2025-11-17).")

r.case("lubumbashi-repli-annuel", LOB, [Mail(
    "Katanga Mines Services <contact@katanga-mines-services.cd>", "Arrêt de l'abonnement annuel", at("2025-09-26 08:00", LUB),
    "Bonjour,\n\nSuite à la restructuration de notre société, nous ne renouvellerons pas l'abonnement annuel. Veuillez "
    "l'arrêter à son échéance.\n\nSincères salutations,\nPatrice Ilunga Mwamba\nResponsable administratif\n"
    "Katanga Mines Services SARL, Lubumbashi, Haut-Katanga, RDC")],
    "decided", [K("cancel", "2025-10-14")],
    spec="L8 fallback: no current_period_end; last charge LO-INV-84101 on 2024-10-15 + 12 months - 1 day = 2025-10-14.")

r.case("etude-notariale-prorata", LOB, [Mail(
    "Étude de Maître Santoni <office@etude-santoni-nice.fr>", "Résiliation abonnement annuel et remboursement au prorata",
    at("2025-09-22 15:00", FR),
    "Madame, Monsieur,\n\nSur instruction de Maître Santoni, notaire, je vous prie de bien vouloir résilier l'abonnement "
    "annuel (facture LO-INV-84111 du 20 février 2025). L'étude est cédée à un confrère au 31 décembre et le logiciel ne "
    "sera pas repris. Nous sollicitons également le remboursement au prorata des mois non utilisés jusqu'en février 2026.\n\n"
    "Veuillez agréer, Madame, Monsieur, nos salutations distinguées.\n\nCatherine Orsini\nClerc de notaire\n"
    "Étude de Maître Jean-Baptiste Santoni, Notaire\n12 avenue Jean Médecin, 06000 Nice\n\n"
    "Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive de leur destinataire.")],
    "decided", [K("cancel", "2026-02-19"), R("deny")],
    spec="L8 cancel effective current_period_end 2026-02-19; the prorated refund is L1/L8 (no partial refunds) and outside L3 (charge 2025-02-20): deny. 'Maître ... notaire' is a notary's title, no lawyer threat (no C4).")

r.case("menuisier-c2-gmail", LOB, [Mail(
    "Dumè Ferracci <dume.ferracci2b@gmail.com>", "abonnement", at("2025-09-25 12:40", FR),
    "bonjour\nc est dumè de la menuiserie ferracci a corte. le compte est sur contact@menuiserie-ferracci.fr mais j ai "
    "pas le mot de passe sur le tel. arretez l abonnement svp et dites moi combien j ai paye depuis le debut\nmerci\n\n"
    "Envoyé de mon Android")],
    "need_info", rules=["C2"],
    spec="C2: the registered email contact@menuiserie-ferracci.fr is named, the mail comes from a gmail address -> ask to write from the registered address; disclose no payments.")

r.case("comptable-tr-outlook", LOB, [Mail(
    "Cabinet Abou Jaoudé <compta@aboujaoude-expert.lb>", "TR: Résiliation LeadsOptima", at("2025-09-24 11:10", BEY),
    "Bonjour,\n\nVeuillez trouver ci-dessous la demande de notre client, pour suite à donner.\n\nCordialement,\n"
    "Georges Abou Jaoudé, expert-comptable\n\n-----Message d'origine-----\nDe : Hôtel Les Cèdres <info@hotel-lescedres.lb>\n"
    "Envoyé : mardi 23 septembre 2025 18:02\nÀ : compta@aboujaoude-expert.lb\nObjet : Résiliation LeadsOptima\n\n"
    "Bonjour Georges,\nPouvez-vous résilier l'abonnement LeadsOptima pour nous ? Le compte est au nom de "
    "info@hotel-lescedres.lb. Nous passons par l'agence de tourisme de Jbeil désormais.\nMerci, Rita")],
    "need_info", rules=["C2"],
    spec="s.8 Outlook forward ('TR:', '-----Message d'origine-----') carries a request naming registered email info@hotel-lescedres.lb; the sender is the accountant -> C2.")

r.case("reply-to-ne-verifie-pas", LOB, [Mail(
    "Sylvie Hébert <sylvie.hebert1968@hotmail.com>", "Annulation", at("2025-09-26 19:00", ONT),
    "Bonjour,\n\nJ'écris de mon adresse perso, répondez sur mon adresse de compte SVP (elle est dans « Répondre à »). "
    "Je veux annuler mon abonnement et avoir la liste de mes paiements.\n\nSylvie Hébert, Ottawa",
    headers={"Reply-To": "sylvie.hebert@ottawa-immo.ca"})],
    "need_info", rules=["C2"],
    spec="s.8: the sender is the From address; Reply-To never verifies. From hotmail for the account sylvie.hebert@ottawa-immo.ca -> C2.")

w = at("2025-09-25 10:00", DXB)
lo_days("LO-INV-84152", w, 2, 2)
r.case("pas-de-contestation-banque", LOB, [Mail(
    "Karim Belkacem <karim.belkacem@outlook.fr>", "Double débit 23/09", w,
    "Bonjour,\n\nSalam. Mon abonnement mensuel a été débité deux fois le 23/09 (LO-INV-84151 et LO-INV-84152). Ma banque "
    "me propose de contester le prélèvement mais je ne veux pas faire ça, je préfère régler ça avec vous directement. "
    "Merci de rembourser la deuxième facture LO-INV-84152.\n\nCordialement,\nKarim Belkacem\n(en déplacement à Dubaï)")],
    "decided", [R("approve", "1499.00")],
    spec="L4 duplicate, email 2025-09-25 10:00 +04:00 = 11:30 IST, day 2 -> 1499.00. The customer rules the bank dispute out ('je ne veux pas faire ça'): no threat, no C4.")

w = at("2025-09-24 20:30", MB)
lo_days("LO-INV-84162", w, 2, 2)
r.case("chorale-c4-avocat-resiliation", LOB, [Mail(
    "Chorale de Saint-Boniface - Trésorier <tresorier@chorale-saint-boniface.ca>", "Double prélèvement + résiliation", w,
    "Bonjour,\n\nC'est la troisième fois que j'écris pour le double prélèvement du 23 septembre (LO-INV-84162). Aucune "
    "réponse. Nous résilions l'abonnement. Si l'argent n'est pas sur le compte de la chorale d'ici la fin du mois, je "
    "remets le dossier à notre avocat et je fais une contestation auprès de la Caisse populaire.\n\n"
    "Réal Gauthier\nTrésorier, Chorale de Saint-Boniface")],
    "decided", [R("escalate"), K("escalate")], rules=["C4"],
    spec="C4 (lawyer, payment dispute at the credit union) covers the whole case (s.8): refund and cancellation both escalate, though L4 alone would approve (email 2025-09-25 07:00 IST, day 2).")

w = at("2025-09-27 13:10", BEY)
r.case("c4-chargeback-liban", LOB, [Mail(
    "Saveurs du Cèdre <boutique@saveurs-du-cedre.lb>", "Pas d'accès depuis le paiement", w,
    "Bonjour,\n\nDepuis le paiement du 26/09 (LO-INV-84171) impossible de me connecter, le mot de passe est refusé. Je veux "
    "être remboursée. Sinon je fais un chargeback avec ma carte, comme m'a conseillé ma cousine.\n\nMerci,\n"
    "Nadine Saadé\nSaveurs du Cèdre, Achrafieh")],
    "decided", [R("escalate")], rules=["C4"],
    spec="C4: chargeback threat -> escalate (the access failure inside L3 would escalate anyway, L6).")

r.case("reponse-automatique", LOB, [Mail(
    "Garage Diarra et Frères <contact@garage-diarra.ml>", "Réponse automatique : Votre facture LO-INV-84181",
    at("2025-09-25 08:00", BKO),
    "Bonjour,\n\nJe suis absent du bureau jusqu'au 6 octobre (pèlerinage). Pour toute urgence, merci de contacter mon "
    "frère Seydou au +223 76 00 00 00.\n\nCordialement,\nMoussa Diarra",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})],
    "ignore", rules=["C7"], spec="C7: Auto-Submitted: auto-replied (Outlook 'Réponse automatique') -> ignore.")

r.case("postmaster-non-remis", LOB, [Mail(
    "postmaster@orange.mu", "Non remis : Remboursement LO-INV-84022", at("2025-09-29 04:12", MU),
    "Votre message n'a pas pu être remis aux destinataires suivants :\n  v.appadoo@ylang.mu\n"
    "Raison : 550 5.1.1 Boîte aux lettres inconnue",
    dsn=[[("Reporting-MTA", "dns; mx.orange.mu")],
         [("Final-Recipient", "rfc822; v.appadoo@ylang.mu"), ("Action", "failed"), ("Status", "5.1.1")]])],
    "ignore", rules=["C7"], spec="C7: postmaster sender and a delivery-status report (RFC 3464) -> ignore.")

r.case("propre-adresse-billing", LOB, [Mail(
    "LeadsOptima Billing <billing@leadsoptima.com>", "Votre reçu LO-INV-84191 / remboursement", at("2025-09-29 06:00", (5, 30)),
    "Bonjour,\n\nVoici votre reçu pour la facture LO-INV-84191. Pour un remboursement, répondez à ce message.\n\n"
    "L'équipe LeadsOptima", to="support@leadsoptima.com")],
    "ignore", rules=["C7"], spec="C7: mail from the brand's own address (billing@leadsoptima.com) -> ignore.")

r.case("question-facture-nif", LOB, [Mail(
    "Garage Diarra et Frères <contact@garage-diarra.ml>", "Facture avec NIF", at("2025-09-30 10:30", BKO),
    "Bonjour,\n\nNotre comptable demande que la facture LO-INV-84181 porte notre NIF (084123456M) et notre RCCM "
    "(MA.BKO.2019.B.1234). Est-ce possible de la refaire ? Nous sommes satisfaits du service.\n\nCordialement,\n"
    "Seydou Diarra")],
    "other", spec="Invoice re-issue request, no refund or cancellation -> other.")

r.case("merci-remboursement-recu", LOB, [Mail(
    "Trần Văn Minh <minh.tran@phobaguette.fr>", "Re: remboursement", at("2025-09-30 08:00", VN),
    "Bonjour,\n\nJuste pour vous dire que le remboursement est bien arrivé sur mon compte hier. Merci beaucoup pour votre "
    "aide, service très rapide !\n\nMinh\n(en vacances chez mes parents à Hà Nội)")],
    "other", spec="Thanks for a refund already received (past event): no new request -> other.")

r.case("pas-de-remboursement-question", LOB, [Mail(
    "Nadia Haddad <nadia.haddad@idm.net.lb>", "Question sur l'export des leads", at("2025-09-22 14:30", BEY),
    "Bonjour,\n\nJe ne demande pas de remboursement et je ne veux pas résilier, rassurez-vous ! Je voudrais seulement "
    "savoir comment exporter mes leads en CSV avec les caractères arabes, ils s'affichent mal dans Excel.\n\n"
    "Merci, Nadia")],
    "other", spec="s.8 negation ('je ne demande pas de remboursement ... ne veux pas résilier'); a product question -> other.")

r.case("hypothese-avant-achat", LOB, [Mail(
    "Luc Bérubé <luc.berube@hearst-on.ca>", "Question avant d'acheter", at("2025-09-29 17:45", ONT),
    "Bonjour,\n\nJe pense prendre le plan annuel pour ma quincaillerie à Hearst. Si je me rends compte après deux semaines "
    "que ça ne marche pas pour moi, est-ce que je serais remboursé ? Et est-ce qu'on peut annuler en tout temps ?\n\n"
    "Merci,\nLuc Bérubé")],
    "other", spec="s.8 hypothetical before buying: a policy question, no account -> other.")

lo_days("LO-INV-84191", at("2025-09-30 10:00", MU), 1, 1)
r.case("remboursement-sans-motif", LOB, [Mail(
    "Pharmacie de Curepipe <info@pharmacie-curepipe.mu>", "Remboursement LO-INV-84191", at("2025-09-30 10:00", MU),
    "Bonjour,\n\nMerci de procéder au remboursement de la facture LO-INV-84191 du 29/09.\n\nCordialement,\n"
    "Dr Anil Ramgoolam, pharmacien\nPharmacie de Curepipe, Royal Road, Curepipe")],
    "need_info", missing=["reason"],
    spec="C3 / s.8: 'merci de procéder au remboursement' restates the request; no reason -> ask for reason (plan from the ledger, invoice given).")

w = at("2025-09-29 08:50", KIN)
lo_days("LO-INV-84213", w, 3, 3)
r.case("couturiere-sans-facture", LOB, [Mail(
    "Atelier Couture Kalala <atelier@couture-kalala.cd>", "Pas accès", w,
    "Bonjour,\n\nDepuis quelques jours je n'arrive pas à me connecter, la réinitialisation du mot de passe ne marche pas, "
    "aucun mail ne vient. Je demande le remboursement pour ce qui ne marche pas. La facture je ne l'ai pas ici, c'est "
    "mon neveu qui a tout sur son ordinateur à Limete.\n\nMerci,\nMaman Bijou Kalala\nAtelier Couture Kalala, Kinshasa")],
    "need_info", missing=["invoice_number"],
    spec="C3: access failure (reason) from the registered address, but three monthly charges (July, August, September) and no invoice: the charge is not identified -> ask for invoice_number.")

lotus1 = Mail("Studio Lotus <compta@studio-lotus.fr>", "Remboursement", at("2025-09-27 12:00", FR),
              "Bonjour,\n\nMerci de rembourser LO-INV-84202.\n\nCdlt\nLinh | Studio Lotus\n\nStudio Lotus SARL · "
              "14 rue de Tolbiac · 75013 Paris")
r.case("paiement-echoue-escalade", LOB, [lotus1, Mail(
    "Studio Lotus <compta@studio-lotus.fr>", "RE: Remboursement [LO-4802]", at("2025-09-28 09:30", FR),
    "Bonjour,\n\nLe motif : j'ai été débitée deux fois le 26/09 (84201 et 84202), 1 499 chacune.\n\nLinh\n\n"
    "De : LeadsOptima Support <support@leadsoptima.com>\nEnvoyé : samedi 27 septembre 2025 12:30\n"
    "Objet : Re: Remboursement [LO-4802]\n\n> Merci de nous indiquer le motif de votre demande de remboursement.",
    reply=lotus1, refs_extra=["<fr-lo-lotus-ask@leadsoptima.com>"])],
    "decided", [R("escalate")],
    spec="C3 thread: the reason (duplicate) arrives in the answer; LO-INV-84202 has status 'failed' -> s.8 payments not paid: escalate (no paid pair for L4 either).")

w = at("2025-09-30 22:30", ONT)
check(day_no(PAID["LO-INV-84222"]["paid_at"], w) == 7, "offset ledger day")
check(day_no("2025-09-23T20:31:00", w) == 8, "naive reading would be day 8")
r.case("ledger-decalage-jour7", LOB, [Mail(
    "Patrick Leblanc <patrick.leblanc@sympatico.ca>", "Chargé deux fois", w,
    "Salut,\n\nJe regarde mon relevé Desjardins : le 23 septembre au soir vous m'avez chargé deux fois 1 499, factures "
    "LO-INV-84221 et LO-INV-84222. Remboursez la deuxième s'il vous plaît.\n\nBonne soirée,\nPatrick\nHawkesbury, Ontario")],
    "decided", [R("approve", "1499.00")],
    spec="s.8 ledger offsets: paid_at 2025-09-23T20:31-04:00 = 2025-09-24 06:01 IST (day 0); email 2025-09-30 22:30 -04:00 = 2025-10-01 08:00 IST = day 7, inside -> L4 approve 1499.00.")

r.case("auto-ecole-dictee-trimestre", LOB, [Mail(
    "Auto-école Tomasi <auto-ecole.tomasi@wanadoo.fr>", "Résiliation", at("2025-09-25 18:20", FR),
    "Bonjour LeadsOptima virgule je souhaite résilier mon abonnement point Je prends ma retraite et l'auto-école ferme à "
    "Ajaccio point Merci pour tout point d'exclamation\nAnge Tomasi\n\nDicté avec la dictée vocale, excusez les fautes")],
    "decided", [K("cancel", "2025-11-29")],
    spec="L8 fallback: no current_period_end; last charge LO-INV-84231 on 2025-08-30 + 3 months = 2025-11-30, minus one day = 2025-11-29. Dictated text ('virgule', 'point').")

r.case("html-seul-bastia", LOB, [Mail(
    "Cabinet de kiné Bastia <cabinet@kine-bastia.fr>", "Résiliation abonnement", at("2025-09-29 13:30", FR),
    None, html=(
        "<html><body><div style='font-family:Arial'><p>Bonjour,</p><p>Nous résilions l'abonnement mensuel à la fin de "
        "la période en cours&nbsp;: le cabinet passe sur Doctolib qui gère déjà les rappels patients.</p>"
        "<p>Bien cordialement,<br><b>Laetitia Mattei</b><br>Cabinet de kinésithérapie, Bastia</p></div></body></html>"))],
    "decided", [K("cancel", "2025-10-16")],
    spec="HTML-only mail; L8 cancel effective current_period_end 2025-10-16.")

r.case("plusieurs-demandes-librairie", LOB, [Mail(
    "Librairie Le Point du Maroc <librairie@lepointdumaroc.fr>", "Plusieurs points : adresse, formation, résiliation",
    at("2025-09-24 16:45", FR),
    "Bonjour,\n\nPlusieurs choses :\n\n1) Notre adresse de facturation change (désormais 8 rue d'Alger, 13005 Marseille).\n"
    "2) Y a-t-il une formation en ligne en novembre ?\n3) Comme nous cédons la librairie au printemps, nous résilions "
    "l'abonnement annuel à son terme.\n\nBien entendu nous ne demandons aucun remboursement.\n\nCordialement,\n"
    "Youssef Benali")],
    "decided", [K("cancel", "2026-01-19")],
    spec="Several requests; the cancellation is decided: L8 effective current_period_end 2026-01-19. 'nous ne demandons aucun remboursement' adds no refund (s.8).")

w = at("2025-09-26 09:00", ONT)
lo_days("LO-INV-84281", w, 14, 14)
r.case("sudbury-mauvais-montant-tard", LOB, [Mail(
    "Amicale franco-ontarienne de Sudbury <bureau@amicale-sudbury.ca>", "Montant erroné", w,
    "Bonjour,\n\nLe prélèvement du 12 septembre (LO-INV-84281) n'est pas le bon montant, on nous avait promis le rabais "
    "pour organismes sans but lucratif. Nous demandons le remboursement de la différence.\n\nLe bureau de l'Amicale\n"
    "(Ginette Chartrand, trésorière)")],
    "decided", [R("deny")],
    spec="L2 billing_error ('pas le bon montant') but L3: charge 2025-09-12, email 2025-09-26 09:00 -04:00 = 18:30 IST = day 14 > 7 -> deny.")

w = at("2025-09-18 22:30", DXB)
lo_days("LO-INV-84291", w, 6, 6)
r.case("traiteur-apres-resiliation", LOB, [Mail(
    "Traiteur El Baz <salam@traiteur-elbaz.ae>", "Prélevé après résiliation", w,
    "Salam alaykoum,\n\nJ'avais résilié en août, et quand même le 13/09 vous avez prélevé 1 999 (LO-INV-84291). Vous "
    "m'avez facturé après ma résiliation, c'est pas normal. Remboursez-moi s'il vous plaît.\n\nMerci, Hamid El Baz\n"
    "Traiteur El Baz, Deira, Dubaï")],
    "decided", [R("escalate")],
    spec="L2 billing_error ('facturé après ma résiliation') inside L3 (charge 2025-09-13, email 2025-09-18 22:30 +04:00 = 2025-09-19 00:00 IST, day 6) -> L5 escalate. The August cancellation is a past event.")

r.case("resiliation-mauvaise-date", LOB, [Mail(
    "Gîtes du Cap Corse <info@gites-cap-corse.fr>", "Résiliation au 30/09", at("2025-09-28 08:30", FR),
    "Bonjour,\n\nLa saison est finie, nous résilions au 30/09/2025.\n\nPace è salute,\nMarie-Do Santucci")],
    "decided", [K("cancel", "2025-10-13")],
    spec="L8: active until current_period_end 2025-10-13 whatever date the customer names.")

lum1 = Mail("Électricité Lumbala <contact@electricite-lumbala.cd>", "Remboursement svp", at("2025-09-26 07:10", KIN),
            "Bonjour\nremboursez moi svp\nLumbala\nÉlectricité Lumbala, Matete, Kinshasa")
lo_days("LO-INV-84312", at("2025-09-26 07:10", KIN), 1, 1)
r.case("thread-motif-facture-apres", LOB, [lum1, Mail(
    "Électricité Lumbala <contact@electricite-lumbala.cd>", "RE: Remboursement svp [LO-5233]", at("2025-09-29 18:00", KIN),
    "Bonjour,\n\nOui pardon. Vous avez prélevé deux fois le 25 septembre, la facture en double c'est LO-INV-84312.\n\n"
    "Lumbala\n\n> Merci de nous indiquer le motif de votre demande et le numéro de facture.",
    reply=lum1, refs_extra=["<fr-lo-lumbala-ask@leadsoptima.com>"])],
    "decided", [R("approve", "1499.00")],
    spec="C3 thread: the reason and invoice arrive in the answer; request time = first email 2025-09-26 (day 1 after 2025-09-25; the answer on day 4 does not move it) -> L4 approve LO-INV-84312 = 1499.00.")

r.case("vietnamien-seul-langue", LOB, [Mail(
    "Hoa Sen Spa <me.nguyen@hoa-sen-spa.fr>", "Hủy gói đăng ký", at("2025-09-27 09:00", VN),
    "Chào anh chị,\n\nTôi muốn hủy gói đăng ký hàng tháng của tiệm spa. Con gái tôi thường viết thư bằng tiếng Pháp "
    "nhưng tuần này cháu đi vắng.\n\nCảm ơn,\nNguyễn Thị Mai")],
    "other", spec="s.8 language: the mail is written only in Vietnamese, a language the bot does not read -> other (the trace names the language).")

# ======================= Optima WebDesign =======================
def ow(frm, subject, when, body, **kw):
    return Mail(frm, subject, when, body, brand=OWB, **kw)


r.case("owd-discovery-bastia", OWB, [ow(
    "Restaurant U Fanale <contact@ufanale-bastia.fr>", "Refund Request — Restaurant U Fanale / OWD-2025-931",
    at("2025-09-25 11:00", FR),
    "Bonjour,\n\nNous avons réglé le 23/09 les frais de découverte pour le projet « Restaurant U Fanale » (OWD-2025-931). "
    "Le propriétaire des murs ne renouvelle pas le bail, le restaurant ferme à la fin de l'année. Aucun rendez-vous n'a "
    "eu lieu. Merci de nous rembourser.\n\nPace è salute\nPierre-Toussaint Albertini")],
    "decided", [R("approve", "14000.00")],
    spec="O1: no work started on the project -> full refund of the discovery fee 14000.00 (before tax).")

r.case("owd-discovery-goma-commence", OWB, [ow(
    "Tourisme Kivu - Projets <projets@tourisme-kivu.cd>", "Annulation atelier stratégie", at("2025-09-24 15:00", LUB),
    "Madame, Monsieur,\n\nLe financement du bailleur pour le « Portail Tourisme Kivu » a été suspendu. Nous sollicitons "
    "le remboursement des frais de découverte (facture OWD-2025-932). Le premier atelier du 16/09 a eu lieu mais "
    "n'était qu'une prise de contact.\n\nVeuillez agréer nos salutations distinguées.\nEsther Baraka Muhindo\n"
    "Coordinatrice, Office du Tourisme du Kivu, Goma")],
    "decided", [R("deny")],
    spec="O1: work_started_at 2025-09-16 is before the request (2025-09-24) -> sessions commenced: deny.")

r.case("owd-discovery-bamako-plus-tard", OWB, [ow(
    "Le Fournil de Bamako <fournil.bamako@gmail.com>", "Remboursement découverte owd 2025 933", at("2025-09-27 10:30", BKO),
    "Bonjour,\n\nPour le projet Boulangerie Le Fournil de Bamako, le premier rendez-vous était prévu le mardi 30/09. "
    "Finalement nous travaillons avec un cousin qui fait des sites à Dakar. Merci de rembourser les frais de "
    "découverte (owd 2025 933).\n\nCordialement,\nAwa Keïta")],
    "decided", [R("approve", "8500.00")],
    spec="O1: work_started_at 2025-09-30 is after the request (2025-09-27) -> nothing commenced: approve 8500.00. Invoice typed in lower case with spaces (s.8); the contract email is this gmail address.")

w = at("2025-09-28 16:00", BEY)
check(hours(PAID["OWD-2025-934"]["paid_at"], w) == 56.5, "achrafieh")
r.case("owd-acompte-beyrouth", OWB, [ow(
    "Clinique Dentaire Achrafieh <admin@clinique-achrafieh.lb>", "Acompte à rembourser - OWD-2025-934", w,
    "Bonjour,\n\nNous avons versé l'acompte vendredi pour la « Clinique Dentaire Achrafieh ». Les associés ont décidé "
    "de reporter le projet à cause de la situation, on ne peut pas investir maintenant. Vous n'avez pas encore commencé. "
    "Merci de rembourser l'acompte.\n\nMerci infiniment,\nDr Maya Sfeir")],
    "decided", [R("approve", "24000.00")],
    spec="O2: paid 2025-09-26 10:00 IST; email 2025-09-28 16:00 +03:00 = 18:30 IST = 56.5 h < 72 h, no work started -> approve 24000.00.")

w = at("2025-09-29 07:30", MB)
check(hours(PAID["OWD-2025-935"]["paid_at"], w) == 72, "72h")
r.case("owd-acompte-manitoba-72h", OWB, [ow(
    "Ferme Bio de la Rivière-Rouge <info@fermebio-riviererouge.ca>", "Annulation - acompte", w,
    "Bonjour,\n\nOn annule le projet « Ferme Bio de la Rivière-Rouge » : la récolte a été mauvaise avec la sécheresse et "
    "on n'a plus le budget. Merci de nous rembourser l'acompte (facture OWD-2025-935).\n\nMerci bien,\n"
    "Denis Lambert, Saint-Pierre-Jolys (Manitoba)")],
    "decided", [R("deny")],
    spec="O2 + s.8: paid 2025-09-26 18:00 IST; email 2025-09-29 07:30 -05:00 = 18:00 IST = exactly 72 h -> not before 72 h: deny.")

w = at("2025-09-30 11:00", MU)
check(hours(PAID["OWD-2025-936"]["paid_at"], w) == 69.5, "sable noir")
r.case("owd-acompte-maurice-kreol", OWB, [ow(
    "Galerie Sable Noir <galerie@sablenoir.mu>", "Acompte Galerie Sable Noir", w,
    "Bonzour,\n\nNou finn pey l'acompte samedi (OWD-2025-936). Désolée, mon associé a décidé de vendre la galerie de "
    "Tamarin, donc pas besoin de site. Pouvez-vous rembourser l'acompte svp ? Rien n'a commencé je crois.\n\n"
    "Mersi,\nAnoushka Ramdin")],
    "decided", [R("approve", "13000.00")],
    spec="O2: paid 2025-09-27 15:00 IST; email 2025-09-30 11:00 +04:00 = 12:30 IST = 69.5 h < 72 h, no work started -> approve 13000.00.")

w = at("2025-09-29 10:30", FR)
check(hours(PAID["OWD-2025-937"]["paid_at"], w) == 53.0, "pho")
r.case("owd-epicerie-travail-commence", OWB, [ow(
    "Épicerie Phở Saigon <contact@epicerie-phosaigon.fr>", "Annuler site web", w,
    "Bonjour,\n\nNous avons payé acompte le 27/09 (OWD-2025-937) pour site « Épicerie Phở Saigon ». Maintenant ma femme "
    "dit nous vendons seulement sur Uber Eats, pas besoin site. Merci rembourser acompte.\n\nCordialement,\n"
    "Lê Văn Hùng\nÉpicerie Phở Saigon, Lyon 7e")],
    "decided", [R("deny")],
    spec="O2: within 72 h (paid 2025-09-27 09:00 IST, email 2025-09-29 10:30 +02:00 = 14:00 IST = 53 h) but work_started_at 2025-09-28 10:00 is before the request -> 'whichever occurs first': deny.")

r.case("owd-jalon-non-commence", OWB, [ow(
    "Coopérative Karité Ségou <coop@karite-segou.ml>", "Remboursement jalon 2 (OWD-2025-939)", at("2025-09-25 09:15", BKO),
    "Bonjour,\n\nPour le projet « Coopérative Karité Ségou », nous ne souhaitons plus le jalon 2 (catalogue en ligne, "
    "OWD-2025-939) : l'ONG partenaire nous fournit déjà un catalogue. Ce travail n'a pas commencé. Merci de rembourser "
    "les trente et un mille cinq cents roupies.\n\nLa présidente,\nMariam Coulibaly")],
    "decided", [R("approve", "31500.00")],
    spec="O3: milestone OWD-2025-939 not_started -> refund its amount 31500.00 (before tax; the amount in words matches).")

r.case("owd-jalon-approuve", OWB, [ow(
    "Coopérative Karité Ségou <coop@karite-segou.ml>", "Jalon 1 remboursable ?", at("2025-09-26 12:00", BKO),
    "Bonjour,\n\nLe jalon 1 (maquettes, OWD-2025-938) a été validé par nous en août, mais les femmes de la coopérative "
    "trouvent finalement les couleurs trop tristes. Nous demandons le remboursement.\n\nMariam Coulibaly")],
    "decided", [R("deny")],
    spec="O3/O6: milestone OWD-2025-938 is approved -> deny.")

r.case("owd-jalon-en-cours", OWB, [ow(
    "Coopérative Karité Ségou <coop@karite-segou.ml>", "Arrêt jalon 3", at("2025-09-27 08:40", BKO),
    "Bonjour,\n\nMerci d'arrêter le jalon 3 (paiement Orange Money, OWD-2025-940) et de rembourser ce qui n'est pas "
    "encore fait. Orange change ses conditions pour les coopératives.\n\nMariam Coulibaly")],
    "decided", [R("escalate")],
    spec="O3: milestone OWD-2025-940 in_progress -> escalate.")

w = at("2025-09-26 09:00", BEY)
check(w.astimezone(IST).date().isoformat() <= "2025-10-09", "notice ksara")
r.case("owd-retainer-liban-a-temps", OWB, [ow(
    "Domaine Ksara Boutique <digital@domaine-ksara-boutique.lb>", "Résiliation contrat de maintenance mensuel", w,
    "Bonjour,\n\nNous résilions le forfait mensuel « Domaine Vinicole Ksara Boutique » (dernière facture OWD-2025-941). "
    "Motif : le groupe a recruté un responsable digital en interne à Zahlé.\n\nCordialement,\nJoëlle Nasr")],
    "decided", [K("cancel", "2025-10-15")],
    spec="O4/O8: next_billing_at 2025-10-16; request 2025-09-26 <= 2025-10-09 -> cancel effective 2025-10-15.")

w = at("2025-09-30 14:00", MB)
check(w.astimezone(IST).date().isoformat() == "2025-10-01", "ccfm late")
r.case("owd-retainer-winnipeg-minuit", OWB, [ow(
    "CCFM Communications <communications@ccfm-mb.ca>", "Fin du contrat – Centre culturel franco-manitobain", w,
    "Bonjour,\n\nNous mettons fin au forfait mensuel (OWD-2025-942) du « Centre culturel franco-manitobain ». Notre "
    "subvention de Patrimoine canadien n'a pas été renouvelée.\n\nBonne journée,\nChantal Fréchette\nCommunications, CCFM")],
    "decided", [K("cancel", "2025-11-06")],
    spec="O4: next_billing_at 2025-10-07, cut-off 2025-09-30; email 2025-09-30 14:00 -05:00 = 2025-10-01 00:30 IST, late -> next cycle 2025-10-07 - 2025-11-06 billed, effective 2025-11-06.")

r.case("owd-retainer-cabinet-avocats", OWB, [ow(
    "Haddad Avocats - Secrétariat <secretariat@haddad-avocats.lb>", "Résiliation maintenance site", at("2025-09-29 10:00", BEY),
    "Madame, Monsieur,\n\nLe cabinet fusionne avec un cabinet parisien qui gère son site en central ; nous résilions donc "
    "la maintenance « Cabinet Haddad Avocats Site » (OWD-2025-943).\n\nVeuillez agréer nos salutations distinguées.\n"
    "Le secrétariat")],
    "decided", [K("cancel", "2025-11-02")],
    spec="O4: next_billing_at 2025-10-03, cut-off 2025-09-26; request 2025-09-29 late -> next cycle 2025-10-03 - 2025-11-02 billed, effective 2025-11-02. A law firm closing its own contract threatens nothing (no C4): s.8 reads C4 as a chargeback, dispute or legal threat, and 'Avocats' is only the customer's own name (project, From, firm).")

r.case("owd-retainer-prepaye", OWB, [ow(
    "Résidence Les Filaos <direction@residence-filaos.mu>", "Résiliation gestion site Résidence Les Filaos",
    at("2025-09-23 10:00", MU),
    "Bonjour,\n\nLe groupe hôtelier a décidé de centraliser les sites web à Port-Louis. Nous résilions donc la "
    "gestion (factures OWD-2025-944 et OWD-2025-945 – octobre déjà payé d'avance).\n\nCordialement,\nLa Direction")],
    "decided", [K("escalate")],
    spec="s.8 retainer paid in advance: next cycle 2025-10-14 - 2025-11-13 (OWD-2025-945) already paid and notice >= 7 days (2025-09-23 <= 2025-10-07) -> escalate.")

w = at("2025-09-26 13:00", LUB)
amt = o5("15600.00", "2400.00")
check(amt == "12100.00" and day_no("2025-09-20T00:00:00", w) == 6, "o5 kivu")
r.case("owd-hebergement-kivu-prorata", OWB, [ow(
    "Kivu Lodge IT <it@kivulodge.cd>", "Résiliation hébergement + remboursement", w,
    "Bonjour,\n\nNous résilions l'hébergement annuel « Hébergement Hôtel Kivu Lodge » (OWD-2025-946) et demandons le "
    "remboursement au prorata. Le lodge a été repris par un groupe rwandais qui a sa propre plateforme.\n\n"
    "Salutations,\nOlivier Bahati\nIT, Kivu Lodge, Bukavu")],
    "decided", [R("approve", amt)], extra_ok=True,
    spec="O5: service_start 2025-09-20, request 2025-09-26 = day 6; 15600 - 2400 - (13200/12 = 1100) x 1 = 12100.00.")

w = at("2025-09-30 08:00", FR)
amt2 = o5("13333.00", "1500.00")
check(amt2 == "10846.92" and day_no("2025-09-18T00:00:00", w) == 12, "o5 balagne")
r.case("owd-maintenance-balagne-arrondi", OWB, [ow(
    "Oliveraie de Balagne <oliveraie.balagne@orange.fr>", "Contrat de maintenance - rétractation", w,
    "Bonjour,\n\nJe souhaite mettre fin au contrat « Maintenance Oliveraie Balagne » (facture OWD-2025-947 de 13 333,00) "
    "et être remboursé de ce qui me revient selon vos conditions. Je vends désormais l'huile uniquement au moulin et au "
    "marché de Calvi, le site sera fermé.\n\nCordialement,\nJean-Mathieu Acquaviva")],
    "decided", [R("approve", amt2)], extra_ok=True,
    spec="O5: service_start 2025-09-18, request 2025-09-30 = day 12; 13333 - 1500 - 11833/12 (986.0833...) = 10846.91666... -> 10846.92, rounded once (C6).")

w = at("2025-09-24 11:00", FR)
check(day_no("2025-09-05T00:00:00", w) == 19, "o5 late")
r.case("owd-hebergement-nice-trop-tard", OWB, [ow(
    "Pâtisserie Nice Port <contact@patisserie-niceport.fr>", "Remboursement hébergement", w,
    "Bonjour,\n\nNous voudrions résilier l'hébergement annuel « Hébergement Pâtisserie Nice Port » (OWD-2025-948) et être "
    "remboursés au prorata : la pâtisserie est vendue au 1er novembre.\n\nBonne journée,\nFlorence Baudoin")],
    "decided", [R("deny")], extra_ok=True,
    spec="O5: service_start 2025-09-05, request 2025-09-24 = day 19 > 14 -> deny.")

w = at("2025-09-28 23:50", BKO)
amt3 = o5("7200.00", "900.00")
check(amt3 == "5775.00", "o5 before start")
r.case("owd-hebergement-avant-demarrage", OWB, [ow(
    "Baobab Pay Founders <founders@baobabpay.io>", "Cancel hosting before launch – refund ?", w,
    "Hi team Optima,\n\nPetit update de Baobab Pay : on pivote (B2B au lieu de B2C), la landing page n'a plus de sens. "
    "Merci de cancel l'annual hosting (OWD-2025-949, démarrage le 15/10) et de refund ce qui est possible.\n\n"
    "Thanks & cheers,\nOumar\nCo-founder, Baobab Pay · Bamako / Station F")],
    "decided", [R("approve", amt3)], extra_ok=True,
    spec="O5 + s.8: service starts 2025-10-15, after the request -> consumed_months 1: 7200 - 900 - 6300/12 (525) = 5775.00.")

r.case("owd-tiers-licence", OWB, [ow(
    "Les Voyageurs Hockey <info@voyageurs-hockey.ca>", "Remboursement licence thème", at("2025-09-25 19:00", ONT),
    "Bonjour,\n\nVous nous avez facturé le thème premium avec licence annuelle (OWD-2025-950) pour le site du club. On va "
    "finalement prendre le thème gratuit de Hockey Ontario. Merci de rembourser.\n\nLe CA du club Les Voyageurs, Timmins")],
    "decided", [R("deny")],
    spec="O6: OWD-2025-950 is third_party (theme licence) -> never refundable: deny.")

r.case("owd-demande-modif-hors-perimetre", OWB, [ow(
    "Association des Libanais de Lyon <bureau@libanais-lyon.fr>", "Annulation version arabe OWD-2025-951",
    at("2025-09-26 20:30", FR),
    "Bonjour,\n\nPour le site de l'association, nous avions commandé en supplément la version arabe (demande de "
    "modification, OWD-2025-951). Le bureau a finalement décidé que le français suffit. Merci de rembourser ce "
    "supplément.\n\nMa3 salamé,\nGeorges Saliba, président")],
    "decided", [R("deny")],
    spec="O6: OWD-2025-951 is a change_request outside the original scope -> never refundable: deny.")

r.case("owd-c2-adresse-perso-kinshasa", OWB, [ow(
    "Junior Ilunga <junior.ilunga@yahoo.fr>", "Acompte Transport Ilunga Express", at("2025-09-28 08:00", KIN),
    "Bonjour,\n\nJ'écris de mon adresse personnelle, l'adresse de la société est info@ilunga-express.cd. Merci de "
    "rembourser l'acompte pour « Transport Ilunga Express » (OWD-2025-952), mon père a décidé de ne pas faire le site.\n\n"
    "Junior Ilunga")],
    "need_info", rules=["C2"],
    spec="C2: the contract email is info@ilunga-express.cd; the mail comes from a yahoo.fr address -> ask to write from the contract email.")

r.case("owd-c2-thunderbird-transfert", OWB, [ow(
    "Lan Phạm <lan.pham@laposte.net>", "Fwd: Acompte Salon de thé Hoàng Lan", at("2025-09-29 22:40", FR),
    "Bonjour, je transfère le message de ma mère, merci de traiter.\n\n-------- Message transféré --------\n"
    "Sujet : Acompte Salon de thé Hoàng Lan\nDate : Mon, 29 Sep 2025 10:12:40 +0200\n"
    "De : Salon de thé Hoàng Lan <hoanglan.salon@gmail.com>\nPour : Lan Phạm <lan.pham@laposte.net>\n\n"
    "Lan, envoie aux gens du site : on veut l'acompte OWD-2025-953 remboursé, le bail du deuxième salon est annulé.\nMẹ")],
    "need_info", rules=["C2"],
    spec="s.8 Thunderbird forward ('Message transféré') of a request from contract email hoanglan.salon@gmail.com; the sender is the daughter's address -> C2.")

r.case("owd-c4-association-consommateurs", OWB, [ow(
    "Transport Ilunga Express <info@ilunga-express.cd>", "DERNIER RAPPEL acompte", at("2025-09-29 09:30", KIN),
    "Bonjour,\n\nDeuxième fois que je demande : remboursez l'acompte OWD-2025-952 pour « Transport Ilunga Express », le "
    "projet ne se fera pas et vous n'avez rien commencé. Sans réponse avant mercredi, je saisis une association de "
    "consommateurs et un avocat, et je conteste le paiement auprès de ma banque.\n\nIlunga Kabeya")],
    "decided", [R("escalate")], rules=["C4"],
    spec="C4: consumer association, lawyer and bank dispute -> escalate (O2 alone: paid 2025-09-28 11:00, email 2025-09-29 14:00 IST = 27 h, would approve).")

fil1 = ow("Centre culturel franco-manitobain <communications@ccfm-mb.ca>", "Fin du forfait", at("2025-09-24 17:00", MB),
          "Bonjour,\n\nNous mettons fin au forfait du « Centre culturel franco-manitobain », facture OWD-2025-942.\n\nChantal Fréchette")
r.case("owd-resiliation-sans-motif", OWB, [fil1], "need_info", missing=["reason"],
       spec="s.8: Optima requires a reason for cancellations too; none given -> ask for reason.")

fil1b = ow(fil1.frm, fil1.subject, fil1.when, fil1.body)
r.case("owd-fil-motif-ensuite", OWB, [fil1b, ow(
    "Centre culturel franco-manitobain <communications@ccfm-mb.ca>", "RE: Fin du forfait [OWD-3390]", at("2025-09-30 14:00", MB),
    "Bonjour,\n\nLe motif : notre subvention n'a pas été renouvelée.\n\nChantal\n\n"
    "Le jeu. 25 sept. 2025, à 10 h 00, Optima WebDesign a écrit :\n> Merci de nous indiquer le motif de votre résiliation.",
    reply=fil1b, refs_extra=["<fr-owd-ccfm-ask@optimawebdesign.com>"])],
    "decided", [K("cancel", "2025-10-06")],
    spec="C3 thread: reason supplied later; request time = first email 2025-09-24 17:00 -05:00 = 2025-09-25 03:30 IST <= 2025-09-30 (next_billing_at 2025-10-07 minus 7) -> cancel effective 2025-10-06, although the answer itself came after the cut-off.")

r.case("owd-projet-et-facture-manquent", OWB, [ow(
    "Cabinet vétérinaire Pamplemousses <veto@pamplemousses-veto.mu>", "Remboursement", at("2025-09-25 16:00", MU),
    "Bonjour,\n\nJe voudrais être remboursé car je pars m'installer à La Réunion et je ferme le cabinet de Pamplemousses.\n\n"
    "Cordialement,\nDr Vikash Doorgakant")],
    "need_info", missing=["invoice_number", "project_name"],
    spec="C3: contract sender and reason, but neither project nor invoice named, and the contract email holds two projects -> ask for project_name and invoice_number.")

r.case("owd-auto-reponse-conges", OWB, [ow(
    "Domaine Ksara Boutique <digital@domaine-ksara-boutique.lb>", "Absence : Votre facture OWD-2025-941",
    at("2025-09-20 08:00", BEY),
    "Je suis en congé jusqu'au 5 octobre. Pour les commandes, écrivez à commandes@domaine-ksara-boutique.lb.\nJoëlle Nasr",
    headers={"Auto-Submitted": "auto-replied", "Precedence": "bulk"})],
    "ignore", rules=["C7"], spec="C7: Auto-Submitted auto-replied / Precedence bulk -> ignore.")

r.case("owd-question-heures", OWB, [ow(
    "Coopérative Karité Ségou <coop@karite-segou.ml>", "Relevé des heures jalon 3", at("2025-09-29 12:00", BKO),
    "Bonjour,\n\nPouvez-vous nous envoyer le relevé des heures passées sur le jalon 3 ? Le bailleur en a besoin pour le "
    "rapport. Nous ne demandons pas de remboursement, seulement le relevé.\n\nMariam Coulibaly")],
    "other", spec="s.8 negation ('Nous ne demandons pas de remboursement'); a timesheet is asked for -> other.")

r.case("owd-frais-urgence", OWB, [ow(
    "Cabinet vétérinaire Pamplemousses <veto@pamplemousses-veto.mu>", "Frais d'urgence OWD-2025-955", at("2025-09-26 10:00", MU),
    "Bonjour,\n\nPour le projet « Cabinet vétérinaire Pamplemousses Boutique », vous avez facturé des frais d'urgence "
    "(OWD-2025-955). Finalement l'ouverture de la boutique est repoussée à janvier, l'urgence ne servait à rien. Merci de "
    "rembourser ces frais.\n\nDr Vikash Doorgakant")],
    "decided", [R("deny")],
    spec="O6: OWD-2025-955 is a rush fee -> never refundable: deny.")

r.write(ledger)
