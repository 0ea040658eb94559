"""fresh33_es: held-out Spanish cases for mailbot (Ceuta, Melilla, the Spanish communities in London
and Switzerland, Venezuelan and Colombian migrants in Lima, Santiago and Madrid, Cuban-Americans in New
Jersey, Spanish written by Italian and Arabic speakers).

Stdlib only, deterministic.  Running it writes ledger.json, emails/*.eml and expected.json
beside this file.  MIT, like the project; all text written for this project.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANG = "es"
LO = "LeadsOptima Soporte <support@leadsoptima.com>"
OWD = "Optima WebDesign <optimawebdesigns12@gmail.com>"
LOB, OWB = "leadsoptima", "optima_webdesign"


def tz(h, m=0):
    return timezone(timedelta(hours=h, minutes=m))


CEU, LON, CH, LIM, SCL, MAD, NJ, ITA, TNG = tz(2), tz(1), tz(2), tz(-5), tz(-3), tz(2), tz(-4), tz(2), tz(1)

LEDGER = {"customers": [], "projects": [], "payments": []}
(HERE / "emails").mkdir(exist_ok=True)
for _old in (HERE / "emails").glob("*.eml"):
    _old.unlink()
CASES = []


def cust(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    LEDGER["customers"].append({"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
                                "trial_ends": trial_ends, "current_period_start": start,
                                "current_period_end": end})


def lopay(pid, inv, email, plan, amount, paid_at, ps, pe, status="paid"):
    tax = {"1499.00": "269.82", "3999.00": "719.82", "11988.00": "2157.84"}[amount]
    LEDGER["payments"].append({"brand": LOB, "id": pid, "invoice": inv, "customer_email": email,
                               "kind": "subscription", "plan": plan, "amount": amount, "tax": tax,
                               "currency": "INR", "paid_at": paid_at, "period_start": ps,
                               "period_end": pe, "status": status})


def proj(name, contract, started=None):
    LEDGER["projects"].append({"brand": OWB, "name": name, "contract_email": contract,
                               "work_started_at": started})


def owpay(pid, inv, project, kind, amount, tax, paid_at, **kw):
    base = {"brand": OWB, "id": pid, "invoice": inv, "project": project, "kind": kind,
            "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": "paid",
            "setup_fee": None, "service_start": None, "next_billing_at": None,
            "period_start": None, "period_end": None, "milestone_status": None}
    base.update(kw)
    LEDGER["payments"].append(base)


def M(frm, to, subject, when, body, html=False, headers=None, reply_to=None):
    """One email of a thread (dict, turned into bytes by case())."""
    return {"from": frm, "to": to, "subject": subject, "when": when, "body": body, "html": html,
            "headers": headers or {}, "reply_to": reply_to}


def case(cid, brand, status, msgs, decisions=(), rules=(), missing=None, extra_ok=False,
         ambiguous=None, spec=""):
    files = []
    prev_ids = []
    for i, m in enumerate(msgs, 1):
        msg = EmailMessage(policy=SMTP)
        msg["From"] = m["from"]
        msg["To"] = m["to"]
        msg["Subject"] = m["subject"]
        msg["Date"] = format_datetime(m["when"])
        mid = f"<{cid}.{i}.{int(m['when'].timestamp())}@mail.fresh33-{LANG}.example>"
        msg["Message-ID"] = mid
        if m["reply_to"]:
            msg["Reply-To"] = m["reply_to"]
        if m["headers"].get("_irt"):
            # an answer to our own (not included) request for details
            ref = m["headers"]["_irt"]
            msg["In-Reply-To"] = ref
            msg["References"] = " ".join(prev_ids + [ref])
        elif prev_ids:
            msg["In-Reply-To"] = prev_ids[-1]
            msg["References"] = " ".join(prev_ids)
        for k, v in m["headers"].items():
            if not k.startswith("_"):
                msg[k] = v
        msg["MIME-Version"] = "1.0"
        if m["html"]:
            msg.set_content(m["body"], subtype="html")
        else:
            msg.set_content(m["body"])
        prev_ids.append(mid)
        if m["headers"].get("_irt"):
            prev_ids.insert(-1, m["headers"]["_irt"])
        name = f"emails/{cid.split('-')[1]}-{i}.eml"
        (HERE / name).write_bytes(msg.as_bytes(policy=SMTP))
        files.append(name)
    exp = {"id": cid, "lang": LANG, "files": files, "brand": brand, "status": status,
           "rules": list(rules), "decisions": [dict(d) for d in decisions], "spec": spec}
    if missing is not None:
        exp["missing"] = list(missing)
    if extra_ok:
        exp["extra_ok"] = True
    if ambiguous:
        exp["ambiguous"] = ambiguous
    CASES.append(exp)


def R(outcome, amount=None):
    return {"intent": "refund", "outcome": outcome, "amount": amount}


def X(outcome="cancel", eff=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if eff:
        d["effective_date"] = eff
    return d


def d(y, mo, dd, h, mi, zone):
    return datetime(y, mo, dd, h, mi, tzinfo=zone)


SUP = "soporte LeadsOptima <support@leadsoptima.com>"
OWDTO = "Optima WebDesign <optimawebdesigns12@gmail.com>"

# ---------------------------------------------------------------------------------------------
# ---------------------------------------------------------------------------------------------
# LeadsOptima (ledger charges at 15:00-23:00 IST, so every quoted date is the same in the sender's zone)
# ---------------------------------------------------------------------------------------------

cust("bazar.almanzora@gmail.com", "Mohamed Laarbi", "monthly", start="2025-09-22", end="2025-10-21")
lopay("es33_p01", "LO-INV-3301", "bazar.almanzora@gmail.com", "monthly", "1499.00", "2025-09-22T18:40:00",
      "2025-09-22", "2025-10-21")
lopay("es33_p02", "LO-INV-3302", "bazar.almanzora@gmail.com", "monthly", "1499.00", "2025-09-22T18:41:05",
      "2025-09-22", "2025-10-21")
case("es-l01-ceuta-bazar-cobro-doble", LOB, "decided", [M(
    "Bazar Almanzora <bazar.almanzora@gmail.com>", SUP, "2 cobros iguales!!", d(2025, 9, 24, 11, 15, CEU),
    "Salam aleikum, buenos dias\n\nSoy Mohamed del Bazar Almanzora, en el Principe (Ceuta). El lunes 22 "
    "el banco me quito el plan mensual dos veces, 1.499 rupias y otra vez 1.499 un minuto despues, wallah "
    "que lo he mirado tres veces. La segunda factura es la LO-INV-3302, devolverme esa por favor, la otra "
    "se queda que yo sigo con vosotros.\n\nGracias hermano\nMohamed\n")],
    [R("approve", "1499.00")],
    spec="L2 duplicate_payment + L4: two paid monthly charges 2025-09-22 same period; request 2025-09-24 "
         "14:45 IST, day 2 (L3); refund the later charge LO-INV-3302 = 1499.00 before tax.")

cust("reservas@hostalrostrogordo.es", "Hostal Rostrogordo", "quarterly", start="2025-09-15", end="2025-12-14")
lopay("es33_p03", "LO-INV-3303", "reservas@hostalrostrogordo.es", "quarterly", "3999.00", "2025-09-15T21:10:00",
      "2025-09-15", "2025-12-14")
lopay("es33_p04", "LO-INV-3304", "reservas@hostalrostrogordo.es", "quarterly", "3999.00", "2025-09-15T21:12:00",
      "2025-09-15", "2025-12-14")
case("es-l02-melilla-dia-8-en-india", LOB, "decided", [M(
    "Hostal Rostrogordo - Reservas <reservas@hostalrostrogordo.es>", SUP, "Cargo duplicado trimestre",
    d(2025, 9, 22, 22, 30, CEU),
    "Buenas noches:\n\nHace justo siete días, el lunes 15, nos pasaron dos veces la cuota trimestral "
    "(LO-INV-3303 y LO-INV-3304, 3.999,00 cada una). Entiendo que estoy dentro del plazo de 7 días, así que "
    "les ruego que anulen el segundo cargo, el 3304.\n\nUn saludo desde Melilla,\nSoraya Benaisa\n"
    "Hostal Rostrogordo · Melilla\n")],
    [R("deny")],
    spec="L3: charge 2025-09-15 IST; mail 2025-09-22 22:30 +02:00 = 2025-09-23 02:00 IST, day 8 in the "
         "brand's zone (section 1): deny, although it is day 7 in Melilla.")

cust("lucia.ferreiro.ldn@outlook.com", "Lucía Ferreiro", "annual", start="2025-09-18", end="2026-09-17")
lopay("es33_p05", "LO-INV-3305", "lucia.ferreiro.ldn@outlook.com", "annual", "11988.00", "2025-09-18T16:00:00",
      "2025-09-18", "2026-09-17")
lopay("es33_p06", "LO-INV-3306", "lucia.ferreiro.ldn@outlook.com", "annual", "11988.00", "2025-09-18T16:03:00",
      "2025-09-18", "2026-09-17")
case("es-l03-londres-dia-7-justo", LOB, "decided", [M(
    "Lucia Ferreiro <lucia.ferreiro.ldn@outlook.com>", SUP, "Double charge annual plan / cobro doble",
    d(2025, 9, 25, 18, 0, LON),
    "Hola buenas tardes,\n\nOs escribo desde Londres (perdón por el spanglish, llevo 9 años aquí). El "
    "jueves 18 me hicieron el cargo del plan anual dos veces en la tarjeta del banco, 11,988.00 INR x2. "
    "Me han cobrado dos veces lo mismo, el segundo es el LO-INV-3306. Can you please refund that one? "
    "Sigo con el plan, solo quiero que me devolváis el duplicado.\n\nCheers,\nLucía\n"
    "Lucía Ferreiro | Bookkeeping & Payroll | Lewisham, London\n")],
    [R("approve", "11988.00")],
    spec="L4: annual charged twice 2025-09-18 same period; mail 2025-09-25 18:00 +01:00 = 22:30 IST, day 7 "
         "(inside L3); refund the duplicate LO-INV-3306 = 11988.00.")

cust("admin@traducciones-lemanic.ch", "Traducciones Lémanic", "quarterly", start="2025-09-26", end="2025-12-25")
for pid, inv, t in (("es33_p07", "LO-INV-3307", "17:20:00"), ("es33_p08", "LO-INV-3308", "17:20:50"),
                    ("es33_p09", "LO-INV-3309", "17:22:10")):
    lopay(pid, inv, "admin@traducciones-lemanic.ch", "quarterly", "3999.00", f"2025-09-26T{t}",
          "2025-09-26", "2025-12-25")
case("es-l04-ginebra-tres-cargos", LOB, "decided", [M(
    "Traducciones Lémanic - Administración <admin@traducciones-lemanic.ch>", SUP,
    "Triple cargo / triple débit - plan trimestral", d(2025, 9, 29, 9, 5, CH),
    "Muy señores míos:\n\nAl conciliar la cuenta de la agencia (Ginebra) constatamos que el viernes 26.09.2025 "
    "se nos cargó tres veces la cuota trimestral: LO-INV-3307, LO-INV-3308 y LO-INV-3309, por 3'999.00 INR "
    "cada una. Solo tenemos un plan. Les rogamos el reembolso de los dos cobros repetidos.\n\n"
    "Atentamente / Meilleures salutations\nInés Aebischer-Llorente\nResponsable administrativa\n"
    "Traducciones Lémanic Sàrl – Rue de Carouge, Genève\n\n"
    "Ce message est confidentiel. Este mensaje es confidencial y está destinado únicamente a su destinatario.\n")],
    [R("approve", "7998.00")],
    spec="Section 8 three identical charges: 3 paid quarterly charges 2025-09-26 same period, request "
         "2025-09-29 12:35 IST (day 3): 2 x 3999.00 = 7998.00.")

cust("yorman.pdz@gmail.com", "Yorman Pérez", "monthly", start="2025-09-25", end="2025-10-24")
lopay("es33_p10", "LO-INV-3310", "yorman.pdz@gmail.com", "monthly", "1499.00", "2025-09-25T20:30:00",
      "2025-09-25", "2025-10-24")
case("es-l05-lima-venezolano-doble-sin-par", LOB, "decided", [M(
    "Yorman Perez <yorman.pdz@gmail.com>", SUP, "me cobraron 2 veces chamo", d(2025, 9, 26, 9, 50, LIM),
    "Buenos dias pana, disculpa la molestia. Estoy aqui en Lima (SJL) con mi emprendimiento de delivery "
    "y ayer en el estado de cuenta del banco me salen DOS cobros de LeadsOptima por el plan mensual, "
    "me cobraron dos veces la vaina. Me puedes devolver uno porfa? no tengo la factura a la mano, "
    "estoy en la calle.\n\nYorman\nEnviado desde mi celular\n")],
    [R("escalate")],
    spec="L4: duplicate_payment inside window (2025-09-25 -> 2025-09-26 IST, day 1) but the ledger holds one "
         "paid charge (LO-INV-3310, the account's only payment, so the invoice is known): no pair, escalate.")

cust("andres.quintero.scl@gmail.com", "Andrés Quintero", "quarterly", start="2025-09-23", end="2026-09-22")
lopay("es33_p11", "LO-INV-3311", "andres.quintero.scl@gmail.com", "annual", "11988.00", "2025-09-23T19:00:00",
      "2025-09-23", "2026-09-22")
case("es-l06-santiago-colombiano-plan-equivocado", LOB, "decided", [M(
    "Andrés Quintero <andres.quintero.scl@gmail.com>", SUP, "Me cobraron el plan anual y yo tengo el trimestral",
    d(2025, 9, 25, 10, 30, SCL),
    "Buenos días, ¿cómo les va?\n\nLes cuento: yo soy colombiano y vivo acá en Santiago (Ñuñoa) hace dos "
    "años, trabajo con LeadsOptima para mi empresa de mudanzas. Tengo el plan trimestral, pero el martes me "
    "llegó un cobro del plan anual, $11.988 (factura LO-INV-3311). Yo nunca pedí cambiar de plan, me "
    "cobraron el plan equivocado, parce, es un error de facturación po. Les agradezco que me devuelvan "
    "ese cobro y me dejen en el trimestral.\n\nQuedo atento,\nAndrés Quintero\nMudanzas Q&Q SpA\n")],
    [R("escalate")],
    spec="L2 billing_error (charged for the wrong plan) inside window (2025-09-23 -> 2025-09-25 IST, day 2): "
         "L5 escalate with LO-INV-3311.")

cust("dayana.urdaneta@yahoo.es", "Dayana Urdaneta", "monthly", start="2025-09-27", end="2025-10-26")
lopay("es33_p12", "LO-INV-3312", "dayana.urdaneta@yahoo.es", "monthly", "1499.00", "2025-09-27T15:45:00",
      "2025-09-27", "2025-10-26")
case("es-l07-madrid-maracucha-sin-acceso", LOB, "decided", [M(
    "Dayana Urdaneta <dayana.urdaneta@yahoo.es>", SUP, "no puedo entrar desde que pagué",
    d(2025, 9, 30, 17, 20, MAD),
    "Buenas tardes mi amor, disculpa que te escriba así pero estoy desesperada. Soy maracucha, vivo en "
    "Usera y uso LeadsOptima para la peluquería. Desde que pagué la mensualidad el sábado no puedo entrar "
    "a la plataforma, me sale la pantalla en blanco y el chat me dice que lo están mirando pero nada, "
    "llevo tres días así, vale. Quiero que me devuelvan lo del mes (LO-INV-3312).\n\nDayana\n"
    "Peluquería Dayana Style - Madrid\n")],
    [R("escalate")],
    spec="L2 access_failure ('no puedo entrar a la plataforma') inside window (2025-09-27 -> 2025-09-30 "
         "IST, day 3): L6 escalate.")

cust("yoel.batista.uc@gmail.com", "Yoel Batista", "monthly", status="cancelled", start="2025-08-20",
     end="2025-09-19")
lopay("es33_p13", "LO-INV-3313", "yoel.batista.uc@gmail.com", "monthly", "1499.00", "2025-09-20T22:00:00",
      "2025-09-20", "2025-10-19")
case("es-l08-union-city-cubano-cobro-tras-cancelar", LOB, "decided", [M(
    "Yoel Batista <yoel.batista.uc@gmail.com>", SUP, "me siguen cobrando despues de cancelar",
    d(2025, 9, 23, 20, 40, NJ),
    "Buenas noches. Mira asere yo cancele la suscripcion en agosto, tengo hasta el screenshot, y el "
    "sabado 20 me volvieron a cobrar el mensual, 1,499 rupias, factura LO-INV-3313. Me cobraron despues "
    "de cancelar, eso no puede ser. Quiero mi dinero pa atras en la misma tarjeta.\n\n"
    "Yoel Batista\nBatista Auto Glass - Union City, NJ\n")],
    [R("escalate")],
    spec="L2 billing_error (charged after cancelling) inside window: charge 2025-09-20 IST, mail "
         "2025-09-23 20:40 -04:00 = 2025-09-24 06:10 IST, day 4: L5 escalate.")

cust("giulia.rinaldi@studiorinaldi.it", "Giulia Rinaldi", "monthly", start="2025-09-24", end="2025-10-23")
lopay("es33_p14", "LO-INV-3314", "giulia.rinaldi@studiorinaldi.it", "monthly", "1499.00", "2025-09-24T16:10:00",
      "2025-09-24", "2025-10-23")
case("es-l09-italiana-cambio-de-idea", LOB, "decided", [M(
    "Giulia Rinaldi <giulia.rinaldi@studiorinaldi.it>", SUP, "Richiesta rimborso / pedido de reembolso",
    d(2025, 9, 26, 15, 30, ITA),
    "Buenas tardes,\n\nescribo en español porque mi socia en Valencia me ha dicho que ustedes lo leen. He "
    "pagado el plan mensual el miércoles pero, después de pensarlo bien, hemos decidido de no usar la "
    "plataforma: el nuestro estudio es pequeño y es demasiado caro para nosotros. Vorrei, quiero decir, "
    "quisiera el reembolso del pago de este mes.\n\nGrazie mille y saludos\nGiulia Rinaldi\n"
    "Studio Rinaldi – Grafica e Comunicazione, Bologna\n")],
    [R("deny")],
    spec="L1: changed mind / too expensive is no exception reason: deny, cancellation offered. The "
         "account's only payment (LO-INV-3314) is the charge; plan filled from the ledger.")

cust("karim.elidrissi@gmail.com", "Karim El Idrissi", "quarterly", start="2025-08-28", end="2025-11-27")
lopay("es33_p15", "LO-INV-3315", "karim.elidrissi@gmail.com", "quarterly", "3999.00", "2025-08-28T17:30:00",
      "2025-08-28", "2025-11-27")
case("es-l10-tanger-arabe-caro-y-baja", LOB, "decided", [M(
    "Karim El Idrissi <karim.elidrissi@gmail.com>", SUP, "baja del servicio y devolucion",
    d(2025, 9, 29, 15, 10, TNG),
    "Buenas tardes señores\n\nYo soy Karim, tengo un pequeño negocio de importacion entre Tanger y "
    "Algeciras. Perdon mi español no es perfecto, mi lengua es el arabe. Quiero dar de baja mi plan "
    "trimestral porque no tengo clientes bastante para pagar esto, es muy caro para mi negocio. Tambien "
    "quiero que ustedes devuelven el dinero de los dias que no voy a usar.\n\nShukran, gracias\n"
    "Karim El Idrissi\n")],
    [R("deny"), X("cancel", "2025-11-27")],
    spec="Refund of unused days: L1 deny (and outside L3 anyway: 2025-08-28 -> 2025-09-29); cancellation: "
         "L8 cancel, active until current_period_end 2025-11-27.")

cust("maryori.salas@gmail.com", "Maryori Salas", "monthly", start="2025-09-12", end="2025-10-11")
lopay("es33_p16", "LO-INV-3316", "maryori.salas@gmail.com", "monthly", "1499.00", "2025-09-12T18:00:00",
      "2025-09-12", "2025-10-11")
case("es-l11-santiago-venezolana-acceso-fuera-plazo", LOB, "decided", [M(
    "Maryori Salas <maryori.salas@gmail.com>", SUP, "Reembolso por falla de acceso",
    d(2025, 9, 22, 16, 0, SCL),
    "Buenas tardes.\n\nLes escribo porque desde hace días no puedo iniciar sesión en LeadsOptima; pagué la "
    "mensualidad el viernes 12 (LO-INV-3316) y no la he podido usar casi nada. Les pido el reembolso. "
    "Acá en Santiago la gente me dice que reclame y ya.\n\nSaludos,\nMaryori Salas\nProvidencia, Santiago\n")],
    [R("deny")],
    spec="L3: access_failure but the charge is 2025-09-12 IST and the mail 2025-09-22 16:00 -03:00 = "
         "2025-09-23 00:30 IST, day 11: outside the 7-day window, deny.")

cust("nadia.ferrari.lugano@bluewin.ch", "Nadia Ferrari", "monthly", status="trial", trial_ends="2025-10-08")
case("es-l12-lugano-prueba-gratis", LOB, "decided", [M(
    "Nadia Ferrari <nadia.ferrari.lugano@bluewin.ch>", SUP, "Reembolso prueba",
    d(2025, 9, 28, 10, 40, CH),
    "Buenos días,\n\nsoy Nadia, escribo desde Lugano (mi madre es de Zamora, por eso el español). Me he "
    "dado de alta en la prueba gratuita la semana pasada y no me convence: devuélvanme lo que me hayan "
    "cobrado, por favor, no quiero seguir.\n\nCordiali saluti,\nNadia\n")],
    [R("deny")],
    spec="L7: the account is on a free trial with no charges: deny (nothing to refund, no billing unless "
         "they subscribe).")

cust("jhon.cardenas@ferreteriaelparce.pe", "Jhon Cárdenas", "monthly", start="2025-09-16", end="2025-10-15")
lopay("es33_p17", "LO-INV-3317", "jhon.cardenas@ferreteriaelparce.pe", "monthly", "1499.00",
      "2025-09-16T19:20:00", "2025-09-16", "2025-10-15")
case("es-l13-lima-html-baja", LOB, "decided", [M(
    "Jhon Cárdenas <jhon.cardenas@ferreteriaelparce.pe>", SUP, "Solicitud de baja", d(2025, 9, 30, 8, 5, LIM),
    "<html><body><div style=\"font-family:Calibri\"><p>Buenos días,</p><p>Por medio del presente solicito "
    "<b>dar de baja</b> la suscripción mensual de LeadsOptima de la Ferretería El Parce (Los Olivos, Lima). "
    "Cerramos la tienda online a fin de mes.</p><p>Atte.,<br>Jhon Cárdenas<br>Administrador</p>"
    "<p style=\"color:#888;font-size:9px\">AVISO: Este correo y sus anexos son confidenciales.</p>"
    "</div></body></html>", html=True)],
    [X("cancel", "2025-10-15")],
    spec="HTML-only Outlook mail; L8 cancel, active until current_period_end 2025-10-15.")

cust("oficina@parroquiasanjudas-vk.es", "Parroquia San Judas Tadeo", "quarterly")
lopay("es33_p18", "LO-INV-3318", "oficina@parroquiasanjudas-vk.es", "quarterly", "3999.00", "2025-08-14T16:30:00",
      "2025-08-14", None)
case("es-l14-parroquia-madrid-baja-sin-periodo", LOB, "decided", [M(
    "Despacho Parroquial San Judas <oficina@parroquiasanjudas-vk.es>", SUP, "Baja de la suscripción",
    d(2025, 9, 29, 11, 0, MAD),
    "Buenos días, les saluda el despacho parroquial de San Judas Tadeo (Vallecas).\n\nEl consejo "
    "económico ha decidido no renovar la suscripción trimestral; el boletín lo volvemos a hacer en papel. "
    "Por favor, tramiten la baja.\n\nQue Dios les bendiga,\nHna. Marlene Ocampo\n"
    "Horario de despacho: martes y jueves de 18 a 20 h\n")],
    [X("cancel", "2025-11-13")],
    spec="L8 fallback: no current_period_end in the ledger; last charge 2025-08-14 + 3 months - 1 day = "
         "2025-11-13.")

cust("ops@mudanzascordillera.cl", "Mudanzas Cordillera", "quarterly")
lopay("es33_p19", "LO-INV-3319", "ops@mudanzascordillera.cl", "quarterly", "3999.00", "2025-08-31T21:00:00+00:00",
      "2025-09-01", None)
case("es-l15-santiago-baja-cargo-con-offset", LOB, "decided", [M(
    "Operaciones Mudanzas Cordillera <ops@mudanzascordillera.cl>", SUP, "Término de contrato",
    d(2025, 9, 30, 9, 15, SCL),
    "Estimados, buenos días:\n\nJunto con saludar, informo que ponemos término a la suscripción trimestral "
    "de LeadsOptima; la casa matriz en Bogotá nos pidió unificar herramientas. Favor confirmar hasta qué "
    "fecha queda activa la cuenta.\n\nSaludos cordiales,\nWilmer Arango\nJefe de Operaciones\n")],
    [X("cancel", "2025-11-30")],
    spec="L8 fallback with an offset (section 8): paid_at 2025-08-31T21:00Z = 2025-09-01 02:30 IST; local "
         "date 2025-09-01 + 3 months - 1 day = 2025-11-30 (not 2025-11-29).")

cust("ana.vilches@gmx.ch", "Ana Vilches", "annual", start="2025-09-24", end="2026-09-23")
lopay("es33_p20", "LO-INV-3320", "ana.vilches@gmx.ch", "annual", "11988.00", "2025-09-24T15:30:00",
      "2025-09-24", "2026-09-23")
lopay("es33_p21", "LO-INV-3321", "ana.vilches@gmx.ch", "annual", "11988.00", "2025-09-24T15:31:00",
      "2025-09-24", "2026-09-23")
case("es-l16-zurich-otro-correo", LOB, "need_info", [M(
    "Ana V. <anavilches.zh@gmail.com>", SUP, "Cobro duplicado plan anual", d(2025, 9, 26, 19, 30, CH),
    "Buenas tardes:\n\nOs escribo desde el Gmail porque el GMX me da problemas en el móvil. Mi cuenta "
    "registrada es ana.vilches@gmx.ch, plan anual. El 24 me cobraron dos veces, el segundo cargo es el "
    "LO-INV-3321. Os pido que me devolváis ese.\n\nAna Vilches\nCentro Español de Zúrich (voluntaria)\n")],
    rules=["C2"],
    spec="C2: the sender anavilches.zh@gmail.com is not the registered email she names: need_info, ask her "
         "to write from ana.vilches@gmx.ch; nothing about the account.")

cust("padre.ernesto@parroquiasantamaria-lima.pe", "P. Ernesto Villanueva", "monthly", start="2025-09-20",
     end="2025-10-19")
lopay("es33_p22", "LO-INV-3322", "padre.ernesto@parroquiasantamaria-lima.pe", "monthly", "1499.00",
      "2025-09-20T17:00:00", "2025-09-20", "2025-10-19")
lopay("es33_p23", "LO-INV-3323", "padre.ernesto@parroquiasantamaria-lima.pe", "monthly", "1499.00",
      "2025-09-20T17:01:00", "2025-09-20", "2025-10-19")
case("es-l17-lima-parroquia-rv-secretaria", LOB, "need_info", [M(
    "Secretaría Parroquial <secretaria@parroquiasantamaria-lima.pe>", SUP, "RV: cobro repetido LeadsOptima",
    d(2025, 9, 23, 9, 30, LIM),
    "Buenos días, les reenvío el correo del padre Ernesto.\nAtentamente,\nRosa Huamán\nSecretaría\n\n"
    "________________________________\n"
    "De: P. Ernesto Villanueva <padre.ernesto@parroquiasantamaria-lima.pe>\n"
    "Enviado: lunes, 22 de septiembre de 2025 19:12\n"
    "Para: Secretaría Parroquial <secretaria@parroquiasantamaria-lima.pe>\n"
    "Asunto: cobro repetido LeadsOptima\n\n"
    "Rosita, escríbeles por favor: el sábado nos cobraron dos veces el plan mensual, el repetido es la "
    "factura LO-INV-3323. Que lo devuelvan. La cuenta está a mi nombre, "
    "padre.ernesto@parroquiasantamaria-lima.pe.\nDios te bendiga\n")],
    rules=["C2"],
    spec="Section 8 forwards: Outlook 'RV:' block names the registered email padre.ernesto@..., the sender "
         "is secretaria@: C2 need_info.")

cust("stefano.conti.mad@gmail.com", "Stefano Conti", "monthly", start="2025-09-25", end="2025-10-24")
lopay("es33_p24", "LO-INV-3324", "stefano.conti.mad@gmail.com", "monthly", "1499.00", "2025-09-25T18:00:00",
      "2025-09-25", "2025-10-24")
case("es-l18-madrid-italiano-mas-alias", LOB, "need_info", [M(
    "Stefano Conti <stefano.conti.mad+leads@gmail.com>", SUP, "no riesco a entrar / no puedo entrar",
    d(2025, 9, 27, 13, 0, MAD),
    "Buenas tardes, desde el jueves no puedo entrar en la plataforma, la pagina non carica, no carga "
    "nunca. He pagado el mensual ese mismo día. Quiero el reembolso, grazie.\nStefano\n"
    "Trattoria Da Stefano – Lavapiés\n")],
    rules=["C2"],
    spec="Section 8 addresses: stefano.conti.mad+leads@ is another address than the registered "
         "stefano.conti.mad@: C2 need_info.")

cust("contabilidad@veterinariasanroque.es", "Clínica Veterinaria San Roque", "annual", start="2025-09-25",
     end="2026-09-24")
lopay("es33_p25", "LO-INV-3325", "contabilidad@veterinariasanroque.es", "annual", "11988.00",
      "2025-09-25T20:00:00", "2025-09-25", "2026-09-24")
case("es-l19-ceuta-veterinaria-reply-to", LOB, "need_info", [M(
    "Recepción Veterinaria San Roque <recepcion@veterinariasanroque.es>", SUP, "Devolución por cargo erróneo",
    d(2025, 9, 28, 10, 20, CEU),
    "Buenos días:\n\nLes escribo desde recepción de la Clínica Veterinaria San Roque (Ceuta). Nos han "
    "cobrado el importe equivocado en la renovación anual (LO-INV-3325), no cuadra con lo que contratamos. "
    "Respondan por favor a contabilidad, que es el correo de la cuenta.\n\nUn saludo,\nYasmina\n"
    "Urgencias 24 h: 956 000 000\n", reply_to="contabilidad@veterinariasanroque.es")],
    rules=["C2"],
    spec="Section 8: the sender is From (recepcion@); Reply-To contabilidad@ (the registered email) never "
         "verifies anyone: C2 need_info.")

cust("wendy.mosquera@gmail.com", "Wendy Mosquera", "quarterly", start="2025-09-27", end="2025-12-26")
lopay("es33_p26", "LO-INV-3326", "wendy.mosquera@gmail.com", "quarterly", "3999.00", "2025-09-27T19:40:00",
      "2025-09-27", "2025-12-26")
case("es-l20-lima-colombiana-sin-motivo", LOB, "need_info", [M(
    "Wendy Mosquera <wendy.mosquera@gmail.com>", SUP, "Reembolso factura LO-INV-3326",
    d(2025, 9, 29, 14, 0, LIM),
    "Buenas tardes, ¿cómo están? Quisiera solicitar por favor el reembolso de la factura LO-INV-3326 del "
    "plan trimestral. Quedo pendiente, muchas gracias, que tengan un lindo día.\n\nWendy Mosquera\n"
    "Wedding planner · Bodas Wendy M. · Miraflores, Lima\n")],
    rules=[], missing=["reason"],
    spec="C3: refund from the registered email with invoice and plan, but no reason (restating the request "
         "is not one, section 8): need_info reason.")

cust("garage.rossi@hispeed.ch", "Garage Rossi", "monthly", start="2025-09-19", end="2025-10-18")
lopay("es33_p27", "LO-INV-3327", "garage.rossi@hispeed.ch", "monthly", "1499.00", "2025-07-19T16:00:00",
      "2025-07-19", "2025-08-18")
lopay("es33_p28", "LO-INV-3328", "garage.rossi@hispeed.ch", "monthly", "1499.00", "2025-08-19T16:00:00",
      "2025-08-19", "2025-09-18")
lopay("es33_p29", "LO-INV-3329", "garage.rossi@hispeed.ch", "monthly", "1499.00", "2025-09-19T16:00:00",
      "2025-09-19", "2025-10-18")
case("es-l21-taller-suiza-sin-factura", LOB, "need_info", [M(
    "Garage Rossi <garage.rossi@hispeed.ch>", SUP, "no funciona", d(2025, 9, 22, 7, 45, CH),
    "Buenos días\n\nsoy Manuel, el de Garage Rossi en Winterthur (el jefe es suizo, yo gallego). El panel de "
    "LeadsOptima no carga desde hace días, pantalla blanca, y los clientes no reciben los recordatorios de la "
    "ITV, bueno, de la MFK. Queremos la devolución del pago. La factura la tiene el jefe, yo no.\n\n"
    "Manuel Souto\nGarage Rossi AG – Werkstatt / Taller\n")],
    rules=[], missing=["invoice_number"],
    spec="C3: access_failure, but the account has three monthly payments and no invoice is named: need_info "
         "invoice_number (the charge must be identified).")

cust("hernan.ospina@gmail.com", "Hernán Ospina", "monthly", start="2025-09-26", end="2025-10-25")
lopay("es33_p30", "LO-INV-3330", "hernan.ospina@gmail.com", "monthly", "1499.00", "2025-09-26T15:10:00",
      "2025-09-26", "2025-10-25")
lopay("es33_p31", "LO-INV-3331", "hernan.ospina@gmail.com", "monthly", "1499.00", "2025-09-26T15:11:00",
      "2025-09-26", "2025-10-25")
case("es-l22-madrid-hilo-motivo", LOB, "decided", [
    M("Hernán Ospina <hernan.ospina@gmail.com>", SUP, "Reembolso LO-INV-3331", d(2025, 9, 27, 10, 0, MAD),
      "Buenos días, solicito el reembolso de la factura LO-INV-3331, plan mensual. Gracias.\nHernán\n"),
    M("Hernán Ospina <hernan.ospina@gmail.com>", SUP, "RE: Reembolso LO-INV-3331 [LO-3310]",
      d(2025, 9, 30, 21, 0, MAD),
      "Claro. El motivo es que me cobraron dos veces el mismo mes, el 26 de septiembre, y la 3331 es la "
      "repetida.\n\nHernán\n\n-----Mensaje original-----\nDe: LeadsOptima Support <support@leadsoptima.com>\n"
      "Enviado el: martes, 30 de septiembre de 2025 8:10\nPara: hernan.ospina@gmail.com\n"
      "Asunto: Re: Reembolso LO-INV-3331 [LO-3310]\n\n> Para continuar, indíquenos el motivo de su "
      "solicitud.\n", headers={"_irt": "<lo-3310.reply@leadsoptima.com>"})],
    [R("approve", "1499.00")],
    spec="C3 thread: the answer gives the reason (duplicate). Request time = first mail 2025-09-27 13:30 "
         "IST, day 1 from the 2025-09-26 charges (the answer comes on day 5, irrelevant): L4 approve 1499.00.")

cust("milagros.rengifo@outlook.com", "Milagros Rengifo", "monthly", start="2025-09-24", end="2025-10-23")
lopay("es33_p32", "LO-INV-3332", "milagros.rengifo@outlook.com", "monthly", "1499.00", "2025-08-24T21:00:00",
      "2025-08-24", "2025-09-23")
lopay("es33_p33", "LO-INV-3333", "milagros.rengifo@outlook.com", "monthly", "1499.00", "2025-09-24T21:00:00",
      "2025-09-24", "2025-10-23")
case("es-l23-santiago-hilo-factura-con-espacios", LOB, "decided", [
    M("Milagros Rengifo <milagros.rengifo@outlook.com>", SUP, "no puedo iniciar sesión",
      d(2025, 9, 26, 11, 0, SCL),
      "Hola, buenos días. No puedo iniciar sesión desde el último pago, me dice 'credenciales inválidas' "
      "aunque cambié la clave dos veces. Necesito que me devuelvan ese pago.\nMilagros (Estación Central)\n"),
    M("Milagros Rengifo <milagros.rengifo@outlook.com>", SUP, "Re: no puedo iniciar sesión [LO-3318]",
      d(2025, 9, 29, 18, 5, SCL),
      "hola, la factura es lo inv 3333. sigo sin poder entrar\n\nEnviado desde Outlook para Android\n\n"
      "El lun, 29 sept 2025, LeadsOptima Support escribió:\n> ¿Nos indica el número de factura? [LO-3318]\n",
      headers={"_irt": "<lo-3318.reply@leadsoptima.com>"})],
    [R("escalate")],
    spec="C3 thread; 'lo inv 3333' is LO-INV-3333 (section 8). access_failure, charge 2025-09-24, request "
         "(first mail) 2025-09-26 19:30 IST, day 2: L6 escalate.")

cust("orlando.piedra@bellsouth.net", "Orlando Piedra", "annual", start="2025-09-22", end="2026-09-21")
lopay("es33_p34", "LO-INV-3334", "orlando.piedra@bellsouth.net", "annual", "11988.00", "2025-09-22T19:30:00",
      "2025-09-22", "2026-09-21")
case("es-l24-west-new-york-contracargo", LOB, "decided", [M(
    "Orlando Piedra <orlando.piedra@bellsouth.net>", SUP, "COBRO NO AUTORIZADO",
    d(2025, 9, 24, 21, 10, NJ),
    "Buenas noches. A mi me cobraron 11,988 rupias del plan anual (LO-INV-3334) y yo queria el mensual, "
    "eso es un cobro equivocado. Si manana no tengo respuesta llamo al banco y hago un chargeback, que mi "
    "sobrina trabaja en el banco de Bergenline y me dijo como se hace.\n\nOrlando Piedra\nWest New York, NJ\n")],
    [R("escalate")], rules=["C4"],
    spec="C4: chargeback threat: escalate (the billing_error would be L5 escalate anyway; C4 fires).")

cust("nabil.bouzian@telefonica.net", "Nabil Bouzian", "monthly", start="2025-09-10", end="2025-10-09")
lopay("es33_p35", "LO-INV-3335", "nabil.bouzian@telefonica.net", "monthly", "1499.00", "2025-09-10T17:00:00",
      "2025-09-10", "2025-10-09")
case("es-l25-melilla-baja-con-abogado", LOB, "decided", [M(
    "Nabil Bouzian <nabil.bouzian@telefonica.net>", SUP, "Baja inmediata", d(2025, 9, 29, 19, 0, CEU),
    "Buenas tardes:\n\nQuiero darme de baja del plan mensual ya. Llevo dos semanas con los envíos fallando "
    "y nadie me contesta. Ya he hablado con mi abogado y si me cobran un solo euro más, rupia o lo que sea, "
    "iremos a por ustedes.\n\nNabil Bouzian\nAutoescuela Bouzian – Melilla\n")],
    [X("escalate")], rules=["C4"],
    spec="C4 covers the whole case (section 8): a lawyer is mentioned as a threat, so the cancellation is "
         "escalate too.")

cust("liliana.echeverri@gmail.com", "Liliana Echeverri", "quarterly", start="2025-09-28", end="2025-12-27")
lopay("es33_p36", "LO-INV-3336", "liliana.echeverri@gmail.com", "quarterly", "3999.00", "2025-09-28T16:20:00",
      "2025-09-28", "2025-12-27")
lopay("es33_p37", "LO-INV-3337", "liliana.echeverri@gmail.com", "quarterly", "3999.00", "2025-09-28T16:20:40",
      "2025-09-28", "2025-12-27")
case("es-l26-lima-descarta-contracargo", LOB, "decided", [M(
    "Liliana Echeverri <liliana.echeverri@gmail.com>", SUP, "doble cobro trimestral",
    d(2025, 9, 29, 8, 40, LIM),
    "Buenos días. En mi estado de cuenta aparece dos veces el plan trimestral del domingo 28 (LO-INV-3336 "
    "y LO-INV-3337). Me cobraron doble. El banco me ofreció abrir un reclamo pero les dije que no, que "
    "prefiero resolverlo directamente con ustedes, así que no voy a hacer ningún contracargo. "
    "Devuélvanme el segundo, por favor.\n\nLiliana\n")],
    [R("approve", "3999.00")],
    spec="Duplicate inside window (2025-09-28 -> 2025-09-29 IST, day 1): L4 approve the later LO-INV-3337, "
         "3999.00. The customer rules the chargeback out: no threat, no C4.")

case("es-l27-respuesta-automatica-suiza", LOB, "ignore", [M(
    "Traducciones Lémanic - Administración <admin@traducciones-lemanic.ch>", SUP,
    "Respuesta automática: Re: Triple cargo [LO-3321]", d(2025, 9, 30, 8, 0, CH),
    "Gracias por su mensaje. Estaré ausente de la oficina hasta el 6 de octubre. Para asuntos urgentes, "
    "escriba a info@traducciones-lemanic.ch.\n\nMerci pour votre message, je suis absente jusqu'au 6 octobre.\n",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
             "_irt": "<lo-3321.reply@leadsoptima.com>"})],
    rules=["C7"], spec="C7: Auto-Submitted: auto-replied (bilingual out-of-office): ignore.")

case("es-l28-rebote-mailer-daemon", LOB, "ignore", [M(
    "Mail Delivery Subsystem <MAILER-DAEMON@mx.hostalrostrogordo.es>", SUP,
    "Notificación de estado de entrega (error)", d(2025, 9, 29, 6, 2, CEU),
    "No se ha podido entregar el mensaje a reservas2@hostalrostrogordo.es.\nEl buzón no existe.\n\n"
    "Motivo: 550 5.1.1 usuario desconocido\n")],
    rules=["C7"], spec="C7: MAILER-DAEMON sender (bounce): ignore.")

case("es-l29-boletin-lista", LOB, "ignore", [M(
    "Círculo de Empresarios Hispanohablantes de Ginebra <boletin@circuloempresarios-ge.example>", SUP,
    "Boletín de octubre: ayudas a la digitalización", d(2025, 9, 30, 7, 0, CH),
    "Estimado socio:\n\nEn este boletín: ayudas a la digitalización, nuevas cuotas y la cena anual. Si desea "
    "cancelar la suscripción a este boletín, pulse aquí.\n",
    headers={"List-Id": "<boletin.circuloempresarios-ge.example>", "Precedence": "bulk",
             "List-Unsubscribe": "<mailto:baja@circuloempresarios-ge.example>"})],
    rules=["C7"], spec="C7: List-Id and Precedence: bulk (a newsletter; its 'cancelar la suscripción' is not "
                       "a request): ignore.")

cust("arepas.lacatira@gmail.com", "Arepera La Catira", "monthly", start="2025-09-14", end="2025-10-13")
lopay("es33_p38", "LO-INV-3338", "arepas.lacatira@gmail.com", "monthly", "1499.00", "2025-09-14T20:00:00",
      "2025-09-14", "2025-10-13")
case("es-l30-madrid-arepera-pregunta", LOB, "other", [M(
    "Arepera La Catira <arepas.lacatira@gmail.com>", SUP, "duda con los formularios",
    d(2025, 9, 28, 18, 30, MAD),
    "Buenas tardes!! Somos la Arepera La Catira de Tetuán (Madrid). Una pregunta: ¿se puede conectar el "
    "formulario de LeadsOptima con nuestro chat de pedidos para que los pedidos de catering nos lleguen "
    "directo? Y otra: ¿la factura puede salir a nombre de la SL en vez de a mi nombre?\n\nMil gracias, "
    "ustedes son lo máximo\nGénesis\n")],
    spec="Questions only (integration, invoice name): neither refund nor cancellation: other.")

cust("pietro.galli.lima@gmail.com", "Pietro Galli", "monthly", start="2025-09-21", end="2025-10-20")
lopay("es33_p39", "LO-INV-3339", "pietro.galli.lima@gmail.com", "monthly", "1499.00", "2025-09-21T18:30:00",
      "2025-09-21", "2025-10-20")
case("es-l31-lima-italiano-no-quiero-reembolso", LOB, "other", [M(
    "Pietro Galli <pietro.galli.lima@gmail.com>", SUP, "caída de ayer", d(2025, 9, 24, 12, 45, LIM),
    "Buenas tardes,\n\nayer la plataforma no cargaba por unas horas, pero hoy ya funciona bien. No quiero "
    "reembolso ni nada, solo avisarles para que lo tengan en cuenta; mis clientes del restaurante se "
    "quejaron de que no les llegaba la confirmación de la reserva.\n\nSaluti,\nPietro Galli\n"
    "Ristorante Galli – Barranco\n")],
    spec="Section 8 negation: 'No quiero reembolso'; a past, resolved outage reported as feedback: other.")

case("es-l32-ginebra-pregunta-antes-de-contratar", LOB, "other", [M(
    "Rocío Alcántara <rocio.alcantara@sunrise.ch>", SUP, "Pregunta antes de contratar el plan anual",
    d(2025, 9, 25, 12, 30, CH),
    "Buenas tardes,\n\nEstoy pensando en contratar el plan anual para mi agencia de bodas en Lausana. Si lo "
    "pago y a los dos meses veo que no me sirve, ¿me devolverían la parte que no use? ¿Y podría pasar al "
    "mensual?\n\nGracias de antemano,\nRocío Alcántara\nBodas Alcántara – Lausanne\n")],
    spec="Section 8 hypotheticals: a policy question before buying: other.")

cust("mariela.osorio@gmail.com", "Mariela Osorio", "monthly", start="2025-09-11", end="2025-10-10")
lopay("es33_p40", "LO-INV-3340", "mariela.osorio@gmail.com", "monthly", "1499.00", "2025-09-11T19:00:00",
      "2025-09-11", "2025-10-10")
case("es-l33-santiago-gracias-devolucion", LOB, "other", [M(
    "Mariela Osorio <mariela.osorio@gmail.com>", SUP, "Re: Reembolso aprobado [LO-3290]",
    d(2025, 9, 30, 15, 20, SCL),
    "Hola! Solo para contarles que ya me llegó la devolución a la tarjeta, muchas gracias por la rapidez. "
    "Seguimos trabajando con ustedes.\n\nUn abrazo,\nMariela\n\nEl vie, 19 sept 2025 a las 9:02, LeadsOptima "
    "Support <support@leadsoptima.com> escribió:\n> Su reembolso ha sido aprobado.\n",
    headers={"_irt": "<lo-3290.reply@leadsoptima.com>"})],
    spec="Thanks for a refund already received (past event): other.")

cust("salma.haddad@outlook.es", "Salma Haddad", "monthly", start="2025-09-25", end="2025-10-24")
lopay("es33_p41", "LO-INV-3341", "salma.haddad@outlook.es", "monthly", "1499.00", "2025-09-25T16:45:00",
      "2025-09-25", "2025-10-24")
lopay("es33_p42", "LO-INV-3342", "salma.haddad@outlook.es", "monthly", "1499.00", "2025-09-25T16:46:00",
      "2025-09-25", "2025-10-24")
case("es-l34-ceuta-doble-y-baja", LOB, "decided", [M(
    "Salma Haddad <salma.haddad@outlook.es>", SUP, "Cobro doble + darme de baja",
    d(2025, 9, 27, 13, 30, CEU),
    "Buenas tardes,\n\nDos cosas:\n1) El jueves me cobrasteis dos veces el plan mensual (LO-INV-3341 y "
    "LO-INV-3342). Pido la devolución del segundo.\n2) Además quiero darme de baja: cierro la academia de "
    "repaso a final de mes.\n\nGracias,\nSalma Haddad\nAcademia Haddad – Ceuta\n")],
    [R("approve", "1499.00"), X("cancel", "2025-10-24")],
    spec="Two intents: duplicate within window (2025-09-25 -> 2025-09-27, day 2), L4 approve LO-INV-3342 "
         "1499.00; L8 cancel, active until 2025-10-24.")

cust("freddy.carrasco@gmail.com", "Freddy Carrasco", "quarterly", start="2025-09-26", end="2025-12-25")
lopay("es33_p43", "LO-INV-3343", "freddy.carrasco@gmail.com", "quarterly", "3999.00", "2025-09-26T22:15:00",
      "2025-09-26", "2025-12-25")
case("es-l35-lima-rollo-largo-importe", LOB, "decided", [M(
    "Freddy Carrasco <freddy.carrasco@gmail.com>", SUP, "consulta", d(2025, 9, 28, 19, 10, LIM),
    "Buenas noches, espero que estén bien.\n\nLes cuento un poco mi historia: llegué de Valencia (la de "
    "Venezuela, no la de España) hace cuatro años, empecé vendiendo tequeños en la calle y hoy tengo un "
    "pequeño taller de carpintería en Surquillo. Un amigo me recomendó LeadsOptima y la verdad es que me "
    "ha ido bien con los formularios.\n\nPero el viernes me cobraron un monto equivocado: mi plan "
    "trimestral es de 3.999 y en el banco me aparece un cargo de 4.718,82. Les pido que revisen y me "
    "devuelvan lo que corresponda, factura LO-INV-3343.\n\nAprovecho para preguntar si tienen plantillas "
    "para presupuestos de muebles, y si hay descuento para emprendedores.\n\nMuchas gracias y "
    "bendiciones,\nFreddy Carrasco\nCarpintería El Turpial\n")],
    [R("escalate")],
    spec="Request in the middle of a long mail: billing_error (wrong amount) inside window (2025-09-26 -> "
         "2025-09-29 IST, day 3): L5 escalate. (4,718.82 is 3,999 + 18% tax: a person checks.)")

cust("darlin.mejia@gmail.com", "Darlin Mejía", "monthly", start="2025-09-15", end="2025-10-14")
lopay("es33_p44", "LO-INV-3344", "darlin.mejia@gmail.com", "monthly", "1499.00", "2025-09-15T16:00:00",
      "2025-09-15", "2025-10-14", status="failed")
case("es-l36-nj-pago-fallido", LOB, "decided", [M(
    "Darlin Mejia <darlin.mejia@gmail.com>", SUP, "devolucion", d(2025, 9, 17, 10, 0, NJ),
    "Buenos dias, el 15 me salio un cargo de LeadsOptima por el mensual (LO-INV-3344) pero ya no quiero "
    "el servicio, me cambie a otra app. Devuelvanme ese dinero por favor.\n\nDarlin\nElizabeth, NJ\n")],
    [R("escalate")],
    spec="Section 8: the payment LO-INV-3344 has status failed (not paid): a refund of it is escalate "
         "(not the L1 deny).")

cust("comunicacion@cooperativaandina.cl", "Cooperativa Andina", "monthly", start="2025-09-18", end="2025-10-17")
lopay("es33_p45", "LO-INV-3345", "comunicacion@cooperativaandina.cl", "monthly", "1499.00",
      "2025-09-18T15:20:00", "2025-09-18", "2025-10-17")
case("es-l37-cooperativa-apple-mail-reenvio", LOB, "decided", [M(
    "Comunicación Cooperativa Andina <comunicacion@cooperativaandina.cl>", SUP, "Fwd: Baja LeadsOptima",
    d(2025, 9, 30, 12, 40, SCL),
    "Les reenvío lo que acordó el consejo. Pueden hacer la baja de nuestra cuenta.\n\nKatherine Rojas\n\n"
    "Inicio del mensaje reenviado:\n\nDe: Gerencia Cooperativa Andina <gerencia@cooperativaandina.cl>\n"
    "Asunto: Baja LeadsOptima\nFecha: 29 de septiembre de 2025, 18:03:11 GMT-3\n"
    "Para: Comunicación Cooperativa Andina <comunicacion@cooperativaandina.cl>\n\n"
    "Katherine: el consejo aprobó dejar LeadsOptima; las campañas las lleva ahora la federación. Pide la "
    "baja del plan mensual desde nuestra cuenta de comunicación.\nGerencia\n")],
    [X("cancel", "2025-10-17")],
    spec="Apple Mail forward read for its request; it names no other account address and the sender is "
         "the registered email: L8 cancel, active until 2025-10-17.")

cust("karla.benitez.pty@gmail.com", "Karla Benítez", "annual", start="2025-09-20", end="2026-09-19")
lopay("es33_p46", "LO-INV-3346", "karla.benitez.pty@gmail.com", "annual", "11988.00", "2025-09-20T20:00:00",
      "2025-09-20", "2026-09-19")
case("es-l38-londres-telefono-prisa", LOB, "decided", [M(
    "Karla Benítez <karla.benitez.pty@gmail.com>", SUP, "cancelar", d(2025, 9, 29, 7, 55, LON),
    "cancelen mi plan porfa, ya no lo uso. gracias\n\nSent from my iPhone\n")],
    [X("cancel", "2026-09-19")],
    spec="L8: short cancellation from the registered email; active until current_period_end 2026-09-19 "
         "(the reason is asked in the reply but does not hold it up).")

case("es-l39-copia-propia-facturacion", LOB, "ignore", [M(
    "LeadsOptima Facturación <billing@leadsoptima.com>", SUP, "Recibo de pago LO-INV-3399 – plan mensual",
    d(2025, 9, 29, 14, 0, tz(5, 30)),
    "Hola:\n\nGracias por su pago de INR 1.499,00 (factura LO-INV-3399). Si desea cancelar su plan, vaya a "
    "Billing > Cancel Plan.\n\nEquipo LeadsOptima\n")],
    rules=["C7"], spec="C7: the sender is one of the brand's own addresses (billing@leadsoptima.com): ignore, "
                       "although the text mentions payment and cancelling.")

# ---------------------------------------------------------------------------------------------
# Optima WebDesign
# ---------------------------------------------------------------------------------------------

proj("Boda Perfecta Lima", "hola@bodaperfectalima.pe")
owpay("es33_o01", "OWD-2025-3301", "Boda Perfecta Lima", "deposit", "25000.00", "4500.00", "2025-09-27T19:00:00")
case("es-o01-lima-wedding-planner-deposito", OWB, "decided", [M(
    "Boda Perfecta Lima <hola@bodaperfectalima.pe>", OWDTO, "Refund Request — Boda Perfecta Lima / OWD-2025-3301",
    d(2025, 9, 29, 8, 0, LIM),
    "Buenos días, equipo de Optima:\n\nSoy Daniela Urbina, wedding planner. "
    "El sábado pagamos el depósito de reserva de la web Boda Perfecta Lima (OWD-2025-3301, S/... perdón, "
    "INR 25.000 + impuestos). Mi socia se retira del negocio y cerramos la marca, así que no vamos a "
    "seguir con la web. Aún no han empezado nada, nos dijeron que el kickoff era el miércoles. Les pido "
    "la devolución del depósito a la misma tarjeta.\n\nMil gracias,\nDaniela Urbina\n")],
    [R("approve", "25000.00")],
    extra_ok=True,
    spec="O2: deposit paid 2025-09-27 19:00 IST, request 2025-09-29 18:30 IST = 47.5 h < 72 h, no work "
         "started: approve 25000.00 (before tax).")

proj("Farmacia Hadú Ceuta", "gerencia@farmaciahadu.es")
owpay("es33_o02", "OWD-2025-3302", "Farmacia Hadú Ceuta", "deposit", "18000.00", "3240.00", "2025-09-24T16:00:00")
case("es-o02-ceuta-farmacia-72h-exactas", OWB, "decided", [M(
    "Gerencia Farmacia Hadú <gerencia@farmaciahadu.es>", OWDTO, "Anulación y devolución de la señal",
    d(2025, 9, 27, 12, 30, CEU),
    "Buenos días:\n\nEl miércoles abonamos la señal del proyecto Farmacia Hadú Ceuta (factura OWD-2025-3302). "
    "El colegio de farmacéuticos nos ofrece una web gratuita para todas las farmacias, así que "
    "desistimos. Solicitamos la devolución de la señal; entiendo que estamos dentro de las 72 horas.\n\n"
    "Atentamente,\nFátima Mohamed Ahmed\nFarmacéutica titular\n")],
    [R("deny")],
    extra_ok=True,
    spec="O2 + section 8: paid 2025-09-24 16:00 IST; mail 2025-09-27 12:30 +02:00 = 16:00 IST, exactly 72 h, "
         "which is not 'before 72 hours': deny.")

proj("Portal Traducciones Lémanic", "direccion@traducciones-lemanic.ch", "2025-09-26T11:00:00")
owpay("es33_o03", "OWD-2025-3303", "Portal Traducciones Lémanic", "deposit", "30000.00", "5400.00",
      "2025-09-25T15:00:00")
case("es-o03-ginebra-deposito-trabajo-empezado", OWB, "decided", [M(
    "Dirección Traducciones Lémanic <direccion@traducciones-lemanic.ch>", OWDTO,
    "Portal Traducciones Lémanic – devolución del anticipo OWD-2025-3303", d(2025, 9, 27, 9, 0, CH),
    "Buenos días:\n\nAnteayer pagamos el anticipo del nuevo portal (OWD-2025-3303). Nuestra casa matriz "
    "de Lyon ha decidido imponer su propia web, de modo que renunciamos al proyecto. Sé que ayer su "
    "diseñador ya nos envió el cuestionario y los primeros bocetos, pero como no han pasado 72 horas "
    "solicitamos el reembolso íntegro.\n\nCordialmente,\nInés Aebischer-Llorente\n")],
    [R("deny")],
    extra_ok=True,
    spec="O2 'whichever occurs first': paid 2025-09-25 15:00 IST, work started 2025-09-26 11:00 IST, request "
         "2025-09-27 12:30 IST (45.5 h) is after the work began: deny.")

proj("Taller Los Paisas Madrid", "tallerlospaisas@gmail.com")
owpay("es33_o04", "OWD-2025-3304", "Taller Los Paisas Madrid", "discovery", "15000.00", "2700.00",
      "2025-09-23T17:30:00")
case("es-o04-madrid-taller-discovery", OWB, "decided", [M(
    "Taller Mecánico Los Paisas <tallerlospaisas@gmail.com>", OWDTO, "devolucion sesion de estrategia",
    d(2025, 9, 29, 16, 45, MAD),
    "Buenas tardes, les habla Jhon Jairo del Taller Mecánico Los Paisas en Carabanchel.\n\nPagamos la "
    "sesión de estrategia (discovery) del proyecto Taller Los Paisas Madrid, factura OWD-2025-3304, pero "
    "todavía no hemos tenido ninguna reunión ni nos han mandado nada. Mi hermano ya nos hizo una página "
    "sencilla y con eso nos basta por ahora. Les agradezco si me reembolsan ese pago, hágame el favor.\n\n"
    "Jhon Jairo Restrepo\nTaller Mecánico Los Paisas – chapa, pintura y electricidad\n")],
    [R("approve", "15000.00")],
    extra_ok=True,
    spec="O1: discovery, work_started_at empty (no session held): full refund 15000.00 before tax.")

proj("Enoteca Bellini Online", "ordini@enotecabellini.it", "2025-09-18T12:00:00")
owpay("es33_o05", "OWD-2025-3305", "Enoteca Bellini Online", "discovery", "12000.00", "2160.00",
      "2025-09-16T18:00:00")
case("es-o05-italiano-discovery-empezado", OWB, "decided", [M(
    "Enoteca Bellini <ordini@enotecabellini.it>", OWDTO, "Rimborso / Reembolso sesión discovery",
    d(2025, 9, 26, 10, 30, ITA),
    "Buongiorno, buenos días,\n\nsoy Marco Bellini. Hemos pagado la discovery del proyecto Enoteca Bellini "
    "Online (OWD-2025-3305). Hemos hecho la primera reunión el 18, pero no me ha gustado la propuesta "
    "de colores, troppo moderna per un'enoteca. Quiero el reembolso de este pago.\n\nCordiali saluti\n"
    "Marco Bellini\n")],
    [R("deny")],
    spec="O1: discovery session already held (work_started_at 2025-09-18): deny.")

proj("Cafetería La Habanita", "lahabanita.uc@gmail.com", "2025-09-01T10:00:00")
owpay("es33_o06", "OWD-2025-3306", "Cafetería La Habanita", "milestone", "40000.00", "7200.00",
      "2025-09-20T20:00:00", milestone_status="not_started")
case("es-o06-union-city-hito-no-empezado", OWB, "decided", [M(
    "Cafeteria La Habanita <lahabanita.uc@gmail.com>", OWDTO, "Devolucion del pago del hito 3",
    d(2025, 9, 29, 11, 20, NJ),
    "Buenos dias. Soy Marisleidys, de la Cafeteria La Habanita en Bergenline. Pagamos el hito 3 (la tienda "
    "online, factura OWD-2025-3306) pero ahora el landlord nos sube la renta y no vamos a vender online "
    "por ahora. Ese trabajo todavia no lo han empezado segun el tablero. Devuelvanos ese pago por favor.\n\n"
    "Gracias mi vida\nMarisleidys\n")],
    [R("approve", "40000.00")],
    spec="O3: milestone not_started: refund the milestone amount 40000.00 before tax.")

proj("Cooperativa Andina Web", "gerencia@cooperativaandina.cl", "2025-08-20T10:00:00")
owpay("es33_o07", "OWD-2025-3307", "Cooperativa Andina Web", "milestone", "35000.00", "6300.00",
      "2025-09-05T16:00:00", milestone_status="in_progress")
case("es-o07-santiago-cooperativa-hito-en-curso", OWB, "decided", [M(
    "Gerencia Cooperativa Andina <gerencia@cooperativaandina.cl>", OWDTO,
    "Cooperativa Andina Web - devolución hito OWD-2025-3307", d(2025, 9, 26, 10, 0, SCL),
    "Estimados, buenos días:\n\nEl consejo de administración acordó suspender la segunda etapa de la web "
    "(hito OWD-2025-3307) por recorte de presupuesto. Sabemos que el equipo avanzó en parte del diseño, "
    "pero solicitamos la devolución de lo que no se haya ejecutado.\n\nSaludos cordiales,\nPatricio Soto\n"
    "Gerente\n")],
    [R("escalate")],
    spec="O3: milestone in_progress: escalate (the value of the work not started needs a person).")

proj("Restaurante El Rincón Paisa London", "elrinconpaisa.ldn@gmail.com", "2025-08-01T10:00:00")
owpay("es33_o08", "OWD-2025-3308", "Restaurante El Rincón Paisa London", "milestone", "28000.00", "5040.00",
      "2025-09-02T18:00:00", milestone_status="approved")
case("es-o08-londres-hito-aprobado", OWB, "decided", [M(
    "El Rincón Paisa <elrinconpaisa.ldn@gmail.com>", OWDTO, "Reembolso diseño de la carta",
    d(2025, 9, 25, 15, 0, LON),
    "Hola buenas tardes. Soy Luz Dary, del restaurante El Rincón Paisa en Elephant & Castle. La parte del "
    "diseño de la carta online (OWD-2025-3308) la aprobamos hace unas semanas pero ahora a mi esposo no le "
    "gusta, dice que los platos se ven pequeños. Queremos que nos devuelvan ese pago.\n\nLuz Dary\n")],
    [R("deny")],
    spec="O3/O6: the milestone is approved: deny (approved milestones are non-refundable).")

proj("Autoescuela Bouzian Web", "direccion@autoescuelabouzian.es", "2025-06-01T10:00:00")
owpay("es33_o09", "OWD-2025-3309", "Autoescuela Bouzian Web", "retainer", "8000.00", "1440.00",
      "2025-09-15T16:00:00", period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15")
case("es-o09-melilla-retainer-con-preaviso", OWB, "decided", [M(
    "Dirección Autoescuela Bouzian <direccion@autoescuelabouzian.es>", OWDTO,
    "Baja del mantenimiento mensual – Autoescuela Bouzian Web", d(2025, 9, 29, 10, 0, CEU),
    "Buenos días:\n\nComunico la baja del mantenimiento mensual (retainer) de Autoescuela Bouzian Web, "
    "última factura OWD-2025-3309. El motivo: la DGT nos obliga a usar su nueva plataforma de citas y la "
    "web ya no necesita cambios mensuales.\n\nUn saludo,\nHamid Bouzian\n")],
    [X("cancel", "2025-10-14")],
    spec="O4/O8: notice on 2025-09-29 IST, next_billing_at 2025-10-15 (16 days >= 7): cancel, effective the "
         "day before next billing, 2025-10-14.")

proj("Bodega Cusqueña Lima", "ventas@bodegacusquena.pe", "2025-05-01T10:00:00")
owpay("es33_o10", "OWD-2025-3310", "Bodega Cusqueña Lima", "retainer", "6000.00", "1080.00",
      "2025-09-06T16:30:00", period_start="2025-09-06", period_end="2025-10-05", next_billing_at="2025-10-06")
case("es-o10-lima-retainer-6-dias-en-india", OWB, "decided", [M(
    "Ventas Bodega Cusqueña <ventas@bodegacusquena.pe>", OWDTO, "Cancelación del retainer OWD-2025-3310",
    d(2025, 9, 29, 21, 0, LIM),
    "Buenas noches,\n\nLes escribo con 7 días de anticipación, como pide su política, para cancelar el "
    "retainer mensual del proyecto Bodega Cusqueña Lima (factura OWD-2025-3310). Vamos a contratar a un "
    "sobrino que estudia diseño. Por favor no nos cobren el próximo mes.\n\nGracias,\nYésica Quispe\n")],
    [X("cancel", "2025-11-05")],
    spec="O4: mail 2025-09-29 21:00 -05:00 = 2025-09-30 07:30 IST; next_billing_at 2025-10-06 minus 7 days = "
         "2025-09-29, so the notice is 6 days: the next cycle (2025-10-06..2025-11-05) is billed, effective "
         "2025-11-05.")

proj("Traducciones Jurídicas Bernina", "admin@traduccionesbernina.ch", "2025-04-01T10:00:00")
owpay("es33_o11", "OWD-2025-3311", "Traducciones Jurídicas Bernina", "retainer", "9000.00", "1620.00",
      "2025-09-12T16:00:00", period_start="2025-09-12", period_end="2025-10-11", next_billing_at="2025-10-12")
owpay("es33_o12", "OWD-2025-3312", "Traducciones Jurídicas Bernina", "retainer", "9000.00", "1620.00",
      "2025-09-25T16:00:00", period_start="2025-10-12", period_end="2025-11-11", next_billing_at="2025-11-12")
case("es-o11-berna-retainer-pagado-por-adelantado", OWB, "decided", [M(
    "Administración Bernina <admin@traduccionesbernina.ch>", OWDTO,
    "Cancelación mantenimiento – Traducciones Jurídicas Bernina", d(2025, 9, 29, 14, 0, CH),
    "Buenas tardes:\n\nDeseamos cancelar el mantenimiento mensual del proyecto Traducciones Jurídicas "
    "Bernina. La semana pasada abonamos por adelantado el periodo de octubre (factura OWD-2025-3312), "
    "porque nuestra contable se iba de vacaciones. El motivo de la baja es que integramos la web en el "
    "portal del grupo.\n\nSaludos cordiales,\nLorena Gasser-Pérez\n")],
    [X("escalate")],
    spec="Section 8 retainer paid in advance: the next cycle (2025-10-12..) is already paid and the notice "
         "(2025-09-29 IST, 13 days before 2025-10-12) is >= 7 days: escalate.")

proj("Clínica Dental Sonrisa Ceutí", "admin@sonrisaceuti.es", "2025-09-22T10:00:00")
owpay("es33_o13", "OWD-2025-3313", "Clínica Dental Sonrisa Ceutí", "hosting_annual", "18000.00", "3240.00",
      "2025-09-20T18:00:00", setup_fee="1800.00", service_start="2025-09-22")
case("es-o12-ceuta-hosting-prorrata", OWB, "decided", [M(
    "Administración Sonrisa Ceutí <admin@sonrisaceuti.es>", OWDTO,
    "Refund Request — Clínica Dental Sonrisa Ceutí / OWD-2025-3313", d(2025, 9, 30, 9, 10, CEU),
    "Buenos días:\n\nContratamos el hosting anual de la web de la clínica (OWD-2025-3313), que empezó el "
    "lunes 22. El grupo dental que nos ha comprado tiene su propio servidor, así que solicitamos cancelar "
    "el hosting y la devolución que corresponda según su política (dentro de los 14 días).\n\n"
    "Atentamente,\nNoelia Mohamed\nAdministración\n")],
    [R("approve", "14850.00")], extra_ok=True,
    spec="O5: request 2025-09-30 IST, day 8 of service (start 2025-09-22): 18000 - 1800 - (16200/12 = 1350) "
         "x 1 = 14850.00. The cancellation part may be decided too (extra_ok).")

proj("Veterinaria Patitas Ñuñoa", "contacto@patitasnunoa.cl", "2025-09-20T10:00:00")
owpay("es33_o14", "OWD-2025-3314", "Veterinaria Patitas Ñuñoa", "maintenance_annual", "10000.00", "1800.00",
      "2025-09-19T17:00:00", setup_fee="999.00", service_start="2025-09-20")
case("es-o13-santiago-veterinaria-mantenimiento-redondeo", OWB, "decided", [M(
    "Veterinaria Patitas <contacto@patitasnunoa.cl>", OWDTO, "Devolución mantenimiento anual",
    d(2025, 9, 29, 18, 0, SCL),
    "Hola, buenas tardes:\n\nLes escribe la Dra. Yeimy Salazar, de la Veterinaria Patitas Ñuñoa. "
    "Contratamos el plan de mantenimiento anual de la web, factura OWD-2025-3314, que partió el 20. "
    "Nos vamos a fusionar con otra clínica que ya tiene web y mantenimiento, por eso queremos anular el "
    "plan y recibir el reembolso proporcional.\n\nSaludos y gracias,\nDra. Yeimy Salazar\nMédico Veterinario\n")],
    [R("approve", "8250.92")], extra_ok=True,
    spec="O5: mail 2025-09-29 18:00 -03:00 = 2025-09-30 02:30 IST, day 10 since 2025-09-20; 10000 - 999 - "
         "9001/12 (750.0833...) = 8250.9167 -> 8250.92 (rounded once at the end).")

proj("Academia de Baile Salsa Brixton", "info@salsabrixton.co.uk", "2025-09-10T10:00:00")
owpay("es33_o15", "OWD-2025-3315", "Academia de Baile Salsa Brixton", "hosting_annual", "14400.00", "2592.00",
      "2025-09-09T16:00:00", setup_fee="1200.00", service_start="2025-09-10")
case("es-o14-londres-hosting-dia-15-en-india", OWB, "decided", [M(
    "Salsa Brixton <info@salsabrixton.co.uk>", OWDTO, "Cancel hosting + reembolso",
    d(2025, 9, 24, 21, 0, LON),
    "Buenas noches,\n\nHoy se cumplen 14 días desde que empezó el hosting anual (OWD-2025-3315) de la "
    "Academia de Baile Salsa Brixton y queremos cancelarlo: nos mudamos a Peckham y el nuevo local trae "
    "web incluida con el alquiler. Pedimos la devolución prorrateada.\n\nBesos,\nYurleidy & Kevin\n")],
    [R("deny")], extra_ok=True,
    spec="O5: service_start 2025-09-10; mail 2025-09-24 21:00 +01:00 = 2025-09-25 01:30 IST, day 15 in the "
         "brand's zone: after 14 days, deny.")

proj("Agencia Traducciones Al-Ándalus", "oficina@traduccionesalandalus.es", None)
owpay("es33_o16", "OWD-2025-3316", "Agencia Traducciones Al-Ándalus", "hosting_annual", "12000.00", "2160.00",
      "2025-09-26T15:00:00", setup_fee="1200.00", service_start="2025-10-15")
case("es-o15-melilla-hosting-antes-de-empezar", OWB, "decided", [M(
    "Oficina Traducciones Al-Ándalus <oficina@traduccionesalandalus.es>", OWDTO,
    "Devolución hosting anual OWD-2025-3316", d(2025, 9, 30, 11, 0, CEU),
    "Buenos días. Soy Rachid, de la Agencia Traducciones Al-Ándalus. Pagamos el hosting anual que debía "
    "empezar el 15 de octubre, pero la Ciudad Autónoma nos ha dado un espacio en su portal de empresas y ya "
    "no lo necesitamos. Pido la devolución según su política.\n\nMuchas gracias,\nRachid Amar\n")],
    [R("approve", "9900.00")], extra_ok=True,
    spec="O5 before the service starts (section 8: consumed_months = 1): 12000 - 1200 - 900 = 9900.00.")

proj("Frutería Hermanos Tahiri", "tahirihermanos@gmail.com", "2025-09-01T10:00:00")
owpay("es33_o17", "OWD-2025-3317", "Frutería Hermanos Tahiri", "third_party", "1500.00", "270.00",
      "2025-09-27T16:00:00")
case("es-o16-ceuta-dominio", OWB, "decided", [M(
    "Hermanos Tahiri <tahirihermanos@gmail.com>", OWDTO, "devolucion dominio", d(2025, 9, 28, 19, 30, CEU),
    "Buenas tardes. El sabado nos cobraron el dominio .es de la Frutería Hermanos Tahiri (OWD-2025-3317) "
    "pero mi primo dice que ya teniamos uno comprado en otra empresa, entonces este no sirve. "
    "Devolvernos el dinero del dominio por favor.\n\nAbdelkader Tahiri\n")],
    [R("deny")],
    spec="O6: third_party (domain): never refundable, deny.")

proj("Bodas Valentina & Co", "valentina@bodasvalentina.pe", "2025-09-10T10:00:00")
owpay("es33_o18", "OWD-2025-3318", "Bodas Valentina & Co", "rush", "7000.00", "1260.00", "2025-09-22T17:00:00")
case("es-o17-lima-cargo-urgencia", OWB, "decided", [M(
    "Valentina Ortiz <valentina@bodasvalentina.pe>", OWDTO, "Devolución del recargo por urgencia",
    d(2025, 9, 25, 15, 40, LIM),
    "Buenas tardes chicos,\n\nPagamos el recargo por entrega urgente (OWD-2025-3318) del proyecto Bodas "
    "Valentina & Co porque la feria de novias era el sábado, pero al final la feria se postergó a "
    "noviembre. Ya no necesitamos la urgencia, ¿nos devuelven ese recargo?\n\nBesitos,\nValentina\n")],
    [R("deny")],
    spec="O6: rush fees are never refundable: deny.")

proj("Cooperativa Lechera del Sur", "presidencia@cooplecheradelsur.cl", None)
owpay("es33_o19", "OWD-2025-3319", "Cooperativa Lechera del Sur", "deposit", "20000.00", "3600.00",
      "2025-09-28T18:00:00")
case("es-o18-cooperativa-tesoreria-no-es-contrato", OWB, "need_info", [M(
    "Tesorería Coop. Lechera del Sur <tesoreria@cooplecheradelsur.cl>", OWDTO,
    "Devolución anticipo OWD-2025-3319", d(2025, 9, 29, 9, 30, SCL),
    "Estimados, buenos días:\n\nEscribo como tesorero de la Cooperativa Lechera del Sur. La asamblea de "
    "socios rechazó el gasto de la web y debemos pedir la devolución del anticipo OWD-2025-3319 del "
    "proyecto Cooperativa Lechera del Sur.\n\nAtte.,\nRigoberto Alarcón\nTesorero\n")],
    rules=["C2"],
    spec="C2 (Optima, explicit): tesoreria@ is not the contract email presidencia@: need_info, write from "
         "the contract email; nothing about the account.")

proj("Academia de Idiomas Tarik", "direccion@academiatarik.es", None)
owpay("es33_o20", "OWD-2025-3320", "Academia de Idiomas Tarik", "deposit", "16000.00", "2880.00",
      "2025-09-28T20:00:00")
case("es-o19-gmail-reenvio-nombra-contrato", OWB, "need_info", [M(
    "Laila Tarik <laila.tarik.ml@gmail.com>", OWDTO, "Fwd: devolución depósito web academia",
    d(2025, 9, 29, 18, 0, CEU),
    "Os reenvío el correo de mi padre, que no sabe usar bien el correo.\n\n"
    "---------- Mensaje reenviado ---------\n"
    "De: Academia Tarik <direccion@academiatarik.es>\n"
    "Date: lun, 29 sept 2025 a las 17:20\n"
    "Subject: devolución depósito web academia\n"
    "To: Laila Tarik <laila.tarik.ml@gmail.com>\n\n"
    "Laila, diles a los de la web que nos devuelvan el depósito (OWD-2025-3320) del proyecto Academia "
    "de Idiomas Tarik. El contrato está con direccion@academiatarik.es. Al final el local nuevo no nos lo "
    "dan y no abrimos la academia.\n")],
    rules=["C2"],
    spec="Section 8 forwards: Gmail 'Mensaje reenviado' names the contract email direccion@; the sender "
         "laila.tarik.ml@gmail.com is not it: C2 need_info.")

proj("Parroquia Sagrado Corazón Web", "parroquia@sagradocorazon-zh.ch", "2025-03-01T10:00:00")
owpay("es33_o21", "OWD-2025-3321", "Parroquia Sagrado Corazón Web", "retainer", "5000.00", "900.00",
      "2025-09-20T16:00:00", period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20")
case("es-o20-zurich-parroquia-sin-motivo", OWB, "need_info", [M(
    "Secretaría Parroquia Sagrado Corazón <parroquia@sagradocorazon-zh.ch>", OWDTO,
    "Cancelación retainer Parroquia Sagrado Corazón Web", d(2025, 9, 29, 10, 0, CH),
    "Buenos días:\n\nSolicitamos la cancelación del mantenimiento mensual de "
    "la web Parroquia Sagrado Corazón Web, factura OWD-2025-3321.\n\nReciban un cordial saludo,\n"
    "Secretaría parroquial\nHorario: lunes a viernes de 9 a 12 h\n")],
    rules=[], missing=["reason"],
    spec="Section 8 'what a reason is': Optima requires a reason for cancellations too; greetings, signature and office hours are no reason: need_info reason.")

proj("Centro Cultural Magrebí", "info@centromagrebi.es", None)
owpay("es33_o22", "OWD-2025-3322", "Centro Cultural Magrebí", "deposit", "14000.00", "2520.00",
      "2025-09-27T16:00:00")
case("es-o21-melilla-hilo-motivo", OWB, "decided", [
    M("Centro Cultural Magrebí <info@centromagrebi.es>", OWDTO, "Devolución depósito OWD-2025-3322",
      d(2025, 9, 28, 10, 0, CEU),
      "Buenos días, solicitamos la devolución del depósito OWD-2025-3322 del proyecto Centro Cultural "
      "Magrebí. Gracias.\nYoussef\n"),
    M("Centro Cultural Magrebí <info@centromagrebi.es>", OWDTO, "RE: Devolución depósito OWD-2025-3322 [OWD-1433]",
      d(2025, 9, 30, 18, 0, CEU),
      "Perdón por no explicarlo: la subvención de la Ciudad Autónoma no ha salido y la junta directiva no "
      "puede pagar el resto del proyecto.\n\nYoussef\n\n> Para tramitar su solicitud necesitamos el "
      "motivo. [OWD-1433]\n", headers={"_irt": "<owd-1433.reply@optimawebdesign.com>"})],
    [R("approve", "14000.00")], extra_ok=True,
    spec="C3 thread: request time = first mail 2025-09-28 13:30 IST, 21.5 h after the 2025-09-27 16:00 "
         "deposit, no work: O2 approve 14000.00 (the answer comes 77.5 h after payment, irrelevant).")

proj("Tintorería Ferrara Web", "info@tintoreriaferrara.es", None)
owpay("es33_o23", "OWD-2025-3323", "Tintorería Ferrara Web", "deposit", "12000.00", "2160.00",
      "2025-09-28T17:00:00")
case("es-o22-madrid-italiano-contracargo", OWB, "decided", [M(
    "Tintorería Ferrara <info@tintoreriaferrara.es>", OWDTO, "Devolución depósito o contracargo",
    d(2025, 9, 29, 17, 0, MAD),
    "Buenas tardes,\n\nhe pagado ayer el depósito de Tintorería Ferrara Web (OWD-2025-3323) y ahora mi "
    "socio no quiere más la web. Si no me devuelven el depósito en 48 horas, pido al banco el chargeback "
    "de la tarjeta, io non scherzo.\n\nAlessandro Ferrara\n")],
    [R("escalate")], rules=["C4"],
    spec="C4: chargeback threat: escalate (an O2 approval is not decided by the bot when C4 fires).")

case("es-o23-respuesta-automatica", OWB, "ignore", [M(
    "Valentina Ortiz <valentina@bodasvalentina.pe>", OWDTO, "Respuesta automática: RE: Devolución del recargo [OWD-1420]",
    d(2025, 9, 27, 2, 0, LIM),
    "¡Hola! Estoy en una boda todo el fin de semana. Te responderé el lunes. Para urgencias: +51 999 000 000\n",
    headers={"Auto-Submitted": "auto-replied", "_irt": "<owd-1420.reply@optimawebdesign.com>"})],
    rules=["C7"], spec="C7: auto-reply: ignore.")

proj("Web Carrocerías Morales", "carroceriasmorales@gmail.com", "2025-07-01T10:00:00")
case("es-o24-nj-pregunta-factura", OWB, "other", [M(
    "Carrocerias Morales <carroceriasmorales@gmail.com>", OWDTO, "pregunta sobre la factura del hosting",
    d(2025, 9, 26, 9, 0, NJ),
    "Buenos dias. Una pregunta nada mas: la factura del hosting, ¿la pueden hacer a nombre de Morales "
    "Collision LLC con el EIN? Es para el contador. Y otra cosa, ¿el hosting se renueva solo o me avisan "
    "antes?\n\nGracias,\nOsmany Morales\nPerth Amboy, NJ\n")],
    spec="Questions about an invoice and renewal; no refund or cancellation asked: other.")

proj("Pizzería Da Nonna Lugano", "danonna.lugano@gmail.com", "2025-08-01T10:00:00")
owpay("es33_o26", "OWD-2025-3326", "Pizzería Da Nonna Lugano", "change_request", "4500.00", "810.00",
      "2025-09-24T16:00:00")
case("es-o25-lugano-cambio-fuera-de-alcance", OWB, "decided", [M(
    "Pizzeria Da Nonna <danonna.lugano@gmail.com>", OWDTO, "rimborso modifica menu / reembolso cambio",
    d(2025, 9, 27, 11, 0, CH),
    "Buenos días, soy Tiziana. Pedimos un cambio extra en la web (el menú en cuatro idiomas), factura "
    "OWD-2025-3326, proyecto Pizzería Da Nonna Lugano. Ahora el menú lo ponemos en PDF y basta: no lo "
    "necesitamos más. Chiedo il rimborso, pido el reembolso.\n\nGrazie\nTiziana\n")],
    [R("deny")],
    spec="O6: change_request fees are never refundable: deny.")

proj("Eventos Caribe Web", "info@eventoscaribe.com", None)
owpay("es33_o27", "OWD-2025-3327", "Eventos Caribe Web", "deposit", "15000.00", "2700.00", "2025-09-28T16:00:00")
proj("Eventos Caribe Tienda", "info@eventoscaribe.com", None)
owpay("es33_o28", "OWD-2025-3328", "Eventos Caribe Tienda", "deposit", "10000.00", "1800.00",
      "2025-09-28T16:05:00")
case("es-o26-nj-dos-proyectos-sin-cual", OWB, "need_info", [M(
    "Eventos Caribe <info@eventoscaribe.com>", OWDTO, "devolucion", d(2025, 9, 29, 8, 30, NJ),
    "Buenos dias. Queremos que nos devuelvan el deposito que pagamos ayer, porque nuestro socio de Miami "
    "se salio del negocio y no tenemos como seguir.\n\nYanelis Cabrera\nEventos Caribe – Elizabeth, NJ\n")],
    rules=[], missing=["project_name", "invoice_number"],
    spec="C3: the contract email holds two projects, each with a deposit paid the same day; neither the "
         "project nor the invoice is named: need_info project_name and invoice_number.")

proj("Gestoría Helvetia Hispana", "gestion@helvetiahispana.ch", "2025-02-01T10:00:00")
owpay("es33_o29", "OWD-2025-3329", "Gestoría Helvetia Hispana", "retainer", "7000.00", "1260.00",
      "2025-09-25T16:00:00", period_start="2025-09-25", period_end="2025-10-24", next_billing_at="2025-10-25")
case("es-o27-basilea-menciona-abogada", OWB, "decided", [M(
    "Gestoría Helvetia Hispana <gestion@helvetiahispana.ch>", OWDTO,
    "Cancelación retainer Gestoría Helvetia Hispana – OWD-2025-3329", d(2025, 9, 29, 15, 0, CH),
    "Buenas tardes:\n\nQueremos cancelar el retainer mensual (OWD-2025-3329) del proyecto Gestoría "
    "Helvetia Hispana porque cerramos la oficina de Basilea. Nuestra abogada ha revisado el contrato y "
    "nos recuerda que, según la ley suiza, tenemos derechos como consumidores que prevalecen sobre sus "
    "condiciones; esperamos no tener que llegar a eso.\n\nAtentamente,\nMontserrat Keller-Ruiz\n")],
    [X("escalate")], rules=["C4"],
    spec="C4: a lawyer and statutory/consumer rights are invoked: escalate the whole case, the cancellation "
         "included (section 8).")


if __name__ == "__main__":
    # the cases above were written as the module ran; now the ledger and expectations
    (HERE / "ledger.json").write_text(json.dumps(LEDGER, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")
    print(f"{len(CASES)} cases, {len(LEDGER['payments'])} payments")
