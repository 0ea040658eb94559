#!/usr/bin/env python3
"""fresh27_es: held-out Spanish cases for mailbot (Mexico, Colombia, Peru, Bolivia, Paraguay,
Panama, Galicia and Asturias).

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


# September 2025 offsets: Mexico City/Guadalajara/Monterrey -06 (no DST since 2022), Tijuana -07 (PDT),
# Colombia, Peru, Panama -05, Bolivia -04, Paraguay -03 (permanent since 2024), Galicia/Asturias +02 (CEST)
MX, TJ, CO, PE, PA, BO, PY, GA = tz(-6), tz(-7), tz(-5), tz(-5), tz(-5), tz(-4), tz(-3), tz(2)

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
        mid = f"<{cid}.{i}.{int(m['when'].timestamp())}@mail.fresh27-{LANG}.example>"
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


SUP = "Soporte LeadsOptima <support@leadsoptima.com>"
OWDTO = "Optima WebDesign <optimawebdesigns12@gmail.com>"
DISC_CO = ("\n\n--\nAVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y de uso exclusivo "
           "del destinatario. Si usted lo recibió por error, por favor notifíquelo al remitente y elimínelo. "
           "En cumplimiento de la Ley 1581 de 2012 de protección de datos personales...\n")

# ---------------------------------------------------------------------------------------------
# LeadsOptima
# ---------------------------------------------------------------------------------------------

cust("lupita.maganav@hotmail.com", "Guadalupe Magaña", "monthly", start="2025-09-25", end="2025-10-24")
lopay("e_p01", "LO-INV-27101", "lupita.maganav@hotmail.com", "monthly", "1499.00", "2025-09-25T18:30:00",
      "2025-09-25", "2025-10-24")
lopay("e_p02", "LO-INV-27102", "lupita.maganav@hotmail.com", "monthly", "1499.00", "2025-09-25T18:31:00",
      "2025-09-25", "2025-10-24")
case("es-l01-cdmx-dictado-cobro-doble", LOB, "decided", [M(
    "Lupita Magaña <lupita.maganav@hotmail.com>", SUP, "ayuda porfa", d(2025, 9, 26, 8, 15, MX),
    "hola buenos dias oigan fijense que me llegaron dos cargos iguales de ustedes el jueves "
    "coma los dos de mil cuatrocientos noventa y nueve del plan mensual punto ya revise y es el mismo mes "
    "entonces me cobraron doble punto el segundo dice factura LO guion INV guion 27102 ese es el que "
    "quiero que me regresen porfa\nsaludos lupita\n\nEnviado desde mi iPhone\n")],
    [R("approve", "1499.00")],
    spec="L2 duplicate_payment, L4: two paid monthly charges 2025-09-25 same period; mail 2025-09-26 08:15 -06:00 "
         "= 19:45 IST, day 1 (L3); refund the later charge LO-INV-27102 = 1499.00 before tax.",
    ambiguous=None)

cust("tesoreria@agroinsumoselllano.com.co", "Agroinsumos El Llano SAS", "quarterly", start="2025-09-20",
     end="2025-12-19")
lopay("e_p03", "LO-INV-27103", "tesoreria@agroinsumoselllano.com.co", "quarterly", "3999.00",
      "2025-09-20T19:30:00", "2025-09-20", "2025-12-19")
lopay("e_p04", "LO-INV-27104", "tesoreria@agroinsumoselllano.com.co", "quarterly", "3999.00",
      "2025-09-20T19:32:00", "2025-09-20", "2025-12-19")
case("es-l02-villavicencio-tesoreria-formal", LOB, "decided", [M(
    "Tesorería Agroinsumos El Llano <tesoreria@agroinsumoselllano.com.co>", SUP,
    "Solicitud devolución pago duplicado", d(2025, 9, 23, 7, 0, CO),
    "Cordial saludo.\n\nDe manera atenta nos permitimos informar que en la conciliación bancaria del mes se "
    "evidenció que el plan trimestral fue pagado dos veces el pasado 20 de septiembre, por valor de "
    "$3.999,00 (INR) cada transacción. El segundo pago corresponde a la factura lo inv 27104.\n\n"
    "Agradecemos gestionar la devolución del valor pagado doble a la misma tarjeta.\n\n"
    "Atentamente,\n\nYeimy Rocío Castañeda\nAuxiliar de Tesorería\nAgroinsumos El Llano S.A.S. - "
    "NIT 900.123.456-7\nVillavicencio, Meta" + DISC_CO)],
    [R("approve", "3999.00")],
    spec="L4: two paid quarterly charges 2025-09-20, same period; mail 2025-09-23 IST, day 3; 'lo inv 27104' "
         "is LO-INV-27104 (section 8): approve 3999.00.")

cust("renzo.quispe.h@gmail.com", "Renzo Quispe", "annual", start="2025-09-10", end="2026-09-09")
lopay("e_p05", "LO-INV-27105", "renzo.quispe.h@gmail.com", "annual", "11988.00", "2025-09-10T19:30:00",
      "2025-09-10", "2026-09-09")
lopay("e_p06", "LO-INV-27106", "renzo.quispe.h@gmail.com", "annual", "11988.00", "2025-09-10T19:33:00",
      "2025-09-10", "2026-09-09")
case("es-l03-lima-dia-8-por-zona", LOB, "decided", [M(
    "Renzo Quispe Huamán <renzo.quispe.h@gmail.com>", SUP, "Cobro duplicado anual - LO-INV-27106",
    d(2025, 9, 17, 14, 0, PE),
    "Buenas tardes, estimados:\n\nLes escribo desde Lima. El miércoles 10 me cobraron dos veces la "
    "suscripción anual (11,988.00 cada una), facturas LO-INV-27105 y LO-INV-27106. Estoy dentro de la "
    "semana que indica su política, así que por favor devuélvanme el cobro duplicado.\n\nQuedo atento,\n"
    "Renzo\n")],
    [R("deny")],
    spec="L3: charges 2025-09-10 IST; mail 2025-09-17 14:00 -05:00 = 2025-09-18 00:30 IST, day 8 in the brand's "
         "zone (section 1): outside the 7-day window, deny (the customer's own count is 7).")

cust("mgonzalez@navierabalboa.com.pa", "Marisol González", "annual", start="2025-09-18", end="2026-09-17")
lopay("e_p07", "LO-INV-27107", "mgonzalez@navierabalboa.com.pa", "annual", "11988.00", "2025-09-18T20:00:00",
      "2025-09-18", "2026-09-17")
lopay("e_p08", "LO-INV-27108", "mgonzalez@navierabalboa.com.pa", "annual", "11988.00", "2025-09-18T20:01:00",
      "2025-09-18", "2026-09-17")
case("es-l04-panama-dia-7-noche", LOB, "decided", [M(
    "Marisol González | Naviera Balboa <mgonzalez@navierabalboa.com.pa>", SUP, "RE: cargo doble suscripción",
    d(2025, 9, 25, 13, 0, PA),
    "Buenas tardes,\n\nLes reitero lo que hablé con su chat: en el estado de cuenta de la tarjeta corporativa "
    "aparece la anualidad cobrada 2 veces el 18/09 (dos cargos de INR 11,988.00 más ITBMS/impuesto). "
    "Solicitamos la devolución del segundo cargo, factura LO-INV-27108.\n\nSaludos cordiales,\n\n"
    "Marisol González\nJefa de Administración | Naviera Balboa, S.A.\nTel. +507 300-0000 | Ciudad de Panamá\n")],
    [R("approve", "11988.00")],
    spec="L4: annual 11988.00 charged twice 2025-09-18 IST; mail 2025-09-25 13:00 -05:00 = 23:30 IST, day 7, "
         "inside (L3): approve 11988.00 (before tax).")

cust("compras@ferrosantacruz.com.bo", "Ferretería Santa Cruz", "quarterly", start="2025-09-27", end="2025-12-26")
for pid, inv, t in (("e_p09", "LO-INV-27109", "19:00:00"), ("e_p10", "LO-INV-27110", "19:00:30"),
                    ("e_p11", "LO-INV-27111", "19:01:10")):
    lopay(pid, inv, "compras@ferrosantacruz.com.bo", "quarterly", "3999.00", f"2025-09-27T{t}",
          "2025-09-27", "2025-12-26")
case("es-l05-santacruz-tres-cobros", LOB, "decided", [M(
    "Compras Ferro Santa Cruz <compras@ferrosantacruz.com.bo>", SUP, "tres cobros!!!", d(2025, 9, 28, 9, 30, BO),
    "Buen dia.\nLa pagina se quedo colgada al pagar el plan trimestral y le di varias veces al boton, ahora "
    "veo 3 cobros del mismo monto (3.999 c/u) el sabado 27. Solo queremos UN plan. Favor devolver los otros "
    "dos: LO-INV-27110 y LO-INV-27111.\n\nAtte. Ing. Wilder Rojas\nFerro Santa Cruz - 3er anillo\n")],
    [R("approve", "7998.00")],
    spec="Section 8 three identical charges: every charge after the first is a duplicate; both inside L3 "
         "(2025-09-27 -> 2025-09-28 IST, day 1): 2 x 3999.00 = 7998.00.")

cust("dcabrera.py@gmail.com", "Derlis Cabrera", "monthly", start="2025-09-24", end="2025-10-23")
lopay("e_p12", "LO-INV-27112", "dcabrera.py@gmail.com", "monthly", "1499.00", "2025-09-24T12:00:00",
      "2025-09-24", "2025-10-23")
case("es-l06-asuncion-doble-sin-par", LOB, "decided", [M(
    "Derlis Cabrera <dcabrera.py@gmail.com>", SUP, "me debitaron 2 veces", d(2025, 9, 26, 11, 0, PY),
    "Buenas, che. En el extracto del banco me salen dos débitos de LeadsOptima del 24, la factura que me "
    "llegó es la LO-INV-27112. Me cobraron dos veces, quiero que me devuelvan uno.\nGracias\nDerlis\n")],
    [R("escalate")],
    spec="L4: duplicate_payment claimed inside the window (day 2), but the ledger holds one paid charge only: "
         "no pair, escalate.")

cust("xurxo@conservasriasbaixas.gal", "Xurxo Pereira", "monthly")
lopay("e_p13", "LO-INV-27113", "xurxo@conservasriasbaixas.gal", "annual", "11988.00", "2025-09-24T11:00:00",
      "2025-09-24", "2026-09-23")
case("es-l07-vigo-plan-equivocado", LOB, "decided", [M(
    "Xurxo Pereira <xurxo@conservasriasbaixas.gal>", SUP, "Cobro do plan anual / cobro del plan anual",
    d(2025, 9, 25, 10, 20, GA),
    "Boas,\n\n(Escribo en castellano para que me entendáis mejor.) Tenemos contratado el plan mensual desde "
    "hace meses, pero el día 24 nos habéis cobrado el plan anual, 11.988,00 rupias, factura LO-INV-27113. "
    "Nos habéis cobrado el plan equivocado. Pedimos que se corrija y se devuelva el importe.\n\n"
    "Unha aperta,\nXurxo Pereira\nConservas Rías Baixas - Cangas do Morrazo\n")],
    [R("escalate")],
    spec="L2 billing_error (charged for the wrong plan) inside the window (2025-09-24 -> 2025-09-25 IST, day 1): "
         "L5 escalate with LO-INV-27113.")

cust("nuria.alvarez.uvieu@gmail.com", "Nuria Álvarez", "monthly", status="cancelled", start="2025-08-20",
     end="2025-09-19")
lopay("e_p14", "LO-INV-27114", "nuria.alvarez.uvieu@gmail.com", "monthly", "1499.00", "2025-08-20T10:00:00",
      "2025-08-20", "2025-09-19")
lopay("e_p15", "LO-INV-27115", "nuria.alvarez.uvieu@gmail.com", "monthly", "1499.00", "2025-09-22T10:00:00",
      "2025-09-22", "2025-10-21")
case("es-l08-oviedo-cobro-tras-baja", LOB, "decided", [M(
    "Nuria Álvarez <nuria.alvarez.uvieu@gmail.com>", SUP, "Cobro después de darme de baja",
    d(2025, 9, 24, 19, 45, GA),
    "Hola, buenas tardes:\n\nMe di de baja en Billing > Cancel Plan a principios de septiembre (tengo la "
    "captura) y aun así el lunes 22 me habéis pasado otro cargo de 1.499 €... perdón, rupias, que el banco "
    "me lo pone en euros. La factura es la LO-INV-27115. Me cobrasteis después de cancelar, así que quiero "
    "que me lo devolváis.\n\nGracias, ho.\nNuria\nUviéu\n")],
    [R("escalate")],
    spec="L2 billing_error (charged after cancelling) inside the window (2025-09-22 -> 2025-09-24 23:15 IST, "
         "day 2): L5 escalate.")

cust("rodrigo@tacosdonrodri.mx", "Rodrigo Garza", "monthly", start="2025-09-26", end="2025-10-25")
lopay("e_p16", "LO-INV-27116", "rodrigo@tacosdonrodri.mx", "monthly", "1499.00", "2025-09-26T19:30:00",
      "2025-09-26", "2025-10-25")
case("es-l09-monterrey-spanglish-login", LOB, "decided", [M(
    "Rodrigo Garza <rodrigo@tacosdonrodri.mx>", SUP, "no puedo entrar a mi cuenta!!", d(2025, 9, 29, 7, 30, MX),
    "Que onda, desde el viernes que se hizo el cobro (LO-INV-27116) no puedo hacer login, me sale un error "
    "de 'session expired' y luego la pantalla en blanco. Ya hice reset del password, borré cookies, probé en "
    "la laptop y en el cel y nada. Llevo 3 días sin acceso y sin poder mandar las campañas. Si no lo pueden "
    "arreglar quiero mi refund del mes.\n\nRodrigo\nTacos Don Rodri - San Pedro Garza García\n")],
    [R("escalate")],
    spec="L2 access_failure ('no puedo hacer login', 'sin acceso') inside the window (2025-09-26 -> 2025-09-29 "
         "19:00 IST, day 3): L6 escalate.")

cust("camila.restrepo.m@outlook.com", "Camila Restrepo", "monthly", start="2025-09-05", end="2025-10-04")
lopay("e_p17", "LO-INV-27117", "camila.restrepo.m@outlook.com", "monthly", "1499.00", "2025-09-05T10:00:00",
      "2025-09-05", "2025-10-04")
case("es-l10-medellin-acceso-tarde", LOB, "decided", [M(
    "Camila Restrepo <camila.restrepo.m@outlook.com>", SUP, "sin acceso hace rato", d(2025, 9, 20, 10, 0, CO),
    "Hola, ¿qué más? Les cuento que desde el 6 de septiembre no he podido ingresar a la plataforma, me sale "
    "'usuario bloqueado'. Ya les escribí por el chat y nada, entonces les pido que me devuelvan la plata del "
    "mes (factura LO-INV-27117) porque no lo he podido usar ni un día.\n\nMil gracias, Cami\n")],
    [R("deny")],
    spec="access_failure, but charge 2025-09-05 IST and request 2025-09-20 20:30 IST = day 15 > 7: L3 deny.")

cust("sandra.ccori@gmail.com", "Sandra Ccori", "monthly", start="2025-09-27", end="2025-10-26")
lopay("e_p18", "LO-INV-27118", "sandra.ccori@gmail.com", "monthly", "1499.00", "2025-09-27T19:30:00",
      "2025-09-27", "2025-10-26")
case("es-l11-arequipa-cerre-negocio", LOB, "decided", [M(
    "Sandra Ccori <sandra.ccori@gmail.com>", SUP, "Reembolso LO-INV-27118", d(2025, 9, 28, 18, 0, PE),
    "Señores LeadsOptima, buenas noches.\n\nEl sábado se renovó mi plan mensual pero justo esta semana "
    "cerré mi tienda de artesanías en Arequipa, ya no voy a necesitar la herramienta. Les pido por favor "
    "el reembolso de ese pago, LO-INV-27118, no lo voy a usar nada.\n\nDios se los pague,\nSandra\n")],
    [R("deny")],
    spec="L1: closing the business / not going to use it is not an L2 exception (inside the window, but no "
         "exception reason): deny, cancellation offered.")

cust("joaquin.s.vaca@gmail.com", "Joaquín Suárez Vaca", "quarterly", start="2025-09-15", end="2025-12-14")
lopay("e_p19", "LO-INV-27119", "joaquin.s.vaca@gmail.com", "quarterly", "3999.00", "2025-09-15T10:00:00",
      "2025-09-15", "2025-12-14")
case("es-l12-santacruz-caro-baja-y-devolucion", LOB, "decided", [M(
    "Joaquín Suárez <joaquin.s.vaca@gmail.com>", SUP, "Baja y devolución", d(2025, 9, 19, 16, 0, BO),
    "Hola qué tal,\n\nSinceramente el plan trimestral me sale muy caro para lo que lo uso, con el cambio "
    "del dólar acá en Bolivia ya no me alcanza. Quiero cancelar la suscripción ya mismo y que me devuelvan "
    "la parte de los meses que no voy a usar (factura LO-INV-27119).\n\nSaludos desde Santa Cruz de la "
    "Sierra\nJoaquín\n")],
    [R("deny"), X("cancel", "2025-12-14")],
    spec="L1 too expensive / unused months: refund deny (no partial refunds); L8 cancel, active until "
         "current_period_end 2025-12-14.")

cust("ximena.orozco.gdl@gmail.com", "Ximena Orozco", None, status="trial", trial_ends="2025-10-03")
case("es-l13-guadalajara-prueba", LOB, "decided", [M(
    "Ximena Orozco <ximena.orozco.gdl@gmail.com>", SUP, "cargo en periodo de prueba?", d(2025, 9, 27, 12, 0, MX),
    "Hola! Estoy en la prueba gratis y en mi app del banco me apareció una retención de LeadsOptima al "
    "registrar la tarjeta. Yo no he contratado nada, así que quiero que me reembolsen lo que me hayan "
    "cobrado.\n\nGracias!\nXime\n")],
    [R("deny")],
    spec="L7: the account is on a free trial with no charges: deny, nothing to refund; no billing unless "
         "they subscribe.")

cust("ventas@mueblesyacare.com.py", "Muebles Yacaré", "monthly", start="2025-09-12", end="2025-10-11")
lopay("e_p20", "LO-INV-27120", "ventas@mueblesyacare.com.py", "monthly", "1499.00", "2025-09-12T10:00:00",
      "2025-09-12", "2025-10-11")
case("es-l14-asuncion-baja-corta", LOB, "decided", [M(
    "Muebles Yacaré <ventas@mueblesyacare.com.py>", SUP, "Baja", d(2025, 9, 30, 8, 0, PY),
    "Buen día. Solicito la baja del plan mensual a partir de ahora. Gracias.\n\nMuebles Yacaré\n"
    "Mcal. López c/ Kubitschek - Asunción\n")],
    [X("cancel", "2025-10-11")],
    spec="L8: cancellation (the reason does not hold it up); effective current_period_end 2025-10-11.")

cust("wilber.mamani@cuscotrek.pe", "Wilber Mamani", "quarterly")
lopay("e_p21", "LO-INV-27121", "wilber.mamani@cuscotrek.pe", "quarterly", "3999.00", "2025-04-30T20:15:00+00:00",
      "2025-05-01", "2025-07-31")
lopay("e_p22", "LO-INV-27122", "wilber.mamani@cuscotrek.pe", "quarterly", "3999.00", "2025-07-31T20:15:00+00:00",
      "2025-08-01", "2025-10-31")
case("es-l15-cusco-baja-sin-periodo", LOB, "decided", [M(
    "Wilber Mamani - Cusco Trek <wilber.mamani@cuscotrek.pe>", SUP, "Cancelar renovación plan trimestral",
    d(2025, 9, 29, 6, 40, PE),
    "Buenos días,\n\nPor temporada baja de turismo vamos a pausar el marketing. Por favor cancelen mi plan "
    "trimestral para que no se renueve. No necesito devolución de nada, solo que no me vuelvan a cobrar.\n\n"
    "Atentamente,\nWilber Mamani Quispe\nCusco Trek E.I.R.L. - Calle Plateros 3xx, Cusco\n")],
    [X("cancel", "2025-10-31")],
    spec="L8 fallback (no current_period_end): last charge 2025-07-31T20:15Z = 2025-08-01 01:45 IST (section 8 "
         "offsets), + 3 months - 1 day = 2025-10-31. 'No necesito devolución' adds no refund intent.")

cust("sidreria.elllagar@gmail.com", "Sidrería El Llagar", "annual")
lopay("e_p23", "LO-INV-27123", "sidreria.elllagar@gmail.com", "annual", "11988.00", "2024-10-06T11:00:00",
      "2024-10-06", "2025-10-05")
case("es-l16-gijon-anual-no-renovar", LOB, "decided", [M(
    "Sidrería El Llagar <sidreria.elllagar@gmail.com>", SUP, "no renovar la anualidad",
    d(2025, 9, 27, 23, 10, GA),
    "Buenas noches, ho:\n\nSoy Pelayo, de la sidrería El Llagar en Cimadevilla. Dentro de poco os toca "
    "renovar el plan anual y no queremos seguir, este año lo llevamos todo por Instagram. Cancelad la "
    "suscripción, por favor, que no se renueve.\n\nUn saludo\nPelayo\n")],
    [X("cancel", "2025-10-05")],
    spec="L8 fallback: no current_period_end; last charge 2024-10-06 IST + 12 months - 1 day = 2025-10-05.")

cust("administracion@distribuidoraistmo.com.pa", "Distribuidora Istmo", "monthly", start="2025-09-20",
     end="2025-10-19")
lopay("e_p24", "LO-INV-27124", "administracion@distribuidoraistmo.com.pa", "monthly", "1499.00",
      "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
case("es-l17-panama-desde-gmail", LOB, "need_info", [M(
    "Edwin Castillo <edwincastillo507@gmail.com>", SUP, "cancelar plan distribuidora", d(2025, 9, 26, 9, 0, PA),
    "Buen día, les escribe Edwin Castillo, gerente de Distribuidora Istmo. La cuenta está registrada con "
    "administracion@distribuidoraistmo.com.pa pero les escribo desde mi correo personal porque estoy de "
    "viaje en David. Necesito cancelar el plan mensual y que me confirmen hasta cuándo queda activo y "
    "cuánto se cobró este mes.\n\nGracias\n")],
    rules=["C2"],
    spec="C2: the sender (gmail) is not the registered email he names: need_info, ask him to write from "
         "administracion@..., no account details.")

cust("gerencia@laboratoriosandina.com.co", "Laboratorios Andina", "annual", start="2025-09-24", end="2026-09-23")
lopay("e_p25", "LO-INV-27125", "gerencia@laboratoriosandina.com.co", "annual", "11988.00", "2025-09-24T19:30:00",
      "2025-09-24", "2026-09-23")
lopay("e_p26", "LO-INV-27126", "gerencia@laboratoriosandina.com.co", "annual", "11988.00", "2025-09-24T19:34:00",
      "2025-09-24", "2026-09-23")
case("es-l18-cali-rv-asistente", LOB, "need_info", [M(
    "Asistente Gerencia <asistente@laboratoriosandina.com.co>", SUP, "RV: Pago duplicado LeadsOptima",
    d(2025, 9, 25, 8, 10, CO),
    "Buenos días, reenvío la solicitud del Dr. Ospina para su trámite.\n\nCordialmente,\nLeidy Johana\n"
    "Asistente de Gerencia\n\n"
    "________________________________\n"
    "De: Gerencia Laboratorios Andina <gerencia@laboratoriosandina.com.co>\n"
    "Enviado: miércoles, 24 de septiembre de 2025 17:02\n"
    "Para: Asistente Gerencia <asistente@laboratoriosandina.com.co>\n"
    "Asunto: Pago duplicado LeadsOptima\n\n"
    "Leidy, por favor escríbale a LeadsOptima: hoy nos cobraron dos veces la anualidad (LO-INV-27126 es el "
    "segundo cobro). Que nos devuelvan el cobro duplicado. La cuenta está a nombre de "
    "gerencia@laboratoriosandina.com.co.\n\nGracias,\nDr. Hernán Ospina\n" + DISC_CO)],
    rules=["C2"],
    spec="Section 8 forwards: Outlook 'RV:' block carries a request naming the registered email gerencia@, "
         "the sender is asistente@: C2 need_info (ask for it from the registered address).")

cust("pau.ibarra.tj@gmail.com", "Paulina Ibarra", "monthly", start="2025-09-28", end="2025-10-27")
lopay("e_p27", "LO-INV-27127", "pau.ibarra.tj@gmail.com", "monthly", "1499.00", "2025-09-28T07:10:00",
      "2025-09-28", "2025-10-27")
lopay("e_p28", "LO-INV-27128", "pau.ibarra.tj@gmail.com", "monthly", "1499.00", "2025-09-28T07:11:00",
      "2025-09-28", "2025-10-27")
case("es-l19-tijuana-reenvio-alerta-banco", LOB, "decided", [M(
    "Paulina Ibarra <pau.ibarra.tj@gmail.com>", SUP, "Fwd: Alerta de cargo a tu tarjeta",
    d(2025, 9, 29, 9, 0, TJ),
    "Hola, les reenvío la alerta del banco: son dos cargos iguales del mismo día por el plan mensual, o sea "
    "que me cobraron doble. La factura del segundo es LO-INV-27128. ¿Me regresan ese cargo por favor?\n\n"
    "Pau\n\n"
    "---------- Mensaje reenviado ---------\n"
    "De: Alertas BancoNorte <alertas@banconorte.example.mx>\n"
    "Date: sáb, 27 sept 2025 a las 18:41\n"
    "Subject: Alerta de cargo a tu tarjeta\n"
    "To: <pau.ibarra.tj@gmail.com>\n\n"
    "Se realizaron 2 cargos a tu tarjeta terminación 4417:\n"
    "LEADSOPTIMA*SUBS  INR 1,768.82  (MXN 385.10)\n"
    "LEADSOPTIMA*SUBS  INR 1,768.82  (MXN 385.10)\n"
    "Si no reconoces estos cargos llama al 800 000 0000.\n")],
    [R("approve", "1499.00")],
    spec="Forward from the registered address itself (no C2); two paid monthly charges 2025-09-28 same period, "
         "mail 2025-09-29 21:30 IST day 1: L4 approve 1499.00 (the bank's 1,768.82 includes tax, C6).")

cust("andrea.villca@gmail.com", "Andrea Villca", "monthly", start="2025-09-10", end="2025-10-09")
lopay("e_p29", "LO-INV-27129", "andrea.villca@gmail.com", "monthly", "1499.00", "2025-09-10T10:00:00",
      "2025-09-10", "2025-10-09")
case("es-l20-lapaz-alias-mas", LOB, "need_info", [M(
    "Andrea Villca <andrea.villca+facturas@gmail.com>", SUP, "dar de baja", d(2025, 9, 25, 10, 0, BO),
    "Hola, quiero dar de baja mi plan mensual, ya no lo uso. Mi correo registrado es el mismo que este, "
    "gracias.\nAndrea - El Alto\n")],
    rules=["C2"],
    spec="Section 8 addresses: andrea.villca+facturas@ is another address than the registered andrea.villca@ "
         "(a +tag makes another address): C2 need_info.")

cust("Hugo.Benitez@LibreriaGuarani.com.py", "Hugo Benítez", "monthly", start="2025-09-21", end="2025-10-20")
lopay("e_p30", "LO-INV-27130", "Hugo.Benitez@LibreriaGuarani.com.py", "monthly", "1499.00", "2025-09-21T10:00:00",
      "2025-09-21", "2025-10-20")
case("es-l21-encarnacion-mayusculas", LOB, "decided", [M(
    "hugo benitez <hugo.benitez@libreriaguarani.com.py>", SUP, "cancelacion", d(2025, 9, 28, 17, 0, PY),
    "buenas tardes\nquiero cancelar el plan, la libreria va a cerrar a fin de año\natte hugo benitez\n"
    "Libreria Guarani - Encarnacion\n")],
    [X("cancel", "2025-10-20")],
    spec="Addresses compare case-insensitively (section 8): verified. L8 cancel, effective current_period_end "
         "2025-10-20.")

cust("contador@imprentalamolina.pe", "Imprenta La Molina", "monthly", start="2025-09-23", end="2025-10-22")
lopay("e_p31", "LO-INV-27131", "contador@imprentalamolina.pe", "monthly", "1499.00", "2025-09-23T19:30:00",
      "2025-09-23", "2025-10-22")
lopay("e_p32", "LO-INV-27132", "contador@imprentalamolina.pe", "monthly", "1499.00", "2025-09-23T19:30:50",
      "2025-09-23", "2025-10-22")
case("es-l22-lima-reply-to", LOB, "need_info", [M(
    "Imprenta La Molina - Oficina <oficina@imprentalamolina.pe>", SUP, "Pago doble LO-INV-27132",
    d(2025, 9, 25, 11, 0, PE),
    "Buenos días, nos cobraron dos veces el plan mensual el 23/09 (LO-INV-27131 y LO-INV-27132). Por favor "
    "devolver el duplicado. Responder a nuestro contador, que es el titular de la cuenta.\n\nOficina\n",
    reply_to="contador@imprentalamolina.pe")],
    rules=["C2"],
    spec="Section 8: the sender is the From address (oficina@), not the registered contador@; Reply-To never "
         "verifies anyone: C2 need_info.")

cust("facturacion@transportesdelcaribe.com.co", "Transportes del Caribe", "annual", start="2025-09-26",
     end="2026-09-25")
lopay("e_p33", "LO-INV-27133", "facturacion@transportesdelcaribe.com.co", "annual", "11988.00",
      "2025-09-26T10:00:00", "2025-09-26", "2026-09-25")
case("es-l23-barranquilla-sin-motivo-aviso", LOB, "need_info", [M(
    "Facturación Transportes del Caribe <facturacion@transportesdelcaribe.com.co>", SUP,
    "Solicitud de reembolso factura LO-INV-27133", d(2025, 9, 29, 8, 0, CO),
    "Señores\nLEADSOPTIMA\nCiudad\n\nAsunto: Solicitud de reembolso\n\nCordial saludo.\n\nPor medio de la "
    "presente, nos permitimos solicitar amablemente el reembolso del valor cancelado mediante la factura "
    "LO-INV-27133 correspondiente a la suscripción anual.\n\nQuedamos atentos a su pronta respuesta.\n\n"
    "Atentamente,\n\nKatherine Mejía\nAnalista de Facturación\nTransportes del Caribe S.A.S.\nBarranquilla, "
    "Atlántico" + DISC_CO)],
    missing=["reason"],
    spec="Section 8 'what a reason is': a formal restatement of the request, greeting, signature and "
         "disclaimer are no reason ('valor cancelado' means 'amount paid' in Colombia, not a cancellation); "
         "plan and invoice known: need_info reason (C3).")

cust("ana.choque.lp@gmail.com", "Ana Choque", "monthly", start="2025-09-26", end="2025-10-25")
lopay("e_p34", "LO-INV-27134", "ana.choque.lp@gmail.com", "monthly", "1499.00", "2025-08-26T10:00:00",
      "2025-08-26", "2025-09-25")
lopay("e_p35", "LO-INV-27135", "ana.choque.lp@gmail.com", "monthly", "1499.00", "2025-09-26T10:00:00",
      "2025-09-26", "2025-10-25")
case("es-l24-lapaz-cobro-de-mas-sin-factura", LOB, "need_info", [M(
    "Ana Choque <ana.choque.lp@gmail.com>", SUP, "cobro incorrecto", d(2025, 9, 28, 10, 0, BO),
    "Hola, buen día. Me cobraron un monto incorrecto en mi plan mensual, en el banco me sale más de lo que "
    "dice la página. Quiero que me devuelvan lo cobrado de más. No tengo a mano la factura, estoy en el "
    "mercado Rodríguez con el celular nomás.\nAna\n")],
    missing=["invoice_number"],
    spec="C3: billing_error reason given, plan from the ledger, but two charges (2025-08-26 and 2025-09-26) "
         "and no invoice: need_info invoice_number.")

cust("jorge.tello.pe@gmail.com", "Jorge Tello", "monthly", start="2025-09-22", end="2025-10-21")
lopay("e_p36", "LO-INV-27136", "jorge.tello.pe@gmail.com", "monthly", "1499.00", "2025-08-22T19:30:00",
      "2025-08-22", "2025-09-21")
lopay("e_p37", "LO-INV-27137", "jorge.tello.pe@gmail.com", "monthly", "1499.00", "2025-09-22T19:30:00",
      "2025-09-22", "2025-10-21")
lopay("e_p38", "LO-INV-27138", "jorge.tello.pe@gmail.com", "monthly", "1499.00", "2025-09-22T19:31:00",
      "2025-09-22", "2025-10-21")
case("es-l25-trujillo-hilo-responde", LOB, "decided", [
    M("Jorge Tello <jorge.tello.pe@gmail.com>", SUP, "devolucion", d(2025, 9, 24, 9, 0, PE),
      "Buenos dias, necesito que me devuelvan un cobro de septiembre. Como hago?\nJorge Tello\nTrujillo\n"),
    M("Jorge Tello <jorge.tello.pe@gmail.com>", SUP, "Re: devolucion [LO-2731]", d(2025, 9, 30, 22, 0, PE),
      "Disculpen la demora. Es que el 22 me cobraron dos veces, la factura del segundo cobro es lo inv 27138.\n"
      "Jorge\n\nEl mié, 24 sept 2025 a las 9:02, LeadsOptima Support <support@leadsoptima.com> escribió:\n"
      "> Para continuar indíquenos el motivo y el número de factura. [LO-2731]\n",
      headers={"_irt": "<lo-2731.reply@leadsoptima.com>"})],
    [R("approve", "1499.00")],
    spec="C3 thread: first mail lacks reason and invoice; the answer gives 'me cobraron dos veces' and "
         "'lo inv 27138'. Request time = first mail 2025-09-24 19:30 IST, day 2 after 2025-09-22 (the answer, "
         "2025-10-01 08:30 IST, is day 9 but does not count): L4 approve 1499.00.")

cust("carla.aguilera.cbba@gmail.com", "Carla Aguilera", "monthly", start="2025-09-25", end="2025-10-24")
lopay("e_p39", "LO-INV-27139", "carla.aguilera.cbba@gmail.com", "monthly", "1499.00", "2025-09-25T10:00:00",
      "2025-09-25", "2025-10-24")
case("es-l26-cochabamba-hilo-motivo-l1", LOB, "decided", [
    M("Carla Aguilera <carla.aguilera.cbba@gmail.com>", SUP, "Reembolso LO-INV-27139", d(2025, 9, 26, 10, 0, BO),
      "Hola, quisiera el reembolso de la factura LO-INV-27139 por favor.\nCarla\n"),
    M("Carla Aguilera <carla.aguilera.cbba@gmail.com>", SUP, "Re: Reembolso LO-INV-27139 [LO-2740]",
      d(2025, 9, 27, 11, 0, BO),
      "El motivo es que no me sirvió para mi rubro, vendo salteñas y la mayoría de mis clientes no usan "
      "correo.\n\n> Indíquenos el motivo de su solicitud. [LO-2740]\n",
      headers={"_irt": "<lo-2740.reply@leadsoptima.com>"})],
    [R("deny")],
    spec="C3 thread: the answer gives the reason 'not useful for my trade', not an L2 exception: L1 deny "
         "(inside the window, day 1), cancellation offered.")

cust("marta.docampo@clinicadental-lugo.es", "Marta Docampo", "annual", start="2025-03-15", end="2026-03-14")
lopay("e_p40", "LO-INV-27140", "marta.docampo@clinicadental-lugo.es", "annual", "11988.00",
      "2025-03-15T10:00:00", "2025-03-15", "2026-03-14")
case("es-l27-lugo-no-quiero-reembolso", LOB, "other", [M(
    "Marta Docampo <marta.docampo@clinicadental-lugo.es>", SUP, "Dúbida sobre renovación", d(2025, 9, 29, 12, 0, GA),
    "Bos días:\n\nNon quero reembolso nin cancelar nada, estamos moi contentos. Só quería saber en qué "
    "fecha se renueva o plan anual e se podemos pagar por transferencia o ano que vén en vez de con tarxeta.\n"
    "(Perdón por el gallego; en castellano: no quiero reembolso ni cancelar, solo saber la fecha de "
    "renovación y si se puede pagar por transferencia.)\n\nGrazas,\nMarta\nClínica Dental Lugo\n")],
    spec="Section 8 negation: 'no quiero reembolso ni cancelar' adds no intent; renewal date and payment "
         "method questions: other.")

case("es-l28-ourense-pregunta-antes", LOB, "other", [M(
    "Iago Fernández <iago.fdez.ou@gmail.com>", SUP, "Pregunta antes de contratar", d(2025, 9, 30, 18, 0, GA),
    "Hola:\n\nEstoy pensando en contratar el plan anual para mi academia de música en Ourense. Si lo pago "
    "y a los dos meses veo que no me funciona, ¿me devolveríais el resto del año? ¿Y si pago dos veces sin "
    "querer? Prefiero saberlo antes.\n\nGracias,\nIago\n")],
    spec="Section 8 hypotheticals: 'would I get a refund' before buying: policy question, other.")

cust("romina.gauto@gmail.com", "Romina Gauto", "monthly", start="2025-09-15", end="2025-10-14")
lopay("e_p41", "LO-INV-27141", "romina.gauto@gmail.com", "monthly", "1499.00", "2025-09-15T10:00:00",
      "2025-09-15", "2025-10-14")
lopay("e_p53", "LO-INV-27153", "romina.gauto@gmail.com", "monthly", "1499.00", "2025-09-15T10:01:00",
      "2025-09-15", "2025-10-14", status="refunded")
case("es-l29-ciudad-del-este-gracias", LOB, "other", [M(
    "Romina Gauto <romina.gauto@gmail.com>", SUP, "Re: Reembolso aprobado [LO-2655]", d(2025, 9, 27, 9, 0, PY),
    "Muchísimas gracias, ya me llegó la devolución del cobro doble a la tarjeta. Excelente atención, "
    "¡aguyje!\nRomina\n\n> Su reembolso fue aprobado... [LO-2655]\n",
    headers={"_irt": "<lo-2655.reply@leadsoptima.com>"})],
    spec="A thank-you after a refund was credited: a past event, no request: other.")

cust("fer.zamora.tij@gmail.com", "Fernando Zamora", "monthly", start="2025-09-18", end="2025-10-17")
lopay("e_p42", "LO-INV-27142", "fer.zamora.tij@gmail.com", "monthly", "1499.00", "2025-09-18T10:00:00",
      "2025-09-18", "2025-10-17")
case("es-l30-tijuana-pasado-y-baja", LOB, "decided", [M(
    "Fernando Zamora <fer.zamora.tij@gmail.com>", SUP, "cancelar", d(2025, 9, 30, 19, 0, TJ),
    "Buenas. En agosto me cobraron doble y ustedes me devolvieron el cargo, eso ya quedó, gracias. Pero "
    "ahora sí quiero cancelar el plan mensual porque me voy a trabajar al otro lado y no voy a tener "
    "tiempo para el negocio.\nFer\n")],
    [X("cancel", "2025-10-17")],
    spec="Section 8 past events: the August refund is history, no refund intent; L8 cancel, effective "
         "current_period_end 2025-10-17.")

cust("jhon.pacheco.ctg@gmail.com", "Jhon Pacheco", "quarterly", start="2025-09-25", end="2025-12-24")
lopay("e_p43", "LO-INV-27143", "jhon.pacheco.ctg@gmail.com", "quarterly", "3999.00", "2025-09-25T10:00:00",
      "2025-09-25", "2025-12-24")
case("es-l31-cartagena-contracargo-sic", LOB, "decided", [M(
    "Jhon Pacheco <jhon.pacheco.ctg@gmail.com>", SUP, "RECLAMO!!! cobro que no autoricé",
    d(2025, 9, 26, 15, 0, CO),
    "Me cobraron el trimestre (LO-INV-27143) y yo no autoricé renovar. Quiero que me cancelen todo YA y me "
    "devuelvan la plata. Si mañana no tengo respuesta voy a pedir al banco el contracargo y a poner la "
    "queja en la Superintendencia de Industria y Comercio.\nJhon Pacheco\n")],
    [R("escalate"), X("escalate")], rules=["C4"],
    spec="C4: chargeback threat ('pedir al banco el contracargo') and a consumer-authority complaint cover "
         "the whole case (section 8): refund and cancellation both escalate.")

cust("lorena.pinzon.pa@gmail.com", "Lorena Pinzón", "quarterly", start="2025-09-27", end="2025-12-26")
lopay("e_p44", "LO-INV-27144", "lorena.pinzon.pa@gmail.com", "quarterly", "3999.00", "2025-09-27T19:30:00",
      "2025-09-27", "2025-12-26")
lopay("e_p45", "LO-INV-27145", "lorena.pinzon.pa@gmail.com", "quarterly", "3999.00", "2025-09-27T19:30:40",
      "2025-09-27", "2025-12-26")
case("es-l32-colon-sin-contracargo", LOB, "decided", [M(
    "Lorena Pinzón <lorena.pinzon.pa@gmail.com>", SUP, "Doble cobro trimestral", d(2025, 9, 29, 8, 30, PA),
    "Hola, buen día.\n\nEl sábado me cobraron dos veces el plan trimestral (la segunda factura es "
    "LO-INV-27145). Mi banco me ofreció hacer un reclamo de la transacción pero les dije que no, prefiero "
    "arreglarlo directo con ustedes, no quiero hacer ningún contracargo. Solo devuélvanme el cobro "
    "repetido.\n\nGracias,\nLorena - Colón\n")],
    [R("approve", "3999.00")],
    spec="The customer rules the chargeback out ('no quiero hacer ningún contracargo'): no threat, no C4. "
         "L4: two paid quarterly charges 2025-09-27, mail 2025-09-29 19:00 IST day 2: approve 3999.00.")

cust("o.villarreal@consultoriavm.mx", "Octavio Villarreal", "monthly", start="2025-09-01", end="2025-09-30")
lopay("e_p46", "LO-INV-27146", "o.villarreal@consultoriavm.mx", "monthly", "1499.00", "2025-09-01T10:00:00",
      "2025-09-01", "2025-09-30")
case("es-l33-queretaro-profeco-derechos", LOB, "decided", [M(
    "Lic. Octavio Villarreal <o.villarreal@consultoriavm.mx>", SUP, "Queja formal - sin acceso",
    d(2025, 9, 18, 10, 0, MX),
    "A quien corresponda:\n\nDesde el 2 de septiembre no puedo acceder a la plataforma. Pagué el mes "
    "completo (LO-INV-27146) y exijo el reembolso. Conozco mis derechos como consumidor y, de no recibir "
    "solución, acudiré a PROFECO.\n\nLic. Octavio Villarreal\nQuerétaro, Qro.\n")],
    [R("escalate")], rules=["C4"],
    spec="C4: 'mis derechos como consumidor' and PROFECO (consumer authority) escalate, although the access "
         "failure alone would be denied (charge 2025-09-01, request 2025-09-18 IST, day 17 > 7).")

case("es-l34-respuesta-automatica", LOB, "ignore", [M(
    "Diana Salcedo <diana.salcedo@grupoandes.com.co>", SUP, "Respuesta automática: Re: Su solicitud [LO-2702]",
    d(2025, 9, 29, 7, 0, CO),
    "Gracias por su mensaje. Me encuentro fuera de la oficina hasta el 6 de octubre con acceso limitado al "
    "correo. Para temas de pagos, reembolsos o cancelaciones escriba a pagos@grupoandes.com.co.\n",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
             "_irt": "<lo-2702.reply@leadsoptima.com>"})],
    rules=["C7"], spec="C7: Auto-Submitted auto-replied (out-of-office naming refunds): ignore.")

case("es-l35-lista-emprendedores", LOB, "ignore", [M(
    "Emprendedores Bolivia <lista@emprendedoresbo.example.org>", SUP,
    "[Emprendedores-BO] Resumen semanal: ¿alguien pidió reembolso a LeadsOptima?", d(2025, 9, 28, 6, 0, BO),
    "Resumen de la lista, 12 mensajes.\n\n1. Re: ¿alguien pidió reembolso a LeadsOptima? - a mí me "
    "cobraron doble y me devolvieron en 5 días...\n2. Cancelar suscripciones SaaS...\n\n--\nPara darse de "
    "baja de la lista escriba a lista-baja@emprendedoresbo.example.org\n",
    headers={"List-Id": "Emprendedores Bolivia <emprendedores-bo.emprendedoresbo.example.org>",
             "Precedence": "list"})],
    rules=["C7"], spec="C7: List-Id and Precedence: list (a mailing-list digest mentioning refunds): ignore.")

cust("admin@hotelmiramar-ourense.es", "Hotel Miramar", "monthly", start="2025-09-29", end="2025-10-28")
lopay("e_p47", "LO-INV-27147", "admin@hotelmiramar-ourense.es", "monthly", "1499.00", "2025-09-29T09:00:00",
      "2025-09-29", "2025-10-28")
lopay("e_p48", "LO-INV-27148", "admin@hotelmiramar-ourense.es", "monthly", "1499.00", "2025-09-29T09:02:00",
      "2025-09-29", "2025-10-28")
case("es-l36-ourense-html-outlook", LOB, "decided", [M(
    "Administración Hotel Miramar <admin@hotelmiramar-ourense.es>", SUP, "Cargo duplicado - LO-INV-27148",
    d(2025, 9, 30, 9, 15, GA),
    "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
    "<div class=\"WordSection1\"><p class=\"MsoNormal\">Buenos días:</p><p class=\"MsoNormal\">&nbsp;</p>"
    "<p class=\"MsoNormal\">En el extracto de la tarjeta del hotel aparecen <b>dos cargos idénticos</b> del "
    "plan mensual con fecha 29/09/2025. Nos han cobrado dos veces. Rogamos la devolución del segundo cargo "
    "(factura <span style=\"color:#1F497D\">LO-INV-27148</span>).</p><p class=\"MsoNormal\">&nbsp;</p>"
    "<table border=\"0\"><tr><td><b>Begoña Rivas</b><br>Administración<br>Hotel Miramar · Ourense</td>"
    "</tr></table><p style=\"font-size:8pt;color:gray\">Este correo puede contener información confidencial."
    "</p></div></body></html>", html=True)],
    [R("approve", "1499.00")],
    spec="HTML-only Outlook mail; L4: two paid monthly charges 2025-09-29 same period, mail 2025-09-30 12:45 "
         "IST, day 1: approve 1499.00.")

cust("rrhh@cafedelvalle.com.pa", "Café del Valle", "annual", start="2025-03-02", end="2026-03-01")
lopay("e_p49", "LO-INV-27149", "rrhh@cafedelvalle.com.pa", "annual", "11988.00", "2025-03-02T10:00:00",
      "2025-03-02", "2026-03-01")
case("es-l37-boquete-varias-cosas", LOB, "decided", [M(
    "Recursos Humanos Café del Valle <rrhh@cafedelvalle.com.pa>", SUP, "Varias consultas", d(2025, 9, 27, 10, 0, PA),
    "Buenos días,\n\nTengo varias cosas, disculpen el correo largo:\n\n1) ¿Se pueden agregar dos usuarios "
    "más al panel? Uno es para la finca en Boquete y otro para la tienda en la capital.\n2) Necesito copia "
    "de la factura de marzo con nuestro RUC para la contadora.\n3) La gerencia decidió que cuando se acabe "
    "el año pagado no vamos a seguir, así que por favor cancelen el plan anual para que no se renueve en "
    "marzo. Vamos a pasar todo a la herramienta de la casa matriz.\n4) ¿Los reportes se pueden exportar a "
    "Excel?\n\nMuchas gracias,\nYaritza Batista\nRecursos Humanos\n")],
    [X("cancel", "2026-03-01")],
    spec="Mixed mail: only one intent (cancellation, point 3); L8 effective current_period_end 2026-03-01. The "
         "other questions are for staff; no refund asked.")

cust("giovanna.rios@estudiorios.pe", "Giovanna Ríos", "quarterly", start="2025-09-12", end="2025-12-11")
lopay("e_p50", "LO-INV-27150", "giovanna.rios@estudiorios.pe", "quarterly", "3999.00", "2025-09-12T19:30:00",
      "2025-09-12", "2025-12-11")
case("es-l38-piura-plan-errado-tarde", LOB, "decided", [M(
    "Giovanna Ríos <giovanna.rios@estudiorios.pe>", SUP, "Me cobraron trimestral y yo tengo mensual",
    d(2025, 9, 22, 9, 0, PE),
    "Buenos días. Revisando mis movimientos veo que el doce de setiembre me cobraron tres mil novecientos "
    "noventa y nueve rupias por un plan trimestral, pero yo siempre he pagado mensual (mil cuatrocientos "
    "noventa y nueve). Es un cobro del plan equivocado. Solicito la devolución, factura LO-INV-27150.\n\n"
    "Giovanna Ríos\nEstudio Ríos - Piura\n")],
    [R("deny")],
    spec="billing_error (wrong plan), but charge 2025-09-12 IST and request 2025-09-22 19:30 IST = day 10 > 7: "
         "L3 deny.")

cust("milagros.ortega.sc@gmail.com", "Milagros Ortega", "monthly", start="2025-09-27", end="2025-10-26")
lopay("e_p51", "LO-INV-27151", "milagros.ortega.sc@gmail.com", "monthly", "1499.00", "2025-09-27T10:00:00",
      "2025-09-27", "2025-10-26", status="failed")
case("es-l39-sucre-pago-fallido", LOB, "decided", [M(
    "Milagros Ortega <milagros.ortega.sc@gmail.com>", SUP, "pago rechazado pero descontado",
    d(2025, 9, 28, 20, 0, BO),
    "Hola, el 27 intenté pagar el mensual, la página me dijo 'pago rechazado' (LO-INV-27151) pero en mi "
    "cuenta del banco sí me descontaron el monto. Es un error de cobro. Quiero que me devuelvan ese "
    "descuento.\nMilagros\nSucre\n")],
    [R("escalate")],
    spec="Section 8: the payment LO-INV-27151 has status failed (not paid): a refund of it is escalate "
         "(also billing_error inside the window, L5).")

case("es-l40-propio-billing", LOB, "ignore", [M(
    "LeadsOptima Billing <billing@leadsoptima.com>", SUP, "Copia: Reembolso procesado LO-INV-27102",
    d(2025, 9, 30, 4, 30, tz(0)),
    "Copia interna: se procesó el reembolso de la factura LO-INV-27102 (1499.00 INR) al medio de pago original.\n")],
    rules=["C7"], spec="C7: mail from the brand's own address (billing@leadsoptima.com): ignore.")

# ---------------------------------------------------------------------------------------------
# Optima WebDesign
# ---------------------------------------------------------------------------------------------

proj("Clinica Veterinaria Coyoacan", "direccion@vetcoyoacan.mx")
owpay("e_o01", "OWD-2025-401", "Clinica Veterinaria Coyoacan", "deposit", "30000.00", "5400.00",
      "2025-09-24T20:30:00")
case("es-o01-coyoacan-anticipo-30h", OWB, "decided", [M(
    "Dra. Mariana Téllez <direccion@vetcoyoacan.mx>", OWDTO,
    "Refund Request — Clinica Veterinaria Coyoacan / OWD-2025-401", d(2025, 9, 25, 10, 0, MX),
    "Hola equipo de Optima:\n\nAyer pagamos el anticipo del sitio de la Clínica Veterinaria Coyoacán "
    "(factura OWD-2025-401, $30,000 + IVA... bueno, el impuesto de allá). Anoche el consejo de socios decidió "
    "que este año no hay presupuesto para la página: uno de los socios se retira y hay que comprarle su "
    "parte. Les pido de favor el reembolso del anticipo; entiendo que todavía no empiezan nada.\n\n"
    "Saludos cordiales,\nDra. Mariana Téllez\nDirectora\n")],
    [R("approve", "30000.00")], extra_ok=True,
    spec="O2: deposit paid 2025-09-24 20:30 IST, mail 2025-09-25 10:00 -06:00 = 21:30 IST (25 h), no work "
         "started: approve 30000.00 (tax 5400 kept, C6).")

proj("Hostal Miraflores Azul", "reservas@hostalmirafloresazul.pe")
owpay("e_o02", "OWD-2025-402", "Hostal Miraflores Azul", "deposit", "20000.00", "3600.00", "2025-09-20T19:30:00")
case("es-o02-miraflores-anticipo-72h-y-media", OWB, "decided", [M(
    "Hostal Miraflores Azul <reservas@hostalmirafloresazul.pe>", OWDTO, "Devolución de anticipo OWD-2025-402",
    d(2025, 9, 23, 9, 30, PE),
    "Estimados, muy buenos días.\n\nEl sábado en la mañana "
    "pagamos el anticipo del proyecto Hostal Miraflores Azul. Lamentablemente el dueño vendió el hostal y el "
    "nuevo propietario no quiere la web. Solicitamos la devolución del anticipo (OWD-2025-402), todavía "
    "estamos dentro de las 72 horas.\n\nAtte.\nRosa Huertas - Administración\n")],
    [R("deny")],
    spec="O2: paid 2025-09-20 19:30 IST (Saturday 09:00 in Lima); mail 2025-09-23 09:30 -05:00 = 20:00 IST = "
         "72.5 h, not before 72 h: deny (the customer believes she is still inside the 72 hours).")

proj("Inmobiliaria Laureles", "gerencia@inmolaureles.com.co", "2025-09-27T19:30:00")
owpay("e_o03", "OWD-2025-403", "Inmobiliaria Laureles", "deposit", "25000.00", "4500.00", "2025-09-26T19:30:00")
case("es-o03-medellin-anticipo-trabajo-iniciado", OWB, "decided", [M(
    "Gerencia Inmobiliaria Laureles <gerencia@inmolaureles.com.co>", OWDTO, "Cancelación proyecto y devolución",
    d(2025, 9, 28, 8, 0, CO),
    "Buenos días. Pagamos el anticipo OWD-2025-403 del proyecto Inmobiliaria Laureles el viernes. Ya nos "
    "mandaron el cuestionario de marca y tuvimos la reunión de arranque el sábado, pero la junta de socios "
    "prefirió contratar una agencia local. Pedimos la devolución del anticipo, no han pasado ni tres días."
    "\n\nCordialmente,\nAndrés Felipe Gómez\nGerente" + DISC_CO)],
    [R("deny")], extra_ok=True,
    spec="O2: mail 2025-09-28 18:30 IST is 47 h after payment (2025-09-26 19:30 IST), but work started "
         "2025-09-27 19:30 IST (Saturday's kick-off meeting, 09:00 in Medellín), before the request: 'whichever occurs first': deny.")

proj("Cooperativa Cafetalera Yungas", "coop.yungas@gmail.com")
owpay("e_o04", "OWD-2025-404", "Cooperativa Cafetalera Yungas", "discovery", "18000.00", "3240.00",
      "2025-09-22T10:00:00")
case("es-o04-yungas-discovery-sin-empezar", OWB, "decided", [M(
    "Cooperativa Cafetalera Yungas <coop.yungas@gmail.com>", OWDTO, "reembolso estrategia", d(2025, 9, 29, 9, 0, BO),
    "Buenos días señores.\n\nLa Cooperativa Cafetalera Yungas pagó la sesión de estrategia (factura "
    "OWD-2025-404) pero la asamblea de socios no aprobó el gasto y nos pidieron devolverlo. Todavía no "
    "tuvimos ninguna sesión con ustedes. Pedimos el reembolso.\n\nAtentamente,\nLa directiva\nCoroico, "
    "Nor Yungas\n")],
    [R("approve", "18000.00")],
    spec="O1: discovery with no session or deliverable started (work_started_at empty): approve 18000.00.")

proj("Yerba Mate Itapua", "marketing@yerbaitapua.com.py", "2025-10-06T10:00:00")
owpay("e_o05", "OWD-2025-405", "Yerba Mate Itapua", "discovery", "12000.00", "2160.00", "2025-09-25T10:00:00")
case("es-o05-itapua-discovery-agendado", OWB, "decided", [M(
    "Marketing Yerba Mate Itapúa <marketing@yerbaitapua.com.py>", OWDTO, "Refund Request — Yerba Mate Itapua",
    d(2025, 9, 29, 10, 0, PY),
    "Hola, buen día.\n\nTeníamos agendado el taller de estrategia para el 6 de octubre (factura "
    "OWD-2025-405). Nos fusionamos con otra empresa yerbatera y el área de marketing pasa a la casa matriz, "
    "así que ya no lo vamos a hacer. ¿Nos pueden devolver el pago del taller?\n\nSaludos,\nLaura Ayala\n"
    "Encarnación\n")],
    [R("approve", "12000.00")],
    spec="O1: work_started_at 2025-10-06 (the scheduled workshop) is later than the request time "
         "2025-09-29 18:30 IST: nothing has started: approve 12000.00.")

proj("Pulperia Online Compostela", "ola@pulperiacompostela.gal")
owpay("e_o06", "OWD-2025-406", "Pulperia Online Compostela", "milestone", "45000.00", "8100.00",
      "2025-09-15T10:00:00", milestone_status="not_started")
case("es-o06-santiago-hito-no-iniciado", OWB, "decided", [M(
    "Pulpería Online Compostela <ola@pulperiacompostela.gal>", OWDTO, "Hito 2 (tenda online) - devolución",
    d(2025, 9, 26, 11, 0, GA),
    "Ola, bo día:\n\nEscribimos en castellano. Pagamos por adelantado el hito 2 (tienda online, factura "
    "OWD-2025-406) del proyecto Pulpería Online Compostela, pero al final no vamos a vender online: el "
    "transporte refrigerado del pulpo nos sale carísimo. Ese hito no se ha empezado. Pedimos su "
    "devolución; el hito 1 (web informativa) lo mantenemos.\n\nMoitas grazas,\nUxía Vázquez\n")],
    [R("approve", "45000.00")],
    spec="O3: milestone OWD-2025-406 not_started: approve its amount 45000.00 (before tax).")

proj("Panaderia La Chorrera", "pedidos@panaderialachorrera.com.pa")
owpay("e_o07", "OWD-2025-407", "Panaderia La Chorrera", "milestone", "28000.00", "5040.00",
      "2025-09-10T10:00:00", milestone_status="in_progress")
case("es-o07-chorrera-hito-en-curso", OWB, "decided", [M(
    "Panadería La Chorrera <pedidos@panaderialachorrera.com.pa>", OWDTO, "Devolución hito catálogo",
    d(2025, 9, 27, 9, 0, PA),
    "Buenas, el hito del catálogo de productos (OWD-2025-407) del proyecto Panaderia La Chorrera va por la "
    "mitad según su tablero, pero cambiamos de idea: vamos a vender solo por WhatsApp. Queremos que nos "
    "devuelvan lo que no se ha trabajado de ese hito.\nGracias\nEl Sr. Chen y familia\n")],
    [R("escalate")],
    spec="O3: milestone in_progress: escalate (the billable value of work not started needs a person).")

proj("Mezcaleria Oaxaquena", "hola@mezcaleriaoax.mx")
owpay("e_o08", "OWD-2025-408", "Mezcaleria Oaxaquena", "milestone", "35000.00", "6300.00",
      "2025-08-20T10:00:00", milestone_status="approved")
case("es-o08-oaxaca-hito-aprobado", OWB, "decided", [M(
    "Mezcalería Oaxaqueña <hola@mezcaleriaoax.mx>", OWDTO, "reembolso del diseño", d(2025, 9, 24, 18, 0, MX),
    "Qué tal. El diseño de la home (hito OWD-2025-408, proyecto Mezcaleria Oaxaquena) sí lo aprobamos en "
    "agosto, pero ahora que lo vemos en el celular no nos late. Queremos que nos devuelvan ese pago.\n"
    "Saludos desde Oaxaca\nBeto\n")],
    [R("deny")],
    spec="O3/O6: milestone approved (approved milestones are non-refundable): deny.")

proj("Constructora Sinu", "proyectos@constructorasinu.co")
owpay("e_o09", "OWD-2025-409", "Constructora Sinu", "retainer", "16000.00", "2880.00", "2025-09-07T10:00:00",
      period_start="2025-09-07", period_end="2025-10-06", next_billing_at="2025-10-07T10:00:00")
case("es-o09-monteria-retainer-7-justos", OWB, "decided", [M(
    "Proyectos Constructora Sinú <proyectos@constructorasinu.co>", OWDTO,
    "Terminación del soporte mensual - Constructora Sinu", d(2025, 9, 30, 13, 0, CO),
    "Cordial saludo.\n\nNos permitimos informar la terminación del contrato de soporte mensual (retainer) "
    "del proyecto Constructora Sinu, factura OWD-2025-409, dado que la constructora fue absorbida por un "
    "grupo que tiene su propio equipo web.\n\nAtentamente,\nIng. Luz Dary Petro\nMontería, Córdoba\n")],
    [X("cancel", "2025-10-06")],
    spec="O4/O8: mail 2025-09-30 13:00 -05:00 = 23:30 IST; next_billing_at 2025-10-07 minus 7 days = "
         "2025-09-30: exactly 7 days' notice, on time: cancel, effective the day before, 2025-10-06.")

proj("Chifa Dragon de Oro", "chifadragondeoro@gmail.com")
owpay("e_o10", "OWD-2025-410", "Chifa Dragon de Oro", "retainer", "10000.00", "1800.00", "2025-09-04T10:00:00",
      period_start="2025-09-04", period_end="2025-10-03", next_billing_at="2025-10-04T10:00:00")
case("es-o10-chiclayo-retainer-tarde-por-zona", OWB, "decided", [M(
    "Chifa Dragón de Oro <chifadragondeoro@gmail.com>", OWDTO, "Cancelar mantenimiento mensual",
    d(2025, 9, 27, 15, 0, PE),
    "Buenas tardes, les escribo con una semana de anticipación como dice su política: cancelamos el "
    "mantenimiento mensual de la web del Chifa Dragon de Oro (factura OWD-2025-410). El motivo es que mi "
    "sobrino ya aprendió a actualizar la carta él solito.\n\nSaludos,\nSra. Li Ping de Vásquez\nChiclayo\n")],
    [X("cancel", "2025-11-03")],
    spec="O4: mail 2025-09-27 15:00 -05:00 = 2025-09-28 01:30 IST; next_billing_at 2025-10-04 minus 7 days = "
         "2025-09-27: one day late in the brand's zone; the next cycle (2025-10-04 to 2025-11-03) is billed, "
         "effective 2025-11-03.")

proj("Tienda Artesanal Tarija", "ventas@artesaniatarija.bo")
owpay("e_o11a", "OWD-2025-411", "Tienda Artesanal Tarija", "retainer", "9000.00", "1620.00",
      "2025-09-15T10:00:00", period_start="2025-09-15", period_end="2025-10-14",
      next_billing_at="2025-10-15T10:00:00")
owpay("e_o11b", "OWD-2025-412", "Tienda Artesanal Tarija", "retainer", "9000.00", "1620.00",
      "2025-09-20T10:00:00", period_start="2025-10-15", period_end="2025-11-14",
      next_billing_at="2025-11-15T10:00:00")
case("es-o11-tarija-retainer-adelantado", OWB, "decided", [M(
    "Artesanía Tarija <ventas@artesaniatarija.bo>", OWDTO, "Dar de baja el plan mensual",
    d(2025, 9, 25, 10, 0, BO),
    "Buenos días. El 20 pagamos por adelantado el mes de octubre (OWD-2025-412) porque íbamos a viajar, "
    "pero ahora vamos a cerrar la tienda artesanal de Tarija por la baja de turistas. Queremos dar de baja "
    "el plan mensual y ver qué pasa con el mes que ya pagamos.\nAtte. Familia Vaca Guzmán\n")],
    [X("escalate")],
    spec="Section 8 retainer paid in advance: next cycle (2025-10-15) already paid and notice >= 7 days "
         "(2025-09-25 IST): cancellation escalate (a person decides on the prepaid cycle). "
         "'ver qué pasa con el mes que ya pagamos' is a question the escalation answers, not a refund request: no "
         "extra decision (a refund denied here would pre-empt the person's decision).")

proj("Hotel Colonial Villarrica", "hotelcolonial.vca@gmail.com")
owpay("e_o12", "OWD-2025-413", "Hotel Colonial Villarrica", "hosting_annual", "15000.00", "2700.00",
      "2025-09-22T10:00:00", setup_fee="1000.00", service_start="2025-09-22")
case("es-o12-villarrica-hosting-redondeo", OWB, "decided", [M(
    "Hotel Colonial Villarrica <hotelcolonial.vca@gmail.com>", OWDTO, "Hosting anual - reembolso",
    d(2025, 9, 29, 9, 0, PY),
    "Buen día. Contratamos el hosting anual (OWD-2025-413) para el proyecto Hotel Colonial Villarrica hace "
    "una semana, pero la cadena a la que nos afiliamos nos da el hosting incluido. Solicitamos el "
    "reembolso prorrateado que dice su política de 14 días.\nAtte.\nGerencia\n")],
    [R("approve", "12833.33")], extra_ok=True,
    spec="O5: service_start 2025-09-22, request 2025-09-29 17:30 IST (day 7 <= 14): 15000 - 1000 - "
         "14000/12 (1166.666...) x 1 = 12833.333... -> 12833.33 (C6, rounded once).")

proj("Quesos Casín Web", "quesos@casin.es")
owpay("e_o13", "OWD-2025-414", "Quesos Casín Web", "maintenance_annual", "24000.00", "4320.00",
      "2025-09-16T10:00:00", setup_fee="3000.00", service_start="2025-09-16")
case("es-o13-asturias-mantenimiento-dia-14", OWB, "decided", [M(
    "Quesos Casín <quesos@casin.es>", OWDTO, "Mantenimiento anual - Quesos Casín Web", d(2025, 9, 30, 14, 0, GA),
    "Buenas tardes:\n\nHoy hacen justo dos semanas del alta del mantenimiento anual (OWD-2025-414) del "
    "proyecto Quesos Casín Web. La cooperativa ha decidido que el mantenimiento lo lleve el sobrino del "
    "presidente, qué le vamos a hacer. Pedimos el reembolso que corresponda.\n\nSaludos desde Campo de "
    "Caso,\nTeresa\n")],
    [R("approve", "19250.00")], extra_ok=True,
    spec="O5: service_start 2025-09-16, mail 2025-09-30 14:00 +02:00 = 17:30 IST, day 14 (inside): 24000 - "
         "3000 - 21000/12 (1750) x 1 = 19250.00.")

proj("Autopartes Bajio", "admin@autopartesbajio.mx")
owpay("e_o14", "OWD-2025-415", "Autopartes Bajio", "hosting_annual", "12000.00", "2160.00",
      "2025-09-15T19:30:00", setup_fee="1200.00", service_start="2025-09-15")
case("es-o14-leon-hosting-dia-15-por-zona", OWB, "decided", [M(
    "Autopartes Bajío <admin@autopartesbajio.mx>", OWDTO, "Reembolso hosting OWD-2025-415",
    d(2025, 9, 29, 14, 0, MX),
    "Buenas tardes. Todavía estamos en los 14 días: contratamos el hosting anual del proyecto Autopartes "
    "Bajio el 15 y hoy es 29. Nos vamos a otro proveedor porque el corporativo en León ya tiene servidor. "
    "Queremos el reembolso prorrateado.\n\nIng. Ramiro Aguilar\n")],
    [R("deny")], extra_ok=True,
    spec="O5: service_start 2025-09-15; mail 2025-09-29 14:00 -06:00 = 2025-09-30 01:30 IST, day 15 > 14 in "
         "the brand's zone: deny.")

proj("Notaria Tercera Bucaramanga", "notaria3@notariabga.co")
owpay("e_o15", "OWD-2025-416", "Notaria Tercera Bucaramanga", "third_party", "8500.00", "1530.00",
      "2025-09-26T10:00:00")
case("es-o15-bucaramanga-licencias", OWB, "decided", [M(
    "Notaría Tercera Bucaramanga <notaria3@notariabga.co>", OWDTO, "Devolución licencias plugin y SSL",
    d(2025, 9, 27, 9, 0, CO),
    "Buenos días.\n\nSe pagó la factura OWD-2025-416 (licencia del plugin de citas y certificado SSL) para "
    "el proyecto Notaria Tercera Bucaramanga. La Superintendencia nos exige usar su propio sistema de citas, "
    "por lo que no usaremos el plugin. Solicitamos su devolución.\n\nCordialmente,\nOficina de Sistemas" +
    DISC_CO)],
    [R("deny")],
    spec="O6: third_party (plugin licence, SSL) is never refundable: deny. (Superintendencia named as a "
         "regulator, no complaint or threat: no C4.)")

proj("Bodega Ribeiro", "adega@bodegaribeiro.gal")
owpay("e_o16", "OWD-2025-417", "Bodega Ribeiro", "change_request", "6000.00", "1080.00", "2025-09-20T10:00:00")
case("es-o16-ribadavia-cambio-alcance", OWB, "decided", [M(
    "Adega Ribeiro <adega@bodegaribeiro.gal>", OWDTO, "Devolución cambio de idioma web",
    d(2025, 9, 25, 10, 0, GA),
    "Bos días:\n\nPagamos o cambio extra (OWD-2025-417) para traducir la web de Bodega Ribeiro al inglés, "
    "fóra do orzamento orixinal. Ahora vemos que casi todas las visitas son de Galicia, así que no lo "
    "necesitamos. ¿Nos podéis devolver ese pago?\n\nAnxo\nRibadavia\n")],
    [R("deny")],
    spec="O6: change_request outside the original scope is non-refundable: deny.")

proj("Restaurante Tanta Wasi", "tantawasi.cusco@gmail.com")
owpay("e_o17", "OWD-2025-418", "Restaurante Tanta Wasi", "setup", "5000.00", "900.00", "2025-09-26T10:00:00")
case("es-o17-cusco-activacion", OWB, "decided", [M(
    "Restaurante Tanta Wasi <tantawasi.cusco@gmail.com>", OWDTO, "devolucion de activacion",
    d(2025, 9, 27, 10, 0, PE),
    "Hola, pagamos la activación (OWD-2025-418) del proyecto Restaurante Tanta Wasi pero el dominio lo "
    "teníamos con otra empresa y al final nos quedamos con ellos. Pedimos que nos devuelvan la activación "
    "porque no la usamos.\nGracias, Ruth\n")],
    [R("deny")],
    spec="O6: setup/activation fee is non-refundable: deny.")

proj("Seguros del Pacifico Web", "legal@segpacifico.com.pa")
owpay("e_o18", "OWD-2025-419", "Seguros del Pacifico Web", "deposit", "40000.00", "7200.00",
      "2025-09-29T19:30:00")
case("es-o18-panama-abogados", OWB, "decided", [M(
    "Departamento Legal Seguros del Pacífico <legal@segpacifico.com.pa>", OWDTO,
    "Devolución inmediata depósito OWD-2025-419", d(2025, 9, 30, 8, 0, PA),
    "Señores Optima WebDesign:\n\nEn nombre de Seguros del Pacífico exigimos la devolución inmediata del "
    "depósito OWD-2025-419 del proyecto Seguros del Pacifico Web, pagado ayer, por cambio de estrategia de "
    "la junta directiva. De no recibir confirmación en 48 horas, nuestros abogados iniciarán las acciones "
    "legales correspondientes.\n\nLcda. Itzel Morán\nDepartamento Legal\n")],
    [R("escalate")], rules=["C4"], extra_ok=True,
    spec="C4: a legal threat (abogados, acciones legales) escalates, though the deposit ("
         "paid 2025-09-29 19:30 IST, mail 2025-09-30 18:30 IST = 23 h, no work) would be approved under O2.")

proj("Dulceria La Poblana", "contacto@dulcerialapoblana.mx")
owpay("e_o19", "OWD-2025-420", "Dulceria La Poblana", "deposit", "15000.00", "2700.00", "2025-09-28T10:00:00")
case("es-o19-puebla-desde-gmail", OWB, "need_info", [M(
    "Maru Cuéllar <maru.cuellar.pue@gmail.com>", OWDTO, "Devolución anticipo Dulcería La Poblana",
    d(2025, 9, 29, 9, 0, MX),
    "Hola, soy Maru, la dueña de Dulcería La Poblana. El contrato está con contacto@dulcerialapoblana.mx "
    "pero ese correo lo maneja mi hija y no lo puedo abrir. Quiero la devolución del anticipo "
    "(OWD-2025-420) porque mi hija se va a estudiar y nadie va a atender la tienda en línea. ¿Cuánto me "
    "devuelven?\nMaru\n")],
    rules=["C2"],
    spec="C2 (Optima explicit): the sender is not the contract email contacto@: need_info, ask her to write "
         "from it; nothing about the account.")

proj("Centro Medico del Norte", "direccion@cmnorte.com.co")
owpay("e_o20", "OWD-2025-421", "Centro Medico del Norte", "milestone", "30000.00", "5400.00",
      "2025-09-10T10:00:00", milestone_status="not_started")
case("es-o20-cucuta-rv-contador", OWB, "need_info", [M(
    "Contabilidad CM Norte <contabilidad@cmnorte.com.co>", OWDTO, "RV: Devolución hito agenda en línea",
    d(2025, 9, 26, 11, 0, CO),
    "Buenos días, por instrucción de la dirección reenvío la solicitud.\n\nAtt. Contabilidad\n\n"
    "-----Mensaje original-----\n"
    "De: Dirección CM Norte <direccion@cmnorte.com.co>\n"
    "Enviado el: jueves, 25 de septiembre de 2025 4:12 p. m.\n"
    "Para: Contabilidad CM Norte <contabilidad@cmnorte.com.co>\n"
    "Asunto: Devolución hito agenda en línea\n\n"
    "Por favor pidan a Optima la devolución del hito de agenda en línea (OWD-2025-421) del proyecto Centro "
    "Medico del Norte: la EPS nos obliga a usar su propio sistema de citas. El contrato está con "
    "direccion@cmnorte.com.co.\n\nDr. Germán Prada\n")],
    rules=["C2"],
    spec="Section 8 forwards: the forwarded request names contract email direccion@, the sender is "
         "contabilidad@: C2 need_info.")

proj("Radio Illimani Digital", "radio.illimani@gmail.com")
owpay("e_o21", "OWD-2025-422", "Radio Illimani Digital", "retainer", "8000.00", "1440.00", "2025-09-20T10:00:00",
      period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20T10:00:00")
case("es-o21-lapaz-baja-sin-motivo", OWB, "need_info", [M(
    "Radio Illimani Digital <radio.illimani@gmail.com>", OWDTO, "Baja retainer OWD-2025-422",
    d(2025, 9, 26, 10, 0, BO),
    "Buenos días:\n\nPor la presente solicitamos la baja del retainer mensual del proyecto Radio Illimani "
    "Digital, factura OWD-2025-422.\n\nSin otro particular, saludamos atentamente.\n\nRadio Illimani "
    "Digital\nLa Paz - Bolivia\n")],
    missing=["reason"],
    spec="Section 8: Optima requires a reason for cancellations too; greeting and sign-off are no reason: "
         "need_info reason (contract email, project and invoice given).")

proj("Farmacia San Lorenzo", "farmacias.sanlorenzo@gmail.com")
proj("Farmacia San Lorenzo Sucursal Luque", "farmacias.sanlorenzo@gmail.com")
owpay("e_o22a", "OWD-2025-423", "Farmacia San Lorenzo", "deposit", "14000.00", "2520.00", "2025-09-28T19:30:00")
owpay("e_o22b", "OWD-2025-424", "Farmacia San Lorenzo Sucursal Luque", "deposit", "14000.00", "2520.00",
      "2025-09-28T19:35:00")
case("es-o22-sanlorenzo-cual-proyecto", OWB, "need_info", [M(
    "Farmacias San Lorenzo <farmacias.sanlorenzo@gmail.com>", OWDTO, "Reembolso anticipo",
    d(2025, 9, 29, 8, 0, PY),
    "Buen día. Quiero el reembolso de uno de los anticipos que pagamos el domingo, porque vamos a cerrar una "
    "de las sucursales por la obra de la ruta. El otro sigue.\n\nAtte.\nNelson Giménez\n")],
    missing=["project_name", "invoice_number"],
    spec="C3: the contract email holds two projects with a deposit each; the mail names neither the project "
         "nor the invoice: need_info project_name and invoice_number (reason given).")

proj("Joyeria Esmeralda Boyaca", "joyeria.esmeralda@gmail.com")
owpay("e_o23a", "OWD-2025-425", "Joyeria Esmeralda Boyaca", "deposit", "22000.00", "3960.00",
      "2025-09-27T09:00:00")
owpay("e_o23b", "OWD-2025-426", "Joyeria Esmeralda Boyaca", "setup", "4000.00", "720.00", "2025-09-27T09:00:00")
case("es-o23-tunja-hilo-factura", OWB, "decided", [
    M("Joyería Esmeralda <joyeria.esmeralda@gmail.com>", OWDTO, "Devolución proyecto Joyeria Esmeralda Boyaca",
      d(2025, 9, 28, 7, 0, CO),
      "Buenos días, sumercé. Pagamos el viernes en la noche lo del proyecto Joyeria Esmeralda Boyaca pero mi esposo se "
      "enfermó y vamos a cerrar el local un tiempo. Queremos que nos devuelvan el pago. Todavía no han "
      "empezado nada.\nGladys Rincón\n"),
    M("Joyería Esmeralda <joyeria.esmeralda@gmail.com>", OWDTO, "Re: Devolución proyecto Joyeria Esmeralda "
      "Boyaca [OWD-1533]", d(2025, 10, 1, 6, 0, CO),
      "Buenos días, la factura del anticipo es OWD 2025 425.\nGladys\n\n> Indíquenos el número de factura o "
      "referencia de pago. [OWD-1533]\n",
      headers={"_irt": "<owd-1533.reply@optimawebdesign.com>"})],
    [R("approve", "22000.00")], extra_ok=True,
    spec="C3 thread: two payments (deposit and setup) the same day, so the first mail lacks the invoice; the "
         "answer names 'OWD 2025 425' (= OWD-2025-425, section 8). Request time = first mail 2025-09-28 "
         "17:30 IST, 32.5 h after the deposit, no work: O2 approve 22000.00 (the answer came after 72 h).")

case("es-o24-rebote-mailer-daemon", OWB, "ignore", [M(
    "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", OWDTO,
    "Delivery Status Notification (Failure)", d(2025, 9, 29, 3, 0, tz(0)),
    "** No se encontró la dirección **\n\nTu mensaje no se ha entregado a cobranzas@empresa-cerrada.example.pe "
    "porque no se ha encontrado la dirección o no puede recibir correo.\n\nAsunto original: Re: Reembolso "
    "[OWD-1500]\n",
    headers={"Auto-Submitted": "auto-replied"})],
    rules=["C7"], spec="C7: MAILER-DAEMON sender (delivery failure): ignore.")

case("es-o25-gijon-pregunta-antes", OWB, "other", [M(
    "Covadonga Menéndez <cova.menendez@gmail.com>", OWDTO, "Dudas antes de firmar", d(2025, 9, 28, 19, 0, GA),
    "Hola:\n\nEstoy comparando presupuestos para la web de mi casa rural en Cangas de Onís. Si firmo con "
    "vosotros y pago el depósito, ¿hasta cuándo podría echarme atrás y recuperarlo? ¿Y el hosting anual, "
    "se devuelve si no me convence?\n\nGracias,\nCova\n")],
    spec="Section 8 hypotheticals before buying: policy questions, no request: other.")

cust("gabriela.mendez.cdmx@gmail.com", "Gabriela Méndez", "monthly", start="2025-09-20", end="2025-10-19")
lopay("e_p52", "LO-INV-27152", "gabriela.mendez.cdmx@gmail.com", "monthly", "1499.00", "2025-09-20T10:00:00",
      "2025-09-20", "2025-10-19")
case("es-o26-cdmx-cliente-de-la-otra-marca", OWB, "need_info", [M(
    "Gabriela Méndez <gabriela.mendez.cdmx@gmail.com>", OWDTO, "cancelar mi plan", d(2025, 9, 26, 12, 0, MX),
    "Hola, quiero cancelar mi plan mensual de LeadsOptima (factura LO-INV-27152), ya no lo uso porque "
    "cambié de giro. Gracias.\nGaby\n")],
    rules=["C2"],
    spec="Section 8 the other brand's customer: mail to Optima, the ledger is searched in Optima only; the "
         "sender is unknown there: C2 need_info.")

proj("Academia de Gaita Xiria", "xiria@academiagaita.gal")
owpay("e_o27", "OWD-2025-427", "Academia de Gaita Xiria", "deposit", "16000.00", "2880.00",
      "2025-09-29T10:00:00", status="failed")
case("es-o27-coruna-pago-fallido", OWB, "decided", [M(
    "Academia Xiria <xiria@academiagaita.gal>", OWDTO, "Refund Request — Academia de Gaita Xiria / OWD-2025-427",
    d(2025, 9, 30, 9, 0, GA),
    "Boas:\n\nA pasarela deu erro ao pagar o depósito (OWD-2025-427) pero o banco cobrounos igual. En "
    "castellano: la pasarela dio error pero el banco nos cobró. Además hemos decidido aplazar la web al año "
    "que viene porque no nos han dado la subvención. Queremos la devolución.\n\nXiria\nA Coruña\n")],
    [R("escalate")], extra_ok=True,
    spec="Section 8: payment OWD-2025-427 has status failed (not paid): a refund of it is escalate.")


if __name__ == "__main__":
    # the cases above were written as the module ran; now the ledger and expectations
    (HERE / "ledger.json").write_text(json.dumps(LEDGER, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")
    print(f"{len(CASES)} cases, {len(LEDGER['payments'])} payments")
