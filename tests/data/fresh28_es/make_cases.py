#!/usr/bin/env python3
"""fresh28_es: held-out Spanish cases for mailbot (Argentina, Chile, Cuba, Puerto Rico, Honduras,
El Salvador, Nicaragua, Madrid/Castilla, Catalonia: Spanish written by Catalan speakers).

Stdlib only, deterministic.  Running it writes ledger.json, emails/*.eml and expected.json
beside this file.  MIT, like the project; all text written for this project.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANG = "es"
LOB, OWB = "leadsoptima", "optima_webdesign"
SUP = "Soporte LeadsOptima <support@leadsoptima.com>"
OWDTO = "Optima WebDesign <optimawebdesigns12@gmail.com>"


def tz(h, m=0):
    return timezone(timedelta(hours=h, minutes=m))


IST = tz(5, 30)
# September 2025 offsets: Argentina -03; Chile -03 (summer time from 7 Sep); Cuba -04 (CDT);
# Puerto Rico -04; Honduras, El Salvador, Nicaragua -06; Madrid and Barcelona +02 (CEST).
AR, CL, CU, PR, HN, SV, NI, MAD, BCN = tz(-3), tz(-3), tz(-4), tz(-4), tz(-6), tz(-6), tz(-6), tz(2), tz(2)

LEDGER = {"customers": [], "projects": [], "payments": []}
(HERE / "emails").mkdir(exist_ok=True)
for _old in (HERE / "emails").glob("*.eml"):
    _old.unlink()
CASES = []
TAX = {"1499.00": "269.82", "3999.00": "719.82", "11988.00": "2157.84"}


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


def day(paid_at, when):
    """Window day of ``when`` (an aware mail date) counted from a ledger date (naive = IST)."""
    return (when.astimezone(IST).date() - date.fromisoformat(paid_at[:10])).days


def hours(paid_at, when):
    return (when - datetime.fromisoformat(paid_at).replace(tzinfo=IST)).total_seconds() / 3600


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
        mid = f"<{cid}.{i}.{int(m['when'].timestamp())}@mail.fresh28-{LANG}.example>"
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


def write():
    (HERE / "ledger.json").write_text(json.dumps(LEDGER, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")
    print(f"{len(CASES)} cases, {len(LEDGER['payments'])} payments")

# ---------------------------------------------------------------------------------------------
# LeadsOptima
# ---------------------------------------------------------------------------------------------

cust("lucia.bertolotti@gmail.com", "Lucía Bertolotti", "monthly", start="2025-09-22", end="2025-10-21")
lopay("es_p01", "LO-INV-2801", "lucia.bertolotti@gmail.com", "monthly", "1499.00", "2025-09-22T18:40:00",
      "2025-09-22", "2025-10-21")
lopay("es_p02", "LO-INV-2802", "lucia.bertolotti@gmail.com", "monthly", "1499.00", "2025-09-22T18:41:05",
      "2025-09-22", "2025-10-21")
t = d(2025, 9, 24, 11, 15, AR)
assert day("2025-09-22", t) == 2
case("es-l01-baires-voseo-doble-debito", LOB, "decided", [M(
    "Lu Bertolotti <lucia.bertolotti@gmail.com>", SUP, "me debitaron 2 veces!!!", t,
    "Hola chicos, cómo andan?\n\nLes escribo re apurada porque mirando el home banking vi que el lunes me "
    "debitaron DOS veces el abono mensual, los dos de $1.499,00 (rupias, no pesos jaja). Yo tengo un solo "
    "plan, así que fijate que el segundo débito está de más: es la factura LO-INV-2802. Me lo devolvés "
    "porfa?\n\nBesos,\nLu\n\n--\nLucía Bertolotti\nEstudio Bertolotti & Asoc. - Palermo, CABA\n")],
    [R("approve", "1499.00")],
    spec="L2 duplicate_payment, L4: two paid monthly charges 2025-09-22 same period; request 2025-09-24 IST "
         "(day 2); refund the later charge LO-INV-2802 = 1499.00 before tax.")

cust("rodrigo.fuenzalida@vtr.net", "Rodrigo Fuenzalida", "quarterly", start="2025-09-10", end="2025-12-09")
lopay("es_p03", "LO-INV-2803", "rodrigo.fuenzalida@vtr.net", "quarterly", "3999.00", "2025-09-10T18:30:00",
      "2025-09-10", "2025-12-09")
lopay("es_p04", "LO-INV-2804", "rodrigo.fuenzalida@vtr.net", "quarterly", "3999.00", "2025-09-10T18:32:00",
      "2025-09-10", "2025-12-09")
t = d(2025, 9, 16, 21, 0, CL)
assert day("2025-09-10", t) == 7
case("es-l02-santiago-noche-dia-7", LOB, "decided", [M(
    "Rodrigo Fuenzalida <rodrigo.fuenzalida@vtr.net>", SUP, "Cobro duplicado plan trimestral", t,
    "Buenas noches, ¿cómo está?\n\nLe escribo en pleno 16 de septiembre, antes del dieciocho, porque "
    "recién vi la cartola: el 10/09 me cobraron dos veces el plan trimestral, $3.999 cada cargo, al toque "
    "uno del otro. La boleta del segundo es LO-INV-2804. ¿Me pueden devolver ese cobro duplicado po?\n\n"
    "Saludos cordiales,\nRodrigo Fuenzalida F.\nÑuñoa, Santiago\n")],
    [R("approve", "3999.00")],
    spec="L4: quarterly 3999.00 charged twice 2025-09-10; mail 2025-09-16 21:00 -03:00 = 2025-09-17 05:30 IST, "
         "day 7 (inside, L3); refund the later charge 3999.00.")

cust("yanelis.cardenas@nauta.cu", "Yanelis Cárdenas", "monthly", start="2025-09-01", end="2025-09-30")
lopay("es_p05", "LO-INV-2805", "yanelis.cardenas@nauta.cu", "monthly", "1499.00", "2025-09-01T12:00:00",
      "2025-09-01", "2025-09-30")
lopay("es_p06", "LO-INV-2806", "yanelis.cardenas@nauta.cu", "monthly", "1499.00", "2025-09-01T12:03:00",
      "2025-09-01", "2025-09-30")
t = d(2025, 9, 8, 15, 0, CU)
assert day("2025-09-01", t) == 8
case("es-l03-habana-dia-8-por-huso", LOB, "decided", [M(
    "Yanelis Cardenas <yanelis.cardenas@nauta.cu>", SUP, "cobro dos veces", t,
    "Buenas tardes compañeros,\n\nDisculpen la demora en escribir, aqui la conexion esta malisima y se fue "
    "la corriente casi toda la semana. El primero de septiembre me cobraron dos veces la mensualidad, "
    "facturas LO-INV-2805 y LO-INV-2806. Les pido que me reintegren el segundo cobro.\n\n"
    "Saludos desde La Habana,\nYanelis\n")],
    [R("deny")],
    spec="L3: charges 2025-09-01 IST; mail 2025-09-08 15:00 -04:00 = 2025-09-09 00:30 IST, day 8 in the "
         "brand's zone (day 7 in Havana): outside the 7-day window, deny.")

cust("jose.rivera.pr@outlook.com", "José Rivera", "monthly", start="2025-09-25", end="2025-10-24")
lopay("es_p07", "LO-INV-2807", "jose.rivera.pr@outlook.com", "annual", "11988.00", "2025-09-25T10:00:00",
      "2025-09-25", "2026-09-24")
t = d(2025, 9, 26, 9, 30, PR)
case("es-l04-pr-spanglish-plan-equivocado", LOB, "decided", [M(
    "Jose A. Rivera <jose.rivera.pr@outlook.com>", SUP, "RE: wrong plan charged / cobro plan anual", t,
    "Saludos,\n\nOk so les explico: yo hice el upgrade al plan mensual ayer pero me cobraron el plan anual, "
    "11,988.00 en vez de 1,499.00. Eso es un billing error, yo nunca escogí el anual. El invoice es "
    "LO-INV-2807. Necesito que me hagan el refund de ese cargo, porfa.\n\nBendiciones,\nJosé\nBayamón, PR\n\n"
    "Sent from my iPhone\n")],
    [R("escalate")],
    spec="L2 billing_error (charged the annual plan instead of the monthly one) inside the window (day 1): "
         "L5 escalate with charge LO-INV-2807, no amount.")

cust("karla.zelaya@tigo.hn", "Karla Zelaya", "quarterly", start="2025-09-24", end="2025-12-23")
lopay("es_p08", "LO-INV-2808", "karla.zelaya@tigo.hn", "quarterly", "3999.00", "2025-09-24T19:30:00",
      "2025-09-24", "2025-12-23")
t = d(2025, 9, 27, 8, 0, HN)
case("es-l05-tegucigalpa-no-puedo-entrar", LOB, "decided", [M(
    "Karla Zelaya <karla.zelaya@tigo.hn>", SUP, "No puedo entrar a la plataforma desde que pague", t,
    "Buenos días, fíjese que desde el miércoles que pagué el trimestre no puedo entrar a la plataforma, "
    "pongo mi correo y contraseña y me sale error, ya reseteé la clave dos veces y nada. Le escribí al chat "
    "y nadie me resolvió. Si no me lo pueden arreglar quiero que me devuelvan el pago, factura LO-INV-2808.\n\n"
    "Atentamente,\nKarla Zelaya\nTegucigalpa, M.D.C.\n")],
    [R("escalate")],
    spec="L2 access_failure ('no puedo entrar a la plataforma') inside the window (2025-09-24 -> 2025-09-27 "
         "IST, day 3): L6 escalate.")

cust("mauricio.henriquez@gmail.com", "Mauricio Henríquez", "monthly", start="2025-09-05", end="2025-10-04")
lopay("es_p09", "LO-INV-2809", "mauricio.henriquez@gmail.com", "monthly", "1499.00", "2025-09-05T11:00:00",
      "2025-09-05", "2025-10-04")
t = d(2025, 9, 17, 7, 45, SV)
assert day("2025-09-05", t) == 12
case("es-l06-san-salvador-acceso-tarde", LOB, "decided", [M(
    "Mauricio Henriquez <mauricio.henriquez@gmail.com>", SUP, "Reembolso por falta de acceso", t,
    "Buen día,\n\nVaya, les cuento que la plataforma no carga desde hace como dos semanas, se queda la "
    "pantalla en blanco. Por eso pido el reembolso de la mensualidad LO-INV-2809.\n\nMauricio\n"
    "San Salvador\n")],
    [R("deny")],
    spec="access_failure, but charge 2025-09-05 and request 2025-09-17 IST = day 12 > 7: L3 deny.")

cust("ernesto.solorzano@yahoo.com", "Ernesto Solórzano", "monthly", start="2025-09-26", end="2025-10-25")
lopay("es_p10", "LO-INV-2810", "ernesto.solorzano@yahoo.com", "monthly", "1499.00", "2025-09-26T10:00:00",
      "2025-09-26", "2025-10-25")
t = d(2025, 9, 28, 17, 20, NI)
case("es-l07-managua-ya-no-lo-ocupo", LOB, "decided", [M(
    "Ernesto Solorzano <ernesto.solorzano@yahoo.com>", SUP, "devolucion", t,
    "Que tal, buenas tardes. Mire, pagué el mes pero la verdad ya no lo ocupo, el negocio lo vamos a "
    "cerrar a fin de mes. Le pido que me devuelva lo del mes que no voy a usar (LO-INV-2810). Gracias "
    "de antemano, que esté bien.\n\nErnesto\nManagua, Nicaragua\n")],
    [R("deny")],
    spec="L1: not needing it any more is not an exception reason (clause 2: no partial refunds for unused "
         "days); deny inside the window, the reply offers cancellation.")

cust("direccion@bodegasarandadeduero.es", "Bodegas Aranda", "annual", start="2025-03-18", end="2026-03-17")
lopay("es_p11", "LO-INV-2811", "direccion@bodegasarandadeduero.es", "annual", "11988.00", "2025-03-18T10:00:00",
      "2025-03-18", "2026-03-17")
t = d(2025, 9, 23, 10, 5, MAD)
case("es-l08-aranda-baja-formal", LOB, "decided", [M(
    "Dirección Bodegas Aranda <direccion@bodegasarandadeduero.es>", SUP,
    "Solicitud de baja del servicio", t,
    "Muy señores míos:\n\nPor medio de la presente les comunico nuestra voluntad de dar de baja la "
    "suscripción anual de LeadsOptima contratada por esta bodega, dado que a partir del próximo ejercicio "
    "la captación de clientes la llevará la Denominación de Origen. Les rogamos que no se efectúe ninguna "
    "renovación.\n\nSin otro particular, reciban un cordial saludo.\n\nD. Gonzalo Arranz Peñalba\n"
    "Director Gerente\nBodegas Aranda S.L. - Aranda de Duero (Burgos)\n\n"
    "AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su "
    "destinatario. Si lo ha recibido por error, le rogamos lo comunique al remitente y proceda a su "
    "borrado. En cumplimiento del RGPD, le informamos de que sus datos serán tratados por Bodegas Aranda S.L.\n")],
    [X("cancel", "2026-03-17")],
    spec="L8: annual cancellation, active until current_period_end 2026-03-17; the RGPD disclaimer is no "
         "request and no threat.")

cust("jordi.puigvert@cal-puigvert.cat", "Jordi Puigvert", "quarterly", start="2025-08-20", end="2025-11-19")
lopay("es_p12", "LO-INV-2812", "jordi.puigvert@cal-puigvert.cat", "quarterly", "3999.00", "2025-08-20T10:00:00",
      "2025-08-20", "2025-11-19")
t = d(2025, 9, 22, 9, 10, BCN)
case("es-l09-vic-caro-baja-y-devolucion", LOB, "decided", [M(
    "Jordi Puigvert <jordi.puigvert@cal-puigvert.cat>", SUP, "Baixa / baja del plan", t,
    "Bon dia,\n\nOs escribo para daros de baja el plan trimestral. A nivel de resultados no nos ha "
    "funcionado, y de cara al invierno nos sale demasiado caro para una masía de turismo rural. Si podéis "
    "devolverme la parte que queda del trimestre, mejor, que no la vamos a aprovechar.\n\nMoltes gràcies,\n"
    "Jordi\nCal Puigvert - Turisme rural, Vic (Osona)\n")],
    [R("deny"), X("cancel", "2025-11-19")],
    spec="L1 'demasiado caro' and unused days are not exceptions: refund deny; L8 cancel, active until "
         "current_period_end 2025-11-19.")

cust("valentina.moya@entel.cl", "Valentina Moya", "quarterly")
lopay("es_p13", "LO-INV-2813", "valentina.moya@entel.cl", "quarterly", "3999.00", "2025-08-31T20:30:00Z",
      "2025-09-01", "2025-11-30")
t = d(2025, 9, 25, 12, 0, CL)
case("es-l10-valparaiso-baja-sin-periodo", LOB, "decided", [M(
    "Valentina Moya <valentina.moya@entel.cl>", SUP, "Cancelar suscripción", t,
    "Hola!\nQuiero cancelar mi plan trimestral, ya contratamos otra herramienta en la pega. No necesito "
    "devolución de nada, solo que no me vuelvan a cobrar.\n\nGracias!\nVale\nViña del Mar\n")],
    [X("cancel", "2025-11-30")],
    spec="L8 fallback (no current_period_end in the customer record): last charge 2025-08-31T20:30Z = "
         "2025-09-01 02:00 IST (section 8 offsets) + 3 months - 1 day = 2025-11-30. 'No necesito devolución' "
         "adds no refund intent.")

cust("facturacion@laceibatours.hn", "La Ceiba Tours", "monthly", start="2025-09-17", end="2025-10-16")
lopay("es_p14", "LO-INV-2814", "facturacion@laceibatours.hn", "monthly", "1499.00", "2025-09-17T19:30:00",
      "2025-09-17", "2025-10-16")
lopay("es_p15", "LO-INV-2815", "facturacion@laceibatours.hn", "monthly", "1499.00", "2025-09-17T19:30:30",
      "2025-09-17", "2025-10-16")
lopay("es_p16", "LO-INV-2816", "facturacion@laceibatours.hn", "monthly", "1499.00", "2025-09-19T19:30:00",
      "2025-09-17", "2025-10-16")
t = d(2025, 9, 24, 14, 0, HN)
assert day("2025-09-17", t) == 8 and day("2025-09-19", t) == 6
case("es-l11-la-ceiba-tres-cargos-uno-vencido", LOB, "decided", [M(
    "Facturación La Ceiba Tours <facturacion@laceibatours.hn>", SUP, "Tres cobros del mismo mes", t,
    "Buenas tardes,\n\nRevisando el estado de cuenta de la tarjeta empresarial encontramos tres cobros "
    "iguales de 1,499.00 por el mismo mes: dos el 17 de septiembre (LO-INV-2814 y LO-INV-2815) y otro el 19 "
    "(LO-INV-2816). Solo tenemos un plan mensual. Solicitamos la devolución de los cobros repetidos.\n\n"
    "Atte.,\nDoris Ávila\nContabilidad - La Ceiba Tours, Atlántida\n")],
    [R("approve", "1499.00")],
    spec="Section 8 three identical charges (same period 2025-09-17..10-16): the 2nd and 3rd are duplicates; "
         "request 2025-09-25 01:30 IST is day 8 for LO-INV-2815 (outside L3) and day 6 for LO-INV-2816: "
         "refund only the one inside, 1499.00.")

cust("gerencia@ferreteriaelgaucho.com.ar", "Ferretería El Gaucho", "annual", start="2025-09-20", end="2026-09-19")
lopay("es_p17", "LO-INV-2817", "gerencia@ferreteriaelgaucho.com.ar", "annual", "11988.00", "2025-09-20T10:00:00",
      "2025-09-20", "2026-09-19")
t = d(2025, 9, 23, 16, 0, AR)
case("es-l12-rosario-desde-gmail", LOB, "need_info", [M(
    "Walter Ferreyra <walterferreyra1971@gmail.com>", SUP, "Reintegro plan anual", t,
    "Buenas, soy Walter, el dueño de Ferretería El Gaucho de Rosario. La cuenta de LeadsOptima está a "
    "nombre de gerencia@ferreteriaelgaucho.com.ar pero les escribo desde mi Gmail porque el correo de la "
    "empresa se cayó. Me cobraron el plan anual dos veces y quiero el reintegro de uno, factura "
    "LO-INV-2817.\n\nSaludos\nWalter\n")],
    rules=["C2"],
    spec="C2: the sender (a Gmail address) is not the registered email he names: need_info, ask him to "
         "write from the registered address, no account details.")

cust("constanza.ibanez@inmobiliariasur.cl", "Constanza Ibáñez", "monthly", start="2025-09-21", end="2025-10-20")
lopay("es_p18", "LO-INV-2818", "constanza.ibanez@inmobiliariasur.cl", "monthly", "1499.00", "2025-09-21T10:00:00",
      "2025-09-21", "2025-10-20")
t = d(2025, 9, 24, 10, 30, CL)
case("es-l13-concepcion-rv-outlook-asistente", LOB, "need_info", [M(
    "Asistente Gerencia <asistente@inmobiliariasur.cl>", SUP, "RV: no puedo ingresar - reembolso", t,
    "Estimados, reenvío correo de doña Constanza. Quedo atenta.\n\nJaviera Soto\nAsistente de Gerencia\n\n"
    "________________________________\n"
    "De: Constanza Ibáñez <constanza.ibanez@inmobiliariasur.cl>\n"
    "Enviado: martes, 23 de septiembre de 2025 18:02\n"
    "Para: Asistente Gerencia <asistente@inmobiliariasur.cl>\n"
    "Asunto: no puedo ingresar - reembolso\n\n"
    "Javiera, mándale esto a LeadsOptima por favor: desde el domingo no puedo ingresar al panel, la "
    "cuenta es constanza.ibanez@inmobiliariasur.cl, plan mensual, factura LO-INV-2818. Si no lo arreglan "
    "que devuelvan la plata.\n\nConstanza\n")],
    rules=["C2"],
    spec="Section 8 forwards: the forwarded request names the registered email constanza.ibanez@, the "
         "sender is asistente@: C2 need_info, ask for the request from the registered address.")

cust("sergi.fontanet@gmail.com", "Sergi Fontanet", "monthly", start="2025-09-12", end="2025-10-11")
lopay("es_p19", "LO-INV-2819", "sergi.fontanet@gmail.com", "monthly", "1499.00", "2025-09-12T10:00:00",
      "2025-09-12", "2025-10-11")
t = d(2025, 9, 29, 8, 40, BCN)
case("es-l14-girona-reenvio-propio-baja", LOB, "decided", [M(
    "Sergi Fontanet <sergi.fontanet@gmail.com>", SUP, "Fwd: Baja", t,
    "Hola, os lo vuelvo a enviar porque no he tenido respuesta. Gràcies.\n\n"
    "---------- Missatge reenviat ---------\n"
    "De: Sergi Fontanet <sergi.fontanet@gmail.com>\n"
    "Data: dv., 26 de set. 2025 a les 19:14\n"
    "Assumpte: Baja\n"
    "Per a: <support@leadsoptima.com>\n\n"
    "Bona tarda, quiero dar de baja mi plan mensual. Me he jubilado y ya no hago de fotógrafo de bodas, "
    "así que no me hace falta. Gracias.\nSergi\n")],
    [X("cancel", "2025-10-11")],
    spec="Forward (Gmail in Catalan wording) of his own mail, sender = registered email (no C2): L8 cancel, "
         "active until current_period_end 2025-10-11.")

cust("pilar.sanz.abogados@telefonica.net", "Pilar Sanz", "monthly", start="2025-09-24", end="2025-10-23")
lopay("es_p20", "LO-INV-2820", "pilar.sanz.abogados@telefonica.net", "monthly", "1499.00", "2025-09-24T10:00:00",
      "2025-09-24", "2025-10-23")
t = d(2025, 9, 26, 12, 0, MAD)
case("es-l15-valladolid-sin-motivo", LOB, "need_info", [M(
    "Pilar Sanz <pilar.sanz.abogados@telefonica.net>", SUP, "Devolución factura LO-INV-2820", t,
    "Buenos días:\n\nSolicito la devolución del importe correspondiente a la factura LO-INV-2820.\n\n"
    "Quedo a la espera de sus noticias.\n\nUn saludo,\n\nPilar Sanz Calvo\nC/ Santiago 12, 2º izda.\n"
    "47001 Valladolid\nTel. 983 00 00 00\n\n"
    "Este correo electrónico y, en su caso, cualquier fichero anexo al mismo, contiene información de "
    "carácter confidencial exclusivamente dirigida a su destinatario.\n")],
    rules=[], missing=["reason"],
    spec="Section 8 'what a reason is': a restated request, signature, address and confidentiality notice "
         "are not a reason; plan (ledger) and invoice given: need_info reason (C3).")

cust("gaston.ledesma@hotmail.com", "Gastón Ledesma", "monthly", start="2025-09-19", end="2025-10-18")
lopay("es_p21", "LO-INV-2821", "gaston.ledesma@hotmail.com", "monthly", "1499.00", "2025-08-19T10:00:00",
      "2025-08-19", "2025-09-18")
lopay("es_p22", "LO-INV-2822", "gaston.ledesma@hotmail.com", "monthly", "1499.00", "2025-09-19T10:00:00",
      "2025-09-19", "2025-10-18")
t = d(2025, 9, 22, 13, 0, AR)
case("es-l16-cordoba-monto-mal-sin-factura", LOB, "need_info", [M(
    "Gastón Ledesma <gaston.ledesma@hotmail.com>", SUP, "me cobraron mal", t,
    "Que hacés, buenas. Me cobraron un monto equivocado, el resumen de la tarjeta dice otra cifra "
    "que la del plan que tengo. Quiero que me devuelvan la diferencia o todo, lo que corresponda.\n\n"
    "Abrazo\nGastón - Córdoba capital\n")],
    rules=[], missing=["invoice_number"],
    spec="C3: billing_error reason given, plan from the ledger, but the sender has two charges (August and "
         "September) and names no invoice: need_info invoice_number.")

cust("yaritza.mendez@prtc.net", "Yaritza Méndez", "monthly", start="2025-09-23", end="2025-10-22")
lopay("es_p23", "LO-INV-2823", "yaritza.mendez@prtc.net", "monthly", "1499.00", "2025-09-23T10:00:00",
      "2025-09-23", "2025-10-22")
lopay("es_p24", "LO-INV-2824", "yaritza.mendez@prtc.net", "monthly", "1499.00", "2025-09-23T10:04:00",
      "2025-09-23", "2025-10-22")
t1 = d(2025, 9, 24, 8, 0, PR)
t2 = d(2025, 9, 30, 19, 0, PR)
assert day("2025-09-23", t1) == 1 and day("2025-09-23", t2) == 8
case("es-l17-ponce-hilo-motivo-tardio", LOB, "decided", [
    M("Yaritza Mendez <yaritza.mendez@prtc.net>", SUP, "Refund factura LO-INV-2824", t1,
      "Hola, necesito un reembolso de la factura LO-INV-2824. Gracias.\nYaritza\n"),
    M("Yaritza Mendez <yaritza.mendez@prtc.net>", SUP, "Re: Refund factura LO-INV-2824 [LO-4141]", t2,
      "Perdón la tardanza, estuve sin luz después de la tormenta. El motivo: me cobraron dos veces el mismo "
      "mes, el 23, una factura detrás de la otra.\n\nYaritza\n\n"
      "El mié., 24 sept. 2025 a la(s) 9:12 p. m., LeadsOptima Support <support@leadsoptima.com> escribió:\n"
      "> Para continuar, indíquenos el motivo de su solicitud. [LO-4141]\n",
      headers={"_irt": "<lo-4141.reply@leadsoptima.com>"})],
    [R("approve", "1499.00")],
    spec="C3 thread: the answer gives the reason (duplicate). Request time = first mail, 2025-09-24 17:30 IST "
         "(day 1), although the answer came on day 8: L4 approve the later charge 1499.00.")

cust("marc.roca@rocaimpressions.cat", "Marc Roca", "quarterly", start="2025-09-25", end="2025-12-24")
lopay("es_p25", "LO-INV-2825", "marc.roca@rocaimpressions.cat", "quarterly", "3999.00", "2025-06-25T10:00:00",
      "2025-06-25", "2025-09-24")
lopay("es_p26", "LO-INV-2826", "marc.roca@rocaimpressions.cat", "quarterly", "3999.00", "2025-09-25T10:00:00",
      "2025-09-25", "2025-12-24")
lopay("es_p27", "LO-INV-2827", "marc.roca@rocaimpressions.cat", "quarterly", "3999.00", "2025-09-25T10:06:00",
      "2025-09-25", "2025-12-24")
t1 = d(2025, 9, 27, 10, 0, BCN)
t2 = d(2025, 9, 29, 9, 0, BCN)
case("es-l18-sabadell-hilo-factura-con-barras", LOB, "decided", [
    M("Marc Roca <marc.roca@rocaimpressions.cat>", SUP, "Cobro repetido", t1,
      "Hola, bon dia. Nos habéis cobrado dos veces la renovación del trimestre. Queremos que se devuelva "
      "uno de los dos cobros.\nMarc Roca - Roca Impressions, Sabadell\n"),
    M("Marc Roca <marc.roca@rocaimpressions.cat>", SUP, "Re: Cobro repetido [LO-4152]", t2,
      "La factura del segundo cobro es la lo/inv/2827.\nMarc\n\n"
      "El 27/9/2025 a las 14:03, LeadsOptima Support escribió:\n"
      "> Indíquenos el número de factura del cargo. [LO-4152]\n",
      headers={"_irt": "<lo-4152.reply@leadsoptima.com>"})],
    [R("approve", "3999.00")],
    spec="C3 thread: the sender has three charges, so the invoice was asked; answer 'lo/inv/2827' matches "
         "LO-INV-2827 (section 8 invoice references). Two paid charges 2025-09-25 same period; request "
         "2025-09-27 IST, day 2: L4 approve 3999.00.")

cust("nico.pereyra.ok@gmail.com", "Nicolás Pereyra", "monthly", start="2025-09-25", end="2025-10-24")
lopay("es_p28", "LO-INV-2828", "nico.pereyra.ok@gmail.com", "monthly", "1499.00", "2025-09-25T10:00:00",
      "2025-09-25", "2025-10-24")
t = d(2025, 9, 27, 23, 50, AR)
case("es-l19-mendoza-contracargo", LOB, "decided", [M(
    "Nico Pereyra <nico.pereyra.ok@gmail.com>", SUP, "DEVUELVANME LA PLATA", t,
    "Loco no puedo creer, pagué el jueves y la plataforma no me anda, no carga nada. Ya les mandé tres "
    "mensajes por el chat. Si mañana no tengo la devolución de la factura LO-INV-2828 hago el "
    "contracargo con la tarjeta y listo, desconozco la compra en el banco.\n\nNico\n")],
    [R("escalate")], rules=["C4"],
    spec="C4: a chargeback threat ('contracargo', 'desconozco la compra') escalates the case, whatever the "
         "access_failure rule would say.")

cust("admin@vinotecaelsur.com.ar", "Vinoteca El Sur", "quarterly", start="2025-08-01", end="2025-10-31")
lopay("es_p29", "LO-INV-2829", "admin@vinotecaelsur.com.ar", "quarterly", "3999.00", "2025-08-01T10:00:00",
      "2025-08-01", "2025-10-31")
t = d(2025, 9, 29, 10, 0, AR)
case("es-l20-bariloche-defensa-consumidor-baja", LOB, "decided", [M(
    "Vinoteca El Sur <admin@vinotecaelsur.com.ar>", SUP, "Baja inmediata", t,
    "Buen día. Damos de baja el plan trimestral. Les aviso que ya hice la denuncia en Defensa del "
    "Consumidor porque nos siguen llegando mails de cobro y mi abogado está al tanto.\n\n"
    "Andrea - Vinoteca El Sur, Bariloche\n")],
    [X("escalate")], rules=["C4"],
    spec="C4 covers the whole case (section 8): consumer-protection complaint and lawyer named, so the "
         "cancellation is escalated too.")

cust("teresa.vallbona@xtec.cat", "Teresa Vallbona", "annual", start="2025-09-23", end="2026-09-22")
lopay("es_p30", "LO-INV-2830", "teresa.vallbona@xtec.cat", "annual", "11988.00", "2025-09-23T10:00:00",
      "2025-09-23", "2026-09-22")
lopay("es_p31", "LO-INV-2831", "teresa.vallbona@xtec.cat", "annual", "11988.00", "2025-09-23T10:01:00",
      "2025-09-23", "2026-09-22")
t = d(2025, 9, 25, 18, 0, BCN)
case("es-l21-lleida-descarta-reclamar", LOB, "decided", [M(
    "Teresa Vallbona <teresa.vallbona@xtec.cat>", SUP, "Doble cargo plan anual", t,
    "Bona tarda,\n\nMe habéis cobrado dos veces el plan anual el día 23 (LO-INV-2830 y LO-INV-2831). No "
    "tengo ninguna intención de reclamar al banco ni de poner una reclamación en consumo, seguro que es un "
    "error vuestro y lo arregláis rápido: solo os pido que me devolváis el segundo cargo.\n\n"
    "Salutacions,\nTeresa\nLleida\n")],
    [R("approve", "11988.00")],
    spec="Section 8: a dispute the customer rules out is no C4 threat. Duplicate annual 2025-09-23, request "
         "day 2: L4 approve the later charge 11988.00.")

cust("carmen.delgado.pr@gmail.com", "Carmen Delgado", "monthly", start="2025-09-26", end="2025-10-25")
lopay("es_p32", "LO-INV-2832", "carmen.delgado.pr@gmail.com", "monthly", "1499.00", "2025-09-26T10:00:00",
      "2025-09-26", "2025-10-25")
t = d(2025, 9, 29, 10, 0, PR)
case("es-l22-san-juan-abogado-mencion", LOB, "decided", [M(
    "Carmen Delgado <carmen.delgado.pr@gmail.com>", SUP, "cargo despues de cancelar", t,
    "Buenos días. Yo cancelé la suscripción en agosto y el viernes me cobraron otra vez el mes, factura "
    "LO-INV-2832. Mi abogado me recomendó que les escribiera primero antes de hacer nada más. Favor de "
    "devolverme ese cargo.\n\nCarmen Delgado\nSan Juan, Puerto Rico\n")],
    [R("escalate")], rules=["C4"],
    spec="C4: the mail mentions the customer's lawyer (section 2: mentions of lawyers escalate); the "
         "billing_error inside the window would be escalate (L5) anyway.")

t = d(2025, 9, 26, 6, 0, MAD)
case("es-l23-fuera-de-oficina", LOB, "ignore", [M(
    "Pilar Sanz <pilar.sanz.abogados@telefonica.net>", SUP, "Respuesta automática: Re: Devolución [LO-4160]", t,
    "Estaré fuera del despacho hasta el 6 de octubre sin acceso al correo. Para asuntos urgentes llame "
    "al 983 00 00 01.\n",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
             "_irt": "<lo-4160.reply@leadsoptima.com>"})],
    rules=["C7"], spec="C7: Auto-Submitted auto-replied out-of-office (even from a registered customer): ignore.")

t = d(2025, 9, 25, 7, 0, AR)
case("es-l24-boletin-lista", LOB, "ignore", [M(
    "Cámara de Comercio Digital <novedades@camaradigital.org.ar>", SUP,
    "Newsletter septiembre: reembolsos, bajas y contracargos en e-commerce", t,
    "Boletín mensual de la Cámara. En este número: cómo gestionar pedidos de reembolso y bajas, y qué "
    "hacer ante un contracargo. Para darse de baja de esta lista responda BAJA.\n",
    headers={"Precedence": "bulk", "List-Id": "Novedades CCD <novedades.camaradigital.org.ar>",
             "List-Unsubscribe": "<mailto:baja@camaradigital.org.ar>"})],
    rules=["C7"], spec="C7: Precedence bulk and List-Id (a mailing list), even with refund words: ignore.")

t = d(2025, 9, 27, 3, 0, CU)
case("es-l25-rebote-postmaster", LOB, "ignore", [M(
    "Mail Delivery System <postmaster@nauta.cu>", SUP,
    "Notificación de estado de entrega (fallo)", t,
    "No se pudo entregar el mensaje a yanelis.c@nauta.cu: buzón lleno.\n\n"
    "Asunto original: Re: cobro dos veces [LO-4133]\n")],
    rules=["C7"], spec="C7: postmaster sender, delivery-status notice: ignore.")

cust("alberto.gil@gilasesores.es", "Alberto Gil", "annual", start="2025-01-15", end="2026-01-14")
lopay("es_p33", "LO-INV-2833", "alberto.gil@gilasesores.es", "annual", "11988.00", "2025-01-15T10:00:00",
      "2025-01-15", "2026-01-14")
t = d(2025, 9, 24, 17, 0, MAD)
case("es-l26-segovia-cambiar-tarjeta", LOB, "other", [M(
    "Alberto Gil <alberto.gil@gilasesores.es>", SUP, "Cambio de tarjeta y datos fiscales", t,
    "Hola, buenas tardes:\n\nNos han cambiado la tarjeta de empresa. ¿Cómo actualizo el medio de pago para "
    "la renovación de enero? Y otra cosa: en las facturas aparece el CIF antiguo, ¿se puede poner el "
    "nuevo (B40000000)?\n\nGracias,\nAlberto Gil - Gil Asesores, Segovia\n")],
    spec="Questions about the payment card and tax data: no refund or cancellation asked: other.")

t = d(2025, 9, 28, 11, 0, SV)
case("es-l27-san-salvador-gracias", LOB, "other", [M(
    "Mauricio Henriquez <mauricio.henriquez@gmail.com>", SUP, "Re: Reembolso por falta de acceso [LO-4144]", t,
    "Muchas gracias por la explicación, ya entendí lo del plazo de 7 días. Ya me funciona la plataforma "
    "otra vez, así que todo bien. Que pasen buen domingo.\n\nMauricio\n\n"
    "> Lamentamos informarle que su solicitud está fuera del plazo de 7 días... [LO-4144]\n",
    headers={"_irt": "<lo-4144.reply@leadsoptima.com>"})],
    spec="A thank-you with no new request: other.")

cust("osmany.perez@gmail.com", "Osmany Pérez", "annual", start="2025-06-10", end="2026-06-09")
lopay("es_p34", "LO-INV-2834", "osmany.perez@gmail.com", "annual", "11988.00", "2025-06-10T10:00:00",
      "2025-06-10", "2026-06-09")
t = d(2025, 9, 23, 9, 0, CU)
case("es-l28-santiago-de-cuba-no-quiero-reembolso", LOB, "other", [M(
    "Osmany Perez <osmany.perez@gmail.com>", SUP, "pregunta sobre la renovacion", t,
    "Saludos asere, una pregunta nada mas. No quiero reembolso ni cancelar, estoy contento con el "
    "servicio. Solo quiero saber que dia exacto se renueva mi plan anual para tener el dinero en la "
    "tarjeta, que aqui mandarlo de afuera demora.\n\nOsmany\nSantiago de Cuba\n")],
    spec="Section 8 negation: 'no quiero reembolso ni cancelar' adds no intent; a renewal-date question: other.")

t = d(2025, 9, 25, 15, 0, HN)
case("es-l29-san-pedro-sula-antes-de-comprar", LOB, "other", [M(
    "Dania Bonilla <dania.bonilla.sps@gmail.com>", SUP, "consulta plan anual", t,
    "Hola buenas tardes, estoy pensando contratar el plan anual para mi tienda de ropa en San Pedro Sula. "
    "Si lo pago y a los dos meses no me sirve, ¿me devolverían el dinero? ¿Y si me cobran dos veces por "
    "error cuánto tiempo tengo para avisar?\n\nGracias, Dania\n")],
    spec="Section 8 hypotheticals: policy questions before buying (not in the ledger, no request): other.")

cust("catalina.rojas@uc.cl", "Catalina Rojas", "monthly", status="trial", trial_ends="2025-10-08")
t = d(2025, 9, 27, 12, 0, CL)
case("es-l30-temuco-prueba-gratis", LOB, "decided", [M(
    "Catalina Rojas <catalina.rojas@uc.cl>", SUP, "Reembolso de la prueba", t,
    "Hola, me inscribí en la prueba gratis hace una semana y la verdad no era lo que buscaba para mi tesis. "
    "Quiero que me devuelvan lo que pagué por favor.\n\nCata\nTemuco\n")],
    [R("deny")],
    spec="L7: the account is on a free trial (trial_ends 2025-10-08) with no charges: deny, nothing to "
         "refund; no billing occurs unless she subscribes.")

cust("compras@distribuidoralaunion.com.ni", "Distribuidora La Unión", "annual", start="2025-09-24",
     end="2026-09-23")
lopay("es_p35", "LO-INV-2835", "compras@distribuidoralaunion.com.ni", "annual", "11988.00", "2025-09-24T19:30:00",
      "2025-09-24", "2026-09-23")
lopay("es_p36", "LO-INV-2836", "compras@distribuidoralaunion.com.ni", "annual", "11988.00", "2025-09-24T19:32:00",
      "2025-09-24", "2026-09-23")
t = d(2025, 9, 26, 9, 0, NI)
case("es-l31-leon-html-outlook", LOB, "decided", [M(
    "Compras Distribuidora La Union <compras@distribuidoralaunion.com.ni>", SUP, "Cargo duplicado", t,
    "<html><head><meta charset=\"utf-8\"></head><body><div style=\"font-family:Calibri\">"
    "<p>Estimados señores:</p><p>Por este medio les informamos que en el estado de cuenta de nuestra "
    "tarjeta corporativa aparecen <b>dos cargos</b> por la suscripción anual del día 24/09/2025, por "
    "<b>INR 11,988.00</b> cada uno. Se trata de un <u>pago duplicado</u>. Les solicitamos la devolución del "
    "segundo cargo, factura <b>LO-INV-2836</b>.</p><p>Sin más a que hacer referencia,</p>"
    "<p>Lic. Róger Espinoza<br>Jefe de Compras<br>Distribuidora La Unión S.A. &ndash; León, Nicaragua</p>"
    "</div></body></html>", html=True)],
    [R("approve", "11988.00")],
    spec="HTML-only mail. L4: two paid annual charges 2025-09-24 same period, request day 2: approve the "
         "later charge 11988.00.")

cust("gioconda.marenco@gmail.com", "Gioconda Marenco", "monthly", start="2025-09-25", end="2025-10-24")
lopay("es_p37", "LO-INV-2837", "gioconda.marenco@gmail.com", "monthly", "1499.00", "2025-09-25T19:30:00",
      "2025-09-25", "2025-10-24")
t = d(2025, 9, 28, 20, 0, NI)
case("es-l32-granada-nic-larguisimo-cobro-tras-baja", LOB, "decided", [M(
    "Gioconda Marenco <gioconda.marenco@gmail.com>", SUP, "varias cosas", t,
    "Buenas noches, disculpe que le escriba tan largo. Le cuento que tengo un hostal en Granada y el año "
    "pasado usé su plataforma para los clientes de temporada alta, y me fue bien, de verdad se lo "
    "agradezco. Este año la temporada está floja por la situación y por eso en agosto cancelé la "
    "suscripción desde el panel, me salió el mensajito verde de que estaba cancelada. Pero resulta que el "
    "jueves 25 me cobraron otra vez 1,499 después de haber cancelado, la factura dice LO-INV-2837. Eso sí "
    "le pido que me lo devuelvan porque yo ya había cancelado. Por lo demás, mi sobrino dice que le "
    "pregunte si tienen descuento para ONG, que él trabaja en una. Y que si la plataforma va a estar en "
    "inglés también.\n\nMuchas gracias y bendiciones,\nGioconda\n")],
    [R("escalate")],
    spec="Long mail, request in the middle: L2 billing_error (charged after cancelling) inside the window "
         "(2025-09-25 -> 2025-09-29 IST, day 4): L5 escalate; the NGO and language questions are not intents.")

cust("nuria.casals@casalsgestio.com", "Núria Casals", "monthly", start="2025-09-15", end="2025-10-14")
lopay("es_p38", "LO-INV-2838", "nuria.casals@casalsgestio.com", "monthly", "1499.00", "2025-09-15T10:00:00",
      "2025-09-15", "2025-10-14")
lopay("es_p39", "LO-INV-2839", "nuria.casals@casalsgestio.com", "monthly", "1499.00", "2025-09-15T10:00:40",
      "2025-09-15", "2025-10-14")
t = d(2025, 9, 24, 9, 0, BCN)
assert day("2025-09-15", t) == 9
case("es-l33-tarragona-doble-dia-9", LOB, "decided", [M(
    "Núria Casals <nuria.casals@casalsgestio.com>", SUP, "Cobrament duplicat / cobro duplicado", t,
    "Bon dia,\n\nHe visto ahora, al hacer la conciliación bancaria del mes, que el día 15 se nos cobró "
    "dos veces la cuota mensual (LO-INV-2838 y LO-INV-2839). Os agradecería que retornarais el segundo "
    "cobro.\n\nAtentament,\nNúria Casals\nCasals Gestió - Tarragona\n")],
    [R("deny")],
    spec="Duplicate, but charges 2025-09-15 and request 2025-09-24 IST = day 9 > 7: L3 deny.")

cust("luis.a.reyes@gmail.com", "Luis Alberto Reyes", "monthly", start="2025-09-26", end="2025-10-25")
lopay("es_p40", "LO-INV-2840", "luis.a.reyes@gmail.com", "monthly", "1499.00", "2025-09-26T20:00:00",
      "2025-09-26", "2025-10-25")
lopay("es_p41", "LO-INV-2841", "luis.a.reyes@gmail.com", "monthly", "1499.00", "2025-09-26T20:01:00",
      "2025-09-26", "2025-10-25", status="refunded")
t = d(2025, 9, 29, 9, 0, SV)
case("es-l34-soyapango-cargo-ya-devuelto", LOB, "decided", [M(
    "Luis Alberto Reyes <luis.a.reyes@gmail.com>", SUP, "cobro doble LO-INV-2841", t,
    "Buenos días. El viernes me cobraron dos veces la mensualidad, la segunda es la LO-INV-2841. Pido "
    "el reembolso de esa.\n\nLuis Alberto Reyes\nSoyapango\n")],
    [R("escalate")],
    spec="Section 8: the charge named (LO-INV-2841) is not paid (status refunded): a refund of it is escalate.")

cust("ines.moreno@gmail.com", "Inés Moreno", "monthly", start="2025-09-24", end="2025-10-23")
lopay("es_p42", "LO-INV-2842", "ines.moreno@gmail.com", "monthly", "1499.00", "2025-09-24T10:00:00",
      "2025-09-24", "2025-10-23")
t = d(2025, 9, 26, 20, 0, MAD)
case("es-l35-toledo-alias-con-mas", LOB, "need_info", [M(
    "Inés Moreno <ines.moreno+leads@gmail.com>", SUP, "No me deja entrar", t,
    "Hola, desde que pagué el día 24 no me deja entrar en la cuenta, me dice que la contraseña es "
    "incorrecta y el enlace para recuperarla no llega. Quiero la devolución de la factura LO-INV-2842 si no "
    "se soluciona.\nInés\n")],
    rules=["C2"],
    spec="Section 8 addresses: ines.moreno+leads@ is another address than registered ines.moreno@: C2 "
         "need_info (write from the registered address).")

cust("marketing@hotelplazamayor.es", "Hotel Plaza Mayor", "quarterly", start="2025-07-10", end="2025-10-09")
lopay("es_p43", "LO-INV-2843", "marketing@hotelplazamayor.es", "quarterly", "3999.00", "2025-07-10T10:00:00",
      "2025-07-10", "2025-10-09")
t = d(2025, 9, 30, 11, 0, MAD)
case("es-l36-madrid-baja-y-factura", LOB, "decided", [M(
    "Marketing Hotel Plaza Mayor <marketing@hotelplazamayor.es>", SUP,
    "Baja + duplicado de factura", t,
    "Buenos días:\n\nOs escribimos por dos temas:\n1) Queremos dar de baja el plan trimestral al final "
    "del periodo actual; la cadena ha centralizado el marketing en Barcelona. No pedimos reembolso.\n"
    "2) ¿Nos podéis enviar la factura LO-INV-2843 con la razón social completa (Hotel Plaza Mayor "
    "Madrid, S.L.)? La necesitamos para el cierre trimestral.\n\nGracias,\nEquipo de Marketing\n")],
    [X("cancel", "2025-10-09")],
    spec="L8: cancel, active until current_period_end 2025-10-09; 'no pedimos reembolso' adds no refund "
         "intent; the invoice-copy request is not a refund or cancellation.")

cust("ramon.tejeda@gmail.com", "Ramón Tejeda", "annual", start="2025-09-25", end="2026-09-24")
lopay("es_p44", "LO-INV-2844", "ramon.tejeda@gmail.com", "annual", "11988.00", "2025-09-25T10:00:00",
      "2025-09-25", "2026-09-24")
lopay("es_p45", "LO-INV-2845", "ramon.tejeda@gmail.com", "annual", "11988.00", "2025-09-25T10:00:50",
      "2025-09-25", "2026-09-24")
t = d(2025, 9, 27, 8, 0, CU)
case("es-l37-camaguey-dictado-monto-en-letras", LOB, "decided", [M(
    "Ramon Tejeda <ramon.tejeda@gmail.com>", SUP, "cobro", t,
    "buenos dias les habla ramon tejeda de camaguey el dia veinticinco me cobraron dos veces el plan anual "
    "me salieron dos cobros de catorce mil ciento y pico cada uno creo que con los impuestos la factura del "
    "segundo es la lo inv 2845 quiero que me devuelvan ese segundo cobro muchas gracias\n\n"
    "enviado desde mi telefono\n")],
    [R("approve", "11988.00")],
    spec="L4: two paid annual charges 2025-09-25 same period, request day 2. The amount said by voice "
         "(14.100-odd with taxes) is not trusted: refund the ledger's pre-tax amount 11988.00 (C6); "
         "'lo inv 2845' = LO-INV-2845.")

cust("pablo.echeverria@gmail.com", "Pablo Echeverría", "monthly", start="2025-09-22", end="2025-10-21")
lopay("es_p46", "LO-INV-2846", "pablo.echeverria@gmail.com", "monthly", "1499.00", "2025-08-22T10:00:00",
      "2025-08-22", "2025-09-21")
lopay("es_p47", "LO-INV-2847", "pablo.echeverria@gmail.com", "monthly", "1499.00", "2025-09-22T10:00:00",
      "2025-09-22", "2025-10-21")
t = d(2025, 9, 24, 10, 0, AR)
case("es-l38-la-plata-doble-que-es-renovacion", LOB, "decided", [M(
    "Pablo Echeverría <pablo.echeverria@gmail.com>", SUP, "Me cobraron doble", t,
    "Hola, en el resumen me aparecen dos cobros iguales de LeadsOptima, 1.499 cada uno, me cobraron doble. "
    "Pido la devolución del último, el LO-INV-2847.\nSaludos, Pablo (La Plata)\n")],
    [R("escalate")],
    spec="L4: 'me cobraron doble' is duplicate_payment inside the window (day 2), but the two charges are "
         "for different billing periods (August and September renewals): no duplicate pair, escalate.")

cust("oficina@talleresbierzo.es", "Talleres Bierzo", None, start="2025-09-28", end="2025-10-27")
t = d(2025, 9, 30, 9, 30, MAD)
case("es-l39-ponferrada-baja-sin-plan", LOB, "need_info", [M(
    "Talleres Bierzo <oficina@talleresbierzo.es>", SUP, "Baja de la cuenta", t,
    "Buenos días:\n\nLes pedimos que den de baja nuestra cuenta de LeadsOptima, que la contrató el "
    "anterior encargado y no sabemos ni qué modalidad tenemos. Cerramos el taller por jubilación a final "
    "de año.\n\nSaludos,\nMari Carmen\nTalleres Bierzo - Ponferrada (León)\n")],
    rules=[], missing=["plan"],
    spec="C3: a cancellation needs the plan; the ledger record (migrated account) has no plan and no charges, "
         "and the customer does not know it: need_info plan (the reason is given and does not hold a "
         "LeadsOptima cancellation up anyway).")

# ---------------------------------------------------------------------------------------------
# Optima WebDesign
# ---------------------------------------------------------------------------------------------

proj("Cerveceria Patagonica Web", "hola@cerveceriapatagonica.com.ar")
owpay("es_o01", "OWD-2025-801", "Cerveceria Patagonica Web", "deposit", "25000.00", "4500.00",
      "2025-09-27T19:30:00")
t = d(2025, 9, 28, 20, 0, AR)
assert hours("2025-09-27T19:30:00", t) == 33
case("es-o01-neuquen-sena-48h", OWB, "decided", [M(
    "Cervecería Patagónica <hola@cerveceriapatagonica.com.ar>", OWDTO,
    "Refund Request — Cerveceria Patagonica Web / OWD-2025-801", t,
    "Hola equipo!\n\nAyer les transferimos la seña del proyecto Cerveceria Patagonica Web (OWD-2025-801). "
    "Hoy el socio mayoritario decidió que la web la hace su cuñado, así que les pedimos la devolución de "
    "la seña. Perdón por el lío.\n\nAbrazo,\nFlorencia - Cervecería Patagónica, Neuquén\n")],
    [R("approve", "25000.00")],
    spec="O2: deposit paid 2025-09-27 19:30 IST (11:00 in Neuquén), request 2025-09-29 04:30 IST (33 h, < 72 h), no work "
         "started: approve 25000.00 before tax.")

proj("Clinica Dental Providencia", "gerencia@dentalprovidencia.cl")
owpay("es_o02", "OWD-2025-802", "Clinica Dental Providencia", "deposit", "30000.00", "5400.00",
      "2025-09-22T17:30:00")
t = d(2025, 9, 25, 9, 0, CL)
assert hours("2025-09-22T17:30:00", t) == 72
case("es-o02-providencia-72-horas-exactas", OWB, "decided", [M(
    "Gerencia Dental Providencia <gerencia@dentalprovidencia.cl>", OWDTO, "Anulación y devolución del anticipo", t,
    "Estimados:\n\nSolicitamos la devolución del anticipo del proyecto Clinica Dental Providencia, factura "
    "OWD-2025-802. El directorio postergó la renovación de la imagen corporativa para el próximo año.\n\n"
    "Atentamente,\nDra. Paulina Araya\nGerente General\n")],
    [R("deny")],
    spec="O2 / section 8: deposit 2025-09-22 17:30 IST (09:00 in Santiago); mail 2025-09-25 09:00 -03:00 = 2025-09-25 17:30 IST, "
         "exactly 72 h: not before 72 h, deny.")

proj("Taller Ceramica Malasana", "taller@ceramicamalasana.es", "2025-09-24T10:00:00")
owpay("es_o03", "OWD-2025-803", "Taller Ceramica Malasana", "deposit", "12000.00", "2160.00",
      "2025-09-23T10:00:00")
t = d(2025, 9, 24, 14, 0, MAD)
case("es-o03-malasana-trabajo-empezado", OWB, "decided", [M(
    "Taller Cerámica Malasaña <taller@ceramicamalasana.es>", OWDTO, "Devolución depósito", t,
    "Hola!\n\nOs pagamos ayer el depósito de la tienda online (Taller Ceramica Malasana, OWD-2025-803) "
    "pero hemos visto que con Etsy nos apañamos, así que preferimos no seguir. ¿Nos devolvéis el "
    "depósito?\n\nUn abrazo,\nBea y Nacho\n")],
    [R("deny")],
    spec="O2: work started 2025-09-24 10:00 IST, before the request (2025-09-24 17:30 IST) and before 72 h: "
         "'whichever occurs first' has passed: deny.")

proj("Paladar La Bodeguita Web", "reservas.bodeguita@gmail.com")
owpay("es_o04", "OWD-2025-804", "Paladar La Bodeguita Web", "discovery", "8000.00", "1440.00",
      "2025-09-20T10:00:00")
t = d(2025, 9, 26, 10, 0, CU)
case("es-o04-habana-discovery-sin-sesion", OWB, "decided", [M(
    "Paladar La Bodeguita <reservas.bodeguita@gmail.com>", OWDTO, "reembolso de la consulta inicial", t,
    "Buenos dias. Pagamos la sesion de descubrimiento del proyecto Paladar La Bodeguita Web, factura "
    "OWD-2025-804, pero todavia no hemos tenido ninguna reunion. Con la situacion de los apagones no "
    "podemos mantener una pagina web ahora mismo. Queremos la devolucion.\n\nReinaldo\nLa Habana Vieja\n")],
    [R("approve", "8000.00")],
    spec="O1: discovery with work_started_at empty (no session held): refundable in full, 8000.00 before tax.")

proj("Panaderia Ortiz Caguas", "panaderiaortiz@yahoo.com", "2025-09-15T19:30:00")
owpay("es_o05", "OWD-2025-805", "Panaderia Ortiz Caguas", "discovery", "6000.00", "1080.00",
      "2025-09-12T10:00:00")
t = d(2025, 9, 24, 10, 0, PR)
case("es-o05-caguas-discovery-ya-hecha", OWB, "decided", [M(
    "Panadería Ortiz <panaderiaortiz@yahoo.com>", OWDTO, "refund discovery", t,
    "Buenas, tuvimos la reunión de discovery el 15 pero la verdad no nos convenció la propuesta, "
    "demasiado cara para una panadería. Queremos el refund de la factura OWD-2025-805, proyecto Panaderia "
    "Ortiz Caguas.\n\nWanda Ortiz\nCaguas, PR\n")],
    [R("deny")],
    spec="O1: the discovery session took place (work_started_at 2025-09-15, before the request): deny.")

proj("Cafe Copan Exportadora", "exportaciones@cafecopan.hn", "2025-09-01T10:00:00")
owpay("es_o06", "OWD-2025-806", "Cafe Copan Exportadora", "milestone", "18500.00", "3330.00",
      "2025-09-10T10:00:00", milestone_status="not_started")
t = d(2025, 9, 26, 9, 0, HN)
case("es-o06-copan-hito-no-iniciado", OWB, "decided", [M(
    "Exportaciones Café Copán <exportaciones@cafecopan.hn>", OWDTO, "Devolución hito 3 - tienda en inglés", t,
    "Estimado equipo de Optima:\n\nDe los hitos del proyecto Cafe Copan Exportadora, el del catálogo en "
    "inglés (factura OWD-2025-806) no lo vamos a necesitar, porque el comprador de Hamburgo cerró el "
    "contrato por otra vía. Entendemos que ese hito no ha empezado, por lo que pedimos su devolución. "
    "Los demás siguen igual.\n\nCordialmente,\nIng. Marlon Paz\nSanta Rosa de Copán\n")],
    [R("approve", "18500.00")],
    spec="O3: milestone OWD-2025-806 not_started: refund that milestone's amount 18500.00 before tax.")

proj("Pupuseria La Ceiba App", "pupuserialaceiba@gmail.com", "2025-08-20T10:00:00")
owpay("es_o07", "OWD-2025-807", "Pupuseria La Ceiba App", "milestone", "22000.00", "3960.00",
      "2025-09-05T10:00:00", milestone_status="in_progress")
t = d(2025, 9, 29, 10, 0, SV)
case("es-o07-pupuseria-hito-en-curso", OWB, "decided", [M(
    "Pupusería La Ceiba <pupuserialaceiba@gmail.com>", OWDTO, "quiero que me devuelvan el hito de pedidos", t,
    "Buenos días, mire, el módulo de pedidos a domicilio (OWD-2025-807) del proyecto Pupuseria La Ceiba App "
    "va a medias y ya no lo queremos porque nos metimos a una app de delivery que cobra menos. Pedimos que "
    "nos devuelvan lo de ese hito.\n\nDon Chepe\nSanta Tecla\n")],
    [R("escalate")],
    spec="O3: milestone in_progress: the billable value of work not started needs a person (interp.): escalate.")

proj("Hotel Colonial Granada", "recepcion@hotelcolonialgranada.ni", "2025-08-01T10:00:00")
owpay("es_o08", "OWD-2025-808", "Hotel Colonial Granada", "milestone", "15000.00", "2700.00",
      "2025-08-20T10:00:00", milestone_status="approved")
t = d(2025, 9, 25, 9, 0, NI)
case("es-o08-granada-hito-aprobado", OWB, "decided", [M(
    "Hotel Colonial <recepcion@hotelcolonialgranada.ni>", OWDTO, "Reembolso diseño", t,
    "Buen día. Aprobamos el diseño de la página (OWD-2025-808, Hotel Colonial Granada) en agosto, pero "
    "ahora el dueño dice que no le gusta el color. Solicitamos el reembolso de ese pago.\n\nRecepción\n")],
    [R("deny")],
    spec="O3 / O6: the milestone is approved (a completed or approved deliverable): deny.")

proj("Escola de Musica Gracia", "administracio@escolamusicagracia.cat", "2025-01-10T10:00:00")
owpay("es_o09", "OWD-2025-809", "Escola de Musica Gracia", "retainer", "9000.00", "1620.00",
      "2025-09-10T10:00:00", period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10")
t = d(2025, 9, 26, 11, 0, BCN)
assert date(2025, 9, 26) <= date(2025, 10, 10) - timedelta(days=7)
case("es-o09-gracia-retainer-aviso-suficiente", OWB, "decided", [M(
    "Escola de Música Gràcia <administracio@escolamusicagracia.cat>", OWDTO,
    "Cancel·lació / cancelación mantenimiento mensual", t,
    "Bon dia,\n\nOs comunicamos que queremos cancelar el contrato de mantenimiento mensual de la web "
    "(proyecto Escola de Musica Gracia, última factura OWD-2025-809). El motivo es que el Ayuntamiento "
    "nos ha integrado en la web municipal de escuelas y ya no necesitamos la nuestra. No queremos que se "
    "nos cobre el mes que viene.\n\nMoltes gràcies,\nMontse Ribas\nAdministració\n")],
    [X("cancel", "2025-10-09")],
    spec="O4 / O8: notice 2025-09-26 IST is on or before 2025-10-10 - 7 = 2025-10-03: the next charge is "
         "avoided, effective the day before next_billing_at, 2025-10-09.")

proj("Inmobiliaria Vitacura", "contacto@inmovitacura.cl", "2025-02-01T10:00:00")
owpay("es_o10", "OWD-2025-810", "Inmobiliaria Vitacura", "retainer", "14000.00", "2520.00",
      "2025-09-05T10:00:00", period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05")
t = d(2025, 9, 29, 17, 0, CL)
assert t.astimezone(IST).date() > date(2025, 10, 5) - timedelta(days=7)
case("es-o10-vitacura-retainer-aviso-corto", OWB, "decided", [M(
    "Contacto Inmobiliaria Vitacura <contacto@inmovitacura.cl>", OWDTO, "Término de contrato de SEO mensual", t,
    "Estimados,\n\nLes informamos que ponemos término al servicio mensual de SEO del proyecto Inmobiliaria "
    "Vitacura (factura OWD-2025-810), porque la empresa fue absorbida por un holding que tiene su propia "
    "agencia. Entendemos el plazo de aviso.\n\nSaludos,\nFrancisco Larraín\n")],
    [X("cancel", "2025-11-04")],
    spec="O4: request 2025-09-30 01:30 IST, after 2025-10-05 - 7 = 2025-09-28: less than 7 days' notice, the "
         "next cycle (2025-10-05..2025-11-04) is billed; effective 2025-11-04.")

proj("Colegio Bilingue Tegucigalpa", "direccion@cbtegucigalpa.edu.hn", "2025-03-01T10:00:00")
owpay("es_o11", "OWD-2025-811", "Colegio Bilingue Tegucigalpa", "retainer", "11000.00", "1980.00",
      "2025-09-15T10:00:00", period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15")
owpay("es_o12", "OWD-2025-812", "Colegio Bilingue Tegucigalpa", "retainer", "11000.00", "1980.00",
      "2025-09-15T10:05:00", period_start="2025-10-15", period_end="2025-11-14", next_billing_at="2025-11-15")
t = d(2025, 9, 24, 8, 0, HN)
case("es-o11-tegucigalpa-retainer-adelantado", OWB, "decided", [M(
    "Dirección CBT <direccion@cbtegucigalpa.edu.hn>", OWDTO, "Cancelación del soporte mensual", t,
    "Estimados señores:\n\nPor decisión de la junta directiva cancelamos el soporte mensual del sitio "
    "(proyecto Colegio Bilingue Tegucigalpa, facturas OWD-2025-811 y OWD-2025-812); el colegio migra a la "
    "plataforma del Ministerio. Recordamos que ya habíamos pagado por adelantado octubre-noviembre.\n\n"
    "Atentamente,\nLicda. Suyapa Mejía\nDirectora\n")],
    [X("escalate")], extra_ok=True,
    spec="Section 8 retainer paid in advance: the next cycle (2025-10-15..11-14, OWD-2025-812) is already "
         "paid and the notice is >= 7 days: escalate.")

proj("Contable Morales Web", "admin@contablemorales.com.sv", "2025-09-10T10:00:00")
owpay("es_o13", "OWD-2025-813", "Contable Morales Web", "hosting_annual", "18000.00", "3240.00",
      "2025-09-15T10:00:00", setup_fee="2400.00", service_start="2025-09-15")
t = d(2025, 9, 28, 20, 0, SV)
assert day("2025-09-15", t) == 14
case("es-o12-san-salvador-hosting-dia-14", OWB, "decided", [M(
    "Administración Contable Morales <admin@contablemorales.com.sv>", OWDTO, "Reembolso y baja del hosting anual", t,
    "Buenas noches,\n\nLa oficina contable se fusionó con otra y usaremos el servidor de ellos. Pedimos el "
    "reembolso del hosting anual del proyecto Contable Morales Web (factura OWD-2025-813) y la baja del "
    "servicio, dentro de los 14 días.\n\nLic. Ana Morales\n")],
    [R("approve", "14300.00")], extra_ok=True,
    spec="O5: service_start 2025-09-15; mail 2025-09-28 20:00 -06:00 = 2025-09-29 07:30 IST, day 14 (inside): "
         "18000 - 2400 - (15600/12 = 1300) x 1 = 14300.00.")

proj("Agroexport Chinandega", "gerencia@agrochinandega.com.ni", "2025-08-01T10:00:00")
owpay("es_o14", "OWD-2025-814", "Agroexport Chinandega", "maintenance_annual", "12000.00", "2160.00",
      "2025-09-01T10:00:00", setup_fee="1200.00", service_start="2025-09-01")
t = d(2025, 9, 22, 10, 0, NI)
case("es-o13-chinandega-mantenimiento-tarde", OWB, "decided", [M(
    "Gerencia Agroexport <gerencia@agrochinandega.com.ni>", OWDTO, "Devolucion mantenimiento anual", t,
    "Buenos dias, necesitamos la devolucion del mantenimiento anual (OWD-2025-814) del proyecto Agroexport "
    "Chinandega, ya que la cosecha de mani salio mal y hay que recortar gastos.\n\nGerencia\n")],
    [R("deny")], extra_ok=True,
    spec="O5: service_start 2025-09-01, request 2025-09-22 IST = day 21 > 14: deny.")

proj("Academia de Tango San Telmo", "info@tangosantelmo.com.ar", "2025-09-01T10:00:00")
owpay("es_o15", "OWD-2025-815", "Academia de Tango San Telmo", "third_party", "1800.00", "324.00",
      "2025-09-26T10:00:00")
t = d(2025, 9, 27, 10, 0, AR)
case("es-o14-san-telmo-dominio", OWB, "decided", [M(
    "Academia de Tango San Telmo <info@tangosantelmo.com.ar>", OWDTO, "Reintegro del dominio .com.ar", t,
    "Hola! Nos cobraron el registro del dominio (OWD-2025-815, proyecto Academia de Tango San Telmo), pero "
    "nos equivocamos con el nombre, lo queríamos con guion. ¿Nos reintegran ese pago?\n\nMilonga saludos,\n"
    "Gabriela\n")],
    [R("deny")],
    spec="O6: a domain registration is third_party, never refundable: deny citing Non-refundable items.")

proj("Tienda Gourmet Chamberi", "pedidos@gourmetchamberi.es", "2025-09-01T10:00:00")
owpay("es_o16", "OWD-2025-816", "Tienda Gourmet Chamberi", "rush", "5000.00", "900.00",
      "2025-09-20T10:00:00")
t = d(2025, 9, 25, 12, 0, MAD)
case("es-o15-chamberi-cargo-urgencia", OWB, "decided", [M(
    "Gourmet Chamberí <pedidos@gourmetchamberi.es>", OWDTO, "Devolución recargo por urgencia", t,
    "Buenas:\n\nPagamos el recargo por urgencia (factura OWD-2025-816) para tener la web de Tienda Gourmet "
    "Chamberi antes de la feria, pero al final la feria se aplazó a noviembre, así que la prisa ya no tiene "
    "sentido. Solicitamos que nos lo devolváis.\n\nSaludos,\nÁlvaro\n")],
    [R("deny")],
    spec="O6: rush fees are never refundable: deny.")

proj("Constructora Sampedrana", "ingenieria@constructorasps.hn", "2025-09-01T10:00:00")
owpay("es_o17", "OWD-2025-817", "Constructora Sampedrana", "deposit", "20000.00", "3600.00",
      "2025-09-28T10:00:00")
t = d(2025, 9, 28, 12, 0, HN)
case("es-o16-sps-recepcion-no-contrato", OWB, "need_info", [M(
    "Recepción Constructora <recepcion@constructorasps.hn>", OWDTO, "Devolución anticipo", t,
    "Buenas tardes, de parte del Ing. Mejía (ingenieria@constructorasps.hn, quien firmó el contrato) "
    "solicitamos la devolución del anticipo del proyecto Constructora Sampedrana, factura OWD-2025-817, "
    "porque la licitación se canceló.\n\nRecepción\n")],
    rules=["C2"],
    spec="C2 (Optima explicit): recepcion@ is not the contract email ingenieria@: need_info, write from the "
         "contract address; no account details.")

proj("Fundacion Arte Caribe", "presidencia@artecaribe.org.pr", "2025-09-01T10:00:00")
owpay("es_o18", "OWD-2025-818", "Fundacion Arte Caribe", "milestone", "16000.00", "2880.00",
      "2025-09-20T10:00:00", milestone_status="not_started")
t = d(2025, 9, 27, 9, 0, PR)
case("es-o17-pr-rv-outlook-coordinadora", OWB, "need_info", [M(
    "Coordinación Arte Caribe <coordinacion@artecaribe.org.pr>", OWDTO,
    "RV: Reembolso hito galería virtual", t,
    "Buenos días, les reenvío el correo de nuestra presidenta.\n\nMaritza\n\n"
    "-----Mensaje original-----\n"
    "De: Presidencia Arte Caribe <presidencia@artecaribe.org.pr>\n"
    "Enviado el: viernes, 26 de septiembre de 2025 16:40\n"
    "Para: coordinacion@artecaribe.org.pr\n"
    "Asunto: Reembolso hito galería virtual\n\n"
    "Maritza, escríbele a Optima: queremos el reembolso del hito de la galería virtual (OWD-2025-818) del "
    "proyecto Fundacion Arte Caribe, porque la beca del NEA no se aprobó. Contrato a nombre de "
    "presidencia@artecaribe.org.pr.\n")],
    rules=["C2"],
    spec="Section 8 forwards: the forwarded request names the contract email presidencia@, the sender is "
         "coordinacion@: C2 need_info.")

proj("Autoescuela Pucela", "autoescuelapucela@gmail.com", "2025-01-15T10:00:00")
owpay("es_o19", "OWD-2025-819", "Autoescuela Pucela", "retainer", "7000.00", "1260.00",
      "2025-09-15T10:00:00", period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15")
t = d(2025, 9, 25, 10, 0, MAD)
case("es-o18-valladolid-baja-sin-motivo", OWB, "need_info", [M(
    "Autoescuela Pucela <autoescuelapucela@gmail.com>", OWDTO, "Baja mantenimiento OWD-2025-819", t,
    "Buenos días:\n\nQueremos dar de baja el mantenimiento mensual del proyecto Autoescuela Pucela, factura "
    "OWD-2025-819.\n\nUn saludo,\nLa dirección\n\nEnviado desde Outlook para Android\n")],
    rules=[], missing=["reason"],
    spec="Section 8: Optima requires a reason for cancellations too; the sign-off is not a reason: need_info "
         "reason (project, invoice and contract email given).")

proj("Restaurante Asador Castilla", "asadorcastilla@asadorcastilla.es", "2025-09-01T10:00:00")
proj("Asador Castilla Catering", "asadorcastilla@asadorcastilla.es", "2025-09-05T10:00:00")
owpay("es_o20", "OWD-2025-820", "Restaurante Asador Castilla", "milestone", "10000.00", "1800.00",
      "2025-09-20T10:00:00", milestone_status="not_started")
owpay("es_o21", "OWD-2025-821", "Asador Castilla Catering", "milestone", "10000.00", "1800.00",
      "2025-09-20T10:00:00", milestone_status="not_started")
t = d(2025, 9, 26, 10, 0, MAD)
case("es-o19-burgos-dos-proyectos-sin-datos", OWB, "need_info", [M(
    "Asador Castilla <asadorcastilla@asadorcastilla.es>", OWDTO, "Devolución", t,
    "Buenos días, nos gustaría que nos devolvieran el pago del hito que aún no han empezado, porque hemos "
    "decidido aplazar la inversión hasta la primavera.\n\nCasimiro\nAsador Castilla (Burgos)\n")],
    rules=[], missing=["project_name", "invoice_number"],
    spec="C3: the contract email has two projects, each with a milestone; neither project nor invoice is "
         "named: need_info project_name and invoice_number.")

proj("Clinica Veterinaria Sant Cugat", "clinica@vetsantcugat.cat")
owpay("es_o22", "OWD-2025-822", "Clinica Veterinaria Sant Cugat", "deposit", "15000.00", "2700.00",
      "2025-09-26T10:00:00")
t1 = d(2025, 9, 27, 10, 0, BCN)
t2 = d(2025, 9, 30, 10, 0, BCN)
assert hours("2025-09-26T10:00:00", t1) < 72
case("es-o20-sant-cugat-hilo-motivo-y-factura", OWB, "decided", [
    M("Clínica Veterinària Sant Cugat <clinica@vetsantcugat.cat>", OWDTO, "Devolució dipòsit", t1,
      "Bon dia, os escribo para anular el proyecto Clinica Veterinaria Sant Cugat y que nos retornéis el "
      "depósito que pagamos ayer.\nGràcies,\nLaia\n"),
    M("Clínica Veterinària Sant Cugat <clinica@vetsantcugat.cat>", OWDTO, "Re: Devolució dipòsit [OWD-4177]", t2,
      "Perdón, se me pasó: el grupo veterinario que nos ha comprado la clínica ya tiene web corporativa, "
      "por eso no seguimos. La factura es la owd 2025 822.\nLaia\n\n"
      "El 27/9/25, Optima WebDesign <optimawebdesigns12@gmail.com> escribió:\n"
      "> Indíquenos el motivo de la solicitud. [OWD-4177]\n",
      headers={"_irt": "<owd-4177.reply@optimawebdesign.com>"})],
    [R("approve", "15000.00")],
    spec="C3 thread: the first mail (Spanish with Catalan greetings) gives no reason; the answer gives it, "
         "with the invoice as 'owd 2025 822' = OWD-2025-822 (section 8). Request time = first mail, "
         "2025-09-27 13:30 IST = 27.5 h after the deposit, no work: O2 approve 15000.00.")

proj("Hostal Recoleta", "reservas@hostalrecoleta.com.ar")
owpay("es_o23", "OWD-2025-823", "Hostal Recoleta", "deposit", "18000.00", "3240.00",
      "2025-09-27T10:00:00")
t = d(2025, 9, 28, 10, 0, AR)
case("es-o21-recoleta-contracargo-tarjeta", OWB, "decided", [M(
    "Hostal Recoleta <reservas@hostalrecoleta.com.ar>", OWDTO, "Devolución YA", t,
    "Pagamos la seña del proyecto Hostal Recoleta (OWD-2025-823), pero el edificio entra en obra y cerramos "
    "hasta el año que viene, así que ya no queremos la web. Nadie nos contesta el WhatsApp. "
    "Queremos la devolución hoy; si no, iniciamos un contracargo con la tarjeta y lo desconocemos ante el "
    "banco.\n\nAdministración Hostal Recoleta\n")],
    [R("escalate")], rules=["C4"],
    spec="C4: chargeback threat (contracargo): escalate, even though O2 would approve (32.5 h, no work).")

proj("Farmacia La Salud Mayaguez", "farmacialasalud@gmail.com", "2025-08-10T10:00:00")
owpay("es_o24", "OWD-2025-824", "Farmacia La Salud Mayaguez", "retainer", "8000.00", "1440.00",
      "2025-09-10T10:00:00", period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10")
t = d(2025, 9, 24, 10, 0, PR)
case("es-o22-mayaguez-disputa-banco-baja", OWB, "decided", [M(
    "Farmacia La Salud <farmacialasalud@gmail.com>", OWDTO, "Cancelación y disputa", t,
    "Saludos. Cancelamos el mantenimiento mensual de la Farmacia La Salud Mayaguez (OWD-2025-824) porque "
    "la página estuvo caída una semana entera en plena temporada. Ya abrí una disputa con el banco por el "
    "cargo de septiembre y el caso también lo tiene DACO.\n\nLcda. Noemí Irizarry\n")],
    [X("escalate")], rules=["C4"], extra_ok=True,
    spec="C4 covers the whole case: a bank dispute opened and a consumer-affairs complaint (DACO) mentioned: "
         "the cancellation is escalated.")

t = d(2025, 9, 25, 0, 5, MAD)
case("es-o23-autorespuesta-vacaciones", OWB, "ignore", [M(
    "Tienda Gourmet Chamberí <pedidos@gourmetchamberi.es>", OWDTO,
    "Respuesta automática: Re: Devolución recargo por urgencia [OWD-4170]", t,
    "Gracias por su mensaje. Estamos de vacaciones hasta el 1 de octubre; atenderemos su consulta a la "
    "vuelta.\n", headers={"Auto-Submitted": "auto-replied", "_irt": "<owd-4170.reply@optimawebdesign.com>"})],
    rules=["C7"], spec="C7: Auto-Submitted auto-replied: ignore.")

t = d(2025, 9, 29, 16, 0, AR)
case("es-o24-neuquen-plazos-devolucion", OWB, "other", [M(
    "Cervecería Patagónica <hola@cerveceriapatagonica.com.ar>", OWDTO, "Consulta", t,
    "Hola de nuevo! Una consulta nomás: la devolución de la seña que nos aprobaron, ¿en cuántos días "
    "hábiles llega a la cuenta? ¿Vuelve a la misma cuenta del Galicia desde la que transferimos? Gracias!\n"
    "Florencia\n")],
    spec="A question about the timeline of an approved refund; nothing new is asked: other.")

proj("Escuela de Idiomas Leon", "secretaria@idiomasleon.edu.ni")
owpay("es_o25", "OWD-2025-825", "Escuela de Idiomas Leon", "hosting_annual", "9600.00", "1728.00",
      "2025-09-24T10:00:00", setup_fee="1200.00", service_start="2025-10-15")
t = d(2025, 9, 29, 10, 0, NI)
case("es-o25-leon-hosting-antes-de-empezar", OWB, "decided", [M(
    "Secretaría Idiomas León <secretaria@idiomasleon.edu.ni>", OWDTO, "Reembolso hosting", t,
    "Estimados, pagamos el hosting anual (OWD-2025-825) de la Escuela de Idiomas Leon, que empezaba el 15 "
    "de octubre, pero la universidad nos va a alojar la web gratis. Pedimos el reembolso.\n\nSecretaría\n")],
    [R("approve", "7700.00")], extra_ok=True,
    spec="O5 / section 8: service not started (starts 2025-10-15), request within 14 days: consumed_months = 1: "
         "9600 - 1200 - (8400/12 = 700) x 1 = 7700.00.")

proj("Studio Yoga Eixample", "hola@yogaeixample.cat", "2025-09-01T10:00:00")
owpay("es_o26", "OWD-2025-826", "Studio Yoga Eixample", "change_request", "3500.00", "630.00",
      "2025-09-23T10:00:00")
t = d(2025, 9, 24, 10, 0, BCN)
case("es-o26-eixample-cambio-pedido", OWB, "decided", [M(
    "Studio Yoga Eixample <hola@yogaeixample.cat>", OWDTO, "Devolució canvi / devolución del cambio", t,
    "Hola! Ayer pagamos el cambio que pedimos en la web del Studio Yoga Eixample (la página de horarios "
    "nueva, factura OWD-2025-826), pero al final nos quedamos con los horarios de siempre. ¿Nos podéis "
    "retornar lo del cambio?\n\nFins aviat,\nAina\n")],
    [R("deny")],
    spec="O6: change requests are never refundable: deny.")

if __name__ == "__main__":
    write()
