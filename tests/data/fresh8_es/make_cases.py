"""Fresh held-out round 8 generator (QA pass qa8a, written from POLICY_SPEC.md alone).

Stdlib only, deterministic. Writes ledger.json, emails/*.eml and expected.json beside itself.
Licence: MIT (like the project); all text written for this project.
"""
import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

LANG = "es"
HERE = Path(__file__).resolve().parent
IST = timezone(timedelta(hours=5, minutes=30))
LO = "support@leadsoptima.com"
OWD = "optimawebdesigns12@gmail.com"
LOB, OWB = "leadsoptima", "optima_webdesign"

ledger = {"customers": [], "projects": [], "payments": []}
cases = []


def dt(s):
    return datetime.fromisoformat(s).replace(tzinfo=IST)


def cust(email, plan, start=None, end=None, status="active", trial_ends=None, name=None):
    ledger["customers"].append({"brand": LOB, "email": email, "name": name or email.split("@")[0],
                                "plan": plan, "status": status, "trial_ends": trial_ends,
                                "current_period_start": start, "current_period_end": end})


def lopay(pid, inv, email, plan, amount, paid_at, ps, pe, tax="0.00", status="paid"):
    ledger["payments"].append({"brand": LOB, "id": pid, "invoice": inv, "customer_email": email,
                               "kind": "subscription", "plan": plan, "amount": amount, "tax": tax,
                               "currency": "INR", "paid_at": paid_at, "period_start": ps,
                               "period_end": pe, "status": status})


def proj(name, email, started=None):
    ledger["projects"].append({"brand": OWB, "name": name, "contract_email": email,
                               "work_started_at": started})


def owpay(pid, inv, project, kind, amount, paid_at, tax="0.00", **kw):
    rec = {"brand": OWB, "id": pid, "invoice": inv, "project": project, "kind": kind, "amount": amount,
           "tax": tax, "currency": "INR", "paid_at": paid_at, "status": "paid", "setup_fee": None,
           "service_start": None, "next_billing_at": None, "period_start": None, "period_end": None,
           "milestone_status": None}
    rec.update(kw)
    ledger["payments"].append(rec)


def mail(cid, n, frm, to, subj, body, date, html=False, headers=None, parent=None):
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subj
    m["Date"] = format_datetime(dt(date))
    mid = f"<{cid}.{n}.{LANG}@fresh8.example>"
    m["Message-ID"] = mid
    if parent:
        m["In-Reply-To"] = parent
        m["References"] = parent
    for k, v in (headers or {}).items():
        m[k] = v
    if html:
        m.set_content(body, subtype="html")
    else:
        m.set_content(body)
    name = f"emails/{cid}-{n}.eml"
    (HERE / name).write_bytes(m.as_bytes())
    return name, mid


def case(cid, brand, status, rules, decisions, spec, files, missing=None, extra_ok=False, ambiguous=None):
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": files, "brand": brand, "status": status,
         "rules": rules}
    if missing is not None:
        c["missing"] = missing
    c["decisions"] = decisions
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if ambiguous:
        c["ambiguous"] = ambiguous
    cases.append(c)


def one(cid, frm, to, subj, body, date, **kw):
    return [mail(cid, 1, frm, to, subj, body, date, **kw)[0]]


def thread(cid, frm, to, parts):
    files, parent = [], None
    for i, (subj, body, date) in enumerate(parts, 1):
        name, mid = mail(cid, i, frm, to, subj, body, date, parent=parent)
        files.append(name)
        parent = parent or mid
    return files


def R(outcome, amount=None, eff=None):
    d = {"intent": "refund", "outcome": outcome}
    if outcome == "approve":
        d["amount"] = amount
    return d


def C(outcome="cancel", eff=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if eff:
        d["effective_date"] = eff
    return d


# ---- wording (Spanish; written for this project) ----
PEOPLE = {
    "l01": "marta.quiroga@gmail.com", "l02": "jlopez@ferreteriaelclavo.es", "l03": "contabilidad@inmoaltamira.mx",
    "l04": "pablo.ibarra82@hotmail.com", "l05": "gerencia@autoescuelavera.es", "l06": "vale.soto@outlook.com",
    "l07": "nico.bermudez@yahoo.com.ar", "l08": "rrhh@clinicasantelmo.es", "l09": "fer.castilla@gmail.com",
    "l10": "ventas@cerveceriaandina.pe", "l11": "lorena.pinto@estudiopinto.cl", "l12": "admin@gimnasioforja.es",
    "l13": "marketing@hotelcostabrava.es", "l13g": "anabel.rius.83@gmail.com",
    "l14": "direccion@academiatecla.es", "l14g": "becario.tecla@gmail.com",
    "l15": "oscar.medina@transportesmedina.es", "l16": "info@viverolosrosales.es", "l17": "mercedes.gil@seguroscid.es",
    "l18": "tomas.rey@gmail.com", "l19": "hola@pasteleriadulcemar.es", "l20": "ramiro.acuna@live.com.ar",
    "l21": "cobros@opticanorte.co", "l22": "ines.prado@consultoraprado.es", "l23": "julian.ferrer@protonmail.com",
    "l24": "beatriz.lago@gmail.com", "l25": "boletin@camaracomercio-demo.es",
    "o01": "lucia@restaurantelaola.es", "o01p": "La Ola Web",
    "o02": "pedidos@zapateriacampos.es", "o02p": "Zapatería Campos Tienda Online",
    "o03": "dr.salinas@dentalsalinas.mx", "o03p": "Clínica Dental Salinas",
    "o04": "alba@albanavarro.design", "o04p": "Marca Alba Navarro",
    "o05": "socios@bufeteherreraylopez.es", "o05p": "Herrera y López Abogados",
    "o06": "compras@mueblesolmo.es", "o06p": "Muebles Olmo Catálogo",
    "o07": "ti@colegiosanfermin.es", "o07p": "Portal Colegio San Fermín",
    "o08": "gabriel@surfschoolzarautz.com", "o08p": "Zarautz Surf School",
    "o09": "marketing@bodegasvalcarce.es", "o09p": "Bodegas Valcarce Mantenimiento SEO",
    "o10": "admin@yogaluz.cl", "o10p": "Yoga Luz Retainer",
    "o11": "carmen@floristeriajazmin.es", "o11p": "Floristería Jazmín",
    "o12": "soporte@talleresgaliano.es", "o12p": "Talleres Galiano",
    "o13": "hector@hectorfotografia.mx", "o13p": "Héctor Fotografía Portfolio",
    "o14": "direccion@inmobiliariaelpuerto.es", "o14p": "Inmobiliaria El Puerto", "o14g": "sergio.puerto.personal@gmail.com",
    "o15": "marketing@libreriaelfaro.es", "o15p": "Librería El Faro Blog",
    "o16": "gerente@hostalmirador.es", "o16p": "Hostal Mirador Reservas",
    "o17": "eva@evamolinacoaching.com", "o17p": "Eva Molina Coaching",
    "o18": "jefe@panaderiatrigal.es", "o18p": "Panadería Trigal",
}

TEXTS = {
    "l01": ("Cobro duplicado en septiembre",
            "Hola, buenos días:\n\nRevisando el extracto del banco veo que el 20 de septiembre me cobraron DOS veces la "
            "cuota mensual (1.499,00 € + IVA cada una, con un minuto de diferencia). Solo tengo una cuenta y un plan mensual.\n"
            "La factura del segundo cargo es la LO-INV-8102.\n\nOs agradecería que me devolvierais el cargo repetido.\n\n"
            "Un saludo,\nMarta Quiroga\nEnviado desde mi iPhone"),
    "l02": ("cargo doble plan trimestral",
            "buenas noches\n\nme habeis cobrado el trimestral dos veces el 10/09, tengo los dos movimientos en la tarjeta. "
            "factura del repetido: LO INV 8104. Pido la devolucion del duplicado por favor\n\n"
            "Jose Luis Lopez\nFerreteria El Clavo - Calle Mayor 12, Alcala"),
    "l03": ("Doble cargo anualidad",
            "Estimados,\n\nLes escribo porque el pasado 1 de septiembre se realizaron dos cargos idénticos de la anualidad "
            "(11.988) a nuestra cuenta. Entendemos que es un pago duplicado. Factura LO-INV-8106. Solicitamos el reembolso.\n\n"
            "Atentamente,\nDepartamento de Contabilidad\nInmobiliaria Altamira S.A. de C.V.\n\n"
            "AVISO DE CONFIDENCIALIDAD: Este mensaje es para uso exclusivo del destinatario."),
    "l04": ("devolucion",
            "Hola que tal. La verdad es que me he arrepentido, contrate el plan mensual el jueves pero ya no lo voy a usar, "
            "he cambiado de idea. Me devolveis el dinero? factura LO-INV-8107.\nGracias\nPablo"),
    "l05": ("Me cobraron el plan equivocado",
            "Buenos días,\n\nTenemos contratado el plan mensual desde hace meses y el 24/09 nos han cargado el plan ANUAL "
            "(factura LO-INV-8108). Nosotros no hemos cambiado nada. Es un error de facturación, solicitamos que lo revisen "
            "y nos reembolsen el importe.\n\nSaludos cordiales,\nMaría José Vera\nGerencia - Autoescuela Vera"),
    "l06": ("No puedo acceder a la plataforma - reembolso",
            "Hola:\n\nDesde el lunes no puedo iniciar sesión, la plataforma se queda cargando y luego sale un error 500. "
            "He probado en Chrome y en Firefox y desde el móvil. Pagué el trimestral el 22 (LO-INV-8109) y no he podido "
            "usarlo. Si no lo pueden arreglar quiero que me devuelvan el pago.\n\nValentina Soto"),
    "l07": ("reembolso prueba",
            "Hola, estoy en el periodo de prueba gratis y no me termina de convencer. Quiero que me reembolsen lo que pagué "
            "porque no me sirve la herramienta para mi negocio.\n\nSaludos, Nicolás Bermúdez"),
    "l08": ("Baja de la suscripción",
            "Buenas tardes,\n\nPor la presente solicitamos la cancelación de nuestra suscripción trimestral a LeadsOptima. "
            "Hemos decidido centralizar el reclutamiento en otra herramienta.\n\nQuedo a la espera de confirmación.\n\n"
            "Un cordial saludo,\nAinhoa Echeverría\nResponsable de RRHH - Clínica San Telmo"),
    "l09": ("cancelar",
            "Hola! quiero cancelar mi plan mensual, me cambio de sector y no lo voy a necesitar mas. Gracias!!\n\nFer"),
    "l10": ("Dar de baja el plan anual (sin reembolso)",
            "Estimado equipo:\n\nNo quiero reembolso ni nada parecido, sé que el plan anual no se devuelve. Solo quiero "
            "cancelar la renovación automática para que no se vuelva a cobrar el próximo año, porque vamos a cerrar la "
            "tienda online.\n\nGracias,\nRodrigo Paredes\nCervecería Andina"),
    "l11": ("Consulta antes de seguir",
            "Hola, una pregunta: si al final la integración con nuestro CRM no funciona bien, ¿podría pedir que me "
            "devuelvan el dinero? Es para saber antes de pasar mas gente del equipo a la plataforma.\n\nSaludos,\nLorena Pinto"),
    "l12": ("Como exportar leads",
            "Buenas,\n¿Cómo puedo exportar los leads de una campaña a un CSV? No encuentro la opción en el panel. "
            "Tambien queria saber si se puede programar el envio de los whatsapp.\n\nGracias\nAdministración Gimnasio Forja"),
    "l13": ("Cobro doble",
            "Hola,\n\nos escribo desde mi correo personal porque no tengo acceso al del hotel ahora mismo. "
            "Mi email registrado es marketing@hotelcostabrava.es. Nos habéis cobrado dos veces la mensualidad el 21 de "
            "septiembre (factura LO-INV-8116). ¿Me podéis decir los importes y devolver el duplicado?\n\nAnabel Rius"),
    "l14": ("RV: Cancelación cuenta LeadsOptima",
            "Os reenvío el correo de mi jefa.\n\n"
            "________________________________\n"
            "De: Dirección Academia Tecla <direccion@academiatecla.es>\n"
            "Enviado: martes, 23 de septiembre de 2025 18:02\n"
            "Para: Becario Tecla <becario.tecla@gmail.com>\n"
            "Asunto: Cancelación cuenta LeadsOptima\n\n"
            "Hola Dani, escribe a LeadsOptima y pide que cancelen nuestra cuenta (la registrada con "
            "direccion@academiatecla.es, plan trimestral). No vamos a renovar porque el curso que viene no hacemos captación online.\n\nGracias, Pilar"),
    "l15": ("Me han cobrado dos veces!!! ",
            "Buenos días,\n\nEl 26/09 me cobraron dos veces 2.499 (facturas LO-INV-8118 y LO-INV-8119). Quiero la "
            "devolución del duplicado YA. Si en 48 horas no lo tengo abro un contracargo con el banco (BBVA) y lo "
            "denuncio como cargo no autorizado.\n\nÓscar Medina\nTransportes Medina e Hijos"),
    "l16": ("Respuesta automática: Re: Su suscripción",
            "Gracias por su mensaje. Estaré fuera de la oficina hasta el 6 de octubre sin acceso al correo. "
            "Para asuntos urgentes contacte con Rosa en el 954 000 000.\n\nVivero Los Rosales"),
    "l17": ("pago repetido", "Hola, me cobraron 2 veces la cuota del mes el domingo 28. Me devolveis uno? "
            "No tengo a mano la factura ahora.\nMercedes Gil", "lo-inv 8121",
            "Hola de nuevo, la factura del segundo cobro es lo-inv 8121.\nGracias\nMercedes\n\n"
            "El lun, 29 sept 2025 a las 10:00, Mercedes Gil escribió:\n> Hola, me cobraron 2 veces la cuota del mes"),
    "l18": ("Cobro despues de cancelar",
            "Hola, cancelé mi plan mensual el 14 de septiembre desde Facturación y aun así el 18 me habéis cobrado 1.499 "
            "(LO-INV-8122). Ya no debería haber más cargos. Por favor devolvedme ese importe.\n\nTomás Rey"),
    "l19": ("Cancelación y reembolso",
            "Buenas tardes. Quiero cancelar el plan mensual y que me devolváis lo de este mes (factura LO-INV-8123) porque "
            "la verdad es que me sale demasiado caro para lo que lo uso.\n\nUn saludo\nDulcemar Pastelería"),
    "l20": ("cobro duplicado",
            "<html><body><div dir=\"ltr\"><p>Hola equipo!!</p><p>me aparecen <b>dos cobros iguales</b> de $1999 el "
            "19/9 en la tarjeta, osea me cobraron dos veces el plan mensual. La factura del segundo es "
            "<i>LO-INV-8125</i>.</p><p>Pido la devolucion del cobro duplicado, gracias</p><p>Ramiro Acuña<br>"
            "Buenos Aires</p></div></body></html>"),
    "l21": ("Tres cargos del mismo mes",
            "Buen día,\n\nEl 22/09 la pasarela nos cobró TRES veces la suscripción mensual de 799 (facturas LO-INV-8126, "
            "LO-INV-8127 y LO-INV-8128). Solicitamos la devolución de los dos cargos duplicados.\n\nCordialmente,\n"
            "Área de Cobros - Óptica Norte\nBogotá"),
    "l22": ("pago duplicado trimestre",
            "Hola, creo que me cobraron dos veces el plan trimestral el 23/09, la factura es la LO-INV-8129. "
            "Me devolveis el cobro de mas?\nInés Prado"),
    "l23": ("Sin acceso desde agosto",
            "Hola,\n\nDesde finales de agosto no puedo entrar a mi cuenta, me da error de contraseña aunque la restablezco. "
            "Pagué el 20 de agosto (LO-INV-8130). Quiero el reembolso de ese mes porque no he podido usar nada.\n\nJulián Ferrer"),
    "l24": ("Solicitud de reembolso LO-INV-8131",
            "Hola,\n\nsolicito el reembolso de la factura LO-INV-8131.\n\nQuedo atenta.\n\nBeatriz Lago\n"
            "--\nBeatriz Lago | Diseño de interiores | Vigo"),
    "l25": ("Boletín de la Cámara: ayudas a la digitalización (septiembre)",
            "Estimado socio:\n\nLe informamos de la nueva convocatoria de ayudas para la digitalización de pymes. "
            "Plazo hasta el 15 de octubre.\n\nPara darse de baja de este boletín, responda con BAJA."),
    "o01": ("Refund Request — La Ola Web / OWD-2025-8101",
            "Hola equipo de Optima:\n\nEl lunes 22 pagamos la reserva (25.000 + IVA) para la web del restaurante, factura "
            "OWD-2025-8101, proyecto La Ola Web. Los socios han decidido aplazar la apertura del segundo local y no vamos a "
            "seguir con la web de momento, así que pedimos la devolución de la reserva. No habéis empezado nada todavía.\n\n"
            "Gracias,\nLucía Ortega\nRestaurante La Ola"),
    "o02": ("Devolución de la señal",
            "Buenas,\n\nQueremos cancelar el proyecto Zapatería Campos Tienda Online y recuperar la señal pagada "
            "(factura OWD-2025-8102). Hemos encontrado una plataforma que ya incluye la tienda y no nos compensa.\n\n"
            "Saludos\nJavier Campos"),
    "o03": ("Reembolso anticipo Clínica Dental Salinas",
            "Buen día,\n\nSolicito el reembolso del anticipo del proyecto Clínica Dental Salinas (factura OWD-2025-8103). "
            "Mi socio no está de acuerdo con el presupuesto y preferimos no continuar.\n\nDr. Ernesto Salinas"),
    "o04": ("Refund Request — Marca Alba Navarro",
            "Hola!\n\nPagué la fase de discovery de branding (OWD-2025-8104) para el proyecto Marca Alba Navarro, pero me "
            "han ofrecido un trabajo a tiempo completo y voy a dejar el estudio en pausa. Todavía no tuvimos ninguna sesión. "
            "¿Me podéis devolver el importe?\n\nUn abrazo,\nAlba"),
    "o05": ("Devolución sesión estrategia",
            "Estimados:\n\nSolicitamos la devolución del importe de la fase de estrategia del proyecto Herrera y López "
            "Abogados, factura OWD-2025-8105. Tras la primera reunión no vemos claro el enfoque propuesto.\n\n"
            "Atentamente,\nDespacho Herrera y López\n\nEste correo y sus adjuntos son confidenciales."),
    "o06": ("Reembolso hito 3 - Muebles Olmo Catálogo",
            "Hola,\n\nPor recorte de presupuesto hemos decidido no hacer el configurador 3D (hito 3 del proyecto Muebles Olmo "
            "Catálogo). Lo pagamos el 10/09, factura OWD-2025-8107, y aún no lo habéis empezado. Pedimos el reembolso de "
            "ese hito; lo demás seguimos adelante.\n\nSaludos,\nDpto. Compras - Muebles Olmo"),
    "o07": ("Devolución hito intranet",
            "Buenas tardes,\n\nSolicitamos la devolución del hito de la intranet del proyecto Portal Colegio San Fermín "
            "(OWD-2025-8108). La dirección ha cambiado y ya no se va a usar la intranet.\n\nDepartamento TI"),
    "o08": ("reembolso hito diseño",
            "hola, queria pedir el reembolso del hito de diseño de Zarautz Surf School, factura OWD-2025-8109. "
            "Al final el diseño no nos convence del todo y preferimos volver a la web antigua.\n\nGabriel"),
    "o09": ("Cancelación del servicio mensual SEO",
            "Buenos días,\n\nOs comunicamos que queremos cancelar el retainer mensual de SEO (proyecto Bodegas Valcarce "
            "Mantenimiento SEO, última factura OWD-2025-8110). Vamos a llevar el posicionamiento con una persona de la "
            "casa a partir de octubre.\n\nUn saludo,\nMarketing Bodegas Valcarce"),
    "o10": ("cancelar retainer Yoga Luz",
            "Hola! Queria cancelar el retainer mensual (Yoga Luz Retainer, factura OWD-2025-8111). Vamos a cerrar el "
            "estudio a fin de año y necesitamos reducir gastos.\nGracias\nCata"),
    "o11": ("Refund Request — Floristería Jazmín / OWD-2025-8112",
            "Hola,\n\nContratamos el hosting anual el día 20 (18.000 € incluido el alta) para Floristería Jazmín, factura "
            "OWD-2025-8112. Nos vamos a integrar en la web de la franquicia, que ya tiene su propio alojamiento, así que "
            "solicitamos la devolución prorrateada que indica vuestra política.\n\nGracias,\nCarmen"),
    "o12": ("Reembolso mantenimiento anual",
            "Hola, solicito el reembolso del mantenimiento anual de Talleres Galiano (OWD-2025-8113) y la baja del "
            "servicio. Hemos contratado a un informático a media jornada que lo llevará él.\n\nSaludos"),
    "o13": ("devolucion dominio",
            "Hola Optima, me cobrasteis la renovación del dominio del portfolio (Héctor Fotografía Portfolio, "
            "OWD-2025-8114) pero ya no lo quiero, me he pasado a otro nombre. Me lo devolveis?\nHéctor"),
    "o14": ("Reembolso reserva Inmobiliaria El Puerto",
            "Hola, soy Sergio, el gerente. Os escribo desde mi correo personal. Pagamos ayer la reserva del proyecto "
            "Inmobiliaria El Puerto (factura OWD-2025-8115) pero el consejo no ha aprobado la inversión y queremos la "
            "devolución. El contrato está a nombre de direccion@inmobiliariaelpuerto.es.\n\nSergio"),
    "o15": ("Cancelación Librería El Faro Blog - OWD-2025-8116",
            "Buenos días:\n\nPor favor, cancelad el servicio mensual del proyecto Librería El Faro Blog (factura "
            "OWD-2025-8116).\n\nQuedo a la espera.\n\nMarta Ruiz\nLibrería El Faro\nTel. 981 000 000"),
    "o16": ("Reclamación hito web reservas",
            "Buenas,\n\nEl sistema de reservas del proyecto Hostal Mirador Reservas (factura OWD-2025-8117) no funciona "
            "como se acordó. Quiero la devolución del hito. Si no me contestáis esta semana pondré una reclamación en la "
            "OMIC y lo llevará mi abogado.\n\nFrancisco, gerente Hostal Mirador"),
    "o17": ("Reembolso hito pendiente - Eva Molina Coaching",
            "Hola equipo,\n\nHe decidido no hacer la tienda de cursos (el último hito del proyecto Eva Molina Coaching), "
            "porque voy a vender los cursos desde una plataforma externa. Lo pagué a mediados de mes. ¿Me devolvéis ese "
            "hito? No encuentro ahora el número de factura.\n\nEva", "OWD 2025/8118",
            "Hola, ya lo encontré: factura OWD 2025/8118.\n\nGracias!\nEva\n\n"
            "El mié, 24 sept 2025 a las 10:00, Eva Molina escribió:\n> He decidido no hacer la tienda de cursos"),
    "o18": ("Fwd: Refund Request — Panadería Trigal / OWD-2025-8119",
            "Ver abajo, lo mandé a la dirección equivocada.\n\n"
            "---------- Forwarded message ---------\n"
            "De: Jefe Panadería Trigal <jefe@panaderiatrigal.es>\n"
            "Date: sáb, 27 sept 2025 a las 19:40\n"
            "Subject: Refund Request — Panadería Trigal / OWD-2025-8119\n"
            "To: <info@optimawebdesign.example>\n\n"
            "Hola, contratamos el hosting anual para Panadería Trigal (factura OWD-2025-8119, empieza el 10 de octubre). "
            "Hemos vendido el negocio y el nuevo dueño ya tiene web, así que pedimos la devolución prorrateada y la "
            "cancelación del hosting.\n\nUn saludo, Andrés"),
}

T = TEXTS
P = PEOPLE


def build():
    (HERE / "emails").mkdir(exist_ok=True)
    for f in (HERE / "emails").glob("*.eml"):
        f.unlink()
    pre = "81" if LANG == "es" else "82"

    def inv(n):
        return f"LO-INV-{pre}{n:02d}"

    def oinv(n):
        return f"OWD-2025-{pre}{n:02d}"

    # ---------------- LeadsOptima ----------------
    e = P["l01"]
    cust(e, "monthly", "2025-09-20", "2025-10-19")
    lopay(f"p{pre}01a", inv(1), e, "monthly", "1499.00", "2025-09-20T10:05:00", "2025-09-20", "2025-10-19", "269.82")
    lopay(f"p{pre}01b", inv(2), e, "monthly", "1499.00", "2025-09-20T10:06:00", "2025-09-20", "2025-10-19", "269.82")
    case("l01-dup-inside", LOB, "decided", [], [R("approve", "1499.00")],
         "section 3 L2 duplicate_payment, L3 charge 2025-09-20 (day 0), request 2025-09-23 = day 3 <= 7; L4 two paid monthly 1499.00 same period -> approve the duplicate's amount 1499.00 before tax (C6)",
         one("l01", e, LO, *T["l01"], "2025-09-23T11:00:00"))

    e = P["l02"]
    cust(e, "quarterly", "2025-09-10", "2025-12-09")
    lopay(f"p{pre}02a", inv(3), e, "quarterly", "3999.00", "2025-09-10T09:00:00", "2025-09-10", "2025-12-09", "719.82")
    lopay(f"p{pre}02b", inv(4), e, "quarterly", "3999.00", "2025-09-10T09:02:00", "2025-09-10", "2025-12-09", "719.82")
    case("l02-dup-day7-edge", LOB, "decided", [], [R("approve", "3999.00")],
         "L3: charge local date 2025-09-10 is day 0, request 2025-09-17 23:30 IST is day 7, 'day 7 is inside'; L4 approve 3999.00",
         one("l02", e, LO, *T["l02"], "2025-09-17T23:30:00"))

    e = P["l03"]
    cust(e, "annual", "2025-09-01", "2026-08-31")
    lopay(f"p{pre}03a", inv(5), e, "annual", "11988.00", "2025-09-01T08:00:00", "2025-09-01", "2026-08-31")
    lopay(f"p{pre}03b", inv(6), e, "annual", "11988.00", "2025-09-01T08:01:00", "2025-09-01", "2026-08-31")
    case("l03-dup-day8", LOB, "decided", [], [R("deny")],
         "L3: charges 2025-09-01 (day 0), request 2025-09-09 = day 8 > 7 -> deny citing the 7-day rule",
         one("l03", e, LO, *T["l03"], "2025-09-09T08:00:00"))

    e = P["l04"]
    cust(e, "monthly", "2025-09-25", "2025-10-24")
    lopay(f"p{pre}04", inv(7), e, "monthly", "999.00", "2025-09-25T12:00:00", "2025-09-25", "2025-10-24", "179.82")
    case("l04-changed-mind", LOB, "decided", [], [R("deny")],
         "L1: reason 'no longer use it / changed mind' is not an L2 exception -> deny, reply offers cancellation (no cancellation asked)",
         one("l04", e, LO, *T["l04"], "2025-09-27T16:20:00"))

    e = P["l05"]
    cust(e, "annual", "2025-09-24", "2026-09-23")
    lopay(f"p{pre}05", inv(8), e, "annual", "11988.00", "2025-09-24T07:30:00", "2025-09-24", "2026-09-23")
    case("l05-wrong-plan", LOB, "decided", [], [R("escalate")],
         "L2 billing_error ('charged for the wrong plan'), request 2025-09-26 = day 2 -> L5 escalate, no amount",
         one("l05", e, LO, *T["l05"], "2025-09-26T10:10:00"))

    e = P["l06"]
    cust(e, "quarterly", "2025-09-22", "2025-12-21")
    lopay(f"p{pre}06", inv(9), e, "quarterly", "3999.00", "2025-09-22T09:00:00", "2025-09-22", "2025-12-21")
    case("l06-no-access", LOB, "decided", [], [R("escalate")],
         "L2 access_failure ('cannot log in'), day 3 inside L3 -> L6 escalate",
         one("l06", e, LO, *T["l06"], "2025-09-25T09:45:00"))

    e = P["l07"]
    cust(e, None, None, None, status="trial", trial_ends="2025-10-06")
    case("l07-trial", LOB, "decided", [], [R("deny")],
         "L7: account on a free trial, no charges in the ledger -> deny, no billing unless they subscribe",
         one("l07", e, LO, *T["l07"], "2025-09-29T18:00:00"),
         ambiguous="a refund needs an invoice number (section 3) and a trial account has none: a bot could ask for it (need_info) before applying L7")

    e = P["l08"]
    cust(e, "quarterly", "2025-09-01", "2025-11-30")
    lopay(f"p{pre}08", inv(10), e, "quarterly", "3999.00", "2025-09-01T10:00:00", "2025-09-01", "2025-11-30")
    case("l08-cancel-quarterly", LOB, "decided", [], [C("cancel", "2025-11-30")],
         "L8: cancel, effective_date = current_period_end 2025-11-30 from the ledger; reason not required for a cancellation",
         one("l08", e, LO, *T["l08"], "2025-09-18T14:00:00"))

    e = P["l09"]
    cust(e, "monthly")
    lopay(f"p{pre}09", inv(11), e, "monthly", "1499.00", "2025-09-15T11:00:00", None, None)
    case("l09-cancel-fallback", LOB, "decided", [], [C("cancel", "2025-10-14")],
         "L8 fallback: no current_period_end; last charge 2025-09-15 + 1 month - 1 day = 2025-10-14",
         one("l09", e, LO, *T["l09"], "2025-09-26T20:00:00"))

    e = P["l10"]
    cust(e, "annual", "2025-03-05", "2026-03-04")
    lopay(f"p{pre}10", inv(12), e, "annual", "11988.00", "2025-03-05T10:00:00", "2025-03-05", "2026-03-04")
    case("l10-negated-refund", LOB, "decided", [], [C("cancel", "2026-03-04")],
         "section 8 negation: 'I do not want a refund' adds no refund intent; L8 cancel until current_period_end 2026-03-04",
         one("l10", e, LO, *T["l10"], "2025-09-22T09:15:00"))

    e = P["l11"]
    cust(e, "monthly", "2025-09-12", "2025-10-11")
    lopay(f"p{pre}11", inv(13), e, "monthly", "1499.00", "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
    case("l11-hypothetical", LOB, "other", [], [],
         "section 8: a hypothetical ('if it does not work, could I get my money back?') is a policy question, no request -> other",
         one("l11", e, LO, *T["l11"], "2025-09-24T12:00:00"))

    e = P["l12"]
    cust(e, "annual", "2025-06-01", "2026-05-31")
    lopay(f"p{pre}12", inv(14), e, "annual", "11988.00", "2025-06-01T10:00:00", "2025-06-01", "2026-05-31")
    case("l12-howto", LOB, "other", [], [],
         "section 1 outcomes: a how-to question, neither refund nor cancellation -> other",
         one("l12", e, LO, *T["l12"], "2025-09-19T15:30:00"))

    e, g = P["l13"], P["l13g"]
    cust(e, "monthly", "2025-09-21", "2025-10-20")
    lopay(f"p{pre}13a", inv(15), e, "monthly", "1499.00", "2025-09-21T10:00:00", "2025-09-21", "2025-10-20")
    lopay(f"p{pre}13b", inv(16), e, "monthly", "1499.00", "2025-09-21T10:01:00", "2025-09-21", "2025-10-20")
    case("l13-other-address", LOB, "need_info", ["C2"], [],
         "C2: written from a personal address, states a different registered email -> need_info asking to write from the registered address, nothing about the account",
         one("l13", g, LO, *T["l13"], "2025-09-23T21:00:00"))

    e, g = P["l14"], P["l14g"]
    cust(e, "quarterly", "2025-08-01", "2025-10-31")
    lopay(f"p{pre}14", inv(17), e, "quarterly", "3999.00", "2025-08-01T10:00:00", "2025-08-01", "2025-10-31")
    case("l14-forward-colleague", LOB, "need_info", ["C2"], [],
         "section 8 forwards: the forwarded cancellation names the registered email, the sender is another address -> C2 need_info",
         one("l14", g, LO, *T["l14"], "2025-09-24T10:30:00"))

    e = P["l15"]
    cust(e, "monthly", "2025-09-26", "2025-10-25")
    lopay(f"p{pre}15a", inv(18), e, "monthly", "2499.00", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
    lopay(f"p{pre}15b", inv(19), e, "monthly", "2499.00", "2025-09-26T10:00:30", "2025-09-26", "2025-10-25")
    case("l15-chargeback", LOB, "decided", ["C4"], [R("escalate")],
         "C4: threat of a chargeback with the bank -> escalate (covers the whole case), even though L4 would approve",
         one("l15", e, LO, *T["l15"], "2025-09-27T08:40:00"))

    e = P["l16"]
    cust(e, "monthly", "2025-09-05", "2025-10-04")
    case("l16-autoreply", LOB, "ignore", ["C7"], [],
         "C7: Auto-Submitted: auto-replied (out-of-office) -> ignore",
         one("l16", e, LO, *T["l16"], "2025-09-25T07:00:00", headers={"Auto-Submitted": "auto-replied"}))

    e = P["l17"]
    cust(e, "monthly", "2025-09-28", "2025-10-27")
    lopay(f"p{pre}17a", inv(20), e, "monthly", "2499.00", "2025-09-28T10:00:00", "2025-09-28", "2025-10-27")
    lopay(f"p{pre}17b", inv(21), e, "monthly", "2499.00", "2025-09-28T10:03:00", "2025-09-28", "2025-10-27")
    t = T["l17"]
    case("l17-thread-invoice", LOB, "decided", [], [R("approve", "2499.00")],
         f"C3: first mail lacks the invoice, answer (In-Reply-To) gives '{t[2]}' = {inv(21)} (section 8 invoice matching), the later charge of the pair; request time = first mail 2025-09-29 (day 1) -> L4 approve 2499.00",
         thread("l17", e, LO, [(t[0], t[1], "2025-09-29T10:00:00"), ("Re: " + t[0], t[3], "2025-09-30T09:00:00")]))

    e = P["l18"]
    cust(e, "monthly", None, None, status="cancelled")
    lopay(f"p{pre}18", inv(22), e, "monthly", "1499.00", "2025-09-18T06:00:00", "2025-09-18", "2025-10-17")
    case("l18-charged-after-cancel", LOB, "decided", [], [R("escalate")],
         "L2 billing_error 'charged after I cancelled' (past event), charge 2025-09-18, request 2025-09-20 day 2 -> L5 escalate",
         one("l18", e, LO, *T["l18"], "2025-09-20T13:00:00"), extra_ok=True)

    e = P["l19"]
    cust(e, "monthly", "2025-09-12", "2025-10-11")
    lopay(f"p{pre}19", inv(23), e, "monthly", "1999.00", "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
    case("l19-refund-and-cancel-expensive", LOB, "decided", [], [R("deny"), C("cancel", "2025-10-11")],
         "L1: 'too expensive' is not an exception -> refund deny; L8 cancel until current_period_end 2025-10-11",
         one("l19", e, LO, *T["l19"], "2025-09-14T19:00:00"))

    e = P["l20"]
    cust(e, "monthly", "2025-09-19", "2025-10-18")
    lopay(f"p{pre}20a", inv(24), e, "monthly", "1999.00", "2025-09-19T10:00:00", "2025-09-19", "2025-10-18", "359.82")
    lopay(f"p{pre}20b", inv(25), e, "monthly", "1999.00", "2025-09-19T10:04:00", "2025-09-19", "2025-10-18", "359.82")
    case("l20-html-dup", LOB, "decided", [], [R("approve", "1999.00")],
         "HTML-only mail; L2 duplicate, request 2025-09-21 day 2; L4 approve 1999.00 before tax",
         one("l20", e, LO, *T["l20"], "2025-09-21T22:10:00", html=True))

    e = P["l21"]
    cust(e, "monthly", "2025-09-22", "2025-10-21")
    for k, mm in ((26, "10:00"), (27, "10:01"), (28, "10:02")):
        lopay(f"p{pre}21_{k}", inv(k), e, "monthly", "799.00", f"2025-09-22T{mm}:00", "2025-09-22", "2025-10-21", "143.82")
    case("l21-three-charges", LOB, "decided", [], [R("approve", "1598.00")],
         "section 8 three identical charges: every charge after the first is a duplicate; both inside L3 (request 2025-09-24 day 2) -> 2 x 799.00 = 1598.00",
         one("l21", e, LO, *T["l21"], "2025-09-24T11:00:00"))

    e = P["l22"]
    cust(e, "quarterly", "2025-09-23", "2025-12-22")
    lopay(f"p{pre}22", inv(29), e, "quarterly", "3999.00", "2025-09-23T10:00:00", "2025-09-23", "2025-12-22")
    case("l22-dup-not-in-ledger", LOB, "decided", [], [R("escalate")],
         "L4: duplicate claimed inside the window but the ledger shows one charge -> escalate",
         one("l22", e, LO, *T["l22"], "2025-09-25T17:00:00"))

    e = P["l23"]
    cust(e, "monthly", "2025-08-20", "2025-09-19")
    lopay(f"p{pre}23", inv(30), e, "monthly", "1499.00", "2025-08-20T10:00:00", "2025-08-20", "2025-09-19")
    case("l23-access-late", LOB, "decided", [], [R("deny")],
         "L3: access_failure but charge 2025-08-20, request 2025-09-05 = day 16 > 7 -> deny",
         one("l23", e, LO, *T["l23"], "2025-09-05T10:00:00"))

    e = P["l24"]
    cust(e, "monthly", "2025-09-24", "2025-10-23")
    lopay(f"p{pre}24", inv(31), e, "monthly", "1499.00", "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
    case("l24-no-reason", LOB, "need_info", [], [],
         "section 8 'what a reason is': only a restatement + signature, no reason -> C3 need_info asking for the reason (registered email = sender, plan from ledger, invoice given)",
         one("l24", e, LO, *T["l24"], "2025-09-26T12:00:00"), missing=["reason"])

    e = P["l25"]
    case("l25-list-newsletter", LOB, "ignore", ["C7"], [],
         "C7: List-Id and Precedence: list (newsletter) -> ignore",
         one("l25", e, LO, *T["l25"], "2025-09-23T06:00:00",
             headers={"List-Id": "<novedades.lista.example>", "Precedence": "list"}))

    # ---------------- Optima WebDesign ----------------
    e, pn = P["o01"], P["o01p"]
    proj(pn, e)
    owpay(f"q{pre}01", oinv(1), pn, "deposit", "25000.00", "2025-09-22T10:00:00", "4500.00")
    case("o01-deposit-48h", OWB, "decided", [], [R("approve", "25000.00")],
         "O2: deposit paid 2025-09-22 10:00, request 2025-09-24 09:30 = 47.5 h < 72 h, no work started -> approve 25000.00 before tax",
         one("o01", e, OWD, *T["o01"], "2025-09-24T09:30:00"))

    e, pn = P["o02"], P["o02p"]
    proj(pn, e)
    owpay(f"q{pre}02", oinv(2), pn, "deposit", "18000.00", "2025-09-15T12:00:00", "3240.00")
    case("o02-deposit-exactly-72h", OWB, "decided", [], [R("deny")],
         "section 8: exactly 72 hours (2025-09-15 12:00 -> 2025-09-18 12:00) is not before 72 h -> deny (O2)",
         one("o02", e, OWD, *T["o02"], "2025-09-18T12:00:00"), extra_ok=True)

    e, pn = P["o03"], P["o03p"]
    proj(pn, e, "2025-09-16T11:00:00")
    owpay(f"q{pre}03", oinv(3), pn, "deposit", "30000.00", "2025-09-15T18:00:00", "5400.00")
    case("o03-deposit-work-started", OWB, "decided", [], [R("deny")],
         "O2: request 2025-09-17 09:00 is < 72 h but work_started_at 2025-09-16 11:00 came first -> deny",
         one("o03", e, OWD, *T["o03"], "2025-09-17T09:00:00"))

    e, pn = P["o04"], P["o04p"]
    proj(pn, e)
    owpay(f"q{pre}04", oinv(4), pn, "discovery", "15000.00", "2025-09-20T10:00:00", "2700.00")
    case("o04-discovery-unstarted", OWB, "decided", [], [R("approve", "15000.00")],
         "O1: discovery, work_started_at empty -> refundable in full 15000.00 before tax",
         one("o04", e, OWD, *T["o04"], "2025-09-23T10:00:00"))

    e, pn = P["o05"], P["o05p"]
    proj(pn, e, "2025-09-12T15:00:00")
    owpay(f"q{pre}05", oinv(5), pn, "discovery", "12000.00", "2025-09-10T10:00:00")
    case("o05-discovery-session-held", OWB, "decided", [], [R("deny")],
         "O1: first session held 2025-09-12 before the request 2025-09-19 -> deny",
         one("o05", e, OWD, *T["o05"], "2025-09-19T10:00:00"))

    e, pn = P["o06"], P["o06p"]
    proj(pn, e, "2025-08-01T10:00:00")
    owpay(f"q{pre}06a", oinv(6), pn, "milestone", "40000.00", "2025-08-01T10:00:00", milestone_status="approved")
    owpay(f"q{pre}06b", oinv(7), pn, "milestone", "35000.00", "2025-09-10T10:00:00", milestone_status="not_started")
    case("o06-milestone-not-started", OWB, "decided", [], [R("approve", "35000.00")],
         f"O3: the invoice named ({oinv(7)}) is a milestone not_started -> approve its amount 35000.00",
         one("o06", e, OWD, *T["o06"], "2025-09-25T11:00:00"))

    e, pn = P["o07"], P["o07p"]
    proj(pn, e, "2025-08-15T10:00:00")
    owpay(f"q{pre}07", oinv(8), pn, "milestone", "28000.00", "2025-09-01T10:00:00", milestone_status="in_progress")
    case("o07-milestone-in-progress", OWB, "decided", [], [R("escalate")],
         "O3: milestone in_progress -> escalate (billable value of work not started is a person's judgement)",
         one("o07", e, OWD, *T["o07"], "2025-09-22T16:00:00"))

    e, pn = P["o08"], P["o08p"]
    proj(pn, e, "2025-07-01T10:00:00")
    owpay(f"q{pre}08", oinv(9), pn, "milestone", "22000.00", "2025-08-20T10:00:00", milestone_status="approved")
    case("o08-milestone-approved", OWB, "decided", [], [R("deny")],
         "O3/O6: milestone approved -> deny, non-refundable items",
         one("o08", e, OWD, *T["o08"], "2025-09-16T10:00:00"))

    e, pn = P["o09"], P["o09p"]
    proj(pn, e, "2025-06-15T10:00:00")
    owpay(f"q{pre}09", oinv(10), pn, "retainer", "20000.00", "2025-09-15T10:00:00",
          period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T00:00:00")
    case("o09-retainer-notice-ok", OWB, "decided", [], [C("cancel", "2025-10-14")],
         "O4/O8: next_billing 2025-10-15, cut-off 2025-10-08; request 2025-09-29 <= cut-off -> cancel, effective the day before next billing 2025-10-14",
         one("o09", e, OWD, *T["o09"], "2025-09-29T10:00:00"))

    e, pn = P["o10"], P["o10p"]
    proj(pn, e, "2025-05-03T10:00:00")
    owpay(f"q{pre}10", oinv(11), pn, "retainer", "15000.00", "2025-09-03T10:00:00",
          period_start="2025-09-03", period_end="2025-10-02", next_billing_at="2025-10-03T00:00:00")
    case("o10-retainer-short-notice", OWB, "decided", [], [C("cancel", "2025-11-02")],
         "O4: next_billing 2025-10-03, cut-off 2025-09-26; request 2025-09-30 is after -> next cycle (2025-10-03..2025-11-02, monthly like the current 09-03..10-02) is billed; effective 2025-11-02",
         one("o10", e, OWD, *T["o10"], "2025-09-30T10:00:00"),
         ambiguous="the next cycle's end is inferred from the current period's monthly length (the ledger has no record of the next cycle)")

    e, pn = P["o11"], P["o11p"]
    proj(pn, e)
    owpay(f"q{pre}11", oinv(12), pn, "hosting_annual", "18000.00", "2025-09-20T10:00:00", "3240.00",
          setup_fee="1800.00", service_start="2025-09-20")
    case("o11-hosting-prorata", OWB, "decided", [], [R("approve", "14850.00")],
         "O5: request 2025-09-26 within 14 days of service_start 2025-09-20; monthly_value = (18000-1800)/12 = 1350.00; refund = 18000 - 1800 - 1350 x 1 = 14850.00",
         one("o11", e, OWD, *T["o11"], "2025-09-26T10:00:00"), extra_ok=True)

    e, pn = P["o12"], P["o12p"]
    proj(pn, e)
    owpay(f"q{pre}12", oinv(13), pn, "maintenance_annual", "24000.00", "2025-08-25T10:00:00",
          setup_fee="0.00", service_start="2025-08-25")
    case("o12-maintenance-late", OWB, "decided", [], [R("deny")],
         "O5: service_start 2025-08-25, request 2025-09-22 = day 28 > 14 -> deny",
         one("o12", e, OWD, *T["o12"], "2025-09-22T10:00:00"), extra_ok=True)

    e, pn = P["o13"], P["o13p"]
    proj(pn, e)
    owpay(f"q{pre}13", oinv(14), pn, "third_party", "1850.00", "2025-09-24T10:00:00")
    case("o13-domain", OWB, "decided", [], [R("deny")],
         "O6: third_party (domain renewal) never refundable -> deny",
         one("o13", e, OWD, *T["o13"], "2025-09-25T10:00:00"))

    e, pn, g = P["o14"], P["o14p"], P["o14g"]
    proj(pn, e)
    owpay(f"q{pre}14", oinv(15), pn, "deposit", "20000.00", "2025-09-28T10:00:00")
    case("o14-not-contract-email", OWB, "need_info", ["C2"], [],
         "C2 (explicit for Optima): request from an address that is not the contract email -> need_info, write from the contracting email",
         one("o14", g, OWD, *T["o14"], "2025-09-29T10:00:00"))

    e, pn = P["o15"], P["o15p"]
    proj(pn, e, "2025-04-01T10:00:00")
    owpay(f"q{pre}15", oinv(16), pn, "retainer", "12000.00", "2025-09-10T10:00:00",
          period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10T00:00:00")
    case("o15-cancel-no-reason", OWB, "need_info", [], [],
         "section 8: Optima requires a reason for cancellations too; project and invoice given, none -> C3 need_info reason",
         one("o15", e, OWD, *T["o15"], "2025-09-24T10:00:00"), missing=["reason"])

    e, pn = P["o16"], P["o16p"]
    proj(pn, e, "2025-09-01T10:00:00")
    owpay(f"q{pre}16", oinv(17), pn, "milestone", "26000.00", "2025-09-05T10:00:00", milestone_status="completed")
    case("o16-consumer-lawyer", OWB, "decided", ["C4"], [R("escalate")],
         "C4: consumer authority / lawyer threat -> escalate",
         one("o16", e, OWD, *T["o16"], "2025-09-23T10:00:00"))

    e, pn = P["o17"], P["o17p"]
    proj(pn, e, "2025-08-01T10:00:00")
    owpay(f"q{pre}17", oinv(18), pn, "milestone", "18000.00", "2025-09-15T10:00:00", milestone_status="not_started")
    t = T["o17"]
    case("o17-thread-invoice", OWB, "decided", [], [R("approve", "18000.00")],
         f"C3: first mail has no invoice; answer gives '{t[2]}' = {oinv(18)}, milestone not_started -> O3 approve 18000.00",
         thread("o17", e, OWD, [(t[0], t[1], "2025-09-24T10:00:00"), ("Re: " + t[0], t[3], "2025-09-25T12:00:00")]))

    e, pn = P["o18"], P["o18p"]
    proj(pn, e)
    owpay(f"q{pre}18", oinv(19), pn, "hosting_annual", "12000.00", "2025-09-25T10:00:00",
          setup_fee="600.00", service_start="2025-10-10")
    case("o18-forward-hosting-before-start", OWB, "decided", [], [R("approve", "10450.00")],
         "section 8 forward read for the request it carries (same contract email); O5 before service start: consumed_months 1; (12000-600)/12 = 950.00; 12000 - 600 - 950 = 10450.00",
         one("o18", e, OWD, *T["o18"], "2025-09-28T10:00:00"), extra_ok=True)

    # ---------------- extra scenarios, different per language ----------------
    if LANG == "es":
        e = "ventas@kioscodigital.com.uy"
        cust(e, "monthly", "2025-09-11", "2025-10-10")
        lopay(f"p{pre}40a", inv(40), e, "monthly", "1499.00", "2025-09-10T20:00:00Z", "2025-09-11", "2025-10-10")
        lopay(f"p{pre}40b", inv(41), e, "monthly", "1499.00", "2025-09-10T20:01:00Z", "2025-09-11", "2025-10-10")
        case("x01-utc-ledger-day7", LOB, "decided", [], [R("approve", "1499.00")],
             "section 8 ledger times with an offset: 2025-09-10T20:00Z = 2025-09-11 01:30 IST (day 0); request 2025-09-18 = day 7, inside L3; L4 approve 1499.00",
             one("x01", e, LO, "double charge / cobro doble",
                 "Hi / Hola,\n\nsorry for my english, escribo en español mejor. Tengo un double charge del plan mensual, "
                 "en sus facturas los dos cargos figuran el 11 de septiembre (acá en Uruguay todavía era el 10 de tarde). Factura del "
                 "segundo: LO-INV-8141. Solicito devolución del cargo duplicado.\n\nSaludos\nDiego Méndez\nKiosco Digital",
                 "2025-09-18T10:00:00"))
        case("x02-mailer-daemon", LOB, "ignore", ["C7"], [],
             "C7: MAILER-DAEMON sender and a delivery-status report -> ignore",
             one("x02", "MAILER-DAEMON@mx1.correo-ejemplo.es", LO, "Mensaje no entregado: Re: Su factura",
                 "No se ha podido entregar el mensaje a los siguientes destinatarios:\n\n    contabilidad@empresa-inexistente.es\n"
                 "    Error: 550 5.1.1 usuario desconocido\n", "2025-09-24T03:12:00",
                 headers={"Auto-Submitted": "auto-replied"}))
        e, pn = "agencia@viajesnubia.es", "Viajes Nubia Landing"
        proj(pn, e, "2025-09-08T10:00:00")
        owpay(f"q{pre}40", oinv(40), pn, "rush", "8000.00", "2025-09-08T10:00:00")
        case("x03-rush-fee", OWB, "decided", [], [R("deny")],
             "O6: kind rush (expedited fee) never refundable -> deny",
             one("x03", e, OWD, "Devolución del suplemento de urgencia",
                 "Hola,\n\nPagamos el suplemento por entrega urgente de la landing (proyecto Viajes Nubia Landing, factura "
                 "OWD-2025-8140) y al final la campaña se retrasó un mes, así que la urgencia no sirvió de nada. "
                 "Pedimos que nos devolváis ese suplemento.\n\nNuria\nViajes Nubia", "2025-09-19T12:00:00"))
        e, pn = "direccion@academiaidiomasrioja.es", "Academia Rioja Mantenimiento"
        proj(pn, e, "2025-03-05T10:00:00")
        owpay(f"q{pre}41", oinv(41), pn, "retainer", "10000.00", "2025-09-05T10:00:00",
              period_start="2025-09-05", period_end="2025-10-04")
        owpay(f"q{pre}42", oinv(42), pn, "retainer", "10000.00", "2025-09-20T10:00:00",
              period_start="2025-10-05", period_end="2025-11-04", next_billing_at="2025-11-05T00:00:00")
        case("x04-retainer-prepaid", OWB, "decided", [], [C("escalate")],
             "section 8 retainer paid in advance: next cycle (2025-10-05..2025-11-04, OWD-2025-8142) already paid and notice >= 7 days -> cancellation escalate",
             one("x04", e, OWD, "Cancelación del mantenimiento mensual",
                 "Buenos días,\n\nQueremos dar de baja el mantenimiento mensual (Academia Rioja Mantenimiento, facturas "
                 "OWD-2025-8141 y OWD-2025-8142; esta última la adelantamos por error). El centro pasa a depender de la "
                 "web del grupo y ya no necesitamos mantenimiento propio.\n\nUn saludo,\nDirección", "2025-09-22T10:00:00"))
        e, g = "compras@libreriaaltamar.es", "leo.altamar@gmail.com"
        cust(e, "monthly", "2025-09-25", "2025-10-24")
        lopay(f"p{pre}43a", inv(43), e, "monthly", "1499.00", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
        lopay(f"p{pre}43b", inv(44), e, "monthly", "1499.00", "2025-09-25T10:02:00", "2025-09-25", "2025-10-24")
        case("x05-reply-to-trick", LOB, "need_info", ["C2"], [],
             "section 8: the sender is the From address; Reply-To (the registered address) never verifies -> C2 need_info",
             one("x05", g, LO, "Cargo doble septiembre",
                 "Hola, me habéis cobrado dos veces la cuota del 25/09 (LO-INV-8144). Devolvedme el duplicado por favor. "
                 "Contestad a la dirección de la librería.\n\nLeo", "2025-09-26T10:00:00",
                 headers={"Reply-To": e}))
        e, pn = "marta@martacasalsnutricion.es", "Marta Casals Nutrición"
        proj(pn, e, "2025-09-30T10:00:00")
        owpay(f"q{pre}45", oinv(45), pn, "discovery", "9000.00", "2025-09-24T10:00:00", "1620.00")
        case("x06-discovery-session-later", OWB, "decided", [], [R("approve", "9000.00")],
             "O1: work_started_at 2025-09-30 is later than the request 2025-09-26 -> nothing started at request time -> approve 9000.00 before tax",
             one("x06", e, OWD, "Refund Request — Marta Casals Nutrición (OWD-2025-8145)",
                 "Hola,\n\nTenemos la primera sesión de discovery agendada para el martes 30, pero por un tema familiar "
                 "tengo que dejar el proyecto web aparcado unos meses. ¿Podéis anular la sesión y devolverme el pago "
                 "(OWD-2025-8145)?\n\nGracias y perdón por las molestias,\nMarta", "2025-09-26T18:00:00"), extra_ok=True)
        e = "sofia.navas@gmail.com"
        cust(e, "quarterly", "2025-09-23", "2025-12-22")
        lopay(f"p{pre}46a", inv(46), e, "quarterly", "3999.00", "2025-09-23T10:00:00", "2025-09-23", "2025-12-22")
        lopay(f"p{pre}46b", inv(47), e, "quarterly", "3999.00", "2025-09-23T10:01:00", "2025-09-23", "2025-12-22",
              status="failed")
        case("x07-dup-one-failed", LOB, "decided", [], [R("escalate")],
             "L4: the second charge (LO-INV-8147) is 'failed', not paid, so no pair of paid charges -> escalate (also section 8: refund of a payment not paid -> escalate)",
             one("x07", e, LO, "dos cargos trimestre",
                 "hola, en la app del banco me salen dos cargos del trimestral del 23/9, el segundo es LO-INV-8147. "
                 "me lo devolveis? gracias\nSofía", "2025-09-24T09:00:00"))
        case("x08-owd-presale-question", OWB, "other", [], [],
             "section 8: a hypothetical before buying ('if I do not like it, would you refund?') is a policy question -> other",
             one("x08", "pedro.ibanez.arq@gmail.com", OWD, "Pregunta antes de contratar hosting",
                 "Buenas tardes,\n\nEstoy pensando en contratar con vosotros el hosting anual para mi estudio de "
                 "arquitectura. Si después de un par de semanas no me convence, ¿me devolveríais el dinero? ¿Cómo "
                 "funciona lo del alta?\n\nGracias,\nPedro Ibáñez", "2025-09-25T17:00:00"))
    else:
        case("y01-own-address", LOB, "ignore", ["C7"], [],
             "C7: mail from the brand's own address (noreply@leadsoptima.com, listed in the brand file) -> ignore",
             one("y01", "noreply@leadsoptima.com", LO, "Seu recibo LeadsOptima - fatura LO-INV-8299",
                 "Olá,\n\nRecebemos o seu pagamento do plano mensal. Obrigado por usar a LeadsOptima.\n\n"
                 "Esta é uma mensagem automática, não responda.", "2025-09-24T06:00:00"))
        e, pn = "contato@cafeteriagraos.com.br", "Cafeteria Grãos App"
        proj(pn, e, "2025-09-15T10:00:00")
        owpay(f"q{pre}40", oinv(40), pn, "setup", "3500.00", "2025-09-15T10:00:00", "630.00")
        case("y02-setup-fee", OWB, "decided", [], [R("deny")],
             "O6: kind setup (activation fee) never refundable -> deny",
             one("y02", e, OWD, "Devolução taxa de ativação",
                 "Olá,\n\nPagamos a taxa de ativação do projeto Cafeteria Grãos App (fatura OWD-2025-8240), mas mudamos de "
                 "ideia sobre o aplicativo porque o iFood já atende a gente. Queremos essa taxa de volta.\n\nAtt,\nBruna",
                 "2025-09-18T11:00:00"))
        e, pn = "marketing@academiaremobr.com.br", "Remo BR Site Institucional"
        proj(pn, e, "2025-07-01T10:00:00")
        owpay(f"q{pre}41", oinv(41), pn, "change_request", "4200.00", "2025-09-20T10:00:00")
        case("y03-change-request", OWB, "decided", [], [R("deny")],
             "O6: kind change_request (outside the original scope) never refundable -> deny",
             one("y03", e, OWD, "Reembolso alteração extra",
                 "Boa tarde,\n\nPedimos aquela alteração extra na página de planos (Remo BR Site Institucional, "
                 "OWD-2025-8241), mas a diretoria desistiu dos planos novos. Gostaríamos do reembolso dessa alteração.\n\n"
                 "Marketing Remo BR", "2025-09-23T15:00:00"))
        e = "nuno.vieira@sapo.pt"
        cust(e, "quarterly")
        lopay(f"p{pre}42", inv(42), e, "quarterly", "3999.00", "2025-07-15T10:00:00", None, None)
        case("y04-cancel-quarterly-fallback", LOB, "decided", [], [C("cancel", "2025-10-14")],
             "L8 fallback: no current_period_end; last charge 2025-07-15 + 3 months - 1 day = 2025-10-14",
             one("y04", e, LO, "Anular subscrição",
                 "Boa tarde,\n\nVenho pedir que anulem a minha subscrição trimestral. A empresa foi adquirida e passamos a "
                 "usar o sistema do grupo.\n\nCom os melhores cumprimentos,\nNuno Vieira", "2025-09-19T14:30:00"))
        e, pn = "contato@barbeariadomestre.com.br", "Barbearia do Mestre Agendamento"
        proj(pn, e)
        owpay(f"q{pre}43", oinv(43), pn, "deposit", "12000.00", "2025-09-29T10:00:00", "2160.00")
        case("y05-plus-tag-address", OWB, "need_info", ["C2"], [],
             "section 8: a +tag makes another address; contato+financeiro@ is not the contract email contato@ -> C2 need_info",
             one("y05", "contato+financeiro@barbeariadomestre.com.br", OWD, "Devolução do sinal - Barbearia do Mestre",
                 "Olá, pagamos ontem o sinal do projeto Barbearia do Mestre Agendamento (OWD-2025-8243), mas o sócio "
                 "decidiu usar um app pronto de agendamento. Pedimos a devolução.\n\nFinanceiro", "2025-09-30T11:00:00"))
        e, pn = "ti@hotelbeiramar.pt", "Hotel Beira-Mar Manutenção"
        proj(pn, e)
        owpay(f"q{pre}44", oinv(44), pn, "maintenance_annual", "9600.00", "2025-09-12T10:00:00", "2208.00",
              setup_fee="0.00", service_start="2025-09-12")
        case("y06-maintenance-day14", OWB, "decided", [], [R("approve", "8800.00")],
             "O5 at the edge: service_start 2025-09-12 (day 0), request 2025-09-26 = day 14, inside; monthly_value 9600/12 = 800.00; refund 9600 - 0 - 800 x 1 = 8800.00",
             one("y06", e, OWD, "Refund Request — Hotel Beira-Mar Manutenção / OWD-2025-8244",
                 "Bom dia,\n\nSolicitamos o cancelamento da manutenção anual (Hotel Beira-Mar Manutenção, fatura "
                 "OWD-2025-8244) e o respetivo reembolso proporcional. O hotel foi integrado numa cadeia que tem equipa "
                 "técnica própria.\n\nCumprimentos,\nDepartamento de TI", "2025-09-26T16:00:00"), extra_ok=True)
        e = "gestao@clinicapatasfelizes.com.br"
        cust(e, "annual", "2025-09-24", "2026-09-23")
        lopay(f"p{pre}45a", inv(45), e, "annual", "11988.00", "2025-09-24T09:00:00", "2025-09-24", "2026-09-23")
        lopay(f"p{pre}45b", inv(46), e, "annual", "11988.00", "2025-09-24T09:00:40", "2025-09-24", "2026-09-23")
        case("y07-applemail-forward-own", LOB, "decided", [], [R("approve", "11988.00")],
             "section 8 forward from the registered address itself, note only ('veja abaixo'); the forwarded text: duplicate annual charge 2025-09-24, request 2025-09-27 day 3 -> L4 approve the duplicate 11988.00",
             one("y07", e, LO, "Fwd: Anuidade cobrada duas vezes",
                 "Veja abaixo.\n\nInício da mensagem encaminhada:\n\n"
                 "De: Gestão Patas Felizes <gestao@clinicapatasfelizes.com.br>\n"
                 "Assunto: Anuidade cobrada duas vezes\n"
                 "Data: 26 de setembro de 2025 às 17:05:11 BRT\n"
                 "Para: financeiro@leadsoptima.example\n\n"
                 "Boa tarde, a anuidade (R$ 11.988,00) foi cobrada duas vezes no dia 24/09. A fatura da cobrança em "
                 "duplicidade é a LO-INV-8246. Pedimos o estorno da duplicada.\n\nClínica Veterinária Patas Felizes",
                 "2025-09-27T10:00:00"))
        e, pn = "socio@estudiotrilha.com.br", "Estúdio Trilha Portfólio"
        proj(pn, e)
        owpay(f"q{pre}47", oinv(47), pn, "deposit", "16000.00", "2025-09-25T10:00:00")
        case("y08-deposit-dispute-threat", OWB, "decided", ["C4"], [R("escalate")],
             "C4: 'vou contestar no cartão' (payment dispute threat) -> escalate even though O2 would approve (request 2025-09-26, 24 h)",
             one("y08", e, OWD, "Sinal Estúdio Trilha",
                 "Pessoal, pagamos o sinal ontem (Estúdio Trilha Portfólio, OWD-2025-8247) e desistimos do projeto porque "
                 "o cliente principal do estúdio cancelou o contrato. Quero o dinheiro de volta hoje, senão vou contestar "
                 "a compra no cartão.\n\nHugo", "2025-09-26T10:00:00"))

    # ---------------- more language-specific scenarios ----------------
    if LANG == "es":
        e = "rocio.benitez@gmail.com"
        cust(e, "monthly", "2025-09-24", "2025-10-23")
        lopay(f"p{pre}50", inv(50), e, "monthly", "1499.00", "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
        case("x09-forward-note-no-reason", LOB, "need_info", [], [],
             "section 8: a forwarding note ('os lo reenvío, gracias') and a restated request are not reasons -> C3 need_info reason (sender = registered, plan from ledger, invoice given)",
             one("x09", e, LO, "RV: reembolso",
                 "Os lo reenvío porque no he tenido respuesta. Gracias.\n\n"
                 "________________________________\n"
                 "De: Rocío Benítez <rocio.benitez@gmail.com>\n"
                 "Enviado: jueves, 25 de septiembre de 2025 9:14\n"
                 "Para: facturacion@leadsoptima.example\n"
                 "Asunto: reembolso\n\n"
                 "Buenos días, solicito el reembolso de mi pago, factura LO-INV-8150.\n\nRocío",
                 "2025-09-27T12:00:00"))
        e = "estudio@arquitecturaduero.es"
        proj("Duero Arquitectos Web", e, "2025-06-01T10:00:00")
        proj("Duero Arquitectos Blog", e, "2025-07-01T10:00:00")
        owpay(f"q{pre}51", oinv(51), "Duero Arquitectos Web", "retainer", "9000.00", "2025-09-12T10:00:00",
              period_start="2025-09-12", period_end="2025-10-11", next_billing_at="2025-10-12T00:00:00")
        owpay(f"q{pre}52", oinv(52), "Duero Arquitectos Blog", "retainer", "5000.00", "2025-09-12T10:00:00",
              period_start="2025-09-12", period_end="2025-10-11", next_billing_at="2025-10-12T00:00:00")
        case("x10-owd-missing-project-invoice", OWB, "need_info", [], [],
             "C3: Optima requires project name and invoice; the contract email has two projects, neither named nor any invoice -> need_info project_name + invoice_number",
             one("x10", e, OWD, "Baja servicio mensual",
                 "Hola,\n\nQueremos dar de baja uno de los servicios mensuales que tenemos con vosotros, porque el "
                 "estudio se fusiona con otro y vamos a usar su web.\n\nSaludos,\nEstudio Duero", "2025-09-23T10:00:00"),
             missing=["project_name", "invoice_number"])
        e = "admin@escuelanauticabrisa.es"
        cust(e, "annual", "2025-05-10", "2026-05-09")
        lopay(f"p{pre}53", inv(53), e, "annual", "11988.00", "2025-05-10T10:00:00", "2025-05-10", "2026-05-09", "2157.84")
        case("x11-negated-question", LOB, "other", [], [],
             "section 8 negation: 'no pido devolución ni quiero cancelar' plus an invoice question -> no request -> other",
             one("x11", e, LO, "Duda factura anual",
                 "Hola, no pido devolución ni quiero cancelar nada, tranquilos 🙂. Solo necesito saber por qué la "
                 "factura LO-INV-8153 lleva IVA si somos una empresa de Canarias. ¿Me la podéis rehacer con IGIC?\n\n"
                 "Gracias,\nAdministración Escuela Náutica Brisa", "2025-09-22T11:00:00"))
        e = "hola@cafeterialatetera.es"
        cust(e, "quarterly", "2025-09-26", "2025-12-25")
        lopay(f"p{pre}54a", inv(54), e, "quarterly", "3999.00", "2025-09-26T10:00:00", "2025-09-26", "2025-12-25")
        lopay(f"p{pre}54b", inv(55), e, "quarterly", "3999.00", "2025-09-26T10:05:00", "2025-09-26", "2025-12-25")
        case("x12-dup-and-cancel", LOB, "decided", [], [R("approve", "3999.00"), C("cancel", "2025-12-25")],
             "both intents: L4 duplicate quarterly 3999.00 charged 2025-09-26, request 2025-09-28 day 2 -> approve 3999.00; L8 cancel until current_period_end 2025-12-25",
             one("x12", e, LO, "cobro doble y baja",
                 "Hola:\n1) el 26/09 nos cobrasteis dos veces el trimestre, el repetido es LO-INV-8155, devolvedlo porfa.\n"
                 "2) ademas queremos darnos de baja, no vamos a renovar porque cerramos en invierno.\n\n"
                 "La Tetera", "2025-09-28T19:00:00"))
    else:
        e = "atendimento@imobiliariaipanema.com.br"
        proj("Ipanema Imóveis Portal", e, "2025-06-01T10:00:00")
        proj("Ipanema Imóveis Landing", e, "2025-07-01T10:00:00")
        owpay(f"q{pre}51", oinv(51), "Ipanema Imóveis Portal", "milestone", "21000.00", "2025-09-12T10:00:00",
              milestone_status="not_started")
        owpay(f"q{pre}52", oinv(52), "Ipanema Imóveis Landing", "milestone", "7000.00", "2025-09-12T10:00:00",
              milestone_status="not_started")
        case("y09-owd-missing-project-invoice", OWB, "need_info", [], [],
             "C3: two projects under this contract email, neither named nor any invoice -> need_info project_name + invoice_number",
             one("y09", e, OWD, "Reembolso de etapa",
                 "Olá, queremos o reembolso da etapa que pagamos dia 12, porque a diretoria congelou o orçamento de "
                 "marketing até janeiro.\n\nAtendimento Ipanema Imóveis", "2025-09-23T10:00:00"),
             missing=["project_name", "invoice_number"])
        e = "vera.lucia.dantas@gmail.com"
        cust(e, "monthly", "2025-09-24", "2025-10-23")
        lopay(f"p{pre}53", inv(53), e, "monthly", "1499.00", "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
        case("y10-forward-note-no-reason", LOB, "need_info", [], [],
             "section 8: forwarding note ('segue abaixo, att') and a restated request are not reasons -> C3 need_info reason",
             one("y10", e, LO, "Fwd: reembolso",
                 "Segue abaixo, fico no aguardo. Att\n\n"
                 "---------- Forwarded message ---------\n"
                 "De: Vera Lúcia Dantas <vera.lucia.dantas@gmail.com>\n"
                 "Date: qui., 25 de set. de 2025 às 09:14\n"
                 "Subject: reembolso\n"
                 "To: <cobranca@leadsoptima.example>\n\n"
                 "Bom dia, solicito o reembolso do meu pagamento, fatura LO-INV-8253.\n\nVera",
                 "2025-09-27T12:00:00"))
        e = "contato@lojaverdemusgo.com.br"
        cust(e, "quarterly", "2025-08-20", "2025-11-19")
        lopay(f"p{pre}54", inv(54), e, "quarterly", "3999.00", "2025-08-20T10:00:00", "2025-08-20", "2025-11-19")
        case("y11-plan-change-not-cancel", LOB, "other", [], [],
             "section 8 negation: 'não quero cancelar nem reembolso', asks to move to the annual plan -> neither refund nor cancellation -> other",
             one("y11", e, LO, "Mudar para plano anual",
                 "Oi! Não quero cancelar nem pedir reembolso não, tá? Estamos gostando muito. Só queria saber como passo do "
                 "trimestral para o anual e se tem desconto.\n\nBjs, Equipe Verde Musgo", "2025-09-22T11:00:00"))
        e, pn = "ti@pousadacanoa.com.br", "Pousada Canoa Hospedagem"
        proj(pn, e)
        owpay(f"q{pre}55", oinv(55), pn, "hosting_annual", "14400.00", "2025-09-10T10:00:00",
              setup_fee="1200.00", service_start="2025-09-10")
        case("y12-hosting-day15", OWB, "decided", [], [R("deny")],
             "O5: service_start 2025-09-10 (day 0), request 2025-09-25 = day 15 > 14 -> deny",
             one("y12", e, OWD, "Refund Request — Pousada Canoa Hospedagem / OWD-2025-8255",
                 "Olá, pedimos o cancelamento da hospedagem anual da Pousada Canoa (fatura OWD-2025-8255) com o reembolso "
                 "proporcional, pois migramos tudo para o Wix do nosso parceiro de reservas.\n\nTI Pousada Canoa",
                 "2025-09-25T09:00:00"), extra_ok=True)

    (HERE / "ledger.json").write_text(json.dumps(ledger, ensure_ascii=False, indent=1) + "\n")
    (HERE / "expected.json").write_text(json.dumps({"cases": cases}, ensure_ascii=False, indent=1) + "\n")
    print(len(cases), "cases")


if __name__ == "__main__":
    build()
