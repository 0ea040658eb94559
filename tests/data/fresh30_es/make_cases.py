#!/usr/bin/env python3
"""fresh30_es: held-out Spanish cases for mailbot (Guatemala, the Canary Islands, US Spanish and
Spanglish from Miami, Texas and California, Equatorial Guinea, Valencia, the Basque Country, and
Spanish written by Italian and English speakers).

Stdlib only, deterministic.  Running it writes ledger.json, emails/*.eml and expected.json
beside this file.  MIT, like the project; all text written for this project.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LOB, OWB = "leadsoptima", "optima_webdesign"
IST = timezone(timedelta(hours=5, minutes=30))


def tz(h, m=0):
    return timezone(timedelta(hours=h, minutes=m))


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


def owpay(pid, inv, project, kind, amount, paid_at, **kw):
    tax = str((Decimal(amount) * Decimal("0.18")).quantize(Decimal("0.01")))
    base = {"brand": OWB, "id": pid, "invoice": inv, "project": project, "kind": kind,
            "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": "paid",
            "setup_fee": None, "service_start": None, "next_billing_at": None,
            "period_start": None, "period_end": None, "milestone_status": None}
    base.update(kw)
    LEDGER["payments"].append(base)


# --- checks of the arithmetic (run as the module runs) -----------------------------------------
def ist(when):
    return when.astimezone(IST)


def day_n(paid_at, when):
    """Calendar days from a naive IST ledger time (or an ISO date) to an email's time, in IST."""
    paid = datetime.fromisoformat(paid_at)
    paid_d = paid.astimezone(IST).date() if paid.tzinfo else paid.date()
    return (ist(when).date() - paid_d).days


def hours(paid_at, when):
    return (ist(when) - datetime.fromisoformat(paid_at).replace(tzinfo=IST)).total_seconds() / 3600


def o5(amount, setup):
    a, s = Decimal(amount), Decimal(setup)
    return str((a - s - (a - s) / 12).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def M(frm, to, subject, when, body, html=False, headers=None, reply_to=None, raw=None):
    """One email of a thread (dict, turned into bytes by case())."""
    return {"from": frm, "to": to, "subject": subject, "when": when, "body": body, "html": html,
            "headers": headers or {}, "reply_to": reply_to, "raw": raw}


def case(cid, brand, status, msgs, decisions=(), rules=(), missing=None, extra_ok=False,
         ambiguous=None, spec=""):
    files = []
    prev_ids = []
    for i, m in enumerate(msgs, 1):
        msg = EmailMessage(policy=SMTP)
        if m["from"] is not None:
            msg["From"] = m["from"]
        msg["To"] = m["to"]
        msg["Subject"] = m["subject"]
        msg["Date"] = format_datetime(m["when"])
        mid = f"<{cid}.{i}.{int(m['when'].timestamp())}@mail.fresh30-{LANG}.example>"
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
        if m["raw"]:  # a delivery-status report (RFC 3464): multipart/report, text part + status fields
            msg.set_content(m["body"])
            msg.make_mixed()
            msg.set_param("report-type", "delivery-status")
            msg.set_type("multipart/report")
            dsn = EmailMessage(policy=SMTP)
            dsn["Content-Type"] = "message/delivery-status"
            blocks = [EmailMessage(policy=SMTP) for _ in m["raw"].split("\n\n")]
            for blk, text in zip(blocks, m["raw"].split("\n\n")):
                for line in text.strip().splitlines():
                    k, v = line.split(":", 1)
                    blk[k] = v.strip()
            dsn.set_payload(blocks)
            msg.attach(dsn)
            msg.set_boundary(f"=_dsn_{cid}_{i}")
        elif m["html"]:
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
    out = {"intent": "cancellation", "outcome": outcome}
    if eff:
        out["effective_date"] = eff
    return out


def d(y, mo, dd, h, mi, zone):
    return datetime(y, mo, dd, h, mi, tzinfo=zone)


def write_all():
    (HERE / "ledger.json").write_text(json.dumps(LEDGER, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")
    print(f"{len(CASES)} cases, {len(LEDGER['payments'])} payments")


LANG = "es"
GT, CAN, MIA, TX, CA, GQ, VLC, EUS, IT, UK = (tz(-6), tz(1), tz(-4), tz(-5), tz(-7), tz(1), tz(2), tz(2),
                                              tz(2), tz(1))
SUP = "Soporte LeadsOptima <support@leadsoptima.com>"
OWDTO = "Optima WebDesign <optimawebdesigns12@gmail.com>"

# ---------------------------------------------------------------------------------------------
# LeadsOptima
# ---------------------------------------------------------------------------------------------

cust("ventas@ferreteriaelprogreso.com.gt", "Ferretería El Progreso", "monthly", start="2025-09-22", end="2025-10-21")
lopay("es30_p01", "LO-INV-30101", "ventas@ferreteriaelprogreso.com.gt", "monthly", "1499.00",
      "2025-09-22T20:05:00", "2025-09-22", "2025-10-21")
lopay("es30_p02", "LO-INV-30102", "ventas@ferreteriaelprogreso.com.gt", "monthly", "1499.00",
      "2025-09-22T20:06:00", "2025-09-22", "2025-10-21")
w = d(2025, 9, 24, 8, 15, GT)
assert day_n("2025-09-22T20:06:00", w) == 2
case("es-l01-escuintla-dictado-dos-veces", LOB, "decided", [M(
    "Ferreteria El Progreso <ventas@ferreteriaelprogreso.com.gt>", SUP, "cobro", w,
    "hola buenos dias les escribo de ferreteria el progreso de escuintla punto me cobraron dos veces la "
    "mensualidad el lunes coma me llegaron dos avisos del banco de mil cuatrocientos noventa y nueve cada uno "
    "punto la factura del segundo es lo inv 30102 punto porfa devuelvanme ese segundo cobro punto gracias\n\n"
    "enviado desde mi telefono con dictado\n")],
    [R("approve", "1499.00")],
    spec="L2 duplicate, L4: two paid monthly charges 2025-09-22, same period; 'lo inv 30102' = LO-INV-30102 "
         "(section 8); request 2025-09-24 19:45 IST, day 2: approve the later charge 1499.00.")

cust("rosie.villanueva@sbcglobal.net", "Rosie Villanueva", "annual", start="2025-09-18", end="2026-09-17")
lopay("es30_p03", "LO-INV-30103", "rosie.villanueva@sbcglobal.net", "annual", "11988.00",
      "2025-09-18T21:00:00", "2025-09-18", "2026-09-17")
lopay("es30_p04", "LO-INV-30104", "rosie.villanueva@sbcglobal.net", "annual", "11988.00",
      "2025-09-18T21:02:00", "2025-09-18", "2026-09-17")
w = d(2025, 9, 25, 10, 0, CA)
assert day_n("2025-09-18T21:02:00", w) == 7
case("es-l02-fresno-spanglish-dia-7", LOB, "decided", [M(
    "Rosie Villanueva <rosie.villanueva@sbcglobal.net>", SUP, "double charge en mi plan anual", w,
    "Hi, buenos días.\n\nLes escribo porque me hicieron un double charge del plan anual, checké mi "
    "statement del Chase y aparecen dos cargos iguales del 18 de septiembre. El segundo es el invoice "
    "LO-INV-30104. Can you please hacerme el refund de ese cargo? Yo nomas tengo una cuenta.\n\n"
    "Thank you so much,\nRosie Villanueva\nVillanueva Tax & Notary Services - Fresno, CA\n")],
    [R("approve", "11988.00")],
    spec="L4: annual 11988.00 charged twice 2025-09-18; mail 2025-09-25 10:00 -07:00 = 22:30 IST, day 7 "
         "(inside, L3): approve the later charge 11988.00.")

cust("comercial@torronsvila.es", "Torrons Vila", "monthly", start="2025-09-10", end="2025-10-09")
lopay("es30_p05", "LO-INV-30105", "comercial@torronsvila.es", "monthly", "1499.00", "2025-09-10T09:00:00",
      "2025-09-10", "2025-10-09")
lopay("es30_p06", "LO-INV-30106", "comercial@torronsvila.es", "monthly", "1499.00", "2025-09-10T09:01:00",
      "2025-09-10", "2025-10-09")
w = d(2025, 9, 17, 21, 0, VLC)
assert day_n("2025-09-10T09:01:00", w) == 8
case("es-l03-xixona-dia-8-en-india", LOB, "decided", [M(
    "Torrons Vila - Comercial <comercial@torronsvila.es>", SUP, "Cargo duplicado LO-INV-30106", w,
    "Bona nit / Buenas noches:\n\nEl pasado miércoles 10 nos pasaron dos cargos idénticos de la cuota mensual "
    "(LO-INV-30105 y LO-INV-30106). Os pedimos la devolución del duplicado, el 30106. Como aún estamos "
    "dentro de la semana, entiendo que no habrá problema.\n\nSalutacions,\nJoan Vila\nTorrons Vila, Xixona "
    "(Alacant)\n")],
    [R("deny")],
    spec="L3: charge 2025-09-10 IST; mail 2025-09-17 21:00 +02:00 = 2025-09-18 00:30 IST, day 8 in the "
         "brand's zone although day 7 in Valencia: deny.")

cust("administracion@gestoriatejeda.es", "Gestoría Tejeda", "quarterly", start="2025-09-26", end="2025-12-25")
for pid, inv, t in (("es30_p07", "LO-INV-30107", "10:00:00"), ("es30_p08", "LO-INV-30108", "10:01:00"),
                    ("es30_p09", "LO-INV-30109", "10:03:00")):
    lopay(pid, inv, "administracion@gestoriatejeda.es", "quarterly", "3999.00", f"2025-09-26T{t}",
          "2025-09-26", "2025-12-25")
w = d(2025, 9, 29, 9, 0, CAN)
assert day_n("2025-09-26T10:03:00", w) == 3
case("es-l04-gran-canaria-gestoria-tres-cargos", LOB, "decided", [M(
    "Gestoría Tejeda <administracion@gestoriatejeda.es>", SUP, "Tres cargos de la cuota trimestral", w,
    "Buenos días:\n\nLlevamos la contabilidad de varios clientes y al "
    "conciliar el banco vemos que el viernes 26/09 se nos cargó TRES veces la cuota trimestral de "
    "3.999,00 (facturas LO-INV-30107, LO-INV-30108 y LO-INV-30109). Solo tenemos un plan. Les rogamos "
    "devuelvan los dos cargos duplicados.\n\nUn saludo,\nNayra Santana\nGestoría Tejeda - Telde, Gran "
    "Canaria\n\nAVISO LEGAL: Este mensaje y sus anexos son confidenciales y van dirigidos exclusivamente "
    "a su destinatario. Si lo ha recibido por error, comuníquelo y bórrelo.\n")],
    [R("approve", "7998.00")],
    spec="Section 8 three identical charges: 3 paid quarterly 3999.00 charges 2025-09-26, same period; "
         "the 2nd and 3rd are duplicates, request day 3: approve 2 x 3999.00 = 7998.00.")

cust("ndong.obiang@getesa.gq", "Ndong Obiang", "monthly", start="2025-09-27", end="2025-10-26")
lopay("es30_p10", "LO-INV-30110", "ndong.obiang@getesa.gq", "monthly", "1499.00", "2025-09-27T13:00:00",
      "2025-09-27", "2025-10-26")
w = d(2025, 9, 28, 10, 0, GQ)
case("es-l05-malabo-doble-sin-par", LOB, "decided", [M(
    "Ndong Obiang Mbá <ndong.obiang@getesa.gq>", SUP, "Reclamo por doble pago", w,
    "Muy señores míos:\n\nPor medio de la presente les comunico que el día de ayer se me ha efectuado un "
    "doble pago de la suscripción mensual, factura LO-INV-30110, según me indicó el banco en Malabo. "
    "Solicito que me devuelvan el importe pagado de más.\n\nSin otro particular, les saluda atentamente,\n"
    "Ndong Obiang Mbá\nMalabo, Guinea Ecuatorial\n")],
    [R("escalate")],
    spec="L4: duplicate_payment inside the window (day 1) but the ledger holds one paid charge only: "
         "no pair, escalate.")

cust("idoia.arrieta@txokoeuskal.eus", "Idoia Arrieta", "quarterly", start="2025-09-25", end="2026-09-24")
lopay("es30_p11", "LO-INV-30111", "idoia.arrieta@txokoeuskal.eus", "annual", "11988.00", "2025-09-25T12:00:00",
      "2025-09-25", "2026-09-24")
w = d(2025, 9, 26, 17, 45, EUS)
case("es-l06-bilbao-anual-en-vez-de-trimestral", LOB, "decided", [M(
    "Idoia Arrieta <idoia.arrieta@txokoeuskal.eus>", SUP, "Kaixo - cobro del plan equivocado", w,
    "Kaixo!\n\nAyer al renovar nos habéis cobrado el plan anual (11.988 €... bueno, rupias) en vez del "
    "trimestral, que es el que tenemos contratado desde siempre. Factura LO-INV-30111. Queremos que nos "
    "devolváis ese cargo y que se nos cobre lo que corresponde.\n\nEskerrik asko,\nIdoia Arrieta\n"
    "Txoko Euskal Sukaldaritza - Bilbo\n")],
    [R("escalate")],
    spec="L2 billing_error (charged the annual plan instead of the quarterly) inside the window (day 1): "
         "L5 escalate with LO-INV-30111.")

cust("yeni.castellanos@bellsouth.net", "Yeni Castellanos", "monthly", status="cancelled", start="2025-09-20",
     end="2025-10-19")
lopay("es30_p12", "LO-INV-30112", "yeni.castellanos@bellsouth.net", "monthly", "1499.00",
      "2025-09-20T18:00:00", "2025-09-20", "2025-10-19")
w = d(2025, 9, 23, 14, 30, MIA)
case("es-l07-hialeah-cobro-tras-cancelar", LOB, "decided", [M(
    "Yeni Castellanos <yeni.castellanos@bellsouth.net>", SUP, "me cobraron y yo ya habia cancelado", w,
    "Oigan, yo cancelé la cuenta en agosto, tengo el email de confirmación y todo, y el 20 de este mes me "
    "cobraron otra vez la mensualidad, invoice LO-INV-30112. Me cobraron después que cancelé, eso no está "
    "bien. Quiero mi dinero de vuelta por favor.\n\nYeni\nHialeah, FL\n\nSent from my iPhone\n")],
    [R("escalate")],
    spec="L2 billing_error (charged after cancelling) inside the window (2025-09-20 -> 2025-09-24 00:00 IST, "
         "day 4): L5 escalate.")

cust("jj.garza@garzaroofing.com", "J.J. Garza", "monthly", start="2025-09-19", end="2025-10-18")
lopay("es30_p13", "LO-INV-30113", "jj.garza@garzaroofing.com", "monthly", "1499.00", "2025-09-19T10:00:00",
      "2025-09-19", "2025-10-18")
w = d(2025, 9, 22, 7, 30, TX)
assert day_n("2025-09-19T10:00:00", w) == 3
case("es-l08-san-antonio-no-puedo-entrar", LOB, "decided", [M(
    "JJ Garza <jj.garza@garzaroofing.com>", SUP, "no puedo entrar a mi cuenta!!", w,
    "Buenos dias, desde el viernes no puedo entrar a la plataforma, me sale error y ya le di reset al "
    "password 3 veces. Ya hablé con su chat y nada, sigue igual. Pagué el mes (invoice LO-INV-30113) y no "
    "lo he podido usar ni un día, así que quiero el refund.\n\nJ.J. Garza\nGarza Roofing & Remodeling\n"
    "San Antonio, TX\n")],
    [R("escalate")],
    spec="L2 access_failure ('no puedo entrar', unresolved after chat) inside the window (day 3): L6 escalate.")

cust("turismo.peten@itzagt.com", "Itzá Tours", "quarterly", start="2025-09-01", end="2025-11-30")
lopay("es30_p14", "LO-INV-30114", "turismo.peten@itzagt.com", "quarterly", "3999.00", "2025-09-01T20:00:00",
      "2025-09-01", "2025-11-30")
w = d(2025, 9, 20, 16, 0, GT)
assert day_n("2025-09-01T20:00:00", w) == 20
case("es-l09-flores-peten-acceso-tarde", LOB, "decided", [M(
    "Itzá Tours Petén <turismo.peten@itzagt.com>", SUP, "Plataforma no carga", w,
    "Buenas tardes,\n\nDesde hace casi tres semanas la plataforma no carga desde nuestra oficina en Flores, "
    "solo se queda la pantalla en blanco. Pagamos el trimestre el 1 de septiembre (LO-INV-30114) y "
    "prácticamente no lo hemos usado. Solicitamos el reembolso.\n\nAtentamente,\nLic. Byron Chub\n"
    "Itzá Tours, Flores, Petén\n")],
    [R("deny")],
    spec="L3: access_failure, but charge 2025-09-01 and request 2025-09-21 IST, day 20 > 7: deny.")

cust("marketing@pastificiorossi.it", "Pastificio Rossi", "monthly", start="2025-09-28", end="2025-10-27")
lopay("es30_p15", "LO-INV-30115", "marketing@pastificiorossi.it", "monthly", "1499.00", "2025-09-28T12:00:00",
      "2025-09-28", "2025-10-27")
w = d(2025, 9, 29, 9, 20, IT)
case("es-l10-bolonia-italiano-cambio-idea", LOB, "decided", [M(
    "Chiara Rossi <marketing@pastificiorossi.it>", SUP, "Richiesta reembolso / solicitud de reembolso", w,
    "Buongiorno, escribo en español perché no hablo inglés bien, scusate los errores.\n\nAyer hemos pagado "
    "el plan mensual (factura LO-INV-30115) pero ho cambiado idea: il nostro socio ha ya comprado otro "
    "programa de leads y no necesitamos dos. Quisiera el reembolso del pago, por favor. No abbiamo usado "
    "nada todavía.\n\nGrazie mille,\nChiara Rossi\nPastificio Rossi - Bologna\n")],
    [R("deny")],
    spec="L1: changed mind / bought another tool / not used is no exception reason: deny, cancellation offered.")

cust("tom.whitfield@whitfieldlanguages.es", "Tom Whitfield", "monthly", start="2025-09-15", end="2025-10-14")
lopay("es30_p16", "LO-INV-30116", "tom.whitfield@whitfieldlanguages.es", "monthly", "1499.00",
      "2025-09-15T08:00:00", "2025-09-15", "2025-10-14")
w = d(2025, 9, 27, 11, 0, VLC)
case("es-l11-denia-ingles-dias-no-usados", LOB, "decided", [M(
    "Tom Whitfield <tom.whitfield@whitfieldlanguages.es>", SUP, "Cancelar subscripcion", w,
    "Hola,\n\nPerdon por mi espanol, soy ingles pero vivo en Denia desde hace 10 anos. Quiero cancelar "
    "mi subscripcion mensual porque cerramos la academia en invierno. Tambien quiero un reembolso para los "
    "dias que no voy a usar de este mes (factura LO-INV-30116), es justo no?\n\nCheers,\nTom\n"
    "Whitfield Language School, Dénia\n")],
    [R("deny"), X("cancel", "2025-10-14")],
    spec="L1 (no partial refunds for unused days): refund deny; L8 cancel, active until current_period_end "
         "2025-10-14.")

cust("hola@velasvolcan.es", "Velas Volcán", "monthly", status="trial", trial_ends="2025-10-05")
w = d(2025, 9, 30, 12, 0, CAN)
case("es-l12-lanzarote-prueba-gratis", LOB, "decided", [M(
    "Velas Volcán <hola@velasvolcan.es>", SUP, "devolución prueba", w,
    "Hola! Me apunté a la prueba gratis la semana pasada y no me termina de convencer, la interfaz es "
    "muy complicada para mí. Quiero que me devuelvan lo que me hayan cobrado y darme de baja de la prueba.\n"
    "Saludos desde Teguise\nMaría José\n")],
    [R("deny")], extra_ok=True,
    spec="L7: account on a free trial (trial_ends 2025-10-05) with no charges: refund deny, nothing to "
         "refund, no billing unless they subscribe; the trial stop may also be read as a cancellation.")

cust("secretaria@iglesiaelshaddaixela.org", "Iglesia El Shaddai", "monthly", start="2025-09-10", end="2025-10-09")
lopay("es30_p17", "LO-INV-30117", "secretaria@iglesiaelshaddaixela.org", "monthly", "1499.00",
      "2025-09-10T10:00:00", "2025-09-10", "2025-10-09")
w = d(2025, 9, 25, 19, 0, GT)
case("es-l13-iglesia-xela-cancela", LOB, "decided", [M(
    "Secretaría Iglesia El Shaddai <secretaria@iglesiaelshaddaixela.org>", SUP,
    "Solicitud de cancelación del servicio", w,
    "Bendiciones hermanos de LeadsOptima.\n\nLes saluda la hermana Floridalma, secretaria de la congregación. "
    "La junta directiva acordó en su sesión del domingo ya no continuar con el servicio mensual, pues las "
    "ofrendas de este mes no alcanzan. Por favor cancelar la suscripción.\n\nQue el Señor les bendiga,\n"
    "Floridalma Xicará\nSecretaría - Iglesia Evangélica El Shaddai, Quetzaltenango\n"
    "\"Todo lo puedo en Cristo que me fortalece\" Fil 4:13\n")],
    [X("cancel", "2025-10-09")],
    spec="L8: cancellation, active until current_period_end 2025-10-09.")

cust("reservas@hotelbrisateide.es", "Hotel Brisa Teide", "quarterly", start=None, end=None)
lopay("es30_p18", "LO-INV-30118", "reservas@hotelbrisateide.es", "quarterly", "3999.00", "2025-08-15T10:00:00",
      "2025-08-15", None)
w = d(2025, 9, 26, 10, 0, CAN)
case("es-l14-puerto-cruz-trimestral-sin-fin", LOB, "decided", [M(
    "Recepción Hotel Brisa Teide <reservas@hotelbrisateide.es>", SUP, "Baja del plan", w,
    "Buenos días,\n\nLes comunicamos que queremos dar de baja nuestro plan trimestral. La cadena nos ha "
    "impuesto otra herramienta para todos los hoteles.\n\nAtentamente,\nDpto. de Reservas\nHotel Brisa "
    "Teide - Puerto de la Cruz, Tenerife\n")],
    [X("cancel", "2025-11-14")],
    spec="L8 fallback: no current_period_end; last charge 2025-08-15 + 3 months - 1 day = 2025-11-14.")

cust("ops@cafecitoexpressmia.com", "Cafecito Express", "annual", start=None, end=None)
lopay("es30_p19", "LO-INV-30119", "ops@cafecitoexpressmia.com", "annual", "11988.00",
      "2025-03-31T21:00:00-04:00", "2025-04-01", None)
w = d(2025, 9, 29, 16, 0, MIA)
case("es-l15-doral-anual-offset", LOB, "decided", [M(
    "Cafecito Express Ops <ops@cafecitoexpressmia.com>", SUP, "cancel annual plan / cancelar plan anual", w,
    "Hola team,\n\nPlease cancelen nuestro plan anual, no lo vamos a renovar. We're moving todo el "
    "marketing a una agencia. Que no nos cobren más.\n\nGracias,\nLiván Pérez\nCafecito Express - "
    "Doral, FL\n")],
    [X("cancel", "2026-03-31")],
    spec="L8 fallback with a ledger offset (section 8): paid 2025-03-31 21:00 -04:00 = 2025-04-01 06:30 IST; "
         "2025-04-01 + 12 months - 1 day = 2026-03-31.")

cust("info@sagardotegiaurtizberea.eus", "Sagardotegia Urtizberea", "monthly", start="2025-09-24",
     end="2025-10-23")
lopay("es30_p20", "LO-INV-30120", "info@sagardotegiaurtizberea.eus", "monthly", "1499.00",
      "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
lopay("es30_p21", "LO-INV-30121", "info@sagardotegiaurtizberea.eus", "monthly", "1499.00",
      "2025-09-24T10:00:30", "2025-09-24", "2025-10-23")
w = d(2025, 9, 26, 20, 0, EUS)
case("es-l16-astigarraga-gmail-c2", LOB, "need_info", [M(
    "Mikel Urtizberea <mikelurtizberea62@gmail.com>", SUP, "Cobro doble sagardotegia", w,
    "Gabon,\n\nOs escribo desde mi correo personal porque el de la sidrería lo lleva mi hija. Nos habéis "
    "cobrado dos veces la cuota del mes (la cuenta es info@sagardotegiaurtizberea.eus, factura "
    "LO-INV-30121). Devolvédnoslo por favor.\n\nMikel\nAstigarraga\n")],
    rules=["C2"],
    spec="C2: the request names registered email info@sagardotegiaurtizberea.eus but comes from a gmail: "
         "need_info, ask to write from the registered address, nothing about the account.")

cust("gerencia@distribuidoramayab.com.gt", "Distribuidora Mayab", "quarterly", start="2025-09-23", end="2025-12-22")
lopay("es30_p22", "LO-INV-30122", "gerencia@distribuidoramayab.com.gt", "quarterly", "3999.00",
      "2025-09-23T10:00:00", "2025-09-23", "2025-12-22")
w = d(2025, 9, 26, 9, 10, GT)
case("es-l17-zona10-rv-asistente-c2", LOB, "need_info", [M(
    "Asistente Gerencia <asistente.gerencia@distribuidoramayab.com.gt>", SUP, "RV: no podemos ingresar", w,
    "Buenos días, les reenvío lo que me pidió el Ing. Pineda. Quedo atenta.\n\nAna Lucía\n\n"
    "De: Ing. Rodrigo Pineda <gerencia@distribuidoramayab.com.gt>\nEnviado: jueves, 25 de septiembre de "
    "2025 18:02\nPara: Asistente Gerencia <asistente.gerencia@distribuidoramayab.com.gt>\nAsunto: no "
    "podemos ingresar\n\nAna Lucía, por favor escríbales a LeadsOptima: desde el martes no podemos iniciar "
    "sesión en la cuenta de gerencia@distribuidoramayab.com.gt y ya pagamos el trimestre (LO-INV-30122). "
    "Que nos devuelvan el pago si no lo arreglan.\n\nIng. Rodrigo Pineda\nGerente General\n")],
    rules=["C2"],
    spec="Section 8 forwards: the Outlook 'RV:' block carries a request naming registered email gerencia@; "
         "the sender is the assistant: C2 need_info.")

cust("info@surfschoolfamara.es", "Famara Surf School", "monthly", start="2025-09-27", end="2025-10-26")
lopay("es30_p23", "LO-INV-30123", "info@surfschoolfamara.es", "monthly", "1499.00", "2025-09-27T09:00:00",
      "2025-09-27", "2025-10-26")
w = d(2025, 9, 29, 8, 0, CAN)
case("es-l18-famara-reenvio-propio-gmail", LOB, "decided", [M(
    "Famara Surf School <info@surfschoolfamara.es>", SUP, "Fwd: no carga el panel", w,
    "Os reenvío lo que mandé ayer a vuestro comercial, que no me contesta.\n\n"
    "---------- Mensaje reenviado ---------\nDe: Famara Surf School <info@surfschoolfamara.es>\n"
    "Date: dom, 28 sept 2025 a las 19:40\nSubject: no carga el panel\nTo: <comercial@leadsoptima-partner.es>\n\n"
    "Hola Dani, desde que pagamos el sábado (LO-INV-30123) el panel no carga, se queda girando la rueda. "
    "Hemos probado en dos ordenadores y en el móvil. Si no funciona queremos que nos devolváis el dinero.\n\n"
    "Aitor\n")],
    [R("escalate")],
    spec="Section 8 forwards: the Gmail forward is the sender's own mail (no C2); access_failure inside the "
         "window (2025-09-27 -> 2025-09-29 12:30 IST, day 2): L6 escalate.")

cust("dra.quinonez@clinicaquinonez.com", "Dra. Quiñónez", "monthly", start="2025-09-25", end="2025-10-24")
lopay("es30_p24", "LO-INV-30124", "dra.quinonez@clinicaquinonez.com", "monthly", "1499.00",
      "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
w = d(2025, 9, 27, 13, 0, TX)
case("es-l19-laredo-sin-motivo", LOB, "need_info", [M(
    "Dra. Quiñónez <dra.quinonez@clinicaquinonez.com>", SUP, "Reembolso factura LO-INV-30124", w,
    "Buenas tardes,\n\nPor medio de la presente solicito el reembolso de la factura LO-INV-30124.\n\n"
    "Quedo en espera de su pronta respuesta.\n\nDra. Leticia Quiñónez\nClínica Dental Quiñónez - Laredo, TX\n"
    "Tel. (956) 555-0142\n")],
    missing=["reason"],
    spec="C3 / section 8 what a reason is: a bare restated request is no reason; plan from the ledger, "
         "invoice stated: need_info reason.")

cust("compras@agroexportchimal.com", "Agroexport Chimal", "monthly", start="2025-09-20", end="2025-10-19")
lopay("es30_p25", "LO-INV-30125", "compras@agroexportchimal.com", "monthly", "1499.00", "2025-09-20T10:00:00",
      "2025-09-20", "2025-10-19")
lopay("es30_p26", "LO-INV-30126", "compras@agroexportchimal.com", "monthly", "1499.00", "2025-09-20T10:02:00",
      "2025-09-20", "2025-10-19")
w1, w2 = d(2025, 9, 26, 10, 0, GT), d(2025, 9, 30, 9, 0, GT)
assert day_n("2025-09-20T10:02:00", w1) == 6 and day_n("2025-09-20T10:02:00", w2) == 10
case("es-l20-chimaltenango-hilo-motivo-tarde", LOB, "decided", [
    M("Compras Agroexport <compras@agroexportchimal.com>", SUP, "Devolución LO-INV-30126", w1,
      "Buen día, solicitamos la devolución de la factura LO-INV-30126.\nSaludos\nDpto. Compras\n"),
    M("Compras Agroexport <compras@agroexportchimal.com>", SUP, "RE: Devolución LO-INV-30126 [LO-3071]", w2,
      "Buen día, disculpen la tardanza, estuvimos en feria. El motivo: nos cobraron dos veces el mismo mes, "
      "la 30125 y la 30126, el mismo día.\n\nDpto. Compras\n\n> Para continuar necesitamos el motivo de su "
      "solicitud. [LO-3071]\n", headers={"_irt": "<lo-3071.reply@leadsoptima.com>"})],
    [R("approve", "1499.00")],
    spec="C3 thread: request time = first mail 2025-09-26 21:30 IST (day 6); the reason (duplicate) comes "
         "on day 10 but the window counts from the first mail: L4 approve 1499.00.")

cust("billing@kendallautoglass.com", "Kendall Auto Glass", "monthly", start="2025-09-24", end="2025-10-23")
lopay("es30_p27", "LO-INV-30127", "billing@kendallautoglass.com", "monthly", "1499.00", "2025-09-24T10:00:00",
      "2025-09-24", "2025-10-23")
lopay("es30_p28", "LO-INV-30128", "billing@kendallautoglass.com", "monthly", "1499.00", "2025-09-24T10:01:00",
      "2025-09-24", "2025-10-23")
w = d(2025, 9, 25, 18, 0, MIA)
case("es-l21-kendall-contracargo", LOB, "decided", [M(
    "Kendall Auto Glass Billing <billing@kendallautoglass.com>", SUP, "DOBLE COBRO!!!", w,
    "ME COBRARON DOS VECES EL MISMO MES, FACTURAS LO-INV-30127 Y LO-INV-30128. SI MAÑANA NO VEO EL "
    "DINERO DE VUELTA LLAMO A AMERICAN EXPRESS Y HAGO UN CHARGEBACK DE LOS DOS CARGOS. ESTOY CANSADO DE "
    "ESTAS COMPAÑIAS.\n\nRAUL\nKENDALL AUTO GLASS\n")],
    [R("escalate")], rules=["C4"],
    spec="C4: a chargeback threat escalates the case, although the duplicate would otherwise be approved.")

cust("info@arrosseriaelpalmar.es", "Arrossería El Palmar", "quarterly", start="2025-09-05", end="2025-12-04")
lopay("es30_p29", "LO-INV-30129", "info@arrosseriaelpalmar.es", "quarterly", "3999.00", "2025-09-05T10:00:00",
      "2025-09-05", "2025-12-04")
w = d(2025, 9, 28, 12, 0, VLC)
case("es-l22-el-palmar-baja-y-abogado", LOB, "decided", [M(
    "Arrossería El Palmar <info@arrosseriaelpalmar.es>", SUP, "Baja inmediata", w,
    "Buenos días.\n\nQueremos la baja inmediata del plan trimestral y la devolución de lo que queda del "
    "trimestre (LO-INV-30129). No nos ha llegado ni un solo cliente en todo el mes. Si no lo solucionáis, "
    "el tema pasa a nuestro abogado y a la OCU.\n\nVicent Ferrer\nArrossería El Palmar (València)\n")],
    [R("escalate"), X("escalate")], rules=["C4"],
    spec="C4 covers the whole case (section 8): a lawyer threat escalates both the refund and the "
         "cancellation.")

cust("ventas@quesosflordeguia.es", "Quesos Flor de Guía", "annual", start="2025-09-27", end="2026-09-26")
lopay("es30_p30", "LO-INV-30130", "ventas@quesosflordeguia.es", "annual", "11988.00", "2025-09-27T11:00:00",
      "2025-09-27", "2026-09-26")
lopay("es30_p31", "LO-INV-30131", "ventas@quesosflordeguia.es", "annual", "11988.00", "2025-09-27T11:04:00",
      "2025-09-27", "2026-09-26")
w = d(2025, 9, 29, 11, 0, CAN)
case("es-l23-guia-descarta-banco", LOB, "decided", [M(
    "Quesos Flor de Guía <ventas@quesosflordeguia.es>", SUP, "Anualidad cobrada dos veces", w,
    "Buenas,\n\nEl sábado se nos cobró dos veces la anualidad (LO-INV-30130 y LO-INV-30131). Mi banco me "
    "ofreció hacer una reclamación del cargo, pero le dije que no, que prefiero arreglarlo con ustedes "
    "directamente, no quiero ni bancos ni abogados de por medio. Solo les pido que devuelvan el segundo cargo.\n\n"
    "Un saludo,\nCarmelo\n")],
    [R("approve", "11988.00")],
    spec="Section 8 / C4: the customer rules out a bank claim and lawyers: no threat. L4 duplicate annual "
         "2025-09-27, request day 2: approve the later charge 11988.00.")

case("es-l24-autorespuesta-vacaciones-canarias", LOB, "ignore", [M(
    "Gestoría Tejeda <administracion@gestoriatejeda.es>", SUP,
    "Respuesta automática: Re: Tres cargos de la cuota trimestral [LO-3080]", d(2025, 9, 29, 15, 0, CAN),
    "Gracias por su correo. Nos encontramos fuera de la oficina hasta el 6 de octubre. Para asuntos urgentes "
    "llame al 928 000 000.\n", headers={"Auto-Submitted": "auto-replied",
                                        "_irt": "<lo-3080.reply@leadsoptima.com>"})],
    rules=["C7"], spec="C7: Auto-Submitted auto-replied (an out-of-office from a known customer): ignore.")

case("es-l25-rebote-mailer-daemon-guate", LOB, "ignore", [M(
    "Mail Delivery System <MAILER-DAEMON@mx1.tigo.com.gt>", SUP,
    "Mensaje no entregado: Re: Solicitud de cancelación del servicio", d(2025, 9, 26, 2, 0, GT),
    "Este es el sistema de correo en mx1.tigo.com.gt.\n\nNo se pudo entregar su mensaje a uno o más "
    "destinatarios. Es un error permanente.\n\n<pastor@iglesiaelshaddaixela.org>: buzón lleno\n",
    headers={"Auto-Submitted": "auto-generated"},
    raw="Reporting-MTA: dns; mx1.tigo.com.gt\n\nFinal-Recipient: rfc822; pastor@iglesiaelshaddaixela.org\n"
        "Action: failed\nStatus: 5.2.2\n")],
    rules=["C7"], spec="C7: MAILER-DAEMON sender, multipart/report delivery-status: ignore.")

case("es-l26-boletin-lista", LOB, "ignore", [M(
    "Boletín Marketing Hispano <boletin@marketinghispano-news.com>", SUP,
    "¡Descuento del 40% en cursos de ventas! Últimos días", d(2025, 9, 27, 8, 0, TX),
    "Hola suscriptor,\n\n¿Cansado de pagar por leads que no convierten? ¿Quieres un reembolso de tu tiempo? "
    "Inscríbete hoy en nuestro curso.\n\nPara darte de baja de esta lista haz clic aquí.\n",
    headers={"List-Id": "Boletin Marketing Hispano <boletin.marketinghispano-news.com>",
             "Precedence": "bulk", "List-Unsubscribe": "<mailto:baja@marketinghispano-news.com>"})],
    rules=["C7"], spec="C7: List-Id and Precedence bulk (a newsletter that mentions refunds): ignore.")

cust("finanzas@cacaobioko.gq", "Cacao Bioko", "quarterly", start="2025-09-10", end="2025-12-09")
lopay("es30_p32", "LO-INV-30132", "finanzas@cacaobioko.gq", "quarterly", "3999.00", "2025-09-10T10:00:00",
      "2025-09-10", "2025-12-09")
case("es-l27-bata-pregunta-factura", LOB, "other", [M(
    "Finanzas Cacao Bioko <finanzas@cacaobioko.gq>", SUP, "Datos fiscales en la factura", d(2025, 9, 29, 11, 0, GQ),
    "Estimados señores:\n\nLes agradeceríamos que en la factura LO-INV-30132 figure la razón social completa "
    "\"Cacao Bioko S.A.\" y nuestro número de identificación fiscal, pues la administración de Bata nos lo "
    "exige. ¿Es posible emitirla de nuevo?\n\nAtentamente,\nDepartamento de Finanzas\n")],
    spec="No refund or cancellation: an invoice data question is other.")

cust("andres.tzul@gmail.com", "Andrés Tzul", "monthly", start="2025-09-21", end="2025-10-20")
lopay("es30_p33", "LO-INV-30133", "andres.tzul@gmail.com", "monthly", "1499.00", "2025-09-21T10:00:00",
      "2025-09-21", "2025-10-20")
case("es-l28-solola-ya-funciona-no-reembolso", LOB, "other", [M(
    "Andres Tzul <andres.tzul@gmail.com>", SUP, "Re: no podia entrar", d(2025, 9, 24, 18, 0, GT),
    "Buenas tardes, solo para avisarles que ya puedo entrar a la cuenta, el muchacho del chat me ayudó. "
    "No quiero reembolso ni nada, ya todo está bien. Muchas gracias por la paciencia.\n\nAndrés Tzul\n"
    "Panajachel, Sololá\n")],
    spec="Section 8 negation: 'no quiero reembolso', access restored, thanks: other.")

case("es-l29-el-paso-pregunta-antes-de-comprar", LOB, "other", [M(
    "Marisol Ochoa <marisol.ochoa.realtor@gmail.com>", SUP, "pregunta sobre planes", d(2025, 9, 28, 20, 0, TX),
    "Hola, soy realtor en El Paso y estoy pensando en el plan anual porque sale más barato. Pero si lo compro "
    "y a los dos meses veo que no me funciona, ¿me regresan el dinero? ¿O mejor agarro el mensual? "
    "Thanks!!\n\nMarisol Ochoa, Realtor\n")],
    spec="Section 8 hypotheticals: a refund question before buying is other.")

cust("contacto@bodegasbarbier.es", "Bodegas Barbier", "monthly", start="2025-09-12", end="2025-10-11")
lopay("es30_p34", "LO-INV-30134", "contacto@bodegasbarbier.es", "monthly", "1499.00", "2025-08-12T10:00:00",
      "2025-08-12", "2025-09-11", status="refunded")
lopay("es30_p35", "LO-INV-30135", "contacto@bodegasbarbier.es", "monthly", "1499.00", "2025-09-12T10:00:00",
      "2025-09-12", "2025-10-11")
case("es-l30-requena-gracias-reembolso-pasado", LOB, "other", [M(
    "Bodegas Barbier <contacto@bodegasbarbier.es>", SUP, "Gracias", d(2025, 9, 22, 10, 0, VLC),
    "Hola,\n\nSolo queríamos daros las gracias: el mes pasado nos devolvisteis el cargo duplicado de agosto "
    "(LO-INV-30134) y ya lo vemos en el extracto. Todo correcto.\n\nSalut,\nPilar Barbier\nRequena\n")],
    spec="A past refund acknowledged with thanks: no request, other.")

cust("ainhoa@surfetxea.eus", "Surf Etxea", "monthly", start="2025-09-28", end="2025-10-27")
lopay("es30_p36", "LO-INV-30136", "ainhoa@surfetxea.eus", "monthly", "1499.00", "2025-09-28T09:00:00",
      "2025-09-28", "2025-10-27")
lopay("es30_p37", "LO-INV-30137", "ainhoa@surfetxea.eus", "monthly", "1499.00", "2025-09-28T09:00:45",
      "2025-09-28", "2025-10-27")
w = d(2025, 9, 30, 9, 0, EUS)
case("es-l31-zarautz-doble-y-baja", LOB, "decided", [M(
    "Ainhoa Etxeberria <ainhoa@surfetxea.eus>", SUP, "Cobro duplicado + baja", w,
    "Kaixo,\n\nDos cosas:\n1) El domingo se nos cobró dos veces la mensualidad (LO-INV-30136 y "
    "LO-INV-30137). Por favor devolvednos el duplicado.\n2) Aprovecho para pedir la baja: acaba la "
    "temporada y cerramos la escuela hasta mayo. Que no se renueve.\n\nMila esker,\nAinhoa\nSurf Etxea, "
    "Zarautz\n")],
    [R("approve", "1499.00"), X("cancel", "2025-10-27")],
    spec="L4 duplicate monthly 2025-09-28, request day 2: approve 1499.00; L8 cancel, active until "
         "current_period_end 2025-10-27.")

cust("manager@tacosellagunero.com", "Tacos El Lagunero", "monthly", start="2025-09-26", end="2025-10-25")
lopay("es30_p38", "LO-INV-30138", "manager@tacosellagunero.com", "monthly", "1499.00", "2025-09-26T21:00:00",
      "2025-09-26", "2025-10-25")
w = d(2025, 9, 29, 22, 0, CA)
case("es-l32-santa-ana-html-no-abre", LOB, "decided", [M(
    "Tacos El Lagunero <manager@tacosellagunero.com>", SUP, "URGENTE - no abre el dashboard", w,
    "<html><body><div style=\"font-family:Calibri\"><p>Buenas noches,</p><p>Desde el viernes <b>el dashboard no "
    "abre</b>, sale un error 500 y no podemos ver los leads. Ya mandamos screenshots al chat y nadie lo "
    "arregla.</p><p>Pagamos el mes el viernes (invoice <span style=\"color:#1f4e79\">LO-INV-30138</span>). "
    "Si no funciona, queremos el refund completo.</p><p>Gracias,<br>Beto Salcido<br>General Manager<br>"
    "Tacos El Lagunero &#8211; Santa Ana, CA</p></div></body></html>", html=True)],
    [R("escalate")],
    spec="HTML-only mail; L2 access_failure (dashboard does not open, unresolved) inside the window "
         "(2025-09-26 -> 2025-09-30 10:30 IST, day 4): L6 escalate.")

cust("contabilidad@transportesalmolonga.com", "Transportes Almolonga", "monthly", start="2025-09-20", end="2025-10-19")
lopay("es30_p39", "LO-INV-30139", "contabilidad@transportesalmolonga.com", "monthly", "1499.00",
      "2025-09-20T10:00:00", "2025-09-20", "2025-10-19", status="refunded")
w = d(2025, 9, 23, 11, 0, GT)
case("es-l33-almolonga-cargo-ya-devuelto", LOB, "decided", [M(
    "Contabilidad Transportes Almolonga <contabilidad@transportesalmolonga.com>", SUP,
    "Solicitud de reintegro LO-INV-30139", w,
    "Buenos días,\n\nSolicitamos el reintegro de la factura LO-INV-30139 porque no hemos podido acceder "
    "a la plataforma desde el día del pago, nos dice que la cuenta está bloqueada.\n\nAtentamente,\n"
    "Contabilidad\n")],
    [R("escalate")],
    spec="Section 8: the charge's ledger status is refunded (not paid): a refund of it is escalate.")

cust("administracion@colegiosanjudas.edu.gt", "Colegio San Judas", "annual", start="2025-08-01", end="2026-07-31")
lopay("es30_p40", "LO-INV-30140", "administracion@colegiosanjudas.edu.gt", "annual", "11988.00",
      "2025-08-01T20:00:00", "2025-08-01", "2026-07-31")
w = d(2025, 9, 22, 8, 0, GT)
case("es-l34-mixco-colegio-muy-caro-tarde", LOB, "decided", [M(
    "Administración Colegio San Judas <administracion@colegiosanjudas.edu.gt>", SUP,
    "Solicitud de devolución de anualidad", w,
    "Respetables señores:\n\nReciban un cordial saludo. El Consejo Directivo del Colegio San Judas Tadeo, "
    "en reunión ordinaria, resolvió solicitar la devolución proporcional de la anualidad pagada el 1 de "
    "agosto (factura LO-INV-30140), en virtud de que el servicio resultó demasiado caro para el presupuesto "
    "del ciclo escolar.\n\nSin otro particular,\nLicda. Aura Marina Coc\nAdministradora\n")],
    [R("deny")],
    spec="L1/L3: too expensive is no exception reason, and the charge is 52 days old: deny.")

cust("oficina@tallerescampello.es", "Talleres Campello", "quarterly", start="2025-09-01", end="2025-11-30")
lopay("es30_p41", "LO-INV-30141", "oficina@tallerescampello.es", "quarterly", "3999.00", "2025-09-01T10:00:00",
      "2025-09-01", "2025-11-30")
w = d(2025, 9, 19, 10, 0, VLC)
case("es-l35-el-campello-importe-incorrecto-tarde", LOB, "decided", [M(
    "Talleres Campello <oficina@tallerescampello.es>", SUP, "Importe incorrecto factura trimestral", w,
    "Buenos días,\n\nRevisando facturas vemos que el 1 de septiembre se nos cobró un importe incorrecto en "
    "la factura LO-INV-30141: teníamos un descuento pactado con vuestro comercial que no se ha aplicado. "
    "Pedimos la devolución de la diferencia.\n\nAtentamente,\nAdministración\n")],
    [R("deny")],
    spec="L3: billing_error, but charge 2025-09-01 and request 2025-09-19 IST, day 18 > 7: deny.")

cust("g.bianchi@bianchiimport.it", "Giulia Bianchi", "monthly", start="2025-09-16", end="2025-10-15")
lopay("es30_p42", "LO-INV-30142", "g.bianchi@bianchiimport.it", "monthly", "1499.00", "2025-09-16T10:00:00",
      "2025-09-16", "2025-10-15")
w = d(2025, 9, 30, 18, 0, IT)
case("es-l36-napoles-cancela-desde-personal", LOB, "need_info", [M(
    "Giulia Bianchi <giuliabianchi.na@libero.it>", SUP, "Cancelación abbonamento", w,
    "Buenas tardes, sono Giulia Bianchi. Quiero cancelar el abonamiento mensual de la cuenta "
    "g.bianchi@bianchiimport.it, porque la empresa ha chiuso la oficina de España. Escribo dal mio correo "
    "personal porque el de la empresa ya no funciona bien.\n\nGrazie,\nGiulia\n")],
    rules=["C2"],
    spec="C2: cancellation for registered g.bianchi@bianchiimport.it sent from a personal libero.it address: "
         "need_info, ask to write from the registered address.")

cust("facturacion@lavanderiaelsol.com", "Lavandería El Sol", "monthly", start="2025-09-21", end="2025-10-20")
lopay("es30_p43", "LO-INV-30143", "facturacion@lavanderiaelsol.com", "monthly", "1499.00", "2025-09-21T10:00:00",
      "2025-09-21", "2025-10-20")
w = d(2025, 9, 24, 12, 0, TX)
case("es-l37-mcallen-reply-to-no-verifica", LOB, "need_info", [M(
    "Chuy Treviño <chuy.trevino77@yahoo.com>", SUP, "no puedo hacer login", w,
    "Que onda, no puedo hacer login desde el domingo, pagué el mes (LO-INV-30143). Si no se arregla "
    "quiero que me regresen el pago. Contesten al correo de la lavandería porfa.\n\nChuy\nLavandería El Sol, "
    "McAllen TX\n", reply_to="facturacion@lavanderiaelsol.com")],
    rules=["C2"],
    spec="Section 8 addresses: Reply-To never verifies; the From (yahoo) is not the registered "
         "facturacion@lavanderiaelsol.com: C2 need_info.")

cust("pedidos@mojopicon.es", "Mojo Picón SL", "monthly", start="2025-09-25", end="2025-10-24")
lopay("es30_p44", "LO-INV-30144", "pedidos@mojopicon.es", "monthly", "1499.00", "2025-09-25T10:00:00",
      "2025-09-25", "2025-10-24")
lopay("es30_p45", "LO-INV-30145", "pedidos@mojopicon.es", "monthly", "1499.00", "2025-09-25T10:00:20",
      "2025-09-25", "2025-10-24")
w = d(2025, 9, 26, 19, 0, CAN)
case("es-l38-la-laguna-factura-con-puntos", LOB, "decided", [M(
    "Mojo Picón SL <pedidos@mojopicon.es>", SUP, "cobrado 2 veces", w,
    "buenas tardes, a ver si me podeis ayudar, ayer se me cobro dos veces la cuota mensual, pague 2 veces "
    "1.499,00 y tengo un solo plan. el segundo cargo es el Lo.Inv.30145. devolvedme ese cargo porfa\n"
    "gracias mi niño\nYurena\n")],
    [R("approve", "1499.00")],
    spec="Section 8 invoice references: 'Lo.Inv.30145' = LO-INV-30145; L4 duplicate monthly 2025-09-25, "
         "request day 1: approve 1499.00.")

cust("backoffice@pollocampero-franq.com", "Franquicia Pollo Campero Texas", "monthly", start="2025-09-08",
     end="2025-10-07")
lopay("es30_p46", "LO-INV-30146", "backoffice@pollocampero-franq.com", "monthly", "1499.00",
      "2025-09-08T10:00:00", "2025-09-08", "2025-10-07")
w = d(2025, 9, 29, 16, 30, TX)
case("es-l39-houston-franquicia-varias-cosas", LOB, "decided", [M(
    "Back Office Franquicias <backoffice@pollocampero-franq.com>", SUP, "Varias consultas - franquicia", w,
    "Buenas tardes equipo de LeadsOptima,\n\nLes escribo del back office de la franquicia (4 sucursales en "
    "Houston y Katy). Tengo varias cosas pendientes:\n\n- Los reportes semanales llegan en inglés aunque "
    "pusimos español en la configuración, ¿se puede cambiar?\n- ¿Pueden agregar a otro usuario "
    "(la gerente de Katy)?\n- Y lo principal: la dirección decidió cancelar la suscripción mensual al "
    "terminar este ciclo, porque desde corporativo nos van a dar otra herramienta.\n- Por último, ¿me "
    "mandan la factura de septiembre en PDF?\n\nMil gracias y disculpen lo largo.\n\nKarla Menjívar\n"
    "Back Office | Franquicias Texas\n")],
    [X("cancel", "2025-10-07")],
    spec="Several requests in one mail; the cancellation in the middle: L8 cancel, active until "
         "current_period_end 2025-10-07 (the other questions go with the reply).")

cust("admin@imprentalaceiba.com.gt", "Imprenta La Ceiba", "monthly", start="2025-09-18", end="2025-10-17")
lopay("es30_p47", "LO-INV-30147", "admin@imprentalaceiba.com.gt", "monthly", "1499.00", "2025-08-18T10:00:00",
      "2025-08-18", "2025-09-17")
lopay("es30_p48", "LO-INV-30148", "admin@imprentalaceiba.com.gt", "monthly", "1499.00", "2025-09-18T10:00:00",
      "2025-09-18", "2025-10-17")
w = d(2025, 9, 22, 10, 0, GT)
case("es-l40-antigua-cobro-mal-sin-factura", LOB, "need_info", [M(
    "Imprenta La Ceiba <admin@imprentalaceiba.com.gt>", SUP, "cobro equivocado", w,
    "Buenos días, revisando el estado de cuenta de la tarjeta vemos que uno de sus cobros vino por un "
    "monto equivocado, más alto de lo que dice el plan. Queremos que nos devuelvan la diferencia. "
    "No tengo a mano el número de factura.\n\nImprenta La Ceiba, Antigua Guatemala\n")],
    missing=["invoice_number"],
    spec="C3: billing_error claimed on 'one of the charges'; the account has two (August and September), "
         "which one is not said: need_info invoice_number.")

# ---------------------------------------------------------------------------------------------
# Optima WebDesign
# ---------------------------------------------------------------------------------------------

proj("Tienda Tejidos Momostenango", "tejidos@momostenango-arte.com")
owpay("es30_o01", "OWD-2025-3001", "Tienda Tejidos Momostenango", "deposit", "18000.00", "2025-09-27T20:00:00")
w = d(2025, 9, 28, 20, 0, GT)
assert hours("2025-09-27T20:00:00", w) == 35.5
case("es-o01-momostenango-deposito-a-tiempo", OWB, "decided", [M(
    "Tejidos Momostenango <tejidos@momostenango-arte.com>", OWDTO,
    "Refund Request — Tienda Tejidos Momostenango / OWD-2025-3001", w,
    "Buenas noches,\n\nAyer pagamos el anticipo para la tienda en línea (OWD-2025-3001, proyecto Tienda "
    "Tejidos Momostenango). Lamentablemente la cooperativa no aprobó el gasto en la asamblea de hoy, así que "
    "les pedimos la devolución del anticipo. Todavía no hemos tenido ninguna reunión con ustedes.\n\n"
    "Atentamente,\nTomás Ixcoy\nCooperativa de Tejedoras, Momostenango\n")],
    [R("approve", "18000.00")],
    spec="O2: deposit 2025-09-27 20:00 IST (08:30 Saturday in Guatemala, 'ayer'), request 2025-09-29 07:30 IST = 35.5 h < 72 h, no work started: "
         "approve 18000.00 (before tax).")

proj("Web Bodega Alto Turia", "enoturismo@altoturia.es")
owpay("es30_o02", "OWD-2025-3002", "Web Bodega Alto Turia", "deposit", "25000.00", "2025-09-24T15:30:00")
w = d(2025, 9, 27, 12, 0, VLC)
assert hours("2025-09-24T15:30:00", w) == 72
case("es-o02-alto-turia-72-horas-justas", OWB, "decided", [M(
    "Enoturismo Alto Turia <enoturismo@altoturia.es>", OWDTO, "Anulación proyecto y devolución de la señal", w,
    "Hola,\n\nOs escribimos para anular el proyecto Web Bodega Alto Turia y pedir la devolución de la señal "
    "(factura OWD-2025-3002). El consejo rector ha decidido aplazar la inversión a 2026. Aún no habéis "
    "empezado nada.\n\nSalut,\nAmparo Soler\nBodega Alto Turia - Titaguas\n")],
    [R("deny")], extra_ok=True,
    spec="Section 8: deposit 2025-09-24 15:30 IST; request 2025-09-27 12:00 +02:00 = 15:30 IST, exactly "
         "72 h, not before 72 h: O2 deny.")

proj("Portal Inmobiliaria Kissimmee", "ventas@casasorlandohispanas.com", "2025-09-26T19:30:00")
owpay("es30_o03", "OWD-2025-3003", "Portal Inmobiliaria Kissimmee", "deposit", "30000.00", "2025-09-25T18:00:00")
w = d(2025, 9, 26, 15, 0, MIA)
case("es-o03-kissimmee-deposito-trabajo-empezado", OWB, "decided", [M(
    "Casas Orlando Hispanas <ventas@casasorlandohispanas.com>", OWDTO, "Refund del deposit - Portal "
    "Inmobiliaria Kissimmee", w,
    "Hi team, pagamos el deposit ayer (OWD-2025-3003) para el Portal Inmobiliaria Kissimmee pero mi "
    "partner encontró un template más barato y ya no queremos seguir. Sé que ya hicieron el kickoff hoy en "
    "la mañana pero fue solo una hora. Please hagan el refund.\n\nLorena Caicedo\nBroker, Kissimmee FL\n")],
    [R("deny")], extra_ok=True,
    spec="O2 'whichever occurs first': work started 2025-09-26 19:30 IST (10:00 in Florida), before the request "
         "(2025-09-27 00:30 IST, 30.5 h after the deposit of 2025-09-25 18:00 IST = 08:30 Thursday in Florida, 'ayer'): deny. 'ya no queremos seguir' may add a cancellation (extra_ok).")

proj("Diagnóstico Digital Clínica Veterinaria Donostia", "kontaktua@albaitaritzadonostia.eus")
owpay("es30_o04", "OWD-2025-3004", "Diagnóstico Digital Clínica Veterinaria Donostia", "discovery", "8500.00",
      "2025-09-20T10:00:00")
w = d(2025, 9, 29, 10, 0, EUS)
case("es-o04-donostia-discovery-sin-sesion", OWB, "decided", [M(
    "Albaitaritza Donostia <kontaktua@albaitaritzadonostia.eus>", OWDTO,
    "Devolución sesión de descubrimiento OWD-2025-3004", w,
    "Egun on,\n\nPagamos el diagnóstico digital (proyecto Diagnóstico Digital Clínica Veterinaria Donostia, "
    "factura OWD-2025-3004) pero la socia mayoritaria se jubila y vamos a traspasar la clínica. No llegamos "
    "a tener ninguna sesión. Solicitamos la devolución completa.\n\nOndo izan,\nJon Mendizabal\n")],
    [R("approve", "8500.00")],
    spec="O1: discovery with no work started (work_started_at empty): refundable in full, 8500.00.")

proj("Auditoría UX Academia Inglés Sevilla", "direccion@oxbridgeacademy-sevilla.es", "2025-09-22T14:30:00")
owpay("es30_o05", "OWD-2025-3005", "Auditoría UX Academia Inglés Sevilla", "discovery", "6000.00",
      "2025-09-19T10:00:00")
w = d(2025, 9, 26, 9, 0, UK)
case("es-o05-ingles-escribe-discovery-empezado", OWB, "decided", [M(
    "Oliver Hastings <direccion@oxbridgeacademy-sevilla.es>", OWDTO, "Refund of discovery / devolucion", w,
    "Hola,\n\nI write in Spanish for your team: tuvimos la primera sesion de discovery el lunes para el "
    "proyecto Auditoría UX Academia Inglés Sevilla (invoice OWD-2025-3005), pero honestamente no nos "
    "gusto el enfoque. Queremos el dinero devuelto, please.\n\nKind regards / Saludos,\nOliver Hastings\n"
    "Director, Oxbridge Academy (written from London this week)\n")],
    [R("deny")],
    spec="O1: a discovery session already took place (work_started_at 2025-09-22, before the request): deny.")

proj("App Reservas Canchas Zona 14", "info@canchaszona14.com")
owpay("es30_o06", "OWD-2025-3006", "App Reservas Canchas Zona 14", "milestone", "42000.00", "2025-09-15T10:00:00",
      milestone_status="not_started")
w = d(2025, 9, 25, 10, 0, GT)
case("es-o06-zona14-hito-sin-empezar", OWB, "decided", [M(
    "Canchas Zona 14 <info@canchaszona14.com>", OWDTO, "Devolución hito 2 - App Reservas Canchas Zona 14", w,
    "Estimados:\n\nPagamos por adelantado el hito 2 (factura OWD-2025-3006, Q... perdón, INR 42,000.00 + "
    "impuestos) de la App Reservas Canchas Zona 14. La municipalidad nos negó la licencia para las canchas "
    "nuevas, así que ese módulo ya no tiene sentido. Pedimos el reembolso de ese hito, que según su "
    "portal sigue sin empezar.\n\nSaludos,\nIng. Werner Castillo\n")],
    [R("approve", "42000.00")],
    spec="O3: milestone not_started: refund that milestone's amount 42000.00 (before tax).")

proj("E-commerce Cerámica Manises", "botiga@ceramicamanises.es")
owpay("es30_o07", "OWD-2025-3007", "E-commerce Cerámica Manises", "milestone", "35000.00", "2025-09-01T10:00:00",
      milestone_status="in_progress")
w = d(2025, 9, 29, 10, 0, VLC)
case("es-o07-manises-hito-en-curso", OWB, "decided", [M(
    "Ceràmica Manises <botiga@ceramicamanises.es>", OWDTO, "Hito catálogo OWD-2025-3007", w,
    "Bon dia,\n\nDel proyecto E-commerce Cerámica Manises, el hito del catálogo (OWD-2025-3007) lleva "
    "semanas a medias y ya no lo necesitamos porque vamos a vender solo en Etsy. Pedimos que se nos devuelva "
    "lo que no se ha hecho.\n\nGràcies,\nRosa Alapont\n")],
    [R("escalate")],
    spec="O3: milestone in_progress: the billable value of work not started needs a person: escalate.")

proj("Rediseño Web Clínica Dental Miami", "drperez@sonrisamiami.com")
owpay("es30_o08", "OWD-2025-3008", "Rediseño Web Clínica Dental Miami", "milestone", "28000.00",
      "2025-09-05T10:00:00", milestone_status="approved")
w = d(2025, 9, 28, 11, 0, MIA)
case("es-o08-miami-hito-aprobado", OWB, "decided", [M(
    "Dr. Pérez <drperez@sonrisamiami.com>", OWDTO, "Refund diseño home", w,
    "Buenos días. Sobre el Rediseño Web Clínica Dental Miami: aprobamos el diseño de la home (invoice "
    "OWD-2025-3008) pero mi esposa ahora dice que no le gusta el color. Queremos el refund de ese pago y "
    "empezar de cero.\n\nDr. Alexis Pérez, DDS\n")],
    [R("deny")],
    spec="O3/O6: the milestone is approved (a deliverable the customer approved): deny.")

proj("Mantenimiento Web Casa Rural Gorbeia", "etxea@gorbeiarural.eus")
owpay("es30_o09", "OWD-2025-3009", "Mantenimiento Web Casa Rural Gorbeia", "retainer", "9000.00",
      "2025-09-15T10:00:00", period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15")
w = d(2025, 9, 29, 10, 0, EUS)
case("es-o09-gorbeia-iguala-con-preaviso", OWB, "decided", [M(
    "Casa Rural Gorbeia <etxea@gorbeiarural.eus>", OWDTO, "Baja de la iguala mensual", w,
    "Kaixo,\n\nQueremos dar de baja la iguala mensual de mantenimiento (proyecto Mantenimiento Web Casa Rural "
    "Gorbeia, última factura OWD-2025-3009). El motivo: mi sobrino, que es informático, se va a encargar de "
    "la web a partir de ahora.\n\nEskerrik asko,\nMaite Goikoetxea\nZeanuri, Bizkaia\n")],
    [X("cancel", "2025-10-14")],
    spec="O4: next_billing_at 2025-10-15; request 2025-09-29 IST, on or before 2025-10-08 (7 days' notice): "
         "cancel, effective 2025-10-14 (the day before next billing).")

proj("SEO Mensual Restaurante Antigua", "gerencia@restaurantelacuevita.com.gt")
owpay("es30_o10", "OWD-2025-3010", "SEO Mensual Restaurante Antigua", "retainer", "12000.00",
      "2025-09-03T10:00:00", period_start="2025-09-03", period_end="2025-10-02", next_billing_at="2025-10-03")
w = d(2025, 9, 28, 18, 0, GT)
case("es-o10-antigua-iguala-poco-preaviso", OWB, "decided", [M(
    "Restaurante La Cuevita <gerencia@restaurantelacuevita.com.gt>", OWDTO,
    "Cancelar servicio SEO mensual OWD-2025-3010", w,
    "Buenas noches,\n\nNecesitamos cancelar el servicio de SEO mensual (SEO Mensual Restaurante Antigua, "
    "factura OWD-2025-3010). El restaurante va a cerrar por remodelación de enero a marzo y no tiene caso "
    "seguir pagando.\n\nSaludos,\nLic. Estuardo Monterroso\n")],
    [X("cancel", "2025-11-02")],
    spec="O4: next_billing_at 2025-10-03, request 2025-09-29 05:30 IST, after 2025-09-26 (less than 7 days' "
         "notice): the next cycle 2025-10-03..2025-11-02 is billed; effective 2025-11-02.")

proj("Community Manager Iglesia Hialeah", "pastor@ministeriovidanueva-fl.org")
owpay("es30_o11", "OWD-2025-3011", "Community Manager Iglesia Hialeah", "retainer", "10000.00",
      "2025-09-10T10:00:00", period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10")
owpay("es30_o12", "OWD-2025-3012", "Community Manager Iglesia Hialeah", "retainer", "10000.00",
      "2025-09-25T10:00:00", period_start="2025-10-10", period_end="2025-11-09", next_billing_at="2025-11-10")
w = d(2025, 9, 28, 13, 0, MIA)
case("es-o11-hialeah-iglesia-ciclo-prepagado", OWB, "decided", [M(
    "Pastor Rigoberto Sosa <pastor@ministeriovidanueva-fl.org>", OWDTO, "Cancelar community manager", w,
    "Dios les bendiga.\n\nEl ministerio ha decidido cancelar el servicio de Community Manager Iglesia "
    "Hialeah (facturas OWD-2025-3011 y OWD-2025-3012). Unos jóvenes de la congregación se van a encargar de "
    "las redes como servicio voluntario. Tengan en cuenta que ya habíamos pagado octubre por adelantado.\n\n"
    "En Cristo,\nPastor Rigoberto Sosa\nMinisterio Vida Nueva, Hialeah FL\n")],
    [X("escalate")], extra_ok=True,
    spec="Section 8 retainer paid in advance: the next cycle (2025-10-10..2025-11-09, OWD-2025-3012) is "
         "already paid and the notice is 12 days (>= 7): escalate.")

proj("Hosting Hotel Rural La Gomera", "hola@casaagulo.es")
owpay("es30_o13", "OWD-2025-3013", "Hosting Hotel Rural La Gomera", "hosting_annual", "18000.00",
      "2025-09-20T10:00:00", setup_fee="1800.00", service_start="2025-09-20")
w = d(2025, 9, 30, 10, 0, CAN)
assert o5("18000.00", "1800.00") == "14850.00" and day_n("2025-09-20", w) == 10
case("es-o12-la-gomera-hosting-10-dias", OWB, "decided", [M(
    "Casa Agulo <hola@casaagulo.es>", OWDTO, "Devolución hosting anual y baja", w,
    "Buenos días:\n\nContratamos el hosting anual el 20/09 (factura OWD-2025-3013, proyecto Hosting Hotel "
    "Rural La Gomera), pero el Cabildo nos ofrece alojamiento gratuito en su plataforma de turismo rural. "
    "Queremos darnos de baja y que nos devuelvan lo que corresponda.\n\nUn saludo,\nCandelaria Darias\n"
    "Agulo, La Gomera\n")],
    [R("approve", "14850.00")], extra_ok=True,
    spec="O5: service_start 2025-09-20, request 2025-09-30 IST (day 10 <= 14): 18000 - 1800 - 16200/12 "
         "(1350) x 1 = 14850.00.")

proj("Mantenimiento Web Gestoría Tolosa", "idazkaritza@tolosabulegoa.eus")
owpay("es30_o14", "OWD-2025-3014", "Mantenimiento Web Gestoría Tolosa", "maintenance_annual", "11111.00",
      "2025-09-16T10:00:00", setup_fee="1111.00", service_start="2025-09-16")
w = d(2025, 9, 30, 13, 0, EUS)
assert o5("11111.00", "1111.00") == "9166.67" and day_n("2025-09-16", w) == 14
case("es-o13-tolosa-mantenimiento-dia-14", OWB, "decided", [M(
    "Idazkaritza Tolosa Bulegoa <idazkaritza@tolosabulegoa.eus>", OWDTO,
    "Devolución mantenimiento anual OWD 2025 3014", w,
    "Buenos días,\n\nSolicitamos la devolución del contrato de mantenimiento anual (OWD 2025 3014, "
    "Mantenimiento Web Gestoría Tolosa). La gestoría se fusiona con otra de Donostia y la web se "
    "integrará en la suya.\n\nAtentamente,\nSecretaría\n")],
    [R("approve", "9166.67")], extra_ok=True,
    spec="O5: service_start 2025-09-16, request 2025-09-30 16:30 IST, day 14 (inside): 11111 - 1111 - "
         "10000/12 (833.333...) = 9166.666... -> 9166.67 (C6, rounded once); 'OWD 2025 3014' matches.")

proj("Hosting Tienda Quetzaltenango", "tienda@xelacafe.com.gt")
owpay("es30_o15", "OWD-2025-3015", "Hosting Tienda Quetzaltenango", "hosting_annual", "15000.00",
      "2025-09-01T10:00:00", setup_fee="1500.00", service_start="2025-09-01")
w = d(2025, 9, 24, 9, 0, GT)
case("es-o14-xela-hosting-tarde", OWB, "decided", [M(
    "Xela Café <tienda@xelacafe.com.gt>", OWDTO, "Reembolso hosting", w,
    "Buen día, queremos el reembolso del hosting anual (OWD-2025-3015, Hosting Tienda Quetzaltenango) "
    "porque la página carga muy lento en Guatemala y los clientes se quejan.\n\nXela Café\n")],
    [R("deny")], extra_ok=True,
    spec="O5: service_start 2025-09-01, request 2025-09-24 IST, 23 days > 14: deny.")

proj("Web Restaurante Sukiyaki Texas", "owner@sukiyakihouston.com")
owpay("es30_o16", "OWD-2025-3016", "Web Restaurante Sukiyaki Texas", "third_party", "3200.00",
      "2025-09-27T10:00:00")
w = d(2025, 9, 28, 10, 0, TX)
case("es-o15-houston-dominio", OWB, "decided", [M(
    "Ken Nakamura <owner@sukiyakihouston.com>", OWDTO, "refund del dominio", w,
    "Hola, me compraron el dominio sukiyaki-houston.com (invoice OWD-2025-3016, Web Restaurante Sukiyaki "
    "Texas) pero yo quería el .net. Por favor refund del dominio.\nKen\n")],
    [R("deny")],
    spec="O6: third_party (domain) is never refundable: deny.")

proj("Landing Feria Agrícola Ebebiyín", "feria@camaraebebiyin.gq")
owpay("es30_o17", "OWD-2025-3017", "Landing Feria Agrícola Ebebiyín", "rush", "5000.00", "2025-09-26T10:00:00")
w = d(2025, 9, 27, 9, 0, GQ)
case("es-o16-ebebiyin-recargo-urgencia", OWB, "decided", [M(
    "Cámara de Comercio Ebebiyín <feria@camaraebebiyin.gq>", OWDTO, "Devolución recargo por urgencia", w,
    "Distinguidos señores:\n\nAbonamos el recargo por entrega urgente (factura OWD-2025-3017) de la Landing "
    "Feria Agrícola Ebebiyín, pero la feria se ha aplazado al mes de diciembre, por lo que la urgencia ya no "
    "es necesaria. Rogamos la devolución de dicho recargo.\n\nAtentamente,\nLa Secretaría\n")],
    [R("deny")],
    spec="O6: kind rush is never refundable: deny.")

proj("Tienda Online Zapatería Elda", "direccion@calzadoselda.es")
owpay("es30_o18", "OWD-2025-3018", "Tienda Online Zapatería Elda", "deposit", "20000.00", "2025-09-28T10:00:00")
w = d(2025, 9, 29, 9, 30, VLC)
case("es-o17-elda-correo-del-hijo-c2", OWB, "need_info", [M(
    "Rubén Amat <rubenamat.elda@hotmail.com>", OWDTO, "Devolución anticipo zapatería", w,
    "Hola, soy el hijo del dueño de Calzados Elda. Mi padre firmó el contrato con "
    "direccion@calzadoselda.es pero no sabe usar el correo. Queremos anular la Tienda Online Zapatería Elda "
    "y que nos devolváis el anticipo (OWD-2025-3018) porque hemos decidido vender por Amazon.\n\nRubén\n")],
    rules=["C2"],
    spec="C2 (explicit for Optima): the contract email is direccion@calzadoselda.es; a hotmail address gets "
         "need_info asking to write from it, nothing about the project.")

proj("Catálogo Digital Ferretería Malabo", "gerencia@ferreteriamalabo.gq")
owpay("es30_o19", "OWD-2025-3019", "Catálogo Digital Ferretería Malabo", "deposit", "16000.00",
      "2025-09-28T12:00:00")
w = d(2025, 9, 29, 8, 0, GQ)
case("es-o18-malabo-sin-motivo", OWB, "need_info", [M(
    "Gerencia Ferretería Malabo <gerencia@ferreteriamalabo.gq>", OWDTO,
    "Refund Request — Catálogo Digital Ferretería Malabo / OWD-2025-3019", w,
    "Buenos días,\n\nSolicitamos la devolución del depósito de la factura OWD-2025-3019, proyecto Catálogo "
    "Digital Ferretería Malabo.\n\nQuedamos a la espera.\nAtentamente,\nLa Gerencia\n\n--\nEste correo "
    "electrónico y cualquier documento adjunto son confidenciales.\n")],
    missing=["reason"],
    spec="C3 / section 8: Optima requires a reason; the mail only restates the request: need_info reason.")

proj("Web Taquería Los Compadres", "compadres.sa@gmail.com")
proj("Menú Digital Los Compadres Food Truck", "compadres.sa@gmail.com")
owpay("es30_o20", "OWD-2025-3020", "Web Taquería Los Compadres", "deposit", "15000.00", "2025-09-27T19:00:00")
owpay("es30_o21", "OWD-2025-3021", "Menú Digital Los Compadres Food Truck", "deposit", "6000.00",
      "2025-09-27T19:05:00")
w = d(2025, 9, 28, 9, 0, TX)
case("es-o19-san-antonio-dos-proyectos", OWB, "need_info", [M(
    "Los Compadres <compadres.sa@gmail.com>", OWDTO, "refund", w,
    "hey que tal, queremos un refund del deposito que les mandamos ayer porque mi compadre y yo nos "
    "peleamos y ya no vamos a seguir con ese negocio. gracias\n")],
    missing=["project_name", "invoice_number"],
    spec="C3: the contract email has two projects, each with a deposit paid the day before; neither is named: "
         "need_info project_name and invoice_number.")

proj("Rebranding Dulcería Cobán", "dulceria.coban@gmail.com")
owpay("es30_o22", "OWD-2025-3022", "Rebranding Dulcería Cobán", "milestone", "24000.00", "2025-09-18T10:00:00",
      milestone_status="not_started")
w1, w2 = d(2025, 9, 25, 10, 0, GT), d(2025, 9, 29, 11, 0, GT)
case("es-o20-coban-hilo-factura", OWB, "decided", [
    M("Dulcería Cobán <dulceria.coban@gmail.com>", OWDTO, "devolucion etapa 2 Rebranding Dulcería Cobán", w1,
      "Buenos días, queremos la devolución de la etapa 2 del Rebranding Dulcería Cobán, la de empaques, "
      "porque al final la distribuidora nos va a dar los empaques ya diseñados. No encuentro la factura.\n"
      "Doña Irma\n"),
    M("Dulcería Cobán <dulceria.coban@gmail.com>", OWDTO, "Re: devolucion etapa 2 [OWD-3110]", w2,
      "Ya la encontró mi nieta: es la OWD-2025-3022.\nDoña Irma\n\n> Para continuar, indíquenos el número "
      "de factura. [OWD-3110]\n", headers={"_irt": "<owd-3110.reply@optimawebdesign.com>"})],
    [R("approve", "24000.00")],
    spec="C3 thread: invoice given in the answer; O3 milestone not_started: approve 24000.00.")

proj("Sitio Web Despacho Contable Kendall", "cpa@riveracpa-miami.com")
owpay("es30_o23", "OWD-2025-3023", "Sitio Web Despacho Contable Kendall", "deposit", "22000.00",
      "2025-09-20T10:00:00")
w = d(2025, 9, 27, 10, 0, MIA)
case("es-o21-kendall-cpa-abogado", OWB, "decided", [M(
    "Rivera CPA <cpa@riveracpa-miami.com>", OWDTO, "Demand for refund - Sitio Web Despacho Contable Kendall", w,
    "Señores Optima WebDesign:\n\nHace una semana pagamos el depósito (OWD-2025-3023) del Sitio Web Despacho "
    "Contable Kendall y no hemos recibido ni una llamada. Exigimos la devolución. Si en cinco días no hay "
    "respuesta, nuestro attorney iniciará las acciones legales correspondientes.\n\nMaritza Rivera, CPA\n")],
    [R("escalate")], rules=["C4"],
    spec="C4: a legal threat (attorney, legal action) escalates, although O2 would deny (7 days after the "
         "deposit).")

proj("Soporte Mensual Web Academia Baile", "info@academiabaile-lpgc.es")
owpay("es30_o24", "OWD-2025-3024", "Soporte Mensual Web Academia Baile", "retainer", "7000.00",
      "2025-09-20T10:00:00", period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20")
w = d(2025, 9, 26, 12, 0, CAN)
case("es-o22-las-palmas-baja-sin-motivo", OWB, "need_info", [M(
    "Academia de Baile Triana <info@academiabaile-lpgc.es>", OWDTO,
    "Baja Soporte Mensual Web Academia Baile - OWD-2025-3024", w,
    "Hola buenas,\n\nPor favor, tramitad la baja del soporte mensual (Soporte Mensual Web Academia Baile, "
    "OWD-2025-3024).\n\nGracias,\nYaiza\n")],
    missing=["reason"],
    spec="Section 8: Optima requires a reason for cancellations too; none given: need_info reason.")

case("es-o23-autorespuesta-outlook", OWB, "ignore", [M(
    "Casa Rural Gorbeia <etxea@gorbeiarural.eus>", OWDTO,
    "Respuesta automática: Re: Baja de la iguala mensual [OWD-3120]", d(2025, 9, 29, 10, 5, EUS),
    "Estaré fuera de la oficina hasta el lunes. / Bulegotik kanpo egongo naiz astelehenera arte.\n",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
             "_irt": "<owd-3120.reply@optimawebdesign.com>"})],
    rules=["C7"], spec="C7: Auto-Submitted auto-replied: ignore.")

case("es-o24-bata-pregunta-antes-de-contratar", OWB, "other", [M(
    "Pilar Nchama <pilar.nchama@yahoo.es>", OWDTO, "Información antes de contratar", d(2025, 9, 27, 11, 0, GQ),
    "Buenos días,\n\nQuiero una página para mi salón de peluquería en Bata. Antes de pagar nada quisiera "
    "saber: si pago el anticipo y luego cambio de opinión, ¿me devolverían el dinero? ¿Y el dominio?\n\n"
    "Gracias,\nPilar\n")],
    spec="Section 8 hypotheticals before buying: other.")

cust("administracio@neulesmarti.es", "Neules Martí", "monthly", start="2025-09-10", end="2025-10-09")
case("es-o25-cliente-de-leadsoptima-escribe-a-optima", OWB, "need_info", [M(
    "Neules Martí <administracio@neulesmarti.es>", OWDTO, "Devolución cuota", d(2025, 9, 12, 10, 0, VLC),
    "Hola, nos habéis cobrado dos veces la cuota mensual del programa de leads (factura LO-INV-30190). "
    "Devolvednos el duplicado, por favor.\n\nJoan\n")],
    rules=["C2"],
    spec="Section 8 the other brand's customer: mail to Optima, the ledger is searched in Optima only; the "
         "sender is unknown there: C2 need_info.")

proj("Web Club de Pelota Hernani", "kluba@pilotahernani.eus")
owpay("es30_o25", "OWD-2025-3025", "Web Club de Pelota Hernani", "deposit", "14000.00", "2025-09-27T10:00:00",
      status="disputed")
w = d(2025, 9, 28, 11, 0, EUS)
case("es-o26-hernani-pago-en-disputa", OWB, "decided", [M(
    "Hernani Pilota Kluba <kluba@pilotahernani.eus>", OWDTO, "Devolución depósito Web Club de Pelota Hernani", w,
    "Kaixo,\n\nPagamos ayer el depósito (OWD-2025-3025) de la Web Club de Pelota Hernani, pero la asamblea "
    "de socios ha votado en contra del gasto. Solicitamos su devolución.\n\nAgur,\nIñaki, tesorero\n")],
    [R("escalate")],
    spec="Section 8: the deposit's ledger status is disputed (not paid): a refund of it is escalate.")

proj("Hosting Tienda Bikinis Maspalomas", "tienda@bikinismaspalomas.es")
owpay("es30_o26", "OWD-2025-3026", "Hosting Tienda Bikinis Maspalomas", "hosting_annual", "20400.00",
      "2025-09-26T10:00:00", setup_fee="900.00", service_start="2025-10-15")
w = d(2025, 9, 29, 12, 0, CAN)
assert o5("20400.00", "900.00") == "17875.00"
case("es-o27-maspalomas-hosting-antes-de-empezar", OWB, "decided", [M(
    "Bikinis Maspalomas <tienda@bikinismaspalomas.es>", OWDTO, "Devolución hosting OWD-2025-3026", w,
    "Hola chicos,\n\nPagamos el hosting anual el viernes (OWD-2025-3026, Hosting Tienda Bikinis Maspalomas) "
    "pero al final nos quedamos con Shopify, que incluye el alojamiento. Queremos la devolución y anular "
    "el servicio, que todavía ni ha empezado.\n\nBesitos,\nAcerina\n")],
    [R("approve", "17875.00")], extra_ok=True,
    spec="O5 before service start (section 8): consumed_months = 1; 20400 - 900 - 19500/12 (1625) = 17875.00.")

proj("Tienda Online Miel de la Alcarria Valencia", "mel@apiculturaturis.es")
owpay("es30_o27", "OWD-2025-3027", "Tienda Online Miel de la Alcarria Valencia", "setup", "4500.00",
      "2025-09-27T10:00:00")
w = d(2025, 9, 28, 10, 0, VLC)
case("es-o28-turis-cuota-alta", OWB, "decided", [M(
    "Apicultura Turís <mel@apiculturaturis.es>", OWDTO, "Devolució / devolución alta OWD-2025-3027", w,
    "Bon dia,\n\nNos cobrasteis la cuota de alta/configuración (OWD-2025-3027) de la Tienda Online Miel de la "
    "Alcarria Valencia. Nos parece muy cara para lo que es y pedimos que nos la devolváis.\n\nVicenta\n")],
    [R("deny")],
    spec="O6: kind setup is never refundable: deny.")

proj("Web Constructora Retalhuleu", "gerencia@constructorareu.com.gt")
owpay("es30_o28", "OWD-2025-3028", "Web Constructora Retalhuleu", "deposit", "26000.00", "2025-09-28T10:00:00")
w = d(2025, 9, 29, 9, 0, GT)
case("es-o29-reu-contador-reenvia-c2", OWB, "need_info", [M(
    "Lic. Otto Barrios - Contador <obarrios.contador@gmail.com>", OWDTO,
    "RV: Anular página web constructora", w,
    "Buen día, reenvío la instrucción de mi cliente. Favor proceder.\n\nLic. Otto Barrios, Contador "
    "Público y Auditor\n\n________________________________\nDe: Gerencia Constructora REU "
    "<gerencia@constructorareu.com.gt>\nEnviado: domingo, 28 de septiembre de 2025 20:14\nPara: Otto "
    "Barrios\nAsunto: Anular página web constructora\n\nLic. Barrios, escríbale a Optima WebDesign que "
    "anulamos la Web Constructora Retalhuleu y que devuelvan el anticipo OWD-2025-3028, se cayó el "
    "financiamiento del banco. Gracias.\n")],
    rules=["C2"],
    spec="Section 8 forwards + C2: the forwarded request is from contract email gerencia@constructorareu; "
         "the sender is the accountant's gmail: need_info.")

proj("Branding Bar Pintxos Gasteiz", "taberna@pintxosgasteiz.eus", "2025-09-24T10:00:00")
owpay("es30_o29", "OWD-2025-3029", "Branding Bar Pintxos Gasteiz", "change_request", "3500.00",
      "2025-09-25T10:00:00")
w = d(2025, 9, 27, 10, 0, EUS)
case("es-o30-gasteiz-cambio-de-logo", OWB, "decided", [M(
    "Taberna Pintxos Gasteiz <taberna@pintxosgasteiz.eus>", OWDTO, "Devolución cambio solicitado", w,
    "Egun on,\n\nPagamos el cambio extra del logo (OWD-2025-3029, Branding Bar Pintxos Gasteiz) pero el "
    "resultado es casi igual al anterior, no vemos la diferencia. Queremos que nos devolváis ese pago.\n\n"
    "Patxi\n")],
    [R("deny")],
    spec="O6: kind change_request is never refundable: deny.")


if __name__ == "__main__":
    write_all()
