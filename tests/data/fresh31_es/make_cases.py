#!/usr/bin/env python3
"""fresh31_es: held-out Spanish cases for mailbot (Honduras, El Salvador, Nicaragua, Extremadura,
Castilla-La Mancha, Asturias, Cantabria, Aragón, Navarra; Spanish written by Chinese and Brazilian
speakers).

Stdlib only, deterministic.  Running it writes ledger.json, emails/*.eml and expected.json
beside this file.  MIT, like the project; all text written for this project.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal, ROUND_HALF_UP
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

LANG = "es"
ROUND = "fresh31"
HERE = Path(__file__).resolve().parent
SUP = "LeadsOptima Soporte <support@leadsoptima.com>"
OWDTO = "Optima WebDesign <optimawebdesigns12@gmail.com>"
LOB, OWB = "leadsoptima", "optima_webdesign"
TAX = {"1499.00": "269.82", "3999.00": "719.82", "11988.00": "2157.84"}


def tz(h, m=0):
    return timezone(timedelta(hours=h, minutes=m))


IST = tz(5, 30)
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
    LEDGER["payments"].append({"brand": LOB, "id": pid, "invoice": inv, "customer_email": email,
                               "kind": "subscription", "plan": plan, "amount": amount, "tax": TAX[amount],
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
        mid = f"<{cid}.{i}.{int(m['when'].timestamp())}@mail.{ROUND}-{LANG}.example>"
        msg["Message-ID"] = mid
        if m["reply_to"]:
            msg["Reply-To"] = m["reply_to"]
        if m["headers"].get("_irt"):
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
           "rules": list(rules), "decisions": [dict(x) for x in decisions], "spec": spec}
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
    x = {"intent": "cancellation", "outcome": outcome}
    if eff:
        x["effective_date"] = eff
    return x


def d(y, mo, dd, h, mi, zone):
    return datetime(y, mo, dd, h, mi, tzinfo=zone)


def day_n(paid_ist: str, sent: datetime) -> int:
    """Calendar days in Asia/Kolkata from a naive IST ledger time to a sent time (section 1)."""
    return (sent.astimezone(IST).date() - datetime.fromisoformat(paid_ist).date()).days


def hours(paid_ist: str, sent: datetime) -> float:
    return (sent - datetime.fromisoformat(paid_ist).replace(tzinfo=IST)).total_seconds() / 3600


def local_date(paid_ist: str, zone) -> date:
    """The date a customer in `zone` sees for a ledger time (what they may quote)."""
    return datetime.fromisoformat(paid_ist).replace(tzinfo=IST).astimezone(zone).date()


def o5(amount, setup, months=1):
    a, s = Decimal(amount), Decimal(setup)
    return str((a - s - (a - s) / 12 * months).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def write_out():
    (HERE / "ledger.json").write_text(json.dumps(LEDGER, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")
    print(f"{len(CASES)} cases, {len(LEDGER['payments'])} payments")
HN, SV, NI, ES, SP = tz(-6), tz(-6), tz(-6), tz(2), tz(-3)

# ---------------------------------------------------------------------------------------------
# LeadsOptima
# ---------------------------------------------------------------------------------------------

cust("donaelvira.mejia@yahoo.com", "Elvira Mejía", "monthly", start="2025-09-26", end="2025-10-25")
lopay("es31_p01", "LO-INV-31101", "donaelvira.mejia@yahoo.com", "monthly", "1499.00", "2025-09-26T14:00:00",
      "2025-09-26", "2025-10-25")
lopay("es31_p02", "LO-INV-31102", "donaelvira.mejia@yahoo.com", "monthly", "1499.00", "2025-09-26T14:01:30",
      "2025-09-26", "2025-10-25")
s = d(2025, 9, 27, 9, 15, HN)
assert day_n("2025-09-26T14:00:00", s) == 1 and local_date("2025-09-26T14:00:00", HN) == date(2025, 9, 26)
case("es-l01-tegucigalpa-dictado-abuela", LOB, "decided", [M(
    "Elvira Mejia <donaelvira.mejia@yahoo.com>", SUP, "cobro dos veces", s,
    "buenos dias señores de leadsoptima les habla doña elvira mejia de tegucigalpa mi nieto me ayuda con "
    "esto del correo pero hoy no esta asi que le hablo al telefono y el lo escribe fijense que ayer viernes "
    "veintiseis me salieron dos cobros iguales de mil cuatrocientos noventa y nueve rupias o como se diga "
    "en la tarjeta el del banco atlantida me dijo que era el mismo pago repetido la factura del segundo "
    "dice LO guion INV guion 31102 yo solo tengo un plan mensual para la venta de tamales por favor "
    "regresenme el que se cobro de mas que dios les pague\n\nEnviado desde mi Huawei\n")],
    [R("approve", "1499.00")],
    spec="L2 duplicate_payment, L4: two paid monthly charges 2025-09-26 14:00/14:01 IST (26th in Honduras too), "
         "same period; mail 2025-09-27 09:15 -06:00 = 20:45 IST, day 1; refund the later LO-INV-31102 1499.00.")

cust("secretaria@colegiosanbenito.edu.sv", "Colegio San Benito", "quarterly", start="2025-09-20", end="2025-12-19")
lopay("es31_p03", "LO-INV-31103", "secretaria@colegiosanbenito.edu.sv", "quarterly", "3999.00",
      "2025-09-20T14:00:00", "2025-09-20", "2025-12-19")
lopay("es31_p04", "LO-INV-31104", "secretaria@colegiosanbenito.edu.sv", "quarterly", "3999.00",
      "2025-09-20T14:00:50", "2025-09-20", "2025-12-19")
s = d(2025, 9, 27, 19, 40, SV)
assert day_n("2025-09-20T14:00:00", s) == 8 and local_date("2025-09-20T14:00:00", SV) == date(2025, 9, 20)
case("es-l02-santa-ana-colegio-dia-8", LOB, "decided", [M(
    "Secretaría Colegio San Benito <secretaria@colegiosanbenito.edu.sv>", SUP,
    "Solicitud de devolución por cobro duplicado - Colegio San Benito", s,
    "Buenas noches estimados señores:\n\nReciban un cordial saludo de la Secretaría Académica del Colegio San "
    "Benito, Santa Ana.\n\nLes escribo hasta esta hora porque en la semana no se pudo, estábamos en los "
    "exámenes de periodo. Al revisar el estado de cuenta de la tarjeta institucional nos dimos cuenta de "
    "que el sábado 20 de septiembre se nos cobró dos veces la suscripción trimestral (LO-INV-31103 y "
    "LO-INV-31104), por el mismo monto. Solicitamos atentamente la devolución del segundo cargo.\n\n"
    "Sin otro particular, nos suscribimos.\n\nLicda. Roxana Elizabeth Portillo\nSecretaria Académica\n"
    "Colegio San Benito - \"Educar es servir\"\nTel. 2440-0000\n")],
    [R("deny")],
    spec="L3: duplicate charged 2025-09-20 IST; mail Sat 2025-09-27 19:40 -06:00 = 2025-09-28 07:10 IST, day 8 "
         "in the brand's zone, though still the 27th in El Salvador: deny (7-day rule).")

cust("talleres.rivas.ni@gmail.com", "Talleres Rivas", "annual", start="2025-09-22", end="2026-09-21")
lopay("es31_p05", "LO-INV-31105", "talleres.rivas.ni@gmail.com", "annual", "11988.00", "2025-09-22T19:30:00",
      "2025-09-22", "2026-09-21")
lopay("es31_p06", "LO-INV-31106", "talleres.rivas.ni@gmail.com", "annual", "11988.00", "2025-09-22T19:33:00",
      "2025-09-22", "2026-09-21")
s = d(2025, 9, 29, 7, 50, NI)
assert day_n("2025-09-22T19:30:00", s) == 7 and local_date("2025-09-22T19:30:00", NI) == date(2025, 9, 22)
case("es-l03-managua-anual-dia-7", LOB, "decided", [M(
    "Talleres Rivas <talleres.rivas.ni@gmail.com>", SUP, "Me jalaron 2 veces la anualidad", s,
    "Buenos días, cómo están.\n\nVaya pues les cuento: el lunes 22 pagué el plan anual y el sistema se "
    "quedó pegado, le di otra vez al botón y me sacaron dos veces los 11,988.00. Pagué doble, chavalo. La "
    "factura del segundo cobro es lo-inv-31106. Ocupo que me devuelvan ese segundo pago, que el taller no "
    "está para regalar reales.\n\nDios primero,\nDon Julio Rivas\nTalleres Rivas, Masaya\n")],
    [R("approve", "11988.00")],
    spec="L4: annual 11988.00 charged twice 2025-09-22 19:30/19:33 IST (08:00 Monday in Managua) same "
         "period; mail 2025-09-29 07:50 -06:00 = 19:20 IST, day 7, inside (L3); invoice lower case matches (s.8); refund 11988.00.")

cust("info@inmobiliariaguadiana.es", "Inmobiliaria Guadiana", "monthly", start="2025-09-25", end="2025-10-24")
lopay("es31_p07", "LO-INV-31107", "info@inmobiliariaguadiana.es", "monthly", "1499.00", "2025-09-25T13:00:00",
      "2025-09-25", "2025-10-24")
case("es-l04-badajoz-inmobiliaria-sin-acceso", LOB, "decided", [M(
    "Inmobiliaria Guadiana <info@inmobiliariaguadiana.es>", SUP, "No podemos entrar desde el jueves",
    d(2025, 9, 28, 12, 5, ES),
    "Buenas:\n\nSomos una inmobiliaria de Badajoz, plan mensual. Pagamos el jueves 25 y desde ese mismo "
    "día no podemos iniciar sesión en la plataforma: metemos usuario y contraseña y se queda la rueda "
    "dando vueltas, en Chrome y en Firefox, en el ordenador de la oficina y en el móvil. Ya hemos "
    "restablecido la contraseña dos veces. Tenemos tres pisos para enseñar esta semana y los contactos "
    "están ahí dentro.\n\nSolicitamos la devolución de lo cobrado este mes: pagamos por algo que no podemos usar.\n\nUn saludo,\n"
    "Lourdes Gallardo\nInmobiliaria Guadiana · C/ Menacho, Badajoz\n\n--\nEste mensaje y sus adjuntos son "
    "confidenciales. Si lo ha recibido por error, comuníquelo al remitente y bórrelo.\n")],
    [R("escalate")],
    spec="L2 access_failure (cannot log in since the charge), day 3 (charge 2025-09-25, mail 2025-09-28 15:35 IST): "
         "L6 escalate; one payment on the account identifies LO-INV-31107.")

cust("recepcion@clinicadentaltajo.es", "Clínica Dental Tajo", "monthly", start="2025-09-24", end="2025-10-23")
lopay("es31_p08", "LO-INV-31108", "recepcion@clinicadentaltajo.es", "annual", "11988.00", "2025-09-24T13:00:00",
      "2025-09-24", "2026-09-23")
case("es-l05-toledo-clinica-plan-equivocado", LOB, "decided", [M(
    "Recepción Clínica Dental Tajo <recepcion@clinicadentaltajo.es>", SUP,
    "Factura LO-INV-31108 importe incorrecto", d(2025, 9, 26, 10, 20, ES),
    "Hola, buenos días:\n\nLe escribe Noelia, de recepción de la Clínica Dental Tajo (Toledo). Tenemos "
    "contratado el plan MENSUAL (1.499 ₹ al mes) y el 24/09 nos han cobrado 11.988,00 ₹, que es el anual. "
    "Nadie de la clínica ha cambiado el plan, lo he preguntado al doctor y a la higienista. Creo que es un "
    "error de facturación vuestro. Os pido que revisen la factura LO-INV-31108 y nos devuelvan la "
    "diferencia o lo que corresponda.\n\nGracias, un saludo\nNoelia Martín\nRecepción · Clínica Dental Tajo\n"
    "Horario: L-V 9:30-14:00 / 16:00-20:30\n")],
    [R("escalate")],
    spec="L2 billing_error (charged for the annual plan instead of the monthly), day 2: L5 escalate with "
         "LO-INV-31108; the customer's figure is not trusted over the ledger.")

cust("marisa.fdez.oviedo@telecable.es", "Marisa Fernández", "quarterly", start="2025-09-23", end="2025-12-22")
lopay("es31_p09", "LO-INV-31109", "marisa.fdez.oviedo@telecable.es", "quarterly", "3999.00", "2025-09-23T13:00:00",
      "2025-09-23", "2025-12-22")
case("es-l06-oviedo-ya-no-lo-usamos", LOB, "decided", [M(
    "Marisa Fernández <marisa.fdez.oviedo@telecable.es>", SUP, "devolución trimestre", d(2025, 9, 25, 17, 45, ES),
    "Buenas tardes, ho:\n\nOs escribo de una tienda de quesos de Oviedo. Pagamos el trimestre el martes, "
    "pero mi socio y yo hemos decidido que esto de los leads no es para nosotros, que la clientela nuestra "
    "es de toda la vida y viene por la tienda. No lo hemos llegado a usar casi nada.\n\nQueremos que nos "
    "devolváis lo del trimestre (factura LO-INV-31109), al fin y al cabo no lo vamos a aprovechar.\n\n"
    "Gracias y un saludo,\nMarisa\nQuesos La Vaqueirina\n")],
    [R("deny")],
    spec="L1: changed mind / did not use it is no exception reason: refund deny (cancellation offered in the "
         "reply); no cancellation was asked for, so no cancel decision.")

cust("ramon.ceballos@ceballosmadera.es", "Ramón Ceballos", "monthly", start="2025-09-14", end="2025-10-13")
lopay("es31_p10", "LO-INV-31110", "ramon.ceballos@ceballosmadera.es", "monthly", "1499.00", "2025-09-14T13:00:00",
      "2025-09-14", "2025-10-13")
case("es-l07-torrelavega-baja-mensual", LOB, "decided", [M(
    "Ramón Ceballos <ramon.ceballos@ceballosmadera.es>", SUP, "Baja", d(2025, 9, 29, 8, 30, ES),
    "Buenos días:\n\nPor la presente solicito la baja de nuestra suscripción mensual a LeadsOptima. El "
    "motivo es que cerramos la carpintería por jubilación a finales de octubre.\n\nNo necesito devolución "
    "de nada, sólo que no se vuelva a cobrar.\n\nAtentamente,\nRamón Ceballos\nCarpintería Ceballos, "
    "Torrelavega (Cantabria)\n")],
    [X("cancel", "2025-10-13")],
    spec="L8: cancel, active until current_period_end 2025-10-13; 'no necesito devolución' adds no refund (s.8).")

cust("lin.wei.zgz@163.com", "Lin Wei", "quarterly")
lopay("es31_p11", "LO-INV-31111", "lin.wei.zgz@163.com", "quarterly", "3999.00", "2025-04-18T15:00:00",
      "2025-04-18", None)
lopay("es31_p12", "LO-INV-31112", "lin.wei.zgz@163.com", "quarterly", "3999.00", "2025-07-18T15:00:00",
      "2025-07-18", None)
case("es-l08-zaragoza-bazar-chino-baja", LOB, "decided", [M(
    "Lin Wei <lin.wei.zgz@163.com>", SUP, "quiero dar de baja por favor", d(2025, 9, 24, 21, 10, ES),
    "Hola buenas noches\n\nyo soy Lin, tengo bazar en Zaragoza barrio Delicias. Yo tengo su programa plan de "
    "tres meses (trimestral). Ahora mi hijo va a universidad Barcelona, no hay nadie para mirar ordenador, "
    "yo no entiendo mucho programa. Por eso quiero cancelar, no quiero pagar mas siguiente vez.\n\n"
    "Muchas gracias, perdon mi español no muy bien.\n\nLin Wei\n百货 Bazar Delicias\n")],
    [X("cancel", "2025-10-17")],
    spec="L8 fallback: no current_period_end in the ledger; last charge 2025-07-18 (IST date) + 3 months - 1 day "
         "= 2025-10-17. Reason given (son away, nobody to run it).")

cust("administracion@bodegasirati.es", "Bodegas Irati", "monthly", start="2025-09-26", end="2025-10-25")
lopay("es31_p13", "LO-INV-31113", "administracion@bodegasirati.es", "monthly", "1499.00", "2025-09-26T13:00:00",
      "2025-09-26", "2025-10-25")
case("es-l09-pamplona-no-carga-y-baja", LOB, "decided", [M(
    "Administración Bodegas Irati <administracion@bodegasirati.es>", SUP,
    "Plataforma sin funcionar + baja", d(2025, 9, 29, 16, 0, ES),
    "Arratsalde on, buenas tardes:\n\nDesde el viernes 26, que se nos renovó el plan mensual, la "
    "plataforma no carga: pantalla en blanco después de iniciar sesión. Hemos probado en tres ordenadores.\n\n"
    "Dos cosas:\n1) Solicitamos el reembolso de ese cobro (LO-INV-31113), porque no hemos podido usarla ni "
    "un día.\n2) Además queremos darnos de baja, que esto ya nos ha pasado otra vez en verano.\n\n"
    "Un saludo,\nIñaki Goñi\nAdministración – Bodegas Irati (Navarra)\n")],
    [R("escalate"), X("cancel", "2025-10-25")],
    spec="L2 access_failure (platform not loading), day 3: L6 escalate; cancellation L8 until current_period_end "
         "2025-10-25.")

cust("gerencia@agroservicioslaceiba.hn", "Agroservicios La Ceiba", "monthly", start="2025-09-21", end="2025-10-20")
lopay("es31_p14", "LO-INV-31114", "gerencia@agroservicioslaceiba.hn", "monthly", "1499.00", "2025-09-21T14:00:00",
      "2025-09-21", "2025-10-20")
case("es-l10-ceiba-desde-hotmail", LOB, "need_info", [M(
    "Karen Zelaya <karen.zelaya89@hotmail.com>", SUP, "Cancelar cuenta de la empresa", d(2025, 9, 26, 11, 0, HN),
    "Buenos días,\n\nSoy la asistente de gerencia de Agroservicios La Ceiba. La cuenta está registrada con el "
    "correo gerencia@agroservicioslaceiba.hn pero ese correo lo tiene el gerente y él anda en finca. Les "
    "escribo del mío personal: por favor cancelen la suscripción mensual y díganme hasta qué fecha queda "
    "activa y cuánto se pagó el último mes.\n\nSaludos,\nKaren Zelaya\n")],
    rules=["C2"],
    spec="C2: sender karen.zelaya89@ is not the registered gerencia@ she names: need_info, ask her to write from "
         "the registered address; no dates or amounts disclosed.")

cust("direccion@institutomonsenor.edu.sv", "Instituto Monseñor", "annual", start="2025-03-10", end="2026-03-09")
lopay("es31_p15", "LO-INV-31115", "direccion@institutomonsenor.edu.sv", "annual", "11988.00",
      "2025-03-10T14:00:00", "2025-03-10", "2026-03-09")
case("es-l11-san-miguel-rv-outlook", LOB, "need_info", [M(
    "Ana Cristina Argueta <acargueta@institutomonsenor.edu.sv>", SUP, "RV: Cancelación LeadsOptima",
    d(2025, 9, 29, 8, 10, SV),
    "Buen día, les reenvío la indicación del señor director.\nAtte. Ana Cristina, secretaría\n\n"
    "________________________________\nDe: Dirección Instituto Monseñor <direccion@institutomonsenor.edu.sv>\n"
    "Enviado: viernes, 26 de septiembre de 2025 16:02\nPara: Ana Cristina Argueta "
    "<acargueta@institutomonsenor.edu.sv>\nAsunto: Cancelación LeadsOptima\n\nAna Cristina:\n\nFavor de "
    "escribir a LeadsOptima para cancelar el plan anual; el consejo decidió no renovar ningún software "
    "que no sea del Ministerio. La cuenta está a nombre de direccion@institutomonsenor.edu.sv.\n\n"
    "Lic. Mauricio Orellana\nDirector\n")],
    rules=["C2"],
    spec="Section 8 forwards: the forwarded (Outlook 'RV:' / 'De: Enviado: Para:') request names the registered "
         "direccion@, the sender is acargueta@: C2 need_info.")

cust("farmaciasantamaria.leon@gmail.com", "Farmacia Santa María", "monthly", start="2025-09-25", end="2025-10-24")
lopay("es31_p16", "LO-INV-31116", "farmaciasantamaria.leon@gmail.com", "monthly", "1499.00",
      "2025-09-25T14:00:00", "2025-09-25", "2025-10-24")
case("es-l12-leon-nicaragua-mas-tag", LOB, "need_info", [M(
    "Farmacia Santa María <farmaciasantamaria.leon+facturas@gmail.com>", SUP, "No puedo entrar al sistema",
    d(2025, 9, 27, 10, 30, NI),
    "Buenos días. Desde ayer no puedo acceder a la cuenta, me dice usuario bloqueado. Es el plan mensual, "
    "la factura LO-INV-31116. Pido que me devuelvan el pago de este mes.\nGracias.\nFarmacia Santa "
    "María, León\n")],
    rules=["C2"],
    spec="Section 8 addresses: farmaciasantamaria.leon+facturas@ is another address than the registered "
         "farmaciasantamaria.leon@: C2 need_info.")

cust("sonia.pizarro.cc@gmail.com", "Sonia Pizarro", "monthly", start="2025-09-27", end="2025-10-26")
lopay("es31_p17", "LO-INV-31117", "sonia.pizarro.cc@gmail.com", "monthly", "1499.00", "2025-09-27T13:00:00",
      "2025-09-27", "2025-10-26")
case("es-l13-caceres-sin-motivo", LOB, "need_info", [M(
    "Sonia Pizarro <sonia.pizarro.cc@gmail.com>", SUP, "Solicitud de reembolso", d(2025, 9, 29, 9, 0, ES),
    "Buenos días:\n\nSolicito el reembolso del último cargo de mi plan mensual.\n\nQuedo a la espera de su "
    "respuesta. Gracias de antemano.\n\nUn cordial saludo,\nSonia Pizarro\nCáceres\n\nEnviado desde mi iPad\n")],
    rules=[], missing=["reason"],
    spec="Section 8 reason: the restated request, courtesy lines and signature are no reason; sender registered, "
         "plan from the ledger, one payment identifies the invoice: need_info reason (C3).")

cust("javi.albacete.fotos@gmail.com", "Javier Navarro", "monthly", start="2025-09-24", end="2025-10-23")
lopay("es31_p18", "LO-INV-31118", "javi.albacete.fotos@gmail.com", "monthly", "1499.00", "2025-09-24T13:00:00",
      "2025-09-24", "2025-10-23")
s1 = d(2025, 9, 25, 18, 30, ES)
s2 = d(2025, 9, 30, 23, 50, ES)
assert day_n("2025-09-24T13:00:00", s1) == 1 and day_n("2025-09-24T13:00:00", s2) == 7
case("es-l14-albacete-hilo-motivo", LOB, "decided", [M(
    "Javier Navarro <javi.albacete.fotos@gmail.com>", SUP, "Devolucion cobro LeadsOptima", s1,
    "Hola, quiero que me devolvais el cobro de ayer del plan mensual, gracias.\nJavi\n"), M(
    "Javier Navarro <javi.albacete.fotos@gmail.com>", SUP, "Re: Devolucion cobro LeadsOptima [LO-3144]", s2,
    "Perdonad que conteste tan tarde, con las bodas de septiembre no paro. El motivo: desde el día que se "
    "cobró no consigo iniciar sesión, me sale 'error 403' todo el rato. Por eso pido la devolución.\n\n"
    "Javi Navarro - Fotografía, Albacete\n\n"
    "El jue, 25 sept 2025 a las 20:10, LeadsOptima Soporte <support@leadsoptima.com> escribió:\n"
    "> Para tramitar su solicitud necesitamos el motivo. [LO-3144]\n",
    headers={"_irt": "<lo-3144.reply@leadsoptima.com>"})],
    [R("escalate")],
    spec="C3 thread: reason answered (cannot log in, error 403) = access_failure; request time is the first mail "
         "(2025-09-25 22:00 IST, day 1): L6 escalate. The answer (day 7) does not move the window.")

cust("papeleria.covadonga@gmail.com", "Papelería Covadonga", "monthly", start="2025-09-19", end="2025-10-18")
lopay("es31_p19", "LO-INV-31119", "papeleria.covadonga@gmail.com", "monthly", "1499.00", "2025-07-19T13:00:00",
      "2025-07-19", "2025-08-18")
lopay("es31_p20", "LO-INV-31120", "papeleria.covadonga@gmail.com", "monthly", "1499.00", "2025-08-19T13:00:00",
      "2025-08-19", "2025-09-18")
lopay("es31_p21", "LO-INV-31121", "papeleria.covadonga@gmail.com", "monthly", "1499.00", "2025-09-19T13:00:00",
      "2025-09-19", "2025-10-18")
case("es-l15-gijon-sin-factura", LOB, "need_info", [M(
    "Papelería Covadonga <papeleria.covadonga@gmail.com>", SUP, "no funciona el panel", d(2025, 9, 24, 11, 15, ES),
    "Hola:\n\nEl panel no carga desde hace unos días, se queda en blanco. Queremos que nos devolváis el "
    "cobro del mes, que pagamos por algo que no funciona.\n\nSaludos desde Gijón,\nBelén\n")],
    rules=[], missing=["invoice_number"],
    spec="L2 access_failure reason given; three monthly charges on the account and none quoted: the charge is not "
         "identified (docs: only one payment exempts): need_info invoice_number (C3).")

cust("alba.regueiro.santander@gmail.com", "Alba Regueiro", "monthly", start="2025-09-23", end="2025-10-22")
lopay("es31_p22", "LO-INV-31122", "alba.regueiro.santander@gmail.com", "monthly", "1499.00",
      "2025-08-23T13:00:00", "2025-08-23", "2025-09-22")
lopay("es31_p23", "LO-INV-31123", "alba.regueiro.santander@gmail.com", "monthly", "1499.00",
      "2025-09-23T13:00:00", "2025-09-23", "2025-10-22")
s1 = d(2025, 9, 26, 13, 0, ES)
assert day_n("2025-09-23T13:00:00", s1) == 3
case("es-l16-santander-hilo-factura", LOB, "decided", [M(
    "Alba Regueiro <alba.regueiro.santander@gmail.com>", SUP, "reembolso", s1,
    "Hola. No consigo entrar en mi cuenta desde el martes, me dice que la cuenta está suspendida aunque el "
    "pago se hizo. Pido que me devolváis el cargo. Alba\n"), M(
    "Alba Regueiro <alba.regueiro.santander@gmail.com>", SUP, "Re: reembolso [LO-3151]", d(2025, 9, 27, 10, 0, ES),
    "La factura es la lo inv 31123 (la de este mes, la de agosto no).\nAlba\n\n"
    "> ¿Podría indicarnos el número de factura del cargo? [LO-3151]\n",
    headers={"_irt": "<lo-3151.reply@leadsoptima.com>"})],
    [R("escalate")],
    spec="C3 thread: invoice answered 'lo inv 31123' = LO-INV-31123 (s.8 matching); access_failure, charge "
         "2025-09-23, first mail 2025-09-26 IST day 3: L6 escalate.")

cust("cafeteria.elportal.sps@gmail.com", "Cafetería El Portal", "monthly", start="2025-09-24", end="2025-10-23")
lopay("es31_p24", "LO-INV-31124", "cafeteria.elportal.sps@gmail.com", "monthly", "1499.00", "2025-09-24T14:00:00",
      "2025-09-24", "2025-10-23")
case("es-l17-sps-proteccion-consumidor", LOB, "decided", [M(
    "Cafeteria El Portal <cafeteria.elportal.sps@gmail.com>", SUP, "RECLAMO!!! cobro indebido",
    d(2025, 9, 26, 15, 20, HN),
    "Buenas tardes. Es la tercera vez que escribo (las otras dos por el chat). Me cobraron 1,499 el 24 y "
    "la plataforma no abre. Si no me devuelven mi dinero esta semana voy a poner la denuncia en "
    "Protección al Consumidor y voy a pedirle al banco un contracargo. Factura LO-INV-31124.\n\n"
    "Gerardo Paz\nCafetería El Portal, San Pedro Sula\n")],
    [R("escalate")], rules=["C4"],
    spec="C4: chargeback ('contracargo') and consumer-protection threat: escalate (access_failure inside the "
         "window would escalate anyway).")

cust("gestoria.lacasta@gestorialacasta.es", "Gestoría Lacasta", "annual", start="2025-02-03", end="2026-02-02")
lopay("es31_p25", "LO-INV-31125", "gestoria.lacasta@gestorialacasta.es", "annual", "11988.00",
      "2025-02-03T13:00:00", "2025-02-03", "2026-02-02")
case("es-l18-huesca-baja-con-abogado", LOB, "decided", [M(
    "Gestoría Lacasta <gestoria.lacasta@gestorialacasta.es>", SUP, "Baja inmediata", d(2025, 9, 29, 13, 40, ES),
    "Muy señores míos:\n\nLes comunico que damos de baja el plan anual por el mal servicio de estos meses "
    "(caídas constantes, soporte que no contesta). He pasado el asunto a nuestro abogado y, si vuelven a "
    "cobrarnos un solo euro, emprenderemos acciones legales.\n\nAtentamente,\nPilar Lacasta\nGestoría "
    "Lacasta – Huesca\n")],
    [X("escalate")], rules=["C4"],
    spec="Section 8: C4 covers the whole case: a lawyer / legal action threat escalates the cancellation too.")

cust("cristina.orellana.sv@gmail.com", "Cristina Orellana", "monthly", start="2025-09-28", end="2025-10-27")
lopay("es31_p26", "LO-INV-31126", "cristina.orellana.sv@gmail.com", "monthly", "1499.00", "2025-09-28T14:00:00",
      "2025-09-28", "2025-10-27")
lopay("es31_p27", "LO-INV-31127", "cristina.orellana.sv@gmail.com", "monthly", "1499.00", "2025-09-28T14:00:45",
      "2025-09-28", "2025-10-27")
case("es-l19-soyapango-sin-contracargo", LOB, "decided", [M(
    "Cristina Orellana <cristina.orellana.sv@gmail.com>", SUP, "pago doble del 28", d(2025, 9, 29, 18, 5, SV),
    "Buenas tardes, mire, el domingo me salieron dos pagos iguales del plan mensual (LO-INV-31126 y "
    "LO-INV-31127). En el banco me dijeron que pusiera un contracargo pero yo no quiero hacer eso, prefiero "
    "arreglarlo con ustedes directamente. Solo les pido que me devuelvan el pago que se repitió.\n\n"
    "Muy amable\nCristina\n")],
    [R("approve", "1499.00")],
    spec="Section 8 negation: the chargeback is ruled out ('no quiero hacer eso'): no C4; L4 pair 2025-09-28, "
         "mail 2025-09-30 05:35 IST day 2: approve the later LO-INV-31127 1499.00.")

cust("ventas@ferreteriaelpilar.es", "Ferretería El Pilar", "monthly", start="2025-09-18", end="2025-10-17")
case("es-l20-teruel-fuera-oficina", LOB, "ignore", [M(
    "Ferretería El Pilar <ventas@ferreteriaelpilar.es>", SUP,
    "Respuesta automática: Re: Su solicitud [LO-3160]", d(2025, 9, 29, 7, 0, ES),
    "Gracias por su mensaje. Estaré fuera de la oficina hasta el 6 de octubre por vacaciones. "
    "Para pedidos urgentes llame al 978 00 00 00.\n",
    headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "_irt": "<lo-3160.reply@leadsoptima.com>"})],
    rules=["C7"], spec="C7: Auto-Submitted auto-replied (out-of-office): ignore.")

case("es-l21-camara-comercio-boletin", LOB, "ignore", [M(
    "Cámara de Comercio de Tegucigalpa <boletin@ccit.example.hn>", SUP,
    "Boletín semanal: ¿Cancelar o renovar sus suscripciones de software?", d(2025, 9, 29, 6, 0, HN),
    "Estimado afiliado: en esta edición, cómo pedir reembolsos a proveedores de software y cuándo cancelar "
    "una suscripción. Para darse de baja de este boletín responda BAJA.\n",
    headers={"List-Id": "Boletin CCIT <boletin.ccit.example.hn>", "Precedence": "bulk",
             "List-Unsubscribe": "<mailto:baja@ccit.example.hn>"})],
    rules=["C7"], spec="C7: List-Id and Precedence: bulk (newsletter that talks about refunds): ignore.")

case("es-l22-rebote-postmaster", LOB, "ignore", [M(
    "Mail Delivery System <MAILER-DAEMON@mx.cablenet.example.ni>", SUP,
    "Undelivered Mail Returned to Sender / Mensaje no entregado", d(2025, 9, 28, 3, 12, NI),
    "No se pudo entregar su mensaje a <talleres.rivas@cablenet.example.ni>: buzón lleno.\n\n"
    "--- Mensaje original ---\nAsunto: Re: Cancelación [LO-3120]\n",
    headers={"Auto-Submitted": "auto-generated"})],
    rules=["C7"], spec="C7: MAILER-DAEMON sender, bounce: ignore.")

cust("heladeria.la.polar@gmail.com", "Heladería La Polar", "monthly", start="2025-09-10", end="2025-10-09")
lopay("es31_p28", "LO-INV-31128", "heladeria.la.polar@gmail.com", "monthly", "1499.00", "2025-09-10T14:00:00",
      "2025-09-10", "2025-10-09")
case("es-l23-juigalpa-adolescente-pregunta", LOB, "other", [M(
    "Heladería La Polar <heladeria.la.polar@gmail.com>", SUP, "pregunta sobre la tarjeta", d(2025, 9, 27, 16, 40, NI),
    "hola buenas tardes, soy Dayana tengo 16 y le llevo las cuentas a mi mama de la heladeria porque ella "
    "no le entiende a la compu. una pregunta: como le cambio la tarjeta con la que se paga el plan? la que "
    "esta vence en octubre y no queremos que se corte el servicio. y otra cosa, se puede poner el "
    "logo de la heladeria en los correos que manda el sistema?? gracias!!!\n")],
    spec="Questions only (change card, logo): neither refund nor cancellation: other.")

cust("mjose.valdivieso@outlook.es", "María José Valdivieso", "quarterly", start="2025-09-05", end="2025-12-04")
lopay("es31_p29", "LO-INV-31129", "mjose.valdivieso@outlook.es", "quarterly", "3999.00", "2025-09-05T13:00:00",
      "2025-09-05", "2025-12-04")
case("es-l24-ciudad-real-gracias-reembolso", LOB, "other", [M(
    "María José Valdivieso <mjose.valdivieso@outlook.es>", SUP, "RE: Reembolso cobro duplicado [LO-3088]",
    d(2025, 9, 30, 11, 0, ES),
    "Buenos días:\n\nSólo para confirmaros que ya me ha llegado a la tarjeta la devolución del cargo "
    "duplicado de agosto. Muchísimas gracias por la rapidez, da gusto.\n\nUn saludo desde Ciudad Real,\n"
    "María José\n\n-----Mensaje original-----\nDe: LeadsOptima Soporte\nEnviado el: lunes, 8 de septiembre "
    "de 2025 12:04\nAsunto: Reembolso cobro duplicado [LO-3088]\n\nLe confirmamos el reembolso de 3.999,00 INR.\n")],
    spec="Thanks for a past refund (quoted history): no request: other.")

cust("jaime.lopez.sv@gmail.com", "Jaime López", "monthly", start="2025-09-22", end="2025-10-21")
lopay("es31_p30", "LO-INV-31130", "jaime.lopez.sv@gmail.com", "monthly", "1499.00", "2025-09-22T14:00:00",
      "2025-09-22", "2025-10-21")
case("es-l25-san-salvador-no-quiero-reembolso", LOB, "other", [M(
    "Jaime López <jaime.lopez.sv@gmail.com>", SUP, "Exportar contactos a Excel", d(2025, 9, 26, 10, 10, SV),
    "Buen día. Primero aclaro que no quiero reembolso ni cancelar nada, el programa me gusta. Solo que no "
    "encuentro cómo exportar los contactos a Excel, el botón de 'Exportar' sale gris. ¿Me pueden orientar? "
    "Es el plan mensual.\n\nSaludos cordiales,\nJaime López\nDistribuidora López, San Salvador\n")],
    spec="Section 8 negation: 'no quiero reembolso ni cancelar' adds no intent; a how-to question: other.")

case("es-l26-merida-antes-de-contratar", LOB, "other", [M(
    "Eduardo Sánchez <edu.sanchez.merida@gmail.com>", SUP, "Duda antes de contratar plan anual",
    d(2025, 9, 30, 19, 15, ES),
    "Buenas tardes:\n\nTengo una pequeña agencia de viajes en Mérida y estoy pensando en el plan anual. "
    "Antes de pagar: si lo contrato y a los dos meses veo que no me compensa, ¿me devolveríais la parte "
    "que no haya usado? ¿Y si me cobráis dos veces por error, cómo se reclama?\n\nGracias,\nEduardo\n")],
    spec="Section 8 hypotheticals before buying: policy questions from a non-customer: other.")

cust("sara.moreno.prueba@gmail.com", "Sara Moreno", "monthly", status="trial", trial_ends="2025-10-05")
case("es-l27-talavera-prueba-gratis", LOB, "decided", [M(
    "Sara Moreno <sara.moreno.prueba@gmail.com>", SUP, "Reembolso periodo de prueba", d(2025, 9, 28, 12, 0, ES),
    "Hola, estoy en el periodo de prueba y la verdad no me ha convencido, es muy complicado para una "
    "academia pequeña como la mía. Quiero que me devolváis el dinero.\n\nSara (Academia Moreno, Talavera)\n")],
    [R("deny")], extra_ok=True,
    spec="L7: the account is on a free trial with no charge: refund deny, nothing is billed unless they "
         "subscribe.")

cust("ventas@tipicoselzunzal.com", "Típicos El Zunzal", "monthly", start="2025-09-25", end="2025-10-24")
lopay("es31_p31", "LO-INV-31131", "ventas@tipicoselzunzal.com", "monthly", "1499.00", "2025-09-25T14:00:00",
      "2025-09-25", "2025-10-24")
case("es-l28-la-libertad-doble-sin-par", LOB, "decided", [M(
    "Típicos El Zunzal <ventas@tipicoselzunzal.com>", SUP, "Cobro doble factura LO-INV-31131",
    d(2025, 9, 27, 9, 30, SV),
    "Buenos días. Nos cobraron dos veces el plan mensual el 25, en el estado de cuenta aparecen dos débitos "
    "de 1,768.82 (con impuesto). Pedimos la devolución del cobro repetido, factura LO-INV-31131.\n\n"
    "Saludos,\nRaúl Menjívar\nTípicos El Zunzal, La Libertad\n")],
    [R("escalate")],
    spec="L4: duplicate_payment claimed inside the window (day 2) but the ledger has one charge only: no pair, "
         "escalate (never approved on the customer's word).")

cust("contabilidad@distribuidoraolancho.hn", "Distribuidora Olancho", "monthly", start="2025-09-23",
     end="2025-10-22")
for pid, inv, t in (("es31_p32", "LO-INV-31132", "14:00:00"), ("es31_p33", "LO-INV-31133", "14:00:30"),
                    ("es31_p34", "LO-INV-31134", "14:01:10")):
    lopay(pid, inv, "contabilidad@distribuidoraolancho.hn", "monthly", "1499.00", f"2025-09-23T{t}",
          "2025-09-23", "2025-10-22")
case("es-l29-juticalpa-tres-cobros", LOB, "decided", [M(
    "Contabilidad Distribuidora Olancho <contabilidad@distribuidoraolancho.hn>", SUP,
    "Tres cobros del mismo plan", d(2025, 9, 24, 14, 0, HN),
    "Buenas tardes.\n\nAl conciliar la tarjeta corporativa encontramos tres cargos idénticos de LeadsOptima "
    "del martes 23 (facturas LO-INV-31132, LO-INV-31133 y LO-INV-31134), cada uno por el plan mensual. Solo "
    "tenemos una cuenta. Solicitamos la devolución de los dos cargos duplicados.\n\nAtentamente,\n"
    "Lic. Osmán Turcios\nContador General\n")],
    [R("approve", "2998.00")],
    spec="Section 8 three identical charges: every charge after the first is a duplicate; both inside L3 "
         "(day 2): refund 1499.00 + 1499.00 = 2998.00.")

cust("hostal.sanroque@gmail.com", "Hostal San Roque", "monthly", start="2025-09-26", end="2025-10-25")
lopay("es31_p35", "LO-INV-31135", "hostal.sanroque@gmail.com", "monthly", "1499.00", "2025-09-26T13:00:00",
      "2025-09-26", "2025-10-25")
lopay("es31_p36", "LO-INV-31136", "hostal.sanroque@gmail.com", "monthly", "1499.00", "2025-09-26T13:00:20",
      "2025-09-26", "2025-10-25", status="refunded")
case("es-l30-tudela-doble-ya-devuelto", LOB, "decided", [M(
    "Hostal San Roque <hostal.sanroque@gmail.com>", SUP, "cobro duplicado LO-INV-31136",
    d(2025, 9, 30, 10, 45, ES),
    "Buenos días, el viernes nos cobrasteis dos veces la cuota mensual. Os pido que devolváis la segunda, "
    "LO-INV-31136.\nGracias\nEsther, Hostal San Roque (Tudela)\n")],
    [R("escalate")],
    spec="Section 8: the charge asked about (LO-INV-31136) is 'refunded' in the ledger, not paid: escalate; "
         "there is no pair of paid charges either (L4).")

case("es-l31-cliente-de-optima", LOB, "need_info", [M(
    "Rodrigo Amador <r.amador@hotelesamador.hn>", SUP, "Devolución depósito página web",
    d(2025, 9, 29, 10, 0, HN),
    "Buenos días, pagamos el anticipo de la página web del hotel (OWD-2025-880) y queremos que nos lo "
    "devuelvan porque el proyecto se pospone al otro año. Nuestro correo de contrato es "
    "r.amador@hotelesamador.hn.\n\nRodrigo Amador\n")],
    rules=["C2"],
    spec="Section 8 the other brand's customer: sent to LeadsOptima, where the sender is unknown: C2 need_info, "
         "nothing about any account.")

cust("notaria.ejea@notariaejea.es", "Notaría de Ejea", "annual", start="2025-05-12", end="2026-05-11")
lopay("es31_p37", "LO-INV-31137", "notaria.ejea@notariaejea.es", "annual", "11988.00", "2025-05-12T13:00:00",
      "2025-05-12", "2026-05-11")
case("es-l32-ejea-html-outlook-baja", LOB, "decided", [M(
    "Notaría de Ejea <notaria.ejea@notariaejea.es>", SUP, "Comunicación de baja – Plan anual",
    d(2025, 9, 30, 10, 0, ES),
    "<html><head><meta charset=\"utf-8\"></head><body><div style=\"font-family:Calibri,sans-serif;"
    "font-size:11pt\"><p>Estimados señores:</p><p>Por medio de la presente les comunicamos nuestra "
    "voluntad de <b>no continuar</b> con la suscripción anual a LeadsOptima, por haber migrado la gestión "
    "de clientes al programa del Colegio Notarial.</p><p>Rogamos confirmen la baja y la fecha hasta la que "
    "seguirá activa.</p><p>Atentamente,</p><p>Beatriz Lamata<br>Oficial de Notaría<br>Notaría de Ejea de los "
    "Caballeros</p><p style=\"font-size:8pt;color:#888\">AVISO LEGAL: Este mensaje va dirigido de manera "
    "exclusiva a su destinatario. De acuerdo con el RGPD, le informamos de que sus datos...</p></div>"
    "</body></html>\n", html=True)],
    [X("cancel", "2026-05-11")],
    spec="HTML-only Outlook mail: L8 cancel, active until current_period_end 2026-05-11; reason given "
         "(migrated to another program).")

cust("rafael.souza.vendas@uol.com.br", "Rafael Souza", "monthly", status="cancelled", start="2025-08-20",
     end="2025-09-19")
lopay("es31_p38", "LO-INV-31138", "rafael.souza.vendas@uol.com.br", "monthly", "1499.00", "2025-08-20T13:00:00",
      "2025-08-20", "2025-09-19")
lopay("es31_p39", "LO-INV-31139", "rafael.souza.vendas@uol.com.br", "monthly", "1499.00", "2025-09-20T13:00:00",
      "2025-09-20", "2025-10-19")
s = d(2025, 9, 25, 9, 30, SP)
assert day_n("2025-09-20T13:00:00", s) == 5 and local_date("2025-09-20T13:00:00", SP) == date(2025, 9, 20)
case("es-l33-portunol-cobrado-tras-cancelar", LOB, "decided", [M(
    "Rafael Souza <rafael.souza.vendas@uol.com.br>", SUP, "cobranza despues de cancelar", s,
    "Hola, buen dia!\n\nDisculpa mi español, soy brasileño, trabajo con ventas para Paraguay y Argentina. Yo "
    "cancelé la cuenta en agosto por Billing > Cancel Plan, tengo el print de la pantalla. Pero el dia 20 de "
    "septiembre me cobraron de nuevo 1.499 rupias, factura LO-INV-31139. Me cobraron despues de cancelar, es "
    "un error de ustedes. Quiero la devolucion de esa cobranza por favor.\n\nObrigado / gracias,\nRafael Souza\n"
    "São Paulo - Brasil\n")],
    [R("escalate")],
    spec="L2 billing_error (charged after I cancelled), charge 2025-09-20 (also the 20th in São Paulo), mail "
         "day 5: L5 escalate with LO-INV-31139.")

cust("comercialfer.juticalpa@gmail.com", "Comercial Fernández", "monthly", start="2025-09-15", end="2025-10-14")
lopay("es31_p40", "LO-INV-31140", "comercialfer.juticalpa@gmail.com", "monthly", "1499.00", "2025-09-15T14:00:00",
      "2025-09-15", "2025-10-14")
case("es-l34-danli-hijo-baja-y-factura", LOB, "decided", [M(
    "Comercial Fernández <comercialfer.juticalpa@gmail.com>", SUP, "cancelar el plan y una factura",
    d(2025, 9, 30, 17, 20, HN),
    "Buenas tardes\n\nSoy Kevin, el hijo del dueño de Comercial Fernández en Danlí, yo le llevo las cuentas "
    "a mi papá porque en la tarde ya salí del colegio y tengo tiempo. Le escribo por 3 cosas:\n"
    "- ¿me pueden mandar la factura de septiembre con el RTN de la empresa? es 0801-0000-000000\n"
    "- mi papá dice que ya no quiere seguir con el plan mensual porque casi no vendemos por internet, "
    "entonces cancélenlo por favor\n- y que no nos vuelvan a cobrar\n\ngracias\nKevin Fernández\n")],
    [X("cancel", "2025-10-14")],
    spec="Several requests in one mail: a cancellation (L8, current_period_end 2025-10-14) plus an invoice "
         "question; no refund asked.")

cust("hotelruralpicos@gmail.com", "Hotel Rural Picos", "monthly", start="2025-09-10", end="2025-10-09")
lopay("es31_p41", "LO-INV-31141", "hotelruralpicos@gmail.com", "monthly", "1499.00", "2025-09-10T13:00:00",
      "2025-09-10", "2025-10-09")
s = d(2025, 9, 25, 20, 0, ES)
assert day_n("2025-09-10T13:00:00", s) == 15
case("es-l35-cangas-onis-sin-acceso-tarde", LOB, "decided", [M(
    "Hotel Rural Picos <hotelruralpicos@gmail.com>", SUP, "No podemos acceder - devolución",
    s,
    "Buenas noches:\n\nDesde el día 10, que se renovó la cuota, no podemos acceder a la cuenta. Lo "
    "hemos ido dejando porque era temporada alta, pero ya está bien. Solicitamos la devolución de la cuota "
    "de septiembre (LO-INV-31141).\n\nSaludos desde Cangas de Onís,\nXuan\n")],
    [R("deny")],
    spec="L3: access_failure but the charge was 2025-09-10 and the mail 2025-09-25 (day 15): outside the 7-day "
         "window: deny.")

cust("contacto@tallerelcierzo.es", "Taller El Cierzo", "monthly", start="2025-09-27", end="2025-10-26")
lopay("es31_p42", "LO-INV-31142", "contacto@tallerelcierzo.es", "monthly", "1499.00", "2025-09-27T13:00:00",
      "2025-09-27", "2025-10-26")
case("es-l36-calatayud-caro-y-baja", LOB, "decided", [M(
    "Taller El Cierzo <contacto@tallerelcierzo.es>", SUP, "Baja y devolución", d(2025, 9, 29, 11, 30, ES),
    "Hola,\n\nLo hemos pensado y nos sale muy caro para lo que es un taller de coches de pueblo. Queremos "
    "la baja del plan mensual y que nos devolváis la cuota del sábado (LO-INV-31142), que apenas lo "
    "hemos estrenado.\n\nUn saludo,\nChusé Lafuente\nTaller El Cierzo, Calatayud\n")],
    [R("deny"), X("cancel", "2025-10-26")],
    spec="L1: too expensive / barely used is no exception reason: refund deny; cancellation L8 until "
         "current_period_end 2025-10-26.")

# ---------------------------------------------------------------------------------------------
# Optima WebDesign
# ---------------------------------------------------------------------------------------------

proj("Casa Rural Valle del Jerte", "reservas@casaruraljerte.es")
owpay("es31_o01", "OWD-2025-501", "Casa Rural Valle del Jerte", "deposit", "25000.00", "4500.00",
      "2025-09-27T11:00:00")
s = d(2025, 9, 28, 19, 30, ES)
assert hours("2025-09-27T11:00:00", s) < 72
case("es-o01-jerte-deposito-a-tiempo", OWB, "decided", [M(
    "Casa Rural Valle del Jerte <reservas@casaruraljerte.es>", OWDTO,
    "Refund Request — Casa Rural Valle del Jerte / OWD-2025-501", s,
    "Buenas tardes:\n\nAyer sábado pagamos la señal de la web de la Casa Rural Valle del Jerte (factura "
    "OWD-2025-501, 25.000 ₹ + impuestos). Hoy mi hermana, que es la copropietaria, me ha dicho que no "
    "está de acuerdo con gastar en la web este año porque tenemos que arreglar el tejado antes de la "
    "temporada de la cereza. Os pedimos que nos devolváis la señal.\n\nDisculpad las molestias,\n"
    "Remedios Sánchez\nCasa Rural Valle del Jerte (Cáceres)\n")],
    [R("approve", "25000.00")], extra_ok=True,
    spec="O2: deposit paid 2025-09-27 11:00 IST, no work started; mail 2025-09-28 23:00 IST (36 h): approve "
         "25000.00 before tax (C6).")

proj("Quesería Los Beyos", "queseria@losbeyos.es")
owpay("es31_o02", "OWD-2025-502", "Quesería Los Beyos", "deposit", "18000.00", "3240.00", "2025-09-24T10:00:00")
s = d(2025, 9, 27, 6, 30, ES)
assert hours("2025-09-24T10:00:00", s) == 72
case("es-o02-beyos-72-horas-justas", OWB, "decided", [M(
    "Quesería Los Beyos <queseria@losbeyos.es>", OWDTO, "Devolución señal OWD-2025-502", s,
    "Buenos días (muy temprano, que aquí se ordeña a las seis):\n\nPagamos la señal de la tienda online de "
    "la Quesería Los Beyos el miércoles, factura OWD-2025-502. Nos ha salido una subvención del Principado "
    "que obliga a contratar con empresa asturiana, así que queremos anular el encargo y que nos devolváis "
    "la señal.\n\nGracias,\nAurelio\nQuesería Los Beyos, Amieva\n")],
    [R("deny")], extra_ok=True,
    spec="O2 / s.8: deposit 2025-09-24 10:00 IST, mail 2025-09-27 06:30 +02:00 = 10:00 IST: exactly 72 h is not "
         "'before 72 hours': deny.")

proj("Tienda Online Calzados Almansa", "pedidos@calzadosalmansa.es", "2025-09-26T09:00:00")
owpay("es31_o03", "OWD-2025-503", "Tienda Online Calzados Almansa", "deposit", "30000.00", "5400.00",
      "2025-09-25T17:00:00")
case("es-o03-almansa-trabajo-empezado", OWB, "decided", [M(
    "Calzados Almansa <pedidos@calzadosalmansa.es>", OWDTO, "Anular proyecto y devolver anticipo",
    d(2025, 9, 27, 12, 0, ES),
    "Hola:\n\nEl jueves pagamos el anticipo de la Tienda Online Calzados Almansa (OWD-2025-503). El consejo "
    "familiar ha decidido esperar a la feria de enero para decidir. Queremos anular y que nos devolváis el "
    "anticipo, que no han pasado ni tres días.\n\nSaludos,\nFermín Tomás\nCalzados Almansa (Albacete)\n")],
    [R("deny")], extra_ok=True,
    spec="O2: within 72 h (paid 2025-09-25 17:00, mail 2025-09-27 15:30 IST = 46.5 h) but work started "
         "2025-09-26 09:00, before the request: 'whichever occurs first': deny.")

proj("Clínica Veterinaria Cuatro Patas", "admin@vetcuatropatas.hn")
owpay("es31_o04", "OWD-2025-504", "Clínica Veterinaria Cuatro Patas", "discovery", "8000.00", "1440.00",
      "2025-09-25T19:00:00")
case("es-o04-comayagua-discovery-sin-sesion", OWB, "decided", [M(
    "Clínica Veterinaria Cuatro Patas <admin@vetcuatropatas.hn>", OWDTO,
    "Refund Request — Clínica Veterinaria Cuatro Patas OWD-2025-504", d(2025, 9, 29, 8, 45, HN),
    "Buenos días,\n\nPagamos la sesión de estrategia (discovery) el jueves pasado, factura OWD-2025-504, pero "
    "todavía no nos han agendado ninguna reunión. La doctora se va de incapacidad por maternidad y el "
    "proyecto queda en pausa indefinida, por eso pedimos que nos devuelvan el pago.\n\nAtentamente,\n"
    "Lesly Rodríguez, administración\nClínica Veterinaria Cuatro Patas, Comayagua\n")],
    [R("approve", "8000.00")], extra_ok=True,
    spec="O1: discovery fee, no session started (work_started_at empty): full refund 8000.00 before tax.")

proj("Cooperativa Cafetalera Marcala", "gerencia@coopmarcala.hn", "2025-09-20T20:00:00")
owpay("es31_o05", "OWD-2025-505", "Cooperativa Cafetalera Marcala", "discovery", "12000.00", "2160.00",
      "2025-09-18T15:00:00")
case("es-o05-marcala-discovery-empezado", OWB, "decided", [M(
    "Cooperativa Cafetalera Marcala <gerencia@coopmarcala.hn>", OWDTO, "Devolución de consultoría",
    d(2025, 9, 26, 14, 30, HN),
    "Buenas tardes.\n\nTuvimos la primera sesión de estrategia el sábado 20 con su consultora, pero la "
    "asamblea de socios no aprobó el gasto. Pedimos la devolución de lo pagado por la consultoría "
    "(OWD-2025-505) del proyecto Cooperativa Cafetalera Marcala.\n\nAtte.\nIng. Wilmer Cruz, gerente\n")],
    [R("deny")], extra_ok=True,
    spec="O1: discovery session started 2025-09-20 20:00 IST (Sat 20th in Honduras too), before the request: deny.")

proj("Portal Inmobiliario Trujillo", "info@inmotrujillo.es", "2025-08-01T10:00:00")
owpay("es31_o06", "OWD-2025-506", "Portal Inmobiliario Trujillo", "milestone", "22500.00", "4050.00",
      "2025-09-15T12:00:00", milestone_status="not_started")
case("es-o06-trujillo-hito-no-empezado", OWB, "decided", [M(
    "Inmobiliaria Trujillo <info@inmotrujillo.es>", OWDTO,
    "Refund Request — Portal Inmobiliario Trujillo / OWD-2025-506", d(2025, 9, 29, 10, 15, ES),
    "Buenos días:\n\nDel Portal Inmobiliario Trujillo ya tenemos la fase 1 entregada y aprobada, eso está "
    "bien. Pero el hito 3 (integración con Idealista y Fotocasa), factura OWD-2025-506 de 22.500,00 ₹, lo "
    "pagamos por adelantado y al final no lo queremos: Idealista nos cobra aparte y no nos compensa. Nos "
    "consta que no habéis empezado esa parte. Pedimos la devolución de ese hito.\n\nUn saludo,\n"
    "Gonzalo Pizarro, agente inmobiliario\n")],
    [R("approve", "22500.00")], extra_ok=True,
    spec="O3: milestone not_started: refund that milestone's amount 22500.00 before tax.")

proj("App Reservas Pádel Cuenca", "club@padelcuenca.es", "2025-08-10T10:00:00")
owpay("es31_o07", "OWD-2025-507", "App Reservas Pádel Cuenca", "milestone", "40000.00", "7200.00",
      "2025-09-01T12:00:00", milestone_status="in_progress")
case("es-o07-cuenca-hito-en-curso", OWB, "decided", [M(
    "Club Pádel Cuenca <club@padelcuenca.es>", OWDTO, "Devolución hito pasarela de pago", d(2025, 9, 26, 18, 0, ES),
    "Buenas tardes:\n\nEl hito de la pasarela de pago de la App Reservas Pádel Cuenca (OWD-2025-507) va "
    "muy lento y ya hemos contratado Playtomic. Queremos que nos devolváis lo que no se haya hecho de ese "
    "hito.\n\nSaludos,\nRubén, tesorero del club\n")],
    [R("escalate")], extra_ok=True,
    spec="O3: milestone in_progress: escalate (value of work not started needs a person).")

proj("Web Colegio Santa Teresa", "secretaria@colegiosantateresa.es", "2025-07-01T10:00:00")
owpay("es31_o08", "OWD-2025-508", "Web Colegio Santa Teresa", "milestone", "15000.00", "2700.00",
      "2025-08-20T12:00:00", milestone_status="approved")
case("es-o08-plasencia-hito-aprobado", OWB, "decided", [M(
    "Secretaría Colegio Santa Teresa <secretaria@colegiosantateresa.es>", OWDTO,
    "Reclamación diseño web colegio", d(2025, 9, 25, 13, 10, ES),
    "Buenas tardes:\n\nSoy la secretaria del Colegio Santa Teresa (Plasencia). El AMPA dice que el diseño de "
    "la portada que aprobamos en agosto no les gusta y me piden que reclame la devolución del hito de "
    "diseño, factura OWD-2025-508 (Web Colegio Santa Teresa).\n\nReciba un cordial saludo,\nM.ª Carmen Bote\n")],
    [R("deny")], extra_ok=True,
    spec="O3/O6: the milestone is approved (an approved deliverable): deny.")

proj("Mantenimiento Web Asesoría Barbastro", "asesoria@asesoriabarbastro.es", "2025-01-10T10:00:00")
owpay("es31_o09", "OWD-2025-509", "Mantenimiento Web Asesoría Barbastro", "retainer", "6000.00", "1080.00",
      "2025-09-15T10:00:00", period_start="2025-09-15", period_end="2025-10-14",
      next_billing_at="2025-10-15T10:00:00")
s = d(2025, 9, 30, 9, 0, ES)
assert s.astimezone(IST).date() <= date(2025, 10, 8)
case("es-o09-barbastro-retainer-con-aviso", OWB, "decided", [M(
    "Asesoría Barbastro <asesoria@asesoriabarbastro.es>", OWDTO,
    "Baja del mantenimiento – OWD-2025-509", s,
    "Buenos días:\n\nLes comunicamos la baja del servicio de mantenimiento mensual (Mantenimiento Web "
    "Asesoría Barbastro, última factura OWD-2025-509). El motivo es que nuestro sobrino, que es "
    "informático, se va a encargar de la web a partir de ahora.\n\nAtentamente,\nJosé Luis Coscolla\n")],
    [X("cancel", "2025-10-14")],
    spec="O4/O8: retainer, next_billing_at 2025-10-15; request 2025-09-30 IST is on/before 2025-10-08 (7 days' "
         "notice): cancel, effective 2025-10-14, next charge avoided.")

proj("Soporte Web Ferretería Tafalla", "ferreteria@ferretafalla.es", "2025-03-01T10:00:00")
owpay("es31_o10", "OWD-2025-510", "Soporte Web Ferretería Tafalla", "retainer", "5000.00", "900.00",
      "2025-09-03T10:00:00", period_start="2025-09-03", period_end="2025-10-02",
      next_billing_at="2025-10-03T10:00:00")
case("es-o10-tafalla-retainer-tarde", OWB, "decided", [M(
    "Ferretería Tafalla <ferreteria@ferretafalla.es>", OWDTO, "cancelar soporte web", d(2025, 9, 29, 12, 0, ES),
    "Hola, buenas:\n\nQueremos cancelar el soporte web mensual (Soporte Web Ferretería Tafalla, factura "
    "OWD-2025-510) porque cerramos la tienda online: no nos compensa con los gastos de envío.\n\nGracias,\n"
    "Maite Arbizu\n")],
    [X("cancel", "2025-11-02")],
    spec="O4: next_billing_at 2025-10-03, cutoff 2025-09-26; request 2025-09-29 IST: less than 7 days' notice, "
         "the next cycle (2025-10-03 to 2025-11-02) is billed: effective 2025-11-02.")

proj("Redes y Web Hotel Copán", "hotelcopan@hotelcopanruinas.hn", "2025-02-01T10:00:00")
owpay("es31_o11", "OWD-2025-511", "Redes y Web Hotel Copán", "retainer", "7000.00", "1260.00",
      "2025-09-07T10:00:00", period_start="2025-09-07", period_end="2025-10-06",
      next_billing_at="2025-10-07T20:00:00")
s = d(2025, 9, 30, 15, 0, HN)
assert s.date() == date(2025, 9, 30) and s.astimezone(IST).date() == date(2025, 10, 1)
case("es-o11-copan-aviso-cruza-medianoche", OWB, "decided", [M(
    "Hotel Copán Ruinas <hotelcopan@hotelcopanruinas.hn>", OWDTO, "Cancelación del plan mensual de redes y web",
    s,
    "Buenas tardes,\n\nHoy 30 de septiembre, con más de una semana de anticipación al próximo cobro del 7 "
    "de octubre, les pedimos cancelar el plan Redes y Web Hotel Copán (factura OWD-2025-511). El motivo: "
    "el hotel pasa a manos de una cadena y ellos tienen su propia agencia.\n\nSaludos cordiales,\n"
    "Ing. Mauricio Handal, administrador\n")],
    [X("cancel", "2025-11-06")],
    spec="O4: next_billing_at 2025-10-07, cutoff 2025-09-30 (IST); mail 2025-09-30 15:00 -06:00 = 2025-10-01 "
         "02:30 IST: less than 7 days' notice in the brand's zone: next cycle billed, effective 2025-11-06.")

proj("Marketing Digital Bodega Somontano", "marketing@bodegasomontano.es", "2025-01-15T10:00:00")
owpay("es31_o12a", "OWD-2025-512", "Marketing Digital Bodega Somontano", "retainer", "9000.00", "1620.00",
      "2025-09-20T10:00:00", period_start="2025-09-20", period_end="2025-10-19",
      next_billing_at="2025-11-20T10:00:00")
owpay("es31_o12b", "OWD-2025-513", "Marketing Digital Bodega Somontano", "retainer", "9000.00", "1620.00",
      "2025-09-20T10:05:00", period_start="2025-10-20", period_end="2025-11-19",
      next_billing_at="2025-11-20T10:00:00")
case("es-o12-somontano-retainer-prepagado", OWB, "decided", [M(
    "Bodega Somontano <marketing@bodegasomontano.es>", OWDTO, "Baja del servicio de marketing",
    d(2025, 9, 29, 10, 30, ES),
    "Buenos días:\n\nEl 20 de septiembre pagamos dos meses por adelantado del Marketing Digital Bodega "
    "Somontano (facturas OWD-2025-512 y OWD-2025-513) porque nos hicisteis descuento. Ahora la bodega ha "
    "sido comprada por un grupo de Rioja y su departamento de marketing lo lleva todo. Queremos darnos de "
    "baja.\n\nSaludos,\nElena Bielsa\n")],
    [X("escalate")],
    spec="Section 8 retainer paid in advance: the next cycle (2025-10-20 to 11-19) is already paid and notice "
         "is >= 7 days: the cancellation is escalated.")

proj("Hosting Academia Inglés Mérida", "academia@englishmerida.es")
owpay("es31_o13", "OWD-2025-514", "Hosting Academia Inglés Mérida", "hosting_annual", "18000.00", "3240.00",
      "2025-09-20T12:00:00", setup_fee="1800.00", service_start="2025-09-20")
s = d(2025, 9, 30, 17, 0, ES)
assert (s.astimezone(IST).date() - date(2025, 9, 20)).days == 10
case("es-o13-merida-hosting-14-dias", OWB, "decided", [M(
    "Academia English Mérida <academia@englishmerida.es>", OWDTO,
    "Refund Request — Hosting Academia Inglés Mérida (OWD-2025-514)", s,
    "Buenas tardes:\n\nContratamos el hosting anual el día 20 (OWD-2025-514, 18.000 ₹ + IVA... perdón, GST). "
    "La Junta nos ha dado acceso gratuito a la plataforma educativa de Extremadura y ya no necesitamos el "
    "hosting. Solicitamos la cancelación y el reembolso prorrateado que indica su política.\n\nGracias,\n"
    "Carmen Guisado, directora\n")],
    [R("approve", o5("18000.00", "1800.00"))], extra_ok=True,
    spec="O5: hosting_annual, service_start 2025-09-20, request day 10 (<= 14): 18000 - 1800 - (16200/12)*1 = "
         "14850.00 before tax.")

proj("Mantenimiento Tienda Sidra Nava", "tienda@sidranava.es")
owpay("es31_o14", "OWD-2025-515", "Mantenimiento Tienda Sidra Nava", "maintenance_annual", "12000.00", "2160.00",
      "2025-09-05T12:00:00", setup_fee="1500.00", service_start="2025-09-05")
s = d(2025, 9, 20, 11, 0, ES)
assert (s.astimezone(IST).date() - date(2025, 9, 5)).days == 15
case("es-o14-nava-mantenimiento-dia-15", OWB, "decided", [M(
    "Sidra Nava <tienda@sidranava.es>", OWDTO, "Cancelar mantenimiento anual y reembolso",
    s,
    "Buenos días:\n\nQueremos cancelar el mantenimiento anual de la tienda (Mantenimiento Tienda Sidra Nava, "
    "OWD-2025-515) y que nos devolváis la parte proporcional: hemos decidido pasar la tienda a Shopify y "
    "ellos incluyen el mantenimiento.\n\nSaludos,\nPelayo\n")],
    [R("deny")], extra_ok=True,
    spec="O5: maintenance_annual started 2025-09-05; request 2025-09-20 IST is day 15 (> 14): refund deny.")

proj("Hosting Taller Cerámica Talavera", "ceramica@talaveraarte.es")
owpay("es31_o15", "OWD-2025-516", "Hosting Taller Cerámica Talavera", "hosting_annual", "10000.00", "1800.00",
      "2025-09-24T12:00:00", setup_fee="1234.00", service_start="2025-10-05")
case("es-o15-talavera-hosting-antes-de-empezar", OWB, "decided", [M(
    "Cerámica Talavera Arte <ceramica@talaveraarte.es>", OWDTO, "Anulación hosting anual OWD-2025-516",
    d(2025, 9, 26, 10, 0, ES),
    "Buenos días:\n\nPagamos el hosting anual del Hosting Taller Cerámica Talavera (factura OWD-2025-516) "
    "que empezaría el 5 de octubre. Mi hija ha montado la web en Wix y no lo vamos a necesitar. Por favor "
    "anúlenlo y devuelvan lo que corresponda según su política.\n\nGracias,\nAntonia\n")],
    [R("approve", o5("10000.00", "1234.00"))], extra_ok=True,
    spec="O5 before service start (s.8: consumed_months 1): 10000 - 1234 - 8766/12 = 10000 - 1234 - 730.50 = "
         "8035.50.")

proj("Web Agencia Seguros Estelí", "seguros.esteli@gmail.com", "2025-06-01T10:00:00")
owpay("es31_o16", "OWD-2025-517", "Web Agencia Seguros Estelí", "third_party", "1450.00", "261.00",
      "2025-09-26T12:00:00")
case("es-o16-esteli-dominio", OWB, "decided", [M(
    "Agencia de Seguros Estelí <seguros.esteli@gmail.com>", OWDTO, "devolución renovación dominio",
    d(2025, 9, 27, 9, 0, NI),
    "Buenos días. Nos renovaron el dominio .com.ni de la Web Agencia Seguros Estelí (OWD-2025-517) pero "
    "vamos a cambiar de nombre la agencia el otro año, no lo ocupamos. Pedimos la devolución de la "
    "renovación.\nSaludos, Francisco Rugama\n")],
    [R("deny")], extra_ok=True,
    spec="O6: domain renewal (third_party): deny, non-refundable items.")

proj("Tienda Online Chocolates Ceiba", "ventas@chocolatesceiba.hn", "2025-08-01T10:00:00")
owpay("es31_o17", "OWD-2025-518", "Tienda Online Chocolates Ceiba", "rush", "5000.00", "900.00",
      "2025-09-22T12:00:00")
case("es-o17-ceiba-urgencia-rush", OWB, "decided", [M(
    "Chocolates Ceiba <ventas@chocolatesceiba.hn>", OWDTO, "Reembolso cargo de urgencia", d(2025, 9, 26, 13, 30, HN),
    "Buenas tardes.\n\nPagamos el recargo por entrega urgente (OWD-2025-518) de la Tienda Online Chocolates "
    "Ceiba para tenerla lista para la Semana Morazánica y al final se entregó solo un día antes de lo normal. "
    "No nos pareció que valiera la pena, pedimos que nos devuelvan ese recargo.\n\nSaludos,\nIris Castellanos\n")],
    [R("deny")], extra_ok=True,
    spec="O6: rush fee, never refundable: deny.")

proj("Web Clínica Dental Sonríe Usulután", "dr.quintanilla@sonrieusulutan.com", "2025-09-01T10:00:00")
owpay("es31_o18", "OWD-2025-519", "Web Clínica Dental Sonríe Usulután", "deposit", "20000.00", "3600.00",
      "2025-09-28T12:00:00")
case("es-o18-usulutan-recepcionista", OWB, "need_info", [M(
    "Recepción Sonríe <recepcion.sonrie@gmail.com>", OWDTO, "Devolución del anticipo de la página",
    d(2025, 9, 29, 9, 20, SV),
    "Buenos días, le escribo de la recepción de la Clínica Dental Sonríe en Usulután. El doctor Quintanilla "
    "me pidió que les solicite la devolución del anticipo de la Web Clínica Dental Sonríe Usulután "
    "(OWD-2025-519) porque va a trabajar con un sobrino que hace páginas. El contrato está con el correo "
    "del doctor, dr.quintanilla@sonrieusulutan.com.\n\nAtentamente,\nYesenia, recepción\n")],
    rules=["C2"],
    spec="C2 (Optima explicit): the receptionist's gmail is not the contract email: need_info, ask for the "
         "request from the contract address; nothing about the project.")

proj("Catálogo Muebles Villanueva", "gerencia@mueblesvillanueva.es", "2025-07-01T10:00:00")
owpay("es31_o19", "OWD-2025-520", "Catálogo Muebles Villanueva", "retainer", "4000.00", "720.00",
      "2025-09-20T10:00:00", period_start="2025-09-20", period_end="2025-10-19",
      next_billing_at="2025-10-20T10:00:00")
case("es-o19-villanueva-reenvio-gmail", OWB, "need_info", [M(
    "Paqui Rodríguez <administracion@mueblesvillanueva.es>", OWDTO, "Fwd: baja mantenimiento catálogo",
    d(2025, 9, 29, 10, 40, ES),
    "Os reenvío lo que me pide el gerente.\nPaqui\n\n---------- Forwarded message ---------\n"
    "De: Gerencia Muebles Villanueva <gerencia@mueblesvillanueva.es>\nDate: dom, 28 sept 2025 a las 22:14\n"
    "Subject: baja mantenimiento catálogo\nTo: Paqui Rodríguez <administracion@mueblesvillanueva.es>\n\n"
    "Paqui, escribe a Optima y da de baja el mantenimiento del Catálogo Muebles Villanueva (factura "
    "OWD-2025-520), que el catálogo lo vamos a hacer en papel otra vez, los clientes de aquí no miran "
    "internet. El contrato está a nombre de gerencia@mueblesvillanueva.es.\n\nAntonio\n")],
    rules=["C2"],
    spec="Section 8 forwards: a Gmail forward in Spanish/English header wording; the forwarded request names "
         "the contract email gerencia@, the sender is administracion@: C2 need_info.")

proj("Web Restaurante La Bodeguita León", "labodeguita.leon@gmail.com", "2025-05-01T10:00:00")
owpay("es31_o20", "OWD-2025-521", "Web Restaurante La Bodeguita León", "retainer", "3500.00", "630.00",
      "2025-09-18T10:00:00", period_start="2025-09-18", period_end="2025-10-17",
      next_billing_at="2025-10-18T10:00:00")
case("es-o20-leon-baja-sin-motivo", OWB, "need_info", [M(
    "La Bodeguita León <labodeguita.leon@gmail.com>", OWDTO, "Cancelación", d(2025, 9, 27, 11, 30, NI),
    "Buenos días, por favor cancelar el plan mensual de la Web Restaurante La Bodeguita León, factura "
    "OWD-2025-521. Quedo atento, gracias.\n\nRoberto Aráuz\nLa Bodeguita, León\n")],
    rules=[], missing=["reason"],
    spec="Section 8: Optima requires a reason for a cancellation; restated request and sign-off are not "
         "reasons: need_info reason.")

proj("Web Hotel Los Picos", "direccion@hotellospicos.es")
proj("App Ruta del Cares", "direccion@hotellospicos.es")
owpay("es31_o21a", "OWD-2025-522", "Web Hotel Los Picos", "deposit", "16000.00", "2880.00",
      "2025-09-29T12:00:00")
owpay("es31_o21b", "OWD-2025-523", "App Ruta del Cares", "deposit", "24000.00", "4320.00",
      "2025-09-29T12:30:00")
s1 = d(2025, 9, 30, 10, 0, ES)
s2 = d(2025, 10, 1, 6, 0, ES)
assert hours("2025-09-29T12:00:00", s1) < 72
case("es-o21-arenas-dos-proyectos-falta", OWB, "need_info", [M(
    "Hotel Los Picos <direccion@hotellospicos.es>", OWDTO, "devolución anticipo", s1,
    "Buenos días:\n\nAyer pagamos un anticipo y al final el ayuntamiento nos ha denegado la licencia de "
    "obra para la ampliación, así que hasta que no se resuelva no vamos a seguir. Por favor, devolvednos "
    "el anticipo.\n\nUn saludo,\nLaura, dirección del hotel\nArenas de Cabrales\n")],
    rules=[], missing=["project_name", "invoice_number"],
    spec="Two projects and two deposits on this contract email, none named: project_name and invoice_number "
         "are missing (C3); reason given.")
case("es-o22-arenas-hilo-respuesta", OWB, "decided", [M(
    "Hotel Los Picos <direccion@hotellospicos.es>", OWDTO, "devolución anticipo", s1,
    "Buenos días:\n\nAyer pagamos un anticipo y al final el ayuntamiento nos ha denegado la licencia de "
    "obra para la ampliación, así que hasta que no se resuelva no vamos a seguir. Por favor, devolvednos "
    "el anticipo.\n\nUn saludo,\nLaura, dirección del hotel\nArenas de Cabrales\n"), M(
    "Hotel Los Picos <direccion@hotellospicos.es>", OWDTO, "Re: devolución anticipo [OWD-2310]", s2,
    "Perdón, es el de la web del hotel: proyecto Web Hotel Los Picos, factura OWD 2025 522. El de la app "
    "sigue adelante.\nLaura\n\n> Indíquenos el proyecto y la factura, por favor. [OWD-2310]\n",
    headers={"_irt": "<owd-2310.reply@optimawebdesign.com>"})],
    [R("approve", "16000.00")], extra_ok=True,
    spec="C3 thread: the answer names Web Hotel Los Picos and 'OWD 2025 522' (= OWD-2025-522, s.8); request "
         "time = first mail 2025-09-30 13:30 IST, 25.5 h after the deposit, no work: O2 approve 16000.00.")

proj("Web Constructora Nacaome", "constructora.nacaome@gmail.com", "2025-06-01T10:00:00")
owpay("es31_o23", "OWD-2025-524", "Web Constructora Nacaome", "milestone", "35000.00", "6300.00",
      "2025-09-10T12:00:00", milestone_status="completed")
case("es-o23-nacaome-abogado", OWB, "decided", [M(
    "Constructora Nacaome <constructora.nacaome@gmail.com>", OWDTO, "DEVOLUCIÓN O DEMANDA",
    d(2025, 9, 28, 20, 0, HN),
    "Buenas noches.\n\nLa página Web Constructora Nacaome quedó mal hecha, el formulario de cotizaciones no "
    "funciona. Exijo la devolución del hito OWD-2025-524. Ya le pasé el caso a mi abogado y si no responden "
    "en 48 horas procederemos legalmente.\n\nIng. Marvin Ordóñez\n")],
    [R("escalate")], rules=["C4"], extra_ok=True,
    spec="C4: lawyer and legal threat: escalate (though the milestone is completed).")

proj("Web Turismo Ometepe", "reservas@ometepetours.com.ni", "2025-08-15T10:00:00")
case("es-o24-ometepe-pregunta-avance", OWB, "other", [M(
    "Ometepe Tours <reservas@ometepetours.com.ni>", OWDTO, "¿Cuándo estará la galería?", d(2025, 9, 29, 14, 0, NI),
    "Buenas tardes, amigos de Optima. Solo una consulta sobre la Web Turismo Ometepe: ¿para cuándo tienen "
    "previsto subir la galería de fotos del volcán? Ya les mandamos las fotos por WeTransfer. Todo bien "
    "con el avance, muchas gracias.\n\nSaludos,\nYader\n")],
    spec="A question about the project's progress: neither refund nor cancellation: other.")

case("es-o25-autorespuesta-jerte", OWB, "ignore", [M(
    "Casa Rural Valle del Jerte <reservas@casaruraljerte.es>", OWDTO,
    "Respuesta automática: Re: Refund Request — Casa Rural Valle del Jerte / OWD-2025-501 [OWD-2301]",
    d(2025, 9, 29, 9, 10, ES),
    "¡Gracias por escribirnos! Contestamos todas las reservas en 24 horas. Para reservas inmediatas "
    "llame al 927 00 00 00.\n",
    headers={"Auto-Submitted": "auto-replied", "Precedence": "junk",
             "_irt": "<owd-2301.reply@optimawebdesign.com>"})],
    rules=["C7"], spec="C7: Auto-Submitted auto-replied (booking auto-reply): ignore.")

case("es-o26-cliente-leadsoptima-en-optima", OWB, "need_info", [M(
    "Comercial Fernández <comercialfer.juticalpa@gmail.com>", OWDTO, "cancelar plan mensual",
    d(2025, 9, 30, 17, 45, HN),
    "Buenas tardes, soy Kevin de Comercial Fernández. Mi papá quiere cancelar el plan mensual y que nos "
    "devuelvan el último cobro porque casi no lo usamos. Gracias\n")],
    rules=["C2"],
    spec="Section 8 the other brand's customer: a LeadsOptima customer writes to Optima; unknown in Optima's "
         "ledger: C2 need_info.")

proj("Tienda Online Embutidos Guijuelo", "ventas@embutidosdonbenito.es", "2025-06-01T10:00:00")
owpay("es31_o27", "OWD-2025-525", "Tienda Online Embutidos Guijuelo", "change_request", "6500.00", "1170.00",
      "2025-09-24T12:00:00")
case("es-o27-don-benito-cambio-alcance", OWB, "decided", [M(
    "Embutidos Don Benito <ventas@embutidosdonbenito.es>", OWDTO, "Devolución cambio de diseño carrito",
    d(2025, 9, 26, 9, 40, ES),
    "Buenos días:\n\nPagamos 6.500 ₹ (factura OWD-2025-525) por el cambio del carrito de la Tienda Online "
    "Embutidos Guijuelo que pedimos fuera del presupuesto. Ahora que lo vemos, preferimos el carrito de "
    "antes. ¿Nos podéis devolver ese cambio?\n\nUn saludo,\nJuan Antonio\n")],
    [R("deny")], extra_ok=True,
    spec="O6: change request outside the original scope: non-refundable: deny.")

proj("Web Academia Danza Logroño", "academia@danzalogrono.es")
owpay("es31_o28", "OWD-2025-526", "Web Academia Danza Logroño", "deposit", "12000.00", "2160.00",
      "2025-09-29T12:00:00", status="failed")
case("es-o28-logrono-pago-fallido", OWB, "decided", [M(
    "Academia de Danza <academia@danzalogrono.es>", OWDTO, "Reembolso señal OWD-2025-526", d(2025, 9, 30, 9, 0, ES),
    "Buenos días:\n\nEl banco me dice que el pago de la señal de la Web Academia Danza Logroño (OWD-2025-526) "
    "está retenido y a la vez me han mandado el recibo. Para no liarla, hemos decidido dejarlo para enero: "
    "devolvedme la señal, por favor.\n\nIrene\n")],
    [R("escalate")], extra_ok=True,
    spec="Section 8: the payment's status is failed (not paid): a refund of it is escalated.")


if __name__ == "__main__":
    write_out()
