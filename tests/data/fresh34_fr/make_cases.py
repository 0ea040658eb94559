"""fresh34_fr: French held-out cases (Picardy/Amiens, the Jura on both sides of the border, Anjou/Pays de la Loire,
the Perigord countryside, Congo-Brazzaville, Central African Republic, Vanuatu, Wallis-et-Futuna,
Saint-Pierre-et-Miquelon; French written by Polish and German speakers). Stdlib only, deterministic.
Run: python3 make_cases.py  -> ledger.json, emails/*.eml, expected.json beside this file.
MIT, like the project; all text written for this project (names, firms and addresses are invented)."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from kit import (LOB, OWB, Mail, K, R, Round, at, cust, lopay, owpay, proj)  # noqa: E402

M = ("1499.00", "269.82")
Q = ("3999.00", "719.82")
A = ("11988.00", "2157.84")
FR = 2      # CEST (France, Switzerland) in September 2025
WAT = 1     # Brazzaville, Bangui (West Africa Time, no DST)
VU = 11     # Vanuatu
WF = 12     # Wallis-et-Futuna
PM = -2     # Saint-Pierre-et-Miquelon, summer time

ledger = {"customers": [], "projects": [], "payments": []}
C, P, PAY = ledger["customers"], ledger["projects"], ledger["payments"]


def lo(pid, inv, email, plan, paid, ps, pe, status="paid"):
    money = {"monthly": M, "quarterly": Q, "annual": A}[plan]
    PAY.append(lopay("fr34_" + pid, inv, email, plan, *money, paid, ps, pe, status=status))


# ---------------- LeadsOptima ledger ----------------
C += [
    cust("contact@boucherie-dufresne-amiens.fr", "Boucherie Dufresne", "monthly", start="2025-09-24", end="2025-10-23"),
    cust("boulangerie.tanna@vanuatu-mail.vu", "Boulangerie du Port", "quarterly", start="2025-09-18", end="2025-12-17"),
    cust("direction@hotel-ile-aux-marins.pm", "Hôtel de l'Île aux Marins", "annual", start="2025-09-18", end="2026-09-17"),
    cust("accueil@ehpad-les-tilleuls-angers.fr", "EHPAD Les Tilleuls", "monthly", start="2025-09-26", end="2025-10-25"),
    cust("ferme.laborie@orange.fr", "Ferme Laborie", "monthly", start="2025-09-24", end="2025-10-23"),
    cust("cabinet@lefebvre-expertise.fr", "Cabinet Lefebvre Expertise", "monthly", start="2025-09-27", end="2025-10-26"),
    cust("info@garage-chappuis.ch", "Garage Chappuis Sàrl", "monthly", start="2025-09-27", end="2025-10-26"),
    cust("service.client@pointe-noire-logistique.cg", "Pointe-Noire Logistique", "monthly", start="2025-09-25", end="2025-10-24"),
    cust("admin@ong-sangha-espoir.cf", "ONG Sangha Espoir", "quarterly", start="2025-09-08", end="2025-12-07"),
    cust("biuro@nowak-renovation.fr", "Nowak Rénovation", "annual", start="2025-09-29", end="2026-09-28"),
    cust("magasin@fale-commerce.wf", "Falé Commerce", "monthly", start="2025-09-22", end="2025-10-21"),
    cust("h.baumann@bluewin.ch", "Heike Baumann", "monthly", status="trial", trial_ends="2025-10-08"),
    cust("secretariat@cyclo-ardoisieres.fr", "Cyclo Club des Ardoisières", "quarterly", start="2025-08-12", end="2025-11-11"),
    cust("gite.lesbories@wanadoo.fr", "Gîte Les Bories", "monthly"),
    cust("boutique@nordet-spm.pm", "Boutique Nordet", "monthly", start="2025-09-15", end="2025-10-14"),
    cust("agence@immobiliere-somme.fr", "Agence Immobilière de la Somme", "monthly", start="2025-09-23", end="2025-10-22"),
    cust("g.marchal@architectes-loire.fr", "Marchal Architectes", "monthly", start="2025-09-20", end="2025-10-19"),
    cust("fromagerie@fruitiere-grandvaux.fr", "Fruitière du Grandvaux", "monthly", start="2025-09-25", end="2025-10-24"),
    cust("daniel.yakoma@bangui-net.cf", "Daniel Yakoma", "monthly", start="2025-09-22", end="2025-10-21"),
    cust("agence@saumur-archi.fr", "Atelier d'architecture Bessonneau", "monthly", start="2025-09-23", end="2025-10-22"),
    cust("k.wisniewski@laposte.net", "Krzysztof Wiśniewski", "monthly", start="2025-09-29", end="2025-10-28"),
    cust("domaine@chai-de-monbazillac-sud.fr", "Domaine du Chai Sud", "monthly", start="2025-09-28", end="2025-10-27"),
    cust("direction@transports-picards.fr", "Transports Picards", "annual", start="2025-09-19", end="2026-09-18"),
    cust("contact@autoecole-mauges.fr", "Auto-école des Mauges", "monthly", start="2025-09-26", end="2025-10-25"),
    cust("compta@cabinet-vasseur-ec.fr", "Cabinet Vasseur Expert-Comptable", "quarterly", start="2025-09-26", end="2025-12-25"),
    cust("info@menuiserie-froidevaux.ch", "Menuiserie Froidevaux", "monthly", start="2025-09-25", end="2025-10-24"),
    cust("contact@hotel-mbamou.cg", "Hôtel Mbamou", "monthly", start="2025-09-23", end="2025-10-22"),
    cust("service@pirogue-mataeutu.wf", "La Pirogue Mata-Utu", "monthly", start="2025-09-24", end="2025-10-23"),
    cust("brasserie@houblon-cholet.fr", "Brasserie du Houblon", "monthly", start="2025-09-10", end="2025-10-09"),
    cust("contact@truffe-perigord-noir.fr", "Truffes du Périgord Noir", "monthly", start="2025-09-21", end="2025-10-20"),
    cust("pharmacie@miquelon-sante.pm", "Pharmacie de Miquelon", "monthly", start="2025-09-27", end="2025-10-26"),
    cust("j.kessler@morez-lunettes.fr", "Jürgen Kessler", "quarterly", start="2025-09-20", end="2025-12-19"),
    cust("coordination@bangui-solidarite.cf", "Bangui Solidarité", "quarterly", start="2025-09-01", end="2025-11-30"),
    cust("contact@fleurs-hortillonnages.fr", "Fleurs des Hortillonnages", "monthly", start="2025-09-27", end="2025-10-26"),
    cust("secretariat@auto-ecole-beauvaisis.fr", "Auto-école du Beauvaisis", "monthly", start="2025-09-05", end="2025-10-04"),
    cust("librairie@ancre-spm.pm", "Librairie L'Ancre", "monthly", start="2025-09-16", end="2025-10-15"),
]
lo("p01", "LO-INV-84401", "contact@boucherie-dufresne-amiens.fr", "monthly", "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
lo("p02", "LO-INV-84402", "contact@boucherie-dufresne-amiens.fr", "monthly", "2025-09-24T10:01:00", "2025-09-24", "2025-10-23")
lo("p03", "LO-INV-84411", "boulangerie.tanna@vanuatu-mail.vu", "quarterly", "2025-09-18T10:00:00", "2025-09-18", "2025-12-17")
lo("p04", "LO-INV-84412", "boulangerie.tanna@vanuatu-mail.vu", "quarterly", "2025-09-18T10:01:00", "2025-09-18", "2025-12-17")
lo("p05", "LO-INV-84421", "direction@hotel-ile-aux-marins.pm", "annual", "2025-09-18T11:00:00", "2025-09-18", "2026-09-17")
lo("p06", "LO-INV-84422", "direction@hotel-ile-aux-marins.pm", "annual", "2025-09-18T11:00:30", "2025-09-18", "2026-09-17")
lo("p07", "LO-INV-84431", "accueil@ehpad-les-tilleuls-angers.fr", "monthly", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
lo("p08", "LO-INV-84432", "accueil@ehpad-les-tilleuls-angers.fr", "monthly", "2025-09-26T10:02:00", "2025-09-26", "2025-10-25")
lo("p09", "LO-INV-84433", "accueil@ehpad-les-tilleuls-angers.fr", "monthly", "2025-09-26T10:03:00", "2025-09-26", "2025-10-25")
lo("p10", "LO-INV-84441", "ferme.laborie@orange.fr", "monthly", "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
lo("p11", "LO-INV-84451", "cabinet@lefebvre-expertise.fr", "monthly", "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
lo("p12", "LO-INV-84461", "info@garage-chappuis.ch", "monthly", "2025-09-27T11:00:00", "2025-09-27", "2025-10-26")
lo("p13", "LO-INV-84471", "service.client@pointe-noire-logistique.cg", "monthly", "2025-09-25T12:00:00", "2025-09-25", "2025-10-24")
lo("p14", "LO-INV-84481", "admin@ong-sangha-espoir.cf", "quarterly", "2025-09-08T10:00:00", "2025-09-08", "2025-12-07")
lo("p15", "LO-INV-84491", "biuro@nowak-renovation.fr", "annual", "2025-09-29T10:00:00", "2025-09-29", "2026-09-28")
lo("p16", "LO-INV-84501", "magasin@fale-commerce.wf", "monthly", "2025-09-22T10:00:00", "2025-09-22", "2025-10-21")
lo("p17", "LO-INV-84521", "secretariat@cyclo-ardoisieres.fr", "quarterly", "2025-08-12T10:00:00", "2025-08-12", "2025-11-11")
lo("p18", "LO-INV-84531", "gite.lesbories@wanadoo.fr", "monthly", "2025-08-14T10:00:00", None, None)
lo("p19", "LO-INV-84532", "gite.lesbories@wanadoo.fr", "monthly", "2025-09-14T10:00:00", None, None)
lo("p20", "LO-INV-84541", "boutique@nordet-spm.pm", "monthly", "2025-09-15T11:00:00", "2025-09-15", "2025-10-14")
lo("p21", "LO-INV-84545", "agence@immobiliere-somme.fr", "monthly", "2025-09-23T10:00:00", "2025-09-23", "2025-10-22")
lo("p22", "LO-INV-84546", "agence@immobiliere-somme.fr", "monthly", "2025-09-23T10:01:00", "2025-09-23", "2025-10-22")
lo("p23", "LO-INV-84548", "g.marchal@architectes-loire.fr", "monthly", "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
lo("p24", "LO-INV-84551", "fromagerie@fruitiere-grandvaux.fr", "monthly", "2025-08-25T10:00:00", "2025-08-25", "2025-09-24")
lo("p25", "LO-INV-84552", "fromagerie@fruitiere-grandvaux.fr", "monthly", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
lo("p26", "LO-INV-84561", "daniel.yakoma@bangui-net.cf", "monthly", "2025-09-22T12:00:00", "2025-09-22", "2025-10-21")
lo("p27", "LO-INV-84571", "agence@saumur-archi.fr", "monthly", "2025-09-23T10:00:00", "2025-09-23", "2025-10-22")
lo("p28", "LO-INV-84572", "agence@saumur-archi.fr", "monthly", "2025-09-23T10:01:00", "2025-09-23", "2025-10-22")
lo("p29", "LO-INV-84581", "k.wisniewski@laposte.net", "monthly", "2025-08-29T10:00:00", "2025-08-29", "2025-09-28")
lo("p30", "LO-INV-84582", "k.wisniewski@laposte.net", "monthly", "2025-09-29T10:00:00", "2025-09-29", "2025-10-28")
lo("p31", "LO-INV-84583", "k.wisniewski@laposte.net", "monthly", "2025-09-29T10:01:00", "2025-09-29", "2025-10-28")
lo("p32", "LO-INV-84591", "domaine@chai-de-monbazillac-sud.fr", "monthly", "2025-09-28T10:00:00", "2025-09-28", "2025-10-27")
lo("p33", "LO-INV-84592", "domaine@chai-de-monbazillac-sud.fr", "monthly", "2025-09-28T10:01:00", "2025-09-28", "2025-10-27")
lo("p34", "LO-INV-84601", "direction@transports-picards.fr", "annual", "2025-09-19T10:00:00", "2025-09-19", "2026-09-18")
lo("p35", "LO-INV-84605", "contact@autoecole-mauges.fr", "monthly", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
lo("p36", "LO-INV-84611", "compta@cabinet-vasseur-ec.fr", "quarterly", "2025-09-26T10:00:00", "2025-09-26", "2025-12-25")
lo("p37", "LO-INV-84612", "compta@cabinet-vasseur-ec.fr", "quarterly", "2025-09-26T10:01:00", "2025-09-26", "2025-12-25")
lo("p38", "LO-INV-84615", "info@menuiserie-froidevaux.ch", "monthly", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
lo("p39", "LO-INV-84616", "info@menuiserie-froidevaux.ch", "monthly", "2025-09-25T10:01:00", "2025-09-25", "2025-10-24")
lo("p40", "LO-INV-84621", "contact@hotel-mbamou.cg", "monthly", "2025-09-23T12:00:00", "2025-09-23", "2025-10-22")
lo("p41", "LO-INV-84622", "contact@hotel-mbamou.cg", "monthly", "2025-09-23T12:01:00", "2025-09-23", "2025-10-22", status="failed")
lo("p42", "LO-INV-84625", "service@pirogue-mataeutu.wf", "monthly", "2025-09-23T21:00:00+00:00", "2025-09-24", "2025-10-23")
lo("p43", "LO-INV-84626", "service@pirogue-mataeutu.wf", "monthly", "2025-09-23T21:01:00+00:00", "2025-09-24", "2025-10-23")
lo("p44", "LO-INV-84631", "brasserie@houblon-cholet.fr", "monthly", "2025-09-10T10:00:00", "2025-09-10", "2025-10-09")
lo("p45", "LO-INV-84641", "pharmacie@miquelon-sante.pm", "monthly", "2025-09-27T11:00:00", "2025-09-27", "2025-10-26")
lo("p46", "LO-INV-84645", "j.kessler@morez-lunettes.fr", "quarterly", "2025-09-20T10:00:00", "2025-09-20", "2025-12-19")
lo("p47", "LO-INV-84651", "coordination@bangui-solidarite.cf", "quarterly", "2025-09-01T10:00:00", "2025-09-01", "2025-11-30")
lo("p48", "LO-INV-84655", "contact@fleurs-hortillonnages.fr", "monthly", "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
lo("p49", "LO-INV-84656", "contact@fleurs-hortillonnages.fr", "monthly", "2025-09-27T10:01:00", "2025-09-27", "2025-10-26")
lo("p50", "LO-INV-84661", "secretariat@auto-ecole-beauvaisis.fr", "monthly", "2025-09-05T10:00:00", "2025-09-05", "2025-10-04")
lo("p51", "LO-INV-84665", "contact@truffe-perigord-noir.fr", "monthly", "2025-09-21T10:00:00", "2025-09-21", "2025-10-20")
lo("p52", "LO-INV-84671", "librairie@ancre-spm.pm", "monthly", "2025-09-16T11:00:00", "2025-09-16", "2025-10-15")

# ---------------- Optima WebDesign ledger ----------------
P += [
    proj("Fruitière du Grandvaux Vitrine", "direction@fruitiere-grandvaux-vitrine.fr", None),
    proj("Domaine des Perrières Saumur", "contact@domaine-perrieres.fr", "2025-09-16T10:00:00"),
    proj("Port-Vila Plongée Réservations", "dive@portvila-plongee.vu", None),
    proj("Pension Langlade Site", "reservation@pension-langlade.pm", None),
    proj("Brazza Transit Portail", "direction@brazza-transit.cg", "2025-09-27T18:00:00"),
    proj("Auto-école Picarde Refonte", "gerance@autoecole-picarde.fr", "2025-08-04T10:00:00"),
    proj("Truffière de Sorges Boutique", "contact@truffiere-sorges.fr", "2025-07-01T10:00:00"),
    proj("Brasserie Angevine Communication", "bonjour@brasserie-angevine.fr", "2025-06-01T10:00:00"),
    proj("Fale Fono Uvea Réseaux sociaux", "communication@falefono-uvea.wf", "2025-05-05T10:00:00"),
    proj("Coopérative de l'Archipel Maintenance", "secretariat@coop-archipel.pm", "2025-04-08T10:00:00"),
    proj("Horlogerie Beuret Hébergement", "atelier@horlogerie-beuret.ch", "2025-09-22T10:00:00"),
    proj("Hortillonnages Tourisme Maintenance", "office@hortillonnages-tourisme.fr", "2025-09-12T10:00:00"),
    proj("Moulin de la Dronne Maintenance", "moulin@moulin-dronne.fr", "2025-09-25T10:00:00"),
    proj("Kowalczyk Carrelage Site", "kontakt@kowalczyk-carrelage.fr", "2025-09-01T10:00:00"),
    proj("Lunetterie Morez Boutique", "vertrieb@lunetterie-morez.fr", "2025-09-01T10:00:00"),
    proj("Festival des Mauges Billetterie", "orga@festival-mauges.fr", "2025-09-15T10:00:00"),
    proj("Bangui Santé Plus Site", "direction@banguisanteplus.cf", "2025-09-01T10:00:00"),
    proj("Cabinet Delattre Site", "cabinet@delattre-expertise-comptable.fr", None),
    proj("Office de Tourisme Val-des-Caves Portail", "numerique@ot-valdescaves.fr", "2025-06-01T10:00:00"),
    proj("Espace Tanna Écolodge Site", "lodge@tanna-ecolodge.vu", None),
    proj("Fromagerie Vuillet Boutique", "contact@fromagerie-vuillet.fr", None),
    proj("Radio Brume FM Site", "antenne@radio-brume.pm", "2025-09-05T10:00:00"),
    proj("Comptoir du Périgord Vert Site", "contact@comptoir-perigord-vert.fr", None),
]
PAY += [
    owpay("fr34_o01", "OWD-2025-3501", "Fruitière du Grandvaux Vitrine", "discovery", "8500.00", "1530.00", "2025-09-25T10:00:00"),
    owpay("fr34_o02", "OWD-2025-3502", "Domaine des Perrières Saumur", "discovery", "12000.00", "2160.00", "2025-09-12T10:00:00"),
    owpay("fr34_o03", "OWD-2025-3503", "Port-Vila Plongée Réservations", "deposit", "26000.00", "4680.00", "2025-09-26T10:00:00"),
    owpay("fr34_o04", "OWD-2025-3504", "Pension Langlade Site", "deposit", "15000.00", "2700.00", "2025-09-25T16:30:00"),
    owpay("fr34_o05", "OWD-2025-3505", "Brazza Transit Portail", "deposit", "20000.00", "3600.00", "2025-09-27T10:00:00"),
    owpay("fr34_o06", "OWD-2025-3506", "Auto-école Picarde Refonte", "milestone", "21000.00", "3780.00", "2025-08-04T10:00:00", milestone_status="approved"),
    owpay("fr34_o07", "OWD-2025-3507", "Auto-école Picarde Refonte", "milestone", "16500.00", "2970.00", "2025-09-15T10:00:00", milestone_status="not_started"),
    owpay("fr34_o08", "OWD-2025-3508", "Auto-école Picarde Refonte", "milestone", "12500.00", "2250.00", "2025-09-15T10:05:00", milestone_status="in_progress"),
    owpay("fr34_o09", "OWD-2025-3509", "Truffière de Sorges Boutique", "milestone", "24000.00", "4320.00", "2025-08-18T10:00:00", milestone_status="approved"),
    owpay("fr34_o10", "OWD-2025-3510", "Brasserie Angevine Communication", "retainer", "10000.00", "1800.00", "2025-09-18T09:00:00",
          period_start="2025-09-18", period_end="2025-10-17", next_billing_at="2025-10-18T09:00:00"),
    owpay("fr34_o11", "OWD-2025-3511", "Fale Fono Uvea Réseaux sociaux", "retainer", "6500.00", "1170.00", "2025-09-05T09:00:00",
          period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05T09:00:00"),
    owpay("fr34_o12", "OWD-2025-3512", "Coopérative de l'Archipel Maintenance", "retainer", "8000.00", "1440.00", "2025-09-09T09:00:00",
          period_start="2025-09-09", period_end="2025-10-08", next_billing_at="2025-10-09T09:00:00"),
    owpay("fr34_o13", "OWD-2025-3513", "Coopérative de l'Archipel Maintenance", "retainer", "8000.00", "1440.00", "2025-09-26T09:00:00",
          period_start="2025-10-09", period_end="2025-11-08", next_billing_at="2025-11-09T09:00:00"),
    owpay("fr34_o14", "OWD-2025-3514", "Horlogerie Beuret Hébergement", "hosting_annual", "10800.00", "1944.00", "2025-09-20T10:00:00",
          setup_fee="1200.00", service_start="2025-09-22"),
    owpay("fr34_o15", "OWD-2025-3515", "Hortillonnages Tourisme Maintenance", "maintenance_annual", "9600.00", "1728.00", "2025-09-10T10:00:00",
          setup_fee="1200.00", service_start="2025-09-12"),
    owpay("fr34_o16", "OWD-2025-3516", "Moulin de la Dronne Maintenance", "maintenance_annual", "8000.00", "1440.00", "2025-09-24T10:00:00",
          setup_fee="700.00", service_start="2025-09-25"),
    owpay("fr34_o17", "OWD-2025-3517", "Kowalczyk Carrelage Site", "third_party", "2800.00", "504.00", "2025-09-22T10:00:00"),
    owpay("fr34_o18", "OWD-2025-3518", "Lunetterie Morez Boutique", "change_request", "6000.00", "1080.00", "2025-09-23T10:00:00"),
    owpay("fr34_o19", "OWD-2025-3519", "Festival des Mauges Billetterie", "rush", "4500.00", "810.00", "2025-09-18T10:00:00"),
    owpay("fr34_o20", "OWD-2025-3520", "Bangui Santé Plus Site", "milestone", "17000.00", "3060.00", "2025-09-16T10:00:00", milestone_status="not_started"),
    owpay("fr34_o21", "OWD-2025-3521", "Cabinet Delattre Site", "deposit", "13000.00", "2340.00", "2025-09-29T10:00:00"),
    owpay("fr34_o22", "OWD-2025-3522", "Office de Tourisme Val-des-Caves Portail", "retainer", "15000.00", "2700.00", "2025-09-14T09:00:00",
          period_start="2025-09-14", period_end="2025-10-13", next_billing_at="2025-10-14T09:00:00"),
    owpay("fr34_o23", "OWD-2025-3523", "Espace Tanna Écolodge Site", "deposit", "9000.00", "1620.00", "2025-09-08T10:00:00"),
    owpay("fr34_o24", "OWD-2025-3524", "Espace Tanna Écolodge Site", "milestone", "14000.00", "2520.00", "2025-09-20T10:00:00", milestone_status="not_started"),
    owpay("fr34_o25", "OWD-2025-3525", "Fromagerie Vuillet Boutique", "deposit", "11500.00", "2070.00", "2025-09-29T11:00:00"),
    owpay("fr34_o26", "OWD-2025-3526", "Comptoir du Périgord Vert Site", "deposit", "12500.00", "2250.00", "2025-09-26T12:00:00", status="failed"),
]

r = Round(HERE, "fr")

# ======================= LeadsOptima =======================
r.case("amiens-boucherie-picard-deux-fois", LOB, [Mail(
    "Boucherie Dufresne <contact@boucherie-dufresne-amiens.fr>", "prélevé 2 fois", at("2025-09-25 07:40", FR),
    "Bonjour,\n\nej vous écris pasque mercredi vous m'avez prélevé deux fois l'abonnement mensuel, 2 fois 1499 roupies sur "
    "ch'compte de la boucherie. La deuxième facture c'est LO INV 84402. Merci de rembourser la deuxième, l'autre "
    "elle est bonne.\n\nMerci bien\nDidier Dufresne\nBoucherie-Charcuterie Dufresne, rue Saint-Leu, Amiens\n\n"
    "Envoyé de mon iPhone")],
    "decided", [R("approve", "1499.00")],
    spec="L2 duplicate + L4: fr34_p01/p02 paid 2025-09-24 (Wed); request 2025-09-25 07:40 CEST = 11:10 IST, day 1; refund LO-INV-84402 ('LO INV 84402', s.8) = 1499.00.")

r.case("vanuatu-boulangerie-jour7-fuseau", LOB, [Mail(
    "Boulangerie du Port <boulangerie.tanna@vanuatu-mail.vu>", "Double prélèvement abonnement trimestriel",
    at("2025-09-26 05:00", VU),
    "Bonjour,\n\nJe vous écris avant d'ouvrir la boulangerie. Le jeudi 18 septembre après-midi, notre abonnement "
    "trimestriel a été débité deux fois (LO-INV-84411 et LO-INV-84412, 3 999 roupies chacun). C'est un doublon, "
    "merci de rembourser la facture LO-INV-84412.\n\nCordialement,\nMarie-Josée Tamata\nBoulangerie du Port, Port-Vila")],
    "decided", [R("approve", "3999.00")],
    spec="L3 in the brand zone: charge 2025-09-18 IST; email Fri 2025-09-26 05:00 +11 = 2025-09-25 23:30 IST = day 7, inside (already day 8 in Port-Vila) -> L4 approve 3999.00.")

r.case("saint-pierre-hotel-jour8-fuseau", LOB, [Mail(
    "Hôtel de l'Île aux Marins <direction@hotel-ile-aux-marins.pm>", "Abonnement annuel débité deux fois",
    at("2025-09-25 17:00", PM),
    "Bonjour,\n\nIl y a une semaine jour pour jour, le 18 septembre, l'abonnement annuel a été prélevé en double : "
    "LO-INV-84421 et LO-INV-84422. Je vous demande le remboursement de LO-INV-84422.\n\nBien à vous,\n"
    "Yannick Detcheverry\nHôtel de l'Île aux Marins, Saint-Pierre")],
    "decided", [R("deny")],
    spec="L3: charge 2025-09-18 IST (03:30 in Saint-Pierre); email 2025-09-25 17:00 -02 = 2025-09-26 00:30 IST = day 8 > 7 -> deny (still day 7 in Saint-Pierre).")

r.case("angers-ehpad-trois-prelevements", LOB, [Mail(
    "EHPAD Les Tilleuls - Accueil <accueil@ehpad-les-tilleuls-angers.fr>", "Trois prélèvements le 26/09",
    at("2025-09-29 09:00", FR),
    "Bonjour,\n\nLa comptabilité de l'EHPAD a relevé trois prélèvements identiques de 1 499,00 INR le vendredi 26/09 "
    "pour notre abonnement mensuel (LO-INV-84431, LO-INV-84432, LO-INV-84433). Seul le premier est dû. Pourriez-vous "
    "rembourser les deux autres sur la carte ?\n\nBien cordialement,\nSœur Anne-Marie Guérin\nAccueil - EHPAD Les Tilleuls, Angers")],
    "decided", [R("approve", "2998.00")],
    spec="s.8 three identical charges 2025-09-26, request 2025-09-29 (day 3): every charge after the first is a duplicate: 2 x 1499.00 = 2998.00.")

r.case("perigord-ferme-un-seul-debit", LOB, [Mail(
    "Ferme Laborie <ferme.laborie@orange.fr>", "payé deux fois", at("2025-09-26 19:30", FR),
    "Bonsoir,\n\nsur le relevé de banque de la ferme je vois deux débits de 1499 pour votre abonnement, les deux du "
    "24 septembre. On a payé deux fois. J'ai une seule facture, LO-INV-84441. Merci de rembourser le doublon.\n\n"
    "Jean-Pierre Laborie\nFerme Laborie - foie gras et noix, Saint-Cyprien (Dordogne)")],
    "decided", [R("escalate")],
    spec="L2 duplicate_payment inside L3 (2025-09-24 -> 2025-09-26) but the ledger has one charge (fr34_p10) for the account: no pair -> L4 escalate.")

r.case("amiens-expert-comptable-montant-errone", LOB, [Mail(
    "Cabinet Lefebvre Expertise <cabinet@lefebvre-expertise.fr>", "Montant erroné - facture LO-INV-84451",
    at("2025-09-29 11:00", FR),
    "Madame, Monsieur,\n\nLa facture LO-INV-84451 du 27/09/2025 fait apparaître un montant de 1 499,00 INR HT, alors "
    "que le devis accepté en août mentionnait 1 199,00 INR HT par mois. Il s'agit donc d'un mauvais montant.\n\nNous "
    "vous remercions de procéder au remboursement de la différence.\n\nVeuillez agréer, Madame, Monsieur, nos "
    "salutations distinguées.\n\nCorinne Lefebvre\nExpert-comptable\nCabinet Lefebvre Expertise - 12 boulevard "
    "d'Alsace-Lorraine, 80000 Amiens")],
    "decided", [R("escalate")],
    spec="L2 billing_error (wrong amount vs the quote) inside L3 (charge 2025-09-27, request 2025-09-29) -> L5 escalate.")

r.case("jura-suisse-debit-apres-resiliation", LOB, [Mail(
    "Garage Chappuis Sàrl <info@garage-chappuis.ch>", "Débité après résiliation", at("2025-09-29 14:00", FR),
    "Bonjour,\n\nJ'avais résilié notre abonnement le 10 septembre par le menu Billing (la résiliation est faite, j'ai "
    "la confirmation). Pourtant vous m'avez encore débité le samedi 27 septembre, facture LO-INV-84461. Débité après "
    "résiliation, ce n'est pas normal : merci de rembourser.\n\nMeilleures salutations\nPascal Chappuis\nGarage Chappuis "
    "Sàrl, Delémont")],
    "decided", [R("escalate")],
    spec="L2 billing_error (charged after cancelling) inside L3 (2025-09-27 -> 2025-09-29) -> L5 escalate; the cancellation is a past event, not a new request.")

r.case("pointe-noire-connexion", LOB, [Mail(
    "Pointe-Noire Logistique <service.client@pointe-noire-logistique.cg>", "Impossible de se connecter à la plateforme",
    at("2025-09-28 10:15", WAT),
    "Bonjour Messieurs,\n\nJe viens vers vous pour vous signaler que depuis vendredi nous n'arrivons pas à nous connecter "
    "à la plateforme. La page de connexion tourne puis affiche une erreur. Nos agents commerciaux sont bloqués. "
    "Nous avons réglé l'abonnement le 25/09 (facture LO-INV-84471).\nNous demandons donc le "
    "remboursement de cet abonnement.\n\nDans l'attente, recevez nos salutations distinguées.\nGuy-Noël Massamba\nResponsable service "
    "client, Pointe-Noire Logistique, Pointe-Noire (Congo)")],
    "decided", [R("escalate")],
    spec="L2 access_failure (cannot log in since Friday) inside L3 (charge 2025-09-25, request 2025-09-28) -> L6 escalate.")

r.case("bangui-ong-acces-trop-tard", LOB, [Mail(
    "ONG Sangha Espoir <admin@ong-sangha-espoir.cf>", "Remboursement abonnement - pas d'accès", at("2025-09-24 09:00", WAT),
    "Bonjour,\n\nDepuis le paiement de l'abonnement trimestriel le 8 septembre, la plateforme ne charge pas chez nous, "
    "l'écran reste blanc. Avec les coupures de connexion à Bangui nous avons pensé que c'était notre réseau, mais même "
    "au bureau de la coordination cela ne marche pas. Nous demandons le remboursement de la facture LO-INV-84481.\n\n"
    "Cordialement,\nArmel Yakité\nChargé administratif, ONG Sangha Espoir, Bangui")],
    "decided", [R("deny")],
    spec="L2 access_failure but L3: charge 2025-09-08, request 2025-09-24 = day 16 > 7 -> deny citing the 7-day rule.")

r.case("polonais-change-avis", LOB, [Mail(
    "Nowak Rénovation <biuro@nowak-renovation.fr>", "Remboursement abonnement annuel", at("2025-09-30 18:00", FR),
    "Dzień dobry, bonjour,\n\nhier j'ai pris l'abonnement annuel (facture LO-INV-84491), mais avec mon associé nous "
    "avons changé d'avis, nous restons avec le bouche-à-oreille et les devis papier. Je demande s'il vous plaît le "
    "remboursement de tout le montant.\n\nPozdrawiam / Cordialement\nTomasz Nowak\nNowak Rénovation, Saint-Étienne")],
    "decided", [R("deny")],
    spec="L1: changed mind is none of the L2 reasons -> deny, cancellation offered.")

r.case("wallis-trop-cher-resilier", LOB, [Mail(
    "Falé Commerce <magasin@fale-commerce.wf>", "Résiliation + remboursement", at("2025-09-25 08:00", WF),
    "Mālō te ma'uli, bonjour,\n\nNous avons payé l'abonnement mensuel le 22 septembre (LO-INV-84501). C'est trop cher pour "
    "un petit magasin à Mata-Utu, avec le fret qui a encore augmenté. Merci de résilier l'abonnement et de nous "
    "rembourser ce mois.\n\nMālō\nSoane Tuikalepa\nFalé Commerce, Wallis")],
    "decided", [R("deny"), K("cancel", "2025-10-21")],
    spec="L1: too expensive is not an L2 reason -> refund deny; L8 cancel, active until current_period_end 2025-10-21.")

r.case("jura-suisse-allemande-essai", LOB, [Mail(
    "Heike Baumann <h.baumann@bluewin.ch>", "Remboursement période d'essai", at("2025-09-30 11:20", FR),
    "Bonjour,\n\nje suis allemande et j'écris en français, excusez les fautes. Je suis dans la période d'essai jusqu'au "
    "8 octobre. Sur mon relevé de carte je vois une réservation de LeadsOptima. Je veux le remboursement de cet "
    "argent, parce que l'essai est gratuit, non ?\n\nFreundliche Grüsse / Meilleures salutations\nHeike Baumann, Porrentruy")],
    "decided", [R("deny")],
    spec="L7: trial account (trial_ends 2025-10-08) without charges: nothing to refund -> deny; no billing unless they subscribe.")

r.case("anjou-velo-club-resiliation", LOB, [Mail(
    "Cyclo Club des Ardoisières <secretariat@cyclo-ardoisieres.fr>", "Résiliation abonnement", at("2025-09-22 21:10", FR),
    "Bonsoir,\n\nSuite à l'assemblée générale du club, nous résilions l'abonnement trimestriel. Le bureau préfère gérer "
    "les inscriptions aux randonnées avec l'outil de la fédération.\n\nSportivement,\nMichel Chauvin, secrétaire\n"
    "Cyclo Club des Ardoisières, Segré-en-Anjou Bleu")],
    "decided", [K("cancel", "2025-11-11")],
    spec="L8: cancel, active until current_period_end 2025-11-11 (email 21:10 CEST = 00:40 IST on 2025-09-23, inside the period either way).")

r.case("perigord-gite-repli-mensuel", LOB, [Mail(
    "Gîte Les Bories <gite.lesbories@wanadoo.fr>", "arrêter l'abonnement", at("2025-09-27 16:00", FR),
    "Bonjour,\n\non ferme le gîte pour l'hiver et on prend notre retraite l'an prochain, alors merci d'arrêter "
    "l'abonnement mensuel. C'est ma petite-fille qui l'avait mis en place.\n\nBien cordialement\nGeneviève Delpech\n"
    "Gîte Les Bories, près de Sarlat")],
    "decided", [K("cancel", "2025-10-13")],
    spec="L8 fallback: no current_period_end; last charge LO-INV-84532 on 2025-09-14 + 1 month - 1 day = 2025-10-13.")

r.case("saint-pierre-html-resiliation", LOB, [Mail(
    "Boutique Nordet <boutique@nordet-spm.pm>", "Résiliation", at("2025-09-26 10:00", PM), None,
    html="<html><body><p>Bonjour,</p><p>Merci de <b>résilier</b> l'abonnement mensuel de la Boutique Nordet. Avec la "
    "fin de la saison des croisières nous n'avons plus besoin de prospection.</p><p>Cordialement,<br>Sandrine "
    "Poulain<br>Boutique Nordet - 8 rue du 11 Novembre, Saint-Pierre</p></body></html>")],
    "decided", [K("cancel", "2025-10-14")],
    spec="L8 (HTML-only mail): cancel, active until current_period_end 2025-10-14.")

r.case("amiens-c2-adresse-perso", LOB, [Mail(
    "Laurence Caron <laurence.caron80@gmail.com>", "Double prélèvement agence", at("2025-09-24 12:30", FR),
    "Bonjour,\n\nJe vous écris de mon adresse personnelle. Le compte de l'agence est au nom de "
    "agence@immobiliere-somme.fr. Vous avez prélevé deux fois l'abonnement le 23/09 (LO-INV-84545 et LO-INV-84546). "
    "Merci de rembourser le doublon et de me dire ce qui a été payé depuis janvier.\n\nLaurence Caron\n"
    "Agence Immobilière de la Somme")],
    "need_info", rules=["C2"],
    spec="C2: named registered email agence@immobiliere-somme.fr, mail from gmail -> ask to write from the registered address; nothing about the account.")

r.case("angers-thunderbird-transfert", LOB, [Mail(
    "Assistante Marchal Architectes <assistante@architectes-loire.fr>", "TR: résilier LeadsOptima", at("2025-09-26 11:45", FR),
    "Bonjour,\n\nje vous transfère la demande de M. Marchal.\n\nCordialement,\nNathalie Bellanger\n\n"
    "-------- Message transféré --------\nSujet : résilier LeadsOptima\nDate : Fri, 26 Sep 2025 09:12:40 +0200\n"
    "De : Gilles Marchal <g.marchal@architectes-loire.fr>\nPour : assistante@architectes-loire.fr\n\nNathalie, peux-tu "
    "faire résilier l'abonnement LeadsOptima ? Mon compte chez eux : g.marchal@architectes-loire.fr. On n'a plus de "
    "temps pour la prospection, les chantiers suffisent.\nG. M.")],
    "need_info", rules=["C2"],
    spec="s.8 forward + C2: the forwarded request names registered g.marchal@architectes-loire.fr; the sender is assistante@ -> ask for the request from the registered address.")

r.case("jura-fruitiere-facture-manquante", LOB, [Mail(
    "Fruitière du Grandvaux <fromagerie@fruitiere-grandvaux.fr>", "Plus d'accès", at("2025-09-27 08:30", FR),
    "Bonjour,\n\nDepuis hier la plateforme ne se charge plus du tout chez nous (écran gris, puis erreur 503), on n'a "
    "plus accès aux demandes des crémeries. Je souhaite être remboursé.\n\nSalutations\nRémi Vuillermoz\nFruitière du "
    "Grandvaux, Saint-Laurent-en-Grandvaux (Jura)")],
    "need_info", missing=["invoice_number"],
    spec="C3: registered sender, plan from the ledger, reason access_failure; the account has two charges (LO-INV-84551, LO-INV-84552) and no invoice is named -> ask for invoice_number.")

r.case("bangui-sans-motif", LOB, [Mail(
    "Daniel Yakoma <daniel.yakoma@bangui-net.cf>", "Demande de remboursement LO-INV-84561", at("2025-09-24 10:00", WAT),
    "Monsieur le Responsable,\n\nJ'ai l'honneur de solliciter auprès de votre haute bienveillance le remboursement de la "
    "facture LO-INV-84561 du 22 septembre 2025 (abonnement mensuel).\n\nDans l'attente d'une suite favorable, veuillez "
    "agréer, Monsieur, l'expression de ma haute considération.\n\nDaniel Yakoma\nBangui, République centrafricaine")],
    "need_info", missing=["reason"],
    spec="C3: registered sender, invoice and plan known; a formal request is not a reason (s.8) -> ask for reason.")

bess1 = Mail(
    "Atelier d'architecture Bessonneau <agence@saumur-archi.fr>", "Remboursement LO-INV-84572", at("2025-09-24 10:30", FR),
    "Bonjour,\n\nMerci de nous rembourser la facture LO-INV-84572.\n\nCordialement,\nClaire Bessonneau\nAtelier "
    "d'architecture Bessonneau, quai Mayaud, Saumur")
r.case("saumur-archi-fil-motif", LOB, [bess1, Mail(
    "Atelier d'architecture Bessonneau <agence@saumur-archi.fr>", "RE: Remboursement LO-INV-84572 [LO-3581]",
    at("2025-09-25 09:10", FR),
    "Bonjour,\n\nLe motif : vous avez prélevé deux fois l'abonnement le 23/09 (LO-INV-84571 et LO-INV-84572), nous n'avons "
    "qu'un seul abonnement.\n\nC. Bessonneau\n\nLe 24/09/2025 à 16:05, LeadsOptima Support a écrit :\n"
    "> Merci de nous indiquer le motif de votre demande.", reply=bess1, refs_extra=["<lo-ask-3581@leadsoptima.com>"])],
    "decided", [R("approve", "1499.00")],
    spec="C3 thread: reason (duplicate) in the answer; request time = first email 2025-09-24 (day 1); L4 pair fr34_p27/p28 -> 1499.00.")

wis1 = Mail(
    "Krzysztof Wiśniewski <k.wisniewski@laposte.net>", "deux fois prélevé", at("2025-09-29 20:00", FR),
    "Bonsoir,\n\naujourd'hui vous avez pris deux fois l'argent sur ma carte pour le mois, 2 x 1499. Je demande de "
    "rendre une fois. Je ne trouve pas la facture, seulement le relevé de banque.\n\nKrzysztof Wiśniewski\nplombier, Tours")
r.case("tours-polonais-fil-facture", LOB, [wis1, Mail(
    "Krzysztof Wiśniewski <k.wisniewski@laposte.net>", "Re: deux fois prélevé [LO-3582]", at("2025-09-30 07:30", FR),
    "Bonjour,\nj'ai trouvé dans les spams : la deuxième facture est LO-INV-84583.\nMerci\nK. Wiśniewski", reply=wis1,
    refs_extra=["<lo-ask-3582@leadsoptima.com>"])],
    "decided", [R("approve", "1499.00")],
    spec="C3 thread: first email 2025-09-29 20:00 CEST = 23:30 IST (day 0); three charges on the account so the invoice was asked; answer LO-INV-84583; L4 pair fr34_p30/p31 -> 1499.00.")

r.case("bergerac-opposition-banque", LOB, [Mail(
    "Domaine du Chai Sud <domaine@chai-de-monbazillac-sud.fr>", "Double débit - dernier avertissement", at("2025-09-29 17:40", FR),
    "Bonjour,\n\nHier vous avez débité deux fois notre abonnement (LO-INV-84591 et LO-INV-84592). Je veux le "
    "remboursement du deuxième débit. Sans réponse d'ici vendredi, je demanderai à ma banque un chargeback et je "
    "contesterai le paiement.\n\nFrançois Lacoste\nDomaine du Chai Sud, près de Bergerac")],
    "decided", [R("escalate")], rules=["C4"],
    spec="C4: chargeback / payment dispute threat -> escalate, although L4 alone would approve 1499.00.")

r.case("picardie-transports-avocat", LOB, [Mail(
    "Transports Picards - Direction <direction@transports-picards.fr>", "Prélèvement erroné et résiliation",
    at("2025-09-24 15:30", FR),
    "Madame, Monsieur,\n\nLe 19/09/2025 vous avez prélevé un montant erroné (facture LO-INV-84601) au lieu du tarif "
    "convenu. Nous exigeons le remboursement et résilions par la présente l'abonnement annuel. Notre avocat est "
    "informé du dossier.\n\nSalutations.\nOlivier Dumont\nDirecteur, Transports Picards, Abbeville")],
    "decided", [R("escalate"), K("escalate")], rules=["C4"],
    spec="C4 (lawyer) covers the whole case (s.8): refund and cancellation both escalate.")

r.case("mauges-code-consommation", LOB, [Mail(
    "Auto-école des Mauges <contact@autoecole-mauges.fr>", "Rétractation", at("2025-09-27 12:00", FR),
    "Bonjour,\n\nJ'ai souscrit l'abonnement mensuel hier (LO-INV-84605) et finalement il ne nous sert à rien. Je "
    "connais mes droits de consommateur : le Code de la consommation me donne un droit de rétractation, merci de "
    "me rembourser intégralement.\n\nStéphane Ogereau\nAuto-école des Mauges, Beaupréau")],
    "decided", [R("escalate")], rules=["C4"],
    spec="C4: consumer / statutory rights invoked -> escalate (L1 alone would deny).")

r.case("amiens-expert-comptable-signature-doublon", LOB, [Mail(
    "Cabinet Vasseur - Comptabilité <compta@cabinet-vasseur-ec.fr>", "Doublon de prélèvement trimestriel",
    at("2025-09-29 10:20", FR),
    "Bonjour,\n\nLors du rapprochement bancaire nous avons constaté que l'abonnement trimestriel a été prélevé deux fois "
    "le 26/09/2025 : LO-INV-84611 et LO-INV-84612, 3 999,00 INR HT chacun. Merci de rembourser le doublon "
    "(LO-INV-84612) sur la carte d'origine.\n\nCordialement,\nMathilde Vasseur\nExpert-comptable inscrite au Tableau "
    "de l'Ordre - Commissaire aux comptes\nCabinet Vasseur, 5 rue des Otages, 80000 Amiens")],
    "decided", [R("approve", "3999.00")],
    spec="L4: pair fr34_p36/p37 on 2025-09-26, request 2025-09-29 (day 3) -> 3999.00; an accountant's signature is no C4 mention.")

r.case("franches-montagnes-doublon-et-resiliation", LOB, [Mail(
    "Menuiserie Froidevaux <info@menuiserie-froidevaux.ch>", "Double débit + résiliation", at("2025-09-27 09:30", FR),
    "Bonjour,\n\nDeux choses :\n- le 25.09 vous avez débité deux fois l'abonnement (LO-INV-84615 et LO-INV-84616), "
    "merci de rembourser le deuxième débit ;\n- nous arrêtons la prospection en ligne, notre carnet de commandes est "
    "plein jusqu'à l'été : merci de résilier l'abonnement.\n\nMeilleures salutations\nLaurent Froidevaux\n"
    "Menuiserie Froidevaux, Saignelégier (Franches-Montagnes)")],
    "decided", [R("approve", "1499.00"), K("cancel", "2025-10-24")],
    spec="L4 pair fr34_p38/p39 (2025-09-25, request day 2) -> approve 1499.00; L8 cancel effective current_period_end 2025-10-24.")

r.case("brazzaville-hotel-debit-echoue", LOB, [Mail(
    "Hôtel Mbamou <contact@hotel-mbamou.cg>", "Double paiement abonnement", at("2025-09-25 16:00", WAT),
    "Bonjour,\n\nNous avons constaté deux paiements le 23/09 pour l'abonnement mensuel : LO-INV-84621 et LO-INV-84622. "
    "Merci de rembourser LO-INV-84622.\n\nCordialement,\nPrisca Okemba\nRéception - Hôtel Mbamou, Brazzaville")],
    "decided", [R("escalate")],
    spec="s.8: LO-INV-84622 has status 'failed' (not paid) -> escalate; no pair of paid charges for L4 either.")

r.case("wallis-fuseau-registre-offset", LOB, [Mail(
    "La Pirogue Mata-Utu <service@pirogue-mataeutu.wf>", "payé deux fois", at("2025-10-01 10:00", WF),
    "Bonjour,\n\nle 24 septembre au matin (heure de Wallis) nous avons été débités deux fois de 1 499 roupies : "
    "LO-INV-84625 et LO-INV-84626. Nous n'avons qu'un abonnement mensuel. Merci de rembourser la deuxième.\n\n"
    "Cordialement\nSione Mulikihaamea\nLa Pirogue, Mata-Utu")],
    "decided", [R("approve", "1499.00")],
    spec="s.8 ledger offsets: paid_at 2025-09-23T21:00Z = 2025-09-24 02:30 IST (09:00 in Wallis) -> day 0 = 2025-09-24; email 2025-10-01 10:00 +12 = 2025-10-01 03:30 IST = day 7, inside -> L4 approve 1499.00 (UTC date would give day 8).")

r.case("cholet-surfacturation-trop-tard", LOB, [Mail(
    "Brasserie du Houblon <brasserie@houblon-cholet.fr>", "Surfacturation", at("2025-09-24 18:45", FR),
    "Bonjour,\n\nLe 10 septembre vous nous avez facturé 1 499 au lieu de 1 199 (LO-INV-84631), c'est une erreur de "
    "facturation. Merci de rembourser la différence.\n\nBrassicolement,\nThibault Grimaud\nBrasserie artisanale du "
    "Houblon, Cholet")],
    "decided", [R("deny")],
    spec="L2 billing_error but L3: charge 2025-09-10, request 2025-09-24 = day 14 > 7 -> deny.")

r.case("perigord-truffes-adresse-plus", LOB, [Mail(
    "Truffes du Périgord Noir <contact+factures@truffe-perigord-noir.fr>", "Résiliation", at("2025-09-26 15:00", FR),
    "Bonjour,\n\nMerci de résilier notre abonnement mensuel (compte contact@truffe-perigord-noir.fr). La saison des "
    "truffes commence et nous n'avons plus le temps de traiter les contacts en ligne.\n\nCordialement\n"
    "Hélène Faure\nTruffes du Périgord Noir, Sainte-Alvère")],
    "need_info", rules=["C2"],
    spec="s.8: contact+factures@ is another address than the registered contact@truffe-perigord-noir.fr named in the mail -> C2.")

r.case("miquelon-pharmacie-un-seul-paiement", LOB, [Mail(
    "Pharmacie de Miquelon <pharmacie@miquelon-sante.pm>", "Accès bloqué", at("2025-09-29 09:00", PM),
    "Bonjour,\n\nDepuis samedi nous ne pouvons plus nous connecter : « compte verrouillé ». Je demande le "
    "remboursement du paiement de samedi, puisque nous n'avons pas accès.\n\nCordialement,\nLucie Vigneau\n"
    "Pharmacie de Miquelon")],
    "decided", [R("escalate")],
    spec="L2 access_failure; the account's one charge (LO-INV-84641, 2025-09-27 11:00 IST = 03:30 in Miquelon) identifies the invoice; request 2025-09-29 16:30 IST (day 2) -> L6 escalate.")

r.case("morez-allemand-pas-utilise", LOB, [Mail(
    "Jürgen Kessler <j.kessler@morez-lunettes.fr>", "Remboursement abonnement", at("2025-09-25 10:10", FR),
    "Bonjour,\n\nle 20 septembre j'ai pris l'abonnement trimestriel. Depuis je n'ai pas eu le temps de l'utiliser, "
    "pas une seule fois. Je voudrais donc être remboursé, s'il vous plaît.\n\nMit freundlichen Grüßen / Cordialement\n"
    "Jürgen Kessler\nLunetier, Morez (Jura)")],
    "decided", [R("deny")],
    spec="L1: not used is none of the L2 reasons -> deny, cancellation offered; the single charge LO-INV-84645 identifies the invoice.")

r.case("bangui-solidarite-longue-lettre", LOB, [Mail(
    "Bangui Solidarité - Coordination <coordination@bangui-solidarite.cf>", "Nouvelles de l'association",
    at("2025-09-21 15:00", WAT),
    "Chers amis de LeadsOptima,\n\nPermettez-moi d'abord de vous donner des nouvelles. Grâce à votre outil, nous avons "
    "pu recontacter plus de deux cents donateurs cette année, et la cantine scolaire du quartier Boy-Rabe a ouvert "
    "en juin. Toute l'équipe vous en remercie.\n\nLe conseil d'administration a cependant décidé de réduire les frais "
    "fixes pour 2026. C'est pourquoi nous vous demandons de bien vouloir résilier notre abonnement trimestriel. "
    "Les bénévoles reprendront les relances par téléphone.\n\nNous restons à votre disposition et vous souhaitons "
    "bonne continuation.\n\nFraternellement,\nBrigitte Ndomaté\nCoordinatrice, Bangui Solidarité")],
    "decided", [K("cancel", "2025-11-30")],
    spec="L8: the cancellation sits in the middle of a long letter; current_period_end 2025-11-30.")

r.case("amiens-hortillonnages-points-lettres", LOB, [Mail(
    "Fleurs des Hortillonnages <contact@fleurs-hortillonnages.fr>", "doublon", at("2025-09-28 10:30", FR),
    "Bonjour,\n\nvous avez pris deux fois mille quatre cent quatre-vingt-dix-neuf roupies le samedi 27, la facture du "
    "doublon c'est lo.inv.84656. On n'a qu'un abonnement. Merci de rembourser ce doublon.\n\nBon dimanche\n"
    "Valérie Poiret\nFleurs des Hortillonnages, Amiens")],
    "decided", [R("approve", "1499.00")],
    spec="L4: pair fr34_p48/p49 on 2025-09-27, request 2025-09-28 (day 1); 'lo.inv.84656' is LO-INV-84656 (s.8) -> 1499.00.")

r.case("reponse-automatique-librairie", LOB, [Mail(
    "Librairie L'Ancre <librairie@ancre-spm.pm>", "Réponse automatique : Votre demande [LO-3590]", at("2025-09-29 08:00", PM),
    "Bonjour,\n\nLa librairie est fermée pour inventaire jusqu'au 4 octobre. Votre message sera traité à notre retour.\n\n"
    "Librairie L'Ancre, Saint-Pierre", headers={"Auto-Submitted": "auto-replied"})],
    "ignore", rules=["C7"], spec="C7: Auto-Submitted: auto-replied -> ignore.")

r.case("non-remis-postmaster", LOB, [Mail(
    "postmaster@mx.relais-anjou-mail.fr", "Non remis : Votre demande [LO-3575]", at("2025-09-26 04:20", FR),
    "Votre message n'a pas pu être remis au destinataire suivant :\n\n  compta@cave-cooperative-anjou.fr\n"
    "  Raison : boîte aux lettres introuvable",
    dsn=[[("Reporting-MTA", "dns; mx.relais-anjou-mail.fr")],
         [("Final-Recipient", "rfc822; compta@cave-cooperative-anjou.fr"), ("Action", "failed"), ("Status", "5.1.1")]])],
    "ignore", rules=["C7"], spec="C7: postmaster delivery-status report (RFC 3464) -> ignore.")

r.case("lettre-information-bulk", LOB, [Mail(
    "Club Entreprendre en Somme <newsletter@club-entreprendre-somme.fr>", "Lettre d'information : remboursements, résiliations, vos droits",
    at("2025-09-30 07:00", FR),
    "Madame, Monsieur,\n\nDans cette lettre : comment gérer une demande de remboursement d'un client, résilier un "
    "contrat fournisseur, et le calendrier des formations d'octobre.\n\nPour vous désabonner, cliquez ici.",
    headers={"Precedence": "bulk", "List-Unsubscribe": "<mailto:desabo@club-entreprendre-somme.fr>"})],
    "ignore", rules=["C7"], spec="C7: Precedence: bulk (newsletter about refunds and cancellations) -> ignore.")

r.case("amiens-siret-facture", LOB, [Mail(
    "Cabinet Lefebvre Expertise <cabinet@lefebvre-expertise.fr>", "Mentions obligatoires sur vos factures", at("2025-09-30 15:10", FR),
    "Madame, Monsieur,\n\nPour notre comptabilité, merci de faire figurer sur vos prochaines factures notre SIRET "
    "(812 345 678 00021) et notre numéro de TVA intracommunautaire. Il ne s'agit pas d'une réclamation.\n\n"
    "Cordialement,\nCorinne Lefebvre, Expert-comptable")],
    "other", spec="An invoicing request (SIRET, VAT number), no refund or cancellation -> other.")

r.case("beauvais-merci-rembourse", LOB, [Mail(
    "Auto-école du Beauvaisis <secretariat@auto-ecole-beauvaisis.fr>", "Merci !", at("2025-09-23 17:30", FR),
    "Bonjour,\n\nJuste un petit mot pour vous remercier : le double prélèvement du mois d'août a bien été remboursé, "
    "l'argent est arrivé ce matin. Tout est en ordre.\n\nBonne journée\nAmandine Leroux\nAuto-école du Beauvaisis")],
    "other", spec="Thanks for a refund already received (past event) -> other.")

r.case("perigord-truffes-pas-de-remboursement", LOB, [Mail(
    "Truffes du Périgord Noir <contact@truffe-perigord-noir.fr>", "Export des contacts", at("2025-09-29 11:40", FR),
    "Bonjour,\n\nje ne demande pas de remboursement et je ne résilie pas, rassurez-vous. Je voudrais juste savoir "
    "comment exporter nos contacts au format Excel pour notre comptable.\n\nMerci\nHélène Faure")],
    "other", spec="s.8 negation: no refund, no cancellation; a product question -> other.")

r.case("brazzaville-question-avant-achat", LOB, [Mail(
    "Arsène Moukoko <a.moukoko@congo-mail.cg>", "Question avant abonnement", at("2025-09-27 12:00", WAT),
    "Bonjour,\n\nJe pense prendre l'abonnement annuel pour mon cabinet de conseil à Brazzaville. Si je paie et que "
    "l'outil ne me convient pas après quelques jours, est-ce que je pourrais être remboursé ? Et acceptez-vous le "
    "paiement par Mobile Money ?\n\nCordialement,\nArsène Moukoko")],
    "other", spec="s.8 hypothetical before buying -> other.")

# ======================= Optima WebDesign =======================
r.case("owd-grandvaux-decouverte-rembourse", OWB, [Mail(
    "Fruitière du Grandvaux - Direction <direction@fruitiere-grandvaux-vitrine.fr>",
    "Refund Request — Fruitière du Grandvaux Vitrine / OWD-2025-3501", at("2025-09-29 10:00", FR), brand=OWB, body=
    "Bonjour,\n\nNous avons réglé le 25 septembre les frais de découverte pour le projet « Fruitière du Grandvaux "
    "Vitrine » (facture OWD-2025-3501). Notre coopérative vient de fusionner avec celle de Foncine et le nouveau "
    "conseil veut un site commun : le projet est abandonné. Aucun atelier n'a eu lieu avec vous. Merci de nous "
    "rembourser.\n\nCordialement,\nBernard Jobez, président")],
    "decided", [R("approve", "8500.00")], extra_ok=True,
    spec="O1: discovery OWD-2025-3501, work_started_at empty -> full refund 8500.00 (before tax).")

r.case("owd-saumur-decouverte-commencee", OWB, [Mail(
    "Domaine des Perrières <contact@domaine-perrieres.fr>", "Remboursement phase découverte", at("2025-09-26 16:20", FR),
    brand=OWB, body="Bonjour,\n\nAprès les vendanges, nous avons revu nos priorités : le projet « Domaine des Perrières "
    "Saumur » est suspendu. Nous demandons le remboursement des frais de découverte (OWD-2025-3502). L'atelier du 16 "
    "septembre a été intéressant, mais nous n'avons pas encore reçu de livrable.\n\nBien cordialement,\nÉmilie Rabault")],
    "decided", [R("deny")],
    spec="O1: work started 2025-09-16 (workshop held) before the request 2025-09-26 -> deny.")

r.case("owd-port-vila-acompte-71h", OWB, [Mail(
    "Port-Vila Plongée <dive@portvila-plongee.vu>", "Acompte site réservations - annulation", at("2025-09-29 15:00", VU),
    brand=OWB, body="Bonjour,\n\nNous avons versé l'acompte pour « Port-Vila Plongée Réservations » le vendredi 26 "
    "septembre vers 15h30 (heure du Vanuatu), facture OWD-2025-3503. Le cyclone de la saison dernière a endommagé notre "
    "bateau plus qu'on ne pensait et l'assurance ne suit pas : nous annulons le projet. Merci de rembourser l'acompte.\n\n"
    "Cordialement,\nJean-Baptiste Tabi\nPort-Vila Plongée")],
    "decided", [R("approve", "26000.00")], extra_ok=True,
    spec="O2: paid 2025-09-26 10:00 IST (15:30 Vanuatu); email 2025-09-29 15:00 +11 = 09:30 IST = 71.5 h < 72 h, no work -> approve 26000.00 (reading the Date as IST would give 77 h).")

r.case("owd-saint-pierre-acompte-72h-pile", OWB, [Mail(
    "Pension Langlade <reservation@pension-langlade.pm>", "Annulation et remboursement acompte", at("2025-09-28 09:00", PM),
    brand=OWB, body="Bonjour,\n\nJ'ai payé l'acompte pour le « Pension Langlade Site » jeudi à 9h00 (heure de "
    "Saint-Pierre), facture OWD-2025-3504. Nous vendons finalement la pension au printemps, le nouveau propriétaire fera "
    "son propre site. Il est 9h00 dimanche, donc on est pile dans les 72 heures : merci de rembourser.\n\n"
    "Cordialement,\nMarc Briand")],
    "decided", [R("deny")], extra_ok=True,
    spec="O2 + s.8: paid 2025-09-25 16:30 IST = 09:00 Saint-Pierre; email 2025-09-28 09:00 -02 = 16:30 IST = exactly 72 h, not before 72 h -> deny.")

r.case("owd-brazzaville-travaux-commences", OWB, [Mail(
    "Brazza Transit - Direction <direction@brazza-transit.cg>", "Remboursement acompte portail", at("2025-09-28 09:30", WAT),
    brand=OWB, body="Bonjour,\n\nNous avons payé hier matin l'acompte du « Brazza Transit Portail » (OWD-2025-3505). "
    "Notre actionnaire principal a décidé de confier le portail au groupe. Nous demandons le remboursement, nous sommes "
    "dans les 72 heures.\n\nSalutations distinguées,\nFlorent Ibara\nDirecteur, Brazza Transit")],
    "decided", [R("deny")],
    spec="O2: paid 2025-09-27 10:00 IST; work started 2025-09-27 18:00 IST, before the request 2025-09-28 14:00 IST: whichever first -> deny.")

r.case("owd-amiens-autoecole-jalon-non-commence", OWB, [Mail(
    "Auto-école Picarde - Gérance <gerance@autoecole-picarde.fr>", "Remboursement jalon OWD-2025-3507", at("2025-09-25 14:00", FR),
    brand=OWB, body="Bonjour,\n\nPour la « Auto-école Picarde Refonte », nous renonçons au module de réservation des "
    "leçons en ligne : le jalon correspondant (facture OWD-2025-3507) n'a pas démarré. Nous utilisons finalement "
    "l'application de notre réseau d'auto-écoles. Merci de rembourser ce jalon.\n\nCordialement,\nKévin Boulanger, gérant")],
    "decided", [R("approve", "16500.00")],
    spec="O3: milestone OWD-2025-3507 not_started -> refund its amount 16500.00.")

r.case("owd-amiens-autoecole-jalon-en-cours", OWB, [Mail(
    "Auto-école Picarde - Gérance <gerance@autoecole-picarde.fr>", "Jalon espace élèves OWD-2025-3508", at("2025-09-26 09:45", FR),
    brand=OWB, body="Bonjour,\n\nMême chose pour l'espace élèves de la « Auto-école Picarde Refonte » : nous n'en avons plus "
    "besoin avec l'application du réseau. Merci de rembourser le jalon OWD-2025-3508, au moins la partie pas encore faite.\n\n"
    "Kévin Boulanger")],
    "decided", [R("escalate")],
    spec="O3: milestone OWD-2025-3508 in_progress -> escalate.")

r.case("owd-sorges-jalon-valide", OWB, [Mail(
    "Truffière de Sorges <contact@truffiere-sorges.fr>", "Maquettes boutique", at("2025-09-23 11:15", FR), brand=OWB,
    body="Bonjour,\n\nNous avions validé les maquettes de la « Truffière de Sorges Boutique » en août (OWD-2025-3509), mais "
    "en les revoyant avec notre fils, elles ne nous plaisent plus. Nous aimerions être remboursés de ce jalon.\n\n"
    "Cordialement,\nMonique et Alain Puyrigaud")],
    "decided", [R("deny")],
    spec="O3/O6: milestone OWD-2025-3509 approved -> deny.")

r.case("owd-angers-brasserie-preavis-ok", OWB, [Mail(
    "Brasserie Angevine <bonjour@brasserie-angevine.fr>", "Fin du contrat de communication", at("2025-09-25 17:30", FR),
    brand=OWB, body="Bonjour,\n\nNous mettons fin à la « Brasserie Angevine Communication » (dernière facture "
    "OWD-2025-3510). Motif : nous avons embauché une chargée de communication en alternance qui reprend les réseaux.\n\n"
    "Santé !\nMaxime Guillou, brasseur")],
    "decided", [K("cancel", "2025-10-17")],
    spec="O4/O8: next_billing_at 2025-10-18; request 2025-09-25 <= 2025-10-11 -> cancel effective 2025-10-17.")

r.case("owd-wallis-preavis-fuseau", OWB, [Mail(
    "Fale Fono Uvea - Communication <communication@falefono-uvea.wf>", "Résiliation réseaux sociaux",
    at("2025-09-29 06:00", WF), brand=OWB, body=
    "Bonjour,\n\nNous résilions le contrat « Fale Fono Uvea Réseaux sociaux » (facture OWD-2025-3511). La "
    "communication sera reprise par le service de la circonscription à partir d'octobre.\n\nMālō,\nPetelo Takaniko")],
    "decided", [K("cancel", "2025-10-04")],
    spec="O4: next_billing_at 2025-10-05, cut-off 2025-09-28; email 2025-09-29 06:00 +12 = 2025-09-28 23:30 IST, on the cut-off -> enough notice: cancel effective 2025-10-04 (it is already 09-29 in Wallis).")

r.case("owd-saint-pierre-cycle-deja-paye", OWB, [Mail(
    "Coopérative de l'Archipel <secretariat@coop-archipel.pm>", "Arrêt de la maintenance", at("2025-09-27 10:00", PM),
    brand=OWB, body="Bonjour,\n\nNous arrêtons la « Coopérative de l'Archipel Maintenance » (facture OWD-2025-3513). "
    "Motif : la coopérative passe sous la plateforme de la fédération. La période d'octobre a déjà été payée "
    "hier.\n\nCordialement,\nAnnick Poirier, secrétaire")],
    "decided", [K("escalate")],
    spec="O4 + s.8: next cycle (2025-10-09 - 2025-11-08) already paid (OWD-2025-3513), notice >= 7 days (2025-09-27 <= 2025-10-02) -> escalate.")

r.case("owd-porrentruy-hebergement-14j", OWB, [Mail(
    "Horlogerie Beuret <atelier@horlogerie-beuret.ch>", "Résiliation hébergement et remboursement", at("2025-09-30 09:15", FR),
    brand=OWB, body="Bonjour,\n\nNous résilions l'hébergement annuel « Horlogerie Beuret Hébergement » (facture "
    "OWD-2025-3514) et demandons le remboursement au prorata. Motif : notre association horlogère du Jura nous "
    "héberge désormais gratuitement.\n\nMeilleures salutations\nCédric Beuret, Porrentruy")],
    "decided", [R("approve", "8800.00")], extra_ok=True,
    spec="O5: service_start 2025-09-22, request 2025-09-30 = day 8 <= 14; 10800 - 1200 - (9600/12 = 800) x 1 = 8800.00.")

r.case("owd-amiens-maintenance-trop-tard", OWB, [Mail(
    "Hortillonnages Tourisme <office@hortillonnages-tourisme.fr>", "Résiliation maintenance", at("2025-09-29 10:40", FR),
    brand=OWB, body="Bonjour,\n\nMerci de résilier la « Hortillonnages Tourisme Maintenance » (OWD-2025-3515) et de nous "
    "rembourser le reste de l'année : la métropole reprend la maintenance de nos sites.\n\nCordialement,\nJulie Dewailly")],
    "decided", [R("deny")], extra_ok=True,
    spec="O5: service_start 2025-09-12, request 2025-09-29 = day 17 > 14 -> deny the refund.")

r.case("owd-brantome-moulin-arrondi", OWB, [Mail(
    "Moulin de la Dronne <moulin@moulin-dronne.fr>", "Remboursement maintenance annuelle", at("2025-09-30 16:00", FR),
    brand=OWB, body="Bonjour,\n\nNous arrêtons la « Moulin de la Dronne Maintenance » (facture OWD-2025-3516), commencée le "
    "25 septembre. Le moulin est vendu, les acheteurs ont leur prestataire. Merci de nous rembourser ce qui peut l'être.\n\n"
    "Cordialement\nPierre Lamothe, Brantôme")],
    "decided", [R("approve", "6691.67")], extra_ok=True,
    spec="O5: service_start 2025-09-25, request 2025-09-30 = day 5; 8000 - 700 - 7300/12 (608.333...) = 6691.666... -> 6691.67 (rounded once, C6).")

r.case("owd-polonais-nom-de-domaine", OWB, [Mail(
    "Kowalczyk Carrelage <kontakt@kowalczyk-carrelage.fr>", "Remboursement domaine", at("2025-09-24 19:00", FR), brand=OWB,
    body="Dzień dobry,\n\npour le « Kowalczyk Carrelage Site » vous avez facturé le nom de domaine et le certificat SSL "
    "(OWD-2025-3517). Mon cousin avait déjà réservé un domaine. Je demande le remboursement, s'il vous plaît.\n\n"
    "Pozdrawiam\nMarek Kowalczyk, carreleur, Montluçon")],
    "decided", [R("deny")],
    spec="O6: OWD-2025-3517 is third_party (domain, SSL) -> deny.")

r.case("owd-morez-allemand-demande-modif", OWB, [Mail(
    "Lunetterie Morez - Vertrieb <vertrieb@lunetterie-morez.fr>", "Remboursement modification", at("2025-09-25 08:30", FR),
    brand=OWB, body="Bonjour,\n\nnous avons commandé en plus la version allemande de la « Lunetterie Morez Boutique » "
    "(facture OWD-2025-3518, demande de modification). Notre distributeur en Allemagne a arrêté. Donc nous ne voulons "
    "plus cette version et demandons l'argent retour.\n\nMit freundlichen Grüßen\nStefan Huber\nVertrieb, Lunetterie Morez")],
    "decided", [R("deny")],
    spec="O6: OWD-2025-3518 is a change_request outside the original scope -> deny.")

r.case("owd-mauges-supplement-urgence", OWB, [Mail(
    "Festival des Mauges <orga@festival-mauges.fr>", "Supplément urgence", at("2025-09-27 14:30", FR), brand=OWB,
    body="Bonjour,\n\nLe festival est reporté au printemps, donc le supplément urgence pour la « Festival des Mauges "
    "Billetterie » (OWD-2025-3519) n'a plus de raison d'être. Merci de nous le rembourser.\n\nBien à vous,\n"
    "Aurélie Cesbron, coordination")],
    "decided", [R("deny")],
    spec="O6: OWD-2025-3519 is a rush fee -> deny.")

r.case("owd-bangui-c2-gmail", OWB, [Mail(
    "Dr Albert Gbazi <albert.gbazi@gmail.com>", "Bangui Santé Plus - remboursement jalon", at("2025-09-26 13:00", WAT),
    brand=OWB, body="Bonjour,\n\nJe vous écris de ma boîte personnelle car le serveur de la clinique est en panne. Pour le "
    "« Bangui Santé Plus Site », nous demandons le remboursement du jalon OWD-2025-3520 : le ministère a changé les "
    "règles pour les sites de santé. Le contrat est au nom de direction@banguisanteplus.cf. Merci aussi de m'envoyer "
    "le récapitulatif des paiements.\n\nDr Albert Gbazi, directeur")],
    "need_info", rules=["C2"],
    spec="C2 (Optima): contract email direction@banguisanteplus.cf, mail from gmail -> ask to write from the contract email; nothing disclosed.")

r.case("owd-gmail-transfert-cabinet", OWB, [Mail(
    "Secrétariat Cabinet Delattre <secretariat.delattre@gmail.com>", "Fwd: Annulation site cabinet", at("2025-09-30 09:40", FR),
    brand=OWB, body="Bonjour, je vous fais suivre la demande de M. Delattre.\n\n"
    "---------- Message transféré ---------\nDe : Cabinet Delattre <cabinet@delattre-expertise-comptable.fr>\n"
    "Date : mar. 30 sept. 2025 à 08:55\nObjet : Annulation site cabinet\nÀ : <secretariat.delattre@gmail.com>\n\n"
    "Merci de transmettre à Optima : nous annulons le « Cabinet Delattre Site » et demandons le remboursement de "
    "l'acompte OWD-2025-3521 versé hier, notre cabinet est racheté par un groupe qui a déjà un site.\nP. Delattre, expert-comptable")],
    "need_info", rules=["C2"],
    spec="s.8 forward + C2: the forwarded request is from contract email cabinet@delattre-expertise-comptable.fr; the sender is a gmail address -> ask for the request from the contract email.")

r.case("owd-saumurois-resiliation-sans-motif", OWB, [Mail(
    "Office de Tourisme Val-des-Caves - Numérique <numerique@ot-valdescaves.fr>", "Résiliation contrat portail",
    at("2025-09-23 11:00", FR), brand=OWB, body=
    "Madame, Monsieur,\n\nPar la présente, nous vous notifions la résiliation du contrat de maintenance du « Office de "
    "Tourisme Val-des-Caves Portail » (dernière facture OWD-2025-3522), dans le respect du préavis contractuel.\n\n"
    "Nous vous remercions d'en accuser réception.\n\nVeuillez agréer nos salutations distinguées.\n"
    "Service numérique, Office de Tourisme Val-des-Caves")],
    "need_info", missing=["reason"],
    spec="s.8: Optima requires a reason for cancellations too; notice formulas and the signature are not reasons -> ask for reason.")

tanna1 = Mail(
    "Espace Tanna Écolodge <lodge@tanna-ecolodge.vu>", "Remboursement Espace Tanna Écolodge Site", at("2025-09-24 16:00", VU),
    brand=OWB, body="Bonjour,\n\nPour l'« Espace Tanna Écolodge Site », nous voudrions le remboursement du paiement pour "
    "la partie galerie photos et visite virtuelle. Les travaux d'agrandissement du lodge sont repoussés d'un an, la "
    "visite n'aurait plus rien à montrer. Je n'ai pas le numéro de facture sous la main, je vous l'envoie.\n\n"
    "Cordialement,\nMathilde Nako")
r.case("owd-tanna-fil-facture", OWB, [tanna1, Mail(
    "Espace Tanna Écolodge <lodge@tanna-ecolodge.vu>", "RE: Remboursement Espace Tanna Écolodge Site [OWD-3590]",
    at("2025-09-25 14:00", VU), brand=OWB, body=
    "Bonjour,\n\nVoici le numéro : owd-2025-3524.\n\nMathilde\n\nDe : Optima WebDesign <optimawebdesigns12@gmail.com>\n"
    "Envoyé : mercredi 24 septembre 2025 20:10\nObjet : Remboursement Espace Tanna Écolodge Site [OWD-3590]\n\n"
    "Merci de nous indiquer le numéro de facture.", reply=tanna1, refs_extra=["<owd-ask-3590@optimawebdesign.com>"])],
    "decided", [R("approve", "14000.00")],
    spec="C3 thread: the project has two payments, so the invoice was asked; answer 'owd-2025-3524' (case-insensitive) = milestone not_started -> O3 approve 14000.00.")

r.case("owd-jura-fromagerie-avocat", OWB, [Mail(
    "Fromagerie Vuillet <contact@fromagerie-vuillet.fr>", "Acompte boutique - mise en demeure", at("2025-09-30 10:00", FR),
    brand=OWB, body="Bonjour,\n\nNous avons versé hier l'acompte pour la « Fromagerie Vuillet Boutique » (OWD-2025-3525). "
    "La banque a refusé notre prêt pour la cave d'affinage, nous annulons. Je vous demande le remboursement immédiat ; à "
    "défaut, mon avocat prendra contact avec vous.\n\nCordialement,\nOlivier Vuillet, Poligny")],
    "decided", [R("escalate")], rules=["C4"], extra_ok=True,
    spec="C4: lawyer threat -> escalate, although O2 alone would approve (paid 2025-09-29 11:00 IST, request 2025-09-30 13:30 IST).")

r.case("owd-absence-radio", OWB, [Mail(
    "Radio Brume FM <antenne@radio-brume.pm>", "Absence du bureau : Votre message [OWD-3585]", at("2025-09-26 07:00", PM),
    brand=OWB, body="Bonjour, je suis absente jusqu'au 6 octobre. Pour toute urgence, appelez le standard de la radio.",
    headers={"Auto-Submitted": "auto-replied"})],
    "ignore", rules=["C7"], spec="C7: Auto-Submitted: auto-replied -> ignore.")

r.case("owd-radio-question", OWB, [Mail(
    "Radio Brume FM <antenne@radio-brume.pm>", "Grille des programmes sur le site", at("2025-09-30 11:00", PM),
    brand=OWB, body="Bonjour,\n\nPour le « Radio Brume FM Site », est-il possible d'ajouter la grille des programmes d'hiver "
    "avant la mise en ligne ? Et pouvez-vous nous donner une date de livraison ?\n\nMerci, bonne journée\n"
    "Nadine Vigneau, animatrice")],
    "other", spec="A project question -> other.")

r.case("owd-saint-pierre-question-avant-signature", OWB, [Mail(
    "Chantier Naval Hamel <contact@chantier-hamel.pm>", "Question avant devis", at("2025-09-26 14:00", PM), brand=OWB,
    body="Bonjour,\n\nAvant de signer votre devis pour un site vitrine : si nous versons l'acompte et que nous changeons "
    "d'avis deux jours après, serons-nous remboursés ? Et l'hébergement est-il compris ?\n\nCordialement,\n"
    "Loïc Hamel, Chantier Naval Hamel, Saint-Pierre")],
    "other", spec="s.8 hypothetical before signing -> other.")

r.case("owd-perigord-vert-acompte-echoue", OWB, [Mail(
    "Comptoir du Périgord Vert <contact@comptoir-perigord-vert.fr>", "Remboursement acompte", at("2025-09-28 18:00", FR),
    brand=OWB, body="Bonsoir,\n\nNous avons payé l'acompte du « Comptoir du Périgord Vert Site » le 26 septembre "
    "(OWD-2025-3526). La mairie nous retire l'autorisation pour la boutique de produits fermiers, nous arrêtons. Merci "
    "de rembourser l'acompte.\n\nCordialement,\nSophie Mazeau, Nontron")],
    "decided", [R("escalate")],
    spec="s.8: OWD-2025-3526 has status 'failed' (not paid) -> a refund of it is escalated.")

P += [proj("Cave du Layon Site", "accueil@cave-du-layon.fr", "2025-03-03T10:00:00"),
      proj("Cave du Layon Boutique", "accueil@cave-du-layon.fr", "2025-05-05T10:00:00")]
PAY += [
    owpay("fr34_o27", "OWD-2025-3527", "Cave du Layon Site", "retainer", "7000.00", "1260.00", "2025-09-19T09:00:00",
          period_start="2025-09-19", period_end="2025-10-18", next_billing_at="2025-10-19T09:00:00"),
    owpay("fr34_o28", "OWD-2025-3528", "Cave du Layon Boutique", "retainer", "6000.00", "1080.00", "2025-09-21T09:00:00",
          period_start="2025-09-21", period_end="2025-10-20", next_billing_at="2025-10-21T09:00:00"),
]
r.case("owd-layon-deux-projets-lequel", OWB, [Mail(
    "Cave du Layon - Accueil <accueil@cave-du-layon.fr>", "Résiliation contrat", at("2025-09-24 11:30", FR), brand=OWB,
    body="Bonjour,\n\nNous souhaitons résilier notre contrat de suivi mensuel avec vous. Motif : notre nouvelle "
    "caviste s'occupe désormais d'Instagram et des mises à jour.\n\nCordialement,\nFlorence Chupin\n"
    "Cave du Layon, Rochefort-sur-Loire")],
    "need_info", missing=["project_name", "invoice_number"],
    spec="C3: the contract email holds two retainer projects (Cave du Layon Site, Cave du Layon Boutique); neither project nor invoice is named -> ask for project_name and invoice_number; reason given.")

r.write(ledger)
