import json, shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
IST = timezone(timedelta(hours=5, minutes=30))
LO = "LeadsOptima Support <support@leadsoptima.com>"
OWD = "Optima WebDesign <optimawebdesigns12@gmail.com>"
LOB, OWB = "leadsoptima", "optima_webdesign"
M = ("1499.00", "269.82"); Q = ("3999.00", "719.82"); A = ("11988.00", "2157.84")
PLANS = {"monthly": M, "quarterly": Q, "annual": A}
CUSTOMERS, PROJECTS, PAYMENTS, CASES = [], [], [], []


def cust(email, name, plan, start=None, end=None, status="active", trial_ends=None):
    CUSTOMERS.append({"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
                      "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end})


def lopay(pid, inv, email, plan, paid_at, ps=None, pe=None, status="paid"):
    amt, tax = PLANS[plan]
    PAYMENTS.append({"brand": LOB, "id": pid, "invoice": inv, "customer_email": email, "kind": "subscription",
                     "plan": plan, "amount": amt, "tax": tax, "currency": "INR", "paid_at": paid_at,
                     "period_start": ps, "period_end": pe, "status": status})


def proj(name, contract, started=None):
    PROJECTS.append({"brand": OWB, "name": name, "contract_email": contract, "work_started_at": started})


def owpay(pid, inv, project, kind, amount, tax, paid_at, **kw):
    base = {"brand": OWB, "id": pid, "invoice": inv, "project": project, "kind": kind, "amount": amount,
            "tax": tax, "currency": "INR", "paid_at": paid_at, "status": "paid", "setup_fee": None,
            "service_start": None, "next_billing_at": None, "period_start": None, "period_end": None,
            "milestone_status": None}
    base.update(kw)
    PAYMENTS.append(base)


def mail(name, frm, to, subject, ist, off, body=None, html=None, headers=None, reply_to=None, msgid=None,
         irt=None, refs=None):
    """ist: the receive time in Asia/Kolkata ('2025-09-23 14:00'); off: sender's UTC offset in hours."""
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    t = datetime.strptime(ist, "%Y-%m-%d %H:%M").replace(tzinfo=IST)
    m["Date"] = format_datetime(t.astimezone(timezone(timedelta(hours=off))))
    m["Message-ID"] = f"<{msgid or name}@{frm.split('@')[-1].strip('>').strip()}>"
    if irt:
        m["In-Reply-To"] = f"<{irt}>"
        m["References"] = " ".join(f"<{r}>" for r in (refs or [irt]))
    for k, v in (headers or {}).items():
        m[k] = v
    if html and body is None:
        m.set_content(html, subtype="html")
    else:
        m.set_content(body)
        if html:
            m.add_alternative(html, subtype="html")
    path = HERE / "emails" / f"{name}.eml"
    path.write_bytes(m.as_bytes(policy=SMTP))
    return f"emails/{name}.eml", m["Message-ID"].strip("<>")


def case(cid, lang, files, brand, status, decisions=(), rules=(), missing=None, spec="", **kw):
    c = {"id": f"{lang}-{cid}", "lang": lang, "files": files, "brand": brand, "status": status,
         "rules": list(rules), "decisions": list(decisions), "spec": spec}
    if missing is not None:
        c["missing"] = missing
    c.update(kw)
    CASES.append(c)


def D(intent, outcome, amount=None, eff=None):
    d = {"intent": intent, "outcome": outcome, "amount": amount}
    if eff:
        d["effective_date"] = eff
    return d


def start():
    shutil.rmtree(HERE / "emails", ignore_errors=True)
    (HERE / "emails").mkdir()


def finish():
    (HERE / "ledger.json").write_text(json.dumps({"customers": CUSTOMERS, "projects": PROJECTS,
                                                  "payments": PAYMENTS}, indent=1, ensure_ascii=False) + "\n")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, indent=1, ensure_ascii=False) + "\n")
    print(len(CASES), "cases")


# ---------------------------------------------------------------- Spanish cases
L = "es"
ES, MX, AR, CO, CL, PE, VE, UY = 2, -6, -3, -5, -3, -5, -4, -3
DISC = ("\n\n--\nAVISO LEGAL: Este mensaje y sus anexos son confidenciales y para uso exclusivo de su destinatario. "
        "Si usted lo ha recibido por error, notifíquelo al remitente y elimínelo. Antes de imprimir piense en el medio ambiente.")
start()

# ---- LeadsOptima
cust("lucia.perez@telefonica.es", "Lucía Pérez", "annual", "2025-09-20", "2026-09-19")
lopay("es_p1", "LO-INV-70101", "lucia.perez@telefonica.es", "annual", "2025-09-20T10:00:00", "2025-09-20", "2026-09-19")
lopay("es_p2", "LO-INV-70102", "lucia.perez@telefonica.es", "annual", "2025-09-20T10:04:00", "2025-09-20", "2026-09-19")
f, _ = mail("l01-cargo-duplicado-anual", "Lucía Pérez Sanz <lucia.perez@telefonica.es>", LO,
            "Cargo duplicado - plan anual", "2025-09-23 14:00", ES,
            "Buenos días:\n\nLes escribo porque al revisar el extracto de la tarjeta veo que el día 20 me han cobrado "
            "dos veces la suscripción anual (11.988,00 ₹ cada cargo, más impuestos). Las facturas son la LO-INV-70101 "
            "y la LO-INV-70102; la segunda sobra, evidentemente.\n\nLes ruego que me devuelvan el cargo duplicado.\n\n"
            "Un saludo,\nLucía Pérez Sanz\nValencia")
case("l01-cargo-duplicado-anual", L, [f], LOB, "decided", [D("refund", "approve", "11988.00")],
     spec="L2 duplicate_payment, L3 day 3, L4: two paid annual charges same period; refund the duplicate 11988.00 (before tax).")

cust("carlos.mendoza77@gmail.com", "Carlos Mendoza", "monthly", "2025-09-10", "2025-10-09")
lopay("es_p3", "LO-INV-70103", "carlos.mendoza77@gmail.com", "monthly", "2025-09-10T09:00:00", "2025-09-10", "2025-10-09")
lopay("es_p4", "LO-INV-70104", "carlos.mendoza77@gmail.com", "monthly", "2025-09-10T09:01:00", "2025-09-10", "2025-10-09")
f, _ = mail("l02-dictado-dia7", "Carlos Mendoza <carlos.mendoza77@gmail.com>", LO, "cobro doble",
            "2025-09-17 22:00", MX,
            "hola buenos dias oigan me llegaron dos cargos iguales de mil cuatrocientos noventa y nueve en la tarjeta "
            "el mismo dia el 9 en la noche o sea me cobraron doble el plan mensual la factura que sobra es la lo-inv 70104 "
            "me hacen el favor de regresarme ese cobro gracias\n\nEnviado desde mi iPhone")
case("l02-dictado-dia7", L, [f], LOB, "decided", [D("refund", "approve", "1499.00")],
     spec="L3: charge 2025-09-10 IST, request 2025-09-17 22:00 IST = day 7, inside; L4 duplicate pair -> 1499.00; invoice typed 'lo-inv 70104' (section 8).")

cust("ximena.rdz@outlook.com", "Ximena Rodríguez", "monthly", "2025-09-10", "2025-10-09")
lopay("es_p5", "LO-INV-70105", "ximena.rdz@outlook.com", "monthly", "2025-09-10T11:00:00", "2025-09-10", "2025-10-09")
lopay("es_p6", "LO-INV-70106", "ximena.rdz@outlook.com", "monthly", "2025-09-10T11:01:00", "2025-09-10", "2025-10-09")
f, _ = mail("l03-dia8-en-india", "Ximena Rodríguez <ximena.rdz@outlook.com>", LO, "Me cobraron 2 veces!!",
            "2025-09-18 03:00", MX,
            "Buenas tardes, hoy es justo una semana del cobro y acabo de ver que me cobraron 2 veces la mensualidad "
            "(LO-INV-70106 es la repetida). Quiero mi reembolso porfa.\nXimena")
case("l03-dia8-en-india", L, [f], LOB, "decided", [D("refund", "deny")],
     spec="L3: sent 2025-09-17 15:30 Mexico time but received 2025-09-18 03:00 IST = day 8 in the brand's zone (section 1): deny.")

cust("martin.gallardo@fibertel.com.ar", "Martín Gallardo", "quarterly", "2025-09-25", "2025-12-24")
for i, t in ((7, "08:00"), (8, "08:01"), (9, "08:03")):
    lopay(f"es_p{i}", f"LO-INV-7010{i}", "martin.gallardo@fibertel.com.ar", "quarterly", f"2025-09-25T{t}:00",
          "2025-09-25", "2025-12-24")
f, _ = mail("l04-tres-cobros", "Martin Gallardo <martin.gallardo@fibertel.com.ar>", LO,
            "consulta x cobros repetidos", "2025-09-27 19:40", AR,
            "Che, buenas. Les cuento: el miércoles a la noche renové el trimestral, la página se colgó, le di a 'pagar' de nuevo "
            "y despues otra vez porque no me cargaba nada. Resultado: tres débitos de $3.999 cada uno, mismo período. "
            "El primero está bien, los otros dos (LO-INV-70108 y LO-INV-70109) no. Me devuelven esos dos?\n\nAbrazo,\nMartín")
case("l04-tres-cobros", L, [f], LOB, "decided", [D("refund", "approve", "7998.00")],
     spec="Section 8 three identical charges: every charge after the first is a duplicate, both inside L3 (day 2): 2 x 3999.00 = 7998.00.")

cust("andres.ocampo@une.net.co", "Andrés Ocampo", "monthly", "2025-09-22", "2025-10-21")
lopay("es_p10", "LO-INV-70110", "andres.ocampo@une.net.co", "monthly", "2025-09-22T16:20:00", "2025-09-22", "2025-10-21")
f, _ = mail("l05-doble-sin-registro", "Andrés Felipe Ocampo <andres.ocampo@une.net.co>", LO,
            "Doble débito factura LO-INV-70110", "2025-09-24 20:15", CO,
            "Buenos días, qué pena molestarlos. En mi cuenta de ahorros me aparece debitado dos veces el pago de la "
            "factura LO-INV-70110 (plan mensual). Les agradezco si me colaboran con la devolución del pago repetido.\n\n"
            "Quedo atento,\nAndrés Felipe Ocampo\nMedellín")
case("l05-doble-sin-registro", L, [f], LOB, "decided", [D("refund", "escalate")],
     spec="L4: the customer says charged twice, the ledger holds one paid charge only: escalate, no amount.")

cust("valentina.soto.m@gmail.com", "Valentina Soto", "annual", "2025-09-26", "2026-09-25")
lopay("es_p11", "LO-INV-70111", "valentina.soto.m@gmail.com", "annual", "2025-09-26T13:00:00", "2025-09-26", "2026-09-25")
f, _ = mail("l06-plan-equivocado", "Valentina Soto <valentina.soto.m@gmail.com>", LO,
            "Cobro plan equivocado", "2025-09-28 19:00", CL,
            "Hola, buenas. Yo contraté el plan mensual y me cobraron el anual po, $11.988 (factura LO-INV-70111). "
            "Es un cobro por el plan equivocado, no lo autoricé. Necesito que me devuelvan la plata.\n\nSaludos\nVale Soto")
case("l06-plan-equivocado", L, [f], LOB, "decided", [D("refund", "escalate")],
     spec="L2 billing_error (charged for the wrong plan), inside L3 (day 2): L5 escalate with the charge found.")

cust("rosa.quispe.h@hotmail.com", "Rosa Quispe", "quarterly", "2025-09-19", "2025-12-18")
lopay("es_p12", "LO-INV-70112", "rosa.quispe.h@hotmail.com", "quarterly", "2025-09-19T12:00:00", "2025-09-19", "2025-12-18")
f, _ = mail("l07-html-sin-acceso", "Rosa Quispe Huamán <rosa.quispe.h@hotmail.com>", LO, "URGENTE no puedo ingresar",
            "2025-09-23 21:00", PE, html=
            "<html><body><div style='font-family:Calibri'><p>Estimados señores:</p><p>Desde el sábado <b>no puedo "
            "ingresar a la plataforma</b>, me sale la pantalla en blanco y el soporte por chat no me resuelve nada. "
            "He pagado el plan trimestral (factura LO-INV-70112) y no lo puedo usar.</p><p>Solicito la devolución "
            "de mi dinero.</p><p>Atte.<br>Rosa Quispe<br>Arequipa - Perú</p></div></body></html>")
case("l07-html-sin-acceso", L, [f], LOB, "decided", [D("refund", "escalate")],
     spec="HTML-only mail; L2 access_failure inside L3 (day 4): L6 escalate.")

cust("javi.ruiz.bcn@gmail.com", "Javier Ruiz", "monthly", "2025-09-24", "2025-10-23")
lopay("es_p13", "LO-INV-70113", "javi.ruiz.bcn@gmail.com", "monthly", "2025-09-24T08:00:00", "2025-09-24", "2025-10-23")
f, _ = mail("l08-ya-no-lo-necesito", "Javi Ruiz <javi.ruiz.bcn@gmail.com>", LO, "devolución",
            "2025-09-25 12:00", ES,
            "Ya no lo necesito, la empresa ha cerrado el proyecto. Devolvedme la pasta del mes, factura LO-INV-70113, "
            "que no lo he usado ni un día. Plan mensual.")
case("l08-ya-no-lo-necesito", L, [f], LOB, "decided", [D("refund", "deny")],
     spec="L1: not needed any more / unused is not an exception reason: deny, cancellation offered.")

cust("sofi.trevino.mx@gmail.com", "Sofía Treviño", "monthly", status="trial", trial_ends="2025-10-05")
f, _ = mail("l09-prueba-gratis", "Sofía Treviño <sofi.trevino.mx@gmail.com>", LO, "Reembolso prueba",
            "2025-09-26 09:00", MX,
            "Hola! Estoy en la prueba gratuita y la neta no me convenció la herramienta para mi negocio. "
            "Quiero que me reembolsen lo que haya que reembolsar y ya no seguir. Gracias!")
case("l09-prueba-gratis", L, [f], LOB, "decided", [D("refund", "deny")], extra_ok=True,
     spec="L7: account on free trial, no charges in the ledger: deny, no billing unless they subscribe (a cancellation part is harmless).")

cust("lucas.ferreyra@yahoo.com.ar", "Lucas Ferreyra", "quarterly", "2025-08-15", "2025-11-14")
lopay("es_p14", "LO-INV-70114", "lucas.ferreyra@yahoo.com.ar", "quarterly", "2025-08-15T10:00:00", "2025-08-15", "2025-11-14")
f, _ = mail("l10-baja-voseo", "Lucas Ferreyra <lucas.ferreyra@yahoo.com.ar>", LO, "baja", "2025-09-29 23:50", AR,
            "Hola, quiero dar de baja la suscripción trimestral. Si podés confirmame hasta cuándo la tengo activa. Gracias")
case("l10-baja-voseo", L, [f], LOB, "decided", [D("cancellation", "cancel", eff="2025-11-14")],
     spec="L8: cancellation, active until current_period_end 2025-11-14; reason not required for a LeadsOptima cancellation.")

cust("diana.castro.v@gmail.com", "Diana Castro", "monthly")
lopay("es_p15", "LO-INV-70115", "diana.castro.v@gmail.com", "monthly", "2025-09-05T20:00:00+00:00")
f, _ = mail("l11-cancelar-fallback", "Diana Castro <diana.castro.v@gmail.com>", LO,
            "Cancelación plan mensual", "2025-09-22 08:00", CO,
            "Buenas noches. Por favor cancelar mi plan mensual, ya no lo voy a necesitar este año. Mil gracias.\nDiana")
case("l11-cancelar-fallback", L, [f], LOB, "decided", [D("cancellation", "cancel", eff="2025-10-05")],
     spec="L8 fallback: no current_period_end; last charge 2025-09-05T20:00Z = 2025-09-06 IST; +1 month -1 day = 2025-10-05.")

cust("jgarcia@garciaasesores.es", "José García", "monthly", "2025-09-21", "2025-10-20")
lopay("es_p16", "LO-INV-70116", "jgarcia@garciaasesores.es", "monthly", "2025-09-21T10:00:00", "2025-09-21", "2025-10-20")
f, _ = mail("l12-otro-correo", "Pepe <pepe.garcia.1980@gmail.com>", LO, "Cobro duplicado", "2025-09-23 11:00", ES,
            "Hola, os escribo desde mi correo personal. Mi cuenta está registrada con jgarcia@garciaasesores.es. "
            "Me habéis cobrado dos veces la mensualidad, factura LO-INV-70116. Espero la devolución.\nPepe García")
case("l12-otro-correo", L, [f], LOB, "need_info", rules=["C2"],
     spec="C2: written from a gmail address, names a different registered email: ask to write from it, disclose nothing.")

cust("fer.lopez@prodigy.net.mx", "Fernanda López", "annual", "2025-09-28", "2026-09-27")
lopay("es_p17", "LO-INV-70117", "fer.lopez@prodigy.net.mx", "annual", "2025-09-28T09:00:00", "2025-09-28", "2026-09-27")
f, _ = mail("l13-contracargo-profeco", "Fernanda López <fer.lopez@prodigy.net.mx>", LO,
            "CANCELEN YA Y REGRESEN MI DINERO", "2025-09-29 07:00", MX,
            "Me renovaron el anual sin avisar, factura LO-INV-70117. Cancelen la cuenta hoy mismo y regrésenme mi "
            "dinero, si no voy a hacer un contracargo con mi banco y a poner la queja en PROFECO.")
case("l13-contracargo-profeco", L, [f], LOB, "decided", [D("refund", "escalate"), D("cancellation", "escalate")],
     rules=["C4"], spec="C4 covers the whole case (section 8): chargeback threat escalates the refund and the cancellation.")

f, _ = mail("l14-fuera-oficina", "Gabriela Núñez <gnunez@constructorasur.cl>", LO,
            "Respuesta automática: Re: Su factura de LeadsOptima", "2025-09-24 18:00", CL,
            "Gracias por su correo. Me encuentro fuera de la oficina hasta el 29 de septiembre con acceso limitado. "
            "Para temas urgentes escriba a contabilidad@constructorasur.cl.\n\nGabriela Núñez",
            headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}, irt="lo-inv-70990-notice@leadsoptima.com")
case("l14-fuera-oficina", L, [f], LOB, "ignore", rules=["C7"], spec="C7: Auto-Submitted auto-replied out-of-office: ignore.")

f, _ = mail("l15-rebote", "Mail Delivery Subsystem <MAILER-DAEMON@mail.telmex.net.mx>", LO,
            "Notificación de estado de entrega (error)", "2025-09-25 03:10", MX,
            "No se pudo entregar el mensaje a rramirez@telmex.net.mx porque la dirección no existe.\n\n"
            "Dirección: rramirez@telmex.net.mx\nMotivo: 550 5.1.1 usuario desconocido")
case("l15-rebote", L, [f], LOB, "ignore", rules=["C7"], spec="C7: MAILER-DAEMON sender (bounce, Spanish wording): ignore.")

f, _ = mail("l16-boletin", "Marketing Latam Hoy <boletin@marketinglatamhoy.com>", "info@leadsoptima.com",
            "Webinar gratis: ¿cómo pedir reembolsos a tus proveedores SaaS?", "2025-09-26 20:00", CO,
            "Este jueves: cómo negociar devoluciones, cancelar suscripciones y evitar cobros dobles.\n"
            "Para darte de baja de esta lista haz clic aquí.",
            headers={"List-Id": "Boletin semanal <boletin.marketinglatamhoy.com>", "Precedence": "bulk",
                     "List-Unsubscribe": "<mailto:baja@marketinglatamhoy.com>"})
case("l16-boletin", L, [f], LOB, "ignore", rules=["C7"], spec="C7: List-Id and Precedence bulk newsletter, even though it talks about refunds.")

cust("ignacio.munoz@vtr.net", "Ignacio Muñoz", "monthly", "2025-09-18", "2025-10-17")
lopay("es_p18", "LO-INV-70118", "ignacio.munoz@vtr.net", "monthly", "2025-09-18T10:00:00", "2025-09-18", "2025-10-17")
f, _ = mail("l17-no-quiero-reembolso", "Ignacio Muñoz <ignacio.munoz@vtr.net>", LO, "término de servicio",
            "2025-09-24 17:00", CL,
            "Estimados, no quiero reembolso ni nada, sé que el mes ya está pagado y está bien. Solo necesito que "
            "me den de baja para que no me sigan cobrando el plan mensual.\nSaludos cordiales\nIgnacio")
case("l17-no-quiero-reembolso", L, [f], LOB, "decided", [D("cancellation", "cancel", eff="2025-10-17")],
     spec="Section 8 negation: 'no quiero reembolso' adds no refund; L8 cancel at current_period_end 2025-10-17.")

f, _ = mail("l18-antes-de-comprar", "Miguel Ángel Torres <matorres.consultor@gmail.com>", "info@leadsoptima.com",
            "Pregunta antes de contratar", "2025-09-22 22:00", PE,
            "Buenos días, estoy evaluando LeadsOptima para mi consultora. Si contrato el plan anual y a las dos "
            "semanas veo que no me sirve, ¿me devolverían la plata? ¿O solo se puede cancelar? Gracias de antemano.")
case("l18-antes-de-comprar", L, [f], LOB, "other",
     spec="Section 8 hypothetical before buying: a policy question, no request: other.")

cust("marta.iglesias@movistar.es", "Marta Iglesias", "monthly", "2025-09-15", "2025-10-14")
lopay("es_p19", "LO-INV-70119", "marta.iglesias@movistar.es", "monthly", "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
f, _ = mail("l19-gracias", "Marta Iglesias <marta.iglesias@movistar.es>", LO, "RE: Reembolso realizado [LO-1187]",
            "2025-09-27 14:00", ES,
            "Muchísimas gracias, ya me ha llegado el reembolso del cargo duplicado a la tarjeta. Todo perfecto, "
            "un servicio de diez.\n\nMarta", irt="lo-1187-done@leadsoptima.com")
case("l19-gracias", L, [f], LOB, "other", spec="A thank-you after a refund asks for nothing: other.")

cust("contabilidad@ferreteriaelclavo.mx", "Ferretería El Clavo", "annual", "2025-09-12", "2026-09-11")
lopay("es_p20", "LO-INV-70120", "contabilidad@ferreteriaelclavo.mx", "annual", "2025-09-12T10:00:00", "2025-09-12", "2026-09-11")
f, _ = mail("l20-factura-rfc", "Contabilidad Ferretería El Clavo <contabilidad@ferreteriaelclavo.mx>", LO,
            "Factura con RFC", "2025-09-19 20:30", MX,
            "Buen día, ¿nos pueden reexpedir la factura LO-INV-70120 con nuestra razón social y RFC FEC101010AB1? "
            "El monto está correcto, solo es para la contabilidad.\n\nSaludos,\nLic. Patricia Ramos\nContabilidad")
case("l20-factura-rfc", L, [f], LOB, "other", spec="Invoice question that asks for no refund and no cancellation: other.")

cust("paula.hernandez@constructoraandina.com.co", "Paula Hernández", "monthly", "2025-09-20", "2025-10-19")
lopay("es_p21", "LO-INV-70121", "paula.hernandez@constructoraandina.com.co", "monthly", "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
f, _ = mail("l21-sin-motivo-firma", "Paula Andrea Hernández <paula.hernandez@constructoraandina.com.co>", LO,
            "Solicitud de reembolso", "2025-09-22 19:30", CO,
            "Señores LeadsOptima\nCordial saludo.\n\nPor medio de la presente me permito solicitar el reembolso del "
            "pago correspondiente a la factura LO-INV-70121.\n\nAgradezco la atención prestada y quedo atenta a "
            "sus comentarios.\n\nCordialmente,\n\nPaula Andrea Hernández\nCoordinadora Administrativa\n"
            "Constructora Andina S.A.S.\nCra 43A # 1-50, Medellín" + DISC)
case("l21-sin-motivo-firma", L, [f], LOB, "need_info", missing=["reason"],
     spec="Section 8: courtesy lines, signature and legal disclaimer are not a reason; plan from the ledger, invoice given: ask only the reason (C3).")

cust("gonzalo.paz.ok@gmail.com", "Gonzalo Paz", "monthly", "2025-09-21", "2025-10-20")
lopay("es_p22", "LO-INV-70122", "gonzalo.paz.ok@gmail.com", "monthly", "2025-09-21T12:00:00", "2025-09-21", "2025-10-20")
lopay("es_p23", "LO-INV-70123", "gonzalo.paz.ok@gmail.com", "monthly", "2025-09-21T12:02:00", "2025-09-21", "2025-10-20")
f1, id1 = mail("l22a-pedido", "Gonzalo Paz <gonzalo.paz.ok@gmail.com>", LO, "reintegro factura LO-INV-70123",
               "2025-09-23 10:00", AR, "Buenas, necesito el reintegro de la factura LO-INV-70123. Saludos, Gonzalo")
f2, id2 = mail("l22b-bot", LO, "gonzalo.paz.ok@gmail.com", "Re: reintegro factura LO-INV-70123 [LO-2211]",
               "2025-09-23 10:05", 5.5, "Hello Gonzalo,\n\nTo look into your refund we need the reason for the request.\n\nLeadsOptima Support Team",
               irt=id1, msgid="lo-2211-ask")
f3, _ = mail("l22c-respuesta", "Gonzalo Paz <gonzalo.paz.ok@gmail.com>", LO,
             "Re: reintegro factura LO-INV-70123 [LO-2211]", "2025-09-29 18:00", AR,
             "Perdón la demora. El motivo es que me cobraron dos veces el mismo mes, la 70122 y la 70123, con dos "
             "minutos de diferencia.\n\nEl mar, 23 sept 2025 a las 01:35, LeadsOptima Support escribió:\n> To look "
             "into your refund we need the reason for the request.", irt=id2, refs=[id1, id2])
case("l22-hilo-motivo", L, [f1, f2, f3], LOB, "decided", [D("refund", "approve", "1499.00")],
     spec="C3 thread: the answer (day 8) supplies the reason; request time is the first email (day 2): L4 approve 1499.00.")

cust("sebastian.mora@gmail.com", "Sebastián Mora", "annual", "2025-09-24", "2026-09-23")
lopay("es_p24", "LO-INV-70124", "sebastian.mora@gmail.com", "annual", "2025-09-24T10:00:00", "2025-09-24", "2026-09-23")
lopay("es_p25", "LO-INV-70125", "sebastian.mora@gmail.com", "annual", "2025-09-24T10:03:00", "2025-09-24", "2026-09-23")
f, _ = mail("l23-rv-outlook-c2", "Sebastián Mora | Grupo Éxito Digital <smora@grupoexitodigital.com.co>", LO,
            "RV: cobro doble anual", "2025-09-26 19:30", CO,
            "Les reenvío lo que les mandé ayer desde el personal, a ver si así sí me contestan.\n\n"
            "________________________________\nDe: Sebastián Mora <sebastian.mora@gmail.com>\n"
            "Enviado: jueves, 25 de septiembre de 2025 10:12 a. m.\nPara: support@leadsoptima.com\n"
            "Asunto: cobro doble anual\n\nBuen día, mi cuenta es sebastian.mora@gmail.com, me cobraron el plan anual "
            "dos veces, la factura repetida es LO-INV-70125. Solicito la devolución.\nSebastián")
case("l23-rv-outlook-c2", L, [f], LOB, "need_info", rules=["C2"],
     spec="Section 8 forwards: an Outlook 'RV:' carrying a request that names registered email sebastian.mora@gmail.com, sent from the work address: C2.")

cust("anabel.rios@gmail.com", "Anabel Ríos", "quarterly", "2025-09-21", "2025-12-20")
lopay("es_p26", "LO-INV-70126", "anabel.rios@gmail.com", "quarterly", "2025-09-21T10:00:00", "2025-09-21", "2025-12-20")
f, _ = mail("l24-reenvio-propio", "Anabel Ríos <anabel.rios@gmail.com>", LO, "Fwd: no carga el dashboard",
            "2025-09-25 13:00", ES,
            "Os lo reenvío porque lo mandé a noreply sin darme cuenta.\n\n---------- Forwarded message ---------\n"
            "De: Anabel Ríos <anabel.rios@gmail.com>\nDate: mié, 24 sept 2025 a las 9:02\nSubject: no carga el dashboard\n"
            "To: <noreply@leadsoptima.com>\n\nHola, desde el domingo el panel no carga, se queda la ruedita dando vueltas "
            "y no puedo acceder a nada. Pagué el trimestral (LO-INV-70126) el día 21. Si no lo arregláis quiero la "
            "devolución.\nAnabel")
case("l24-reenvio-propio", L, [f], LOB, "decided", [D("refund", "escalate")],
     spec="Forward from the registered address itself (Gmail wording): access_failure inside L3: L6 escalate.")

cust("mcamila.rojas@gmail.com", "María Camila Rojas", "monthly", "2025-09-23", "2025-10-22")
lopay("es_p27", "LO-INV-70127", "mcamila.rojas@gmail.com", "monthly", "2025-09-23T10:00:00", "2025-09-23", "2025-10-22")
f, _ = mail("l25-spanglish-caro", "Maria Camila Rojas <mcamila.rojas@gmail.com>", LO, "refund pls",
            "2025-09-25 20:00", -4,
            "hola! honestly está muy caro for what it is, no le saqué provecho y prefiero usar otra tool. "
            "Can you refund the monthly? invoice LO-INV-70127. thx!!")
case("l25-spanglish-caro", L, [f], LOB, "decided", [D("refund", "deny")],
     spec="L1 code-switched: too expensive / not using it is no exception reason: deny, cancellation offered.")

cust("alberto.navarro@orange.es", "Alberto Navarro", "monthly", "2025-09-02", "2025-10-01")
lopay("es_p28", "LO-INV-70128", "alberto.navarro@orange.es", "monthly", "2025-09-02T10:00:00", "2025-09-02", "2025-10-01")
f, _ = mail("l26-cobro-tras-baja-tarde", "Alberto Navarro <alberto.navarro@orange.es>", LO,
            "Cobro después de darme de baja", "2025-09-15 13:30", ES,
            "Buenos días. Me di de baja en agosto y aun así el 2 de septiembre me cobraron el plan mensual "
            "(LO-INV-70128). Es un error de facturación. Solicito la devolución.\nAlberto Navarro")
case("l26-cobro-tras-baja-tarde", L, [f], LOB, "decided", [D("refund", "deny")],
     spec="L2 billing_error but L3: charge 2025-09-02, request 2025-09-15 = day 13 > 7: deny.")

cust("yusmary.perez@gmail.com", "Yusmary Pérez", "monthly", "2025-08-30", "2025-09-29")
lopay("es_p29", "LO-INV-70129", "yusmary.perez@gmail.com", "monthly", "2025-08-30T10:00:00", "2025-08-30", "2025-09-29")
f, _ = mail("l27-acceso-fuera-plazo", "Yusmary Pérez <yusmary.perez@gmail.com>", LO, "sin acceso",
            "2025-09-12 20:00", VE,
            "buenos dias chamos, desde hace dias no puedo entrar a mi cuenta, me dice contraseña invalida y el "
            "correo de recuperar nunca llega. pague el 30 de agosto la factura LO-INV-70129 quiero mi reembolso")
case("l27-acceso-fuera-plazo", L, [f], LOB, "decided", [D("refund", "deny")],
     spec="L2 access_failure but L3: charge 2025-08-30, request 2025-09-12 = day 13: deny.")

cust("rodrigo.silva.uy@gmail.com", "Rodrigo Silva", "monthly", "2025-09-20", "2025-10-19")
lopay("es_p30", "LO-INV-70130", "rodrigo.silva.uy@gmail.com", "monthly", "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
lopay("es_p31", "LO-INV-70131", "rodrigo.silva.uy@gmail.com", "monthly", "2025-09-20T10:01:00", "2025-09-20", "2025-10-19", status="refunded")
f, _ = mail("l28-ya-reembolsado", "Rodrigo Silva <rodrigo.silva.uy@gmail.com>", LO, "cobro duplicado",
            "2025-09-22 19:00", UY,
            "Buenas, me cobraron dos veces el mes, factura LO INV 70131. Quiero que me devuelvan ese pago. Saludos")
case("l28-ya-reembolsado", L, [f], LOB, "decided", [D("refund", "escalate")],
     spec="Section 8: the named charge LO-INV-70131 is not 'paid' (already refunded): escalate; invoice typed with spaces.")

cust("camila.vera.c@gmail.com", "Camila Vera", "monthly", "2025-09-09", "2025-10-08")
lopay("es_p32", "LO-INV-70132", "camila.vera.c@gmail.com", "monthly", "2025-09-09T10:00:00", "2025-09-09", "2025-10-08")
f, _ = mail("l29-direccion-con-tag", "Camila Vera <camila.vera.c+leads@gmail.com>", LO, "anular suscripcion",
            "2025-09-25 19:30", CL, "Hola, quiero anular mi suscripción mensual. Gracias, Camila")
case("l29-direccion-con-tag", L, [f], LOB, "need_info", rules=["C2"],
     spec="Section 8: a +tag makes another address; the sender is not the registered email: C2.")

cust("roberto.trevino@outlook.com", "Roberto Treviño", "annual", "2025-03-10", "2026-03-09")
lopay("es_p33", "LO-INV-70133", "roberto.trevino@outlook.com", "annual", "2025-03-10T10:00:00", "2025-03-10", "2026-03-09")
f, _ = mail("l30-mayusculas", "Roberto Treviño <Roberto.Trevino@Outlook.com>", LO, "Cancelación",
            "2025-09-19 20:30", MX,
            "Buen día,\nLes solicito cancelar mi plan anual; la empresa se va a fusionar y ya no lo ocuparemos. "
            "Entiendo que sigue activo hasta el vencimiento.\nAtentamente\nIng. Roberto Treviño")
case("l30-mayusculas", L, [f], LOB, "decided", [D("cancellation", "cancel", eff="2026-03-09")],
     spec="Addresses compare case-insensitively (section 8): verified; L8 cancel at current_period_end 2026-03-09.")

cust("nuria.sole@gmail.com", "Núria Solé", "monthly", "2025-09-14", "2025-10-13")
lopay("es_p34", "LO-INV-70134", "nuria.sole@gmail.com", "monthly", "2025-09-14T10:00:00", "2025-09-14", "2025-10-13")
f, _ = mail("l31-baja-y-devolucion", "Nuria Solé <nuria.sole@gmail.com>", LO, "Baixa / baja",
            "2025-09-18 12:00", ES,
            "Hola! Daos de baja mi cuenta ya, que me voy a otra herramienta más barata, y devolvedme la parte del mes "
            "que no voy a usar (factura LO-INV-70134). Gràcies!")
case("l31-baja-y-devolucion", L, [f], LOB, "decided",
     [D("refund", "deny"), D("cancellation", "cancel", eff="2025-10-13")],
     spec="L1 no partial refund for unused days: deny; L8 cancel at current_period_end 2025-10-13; one reply.")

proj("Clínica Dental Sonrisas", "admin@clinicasonrisas.com.pe", None)
f, _ = mail("l32-otra-marca", "Admin Clínica Sonrisas <admin@clinicasonrisas.com.pe>", LO, "devolución del adelanto",
            "2025-09-24 19:30", PE,
            "Buenos días, queremos la devolución del adelanto que pagamos porque cambiamos de proveedor. "
            "Factura LO-INV-79999, plan mensual.\nAdministración")
case("l32-otra-marca", L, [f], LOB, "need_info", rules=["C2"],
     spec="Section 8 other brand's customer: an Optima client writes to LeadsOptima; unknown there: C2/C3.")

# ---- Optima WebDesign
proj("Taquería Don Chema Web", "chema@donchema.mx", None)
owpay("es_o1", "OWD-2025-301", "Taquería Don Chema Web", "discovery", "15000.00", "2700.00", "2025-09-22T10:00:00")
f, _ = mail("o01-discovery-sin-iniciar", "José María Salas <chema@donchema.mx>", OWD,
            "Solicitud de reembolso — Taquería Don Chema Web / OWD-2025-301", "2025-09-24 21:00", MX,
            "Buenos días. Pagamos la sesión de descubrimiento (OWD-2025-301) pero mi socio se salió del negocio y "
            "ya no vamos a hacer la página por ahora. Todavía no tuvimos ninguna sesión. ¿Nos pueden reembolsar?\n"
            "Saludos,\nChema")
case("o01-discovery-sin-iniciar", L, [f], OWB, "decided", [D("refund", "approve", "15000.00")], extra_ok=True,
     spec="O1: discovery, work_started_at empty: full refund 15000.00 before tax.")

proj("Estudio Contable Brizuela", "estudio@brizuelacontable.com.ar", "2025-09-10T19:30:00")
owpay("es_o2", "OWD-2025-302", "Estudio Contable Brizuela", "discovery", "12000.00", "2160.00", "2025-09-08T10:00:00")
f, _ = mail("o02-discovery-iniciado", "Estudio Brizuela <estudio@brizuelacontable.com.ar>", OWD,
            "reembolso OWD-2025-302", "2025-09-16 18:00", AR,
            "Hola, tuvimos la primera reunión de relevamiento el 10 pero sinceramente no nos convenció el enfoque. "
            "Pedimos la devolución del discovery, proyecto Estudio Contable Brizuela, factura OWD-2025-302.\nMarcela")
case("o02-discovery-iniciado", L, [f], OWB, "decided", [D("refund", "deny")],
     spec="O1: discovery session held 2025-09-10 before the request: deny.")

proj("Bodegas Arrieta", "compras@bodegasarrieta.es", None)
owpay("es_o3", "OWD-2025-303", "Bodegas Arrieta", "deposit", "25000.00", "4500.00", "2025-09-15T11:00:00")
f, _ = mail("o03-anticipo-50h", "Íñigo Arrieta <compras@bodegasarrieta.es>", OWD,
            "Devolución anticipo proyecto Bodegas Arrieta (OWD-2025-303)", "2025-09-17 13:30", ES,
            "Estimados señores:\n\nEl lunes abonamos la señal de 25.000 (más impuestos) para la web de Bodegas "
            "Arrieta, factura OWD-2025-303. El consejo ha decidido aplazar la inversión a 2026, por lo que les "
            "solicitamos la devolución íntegra de la señal. Entendemos que aún no han comenzado los trabajos.\n\n"
            "Atentamente,\nÍñigo Arrieta\nDpto. de Compras" + DISC)
case("o03-anticipo-50h", L, [f], OWB, "decided", [D("refund", "approve", "25000.00")], extra_ok=True,
     spec="O2: deposit paid 2025-09-15 11:00, request 2025-09-17 13:30 IST (50.5 h), no work: approve 25000.00 (tax not refunded, C6).")

proj("Cafetería La Molienda", "gerencia@lamolienda.co", None)
owpay("es_o4", "OWD-2025-304", "Cafetería La Molienda", "deposit", "18000.00", "3240.00", "2025-09-18T17:30:00")
f, _ = mail("o04-anticipo-72h-exactas", "Gerencia La Molienda <gerencia@lamolienda.co>", OWD,
            "Reembolso anticipo Cafetería La Molienda", "2025-09-21 17:30", CO,
            "Buenos días, solicito la devolución del anticipo de la factura OWD-2025-304 del proyecto Cafetería La "
            "Molienda: el local no se abrirá y no necesitamos la página. Gracias por su colaboración.")
case("o04-anticipo-72h-exactas", L, [f], OWB, "decided", [D("refund", "deny")], extra_ok=True,
     spec="Section 8: request exactly 72 h after the deposit (2025-09-18 17:30 -> 2025-09-21 17:30 IST) is not before 72 h: deny (O2).")

proj("Viña Los Peumos", "contacto@vinalospeumos.cl", "2025-09-21T09:00:00")
owpay("es_o5", "OWD-2025-305", "Viña Los Peumos", "deposit", "20000.00", "3600.00", "2025-09-20T10:00:00")
f, _ = mail("o05-anticipo-trabajo-empezado", "Viña Los Peumos <contacto@vinalospeumos.cl>", OWD,
            "Devolución del abono", "2025-09-22 18:30", CL,
            "Hola, queremos la devolución del abono del proyecto Viña Los Peumos (OWD-2025-305). Ayer nos mandaron "
            "los primeros bocetos pero la verdad decidimos hacerlo con un sobrino que sabe de diseño.\nSaludos")
case("o05-anticipo-trabajo-empezado", L, [f], OWB, "decided", [D("refund", "deny")], extra_ok=True,
     spec="O2 whichever first: work started 2025-09-21 09:00 (23 h after payment), before the request (2025-09-22 18:30 IST, 56.5 h): deny.")

proj("Inmobiliaria Miraflores", "proyectos@inmomiraflores.pe", "2025-09-01T10:00:00")
owpay("es_o6", "OWD-2025-306", "Inmobiliaria Miraflores", "milestone", "40000.00", "7200.00", "2025-09-19T10:00:00",
      milestone_status="not_started")
f, _ = mail("o06-hito-no-iniciado", "Proyectos Inmobiliaria Miraflores <proyectos@inmomiraflores.pe>", OWD,
            "Refund Request — Inmobiliaria Miraflores / OWD-2025-306", "2025-09-24 20:00", PE,
            "Estimados: hemos decidido quitar del alcance el módulo de intranet (hito 3, factura OWD-2025-306), que "
            "según su propio cronograma aún no se ha empezado. Solicitamos el reembolso de ese hito.\n"
            "Saludos cordiales,\nCarla Benavides\nJefa de Proyectos")
case("o06-hito-no-iniciado", L, [f], OWB, "decided", [D("refund", "approve", "40000.00")],
     spec="O3: milestone not_started: refund that milestone's amount 40000.00 before tax.")

proj("Farmacias Guadalupe Online", "ti@farmaciasguadalupe.mx", "2025-08-01T10:00:00")
owpay("es_o7", "OWD-2025-307", "Farmacias Guadalupe Online", "milestone", "35000.00", "6300.00", "2025-09-05T10:00:00",
      milestone_status="in_progress")
f, _ = mail("o07-hito-en-curso", "Depto TI Farmacias Guadalupe <ti@farmaciasguadalupe.mx>", OWD,
            "reembolso hito carrito", "2025-09-23 20:00", MX,
            "Qué tal, el hito del carrito de compras (OWD-2025-307) va lentísimo y ya no nos da tiempo para el "
            "Buen Fin, queremos que nos reembolsen lo que falta por hacer de ese hito. Proyecto Farmacias Guadalupe Online.")
case("o07-hito-en-curso", L, [f], OWB, "decided", [D("refund", "escalate")],
     spec="O3: milestone in_progress: escalate (billable value of work not started needs a person).")

proj("Hotel Rural Las Encinas", "reservas@lasencinas.es", "2025-07-01T10:00:00")
owpay("es_o8", "OWD-2025-308", "Hotel Rural Las Encinas", "milestone", "30000.00", "5400.00", "2025-08-20T10:00:00",
      milestone_status="approved")
f, _ = mail("o08-hito-aprobado", "Hotel Las Encinas <reservas@lasencinas.es>", OWD,
            "Devolución diseño", "2025-09-12 12:00", ES,
            "Buenas, aunque en su día dimos el OK al diseño (factura OWD-2025-308, Hotel Rural Las Encinas), ahora "
            "que lo vemos publicado no nos gusta nada. Queremos que nos devolváis ese pago.")
case("o08-hito-aprobado", L, [f], OWB, "decided", [D("refund", "deny")],
     spec="O3/O6: approved milestone is not refundable: deny.")

proj("Gimnasio Fuerza Sur", "admin@fuerzasur.com.ar", "2025-05-01T10:00:00")
owpay("es_o9", "OWD-2025-309", "Gimnasio Fuerza Sur", "retainer", "9000.00", "1620.00", "2025-09-15T10:00:00",
      period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15")
f, _ = mail("o09-abono-con-aviso", "Admin Fuerza Sur <admin@fuerzasur.com.ar>", OWD,
            "baja del abono mensual", "2025-09-25 19:30", AR,
            "Hola chicos, les aviso con tiempo que vamos a dar de baja el abono de mantenimiento mensual del "
            "Gimnasio Fuerza Sur (última factura OWD-2025-309). El motivo es que contratamos a alguien in-house. "
            "Gracias por todo!")
case("o09-abono-con-aviso", L, [f], OWB, "decided", [D("cancellation", "cancel", eff="2025-10-14")],
     spec="O4/O8: notice 2025-09-25 <= 2025-10-15 minus 7 (2025-10-08): no next charge; effective day before next_billing_at = 2025-10-14.")

proj("Panadería El Trigal", "eltrigal.bogota@gmail.com", "2025-04-01T10:00:00")
owpay("es_o10", "OWD-2025-310", "Panadería El Trigal", "retainer", "8000.00", "1440.00", "2025-09-01T10:00:00",
      period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-10-01")
f, _ = mail("o10-abono-poco-aviso", "Panadería El Trigal <eltrigal.bogota@gmail.com>", OWD,
            "Cancelación retainer", "2025-09-26 19:00", CO,
            "Buenos días, por reducción de costos necesitamos cancelar el soporte mensual de la página de la "
            "Panadería El Trigal, factura OWD-2025-310. Mil gracias por todo el acompañamiento.")
case("o10-abono-poco-aviso", L, [f], OWB, "decided", [D("cancellation", "cancel", eff="2025-10-31")],
     spec="O4: 2025-09-26 is after 2025-10-01 minus 7 (2025-09-24): next cycle billed; effective its last day 2025-10-31.")

proj("Academia de Idiomas Babel", "direccion@academiababel.es", "2025-03-01T10:00:00")
owpay("es_o11", "OWD-2025-311", "Academia de Idiomas Babel", "retainer", "7000.00", "1260.00", "2025-09-01T10:00:00",
      period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-10-01")
f, _ = mail("o11-abono-7-dias-justos", "Dirección Academia Babel <direccion@academiababel.es>", OWD,
            "Baja servicio mantenimiento", "2025-09-24 20:00", ES,
            "Hola, os comunico que queremos dar de baja el mantenimiento mensual de la Academia de Idiomas Babel "
            "(OWD-2025-311) porque cerramos la academia a final de mes por jubilación. Gracias.")
case("o11-abono-7-dias-justos", L, [f], OWB, "decided", [D("cancellation", "cancel", eff="2025-09-30")],
     spec="O4: request local date 2025-09-24 = next_billing_at 2025-10-01 minus 7 days: enough notice; effective 2025-09-30.")

proj("Óptica Visión Clara", "optica@visionclara.es", "2025-02-01T10:00:00")
owpay("es_o12", "OWD-2025-312", "Óptica Visión Clara", "retainer", "7000.00", "1260.00", "2025-09-01T10:00:00",
      period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-10-01")
f, _ = mail("o12-abono-medianoche", "Óptica Visión Clara <optica@visionclara.es>", OWD,
            "Baja mantenimiento web", "2025-09-25 01:00", ES,
            "Buenas noches, queremos cancelar el mantenimiento mensual de Óptica Visión Clara (OWD-2025-312): "
            "nos lo lleva ahora la franquicia central. Un saludo.")
case("o12-abono-medianoche", L, [f], OWB, "decided", [D("cancellation", "cancel", eff="2025-10-31")],
     spec="O4: sent 2025-09-24 21:30 Madrid = 2025-09-25 IST, after the 2025-09-24 cut-off: next cycle billed, effective 2025-10-31.")

proj("Colegio San Ignacio Portal", "sistemas@colegiosanignacio.cl", "2025-01-10T10:00:00")
owpay("es_o13a", "OWD-2025-313", "Colegio San Ignacio Portal", "retainer", "10000.00", "1800.00", "2025-09-01T10:00:00",
      period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-10-01")
owpay("es_o13b", "OWD-2025-314", "Colegio San Ignacio Portal", "retainer", "10000.00", "1800.00", "2025-09-15T10:00:00",
      period_start="2025-10-01", period_end="2025-10-31", next_billing_at="2025-11-01")
f, _ = mail("o13-abono-pagado-adelantado", "Sistemas Colegio San Ignacio <sistemas@colegiosanignacio.cl>", OWD,
            "Término contrato mantención portal", "2025-09-19 18:30", CL,
            "Estimados, el directorio resolvió licitar la mantención del portal, así que terminamos el contrato "
            "mensual del Colegio San Ignacio Portal (facturas OWD-2025-313 y OWD-2025-314, esta última ya pagada "
            "por octubre).\nAtte.\nDepto. Sistemas")
case("o13-abono-pagado-adelantado", L, [f], OWB, "decided", [D("cancellation", "escalate")],
     spec="Section 8 retainer paid in advance: next cycle (October) already paid and notice >= 7 days: escalate.")

proj("Mueblería Don Pepe", "ventas@muebleriadonpepe.mx", "2025-08-01T10:00:00")
owpay("es_o14", "OWD-2025-315", "Mueblería Don Pepe", "maintenance_annual", "10000.00", "1800.00", "2025-09-12T10:00:00",
      setup_fee="1500.00", service_start="2025-09-15")
f, _ = mail("o14-mantenimiento-anual-10dias", "Mueblería Don Pepe <ventas@muebleriadonpepe.mx>", OWD,
            "Cancelar mantenimiento anual y reembolso", "2025-09-25 10:00", MX,
            "Buenas, contratamos el mantenimiento anual (OWD-2025-315) para la Mueblería Don Pepe hace unos días pero "
            "mi hijo se va a encargar de la página, entonces queremos cancelarlo y que nos devuelvan lo proporcional.")
case("o14-mantenimiento-anual-10dias", L, [f], OWB, "decided", [D("refund", "approve", "7791.67")], extra_ok=True,
     spec="O5: day 10 of service: 10000 - 1500 - (8500/12)*1 = 7791.666.. -> 7791.67 (rounded once, C6).")

proj("Turismo Patagonia Sur", "info@patagoniasur.cl", "2025-08-01T10:00:00")
owpay("es_o15", "OWD-2025-316", "Turismo Patagonia Sur", "hosting_annual", "18000.00", "3240.00", "2025-08-30T10:00:00",
      setup_fee="2400.00", service_start="2025-09-01")
f, _ = mail("o15-hosting-dia15", "Turismo Patagonia Sur <info@patagoniasur.cl>", OWD,
            "Reembolso hosting anual", "2025-09-16 00:30", CL,
            "Hola, pedimos la baja del hosting anual de Turismo Patagonia Sur (OWD-2025-316) y el reembolso "
            "proporcional: nos cambiamos a un servidor que nos da la municipalidad. Estamos dentro de los 14 días.")
case("o15-hosting-dia15", L, [f], OWB, "decided", [D("refund", "deny")], extra_ok=True,
     spec="O5: sent 2025-09-15 16:00 Chile but 2025-09-16 IST = day 15 after service_start 2025-09-01: deny.")

proj("Restaurante Mar y Tierra", "admin@marytierra.pe", None)
owpay("es_o16", "OWD-2025-317", "Restaurante Mar y Tierra", "hosting_annual", "24000.00", "4320.00", "2025-09-25T10:00:00",
      setup_fee="3000.00", service_start="2025-10-01")
f, _ = mail("o16-hosting-antes-de-inicio", "Restaurante Mar y Tierra <admin@marytierra.pe>", OWD,
            "anulación hosting", "2025-09-27 23:30", PE,
            "Buenas tardes, pagamos el hosting anual (OWD-2025-317) para Restaurante Mar y Tierra pero el dueño "
            "decidió vender el local. Solicitamos anular el servicio y la devolución correspondiente.")
case("o16-hosting-antes-de-inicio", L, [f], OWB, "decided", [D("refund", "approve", "19250.00")], extra_ok=True,
     spec="O5 before service start (section 8): consumed_months 1: 24000 - 3000 - 21000/12 = 19250.00.")

proj("Librería Rayuela", "libreria@rayuela.com.ar", "2025-06-01T10:00:00")
owpay("es_o17", "OWD-2025-318", "Librería Rayuela", "third_party", "1800.00", "324.00", "2025-09-20T10:00:00")
f, _ = mail("o17-dominio", "Librería Rayuela <libreria@rayuela.com.ar>", OWD, "devolución dominio",
            "2025-09-22 19:00", AR,
            "Hola! Nos renovaron el dominio rayuela.com.ar (OWD-2025-318, Librería Rayuela) y nosotros lo íbamos a "
            "dejar vencer porque cambiamos de nombre. Nos devuelven esa plata?")
case("o17-dominio", L, [f], OWB, "decided", [D("refund", "deny")],
     spec="O6: domain renewal is a third-party fee: deny, citing Non-refundable items.")

proj("Tienda Cholita Bonita", "cholitabonita.tienda@gmail.com", "2025-08-10T10:00:00")
owpay("es_o18", "OWD-2025-319", "Tienda Cholita Bonita", "rush", "6000.00", "1080.00", "2025-09-18T10:00:00")
f, _ = mail("o18-urgencia", "Cholita Bonita <cholitabonita.tienda@gmail.com>", OWD, "COBRO DE URGENCIA??",
            "2025-09-20 21:00", MX,
            "les pagué el cargo por entrega urgente (OWD-2025-319, Tienda Cholita Bonita) y entregaron igual que si "
            "fuera normal, no se vale. regrésenme esos 6 mil")
case("o18-urgencia", L, [f], OWB, "decided", [D("refund", "deny")],
     spec="O6: rush/expedited fee is never refundable: deny.")

proj("Asesoría Fiscal Montero", "info@asesoriamontero.es", "2025-06-01T10:00:00")
owpay("es_o19", "OWD-2025-320", "Asesoría Fiscal Montero", "change_request", "4500.00", "810.00", "2025-09-21T10:00:00")
f, _ = mail("o19-cambio-alcance", "Asesoría Fiscal Montero <info@asesoriamontero.es>", OWD,
            "Reembolso cambio formulario", "2025-09-23 13:30", ES,
            "Buenos días, os pagamos el cambio del formulario de contacto (OWD-2025-320, Asesoría Fiscal Montero), "
            "pero al final el cliente no lo usa y lo vamos a quitar. Solicitamos el reembolso.")
case("o19-cambio-alcance", L, [f], OWB, "decided", [D("refund", "deny")],
     spec="O6: change request outside the original scope: deny.")

proj("Distribuidora Andina", "compras@distandina.com.co", "2025-05-01T10:00:00")
owpay("es_o20", "OWD-2025-321", "Distribuidora Andina", "retainer", "12000.00", "2160.00", "2025-09-10T10:00:00",
      period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10")
f, _ = mail("o20-cancelar-sin-motivo", "Compras Distribuidora Andina <compras@distandina.com.co>", OWD,
            "Cancelación servicio - Distribuidora Andina - OWD-2025-321", "2025-09-22 19:00", CO,
            "Señores Optima WebDesign\nCordial saludo\n\nComedidamente solicitamos la cancelación del servicio de "
            "soporte mensual del proyecto Distribuidora Andina, factura OWD-2025-321.\n\nQuedamos atentos a su "
            "confirmación.\n\nAtentamente,\nDepartamento de Compras" + DISC)
case("o20-cancelar-sin-motivo", L, [f], OWB, "need_info", missing=["reason"],
     spec="Section 8: Optima requires a reason for cancellations too; courtesy lines and disclaimer are not one: ask the reason.")

proj("Clínica Veterinaria Huellitas", "huellitas.vet@gmail.com", None)
owpay("es_o21", "OWD-2025-322", "Clínica Veterinaria Huellitas", "deposit", "15000.00", "2700.00", "2025-09-23T10:00:00")
f1, id1 = mail("o21a-pedido", "Veterinaria Huellitas <huellitas.vet@gmail.com>", OWD,
               "Refund Request — Clínica Veterinaria Huellitas / OWD-2025-322", "2025-09-24 18:00", PE,
               "Buenos días, solicito el reembolso del depósito OWD-2025-322 del proyecto Clínica Veterinaria "
               "Huellitas. Gracias.\nDra. Milagros Paredes")
f2, id2 = mail("o21b-bot", OWD, "huellitas.vet@gmail.com",
               "Re: Refund Request — Clínica Veterinaria Huellitas / OWD-2025-322 [OWD-3310]", "2025-09-24 18:10", 5.5,
               "Hello,\n\nThank you. Please tell us the reason for your refund request.\n\nBilling & Refunds Desk — Optima WebDesign",
               irt=id1, msgid="owd-3310-ask")
f3, _ = mail("o21c-respuesta", "Veterinaria Huellitas <huellitas.vet@gmail.com>", OWD,
             "RE: Refund Request — Clínica Veterinaria Huellitas / OWD-2025-322 [OWD-3310]", "2025-09-27 19:30", PE,
             "El motivo: el colegio de veterinarios nos da una web gratis a los asociados, ya no la necesitamos.\n\n"
             "-----Mensaje original-----\nDe: Optima WebDesign\nEnviado el: miércoles, 24 de septiembre de 2025 07:40\n"
             "Asunto: Re: Refund Request\n\nPlease tell us the reason for your refund request.", irt=id2, refs=[id1, id2])
case("o21-hilo-motivo-anticipo", L, [f1, f2, f3], OWB, "decided", [D("refund", "approve", "15000.00")], extra_ok=True,
     spec="C3 thread: reason given after 72 h, but request time is the first email (32 h after the deposit, no work): O2 approve 15000.00.")

proj("Constructora Pacífico", "gerencia@constructorapacifico.mx", None)
owpay("es_o22", "OWD-2025-323", "Constructora Pacífico", "deposit", "30000.00", "5400.00", "2025-09-25T10:00:00")
f, _ = mail("o22-asistente-c2", "Lupita - Asistente de Gerencia <asistente.gerencia@constructorapacifico.mx>", OWD,
            "Reembolso anticipo Constructora Pacífico", "2025-09-26 20:00", MX,
            "Buen día, por instrucciones del Ing. Salgado les solicito la devolución del anticipo OWD-2025-323 del "
            "proyecto Constructora Pacífico, ya que el proyecto se pospone indefinidamente.\nQuedo a sus órdenes.\nLupita")
case("o22-asistente-c2", L, [f], OWB, "need_info", rules=["C2"],
     spec="C2 (explicit for Optima): sent from an assistant's address, not the contract email: ask for it from the contract email.")

proj("Editorial Cóndor", "editorial@condor.com.ar", None)
owpay("es_o23", "OWD-2025-324", "Editorial Cóndor", "milestone", "22000.00", "3960.00", "2025-09-20T10:00:00",
      milestone_status="not_started")
f, _ = mail("o23-abogado", "Editorial Cóndor <editorial@condor.com.ar>", OWD, "Intimación - devolución hito",
            "2025-09-24 16:00", AR,
            "Por la presente les exigimos la devolución del hito OWD-2025-324 (proyecto Editorial Cóndor), que nunca "
            "empezaron. Ya pusimos el tema en manos de nuestro abogado y, de no tener respuesta en 48 hs, haremos la "
            "denuncia en Defensa del Consumidor.")
case("o23-abogado", L, [f], OWB, "decided", [D("refund", "escalate")], rules=["C4"],
     spec="C4: lawyer and consumer-protection threat: escalate even though O3 would approve.")

proj("Cervecería Artesanal Quilmes Sur", "hola@cerveceriaqsur.com.ar", None)
owpay("es_o24", "OWD-2025-325", "Cervecería Artesanal Quilmes Sur", "deposit", "16000.00", "2880.00", "2025-09-24T10:00:00")
f, _ = mail("o24-rv-empleado-c2", "Nico (Marketing) <nico.marketing@cerveceriaqsur.com.ar>", OWD,
            "RV: pedido de reembolso seña", "2025-09-25 19:00", AR,
            "Les reenvío el pedido de la dueña.\n\n-----Mensaje original-----\nDe: Hola Cervecería <hola@cerveceriaqsur.com.ar>\n"
            "Enviado el: miércoles, 24 de septiembre de 2025 18:20\nPara: Nico (Marketing)\nAsunto: pedido de reembolso seña\n\n"
            "Nico, mandales a los de la web que queremos la devolución de la seña OWD-2025-325 del proyecto Cervecería "
            "Artesanal Quilmes Sur, que al final no vamos a hacer la tienda online. El contacto del contrato es "
            "hola@cerveceriaqsur.com.ar.")
case("o24-rv-empleado-c2", L, [f], OWB, "need_info", rules=["C2"],
     spec="Section 8 forward: request names contract email hola@... but comes from an employee: C2.")

f, _ = mail("o25-acuse-automatico", "Recepción Clínica San Felipe <recepcion@clinicasanfelipe.pe>", OWD,
            "Acuse de recibo automático: Factura OWD-2025-399", "2025-09-24 09:00", PE,
            "Hemos recibido su mensaje. Será atendido en un plazo de 48 horas hábiles. No responda a este correo.",
            headers={"Auto-Submitted": "auto-generated"})
case("o25-acuse-automatico", L, [f], OWB, "ignore", rules=["C7"], spec="C7: Auto-Submitted auto-generated acknowledgement: ignore.")

f, _ = mail("o26-pregunta-anticipo", "Jimena Castillo <jimena.castillo.disenos@gmail.com>", OWD,
            "consulta antes de firmar", "2025-09-22 19:00", CO,
            "Hola, antes de firmar la propuesta quería preguntar: si pago el anticipo y a los dos días me arrepiento, "
            "¿me lo devuelven completo? No es que me quiera echar para atrás, es por saber. Gracias!")
case("o26-pregunta-anticipo", L, [f], OWB, "other", spec="Section 8 hypothetical before buying: policy question only: other.")

proj("Agroexport Valle Sur", "admin@agrovallesur.cl", "2025-03-01T10:00:00")
owpay("es_o27", "OWD-2025-326", "Agroexport Valle Sur", "setup", "5000.00", "900.00", "2025-09-20T10:00:00")
f, _ = mail("o27-activacion", "Agroexport Valle Sur <admin@agrovallesur.cl>", OWD, "Cobro de activación",
            "2025-09-22 18:30", CL,
            "Estimados, nos cobraron 5.000 de 'activación' (OWD-2025-326, Agroexport Valle Sur). Pensábamos que "
            "estaba incluido en el plan, así que pedimos su devolución.")
case("o27-activacion", L, [f], OWB, "decided", [D("refund", "deny")], spec="O6: setup/activation fee: deny.")

proj("Ferretería Industrial Bolívar", "gerencia@ferrebolivar.com.ve", "2025-04-01T10:00:00")
owpay("es_o28", "OWD-2025-327", "Ferretería Industrial Bolívar", "retainer", "6000.00", "1080.00", "2025-09-05T10:00:00",
      period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05")
f, _ = mail("o28-no-pido-devolucion", "Gerencia Ferrebolívar <gerencia@ferrebolivar.com.ve>", OWD,
            "finalizar soporte", "2025-09-20 18:30", VE,
            "Buenos días. No estamos pidiendo devolución de nada, lo pagado pagado está. Solo queremos finalizar el "
            "soporte mensual de Ferretería Industrial Bolívar (OWD-2025-327) porque con la situación del país "
            "no podemos seguir pagando en divisas.")
case("o28-no-pido-devolucion", L, [f], OWB, "decided", [D("cancellation", "cancel", eff="2025-10-04")],
     spec="Negation adds no refund; O4 notice 2025-09-20 <= 2025-09-28: effective day before next_billing_at 2025-10-04.")

proj("Colegio Bilingüe Los Andes", "rectoria@losandes.edu.co", "2025-06-01T10:00:00")
owpay("es_o29", "OWD-2025-328", "Colegio Bilingüe Los Andes", "milestone", "28000.00", "5040.00", "2025-09-10T10:00:00",
      milestone_status="completed")
f, _ = mail("o29-hito-completado-hilo", "Rectoría Los Andes <rectoria@losandes.edu.co>", OWD,
            "RE: RE: Entrega hito 2 - Colegio Bilingüe Los Andes", "2025-09-20 19:00", CO,
            "Buenos días Felipe, la verdad el calendario quedó muy distinto a lo que pedimos, no lo vamos a usar. "
            "Solicitamos que nos devuelvan el valor del hito 2 (OWD-2025-328).\n\nCordialmente,\nHna. Teresa Gómez\n"
            "Rectora\n\n________________________________\nDe: Felipe - Optima WebDesign\nEnviado: viernes, 12 de "
            "septiembre de 2025\nAsunto: RE: Entrega hito 2\n\nHermana Teresa, adjunto la entrega final del hito 2 "
            "(calendario académico). Quedo atento.", irt="owd-hito2-entrega@optimawebdesign.com")
case("o29-hito-completado-hilo", L, [f], OWB, "decided", [D("refund", "deny")],
     spec="O3/O6: completed milestone (delivered) is not refundable: deny; top-posted with quoted history.")

proj("Estética Glamour", "esteticaglamour.mx@gmail.com", None)
owpay("es_o30", "OWD-2025-329", "Estética Glamour", "deposit", "10000.00", "1800.00", "2025-09-26T10:00:00")
f, _ = mail("o30-anticipo-html", "Estética Glamour <esteticaglamour.mx@gmail.com>", OWD,
            "devolución anticipo", "2025-09-27 19:00", MX, html=
            "<div dir='ltr'>Hola buenos días!!<br><br>Les cuento que al pagar el anticipo del proyecto <b>Estética "
            "Glamour</b> (OWD-2025-329) el banco me hizo el cargo y todavía no arrancan nada. Me arrepentí porque "
            "mi prima me va a hacer la página jaja, me devuelven el anticipo porfis?<br><br>Besos<br>Dany</div>")
case("o30-anticipo-html", L, [f], OWB, "decided", [D("refund", "approve", "10000.00")], extra_ok=True,
     spec="HTML-only: O2 deposit paid 2025-09-26 10:00, request 2025-09-27 19:00 IST (33 h), no work: approve 10000.00.")

finish()
