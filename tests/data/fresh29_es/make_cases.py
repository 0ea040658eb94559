#!/usr/bin/env python3
"""fresh29_es: held-out Spanish cases for mailbot (Uruguay, Venezuela, Ecuador, Dominican Republic,
Costa Rica, Andalusia, Murcia).

Stdlib only, deterministic.  Running it writes ledger.json, emails/*.eml and expected.json
beside this file.  MIT, like the project; all text written for this project.
"""

from __future__ import annotations

import json
from decimal import Decimal
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


UY, VE, EC, DO, CR, AND, MUR = tz(-3), tz(-4), tz(-5), tz(-4), tz(-6), tz(2), tz(2)

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
        mid = f"<{cid}.{i}.{int(m['when'].timestamp())}@mail.fresh29-{LANG}.example>"
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
TAX = {"1499.00": "269.82", "3999.00": "719.82", "11988.00": "2157.84"}


def owtax(amount):
    return str((Decimal(amount) * Decimal("0.18")).quantize(Decimal("0.01")))


DISCL = ("\n--\nAVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y para uso exclusivo de "
         "su destinatario. Si lo recibió por error, notifíquelo al remitente y elimínelo.\n")

# ---------------------------------------------------------------------------------------------
# LeadsOptima
# ---------------------------------------------------------------------------------------------

# l01 Montevideo, clinic receptionist, duplicate monthly, top-posting + disclaimer
cust("administracion@clinicapocitos.com.uy", "Clínica Pocitos", "monthly", start="2025-09-20", end="2025-10-19")
lopay("es_p01a", "LO-INV-70111", "administracion@clinicapocitos.com.uy", "monthly", "1499.00",
      "2025-09-20T11:00:00", "2025-09-20", "2025-10-19")
lopay("es_p01b", "LO-INV-70112", "administracion@clinicapocitos.com.uy", "monthly", "1499.00",
      "2025-09-20T11:04:00", "2025-09-20", "2025-10-19")
case("es-l01-montevideo-recepcion-clinica", LOB, "decided", [M(
    "Recepción Clínica Pocitos <administracion@clinicapocitos.com.uy>", SUP, "cobro repetido - plan mensual",
    d(2025, 9, 24, 9, 15, UY),
    "Buen día,\n\nles escribo de la recepción de la clínica, la Dra. Ferreira me pidió que me comunique. "
    "Revisando el estado de cuenta de la tarjeta de la clínica vemos que el plan mensual nos lo debitaron dos "
    "veces el sábado 20, con 4 minutos de diferencia, mismo importe las dos veces.\n"
    "Les pido por favor la devolución del segundo débito, que es la factura lo inv 70112.\n"
    "El correo registrado es este mismo.\n\nQuedo atenta, gracias.\n\n"
    "Lucía Rodríguez\nRecepción - Clínica Pocitos\n"
    "Av. Brasil 2xxx, Montevideo\nTel. 2708 xxxx" + DISCL)],
    [R("approve", "1499.00")],
    spec="L2 duplicate_payment (debitaron dos veces), L4: two paid 1499.00 charges same period 2025-09-20; request "
         "2025-09-24 IST = day 4 <= 7 (L3): approve 1499.00, invoice LO-INV-70112 (the later one).")

# l02 Caracas, duplicate but 9 days later
cust("ventas@ferreteriaelsamanvzla.com", "Ferretería El Samán", "monthly", start="2025-09-10", end="2025-10-09")
lopay("es_p02a", "LO-INV-70121", "ventas@ferreteriaelsamanvzla.com", "monthly", "1499.00",
      "2025-09-10T19:30:00", "2025-09-10", "2025-10-09")
lopay("es_p02b", "LO-INV-70122", "ventas@ferreteriaelsamanvzla.com", "monthly", "1499.00",
      "2025-09-10T19:31:00", "2025-09-10", "2025-10-09")
case("es-l02-caracas-doble-cobro-fuera-de-plazo", LOB, "decided", [M(
    "Ferreteria El Saman <ventas@ferreteriaelsamanvzla.com>", SUP, "me cobraron 2 veces!!",
    d(2025, 9, 19, 10, 0, VE),
    "buenas, mire chamo disculpe la molestia pero me cobraron dos veces el plan mensual el 10 de septiembre, "
    "lo vi ahorita que el contador me paso el estado de cuenta. la factura repetida es LO-INV-70122. "
    "quiero que me reintegren eso porfa, que aqui cada dolar cuenta. plan mensual, correo este mismo.\n"
    "Gracias\nJosé Gregorio\n")],
    [R("deny")],
    spec="L3: charge 2025-09-10 IST, request 2025-09-19 19:30 IST = day 9 > 7: deny citing the 7-day rule.")

# l03 Maracaibo, boundary: day 7 in Venezuela, day 8 in India
cust("gerencia@climatizadoradelzulia.com", "Climatizadora del Zulia", "quarterly", start="2025-09-15",
     end="2025-12-14")
lopay("es_p03a", "LO-INV-70131", "gerencia@climatizadoradelzulia.com", "quarterly", "3999.00",
      "2025-09-15T10:00:00", "2025-09-15", "2025-12-14")
lopay("es_p03b", "LO-INV-70132", "gerencia@climatizadoradelzulia.com", "quarterly", "3999.00",
      "2025-09-15T10:01:00", "2025-09-15", "2025-12-14")
case("es-l03-maracaibo-dia-siete-en-venezuela", LOB, "decided", [M(
    "Gerencia Climatizadora <gerencia@climatizadoradelzulia.com>", SUP, "Cobro duplicado plan trimestral",
    d(2025, 9, 22, 22, 10, VE),
    "Buenas noches. Le escribo todavía a tiempo, hoy se cumple la semana exacta: el 15/09 nos cargaron el "
    "plan trimestral duplicado (dos cargos iguales, uno detrás del otro). Solicito el reembolso del "
    "duplicado, factura LO-INV-70132.\n\nAtte.\nIng. Rafael Urdaneta M.\nGerente\n")],
    [R("deny")],
    spec="L3 in Asia/Kolkata: charge 2025-09-15 IST; 22:10 -04 on 22 Sep is 2025-09-23 07:40 IST = day 8 > 7: deny.")

# l04 Quito, boundary inside on day 7
cust("contabilidad@colegiosanandresquito.edu.ec", "Colegio San Andrés", "annual", start="2025-09-16",
     end="2026-09-15")
lopay("es_p04a", "LO-INV-70141", "contabilidad@colegiosanandresquito.edu.ec", "annual", "11988.00",
      "2025-09-16T19:00:00", "2025-09-16", "2026-09-15")
lopay("es_p04b", "LO-INV-70142", "contabilidad@colegiosanandresquito.edu.ec", "annual", "11988.00",
      "2025-09-16T19:02:00", "2025-09-16", "2026-09-15")
case("es-l04-quito-colectora-colegio-dia-7", LOB, "decided", [M(
    "Colecturía - Colegio San Andrés <contabilidad@colegiosanandresquito.edu.ec>", SUP,
    "Solicitud de devolución por pago duplicado (Factura LO-INV-70142)",
    d(2025, 9, 23, 7, 50, EC),
    "Estimados señores de LeadsOptima:\n\nReciban un cordial saludo de la Colecturía del Colegio San Andrés.\n\n"
    "Por medio del presente me permito informar que, al realizar la conciliación bancaria del mes, se "
    "identificó que la suscripción anual fue pagada dos veces el día martes 16 de septiembre del presente año "
    "(once mil novecientos ochenta y ocho rupias cada uno). Adjunto el detalle. El segundo pago corresponde a "
    "la factura LO-INV-70142, cuyo reembolso solicitamos comedidamente.\n\n"
    "Correo registrado: contabilidad@colegiosanandresquito.edu.ec\nPlan: anual\n\n"
    "Atentamente,\n\nLcda. Mariana Chiriboga\nColectora\nColegio San Andrés - Quito\n")],
    [R("approve", "11988.00")],
    spec="L4: two paid 11988.00 annual charges 2025-09-16 19:00 IST (08:30 in Quito); 07:50 -05 on 23 Sep = 18:20 IST 2025-09-23 = day 7 "
         "(inside, L3): approve 11988.00 (before tax).")

# l05 Santiago de los Caballeros, three identical charges
cust("pagos@agrocibaonorte.com.do", "Agro Cibao Norte", "quarterly", start="2025-09-24", end="2025-12-23")
for _pid, _inv, _t in (("es_p05a", "LO-INV-70151", "2025-09-24T19:30:00"),
                       ("es_p05b", "LO-INV-70152", "2025-09-24T19:32:00"),
                       ("es_p05c", "LO-INV-70153", "2025-09-25T18:45:00")):
    lopay(_pid, _inv, "pagos@agrocibaonorte.com.do", "quarterly", "3999.00", _t, "2025-09-24", "2025-12-23")
case("es-l05-santiago-rd-tres-cobros", LOB, "decided", [M(
    "Pagos Agro Cibao <pagos@agrocibaonorte.com.do>", SUP, "TRES cargos del mismo plan",
    d(2025, 9, 26, 9, 30, DO),
    "Saludos, klk. Tenemos un problemita: el plan trimestral nos lo cobraron tres veces, dos el 24 y otro el "
    "25. Obviamente solo debimos pagar una vez. Les pedimos que nos devuelvan los dos cobros de más "
    "(el último es el LO-INV-70153). Plan trimestral, este es el correo de la cuenta.\n\n"
    "Bendiciones,\nYokasta Almonte\nEncargada de pagos\n")],
    [R("approve", "7998.00")],
    spec="Section 8 three identical charges: 2 duplicates x 3999.00 (both inside 7 days of 24-25 Sep; request "
         "2025-09-26): approve 7998.00.")

# l06 Sevilla, duplicate claimed, ledger one charge
cust("info@taberneladelarenal.es", "Taberna El Arenal", "monthly", start="2025-09-21", end="2025-10-20")
lopay("es_p06a", "LO-INV-70161", "info@taberneladelarenal.es", "monthly", "1499.00",
      "2025-09-21T13:00:00", "2025-09-21", "2025-10-20")
case("es-l06-sevilla-doble-sin-par", LOB, "decided", [M(
    "Taberna El Arenal <info@taberneladelarenal.es>", SUP, "cobro doble",
    d(2025, 9, 25, 16, 40, AND),
    "Buenas tardes, miarma. El banco me dice que me habéis pasao el cargo doble este mes, el del plan mensual, "
    "factura LO-INV-70161. Devolvedme lo que sobra, porfa.\nUn saludo,\nRocío\n")],
    [R("escalate")],
    spec="L4: duplicate_payment inside 7 days but the ledger holds one paid charge only: no pair -> escalate.")

# l07 Cartagena (Murcia), wrong plan
cust("admin@nauticacartagenera.es", "Náutica Cartagenera", "monthly", start="2025-09-23", end="2026-09-22")
lopay("es_p07a", "LO-INV-70171", "admin@nauticacartagenera.es", "annual", "11988.00",
      "2025-09-23T10:00:00", "2025-09-23", "2026-09-22")
case("es-l07-cartagena-plan-equivocado", LOB, "decided", [M(
    "Náutica Cartagenera <admin@nauticacartagenera.es>", SUP, "Factura LO-INV-70171 - plan equivocado",
    d(2025, 9, 26, 17, 5, MUR),
    "Hola, buenas.\n\nOs escribo porque nos habéis cobrado el plan anual en vez del mensual, que es el que "
    "teníamos contratado desde el principio. El importe no tiene nada que ver con lo que pagábamos. "
    "Factura LO-INV-70171 del 23 de septiembre. ¿Podéis devolverlo y pasarnos el mensual?\n\n"
    "Gracias, acho.\nPaco Martínez\nNáutica Cartagenera\n")],
    [R("escalate")],
    spec="L2 billing_error (anual en vez del mensual) inside 7 days (23->26 Sep): L5 escalate with the charge.")

# l08 Heredia, school bursar, charged after cancelling
cust("tesoreria@escuelalaslomas.ed.cr", "Escuela Las Lomas", "monthly", status="cancelled", start="2025-08-25",
     end="2025-09-24")
lopay("es_p08a", "LO-INV-70181", "tesoreria@escuelalaslomas.ed.cr", "monthly", "1499.00",
      "2025-09-25T19:30:00", "2025-09-25", "2025-10-24")
case("es-l08-heredia-tesoreria-cobro-tras-cancelar", LOB, "decided", [M(
    "Tesorería Escuela Las Lomas <tesoreria@escuelalaslomas.ed.cr>", SUP, "Cobro después de cancelar",
    d(2025, 9, 27, 8, 20, CR),
    "Buenos días, pura vida.\n\nLes cuento: en agosto cancelamos la suscripción mensual desde el panel, "
    "y aun así el 25 de setiembre nos volvieron a cobrar (factura LO-INV-70181). Nos cobraron después de "
    "cancelar, entonces les solicito la devolución de ese monto.\n\nMuchas gracias,\n"
    "Lic. Ana Yancy Solís\nTesorera\nEscuela Las Lomas, Heredia\n")],
    [R("escalate")],
    spec="L2 billing_error (cobrado después de cancelar), 2 days after the charge: L5 escalate.")

# l09 Guayaquil access failure inside window
cust("soporte@importadoraguayas.ec", "Importadora Guayas", "monthly", start="2025-09-22", end="2025-10-21")
lopay("es_p09a", "LO-INV-70191", "soporte@importadoraguayas.ec", "monthly", "1499.00",
      "2025-09-22T12:00:00", "2025-09-22", "2025-10-21")
case("es-l09-guayaquil-no-puedo-entrar", LOB, "decided", [M(
    "Importadora Guayas <soporte@importadoraguayas.ec>", SUP, "no podemos ingresar a la plataforma",
    d(2025, 9, 26, 11, 0, EC),
    "Buenas, desde el martes no podemos iniciar sesión en la plataforma, sale un error y se queda cargando. "
    "Ya probamos en otra compu y nada. Pagamos el mensual el 22 (LO-INV-70191) y no lo hemos podido usar "
    "ni un día. Si no lo arreglan queremos la devolución.\n\nSaludos cordiales\nDiego Vera\n")],
    [R("escalate")],
    spec="L2 access_failure (no podemos iniciar sesión) 4 days after the charge: L6 escalate.")

# l10 Punta del Este access failure outside window
cust("reservas@posadalabarra.com.uy", "Posada La Barra", "monthly", start="2025-09-12", end="2025-10-11")
lopay("es_p10a", "LO-INV-70201", "reservas@posadalabarra.com.uy", "monthly", "1499.00",
      "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
case("es-l10-punta-del-este-acceso-tarde", LOB, "decided", [M(
    "Posada La Barra <reservas@posadalabarra.com.uy>", SUP, "acceso",
    d(2025, 9, 24, 16, 0, UY),
    "Hola, ¿qué tal? Desde hace días el panel no carga, queda en blanco. Ya que no lo pudimos usar, "
    "pedimos el reintegro de la factura LO-INV-70201 (plan mensual). Gracias, Martín\n")],
    [R("deny")],
    spec="L3: charge 2025-09-12, request 2025-09-25 00:30 IST = day 13 > 7: deny.")

# l11 Valencia (VE) changed mind
cust("direccion@academiaidiomasvalencia.com.ve", "Academia de Idiomas", "monthly", start="2025-09-25",
     end="2025-10-24")
lopay("es_p11a", "LO-INV-70211", "direccion@academiaidiomasvalencia.com.ve", "monthly", "1499.00",
      "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
case("es-l11-valencia-cambio-de-opinion", LOB, "decided", [M(
    "Academia de Idiomas <direccion@academiaidiomasvalencia.com.ve>", SUP, "Reembolso",
    d(2025, 9, 27, 15, 30, VE),
    "Buenas tardes,\n\npagamos el plan mensual hace dos días (LO-INV-70211) pero lo pensamos mejor y "
    "la verdad no lo vamos a necesitar, nos salió muy caro para lo que usamos. Solicitamos el reembolso.\n\n"
    "Atentamente,\nProf. Carmen Briceño\n")],
    [R("deny")],
    spec="L1: changed mind / too expensive is not an L2 exception: deny, offering cancellation.")

# l12 Almería unused days + cancel
cust("oficina@invernaderoselejido.es", "Invernaderos El Ejido", "annual", start="2025-02-15", end="2026-02-14")
lopay("es_p12a", "LO-INV-70221", "oficina@invernaderoselejido.es", "annual", "11988.00",
      "2025-02-15T10:00:00", "2025-02-15", "2026-02-14")
case("es-l12-almeria-dias-no-usados-y-baja", LOB, "decided", [M(
    "Oficina Invernaderos <oficina@invernaderoselejido.es>", SUP, "Baja y devolución parte proporcional",
    d(2025, 9, 22, 10, 0, AND),
    "Buenos días:\n\nQueremos dar de baja la suscripción anual porque cerramos la campaña y no la vamos a "
    "usar más. Como quedan casi cinco meses sin usar, os pedimos que nos devolváis la parte proporcional "
    "de la factura LO-INV-70221.\n\nUn saludo,\nEncarni López\nAdministración\n")],
    [R("deny"), X("cancel", "2026-02-14")],
    spec="L1 deny (no partial refund for unused days); L8 cancel, active until current_period_end 2026-02-14.")

# l13 Cuenca, free trial
cust("hola@cafeteriaelbarranco.ec", "Cafetería El Barranco", "monthly", status="trial", trial_ends="2025-10-05")
case("es-l13-cuenca-prueba-gratis", LOB, "decided", [M(
    "Cafetería El Barranco <hola@cafeteriaelbarranco.ec>", SUP, "devolucion de cobro en periodo de prueba",
    d(2025, 9, 28, 18, 0, EC),
    "Hola, estoy usando la prueba gratis del plan mensual y me aparecio un movimiento en la tarjeta, "
    "creo que me cobraron sin querer. No tengo factura porque no he contratado nada todavia. "
    "Si me cobraron algo por favor devuelvanmelo, no quiero pagar nada hasta decidir.\nGracias\nPaola\n")],
    [R("deny")],
    spec="L7: the account is on a free trial and the ledger holds no charge: deny, no billing unless they subscribe.")

# l14 San José CR quarterly cancel
cust("info@veterinariaescazu.cr", "Veterinaria Escazú", "quarterly", start="2025-09-01", end="2025-11-30")
lopay("es_p14a", "LO-INV-70241", "info@veterinariaescazu.cr", "quarterly", "3999.00",
      "2025-09-01T09:00:00", "2025-09-01", "2025-11-30")
case("es-l14-escazu-cancelar-trimestral", LOB, "decided", [M(
    "Veterinaria Escazú <info@veterinariaescazu.cr>", SUP, "Cancelar suscripción",
    d(2025, 9, 29, 14, 0, CR),
    "Hola, buenas tardes. Por favor nos ayudan a cancelar el plan trimestral, vamos a cambiar de sistema el "
    "otro año. No queremos más cobros. Muchas gracias, Dr. Esteban Quirós\n")],
    [X("cancel", "2025-11-30")],
    spec="L8: cancel, active until current_period_end 2025-11-30; no refund asked.")

# l15 Jerez, cancel, no period end: fallback from an offset paid_at
cust("bodega@bodegaslapalmajerez.es", "Bodegas La Palma", "monthly")
lopay("es_p15a", "LO-INV-70251", "bodega@bodegaslapalmajerez.es", "monthly", "1499.00",
      "2025-09-09T21:15:00+00:00", None, None)
case("es-l15-jerez-baja-sin-periodo", LOB, "decided", [M(
    "Bodegas La Palma <bodega@bodegaslapalmajerez.es>", SUP, "Baja del plan mensual",
    d(2025, 9, 30, 9, 0, AND),
    "Buenos días. Les pido la baja del plan mensual, que la temporada de vendimia nos tiene liados y no lo "
    "estamos usando. Gracias.\nManuel Domecq\n")],
    [X("cancel", "2025-10-09")],
    spec="L8 fallback: last charge 2025-09-09T21:15Z = 2025-09-10 02:45 IST; + 1 month - 1 day = 2025-10-09.")

# l16 Barquisimeto NGO, writes from gmail naming the registered email
cust("coordinacion@fundacionsemillaslara.org", "Fundación Semillas", "annual", start="2025-09-20", end="2026-09-19")
lopay("es_p16a", "LO-INV-70261", "coordinacion@fundacionsemillaslara.org", "annual", "11988.00",
      "2025-09-20T10:00:00", "2025-09-20", "2026-09-19")
lopay("es_p16b", "LO-INV-70262", "coordinacion@fundacionsemillaslara.org", "annual", "11988.00",
      "2025-09-20T10:03:00", "2025-09-20", "2026-09-19")
case("es-l16-barquisimeto-ong-desde-gmail", LOB, "need_info", [M(
    "Maria Alejandra Pérez <mariale.perez.lara@gmail.com>", SUP, "Fundación Semillas - pago doble",
    d(2025, 9, 23, 8, 0, VE),
    "Buenos días, les escribo desde mi correo personal porque el institucional está caído. Soy la "
    "coordinadora de la Fundación Semillas; el correo registrado es coordinacion@fundacionsemillaslara.org. "
    "El plan anual se pagó dos veces el 20/09, la factura repetida es LO-INV-70262. Por favor "
    "reintegren el duplicado, somos una ONG y ese dinero es de los talleres.\n\nMaría Alejandra\n")],
    rules=["C2"],
    spec="C2: the sender is not the registered email she names: need_info, write from the registered address, "
         "nothing about the account.")

# l17 Outlook forward from an assistant at a legal practice (no threat), carried request names the boss's email
cust("mferrer@estudioferrer.com.uy", "Estudio Ferrer", "quarterly", start="2025-09-05", end="2025-12-04")
lopay("es_p17a", "LO-INV-70271", "mferrer@estudioferrer.com.uy", "quarterly", "3999.00",
      "2025-09-05T10:00:00", "2025-09-05", "2025-12-04")
case("es-l17-salto-rv-outlook-secretaria", LOB, "need_info", [M(
    "Secretaría Estudio Ferrer <secretaria@estudioferrer.com.uy>", SUP, "RV: cancelar LeadsOptima",
    d(2025, 9, 25, 11, 20, UY),
    "Buenos días, reenvío el pedido del Dr. Ferrer. Saludos, Noelia\n\n"
    "-----Mensaje original-----\nDe: Marcelo Ferrer <mferrer@estudioferrer.com.uy>\n"
    "Enviado el: miércoles, 24 de septiembre de 2025 18:02\nPara: Secretaría <secretaria@estudioferrer.com.uy>\n"
    "Asunto: cancelar LeadsOptima\n\nNoelia, escribile a LeadsOptima y que nos den de baja el plan trimestral, "
    "no lo usamos. La cuenta está a nombre de mferrer@estudioferrer.com.uy.\nM.\n")],
    rules=["C2"],
    spec="Section 8 forwards + C2: the forwarded request names mferrer@ as the account, the sender is secretaria@: "
         "need_info, ask for the request from mferrer@.")

# l18 Loja, refund without reason
cust("gerencia@hostalloja.ec", "Hostal Loja", "monthly", start="2025-09-24", end="2025-10-23")
lopay("es_p18a", "LO-INV-70281", "gerencia@hostalloja.ec", "monthly", "1499.00",
      "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
case("es-l18-loja-reembolso-sin-motivo", LOB, "need_info", [M(
    "Hostal Loja <gerencia@hostalloja.ec>", SUP, "Solicitud",
    d(2025, 9, 26, 10, 0, EC),
    "Señores LeadsOptima\nPresente.-\n\nDe mi consideración:\n\nPor medio de la presente solicito el reembolso "
    "de la factura N° LO-INV-70281 correspondiente al plan mensual.\n\nPor la atención que se digne dar a la "
    "presente, anticipo mis agradecimientos.\n\nAtentamente,\nSr. Luis Ochoa\nGerente Propietario\n")],
    missing=["reason"],
    spec="C3: refund request with plan and invoice but no reason (formal opening/closing are not reasons): ask "
         "for reason.")

# l19 Santo Domingo, thread: no reason, then duplicate
cust("caja@colmadoelpuerto.com.do", "Colmado El Puerto", "monthly", start="2025-09-22", end="2025-10-21")
lopay("es_p19a", "LO-INV-70291", "caja@colmadoelpuerto.com.do", "monthly", "1499.00",
      "2025-09-22T10:00:00", "2025-09-22", "2025-10-21")
lopay("es_p19b", "LO-INV-70292", "caja@colmadoelpuerto.com.do", "monthly", "1499.00",
      "2025-09-22T10:00:40", "2025-09-22", "2025-10-21")
case("es-l19-santo-domingo-hilo-motivo", LOB, "decided", [
    M("Colmado El Puerto <caja@colmadoelpuerto.com.do>", SUP, "reembolso LO-INV-70292",
      d(2025, 9, 27, 19, 0, DO),
      "Buenas. Quiero el reembolso de LO-INV-70292, plan mensual. Gracias.\n"),
    M("Colmado El Puerto <caja@colmadoelpuerto.com.do>", SUP, "Re: reembolso LO-INV-70292 [LO-2291]",
      d(2025, 9, 30, 9, 0, DO),
      "Ok, el motivo: me lo cobraron dos veces el mismo día, 22 de septiembre, mire el estado de cuenta.\n\n"
      "El dom., 28 sept. 2025 a las 10:12, LeadsOptima Soporte <support@leadsoptima.com> escribió:\n"
      "> Para continuar necesitamos el motivo de su solicitud.\n")],
    [R("approve", "1499.00")],
    spec="C3 thread: first mail 2025-09-28 04:30 IST (day 6 after 22 Sep) gives invoice; the answer gives "
         "duplicate_payment; window counted from the first email: approve 1499.00.")

# l20 Murcia, access failure without invoice
cust("academia@autoescuelaelcarmen.es", "Autoescuela El Carmen", "monthly", start="2025-09-23", end="2025-10-22")
lopay("es_p20a", "LO-INV-70301", "academia@autoescuelaelcarmen.es", "monthly", "1499.00",
      "2025-09-23T10:00:00", "2025-09-23", "2025-10-22")
case("es-l20-murcia-sin-factura", LOB, "decided", [M(
    "Autoescuela El Carmen <academia@autoescuelaelcarmen.es>", SUP, "no entramos",
    d(2025, 9, 26, 13, 0, MUR),
    "Hola! No podemos acceder a la cuenta desde el martes, la contraseña la hemos cambiado y nada. "
    "Si no se arregla queremos que nos devolváis el dinero del mes. El número de factura no lo encuentro, "
    "la gestoría tiene los papeles. Plan mensual.\nPepa\n")],
    [R("escalate")],
    spec="Section 1 / docs/policy.md: the verified sender's account has exactly one payment (LO-INV-70301), so the "
         "invoice is filled from the ledger, not asked for; access_failure (no podemos acceder) 3 days after the "
         "charge (23->26 Sep): L6 escalate.")

# l21 Guayaquil, thread: invoice missing then given with spaces
cust("oficina@camaroneradelgolfo.ec", "Camaronera del Golfo", "quarterly", start="2025-09-21", end="2025-12-20")
lopay("es_p21a", "LO-INV-70311", "oficina@camaroneradelgolfo.ec", "quarterly", "3999.00",
      "2025-09-21T10:00:00", "2025-09-21", "2025-12-20")
case("es-l21-golfo-hilo-factura", LOB, "decided", [
    M("Camaronera del Golfo <oficina@camaroneradelgolfo.ec>", SUP, "plataforma caida",
      d(2025, 9, 24, 9, 0, EC),
      "Buenos días, la plataforma no carga desde el lunes, nos sale error 500. Pagamos el trimestral y "
      "no tenemos acceso. Pedimos el reembolso si no lo solucionan.\n"),
    M("Camaronera del Golfo <oficina@camaroneradelgolfo.ec>", SUP, "RE: plataforma caida [LO-3110]",
      d(2025, 9, 30, 8, 30, EC),
      "Buenos días, la factura es lo inv 70311.\nSigue sin cargar.\n\n"
      "-----Mensaje original-----\nDe: LeadsOptima Soporte <support@leadsoptima.com>\n"
      "Enviado el: miércoles, 24 de septiembre de 2025 21:00\nAsunto: Re: plataforma caida [LO-3110]\n\n"
      "Indíquenos el número de factura.\n")],
    [R("escalate")],
    spec="C3 thread: invoice given in the answer (lo inv 70311 = LO-INV-70311); access_failure within 7 days of the "
         "first mail (21->24 Sep): L6 escalate.")

# l22 Caracas contracargo threat
cust("pedidos@panaderialacandelaria.com.ve", "Panadería La Candelaria", "monthly", start="2025-09-20",
     end="2025-10-19")
lopay("es_p22a", "LO-INV-70321", "pedidos@panaderialacandelaria.com.ve", "monthly", "1499.00",
      "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
case("es-l22-caracas-contracargo", LOB, "decided", [M(
    "Panadería La Candelaria <pedidos@panaderialacandelaria.com.ve>", SUP, "URGENTE reintegro",
    d(2025, 9, 24, 12, 0, VE),
    "Les escribí hace 3 días y nadie responde. El cobro LO-INV-70321 del plan mensual está mal, es más de lo "
    "que acordamos. O me lo reintegran esta semana o hago el contracargo con la tarjeta, así de simple.\n"
    "Nelson\n")],
    [R("escalate")], rules=["C4"],
    spec="C4: threat of a chargeback (contracargo con la tarjeta): escalate.")

# l23 Paysandú, Defensa del Consumidor + cancel: both escalate
cust("contacto@heladeriapaysandu.com.uy", "Heladería del Litoral", "monthly", start="2025-09-18", end="2025-10-17")
lopay("es_p23a", "LO-INV-70331", "contacto@heladeriapaysandu.com.uy", "monthly", "1499.00",
      "2025-09-18T10:00:00", "2025-09-18", "2025-10-17")
case("es-l23-paysandu-defensa-consumidor", LOB, "decided", [M(
    "Heladería del Litoral <contacto@heladeriapaysandu.com.uy>", SUP, "Baja y devolución",
    d(2025, 9, 23, 18, 0, UY),
    "Buenas. Quiero dar de baja el plan mensual y que me devuelvan la factura LO-INV-70331, me cobraron un "
    "importe equivocado. Si no tengo respuesta voy a hacer la denuncia en el Área Defensa del Consumidor.\n"
    "Gustavo\n")],
    [R("escalate"), X("escalate")], rules=["C4"],
    spec="C4 covers the whole case (section 8): consumer-protection complaint threat escalates the refund and the "
         "cancellation.")

# l24 Málaga, threat ruled out, cancellation only
cust("hola@surfschoolmalaga.es", "Surf School Málaga", "monthly", start="2025-09-14", end="2025-10-13")
lopay("es_p24a", "LO-INV-70341", "hola@surfschoolmalaga.es", "monthly", "1499.00",
      "2025-09-14T10:00:00", "2025-09-14", "2025-10-13")
case("es-l24-malaga-sin-amenaza", LOB, "decided", [M(
    "Surf School Málaga <hola@surfschoolmalaga.es>", SUP, "Cancelar",
    d(2025, 9, 28, 20, 0, AND),
    "Hola equipo. Que quede claro que no voy a ir al banco ni a reclamar a nadie, estoy contento con el "
    "servicio, pero se acaba la temporada y quiero cancelar el plan mensual. No pido devolución de nada.\n"
    "Gracias! Álex\n")],
    [X("cancel", "2025-10-13")],
    spec="L8 cancel until 2025-10-13; the customer rules out going to the bank and refuses a refund: no C4, no "
         "refund intent (section 8 negation).")

# l25 Tacuarembó other: invoice with RUT, no refund
cust("admin@agropecuariatacuarembo.com.uy", "Agropecuaria Tacuarembó", "annual", start="2025-06-01",
     end="2026-05-31")
lopay("es_p25a", "LO-INV-70351", "admin@agropecuariatacuarembo.com.uy", "annual", "11988.00",
      "2025-06-01T10:00:00", "2025-06-01", "2026-05-31")
case("es-l25-tacuarembo-factura-rut", LOB, "other", [M(
    "Administración <admin@agropecuariatacuarembo.com.uy>", SUP, "Factura con RUT",
    d(2025, 9, 29, 10, 0, UY),
    "Buenas, ¿me pueden reemitir la factura LO-INV-70351 con el RUT de la empresa? No es un reclamo ni "
    "quiero devolución, es para la contadora. RUT 21 xxx xxx 0019.\nGracias, Silvia\n")],
    spec="other: a request for an invoice with tax ID; refund explicitly not asked (section 8).")

# l26 Alicante? no: Córdoba (Andalusia) hypothetical before buying
case("es-l26-cordoba-pregunta-antes-de-contratar", LOB, "other", [M(
    "Rafael Cabello <rafa.cabello.cordoba@hotmail.es>", SUP, "Consulta antes de contratar",
    d(2025, 9, 27, 11, 0, AND),
    "Buenas. Estoy mirando el plan anual para la academia. Si lo contrato y a los dos meses veo que no "
    "me sirve, ¿me devolveríais lo que queda? ¿Y hay prueba gratis? Gracias.\nRafa\n")],
    spec="Section 8 hypothetical before buying: a policy question, other.")

# l27 Cumaná thanks
cust("info@posadacumana.com.ve", "Posada Cumaná", "monthly", start="2025-09-10", end="2025-10-09")
case("es-l27-cumana-gracias", LOB, "other", [M(
    "Posada Cumaná <info@posadacumana.com.ve>", SUP, "Re: acceso [LO-3301]",
    d(2025, 9, 29, 9, 0, VE),
    "Mil gracias, ya pudimos entrar de nuevo. Todo chévere. Saludos!\nYusmary\n",
    headers={"_irt": "<LO-3301.1758950000@leadsoptima.com>"})],
    spec="other: thanks, no request.")

# l28 auto-reply
case("es-l28-respuesta-automatica", LOB, "ignore", [M(
    "Dirección Colegio San Andrés <direccion@colegiosanandresquito.edu.ec>", SUP,
    "Respuesta automática: Re: su solicitud [LO-3302]", d(2025, 9, 29, 8, 0, EC),
    "Me encuentro fuera de la oficina hasta el 6 de octubre con acceso limitado al correo. Para asuntos "
    "urgentes comuníquese con Colecturía.\n",
    headers={"Auto-Submitted": "auto-replied", "_irt": "<LO-3302.1759120000@leadsoptima.com>"})],
    rules=["C7"], spec="C7: Auto-Submitted auto-replied: ignore.")

# l29 bounce
case("es-l29-rebote", LOB, "ignore", [M(
    "Mail Delivery Subsystem <MAILER-DAEMON@mx.cantv.net>", SUP, "Notificación de estado de entrega (error)",
    d(2025, 9, 28, 7, 0, VE),
    "No se pudo entregar el mensaje a pedidos@panaderia-candelaria.com.ve: la dirección no existe.\n"
    "Asunto del mensaje original: Re: quiero cancelar mi plan y que me devuelvan el dinero [LO-3290]\n")],
    rules=["C7"], spec="C7: MAILER-DAEMON sender: ignore, whatever the quoted text asks.")

# l30 own address
case("es-l30-propia-noreply", LOB, "ignore", [M(
    "LeadsOptima <noreply@leadsoptima.com>", SUP, "Su factura LO-INV-70999 / cancelación",
    d(2025, 9, 28, 7, 0, tz(5, 30)),
    "Hola, se ha generado su factura. Para cancelar su plan vaya a Billing > Cancel Plan. Reembolsos: ver "
    "política.\n")],
    rules=["C7"], spec="C7: mail from the brand's own address: ignore.")

# l31 plus-tag is another address
cust("contabilidad@fisioterapiaronda.es", "Fisioterapia Ronda", "monthly", start="2025-09-15", end="2025-10-14")
lopay("es_p31a", "LO-INV-70371", "contabilidad@fisioterapiaronda.es", "monthly", "1499.00",
      "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
case("es-l31-ronda-alias-con-mas", LOB, "need_info", [M(
    "Contabilidad Fisio Ronda <contabilidad+leadsoptima@fisioterapiaronda.es>", SUP, "Cancelación plan",
    d(2025, 9, 26, 10, 0, AND),
    "Buenos días, queremos cancelar el plan mensual de contabilidad@fisioterapiaronda.es, cerramos la "
    "consulta en octubre. Un saludo.\n")],
    rules=["C2"],
    spec="Section 8: a +tag makes another address; the registered email named is contabilidad@: C2 need_info.")

# l32 Reply-To never verifies
cust("ventas@muebleslaguaira.com.ve", "Muebles La Guaira", "quarterly", start="2025-09-01", end="2025-11-30")
lopay("es_p32a", "LO-INV-70381", "ventas@muebleslaguaira.com.ve", "quarterly", "3999.00",
      "2025-09-01T10:00:00", "2025-09-01", "2025-11-30")
case("es-l32-la-guaira-reply-to", LOB, "need_info", [M(
    "Muebles La Guaira <mueblesguaira2019@yahoo.com>", SUP, "cancelar plan trimestral",
    d(2025, 9, 25, 10, 0, VE),
    "Saludos, favor cancelar el plan trimestral de ventas@muebleslaguaira.com.ve. Respondan al otro "
    "correo por favor.\nAtt. Wilmer\n", reply_to="ventas@muebleslaguaira.com.ve")],
    rules=["C2"], spec="C2: From yahoo, registered ventas@ only in Reply-To (never verifies): need_info.")

# l33 Murcia (Lorca), HTML-only, duplicate annual, amount in the mail wrong
cust("gerencia@conservaslorca.es", "Conservas Lorca", "annual", start="2025-09-25", end="2026-09-24")
lopay("es_p33a", "LO-INV-70391", "gerencia@conservaslorca.es", "annual", "11988.00",
      "2025-09-25T10:00:00", "2025-09-25", "2026-09-24")
lopay("es_p33b", "LO-INV-70392", "gerencia@conservaslorca.es", "annual", "11988.00",
      "2025-09-25T10:05:00", "2025-09-25", "2026-09-24")
case("es-l33-lorca-html-duplicado", LOB, "decided", [M(
    "Gerencia Conservas Lorca <gerencia@conservaslorca.es>", SUP, "Pago duplicado suscripción anual",
    d(2025, 9, 29, 10, 0, MUR),
    "<html><body><div style='font-family:Calibri'><p>Buenos días:</p><p>Os informamos de que la "
    "suscripci&oacute;n <b>anual</b> se ha cargado <u>dos veces</u> el 25/09/2025 (14.145,84 cada cargo, "
    "con IVA). Solicitamos la devoluci&oacute;n del cargo duplicado, factura <b>LO-INV-70392</b>.</p>"
    "<p>Saludos cordiales,<br>Juana Mar&iacute;a S&aacute;nchez<br>Gerencia</p></div></body></html>",
    html=True)],
    [R("approve", "11988.00")],
    spec="L4: pair of paid 11988.00 charges 25 Sep, request 29 Sep: approve 11988.00 before tax (the mail's "
         "14.145,84 includes tax, C6).")

# l34 Alajuela, elderly owner dictating
cust("sodalaesquina.alajuela@gmail.com", "Soda La Esquina", "monthly", start="2025-09-17", end="2025-10-16")
lopay("es_p34a", "LO-INV-70401", "sodalaesquina.alajuela@gmail.com", "monthly", "1499.00",
      "2025-09-17T10:00:00", "2025-09-17", "2025-10-16")
case("es-l34-alajuela-dictado-abuelo", LOB, "decided", [M(
    "Soda La Esquina <sodalaesquina.alajuela@gmail.com>", SUP, "cancelar",
    d(2025, 9, 29, 7, 10, CR),
    "buenos dias les habla don Rodrigo Alfaro de la soda la esquina en alajuela punto eso que me puso mi "
    "nieta del plan mensual ya no lo ocupo porque ella se fue a estudiar a san jose entonces cancelenlo "
    "por favor coma que no me cobren mas punto muchas gracias y que Dios me los bendiga\n\n"
    "Enviado desde mi iPhone\n")],
    [X("cancel", "2025-10-16")],
    spec="L8 cancel (dictated, no punctuation): active until current_period_end 2025-10-16.")

# l35 Granada, several requests: duplicate + cancel + question
cust("info@hotelalbaicinview.es", "Hotel Albaicín View", "quarterly", start="2025-09-26", end="2025-12-25")
lopay("es_p35a", "LO-INV-70411", "info@hotelalbaicinview.es", "quarterly", "3999.00",
      "2025-09-26T10:00:00", "2025-09-26", "2025-12-25")
lopay("es_p35b", "LO-INV-70412", "info@hotelalbaicinview.es", "quarterly", "3999.00",
      "2025-09-26T10:00:30", "2025-09-26", "2025-12-25")
case("es-l35-granada-varias-cosas", LOB, "decided", [M(
    "Hotel Albaicín View <info@hotelalbaicinview.es>", SUP, "Varias cosas",
    d(2025, 9, 29, 12, 0, AND),
    "Hola, varias cosas:\n1) ¿Se puede conectar con el motor de reservas que usamos?\n"
    "2) El trimestral nos lo habéis cobrado por duplicado el viernes 26; devolvednos el segundo cargo, "
    "LO-INV-70412.\n3) Y ya que estamos, cancelad la renovación: cuando acabe este trimestre no seguimos.\n"
    "Gracias, Inma\n")],
    [R("approve", "3999.00"), X("cancel", "2025-12-25")],
    spec="L4 approve 3999.00 (pair 26 Sep, request 29 Sep) + L8 cancel until 2025-12-25; the integration question "
         "changes nothing.")

# l36 Puerto Plata, duplicate whose second charge is already refunded
cust("reservas@villasplayadorada.com.do", "Villas Playa Dorada", "monthly", start="2025-09-25", end="2025-10-24")
lopay("es_p36a", "LO-INV-70421", "reservas@villasplayadorada.com.do", "monthly", "1499.00",
      "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
lopay("es_p36b", "LO-INV-70422", "reservas@villasplayadorada.com.do", "monthly", "1499.00",
      "2025-09-25T10:01:00", "2025-09-25", "2025-10-24", status="refunded")
case("es-l36-puerto-plata-ya-reembolsado", LOB, "decided", [M(
    "Villas Playa Dorada <reservas@villasplayadorada.com.do>", SUP, "Doble cobro LO-INV-70422",
    d(2025, 9, 28, 10, 0, DO),
    "Buenas, nos debitaron doble el plan mensual el 25, la factura del segundo es LO-INV-70422. Favor "
    "devolver. Gracias. Ramona\n")],
    [R("escalate")],
    spec="Section 8: the named charge is not paid (refunded); no pair of paid charges either: escalate.")

# l37 Loja-born in Madrid? no: Manta (Ecuador), date in the mail contradicts the ledger
cust("ventas@atunerademanta.ec", "Atunera de Manta", "monthly", start="2025-09-26", end="2025-10-25")
lopay("es_p37a", "LO-INV-70431", "ventas@atunerademanta.ec", "monthly", "1499.00",
      "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
lopay("es_p37b", "LO-INV-70432", "ventas@atunerademanta.ec", "monthly", "1499.00",
      "2025-09-26T10:02:00", "2025-09-26", "2025-10-25")
case("es-l37-manta-fecha-equivocada", LOB, "decided", [M(
    "Atunera de Manta <ventas@atunerademanta.ec>", SUP, "pague dos veces",
    d(2025, 9, 30, 8, 0, EC),
    "Buenas, ya se que paso mas de una semana (fue como el 3/9 creo) pero pague dos veces el mensual, "
    "factura LO-INV-70432. Si se puede devolver bien y si no igual gracias.\nKléber\n")],
    [R("approve", "1499.00")],
    spec="The ledger, not the mail, dates the charge: pair on 2025-09-26, request 2025-09-30 = day 4: approve "
         "1499.00.")

# l38 Molina de Segura (Murcia): statutory withdrawal right invoked
cust("tienda@calzadosmolina.es", "Calzados Molina", "monthly", start="2025-09-25", end="2025-10-24")
lopay("es_p38a", "LO-INV-70441", "tienda@calzadosmolina.es", "monthly", "1499.00",
      "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
case("es-l38-molina-derecho-desistimiento", LOB, "decided", [M(
    "Calzados Molina <tienda@calzadosmolina.es>", SUP, "Ejercicio del derecho de desistimiento",
    d(2025, 9, 29, 18, 0, MUR),
    "Buenas tardes:\n\nContraté el plan mensual el jueves (LO-INV-70441) y no me convence. Según la ley de "
    "consumidores tengo 14 días de desistimiento, así que ejerzo mi derecho de desistimiento y solicito la "
    "devolución íntegra. Conozco mis derechos como consumidor.\n\nAtentamente,\nMari Carmen Hernández\n")],
    [R("escalate")], rules=["C4"],
    spec="C4: statutory consumer rights invoked (derecho de desistimiento, derechos como consumidor): escalate, "
         "not the L1 deny a changed mind would get.")

# l39 Rivera (UY): a past refund, thanks only
cust("caja@supermercadorivera.com.uy", "Supermercado Rivera", "monthly", start="2025-09-05", end="2025-10-04")
case("es-l39-rivera-reembolso-pasado", LOB, "other", [M(
    "Caja Supermercado Rivera <caja@supermercadorivera.com.uy>", SUP, "Re: cobro doble [LO-2977]",
    d(2025, 9, 29, 11, 0, UY),
    "Hola, solo para avisar que ya nos llegó a la tarjeta la devolución del cobro doble de agosto. "
    "Muy amables, todo resuelto. Saludos de frontera, bo!\nWashington\n",
    headers={"_irt": "<LO-2977.1758400000@leadsoptima.com>"})],
    spec="other: a past refund acknowledged; nothing is asked.")

# l40 Puntarenas (CR), long rambling mail: access problem, refund explicitly declined
cust("oficina@marisqueriapuntarenas.cr", "Marisquería Puntarenas", "monthly", start="2025-09-24", end="2025-10-23")
lopay("es_p40a", "LO-INV-70451", "oficina@marisqueriapuntarenas.cr", "monthly", "1499.00",
      "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
case("es-l40-puntarenas-no-quiero-devolucion", LOB, "other", [M(
    "Marisquería Puntarenas <oficina@marisqueriapuntarenas.cr>", SUP, "consulta",
    d(2025, 9, 27, 16, 0, CR),
    "Buenas tardes, espero que estén muy bien. Les cuento que aquí en el puerto estamos en temporada de "
    "cruceros y la marisquería está a reventar, por eso hasta ahora les escribo. Mi hija es la que maneja la "
    "parte de redes y me dice que desde el jueves el panel se queda cargando cuando quiere ver los contactos "
    "nuevos, pero que en el celular sí abre. Yo no quiero que me devuelvan nada ni cancelar, diay, solo que "
    "me digan si es algo de la compu de nosotros o de ustedes. Por cierto, el pescado de hoy estaba "
    "buenísimo, si algún día vienen a Costa Rica los invito.\n\nPura vida,\nDoña Flor Araya\n")],
    spec="Section 8 negation: refund and cancellation explicitly declined; a technical question: other.")

# ---------------------------------------------------------------------------------------------
# Optima WebDesign
# ---------------------------------------------------------------------------------------------


def ow(pid, inv, project, kind, amount, paid_at, **kw):
    owpay(pid, inv, project, kind, amount, owtax(amount), paid_at, **kw)


# o01 Mérida (VE) NGO, deposit inside 72 h
proj("Portal Fundación Andes Verdes", "direccion@andesverdes.org.ve")
ow("es_w01", "OWD-2025-301", "Portal Fundación Andes Verdes", "deposit", "40000.00", "2025-09-22T10:00:00")
case("es-o01-merida-ong-anticipo", OWB, "decided", [M(
    "Dirección Andes Verdes <direccion@andesverdes.org.ve>", OWDTO,
    "Refund Request — Portal Fundación Andes Verdes / OWD-2025-301", d(2025, 9, 24, 8, 30, VE),
    "Estimados:\n\nLa junta directiva de la fundación, en su reunión de anoche, no aprobó el presupuesto del "
    "portal, así que debemos desistir del proyecto. Solicitamos la devolución del anticipo (factura "
    "OWD-2025-301) pagado el lunes. Entendemos que todavía no comenzaron los trabajos.\n\n"
    "Cordialmente,\nLic. Beatriz Uzcátegui\nDirectora Ejecutiva\n")],
    [R("approve", "40000.00")], extra_ok=True,
    spec="O2: deposit paid 2025-09-22 10:00 IST, request 2025-09-24 18:00 IST (56 h) and no work started: approve "
         "40000.00 before tax.")

# o02 Santo Domingo, deposit at exactly 72 h
proj("Tienda Online Bella Caribe", "ventas@bellacaribe.com.do")
ow("es_w02", "OWD-2025-302", "Tienda Online Bella Caribe", "deposit", "30000.00", "2025-09-20T15:00:00")
case("es-o02-santo-domingo-72-horas-justas", OWB, "decided", [M(
    "Bella Caribe <ventas@bellacaribe.com.do>", OWDTO, "Devolución del depósito - Tienda Online Bella Caribe",
    d(2025, 9, 23, 5, 30, DO),
    "Saludos. Nos vamos a quedar con otra agencia más barata, por eso pedimos la devolución del depósito "
    "OWD-2025-302 de la Tienda Online Bella Caribe. Estamos dentro de las 72 horas, ¿verdad? Gracias.\n"
    "Yaniris\n")],
    [R("deny")],
    spec="O2 / section 8: paid 2025-09-20 15:00 IST, request 05:30 -04 on 23 Sep = 15:00 IST = exactly 72 h: deny.")

# o03 Colonia (UY), deposit inside 72 h but work already started
proj("Web Bodega Colonia", "info@bodegacolonia.com.uy", started="2025-09-25T09:00:00")
ow("es_w03", "OWD-2025-303", "Web Bodega Colonia", "deposit", "25000.00", "2025-09-24T12:00:00")
case("es-o03-colonia-anticipo-trabajo-empezado", OWB, "decided", [M(
    "Bodega Colonia <info@bodegacolonia.com.uy>", OWDTO, "devolución seña web bodega",
    d(2025, 9, 26, 8, 0, UY),
    "Hola, ¿cómo andan? Pagamos la seña de la Web Bodega Colonia (OWD-2025-303) hace dos días pero al final "
    "el socio no quiere invertir ahora. Nos devuelven la seña, por favor?\nAbrazo, Facundo\n")],
    [R("deny")],
    spec="O2: within 72 h (request 2025-09-26 16:30 IST) but work_started_at 2025-09-25 09:00 is earlier: deny.")

# o04 Sevilla, work scheduled after the request
proj("Reservas Flamenco Triana", "reservas@tablaotriana.es", started="2025-09-29T10:00:00")
ow("es_w04", "OWD-2025-304", "Reservas Flamenco Triana", "deposit", "25000.00", "2025-09-25T18:00:00")
case("es-o04-triana-anticipo-antes-de-empezar", OWB, "decided", [M(
    "Tablao Triana <reservas@tablaotriana.es>", OWDTO, "Anulación proyecto Reservas Flamenco Triana",
    d(2025, 9, 26, 16, 0, AND),
    "Buenas tardes:\n\nLamentablemente el dueño del local nos ha comunicado que no renueva el alquiler y "
    "cerramos el tablao en noviembre, por lo que anulamos el proyecto Reservas Flamenco Triana. Pedimos la "
    "devolución de la señal, factura OWD-2025-304.\n\nUn saludo,\nMacarena Vargas\n")],
    [R("approve", "25000.00")], extra_ok=True,
    spec="O2: paid 2025-09-25 18:00 IST, request 2025-09-26 19:30 IST (25.5 h); work starts 2025-09-29, after the "
         "request: approve 25000.00.")

# o05 Liberia (CR), discovery not started
proj("Estrategia Digital Hotel Guanacaste", "gerencia@hotelguanacaste.cr")
ow("es_w05", "OWD-2025-305", "Estrategia Digital Hotel Guanacaste", "discovery", "15000.00", "2025-09-19T10:00:00")
case("es-o05-guanacaste-discovery-sin-iniciar", OWB, "decided", [M(
    "Gerencia Hotel Guanacaste <gerencia@hotelguanacaste.cr>", OWDTO,
    "Devolución sesión de estrategia - OWD-2025-305", d(2025, 9, 26, 9, 0, CR),
    "Buenos días. Pagamos la fase de descubrimiento de la Estrategia Digital Hotel Guanacaste pero la sesión "
    "nunca se agendó y la casa matriz decidió centralizar el marketing. Solicitamos la devolución.\n"
    "Saludos, Andrea Jiménez\n")],
    [R("approve", "15000.00")],
    spec="O1: discovery with no work started (work_started_at empty): approve 15000.00 in full before tax.")

# o06 Quito, discovery started
proj("Rebranding Ferretería Quitumbe", "compras@ferreteriaquitumbe.ec", started="2025-09-15T11:00:00")
ow("es_w06", "OWD-2025-306", "Rebranding Ferretería Quitumbe", "discovery", "18000.00", "2025-09-12T10:00:00")
case("es-o06-quitumbe-discovery-iniciado", OWB, "decided", [M(
    "Compras Ferretería Quitumbe <compras@ferreteriaquitumbe.ec>", OWDTO, "reembolso taller de marca",
    d(2025, 9, 22, 10, 0, EC),
    "Buenos días, tuvimos la primera sesión del Rebranding Ferretería Quitumbe pero no nos convenció la "
    "propuesta, queremos que nos devuelvan lo pagado, factura OWD-2025-306.\nAtentamente, Jorge Tipán\n")],
    [R("deny")],
    spec="O1: discovery session already held (work_started_at 2025-09-15 before the request): deny.")

# o07 Murcia, milestone not started
proj("App Citas Clínica Dental Murcia", "direccion@dentalmurcia.es", started="2025-08-01T10:00:00")
ow("es_w07", "OWD-2025-307", "App Citas Clínica Dental Murcia", "milestone", "60000.00", "2025-09-10T10:00:00",
   milestone_status="not_started")
case("es-o07-murcia-hito-no-iniciado", OWB, "decided", [M(
    "Dirección Clínica Dental <direccion@dentalmurcia.es>", OWDTO,
    "Refund Request — App Citas Clínica Dental Murcia / OWD-2025-307", d(2025, 9, 25, 11, 0, MUR),
    "Buenos días:\n\nComo hablamos por teléfono, hemos decidido no desarrollar el módulo de pagos (hito 3) "
    "porque el colegio de dentistas nos da una herramienta gratuita. Ese hito, factura OWD-2025-307, no se ha "
    "empezado. Solicitamos su reembolso; el resto del proyecto sigue.\n\nDra. Pilar Navarro\n")],
    [R("approve", "60000.00")],
    spec="O3: milestone not_started: approve its amount 60000.00 (before tax).")

# o08 Maracay, milestone in progress
proj("Catálogo Textiles Aragua", "mercadeo@textilesaragua.com.ve", started="2025-08-20T10:00:00")
ow("es_w08", "OWD-2025-308", "Catálogo Textiles Aragua", "milestone", "45000.00", "2025-09-05T10:00:00",
   milestone_status="in_progress")
case("es-o08-maracay-hito-en-curso", OWB, "decided", [M(
    "Mercadeo Textiles Aragua <mercadeo@textilesaragua.com.ve>", OWDTO, "devolucion hito catalogo",
    d(2025, 9, 25, 10, 0, VE),
    "Buen día, el segundo hito del Catálogo Textiles Aragua (OWD-2025-308) va lentísimo y ya no lo "
    "queremos, preferimos cortar ahí y que nos devuelvan ese pago.\nGracias\nRicardo\n")],
    [R("escalate")], extra_ok=True,
    spec="O3: milestone in_progress: escalate (billable value of unstarted work needs a person).")

# o09 Cádiz, milestone approved
proj("Web Chiringuito La Caleta", "info@chiringuitolacaleta.es", started="2025-07-10T10:00:00")
ow("es_w09", "OWD-2025-309", "Web Chiringuito La Caleta", "milestone", "20000.00", "2025-08-10T10:00:00",
   milestone_status="approved")
case("es-o09-cadiz-hito-aprobado", OWB, "decided", [M(
    "Chiringuito La Caleta <info@chiringuitolacaleta.es>", OWDTO, "devolución diseño",
    d(2025, 9, 22, 13, 0, AND),
    "Hola! Aprobamos el diseño en agosto pero ahora que lo vemos publicado no nos gusta tanto. Queremos que nos "
    "devolváis lo del hito de diseño de la Web Chiringuito La Caleta, OWD-2025-309.\nGracias, Curro\n")],
    [R("deny")],
    spec="O3/O6: milestone approved: deny (approved milestones are non-refundable).")

# o10 Cuenca retainer, notice ok
proj("Mantenimiento SEO Joyería Cuenca", "gerencia@joyeriacuenca.ec", started="2025-03-01T10:00:00")
ow("es_w10", "OWD-2025-310", "Mantenimiento SEO Joyería Cuenca", "retainer", "12000.00", "2025-09-15T10:00:00",
   period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15")
case("es-o10-cuenca-retainer-con-aviso", OWB, "decided", [M(
    "Gerencia Joyería Cuenca <gerencia@joyeriacuenca.ec>", OWDTO,
    "Cancelación retainer - Mantenimiento SEO Joyería Cuenca", d(2025, 9, 29, 16, 0, EC),
    "Estimados, por recorte de presupuesto de fin de año vamos a cancelar el Mantenimiento SEO Joyería "
    "Cuenca. Última factura OWD-2025-310. Favor no renovar.\nSaludos, Fernanda Malo\n")],
    [X("cancel", "2025-10-14")],
    spec="O4/O8: request 2025-09-30 02:30 IST <= 2025-10-15 - 7 = 2025-10-08: cancel, effective 2025-10-14.")

# o11 Barquisimeto retainer, short notice
proj("Redes Sociales Café Lara", "cafelara.redes@gmail.com", started="2025-05-03T10:00:00")
ow("es_w11", "OWD-2025-311", "Redes Sociales Café Lara", "retainer", "9000.00", "2025-09-03T10:00:00",
   period_start="2025-09-03", period_end="2025-10-02", next_billing_at="2025-10-03")
case("es-o11-lara-retainer-poco-aviso", OWB, "decided", [M(
    "Café Lara <cafelara.redes@gmail.com>", OWDTO, "cancelar redes",
    d(2025, 9, 29, 9, 0, VE),
    "epa buenas, quiero cancelar el retainer de Redes Sociales Café Lara, la factura fue OWD-2025-311. El "
    "motivo es que mi sobrino va a manejar las redes ahora. Gracias\n")],
    [X("cancel", "2025-11-02")],
    spec="O4: request 2025-09-29 IST is after 2025-10-03 - 7 = 2025-09-26: next cycle (2025-10-03..2025-11-02) is "
         "billed; effective 2025-11-02.")

# o12 Montevideo retainer, exactly 7 days (UY date 28, IST date 29)
proj("Newsletter Librería Ciudad Vieja", "libreria@ciudadvieja.com.uy", started="2025-04-06T10:00:00")
ow("es_w12", "OWD-2025-312", "Newsletter Librería Ciudad Vieja", "retainer", "8000.00", "2025-09-06T10:00:00",
   period_start="2025-09-06", period_end="2025-10-05", next_billing_at="2025-10-06")
case("es-o12-ciudad-vieja-retainer-siete-dias", OWB, "decided", [M(
    "Librería Ciudad Vieja <libreria@ciudadvieja.com.uy>", OWDTO, "Baja newsletter OWD-2025-312",
    d(2025, 9, 28, 23, 0, UY),
    "Hola, les pido la baja del Newsletter Librería Ciudad Vieja, ya no mandamos boletines porque la "
    "gente no los abre. Gracias, Ana Inés\n")],
    [X("cancel", "2025-10-05")],
    spec="O4: request 23:00 -03 on 28 Sep = 2025-09-29 07:30 IST = 2025-10-06 - 7 exactly: enough notice; cancel "
         "effective 2025-10-05.")

# o13 Huelva retainer next cycle already paid
proj("Gestión Web Fresas Huelva", "admin@fresashuelva.es", started="2025-01-10T10:00:00")
ow("es_w13a", "OWD-2025-313", "Gestión Web Fresas Huelva", "retainer", "10000.00", "2025-09-10T10:00:00",
   period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10")
ow("es_w13b", "OWD-2025-314", "Gestión Web Fresas Huelva", "retainer", "10000.00", "2025-09-10T10:05:00",
   period_start="2025-10-10", period_end="2025-11-09", next_billing_at="2025-11-10")
case("es-o13-huelva-retainer-pagado-por-adelantado", OWB, "decided", [M(
    "Fresas Huelva <admin@fresashuelva.es>", OWDTO, "Cancelar gestión web",
    d(2025, 9, 24, 9, 0, AND),
    "Buenos días, cancelamos la Gestión Web Fresas Huelva porque la cooperativa contrata a un informático "
    "propio. Pagamos ya el mes de octubre por adelantado (OWD-2025-314).\nSaludos, Remedios\n")],
    [X("escalate")], extra_ok=True,
    spec="Section 8 retainer paid in advance: next cycle already paid, notice >= 7 days (24 Sep vs 10 Oct): "
         "escalate.")

# o14 Santiago RD hosting within 14 days (refund + end)
proj("Hosting Clínica Corazones Unidos", "administracion@corazonesunidos.com.do", started="2025-09-20T10:00:00")
ow("es_w14", "OWD-2025-315", "Hosting Clínica Corazones Unidos", "hosting_annual", "18000.00",
   "2025-09-18T10:00:00", setup_fee="2400.00", service_start="2025-09-20")
case("es-o14-santiago-hosting-14-dias", OWB, "decided", [M(
    "Administración Corazones Unidos <administracion@corazonesunidos.com.do>", OWDTO,
    "Refund Request — Hosting Clínica Corazones Unidos / OWD-2025-315", d(2025, 9, 27, 10, 0, DO),
    "Buenos días,\n\nla clínica pasó a un grupo hospitalario que tiene su propio servidor, por lo que "
    "damos de baja el hosting anual y solicitamos el reembolso que corresponda según su política.\n\n"
    "Lic. Dilenia Reyes\nAdministración\n")],
    [R("approve", "14300.00")], extra_ok=True,
    spec="O5: day 7 of service_start 2025-09-20: 18000 - 2400 - (15600/12 = 1300) x 1 = 14300.00.")

# o15 Estepona maintenance with rounding
proj("Mantenimiento Web Inmobiliaria Estepona", "oficina@inmoestepona.es", started="2025-09-25T10:00:00")
ow("es_w15", "OWD-2025-316", "Mantenimiento Web Inmobiliaria Estepona", "maintenance_annual", "25000.00",
   "2025-09-24T10:00:00", setup_fee="1500.00", service_start="2025-09-25")
case("es-o15-estepona-mantenimiento-redondeo", OWB, "decided", [M(
    "Inmobiliaria Estepona <oficina@inmoestepona.es>", OWDTO, "baja mantenimiento y devolución",
    d(2025, 9, 30, 10, 0, AND),
    "Hola, hemos vendido la inmobiliaria y el nuevo dueño trae su propia web. Damos de baja el "
    "Mantenimiento Web Inmobiliaria Estepona (OWD-2025-316) y os pedimos la devolución proporcional.\n"
    "Saludos, Luis\n")],
    [R("approve", "21541.67")], extra_ok=True,
    spec="O5: 25000 - 1500 - 23500/12 (1958.333...) x 1 = 21541.666... -> 21541.67 (rounded once).")

# o16 Guayaquil hosting day 15 in India, day 14 in Ecuador
proj("Hosting Exportadora Bananera", "sistemas@bananeraexport.ec", started="2025-09-02T10:00:00")
ow("es_w16", "OWD-2025-317", "Hosting Exportadora Bananera", "hosting_annual", "12000.00", "2025-09-01T10:00:00",
   setup_fee="1200.00", service_start="2025-09-02")
case("es-o16-guayaquil-hosting-dia-15", OWB, "decided", [M(
    "Sistemas Bananera <sistemas@bananeraexport.ec>", OWDTO, "Reembolso hosting OWD-2025-317",
    d(2025, 9, 16, 21, 0, EC),
    "Buenas noches, todavía estamos en los 14 días: pedimos el reembolso prorrateado del Hosting Exportadora "
    "Bananera porque migramos todo a la nube de la casa matriz.\nIng. Carlos Mendoza\n")],
    [R("deny")],
    spec="O5: service_start 2025-09-02; 21:00 -05 on 16 Sep = 2025-09-17 07:30 IST = day 15 > 14: deny.")

# o17 Tenerife? no: Jaén hosting before service start
proj("Hosting Almazara Jaén", "comercial@almazarajaen.es")
ow("es_w17", "OWD-2025-318", "Hosting Almazara Jaén", "hosting_annual", "15600.00", "2025-09-26T10:00:00",
   setup_fee="600.00", service_start="2025-10-10")
case("es-o17-jaen-hosting-antes-de-empezar", OWB, "decided", [M(
    "Almazara Jaén <comercial@almazarajaen.es>", OWDTO, "Anular hosting Almazara",
    d(2025, 9, 29, 9, 0, AND),
    "Buenos días. Contratamos el Hosting Almazara Jaén (factura OWD-2025-318) pero la cooperativa ha "
    "decidido quedarse con el proveedor de siempre. Queremos anularlo y que nos devolváis el importe.\n"
    "Atentamente, Juan Antonio\n")],
    [R("approve", "13750.00")], extra_ok=True,
    spec="O5 before service start (section 8: consumed_months 1): 15600 - 600 - 15000/12 (1250) = 13750.00.")

# o18 domain renewal
proj("Dominio y Correo Colegio Montessori", "bursar@montessoricartago.cr", started="2024-09-01T10:00:00")
ow("es_w18", "OWD-2025-319", "Dominio y Correo Colegio Montessori", "third_party", "2500.00", "2025-09-25T10:00:00")
case("es-o18-cartago-dominio", OWB, "decided", [M(
    "Administración Montessori <bursar@montessoricartago.cr>", OWDTO, "Cobro renovación de dominio",
    d(2025, 9, 27, 9, 0, CR),
    "Buenos días, les escribe la administradora del colegio. Nos llegó el cobro de renovación del dominio "
    "(OWD-2025-319, proyecto Dominio y Correo Colegio Montessori) y ya habíamos decidido pasar el dominio a "
    "otro proveedor. Solicitamos la devolución. Gracias.\nMarta Brenes\n")],
    [R("deny")],
    spec="O6: domain renewal is a third-party fee: deny, non-refundable items.")

# o19 rush fee
proj("Landing Congreso Médico Punta Cana", "congreso@smdpuntacana.org.do", started="2025-09-10T10:00:00")
ow("es_w19", "OWD-2025-320", "Landing Congreso Médico Punta Cana", "rush", "8000.00", "2025-09-10T10:00:00")
case("es-o19-punta-cana-urgencia", OWB, "decided", [M(
    "Comité Congreso <congreso@smdpuntacana.org.do>", OWDTO, "cargo por urgencia",
    d(2025, 9, 24, 10, 0, DO),
    "Buenas, pagamos el cargo de entrega urgente de la Landing Congreso Médico Punta Cana (OWD-2025-320) y "
    "al final la entregaron un día después de lo prometido. Queremos que nos devuelvan ese recargo.\n"
    "Dr. Héctor Peña\n")],
    [R("deny")],
    spec="O6: rush fee is non-refundable: deny.")

# o20 C2 clinic receptionist, contract is the director's
proj("Web Centro Médico Pocitos", "direccion@cmpocitos.com.uy", started="2025-08-01T10:00:00")
ow("es_w20", "OWD-2025-321", "Web Centro Médico Pocitos", "retainer", "7000.00", "2025-09-12T10:00:00",
   period_start="2025-09-12", period_end="2025-10-11", next_billing_at="2025-10-12")
case("es-o20-pocitos-recepcion-no-contrato", OWB, "need_info", [M(
    "Recepción CMP <recepcion@cmpocitos.com.uy>", OWDTO, "cancelación mantenimiento web",
    d(2025, 9, 25, 9, 0, UY),
    "Buen día, desde recepción nos piden cancelar el mantenimiento de la Web Centro Médico Pocitos, factura "
    "OWD-2025-321, porque lo va a hacer el informático del centro. Gracias, Sofía\n")],
    rules=["C2"],
    spec="C2 (explicit for Optima): recepcion@ is not the contract email direccion@: need_info, write from it.")

# o21 Gmail forward in Spanish, carries another contract email
proj("E-commerce Cacao Esmeraldas", "gerente@cacaoesmeraldas.ec", started="2025-09-01T10:00:00")
ow("es_w21", "OWD-2025-322", "E-commerce Cacao Esmeraldas", "milestone", "35000.00", "2025-09-15T10:00:00",
   milestone_status="not_started")
case("es-o21-esmeraldas-reenvio-gmail", OWB, "need_info", [M(
    "Contadora Cacao <contadora.cacao@gmail.com>", OWDTO, "Fwd: hito 2 tienda",
    d(2025, 9, 24, 9, 0, EC),
    "Les reenvío lo que pidió el gerente.\n\n---------- Mensaje reenviado ---------\n"
    "De: Gerente Cacao Esmeraldas <gerente@cacaoesmeraldas.ec>\nDate: mar, 23 sept 2025 a las 18:40\n"
    "Subject: hito 2 tienda\nTo: <contadora.cacao@gmail.com>\n\n"
    "Mónica, pide a Optima que nos devuelvan el hito 2 del E-commerce Cacao Esmeraldas (OWD-2025-322), no "
    "lo vamos a hacer porque el exportador cambió las condiciones. El contrato está con "
    "gerente@cacaoesmeraldas.ec.\n")],
    rules=["C2"],
    spec="Section 8 forwards: the carried request names contract email gerente@, the sender is another address: C2.")

# o22 cancellation without reason
proj("Soporte Web Farmacia Santa Rosa", "farmacia@santarosacr.com", started="2025-02-01T10:00:00")
ow("es_w22", "OWD-2025-323", "Soporte Web Farmacia Santa Rosa", "retainer", "6000.00", "2025-09-20T10:00:00",
   period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20")
case("es-o22-santa-rosa-baja-sin-motivo", OWB, "need_info", [M(
    "Farmacia Santa Rosa <farmacia@santarosacr.com>", OWDTO, "Cancelación Soporte Web Farmacia Santa Rosa",
    d(2025, 9, 26, 8, 0, CR),
    "Buenos días, solicito la cancelación del Soporte Web Farmacia Santa Rosa, factura OWD-2025-323.\n"
    "Quedo atenta. Saludos cordiales,\nLicda. Karla Mora\nRegente Farmacéutica\n")],
    missing=["reason"],
    spec="Section 8: Optima requires a reason for cancellations too; none given: need_info [reason].")

# o23 two projects, no project or invoice named
proj("Web Colegio Los Álamos", "administracion@colegiolosalamos.edu.uy", started="2025-05-01T10:00:00")
proj("Intranet Colegio Los Álamos", "administracion@colegiolosalamos.edu.uy", started="2025-06-01T10:00:00")
ow("es_w23a", "OWD-2025-324", "Web Colegio Los Álamos", "retainer", "5000.00", "2025-09-05T10:00:00",
   period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05")
ow("es_w23b", "OWD-2025-325", "Intranet Colegio Los Álamos", "retainer", "5000.00", "2025-09-05T10:00:00",
   period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05")
case("es-o23-los-alamos-cual-proyecto", OWB, "need_info", [M(
    "Administración Colegio Los Álamos <administracion@colegiolosalamos.edu.uy>", OWDTO, "baja",
    d(2025, 9, 22, 10, 0, UY),
    "Buenos días, el consejo directivo resolvió cortar uno de los mantenimientos que tenemos con ustedes "
    "porque el presupuesto del año que viene no da. Les pido que lo den de baja.\nEcónoma: Cristina Pereira\n")],
    missing=["project_name", "invoice_number"],
    spec="C3: the contract email has two projects; neither project nor invoice named: ask for both.")

# o24 thread: invoice missing, answer with PO
proj("Sitio Web Bufete Notarial Heredia", "notaria@notariaheredia.cr")
ow("es_w24", "PO-4471", "Sitio Web Bufete Notarial Heredia", "deposit", "30000.00", "2025-09-29T19:30:00")
case("es-o24-heredia-hilo-po", OWB, "decided", [
    M("Notaría Heredia <notaria@notariaheredia.cr>", OWDTO,
      "Desistimiento - Sitio Web Bufete Notarial Heredia", d(2025, 9, 29, 21, 0, CR),
      "Buenas noches. La notaria titular decidió posponer la página para el próximo año por motivos de "
      "salud, por lo que desistimos del Sitio Web Bufete Notarial Heredia y solicitamos el reintegro del "
      "depósito de hoy. El número de orden lo tiene contabilidad, se lo paso mañana.\nMarcela, asistente\n"),
    M("Notaría Heredia <notaria@notariaheredia.cr>", OWDTO,
      "RE: Desistimiento - Sitio Web Bufete Notarial Heredia [OWD-2440]", d(2025, 9, 30, 16, 0, CR),
      "Buenas tardes, la orden de compra es PO 4471.\nSaludos.\n\n"
      "De: Optima WebDesign <optimawebdesigns12@gmail.com>\nEnviado: martes, 30 de septiembre de 2025 9:10\n"
      "Para: Notaría Heredia\nAsunto: Re: Desistimiento [OWD-2440]\n\n¿Nos indica la factura u orden de compra?\n")],
    [R("approve", "30000.00")], extra_ok=True,
    spec="C3 thread: PO 4471 given in the answer; O2 counted from the first mail 2025-09-30 08:30 IST (13 h after "
         "payment at 08:00 in Heredia), no work started: approve 30000.00.")

# o25 Pro Consumidor threat
proj("Tienda Repuestos Cibao", "ventas@repuestoscibao.com.do", started="2025-08-01T10:00:00")
ow("es_w25", "OWD-2025-326", "Tienda Repuestos Cibao", "milestone", "40000.00", "2025-09-15T10:00:00",
   milestone_status="not_started")
case("es-o25-cibao-pro-consumidor", OWB, "decided", [M(
    "Repuestos Cibao <ventas@repuestoscibao.com.do>", OWDTO, "RECLAMO hito Tienda Repuestos Cibao",
    d(2025, 9, 26, 11, 0, DO),
    "Pagamos hace casi dos semanas y el hito 3 ni ha empezado. Devuélvanme lo de la factura OWD-2025-326 "
    "porque ya no confío. Si no, pongo la queja en Pro Consumidor y se lo paso a mi abogado.\nRamón\n")],
    [R("escalate")], rules=["C4"],
    spec="C4: consumer-protection and lawyer threat: escalate even though the milestone is not_started.")

# o26 question
case("es-o26-malaga-pregunta-ssl", OWB, "other", [M(
    "Elena Ruiz <elena.ruiz.malaga@outlook.es>", OWDTO, "Duda sobre el hosting",
    d(2025, 9, 27, 10, 0, AND),
    "Hola, una duda antes de contratar: ¿el hosting anual incluye el certificado SSL o se paga aparte? "
    "Y si lo contrato y a la semana me arrepiento, ¿cómo sería? Gracias.\nElena\n")],
    spec="Section 8: hypothetical before buying + question: other.")

# o27 auto-reply
case("es-o27-vacaciones-automatico", OWB, "ignore", [M(
    "Gerencia Joyería Cuenca <gerencia@joyeriacuenca.ec>", OWDTO, "Respuesta automática: Re: cancelación",
    d(2025, 9, 30, 9, 0, EC),
    "Gracias por su mensaje. Estaré de vacaciones hasta el 10 de octubre.\n",
    headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes",
             "_irt": "<OWD-2431.1759230000@optimawebdesign.com>"})],
    rules=["C7"], spec="C7: auto-reply: ignore.")

# o28 change request
proj("Web Academia de Baile Caracas", "academia@bailecaracas.com.ve", started="2025-07-01T10:00:00")
ow("es_w28", "OWD-2025-327", "Web Academia de Baile Caracas", "change_request", "7500.00", "2025-09-23T10:00:00")
case("es-o28-caracas-cambio-de-alcance", OWB, "decided", [M(
    "Academia de Baile <academia@bailecaracas.com.ve>", OWDTO, "devolución cambio pedido",
    d(2025, 9, 25, 10, 0, VE),
    "Hola mis amores, pedimos el cambio para agregar la galería de videos a la Web Academia de Baile Caracas "
    "(OWD-2025-327) pero al final no nos gustó cómo quedó. Queremos el reembolso de ese cambio.\nDayana\n")],
    [R("deny")],
    spec="O6: change request outside the original scope is non-refundable: deny.")


# o29 Sevilla, Thunderbird forward of the client's own earlier note; maintenance on day 14 exactly
proj("Mantenimiento Web Hermandad Macarena", "secretaria@asociacionmacarena.es", started="2025-09-16T10:00:00")
ow("es_w29", "OWD-2025-328", "Mantenimiento Web Hermandad Macarena", "maintenance_annual", "30000.00",
   "2025-09-15T10:00:00", setup_fee="3000.00", service_start="2025-09-16")
case("es-o29-macarena-reenvio-propio-dia-14", OWB, "decided", [M(
    "Secretaría Asociación Macarena <secretaria@asociacionmacarena.es>", OWDTO,
    "Fwd: baja mantenimiento web", d(2025, 9, 30, 11, 0, AND),
    "Os reenvío lo que escribí ayer a la junta, que resume la petición. Un saludo.\n\n"
    "-------- Mensaje reenviado --------\nAsunto: \tbaja mantenimiento web\nFecha: \tMon, 29 Sep 2025 20:14:03 +0200\n"
    "De: \tSecretaría Asociación Macarena <secretaria@asociacionmacarena.es>\n"
    "Para: \tJunta <junta@asociacionmacarena.es>\n\n"
    "Compañeros: la junta aprobó que la web la lleve un hermano informático de forma voluntaria, así que "
    "pido a Optima la baja del Mantenimiento Web Hermandad Macarena (factura OWD-2025-328) y el reembolso "
    "proporcional, que estamos dentro de los 14 días.\n")],
    [R("approve", "24750.00")], extra_ok=True,
    spec="O5: service_start 2025-09-16, request 2025-09-30 14:30 IST = day 14 (inside); the forward carries the "
         "sender's own request (no C2): 30000 - 3000 - 27000/12 (2250) = 24750.00.")

if __name__ == "__main__":
    # the cases above were written as the module ran; now the ledger and expectations
    (HERE / "ledger.json").write_text(json.dumps(LEDGER, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")
    print(f"{len(CASES)} cases, {len(LEDGER['payments'])} payments")
