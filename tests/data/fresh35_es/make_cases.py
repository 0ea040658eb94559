#!/usr/bin/env python3
"""fresh35_es: held-out Spanish cases for mailbot (Tierra del Fuego, Mendoza/San Juan, the Argentine
north-west, Yucatán and Oaxaca, Chiloé and Antofagasta, Dominicans in Washington Heights, Spanish
speakers in Sydney/Melbourne, Spanish written by Catalan-first and Japanese speakers).

Stdlib only, deterministic.  Running it writes ledger.json, emails/*.eml and expected.json beside this
file.  MIT, like the project; all text, names and firms invented for this project.
"""
from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
IST = timezone(timedelta(hours=5, minutes=30))
LOB, OWB = "leadsoptima", "optima_webdesign"
SUP = "LeadsOptima <support@leadsoptima.com>"
OWDTO = "Optima WebDesign <optimawebdesigns12@gmail.com>"
TAX = {"1499.00": "269.82", "3999.00": "719.82", "11988.00": "2157.84"}

LEDGER = {"customers": [], "projects": [], "payments": []}
(HERE / "emails").mkdir(exist_ok=True)
for _old in (HERE / "emails").glob("*.eml"):
    _old.unlink()
CASES = []


def tz(h, m=0):
    return timezone(timedelta(hours=h, minutes=m))


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
    return {"from": frm, "to": to, "subject": subject, "when": when, "body": body, "html": html,
            "headers": headers or {}, "reply_to": reply_to}


def d(y, mo, dd, h, mi, zone):
    return datetime(y, mo, dd, h, mi, tzinfo=zone)


def day_n(when, paid_at):
    """Calendar days (Asia/Kolkata) from a naive-IST ledger time to an email's Date."""
    return (when.astimezone(IST).date() - date.fromisoformat(paid_at[:10])).days


def hours(when, paid_at):
    return (when - datetime.fromisoformat(paid_at).replace(tzinfo=IST)).total_seconds() / 3600


def case(cid, brand, status, msgs, decisions=(), rules=(), missing=None, extra_ok=False,
         ambiguous=None, spec=""):
    files, prev_ids = [], []
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
        msg.set_content(m["body"], subtype="html" if m["html"] else "plain")
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


def write_out():
    (HERE / "ledger.json").write_text(json.dumps(LEDGER, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")
    print(f"{len(CASES)} cases, {len(LEDGER['payments'])} payments")

ROUND, LANG = "fresh35", "es"
# UTC offsets in September 2025: Argentina -03; Chile -03 (summer time from 2025-09-07); Yucatán and
# Oaxaca -06 (no DST since 2022); New York -04; Sydney/Melbourne +10 (DST from 2025-10-05);
# Barcelona +02; Tokyo +09.
ARG, CHL, MEX, NYC, AUS, BCN, TYO = tz(-3), tz(-3), tz(-6), tz(-4), tz(10), tz(2), tz(9)

# ---------------------------------------------------------------------------------------------
# LeadsOptima
# ---------------------------------------------------------------------------------------------

cust("reservas@hosterialapatayasur.com.ar", "Hostería Lapataya Sur", "monthly", start="2025-09-23", end="2025-10-22")
lopay("es5_p01", "LO-INV-35101", "reservas@hosterialapatayasur.com.ar", "monthly", "1499.00", "2025-09-23T14:10:00",
      "2025-09-23", "2025-10-22")
lopay("es5_p02", "LO-INV-35102", "reservas@hosterialapatayasur.com.ar", "monthly", "1499.00", "2025-09-23T14:11:00",
      "2025-09-23", "2025-10-22")
W = d(2025, 9, 24, 21, 15, ARG)
assert day_n(W, "2025-09-23T14:10:00") == 2
case("es-l01-ushuaia-hosteria-doble-cobro", LOB, "decided", [M(
    "Reservas Hosteria Lapataya Sur <reservas@hosterialapatayasur.com.ar>", SUP, "doble cobro mensual",
    W,
    "Buenas noches, les escribo desde Ushuaia, disculpen la hora pero recién ahora cierro la recepción "
    "(acá ya está nevando otra vez, en septiembre, imagínense).\n\n"
    "Mirando el home banking vi que el martes 23/9 nos debitaron DOS veces el plan mensual, con un minuto de "
    "diferencia: LO-INV-35101 y LO-INV-35102. Es el mismo plan y el mismo mes, evidentemente un pago duplicado. "
    "Les pido que devuelvan el segundo (el 35102) a la misma tarjeta.\n\n"
    "Saludos australes,\nGabriela Ojeda\nHostería Lapataya Sur - Ushuaia, Tierra del Fuego\n"
    "Tel. +54 2901 40-0000\n")],
    [R("approve", "1499.00")],
    spec="L2 duplicate_payment, L4: two paid monthly charges 2025-09-23 IST, same period; mail 2025-09-24 21:15 "
         "-03 = 2025-09-25 05:45 IST, day 2; refund the later charge LO-INV-35102, 1499.00 before tax (C6).")

cust("admin@bodegacerrolamanga.com.ar", "Bodega Cerro La Manga", "annual", start="2025-09-15", end="2026-09-14")
lopay("es5_p03", "LO-INV-35103", "admin@bodegacerrolamanga.com.ar", "annual", "11988.00", "2025-09-15T15:00:00",
      "2025-09-15", "2026-09-14")
lopay("es5_p04", "LO-INV-35104", "admin@bodegacerrolamanga.com.ar", "annual", "11988.00", "2025-09-15T15:02:00",
      "2025-09-15", "2026-09-14")
W = d(2025, 9, 23, 9, 30, ARG)
assert day_n(W, "2025-09-15T15:02:00") == 8
case("es-l02-mendoza-bodega-dia-ocho", LOB, "decided", [M(
    "Administración Bodega Cerro La Manga <admin@bodegacerrolamanga.com.ar>", SUP,
    "Cobro duplicado anualidad - Bodega Cerro La Manga", W,
    "Buenos días:\n\nEstamos en plena poda y brotación y recién hoy pude sentarme con los resúmenes. El lunes "
    "15 de septiembre se nos cobró dos veces la anualidad de LeadsOptima (facturas LO-INV-35103 y "
    "LO-INV-35104, INR 11.988 cada una). Solicitamos la devolución del segundo cobro.\n\n"
    "Atentamente,\nIng. Agr. Rodolfo Guiñazú Díaz\nBodega Cerro La Manga - Luján de Cuyo, Mendoza\n\n"
    "Este mensaje es confidencial y está dirigido exclusivamente a su destinatario.\n")],
    [R("deny")],
    spec="L3: charges 2025-09-15 IST; mail 2025-09-23 09:30 -03 = 18:00 IST, day 8: outside the 7-day window, deny.")

cust("tesoreria@clubyerbabuenanorte.org.ar", "Club Atlético Yerba Buena Norte", "quarterly", start="2025-09-26",
     end="2025-12-25")
for pid, inv, t in (("es5_p05", "LO-INV-35105", "16:00"), ("es5_p06", "LO-INV-35106", "16:01"),
                    ("es5_p07", "LO-INV-35107", "16:03")):
    lopay(pid, inv, "tesoreria@clubyerbabuenanorte.org.ar", "quarterly", "3999.00", f"2025-09-26T{t}:00",
          "2025-09-26", "2025-12-25")
W = d(2025, 9, 27, 11, 0, ARG)
assert day_n(W, "2025-09-26T16:00:00") == 1
case("es-l03-tucuman-tesorero-tres-cargos", LOB, "decided", [M(
    "Tesorería C.A. Yerba Buena Norte <tesoreria@clubyerbabuenanorte.org.ar>", SUP,
    "3 (tres) cargos del plan trimestral!!", W,
    "Buen día. Soy el tesorero del club (rugby y hockey, Yerba Buena, Tucumán). Ayer viernes me aparecen en "
    "la tarjeta del club tres cargos iguales del plan trimestral, 3.999 rupias cada uno, facturas LO-INV-35105, "
    "LO-INV-35106 y LO-INV-35107. El club tiene UNA sola suscripción. Se nos cobró de más por triplicado; "
    "pido que reintegren los dos cargos sobrantes (35106 y 35107), que la comisión directiva me pide "
    "rendición de cuentas el martes.\n\nGracias\nCPN Walter Soria Paz\nTesorero\n")],
    [R("approve", "7998.00")],
    spec="Section 8 three identical charges: quarterly 3999.00 x3 same period 2025-09-26; mail 2025-09-27 11:00 "
         "-03 = 19:30 IST, day 1; both later charges are duplicates inside L3: 3999.00 + 3999.00 = 7998.00 (L4).")

cust("pedidos@panificadoradonabenita.com.ar", "Panificadora Doña Benita", "monthly", start="2025-09-25",
     end="2025-10-24")
lopay("es5_p08", "LO-INV-35108", "pedidos@panificadoradonabenita.com.ar", "monthly", "1499.00",
      "2025-09-25T13:30:00", "2025-09-25", "2025-10-24")
W = d(2025, 9, 26, 10, 0, ARG)
assert day_n(W, "2025-09-25T13:30:00") == 1
case("es-l04-salta-panaderia-doble-sin-par", LOB, "decided", [M(
    "Panificadora Doña Benita <pedidos@panificadoradonabenita.com.ar>", SUP, "me cobraron 2 veces", W,
    "hola buen dia les escribe Benita de la panificadora en Salta capital, me llego un mensaje del banco q "
    "me cobraron dos veces la suscripcion de ustedes ayer jueves, creo que es doble cobro porque aprete dos "
    "veces el boton de pagar, me devuelven el que sobra? les agradezco mucho, aca estamos con las "
    "empanadas para el fin de semana\nBenita\n")],
    [R("escalate")],
    spec="L4: 'charged twice' inside the window (2025-09-25 IST -> 2025-09-26 18:30 IST, day 1) but the ledger "
         "holds one charge only (LO-INV-35108, the account's single payment identifies it): no pair, escalate.")

cust("mudanzas@quebradaexpress.com.ar", "Mudanzas Quebrada Express", "quarterly", start="2025-09-22", end="2025-12-21")
lopay("es5_p09", "LO-INV-35109", "mudanzas@quebradaexpress.com.ar", "annual", "11988.00", "2025-09-22T14:00:00",
      "2025-09-22", "2026-09-21")
W = d(2025, 9, 24, 8, 10, ARG)
assert day_n(W, "2025-09-22T14:00:00") == 2
case("es-l05-jujuy-mudanzas-plan-equivocado", LOB, "decided", [M(
    "Mudanzas Quebrada Express <mudanzas@quebradaexpress.com.ar>", SUP, "Factura LO INV 35109 - plan equivocado",
    W,
    "Buenos días. Nosotros somos una empresa de mudanzas y fletes de San Salvador de Jujuy (hacemos "
    "Purmamarca, Tilcara, Humahuaca y viajes a Salta). Siempre pagamos el plan TRIMESTRAL y el lunes nos "
    "cobraron 11.988 rupias de un plan anual que nunca pedimos. Es un cobro por el plan equivocado. Necesito "
    "que lo revisen y nos devuelvan la diferencia o el total, como corresponda.\n\n"
    "Saludos,\nRamiro Tolaba\nAdministración - Mudanzas Quebrada Express\n")],
    [R("escalate")],
    spec="L2 billing_error ('charged for the wrong plan'), mail 2025-09-24 08:10 -03 = 16:40 IST, day 2: L5 "
         "escalate, charge LO-INV-35109 (typed with spaces, section 8).")

cust("hola@yogasaknah.mx", "Yoga Sak Nah", "monthly", start="2025-09-19", end="2025-10-18")
lopay("es5_p10", "LO-INV-35110", "hola@yogasaknah.mx", "monthly", "1499.00", "2025-09-19T13:30:00",
      "2025-09-19", "2025-10-18")
W = d(2025, 9, 24, 10, 0, MEX)
assert day_n(W, "2025-09-19T13:30:00") == 5
case("es-l06-merida-yoga-sin-acceso", LOB, "decided", [M(
    "Yoga Sak Nah <hola@yogasaknah.mx>", SUP, "No puedo entrar al panel", W,
    "Buenos días, ¿qué tal?\n\nLes escribe Itzel, del estudio de yoga Sak Nah en Mérida (García Ginerés). "
    "Desde el sábado no puedo entrar a la plataforma: pongo mi correo y contraseña y se queda la pantalla en "
    "blanco, ya probé en la compu y en el cel, con otro navegador, borré cookies, todo. Ni modos, ya no sé "
    "qué más hacer. Pagué el mes el viernes 19 y no lo he podido usar ni un día, así que les pido el "
    "reembolso de ese pago si no lo pueden arreglar.\n\nNamasté y gracias,\nItzel Canché\n")],
    [R("escalate")],
    spec="L2 access_failure, mail 2025-09-24 10:00 -06 = 21:30 IST, day 5 after the 2025-09-19 charge: L6 "
         "escalate (the account's one payment, LO-INV-35110).")

cust("ventas@mezcaleriadonachabela.mx", "Mezcalería Doña Chabela", "monthly", start="2025-09-12", end="2025-10-11")
lopay("es5_p11", "LO-INV-35111", "ventas@mezcaleriadonachabela.mx", "monthly", "1499.00", "2025-09-12T14:00:00",
      "2025-09-12", "2025-10-11")
W = d(2025, 9, 23, 12, 30, MEX)
assert day_n(W, "2025-09-12T14:00:00") == 12
case("es-l07-oaxaca-mezcal-acceso-tarde", LOB, "decided", [M(
    "Mezcaleria Dona Chabela <ventas@mezcaleriadonachabela.mx>", SUP, "reembolso por falla", W,
    "Buenas tardes. Con la Guelaguetza y luego las fiestas patrias tuvimos mucho trabajo y no había "
    "revisado: desde hace como dos semanas la plataforma no carga, se queda dando vueltas. Pagamos el 12 de "
    "septiembre (factura LO-INV-35111) y no la hemos podido usar. Solicito que me regresen ese pago.\n\n"
    "Saludos desde Santa Catarina Minas, Oaxaca\nChabela Hernández\n")],
    [R("deny")],
    spec="L2 access_failure but L3: charge 2025-09-12 IST, mail 2025-09-23 12:30 -06 = 2025-09-24 00:00 IST, "
         "day 12: outside 7 days, deny.")

cust("coop.quemchisur@gmail.com", "Cooperativa de Pescadores Quemchi Sur", "quarterly", start="2025-09-25",
     end="2025-12-24")
lopay("es5_p12", "LO-INV-35112", "coop.quemchisur@gmail.com", "quarterly", "3999.00", "2025-09-25T15:00:00",
      "2025-09-25", "2025-12-24")
W = d(2025, 9, 26, 17, 0, CHL)
assert day_n(W, "2025-09-25T15:00:00") == 2
case("es-l08-chiloe-cooperativa-no-la-usamos", LOB, "decided", [M(
    "Cooperativa Pescadores Quemchi Sur <coop.quemchisur@gmail.com>", SUP, "devolucion plan trimestral", W,
    "Buenas tardes po. Le escribo por la cooperativa de pescadores artesanales de Quemchi, Chiloé. El "
    "sobrino del presidente nos inscribió en el plan de tres meses para vender la merluza y los choritos por "
    "internet, pero la directiva decidió que no, que seguimos vendiendo en la caleta nomás. No lo hemos usado "
    "para nada. Queremos que nos devuelvan la plata del plan, por favor.\n\nAtte.\nJuan Carlos Millalonco\n"
    "Secretario\n")],
    [R("deny")],
    spec="L1: the reason (the board decided not to use it, never used) is none of L2's; inside L3 but deny "
         "(reply offers cancellation). Single payment LO-INV-35112.")

cust("gerencia@transportesportada.cl", "Transportes Mineros La Portada", "annual", start="2025-09-20", end="2026-09-19")
lopay("es5_p13", "LO-INV-35113", "gerencia@transportesportada.cl", "annual", "11988.00", "2025-09-20T16:00:00",
      "2025-09-20", "2026-09-19")
W = d(2025, 9, 29, 20, 30, CHL)
assert day_n(W, "2025-09-20T16:00:00") == 10
case("es-l09-antofagasta-caro-y-baja", LOB, "decided", [M(
    "Gerencia Transportes La Portada <gerencia@transportesportada.cl>", SUP,
    "Término de contrato y devolución anualidad", W,
    "Estimados, buenas noches.\n\nLes informo que damos de baja la suscripción anual de LeadsOptima. La "
    "minera del interior nos redujo los contratos de transporte de personal y el costo ya no se justifica, "
    "nos sale muy caro. Solicito además la devolución proporcional de lo que queda del año, pagamos hace poco "
    "más de una semana.\n\nSaludos cordiales,\nPatricio Araya Rojas\nGerente\nTransportes Mineros La Portada "
    "Ltda. - Antofagasta\n")],
    [R("deny"), X("cancel", "2026-09-19")],
    spec="Refund: 'too expensive' is L1 and the unused part is not refunded (L8); also L3, mail 2025-09-29 20:30 "
         "-03 = 2025-09-30 05:00 IST, day 10: deny. Cancellation: L8 effective current_period_end 2026-09-19.")

cust("barberialosprimos181@gmail.com", "Barbería Los Primos", "monthly", start="2025-09-08", end="2025-10-07")
lopay("es5_p14", "LO-INV-35114", "barberialosprimos181@gmail.com", "monthly", "1499.00", "2025-09-08T14:00:00",
      "2025-09-08", "2025-10-07")
case("es-l10-washington-heights-barberia-cancela", LOB, "decided", [M(
    "Barberia Los Primos <barberialosprimos181@gmail.com>", SUP, "cancelar", d(2025, 9, 28, 19, 0, NYC),
    "Klk mi gente, saludos desde la 181 con St Nicholas. Mira, quiero cancelar la suscripcion del LeadsOptima, "
    "el negocio ta lento desde el verano y mi primo dice que los clientes nos llegan por Instagram y por "
    "referido, no por eso. Ustedes me dicen hasta cuando me queda el servicio. Nothing else, thank you bro.\n"
    "\nWander Almánzar\nBarbería Los Primos\nWashington Heights, NY\n")],
    [X("cancel", "2025-10-07")],
    spec="L8: cancellation, monthly plan, current_period_end 2025-10-07; no refund asked.")

cust("info@bondibrillante.com.au", "Limpiezas Bondi Brillante", "quarterly")
lopay("es5_p15", "LO-INV-35115", "info@bondibrillante.com.au", "quarterly", "3999.00", "2025-07-14T15:00:00",
      "2025-07-14", "2025-10-13")
case("es-l11-sydney-limpieza-trimestral-sin-periodo", LOB, "decided", [M(
    "Bondi Brillante Cleaning <info@bondibrillante.com.au>", SUP, "Baja del plan trimestral",
    d(2025, 9, 30, 9, 0, AUS),
    "Hola, buenos días (por acá ya es martes de mañana).\n\nSomos una empresa chica de limpieza en Bondi, "
    "mi socia es uruguaya y yo de Rosario. Queremos dar de baja el plan trimestral: contratamos a una chica "
    "que nos maneja los clientes por WhatsApp y ya no nos hace falta. Que no se renueve más, por favor.\n\n"
    "Cheers / saludos,\nFlorencia Bianchi\nBondi Brillante - Sydney NSW\n")],
    [X("cancel", "2025-10-13")],
    spec="L8 fallback: no current_period_end on the account; last charge 2025-07-14 IST + 3 months - 1 day = "
         "2025-10-13 (the payment's period_end agrees).")

cust("paz.valenzuela.mel@outlook.com", "Paz Valenzuela", "monthly", status="trial", trial_ends="2025-10-06")
case("es-l12-melbourne-hija-prueba-gratis", LOB, "decided", [M(
    "Paz Valenzuela <paz.valenzuela.mel@outlook.com>", SUP, "reembolso para mi mamá",
    d(2025, 9, 27, 16, 20, AUS),
    "Hola, le escribo yo (Sofi, la hija, tengo 15) porque mi mamá no entiende mucho el inglés de la página "
    "y me pidió ayuda. Ella se inscribió en la prueba gratis para su negocio de tortas en Footscray y ahora "
    "está asustada porque cree que le van a cobrar o que ya le cobraron. Ella quiere que le devuelvan la "
    "plata que le hayan sacado. Gracias!!\n\nSofía por Paz Valenzuela\n")],
    [R("deny")],
    spec="L7: the account is on a free trial with no charges: deny, nothing billed unless they subscribe.")

cust("comptabilitat@forndelaplacamolins.cat", "Forn de la Plaça", "monthly", start="2025-09-27", end="2025-10-26")
lopay("es5_p16", "LO-INV-35116", "comptabilitat@forndelaplacamolins.cat", "monthly", "1499.00",
      "2025-09-27T13:45:00", "2025-09-27", "2025-10-26")
lopay("es5_p17", "LO-INV-35117", "comptabilitat@forndelaplacamolins.cat", "monthly", "1499.00",
      "2025-09-27T13:46:00", "2025-09-27", "2025-10-26")
W = d(2025, 9, 29, 10, 20, BCN)
assert day_n(W, "2025-09-27T13:46:00") == 2
case("es-l13-molins-catalanohablante-doble", LOB, "decided", [M(
    "Comptabilitat Forn de la Plaça <comptabilitat@forndelaplacamolins.cat>", SUP, "Cobrament duplicat / cobro doble",
    W,
    "Bon dia,\n\nOs escribo del Forn de la Plaça (Molins de Rei). Perdonad mi castellano que es un poco "
    "catalanizado. El dissabte, o sea el sábado, nos habéis cobrado dos veces la quota mensual, una detrás "
    "de la otra. La segunda es la lo inv 35117. Os agradecería que nos retornéis este segundo cobro, que es "
    "un pago duplicado, a la misma targeta.\n\nMoltes gràcies,\nMontse Puigdollers\n")],
    [R("approve", "1499.00")],
    spec="L4 duplicate: two monthly charges 2025-09-27 IST same period; mail 2025-09-29 10:20 +02 = 13:50 IST, "
         "day 2; 'lo inv 35117' is LO-INV-35117 (section 8): approve 1499.00.")

cust("secretaria@escuelasolnaciente.jp", "Escuela de Español Sol Naciente", "annual", start="2025-03-01",
     end="2026-02-28")
lopay("es5_p18", "LO-INV-35118", "secretaria@escuelasolnaciente.jp", "annual", "11988.00", "2025-03-01T14:00:00",
      "2025-03-01", "2026-02-28")
case("es-l14-tokio-japones-baja-anual", LOB, "decided", [M(
    "Kenji Watanabe <secretaria@escuelasolnaciente.jp>", SUP, "Solicitud de cancelación (Escuela Sol Naciente)",
    d(2025, 9, 29, 14, 0, TYO),
    "Estimados señores de LeadsOptima:\n\nSiempre muchas gracias por su amable atención. Soy Watanabe, "
    "director de la Escuela de Español Sol Naciente en Setagaya, Tokio.\n\nLamentablemente, nuestra escuela "
    "va a cerrar el programa de cursos para empresas en marzo, por eso, respetuosamente solicito la "
    "cancelación de nuestro plan anual. Entendemos que el servicio continúa hasta el fin del período "
    "pagado. Perdón por las molestias.\n\nCon mucho respeto,\n渡辺 健二 (Kenji Watanabe)\n")],
    [X("cancel", "2026-02-28")],
    spec="L8: cancellation of the annual plan, effective current_period_end 2026-02-28.")

cust("administracion@olivaresdelhuarpe.com.ar", "Olivares del Huarpe", "monthly", start="2025-09-26", end="2025-10-25")
lopay("es5_p19", "LO-INV-35119", "administracion@olivaresdelhuarpe.com.ar", "monthly", "1499.00",
      "2025-09-26T15:00:00", "2025-09-26", "2025-10-25")
lopay("es5_p20", "LO-INV-35120", "administracion@olivaresdelhuarpe.com.ar", "monthly", "1499.00",
      "2025-09-26T15:01:00", "2025-09-26", "2025-10-25")
case("es-l15-san-juan-olivares-gmail", LOB, "need_info", [M(
    "Lucía Ferreyra <lucia.ferreyra.sj@gmail.com>", SUP, "Pago duplicado Olivares del Huarpe",
    d(2025, 9, 27, 18, 40, ARG),
    "Buenas tardes. Escribo desde mi correo personal porque el de la empresa no me abre en el celular. "
    "Nuestra cuenta es administracion@olivaresdelhuarpe.com.ar y ayer nos cobraron dos veces el mensual "
    "(LO-INV-35120 es el repetido). Pido la devolución del doble cobro.\n\nLucía Ferreyra\nOlivares del "
    "Huarpe - Pocito, San Juan\n")],
    rules=["C2"],
    spec="C2: the sender is not the registered email she names; ask her to write from it, nothing about the account.")

cust("bodegalosalgarrobos@gmail.com", "Bodega Los Algarrobos", "quarterly", start="2025-09-24", end="2025-12-23")
lopay("es5_p21", "LO-INV-35121", "bodegalosalgarrobos@gmail.com", "quarterly", "3999.00", "2025-09-24T16:30:00",
      "2025-09-24", "2025-12-23")
case("es-l16-san-juan-estudio-contable-reenvia", LOB, "need_info", [M(
    "Romina Quiroga <rquiroga@estudiocontableaconcagua.com.ar>", SUP, "RV: plan mal cobrado",
    d(2025, 9, 26, 13, 15, ARG),
    "Buenas tardes, les reenvío el pedido de nuestro cliente. Cualquier cosa me escriben a mí que llevo la "
    "contabilidad de la bodega.\n\nRomina Quiroga\nAsistente contable - Estudio Contable Aconcagua\n\n"
    "-----Mensaje original-----\nDe: Bodega Los Algarrobos <bodegalosalgarrobos@gmail.com>\n"
    "Enviado el: jueves, 25 de septiembre de 2025 19:02\nPara: Romina Quiroga <rquiroga@estudiocontableaconcagua.com.ar>\n"
    "Asunto: plan mal cobrado\n\nRomi, LeadsOptima nos cobró el trimestral con un importe que no es el que "
    "habíamos arreglado, fijate la factura LO-INV-35121. Pediles que lo revisen y nos devuelvan lo que "
    "corresponda. La cuenta está a nombre de bodegalosalgarrobos@gmail.com.\nGracias, Don Aldo\n")],
    rules=["C2"],
    spec="Section 8 forwards: the Outlook forward (RV:) carries a request naming registered "
         "bodegalosalgarrobos@gmail.com; the sender is the accountant's assistant: C2 need_info.")

cust("hola@yogapuertodelsol.cl", "Yoga Puerto del Sol", "monthly", start="2025-09-10", end="2025-10-09")
lopay("es5_p22", "LO-INV-35122", "hola@yogapuertodelsol.cl", "monthly", "1499.00", "2025-09-10T14:00:00",
      "2025-09-10", "2025-10-09")
case("es-l17-antofagasta-yoga-etiqueta-mas", LOB, "need_info", [M(
    "Yoga Puerto del Sol <hola+leads@yogapuertodelsol.cl>", SUP, "Dar de baja mensualidad",
    d(2025, 9, 25, 8, 45, CHL),
    "Hola, buenos días. Quiero dar de baja el plan mensual del estudio; la mayoría de las alumnas vienen "
    "por la junta de vecinos y no por internet. Gracias.\n\nConstanza Ledesma\nYoga Puerto del Sol, Antofagasta\n")],
    rules=["C2"],
    spec="Section 8 addresses: hola+leads@ is another address than registered hola@yogapuertodelsol.cl: C2 need_info.")

cust("carniceria.elgaucho.melb@gmail.com", "Carnicería El Gaucho", "monthly", start="2025-09-20", end="2025-10-19")
lopay("es5_p23", "LO-INV-35123", "carniceria.elgaucho.melb@gmail.com", "monthly", "1499.00", "2025-09-20T14:00:00",
      "2025-09-20", "2025-10-19")
case("es-l18-melbourne-reply-to-no-verifica", LOB, "need_info", [M(
    "Hernán Sosa <hernan.sosa77@hotmail.com>", SUP, "Cobro de más", d(2025, 9, 23, 19, 30, AUS),
    "Buenas, soy el dueño de la Carnicería El Gaucho de Sunshine, Melbourne. Nos cobraron un importe que no "
    "es el del plan mensual, es más de lo que dice la web. Factura LO-INV-35123. Respondan al correo de la "
    "carnicería que puse en responder-a.\n\nHernán\n",
    reply_to="carniceria.elgaucho.melb@gmail.com")],
    rules=["C2"],
    spec="Section 8: the sender is the From address; Reply-To (the registered one) never verifies: C2 need_info.")

cust("despensalacaserita.salta@gmail.com", "Despensa La Caserita", "monthly", start="2025-09-16", end="2025-10-15")
lopay("es5_p24", "LO-INV-35124", "despensalacaserita.salta@gmail.com", "monthly", "1499.00", "2025-08-16T14:00:00",
      "2025-08-16", "2025-09-15")
lopay("es5_p25", "LO-INV-35125", "despensalacaserita.salta@gmail.com", "monthly", "1499.00", "2025-09-16T14:00:00",
      "2025-09-16", "2025-10-15")
case("es-l19-salta-despensa-sin-factura", LOB, "need_info", [M(
    "Despensa La Caserita <despensalacaserita.salta@gmail.com>", SUP, "monto incorrecto",
    d(2025, 9, 20, 17, 10, ARG),
    "Buenas tardes. Tengo un cobro de ustedes en la tarjeta con un monto incorrecto, no es lo que dice el "
    "plan. No tengo la factura a mano porque la compu la tiene mi hijo en Cafayate. Me lo revisan y me "
    "devuelven?\nGracias\nNélida Guaymás\n")],
    missing=["invoice_number"],
    spec="C3: billing-error refund; the account holds two payments and no invoice is named: need_info invoice_number.")

cust("recepcion@hotelcalchaqui.com.ar", "Hotel Calchaquí", "monthly", start="2025-09-24", end="2025-10-23")
lopay("es5_p26", "LO-INV-35126", "recepcion@hotelcalchaqui.com.ar", "monthly", "1499.00", "2025-09-24T15:00:00",
      "2025-09-24", "2025-10-23")
case("es-l20-tucuman-formal-sin-motivo", LOB, "need_info", [M(
    "Recepción Hotel Calchaquí <recepcion@hotelcalchaqui.com.ar>", SUP, "Solicitud de reembolso LO-INV-35126",
    d(2025, 9, 25, 9, 5, ARG),
    "De mi mayor consideración:\n\nPor medio de la presente solicito el reembolso de la factura LO-INV-35126 "
    "correspondiente al plan mensual.\n\nSin otro particular, saludo a Uds. muy atentamente.\n\n"
    "Lic. Mirta E. Chávez\nGerencia - Hotel Calchaquí\nTafí del Valle, Tucumán\n")],
    missing=["reason"],
    spec="C3 / section 8: restating the request is not a reason; the invoice and plan are known: need_info reason.")

cust("pedidos@cochinitadelacarmen.mx", "Cochinita La Carmen", "monthly", start="2025-09-25", end="2025-10-24")
lopay("es5_p27", "LO-INV-35127", "pedidos@cochinitadelacarmen.mx", "monthly", "1499.00", "2025-09-25T14:30:00",
      "2025-09-25", "2025-10-24")
lopay("es5_p28", "LO-INV-35128", "pedidos@cochinitadelacarmen.mx", "monthly", "1499.00", "2025-09-25T14:31:00",
      "2025-09-25", "2025-10-24")
W = d(2025, 9, 26, 9, 0, MEX)
assert day_n(W, "2025-09-25T14:31:00") == 1
case("es-l21-merida-cochinita-hilo-motivo", LOB, "decided", [
    M("Cochinita La Carmen <pedidos@cochinitadelacarmen.mx>", SUP, "Reembolso LO-INV-35128", W,
      "Buenos días, quiero que me reembolsen la factura LO-INV-35128 por favor.\nCarmen Pech\n"),
    M("Cochinita La Carmen <pedidos@cochinitadelacarmen.mx>", SUP, "Re: Reembolso LO-INV-35128 [LO-3581]",
      d(2025, 9, 29, 11, 30, MEX),
      "Ah sí perdón, es que me cobraron doble el mismo mes, la 35127 y la 35128 salieron el mismo día, "
      "por eso pido la segunda. Bomba! ya quedó.\nCarmen\n\n"
      "El lun, 29 sept 2025 a las 8:02, LeadsOptima <support@leadsoptima.com> escribió:\n"
      "> Para continuar necesitamos el motivo de su solicitud. [LO-3581]\n",
      headers={"_irt": "<lo-3581.reply@leadsoptima.com>"})],
    [R("approve", "1499.00")],
    spec="C3 thread: the answer gives the reason (duplicate); request time is the first mail, 2025-09-26 09:00 "
         "-06 = 20:30 IST, day 1: L4 approve the later charge 1499.00.")

cust("contacto@artesaniasdetilcara.com.ar", "Artesanías de Tilcara", "quarterly", start="2025-09-20", end="2025-12-19")
lopay("es5_p29", "LO-INV-35129", "contacto@artesaniasdetilcara.com.ar", "quarterly", "3999.00",
      "2025-06-20T14:00:00", "2025-06-20", "2025-09-19")
lopay("es5_p30", "LO-INV-35130", "contacto@artesaniasdetilcara.com.ar", "quarterly", "3999.00",
      "2025-09-20T14:00:00", "2025-09-20", "2025-12-19")
W = d(2025, 9, 23, 19, 0, ARG)
assert day_n(W, "2025-09-20T14:00:00") == 4
case("es-l22-tilcara-hilo-factura-acceso", LOB, "decided", [
    M("Artesanias de Tilcara <contacto@artesaniasdetilcara.com.ar>", SUP, "no puedo ingresar", W,
      "Buenas tardes, desde el sábado no puedo ingresar a la cuenta, me dice error de inicio de sesión y "
      "el código que me mandan no llega nunca. Acabo de pagar el trimestre y no lo puedo usar, quiero que me "
      "devuelvan ese pago.\nEusebia Cruz\n"),
    M("Artesanias de Tilcara <contacto@artesaniasdetilcara.com.ar>", SUP, "RE: no puedo ingresar [LO-3582]",
      d(2025, 9, 25, 10, 0, ARG),
      "La factura es LO-INV-35130. Sigo sin poder ingresar.\n\n"
      "________________________________\nDe: LeadsOptima <support@leadsoptima.com>\nEnviado: miércoles, 24 "
      "de septiembre de 2025 3:05\nAsunto: no puedo ingresar [LO-3582]\n\n¿Podría indicarnos el número de "
      "factura?\n",
      headers={"_irt": "<lo-3582.reply@leadsoptima.com>"})],
    [R("escalate")],
    spec="C3 thread: the answer names LO-INV-35130 (charge 2025-09-20); first mail 2025-09-24 03:30 IST, day 4: "
         "L6 access_failure escalate.")

cust("ventas@ferreterialaportada.cl", "Ferretería La Portada", "monthly", start="2025-09-28", end="2025-10-27")
lopay("es5_p31", "LO-INV-35131", "ventas@ferreterialaportada.cl", "monthly", "1499.00", "2025-09-28T16:00:00",
      "2025-09-28", "2025-10-27")
lopay("es5_p32", "LO-INV-35132", "ventas@ferreterialaportada.cl", "monthly", "1499.00", "2025-09-28T16:02:00",
      "2025-09-28", "2025-10-27")
case("es-l23-antofagasta-contracargo", LOB, "decided", [M(
    "Ferreteria La Portada <ventas@ferreterialaportada.cl>", SUP, "COBRO DUPLICADO - URGENTE",
    d(2025, 9, 29, 15, 0, CHL),
    "Buenas tardes. Ayer domingo nos cobraron dos veces la mensualidad (LO-INV-35131 y LO-INV-35132). "
    "Exijo la devolución del cobro duplicado hoy mismo. Si mañana no veo la plata de vuelta, llamo al banco "
    "y hago el contracargo de los dos cobros, así de simple.\n\nManuel Cortés\n")],
    [R("escalate")], rules=["C4"],
    spec="C4: a chargeback threat ('hago el contracargo') escalates the whole case, even an approvable duplicate.")

cust("cafeteriadonpepe.mid@gmail.com", "Cafetería Don Pepe", "monthly", start="2025-09-21", end="2025-10-20")
lopay("es5_p33", "LO-INV-35133", "cafeteriadonpepe.mid@gmail.com", "monthly", "1499.00", "2025-09-21T14:00:00",
      "2025-09-21", "2025-10-20")
case("es-l24-merida-abogado-cancela", LOB, "decided", [M(
    "Cafeteria Don Pepe <cafeteriadonpepe.mid@gmail.com>", SUP, "cancelación inmediata",
    d(2025, 9, 27, 18, 0, MEX),
    "Buenas tardes. Cancelen mi suscripción. Su sistema me mandó mensajes masivos a clientes sin mi "
    "autorización y ya me quejé con ustedes dos veces. Mi abogado ya tiene copia de todos los correos y "
    "estamos valorando qué acciones tomar.\n\nJosé Chan Ek\nCafetería Don Pepe, Paseo de Montejo\n")],
    [X("escalate")], rules=["C4"],
    spec="C4 covers the whole case (section 8): the mention of the customer's lawyer escalates the "
         "cancellation too.")

cust("envios@quisqueyaexpress.com", "Quisqueya Express Envíos", "annual", start="2025-09-26", end="2026-09-25")
lopay("es5_p34", "LO-INV-35134", "envios@quisqueyaexpress.com", "annual", "11988.00", "2025-09-26T15:00:00",
      "2025-09-26", "2026-09-25")
lopay("es5_p35", "LO-INV-35135", "envios@quisqueyaexpress.com", "annual", "11988.00", "2025-09-26T15:05:00",
      "2025-09-26", "2026-09-25")
W = d(2025, 9, 27, 18, 0, NYC)
assert day_n(W, "2025-09-26T15:05:00") == 2
case("es-l25-nueva-york-descarta-disputa", LOB, "decided", [M(
    "Quisqueya Express <envios@quisqueyaexpress.com>", SUP, "Double charge annual plan / cobro doble", W,
    "Buenas tardes,\n\nLe escribo de Quisqueya Express, envíos a RD desde Dyckman. Ayer nos cobraron el plan "
    "anual dos veces, LO-INV-35134 y LO-INV-35135, cinco minutos de diferencia. Mi contable me dijo que "
    "abriera un dispute con el banco pero yo no quiero eso, prefiero resolverlo directo con ustedes, sin "
    "pasar por el banco. Por favor devuelvan el segundo cobro.\n\nGracias y bendiciones,\nYokasta Peralta\n")],
    [R("approve", "11988.00")],
    spec="Section 8 / C4: the customer rules out a bank dispute: no threat (no lawyer, court or right named). L4 duplicate annual "
         "2025-09-26, mail 2025-09-28 03:30 IST, day 2: approve the later charge 11988.00.")

case("es-l26-ushuaia-respuesta-automatica", LOB, "ignore", [M(
    "Reservas Hosteria Lapataya Sur <reservas@hosterialapatayasur.com.ar>", SUP,
    "Respuesta automática: Re: doble cobro mensual [LO-3590]", d(2025, 9, 26, 0, 5, ARG),
    "Gracias por escribirnos. Nuestro horario de recepción es de 8 a 23 hs. Para reservas llame al "
    "+54 2901 40-0000. Le responderemos a la brevedad.\n",
    headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes",
             "_irt": "<lo-3590.reply@leadsoptima.com>"})],
    rules=["C7"], spec="C7: Auto-Submitted auto-replied (an out-of-office on our reply): ignore.")

case("es-l27-boletin-camara-comercio", LOB, "ignore", [M(
    "Cámara de Comercio Hispana de Victoria <boletin@camarahispanavic.org.au>", SUP,
    "Boletín de septiembre: cancelaciones, reembolsos y devoluciones en el comercio", d(2025, 9, 29, 7, 0, AUS),
    "Boletín mensual para socios.\n\n1. Cómo gestionar devoluciones y reembolsos a sus clientes.\n2. "
    "Cancelación de suscripciones: lo que dice la ley.\n\nPara darse de baja de este boletín responda BAJA.\n",
    headers={"Precedence": "bulk", "List-Id": "Boletin socios <boletin.camarahispanavic.org.au>",
             "List-Unsubscribe": "<mailto:baja@camarahispanavic.org.au>"})],
    rules=["C7"], spec="C7: Precedence bulk and List-Id (a newsletter that talks of refunds): ignore.")

case("es-l28-rebote-mailer-daemon", LOB, "ignore", [M(
    "Mail Delivery System <MAILER-DAEMON@mx1.speedy-ar.example>", SUP,
    "Mensaje no entregado: Re: Solicitud de reembolso", d(2025, 9, 28, 3, 10, ARG),
    "No se pudo entregar el mensaje a uno o más destinatarios.\n\n<recepcion@hotelcalchaqu.com.ar>: "
    "host desconocido\n\n--- Mensaje original ---\nAsunto: Re: Solicitud de reembolso LO-INV-35126\n",
    headers={"Auto-Submitted": "auto-replied"})],
    rules=["C7"], spec="C7: MAILER-DAEMON sender (a bounce quoting a refund subject): ignore.")

case("es-l29-tucuman-pregunta-factura-a", LOB, "other", [M(
    "Recepción Hotel Calchaquí <recepcion@hotelcalchaqui.com.ar>", SUP, "Consulta facturación y cambio de plan",
    d(2025, 9, 30, 10, 30, ARG),
    "Buen día. Dos consultas: 1) ¿Pueden emitir la factura a nombre de la sociedad con nuestro CUIT, en vez "
    "del nombre de la gerente? 2) Si más adelante pasamos del mensual al anual, ¿el cambio es automático o "
    "hay que hacerlo desde el panel?\n\nMuchas gracias.\nLic. Mirta E. Chávez\n")],
    spec="Questions about invoicing and a plan change: neither refund nor cancellation: other.")

case("es-l30-sydney-gracias-ya-llego", LOB, "other", [M(
    "Bondi Brillante Cleaning <info@bondibrillante.com.au>", SUP, "Re: gracias!", d(2025, 9, 30, 18, 0, AUS),
    "Hola! Solo para decirles que gracias por la buena onda con la baja, ya nos llegó la confirmación y la "
    "chica de la atención fue re amable. Un abrazo desde Bondi.\nFlor\n")],
    spec="A thank-you with nothing asked: other.")

cust("ventas@ahumadoscastro.cl", "Ahumados Castro", "monthly", start="2025-09-15", end="2025-10-14")
lopay("es5_p36", "LO-INV-35136", "ventas@ahumadoscastro.cl", "monthly", "1499.00", "2025-09-15T14:00:00",
      "2025-09-15", "2025-10-14")
case("es-l31-castro-no-quiero-reembolso", LOB, "other", [M(
    "Ahumados Castro <ventas@ahumadoscastro.cl>", SUP, "aviso, ya funciona", d(2025, 9, 24, 12, 40, CHL),
    "Hola, buenas tardes. Les cuento que el lunes la plataforma no cargaba desde acá (en la isla el internet "
    "es como es), pero hoy ya anda perfecto. No estoy pidiendo reembolso ni nada, solo quería avisarles por si "
    "otro usuario de Chiloé les reclama lo mismo. Sigan así.\nGustavo Castro, Ahumados Castro, Chiloé\n")],
    spec="Section 8 negation: 'no estoy pidiendo reembolso'; a past problem now solved: other.")

case("es-l32-oaxaca-pregunta-antes-de-comprar", LOB, "other", [M(
    "Alebrijes Arte Zapoteca <alebrijesartezapoteca@gmail.com>", SUP, "duda antes de contratar",
    d(2025, 9, 22, 19, 0, MEX),
    "Buenas noches. Tenemos un taller de alebrijes en San Martín Tilcajete y estamos viendo contratar el plan "
    "anual. Si lo pagamos y a los tres días vemos que no nos sirve, ¿nos regresan el dinero? ¿Y si lo "
    "cancelamos a la mitad del año?\nSaludos, Eleuterio\n")],
    spec="Section 8 hypotheticals before buying: a policy question, other.")

cust("admin@estudiarquitecturagracia.es", "Estudi Arquitectura Gràcia", "monthly", start="2025-09-24", end="2025-10-23")
lopay("es5_p37", "LO-INV-35137", "admin@estudiarquitecturagracia.es", "monthly", "1499.00", "2025-09-24T14:00:00",
      "2025-09-24", "2025-10-23")
lopay("es5_p38", "LO-INV-35138", "admin@estudiarquitecturagracia.es", "monthly", "1499.00", "2025-09-24T14:01:00",
      "2025-09-24", "2025-10-23", status="refunded")
case("es-l33-gracia-cobro-ya-reembolsado", LOB, "decided", [M(
    "Estudi Arquitectura Gràcia <admin@estudiarquitecturagracia.es>", SUP, "Doble càrrec / doble cargo LO-INV-35138",
    d(2025, 9, 26, 11, 0, BCN),
    "Bon dia,\n\nEl miércoles se nos hizo un doble cargo de la mensualidad. El repetido es el LO-INV-35138. "
    "Ya sé que a veces el banco lo devuelve solo, pero en el extracto aún no lo veo, así que os pido que lo "
    "reembolséis.\n\nSalutacions,\nJordi Vilaseca i Roig\n")],
    [R("escalate")],
    spec="Section 8: LO-INV-35138 has status refunded (not paid): a refund of it is escalate.")

cust("namaste@yogafitzroy.com.au", "Yoga Fitzroy Estudio", "monthly", start="2025-09-11", end="2025-10-10")
lopay("es5_p39", "LO-INV-35139", "namaste@yogafitzroy.com.au", "monthly", "1499.00", "2025-09-11T14:00:00",
      "2025-09-11", "2025-10-10")
case("es-l34-melbourne-yoga-html", LOB, "decided", [M(
    "Yoga Fitzroy <namaste@yogafitzroy.com.au>", SUP, "Cancelación", d(2025, 9, 26, 13, 15, AUS),
    "<html><body><div style=\"font-family:Helvetica\"><p>Hola equipo,</p><p>Les pido <b>cancelar</b> la "
    "suscripción mensual de nuestro estudio. Nos mudamos de Fitzroy a Brunswick y por ahora vamos a "
    "trabajar solo con clases privadas.</p><p>Gracias,<br>Valentina Lagos<br><i>Yoga Fitzroy Estudio</i>"
    "</p><p style=\"color:#888;font-size:10px\">Enviado desde mi iPad</p></div></body></html>\n", html=True)],
    [X("cancel", "2025-10-10")],
    spec="HTML-only mail: L8 cancellation, monthly, current_period_end 2025-10-10.")

cust("fletes@elchangosalteno.com.ar", "Fletes El Chango Salteño", "monthly", start="2025-09-27", end="2025-10-26")
lopay("es5_p40", "LO-INV-35140", "fletes@elchangosalteno.com.ar", "monthly", "1499.00", "2025-09-27T13:15:00",
      "2025-09-27", "2025-10-26")
W = d(2025, 9, 29, 16, 0, ARG)
assert day_n(W, "2025-09-27T13:15:00") == 3
case("es-l35-salta-fletes-baja-y-acceso", LOB, "decided", [M(
    "Fletes El Chango Salteño <fletes@elchangosalteno.com.ar>", SUP, "Baja + reintegro", W,
    "Buenas tardes, varias cosas:\n\n- Desde que pagamos el sábado el panel no abre, no puedo acceder ni "
    "desde la compu de la oficina ni desde el teléfono.\n- Por eso les pido el reintegro de ese pago.\n- Y "
    "aparte quiero dar de baja la suscripción, porque con el pico de la temporada de mudanzas no tengo tiempo "
    "de pelearme con el sistema.\n- Ah, y ¿me mandan la factura en PDF? Gracias.\n\nOmar Cruz\n")],
    [R("escalate"), X("cancel", "2025-10-26")],
    spec="Refund: access_failure, charge 2025-09-27 IST, mail 2025-09-30 00:30 IST, day 3: L6 escalate. "
         "Cancellation: L8 effective current_period_end 2025-10-26.")

cust("hola@empanadasdelsur.com.au", "Empanadas del Sur", "monthly", start="2025-09-18", end="2025-10-17")
lopay("es5_p41", "LO-INV-35141", "hola@empanadasdelsur.com.au", "monthly", "1499.00", "2025-09-18T17:00:00",
      "2025-09-18", "2025-10-17")
lopay("es5_p42", "LO-INV-35142", "hola@empanadasdelsur.com.au", "monthly", "1499.00", "2025-09-18T17:01:00",
      "2025-09-18", "2025-10-17")
W = d(2025, 9, 25, 21, 0, AUS)
assert day_n(W, "2025-09-18T17:01:00") == 7
case("es-l36-sydney-empanadas-dia-siete", LOB, "decided", [M(
    "Empanadas del Sur <hola@empanadasdelsur.com.au>", SUP, "Doble debito", W,
    "Buenas noches! Les escribo desde Marrickville, Sydney. El jueves 18 a la noche me llegaron dos "
    "notificaciones del banco, me debitaron dos veces la mensualidad: LO-INV-35141 y LO-INV-35142. Ya sé que "
    "tengo 7 días, llego justo. Devuélvanme el duplicado por favor.\n\nMacarena (Empanadas del Sur)\n")],
    [R("approve", "1499.00")],
    spec="L4: charges 2025-09-18 17:00 IST (21:30 in Sydney, same Thursday); mail 2025-09-25 21:00 +10 = "
         "16:30 IST, day 7, inside (L3): approve 1499.00.")

cust("oficina@colmadoelvecino.com", "Colmado El Vecino", "quarterly", start="2025-09-18", end="2025-12-17")
lopay("es5_p43", "LO-INV-35143", "oficina@colmadoelvecino.com", "quarterly", "3999.00", "2025-09-18T14:00:00",
      "2025-09-18", "2025-12-17")
lopay("es5_p44", "LO-INV-35144", "oficina@colmadoelvecino.com", "quarterly", "3999.00", "2025-09-18T14:02:00",
      "2025-09-18", "2025-12-17")
W = d(2025, 9, 25, 20, 30, NYC)
assert day_n(W, "2025-09-18T14:02:00") == 8
case("es-l37-inwood-colmado-dia-ocho", LOB, "decided", [M(
    "Colmado El Vecino <oficina@colmadoelvecino.com>", SUP, "cobro doble trimestral", W,
    "Buenas noches. El 18 de septiembre me cobraron dos veces el plan trimestral, LO-INV-35143 y "
    "LO-INV-35144. Hoy es 25 así que estoy dentro de los 7 días. Quiero mi dinero del segundo cobro.\n\n"
    "Rafael Mejía\nColmado El Vecino, Inwood NY\n")],
    [R("deny")],
    spec="L3: charges 2025-09-18 IST; mail 2025-09-25 20:30 -04 = 2025-09-26 06:00 IST, day 8 in the brand's "
         "zone: deny although it is the 25th in New York.")

cust("info@tallerkintsugi.es", "Taller Kintsugi Barcelona", "monthly", status="cancelled", start="2025-08-24",
     end="2025-09-23")
lopay("es5_p45", "LO-INV-35145", "info@tallerkintsugi.es", "monthly", "1499.00", "2025-09-24T14:00:00",
      "2025-09-24", "2025-10-23")
W = d(2025, 9, 26, 9, 30, BCN)
assert day_n(W, "2025-09-24T14:00:00") == 2
case("es-l38-barcelona-japonesa-cobro-tras-baja", LOB, "decided", [M(
    "Taller Kintsugi <info@tallerkintsugi.es>", SUP, "Cobro después de cancelación", W,
    "Buenos días.\n\nMe llamo Aiko Mori, tengo un taller de cerámica japonesa en Poblenou. Mi español no es "
    "perfecto, perdón. En agosto yo cancelé la suscripción en Billing, pero el 24 de septiembre me cobraron "
    "otra vez 1.499 rupias (LO-INV-35145). Me cobraron después de cancelar. Por favor, pido la devolución.\n\n"
    "Muchas gracias. Atentamente,\nAiko Mori\n")],
    [R("escalate")],
    spec="L2 billing_error ('charged after I cancelled'), mail 2025-09-26 13:00 IST, day 2: L5 escalate.")

cust("contacto.dulcesdelpuerto@gmail.com", "Dulces del Puerto Progreso", "quarterly", start="2025-08-05", end="2025-11-04")
lopay("es5_p46", "LO-INV-35146", "contacto.dulcesdelpuerto@gmail.com", "quarterly", "3999.00", "2025-08-05T14:00:00",
      "2025-08-05", "2025-11-04")
case("es-l39-progreso-dictado-baja", LOB, "decided", [M(
    "Dulces del Puerto <contacto.dulcesdelpuerto@gmail.com>", SUP, "cancelar plan", d(2025, 9, 30, 7, 45, MEX),
    "buenos dias les habla dona Lupita de dulces del puerto en progreso yucatan le estoy dictando al celular "
    "porque tengo las manos en la masa de las marquesitas quiero cancelar el plan de tres meses porque mi "
    "nieto que me lo manejaba se fue a estudiar a merida y yo no le entiendo punto gracias que tengan bonito "
    "dia\n\nEnviado desde mi teléfono Huawei\n")],
    [X("cancel", "2025-11-04")],
    spec="Dictated, no punctuation: L8 cancellation, quarterly, current_period_end 2025-11-04.")

# ---------------------------------------------------------------------------------------------
# Optima WebDesign
# ---------------------------------------------------------------------------------------------

proj("Excursiones Canal Austral", "reservas@excursionescanalaustral.com.ar")
owpay("es5_o01", "OWD-2025-3501", "Excursiones Canal Austral", "deposit", "25000.00", "4500.00", "2025-09-22T14:00:00")
W = d(2025, 9, 23, 20, 0, ARG)
assert 0 < hours(W, "2025-09-22T14:00:00") < 72
case("es-o01-ushuaia-excursiones-sena", OWB, "decided", [M(
    "Excursiones Canal Austral <reservas@excursionescanalaustral.com.ar>", OWDTO,
    "Refund Request — Excursiones Canal Austral / OWD-2025-3501", W,
    "Buenas noches.\n\nAyer (lunes) pagamos la seña de la página web del proyecto Excursiones Canal Austral, "
    "factura OWD-2025-3501. Hoy mi socio me avisó que se retira de la sociedad y vende los dos catamaranes, "
    "así que la empresa como tal deja de existir antes de la temporada. Les pido la devolución de la seña; "
    "entiendo que todavía no empezaron a trabajar.\n\nDisculpen las molestias.\nMarcelo Vidoz\nUshuaia\n")],
    [R("approve", "25000.00")],
    spec="O2: deposit paid 2025-09-22 14:00 IST; mail 2025-09-23 20:00 -03 = 2025-09-24 04:30 IST (38.5 h), no "
         "work started: approve 25000.00 before tax (C6).")

proj("Posada Los Chacayes", "posada@loschacayes.com.ar")
owpay("es5_o02", "OWD-2025-3502", "Posada Los Chacayes", "deposit", "18000.00", "3240.00", "2025-09-20T18:30:00")
W = d(2025, 9, 23, 10, 0, ARG)
assert hours(W, "2025-09-20T18:30:00") == 72
case("es-o02-valle-de-uco-72-horas-justas", OWB, "decided", [M(
    "Posada Los Chacayes <posada@loschacayes.com.ar>", OWDTO, "Devolución depósito OWD-2025-3502", W,
    "Buenos días. El sábado a la mañana les transferimos el depósito de la web de la Posada Los Chacayes "
    "(Tunuyán, Valle de Uco). Con la helada tardía perdimos buena parte de la cosecha de los viñedos y vamos a "
    "postergar la inversión. Solicito la devolución del depósito OWD-2025-3502. Estoy dentro de las 72 horas.\n"
    "\nAlejandra Funes\n")],
    [R("deny")],
    spec="O2 / section 8: deposit 2025-09-20 18:30 IST; mail 2025-09-23 10:00 -03 = 18:30 IST, exactly 72 h: "
         "not before 72 h, deny.")

proj("Dulces de Tafí Tienda", "ventas@dulcesdetafi.com.ar", started="2025-09-26T10:00:00")
owpay("es5_o03", "OWD-2025-3503", "Dulces de Tafí Tienda", "deposit", "12000.00", "2160.00", "2025-09-25T15:00:00")
W = d(2025, 9, 27, 9, 0, ARG)
assert hours(W, "2025-09-25T15:00:00") < 72
case("es-o03-tafi-sena-trabajo-empezado", OWB, "decided", [M(
    "Dulces de Tafí <ventas@dulcesdetafi.com.ar>", OWDTO, "Cancelamos la tienda online - devolución", W,
    "Buen día. Pagamos el depósito de la tienda Dulces de Tafí Tienda el jueves (OWD-2025-3503) y ayer ya nos "
    "mandaron el primer boceto, muy lindo por cierto. Pero mi hermana consiguió que un sobrino nos haga la "
    "tienda gratis, así que preferimos no seguir. Queremos la devolución del depósito, no han pasado las 72 "
    "horas.\n\nSaludos, Ana María Frías\n")],
    [R("deny")], extra_ok=True,
    spec="O2: 50.5 h after the deposit but work started 2025-09-26 10:00 IST, before the request: whichever "
         "first -> deny. (A cancellation decision besides it is harmless: extra_ok.)")

proj("Cooperativa Textil Teotitlán", "coop.textilteotitlan@gmail.com", started="2025-10-06T20:30:00")
owpay("es5_o04", "OWD-2025-3504", "Cooperativa Textil Teotitlán", "discovery", "15000.00", "2700.00",
      "2025-09-20T14:00:00")
case("es-o04-teotitlan-discovery-sin-sesion", OWB, "decided", [M(
    "Cooperativa Textil Teotitlán <coop.textilteotitlan@gmail.com>", OWDTO, "reembolso consultoría inicial",
    d(2025, 9, 24, 11, 0, MEX),
    "Buenos días. Somos la cooperativa de tejedoras de tapetes de lana de Teotitlán del Valle. Pagamos la "
    "sesión de estrategia (factura OWD 2025 3504) para el proyecto Cooperativa Textil Teotitlán, la primera "
    "sesión era el 6 de octubre. La asamblea votó usar ese dinero para reparar los telares después de las "
    "lluvias. Les pedimos que nos devuelvan el pago.\n\nPor la cooperativa, Reyna Bautista\n")],
    [R("approve", "15000.00")],
    spec="O1: discovery; work_started_at 2025-10-06 is later than the request (2025-09-24): approve 15000.00.")

proj("Hostal Desierto Florido", "reservas@hostaldesiertoflorido.cl", started="2025-09-18T19:30:00")
owpay("es5_o05", "OWD-2025-3505", "Hostal Desierto Florido", "discovery", "9000.00", "1620.00", "2025-09-15T14:00:00")
case("es-o05-antofagasta-discovery-ya-hecha", OWB, "decided", [M(
    "Hostal Desierto Florido <reservas@hostaldesiertoflorido.cl>", OWDTO, "Devolucion sesion estrategia",
    d(2025, 9, 25, 17, 30, CHL),
    "Buenas tardes. Tuvimos la reunión de estrategia del Hostal Desierto Florido el jueves pasado (factura "
    "OWD-2025-3505) y la verdad no nos aportó nada que no supiéramos. Queremos la devolución de lo pagado.\n\n"
    "Claudia Tapia\nAntofagasta\n")],
    [R("deny")],
    spec="O1: the discovery session started 2025-09-18 before the request: deny.")

proj("Surf School Manly Web", "admin@manlysurfescuela.com.au")
owpay("es5_o06", "OWD-2025-3506", "Surf School Manly Web", "milestone", "40000.00", "7200.00", "2025-09-10T14:00:00",
      milestone_status="not_started")
case("es-o06-sydney-hito-sin-empezar", OWB, "decided", [M(
    "Escuela de Surf Manly <admin@manlysurfescuela.com.au>", OWDTO, "Refund Request — Surf School Manly Web / OWD-2025-3506",
    d(2025, 9, 28, 10, 0, AUS),
    "Hola, buen día.\n\nSomos una escuela de surf en Manly (dueños chilenos). Pagamos el hito 3 del proyecto "
    "Surf School Manly Web, el de la reserva online (OWD-2025-3506), que todavía no arrancó. Decidimos usar "
    "la plataforma de reservas de la federación, así que ese hito ya no lo necesitamos. Pedimos el reembolso "
    "de ese hito. Lo demás sigue igual.\n\nGracias! Nicolás Errázuriz\n")],
    [R("approve", "40000.00")],
    spec="O3: milestone not_started: approve its amount 40000.00 before tax.")

proj("Cafe Cortado Collingwood", "cafe@cortadocollingwood.com.au")
owpay("es5_o07", "OWD-2025-3507", "Cafe Cortado Collingwood", "milestone", "22000.00", "3960.00",
      "2025-09-08T14:00:00", milestone_status="in_progress")
case("es-o07-melbourne-hito-en-curso", OWB, "decided", [M(
    "Café Cortado <cafe@cortadocollingwood.com.au>", OWDTO, "Hito de la carta online - devolución",
    d(2025, 9, 29, 15, 0, AUS),
    "Buenas tardes. Sobre el proyecto Cafe Cortado Collingwood: el hito de la carta digital (OWD-2025-3507) "
    "está a medias, y el dueño decidió cambiar todo el menú en noviembre. Pedimos que nos devuelvan la parte "
    "del hito que no se hizo todavía.\n\nCamila Rossi, encargada\n")],
    [R("escalate")],
    spec="O3: milestone in_progress: escalate (the value of work not yet done needs a person).")

proj("Salon Belleza Dyckman", "citas@salondyckman.com")
owpay("es5_o08", "OWD-2025-3508", "Salon Belleza Dyckman", "milestone", "16000.00", "2880.00", "2025-09-05T14:00:00",
      milestone_status="approved")
case("es-o08-nueva-york-hito-aprobado", OWB, "decided", [M(
    "Salón Dyckman <citas@salondyckman.com>", OWDTO, "reembolso diseño", d(2025, 9, 26, 13, 0, NYC),
    "Hola buenas tardes. Yo aprobé el diseño del home del Salon Belleza Dyckman (el hito OWD-2025-3508) pero "
    "ahora que lo veo en el celular no me gusta como se ven los colores, mi hija dice que está anticuado. "
    "Quiero que me devuelvan ese pago.\n\nYajaira\n")],
    [R("deny")],
    spec="O3/O6: the milestone is approved: deny (Non-refundable items).")

proj("Cabañas Palafito Gamboa", "reservas@palafitogamboa.cl")
owpay("es5_o09", "OWD-2025-3509", "Cabañas Palafito Gamboa", "hosting_annual", "18000.00", "3240.00",
      "2025-09-19T14:00:00", setup_fee="1800.00", service_start="2025-09-20")
case("es-o09-castro-hosting-prorrateo", OWB, "decided", [M(
    "Cabañas Palafito Gamboa <reservas@palafitogamboa.cl>", OWDTO, "Devolución hosting anual OWD-2025-3509",
    d(2025, 9, 29, 12, 30, CHL),
    "Hola, buenas tardes. Contratamos el hosting anual para la web de las Cabañas Palafito Gamboa (Castro) "
    "hace poco más de una semana, pero el municipio lanzó un portal turístico gratis que incluye página para "
    "cada alojamiento, así que no lo necesitamos. Pido la devolución del hosting según su política de los 14 "
    "días.\n\nPaulina Cárcamo\n")],
    [R("approve", "14850.00")], extra_ok=True,
    spec="O5: service_start 2025-09-20, mail 2025-09-29 21:00 IST (day 9): 18000 - 1800 - (16200/12 = 1350) x 1 "
         "= 14850.00. The refund ends the plan; a cancellation decision besides it is harmless: extra_ok.")

proj("Bar La Alhambra Ebisu", "info@alhambraebisu.jp")
owpay("es5_o10", "OWD-2025-3510", "Bar La Alhambra Ebisu", "maintenance_annual", "10001.00", "1800.18",
      "2025-09-17T14:00:00", service_start="2025-09-18")
case("es-o10-tokio-mantenimiento-redondeo", OWB, "decided", [M(
    "Bar La Alhambra Ebisu <info@alhambraebisu.jp>", OWDTO, "Reembolso de mantenimiento anual",
    d(2025, 9, 30, 11, 0, TYO),
    "Estimados señores:\n\nMuchas gracias siempre. Soy Yamamoto, dueño del Bar La Alhambra en Ebisu "
    "(cocina española). El 18 de septiembre comenzó el mantenimiento anual de nuestra página (factura "
    "OWD-2025-3510). Sin embargo, mi sobrino estudió diseño web y él hará el mantenimiento, por eso "
    "respetuosamente solicito el reembolso según la regla de 14 días.\n\nAtentamente,\nYamamoto Takeshi\n")],
    [R("approve", "9167.58")], extra_ok=True,
    spec="O5: service_start 2025-09-18, mail 2025-09-30 07:30 IST (day 12); no setup fee: 10001 - 10001/12 "
         "(833.41666...) x 1 = 9167.58333... -> 9167.58 (rounded once). extra_ok: a cancellation besides it.")

proj("Mantenimiento Web Purmamarca", "hospedaje@cerrosietecolores.com.ar")
owpay("es5_o11", "OWD-2025-3511", "Mantenimiento Web Purmamarca", "maintenance_annual", "14400.00", "2592.00",
      "2025-09-04T14:00:00", setup_fee="2400.00", service_start="2025-09-05")
case("es-o11-purmamarca-mantenimiento-tarde", OWB, "decided", [M(
    "Hospedaje Cerro Siete Colores <hospedaje@cerrosietecolores.com.ar>", OWDTO,
    "Baja mantenimiento y reembolso", d(2025, 9, 25, 8, 0, ARG),
    "Buenos días. Queremos la devolución del mantenimiento anual (Mantenimiento Web Purmamarca, "
    "OWD-2025-3511), empezó el 5 de septiembre y casi no lo usamos, la página casi no cambia.\n\n"
    "Saludos, Rosa Vilte\n")],
    [R("deny")], extra_ok=True,
    spec="O5: service_start 2025-09-05, request 2025-09-25 (day 20) is after 14 days: deny. (A cancellation "
         "decision besides it is harmless: extra_ok.)")

proj("Llibreria Sant Gervasi Online", "llibreria@santgervasillibres.cat")
owpay("es5_o12", "OWD-2025-3512", "Llibreria Sant Gervasi Online", "third_party", "6500.00", "1170.00",
      "2025-09-24T14:00:00")
case("es-o12-barcelona-plantilla-y-ssl", OWB, "decided", [M(
    "Llibreria Sant Gervasi <llibreria@santgervasillibres.cat>", OWDTO, "Retorn de la plantilla / devolución",
    d(2025, 9, 26, 18, 0, BCN),
    "Bona tarda,\n\nPara el proyecto Llibreria Sant Gervasi Online nos cobrasteis la plantilla premium y el "
    "certificado SSL (OWD-2025-3512). Al final no nos agrada la plantilla, queremos otra más sencilla. Os "
    "demanamos el retorno de este importe.\n\nGràcies,\nNúria Castells\n")],
    [R("deny")],
    spec="O6: third_party (premium theme, SSL): never refundable, deny.")

proj("Hacienda Santa Ilduara Eventos", "eventos@haciendasantailduara.mx")
owpay("es5_o13", "OWD-2025-3513", "Hacienda Santa Ilduara Eventos", "rush", "8000.00", "1440.00", "2025-09-22T14:00:00")
case("es-o13-merida-cargo-urgencia", OWB, "decided", [M(
    "Hacienda Eventos <eventos@haciendasantailduara.mx>", OWDTO, "Devolución del cargo por urgencia",
    d(2025, 9, 27, 12, 10, MEX),
    "Buenas tardes. Pagamos el cargo por entrega urgente (OWD-2025-3513) del sitio de Hacienda Santa Ilduara Eventos "
    "porque teníamos una boda grande, pero la boda se pospuso a enero, así que ya no había prisa. Solicitamos "
    "la devolución del cargo de urgencia.\n\nLic. Mariana Cervera\n")],
    [R("deny")],
    spec="O6: rush fee: non-refundable, deny.")

proj("Redes Sociales Tienda 187", "tienda187wh@gmail.com")
owpay("es5_o14", "OWD-2025-3514", "Redes Sociales Tienda 187", "retainer", "9500.00", "1710.00", "2025-09-15T14:00:00",
      next_billing_at="2025-10-15T10:00:00", period_start="2025-09-15", period_end="2025-10-14")
case("es-o14-washington-heights-retainer-a-tiempo", OWB, "decided", [M(
    "Tienda 187 <tienda187wh@gmail.com>", OWDTO, "cancelar manejo de redes", d(2025, 9, 29, 11, 0, NYC),
    "Buenos días. Quiero cancelar el servicio mensual de redes sociales (Redes Sociales Tienda 187, la última "
    "factura fue la OWD-2025-3514). Mi hijo terminó la universidad y él me va a llevar el Instagram y el "
    "TikTok de la tienda.\nGracias, Doña Mercedes\n")],
    [X("cancel", "2025-10-14")],
    spec="O4/O8: next_billing 2025-10-15; request 2025-09-29 20:30 IST <= 2025-10-08: cancel effective "
         "2025-10-14.")

proj("SEO Artesanías Salta", "ventas@tejidosvallescalchaquies.com.ar")
owpay("es5_o15", "OWD-2025-3515", "SEO Artesanías Salta", "retainer", "7000.00", "1260.00", "2025-09-04T14:00:00",
      next_billing_at="2025-10-04T10:00:00", period_start="2025-09-04", period_end="2025-10-03")
case("es-o15-salta-retainer-aviso-corto", OWB, "decided", [M(
    "Tejidos Valles Calchaquíes <ventas@tejidosvallescalchaquies.com.ar>", OWDTO, "Baja del servicio SEO",
    d(2025, 9, 29, 9, 30, ARG),
    "Buen día. Les pido la baja del servicio mensual SEO Artesanías Salta (factura del mes OWD-2025-3515). "
    "Las ventas por la web no subieron lo que esperábamos y preferimos invertir en la feria de Cafayate.\n\n"
    "Saludos, Hugo Mamaní\n")],
    [X("cancel", "2025-11-03")],
    spec="O4: next_billing 2025-10-04, cut-off 2025-09-27; request 2025-09-29 (18:00 IST) is late: the next "
         "cycle 2025-10-04..2025-11-03 is billed, effective 2025-11-03.")

proj("Mantenimiento Club Náutico Chonchi", "secretaria@nauticochonchi.cl")
owpay("es5_o16", "OWD-2025-3516", "Mantenimiento Club Náutico Chonchi", "retainer", "8000.00", "1440.00",
      "2025-09-10T14:00:00", next_billing_at="2025-10-10T10:00:00", period_start="2025-09-10",
      period_end="2025-10-09")
owpay("es5_o17", "OWD-2025-3517", "Mantenimiento Club Náutico Chonchi", "retainer", "8000.00", "1440.00",
      "2025-09-12T14:00:00", next_billing_at="2025-11-10T10:00:00", period_start="2025-10-10",
      period_end="2025-11-09")
case("es-o16-chonchi-club-nautico-pagado-adelantado", OWB, "decided", [M(
    "Secretaría Club Náutico Chonchi <secretaria@nauticochonchi.cl>", OWDTO,
    "Término servicio mensual - Club Náutico Chonchi", d(2025, 9, 26, 10, 0, CHL),
    "Buenos días. Como secretaria del club informo que la directiva acordó terminar el servicio mensual "
    "Mantenimiento Club Náutico Chonchi, porque el nuevo directorio trae su propia agencia. Tenemos pagado "
    "septiembre (OWD-2025-3516) y el tesorero, por error, pagó también octubre por adelantado (OWD-2025-3517). "
    "Queremos terminar cuanto antes.\n\nSaludos cordiales,\nVerónica Oyarzún\n")],
    [X("escalate")],
    spec="Section 8 retainer paid in advance: next cycle 2025-10-10..2025-11-09 already paid (OWD-2025-3517), "
         "notice 2025-09-26 <= 2025-10-03: escalate.")

proj("Reformas Glebe Web", "obras@reformasglebe.com.au")
owpay("es5_o18", "OWD-2025-3518", "Reformas Glebe Web", "retainer", "11000.00", "1980.00", "2025-09-20T14:00:00",
      next_billing_at="2025-10-20T10:00:00", period_start="2025-09-20", period_end="2025-10-19")
case("es-o17-sydney-reformas-devolucion-mes-actual", OWB, "decided", [M(
    "Reformas Glebe <obras@reformasglebe.com.au>", OWDTO, "Cancelación + devolución septiembre",
    d(2025, 9, 27, 8, 30, AUS),
    "Buen día, acá en Sydney. Queremos cancelar el retainer mensual de Reformas Glebe Web (factura "
    "OWD-2025-3518) porque cerramos la empresa de reformas a fin de año y volvemos a Montevideo. Además les "
    "pido que nos devuelvan lo que pagamos este mes, que casi no hubo cambios en la web.\n\nGonzalo Sienra\n")],
    [R("deny"), X("cancel", "2025-10-19")],
    spec="O4: the current period is never refunded: deny. Cancellation: next_billing 2025-10-20, request "
         "2025-09-27 IST <= 2025-10-13: cancel effective 2025-10-19.")

proj("Fletes Humahuaca Web", "fleteshumahuaca@fleteshumahuaca.com.ar")
owpay("es5_o19", "OWD-2025-3519", "Fletes Humahuaca Web", "deposit", "14000.00", "2520.00", "2025-09-28T14:00:00")
case("es-o18-humahuaca-gmail-personal", OWB, "need_info", [M(
    "Sergio Cruz <sergio.cruz.hh@gmail.com>", OWDTO, "Devolución seña Fletes Humahuaca Web",
    d(2025, 9, 29, 18, 0, ARG),
    "Buenas tardes. Soy el dueño de Fletes Humahuaca. Pido la devolución de la seña OWD-2025-3519 del "
    "proyecto Fletes Humahuaca Web, nos salió un trabajo grande en Bolivia y no vamos a poder atender la "
    "web. Les escribo del gmail porque el correo de la empresa lo tiene mi contadora.\nSergio\n")],
    rules=["C2"],
    spec="C2 (Optima explicit): the contract email is fleteshumahuaca@...; a personal gmail: need_info, write "
         "from the contract email.")

proj("Gimnasio Tucumán Fit", "direccion@tucumanfit.com.ar")
owpay("es5_o20", "OWD-2025-3520", "Gimnasio Tucumán Fit", "deposit", "20000.00", "3600.00", "2025-09-29T14:00:00")
case("es-o19-tucuman-gmail-reenviado", OWB, "need_info", [M(
    "Lucas Medina <recepcion@tucumanfit.com.ar>", OWDTO, "Fwd: devolución depósito web",
    d(2025, 9, 30, 10, 0, ARG),
    "Les reenvío lo que me pidió el dueño.\n\n---------- Mensaje reenviado ---------\n"
    "De: Dirección Tucumán Fit <direccion@tucumanfit.com.ar>\nDate: lun, 29 sept 2025 a las 21:14\n"
    "Subject: devolución depósito web\nTo: Lucas Medina <recepcion@tucumanfit.com.ar>\n\nLucas, mandá esto a "
    "Optima: pedimos la devolución del depósito OWD-2025-3520 del proyecto Gimnasio Tucumán Fit porque el "
    "local de Yerba Buena no se abre. El contrato está con direccion@tucumanfit.com.ar.\nRaúl\n")],
    rules=["C2"],
    spec="Section 8 forwards: the Gmail forward carries a request naming contract email direccion@; the "
         "sender is recepcion@: C2 need_info.")

proj("Tours Hierve el Agua", "contacto@tourshierveelagua.mx")
owpay("es5_o21", "OWD-2025-3521", "Tours Hierve el Agua", "retainer", "6000.00", "1080.00", "2025-09-22T14:00:00",
      next_billing_at="2025-10-22T10:00:00", period_start="2025-09-22", period_end="2025-10-21")
case("es-o20-oaxaca-retainer-sin-motivo", OWB, "need_info", [M(
    "Tours Hierve el Agua <contacto@tourshierveelagua.mx>", OWDTO, "Cancelación OWD-2025-3521",
    d(2025, 9, 28, 20, 30, MEX),
    "Buenas noches. Por medio del presente solicito la cancelación del servicio mensual del proyecto Tours "
    "Hierve el Agua, factura OWD-2025-3521. Quedo atento a su confirmación.\n\nLic. Efraín Ruiz Santiago\n"
    "Director\n")],
    missing=["reason"],
    spec="Section 8: Optima requires a reason for a cancellation too; none given: need_info reason.")

proj("Marquesitas Progreso Web", "marquesitasprogreso@gmail.com")
owpay("es5_o22", "OWD-2025-3522", "Marquesitas Progreso Web", "retainer", "5000.00", "900.00", "2025-09-18T14:00:00",
      next_billing_at="2025-10-18T10:00:00", period_start="2025-09-18", period_end="2025-10-17")
W = d(2025, 9, 25, 9, 0, MEX)
case("es-o21-progreso-hilo-motivo", OWB, "decided", [
    M("Marquesitas Progreso <marquesitasprogreso@gmail.com>", OWDTO, "baja del servicio mensual", W,
      "Buenos días, quiero dar de baja el servicio mensual de Marquesitas Progreso Web, factura "
      "OWD-2025-3522.\nJorge\n"),
    M("Marquesitas Progreso <marquesitasprogreso@gmail.com>", OWDTO, "Re: baja del servicio mensual [OWD-3591]",
      d(2025, 9, 30, 8, 0, MEX),
      "Perdón por la demora. El motivo es que cerramos el puesto del malecón: ya pasó la temporada de "
      "verano y no hay turistas.\nJorge\n\n"
      "El lun, 29 sept 2025 a las 22:10, Optima WebDesign <optimawebdesigns12@gmail.com> escribió:\n"
      "> Para continuar, indíquenos el motivo de la cancelación. [OWD-3591]\n",
      headers={"_irt": "<owd-3591.reply@optimawebdesign.com>"})],
    [X("cancel", "2025-10-17")],
    spec="C3 thread: the answer gives the reason; request time is the first mail 2025-09-25 20:30 IST <= "
         "next_billing 2025-10-18 - 7 = 2025-10-11: cancel effective 2025-10-17 (the late answer does not move it).")

proj("Vinos Agrelo Tienda", "tienda@vinosagrelo.com.ar")
owpay("es5_o23", "OWD-2025-3523", "Vinos Agrelo Tienda", "deposit", "16000.00", "2880.00", "2025-09-27T19:00:00")
owpay("es5_o24", "OWD-2025-3524", "Vinos Agrelo Tienda", "third_party", "4000.00", "720.00", "2025-09-27T19:05:00")
case("es-o22-agrelo-dos-pagos-sin-factura", OWB, "need_info", [M(
    "Vinos Agrelo <tienda@vinosagrelo.com.ar>", OWDTO, "Devolución Vinos Agrelo Tienda",
    d(2025, 9, 28, 11, 0, ARG),
    "Buen día. El sábado hicimos el pago de la tienda online Vinos Agrelo Tienda pero la bodega socia se bajó "
    "del proyecto de enoturismo y no vamos a poder seguir. Pedimos la devolución del pago.\n\nFlorencia "
    "Lucero\n")],
    missing=["invoice_number"],
    spec="C3: the project has two payments made the same day (deposit and third-party); which one is not "
         "said: need_info invoice_number.")

proj("Mezcal Tobalá Online", "ventas@mezcaltobalaonline.mx")
owpay("es5_o25", "OWD-2025-3525", "Mezcal Tobalá Online", "deposit", "21000.00", "3780.00", "2025-09-29T20:30:00")
case("es-o23-oaxaca-contracargo-profeco", OWB, "decided", [M(
    "Mezcal Tobalá <ventas@mezcaltobalaonline.mx>", OWDTO, "DEVOLUCION YA", d(2025, 9, 30, 9, 0, MEX),
    "Buenos días. Ayer les pagué el depósito de Mezcal Tobalá Online (OWD-2025-3525) y hoy su vendedor me dice "
    "otro precio total. No acepto. Quiero mi depósito de vuelta; si no, presento queja ante la procuraduría del consumidor y le pido "
    "a mi banco el contracargo.\n\nLeopoldo Martínez\n")],
    [R("escalate")], rules=["C4"],
    spec="C4: a chargeback threat through the bank (and a consumer-protection complaint) escalates the "
         "refund, although the deposit would be refundable (O2, 24 h).")

case("es-o24-tokio-autorespuesta", OWB, "ignore", [M(
    "Bar La Alhambra Ebisu <info@alhambraebisu.jp>", OWDTO,
    "自動返信 / Respuesta automática: Re: Reembolso de mantenimiento anual [OWD-3595]", d(2025, 10, 1, 0, 2, TYO),
    "只今休業中です。Estamos cerrados por vacaciones hasta el 6 de octubre. Gracias.\n",
    headers={"Auto-Submitted": "auto-replied", "_irt": "<owd-3595.reply@optimawebdesign.com>"})],
    rules=["C7"], spec="C7: Auto-Submitted auto-replied: ignore.")

case("es-o25-melbourne-pregunta-antes", OWB, "other", [M(
    "Ignacio Paredes <nacho.paredes.mel@gmail.com>", OWDTO, "Consulta web para mi negocio de mudanzas",
    d(2025, 9, 28, 14, 0, AUS),
    "Hola, buenas tardes. Tengo una empresa chica de mudanzas en Dandenong y estoy pensando en hacer la web "
    "con ustedes. Antes de pagar nada: si pago el depósito y a la semana me arrepiento, ¿lo pierdo? ¿Y el "
    "hosting anual se puede cancelar?\n\nGracias, Nacho\n")],
    spec="Section 8 hypotheticals before buying: a policy question, other.")

case("es-o26-cliente-leadsoptima-escribe-a-optima", OWB, "need_info", [M(
    "Barberia Los Primos <barberialosprimos181@gmail.com>", OWDTO, "cancelar plan", d(2025, 9, 29, 18, 0, NYC),
    "Klk, ya les escribí ayer pero por si acaso: quiero cancelar mi plan mensual, la barbería no lo está "
    "usando porque los clientes llegan por Instagram.\nWander\n")],
    rules=["C2"],
    spec="Section 8 the other brand's customer: a LeadsOptima customer writes to Optima; the Optima ledger has "
         "no project for this address: unknown sender, C2 need_info.")

proj("Clínica Dental Caleta Coloso", "administracion@dentalcoloso.cl")
owpay("es5_o26", "OWD-2025-3526", "Clínica Dental Caleta Coloso", "deposit", "17000.00", "3060.00",
      "2025-09-29T18:30:00", status="failed")
case("es-o27-antofagasta-pago-fallido", OWB, "decided", [M(
    "Clínica Dental Coloso <administracion@dentalcoloso.cl>", OWDTO, "Reembolso depósito OWD-2025-3526",
    d(2025, 9, 30, 10, 0, CHL),
    "Buenos días. Ayer pagamos el depósito del proyecto Clínica Dental Caleta Coloso (OWD-2025-3526). En el "
    "banco aparece descontado pero su sistema dice que el pago falló. Como el doctor decidió postergar la web "
    "hasta marzo, pedimos que nos devuelvan ese monto.\n\nKaren Rojas, administración\n")],
    [R("escalate")],
    spec="Section 8: the payment's status is failed (not paid): a refund of it is escalate.")

proj("Hospedaje Caleta Paposo", "hospedaje@caletapaposo.cl")
owpay("es5_o27", "OWD-2025-3527", "Hospedaje Caleta Paposo", "hosting_annual", "24000.00", "4320.00",
      "2025-09-25T14:00:00", setup_fee="2400.00", service_start="2025-10-10")
case("es-o28-paposo-hosting-antes-de-empezar", OWB, "decided", [M(
    "Hospedaje Caleta Paposo <hospedaje@caletapaposo.cl>", OWDTO, "Devolución hosting (aún no empieza)",
    d(2025, 9, 29, 13, 0, CHL),
    "Buenas tardes. Pagamos el hosting anual del Hospedaje Caleta Paposo (OWD-2025-3527) que empieza el 10 de "
    "octubre, pero la minera que nos arrendaba las piezas para sus trabajadores terminó el contrato y vamos a "
    "cerrar. Queremos el reembolso de ese hosting, por favor.\n\nHilda Ardiles\n")],
    [R("approve", "19800.00")], extra_ok=True,
    spec="O5 + section 8: request before service_start 2025-10-10, consumed_months 1: 24000 - 2400 - "
         "(21600/12 = 1800) = 19800.00. extra_ok: a cancellation besides it.")


if __name__ == "__main__":
    write_out()
