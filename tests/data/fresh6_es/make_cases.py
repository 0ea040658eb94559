"""Fresh held-out round 6, Spanish (es): writes ledger.json, emails/*.eml and expected.json here.

Written by QA pass qa6a from POLICY_SPEC.md alone. MIT licence. Deterministic, stdlib only.
"""
import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANG = "es"
LO = "support@leadsoptima.com"
OWD = "optimawebdesigns12@gmail.com"
IST = timezone(timedelta(hours=5, minutes=30))
LEDGER = {"customers": [], "projects": [], "payments": []}
CASES = []
MAILS = {}


def cust(email, plan, status="active", cps=None, cpe=None, name=None, trial_ends=None):
    LEDGER["customers"].append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan,
                                "status": status, "trial_ends": trial_ends,
                                "current_period_start": cps, "current_period_end": cpe})


TAX = {"monthly": ("1499.00", "269.82"), "quarterly": ("3999.00", "719.82"), "annual": ("11988.00", "2157.84")}


def sub(pid, inv, email, plan, paid_at, ps, pe, amount=None, tax=None, status="paid"):
    a, t = TAX[plan]
    LEDGER["payments"].append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email,
                               "kind": "subscription", "plan": plan, "amount": amount or a, "tax": tax or t,
                               "currency": "INR", "paid_at": paid_at, "period_start": ps, "period_end": pe,
                               "status": status})


def proj(name, email, ws=None):
    LEDGER["projects"].append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                               "work_started_at": ws})


def opay(pid, inv, project, kind, amount, tax, paid_at, status="paid", **kw):
    rec = {"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": project, "kind": kind,
           "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": status,
           "setup_fee": None, "service_start": None, "next_billing_at": None, "period_start": None,
           "period_end": None, "milestone_status": None}
    rec.update(kw)
    LEDGER["payments"].append(rec)


def mail(name, frm, to, subject, date, body, html=None, headers=None, reply_to=None, parent=None):
    """date: 'YYYY-MM-DD HH:MM +HHMM' (the sender's local time and offset)."""
    dt = datetime.strptime(date, "%Y-%m-%d %H:%M %z")
    msg = EmailMessage(policy=SMTP)
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(dt)
    mid = f"<{LANG}-{name}@mail.fresh6.example>"
    msg["Message-ID"] = mid
    if reply_to:
        msg["Reply-To"] = reply_to
    if parent:
        pmid = MAILS[parent]
        support = f"<reply-{LANG}-{parent}@support.fresh6.example>"
        msg["In-Reply-To"] = support
        msg["References"] = f"{pmid} {support}"
    for k, v in (headers or {}).items():
        msg[k] = v
    if html and body is None:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(body)
        if html:
            msg.add_alternative(html, subtype="html")
    MAILS[name] = mid
    path = HERE / "emails" / f"{name}.eml"
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(msg.as_bytes())
    return f"emails/{name}.eml"


def case(cid, files, brand, status, decisions=(), rules=(), spec="", missing=None, extra_ok=False,
         ambiguous=None):
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": list(files), "brand": brand, "status": status,
         "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    c["decisions"] = [dict(d) for d in decisions]
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if ambiguous:
        c["ambiguous"] = ambiguous
    CASES.append(c)


def D(intent, outcome, amount=None, eff=None):
    d = {"intent": intent, "outcome": outcome}
    if outcome == "approve":
        d["amount"] = amount
    if eff:
        d["effective_date"] = eff
    return d


def ist(date):
    return datetime.strptime(date, "%Y-%m-%d %H:%M %z").astimezone(IST).strftime("%Y-%m-%d %H:%M IST")


# ---------------------------------------------------------------- LeadsOptima
def leadsoptima():
    # l01 duplicate, Mexico, casual, inside the window
    cust("karla.menchaca@outlook.com", "monthly", cps="2025-09-20", cpe="2025-10-19", name="Karla Menchaca")
    sub("pay_es_6101", "LO-INV-66101", "karla.menchaca@outlook.com", "monthly", "2025-09-20T11:02:00", "2025-09-20", "2025-10-19")
    sub("pay_es_6102", "LO-INV-66102", "karla.menchaca@outlook.com", "monthly", "2025-09-20T11:04:00", "2025-09-20", "2025-10-19")
    f = mail("l01-doble-cobro-mx", "Karla Menchaca <karla.menchaca@outlook.com>", LO,
             "me cobraron 2 veces!!", "2025-09-24 09:40 -0600",
             "Hola buenas tardes\n\nOigan, revisando mi estado de cuenta veo que el 20 de sept me hicieron DOS cargos "
             "de $1,499 por el plan mensual, con dos minutos de diferencia. Nomas contrate una vez obvio jaja. "
             "El segundo cargo viene con la factura LO-INV-66102, ese es el que sobra.\n\n"
             "Me pueden regresar ese cargo porfa?\n\nGracias!\nKarla M.\nEnviado desde mi iPhone")
    case("l01-dup-mx", [f], "leadsoptima", "decided", [D("refund", "approve", "1499.00")],
         spec="L2 duplicate_payment; two paid monthly charges 1499.00 on 2025-09-20 same period 2025-09-20..2025-10-19; "
              "request 2025-09-24 21:10 IST = day 4 <= 7 (L3); L4 approve the duplicate's amount 1499.00 before tax (C6)")

    # l02 duplicate annual, Spain, request on day 7 late at night IST (inside)
    cust("jordi.puigvert@puigvertassessors.cat", "annual", cps="2025-09-10", cpe="2026-09-09", name="Jordi Puigvert")
    sub("pay_es_6111", "LO-INV-66111", "jordi.puigvert@puigvertassessors.cat", "annual", "2025-09-10T09:00:00", "2025-09-10", "2026-09-09")
    sub("pay_es_6112", "LO-INV-66112", "jordi.puigvert@puigvertassessors.cat", "annual", "2025-09-10T09:06:00", "2025-09-10", "2026-09-09")
    f = mail("l02-duplicado-dia7", "Jordi Puigvert <jordi.puigvert@puigvertassessors.cat>", LO,
             "Cargo duplicado plan anual - factura LO-INV-66112", "2025-09-17 20:00 +0200",
             "Buenas tardes:\n\nLes escribo porque el pasado 10 de septiembre se cargó dos veces en nuestra tarjeta "
             "el importe del plan anual (11.988,00 INR más impuestos cada uno). Adjunto el extracto. "
             "Entendemos que el segundo cargo, factura LO-INV-66112, es un error y solicitamos su devolución.\n\n"
             "Quedo a la espera de sus noticias.\n\nAtentamente,\n\nJordi Puigvert i Serra\nPuigvert Assessors, S.L.\n"
             "C/ Balmes 114, 08008 Barcelona\n\n"
             "AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden "
             "contener información confidencial. Si no es usted el destinatario, le rogamos que lo comunique al remitente "
             "y proceda a su eliminación.")
    case("l02-dup-day7-spain", [f], "leadsoptima", "decided", [D("refund", "approve", "11988.00")],
         spec="Date 2025-09-17 20:00 +0200 = 2025-09-17 23:30 IST; charge local date 2025-09-10 is day 0, request day 7 "
              "(day 7 is inside, L3); duplicate pair same amount/period (L4) -> approve 11988.00 (before tax)")

    # l03 duplicate, Mexico, day 8 in IST although day 7 in Mexico
    cust("ricardo.zamudio@zamudiogroup.mx", "quarterly", cps="2025-09-05", cpe="2025-12-04", name="Ricardo Zamudio")
    sub("pay_es_6121", "LO-INV-66121", "ricardo.zamudio@zamudiogroup.mx", "quarterly", "2025-09-05T10:00:00", "2025-09-05", "2025-12-04")
    sub("pay_es_6122", "LO-INV-66122", "ricardo.zamudio@zamudiogroup.mx", "quarterly", "2025-09-05T10:01:00", "2025-09-05", "2025-12-04")
    f = mail("l03-duplicado-dia8", "Ricardo Zamudio <ricardo.zamudio@zamudiogroup.mx>", LO,
             "Reembolso por pago duplicado", "2025-09-12 13:00 -0600",
             "Estimados,\n\nEl dia 5 de septiembre se nos cobro por duplicado el plan trimestral. Segun su politica tengo "
             "7 dias para reclamar, asi que estoy a tiempo. Solicito el reembolso de la factura LO-INV-66122.\n\n"
             "Saludos cordiales\nLic. Ricardo Zamudio\nDirector Comercial | Zamudio Group\nTel. +52 81 8123 4567")
    case("l03-dup-day8-tz", [f], "leadsoptima", "decided", [D("refund", "deny")],
         spec="Date 2025-09-12 13:00 -0600 = 2025-09-13 00:30 IST; charge 2025-09-05 is day 0 -> request day 8 > 7 "
              "(windows count in the brand's zone, section 1) -> deny L3")

    # l04 changed mind, Argentina, refund only -> deny L1
    cust("mflorencia.ibarra@gmail.com", "quarterly", cps="2025-09-15", cpe="2025-12-14", name="María Florencia Ibarra")
    sub("pay_es_6131", "LO-INV-66131", "mflorencia.ibarra@gmail.com", "quarterly", "2025-09-15T16:20:00", "2025-09-15", "2025-12-14")
    f = mail("l04-arrepentida-ar", "Flor Ibarra <mflorencia.ibarra@gmail.com>", LO,
             "devolucion", "2025-09-18 10:15 -0300",
             "Hola, que tal? Pagué el trimestral el lunes (factura LO-INV-66131) pero la verdad me arrepentí, "
             "con mi socio decidimos que no lo vamos a usar por ahora, nos queda grande. Me podrían devolver la plata? "
             "Recién son tres días.\n\nMil gracias, saludos!\nFlor")
    case("l04-changed-mind-ar", [f], "leadsoptima", "decided", [D("refund", "deny")],
         spec="reason 'decided not to use it' is not an L2 exception -> L1 deny (cancellation offered in the reply, "
              "no cancellation asked for)")

    # l05 negation: no refund, just cancel, Argentina; current_period_end in ledger
    cust("gaston.ferreyra@estudioferreyra.com.ar", "quarterly", cps="2025-09-01", cpe="2025-11-30", name="Gastón Ferreyra")
    sub("pay_es_6141", "LO-INV-66141", "gaston.ferreyra@estudioferreyra.com.ar", "quarterly", "2025-09-01T08:00:00", "2025-09-01", "2025-11-30")
    f = mail("l05-no-reembolso-ar", "Gaston Ferreyra <gaston.ferreyra@estudioferreyra.com.ar>", LO,
             "Baja del plan", "2025-09-26 17:45 -0300",
             "Buenas,\n\nQuiero dar de baja la suscripción trimestral. Ojo, no estoy pidiendo reembolso ni nada, "
             "sé que lo pagado no se devuelve; solo que no se renueve más. Nos pasamos a otra herramienta que ya "
             "usa el estudio.\n\nAbrazo,\nGastón")
    case("l05-negation-cancel-ar", [f], "leadsoptima", "decided", [D("cancellation", "cancel", eff="2025-11-30")],
         spec="'no estoy pidiendo reembolso' adds no refund (section 8 negation); L8 cancel, effective current_period_end 2025-11-30")

    # l06 cancel, monthly, no current_period_end -> fallback last charge + 1 month - 1 day
    cust("sofi.acuna.design@gmail.com", "monthly", name="Sofía Acuña")
    sub("pay_es_6151", "LO-INV-66151", "sofi.acuna.design@gmail.com", "monthly", "2025-08-14T12:00:00", "2025-08-14", None)
    sub("pay_es_6152", "LO-INV-66152", "sofi.acuna.design@gmail.com", "monthly", "2025-09-14T12:00:00", "2025-09-14", None)
    f = mail("l06-baja-mensual", "Sofia Acuña <sofi.acuna.design@gmail.com>", LO,
             "cancelar suscripcion", "2025-09-22 22:10 -0300",
             "hola! quiero cancelar mi plan mensual, estoy cerrando el emprendimiento y ya no lo voy a necesitar. "
             "gracias por todo, la plataforma esta buenisima\n\nsofi")
    case("l06-cancel-fallback", [f], "leadsoptima", "decided", [D("cancellation", "cancel", eff="2025-10-13")],
         spec="no current_period_end in the ledger: L8 fallback = last charge 2025-09-14 + 1 month - 1 day = 2025-10-13")

    # l07 billing error: charged after cancelling (past event), inside window -> escalate
    cust("hector.villalobos@gmail.com", "monthly", status="cancelled", cps="2025-08-28", cpe="2025-09-27", name="Héctor Villalobos")
    sub("pay_es_6161", "LO-INV-66161", "hector.villalobos@gmail.com", "monthly", "2025-08-28T07:30:00", "2025-08-28", "2025-09-27")
    sub("pay_es_6162", "LO-INV-66162", "hector.villalobos@gmail.com", "monthly", "2025-09-28T07:30:00", "2025-09-28", "2025-10-27")
    f = mail("l07-cobro-tras-baja", "Hector Villalobos <hector.villalobos@gmail.com>", LO,
             "Me cobraron despues de cancelar", "2025-09-29 08:05 -0600",
             "Buen dia.\n\nYo cancele mi plan mensual el 14 de septiembre desde Billing y aun asi el 28 me llego otro "
             "cargo por 1,499 (factura LO-INV-66162). Se supone que ya no me iban a cobrar nada. "
             "Solicito que me reembolsen ese cargo.\n\nHector Villalobos\nGuadalajara, Jal.")
    case("l07-charged-after-cancel", [f], "leadsoptima", "decided", [D("refund", "escalate")],
         spec="'cancele ... y aun asi me llego otro cargo' = billing_error (L2); charge 2025-09-28, request 2025-09-29 "
              "19:35 IST day 1 (L3); L5 escalate, no amount")

    # l08 access failure inside window -> escalate
    cust("ops@clinicadentalsonrisa.es", "monthly", cps="2025-09-22", cpe="2025-10-21", name="Clínica Dental Sonrisa")
    sub("pay_es_6171", "LO-INV-66171", "ops@clinicadentalsonrisa.es", "monthly", "2025-09-22T10:00:00", "2025-09-22", "2025-10-21")
    f = mail("l08-sin-acceso", "Clinica Dental Sonrisa <ops@clinicadentalsonrisa.es>", LO,
             "No podemos entrar a la plataforma desde el lunes", "2025-09-25 12:30 +0200",
             "Hola,\n\nDesde el lunes nadie de la clínica consigue iniciar sesión: la página se queda en blanco después "
             "de poner la contraseña. Hemos probado con Chrome, Edge y desde el móvil. Ya hablamos con vuestro chat "
             "y nos dijeron que lo miraban, pero seguimos igual. Acabamos de pagar la mensualidad (factura "
             "LO-INV-66171) y así no nos sirve de nada: pedimos la devolución de esa mensualidad.\n\n"
             "Un saludo,\nNuria - Recepción\nClínica Dental Sonrisa")
    case("l08-access-failure", [f], "leadsoptima", "decided", [D("refund", "escalate")],
         spec="access_failure (cannot log in, L2); charge 2025-09-22, request 2025-09-25 16:00 IST day 3 (L3); L6 escalate")

    # l09 access failure but outside the window -> deny L3
    cust("andres.quintero@quinteroyasociados.co", "monthly", cps="2025-08-30", cpe="2025-09-29", name="Andrés Quintero")
    sub("pay_es_6181", "LO-INV-66181", "andres.quintero@quinteroyasociados.co", "monthly", "2025-08-30T09:00:00", "2025-08-30", "2025-09-29")
    f = mail("l09-acceso-fuera-plazo", "Andres Quintero <andres.quintero@quinteroyasociados.co>", LO,
             "RE: problema de acceso / reembolso", "2025-09-15 09:00 -0500",
             "Buenos días,\n\nDesde finales de agosto el dashboard no carga, solo da vueltas el circulito. Pagué el "
             "30/08 (fact. LO-INV-66181) y prácticamente no lo he podido usar. Quiero el reembolso de ese mes.\n\n"
             "Cordialmente,\nAndrés Quintero")
    case("l09-access-outside-window", [f], "leadsoptima", "decided", [D("refund", "deny")],
         spec="access_failure but charge 2025-08-30, request 2025-09-15 19:30 IST = day 16 > 7 -> deny L3")

    # l10 trial account asks for a refund -> deny L7
    cust("valeria.nunez.coach@gmail.com", "monthly", status="trial", trial_ends="2025-10-05", name="Valeria Núñez")
    f = mail("l10-prueba-gratis", "Valeria Nuñez <valeria.nunez.coach@gmail.com>", LO,
             "Reembolso de la prueba", "2025-09-27 11:00 -0500",
             "Hola equipo, estoy en el periodo de prueba y la herramienta no es lo que buscaba, no funciona para "
             "coaching. Quiero que me devuelvan lo que me cobraron por la prueba, por favor. Plan mensual.\n\nValeria")
    case("l10-trial-refund", [f], "leadsoptima", "decided", [D("refund", "deny")],
         spec="account status trial with no charges in the ledger -> L7 deny (nothing to refund; no billing unless they subscribe)")

    # l11 C2: writes from personal hotmail, names registered company email
    cust("compras@ferreteriaelclavo.mx", "annual", cps="2025-03-02", cpe="2026-03-01", name="Ferretería El Clavo")
    sub("pay_es_6191", "LO-INV-66191", "compras@ferreteriaelclavo.mx", "annual", "2025-03-02T10:00:00", "2025-03-02", "2026-03-01")
    f = mail("l11-otro-correo", "Beto Salinas <beto_salinas77@hotmail.com>", LO,
             "cancelacion plan anual", "2025-09-23 18:20 -0600",
             "Que tal, soy el dueño de Ferreteria El Clavo. La cuenta esta registrada con compras@ferreteriaelclavo.mx "
             "pero ese correo lo maneja mi sobrino y ya no trabaja con nosotros. Quiero cancelar el plan anual para "
             "que no se renueve y que me digan hasta cuando queda activo.\n\nAlberto Salinas")
    case("l11-c2-other-address", [f], "leadsoptima", "need_info", rules=["C2"],
         spec="the sender is not the registered email he names (C2): need_info asking to write from compras@...; "
              "no account details")

    # l12 unknown sender, nothing on record
    f = mail("l12-desconocido", "Pilar Domínguez <pilar.dominguez.r@yahoo.es>", LO,
             "Darme de baja", "2025-09-19 13:05 +0200",
             "Buenas tardes,\n\nPor favor, necesito darme de baja de LeadsOptima, no me interesa seguir.\n\n"
             "Gracias.\nPilar")
    case("l12-unknown-sender", [f], "leadsoptima", "need_info", rules=["C2"],
         spec="sender address has no LeadsOptima record and no other registered email is named: treated as an unknown "
              "sender (C2, C3; section 8 'The other brand's customer')")

    # l13 out-of-office auto reply
    f = mail("l13-fuera-oficina", "Marta Ríos <marta.rios@inmobiliariaaltamar.es>", LO,
             "Respuesta automática: Fuera de la oficina", "2025-09-16 08:00 +0200",
             "Gracias por su mensaje. Estaré fuera de la oficina hasta el 29 de septiembre con acceso limitado al "
             "correo. Para asuntos urgentes, contacte con administracion@inmobiliariaaltamar.es.\n\nMarta Ríos",
             headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
    case("l13-auto-reply", [f], "leadsoptima", "ignore", rules=["C7"],
         spec="Auto-Submitted: auto-replied -> C7 ignore")

    # l14 how-to question -> other
    cust("lorena.paz@pazinmuebles.com", "monthly", cps="2025-09-11", cpe="2025-10-10", name="Lorena Paz")
    sub("pay_es_6201", "LO-INV-66201", "lorena.paz@pazinmuebles.com", "monthly", "2025-09-11T10:00:00", "2025-09-11", "2025-10-10")
    f = mail("l14-cambiar-tarjeta", "Lorena Paz <lorena.paz@pazinmuebles.com>", LO,
             "¿Cómo actualizo la tarjeta?", "2025-09-25 10:10 -0500",
             "Hola, me vence la tarjeta este mes. ¿Dónde la cambio dentro de la plataforma para que el próximo pago "
             "del plan mensual salga bien? No encuentro la opción.\n\nGracias,\nLorena")
    case("l14-howto-other", [f], "leadsoptima", "other",
         spec="how-to question about updating the card: neither refund nor cancellation -> other")

    # l15 hypothetical before buying -> other
    f = mail("l15-hipotetico", "Tomás Echeverría <tomas@echeverriaconsultores.cl>", LO,
             "Consulta antes de contratar el plan anual", "2025-09-24 16:30 -0300",
             "Estimados:\n\nEstamos evaluando contratar el plan anual. Si después de un par de semanas vemos que no "
             "se integra con nuestro CRM, ¿podríamos pedir la devolución del dinero? ¿Y si lo pagamos por "
             "duplicado por error, cómo sería?\n\nSaludos,\nTomás Echeverría\nEcheverría Consultores - Santiago")
    case("l15-hypothetical-other", [f], "leadsoptima", "other",
         spec="hypothetical refund questions before buying (section 8) -> other")

    # l16 cancel + refund of a duplicate in one mail (both intents)
    cust("info@panaderialaespiga.es", "monthly", cps="2025-09-26", cpe="2025-10-25", name="Panadería La Espiga")
    sub("pay_es_6211", "LO-INV-66211", "info@panaderialaespiga.es", "monthly", "2025-09-26T09:30:00", "2025-09-26", "2025-10-25")
    sub("pay_es_6212", "LO-INV-66212", "info@panaderialaespiga.es", "monthly", "2025-09-26T09:31:00", "2025-09-26", "2025-10-25")
    f = mail("l16-baja-y-duplicado", "Panaderia La Espiga <info@panaderialaespiga.es>", LO,
             "Baja + cobro repetido", "2025-09-27 19:40 +0200",
             "Hola:\n\nDos cosas. La primera, que nos habéis pasado el cargo de la mensualidad dos veces el día 26 "
             "(la segunda es la LO INV 66212); queremos que nos devolváis esa segunda.\n"
             "La segunda, que queremos dar de baja el plan: hemos cerrado el obrador de Getafe y ya no hacemos campañas.\n\n"
             "Gracias, un saludo\nEncarna")
    case("l16-dup-and-cancel", [f], "leadsoptima", "decided",
         [D("refund", "approve", "1499.00"), D("cancellation", "cancel", eff="2025-10-25")],
         spec="duplicate pair 2025-09-26 (L4), request day 1 (L3): approve 1499.00; 'LO INV 66212' matches LO-INV-66212 "
              "(section 8); L8 cancel effective current_period_end 2025-10-25")

    # l17 three identical charges
    cust("german.olmos@olmosautos.com.mx", "monthly", cps="2025-09-25", cpe="2025-10-24", name="Germán Olmos")
    for i, t in enumerate(["08:00", "08:02", "08:03"]):
        sub(f"pay_es_622{i + 1}", f"LO-INV-6622{i + 1}", "german.olmos@olmosautos.com.mx", "monthly",
            f"2025-09-25T{t}:00", "2025-09-25", "2025-10-24")
    f = mail("l17-tres-cargos", "German Olmos <german.olmos@olmosautos.com.mx>", LO,
             "TRES cargos del mismo plan", "2025-09-26 10:00 -0600",
             "Buenos dias, se me hicieron 3 cargos de 1,499 el mismo dia por el plan mensual "
             "(LO-INV-66221, LO-INV-66222 y LO-INV-66223). Solo debi pagar uno. Favor de reembolsar los otros dos.\n\n"
             "Germán Olmos\nOlmos Autos Seminuevos")
    case("l17-three-charges", [f], "leadsoptima", "decided", [D("refund", "approve", "2998.00")],
         spec="three identical paid charges same period (section 8): every charge after the first is a duplicate, "
              "both inside the window (day 1) -> 1499.00 x 2 = 2998.00")

    # l18 thread: duplicate without invoice, asked, answered
    cust("camila.restrepo@restrepomarketing.co", "monthly", cps="2025-09-23", cpe="2025-10-22", name="Camila Restrepo")
    sub("pay_es_6231", "LO-INV-66231", "camila.restrepo@restrepomarketing.co", "monthly", "2025-08-23T10:00:00", "2025-08-23", "2025-09-22")
    sub("pay_es_6232", "LO-INV-66232", "camila.restrepo@restrepomarketing.co", "monthly", "2025-09-23T10:00:00", "2025-09-23", "2025-10-22")
    sub("pay_es_6233", "LO-INV-66233", "camila.restrepo@restrepomarketing.co", "monthly", "2025-09-23T10:03:00", "2025-09-23", "2025-10-22")
    f1 = mail("l18a-doble-sin-factura", "Camila Restrepo <camila.restrepo@restrepomarketing.co>", LO,
              "Doble cobro en septiembre", "2025-09-25 08:30 -0500",
              "Hola, en septiembre me debitaron dos veces la mensualidad. Necesito que me devuelvan el cobro "
              "repetido.\n\nCamila")
    f2 = mail("l18b-respuesta-factura", "Camila Restrepo <camila.restrepo@restrepomarketing.co>", LO,
              "Re: Doble cobro en septiembre", "2025-09-26 09:15 -0500",
              "Hola, claro. El numero de la factura repetida es lo-inv-66233.\n\nCamila\n\n"
              "El jue, 25 sept 2025 a las 20:10, LeadsOptima Support <support@leadsoptima.com> escribió:\n"
              "> Hola Camila: para revisar su solicitud necesitamos el número de factura del cargo...\n",
              parent="l18a-doble-sin-factura")
    case("l18-thread-invoice", [f1, f2], "leadsoptima", "decided", [D("refund", "approve", "1499.00")],
         spec="C3: invoice asked, answered in the thread 'lo-inv-66233' (matches LO-INV-66233); pair 66232/66233 "
              "same period; request time = first email 2025-09-25 19:00 IST, day 2 -> L4 approve 1499.00")

    # l19 need_info: access failure without invoice, several charges on record
    cust("diego.salazar@salazarfitness.pe", "monthly", cps="2025-09-24", cpe="2025-10-23", name="Diego Salazar")
    sub("pay_es_6241", "LO-INV-66241", "diego.salazar@salazarfitness.pe", "monthly", "2025-07-24T10:00:00", "2025-07-24", "2025-08-23")
    sub("pay_es_6242", "LO-INV-66242", "diego.salazar@salazarfitness.pe", "monthly", "2025-08-24T10:00:00", "2025-08-24", "2025-09-23")
    sub("pay_es_6243", "LO-INV-66243", "diego.salazar@salazarfitness.pe", "monthly", "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
    f = mail("l19-sin-factura", "Diego Salazar <diego.salazar@salazarfitness.pe>", LO,
             "no me deja loguearme", "2025-09-27 07:50 -0500",
             "hola, no puedo iniciar sesion hace 3 dias, me sale error 500. ya pague este mes y no lo estoy pudiendo "
             "usar, quiero que me devuelvan el pago.\n\nDiego - Salazar Fitness")
    case("l19-missing-invoice", [f], "leadsoptima", "need_info", missing=["invoice_number"],
         spec="refund (access_failure) needs the invoice number (section 3 interp.); three charges on record, none "
              "named -> need_info invoice_number (C3)",
         ambiguous="the ledger's latest charge could identify it; the spec requires the invoice for a refund and "
                   "only says the plan is filled from the ledger")

    # l20 chargeback threat (C4), Spanish words
    cust("rebeca.lozano@lozanoeventos.mx", "monthly", cps="2025-09-18", cpe="2025-10-17", name="Rebeca Lozano")
    sub("pay_es_6251", "LO-INV-66251", "rebeca.lozano@lozanoeventos.mx", "monthly", "2025-09-18T10:00:00", "2025-09-18", "2025-10-17")
    f = mail("l20-contracargo", "Rebeca Lozano <rebeca.lozano@lozanoeventos.mx>", LO,
             "URGENTE reembolso", "2025-09-20 12:00 -0600",
             "Me cobraron el plan mensual (LO-INV-66251) y yo nunca autorice la renovacion. Quiero mi dinero de vuelta "
             "YA. Si no me responden hoy voy a pedir un contracargo al banco y levantar una queja en PROFECO.\n\n"
             "Rebeca Lozano")
    case("l20-chargeback-c4", [f], "leadsoptima", "decided", [D("refund", "escalate")], rules=["C4"],
         spec="contracargo (chargeback) and PROFECO (consumer protection) threat -> C4 escalate")

    # l21 HTML-only Outlook mail, cancel annual
    cust("direccion@colegiosanjorge.edu.es", "annual", cps="2025-01-15", cpe="2026-01-14", name="Colegio San Jorge")
    sub("pay_es_6261", "LO-INV-66261", "direccion@colegiosanjorge.edu.es", "annual", "2025-01-15T10:00:00", "2025-01-15", "2026-01-14")
    html = ("<html><body><div style='font-family:Calibri'><p>Estimados señores:</p>"
            "<p>Por la presente les comunicamos nuestra decisión de <b>no renovar</b> el plan anual de LeadsOptima "
            "y cancelar la suscripción. El centro ha centralizado la captación de alumnos en la plataforma de la "
            "Consejería.</p><p>Les agradeceríamos confirmación por escrito de la fecha hasta la que "
            "seguirá activa la cuenta.</p><p>Reciban un cordial saludo,</p>"
            "<p><b>M.ª Carmen Ortega</b><br>Dirección<br>Colegio San Jorge · Zaragoza</p></div></body></html>")
    f = mail("l21-html-baja-anual", "Direccion Colegio San Jorge <direccion@colegiosanjorge.edu.es>", LO,
             "Cancelación suscripción anual", "2025-09-29 09:30 +0200", None, html=html)
    case("l21-html-cancel-annual", [f], "leadsoptima", "decided", [D("cancellation", "cancel", eff="2026-01-14")],
         spec="HTML-only mail; L8 cancel effective current_period_end 2026-01-14")

    # l22 forward (RV:) from assistant naming the registered owner -> C2
    cust("pablo.herrero@herreroabogados.es", "quarterly", cps="2025-08-10", cpe="2025-11-09", name="Pablo Herrero")
    sub("pay_es_6271", "LO-INV-66271", "pablo.herrero@herreroabogados.es", "quarterly", "2025-08-10T10:00:00", "2025-08-10", "2025-11-09")
    f = mail("l22-rv-asistente", "Secretaría Herrero <secretaria@herreroabogados.es>", LO,
             "RV: cancelar LeadsOptima", "2025-09-24 10:00 +0200",
             "Buenos días, les reenvío la petición de D. Pablo. Gracias.\n\nLaura\n\n"
             "-----Mensaje original-----\nDe: Pablo Herrero <pablo.herrero@herreroabogados.es>\n"
             "Enviado el: martes, 23 de septiembre de 2025 19:02\nPara: Secretaría Herrero <secretaria@herreroabogados.es>\n"
             "Asunto: cancelar LeadsOptima\n\nLaura, escribe por favor a LeadsOptima para cancelar el plan trimestral "
             "de mi cuenta (pablo.herrero@herreroabogados.es). Ya no lo usamos en el despacho.\n\nPablo")
    case("l22-forward-c2", [f], "leadsoptima", "need_info", rules=["C2"],
         spec="forward (RV:) carries a request naming registered email pablo.herrero@... other than the sender "
              "(section 8 Forwards) -> C2 need_info")

    # l23 customer forwards own earlier unanswered mail from the registered address -> cancel
    cust("nacho.bermudez@bermudezsport.com", "monthly", cps="2025-09-05", cpe="2025-10-04", name="Ignacio Bermúdez")
    sub("pay_es_6281", "LO-INV-66281", "nacho.bermudez@bermudezsport.com", "monthly", "2025-09-05T10:00:00", "2025-09-05", "2025-10-04")
    f = mail("l23-rv-propio", "Nacho Bermudez <nacho.bermudez@bermudezsport.com>", LO,
             "RV: Cancelar plan", "2025-09-25 11:20 +0200",
             "Os lo vuelvo a mandar porque no he tenido respuesta.\n\n"
             "---------- Mensaje reenviado ---------\nDe: Nacho Bermudez <nacho.bermudez@bermudezsport.com>\n"
             "Date: lun, 22 sept 2025 a las 9:14\nSubject: Cancelar plan\nTo: <support@leadsoptima.com>\n\n"
             "Hola, quiero cancelar el plan mensual. Cerramos la tienda online a final de mes.\nNacho")
    case("l23-self-forward-cancel", [f], "leadsoptima", "decided", [D("cancellation", "cancel", eff="2025-10-04")],
         spec="forward of the sender's own request from the registered address; L8 cancel effective 2025-10-04")

    # l24 charged annual instead of monthly -> billing error, escalate
    cust("julieta.mansilla@mansillahome.com.ar", "monthly", cps="2025-09-21", cpe="2025-10-20", name="Julieta Mansilla")
    sub("pay_es_6291", "LO-INV-66291", "julieta.mansilla@mansillahome.com.ar", "annual", "2025-09-21T10:00:00", "2025-09-21", "2026-09-20")
    f = mail("l24-plan-equivocado", "Julieta Mansilla <julieta.mansilla@mansillahome.com.ar>", LO,
             "Me cobraron el plan equivocado", "2025-09-23 15:00 -0300",
             "Hola! Yo tengo el plan mensual y el 21 me cobraron el anual completo, 11.988 + IVA (factura LO-INV-66291). "
             "Nunca pedí cambiar de plan. Necesito que me reintegren la diferencia o el cobro entero y me dejen en el "
             "mensual.\n\nJulieta")
    case("l24-wrong-plan", [f], "leadsoptima", "decided", [D("refund", "escalate")],
         spec="charged for the wrong plan = billing_error (L2), day 2 (L3) -> L5 escalate")

    # l25 payment not paid (refunded already) -> escalate
    cust("santiago.ruiz@ruizfotografia.es", "monthly", cps="2025-09-24", cpe="2025-10-23", name="Santiago Ruiz")
    sub("pay_es_6301", "LO-INV-66301", "santiago.ruiz@ruizfotografia.es", "monthly", "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
    sub("pay_es_6302", "LO-INV-66302", "santiago.ruiz@ruizfotografia.es", "monthly", "2025-09-24T10:05:00", "2025-09-24", "2025-10-23",
        status="refunded")
    f = mail("l25-ya-devuelto", "Santiago Ruiz <santiago.ruiz@ruizfotografia.es>", LO,
             "cargo duplicado 24/09", "2025-09-26 13:00 +0200",
             "Hola, me cobrasteis dos veces el 24/09. La factura del segundo cargo es LO-INV-66302. Devolvedmelo "
             "porfa.\n\nSantiago")
    case("l25-refund-of-refunded", [f], "leadsoptima", "decided", [D("refund", "escalate")],
         spec="the named duplicate charge LO-INV-66302 has status refunded: a refund of a payment not 'paid' is "
              "escalate (section 8)")


# ---------------------------------------------------------------- Optima WebDesign
def optima():
    # o01 discovery, first session scheduled after the request -> approve in full
    proj("Tienda Huerta Viva", "hola@huertaviva.es", ws="2025-10-03T11:00:00")
    opay("pay_es_7001", "OWD-2025-601", "Tienda Huerta Viva", "discovery", "25000.00", "4500.00", "2025-09-20T10:00:00")
    f = mail("o01-discovery-no-empezado", "Huerta Viva <hola@huertaviva.es>", OWD,
             "Refund Request — Tienda Huerta Viva / OWD-2025-601", "2025-09-24 10:00 +0200",
             "Hola equipo de Optima:\n\nPagamos la fase de descubrimiento del proyecto Tienda Huerta Viva (factura "
             "OWD-2025-601), pero la primera sesión todavía no se ha hecho (la teníamos para el 3 de octubre). "
             "Por un cambio en la dirección de la cooperativa el proyecto queda aparcado, así que solicitamos el "
             "reembolso de esa fase.\n\nUn saludo,\nIrene Calvo\nCooperativa Huerta Viva")
    case("o01-discovery-not-started", [f], "optima_webdesign", "decided", [D("refund", "approve", "25000.00")],
         spec="O1: work_started_at 2025-10-03 is later than the request (2025-09-24 13:30 IST) -> refundable in full, "
              "25000.00 before tax (C6)")

    # o02 discovery, sessions already held -> deny
    proj("Rebranding Café Tostado", "marketing@cafetostado.com.mx", ws="2025-09-08T16:00:00")
    opay("pay_es_7002", "OWD-2025-602", "Rebranding Café Tostado", "discovery", "18000.00", "3240.00", "2025-09-05T10:00:00")
    f = mail("o02-discovery-empezado", "Marketing Café Tostado <marketing@cafetostado.com.mx>", OWD,
             "Solicitud de reembolso - Rebranding Café Tostado", "2025-09-22 12:00 -0600",
             "Buenas tardes,\n\nTuvimos dos sesiones de estrategia para el rebranding (factura OWD-2025-602) pero "
             "sinceramente no nos convencieron las propuestas y preferimos no seguir. Pedimos la devolución de lo "
             "pagado por la fase de discovery.\n\nSaludos,\nMariana Torres\nGerente de Marketing")
    case("o02-discovery-started", [f], "optima_webdesign", "decided", [D("refund", "deny")], extra_ok=True,
         spec="O1: sessions started 2025-09-08, before the request -> deny")

    # o03 deposit at 70.5 hours, Spain -> approve
    proj("Web Bodegas Lazcano", "admin@bodegaslazcano.es")
    opay("pay_es_7003", "OWD-2025-603", "Web Bodegas Lazcano", "deposit", "30000.00", "5400.00", "2025-09-15T10:00:00")
    f = mail("o03-deposito-70h", "Administración Bodegas Lazcano <admin@bodegaslazcano.es>", OWD,
             "Anulación del encargo y devolución de la señal (OWD-2025-603)", "2025-09-18 05:00 +0200",
             "Buenos días,\n\nEl lunes abonamos la señal de 30.000 INR (+ impuestos) para la web de Bodegas Lazcano, "
             "factura OWD-2025-603. El consejo ha decidido finalmente trabajar con una agencia local de La Rioja, "
             "por lo que les pedimos la devolución de la señal. Entendemos que aún no han empezado a trabajar.\n\n"
             "Atentamente,\nAdministración - Bodegas Lazcano")
    case("o03-deposit-70h", [f], "optima_webdesign", "decided", [D("refund", "approve", "30000.00")],
         spec="O2: paid 2025-09-15 10:00 IST; Date 2025-09-18 05:00 +0200 = 08:30 IST = 70.5 h < 72 h, no work started "
              "-> approve 30000.00 (tax not refunded, C6)", extra_ok=True)

    # o04 deposit exactly 72 hours -> deny
    proj("Portal Inmobiliaria Cumbres", "contacto@inmocumbres.mx")
    opay("pay_es_7004", "OWD-2025-604", "Portal Inmobiliaria Cumbres", "deposit", "22000.00", "3960.00", "2025-09-16T18:30:00")
    f = mail("o04-deposito-72h", "Inmobiliaria Cumbres <contacto@inmocumbres.mx>", OWD,
             "reembolso anticipo portal", "2025-09-19 07:00 -0600",
             "Buen día, queremos cancelar el portal de Inmobiliaria Cumbres y que nos regresen el anticipo "
             "(OWD-2025-604). Nos recortaron el presupuesto de este año. Todavía estamos dentro de las 72 horas.\n\n"
             "Atte.\nArq. Luis Cumbres", )
    case("o04-deposit-exactly-72h", [f], "optima_webdesign", "decided", [D("refund", "deny")], extra_ok=True,
         spec="O2: paid 2025-09-16 18:30 IST; Date 2025-09-19 07:00 -0600 = 18:30 IST = exactly 72 h, not 'before' "
              "(section 8) -> deny")

    # o05 deposit within 72 h but work already started -> deny
    proj("App Reservas Padel Norte", "socios@padelnorte.es", ws="2025-09-26T09:00:00")
    opay("pay_es_7005", "OWD-2025-605", "App Reservas Padel Norte", "deposit", "40000.00", "7200.00", "2025-09-25T12:00:00")
    f = mail("o05-deposito-trabajo-empezado", "Pádel Norte <socios@padelnorte.es>", OWD,
             "Devolución depósito App Reservas Padel Norte", "2025-09-27 10:00 +0200",
             "Hola,\n\nPagamos el depósito anteayer (OWD-2025-605) y la junta de socios ha votado no hacer la app. "
             "Sabemos que ya os habéis puesto con los wireframes, pero apenas lleváis un día; pedimos la devolución "
             "del depósito.\n\nSaludos,\nÁlvaro (tesorero)")
    case("o05-deposit-work-started", [f], "optima_webdesign", "decided", [D("refund", "deny")], extra_ok=True,
         spec="O2: work started 2025-09-26 09:00 IST before the request (2025-09-27 13:30 IST), so 'whichever occurs "
              "first' has passed although only 49.5 h elapsed -> deny")

    # o06 milestone not started -> approve its amount
    proj("Ecommerce Calzados Ferrer", "tienda@calzadosferrer.com")
    opay("pay_es_7006", "OWD-2025-606", "Ecommerce Calzados Ferrer", "milestone", "45000.00", "8100.00",
         "2025-09-01T10:00:00", milestone_status="not_started")
    f = mail("o06-hito-no-empezado", "Calzados Ferrer <tienda@calzadosferrer.com>", OWD,
             "Refund Request — Ecommerce Calzados Ferrer / OWD-2025-606", "2025-09-23 17:00 +0200",
             "Hola Optima,\n\nEl hito 3 (integración con el ERP), que pagamos por adelantado con la factura "
             "OWD-2025-606, ya no hace falta: hemos cambiado de ERP y el nuevo trae su propia tienda. Como ese "
             "trabajo no ha empezado, os pedimos el reembolso del hito.\n\nGracias,\nJaume Ferrer")
    case("o06-milestone-not-started", [f], "optima_webdesign", "decided", [D("refund", "approve", "45000.00")],
         spec="O3: milestone_status not_started -> approve that milestone's amount 45000.00 before tax")

    # o07 milestone in progress -> escalate
    proj("Web Corporativa Grupo Aranda", "it@grupoaranda.com.ar")
    opay("pay_es_7007", "OWD-2025-607", "Web Corporativa Grupo Aranda", "milestone", "36000.00", "6480.00",
         "2025-09-10T10:00:00", milestone_status="in_progress")
    f = mail("o07-hito-en-curso", "Sistemas Grupo Aranda <it@grupoaranda.com.ar>", OWD,
             "Devolución hito 2 - Web Corporativa Grupo Aranda", "2025-09-25 11:00 -0300",
             "Hola, cómo andan. El hito 2 del proyecto Web Corporativa Grupo Aranda (fact. OWD-2025-607) lo "
             "queremos frenar porque la casa matriz en Madrid va a imponer su propio diseño. Sé que lo arrancaron "
             "hace poco; pedimos que nos reintegren lo que corresponda.\n\nSaludos,\nEzequiel - Sistemas")
    case("o07-milestone-in-progress", [f], "optima_webdesign", "decided", [D("refund", "escalate")], extra_ok=True,
         spec="O3: milestone in_progress -> escalate (billable value of work not started needs a person)")

    # o08 milestone approved -> deny
    proj("Landing Clínica Vet Patitas", "gerencia@vetpatitas.cl")
    opay("pay_es_7008", "OWD-2025-608", "Landing Clínica Vet Patitas", "milestone", "15000.00", "2700.00",
         "2025-08-20T10:00:00", milestone_status="approved")
    f = mail("o08-hito-aprobado", "Gerencia Vet Patitas <gerencia@vetpatitas.cl>", OWD,
             "reembolso diseño landing", "2025-09-24 09:00 -0300",
             "Hola, el diseño de la landing (hito 1, OWD-2025-608) lo aprobamos en agosto pero ahora, viéndolo "
             "publicado, no nos gusta tanto. Queremos que nos devuelvan ese pago.\n\nGerencia\nClínica Veterinaria Patitas")
    case("o08-milestone-approved", [f], "optima_webdesign", "decided", [D("refund", "deny")],
         spec="O3/O6: approved milestone -> deny (non-refundable items)")

    # o09 retainer, enough notice -> cancel day before next billing
    proj("Mantenimiento SEO Óptica Visión", "optica.vision.bcn@gmail.com")
    opay("pay_es_7009", "OWD-2025-609", "Mantenimiento SEO Óptica Visión", "retainer", "12000.00", "2160.00",
         "2025-09-10T10:00:00", period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10T00:00:00")
    f = mail("o09-retainer-con-preaviso", "Óptica Visión <optica.vision.bcn@gmail.com>", OWD,
             "Cancelación retainer SEO", "2025-09-29 10:00 +0200",
             "Hola,\n\nOs escribimos para cancelar el retainer mensual de SEO (proyecto Mantenimiento SEO Óptica "
             "Visión, última factura OWD-2025-609). El motivo es que vamos a llevar el SEO con una persona de la "
             "casa a partir de octubre.\n\nGracias por todo,\nRosa - Óptica Visión")
    case("o09-retainer-notice-ok", [f], "optima_webdesign", "decided",
         [D("cancellation", "cancel", eff="2025-10-09")],
         spec="O4: next_billing_at 2025-10-10, cut-off 2025-10-03; request 2025-09-29 13:30 IST is on/before -> cancel, "
              "effective the day before next billing 2025-10-09")

    # o10 retainer, Argentina writes on 30 Sept evening = 1 Oct IST, one day short of the notice
    proj("Community Manager Bodega Los Andes", "bodegalosandes.mkt@gmail.com")
    opay("pay_es_7010", "OWD-2025-610", "Community Manager Bodega Los Andes", "retainer", "9000.00", "1620.00",
         "2025-09-07T10:00:00", period_start="2025-09-07", period_end="2025-10-06", next_billing_at="2025-10-07T00:00:00")
    f = mail("o10-retainer-sin-preaviso", "Bodega Los Andes <bodegalosandes.mkt@gmail.com>", OWD,
             "Baja del servicio de community manager", "2025-09-30 21:00 -0300",
             "Hola chicos, les aviso con una semana que damos de baja el servicio de CM (Community Manager Bodega "
             "Los Andes, factura OWD-2025-610), la bodega se vendió y los nuevos dueños tienen su agencia. "
             "Avisamos hoy 30 así que llegamos con los 7 días, no?\n\nSaludos\nMartina")
    case("o10-retainer-notice-short-tz", [f], "optima_webdesign", "decided",
         [D("cancellation", "cancel", eff="2025-11-06")],
         spec="O4: Date 2025-09-30 21:00 -0300 = 2025-10-01 05:30 IST; cut-off = 2025-10-07 - 7 days = 2025-09-30; "
              "2025-10-01 is after -> next cycle 2025-10-07..2025-11-06 is billed, effective 2025-11-06")

    # o11 retainer with the next cycle already paid, notice >= 7 days -> escalate (section 8)
    proj("Soporte Web Fundación Alba", "administracion@fundacionalba.org")
    opay("pay_es_7011", "OWD-2025-611", "Soporte Web Fundación Alba", "retainer", "8000.00", "1440.00",
         "2025-09-15T10:00:00", period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T00:00:00")
    opay("pay_es_7012", "OWD-2025-612", "Soporte Web Fundación Alba", "retainer", "8000.00", "1440.00",
         "2025-09-15T10:05:00", period_start="2025-10-15", period_end="2025-11-14", next_billing_at="2025-11-15T00:00:00")
    f = mail("o11-retainer-pagado-adelantado", "Administración Fundación Alba <administracion@fundacionalba.org>", OWD,
             "Cancelación Soporte Web Fundación Alba", "2025-09-24 09:30 +0200",
             "Estimados:\n\nComunicamos la cancelación del servicio de soporte web (proyecto Soporte Web Fundación "
             "Alba, facturas OWD-2025-611 y OWD-2025-612). El patronato ha aprobado integrar la web en la del "
             "ayuntamiento. Tengan en cuenta que en septiembre pagamos por adelantado también el mes siguiente.\n\n"
             "Atentamente,\nElena Gil\nAdministración")
    case("o11-retainer-paid-ahead", [f], "optima_webdesign", "decided", [D("cancellation", "escalate")],
         spec="section 8 'Retainer paid in advance': next cycle 2025-10-15..2025-11-14 already paid and notice >= 7 days "
              "(request 2025-09-24) -> escalate")

    # o12 hosting annual within 14 days -> approve prorated (refund + cancellation)
    proj("Hosting Academia Idiomas Lingua", "direccion@academialingua.es")
    opay("pay_es_7013", "OWD-2025-613", "Hosting Academia Idiomas Lingua", "hosting_annual", "18000.00", "3240.00",
         "2025-09-18T10:00:00", setup_fee="2400.00", service_start="2025-09-20")
    f = mail("o12-hosting-14dias", "Dirección Academia Lingua <direccion@academialingua.es>", OWD,
             "Baja hosting anual y reembolso proporcional", "2025-09-28 12:00 +0200",
             "Buenos días:\n\nContratamos el hosting anual (Hosting Academia Idiomas Lingua, factura OWD-2025-613) "
             "y el servicio empezó el 20/09. La academia se integra en una franquicia que nos obliga a usar su "
             "servidor, así que queremos dar de baja el hosting y que nos devolváis la parte proporcional que "
             "corresponda según vuestra política de 14 días.\n\nSaludos,\nInés Blanco")
    case("o12-hosting-prorated", [f], "optima_webdesign", "decided", [D("refund", "approve", "14300.00")],
         extra_ok=True,
         spec="O5: service_start 2025-09-20, request 2025-09-28 = day 8 <= 14; monthly_value = (18000 - 2400)/12 = 1300; "
              "consumed 1 -> 18000 - 2400 - 1300 = 14300.00; the cancellation part is left open (extra_ok)")

    # o13 maintenance annual on day 14, rounding
    proj("Mantenimiento WP Revista Ñandú", "redaccion@revistanandu.com.ar")
    opay("pay_es_7014", "OWD-2025-614", "Mantenimiento WP Revista Ñandú", "maintenance_annual", "10000.00", "1800.00",
         "2025-09-10T10:00:00", setup_fee="1500.00", service_start="2025-09-10")
    f = mail("o13-mantenimiento-dia14", "Redacción Ñandú <redaccion@revistanandu.com.ar>", OWD,
             "Refund Request — Mantenimiento WP Revista Ñandú (OWD-2025-614)", "2025-09-24 09:00 -0300",
             "Hola! Les escribimos para cancelar el mantenimiento anual de WordPress y pedir el reembolso "
             "prorrateado. Motivo: la revista deja de salir en papel y migramos todo a Substack, así que el WordPress "
             "se apaga. Según mis cuentas hoy se cumplen 14 días justos.\n\nGracias\nPaula, jefa de redacción")
    case("o13-maintenance-day14-rounding", [f], "optima_webdesign", "decided", [D("refund", "approve", "7791.67")],
         extra_ok=True,
         spec="O5: service_start 2025-09-10, request 2025-09-24 17:30 IST = day 14 (inside); monthly_value = "
              "(10000 - 1500)/12 = 708.3333...; 10000 - 1500 - 708.3333... = 7791.6666... -> 7791.67 (rounded once, C6)")

    # o14 hosting annual after 14 days -> deny
    proj("Hosting Tienda Mate y Yerba", "ventas@mateyyerba.com.ar")
    opay("pay_es_7015", "OWD-2025-615", "Hosting Tienda Mate y Yerba", "hosting_annual", "14400.00", "2592.00",
         "2025-08-30T10:00:00", setup_fee="1200.00", service_start="2025-09-01")
    f = mail("o14-hosting-fuera", "Mate y Yerba <ventas@mateyyerba.com.ar>", OWD,
             "reintegro hosting", "2025-09-20 18:00 -0300",
             "buenas, queremos el reintegro del hosting anual (Hosting Tienda Mate y Yerba, OWD-2025-615) porque "
             "nos mudamos a Tiendanube y ya no lo usamos. El resto del año no lo vamos a usar.\n\nsaludos, Fede")
    case("o14-hosting-after-14", [f], "optima_webdesign", "decided", [D("refund", "deny")], extra_ok=True,
         spec="O5: service_start 2025-09-01, request 2025-09-21 02:30 IST = day 20 > 14 -> deny")

    # o15 domain renewal (third party) -> deny
    proj("Sitio Notaría Arellano", "notaria.arellano@prodigy.net.mx")
    opay("pay_es_7016", "OWD-2025-616", "Sitio Notaría Arellano", "third_party", "1800.00", "324.00", "2025-09-22T10:00:00")
    f = mail("o15-dominio", "Notaria Arellano <notaria.arellano@prodigy.net.mx>", OWD,
             "devolucion renovacion dominio", "2025-09-23 10:30 -0600",
             "Buenos dias, nos llego el cobro de la renovacion del dominio notariaarellano.mx (factura OWD-2025-616, "
             "proyecto Sitio Notaría Arellano). Ya no queremos ese dominio porque cambiamos de nombre, solicitamos "
             "la devolucion.\n\nLic. Patricia Arellano\nNotaria Publica No. 12")
    case("o15-domain-third-party", [f], "optima_webdesign", "decided", [D("refund", "deny")],
         spec="O6: third_party (domain) -> never refundable, deny")

    # o16 rush fee -> deny
    proj("Catálogo Online Muebles Roble", "pedidos@mueblesroble.es")
    opay("pay_es_7017", "OWD-2025-617", "Catálogo Online Muebles Roble", "rush", "6000.00", "1080.00", "2025-09-24T10:00:00")
    f = mail("o16-urgencia", "Muebles Roble <pedidos@mueblesroble.es>", OWD,
             "Cargo por urgencia", "2025-09-26 16:00 +0200",
             "Hola,\n\nPagamos el suplemento de urgencia (OWD-2025-617) del Catálogo Online Muebles Roble para tenerlo "
             "antes de la feria, pero la feria se ha aplazado a noviembre y ya no hay prisa. ¿Nos podéis devolver ese "
             "suplemento?\n\nGracias,\nJavier Roble")
    case("o16-rush-fee", [f], "optima_webdesign", "decided", [D("refund", "deny")],
         spec="O6: rush fee -> never refundable, deny")

    # o17 C2: from personal gmail, contract email is corporate
    proj("Intranet Transportes Ebro", "sistemas@transportesebro.es")
    opay("pay_es_7018", "OWD-2025-618", "Intranet Transportes Ebro", "deposit", "25000.00", "4500.00", "2025-09-29T10:00:00")
    f = mail("o17-gmail-personal", "Raúl Marín <raulmarin.ebro@gmail.com>", OWD,
             "Devolución depósito Intranet Transportes Ebro", "2025-09-30 09:00 +0200",
             "Buenos días, soy el responsable de sistemas de Transportes Ebro. Os escribo desde mi correo personal "
             "porque el corporativo está caído. Queremos anular la intranet (depósito OWD-2025-618) porque el grupo "
             "ha comprado un software cerrado. Os pido la devolución del depósito.\n\nRaúl Marín")
    case("o17-c2-personal-gmail", [f], "optima_webdesign", "need_info", rules=["C2"],
         spec="Optima requires the email to come from the contract email (C2, section 4): sender is not "
              "sistemas@transportesebro.es -> need_info, nothing about the project")

    # o18 lawyer threat -> escalate (C4)
    proj("Tienda Online Joyería Esmeralda", "joyeriaesmeralda@joyeriaesmeralda.mx")
    opay("pay_es_7019", "OWD-2025-619", "Tienda Online Joyería Esmeralda", "milestone", "28000.00", "5040.00",
         "2025-09-05T10:00:00", milestone_status="completed")
    f = mail("o18-abogado", "Joyería Esmeralda <joyeriaesmeralda@joyeriaesmeralda.mx>", OWD,
             "Reclamación formal - Tienda Online Joyería Esmeralda", "2025-09-26 17:00 -0600",
             "A quien corresponda:\n\nEl hito de la pasarela de pagos (OWD-2025-619) se entregó con fallos graves: los "
             "pagos con tarjeta no se registran. Exigimos el reembolso íntegro. De no recibir respuesta en 48 horas, "
             "el asunto pasará a nuestro abogado y presentaremos la queja correspondiente ante la Procuraduría "
             "Federal del Consumidor.\n\nC.P. Eduardo Salcedo\nAdministración, Joyería Esmeralda")
    case("o18-lawyer-c4", [f], "optima_webdesign", "decided", [D("refund", "escalate")], rules=["C4"],
         spec="abogado + consumer protection authority -> C4 escalate (even though the milestone is completed)")

    # o19 project cancellation (no refund asked)
    proj("Rediseño Web Hotel Mirador", "reservas@hotelmirador.es", ws="2025-09-01T10:00:00")
    opay("pay_es_7020", "OWD-2025-620", "Rediseño Web Hotel Mirador", "milestone", "20000.00", "3600.00",
         "2025-09-01T10:00:00", milestone_status="completed")
    f = mail("o19-cancelar-proyecto", "Hotel Mirador <reservas@hotelmirador.es>", OWD,
             "Cancelación del proyecto Rediseño Web Hotel Mirador", "2025-09-25 12:00 +0200",
             "Buenos días:\n\nLes comunicamos que cancelamos el proyecto Rediseño Web Hotel Mirador (última factura "
             "OWD-2025-620) a partir de este momento. El hotel ha sido adquirido por una cadena que tiene su propia "
             "web. No solicitamos ningún reembolso: lo entregado hasta ahora está pagado y es correcto.\n\n"
             "Un saludo,\nDirección Hotel Mirador")
    case("o19-project-cancel", [f], "optima_webdesign", "decided", [D("cancellation", "cancel")],
         spec="O8: cancellation without refund, with project, invoice and reason -> cancel; 'No solicitamos ningún "
              "reembolso' adds no refund (section 8)")

    # o20 retainer cancellation with no reason, only a signature -> need_info reason
    proj("Retainer Diseño Gráfico Kiosco Azul", "kioscoazul.admin@gmail.com")
    opay("pay_es_7021", "OWD-2025-621", "Retainer Diseño Gráfico Kiosco Azul", "retainer", "7000.00", "1260.00",
         "2025-09-20T10:00:00", period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20T00:00:00")
    f = mail("o20-sin-motivo", "Kiosco Azul <kioscoazul.admin@gmail.com>", OWD,
             "Cancelar Retainer Diseño Gráfico Kiosco Azul - OWD-2025-621", "2025-09-26 10:00 -0300",
             "Hola, por favor cancelar el retainer de diseño gráfico Kiosco Azul, factura OWD-2025-621.\n\n"
             "Saludos cordiales,\n--\nKiosco Azul S.R.L.\nAv. Corrientes 1234, CABA\n"
             "Este correo es confidencial. Si lo recibió por error, elimínelo.")
    case("o20-missing-reason", [f], "optima_webdesign", "need_info", missing=["reason"],
         spec="Optima requires a reason for cancellations too (section 8); signature/disclaimer are not reasons -> "
              "need_info reason (C3)")

    # o21 thread: deposit refund missing project and invoice, then answered
    proj("Web Escuela de Surf Ola", "escueladesurfola@gmail.com")
    proj("Tienda Escuela de Surf Ola", "escueladesurfola@gmail.com")
    opay("pay_es_7022", "OWD-2025-622", "Web Escuela de Surf Ola", "deposit", "16000.00", "2880.00", "2025-09-29T12:00:00")
    opay("pay_es_7023", "OWD-2025-623", "Tienda Escuela de Surf Ola", "deposit", "14000.00", "2520.00", "2025-09-02T12:00:00")
    f1 = mail("o21a-deposito-sin-datos", "Escuela de Surf Ola <escueladesurfola@gmail.com>", OWD,
              "devolucion deposito", "2025-09-30 06:30 +0200",
              "Hola, ayer pagamos un depósito pero el socio se echa atrás con la inversión, así que queremos "
              "anularlo y que nos lo devolváis. Gracias! Iker")
    f2 = mail("o21b-respuesta", "Escuela de Surf Ola <escueladesurfola@gmail.com>", OWD,
              "Re: devolucion deposito", "2025-09-30 11:00 +0200",
              "Perdonad, es el proyecto Web Escuela de Surf Ola, factura OWD-2025-622.\n\nIker\n\n"
              "El mar, 30 sept 2025 a las 14:05, Optima WebDesign <optimawebdesigns12@gmail.com> escribió:\n"
              "> Necesitamos el nombre del proyecto y la factura...", parent="o21a-deposito-sin-datos")
    case("o21-thread-deposit", [f1, f2], "optima_webdesign", "decided", [D("refund", "approve", "16000.00")],
         extra_ok=True,
         spec="C3: project and invoice asked and answered; request time = first email 2025-09-30 10:00 IST = 22 h after "
              "payment 2025-09-29 12:00, no work started -> O2 approve 16000.00")

    # o22 need_info: project and invoice missing (two projects on the contract email)
    proj("Web Taller Mecánico Hnos. Gil", "tallergil@tallergil.es")
    proj("SEO Taller Mecánico Hnos. Gil", "tallergil@tallergil.es")
    opay("pay_es_7024", "OWD-2025-624", "Web Taller Mecánico Hnos. Gil", "deposit", "12000.00", "2160.00", "2025-09-27T10:00:00")
    opay("pay_es_7025", "OWD-2025-625", "SEO Taller Mecánico Hnos. Gil", "retainer", "5000.00", "900.00", "2025-09-27T10:00:00",
         period_start="2025-09-27", period_end="2025-10-26", next_billing_at="2025-10-27T00:00:00")
    f = mail("o22-falta-proyecto", "Taller Gil <tallergil@tallergil.es>", OWD,
             "anular", "2025-09-28 09:00 +0200",
             "Buenas, queremos anular lo contratado y que se nos devuelva, mi hermano y yo vamos a jubilarnos y "
             "cerramos el taller a fin de año.\nUn saludo\nPaco Gil")
    case("o22-missing-project-invoice", [f], "optima_webdesign", "need_info",
         missing=["project_name", "invoice_number"],
         spec="Optima requires project name and invoice (section 4); the contract email has two projects, none named "
              "-> need_info project_name, invoice_number (C3)")

    # o23 Reply-To is the contract email, From is not -> C2
    proj("Blog Nutrición Consciente", "consulta@nutricionconsciente.es")
    opay("pay_es_7026", "OWD-2025-626", "Blog Nutrición Consciente", "deposit", "9000.00", "1620.00", "2025-09-29T09:00:00")
    f = mail("o23-reply-to", "Lucía Prieto <lucia.prieto.nutri@icloud.com>", OWD,
             "Devolución depósito Blog Nutrición Consciente OWD-2025-626", "2025-09-30 08:00 +0200",
             "Hola, quiero anular el blog y recuperar el depósito: me han ofrecido un puesto en un hospital y dejo la "
             "consulta privada. Respondedme mejor al correo de la consulta.\n\nLucía\nEnviado desde mi iPhone",
             reply_to="consulta@nutricionconsciente.es")
    case("o23-reply-to-not-verifying", [f], "optima_webdesign", "need_info", rules=["C2"],
         spec="section 8: the sender is the From address; Reply-To never verifies -> C2 need_info")

    # o24 status question -> other
    proj("Web Despacho Fuentes", "info@despachofuentes.com")
    f = mail("o24-pregunta", "Despacho Fuentes <info@despachofuentes.com>", OWD,
             "¿Para cuándo el staging?", "2025-09-29 10:00 +0200",
             "Hola, ¿sabéis ya para cuándo tendremos el entorno de pruebas de la web del despacho? Queremos "
             "enseñárselo a los socios el viernes.\n\nGracias,\nMiguel Fuentes")
    case("o24-status-question-other", [f], "optima_webdesign", "other",
         spec="question about the project's staging date: neither refund nor cancellation -> other")


# ---------------------------------------------------------------- hard / cross-cutting
def hard():
    # h01 Optima customer writes to LeadsOptima (other brand) -> unknown there
    f = mail("h01-otra-marca", "Taller Gil <tallergil@tallergil.es>", LO,
             "Cancelar suscripción", "2025-09-28 10:00 +0200",
             "Hola, cancelen nuestra suscripción mensual, cerramos el negocio a final de año.\nPaco Gil")
    case("h01-other-brand-customer", [f], "leadsoptima", "need_info", rules=["C2"],
         spec="section 8 'The other brand's customer': To picks LeadsOptima (C1); sender has no LeadsOptima record -> C2")

    # h02 bounce from MAILER-DAEMON
    f = mail("h02-rebote", "Mail Delivery Subsystem <MAILER-DAEMON@googlemail.com>", OWD,
             "Delivery Status Notification (Failure)", "2025-09-27 03:00 +0000",
             "No se ha encontrado la dirección\n\nTu mensaje no se ha entregado a facturacion@hotelmirador.es porque no "
             "se ha encontrado la dirección o esta no puede recibir correo.\n\nRespuesta del servidor remoto:\n"
             "550 5.1.1 The email account that you tried to reach does not exist.")
    case("h02-bounce-mailer-daemon", [f], "optima_webdesign", "ignore", rules=["C7"],
         spec="MAILER-DAEMON sender -> C7 ignore")

    # h03 newsletter with List-Id and Precedence: bulk that mentions refunds
    f = mail("h03-boletin", "Novedades Pasarela Pagos <boletin@pasarelapagos.es>", LO,
             "Boletín septiembre: cómo gestionar reembolsos y contracargos", "2025-09-25 07:00 +0200",
             "Este mes: 5 claves para reducir los contracargos y gestionar los reembolsos de tus clientes.\n\n"
             "Darse de baja: https://pasarelapagos.es/baja",
             headers={"List-Id": "Boletin Pasarela <boletin.pasarelapagos.es>", "Precedence": "bulk",
                      "List-Unsubscribe": "<https://pasarelapagos.es/baja>"})
    case("h03-newsletter-list", [f], "leadsoptima", "ignore", rules=["C7"],
         spec="List-Id and Precedence: bulk -> C7 ignore (its words about refunds and chargebacks do not matter)")

    # h04 from the brand's own address
    f = mail("h04-propia", "Optima WebDesign Billing <billing@optimawebdesign.com>", OWD,
             "Fwd: Cancelación del proyecto", "2025-09-26 12:00 +0530",
             "Reenvío para el archivo.\n\n---------- Forwarded message ---------\nCancelamos el proyecto, gracias.")
    case("h04-own-address", [f], "optima_webdesign", "ignore", rules=["C7"],
         spec="sender billing@optimawebdesign.com is one of the brand's own addresses -> C7 ignore")

    # h05 +tag address is another address -> C2
    cust("ana.morales.estetica@gmail.com", "monthly", cps="2025-09-20", cpe="2025-10-19", name="Ana Morales")
    sub("pay_es_6311", "LO-INV-66311", "ana.morales.estetica@gmail.com", "monthly", "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
    f = mail("h05-plus-tag", "Ana Morales <ana.morales.estetica+leads@gmail.com>", LO,
             "cancelar", "2025-09-27 10:00 -0600",
             "hola quiero cancelar mi plan mensual, ya no me llegan clientes por ahi. gracias\nAna")
    case("h05-plus-tag-c2", [f], "leadsoptima", "need_info", rules=["C2"],
         spec="section 8: a +tag makes another address; ana.morales.estetica+leads@ is not on record -> C2")

    # h06 address in another case is the same one -> verified; mixed Spanglish; cancellation
    cust("roberto.garza@garzalogistics.com", "annual", cps="2025-02-01", cpe="2026-01-31", name="Roberto Garza")
    sub("pay_es_6321", "LO-INV-66321", "roberto.garza@garzalogistics.com", "annual", "2025-02-01T10:00:00", "2025-02-01", "2026-01-31")
    f = mail("h06-mayusculas-spanglish", "Roberto Garza <Roberto.Garza@GarzaLogistics.com>", LO,
             "Cancel my plan / cancelar plan", "2025-09-26 08:00 -0500",
             "Hi team, bueno, escribo en español: queremos cancelar el plan anual, no lo vamos a renovar en enero. "
             "Nuestro corporate en Houston ya compró otra herramienta. Please confirm la fecha final.\n\nThanks / Gracias\n"
             "Roberto Garza | Garza Logistics | Monterrey - Houston")
    case("h06-case-insensitive-cancel", [f], "leadsoptima", "decided", [D("cancellation", "cancel", eff="2026-01-31")],
         spec="addresses compare case-insensitively (section 8): verified; L8 cancel effective 2026-01-31")

    # h07 past event without request: reporting a cancellation already done, asks nothing -> other
    cust("fernanda.lagos@lagosyoga.cl", "monthly", status="cancelled", cps="2025-09-03", cpe="2025-10-02", name="Fernanda Lagos")
    sub("pay_es_6331", "LO-INV-66331", "fernanda.lagos@lagosyoga.cl", "monthly", "2025-09-03T10:00:00", "2025-09-03", "2025-10-02")
    f = mail("h07-ya-cancele", "Fernanda Lagos <fernanda.lagos@lagosyoga.cl>", LO,
             "Gracias", "2025-09-25 19:00 -0300",
             "Hola! Ya cancelé el plan desde Billing la semana pasada y me llegó la confirmación, todo perfecto. "
             "Solo quería agradecerles, el soporte fue siempre muy amable. ¡Éxitos!\n\nFer")
    case("h07-past-cancel-thanks", [f], "leadsoptima", "other",
         spec="past event ('ya cancelé') and thanks, no request -> other")

    # h08 forward from Gmail of a customer's own request by the contract owner, Optima
    proj("Tienda Vinos Duero", "pedidos@vinosduero.es")
    opay("pay_es_7027", "OWD-2025-627", "Tienda Vinos Duero", "third_party", "4200.00", "756.00", "2025-09-20T10:00:00")
    f = mail("h08-rv-licencias", "Vinos Duero <pedidos@vinosduero.es>", OWD,
             "RV: licencia plugin", "2025-09-24 09:00 +0200",
             "Os reenvío lo que me dice el gestor.\n\n"
             "-----Mensaje original-----\nDe: Gestoría Tomé <gestoria@tome.es>\nEnviado el: lunes, 22 de septiembre "
             "de 2025 18:00\nPara: pedidos@vinosduero.es\nAsunto: licencia plugin\n\n"
             "Sergio, la licencia del plugin de envíos (OWD-2025-627, proyecto Tienda Vinos Duero) no la usáis porque "
             "al final vais con Correos. Pide que os la devuelvan.")
    case("h08-forward-plugin-licence", [f], "optima_webdesign", "decided", [D("refund", "deny")],
         spec="forward read for the request it carries (section 8), from the contract email; plugin licence = "
              "third_party -> O6 deny",
         ambiguous="the forwarded note is written by a third party (the accountant); whether 'no la usáis' is the "
                   "customer's reason is a reading")


if __name__ == "__main__":
    import shutil
    shutil.rmtree(HERE / "emails", ignore_errors=True)
    leadsoptima()
    optima()
    hard()
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids))
    invs = [p["invoice"] for p in LEDGER["payments"]]
    assert len(invs) == len(set(invs))
    (HERE / "ledger.json").write_text(json.dumps(LEDGER, indent=1, ensure_ascii=False) + "\n")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, indent=1, ensure_ascii=False) + "\n")
    print(len(CASES), "cases")
