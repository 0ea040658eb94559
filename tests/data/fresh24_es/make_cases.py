"""fresh24_es: held-out Spanish cases (Spain, Mexico, Argentina, Colombia, Chile, Peru).
Stdlib only, deterministic: writes ledger.json, emails/*.eml and expected.json beside this file."""
from __future__ import annotations

import json
import shutil
from datetime import datetime, timedelta, timezone
from email import policy as email_policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANG = "es"
LOB, OWB = "leadsoptima", "optima_webdesign"
LO_TO = "LeadsOptima Soporte <support@leadsoptima.com>"
OW_TO = "Optima WebDesign <optimawebdesigns12@gmail.com>"
M = ("1499.00", "269.82")
Q = ("3999.00", "719.82")
A = ("11988.00", "2157.84")
IST = timezone(timedelta(hours=5, minutes=30))
LEDGER = {"customers": [], "projects": [], "payments": []}
CASES = []


def cust(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    LEDGER["customers"].append({"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
                                "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end})


def lopay(pid, inv, email, plan, money, paid_at, ps, pe, status="paid"):
    LEDGER["payments"].append({"brand": LOB, "id": pid, "invoice": inv, "customer_email": email,
                               "kind": "subscription", "plan": plan, "amount": money[0], "tax": money[1],
                               "currency": "INR", "paid_at": paid_at, "period_start": ps, "period_end": pe,
                               "status": status})


def proj(name, contract, started=None):
    LEDGER["projects"].append({"brand": OWB, "name": name, "contract_email": contract, "work_started_at": started})


def owpay(pid, inv, project, kind, amount, tax, paid_at, **kw):
    base = {"brand": OWB, "id": pid, "invoice": inv, "project": project, "kind": kind, "amount": amount,
            "tax": tax, "currency": "INR", "paid_at": paid_at, "status": "paid", "setup_fee": None,
            "service_start": None, "next_billing_at": None, "period_start": None, "period_end": None,
            "milestone_status": None}
    base.update(kw)
    LEDGER["payments"].append(base)


def when(local, off):
    h, m = off[0] + off[1:3], off[4:6]
    tz = timezone(timedelta(hours=int(h), minutes=int(m) * (1 if h[0] == "+" else -1)))
    return datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=tz)


def msg(frm, subj, body, at, off, to=None, html=None, headers=None):
    return dict(frm=frm, subj=subj, body=body, at=when(at, off), to=to, html=html, headers=headers or {})


def D(intent, outcome, amount=None, eff=None):
    d = {"intent": intent, "outcome": outcome, "amount": amount}
    if intent == "cancellation":
        d["effective_date"] = eff
    return d


def case(num, short, brand, status, msgs, decisions=(), rules=(), missing=None, extra_ok=False,
         ambiguous=None, spec="", clauses=""):
    cid = f"l{num:02d}"
    files = []
    prev_ids = []
    for i, m in enumerate(msgs):
        e = EmailMessage()
        e["From"] = m["frm"]
        e["To"] = m["to"] or (LO_TO if brand == LOB else OW_TO)
        e["Subject"] = m["subj"]
        e["Date"] = format_datetime(m["at"])
        dom = m["frm"].split("@")[-1].rstrip(">").strip() or "example.org"
        mid = f"<{LANG}24-{cid}-{i}@{dom}>"
        e["Message-ID"] = mid
        if prev_ids:
            e["In-Reply-To"] = prev_ids[-1]
            e["References"] = " ".join(prev_ids)
        for k, v in m["headers"].items():
            e[k] = v
        if m["html"] and m["body"] is None:
            e.set_content(m["html"], subtype="html")
        else:
            e.set_content(m["body"])
            if m["html"]:
                e.add_alternative(m["html"], subtype="html")
        prev_ids.append(mid)
        name = f"emails/{cid}-{short}" + (f"-{i + 1}" if len(msgs) > 1 else "") + ".eml"
        (HERE / name).write_bytes(e.as_bytes(policy=email_policy.SMTP))
        files.append(name)
    c = {"id": f"{LANG}-{cid}-{short}", "lang": LANG, "files": files, "brand": brand, "status": status,
         "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    c["decisions"] = list(decisions)
    if extra_ok:
        c["extra_ok"] = True
    if ambiguous:
        c["ambiguous"] = ambiguous
    c["spec"] = spec
    c["_clauses"] = clauses
    c["_request_ist"] = msgs[0]["at"].astimezone(IST).isoformat()
    CASES.append(c)


def build():
    # ---------------- LeadsOptima ----------------
    cust("lucia.garza@ferreteriagarza.com.mx", "Lucía Garza", "monthly", start="2025-09-24", end="2025-10-23")
    lopay("es_l01a", "LO-INV-70111", "lucia.garza@ferreteriagarza.com.mx", "monthly", M, "2025-09-24T20:05:00", "2025-09-24", "2025-10-23")
    lopay("es_l01b", "LO-INV-70112", "lucia.garza@ferreteriagarza.com.mx", "monthly", M, "2025-09-24T20:06:00", "2025-09-24", "2025-10-23")
    case(1, "cobro-doble-mx", LOB, "decided", [msg(
        "Lucía Garza <lucia.garza@ferreteriagarza.com.mx>", "cobro doble!!",
        "Buenas tardes\n\nOigan me llegaron dos cargos de la mensualidad el mismo dia 24, mismo monto, "
        "se me hace que me cobraron doble. La segunda factura es la lo inv 70112.\n"
        "Me regresan uno porfa?\n\nLucía Garza\nFerretería Garza - Monterrey, N.L.",
        "2025-09-25 19:40", "-06:00")],
        [D("refund", "approve", "1499.00")], clauses="L2, L3, L4, sect. 8 invoice refs",
        spec="Two paid monthly charges 2025-09-24 same period; request 2025-09-26 IST (day 2); refund the duplicate 1499.00 (L4).")

    cust("rodrigo.villa@villaimports.mx", "Rodrigo Villa", "monthly", start="2025-09-10", end="2025-10-09")
    lopay("es_l02a", "LO-INV-70121", "rodrigo.villa@villaimports.mx", "monthly", M, "2025-09-10T21:00:00", "2025-09-10", "2025-10-09")
    lopay("es_l02b", "LO-INV-70122", "rodrigo.villa@villaimports.mx", "monthly", M, "2025-09-10T21:02:00", "2025-09-10", "2025-10-09")
    case(2, "doble-dia-ocho-gdl", LOB, "decided", [msg(
        "Rodrigo Villa <rodrigo.villa@villaimports.mx>", "Cargo duplicado LO-INV-70122",
        "Que tal, buenas noches.\nEl dia 10 me cargaron dos veces la suscripción mensual (LO-INV-70121 y LO-INV-70122). "
        "Hoy es 17 así que sigo dentro de los 7 días que marca su política. Solicito el reembolso del cargo repetido.\n\n"
        "Atte. Rodrigo Villa\nGuadalajara, Jal.", "2025-09-17 21:30", "-06:00")],
        [D("refund", "deny")], clauses="L3, sect. 1 counting windows",
        spec="Charges 2025-09-10 IST; email 2025-09-17 21:30 -06:00 = 2025-09-18 09:00 IST, day 8 > 7: deny (L3).")

    cust("mjose.ortega@estudioortega.es", "María José Ortega", "quarterly", start="2025-09-15", end="2025-12-14")
    lopay("es_l03a", "LO-INV-70131", "mjose.ortega@estudioortega.es", "quarterly", Q, "2025-09-15T20:00:00", "2025-09-15", "2025-12-14")
    lopay("es_l03b", "LO-INV-70132", "mjose.ortega@estudioortega.es", "quarterly", Q, "2025-09-15T20:01:00", "2025-09-15", "2025-12-14")
    case(3, "dia-siete-madrid", LOB, "decided", [msg(
        "María José Ortega <mjose.ortega@estudioortega.es>", "Cobro duplicado plan trimestral",
        "Hola:\n\nRevisando el extracto del banco veo que el día 15 se me cobró dos veces el plan trimestral "
        "(3.999,00 + IVA cada uno). Facturas LO-INV-70131 y LO-INV-70132. Os agradecería que me devolvierais "
        "el segundo cargo.\n\nUn saludo,\nMaría José Ortega\nEstudio Ortega Arquitectura · Madrid",
        "2025-09-22 18:00", "+02:00")],
        [D("refund", "approve", "3999.00")], clauses="L3 (day 7 inside), L4",
        spec="Charges 2025-09-15 20:00 IST; email 2025-09-22 18:00 +02:00 = 21:30 IST 2025-09-22, day 7 inside; refund 3999.00 (L4).")

    cust("facu.benitez@gmail.com", "Facundo Benítez", "monthly", start="2025-09-20", end="2025-10-19")
    lopay("es_l04", "LO-INV-70141", "facu.benitez@gmail.com", "monthly", M, "2025-09-20T14:00:00", "2025-09-20", "2025-10-19")
    case(4, "ya-no-lo-uso-ar", LOB, "decided", [msg(
        "Facundo Benítez <facu.benitez@gmail.com>", "devolucion",
        "hola che, la verdad ya no lo estoy usando, lo contraté para un laburo que al final se cayó. "
        "me pueden devolver la plata de este mes? gracias\n\nFacu", "2025-09-23 11:20", "-03:00")],
        [D("refund", "deny")], clauses="L1",
        spec="Not using it is not an L2 exception: refund deny, cancellation offered (L1); plan and invoice from the ledger.")

    cust("contabilidad@distribuidoralosandes.com.co", "Distribuidora Los Andes", "annual", start="2025-09-18", end="2026-09-17")
    lopay("es_l05", "LO-INV-70151", "contabilidad@distribuidoralosandes.com.co", "annual", A, "2025-09-18T10:30:00", "2025-09-18", "2026-09-17")
    case(5, "muy-caro-co", LOB, "decided", [msg(
        "Contabilidad Los Andes <contabilidad@distribuidoralosandes.com.co>", "Solicitud devolución plan anual",
        "Buenos días,\n\nCordial saludo. Por medio de la presente solicitamos la devolución del valor del plan anual "
        "factura LO-INV-70151, ya que la gerencia considera que el costo es muy elevado para el presupuesto de este año.\n\n"
        "Quedamos atentos.\n\nMarcela Ríos\nAuxiliar contable\nDistribuidora Los Andes S.A.S. - Medellín",
        "2025-09-22 08:45", "-05:00")],
        [D("refund", "deny")], clauses="L1",
        spec="'too expensive' is not an L2 exception: deny (L1), inside the window but no exception.")

    cust("ignacia.soto@pasteleriasoto.cl", "Ignacia Soto", "monthly", start="2025-09-21", end="2025-10-20")
    lopay("es_l06", "LO-INV-70161", "ignacia.soto@pasteleriasoto.cl", "monthly", M, "2025-09-21T19:00:00", "2025-09-21", "2025-10-20")
    case(6, "no-puedo-entrar-html-cl", LOB, "decided", [msg(
        "Ignacia Soto <ignacia.soto@pasteleriasoto.cl>", "No puedo entrar a la plataforma",
        None, "2025-09-24 10:05", "-03:00", html=(
            "<html><body><div>Hola,</div><div><br></div><div>Desde el domingo <b>no puedo iniciar sesión</b>, "
            "me sale &quot;error 500&quot; y ya probé en Chrome y en el celular. Pagué el 21 y no he podido ocupar "
            "nada. Si no lo arreglan quiero que me devuelvan la plata.</div><div><br></div>"
            "<div>Saludos<br>Ignacia Soto<br>Pastelería Soto, Ñuñoa</div></body></html>"))],
        [D("refund", "escalate")], clauses="L2 access_failure, L6",
        spec="Cannot log in since Sunday, charge 2025-09-21, request 2025-09-24 (day 3): escalate (L6), no amount; HTML-only mail.")

    cust("rsalas@constructorasalas.pe", "Ricardo Salas", "monthly", start="2025-09-26", end="2026-09-25")
    lopay("es_l07", "LO-INV-70171", "rsalas@constructorasalas.pe", "annual", A, "2025-09-26T20:00:00", "2025-09-26", "2026-09-25")
    case(7, "anual-en-vez-mensual-pe", LOB, "decided", [msg(
        "Ricardo Salas <rsalas@constructorasalas.pe>", "Cobro equivocado",
        "Estimados señores:\n\nYo tengo contratado el plan mensual, sin embargo el 26 me cobraron el plan anual "
        "(factura LO-INV-70171) por un importe mucho mayor. Es un error de facturación. Solicito la devolución.\n\n"
        "Atentamente,\nRicardo Salas\nGerente - Constructora Salas SAC, Arequipa", "2025-09-27 09:15", "-05:00")],
        [D("refund", "escalate")], clauses="L2 billing_error, L5",
        spec="Charged for the wrong plan inside 7 days (2025-09-26 -> 2025-09-27): escalate (L5), no amount.")

    cust("pablo.iturbe@iturbeasesores.es", "Pablo Iturbe", "monthly", status="cancelled", start="2025-09-19", end="2025-10-18")
    lopay("es_l08", "LO-INV-70181", "pablo.iturbe@iturbeasesores.es", "monthly", M, "2025-09-19T06:00:00", "2025-09-19", "2025-10-18")
    case(8, "cobro-tras-baja-es", LOB, "decided", [msg(
        "Pablo Iturbe <pablo.iturbe@iturbeasesores.es>", "Me habéis cobrado estando dado de baja",
        "Buenas,\n\nMe di de baja en agosto desde Facturación y aun así el día 19 me habéis pasado otro cargo "
        "de la mensualidad (LO-INV-70181). Os pido que me lo devolváis cuanto antes.\n\nPablo\n\n--\n"
        "Iturbe Asesores · Bilbao\nEste mensaje y sus adjuntos son confidenciales.", "2025-09-20 09:30", "+02:00")],
        [D("refund", "escalate")], clauses="L2 billing_error (charged after cancelling), L5",
        spec="Charged after cancelling, request day 1: escalate (L5).")

    cust("andrea.mtz.diseno@outlook.com", "Andrea Martínez", "monthly", status="trial", trial_ends="2025-10-05")
    case(9, "prueba-gratis-mx", LOB, "decided", [msg(
        "Andrea Martínez <andrea.mtz.diseno@outlook.com>", "reembolso periodo de prueba",
        "Hola buen día, estoy en la prueba gratis y la verdad no me convenció la herramienta. "
        "Quiero que me reembolsen lo de la prueba, de favor.\nSaludos\nAndrea", "2025-09-24 12:10", "-06:00")],
        [D("refund", "deny")], clauses="L7",
        spec="Trial account, no charges: deny, no billing unless they subscribe (L7).")

    cust("admin@heladeriapolar.com.ar", "Heladería Polar", "quarterly", start="2025-09-01", end="2025-11-30")
    lopay("es_l10", "LO-INV-70191", "admin@heladeriapolar.com.ar", "quarterly", Q, "2025-09-01T10:00:00", "2025-09-01", "2025-11-30")
    case(10, "baja-trimestral-ar", LOB, "decided", [msg(
        "Heladería Polar <admin@heladeriapolar.com.ar>", "Baja del servicio",
        "Buenas tardes, les escribo para dar de baja la suscripción trimestral. Cerramos el local de Palermo y ya no "
        "vamos a hacer campañas. Avísenme hasta cuándo queda activa la cuenta.\n\nSaludos,\nGastón - Heladería Polar",
        "2025-09-25 16:00", "-03:00")],
        [D("cancellation", "cancel", eff="2025-11-30")], clauses="L8",
        spec="Cancel: active until current_period_end 2025-11-30 (L8).")

    cust("jcamilo.pardo@gmail.com", "Juan Camilo Pardo", "monthly")
    lopay("es_l11a", "LO-INV-70200", "jcamilo.pardo@gmail.com", "monthly", M, "2025-08-05T10:00:00", "2025-08-05", "2025-09-04")
    lopay("es_l11b", "LO-INV-70201", "jcamilo.pardo@gmail.com", "monthly", M, "2025-09-05T10:00:00", "2025-09-05", "2025-10-04")
    case(11, "cancelar-sin-motivo-co", LOB, "decided", [msg(
        "Juan Camilo Pardo <jcamilo.pardo@gmail.com>", "cancelar suscripcion",
        "Buenas tardes, favor cancelar mi suscripción mensual.\nMil gracias\n\nEnviado desde mi Galaxy",
        "2025-09-29 15:00", "-05:00")],
        [D("cancellation", "cancel", eff="2025-10-04")], clauses="L8 fallback; LO cancellation needs no reason",
        spec="No current_period_end: last charge 2025-09-05 + 1 month - 1 day = 2025-10-04 (L8); reason not required for LO cancellations.")

    cust("nuria.camps@campsinteriorisme.cat", "Núria Camps", "annual", start="2025-06-10", end="2026-06-09")
    lopay("es_l12", "LO-INV-70211", "nuria.camps@campsinteriorisme.cat", "annual", A, "2025-06-10T12:00:00", "2025-06-10", "2026-06-09")
    case(12, "baja-y-prorrateo-bcn", LOB, "decided", [msg(
        "Núria Camps <nuria.camps@campsinteriorisme.cat>", "Baja y devolución parte proporcional",
        "Hola,\n\nQuiero darme de baja del plan anual. Hemos cambiado de CRM y ya no lo vamos a utilizar. "
        "Además querría que me devolvierais la parte proporcional de los meses que quedan hasta junio.\n\n"
        "Gràcies / Gracias,\nNúria", "2025-09-23 10:10", "+02:00")],
        [D("refund", "deny"), D("cancellation", "cancel", eff="2026-06-09")], clauses="L1, L3, L8",
        spec="Pro-rata of unused months is not refundable (L1; charge 2025-06-10 also outside 7 days); cancel until 2026-06-09 (L8).")

    cust("compras@abarrotesluna.com.mx", "Abarrotes Luna", "monthly", start="2025-09-22", end="2025-10-21")
    lopay("es_l13", "LO-INV-70221", "compras@abarrotesluna.com.mx", "monthly", M, "2025-09-22T10:00:00", "2025-09-22", "2025-10-21")
    case(13, "otro-correo-mx", LOB, "need_info", [msg(
        "Beto Luna <betoluna77@gmail.com>", "Pago duplicado",
        "Buenas, les escribo de mi correo personal. La cuenta está a nombre de compras@abarrotesluna.com.mx. "
        "Nos salió el cobro dos veces este mes, me lo pueden regresar? Factura LO-INV-70221.\n\nBeto",
        "2025-09-24 13:00", "-06:00")],
        rules=["C2"], clauses="C2",
        spec="Sender is not the registered email named in the mail: ask to write from it, no account details (C2).")

    cust("gerencia@ferrosur.pe", "Ferrosur", "monthly", start="2025-09-23", end="2025-10-22")
    lopay("es_l14", "LO-INV-70231", "gerencia@ferrosur.pe", "monthly", M, "2025-09-23T10:00:00", "2025-09-23", "2025-10-22")
    case(14, "rv-outlook-pe", LOB, "need_info", [msg(
        "Asistente Gerencia <asistente@ferrosur.pe>", "RV: cobro dos veces LeadsOptima",
        "Buenos días, les reenvío lo que indica el Ing. Quispe.\n\nSaludos,\nKarina\n\n"
        "________________________________\nDe: Ing. Luis Quispe <gerencia@ferrosur.pe>\n"
        "Enviado: martes, 23 de septiembre de 2025 18:40\nPara: Asistente Gerencia <asistente@ferrosur.pe>\n"
        "Asunto: cobro dos veces LeadsOptima\n\nKarina, escríbeles a LeadsOptima: nos cobraron dos veces la "
        "mensualidad, la cuenta es gerencia@ferrosur.pe. Que devuelvan uno.\n",
        "2025-09-24 09:00", "-05:00")],
        rules=["C2"], clauses="sect. 8 forwards, C2",
        spec="Forward (RV:) names registered email gerencia@ferrosur.pe, sender is another address: C2.")

    cust("tesoreria@agroandina.com.co", "Agroandina", "annual", start="2025-09-10", end="2026-09-09")
    lopay("es_l15", "LO-INV-70241", "tesoreria@agroandina.com.co", "annual", A, "2025-09-10T10:00:00", "2025-09-10", "2026-09-09")
    case(15, "no-pido-reembolso-iva-co", LOB, "other", [msg(
        "Tesorería Agroandina <tesoreria@agroandina.com.co>", "Consulta factura LO-INV-70241",
        "Buenas tardes,\n\nAclaro de una vez que NO estamos pidiendo reembolso ni queremos cancelar, el servicio "
        "nos funciona bien. Solo necesitamos saber por qué la factura LO-INV-70241 sale con IVA indio y no con el "
        "NIT de la empresa, para el cierre contable.\n\nGracias,\nTesorería", "2025-09-26 14:30", "-05:00")],
        clauses="sect. 8 negation",
        spec="Negated refund and cancellation, invoice question asks for nothing the policy decides: other.")

    case(16, "si-contrato-anual-cl", LOB, "other", [msg(
        "Tomás Fuentes <tfuentes@corredorafuentes.cl>", "consulta antes de contratar",
        "Hola, estoy viendo el plan anual. Si lo pago y a los dos meses no me sirve, ¿me devolverían lo que queda? "
        "o ¿cómo funciona eso? Gracias\n\nTomás Fuentes\nCorredora de Propiedades Fuentes, Viña del Mar",
        "2025-09-25 17:30", "-03:00")],
        clauses="sect. 8 hypotheticals",
        spec="Question before buying ('would I get a refund if...'): other.")

    cust("vale.quiroga@estudioquiroga.com.ar", "Valeria Quiroga", "monthly", start="2025-09-14", end="2025-10-13")
    lopay("es_l17", "LO-INV-70251", "vale.quiroga@estudioquiroga.com.ar", "monthly", M, "2025-09-14T10:00:00", "2025-09-14", "2025-10-13")
    case(17, "gracias-devolucion-ar", LOB, "other", [msg(
        "Valeria Quiroga <vale.quiroga@estudioquiroga.com.ar>", "Re: Reembolso cargo duplicado [LO-2231]",
        "Genial, ya me impactó la devolución en la tarjeta. Mil gracias por la rapidez!!\n\nVale\n\n"
        "El lun, 22 sept 2025 a las 11:02, LeadsOptima Soporte <support@leadsoptima.com> escribió:\n"
        "> Hola Valeria, aprobamos el reembolso del cargo duplicado.\n", "2025-09-29 12:00", "-03:00",
        headers={"In-Reply-To": "<LO-2231.r1@leadsoptima.com>", "References": "<LO-2231.r1@leadsoptima.com>"})],
        clauses="sect. 8 past events",
        spec="Thank-you after a refund, asks for nothing: other.")

    case(18, "fuera-oficina-es", LOB, "ignore", [msg(
        "Carmen Ledesma <cledesma@grupoledesma.es>", "Respuesta automática: Factura septiembre",
        "Estaré fuera de la oficina hasta el 6 de octubre con acceso limitado al correo. Para temas urgentes "
        "contacte con administracion@grupoledesma.es.\n\nUn saludo,\nCarmen Ledesma",
        "2025-09-26 09:00", "+02:00", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})],
        rules=["C7"], clauses="C7", spec="Auto-Submitted: auto-replied out-of-office: ignore (C7).")

    cust("martin.ferreyra@ferreyrahnos.com.ar", "Martín Ferreyra", "monthly", status="cancelled", start="2025-09-27", end="2025-10-26")
    lopay("es_l19", "LO-INV-70261", "martin.ferreyra@ferreyrahnos.com.ar", "monthly", M, "2025-09-27T09:00:00", "2025-09-27", "2025-10-26")
    case(19, "contracargo-abogado-ar", LOB, "decided", [msg(
        "Martín Ferreyra <martin.ferreyra@ferreyrahnos.com.ar>", "RECLAMO - cobro indebido",
        "Les pedí la baja hace un mes y me volvieron a cobrar el 27 (LO-INV-70261). Quiero la devolución YA y que "
        "cancelen todo. Si no me responden hoy inicio el contracargo con la tarjeta y se lo paso a mi abogado para la "
        "denuncia en Defensa del Consumidor.\n\nMartín Ferreyra", "2025-09-28 10:30", "-03:00")],
        [D("refund", "escalate"), D("cancellation", "escalate")], rules=["C4"], clauses="C4 covers the whole case",
        spec="Chargeback/lawyer/consumer-protection threat: both the refund and the cancellation escalate (C4, sect. 8).")

    cust("karla.ibarra@spaibarra.mx", "Karla Ibarra", "monthly", start="2025-09-25", end="2025-10-24")
    lopay("es_l20", "LO-INV-70271", "karla.ibarra@spaibarra.mx", "monthly", M, "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
    case(20, "sin-motivo-firma-mx", LOB, "need_info", [msg(
        "Karla Ibarra <karla.ibarra@spaibarra.mx>", "Solicitud de reembolso",
        "Buen día,\n\nPor este medio solicito el reembolso de mi último pago.\nQuedo atenta a sus comentarios.\n\n"
        "Saludos cordiales,\n\nKarla Ibarra Treviño\nDirectora | Spa Ibarra\nTel. 81 1234 5678\n\n"
        "AVISO DE CONFIDENCIALIDAD: Este correo y sus anexos son confidenciales y para uso exclusivo del destinatario. "
        "Si usted lo recibió por error, favor de eliminarlo.", "2025-09-26 10:00", "-06:00")],
        missing=["reason"], clauses="sect. 8 what a reason is, C3",
        spec="Restated request, courtesy line, signature and disclaimer are not reasons: need_info reason; plan and invoice from the ledger (one charge).")

    cust("jorge.huaman@tiendahuaman.pe", "Jorge Huamán", "monthly", start="2025-09-25", end="2025-10-24")
    lopay("es_l21a", "LO-INV-70281", "jorge.huaman@tiendahuaman.pe", "monthly", M, "2025-09-25T16:00:00", "2025-09-25", "2025-10-24")
    lopay("es_l21b", "LO-INV-70282", "jorge.huaman@tiendahuaman.pe", "monthly", M, "2025-09-25T16:01:00", "2025-09-25", "2025-10-24")
    case(21, "hilo-responde-motivo-pe", LOB, "decided", [
        msg("Jorge Huamán <jorge.huaman@tiendahuaman.pe>", "devolucion de pago",
            "Buenas, quiero que me devuelvan el pago de este mes por favor.\nJorge", "2025-09-26 09:10", "-05:00"),
        msg("Jorge Huamán <jorge.huaman@tiendahuaman.pe>", "Re: devolucion de pago [LO-3107]",
            "Claro, el motivo es que me salió el cobro dos veces en la tarjeta el 25, la factura repetida es la "
            "LO-INV-70282.\n\nJorge\n\nEl 26/09/2025, LeadsOptima Soporte escribió:\n> Para continuar necesitamos el "
            "motivo de su solicitud.\n", "2025-09-27 11:00", "-05:00")],
        [D("refund", "approve", "1499.00")], clauses="C3 thread merge, L4",
        spec="Reply gives the reason (charged twice) and the duplicate invoice; request time = first mail 2025-09-26 IST (day 1): approve 1499.00.")

    cust("panaderia.rioja@gmail.com", "Panadería Rioja", "monthly", start="2025-09-23", end="2025-10-22")
    for i, t in enumerate(["10:00", "10:01", "10:03"]):
        lopay(f"es_l22{i}", f"LO-INV-7029{i + 1}", "panaderia.rioja@gmail.com", "monthly", M, f"2025-09-23T{t}:00", "2025-09-23", "2025-10-22")
    case(22, "tres-cobros-cl", LOB, "decided", [msg(
        "Panadería Rioja <panaderia.rioja@gmail.com>", "me cobraron 3 veces",
        "hola me llegaron 3 cobros iguales de $1.499 el mismo dia martes 23, facturas LO-INV-70292 y LO-INV-70293 "
        "son las que sobran, necesito que me devuelvan esas dos porfa\n\nsaludos Rosa", "2025-09-24 18:20", "-03:00")],
        [D("refund", "approve", "2998.00")], clauses="sect. 8 three identical charges, L4",
        spec="Three identical charges 2025-09-23, request 2025-09-25 02:50 IST (day 2): charges 2 and 3 refunded, 2 x 1499.00 = 2998.00.")

    cust("laura.gil@gilyasociados.es", "Laura Gil", "monthly", start="2025-09-22", end="2025-10-21")
    lopay("es_l23", "LO-INV-70301", "laura.gil@gilyasociados.es", "monthly", M, "2025-09-22T10:00:00", "2025-09-22", "2025-10-21")
    case(23, "doble-sin-par-es", LOB, "decided", [msg(
        "Laura Gil <laura.gil@gilyasociados.es>", "Cobro duplicado",
        "Buenos días,\nEn la tarjeta me aparecen dos cargos de LeadsOptima este mes, creo que me habéis cobrado dos "
        "veces. Factura LO-INV-70301. ¿Podéis revisarlo y devolverme el duplicado?\nGracias,\nLaura Gil",
        "2025-09-24 09:40", "+02:00")],
        [D("refund", "escalate")], clauses="L4 (no pair in the ledger)",
        spec="Duplicate claimed but the ledger has one charge: escalate (L4).")

    cust("gerencia@lacteoslaesperanza.co", "Lácteos La Esperanza", "annual", start="2025-09-28", end="2026-09-27")
    lopay("es_l24a", "LO-INV-70311", "gerencia@lacteoslaesperanza.co", "annual", A, "2025-09-28T11:00:00", "2025-09-28", "2026-09-27")
    lopay("es_l24b", "LO-INV-70312", "gerencia@lacteoslaesperanza.co", "annual", A, "2025-09-28T11:04:00", "2025-09-28", "2026-09-27")
    case(24, "debito-doble-monto-co", LOB, "decided", [msg(
        "Gerencia Lácteos La Esperanza <gerencia@lacteoslaesperanza.co>", "Débito doble plan anual",
        "Buenas noches. Nos debitaron dos veces $11.988,00 (más IVA) por el plan anual el domingo. El segundo "
        "débito corresponde a la factura LO INV 70312. Solicitamos la devolución de ese valor a la misma tarjeta.\n\n"
        "Atentamente,\nGerencia", "2025-09-29 20:15", "-05:00")],
        [D("refund", "approve", "11988.00")], clauses="L4, sect. 8 amounts and references as people write them, C6",
        spec="Two annual charges 2025-09-28; request 2025-09-30 06:45 IST (day 2): refund 11988.00 before tax.")

    cust("diego.ramos@ramosfotografia.mx", "Diego Ramos", "monthly", start="2025-09-01", end="2025-09-30")
    lopay("es_l25", "LO-INV-70321", "diego.ramos@ramosfotografia.mx", "monthly", M, "2025-09-01T10:00:00", "2025-09-01", "2025-09-30")
    case(25, "sin-acceso-fuera-plazo-mx", LOB, "decided", [msg(
        "Diego Ramos <diego.ramos@ramosfotografia.mx>", "sin acceso",
        "no he podido entrar a mi cuenta en todo el mes, la pagina nomas se queda cargando. quiero mi reembolso del "
        "mes de septiembre\n\nDiego Ramos Fotografía", "2025-09-20 11:00", "-06:00")],
        [D("refund", "deny")], clauses="L2 access_failure, L3",
        spec="Charge 2025-09-01, request 2025-09-20 (day 19 > 7): deny (L3).")

    case(26, "boletin-lista", LOB, "ignore", [msg(
        "Comunidad Marketing LATAM <boletin@comunidadmkt.lat>", "Boletín semanal: cómo pedir un reembolso a tu SaaS",
        "Esta semana: 5 pasos para pedir un reembolso o cancelar una suscripción sin dolor de cabeza.\n\n"
        "Para darte de baja de esta lista, responde BAJA.", "2025-09-25 07:00", "-05:00",
        to="info@leadsoptima.com", headers={"List-Id": "Boletin Comunidad MKT <boletin.comunidadmkt.lat>",
                                             "Precedence": "list", "List-Unsubscribe": "<mailto:baja@comunidadmkt.lat>"})],
        rules=["C7"], clauses="C7", spec="Mailing list (List-Id, Precedence: list): ignore (C7).")

    cust("sofi.acosta@acostamoda.com.ar", "Sofía Acosta", "monthly", start="2025-09-12", end="2025-10-11")
    lopay("es_l27", "LO-INV-70331", "sofi.acosta@acostamoda.com.ar", "monthly", M, "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
    case(27, "pasado-exportar-ar", LOB, "other", [msg(
        "Sofía Acosta <sofi.acosta@acostamoda.com.ar>", "Consulta exportar contactos",
        "Hola! El mes pasado me devolvieron un cobro doble y quedó todo bárbaro. Ahora les consulto otra cosa: "
        "¿cómo exporto los leads a Excel? No encuentro el botón.\n\nBesos, Sofi", "2025-09-26 15:00", "-03:00")],
        clauses="sect. 8 past events",
        spec="A past refund mentioned; the request is a how-to question: other.")

    cust("alvaro.pineda@pinedaabogados.es", "Álvaro Pineda", "annual", start="2025-03-15", end="2026-03-14")
    lopay("es_l28", "LO-INV-70341", "alvaro.pineda@pinedaabogados.es", "annual", A, "2025-03-15T10:00:00", "2025-03-15", "2026-03-14")
    case(28, "dictado-movil-es", LOB, "decided", [msg(
        "Álvaro Pineda <alvaro.pineda@pinedaabogados.es>", "cancelar",
        "hola buenas quiero cancelar el plan anual para que no se renueve en marzo gracias\n\nEnviado desde mi iPhone",
        "2025-09-27 13:05", "+02:00")],
        [D("cancellation", "cancel", eff="2026-03-14")], clauses="L8",
        spec="Cancel annual: active until current_period_end 2026-03-14 (L8). A law firm's domain is no legal threat.")

    cust("oscar.leon@leonrefacciones.mx", "Óscar León", "monthly", start="2025-09-12", end="2025-10-11")
    lopay("es_l29", "LO-INV-70351", "oscar.leon@leonrefacciones.mx", "monthly", M, "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
    case(29, "no-quiero-reembolso-cancelen-mx", LOB, "decided", [msg(
        "Óscar León <oscar.leon@leonrefacciones.mx>", "cancelacion",
        "Qué onda, no quiero reembolso ni nada, nomás cancelen para que no me cobren el otro mes. "
        "Ya contratamos otro sistema.\nGracias", "2025-09-28 10:00", "-06:00")],
        [D("cancellation", "cancel", eff="2025-10-11")], clauses="sect. 8 negation, L8",
        spec="'no quiero reembolso' adds no refund; cancel until current_period_end 2025-10-11.")

    # ---------------- Optima WebDesign ----------------
    proj("Tienda Café Sierra", "gerencia@cafesierra.com.co")
    owpay("es_o01", "OWD-2025-301", "Tienda Café Sierra", "deposit", "25000.00", "4500.00", "2025-09-22T20:00:00")
    case(31, "anticipo-48h-co", OWB, "decided", [msg(
        "Gerencia Café Sierra <gerencia@cafesierra.com.co>", "Refund Request — Tienda Café Sierra",
        "Buenos días,\n\nCordial saludo. El lunes pagamos el anticipo de la tienda en línea (Tienda Café Sierra). "
        "Mi socio decidió que este año no vamos a vender en línea, así que les solicitamos la devolución del anticipo. "
        "Todavía no hemos tenido ninguna reunión con ustedes.\n\nMil gracias,\nAndrés Cárdenas\nCafé Sierra - Pereira",
        "2025-09-24 09:30", "-05:00")],
        [D("refund", "approve", "25000.00")], clauses="O2, sect. 1 (invoice filled: one payment)",
        spec="Deposit 2025-09-22 20:00 IST, request 2025-09-24 20:00 IST (48 h), no work: approve 25000.00 before tax (O2, C6).")

    proj("Clínica Dental Ribera", "administracion@clinicaribera.es")
    owpay("es_o02", "OWD-2025-302", "Clínica Dental Ribera", "deposit", "30000.00", "5400.00", "2025-09-15T11:00:00")
    case(32, "anticipo-72h-exactas-es", OWB, "decided", [msg(
        "Administración Clínica Ribera <administracion@clinicaribera.es>", "Devolución señal web clínica",
        "Buenos días,\n\nEl lunes 15 abonamos la señal (OWD-2025-302) para la web de la Clínica Dental Ribera. "
        "Finalmente el doctor ha decidido encargar la web a un familiar, por lo que solicitamos la devolución. "
        "Entendemos que estamos dentro de las 72 horas.\n\nAtentamente,\nAdministración", "2025-09-18 07:30", "+02:00")],
        [D("refund", "deny")], clauses="O2, sect. 8 exactly 72 hours",
        spec="Paid 2025-09-15 11:00 IST; email 07:30 +02:00 on 2025-09-18 = 11:00 IST: exactly 72 h is not before 72 h: deny.")

    proj("Taller Mecánico Hnos. Ruiz", "taller.hnosruiz@gmail.com", "2025-09-23T16:00:00")
    owpay("es_o03", "OWD-2025-303", "Taller Mecánico Hnos. Ruiz", "deposit", "12000.00", "2160.00", "2025-09-23T12:00:00")
    case(33, "anticipo-trabajo-iniciado-mx", OWB, "decided", [msg(
        "Taller Hnos Ruiz <taller.hnosruiz@gmail.com>", "reembolso anticipo",
        "buen dia, ayer pagamos el anticipo de la pagina del Taller Mecánico Hnos. Ruiz, pero mi hermano ya consiguio "
        "a alguien mas barato, asi que queremos el reembolso del anticipo. gracias", "2025-09-24 08:00", "-06:00")],
        [D("refund", "deny")], clauses="O2 (work started first)",
        spec="Paid 2025-09-23 12:00 IST, work started 16:00 the same day, request 2025-09-24 19:30 IST: within 72 h but after work began: deny.")

    proj("Viña Los Aromos", "contacto@vinalosaromos.cl")
    owpay("es_o04", "OWD-2025-304", "Viña Los Aromos", "discovery", "15000.00", "2700.00", "2025-09-19T10:00:00")
    case(34, "discovery-sin-sesion-cl", OWB, "decided", [msg(
        "Viña Los Aromos <contacto@vinalosaromos.cl>", "Anular sesión de estrategia y devolución",
        "Estimados,\n\nPagamos la etapa de descubrimiento/estrategia para Viña Los Aromos (factura OWD-2025-304). "
        "Por la vendimia no vamos a poder dedicarle tiempo este año, así que preferimos no seguir. Aún no se ha hecho "
        "ninguna sesión. Solicitamos la devolución.\n\nSaludos cordiales,\nCatalina Errázuriz", "2025-09-22 11:00", "-03:00")],
        [D("refund", "approve", "15000.00")], clauses="O1",
        spec="Discovery fee, no session or deliverable started: refund in full 15000.00 (O1).")

    proj("Inmobiliaria Miraflores", "ventas@inmomiraflores.pe", "2025-09-12T15:00:00")
    owpay("es_o05", "OWD-2025-305", "Inmobiliaria Miraflores", "discovery", "18000.00", "3240.00", "2025-09-10T10:00:00")
    case(35, "discovery-con-sesion-pe", OWB, "decided", [msg(
        "Ventas Inmobiliaria Miraflores <ventas@inmomiraflores.pe>", "Devolución taller de estrategia OWD-2025-305",
        "Buenas tardes,\nTuvimos la primera sesión de estrategia el 12 pero sinceramente no nos aportó nada nuevo. "
        "Queremos la devolución del pago de la consultoría para Inmobiliaria Miraflores.\nSaludos,\nPatricia Vela",
        "2025-09-20 16:00", "-05:00")],
        [D("refund", "deny")], clauses="O1",
        spec="Discovery session already held (work_started 2025-09-12): deny (O1).")

    proj("Estudio Contable Paz", "estudio@contablepaz.com.ar", "2025-08-01T10:00:00")
    owpay("es_o06a", "OWD-2025-361", "Estudio Contable Paz", "milestone", "40000.00", "7200.00", "2025-08-01T10:00:00", milestone_status="approved")
    owpay("es_o06b", "OWD-2025-362", "Estudio Contable Paz", "milestone", "35000.00", "6300.00", "2025-09-05T10:00:00", milestone_status="not_started")
    case(36, "hito-no-iniciado-ar", OWB, "decided", [msg(
        "Estudio Contable Paz <estudio@contablepaz.com.ar>", "Devolución hito 2 - Estudio Contable Paz",
        "Buenas tardes,\n\nLes escribo por el proyecto Estudio Contable Paz. El hito 2 (portal de clientes, factura "
        "OWD-2025-362) lo pagamos por adelantado pero decidimos no hacer el portal porque el sistema de AFIP ya nos "
        "alcanza. Como no arrancaron con esa parte, les pido la devolución de ese pago.\n\nSaludos,\nCdor. Hernán Paz",
        "2025-09-23 15:00", "-03:00")],
        [D("refund", "approve", "35000.00")], clauses="O3",
        spec="Milestone OWD-2025-362 not_started: refund its amount 35000.00 before tax (O3).")

    proj("Academia Idiomas Sol", "direccion@academiasol.es", "2025-08-20T10:00:00")
    owpay("es_o07a", "OWD-2025-371", "Academia Idiomas Sol", "milestone", "35000.00", "6300.00", "2025-08-20T10:00:00", milestone_status="completed")
    owpay("es_o07b", "OWD-2025-372", "Academia Idiomas Sol", "milestone", "28000.00", "5040.00", "2025-09-10T10:00:00", milestone_status="in_progress")
    case(37, "hito-en-curso-es", OWB, "decided", [msg(
        "Dirección Academia Sol <direccion@academiasol.es>", "Solicitud de reembolso hito OWD-2025-372",
        "Hola,\n\nSobre el proyecto Academia Idiomas Sol: el hito de la plataforma de reservas (OWD-2025-372) va "
        "muy lento y hemos decidido reducir el alcance. Queremos que nos reembolséis ese hito.\n\nSaludos,\nElena Sanz",
        "2025-09-25 12:00", "+02:00")],
        [D("refund", "escalate")], clauses="O3 in_progress",
        spec="Milestone in_progress: escalate (O3 interp.), no amount.")

    proj("Pastelería La Rosa", "pasteleria.larosa@hotmail.com", "2025-08-05T10:00:00")
    owpay("es_o08a", "OWD-2025-381", "Pastelería La Rosa", "milestone", "22000.00", "3960.00", "2025-08-05T10:00:00", milestone_status="approved")
    owpay("es_o08b", "OWD-2025-382", "Pastelería La Rosa", "milestone", "18000.00", "3240.00", "2025-09-01T10:00:00", milestone_status="in_progress")
    case(38, "hito-aprobado-mx", OWB, "decided", [msg(
        "Pastelería La Rosa <pasteleria.larosa@hotmail.com>", "devolucion diseño",
        "Hola buenas tardes, queremos que nos devuelvan lo del primer hito del proyecto Pastelería La Rosa "
        "(OWD-2025-381), el diseño ya no nos gusta, la verdad lo aprobamos con prisa.\nGracias\nRosa María",
        "2025-09-22 17:00", "-06:00")],
        [D("refund", "deny")], clauses="O3 approved, O6",
        spec="Milestone OWD-2025-381 approved: deny (O3, O6 approved milestones).")

    proj("Agencia Viajes Caribe", "admin@viajescaribe.com.co", "2025-06-15T10:00:00")
    owpay("es_o09", "OWD-2025-309", "Agencia Viajes Caribe", "retainer", "20000.00", "3600.00", "2025-09-15T10:00:00",
          period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T00:00:00")
    case(39, "retainer-aviso-ok-co", OWB, "decided", [msg(
        "Admin Viajes Caribe <admin@viajescaribe.com.co>", "Cancelación plan mensual redes",
        "Buenas tardes,\n\nLes informamos que queremos cancelar el plan mensual de Agencia Viajes Caribe (OWD-2025-309). "
        "A partir de octubre vamos a manejar las redes sociales con una persona de planta.\n\nQuedamos atentos,\nLiliana Mejía",
        "2025-09-25 14:00", "-05:00")],
        [D("cancellation", "cancel", eff="2025-10-14")], clauses="O4, O8",
        spec="Notice 2025-09-26 IST <= 2025-10-15 - 7 = 2025-10-08: no renewal, effective 2025-10-14 (O4).")

    proj("Ferretería Austral", "ferreteria.austral@gmail.com", "2025-05-01T10:00:00")
    owpay("es_o10", "OWD-2025-310", "Ferretería Austral", "retainer", "16000.00", "2880.00", "2025-09-01T10:00:00",
          period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-10-01T00:00:00")
    case(40, "retainer-aviso-corto-cl", OWB, "decided", [msg(
        "Ferretería Austral <ferreteria.austral@gmail.com>", "término mantención mensual",
        "Hola, buenas. Queremos terminar el plan mensual de Ferretería Austral (factura OWD-2025-310), "
        "porque vamos a cerrar la tienda online a fin de año. Gracias\n\nPatricio Muñoz\nPunta Arenas",
        "2025-09-26 10:00", "-03:00")],
        [D("cancellation", "cancel", eff="2025-10-31")], clauses="O4 less than 7 days' notice",
        spec="Next billing 2025-10-01; notice 2025-09-26 > 2025-09-24: October is billed, effective 2025-10-31 (O4).")

    proj("Colegio Los Olivos", "administracion@colegiolosolivos.edu.pe", "2025-04-05T10:00:00")
    owpay("es_o11", "OWD-2025-311", "Colegio Los Olivos", "retainer", "14000.00", "2520.00", "2025-09-05T10:00:00",
          period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05T00:00:00")
    case(41, "retainer-siete-dias-justos-pe", OWB, "decided", [msg(
        "Administración Colegio Los Olivos <administracion@colegiolosolivos.edu.pe>", "Cancelación del servicio mensual",
        "Estimados señores de Optima:\n\nPor acuerdo del directorio, el Colegio Los Olivos dará por terminado el servicio "
        "mensual de mantenimiento web (OWD-2025-311), ya que el colegio contratará una plataforma educativa integral.\n\n"
        "Atentamente,\nLic. Gladys Paredes\nAdministradora", "2025-09-28 10:00", "-05:00")],
        [D("cancellation", "cancel", eff="2025-10-04")], clauses="O4, sect. 1 '7 days' notice'",
        spec="Next billing 2025-10-05, minus 7 = 2025-09-28; request 2025-09-28 20:30 IST, on that date: no renewal, effective 2025-10-04.")

    proj("Bodega Txakoli Getaria", "info@txakoligetaria.eus", "2025-03-01T10:00:00")
    owpay("es_o12a", "OWD-2025-312", "Bodega Txakoli Getaria", "retainer", "20000.00", "3600.00", "2025-09-01T10:00:00",
          period_start="2025-09-01", period_end="2025-09-30")
    owpay("es_o12b", "OWD-2025-390", "Bodega Txakoli Getaria", "retainer", "20000.00", "3600.00", "2025-09-20T10:00:00",
          period_start="2025-10-01", period_end="2025-10-31", next_billing_at="2025-11-01T00:00:00")
    case(42, "retainer-adelantado-eus", OWB, "decided", [msg(
        "Bodega Txakoli Getaria <info@txakoligetaria.eus>", "Cancelar mantenimiento mensual",
        "Kaixo,\n\nQueremos cancelar el mantenimiento mensual de Bodega Txakoli Getaria. Hemos vendido la bodega y los "
        "nuevos dueños tienen su propia agencia. Ojo, que octubre ya lo pagamos por adelantado (OWD-2025-390).\n\n"
        "Eskerrik asko,\nIker", "2025-09-22 10:00", "+02:00")],
        [D("cancellation", "escalate")], extra_ok=True, clauses="O4, sect. 8 retainer paid in advance",
        spec="Next cycle (October) already paid, notice >= 7 days: cancellation escalated (sect. 8).")

    proj("Consultorio Dra. Méndez", "dra.mendez.consultorio@gmail.com")
    owpay("es_o13", "OWD-2025-313", "Consultorio Dra. Méndez", "hosting_annual", "18000.00", "3240.00", "2025-09-09T10:00:00",
          setup_fee="1800.00", service_start="2025-09-10")
    case(43, "hosting-14-dias-mx", OWB, "decided", [msg(
        "Dra. Paola Méndez <dra.mendez.consultorio@gmail.com>", "Cancelar hosting y reembolso",
        "Buenas tardes.\n\nContraté el hosting anual para el Consultorio Dra. Méndez hace unos días, pero la clínica "
        "donde trabajo ya me da página web incluida, entonces ya no lo ocupo. Quisiera cancelarlo y que me "
        "reembolsen lo que corresponda.\n\nDra. Paola Méndez\nCédula Prof. 1234567", "2025-09-20 12:00", "-06:00")],
        [D("refund", "approve", "14850.00")], extra_ok=True, clauses="O5",
        spec="Hosting 18000.00 incl. setup 1800.00, start 2025-09-10, request 2025-09-20 (day 10): 18000-1800-1350x1 = 14850.00 (O5).")

    proj("Librería El Ateneo Chico", "libreria.ateneochico@gmail.com")
    owpay("es_o14", "OWD-2025-314", "Librería El Ateneo Chico", "hosting_annual", "12000.00", "2160.00", "2025-08-30T10:00:00",
          setup_fee="1200.00", service_start="2025-09-01")
    case(44, "hosting-fuera-plazo-ar", OWB, "decided", [msg(
        "Librería El Ateneo Chico <libreria.ateneochico@gmail.com>", "Baja hosting + devolución",
        "Buenas, queremos dar de baja el hosting anual de Librería El Ateneo Chico (OWD-2025-314) y que nos devuelvan "
        "la parte que no usamos. Nos pasamos a Tiendanube que ya incluye el hosting.\nSaludos", "2025-09-20 10:00", "-03:00")],
        [D("refund", "deny")], extra_ok=True, clauses="O5 after 14 days",
        spec="Service start 2025-09-01, request 2025-09-20 (day 19 > 14): deny (O5).")

    proj("Hotel Boutique Cartagena", "reservas@hotelboutiquecartagena.co")
    owpay("es_o15", "OWD-2025-315", "Hotel Boutique Cartagena", "maintenance_annual", "24000.00", "4320.00", "2025-09-24T10:00:00",
          setup_fee="0.00", service_start="2025-10-01")
    case(45, "mantenimiento-antes-inicio-co", OWB, "decided", [msg(
        "Reservas Hotel Boutique Cartagena <reservas@hotelboutiquecartagena.co>", "Reembolso plan de mantenimiento anual",
        "Buenos días,\nEl hotel fue vendido y los nuevos propietarios no continuarán con la página. Por favor "
        "cancelar el mantenimiento anual del Hotel Boutique Cartagena (OWD-2025-315), que ni siquiera ha empezado, "
        "y reembolsarnos.\nCordialmente,\nSantiago Orozco", "2025-09-26 09:00", "-05:00")],
        [D("refund", "approve", "22000.00")], extra_ok=True, clauses="O5, sect. 8 O5 before the service starts",
        spec="Not started yet: consumed_months 1; 24000 - 0 - 2000 x 1 = 22000.00 (O5).")

    proj("Peluquería Nerea", "peluquerianerea@gmail.com", "2025-07-01T10:00:00")
    owpay("es_o16", "OWD-2025-316", "Peluquería Nerea", "third_party", "3500.00", "630.00", "2025-09-21T10:00:00")
    case(46, "dominio-ssl-es", OWB, "decided", [msg(
        "Nerea Etxeberria <peluquerianerea@gmail.com>", "devolución dominio",
        "Hola! Me habéis cobrado la renovación del dominio y el SSL de Peluquería Nerea (OWD-2025-316) pero yo ya lo "
        "había renovado por mi cuenta en otro proveedor, así que lo tengo duplicado. Me devolvéis eso?\nBesos, Nerea",
        "2025-09-23 19:00", "+02:00")],
        [D("refund", "deny")], clauses="O6 third_party",
        spec="Domain/SSL (third_party) is never refundable: deny (O6).")

    proj("Restaurante Tanta Lima", "gerencia@tantalima.pe", "2025-08-15T10:00:00")
    owpay("es_o17", "OWD-2025-317", "Restaurante Tanta Lima", "rush", "8000.00", "1440.00", "2025-09-18T10:00:00")
    case(47, "urgencia-pe", OWB, "decided", [msg(
        "Gerencia Tanta <gerencia@tantalima.pe>", "Cobro por urgencia OWD-2025-317",
        "Buenas noches, nos cobraron un recargo por entrega urgente para Restaurante Tanta Lima y al final la carta "
        "digital salió igual un día tarde. Solicitamos la devolución de ese recargo.\nSaludos", "2025-09-22 20:00", "-05:00")],
        [D("refund", "deny")], clauses="O6 rush",
        spec="Rush fee never refundable: deny (O6).")

    proj("Gimnasio Titán", "gimnasiotitan.mty@gmail.com")
    owpay("es_o18", "OWD-2025-318", "Gimnasio Titán", "deposit", "15000.00", "2700.00", "2025-09-25T12:00:00")
    case(48, "profeco-mx", OWB, "decided", [msg(
        "Gimnasio Titán <gimnasiotitan.mty@gmail.com>", "EXIJO MI REEMBOLSO",
        "Ayer pagué el anticipo de la página del Gimnasio Titán y hoy me entero que mi socio ya había contratado a "
        "otra agencia. Quiero mi dinero de vuelta hoy mismo o voy a poner la queja en PROFECO y mi abogado se "
        "encargará.\n\nLic. Arturo Garza", "2025-09-26 09:00", "-06:00")],
        [D("refund", "escalate")], rules=["C4"], clauses="C4",
        spec="Would be an O2 approval (32.5 h, no work), but a consumer-authority and lawyer threat escalates (C4).")

    proj("Tour Operador Patagonia Sur", "operaciones@patagoniasur.cl")
    owpay("es_o19", "OWD-2025-319", "Tour Operador Patagonia Sur", "deposit", "20000.00", "3600.00", "2025-09-25T10:00:00")
    case(49, "correo-personal-cl", OWB, "need_info", [msg(
        "Felipe Vargas <felipe.vargas.r@gmail.com>", "Devolución anticipo Patagonia Sur",
        "Hola, les escribo desde mi correo personal porque no tengo acceso al de la empresa. El contrato está con "
        "operaciones@patagoniasur.cl. Queremos la devolución del anticipo de Tour Operador Patagonia Sur (OWD-2025-319), "
        "cambiamos de planes.\nSaludos\nFelipe", "2025-09-26 11:00", "-03:00")],
        rules=["C2"], clauses="C2",
        spec="Optima requires the mail to come from the contract email: ask to write from it (C2).")

    proj("Óptica Belgrano", "opticabelgrano@fibertel.com.ar")
    owpay("es_o20", "OWD-2025-320", "Óptica Belgrano", "deposit", "10000.00", "1800.00", "2025-09-26T10:00:00")
    case(50, "sin-motivo-disclaimer-ar", OWB, "need_info", [msg(
        "Óptica Belgrano <opticabelgrano@fibertel.com.ar>", "Solicitud devolución anticipo",
        "Estimados:\n\nPor medio del presente solicito la devolución del anticipo abonado por el proyecto Óptica Belgrano.\n"
        "Aguardo su respuesta.\n\nSaludos cordiales,\nMirta Gómez\nÓptica Belgrano - Av. Cabildo 2100, CABA\n\n"
        "La información contenida en este mensaje es confidencial y está dirigida exclusivamente a su destinatario. "
        "Si lo recibió por error, por favor elimínelo.", "2025-09-26 16:00", "-03:00")],
        missing=["reason"], clauses="sect. 8 what a reason is, C3, sect. 1",
        spec="No reason (restatement, courtesy, signature, disclaimer): need_info reason; invoice filled (project has one payment).")

    proj("Escuela de Surf Zarautz", "hola@surfzarautz.es", "2025-04-01T10:00:00")
    owpay("es_o21", "OWD-2025-321", "Escuela de Surf Zarautz", "retainer", "12000.00", "2160.00", "2025-09-10T10:00:00",
          period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10T00:00:00")
    case(51, "cancelar-sin-motivo-es", OWB, "need_info", [msg(
        "Escuela de Surf Zarautz <hola@surfzarautz.es>", "Cancelación",
        "Hola equipo,\n\nOs escribimos para cancelar el plan mensual de Escuela de Surf Zarautz (OWD-2025-321).\n\n"
        "Muchas gracias por todo,\nAitor", "2025-09-24 10:00", "+02:00")],
        missing=["reason"], clauses="sect. 8 Optima requires a reason for cancellations",
        spec="Optima cancellation without a reason: need_info reason (sect. 8).")

    proj("Clínica Veterinaria Patitas", "contacto@vetpatitas.com.co", "2025-05-01T10:00:00")
    owpay("es_o22", "OWD-2025-322", "Clínica Veterinaria Patitas", "retainer", "15000.00", "2700.00", "2025-09-20T10:00:00",
          period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20T00:00:00")
    case(52, "hilo-cancelacion-co", OWB, "decided", [
        msg("Clínica Veterinaria Patitas <contacto@vetpatitas.com.co>", "cancelar plan mensual Clínica Veterinaria Patitas",
            "Buenas tardes, necesitamos cancelar el plan mensual de la Clínica Veterinaria Patitas, factura OWD-2025-322.\n"
            "Gracias.", "2025-09-24 15:00", "-05:00"),
        msg("Clínica Veterinaria Patitas <contacto@vetpatitas.com.co>", "Re: cancelar plan mensual Clínica Veterinaria Patitas [OWD-1188]",
            "Hola, claro: el motivo es que la clínica se fusiona con otra sede y vamos a usar la página de ellos.\n\n"
            "Saludos,\nDra. Juliana Rojas\n\n-----Mensaje original-----\nDe: Optima WebDesign\nAsunto: Re: cancelar plan mensual\n"
            "> ¿Podría indicarnos el motivo de la cancelación?", "2025-09-25 10:00", "-05:00")],
        [D("cancellation", "cancel", eff="2025-10-19")], clauses="C3 thread merge, O4",
        spec="Reason supplied in the reply; request 2025-09-25 01:30 IST <= 2025-10-13: effective 2025-10-19 (O4).")

    proj("Colegio San Marcos", "direccion@colegiosanmarcos.edu.pe", "2025-07-01T10:00:00")
    owpay("es_o23a", "OWD-2025-331", "Colegio San Marcos", "milestone", "30000.00", "5400.00", "2025-07-01T10:00:00", milestone_status="approved")
    owpay("es_o23b", "OWD-2025-332", "Colegio San Marcos", "milestone", "28000.00", "5040.00", "2025-09-15T10:00:00", milestone_status="not_started")
    case(53, "reenvio-gmail-hito-pe", OWB, "decided", [msg(
        "Dirección Colegio San Marcos <direccion@colegiosanmarcos.edu.pe>", "Fwd: módulo de matrículas",
        "Estimados, les reenvío lo que me pasa la administradora. Por favor procedan.\n\nP. Jaime Castillo\nDirector\n\n"
        "---------- Mensaje reenviado ---------\nDe: Rosa Chávez <administracion@colegiosanmarcos.edu.pe>\n"
        "Date: jue, 25 sept 2025 a las 16:20\nSubject: módulo de matrículas\nTo: <direccion@colegiosanmarcos.edu.pe>\n\n"
        "Padre, el consejo decidió postergar el módulo de matrículas hasta el próximo año porque no hay presupuesto. "
        "Habría que pedir a Optima que devuelvan el pago del hito 3 del proyecto Colegio San Marcos (OWD-2025-332), "
        "que todavía no empezaron.\n", "2025-09-26 08:30", "-05:00")],
        [D("refund", "approve", "28000.00")], clauses="sect. 8 forwards, O3",
        spec="Forward sent by the contract email itself: read the carried request; milestone not_started: 28000.00 (O3).")

    proj("Mueblería Los Pinos", "ventas@mueblerialospinos.mx", "2025-06-01T10:00:00")
    proj("Mueblería Los Pinos Outlet", "ventas@mueblerialospinos.mx", "2025-08-01T10:00:00")
    owpay("es_o24a", "OWD-2025-341", "Mueblería Los Pinos", "milestone", "20000.00", "3600.00", "2025-09-10T10:00:00", milestone_status="not_started")
    owpay("es_o24b", "OWD-2025-342", "Mueblería Los Pinos Outlet", "milestone", "20000.00", "3600.00", "2025-09-12T10:00:00", milestone_status="not_started")
    case(54, "dos-proyectos-sin-datos-mx", OWB, "need_info", [msg(
        "Ventas Mueblería Los Pinos <ventas@mueblerialospinos.mx>", "reembolso",
        "Buenas tardes, queremos que nos reembolsen el último pago que les hicimos porque el dueño decidió "
        "congelar todo lo de internet hasta enero.\nSaludos\nMaribel", "2025-09-24 16:00", "-06:00")],
        missing=["project_name", "invoice_number"], clauses="C3, sect. 1",
        spec="Contract email holds two projects and names neither, nor an invoice: need_info project_name and invoice_number.")

    case(55, "rebote-mailer-daemon", OWB, "ignore", [msg(
        "Mail Delivery Subsystem <MAILER-DAEMON@mail.proveedor.es>", "Notificación de estado de entrega (error)",
        "No se ha podido entregar el mensaje a reembolsos@clienteinexistente.es.\nEl servidor remoto respondió: "
        "550 5.1.1 Usuario desconocido.", "2025-09-25 10:00", "+02:00", to="billing@optimawebdesign.com")],
        rules=["C7"], clauses="C7", spec="MAILER-DAEMON bounce: ignore (C7).")

    proj("Constructora Valparaíso", "finanzas@constructoravalpo.cl", "2025-06-01T10:00:00")
    owpay("es_o26", "OWD-2025-326", "Constructora Valparaíso", "milestone", "45000.00", "8100.00", "2025-09-02T10:00:00", milestone_status="completed")
    case(56, "factura-rut-cl", OWB, "other", [msg(
        "Finanzas Constructora Valparaíso <finanzas@constructoravalpo.cl>", "Corrección factura OWD-2025-326",
        "Estimados, junto con saludar: la factura OWD-2025-326 del proyecto Constructora Valparaíso salió con el RUT "
        "antiguo de la empresa. ¿Nos la pueden reemitir con el RUT 76.123.456-7? No estamos pidiendo devolución, "
        "el pago está bien.\n\nSaludos cordiales,\nDepto. Finanzas", "2025-09-25 12:00", "-03:00")],
        clauses="sect. 8 negation; invoice question",
        spec="Invoice correction, refund explicitly not asked: other.")

    proj("Vinoteca Mendoza", "vinotecamendoza@gmail.com", "2025-07-10T10:00:00")
    owpay("es_o27", "OWD-2025-327", "Vinoteca Mendoza", "change_request", "6000.00", "1080.00", "2025-09-19T10:00:00")
    case(57, "cambio-alcance-ar", OWB, "decided", [msg(
        "Vinoteca Mendoza <vinotecamendoza@gmail.com>", "devolucion cambio extra",
        "Hola chicos, nos cobraron aparte el cambio del catálogo de vinos de Vinoteca Mendoza (OWD-2025-327). "
        "Al final no nos gustó cómo quedó y volvimos a la versión anterior, así que queremos que nos devuelvan esa "
        "plata.\nAbrazo, Nico", "2025-09-22 19:00", "-03:00")],
        [D("refund", "deny")], clauses="O6 change_request",
        spec="Change request outside the original scope is never refundable: deny (O6).")


def main():
    for sub in ("emails",):
        shutil.rmtree(HERE / sub, ignore_errors=True)
        (HERE / sub).mkdir()
    build()
    (HERE / "ledger.json").write_text(json.dumps(LEDGER, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    out = [{k: v for k, v in c.items() if not k.startswith("_")} for c in CASES]
    (HERE / "expected.json").write_text(json.dumps({"cases": out}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return CASES


if __name__ == "__main__":
    main()
