#!/usr/bin/env python3
"""fresh32_es: held-out Spanish cases for mailbot (Balearic Islands, Castilla y León, La Rioja, Gibraltar
Llanito, Andorra, older Hispanic families in New Mexico and Chicago, the Philippines, Spanish written by
German, Swiss and French speakers).

Stdlib only, deterministic.  Running it writes ledger.json, emails/*.eml and expected.json beside this
file.  MIT, like the project; all text written for this project.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANG, ROUND = "es", "fresh32-es"
LOB, OWB = "leadsoptima", "optima_webdesign"
TAX = {"1499.00": "269.82", "3999.00": "719.82", "11988.00": "2157.84"}

LEDGER = {"customers": [], "projects": [], "payments": []}
CASES = []
(HERE / "emails").mkdir(exist_ok=True)
for _old in (HERE / "emails").glob("*.eml"):
    _old.unlink()


def tz(h, m=0):
    return timezone(timedelta(hours=h, minutes=m))


def d(y, mo, dd, h, mi, zone):
    return datetime(y, mo, dd, h, mi, tzinfo=zone)


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


def case(cid, brand, status, msgs, decisions=(), rules=(), missing=None, extra_ok=False,
         ambiguous=None, spec=""):
    files, prev = [], []
    for i, m in enumerate(msgs, 1):
        msg = EmailMessage(policy=SMTP)
        msg["From"] = m["from"]
        msg["To"] = m["to"]
        msg["Subject"] = m["subject"]
        msg["Date"] = format_datetime(m["when"])
        mid = f"<{cid}.{i}.{int(m['when'].timestamp())}@mail.{ROUND}.example>"
        msg["Message-ID"] = mid
        if m["reply_to"]:
            msg["Reply-To"] = m["reply_to"]
        irt = m["headers"].get("_irt")
        if irt:
            msg["In-Reply-To"] = irt
            msg["References"] = " ".join(prev + [irt])
        elif prev:
            msg["In-Reply-To"] = prev[-1]
            msg["References"] = " ".join(prev)
        for k, v in m["headers"].items():
            if not k.startswith("_"):
                msg[k] = v
        msg["MIME-Version"] = "1.0"
        msg.set_content(m["body"], subtype="html" if m["html"] else "plain")
        if irt:
            prev.append(irt)
        prev.append(mid)
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


def write_all():
    (HERE / "ledger.json").write_text(json.dumps(LEDGER, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")
    print(f"{len(CASES)} cases, {len(LEDGER['payments'])} payments")


PMI, CYL, RIO, GIB, AND, NM, CHI, MNL, DE, FR, CHZ = (tz(2), tz(2), tz(2), tz(2), tz(2), tz(-6), tz(-5),
                                                     tz(8), tz(2), tz(2), tz(2))
SUP = "Soporte LeadsOptima <support@leadsoptima.com>"
OWDTO = "Optima WebDesign <optimawebdesigns12@gmail.com>"

# ------------------------------------------------------------------ LeadsOptima

cust("reservas@hostalcantoni.es", "Hostal Can Toni", "monthly", start="2025-09-24", end="2025-10-23")
lopay("s32e01", "LO-INV-32011", "reservas@hostalcantoni.es", "monthly", "1499.00", "2025-09-24T14:10:00",
      "2025-09-24", "2025-10-23")
lopay("s32e02", "LO-INV-32012", "reservas@hostalcantoni.es", "monthly", "1499.00", "2025-09-24T14:11:30",
      "2025-09-24", "2025-10-23")
case("es-l01-soller-hostal-cobro-doble", LOB, "decided", [M(
    "Hostal Can Toni - Reserves <reservas@hostalcantoni.es>", SUP, "Dos cobros iguales el dimecres 24",
    d(2025, 9, 26, 9, 15, PMI),
    "Bon dia,\n\nOs escribo desde el Hostal Can Toni, en Sóller. Revisando el extracto del banco veo que el "
    "miércoles 24 sobre las 10:40 nos pasasteis el plan mensual dos veces, 1.499 más 1.499, con un minuto de "
    "diferencia. Las facturas son la LO-INV-32011 y la LO-INV-32012. Está clarísimo que es un cobro duplicado "
    "así que os pido que nos devolváis el segundo.\n\nAprofito per dir-vos que el formulario de reservas va "
    "de maravilla.\n\nMoltes gràcies,\nXisca Bauzà\nRecepció - Hostal Can Toni\nC/ de sa Lluna, Sóller\n")],
    [R("approve", "1499.00")],
    spec="L4: two paid monthly charges 2025-09-24 same period; request 2025-09-26 12:45 IST = day 2: approve "
         "the later one LO-INV-32012, 1499.00 (10:40 CEST = 14:10 IST).")

cust("administracion@gestoriapisuerga.es", "Gestoria Pisuerga", "quarterly", start="2025-09-15", end="2025-12-14")
lopay("s32e03", "LO-INV-32021", "administracion@gestoriapisuerga.es", "quarterly", "3999.00",
      "2025-09-15T10:00:00", "2025-09-15", "2025-12-14")
lopay("s32e04", "LO-INV-32022", "administracion@gestoriapisuerga.es", "quarterly", "3999.00",
      "2025-09-15T10:02:00", "2025-09-15", "2025-12-14")
case("es-l02-valladolid-gestoria-doble-dia-8", LOB, "decided", [M(
    "Gestoría Pisuerga - Administración <administracion@gestoriapisuerga.es>", SUP,
    "Solicitud de devolución por cargo duplicado - facturas LO-INV-32021 / LO-INV-32022",
    d(2025, 9, 23, 8, 5, CYL),
    "Muy señores nuestros:\n\nPor medio de la presente les comunicamos que, en la conciliación bancaria del "
    "día de ayer, hemos detectado que el pasado lunes 15 de septiembre se nos cargó dos veces la cuota "
    "trimestral de su plataforma (3.999,00 € + IVA cada uno, facturas LO-INV-32021 y LO-INV-32022).\n\n"
    "Rogamos procedan a la devolución del importe cobrado por duplicado a la mayor brevedad.\n\n"
    "Sin otro particular, reciban un cordial saludo.\n\nM.ª Ángeles Pascual Herrero\nDpto. de Administración\n"
    "Gestoría Pisuerga S.L. - Acera de Recoletos, Valladolid\n\n"
    "AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. "
    "En cumplimiento del RGPD le informamos de que sus datos serán tratados por Gestoría Pisuerga S.L.\n")],
    [R("deny")],
    spec="L3: duplicate charges 2025-09-15 10:00 IST; request 2025-09-23 08:05 CEST = 11:35 IST, day 8: "
         "deny (the 7-day rule), though the ledger shows the pair.")

cust("bodega@vinasdelnajerilla.es", "Viñas del Najerilla", "annual", start="2025-09-20", end="2026-09-19")
lopay("s32e05", "LO-INV-32031", "bodega@vinasdelnajerilla.es", "annual", "11988.00", "2025-09-20T23:30:00",
      "2025-09-20", "2026-09-19")
lopay("s32e06", "LO-INV-32032", "bodega@vinasdelnajerilla.es", "annual", "11988.00", "2025-09-20T23:31:00",
      "2025-09-20", "2026-09-19")
case("es-l03-najera-bodega-dia-7-por-la-noche", LOB, "decided", [M(
    "Bodega Viñas del Najerilla <bodega@vinasdelnajerilla.es>", SUP, "cargo repetido plan anual",
    d(2025, 9, 27, 19, 50, RIO),
    "Buenas tardes:\n\nEstamos en plena vendimia y hasta hoy no he podido mirar las cuentas. El sábado 20 por la "
    "tarde, sobre las ocho, nos cobraron la suscripción anual 2 veces (11.988 € cada cargo, facturas "
    "LO-INV-32031 y LO-INV-32032). Solo tenemos una cuenta y un plan anual, o sea que uno sobra. Por favor "
    "devolvedlo a la misma tarjeta.\n\nUn saludo desde Nájera,\nÍñigo Sáenz de Tejada\nBodega Viñas del Najerilla\n")],
    [R("approve", "11988.00")],
    spec="L3/L4: charges 2025-09-20 23:30 IST (20:00 CEST); request 2025-09-27 19:50 CEST = 23:20 IST, day 7 "
         "(inside): approve LO-INV-32032 11988.00.")

cust("rosita.gallegos.abq@comcast.net", "Rosa Gallegos", "monthly", start="2025-09-12", end="2025-10-11")
for _i, (_pid, _inv, _t) in enumerate([("s32e07", "LO-INV-32041", "21:00:00"), ("s32e08", "LO-INV-32042", "21:01:00"),
                                       ("s32e09", "LO-INV-32043", "21:03:00")]):
    lopay(_pid, _inv, "rosita.gallegos.abq@comcast.net", "monthly", "1499.00", f"2025-09-12T{_t}",
          "2025-09-12", "2025-10-11")
case("es-l04-albuquerque-abuela-tres-cargos", LOB, "decided", [M(
    "Rosita Gallegos <rosita.gallegos.abq@comcast.net>", SUP, "me cobraron tres veces",
    d(2025, 9, 17, 8, 0, NM),
    "Buenos dias,\n\nMi nieto me ayudo a poner la cuenta para mi negocito de biscochitos y tamales aqui en "
    "Albuquerque. El viernes en la mañana, el 12, le di click al boton de pagar y la computadora se quedo "
    "pensando, y le volvi a dar, y otra vez. Ahora en el statement del banco salen tres cargos de $1,499 "
    "(rupias dice mi nieto) - los recibos son LO-INV-32041, LO-INV-32042 y LO-INV-32043. Nomas queria pagar "
    "una vez el plan de un mes. Haganme el favor de devolverme los dos que estan de mas.\n\n"
    "Que Dios los bendiga,\nRosita Gallegos\n505-555-0142\n")],
    [R("approve", "2998.00")],
    spec="s.8 three identical charges: every charge after the first is a duplicate. Charges 2025-09-12 21:00 IST "
         "(09:30 MDT); request 2025-09-17 19:30 IST, day 5: approve 1499.00 + 1499.00 = 2998.00.")

cust("taqueria.lapilsen@gmail.com", "Taqueria La Pilsen", "monthly", start="2025-09-25", end="2025-10-24")
lopay("s32e10", "LO-INV-32051", "taqueria.lapilsen@gmail.com", "monthly", "1499.00", "2025-09-25T20:15:00",
      "2025-09-25", "2025-10-24")
case("es-l05-chicago-taqueria-doble-sin-par", LOB, "decided", [M(
    "Taqueria La Pilsen <taqueria.lapilsen@gmail.com>", SUP, "Double charge?? cobro doble",
    d(2025, 9, 26, 18, 0, CHI),
    "Hola buenas tardes,\n\nsoy Chuy de la Taqueria La Pilsen en la 18th street. Ayer en la mañana me llegaron "
    "dos alertas de Chase por el pago de ustedes, dos veces la misma cantidad. Me cobraron doble el plan "
    "mensual. Quiero que me regresen el cargo que sobra. No tengo el numero de factura a la mano, estoy en "
    "la cocina.\n\nThanks,\nJesus 'Chuy' Arreola\nSent from my iPhone\n")],
    [R("escalate")],
    spec="L4: only one paid charge on the account (LO-INV-32051, 2025-09-25 20:15 IST; it identifies the "
         "invoice); no pair in the ledger: escalate. Request 2025-09-27 04:30 IST, day 2.")

cust("direccion@beachclubcalaconta.es", "Beach Club Cala Conta", "annual", start="2025-09-22", end="2026-09-21")
lopay("s32e11", "LO-INV-32061", "direccion@beachclubcalaconta.es", "annual", "11988.00", "2025-09-22T16:00:00",
      "2025-09-22", "2026-09-21")
case("es-l06-ibiza-plan-equivocado", LOB, "decided", [M(
    "Direccion Beach Club <direccion@beachclubcalaconta.es>", SUP, "Cobro del plan equivocado",
    d(2025, 9, 23, 11, 0, PMI),
    "Hola,\n\nContratamos el plan MENSUAL para probar durante la temporada que nos queda (cerramos en "
    "octubre) y nos habéis cobrado el ANUAL, 11.988 + IVA. Eso es un error de facturación, nos habéis cobrado "
    "el plan que no era. Necesitamos que lo corrijáis y nos devolváis la diferencia.\n\nSaludos,\nLuca Ferri\n"
    "Direttore / Director - Beach Club Cala Conta, Sant Josep de sa Talaia\n")],
    [R("escalate")],
    spec="L5: billing error (wrong plan charged), one payment on the account (LO-INV-32061, 2025-09-22), "
         "request 2025-09-23 day 1: escalate.")

cust("pedidos@embutidosdelarlanza.es", "Embutidos del Arlanza", "quarterly", status="cancelled",
     start="2025-09-26", end="2025-12-25")
lopay("s32e12", "LO-INV-31071", "pedidos@embutidosdelarlanza.es", "quarterly", "3999.00", "2025-06-26T09:00:00",
      "2025-06-26", "2025-09-25")
lopay("s32e13", "LO-INV-32071", "pedidos@embutidosdelarlanza.es", "quarterly", "3999.00", "2025-09-26T09:00:00",
      "2025-09-26", "2025-12-25")
case("es-l07-lerma-cobro-tras-la-baja", LOB, "decided", [M(
    "Embutidos del Arlanza <pedidos@embutidosdelarlanza.es>", SUP, "Cobro despues de darnos de baja",
    d(2025, 9, 27, 10, 30, CYL),
    "Buenos días,\n\nEn agosto dimos de baja el plan trimestral desde el panel (tengo la captura) y ayer "
    "viernes nos habéis vuelto a cobrar, factura lo inv 32071. Nos han cobrado después de cancelar, no es "
    "ni medio normal. Solicito la devolución de ese cargo.\n\nAtentamente,\nFélix Arribas\nEmbutidos del "
    "Arlanza - Lerma (Burgos)\n")],
    [R("escalate")],
    spec="L5: 'charged after I cancelled' is billing_error; invoice 'lo inv 32071' = LO-INV-32071 "
         "(2025-09-26); request day 1: escalate.")

cust("marisol.dlc@ayalaland-example.ph", "Marisol de la Cruz", "monthly", start="2025-09-27", end="2025-10-26")
lopay("s32e14", "LO-INV-32081", "marisol.dlc@ayalaland-example.ph", "monthly", "1499.00", "2025-09-27T12:00:00",
      "2025-09-27", "2025-10-26")
case("es-l08-manila-no-puede-entrar", LOB, "decided", [M(
    "Marisol de la Cruz <marisol.dlc@ayalaland-example.ph>", SUP, "No puedo entrar / cannot log in",
    d(2025, 9, 29, 9, 10, MNL),
    "Buenas dias po,\n\nI am writing in Spanish because my lola taught me and your website says you answer in "
    "Spanish. Desde el sabado que pague el plan mensual no puedo entrar a la plataforma, sale 'invalid "
    "session' y despues pantalla blanca. Ya hice reset del password dos veces. Sin acceso no sirve para nada, "
    "asi que pido la devolucion del pago. Salamat po.\n\nMarisol de la Cruz\nMakati City\n")],
    [R("escalate")],
    spec="L6: access failure, one payment (LO-INV-32081, 2025-09-27 12:00 IST = 14:30 PHT Saturday); request "
         "2025-09-29 06:40 IST, day 2: escalate.")

cust("kevin.ferrary@gibtelecom-example.gi", "Kevin Ferrary", "monthly", start="2025-09-14", end="2025-10-13")
lopay("s32e15", "LO-INV-32091", "kevin.ferrary@gibtelecom-example.gi", "monthly", "1499.00", "2025-09-14T11:00:00",
      "2025-09-14", "2025-10-13")
case("es-l09-gibraltar-llanito-acceso-tarde", LOB, "decided", [M(
    "Kevin Ferrary <kevin.ferrary@gibtelecom-example.gi>", SUP, "platform no carga - refund please",
    d(2025, 9, 24, 10, 0, GIB),
    "Hello, buenos días,\n\nMira, the platform no me carga desde hace más de una semana, me sale el logo "
    "dando vueltas y ya está, it's a nightmare. I paid the monthly on the 14th, invoice LO-INV-32091, y no "
    "he podido usarlo ni un día. I want my money back, vale? Lo he probado en el laptop y en el móvil, "
    "same thing.\n\nCheers,\nKevin\nMain Street, Gibraltar\n")],
    [R("deny")],
    spec="L3: access failure but charge 2025-09-14 11:00 IST, request 2025-09-24 13:30 IST = day 10: deny "
         "(7-day rule).")

cust("botiga@esportspasdelacasa.ad", "Esports Pas de la Casa", "monthly", start="2025-09-28", end="2025-10-27")
lopay("s32e16", "LO-INV-32101", "botiga@esportspasdelacasa.ad", "monthly", "1499.00", "2025-09-28T10:00:00",
      "2025-09-28", "2025-10-27")
case("es-l10-andorra-ya-no-lo-usamos", LOB, "decided", [M(
    "Esports Pas de la Casa <botiga@esportspasdelacasa.ad>", SUP, "devolució / devolución",
    d(2025, 9, 29, 16, 45, AND),
    "Hola,\n\nHemos decidido que este invierno no vamos a hacer campañas de captación, la temporada de "
    "esquí la llenamos igual con los clientes de siempre. El cobro del domingo no lo vamos a aprovechar "
    "así que pedimos que nos lo devolváis, total no lo hemos usado.\n\nGràcies,\nJordi Cerqueda\nEsports "
    "Pas de la Casa - Principat d'Andorra\n")],
    [R("deny")],
    spec="L1: not using it / changed plans is not an exception reason: deny, cancellation offered. One "
         "payment identifies the invoice (LO-INV-32101).")

cust("j.hoffmann@hoffmann-reisen-example.de", "Jürgen Hoffmann", "quarterly", start="2025-09-08", end="2025-12-07")
lopay("s32e17", "LO-INV-32111", "j.hoffmann@hoffmann-reisen-example.de", "quarterly", "3999.00",
      "2025-09-08T13:00:00", "2025-09-08", "2025-12-07")
case("es-l11-munich-aleman-caro-baja-y-reembolso", LOB, "decided", [M(
    "Jürgen Hoffmann <j.hoffmann@hoffmann-reisen-example.de>", SUP,
    "Terminación del contrato y devolución de dinero", d(2025, 9, 30, 9, 0, DE),
    "Estimadas señoras y señores,\n\ncon este correo quiero terminar el contrato de nuestro plan trimestral. "
    "Nosotros organizamos viajes en grupo a Mallorca y Tenerife y la herramienta es para nosotros demasiado "
    "cara, el precio no está en relación con los leads que recibimos. Por eso pido también la devolución "
    "del dinero para el tiempo que resta del trimestre.\n\nPerdonen mi español, lo aprendí en la "
    "Volkshochschule.\n\nCon saludos cordiales\nJürgen Hoffmann\nHoffmann Reisen GmbH, München\n"
    "Geschäftsführer: J. Hoffmann - Amtsgericht München HRB 000000\n")],
    [R("deny"), X("cancel", "2025-12-07")],
    spec="L1: too expensive / unused part of the quarter: refund deny; L8 cancel, active until "
         "current_period_end 2025-12-07.")

cust("citas@fisiosoria.es", "Fisioterapia Duero", "quarterly", start="2025-08-19", end="2025-11-18")
lopay("s32e18", "LO-INV-32121", "citas@fisiosoria.es", "quarterly", "3999.00", "2025-08-19T10:00:00",
      "2025-08-19", "2025-11-18")
case("es-l12-soria-fisio-baja-trimestral", LOB, "decided", [M(
    "Fisioterapia Duero <citas@fisiosoria.es>", SUP, "Baja del servicio",
    d(2025, 9, 29, 13, 20, CYL),
    "Buenas,\n\nLes escribo para darnos de baja. Somos una clínica pequeña en Soria y los pacientes nos "
    "llegan por el boca a boca, los formularios de captación no nos han traído casi nadie. No renovéis el "
    "trimestre que viene.\n\nGracias y un saludo,\nBeatriz Lafuente\nFisioterapia Duero\n")],
    [X("cancel", "2025-11-18")],
    spec="L8: cancellation, quarterly, ledger current_period_end 2025-11-18: cancel effective 2025-11-18.")

cust("secretaria@academiatormes.es", "Academia Tormes", "annual")
lopay("s32e19", "LO-INV-31131", "secretaria@academiatormes.es", "annual", "11988.00", "2025-03-13T20:00:00+00:00",
      "2025-03-14", "2026-03-13")
case("es-l13-salamanca-academia-anual-sin-periodo", LOB, "decided", [M(
    "Secretaría Academia Tormes <secretaria@academiatormes.es>", SUP, "Baja suscripción anual",
    d(2025, 9, 30, 17, 30, CYL),
    "Buenas tardes,\n\nOs comunicamos que no queremos renovar la suscripción anual. Cuando se acabe el año que "
    "ya tenemos pagado, se termina. Motivo: la academia se fusiona con otra de Zamora y usaremos su sistema.\n\n"
    "Un saludo,\nSecretaría - Academia Tormes, Salamanca\n")],
    [X("cancel", "2026-03-13")],
    spec="L8 fallback: no current_period_end on the customer; last charge 2025-03-13T20:00Z = 2025-03-14 01:30 "
         "IST (local date 14 March) + 12 months - 1 day = 2026-03-13.")

cust("hola@calabrisamao.es", "Cala Brisa Maó", "monthly")
lopay("s32e20", "LO-INV-31141", "hola@calabrisamao.es", "monthly", "1499.00", "2025-08-05T18:00:00",
      "2025-08-05", "2025-09-04")
lopay("s32e21", "LO-INV-32141", "hola@calabrisamao.es", "monthly", "1499.00", "2025-09-05T18:00:00",
      "2025-09-05", "2025-10-04")
case("es-l14-mao-mensual-baja-fin-temporada", LOB, "decided", [M(
    "Cala Brisa <hola@calabrisamao.es>", SUP, "Donar de baixa / dar de baja",
    d(2025, 9, 30, 12, 10, PMI),
    "Hola!\n\nSe nos acaba la temporada en Menorca y cerramos el restaurante hasta Semana Santa, así que "
    "queremos dar de baja el plan mensual. Ya lo volveremos a contratar en primavera si eso.\n\n"
    "Salut,\nNeus Pons\nCala Brisa - Port de Maó\n")],
    [X("cancel", "2025-10-04")],
    spec="L8: no current_period_end on the customer; last charge 2025-09-05 + 1 month - 1 day = 2025-10-04.")

cust("tia.carmen.santafe@yahoo.com", "Carmen Montoya", "monthly", status="trial", trial_ends="2025-10-05")
case("es-l15-santa-fe-prueba-gratis", LOB, "decided", [M(
    "Carmen Montoya <tia.carmen.santafe@yahoo.com>", SUP, "devolucion", d(2025, 9, 28, 15, 0, NM),
    "Buenas tardes,\n\nMe apunté a la prueba para mi tiendita de artesanías en Canyon Road pero no le "
    "entiendo a la plataforma, está muy complicada para mí. Quiero que me devuelvan lo que me hayan cobrado "
    "y que me quiten de la lista.\n\nGracias, Carmen Montoya\nSanta Fe, Nuevo México\n")],
    [R("deny")], extra_ok=True,
    spec="L7: the account is on a free trial (trial_ends 2025-10-05) with no charges: refund deny, nothing is "
         "billed unless they subscribe.")

cust("don.ramiro.ochoa@att.net", "Ramiro Ochoa", "annual", start="2025-04-02", end="2026-04-01")
lopay("s32e22", "LO-INV-30161", "don.ramiro.ochoa@att.net", "annual", "11988.00", "2025-04-02T10:00:00",
      "2025-04-02", "2026-04-01")
case("es-l16-cicero-hija-escribe-por-su-papa", LOB, "need_info", [M(
    "Leticia Ochoa <leti.ochoa88@gmail.com>", SUP, "cuenta de mi papá", d(2025, 9, 29, 20, 0, CHI),
    "Hola, buenas noches\n\nLes escribo por mi papá, Ramiro Ochoa, que tiene la cuenta con el correo "
    "don.ramiro.ochoa@att.net. Él ya se retiró del negocio de la imprenta en Cicero y quiere cancelar el "
    "plan anual. Él casi no usa la computadora, por eso le escribo yo. ¿Me pueden decir hasta cuándo tiene "
    "pagado?\n\nGracias,\nLeticia\n")],
    rules=["C2"],
    spec="C2: the sender is not the registered email (she names don.ramiro.ochoa@att.net): ask for the request "
         "from that address; nothing about the account.")

cust("direccion@clinicavetbernesga.es", "Clinica Veterinaria Bernesga", "monthly", start="2025-09-25",
     end="2025-10-24")
lopay("s32e23", "LO-INV-32171", "direccion@clinicavetbernesga.es", "monthly", "1499.00", "2025-09-25T12:00:00",
      "2025-09-25", "2025-10-24")
lopay("s32e24", "LO-INV-32172", "direccion@clinicavetbernesga.es", "monthly", "1499.00", "2025-09-25T12:00:40",
      "2025-09-25", "2025-10-24")
case("es-l17-leon-rv-recepcion-reenvia", LOB, "need_info", [M(
    "Recepción Clínica Bernesga <recepcion@clinicavetbernesga.es>", SUP, "RV: cobro duplicado LeadsOptima",
    d(2025, 9, 26, 10, 5, CYL),
    "Buenos días, os reenvío el correo de la directora, que está de congresos en Lisboa.\n\n"
    "Un saludo, Raquel (recepción)\n\n"
    "De: Dra. Elena Fidalgo <direccion@clinicavetbernesga.es>\nEnviado el: jueves, 25 de septiembre de 2025 "
    "19:02\nPara: recepcion@clinicavetbernesga.es\nAsunto: cobro duplicado LeadsOptima\n\n"
    "Raquel, mándales esto a los de LeadsOptima desde ahí que yo no tengo la contraseña del correo en el "
    "portátil: nos han cobrado dos veces la mensualidad hoy (LO-INV-32171 y LO-INV-32172). Que devuelvan "
    "uno. La cuenta está a mi nombre, direccion@clinicavetbernesga.es.\nElena\n")],
    rules=["C2"],
    spec="s.8 forwards + C2: the forwarded request names the registered email direccion@..., the sender is "
         "recepcion@...: need_info, ask for the request from the registered address.")

cust("txell.vidal@gmail.com", "Meritxell Vidal", "monthly", start="2025-09-10", end="2025-10-09")
lopay("s32e25", "LO-INV-32181", "txell.vidal@gmail.com", "monthly", "1499.00", "2025-09-10T09:00:00",
      "2025-09-10", "2025-10-09")
case("es-l18-alcudia-mas-etiqueta-c2", LOB, "need_info", [M(
    "Txell Vidal <txell.vidal+factures@gmail.com>", SUP, "Baja plan mensual", d(2025, 9, 27, 11, 0, PMI),
    "Hola, quiero darme de baja. He cerrado el estudio de yoga de Alcúdia y me vuelvo a Barcelona. "
    "Gracias por todo!\nTxell\n")],
    rules=["C2"],
    spec="s.8 addresses: txell.vidal+factures@gmail.com is another address than the registered "
         "txell.vidal@gmail.com: C2 need_info.")

cust("administracion@bodegasdelnajaharo.es", "Bodegas Najaharo", "quarterly", start="2025-09-01", end="2025-11-30")
lopay("s32e26", "LO-INV-32191", "administracion@bodegasdelnajaharo.es", "quarterly", "3999.00",
      "2025-09-01T10:00:00", "2025-09-01", "2025-11-30")
case("es-l19-haro-reply-to-no-verifica", LOB, "need_info", [M(
    "Bodegas Najaharo <bodegasnajaharo.haro@gmail.com>", SUP, "Cancelación plan trimestral",
    d(2025, 9, 29, 12, 0, RIO),
    "Buenos días:\n\nEscribo desde el gmail porque el correo de la empresa está caído desde el viernes. "
    "Nuestro correo registrado es administracion@bodegasdelnajaharo.es (les he puesto esa dirección para "
    "responder). Queremos cancelar el plan trimestral porque la campaña de enoturismo ya la gestiona la "
    "D.O.\n\nSaludos cordiales,\nAmaia Ruiz de Vergara\nBodegas Najaharo - Haro, La Rioja\n",
    reply_to="administracion@bodegasdelnajaharo.es")],
    rules=["C2"],
    spec="s.8: Reply-To never verifies; From is a gmail that is not the registered email: C2 need_info.")

cust("oficina@talleresbierzo.es", "Talleres Bierzo", "annual", start="2025-02-10", end="2026-02-09")
lopay("s32e27", "LO-INV-30201", "oficina@talleresbierzo.es", "annual", "11988.00", "2025-02-10T10:00:00",
      "2025-02-10", "2026-02-09")
case("es-l20-ponferrada-rv-de-su-propio-correo", LOB, "decided", [M(
    "Talleres Bierzo - Oficina <oficina@talleresbierzo.es>", SUP, "RV: Cancelación suscripción",
    d(2025, 9, 30, 9, 40, CYL),
    "Buenos días, os reenvío el correo que os mandé la semana pasada porque no he tenido respuesta.\n\n"
    "________________________________\nDe: Talleres Bierzo - Oficina <oficina@talleresbierzo.es>\n"
    "Enviado: martes, 23 de septiembre de 2025 12:14\nPara: support@leadsoptima.com\n"
    "Asunto: Cancelación suscripción\n\nHola:\nQueremos cancelar la suscripción anual de LeadsOptima. El "
    "taller lo lleva ahora mi hijo y él prefiere anunciarse en las redes.\nGracias.\nMaximino Álvarez\n"
    "Talleres Bierzo, Ponferrada\n")],
    [X("cancel", "2026-02-09")],
    spec="Forward from the registered address itself: L8 cancel, annual, current_period_end 2026-02-09.")

cust("info@casaruralcerrato.es", "Casa Rural Cerrato", "monthly", start="2025-09-26", end="2025-10-25")
lopay("s32e28", "LO-INV-32211", "info@casaruralcerrato.es", "monthly", "1499.00", "2025-09-26T08:00:00",
      "2025-09-26", "2025-10-25")
case("es-l21-palencia-sin-motivo", LOB, "need_info", [M(
    "Casa Rural El Cerrato <info@casaruralcerrato.es>", SUP, "Reembolso factura LO-INV-32211",
    d(2025, 9, 28, 10, 0, CYL),
    "Buenos días,\n\nSolicito el reembolso de la factura LO-INV-32211.\n\nQuedo a la espera.\nUn saludo,\n"
    "Pilar Calvo\nCasa Rural El Cerrato - Baltanás (Palencia)\nTel. 979 00 00 00\n")],
    missing=["reason"],
    spec="C3: a refund with the invoice but no reason (restating the request is not a reason): ask for the "
         "reason.")

cust("hola@heladeriaacueducto.es", "Heladeria Acueducto", "monthly", start="2025-09-27", end="2025-10-26")
lopay("s32e29", "LO-INV-31221", "hola@heladeriaacueducto.es", "monthly", "1499.00", "2025-08-27T10:00:00",
      "2025-08-27", "2025-09-26")
lopay("s32e30", "LO-INV-32221", "hola@heladeriaacueducto.es", "monthly", "1499.00", "2025-09-27T10:00:00",
      "2025-09-27", "2025-10-26")
case("es-l22-segovia-importe-mal-sin-factura", LOB, "need_info", [M(
    "Heladería Acueducto <hola@heladeriaacueducto.es>", SUP, "importe incorrecto", d(2025, 9, 29, 18, 0, CYL),
    "Hola,\n\nme habéis cobrado un importe que no es el que contratamos, no cuadra con el precio de la web. "
    "Quiero que me devolváis la diferencia o lo que corresponda.\n\nMiguel, Heladería Acueducto (Segovia)\n")],
    missing=["invoice_number"],
    spec="C3: billing error but the account has two charges (LO-INV-31221, LO-INV-32221) and none is named: "
         "ask for the invoice number.")

cust("contabilidad@quesosduero.es", "Quesos del Duero", "monthly", start="2025-09-24", end="2025-10-23")
lopay("s32e31", "LO-INV-31231", "contabilidad@quesosduero.es", "monthly", "1499.00", "2025-08-24T10:00:00",
      "2025-08-24", "2025-09-23")
lopay("s32e32", "LO-INV-32232", "contabilidad@quesosduero.es", "monthly", "1499.00", "2025-09-24T10:00:00",
      "2025-09-24", "2025-10-23")
case("es-l23-zamora-hilo-da-la-factura", LOB, "decided", [
    M("Quesos del Duero - Contabilidad <contabilidad@quesosduero.es>", SUP, "Cobro erróneo",
      d(2025, 9, 26, 9, 30, CYL),
      "Buenos días:\n\nEn el último extracto aparece un cargo de LeadsOptima por un importe erróneo, no es "
      "la tarifa que tenemos contratada. Rogamos revisen y devuelvan.\n\nContabilidad - Quesos del Duero, "
      "Zamora\n"),
    M("Quesos del Duero - Contabilidad <contabilidad@quesosduero.es>", SUP,
      "Re: Cobro erróneo [LO-3207]", d(2025, 9, 30, 9, 0, CYL),
      "Buenos días, la factura es la LO-INV-32232.\nGracias.\n\n> Para continuar necesitamos el número de "
      "factura del cargo. [LO-3207]\n", headers={"_irt": "<lo-3207.reply@leadsoptima.com>"})],
    [R("escalate")],
    spec="C3 thread: the answer names LO-INV-32232 (2025-09-24); request time = first mail 2025-09-26 day 2; "
         "billing error inside the window: L5 escalate.")

cust("cuentas@carniceriamuralla.es", "Carniceria La Muralla", "quarterly", start="2025-09-21", end="2025-12-20")
lopay("s32e33", "LO-INV-32241", "cuentas@carniceriamuralla.es", "quarterly", "3999.00", "2025-09-21T10:00:00",
      "2025-09-21", "2025-12-20")
lopay("s32e34", "LO-INV-32242", "cuentas@carniceriamuralla.es", "quarterly", "3999.00", "2025-09-21T10:05:00",
      "2025-09-21", "2025-12-20")
case("es-l24-avila-hilo-motivo-despues", LOB, "decided", [
    M("Carnicería La Muralla <cuentas@carniceriamuralla.es>", SUP, "Devolución LO-INV-32242",
      d(2025, 9, 24, 12, 0, CYL),
      "Hola buenas, pido la devolución de la factura LO-INV-32242.\nUn saludo, Jacinto\n"),
    M("Carnicería La Muralla <cuentas@carniceriamuralla.es>", SUP, "Re: Devolución LO-INV-32242 [LO-3208]",
      d(2025, 9, 30, 13, 0, CYL),
      "Perdonad, con las prisas no lo puse: es que el domingo 21 nos cobrasteis el trimestre dos veces, "
      "la 32241 y la 32242. La buena es la primera.\nJacinto\n\n> ¿Podría indicarnos el motivo de la "
      "solicitud? [LO-3208]\n", headers={"_irt": "<lo-3208.reply@leadsoptima.com>"})],
    [R("approve", "3999.00")],
    spec="C3 thread: the reason (charged twice) comes in the answer on day 9, but the request time is the first "
         "mail 2025-09-24 (day 3): L4 approve LO-INV-32242 3999.00.")

cust("info@velerosportixol.es", "Veleros Portixol", "monthly", start="2025-09-28", end="2025-10-27")
lopay("s32e35", "LO-INV-32251", "info@velerosportixol.es", "monthly", "1499.00", "2025-09-28T15:00:00",
      "2025-09-28", "2025-10-27")
lopay("s32e36", "LO-INV-32252", "info@velerosportixol.es", "monthly", "1499.00", "2025-09-28T15:00:50",
      "2025-09-28", "2025-10-27")
case("es-l25-palma-veleros-contracargo", LOB, "decided", [M(
    "Veleros Portixol <info@velerosportixol.es>", SUP, "DOBLE COBRO - urgente", d(2025, 9, 29, 19, 0, PMI),
    "Buenas tardes.\n\nDoble cobro el domingo, LO-INV-32251 y LO-INV-32252, el mismo plan mensual. Si mañana "
    "no tengo la devolución hecha llamo al banco y abro una disputa del cargo con la tarjeta, que ya me ha "
    "pasado con otras plataformas y así se arregla rápido.\n\nTomeu Oliver\nVeleros Portixol, Palma\n")],
    [R("escalate")], rules=["C4"],
    spec="C4: a card dispute threat escalates the case (the duplicate itself would be L4).")

cust("despacho@ortegaymerino.es", "Ortega y Merino Asesores", "monthly", start="2025-09-25", end="2025-10-24")
lopay("s32e37", "LO-INV-32261", "despacho@ortegaymerino.es", "monthly", "1499.00", "2025-09-25T10:00:00",
      "2025-09-25", "2025-10-24")
case("es-l26-burgos-despacho-junta-arbitral", LOB, "decided", [M(
    "Ortega y Merino <despacho@ortegaymerino.es>", SUP, "Requerimiento: devolución y baja",
    d(2025, 9, 29, 11, 0, CYL),
    "Muy Sres. míos:\n\nEl pasado 25 de septiembre se giró a esta firma un cargo de 1.499,00 € más IVA "
    "(LO-INV-32261) por un importe que no se corresponde con la tarifa contratada. Por la presente solicitamos "
    "la devolución de dicho cargo y la baja inmediata del servicio.\n\nDe no ser atendida esta solicitud en "
    "el plazo de diez días, acudiremos a la Junta Arbitral de Consumo y ejerceremos las acciones que en "
    "derecho nos correspondan.\n\nAtentamente,\nD. Gonzalo Ortega Merino\nOrtega y Merino Asesores - Burgos\n")],
    [R("escalate"), X("escalate")], rules=["C4"],
    spec="C4 (s.8 covers the whole case): a consumer-arbitration / legal threat escalates both the refund and "
         "the cancellation.")

cust("admin@panaderiacalahorra.es", "Panaderia San Andres", "monthly", start="2025-09-28", end="2025-10-27")
lopay("s32e38", "LO-INV-32271", "admin@panaderiacalahorra.es", "monthly", "1499.00", "2025-09-28T08:30:00",
      "2025-09-28", "2025-10-27")
lopay("s32e39", "LO-INV-32272", "admin@panaderiacalahorra.es", "monthly", "1499.00", "2025-09-28T08:31:00",
      "2025-09-28", "2025-10-27")
case("es-l27-calahorra-sin-lios-con-el-banco", LOB, "decided", [M(
    "Panadería San Andrés <admin@panaderiacalahorra.es>", SUP, "cobro dos veces", d(2025, 9, 29, 7, 45, RIO),
    "Buenos días, antes de abrir el obrador os escribo. Ayer domingo me pasasteis dos veces el mensual, "
    "LO-INV-32271 y LO-INV-32272. En el banco me dijeron que hiciera un contracargo pero yo no quiero líos "
    "ni reclamaciones, prefiero arreglarlo con vosotros por las buenas. Devolvedme el repetido y ya está.\n\n"
    "Gracias majos,\nAurelio, Panadería San Andrés (Calahorra)\n")],
    [R("approve", "1499.00")],
    spec="s.8/C4: the chargeback is the bank's suggestion and the customer rules it out: no C4. L4 duplicate "
         "2025-09-28, request day 1: approve LO-INV-32272 1499.00.")

case("es-l28-valladolid-fuera-de-oficina", LOB, "ignore", [M(
    "Gestoría Pisuerga - Administración <administracion@gestoriapisuerga.es>", SUP,
    "Respuesta automática: Re: Su solicitud [LO-3202]", d(2025, 9, 30, 15, 0, CYL),
    "Gracias por su mensaje. Me encuentro fuera de la oficina hasta el 6 de octubre con acceso limitado al "
    "correo. Para asuntos urgentes, contacte con recepcion@gestoriapisuerga.es.\n",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
             "_irt": "<lo-3202.reply@leadsoptima.com>"})],
    rules=["C7"], spec="C7: Auto-Submitted auto-replied (Outlook out-of-office): ignore.")

case("es-l29-ibiza-rebote-mailer-daemon", LOB, "ignore", [M(
    "Mail Delivery System <MAILER-DAEMON@mx1.beachclubcalaconta.es>", SUP,
    "Mensaje no entregado: Re: Cobro del plan equivocado", d(2025, 9, 24, 3, 12, PMI),
    "Este es el sistema de correo de mx1.beachclubcalaconta.es.\n\nNo se ha podido entregar su mensaje a "
    "uno o más destinatarios. Es un error permanente.\n\n<luca.ferri@beachclubcalaconta.es>: 550 5.1.1 "
    "usuario desconocido\n\n--- Mensaje original ---\nAsunto: Re: Cobro del plan equivocado\n"
    "Solicitud de reembolso recibida.\n")],
    rules=["C7"], spec="C7: MAILER-DAEMON sender (bounce): ignore.")

case("es-l30-camara-burgos-boletin", LOB, "ignore", [M(
    "Cámara de Comercio de Burgos <boletin@camaraburgos-example.es>", SUP,
    "Boletín semanal: ayudas a la digitalización y devolución del IVA", d(2025, 9, 29, 8, 0, CYL),
    "BOLETÍN INFORMATIVO\n\n- Kit Digital: nueva convocatoria.\n- Cómo solicitar la devolución del IVA "
    "en operaciones intracomunitarias.\n- Jornada: cancelar contratos de suministro sin penalización.\n\n"
    "Para darse de baja de esta lista pulse aquí.\n",
    headers={"List-Id": "Boletin Camara Burgos <boletin.camaraburgos-example.es>", "Precedence": "bulk",
             "List-Unsubscribe": "<mailto:baja@camaraburgos-example.es>"})],
    rules=["C7"], spec="C7: List-Id and Precedence bulk newsletter (mentions refunds of VAT): ignore.")

case("es-l31-soller-datos-fiscales-factura", LOB, "other", [M(
    "Hostal Can Toni - Reserves <reservas@hostalcantoni.es>", SUP, "Datos fiscales en las facturas",
    d(2025, 9, 30, 10, 0, PMI),
    "Bon dia de nou,\n\nUna cosita: la gestora nos pide que en las facturas salga la razón social "
    "(Can Toni Sóller S.L.) y el CIF B-07000000 en vez del nombre comercial. ¿Se puede cambiar desde el "
    "panel o lo tenéis que hacer vosotros?\n\nGràcies,\nXisca\n")],
    spec="other: a billing-data question; no refund, no cancellation.")

case("es-l32-quezon-no-quiero-reembolso", LOB, "other", [M(
    "Marisol de la Cruz <marisol.dlc@ayalaland-example.ph>", SUP, "Re: No puedo entrar / cannot log in",
    d(2025, 9, 30, 14, 0, MNL),
    "Hola po, update: ya puedo entrar! Era el cache del browser. No quiero reembolso, sigo con el plan, "
    "please ignore my first email. Solo una pregunta: ¿cómo exporto los leads a Google Sheets?\n\n"
    "Salamat,\nMarisol\n")],
    spec="s.8 negation: 'no quiero reembolso' adds no refund; a how-to question: other.")

case("es-l33-lyon-frances-pregunta-antes", LOB, "other", [M(
    "Amélie Rousseau <amelie.rousseau@orange-example.fr>", SUP, "Question avant de payer / pregunta",
    d(2025, 9, 28, 21, 30, FR),
    "Buenas noches,\n\nSoy francesa, excusad mi español. Tengo una pequeña escuela de idiomas en Lyon y "
    "pienso tomar el plan anual. Si lo pago y después de dos semanas no me conviene, ¿es posible tener un "
    "reembolso? ¿Y se puede pagar en euros?\n\nMerci beaucoup,\nAmélie Rousseau\n")],
    spec="s.8 hypothetical before buying: a policy question, other.")

case("es-l34-andorra-gracias-ya-arreglado", LOB, "other", [M(
    "Esports Pas de la Casa <botiga@esportspasdelacasa.ad>", SUP, "Gràcies!", d(2025, 9, 30, 18, 0, AND),
    "Hola,\n\nOs quería dar las gracias: el año pasado tuvimos un problema con un cobro y lo resolvisteis "
    "en dos días, y ahora el formulario nuevo nos funciona de maravilla. Nada más, bona nit!\n\nJordi\n")],
    spec="other: thanks, a past event; no request.")

cust("info@hostalarandaduero.es", "Hostal Aranda", "monthly", start="2025-09-29", end="2025-10-28")
lopay("s32e40", "LO-INV-32351", "info@hostalarandaduero.es", "monthly", "1499.00", "2025-09-29T11:00:00",
      "2025-09-29", "2025-10-28")
lopay("s32e41", "LO-INV-32352", "info@hostalarandaduero.es", "monthly", "1499.00", "2025-09-29T11:02:00",
      "2025-09-29", "2025-10-28")
case("es-l35-aranda-doble-y-baja", LOB, "decided", [M(
    "Hostal Aranda <info@hostalarandaduero.es>", SUP, "cargo duplicado + baja", d(2025, 9, 30, 10, 30, CYL),
    "Buenos días,\n\nAyer lunes nos cobrasteis el mensual dos veces (LO-INV-32351 y LO-INV-32352). "
    "Queremos que nos devolváis el cargo repetido y, de paso, dar de baja el plan: nos jubilamos y "
    "traspasamos el hostal en noviembre.\n\nGracias, Valentín y Consuelo\nHostal Aranda, Aranda de Duero\n")],
    [R("approve", "1499.00"), X("cancel", "2025-10-28")],
    spec="L4 duplicate 2025-09-29, request day 1: approve LO-INV-32352 1499.00; L8 cancel, current_period_end "
         "2025-10-28.")

cust("recepcion@agroturismosantjoan.es", "Agroturismo Sant Joan", "monthly", start="2025-09-26", end="2025-10-25")
lopay("s32e42", "LO-INV-32361", "recepcion@agroturismosantjoan.es", "monthly", "1499.00", "2025-09-26T13:00:00",
      "2025-09-26", "2025-10-25")
case("es-l36-ibiza-html-plataforma-no-carga", LOB, "decided", [M(
    "Agroturismo Sant Joan <recepcion@agroturismosantjoan.es>", SUP, "Plataforma caída", d(2025, 9, 29, 10, 0, PMI),
    "<html><body><div style=\"font-family:Calibri\"><p>Buenos días,</p><p>Desde el <b>viernes 26</b>, justo "
    "después de pagar el plan mensual, <span style=\"color:red\">la plataforma no carga</span>: se queda en "
    "blanco en Chrome y en Safari. Hemos llamado dos veces y nada. Solicitamos el reembolso del pago porque no "
    "la hemos podido usar.</p><p>Atentamente,<br>Francesca Marí<br>Agroturismo Sant Joan de Labritja, "
    "Eivissa</p><p style=\"font-size:8pt;color:#888\">Este correo es confidencial.</p></div></body></html>\n",
    html=True)],
    [R("escalate")],
    spec="L6: HTML-only mail, platform not loading; one payment LO-INV-32361 (2025-09-26), request day 3: "
         "escalate.")

cust("carniceria.lavillita@yahoo.com", "Carniceria La Villita", "monthly", start="2025-09-27", end="2025-10-26")
lopay("s32e43", "LO-INV-32371", "carniceria.lavillita@yahoo.com", "monthly", "1499.00", "2025-09-27T19:00:00",
      "2025-09-27", "2025-10-26")
lopay("s32e44", "LO-INV-32372", "carniceria.lavillita@yahoo.com", "monthly", "1499.00", "2025-09-27T19:01:00",
      "2025-09-27", "2025-10-26", status="failed")
case("es-l37-little-village-segundo-cargo-fallido", LOB, "decided", [M(
    "Carniceria La Villita <carniceria.lavillita@yahoo.com>", SUP, "cobro doble LO-INV-32372",
    d(2025, 9, 28, 10, 0, CHI),
    "Buenos dias,\n\nme cobraron dos veces el plan del mes el sabado, la segunda factura es la LO-INV-32372. "
    "En la app del banco sale como pendiente todavia pero quiero que me lo regresen.\n\nGerardo Vázquez\n"
    "Carniceria La Villita, 26th Street, Chicago IL\n")],
    [R("escalate")],
    spec="s.8: LO-INV-32372 is not paid (failed); a refund of it is escalate (and the ledger has no pair of "
         "paid charges, L4 escalate too).")

cust("charlene.danino@gibraltar-example.gi", "Charlene Danino", "monthly", start="2025-09-12", end="2025-10-11")
lopay("s32e45", "LO-INV-32381", "charlene.danino@gibraltar-example.gi", "monthly", "1499.00",
      "2025-09-12T12:00:00", "2025-09-12", "2025-10-11")
case("es-l38-gibraltar-cancel-llanito", LOB, "decided", [M(
    "Charlene Danino <charlene.danino@gibraltar-example.gi>", SUP, "Cancel my plan porfa",
    d(2025, 9, 30, 13, 15, GIB),
    "Hiya,\n\nQuiero cancelar el monthly plan, please. The nail salon is moving to La Línea y allí ya tengo "
    "otra cosa para las citas, so no lo necesito. No quiero refund ni nada, just cancel it.\n\nTa,\nCharlene\n")],
    [X("cancel", "2025-10-11")],
    spec="L8: cancellation (the refund is explicitly not wanted, s.8): active until current_period_end "
         "2025-10-11.")

cust("buchhaltung@alpenblick-example.ch", "Hotel Alpenblick", "quarterly", start="2025-09-25", end="2025-12-24")
lopay("s32e46", "LO-INV-31391", "buchhaltung@alpenblick-example.ch", "quarterly", "3999.00", "2025-06-25T10:00:00",
      "2025-06-25", "2025-09-24")
lopay("s32e47", "LO-INV-32391", "buchhaltung@alpenblick-example.ch", "quarterly", "11988.00",
      "2025-09-25T10:00:00", "2025-09-25", "2025-12-24")
case("es-l39-zurich-suizo-plan-equivocado-barras", LOB, "decided", [M(
    "Hotel Alpenblick Buchhaltung <buchhaltung@alpenblick-example.ch>", SUP,
    "Reclamación factura lo/inv/32391", d(2025, 9, 29, 14, 0, CHZ),
    "Buenos días,\n\nsomos un hotel en Zermatt con muchos huéspedes de España, por eso escribo en español. "
    "En la factura lo/inv/32391 del 25.09.2025 nos han cobrado 11'988.00 en lugar de 3'999.00 para el "
    "trimestre. Es un error de facturación, el plan es trimestral y no anual. Pedimos la corrección y la "
    "devolución de la diferencia.\n\nFreundliche Grüsse / Saludos cordiales\nUrs Imboden\nBuchhaltung\n")],
    [R("escalate")],
    spec="L5: billing error (wrong amount) on lo/inv/32391 = LO-INV-32391 (2025-09-25), request day 4: "
         "escalate.")

case("es-l40-valladolid-gestoria-varios-clientes", LOB, "need_info", [M(
    "Asesoría Campos Góticos <laboral@asesoriacamposgoticos.es>", SUP, "Bajas de varios clientes",
    d(2025, 9, 30, 12, 30, CYL),
    "Buenos días:\n\nLlevamos la contabilidad de varios negocios que tienen cuenta con ustedes y nos piden "
    "que tramitemos la baja de todos:\n- Fisioterapia Duero (citas@fisiosoria.es)\n- Heladería Acueducto "
    "(hola@heladeriaacueducto.es)\n\nLos clientes nos han autorizado por escrito.\n\nUn saludo,\n"
    "Rocío Tejedor\nAsesoría Campos Góticos - Medina de Rioseco\n")],
    rules=["C2"],
    spec="C2: a bookkeeper writes from its own address for accounts registered to other addresses: need_info, "
         "each customer must write from its registered email.")

# ------------------------------------------------------------------ Optima WebDesign

proj("Carta Digital 2025", "cuina@restaurantesmoli.es")
owpay("s32o01", "OWD-2025-5101", "Carta Digital 2025", "deposit", "30000.00", "5400.00", "2025-09-22T10:00:00")
case("es-o01-inca-restaurante-deposito-50h", OWB, "decided", [M(
    "Restaurant Es Molí <cuina@restaurantesmoli.es>", OWDTO, "Refund Request — Carta Digital 2025 / OWD-2025-5101",
    d(2025, 9, 24, 8, 30, PMI),
    "Bon dia,\n\nEl lunes pagamos el depósito del proyecto Carta Digital 2025 (factura OWD-2025-5101, 30.000 "
    "más impuestos). Mi socio se ha ido del restaurante este fin de semana y sin él no podemos asumir el "
    "proyecto. Sé que todavía no habéis empezado nada, así que os pido la devolución del depósito.\n\n"
    "Perdonad las molestias,\nBiel Crespí\nRestaurant Es Molí - Inca\n")],
    [R("approve", "30000.00")],
    spec="O2: deposit paid 2025-09-22 10:00 IST, no work started; request 2025-09-24 12:00 IST = 50 h < 72 h: "
         "approve 30000.00 (before tax).")

proj("Reservas Online Sala Fitness", "gerencia@gimnasiocastillaforma.es")
owpay("s32o02", "OWD-2025-5102", "Reservas Online Sala Fitness", "deposit", "25000.00", "4500.00",
      "2025-09-19T15:00:00")
case("es-o02-burgos-gimnasio-72h-justas", OWB, "decided", [M(
    "Gimnasio Castilla Forma <gerencia@gimnasiocastillaforma.es>", OWDTO, "Anulación proyecto y devolución del anticipo",
    d(2025, 9, 22, 11, 30, CYL),
    "Buenos días,\n\nOs escribo por el proyecto Reservas Online Sala Fitness, factura OWD-2025-5102 (el "
    "anticipo que pagamos el viernes a media mañana). La franquicia nos obliga a usar su propia app de "
    "reservas, así que el proyecto no sigue adelante. Solicitamos la devolución del anticipo.\n\n"
    "Un saludo,\nÓscar Miguel - Gerente\nGimnasio Castilla Forma, Burgos\n")],
    [R("deny")], extra_ok=True,
    spec="O2 + s.8: deposit paid 2025-09-19 15:00 IST (11:30 CEST Friday); request 2025-09-22 11:30 CEST = "
         "15:00 IST, exactly 72 h: not before 72 h, deny. extra_ok: the mail also drops the project ('Anulación "
         "proyecto'); acknowledging that cancellation cannot hurt.")

proj("Tienda Online Vinos Alta", "pedidos@vinosaltarioja.es", "2025-09-26T13:00:00")
owpay("s32o03", "OWD-2025-5103", "Tienda Online Vinos Alta", "deposit", "40000.00", "7200.00",
      "2025-09-25T11:00:00")
case("es-o03-haro-deposito-trabajo-empezado", OWB, "decided", [M(
    "Vinos Alta Rioja <pedidos@vinosaltarioja.es>", OWDTO, "Devolución depósito Tienda Online Vinos Alta",
    d(2025, 9, 26, 14, 0, RIO),
    "Hola,\n\nAyer pagamos el depósito de la Tienda Online Vinos Alta (OWD-2025-5103) pero el consejo de la "
    "cooperativa ha decidido esperar a 2026. Sé que esta mañana habéis tenido la reunión de arranque con "
    "nuestra técnica, pero aun así pedimos la devolución porque no ha pasado ni un día.\n\nSaludos,\n"
    "Esther Gil\nCooperativa Vinos Alta Rioja - Haro\n")],
    [R("deny")],
    spec="O2: the request (2025-09-26 17:30 IST) is within 72 h of payment but after work_started_at "
         "2025-09-26 13:00: whichever first -> deny.")

proj("Diagnostico Web Fundacion Bayanihan", "programs@fundacionbayanihan-example.ph")
owpay("s32o04", "OWD-2025-5104", "Diagnostico Web Fundacion Bayanihan", "discovery", "15000.00", "2700.00",
      "2025-09-20T10:00:00")
case("es-o04-cebu-ong-discovery-sin-empezar", OWB, "decided", [M(
    "Fundación Bayanihan - Programas <programs@fundacionbayanihan-example.ph>", OWDTO,
    "Solicitud de reembolso - Diagnostico Web Fundacion Bayanihan", d(2025, 9, 29, 16, 0, MNL),
    "Estimados señores:\n\nLa Fundación Bayanihan (Cebú) contrató el diagnóstico web (factura OWD-2025-5104). "
    "Nuestro donante principal, una agencia de cooperación, nos ha comunicado que el proyecto digital queda "
    "suspendido por recortes. Como todavía no se ha celebrado ninguna sesión, solicitamos el reembolso íntegro "
    "del importe.\n\nDaghang salamat,\nEngr. Rosario Villanueva-Ledesma\nDirectora de Programas\n")],
    [R("approve", "15000.00")],
    spec="O1: discovery, work_started_at empty: full refund 15000.00 (before tax). ('Engr.' is her Filipino "
         "professional title; no threat, no C4.)")

proj("Auditoria UX Logistica Midwest", "ops@logisticamidwest-example.com", "2025-09-18T10:00:00")
owpay("s32o05", "OWD-2025-5105", "Auditoria UX Logistica Midwest", "discovery", "12000.00", "2160.00",
      "2025-09-16T10:00:00")
case("es-o05-chicago-discovery-ya-hubo-sesion", OWB, "decided", [M(
    "Logística Midwest - Ops <ops@logisticamidwest-example.com>", OWDTO, "Reembolso Auditoria UX",
    d(2025, 9, 25, 9, 0, CHI),
    "Buenos días,\n\nGracias por la sesión de la semana pasada, pero la verdad no nos convenció el enfoque. "
    "Queremos cancelar la Auditoria UX Logistica Midwest y que nos reembolsen la factura OWD-2025-5105.\n\n"
    "Saludos,\nHéctor Salgado\nOperations Manager - Logística Midwest, Cicero IL\n")],
    [R("deny")], extra_ok=True,
    spec="O1: discovery session already held (work_started_at 2025-09-18 before the request): deny. extra_ok: "
         "'Queremos cancelar la Auditoria' also asks to cancel; acknowledging it cannot hurt.")

proj("App Reservas Marina Bay", "office@marinabayyachts-example.gi")
owpay("s32o06", "OWD-2025-5106", "App Reservas Marina Bay", "milestone", "45000.00", "8100.00",
      "2025-09-15T10:00:00", milestone_status="not_started")
case("es-o06-gibraltar-hito-no-empezado", OWB, "decided", [M(
    "Marina Bay Yachts Office <office@marinabayyachts-example.gi>", OWDTO, "Milestone 2 - refund",
    d(2025, 9, 26, 10, 0, GIB),
    "Hola buenos días,\n\nRe: App Reservas Marina Bay, invoice OWD-2025-5106 (segundo hito). The owners "
    "have sold two of the boats y ya no necesitamos la parte de pagos online que era este hito. Nos han "
    "dicho que ni lo habéis empezado, so we'd like that milestone refunded please.\n\nCheers,\nNicole "
    "Bossino\nOffice Manager\n")],
    [R("approve", "45000.00")],
    spec="O3: milestone not_started: refund its amount 45000.00 (before tax).")

proj("Portal Reservas Esqui", "admin@escolaesquiandorra.ad")
owpay("s32o07", "OWD-2025-5107", "Portal Reservas Esqui", "milestone", "38000.00", "6840.00",
      "2025-09-10T10:00:00", milestone_status="in_progress")
case("es-o07-andorra-hito-en-curso", OWB, "decided", [M(
    "Escola d'Esquí - Administració <admin@escolaesquiandorra.ad>", OWDTO, "Devolució hito OWD-2025-5107",
    d(2025, 9, 27, 12, 0, AND),
    "Hola,\n\nEl hito del calendario de clases (Portal Reservas Esqui, OWD-2025-5107) va con mucho retraso y "
    "la temporada empieza en diciembre. Preferimos que nos devolváis ese pago y lo haremos con la "
    "plantilla del Govern.\n\nSalutacions,\nAnna Rossell\n")],
    [R("escalate")],
    spec="O3: milestone in_progress: escalate (value of work not started needs a person).")

proj("Catalogo Online Alfareria", "taller@alfareriachimayo-example.com")
owpay("s32o08", "OWD-2025-5108", "Catalogo Online Alfareria", "milestone", "20000.00", "3600.00",
      "2025-08-20T10:00:00", milestone_status="approved")
case("es-o08-chimayo-hito-aprobado", OWB, "decided", [M(
    "Alfarería Chimayó <taller@alfareriachimayo-example.com>", OWDTO, "Quiero mi dinero del diseño",
    d(2025, 9, 29, 9, 30, NM),
    "Buenos días,\n\nYo aprobé el diseño del Catálogo Online Alfarería en agosto (factura OWD-2025-5108) pero "
    "ahora que lo veo en el teléfono no me gusta, los colores no se parecen al barro de aquí. Quiero que me "
    "devuelvan lo de ese pago.\n\nEfraín Trujillo\nChimayó, Nuevo México\n")],
    [R("deny")],
    spec="O3/O6: the milestone is approved: deny.")

proj("Hosting Anual Hotel Cala Galdana", "it@hotelcalagaldana.es")
owpay("s32o09", "OWD-2025-5109", "Hosting Anual Hotel Cala Galdana", "hosting_annual", "18000.00", "3240.00",
      "2025-09-20T10:00:00", setup_fee="2400.00", service_start="2025-09-22")
case("es-o09-menorca-hosting-dia-8", OWB, "decided", [M(
    "Hotel Cala Galdana - IT <it@hotelcalagaldana.es>", OWDTO, "Refund Request — Hosting Anual / OWD-2025-5109",
    d(2025, 9, 30, 11, 0, PMI),
    "Buenos días,\n\nLa cadena que ha comprado el hotel centraliza el hosting de todas sus webs, así que "
    "tenemos que dejar el Hosting Anual Hotel Cala Galdana (factura OWD-2025-5109). Solicitamos la devolución "
    "que corresponda según vuestra política.\n\nSaludos,\nToni Mascaró - Sistemas\n")],
    [R("approve", "14300.00")], extra_ok=True,
    spec="O5: service_start 2025-09-22, request 2025-09-30 (day 8 <= 14): 18000 - 2400 - (15600/12 = 1300) x 1 "
         "= 14300.00.")

proj("Mantenimiento Web Weingut", "info@weingut-kessler-example.de")
owpay("s32o10", "OWD-2025-5110", "Mantenimiento Web Weingut", "maintenance_annual", "25000.00", "4500.00",
      "2025-09-15T10:00:00", setup_fee="1500.00", service_start="2025-09-16")
case("es-o10-mosela-aleman-dia-14-redondeo", OWB, "decided", [M(
    "Weingut Kessler <info@weingut-kessler-example.de>", OWDTO, "Rescisión mantenimiento anual OWD-2025-5110",
    d(2025, 9, 30, 18, 0, DE),
    "Estimados señores,\n\nnosotros vendemos mucho vino a España, por eso tenemos la web también en español. "
    "Ahora mi yerno hace la mantenimiento de la web él mismo, entonces no necesitamos más el contrato "
    "Mantenimiento Web Weingut (factura OWD-2025-5110). Les pido la devolución según las condiciones de los "
    "14 días.\n\nCon saludos cordiales\nHelga Kessler\nWeingut Kessler, Bernkastel-Kues (Mosel)\n")],
    [R("approve", "21541.67")], extra_ok=True,
    spec="O5: service_start 2025-09-16; request 2025-09-30 18:00 CEST = 21:30 IST, day 14 (inside): "
         "25000 - 1500 - 23500/12 (1958.333...) = 21541.666... -> 21541.67.")

proj("Mantenimiento Web Club Nautico", "secretaria@cnsantantoni-example.es")
owpay("s32o11", "OWD-2025-5111", "Mantenimiento Web Club Nautico", "maintenance_annual", "16000.00", "2880.00",
      "2025-09-08T10:00:00", setup_fee="1000.00", service_start="2025-09-10")
case("es-o11-ibiza-mantenimiento-dia-17", OWB, "decided", [M(
    "Club Náutico - Secretaría <secretaria@cnsantantoni-example.es>", OWDTO,
    "Baja y devolución mantenimiento OWD-2025-5111", d(2025, 9, 27, 10, 0, PMI),
    "Buenos días,\n\nLa junta directiva acordó el jueves no continuar con el Mantenimiento Web Club Nautico "
    "(OWD-2025-5111) porque un socio se ofrece a llevarlo gratis. Pedimos la devolución de la parte "
    "proporcional.\n\nAtentamente,\nLa Secretaría\n")],
    [R("deny")], extra_ok=True,
    spec="O5: service_start 2025-09-10, request 2025-09-27 = day 17 > 14: deny.")

proj("Web Corporativa Lanas Merinas", "info@lanasmerinas-example.es")
owpay("s32o12", "OWD-2025-5112", "Web Corporativa Lanas Merinas", "third_party", "4500.00", "810.00",
      "2025-09-26T10:00:00")
case("es-o12-soria-certificado-ssl", OWB, "decided", [M(
    "Lanas Merinas <info@lanasmerinas-example.es>", OWDTO, "devolución certificado", d(2025, 9, 28, 12, 0, CYL),
    "Hola,\n\nEn la factura OWD-2025-5112 (Web Corporativa Lanas Merinas) nos habéis cobrado un certificado "
    "SSL de pago. Nuestro hosting ya trae uno gratis de Let's Encrypt, así que no lo necesitamos. Devolvednos "
    "ese importe.\n\nGracias,\nRamón Ibáñez\n")],
    [R("deny")],
    spec="O6: third_party (SSL certificate): never refundable, deny.")

proj("Landing Festival Fiestas Patrias", "eventos@casamexicanachi-example.org")
owpay("s32o13", "OWD-2025-5113", "Landing Festival Fiestas Patrias", "rush", "8000.00", "1440.00",
      "2025-09-10T10:00:00")
case("es-o13-chicago-urgencia-evento-pasado", OWB, "decided", [M(
    "Casa Mexicana Eventos <eventos@casamexicanachi-example.org>", OWDTO, "Cargo por urgencia - reembolso",
    d(2025, 9, 22, 11, 0, CHI),
    "Hola,\n\nPagamos el cargo por entrega urgente (OWD-2025-5113) de la Landing Festival Fiestas Patrias "
    "para que estuviera lista el 15 de septiembre, y estuvo lista, pero al final el festival se canceló por "
    "la lluvia. Como ya no sirvió, pedimos el reembolso del cargo urgente.\n\nSaludos,\nVerónica Zamudio\n"
    "Casa Mexicana - Pilsen, Chicago\n")],
    [R("deny")],
    spec="O6: rush fee: never refundable, deny.")

proj("Redes Sociales Asociacion Vecinal", "junta@avdelicias-example.es")
owpay("s32o14", "OWD-2025-5114", "Redes Sociales Asociacion Vecinal", "retainer", "9000.00", "1620.00",
      "2025-09-15T10:00:00", period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15")
case("es-o14-valladolid-asociacion-iguala-preaviso", OWB, "decided", [M(
    "Asociación Vecinal Delicias - Junta <junta@avdelicias-example.es>", OWDTO,
    "Baja servicio mensual redes sociales", d(2025, 9, 30, 19, 0, CYL),
    "Buenas tardes:\n\nEn la asamblea de ayer se votó dar de baja el servicio Redes Sociales Asociacion Vecinal "
    "(último recibo OWD-2025-5114): la subvención del Ayuntamiento no se ha renovado y no podemos pagarlo.\n\n"
    "Por la Junta Directiva,\nLa tesorera, Mari Carmen Alonso\n")],
    [X("cancel", "2025-10-14")],
    spec="O4/O8: next_billing_at 2025-10-15; request 2025-09-30 22:30 IST <= 2025-10-08: cancel effective "
         "2025-10-14.")

proj("SEO Local Clinica Makati", "admin@clinicadentalmakati-example.ph")
owpay("s32o15", "OWD-2025-5115", "SEO Local Clinica Makati", "retainer", "11000.00", "1980.00",
      "2025-09-04T10:00:00", period_start="2025-09-04", period_end="2025-10-03", next_billing_at="2025-10-04")
case("es-o15-makati-iguala-poco-preaviso", OWB, "decided", [M(
    "Clínica Dental Makati <admin@clinicadentalmakati-example.ph>", OWDTO, "Cancel SEO / cancelar SEO",
    d(2025, 9, 29, 9, 0, MNL),
    "Buenos días po,\n\nQueremos cancelar el SEO Local Clinica Makati (OWD-2025-5115). Dra. Santos is "
    "retiring at the end of the year and the clinic will close, so no tiene sentido seguir con el SEO.\n\n"
    "Salamat,\nJoy Mercado, clinic administrator\n")],
    [X("cancel", "2025-11-03")],
    spec="O4: next_billing_at 2025-10-04; request 2025-09-29 06:30 IST is after 2025-09-27 (less than 7 days): "
         "the next cycle 2025-10-04..2025-11-03 is billed, effective 2025-11-03.")

proj("Community Manager Sidreria", "hola@tabernaelcierzo-example.es")
owpay("s32o16", "OWD-2025-5116", "Community Manager Sidreria", "retainer", "7000.00", "1260.00",
      "2025-09-01T10:00:00", period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-10-01")
owpay("s32o17", "OWD-2025-5117", "Community Manager Sidreria", "retainer", "7000.00", "1260.00",
      "2025-09-15T10:00:00", period_start="2025-10-01", period_end="2025-10-31", next_billing_at="2025-11-01")
case("es-o16-logrono-iguala-octubre-pagado", OWB, "decided", [M(
    "Taberna El Cierzo <hola@tabernaelcierzo-example.es>", OWDTO, "Baja community manager",
    d(2025, 9, 22, 17, 0, RIO),
    "Buenas tardes,\n\nDejamos el Community Manager Sidreria: hemos traspasado la taberna de la calle Laurel y "
    "el nuevo dueño lleva él las redes. Ojo que octubre ya lo pagamos por adelantado (OWD-2025-5117).\n\n"
    "Un saludo,\nPatxi Sáenz\n")],
    [X("escalate")], extra_ok=True,
    spec="s.8 retainer paid in advance: the next cycle (2025-10-01..2025-10-31, OWD-2025-5117) is already paid "
         "and the notice (2025-09-22 vs 2025-10-01) is >= 7 days: escalate.")

proj("Web Taller Ceramica Deia", "contacte@ceramicadeia-example.es")
owpay("s32o18", "OWD-2025-5118", "Web Taller Ceramica Deia", "deposit", "20000.00", "3600.00",
      "2025-09-28T10:00:00")
case("es-o17-deia-correo-personal-c2", OWB, "need_info", [M(
    "Margalida Colom <marga.colom.deia@gmail.com>", OWDTO, "Devolución depósito web taller",
    d(2025, 9, 29, 9, 0, PMI),
    "Hola, os escribo desde mi correo personal. Pagué ayer el depósito de la Web Taller Ceramica Deia "
    "(OWD-2025-5118) pero me ha salido un problema de salud y tengo que cerrar el taller unos meses. "
    "¿Me lo podéis devolver?\nMarga\n")],
    rules=["C2"],
    spec="C2: the contract email is contacte@ceramicadeia-example.es; the sender's gmail is not it: need_info.")

proj("Intranet Cooperativa Bierzo", "gerencia@coopbierzo-example.es")
owpay("s32o19", "OWD-2025-5119", "Intranet Cooperativa Bierzo", "milestone", "30000.00", "5400.00",
      "2025-09-20T10:00:00", milestone_status="not_started")
case("es-o18-bierzo-gestor-reenvia-c2", OWB, "need_info", [M(
    "Asesoría Sil - Contabilidad <conta@asesoriasil-example.es>", OWDTO, "RV: Devolución hito intranet",
    d(2025, 9, 29, 12, 0, CYL),
    "Buenos días, les reenvío la petición de nuestro cliente, del que llevamos la contabilidad.\nSaludos,\n"
    "Asesoría Sil\n\n-----Mensaje original-----\nDe: Gerencia Cooperativa <gerencia@coopbierzo-example.es>\n"
    "Enviado el: lunes, 29 de septiembre de 2025 9:12\nPara: conta@asesoriasil-example.es\n"
    "Asunto: Devolución hito intranet\n\nHola Luis, pide a Optima que nos devuelvan el hito de la Intranet "
    "Cooperativa Bierzo (OWD-2025-5119), que no lo han empezado y la cooperativa ha decidido no seguir. "
    "Nuestro correo de contrato es gerencia@coopbierzo-example.es.\n")],
    rules=["C2"],
    spec="s.8 forwards + C2: the forwarded request names the contract email gerencia@...; the sender is the "
         "bookkeeper: need_info.")

proj("Soporte Web Colegio San Froilan", "direccion@colegiosanfroilan-example.es")
owpay("s32o20", "OWD-2025-5120", "Soporte Web Colegio San Froilan", "retainer", "6000.00", "1080.00",
      "2025-09-20T10:00:00", period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20")
case("es-o19-leon-colegio-baja-sin-motivo", OWB, "need_info", [M(
    "Dirección Colegio San Froilán <direccion@colegiosanfroilan-example.es>", OWDTO,
    "Baja Soporte Web Colegio San Froilan", d(2025, 9, 29, 10, 0, CYL),
    "Buenos días:\n\nPor la presente les comunicamos la baja del servicio Soporte Web Colegio San Froilan, "
    "recibo OWD-2025-5120, con efectos del próximo vencimiento.\n\nAtentamente,\nLa Dirección\n"
    "Colegio San Froilán - León\n")],
    missing=["reason"],
    spec="s.8: Optima requires a reason for cancellations too; none given: need_info reason.")

proj("Web Despacho Calle Santiago", "secretaria@ruizdecastro-example.es")
proj("Area Clientes Ruiz de Castro", "secretaria@ruizdecastro-example.es")
owpay("s32o21", "OWD-2025-5121", "Web Despacho Calle Santiago", "milestone", "18000.00", "3240.00",
      "2025-09-18T10:00:00", milestone_status="not_started")
owpay("s32o22", "OWD-2025-5122", "Area Clientes Ruiz de Castro", "milestone", "22000.00", "3960.00",
      "2025-09-18T10:00:00", milestone_status="not_started")
case("es-o20-valladolid-despacho-dos-proyectos", OWB, "need_info", [M(
    "Secretaría Ruiz de Castro <secretaria@ruizdecastro-example.es>", OWDTO, "Devolución de un hito",
    d(2025, 9, 26, 10, 0, CYL),
    "Buenos días,\n\nLes escribo de parte de D. Fernando Ruiz de Castro. Uno de los socios deja el despacho a "
    "final de año y hemos decidido reducir el encargo, por lo que solicitamos la devolución del hito que "
    "todavía no han empezado.\n\nUn saludo,\nLorena Sastre - Secretaría\n")],
    missing=["project_name", "invoice_number"],
    spec="C3: the contract email has two projects with a not-started milestone each; neither project nor "
         "invoice named: ask for both.")

case("es-o21-valladolid-despacho-responde", OWB, "decided", [
    M("Secretaría Ruiz de Castro <secretaria@ruizdecastro-example.es>", OWDTO, "Devolución de un hito",
      d(2025, 9, 26, 10, 0, CYL),
      "Buenos días,\n\nLes escribo de parte de D. Fernando Ruiz de Castro. Uno de los socios deja el despacho "
      "a final de año y hemos decidido reducir el encargo, por lo que solicitamos la devolución del hito que "
      "todavía no han empezado.\n\nUn saludo,\nLorena Sastre - Secretaría\n"),
    M("Secretaría Ruiz de Castro <secretaria@ruizdecastro-example.es>", OWDTO,
      "RE: Devolución de un hito [OWD-5121]", d(2025, 9, 29, 9, 30, CYL),
      "Buenos días,\n\nEs el Area Clientes Ruiz de Castro, factura OWD-2025-5122.\n\nUn saludo,\nLorena\n\n"
      "-----Mensaje original-----\nDe: Optima WebDesign\nAsunto: Devolución de un hito [OWD-5121]\n\n"
      "Indíquenos el proyecto y el número de factura.\n", headers={"_irt": "<owd-5121.reply@optimawebdesign.com>"})],
    [R("approve", "22000.00")],
    spec="C3 thread: the answer names Area Clientes Ruiz de Castro / OWD-2025-5122, milestone not_started: O3 approve "
         "22000.00.")

proj("Tienda Online Queseria", "gerencia@queseriatierradecampos-example.es")
owpay("s32o23", "OWD-2025-5123", "Tienda Online Queseria", "deposit", "26000.00", "4680.00",
      "2025-09-12T10:00:00")
case("es-o22-villalon-queseria-abogado", OWB, "decided", [M(
    "Quesería Tierra de Campos <gerencia@queseriatierradecampos-example.es>", OWDTO,
    "Devolución depósito - último aviso", d(2025, 9, 29, 13, 0, CYL),
    "Buenas,\n\nHace dos semanas pagamos el depósito de la Tienda Online Queseria (OWD-2025-5123) y desde "
    "entonces nadie nos ha llamado. Queremos que nos lo devolváis. Si no lo hacéis esta semana, el asunto lo "
    "lleva nuestro abogado y reclamaremos por la vía judicial.\n\nJulián Pastor\nQuesería Tierra de Campos, "
    "Villalón\n")],
    [R("escalate")], rules=["C4"],
    spec="C4: a lawyer / court threat: escalate (the deposit itself would be denied, O2 72 h passed).")

case("es-o23-menorca-respuesta-automatica", OWB, "ignore", [M(
    "Hotel Cala Galdana - IT <it@hotelcalagaldana.es>", OWDTO,
    "Respuesta automática: Re: Refund Request — Hosting Anual [OWD-5109]", d(2025, 9, 30, 20, 0, PMI),
    "Estaré fuera de la oficina del 30/09 al 07/10. Para incidencias urgentes: recepcion@hotelcalagaldana.es\n",
    headers={"Auto-Submitted": "auto-replied", "_irt": "<owd-5109.reply@optimawebdesign.com>"})],
    rules=["C7"], spec="C7: Auto-Submitted auto-replied: ignore.")

case("es-o24-perpinan-frances-pregunta-deposito", OWB, "other", [M(
    "Sylvie Marty <sylvie.marty@laposte-example.fr>", OWDTO, "Pregunta sobre el depósito",
    d(2025, 9, 27, 15, 0, FR),
    "Hola,\n\nSoy francesa de Perpignan y tengo una pequeña tienda de espadrilles, vendo mucho a Cataluña. "
    "Quiero hacer una web con ustedes. Antes de firmar: si pago el depósito y después cambio de opinión, "
    "¿me devuelven el depósito? ¿En cuántos días?\n\nMerci,\nSylvie Marty\n")],
    spec="s.8 hypothetical before buying: other.")

proj("Web Hermandad Penitencial", "mayordomia@hermandadvera-example.es")
owpay("s32o24", "OWD-2025-5124", "Web Hermandad Penitencial", "change_request", "5500.00", "990.00",
      "2025-09-24T10:00:00")
case("es-o25-zamora-cambio-solicitado", OWB, "decided", [M(
    "Mayordomía Hermandad <mayordomia@hermandadvera-example.es>", OWDTO, "Reembolso cambio galería",
    d(2025, 9, 27, 18, 30, CYL),
    "Buenas tardes,\n\nPedimos el cambio de la galería de fotos de la Web Hermandad Penitencial (factura "
    "OWD-2025-5124) pero la junta de gobierno ahora dice que preferían la galería de antes. Solicitamos que "
    "nos reembolsen el cambio porque al final no lo vamos a usar.\n\nEl Mayordomo\n")],
    [R("deny")],
    spec="O6: change_request fee: never refundable, deny.")

proj("Soporte Mensual Albergue", "albergue@caminofrances-example.es")
owpay("s32o25", "OWD-2025-5125", "Soporte Mensual Albergue", "retainer", "5000.00", "900.00",
      "2025-09-18T10:00:00", period_start="2025-09-18", period_end="2025-10-17", next_billing_at="2025-10-18")
case("es-o26-sahagun-albergue-hilo-motivo", OWB, "decided", [
    M("Albergue Camino Francés <albergue@caminofrances-example.es>", OWDTO, "Cancelar soporte mensual",
      d(2025, 9, 26, 20, 30, CYL),
      "Buenas noches, quiero cancelar el Soporte Mensual Albergue, factura OWD-2025-5125.\nGracias\n"
      "Albergue Camino Francés - Sahagún\n"),
    M("Albergue Camino Francés <albergue@caminofrances-example.es>", OWDTO,
      "Re: Cancelar soporte mensual [OWD-5125]", d(2025, 9, 27, 10, 0, CYL),
      "Buenos días. El motivo es que cerramos el albergue en invierno y en primavera lo coge otra familia.\n"
      "Un saludo\n\n> Para tramitar la baja, indíquenos el motivo. [OWD-5125]\n",
      headers={"_irt": "<owd-5125.reply@optimawebdesign.com>"})],
    [X("cancel", "2025-10-17")],
    spec="C3 thread: the reason arrives in the answer; O4: next_billing_at 2025-10-18, request 2025-09-27 "
         "00:00 IST (first mail) <= 2025-10-11: cancel effective 2025-10-17.")


if __name__ == "__main__":
    write_all()
