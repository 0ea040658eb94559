"""Fresh round 7, Spanish (es): customer mail written for this project (MIT).

Deterministic generator: writes ledger.json, emails/*.eml and expected.json beside itself.
Rules from POLICY_SPEC.md alone. stdlib only.
"""
import json
import os
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
LANG = "es"
LO = "support@leadsoptima.com"
OWD = "optimawebdesigns12@gmail.com"
TZ = {"es": timezone(timedelta(hours=2)), "mx": timezone(timedelta(hours=-6)),
      "co": timezone(timedelta(hours=-5)), "cl": timezone(timedelta(hours=-3)),
      "in": timezone(timedelta(hours=5, minutes=30))}

customers, projects, payments, cases = [], [], [], []


def cust(email, name, plan, ps, pe, status="active", trial=None):
    customers.append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan,
                      "status": status, "trial_ends": trial,
                      "current_period_start": ps, "current_period_end": pe})


def lopay(inv, email, plan, amount, paid_at, ps, pe, status="paid"):
    payments.append({"brand": "leadsoptima", "id": "pay_" + inv.lower().replace("-", "_"),
                     "invoice": inv, "customer_email": email, "kind": "subscription", "plan": plan,
                     "amount": amount, "tax": "%.2f" % (float(amount) * 0.18), "currency": "INR",
                     "paid_at": paid_at, "period_start": ps, "period_end": pe, "status": status})


def proj(name, email, started=None):
    projects.append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                     "work_started_at": started})


def opay(inv, project, kind, amount, paid_at, status="paid", setup_fee=None, service_start=None,
         next_billing_at=None, period_start=None, period_end=None, milestone_status=None):
    payments.append({"brand": "optima_webdesign", "id": "pay_" + inv.lower().replace("-", "_"),
                     "invoice": inv, "project": project, "kind": kind, "amount": amount,
                     "tax": "%.2f" % (float(amount) * 0.18), "currency": "INR", "paid_at": paid_at,
                     "status": status, "setup_fee": setup_fee, "service_start": service_start,
                     "next_billing_at": next_billing_at, "period_start": period_start,
                     "period_end": period_end, "milestone_status": milestone_status})


def case(cid, brand, mails, status, decisions=(), rules=(), missing=None, spec="", ambiguous=None,
         extra_ok=False):
    """mails: list of dicts with frm, to, subj, when (datetime), body, html (opt), headers (opt)."""
    files = []
    first_id = None
    for n, m in enumerate(mails):
        msg = EmailMessage(policy=SMTP)
        msg["From"] = m["frm"]
        msg["To"] = m.get("to", LO if brand == "leadsoptima" else OWD)
        msg["Subject"] = m["subj"]
        msg["Date"] = format_datetime(m["when"])
        mid = "<%s.%d@correo.example>" % (cid, n)
        msg["Message-ID"] = mid
        if n:
            sup = "<%s.ask%d@%s>" % (cid, n, "leadsoptima.com" if brand == "leadsoptima" else "optimawebdesign.com")
            msg["In-Reply-To"] = sup
            msg["References"] = first_id + " " + sup
        else:
            first_id = mid
        for k, v in m.get("headers", {}).items():
            msg[k] = v
        if m.get("html"):
            msg.set_content(m["body"], subtype="html")
        else:
            msg.set_content(m["body"])
        name = "emails/%s%s.eml" % (cid, "" if len(mails) == 1 else "-%d" % (n + 1))
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(msg.as_bytes())
        files.append(name)
    c = {"id": "%s-%s" % (LANG, cid), "lang": LANG, "files": files, "brand": brand,
         "status": status, "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    c["decisions"] = [dict(d) for d in decisions]
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if ambiguous:
        c["ambiguous"] = ambiguous
    cases.append(c)


def d(y, mo, day, h, mi, zone="es"):
    return datetime(y, mo, day, h, mi, tzinfo=TZ[zone])


def M(frm, subj, when, body, **kw):
    m = {"frm": frm, "subj": subj, "when": when, "body": body}
    m.update(kw)
    return m


def R(intent, outcome, amount=None, eff=None):
    r = {"intent": intent, "outcome": outcome}
    if outcome == "approve":
        r["amount"] = amount
    if eff is not None:
        r["effective_date"] = eff
    return r


def build():
    # ---------------- LeadsOptima ----------------
    cust("marisol.quintana@gmail.com", "Marisol Quintana", "monthly", "2025-09-22", "2025-10-21")
    lopay("LO-INV-71001", "marisol.quintana@gmail.com", "monthly", "1499.00", "2025-09-22T11:02:00", "2025-09-22", "2025-10-21")
    lopay("LO-INV-71002", "marisol.quintana@gmail.com", "monthly", "1499.00", "2025-09-22T11:05:00", "2025-09-22", "2025-10-21")
    case("l01-doble-cobro", "leadsoptima", [M("Marisol Quintana <marisol.quintana@gmail.com>", "cobro repetido!!",
        d(2025, 9, 24, 18, 40, "mx"),
        "Hola buenas tardes,\n\nles escribo porque revisando el estado de cuenta de mi tarjeta veo que me "
        "cobraron dos veces la mensualidad del plan mensual el mismo dia, 22 de septiembre, a los pocos minutos "
        "una de otra. La segunda factura es la LO-INV-71002. Les pido de favor que me regresen ese segundo cargo.\n\n"
        "Saludos cordiales\nMarisol Quintana\nGuadalajara, Jal.")],
        "decided", [R("refund", "approve", "1499.00")],
        spec="POLICY_SPEC.md section 3 L2 duplicate_payment, L3: charge 2025-09-22 IST, request 2025-09-25 06:10 IST = day 3 <= 7; L4 two paid monthly 1499.00 same period -> approve the duplicate's amount 1499.00")

    cust("pablo.arenas@arenasconsultores.co", "Pablo Arenas", "quarterly", "2025-09-10", "2025-12-09")
    lopay("LO-INV-71011", "pablo.arenas@arenasconsultores.co", "quarterly", "3999.00", "2025-09-10T09:00:00", "2025-09-10", "2025-12-09")
    lopay("LO-INV-71012", "pablo.arenas@arenasconsultores.co", "quarterly", "3999.00", "2025-09-10T09:01:00", "2025-09-10", "2025-12-09")
    case("l02-doble-fuera", "leadsoptima", [M("Pablo Arenas <pablo.arenas@arenasconsultores.co>", "Cargo duplicado plan trimestral",
        d(2025, 9, 18, 10, 15, "co"),
        "Buenos días equipo de LeadsOptima:\n\nEl pasado 10 de septiembre se me debitó dos veces el valor del plan "
        "trimestral ($3.999 cada uno). Solicito la devolución del cargo duplicado, factura LO-INV-71012.\n\n"
        "Quedo atento,\nPablo Arenas\nGerente - Arenas Consultores S.A.S.\nBogotá, Colombia")],
        "decided", [R("refund", "deny")],
        spec="L2 duplicate_payment but L3: charge 2025-09-10 IST, request 2025-09-18 20:45 IST = day 8 > 7 -> deny citing the 7-day rule")

    cust("nacho.bermejo@hotmail.es", "Ignacio Bermejo", "annual", "2025-09-20", "2026-09-19")
    lopay("LO-INV-71021", "nacho.bermejo@hotmail.es", "annual", "11988.00", "2025-09-20T12:00:00", "2025-09-20", "2026-09-19")
    case("l03-cambio-idea", "leadsoptima", [M("Nacho Bermejo <nacho.bermejo@hotmail.es>", "devolucion anual",
        d(2025, 9, 23, 9, 5),
        "Hola,\n\nContraté el plan anual hace unos días (factura LO-INV-71021) pero la verdad es que me he "
        "arrepentido, mi socio y yo hemos decidido tirar por otra herramienta y no lo vamos a usar. "
        "¿Me podéis devolver el dinero?\n\nGracias\nNacho")],
        "decided", [R("refund", "deny")],
        spec="L1: changed mind / will not use is not an exception reason -> deny, cancellation offered; inside 7 days does not matter")

    cust("fernanda.rojas@rojasinmobiliaria.cl", "Fernanda Rojas", "quarterly", "2025-08-01", "2025-10-31")
    lopay("LO-INV-71031", "fernanda.rojas@rojasinmobiliaria.cl", "quarterly", "3999.00", "2025-08-01T10:00:00", "2025-08-01", "2025-10-31")
    case("l04-cancelar-sin-reembolso", "leadsoptima", [M("Fernanda Rojas <fernanda.rojas@rojasinmobiliaria.cl>", "Baja del plan",
        d(2025, 9, 15, 16, 30, "cl"),
        "Hola, ¿cómo están?\n\nQuiero dar de baja mi suscripción trimestral. No quiero reembolso ni nada, "
        "entiendo que lo pagado ya está pagado, solo que no me cobren el próximo trimestre porque cerramos "
        "la oficina de Viña.\n\nMil gracias!\nFernanda Rojas\nRojas Propiedades")],
        "decided", [R("cancellation", "cancel", eff="2025-10-31")],
        spec="Negation (section 8): 'no quiero reembolso' adds no refund; L8 cancel, effective current_period_end 2025-10-31")

    cust("ventas@tallerelcondor.mx", "Héctor Luna", "monthly", "2025-09-25", "2025-10-24")
    lopay("LO-INV-71041", "ventas@tallerelcondor.mx", "monthly", "1499.00", "2025-09-25T08:00:00", "2025-09-25", "2025-10-24")
    case("l05-sin-acceso", "leadsoptima", [M("Taller El Condor <ventas@tallerelcondor.mx>", "no puedo entrar a la plataforma",
        d(2025, 9, 28, 12, 0, "mx"),
        "que tal, desde que pague la mensualidad (inv 71041... bueno LO-INV-71041) no puedo iniciar sesión, me sale "
        "error 500 y ya les mande dos correos a soporte sin respuesta. Si no se puede arreglar quiero mi reembolso, "
        "la verdad ya me urge.\n\nHéctor Luna\nTaller El Cóndor\nEnviado desde mi iPhone")],
        "decided", [R("refund", "escalate")],
        spec="L2 access_failure ('no puedo iniciar sesión', unresolved); L3 charge 2025-09-25, request 2025-09-28 23:30 IST day 3; L6 escalate")

    cust("lorena.vidal@estudiovidal.es", "Lorena Vidal", "monthly", "2025-09-26", "2025-10-25", status="cancelled")
    lopay("LO-INV-71051", "lorena.vidal@estudiovidal.es", "monthly", "1499.00", "2025-09-26T07:00:00", "2025-09-26", "2025-10-25")
    case("l06-cobro-tras-baja", "leadsoptima", [M("Lorena Vidal <lorena.vidal@estudiovidal.es>", "Me habéis cobrado después de darme de baja",
        d(2025, 9, 29, 11, 20),
        "Buenos días:\n\nMe di de baja del plan mensual el día 14 desde Facturación y aun así el 26 me habéis pasado "
        "otro cargo de 1.499 (factura LO-INV-71051). Os pido que lo reviséis y me lo devolváis, porque yo ya no soy clienta.\n\n"
        "Un saludo,\nLorena Vidal\nEstudio Vidal Arquitectura\n\nEste mensaje y sus anexos son confidenciales.")],
        "decided", [R("refund", "escalate")],
        spec="L2 billing_error (charged after cancelling, a past event); L3 day 3; L5 escalate")

    cust("rodrigo.salinas@gmail.com", "Rodrigo Salinas", "monthly", "2025-09-05", "2025-10-04")
    lopay("LO-INV-71061", "rodrigo.salinas@gmail.com", "monthly", "1499.00", "2025-09-05T10:00:00", "2025-09-05", "2025-10-04")
    case("l07-c2-otra-direccion", "leadsoptima", [M("Rodrigo S. <rsalinas.personal@yahoo.com.mx>", "cancelar cuenta",
        d(2025, 9, 20, 19, 0, "mx"),
        "Hola, quiero cancelar mi plan mensual. Mi correo registrado es rodrigo.salinas@gmail.com pero ya no tengo "
        "acceso a ese buzón, por eso les escribo desde este. Díganme cuándo se termina mi periodo y si ya no me van a cobrar.\n\nRodrigo")],
        "need_info", [], rules=["C2"],
        spec="C2: sender rsalinas.personal@yahoo.com.mx is not the registered email it names; draft asks to write from the address on record, nothing disclosed (section 5 example 5)")

    cust("carmen.ibarra@ibarra-eventos.com", "Carmen Ibarra", "annual", "2025-09-24", "2026-09-23")
    lopay("LO-INV-71071", "carmen.ibarra@ibarra-eventos.com", "annual", "11988.00", "2025-09-24T10:00:00", "2025-09-24", "2026-09-23")
    lopay("LO-INV-71072", "carmen.ibarra@ibarra-eventos.com", "annual", "11988.00", "2025-09-24T10:02:00", "2025-09-24", "2026-09-23")
    case("l08-falta-factura-hilo", "leadsoptima", [
        M("Carmen Ibarra <carmen.ibarra@ibarra-eventos.com>", "Me cobraron 2 veces", d(2025, 9, 25, 8, 30),
          "Hola, me han cobrado dos veces la anualidad, lo he visto en el extracto del banco esta mañana. "
          "Necesito que me devolváis uno de los dos cargos.\nCarmen"),
        M("Carmen Ibarra <carmen.ibarra@ibarra-eventos.com>", "Re: Me cobraron 2 veces", d(2025, 9, 26, 10, 0),
          "Perdón, se me olvidó. El segundo cargo es la factura lo-inv 71072, plan anual.\n\nCarmen Ibarra\n\n"
          "El jue, 25 sept 2025 a las 12:10, LeadsOptima Support <support@leadsoptima.com> escribió:\n"
          "> Para continuar necesitamos el número de factura.")],
        "decided", [R("refund", "approve", "11988.00")],
        spec="C3 thread: first mail lacks invoice_number (asked), answer gives 'lo-inv 71072' = LO-INV-71072 (section 8 invoice matching); request time = first mail 2025-09-25 12:00 IST, day 1; L4 two paid annual 11988.00 same period -> approve 11988.00")

    cust("andres.molina@molinaycia.com.co", "Andrés Molina", "monthly", "2025-09-27", "2025-10-26")
    lopay("LO-INV-71081", "andres.molina@molinaycia.com.co", "monthly", "1499.00", "2025-09-27T09:00:00", "2025-09-27", "2025-10-26")
    lopay("LO-INV-71082", "andres.molina@molinaycia.com.co", "monthly", "1499.00", "2025-09-27T09:03:00", "2025-09-27", "2025-10-26")
    case("l09-contracargo", "leadsoptima", [M("Andrés Molina <andres.molina@molinaycia.com.co>", "URGENTE cobro doble",
        d(2025, 9, 29, 8, 0, "co"),
        "Señores LeadsOptima,\n\nMe cobraron dos veces el plan mensual (LO-INV-71082). Si en 48 horas no veo la "
        "devolución voy a pedirle al banco un contracargo y pondré la queja ante la Superintendencia de Industria y Comercio.\n\nAndrés Molina")],
        "decided", [R("refund", "escalate")], rules=["C4"],
        spec="C4: chargeback threat ('contracargo') and consumer authority -> escalate the whole case, even though L4 would approve")

    cust("gloria.mendez@gmail.com", "Gloria Méndez", "monthly", "2025-09-12", "2025-10-11")
    case("l10-fuera-oficina", "leadsoptima", [M("Gloria Méndez <gloria.mendez@gmail.com>", "Respuesta automática: Re: su factura",
        d(2025, 9, 30, 9, 0),
        "Estoy fuera de la oficina hasta el 6 de octubre con acceso limitado al correo. Para temas de facturación "
        "o reembolsos escriba a administracion@mendez.es.\n\nGracias.",
        headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})],
        "ignore", [], rules=["C7"],
        spec="C7: Auto-Submitted: auto-replied -> ignore")

    case("l11-hipotetico", "leadsoptima", [M("Julián Paredes <julian.paredes@outlook.com>", "consulta antes de contratar",
        d(2025, 9, 17, 13, 45, "cl"),
        "Hola! Estoy viendo contratar el plan trimestral para mi pyme. Una duda: si lo pruebo y no me funciona para lo "
        "que necesito, ¿me devolverían la plata? ¿o cómo funciona eso?\n\nSaludos\nJulián")],
        "other", [],
        spec="Section 8: hypothetical question before buying is a policy question -> other")

    cust("soporte@ferreteriasanjuan.mx", "Ferretería San Juan", "monthly", "2025-09-14", "2025-10-13")
    case("l12-como-se-hace", "leadsoptima", [M("Ferreteria San Juan <soporte@ferreteriasanjuan.mx>", "Pregunta integraciones",
        d(2025, 9, 19, 11, 0, "mx"),
        "Buen día, ¿cómo conecto mi formulario de WhatsApp Business con los flujos de LeadsOptima? No encuentro la "
        "opción en el menú de integraciones. Gracias de antemano.\n\nAtte. Depto. de sistemas")],
        "other", [],
        spec="A how-to question, neither refund nor cancellation -> other")

    cust("beatriz.cano@canoabogados.es", "Beatriz Cano", "quarterly", None, None)
    lopay("LO-INV-71121", "beatriz.cano@canoabogados.es", "quarterly", "3999.00", "2025-07-15T10:00:00", "2025-07-15", "2025-10-14")
    case("l13-cancelar-fallback", "leadsoptima", [M("Beatriz Cano <beatriz.cano@canoabogados.es>", "Cancelación suscripción",
        d(2025, 9, 22, 17, 10),
        "Estimados señores:\n\nPor medio del presente les comunico mi voluntad de cancelar la suscripción trimestral "
        "a LeadsOptima, ya que el despacho ha cambiado de proveedor de CRM.\n\nAtentamente,\n\nBeatriz Cano Ruiz\nSocia directora")],
        "decided", [R("cancellation", "cancel", eff="2025-10-14")],
        spec="L8: no current_period_end in the ledger; last charge 2025-07-15 + 3 months - 1 day = 2025-10-14")

    cust("diego.fuentes@gmail.com", "Diego Fuentes", "monthly", "2025-09-08", "2025-10-07")
    lopay("LO-INV-71131", "diego.fuentes@gmail.com", "monthly", "1499.00", "2025-09-08T10:00:00", "2025-09-08", "2025-10-07")
    case("l14-reembolso-y-baja", "leadsoptima", [M("Diego Fuentes <diego.fuentes@gmail.com>", "cancelar + devolución",
        d(2025, 9, 12, 22, 15, "cl"),
        "hola, la verdad no le he sacado provecho, casi no entré en todo el mes. quiero que me cancelen el plan mensual "
        "y que me devuelvan lo que queda del mes que no voy a usar (factura LO-INV-71131). gracias\n\ndiego")],
        "decided", [R("refund", "deny"), R("cancellation", "cancel", eff="2025-10-07")],
        spec="L1 unused days not an exception -> refund deny (clause 2 no partial refunds); L8 cancel effective current_period_end 2025-10-07")

    cust("alba.serrano@serranofotografia.es", "Alba Serrano", "monthly", "2025-09-23", "2025-10-22")
    lopay("LO-INV-71141", "alba.serrano@serranofotografia.es", "monthly", "1499.00", "2025-09-23T09:00:00", "2025-09-23", "2025-10-22")
    lopay("LO-INV-71142", "alba.serrano@serranofotografia.es", "monthly", "1499.00", "2025-09-23T09:00:40", "2025-09-23", "2025-10-22")
    case("l15-doble-dia7", "leadsoptima", [M("Alba Serrano <alba.serrano@serranofotografia.es>", "Pago duplicado",
        d(2025, 9, 30, 20, 0),
        "Hola equipo,\n\nOs escribo un poco tarde, lo sé, pero hasta hoy no he cuadrado las cuentas del mes: el 23 se "
        "me cargó la cuota mensual por duplicado (la segunda es LO-INV-71142). ¿Me podéis reintegrar la segunda?\n\n"
        "Alba Serrano · Fotografía\nwww.serranofotografia.es")],
        "decided", [R("refund", "approve", "1499.00")],
        spec="L3 edge: charge 2025-09-23 IST = day 0; request 2025-09-30 20:00 +02:00 = 23:30 IST on 2025-09-30 = day 7, inside; L4 approve 1499.00")

    cust("contabilidad@grupoalianza.com.mx", "Grupo Alianza", "annual", "2025-04-01", "2026-03-31")
    case("l16-reenvio-otro-correo", "leadsoptima", [M("Rebeca Torres <rebeca.torres@gmail.com>", "RV: baja de LeadsOptima",
        d(2025, 9, 16, 10, 30, "mx"),
        "Les reenvío lo que me pidió mi jefe.\n\n"
        "________________________________\nDe: Contabilidad Grupo Alianza <contabilidad@grupoalianza.com.mx>\n"
        "Enviado: lunes, 15 de septiembre de 2025 18:02\nPara: Rebeca Torres <rebeca.torres@gmail.com>\n"
        "Asunto: baja de LeadsOptima\n\nRebeca, por favor pide a LeadsOptima que cancelen nuestra suscripción anual "
        "(cuenta registrada contabilidad@grupoalianza.com.mx), ya no la vamos a renovar.\n\nSaludos")],
        "need_info", [], rules=["C2"],
        spec="Section 8 Forwards: the forwarded request names registered email contabilidad@grupoalianza.com.mx, sender is another address -> C2 need_info")

    cust("tomas.herrera@herreramarketing.co", "Tomás Herrera", "monthly", "2025-09-26", "2025-10-25")
    lopay("LO-INV-71161", "tomas.herrera@herreramarketing.co", "monthly", "1499.00", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
    lopay("LO-INV-71162", "tomas.herrera@herreramarketing.co", "monthly", "1499.00", "2025-09-26T10:01:00", "2025-09-26", "2025-10-25")
    case("l17-html-doble", "leadsoptima", [M("Tomás Herrera <tomas.herrera@herreramarketing.co>", "Cobro duplicado - plan mensual",
        d(2025, 9, 27, 9, 0, "co"),
        "<html><body><div dir=\"ltr\"><p>Buenos días,</p><p>Me aparece el <b>mismo cobro dos veces</b> del plan "
        "mensual, ambos del 26 de septiembre. El repetido es la factura <b>LO-INV-71162</b>.</p><p>Agradezco la "
        "devolución de ese pago duplicado.</p><p>--<br>Tomás Herrera<br>Herrera Marketing Digital<br>Medellín</p></div></body></html>",
        html=True)],
        "decided", [R("refund", "approve", "1499.00")],
        spec="HTML-only mail; L2 duplicate_payment, request 2025-09-27 19:30 IST day 1; L4 approve 1499.00")

    cust("isabel.navarro@navarrodental.es", "Isabel Navarro", "monthly", "2025-09-25", "2025-10-24")
    for n, t in ((71171, "09:00:00"), (71172, "09:02:00"), (71173, "09:05:00")):
        lopay("LO-INV-%d" % n, "isabel.navarro@navarrodental.es", "monthly", "1499.00", "2025-09-25T" + t, "2025-09-25", "2025-10-24")
    case("l18-triple-cobro", "leadsoptima", [M("Isabel Navarro <isabel.navarro@navarrodental.es>", "¡¡Tres cargos iguales!!",
        d(2025, 9, 26, 12, 0),
        "Hola:\n\nNo sé qué ha pasado con vuestra pasarela pero el 25 me habéis cobrado TRES veces la cuota mensual de "
        "1.499 (LO-INV-71172 y LO-INV-71173 son las que sobran). Os pido que me devolváis los dos cargos de más.\n\n"
        "Isabel Navarro\nClínica Navarro")],
        "decided", [R("refund", "approve", "2998.00")],
        spec="Section 8 three identical charges: every charge after the first is a duplicate; both inside L3 (day 1) -> 1499.00 x 2 = 2998.00")

    cust("esteban.prieto@prietoseguros.cl", "Esteban Prieto", "annual", "2025-01-10", "2026-01-09")
    lopay("LO-INV-71181", "esteban.prieto@prietoseguros.cl", "annual", "11988.00", "2025-01-10T10:00:00", "2025-01-10", "2026-01-09")
    case("l19-cobro-enero", "leadsoptima", [M("Esteban Prieto <esteban.prieto@prietoseguros.cl>", "reembolso",
        d(2025, 9, 18, 9, 30, "cl"),
        "Estimados, en enero pagué el plan anual (LO-INV-71181) y me cobraron un monto incorrecto, debía ser el precio "
        "promocional y no el de lista. Recién ahora me di cuenta revisando la contabilidad. Solicito la diferencia.\n\nEsteban Prieto")],
        "decided", [R("refund", "deny")],
        spec="L2 billing_error but L3: charge 2025-01-10, request 2025-09-18 -> far beyond 7 days -> deny")

    cust("lucas.ortega@gmail.com", "Lucas Ortega", "monthly", "2025-09-20", "2025-10-19", status="trial", trial="2025-10-04")
    case("l20-prueba-gratis", "leadsoptima", [M("Lucas Ortega <lucas.ortega@gmail.com>", "cancelar prueba",
        d(2025, 9, 24, 15, 0, "mx"),
        "Hola, estoy en la prueba gratuita y no me convenció. Quiero cancelar para que no me cobren nada cuando "
        "termine, por favor.\n\nLucas")],
        "decided", [R("cancellation", "cancel")],
        spec="L8/L7: a trial account asks to cancel (no refund asked); cancellation acknowledged (no charges exist)",
        ambiguous="the spec does not give the effective date of a trial cancellation; effective_date is not checked")

    # ---------------- Optima WebDesign ----------------
    proj("Panadería La Espiga", "pedidos@panaderialaespiga.es", None)
    opay("OWD-2025-701", "Panadería La Espiga", "deposit", "20000.00", "2025-09-15T10:00:00")
    case("o01-deposito-48h", "optima_webdesign", [M("Panadería La Espiga <pedidos@panaderialaespiga.es>", "Refund Request — Panadería La Espiga / OWD-2025-701",
        d(2025, 9, 17, 5, 30),
        "Buenos días,\n\nEl lunes pagamos la señal del proyecto Panadería La Espiga (factura OWD-2025-701), pero al final "
        "el ayuntamiento no nos ha concedido la licencia para abrir la tienda online y tenemos que aparcarlo. Os pedimos la "
        "devolución de la señal.\n\nGracias,\nMaite Ruiz\nPanadería La Espiga")],
        "decided", [R("refund", "approve", "20000.00")],
        spec="O2: paid 2025-09-15 10:00 IST, request 2025-09-17 09:00 IST = 47 h < 72 h, no work started -> approve 20000.00 (before tax)")

    proj("Hotel Mirador Andino", "gerencia@hotelmiradorandino.cl", None)
    opay("OWD-2025-702", "Hotel Mirador Andino", "deposit", "30000.00", "2025-09-10T10:00:00")
    case("o02-deposito-72h-justo", "optima_webdesign", [M("Gerencia Hotel Mirador Andino <gerencia@hotelmiradorandino.cl>", "Devolución de anticipo",
        d(2025, 9, 13, 1, 30, "cl"),
        "Estimado equipo de Optima:\n\nLes escribo respecto al proyecto Hotel Mirador Andino, factura OWD-2025-702. "
        "El directorio decidió no seguir con el rediseño del sitio este año por recorte de presupuesto, así que "
        "solicitamos el reembolso del anticipo.\n\nCordialmente,\nVerónica Saavedra\nGerente General")],
        "decided", [R("refund", "deny")],
        spec="O2 + section 8: paid 2025-09-10 10:00 IST; request 2025-09-13 01:30 -03:00 = 10:00 IST = exactly 72 h -> deny")

    proj("Cafetería Los Andes", "admin@cafeterialosandes.co", "2025-09-16T11:00:00")
    opay("OWD-2025-703", "Cafetería Los Andes", "deposit", "15000.00", "2025-09-15T09:00:00")
    case("o03-deposito-trabajo-empezado", "optima_webdesign", [M("Cafetería Los Andes <admin@cafeterialosandes.co>", "reembolso deposito",
        d(2025, 9, 17, 8, 0, "co"),
        "Hola, buenos días. Pagamos el depósito del proyecto Cafetería Los Andes (OWD-2025-703) hace dos días y ya "
        "nos arrepentimos, preferimos esperar a fin de año. ¿Nos pueden devolver ese depósito? Gracias.\n\nCamila Ospina")],
        "decided", [R("refund", "deny")],
        spec="O2: request 2025-09-17 18:30 IST is within 72 h of payment but after work_started_at 2025-09-16 11:00 -> deny (whichever first)")

    proj("Academia Ritmo Latino", "direccion@ritmolatino.mx", None)
    opay("OWD-2025-704", "Academia Ritmo Latino", "discovery", "12000.00", "2025-09-20T12:00:00")
    case("o04-discovery-sin-empezar", "optima_webdesign", [M("Dirección Ritmo Latino <direccion@ritmolatino.mx>", "Cancelar sesión de estrategia y reembolso",
        d(2025, 9, 24, 10, 0, "mx"),
        "Buen día,\n\nPagamos la sesión de descubrimiento para Academia Ritmo Latino (factura OWD-2025-704) pero "
        "todavía no se ha agendado ni tuvimos ninguna reunión. Como nos vamos a fusionar con otra academia, ya no "
        "tiene sentido hacer la web; les pido el reembolso completo.\n\nAtentamente\nLic. Patricia Gómez\nDirectora")],
        "decided", [R("refund", "approve", "12000.00")], extra_ok=True,
        spec="O1: discovery, work_started_at empty -> approve in full 12000.00 (before tax)")

    proj("Bufete Llorente", "admin@bufetellorente.es", "2025-09-12T15:00:00")
    opay("OWD-2025-705", "Bufete Llorente", "discovery", "12000.00", "2025-09-10T12:00:00")
    case("o05-discovery-empezado", "optima_webdesign", [M("Administración Bufete Llorente <admin@bufetellorente.es>", "Solicitud de reembolso — Bufete Llorente",
        d(2025, 9, 19, 13, 0),
        "Buenas tardes:\n\nTras la primera sesión de estrategia (factura OWD-2025-705, proyecto Bufete Llorente) "
        "hemos visto que el enfoque no encaja con lo que buscamos. Solicitamos que se nos devuelva el importe.\n\n"
        "Un cordial saludo,\nAdministración\nBufete Llorente")],
        "decided", [R("refund", "deny")],
        spec="O1: work_started_at 2025-09-12 before the request -> deny (sessions commenced)")

    proj("Tienda Verde Bio", "hola@tiendaverdebio.es", "2025-08-20T10:00:00")
    opay("OWD-2025-706", "Tienda Verde Bio", "milestone", "25000.00", "2025-09-01T10:00:00", milestone_status="not_started")
    case("o06-hito-no-iniciado", "optima_webdesign", [M("Tienda Verde Bio <hola@tiendaverdebio.es>", "hito 3 - devolución",
        d(2025, 9, 22, 10, 0),
        "Hola chicos,\n\nOs cuento: el hito de la pasarela de pago (factura OWD-2025-706, proyecto Tienda Verde Bio) "
        "lo pagamos por adelantado pero al final vamos a vender solo por Amazon, así que esa parte ya no la necesitamos y "
        "sé que aún no la habéis empezado. ¿Nos devolvéis ese hito?\n\nUn abrazo,\nNerea")],
        "decided", [R("refund", "approve", "25000.00")],
        spec="O3: milestone not_started -> approve its amount 25000.00 (before tax)")

    proj("Constructora Valdivia", "proyectos@constructoravaldivia.cl", "2025-08-01T10:00:00")
    opay("OWD-2025-707", "Constructora Valdivia", "milestone", "40000.00", "2025-09-02T10:00:00", milestone_status="in_progress")
    case("o07-hito-en-curso", "optima_webdesign", [M("Proyectos Constructora Valdivia <proyectos@constructoravaldivia.cl>", "Reembolso hito catálogo",
        d(2025, 9, 23, 11, 0, "cl"),
        "Estimados:\nEl hito del catálogo de obras (OWD-2025-707) del proyecto Constructora Valdivia lleva semanas y no "
        "vemos avances reales; además cambiamos de estrategia comercial. Queremos que nos reembolsen lo que no se ha hecho.\n\n"
        "Saludos,\nIng. Mauricio Peña")],
        "decided", [R("refund", "escalate")],
        spec="O3: milestone in_progress -> escalate (billable value of work not started needs a person)")

    proj("Óptica Visión Clara", "gerencia@opticavisionclara.mx", "2025-07-01T10:00:00")
    opay("OWD-2025-708", "Óptica Visión Clara", "milestone", "18000.00", "2025-08-10T10:00:00", milestone_status="approved")
    case("o08-hito-aprobado", "optima_webdesign", [M("Óptica Visión Clara <gerencia@opticavisionclara.mx>", "devolución del diseño",
        d(2025, 9, 25, 9, 0, "mx"),
        "Hola, aprobamos el diseño de la home en agosto (factura OWD-2025-708, proyecto Óptica Visión Clara) pero ahora "
        "al dueño ya no le gusta como quedó. Queremos que nos devuelvan ese pago.\n\nGracias\nGerencia")],
        "decided", [R("refund", "deny")],
        spec="O3/O6: milestone approved -> deny (approved milestones non-refundable)")

    proj("Inmobiliaria Costa Brava", "admin@inmocostabrava.es", "2025-03-01T10:00:00")
    opay("OWD-2025-709", "Inmobiliaria Costa Brava", "retainer", "15000.00", "2025-09-05T10:00:00",
         next_billing_at="2025-10-05", period_start="2025-09-05", period_end="2025-10-04")
    case("o09-retainer-aviso-ok", "optima_webdesign", [M("Inmobiliaria Costa Brava <admin@inmocostabrava.es>", "Baja del mantenimiento mensual",
        d(2025, 9, 20, 10, 0),
        "Hola,\n\nOs escribimos para dar de baja el retainer mensual de Inmobiliaria Costa Brava (última factura "
        "OWD-2025-709). El motivo es que hemos contratado a una persona en plantilla que llevará la web. No queremos "
        "ninguna devolución, solo que no se renueve.\n\nSaludos,\nJordi Puig")],
        "decided", [R("cancellation", "cancel", eff="2025-10-04")],
        spec="O4/O8: next_billing_at 2025-10-05; request 2025-09-20 <= 2025-09-28 (7 days before) -> cancel, effective the day before 2025-10-04")

    proj("Restaurante El Fogón", "dueno@elfogon.com.co", "2025-02-01T10:00:00")
    opay("OWD-2025-710", "Restaurante El Fogón", "retainer", "15000.00", "2025-09-03T10:00:00",
         next_billing_at="2025-10-03", period_start="2025-09-03", period_end="2025-10-02")
    case("o10-retainer-aviso-corto", "optima_webdesign", [M("Restaurante El Fogón <dueno@elfogon.com.co>", "cancelar plan mensual",
        d(2025, 9, 29, 9, 0, "co"),
        "Buenas, quiero cancelar el plan mensual de soporte del Restaurante El Fogón (factura OWD-2025-710) porque "
        "vamos a cerrar el local a fin de año y no tiene sentido seguir pagando.\n\nGracias,\nDon Ramiro")],
        "decided", [R("cancellation", "cancel", eff="2025-11-02")],
        spec="O4: next_billing_at 2025-10-03, cut-off 2025-09-26; request 2025-09-29 19:30 IST is later -> next cycle billed, effective last day of next cycle 2025-11-02")

    proj("Clínica Veterinaria Patitas", "contacto@vetpatitas.es", "2025-01-01T10:00:00")
    opay("OWD-2025-711", "Clínica Veterinaria Patitas", "hosting_annual", "12000.00", "2025-09-15T10:00:00",
         setup_fee="1200.00", service_start="2025-09-15")
    case("o11-hosting-14dias", "optima_webdesign", [M("Clínica Veterinaria Patitas <contacto@vetpatitas.es>", "Cancelación hosting anual y reembolso",
        d(2025, 9, 24, 12, 0),
        "Hola, buenos días:\n\nContratamos el hosting anual para la web de Clínica Veterinaria Patitas (factura "
        "OWD-2025-711) el día 15, pero el grupo veterinario que nos ha comprado ya tiene su propio servidor y nos "
        "obliga a migrar. Queremos cancelar el hosting y que nos devolváis la parte proporcional.\n\nUn saludo,\nDra. Elena Martín")],
        "decided", [R("refund", "approve", "9900.00")], extra_ok=True,
        spec="O5: start 2025-09-15, request 2025-09-24 = day 9 <= 14; monthly_value = (12000-1200)/12 = 900; consumed 1; refund = 12000 - 1200 - 900 = 9900.00")

    proj("Colegio San Ignacio", "sistemas@colegiosanignacio.mx", "2025-01-01T10:00:00")
    opay("OWD-2025-712", "Colegio San Ignacio", "maintenance_annual", "24000.00", "2025-08-20T10:00:00",
         setup_fee="2400.00", service_start="2025-08-25")
    case("o12-mantenimiento-fuera", "optima_webdesign", [M("Sistemas Colegio San Ignacio <sistemas@colegiosanignacio.mx>", "reembolso mantenimiento anual",
        d(2025, 9, 22, 10, 0, "mx"),
        "Buen día, solicitamos cancelar el mantenimiento anual del sitio del Colegio San Ignacio (OWD-2025-712) y el "
        "reembolso proporcional, ya que la nueva administración del colegio decidió llevarlo internamente.\n\nIng. Raúl Campos")],
        "decided", [R("refund", "deny")], extra_ok=True,
        spec="O5: service_start 2025-08-25, request 2025-09-22 = 28 days > 14 -> deny")

    proj("Moda Lucía", "tienda@modalucia.co", "2025-06-01T10:00:00")
    opay("OWD-2025-713", "Moda Lucía", "third_party", "1800.00", "2025-09-20T10:00:00")
    case("o13-dominio", "optima_webdesign", [M("Moda Lucía <tienda@modalucia.co>", "devolución dominio",
        d(2025, 9, 22, 9, 0, "co"),
        "Hola, nos renovaron el dominio modalucia.co (factura OWD-2025-713, proyecto Moda Lucía) pero lo vamos a "
        "dejar vencer porque cambiamos de marca. ¿Nos pueden hacer la devolución?\n\nLucía")],
        "decided", [R("refund", "deny")],
        spec="O6: third_party (domain) never refundable -> deny")

    proj("Eventos Lumbre", "produccion@eventoslumbre.es", "2025-09-01T10:00:00")
    opay("OWD-2025-714", "Eventos Lumbre", "rush", "8000.00", "2025-09-18T10:00:00")
    case("o14-urgencia", "optima_webdesign", [M("Eventos Lumbre <produccion@eventoslumbre.es>", "RE: cargo por urgencia",
        d(2025, 9, 23, 18, 0),
        "Hola de nuevo,\n\nEl recargo por entrega urgente (OWD-2025-714, proyecto Eventos Lumbre) no tiene sentido "
        "porque al final el evento se aplazó a noviembre y no necesitábamos la web tan rápido. Pedimos que se nos reembolse.\n\nSaludos\nProducción")],
        "decided", [R("refund", "deny")],
        spec="O6: rush fee never refundable -> deny")

    proj("Distribuidora Pacífico", "finanzas@distpacifico.cl", None)
    opay("OWD-2025-715", "Distribuidora Pacífico", "deposit", "25000.00", "2025-09-28T10:00:00")
    case("o15-abogado", "optima_webdesign", [M("Finanzas Distribuidora Pacífico <finanzas@distpacifico.cl>", "Reembolso anticipo - aviso",
        d(2025, 9, 29, 9, 0, "cl"),
        "Señores Optima WebDesign:\n\nPor la presente solicitamos la devolución del anticipo del proyecto Distribuidora "
        "Pacífico (OWD-2025-715), pues firmamos con otra agencia. De no recibir respuesta, nuestro abogado iniciará las "
        "acciones legales que correspondan y haremos la denuncia en el SERNAC.\n\nGonzalo Vera\nJefe de Finanzas")],
        "decided", [R("refund", "escalate")], rules=["C4"],
        spec="C4: lawyer and consumer authority (SERNAC) -> escalate, even though O2 would approve (request 1 day after payment)")

    proj("Fundación Manos Unidas MX", "donativos@manosunidas.org.mx", None)
    opay("OWD-2025-716", "Fundación Manos Unidas MX", "deposit", "10000.00", "2025-09-25T10:00:00")
    case("o16-c2-remitente", "optima_webdesign", [M("Ana Karen Ruiz <anakaren.ruiz@gmail.com>", "reembolso del depósito",
        d(2025, 9, 26, 8, 0, "mx"),
        "Hola, soy voluntaria de la Fundación Manos Unidas MX. Nos pidieron tramitar el reembolso del depósito "
        "(OWD-2025-716) porque el consejo no aprobó el presupuesto de la web. El correo del contrato es "
        "donativos@manosunidas.org.mx pero lo maneja otra persona.\n\nAna Karen")],
        "need_info", [], rules=["C2"],
        spec="C2 (explicit for Optima): request not from the contract email -> need_info asking to write from it")

    proj("Librería El Quijote", "libreria@elquijote.es", None)
    opay("OWD-2025-717", "Librería El Quijote", "deposit", "18000.00", "2025-09-22T10:00:00")
    case("o17-falta-proyecto-factura-hilo", "optima_webdesign", [
        M("Librería El Quijote <libreria@elquijote.es>", "reembolso", d(2025, 9, 23, 9, 0),
          "Buenos días, quería pedir el reembolso de la señal que pagamos ayer, porque mi hermano y yo hemos decidido "
          "traspasar la librería y ya no vamos a hacer la tienda online.\n\nPaco"),
        M("Librería El Quijote <libreria@elquijote.es>", "Re: reembolso", d(2025, 9, 23, 15, 0),
          "Sí, perdonad: el proyecto es Librería El Quijote y la factura OWD 2025 717.\n\nPaco\n\n"
          "> Necesitamos el nombre del proyecto y el número de factura.")],
        "decided", [R("refund", "approve", "18000.00")],
        spec="C3 thread: first mail lacks project_name and invoice_number; answer gives both ('OWD 2025 717' = OWD-2025-717). Request time first mail 2025-09-23 12:30 IST = 26.5 h after payment, no work -> O2 approve 18000.00")

    proj("Gimnasio Fuerza Total", "admin@fuerzatotal.com.co", "2025-04-01T10:00:00")
    opay("OWD-2025-718", "Gimnasio Fuerza Total", "retainer", "12000.00", "2025-09-10T10:00:00",
         next_billing_at="2025-10-10", period_start="2025-09-10", period_end="2025-10-09")
    case("o18-baja-sin-motivo", "optima_webdesign", [M("Gimnasio Fuerza Total <admin@fuerzatotal.com.co>", "Cancelación",
        d(2025, 9, 18, 10, 0, "co"),
        "Buenas tardes, favor cancelar el retainer mensual del proyecto Gimnasio Fuerza Total, factura OWD-2025-718.\n\n"
        "Cordialmente,\nAdministración\nGimnasio Fuerza Total\nCalle 45 # 12-30, Cali")],
        "need_info", [], missing=["reason"],
        spec="Section 8: Optima requires a reason for cancellations too; the mail gives none (signature is not a reason) -> need_info reason")

    proj("Estudio Jurídico Bravo", "contacto@juridicobravo.cl", "2025-05-01T10:00:00")
    opay("OWD-2025-719", "Estudio Jurídico Bravo", "retainer", "20000.00", "2025-09-01T10:00:00",
         next_billing_at="2025-10-01", period_start="2025-09-01", period_end="2025-09-30")
    opay("OWD-2025-720", "Estudio Jurídico Bravo", "retainer", "20000.00", "2025-09-12T10:00:00",
         next_billing_at="2025-11-01", period_start="2025-10-01", period_end="2025-10-31")
    case("o19-retainer-adelantado", "optima_webdesign", [M("Estudio Jurídico Bravo <contacto@juridicobravo.cl>", "término de servicio mensual",
        d(2025, 9, 15, 10, 0, "cl"),
        "Estimados,\n\nQueremos terminar el servicio mensual de la web del Estudio Jurídico Bravo (facturas OWD-2025-719 "
        "y OWD-2025-720; la segunda la pagamos por adelantado para octubre). El motivo es que el estudio se fusiona "
        "con otro y se usará su sitio.\n\nAtte.\nCristóbal Bravo")],
        "decided", [R("cancellation", "escalate")], extra_ok=True,
        spec="Section 8 Retainer paid in advance: next cycle (October) already paid and notice >= 7 days (2025-09-15 vs next billing 2025-10-01) -> escalate")

    proj("Tacos Don Chuy", "donchuy@tacosdonchuy.mx", None)
    opay("OWD-2025-721", "Tacos Don Chuy", "deposit", "9000.00", "2025-09-26T10:00:00", status="refunded")
    case("o20-pago-reembolsado", "optima_webdesign", [M("Tacos Don Chuy <donchuy@tacosdonchuy.mx>", "mi reembolso del anticipo??",
        d(2025, 9, 27, 9, 0, "mx"),
        "q tal, pague el anticipo de la pagina de Tacos Don Chuy (factura OWD-2025-721) y luego decidi mejor no hacerla "
        "porque no me alcanza este mes. me regresan mi dinero porfa\n\nchuy")],
        "decided", [R("refund", "escalate")],
        spec="Section 8: payment status 'refunded' (not paid) -> a refund of it is escalated")

    case("o21-rebote", "optima_webdesign", [M("Mail Delivery Subsystem <MAILER-DAEMON@correo.example>", "Undelivered Mail Returned to Sender",
        d(2025, 9, 21, 4, 0),
        "No se ha podido entregar el mensaje a los destinatarios siguientes:\n\nfacturas@clientequenoexiste.es\n"
        "Host or domain name not found.")],
        "ignore", [], rules=["C7"],
        spec="C7: MAILER-DAEMON sender (bounce) -> ignore")

    proj("Agroexport Maule", "exportaciones@agromaule.cl", "2025-06-01T10:00:00")
    opay("OWD-2025-722", "Agroexport Maule", "change_request", "6000.00", "2025-09-19T10:00:00")
    case("o22-cambio-fuera-alcance", "optima_webdesign", [M("Agroexport Maule <exportaciones@agromaule.cl>", "RV: cobro de cambios extra",
        d(2025, 9, 24, 16, 0, "cl"),
        "Hola, reenvío el correo de mi gerente.\n\n---------- Forwarded message ---------\nDe: Exportaciones Agromaule "
        "<exportaciones@agromaule.cl>\nDate: mar, 23 sept 2025\n\nSolicito devolución de la factura OWD-2025-722 del proyecto "
        "Agroexport Maule: pagamos por una sección de idiomas adicional que finalmente ya no queremos porque dejamos de exportar a China.")],
        "decided", [R("refund", "deny")],
        spec="Forward from the contract email itself (sender = contract email); O6 change_request never refundable -> deny")

    proj("Peluquería Estilo Propio", "citas@estilopropio.es", "2025-03-01T10:00:00")
    opay("OWD-2025-723", "Peluquería Estilo Propio", "hosting_annual", "9600.00", "2025-09-20T10:00:00",
         setup_fee="0.00", service_start="2025-10-01")
    case("o23-hosting-antes-inicio", "optima_webdesign", [M("Peluquería Estilo Propio <citas@estilopropio.es>", "anular hosting",
        d(2025, 9, 26, 11, 0),
        "Holaa, pagué el hosting anual de Peluquería Estilo Propio (OWD-2025-723) pero al final mi cuñado que es "
        "informático me lo monta gratis jeje, así que quiero anularlo y que me devolváis lo que corresponda. "
        "Besos\nRocío")],
        "decided", [R("refund", "approve", "8800.00")], extra_ok=True,
        spec="O5 + section 8 (before service starts consumed_months = 1): monthly_value = 9600/12 = 800; refund = 9600 - 0 - 800 = 8800.00")

    proj("Cervecería Artesanal Nevado", "info@cervezanevado.co", "2025-05-01T10:00:00")
    opay("OWD-2025-724", "Cervecería Artesanal Nevado", "retainer", "10000.00", "2025-09-15T10:00:00",
         next_billing_at="2025-10-15", period_start="2025-09-15", period_end="2025-10-14")
    case("o24-pregunta-factura", "optima_webdesign", [M("Cervecería Nevado <info@cervezanevado.co>", "factura con NIT",
        d(2025, 9, 25, 10, 0, "co"),
        "Hola, ¿me pueden reenviar la factura OWD-2025-724 del proyecto Cervecería Artesanal Nevado con el NIT de la "
        "empresa? Contabilidad la necesita para el cierre. No es para cancelar nada, estamos muy contentos.\n\nGracias!")],
        "other", [],
        spec="Invoice copy request, no refund or cancellation -> other")

    proj("Seguros Altamira", "marketing@segurosaltamira.mx", "2025-04-01T10:00:00")
    opay("OWD-2025-725", "Seguros Altamira", "retainer", "18000.00", "2025-09-08T10:00:00",
         next_billing_at="2025-10-08", period_start="2025-09-08", period_end="2025-10-07")
    case("o25-retainer-borde-7", "optima_webdesign", [M("Marketing Seguros Altamira <marketing@segurosaltamira.mx>", "Cancelación de servicio - Seguros Altamira",
        d(2025, 9, 30, 12, 0, "mx"),
        "Buenas noches,\n\nMe comunico para solicitar la cancelación del retainer de Seguros Altamira (factura OWD-2025-725); "
        "la aseguradora matriz nos va a integrar en su portal corporativo a partir de octubre, así que ya no requerimos el servicio.\n\n"
        "Sin otro particular, quedo a sus órdenes.\nMtra. Daniela Ochoa\nCoordinadora de Marketing")],
        "decided", [R("cancellation", "cancel", eff="2025-10-07")],
        spec="O4 edge: next_billing_at 2025-10-08, cut-off 2025-10-01; request 2025-09-30 12:00 -06:00 = 2025-09-30 23:30 IST <= cut-off -> cancel effective 2025-10-07")

    # ---------------- hard cases ----------------
    cust("veronica.lagos@lagosdiseno.cl", "Verónica Lagos", "monthly", "2025-09-24", "2025-10-23")
    lopay("LO-INV-71201", "veronica.lagos@lagosdiseno.cl", "monthly", "1499.00", "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
    lopay("LO-INV-71202", "veronica.lagos@lagosdiseno.cl", "monthly", "1499.00", "2025-09-24T10:02:00", "2025-09-24", "2025-10-23")
    case("h01-largo-motivo-en-medio", "leadsoptima", [M("Verónica Lagos <veronica.lagos@lagosdiseno.cl>", "consulta (larga, perdón)",
        d(2025, 9, 26, 21, 0, "cl"),
        "Hola! Primero que nada felicitarlos porque la plataforma me ha servido harto para ordenar los contactos de la "
        "agencia, de verdad. Les escribo por varias cosas, perdón lo largo. Lo primero es que quería saber si se puede "
        "exportar el embudo a Excel, porque mi contadora me lo pide todos los meses y lo hago a mano. Lo segundo es que "
        "revisando la cuenta corriente me di cuenta de que el 24 me descontaron 2 veces la mensualidad (la LO-INV-71202 es "
        "la que sobra) así que les pido que me devuelvan ese cobro repetido. Y lo tercero, no urgente, si tienen plantillas "
        "para rubro diseño.\n\nMuchas gracias de antemano y que tengan buena semana!!\nVero\n\n--\nVerónica Lagos\nLagos Diseño\nSantiago")],
        "decided", [R("refund", "approve", "1499.00")],
        spec="Reason in the middle of a long mail: duplicate charge 2025-09-24, request 2025-09-27 05:30 IST day 3; L4 approve 1499.00")

    cust("mario.espinosa@espinosaauto.com", "Mario Espinosa", "monthly", "2025-09-15", "2025-10-14")
    lopay("LO-INV-71211", "mario.espinosa@espinosaauto.com", "monthly", "1499.00", "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
    case("h02-corto-sin-motivo", "leadsoptima", [M("Mario Espinosa <mario.espinosa@espinosaauto.com>", "reembolso",
        d(2025, 9, 17, 9, 0, "mx"),
        "Quiero el reembolso de la LO-INV-71211.\n\nMario Espinosa\nEspinosa Automotriz\nTel. 33 1234 5678")],
        "need_info", [], missing=["reason"],
        spec="Section 8: restating the request and a signature are not reasons; plan filled from the ledger, invoice given -> need_info reason (C3)")

    cust("silvia.pastor@pastorconsulting.es", "Silvia Pastor", "quarterly", "2025-09-20", "2025-12-19")
    lopay("LO-INV-71221", "silvia.pastor@pastorconsulting.es", "quarterly", "3999.00", "2025-09-20T10:00:00", "2025-09-20", "2025-12-19")
    case("h03-plan-equivocado", "leadsoptima", [M("Silvia Pastor <silvia.pastor@pastorconsulting.es>", "RE: Vuestra factura LO-INV-71221",
        d(2025, 9, 22, 10, 0),
        "Hola,\n\nOs contesto a la factura: yo me di de alta en el mensual, no en el trimestral, y me habéis cobrado el plan "
        "trimestral (3.999 en vez de 1.499). Solicito que me devolváis el importe cobrado por error.\n\nGracias\nSilvia\n\n"
        "-----Mensaje original-----\nDe: LeadsOptima <billing@leadsoptima.com>\nEnviado el: sábado, 20 de septiembre de 2025 10:00\n"
        "Asunto: Vuestra factura LO-INV-71221\n\nGracias por su pago.")],
        "decided", [R("refund", "escalate")],
        spec="L2 billing_error (charged for the wrong plan); day 2; L5 escalate with the charge found")

    cust("raul.castillo@gmail.com", "Raúl Castillo", "monthly", "2025-09-29", "2025-10-28")
    lopay("LO-INV-71231", "raul.castillo@gmail.com", "monthly", "1499.00", "2025-09-29T10:00:00", "2025-09-29", "2025-10-28")
    case("h04-no-pido-reembolso-acceso", "leadsoptima", [M("Raúl Castillo <raul.castillo@gmail.com>", "no carga el panel",
        d(2025, 9, 30, 8, 0, "co"),
        "Hola, desde ayer el panel no carga, se queda en blanco. No estoy pidiendo reembolso, solo necesito que me lo "
        "arreglen porque tengo campaña esta semana. ¿Me ayudan?\n\nRaúl")],
        "other", [],
        spec="Section 8 negation: 'No estoy pidiendo reembolso' adds no refund intent; a support request -> other")

    cust("mercedes.alvarez@alvarezcatering.es", "Mercedes Álvarez", "annual", "2025-03-01", "2026-02-28")
    case("h05-cancelar-pasado", "leadsoptima", [M("Mercedes Álvarez <mercedes.alvarez@alvarezcatering.es>", "baja",
        d(2025, 9, 21, 20, 0),
        "buenas, kiero cancelar la suscripcion anual q ya no la uso, gracias\nmercedes")],
        "decided", [R("cancellation", "cancel", eff="2026-02-28")],
        spec="L8: cancel, effective current_period_end 2026-02-28; reason not required for LO cancellation (typos)")

    proj("Hostal Río Claro", "reservas@hostalrioclaro.cl", "2025-06-01T10:00:00")
    opay("OWD-2025-730", "Hostal Río Claro", "retainer", "9000.00", "2025-09-02T10:00:00",
         next_billing_at="2025-10-02", period_start="2025-09-02", period_end="2025-10-01")
    case("h06-cancelacion-con-disputa", "optima_webdesign", [M("Hostal Río Claro <reservas@hostalrioclaro.cl>", "Cancelación inmediata",
        d(2025, 9, 19, 10, 0, "cl"),
        "Cancelen el retainer del Hostal Río Claro (OWD-2025-730) desde ya: la web estuvo caída medio agosto y nadie "
        "respondió. Ya le pedí a mi banco que desconozca el cargo de septiembre y si hace falta voy a la justicia.\n\nJ. Fuentes")],
        "decided", [R("cancellation", "escalate")], rules=["C4"],
        spec="Section 8 C4 covers the whole case: disputing the charge with the bank escalates the cancellation too")

    return cases


def main():
    os.makedirs(os.path.join(HERE, "emails"), exist_ok=True)
    build()
    with open(os.path.join(HERE, "ledger.json"), "w", encoding="utf-8") as fh:
        json.dump({"customers": customers, "projects": projects, "payments": payments}, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump({"cases": cases}, fh, ensure_ascii=False, indent=1)
    print(len(cases), "cases")


if __name__ == "__main__":
    main()
